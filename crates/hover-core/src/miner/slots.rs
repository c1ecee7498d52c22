//! What a line puts in each `<*>` of its template: the values a template's slots hold, so two
//! windows can be compared inside one template ("which host is it?").

use super::mask::{as_read, is_unit, rule, WILDCARD};
use super::search::{count_text, has_text};
use super::token::{fits_pattern, is_full_stop_variant, match_pattern, split_tokens, without_full_stop};
use crate::analysis::{compare, ChangeStatus, CompareOptions, Comparison, CountPair, TemplateChange};
use crate::count_pairs;
use crate::sort::sort_unstable_by;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Lines longer than this many tokens are not aligned (reported as unaligned): alignment is
/// quadratic in the tokens a `<*>` may span.
const MAX_ALIGNED_TOKENS: usize = 1_000;

/// Most tokens a `<*>` inside a token (`[<*>]`) may span.
const MAX_SPANNED_TOKENS: usize = 16;

/// The value of each `<*>` of `template` in `line`, in order, or `None` when the line does
/// not fit the template. A `<*>` standing alone may span several tokens (the miner folds a
/// run of values into one), joined by one space; as the miner allows, the last ones may stand
/// for nothing (an empty value): each optional tail the miner merged adds one, and so may all
/// but the last of values side by side (`<*> <*>`), where the miner placed a line with fewer.
/// A `<*>` inside a token (`blk_<*>`, `/<*>:<*>`) takes the part between the constant pieces.
pub fn slot_values(template: &str, line: &str) -> Option<Vec<String>> {
    // As the miner read it: without colour codes, a JSON object's members unspaced.
    let read = as_read(line);
    let Alignment { values, pattern, tokens, .. } = Alignment::of(template, read.as_deref().unwrap_or(line), true);
    if values.is_some() {
        return values;
    }
    // The miner may group a line under a template that differs from it in a word (a merge
    // of two groups keeps one group's text): with as many tokens, read the slots by position.
    (pattern.len() == tokens.len() && tokens.len() <= MAX_ALIGNED_TOKENS).then(|| {
        let mut values = Vec::new();
        for (pattern, token) in pattern.iter().zip(&tokens) {
            let kept = values.len();
            if has_text(pattern, WILDCARD) && !token_values(pattern, token, &mut values) {
                values.truncate(kept);
                values.extend(std::iter::repeat_n(token.to_string(), count_text(pattern, WILDCARD)));
            }
        }
        values
    })
}

/// Does `line` fit `template` word for word, each `<*>` taking one or more of its tokens?
pub(crate) fn fits(template: &str, line: &str) -> bool {
    Alignment::of(template, line, false).values.is_some()
}

/// When `line` fits `template` word for word: which of its tokens a token of the template
/// with no `<*>` matched, in order.
pub(crate) fn literal_tokens(template: &str, line: &str) -> Option<Vec<usize>> {
    let Alignment { values, pattern, starts, .. } = Alignment::of(template, line, false);
    values?;
    Some(pattern.iter().zip(starts).filter(|(p, _)| !has_text(p, WILDCARD)).map(|(_, t)| t).collect())
}

/// A template and a line, split into tokens and matched word for word.
struct Alignment<'t, 'l> {
    /// The values of the template's `<*>`s, when the line fits it.
    values: Option<Vec<String>>,
    pattern: Vec<&'t str>,
    /// A quoted text is one token, its runs joined by one space as in a template.
    tokens: Vec<Cow<'l, str>>,
    /// The line token each template token starts at, when the line fits.
    starts: Vec<usize>,
}

