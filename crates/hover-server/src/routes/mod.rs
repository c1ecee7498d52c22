//! The HTTP API: one module per role (what the panel asks, logs in, mappings, operations),
//! and what wraps every route (metrics, JSON errors, limits, CORS, tracing).

pub mod ingest;
pub mod mappings;
pub mod ops;
pub mod query;
pub mod templates;

use crate::config::Config;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::time::Instant;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// Counts and times every request by its route pattern.
async fn observe(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route =
        request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string()).unwrap_or_else(|| "unmatched".into());
    let start = Instant::now();
    let response = next.run(request).await;
    state.metrics.observe(&route, response.status().as_u16(), start.elapsed().as_secs_f64());
    response
}

/// Errors made outside the handlers (unknown route, wrong method, body too large, time-out)
/// get the same JSON body as the handlers' own.
async fn json_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let message = match status {
        StatusCode::NOT_FOUND => "no such endpoint; see /openapi.json".to_string(),
        StatusCode::METHOD_NOT_ALLOWED => "this endpoint does not take that HTTP method".to_string(),
        StatusCode::PAYLOAD_TOO_LARGE => "the request body is larger than the configured limit".to_string(),
        StatusCode::REQUEST_TIMEOUT => "the request took longer than the configured timeout".to_string(),
        other => other.canonical_reason().unwrap_or("error").to_string(),
    };
    let kind = match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::REQUEST_TIMEOUT => "timeout",
        _ => "error",
    };
    ApiError { status, kind, message }.into_response()
}

fn cors(config: &Config) -> CorsLayer {
    let origins = &config.http.cors_origins;
    let allow = if origins.iter().any(|o| o == "*") {
        AllowOrigin::any()
    } else {
        AllowOrigin::list(origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()))
    };
    CorsLayer::new().allow_origin(allow).allow_methods(Any).allow_headers(Any)
}

/// The whole API, by role.
pub fn router(state: AppState) -> Router {
    let config = state.config.clone();
    Router::new()
        // What the panel asks.
        .route("/query_logs", post(query::query_logs))
        .route("/series", post(query::series))
        .route("/template_values", post(templates::template_values))
        .route("/templates", get(templates::list))
        // Logs in.
        .route("/ingest", post(ingest::ingest))
        .route("/v1/logs", post(ingest::otlp_logs))
        .route("/loki/api/v1/push", post(ingest::loki_push))
        // Which streams a panel's metric reads.
        .route("/mappings", get(mappings::list).put(mappings::put).delete(mappings::delete))
        // Operations.
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .route("/openapi.json", get(ops::openapi))
        .route_layer(middleware::from_fn_with_state(state.clone(), observe))
        .layer(middleware::from_fn(json_errors))
        .layer(DefaultBodyLimit::max(config.http.body_limit_bytes))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, config.http.request_timeout))
        .layer(cors(&config))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
