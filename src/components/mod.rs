//! One component per concept, each in a file named after it.

mod category_badge;
mod data_notice;
mod event_card;
mod load_error;
mod loading;
mod site_header;
mod timeline;

pub use category_badge::CategoryBadge;
pub use data_notice::DataNotice;
pub use event_card::{EventCard, LocalizedText};
pub use load_error::LoadErrorView;
pub use loading::Loading;
pub use site_header::SiteHeader;
pub use timeline::Timeline;
