//! `PUT/GET/DELETE /mappings`: which streams a panel's metric reads; and the scope a query
//! reads, through a short-lived cache of mappings.

use crate::auth::Caller;
use crate::error::ApiError;
use crate::request::{check_metric, JsonBody, RequestBody, UnknownFields};
use crate::AppState;
use axum::extract::{Query, State};
use axum::Json;
use hover_store::{Mapping, MetricKey, Scope};
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Each org's mappings, read recently, so a burst of hovers costs one store lookup per org
/// (a metric with no mapping included). A change made through this server clears the cache;
/// one made through another Hover instance is seen within [`MappingCache::TTL`].
#[derive(Default)]
pub struct MappingCache {
    orgs: Mutex<HashMap<String, OrgMappings>>,
}

/// When an org's mappings were read, and what they were.
type OrgMappings = (Instant, Arc<Vec<Mapping>>);

impl MappingCache {
    /// How long a read mapping is trusted.
    pub const TTL: Duration = Duration::from_secs(5);
    const MAX_ORGS: usize = 10_000;

    /// The metric's streams (None: it has no mapping) if its org's mappings are here, and
    /// whether this caller should read them again. Once they are older than the TTL, the
    /// first caller to see it reads them again while the others go on with these: one
    /// store read per org, not one per request in flight.
    fn get(&self, metric: &MetricKey) -> Option<(Option<Vec<String>>, bool)> {
        let mut orgs = self.orgs.lock().unwrap_or_else(|p| p.into_inner());
        let (at, mappings) = orgs.get_mut(&metric.org)?;
        let refresh = at.elapsed() >= Self::TTL;
        if refresh {
            *at = Instant::now();
        }
        Some((mappings.iter().find(|m| m.metric == *metric).map(|m| m.streams.clone()), refresh))
    }

    /// Remembers an org's mappings, as the store has them now.
    pub fn put(&self, org: &str, mappings: Vec<Mapping>) {
        let mut orgs = self.orgs.lock().unwrap_or_else(|p| p.into_inner());
        if orgs.len() >= Self::MAX_ORGS {
            orgs.clear();
        }
        orgs.insert(org.to_string(), (Instant::now(), Arc::new(mappings)));
    }

    fn clear(&self) {
        self.orgs.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

/// The metric's streams, or all of the org's when it has no mapping.
pub async fn scope_for(state: &AppState, metric: &MetricKey) -> Result<Scope, ApiError> {
    let streams = match state.mappings.get(metric) {
        Some((streams, false)) => streams,
        _ => {
            let mappings = state.store.mappings(&metric.org).await?;
            let streams = mappings.iter().find(|m| m.metric == *metric).map(|m| m.streams.clone());
            state.mappings.put(&metric.org, mappings);
            streams
        }
    };
    Ok(Scope { org: metric.org.clone(), streams })
}

/// `PUT /mappings`: a metric and its streams.
#[derive(Deserialize)]
pub struct PutMapping {
    #[serde(flatten)]
    metric: MetricKey,
    streams: Vec<String>,
    #[serde(flatten)]
    unknown: UnknownFields,
}

impl RequestBody for PutMapping {
    fn unknown_fields(&self) -> &UnknownFields {
        &self.unknown
    }
}

/// `DELETE /mappings`: the metric whose mapping goes.
#[derive(Deserialize)]
pub struct DeleteMapping {
    #[serde(flatten)]
    metric: MetricKey,
    #[serde(flatten)]
    unknown: UnknownFields,
}

impl RequestBody for DeleteMapping {
    fn unknown_fields(&self) -> &UnknownFields {
        &self.unknown
    }
}

/// `GET /mappings?org=`.
#[derive(Deserialize)]
pub struct OrgQuery {
    /// The org (default: the token's).
    pub org: Option<String>,
}

/// `PUT /mappings`.
pub async fn put(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(request): JsonBody<PutMapping>,
) -> Result<Json<Mapping>, ApiError> {
    check_metric(&caller, &request.metric)?;
    if request.streams.iter().any(|s| s.is_empty()) {
        return Err(ApiError::bad_request("stream names must not be empty"));
    }
    let mapping = Mapping { metric: request.metric, streams: request.streams };
    state.store.set_mapping(&mapping).await?;
    state.mappings.clear();
    Ok(Json(mapping))
}

/// `GET /mappings`: every mapping of an org.
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(query): Query<OrgQuery>,
) -> Result<Json<Value>, ApiError> {
    let org = query.org.or(caller.org.clone()).ok_or_else(|| ApiError::bad_request("give ?org=<org>"))?;
    caller.authorize(&org)?;
    let mappings = state.store.mappings(&org).await?;
    Ok(Json(serde_json::json!({ "mappings": mappings })))
}

/// `DELETE /mappings`: 404 when there was none.
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    JsonBody(request): JsonBody<DeleteMapping>,
) -> Result<Json<Value>, ApiError> {
    check_metric(&caller, &request.metric)?;
    let deleted = state.store.delete_mapping(&request.metric).await?;
    state.mappings.clear();
    if !deleted {
        return Err(ApiError::not_found("no such mapping"));
    }
    Ok(Json(serde_json::json!({ "deleted": true })))
}