impl<'t, 'l> Alignment<'t, 'l> {
    /// With `runs_may_shrink`, a `<*>` followed by another may stand for nothing: the miner
    /// places a line with one value where a template holds values side by side (see
    /// `covering_with_a_run_spread`), so a run of `<*>`s reads one or more of its tokens.
    fn of(template: &'t str, line: &'l str, runs_may_shrink: bool) -> Self {
        let pattern: Vec<&str> = split_tokens(template).collect();
        let tokens: Vec<Cow<str>> = split_tokens(line).map(single_spaced).collect();
        if tokens.len() > MAX_ALIGNED_TOKENS {
            return Self { values: None, pattern, tokens, starts: Vec::new() };
        }
        let words: Vec<&str> = tokens.iter().map(AsRef::as_ref).collect();
        let mut values = Vec::new();
        let tried = vec![false; (pattern.len() + 1) * (words.len() + 1)];
        let starts = Vec::with_capacity(pattern.len());
        let mut failed = Failed { width: words.len() + 1, tried, starts, runs_may_shrink };
        let fits = align(&pattern, &words, 0, 0, &mut values, &mut failed);
        Self { values: fits.then_some(values), pattern, tokens, starts: failed.starts }
    }
}

/// `words` with one space between each two (`[_]::join`, without its 1.2 KB of wasm).
fn spaced<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (i, word) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A token of several runs (a list, a quoted text, a JSON array) with one space between each
/// two, as a template writes it and as a line's tokens are matched against it.
pub(super) fn single_spaced(token: &str) -> Cow<'_, str> {
    // Most are so already (a quoted text is masked run by run, joined by one space): no copy.
    let b = token.as_bytes();
    let spaced_once = b
        .iter()
        .enumerate()
        .all(|(at, &c)| !c.is_ascii_whitespace() || c == b' ' && at > 0 && at + 1 < b.len() && b[at + 1] != b' ');
    match spaced_once {
        true => Cow::Borrowed(token),
        false => Cow::Owned(spaced(token.split_ascii_whitespace())),
    }
}

/// The (template position, line position) pairs known not to match, and where each template
/// token starts on the path being tried.
struct Failed {
    width: usize,
    tried: Vec<bool>,
    starts: Vec<usize>,
    /// Whether a `<*>` followed by another may stand for nothing (see [`Alignment::of`]).
    runs_may_shrink: bool,
}

impl Failed {
    fn contains(&self, p: usize, t: usize) -> bool {
        self.tried[p * self.width + t]
    }

    fn insert(&mut self, p: usize, t: usize) {
        self.tried[p * self.width + t] = true;
    }
}

/// Matches `pattern[p..]` against `tokens[t..]`, pushing slot values and, in `failed.starts`,
/// the token each pattern token starts at; remembers the (p, t) that cannot match so each is
/// tried once.
fn align(pattern: &[&str], tokens: &[&str], p: usize, t: usize, values: &mut Vec<String>, failed: &mut Failed) -> bool {
    if p == pattern.len() {
        return t == tokens.len();
    }
    if failed.contains(p, t) {
        return false;
    }
    failed.starts.truncate(p);
    failed.starts.push(t);
    let kept = values.len();
    let matched = if pattern[p] == WILDCARD {
        // The shortest span first; the last `<*>`s may also span nothing (optional tails
        // chain: `"a`, `"a b`, `"a b c"` end up in one template; an empty line is `<*>`'s),
        // and so may one before another where runs may shrink.
        let only_values_left = pattern[p..].iter().all(|&rest| rest == WILDCARD);
        let before_another = failed.runs_may_shrink && pattern.get(p + 1) == Some(&WILDCARD);
        let empty = only_values_left && t == tokens.len() || before_another;
        let spans = (1..=tokens.len() - t).chain(empty.then_some(0));
        spans.into_iter().any(|span| {
            values.truncate(kept);
            values.push(spaced(tokens[t..t + span].iter().copied()));
            align(pattern, tokens, p + 1, t + span, values, failed)
        })
    } else if let Some(&token) = tokens.get(t) {
        token_values(pattern[p], token, values) && align(pattern, tokens, p + 1, t + 1, values, failed)
            || has_text(pattern[p], WILDCARD) && align_spanning(pattern, tokens, (p, t), kept, values, failed)
    } else {
        false
    };
    if !matched {
        values.truncate(kept);
        failed.insert(p, t);
    }
    matched
}

