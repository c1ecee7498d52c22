//! What the panel asks about one template or the templates of a stream: `POST
//! /template_values` (which values of its `<*>`s changed) and `GET /templates` (when each
//! template first and last appeared).

use super::mappings::scope_for;
use super::query::{check_cuts, method, window_pair, WindowFields, WindowOut};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::request::{check_metric, format_rfc3339_ms, time_field, JsonBody, RequestBody, UnknownFields};
use crate::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use hover_core::{compare_slots, CompareOptions, Method, SlotChange, SlotSummary, TemplateId, TimeWindow};
use hover_store::{counted_window, MetricKey, Scope};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// Lines read per window when the request does not say: enough for a value seen in 0.1 % of
/// the lines to show about 20 times, few enough to answer in tens of milliseconds.
pub const DEFAULT_SAMPLE_LINES: usize = 20_000;
/// The most lines a request may ask to read per window.
pub const MAX_SAMPLE_LINES: usize = 200_000;

/// `POST /template_values`: a template of a panel's metric, and the windows to compare.
#[derive(Debug, Deserialize)]
pub struct TemplateValuesRequest {
    /// The metric (the same four fields as `/query_logs`).
    #[serde(flatten)]
    pub metric: MetricKey,
    /// The windows, as in `/query_logs`.
    #[serde(flatten)]
    pub windows: WindowFields,
    /// The template, as `/query_logs` names it.
    pub template_id: String,
    /// kl (default), js or symmetric_kl.
    #[serde(default)]
    pub method: Option<String>,
    /// Values returned per slot (0: all; default 10).
    #[serde(default)]
    pub limit: Option<usize>,
    /// Lines read per window at most (default 20,000); beyond it, a sample.
    #[serde(default)]
    pub max_lines: Option<usize>,
    /// Leave out values whose Benjamini–Hochberg q-value is above this.
    #[serde(default)]
    pub max_q_value: Option<f64>,
    /// Fields this request does not know (refused).
    #[serde(flatten)]
    pub unknown: UnknownFields,
}

impl RequestBody for TemplateValuesRequest {
    fn unknown_fields(&self) -> &UnknownFields {
        &self.unknown
    }
}

/// The answer to `POST /template_values`.
#[derive(Debug, Serialize, Deserialize)]
pub struct TemplateValuesResponse {
    /// The template, under its current ID.
    pub template_id: String,
    /// Its text.
    pub template: String,
    /// The divergence used.
    pub method: Method,
    /// The current window, as counted.
    pub current_window: WindowOut,
    /// Every baseline window, nearest first.
    pub baseline_windows: Vec<WindowOut>,
    /// The template's lines in the current window.
    pub current_lines: u64,
    /// Its lines in the baseline windows.
    pub baseline_lines: u64,
    /// Lines read from the current window (all of them unless sampled).
    pub current_lines_read: usize,
    /// Lines read from the baseline windows.
    pub baseline_lines_read: usize,
    /// True when fewer lines were read than there are: counts are of a sample spread over
    /// each window, so shares and changes hold, absolute counts are of the sample.
    pub sampled: bool,
    /// Lines read that did not fit the template (counted, not dropped silently).
    pub unaligned_lines: usize,
    /// One entry per `<*>`, in template order.
    pub slots: Vec<SlotSummary>,
}

