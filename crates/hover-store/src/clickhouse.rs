//! The ClickHouse backend, through the official `clickhouse` crate over HTTP.
//!
//! Works with ClickHouse 18.16 (Debian 12) and current releases: rows travel as RowBinary
//! without schema validation (18.16 has no RowBinaryWithNamesAndTypes), and request values
//! reach SQL only through the crate's `bind`, which escapes them as literals.

use crate::settled::{add_sorted, hours, settled_until, CacheStats, HourCounts, HourSamples, SettledCache, HOUR_MS};
use crate::{minute_range, Batch, BucketCount, LogLine, Mapping, Result, Scope, StoreError, TemplateRecord};
use clickhouse::{Client, Row};
use hover_core::{TemplateId, TimeWindow};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Lines the samples table keeps per template, stream, minute and insert: the `3` in the
/// schema's `hover_template_samples_mv`.
pub const SAMPLES_PER_MINUTE: usize = 3;

/// The DDL, applied statement by statement at start-up (`CREATE ... IF NOT EXISTS`).
pub const SCHEMA: &str = include_str!("../../../schema/clickhouse.sql");

/// Where and how to reach ClickHouse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClickHouseConfig {
    pub url: String,
    pub user: String,
    pub password: String,
    pub database: String,
    /// How long counts and lines of settled hours are answered from memory (see
    /// [`crate::settled`]); 0 turns the cache off. Bounds how late another process's writes
    /// into a settled hour show up here.
    pub cache_ttl_seconds: u64,
    /// Memory the cache may use.
    pub cache_megabytes: u64,
}

impl Default for ClickHouseConfig {
    fn default() -> Self {
        Self {
            url: "http://127.0.0.1:8123".into(),
            user: "default".into(),
            password: String::new(),
            database: "hover".into(),
            cache_ttl_seconds: 300,
            cache_megabytes: 256,
        }
    }
}

#[derive(Clone)]
pub struct ClickHouseStore {
    client: Client,
    cache: Option<Arc<SettledCache>>,
}

#[derive(Row, Serialize, Deserialize)]
struct LogRow<'a> {
    org: &'a str,
    stream: &'a str,
    timestamp_ms: i64,
    template_id: String,
    level: &'a str,
    message: &'a str,
}

#[derive(Row, Serialize, Deserialize)]
struct TemplateRow {
    template_id: String,
    template: String,
    first_seen_ms: i64,
    last_seen_ms: i64,
}

#[derive(Row, Serialize, Deserialize)]
struct AliasRow {
    old_id: String,
    new_id: String,
    version: u64,
}

#[derive(Row, Serialize, Deserialize)]
struct MappingRow {
    org: String,
    dashboard: String,
    panel_title: String,
    metric_name: String,
    streams: Vec<String>,
    deleted: u8,
    version: u64,
}

// Rows are read positionally (RowBinary without validation), so the aggregates in the
// queries carry aliases that differ from the column names: ClickHouse rejects
// `sum(lines) AS lines` as a cyclic alias.
#[derive(Row, Deserialize)]
struct CountRow {
    template_id: String,
    /// Lines in each window asked for, in order.
    sums: Vec<u64>,
}

#[derive(Row, Deserialize)]
struct BucketRow {
    bucket: u32,
    template_id: String,
    lines: u64,
}

#[derive(Row, Deserialize)]
struct SampleRow {
    #[allow(dead_code)] // read positionally; the hour is taken from the time
    request: u8,
    template_id: String,
    at: i64,
    message: String,
}

#[derive(Row, Deserialize)]
struct MessageRow {
    request: u8,
    template_id: String,
    message: String,
}

fn unavailable(e: clickhouse::error::Error) -> StoreError {
    use clickhouse::error::Error;
    match e {
        Error::Network(_) | Error::TimedOut => StoreError::Unavailable(e.to_string()),
        other => StoreError::Other(other.to_string()),
    }
}

