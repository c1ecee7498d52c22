//! Where Hover keeps its data: raw log lines, per-minute template counts, template texts,
//! template aliases, and the mapping from a dashboard panel's metric to log streams.
//!
//! Two backends give the same answers to the same calls (one conformance suite checks it):
//! [`ClickHouseStore`] for production and [`EmbeddedStore`], a single SQLite file, the
//! default when no ClickHouse is configured. [`Store`] is either. Key decision: queries read
//! per-minute rollups, never raw lines, except for a few representative lines; on ClickHouse,
//! hours that have settled are answered from memory (see [`SettledCache`]).
//!
//! Counts are kept per minute. A window `[start, end)` covers the minutes that *start*
//! inside it, so both backends round a window to whole minutes the same way; representative
//! lines are taken from the exact window asked for (the server asks for [`counted_window`],
//! so its examples are counted lines).

#![deny(missing_docs)]

mod clickhouse;
mod embedded;
mod settled;

pub use clickhouse::{
    example_queries, schema_statements, ClickHouseConfig, ClickHouseStore, SAMPLES_PER_MINUTE, SCHEMA,
};
pub use embedded::EmbeddedStore;
pub use settled::{CacheStats, SettledCache, SETTLE_MS};

use hover_core::{TemplateId, TimeWindow};
use serde::{Deserialize, Serialize};

/// Milliseconds since the Unix epoch, now: the one clock of the store, the server and the CLI.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// One mined log line, as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogLine {
    /// The org (tenant) the line belongs to.
    pub org: String,
    /// Its stream: a service, a file, a container.
    pub stream: String,
    /// When it was logged, ms since the epoch.
    pub timestamp_ms: i64,
    /// Its template.
    pub template_id: TemplateId,
    /// Its level as sent (may be empty).
    pub level: String,
    /// The line itself.
    pub message: String,
}

/// A template's text and when it was seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateRecord {
    /// The template's ID.
    pub template_id: TemplateId,
    /// Its text.
    pub template: String,
    /// Earliest line of it in the batch or store.
    pub first_seen_ms: i64,
    /// Latest line of it.
    pub last_seen_ms: i64,
}

/// What a store knows of one template in a scope (under the ID its lines were stored with).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateHistory {
    /// The template's ID, as stored.
    pub template_id: TemplateId,
    /// Its earliest line's time, ms since the epoch.
    pub first_seen_ms: i64,
    /// Its latest line's time.
    pub last_seen_ms: i64,
    /// Its lines in all.
    pub lines: u64,
    /// Its earliest line.
    pub example: String,
}

/// The order a bounded sample of lines is taken in, the same SQL in both backends: a
/// scramble of the timestamp (so a sample spreads over the window rather than taking its
/// start), then the text. Kept small: SQLite turns an overflowing product into a float.
const SAMPLE_ORDER: &str = "(timestamp_ms % 1000003) * 7919 % 1000003, message";

/// The query of [`Store::sample_lines`] on a table of lines, the same on both backends: the
/// scope's values, then `ids` template IDs, the window's start and end, and the limit.
pub(crate) fn sample_lines_sql(table: &str, scope: &Scope, ids: usize) -> String {
    format!(
        "SELECT message FROM {table} WHERE org = ?{} AND template_id IN {} AND timestamp_ms >= ? AND timestamp_ms < ? \
         ORDER BY {SAMPLE_ORDER} LIMIT ?",
        stream_condition(scope),
        placeholders(ids)
    )
}

/// What one ingest call writes. Acknowledge lines only after [`Store::write`] returns `Ok`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Batch {
    /// The lines, each with its template ID.
    pub lines: Vec<LogLine>,
    /// The texts of the templates the lines use.
    pub templates: Vec<TemplateRecord>,
    /// (old id, new id) of templates that generalised.
    pub aliases: Vec<(TemplateId, TemplateId)>,
    /// The `Idempotency-Key`s of the requests whose lines these are.
    pub keys: Vec<IngestKey>,
}

/// An ingest request's `Idempotency-Key`, kept so that a retry with the same key and body
/// gets the first answer and stores nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IngestKey {
    /// The org the request wrote to (keys are per org).
    pub org: String,
    /// The key as sent.
    pub key: String,
    /// A hash of the request's body: the same key with another body is refused.
    pub body_hash: u64,
    /// The answer the request got, as JSON.
    pub report: String,
}

