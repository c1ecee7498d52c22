//! Template counts per time bucket, kept as prefix sums so that the counts of any window
//! cost O(templates), not O(templates × buckets): what the browser needs to recompute the
//! divergence while the user drags the baseline.

use crate::analysis::{compare, CompareOptions, Comparison, CountPair};
use crate::window::TimeWindow;
use std::ops::Range;

/// Per-template counts over `bucket_count` buckets of `bucket_ms`, from `start_ms`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BucketSeries {
    start_ms: i64,
    bucket_ms: i64,
    bucket_count: usize,
    ids: Vec<String>,
    /// Row t holds `bucket_count + 1` running totals of template t: row[b] = lines in
    /// buckets 0..b.
    prefix: Vec<u64>,
}

/// Why a series cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SeriesError {
    /// A bucket of zero length.
    #[error("bucket length must be positive")]
    BucketLength,
    /// A template's bucket and count lists of different lengths.
    #[error("template \"{0}\": buckets and counts differ in length")]
    Lengths(String),
    /// A bucket index outside the series.
    #[error("template \"{0}\": bucket {1} is outside 0..{2}")]
    Bucket(String, u32, usize),
    /// More templates × buckets than memory allows.
    #[error("series of {0} templates × {1} buckets is too large")]
    TooLarge(usize, usize),
}

