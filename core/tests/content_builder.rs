//! The builder refuses bad content sources with the file, line and reason,
//! and builds nothing when anything is wrong.

mod common;

use common::HELPLINE_TOML;
use std::fs;
use std::path::Path;

use haven_core::content::source::{BuildErrors, build_pack};
use haven_core::content::{Pack, limits};

const ARTICLE_TOML: &str =
    "category = \"signs\"\naudiences = [\"public\"]\nsectors = [\"car-wash\"]\nregions = []\norder = 1\n";
const ARTICLE_EN: &str = "+++\ntitle = \"Car washes\"\nsummary = \"Signs at car washes.\"\nreview = \"original\"\n+++\n## Signs\n\nWorkers have no gloves.\n\nCall [the helpline](tel:+448000121700).\n";
const HELPLINE_EN: &str = "review = \"original\"\nname = \"Helpline\"\ndescription = \"Free advice.\"\n";

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A small valid source folder.
fn valid_source() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "pack.toml", "id = \"test\"\nversion = 3\n");
    write(root, "articles/car-washes/article.toml", ARTICLE_TOML);
    write(root, "articles/car-washes/en.md", ARTICLE_EN);
    write(
        root,
        "articles/car-washes/sq.md",
        &ARTICLE_EN.replace("original", "machine").replace("Car washes", "Lavazhe"),
    );
    write(root, "helplines/gb-helpline/helpline.toml", HELPLINE_TOML);
    write(root, "helplines/gb-helpline/en.toml", HELPLINE_EN);
    dir
}

fn errors_of(dir: &Path) -> BuildErrors {
    build_pack(dir).expect_err("the builder should refuse this source")
}

fn assert_error(dir: &Path, file: &str, line: Option<usize>, reason_part: &str) {
    let errors = errors_of(dir);
    let found = errors.0.iter().any(|e| {
        e.path.ends_with(file) && e.line == line && e.reason.to_lowercase().contains(&reason_part.to_lowercase())
    });
    assert!(found, "expected {file}:{line:?} containing {reason_part:?}, got:\n{errors}");
}

#[test]
fn a_valid_source_builds_a_canonical_pack() {
    let dir = valid_source();
    let pack = build_pack(dir.path()).unwrap();
    assert_eq!((pack.id.as_str(), pack.version), ("test", 3));
    assert_eq!(pack.articles[0].texts.len(), 2);
    assert_eq!(pack.helplines[0].channels[0].value, "+448000121700");
    let bytes = pack.to_canonical_bytes().unwrap();
    assert_eq!(Pack::from_bytes(&bytes).unwrap(), pack, "canonical bytes decode to the same pack");
    assert_eq!(build_pack(dir.path()).unwrap().to_canonical_bytes().unwrap(), bytes, "deterministic");
}

#[test]
fn bad_front_matter_names_file_and_line() {
    let dir = valid_source();
    write(
        dir.path(),
        "articles/car-washes/en.md",
        "+++\ntitle = \"T\"\nsummary = \nreview = \"original\"\n+++\nBody\n",
    );
    assert_error(dir.path(), "articles/car-washes/en.md", Some(3), "invalid TOML");

    write(dir.path(), "articles/car-washes/en.md", "title = \"no front matter\"\n\nBody\n");
    assert_error(dir.path(), "articles/car-washes/en.md", Some(1), "front matter");

    write(
        dir.path(),
        "articles/car-washes/en.md",
        &ARTICLE_EN.replace("review = \"original\"", "review = \"original\"\nauthor = \"x\""),
    );
    assert_error(dir.path(), "articles/car-washes/en.md", Some(5), "unknown field");
}

#[test]
fn unknown_locale_is_refused() {
    let dir = valid_source();
    write(dir.path(), "articles/car-washes/xx.md", ARTICLE_EN);
    assert_error(dir.path(), "articles/car-washes/xx.md", None, "unknown locale");
    let dir = valid_source();
    write(dir.path(), "articles/car-washes/EN.md", ARTICLE_EN);
    assert_error(dir.path(), "articles/car-washes/EN.md", None, "must be written \"en\"");
}

#[test]
fn invalid_phone_number_is_refused_at_its_line() {
    let dir = valid_source();
    write(dir.path(), "helplines/gb-helpline/helpline.toml", &HELPLINE_TOML.replace("08000 121 700", "0800 12"));
    assert_error(dir.path(), "helplines/gb-helpline/helpline.toml", Some(14), "not a valid number");
}

