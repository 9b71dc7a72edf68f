//! Report forms as content: the source builder names the file and line of
//! every problem, the pack decoder refuses bad forms, and packs without
//! forms keep the bytes they had.

mod common;

use common::HELPLINE_TOML;
use std::fs;
use std::path::Path;

use haven_core::content::source::{BuildErrors, build_pack};
use haven_core::content::{ContentError, FieldKind, Pack, builtin_pack};

const RECIPIENT: &str = "age1jumz5x72wkz67suy78tnkktyam8syre5tnjem9a94p0j0fyc6amsl43afw";

fn form_toml() -> String {
    format!(
        r#"version = 2
helpline = "gb-helpline"
intake_url = "https://intake.example.org/v1/reports"
recipient = "{RECIPIENT}"

[[steps]]
id = "about"

[[steps.fields]]
id = "role"
kind = "choice"
options = [{{ value = "victim" }}, {{ value = "witness", htcds = "reporterWitness" }}]

[[steps.fields]]
id = "details"
kind = "text"
optional = true
max_chars = 500

[[steps]]
id = "reach"

[[steps.fields]]
id = "contact"
kind = "contact"
"#
    )
}

const FORM_EN: &str = r#"review = "original"

[labels]
title = "Report"
about = "About"
role = "Who are you?"
"role.help" = "No names needed."
"role.victim" = "It happens to me"
"role.witness" = "I saw it"
details = "Details"
reach = "Contact"
contact = "How can we reach you?"
"#;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn source(form: &str, en: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "pack.toml", "id = \"test\"\nversion = 1\n");
    fs::create_dir_all(root.join("articles")).unwrap();
    write(root, "helplines/gb-helpline/helpline.toml", HELPLINE_TOML);
    write(
        root,
        "helplines/gb-helpline/en.toml",
        "review = \"original\"\nname = \"Helpline\"\ndescription = \"Advice.\"\n",
    );
    write(root, "forms/gb-report/form.toml", form);
    write(root, "forms/gb-report/en.toml", en);
    write(root, "forms/gb-report/sq.toml", "review = \"machine\"\n\n[labels]\ntitle = \"Raporto\"\n");
    dir
}

fn assert_error(form: &str, en: &str, file: &str, line: Option<usize>, reason_part: &str) {
    let dir = source(form, en);
    let errors: BuildErrors = build_pack(dir.path()).expect_err("the builder should refuse this source");
    let found = errors.0.iter().any(|e| e.path.ends_with(file) && e.line == line && e.reason.contains(reason_part));
    assert!(found, "expected {file}:{line:?} containing {reason_part:?}, got:\n{errors}");
}

#[test]
fn a_form_source_builds_into_the_pack_and_round_trips() {
    let dir = source(&form_toml(), FORM_EN);
    let pack = build_pack(dir.path()).unwrap();
    let form = &pack.forms[0];
    assert_eq!((form.id.as_str(), form.version, form.helpline.as_str()), ("gb-report", 2, "gb-helpline"));
    assert_eq!(
        form.fields().map(|f| f.kind).collect::<Vec<_>>(),
        [FieldKind::Choice, FieldKind::Text, FieldKind::Contact]
    );
    assert_eq!(form.label("sq", "title"), Some("Raporto"));
    assert_eq!(form.label("sq", "role"), Some("Who are you?"), "missing labels fall back to English");
    assert_eq!(form.field("role").unwrap().options[1].htcds.as_deref(), Some("reporterWitness"));
    let bytes = pack.to_canonical_bytes().unwrap();
    assert_eq!(Pack::from_bytes(&bytes).unwrap(), pack);
}

#[test]
fn form_problems_are_named_with_file_and_line() {
    let form = form_toml();
    let cases = [
        (form.replace("kind = \"text\"", "kind = \"essay\""), "form.toml", Some(16), "unknown kind"),
        (form.replace(RECIPIENT, "age1notakey"), "form.toml", Some(4), "not an age X25519 recipient"),
        (form.replace("https://intake.example.org", "http://intake.example.org"), "form.toml", Some(3), "loopback"),
        (form.replace("value = \"victim\"", "value = \"Victim!\""), "form.toml", Some(12), "not a key"),
        (form.replace("id = \"about\"", "id = \"About\""), "form.toml", Some(7), "not a key"),
    ];
    for (text, file, line, reason) in cases {
        assert_error(&text, FORM_EN, file, line, reason);
    }
    assert_error(
        &form,
        &FORM_EN.replace("review = \"original\"", "review = \"guessed\""),
        "en.toml",
        Some(1),
        "review",
    );
}

