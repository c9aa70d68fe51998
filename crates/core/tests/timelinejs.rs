//! TimelineJS import on real timelines written outside this project (Knight Lab's samples, read
//! in place from `../shared/testdata/timelinejs/`), and the TimelineJS export's way back.

mod common;

use common::timelinejs_sample as sample;

use daumoc_core::{
    check_media_url, dataset_to_timelinejs, import_timelinejs, import_timelinejs_csv, parse_dataset,
    timelinejs_left_out, Category, Dropped, ImportError, ImportOptions, Imported, Lang, Level, Link,
    Localized, MediaKind, NoteKind, Origin,
};

fn import(name: &str) -> Imported {
    let text = sample(name);
    let result = if name.ends_with(".csv") {
        import_timelinejs_csv(&text, &ImportOptions::default())
    } else {
        import_timelinejs(&text, &ImportOptions::default())
    };
    result.unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn dates(imported: &Imported) -> Vec<String> {
    imported
        .dataset
        .events
        .iter()
        .map(|e| match e.end {
            Some(end) => format!("{}/{end}", e.date),
            None => e.date.to_string(),
        })
        .collect()
}

fn has_note(imported: &Imported, wanted: impl Fn(&NoteKind) -> bool) -> bool {
    imported.notes.iter().any(|n| wanted(&n.kind))
}

#[test]
fn every_timeline3_sample_imports_with_its_event_count() {
    // (file, events in the file, imported, left out)
    let expected = [
        ("all-media-types.json", 41, 41, 0),
        ("cosmo.json", 7, 0, 7),
        ("cosmo-mixed.json", 11, 5, 6),
        ("eras.json", 20, 20, 0),
        ("houston-timeline3.json", 18, 18, 0),
        ("republican-timeline3.json", 13, 13, 0),
        ("twain-marktwain.json", 17, 17, 0),
        ("user-interface-timeline3.json", 22, 22, 0),
        ("women_in_computing.json", 10, 10, 0),
        ("women_in_computing.csv", 10, 10, 0),
        ("my-own-timeline.csv", 10, 10, 0),
    ];
    for (name, total, imported_count, skipped) in expected {
        let imported = import(name);
        assert_eq!(imported.dataset.events.len(), imported_count, "{name}");
        assert_eq!(imported.skipped(), skipped, "{name}");
        assert_eq!(imported_count + skipped, total, "{name}");
        // Whatever came over is a valid dataset: the app would show every event.
        let again = parse_dataset(daumoc_core::dataset_to_json(&imported.dataset)).unwrap();
        assert!(again.is_valid(), "{name}: {:?}", again.problems);
        assert_eq!(again.dataset, imported.dataset, "{name}");
        for event in &imported.dataset.events {
            assert!(
                !event.title.vi.contains('<') && !event.title.vi.contains('\n'),
                "{name}: {:?}",
                event.title
            );
            let summary = event.summary.as_ref().map_or("", |s| s.vi.as_str());
            assert!(!summary.contains("<p") && !summary.contains("href="), "{name}: {summary}");
            assert_eq!((event.category, event.level), (Category::History, Level::Provincial), "{name}");
        }
        assert!(has_note(&imported, |k| *k == NoteKind::TextAsVietnamese), "{name}");
    }
}

#[test]
fn the_old_timelinejs2_format_is_refused_clearly() {
    let error = import_timelinejs(&sample("example.json"), &ImportOptions::default()).unwrap_err();
    assert_eq!(error, ImportError::TimelineJs2);
    let message = error.message(Lang::En);
    assert!(message.contains("TimelineJS 2") && message.contains("--from timelinejs-csv"), "{message}");
    assert!(error.message(Lang::Vi).contains("TimelineJS 2"));
}

#[test]
fn years_in_the_billions_are_refused_one_by_one() {
    let imported = import("cosmo-mixed.json");
    assert_eq!(dates(&imported), ["1021", "1609-11", "1826", "1969-07-20", "1990-04-25"]);
    let refused: Vec<(Origin, &NoteKind)> = imported.skipped_notes().map(|n| (n.origin, &n.kind)).collect();
    assert_eq!(refused.len(), 6);
    assert_eq!(refused[0], (Origin::Slide(0), &NoteKind::YearOutOfRange("-13800000000".into())));
    assert_eq!(refused[5], (Origin::Slide(5), &NoteKind::YearOutOfRange("-300".into())));
    let note = imported.notes.iter().find(|n| n.origin == Origin::Slide(0)).unwrap();
    assert_eq!(
        note.describe(Lang::En),
        "events[0] (The Big Bang): skipped: year -13800000000 cannot be recorded: Dấu mốc dates run from \
         year 1 to 9999 (no years BC, no geological ages)"
    );
    // HTML in a headline is text in the title.
    assert!(imported.dataset.events.iter().any(|e| e.title.vi == "Ibn al-Haytham's Book of Optics"));
}

#[test]
fn eras_are_named_and_left_out() {
    let imported = import("eras.json");
    let eras: Vec<(&str, &str)> = imported
        .notes
        .iter()
        .filter_map(|n| match &n.kind {
            NoteKind::Era { name, span } => Some((name.as_str(), span.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        eras,
        [("Era Test 650-700", "650–700"), ("Era Test 600-650", "600–650"), ("Era Test 700-720", "700–720")]
    );
    let first = &imported.dataset.events[0];
    assert_eq!((first.date.to_string(), first.end.unwrap().to_string()), ("0602".into(), "0629".into()));
    assert_eq!(first.title.vi, "Last great Roman-Persian War.");
    let muhammad =
        imported.dataset.events.iter().find(|e| e.title.vi.starts_with("Muhammad Migrates")).unwrap();
    assert_eq!(
        (muhammad.date.to_string(), muhammad.end.unwrap().to_string()),
        ("0622-08-09".into(), "0622-08-23".into())
    );
    // Two events on the same day with different headlines keep different ids.
    let ids: std::collections::HashSet<&str> =
        imported.dataset.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 20);
    assert_eq!(imported.dataset.title.as_ref().unwrap().vi, "Eras Test");
}

#[test]
fn the_title_slide_html_text_and_ranges() {
    let imported = import("women_in_computing.json");
    let data = &imported.dataset;
    assert_eq!(data.title.as_ref().unwrap().vi, "Women in Computing");
    assert!(data
        .subtitle
        .as_ref()
        .unwrap()
        .vi
        .starts_with("In this sample timeline, we'll walk you through"));
    assert_eq!(
        dates(&imported),
        [
            "1815-12-10/1852-11-27",
            "1943-06-05",
            "1943-07/1946",
            "1948-03-14",
            "1951",
            "1952",
            "1956/1962",
            "1958",
            "1972",
            "1985"
        ]
    );
    let ada = data.event("ada-lovelace").unwrap();
    let summary = &ada.summary.as_ref().unwrap().vi;
    // <a> and <span> stripped (the words stay), the paragraph break kept, &quot; decoded.
    assert!(summary
        .starts_with("Women have been programming since before it was a thing. Take Ada Lovelace: Daughter"));
    assert!(
        summary.ends_with("algorithm.\n\nThis slide demonstrates a simple \"image\" media type."),
        "{summary}"
    );
    let media = imported.notes.iter().find(|n| matches!(n.kind, NoteKind::MediaCarried { .. })).unwrap();
    assert_eq!(
        media.describe(Lang::En),
        "media: 2 pictures carried over as the events' pictures; kept as links: Google Maps 1, SoundCloud 1, \
         Vimeo 1, Wikipedia 1, YouTube 3; not carried over: embedded HTML (iframe, blockquote) 1"
    );
    assert!(has_note(&imported, |k| *k == NoteKind::NotCarried { what: Dropped::TitleMedia, count: 1 }));
    assert!(has_note(&imported, |k| matches!(k, NoteKind::NotCarried { what: Dropped::Links, .. })));
    // The sheet gives the same events as the JSON.
    let sheet = import("women_in_computing.csv");
    assert_eq!(sheet.dataset.events, imported.dataset.events);
    assert_eq!(sheet.dataset.title, imported.dataset.title);
    assert_eq!(import("my-own-timeline.csv").dataset.title.unwrap().vi, "MY OWN CSV");
}

#[test]
fn groups_become_tags_and_unique_ids_are_kept() {
    let imported = import("all-media-types.json");
    let data = &imported.dataset;
    let tags: Vec<(&str, &str)> = data.tags.iter().map(|(id, l)| (id.as_str(), l.vi.as_str())).collect();
    assert_eq!(
        tags,
        [
            ("audio", "Audio"),
            ("html", "HTML"),
            ("image", "Image"),
            ("social-media", "Social Media"),
            ("video", "Video")
        ]
    );
    assert_eq!(data.event("wistia").unwrap().tags, ["video"]);
    assert_eq!(data.event("youtube-videos").unwrap().tags, ["video"]);
    assert!(data.event("twitter").unwrap().tags.is_empty());
    // Headlines repeated in the file get numbered ids.
    assert!(data.event("bluesky").is_some() && data.event("bluesky-2").is_some());
    assert!(data.event("png-image-on-google-drive-2").is_some());
}

#[test]
fn times_locations_and_picture_only_slides() {
    let imported = import("twain-marktwain.json");
    let from_media: Vec<(Origin, &str)> = imported
        .notes
        .iter()
        .filter(|n| n.kind == NoteKind::TitleFromMedia)
        .map(|n| (n.origin, n.label.as_deref().unwrap_or_default()))
        .collect();
    assert_eq!(
        from_media,
        [
            (Origin::Slide(3), "a Youtube video"),
            (Origin::Slide(4), "a tweet"),
            (Origin::Slide(5), "another youtube video")
        ]
    );
    assert!(!has_note(&imported, |k| *k == NoteKind::EmptySlide));
    let titled = imported.notes.iter().find(|n| n.kind == NoteKind::TitleFromText).unwrap();
    assert_eq!(titled.origin, Origin::Slide(0));
    let overview = imported.dataset.events.iter().find(|e| e.date.to_string() == "1908-05-13").unwrap();
    assert!(overview.title.vi.starts_with("Samuel Langhorne Clemens (November 30, 1835 – April 21, 1910)"));
    assert!(overview.title.vi.ends_with('…') && overview.title.vi.chars().count() <= 81);
    assert!(has_note(&imported, |k| *k == NoteKind::NotCarried { what: Dropped::Time, count: 15 }));
    assert!(has_note(&imported, |k| *k == NoteKind::NotCarried { what: Dropped::Location, count: 12 }));
}

#[test]
fn options_and_groups_that_name_categories() {
    let json = r#"{"title":{"text":{"headline":"Lạng Sơn &amp; Bắc Sơn"}},"events":[
        {"start_date":{"year":1940,"month":9,"day":27},"text":{"headline":"Khởi nghĩa <b>Bắc Sơn</b>","text":"<p>A</p><script>alert(1)</script>"},"group":"Lịch sử"},
        {"start_date":{"year":"2020"},"text":{"headline":"Hội nghị"},"group":"meeting","unique_id":"Not A Slug"},
        {"start_date":{"year":"2020","month":"13"},"text":{"headline":"Sai tháng"}},
        {"start_date":{"year":"2015"},"end_date":{"year":"2010"},"text":{"headline":"Ngược"}}]}"#;
    let options =
        ImportOptions { category: Category::Campaign, level: Level::Department, ..ImportOptions::default() };
    let imported = import_timelinejs(json, &options).unwrap();
    let data = &imported.dataset;
    assert_eq!(data.title.as_ref().unwrap().vi, "Lạng Sơn & Bắc Sơn");
    let uprising = data.event("khoi-nghia-bac-son").unwrap();
    assert_eq!((uprising.category, uprising.level), (Category::History, Level::Department));
    assert_eq!(uprising.summary.as_ref().unwrap().vi, "A");
    assert!(uprising.tags.is_empty());
    assert_eq!(data.event("not-a-slug").unwrap().category, Category::Meeting);
    assert_eq!(data.events.len(), 2);
    let skipped: Vec<String> = imported.skipped_notes().map(|n| n.describe(Lang::En)).collect();
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    assert!(
        skipped[0].starts_with("events[2] (Sai tháng): skipped: start_date: date \"2020-13\" is not valid"),
        "{skipped:?}"
    );
    assert!(
        skipped[1].starts_with("events[3] (Ngược): skipped: end_date: end \"2010\" is before"),
        "{skipped:?}"
    );
}

#[test]
fn not_timelines() {
    let options = ImportOptions::default();
    assert_eq!(import_timelinejs("[1, 2]", &options).unwrap_err(), ImportError::NotTimelineJs);
    assert_eq!(import_timelinejs("{\"slides\": []}", &options).unwrap_err(), ImportError::NotTimelineJs);
    let ours = include_str!("../../../public/data/events.json");
    assert_eq!(import_timelinejs(ours, &options).unwrap_err(), ImportError::AlreadyDataset);
    assert!(matches!(import_timelinejs("{\"events\": [", &options), Err(ImportError::Json { line: 1, .. })));
    let sheet = import_timelinejs_csv(&sample("parser_test.csv"), &options).unwrap_err();
    assert_eq!(
        sheet,
        ImportError::MissingColumns {
            columns: vec!["Year".into(), "Headline".into()],
            layout: daumoc_core::Layout::TimelineJsSheet
        }
    );
}

#[test]
fn sheet_eras_title_and_row_numbers() {
    let csv = "Year,Month,Day,Time,End Year,Headline,Text,Media,Type,Group\r\n\
               ,,,,,Tiêu đề,<p>Giới thiệu</p>,http://x/y.jpg,title,\r\n\
               1930,,,,1945,Thời kỳ,,,era,\r\n\
               1940,9,27,10:00,,Khởi nghĩa Bắc Sơn,\"Dòng 1,\ndòng 2\",,,\r\n\
               ,,,,,,,,,\r\n\
               abc,,,,,Năm sai,,,,\r\n";
    let imported = import_timelinejs_csv(csv, &ImportOptions::default()).unwrap();
    assert_eq!(imported.dataset.title.as_ref().unwrap().vi, "Tiêu đề");
    assert_eq!(imported.dataset.subtitle.as_ref().unwrap().vi, "Giới thiệu");
    assert_eq!(dates(&imported), ["1940-09-27"]);
    assert_eq!(imported.dataset.events[0].summary.as_ref().unwrap().vi, "Dòng 1, dòng 2");
    let described: Vec<String> = imported.notes.iter().map(|n| n.describe(Lang::Vi)).collect();
    assert!(described.contains(&"dòng 3: giai đoạn (era) \"Thời kỳ\" (1930–1945) không được chuyển: bộ dữ liệu không có giai đoạn riêng".to_string()), "{described:?}");
    assert!(
        described.contains(&"dòng 6 (Năm sai): bỏ qua: Year \"abc\" không phải số nguyên".to_string()),
        "{described:?}"
    );
    assert!(has_note(&imported, |k| *k == NoteKind::NotCarried { what: Dropped::Time, count: 1 }));
    assert!(has_note(&imported, |k| *k == NoteKind::NotCarried { what: Dropped::TitleMedia, count: 1 }));
}

#[test]
fn export_then_import_keeps_id_title_summary_dates_and_category() {
    let original = parse_dataset(include_str!("../../../public/data/events.json")).unwrap().dataset;
    let json = dataset_to_timelinejs(&original, Lang::Vi);
    let back = import_timelinejs(&json, &ImportOptions::default()).unwrap();
    assert_eq!(back.skipped(), 0);
    let left_out: Vec<&str> = timelinejs_left_out(&original).iter().map(|e| e.id.as_str()).collect();
    assert_eq!(left_out, ["ngay-khoa-hoc-va-cong-nghe-viet-nam"]);
    assert_eq!(back.dataset.events.len(), original.events.len() - 1);
    assert_eq!(back.dataset.title.as_ref().unwrap().vi, original.title.as_ref().unwrap().vi);
    assert_eq!(back.dataset.subtitle.as_ref().unwrap().vi, original.subtitle.as_ref().unwrap().vi);
    for event in original.events.iter().filter(|e| !e.date.is_recurring()) {
        let came_back = back.dataset.event(&event.id).unwrap_or_else(|| panic!("{} is missing", event.id));
        assert_eq!(came_back.title.vi, event.title.vi);
        assert_eq!(came_back.summary.as_ref().map(|s| &s.vi), event.summary.as_ref().map(|s| &s.vi));
        assert_eq!((came_back.date, came_back.end), (event.date, event.end), "{}", event.id);
        assert_eq!(came_back.category, event.category, "{}", event.id);
        // What TimelineJS has no field for does not survive (docs/dataset.md says so).
        assert!(came_back.title.en.is_none() && came_back.source.is_none() && came_back.tags.is_empty());
    }
    // Same order too: both sort by date, keeping the file order on ties.
    let ids = |d: &daumoc_core::Dataset| {
        d.events.iter().filter(|e| !e.date.is_recurring()).map(|e| e.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&back.dataset), ids(&original));
    // Headlines and text are HTML in TimelineJS: the export escapes the data's markup, and
    // the import gives the same text back.
    let mut marked = original.clone();
    marked.events[0].title.vi = "A <b>B</b> & \"C\"".into();
    marked.events[0].summary.as_mut().unwrap().vi = "<script>x</script>\n\nline".into();
    let json = dataset_to_timelinejs(&marked, Lang::Vi);
    assert!(json.contains("A &lt;b&gt;B&lt;/b&gt; &amp; &quot;C&quot;"), "{}", &json[..800]);
    assert!(json.contains("<p>&lt;script&gt;x&lt;/script&gt;</p><p>line</p>"));
    let back = import_timelinejs(&json, &ImportOptions::default()).unwrap();
    let first = back.dataset.event(&marked.events[0].id).unwrap();
    assert_eq!(first.title.vi, "A <b>B</b> & \"C\"");
    assert_eq!(first.summary.as_ref().unwrap().vi, "<script>x</script>\n\nline");
}

#[test]
fn twain_keeps_every_slide_and_its_pictures() {
    let imported = import("twain-marktwain.json");
    let data = &imported.dataset;
    assert_eq!((data.events.len(), imported.skipped()), (17, 0));
    let pictures = data.events.iter().filter(|e| !e.media.is_empty()).count();
    let links = data.events.iter().filter(|e| !e.links.is_empty()).count();
    assert_eq!((pictures, links), (8, 8));
    let hawaii = data.event("hawaii").unwrap();
    let picture = &hawaii.media[0];
    assert_eq!(picture.url, "https://photos.wikimapia.org/p/00/00/56/17/28_big.jpg");
    assert_eq!(picture.caption.as_ref().unwrap().vi, "Wreck of USS Hornet.");
    assert_eq!(picture.alt.vi, "Wreck of USS Hornet.");
    assert!(data.events.iter().flat_map(|e| &e.media).all(|m| check_media_url(&m.url).is_ok()));
    let video = data.event("a-youtube-video").unwrap();
    assert_eq!(video.title.vi, "a Youtube video");
    assert_eq!(
        video.links,
        [Link {
            url: "http://www.youtube.com/watch?v=C-nTpGMMVjY".into(),
            label: Localized::vi("a Youtube video")
        }]
    );
    let said: Vec<String> = imported.notes.iter().map(|n| n.describe(Lang::En)).collect();
    assert!(said.contains(&"events[3] (a Youtube video): the media (YouTube) is not a picture: kept as a link with its caption".to_string()), "{said:#?}");
    assert!(said.contains(&"8 picture addresses changed from http: to https: (an https site cannot show http: pictures); check that they load".to_string()), "{said:#?}");
    assert!(!said.iter().any(|s| s.contains("the media of")), "{said:#?}");
}

#[test]
fn every_media_kind_of_the_sample_is_accounted_for() {
    let imported = import("all-media-types.json");
    assert_eq!((imported.dataset.events.len(), imported.skipped()), (41, 0));
    let NoteKind::MediaCarried { pictures, links, left_out } =
        &imported.notes.iter().find(|n| matches!(n.kind, NoteKind::MediaCarried { .. })).unwrap().kind
    else {
        unreachable!()
    };
    let linked: usize = links.iter().map(|(_, n)| n).sum();
    let dropped: usize = left_out.iter().map(|(_, n)| n).sum();
    assert_eq!((*pictures, linked, dropped), (5, 33, 3));
    assert_eq!(left_out, &[(MediaKind::Html, 3)]);
    // Every slide with media has exactly one of: a picture, a link, a note that it was left out.
    for (i, event) in imported.dataset.events.iter().enumerate() {
        let noted = imported.notes.iter().any(|n| {
            n.label.as_deref() == Some(event.title.vi.as_str()) && matches!(n.kind, NoteKind::MediaLeftOut(_))
        });
        let ways =
            usize::from(!event.media.is_empty()) + usize::from(!event.links.is_empty()) + usize::from(noted);
        assert_eq!(ways, 1, "{i}: {}", event.id);
    }
    let jpg = imported.dataset.event("image-jpg").unwrap();
    assert_eq!(
        jpg.media[0].link.as_deref(),
        Some("https://en.wikipedia.org/wiki/Rocky_Mountains#/media/File:Moraine_Lake_17092005.jpg")
    );
    assert_eq!(jpg.media[0].credit.as_deref(), Some("Wikipedia Commons"));
    let kinds: Vec<String> = links.iter().map(|(k, _)| k.name(Lang::En)).collect();
    for expected in
        ["YouTube", "Vimeo", "Google Maps", "Twitter/X", "PDF document", "audio file", "video file"]
    {
        assert!(kinds.iter().any(|k| k == expected), "{expected}: {kinds:?}");
    }
}

#[test]
fn the_first_picture_goes_out_to_timelinejs_and_comes_back() {
    let text = serde_json::json!({ "version": 1, "events": [{
        "id": "bac-son", "title": { "vi": "Khởi nghĩa Bắc Sơn", "en": "Bắc Sơn uprising" },
        "date": "1940-09-27", "category": "history", "level": "provincial", "source": { "document": "a" },
        "media": [
            { "url": "images/dinh.jpg", "alt": { "vi": "Đình Nông Lục" }, "caption": { "vi": "Nơi <họp> & thề" },
              "credit": "Bảo tàng & Thư viện", "link": "https://example.org/dinh" },
            { "url": "images/second.jpg", "alt": { "vi": "Ảnh thứ hai" } }
        ]
    }, {
        "id": "phim", "title": { "vi": "Phim" }, "date": "1941", "category": "history", "level": "provincial",
        "source": { "document": "a" },
        "links": [{ "url": "https://www.youtube.com/watch?v=x", "label": { "vi": "Phim tư liệu" } }]
    }]})
    .to_string();
    let dataset = parse_dataset(&text).unwrap().dataset;
    let out = dataset_to_timelinejs(&dataset, Lang::Vi);
    let slides: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        slides["events"][0]["media"],
        serde_json::json!({ "url": "images/dinh.jpg", "caption": "<p>Nơi &lt;họp&gt; &amp; thề</p>",
            "credit": "Bảo tàng &amp; Thư viện", "alt": "Đình Nông Lục", "link": "https://example.org/dinh" })
    );
    let back = import_timelinejs(&out, &ImportOptions::default()).unwrap().dataset;
    assert_eq!(back.event("bac-son").unwrap().media, dataset.events[0].media[..1]);
    assert_eq!(back.event("phim").unwrap().links, dataset.events[1].links);
}

