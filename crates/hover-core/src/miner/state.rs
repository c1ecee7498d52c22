//! A miner's saved state: snapshot, restore, and learning what another miner made.

use super::mask::{rule, WILDCARD};
use super::slots::single_spaced;
use super::token::{json_as_read, render, split_tokens, Token};
use super::{dormant_word, MinerConfig, TemplateId, TemplateMiner};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A miner's saved state (serde: JSON or any other format).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MinerState {
    /// [`MinerState::VERSION`] when saved.
    pub version: u32,
    /// The settings the miner ran with.
    pub config: MinerConfig,
    /// Every current template, then every template that generalised since (no lines: they
    /// count in what they became), which a restored miner folds again.
    pub templates: Vec<SavedTemplate>,
    /// Former template IDs and the ID each became.
    pub aliases: BTreeMap<TemplateId, TemplateId>,
}

impl MinerState {
    /// The format this build saves and restores.
    pub const VERSION: u32 = 1;
}

/// One template of a saved state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedTemplate {
    /// Its text, tokens separated by single spaces, `<*>` where values vary.
    pub template: String,
    /// Lines it had when saved.
    pub lines: u64,
}

impl TemplateMiner {
    /// The miner's state, to save and [`TemplateMiner::restore`] later.
    pub fn snapshot(&self) -> MinerState {
        MinerState {
            version: MinerState::VERSION,
            config: self.config,
            templates: self
                .templates()
                .map(|(_, text, lines)| SavedTemplate { template: text.to_string(), lines })
                .chain(self.former_templates().map(|(_, text)| SavedTemplate { template: text.to_string(), lines: 0 }))
                .collect(),
            aliases: self.aliases.iter().map(|(old, new)| (*old, *new)).collect(),
        }
    }

    /// Rebuilds a miner from a saved state: same templates, same IDs, same aliases.
    pub fn restore(state: MinerState) -> Result<Self, String> {
        if state.version != MinerState::VERSION {
            return Err(format!("miner state version {} is not {}", state.version, MinerState::VERSION));
        }
        let mut miner = Self::new(state.config);
        // A snapshot of this version is this miner's own state: no template in it is an
        // older miner's, so none is dormant (see `learn`), and none is taken in by another.
        miner.add_learnt(state.templates, state.aliases, false);
        Ok(miner)
    }

    /// Adds templates and aliases made elsewhere (another process's miner, read back from a
    /// shared store) that this miner lacks, keeping its own. They count as already saved:
    /// [`TemplateMiner::alias_generation`] does not change. Returns how many templates
    /// were new here.
    pub fn learn(
        &mut self,
        templates: impl IntoIterator<Item = SavedTemplate>,
        aliases: impl IntoIterator<Item = (TemplateId, TemplateId)>,
    ) -> usize {
        self.add_learnt(templates, aliases, true)
    }

    /// [`TemplateMiner::learn`]; with `dormant`, the live templates learnt may be an older
    /// miner's, which a template of this one takes in once a line shows it is the same event
    /// (see [`TemplateMiner::adopt_dormant`]).
    fn add_learnt(
        &mut self,
        templates: impl IntoIterator<Item = SavedTemplate>,
        aliases: impl IntoIterator<Item = (TemplateId, TemplateId)>,
        dormant: bool,
    ) -> usize {
        let mut learnt = Vec::new();
        for saved in templates {
            // An older miner read a JSON record's `"key": value` as two tokens, and kept a
            // nested map's members in the order of the line; this one reads `"key":value`, in
            // one order (see `json_as_read`).
            let compacted = json_as_read(&saved.template);
            let mut respaced = compacted.is_some();
            let tokens: Vec<Token> = split_tokens(compacted.as_deref().unwrap_or(&saved.template))
                .map(|t| match t == WILDCARD {
                    true => Token::Wildcard,
                    false => {
                        // Nor did it read a rule as its first four marks (see `mask::rule`).
                        let spaced = single_spaced(t);
                        let word = rule(&spaced).map_or_else(|| spaced.to_string(), str::to_string);
                        respaced |= word != t;
                        Token::Word(word.into())
                    }
                })
                .collect();
            let text = render(&tokens);
            let id = TemplateId::of_text(&text);
            // An older miner wrote a list's own whitespace into its text (`[a,\tb]`), spaced
            // JSON members and kept a rule's length; this one writes one space (`[a, b]`), none
            // and four marks, and the lines stored under the old text count for the new one.
            if respaced {
                let old = TemplateId::of_text(&saved.template);
                if old != id && !self.aliases.contains_key(&old) {
                    self.set_alias(old, id);
                }
            }
            if !self.by_id.contains_key(&id) {
                learnt.push(self.add_template(tokens, text, id, saved.lines));
            }
        }
        for (old_id, new_id) in aliases {
            if !self.aliases.contains_key(&old_id) {
                self.set_alias(old_id, new_id);
            }
        }
        // A store keeps the text of every template its lines had, so also of those that
        // generalised since: they are folded again, as in the miner that folded them (where
        // they still find their siblings for it), not live beside what they became.
        let logged = self.alias_log.len();
        for &index in &learnt {
            let now = self.resolve(self.templates[index].id);
            match self.by_id.get(&now) {
                Some(&into) if into != index => self.fold_into(index, into),
                _ if !dormant => {}
                _ => {
                    self.dormant.insert(index);
                    for token in &self.templates[index].tokens {
                        if let Some(word) = dormant_word(token) {
                            self.dormant_words.entry(word.into()).or_default().push(index);
                        }
                    }
                }
            }
        }
        // Nothing new to save: those aliases came with the templates.
        self.alias_log.truncate(logged);
        let added = learnt.len();
        // Learnt templates are as the miner that made them left them: nothing to look at again.
        self.new_introducers.clear();
        self.new_shared_pairs.clear();
        added
    }
}
