//! `POST /query_logs` (the seed's contract) and the series endpoint for the browser.

use super::mappings::scope_for;
use crate::auth::Caller;
use crate::error::ApiError;
use crate::request::{check_metric, format_rfc3339_ms, time_field, JsonBody, RequestBody, UnknownFields};
use crate::AppState;
use axum::extract::State;
use axum::Json;
use hover_core::{
    compare, pooled_count_pairs, Baseline, CompareOptions, Described, LogGroup, Method, TemplateId, TimeWindow,
    WindowPair, MINUTE_MS,
};
use hover_store::{counted_window, MetricKey};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The windows of a request: the current one, and how its baseline is chosen.
#[derive(Debug, Deserialize)]
pub struct WindowFields {
    /// The current window's start, RFC 3339.
    pub start_time: String,
    /// Its end.
    pub end_time: String,
    /// An explicit baseline window (both or neither).
    #[serde(default)]
    pub baseline_start: Option<String>,
    /// The explicit baseline's end.
    #[serde(default)]
    pub baseline_end: Option<String>,
    /// The baseline as the current window moved back, e.g. "24h" or "7d".
    #[serde(default)]
    pub baseline_shift: Option<String>,
    /// With `baseline_shift`: pool the current window moved back 1..N times that shift (a
    /// seasonal baseline, e.g. "24h" × 7: the same time on each of the last 7 days).
    #[serde(default)]
    pub baseline_periods: Option<u32>,
}

/// The request: the seed's six fields, and optional extras beside them.
#[derive(Debug, Deserialize)]
pub struct QueryLogsRequest {
    /// The metric hovered over (the seed's four fields).
    #[serde(flatten)]
    pub metric: MetricKey,
    /// The windows (the seed's two times, and the baseline's options).
    #[serde(flatten)]
    pub windows: WindowFields,
    /// kl (default), js or symmetric_kl.
    #[serde(default)]
    pub method: Option<String>,
    /// Groups to return (0: all).
    #[serde(default)]
    pub limit: Option<usize>,
    /// Representative lines per group.
    #[serde(default)]
    pub representatives: Option<usize>,
    /// Leave out groups whose p-value is above this.
    #[serde(default)]
    pub max_p_value: Option<f64>,
    /// Leave out groups whose Benjamini–Hochberg q-value is above this.
    #[serde(default)]
    pub max_q_value: Option<f64>,
    /// Fields this request does not know (refused).
    #[serde(flatten)]
    pub unknown: UnknownFields,
}

impl RequestBody for QueryLogsRequest {
    fn unknown_fields(&self) -> &UnknownFields {
        &self.unknown
    }
}

/// A window in an answer.
#[derive(Debug, Serialize, Deserialize)]
pub struct WindowOut {
    /// Start, RFC 3339.
    pub start_time: String,
    /// End, RFC 3339.
    pub end_time: String,
}

impl From<TimeWindow> for WindowOut {
    fn from(w: TimeWindow) -> Self {
        Self { start_time: format_rfc3339_ms(w.start_ms), end_time: format_rfc3339_ms(w.end_ms) }
    }
}

/// The answer to `POST /query_logs`.
#[derive(Debug, Serialize)]
pub struct QueryLogsResponse {
    /// The templates that changed most (the seed's field).
    pub log_groups: Vec<LogGroup>,
    /// The divergence used.
    pub method: Method,
    /// The total divergence.
    pub divergence: f64,
    /// The current window, as counted.
    pub current_window: WindowOut,
    /// The baseline window, as counted (the nearest one, when several are pooled).
    pub baseline_window: WindowOut,
    /// Every baseline window pooled, nearest first (one unless `baseline_periods` > 1).
    pub baseline_windows: Vec<WindowOut>,
    /// Lines in the current window.
    pub current_total: u64,
    /// Lines in the baseline window.
    pub baseline_total: u64,
    /// Templates seen in either window.
    pub templates: usize,
    /// The streams read: the metric's mapping, or null when it has none and all the org's
    /// streams were read.
    pub streams: Option<Vec<String>>,
    /// "mapping" or "all_streams": says which of the two it was.
    pub scope: &'static str,
}

/// The windows a request names, checked against the longest window allowed.
pub(super) fn window_pair(request: &WindowFields, max_window_ms: i64) -> Result<WindowPair, ApiError> {
    let start = time_field("start_time", &request.start_time)?;
    let end = time_field("end_time", &request.end_time)?;
    let baseline = match (&request.baseline_start, &request.baseline_end, &request.baseline_shift) {
        (None, None, None) => Baseline::Preceding,
        (Some(s), Some(e), None) => Baseline::Explicit(TimeWindow {
            start_ms: time_field("baseline_start", s)?,
            end_ms: time_field("baseline_end", e)?,
        }),
        (None, None, Some(shift)) => {
            let shift = Baseline::parse_shift(shift).map_err(|e| ApiError::bad_request(e.to_string()))?;
            shift
                .with_periods(request.baseline_periods.unwrap_or(1))
                .map_err(|e| ApiError::bad_request(e.to_string()))?
        }
        _ => {
            return Err(ApiError::bad_request(
                "give either baseline_start and baseline_end together, or baseline_shift, or neither",
            ))
        }
    };
    if request.baseline_periods.is_some() && request.baseline_shift.is_none() {
        return Err(ApiError::bad_request("baseline_periods needs baseline_shift: the time between periods"));
    }
    WindowPair::resolve(TimeWindow { start_ms: start, end_ms: end }, &baseline, Some(max_window_ms))
        .map_err(|e| ApiError::bad_request(e.to_string()))
}

