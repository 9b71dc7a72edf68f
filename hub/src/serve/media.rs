//! Response headers that depend on the file: its type and how long caches
//! may keep it.

use std::path::Path;

/// Content-addressed packs never change under their name.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Manifests and lists change in place: caches must ask every time (a
/// conditional request, answered 304 while nothing changed).
pub const REVALIDATE: &str = "no-cache";

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => "application/json",
        Some("zst" | "zstd") => "application/zstd",
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        Some("pub") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// `relative` is the path under DIST.
pub fn cache_control(relative: &Path) -> &'static str {
    let in_packs = relative.components().next().is_some_and(|c| c.as_os_str() == "packs");
    let is_json = relative.extension().is_some_and(|e| e == "json");
    if in_packs && !is_json { IMMUTABLE } else { REVALIDATE }
}
