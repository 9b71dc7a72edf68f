//! `Haven`: the one object a shell holds. Open it, ask for a view per screen,
//! close it.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock};

use rusqlite::Connection;

use crate::content::ContentError;
use crate::content::{Pack, builtin_pack, builtin_pack_version, region};
use crate::i18n::overrides::{self, Overrides};
use crate::i18n::{self, LocaleInfo, Strings};
use crate::safety::{Envelope, Running, SafetyState};

use crate::secrets::{DbKey, SecretStore};
use crate::store::{self, ContentReader, Settings, StoreError};
use crate::{Error, OpenOptions};

const SETTING_LANGUAGE: &str = "language";
const SETTING_REGION: &str = "region";
const BUILTIN_PACK_ID: &str = "builtin";
/// SQLite virtual-machine steps between two looks at the interrupt flag:
/// a few microseconds of work, so a statement stops within microseconds of
/// `close`, at a cost too small to measure.
const INTERRUPT_CHECK_STEPS: i32 = 1_000;

pub struct Haven {
    /// The open store; `None` while locked.
    pub(crate) conn: Mutex<Option<Connection>>,
    /// Raised by `close` before it waits for `conn`: a statement running on
    /// the open connection (a sync's apply) fails at once with
    /// `SQLITE_INTERRUPT` and its transaction rolls back, so closing never
    /// waits for a long write. A fresh flag comes with every connection.
    interrupt: Mutex<Arc<AtomicBool>>,
    /// Network work under way, stopped by `lock`.
    pub(crate) running: Running,
    pub(crate) secrets: Arc<dyn SecretStore>,
    pub(crate) safety: Mutex<SafetyState>,
    data_dir: PathBuf,
    options: OpenOptions,
    /// Pushed UI strings, by locale, checked when they were installed.
    pub(crate) overrides: RwLock<Overrides>,
    /// A language for this session only (`OpenOptions::language_override`),
    /// until the user chooses one.
    session_language: RwLock<Option<String>>,
}

/// The built-in pack, decoded once per process and only when needed.
pub(crate) fn embedded_pack() -> Result<&'static Pack, Error> {
    static PACK: OnceLock<Pack> = OnceLock::new();
    if let Some(pack) = PACK.get() {
        return Ok(pack);
    }
    let pack = builtin_pack()?;
    Ok(PACK.get_or_init(|| pack))
}

impl Haven {
    /// Opens Haven in `data_dir` (creating the store on first launch, with
    /// the built-in content), keyed from `secrets`.
    ///
    /// When an unlock code is set, Haven opens locked: `lock_view()` says
    /// what to show (the disguise or the code prompt) and `unlock` opens the
    /// store. A wipe that a crash interrupted is finished first.
    pub fn open(data_dir: &Path, secrets: Arc<dyn SecretStore>, options: OpenOptions) -> Result<Haven, Error> {
        crate::safety::finish_interrupted_wipe(data_dir, secrets.as_ref())?;
        let envelope = crate::safety::load_envelope(secrets.as_ref())?;
        let mut safety = SafetyState::new(options.code_cost);
        safety.learn(envelope.as_ref());
        let needs_code = safety.has_unlock_code();
        let options_language = options.language_override.clone();
        let haven = Haven {
            conn: Mutex::new(None),
            interrupt: Mutex::new(Arc::new(AtomicBool::new(false))),
            running: Running::default(),
            secrets,
            safety: Mutex::new(safety),
            data_dir: data_dir.to_owned(),
            options,
            overrides: RwLock::new(Overrides::new()),
            session_language: RwLock::new(options_language),
        };
        if !needs_code {
            let envelope = haven.open_store(envelope, None, None)?;
            haven.ensure_spare(envelope);
        }
        Ok(haven)
    }

    /// Opens the store with the key in `envelope` (what the secret store
    /// holds, already read by the caller), or with `key` when the caller
    /// unwrapped it. `pin` wraps a newly made key when the user asked for a
    /// PIN-protected key. Returns the envelope as it is now saved.
    pub(crate) fn open_store(
        &self,
        envelope: Option<Envelope>,
        key: Option<DbKey>,
        pin: Option<&str>,
    ) -> Result<Envelope, Error> {
        let mut envelope = envelope.unwrap_or_default();
        let saved = key.or_else(|| envelope.raw_key());
        let cost = self.safety_state().cost;
        let secrets = self.secrets.clone();
        let (mut conn, _created) = store::open_encrypted(&self.data_dir, saved, &mut |new_key| {
            match pin {
                Some(pin) if envelope.pin_protect => envelope.set_wrapped_key(new_key, pin, cost)?,
                _ => envelope.set_raw_key(new_key),
            }
            Ok(envelope.save(secrets.as_ref())?)
        })?;
        install_builtin_if_newer(&mut conn)?;
        let interrupt = Arc::new(AtomicBool::new(false));
        let raised = interrupt.clone();
        conn.progress_handler(INTERRUPT_CHECK_STEPS, Some(move || raised.load(Ordering::SeqCst)))
            .map_err(StoreError::from)?;
        let overrides = load_overrides(&conn)?;
        let mut guard = self.conn.lock().unwrap_or_else(|p| p.into_inner());
        *self.overrides.write().map_err(|_| StoreError::Closed)? = overrides;
        *self.interrupt.lock().unwrap_or_else(|p| p.into_inner()) = interrupt;
        *guard = Some(conn);
        Ok(envelope)
    }

