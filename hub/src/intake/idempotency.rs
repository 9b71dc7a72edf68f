//! The `Idempotency-Key` header: 32 lowercase hex characters, nothing else.

use axum::http::HeaderMap;

use crate::contract::IDEMPOTENCY_KEY_CHARS;

use super::error::Rejection;

pub(crate) const HEADER: &str = "idempotency-key";

/// The key of a request, checked. Uppercase hex is refused rather than
/// folded, so one report never has two spellings of its key.
pub(crate) fn key_from(headers: &HeaderMap) -> Result<String, Rejection> {
    let mut values = headers.get_all(HEADER).iter();
    let value = values.next().ok_or(Rejection::MissingKey)?;
    if values.next().is_some() {
        return Err(Rejection::MalformedKey);
    }
    let bytes = value.as_bytes();
    let well_formed =
        bytes.len() == IDEMPOTENCY_KEY_CHARS && bytes.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !well_formed {
        return Err(Rejection::MalformedKey);
    }
    // Checked ASCII above, so this cannot fail.
    value.to_str().map(str::to_owned).map_err(|_| Rejection::MalformedKey)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn with(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for v in values {
            headers.append(HEADER, HeaderValue::from_str(v).unwrap());
        }
        headers
    }

    #[test]
    fn only_one_lowercase_hex_key_of_32_chars_passes() {
        let good = "0123456789abcdef0123456789abcdef";
        assert_eq!(key_from(&with(&[good])), Ok(good.to_owned()));
        assert_eq!(key_from(&with(&[])), Err(Rejection::MissingKey));
        assert_eq!(key_from(&with(&["0123456789ABCDEF0123456789abcdef"])), Err(Rejection::MalformedKey));
        assert_eq!(key_from(&with(&["0123456789abcdef"])), Err(Rejection::MalformedKey));
        assert_eq!(key_from(&with(&[&format!("{good}0")])), Err(Rejection::MalformedKey));
        assert_eq!(key_from(&with(&["0123456789abcdef0123456789abcdeg"])), Err(Rejection::MalformedKey));
        assert_eq!(key_from(&with(&[good, good])), Err(Rejection::MalformedKey));
    }
}
