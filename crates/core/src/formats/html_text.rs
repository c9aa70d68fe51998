//! HTML to plain text, for text imported from TimelineJS (whose slides hold HTML). Safe by
//! construction: the result is text, never markup; tags are dropped, the content of `<script>`,
//! `<style>` and other non-text elements is dropped with them, character references are
//! decoded, and paragraph breaks are kept as blank lines. Links keep their words, not their
//! addresses. Written by hand: an HTML parser crate would be most of the WebAssembly download.

/// Elements whose content is not text to read: dropped with their tags.
const DROPPED: [&str; 9] =
    ["script", "style", "template", "iframe", "object", "svg", "math", "noscript", "head"];

/// Elements that start a new paragraph.
const PARAGRAPHS: [&str; 25] = [
    "p",
    "div",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
    "pre",
    "figure",
    "figcaption",
    "hr",
    "address",
];

/// Elements that start a new line.
const LINES: [&str; 6] = ["br", "li", "tr", "dt", "dd", "caption"];

/// The plain text of an HTML fragment: "<p>Khởi nghĩa <b>Bắc Sơn</b> &amp; …</p>" gives
/// "Khởi nghĩa Bắc Sơn & …". Runs of spaces and source line breaks become one space; `<p>`,
/// `<div>`, headings and the like become paragraph breaks (a blank line), `<br>` and `<li>`
/// line breaks. Control characters other than line breaks are dropped.
pub fn html_to_text(html: &str) -> String {
    let mut text = Text::default();
    let mut rest = html;
    while let Some(open) = rest.find(['<', '&']) {
        text.words(&rest[..open]);
        rest = &rest[open..];
        if rest.starts_with('&') {
            let (decoded, used) = decode_reference(rest);
            text.words(&decoded);
            rest = &rest[used..];
            continue;
        }
        match read_markup(rest) {
            Markup::Tag { name, closing, len } => {
                rest = &rest[len..];
                if !closing && DROPPED.contains(&name.as_str()) {
                    rest = skip_element_content(rest, &name);
                } else if PARAGRAPHS.contains(&name.as_str()) {
                    text.paragraph();
                } else if LINES.contains(&name.as_str()) && !(closing && name != "br") {
                    text.line();
                }
            }
            Markup::Other { len } => rest = &rest[len..],
            Markup::Plain => {
                text.words("<");
                rest = &rest[1..];
            }
        }
    }
    text.words(rest);
    text.finish()
}

/// Text being built: words with single spaces, and pending breaks that are only written
/// before the next word (so trailing and doubled breaks vanish).
#[derive(Default)]
struct Text {
    out: String,
    space: bool,
    /// 0 none, 1 line break, 2 paragraph break.
    pending_break: u8,
}

impl Text {
    fn words(&mut self, raw: &str) {
        for c in raw.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else if c.is_control() {
                // Nothing a reader can see; the one place such characters would hide.
            } else {
                if !self.out.is_empty() {
                    match self.pending_break {
                        2 => self.out.push_str("\n\n"),
                        1 => self.out.push('\n'),
                        _ if self.space => self.out.push(' '),
                        _ => {}
                    }
                }
                self.pending_break = 0;
                self.space = false;
                self.out.push(c);
            }
        }
    }

    fn paragraph(&mut self) {
        self.pending_break = 2;
    }

    fn line(&mut self) {
        self.pending_break = self.pending_break.max(1);
    }

    fn finish(self) -> String {
        self.out
    }
}

enum Markup {
    /// An element's start or end tag, its name in lowercase.
    Tag { name: String, closing: bool, len: usize },
    /// A comment, doctype or processing instruction.
    Other { len: usize },
    /// A `<` that starts no markup ("a < b"): kept as text.
    Plain,
}

/// Reads the markup at the start of `s` (which starts with `<`).
fn read_markup(s: &str) -> Markup {
    if let Some(comment) = s.strip_prefix("<!--") {
        let len = comment.find("-->").map_or(s.len(), |end| 4 + end + 3);
        return Markup::Other { len };
    }
    let after = &s[1..];
    let closing = after.starts_with('/');
    let name_start = if closing { &after[1..] } else { after };
    match name_start.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => {}
        Some('!' | '?') if !closing => {
            return Markup::Other { len: s.find('>').map_or(s.len(), |end| end + 1) };
        }
        _ => return Markup::Plain,
    }
    let name: String = name_start
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    Markup::Tag { name, closing, len: tag_end(s) }
}

/// The length of the tag at the start of `s`, up to its `>`, skipping quoted attribute values
/// (which may hold `>`); the whole rest when the tag is never closed.
fn tag_end(s: &str) -> usize {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// The rest after the end tag of a dropped element (`</script>`); nothing when it never ends,
/// so an unclosed `<script>` cannot leak its content as text.
fn skip_element_content<'a>(s: &'a str, name: &str) -> &'a str {
    let lower = s.to_ascii_lowercase();
    let mut from = 0;
    while let Some(found) = lower[from..].find("</") {
        let at = from + found;
        let after = &lower[at + 2..];
        if after.starts_with(name)
            && !after[name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-')
        {
            return &s[at + tag_end(&s[at..])..];
        }
        from = at + 2;
    }
    ""
}

