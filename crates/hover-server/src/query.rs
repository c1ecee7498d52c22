//! `POST /query_logs` (the seed's contract) and the series endpoint for the browser.

use crate::auth::Caller;
use crate::error::ApiError;
use crate::ingest::{format_rfc3339_ms, parse_rfc3339_ms};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use hover_core::{
    compare, count_pairs, Baseline, CompareOptions, Described, LogGroup, Method, TemplateId, TimeWindow, WindowPair,
    MINUTE_MS,
};
use hover_store::{counted_window, Scope};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The request: the seed's six fields, and optional extras beside them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryLogsRequest {
    pub org: String,
    pub dashboard: String,
    pub panel_title: String,
    pub metric_name: String,
    pub start_time: String,
    pub end_time: String,
    /// kl (default), js or symmetric_kl.
    #[serde(default)]
    pub method: Option<String>,
    /// An explicit baseline window (both or neither).
    #[serde(default)]
    pub baseline_start: Option<String>,
    #[serde(default)]
    pub baseline_end: Option<String>,
    /// The baseline as the current window moved back, e.g. "24h" or "7d".
    #[serde(default)]
    pub baseline_shift: Option<String>,
    #[serde(default)]
    pub limit: Option<usize>,
    /// Representative lines per group.
    #[serde(default)]
    pub representatives: Option<usize>,
    /// Leave out groups whose p-value is above this.
    #[serde(default)]
    pub max_p_value: Option<f64>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct WindowOut {
    pub start_time: String,
    pub end_time: String,
}

impl From<TimeWindow> for WindowOut {
    fn from(w: TimeWindow) -> Self {
        Self { start_time: format_rfc3339_ms(w.start_ms), end_time: format_rfc3339_ms(w.end_ms) }
    }
}

#[derive(Debug, Serialize)]
pub struct QueryLogsResponse {
    pub log_groups: Vec<LogGroup>,
    pub method: Method,
    pub divergence: f64,
    pub current_window: WindowOut,
    pub baseline_window: WindowOut,
    pub current_total: u64,
    pub baseline_total: u64,
    pub templates: usize,
    /// The streams read: the metric's mapping, or null when it has none and all the org's
    /// streams were read.
    pub streams: Option<Vec<String>>,
    /// "mapping" or "all_streams": says which of the two it was.
    pub scope: &'static str,
}

/// Parses a JSON body into `T`, turning every problem into a 400 that names it.
pub fn parse_body<T: serde::de::DeserializeOwned>(body: &Bytes) -> Result<T, ApiError> {
    if body.is_empty() {
        return Err(ApiError::bad_request("the request body is empty; send a JSON object"));
    }
    serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("invalid request: {e}")))
}

pub fn require(name: &str, value: &str) -> Result<(), ApiError> {
    if value.trim().is_empty() {
        return Err(ApiError::bad_request(format!("{name} must not be empty")));
    }
    Ok(())
}

/// The four fields that name a panel's metric must be there, and the caller may use the org.
pub fn check_panel(
    caller: &Caller,
    org: &str,
    dashboard: &str,
    panel_title: &str,
    metric_name: &str,
) -> Result<(), ApiError> {
    for (name, value) in
        [("org", org), ("dashboard", dashboard), ("panel_title", panel_title), ("metric_name", metric_name)]
    {
        require(name, value)?;
    }
    caller.authorize(org)
}

fn time_field(name: &str, value: &str) -> Result<i64, ApiError> {
    require(name, value)?;
    parse_rfc3339_ms(value).map_err(|e| ApiError::bad_request(format!("{name}: {e}")))
}

/// Mappings read recently, so a burst of hovers costs one store lookup. A change made through
/// this server clears the cache; one made through another Hover instance is seen within
/// [`MappingCache::TTL`].
#[derive(Default)]
pub struct MappingCache {
    entries: std::sync::Mutex<std::collections::HashMap<MappingKey, CachedStreams>>,
}

/// (org, dashboard, panel_title, metric_name)
type MappingKey = [String; 4];
/// When it was read, and the mapped streams (None: no mapping).
type CachedStreams = (std::time::Instant, Option<Vec<String>>);

impl MappingCache {
    pub const TTL: std::time::Duration = std::time::Duration::from_secs(5);
    const MAX_ENTRIES: usize = 10_000;

