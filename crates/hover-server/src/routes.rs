//! Ingest, OTLP, mappings and operations endpoints.

use crate::auth::Caller;
use crate::error::ApiError;
use crate::ingest::{IncomingLog, IngestReport};
use crate::query::{parse_body, require};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::Json;
use hover_store::Mapping;
use serde::Deserialize;
use serde_json::Value;

fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

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

fn report_response(report: IngestReport) -> impl IntoResponse {
    // Some lines refused: 207-style partial success is reported in the body, status 200.
    Json(report)
}

pub async fn ingest(State(state): State<AppState>, caller: Caller, body: Bytes) -> Result<impl IntoResponse, ApiError> {
    let records = parse_records(&body)?;
    let report = state.ingestor.ingest(records, caller.org.as_deref(), now_ms()).await?;
    state.metrics.ingested(&report);
    Ok(report_response(report))
}

/// OTLP/HTTP logs, JSON encoding: `service.name` becomes the stream, `hover.org` (resource
/// attribute) the org, the body the message, severityText the level, timeUnixNano (or
/// observedTimeUnixNano) the time.
pub async fn otlp_logs(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<impl IntoResponse, ApiError> {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("application/json");
    if content_type.starts_with("application/x-protobuf") {
        return Err(ApiError {
            status: StatusCode::UNSUPPORTED_MEDIA_TYPE,
            kind: "unsupported_media_type",
            message: "OTLP protobuf is not supported yet; configure the exporter with encoding: json".into(),
        });
    }
    let request: Value = parse_body(&body)?;
    let records = otlp_records(&request)?;
    let report = state.ingestor.ingest(records, caller.org.as_deref(), now_ms()).await?;
    state.metrics.ingested(&report);
    Ok(report_response(report))
}

fn any_value_text(value: &Value) -> Option<String> {
    let v = value.as_object()?;
    if let Some(s) = v.get("stringValue").and_then(Value::as_str) {
        return Some(s.to_string());
    }
    v.values().next().map(|other| match other {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    })
}

fn attribute(attributes: Option<&Value>, key: &str) -> Option<String> {
    attributes?.as_array()?.iter().find(|a| a["key"] == key).and_then(|a| any_value_text(&a["value"]))
}

fn otlp_records(request: &Value) -> Result<Vec<Result<IncomingLog, String>>, ApiError> {
    let resource_logs = request["resourceLogs"]
        .as_array()
        .ok_or_else(|| ApiError::bad_request("OTLP body has no resourceLogs array"))?;
    let mut out = Vec::new();
    for resource in resource_logs {
        let attributes = resource.pointer("/resource/attributes");
        let stream = attribute(attributes, "service.name");
        let org = attribute(attributes, "hover.org");
        for scope in resource["scopeLogs"].as_array().into_iter().flatten() {
            for record in scope["logRecords"].as_array().into_iter().flatten() {
                let nanos = [&record["timeUnixNano"], &record["observedTimeUnixNano"]]
                    .into_iter()
                    .filter_map(|v| {
                        v.as_str().and_then(|s| s.parse::<i128>().ok()).or_else(|| v.as_i64().map(i128::from))
                    })
                    .find(|n| *n > 0);
                let message = record.get("body").and_then(any_value_text);
                out.push(match message {
                    None => Err("log record has no body".to_string()),
                    Some(message) => Ok(IncomingLog {
                        org: org.clone(),
                        stream: stream.clone(),
                        timestamp: nanos.map(|n| Value::from((n / 1_000_000) as i64)),
                        level: record["severityText"].as_str().map(str::to_string),
                        message: Some(message),
                    }),
                });
            }
        }
    }
    Ok(out)
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

fn check_mapping_key(caller: &Caller, key: [(&str, &str); 4]) -> Result<(), ApiError> {
    for (name, value) in key {
        require(name, value)?;
    }
    caller.authorize(key[0].1)
}

pub async fn put_mapping(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<Mapping>, ApiError> {
    let mapping: Mapping = parse_body(&body)?;
    check_mapping_key(
        &caller,
        [
            ("org", &mapping.org),
            ("dashboard", &mapping.dashboard),
            ("panel_title", &mapping.panel_title),
            ("metric_name", &mapping.metric_name),
        ],
    )?;
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
    check_mapping_key(
        &caller,
        [
            ("org", &key.org),
            ("dashboard", &key.dashboard),
            ("panel_title", &key.panel_title),
            ("metric_name", &key.metric_name),
        ],
    )?;
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

    #[test]
    fn otlp_json() {
        let body: Value = serde_json::from_str(
            r#"{"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "checkout"}}]},
               "scopeLogs": [{"logRecords": [
                 {"timeUnixNano": "1761105600000000000", "severityText": "ERROR", "body": {"stringValue": "payment failed"}},
                 {"observedTimeUnixNano": "1761105600500000000"}]}]}]}"#,
        )
        .unwrap();
        let records = otlp_records(&body).unwrap();
        let first = records[0].as_ref().unwrap();
        assert_eq!(first.stream.as_deref(), Some("checkout"));
        assert_eq!(first.timestamp, Some(Value::from(1_761_105_600_000_i64)));
        assert_eq!(first.message.as_deref(), Some("payment failed"));
        assert!(records[1].is_err());
    }
}
