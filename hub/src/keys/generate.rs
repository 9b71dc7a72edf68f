//! Making new keys: Ed25519 signing keys (root or publisher) and the age
//! X25519 identity an NGO receives sealed reports with.

use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};
use ring::rand::SystemRandom;
use ring::signature::Ed25519KeyPair;

use super::{KeyError, SigningKey, armor, encrypted, files, public};

/// What a key is for. Both are Ed25519 and stored alike; the role is
/// recorded in what `keygen` prints so the operator files it correctly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Root,
    Publisher,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Root => "root",
            Role::Publisher => "publisher",
        }
    }
}

/// What `keygen` made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewKey {
    pub private_path: PathBuf,
    pub public_path: PathBuf,
    /// `ed25519:<base64>` or `age1...`, without a newline.
    pub public_line: String,
    /// The key id of a signing key; empty for a report recipient.
    pub key_id: String,
}

/// Makes `out.key` (0600; encrypted when a passphrase is given) and `out.pub`.
pub fn generate_signing_key(out: &Path, passphrase: Option<&SecretString>) -> Result<NewKey, KeyError> {
    let (private_path, public_path) = (files::with_suffix(out, ".key"), files::with_suffix(out, ".pub"));
    files::ensure_absent(&[&private_path, &public_path])?;
    let document = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).map_err(|_| KeyError::Random)?;
    let der = zeroize::Zeroizing::new(document.as_ref().to_vec());
    let key = SigningKey::from_pkcs8(&private_path, &der)?;
    let contents = match passphrase {
        Some(passphrase) => zeroize::Zeroizing::new(encrypted::encrypt(&der, passphrase)?),
        None => zeroize::Zeroizing::new(armor::encode(&der).as_bytes().to_vec()),
    };
    let public_line = public::public_key_line(&key.public_key());
    write_pair(&private_path, &contents, &public_path, &public_line)?;
    Ok(NewKey { private_path, public_path, public_line: public_line.trim_end().to_owned(), key_id: key.key_id() })
}

/// Makes an age identity file `out.key` (0600) and `out.pub` (the `age1...` line).
pub fn generate_report_recipient(out: &Path) -> Result<NewKey, KeyError> {
    let (private_path, public_path) = (files::with_suffix(out, ".key"), files::with_suffix(out, ".pub"));
    files::ensure_absent(&[&private_path, &public_path])?;
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let created = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let secret = identity.to_string();
    let contents = zeroize::Zeroizing::new(format!(
        "# created: {created}\n# public key: {recipient}\n{}\n",
        secret.expose_secret()
    ));
    write_pair(&private_path, contents.as_bytes(), &public_path, &format!("{recipient}\n"))?;
    Ok(NewKey { private_path, public_path, public_line: recipient, key_id: String::new() })
}

/// The private file first; if the public one then fails, the private one
/// goes too, so a failed run leaves nothing half-made.
fn write_pair(private_path: &Path, private: &[u8], public_path: &Path, public: &str) -> Result<(), KeyError> {
    files::create_new(private_path, private, true)?;
    if let Err(e) = files::create_new(public_path, public.as_bytes(), false) {
        let _ = std::fs::remove_file(private_path);
        return Err(e);
    }
    Ok(())
}
