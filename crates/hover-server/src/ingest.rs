//! Ingest: validate each record, mine its template, write the batch, report per record.
//! Shared by `POST /ingest`, OTLP at `POST /v1/logs`, the demo and the `hover ingest`
//! command. Its errors are the store's: nothing else can fail once records are parsed.

use crate::request::parse_rfc3339_ms;
use crate::templates::Templates;
use crate::writer::Writer;
use hover_core::TemplateId;
use hover_store::{validate_line, Batch, IngestKey, LogLine, StoreError};
use serde::{Deserialize, Serialize};

/// One record as a client sends it, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct IncomingLog {
    /// The org; with auth on, the token's org when absent.
    #[serde(default)]
    pub org: Option<String>,
    /// The log stream: a service, a file, a container. `service` is accepted as a synonym.
    #[serde(default, alias = "service")]
    pub stream: Option<String>,
    /// RFC 3339 text or milliseconds since the Unix epoch.
    #[serde(default)]
    pub timestamp: Option<serde_json::Value>,
    /// The level as the client names it.
    #[serde(default)]
    pub level: Option<String>,
    /// The line itself (required).
    #[serde(default)]
    pub message: Option<String>,
}

/// Why a record was not stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rejection {
    /// Position of the record in the request, from 0.
    pub index: usize,
    /// Why.
    pub reason: String,
}

/// What happened to a request's records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestReport {
    /// Records stored.
    pub accepted: usize,
    /// Records refused.
    pub rejected: usize,
    /// Each refused record's position and reason.
    pub rejections: Vec<Rejection>,
}

fn timestamp_ms(value: &serde_json::Value) -> Result<i64, String> {
    match value {
        serde_json::Value::String(text) => parse_rfc3339_ms(text),
        serde_json::Value::Number(n) => n.as_i64().ok_or_else(|| format!("timestamp {n} is not whole milliseconds")),
        other => Err(format!("timestamp {other} is neither RFC 3339 text nor milliseconds")),
    }
}

/// A record checked and completed: what the store will get.
fn validate(
    record: IncomingLog,
    caller_org: Option<&str>,
    default_org: &str,
    now_ms: i64,
) -> Result<(String, String, i64, String, String), String> {
    let org = match (record.org.filter(|o| !o.is_empty()), caller_org) {
        (Some(org), Some(allowed)) if org != allowed => {
            return Err(format!("org {org:?} is not the org of this token"))
        }
        (Some(org), _) => org,
        (None, Some(allowed)) => allowed.to_string(),
        (None, None) => default_org.to_string(),
    };
    let stream = record.stream.filter(|s| !s.is_empty()).unwrap_or_else(|| "default".into());
    let timestamp_ms = match record.timestamp {
        Some(value) => timestamp_ms(&value)?,
        None => now_ms,
    };
    let message = record.message.ok_or("message is missing")?;
    let level = record.level.unwrap_or_default();
    Ok((org, stream, timestamp_ms, level, message))
}

/// Validates, mines and writes `records` (through the group-committing [`Writer`]). Returns
/// only after the store has every accepted line; if the write fails nothing is acknowledged
/// and the caller may send it again.
pub async fn ingest(
    templates: &Templates,
    writer: &Writer,
    records: Vec<Result<IncomingLog, String>>,
    caller_org: Option<&str>,
    default_org: &str,
    now_ms: i64,
    key: Option<IdempotencyKey>,
) -> Result<IngestReport, StoreError> {
    let mut rejections = Vec::new();
    let mut valid = Vec::new();
    for (index, record) in records.into_iter().enumerate() {
        let checked = record.and_then(|r| validate(r, caller_org, default_org, now_ms)).and_then(
            |(org, stream, ts, level, message)| {
                let probe = LogLine { org, stream, timestamp_ms: ts, template_id: TemplateId(0), level, message };
                validate_line(&probe).map(|()| probe)
            },
        );
        match checked {
            Ok(line) => valid.push(line),
            Err(reason) => rejections.push(Rejection { index, reason }),
        }
    }
    let mined = templates.mine(&mut valid);
    let report = IngestReport { accepted: valid.len(), rejected: rejections.len(), rejections };
    // The key is written with the lines (in the same transaction on the embedded store), and
    // with the answer a retry will get.
    let keys: Vec<IngestKey> = key
        .into_iter()
        .map(|k| IngestKey {
            org: k.org,
            key: k.key,
            body_hash: k.body_hash,
            report: serde_json::to_string(&report).unwrap_or_default(),
        })
        .collect();
    if !valid.is_empty() || !mined.aliases.is_empty() || !keys.is_empty() {
        let batch = Batch { lines: valid, templates: mined.templates, aliases: mined.aliases, keys };
        writer.write(batch, mined.alias_generation).await?;
    }
    Ok(report)
}

/// An ingest request's `Idempotency-Key`: the org it writes to, the key, and its body's hash.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey {
    /// The org the key belongs to.
    pub org: String,
    /// The key as sent.
    pub key: String,
    /// xxh3 of the (unpacked) body.
    pub body_hash: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(timestamp_ms(&serde_json::json!(5)).unwrap(), 5);
        assert!(timestamp_ms(&serde_json::json!(1.5)).is_err());
        assert!(timestamp_ms(&serde_json::json!(true)).is_err());
    }

    #[test]
    fn orgs_come_from_the_token_when_there_is_one() {
        let record = |org: Option<&str>| IncomingLog {
            org: org.map(String::from),
            message: Some("m".into()),
            ..Default::default()
        };
        assert_eq!(validate(record(None), Some("a"), "default", 0).unwrap().0, "a");
        assert_eq!(validate(record(Some("a")), Some("a"), "default", 0).unwrap().0, "a");
        assert!(validate(record(Some("b")), Some("a"), "default", 0).is_err());
        assert_eq!(validate(record(None), None, "default", 0).unwrap().0, "default");
        assert_eq!(validate(record(None), None, "shop", 0).unwrap().0, "shop");
        assert!(validate(IncomingLog::default(), None, "default", 0).unwrap_err().contains("message"));
    }
}
