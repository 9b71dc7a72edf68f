//! UI strings (Fluent, from `locales/`) and locale handling: negotiation,
//! fallback to English, text direction.

mod bundles;
pub mod check;
pub mod locales;
mod negotiate;
pub mod overrides;
mod strings;

pub use bundles::{Bundle, UI_LOCALES, missing_message_count};
pub use locales::{Direction, LocaleInfo};
pub use negotiate::{content_chain, negotiate_ui, negotiate_ui_with};
pub use strings::Strings;
