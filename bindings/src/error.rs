//! The one error the shells see. Converted from the core's `Error` in this
//! one place; each variant is a kind a shell may handle differently, and its
//! `reason` is for logs and developers.
//!
//! A reason never carries what the user typed, contact details or key
//! material. The core's messages already promise that, except where they
//! quote an argument back (a language tag, a region code, an id), which a
//! shell may have taken from the user: those are replaced here by messages
//! that name the argument only.

use haven_core::Error;
use haven_core::reports::ReportError;
use haven_core::safety::SafetyError;
use haven_core::store::StoreError;

#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum HavenError {
    /// The saved key does not open this store.
    #[error("wrong key: {reason}")]
    WrongKey { reason: String },
    /// A store exists but the secret store holds no key for it.
    #[error("key missing: {reason}")]
    KeyMissing { reason: String },
    /// The store file is damaged or is not a Haven store.
    #[error("corrupt store: {reason}")]
    Corrupt { reason: String },
    /// A newer Haven wrote the store; update the app.
    #[error("newer store: {reason}")]
    NewerSchema { reason: String },
    /// Haven is locked or its store closed: unlock or open it again.
    #[error("locked: {reason}")]
    Locked { reason: String },
    /// The data folder cannot be read or written.
    #[error("i/o: {reason}")]
    Io { reason: String },
    /// SQLite failed in a way none of the kinds above covers.
    #[error("database: {reason}")]
    Database { reason: String },
    /// The platform's secret store failed. Shells throw this from their
    /// `SecretStore` implementation too.
    #[error("secret store: {reason}")]
    SecretStore { reason: String },
    /// Pushed content or UI strings break a rule; nothing was changed.
    #[error("invalid content: {reason}")]
    InvalidContent { reason: String },
    /// No article or helpline with the id asked for.
    #[error("not found: {reason}")]
    NotFound { reason: String },
    /// An argument the core cannot use (unknown language, malformed region).
    #[error("invalid argument: {reason}")]
    InvalidArgument { reason: String },
    /// A safety action was refused (codes, disguise, wipe).
    #[error("safety: {reason}")]
    Safety { reason: String },
    /// Sync or report delivery could not reach the server (no network,
    /// server trouble): try later.
    #[error("network: {reason}")]
    Network { reason: String },
    /// Sync refused what the hub sent (signature, scope, rollback, expiry,
    /// damage); the content on the phone is unchanged.
    #[error("sync refused: {reason}")]
    SyncRefused { reason: String },
    /// An answer to a report question was refused; the draft keeps what it
    /// had. `text` says why in the user's language (never the answer);
    /// `field_id` names the question (from the form's content).
    #[error("invalid answer: {reason}")]
    InvalidAnswer { field_id: String, text: String, reason: String },
    /// A report action was refused: the report is incomplete, too large,
    /// already sent, being sent, or too many are kept.
    #[error("report refused: {reason}")]
    ReportRefused { reason: String },
    /// A bug, or a shell callback that threw something unexpected.
    #[error("internal: {reason}")]
    Internal { reason: String },
}

impl From<Error> for HavenError {
    fn from(e: Error) -> Self {
        match e {
            Error::Store(e) => e.into(),
            Error::Content(e) => HavenError::InvalidContent { reason: e.to_string() },
            Error::NotFound { kind, .. } => HavenError::NotFound { reason: format!("no {kind} with that id") },
            Error::InvalidArgument(_) => HavenError::InvalidArgument { reason: "an argument is not valid".into() },
            Error::Locked => HavenError::Locked { reason: e.to_string() },
            Error::Safety(SafetyError::Store(e)) => e.into(),
            Error::Safety(SafetyError::SecretStore(e)) => HavenError::SecretStore { reason: e.reason },
            Error::Safety(e) => HavenError::Safety { reason: e.to_string() },
            Error::Report(e) => e.into(),
            Error::Sync(e) if e.is_transient() => HavenError::Network { reason: e.to_string() },
            Error::Sync(e) => HavenError::SyncRefused { reason: e.to_string() },
        }
    }
}

