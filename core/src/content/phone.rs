//! Phone numbers: validated with libphonenumber and stored in E.164; short
//! codes (999, 112, 233733) are kept as dialled, valid in their country only.

use phonenumber::{Mode, PhoneNumber, country};

/// A number as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredNumber {
    /// `+448000121700` or, for a short code, `999`.
    pub value: String,
    pub short_code: bool,
}

/// 3 to 6 digits. A leading 0 is a trunk prefix (a national number cut
/// short), except for an all-zero code such as Australia's 000.
fn is_short_code(digits: &str) -> bool {
    (3..=6).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (!digits.starts_with('0') || digits.bytes().all(|b| b == b'0'))
}

/// Validates a number as an editor wrote it (national or international form)
/// for `country`, and returns its stored form.
pub fn normalize(country_code: &str, raw: &str) -> Result<StoredNumber, String> {
    let compact: String = raw.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.')).collect();
    if is_short_code(&compact) {
        return Ok(StoredNumber { value: compact, short_code: true });
    }
    let id: country::Id =
        country_code.parse().map_err(|_| format!("unknown country {country_code:?} for phone numbers"))?;
    let number = phonenumber::parse(Some(id), raw).map_err(|e| format!("not a phone number: {e}"))?;
    if !phonenumber::is_valid(&number) {
        return Err(format!("{raw:?} is not a valid number in {country_code}"));
    }
    Ok(StoredNumber { value: number.format().mode(Mode::E164).to_string(), short_code: false })
}

/// Checks a stored number (from a pack, which is untrusted) without changing it.
pub fn check_stored(value: &str) -> Result<(), String> {
    if is_short_code(value) {
        return Ok(());
    }
    if !value.starts_with('+') {
        return Err("a stored number must be E.164 (+...) or a 3-6 digit short code".into());
    }
    let number = parse_e164(value)?;
    if number.format().mode(Mode::E164).to_string() != value {
        return Err("number is not in canonical E.164 form".into());
    }
    Ok(())
}

fn parse_e164(value: &str) -> Result<PhoneNumber, String> {
    let number = phonenumber::parse(None, value).map_err(|e| format!("not a phone number: {e}"))?;
    if phonenumber::is_valid(&number) { Ok(number) } else { Err("not a valid number".into()) }
}

/// How to show a stored number: for people in the number's own country, as
/// the publisher writes it (or the national form); for everyone else, the
/// international form.
pub fn display(value: &str, published: Option<&str>, viewer_country: Option<&str>) -> String {
    let Ok(number) = parse_e164(value) else {
        return value.to_owned(); // short codes are shown as dialled
    };
    let home = number.country().id().map(|id| id.as_ref().to_owned());
    if home.is_some() && home.as_deref() == viewer_country {
        published.map_or_else(|| number.format().mode(Mode::National).to_string(), str::to_owned)
    } else {
        number.format().mode(Mode::International).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_helpline_normalizes_to_e164() {
        let n = normalize("GB", "08000 121 700").unwrap();
        assert_eq!(n, StoredNumber { value: "+448000121700".into(), short_code: false });
        check_stored(&n.value).unwrap();
    }

    #[test]
    fn us_hotline_normalizes() {
        assert_eq!(normalize("US", "1-888-373-7888").unwrap().value, "+18883737888");
    }

    #[test]
    fn short_codes_are_kept() {
        assert!(normalize("GB", "999").unwrap().short_code);
        assert_eq!(normalize("US", "233733").unwrap().value, "233733");
    }

    #[test]
    fn invalid_numbers_are_refused() {
        assert!(normalize("GB", "0800 12").is_err());
        assert!(normalize("GB", "080012").is_err());
        assert!(normalize("AU", "000").unwrap().short_code);
        assert!(normalize("GB", "hello").is_err());
        assert!(normalize("ZZ", "08000 121 700").is_err());
        assert!(check_stored("08000121700").is_err());
        assert!(check_stored("+44 8000 121700").is_err());
    }

    #[test]
    fn display_depends_on_viewer() {
        assert_eq!(display("+448000121700", None, Some("GB")), "0800 012 1700");
        assert_eq!(display("+448000121700", Some("08000 121 700"), Some("GB")), "08000 121 700");
        assert_eq!(display("+448000121700", Some("08000 121 700"), Some("US")), "+44 800 012 1700");
        assert_eq!(display("999", None, Some("GB")), "999");
    }
}
