//! Properties of the divergence and ranking that must hold for any counts.

use hover_core::{benjamini_hochberg, compare, CompareOptions, Comparison, CountPair, Method};
use proptest::prelude::*;

fn all(method: Method) -> CompareOptions {
    CompareOptions { method, limit: 0, ..Default::default() }
}

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("t{i:06}")).collect()
}

fn assert_finite(result: &Comparison) {
    assert!(result.divergence.is_finite());
    for c in &result.changes {
        for x in
            [c.contribution, c.relative_change, c.g_statistic, c.p_value, c.q_value, c.current_share, c.baseline_share]
        {
            assert!(x.is_finite(), "{c:?}");
        }
        assert!((0.0..=1.0).contains(&c.p_value));
    }
}

fn count() -> impl Strategy<Value = u64> {
    prop_oneof![0u64..5, 0u64..1000, 0u64..=1_000_000_000_000]
}

fn table() -> impl Strategy<Value = Vec<CountPair>> {
    prop::collection::vec((count(), count()).prop_map(|(current, baseline)| CountPair { current, baseline }), 0..300)
}

proptest! {
    #[test]
    fn identical_windows_diverge_by_zero(counts in prop::collection::vec(count(), 0..300)) {
        let pairs: Vec<_> = counts.iter().map(|&c| CountPair { current: c, baseline: c }).collect();
        for method in Method::ALL {
            let result = compare(&ids(pairs.len()), &pairs, &all(method));
            prop_assert!(result.divergence.abs() < 1e-12, "{method}: {}", result.divergence);
            prop_assert!(result.changes.iter().all(|c| c.contribution.abs() < 1e-12));
        }
    }

    #[test]
    fn jensen_shannon_is_within_zero_and_one(pairs in table()) {
        let result = compare(&ids(pairs.len()), &pairs, &all(Method::Js));
        prop_assert!(result.divergence >= -1e-12 && result.divergence <= 1.0 + 1e-12, "{}", result.divergence);
    }

    #[test]
    fn no_nan_or_infinity(
        pairs in table(),
        method_index in 0usize..3,
        limit in 0usize..20,
        cut in prop::option::of(0.0f64..1.0),
        q_cut in prop::option::of(0.0f64..1.0),
    ) {
        let options = CompareOptions { method: Method::ALL[method_index], limit, max_p_value: cut, max_q_value: q_cut };
        let result = compare(&ids(pairs.len()), &pairs, &options);
        assert_finite(&result);
        prop_assert!(result.changes.iter().all(|c| q_cut.is_none_or(|max| c.q_value <= max)));
    }

    #[test]
    fn q_values_bound_p_values_and_keep_their_order(pairs in table(), p_values in prop::collection::vec(0.0f64..=1.0, 0..200)) {
        // Over a comparison's templates and over arbitrary p-values: p ≤ q ≤ 1, and a
        // smaller p never gets a larger q.
        let result = compare(&ids(pairs.len()), &pairs, &all(Method::Kl));
        let from_compare: Vec<(f64, f64)> = result.changes.iter().map(|c| (c.p_value, c.q_value)).collect();
        let q = benjamini_hochberg(&p_values);
        let direct: Vec<(f64, f64)> = p_values.iter().copied().zip(q).collect();
        for mut pq in [from_compare, direct] {
            prop_assert!(pq.iter().all(|&(p, q)| p <= q && q <= 1.0), "{pq:?}");
            pq.sort_by(|a, b| a.0.total_cmp(&b.0));
            prop_assert!(pq.windows(2).all(|w| w[0].1 <= w[1].1), "{pq:?}");
        }
    }

    #[test]
    fn renaming_and_reordering_templates_changes_nothing(pairs in table(), seed in any::<u64>(), method_index in 0usize..3) {
        let method = Method::ALL[method_index];
        let original = compare(&ids(pairs.len()), &pairs, &all(method));
        // A permutation of the rows under fresh names.
        let mut order: Vec<usize> = (0..pairs.len()).collect();
        let mut state = seed | 1;
        for i in (1..order.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let shuffled: Vec<CountPair> = order.iter().map(|&i| pairs[i]).collect();
        let renamed: Vec<String> = order.iter().map(|&i| format!("renamed-{}", 1_000_000 - i)).collect();
        let moved = compare(&renamed, &shuffled, &all(method));
        prop_assert!((original.divergence - moved.divergence).abs() <= 1e-12 * original.divergence.abs().max(1.0));
        prop_assert_eq!(original.changes.len(), moved.changes.len());
        let key = |r: &Comparison| {
            let mut v: Vec<(u64, u64, u64)> = r.changes.iter().map(|c| (c.current_count, c.baseline_count, c.contribution.to_bits())).collect();
            v.sort();
            v
        };
        prop_assert_eq!(key(&original), key(&moved));
        // Same contributions in the same (descending) order.
        let contributions = |r: &Comparison| r.changes.iter().map(|c| c.contribution).collect::<Vec<_>>();
        prop_assert_eq!(contributions(&original), contributions(&moved));
    }
}

#[test]
fn hundred_thousand_templates_with_counts_up_to_a_trillion() {
    let n = 100_000;
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pairs: Vec<CountPair> = (0..n)
        .map(|_| CountPair { current: next() % 1_000_000_000_001, baseline: next() % 1_000_000_000_001 })
        .collect();
    let mut extremes = pairs.clone();
    extremes[0] = CountPair { current: 1_000_000_000_000, baseline: 0 };
    extremes[1] = CountPair { current: 0, baseline: 1_000_000_000_000 };
    extremes[2] = CountPair { current: 1, baseline: 0 };
    for method in Method::ALL {
        for table in [&pairs, &extremes] {
            let result = compare(&ids(n), table, &all(method));
            assert_eq!(result.changes.len(), n);
            assert_finite(&result);
        }
    }
}
