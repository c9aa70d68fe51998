//! The events as a static HTML list that needs no JavaScript: for browsers without WebAssembly,
//! screen readers before the app has loaded, and search engines. The release build puts
//! [`html_fragment`] inside `index.html`; `daumoc export --to html` writes [`html_document`].
//!
//! Accessible and safe: a heading per year (`<h2>`) over an ordered list (`<ol>`) of events,
//! each with its title (`<h3>`), its date in `<time datetime>`, summary, reference, note and
//! source; every text is HTML-escaped; only http(s) links are written. Text that falls back to
//! Vietnamese in the English page is marked `lang="vi"` for screen readers.

use crate::i18n::fill;
use crate::load::parse::is_http_url;
use crate::model::date::{CalendarDate, EventDate, Precision};
use crate::model::event::{Dataset, Event};
use crate::model::lang::{Lang, Localized};
use crate::model::media::Media;
use crate::query::timeline::{group_by_year, Period};
use crate::view::format::{category_name, compact_date, level_name, short_date};

/// The prefix of every `id` and `class` the list uses, so that it cannot clash with the ids of
/// the page it is put into.
pub const ID_PREFIX: &str = "dm-";

/// Escapes text for HTML content and double- or single-quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Plain text as HTML paragraphs: a blank line separates paragraphs, a single line break
/// becomes `<br>`. Escaped.
pub fn text_paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lines: Vec<String> = p.lines().map(|l| escape_html(l.trim())).collect();
            format!("<p>{}</p>", lines.join("<br>"))
        })
        .collect::<Vec<_>>()
        .join("")
}

/// The list alone, in a `<section>` (no `<html>`, no styles), to put inside another page: the
/// dataset's title as `<h1>`, its subtitle, how many events and years, then per year an `<h2>`
/// and an `<ol>` of events; observances that recur every year come last.
pub fn html_fragment(dataset: &Dataset, lang: Lang) -> String {
    let ui = &lang.strings().ui;
    let t = &lang.strings().listing;
    let mut out = String::with_capacity(2048 + dataset.events.len() * 1024);
    let title = dataset.title.as_ref().map_or((ui.default_title, false), |title| title.get(lang));
    out.push_str(&format!(
        "<section class=\"{ID_PREFIX}static\" lang=\"{}\" aria-labelledby=\"{ID_PREFIX}title\">\n",
        lang.code()
    ));
    out.push_str(&format!(
        "<h1 id=\"{ID_PREFIX}title\"{}>{}</h1>\n",
        lang_attr(title.1),
        escape_html(title.0)
    ));
    if let Some(subtitle) = &dataset.subtitle {
        out.push_str(&format!(
            "<p{}>{}</p>\n",
            lang_attr(subtitle.get(lang).1),
            escape_html(subtitle.text(lang))
        ));
    }
    out.push_str(&format!("<p>{} {}</p>\n", escape_html(t.intro), escape_html(&extent(dataset, lang))));
    for group in group_by_year(&dataset.events) {
        let (anchor, heading) = match group.period {
            Period::Year(year) => (format!("{ID_PREFIX}y{year}"), year.to_string()),
            Period::EveryYear => {
                (format!("{ID_PREFIX}every-year"), lang.strings().dates.every_year.to_string())
            }
        };
        out.push_str(&format!("<h2 id=\"{anchor}\">{}</h2>\n", escape_html(&heading)));
        out.push_str(&format!("<ol aria-labelledby=\"{anchor}\">\n"));
        for event in group.events {
            event_item(&mut out, event, lang);
        }
        out.push_str("</ol>\n");
    }
    out.push_str("</section>\n");
    out
}

/// A whole page: `<!doctype html>`, `<html lang>`, a title and description, a small
/// stylesheet for reading, and [`html_fragment`] in `<main>`.
pub fn html_document(dataset: &Dataset, lang: Lang) -> String {
    let ui = &lang.strings().ui;
    let title = dataset.title.as_ref().map_or(ui.default_title, |t| t.text(lang));
    let description = dataset.subtitle.as_ref().map_or(ui.default_subtitle, |s| s.text(lang));
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
         <style>{STYLE}</style>\n</head>\n<body>\n<main>\n{fragment}</main>\n</body>\n</html>\n",
        lang = lang.code(),
        title = escape_html(title),
        description = escape_html(description),
        fragment = html_fragment(dataset, lang),
    )
}

/// Readable type and a measure, nothing else: the page must work in any browser.
const STYLE: &str = "body{font:1.05rem/1.55 system-ui,sans-serif;margin:0;padding:1rem;color:#1a1a1a;\
background:#fff}main{max-width:44rem;margin:auto}h2{border-bottom:1px solid #ccc;margin-top:2rem}\
ol{list-style:none;padding:0}li{margin:0 0 1.5rem}h3{margin:0 0 .25rem;font-size:1.1rem}\
p{margin:.25rem 0}.dm-meta,.dm-source{color:#555;font-size:.95rem}blockquote{margin:.25rem 0 0 1rem;\
font-style:italic}.dm-picture{margin:.5rem 0}.dm-picture img{max-width:100%;height:auto}\
.dm-picture figcaption{color:#555;font-size:.9rem}";

