//! Answers and their checks. Every answer is checked against its question
//! before a draft keeps it; a refused answer leaves the draft as it was.

use chrono::{NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::AnswerProblem;
use super::limits::*;
use crate::content::{FieldKind, FormField, phone, validate};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Answer {
    Choice(String),
    MultiChoice(Vec<String>),
    Text(String),
    /// YYYY-MM-DD
    Date(String),
    /// YYYY-MM-DDTHH:MM
    Datetime(String),
    Place(PlaceAnswer),
    Contact(ContactAnswer),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceAnswer {
    pub text: String,
    pub postcode: Option<String>,
    /// Only when the user chose "use my location"; rounded to about 1 km
    /// before it is kept.
    pub location: Option<Location>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

impl Location {
    /// Rounded to `LOCATION_DECIMALS` places (≈ 1 km): the precise fix is never kept.
    pub fn coarsened(self) -> Location {
        let scale = 10f64.powi(LOCATION_DECIMALS);
        Location { lat: (self.lat * scale).round() / scale, lon: (self.lon * scale).round() / scale }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactMode {
    #[default]
    Anonymous,
    Phone,
    Email,
}

impl ContactMode {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactMode::Anonymous => "anonymous",
            ContactMode::Phone => "phone",
            ContactMode::Email => "email",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ContactAnswer {
    pub mode: ContactMode,
    /// The phone number or email address (not for anonymous).
    pub value: Option<String>,
    pub safe_times: Option<String>,
    pub may_leave_message: bool,
}

impl Answer {
    pub fn kind(&self) -> FieldKind {
        match self {
            Answer::Choice(_) => FieldKind::Choice,
            Answer::MultiChoice(_) => FieldKind::MultiChoice,
            Answer::Text(_) => FieldKind::Text,
            Answer::Date(_) => FieldKind::Date,
            Answer::Datetime(_) => FieldKind::Datetime,
            Answer::Place(_) => FieldKind::Place,
            Answer::Contact(_) => FieldKind::Contact,
        }
    }

    /// The answer as it will be kept: trimmed, a location coarsened, an
    /// empty answer (no text, no choice) as none at all.
    pub(crate) fn normalized(self) -> Option<Answer> {
        let trimmed = |s: String| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        match self {
            Answer::Text(t) => trimmed(t).map(Answer::Text),
            Answer::Choice(c) => trimmed(c).map(Answer::Choice),
            Answer::Date(d) => trimmed(d).map(Answer::Date),
            Answer::Datetime(d) => trimmed(d).map(Answer::Datetime),
            Answer::MultiChoice(mut list) => {
                list.sort();
                list.dedup();
                (!list.is_empty()).then_some(Answer::MultiChoice(list))
            }
            Answer::Place(p) => {
                let place = PlaceAnswer {
                    text: p.text.trim().to_owned(),
                    postcode: p.postcode.and_then(trimmed),
                    location: p.location.map(Location::coarsened),
                };
                let empty = place.text.is_empty() && place.postcode.is_none() && place.location.is_none();
                (!empty).then_some(Answer::Place(place))
            }
            Answer::Contact(c) => Some(Answer::Contact(match c.mode {
                ContactMode::Anonymous => ContactAnswer::default(),
                mode => ContactAnswer {
                    mode,
                    value: c.value.and_then(trimmed),
                    safe_times: c.safe_times.and_then(trimmed),
                    may_leave_message: c.may_leave_message,
                },
            })),
        }
    }

    /// Checks a normalized answer against its question. `country` is the
    /// helpline's, for reading phone numbers written without a country code.
    pub(crate) fn check(&self, field: &FormField, country: &str) -> Result<(), AnswerProblem> {
        if self.kind() != field.kind {
            return Err(AnswerProblem::WrongKind);
        }
        let option = |v: &String| field.options.iter().any(|o| &o.value == v);
        match self {
            Answer::Choice(v) if !option(v) => Err(AnswerProblem::NotAnOption),
            Answer::MultiChoice(list) if !list.iter().all(option) => Err(AnswerProblem::NotAnOption),
            Answer::Choice(_) | Answer::MultiChoice(_) => Ok(()),
            Answer::Text(t) => {
                let max = field.max_chars.map_or(crate::content::limits::MAX_TEXT_ANSWER_CHARS, |m| m as usize);
                text(t, max)
            }
            Answer::Date(d) => date(d),
            Answer::Datetime(d) => datetime(d),
            Answer::Place(p) => {
                text(&p.text, MAX_PLACE_TEXT_CHARS)?;
                if let Some(code) = &p.postcode {
                    text(code, MAX_POSTCODE_CHARS)?;
                }
                match p.location {
                    Some(l) if !(-90.0..=90.0).contains(&l.lat) || !(-180.0..=180.0).contains(&l.lon) => {
                        Err(AnswerProblem::BadLocation)
                    }
                    _ => Ok(()),
                }
            }
            Answer::Contact(c) => contact(c, country),
        }
    }
}

fn text(value: &str, max: usize) -> Result<(), AnswerProblem> {
    if value.chars().count() > max {
        return Err(AnswerProblem::TooLong { max });
    }
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(AnswerProblem::ControlCharacters);
    }
    Ok(())
}

/// Dates up to tomorrow (UTC) pass: a reporter's "today" may be ahead of UTC.
fn not_after_tomorrow(day: NaiveDate) -> Result<(), AnswerProblem> {
    let tomorrow = Utc::now().date_naive().succ_opt().unwrap_or(NaiveDate::MAX);
    if day > tomorrow { Err(AnswerProblem::InFuture) } else { Ok(()) }
}

fn date(value: &str) -> Result<(), AnswerProblem> {
    let day = NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| AnswerProblem::NotADate)?;
    not_after_tomorrow(day)
}

fn datetime(value: &str) -> Result<(), AnswerProblem> {
    if value.len() != 16 {
        return Err(AnswerProblem::NotADate);
    }
    let at = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M").map_err(|_| AnswerProblem::NotADate)?;
    not_after_tomorrow(at.date())
}

fn contact(c: &ContactAnswer, country: &str) -> Result<(), AnswerProblem> {
    if c.mode == ContactMode::Anonymous {
        return Ok(());
    }
    let value = c.value.as_deref().ok_or(AnswerProblem::ContactMissing)?;
    text(value, MAX_CONTACT_VALUE_CHARS)?;
    if let Some(times) = &c.safe_times {
        text(times, MAX_SAFE_TIMES_CHARS)?;
    }
    match c.mode {
        ContactMode::Phone => phone::normalize(country, value).map(|_| ()).map_err(|_| AnswerProblem::BadPhone),
        ContactMode::Email => validate::email(value).map_err(|_| AnswerProblem::BadEmail),
        ContactMode::Anonymous => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::FormOption;

    fn field(kind: FieldKind) -> FormField {
        let options = if kind.has_options() {
            ["a", "b"].iter().map(|v| FormOption { value: (*v).into(), htcds: None }).collect()
        } else {
            vec![]
        };
        FormField { id: "q".into(), kind, htcds: None, optional: true, max_chars: Some(10), options }
    }

    #[test]
    fn locations_are_coarsened_to_about_a_kilometre() {
        let place = Answer::Place(PlaceAnswer {
            text: " near the station ".into(),
            postcode: Some("  ".into()),
            location: Some(Location { lat: 51.507_351, lon: -0.127_758 }),
        });
        let Some(Answer::Place(p)) = place.normalized() else { panic!("a place") };
        assert_eq!(p.location, Some(Location { lat: 51.51, lon: -0.13 }));
        assert_eq!((p.text.as_str(), p.postcode), ("near the station", None));
    }

    #[test]
    fn answers_are_checked_against_their_question() {
        assert_eq!(Answer::Choice("c".into()).check(&field(FieldKind::Choice), "GB"), Err(AnswerProblem::NotAnOption));
        assert_eq!(Answer::Text("x".into()).check(&field(FieldKind::Choice), "GB"), Err(AnswerProblem::WrongKind));
        let long = Answer::Text("0123456789x".into());
        assert_eq!(long.check(&field(FieldKind::Text), "GB"), Err(AnswerProblem::TooLong { max: 10 }));
        let bell = Answer::Text("a\u{7}".into());
        assert_eq!(bell.check(&field(FieldKind::Text), "GB"), Err(AnswerProblem::ControlCharacters));
        assert_eq!(
            Answer::Date("2026-02-30".into()).check(&field(FieldKind::Date), "GB"),
            Err(AnswerProblem::NotADate)
        );
        assert_eq!(
            Answer::Date("2999-01-01".into()).check(&field(FieldKind::Date), "GB"),
            Err(AnswerProblem::InFuture)
        );
        Answer::Datetime("2026-11-20T18:00".into()).check(&field(FieldKind::Datetime), "GB").unwrap();
        assert!(Answer::Datetime("2026-11-20 18:00".into()).check(&field(FieldKind::Datetime), "GB").is_err());
    }

    #[test]
    fn contacts_need_a_reachable_number_or_address() {
        let f = field(FieldKind::Contact);
        let ask = |mode, value: Option<&str>| {
            let c = ContactAnswer { mode, value: value.map(Into::into), ..ContactAnswer::default() };
            Answer::Contact(c).normalized().unwrap().check(&f, "GB")
        };
        assert_eq!(ask(ContactMode::Anonymous, Some("ignored")), Ok(()));
        assert_eq!(ask(ContactMode::Phone, None), Err(AnswerProblem::ContactMissing));
        assert_eq!(ask(ContactMode::Phone, Some("not a number")), Err(AnswerProblem::BadPhone));
        assert_eq!(ask(ContactMode::Phone, Some("07911 123456")), Ok(()));
        assert_eq!(ask(ContactMode::Email, Some("me@")), Err(AnswerProblem::BadEmail));
        assert_eq!(ask(ContactMode::Email, Some("me@example.org")), Ok(()));
    }
}
