//! Which templates can cover a masked form, and which a template can cover, found without
//! looking at every template of the length.
//!
//! A template's plain words (tokens with no `<*>` in them) cover only themselves and their
//! full-stop variants (`entered` / `entered.`), and a text of several words covers only texts
//! with its constant first and last words (`msg="user <*> logged in"`), so a template covers
//! a form only if the form holds each of these at its position. Indexing templates by
//! (length, position, word) leaves a handful of candidates for the exact test
//! ([`super::token::covers`]) even when a log has many thousands of templates that share
//! their first words (a timestamp, a level).
//!
//! Lists are pruned only by length (see [`TemplateIndex::newest_live`]): a folded template
//! stays listed and callers skip it.

use super::mask::WILDCARD;
use super::search::has_text;
use super::token::{first_and_last_word, without_full_stop, Token};
use crate::sort::sort_unstable_by;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// The templates listed under one key, in the order they were listed. Most keys list one
/// (a new template of n tokens adds about 2n keys here and in the miner's sibling lists),
/// which this holds without a heap allocation of its own.
#[derive(Debug, Clone)]
pub(super) enum Postings {
    One(usize),
    Many(Vec<usize>),
}

impl Default for Postings {
    fn default() -> Self {
        Self::Many(Vec::new())
    }
}

impl Postings {
    pub(super) fn push(&mut self, index: usize) {
        match self {
            Self::Many(list) if list.is_empty() => *self = Self::One(index),
            Self::Many(list) => list.push(index),
            Self::One(first) => *self = Self::Many(vec![*first, index]),
        }
    }
}

impl std::ops::Deref for Postings {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        match self {
            Self::One(index) => std::slice::from_ref(index),
            Self::Many(list) => list,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub(super) struct TemplateIndex {
    /// Token count → every template of that length.
    by_len: Vec<Vec<usize>>,
    /// Key a token offers (see [`Side`]) → every template with a token that offers it.
    postings: FxHashMap<u64, Postings>,
    /// Key a token requires → the templates listed under it, each under one key that it
    /// requires: the one whose list was shortest when it was added.
    anchors: FxHashMap<u64, Postings>,
    /// Token count → templates that require no key, which every form of the length may fit.
    unanchored: Vec<Vec<usize>>,
}

/// A template token requires keys of the token it covers, which offers them. A plain word
/// requires itself without a full stop (so that `entered` is found from `entered.`; the
/// exact test tells which covers which). A text of several words with `<*>` in it requires
/// its first word and its last, where they hold none: it covers word by word.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Requires,
    Offers,
}

/// The keys of the first `len` tokens of a template or form of `len` tokens (or one fewer),
/// hashed with their position.
fn keys_of(len: usize, tokens: &[Token], side: Side) -> Vec<u64> {
    let mut keys = Vec::with_capacity(len);
    for (at, token) in tokens.iter().take(len).enumerate() {
        let Token::Word(word) = token else { continue };
        // (Most words hold no `<`: a byte search turns them away before the text search.)
        let plain = !(word.as_bytes().contains(&b'<') && has_text(word, WILDCARD));
        // Parts of a plain word hold no `<*>` either.
        let mut add = |kind: u8, part: &str| {
            if plain || !has_text(part, WILDCARD) {
                keys.push(key(len, at, kind, part));
            }
        };
        if plain {
            add(b'=', without_full_stop(word));
        }
        // A plain text covers only itself and its full-stop variants: it requires itself whole.
        if let Some((first, last)) = first_and_last_word(word) {
            if side == Side::Offers || !plain {
                add(b'<', first);
                add(b'>', last);
            }
        }
    }
    keys
}

fn key(len: usize, at: usize, kind: u8, word: &str) -> u64 {
    // Fx, not xxh3: keys are short and hashed on every new form, and a collision only adds a
    // candidate that the exact test turns away.
    let mut hasher = FxHasher::default();
    hasher.write_usize(len);
    hasher.write_usize(at);
    hasher.write_u8(kind);
    hasher.write(word.as_bytes());
    hasher.finish()
}

pub(super) fn grown<T: Default>(lists: &mut Vec<T>, len: usize) -> &mut T {
    if lists.len() <= len {
        lists.resize_with(len + 1, T::default);
    }
    &mut lists[len]
}

impl TemplateIndex {
    pub(super) fn add(&mut self, index: usize, tokens: &[Token]) {
        let len = tokens.len();
        grown(&mut self.by_len, len).push(index);
        for k in keys_of(len, tokens, Side::Offers) {
            self.postings.entry(k).or_default().push(index);
        }
        let anchor = keys_of(len, tokens, Side::Requires)
            .into_iter()
            .min_by_key(|k| self.anchors.get(k).map_or(0, |list| list.len()));
        match anchor {
            Some(k) => self.anchors.entry(k).or_default().push(index),
            None => grown(&mut self.unanchored, len).push(index),
        }
    }

