//! Template history (first and last seen, lines, earliest line per template of a scope) from
//! its rollup, and a bounded sample of one template's lines in a window.

use super::sql::bind_scope;
use super::{parse_id, unavailable, ClickHouseStore};
use crate::{placeholders, sample_lines_sql, stream_condition, Result, Scope, TemplateHistory};
use clickhouse::query::Query;
use clickhouse::{Client, Row};
use hover_core::{TemplateId, TimeWindow};
use serde::Deserialize;

#[derive(Row, Deserialize)]
struct HistoryRow {
    template_id: String,
    first_seen_ms: i64,
    last_seen_ms: i64,
    lines: u64,
    example: String,
}

#[derive(Row, Deserialize)]
struct LineRow {
    message: String,
}

/// Each template of a scope (or only `ids`) from the history rollup, merged over streams.
pub(super) fn history_query(client: &Client, scope: &Scope, ids: Option<&[TemplateId]>) -> Query {
    let only = ids.map_or(String::new(), |ids| format!(" AND template_id IN {}", placeholders(ids.len())));
    let sql = format!(
        "SELECT template_id, minMerge(first_seen_ms) AS first, maxMerge(last_seen_ms) AS last, \
         countMerge(lines) AS total, argMinMerge(example) AS earliest FROM hover_template_history \
         WHERE org = ?{}{only} GROUP BY template_id ORDER BY template_id",
        stream_condition(scope)
    );
    let mut query = bind_scope(client.query(&sql), scope);
    for id in ids.into_iter().flatten() {
        query = query.bind(id.to_string());
    }
    query
}

/// Up to `max_lines` lines of the templates in the window, spread over it.
pub(super) fn sample_lines_query(
    client: &Client,
    scope: &Scope,
    window: &TimeWindow,
    ids: &[TemplateId],
    max_lines: usize,
) -> Query {
    // The table is sorted by (org, template_id, stream, timestamp_ms): this reads the
    // template's lines in the window and nothing else.
    let mut query = bind_scope(client.query(&sample_lines_sql("hover_logs", scope, ids.len())), scope);
    for id in ids {
        query = query.bind(id.to_string());
    }
    query.bind(window.start_ms).bind(window.end_ms).bind(max_lines as u64)
}

impl ClickHouseStore {
    pub(crate) async fn template_history(
        &self,
        scope: &Scope,
        ids: Option<&[TemplateId]>,
    ) -> Result<Vec<TemplateHistory>> {
        let rows: Vec<HistoryRow> = history_query(&self.client, scope, ids).fetch_all().await.map_err(unavailable)?;
        rows.into_iter()
            .map(|r| {
                Ok(TemplateHistory {
                    template_id: parse_id(&r.template_id)?,
                    first_seen_ms: r.first_seen_ms,
                    last_seen_ms: r.last_seen_ms,
                    lines: r.lines,
                    example: r.example,
                })
            })
            .collect()
    }

    pub(crate) async fn sample_lines(
        &self,
        scope: &Scope,
        window: &TimeWindow,
        ids: &[TemplateId],
        max_lines: usize,
    ) -> Result<Vec<String>> {
        let query = sample_lines_query(&self.client, scope, window, ids, max_lines);
        let rows: Vec<LineRow> = query.fetch_all().await.map_err(unavailable)?;
        Ok(rows.into_iter().map(|r| r.message).collect())
    }
}