/// [`align`] with template token `p`, which holds a `<*>`, over several line tokens from `t`
/// (`values` back to its first `kept` on each try): a value inside punctuation may hold
/// spaces (a thread's name, `[<*>]` over `[RMCommunicator Allocator]`), and a list of one
/// shape, one token once masked (`blk_<*>` over `blk_1 blk_2 …`), spans every token of it.
fn align_spanning(
    pattern: &[&str],
    tokens: &[&str],
    (p, t): (usize, usize),
    kept: usize,
    values: &mut Vec<String>,
    failed: &mut Failed,
) -> bool {
    let list = tokens[t..].iter().take_while(|token| fits_pattern(pattern[p], token)).count();
    (2..=MAX_SPANNED_TOKENS.max(list).min(tokens.len() - t)).any(|span| {
        values.truncate(kept);
        token_values(pattern[p], &spaced(tokens[t..t + span].iter().copied()), values)
            && align(pattern, tokens, p + 1, t + span, values, failed)
    })
}

/// One template token against one line token: the values of its `<*>`s, if it fits.
/// Words match as the miner matches them: up to a full stop glued to the line's, a unit of
/// size or time for another (`5.2 KB` is grouped with `93.0 B`), and a rule for one of any
/// length (`====` for `==========`).
fn token_values(pattern: &str, token: &str, values: &mut Vec<String>) -> bool {
    if !has_text(pattern, WILDCARD) {
        return pattern == token
            || is_full_stop_variant(pattern, token)
            || rule(token) == Some(pattern)
            || is_unit(pattern) && is_unit(without_full_stop(token));
    }
    [token, without_full_stop(token)].into_iter().any(|token| {
        let kept = values.len();
        // Without the padding inside brackets (`[INFO ]`: `INFO`).
        let fits = match_pattern(pattern, token, |value| values.push(value.trim_ascii().to_string()));
        if !fits {
            values.truncate(kept);
        }
        fits
    })
}

/// How the values of one `<*>` changed between two windows.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotChange {
    /// The slot's position among the template's `<*>`s, from 0.
    pub slot: usize,
    /// The template token that holds it (`user=<*>`, or `<*>` alone).
    pub token: String,
    /// Its values compared like templates: ids are the values.
    pub comparison: Comparison,
    /// The values, indexed like `comparison`'s changes' `index`.
    pub values: Vec<String>,
}

/// One value of a slot and how it changed, as the API and the CLI show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlotValue {
    /// The value ("" where a last `<*>` stood for nothing, or a list in brackets was empty).
    pub value: String,
    /// New, gone, up, down or unchanged.
    pub status: ChangeStatus,
    /// Lines with it in the current window (of those read).
    pub current_count: u64,
    /// Lines with it in the baseline (of those read).
    pub baseline_count: u64,
    /// (share now − share before) / share before.
    pub relative_change: f64,
    /// Its term of the slot's divergence.
    pub contribution: f64,
    /// G-test p-value of the change.
    pub p_value: f64,
    /// Benjamini–Hochberg q-value over the slot's values.
    pub q_value: f64,
}

/// One slot's values that changed most, as the API and the CLI show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SlotSummary {
    /// The slot's position among the template's `<*>`s, from 0.
    pub slot: usize,
    /// The template token holding it (`user=<*>`).
    pub token: String,
    /// How much its values' distribution moved.
    pub divergence: f64,
    /// Distinct values seen in either window.
    pub distinct_values: usize,
    /// The values that changed most, highest contribution first.
    pub values: Vec<SlotValue>,
}

impl SlotChange {
    /// The slot as the API and the CLI show it.
    pub fn summary(&self) -> SlotSummary {
        let values = self
            .comparison
            .changes
            .iter()
            .map(|c| SlotValue {
                value: self.values[c.index].clone(),
                status: c.status,
                current_count: c.current_count,
                baseline_count: c.baseline_count,
                relative_change: c.relative_change,
                contribution: c.contribution,
                p_value: c.p_value,
                q_value: c.q_value,
            })
            .collect();
        SlotSummary {
            slot: self.slot,
            token: self.token.clone(),
            divergence: self.comparison.divergence,
            distinct_values: self.values.len(),
            values,
        }
    }
}

