//! The editors' workbook (`rust_xlsxwriter`): the sheet "Sự kiện" in the CSV layout (header row,
//! one row per event), a second sheet "Hướng dẫn" explaining every column in Vietnamese and
//! English, and drop-down lists of the ids for `category` and `level`. Every column is formatted
//! as Text, so Excel keeps `1940-09-27`, `1950` and `--05-18` as typed instead of turning them
//! into dates and numbers. The template is the same workbook with one example event.

use crate::formats::csv_layout::{event_cells, CSV_COLUMNS, REQUIRED_COLUMNS};
use crate::i18n::{fill, COLUMN_GUIDE};
use crate::model::event::{Category, Event, Level};
use crate::model::lang::Lang;
use rust_xlsxwriter::{DataValidation, Format, Workbook, XlsxError};

/// Rows the drop-down lists cover below the header (Excel's sheets have 1,048,576).
pub const LIST_ROWS: u32 = 10_000;

/// Why a workbook could not be written (the writer's words; only a bug in the layout could
/// cause it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XlsxWriteError(pub String);

impl std::fmt::Display for XlsxWriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the workbook could not be written: {}", self.0)
    }
}

impl std::error::Error for XlsxWriteError {}

impl From<XlsxError> for XlsxWriteError {
    fn from(e: XlsxError) -> Self {
        XlsxWriteError(e.to_string())
    }
}

/// The events as the editors' workbook (see the module's notes), as the bytes of an `.xlsx`.
pub fn events_to_xlsx(events: &[Event]) -> Result<Vec<u8>, XlsxWriteError> {
    let vi = Lang::Vi.editor_strings();
    let mut workbook = Workbook::new();
    let text = Format::new().set_num_format("@");
    let bold = Format::new().set_bold().set_num_format("@").set_background_color(0xDDEBF7);
    let sheet = workbook.add_worksheet();
    sheet.set_name(vi.events_sheet)?;
    for (col, name) in CSV_COLUMNS.iter().enumerate() {
        let col = col as u16;
        sheet.set_column_format(col, &text)?;
        sheet.set_column_width(
            col,
            if name.starts_with("title") || name.starts_with("summary") { 40 } else { 16 },
        )?;
        sheet.write_string_with_format(0, col, *name, &bold)?;
    }
    for (row, event) in events.iter().enumerate() {
        for (col, cell) in event_cells(event).iter().enumerate() {
            if !cell.is_empty() {
                sheet.write_string_with_format(row as u32 + 1, col as u16, cell, &text)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    let lists: [(&str, Vec<&str>); 2] = [
        ("category", Category::ALL.iter().map(|c| c.id()).collect()),
        ("level", Level::ALL.iter().map(|l| l.id()).collect()),
    ];
    for (name, ids) in lists {
        let col = CSV_COLUMNS.iter().position(|c| *c == name).unwrap_or(0) as u16;
        let message = format!(
            "{}\n{}",
            fill(vi.list_error, &[name]),
            fill(Lang::En.editor_strings().list_error, &[name])
        );
        let list = DataValidation::new()
            .allow_list_strings(&ids)?
            .set_error_title(vi.list_error_title)?
            .set_error_message(message)?;
        sheet.add_data_validation(1, col, LIST_ROWS, col, &list)?;
    }

    let guide = workbook.add_worksheet();
    guide.set_name(vi.guide_sheet)?;
    let wrap = Format::new().set_text_wrap();
    guide.write_string(0, 0, vi.guide_intro)?;
    guide.write_string(1, 0, Lang::En.editor_strings().guide_intro)?;
    for (col, title) in vi.guide_header.iter().enumerate() {
        guide.write_string_with_format(3, col as u16, *title, &bold)?;
    }
    for (i, (name, (what_vi, what_en))) in CSV_COLUMNS.iter().zip(COLUMN_GUIDE).enumerate() {
        let row = i as u32 + 4;
        guide.write_string(row, 0, *name)?;
        if REQUIRED_COLUMNS.contains(name) {
            guide.write_string(row, 1, vi.required_yes)?;
        }
        guide.write_string_with_format(row, 2, what_vi, &wrap)?;
        guide.write_string_with_format(row, 3, what_en, &wrap)?;
    }
    guide.set_column_width(0, 20)?;
    guide.set_column_width(1, 10)?;
    guide.set_column_width(2, 70)?;
    guide.set_column_width(3, 70)?;
    Ok(workbook.save_to_buffer()?)
}

/// The spreadsheet template: the workbook with one example event (the first of `examples`).
pub fn xlsx_template(examples: &[Event]) -> Result<Vec<u8>, XlsxWriteError> {
    events_to_xlsx(&examples[..examples.len().min(1)])
}
