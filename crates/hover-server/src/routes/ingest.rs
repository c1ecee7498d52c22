//! Logs in: `POST /ingest` (Hover's JSON records), `POST /v1/logs` (OTLP/HTTP, protobuf or
//! JSON) and `POST /loki/api/v1/push` (Loki's push API, snappy protobuf or JSON). All take
//! gzip bodies and Loki's tenant header, and all end in [`crate::ingest::ingest`].

use crate::auth::Caller;
use crate::error::ApiError;
use crate::ingest::{IdempotencyKey, IncomingLog, IngestReport};
use crate::request::{now_ms, parse_json, read_body};
use crate::{loki, otlp, AppState};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsPartialSuccess, ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use prost::Message;
use serde_json::Value;
use std::io::Read;

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

/// What every ingest path starts from: the org the records are for (see [`tenant`]), the
/// body's content type, and the body, gunzipped (see [`unpacked`]).
pub struct Logs {
    org: Option<String>,
    content_type: String,
    body: Bytes,
    /// The `Idempotency-Key` header, when sent.
    key: Option<String>,
}

impl FromRequest<AppState> for Logs {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, ApiError> {
        let (mut parts, body) = request.into_parts();
        let caller = Caller::from_request_parts(&mut parts, state).await?;
        let org = tenant(&caller, &parts.headers)?;
        let content_type =
            parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        let key = idempotency_key(&parts.headers)?;
        let headers = parts.headers.clone();
        let body = read_body(Request::from_parts(parts, body), state).await?;
        let body = unpacked(&headers, body, state.config.http.body_limit_bytes)?;
        Ok(Logs { org, content_type, body, key })
    }
}

/// `POST /ingest`. Refused records are listed in the answer; the status stays 200 for the
/// ones stored.
pub async fn ingest(State(state): State<AppState>, logs: Logs) -> Result<impl IntoResponse, ApiError> {
    let records = parse_records(&logs.body)?;
    Ok(Json(ingest_records(&state, &logs, records).await?))
}

/// The `Idempotency-Key` header: printable text of 1 to 256 bytes.
fn idempotency_key(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get("idempotency-key") else { return Ok(None) };
    let key = value.to_str().map_err(|_| ApiError::bad_request("Idempotency-Key is not text"))?.trim();
    if key.is_empty() || key.len() > 256 {
        return Err(ApiError::bad_request("Idempotency-Key must be 1 to 256 characters"));
    }
    Ok(Some(key.to_string()))
}

/// The org records are for: Loki's tenant header `X-Scope-OrgID` when sent (with auth on it
/// must be the token's org), else the token's.
fn tenant(caller: &Caller, headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let sent = match headers.get("x-scope-orgid") {
        Some(value) => Some(value.to_str().map_err(|_| ApiError::bad_request("X-Scope-OrgID is not text"))?.trim()),
        None => None,
    };
    match (sent.filter(|s| !s.is_empty()), &caller.org) {
        (Some(sent), Some(own)) if sent != own => {
            Err(ApiError::forbidden(format!("X-Scope-OrgID {sent:?} is not the org of this token")))
        }
        (Some(sent), _) => Ok(Some(sent.to_string())),
        (None, own) => Ok(own.clone()),
    }
}

/// The body, gunzipped when it says `Content-Encoding: gzip`; refused past `limit` bytes
/// unpacked, as a plain body past it is.
fn unpacked(headers: &HeaderMap, body: Bytes, limit: usize) -> Result<Bytes, ApiError> {
    let encoding = headers.get(header::CONTENT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("identity");
    match encoding.trim() {
        "" | "identity" => Ok(body),
        "gzip" => {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&body[..])
                .take(limit as u64 + 1)
                .read_to_end(&mut out)
                .map_err(|e| ApiError::bad_request(format!("the body is not gzip: {e}")))?;
            if out.len() > limit {
                return Err(ApiError::payload_too_large("the unpacked body is larger than the configured limit"));
            }
            Ok(Bytes::from(out))
        }
        other => Err(ApiError::bad_request(format!("Content-Encoding {other:?} is not supported; send gzip or none"))),
    }
}

