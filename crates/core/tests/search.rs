//! Vietnamese-aware search: folding, the index over the bundled dataset, AND of words, and
//! highlighting that maps matches back onto the original (NFC or NFD) text.

use daumoc_core::*;

const BUNDLED: &str = include_str!("../../../public/data/events.json");

fn bundled() -> Dataset {
    parse_dataset(BUNDLED).unwrap().dataset
}

/// Ids of the bundled events matching `query`.
fn find(dataset: &Dataset, index: &SearchIndex, query: &str) -> Vec<String> {
    let q = Query::parse(query);
    (0..dataset.events.len())
        .filter(|&i| index.matches(i, &q))
        .map(|i| dataset.events[i].id.clone())
        .collect()
}

/// The highlighted pieces of `text`, as (text, matched) pairs.
fn marks(text: &str, query: &str) -> Vec<(String, bool)> {
    highlight(text, &Query::parse(query)).into_iter().map(|s| (s.text.to_string(), s.matched)).collect()
}

fn pieces(list: &[(&str, bool)]) -> Vec<(String, bool)> {
    list.iter().map(|(t, m)| (t.to_string(), *m)).collect()
}

#[test]
fn nfc_nfd_and_upper_case_fold_alike() {
    assert_eq!(normalize("BẮC SƠN"), "bac son");
    assert_eq!(normalize("bac son"), "bac son");
    assert_eq!(normalize("Ba\u{301}c So\u{31b}n"), "bac son");
    assert_eq!(normalize("B\u{1ea0}\u{300}"), "ba"); // a precomposed letter followed by a stray mark
    assert_eq!(normalize("Khởi nghĩa Bắc Sơn"), "khoi nghia bac son");
    assert_eq!(normalize("Kho\u{31b}\u{309}i nghi\u{303}a"), "khoi nghia");
    assert_eq!(normalize("Nguyễn Thị Hà"), "nguyen thi ha");
    assert_eq!(normalize("ỨNG DỤNG KHOA HỌC"), "ung dung khoa hoc");
}

#[test]
fn d_with_stroke_becomes_d() {
    assert_eq!(normalize("Đại hội Đảng"), "dai hoi dang");
    assert_eq!(normalize("đồng chí"), "dong chi");
    assert_eq!(normalize("ĐẢNG"), "dang");
}

#[test]
fn whitespace_and_punctuation_collapse_to_one_space() {
    assert_eq!(normalize("  26/CT-TTg  "), "26 ct ttg");
    assert_eq!(normalize("“Lạng Sơn – cùng cả nước”,\n\tchung sức!"), "lang son cung ca nuoc chung suc");
    assert_eq!(normalize("KH&CN"), "kh cn");
    assert_eq!(normalize("..."), "");
    assert_eq!(normalize(""), "");
}

#[test]
fn query_words_are_folded_and_deduplicated() {
    let q = Query::parse("  Bắc  SƠN bac ");
    assert_eq!(q.text(), "Bắc  SƠN bac");
    assert_eq!(q.words(), ["bac", "son"]);
    assert!(!q.is_empty());
    assert!(Query::parse("").is_empty());
    assert!(Query::parse(" \t ").is_empty());
    assert!(Query::parse("!?").is_empty());
    assert_eq!(Query::parse("!?").text(), "!?");
}

#[test]
fn empty_query_matches_everything() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    assert_eq!(index.len(), data.events.len());
    assert_eq!(find(&data, &index, "").len(), data.events.len());
    assert_eq!(find(&data, &index, "  ,. ").len(), data.events.len());
}

#[test]
fn dai_hoi_finds_every_event_titled_dai_hoi() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    let titled: Vec<&str> =
        data.events.iter().filter(|e| e.title.vi.contains("Đại hội")).map(|e| e.id.as_str()).collect();
    assert_eq!(titled.len(), 6, "{titled:?}");
    for spelling in ["dai hoi", "Đại hội", "ĐẠI HỘI", "Đa\u{323}i ho\u{302}\u{323}i", "DAI HOI"] {
        let found = find(&data, &index, spelling);
        for id in &titled {
            assert!(found.iter().any(|f| f == id), "{spelling:?} misses {id}");
        }
    }
}

