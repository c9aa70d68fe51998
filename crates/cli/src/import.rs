//! `daumoc import`: a spreadsheet in the editors' layout (CSV in any encoding, Excel or
//! LibreOffice), a TimelineJS timeline (JSON) or a TimelineJS Google Sheet (CSV) to a dataset
//! file. Notes go to standard error, the dataset to standard output or `-o`.

use crate::args::{Common, Import, ImportFormat};
use crate::input::{load_dataset, read_bytes, write_out};
use crate::{Failure, EXIT_INVALID, EXIT_USAGE};
use daumoc_core::{
    dataset_to_json, decode_text, import_csv, import_sheets, import_timelinejs, import_timelinejs_csv,
    read_workbook, FileKind, ImportError, ImportOptions, Imported,
};

/// Imports; exit 0 when every row or event came over, 1 when some were left out.
pub fn run(args: Import, common: &Common) -> Result<u8, Failure> {
    let lang = common.message_lang();
    let file = args.file;
    let mut options = ImportOptions::default();
    if let Some(category) = args.category {
        options.category = category;
    }
    if let Some(level) = args.level {
        options.level = level;
    }
    if let Some(lang) = args.source_lang {
        options.text_lang = lang;
    }
    if let Some(base) = &args.base {
        options.base = Some(load_dataset(base, lang)?.dataset);
    }
    let bytes = read_bytes(&file).map_err(|m| (EXIT_USAGE, format!("daumoc: {m}")))?;
    let invalid = |e: ImportError| (EXIT_INVALID, format!("{file}: error: {}", e.message(lang)));
    let imported: Imported = match args.from {
        ImportFormat::Xlsx | ImportFormat::Ods => {
            let kind = if args.from == ImportFormat::Ods { FileKind::Ods } else { FileKind::Xlsx };
            let sheets = read_workbook(&bytes).map_err(|e| invalid(ImportError::Workbook(e)))?;
            let read = import_sheets(kind, sheets, &options).map_err(invalid)?;
            // Each note with its sheet, row and column: "Trang tính Sự kiện, dòng 5, cột C (title_en)".
            for problem in &read.problems {
                eprintln!("{file}: {}", problem.report(lang));
            }
            read.imported
        }
        text_format => {
            // Whatever the encoding (UTF-8 with or without BOM, UTF-16, windows-1258).
            let (text, _) = decode_text(&bytes);
            let read: fn(&str, &ImportOptions) -> _ = match text_format {
                ImportFormat::Timelinejs => import_timelinejs,
                ImportFormat::TimelinejsCsv => import_timelinejs_csv,
                _ => import_csv,
            };
            let imported = read(&text, &options).map_err(invalid)?;
            for note in &imported.notes {
                eprintln!("{file}: {}", note.describe(lang));
            }
            imported
        }
    };
    eprintln!("{}", imported.summary(&file, lang));
    write_out(&dataset_to_json(&imported.dataset), common.out.as_deref(), common.force, "import")?;
    Ok(if imported.skipped() > 0 { EXIT_INVALID } else { 0 })
}
