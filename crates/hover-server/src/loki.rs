//! Loki's push API as records, for `POST /loki/api/v1/push`: the JSON body and the
//! snappy-compressed protobuf one (`logproto.PushRequest`, what Promtail, Alloy and most Loki
//! client libraries send). A stream's labels name its stream (the first of the configured
//! label names it has) and level; structured metadata is ignored.

use crate::ingest::IncomingLog;
use serde_json::Value;

/// `logproto.PushRequest`, the fields Hover reads (tags as in Loki's `push.proto`).
#[derive(Clone, PartialEq, prost::Message)]
pub struct PushRequest {
    /// The streams pushed.
    #[prost(message, repeated, tag = "1")]
    pub streams: Vec<StreamAdapter>,
}

/// One stream: its labels in Prometheus text form (`{app="api", level="error"}`) and entries.
#[derive(Clone, PartialEq, prost::Message)]
pub struct StreamAdapter {
    /// `{name="value", ...}`.
    #[prost(string, tag = "1")]
    pub labels: String,
    /// Its lines.
    #[prost(message, repeated, tag = "2")]
    pub entries: Vec<EntryAdapter>,
}

/// One line and its time.
#[derive(Clone, PartialEq, prost::Message)]
pub struct EntryAdapter {
    /// When it was logged.
    #[prost(message, optional, tag = "1")]
    pub timestamp: Option<Timestamp>,
    /// The line.
    #[prost(string, tag = "2")]
    pub line: String,
}

/// `google.protobuf.Timestamp`.
#[derive(Clone, Copy, PartialEq, prost::Message)]
pub struct Timestamp {
    /// Seconds since the Unix epoch.
    #[prost(int64, tag = "1")]
    pub seconds: i64,
    /// Nanoseconds within the second.
    #[prost(int32, tag = "2")]
    pub nanos: i32,
}

/// Parses a Prometheus label set, `{name="value", ...}` (values escape `\"`, `\\`, `\n`).
pub fn parse_labels(text: &str) -> Result<Vec<(String, String)>, String> {
    let inner = text
        .trim()
        .strip_prefix('{')
        .and_then(|t| t.strip_suffix('}'))
        .ok_or_else(|| format!("labels {text:?} are not {{name=\"value\", ...}}"))?;
    let mut labels = Vec::new();
    let mut rest = inner.trim_start();
    while !rest.is_empty() {
        let (name, after) = rest.split_once('=').ok_or_else(|| format!("labels {text:?}: a name without a value"))?;
        let name = name.trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("labels {text:?}: {name:?} is not a label name"));
        }
        let mut chars = after.trim_start().char_indices();
        if !matches!(chars.next(), Some((_, '"'))) {
            return Err(format!("labels {text:?}: the value of {name} is not quoted"));
        }
        let (mut value, mut end) = (String::new(), None);
        while let Some((at, c)) = chars.next() {
            match c {
                '"' => {
                    end = Some(at + 1);
                    break;
                }
                '\\' => match chars.next() {
                    Some((_, 'n')) => value.push('\n'),
                    Some((_, other)) => value.push(other),
                    None => break,
                },
                other => value.push(other),
            }
        }
        let end = end.ok_or_else(|| format!("labels {text:?}: the value of {name} is not closed"))?;
        labels.push((name.to_string(), value));
        rest = after.trim_start()[end..].trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
    Ok(labels)
}

/// What a stream's labels say of its lines: the stream name and the level.
fn stream_of(labels: &[(String, String)], stream_labels: &[String]) -> (Option<String>, Option<String>) {
    let get = |name: &str| labels.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
    let stream = stream_labels.iter().find_map(|name| get(name));
    (stream, get("level").or_else(|| get("detected_level")))
}

fn record(stream: &(Option<String>, Option<String>), timestamp_ms: i64, line: String) -> IncomingLog {
    IncomingLog {
        org: None,
        stream: stream.0.clone(),
        timestamp: Some(Value::from(timestamp_ms)),
        level: stream.1.clone(),
        message: Some(line),
    }
}

