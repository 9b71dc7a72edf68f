//! The report intake section of BENCHMARKS.md, from the summary the
//! `intake_load` bench of haven-hub writes (a load generator, not criterion).

use std::fmt::Write as _;
use std::path::Path;

use crate::run::{cargo, status};

/// Under the bench's load, 99 in 100 requests must be answered within this.
const INTAKE_P99_TARGET_NS: f64 = 100e6;

/// Runs the load generator; `extra` holds the same filters as the other benches.
pub fn run(extra: &[String]) -> Result<(), String> {
    let mut cmd = cargo();
    cmd.args(["bench", "-p", "haven-hub", "--bench", "intake_load", "--"]).args(extra);
    status(cmd, "cargo bench -p haven-hub --bench intake_load")
}

pub fn section(criterion: &Path, out: &mut String, human: fn(f64) -> String) -> Result<(), String> {
    let _ = writeln!(out, "\n## Report intake under load (loopback)\n");
    let path = criterion.join("intake_load/summary.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        let _ = writeln!(out, "Not measured in this run.");
        return Ok(());
    };
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let n = |key: &str| json[key].as_f64().unwrap_or(f64::NAN);
    let _ = writeln!(
        out,
        "{} concurrent clients, each on its own connection, post {} freshly sealed envelopes ({} bytes padded, \
         fresh idempotency keys) and {} replays of earlier ones. Baseline: the same load against a router that \
         answers 201 without checking or storing. Afterwards the database must hold exactly one row per new \
         report, every new report must have had 201 and every replay 200 with its report's reference.\n",
        json["clients"], json["new"], json["padded_bytes"], json["replays"]
    );
    let _ = writeln!(out, "| What | Requests/s | p50 | p95 | p99 | max | Target | Met |");
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    let _ = writeln!(
        out,
        "| Intake (checks, dedup, SQLite WAL, synchronous FULL) | {:.0} ({:.2}x the baseline) | {} | {} | {} | {} | p99 at most {} | {} |",
        n("rps"),
        n("rps") / n("baseline_rps"),
        human(n("p50_ns")),
        human(n("p95_ns")),
        human(n("p99_ns")),
        human(n("max_ns")),
        human(INTAKE_P99_TARGET_NS),
        if n("p99_ns") <= INTAKE_P99_TARGET_NS { "yes" } else { "no" }
    );
    let _ = writeln!(
        out,
        "| Baseline (201, nothing stored) | {:.0} | {} | | {} | | - | - |",
        n("baseline_rps"),
        human(n("baseline_p50_ns")),
        human(n("baseline_p99_ns"))
    );
    let exact = n("rows_found") == n("rows_expected")
        && n("distinct_references") == n("rows_expected")
        && n("unexpected_statuses") == 0.0;
    let _ = writeln!(
        out,
        "\nRows stored: {} of {} expected, {} distinct references, {} of {} replays answered with their reference, \
         {} unexpected answers. Nothing lost or duplicated: {}.",
        json["rows_found"],
        json["rows_expected"],
        json["distinct_references"],
        json["replays_matched"],
        json["replays"],
        json["unexpected_statuses"],
        if exact { "yes" } else { "no" }
    );
    Ok(())
}
