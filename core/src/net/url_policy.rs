use std::net::IpAddr;

use reqwest::Url;

use super::NetError;

/// Longest URL accepted from content or the user.
pub const MAX_URL_BYTES: usize = 2048;

/// Parses `url` and accepts it only if Haven may call it: `https://`, or
/// `http://` to a loopback address. No credentials in the URL.
pub fn check_url(url: &str) -> Result<Url, NetError> {
    if url.len() > MAX_URL_BYTES {
        return Err(NetError::RefusedUrl("the URL is too long"));
    }
    let parsed = Url::parse(url).map_err(|_| NetError::RefusedUrl("not a valid URL"))?;
    check_parsed(&parsed)?;
    Ok(parsed)
}

pub(super) fn check_parsed(url: &Url) -> Result<(), NetError> {
    if !url.username().is_empty() || url.password().is_some() {
        return Err(NetError::RefusedUrl("credentials in a URL are not allowed"));
    }
    match url.scheme() {
        "https" if url.host_str().is_some() => Ok(()),
        "http" if is_loopback(url) => Ok(()),
        "http" => Err(NetError::RefusedUrl("plain HTTP is allowed to loopback only; use HTTPS")),
        _ => Err(NetError::RefusedUrl("only HTTPS URLs are allowed")),
    }
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_is_accepted() {
        assert!(check_url("https://hub.example.org/v1/manifest.json").is_ok());
    }

    #[test]
    fn plain_http_only_to_loopback() {
        assert!(check_url("http://127.0.0.1:8080/x").is_ok());
        assert!(check_url("http://[::1]:8080/x").is_ok());
        assert!(check_url("http://localhost/x").is_ok());
        assert!(matches!(check_url("http://example.org/x"), Err(NetError::RefusedUrl(_))));
        assert!(matches!(check_url("http://10.0.0.1/x"), Err(NetError::RefusedUrl(_))));
    }

    #[test]
    fn other_schemes_credentials_and_junk_are_refused() {
        for bad in [
            "ftp://example.org/",
            "file:///etc/passwd",
            "https://user:pw@example.org/",
            "not a url",
            "javascript:alert(1)",
        ] {
            assert!(matches!(check_url(bad), Err(NetError::RefusedUrl(_))), "{bad}");
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_BYTES));
        assert!(matches!(check_url(&long), Err(NetError::RefusedUrl(_))));
    }
}
