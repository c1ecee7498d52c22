//! Lines: a few representative lines per template, from the samples rollup and the raw
//! lines (settled hours from the cache). Each read's row type, SQL and mapping side by side.

use super::schema::SAMPLES_PER_MINUTE;
use super::sql::bind_scope;
use super::{parse_id, unavailable, ClickHouseStore};
use crate::settled::{hours, settled_until, HourCounts, HourSamples, SettledCache};
use crate::{minute_range, now_ms, placeholders, stream_condition, Result, Scope, StoreError};
use clickhouse::query::Query;
use clickhouse::{Client, Row};
use hover_core::{TemplateId, TimeWindow, HOUR_MS, MINUTE_MS};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

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

/// A few lines of each template, earliest first (by time, then text), for several
/// (window, templates) requests in one query: rows of (request index, template id,
/// message). The requests' template sets are disjoint (the caller asks for each template
/// once), so every row belongs to exactly one request.
///
/// Up to [`SAMPLES_PER_MINUTE`] lines a template: the samples table for the window's whole
/// minutes and the raw lines of its partial minutes at the edges, so a busy template's
/// hour of raw lines is never read. More lines than that: from the raw lines alone.
pub(super) fn representatives_query(
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
pub(super) fn hour_samples_query(client: &Client, scope: &Scope, hours: &[(i64, Vec<TemplateId>)]) -> Query {
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
    let (first, last) = (minute_range(window).0, end.div_euclid(MINUTE_MS) * MINUTE_MS);
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

/// [`representatives_query`] from the raw lines alone. The inner query finds the earliest
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

impl ClickHouseStore {
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
            .map(|(w, _)| {
                (w.start_ms.rem_euclid(MINUTE_MS) == 0 && w.start_ms < settled).then(|| w.end_ms.min(settled))
            })
            .collect();
        // Per template, only the hours that hold its first lines in the window, as far as the
        // cached counts tell: an hour where it has none is skipped, and once the counts show
        // enough lines the later hours are too. (Without counts for an hour, it is read.) The
        // counts are of whole minutes; only the last hour can end inside one, so counting that
        // minute whole never stops the walk too early.
        let mut wanted = BTreeSet::<(i64, TemplateId)>::new();
        for ((window, ids), until) in requests.iter().zip(&cached_until) {
            let Some(until) = *until else { continue };
            let counts: Vec<(i64, Option<Arc<HourCounts>>)> = hours(window.start_ms, until)
                .map(|hour| (hour, cache.get_as::<Arc<HourCounts>>(scope, &hour)))
                .collect();
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
    /// read from the samples rollup.
    pub(super) async fn settled_samples(
        &self,
        cache: &SettledCache,
        scope: &Scope,
        wanted: BTreeSet<(i64, TemplateId)>,
    ) -> Result<HashMap<(i64, TemplateId), Arc<HourSamples>>> {
        let mut through = cache.read_through::<Arc<HourSamples>>(scope, wanted);
        while let Some(keys) = through.keys_to_read().await {
            for (key, samples) in self.sampled_lines(scope, keys).await? {
                through.put(key, Arc::new(samples));
            }
        }
        Ok(through.finish())
    }

    /// The sampled lines of (hour, template) pairs: one entry per pair, empty or not.
    async fn sampled_lines(
        &self,
        scope: &Scope,
        keys: Vec<(i64, TemplateId)>,
    ) -> Result<Vec<((i64, TemplateId), HourSamples)>> {
        let mut lines: HashMap<(i64, TemplateId), Vec<(i64, String)>> =
            keys.iter().map(|&key| (key, Vec::new())).collect();
        let mut by_hour: BTreeMap<i64, Vec<TemplateId>> = BTreeMap::new();
        for (hour, id) in keys {
            by_hour.entry(hour).or_default().push(id);
        }
        let by_hour: Vec<(i64, Vec<TemplateId>)> = by_hour.into_iter().collect();
        for chunk in by_hour.chunks(usize::from(u8::MAX)) {
            let rows: Vec<SampleRow> =
                hour_samples_query(&self.client, scope, chunk).fetch_all().await.map_err(unavailable)?;
            for row in rows {
                let key = (row.at.div_euclid(HOUR_MS) * HOUR_MS, parse_id(&row.template_id)?);
                if let Some(kept) = lines.get_mut(&key) {
                    kept.push((row.at, row.message));
                }
            }
        }
        Ok(lines.into_iter().map(|(key, kept)| (key, HourSamples::new(kept, SAMPLES_PER_MINUTE))).collect())
    }

    /// Representative lines from the samples rollup and the raw lines, without the cache.
    async fn lines_from_tables(
        &self,
        scope: &Scope,
        requests: &[(TimeWindow, &[TemplateId])],
        per_template: usize,
    ) -> Result<Vec<Vec<(TemplateId, Vec<String>)>>> {
        let query = representatives_query(&self.client, scope, requests, per_template);
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
}
