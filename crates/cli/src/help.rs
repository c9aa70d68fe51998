//! The help of `daumoc` and of each command, in Vietnamese and English (`--lang` chooses; English
//! by default, as the messages). clap writes the usage and the list of arguments; these are the
//! words it puts in them. Each list of values (`csv`, `json`…) is named in its argument's line,
//! which a test checks against the values clap accepts.

use daumoc_core::Lang;

/// The words of the help in one language.
pub struct Texts {
    /// clap's help template after the first line (name — about): usage, arguments, what follows.
    pub template: &'static str,
    /// Heading of the files and other positional arguments.
    pub positionals_heading: &'static str,
    /// Heading of the options.
    pub options_heading: &'static str,
    /// Heading of the commands.
    pub commands_heading: &'static str,
    /// What `daumoc` is, on its first line.
    pub about: &'static str,
    /// After the options of `daumoc --help`: inputs and outputs, examples, exit codes.
    pub after_help: &'static str,
    /// The options of every command, by id: `--lang`, `-o`, `--force`, `--help`, `--version`.
    pub global_args: &'static [(&'static str, &'static str)],
    /// Each command's words.
    pub commands: &'static [CommandTexts],
}

/// The words of one command's help.
pub struct CommandTexts {
    /// The command's name.
    pub name: &'static str,
    /// What it does, on its first line and in the list of commands.
    pub about: &'static str,
    /// After its options: details, exit codes, examples.
    pub after_help: &'static str,
    /// Its own arguments' lines, by id.
    pub args: &'static [(&'static str, &'static str)],
}

/// The help's words in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

