//! The static file handler: GET and HEAD, conditional requests, one range,
//! streamed bodies.

use std::io::SeekFrom;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use tokio::io::{AsyncReadExt, AsyncSeekExt};
use tokio_util::io::ReaderStream;

use super::etag::{EtagCache, none_match};
use super::range::{Ranged, resolve};
use super::{media, request_path};

/// Bytes read from disk per body chunk.
pub const STREAM_CHUNK_BYTES: usize = 64 * 1024;

pub struct StaticFiles {
    /// DIST, canonicalized once at start.
    pub root: PathBuf,
    pub etags: EtagCache,
}

/// A file found under DIST: where it is on disk and where under DIST.
struct Found {
    disk: PathBuf,
    relative: PathBuf,
    len: u64,
    modified: Option<std::time::SystemTime>,
}

pub async fn serve_file(
    State(files): State<Arc<StaticFiles>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return (StatusCode::METHOD_NOT_ALLOWED, [(header::ALLOW, "GET, HEAD")]).into_response();
    }
    let Some(relative) = request_path::relative_path(uri.path()) else {
        return not_found();
    };
    let lookup = Arc::clone(&files);
    let found = tokio::task::spawn_blocking(move || {
        let found = find(&lookup.root, relative)?;
        let etag = lookup.etags.etag(&found.disk, found.len, found.modified).ok()?;
        Some((found, etag))
    })
    .await;
    let Ok(Some((found, etag))) = found else {
        return not_found();
    };
    respond(method, &headers, found, etag).await
}

/// The file under `root`, resolved through symlinks and still under `root`.
fn find(root: &Path, relative: PathBuf) -> Option<Found> {
    let disk = root.join(&relative).canonicalize().ok()?;
    if !disk.starts_with(root) {
        return None;
    }
    let metadata = std::fs::metadata(&disk).ok()?;
    if metadata.is_dir() {
        return find(root, relative.join("index.html"));
    }
    metadata.is_file().then(|| Found { disk, relative, len: metadata.len(), modified: metadata.modified().ok() })
}

async fn respond(method: Method, headers: &HeaderMap, found: Found, etag: String) -> Response {
    let mut builder = Response::builder()
        .header(header::ETAG, &etag)
        .header(header::CACHE_CONTROL, media::cache_control(&found.relative))
        .header(header::ACCEPT_RANGES, "bytes")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok());
    if text(header::IF_NONE_MATCH).is_some_and(|h| none_match(h, &etag)) {
        return builder.status(StatusCode::NOT_MODIFIED).body(Body::empty()).unwrap_or_else(|_| server_error());
    }
    // If-Range with another ETag: the client's partial copy is stale, send it all.
    let range_header = match text(header::IF_RANGE) {
        Some(if_range) if if_range.trim() != etag => None,
        _ => text(header::RANGE),
    };
    let (status, start, count) = match resolve(range_header, found.len) {
        Ranged::Full => (StatusCode::OK, 0, found.len),
        Ranged::Part { start, end } => {
            builder = builder.header(header::CONTENT_RANGE, format!("bytes {start}-{end}/{}", found.len));
            (StatusCode::PARTIAL_CONTENT, start, end - start + 1)
        }
        Ranged::Unsatisfiable => {
            return builder
                .status(StatusCode::RANGE_NOT_SATISFIABLE)
                .header(header::CONTENT_RANGE, format!("bytes */{}", found.len))
                .body(Body::empty())
                .unwrap_or_else(|_| server_error());
        }
    };
    builder = builder
        .status(status)
        .header(header::CONTENT_TYPE, media::content_type(&found.relative))
        .header(header::CONTENT_LENGTH, count);
    let body = if method == Method::HEAD {
        Body::empty()
    } else {
        match open_at(&found.disk, start).await {
            Ok(file) => Body::from_stream(ReaderStream::with_capacity(file.take(count), STREAM_CHUNK_BYTES)),
            Err(_) => return not_found(),
        }
    };
    builder.body(body).unwrap_or_else(|_| server_error())
}

async fn open_at(path: &Path, start: u64) -> std::io::Result<tokio::fs::File> {
    let mut file = tokio::fs::File::open(path).await?;
    if start > 0 {
        file.seek(SeekFrom::Start(start)).await?;
    }
    Ok(file)
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, [(header::CACHE_CONTROL, "no-cache")], "not found\n").into_response()
}

fn server_error() -> Response {
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
