//! The schema: `schema/clickhouse.sql`, applied statement by statement at start-up, with the
//! rollups of an upgraded store filled before their views start.

use super::unavailable;
use crate::{Result, StoreError};
use clickhouse::Client;

/// Lines the samples table keeps per template, stream, minute and insert: the `3` in the
/// schema's `hover_template_samples_mv`.
pub const SAMPLES_PER_MINUTE: usize = 3;

/// The DDL, applied statement by statement at start-up (`CREATE ... IF NOT EXISTS`).
pub const SCHEMA: &str = include_str!("../../../../schema/clickhouse.sql");

/// The DDL on a replicated, sharded cluster: the same names, each a Distributed table over a
/// replicated local one (see the file).
pub const CLUSTER_SCHEMA: &str = include_str!("../../../../schema/clickhouse-cluster.sql");

/// The schema file as statements: comment lines dropped, split on `;`.
pub fn schema_statements() -> Vec<String> {
    statements(SCHEMA)
}

/// The cluster schema's statements for a cluster and database (both plain identifiers).
pub fn cluster_schema_statements(cluster: &str, database: &str) -> Vec<String> {
    statements(&CLUSTER_SCHEMA.replace("$CLUSTER", cluster).replace("$DATABASE", database))
}

fn statements(sql: &str) -> Vec<String> {
    let without_comments: String =
        sql.lines().filter(|l| !l.trim_start().starts_with("--")).collect::<Vec<_>>().join("\n");
    without_comments.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// Names that go into DDL as they are must be plain identifiers.
fn check_identifier(what: &str, name: &str) -> Result<()> {
    match !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        true => Ok(()),
        false => Err(StoreError::Invalid(format!("{what} {name:?} must be letters, digits and _ only"))),
    }
}

#[derive(clickhouse::Row, serde::Deserialize)]
struct ReplicaRow {
    host: String,
    port: u16,
    shard: u32,
    replica: u32,
}

/// Before any DDL (which waits minutes for a node that is down): the cluster is defined, its
/// ZooKeeper answers, and every node answers; else an error that says which is missing.
async fn check_cluster(base: &Client, cluster: &str) -> Result<()> {
    let replicas: Vec<ReplicaRow> = base
        .query(
            "SELECT toString(host_name), toUInt16(port), toUInt32(shard_num), toUInt32(replica_num) \
             FROM system.clusters WHERE cluster = ? ORDER BY shard_num, replica_num",
        )
        .bind(cluster)
        .fetch_all()
        .await
        .map_err(unavailable)?;
    if replicas.is_empty() {
        return Err(StoreError::Invalid(format!(
            "cluster {cluster:?} is not in the ClickHouse server's remote_servers (see system.clusters)"
        )));
    }
    base.query("SELECT count() FROM system.zookeeper WHERE path = '/'").fetch_one::<u64>().await.map_err(|e| {
        StoreError::Unavailable(format!("ZooKeeper does not answer ClickHouse (needed by cluster {cluster:?}): {e}"))
    })?;
    let mut down = Vec::new();
    for r in &replicas {
        let address = format!("{}:{}", r.host, r.port);
        let answer = base.query("SELECT count() FROM remote(?, system.one)").bind(&address).fetch_one::<u64>().await;
        if let Err(e) = answer {
            down.push(format!("{address} (shard {}, replica {}): {e}", r.shard, r.replica));
        }
    }
    match down.is_empty() {
        true => Ok(()),
        false => Err(StoreError::Unavailable(format!(
            "cluster {cluster:?} has nodes that do not answer: {}",
            down.join("; ")
        ))),
    }
}

/// Creates the database and the cluster schema's missing objects on every node, after
/// [`check_cluster`]. A cluster starts empty: its views are not filled from older lines.
async fn apply_on_cluster(base: Client, database: &str, cluster: &str) -> Result<Client> {
    check_identifier("cluster", cluster)?;
    check_identifier("database", database)?;
    check_cluster(&base, cluster).await?;
    let create = format!("CREATE DATABASE IF NOT EXISTS {database} ON CLUSTER {cluster}");
    base.query(&create).execute().await.map_err(|e| StoreError::Schema {
        index: 0,
        statement: create.clone(),
        reason: e.to_string(),
    })?;
    let client = base.with_database(database);
    for (i, statement) in cluster_schema_statements(cluster, database).iter().enumerate() {
        client.query(statement).execute().await.map_err(|e| StoreError::Schema {
            index: i + 1,
            statement: statement.lines().next().unwrap_or_default().to_string(),
            reason: e.to_string(),
        })?;
    }
    Ok(client)
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

/// Creates the database and the objects that are missing (on every node of `cluster`, when
/// given); returns a client on the database.
pub(super) async fn apply(base: Client, database: &str, cluster: Option<&str>) -> Result<Client> {
    if let Some(cluster) = cluster {
        return apply_on_cluster(base, database, cluster).await;
    }
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
