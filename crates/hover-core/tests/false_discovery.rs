//! False-discovery control, end to end: q-values equal an independent Benjamini–Hochberg
//! (statsmodels), and with `max_q_value = 0.05` two windows drawn from one distribution
//! rarely return anything while a real burst still does.

use hover_core::{benjamini_hochberg, compare, CompareOptions, CountPair};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// xorshift64*: a fixed, dependency-free stream of draws per seed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
}

const TEMPLATES: usize = 2_000;
const LINES_PER_WINDOW: usize = 50_000;

/// Zipf-like template volumes (share ∝ 1/rank), as real logs have: a few templates with
/// most lines, a long tail seen a handful of times per window.
fn zipf_cumulative() -> Vec<f64> {
    let weights: Vec<f64> = (1..=TEMPLATES).map(|rank| 1.0 / rank as f64).collect();
    let total: f64 = weights.iter().sum();
    weights
        .iter()
        .scan(0.0, |sum, w| {
            *sum += w / total;
            Some(*sum)
        })
        .collect()
}

/// One window's template counts: `lines` lines, each drawn from the distribution.
fn draw_window(cumulative: &[f64], lines: usize, rng: &mut Rng) -> Vec<u64> {
    let mut counts = vec![0u64; cumulative.len()];
    for _ in 0..lines {
        let u = rng.unit();
        let template = cumulative.partition_point(|&c| c <= u).min(cumulative.len() - 1);
        counts[template] += 1;
    }
    counts
}

fn ids() -> Vec<String> {
    (0..TEMPLATES).map(|i| format!("t{i:05}")).collect()
}

#[test]
fn noise_alone_rarely_passes_a_q_cut_and_a_burst_does() {
    let cumulative = zipf_cumulative();
    let ids = ids();
    let options = CompareOptions { limit: 0, max_q_value: Some(0.05), ..Default::default() };
    // A mid-volume template (rank 100: about 60 lines a window) at 3× its volume.
    let burst = 99;
    let runs = 200;
    let (mut noise_runs, mut bursts_found, mut noise_with_p_cut) = (0, 0, 0);
    for seed in 0..runs {
        let mut rng = Rng::new(seed);
        let baseline = draw_window(&cumulative, LINES_PER_WINDOW, &mut rng);
        let current = draw_window(&cumulative, LINES_PER_WINDOW, &mut rng);
        let pairs: Vec<CountPair> =
            current.iter().zip(&baseline).map(|(&current, &baseline)| CountPair { current, baseline }).collect();
        if !compare(&ids, &pairs, &options).changes.is_empty() {
            noise_runs += 1;
        }
        let p_cut = CompareOptions { limit: 0, max_p_value: Some(0.05), ..Default::default() };
        if !compare(&ids, &pairs, &p_cut).changes.is_empty() {
            noise_with_p_cut += 1;
        }
        let mut burst_pairs = pairs.clone();
        burst_pairs[burst].current *= 3;
        let result = compare(&ids, &burst_pairs, &options);
        if result.changes.iter().any(|c| c.index == burst) {
            bursts_found += 1;
        }
    }
    println!("of {runs} runs: noise passed q ≤ 0.05 in {noise_runs} (p ≤ 0.05 in {noise_with_p_cut}); 3× burst found in {bursts_found}");
    assert!(noise_runs * 10 <= runs, "noise passed the q-value cut in {noise_runs} of {runs} runs");
    assert!(bursts_found * 100 >= runs * 95, "the 3× burst was found in only {bursts_found} of {runs} runs");
    // The p-value cut alone is what the q-value replaces: it lets noise through nearly always.
    assert!(noise_with_p_cut * 2 > runs, "p ≤ 0.05 passed noise in only {noise_with_p_cut} runs");
}

#[test]
fn q_values_match_statsmodels() {
    let python = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../.tools/venv/bin/python");
    assert!(python.exists(), "no Python venv: run ./scripts/test.sh (it installs statsmodels into .tools/venv)");
    // p-values of a real comparison (ties, zeros and ones included) and arbitrary ones.
    let cumulative = zipf_cumulative();
    let mut rng = Rng::new(7);
    let mut current = draw_window(&cumulative, 20_000, &mut rng);
    let baseline = draw_window(&cumulative, 20_000, &mut rng);
    current[3] *= 2;
    let pairs: Vec<CountPair> =
        current.iter().zip(&baseline).map(|(&current, &baseline)| CountPair { current, baseline }).collect();
    let result = compare(&ids(), &pairs, &CompareOptions { limit: 0, ..Default::default() });
    let mut cases: Vec<Vec<f64>> = vec![result.changes.iter().map(|c| c.p_value).collect()];
    cases.push((0..500).map(|_| rng.unit().powi(4)).collect());
    cases.push(vec![0.0, 1.0, 0.5, 0.5, 0.01, 1e-300]);

    for (case, p_values) in cases.iter().enumerate() {
        let script = "import sys, json\n\
                      from statsmodels.stats.multitest import multipletests\n\
                      p = json.load(sys.stdin)\n\
                      print(json.dumps(list(multipletests(p, method='fdr_bh')[1])))";
        let mut child = Command::new(&python)
            .args(["-c", script])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python runs");
        child.stdin.take().unwrap().write_all(serde_json::to_string(p_values).unwrap().as_bytes()).unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "statsmodels failed: is it installed? run ./scripts/test.sh");
        let expected: Vec<f64> = serde_json::from_slice(&output.stdout).unwrap();
        let ours = benjamini_hochberg(p_values);
        if case == 0 {
            let from_compare: Vec<f64> = result.changes.iter().map(|c| c.q_value).collect();
            assert_eq!(from_compare, ours, "compare's q-values are benjamini_hochberg's");
        }
        assert_eq!(ours.len(), expected.len());
        for (i, (&q, &e)) in ours.iter().zip(&expected).enumerate() {
            assert!(
                (q - e).abs() <= 1e-12 * e.max(1e-300),
                "case {case}, p-value {i} ({}): {q} vs statsmodels {e}",
                p_values[i]
            );
        }
    }
}