fn parse_id(text: &str) -> Result<TemplateId> {
    text.parse().map_err(|e: String| StoreError::Other(format!("stored template id: {e}")))
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

/// A version that grows with time, for ReplacingMergeTree rows (newest wins).
fn version_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

/// Splits the schema file into statements: comment lines dropped, split on `;`.
pub fn schema_statements() -> Vec<String> {
    let without_comments: String =
        SCHEMA.lines().filter(|l| !l.trim_start().starts_with("--")).collect::<Vec<_>>().join("\n");
    without_comments.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// A `CREATE MATERIALIZED VIEW IF NOT EXISTS name TO table AS select` statement of the schema.
#[derive(Debug, PartialEq)]
struct MaterializedView<'a> {
    name: &'a str,
    table: &'a str,
    select: &'a str,
}

impl<'a> MaterializedView<'a> {
    fn parse(statement: &'a str) -> Option<Self> {
        let rest = statement.strip_prefix("CREATE MATERIALIZED VIEW IF NOT EXISTS ")?;
        let (name, rest) = rest.split_once(" TO ")?;
        let (table, select) = rest.split_once(" AS")?;
        Some(Self { name: name.trim(), table: table.trim(), select: select.trim() })
    }

    /// What the view would have written for every line stored before it existed.
    fn backfill(&self) -> String {
        format!("INSERT INTO {} {}", self.table, self.select)
    }
}

impl ClickHouseStore {
    /// Connects, creates the database and the tables that are missing, and checks them.
    pub async fn connect(config: &ClickHouseConfig) -> Result<Self> {
        let base = Client::default()
            .with_url(&config.url)
            .with_user(&config.user)
            .with_password(&config.password)
            .with_validation(false);
        base.query("CREATE DATABASE IF NOT EXISTS ?")
            .bind(clickhouse::sql::Identifier(&config.database))
            .execute()
            .await
            .map_err(|e| StoreError::Schema {
                index: 0,
                statement: format!("CREATE DATABASE IF NOT EXISTS {}", config.database),
                reason: e.to_string(),
            })?;
        let client = base.with_database(&config.database);
        for (i, statement) in schema_statements().iter().enumerate() {
            let failed = |e: clickhouse::error::Error| StoreError::Schema {
                index: i + 1,
                statement: statement.lines().next().unwrap_or_default().to_string(),
                reason: e.to_string(),
            };
            if let Some(view) = MaterializedView::parse(statement) {
                // A view only sees inserts made after it exists: fill its table from the lines
                // already stored first, so an upgraded store has no hole in its rollups.
                let exists: u64 = client
                    .query("SELECT count() FROM system.tables WHERE database = currentDatabase() AND name = ?")
                    .bind(view.name)
                    .fetch_one()
                    .await
                    .map_err(failed)?;
                if exists == 0 {
                    client.query(&view.backfill()).execute().await.map_err(failed)?;
                }
            }
            client.query(statement).execute().await.map_err(failed)?;
        }
        let cache = (config.cache_ttl_seconds > 0).then(|| {
            let budget = usize::try_from(config.cache_megabytes.saturating_mul(1 << 20)).unwrap_or(usize::MAX);
            Arc::new(SettledCache::new(Duration::from_secs(config.cache_ttl_seconds), budget))
        });
        Ok(Self { client, cache })
    }

    /// What the cache of settled hours has done, when there is one.
    pub fn cache_stats(&self) -> Option<CacheStats> {
        self.cache.as_ref().map(|cache| cache.stats())
    }

    pub(crate) async fn ping(&self) -> Result<()> {
        self.client.query("SELECT 1").execute().await.map_err(unavailable)
    }

    pub(crate) async fn write(&self, batch: &Batch) -> Result<()> {
        // Texts and aliases first: a count never refers to a template the store lacks.
        if !batch.templates.is_empty() {
            let mut insert = self.client.insert::<TemplateRow>("hover_templates").await.map_err(unavailable)?;
            for t in &batch.templates {
                let row = TemplateRow {
                    template_id: t.template_id.to_string(),
                    template: t.template.clone(),
                    first_seen_ms: t.first_seen_ms,
                    last_seen_ms: t.last_seen_ms,
                };
                insert.write(&row).await.map_err(unavailable)?;
            }
            insert.end().await.map_err(unavailable)?;
        }
        if !batch.aliases.is_empty() {
            let version = version_now();
            let mut insert = self.client.insert::<AliasRow>("hover_template_aliases").await.map_err(unavailable)?;
            for (old, new) in &batch.aliases {
                insert
                    .write(&AliasRow { old_id: old.to_string(), new_id: new.to_string(), version })
                    .await
                    .map_err(unavailable)?;
            }
            insert.end().await.map_err(unavailable)?;
        }
        if !batch.lines.is_empty() {
            // One INSERT: ClickHouse applies a block of up to a million rows atomically.
            let mut insert = self.client.insert::<LogRow>("hover_logs").await.map_err(unavailable)?;
            for line in &batch.lines {
                let row = LogRow {
                    org: &line.org,
                    stream: &line.stream,
                    timestamp_ms: line.timestamp_ms,
                    template_id: line.template_id.to_string(),
                    level: &line.level,
                    message: &line.message,
                };
                insert.write(&row).await.map_err(unavailable)?;
            }
            insert.end().await.map_err(unavailable)?;
            self.forget_written_hours(&batch.lines);
        }
        Ok(())
    }

    /// Drops the cached settled hours that these lines were just written into.
    fn forget_written_hours(&self, lines: &[LogLine]) {
        let Some(cache) = &self.cache else { return };
        let settled = settled_until(now_ms());
        let mut written: BTreeMap<&str, BTreeSet<i64>> = BTreeMap::new();
        for line in lines.iter().filter(|l| l.timestamp_ms < settled) {
            written.entry(&line.org).or_default().insert(line.timestamp_ms.div_euclid(HOUR_MS) * HOUR_MS);
        }
        for (org, hours) in written {
            cache.invalidate(org, &hours.into_iter().collect::<Vec<_>>());
        }
    }

    pub(crate) async fn window_counts(
        &self,
        scope: &Scope,
        windows: &[TimeWindow],
    ) -> Result<Vec<Vec<(TemplateId, u64)>>> {
        let Some(cache) = &self.cache else {
            let counts = self.counts_from_rollups(scope, windows).await?;
            return Ok(counts.into_iter().map(|m| m.into_iter().collect()).collect());
        };
        // Each window's minutes, split where the settled hours end: memory before, the
        // rollups from there on.
        let settled = settled_until(now_ms());
        let ranges: Vec<(i64, i64)> = windows.iter().map(minute_range).collect();
        let hour_counts = self.settled_counts(cache, scope, &ranges, settled).await?;
        let live: Vec<(usize, TimeWindow)> = ranges
            .iter()
            .enumerate()
            .filter(|(_, &(_, to))| to > settled)
            .map(|(i, &(from, to))| (i, TimeWindow { start_ms: from.max(settled), end_ms: to }))
            .collect();
        let mut merged: Vec<Vec<(TemplateId, u64)>> = vec![Vec::new(); windows.len()];
        if !live.is_empty() {
            let live_windows: Vec<TimeWindow> = live.iter().map(|(_, w)| *w).collect();
            for ((i, _), counts) in live.iter().zip(self.counts_from_rollups(scope, &live_windows).await?) {
                merged[*i].extend(counts);
            }
        }
        for (&(from, to), counts) in ranges.iter().zip(&mut merged) {
            for hour in hours(from, to.min(settled)) {
                let cached =
                    hour_counts.get(&hour).ok_or_else(|| StoreError::Other(format!("hour {hour} not read")))?;
                *counts = add_sorted(std::mem::take(counts), cached.lines(hour, from, to));
            }
        }
        Ok(merged)
    }

    /// The counts of every settled hour that the minute ranges touch: from the cache, and
    /// the hours it lacks read from ClickHouse (and cached).
    async fn settled_counts(
        &self,
        cache: &SettledCache,
        scope: &Scope,
        ranges: &[(i64, i64)],
        settled: i64,
    ) -> Result<HashMap<i64, Arc<HourCounts>>> {
        let needed: BTreeSet<i64> = ranges.iter().flat_map(|&(from, to)| hours(from, to.min(settled))).collect();
        let needed: Vec<i64> = needed.into_iter().collect();
        let cached = |hour: &i64| cache.counts(scope, *hour);
        cache.counts_fill.get_or_read(scope, &needed, cached, |hours| self.read_counts(cache, scope, hours)).await
    }

    /// Reads whole hours of per-minute counts into the cache.
    async fn read_counts(
        &self,
        cache: &SettledCache,
        scope: &Scope,
        hours: Vec<i64>,
    ) -> Result<HashMap<i64, Arc<HourCounts>>> {
        cache.note_read();
        let generation = cache.generation();
        let mut read: BTreeMap<i64, Vec<(i64, TemplateId, u64)>> = hours.iter().map(|&h| (h, Vec::new())).collect();
        let rows: Vec<BucketRow> =
            queries::minutes_of_hours(&self.client, scope, &hours).fetch_all().await.map_err(unavailable)?;
        for row in rows {
            let minute = i64::from(row.bucket) * 1000;
            if let Some(rows) = read.get_mut(&(minute.div_euclid(HOUR_MS) * HOUR_MS)) {
                rows.push((minute, parse_id(&row.template_id)?, row.lines));
            }
        }
        Ok(read
            .into_iter()
            .map(|(hour, rows)| {
                let counts = Arc::new(HourCounts::new(hour, rows));
                cache.counts_put(scope, hour, counts.clone(), generation);
                (hour, counts)
            })
            .collect())
    }

    /// Counts per template for each window, from the minute and hour rollups.
    async fn counts_from_rollups(
        &self,
        scope: &Scope,
        windows: &[TimeWindow],
    ) -> Result<Vec<BTreeMap<TemplateId, u64>>> {
        // One query per rollup table: usually one, at most two, which run side by side.
        let mut queries = queries::counts(&self.client, scope, windows).into_iter();
        let answers = match (queries.next(), queries.next()) {
            (Some(a), Some(b)) => {
                let (a, b) = tokio::join!(a.fetch_all::<CountRow>(), b.fetch_all::<CountRow>());
                vec![a, b]
            }
            (Some(a), None) => vec![a.fetch_all::<CountRow>().await],
            _ => Vec::new(),
        };
        let mut merged: Vec<BTreeMap<TemplateId, u64>> = vec![BTreeMap::new(); windows.len()];
        for rows in answers {
            for row in rows.map_err(unavailable)? {
                let id = parse_id(&row.template_id)?;
                for (slot, lines) in merged.iter_mut().zip(row.sums) {
                    if lines > 0 {
                        *slot.entry(id).or_default() += lines;
                    }
                }
            }
        }
        Ok(merged)
    }

    pub(crate) async fn bucket_counts(
        &self,
        scope: &Scope,
        range: &TimeWindow,
        bucket_minutes: u32,
    ) -> Result<Vec<BucketCount>> {
        let query = queries::buckets(&self.client, scope, range, bucket_minutes);
        let rows: Vec<BucketRow> = query.fetch_all().await.map_err(unavailable)?;
        rows.into_iter()
            .map(|r| {
                Ok(BucketCount {
                    bucket_start_ms: i64::from(r.bucket) * 1000,
                    template_id: parse_id(&r.template_id)?,
                    lines: r.lines,
                })
            })
            .collect()
    }

    pub(crate) async fn representatives(
        &self,
        scope: &Scope,
        requests: &[(TimeWindow, &[TemplateId])],
        per_template: usize,
    ) -> Result<Vec<Vec<(TemplateId, Vec<String>)>>> {
        let cache = match &self.cache {
            Some(cache) if per_template <= SAMPLES_PER_MINUTE => cache,
            _ => return self.lines_from_tables(scope, requests, per_template).await,
        };
        // The part of a request before the settled hours end comes from memory, when the
        // request starts on a whole minute (the server's do): the cache keeps each minute's
        // earliest lines, which hold the earliest lines of any part of a minute that starts
        // with it, so the end need not be whole.
        let settled = settled_until(now_ms());
        let cached_until: Vec<Option<i64>> = requests
            .iter()
            .map(|(w, _)| (w.start_ms.rem_euclid(60_000) == 0 && w.start_ms < settled).then(|| w.end_ms.min(settled)))
            .collect();
        // Per template, only the hours that hold its first lines in the window, as far as the
        // cached counts tell: an hour where it has none is skipped, and once the counts show
        // enough lines the later hours are too. (Without counts for an hour, it is read.) The
        // counts are of whole minutes; only the last hour can end inside one, so counting that
        // minute whole never stops the walk too early.
        let mut wanted = BTreeSet::<(i64, TemplateId)>::new();
        for ((window, ids), until) in requests.iter().zip(&cached_until) {
            let Some(until) = *until else { continue };
            let counts: Vec<(i64, Option<Arc<HourCounts>>)> =
                hours(window.start_ms, until).map(|hour| (hour, cache.counts(scope, hour))).collect();
            for &id in ids.iter() {
                let mut short = per_template as u64;
                for (hour, counts) in &counts {
                    let hour = *hour;
                    let lines = counts.as_ref().map(|c| c.of(id, hour, window.start_ms, until));
                    if lines == Some(0) {
                        continue;
                    }
                    wanted.insert((hour, id));
                    short = short.saturating_sub(lines.unwrap_or(0));
                    if short == 0 {
                        break;
                    }
                }
            }
        }
        let samples = self.settled_samples(cache, scope, wanted).await?;
        let live: Vec<(usize, (TimeWindow, &[TemplateId]))> = requests
            .iter()
            .zip(&cached_until)
            .enumerate()
            .filter(|(_, ((w, _), until))| until.unwrap_or(w.start_ms) < w.end_ms)
            .map(|(i, ((w, ids), until))| {
                (i, (TimeWindow { start_ms: until.unwrap_or(w.start_ms), end_ms: w.end_ms }, *ids))
            })
            .collect();
        let mut live_lines: Vec<BTreeMap<TemplateId, Vec<String>>> = vec![BTreeMap::new(); requests.len()];
        if !live.is_empty() {
            let asked: Vec<(TimeWindow, &[TemplateId])> = live.iter().map(|(_, r)| *r).collect();
            for ((i, _), answer) in live.iter().zip(self.lines_from_tables(scope, &asked, per_template).await?) {
                live_lines[*i] = answer.into_iter().collect();
            }
        }
        // Settled hours come before the live part in time, so their lines come first.
        Ok(requests
            .iter()
            .zip(cached_until)
            .zip(live_lines)
            .map(|(((window, ids), until), mut live)| {
                ids.iter()
                    .filter_map(|id| {
                        let mut lines: Vec<String> = until
                            .map(|until| hours(window.start_ms, until))
                            .into_iter()
                            .flatten()
                            .filter_map(|hour| samples.get(&(hour, *id)))
                            .flat_map(|lines| lines.within(window.start_ms, until.unwrap_or(0)))
                            .take(per_template)
                            .map(String::from)
                            .collect();
                        let more = per_template - lines.len();
                        lines.extend(live.remove(id).unwrap_or_default().into_iter().take(more));
                        (!lines.is_empty()).then_some((*id, lines))
                    })
                    .collect()
            })
            .collect())
    }

    /// The lines of each (settled hour, template) wanted: from the cache, and what it lacks
    /// read from the samples rollup (and cached).
    async fn settled_samples(
        &self,
        cache: &SettledCache,
        scope: &Scope,
        wanted: BTreeSet<(i64, TemplateId)>,
    ) -> Result<HashMap<(i64, TemplateId), Arc<HourSamples>>> {
        let needed: Vec<(i64, TemplateId)> = wanted.into_iter().collect();
        let cached = |&(hour, id): &(i64, TemplateId)| cache.samples(scope, hour, id);
        cache.samples_fill.get_or_read(scope, &needed, cached, |keys| self.read_samples(cache, scope, keys)).await
    }

    /// Reads the sampled lines of (hour, template) pairs into the cache.
    async fn read_samples(
        &self,
        cache: &SettledCache,
        scope: &Scope,
        keys: Vec<(i64, TemplateId)>,
    ) -> Result<HashMap<(i64, TemplateId), Arc<HourSamples>>> {
        cache.note_read();
        let generation = cache.generation();
        let mut lines: HashMap<(i64, TemplateId), Vec<(i64, String)>> =
            keys.iter().map(|&key| (key, Vec::new())).collect();
        let mut by_hour: BTreeMap<i64, Vec<TemplateId>> = BTreeMap::new();
        for (hour, id) in keys {
            by_hour.entry(hour).or_default().push(id);
        }
        let by_hour: Vec<(i64, Vec<TemplateId>)> = by_hour.into_iter().collect();
        for chunk in by_hour.chunks(usize::from(u8::MAX)) {
            let rows: Vec<SampleRow> =
                queries::hour_samples(&self.client, scope, chunk).fetch_all().await.map_err(unavailable)?;
            for row in rows {
                let key = (row.at.div_euclid(HOUR_MS) * HOUR_MS, parse_id(&row.template_id)?);
                if let Some(kept) = lines.get_mut(&key) {
                    kept.push((row.at, row.message));
                }
            }
        }
        Ok(lines
            .into_iter()
            .map(|((hour, id), kept)| {
                let samples = Arc::new(HourSamples::new(kept, SAMPLES_PER_MINUTE));
                cache.samples_put(scope, hour, id, samples.clone(), generation);
                ((hour, id), samples)
            })
            .collect())
    }

    /// Representative lines from the samples rollup and the raw lines, without the cache.
    async fn lines_from_tables(
        &self,
        scope: &Scope,
        requests: &[(TimeWindow, &[TemplateId])],
        per_template: usize,
    ) -> Result<Vec<Vec<(TemplateId, Vec<String>)>>> {
        let query = queries::representatives(&self.client, scope, requests, per_template);
        let rows: Vec<MessageRow> = query.fetch_all().await.map_err(unavailable)?;
        let mut out: Vec<Vec<(TemplateId, Vec<String>)>> = vec![Vec::new(); requests.len()];
        for row in rows {
            let id = parse_id(&row.template_id)?;
            let slot = out
                .get_mut(usize::from(row.request))
                .ok_or_else(|| StoreError::Other("request index out of range".into()))?;
            match slot.last_mut() {
                Some((last, messages)) if *last == id => messages.push(row.message),
                _ => slot.push((id, vec![row.message])),
            }
        }
        Ok(out)
    }

    pub(crate) async fn templates(&self) -> Result<Vec<TemplateRecord>> {
        let rows: Vec<TemplateRow> = queries::templates(&self.client).fetch_all().await.map_err(unavailable)?;
        rows.into_iter()
            .map(|r| {
                Ok(TemplateRecord {
                    template_id: parse_id(&r.template_id)?,
                    template: r.template,
                    first_seen_ms: r.first_seen_ms,
                    last_seen_ms: r.last_seen_ms,
                })
            })
            .collect()
    }

    pub(crate) async fn aliases(&self) -> Result<Vec<(TemplateId, TemplateId)>> {
        let rows: Vec<AliasRow> = queries::aliases(&self.client).fetch_all().await.map_err(unavailable)?;
        rows.into_iter().map(|r| Ok((parse_id(&r.old_id)?, parse_id(&r.new_id)?))).collect()
    }

    async fn write_mapping(&self, mapping: &Mapping, deleted: bool) -> Result<()> {
        let mut insert = self.client.insert::<MappingRow>("hover_mappings").await.map_err(unavailable)?;
        let row = MappingRow {
            org: mapping.org.clone(),
            dashboard: mapping.dashboard.clone(),
            panel_title: mapping.panel_title.clone(),
            metric_name: mapping.metric_name.clone(),
            streams: mapping.streams.clone(),
            deleted: u8::from(deleted),
            version: version_now(),
        };
        insert.write(&row).await.map_err(unavailable)?;
        insert.end().await.map_err(unavailable)
    }

    pub(crate) async fn set_mapping(&self, mapping: &Mapping) -> Result<()> {
        self.write_mapping(mapping, false).await
    }

    pub(crate) async fn delete_mapping(
        &self,
        org: &str,
        dashboard: &str,
        panel_title: &str,
        metric_name: &str,
    ) -> Result<bool> {
        let existed = self
            .mappings(org)
            .await?
            .iter()
            .any(|m| m.dashboard == dashboard && m.panel_title == panel_title && m.metric_name == metric_name);
        if existed {
            let mapping = Mapping {
                org: org.into(),
                dashboard: dashboard.into(),
                panel_title: panel_title.into(),
                metric_name: metric_name.into(),
                streams: Vec::new(),
            };
            self.write_mapping(&mapping, true).await?;
        }
        Ok(existed)
    }

    pub(crate) async fn mappings(&self, org: &str) -> Result<Vec<Mapping>> {
        let rows: Vec<MappingRow> = queries::mappings(&self.client, org).fetch_all().await.map_err(unavailable)?;
        Ok(rows
            .into_iter()
            .map(|r| Mapping {
                org: r.org,
                dashboard: r.dashboard,
                panel_title: r.panel_title,
                metric_name: r.metric_name,
                streams: r.streams,
            })
            .collect())
    }
}

/// The read queries, built with every request value bound (escaped as a literal by the
/// `clickhouse` crate). Kept apart from the I/O so their exact text can also be checked on
/// current ClickHouse (chDB) with [`example_queries`].
mod queries {
    use super::{HOUR_MS, SAMPLES_PER_MINUTE};
    use crate::{minute_range, placeholders, stream_condition, Scope};
    use clickhouse::query::Query;
    use clickhouse::Client;
    use hover_core::{TemplateId, TimeWindow};

    fn bind_scope(mut query: Query, scope: &Scope) -> Query {
        query = query.bind(&scope.org);
        for s in scope.streams.iter().flatten() {
            query = query.bind(s);
        }
        query
    }

    /// A query over the per-minute counts of a scope and some ranges of minutes (start and
    /// end in ms, on whole minutes).
    fn over_counts(client: &Client, select: &str, tail: &str, scope: &Scope, ranges: &[(i64, i64)]) -> Query {
        let each = vec!["(minute >= toDateTime(?) AND minute < toDateTime(?))"; ranges.len()];
        let sql = format!(
            "{select} FROM hover_template_counts WHERE org = ?{} AND ({}) {tail}",
            stream_condition(scope),
            each.join(" OR ")
        );
        let mut query = bind_scope(client.query(&sql), scope);
        for (from, to) in ranges {
            query = query.bind(from / 1000).bind(to / 1000);
        }
        query
    }

    /// Lines per template and minute over whole hours (their starts), for the cache of
    /// settled hours: rows of (minute, template, lines).
    pub fn minutes_of_hours(client: &Client, scope: &Scope, hours: &[i64]) -> Query {
        let mut ranges: Vec<(i64, i64)> = Vec::new();
        for &hour in hours {
            match ranges.last_mut() {
                Some((_, end)) if *end == hour => *end += HOUR_MS,
                _ => ranges.push((hour, hour + HOUR_MS)),
            }
        }
        let select = "SELECT toUInt32(minute) AS bucket, template_id, sum(lines) AS total";
        over_counts(client, select, "GROUP BY bucket, template_id", scope, &ranges)
    }

    /// The ranges that make up a window: whole hours from the hourly table, the minutes at
    /// the edges from the minute table, each a primary-key range scan.
    /// (table, time column, start ms, end ms) of one range scan.
    type Range = (&'static str, &'static str, i64, i64);

    fn tiers(window: &TimeWindow) -> Vec<Range> {
        const HOUR_MS: i64 = 3_600_000;
        let (from, to) = minute_range(window);
        let first_hour = from.div_euclid(HOUR_MS) * HOUR_MS + if from.rem_euclid(HOUR_MS) == 0 { 0 } else { HOUR_MS };
        let last_hour = to.div_euclid(HOUR_MS) * HOUR_MS;
        let ranges = if first_hour < last_hour {
            vec![
                ("hover_template_counts", "minute", from, first_hour),
                ("hover_template_counts_hourly", "hour", first_hour, last_hour),
                ("hover_template_counts", "minute", last_hour, to),
            ]
        } else {
            vec![("hover_template_counts", "minute", from, to)]
        };
        let ranges: Vec<_> = ranges.into_iter().filter(|r| r.2 < r.3).collect();
        if ranges.is_empty() {
            vec![("hover_template_counts", "minute", 0, 0)]
        } else {
            ranges
        }
    }

    /// Counts per template for several windows: one query per rollup table the windows
    /// need (usually one), each a single scan with a `sumIf` per window. Rows are
    /// (template id, [lines in window 0, lines in window 1, ...]). One scan with conditional
    /// sums costs ClickHouse 18.16 about a third of a `UNION ALL` of range queries.
    pub fn counts(client: &Client, scope: &Scope, windows: &[TimeWindow]) -> Vec<Query> {
        let ranges: Vec<(usize, Range)> =
            windows.iter().enumerate().flat_map(|(w, window)| tiers(window).into_iter().map(move |r| (w, r))).collect();
        let mut tables: Vec<&str> = ranges.iter().map(|(_, r)| r.0).collect();
        tables.sort_unstable();
        tables.dedup();
        let streams = stream_condition(scope);
        tables
            .into_iter()
            .map(|table| {
                let here: Vec<&(usize, Range)> = ranges.iter().filter(|(_, r)| r.0 == table).collect();
                let column = here[0].1 .1;
                let range_sql = format!("({column} >= toDateTime(?) AND {column} < toDateTime(?))");
                // Per window: the OR of its ranges in this table, or 0 when it has none here.
                let sums: Vec<String> = (0..windows.len())
                    .map(|w| {
                        let n = here.iter().filter(|(k, _)| *k == w).count();
                        let condition = if n == 0 { "0".to_string() } else { vec![range_sql.as_str(); n].join(" OR ") };
                        format!("sumIf(lines, {condition})")
                    })
                    .collect();
                let sql = format!(
                    "SELECT template_id, [{}] AS sums FROM {table} WHERE org = ?{streams} AND ({}) \
                     GROUP BY template_id ORDER BY template_id",
                    sums.join(", "),
                    vec![range_sql.as_str(); here.len()].join(" OR ")
                );
                let mut query = client.query(&sql);
                for w in 0..windows.len() {
                    for (_, (_, _, start, end)) in here.iter().filter(|(k, _)| *k == w) {
                        query = query.bind(start / 1000).bind(end / 1000);
                    }
                }
                query = bind_scope(query, scope);
                for (_, (_, _, start, end)) in &here {
                    query = query.bind(start / 1000).bind(end / 1000);
                }
                query
            })
            .collect()
    }

    pub fn buckets(client: &Client, scope: &Scope, range: &TimeWindow, bucket_minutes: u32) -> Query {
        let seconds = u64::from(bucket_minutes) * 60;
        let select = format!(
            "SELECT toUInt32(intDiv(toUInt32(minute), {seconds}) * {seconds}) AS bucket, template_id, sum(lines) AS total"
        );
        let tail = "GROUP BY bucket, template_id ORDER BY bucket, template_id";
        over_counts(client, &select, tail, scope, &[minute_range(range)])
    }

    /// A few lines of each template, earliest first (by time, then text), for several
    /// (window, templates) requests in one query: rows of (request index, template id,
    /// message). The requests' template sets are disjoint (the caller asks for each template
    /// once), so every row belongs to exactly one request.
    ///
    /// Up to [`SAMPLES_PER_MINUTE`] lines a template: the samples table for the window's whole
    /// minutes and the raw lines of its partial minutes at the edges, so a busy template's
    /// hour of raw lines is never read. More lines than that: from the raw lines alone.
    pub fn representatives(
        client: &Client,
        scope: &Scope,
        requests: &[(TimeWindow, &[TemplateId])],
        per_template: usize,
    ) -> Query {
        if per_template > SAMPLES_PER_MINUTE {
            return from_raw_lines(client, scope, requests, per_template);
        }
        let (mut samples, mut edges) = (Vec::new(), Vec::new());
        for (window, ids) in requests {
            let (whole, partial) = split_at_minutes(window);
            samples.push(Condition::new("line_ms", ids, whole.as_slice()));
            edges.push(Condition::new("timestamp_ms", ids, &partial));
        }
        let sql = format!(
            "SELECT request, template_id, message FROM ({} UNION ALL {}) \
             ORDER BY request, template_id, at, message LIMIT ? BY request, template_id",
            select_lines("hover_template_samples", "line_ms", "line", scope, &samples, ""),
            select_lines("hover_logs", "timestamp_ms", "message", scope, &edges, ""),
        );
        let query = bind_lines(client.query(&sql), scope, &samples);
        bind_lines(query, scope, &edges).bind(per_template as u64)
    }

    /// Every sampled line of some templates in some hours, for the settled-hours cache: rows
    /// of (hour's index in `hours`, template id, time, line).
    pub fn hour_samples(client: &Client, scope: &Scope, hours: &[(i64, Vec<TemplateId>)]) -> Query {
        let conditions: Vec<Condition> =
            hours.iter().map(|(hour, ids)| Condition::new("line_ms", ids, &[(*hour, hour + HOUR_MS)])).collect();
        let sql = select_lines("hover_template_samples", "line_ms", "line", scope, &conditions, "");
        bind_lines(client.query(&sql), scope, &conditions)
    }

    /// A time range in milliseconds, start inclusive, end exclusive.
    type Span = (i64, i64);

    /// The whole minutes inside a window (if any), and the parts of the window outside them.
    fn split_at_minutes(window: &TimeWindow) -> (Option<Span>, Vec<Span>) {
        let (start, end) = (window.start_ms, window.end_ms);
        let (first, last) = (minute_range(window).0, end.div_euclid(60_000) * 60_000);
        if first < last {
            (Some((first, last)), [(start, first), (last, end)].into_iter().filter(|(a, b)| a < b).collect())
        } else {
            (None, vec![(start, end)])
        }
    }

    /// One request's condition on a table of lines: its templates within its time ranges
    /// (`0` when it has no range there), with the values to bind in order.
    struct Condition<'a> {
        sql: String,
        ids: &'a [TemplateId],
        ranges: Vec<Span>,
    }

    impl<'a> Condition<'a> {
        fn new(time: &str, ids: &'a [TemplateId], ranges: &[Span]) -> Self {
            let sql = if ranges.is_empty() {
                "0".to_string()
            } else {
                let each = vec![format!("({time} >= ? AND {time} < ?)"); ranges.len()];
                format!("(template_id IN {} AND ({}))", placeholders(ids.len()), each.join(" OR "))
            };
            Self { sql, ids, ranges: ranges.to_vec() }
        }

        fn bind(&self, mut query: Query) -> Query {
            if !self.ranges.is_empty() {
                for id in self.ids {
                    query = query.bind(id.to_string());
                }
                for (start, end) in &self.ranges {
                    query = query.bind(*start).bind(*end);
                }
            }
            query
        }
    }

    /// Rows of (request, template_id, at, message) from one table of lines (`and_also`: a
    /// further condition, its placeholders bound after these).
    fn select_lines(
        table: &str,
        time: &str,
        text: &str,
        scope: &Scope,
        conditions: &[Condition],
        and_also: &str,
    ) -> String {
        let which: Vec<String> = conditions.iter().enumerate().map(|(r, c)| format!("{}, {r}", c.sql)).collect();
        let any: Vec<&str> = conditions.iter().map(|c| c.sql.as_str()).collect();
        format!(
            "SELECT toUInt8(multiIf({}, 255)) AS request, template_id, {time} AS at, {text} AS message \
             FROM {table} WHERE org = ?{} AND ({}){and_also}",
            which.join(", "),
            stream_condition(scope),
            any.join(" OR ")
        )
    }

    /// Binds the placeholders of [`select_lines`] in order.
    fn bind_lines(mut query: Query, scope: &Scope, conditions: &[Condition]) -> Query {
        for c in conditions {
            query = c.bind(query);
        }
        query = bind_scope(query, scope);
        for c in conditions {
            query = c.bind(query);
        }
        query
    }

    /// [`representatives`] from the raw lines alone. The inner query finds the earliest
    /// timestamps per template reading two narrow columns (sorting per template in arrays:
    /// cheaper than ORDER BY ... LIMIT BY on 18.16); only the lines at those timestamps have
    /// their message read.
    fn from_raw_lines(
        client: &Client,
        scope: &Scope,
        requests: &[(TimeWindow, &[TemplateId])],
        per_template: usize,
    ) -> Query {
        let conditions: Vec<Condition> = requests
            .iter()
            .map(|(window, ids)| Condition::new("timestamp_ms", ids, &[(window.start_ms, window.end_ms)]))
            .collect();
        let any: Vec<&str> = conditions.iter().map(|c| c.sql.as_str()).collect();
        let earliest = format!(
            " AND (template_id, timestamp_ms) IN (\
             SELECT template_id, arrayJoin(arraySlice(arraySort(groupArray(timestamp_ms)), 1, ?)) AS earliest \
             FROM hover_logs WHERE org = ?{} AND ({}) GROUP BY template_id)",
            stream_condition(scope),
            any.join(" OR "),
        );
        let sql = format!(
            "SELECT request, template_id, message FROM ({}) \
             ORDER BY request, template_id, at, message LIMIT ? BY request, template_id",
            select_lines("hover_logs", "timestamp_ms", "message", scope, &conditions, &earliest),
        );
        let mut query = bind_lines(client.query(&sql), scope, &conditions).bind(per_template as u64);
        query = bind_scope(query, scope);
        for c in &conditions {
            query = c.bind(query);
        }
        query.bind(per_template as u64)
    }

    pub fn templates(client: &Client) -> Query {
        client.query(
            "SELECT template_id, argMax(template, last_seen_ms) AS latest_text, min(first_seen_ms) AS first_seen, \
             max(last_seen_ms) AS last_seen FROM hover_templates GROUP BY template_id ORDER BY template_id",
        )
    }

    pub fn aliases(client: &Client) -> Query {
        client.query(
            "SELECT old_id, argMax(new_id, version) AS latest_id, max(version) AS latest_version \
             FROM hover_template_aliases GROUP BY old_id ORDER BY old_id",
        )
    }

    pub fn mappings(client: &Client, org: &str) -> Query {
        client
            .query(
                "SELECT org, dashboard, panel_title, metric_name, argMax(streams, version) AS latest_streams, \
                 argMax(deleted, version) AS is_deleted, max(version) AS latest_version FROM hover_mappings \
                 WHERE org = ? GROUP BY org, dashboard, panel_title, metric_name HAVING is_deleted = 0 \
                 ORDER BY dashboard, panel_title, metric_name",
            )
            .bind(org)
    }
}

