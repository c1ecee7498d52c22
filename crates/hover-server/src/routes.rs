//! Ingest, OTLP, mappings and operations endpoints.

use crate::auth::Caller;
use crate::error::ApiError;
use crate::ingest::IncomingLog;
use crate::query::{check_panel, parse_body};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use axum::Json;
use hover_store::Mapping;
use serde::Deserialize;
use serde_json::Value;

pub(crate) use hover_store::now_ms;

/// Records of `{"logs": [...]}`, one JSON object, a JSON array, or NDJSON (one per line).
/// A record that does not parse is rejected with its reason; the others go on.
fn parse_records(body: &Bytes) -> Result<Vec<Result<IncomingLog, String>>, ApiError> {
    let text = std::str::from_utf8(body).map_err(|e| ApiError::bad_request(format!("the body is not UTF-8: {e}")))?;
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(ApiError::bad_request("the request body is empty"));
    }
    let record = |v: Value| serde_json::from_value::<IncomingLog>(v).map_err(|e| format!("invalid record: {e}"));
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        return Ok(match value {
            Value::Object(mut object) if object.contains_key("logs") => match object.remove("logs") {
                Some(Value::Array(items)) => items.into_iter().map(record).collect(),
                _ => return Err(ApiError::bad_request("\"logs\" must be an array of records")),
            },
            Value::Array(items) => items.into_iter().map(record).collect(),
            single @ Value::Object(_) => vec![record(single)],
            _ => return Err(ApiError::bad_request("send {\"logs\": [...]}, a JSON array, an object, or NDJSON")),
        });
    }
    // NDJSON: every non-blank line is a record.
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| serde_json::from_str::<Value>(line).map_err(|e| format!("not JSON: {e}")).and_then(record))
        .collect())
}

pub async fn ingest(State(state): State<AppState>, caller: Caller, body: Bytes) -> Result<impl IntoResponse, ApiError> {
    let records = parse_records(&body)?;
    let report = state.ingestor.ingest(records, caller.org.as_deref(), now_ms()).await?;
    state.metrics.ingested(&report);
    // Refused records are listed in the body; the status stays 200 for the ones stored.
    Ok(Json(report))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappingKey {
    pub org: String,
    pub dashboard: String,
    pub panel_title: String,
    pub metric_name: String,
}

#[derive(Deserialize)]
pub struct OrgQuery {
    pub org: Option<String>,
}

pub async fn put_mapping(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<Mapping>, ApiError> {
    let mapping: Mapping = parse_body(&body)?;
    check_panel(&caller, &mapping.org, &mapping.dashboard, &mapping.panel_title, &mapping.metric_name)?;
    if mapping.streams.iter().any(|s| s.is_empty()) {
        return Err(ApiError::bad_request("stream names must not be empty"));
    }
    state.ingestor.store().set_mapping(&mapping).await?;
    state.mappings.clear();
    Ok(Json(mapping))
}

pub async fn list_mappings(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<OrgQuery>,
) -> Result<Json<Value>, ApiError> {
    let org = query.org.or(caller.org.clone()).ok_or_else(|| ApiError::bad_request("give ?org=<org>"))?;
    caller.authorize(&org)?;
    let mappings = state.ingestor.store().mappings(&org).await?;
    Ok(Json(serde_json::json!({ "mappings": mappings })))
}

pub async fn delete_mapping(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<Value>, ApiError> {
    let key: MappingKey = parse_body(&body)?;
    check_panel(&caller, &key.org, &key.dashboard, &key.panel_title, &key.metric_name)?;
    let deleted =
        state.ingestor.store().delete_mapping(&key.org, &key.dashboard, &key.panel_title, &key.metric_name).await?;
    state.mappings.clear();
    if !deleted {
        return Err(ApiError::not_found("no such mapping"));
    }
    Ok(Json(serde_json::json!({ "deleted": true })))
}

pub async fn healthz() -> Json<Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

pub async fn readyz(State(state): State<AppState>) -> Result<Json<Value>, ApiError> {
    state.ingestor.store().ping().await?;
    Ok(Json(serde_json::json!({ "status": "ready", "store": state.ingestor.store().backend_name() })))
}

pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], state.metrics.render())
}

pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], include_str!("../openapi.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_shapes() {
        let logs = parse_records(&Bytes::from(r#"{"logs": [{"message": "a"}, {"message": 5}]}"#)).unwrap();
        assert!(logs[0].is_ok() && logs[1].is_err());
        let ndjson = parse_records(&Bytes::from("{\"message\": \"a\"}\n\nnot json\n{\"message\": \"b\"}\n")).unwrap();
        assert_eq!(ndjson.len(), 3);
        assert!(ndjson[1].is_err());
        assert!(parse_records(&Bytes::from("42")).is_err());
        assert!(parse_records(&Bytes::from("")).is_err());
    }
}
