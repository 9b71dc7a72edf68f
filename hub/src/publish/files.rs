//! Files of a publication: write-once packs, an atomically replaced
//! manifest, the previous manifest, and pushed UI strings from the content
//! folder (`ui/<locale>.ftl`).

use std::io::Write;
use std::path::Path;

use haven_core::sync::{Manifest, UiStrings};

use super::{PublishError, unverified_payload};

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> PublishError + '_ {
    move |source| PublishError::Io { path: path.to_owned(), source }
}

/// Writes a content-addressed file unless it exists. Returns whether it wrote.
pub fn write_once(path: &Path, bytes: &[u8]) -> Result<bool, PublishError> {
    if path.exists() {
        return Ok(false);
    }
    write_atomically(path, bytes)?;
    Ok(true)
}

/// Writes through a temporary file and a rename, so a reader (or a host
/// syncing the folder) never sees half a file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    let dir = path.parent().expect("a file path has a parent");
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(io(dir))?;
    temp.write_all(bytes).map_err(io(path))?;
    temp.as_file().sync_all().map_err(io(path))?;
    temp.persist(path).map_err(|e| PublishError::Io { path: path.to_owned(), source: e.error })?;
    Ok(())
}

pub fn read_previous_manifest(path: &Path) -> Result<Option<Manifest>, PublishError> {
    match std::fs::read(path) {
        Ok(bytes) => {
            unverified_payload(&bytes).map(Some).ok_or_else(|| PublishError::PreviousManifest(path.to_owned()))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(PublishError::Io { path: path.to_owned(), source: e }),
    }
}

/// Largest UI strings file read from a content folder.
const MAX_UI_FILE_BYTES: u64 = 512 * 1024;

pub fn read_ui_strings(content_dir: &Path) -> Result<Vec<UiStrings>, PublishError> {
    let dir = content_dir.join("ui");
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.map_err(io(&dir))?.path();
        let Some(locale) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else { continue };
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        if std::fs::metadata(&path).map_err(io(&path))?.len() > MAX_UI_FILE_BYTES {
            return Err(PublishError::Content(format!("{}: larger than {MAX_UI_FILE_BYTES} bytes", path.display())));
        }
        let source = std::fs::read_to_string(&path).map_err(io(&path))?;
        haven_core::i18n::overrides::check_override(&locale, &source).map_err(|problems| {
            let listed: Vec<String> = problems.iter().take(5).map(|p| format!("{}: {p}", path.display())).collect();
            PublishError::Content(listed.join("\n"))
        })?;
        out.push(UiStrings { locale, source });
    }
    out.sort_by(|a, b| a.locale.cmp(&b.locale));
    Ok(out)
}
