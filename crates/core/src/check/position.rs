//! Where things are in a JSON text: the line and column of the value at a JSON path such as
//! `events[3].date`, so that `daumoc validate` can point an editor at the exact spot.
//!
//! The parser works on `serde_json::Value`, which forgets positions; this small scanner reads
//! the text a second time and keeps only where each value starts. It runs after `serde_json`
//! accepted the text, so it can be lenient: on anything unexpected it simply stops knowing more.

/// A place in a text file as editors count it: line and column from 1, the column in characters
/// (so "ắ" counts once, whatever its UTF-8 length).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// The starting position of every value of a JSON document.
#[derive(Clone, Debug, PartialEq)]
pub struct JsonPositions {
    root: Node,
}

#[derive(Clone, Debug, PartialEq)]
enum Node {
    Object(Position, Vec<(String, Node)>),
    Array(Position, Vec<Node>),
    Scalar(Position),
}

impl Node {
    fn at(&self) -> Position {
        match self {
            Node::Object(at, _) | Node::Array(at, _) | Node::Scalar(at) => *at,
        }
    }
}

/// Deeper than this and the scanner gives up (serde_json itself stops at 128).
const MAX_DEPTH: usize = 256;

impl JsonPositions {
    /// Scans a JSON text (a leading byte order mark is skipped); `None` when it does not start
    /// with a JSON value.
    pub fn new(text: &str) -> Option<JsonPositions> {
        let mut scanner = Scanner {
            chars: text.strip_prefix('\u{feff}').unwrap_or(text).chars().peekable(),
            line: 1,
            column: 1,
        };
        scanner.skip_space();
        let root = scanner.value(0)?;
        Some(JsonPositions { root })
    }

    /// Where the value at `path` starts, e.g. `events[3].date`, `tags.bac-son`, `title.en`.
    /// For a path that does not exist (a missing field), the position of the deepest value on
    /// the path that does: the event object a required field is missing from. The second part
    /// says whether the path was found exactly.
    pub fn locate(&self, path: &str) -> (Position, bool) {
        let mut node = &self.root;
        let mut rest = path;
        loop {
            if rest.is_empty() {
                return (node.at(), true);
            }
            let next = match node {
                Node::Array(_, items) => index_step(rest).and_then(|(i, after)| Some((items.get(i)?, after))),
                Node::Object(_, members) => key_step(members, rest.strip_prefix('.').unwrap_or(rest)),
                Node::Scalar(_) => None,
            };
            match next {
                Some((child, after)) => {
                    node = child;
                    rest = after;
                }
                None => return (node.at(), false),
            }
        }
    }

    /// Where the value at `path` starts, only when the path exists.
    pub fn exact(&self, path: &str) -> Option<Position> {
        match self.locate(path) {
            (at, true) => Some(at),
            _ => None,
        }
    }
}

/// `[12]…` → (12, "…").
fn index_step(rest: &str) -> Option<(usize, &str)> {
    let inner = rest.strip_prefix('[')?;
    let close = inner.find(']')?;
    Some((inner[..close].parse().ok()?, &inner[close + 1..]))
}

/// The member whose key starts `rest` and is followed by the end, `.` or `[`. Keys may contain
/// dots (tag ids are free text), so the longest matching key wins; among equal keys the last
/// one, as `serde_json` keeps the last of duplicated keys.
fn key_step<'n, 'p>(members: &'n [(String, Node)], rest: &'p str) -> Option<(&'n Node, &'p str)> {
    members
        .iter()
        .filter(|(key, _)| {
            rest.strip_prefix(key.as_str())
                .is_some_and(|after| after.is_empty() || after.starts_with('.') || after.starts_with('['))
        })
        .max_by_key(|(key, _)| key.len())
        .map(|(key, node)| (node, &rest[key.len()..]))
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    column: usize,
}

