//! The `Range` header, for one byte range. Several ranges get the whole body
//! (allowed by RFC 9110, and what a CDN in front would do); a header that
//! does not parse is ignored, as the RFC asks.

/// What to send for a request's `Range` header on a file of `len` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranged {
    /// The whole file, 200.
    Full,
    /// Bytes `start..=end`, 206.
    Part { start: u64, end: u64 },
    /// 416.
    Unsatisfiable,
}

pub fn resolve(header: Option<&str>, len: u64) -> Ranged {
    let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return Ranged::Full;
    };
    if spec.contains(',') {
        return Ranged::Full;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return Ranged::Full;
    };
    let (first, last) = (first.trim(), last.trim());
    let number = |s: &str| if s.bytes().all(|b| b.is_ascii_digit()) { s.parse::<u64>().ok() } else { None };
    match (first.is_empty(), last.is_empty()) {
        // `-n`: the last n bytes.
        (true, false) => match number(last) {
            Some(0) => Ranged::Unsatisfiable,
            Some(_) if len == 0 => Ranged::Unsatisfiable,
            Some(n) => Ranged::Part { start: len.saturating_sub(n), end: len - 1 },
            None => Ranged::Full,
        },
        // `a-` or `a-b`.
        (false, _) => {
            let Some(start) = number(first) else { return Ranged::Full };
            let end = if last.is_empty() { Some(u64::MAX) } else { number(last) };
            match end {
                None => Ranged::Full,
                Some(end) if end < start => Ranged::Full,
                Some(_) if start >= len => Ranged::Unsatisfiable,
                Some(end) => Ranged::Part { start, end: end.min(len - 1) },
            }
        }
        (true, true) => Ranged::Full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_forms_and_their_edges() {
        assert_eq!(resolve(Some("bytes=0-9"), 100), Ranged::Part { start: 0, end: 9 });
        assert_eq!(resolve(Some("bytes=90-200"), 100), Ranged::Part { start: 90, end: 99 });
        assert_eq!(resolve(Some("bytes=50-"), 100), Ranged::Part { start: 50, end: 99 });
        assert_eq!(resolve(Some("bytes=-10"), 100), Ranged::Part { start: 90, end: 99 });
        assert_eq!(resolve(Some("bytes=-500"), 100), Ranged::Part { start: 0, end: 99 });
        assert_eq!(resolve(Some("bytes=100-"), 100), Ranged::Unsatisfiable);
        assert_eq!(resolve(Some("bytes=-0"), 100), Ranged::Unsatisfiable);
        assert_eq!(resolve(Some("bytes=0-0"), 0), Ranged::Unsatisfiable);
        assert_eq!(resolve(Some("bytes=0-1,5-6"), 100), Ranged::Full);
        assert_eq!(resolve(Some("bytes=9-1"), 100), Ranged::Full);
        assert_eq!(resolve(Some("items=0-1"), 100), Ranged::Full);
        assert_eq!(resolve(Some("bytes=+1-2"), 100), Ranged::Full);
        assert_eq!(resolve(None, 100), Ranged::Full);
    }
}
