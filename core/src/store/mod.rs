//! The encrypted store: SQLCipher through rusqlite, keyed with a raw 256-bit
//! key, migrated one numbered step per transaction.

#[doc(hidden)]
pub mod bench_support;
mod connection;
mod content_read;
mod content_write;
mod error;
mod forms_write;
mod key_check;
mod migrations;
mod search_read;
mod settings;
mod zeroing_allocator;

pub(crate) use connection::{close_quickly, open_encrypted, open_encrypted_files, with_bulk_cache};

pub use connection::{DB_FILE_NAME, StoreFiles};
pub(crate) use content_read::ContentReader;
pub use content_read::{ArticleFilter, ArticleRow, HelplineRow};
pub(crate) use content_write::{
    BUILTIN_PACK_ID, insert_articles, insert_helplines, install_pack, refresh_derived, remove_pack, reset_pack,
};
pub use error::StoreError;
pub(crate) use forms_write::{insert_form_if_owner, restore_builtin_forms};
pub use migrations::SCHEMA_VERSION;
pub(crate) use search_read::SearchReader;
pub use search_read::SearchRow;
pub(crate) use settings::Settings;
