//! The sync section of BENCHMARKS.md: transfers and peak memory, from the
//! summary the `sync` bench of haven-core writes (counts, not timings).

use std::fmt::Write as _;
use std::path::Path;

/// A one-article edit may transfer at most this share of the content bytes.
const EDIT_SHARE_TARGET: f64 = 0.05;
/// Applying a ~20 MB publication may raise peak memory at most this much.
const PEAK_MEMORY_TARGET_KIB: f64 = 32.0 * 1024.0;

pub fn section(criterion: &Path, out: &mut String) -> Result<(), String> {
    let _ = writeln!(out, "\n## Sync transfers and memory (loopback hub)\n");
    let path = criterion.join("sync_summary/summary.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        let _ = writeln!(out, "Not measured in this run.");
        return Ok(());
    };
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let n = |key: &str| json[key].as_f64().unwrap_or(f64::NAN);
    let met = |ok: bool| if ok { "yes" } else { "no" };
    let _ = writeln!(out, "| What | Measured | Target | Met |");
    let _ = writeln!(out, "|---|---|---|---|");
    let _ = writeln!(
        out,
        "| Sync with nothing changed (1 publisher) | {} conditional manifest request(s) per publisher answered 304, \
         {} requests in all (root probe, publisher list, manifest), {} pack bytes | 1 request per publisher, 0 pack bytes | {} |",
        n("unchanged_manifest_requests"),
        n("unchanged_requests"),
        n("unchanged_pack_bytes"),
        met(n("unchanged_manifest_requests") == 1.0 && n("unchanged_pack_bytes") == 0.0)
    );
    let share = n("edit_pack_bytes") / n("full_pack_bytes");
    let _ = writeln!(
        out,
        "| One-article edit, 2,000 articles in 4 locales | {} of {} pack bytes ({:.2} %) | at most {:.0} % | {} |",
        n("edit_pack_bytes"),
        n("full_pack_bytes"),
        share * 100.0,
        EDIT_SHARE_TARGET * 100.0,
        met(share <= EDIT_SHARE_TARGET)
    );
    let growth = n("peak_heap_kib") - n("idle_heap_kib");
    let _ = writeln!(
        out,
        "| Peak heap applying a {:.1} MB publication ({} parts; Rust heap counted by the bench's allocator, SQLite's page cache adds at most 8 MiB while applying, 512 KiB otherwise) | {:.1} MB above idle ({:.1} MB) | at most 32 MB | {} |",
        n("big_raw_bytes") / 1e6,
        n("big_parts"),
        growth / 1024.0,
        n("idle_heap_kib") / 1024.0,
        met(growth <= PEAK_MEMORY_TARGET_KIB)
    );
    Ok(())
}