    pub(crate) fn safety_state(&self) -> MutexGuard<'_, SafetyState> {
        // Nothing in the state can be left half-updated by a panic that matters more than locking.
        self.safety.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Closes the store at once. Views after this fail with `Error::Locked`
    /// until `unlock` or `resume`. A statement running on another thread is
    /// interrupted (its transaction rolls back) rather than waited for.
    pub fn close(&self) {
        self.interrupt.lock().unwrap_or_else(|p| p.into_inner()).store(true, Ordering::SeqCst);
        let conn = self.conn.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(conn) = conn {
            store::close_quickly(conn);
        }
    }

    /// Whether the store is open (not locked).
    pub fn is_unlocked(&self) -> bool {
        self.conn.lock().unwrap_or_else(|p| p.into_inner()).is_some()
    }

    pub(crate) fn options(&self) -> &OpenOptions {
        &self.options
    }

    pub(crate) fn with_conn_mut<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T, Error>) -> Result<T, Error> {
        let mut guard = self.conn.lock().map_err(|_| StoreError::Closed)?;
        let conn = guard.as_mut().ok_or(Error::Locked)?;
        f(conn)
    }

    /// Reads pushed UI strings again after sync changed them. They are
    /// kept while the store is still held, so a lock (which clears them
    /// after closing the store) cannot be overtaken by this.
    pub(crate) fn reload_overrides(&self) -> Result<(), Error> {
        self.with_conn(|conn| {
            let overrides = load_overrides(conn)?;
            *self.overrides.write().map_err(|_| StoreError::Closed)? = overrides;
            Ok(())
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub(crate) fn with_conn<T>(&self, f: impl FnOnce(&Connection) -> Result<T, Error>) -> Result<T, Error> {
        let guard: MutexGuard<'_, Option<Connection>> = self.conn.lock().map_err(|_| StoreError::Closed)?;
        let conn = guard.as_ref().ok_or(Error::Locked)?;
        f(conn)
    }

    /// UI strings while locked: the store (and the saved language) is out
    /// of reach, so the device's languages decide.
    pub(crate) fn strings_while_locked(&self) -> Strings {
        let mut requested: Vec<String> = Vec::new();
        if let Ok(session) = self.session_language.read() {
            requested.extend(session.clone());
        }
        requested.extend(self.options.device_locales.iter().cloned());
        Strings::with_overrides(i18n::negotiate_ui_with(&requested, &[]), None)
    }

    pub(crate) fn reader<T>(&self, f: impl FnOnce(&ContentReader<'_>) -> Result<T, Error>) -> Result<T, Error> {
        self.with_conn(|conn| f(&ContentReader(conn)))
    }

    /// The requested languages, best first: session override, saved choice, device.
    fn requested_locales(&self, conn: &Connection) -> Result<Vec<String>, Error> {
        let mut requested = Vec::new();
        requested.extend(self.session_language.read().map_err(|_| StoreError::Closed)?.clone());
        requested.extend(Settings(conn).get(SETTING_LANGUAGE)?);
        requested.extend(self.options.device_locales.iter().cloned());
        Ok(requested)
    }

    /// What a view needs to know about the user's language and place.
    pub(crate) fn context(&self) -> Result<ViewContext, Error> {
        self.with_conn(|conn| {
            let requested = self.requested_locales(conn)?;
            let region = Settings(conn).get(SETTING_REGION)?.or_else(|| self.options.region.clone());
            let overrides = self.overrides.read().map_err(|_| StoreError::Closed)?;
            let pushed: Vec<&str> = overrides.keys().map(String::as_str).collect();
            let ui = i18n::negotiate_ui_with(&requested, &pushed);
            Ok(ViewContext {
                ui,
                ui_overrides: overrides.get(ui.tag).cloned(),
                content_locale: i18n::content_chain(&requested)[0],
                region: region.filter(|r| region::check(r).is_ok()),
                time_zone: self.options.time_zone.clone(),
            })
        })
    }

    /// Saves the user's language choice (`None`: follow the device). A
    /// choice ends any session-only language.
    pub fn set_language(&self, tag: Option<&str>) -> Result<(), Error> {
        if let Some(tag) = tag
            && i18n::locales::find(tag).is_none()
        {
            return Err(Error::InvalidArgument(format!("unknown language {tag:?}")));
        }
        self.with_conn(|conn| Ok(Settings(conn).set(SETTING_LANGUAGE, tag)?))?;
        *self.session_language.write().map_err(|_| StoreError::Closed)? = None;
        Ok(())
    }

    /// Whether the language follows the device (no saved or session choice).
    pub(crate) fn follows_device_language(&self) -> Result<bool, Error> {
        let session = self.session_language.read().map_err(|_| StoreError::Closed)?.is_some();
        Ok(!session && self.with_conn(|conn| Ok(Settings(conn).get(SETTING_LANGUAGE)?.is_none()))?)
    }

    /// Saves the user's country or area (`None`: follow the device).
    pub fn set_region(&self, code: Option<&str>) -> Result<(), Error> {
        if let Some(code) = code {
            region::check(code).map_err(Error::InvalidArgument)?;
        }
        self.with_conn(|conn| Ok(Settings(conn).set(SETTING_REGION, code)?))
    }

    /// Installs a pack, replacing the content that pack had before, in one
    /// transaction. The pack is validated again here; callers must also have
    /// checked where it came from (the built-in pack is compiled in; sync
    /// verifies signatures first).
    pub fn install_pack(&self, pack: &Pack) -> Result<(), Error> {
        pack.validate()?;
        let mut guard = self.conn.lock().map_err(|_| StoreError::Closed)?;
        let conn = guard.as_mut().ok_or(Error::Locked)?;

        store::install_pack(conn, pack, unix_now())?;
        Ok(())
    }

    /// Adds or replaces pushed UI strings for a locale. The source is checked
    /// like a shipped locale (known ids, same variables, valid plurals, no
    /// junk); on any problem nothing changes and the error names the line.
    pub fn install_ui_strings(&self, locale: &str, source: &str) -> Result<(), Error> {
        overrides::check_override(locale, source).map_err(|problems| {
            let listed: Vec<String> = problems.iter().take(5).map(ToString::to_string).collect();
            let more = problems.len().saturating_sub(listed.len());
            let tail = if more > 0 { format!("; and {more} more") } else { String::new() };
            ContentError::invalid(format!("ui strings {locale}"), "source", format!("{}{tail}", listed.join("; ")))
        })?;
        let bundle = overrides::override_bundle(locale, source)
            .ok_or_else(|| ContentError::invalid(format!("ui strings {locale}"), "source", "does not load"))?;
        self.with_conn(|conn| {
            conn.execute(
                "INSERT INTO ui_overrides(locale, source, installed_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(locale) DO UPDATE SET source = excluded.source, installed_at = excluded.installed_at",
                rusqlite::params![locale, source, unix_now()],
            )
            .map_err(StoreError::from)?;
            self.overrides.write().map_err(|_| StoreError::Closed)?.insert(locale.to_owned(), bundle);
            Ok(())
        })
    }

    /// Version of an installed pack.
    pub fn pack_version(&self, pack_id: &str) -> Result<Option<u64>, Error> {
        self.reader(|r| Ok(r.pack_version(pack_id)?))
    }
}

/// The user's language and place, resolved for one view.
pub(crate) struct ViewContext {
    pub ui: &'static LocaleInfo,
    pub ui_overrides: Option<Arc<i18n::Bundle>>,
    pub content_locale: &'static str,
    pub region: Option<String>,
    pub time_zone: Option<String>,
}

impl ViewContext {
    pub fn strings(&self) -> Strings {
        Strings::with_overrides(self.ui, self.ui_overrides.clone())
    }
}

pub(crate) fn install_builtin_if_newer(conn: &mut Connection) -> Result<(), Error> {
    let installed = ContentReader(conn).pack_version(BUILTIN_PACK_ID)?;
    if installed.is_none_or(|v| v < builtin_pack_version().unwrap_or(u64::MAX)) {
        let pack = embedded_pack()?;
        store::install_pack(conn, pack, unix_now())?;
        tracing::info!(version = pack.version, "installed the built-in content pack");
    }
    Ok(())
}

pub(crate) fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

fn load_overrides(conn: &Connection) -> Result<Overrides, Error> {
    let mut stmt = conn.prepare("SELECT locale, source FROM ui_overrides").map_err(StoreError::from)?;
    let rows =
        stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))).map_err(StoreError::from)?;
    let mut overrides = Overrides::new();
    for row in rows {
        let (locale, source) = row.map_err(StoreError::from)?;
        // Checked on install; a row that no longer loads (a newer Haven's?) is skipped, not fatal.
        if let Some(bundle) = overrides::override_bundle(&locale, &source) {
            overrides.insert(locale, bundle);
        }
    }
    Ok(overrides)
}
