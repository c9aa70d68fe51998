//! Vietnamese-aware search: text folded to lowercase ASCII without diacritics, so that "bac son",
//! "BẮC SƠN" and decomposed (NFD) "Bắc Sơn" all find "Khởi nghĩa Bắc Sơn", and highlighting
//! that maps matches back onto the original text. A hand table instead of a Unicode crate keeps
//! the wasm download small.

use crate::model::event::{Dataset, Event};
use std::ops::Range;

/// Base letters of U+00C0–U+01B0 (Latin-1 Supplement, Latin Extended-A, start of Extended-B:
/// "ơ", "ư", "đ"…); `.` marks characters with no single base letter, handled generically.
const LATIN: &[u8; 241] = b"aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.yaaaaaaccccccccdd\
ddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzz\
z.b.........................l.....oo.........ttt.uu";

/// Base letters of U+1EA0–U+1EF9 (Latin Extended Additional: "ạ", "ắ", "ế", "ộ", "ữ", "ỹ"…).
const VIETNAMESE: &[u8; 90] =
    b"aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy";

/// What one character becomes in folded text.
enum Folded {
    /// A combining mark (NFD diacritic): dropped, as its base letter is already there.
    Mark,
    /// Whitespace or punctuation: one space between words.
    Separator,
    /// A letter or digit with an ASCII base.
    Ascii(u8),
    /// Another letter or digit (other scripts), lowercased.
    Other(char),
}

fn fold_char(c: char) -> Folded {
    let table = |table: &[u8], offset: u32| match table[(c as u32 - offset) as usize] {
        b'.' => generic(c),
        base => Folded::Ascii(base),
    };
    match c {
        'a'..='z' | '0'..='9' => Folded::Ascii(c as u8),
        'A'..='Z' => Folded::Ascii(c.to_ascii_lowercase() as u8),
        '\u{300}'..='\u{36f}' => Folded::Mark,
        '\u{c0}'..='\u{1b0}' => table(LATIN, 0xc0),
        '\u{1ea0}'..='\u{1ef9}' => table(VIETNAMESE, 0x1ea0),
        _ => generic(c),
    }
}

fn generic(c: char) -> Folded {
    if c.is_alphanumeric() {
        Folded::Other(c)
    } else {
        Folded::Separator
    }
}

/// Appends the folded form of `text` to `out`. With `spans`, records for every byte pushed the
/// byte range of the original character it came from, so matches can be mapped back.
fn fold_into(text: &str, out: &mut String, mut spans: Option<&mut Vec<(usize, usize)>>) {
    let mut separator_at: Option<usize> = None;
    let mut after_letter = false;
    for (at, c) in text.char_indices() {
        let end = at + c.len_utf8();
        let folded = fold_char(c);
        if let Folded::Mark = folded {
            // Stretch the previous letter over its marks, so "o" + U+031B highlights as one.
            if let Some(last) = spans.as_deref_mut().and_then(|s| s.last_mut()).filter(|_| after_letter) {
                last.1 = end;
            }
            continue;
        }
        if let Folded::Separator = folded {
            separator_at.get_or_insert(at);
            after_letter = false;
            continue;
        }
        if let Some(start) = separator_at.take() {
            if !out.is_empty() {
                out.push(' ');
                if let Some(s) = spans.as_deref_mut() {
                    s.push((start, at));
                }
            }
        }
        let before = out.len();
        match folded {
            Folded::Ascii(b) => out.push(b as char),
            Folded::Other(c) => super::lowercase::push_lowercase(out, c),
            Folded::Mark | Folded::Separator => unreachable!("handled above"),
        }
        if let Some(s) = spans.as_deref_mut() {
            s.extend(std::iter::repeat_n((at, end), out.len() - before));
        }
        after_letter = true;
    }
}

/// Folds text for searching: lowercase, without diacritics (`đ` → `d`), NFC and NFD alike,
/// with every run of whitespace and punctuation turned into one space.
/// "BẮC SƠN", "bac son" and "Ba\u{301}c So\u{31b}n" all give "bac son".
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out, None);
    out
}

/// What the user typed, split into folded words; an event matches when it contains ALL of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    text: String,
    words: Vec<String>,
}

impl Query {
    /// Reads a query as typed. The text is kept (trimmed) for the search box and the URL.
    pub fn parse(text: &str) -> Query {
        let text = text.trim().to_string();
        let mut words: Vec<String> =
            normalize(&text).split(' ').filter(|w| !w.is_empty()).map(String::from).collect();
        // Longest first: the rarest word usually fails first, so non-matches are cheaper.
        crate::order::sort_stable_by(&mut words, |a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        words.dedup();
        Query { text, words }
    }

    /// The text as typed (trimmed).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The folded words, longest first.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// True when there is no word to look for: the query matches everything.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// This query without the words `earlier` has too: what is left to look for among the events
    /// `earlier` found.
    pub(crate) fn beyond(&self, earlier: &Query) -> Query {
        let words = self.words.iter().filter(|w| !earlier.words.contains(w)).cloned().collect();
        Query { text: self.text.clone(), words }
    }

    /// Whether every word occurs in `folded` (text already passed through [`normalize`]).
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.words.iter().all(|w| folded.contains(w.as_str()))
    }
}

/// The searchable text of every event of a dataset, folded once when the data loads so that
/// each keystroke only scans prepared text.
/// It also numbers the tags, so that counting events per tag on each keystroke adds to an
/// array instead of hashing strings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchIndex {
    haystacks: Vec<String>,
    tag_ids: Vec<String>,
    tag_slots: Vec<Box<[u32]>>,
}

