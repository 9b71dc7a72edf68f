//! Answers as the shells send them: one uniffi enum mirroring the core's
//! `Answer`, with its place and contact parts.

use haven_core::reports::{self as core, ContactMode as CoreContactMode};

mirror_enum! {
    /// Anonymous, or reachable by phone or email.
    ContactMode mirrors CoreContactMode { Anonymous, Phone, Email }
}

/// One answer to one question; its kind must be the question's.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum Answer {
    Choice {
        value: String,
    },
    MultiChoice {
        values: Vec<String>,
    },
    Text {
        text: String,
    },
    /// YYYY-MM-DD
    Date {
        date: String,
    },
    /// YYYY-MM-DDTHH:MM
    Datetime {
        datetime: String,
    },
    Place {
        place: PlaceAnswer,
    },
    Contact {
        contact: ContactAnswer,
    },
}

/// A place as the reporter describes it. A location is sent only when the
/// user chose to share it; the core rounds it to about 1 km before keeping it.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlaceAnswer {
    pub text: String,
    #[uniffi(default)]
    pub postcode: Option<String>,
    #[uniffi(default)]
    pub location: Option<Location>,
}

#[derive(Debug, Clone, Copy, PartialEq, uniffi::Record)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContactAnswer {
    pub mode: ContactMode,
    /// The phone number or email address (not for anonymous).
    #[uniffi(default)]
    pub value: Option<String>,
    #[uniffi(default)]
    pub safe_times: Option<String>,
    #[uniffi(default)]
    pub may_leave_message: bool,
}

impl From<Answer> for core::Answer {
    fn from(a: Answer) -> Self {
        match a {
            Answer::Choice { value } => core::Answer::Choice(value),
            Answer::MultiChoice { values } => core::Answer::MultiChoice(values),
            Answer::Text { text } => core::Answer::Text(text),
            Answer::Date { date } => core::Answer::Date(date),
            Answer::Datetime { datetime } => core::Answer::Datetime(datetime),
            Answer::Place { place } => core::Answer::Place(place.into()),
            Answer::Contact { contact } => core::Answer::Contact(contact.into()),
        }
    }
}

impl From<core::Answer> for Answer {
    fn from(a: core::Answer) -> Self {
        match a {
            core::Answer::Choice(value) => Answer::Choice { value },
            core::Answer::MultiChoice(values) => Answer::MultiChoice { values },
            core::Answer::Text(text) => Answer::Text { text },
            core::Answer::Date(date) => Answer::Date { date },
            core::Answer::Datetime(datetime) => Answer::Datetime { datetime },
            core::Answer::Place(place) => Answer::Place { place: place.into() },
            core::Answer::Contact(contact) => Answer::Contact { contact: contact.into() },
        }
    }
}

impl From<PlaceAnswer> for core::PlaceAnswer {
    fn from(p: PlaceAnswer) -> Self {
        Self { text: p.text, postcode: p.postcode, location: p.location.map(Into::into) }
    }
}

impl From<core::PlaceAnswer> for PlaceAnswer {
    fn from(p: core::PlaceAnswer) -> Self {
        Self { text: p.text, postcode: p.postcode, location: p.location.map(Into::into) }
    }
}

impl From<Location> for core::Location {
    fn from(l: Location) -> Self {
        Self { lat: l.lat, lon: l.lon }
    }
}

impl From<core::Location> for Location {
    fn from(l: core::Location) -> Self {
        Self { lat: l.lat, lon: l.lon }
    }
}

impl From<ContactAnswer> for core::ContactAnswer {
    fn from(c: ContactAnswer) -> Self {
        Self { mode: c.mode.into(), value: c.value, safe_times: c.safe_times, may_leave_message: c.may_leave_message }
    }
}

impl From<core::ContactAnswer> for ContactAnswer {
    fn from(c: core::ContactAnswer) -> Self {
        Self { mode: c.mode.into(), value: c.value, safe_times: c.safe_times, may_leave_message: c.may_leave_message }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_crosses_both_ways_unchanged() {
        let contact = ContactAnswer {
            mode: ContactMode::Phone,
            value: Some("07911 123456".into()),
            safe_times: Some("after 6pm".into()),
            may_leave_message: true,
        };
        let place = PlaceAnswer {
            text: "a yard".into(),
            postcode: Some("LS1".into()),
            location: Some(Location { lat: 1.5, lon: -2.25 }),
        };
        let answers = [
            Answer::Choice { value: "a".into() },
            Answer::MultiChoice { values: vec!["a".into(), "b".into()] },
            Answer::Text { text: "t".into() },
            Answer::Date { date: "2026-01-02".into() },
            Answer::Datetime { datetime: "2026-01-02T03:04".into() },
            Answer::Place { place },
            Answer::Contact { contact },
        ];
        for answer in answers {
            let core: core::Answer = answer.clone().into();
            assert_eq!(Answer::from(core), answer);
        }
    }
}
