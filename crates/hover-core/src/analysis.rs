//! Compare two windows' template counts: total divergence, per-template contribution,
//! relative change, significance, and the ranking of what changed most.

use crate::divergence::{contribution, Method, Totals};
use crate::significance::{chi2_1_survival, g_statistic, QValues};
use crate::sort::sort_unstable_by;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// The number of groups returned when the caller does not say.
pub const DEFAULT_LIMIT: usize = 10;

/// A template absent from the baseline is treated, for `relative_change` only, as if it had
/// been seen this many times there. That keeps the ratio finite (and large) instead of ∞;
/// the group's `status` says "new" so nobody mistakes it for a measured ratio.
pub const NEW_TEMPLATE_PSEUDO_COUNT: f64 = 0.5;

/// One template's counts in the two windows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountPair {
    /// Lines of the template in the current window.
    pub current: u64,
    /// Lines of the template in the baseline window.
    pub baseline: u64,
}

/// How a template changed between the windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeStatus {
    /// Seen now, never in the baseline.
    New,
    /// Seen in the baseline, not now.
    Gone,
    /// A larger share of the lines now than before.
    Up,
    /// A smaller share now.
    Down,
    /// Exactly the same share.
    Unchanged,
}

impl ChangeStatus {
    /// The status as the API writes it: `new`, `gone`, `up`, `down`, `unchanged`.
    pub fn name(self) -> &'static str {
        match self {
            ChangeStatus::New => "new",
            ChangeStatus::Gone => "gone",
            ChangeStatus::Up => "up",
            ChangeStatus::Down => "down",
            ChangeStatus::Unchanged => "unchanged",
        }
    }
}

/// How a comparison is run.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct CompareOptions {
    /// Which divergence ranks the templates.
    pub method: Method,
    /// At most this many templates are returned; 0 means all.
    pub limit: usize,
    /// When set, templates whose G-test p-value is above it are left out (noise).
    pub max_p_value: Option<f64>,
    /// When set, templates whose Benjamini–Hochberg q-value is above it are left out: the
    /// cut that keeps the share of noise among the templates returned at about this value,
    /// however many templates were tested.
    pub max_q_value: Option<f64>,
}

impl Default for CompareOptions {
    fn default() -> Self {
        Self { method: Method::Kl, limit: DEFAULT_LIMIT, max_p_value: None, max_q_value: None }
    }
}

/// What changed for one template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TemplateChange {
    /// Position of the template in the caller's input.
    pub index: usize,
    /// Lines of the template in the current window.
    pub current_count: u64,
    /// Lines of the template in the baseline window.
    pub baseline_count: u64,
    /// Fraction of the current window's lines that have this template.
    pub current_share: f64,
    /// Fraction of the baseline window's lines that have this template.
    pub baseline_share: f64,
    /// This template's term of the total divergence.
    pub contribution: f64,
    /// (share_now − share_before) / share_before; see [`NEW_TEMPLATE_PSEUDO_COUNT`].
    pub relative_change: f64,
    /// The G-test statistic of the change (see [`crate::g_test`]).
    pub g_statistic: f64,
    /// Its p-value: how likely a change this large is by chance alone.
    pub p_value: f64,
    /// Its Benjamini–Hochberg q-value over every template of the comparison (see
    /// [`crate::benjamini_hochberg`]): the false-discovery rate of calling this change real.
    pub q_value: f64,
    /// With a baseline pooled from several periods: how many of them had this template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_periods_seen: Option<u32>,
    /// New, gone, up, down or unchanged.
    pub status: ChangeStatus,
}

/// The result of comparing two windows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The divergence used.
    pub method: Method,
    /// Sum of every template's contribution (nats for `kl`/`symmetric_kl`, bits for `js`).
    pub divergence: f64,
    /// Lines in the current window.
    pub current_total: u64,
    /// Lines in the baseline window.
    pub baseline_total: u64,
    /// Templates seen in at least one window.
    pub templates: usize,
    /// The templates that changed most, highest contribution first.
    pub changes: Vec<TemplateChange>,
}

fn total(counts: impl Iterator<Item = u64>) -> u64 {
    // Sum in u128 and saturate: counts come from users and must not overflow.
    u64::try_from(counts.map(u128::from).sum::<u128>()).unwrap_or(u64::MAX)
}

