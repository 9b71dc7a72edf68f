use thiserror::Error;

/// A failure to reach a server. Messages carry no URL path, query or body:
/// an intake URL or a search for a pack could say too much.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum NetError {
    /// The URL is not HTTPS (or plain HTTP to a loopback address).
    #[error("refused URL: {0}")]
    RefusedUrl(&'static str),
    /// The TLS or client setup failed; a build problem, not the network's.
    #[error("cannot set up the HTTP client: {0}")]
    Setup(String),
    /// Could not connect, or the connection broke: worth retrying later.
    #[error("network unavailable or connection lost")]
    Unreachable,
    /// No byte arrived within the read timeout.
    #[error("the server stopped answering")]
    TimedOut,
    /// The server answered with an unexpected HTTP status.
    #[error("the server answered with HTTP status {0}")]
    Status(u16),
    /// The body is larger than the caller allows for it.
    #[error("the server sent more than {limit} bytes")]
    TooLarge { limit: u64 },
}

impl NetError {
    /// Whether trying again later may succeed (network trouble, server errors).
    pub fn is_transient(&self) -> bool {
        match self {
            NetError::Unreachable | NetError::TimedOut => true,
            NetError::Status(code) => *code >= 500 || *code == 408 || *code == 429,
            NetError::RefusedUrl(_) | NetError::Setup(_) | NetError::TooLarge { .. } => false,
        }
    }

    pub fn from_reqwest(error: &reqwest::Error) -> NetError {
        if error.is_timeout() {
            NetError::TimedOut
        } else if let Some(status) = error.status() {
            NetError::Status(status.as_u16())
        } else if error.is_builder() {
            NetError::Setup("request could not be built".into())
        } else {
            NetError::Unreachable
        }
    }
}