/// The four fields that name a panel's metric, as the Grafana panel sends them: which graph
/// a user hovered over.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MetricKey {
    /// The Grafana org (or tenant) whose logs these are.
    pub org: String,
    /// The dashboard's title.
    pub dashboard: String,
    /// The panel's title.
    pub panel_title: String,
    /// The metric (series) name on that panel.
    pub metric_name: String,
}

impl MetricKey {
    /// (name, value) of each field, in the order the API lists them.
    pub fn fields(&self) -> [(&'static str, &str); 4] {
        [
            ("org", &self.org),
            ("dashboard", &self.dashboard),
            ("panel_title", &self.panel_title),
            ("metric_name", &self.metric_name),
        ]
    }
}

/// The streams of a dashboard panel's metric.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mapping {
    /// The metric.
    #[serde(flatten)]
    pub metric: MetricKey,
    /// The streams its logs come from.
    pub streams: Vec<String>,
}

/// Whose lines a query reads: one org, and either some of its streams or all of them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scope {
    /// The org.
    pub org: String,
    /// `None`: every stream of the org.
    pub streams: Option<Vec<String>>,
}

/// Lines of one template in one time bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BucketCount {
    /// Start of the bucket, ms since the epoch.
    pub bucket_start_ms: i64,
    /// The template (as stored).
    pub template_id: TemplateId,
    /// Its lines in the bucket.
    pub lines: u64,
}

/// Why a store call failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StoreError {
    /// The store cannot be reached or did not answer: retry later (HTTP 503).
    #[error("store unavailable: {0}")]
    Unavailable(String),
    /// A schema statement failed at start-up.
    #[error("schema statement {index} failed ({statement}): {reason}")]
    Schema {
        /// Its position in the schema (0: creating the database).
        index: usize,
        /// Its first line.
        statement: String,
        /// What ClickHouse said.
        reason: String,
    },
    /// The request cannot be stored as it is (HTTP 400).
    #[error("invalid input: {0}")]
    Invalid(String),
    /// Anything else the store reported.
    #[error("store error: {0}")]
    Other(String),
}

/// A store call's result.
pub type Result<T> = std::result::Result<T, StoreError>;

/// The earliest time a store holds. Minute buckets are stored as Unix seconds; ClickHouse's
/// DateTime holds 1970..2106.
pub const MIN_TIMESTAMP_MS: i64 = 0;
/// The latest time a store holds.
pub const MAX_TIMESTAMP_MS: i64 = (u32::MAX as i64) * 1000;

/// Checks what a store cannot hold, before anything is written.
pub fn validate_line(line: &LogLine) -> std::result::Result<(), String> {
    if !(MIN_TIMESTAMP_MS..MAX_TIMESTAMP_MS).contains(&line.timestamp_ms) {
        return Err(format!("timestamp {} ms is outside 1970-01-01 .. 2106-02-07", line.timestamp_ms));
    }
    if line.org.is_empty() {
        return Err("org is empty".into());
    }
    if line.stream.is_empty() {
        return Err("stream is empty".into());
    }
    Ok(())
}

/// The lines a window's counts cover: those of the minutes that start inside it. Asking for
/// representative lines over this window gives lines that were counted.
pub fn counted_window(window: &TimeWindow) -> TimeWindow {
    let (start_ms, end_ms) = minute_range(window);
    TimeWindow { start_ms, end_ms }
}

/// The first minute (ms) whose bucket lies inside `window`, and the first one past it.
fn minute_range(window: &TimeWindow) -> (i64, i64) {
    let ceil = |t: i64| t.div_euclid(60_000) * 60_000 + if t.rem_euclid(60_000) == 0 { 0 } else { 60_000 };
    (ceil(window.start_ms), ceil(window.end_ms))
}

/// `(?, ?, ...)` with one placeholder per value, so each is bound and escaped on its own.
pub(crate) fn placeholders(n: usize) -> String {
    format!("({})", vec!["?"; n].join(", "))
}