impl BucketSeries {
    /// Builds the prefix sums from sparse per-template columns: for each template its id,
    /// the indices of buckets with lines, and the lines there.
    pub fn new<'a>(
        start_ms: i64,
        bucket_ms: i64,
        bucket_count: usize,
        templates: impl IntoIterator<Item = (String, &'a [u32], &'a [u64])>,
    ) -> Result<Self, SeriesError> {
        if bucket_ms <= 0 {
            return Err(SeriesError::BucketLength);
        }
        if bucket_count >= 1 << 28 {
            return Err(SeriesError::TooLarge(0, bucket_count));
        }
        let width = bucket_count + 1;
        let mut ids = Vec::new();
        let mut prefix = Vec::new();
        for (id, buckets, counts) in templates {
            if buckets.len() != counts.len() {
                return Err(SeriesError::Lengths(id));
            }
            if prefix.len() + width > 1 << 28 {
                return Err(SeriesError::TooLarge(ids.len() + 1, bucket_count));
            }
            let mut row = vec![0u64; width];
            for (&b, &n) in buckets.iter().zip(counts) {
                // checked: on wasm32 `u32::MAX as usize + 1` would wrap to bucket 0.
                let slot = (b as usize).checked_add(1).and_then(|i| row.get_mut(i)).ok_or(SeriesError::Bucket(
                    id.clone(),
                    b,
                    bucket_count,
                ))?;
                *slot = slot.saturating_add(n);
            }
            for i in 1..width {
                row[i] = row[i].saturating_add(row[i - 1]);
            }
            prefix.extend_from_slice(&row);
            ids.push(id);
        }
        Ok(Self { start_ms, bucket_ms, bucket_count, ids, prefix })
    }

    /// Template IDs, in the order the series was given.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// Buckets in the series.
    pub fn bucket_count(&self) -> usize {
        self.bucket_count
    }

    /// The buckets a window covers: those whose start lies inside it (the stores' rule for
    /// minutes), clamped to the series.
    pub fn buckets_of(&self, window: &TimeWindow) -> Range<usize> {
        let index = |t: i64| -> usize {
            let offset = t.saturating_sub(self.start_ms);
            if offset <= 0 {
                return 0;
            }
            // ceil(offset / bucket_ms): the first bucket starting at or after t
            let i = offset / self.bucket_ms + i64::from(offset % self.bucket_ms != 0);
            (i as u64).min(self.bucket_count as u64) as usize
        };
        let (start, end) = (index(window.start_ms), index(window.end_ms));
        start..end.max(start)
    }

    /// Lines of every template in two bucket ranges: O(templates).
    pub fn counts(&self, current: Range<usize>, baseline: Range<usize>) -> Vec<CountPair> {
        let width = self.bucket_count + 1;
        let clamp = |r: Range<usize>| {
            r.start.min(self.bucket_count)..r.end.min(self.bucket_count).max(r.start.min(self.bucket_count))
        };
        let (current, baseline) = (clamp(current), clamp(baseline));
        self.prefix
            .chunks_exact(width)
            .map(|row| CountPair {
                current: row[current.end] - row[current.start],
                baseline: row[baseline.end] - row[baseline.start],
            })
            .collect()
    }

    /// Compares two windows: the same computation the server runs on the store's counts.
    pub fn compare(&self, current: &TimeWindow, baseline: &TimeWindow, options: &CompareOptions) -> Comparison {
        let counts = self.counts(self.buckets_of(current), self.buckets_of(baseline));
        compare(&self.ids, &counts, options)
    }

    /// Compares a window with several baseline windows pooled (a seasonal baseline), noting
    /// on each change how many of them had its template: the server's computation for
    /// `baseline_periods`. O(templates × windows).
    pub fn compare_pooled(
        &self,
        current: &TimeWindow,
        baselines: &[TimeWindow],
        options: &CompareOptions,
    ) -> Comparison {
        let current = self.buckets_of(current);
        let mut counts = self.counts(current.clone(), 0..0);
        let mut periods_seen = vec![0u32; counts.len()];
        for baseline in baselines {
            let period = self.counts(current.clone(), self.buckets_of(baseline));
            for ((total, seen), pair) in counts.iter_mut().zip(&mut periods_seen).zip(period) {
                total.baseline = total.baseline.saturating_add(pair.baseline);
                *seen += u32::from(pair.baseline > 0);
            }
        }
        compare(&self.ids, &counts, options).with_periods_seen(&periods_seen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series() -> BucketSeries {
        let a: (&[u32], &[u64]) = (&[0, 1, 2, 3], &[5, 5, 5, 5]);
        let b: (&[u32], &[u64]) = (&[2, 3], &[7, 1]);
        BucketSeries::new(1_000, 60_000, 4, [("a".to_string(), a.0, a.1), ("b".to_string(), b.0, b.1)]).unwrap()
    }

    #[test]
    fn windows_map_to_buckets_that_start_inside_them() {
        let s = series();
        let w = |a, b| TimeWindow { start_ms: a, end_ms: b };
        assert_eq!(s.buckets_of(&w(1_000, 121_000)), 0..2);
        assert_eq!(s.buckets_of(&w(1_001, 121_000)), 1..2);
        assert_eq!(s.buckets_of(&w(-50_000, 10_000_000)), 0..4);
        assert_eq!(s.buckets_of(&w(500_000, 900_000)), 4..4);
    }

    #[test]
    fn pooled_comparison_matches_the_pooled_counts() {
        let s = series();
        let w = |a, b| TimeWindow { start_ms: a, end_ms: b };
        let pooled =
            s.compare_pooled(&w(181_000, 241_000), &[w(121_000, 181_000), w(1_000, 61_000)], &Default::default());
        let (ids, counts, seen) = crate::pooled_count_pairs(
            [("a".to_string(), 5), ("b".to_string(), 1)],
            vec![vec![("a".to_string(), 5), ("b".to_string(), 7)], vec![("a".to_string(), 5)]],
        );
        assert_eq!(pooled, compare(&ids, &counts, &Default::default()).with_periods_seen(&seen));
        assert_eq!(pooled.changes.iter().find(|c| c.index == 1).unwrap().baseline_periods_seen, Some(1));
    }

    #[test]
    fn counts_and_comparison_match_direct_sums() {
        let s = series();
        assert_eq!(
            s.counts(2..4, 0..2),
            vec![CountPair { current: 10, baseline: 10 }, CountPair { current: 8, baseline: 0 }]
        );
        let direct = compare(
            &["a", "b"],
            &[CountPair { current: 10, baseline: 10 }, CountPair { current: 8, baseline: 0 }],
            &CompareOptions::default(),
        );
        let w = |a, b| TimeWindow { start_ms: a, end_ms: b };
        assert_eq!(s.compare(&w(121_000, 241_000), &w(1_000, 121_000), &CompareOptions::default()), direct);
        // Out-of-range bucket ranges are clamped, never a panic.
        #[allow(clippy::reversed_empty_ranges)] // a reversed range from a caller must not panic
        let reversed = 7..2;
        assert_eq!(s.counts(3..99, reversed).len(), 2);
    }

    #[test]
    fn bad_input_is_an_error() {
        let bad: (&[u32], &[u64]) = (&[9], &[1]);
        assert!(BucketSeries::new(0, 60_000, 4, [("x".to_string(), bad.0, bad.1)]).is_err());
        let mismatched: (&[u32], &[u64]) = (&[0, 1], &[1]);
        assert!(BucketSeries::new(0, 60_000, 4, [("x".to_string(), mismatched.0, mismatched.1)]).is_err());
        assert!(BucketSeries::new(0, 0, 4, std::iter::empty()).is_err());
        let last: (&[u32], &[u64]) = (&[u32::MAX], &[1]);
        assert!(BucketSeries::new(0, 60_000, 4, [("x".to_string(), last.0, last.1)]).is_err());
        assert!(BucketSeries::new(0, 60_000, usize::MAX, std::iter::empty()).is_err());
    }
}
