//! One line per request on stderr: method, path, status. Nothing else: no
//! query string, no client address, no headers, no body (report intake
//! shares this server, and what people send must not reach a log).

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

pub async fn access_log(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    // Debug formatting escapes control characters a client might send.
    let path = format!("{:?}", request.uri().path());
    let response = next.run(request).await;
    eprintln!("{method} {path} {}", response.status().as_u16());
    response
}
