//! The catalog: template texts, template aliases, and the mappings from a panel's metric to
//! log streams. Each read's row type, SQL and mapping side by side.

use super::{parse_id, unavailable, version_now, ClickHouseStore};
use crate::{IngestKey, Mapping, MetricKey, Result, TemplateRecord};
use clickhouse::query::Query;
use clickhouse::{Client, Row};
use hover_core::TemplateId;
use serde::{Deserialize, Serialize};

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
struct KeyRow {
    org: String,
    key: String,
    body_hash: u64,
    report: String,
    at_ms: i64,
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

pub(super) fn templates_query(client: &Client) -> Query {
    client.query(
        "SELECT template_id, argMax(template, last_seen_ms) AS latest_text, min(first_seen_ms) AS first_seen, \
         max(last_seen_ms) AS last_seen FROM hover_templates GROUP BY template_id ORDER BY template_id",
    )
}

pub(super) fn aliases_query(client: &Client) -> Query {
    client.query(
        "SELECT old_id, argMax(new_id, version) AS latest_id, max(version) AS latest_version \
         FROM hover_template_aliases GROUP BY old_id ORDER BY old_id",
    )
}

pub(super) fn mappings_query(client: &Client, org: &str) -> Query {
    client
        .query(
            "SELECT org, dashboard, panel_title, metric_name, argMax(streams, version) AS latest_streams, \
             argMax(deleted, version) AS is_deleted, max(version) AS latest_version FROM hover_mappings \
             WHERE org = ? GROUP BY org, dashboard, panel_title, metric_name HAVING is_deleted = 0 \
             ORDER BY dashboard, panel_title, metric_name",
        )
        .bind(org)
}

impl ClickHouseStore {
    /// Template texts of a batch, written before its lines: a count never refers to a
    /// template the store lacks.
    pub(super) async fn write_templates(&self, templates: &[TemplateRecord]) -> Result<()> {
        let mut insert = self.client.insert::<TemplateRow>("hover_templates").await.map_err(unavailable)?;
        for t in templates {
            let row = TemplateRow {
                template_id: t.template_id.to_string(),
                template: t.template.clone(),
                first_seen_ms: t.first_seen_ms,
                last_seen_ms: t.last_seen_ms,
            };
            insert.write(&row).await.map_err(unavailable)?;
        }
        insert.end().await.map_err(unavailable)
    }

    /// Aliases of a batch: the IDs templates had before they generalised.
    pub(super) async fn write_aliases(&self, aliases: &[(TemplateId, TemplateId)]) -> Result<()> {
        let version = version_now();
        let mut insert = self.client.insert::<AliasRow>("hover_template_aliases").await.map_err(unavailable)?;
        for (old, new) in aliases {
            insert
                .write(&AliasRow { old_id: old.to_string(), new_id: new.to_string(), version })
                .await
                .map_err(unavailable)?;
        }
        insert.end().await.map_err(unavailable)
    }

    /// The Idempotency-Keys of a batch, written after its lines: a key is kept only once its
    /// lines are stored (a retry of a batch stored without its key is deduplicated on a
    /// cluster, and stored twice on one server).
    pub(super) async fn write_keys(&self, keys: &[IngestKey], at_ms: i64) -> Result<()> {
        let mut insert = self.client.insert::<KeyRow>("hover_ingest_keys").await.map_err(unavailable)?;
        for k in keys {
            let row = KeyRow {
                org: k.org.clone(),
                key: k.key.clone(),
                body_hash: k.body_hash,
                report: k.report.clone(),
                at_ms,
            };
            insert.write(&row).await.map_err(unavailable)?;
        }
        insert.end().await.map_err(unavailable)
    }

    pub(crate) async fn ingest_key(&self, org: &str, key: &str) -> Result<Option<IngestKey>> {
        let rows: Vec<KeyRow> = self
            .client
            .query("SELECT org, key, body_hash, report, at_ms FROM hover_ingest_keys WHERE org = ? AND key = ? ORDER BY at_ms LIMIT 1")
            .bind(org)
            .bind(key)
            .fetch_all()
            .await
            .map_err(unavailable)?;
        Ok(rows.into_iter().next().map(|r| IngestKey {
            org: r.org,
            key: r.key,
            body_hash: r.body_hash,
            report: r.report,
        }))
    }

    pub(crate) async fn templates(&self) -> Result<Vec<TemplateRecord>> {
        let rows: Vec<TemplateRow> = templates_query(&self.client).fetch_all().await.map_err(unavailable)?;
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
        let rows: Vec<AliasRow> = aliases_query(&self.client).fetch_all().await.map_err(unavailable)?;
        rows.into_iter().map(|r| Ok((parse_id(&r.old_id)?, parse_id(&r.new_id)?))).collect()
    }

    async fn write_mapping(&self, mapping: &Mapping, deleted: bool) -> Result<()> {
        let mut insert = self.client.insert::<MappingRow>("hover_mappings").await.map_err(unavailable)?;
        let row = MappingRow {
            org: mapping.metric.org.clone(),
            dashboard: mapping.metric.dashboard.clone(),
            panel_title: mapping.metric.panel_title.clone(),
            metric_name: mapping.metric.metric_name.clone(),
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

    pub(crate) async fn delete_mapping(&self, metric: &MetricKey) -> Result<bool> {
        let existed = self.mappings(&metric.org).await?.iter().any(|m| m.metric == *metric);
        if existed {
            self.write_mapping(&Mapping { metric: metric.clone(), streams: Vec::new() }, true).await?;
        }
        Ok(existed)
    }

    pub(crate) async fn mappings(&self, org: &str) -> Result<Vec<Mapping>> {
        let rows: Vec<MappingRow> = mappings_query(&self.client, org).fetch_all().await.map_err(unavailable)?;
        Ok(rows
            .into_iter()
            .map(|r| Mapping {
                metric: MetricKey {
                    org: r.org,
                    dashboard: r.dashboard,
                    panel_title: r.panel_title,
                    metric_name: r.metric_name,
                },
                streams: r.streams,
            })
            .collect())
    }
}