/// Compares the current window with the baseline.
///
/// `counts[i]` belongs to the template `ids[i]`; the ids only break ties in the ranking
/// (ascending), so equal inputs always give the same order. Entries past the shorter of the
/// two slices are ignored. Either window empty gives divergence 0 and no changes.
pub fn compare<K: Ord>(ids: &[K], counts: &[CountPair], options: &CompareOptions) -> Comparison {
    let counts = &counts[..counts.len().min(ids.len())];
    compare_by(counts, options, &|a, b| ids[a].cmp(&ids[b]))
}

/// [`compare`], with ties broken by `id_order` over indices: one copy of the ranking's code
/// for every id type (the wasm package carries each copy).
fn compare_by(
    counts: &[CountPair],
    options: &CompareOptions,
    id_order: &dyn Fn(usize, usize) -> Ordering,
) -> Comparison {
    let current_total = total(counts.iter().map(|c| c.current));
    let baseline_total = total(counts.iter().map(|c| c.baseline));
    let seen = counts.iter().filter(|c| c.current > 0 || c.baseline > 0).count();
    let mut comparison = Comparison {
        method: options.method,
        divergence: 0.0,
        current_total,
        baseline_total,
        templates: seen,
        changes: Vec::new(),
    };
    if current_total == 0 || baseline_total == 0 {
        return comparison;
    }
    let totals = Totals { current: current_total as f64, baseline: baseline_total as f64, templates: seen as f64 };

    // One pass computes every contribution (the divergence needs them all) and every
    // p-value (the q-values need them all); the rest only for the templates returned.
    let mut ranked: Vec<(usize, f64)> = Vec::with_capacity(seen);
    // (G statistic, p-value) by the template's index; unseen templates are never read.
    let mut tests: Vec<(f64, f64)> = vec![(0.0, 1.0); counts.len()];
    let mut rare = RareCounts::new(current_total, baseline_total, seen);
    let mut divergence = 0.0;
    for (index, pair) in counts.iter().enumerate() {
        if pair.current == 0 && pair.baseline == 0 {
            continue;
        }
        let term = contribution(options.method, pair.current, pair.baseline, &totals);
        divergence += term;
        ranked.push((index, term));
        tests[index] = rare.test(pair.current, pair.baseline);
    }
    comparison.divergence = divergence;
    let q_values = QValues::new(ranked.iter().map(|&(index, _)| tests[index].1).collect());

    // A q-value cut is a p-value cut at the largest p it keeps (none kept: below every p).
    let q_cut = options.max_q_value.map(|max_q| q_values.p_cut(max_q).unwrap_or(f64::NEG_INFINITY));
    let max_p = [options.max_p_value, q_cut].into_iter().flatten().reduce(f64::min);
    if let Some(max_p) = max_p {
        ranked.retain(|&(index, _)| tests[index].1 <= max_p);
    }
    top_k(&mut ranked, options.limit, |a, b| b.1.total_cmp(&a.1).then_with(|| id_order(a.0, b.0)));
    comparison.changes = ranked
        .iter()
        .map(|&(index, term)| {
            let (g_statistic, p_value) = tests[index];
            let test = Test { g_statistic, p_value, q_value: q_values.of(p_value) };
            change(index, counts[index], current_total, baseline_total, term, test)
        })
        .collect();
    comparison
}