/// ` AND stream IN (?, ...)` for a scope (its values bound right after the org), nothing for
/// all streams, and a condition that is never true for an empty list. Both backends use `?`.
pub(crate) fn stream_condition(scope: &Scope) -> String {
    match &scope.streams {
        None => String::new(),
        Some(s) if s.is_empty() => " AND 0".into(),
        Some(s) => format!(" AND stream IN {}", placeholders(s.len())),
    }
}

/// Either backend, chosen by configuration. Cheap to clone (both share their connections).
#[derive(Clone)]
#[allow(clippy::large_enum_variant)] // one per process, cloned rarely: boxing buys nothing
pub enum Store {
    /// Logs in ClickHouse.
    ClickHouse(ClickHouseStore),
    /// Logs in one SQLite file.
    Embedded(EmbeddedStore),
}

macro_rules! dispatch {
    ($self:ident, $store:ident => $call:expr) => {
        match $self {
            Store::ClickHouse($store) => $call.await,
            Store::Embedded($store) => $call.await,
        }
    };
}

impl Store {
    /// `clickhouse` or `embedded`, for `/readyz` and logs.
    pub fn backend_name(&self) -> &'static str {
        match self {
            Store::ClickHouse(_) => "clickhouse",
            Store::Embedded(_) => "embedded",
        }
    }

    /// What the ClickHouse backend's cache of settled hours has done (None: no such cache).
    pub fn cache_stats(&self) -> Option<settled::CacheStats> {
        match self {
            Store::ClickHouse(s) => s.cache_stats(),
            Store::Embedded(_) => None,
        }
    }

    /// Fills the ClickHouse backend's cache of settled hours with the counts of the last
    /// `hours` hours that hold lines (see [`ClickHouseStore`]); nothing on the embedded
    /// store. Returns the scopes warmed: every org's streams and every mapping seen there.
    pub async fn warm_cache(&self, hours: u32) -> Result<Vec<Scope>> {
        match self {
            Store::ClickHouse(s) => s.warm_cache(hours).await,
            Store::Embedded(_) => Ok(Vec::new()),
        }
    }

    /// Is the store reachable?
    pub async fn ping(&self) -> Result<()> {
        dispatch!(self, s => s.ping())
    }

    /// Writes lines, template texts and aliases. Returns only once the store has them.
    pub async fn write(&self, batch: &Batch) -> Result<()> {
        for line in &batch.lines {
            validate_line(line).map_err(StoreError::Invalid)?;
        }
        dispatch!(self, s => s.write(batch))
    }

    /// Lines per template over the whole minutes of `window`.
    pub async fn template_counts(&self, scope: &Scope, window: &TimeWindow) -> Result<Vec<(TemplateId, u64)>> {
        Ok(self.window_counts(scope, std::slice::from_ref(window)).await?.pop().unwrap_or_default())
    }

    /// [`Store::template_counts`] for several windows in one round trip (at most 255).
    pub async fn window_counts(&self, scope: &Scope, windows: &[TimeWindow]) -> Result<Vec<Vec<(TemplateId, u64)>>> {
        if windows.len() > usize::from(u8::MAX) {
            return Err(StoreError::Invalid("at most 255 windows per call".into()));
        }
        dispatch!(self, s => s.window_counts(scope, windows))
    }

    /// Lines per template per bucket of `bucket_minutes` minutes over `range`, buckets aligned
    /// to multiples of the bucket length since the Unix epoch.
    pub async fn bucket_counts(
        &self,
        scope: &Scope,
        range: &TimeWindow,
        bucket_minutes: u32,
    ) -> Result<Vec<BucketCount>> {
        if bucket_minutes == 0 {
            return Err(StoreError::Invalid("bucket length must be at least one minute".into()));
        }
        dispatch!(self, s => s.bucket_counts(scope, range, bucket_minutes))
    }

    /// Up to `per_template` lines of each template in `ids` from `window`, earliest first,
    /// grouped by template in ascending ID order.
    pub async fn representatives(
        &self,
        scope: &Scope,
        window: &TimeWindow,
        ids: &[TemplateId],
        per_template: usize,
    ) -> Result<Vec<(TemplateId, Vec<String>)>> {
        Ok(self.representatives_in(scope, &[(*window, ids)], per_template).await?.pop().unwrap_or_default())
    }

    /// [`Store::representatives`] for several (window, templates) requests in one round trip.
    pub async fn representatives_in(
        &self,
        scope: &Scope,
        requests: &[(TimeWindow, &[TemplateId])],
        per_template: usize,
    ) -> Result<Vec<Vec<(TemplateId, Vec<String>)>>> {
        let asked: Vec<usize> =
            (0..requests.len()).filter(|&i| !requests[i].1.is_empty() && per_template > 0).collect();
        let mut out = vec![Vec::new(); requests.len()];
        if asked.is_empty() {
            return Ok(out);
        }
        if asked.len() > usize::from(u8::MAX) {
            return Err(StoreError::Invalid("at most 255 requests per call".into()));
        }
        let sorted: Vec<Vec<TemplateId>> = asked
            .iter()
            .map(|&i| {
                let mut ids = requests[i].1.to_vec();
                ids.sort();
                ids.dedup();
                ids
            })
            .collect();
        let backend: Vec<(TimeWindow, &[TemplateId])> =
            asked.iter().zip(&sorted).map(|(&i, ids)| (requests[i].0, ids.as_slice())).collect();
        let answers = dispatch!(self, s => s.representatives(scope, &backend, per_template))?;
        for (&i, answer) in asked.iter().zip(answers) {
            out[i] = answer;
        }
        Ok(out)
    }

    /// Each template of a scope (or only `ids`) with when it was first and last seen, its
    /// lines and its earliest line, under the IDs stored, sorted by ID.
    pub async fn template_history(&self, scope: &Scope, ids: Option<&[TemplateId]>) -> Result<Vec<TemplateHistory>> {
        if ids.is_some_and(|ids| ids.is_empty()) {
            return Ok(Vec::new());
        }
        dispatch!(self, s => s.template_history(scope, ids))
    }

    /// Up to `max_lines` lines of the templates `ids` in `window`: all of them when there are
    /// no more, else a sample spread over the window, the same lines on both backends.
    pub async fn sample_lines(
        &self,
        scope: &Scope,
        window: &TimeWindow,
        ids: &[TemplateId],
        max_lines: usize,
    ) -> Result<Vec<String>> {
        if ids.is_empty() || max_lines == 0 {
            return Ok(Vec::new());
        }
        dispatch!(self, s => s.sample_lines(scope, window, ids, max_lines))
    }

    /// The request that used `key` in `org` before, if any (the first one, when several did).
    pub async fn ingest_key(&self, org: &str, key: &str) -> Result<Option<IngestKey>> {
        dispatch!(self, s => s.ingest_key(org, key))
    }

    /// Every template ever written (text, first and last seen).
    pub async fn templates(&self) -> Result<Vec<TemplateRecord>> {
        dispatch!(self, s => s.templates())
    }

    /// Every alias ever written, (old id, new id).
    pub async fn aliases(&self) -> Result<Vec<(TemplateId, TemplateId)>> {
        dispatch!(self, s => s.aliases())
    }

    /// Sets (or replaces) a metric's streams.
    pub async fn set_mapping(&self, mapping: &Mapping) -> Result<()> {
        dispatch!(self, s => s.set_mapping(mapping))
    }

    /// Removes a metric's mapping; false when it had none.
    pub async fn delete_mapping(&self, metric: &MetricKey) -> Result<bool> {
        dispatch!(self, s => s.delete_mapping(metric))
    }

    /// The streams mapped to a metric, if any.
    pub async fn mapping(&self, metric: &MetricKey) -> Result<Option<Mapping>> {
        Ok(self.mappings(&metric.org).await?.into_iter().find(|m| m.metric == *metric))
    }

    /// Every mapping of an org, sorted by dashboard, panel, metric.
    pub async fn mappings(&self, org: &str) -> Result<Vec<Mapping>> {
        dispatch!(self, s => s.mappings(org))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_the_minutes_that_start_inside_them() {
        let w = |s, e| TimeWindow { start_ms: s, end_ms: e };
        assert_eq!(minute_range(&w(0, 60_000)), (0, 60_000));
        assert_eq!(minute_range(&w(1, 60_001)), (60_000, 120_000));
        assert_eq!(minute_range(&w(59_999, 60_000)), (60_000, 60_000));
        assert_eq!(minute_range(&w(-1, 0)), (0, 0));
    }
}
