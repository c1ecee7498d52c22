//! The ClickHouse backend, through the official `clickhouse` crate over HTTP.
//!
//! Works with ClickHouse 18.16 (Debian 12) and current releases: rows travel as RowBinary
//! without schema validation (18.16 has no RowBinaryWithNamesAndTypes), and request values
//! reach SQL only through the crate's `bind`, which escapes them as literals.
//!
//! One file per concern, each read's row type, SQL and mapping side by side: `schema`
//! (the DDL applied at start-up), `counts` (windows and series from the rollups), `lines`
//! (representative lines), `history` (template history, sampled lines), `catalog` (templates, aliases, mappings). Settled hours are read
//! through [`crate::SettledCache`], which holds no reference to the store.

mod catalog;
mod counts;
mod history;
mod lines;
mod schema;
mod sql;

pub use schema::{schema_statements, SAMPLES_PER_MINUTE, SCHEMA};

use crate::settled::{settled_until, CacheStats, SettledCache};
use crate::{now_ms, Batch, LogLine, Result, Scope, StoreError};
use clickhouse::{Client, Row};
use hover_core::{TemplateId, TimeWindow, HOUR_MS};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Where and how to reach ClickHouse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClickHouseConfig {
    /// ClickHouse's HTTP interface, e.g. `http://127.0.0.1:8123`.
    pub url: String,
    /// The user Hover connects as.
    pub user: String,
    /// Its password.
    pub password: String,
    /// The database Hover creates and uses.
    pub database: String,
    /// How long counts and lines of settled hours are answered from memory (see
    /// [`crate::SettledCache`]); 0 turns the cache off. Bounds how late another process's writes
    /// into a settled hour show up here.
    pub cache_ttl_seconds: u64,
    /// Memory the cache may use.
    pub cache_megabytes: u64,
    /// A replicated, sharded cluster (a name in the servers' `remote_servers`) to create the
    /// schema on with `ON CLUSTER`: `schema/clickhouse-cluster.sql`. None: one server.
    pub cluster: Option<String>,
    /// At start-up, in the background, the counts of this many hours (ending with the latest
    /// settled hour that holds lines) are read into the cache; 0: none.
    pub warm_hours: u32,
}

impl Default for ClickHouseConfig {
    fn default() -> Self {
        Self {
            url: "http://127.0.0.1:8123".into(),
            user: "default".into(),
            password: String::new(),
            database: "hover".into(),
            cache_ttl_seconds: 300,
            cache_megabytes: 512,
            cluster: None,
            warm_hours: 24,
        }
    }
}

/// Logs in ClickHouse: raw lines, rollups filled by materialized views, the catalog.
#[derive(Clone)]
pub struct ClickHouseStore {
    client: Client,
    cache: Option<Arc<SettledCache>>,
    /// On a replicated cluster a failed insert is sent again, identical, and the replicas
    /// drop the copy; on one server a retry could store a block twice, so it is not retried.
    retry_inserts: bool,
}

/// How often, and after how long, an insert into a replicated cluster is sent again.
const INSERT_RETRY_DELAYS: [Duration; 3] = [Duration::from_millis(200), Duration::from_secs(1), Duration::from_secs(3)];

/// A line as `hover_logs` stores it.
#[derive(Row, Serialize, Deserialize)]
struct LogRow<'a> {
    org: &'a str,
    stream: &'a str,
    timestamp_ms: i64,
    template_id: String,
    level: &'a str,
    message: &'a str,
}

/// ClickHouse errors that say "not now" rather than "never" (a node, a shard or ZooKeeper is
/// unreachable, or tables are read-only until ZooKeeper is back), with what they mean.
const RETRYABLE_CODES: [(&str, &str); 8] = [
    ("Code: 159", "a ClickHouse query or DDL timed out"),
    ("Code: 209", "a ClickHouse node timed out"),
    ("Code: 210", "a ClickHouse node is unreachable"),
    ("Code: 225", "ClickHouse has no ZooKeeper"),
    ("Code: 242", "ClickHouse tables are read-only: ZooKeeper is unreachable"),
    ("Code: 279", "no replica of a ClickHouse shard answers"),
    ("Code: 286", "every replica of a ClickHouse shard is stale"),
    ("Code: 999", "ZooKeeper failed a ClickHouse request"),
];

fn unavailable(e: clickhouse::error::Error) -> StoreError {
    use clickhouse::error::Error;
    let text = e.to_string();
    match e {
        Error::Network(_) | Error::TimedOut => StoreError::Unavailable(text),
        _ => match RETRYABLE_CODES.iter().find(|(code, _)| text.contains(code)) {
            Some((_, meaning)) => StoreError::Unavailable(format!("{meaning} ({text})")),
            None => StoreError::Other(text),
        },
    }
}

fn parse_id(text: &str) -> Result<TemplateId> {
    text.parse().map_err(|e: String| StoreError::Other(format!("stored template id: {e}")))
}

/// A version that grows with time, for ReplacingMergeTree rows (newest wins).
fn version_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0)
}