/// Every read query the store sends, with example values bound, as the final SQL text:
/// (name, SQL). The chDB check runs these on current ClickHouse.
pub fn example_queries(scope: &Scope, window: &TimeWindow, ids: &[TemplateId]) -> Vec<(&'static str, String)> {
    let client = Client::default();
    let text = |q: clickhouse::query::Query| q.sql_display().to_string();
    // A second window an hour later, for the queries that take several.
    let shifted = TimeWindow { start_ms: window.start_ms + 3_600_000, end_ms: window.end_ms + 3_600_000 };
    let hour = window.start_ms.div_euclid(HOUR_MS) * HOUR_MS;
    vec![
        ("counts", text(queries::counts(&client, scope, std::slice::from_ref(window)).remove(0))),
        ("counts_two_windows", text(queries::counts(&client, scope, &[*window, shifted]).remove(0))),
        ("buckets", text(queries::buckets(&client, scope, window, 5))),
        ("representatives", text(queries::representatives(&client, scope, &[(*window, ids)], 3))),
        (
            "representatives_two_windows",
            text(queries::representatives(&client, scope, &[(*window, ids), (shifted, &ids[..1])], 3)),
        ),
        (
            "representatives_from_raw_lines",
            text(queries::representatives(&client, scope, &[(*window, ids), (shifted, &ids[..1])], 10)),
        ),
        // The cache of settled hours' reads, over the window's first hour.
        ("minutes_of_hours", text(queries::minutes_of_hours(&client, scope, &[hour]))),
        ("hour_samples", text(queries::hour_samples(&client, scope, &[(hour, ids.to_vec())]))),
        ("templates", text(queries::templates(&client))),
        ("aliases", text(queries::aliases(&client))),
        ("mappings", text(queries::mappings(&client, &scope.org))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_view_keeps_samples_per_minute_lines() {
        let keeps = format!("groupArray((timestamp_ms, message))), 1, {SAMPLES_PER_MINUTE})");
        assert_eq!(SCHEMA.matches(&keeps).count(), 2, "the view and SAMPLES_PER_MINUTE disagree");
    }

    #[test]
    fn views_backfill_from_their_own_select() {
        let views: Vec<_> =
            schema_statements().iter().filter_map(|s| MaterializedView::parse(s).map(|v| v.backfill())).collect();
        assert_eq!(views.len(), 3);
        assert!(
            views[0].starts_with("INSERT INTO hover_template_counts SELECT org, stream, toStartOfMinute("),
            "{}",
            views[0]
        );
    }
}
