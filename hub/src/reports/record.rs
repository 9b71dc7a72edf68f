//! One exported record per report: the answers named after IOM's HTCDS
//! where the form maps them (the field id otherwise), with the reference
//! and times, ready to write as JSON or CSV.

use serde_json::{Map, Value, json};

use super::report::{Kind, Report};

pub struct Record {
    pub reference: String,
    pub received_at: String,
    pub(crate) report: Report,
}

/// Columns every CSV export starts with, in this order.
pub(crate) const FIXED_COLUMNS: [&str; 7] =
    ["reference", "received_at", "submitted_at", "report_id", "form_id", "form_version", "locale"];

/// Sub-columns of a place and a contact, in reading order (the report
/// checks allow no other keys).
const PLACE_KEYS: [&str; 4] = ["text", "postcode", "lat", "lon"];
const CONTACT_KEYS: [&str; 4] = ["mode", "value", "safe_times", "may_leave_message"];

impl Record {
    /// Export names of the answers, in form order. A name used twice (two
    /// fields mapped to one HTCDS name) gets the field id after a dot.
    pub(crate) fn named_answers(&self) -> Vec<(String, &super::report::Answer)> {
        let mut seen = std::collections::HashSet::new();
        self.report
            .answers
            .iter()
            .map(|a| {
                let base = a.htcds.clone().unwrap_or_else(|| a.field.clone());
                let name = if seen.insert(base.clone()) { base } else { format!("{base}.{}", a.field) };
                (name, a)
            })
            .collect()
    }

    pub(crate) fn fixed_cells(&self) -> [String; 7] {
        let r = &self.report;
        [
            self.reference.clone(),
            self.received_at.clone(),
            r.submitted_at.clone(),
            r.report_id.clone(),
            r.form_id.clone(),
            r.form_version.to_string(),
            r.locale.clone(),
        ]
    }

    /// The JSON export's shape: metadata, then `fields` keyed by export name,
    /// each with the English label, kind, form field id and value.
    pub(crate) fn to_json(&self) -> Value {
        let mut fields = Map::new();
        for (name, answer) in self.named_answers() {
            fields.insert(
                name,
                json!({ "field": answer.field, "label": answer.label, "kind": answer.kind, "value": answer.value }),
            );
        }
        let mut out = Map::new();
        for (column, cell) in FIXED_COLUMNS.iter().zip(self.fixed_cells()) {
            let value = if *column == "form_version" { json!(self.report.form_version) } else { json!(cell) };
            out.insert((*column).to_owned(), value);
        }
        out.insert("fields".into(), Value::Object(fields));
        Value::Object(out)
    }

    /// Flat (column, cell) pairs for CSV: lists joined with "; ", a place or
    /// a contact spread over `name`, `name.postcode`, `name.lat` and so on.
    pub(crate) fn csv_cells(&self) -> Vec<(String, String)> {
        let mut cells = Vec::new();
        for (name, answer) in self.named_answers() {
            match (&answer.kind, &answer.value) {
                (Kind::Place | Kind::Contact, Value::Object(map)) => {
                    let keys: &[&str] = if answer.kind == Kind::Place { &PLACE_KEYS } else { &CONTACT_KEYS };
                    for key in keys.iter().filter(|k| map.contains_key(**k)) {
                        let column =
                            if matches!(*key, "text" | "value") { name.clone() } else { format!("{name}.{key}") };
                        cells.push((column, scalar(&map[*key])));
                    }
                }
                (_, value) => cells.push((name, scalar(value))),
            }
        }
        cells
    }
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join("; "),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}