impl ClickHouseStore {
    /// Connects, creates the database and the tables that are missing, and checks them.
    pub async fn connect(config: &ClickHouseConfig) -> Result<Self> {
        let mut base = Client::default()
            .with_url(&config.url)
            .with_user(&config.user)
            .with_password(&config.password)
            .with_validation(false);
        if config.cluster.is_some() {
            // Acknowledged inserts are on a replica of every shard (async Distributed inserts
            // can lose acknowledged rows on 18.16). Reads and writes go to the first replica of
            // each shard that answers, so a read sees what was just acknowledged (the second
            // replica may lag) until that replica fails. A subquery on a Distributed table
            // inside a query on one reads each shard's own rows, which the queries allow.
            base = base
                .with_setting("insert_distributed_sync", "1")
                .with_setting("load_balancing", "in_order")
                .with_setting("distributed_product_mode", "local");
        }
        let client = schema::apply(base, &config.database, config.cluster.as_deref()).await?;
        let cache = (config.cache_ttl_seconds > 0).then(|| {
            let budget = usize::try_from(config.cache_megabytes.saturating_mul(1 << 20)).unwrap_or(usize::MAX);
            Arc::new(SettledCache::new(Duration::from_secs(config.cache_ttl_seconds), budget))
        });
        Ok(Self { client, cache, retry_inserts: config.cluster.is_some() })
    }

    /// Runs an insert, and on a cluster sends it again (the identical block) while it fails
    /// for a reason that passes: the replicas' deduplication keeps one copy.
    async fn insert_with_retries<F, Fut>(&self, insert: F) -> Result<()>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<()>>,
    {
        let mut delays = INSERT_RETRY_DELAYS.iter().filter(|_| self.retry_inserts);
        loop {
            match insert().await {
                Err(StoreError::Unavailable(reason)) => match delays.next() {
                    Some(delay) => {
                        tracing::warn!(%reason, "insert failed; sending the same block again");
                        tokio::time::sleep(*delay).await;
                    }
                    None => return Err(StoreError::Unavailable(reason)),
                },
                done => return done,
            }
        }
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
            self.insert_with_retries(|| self.write_templates(&batch.templates)).await?;
        }
        if !batch.aliases.is_empty() {
            self.insert_with_retries(|| self.write_aliases(&batch.aliases)).await?;
        }
        if !batch.lines.is_empty() {
            self.insert_with_retries(|| self.write_lines(&batch.lines)).await?;
            self.forget_written_hours(&batch.lines);
        }
        if !batch.keys.is_empty() {
            let at_ms = now_ms();
            self.insert_with_retries(|| self.write_keys(&batch.keys, at_ms)).await?;
        }
        Ok(())
    }

    /// One INSERT: ClickHouse applies a block of up to a million rows atomically, and the
    /// same lines make the same block (what deduplication on a cluster needs).
    async fn write_lines(&self, lines: &[LogLine]) -> Result<()> {
        let mut insert = self.client.insert::<LogRow>("hover_logs").await.map_err(unavailable)?;
        for line in lines {
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
        insert.end().await.map_err(unavailable)
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
}

/// Every read query the store sends, with example values bound, as the final SQL text:
/// (name, SQL). The chDB check runs these on current ClickHouse.
pub fn example_queries(scope: &Scope, window: &TimeWindow, ids: &[TemplateId]) -> Vec<(&'static str, String)> {
    use catalog::{aliases_query, mappings_query, templates_query};
    use counts::{buckets_query, counts_query, minutes_of_hours_query};
    use history::{history_query, sample_lines_query};
    use lines::{hour_samples_query, representatives_query};
    let client = Client::default();
    let text = |q: clickhouse::query::Query| q.sql_display().to_string();
    // A second window an hour later, for the queries that take several.
    let shifted = TimeWindow { start_ms: window.start_ms + HOUR_MS, end_ms: window.end_ms + HOUR_MS };
    let hour = window.start_ms.div_euclid(HOUR_MS) * HOUR_MS;
    vec![
        ("counts", text(counts_query(&client, scope, std::slice::from_ref(window)).remove(0))),
        ("counts_two_windows", text(counts_query(&client, scope, &[*window, shifted]).remove(0))),
        ("buckets", text(buckets_query(&client, scope, window, 5))),
        ("representatives", text(representatives_query(&client, scope, &[(*window, ids)], 3))),
        (
            "representatives_two_windows",
            text(representatives_query(&client, scope, &[(*window, ids), (shifted, &ids[..1])], 3)),
        ),
        (
            "representatives_from_raw_lines",
            text(representatives_query(&client, scope, &[(*window, ids), (shifted, &ids[..1])], 10)),
        ),
        // The cache of settled hours' reads, over the window's first hour.
        ("minutes_of_hours", text(minutes_of_hours_query(&client, scope, &[hour]))),
        ("hour_samples", text(hour_samples_query(&client, scope, &[(hour, ids.to_vec())]))),
        ("history", text(history_query(&client, scope, None))),
        ("history_of_templates", text(history_query(&client, scope, Some(ids)))),
        ("sample_lines", text(sample_lines_query(&client, scope, window, ids, 20_000))),
        ("templates", text(templates_query(&client))),
        ("aliases", text(aliases_query(&client))),
        ("mappings", text(mappings_query(&client, &scope.org))),
    ]
}