#[test]
fn english_text_goes_to_en_and_stands_in_for_vi() {
    let options = ImportOptions { text_lang: Lang::En, ..ImportOptions::default() };
    let imported = import_timelinejs(&sample("women_in_computing.json"), &options).unwrap();
    let ada = imported.dataset.event("ada-lovelace").unwrap();
    assert_eq!(ada.title.en.as_deref(), Some(ada.title.vi.as_str()));
    assert_eq!(ada.title.get(Lang::En), ("Ada Lovelace", false));
    let title = imported.dataset.title.as_ref().unwrap();
    assert_eq!(title.en.as_deref(), Some(title.vi.as_str()));
    assert!(imported.notes.iter().any(|n| n.kind == NoteKind::TextAsEnglish));
    assert!(!imported.notes.iter().any(|n| n.kind == NoteKind::TextAsVietnamese));
    let said: Vec<String> = imported.notes.iter().map(|n| n.describe(Lang::Vi)).collect();
    assert!(said
        .iter()
        .any(|s| s.starts_with("nội dung được nhập làm tiếng Anh (en) và tạm chép sang tiếng Việt (vi)")));
    // Valid as a dataset, and no "no English" warning for text that is English.
    assert!(!imported.notes.iter().any(|n| n.kind.severity() == daumoc_core::Severity::Error));
}
