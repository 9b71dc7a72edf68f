//! Errors of the intake: setting it up, and the answers it gives clients.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// Setting up or running the intake failed. Messages name files and causes,
/// never request contents.
#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("invalid intake limits: {0}")]
    Limits(&'static str),
    #[error("report database {path}: {source}")]
    Database { path: String, source: rusqlite::Error },
    #[error("report database {path} has schema version {found}; this hub knows up to {known}")]
    SchemaTooNew { path: String, found: i64, known: i64 },
    #[error("the report could not be stored (see the server log)")]
    Storage,
    #[error("the system's random number generator failed")]
    Random,
    #[error("cannot listen on {addr}: {source}")]
    Listen { addr: String, source: std::io::Error },
    #[error("server stopped: {0}")]
    Serve(std::io::Error),
}

/// Why a request was refused. Each maps to the contract's status and a
/// short fixed reason; none carries anything from the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    MissingKey,
    MalformedKey,
    NotAnEnvelope,
    TooLarge,
    WrongContentType,
    RateLimited {
        retry_after_secs: u64,
    },
    KeyReused,
    BodyTimeout,
    BodyUnreadable,
    /// The server's own fault (database, worker thread).
    Internal,
}

impl Rejection {
    pub fn status(self) -> StatusCode {
        match self {
            Rejection::MissingKey | Rejection::MalformedKey | Rejection::NotAnEnvelope | Rejection::BodyUnreadable => {
                StatusCode::BAD_REQUEST
            }
            Rejection::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Rejection::WrongContentType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Rejection::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Rejection::KeyReused => StatusCode::CONFLICT,
            Rejection::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            Rejection::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn reason(self) -> &'static str {
        match self {
            Rejection::MissingKey => "missing Idempotency-Key",
            Rejection::MalformedKey => "malformed Idempotency-Key",
            Rejection::NotAnEnvelope => "body is not a sealed report",
            Rejection::TooLarge => "body too large",
            Rejection::WrongContentType => "content type must be application/octet-stream",
            Rejection::RateLimited { .. } => "too many requests",
            Rejection::KeyReused => "Idempotency-Key already used with a different body",
            Rejection::BodyTimeout => "body not received in time",
            Rejection::BodyUnreadable => "body could not be read",
            Rejection::Internal => "server error",
        }
    }
}

impl IntoResponse for Rejection {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "error": self.reason() }).to_string();
        let mut response = (self.status(), [(header::CONTENT_TYPE, "application/json")], body).into_response();
        if let Rejection::RateLimited { retry_after_secs } = self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
        }
        response
    }
}
