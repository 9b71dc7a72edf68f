//! One delivery attempt: POST the envelope with its idempotency key and
//! sort the answer into delivered, refused for good, or worth retrying
//! (docs/reports.md, "HTTP").

use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;

use super::ids::is_reference;
use super::limits::{MAX_ENVELOPE_BYTES, MAX_RECEIPT_BYTES};
use crate::net::{HttpClient, NetError, check_url};

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Outcome {
    /// 201 or 200 with a reference.
    Delivered(String),
    /// 400, 409, 413, 415 (and other 4xx): sending again cannot help.
    Refused(u16),
    /// Network trouble, 429, 5xx, or an answer cut short: try again later.
    Retry { after: Option<Duration>, why: &'static str },
}

#[derive(Deserialize)]
struct Receipt {
    reference: String,
}

pub(super) async fn post(client: &HttpClient, url: &str, key: &str, envelope: &[u8], limit: Duration) -> Outcome {
    let Ok(url) = check_url(url) else { return Outcome::Refused(0) };
    if envelope.len() > MAX_ENVELOPE_BYTES {
        return Outcome::Refused(413);
    }
    let request = client
        .inner()
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
        .header("Idempotency-Key", key)
        .body(envelope.to_vec());
    match tokio::time::timeout(limit, exchange(request)).await {
        Ok(outcome) => outcome,
        Err(_) => Outcome::Retry { after: None, why: "timed out" },
    }
}

async fn exchange(request: reqwest::RequestBuilder) -> Outcome {
    let mut response = match request.send().await {
        Ok(r) => r,
        Err(e) => return Outcome::Retry { after: None, why: why(&NetError::from_reqwest(&e)) },
    };
    let status = response.status();
    if status == StatusCode::CREATED || status == StatusCode::OK {
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) if body.len() + chunk.len() <= MAX_RECEIPT_BYTES => body.extend_from_slice(&chunk),
                Ok(Some(_)) => return Outcome::Retry { after: None, why: "receipt too large" },
                Ok(None) => break,
                Err(_) => return Outcome::Retry { after: None, why: "receipt cut short" },
            }
        }
        // A receipt that does not parse is retried: the same key brings the same reference back.
        return match serde_json::from_slice::<Receipt>(&body) {
            Ok(r) if is_reference(&r.reference) => Outcome::Delivered(r.reference),
            _ => Outcome::Retry { after: None, why: "unreadable receipt" },
        };
    }
    if status == StatusCode::TOO_MANY_REQUESTS {
        let after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        return Outcome::Retry { after, why: "rate limited" };
    }
    if status.is_client_error() && status != StatusCode::REQUEST_TIMEOUT {
        return Outcome::Refused(status.as_u16());
    }
    Outcome::Retry { after: None, why: "server error" }
}

fn why(error: &NetError) -> &'static str {
    match error {
        NetError::TimedOut => "timed out",
        NetError::Status(_) => "server error",
        _ => "network unavailable",
    }
}
