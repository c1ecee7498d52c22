//! Logs in: `POST /ingest` (Hover's JSON records) and `POST /v1/logs` (OTLP/HTTP, protobuf or
//! JSON). Both end in [`crate::ingest::ingest`].

use crate::auth::Caller;
use crate::error::ApiError;
use crate::ingest::{IncomingLog, IngestReport};
use crate::otlp;
use crate::request::{now_ms, parse_json};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsPartialSuccess, ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use prost::Message;
use serde_json::Value;

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

/// `POST /ingest`. Refused records are listed in the answer; the status stays 200 for the
/// ones stored.
pub async fn ingest(State(state): State<AppState>, caller: Caller, body: Bytes) -> Result<impl IntoResponse, ApiError> {
    let records = parse_records(&body)?;
    Ok(Json(ingest_records(&state, &caller, records).await?))
}

async fn ingest_records(
    state: &AppState,
    caller: &Caller,
    records: Vec<Result<IncomingLog, String>>,
) -> Result<IngestReport, ApiError> {
    let report =
        crate::ingest::ingest(&state.templates, &state.store, records, caller.org.as_deref(), now_ms()).await?;
    state.metrics.ingested(&report);
    Ok(report)
}

/// `POST /v1/logs`: OTLP/HTTP, protobuf (answered in protobuf) or JSON.
pub async fn otlp_logs(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("application/json");
    let protobuf = content_type.starts_with("application/x-protobuf");
    let records = if protobuf {
        let request = ExportLogsServiceRequest::decode(body)
            .map_err(|e| ApiError::bad_request(format!("not an OTLP ExportLogsServiceRequest: {e}")))?;
        otlp::proto_records(&request)
    } else {
        otlp::json_records(&parse_json::<Value>(&body)?)?
    };
    let report = ingest_records(&state, &caller, records).await?;
    if !protobuf {
        return Ok(Json(report).into_response());
    }
    // OTLP's answer: partial_success says how many records were refused, and why.
    let partial_success = (report.rejected > 0).then(|| ExportLogsPartialSuccess {
        rejected_log_records: report.rejected as i64,
        error_message: report
            .rejections
            .iter()
            .take(5)
            .map(|r| format!("record {}: {}", r.index, r.reason))
            .collect::<Vec<_>>()
            .join("; "),
    });
    let answer = ExportLogsServiceResponse { partial_success }.encode_to_vec();
    Ok(([(header::CONTENT_TYPE, "application/x-protobuf")], answer).into_response())
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
