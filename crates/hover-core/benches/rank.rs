//! Time to rank 100,000 templates (issue target: under 10 ms), next to a naive peer that
//! computes every statistic for every template and sorts them all, as a straightforward
//! implementation would. Every ranking computes a G-test for every template: the
//! Benjamini–Hochberg q-values need all p-values. Run: `cargo bench -p hover-core --bench rank`.

use hover_core::{compare, g_test, CompareOptions, CountPair, Method};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<R>(runs: usize, mut f: impl FnMut() -> R) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

/// The naive peer: smoothed KL terms, a G-test for every template, a full sort.
fn naive(ids: &[String], counts: &[CountPair]) -> Vec<(String, f64, f64)> {
    let nc: u64 = counts.iter().map(|c| c.current).sum();
    let nb: u64 = counts.iter().map(|c| c.baseline).sum();
    let t = counts.len() as f64;
    let mut rows: Vec<(String, f64, f64)> = ids
        .iter()
        .zip(counts)
        .map(|(id, c)| {
            let p = (c.current as f64 + 1e-10) / (nc as f64 + 1e-10 * t);
            let q = (c.baseline as f64 + 1e-10) / (nb as f64 + 1e-10 * t);
            (id.clone(), p * (p / q).ln(), g_test(c.current, nc, c.baseline, nb).p_value)
        })
        .collect();
    rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then_with(|| a.0.cmp(&b.0)));
    rows.truncate(10);
    rows
}

fn main() {
    let n = 100_000;
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    // Zipf-like volumes, as real template counts are: a few huge, a long tail of rare ones.
    let ids: Vec<String> = (0..n).map(|i| format!("{:016x}", (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15))).collect();
    let counts: Vec<CountPair> = (0..n)
        .map(|i| {
            let base = 1_000_000 / (i as u64 + 1);
            CountPair { current: base + next() % (base / 4 + 2), baseline: base + next() % (base / 4 + 2) }
        })
        .collect();
    let runs = 50;
    println!("ranking {n} templates, median of {runs} runs");
    for method in Method::ALL {
        for limit in [10, 0] {
            let options = CompareOptions { method, limit, max_p_value: None, max_q_value: None };
            let t = time(runs, || compare(&ids, &counts, &options));
            println!("  hover {method:<13} limit {limit:>2}: {:>8.3} ms", t.as_secs_f64() * 1e3);
        }
    }
    let options = CompareOptions { method: Method::Kl, limit: 10, max_p_value: Some(0.05), max_q_value: None };
    let cut = time(runs, || compare(&ids, &counts, &options));
    println!("  hover kl, p ≤ 0.05    limit 10: {:>8.3} ms", cut.as_secs_f64() * 1e3);
    let options = CompareOptions { method: Method::Kl, limit: 10, max_p_value: None, max_q_value: Some(0.05) };
    let cut = time(runs, || compare(&ids, &counts, &options));
    println!("  hover kl, q ≤ 0.05    limit 10: {:>8.3} ms", cut.as_secs_f64() * 1e3);
    let hover = time(runs, || compare(&ids, &counts, &CompareOptions::default()));
    let peer = time(runs, || naive(&ids, &counts));
    println!(
        "  naive peer (all stats, full sort) : {:>8.3} ms  -> hover kl limit 10 is {:.1}x faster",
        peer.as_secs_f64() * 1e3,
        peer.as_secs_f64() / hover.as_secs_f64()
    );
}