/// The union of the templates of both windows, sorted by id (an id given twice adds up): the
/// ids, and their counts aligned with them for [`compare`]. For callers whose ids are not
/// text (the server's are numbers, whose order is that of their hex text).
pub fn count_pairs<K: Ord>(
    current: impl IntoIterator<Item = (K, u64)>,
    baseline: impl IntoIterator<Item = (K, u64)>,
) -> (Vec<K>, Vec<CountPair>) {
    // Each side sorted (free when it already is, as a store's counts are), then one merge.
    let sorted = |mut counts: Vec<(K, u64)>| {
        sort_unstable_by(&mut counts, |a, b| a.0.cmp(&b.0));
        counts.into_iter().peekable()
    };
    let (mut current, mut baseline) = (sorted(current.into_iter().collect()), sorted(baseline.into_iter().collect()));
    let (mut ids, mut counts): (Vec<K>, Vec<CountPair>) = (Vec::new(), Vec::new());
    loop {
        let take_current = match (current.peek(), baseline.peek()) {
            (Some(c), Some(b)) => c.0 <= b.0,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let (id, pair) = match take_current {
            true => current.next().map(|(id, n)| (id, CountPair { current: n, baseline: 0 })),
            false => baseline.next().map(|(id, n)| (id, CountPair { current: 0, baseline: n })),
        }
        .expect("peeked");
        match (ids.last(), counts.last_mut()) {
            (Some(last), Some(sum)) if *last == id => {
                sum.current = sum.current.saturating_add(pair.current);
                sum.baseline = sum.baseline.saturating_add(pair.baseline);
            }
            _ => {
                ids.push(id);
                counts.push(pair);
            }
        }
    }
    (ids, counts)
}

/// [`count_pairs`] with a baseline pooled from several windows (a seasonal baseline: the same
/// hour on each of the last 7 days), and for each id how many of those windows had it.
pub fn pooled_count_pairs<K: Ord + Clone>(
    current: impl IntoIterator<Item = (K, u64)>,
    baselines: Vec<Vec<(K, u64)>>,
) -> (Vec<K>, Vec<CountPair>, Vec<u32>) {
    let mut seen_in: Vec<(K, usize)> = baselines
        .iter()
        .enumerate()
        .flat_map(|(window, counts)| counts.iter().filter(|c| c.1 > 0).map(move |(id, _)| (id.clone(), window)))
        .collect();
    sort_unstable_by(&mut seen_in, Ord::cmp);
    seen_in.dedup();
    let (ids, counts) = count_pairs(current, baselines.into_iter().flatten());
    let mut periods_seen = vec![0u32; ids.len()];
    for (id, _) in &seen_in {
        if let Ok(i) = ids.binary_search(id) {
            periods_seen[i] += 1;
        }
    }
    (ids, counts, periods_seen)
}

impl Comparison {
    /// Notes on each change how many baseline periods had its template (`periods_seen` is
    /// indexed like the counts compared, as [`pooled_count_pairs`] gives it).
    pub fn with_periods_seen(mut self, periods_seen: &[u32]) -> Self {
        for change in &mut self.changes {
            change.baseline_periods_seen = periods_seen.get(change.index).copied();
        }
        self
    }
}

/// Counts of both windows keyed by template id, aligned for [`compare`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CountTable {
    /// Template ids, sorted.
    pub ids: Vec<String>,
    /// Each id's counts in the two windows.
    pub counts: Vec<CountPair>,
}

impl CountTable {
    /// The union of the templates of both windows, sorted by id (an id given twice adds up).
    pub fn from_windows<K: Ord + ToString>(
        current: impl IntoIterator<Item = (K, u64)>,
        baseline: impl IntoIterator<Item = (K, u64)>,
    ) -> Self {
        let (ids, counts) = count_pairs(current, baseline);
        Self { ids: ids.iter().map(K::to_string).collect(), counts }
    }

    /// Compares the two windows (see [`compare`]).
    pub fn compare(&self, options: &CompareOptions) -> Comparison {
        compare(&self.ids, &self.counts, options)
    }
}

/// Sorts the `k` best elements to the front and drops the rest (`k == 0`: sort all). The
/// browser keeps the best `k` in a sorted list as it reads them (see [`best_k`]), the server
/// selects first.
fn top_k<T>(items: &mut Vec<T>, k: usize, order: impl Fn(&T, &T) -> Ordering) {
    if k > 0 && k < items.len() {
        if cfg!(target_arch = "wasm32") {
            *items = best_k(std::mem::take(items), k, order);
            return;
        }
        items.select_nth_unstable_by(k - 1, &order);
        items.truncate(k);
    }
    sort_unstable_by(items, order);
}

/// The `k` best of `items`, sorted, kept in a list as they are read: for the few of a few
/// thousand templates a panel asks for, as fast as selecting first, and selecting's code
/// was 5 KB of the wasm package.
fn best_k<T>(items: Vec<T>, k: usize, order: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let mut best: Vec<T> = Vec::with_capacity(k + 1);
    for item in items {
        if best.len() < k || order(&item, &best[k - 1]) == Ordering::Less {
            let at = best.partition_point(|kept| order(kept, &item) == Ordering::Less);
            best.insert(at, item);
            best.truncate(k);
        }
    }
    best
}

/// The G statistic and p-value of templates seen fewer than [`RareCounts::BELOW`] times in
/// both windows, computed once per count pair: most templates of a log are rare, and their
/// pairs repeat, so a comparison of 100,000 templates computes a few thousand tests.
struct RareCounts {
    current_total: u64,
    baseline_total: u64,
    known: Vec<Option<(f64, f64)>>,
}

