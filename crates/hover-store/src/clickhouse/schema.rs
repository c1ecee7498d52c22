//! The schema: `schema/clickhouse.sql`, applied statement by statement at start-up, with the
//! rollups of an upgraded store filled before their views start.

use crate::{Result, StoreError};
use clickhouse::Client;

/// Lines the samples table keeps per template, stream, minute and insert: the `3` in the
/// schema's `hover_template_samples_mv`.
pub const SAMPLES_PER_MINUTE: usize = 3;

/// The DDL, applied statement by statement at start-up (`CREATE ... IF NOT EXISTS`).
pub const SCHEMA: &str = include_str!("../../../../schema/clickhouse.sql");

/// The schema file as statements: comment lines dropped, split on `;`.
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

/// Creates the database and the objects that are missing; returns a client on the database.
pub(super) async fn apply(base: Client, database: &str) -> Result<Client> {
    base.query("CREATE DATABASE IF NOT EXISTS ?").bind(clickhouse::sql::Identifier(database)).execute().await.map_err(
        |e| StoreError::Schema {
            index: 0,
            statement: format!("CREATE DATABASE IF NOT EXISTS {database}"),
            reason: e.to_string(),
        },
    )?;
    let client = base.with_database(database);
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
    Ok(client)
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
        assert_eq!(views.len(), 4);
        assert!(
            views[0].starts_with("INSERT INTO hover_template_counts SELECT org, stream, toStartOfMinute("),
            "{}",
            views[0]
        );
    }
}
