//! Template counts: a window's counts from the minute and hour rollups (settled hours from
//! the cache), and per-bucket series for the browser. Each read's row type, SQL and mapping
//! side by side.

use super::sql::bind_scope;
use super::{parse_id, unavailable, ClickHouseStore};
use crate::settled::{add_sorted, hours, settled_until, HourCounts, SettledCache};
use crate::{minute_range, now_ms, stream_condition, BucketCount, Result, Scope, StoreError};
use clickhouse::query::Query;
use clickhouse::{Client, Row};
use hover_core::{TemplateId, TimeWindow, HOUR_MS};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

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
pub(super) fn minutes_of_hours_query(client: &Client, scope: &Scope, hours: &[i64]) -> Query {
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
pub(super) fn counts_query(client: &Client, scope: &Scope, windows: &[TimeWindow]) -> Vec<Query> {
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

pub(super) fn buckets_query(client: &Client, scope: &Scope, range: &TimeWindow, bucket_minutes: u32) -> Query {
    let seconds = u64::from(bucket_minutes) * 60;
    let select = format!(
        "SELECT toUInt32(intDiv(toUInt32(minute), {seconds}) * {seconds}) AS bucket, template_id, sum(lines) AS total"
    );
    let tail = "GROUP BY bucket, template_id ORDER BY bucket, template_id";
    over_counts(client, &select, tail, scope, &[minute_range(range)])
}

/// (hour, template) pairs whose sampled lines one start-up read asks for: a query names them
/// all, and ClickHouse refuses a query text over 256 KiB.
const WARM_SAMPLES_PER_READ: usize = 2_000;

impl ClickHouseStore {
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

    /// Reads into the cache the counts of the `hours` settled hours that end with the latest
    /// one holding lines, for every org's all-streams scope and every mapping's scope seen
    /// there: the first requests after a start are then answered from memory. Returns the
    /// scopes warmed.
    pub(crate) async fn warm_cache(&self, hours_back: u32) -> Result<Vec<Scope>> {
        let Some(cache) = &self.cache else { return Ok(Vec::new()) };
        let settled = settled_until(now_ms());
        let latest: u32 = self
            .client
            .query("SELECT toUInt32(max(hour)) FROM hover_template_counts_hourly WHERE hour < toDateTime(?)")
            .bind(settled / 1000)
            .fetch_one()
            .await
            .map_err(unavailable)?;
        if latest == 0 || hours_back == 0 {
            return Ok(Vec::new());
        }
        let end = i64::from(latest) * 1000 + HOUR_MS;
        let start = end - i64::from(hours_back) * HOUR_MS;
        let orgs: Vec<String> = self
            .client
            .query("SELECT DISTINCT org FROM hover_template_counts_hourly WHERE hour >= toDateTime(?) AND hour < toDateTime(?) ORDER BY org")
            .bind(start / 1000)
            .bind(end / 1000)
            .fetch_all()
            .await
            .map_err(unavailable)?;
        let mut scopes = Vec::new();
        for org in orgs {
            for mapping in self.mappings(&org).await? {
                scopes.push(Scope { org: org.clone(), streams: Some(mapping.streams) });
            }
            scopes.push(Scope { org, streams: None });
        }
        scopes.dedup();
        for scope in &scopes {
            let counts = self.settled_counts(cache, scope, &[(start, end)], settled).await?;
            // The sampled lines of each hour's templates, the busiest (likeliest to be shown)
            // first, while they take at most half the cache.
            let mut wanted: Vec<(u64, i64, TemplateId)> = Vec::new();
            for (&hour, counts) in &counts {
                wanted.extend(counts.lines(hour, hour, hour + HOUR_MS).map(|(id, lines)| (lines, hour, id)));
            }
            wanted.sort_unstable_by(|a, b| b.cmp(a));
            for chunk in wanted.chunks(WARM_SAMPLES_PER_READ) {
                if cache.stats().bytes > cache.budget_bytes() as u64 / 2 {
                    break;
                }
                self.settled_samples(cache, scope, chunk.iter().map(|&(_, hour, id)| (hour, id)).collect()).await?;
            }
        }
        Ok(scopes)
    }

    /// The counts of every settled hour that the minute ranges touch: from the cache, and
    /// the hours it lacks read from ClickHouse.
    async fn settled_counts(
        &self,
        cache: &SettledCache,
        scope: &Scope,
        ranges: &[(i64, i64)],
        settled: i64,
    ) -> Result<HashMap<i64, Arc<HourCounts>>> {
        let needed: BTreeSet<i64> = ranges.iter().flat_map(|&(from, to)| hours(from, to.min(settled))).collect();
        let mut through = cache.read_through::<Arc<HourCounts>>(scope, needed);
        while let Some(hours) = through.keys_to_read().await {
            for (hour, counts) in self.minutes_of_hours(scope, &hours).await? {
                through.put(hour, Arc::new(counts));
            }
        }
        Ok(through.finish())
    }

    /// Per-minute counts of whole hours (their starts): one entry per hour, empty or not.
    async fn minutes_of_hours(&self, scope: &Scope, hours: &[i64]) -> Result<Vec<(i64, HourCounts)>> {
        let mut read: BTreeMap<i64, Vec<(i64, TemplateId, u64)>> = hours.iter().map(|&h| (h, Vec::new())).collect();
        let rows: Vec<BucketRow> =
            minutes_of_hours_query(&self.client, scope, hours).fetch_all().await.map_err(unavailable)?;
        for row in rows {
            let minute = i64::from(row.bucket) * 1000;
            if let Some(rows) = read.get_mut(&(minute.div_euclid(HOUR_MS) * HOUR_MS)) {
                rows.push((minute, parse_id(&row.template_id)?, row.lines));
            }
        }
        Ok(read.into_iter().map(|(hour, rows)| (hour, HourCounts::new(hour, rows))).collect())
    }

    /// Counts per template for each window, from the minute and hour rollups.
    async fn counts_from_rollups(
        &self,
        scope: &Scope,
        windows: &[TimeWindow],
    ) -> Result<Vec<BTreeMap<TemplateId, u64>>> {
        // One query per rollup table: usually one, at most two, which run side by side.
        let mut queries = counts_query(&self.client, scope, windows).into_iter();
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
        let query = buckets_query(&self.client, scope, range, bucket_minutes);
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
}
