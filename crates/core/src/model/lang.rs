//! Languages of the app and text that exists in several of them.

use serde::{Deserialize, Serialize};

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

    /// Parses a code such as `vi`, `EN` or `en-GB`; `None` for languages the app does not speak.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
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
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("VI"), Some(Lang::Vi));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
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
