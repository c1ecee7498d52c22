//! What every handler does with a request before its own work: read the JSON body, check
//! the fields that name a metric and the caller's right to its org, read times. And the clock.

use crate::auth::Caller;
use crate::error::ApiError;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use hover_store::MetricKey;
use serde::de::{DeserializeOwned, IgnoredAny};
use serde::Deserialize;
use std::collections::BTreeMap;

pub use hover_store::now_ms;

/// A request body type: its fields, and the ones it does not know (collected with
/// `#[serde(flatten)]`, since serde's `deny_unknown_fields` does not work beside the
/// flattened [`MetricKey`]), which [`JsonBody`] refuses by name.
pub trait RequestBody: DeserializeOwned {
    /// The fields the type did not know.
    fn unknown_fields(&self) -> &UnknownFields;
}

/// The fields of a request its type does not know.
#[derive(Debug, Default, Deserialize)]
pub struct UnknownFields(BTreeMap<String, IgnoredAny>);

/// The JSON body of a request, parsed into `T`; every problem is a 400 (or 413) that names it.
pub struct JsonBody<T>(pub T);

impl<T: RequestBody> FromRequest<AppState> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, ApiError> {
        let value: T = parse_json(&read_body(request, state).await?)?;
        if let Some(name) = value.unknown_fields().0.keys().next() {
            return Err(ApiError::bad_request(format!("invalid request: unknown field `{name}`")));
        }
        Ok(JsonBody(value))
    }
}

/// A request's whole body, within `http.body_limit_bytes` (413 past it).
pub async fn read_body(request: Request, state: &AppState) -> Result<Bytes, ApiError> {
    Bytes::from_request(request, state).await.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => {
            ApiError::payload_too_large("the request body is larger than the configured limit")
        }
        _ => ApiError::bad_request(e.body_text()),
    })
}

/// Parses a JSON body into `T`, turning every problem into a 400 that names it.
pub fn parse_json<T: DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    if body.is_empty() {
        return Err(ApiError::bad_request("the request body is empty; send a JSON object"));
    }
    serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("invalid request: {e}")))
}

/// A 400 when the field is empty or blank.
pub fn require(name: &str, value: &str) -> Result<(), ApiError> {
    if value.trim().is_empty() {
        return Err(ApiError::bad_request(format!("{name} must not be empty")));
    }
    Ok(())
}

/// The four fields that name a metric must be there, and the caller may use its org.
pub fn check_metric(caller: &Caller, metric: &MetricKey) -> Result<(), ApiError> {
    for (name, value) in metric.fields() {
        require(name, value)?;
    }
    caller.authorize(&metric.org)
}

/// A required RFC 3339 time field, in milliseconds since the epoch.
pub fn time_field(name: &str, value: &str) -> Result<i64, ApiError> {
    require(name, value)?;
    parse_rfc3339_ms(value).map_err(|e| ApiError::bad_request(format!("{name}: {e}")))
}

/// Parses RFC 3339 text to milliseconds since the epoch.
pub fn parse_rfc3339_ms(text: &str) -> Result<i64, String> {
    let t = time::OffsetDateTime::parse(text.trim(), &time::format_description::well_known::Rfc3339)
        .map_err(|e| format!("{text:?} is not an RFC 3339 time ({e})"))?;
    i64::try_from(t.unix_timestamp_nanos() / 1_000_000).map_err(|_| format!("{text:?} is out of range"))
}

/// Milliseconds since the epoch as RFC 3339 text (UTC, millisecond precision when needed).
pub fn format_rfc3339_ms(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_else(|| ms.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Probe {
        #[serde(flatten)]
        metric: MetricKey,
        #[serde(default)]
        limit: Option<usize>,
        #[serde(flatten)]
        unknown: UnknownFields,
    }

    #[test]
    fn a_flattened_metric_takes_its_fields_and_the_rest_is_unknown() {
        let probe: Probe = serde_json::from_str(
            r#"{"org": "o", "dashboard": "d", "panel_title": "p", "metric_name": "m", "limit": 3, "surprise": 1}"#,
        )
        .unwrap();
        assert_eq!(probe.metric.panel_title, "p");
        assert_eq!(probe.limit, Some(3));
        assert_eq!(probe.unknown.0.keys().collect::<Vec<_>>(), ["surprise"]);
        let missing = serde_json::from_str::<Probe>(r#"{"dashboard": "d", "panel_title": "p", "metric_name": "m"}"#);
        assert!(missing.err().unwrap().to_string().contains("missing field `org`"));
    }

    #[test]
    fn timestamps() {
        assert_eq!(parse_rfc3339_ms("2025-10-22T04:00:00Z").unwrap(), 1_761_105_600_000);
        assert_eq!(parse_rfc3339_ms("2025-10-22T06:00:00.250+02:00").unwrap(), 1_761_105_600_250);
        assert!(parse_rfc3339_ms("yesterday").is_err());
        assert_eq!(format_rfc3339_ms(1_761_105_600_000), "2025-10-22T04:00:00Z");
    }
}