impl RareCounts {
    const BELOW: u64 = 64;

    /// For `templates` templates: below the table's size the table costs more than it saves
    /// (a panel's hover compares a few thousand), so it is used only above.
    fn new(current_total: u64, baseline_total: u64, templates: usize) -> Self {
        let size = (Self::BELOW * Self::BELOW) as usize;
        let known = if templates > size { vec![None; size] } else { Vec::new() };
        Self { current_total, baseline_total, known }
    }

    /// (G statistic, p-value) of a template seen `c` times now and `b` times before.
    fn test(&mut self, c: u64, b: u64) -> (f64, f64) {
        let compute = || {
            let g = g_statistic(c, self.current_total, b, self.baseline_total);
            (g, chi2_1_survival(g))
        };
        if c >= Self::BELOW || b >= Self::BELOW || self.known.is_empty() {
            return compute();
        }
        let slot = (c * Self::BELOW + b) as usize;
        match self.known[slot] {
            Some(known) => known,
            None => *self.known[slot].insert(compute()),
        }
    }
}

/// A template's significance figures, computed for every template by [`compare`].
struct Test {
    g_statistic: f64,
    p_value: f64,
    q_value: f64,
}

fn change(
    index: usize,
    pair: CountPair,
    current_total: u64,
    baseline_total: u64,
    contribution: f64,
    test: Test,
) -> TemplateChange {
    let (c, b) = (pair.current, pair.baseline);
    let current_share = c as f64 / current_total as f64;
    let baseline_share = b as f64 / baseline_total as f64;
    let share_before = if b == 0 { NEW_TEMPLATE_PSEUDO_COUNT / baseline_total as f64 } else { baseline_share };
    let status = match (c, b) {
        (_, 0) => ChangeStatus::New,
        (0, _) => ChangeStatus::Gone,
        // Compare c/N_c with b/N_b exactly, in integers.
        _ => match (u128::from(c) * u128::from(baseline_total)).cmp(&(u128::from(b) * u128::from(current_total))) {
            Ordering::Greater => ChangeStatus::Up,
            Ordering::Less => ChangeStatus::Down,
            Ordering::Equal => ChangeStatus::Unchanged,
        },
    };
    let relative_change = match status {
        ChangeStatus::Unchanged => 0.0,
        ChangeStatus::Gone => -1.0,
        _ => (current_share - share_before) / share_before,
    };
    TemplateChange {
        index,
        current_count: c,
        baseline_count: b,
        current_share,
        baseline_share,
        contribution,
        relative_change,
        g_statistic: test.g_statistic,
        p_value: test.p_value,
        q_value: test.q_value,
        baseline_periods_seen: None,
        status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(v: &[(u64, u64)]) -> Vec<CountPair> {
        v.iter().map(|&(current, baseline)| CountPair { current, baseline }).collect()
    }

    #[test]
    fn count_pairs_join_both_windows_by_id_and_add_repeats() {
        let (ids, counts) = count_pairs([(7u64, 1), (3, 2), (7, 4)], [(5, 1), (3, 3), (3, u64::MAX)]);
        assert_eq!(ids, [3, 5, 7]);
        assert_eq!(counts, pairs(&[(2, u64::MAX), (0, 1), (5, 0)]));
        let table = CountTable::from_windows([("b", 1)], [("a", 2)]);
        assert_eq!((table.ids, table.counts), (vec!["a".to_string(), "b".to_string()], pairs(&[(0, 2), (1, 0)])));
    }

    #[test]
    fn ranks_new_error_first_and_marks_statuses() {
        let ids = ["ok", "error", "gone", "flat"];
        let counts = pairs(&[(100, 100), (50, 0), (0, 30), (10, 10)]);
        let result = compare(&ids, &counts, &CompareOptions { limit: 0, ..Default::default() });
        assert_eq!(result.templates, 4);
        assert_eq!(result.changes[0].index, 1);
        assert_eq!(result.changes[0].status, ChangeStatus::New);
        // share now 50/160, share before 0.5/140.
        let expected = (50.0 / 160.0 - 0.5 / 140.0) / (0.5 / 140.0);
        assert!((result.changes[0].relative_change - expected).abs() < 1e-9);
        let gone = result.changes.iter().find(|c| c.index == 2).unwrap();
        assert_eq!((gone.status, gone.relative_change), (ChangeStatus::Gone, -1.0));
        let ok = result.changes.iter().find(|c| c.index == 0).unwrap();
        assert_eq!(ok.status, ChangeStatus::Down);
        assert!(result.changes.windows(2).all(|w| w[0].contribution >= w[1].contribution));
    }

    #[test]
    fn limit_and_significance_cut() {
        let ids = ["a", "b", "c", "d"];
        let counts = pairs(&[(1000, 10), (11, 10), (10, 10), (500, 500)]);
        let top = compare(&ids, &counts, &CompareOptions { limit: 2, ..Default::default() });
        assert_eq!(top.changes.len(), 2);
        let all = compare(&ids, &counts, &CompareOptions { limit: 0, ..Default::default() });
        assert_eq!(all.changes[..2], top.changes[..]);
        assert_eq!(all.divergence, top.divergence);
        let significant =
            compare(&ids, &counts, &CompareOptions { limit: 0, max_p_value: Some(0.01), ..Default::default() });
        assert!(significant.changes.iter().all(|c| c.p_value <= 0.01));
        assert!(significant.changes.len() < all.changes.len());
    }

    #[test]
    fn q_values_are_benjamini_hochberg_over_every_template() {
        let ids = ["a", "b", "c", "d", "e"];
        let counts = pairs(&[(1000, 10), (30, 10), (12, 10), (500, 500), (0, 4)]);
        let all = compare(&ids, &counts, &CompareOptions { limit: 0, ..Default::default() });
        let mut by_index = all.changes.clone();
        by_index.sort_by_key(|c| c.index);
        let p: Vec<f64> = by_index.iter().map(|c| c.p_value).collect();
        let q: Vec<f64> = by_index.iter().map(|c| c.q_value).collect();
        assert_eq!(q, crate::benjamini_hochberg(&p));
        // The top 2 carry the q-values of the whole comparison, not of the 2 alone.
        let top = compare(&ids, &counts, &CompareOptions { limit: 2, ..Default::default() });
        assert_eq!(top.changes[..], all.changes[..2]);
        let cut = compare(&ids, &counts, &CompareOptions { limit: 0, max_q_value: Some(0.01), ..Default::default() });
        assert!(!cut.changes.is_empty() && cut.changes.iter().all(|c| c.q_value <= 0.01));
        assert!(cut.changes.len() < all.changes.len());
    }

    #[test]
    fn pooled_baselines_add_up_and_count_the_periods_seen() {
        let (ids, counts, seen) = pooled_count_pairs(
            [("a", 5), ("new", 2)],
            vec![vec![("a", 1), ("b", 0)], vec![("a", 2), ("b", 3)], vec![]],
        );
        assert_eq!(ids, ["a", "b", "new"]);
        assert_eq!(counts, pairs(&[(5, 3), (0, 3), (2, 0)]));
        assert_eq!(seen, [2, 1, 0]);
        let result = compare(&ids, &counts, &CompareOptions::default()).with_periods_seen(&seen);
        let new = result.changes.iter().find(|c| c.index == 2).unwrap();
        assert_eq!(new.baseline_periods_seen, Some(0));
    }

    #[test]
    fn empty_window_gives_no_groups() {
        let ids = ["a", "b"];
        for counts in [pairs(&[(0, 3), (0, 4)]), pairs(&[(3, 0), (4, 0)]), pairs(&[])] {
            let result = compare(&ids, &counts, &CompareOptions::default());
            assert_eq!((result.divergence, result.changes.len()), (0.0, 0));
        }
    }

    #[test]
    fn the_browsers_best_k_are_the_servers() {
        // Ties included: the order breaks them, as the ranking's order does by ID.
        let mut state = 7u64;
        for n in [0, 1, 5, 50, 500] {
            let items: Vec<(u64, usize)> = (0..n)
                .map(|i| {
                    state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    (state >> 60, i)
                })
                .collect();
            let order = |a: &(u64, usize), b: &(u64, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
            for k in [1, 3, 10, n + 1] {
                let mut sorted = items.clone();
                sorted.sort_unstable_by(order);
                sorted.truncate(k);
                assert_eq!(best_k(items.clone(), k, order), sorted, "n={n} k={k}");
            }
        }
    }

    #[test]
    fn mismatched_lengths_do_not_panic() {
        let result = compare(&["a"], &pairs(&[(1, 2), (3, 4)]), &CompareOptions::default());
        assert_eq!(result.templates, 1);
    }
}