static EN: Texts = Texts {
    template: "{usage-heading} {usage}\n\n{all-args}{after-help}",
    positionals_heading: "Arguments",
    options_heading: "Options",
    commands_heading: "Commands",
    about: "command line for Dấu mốc datasets",
    after_help: "\
Every command that reads a dataset reads public/data/events.json when no FILE is given, or
FILE, or standard input for -. FILE may also be an index of dataset files
(public/data/index.json): the files it lists are read and merged, as the app does. Results go
to standard output, or to a new file with -o OUT (an existing file is replaced only with
--force). A file whose name starts with - goes after --: daumoc stats -- -x.json

Examples:
  daumoc validate public/data/events.json --lang vi
  daumoc validate public/data/index.json
  daumoc import --from csv su-kien.csv --base public/data/events.json -o moi.json
  daumoc export --to html -o danh-sach.html
  daumoc anniversaries --year 2020 --lang vi
  daumoc help export

Exit codes:
  0  done; the data is valid
  1  invalid data: errors in a dataset, rows or events left out of an import, a file that is
     not what the command expects
  2  wrong command line, unreadable input, or an output that cannot (or may not) be written

Tiếng Việt: daumoc --help --lang vi",
    global_args: &[
        ("lang", "language of messages and help: vi or en (default: en)"),
        ("out", "write to OUT, a new file (- is standard output)"),
        ("force", "replace OUT if it exists"),
        ("help", "print this help"),
        ("version", "print the version"),
    ],
    commands: &[
        CommandTexts {
            name: "validate",
            about: "check datasets: every problem with FILE:LINE:COLUMN, path and event id",
            after_help: "\
Lists every problem of the datasets at once, one per line:
  FILE:LINE:COLUMN: error|warning: PATH (EVENT ID): message
then a summary line per file. Errors keep an event off the timeline; warnings (no English
title, no source, a summary over 600 characters, an undefined tag, a link that is not http(s))
do not, unless --strict. --format json writes the same as JSON for scripts.

An index of dataset files (public/data/index.json, a files list instead of events) is checked
by checking every file it lists, each with its own lines, together: an id used in two files is
an error in the later one, a tag labelled differently a warning. Mistakes in the index itself
(no files, a path outside its folder, a file listed twice) are errors of the index.

Exit codes: 0 valid, 1 errors (or warnings with --strict), 2 wrong usage or unreadable file.

Examples:
  daumoc validate public/data/events.json --lang vi
  daumoc validate a.json b.json --strict --format json -o report.json
  daumoc validate public/data/index.json",
            args: &[
                ("files", "datasets or indexes (default: public/data/events.json; - reads standard input)"),
                ("strict", "warnings fail the check too"),
                ("format", "text (default), or json for scripts"),
            ],
        },
        CommandTexts {
            name: "import",
            about: "convert a spreadsheet or a TimelineJS timeline to a dataset (JSON)",
            after_help: "\
Converts FILE to a Dấu mốc dataset (JSON, as public/data/events.json). FILE is, by --from:
  csv             the editors' spreadsheet, one row per event (docs/csv-template.csv,
                  columns in docs/dataset.md); UTF-8 with or without BOM, separated by , or ;
  timelinejs      a TimelineJS 3 JSON file
  timelinejs-csv  a TimelineJS Google Sheet downloaded as CSV
  xlsx, ods       an Excel or LibreOffice workbook in the editors' layout (the first sheet
                  whose header row has the required columns); problems name the sheet, row and
                  column (\"Sheet Sự kiện, row 5, column C (title_en)\")
CSV files may be UTF-8 (with or without BOM), UTF-16 or windows-1258: the encoding is detected.
Every event is validated as `daumoc validate` would: a wrong row or event is reported with its
row number (the header is row 1) or its events[N] and left out; the rest is converted. What
TimelineJS has and datasets cannot hold (backgrounds, times, eras, embedded HTML…) is listed;
a picture becomes the event's picture, any other media (YouTube, a map) a link. A
TimelineJS group that names a category (\"history\", \"Lịch sử\") sets it, not --category.

Exit codes: 0 all converted, 1 rows or events left out (the output has the rest) or a file
that is not of the format, 2 wrong usage, unreadable input or output exists (use --force).

Examples:
  daumoc import --from csv su-kien.csv --base public/data/events.json -o moi.json
  daumoc import --from timelinejs timeline.json --category history --level provincial
  daumoc import --from timelinejs-csv - < sheet.csv > events.json",
            args: &[
                ("file", "the file to convert; - reads standard input"),
                ("from", "what FILE is: csv, timelinejs, timelinejs-csv, xlsx or ods (see below)"),
                (
                    "category",
                    "category of events that name none (TimelineJS): history (default), congress,\n\
                     campaign, meeting, document, target, observance",
                ),
                ("level", "level of TimelineJS events: provincial (default), national, department"),
                ("base", "take the title, subtitle and tag labels from DATASET (not its events)"),
                (
                    "source_lang",
                    "language of the TimelineJS text: vi (default) or en; English goes to the en\n\
                     fields and, until translated, to vi too (a dataset must have Vietnamese)",
                ),
            ],
        },
        CommandTexts {
            name: "export",
            about: "write a dataset as CSV, TimelineJS JSON, iCalendar or a static HTML page",
            after_help: "\
Writes the dataset, by --to, as:
  csv         the editors' spreadsheet, one row per event, both languages (UTF-8 with BOM, CRLF);
              `daumoc import --from csv` reads it back
  timelinejs  TimelineJS 3 JSON, text in --lang (default vi); id, title, summary, dates and
              category come back on import; observances recurring every year are left out
  ics         an iCalendar file of every event, or with --year of that year's round
              anniversaries; text in --lang (default en)
  html        a static, accessible page of every event by year that needs no JavaScript,
              in --lang (default vi); --fragment writes only its <section>, to put in a page
  xlsx        the editors' Excel workbook: every event, a guide sheet (\"Hướng dẫn\") explaining
              each column, drop-down lists for category and level; import --from xlsx reads it
  xlsx-template  the same workbook with one example event, for a new sheet

Exit codes: 0 written, 1 not a dataset, 2 wrong usage, unreadable input, or output exists
(use --force).

Examples:
  daumoc export --to csv -o su-kien.csv
  daumoc export --to html --fragment public/data/events.json
  daumoc export --to ics --year 2020 --lang vi -o kyniem-2020.ics",
            args: &[
                ("file", "the dataset (default: public/data/events.json; - reads standard input)"),
                ("to", "the format: csv, timelinejs, ics, html, xlsx or xlsx-template (see below)"),
                ("year", "with --to ics: only the round anniversaries of YEAR"),
                ("fragment", "with --to html: only the list, to put in a page"),
                (
                    "media_base",
                    "with --to html: the dataset's folder seen from the page (e.g. data/), put\n\
                                before the relative paths of pictures",
                ),
            ],
        },
        CommandTexts {
            name: "stats",
            about: "events per category, level and decade; the time they span",
            after_help: "\
Counts the events of the dataset per category, level and decade of their start, and gives the
first and last date (ranges count to their end). Observances that recur every year are counted
apart.

Exit codes: 0 done, 1 not a dataset, 2 wrong usage or unreadable file.

Examples:
  daumoc stats --lang vi
  daumoc stats moi.json --format json",
            args: &[
                ("file", "the dataset (default: public/data/events.json; - reads standard input)"),
                ("format", "text (default), or json for scripts"),
            ],
        },
        CommandTexts {
            name: "anniversaries",
            about: "round anniversaries of YEAR (default: this year), ★ = major",
            after_help: "\
Lists the round anniversaries (every 5 years) of YEAR of the dataset, one per line: years, ★
for a major one (a multiple of 10 or 25), original date → anniversary, title. Observances that
recur every year are listed with —.

Exit codes: 0 done (even when the year has none), 1 not a dataset, 2 wrong usage or unreadable
file.

Examples:
  daumoc anniversaries --year 2020 --lang vi
  daumoc anniversaries --year=2025 other.json -o kyniem-2025.txt",
            args: &[
                ("file", "the dataset (default: public/data/events.json; - reads standard input)"),
                ("year", "the year, from 1 to 9999 (default: this year)"),
            ],
        },
        CommandTexts {
            name: "gen",
            about: "a deterministic synthetic dataset for tests and benchmarks",
            after_help: "\
Writes a synthetic dataset of N events in the format of docs/dataset.md: Vietnamese titles and
summaries with English versions, every category and level, dates from 1890 to 2030 known to the
day, the month or the year, some ranges and some days recurring every year. Every event's
source.document is \"synthetic:gen --seed S\". The same N and S always give the same bytes. The
events are not real: use the files for tests and benchmarks only, and do not commit them.

Exit codes: 0 done, 2 wrong usage or an output that cannot (or may not) be written.

Examples:
  daumoc gen --events 10000 --seed 1 -o /tmp/su-kien-10000.json
  daumoc gen --events 50 | daumoc stats -",
            args: &[
                ("events", "how many events, at most 1000000 (default: 1000)"),
                ("seed", "any whole number up to 18446744073709551615 (default: 0)"),
            ],
        },
        CommandTexts {
            name: "help",
            about: "this help, or a command's",
            after_help: "\
Examples:
  daumoc help export
  daumoc help validate --lang vi",
            args: &[("command", "the command: validate, import, export, stats, anniversaries or gen")],
        },
    ],
};

