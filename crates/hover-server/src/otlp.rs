//! OTLP/HTTP logs as records, for `POST /v1/logs`: both encodings an OpenTelemetry
//! Collector's `otlphttp` exporter sends, protobuf (`application/x-protobuf`, the default)
//! and JSON.
//! `service.name` (resource attribute) becomes the stream, `hover.org` the org, the body the
//! message, `severityText` the level, `timeUnixNano` (else `observedTimeUnixNano`) the time.

use crate::error::ApiError;
use crate::ingest::IncomingLog;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::common::v1::{any_value, AnyValue, KeyValue};
use serde_json::Value;

fn proto_value_text(value: &AnyValue) -> Option<String> {
    Some(match value.value.as_ref()? {
        any_value::Value::StringValue(s) => s.clone(),
        any_value::Value::BoolValue(b) => b.to_string(),
        any_value::Value::IntValue(i) => i.to_string(),
        any_value::Value::DoubleValue(d) => d.to_string(),
        any_value::Value::BytesValue(b) => String::from_utf8_lossy(b).into_owned(),
        other => format!("{other:?}"),
    })
}

fn proto_attribute(attributes: &[KeyValue], key: &str) -> Option<String> {
    attributes.iter().find(|a| a.key == key).and_then(|a| a.value.as_ref()).and_then(proto_value_text)
}

/// The records of a protobuf request.
pub fn proto_records(request: &ExportLogsServiceRequest) -> Vec<Result<IncomingLog, String>> {
    let mut out = Vec::new();
    for resource_logs in &request.resource_logs {
        let attributes = resource_logs.resource.as_ref().map(|r| r.attributes.as_slice()).unwrap_or_default();
        let (stream, org) = (proto_attribute(attributes, "service.name"), proto_attribute(attributes, "hover.org"));
        for record in resource_logs.scope_logs.iter().flat_map(|s| &s.log_records) {
            let nanos = [record.time_unix_nano, record.observed_time_unix_nano].into_iter().find(|n| *n > 0);
            out.push(match record.body.as_ref().and_then(proto_value_text) {
                None => Err("log record has no body".to_string()),
                Some(message) => Ok(IncomingLog {
                    org: org.clone(),
                    stream: stream.clone(),
                    timestamp: nanos.map(|n| Value::from((n / 1_000_000) as i64)),
                    level: Some(record.severity_text.clone()).filter(|l| !l.is_empty()),
                    message: Some(message),
                }),
            });
        }
    }
    out
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

/// The records of a JSON request.
pub fn json_records(request: &Value) -> Result<Vec<Result<IncomingLog, String>>, ApiError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use prost::Message;

    #[test]
    fn otlp_json() {
        let body: Value = serde_json::from_str(
            r#"{"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "checkout"}}]},
               "scopeLogs": [{"logRecords": [
                 {"timeUnixNano": "1761105600000000000", "severityText": "ERROR", "body": {"stringValue": "payment failed"}},
                 {"observedTimeUnixNano": "1761105600500000000"}]}]}]}"#,
        )
        .unwrap();
        let records = json_records(&body).unwrap();
        let first = records[0].as_ref().unwrap();
        assert_eq!(first.stream.as_deref(), Some("checkout"));
        assert_eq!(first.timestamp, Some(Value::from(1_761_105_600_000_i64)));
        assert_eq!(first.message.as_deref(), Some("payment failed"));
        assert!(records[1].is_err());
    }

    #[test]
    fn otlp_protobuf() {
        use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
        use opentelemetry_proto::tonic::resource::v1::Resource;
        let text = |s: &str| Some(AnyValue { value: Some(any_value::Value::StringValue(s.into())) });
        let request = ExportLogsServiceRequest {
            resource_logs: vec![ResourceLogs {
                resource: Some(Resource {
                    attributes: vec![KeyValue {
                        key: "service.name".into(),
                        value: text("checkout"),
                        ..Default::default()
                    }],
                    ..Default::default()
                }),
                scope_logs: vec![ScopeLogs {
                    log_records: vec![
                        LogRecord {
                            time_unix_nano: 1_761_105_600_000_000_000,
                            body: text("payment failed"),
                            severity_text: "ERROR".into(),
                            ..Default::default()
                        },
                        LogRecord::default(),
                    ],
                    ..Default::default()
                }],
                ..Default::default()
            }],
        };
        let decoded = ExportLogsServiceRequest::decode(request.encode_to_vec().as_slice()).unwrap();
        let records = proto_records(&decoded);
        let first = records[0].as_ref().unwrap();
        assert_eq!(first.stream.as_deref(), Some("checkout"));
        assert_eq!(first.timestamp, Some(Value::from(1_761_105_600_000_i64)));
        assert_eq!(first.level.as_deref(), Some("ERROR"));
        assert!(records[1].is_err());
    }
}