#[test]
fn invalid_opening_hours_and_time_zone_are_refused() {
    let dir = valid_source();
    write(dir.path(), "helplines/gb-helpline/helpline.toml", &HELPLINE_TOML.replace("24/7", "Mo-Fr 25:00-26:00"));
    assert_error(dir.path(), "helplines/gb-helpline/helpline.toml", Some(5), "opening_hours");
    let dir = valid_source();
    write(dir.path(), "helplines/gb-helpline/helpline.toml", &HELPLINE_TOML.replace("Europe/London", "Europe/Nowhere"));
    assert_error(dir.path(), "helplines/gb-helpline/helpline.toml", Some(4), "time zone");
}

#[test]
fn disallowed_link_schemes_images_and_html_are_refused() {
    let dir = valid_source();
    let body = "+++\ntitle = \"T\"\nsummary = \"S\"\nreview = \"original\"\n+++\nFirst line\n\n[click](http://example.org)\n\n![x](https://example.org/i.png)\n\n<div>hi</div>\n";
    write(dir.path(), "articles/car-washes/en.md", body);
    assert_error(dir.path(), "articles/car-washes/en.md", Some(8), "only https, tel, sms and mailto");
    assert_error(dir.path(), "articles/car-washes/en.md", Some(10), "images");
    assert_error(dir.path(), "articles/car-washes/en.md", Some(12), "raw HTML");
    write(dir.path(), "articles/car-washes/en.md", &ARTICLE_EN.replace("tel:+448000121700", "javascript:alert(1)"));
    assert_error(dir.path(), "articles/car-washes/en.md", Some(10), "not allowed");
}

#[test]
fn oversized_bodies_are_refused() {
    let dir = valid_source();
    let body = format!("{ARTICLE_EN}\n{}\n", "word ".repeat(limits::MAX_BODY_BYTES / 5 + 10));
    write(dir.path(), "articles/car-washes/en.md", &body);
    assert_error(dir.path(), "articles/car-washes/en.md", Some(6), "limit");
}

#[test]
fn unknown_vocabulary_and_regions_are_refused() {
    let dir = valid_source();
    write(dir.path(), "articles/car-washes/article.toml", &ARTICLE_TOML.replace("car-wash", "car-washes"));
    assert_error(dir.path(), "articles/car-washes/article.toml", Some(3), "expected one of");
    write(dir.path(), "articles/car-washes/article.toml", &ARTICLE_TOML.replace("regions = []", "regions = [\"UK\"]"));
    assert_error(dir.path(), "articles/car-washes/article.toml", Some(4), "ISO 3166");
}

#[test]
fn every_item_needs_english_and_a_valid_folder_name() {
    let dir = valid_source();
    fs::remove_file(dir.path().join("articles/car-washes/en.md")).unwrap();
    let errors = errors_of(dir.path());
    assert!(errors.to_string().contains("English (en) text is required"), "{errors}");

    let dir = valid_source();
    write(dir.path(), "articles/Car Washes/en.md", ARTICLE_EN);
    assert_error(dir.path(), "articles/Car Washes", None, "not an id");
}

#[test]
fn every_problem_is_reported_at_once() {
    let dir = valid_source();
    write(
        dir.path(),
        "helplines/gb-helpline/helpline.toml",
        &HELPLINE_TOML.replace("08000 121 700", "12").replace("24/7", "nonsense"),
    );
    write(dir.path(), "articles/car-washes/xx.md", ARTICLE_EN);
    assert!(errors_of(dir.path()).0.len() >= 3);
}

#[test]
fn tampered_or_hostile_packs_are_refused_on_decode() {
    let dir = valid_source();
    let pack = build_pack(dir.path()).unwrap();
    let good = String::from_utf8(pack.to_canonical_bytes().unwrap()).unwrap();

    let duplicate = {
        let mut p = pack.clone();
        p.articles.push(p.articles[0].clone());
        serde_json::to_vec(&p).unwrap()
    };
    assert!(Pack::from_bytes(&duplicate).unwrap_err().to_string().contains("duplicate id"));

    let bad_number = good.replace("+448000121700", "+440000");
    assert!(Pack::from_bytes(bad_number.as_bytes()).is_err());
    let bad_link = good.replace("tel:+448000121700", "file:///etc/passwd");
    assert!(Pack::from_bytes(bad_link.as_bytes()).is_err());
    let unknown_field = good.replacen("\"version\"", "\"extra\": 1, \"version\"", 1);
    assert!(Pack::from_bytes(unknown_field.as_bytes()).is_err());
    let future_format = good.replacen("\"format\": 1", "\"format\": 2", 1);
    assert!(Pack::from_bytes(future_format.as_bytes()).unwrap_err().to_string().contains("not supported"));
    let huge = vec![b' '; limits::MAX_PACK_BYTES + 1];
    assert!(Pack::from_bytes(&huge).unwrap_err().to_string().contains("limit"));
    assert!(Pack::from_bytes(b"{not json").is_err());
}
