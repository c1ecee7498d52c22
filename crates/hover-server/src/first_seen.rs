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
    /// queries need not ask), and that the scope has no lines under the `former_ids` absent
    /// from it: a query asks for the IDs its templates had before they generalised, and no
    /// line is written under those any more.
    pub async fn warm(&self, store: &Store, scope: &Scope, former_ids: &[TemplateId]) -> Result<usize, StoreError> {
        let history = store.template_history(scope, None).await?;
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() + history.len() + former_ids.len() > Self::MAX_ENTRIES {
            return Ok(0);
        }
        let now = Instant::now();
        for &id in former_ids {
            entries.insert((scope.clone(), id), (now, None));
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use hover_store::{Batch, EmbeddedStore, LogLine, TemplateRecord};

    fn batch(template: &str, timestamp_ms: i64) -> Batch {
        let template_id = TemplateId::of_text(template);
        Batch {
            lines: vec![LogLine {
                org: "o".into(),
                stream: "s".into(),
                timestamp_ms,
                template_id,
                level: String::new(),
                message: template.into(),
            }],
            templates: vec![TemplateRecord {
                template_id,
                template: template.into(),
                first_seen_ms: timestamp_ms,
                last_seen_ms: timestamp_ms,
            }],
            aliases: Vec::new(),
            keys: Vec::new(),
        }
    }

    #[tokio::test]
    async fn a_warm_scope_answers_without_the_store_and_knows_former_ids_have_no_lines() {
        let dir = hover_testkit::TempDir::new("first-seen");
        let store = Store::Embedded(EmbeddedStore::open(&dir.path().join("hover.db")).unwrap());
        store.write(&batch("job started", 1_000)).await.unwrap();
        let scope = Scope { org: "o".into(), streams: None };
        let (current, former) = (TemplateId::of_text("job started"), TemplateId::of_text("job <*>"));
        let cache = FirstSeenCache::default();
        assert_eq!(cache.warm(&store, &scope, &[former]).await.unwrap(), 1);
        // Lines written after the warm-up under the former ID are not asked for: the cache
        // already says the scope has none, so the store is not read.
        store.write(&batch("job <*>", 500)).await.unwrap();
        let seen = cache.first_seen(&store, &scope, &[current, former]).await.unwrap();
        assert_eq!(seen, HashMap::from([(current, 1_000)]));
        // An ID the warm-up did not cover is read from the store.
        let other = TemplateId::of_text("job stopped");
        store.write(&batch("job stopped", 2_000)).await.unwrap();
        let seen = cache.first_seen(&store, &scope, &[other]).await.unwrap();
        assert_eq!(seen, HashMap::from([(other, 2_000)]));
    }
}