    /// The newest `most` templates of `len` tokens that are not `folded`, newest first. Folded
    /// ones are dropped from the length's list once more than `most` are passed over, so a
    /// log whose templates keep folding costs no more each time.
    pub(super) fn newest_live(&mut self, len: usize, most: usize, folded: impl Fn(usize) -> bool) -> Vec<usize> {
        let Some(list) = self.by_len.get_mut(len) else { return Vec::new() };
        let (mut live, mut passed) = (Vec::with_capacity(most), 0);
        for &i in list.iter().rev() {
            if live.len() == most {
                break;
            }
            match folded(i) {
                true => passed += 1,
                false => live.push(i),
            }
        }
        if passed > most {
            list.retain(|&i| !folded(i));
        }
        live
    }

    /// Templates of `len` tokens that may cover `form` (of `len` tokens, or one fewer for a
    /// template ending in an optional `<*>`), each once.
    pub(super) fn may_cover(&self, len: usize, form: &[Token]) -> Vec<usize> {
        let anchored =
            keys_of(len, form, Side::Offers).into_iter().filter_map(|k| self.anchors.get(&k).map(|list| &list[..]));
        anchored.chain(self.unanchored.get(len).map(|list| &list[..])).flatten().copied().collect()
    }

    /// Templates that may hold the plain word `word` as a token, in the order they came.
    pub(super) fn holding(&self, word: &str) -> Vec<usize> {
        let word = without_full_stop(word);
        let mut found = Vec::new();
        for (len, templates) in self.by_len.iter().enumerate() {
            for at in (0..len).filter(|_| !templates.is_empty()) {
                if let Some(list) = self.postings.get(&key(len, at, b'=', word)) {
                    found.extend_from_slice(list);
                }
            }
        }
        sort_unstable_by(&mut found, Ord::cmp);
        found.dedup();
        found
    }

    /// Templates of `len` tokens whose first `template.len()` tokens `template` may cover
    /// (it may also be one longer, ending in an optional `<*>`): those that offer the key it
    /// requires that fewest templates offer.
    pub(super) fn may_be_covered(&self, len: usize, template: &[Token]) -> &[usize] {
        let requires = keys_of(len, template, Side::Requires);
        let lists = requires.iter().map(|k| self.postings.get(k).map_or(&[][..], |list| &list[..]));
        match lists.min_by_key(|list| list.len()) {
            Some(list) => list,
            None => self.by_len.get(len).map_or(&[], Vec::as_slice),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::token::token_covers;
    use super::*;
    use proptest::prelude::*;

    /// Plain words, full-stop variants, patterns, texts with and without values.
    const VOCABULARY: [&str; 14] = [
        "<*>",
        "a",
        "a.",
        "b",
        "...",
        "....",
        "user=<*>",
        "user=x",
        "a<*>",
        "msg=\"a b\"",
        "msg=\"a b\".",
        "msg=\"a <*> c\"",
        "msg=\"a x c\"",
        "msg=\"<*> b\"",
    ];

    fn token(text: &str) -> Token {
        if text == WILDCARD {
            Token::Wildcard
        } else {
            Token::Word(text.into())
        }
    }

    fn tokens() -> impl Strategy<Value = Vec<Token>> {
        prop::collection::vec(prop::sample::select(&VOCABULARY[..]).prop_map(token), 0..4)
    }

    /// `template` covers the first `line.len()` tokens of a line, token by token (what
    /// [`super::super::token::covers`] demands and more).
    fn covers_tokens(template: &[Token], line: &[Token]) -> bool {
        template.iter().zip(line).all(|(t, l)| token_covers(t, l))
    }

    proptest! {
        // The index may list templates that do not fit; it must list every one that does.
        #[test]
        fn the_index_misses_no_template(
            templates in prop::collection::vec(tokens(), 1..40),
            forms in prop::collection::vec(tokens(), 1..20),
        ) {
            let mut index = TemplateIndex::default();
            for (i, t) in templates.iter().enumerate() {
                index.add(i, t);
            }
            for (i, t) in templates.iter().enumerate() {
                for word in t.iter().filter_map(|token| match token {
                    Token::Word(w) if !has_text(w, WILDCARD) => Some(w),
                    _ => None,
                }) {
                    prop_assert!(index.holding(word).contains(&i), "{t:?} holds {word:?}, not found");
                }
            }
            for form in &forms {
                let mut found = index.may_cover(form.len(), form);
                found.extend(index.may_cover(form.len() + 1, form));
                for (i, t) in templates.iter().enumerate() {
                    let fits = t.len() == form.len() || t.len() == form.len() + 1 && t.last() == Some(&Token::Wildcard);
                    if fits && covers_tokens(t, form) {
                        prop_assert!(found.contains(&i), "{t:?} covers {form:?}, not found");
                    }
                }
                // A form of the templates' own vocabulary as a template: what it covers,
                // one token longer or shorter too.
                for (j, other) in templates.iter().enumerate() {
                    let n = other.len();
                    let related = form.len() == n || form.len() == n + 1 || form.len() + 1 == n;
                    if related && covers_tokens(form, other) {
                        prop_assert!(index.may_be_covered(n, form).contains(&j), "{form:?} covers {other:?}, not found");
                    }
                }
            }
        }
    }
}
