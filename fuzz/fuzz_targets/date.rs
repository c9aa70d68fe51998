//! The date parser (`str::parse` into `EventDate` and `CalendarDate`) on any text. None may panic; an
//! accepted date written back (`to_iso`) must parse to the same date.
#![no_main]

use chrono::NaiveDate;
use daumoc_core::{CalendarDate, EventDate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(date) = text.parse::<EventDate>() {
        assert_eq!(date.to_iso().parse::<EventDate>(), Ok(date), "{text:?}");
        if let Some(calendar) = date.calendar() {
            assert!(calendar.first_day() <= calendar.last_day());
            let today = NaiveDate::from_ymd_opt(2026, 1, 1).expect("a real day");
            let _ = daumoc_core::years_since(calendar, today);
        }
    }
    if let Ok(date) = text.parse::<CalendarDate>() {
        assert_eq!(date.to_string().parse::<CalendarDate>(), Ok(date), "{text:?}");
    }
});
