//! Opening hours as a person reads them: "Open now · closes 18:00", in the
//! viewer's time zone when it is known, else in the helpline's (named).

use chrono::{DateTime, Datelike, Utc, Weekday};
use chrono_tz::Tz;
use serde::Serialize;

use crate::content::hours::{OpenState, parse_timezone};
use crate::i18n::Strings;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenStatus {
    Open,
    Closed,
    Unknown,
}

pub(crate) fn describe(
    state: OpenState,
    now: DateTime<Utc>,
    helpline_tz: &str,
    viewer_tz: Option<&str>,
    s: &Strings,
) -> (OpenStatus, String) {
    let at = |t: DateTime<Utc>| moment(t, now, helpline_tz, viewer_tz, s);
    match state {
        OpenState::AlwaysOpen => (OpenStatus::Open, s.get("helpline-open-always")),
        OpenState::Open { closes: Some(t) } => {
            (OpenStatus::Open, s.get_args("helpline-open-until", &[("time", at(t).into())]))
        }
        OpenState::Open { closes: None } => (OpenStatus::Open, s.get("helpline-open")),
        OpenState::Closed { opens: Some(t) } => {
            (OpenStatus::Closed, s.get_args("helpline-closed-until", &[("time", at(t).into())]))
        }
        OpenState::Closed { opens: None } => (OpenStatus::Closed, s.get("helpline-closed")),
        OpenState::Unknown => (OpenStatus::Unknown, s.get("helpline-hours-unknown")),
    }
}

/// "18:00" today, "Tue 09:00" on another day; named zone when not the viewer's.
fn moment(t: DateTime<Utc>, now: DateTime<Utc>, helpline_tz: &str, viewer_tz: Option<&str>, s: &Strings) -> String {
    let viewer: Option<Tz> = viewer_tz.and_then(|z| parse_timezone(z).ok());
    let (zone, named) = match viewer {
        Some(tz) => (tz, false),
        None => (parse_timezone(helpline_tz).unwrap_or(Tz::UTC), true),
    };
    let local = t.with_timezone(&zone);
    let time = local.format("%H:%M").to_string();
    let text = if local.date_naive() == now.with_timezone(&zone).date_naive() {
        time
    } else {
        s.get_args("weekday-time", &[("day", weekday_key(local.weekday()).into()), ("time", time.into())])
    };
    if named { s.get_args("helpline-time-zone", &[("time", text.into()), ("zone", zone.name().into())]) } else { text }
}

fn weekday_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}
