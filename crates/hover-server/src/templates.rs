//! The template miner the whole server shares, and what of it the store already has.
//!
//! Ingest mines lines with it; queries resolve the template IDs the store counted (an ID
//! stored before its template generalised counts for the ID it became) and name the ones
//! they show. The miner's lock is held for mining and look-ups only, never across I/O.

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
    /// Current ID → the IDs its template had before, for the aliases as they were when
    /// built (their generation and count), so a query does not walk every alias.
    former_ids: Mutex<FormerIds>,
}

/// (alias generation, alias count) when built, and current ID → former IDs.
type FormerIds = ((u64, usize), HashMap<TemplateId, Vec<TemplateId>>);

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
            former_ids: Mutex::new(((u64::MAX, 0), HashMap::new())),
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

    /// The template each stored ID counts for now, in the order given: a template that
    /// generalised after its lines were stored has a new ID. An ID the miner has no text for
    /// was made by another Hover process writing to the same store: the miner learns the
    /// store's templates first (once per such ID; one the store lacks too is remembered).
    /// The common case takes the miner's lock once.
    pub async fn resolve(&self, store: &Store, stored: &[TemplateId]) -> Result<Vec<TemplateId>, StoreError> {
        let (current, unknown) = self.resolve_now(stored);
        if unknown.is_empty() {
            return Ok(current);
        }
        self.learn_from_store(store).await?;
        let (current, still_unknown) = self.resolve_now(stored);
        self.not_in_store.lock().unwrap_or_else(|p| p.into_inner()).extend(still_unknown);
        Ok(current)
    }

    /// Under one lock: the current IDs, and the stored IDs with no text worth asking the
    /// store about.
    fn resolve_now(&self, stored: &[TemplateId]) -> (Vec<TemplateId>, Vec<TemplateId>) {
        let miner = self.miner();
        let skip = self.not_in_store.lock().unwrap_or_else(|p| p.into_inner());
        let mut unknown = Vec::new();
        let current = stored
            .iter()
            .map(|&id| {
                let current = miner.resolve(id);
                if miner.template_text(current).is_none() && !skip.contains(&id) {
                    unknown.push(id);
                }
                current
            })
            .collect();
        (current, unknown)
    }

    /// The texts of current templates (those an answer shows), in the order given. Only the
    /// shown ones: copying every counted template's text cost twice Hover's CPU per query.
    pub fn texts(&self, ids: &[TemplateId]) -> Vec<Option<String>> {
        let miner = self.miner();
        ids.iter().map(|&id| miner.template_text(id).map(str::to_string)).collect()
    }

    /// Every ID a template had before it generalised.
    pub fn former_ids(&self) -> Vec<TemplateId> {
        self.miner().aliases().keys().copied().collect()
    }

    /// Every ID lines of the templates `ids` may be stored under: each ID itself and the IDs
    /// its template had before it generalised, as (stored ID, current ID), sorted.
    pub fn stored_ids_of(&self, ids: &[TemplateId]) -> Vec<(TemplateId, TemplateId)> {
        let miner = self.miner();
        // Aliases are only added, or re-pointed with a new generation: both change the version.
        let version = (miner.alias_generation(), miner.aliases().len());
        let mut former = self.former_ids.lock().unwrap_or_else(|p| p.into_inner());
        if former.0 != version {
            let mut by_current: HashMap<TemplateId, Vec<TemplateId>> = HashMap::new();
            for &old in miner.aliases().keys() {
                by_current.entry(miner.resolve(old)).or_default().push(old);
            }
            *former = (version, by_current);
        }
        let mut out: Vec<(TemplateId, TemplateId)> = ids.iter().map(|&id| (id, id)).collect();
        for &id in ids {
            out.extend(former.1.get(&id).into_iter().flatten().map(|&old| (old, id)));
        }
        out.sort();
        out.dedup();
        out
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
        let aliases: Vec<(TemplateId, TemplateId)> = if alias_generation != saved {
            miner.aliases().iter().map(|(a, b)| (*a, *b)).collect()
        } else {
            Vec::new()
        };
        // With new aliases, the templates at both ends of each, which the lines need not name:
        // one a merge made that no line of the batch went to (a word became a value's
        // introducer), or one made and generalised within a line's mining. A restarted miner
        // needs their text to fold them as this one did, and an answer to name them. Seen at
        // the batch's time.
        if !aliases.is_empty() && !lines.is_empty() {
            let first_seen_ms = lines.iter().map(|l| l.timestamp_ms).min().unwrap_or_default();
            let last_seen_ms = lines.iter().map(|l| l.timestamp_ms).max().unwrap_or_default();
            let current = aliases.iter().filter_map(|&(_, id)| Some((id, miner.template_text(id)?)));
            for (id, text) in current.chain(miner.former_templates()) {
                templates.entry(id).or_insert_with(|| TemplateRecord {
                    template_id: id,
                    template: text.to_string(),
                    first_seen_ms,
                    last_seen_ms,
                });
            }
        }
        Mined { templates: templates.into_values().collect(), aliases, alias_generation }
    }

    /// The store has what [`Templates::mine`] gave, its aliases included.
    pub fn saved(&self, alias_generation: u64) {
        let mut saved = self.saved_alias_generation.lock().unwrap_or_else(|p| p.into_inner());
        *saved = (*saved).max(alias_generation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hover_core::TimeWindow;
    use hover_store::{Batch, EmbeddedStore, Scope};

    fn line(message: &str, template_id: TemplateId, timestamp_ms: i64) -> LogLine {
        let (org, stream, level) = ("o".into(), "syslog".into(), String::new());
        LogLine { org, stream, timestamp_ms, template_id, level, message: message.into() }
    }

    #[tokio::test]
    async fn a_template_made_by_a_merge_no_line_went_to_is_stored_and_known_after_a_restart() {
        let dir = hover_testkit::TempDir::new("merge-without-line");
        let store = Store::Embedded(EmbeddedStore::open(&dir.path().join("hover.db")).unwrap());
        let templates = Templates::start(&store).await.unwrap();
        let batches = [
            &["offer on ftp to host", "offer on web to host", "disk on 1 of 9", "fan on 2 of 9"][..],
            // A third template with `on <*>`: `on` introduces values, so `ftp` and `web` are
            // values, and their two templates merge; this batch's line goes elsewhere.
            &["psu on 3 of 9"][..],
        ];
        let mut stored = Vec::new();
        for (at, batch) in batches.iter().enumerate() {
            let mut lines: Vec<LogLine> =
                batch.iter().map(|m| line(m, TemplateId::of_text(""), 1_000 * at as i64)).collect();
            let mined = templates.mine(&mut lines);
            stored.extend(lines.iter().map(|l| l.template_id));
            let batch = Batch { lines, templates: mined.templates, aliases: mined.aliases, keys: Vec::new() };
            store.write(&batch).await.unwrap();
            templates.saved(mined.alias_generation);
        }
        let merged = TemplateId::of_text("offer on <*> to host");
        assert_eq!(templates.resolve(&store, &stored[..1]).await.unwrap(), vec![merged]);
        // After a restart the store's lines count for it and it has its text.
        let restarted = Templates::start(&store).await.unwrap();
        assert_eq!(restarted.resolve(&store, &stored[..2]).await.unwrap(), vec![merged, merged]);
        assert_eq!(restarted.texts(&[merged]), vec![Some("offer on <*> to host".to_string())]);
    }

    #[tokio::test]
    async fn lines_an_older_miner_stored_count_for_the_template_their_event_has_now() {
        // An older miner kept a syslog host as a word: one template per host, in the store.
        let dir = hover_testkit::TempDir::new("older-miner");
        let store = Store::Embedded(EmbeddedStore::open(&dir.path().join("hover.db")).unwrap());
        let old = [
            "<*> web-<*> sshd[<*>]: Accepted publickey for deploy",
            "<*> dbhost sshd[<*>]: Accepted publickey for deploy",
        ];
        let old_ids = old.map(TemplateId::of_text);
        let raw = [
            "Nov 28 10:00:00 web-1 sshd[42]: Accepted publickey for deploy",
            "Nov 28 10:00:05 dbhost sshd[43]: Accepted publickey for deploy",
        ];
        let templates = old.iter().zip(old_ids).map(|(text, id)| TemplateRecord {
            template_id: id,
            template: text.to_string(),
            first_seen_ms: 1_000,
            last_seen_ms: 1_000,
        });
        let lines = raw.iter().zip(old_ids).map(|(raw, id)| line(raw, id, 1_000)).collect();
        let batch = Batch { lines, templates: templates.collect(), aliases: Vec::new(), keys: Vec::new() };
        store.write(&batch).await.unwrap();

        // This release starts on that store and mines the same event from both hosts.
        let templates = Templates::start(&store).await.unwrap();
        let mut lines: Vec<LogLine> = raw.iter().map(|raw| line(raw, old_ids[0], 2_000)).collect();
        let mined = templates.mine(&mut lines);
        let now = lines[0].template_id;
        assert_eq!(lines[1].template_id, now);
        assert_eq!(templates.texts(&[now]), vec![Some("<*> sshd[<*>]: Accepted publickey for deploy".to_string())]);
        assert!(mined.aliases.contains(&(old_ids[0], now)) && mined.aliases.contains(&(old_ids[1], now)));
        let (templates_made, aliases) = (mined.templates, mined.aliases);
        store.write(&Batch { lines, templates: templates_made, aliases, keys: Vec::new() }).await.unwrap();

        // The 2 older lines and the 2 new ones all count for it, also after another restart.
        let restarted = Templates::start(&store).await.unwrap();
        let scope = Scope { org: "o".into(), streams: None };
        let counts = store.template_counts(&scope, &TimeWindow { start_ms: 0, end_ms: 10_000 }).await.unwrap();
        let mut per_template: HashMap<TemplateId, u64> = HashMap::new();
        let stored: Vec<TemplateId> = counts.iter().map(|(id, _)| *id).collect();
        for ((_, n), id) in counts.iter().zip(restarted.resolve(&store, &stored).await.unwrap()) {
            *per_template.entry(id).or_default() += n;
        }
        assert_eq!(per_template, HashMap::from([(now, 4)]));
    }
}