/// Every slot of a template compared between the lines of two windows.
#[derive(Debug, Clone, PartialEq)]
pub struct SlotComparison {
    /// One entry per `<*>` of the template, in template order.
    pub slots: Vec<SlotChange>,
    /// Lines of the current window that did not fit the template (none were ignored silently).
    pub current_unaligned: usize,
    /// Lines of the baseline window that did not fit it.
    pub baseline_unaligned: usize,
}

/// Aligns every line with `template` and compares each slot's values between the windows
/// with the same divergence, tests and ranking as templates (see [`compare`]).
pub fn compare_slots<S: AsRef<str>>(
    template: &str,
    current: &[S],
    baseline: &[S],
    options: &CompareOptions,
) -> SlotComparison {
    let tokens: Vec<&str> = split_tokens(template).collect();
    let holders: Vec<&str> = tokens.iter().flat_map(|t| std::iter::repeat_n(*t, count_text(t, WILDCARD))).collect();
    // Each value once per line: `count_pairs` sorts them and adds repeats up, as it does a
    // window's template counts, so no map's code comes into the browser's package (a
    // `BTreeMap` was 5 KB of it; 100,000 lines are counted as fast).
    let mut counts: Vec<[Vec<(String, u64)>; 2]> = holders.iter().map(|_| Default::default()).collect();
    let mut unaligned = [0usize; 2];
    for (side, lines) in [current, baseline].into_iter().enumerate() {
        for line in lines {
            match slot_values(template, line.as_ref()) {
                Some(values) if values.len() == holders.len() => {
                    for (slot, value) in values.into_iter().enumerate() {
                        counts[slot][side].push((value, 1));
                    }
                }
                _ => unaligned[side] += 1,
            }
        }
    }
    let baseline_aligned = baseline.len() - unaligned[1];
    let slots = counts
        .into_iter()
        .enumerate()
        .map(|(slot, [now, before])| {
            let (values, pairs): (Vec<String>, Vec<CountPair>) = count_pairs(now, before);
            let comparison = match baseline_aligned {
                0 => most_frequent_now(&pairs, options),
                _ => compare(&values, &pairs, options),
            };
            SlotChange { slot, token: holders[slot].to_string(), comparison, values }
        })
        .collect();
    SlotComparison { slots, current_unaligned: unaligned[0], baseline_unaligned: unaligned[1] }
}

