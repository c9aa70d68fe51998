//! Components rendered in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use daumoc::components::{
    DataNotice, Deferred, EventCard, Highlighted, LoadErrorView, OverviewAxis, StoppedNotice,
};
use daumoc::state::provide_ui;
use daumoc_core::{parse_dataset, Catalog, Lang, LoadFailure, Query};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DATA: &str = r#"{"version":1,"events":[
  {"id":"khoi-nghia-bac-son","title":{"vi":"Khởi nghĩa Bắc Sơn","en":"Bắc Sơn uprising"},
   "summary":{"vi":"Nổ ra ngày 27/9/1940."},"date":"1940-09-27","category":"history","level":"provincial",
   "place":{"vi":"Bắc Sơn, Lạng Sơn"},
   "source":{"document":"000_be9e0a07f393d9e2.txt","title":"Bài báo","url":"javascript:alert(1)"}},
  {"id":"sai-ngay","title":{"vi":"Sai ngày"},"date":"2020-02-30","category":"meeting","level":"department"}
]}"#;

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

#[wasm_bindgen_test]
async fn event_card_shows_date_title_badges_and_follows_the_language() {
    let loaded = parse_dataset(DATA).unwrap();
    let event = loaded.dataset.events[0].clone();
    let root = container();
    let (lang_tx, lang_rx) = std::sync::mpsc::channel();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        let ui = provide_ui(Lang::Vi);
        lang_tx.send(ui.lang).unwrap();
        view! { <ol><EventCard event /></ol> }
    });
    let card = root.query_selector("[data-event-id=khoi-nghia-bac-son]").unwrap().expect("card rendered");
    let text = card.text_content().unwrap();
    assert!(text.contains("27/9/1940"), "{text}");
    assert!(text.contains("Khởi nghĩa Bắc Sơn"), "{text}");
    assert!(
        text.contains("Lịch sử") && text.contains("Tỉnh") && text.contains("Bắc Sơn, Lạng Sơn"),
        "{text}"
    );
    assert_eq!(
        card.query_selector("time").unwrap().unwrap().get_attribute("datetime").as_deref(),
        Some("1940-09-27")
    );
    let links = card.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 1, "only the card's own link; a javascript: source link is never rendered");
    let href = links.item(0).unwrap().unchecked_into::<web_sys::Element>().get_attribute("href").unwrap();
    assert_eq!(href, "?event=khoi-nghia-bac-son");

    lang_rx.recv().unwrap().set(Lang::En);
    leptos::task::tick().await;
    let text = card.text_content().unwrap();
    assert!(
        text.contains("27 Sep 1940") && text.contains("Bắc Sơn uprising") && text.contains("History"),
        "{text}"
    );
    // The summary has no English: it stays Vietnamese, marked as such for readers and screen readers.
    let summary = card.query_selector(".event__summary [lang=vi]").unwrap().expect("fallback marked lang=vi");
    assert_eq!(summary.text_content().unwrap(), "Nổ ra ngày 27/9/1940.");
    assert!(text.contains("(Vietnamese)"), "{text}");
}

#[wasm_bindgen_test]
async fn data_notice_lists_skipped_events() {
    let catalog = Arc::new(Catalog::new(parse_dataset(DATA).unwrap()));
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::Vi);
        view! { <DataNotice catalog /> }
    });
    let text = root.text_content().unwrap();
    assert!(text.contains("1 sự kiện bị bỏ qua"), "{text}");
    assert!(text.contains("events[1].date (sai-ngay)"), "{text}");
}

#[wasm_bindgen_test]
async fn load_error_says_what_failed_and_retries() {
    let root = container();
    let retries = RwSignal::new(0);
    let failure = LoadFailure::Http { url: "data/events.json".into(), status: 404 };
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::Vi);
        view! { <LoadErrorView failure on_retry=move || retries.update(|n| *n += 1) /> }
    });
    let text = root.text_content().unwrap();
    assert!(text.contains("Máy chủ trả về lỗi 404 cho data/events.json"), "{text}");
    let button: web_sys::HtmlElement = root.query_selector("button").unwrap().unwrap().unchecked_into();
    button.click();
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn highlighted_marks_accent_insensitive_matches_as_text() {
    let root = container();
    let query = RwSignal::new(Query::parse("bac son"));
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::Vi);
        view! { <p><Highlighted text="Khởi nghĩa Bắc Sơn <b>" query=query /></p> }
    });
    let marks = root.query_selector_all("mark").unwrap();
    let texts: Vec<String> =
        (0..marks.length()).map(|i| marks.item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(texts, ["Bắc", "Sơn"]);
    assert_eq!(root.text_content().unwrap(), "Khởi nghĩa Bắc Sơn <b>");
    assert!(root.query_selector("b").unwrap().is_none(), "text is never parsed as markup");

    query.set(Query::parse("nghia"));
    leptos::task::tick().await;
    assert_eq!(root.query_selector("mark").unwrap().unwrap().text_content().unwrap(), "nghĩa");
}

