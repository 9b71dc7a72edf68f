//! `POST /v1/reports`: every check in the contract's order of cost, the
//! cheap ones first, the body read last and never past its limit.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Instant;

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;

use super::envelope::check_envelope;
use super::error::Rejection;
use super::idempotency::key_from;
use super::limits::IntakeLimits;
use super::rate_limit::RateLimiter;
use super::store::{NewEnvelope, Stored};
use super::writer::Writer;

pub(crate) struct IntakeState {
    pub(crate) writer: Writer,
    pub(crate) limiter: RateLimiter,
    pub(crate) limits: IntakeLimits,
}

pub(crate) async fn receive(State(state): State<Arc<IntakeState>>, request: Request) -> Response {
    let outcome = accept(&state, request).await;
    // Only the status and a fixed reason are logged: never the body, the
    // key or the client's address.
    match outcome {
        Ok(response) => response,
        Err(rejection) => {
            tracing::debug!(status = rejection.status().as_u16(), reason = rejection.reason(), "report refused");
            rejection.into_response()
        }
    }
}

async fn accept(state: &IntakeState, request: Request) -> Result<Response, Rejection> {
    let client = client_address(&request, &state.limits);
    state.limiter.take(client, Instant::now()).map_err(|secs| Rejection::RateLimited { retry_after_secs: secs })?;
    let (parts, body) = request.into_parts();
    check_content_type(&parts.headers)?;
    let key = key_from(&parts.headers)?;
    if declared_length(&parts.headers).is_some_and(|len| len > state.limits.max_body_bytes as u64) {
        return Err(Rejection::TooLarge);
    }
    let envelope = tokio::time::timeout(state.limits.body_timeout, read_limited(body, state.limits.max_body_bytes))
        .await
        .map_err(|_| Rejection::BodyTimeout)??;
    check_envelope(&envelope)?;
    let digest = ring::digest::digest(&ring::digest::SHA256, &envelope);
    let mut sha = [0u8; 32];
    sha.copy_from_slice(digest.as_ref());

    let new = NewEnvelope { key, body_sha256: sha, envelope };
    let stored = state.writer.store(new).await.map_err(|e| {
        tracing::error!(error = %e, "storing a report failed");
        Rejection::Internal
    })?;
    match stored {
        Stored::New(reference) => Ok(receipt(StatusCode::CREATED, &reference)),
        Stored::Existing(reference) => Ok(receipt(StatusCode::OK, &reference)),
        Stored::Conflict => Err(Rejection::KeyReused),
    }
}

fn receipt(status: StatusCode, reference: &str) -> Response {
    let body = serde_json::json!({ "reference": reference }).to_string();
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// The peer's address; behind a local reverse proxy, the one it names.
/// Served without connection info (a bare `Router` in a test harness),
/// everyone shares one bucket rather than going unlimited.
fn client_address(request: &Request, limits: &IntakeLimits) -> IpAddr {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(addr)| addr.ip());
    let Some(name) = limits.client_ip_header.as_deref() else { return peer };
    if !peer.is_loopback() {
        return peer;
    }
    // X-Forwarded-For lists every hop; the proxy appends the one it saw last.
    request
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(peer)
}

fn check_content_type(headers: &HeaderMap) -> Result<(), Rejection> {
    let value = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).ok_or(Rejection::WrongContentType)?;
    let media_type = value.split(';').next().unwrap_or("").trim();
    if media_type.eq_ignore_ascii_case("application/octet-stream") { Ok(()) } else { Err(Rejection::WrongContentType) }
}

fn declared_length(headers: &HeaderMap) -> Option<u64> {
    headers.get(header::CONTENT_LENGTH)?.to_str().ok()?.parse().ok()
}

/// Reads the body frame by frame and stops at the first byte past `max`,
/// whatever Content-Length said (or with chunked bodies, which say nothing).
async fn read_limited(mut body: Body, max: usize) -> Result<Vec<u8>, Rejection> {
    let mut bytes = Vec::new();
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|_| Rejection::BodyUnreadable)?;
        if let Ok(data) = frame.into_data() {
            if bytes.len() + data.len() > max {
                return Err(Rejection::TooLarge);
            }
            bytes.extend_from_slice(&data);
        }
    }
    Ok(bytes)
}
