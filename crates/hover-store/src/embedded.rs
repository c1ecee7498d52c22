//! The embedded backend: one SQLite file (rusqlite with its bundled SQLite, so nothing needs
//! installing). SQLite because it is one file, transactional (a batch is acknowledged only
//! once committed), and the same SQL shapes as the ClickHouse backend keep the two easy to
//! compare. Per-minute counts are kept by a trigger, as ClickHouse keeps them with a
//! materialized view.

use crate::{
    minute_range, placeholders, sample_lines_sql, stream_condition, Batch, BucketCount, IngestKey, Mapping, MetricKey,
    Result, Scope, StoreError, TemplateHistory, TemplateRecord,
};
use hover_core::{TemplateId, TimeWindow};
use rusqlite::{params, params_from_iter, Connection};
use std::path::Path;
use std::sync::{Arc, Mutex};

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS logs (
    org TEXT NOT NULL,
    stream TEXT NOT NULL,
    timestamp_ms INTEGER NOT NULL,
    template_id TEXT NOT NULL,
    level TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS logs_by_template ON logs (org, template_id, timestamp_ms);
CREATE TABLE IF NOT EXISTS template_counts (
    org TEXT NOT NULL,
    stream TEXT NOT NULL,
    minute INTEGER NOT NULL,
    template_id TEXT NOT NULL,
    lines INTEGER NOT NULL,
    PRIMARY KEY (org, minute, stream, template_id)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS logs_count AFTER INSERT ON logs BEGIN
    INSERT INTO template_counts (org, stream, minute, template_id, lines)
    VALUES (NEW.org, NEW.stream, (NEW.timestamp_ms / 60000) * 60, NEW.template_id, 1)
    ON CONFLICT (org, minute, stream, template_id) DO UPDATE SET lines = lines + 1;
END;
CREATE TABLE IF NOT EXISTS template_history (
    org TEXT NOT NULL,
    stream TEXT NOT NULL,
    template_id TEXT NOT NULL,
    first_seen_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    example TEXT NOT NULL,
    PRIMARY KEY (org, stream, template_id)
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS logs_history AFTER INSERT ON logs BEGIN
    INSERT INTO template_history (org, stream, template_id, first_seen_ms, last_seen_ms, lines, example)
    VALUES (NEW.org, NEW.stream, NEW.template_id, NEW.timestamp_ms, NEW.timestamp_ms, 1, NEW.message)
    ON CONFLICT (org, stream, template_id) DO UPDATE SET
        example = CASE WHEN excluded.first_seen_ms < first_seen_ms THEN excluded.example ELSE example END,
        first_seen_ms = min(first_seen_ms, excluded.first_seen_ms),
        last_seen_ms = max(last_seen_ms, excluded.last_seen_ms),
        lines = lines + 1;
END;
-- A store written before the history existed: filled once from its lines.
INSERT INTO template_history (org, stream, template_id, first_seen_ms, last_seen_ms, lines, example)
SELECT org, stream, template_id, min(timestamp_ms), max(timestamp_ms), count(*),
    (SELECT message FROM logs AS first WHERE first.org = logs.org AND first.stream = logs.stream
        AND first.template_id = logs.template_id ORDER BY timestamp_ms, rowid LIMIT 1)
FROM logs WHERE NOT EXISTS (SELECT 1 FROM template_history) GROUP BY org, stream, template_id;
CREATE TABLE IF NOT EXISTS templates (
    template_id TEXT PRIMARY KEY,
    template TEXT NOT NULL,
    first_seen_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ingest_keys (
    org TEXT NOT NULL,
    key TEXT NOT NULL,
    body_hash INTEGER NOT NULL,
    report TEXT NOT NULL,
    PRIMARY KEY (org, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS template_aliases (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mappings (
    org TEXT NOT NULL,
    dashboard TEXT NOT NULL,
    panel_title TEXT NOT NULL,
    metric_name TEXT NOT NULL,
    position INTEGER NOT NULL,
    stream TEXT NOT NULL,
    PRIMARY KEY (org, dashboard, panel_title, metric_name, position)
);
";

/// Logs in one SQLite file: the zero-setup default.
#[derive(Clone)]
pub struct EmbeddedStore {
    connection: Arc<Mutex<Connection>>,
}

fn sql_error(e: rusqlite::Error) -> StoreError {
    StoreError::Other(format!("sqlite: {e}"))
}

fn parse_id(text: String) -> rusqlite::Result<TemplateId> {
    text.parse()
        .map_err(|e: String| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into()))
}

fn scope_params(scope: &Scope) -> Vec<rusqlite::types::Value> {
    let mut values = vec![rusqlite::types::Value::Text(scope.org.clone())];
    values.extend(scope.streams.iter().flatten().map(|s| rusqlite::types::Value::Text(s.clone())));
    values
}

impl EmbeddedStore {
    /// Opens (or creates) the store file and its tables.
    pub fn open(path: &Path) -> Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| StoreError::Unavailable(format!("cannot create {}: {e}", dir.display())))?;
        }
        let connection = Connection::open(path)
            .map_err(|e| StoreError::Unavailable(format!("cannot open {}: {e}", path.display())))?;
        connection.execute_batch(SCHEMA).map_err(|e| StoreError::Schema {
            index: 0,
            statement: "embedded schema".into(),
            reason: e.to_string(),
        })?;
        Ok(Self { connection: Arc::new(Mutex::new(connection)) })
    }

    /// Runs `f` on the connection on tokio's blocking pool.
    async fn with<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T> {
        let connection = self.connection.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = connection.lock().map_err(|_| StoreError::Other("store lock poisoned".into()))?;
            f(&mut guard).map_err(sql_error)
        })
        .await
        .map_err(|e| StoreError::Other(format!("store task failed: {e}")))?
    }

    pub(crate) async fn ping(&self) -> Result<()> {
        self.with(|c| c.query_row("SELECT 1", [], |_| Ok(()))).await
    }

    pub(crate) async fn write(&self, batch: &Batch) -> Result<()> {
        let batch = batch.clone();
        self.with(move |c| {
            let tx = c.transaction()?;
            {
                let mut template = tx.prepare_cached(
                    "INSERT INTO templates (template_id, template, first_seen_ms, last_seen_ms) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (template_id) DO UPDATE SET
                        template = CASE WHEN excluded.last_seen_ms >= last_seen_ms THEN excluded.template ELSE template END,
                        first_seen_ms = min(first_seen_ms, excluded.first_seen_ms),
                        last_seen_ms = max(last_seen_ms, excluded.last_seen_ms)",
                )?;
                for t in &batch.templates {
                    template.execute(params![t.template_id.to_string(), t.template, t.first_seen_ms, t.last_seen_ms])?;
                }
                let mut alias = tx.prepare_cached(
                    "INSERT INTO template_aliases (old_id, new_id) VALUES (?1, ?2)
                     ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id",
                )?;
                for (old, new) in &batch.aliases {
                    alias.execute(params![old.to_string(), new.to_string()])?;
                }
                let mut line = tx.prepare_cached(
                    "INSERT INTO logs (org, stream, timestamp_ms, template_id, level, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?;
                for l in &batch.lines {
                    line.execute(params![l.org, l.stream, l.timestamp_ms, l.template_id.to_string(), l.level, l.message])?;
                }
                // In the same transaction as the lines: a key is kept exactly when its lines are.
                let mut key = tx.prepare_cached(
                    "INSERT OR IGNORE INTO ingest_keys (org, key, body_hash, report) VALUES (?1, ?2, ?3, ?4)",
                )?;
                for k in &batch.keys {
                    key.execute(params![k.org, k.key, k.body_hash as i64, k.report])?;
                }
            }
            tx.commit()
        })
        .await
    }

    pub(crate) async fn window_counts(
        &self,
        scope: &Scope,
        windows: &[TimeWindow],
    ) -> Result<Vec<Vec<(TemplateId, u64)>>> {
        let mut out = Vec::with_capacity(windows.len());
        for window in windows {
            out.push(self.template_counts(scope, window).await?);
        }
        Ok(out)
    }

    async fn template_counts(&self, scope: &Scope, window: &TimeWindow) -> Result<Vec<(TemplateId, u64)>> {
        let (from, to) = minute_range(window);
        let sql = format!(
            "SELECT template_id, sum(lines) FROM template_counts WHERE org = ?{} AND minute >= ? AND minute < ?
             GROUP BY template_id ORDER BY template_id",
            stream_condition(scope)
        );
        let mut values = scope_params(scope);
        values.extend([(from / 1000).into(), (to / 1000).into()]);
        self.with(move |c| {
            let mut statement = c.prepare_cached(&sql)?;
            let rows = statement
                .query_map(params_from_iter(values), |r| Ok((parse_id(r.get(0)?)?, r.get::<_, i64>(1)? as u64)))?;
            rows.collect()
        })
        .await
    }

    pub(crate) async fn bucket_counts(
        &self,
        scope: &Scope,
        range: &TimeWindow,
        bucket_minutes: u32,
    ) -> Result<Vec<BucketCount>> {
        let (from, to) = minute_range(range);
        let seconds = i64::from(bucket_minutes) * 60;
        let sql = format!(
            "SELECT (minute / {seconds}) * {seconds} AS bucket, template_id, sum(lines) FROM template_counts
             WHERE org = ?{} AND minute >= ? AND minute < ? GROUP BY bucket, template_id ORDER BY bucket, template_id",
            stream_condition(scope)
        );
        let mut values = scope_params(scope);
        values.extend([(from / 1000).into(), (to / 1000).into()]);
        self.with(move |c| {
            let mut statement = c.prepare_cached(&sql)?;
            let rows = statement.query_map(params_from_iter(values), |r| {
                Ok(BucketCount {
                    bucket_start_ms: r.get::<_, i64>(0)? * 1000,
                    template_id: parse_id(r.get(1)?)?,
                    lines: r.get::<_, i64>(2)? as u64,
                })
            })?;
            rows.collect()
        })
        .await
    }

    pub(crate) async fn representatives(
        &self,
        scope: &Scope,
        requests: &[(TimeWindow, &[TemplateId])],
        per_template: usize,
    ) -> Result<Vec<Vec<(TemplateId, Vec<String>)>>> {
        let mut out = Vec::with_capacity(requests.len());
        for (window, ids) in requests {
            out.push(self.representatives_of(scope, window, ids, per_template).await?);
        }
        Ok(out)
    }

    async fn representatives_of(
        &self,
        scope: &Scope,
        window: &TimeWindow,
        ids: &[TemplateId],
        per_template: usize,
    ) -> Result<Vec<(TemplateId, Vec<String>)>> {
        let sql = format!(
            "SELECT message FROM logs WHERE org = ?{} AND template_id = ? AND timestamp_ms >= ? AND timestamp_ms < ?
             ORDER BY timestamp_ms, message LIMIT ?",
            stream_condition(scope)
        );
        let (scope_values, window, mut ids) = (scope_params(scope), *window, ids.to_vec());
        ids.sort();
        self.with(move |c| {
            let mut statement = c.prepare_cached(&sql)?;
            let mut out = Vec::new();
            for id in ids {
                let mut values = scope_values.clone();
                values.extend([
                    id.to_string().into(),
                    window.start_ms.into(),
                    window.end_ms.into(),
                    (per_template as i64).into(),
                ]);
                let messages: Vec<String> =
                    statement.query_map(params_from_iter(values), |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
                if !messages.is_empty() {
                    out.push((id, messages));
                }
            }
            Ok(out)
        })
        .await
    }

    pub(crate) async fn template_history(
        &self,
        scope: &Scope,
        ids: Option<&[TemplateId]>,
    ) -> Result<Vec<TemplateHistory>> {
        let only = ids.map_or(String::new(), |ids| format!(" AND template_id IN {}", placeholders(ids.len())));
        // The earliest line over the scope's streams: the example of the stream seen first.
        let sql = format!(
            "SELECT template_id, min(first_seen_ms), max(last_seen_ms), sum(lines),
                 (SELECT example FROM template_history AS h WHERE h.org = template_history.org
                    AND h.template_id = template_history.template_id{streams_of_h}
                  ORDER BY h.first_seen_ms, h.stream LIMIT 1)
             FROM template_history WHERE org = ?{streams}{only} GROUP BY template_id ORDER BY template_id",
            streams = stream_condition(scope),
            streams_of_h = stream_condition(scope).replace("stream IN", "h.stream IN"),
        );
        let mut values = scope_params(scope)[1..].to_vec();
        values.extend(scope_params(scope));
        values.extend(ids.into_iter().flatten().map(|id| id.to_string().into()));
        self.with(move |c| {
            let mut statement = c.prepare_cached(&sql)?;
            let rows = statement.query_map(params_from_iter(values), |r| {
                Ok(TemplateHistory {
                    template_id: parse_id(r.get(0)?)?,
                    first_seen_ms: r.get(1)?,
                    last_seen_ms: r.get(2)?,
                    lines: r.get::<_, i64>(3)? as u64,
                    example: r.get(4)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    pub(crate) async fn sample_lines(
        &self,
        scope: &Scope,
        window: &TimeWindow,
        ids: &[TemplateId],
        max_lines: usize,
    ) -> Result<Vec<String>> {
        let sql = sample_lines_sql("logs", scope, ids.len());
        let mut values = scope_params(scope);
        values.extend(ids.iter().map(|id| id.to_string().into()));
        values.extend([window.start_ms.into(), window.end_ms.into(), (max_lines as i64).into()]);
        self.with(move |c| {
            let mut statement = c.prepare_cached(&sql)?;
            let rows = statement.query_map(params_from_iter(values), |r| r.get(0))?;
            rows.collect()
        })
        .await
    }

    pub(crate) async fn ingest_key(&self, org: &str, key: &str) -> Result<Option<IngestKey>> {
        let (org, key) = (org.to_string(), key.to_string());
        self.with(move |c| {
            let mut statement =
                c.prepare_cached("SELECT body_hash, report FROM ingest_keys WHERE org = ?1 AND key = ?2")?;
            let mut rows = statement.query(params![org, key])?;
            match rows.next()? {
                Some(r) => Ok(Some(IngestKey { org, key, body_hash: r.get::<_, i64>(0)? as u64, report: r.get(1)? })),
                None => Ok(None),
            }
        })
        .await
    }

    pub(crate) async fn templates(&self) -> Result<Vec<TemplateRecord>> {
        self.with(|c| {
            let mut statement = c.prepare_cached(
                "SELECT template_id, template, first_seen_ms, last_seen_ms FROM templates ORDER BY template_id",
            )?;
            let rows = statement.query_map([], |r| {
                Ok(TemplateRecord {
                    template_id: parse_id(r.get(0)?)?,
                    template: r.get(1)?,
                    first_seen_ms: r.get(2)?,
                    last_seen_ms: r.get(3)?,
                })
            })?;
            rows.collect()
        })
        .await
    }

    pub(crate) async fn aliases(&self) -> Result<Vec<(TemplateId, TemplateId)>> {
        self.with(|c| {
            let mut statement = c.prepare_cached("SELECT old_id, new_id FROM template_aliases ORDER BY old_id")?;
            let rows = statement.query_map([], |r| Ok((parse_id(r.get(0)?)?, parse_id(r.get(1)?)?)))?;
            rows.collect()
        })
        .await
    }

    pub(crate) async fn set_mapping(&self, mapping: &Mapping) -> Result<()> {
        let (m, streams) = (mapping.metric.clone(), mapping.streams.clone());
        self.with(move |c| {
            let tx = c.transaction()?;
            tx.execute(
                "DELETE FROM mappings WHERE org = ?1 AND dashboard = ?2 AND panel_title = ?3 AND metric_name = ?4",
                params![m.org, m.dashboard, m.panel_title, m.metric_name],
            )?;
            for (position, stream) in streams.iter().enumerate() {
                tx.execute(
                    "INSERT INTO mappings (org, dashboard, panel_title, metric_name, position, stream) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![m.org, m.dashboard, m.panel_title, m.metric_name, position as i64, stream],
                )?;
            }
            if streams.is_empty() {
                // A mapping to no streams is still a mapping; position -1 marks it.
                tx.execute(
                    "INSERT INTO mappings (org, dashboard, panel_title, metric_name, position, stream) VALUES (?1, ?2, ?3, ?4, -1, '')",
                    params![m.org, m.dashboard, m.panel_title, m.metric_name],
                )?;
            }
            tx.commit()
        })
        .await
    }

    pub(crate) async fn delete_mapping(&self, metric: &MetricKey) -> Result<bool> {
        let m = metric.clone();
        self.with(move |c| {
            c.execute(
                "DELETE FROM mappings WHERE org = ?1 AND dashboard = ?2 AND panel_title = ?3 AND metric_name = ?4",
                params![m.org, m.dashboard, m.panel_title, m.metric_name],
            )
            .map(|n| n > 0)
        })
        .await
    }

    pub(crate) async fn mappings(&self, org: &str) -> Result<Vec<Mapping>> {
        let org = org.to_string();
        self.with(move |c| {
            let mut statement = c.prepare_cached(
                "SELECT dashboard, panel_title, metric_name, position, stream FROM mappings WHERE org = ?1
                 ORDER BY dashboard, panel_title, metric_name, position",
            )?;
            let mut rows = statement.query(params![org])?;
            let mut out: Vec<Mapping> = Vec::new();
            while let Some(r) = rows.next()? {
                let metric = MetricKey {
                    org: org.clone(),
                    dashboard: r.get(0)?,
                    panel_title: r.get(1)?,
                    metric_name: r.get(2)?,
                };
                let (position, stream): (i64, String) = (r.get(3)?, r.get(4)?);
                if out.last().is_none_or(|m: &Mapping| m.metric != metric) {
                    out.push(Mapping { metric, streams: Vec::new() });
                }
                if position >= 0 {
                    out.last_mut().expect("pushed above").streams.push(stream);
                }
            }
            Ok(out)
        })
        .await
    }
}