/// The divergence a request names (default kl).
pub(super) fn method(name: Option<&str>) -> Result<Method, ApiError> {
    name.map_or(Ok(Method::Kl), |m| {
        m.parse().map_err(|e: hover_core::UnknownMethod| ApiError::bad_request(e.to_string()))
    })
}

/// p- and q-value cuts must be probabilities.
pub(super) fn check_cuts(max_p_value: Option<f64>, max_q_value: Option<f64>) -> Result<(), ApiError> {
    for (field, value) in [("max_p_value", max_p_value), ("max_q_value", max_q_value)] {
        if let Some(v) = value.filter(|v| !(0.0..=1.0).contains(v)) {
            return Err(ApiError::bad_request(format!("{field} must be within [0, 1], got {v}")));
        }
    }
    Ok(())
}

/// `POST /query_logs`: what changed between the windows, ranked, with example lines.
pub async fn query_logs(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(request): JsonBody<QueryLogsRequest>,
) -> Result<Json<QueryLogsResponse>, ApiError> {
    check_metric(&caller, &request.metric)?;
    let method = method(request.method.as_deref())?;
    check_cuts(request.max_p_value, request.max_q_value)?;
    let config = &state.config.query;
    let windows = window_pair(&request.windows, config.max_window.as_millis() as i64)?;
    let limit = request.limit.unwrap_or(config.default_limit);
    let per_group = request.representatives.unwrap_or(config.representatives).min(100);

    // The store's counts for every window (one round trip), under the IDs they were stored
    // with; one call resolves them to the templates they count for now.
    let scope = scope_for(&state, &request.metric).await?;
    let all_windows: Vec<TimeWindow> =
        std::iter::once(windows.current).chain(windows.baselines.iter().copied()).collect();
    let rows = state.store.window_counts(&scope, &all_windows).await?;
    let stored: Vec<TemplateId> = rows.iter().flatten().map(|&(id, _)| id).collect();
    let mut resolved = state.templates.resolve(&state.store, &stored).await?.into_iter();
    // Per window: (stored id, id now, lines).
    let rows: Vec<Vec<(TemplateId, TemplateId, u64)>> = rows
        .into_iter()
        .map(|window| window.into_iter().map(|(id, n)| (id, resolved.next().unwrap_or(id), n)).collect())
        .collect();
    let counted = |window: &Vec<(TemplateId, TemplateId, u64)>| -> Vec<(TemplateId, u64)> {
        window.iter().map(|&(_, id, n)| (id, n)).collect()
    };
    let (ids, counts, periods_seen) = pooled_count_pairs(counted(&rows[0]), rows[1..].iter().map(counted).collect());
    let options = CompareOptions { method, limit, max_p_value: request.max_p_value, max_q_value: request.max_q_value };
    let mut comparison = compare(&ids, &counts, &options);
    if windows.baselines.len() > 1 {
        comparison = comparison.with_periods_seen(&periods_seen);
    }

    // Representatives, from the lines that were counted (so each is one of its group's lines,
    // and on ClickHouse the samples rollup answers): the current window's, or for templates
    // gone now the nearest baseline window's that had them, under every stored ID behind each
    // group.
    let mut unplaced: BTreeSet<TemplateId> = comparison.changes.iter().map(|c| ids[c.index]).collect();
    let mut behind: BTreeMap<TemplateId, TemplateId> = BTreeMap::new();
    let mut asked: Vec<(TimeWindow, Vec<TemplateId>)> = Vec::new();
    for (window, window_rows) in all_windows.iter().zip(&rows) {
        let placed: BTreeSet<TemplateId> =
            window_rows.iter().map(|&(_, id, _)| id).filter(|id| unplaced.contains(id)).collect();
        let stored: Vec<TemplateId> = window_rows
            .iter()
            .filter(|(stored, id, _)| placed.contains(id) && behind.insert(*stored, *id).is_none())
            .map(|&(stored, _, _)| stored)
            .collect();
        unplaced.retain(|id| !placed.contains(id));
        asked.push((counted_window(window), stored));
    }
    let asked: Vec<(TimeWindow, &[TemplateId])> = asked.iter().map(|(w, ids)| (*w, &ids[..])).collect();
    // When each shown template was first seen in these streams, under any ID it had: read
    // from the history rollup beside the representatives.
    let shown: Vec<TemplateId> = comparison.changes.iter().map(|c| ids[c.index]).collect();
    let history_ids = state.templates.stored_ids_of(&shown);
    let stored_history: Vec<TemplateId> = history_ids.iter().map(|&(stored, _)| stored).collect();
    let (representatives, history) = tokio::try_join!(
        state.store.representatives_in(&scope, &asked, per_group),
        state.first_seen.first_seen(&state.store, &scope, &stored_history),
    )?;
    let mut examples: BTreeMap<TemplateId, Vec<String>> = BTreeMap::new();
    for (stored, lines) in representatives.into_iter().flatten() {
        examples.entry(behind.get(&stored).copied().unwrap_or(stored)).or_default().extend(lines);
    }
    let now_of: BTreeMap<TemplateId, TemplateId> = history_ids.into_iter().collect();
    let mut first_seen: BTreeMap<TemplateId, i64> = BTreeMap::new();
    for (stored, ms) in history {
        let id = now_of.get(&stored).copied().unwrap_or(stored);
        let earliest = first_seen.entry(id).or_insert(ms);
        *earliest = (*earliest).min(ms);
    }

    let mut texts = state.templates.texts(&shown).into_iter();
    let log_groups = comparison.log_groups(|change| {
        let id = ids[change.index];
        let mut lines = examples.remove(&id).unwrap_or_default();
        lines.truncate(per_group);
        Described {
            template_id: id.to_string(),
            template: texts.next().flatten(),
            representative_logs: lines,
            first_seen: first_seen.get(&id).map(|&ms| format_rfc3339_ms(ms)),
        }
    });
    Ok(Json(QueryLogsResponse {
        log_groups,
        method,
        divergence: comparison.divergence,
        current_window: windows.current.into(),
        baseline_window: windows.baseline().into(),
        baseline_windows: windows.baselines.iter().map(|&w| w.into()).collect(),
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
pub struct SeriesRequest {
    /// The metric.
    #[serde(flatten)]
    pub metric: MetricKey,
    /// The series' start, RFC 3339.
    pub start_time: String,
    /// Its end.
    pub end_time: String,
    /// Bucket length, a whole number of minutes: "1m" (default), "5m", "1h".
    #[serde(default)]
    pub bucket: Option<String>,
    /// Fields this request does not know (refused).
    #[serde(flatten)]
    pub unknown: UnknownFields,
}

impl RequestBody for SeriesRequest {
    fn unknown_fields(&self) -> &UnknownFields {
        &self.unknown
    }
}

/// Columnar: templates once, buckets once, and for each template the non-zero buckets.
#[derive(Debug, Serialize, Deserialize)]
pub struct SeriesResponse {
    /// Start of the first bucket, ms since the epoch.
    pub start_ms: i64,
    /// Bucket length, ms.
    pub bucket_ms: i64,
    /// Buckets in the series.
    pub bucket_count: usize,
    /// One entry per template with lines.
    pub series: Vec<TemplateSeries>,
    /// The streams read (null: all of the org's).
    pub streams: Option<Vec<String>>,
}

/// One template's counts per bucket.
#[derive(Debug, Serialize, Deserialize)]
pub struct TemplateSeries {
    /// Its ID.
    pub template_id: String,
    /// Its text.
    pub template: String,
    /// Indices of buckets with lines, ascending.
    pub buckets: Vec<u32>,
    /// Lines in each of those buckets.
    pub counts: Vec<u64>,
}

/// `POST /series`: per-template counts per bucket, for the wasm core in the browser.
pub async fn series(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(request): JsonBody<SeriesRequest>,
) -> Result<Json<SeriesResponse>, ApiError> {
    check_metric(&caller, &request.metric)?;
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

    let scope = scope_for(&state, &request.metric).await?;
    let rows = state.store.bucket_counts(&scope, &aligned, bucket_minutes as u32).await?;
    let stored: Vec<TemplateId> = rows.iter().map(|r| r.template_id).collect();
    let resolved = state.templates.resolve(&state.store, &stored).await?;
    let mut by_template: BTreeMap<TemplateId, BTreeMap<u32, u64>> = BTreeMap::new();
    for (row, id) in rows.iter().zip(resolved) {
        let index = ((row.bucket_start_ms - aligned.start_ms) / bucket_ms) as u32;
        *by_template.entry(id).or_default().entry(index).or_default() += row.lines;
    }
    let ids: Vec<TemplateId> = by_template.keys().copied().collect();
    let texts = state.templates.texts(&ids);
    let series = by_template
        .into_iter()
        .zip(texts)
        .map(|((id, buckets), text)| TemplateSeries {
            template_id: id.to_string(),
            template: text.unwrap_or_default(),
            buckets: buckets.keys().copied().collect(),
            counts: buckets.values().copied().collect(),
        })
        .collect();
    Ok(Json(SeriesResponse {
        start_ms: aligned.start_ms,
        bucket_ms,
        bucket_count: bucket_count as usize,
        series,
        streams: scope.streams,
    }))
}
