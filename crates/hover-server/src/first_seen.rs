//! When each template was first seen in a scope, remembered for a while. A template's first
//! line stays put once written (only lines written late, with older times, move it earlier),
//! and reading it from the store on every `/query_logs` cost ClickHouse as much CPU as the
//! rest of a warm query.

use hover_core::TemplateId;
use hover_store::{Scope, Store, StoreError};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Remembered first-seen times, per scope and stored template ID (None: the scope holds no
/// line under that ID, as for an ID a template had only before its lines were written;
/// remembered too, or every query would ask for it again).
#[derive(Default)]
pub struct FirstSeenCache {
    entries: Mutex<HashMap<(Scope, TemplateId), Remembered>>,
}

/// When it was read, and the first-seen time (ms) if the scope has lines of the ID.
type Remembered = (Instant, Option<i64>);

impl FirstSeenCache {
    /// How long a first-seen time is trusted: lines written late show within this.
    pub const TTL: Duration = Duration::from_secs(300);
    const MAX_ENTRIES: usize = 200_000;

    /// Remembers the first-seen time of every template of a scope (at start-up, so the first
    /// queries need not ask).
    pub async fn warm(&self, store: &Store, scope: &Scope) -> Result<usize, StoreError> {
        let history = store.template_history(scope, None).await?;
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() + history.len() > Self::MAX_ENTRIES {
            return Ok(0);
        }
        let now = Instant::now();
        for h in &history {
            entries.insert((scope.clone(), h.template_id), (now, Some(h.first_seen_ms)));
        }
        Ok(history.len())
    }

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
                    Some(&(_, Some(ms))) => {
                        known.insert(id, ms);
                    }
                    Some(&(_, None)) => {}
                    None => missing.push(id),
                }
            }
        }
        if missing.is_empty() {
            return Ok(known);
        }
        let history = store.template_history(scope, Some(&missing)).await?;
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() + missing.len() > Self::MAX_ENTRIES {
            entries.clear();
        }
        let now = Instant::now();
        for id in missing {
            entries.insert((scope.clone(), id), (now, None));
        }
        for h in history {
            entries.insert((scope.clone(), h.template_id), (now, Some(h.first_seen_ms)));
            known.insert(h.template_id, h.first_seen_ms);
        }
        Ok(known)
    }
}
