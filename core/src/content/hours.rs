//! Opening hours in OpenStreetMap `opening_hours` syntax, evaluated in the
//! helpline's IANA time zone with its country's public holidays.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use opening_hours::localization::{Country, TzLocation};
use opening_hours::{Context, OpeningHours, RuleKind};

use super::limits::MAX_HOURS_LEN;

pub fn check_expression(expr: &str) -> Result<(), String> {
    if expr.len() > MAX_HOURS_LEN {
        return Err(format!("opening hours longer than {MAX_HOURS_LEN} bytes"));
    }
    expr.parse::<OpeningHours>().map(|_| ()).map_err(|e| format!("invalid opening_hours: {e}"))
}

pub fn parse_timezone(name: &str) -> Result<Tz, String> {
    name.parse::<Tz>().map_err(|_| format!("{name:?} is not an IANA time zone"))
}

/// Whether a service is open at a moment, and when that changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    /// Open with no change in sight (24/7).
    AlwaysOpen,
    Open {
        closes: Option<DateTime<Utc>>,
    },
    Closed {
        opens: Option<DateTime<Utc>>,
    },
    /// The hours say "unknown" or could not be evaluated.
    Unknown,
}

/// Evaluates `expr` at `now`. Content was validated on install, so a parse
/// failure here only means "unknown", never an error for the user.
pub fn evaluate(expr: &str, timezone: &str, country: &str, now: DateTime<Utc>) -> OpenState {
    let (Ok(oh), Ok(tz)) = (expr.parse::<OpeningHours>(), parse_timezone(timezone)) else {
        return OpenState::Unknown;
    };
    let mut context = Context::default().with_locale(TzLocation::new(tz));
    if let Ok(country) = country.parse::<Country>() {
        context = context.with_holidays(country.holidays());
    }
    let oh = oh.with_context(context);
    let local_now = now.with_timezone(&tz);
    // A change further away than this is not worth showing (and "24/7" has none).
    let horizon = now + chrono::Duration::days(366);
    let next = oh.next_change(local_now).map(|t| t.with_timezone(&Utc)).filter(|t| *t <= horizon);
    match oh.state(local_now).0 {
        RuleKind::Open if next.is_none() => OpenState::AlwaysOpen,
        RuleKind::Open => OpenState::Open { closes: next },
        RuleKind::Closed => OpenState::Closed { opens: next },
        RuleKind::Unknown => OpenState::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    #[test]
    fn always_open() {
        assert_eq!(evaluate("24/7", "Europe/London", "GB", utc(2026, 11, 23, 3, 0)), OpenState::AlwaysOpen);
    }

    #[test]
    fn office_hours_in_helpline_time_zone() {
        // Monday 23 Nov 2026, 14:30 UTC = 09:30 in New York.
        let state = evaluate("Mo-Fr 09:00-17:00", "America/New_York", "US", utc(2026, 11, 23, 14, 30));
        assert_eq!(state, OpenState::Open { closes: Some(utc(2026, 11, 23, 22, 0)) });
        // 13:30 UTC = 08:30 in New York: closed, opens at 14:00 UTC.
        let state = evaluate("Mo-Fr 09:00-17:00", "America/New_York", "US", utc(2026, 11, 23, 13, 30));
        assert_eq!(state, OpenState::Closed { opens: Some(utc(2026, 11, 23, 14, 0)) });
    }

    #[test]
    fn public_holidays_close_when_asked() {
        // 25 Dec 2026 is a Friday and a public holiday in GB.
        let state = evaluate("Mo-Fr 09:00-17:00; PH off", "Europe/London", "GB", utc(2026, 12, 25, 10, 0));
        assert!(matches!(state, OpenState::Closed { .. }), "{state:?}");
    }

    #[test]
    fn bad_input_is_refused_or_unknown() {
        assert!(check_expression("Mo-Fr 25:00-99:00").is_err());
        assert!(check_expression(&"Mo ".repeat(400)).is_err());
        assert!(parse_timezone("Mars/Olympus").is_err());
        assert_eq!(evaluate("nonsense", "Europe/London", "GB", utc(2026, 1, 1, 0, 0)), OpenState::Unknown);
    }
}