/// `POST /template_values`: for each `<*>` of a template, its values now and in the
/// baseline, ranked by how much they changed.
pub async fn template_values(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(request): JsonBody<TemplateValuesRequest>,
) -> Result<Json<TemplateValuesResponse>, ApiError> {
    check_metric(&caller, &request.metric)?;
    let method = method(request.method.as_deref())?;
    check_cuts(None, request.max_q_value)?;
    let asked: TemplateId = request.template_id.parse().map_err(|e: String| ApiError::bad_request(e))?;
    let max_lines = request.max_lines.unwrap_or(DEFAULT_SAMPLE_LINES);
    if !(1..=MAX_SAMPLE_LINES).contains(&max_lines) {
        return Err(ApiError::bad_request(format!("max_lines must be from 1 to {MAX_SAMPLE_LINES}")));
    }
    let windows = window_pair(&request.windows, state.config.query.max_window.as_millis() as i64)?;
    let scope = scope_for(&state, &request.metric).await?;

    let id = state.templates.resolve(&state.store, &[asked]).await?[0];
    let template = state.templates.texts(&[id]).pop().flatten().ok_or_else(|| {
        ApiError::not_found(format!("no template {asked}: take template_id from a /query_logs answer"))
    })?;
    let stored: Vec<TemplateId> = state.templates.stored_ids_of(&[id]).into_iter().map(|(s, _)| s).collect();

    // The template's lines per window (from the rollups), then at most `max_lines` lines of
    // each side read: the baseline's spread over its periods.
    let all_windows: Vec<TimeWindow> =
        std::iter::once(windows.current).chain(windows.baselines.iter().copied()).map(|w| counted_window(&w)).collect();
    let counts = state.store.window_counts(&scope, &all_windows).await?;
    let stored_set: HashSet<TemplateId> = stored.iter().copied().collect();
    let lines_in = |window: &[(TemplateId, u64)]| -> u64 {
        window.iter().filter(|(id, _)| stored_set.contains(id)).map(|&(_, n)| n).sum()
    };
    let (current_lines, baseline_lines) = (lines_in(&counts[0]), counts[1..].iter().map(|w| lines_in(w)).sum());
    let per_baseline = max_lines.div_ceil(windows.baselines.len());
    let current = read_lines(&state, &scope, &all_windows[..1], &stored, max_lines).await?;
    let baseline = read_lines(&state, &scope, &all_windows[1..], &stored, per_baseline).await?;

    let options = CompareOptions {
        method,
        limit: request.limit.unwrap_or(10),
        max_q_value: request.max_q_value,
        ..Default::default()
    };
    let (current_read, baseline_read) = (current.len(), baseline.len());
    // Aligning tens of thousands of lines is CPU work: off the async threads.
    let text = template.clone();
    let compared = tokio::task::spawn_blocking(move || compare_slots(&text, &current, &baseline, &options))
        .await
        .map_err(|e| ApiError::internal(format!("slot comparison failed: {e}")))?;
    let slots = compared.slots.iter().map(SlotChange::summary).collect();
    Ok(Json(TemplateValuesResponse {
        template_id: id.to_string(),
        template,
        method,
        current_window: windows.current.into(),
        baseline_windows: windows.baselines.iter().map(|&w| w.into()).collect(),
        sampled: (current_read as u64) < current_lines || (baseline_read as u64) < baseline_lines,
        current_lines,
        baseline_lines,
        current_lines_read: current_read,
        baseline_lines_read: baseline_read,
        unaligned_lines: compared.current_unaligned + compared.baseline_unaligned,
        slots,
    }))
}

/// Up to `per_window` lines of the stored IDs from each window.
async fn read_lines(
    state: &AppState,
    scope: &Scope,
    windows: &[TimeWindow],
    stored: &[TemplateId],
    per_window: usize,
) -> Result<Vec<String>, ApiError> {
    let mut lines = Vec::new();
    for window in windows {
        lines.extend(state.store.sample_lines(scope, window, stored, per_window).await?);
    }
    Ok(lines)
}

/// `GET /templates`: the query string.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplatesQuery {
    /// The org (default: the token's).
    pub org: Option<String>,
    /// One stream (default: every stream of the org).
    pub stream: Option<String>,
    /// Only templates first seen at or after this time, RFC 3339.
    pub since: Option<String>,
    /// Templates per page (default 100, at most 1,000).
    pub limit: Option<usize>,
    /// Templates to skip: the `next_offset` of the page before.
    pub offset: Option<usize>,
}

