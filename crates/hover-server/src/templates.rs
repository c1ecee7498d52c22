//! The template miner the whole server shares, and what of it the store already has.
//!
//! Ingest mines lines with it; queries resolve the template IDs the store counted (an ID
//! stored before its template generalised counts for the ID it became) and name the ones
//! they show. The miner's lock is held for mining and look-ups only, never across I/O.

use hover_core::SavedTemplate;
use hover_core::{TemplateId, TemplateMiner};
use hover_store::{Batch, LogLine, Store, StoreError, TemplateRecord};
use std::collections::{BTreeMap, HashSet};
use std::sync::{Mutex, MutexGuard};

/// The miner every request shares, and what of it the store already has.
pub struct Templates {
    miner: Mutex<TemplateMiner>,
    /// What of the miner's templates and aliases the store is known to have, so a batch
    /// carries only what changed: re-sending every alias and former template whenever one
    /// changed made ingest quadratic in them.
    in_store: Mutex<InStore>,
    /// Stored template IDs the store has no text for either: never looked up again.
    not_in_store: Mutex<HashSet<TemplateId>>,
}

/// What of the miner a store has, as far as this process knows.
#[derive(Default)]
struct InStore {
    /// The miner's alias generation up to which the store has every alias and former
    /// template (what it read at start counts as had).
    alias_generation: u64,
    /// The templates whose text it has: those it read at start and those written since.
    texts: HashSet<TemplateId>,
}

impl InStore {
    fn add(&mut self, templates: &[TemplateRecord]) {
        self.texts.extend(templates.iter().map(|t| t.template_id));
    }
}

/// What mining a batch gives the store: each line's template set on the line, the templates'
/// texts, and the aliases the store lacks.
pub struct Mined {
    /// Texts of the templates the lines use.
    pub templates: Vec<TemplateRecord>,
    /// The aliases (old ID, new ID) set or re-pointed since the store had them all.
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
            in_store: Mutex::new(InStore::default()),
            not_in_store: Mutex::new(HashSet::new()),
        };
        templates.learn_from_store(store).await?;
        Ok(templates)
    }

    fn miner(&self) -> MutexGuard<'_, TemplateMiner> {
        self.miner.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn in_store(&self) -> MutexGuard<'_, InStore> {
        self.in_store.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds to the miner the templates and aliases in the store that it lacks.
    async fn learn_from_store(&self, store: &Store) -> Result<(), StoreError> {
        let (templates, aliases) = (store.templates().await?, store.aliases().await?);
        self.in_store().add(&templates);
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
        let mut out: Vec<(TemplateId, TemplateId)> = ids.iter().map(|&id| (id, id)).collect();
        for &id in ids {
            out.extend(miner.former_ids(id).iter().map(|&old| (old, id)));
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
        let in_store = self.in_store();
        // The aliases changed since the store had them all, and the templates folded since.
        let changes = miner.alias_changes_since(in_store.alias_generation);
        let aliases = changes.aliases;
        // With new aliases, the templates at both ends of each, which the lines need not name:
        // one a merge made that no line of the batch went to (a word became a value's
        // introducer), or one made and generalised within a line's mining. A restarted miner
        // needs their text to fold them as this one did, and an answer to name them. Seen at
        // the batch's time.
        if !aliases.is_empty() && !lines.is_empty() {
            let first_seen_ms = lines.iter().map(|l| l.timestamp_ms).min().unwrap_or_default();
            let last_seen_ms = lines.iter().map(|l| l.timestamp_ms).max().unwrap_or_default();
            let current = aliases.iter().filter_map(|&(_, id)| Some((id, miner.template_text(id)?)));
            for (id, text) in current.chain(changes.former_templates) {
                if !in_store.texts.contains(&id) {
                    templates.entry(id).or_insert_with(|| TemplateRecord {
                        template_id: id,
                        template: text.to_string(),
                        first_seen_ms,
                        last_seen_ms,
                    });
                }
            }
        }
        Mined { templates: templates.into_values().collect(), aliases, alias_generation }
    }

    /// The store has `written`, made by [`Templates::mine`] at `alias_generation` or merged
    /// from batches made up to it: later batches need not carry its templates and aliases.
    pub fn saved(&self, alias_generation: u64, written: &Batch) {
        let stored = {
            let mut in_store = self.in_store();
            in_store.add(&written.templates);
            in_store.alias_generation = in_store.alias_generation.max(alias_generation);
            in_store.alias_generation
        };
        // The miner need not log what the store has. (Its lock is taken with `in_store`'s
        // released: `mine` takes the two the other way round.)
        self.miner().forget_alias_changes_before(stored);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hover_core::TimeWindow;
    use hover_store::{EmbeddedStore, Scope};
    use std::collections::HashMap;

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
            templates.saved(mined.alias_generation, &batch);
        }
        let merged = TemplateId::of_text("offer on <*> to host");
        assert_eq!(templates.resolve(&store, &stored[..1]).await.unwrap(), vec![merged]);
        // After a restart the store's lines count for it and it has its text.
        let restarted = Templates::start(&store).await.unwrap();
        assert_eq!(restarted.resolve(&store, &stored[..2]).await.unwrap(), vec![merged, merged]);
        assert_eq!(restarted.texts(&[merged]), vec![Some("offer on <*> to host".to_string())]);
    }

    #[tokio::test]
    async fn a_batch_carries_only_the_aliases_and_templates_the_store_lacks() {
        let dir = hover_testkit::TempDir::new("aliases-once");
        let store = Store::Embedded(EmbeddedStore::open(&dir.path().join("hover.db")).unwrap());
        let templates = Templates::start(&store).await.unwrap();
        let mine = |messages: &[&str]| {
            let mut lines: Vec<LogLine> = messages.iter().map(|m| line(m, TemplateId::of_text(""), 1_000)).collect();
            let mined = templates.mine(&mut lines);
            let batch = Batch { lines, templates: mined.templates, aliases: mined.aliases, keys: Vec::new() };
            (batch, mined.alias_generation)
        };
        let ids = |batch: &Batch| -> HashSet<TemplateId> { batch.aliases.iter().map(|&(old, _)| old).collect() };
        let of = |texts: &[&str]| -> HashSet<TemplateId> { texts.iter().map(|t| TemplateId::of_text(t)).collect() };
        // `on` comes to introduce values: `ftp` and `web` merge.
        let (first, generation) = mine(&["offer on ftp to host", "offer on web to host", "disk on 1 of 9"]);
        store.write(&first).await.unwrap();
        templates.saved(generation, &first);
        let (second, generation) = mine(&["fan on 2 of 9", "psu on 3 of 9"]);
        assert_eq!(ids(&second), of(&["offer on ftp to host", "offer on web to host"]));
        store.write(&second).await.unwrap();
        templates.saved(generation, &second);

        // Another merge: only its own aliases and former templates go to the store.
        let (third, _) = mine(&["mail on pop to desk", "mail on imap to desk"]);
        let mail = ["mail on pop to desk", "mail on imap to desk"];
        assert_eq!(ids(&third), of(&mail));
        let texts: HashSet<TemplateId> = third.templates.iter().map(|t| t.template_id).collect();
        assert_eq!(texts, of(&[mail[0], mail[1], "mail on <*> to desk"]));
        // That write failed: the next batch carries its aliases again.
        let (fourth, _) = mine(&["bin on x to y", "bin on z to y"]);
        assert_eq!(ids(&fourth), of(&[mail[0], mail[1], "bin on x to y", "bin on z to y"]));
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
