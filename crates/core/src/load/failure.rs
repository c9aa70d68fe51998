//! Why a dataset, or one file of it, could not be shown: the app's loader fills these in and
//! the error view and notices say them, in the visitor's language.

use crate::check::problem::LoadError;
use crate::i18n::fill;
use crate::load::sources::{describe_index_errors, IndexError};
use crate::model::lang::{Lang, Localized};
use std::fmt;

/// Why no dataset, or one file of it, could be shown.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    /// `?data=`, or a file listed in an index, is not a URL of this site.
    ForeignUrl(String),
    /// The request did not complete.
    Network {
        /// The file's URL.
        url: String,
        /// What the browser said.
        detail: String,
    },
    /// The server did not answer in time.
    Timeout {
        /// The file's URL.
        url: String,
        /// How long the app waited.
        seconds: u32,
    },
    /// The server answered with an error status.
    Http {
        /// The file's URL.
        url: String,
        /// The HTTP status, e.g. 404.
        status: u16,
    },
    /// The file was fetched but is not a usable dataset.
    Data {
        /// The file's URL.
        url: String,
        /// Why it is not a dataset.
        error: LoadError,
    },
    /// The file was fetched and is an index (a list of files) with mistakes.
    Index {
        /// The index's URL.
        url: String,
        /// Every mistake in it.
        errors: Vec<IndexError>,
    },
    /// Not one file listed in the index could be loaded.
    AllFiles {
        /// The index's URL.
        url: String,
        /// Why each listed file failed.
        failures: Vec<FileFailure>,
    },
}

/// A file listed in the index that could not be loaded (the other files still show).
#[derive(Clone, Debug, PartialEq)]
pub struct FileFailure {
    /// The file's label from the index.
    pub label: Localized,
    /// The URL it was fetched from.
    pub url: String,
    /// What went wrong.
    pub failure: LoadFailure,
}

impl FileFailure {
    /// "label: why" in `lang`; the reason names the URL.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.label.text(lang), self.failure.message(lang))
    }
}

impl LoadFailure {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = &lang.strings().ui;
        match self {
            LoadFailure::ForeignUrl(url) => fill(t.foreign_data_url, &[url]),
            LoadFailure::Network { url, detail } => fill(t.fetch_failed, &[url, detail]),
            LoadFailure::Timeout { url, seconds } => fill(t.timeout, &[url, &seconds.to_string()]),
            LoadFailure::Http { url, status } => fill(t.http_status, &[&status.to_string(), url]),
            LoadFailure::Data { url, error } => format!("{url}: {}", error.message(lang)),
            LoadFailure::Index { url, errors } => {
                fill(lang.strings().sources.index_invalid, &[url, &describe_index_errors(errors, lang)])
            }
            LoadFailure::AllFiles { url, failures } => {
                // The whole story on one line; the error view lists the files instead.
                let each: Vec<String> = failures.iter().map(|f| f.message(lang)).collect();
                format!("{} {}", fill(lang.strings().sources.all_files_failed, &[url]), each.join("; "))
            }
        }
    }

    /// For a failure made of several files' failures, the sentence above their list.
    pub fn heading(&self, lang: Lang) -> Option<String> {
        match self {
            LoadFailure::AllFiles { url, .. } => Some(fill(lang.strings().sources.all_files_failed, &[url])),
            _ => None,
        }
    }

    /// The failures of the files, when there are several.
    pub fn files(&self) -> &[FileFailure] {
        match self {
            LoadFailure::AllFiles { failures, .. } => failures,
            _ => &[],
        }
    }
}

impl fmt::Display for LoadFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LoadFailure {}