/// Decodes the character reference at the start of `s` (`&amp;`, `&#39;`, `&#x1EAF;`);
/// returns the text and how many bytes it used. An unknown or malformed reference is the
/// plain `&`.
fn decode_reference(s: &str) -> (String, usize) {
    let not_a_reference = ("&".to_string(), 1);
    let body = &s[1..];
    let Some(end) = body.find(';').filter(|&e| e > 0 && e <= 32) else { return not_a_reference };
    let name = &body[..end];
    let used = end + 2;
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => number.parse::<u32>().ok(),
        };
        let Some(code) = code else { return not_a_reference };
        let c = match char::from_u32(code) {
            Some('\0') | None => '\u{fffd}',
            Some(c) => c,
        };
        return (c.to_string(), used);
    }
    match named(name) {
        Some(c) => (c.to_string(), used),
        None => not_a_reference,
    }
}

/// The named references seen in real timelines, and the Latin-1 letters of Vietnamese.
fn named(name: &str) -> Option<char> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "middot" => '·',
        "bull" => '•',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "times" => '×',
        "divide" => '÷',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "sect" => '§',
        "para" => '¶',
        "shy" => '\u{ad}',
        "prime" => '′',
        "Prime" => '″',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        _ => return latin1_letter(name),
    };
    Some(c)
}

/// `&agrave;`, `&Ecirc;`, `&otilde;` …: a base letter and a mark name.
fn latin1_letter(name: &str) -> Option<char> {
    let mut chars = name.chars();
    let base = chars.next()?;
    let mark = chars.as_str();
    let table: &[(char, &str)] = match mark {
        "grave" => &[('a', "àÀ"), ('e', "èÈ"), ('i', "ìÌ"), ('o', "òÒ"), ('u', "ùÙ")],
        "acute" => &[('a', "áÁ"), ('e', "éÉ"), ('i', "íÍ"), ('o', "óÓ"), ('u', "úÚ"), ('y', "ýÝ")],
        "circ" => &[('a', "âÂ"), ('e', "êÊ"), ('i', "îÎ"), ('o', "ôÔ"), ('u', "ûÛ")],
        "tilde" => &[('a', "ãÃ"), ('n', "ñÑ"), ('o', "õÕ")],
        "uml" => &[('a', "äÄ"), ('e', "ëË"), ('i', "ïÏ"), ('o', "öÖ"), ('u', "üÜ"), ('y', "ÿŸ")],
        "cedil" => &[('c', "çÇ")],
        "ring" => &[('a', "åÅ")],
        "slash" => &[('o', "øØ")],
        _ => return None,
    };
    let (_, forms) = table.iter().find(|(b, _)| *b == base.to_ascii_lowercase())?;
    let mut forms = forms.chars();
    if base.is_ascii_uppercase() {
        forms.nth(1)
    } else {
        forms.next()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_stripped_and_entities_decoded() {
        assert_eq!(
            html_to_text("<b>Bắc</b> <i>Sơn</i> &amp; &lt;b&gt; &#39;x&#x27; &eacute;&Ecirc;"),
            "Bắc Sơn & <b> 'x' éÊ"
        );
        assert_eq!(
            html_to_text("a < b && c &unknown; &#0; &#xD800;"),
            "a < b && c &unknown; \u{fffd} \u{fffd}"
        );
    }

    #[test]
    fn script_and_style_content_is_dropped() {
        let html =
            "<p>A</p><script type=\"x\">alert('<p>no</p>')</script ><style>p{}</style><SCRIPT>x</SCRIPT>B";
        assert_eq!(html_to_text(html), "A\n\nB");
        assert_eq!(html_to_text("ok<script>never closed <b>x</b>"), "ok");
        assert_eq!(html_to_text("<scripts>kept</scripts>"), "kept");
    }

    #[test]
    fn paragraphs_and_lines() {
        let html = "<p class=\"lead\">One\n  two.</p>\n<p>Three<br/>four</p><ul><li>a</li><li>b</li></ul>";
        assert_eq!(html_to_text(html), "One two.\n\nThree\nfour\n\na\nb");
        assert_eq!(html_to_text("  <div>  </div> x <br> "), "x");
    }

    #[test]
    fn quoted_attributes_may_hold_angle_brackets() {
        assert_eq!(html_to_text("<a href=\"x\" title=\"a>b\">link</a> <img alt='>'>end"), "link end");
        assert_eq!(html_to_text("<!-- a > b --><!doctype html>text"), "text");
    }
}
