//! `cargo xtask pack`: content/ -> core/assets/builtin-pack.json.

use haven_core::content::source::build_pack;

use crate::run::workspace_root;

pub fn run() -> Result<(), String> {
    let root = workspace_root();
    let pack = build_pack(&root.join("content")).map_err(|errors| format!("content/ has problems:\n{errors}"))?;
    let bytes = pack.to_canonical_bytes().map_err(|e| e.to_string())?;
    let out = root.join("core/assets/builtin-pack.json");
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    eprintln!(
        "xtask: wrote {} ({} articles, {} helplines, {} bytes, version {})",
        out.display(),
        pack.articles.len(),
        pack.helplines.len(),
        bytes.len(),
        pack.version
    );
    Ok(())
}
