//! `cargo xtask bench`: runs the criterion benches and writes BENCHMARKS.md,
//! every figure as a ratio against a baseline measured in the same run
//! (machines here are shared and noisy; ratios travel, absolute times don't).

use std::fmt::Write as _;
use std::path::Path;

use crate::run::{cargo, status, workspace_root};

/// How a ratio is judged against its target.
enum Target {
    /// figure / baseline must be at most this.
    AtMost(f64),
    /// baseline / figure must be at least this (the figure is that much faster).
    FasterBy(f64),
    /// figure / baseline must lie within 1 ± this (the same, within noise).
    Within(f64),
    /// The figure itself must take at most this many nanoseconds.
    Under(f64),
    /// Reported, no target.
    None,
}

struct Figure {
    what: &'static str,
    measured: &'static str,
    baseline: &'static str,
    target: Target,
}

const FIGURES: &[Figure] = &[
    Figure {
        what: "Open to home, raw key (SQLCipher open + home queries)",
        measured: "open_to_home/sqlcipher_raw_key",
        baseline: "open_to_home/plain_sqlite",
        target: Target::None,
    },
    Figure {
        what: "Open (key + first page), raw key vs passphrase KDF (PBKDF2, SQLCipher default)",
        measured: "open_only/sqlcipher_raw_key",
        baseline: "open_only/sqlcipher_passphrase",
        target: Target::FasterBy(100.0),
    },
    Figure {
        what: "Open (key + first page), raw key vs plain SQLite",
        measured: "open_only/sqlcipher_raw_key",
        baseline: "open_only/plain_sqlite",
        target: Target::None,
    },
    Figure {
        what: "Open to home, raw key vs passphrase KDF (home queries included)",
        measured: "open_to_home/sqlcipher_raw_key",
        baseline: "open_to_home/sqlcipher_passphrase",
        target: Target::None,
    },
    Figure {
        what: "Open to home, whole app path (Haven::open + home view)",
        measured: "open_to_home/haven_raw_key",
        baseline: "open_to_home/plain_sqlite",
        target: Target::None,
    },
    Figure {
        what: "List a page of 50 articles (category, sq, fallback en; criterion, one after the other; judged on \
               the lists taken in turn below)",
        measured: "list_articles/encrypted",
        baseline: "list_articles/plain_sqlite",
        target: Target::None,
    },
    Figure {
        what: "Fetch one article with its body (criterion, one after the other; judged on the fetches taken in \
               turn below)",
        measured: "fetch_article/encrypted",
        baseline: "fetch_article/plain_sqlite",
        target: Target::None,
    },
    Figure {
        what: "Article view model (fetch + Markdown blocks + labels)",
        measured: "article_view/haven_article",
        baseline: "article_view/plain_sqlite_fetch",
        target: Target::None,
    },
    Figure {
        what: "Search, app strategy: encrypted store vs the same FTS5 on plain SQLite (criterion, one after the \
               other; judged on the queries taken in turn below)",
        measured: "search/encrypted",
        baseline: "search/plain_sqlite",
        target: Target::None,
    },
    Figure {
        what: "Search, app strategy vs a LIKE scan over the same texts",
        measured: "search/encrypted",
        baseline: "search/like_scan",
        target: Target::FasterBy(20.0),
    },
    Figure {
        what: "Quick exit: lock with 100,000 records vs 1,000 (criterion, one group after the other; judged \
               on the interleaved medians below)",
        measured: "lock/100000_records",
        baseline: "lock/1000_records",
        target: Target::None,
    },
    Figure {
        what: "Panic wipe with 100,000 records vs 1,000",
        measured: "wipe/100000_records",
        baseline: "wipe/1000_records",
        target: Target::AtMost(1.2),
    },
    Figure {
        what: "Panic wipe (shred + fresh store), 100,000 records; baseline: only closing and unlinking",
        measured: "wipe/100000_records",
        baseline: "wipe/100000_records_unlink_only",
        target: Target::Under(50e6),
    },
    Figure {
        what: "Duress code vs the real unlock code (both open Haven; duress also wipes)",
        measured: "unlock/duress_code",
        baseline: "unlock/unlock_code",
        target: Target::Within(0.15),
    },
    Figure {
        what: "Apply a 10,000-record publication (loopback download, verify, decompress, encrypted insert with search index) vs a plain SQLite bulk insert of the same rows",
        measured: "sync_apply/haven_10000_records",
        baseline: "sync_apply/plain_sqlite_10000_records",
        target: Target::AtMost(2.0),
    },
    Figure {
        what: "Where the apply time goes: the same rows installed straight into an encrypted store (no download, no verification) vs plain SQLite",
        measured: "sync_apply/haven_install_only_10000_records",
        baseline: "sync_apply/plain_sqlite_10000_records",
        target: Target::None,
    },
    Figure {
        what: "Code hash: Argon2id (64 MiB, 3 passes) vs SQLCipher's default PBKDF2-SHA512 (256,000)",
        measured: "code_hash/argon2id_recommended",
        baseline: "code_hash/pbkdf2_sqlcipher_default",
        target: Target::None,
    },
    Figure {
        what: "Seal a typical report (JSON + pad to 4 KiB + age X25519) vs writing its JSON alone",
        measured: "seal_report/typical_sealed",
        baseline: "seal_report/typical_json",
        target: Target::None,
    },
    Figure {
        what: "Seal a report at the text limits (JSON + pad to 64 KiB + age) vs writing its JSON alone",
        measured: "seal_report/largest_sealed",
        baseline: "seal_report/largest_json",
        target: Target::None,
    },
    Figure {
        what: "Seal a typical report: the time itself (one X25519 exchange per report)",
        measured: "seal_report/typical_sealed",
        baseline: "seal_report/typical_json",
        target: Target::Under(5e6),
    },
];

