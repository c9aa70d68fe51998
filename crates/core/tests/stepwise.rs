//! An xlsx sheet read in steps gives what reading the whole workbook gives (`read_workbook`, then
//! `import_sheets`): the same sheet chosen, the same rows and cells, the same notes, the same
//! errors; its progress counts are exact.

use daumoc_core::{
    import_sheets, read_workbook, FileImport, FileKind, ImportError, ImportOptions, OpenedFile, Phase,
    RowProgress, SheetProgress, StepwiseImport, CSV_COLUMNS,
};
use rust_xlsxwriter::{Workbook, Worksheet};

/// A row of our layout with these cells (the rest empty).
fn row(cells: &[(&str, &str)]) -> Vec<String> {
    CSV_COLUMNS
        .iter()
        .map(|c| cells.iter().find(|(name, _)| name == c).map_or("", |(_, v)| *v).to_string())
        .collect()
}

fn event(id: &str, date: &str) -> Vec<String> {
    row(&[
        ("id", id),
        ("date", date),
        ("category", "history"),
        ("level", "provincial"),
        ("title_vi", "Sự kiện"),
        ("title_en", "An event"),
    ])
}

fn header() -> Vec<String> {
    CSV_COLUMNS.iter().map(|c| c.to_string()).collect()
}

/// Writes the rows from row `top` (0-based) and column `left`, empty cells left out.
fn write(sheet: &mut Worksheet, top: u32, left: u16, rows: &[Vec<String>]) {
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate().filter(|(_, cell)| !cell.is_empty()) {
            sheet.write_string(top + r as u32, left + c as u16, cell).unwrap();
        }
    }
}

/// Runs the import in steps of `rows`, with the phase before each step and at the end.
fn stepped(bytes: &[u8], rows: usize) -> Result<(FileImport, Vec<Phase>), ImportError> {
    let mut opened = OpenedFile::new("a.xlsx", bytes.to_vec());
    let mut import = StepwiseImport::start(&mut opened, &ImportOptions::default())?;
    let mut phases = vec![import.phase()];
    while !import.step(rows)? {
        phases.push(import.phase());
    }
    phases.push(import.phase());
    Ok((import.finish(), phases))
}

fn whole(bytes: &[u8]) -> Result<FileImport, ImportError> {
    let sheets = read_workbook(bytes).map_err(ImportError::Workbook)?;
    import_sheets(FileKind::Xlsx, sheets, &ImportOptions::default())
}

#[test]
fn several_sheets_and_blank_rows_read_as_in_one_go() {
    let mut workbook = Workbook::new();
    // A notes sheet first, then a sheet without our columns, then the data from row 3, with a
    // blank row and a row of spaces in it, and a cell to the right of the layout.
    workbook.add_worksheet().set_name("Ghi chú").unwrap().write_string(0, 0, "ghi chú").unwrap();
    workbook.add_worksheet().set_name("Trống").unwrap();
    let sheet = workbook.add_worksheet().set_name("Dữ liệu").unwrap();
    let mut rows = vec![header(), event("a", "1940-09-27"), vec![], event("b", "1941")];
    rows.push(vec![" ".to_string(); 3]);
    rows.push(event("b", "1942")); // a doubled id: the check of every row together
    rows.push(event("c", "27/9/1940")); // a bad date
    write(sheet, 2, 0, &rows);
    sheet.write_string(5, 30, "ngoài bảng").unwrap();
    let bytes = workbook.save_to_buffer().unwrap();

    let (file, phases) = stepped(&bytes, 2).unwrap();
    assert_eq!(file, whole(&bytes).unwrap());
    assert_eq!(file.sheet.as_deref(), Some("Dữ liệu"));
    let table = file.table.as_ref().unwrap();
    assert_eq!(table.rows.iter().map(|r| r.row).collect::<Vec<_>>(), [3, 4, 6, 8, 9]);
    assert!(table.rows.iter().all(|r| r.fields.len() == 31));
    let reading = |read| Phase::Reading(SheetProgress { read, total: Some(9) });
    let converting = |done| Phase::Converting(RowProgress { done, total: 4 });
    let checking = |done| Phase::Checking(RowProgress { done, total: 4 });
    let expected = [
        reading(0),
        reading(4),
        reading(8),
        converting(0),
        converting(2),
        checking(0),
        checking(2),
        checking(4),
    ];
    assert_eq!(phases, expected);
}

#[test]
fn a_header_only_sheet_reads_to_no_events() {
    let mut workbook = Workbook::new();
    write(workbook.add_worksheet().set_name("Sự kiện").unwrap(), 0, 0, &[header()]);
    let bytes = workbook.save_to_buffer().unwrap();
    let (file, phases) = stepped(&bytes, 10).unwrap();
    assert_eq!(file, whole(&bytes).unwrap());
    assert!(file.imported.dataset.events.is_empty());
    let none = RowProgress { done: 0, total: 0 };
    let expected = [
        Phase::Reading(SheetProgress { read: 0, total: Some(1) }),
        Phase::Converting(none),
        Phase::Checking(none),
        Phase::Checking(none),
    ];
    assert_eq!(phases, expected);
}

#[test]
fn a_sheet_from_column_b_keeps_its_letters() {
    let mut workbook = Workbook::new();
    write(workbook.add_worksheet(), 1, 1, &[header(), event("a", "1940"), event("b", "x")]);
    let bytes = workbook.save_to_buffer().unwrap();
    let (file, _) = stepped(&bytes, 1).unwrap();
    assert_eq!(file, whole(&bytes).unwrap());
    let date = file
        .problems
        .iter()
        .find(|p| p.row == Some(4) && p.message(daumoc_core::Lang::En).contains('"'))
        .unwrap();
    assert_eq!(date.column.as_ref().map(|c| c.letter()).as_deref(), Some("C"));
}

#[test]
fn without_our_columns_the_first_sheet_is_the_error() {
    let mut workbook = Workbook::new();
    workbook.add_worksheet().set_name("Một").unwrap().write_string(0, 0, "id").unwrap();
    workbook.add_worksheet().set_name("Hai").unwrap().write_string(0, 0, "date").unwrap();
    let bytes = workbook.save_to_buffer().unwrap();
    assert_eq!(stepped(&bytes, 10).unwrap_err(), whole(&bytes).unwrap_err());
    let mut empty = Workbook::new();
    empty.add_worksheet();
    let bytes = empty.save_to_buffer().unwrap();
    assert_eq!(stepped(&bytes, 10).unwrap_err(), whole(&bytes).unwrap_err());
}

#[test]
fn stopping_while_the_sheet_is_read_keeps_only_the_rows_read() {
    let mut workbook = Workbook::new();
    let rows = [header(), event("a", "1940"), event("b", "1941"), event("c", "1942")];
    write(workbook.add_worksheet(), 0, 0, &rows);
    let mut opened = OpenedFile::new("a.xlsx", workbook.save_to_buffer().unwrap());
    let mut import = StepwiseImport::start(&mut opened, &ImportOptions::default()).unwrap();
    assert!(!import.step(2).unwrap());
    let file = import.finish();
    assert_eq!(file.table.map(|t| t.rows.len()), Some(2));
    assert!(file.imported.dataset.events.is_empty());
}
