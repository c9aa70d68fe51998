//! What can be wrong with a dataset and where: problems said so an editor can act on them, the
//! line and column of a JSON path, and the editors' validation report.

#[cfg(feature = "tools")]
pub(crate) mod diff;
pub(crate) mod position;
pub(crate) mod problem;
#[cfg(feature = "tools")]
pub(crate) mod validation;
