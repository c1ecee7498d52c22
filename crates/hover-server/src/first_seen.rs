//! When each template was first seen in a scope, remembered for a while. A template's first
//! line stays put once written (only lines written late, with older times, move it earlier),
//! and reading it from the store on every `/query_logs` cost ClickHouse as much CPU as the
//! rest of a warm query.

use hover_core::TemplateId;
use hover_store::{Scope, Store, StoreError};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Remembered first-seen times, per scope and stored template ID.
#[derive(Default)]
pub struct FirstSeenCache {
    entries: Mutex<HashMap<(Scope, TemplateId), (Instant, i64)>>,
}

impl FirstSeenCache {
    /// How long a first-seen time is trusted: lines written late show within this.
    pub const TTL: Duration = Duration::from_secs(300);
    const MAX_ENTRIES: usize = 200_000;

    /// The first-seen time (ms) of each stored ID in the scope that has lines there, reading
    /// from the store only the ones not remembered.
    pub async fn first_seen(
        &self,
        store: &Store,
        scope: &Scope,
        stored: &[TemplateId],
    ) -> Result<HashMap<TemplateId, i64>, StoreError> {
        let mut known = HashMap::new();
        let mut missing = Vec::new();
        {
            let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
            for &id in stored {
                match entries.get(&(scope.clone(), id)).filter(|(at, _)| at.elapsed() < Self::TTL) {
                    Some(&(_, ms)) => {
                        known.insert(id, ms);
                    }
                    None => missing.push(id),
                }
            }
        }
        if missing.is_empty() {
            return Ok(known);
        }
        let history = store.template_history(scope, Some(&missing)).await?;
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() + history.len() > Self::MAX_ENTRIES {
            entries.clear();
        }
        let now = Instant::now();
        for h in history {
            entries.insert((scope.clone(), h.template_id), (now, h.first_seen_ms));
            known.insert(h.template_id, h.first_seen_ms);
        }
        Ok(known)
    }
}
