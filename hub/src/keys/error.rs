use std::path::PathBuf;

/// What went wrong with a key file. Messages name the file and what to do;
/// they never carry key material or the passphrase.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{path}: already exists; choose another --out or move the old key away (keys are never overwritten)")]
    AlreadyExists { path: PathBuf },
    #[error("{path}: cannot be read or written: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{path}: the private key is readable by other users (mode {mode:04o}); run `chmod 600` on it, and consider the key exposed if others could log in"
    )]
    InsecurePermissions { path: PathBuf, mode: u32 },
    #[error("{path}: is over {limit} bytes, so it is not a Haven key file")]
    TooLarge { path: PathBuf, limit: usize },
    #[error("{path}: not a valid Haven key file: {reason}")]
    Malformed { path: PathBuf, reason: &'static str },
    #[error("{path}: the key is passphrase-protected; give its passphrase")]
    PassphraseRequired { path: PathBuf },
    #[error("{path}: wrong passphrase, or the encrypted key is damaged")]
    WrongPassphrase { path: PathBuf },
    #[error("the passphrase is empty; choose one you can remember and type again")]
    EmptyPassphrase,
    #[error("the passphrase is over {limit} bytes")]
    PassphraseTooLong { limit: usize },
    #[error("the two passphrases differ; nothing was written")]
    PassphraseMismatch,
    #[error("could not read the passphrase: {0}")]
    PassphraseInput(#[source] std::io::Error),
    #[error("the system random number generator failed")]
    Random,
    #[error("could not encrypt the key: {0}")]
    Encrypt(String),
}

impl KeyError {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            return KeyError::AlreadyExists { path: path.to_owned() };
        }
        KeyError::Io { path: path.to_owned(), source }
    }

    pub(crate) fn malformed(path: &std::path::Path, reason: &'static str) -> Self {
        KeyError::Malformed { path: path.to_owned(), reason }
    }
}
