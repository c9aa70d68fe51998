//! Languages of the app and text that exists in several of them.

use crate::model::name::{find_named, UnknownName};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language the app speaks. Vietnamese is the default and the one every dataset must have.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Tiếng Việt.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// All languages, Vietnamese first.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The BCP 47 code (`vi`, `en`), as used in `lang=` URL parameters and the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// The code (`vi`, `en`).
impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Reads a code such as `vi`, `EN` or `en-GB` (browsers send regional tags); languages the app
/// does not speak are an error.
impl FromStr for Lang {
    type Err = UnknownName;

    fn from_str(code: &str) -> Result<Lang, UnknownName> {
        let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        find_named(Lang::ALL, Lang::code, "language", code, &primary)
    }
}

/// Text given in Vietnamese (required) and optionally in English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Localized {
    /// The Vietnamese text.
    pub vi: String,
    /// The English text, when the dataset has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Localized {
    /// Vietnamese-only text.
    pub fn vi(text: impl Into<String>) -> Self {
        Localized { vi: text.into(), en: None }
    }

    /// The text in `lang`, falling back to Vietnamese; the flag tells whether it fell back,
    /// so the UI can mark untranslated text.
    pub fn get(&self, lang: Lang) -> (&str, bool) {
        match lang {
            Lang::Vi => (&self.vi, false),
            Lang::En => match self.en.as_deref().filter(|t| !t.trim().is_empty()) {
                Some(en) => (en, false),
                None => (&self.vi, true),
            },
        }
    }

    /// The text in `lang` (or Vietnamese when missing), without the fallback flag.
    pub fn text(&self, lang: Lang) -> &str {
        self.get(lang).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_accept_regions() {
        for lang in Lang::ALL {
            assert_eq!(lang.code().parse::<Lang>().ok(), Some(lang));
        }
        assert_eq!("en-GB".parse::<Lang>().ok(), Some(Lang::En));
        assert_eq!("VI".parse::<Lang>().ok(), Some(Lang::Vi));
        assert_eq!("fr".parse::<Lang>().ok(), None);
        assert_eq!("".parse::<Lang>().ok(), None);
    }

    #[test]
    fn english_falls_back_to_vietnamese_with_a_flag() {
        let only_vi = Localized::vi("Khởi nghĩa Bắc Sơn");
        assert_eq!(only_vi.get(Lang::En), ("Khởi nghĩa Bắc Sơn", true));
        let both = Localized { vi: "Khởi nghĩa".into(), en: Some("Uprising".into()) };
        assert_eq!(both.get(Lang::En), ("Uprising", false));
        assert_eq!(both.get(Lang::Vi), ("Khởi nghĩa", false));
        let blank_en = Localized { vi: "A".into(), en: Some("  ".into()) };
        assert_eq!(blank_en.get(Lang::En), ("A", true));
    }
}