/// One template's history.
#[derive(Debug, Serialize, Deserialize)]
pub struct TemplateHistoryOut {
    /// Its current ID.
    pub template_id: String,
    /// Its text.
    pub template: Option<String>,
    /// Its first line's time, RFC 3339.
    pub first_seen: String,
    /// Its last line's time.
    pub last_seen: String,
    /// Its lines in all.
    pub lines: u64,
    /// Its first line.
    pub example: String,
}

/// The answer to `GET /templates`.
#[derive(Debug, Serialize, Deserialize)]
pub struct TemplatesResponse {
    /// Newest first (by first seen), one page.
    pub templates: Vec<TemplateHistoryOut>,
    /// Templates in all that match.
    pub total: usize,
    /// The `offset` of the next page, or null on the last.
    pub next_offset: Option<usize>,
}

/// `GET /templates`: a stream's templates with first and last seen, newest first, paged.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    query: Result<Query<TemplatesQuery>, QueryRejection>,
) -> Result<Json<TemplatesResponse>, ApiError> {
    let Query(query) = query.map_err(|e| ApiError::bad_request(e.body_text()))?;
    let org = query.org.or(caller.org.clone()).ok_or_else(|| ApiError::bad_request("give ?org=<org>"))?;
    caller.authorize(&org)?;
    let since = query.since.as_deref().map(|t| time_field("since", t)).transpose()?;
    let limit = query.limit.unwrap_or(100);
    if !(1..=1_000).contains(&limit) {
        return Err(ApiError::bad_request("limit must be from 1 to 1000"));
    }
    if query.stream.as_deref().is_some_and(|s| s.is_empty()) {
        return Err(ApiError::bad_request("stream must not be empty; leave it out for every stream"));
    }
    let scope = Scope { org, streams: query.stream.map(|s| vec![s]) };
    let history = state.store.template_history(&scope, None).await?;

    // Lines stored under an ID a template had before it generalised count for it now.
    let stored: Vec<TemplateId> = history.iter().map(|h| h.template_id).collect();
    let now = state.templates.resolve(&state.store, &stored).await?;
    let mut merged: BTreeMap<TemplateId, hover_store::TemplateHistory> = BTreeMap::new();
    for (h, id) in history.into_iter().zip(now) {
        match merged.get_mut(&id) {
            None => {
                merged.insert(id, hover_store::TemplateHistory { template_id: id, ..h });
            }
            Some(m) => {
                if h.first_seen_ms < m.first_seen_ms {
                    m.example = h.example;
                }
                m.first_seen_ms = m.first_seen_ms.min(h.first_seen_ms);
                m.last_seen_ms = m.last_seen_ms.max(h.last_seen_ms);
                m.lines += h.lines;
            }
        }
    }
    let mut templates: Vec<hover_store::TemplateHistory> =
        merged.into_values().filter(|h| since.is_none_or(|since| h.first_seen_ms >= since)).collect();
    templates.sort_by(|a, b| b.first_seen_ms.cmp(&a.first_seen_ms).then(a.template_id.cmp(&b.template_id)));
    let total = templates.len();
    let offset = query.offset.unwrap_or(0).min(total);
    let page: Vec<hover_store::TemplateHistory> = templates.into_iter().skip(offset).take(limit).collect();
    let ids: Vec<TemplateId> = page.iter().map(|h| h.template_id).collect();
    let texts = state.templates.texts(&ids);
    let next = offset + page.len();
    Ok(Json(TemplatesResponse {
        templates: page
            .into_iter()
            .zip(texts)
            .map(|(h, template)| TemplateHistoryOut {
                template_id: h.template_id.to_string(),
                template,
                first_seen: format_rfc3339_ms(h.first_seen_ms),
                last_seen: format_rfc3339_ms(h.last_seen_ms),
                lines: h.lines,
                example: h.example,
            })
            .collect(),
        total,
        next_offset: (next < total).then_some(next),
    }))
}