impl From<StoreError> for HavenError {
    fn from(e: StoreError) -> Self {
        let reason = e.to_string();
        match e {
            StoreError::WrongKey => HavenError::WrongKey { reason },
            StoreError::KeyMissing => HavenError::KeyMissing { reason },
            StoreError::Corrupt => HavenError::Corrupt { reason },
            StoreError::NewerSchema { .. } => HavenError::NewerSchema { reason },
            StoreError::Closed => HavenError::Locked { reason },
            StoreError::SecretStore(e) => HavenError::SecretStore { reason: e.reason },
            StoreError::Io(_) => HavenError::Io { reason },
            // SQLite's own message may quote the statement; the code alone says enough.
            StoreError::Sqlite(e) => {
                let code = e.sqlite_error_code().map_or_else(|| "no code".to_owned(), |c| format!("{c:?}"));
                HavenError::Database { reason: format!("SQLite failed ({code})") }
            }
        }
    }
}

/// Report errors carry localized messages and ids from content, never
/// answers; ids the shell passed are not echoed.
impl From<ReportError> for HavenError {
    fn from(e: ReportError) -> Self {
        let reason = e.to_string();
        match e {
            ReportError::InvalidAnswer { field, problem, message } => {
                HavenError::InvalidAnswer { field_id: field, text: message, reason: format!("{problem:?}") }
            }
            ReportError::NoForm(_) => HavenError::NotFound { reason: "no report form for that helpline".into() },
            ReportError::NoField(_) => HavenError::NotFound { reason: "the form has no such question".into() },
            ReportError::NoReport => HavenError::NotFound { reason },
            ReportError::Incomplete { .. }
            | ReportError::TooLarge { .. }
            | ReportError::WrongState { .. }
            | ReportError::TooMany => HavenError::ReportRefused { reason },
            ReportError::Net(_) => HavenError::Network { reason },
            ReportError::Seal(_) | ReportError::Envelope(_) | ReportError::Random => HavenError::Internal { reason },
        }
    }
}

/// What a foreign callback threw that is not a `HavenError` (a bug in the shell).
impl From<uniffi::UnexpectedUniFFICallbackError> for HavenError {
    fn from(_: uniffi::UnexpectedUniFFICallbackError) -> Self {
        // Its message is the shell's exception text, which could hold anything.
        HavenError::Internal { reason: "a shell callback threw an unexpected exception".into() }
    }
}

/// For calls whose argument may come from the user: an invalid argument is
/// reported by name, never by value.
pub(crate) fn naming(argument: &'static str) -> impl FnOnce(Error) -> HavenError {
    move |e| match e {
        Error::InvalidArgument(_) => HavenError::InvalidArgument { reason: format!("{argument} is not valid") },
        other => other.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_arguments_never_echo_the_value() {
        let e = naming("the region code")(Error::InvalidArgument("\"my secret\" is not a code".into()));
        assert!(matches!(&e, HavenError::InvalidArgument { reason } if !reason.contains("secret")));
        let e = HavenError::from(Error::NotFound { kind: "article", id: "typed by someone".into() });
        assert!(!e.to_string().contains("typed"));
    }

    #[test]
    fn refused_answers_name_the_question_never_the_answer() {
        use haven_core::reports::AnswerProblem;
        let refused = ReportError::InvalidAnswer {
            field: "people".into(),
            problem: AnswerProblem::TooLong { max: 10 },
            message: "Use 10 characters or fewer.".into(),
        };
        let e = HavenError::from(Error::Report(refused));
        assert!(matches!(&e, HavenError::InvalidAnswer { field_id, .. } if field_id == "people"));
        let e = HavenError::from(Error::Report(ReportError::NoForm("typed by someone".into())));
        assert!(matches!(&e, HavenError::NotFound { reason } if !reason.contains("typed")));
    }

    #[test]
    fn store_errors_keep_their_kind() {
        assert!(matches!(HavenError::from(Error::Store(StoreError::WrongKey)), HavenError::WrongKey { .. }));
        assert!(matches!(HavenError::from(Error::Locked), HavenError::Locked { .. }));
    }
}