impl SearchIndex {
    /// Indexes the events of `dataset`, in their order.
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let mut index = SearchIndex::without_text(dataset);
        index.fold_more(dataset, usize::MAX);
        index
    }

    /// Folds the text of up to `count` more events of `dataset` (the one this index was made
    /// from), so a large dataset's text can be folded a few hundred events per task; true once
    /// every event's text is in.
    pub fn fold_more(&mut self, dataset: &Dataset, count: usize) -> bool {
        let next = dataset.events.iter().skip(self.haystacks.len()).take(count);
        self.haystacks.extend(next.map(|e| haystack(e, dataset)));
        self.haystacks.len() == dataset.events.len()
    }

    /// The index without the folded text: enough for every filter but the text search, and
    /// cheap, so the first screen need not wait for the text to be folded. It matches only
    /// the empty query.
    pub fn without_text(dataset: &Dataset) -> SearchIndex {
        let mut tag_ids: Vec<String> = dataset.events.iter().flat_map(|e| e.tags.iter().cloned()).collect();
        crate::order::sort_dedup(&mut tag_ids);
        let slot = |tag: &String| tag_ids.binary_search(tag).ok().and_then(|i| u32::try_from(i).ok());
        let tag_slots = dataset.events.iter().map(|e| e.tags.iter().filter_map(slot).collect()).collect();
        SearchIndex { haystacks: Vec::new(), tag_ids, tag_slots }
    }

    /// Every tag id used by an event, sorted.
    pub fn tag_ids(&self) -> &[String] {
        &self.tag_ids
    }

    /// The tags of the event at `position`, as indices into [`Self::tag_ids`].
    pub fn tag_slots(&self, position: usize) -> &[u32] {
        self.tag_slots.get(position).map_or(&[], |s| s)
    }

    /// How many events are indexed.
    pub fn len(&self) -> usize {
        self.haystacks.len()
    }

    /// True when no event is indexed.
    pub fn is_empty(&self) -> bool {
        self.haystacks.is_empty()
    }

    /// Whether the event at `position` (in the dataset's order) matches `query`.
    /// Positions outside the index match only the empty query.
    pub fn matches(&self, position: usize, query: &Query) -> bool {
        query.is_empty() || self.haystacks.get(position).is_some_and(|h| query.matches_folded(h))
    }

    /// The folded text searched for the event at `position`.
    pub fn haystack(&self, position: usize) -> Option<&str> {
        self.haystacks.get(position).map(String::as_str)
    }
}

fn haystack(event: &Event, dataset: &Dataset) -> String {
    let mut out = String::new();
    let mut add = |text: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        fold_into(text, &mut out, None);
    };
    let localized = [Some(&event.title), event.summary.as_ref(), event.place.as_ref()];
    for text in localized.into_iter().flatten() {
        add(&text.vi);
        add(text.en.as_deref().unwrap_or(""));
    }
    for tag in &event.tags {
        add(tag);
        if let Some(label) = dataset.tags.get(tag) {
            add(&label.vi);
            add(label.en.as_deref().unwrap_or(""));
        }
    }
    if let Some(reference) = &event.reference {
        add(&reference.number);
        // Also squashed ("26cttg"), for people who type the number without its punctuation.
        add(&normalize(&reference.number).replace(' ', ""));
        if let Some(issuer) = &reference.issuer {
            add(&issuer.vi);
            add(issuer.en.as_deref().unwrap_or(""));
        }
    }
    // The source's file name is searchable for editors; its article headline is not, or every
    // event of an article about a congress would match "đại hội".
    if let Some(source) = &event.source {
        add(&source.document);
    }
    out.shrink_to_fit();
    out
}

/// A piece of displayed text, and whether it is part of a match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment<'a> {
    /// The original text of the piece, diacritics included.
    pub text: &'a str,
    /// True when the piece matches a query word and should be highlighted.
    pub matched: bool,
}

/// Byte ranges of `text` where a word of `query` occurs, sorted and merged. The ranges cover the
/// original characters with their combining marks: "bac" in "Bắc Sơn" gives the range of "Bắc".
pub fn match_ranges(text: &str, query: &Query) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    let mut spans = Vec::with_capacity(text.len());
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded, Some(&mut spans));
    let mut ranges: Vec<Range<usize>> = query
        .words
        .iter()
        .flat_map(|w| folded.match_indices(w.as_str()).map(|(at, w)| spans[at].0..spans[at + w.len() - 1].1))
        .collect();
    crate::order::sort_stable_by_key(&mut ranges, |r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Splits `text` into matched and unmatched pieces for display; together they are `text`.
pub fn highlight<'a>(text: &'a str, query: &Query) -> Vec<Segment<'a>> {
    let mut segments = Vec::new();
    let mut at = 0;
    for r in match_ranges(text, query) {
        if r.start > at {
            segments.push(Segment { text: &text[at..r.start], matched: false });
        }
        segments.push(Segment { text: &text[r.clone()], matched: true });
        at = r.end;
    }
    if at < text.len() {
        segments.push(Segment { text: &text[at..], matched: false });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_match_their_ranges() {
        // Spot checks at both ends of each table, so an off-by-one shows up here.
        assert_eq!(normalize("ÀÁÂÃÄÅ"), "aaaaaa");
        assert_eq!(normalize("ÝàýÿĀ"), "yayya");
        assert_eq!(normalize("ƠơƯư"), "oouu");
        assert_eq!(normalize("ẠạỸỹ"), "aayy");
        assert_eq!(normalize("Đđ"), "dd");
    }

    #[test]
    fn symbols_without_base_letters() {
        assert_eq!(normalize("2×3÷4"), "2 3 4");
        assert_eq!(normalize("Æsir"), "æsir");
        assert_eq!(normalize("諒山 Lạng Sơn"), "諒山 lang son");
    }
}
