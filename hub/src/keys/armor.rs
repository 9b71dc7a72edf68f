//! The plaintext private key file: the PKCS#8 document between
//! `-----BEGIN HAVEN ED25519 PRIVATE KEY-----` lines, base64 in 64-column lines.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use zeroize::Zeroizing;

pub const BEGIN: &str = "-----BEGIN HAVEN ED25519 PRIVATE KEY-----";
pub const END: &str = "-----END HAVEN ED25519 PRIVATE KEY-----";
const LINE: usize = 64;

pub fn encode(der: &[u8]) -> Zeroizing<String> {
    let body = Zeroizing::new(STANDARD.encode(der));
    let mut out = Zeroizing::new(String::with_capacity(body.len() + body.len() / LINE + 100));
    out.push_str(BEGIN);
    out.push('\n');
    for chunk in body.as_bytes().chunks(LINE) {
        // base64 output is ASCII, so every chunk is valid UTF-8.
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str(END);
    out.push('\n');
    out
}

/// The DER bytes inside the block, or why the text is not one.
pub fn decode(text: &str) -> Result<Zeroizing<Vec<u8>>, &'static str> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    if lines.next() != Some(BEGIN) {
        return Err("it does not start with the Haven private key header");
    }
    let mut body = Zeroizing::new(String::new());
    let mut ended = false;
    for line in lines.by_ref() {
        if line == END {
            ended = true;
            break;
        }
        body.push_str(line);
    }
    if !ended {
        return Err("the end line is missing (truncated file?)");
    }
    if lines.next().is_some() {
        return Err("there is text after the end line");
    }
    STANDARD.decode(body.as_bytes()).map(Zeroizing::new).map_err(|_| "the key is not valid base64")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damage() {
        let der: Vec<u8> = (0..=200u8).collect();
        let text = encode(&der);
        assert!(text.lines().all(|l| l.len() <= LINE || l.starts_with("-----")));
        assert_eq!(*decode(&text).unwrap(), der);
        assert!(decode(&text.replace(END, "")).is_err());
        assert!(decode(&text[1..]).is_err());
        assert!(decode(&format!("{}\nextra\n", text.as_str())).is_err());
        assert!(decode(&text.replacen('A', "*", 1)).is_err());
    }
}
