//! One component per concept, each in a file named after it.

mod anniversary_view;
mod category_badge;
mod data_notice;
mod embed;
mod event_card;
mod event_detail;
mod explorer;
mod filter_panel;
mod highlighted;
mod load_error;
mod loading;
mod overview_axis;
mod param_notice;
mod presentation;
mod search_box;
mod site_header;
mod timeline;
mod upcoming_strip;

pub use anniversary_view::AnniversaryView;
pub use category_badge::CategoryBadge;
pub use data_notice::DataNotice;
pub use embed::{EmbedDialog, EmbedFooter};
pub use event_card::EventCard;
pub use event_detail::EventDetail;
pub use explorer::Explorer;
pub use filter_panel::FilterPanel;
pub use highlighted::{Highlighted, LocalizedText};
pub use load_error::LoadErrorView;
pub use loading::Loading;
pub use overview_axis::OverviewAxis;
pub use param_notice::ParamNotice;
pub use presentation::Presentation;
pub use search_box::SearchBox;
pub use site_header::SiteHeader;
pub use timeline::Timeline;
pub use upcoming_strip::UpcomingStrip;
