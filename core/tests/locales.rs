//! The locale check, over every UI locale Haven ships.

use std::path::Path;

use haven_core::i18n::check::{Coverage, check_ftl};
use haven_core::i18n::{UI_LOCALES, locales};

/// The locales the language issue requires, at the least.
const REQUIRED: &[&str] = &["en", "sq", "ro", "vi", "pl", "uk", "ar", "zh-Hans", "ti", "fa", "es", "fr"];

#[test]
fn every_shipped_locale_passes_the_check() {
    let english = UI_LOCALES.iter().find(|(t, _)| *t == "en").expect("English ships").1;
    let mut report = Vec::new();
    for (tag, source) in UI_LOCALES {
        if locales::find(tag).is_none_or(|l| l.tag != *tag) {
            report.push(format!("locales/{tag}: not a locale Haven knows (see i18n/locales.rs)"));
        }
        for problem in check_ftl(tag, source, english, Coverage::Complete) {
            report.push(format!("locales/{tag}/haven.ftl:{}: {}", problem.line, problem.reason));
        }
    }
    assert!(report.is_empty(), "the locale check failed:\n{}", report.join("\n"));
}

#[test]
fn the_compiled_locales_are_the_folders_on_disk() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().join("haven.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut compiled: Vec<String> = UI_LOCALES.iter().map(|(t, _)| t.to_string()).collect();
    compiled.sort();
    assert_eq!(compiled, on_disk);
}

#[test]
fn the_required_locales_ship() {
    let missing: Vec<&&str> = REQUIRED.iter().filter(|t| !UI_LOCALES.iter().any(|(tag, _)| tag == *t)).collect();
    assert!(missing.is_empty(), "missing UI locales: {missing:?}");
}