#[wasm_bindgen_test]
async fn a_panic_shows_a_readable_message_and_a_reload_button() {
    let root = container();
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .set_attribute("lang", "vi")
        .unwrap();
    daumoc::crash::render_into(&root, "panicked at src/example.rs:1:1: boom");
    let alert = root.query_selector("[role=alert]").unwrap().expect("the crash view is an alert");
    let text = alert.text_content().unwrap();
    assert!(text.contains("Trang gặp lỗi") && text.contains("Dữ liệu không bị mất"), "{text}");
    assert!(text.contains("boom"), "the detail is kept for whoever reports it");
    assert!(root.query_selector("button").unwrap().is_some());
    let state = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .document_element()
        .unwrap()
        .get_attribute("data-state");
    assert_eq!(state.as_deref(), Some("error"));
}

#[wasm_bindgen_test]
async fn source_notice_names_each_failed_file_and_merged_problems_name_their_file() {
    use daumoc_core::FileFailure;
    use daumoc_core::{parse_index, Localized};
    let index = parse_index(
        r#"{"version":1,"files":[{"file":"a.json","label":"Tệp A"},{"file":"b.json","label":{"vi":"Tệp B","en":"File B"}}]}"#,
    )
    .unwrap();
    let loaded = index.merge(vec![Some(parse_dataset(DATA).unwrap()), None]);
    let failure = FileFailure {
        label: Localized { vi: "Tệp B".into(), en: Some("File B".into()) },
        url: "data/b.json".into(),
        failure: LoadFailure::Http { url: "data/b.json".into(), status: 404 },
    };
    let catalog = Arc::new(Catalog::with_sources(loaded, index.files, vec![failure]));
    assert_eq!(catalog.origin_label("khoi-nghia-bac-son").map(|l| l.vi.as_str()), Some("Tệp A"));
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::En);
        view! { <DataNotice catalog /> }
    });
    let notice = root.query_selector(".source-notice").unwrap().expect("a notice of the failed file");
    let text = notice.text_content().unwrap();
    assert!(text.contains("1 data file could not be loaded"), "{text}");
    assert!(text.contains("File B: The server answered 404 for data/b.json"), "{text}");
    let problems = root.query_selector("details.data-notice").unwrap().unwrap().text_content().unwrap();
    assert!(problems.contains("a.json: events[1].date (sai-ngay)"), "{problems}");
}

#[wasm_bindgen_test]
fn links_keep_the_dataset_and_unknown_parameters_of_the_url() {
    use daumoc::components::{EventLink, ViewLink};
    use daumoc_core::{View, ViewState};
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let before = window.location().href().unwrap();
    let set_url =
        |url: &str| history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url)).unwrap();
    set_url("?data=fixtures/kh%C3%A1c.json&cat=history&utm_source=zalo");
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::Vi);
        let to_year = |v: &mut ViewState| {
            v.view = View::Anniversaries;
            v.year = Some(2030);
        };
        view! {
            <EventLink id="bac-son".to_string() class="event">"Bắc Sơn"</EventLink>
            <ViewLink change=to_year class="year">"2030"</ViewLink>
        }
    });
    let href =
        |selector: &str| root.query_selector(selector).unwrap().unwrap().get_attribute("href").unwrap();
    let (event_href, year_href) = (href("a.event"), href("a.year"));

    // A plain click follows the link in place: the address bar gets the same query. Nothing is
    // awaited while the URL is changed, so no other test can see it.
    root.query_selector("a.year").unwrap().unwrap().unchecked_into::<web_sys::HtmlElement>().click();
    let search = window.location().search().unwrap();
    set_url(&before);
    assert_eq!(event_href, "?event=bac-son&data=fixtures/kh%C3%A1c.json&utm_source=zalo");
    assert_eq!(year_href, "?year=2030&view=anniversaries&data=fixtures/kh%C3%A1c.json&utm_source=zalo");
    assert_eq!(search, "?year=2030&view=anniversaries&data=fixtures/kh%C3%A1c.json&utm_source=zalo");
}

#[wasm_bindgen_test]
async fn the_stopped_notice_is_rendered_ahead_hidden_in_both_languages() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || view! { <StoppedNotice /> });
    let notice: web_sys::HtmlElement = root
        .query_selector("#stopped")
        .unwrap()
        .expect("the notice, by the id the loader looks for")
        .unchecked_into();
    assert!(notice.hidden(), "hidden until the page's loader shows it");
    assert_eq!(notice.get_attribute("role"), None, "an alert only once shown");
    for lang in [Lang::Vi, Lang::En] {
        let part =
            notice.query_selector(&format!("[lang={}]", lang.code())).unwrap().expect("a part per language");
        let t = &lang.strings().ui;
        assert_eq!(
            part.text_content().unwrap(),
            format!("{}{}{}", t.crash_title, t.crash_message, t.no_webassembly)
        );
    }
    let reload = notice.query_selector(".stopped__reload[type=button]").unwrap().expect("a reload button");
    assert_eq!(reload.text_content().unwrap(), "Tải lại trang · Reload the page");
    let close = notice.query_selector(".stopped__close[type=button]").unwrap().expect("a close button");
    assert_eq!(close.text_content().unwrap(), "Đóng · Close");
}

