//! What the cache keeps of one settled hour: a scope's per-minute counts, as prefix sums, and
//! a template's earliest lines of each minute.

use hover_core::{TemplateId, MINUTE_MS};
use std::collections::BTreeMap;

/// One hour's lines per template, as prefix sums over its minutes: the lines of minutes
/// `[a, b)` are `sums[b] - sums[a]`, so a window's part of the hour costs one subtraction.
#[derive(Debug, Default)]
pub struct HourCounts {
    templates: Vec<(TemplateId, [u64; 61])>,
}

impl HourCounts {
    /// From (minute start ms, template, lines) rows of this hour.
    pub fn new(hour: i64, rows: impl IntoIterator<Item = (i64, TemplateId, u64)>) -> Self {
        let mut per_minute: BTreeMap<TemplateId, [u64; 61]> = BTreeMap::new();
        for (minute_ms, id, lines) in rows {
            let minute = ((minute_ms - hour) / MINUTE_MS).clamp(0, 59) as usize;
            per_minute.entry(id).or_insert([0; 61])[minute + 1] += lines;
        }
        let templates = per_minute
            .into_iter()
            .map(|(id, mut sums)| {
                for m in 1..61 {
                    sums[m] += sums[m - 1];
                }
                (id, sums)
            })
            .collect();
        Self { templates }
    }

    /// (template, lines) for the minutes `[from_ms, to_ms)` of this hour (starting at
    /// `hour`), sorted by template, for templates with lines there.
    pub fn lines(&self, hour: i64, from_ms: i64, to_ms: i64) -> impl Iterator<Item = (TemplateId, u64)> + '_ {
        let minute = |t: i64| ((t - hour) / MINUTE_MS).clamp(0, 60) as usize;
        let (a, b) = (minute(from_ms), minute(to_ms).max(minute(from_ms)));
        self.templates.iter().map(move |(id, sums)| (*id, sums[b] - sums[a])).filter(|(_, lines)| *lines > 0)
    }

    /// Lines of one template in the minutes of this hour that overlap `[from_ms, to_ms)`.
    pub fn of(&self, id: TemplateId, hour: i64, from_ms: i64, to_ms: i64) -> u64 {
        let minute = |t: i64, up: bool| {
            let since = t - hour;
            let index = since.div_euclid(MINUTE_MS) + i64::from(up && since.rem_euclid(MINUTE_MS) != 0);
            index.clamp(0, 60) as usize
        };
        let (a, b) = (minute(from_ms, false), minute(to_ms, true));
        match self.templates.binary_search_by_key(&id, |(t, _)| *t) {
            Ok(i) if a < b => self.templates[i].1[b] - self.templates[i].1[a],
            _ => 0,
        }
    }

    pub(super) fn bytes(&self) -> usize {
        self.templates.len() * std::mem::size_of::<(TemplateId, [u64; 61])>()
    }
}

/// Two lists of (template, lines) sorted by template, added up into one (hover-core's join
/// of two windows, a linear merge on sorted input).
pub fn add_sorted(
    a: impl IntoIterator<Item = (TemplateId, u64)>,
    b: impl IntoIterator<Item = (TemplateId, u64)>,
) -> Vec<(TemplateId, u64)> {
    let (ids, counts) = hover_core::count_pairs(a, b);
    ids.into_iter().zip(counts).map(|(id, pair)| (id, pair.current.saturating_add(pair.baseline))).collect()
}

/// One template's lines in one hour: the earliest `keep` of each minute, by (time, text).
#[derive(Debug, Default)]
pub struct HourSamples {
    lines: Vec<(i64, String)>,
}

impl HourSamples {
    /// The earliest `keep` lines of each minute among `lines` (time, text).
    pub fn new(mut lines: Vec<(i64, String)>, keep: usize) -> Self {
        lines.sort();
        let mut kept: Vec<(i64, String)> = Vec::with_capacity(lines.len());
        let mut in_minute = 0;
        for line in lines {
            let same_minute = kept.last().is_some_and(|(t, _)| t.div_euclid(MINUTE_MS) == line.0.div_euclid(MINUTE_MS));
            in_minute = if same_minute { in_minute + 1 } else { 1 };
            if in_minute <= keep {
                kept.push(line);
            }
        }
        Self { lines: kept }
    }

    /// The lines in `[from_ms, to_ms)`, earliest first.
    pub fn within(&self, from_ms: i64, to_ms: i64) -> impl Iterator<Item = &str> {
        self.lines.iter().filter(move |(t, _)| (from_ms..to_ms).contains(t)).map(|(_, line)| line.as_str())
    }

    pub(super) fn bytes(&self) -> usize {
        self.lines.iter().map(|(_, l)| l.len() + std::mem::size_of::<(i64, String)>()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hover_core::HOUR_MS;

    #[test]
    fn hour_counts_sum_any_minute_range() {
        let (a, b) = (TemplateId(1), TemplateId(2));
        let h = 7 * HOUR_MS;
        let counts = HourCounts::new(h, [(h, a, 2), (h + 59 * MINUTE_MS, a, 3), (h + 10 * MINUTE_MS, b, 5)]);
        let sum = |from, to| counts.lines(h, from, to).collect::<Vec<_>>();
        assert_eq!(sum(h, h + HOUR_MS), [(a, 5), (b, 5)]);
        assert_eq!(sum(h + MINUTE_MS, h + 10 * MINUTE_MS), []);
        assert_eq!(sum(h + 10 * MINUTE_MS, h + 11 * MINUTE_MS), [(b, 5)]);
        assert_eq!(sum(h + 59 * MINUTE_MS, h + 2 * HOUR_MS), [(a, 3)]);
        // One template's lines in the minutes a range touches.
        assert_eq!(counts.of(a, h, h, h + HOUR_MS), 5);
        assert_eq!(counts.of(b, h, h + 10 * MINUTE_MS + 1, h + 11 * MINUTE_MS), 5);
        assert_eq!(counts.of(b, h, h, h + 10 * MINUTE_MS + 1), 5);
        assert_eq!(counts.of(b, h, h, h + 10 * MINUTE_MS), 0);
        assert_eq!(counts.of(TemplateId(9), h, h, h + HOUR_MS), 0);
    }

    #[test]
    fn sorted_lists_add_up() {
        let (a, b, c) = (TemplateId(1), TemplateId(2), TemplateId(3));
        assert_eq!(add_sorted([(a, 1), (c, 2)], [(b, 5), (c, 1)]), [(a, 1), (b, 5), (c, 3)]);
        assert_eq!(add_sorted([], [(b, 5)]), [(b, 5)]);
    }

    #[test]
    fn hour_samples_keep_the_earliest_of_each_minute() {
        let line = |t: i64, s: &str| (t, s.to_string());
        let samples =
            HourSamples::new(vec![line(5, "c"), line(5, "b"), line(1, "z"), line(2, "a"), line(MINUTE_MS, "next")], 3);
        assert_eq!(samples.within(0, HOUR_MS).collect::<Vec<_>>(), ["z", "a", "b", "next"]);
        assert_eq!(samples.within(MINUTE_MS, HOUR_MS).collect::<Vec<_>>(), ["next"]);
    }
}
