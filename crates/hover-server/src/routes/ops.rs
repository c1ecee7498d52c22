//! Operations: liveness, readiness, Prometheus metrics, the API description.

use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use serde_json::Value;

/// `GET /healthz`: the process is up.
pub async fn healthz() -> Json<Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

/// `GET /readyz`: the store answers (503 if not); `cache_warm` says whether the start-up
/// warm-up of the settled-hours cache has ended.
pub async fn readyz(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    state.store.ping().await?;
    let cache_warm = state.cache_warm.load(std::sync::atomic::Ordering::Relaxed);
    Ok(Json(serde_json::json!({ "status": "ready", "store": state.store.backend_name(), "cache_warm": cache_warm })))
}

/// `GET /metrics`: Prometheus.
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], state.metrics.render())
}

/// `GET /openapi.json`: the API description.
pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("../../openapi.json"))
}