#[wasm_bindgen_test]
async fn the_overview_axis_draws_a_path_per_category_and_follows_the_visible_events() {
    // 1890 (the axis's latest start) to 2099 (the last event): 210 years, so a year is 10000/210
    // of the track, in hundredths of a percent.
    let data = r#"{"version":1,"events":[
      {"id":"a","title":{"vi":"A"},"date":"1940-01-01","category":"history","level":"provincial"},
      {"id":"b","title":{"vi":"B"},"date":"1940-06-01","category":"history","level":"provincial"},
      {"id":"c","title":{"vi":"C"},"date":"1945-01-01","category":"congress","level":"provincial"},
      {"id":"d","title":{"vi":"D"},"date":"2099-01-01","category":"target","level":"provincial"}
    ]}"#;
    let catalog = Arc::new(Catalog::new(parse_dataset(data).unwrap()));
    let shown = RwSignal::new(vec![0, 1, 2, 3]);
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::Vi);
        let visible = Memo::new(move |_| shown.get());
        view! { <OverviewAxis catalog visible /> }
    });
    let path = |cat: &str| {
        root.query_selector(&format!(".axis__bars path.cat-{cat}"))
            .unwrap()
            .unwrap_or_else(|| panic!("a path for {cat}"))
            .get_attribute("d")
            .unwrap_or_default()
    };
    // The tallest year (two events) fills the track; a year with one event is 25 + 75/2 high.
    assert_eq!(path("history"), "M2380 100V0h48V100z");
    assert_eq!(path("congress"), "M2619 100V38h47V100z");
    assert_eq!(path("target"), "M9952 100V38h48V100z");
    assert_eq!(path("meeting"), "");
    assert_eq!(root.query_selector_all(".axis__bars path").unwrap().length(), 7, "one per category");

    shown.set(vec![0]);
    leptos::task::tick().await;
    assert_eq!(path("history"), "M2380 100V0h48V100z", "alone, its one event is the maximum");
    assert_eq!(path("congress"), "");
    assert_eq!(path("target"), "");
}

#[wasm_bindgen_test]
async fn a_deferred_part_is_built_in_a_later_task_and_the_takeover_waits_for_it() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <p class="now">"now"</p><Deferred><p class="later">"later"</p></Deferred> }
    });
    let has = |selector: &str| root.query_selector(selector).unwrap().is_some();
    assert!(has(".now"));
    assert!(!has(".later"), "not built in the task that builds its parent");
    // No pre-rendered screen here: `finish` only waits for the parts, then reports "done".
    let done = std::rc::Rc::new(std::cell::Cell::new(None::<bool>));
    {
        let (done, root) = (done.clone(), root.clone());
        daumoc::takeover::finish(
            |_| {},
            move || done.set(Some(root.query_selector(".later").unwrap().is_some())),
        );
    }
    for _ in 0..200 {
        if done.get().is_some() {
            break;
        }
        daumoc::browser::next_task().await;
    }
    assert_eq!(done.get(), Some(true), "done is called, and only once the deferred part is in the page");
    assert_eq!(root.query_selector(".later").unwrap().unwrap().text_content().unwrap(), "later");
}

#[wasm_bindgen_test]
async fn a_chunk_says_it_is_loading_then_failed_and_tries_again() {
    use daumoc::components::{Chunk, ChunkLoad};
    use std::cell::Cell;
    use std::rc::Rc;
    let attempts = Rc::new(Cell::new(0));
    let root = container();
    let load: ChunkLoad = {
        let attempts = attempts.clone();
        Rc::new(move || {
            attempts.set(attempts.get() + 1);
            let first = attempts.get() == 1;
            Box::pin(async move { (!first).then(|| view! { <p class="screen">"Màn hình"</p> }.into_any()) })
        })
    };
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::Vi);
        view! { <Chunk load /> }
    });
    let status = root.query_selector("[role=status]").unwrap().expect("a loading status at first");
    assert_eq!(status.text_content().unwrap(), "Đang tải…");
    let alert = wait_for(&root, "[role=alert]").await;
    assert_eq!(
        alert.query_selector("p").unwrap().unwrap().text_content().unwrap(),
        "Không tải được phần này của trang. Hãy kiểm tra kết nối mạng rồi thử lại."
    );
    assert!(root.query_selector(".screen").unwrap().is_none());
    let retry: web_sys::HtmlElement = alert.query_selector("button").unwrap().unwrap().unchecked_into();
    assert_eq!(retry.text_content().unwrap(), "Thử lại");
    retry.click();
    let screen = wait_for(&root, ".screen").await;
    assert_eq!(screen.text_content().unwrap(), "Màn hình");
    assert_eq!(attempts.get(), 2);
    assert!(root.query_selector("[role=alert]").unwrap().is_none(), "the message goes once the screen is in");
}

/// The element `selector` finds under `root` within a bounded number of ticks.
async fn wait_for(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    for _ in 0..20 {
        if let Some(found) = root.query_selector(selector).unwrap() {
            return found;
        }
        leptos::task::tick().await;
    }
    panic!("{selector} did not appear within 20 ticks");
}
