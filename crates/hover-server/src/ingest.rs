//! Ingest: validate each record, mine its template, write the batch, report per record.
//! Shared by `POST /ingest`, OTLP at `POST /v1/logs`, and the `hover ingest` command.

use crate::error::ApiError;
use hover_core::miner::SavedTemplate;
use hover_core::{TemplateId, TemplateMiner};
use hover_store::{validate_line, Batch, LogLine, Store, TemplateRecord};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;

/// One record as a client sends it, before validation.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct IncomingLog {
    #[serde(default)]
    pub org: Option<String>,
    /// The log stream: a service, a file, a container. `service` is accepted as a synonym.
    #[serde(default, alias = "service")]
    pub stream: Option<String>,
    /// RFC 3339 text or milliseconds since the Unix epoch.
    #[serde(default)]
    pub timestamp: Option<serde_json::Value>,
    #[serde(default)]
    pub level: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
}

/// Why a record was not stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rejection {
    /// Position of the record in the request, from 0.
    pub index: usize,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IngestReport {
    pub accepted: usize,
    pub rejected: usize,
    pub rejections: Vec<Rejection>,
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
    now_ms: i64,
) -> Result<(String, String, i64, String, String), String> {
    let org = match (record.org.filter(|o| !o.is_empty()), caller_org) {
        (Some(org), Some(allowed)) if org != allowed => {
            return Err(format!("org {org:?} is not the org of this token"))
        }
        (Some(org), _) => org,
        (None, Some(allowed)) => allowed.to_string(),
        (None, None) => "default".to_string(),
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

/// The miner shared by every ingest path, and what of it is already in the store.
pub struct Ingestor {
    store: Store,
    miner: Mutex<TemplateMiner>,
    persisted_alias_generation: Mutex<u64>,
    /// Stored template IDs the store has no text for (see [`Ingestor::learn_unknown`]).
    not_in_store: Mutex<HashSet<TemplateId>>,
}

impl Ingestor {
    /// A miner rebuilt from the templates and aliases the store already has, so template IDs
    /// stay the same across restarts.
    pub async fn start(store: Store) -> Result<Self, ApiError> {
        let ingestor = Self {
            store,
            miner: Mutex::new(TemplateMiner::default()),
            persisted_alias_generation: Mutex::new(0),
            not_in_store: Mutex::new(HashSet::new()),
        };
        ingestor.learn_from_store().await?;
        Ok(ingestor)
    }

    /// Adds to the miner the templates and aliases in the store that it lacks.
    async fn learn_from_store(&self) -> Result<(), ApiError> {
        let templates = self.store.templates().await?;
        let aliases = self.store.aliases().await?;
        self.with_miner(|miner| {
            let saved = templates.into_iter().map(|t| SavedTemplate { template: t.template, lines: 0 });
            miner.learn(saved, aliases)
        });
        Ok(())
    }

    /// Makes sure the miner knows these stored template IDs: one it has no text for was made
    /// by another Hover process writing to the same store, so the miner learns the store's
    /// templates again. An ID the store has no text for either is remembered, so it never
    /// causes that again.
    pub async fn learn_unknown(&self, ids: impl Iterator<Item = TemplateId>) -> Result<(), ApiError> {
        let lacking = |miner: &TemplateMiner, id: &TemplateId| miner.template_text(*id).is_none();
        let unknown: Vec<TemplateId> = self.with_miner(|miner| {
            let skip = self.not_in_store.lock().unwrap_or_else(|p| p.into_inner());
            ids.filter(|id| lacking(miner, id) && !skip.contains(id)).collect()
        });
        if unknown.is_empty() {
            return Ok(());
        }
        self.learn_from_store().await?;
        self.with_miner(|miner| {
            let mut skip = self.not_in_store.lock().unwrap_or_else(|p| p.into_inner());
            skip.extend(unknown.into_iter().filter(|id| lacking(miner, id)));
        });
        Ok(())
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Runs `f` with the miner locked (briefly: mining and lookups only, never I/O).
    pub fn with_miner<T>(&self, f: impl FnOnce(&mut TemplateMiner) -> T) -> T {
        let mut miner = self.miner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut miner)
    }

    /// Validates, mines and writes `records`. Returns only after the store has every accepted
    /// line; if the write fails nothing is acknowledged and the caller may send it again.
    pub async fn ingest(
        &self,
        records: Vec<Result<IncomingLog, String>>,
        caller_org: Option<&str>,
        now_ms: i64,
    ) -> Result<IngestReport, ApiError> {
        let mut rejections = Vec::new();
        let mut valid = Vec::new();
        for (index, record) in records.into_iter().enumerate() {
            let checked =
                record.and_then(|r| validate(r, caller_org, now_ms)).and_then(|(org, stream, ts, level, message)| {
                    let probe = LogLine {
                        org,
                        stream,
                        timestamp_ms: ts,
                        template_id: hover_core::TemplateId(0),
                        level,
                        message,
                    };
                    validate_line(&probe).map(|()| probe)
                });
            match checked {
                Ok(line) => valid.push(line),
                Err(reason) => rejections.push(Rejection { index, reason }),
            }
        }

        let (batch, alias_generation) = self.with_miner(|miner| {
            // Each line is stored under its template's ID as of the end of this batch.
            let assigned = miner.mine_batch(valid.iter().map(|l| &l.message));
            let mut templates: BTreeMap<_, TemplateRecord> = BTreeMap::new();
            for (line, id) in valid.iter_mut().zip(assigned) {
                line.template_id = id;
                let record = templates.entry(line.template_id).or_insert_with(|| TemplateRecord {
                    template_id: line.template_id,
                    template: miner.template_text(line.template_id).unwrap_or_default().to_string(),
                    first_seen_ms: line.timestamp_ms,
                    last_seen_ms: line.timestamp_ms,
                });
                record.first_seen_ms = record.first_seen_ms.min(line.timestamp_ms);
                record.last_seen_ms = record.last_seen_ms.max(line.timestamp_ms);
            }
            let generation = miner.alias_generation();
            let persisted = *self.persisted_alias_generation.lock().unwrap_or_else(|p| p.into_inner());
            let aliases = if generation != persisted {
                miner.aliases().iter().map(|(a, b)| (*a, *b)).collect()
            } else {
                Vec::new()
            };
            (
                Batch { lines: std::mem::take(&mut valid), templates: templates.into_values().collect(), aliases },
                generation,
            )
        });

        let accepted = batch.lines.len();
        if !batch.lines.is_empty() || !batch.aliases.is_empty() {
            self.store.write(&batch).await?;
            let mut persisted = self.persisted_alias_generation.lock().unwrap_or_else(|p| p.into_inner());
            *persisted = (*persisted).max(alias_generation);
        }
        Ok(IngestReport { accepted, rejected: rejections.len(), rejections })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps() {
        assert_eq!(parse_rfc3339_ms("2025-10-22T04:00:00Z").unwrap(), 1_761_105_600_000);
        assert_eq!(parse_rfc3339_ms("2025-10-22T06:00:00.250+02:00").unwrap(), 1_761_105_600_250);
        assert!(parse_rfc3339_ms("yesterday").is_err());
        assert_eq!(format_rfc3339_ms(1_761_105_600_000), "2025-10-22T04:00:00Z");
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
        assert_eq!(validate(record(None), Some("a"), 0).unwrap().0, "a");
        assert_eq!(validate(record(Some("a")), Some("a"), 0).unwrap().0, "a");
        assert!(validate(record(Some("b")), Some("a"), 0).is_err());
        assert_eq!(validate(record(None), None, 0).unwrap().0, "default");
        assert!(validate(IncomingLog::default(), None, 0).unwrap_err().contains("message"));
    }
}