/// Per-call latency summaries written by the benches themselves.
struct Latency {
    what: &'static str,
    summary: &'static str,
    p_target: (&'static str, f64),
}

const LATENCIES: &[Latency] = &[
    Latency {
        what: "Search view, one query at a time (12 locales)",
        summary: "search_latency",
        p_target: ("p95_ns", SEARCH_P95_TARGET_NS),
    },
    Latency { what: "Quick exit (lock), 1,000 records", summary: "lock_latency_1000", p_target: ("p99_ns", 5e6) },
    Latency { what: "Quick exit (lock), 100,000 records", summary: "lock_latency_100000", p_target: ("p99_ns", 5e6) },
];

/// Two latency summaries measured interleaved (one call of each in turn),
/// so that both saw the same machine, compared on one statistic.
struct LatencyRatio {
    what: &'static str,
    measured: &'static str,
    baseline: &'static str,
    /// `p50_ns`, or `mean_ns` where the figure is the time a mix of calls takes.
    statistic: &'static str,
    at_most: f64,
}

const LATENCY_RATIOS: &[LatencyRatio] = &[
    LatencyRatio {
        what: "List a page of 50 articles (category, sq, fallback en): encrypted vs plain SQLite, mean of 100 \
               pages taken page by page in turn, 20 rounds",
        measured: "list_interleaved_encrypted",
        baseline: "list_interleaved_plain_sqlite",
        statistic: "mean_ns",
        at_most: 1.25,
    },
    LatencyRatio {
        what: "Fetch one article with its body: encrypted vs plain SQLite, mean of fetches taken in turn",
        measured: "fetch_interleaved_encrypted",
        baseline: "fetch_interleaved_plain_sqlite",
        statistic: "mean_ns",
        at_most: 1.25,
    },
    LatencyRatio {
        what: "Search, app strategy: encrypted store vs the same FTS5 on plain SQLite, mean of the query mix taken \
               query by query in turn",
        measured: "search_interleaved_encrypted",
        baseline: "search_interleaved_plain_sqlite",
        statistic: "mean_ns",
        at_most: 1.25,
    },
    LatencyRatio {
        what: "Quick exit: lock with 100,000 records vs 1,000, p50 of locks taken in turn",
        measured: "lock_latency_100000",
        baseline: "lock_latency_1000",
        statistic: "p50_ns",
        at_most: 1.2,
    },
];

/// Per-query latency of the whole search view must stay under this at p95.
const SEARCH_P95_TARGET_NS: f64 = 5e6;

pub fn run(extra: &[String]) -> Result<(), String> {
    // `--report-only` rewrites BENCHMARKS.md from the last run's results.
    if extra.first().map(String::as_str) != Some("--report-only") {
        let mut cmd = cargo();
        cmd.args(["bench", "-p", "haven-core", "--"]).args(extra);
        status(cmd, "cargo bench -p haven-core")?;
        crate::bench_intake::run(extra)?;
    }
    let root = workspace_root();
    let report = report(&root.join("target/criterion"))?;
    std::fs::write(root.join("BENCHMARKS.md"), &report).map_err(|e| format!("cannot write BENCHMARKS.md: {e}"))?;
    print!("{report}");
    Ok(())
}

/// Median time in nanoseconds of one criterion benchmark.
fn median_ns(criterion: &Path, id: &str) -> Result<f64, String> {
    let path = criterion.join(id).join("new/estimates.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("no result for {id} ({}): {e}", path.display()))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    json["median"]["point_estimate"].as_f64().ok_or_else(|| format!("{}: no median", path.display()))
}

fn human(ns: f64) -> String {
    match ns {
        n if n >= 1e9 => format!("{:.2} s", n / 1e9),
        n if n >= 1e6 => format!("{:.2} ms", n / 1e6),
        n if n >= 1e3 => format!("{:.1} µs", n / 1e3),
        n => format!("{n:.0} ns"),
    }
}

fn report(criterion: &Path) -> Result<String, String> {
    let mut out = String::new();
    let _ = writeln!(out, "# Haven benchmarks\n");
    let _ = writeln!(
        out,
        "Written by `cargo xtask bench` (criterion, medians). Reading store: 50,000 generated articles in 4 locales \
         (en, sq, ro, uk), 200,000 texts. Each figure is compared with a baseline measured in the same run \
         on the same machine, so the ratio is what counts; absolute times vary with the (shared) machine.\n"
    );
    let _ = writeln!(
        out,
        "Safety stores: 250 and 25,000 generated articles in 4 locales (1,000 and 100,000 article texts); \
         codes hashed at the real cost (Argon2id, 64 MiB, 3 passes).\n"
    );
    let _ = writeln!(
        out,
        "Search store: 50,000 generated articles in 12 locales (en sq ro vi pl uk ar zh-Hans ti fa es fr), \
         600,000 texts of pseudo-words in each locale's script; queries are single words, word pairs, \
         3-letter prefixes, words with a letter missing, and 2- and 4-character Chinese.\n"
    );
    let _ = writeln!(out, "Machine: {}.\n", machine());
    let _ = writeln!(out, "| What | Measured | Baseline | Ratio | Target | Met |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for f in FIGURES {
        let (Ok(measured), Ok(baseline)) = (median_ns(criterion, f.measured), median_ns(criterion, f.baseline)) else {
            let _ = writeln!(
                out,
                "| {} | `{}` | `{}` | not measured in this run | - | - |",
                f.what, f.measured, f.baseline
            );
            continue;
        };
        let (ratio, target, met) = match f.target {
            Target::AtMost(max) => {
                let r = measured / baseline;
                (format!("{r:.2}x the baseline"), format!("at most {max:.2}x"), if r <= max { "yes" } else { "no" })
            }
            Target::FasterBy(min) => {
                let r = baseline / measured;
                (format!("{r:.0}x faster"), format!("at least {min:.0}x faster"), if r >= min { "yes" } else { "no" })
            }
            Target::Within(band) => {
                let r = measured / baseline;
                let met = (r - 1.0).abs() <= band;
                (format!("{r:.2}x the baseline"), format!("within 1 ± {band:.2}"), if met { "yes" } else { "no" })
            }
            Target::Under(ns) => (
                format!("{:.2}x the baseline", measured / baseline),
                format!("at most {}", human(ns)),
                if measured <= ns { "yes" } else { "no" },
            ),
            Target::None => (format!("{:.2}x the baseline", measured / baseline), "-".into(), "-"),
        };
        let _ = writeln!(
            out,
            "| {} | `{}` {} | `{}` {} | {ratio} | {target} | {met} |",
            f.what,
            f.measured,
            human(measured),
            f.baseline,
            human(baseline),
        );
    }
    let _ = writeln!(out, "\n## Latency, one call at a time\n");
    let _ = writeln!(out, "| What | Calls | p50 | p95 | p99 | max | Target | Met |");
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    for l in LATENCIES {
        let path = criterion.join(l.summary).join("summary.json");
        let Ok(text) = std::fs::read_to_string(&path) else {
            let _ = writeln!(out, "| {} | not measured in this run | | | | | | - |", l.what);
            continue;
        };
        let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let ns = |key: &str| json[key].as_f64().unwrap_or(f64::NAN);
        let (key, limit) = l.p_target;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} at most {} | {} |",
            l.what,
            json["queries"],
            human(ns("p50_ns")),
            human(ns("p95_ns")),
            human(ns("p99_ns")),
            human(ns("max_ns")),
            key.trim_end_matches("_ns"),
            human(limit),
            if ns(key) <= limit { "yes" } else { "no" }
        );
    }
    let _ = writeln!(out, "\n## Ratios of calls taken in turn\n");
    let _ = writeln!(
        out,
        "Two criterion groups run one after the other on this shared machine have differed by more than what \
         they compare (the same list code read 1.01x in one run and 1.43x in another). Here the two sides \
         run call by call in turn, so both meet the same load; the ratio targets are judged on these.\n"
    );
    let _ = writeln!(out, "| What | Measured | Baseline | Ratio | Target | Met |");
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for r in LATENCY_RATIOS {
        let read = |summary: &str| -> Option<f64> {
            let text = std::fs::read_to_string(criterion.join(summary).join("summary.json")).ok()?;
            serde_json::from_str::<serde_json::Value>(&text).ok()?[r.statistic].as_f64()
        };
        let (Some(measured), Some(baseline)) = (read(r.measured), read(r.baseline)) else {
            let _ = writeln!(out, "| {} | not measured in this run | | | | - |", r.what);
            continue;
        };
        let ratio = measured / baseline;
        let _ = writeln!(
            out,
            "| {} | `{}` {} {} | `{}` {} {} | {ratio:.2}x the baseline | at most {:.2}x | {} |",
            r.what,
            r.measured,
            r.statistic.trim_end_matches("_ns"),
            human(measured),
            r.baseline,
            r.statistic.trim_end_matches("_ns"),
            human(baseline),
            r.at_most,
            if ratio <= r.at_most { "yes" } else { "no" }
        );
    }
    crate::bench_sync::section(criterion, &mut out)?;
    crate::bench_intake::section(criterion, &mut out, human)?;
    Ok(out)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores")
}
