//! The content domain: articles, helplines, the pack that carries them, and
//! the rules every byte of content must pass before the store accepts it.

mod builtin;
mod error;
pub mod form;
pub mod hours;
pub mod limits;
pub mod markdown;
mod pack;
pub mod phone;
pub mod region;
pub mod source;
mod taxonomy;
pub(crate) mod validate;

pub use builtin::{BUILTIN_PACK_BYTES, builtin_pack, builtin_pack_version};
pub use error::ContentError;
pub use form::{FieldKind, Form, FormField, FormOption, FormStep, FormText};
pub use pack::{Article, ArticleText, Channel, Helpline, HelplineText, PACK_FORMAT, Pack};
pub use taxonomy::{Audience, Category, ChannelKind, Cost, ExploitationType, ReviewStatus, Sector, Trace};
