//! Pictures on events (`media`) and links (`links`): what is kept, and every form of address that
//! is refused, with the warning's location and its words in both languages.

use daumoc_core::*;
use serde_json::{json, Value};

fn event_with_media(media: Value) -> String {
    json!({ "version": 1, "events": [{
        "id": "bac-son",
        "title": { "vi": "Khởi nghĩa Bắc Sơn", "en": "Bắc Sơn uprising" },
        "date": "1940-09-27", "category": "history", "level": "provincial",
        "source": { "document": "a.txt" },
        "media": media
    }]})
    .to_string()
}

fn picture(url: &str) -> Value {
    json!({ "url": url, "alt": { "vi": "Đình Nông Lục", "en": "Nông Lục communal house" } })
}

#[test]
fn a_full_picture_is_read_and_written_back() {
    let text = event_with_media(json!([{
        "url": "images/dinh-nong-luc.jpg",
        "alt": { "vi": "Đình Nông Lục", "en": "Nông Lục communal house" },
        "caption": { "vi": "Nơi thành lập đội du kích Bắc Sơn" },
        "credit": " Bảo tàng tỉnh ",
        "link": "https://baotang.langson.gov.vn/dinh"
    }, picture("https://upload.wikimedia.org/a/Bac_Son_(1940).png")]));
    let loaded = parse_dataset(&text).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let e = &loaded.dataset.events[0];
    assert_eq!(
        e.media[0],
        Media {
            url: "images/dinh-nong-luc.jpg".into(),
            alt: Localized { vi: "Đình Nông Lục".into(), en: Some("Nông Lục communal house".into()) },
            caption: Some(Localized::vi("Nơi thành lập đội du kích Bắc Sơn")),
            credit: Some("Bảo tàng tỉnh".into()),
            link: Some("https://baotang.langson.gov.vn/dinh".into()),
        }
    );
    assert_eq!(e.media.len(), 2);
    let written = dataset_to_json(&loaded.dataset);
    assert!(
        written.contains(
            "\"media\": [\n        {\n          \"url\": \"images/dinh-nong-luc.jpg\",\n          \"alt\": {"
        ),
        "{written}"
    );
    assert_eq!(parse_dataset(&written).unwrap().dataset, loaded.dataset);
}

#[test]
fn every_refused_address_is_a_located_warning_and_the_event_stays() {
    let refused = [
        ("javascript:alert(1)", "unsafe-media-url"),
        ("data:image/png;base64,iVBORw0KGgo=", "unsafe-media-url"),
        ("data:image/svg+xml,<svg onload=alert(1)>", "unsafe-media-url"),
        ("http://example.org/a.jpg", "insecure-media-url"),
        ("/images/a.jpg", "unsafe-media-url"),
        ("//evil.example/a.jpg", "unsafe-media-url"),
        ("../a.jpg", "unsafe-media-url"),
        ("url(images/a.jpg)", "unsafe-media-url"),
        ("a.jpg\");background:url(\"x", "unsafe-media-url"),
        ("expression(alert(1))", "unsafe-media-url"),
        ("vbscript:msgbox", "unsafe-media-url"),
        ("file:///etc/passwd", "unsafe-media-url"),
    ];
    for (url, code) in refused {
        let loaded = parse_dataset(event_with_media(json!([picture(url)]))).unwrap();
        assert_eq!(loaded.dataset.events.len(), 1, "{url}");
        assert!(loaded.dataset.events[0].media.is_empty(), "{url}");
        assert_eq!(loaded.problems.len(), 1, "{url}: {:?}", loaded.problems);
        let p = &loaded.problems[0];
        assert_eq!(
            (p.severity, p.path.as_str(), p.kind.code()),
            (Severity::Warning, "events[0].media[0].url", code),
            "{url}"
        );
        assert_eq!(p.event_id.as_deref(), Some("bac-son"));
        assert!(p.kind.message(Lang::En).contains(url), "{}", p.kind.message(Lang::En));
        assert!(p.kind.message(Lang::Vi).contains("địa chỉ ảnh"), "{}", p.kind.message(Lang::Vi));
    }
}

#[test]
fn alt_text_is_required_in_vietnamese() {
    for media in [
        json!([{ "url": "a.jpg" }]),
        json!([{ "url": "a.jpg", "alt": "" }]),
        json!([{ "url": "a.jpg", "alt": { "en": "only English" } }]),
    ] {
        let loaded = parse_dataset(event_with_media(media.clone())).unwrap();
        assert!(loaded.dataset.events[0].media.is_empty(), "{media}");
        let p = &loaded.problems[0];
        assert_eq!(
            (p.path.as_str(), &p.kind, p.severity),
            ("events[0].media[0].alt", &ProblemKind::MissingAlt, Severity::Warning)
        );
        assert_eq!(
            p.describe(Lang::Vi),
            "events[0].media[0].alt (bac-son): ảnh thiếu mô tả (\"alt\": {\"vi\": …}) cho người không xem được ảnh nên không được hiển thị: hãy viết một câu tả nội dung ảnh"
        );
        assert_eq!(
            p.describe(Lang::En),
            "events[0].media[0].alt (bac-son): the picture has no alt text (\"alt\": {\"vi\": …}) for people who cannot see it and is not shown: write one sentence saying what it shows"
        );
    }
}

#[test]
fn a_link_that_is_not_http_is_dropped_but_the_picture_stays() {
    let mut item = picture("a.jpg");
    item["link"] = json!("javascript:alert(1)");
    let loaded = parse_dataset(event_with_media(json!([item]))).unwrap();
    assert_eq!(loaded.dataset.events[0].media[0].link, None);
    assert_eq!(loaded.problems[0].path, "events[0].media[0].link");
    assert_eq!(loaded.problems[0].kind, ProblemKind::UnsafeUrl("javascript:alert(1)".into()));
}

#[test]
fn shapes_that_are_not_pictures_are_errors_like_any_field() {
    let loaded = parse_dataset(event_with_media(json!("a.jpg"))).unwrap();
    assert!(loaded.dataset.events.is_empty());
    assert_eq!(loaded.problems[0].path, "events[0].media");
    let loaded = parse_dataset(event_with_media(json!([{ "alt": "x" }]))).unwrap();
    assert_eq!(loaded.problems[0].path, "events[0].media[0].url");
    assert_eq!(loaded.problems[0].kind, ProblemKind::MissingField);
}

#[test]
fn links_are_http_only_and_need_words() {
    let text = json!({ "version": 1, "events": [{
        "id": "a", "title": { "vi": "A", "en": "A" }, "date": "1940", "category": "history",
        "level": "provincial", "source": { "document": "a" },
        "links": [
            { "url": "http://www.youtube.com/watch?v=C-nTpGMMVjY", "label": { "vi": "Phim" } },
            { "url": "javascript:alert(1)", "label": { "vi": "X" } }
        ]
    }]})
    .to_string();
    let loaded = parse_dataset(&text).unwrap();
    let e = &loaded.dataset.events[0];
    assert_eq!(
        e.links,
        vec![Link { url: "http://www.youtube.com/watch?v=C-nTpGMMVjY".into(), label: Localized::vi("Phim") }]
    );
    assert_eq!(loaded.problems[0].path, "events[0].links[1].url");
}
