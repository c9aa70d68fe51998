//! The date parser (`EventDate::parse`, `CalendarDate::parse`) on any text. None may panic; an
//! accepted date written back (`to_iso`) must parse to the same date.
#![no_main]

use chrono::NaiveDate;
use daumoc_core::{CalendarDate, EventDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(date) = EventDate::parse(text) {
        assert_eq!(EventDate::parse(&date.to_iso()), Ok(date), "{text:?}");
        if let Some(calendar) = date.calendar() {
            assert!(calendar.first_day() <= calendar.last_day());
            let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real day");
            let _ = daumoc_core::years_since(calendar, today);
        }
    }
    if let Ok(date) = CalendarDate::parse(text) {
        assert_eq!(CalendarDate::parse(&date.to_string()), Ok(date), "{text:?}");
    }
});
