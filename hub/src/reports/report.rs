//! The report JSON inside an envelope (format 1 of the wire contract),
//! parsed and checked. Anyone holding the public key can seal something, so
//! what comes out of an envelope is untrusted like any other input.

use serde::Deserialize;
use serde_json::Value;

use crate::contract::REPORT_FORMAT;

use super::unseal::UnsealError;

/// Longest field id or HTCDS name; they become column names.
const MAX_NAME_CHARS: usize = 64;
/// A form with more answers than this is not one a helpline published.
const MAX_ANSWERS: usize = 200;

#[derive(Debug, Deserialize)]
pub(crate) struct Report {
    pub format: u64,
    pub report_id: String,
    pub form_id: String,
    pub form_version: u64,
    pub locale: String,
    pub submitted_at: String,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Answer {
    pub field: String,
    pub kind: Kind,
    pub htcds: Option<String>,
    pub label: String,
    pub value: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Kind {
    Choice,
    MultiChoice,
    Text,
    Date,
    Datetime,
    Place,
    Contact,
}

pub(crate) fn parse(json: &[u8]) -> Result<Report, UnsealError> {
    let report: Report = serde_json::from_slice(json).map_err(|_| UnsealError::BadReport)?;
    let valid = report.format == REPORT_FORMAT
        && report.report_id.len() == 32
        && report.report_id.bytes().all(|b| b.is_ascii_hexdigit())
        && is_name(&report.form_id)
        && is_name(&report.locale)
        && chrono::DateTime::parse_from_rfc3339(&report.submitted_at).is_ok()
        && report.answers.len() <= MAX_ANSWERS
        && report.answers.iter().all(answer_is_valid);
    if valid { Ok(report) } else { Err(UnsealError::BadReport) }
}

/// Names become CSV headers and JSON keys: letters, digits, `_ . -`, and a
/// letter first (so no header can start a spreadsheet formula).
fn is_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME_CHARS
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

fn answer_is_valid(answer: &Answer) -> bool {
    let names_ok = is_name(&answer.field) && answer.htcds.as_deref().is_none_or(is_name);
    names_ok && value_fits(answer.kind, &answer.value)
}

fn value_fits(kind: Kind, value: &Value) -> bool {
    match kind {
        Kind::Choice | Kind::Text | Kind::Date | Kind::Datetime => value.is_string(),
        Kind::MultiChoice => value.as_array().is_some_and(|items| items.iter().all(Value::is_string)),
        Kind::Place => object_with(value, &["text", "postcode", "lat", "lon"], |key, v| match key {
            "lat" | "lon" => v.is_number(),
            _ => v.is_string(),
        }),
        Kind::Contact => {
            let shape_ok =
                object_with(value, &["mode", "value", "safe_times", "may_leave_message"], |key, v| match key {
                    "may_leave_message" => v.is_boolean(),
                    _ => v.is_string(),
                });
            let mode = value.get("mode").and_then(Value::as_str);
            shape_ok && matches!(mode, Some("anonymous" | "phone" | "email"))
        }
    }
}

/// An object whose keys are all among `allowed` and whose values pass `ok`.
fn object_with(value: &Value, allowed: &[&str], ok: impl Fn(&str, &Value) -> bool) -> bool {
    value.as_object().is_some_and(|map| map.iter().all(|(k, v)| allowed.contains(&k.as_str()) && ok(k, v)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(answers: &str) -> String {
        format!(
            r#"{{"format":1,"report_id":"0123456789abcdef0123456789abcdef","form_id":"gb-msh-report","form_version":3,"locale":"en","submitted_at":"2026-11-23T10:00:00Z","answers":[{answers}]}}"#
        )
    }

    #[test]
    fn values_must_match_their_kind() {
        let ok = r#"{"field":"where","kind":"place","htcds":"locationOfIncident","label":"Where?","value":{"text":"Leeds","lat":53.8,"lon":-1.55}}"#;
        assert!(parse(report(ok).as_bytes()).is_ok());
        let list_as_text = r#"{"field":"what","kind":"text","htcds":null,"label":"What?","value":["a"]}"#;
        assert_eq!(parse(report(list_as_text).as_bytes()).unwrap_err(), UnsealError::BadReport);
        let odd_mode = r#"{"field":"c","kind":"contact","htcds":null,"label":"C","value":{"mode":"pigeon"}}"#;
        assert_eq!(parse(report(odd_mode).as_bytes()).unwrap_err(), UnsealError::BadReport);
    }

    #[test]
    fn names_that_could_start_a_formula_are_refused() {
        let formula = r#"{"field":"=cmd","kind":"text","htcds":null,"label":"x","value":"y"}"#;
        assert_eq!(parse(report(formula).as_bytes()).unwrap_err(), UnsealError::BadReport);
        assert_eq!(parse(b"not json").unwrap_err(), UnsealError::BadReport);
    }
}
