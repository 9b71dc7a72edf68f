//! The builder: turns a content source folder (the format NGOs edit, see
//! `content/README.md`) into a validated [`Pack`]. Every problem is reported
//! with its file, line and reason; nothing is half-built.

mod article;
mod error;
mod file;
mod form;
mod helpline;

use std::fs;
use std::path::Path;

use serde::Deserialize;

pub use error::{BuildError, BuildErrors};
use file::SourceFile;

use super::{PACK_FORMAT, Pack};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackMeta {
    id: String,
    version: u64,
}

/// Builds the pack in `dir`, or lists every problem found.
pub fn build_pack(dir: &Path) -> Result<Pack, BuildErrors> {
    let mut errors = BuildErrors::default();
    let meta = SourceFile::read(&dir.join("pack.toml"))
        .and_then(|f| f.parse_toml::<PackMeta>(&f.text, 0))
        .map_err(|e| errors.push(e))
        .ok();
    let articles = each_item(dir, "articles", &mut errors, article::build);
    let helplines = each_item(dir, "helplines", &mut errors, helpline::build);
    // Forms are optional: most packs have none.
    let forms = if dir.join("forms").exists() { each_item(dir, "forms", &mut errors, form::build) } else { Vec::new() };
    let Some(meta) = meta else { return Err(errors) };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut pack = Pack { format: PACK_FORMAT, id: meta.id, version: meta.version, articles, helplines, forms };
    pack.canonicalize();
    // The pack's own rules catch what needs the whole picture (an English text per item...).
    pack.validate().map_err(|e| BuildErrors::one(BuildError::new(dir, None, e.to_string())))?;
    Ok(pack)
}

/// Runs `build` on every item folder under `dir/kind`, in name order.
fn each_item<T>(
    dir: &Path,
    kind: &str,
    errors: &mut BuildErrors,
    build: fn(&Path, &str) -> Result<T, BuildErrors>,
) -> Vec<T> {
    let root = dir.join(kind);
    let mut names: Vec<_> = match fs::read_dir(&root) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            errors.push(BuildError::new(&root, None, format!("cannot read folder: {e}")));
            return Vec::new();
        }
    };
    names.sort();
    let mut items = Vec::new();
    for path in names {
        if !path.is_dir() {
            errors.push(BuildError::new(&path, None, "only item folders belong here"));
            continue;
        }
        let id = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
        if let Err(reason) = super::validate::id(&id) {
            errors.push(BuildError::new(&path, None, reason));
            continue;
        }
        match build(&path, &id) {
            Ok(item) => items.push(item),
            Err(e) => errors.extend(e),
        }
    }
    items
}

/// The locale files of an item folder (`<locale>.<extension>`), in name order,
/// and errors for anything else found there.
fn locale_files(dir: &Path, extension: &str, skip: &str, errors: &mut BuildErrors) -> Vec<(String, SourceFile)> {
    let mut paths: Vec<_> = match fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => {
            errors.push(BuildError::new(dir, None, format!("cannot read folder: {e}")));
            return Vec::new();
        }
    };
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if name == skip {
            continue;
        }
        let Some(tag) = name.strip_suffix(&format!(".{extension}")) else {
            errors.push(BuildError::new(
                &path,
                None,
                format!("unexpected file: expected {skip} or <locale>.{extension}"),
            ));
            continue;
        };
        if let Err(reason) = super::validate::locale(tag) {
            errors.push(BuildError::new(&path, None, reason));
            continue;
        }
        match SourceFile::read(&path) {
            Ok(file) => files.push((tag.to_owned(), file)),
            Err(e) => errors.push(e),
        }
    }
    files
}