fn event_item(out: &mut String, event: &Event, lang: Lang) {
    let ui = &lang.strings().ui;
    out.push_str(&format!("<li id=\"{ID_PREFIX}{}\">\n", escape_html(&event.id)));
    out.push_str(&format!(
        "<h3{}>{}</h3>\n",
        lang_attr(event.title.get(lang).1),
        escape_html(event.title.text(lang))
    ));
    out.push_str(&format!(
        "<p class=\"{ID_PREFIX}meta\">{} · {} · {}</p>\n",
        date_html(event, lang),
        escape_html(category_name(event.category, lang)),
        escape_html(level_name(event.level, lang))
    ));
    if let Some(place) = &event.place {
        out.push_str(&format!("<p>{}: {}</p>\n", escape_html(ui.place), localized_html(place, lang)));
    }
    if let Some(summary) = &event.summary {
        let (text, fallback) = summary.get(lang);
        match fallback {
            true => out.push_str(&format!("<div lang=\"vi\">{}</div>\n", text_paragraphs(text))),
            false => out.push_str(&format!("{}\n", text_paragraphs(text))),
        }
    }
    for picture in event.media.iter().filter(|m| crate::model::media::check_media_url(&m.url).is_ok()) {
        out.push_str(&picture_html(picture, lang));
    }
    if let Some(reference) = &event.reference {
        let mut line = format!("{}: {}", escape_html(ui.reference), escape_html(&reference.number));
        if let Some(issuer) = &reference.issuer {
            line.push_str(", ");
            line.push_str(&fill(&escape_html(ui.issued_by), &[&localized_html(issuer, lang)]));
        }
        out.push_str(&format!("<p>{line}</p>\n"));
    }
    if let Some(note) = &event.note {
        out.push_str(&format!("<p>{}: {}</p>\n", escape_html(ui.note), localized_html(note, lang)));
    }
    if let Some(source) = &event.source {
        let mut parts = Vec::new();
        if let Some(title) = source.title.as_deref().filter(|t| !t.trim().is_empty()) {
            parts.push(format!("<cite>{}</cite>", escape_html(title)));
        }
        if !source.document.trim().is_empty() {
            parts.push(escape_html(&source.document));
        }
        if let Some(published) = source.published {
            let date = short_date(&EventDate::Calendar(published), lang);
            parts.push(format!(
                "{} <time datetime=\"{published}\">{}</time>",
                escape_html(ui.published),
                escape_html(&date)
            ));
        }
        let mut line = format!("{}: {}", escape_html(ui.source), parts.join(", "));
        if let Some(url) = source.url.as_deref().filter(|u| is_http_url(u)) {
            line.push_str(&format!(" <a href=\"{}\">{}</a>", escape_html(url), escape_html(ui.open_source)));
        }
        out.push_str(&format!("<p class=\"{ID_PREFIX}source\">{line}</p>\n"));
        if let Some(quote) = source.quote.as_deref().filter(|q| !q.trim().is_empty()) {
            let label = escape_html(lang.strings().listing.quote);
            out.push_str(&format!(
                "<blockquote lang=\"vi\" aria-label=\"{label}\">{}</blockquote>\n",
                text_paragraphs(quote)
            ));
        }
    }
    out.push_str("</li>\n");
}

/// A picture as `<figure>`: the `<img>` (lazy, with its alt text and a 4:3 box) and its caption
/// and credit. The address is checked again here; it is never written into CSS.
fn picture_html(picture: &Media, lang: Lang) -> String {
    let mut out = format!(
        "<figure class=\"{ID_PREFIX}picture\"><img src=\"{}\" alt=\"{}\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\">",
        escape_html(&picture.url),
        escape_html(picture.alt.text(lang))
    );
    let mut words = Vec::new();
    if let Some(caption) = &picture.caption {
        words.push(localized_html(caption, lang));
    }
    if let Some(credit) = &picture.credit {
        words.push(fill(&escape_html(lang.strings().media.credit), &[&escape_html(credit)]));
    }
    if !words.is_empty() {
        out.push_str(&format!("<figcaption>{}</figcaption>", words.join(" · ")));
    }
    out.push_str("</figure>\n");
    out
}

/// The date in `<time>` elements, as cards show it ("27/9/1940", "2015–2020").
fn date_html(event: &Event, lang: Lang) -> String {
    let time = |iso: String, text: String| format!("<time datetime=\"{iso}\">{}</time>", escape_html(&text));
    match (event.date, event.end) {
        (EventDate::Calendar(start), Some(end)) => {
            let both_years = start.precision() == Precision::Year && end.precision() == Precision::Year;
            let separator = if both_years { "–" } else { " – " };
            let part = |d: CalendarDate| time(d.to_string(), compact_date(&d, lang));
            format!("{}{separator}{}", part(start), part(end))
        }
        (date, _) => time(date.to_iso(), short_date(&date, lang)),
    }
}

/// Escaped text in `lang`, in a `<span lang="vi">` when it fell back to Vietnamese.
fn localized_html(text: &Localized, lang: Lang) -> String {
    match text.get(lang) {
        (t, true) => format!("<span lang=\"vi\">{}</span>", escape_html(t)),
        (t, false) => escape_html(t),
    }
}

fn lang_attr(fallback: bool) -> &'static str {
    if fallback {
        " lang=\"vi\""
    } else {
        ""
    }
}

/// "46 sự kiện, từ năm 1890 đến năm 2025." (ranges count to their end).
fn extent(dataset: &Dataset, lang: Lang) -> String {
    let t = &lang.strings().listing;
    let n = dataset.events.len();
    let first = dataset.events.iter().filter_map(Event::year).min();
    let last = dataset.events.iter().filter_map(Event::end_year).max();
    match (first, last) {
        (Some(first), Some(last)) => {
            t.extent.fill(n, &[&n.to_string(), &first.to_string(), &last.to_string()])
        }
        _ => t.count.fill(n, &[&n.to_string()]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(
            escape_html("<a href='x'>\"B&C\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&quot;B&amp;C&quot;&lt;/a&gt;"
        );
        assert_eq!(text_paragraphs("a <b>\nc\n\n\n d "), "<p>a &lt;b&gt;<br>c</p><p>d</p>");
    }
}
