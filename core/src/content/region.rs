//! Region codes: ISO 3166-1 alpha-2 (`GB`) or ISO 3166-2 (`GB-ENG`).

use phonenumber::country;

/// Checks a region code. The country part must be a known country (the
/// libphonenumber region list); the subdivision part must look like ISO 3166-2.
pub fn check(code: &str) -> Result<(), String> {
    let (country_part, subdivision) = match code.split_once('-') {
        Some((c, s)) => (c, Some(s)),
        None => (code, None),
    };
    let upper_letters = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase());
    if !upper_letters(country_part) || country_part.parse::<country::Id>().is_err() {
        return Err(format!("{code:?} is not an ISO 3166 country code"));
    }
    if let Some(sub) = subdivision {
        let ok = (1..=3).contains(&sub.len()) && sub.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !ok {
            return Err(format!("{code:?} is not an ISO 3166-2 subdivision code"));
        }
    }
    Ok(())
}

/// The country part of a region code.
pub fn country_of(code: &str) -> &str {
    code.split_once('-').map_or(code, |(c, _)| c)
}

/// Whether content filed under `coverage` is relevant to someone who chose
/// `region`: `GB` content is for someone in `GB-ENG`; `GB-ENG` content is for
/// someone who chose all of `GB` (they may be in England) but not for `GB-SCT`.
pub fn relevant(coverage: &str, region: &str) -> bool {
    coverage == region || coverage == country_of(region) || (!region.contains('-') && country_of(coverage) == region)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        for ok in ["GB", "US", "RO", "GB-ENG", "US-CA", "FR-75"] {
            check(ok).unwrap();
        }
        for bad in ["gb", "UK", "GBR", "GB-", "GB-ENGL", "G1", "", "ZZ"] {
            assert!(check(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn relevance() {
        assert!(relevant("GB", "GB-ENG"));
        assert!(relevant("GB-ENG", "GB-ENG"));
        assert!(relevant("GB-ENG", "GB"));
        assert!(!relevant("GB-ENG", "GB-SCT"));
        assert!(!relevant("US", "GB"));
        assert!(!relevant("US-CA", "GB"));
    }
}