static VI: Texts = Texts {
    template: "Cách dùng: {usage}\n\n{all-args}{after-help}",
    positionals_heading: "Tham số",
    options_heading: "Tuỳ chọn",
    commands_heading: "Lệnh",
    about: "công cụ dòng lệnh cho dữ liệu Dấu mốc",
    after_help: "\
Mọi lệnh đọc bộ dữ liệu đều đọc public/data/events.json khi không nêu FILE, hoặc đọc FILE, hoặc
đọc đầu vào chuẩn khi FILE là -. FILE cũng có thể là danh mục các tệp dữ liệu
(public/data/index.json): các tệp trong danh mục được đọc và gộp lại, như ứng dụng vẫn làm. Kết
quả ghi ra đầu ra chuẩn, hoặc vào một tệp mới với -o OUT (tệp đã có chỉ bị thay khi thêm
--force). Tệp có tên bắt đầu bằng - thì đặt sau --: daumoc stats -- -x.json

Ví dụ:
  daumoc validate public/data/events.json --lang vi
  daumoc validate public/data/index.json
  daumoc import --from csv su-kien.csv --base public/data/events.json -o moi.json
  daumoc export --to html -o danh-sach.html
  daumoc anniversaries --year 2020 --lang vi
  daumoc help export --lang vi

Mã thoát:
  0  xong; dữ liệu hợp lệ
  1  dữ liệu không hợp lệ: bộ dữ liệu có lỗi, có dòng hoặc sự kiện bị bỏ lại khi nhập, một tệp
     không đúng loại lệnh cần
  2  sai dòng lệnh, không đọc được đầu vào, hoặc không thể (hay không được phép) ghi đầu ra

In English: daumoc --help --lang en",
    global_args: &[
        ("lang", "ngôn ngữ của thông báo và trợ giúp: vi hoặc en (mặc định: en)"),
        ("out", "ghi vào OUT, một tệp mới (- là đầu ra chuẩn)"),
        ("force", "thay tệp OUT nếu đã có"),
        ("help", "in trợ giúp này"),
        ("version", "in số phiên bản"),
    ],
    commands: &[
        CommandTexts {
            name: "validate",
            about: "kiểm tra bộ dữ liệu: mọi vấn đề kèm TỆP:DÒNG:CỘT, đường dẫn và mã sự kiện",
            after_help: "\
Liệt kê một lượt mọi vấn đề của các bộ dữ liệu, mỗi vấn đề một dòng:
  TỆP:DÒNG:CỘT: lỗi|cảnh báo: ĐƯỜNG DẪN (MÃ SỰ KIỆN): thông báo
rồi một dòng tổng kết cho mỗi tệp. Lỗi khiến sự kiện không lên dòng thời gian; cảnh báo (thiếu
tiêu đề tiếng Anh, thiếu nguồn, tóm tắt dài quá 600 ký tự, thẻ chưa định nghĩa, liên kết không
phải http(s)) thì không, trừ khi có --strict. --format json ghi cùng nội dung ấy dưới dạng JSON
cho các script.

Danh mục các tệp dữ liệu (public/data/index.json, có danh sách files thay cho events) được kiểm
tra bằng cách kiểm tra cùng lúc mọi tệp trong danh mục, mỗi tệp với số dòng của riêng nó: một mã
dùng ở hai tệp là lỗi của tệp sau, một thẻ có nhãn khác nhau là cảnh báo. Sai sót của chính danh
mục (không có tệp nào, đường dẫn ra ngoài thư mục, một tệp liệt kê hai lần) là lỗi của danh mục.

Mã thoát: 0 hợp lệ, 1 có lỗi (hoặc có cảnh báo khi dùng --strict), 2 sai cách dùng hoặc không
đọc được tệp.

Ví dụ:
  daumoc validate public/data/events.json --lang vi
  daumoc validate a.json b.json --strict --format json -o bao-cao.json
  daumoc validate public/data/index.json",
            args: &[
                (
                    "files",
                    "bộ dữ liệu hoặc danh mục (mặc định: public/data/events.json; - đọc đầu vào chuẩn)",
                ),
                ("strict", "cảnh báo cũng tính là không đạt"),
                ("format", "text (mặc định), hoặc json cho các script"),
            ],
        },
        CommandTexts {
            name: "import",
            about: "chuyển bảng tính hoặc dòng thời gian TimelineJS thành bộ dữ liệu (JSON)",
            after_help: "\
Chuyển FILE thành bộ dữ liệu Dấu mốc (JSON, như public/data/events.json). FILE, theo --from, là:
  csv             bảng tính của biên tập viên, mỗi dòng một sự kiện (docs/csv-template.csv, các
                  cột ở docs/dataset.md); UTF-8 có hoặc không có BOM, phân cách bằng , hoặc ;
  timelinejs      một tệp JSON TimelineJS 3
  timelinejs-csv  một Google Sheet TimelineJS tải về dạng CSV
  xlsx, ods       bảng tính Excel hoặc LibreOffice theo mẫu của biên tập viên (trang tính đầu tiên
                  có đủ các cột bắt buộc); lỗi được báo kèm trang tính, dòng và cột
                  (\"Trang tính Sự kiện, dòng 5, cột C (title_en)\")
Tệp CSV có thể là UTF-8 (có hoặc không có BOM), UTF-16 hoặc windows-1258: bảng mã được tự nhận ra.
Mọi sự kiện được kiểm tra như `daumoc validate`: dòng hoặc sự kiện sai được báo kèm số dòng (dòng
tiêu đề là dòng 1) hoặc events[N] rồi bị bỏ lại; phần còn lại vẫn được chuyển. Những gì TimelineJS
có mà bộ dữ liệu không chứa được (nền, giờ, thời kỳ, mã HTML nhúng…) được liệt kê; ảnh thành ảnh
của sự kiện, media khác (YouTube, bản đồ) thành liên kết. Nhóm TimelineJS nêu tên
một loại (\"history\", \"Lịch sử\") thì đặt loại đó, không theo --category.

Mã thoát: 0 chuyển hết, 1 có dòng hoặc sự kiện bị bỏ lại (đầu ra có phần còn lại) hoặc tệp không
đúng định dạng, 2 sai cách dùng, không đọc được đầu vào hoặc đầu ra đã có (dùng --force).

Ví dụ:
  daumoc import --from csv su-kien.csv --base public/data/events.json -o moi.json
  daumoc import --from timelinejs timeline.json --category history --level provincial
  daumoc import --from timelinejs-csv - < sheet.csv > events.json",
            args: &[
                ("file", "tệp cần chuyển; - đọc đầu vào chuẩn"),
                ("from", "FILE là gì: csv, timelinejs, timelinejs-csv, xlsx hoặc ods (xem dưới)"),
                (
                    "category",
                    "loại của sự kiện không nêu loại (TimelineJS): history (mặc định), congress,\n\
                     campaign, meeting, document, target, observance",
                ),
                ("level", "cấp của sự kiện TimelineJS: provincial (mặc định), national, department"),
                ("base", "lấy tiêu đề, phụ đề và nhãn thẻ từ DATASET (không lấy sự kiện)"),
                (
                    "source_lang",
                    "ngôn ngữ của nội dung TimelineJS: vi (mặc định) hoặc en; tiếng Anh vào các\n\
                     trường en và tạm chép sang vi cho đến khi dịch (bộ dữ liệu bắt buộc có tiếng Việt)",
                ),
            ],
        },
        CommandTexts {
            name: "export",
            about: "ghi bộ dữ liệu ra CSV, JSON TimelineJS, iCalendar hoặc trang HTML tĩnh",
            after_help: "\
Ghi bộ dữ liệu, theo --to, thành:
  csv         bảng tính của biên tập viên, mỗi dòng một sự kiện, cả hai ngôn ngữ (UTF-8 có BOM,
              CRLF); `daumoc import --from csv` đọc lại được
  timelinejs  JSON TimelineJS 3, chữ theo --lang (mặc định vi); mã, tiêu đề, tóm tắt, ngày và
              loại được giữ khi nhập lại; ngày lễ lặp lại hằng năm bị bỏ lại
  ics         tệp iCalendar của mọi sự kiện, hoặc với --year là các ngày kỷ niệm tròn năm của
              năm ấy; chữ theo --lang (mặc định en)
  html        trang tĩnh, dễ tiếp cận, liệt kê mọi sự kiện theo năm, không cần JavaScript, theo
              --lang (mặc định vi); --fragment chỉ ghi phần <section> để đặt vào một trang
  xlsx        bảng tính Excel của biên tập viên: mọi sự kiện, trang \"Hướng dẫn\" giải thích từng
              cột, danh sách chọn cho category và level; import --from xlsx đọc lại được
  xlsx-template  cùng bảng tính ấy với một sự kiện mẫu, để bắt đầu bảng mới

Mã thoát: 0 đã ghi, 1 không phải bộ dữ liệu, 2 sai cách dùng, không đọc được đầu vào hoặc đầu ra
đã có (dùng --force).

Ví dụ:
  daumoc export --to csv -o su-kien.csv
  daumoc export --to html --fragment public/data/events.json
  daumoc export --to ics --year 2020 --lang vi -o kyniem-2020.ics",
            args: &[
                ("file", "bộ dữ liệu (mặc định: public/data/events.json; - đọc đầu vào chuẩn)"),
                ("to", "định dạng: csv, timelinejs, ics, html, xlsx hoặc xlsx-template (xem dưới)"),
                ("year", "với --to ics: chỉ các ngày kỷ niệm tròn năm của YEAR"),
                ("fragment", "với --to html: chỉ phần danh sách, để đặt vào một trang"),
                (
                    "media_base",
                    "với --to html: thư mục của bộ dữ liệu nhìn từ trang (ví dụ data/), đặt\n\
                                trước đường dẫn tương đối của ảnh",
                ),
            ],
        },
        CommandTexts {
            name: "stats",
            about: "số sự kiện theo loại, cấp và thập niên; khoảng thời gian chúng trải qua",
            after_help: "\
Đếm các sự kiện của bộ dữ liệu theo loại, cấp và thập niên bắt đầu, và cho biết ngày đầu tiên và
cuối cùng (sự kiện kéo dài tính đến ngày kết thúc). Ngày lễ lặp lại hằng năm được đếm riêng.

Mã thoát: 0 xong, 1 không phải bộ dữ liệu, 2 sai cách dùng hoặc không đọc được tệp.

Ví dụ:
  daumoc stats --lang vi
  daumoc stats moi.json --format json",
            args: &[
                ("file", "bộ dữ liệu (mặc định: public/data/events.json; - đọc đầu vào chuẩn)"),
                ("format", "text (mặc định), hoặc json cho các script"),
            ],
        },
        CommandTexts {
            name: "anniversaries",
            about: "các ngày kỷ niệm tròn năm của YEAR (mặc định: năm nay), ★ = kỷ niệm lớn",
            after_help: "\
Liệt kê các ngày kỷ niệm tròn năm (mỗi 5 năm) trong YEAR của bộ dữ liệu, mỗi ngày một dòng: số
năm, ★ nếu là kỷ niệm lớn (bội số của 10 hoặc 25), ngày gốc → ngày kỷ niệm, tiêu đề. Ngày lễ lặp
lại hằng năm được liệt kê với —.

Mã thoát: 0 xong (cả khi năm ấy không có ngày nào), 1 không phải bộ dữ liệu, 2 sai cách dùng hoặc
không đọc được tệp.

Ví dụ:
  daumoc anniversaries --year 2020 --lang vi
  daumoc anniversaries --year=2025 khac.json -o kyniem-2025.txt",
            args: &[
                ("file", "bộ dữ liệu (mặc định: public/data/events.json; - đọc đầu vào chuẩn)"),
                ("year", "năm, từ 1 đến 9999 (mặc định: năm nay)"),
            ],
        },
        CommandTexts {
            name: "gen",
            about: "bộ dữ liệu tổng hợp, tất định, cho kiểm thử và đo hiệu năng",
            after_help: "\
Ghi một bộ dữ liệu tổng hợp gồm N sự kiện theo định dạng của docs/dataset.md: tiêu đề và tóm tắt
tiếng Việt kèm bản tiếng Anh, đủ mọi loại và cấp, ngày từ 1890 đến 2030 biết đến ngày, tháng hoặc
năm, một số khoảng thời gian và một số ngày lặp lại hằng năm. source.document của mọi sự kiện là
\"synthetic:gen --seed S\". Cùng N và S luôn cho ra cùng các byte. Các sự kiện không có thật: chỉ
dùng các tệp này để kiểm thử và đo hiệu năng, và đừng commit chúng.

Mã thoát: 0 xong, 2 sai cách dùng hoặc đầu ra không thể (hay không được phép) ghi.

Ví dụ:
  daumoc gen --events 10000 --seed 1 -o /tmp/su-kien-10000.json
  daumoc gen --events 50 | daumoc stats -",
            args: &[
                ("events", "số sự kiện, nhiều nhất 1000000 (mặc định: 1000)"),
                ("seed", "số nguyên bất kỳ đến 18446744073709551615 (mặc định: 0)"),
            ],
        },
        CommandTexts {
            name: "help",
            about: "trợ giúp này, hoặc của một lệnh",
            after_help: "\
Ví dụ:
  daumoc help export
  daumoc help validate --lang vi",
            args: &[("command", "lệnh: validate, import, export, stats, anniversaries hoặc gen")],
        },
    ],
};
