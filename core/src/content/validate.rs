//! Field checks shared by the source builder (which adds file and line) and
//! the pack decoder (which adds the item). Each returns the reason on failure.

use super::limits::{MAX_ID_LEN, MAX_LIST_LEN, MAX_URL_LEN};
use crate::i18n::locales;

pub fn id(value: &str) -> Result<(), String> {
    let ok = !value.is_empty()
        && value.len() <= MAX_ID_LEN
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-');
    if ok { Ok(()) } else { Err(format!("{value:?} is not an id (a-z, 0-9 and -, at most {MAX_ID_LEN})")) }
}

/// A known locale, written exactly as Haven writes it (`zh-Hans`, not `zh-hans`).
pub fn locale(tag: &str) -> Result<(), String> {
    match locales::find(tag) {
        Some(info) if info.tag == tag => Ok(()),
        Some(info) => Err(format!("locale {tag:?} must be written {:?}", info.tag)),
        None => Err(format!("unknown locale {tag:?}")),
    }
}

/// Non-empty, at most `max` characters, no control characters but newlines.
pub fn text(value: &str, max: usize) -> Result<(), String> {
    if value.trim().is_empty() {
        return Err("must not be empty".into());
    }
    let count = value.chars().count();
    if count > max {
        return Err(format!("{count} characters, over the limit of {max}"));
    }
    if value.chars().any(|c| c.is_control() && c != '\n') {
        return Err("contains control characters".into());
    }
    Ok(())
}

pub fn https_url(value: &str) -> Result<(), String> {
    let rest = value.strip_prefix("https://").ok_or_else(|| format!("{value:?} is not an https URL"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if value.len() > MAX_URL_LEN || host.is_empty() || !host.contains('.') || value.chars().any(char::is_whitespace) {
        return Err(format!("{value:?} is not a usable https URL"));
    }
    Ok(())
}

pub fn email(value: &str) -> Result<(), String> {
    let valid = value.len() <= 254
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        && matches!(value.split_once('@'), Some((local, domain))
            if !local.is_empty() && domain.contains('.') && !domain.contains('@') && !domain.starts_with('.') && !domain.ends_with('.'));
    if valid { Ok(()) } else { Err(format!("{value:?} is not an email address")) }
}

pub fn list_len<T>(list: &[T]) -> Result<(), String> {
    if list.len() > MAX_LIST_LEN { Err(format!("more than {MAX_LIST_LEN} entries")) } else { Ok(()) }
}

/// YYYY-MM-DD, a real calendar date.
pub fn date(value: &str) -> Result<(), String> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map(|_| ())
        .map_err(|_| format!("{value:?} is not a date (YYYY-MM-DD)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        id("signs-car-washes").unwrap();
        for bad in ["", "Signs", "a b", "-x", "ü", &"a".repeat(65)] {
            assert!(id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls_and_emails() {
        https_url("https://www.modernslaveryhelpline.org/report").unwrap();
        for bad in ["http://x.org", "https://", "https://localhost", "https://a.org/ b", "javascript:x"] {
            assert!(https_url(bad).is_err(), "{bad}");
        }
        email("help@example.org").unwrap();
        for bad in ["a@b", "@x.org", "a@@x.org", "a b@x.org", "a@x.org."] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn texts() {
        text("Hello", 10).unwrap();
        assert!(text("  ", 10).is_err());
        assert!(text("Hello world", 5).is_err());
        assert!(text("a\u{0}b", 10).is_err());
        date("2026-11-23").unwrap();
        assert!(date("2026-02-30").is_err());
    }
}
