//! The `Haven` object a shell holds: open it, set the language and place,
//! ask for one view per screen (the view files add those methods), close it.

use std::path::Path;
use std::sync::Arc;

use crate::HavenError;
use crate::error::naming;
use crate::secrets::{ForeignSecrets, SecretStore};

/// What the shell tells the core when it opens Haven (mirrors
/// `haven_core::OpenOptions`).
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct OpenOptions {
    /// The device's preferred languages, best first (BCP 47).
    #[uniffi(default)]
    pub device_locales: Vec<String>,
    /// A language for this session only, ahead of the saved choice; never saved.
    #[uniffi(default)]
    pub language_override: Option<String>,
    /// The device's IANA time zone, to show helpline hours in local time.
    #[uniffi(default)]
    pub time_zone: Option<String>,
    /// The device's region (ISO 3166), used until the user chooses one.
    #[uniffi(default)]
    pub region: Option<String>,
    /// A root list (JSON) for sync to trust instead of the one built into
    /// the app: for an NGO's staging hub and tests only; phones leave it unset.
    #[uniffi(default)]
    pub trust_root_json: Option<String>,
    // The Argon2id cost of unlock codes is not a shell's choice: always the
    // core's default, so no shell can weaken it.
}

impl From<OpenOptions> for haven_core::OpenOptions {
    fn from(o: OpenOptions) -> Self {
        haven_core::OpenOptions {
            device_locales: o.device_locales,
            language_override: o.language_override,
            time_zone: o.time_zone,
            region: o.region,
            ..haven_core::OpenOptions::default()
        }
    }
}

#[derive(uniffi::Object)]
pub struct Haven {
    // An `Arc` so that later async calls (sync, reports) can move a handle
    // onto the runtime while the shell keeps its own.
    pub(crate) inner: Arc<haven_core::Haven>,
}

#[uniffi::export]
impl Haven {
    /// Opens Haven in `data_dir`, creating the encrypted store on first
    /// launch (with the built-in content) and keeping its key in `secrets`.
    /// With an unlock code set, Haven opens locked: `lock_view()` says
    /// which cover to draw, and views raise `Locked` until `unlock`.
    #[uniffi::constructor]
    pub fn open(
        data_dir: String,
        secrets: Arc<dyn SecretStore>,
        options: OpenOptions,
    ) -> Result<Arc<Self>, HavenError> {
        let secrets = Arc::new(ForeignSecrets(secrets));
        let trust_anchor = match options.trust_root_json.as_deref() {
            Some(json) => Some(
                haven_core::sync::RootList::from_payload(json.as_bytes())
                    .map_err(|e| HavenError::InvalidArgument { reason: format!("trust root: {e}") })?,
            ),
            None => None,
        };
        let mut core_options: haven_core::OpenOptions = options.into();
        core_options.trust_anchor = trust_anchor;
        let inner = haven_core::Haven::open(Path::new(&data_dir), secrets, core_options)?;
        Ok(Arc::new(Haven { inner: Arc::new(inner) }))
    }

    /// Closes the store at once; views then fail with `Locked`. Not named
    /// `close`: Kotlin objects already have `close()` (AutoCloseable), which
    /// frees the object itself.
    pub fn close_store(&self) {
        self.inner.close();
    }

    /// Whether the store is open.
    pub fn is_unlocked(&self) -> bool {
        self.inner.is_unlocked()
    }

    /// Saves the user's language (`None`: follow the device).
    pub fn set_language(&self, tag: Option<String>) -> Result<(), HavenError> {
        self.inner.set_language(tag.as_deref()).map_err(naming("the language tag"))
    }

    /// Saves the user's country or area (`None`: follow the device).
    pub fn set_region(&self, code: Option<String>) -> Result<(), HavenError> {
        self.inner.set_region(code.as_deref()).map_err(naming("the region code"))
    }

    /// Adds or replaces pushed UI strings (Fluent source) for a locale.
    /// Checked first: on any problem nothing changes (`InvalidContent`).
    pub fn install_ui_strings(&self, locale: String, source: String) -> Result<(), HavenError> {
        self.inner.install_ui_strings(&locale, &source).map_err(naming("the locale"))
    }

    /// The version of an installed content pack, if it is installed.
    pub fn pack_version(&self, pack_id: String) -> Result<Option<u64>, HavenError> {
        Ok(self.inner.pack_version(&pack_id)?)
    }
}
