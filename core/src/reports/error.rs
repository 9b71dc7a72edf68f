use crate::net::NetError;

/// What is wrong with one answer. Shells show the localized message the
/// error carries; the problem itself names no value the user typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerProblem {
    /// A required question has no answer.
    Required,
    /// Longer than the limit (in characters).
    TooLong { max: usize },
    /// Not one of the question's options.
    NotAnOption,
    /// The answer is for another kind of question.
    WrongKind,
    /// Not a date (YYYY-MM-DD) or date and time (YYYY-MM-DDTHH:MM).
    NotADate,
    /// A date after today.
    InFuture,
    /// Control characters (other than line breaks and tabs).
    ControlCharacters,
    /// Not a phone number that can be called.
    BadPhone,
    /// Not an email address.
    BadEmail,
    /// Phone or email chosen, but no number or address given.
    ContactMissing,
    /// Latitude or longitude out of range.
    BadLocation,
}

impl AnswerProblem {
    /// The Fluent message that explains it.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            AnswerProblem::Required => "report-error-required",
            AnswerProblem::TooLong { .. } => "report-error-too-long",
            AnswerProblem::NotAnOption => "report-error-not-an-option",
            AnswerProblem::WrongKind => "report-error-wrong-kind",
            AnswerProblem::NotADate => "report-error-not-a-date",
            AnswerProblem::InFuture => "report-error-in-future",
            AnswerProblem::ControlCharacters => "report-error-control-characters",
            AnswerProblem::BadPhone => "report-error-bad-phone",
            AnswerProblem::BadEmail => "report-error-bad-email",
            AnswerProblem::ContactMissing => "report-error-contact-missing",
            AnswerProblem::BadLocation => "report-error-bad-location",
        }
    }
}

/// Reports: errors name what failed and what to do; never an answer, a
/// contact detail, a location or a key.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An answer was refused; the draft keeps its previous answer.
    #[error("answer to {field} refused: {message}")]
    InvalidAnswer { field: String, problem: AnswerProblem, message: String },
    #[error("no report form for helpline {0:?}")]
    NoForm(String),
    #[error("the form has no question {0:?}")]
    NoField(String),
    #[error("no report with that id")]
    NoReport,
    /// Required answers are missing; the review view lists them.
    #[error("the report is not complete ({missing} required answers missing)")]
    Incomplete { missing: usize },
    /// The report is too large to send; nothing was sealed or cut.
    #[error("the report is {size} bytes, over the {limit}-byte limit: {message}")]
    TooLarge { size: usize, limit: usize, message: String },
    #[error("cannot {action} a report that is {state}")]
    WrongState { action: &'static str, state: &'static str },
    /// Too many drafts and reports kept at once.
    #[error("too many reports are kept; delete some first")]
    TooMany,
    #[error("cannot seal the report: {0}")]
    Seal(String),
    /// An envelope or padded plaintext that breaks the contract.
    #[error("not a valid report envelope: {0}")]
    Envelope(&'static str),
    #[error("no secure random numbers available")]
    Random,
    #[error(transparent)]
    Net(#[from] NetError),
}