#[test]
fn whole_form_rules_are_enforced() {
    let form = form_toml();
    let missing_label = FORM_EN.replace("\"role.witness\" = \"I saw it\"\n", "");
    assert_error(&form, &missing_label, "form.toml", None, "en.role.witness: missing English label");
    let stray = format!("{FORM_EN}\"role.nobody\" = \"Who?\"\n");
    assert_error(&form, &stray, "form.toml", None, "no such step, question or option");
    assert_error(&form.replace("id = \"details\"", "id = \"role\""), FORM_EN, "form.toml", None, "duplicate id");
    let optional_contact = form.replace("kind = \"contact\"", "kind = \"contact\"\noptional = true");
    assert_error(&optional_contact, FORM_EN, "form.toml", None, "cannot be optional");
    let options_on_text =
        form.replace("max_chars = 500", "max_chars = 500\noptions = [{ value = \"a\" }, { value = \"b\" }]");
    assert_error(&options_on_text, FORM_EN, "form.toml", None, "options are for choice questions only");
    assert_error(&form.replace("max_chars = 500", "max_chars = 5000"), FORM_EN, "form.toml", None, "max_chars");
    let dir = source(&form.replace("helpline = \"gb-helpline\"", "helpline = \"elsewhere\""), FORM_EN);
    let errors = build_pack(dir.path()).expect_err("a form for a helpline outside the pack");
    assert!(errors.to_string().contains("no such helpline in this pack"), "{errors}");
}

#[test]
fn hostile_forms_in_pack_bytes_are_refused() {
    let dir = source(&form_toml(), FORM_EN);
    let pack = build_pack(dir.path()).unwrap();
    let mut bad = pack.clone();
    bad.forms[0].intake_url = "file:///etc/passwd".into();
    let bytes = serde_json::to_vec(&bad).unwrap();
    assert!(matches!(Pack::from_bytes(&bytes), Err(ContentError::Invalid { .. })));
    let mut twice = pack.clone();
    twice.forms.push(pack.forms[0].clone());
    assert!(twice.validate().unwrap_err().to_string().contains("duplicate id"));
    let mut huge = pack;
    huge.forms[0].texts[0].labels.insert("title".into(), "x".repeat(301));
    assert!(huge.validate().is_err());
}

#[test]
fn packs_without_forms_keep_their_bytes_and_the_builtin_pack_has_the_uk_form() {
    let mut pack = builtin_pack().unwrap();
    let form = pack.forms.iter().find(|f| f.helpline == "gb-modern-slavery-helpline").expect("the UK form");
    assert_eq!(form.id, "gb-msh-report");
    let controls = form.field("control_methods").unwrap();
    for value in [
        "documents_withheld",
        "debt_bondage",
        "threats",
        "restricted_movement",
        "poor_living_conditions",
        "excessive_hours",
    ] {
        assert!(controls.options.iter().any(|o| o.value == value && o.htcds.is_some()), "{value}");
    }
    let locales: Vec<&str> = form.texts.iter().map(|t| t.locale.as_str()).collect();
    assert_eq!(locales, ["ar", "en", "es", "fa", "fr", "pl", "ro", "sq", "ti", "uk", "vi", "zh-Hans"]);
    for text in &form.texts {
        for key in form.label_keys().into_iter().filter(|(_, required)| *required).map(|(k, _)| k) {
            assert!(text.labels.contains_key(&key), "{} has no label {key}", text.locale);
        }
    }
    pack.forms.clear();
    let bytes = String::from_utf8(pack.to_canonical_bytes().unwrap()).unwrap();
    assert!(!bytes.contains("\"forms\""), "an empty forms list is left out of the encoding");
}
