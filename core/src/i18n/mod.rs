//! UI strings (Fluent, from `locales/`) and locale handling: negotiation,
//! fallback to English, text direction.

mod bundles;
pub mod locales;
mod negotiate;
mod strings;

pub use bundles::{UI_LOCALES, missing_message_count};
pub use locales::{Direction, LocaleInfo};
pub use negotiate::{content_chain, negotiate_ui};
pub use strings::Strings;