#[test]
fn all_words_must_match() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    assert_eq!(find(&data, &index, "khởi nghĩa bắc sơn"), ["khoi-nghia-bac-son"]);
    assert_eq!(find(&data, &index, "nghia bac"), ["khoi-nghia-bac-son"]);
    // Both words exist in the dataset, never in the same event.
    assert!(find(&data, &index, "bac son buc xa").is_empty());
    let party = find(&data, &index, "dang");
    let party_science = find(&data, &index, "dang khoa hoc");
    assert!(!party_science.is_empty() && party_science.len() < party.len());
    assert!(party_science.iter().all(|id| party.contains(id)));
    let science = find(&data, &index, "khoa hoc");
    assert!(party_science.iter().all(|id| science.contains(id)));
}

#[test]
fn words_match_inside_words() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    assert!(find(&data, &index, "khoi ngh").contains(&"khoi-nghia-bac-son".to_string()));
    assert!(find(&data, &index, "upris").contains(&"khoi-nghia-bac-son".to_string()));
}

#[test]
fn reference_numbers_are_found_however_typed() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    for typed in ["26/CT-TTg", "26/ct-ttg", "26 ct ttg", "26/CT", "26CT-TTg", "26ctttg", "ct-ttg 26"] {
        assert!(find(&data, &index, typed).contains(&"chi-thi-26-ct-ttg".to_string()), "{typed}");
    }
    assert_eq!(find(&data, &index, "162-KH/TU"), ["ke-hoach-162-kh-tu"]);
    assert!(find(&data, &index, "442/PĐ-UBND").contains(&"phat-dong-442-pd-ubnd".to_string()));
    assert!(find(&data, &index, "442 pd").contains(&"phat-dong-442-pd-ubnd".to_string()));
}

#[test]
fn english_text_tags_places_and_sources_are_searched() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    assert_eq!(find(&data, &index, "bắc sơn uprising"), ["khoi-nghia-bac-son"]);
    // Tag label (vi and en) and tag id.
    let revolution = find(&data, &index, "Revolutionary history");
    let cach_mang: Vec<String> = data
        .events
        .iter()
        .filter(|e| e.tags.iter().any(|t| t == "cach-mang"))
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(
        cach_mang,
        [
            "thanh-lap-dang-cong-san-viet-nam",
            "khoi-nghia-bac-son",
            "cach-mang-thang-tam",
            "quoc-khanh-2-9-1945",
            "chien-thang-bien-gioi-1950",
            "giai-phong-lang-son",
            "giai-phong-mien-nam-thong-nhat-dat-nuoc"
        ]
    );
    assert_eq!(revolution, cach_mang);
    let ky_niem = find(&data, &index, "ky-niem-2020");
    assert_eq!(ky_niem.len(), 9);
    assert!(ky_niem.contains(&"giai-phong-lang-son".to_string()));
    // Source document file name: every event citing article 002, and only those.
    let doc = find(&data, &index, "002_43324420ce97e9da");
    let citing = data
        .events
        .iter()
        .filter(|e| e.source.as_ref().is_some_and(|s| s.document == "002_43324420ce97e9da.txt"))
        .count();
    assert_eq!(doc.len(), citing);
    assert!(citing > 0);
    assert!(doc.iter().all(|id| data
        .event(id)
        .unwrap()
        .source
        .as_ref()
        .unwrap()
        .document
        .starts_with("002_")));
    assert_eq!(index.haystack(usize::MAX), None);
    // The article headline is not searched: Lương Văn Tri's article is about a congress, he is not.
    assert!(!find(&data, &index, "dai hoi").contains(&"ngay-sinh-dong-chi-luong-van-tri".to_string()));
}

#[test]
fn highlights_the_original_letters_in_nfc_text() {
    assert_eq!(
        marks("Khởi nghĩa Bắc Sơn", "bac"),
        pieces(&[("Khởi nghĩa ", false), ("Bắc", true), (" Sơn", false)])
    );
    assert_eq!(
        marks("Khởi nghĩa Bắc Sơn", "BẮC sơn"),
        pieces(&[("Khởi nghĩa ", false), ("Bắc", true), (" ", false), ("Sơn", true)])
    );
    assert_eq!(marks("ĐẠI HỘI Đảng", "dai"), pieces(&[("ĐẠI", true), (" HỘI Đảng", false)]));
    assert_eq!(
        marks("Đại hội", "ai ho"),
        pieces(&[("Đ", false), ("ại", true), (" ", false), ("hộ", true), ("i", false)])
    );
}

