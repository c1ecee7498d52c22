//! Template history (first and last seen, lines, earliest line per template of a scope) from
//! its rollup, and a bounded sample of one template's lines in a window.

use super::sql::bind_scope;
use super::{parse_id, unavailable, ClickHouseStore};
use crate::{placeholders, stream_condition, Result, Scope, TemplateHistory, SAMPLE_ORDER};
use clickhouse::Row;
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

impl ClickHouseStore {
    pub(crate) async fn template_history(
        &self,
        scope: &Scope,
        ids: Option<&[TemplateId]>,
    ) -> Result<Vec<TemplateHistory>> {
        let only = ids.map_or(String::new(), |ids| format!(" AND template_id IN {}", placeholders(ids.len())));
        let sql = format!(
            "SELECT template_id, minMerge(first_seen_ms) AS first, maxMerge(last_seen_ms) AS last, \
             countMerge(lines) AS total, argMinMerge(example) AS earliest FROM hover_template_history \
             WHERE org = ?{}{only} GROUP BY template_id ORDER BY template_id",
            stream_condition(scope)
        );
        let mut query = bind_scope(self.client.query(&sql), scope);
        for id in ids.into_iter().flatten() {
            query = query.bind(id.to_string());
        }
        let rows: Vec<HistoryRow> = query.fetch_all().await.map_err(unavailable)?;
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
        // The table is sorted by (org, template_id, stream, timestamp_ms): this reads the
        // template's lines in the window and nothing else.
        let sql = format!(
            "SELECT message FROM hover_logs WHERE org = ?{} AND template_id IN {} \
             AND timestamp_ms >= ? AND timestamp_ms < ? ORDER BY {SAMPLE_ORDER} LIMIT ?",
            stream_condition(scope),
            placeholders(ids.len())
        );
        let mut query = bind_scope(self.client.query(&sql), scope);
        for id in ids {
            query = query.bind(id.to_string());
        }
        let query = query.bind(window.start_ms).bind(window.end_ms).bind(max_lines as u64);
        let rows: Vec<LineRow> = query.fetch_all().await.map_err(unavailable)?;
        Ok(rows.into_iter().map(|r| r.message).collect())
    }
}
