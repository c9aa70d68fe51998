//! The static HTML list (no JavaScript) and HTML-to-text for imports: structure, escaping, safety.

use daumoc_core::{html_document, html_fragment, html_to_text, parse_dataset, resolve_media, Dataset, Lang};

fn bundled() -> Dataset {
    parse_dataset(include_str!("../../../public/data/events.json")).unwrap().dataset
}

/// A dataset whose every text tries to break out of HTML.
fn hostile() -> Dataset {
    let json = r#"{"version":1,
      "title":{"vi":"<script>alert('t')</script> & \"Lạng Sơn\""},
      "subtitle":{"vi":"a < b > c"},
      "events":[{"id":"x","title":{"vi":"<img src=x onerror=alert(1)>","en":"Tom & \"Jerry\" 'q'"},
        "summary":{"vi":"Dòng 1 <b>\n\nĐoạn 2 & hết"},
        "date":"1940-09-27","category":"history","level":"provincial",
        "place":{"vi":"</li><li>"},
        "reference":{"number":"26/CT-TTg\"><x","issuer":{"vi":"Thủ tướng"}},
        "source":{"document":"a.txt","title":"Sở KH&CN","quote":"“trích” <q>","url":"https://example.org/?a=1&b=\"2\""},
        "note":{"vi":"ghi <chú>"}},
       {"id":"y","title":"Y","date":"2015","end":"2020","category":"congress","level":"provincial",
        "source":{"document":"b.txt","url":"javascript:alert(1)"}},
       {"id":"z","title":"Z","date":"--05-18","category":"observance","level":"national","source":{"document":"c"}}]}"#;
    let loaded = parse_dataset(json).unwrap();
    assert!(loaded.is_valid(), "{:?}", loaded.problems);
    loaded.dataset
}

#[test]
fn everything_from_the_data_is_escaped() {
    let html = html_fragment(&hostile(), Lang::Vi);
    for raw in ["<script>", "<img", "<b>", "</li><li>", "\"><x", "<q>", "<chú>", "a < b", "Tom & "] {
        assert!(!html.contains(raw), "{raw} left unescaped in\n{html}");
    }
    for escaped in [
        "&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;Lạng Sơn&quot;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "<p>Dòng 1 &lt;b&gt;</p><p>Đoạn 2 &amp; hết</p>",
        "Văn bản: 26/CT-TTg&quot;&gt;&lt;x, ban hành bởi Thủ tướng",
        "<cite>Sở KH&amp;CN</cite>",
        "href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\"",
    ] {
        assert!(html.contains(escaped), "{escaped} missing in\n{html}");
    }
    // The parser already drops links that are not http(s); the page never has one.
    assert!(!html.contains("javascript:"));
    assert_eq!(html.matches("<a href=").count(), 1);
    let en = html_fragment(&hostile(), Lang::En);
    assert!(en.contains("<h3>Tom &amp; &quot;Jerry&quot; &#39;q&#39;</h3>"), "{en}");
    // Text without English falls back to Vietnamese, marked for screen readers.
    assert!(en.contains("<h3 lang=\"vi\">Y</h3>"), "{en}");
}

#[test]
fn structure_of_the_fragment() {
    let data = bundled();
    let html = html_fragment(&data, Lang::Vi);
    assert!(html.starts_with("<section class=\"dm-static\" lang=\"vi\" aria-labelledby=\"dm-title\">\n<h1 id=\"dm-title\">Dấu mốc Lạng Sơn</h1>\n"));
    assert!(html.ends_with("</section>\n"));
    assert!(!html.contains("<html") && !html.contains("<script") && !html.contains("<style"));
    // A heading and a list per year, then the observances under "Hằng năm".
    let mut years: Vec<i32> = data.events.iter().filter_map(|e| e.year()).collect();
    years.dedup();
    assert_eq!(html.matches("<h2 ").count(), years.len() + 1);
    assert_eq!(html.matches("<ol ").count(), html.matches("</ol>").count());
    assert_eq!(html.matches("<ol ").count(), years.len() + 1);
    assert_eq!(html.matches("<li id=\"dm-").count(), data.events.len());
    assert!(html.contains("<h2 id=\"dm-y1940\">1940</h2>\n<ol aria-labelledby=\"dm-y1940\">\n<li id=\"dm-khoi-nghia-bac-son\">\n<h3>Khởi nghĩa Bắc Sơn</h3>\n<p class=\"dm-meta\"><time datetime=\"1940-09-27\">27/9/1940</time> · Lịch sử · Tỉnh</p>"));
    assert!(html.contains("<h2 id=\"dm-every-year\">Hằng năm</h2>"));
    assert!(html.contains("<time datetime=\"--05-18\">18/5 hằng năm</time>"));
    assert!(html.contains("<time datetime=\"2015\">2015</time>–<time datetime=\"2020\">2020</time>"));
    assert!(html.contains("<time datetime=\"1950\">năm 1950</time>"));
    assert!(html.contains("46 sự kiện, từ năm 1890 đến năm 2025."));
    // Sources, with the date of publication, and the quote.
    assert!(html.contains("002_43324420ce97e9da.txt"));
    assert!(html.contains("đăng <time datetime=\"2017-07-24\">24/7/2017</time>"), "a published date");
    assert_eq!(html.matches("<blockquote lang=\"vi\"").count(), data.events.len());
    // Years in order.
    let at = |y: &str| html.find(&format!("id=\"dm-y{y}\"")).unwrap();
    assert!(at("1890") < at("1940") && at("1940") < at("2020"));
}

