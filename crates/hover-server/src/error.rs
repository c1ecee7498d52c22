//! Every error answer is JSON: `{"error": "<kind>", "message": "<what to fix>", "code": N}`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use hover_store::StoreError;
use serde::Serialize;

/// An error answer of the API.
#[derive(Debug)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// A short machine-readable kind: `bad_request`, `store_unavailable`, ...
    pub kind: &'static str,
    /// What went wrong and what to fix, for a person.
    pub message: String,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
    message: &'a str,
    code: u16,
}

impl ApiError {
    /// 400: the request is wrong as sent.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self { status: StatusCode::BAD_REQUEST, kind: "bad_request", message: message.into() }
    }

    /// 401: no valid token.
    pub fn unauthorized(message: impl Into<String>) -> Self {
        Self { status: StatusCode::UNAUTHORIZED, kind: "unauthorized", message: message.into() }
    }

    /// 403: the token may not use that org.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self { status: StatusCode::FORBIDDEN, kind: "forbidden", message: message.into() }
    }

    /// 404: no such thing.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self { status: StatusCode::NOT_FOUND, kind: "not_found", message: message.into() }
    }

    /// 409: the same request is being handled now.
    pub fn conflict(message: impl Into<String>) -> Self {
        Self { status: StatusCode::CONFLICT, kind: "conflict", message: message.into() }
    }

    /// 422: the request contradicts an earlier one.
    pub fn unprocessable(message: impl Into<String>) -> Self {
        Self { status: StatusCode::UNPROCESSABLE_ENTITY, kind: "unprocessable", message: message.into() }
    }

    /// 413: the body is too large.
    pub fn payload_too_large(message: impl Into<String>) -> Self {
        Self { status: StatusCode::PAYLOAD_TOO_LARGE, kind: "payload_too_large", message: message.into() }
    }

    /// 503: the store is unreachable; retry later.
    pub fn unavailable(message: impl Into<String>) -> Self {
        Self { status: StatusCode::SERVICE_UNAVAILABLE, kind: "store_unavailable", message: message.into() }
    }

    /// 500: a bug.
    pub fn internal(message: impl Into<String>) -> Self {
        Self { status: StatusCode::INTERNAL_SERVER_ERROR, kind: "internal", message: message.into() }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unavailable(_) | StoreError::Schema { .. } => ApiError::unavailable(e.to_string()),
            StoreError::Invalid(message) => ApiError::bad_request(message),
            StoreError::Other(_) => {
                tracing::error!(error = %e, "store error");
                ApiError::unavailable(e.to_string())
            }
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody { error: self.kind, message: &self.message, code: self.status.as_u16() };
        let mut response = (self.status, Json(body)).into_response();
        // A 401 or 413 is answered before the body is read. hyper then closes the connection
        // when the rest of the body has not arrived yet; saying so lets a client with a pool
        // of connections open a new one instead of sending its next request into a closed one.
        if matches!(self.status, StatusCode::UNAUTHORIZED | StatusCode::PAYLOAD_TOO_LARGE) {
            response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_given_before_the_body_is_read_close_the_connection() {
        let closes = |e: ApiError| e.into_response().headers().get(header::CONNECTION).is_some_and(|v| v == "close");
        assert!(closes(ApiError::unauthorized("unknown token")));
        assert!(closes(ApiError::payload_too_large("too large")));
        assert!(!closes(ApiError::forbidden("other org")));
        assert!(!closes(ApiError::bad_request("bad")));
    }
}