#[test]
fn highlights_nfd_text_with_its_combining_marks() {
    let nfd = "Khởi nghĩa Ba\u{301}c So\u{31b}n";
    assert_eq!(
        marks(nfd, "bac son"),
        pieces(&[("Khởi nghĩa ", false), ("Ba\u{301}c", true), (" ", false), ("So\u{31b}n", true)])
    );
    // A match ending on a letter takes that letter's marks along.
    assert_eq!(marks("Ba\u{301}c", "ba"), pieces(&[("Ba\u{301}", true), ("c", false)]));
    assert_eq!(marks("So\u{31b}\u{300}n", "so"), pieces(&[("So\u{31b}\u{300}", true), ("n", false)]));
    let ranges = match_ranges(nfd, &Query::parse("son"));
    assert_eq!(ranges.len(), 1);
    assert_eq!(&nfd[ranges[0].clone()], "So\u{31b}n");
}

#[test]
fn overlapping_and_repeated_matches_merge() {
    assert_eq!(marks("bắc bắc", "ba bac"), pieces(&[("bắc", true), (" ", false), ("bắc", true)]));
    assert_eq!(
        marks("26/CT-TTg", "ct tt"),
        pieces(&[("26/", false), ("CT", true), ("-", false), ("TT", true), ("g", false)])
    );
    let ranges = match_ranges("aaaa", &Query::parse("aa a"));
    assert_eq!(ranges, vec![0..4]);
}

#[test]
fn segments_always_rebuild_the_text() {
    let texts = ["Khởi nghĩa Bắc Sơn", "Ba\u{301}c So\u{31b}n", "", "  —  ", "Ngày 18/5 hằng năm"];
    for text in texts {
        for query in ["", "bac", "n", "18 5", "zzz", "a"] {
            let segments = highlight(text, &Query::parse(query));
            let joined: String = segments.iter().map(|s| s.text).collect();
            assert_eq!(joined, text, "{text:?} / {query:?}");
            assert!(segments.iter().all(|s| !s.text.is_empty()));
        }
    }
    assert_eq!(marks("Bắc Sơn", ""), pieces(&[("Bắc Sơn", false)]));
    assert!(marks("", "bac").is_empty());
}

#[test]
fn highlights_match_what_the_index_finds() {
    let data = bundled();
    let index = SearchIndex::new(&data);
    let q = Query::parse("đại hội");
    for (i, event) in data.events.iter().enumerate() {
        if event.title.vi.contains("Đại hội") {
            assert!(index.matches(i, &q));
            let matched: Vec<String> = highlight(&event.title.vi, &q)
                .iter()
                .filter(|s| s.matched)
                .map(|s| normalize(s.text))
                .collect();
            assert!(
                matched.contains(&"dai".to_string()) && matched.contains(&"hoi".to_string()),
                "{matched:?}"
            );
        }
    }
}

#[test]
fn the_index_folded_in_steps_is_the_index_folded_at_once() {
    let loaded = parse_dataset(BUNDLED).unwrap();
    let whole = SearchIndex::new(&loaded.dataset);
    let total = loaded.dataset.events.len();
    let catalog = Catalog::new(loaded);
    let mut index = catalog.search_index_to_fold().expect("no index built yet");
    let mut steps = 1;
    while !catalog.fold_search_index(&mut index, 10) {
        steps += 1;
        assert!(steps <= total, "each step folds ten events, so {total} events take at most {total} steps");
    }
    assert_eq!(steps, total.div_ceil(10), "ten events a step, the last step completing the index");
    assert_eq!(catalog.search_index(), &whole);
    assert_eq!(catalog.search_index_to_fold(), None, "nothing left to fold");
}

#[test]
fn an_index_folded_in_part_is_never_kept_and_a_search_meanwhile_builds_the_whole() {
    let loaded = parse_dataset(BUNDLED).unwrap();
    let whole = SearchIndex::new(&loaded.dataset);
    let catalog = Catalog::new(loaded);
    let mut index = catalog.search_index_to_fold().unwrap();
    assert!(!catalog.fold_search_index(&mut index, 5), "five of the bundled events are not all of them");
    assert!(
        catalog.search_index_to_fold().is_some(),
        "a part of the text is not kept: it would lose the rest of the events"
    );
    let query = Query::parse("bac son");
    assert_eq!(catalog.index_for(&query), &whole, "a keystroke before the last step gets the whole index");
    assert!(!find(&catalog.loaded.dataset, &whole, "bac son").is_empty());
    let folded_before = index.clone();
    assert!(catalog.fold_search_index(&mut index, 10), "the search completed the index: no step is left");
    assert_eq!(index, folded_before, "and the step folded nothing for nothing");
    assert_eq!(catalog.search_index(), &whole);
}