    fn get(&self, key: &MappingKey) -> Option<Option<Vec<String>>> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(key).filter(|(at, _)| at.elapsed() < Self::TTL).map(|(_, streams)| streams.clone())
    }

    fn put(&self, key: MappingKey, streams: Option<Vec<String>>) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= Self::MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(key, (std::time::Instant::now(), streams));
    }

    pub fn clear(&self) {
        self.entries.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

/// The metric's streams, or all of the org's when it has no mapping.
pub async fn scope_for(
    state: &AppState,
    org: &str,
    dashboard: &str,
    panel: &str,
    metric: &str,
) -> Result<Scope, ApiError> {
    let key = [org, dashboard, panel, metric].map(str::to_string);
    let streams = match state.mappings.get(&key) {
        Some(streams) => streams,
        None => {
            let streams = state.ingestor.store().mapping(org, dashboard, panel, metric).await?.map(|m| m.streams);
            state.mappings.put(key, streams.clone());
            streams
        }
    };
    Ok(Scope { org: org.to_string(), streams })
}

fn window_pair(request: &QueryLogsRequest, max_window_ms: i64) -> Result<WindowPair, ApiError> {
    let start = time_field("start_time", &request.start_time)?;
    let end = time_field("end_time", &request.end_time)?;
    let baseline = match (&request.baseline_start, &request.baseline_end, &request.baseline_shift) {
        (None, None, None) => Baseline::Preceding,
        (Some(s), Some(e), None) => Baseline::Explicit(TimeWindow {
            start_ms: time_field("baseline_start", s)?,
            end_ms: time_field("baseline_end", e)?,
        }),
        (None, None, Some(shift)) => Baseline::parse_shift(shift).map_err(|e| ApiError::bad_request(e.to_string()))?,
        _ => {
            return Err(ApiError::bad_request(
                "give either baseline_start and baseline_end together, or baseline_shift, or neither",
            ))
        }
    };
    WindowPair::resolve(TimeWindow { start_ms: start, end_ms: end }, &baseline, Some(max_window_ms))
        .map_err(|e| ApiError::bad_request(e.to_string()))
}

pub async fn query_logs(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<QueryLogsResponse>, ApiError> {
    let request: QueryLogsRequest = parse_body(&body)?;
    check_panel(&caller, &request.org, &request.dashboard, &request.panel_title, &request.metric_name)?;
    let method: Method = match &request.method {
        Some(m) => m.parse().map_err(|e: hover_core::UnknownMethod| ApiError::bad_request(e.to_string()))?,
        None => Method::Kl,
    };
    if let Some(p) = request.max_p_value {
        if !(0.0..=1.0).contains(&p) {
            return Err(ApiError::bad_request(format!("max_p_value must be within [0, 1], got {p}")));
        }
    }
    let config = &state.config.query;
    let windows = window_pair(&request, config.max_window.as_millis() as i64)?;
    let limit = request.limit.unwrap_or(config.default_limit);
    let per_group = request.representatives.unwrap_or(config.representatives).min(100);

    let scope = scope_for(&state, &request.org, &request.dashboard, &request.panel_title, &request.metric_name).await?;
    let store = state.ingestor.store();
    // Both windows in one round trip to the store.
    let mut both = store.window_counts(&scope, &[windows.current, windows.baseline]).await?.into_iter();
    let (current, baseline) = (both.next().unwrap_or_default(), both.next().unwrap_or_default());
    state.ingestor.learn_unknown(current.iter().chain(&baseline).map(|(id, _)| *id)).await?;
    // Stored IDs of templates that generalised count for the ID they became: rows of
    // (stored ID, current ID, lines), resolved once.
    let (now, before) = state.ingestor.with_miner(|miner| {
        let resolve =
            |counts: &[(TemplateId, u64)]| counts.iter().map(|&(id, n)| (id, miner.resolve(id), n)).collect::<Vec<_>>();
        (resolve(&current), resolve(&baseline))
    });
    let (ids, counts) = count_pairs(now.iter().map(|&(_, id, n)| (id, n)), before.iter().map(|&(_, id, n)| (id, n)));
    let comparison = compare(&ids, &counts, &CompareOptions { method, limit, max_p_value: request.max_p_value });

    // Representatives: from the current window, or from the baseline for templates gone now.
    let chosen: Vec<TemplateId> = comparison.changes.iter().map(|c| ids[c.index]).collect();
    // The stored IDs behind each chosen template.
    let mut members: BTreeMap<TemplateId, Vec<TemplateId>> = chosen.iter().map(|id| (*id, Vec::new())).collect();
    for &(stored, id, _) in now.iter().chain(&before) {
        match members.get_mut(&id) {
            Some(list) if !list.contains(&stored) => list.push(stored),
            _ => {}
        }
    }
    let stored_ids = |gone: bool| -> Vec<TemplateId> {
        comparison
            .changes
            .iter()
            .zip(&chosen)
            .filter(|(c, _)| (c.current_count == 0) == gone)
            .flat_map(|(_, id)| members[id].iter().copied())
            .collect()
    };
    let (seen_now, gone_now) = (stored_ids(false), stored_ids(true));
    // From the lines that were counted, so each example is one of its group's lines (and on
    // ClickHouse the samples rollup answers without reading raw lines).
    let (counted_now, counted_before) = (counted_window(&windows.current), counted_window(&windows.baseline));
    let asked = [(counted_now, &seen_now[..]), (counted_before, &gone_now[..])];
    let lines = store.representatives_in(&scope, &asked, per_group).await?;
    let mut examples: BTreeMap<TemplateId, Vec<String>> = BTreeMap::new();
    state.ingestor.with_miner(|miner| {
        for (stored, lines) in lines.into_iter().flatten() {
            examples.entry(miner.resolve(stored)).or_default().extend(lines);
        }
    });
    let log_groups = state.ingestor.with_miner(|miner| {
        comparison.log_groups(|change| {
            let id = ids[change.index];
            let mut lines = examples.remove(&id).unwrap_or_default();
            lines.truncate(per_group);
            Described {
                template_id: id.to_string(),
                template: miner.template_text(id).map(str::to_string),
                representative_logs: lines,
            }
        })
    });
    Ok(Json(QueryLogsResponse {
        log_groups,
        method,
        divergence: comparison.divergence,
        current_window: windows.current.into(),
        baseline_window: windows.baseline.into(),
        current_total: comparison.current_total,
        baseline_total: comparison.baseline_total,
        templates: comparison.templates,
        scope: if scope.streams.is_some() { "mapping" } else { "all_streams" },
        streams: scope.streams,
    }))
}

/// `POST /series`: per-template counts per time bucket for a panel's streams, for the wasm
/// core in the browser to compare any two windows without a round trip.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesRequest {
    pub org: String,
    pub dashboard: String,
    pub panel_title: String,
    pub metric_name: String,
    pub start_time: String,
    pub end_time: String,
    /// Bucket length, a whole number of minutes: "1m" (default), "5m", "1h".
    #[serde(default)]
    pub bucket: Option<String>,
}

/// Columnar: templates once, buckets once, and for each template the non-zero buckets.
#[derive(Debug, Serialize, Deserialize)]
pub struct SeriesResponse {
    /// Start of the first bucket, ms since the epoch.
    pub start_ms: i64,
    pub bucket_ms: i64,
    pub bucket_count: usize,
    pub series: Vec<TemplateSeries>,
    pub streams: Option<Vec<String>>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct TemplateSeries {
    pub template_id: String,
    pub template: String,
    /// Indices of buckets with lines, ascending.
    pub buckets: Vec<u32>,
    /// Lines in each of those buckets.
    pub counts: Vec<u64>,
}

pub async fn series(
    State(state): State<AppState>,
    caller: Caller,
    body: Bytes,
) -> Result<Json<SeriesResponse>, ApiError> {
    let request: SeriesRequest = parse_body(&body)?;
    check_panel(&caller, &request.org, &request.dashboard, &request.panel_title, &request.metric_name)?;
    let bucket = humantime::parse_duration(request.bucket.as_deref().unwrap_or("1m"))
        .map_err(|e| ApiError::bad_request(format!("bucket: {e}")))?;
    let bucket_minutes = bucket.as_secs() / 60;
    if bucket.as_secs() % 60 != 0 || bucket_minutes == 0 || bucket_minutes > 1440 {
        return Err(ApiError::bad_request("bucket must be a whole number of minutes, from 1m to 24h"));
    }
    let bucket_ms = bucket_minutes as i64 * MINUTE_MS;
    let start = time_field("start_time", &request.start_time)?;
    let end = time_field("end_time", &request.end_time)?;
    // The series covers a current and a baseline window: twice the longest window allowed.
    let max_ms = 2 * state.config.query.max_window.as_millis() as i64;
    let range = WindowPair::resolve(TimeWindow { start_ms: start, end_ms: end }, &Baseline::Preceding, Some(max_ms))
        .map_err(|e| ApiError::bad_request(e.to_string()))?
        .current;
    let aligned = TimeWindow { start_ms: range.start_ms.div_euclid(bucket_ms) * bucket_ms, end_ms: range.end_ms };
    let bucket_count = ((aligned.end_ms - aligned.start_ms) + bucket_ms - 1) / bucket_ms;
    if bucket_count > 100_000 {
        return Err(ApiError::bad_request(format!("{bucket_count} buckets is too many; use a longer bucket")));
    }

    let scope = scope_for(&state, &request.org, &request.dashboard, &request.panel_title, &request.metric_name).await?;
    let rows = state.ingestor.store().bucket_counts(&scope, &aligned, bucket_minutes as u32).await?;
    state.ingestor.learn_unknown(rows.iter().map(|r| r.template_id)).await?;
    let series = state.ingestor.with_miner(|miner| {
        let mut by_template: BTreeMap<TemplateId, BTreeMap<u32, u64>> = BTreeMap::new();
        for row in rows {
            let index = ((row.bucket_start_ms - aligned.start_ms) / bucket_ms) as u32;
            *by_template.entry(miner.resolve(row.template_id)).or_default().entry(index).or_default() += row.lines;
        }
        by_template
            .into_iter()
            .map(|(id, buckets)| TemplateSeries {
                template_id: id.to_string(),
                template: miner.template_text(id).unwrap_or_default().to_string(),
                buckets: buckets.keys().copied().collect(),
                counts: buckets.values().copied().collect(),
            })
            .collect()
    });
    Ok(Json(SeriesResponse {
        start_ms: aligned.start_ms,
        bucket_ms,
        bucket_count: bucket_count as usize,
        series,
        streams: scope.streams,
    }))
}
