//! Pictures on events (`media`) and links to what is not a picture (`links`), with the rules
//! that keep them safe: a picture's address is a path beside the dataset file or an `https:`
//! address, never a scheme that runs or embeds something (`javascript:`, `data:`), never plain
//! `http:` (mixed content on an https site), never text that could be read as CSS or markup.
//! The app only ever puts a picture in an `<img src>`, never in a CSS `url()`.

use crate::load::parse::is_http_url;
use crate::load::sources::safe_relative_path;
use crate::model::event::Dataset;
use crate::model::lang::Localized;

/// One picture of an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    /// A path relative to the dataset file (`images/bac-son.jpg`) or an `https:` address;
    /// checked by [`check_media_url`]. The app resolves relative paths against the file's URL.
    pub url: String,
    /// What the picture shows, for people who cannot see it (required).
    pub alt: Localized,
    /// The caption shown under the picture.
    pub caption: Option<Localized>,
    /// Who made or owns the picture ("Ảnh: …").
    pub credit: Option<String>,
    /// Where the picture leads (its page, a larger version); http(s) only.
    pub link: Option<String>,
}

/// A link to something that is not a picture (a video, a map, a post), with what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// An absolute http(s) address.
    pub url: String,
    /// The words of the link.
    pub label: Localized,
}

/// Why a picture's address is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MediaUrlError {
    /// `http:`: an https page would load it as mixed content (or not at all); use `https:`.
    Insecure,
    /// Any other scheme (`javascript:`, `data:`, `file:`), an absolute or parent path (`/x`,
    /// `../x`, `//host`), or characters that could be read as CSS or markup.
    Unsafe,
}

/// Characters never allowed in a picture's address: they would let it be read as CSS
/// (`;`, `{`), as markup or as a quoted attribute.
const REFUSED: [char; 9] = ['\'', '"', '<', '>', ';', '{', '}', '`', '\\'];

/// Also refused in a relative path, where `url(…)` or `expression(…)` could pass for a file name
/// (an `https:` address may have them: Wikimedia's file names often do).
const REFUSED_IN_PATH: [char; 2] = ['(', ')'];

/// Checks a picture's address (see the module's notes): `Ok` for `images/x.jpg` or
/// `https://example.org/x.jpg`.
pub fn check_media_url(url: &str) -> Result<(), MediaUrlError> {
    if url.chars().any(|c| REFUSED.contains(&c) || c.is_whitespace() || c.is_control()) {
        return Err(MediaUrlError::Unsafe);
    }
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") && is_http_url(url) {
        return Ok(());
    }
    if lower.starts_with("http://") {
        return Err(MediaUrlError::Insecure);
    }
    if url.contains(REFUSED_IN_PATH) {
        return Err(MediaUrlError::Unsafe);
    }
    safe_relative_path(url).map(|_| ()).ok_or(MediaUrlError::Unsafe)
}

/// The picture's address as the page should load it: an `https:` address as it is, a relative
/// path joined to the folder of `file_url` (the dataset file's URL, e.g.
/// `https://site/dau-moc/data/events.json` → `https://site/dau-moc/data/images/x.jpg`). `None`
/// for an address [`check_media_url`] refuses, so nothing unchecked can reach an `src`.
pub fn media_src(url: &str, file_url: &str) -> Option<String> {
    check_media_url(url).ok()?;
    if url.to_ascii_lowercase().starts_with("https://") {
        return Some(url.to_string());
    }
    let path = safe_relative_path(url)?;
    let base = file_url.split(['?', '#']).next().unwrap_or_default();
    Some(match base.rfind('/') {
        Some(slash) => format!("{}{path}", &base[..=slash]),
        None => path,
    })
}

/// Rewrites every picture's address of `dataset` as the page loads it ([`media_src`]), given the
/// URL of the file it was read from; a picture whose address would not be safe is dropped.
pub fn resolve_media(dataset: &mut Dataset, file_url: &str) {
    for event in &mut dataset.events {
        event.media.retain_mut(|m| match media_src(&m.url, file_url) {
            Some(src) => {
                m.url = src;
                true
            }
            None => false,
        });
    }
}

/// File name endings of pictures a browser shows in an `<img>`.
const IMAGE_EXTENSIONS: [&str; 8] = ["jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp"];

/// True when the address names a picture file by its ending (`.jpg`, `.png` …, any case,
/// before a `?` or `#`): how the importers tell a picture from a video, a map or a page.
pub fn is_image_url(url: &str) -> bool {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    // `…/wiki/File:X.jpg` is the page about a picture, not the picture.
    if path.contains("/wiki/") {
        return false;
    }
    let name = path.rsplit('/').next().unwrap_or_default();
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && IMAGE_EXTENSIONS.iter().any(|e| e.eq_ignore_ascii_case(ext))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picture_addresses() {
        for ok in [
            "images/bac-son.jpg",
            "./a/b.png",
            "https://upload.wikimedia.org/x/Mark_Twain.jpg",
            "https://upload.wikimedia.org/x/Bac_Son_(1940).jpg",
        ] {
            assert_eq!(check_media_url(ok), Ok(()), "{ok}");
        }
        assert_eq!(check_media_url("http://example.org/a.jpg"), Err(MediaUrlError::Insecure));
        assert_eq!(check_media_url("HTTP://example.org/a.jpg"), Err(MediaUrlError::Insecure));
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:image/png;base64,iVBORw0KGgo=",
            "data:image/svg+xml,<svg/>",
            "file:///etc/passwd",
            "/images/a.jpg",
            "//evil.example/a.jpg",
            "../secret.jpg",
            "a/../../b.jpg",
            "url(javascript:alert(1))",
            "x.jpg);background:url(evil.png",
            "expression(alert(1))",
            "a b.jpg",
            "a\\b.jpg",
            "https://",
            "https:///a.jpg",
            "https://ex.org/a.jpg\"onerror=\"x",
            "%2e%2e/a.jpg",
            "",
        ] {
            assert_eq!(check_media_url(bad), Err(MediaUrlError::Unsafe), "{bad}");
        }
    }

    #[test]
    fn sources_of_pictures() {
        let file = "https://site.vn/dau-moc/data/events.json?v=2";
        assert_eq!(
            media_src("images/a.jpg", file).as_deref(),
            Some("https://site.vn/dau-moc/data/images/a.jpg")
        );
        assert_eq!(media_src("./a.jpg", "events.json").as_deref(), Some("a.jpg"));
        assert_eq!(media_src("https://x.org/a.png", file).as_deref(), Some("https://x.org/a.png"));
        assert_eq!(media_src("javascript:alert(1)", file), None);
        assert_eq!(media_src("http://x.org/a.png", file), None);
    }

    #[test]
    fn pictures_by_their_ending() {
        assert!(is_image_url("https://x.org/a/Moraine_Lake.JPG"));
        assert!(is_image_url("https://x.org/giphy.gif?cid=1"));
        assert!(is_image_url("images/a.webp"));
        assert!(!is_image_url("https://www.youtube.com/watch?v=C-nTpGMMVjY"));
        assert!(!is_image_url("https://commons.wikimedia.org/wiki/File:Beryl.jpg/"));
        assert!(!is_image_url("https://x.org/.png"));
        assert!(!is_image_url("https://x.org/video.mp4"));
    }
}