impl Scanner<'_> {
    fn position(&self) -> Position {
        Position { line: self.line, column: self.column }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        let at = self.position();
        match self.peek()? {
            '{' => {
                self.bump();
                let mut members = Vec::new();
                loop {
                    self.skip_space();
                    match self.peek()? {
                        '}' => {
                            self.bump();
                            break;
                        }
                        ',' => {
                            self.bump();
                        }
                        '"' => {
                            let key = self.string()?;
                            self.skip_space();
                            if self.bump()? != ':' {
                                return None;
                            }
                            self.skip_space();
                            members.push((key, self.value(depth + 1)?));
                        }
                        _ => return None,
                    }
                }
                Some(Node::Object(at, members))
            }
            '[' => {
                self.bump();
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    match self.peek()? {
                        ']' => {
                            self.bump();
                            break;
                        }
                        ',' => {
                            self.bump();
                        }
                        _ => items.push(self.value(depth + 1)?),
                    }
                }
                Some(Node::Array(at, items))
            }
            '"' => {
                self.string()?;
                Some(Node::Scalar(at))
            }
            _ => {
                // A number, true, false or null: up to the next delimiter.
                while self.peek().is_some_and(|c| !matches!(c, ',' | ']' | '}' | ' ' | '\t' | '\n' | '\r')) {
                    self.bump();
                }
                // Nothing read: a `}` where a value should start (`[}`) is not JSON. Giving up
                // here matters: the array loop would otherwise ask for a value at the same `}`
                // forever, growing its list until memory ran out (found by fuzzing).
                if self.position() == at {
                    return None;
                }
                Some(Node::Scalar(at))
            }
        }
    }

    /// Reads a string literal (the opening quote is next) and returns its decoded text.
    fn string(&mut self) -> Option<String> {
        self.bump();
        let mut out = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => match self.bump()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'u' => {
                        let high = self.hex4()?;
                        let code = if (0xd800..0xdc00).contains(&high) && self.peek() == Some('\\') {
                            self.bump();
                            self.bump();
                            let low = self.hex4()?;
                            0x10000 + ((high - 0xd800) << 10) + (low.wrapping_sub(0xdc00) & 0x3ff)
                        } else {
                            high
                        };
                        out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                    }
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut code = 0;
        for _ in 0..4 {
            code = code * 16 + self.bump()?.to_digit(16)?;
        }
        Some(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    #[test]
    fn finds_values_by_path() {
        let text = "{\n  \"version\": 1,\n  \"tags\": {\"a.b\": \"x\", \"a\": {\"vi\": \"y\"}},\n  \"events\": [\n    {\"id\": \"Bắc\", \"date\": \"2020-02-30\"},\n    {\"id\": \"x\"}\n  ]\n}";
        let p = JsonPositions::new(text).unwrap();
        assert_eq!(p.exact(""), Some(at(1, 1)));
        assert_eq!(p.exact("version"), Some(at(2, 14)));
        assert_eq!(p.exact("events[0].date"), Some(at(5, 27)), "columns count characters, not bytes");
        assert_eq!(p.exact("events[1]"), Some(at(6, 5)));
        assert_eq!(p.exact("tags.a.b"), Some(at(3, 19)), "a key with a dot");
        assert_eq!(p.exact("tags.a.vi"), Some(at(3, 36)));
        // Missing: the deepest existing value.
        assert_eq!(p.locate("events[1].title"), (at(6, 5), false));
        assert_eq!(p.locate("events[1].title.en"), (at(6, 5), false));
        assert_eq!(p.locate("events[7].date"), (at(4, 13), false));
        assert_eq!(p.locate("events[0].id.x"), (at(5, 12), false));
    }

    #[test]
    fn escapes_in_keys_and_a_byte_order_mark() {
        let text = "\u{feff}{\"t\\u00e2g\\\"\": [true, null, -1.5e3, \"\\ud83d\\ude00\"]}";
        let p = JsonPositions::new(text).unwrap();
        assert_eq!(p.exact("tâg\"[3]"), Some(at(1, 37)));
        assert_eq!(p.exact("tâg\"[2]"), Some(at(1, 29)));
    }

    #[test]
    fn not_json_gives_none() {
        assert_eq!(JsonPositions::new(""), None);
        assert_eq!(JsonPositions::new("{\"a\": "), None);
    }
}
