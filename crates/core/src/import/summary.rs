//! What the editors' page keeps of a [`FileImport`] once the import ran in its Web Worker: the
//! kind, the sheet, the located problems, the counts, and only the sheet rows that have
//! problems (the page shows a problem's row). The events themselves travel as the dataset file
//! ([`dataset_to_json`](crate::dataset_to_json)), which the page parses for its preview: a
//! 10,000-row sheet's cells would be megabytes for the page to read again for nothing.

use crate::check::problem::Severity;
use crate::import::file::{group_by_row, FileImport, FileKind, SheetProblem, SheetTable};
use crate::model::event::Dataset;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// A file's import without its events (see the module's notes).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportSummary {
    /// What the file was found to be.
    pub kind: FileKind,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
    /// The located notes, in file order.
    pub problems: Vec<SheetProblem>,
    /// The header and the rows that have a problem, for spreadsheets and CSV files.
    pub table: Option<SheetTable>,
    /// Events imported.
    pub events: usize,
    /// Rows (or events) left out because of errors.
    pub left_out: usize,
}

impl ImportSummary {
    /// The summary of `file`, and its events (moved, not copied).
    pub fn split(file: FileImport) -> (ImportSummary, Dataset) {
        let FileImport { kind, sheet, imported, problems, table } = file;
        let left_out = imported.skipped();
        let rows: HashSet<usize> = problems.iter().filter_map(|p| p.row).collect();
        let table = table.map(|t| SheetTable {
            header: t.header,
            rows: t.rows.into_iter().filter(|r| rows.contains(&r.row)).collect(),
        });
        let events = imported.dataset.events.len();
        (ImportSummary { kind, sheet, problems, table, events, left_out }, imported.dataset)
    }

    /// The problems grouped by row (or entry) in file order, as [`FileImport::by_row`].
    pub fn by_row(&self) -> Vec<Vec<&SheetProblem>> {
        group_by_row(&self.problems)
    }

    /// How many notes are warnings or information (not errors).
    pub fn warnings(&self) -> usize {
        self.problems.iter().filter(|p| p.severity() != Severity::Error).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::file::import_file;
    use crate::import::ImportOptions;

    const HEADER: &str =
        "id,date,category,level,title_vi,title_en,summary_vi,summary_en,source_document,source_url\n";

    fn csv(rows: &[&str]) -> Vec<u8> {
        let mut text = HEADER.to_string();
        for row in rows {
            text.push_str(row);
            text.push('\n');
        }
        text.into_bytes()
    }

    #[test]
    fn keeps_only_rows_with_problems_and_the_counts() {
        let bytes = csv(&[
            "a,2020-01-02,history,provincial,Một,Một en,Tóm tắt,Summary,bai.txt,https://example.org/a",
            "b,2020-13-02,history,provincial,Hai,Hai en,Tóm tắt,Summary,bai.txt,https://example.org/b",
            "c,2021-01-02,history,provincial,Ba,Ba en,Tóm tắt,Summary,bai.txt,https://example.org/c",
            "d,2022-01-02,nonsense,provincial,Bốn,Bốn en,Tóm tắt,Summary,bai.txt,https://example.org/d",
        ]);
        let file = import_file("a.csv", &bytes, &ImportOptions::default()).unwrap();
        let expected_events = file.imported.dataset.clone();
        let expected_left_out = file.left_out();
        let expected_problems = file.problems.clone();
        let rows_with_problems: HashSet<usize> = file.problems.iter().filter_map(|p| p.row).collect();
        let (summary, dataset) = ImportSummary::split(file);
        assert_eq!(dataset, expected_events);
        assert_eq!(summary.events, 2, "{:?}", summary.problems);
        assert_eq!(summary.left_out, expected_left_out);
        assert_eq!(summary.left_out, 2);
        assert_eq!(summary.problems, expected_problems);
        let table = summary.table.as_ref().unwrap();
        let kept: HashSet<usize> = table.rows.iter().map(|r| r.row).collect();
        assert_eq!(kept, rows_with_problems);
        assert_eq!(kept, HashSet::from([3, 5]));
        assert_eq!(table.header.len(), 10);
        assert_eq!(table.row(3).unwrap().fields[0], "b");
    }

    #[test]
    fn round_trips_through_json() {
        let bytes = csv(&[
            "a,2020-01-02,history,provincial,Một,Một en,Tóm tắt,Summary,bai.txt,https://example.org/a",
            "b,năm ngoái,history,provincial,Hai,Hai en,Tóm tắt,Summary,bai.txt,https://example.org/b",
            ",2020,history,provincial,, en,Tóm tắt,Summary,bai.txt,javascript:alert(1)",
        ]);
        let file = import_file("a.csv", &bytes, &ImportOptions::default()).unwrap();
        let (summary, _) = ImportSummary::split(file);
        assert!(!summary.problems.is_empty());
        let text = serde_json::to_string(&summary).unwrap();
        let back: ImportSummary = serde_json::from_str(&text).unwrap();
        assert_eq!(back, summary);
        assert_eq!(back.by_row().len(), summary.by_row().len());
    }

    #[test]
    fn a_dataset_file_round_trips_with_its_wrong_types() {
        let text = r#"{"version": 1, "events": [{"id": "a", "date": "2020", "title": 5, "summary": {"vi": "x"}, "category": "history", "level": "provincial", "tags": [1]}]}"#;
        let file = import_file("a.json", text.as_bytes(), &ImportOptions::default()).unwrap();
        let (summary, _) = ImportSummary::split(file);
        let json = serde_json::to_string(&summary).unwrap();
        assert!(json.contains("WrongType"), "{json}");
        let back: ImportSummary = serde_json::from_str(&json).unwrap();
        assert_eq!(back, summary);
    }
}