/// The records of a protobuf push; a stream with labels that do not parse refuses its lines.
pub fn proto_records(request: PushRequest, stream_labels: &[String]) -> Vec<Result<IncomingLog, String>> {
    let mut out = Vec::new();
    for stream in request.streams {
        let labels = parse_labels(&stream.labels).map(|l| stream_of(&l, stream_labels));
        for entry in stream.entries {
            out.push(labels.clone().and_then(|labels| {
                let t = entry.timestamp.ok_or("an entry without a timestamp")?;
                let ms = t.seconds.checked_mul(1000).map(|ms| ms + i64::from(t.nanos) / 1_000_000);
                Ok(record(&labels, ms.ok_or("timestamp out of range")?, entry.line))
            }));
        }
    }
    out
}

/// The records of a JSON push: `{"streams": [{"stream": {labels}, "values": [["<unix ns>",
/// "<line>"(, {metadata})], ...]}]}`. A malformed entry is refused with its reason.
pub fn json_records(body: &Value, stream_labels: &[String]) -> Result<Vec<Result<IncomingLog, String>>, String> {
    let streams = body.get("streams").and_then(Value::as_array).ok_or("send {\"streams\": [...]}")?;
    let mut out = Vec::new();
    for stream in streams {
        let labels: Vec<(String, String)> = match stream.get("stream").and_then(Value::as_object) {
            Some(map) => map.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect(),
            None => Vec::new(),
        };
        let labels = stream_of(&labels, stream_labels);
        let values = stream.get("values").and_then(Value::as_array).ok_or("each stream needs \"values\": [...]")?;
        for value in values {
            out.push((|| {
                let pair = value.as_array().ok_or("an entry is not [\"<unix ns>\", \"<line>\"]")?;
                let ns: i128 = pair
                    .first()
                    .and_then(Value::as_str)
                    .and_then(|t| t.parse().ok())
                    .ok_or("an entry's time is not a string of Unix nanoseconds")?;
                let line = pair.get(1).and_then(Value::as_str).ok_or("an entry's line is not a string")?;
                let ms = i64::try_from(ns / 1_000_000).map_err(|_| "timestamp out of range")?;
                Ok(record(&labels, ms, line.to_string()))
            })());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_sets_parse_with_escapes() {
        let labels = parse_labels(r#"{service_name="api", job="a \"b\" \\ c",level="error"}"#).unwrap();
        assert_eq!(labels[0], ("service_name".into(), "api".into()));
        assert_eq!(labels[1].1, r#"a "b" \ c"#);
        assert_eq!(labels[2].1, "error");
        assert_eq!(parse_labels("{}").unwrap(), vec![]);
        for bad in ["app=\"x\"", "{app=x}", "{app=\"x}", "{=\"x\"}", "{a b=\"x\"}"] {
            assert!(parse_labels(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_stream_is_the_first_configured_label_present() {
        let names: Vec<String> = ["service_name", "app", "job"].map(String::from).to_vec();
        let labels = vec![("job".to_string(), "j".to_string()), ("app".to_string(), "a".to_string())];
        assert_eq!(stream_of(&labels, &names), (Some("a".into()), None));
        let body = serde_json::json!({"streams": [{"stream": {"job": "j", "level": "warn"},
            "values": [["1700000000123000000", "hello"], ["x", "bad time"], ["1700000000000000000"]]}]});
        let records = json_records(&body, &names).unwrap();
        let first = records[0].as_ref().unwrap();
        assert_eq!((first.stream.as_deref(), first.level.as_deref()), (Some("j"), Some("warn")));
        assert_eq!(first.timestamp, Some(Value::from(1_700_000_000_123_i64)));
        assert!(records[1].is_err() && records[2].is_err());
    }
}