/// Ingests the records, once per `Idempotency-Key`: a key seen before with the same body gets
/// the answer it got then and writes nothing; with another body it is refused (422); while a
/// request with it is being handled here, a second one is refused (409).
async fn ingest_records(
    state: &AppState,
    logs: &Logs,
    records: Vec<Result<IncomingLog, String>>,
) -> Result<IngestReport, ApiError> {
    let default_org = &state.config.ingest.default_org;
    let org = logs.org.as_deref();
    let key = logs.key.as_ref().map(|key| IdempotencyKey {
        org: org.unwrap_or(default_org).to_string(),
        key: key.clone(),
        body_hash: xxhash_rust::xxh3::xxh3_64(&logs.body),
    });
    let Some(key) = key else {
        return ingest_once(state, org, records, None).await;
    };
    if let Some(seen) = state.store.ingest_key(&key.org, &key.key).await? {
        if seen.body_hash != key.body_hash {
            return Err(ApiError::unprocessable(format!(
                "Idempotency-Key {:?} was used before with another body; use a new key for new logs",
                key.key
            )));
        }
        return serde_json::from_str(&seen.report)
            .map_err(|e| ApiError::internal(format!("the stored answer of this Idempotency-Key: {e}")));
    }
    let Some(_in_flight) = InFlight::claim(state, &key) else {
        return Err(ApiError::conflict(format!(
            "a request with Idempotency-Key {:?} is being handled; retry",
            key.key
        )));
    };
    ingest_once(state, org, records, Some(key)).await
}

/// A key being handled by this process; let go when the request ends, however it ends (a
/// client that hangs up drops the request's future).
struct InFlight {
    keys: std::sync::Arc<std::sync::Mutex<std::collections::HashSet<(String, String)>>>,
    slot: (String, String),
}

impl InFlight {
    fn claim(state: &AppState, key: &IdempotencyKey) -> Option<Self> {
        let slot = (key.org.clone(), key.key.clone());
        let claimed = state.keys_in_flight.lock().unwrap_or_else(|p| p.into_inner()).insert(slot.clone());
        claimed.then(|| Self { keys: state.keys_in_flight.clone(), slot })
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.keys.lock().unwrap_or_else(|p| p.into_inner()).remove(&self.slot);
    }
}

async fn ingest_once(
    state: &AppState,
    org: Option<&str>,
    records: Vec<Result<IncomingLog, String>>,
    key: Option<IdempotencyKey>,
) -> Result<IngestReport, ApiError> {
    let default_org = &state.config.ingest.default_org;
    let report =
        crate::ingest::ingest(&state.templates, &state.writer, records, org, default_org, now_ms(), key).await?;
    state.metrics.ingested(&report);
    Ok(report)
}

/// `POST /loki/api/v1/push`, as Loki answers it: 204 once every entry is stored; 400 with
/// the reason for a body that does not decode (nothing stored) or for refused entries (the
/// others stored).
pub async fn loki_push(State(state): State<AppState>, logs: Logs) -> Result<StatusCode, ApiError> {
    let limit = state.config.http.body_limit_bytes;
    let stream_labels = &state.config.loki.stream_labels;
    let body = &logs.body;
    let records = if logs.content_type.starts_with("application/json") {
        loki::json_records(&parse_json(body)?, stream_labels).map_err(ApiError::bad_request)?
    } else {
        // Snappy's block format, as Loki takes it; its header gives the unpacked length.
        let length = snap::raw::decompress_len(body)
            .map_err(|e| ApiError::bad_request(format!("the body is not snappy-compressed: {e}")))?;
        if length > limit {
            return Err(ApiError::payload_too_large("the unpacked body is larger than the configured limit"));
        }
        let raw = snap::raw::Decoder::new()
            .decompress_vec(body)
            .map_err(|e| ApiError::bad_request(format!("the body is not snappy-compressed: {e}")))?;
        let request = loki::PushRequest::decode(raw.as_slice())
            .map_err(|e| ApiError::bad_request(format!("not a Loki PushRequest: {e}")))?;
        loki::proto_records(request, stream_labels)
    };
    let report = ingest_records(&state, &logs, records).await?;
    if report.rejected > 0 {
        let reasons: Vec<String> =
            report.rejections.iter().take(5).map(|r| format!("entry {}: {}", r.index, r.reason)).collect();
        return Err(ApiError::bad_request(format!(
            "{} of {} entries refused (the others are stored): {}",
            report.rejected,
            report.rejected + report.accepted,
            reasons.join("; ")
        )));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /v1/logs`: OTLP/HTTP, protobuf (answered in protobuf) or JSON.
pub async fn otlp_logs(State(state): State<AppState>, logs: Logs) -> Result<Response, ApiError> {
    // No content type means JSON here (the OTLP exporters always send one).
    let protobuf = logs.content_type.starts_with("application/x-protobuf");
    let records = if protobuf {
        let request = ExportLogsServiceRequest::decode(logs.body.clone())
            .map_err(|e| ApiError::bad_request(format!("not an OTLP ExportLogsServiceRequest: {e}")))?;
        otlp::proto_records(&request)
    } else {
        otlp::json_records(&parse_json::<Value>(&logs.body)?)?
    };
    let report = ingest_records(&state, &logs, records).await?;
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
