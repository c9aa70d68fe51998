//! Synthetic datasets for tests and benchmarks: `daumoc gen --events N --seed S`.
//!
//! Events are built from word lists into realistic Vietnamese titles and summaries (with their
//! English versions), spread over 1890–2030 with mixed date precision, some ranges, every
//! category and level, and tags from a small table. Every event says in `source.document` that
//! it is synthetic (`synthetic:gen --seed S`). The same count and seed always give the same
//! dataset: the only randomness is [`SplitMix64`], seeded by the caller; no clock is read.

use crate::import::slug;
use crate::model::date::{CalendarDate, EventDate};
use crate::model::event::{Category, Dataset, Event, Level, Reference, Source, SUPPORTED_VERSION};
use crate::model::lang::Localized;
use serde_json::Map;
use std::collections::BTreeMap;

/// The first year of generated dates.
pub const FIRST_YEAR: i32 = 1890;

/// The last year of generated dates (ends included).
pub const LAST_YEAR: i32 = 2030;

/// A tiny, fast pseudo-random generator (SplitMix64, Steele, Lea and Flood 2014): the same
/// seed gives the same sequence on every platform.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0); the bias is negligible for the small `n` used here.
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            ((self.next_u64() >> 32) * n) >> 32
        }
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: i64, high: i64) -> i64 {
        low + self.below((high - low + 1) as u64) as i64
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// The `source.document` of every event generated with `seed`.
pub fn synthetic_document(seed: u64) -> String {
    format!("synthetic:gen --seed {seed}")
}

/// Tag ids and their labels, all declared in the generated dataset's `tags` table.
const TAGS: [(&str, &str, &str); 8] = [
    ("khoa-hoc-cong-nghe", "Khoa học và công nghệ", "Science and technology"),
    ("thi-dua", "Thi đua, khen thưởng", "Emulation and commendation"),
    ("nong-thon-moi", "Nông thôn mới", "New rural areas"),
    ("chuyen-doi-so", "Chuyển đổi số", "Digital transformation"),
    ("lich-su", "Lịch sử", "History"),
    ("bien-gioi", "Biên giới", "Border"),
    ("cai-cach-hanh-chinh", "Cải cách hành chính", "Administrative reform"),
    ("giao-duc", "Giáo dục", "Education"),
];

const DISTRICTS: [&str; 10] = [
    "Bắc Sơn",
    "Bình Gia",
    "Cao Lộc",
    "Chi Lăng",
    "Đình Lập",
    "Hữu Lũng",
    "Lộc Bình",
    "Tràng Định",
    "Văn Lãng",
    "Văn Quan",
];

/// Departments: Vietnamese, English.
const UNITS: [(&str, &str); 8] = [
    ("Sở Khoa học và Công nghệ", "Department of Science and Technology"),
    ("Sở Tài chính", "Department of Finance"),
    ("Sở Giáo dục và Đào tạo", "Department of Education and Training"),
    ("Sở Y tế", "Department of Health"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "Department of Agriculture and Rural Development"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism"),
    ("Sở Thông tin và Truyền thông", "Department of Information and Communications"),
    ("Sở Nội vụ", "Department of Home Affairs"),
];

/// Fields of work: Vietnamese, English, tag.
const FIELDS: [(&str, &str, &str); 6] = [
    ("khoa học và công nghệ", "science and technology", "khoa-hoc-cong-nghe"),
    ("thi đua, khen thưởng", "emulation and commendation", "thi-dua"),
    ("cải cách hành chính", "administrative reform", "cai-cach-hanh-chinh"),
    ("chuyển đổi số", "digital transformation", "chuyen-doi-so"),
    ("xây dựng nông thôn mới", "new rural development", "nong-thon-moi"),
    ("giáo dục và đào tạo", "education and training", "giao-duc"),
];

/// Emulation movements: Vietnamese, English, tag.
const MOVEMENTS: [(&str, &str, &str); 5] = [
    ("Chung sức xây dựng nông thôn mới", "Joining hands to build new rural areas", "nong-thon-moi"),
    ("Cả nước chung tay vì người nghèo", "The whole country joins hands for the poor", "thi-dua"),
    (
        "Cán bộ, công chức thi đua thực hiện văn hóa công sở",
        "Civil servants practise office culture",
        "cai-cach-hanh-chinh",
    ),
    (
        "Đổi mới sáng tạo, ứng dụng khoa học và công nghệ",
        "Innovation and applying science and technology",
        "khoa-hoc-cong-nghe",
    ),
    ("Chuyển đổi số trong cơ quan nhà nước", "Digital transformation in state agencies", "chuyen-doi-so"),
];

/// Days observed every year: Vietnamese, English, month, day.
const OBSERVANCES: [(&str, &str, u32, u32); 8] = [
    ("Ngày thành lập Đảng Cộng sản Việt Nam", "Founding Day of the Communist Party of Vietnam", 2, 3),
    ("Ngày Thầy thuốc Việt Nam", "Vietnamese Doctors' Day", 2, 27),
    ("Ngày Sở hữu trí tuệ Việt Nam", "Vietnam Intellectual Property Day", 4, 26),
    ("Ngày Khoa học và Công nghệ Việt Nam", "Vietnam Science and Technology Day", 5, 18),
    ("Ngày Thương binh – Liệt sĩ", "War Invalids and Martyrs' Day", 7, 27),
    ("Ngày Quốc khánh", "National Day", 9, 2),
    ("Ngày Chuyển đổi số quốc gia", "National Digital Transformation Day", 10, 10),
    ("Ngày Nhà giáo Việt Nam", "Vietnamese Teachers' Day", 11, 20),
];

/// Subjects of documents: Vietnamese, English, tag.
const SUBJECTS: [(&str, &str, &str); 5] = [
    (
        "tăng cường ứng dụng khoa học và công nghệ",
        "strengthening the use of science and technology",
        "khoa-hoc-cong-nghe",
    ),
    ("đẩy mạnh phong trào thi đua yêu nước", "stepping up the patriotic emulation movement", "thi-dua"),
    ("nâng cao chất lượng cải cách hành chính", "improving administrative reform", "cai-cach-hanh-chinh"),
    ("phát triển kinh tế vùng biên giới", "developing the border economy", "bien-gioi"),
    ("thúc đẩy chuyển đổi số", "promoting digital transformation", "chuyen-doi-so"),
];

/// Issuers of documents: Vietnamese, English, number suffix, level.
const ISSUERS: [(&str, &str, &str, Level); 4] = [
    ("Thủ tướng Chính phủ", "The Prime Minister", "/CT-TTg", Level::National),
    ("Ban Bí thư", "The Party Secretariat", "-CT/TW", Level::National),
    ("Tỉnh ủy Lạng Sơn", "Lạng Sơn Provincial Party Committee", "-KH/TU", Level::Provincial),
    ("UBND tỉnh Lạng Sơn", "Lạng Sơn Provincial People's Committee", "/CT-UBND", Level::Provincial),
];

/// Generates `events` synthetic events from `seed`: a dataset that parses with no error and
/// no warning, its events in time order, ids unique slugs of the Vietnamese titles.
pub fn generate(events: usize, seed: u64) -> Dataset {
    let mut rng = SplitMix64::new(seed);
    let document = synthetic_document(seed);
    let mut list: Vec<Event> = (0..events).map(|i| one_event(&mut rng, i, &document)).collect();
    // Stable, as the parser sorts: events on the same date keep their generated order.
    list.sort_by_key(|e| e.date);
    let tags = TAGS.iter().map(|(id, vi, en)| (id.to_string(), both(*vi, *en))).collect::<BTreeMap<_, _>>();
    Dataset {
        version: SUPPORTED_VERSION,
        title: Some(both(
            format!("Dấu mốc tổng hợp ({events} sự kiện, seed {seed})"),
            format!("Synthetic milestones ({events} events, seed {seed})"),
        )),
        subtitle: Some(both(
            "Dữ liệu tổng hợp để thử nghiệm, không phải sự kiện có thật",
            "Synthetic data for testing, not real events",
        )),
        tags,
        events: list,
    }
}

fn both(vi: impl Into<String>, en: impl Into<String>) -> Localized {
    Localized { vi: vi.into(), en: Some(en.into()) }
}

/// What a template gives: titles, level, date, end, tags, place, reference.
struct Draft {
    title: Localized,
    level: Level,
    date: EventDate,
    end: Option<CalendarDate>,
    tags: Vec<&'static str>,
    place: Option<Localized>,
    reference: Option<Reference>,
    unit: (&'static str, &'static str),
}

fn one_event(rng: &mut SplitMix64, index: usize, document: &str) -> Event {
    let category = *rng.pick(&Category::ALL);
    let unit = *rng.pick(&UNITS);
    let district = *rng.pick(&DISTRICTS);
    let draft = match category {
        Category::History => history(rng, district, unit),
        Category::Congress => congress(rng, district, unit),
        Category::Campaign => campaign(rng, unit),
        Category::Meeting => meeting(rng, district, unit),
        Category::Document => document_event(rng, unit),
        Category::Target => target(rng, district, unit),
        Category::Observance => observance(rng, unit),
    };
    let delegates = rng.range(40, 400);
    let summary = both(
        format!(
            "{}. Sự kiện do {} chủ trì, có {delegates} đại biểu các sở, ban, ngành tham dự. \
             Đây là dữ liệu tổng hợp, chỉ dùng để thử nghiệm.",
            draft.title.vi, draft.unit.0
        ),
        format!(
            "{}. Chaired by the {}, with {delegates} delegates from departments and agencies. \
             This is synthetic data for testing only.",
            draft.title.en.as_deref().unwrap_or_default(),
            draft.unit.1
        ),
    );
    let mut tags: Vec<String> = Vec::new();
    for tag in draft.tags {
        if !tags.iter().any(|t| t == tag) {
            tags.push(tag.to_string());
        }
    }
    Event {
        id: format!("{}-{}", slug(&draft.title.vi), index + 1),
        title: draft.title,
        summary: Some(summary),
        date: draft.date,
        end: draft.end,
        category,
        anniversary: None,
        level: draft.level,
        place: draft.place,
        tags,
        reference: draft.reference,
        source: Some(Source {
            document: document.to_string(),
            title: Some("Dữ liệu tổng hợp".to_string()),
            published: None,
            url: None,
            quote: None,
        }),
        note: None,
        media: Vec::new(),
        links: Vec::new(),
        extra: Map::new(),
    }
}

fn draft(title: Localized, level: Level, date: EventDate, unit: (&'static str, &'static str)) -> Draft {
    Draft { title, level, date, end: None, tags: Vec::new(), place: None, reference: None, unit }
}

fn history(rng: &mut SplitMix64, district: &str, unit: (&'static str, &'static str)) -> Draft {
    let year = rng.range(FIRST_YEAR as i64, 1990) as i32;
    let (title, level) = match rng.below(4) {
        0 => (
            both(
                format!("Thành lập Chi bộ Đảng đầu tiên ở {district}"),
                format!("First Party cell founded in {district}"),
            ),
            Level::Provincial,
        ),
        1 => (
            both(format!("Giải phóng huyện {district}"), format!("Liberation of {district} district")),
            Level::Provincial,
        ),
        2 => {
            (both(format!("Thành lập {}", unit.0), format!("Founding of the {}", unit.1)), Level::Department)
        }
        _ => (
            both(
                format!("Ngày sinh đồng chí lãnh đạo tiền bối quê {district}"),
                format!("Birth of a veteran leader from {district}"),
            ),
            Level::National,
        ),
    };
    let mut d = draft(title, level, mixed_date(rng, year), unit);
    d.tags = vec!["lich-su"];
    if rng.chance(30) {
        d.tags.push("bien-gioi");
    }
    d.place = Some(both(district, district));
    d
}

fn congress(rng: &mut SplitMix64, district: &str, unit: (&'static str, &'static str)) -> Draft {
    let n = rng.range(1, 20) as u32;
    let year = rng.range(1945, (LAST_YEAR - 5) as i64) as i32;
    let (title, level) = match rng.below(3) {
        0 => (
            both(
                format!("Đại hội Thi đua yêu nước huyện {district} lần thứ {}", roman(n)),
                format!("{} Patriotic Emulation Congress of {district} district", ordinal(n)),
            ),
            Level::Provincial,
        ),
        1 => (
            both(
                format!("Đại hội Đảng bộ {} lần thứ {}, nhiệm kỳ {year}–{}", unit.0, roman(n), year + 5),
                format!("{} Party Congress of the {}, term {year}–{}", ordinal(n), unit.1, year + 5),
            ),
            Level::Department,
        ),
        _ => (
            both(
                format!("Đại hội Thi đua yêu nước toàn quốc lần thứ {}", roman(n)),
                format!("{} National Patriotic Emulation Congress", ordinal(n)),
            ),
            Level::National,
        ),
    };
    let term = title.vi.contains("nhiệm kỳ");
    let date = if term { year_date(year) } else { mixed_date(rng, year) };
    let mut d = draft(title, level, date, unit);
    if term {
        d.end = CalendarDate::year(year + 5).ok();
    }
    d.tags = vec!["thi-dua"];
    d
}

fn campaign(rng: &mut SplitMix64, unit: (&'static str, &'static str)) -> Draft {
    let (vi, en, tag) = *rng.pick(&MOVEMENTS);
    let year = rng.range(1950, (LAST_YEAR - 1) as i64) as i32;
    let last = (year + rng.range(1, 5) as i32).min(LAST_YEAR);
    let level = *rng.pick(&Level::ALL);
    let ranged = rng.chance(50);
    let (title, date, end) = if ranged {
        (
            both(
                format!("Phong trào thi đua “{vi}” giai đoạn {year}–{last}"),
                format!("Emulation movement “{en}”, {year}–{last}"),
            ),
            year_date(year),
            CalendarDate::year(last).ok(),
        )
    } else {
        (
            both(
                format!("Phát động phong trào thi đua “{vi}”"),
                format!("Launch of the emulation movement “{en}”"),
            ),
            mixed_date(rng, year),
            None,
        )
    };
    let mut d = draft(title, level, date, unit);
    d.end = end;
    d.tags = vec!["thi-dua", tag];
    d
}

fn meeting(rng: &mut SplitMix64, district: &str, unit: (&'static str, &'static str)) -> Draft {
    let (field_vi, field_en, tag) = *rng.pick(&FIELDS);
    let year = rng.range(1960, LAST_YEAR as i64) as i32;
    let (title, level) = match rng.below(3) {
        0 => (
            both(
                format!("Hội nghị tổng kết công tác {field_vi} năm {}", year - 1),
                format!("Conference reviewing {field_en} work in {}", year - 1),
            ),
            Level::Department,
        ),
        1 => (
            both(
                format!("Bí thư Tỉnh ủy làm việc với {}", unit.0),
                format!("Provincial Party Secretary works with the {}", unit.1),
            ),
            Level::Provincial,
        ),
        _ => (
            both(
                format!("Hội nghị triển khai nhiệm vụ {field_vi} năm {year} tại huyện {district}"),
                format!("Conference launching the {year} {field_en} tasks in {district} district"),
            ),
            Level::Provincial,
        ),
    };
    let date = mixed_date(rng, year);
    let mut d = draft(title, level, date, unit);
    // Some conferences last two days.
    if let EventDate::Calendar(start) = date {
        if let (Some(m), Some(day)) = (start.month_number(), start.day_number()) {
            if day < 28 && rng.chance(15) {
                d.end = CalendarDate::day(year, m, day + 1).ok();
            }
        }
    }
    d.tags = vec![tag];
    d.place = Some(both(format!("huyện {district}"), format!("{district} district")));
    d
}

fn document_event(rng: &mut SplitMix64, unit: (&'static str, &'static str)) -> Draft {
    let (subject_vi, subject_en, tag) = *rng.pick(&SUBJECTS);
    let (issuer_vi, issuer_en, suffix, level) = *rng.pick(&ISSUERS);
    let number = rng.range(1, 250);
    let year = rng.range(1960, LAST_YEAR as i64) as i32;
    let (kind_vi, kind_en) =
        if suffix.contains("KH") { ("Kế hoạch", "Plan") } else { ("Chỉ thị", "Directive") };
    let number = format!("{number:02}{suffix}");
    let title = both(
        format!("{kind_vi} số {number} của {issuer_vi} về {subject_vi}"),
        format!("{kind_en} No. {number} of {} on {subject_en}", issuer_en.replacen("The ", "the ", 1)),
    );
    let mut d = draft(title, level, mixed_date(rng, year), unit);
    d.reference = Some(Reference { number, issuer: Some(both(issuer_vi, issuer_en)) });
    d.tags = vec![tag];
    d
}

fn target(rng: &mut SplitMix64, district: &str, unit: (&'static str, &'static str)) -> Draft {
    let year = rng.range(1975, LAST_YEAR as i64) as i32;
    let k = rng.range(3, 180);
    let (title, level, tag) = match rng.below(3) {
        0 => (
            both(
                format!("Năm {year}: {k} nhiệm vụ khoa học và công nghệ cấp tỉnh"),
                format!("{year}: {k} provincial science and technology tasks"),
            ),
            Level::Department,
            "khoa-hoc-cong-nghe",
        ),
        1 => (
            both(
                format!("Huyện {district} có {} xã đạt chuẩn nông thôn mới", k % 25 + 1),
                format!("{} communes of {district} district meet the new rural standards", k % 25 + 1),
            ),
            Level::Provincial,
            "nong-thon-moi",
        ),
        _ => (
            both(
                format!("{}% thủ tục hành chính được giải quyết trực tuyến năm {year}", k % 60 + 40),
                format!("{}% of administrative procedures handled online in {year}", k % 60 + 40),
            ),
            Level::National,
            "cai-cach-hanh-chinh",
        ),
    };
    let date = if rng.chance(50) { year_date(year) } else { mixed_date(rng, year) };
    let mut d = draft(title, level, date, unit);
    d.tags = vec![tag];
    d
}

fn observance(rng: &mut SplitMix64, unit: (&'static str, &'static str)) -> Draft {
    if rng.chance(55) {
        let (vi, en, month, day) = *rng.pick(&OBSERVANCES);
        let date = EventDate::Recurring { month, day };
        let mut d = draft(both(vi, en), Level::National, date, unit);
        d.tags = vec!["lich-su"];
        return d;
    }
    let years = *rng.pick(&[10, 15, 20, 25, 30, 40, 50, 60, 70, 75]);
    let year = rng.range(1960, LAST_YEAR as i64) as i32;
    let title = both(
        format!("Kỷ niệm {years} năm ngày thành lập {}", unit.0),
        format!("{years}th anniversary of the founding of the {}", unit.1),
    );
    let month = rng.range(1, 12) as u32;
    let day = rng.range(1, 28) as u32;
    let date =
        CalendarDate::day(year, month, day).map(EventDate::Calendar).unwrap_or_else(|_| year_date(year));
    let mut d = draft(title, Level::Department, date, unit);
    d.tags = vec!["lich-su"];
    d
}

/// A year-only date.
fn year_date(year: i32) -> EventDate {
    EventDate::Calendar(CalendarDate::year(year).expect("generated years are in range"))
}

/// A date in `year`: mostly a day, some a month, some the year alone.
fn mixed_date(rng: &mut SplitMix64, year: i32) -> EventDate {
    let roll = rng.below(100);
    let month = rng.range(1, 12) as u32;
    let day = rng.range(1, 31) as u32;
    let date = if roll < 75 {
        CalendarDate::day(year, month, day).or_else(|_| CalendarDate::day(year, month, 28))
    } else if roll < 90 {
        CalendarDate::month(year, month)
    } else {
        CalendarDate::year(year)
    };
    EventDate::Calendar(date.expect("generated dates are valid"))
}

/// Roman numerals, as congresses are numbered in Vietnamese ("lần thứ XVII").
fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 9] =
        [(40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"), (0, ""), (0, ""), (0, "")];
    let mut out = String::new();
    for (value, text) in TABLE {
        while value > 0 && n >= value {
            out.push_str(text);
            n -= value;
        }
    }
    out
}

/// English ordinals: 1st, 2nd, 3rd, 4th, 11th, 21st.
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        let romans: Vec<String> = [1, 4, 5, 9, 14, 17, 19, 20].into_iter().map(roman).collect();
        assert_eq!(romans, ["I", "IV", "V", "IX", "XIV", "XVII", "XIX", "XX"]);
        let ordinals: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22].into_iter().map(ordinal).collect();
        assert_eq!(ordinals, ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd"]);
    }

    #[test]
    fn splitmix_known_values() {
        // The reference sequence of SplitMix64 from seed 0.
        let mut rng = SplitMix64::new(0);
        assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
        for _ in 0..1000 {
            assert!(rng.below(7) < 7);
            assert!((3..=5).contains(&rng.range(3, 5)));
        }
    }
}
