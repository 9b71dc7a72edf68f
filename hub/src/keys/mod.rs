//! Keys: Ed25519 signing keys for roots and publishers, and the age
//! identity that report recipients decrypt with.
//!
//! Files, for `--out PATH`:
//! - `PATH.key`, mode 0600: the PKCS#8 v2 document in a
//!   `HAVEN ED25519 PRIVATE KEY` block, or that document encrypted to an age
//!   passphrase and armored (`AGE ENCRYPTED FILE`); for a report recipient,
//!   an age identity file.
//! - `PATH.pub`: `ed25519:<base64 of the 32 public key bytes>`, or `age1...`.

mod armor;
mod encrypted;
mod error;
mod files;
mod generate;
pub mod passphrase;
mod public;
mod signing;

pub use age::secrecy::SecretString as Passphrase;
pub use error::KeyError;
pub use generate::{NewKey, Role, generate_report_recipient, generate_signing_key};
pub use public::{key_id, parse_public_key, read_public_key};
pub use signing::{MAX_PRIVATE_FILE_BYTES, SigningKey, load_signing_key};