#[test]
fn the_document_is_a_whole_page() {
    let page = html_document(&bundled(), Lang::Vi);
    assert!(page.starts_with("<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"));
    assert!(page.contains("<title>Dấu mốc Lạng Sơn</title>"));
    assert!(page.contains("<meta name=\"description\" content=\"Lịch sử, đại hội"));
    assert!(page.contains("<main>\n<section class=\"dm-static\""));
    assert!(page.ends_with("</main>\n</body>\n</html>\n"));
    assert!(!page.contains("<script"));
    let en = html_document(&bundled(), Lang::En);
    assert!(en.contains("<html lang=\"en\">") && en.contains("<title>Lạng Sơn milestones</title>"));
    assert!(en.contains("27 Sep 1940") && en.contains("46 events, from 1890 to 2025."));
    let page = html_document(&hostile(), Lang::Vi);
    assert!(page.contains("<title>&lt;script&gt;"));
}

#[test]
fn html_to_text_is_safe() {
    assert_eq!(html_to_text("<p>Khởi nghĩa <b>Bắc Sơn</b></p>"), "Khởi nghĩa Bắc Sơn");
    assert_eq!(html_to_text("a<script>document.write('<p>x</p>')</script>b"), "ab");
    assert_eq!(html_to_text("<style type=\"text/css\">p { color: red }</style>text"), "text");
    assert_eq!(
        html_to_text("Tom &amp; Jerry &lt;3 &quot;q&quot; &#8211; &#x1EAF; &hellip;"),
        "Tom & Jerry <3 \"q\" – ắ …"
    );
    assert_eq!(html_to_text("<p>one</p><p>two<br>three</p>"), "one\n\ntwo\nthree");
    assert_eq!(html_to_text("<a href=\"javascript:alert(1)\" onclick=\"x()\">link</a>"), "link");
    assert_eq!(html_to_text("<!-- <script>x</script> -->shown"), "shown");
    // Decoded "markup" is text, not markup: consumers escape it again.
    assert_eq!(html_to_text("&lt;script&gt;"), "<script>");
}

#[test]
fn pictures_are_figures_with_alt_text_and_nothing_unsafe() {
    let text = serde_json::json!({ "version": 1, "events": [{
        "id": "a", "title": { "vi": "A", "en": "A" }, "date": "1940", "category": "history", "level": "provincial",
        "source": { "document": "a" },
        "media": [
            { "url": "images/a \"x.png", "alt": { "vi": "độc" } },
            { "url": "images/a.png", "alt": { "vi": "Mái \"đình\"", "en": "The roof" },
              "caption": { "vi": "Chú thích <b>" }, "credit": "Bảo tàng & Thư viện" }
        ]
    }]})
    .to_string();
    let mut dataset = parse_dataset(&text).unwrap().dataset;
    resolve_media(&mut dataset, "data/page");
    let html = html_fragment(&dataset, Lang::Vi);
    assert!(html.contains(
        "<figure class=\"dm-picture\"><img src=\"data/images/a.png\" alt=\"Mái &quot;đình&quot;\" width=\"640\" height=\"480\" loading=\"lazy\" decoding=\"async\"><figcaption>Chú thích &lt;b&gt; · Ảnh: Bảo tàng &amp; Thư viện</figcaption></figure>"
    ), "{html}");
    assert_eq!(html.matches("<img").count(), 1, "{html}");
    assert!(html_fragment(&dataset, Lang::En).contains("alt=\"The roof\""));
}
