//! The template miner the whole server shares, and what of it the store already has.
//!
//! Ingest mines lines with it; queries resolve the template IDs the store counted (an ID
//! stored before its template generalised counts for the ID it became) and name them. Each
//! takes the miner's lock once, for mining and look-ups only, never across I/O.

use hover_core::SavedTemplate;
use hover_core::{TemplateId, TemplateMiner};
use hover_store::{LogLine, Store, StoreError, TemplateRecord};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Mutex, MutexGuard};

/// The miner every request shares, and what of it the store already has.
pub struct Templates {
    miner: Mutex<TemplateMiner>,
    /// The miner's alias generation the store has the aliases of.
    saved_alias_generation: Mutex<u64>,
    /// Stored template IDs the store has no text for either: never looked up again.
    not_in_store: Mutex<HashSet<TemplateId>>,
}

/// Stored template IDs resolved to the templates they count for now, with those templates'
/// texts: what a query needs from the miner, taken under one lock.
#[derive(Debug, Default)]
pub struct Resolved {
    current: HashMap<TemplateId, TemplateId>,
    texts: HashMap<TemplateId, String>,
}

impl Resolved {
    /// The template a stored ID counts for now.
    pub fn current(&self, stored: TemplateId) -> TemplateId {
        self.current.get(&stored).copied().unwrap_or(stored)
    }

    /// The text of a current template, when any Hover process made it.
    pub fn text(&self, id: TemplateId) -> Option<&str> {
        self.texts.get(&id).map(String::as_str)
    }
}

/// What mining a batch gives the store: each line's template set on the line, the templates'
/// texts, and the aliases when they changed since the store last got them.
pub struct Mined {
    /// Texts of the templates the lines use.
    pub templates: Vec<TemplateRecord>,
    /// Every alias (old ID, new ID), when they changed since last saved; else empty.
    pub aliases: Vec<(TemplateId, TemplateId)>,
    /// Pass to [`Templates::saved`] once the store has these.
    pub alias_generation: u64,
}

impl Templates {
    /// A miner rebuilt from the templates and aliases the store already has, so template IDs
    /// stay the same across restarts.
    pub async fn start(store: &Store) -> Result<Self, StoreError> {
        let templates = Self {
            miner: Mutex::new(TemplateMiner::default()),
            saved_alias_generation: Mutex::new(0),
            not_in_store: Mutex::new(HashSet::new()),
        };
        templates.learn_from_store(store).await?;
        Ok(templates)
    }

    fn miner(&self) -> MutexGuard<'_, TemplateMiner> {
        self.miner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds to the miner the templates and aliases in the store that it lacks.
    async fn learn_from_store(&self, store: &Store) -> Result<(), StoreError> {
        let (templates, aliases) = (store.templates().await?, store.aliases().await?);
        let saved = templates.into_iter().map(|t| SavedTemplate { template: t.template, lines: 0 });
        self.miner().learn(saved, aliases);
        Ok(())
    }

    /// Resolves stored IDs and names what they resolve to. An ID the miner has no text for
    /// was made by another Hover process writing to the same store: the miner learns the
    /// store's templates again (once per such ID; one the store lacks too is remembered).
    pub async fn resolve(
        &self,
        store: &Store,
        stored: impl IntoIterator<Item = TemplateId>,
    ) -> Result<Resolved, StoreError> {
        let stored: HashSet<TemplateId> = stored.into_iter().collect();
        let (resolved, unknown) = self.resolve_now(&stored);
        if unknown.is_empty() {
            return Ok(resolved);
        }
        self.learn_from_store(store).await?;
        let (resolved, still_unknown) = self.resolve_now(&stored);
        self.not_in_store.lock().unwrap_or_else(|p| p.into_inner()).extend(still_unknown);
        Ok(resolved)
    }

    /// Under one lock: the resolution, and the IDs with no text that are worth asking the store about.
    fn resolve_now(&self, stored: &HashSet<TemplateId>) -> (Resolved, Vec<TemplateId>) {
        let miner = self.miner();
        let skip = self.not_in_store.lock().unwrap_or_else(|p| p.into_inner());
        let mut resolved = Resolved::default();
        let mut unknown = Vec::new();
        for &id in stored {
            let current = miner.resolve(id);
            resolved.current.insert(id, current);
            match miner.template_text(current) {
                Some(text) => {
                    resolved.texts.insert(current, text.to_string());
                }
                None if !skip.contains(&id) => unknown.push(id),
                None => {}
            }
        }
        (resolved, unknown)
    }

    /// Mines `lines` (their messages), setting each line's template ID as of the end of the
    /// batch.
    pub fn mine(&self, lines: &mut [LogLine]) -> Mined {
        let mut miner = self.miner();
        let assigned = miner.mine_batch(lines.iter().map(|l| &l.message));
        let mut templates: BTreeMap<TemplateId, TemplateRecord> = BTreeMap::new();
        for (line, id) in lines.iter_mut().zip(assigned) {
            line.template_id = id;
            let record = templates.entry(id).or_insert_with(|| TemplateRecord {
                template_id: id,
                template: miner.template_text(id).unwrap_or_default().to_string(),
                first_seen_ms: line.timestamp_ms,
                last_seen_ms: line.timestamp_ms,
            });
            record.first_seen_ms = record.first_seen_ms.min(line.timestamp_ms);
            record.last_seen_ms = record.last_seen_ms.max(line.timestamp_ms);
        }
        let alias_generation = miner.alias_generation();
        let saved = *self.saved_alias_generation.lock().unwrap_or_else(|p| p.into_inner());
        let aliases = if alias_generation != saved {
            miner.aliases().iter().map(|(a, b)| (*a, *b)).collect()
        } else {
            Vec::new()
        };
        Mined { templates: templates.into_values().collect(), aliases, alias_generation }
    }

    /// The store has what [`Templates::mine`] gave, its aliases included.
    pub fn saved(&self, alias_generation: u64) {
        let mut saved = self.saved_alias_generation.lock().unwrap_or_else(|p| p.into_inner());
        *saved = (*saved).max(alias_generation);
    }
}
