//! Turning a request path into a file path under DIST, or refusing it.
//! Everything is decided on the text alone, before the file system is
//! touched: `..`, `.` and hidden segments, backslashes, NUL and other
//! control characters, empty segments (`//`, which could make an absolute
//! path) are all refused, whether written plainly or percent-encoded.

use std::path::PathBuf;

/// Request paths longer than this are refused; DIST paths are short.
pub const MAX_REQUEST_PATH_BYTES: usize = 1024;

/// The relative path a request names (`index.html` for `/` and for a
/// trailing `/`), or `None` when it must be refused.
pub fn relative_path(raw: &str) -> Option<PathBuf> {
    if raw.len() > MAX_REQUEST_PATH_BYTES {
        return None;
    }
    let decoded = percent_decode(raw.strip_prefix('/')?)?;
    let (decoded, index) = match decoded.strip_suffix('/') {
        Some(dir) => (dir.to_owned(), true),
        None => (decoded.clone(), decoded.is_empty()),
    };
    let mut path = PathBuf::new();
    if !decoded.is_empty() {
        for segment in decoded.split('/') {
            if !segment_ok(segment) {
                return None;
            }
            path.push(segment);
        }
    }
    if index {
        path.push("index.html");
    }
    Some(path)
}

fn segment_ok(segment: &str) -> bool {
    !segment.is_empty()
        && !segment.starts_with('.')
        && !segment.chars().any(|c| c == '\\' || c == ':' || c.is_control())
}

/// Percent-decoding into UTF-8; malformed escapes or bytes refuse the path.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'?' | b'#' => break,
            byte => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_map_under_dist() {
        assert_eq!(relative_path("/"), Some(PathBuf::from("index.html")));
        assert_eq!(relative_path("/en/"), Some(PathBuf::from("en/index.html")));
        assert_eq!(relative_path("/packs/ab%20c.zst"), Some(PathBuf::from("packs/ab c.zst")));
    }

    #[test]
    fn escapes_are_refused_in_every_spelling() {
        for bad in [
            "/../etc/passwd",
            "/a/../../b",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/..%5c..%5cwindows",
            "/a\\b",
            "//etc/passwd",
            "/%2fetc/passwd",
            "/a%00.json",
            "/.git/config",
            "/C:/x",
            "/%zz",
            "/%c0%ae%c0%ae/x",
            "relative",
        ] {
            assert_eq!(relative_path(bad), None, "{bad}");
        }
    }
}