/// A template with no line in the baseline (new in the current window) has nothing to rank
/// its values against, but which host or user its lines name is still the first question:
/// each slot lists its most frequent values now, all `new`, untested (p = q = 1, so a
/// p- or q-value cut leaves none).
fn most_frequent_now(pairs: &[CountPair], options: &CompareOptions) -> Comparison {
    let current_total: u64 = pairs.iter().map(|p| p.current).sum();
    let mut order: Vec<usize> = (0..pairs.len()).filter(|&i| pairs[i].current > 0).collect();
    let seen = order.len();
    // Values come sorted, so equal counts keep the values' order.
    sort_unstable_by(&mut order, |&a, &b| pairs[b].current.cmp(&pairs[a].current).then(a.cmp(&b)));
    let cut = options.max_p_value.is_some_and(|p| p < 1.0) || options.max_q_value.is_some_and(|q| q < 1.0);
    if cut {
        order.clear();
    }
    if options.limit > 0 {
        order.truncate(options.limit);
    }
    let changes = order
        .into_iter()
        .map(|index| TemplateChange {
            index,
            current_count: pairs[index].current,
            baseline_count: 0,
            current_share: pairs[index].current as f64 / current_total.max(1) as f64,
            baseline_share: 0.0,
            contribution: 0.0,
            relative_change: 0.0,
            g_statistic: 0.0,
            p_value: 1.0,
            q_value: 1.0,
            baseline_periods_seen: None,
            status: ChangeStatus::New,
        })
        .collect();
    Comparison { method: options.method, divergence: 0.0, current_total, baseline_total: 0, templates: seen, changes }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(template: &str, line: &str) -> Option<Vec<String>> {
        slot_values(template, line)
    }

    fn owned(v: &[&str]) -> Option<Vec<String>> {
        Some(v.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn lines_give_the_values_of_their_slots() {
        assert_eq!(
            values("Receiving block blk_<*> src: /<*>:<*>", "Receiving block blk_-42 src: /10.0.0.1:50010"),
            owned(&["-42", "10.0.0.1", "50010"])
        );
        assert_eq!(values("user=<*> logged in", "user=alice logged in."), owned(&["alice"]));
        // A `<*>` standing for a run of values, and a trailing one standing for nothing.
        assert_eq!(values("Fan speeds ( <*> )", "Fan speeds ( 3552 3534 3375 )"), owned(&["3552 3534 3375"]));
        assert_eq!(values("took <*> <*>", "took 5"), owned(&["5", ""]));
        assert_eq!(values("said \"<*> <*> <*>", "said \"hi\""), owned(&["hi\"", "", ""]));
        assert_eq!(values("<*> connected to <*>", "db 7 connected to cache 2"), owned(&["db 7", "cache 2"]));
        // A thread's name of several words in its brackets.
        assert_eq!(
            values("<*> INFO [<*>] x: up", "7 INFO [IPC Server handler 5] x: up"),
            owned(&["7", "IPC Server handler 5"])
        );
        assert_eq!(values("disk full", "disk  full"), owned(&[]));
        assert_eq!(values("disk full on <*>", "disk empty on x y"), None);
        // Glued full stops and units as the miner reads them; same length: by position.
        assert_eq!(values("to /<*>: (command <*>)", "to /10.1.1.1:. (command 19)."), owned(&["10.1.1.1", "19"]));
        assert_eq!(values("size <*> B", "size 5.2 KB"), owned(&["5.2"]));
        // A rule of any length for the miner's four marks.
        assert_eq!(
            values("==== <*> passed in <*> ====", "===== 2 passed in 1 min 3 s ====="),
            owned(&["2", "1 min 3 s"])
        );
        assert_eq!(values("disk full on <*>", "disk empty on x"), owned(&["x"]));
        assert_eq!(values("<*>", ""), owned(&[""]));
        assert_eq!(values("a <*>", &format!("a {}", "x ".repeat(MAX_ALIGNED_TOKENS))), None);
    }

    #[test]
    fn slots_are_compared_like_templates() {
        let template = "login failed for user=<*> from <*>";
        let before: Vec<String> =
            (0..60).map(|i| format!("login failed for user=u{} from 10.0.0.{}", i % 3, i % 2)).collect();
        let mut now: Vec<String> = before.clone();
        now.extend((0..200).map(|_| "login failed for user=u9 from 10.0.0.1".to_string()));
        now.push("something else entirely".to_string());
        let result = compare_slots(template, &now, &before, &CompareOptions { limit: 0, ..Default::default() });
        assert_eq!((result.current_unaligned, result.baseline_unaligned), (1, 0));
        assert_eq!(result.slots.len(), 2);
        let user = &result.slots[0];
        assert_eq!(user.token, "user=<*>");
        let top = &user.comparison.changes[0];
        assert_eq!((user.values[top.index].as_str(), top.current_count, top.baseline_count), ("u9", 200, 0));
        assert_eq!(result.slots[1].values, ["10.0.0.0", "10.0.0.1"]);
    }

    #[test]
    fn a_new_template_lists_its_most_frequent_values_untested() {
        let template = "disk full on <*>";
        let now: Vec<String> =
            ["db-7", "db-7", "db-7", "db-2", "web-1", "db-2"].iter().map(|h| format!("disk full on {h}")).collect();
        let result =
            compare_slots(template, &now, &[] as &[String], &CompareOptions { limit: 2, ..Default::default() });
        let host = result.slots[0].summary();
        let shown: Vec<(&str, u64, ChangeStatus, f64)> =
            host.values.iter().map(|v| (v.value.as_str(), v.current_count, v.status, v.q_value)).collect();
        assert_eq!(shown, [("db-7", 3, ChangeStatus::New, 1.0), ("db-2", 2, ChangeStatus::New, 1.0)]);
        assert_eq!(host.distinct_values, 3);
        // Nothing was tested, so a q-value cut leaves nothing.
        let cut = CompareOptions { max_q_value: Some(0.05), ..Default::default() };
        assert!(compare_slots(template, &now, &[] as &[String], &cut).slots[0].comparison.changes.is_empty());
    }
}
