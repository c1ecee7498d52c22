//! Is a template's change more than noise? A 2×2 G-test (log-likelihood ratio) on
//! `[[c, N_c − c], [b, N_b − b]]`, χ² with one degree of freedom, no continuity correction.

/// The G statistic and its p-value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GTest {
    /// G = 2 Σ O ln(O/E) over the 2×2 table.
    pub g_statistic: f64,
    /// P(χ²₁ ≥ G).
    pub p_value: f64,
}

/// G-test for a template seen `c` times out of `n_c` lines now and `b` times out of `n_b`
/// lines in the baseline. Requires `c ≤ n_c` and `b ≤ n_b`; totals of zero give G = 0, p = 1.
pub fn g_test(c: u64, n_c: u64, b: u64, n_b: u64) -> GTest {
    let g_statistic = g_statistic(c, n_c, b, n_b);
    GTest { g_statistic, p_value: chi2_1_survival(g_statistic) }
}

/// The G statistic of [`g_test`] alone.
pub(crate) fn g_statistic(c: u64, n_c: u64, b: u64, n_b: u64) -> f64 {
    let (c, b) = (c.min(n_c), b.min(n_b));
    let observed = [[c as f64, (n_c - c) as f64], [b as f64, (n_b - b) as f64]];
    let rows = [n_c as f64, n_b as f64];
    let cols = [observed[0][0] + observed[1][0], observed[0][1] + observed[1][1]];
    // In a 2×2 table every cell has O·N − R·C = ±d with d = c·N_b − b·N_c, exact in integers.
    // So ln(O/E) = ln(1 ± d/(R·C)), which log1p evaluates without the cancellation that
    // ln(O/E) suffers when O ≈ E in cells of billions of lines.
    let d = (i128::from(c) * i128::from(n_b) - i128::from(b) * i128::from(n_c)) as f64;
    let mut half_g = 0.0;
    for (i, row) in observed.iter().enumerate() {
        for (j, &o) in row.iter().enumerate() {
            if o > 0.0 {
                let sign = if i == j { 1.0 } else { -1.0 };
                half_g += o * libm::log1p(sign * d / (rows[i] * cols[j]));
            }
        }
    }
    // Rounding can leave a tiny negative sum when the shares are equal.
    (2.0 * half_g).max(0.0)
}

/// P(X ≥ x) for X ~ χ² with one degree of freedom: erfc(√(x/2)).
pub fn chi2_1_survival(x: f64) -> f64 {
    if x <= 0.0 {
        return 1.0;
    }
    libm::erfc(libm::sqrt(0.5 * x))
}

/// Benjamini–Hochberg q-values, in the order of `p_values`: the smallest false-discovery
/// rate at which each test would be called a discovery, `q_(j) = min_{k ≥ j} p_(k)·m/k` over
/// the p-values sorted ascending, capped at 1. Keeping the tests with `q ≤ α` keeps the
/// expected share of false discoveries among them at most α (for independent or positively
/// dependent tests), where `p ≤ α` alone lets through about α·m noise templates of m.
pub fn benjamini_hochberg(p_values: &[f64]) -> Vec<f64> {
    let q = QValues::new(p_values.to_vec());
    p_values.iter().map(|&p| q.of(p)).collect()
}

/// The q-value of any p-value among a set of tests: the set sorted once, so each look-up is
/// a binary search (a comparison asks only for the templates it returns).
pub(crate) struct QValues {
    sorted: Vec<f64>,
    /// `tail_min[j] = min_{k ≥ j} p_(k)·m/k`, capped at 1.
    tail_min: Vec<f64>,
}

impl QValues {
    pub(crate) fn new(mut p_values: Vec<f64>) -> Self {
        crate::sort::sort_unstable_by(&mut p_values, f64::total_cmp);
        let m = p_values.len() as f64;
        let mut tail_min = vec![1.0; p_values.len()];
        let mut running = 1.0_f64;
        for (rank, &p) in p_values.iter().enumerate().rev() {
            // p / (k/m) rather than p·m/k: k/m ≤ 1, so the rounded quotient is never below p.
            running = running.min(p / ((rank + 1) as f64 / m));
            tail_min[rank] = running;
        }
        Self { sorted: p_values, tail_min }
    }

    /// The largest p-value whose q-value is at most `max_q` (None: there is none): since q
    /// grows with p, `q ≤ max_q` exactly when `p ≤` this.
    pub(crate) fn p_cut(&self, max_q: f64) -> Option<f64> {
        let kept = self.tail_min.partition_point(|&q| q <= max_q);
        kept.checked_sub(1).map(|last| self.sorted[last])
    }

    /// The q-value of `p`, one of the p-values the set was made of. Tied p-values share the
    /// rank of the last of them, as the running minimum gives them.
    pub(crate) fn of(&self, p: f64) -> f64 {
        let rank = self.sorted.partition_point(|s| s.total_cmp(&p).is_le());
        rank.checked_sub(1).map_or(1.0, |last| self.tail_min[last])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_shares_are_not_significant() {
        let t = g_test(10, 100, 20, 200);
        assert!(t.g_statistic.abs() < 1e-9);
        assert!((t.p_value - 1.0).abs() < 1e-6);
    }

    #[test]
    fn disjoint_windows() {
        // [[5, 0], [0, 5]]: G = 20 ln 2.
        let t = g_test(5, 5, 0, 5);
        assert!((t.g_statistic - 20.0 * std::f64::consts::LN_2).abs() < 1e-12);
        assert!(t.p_value > 0.0 && t.p_value < 1e-3);
    }

    #[test]
    fn precise_with_billions_of_lines() {
        // Expected values from mpmath at 50 significant digits (a float64 Σ O·ln(O/E), as
        // scipy computes it, is off by 1.4e-6 relative on the first one).
        let (n_c, n_b) = (4_348_269_857, 4_153_429_082);
        let t = g_test(1, n_c, 0, n_b);
        assert!((t.g_statistic - 1.340975973592175).abs() < 1e-12, "{}", t.g_statistic);
        assert!((t.p_value / 0.24686192663469209 - 1.0).abs() < 1e-13, "{}", t.p_value);
        let t = g_test(1, n_c, 1, n_b);
        assert!((t.p_value / 0.9741410923488062 - 1.0).abs() < 1e-13, "{}", t.p_value);
    }

    #[test]
    fn benjamini_hochberg_by_hand() {
        // Sorted 0.01, 0.02, 0.03, 0.5: ·4/k gives 0.04, 0.04, 0.04, 0.5.
        assert_eq!(benjamini_hochberg(&[0.5, 0.01, 0.03, 0.02]), vec![0.5, 0.04, 0.04, 0.04]);
        assert_eq!(benjamini_hochberg(&[]), Vec::<f64>::new());
        assert_eq!(benjamini_hochberg(&[0.9, 0.9]), vec![0.9, 0.9]);
    }

    #[test]
    fn empty_totals_are_safe() {
        assert_eq!(g_test(0, 0, 0, 0), GTest { g_statistic: 0.0, p_value: 1.0 });
        assert_eq!(chi2_1_survival(1e12), 0.0);
        assert!((chi2_1_survival(3.841458820694124) - 0.05).abs() < 1e-12);
    }
}
