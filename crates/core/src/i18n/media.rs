//! Pictures and teachers' lessons on screen. Part of the one translation table (see `i18n`).

use super::Plural;

/// Words of pictures, links and the lesson tray.
pub struct MediaStrings {
    /// Under a picture: {0}=who made it.
    pub credit: &'static str,
    /// The link around a picture in the detail, for screen readers: {0}=its alt text.
    pub open_picture: &'static str,
    /// The heading of an event's links (videos, maps).
    pub see_also: &'static str,
    /// The button on cards and in the detail that adds an event to the lesson or takes it out.
    pub pick: &'static str,
    /// The same button once the event is in the lesson.
    pub picked: &'static str,
    /// The tray's heading: {0}=how many events.
    pub lesson_title: Plural,
    /// Moves an event one place earlier: {0}=its title.
    pub move_up: &'static str,
    /// Moves an event one place later: {0}=its title.
    pub move_down: &'static str,
    /// Takes an event out of the lesson: {0}=its title.
    pub remove: &'static str,
    /// Empties the lesson.
    pub clear: &'static str,
    /// Presents the lesson.
    pub present: &'static str,
    /// How to reorder by keyboard.
    pub tray_help: &'static str,
}

/// Vietnamese.
pub const VI: MediaStrings = MediaStrings {
    credit: "Ảnh: {0}",
    open_picture: "Mở ảnh: {0}",
    see_also: "Xem thêm",
    pick: "Chọn để trình chiếu",
    picked: "Đã chọn để trình chiếu",
    lesson_title: Plural { one: "Bài giảng: {0} sự kiện", other: "Bài giảng: {0} sự kiện" },
    move_up: "Đưa lên trước: {0}",
    move_down: "Đưa xuống sau: {0}",
    remove: "Bỏ khỏi bài giảng: {0}",
    clear: "Xóa hết",
    present: "Trình chiếu bài giảng",
    tray_help: "Dùng nút ↑ ↓ để đổi thứ tự; liên kết trình chiếu có thể lưu hoặc gửi cho học sinh.",
};

/// English.
pub const EN: MediaStrings = MediaStrings {
    credit: "Photo: {0}",
    open_picture: "Open the picture: {0}",
    see_also: "See also",
    pick: "Pick for the presentation",
    picked: "Picked for the presentation",
    lesson_title: Plural { one: "Lesson: {0} event", other: "Lesson: {0} events" },
    move_up: "Move earlier: {0}",
    move_down: "Move later: {0}",
    remove: "Remove from the lesson: {0}",
    clear: "Clear all",
    present: "Present the lesson",
    tray_help: "Use the ↑ ↓ buttons to change the order; the presentation's link can be bookmarked or sent to students.",
};
