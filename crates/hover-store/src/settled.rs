//! An in-memory cache of *settled* hours for the ClickHouse backend: hours that ended more
//! than [`SETTLE_MS`] ago. For each it keeps the per-minute template counts of a scope, and
//! the earliest lines of each minute of a template, so a query over settled hours does not
//! reach ClickHouse. A hover over the last hour still reads the hour in progress there; its
//! baseline and every older window come from memory.
//!
//! Staleness: this process drops an hour when it writes lines into it (see
//! [`SettledCache::invalidate`]); lines another process writes into a settled hour show up
//! here once the entry is older than the configured time to live.

use crate::Scope;
use hover_core::TemplateId;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const HOUR_MS: i64 = 3_600_000;
const MINUTE_MS: i64 = 60_000;

/// How long after its end an hour counts as settled. Lines written later than that by this
/// process drop the hour from the cache; by other processes, they wait for the time to live.
pub const SETTLE_MS: i64 = 5 * MINUTE_MS;

/// The start of the first hour that is not settled at `now_ms`: every earlier hour ended at
/// least [`SETTLE_MS`] ago.
pub fn settled_until(now_ms: i64) -> i64 {
    (now_ms - SETTLE_MS).div_euclid(HOUR_MS) * HOUR_MS
}

/// The hours (their starts) that overlap `[start_ms, end_ms)`.
pub fn hours(start_ms: i64, end_ms: i64) -> impl Iterator<Item = i64> {
    let first = start_ms.div_euclid(HOUR_MS) * HOUR_MS;
    let count = if start_ms < end_ms { (end_ms - first + HOUR_MS - 1) / HOUR_MS } else { 0 };
    (0..count).map(move |i| first + i * HOUR_MS)
}

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

    /// Adds the lines of minutes `[from_ms, to_ms)` of this hour (starting at `hour`) to `into`.
    pub fn add(&self, hour: i64, from_ms: i64, to_ms: i64, into: &mut BTreeMap<TemplateId, u64>) {
        let minute = |t: i64| ((t - hour) / MINUTE_MS).clamp(0, 60) as usize;
        let (a, b) = (minute(from_ms), minute(to_ms));
        if a >= b {
            return;
        }
        for (id, sums) in &self.templates {
            let lines = sums[b] - sums[a];
            if lines > 0 {
                *into.entry(*id).or_default() += lines;
            }
        }
    }

    fn bytes(&self) -> usize {
        self.templates.len() * std::mem::size_of::<(TemplateId, [u64; 61])>()
    }
}

/// One template's lines in one hour: the earliest `keep` of each minute, by (time, text).
#[derive(Debug, Default)]
pub struct HourSamples {
    lines: Vec<(i64, String)>,
}

impl HourSamples {
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

    fn bytes(&self) -> usize {
        self.lines.iter().map(|(_, l)| l.len() + std::mem::size_of::<(i64, String)>()).sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Counts(Scope, i64),
    Samples(Scope, i64, TemplateId),
}

impl Key {
    fn org_and_hour(&self) -> (&str, i64) {
        match self {
            Key::Counts(scope, hour) | Key::Samples(scope, hour, _) => (&scope.org, *hour),
        }
    }
}

#[derive(Clone)]
enum Value {
    Counts(Arc<HourCounts>),
    Samples(Arc<HourSamples>),
}

impl Value {
    fn bytes(&self) -> usize {
        match self {
            Value::Counts(c) => c.bytes(),
            Value::Samples(s) => s.bytes(),
        }
    }
}

struct Entry {
    stored: Instant,
    bytes: usize,
    value: Value,
}

#[derive(Default)]
struct Entries {
    map: HashMap<Key, Entry>,
    /// Insertion order, for eviction; a key whose entry was replaced or removed since is skipped.
    order: VecDeque<(Key, Instant)>,
    bytes: usize,
    /// Bumped by every invalidation: a value read from the store before it must not be kept.
    generation: u64,
}

/// See the module docs. Cheap to share: one per store, behind an `Arc`.
pub struct SettledCache {
    ttl: Duration,
    budget_bytes: usize,
    entries: Mutex<Entries>,
    /// Held while reading missing counts (samples) from the store: concurrent requests that
    /// miss the same hours then read them once, the others finding them cached.
    pub counts_fill: tokio::sync::Mutex<()>,
    pub samples_fill: tokio::sync::Mutex<()>,
}

impl SettledCache {
    pub fn new(ttl: Duration, budget_bytes: usize) -> Self {
        Self {
            ttl,
            budget_bytes,
            entries: Mutex::default(),
            counts_fill: tokio::sync::Mutex::default(),
            samples_fill: tokio::sync::Mutex::default(),
        }
    }

    /// `None` when `all_cached` says everything is there; otherwise `fill` locked, once
    /// `all_cached` still says something is missing (another request may have filled it
    /// while this one waited for the lock).
    pub async fn lock_if_missing<'a>(
        &self,
        fill: &'a tokio::sync::Mutex<()>,
        mut all_cached: impl FnMut() -> bool,
    ) -> Option<tokio::sync::MutexGuard<'a, ()>> {
        if all_cached() {
            return None;
        }
        let guard = fill.lock().await;
        (!all_cached()).then_some(guard)
    }

    /// Taken before reading what will be [`put`](Self::counts_put): the value is kept only if
    /// no invalidation happened in between.
    pub fn generation(&self) -> u64 {
        self.lock().generation
    }

    pub fn counts(&self, scope: &Scope, hour: i64) -> Option<Arc<HourCounts>> {
        match self.get(&Key::Counts(scope.clone(), hour))? {
            Value::Counts(c) => Some(c),
            Value::Samples(_) => None,
        }
    }

    pub fn samples(&self, scope: &Scope, hour: i64, id: TemplateId) -> Option<Arc<HourSamples>> {
        match self.get(&Key::Samples(scope.clone(), hour, id))? {
            Value::Samples(s) => Some(s),
            Value::Counts(_) => None,
        }
    }

    pub fn counts_put(&self, scope: &Scope, hour: i64, counts: Arc<HourCounts>, generation: u64) {
        self.put(Key::Counts(scope.clone(), hour), Value::Counts(counts), generation);
    }

    pub fn samples_put(&self, scope: &Scope, hour: i64, id: TemplateId, samples: Arc<HourSamples>, generation: u64) {
        self.put(Key::Samples(scope.clone(), hour, id), Value::Samples(samples), generation);
    }

    /// Drops every entry of `org` for the hours (starts) given: this process wrote there.
    pub fn invalidate(&self, org: &str, hours: &[i64]) {
        let mut entries = self.lock();
        entries.generation += 1;
        let mut freed = 0;
        entries.map.retain(|key, entry| {
            let (o, h) = key.org_and_hour();
            let keep = o != org || !hours.contains(&h);
            if !keep {
                freed += entry.bytes;
            }
            keep
        });
        entries.bytes -= freed;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        // A panic while holding the lock leaves a consistent map (no multi-step updates).
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn get(&self, key: &Key) -> Option<Value> {
        let entries = self.lock();
        let entry = entries.map.get(key)?;
        (entry.stored.elapsed() < self.ttl).then(|| entry.value.clone())
    }

    fn put(&self, key: Key, value: Value, generation: u64) {
        let mut entries = self.lock();
        if entries.generation != generation {
            return;
        }
        let (stored, bytes) = (Instant::now(), value.bytes() + 64);
        if let Some(old) = entries.map.insert(key.clone(), Entry { stored, bytes, value }) {
            entries.bytes -= old.bytes;
        }
        entries.bytes += bytes;
        entries.order.push_back((key, stored));
        // Oldest first, until within budget (the one just put stays if it alone exceeds it).
        while entries.bytes > self.budget_bytes && entries.order.len() > 1 {
            let Some((key, at)) = entries.order.pop_front() else { break };
            if entries.map.get(&key).is_some_and(|e| e.stored == at) {
                let entry = entries.map.remove(&key).expect("present");
                entries.bytes -= entry.bytes;
            }
        }
        // Skipped keys pile up when the same hours are put again and again; drop them.
        if entries.order.len() > 2 * entries.map.len() + 1024 {
            let Entries { map, order, .. } = &mut *entries;
            order.retain(|(key, at)| map.get(key).is_some_and(|e| e.stored == *at));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(org: &str) -> Scope {
        Scope { org: org.into(), streams: None }
    }

    #[test]
    fn settled_hours_ended_five_minutes_ago() {
        assert_eq!(settled_until(HOUR_MS + SETTLE_MS), HOUR_MS);
        assert_eq!(settled_until(HOUR_MS + SETTLE_MS - 1), 0);
        assert_eq!(hours(HOUR_MS - 1, 2 * HOUR_MS + 1).collect::<Vec<_>>(), [0, HOUR_MS, 2 * HOUR_MS]);
        assert_eq!(hours(HOUR_MS, HOUR_MS).count(), 0);
        assert_eq!(hours(HOUR_MS + 1, HOUR_MS).count(), 0);
        assert_eq!(hours(HOUR_MS, 2 * HOUR_MS).collect::<Vec<_>>(), [HOUR_MS]);
    }

    #[test]
    fn hour_counts_sum_any_minute_range() {
        let (a, b) = (TemplateId(1), TemplateId(2));
        let h = 7 * HOUR_MS;
        let counts = HourCounts::new(h, [(h, a, 2), (h + 59 * MINUTE_MS, a, 3), (h + 10 * MINUTE_MS, b, 5)]);
        let sum = |from, to| {
            let mut out = BTreeMap::new();
            counts.add(h, from, to, &mut out);
            out.into_iter().collect::<Vec<_>>()
        };
        assert_eq!(sum(h, h + HOUR_MS), [(a, 5), (b, 5)]);
        assert_eq!(sum(h + MINUTE_MS, h + 10 * MINUTE_MS), []);
        assert_eq!(sum(h + 10 * MINUTE_MS, h + 11 * MINUTE_MS), [(b, 5)]);
        assert_eq!(sum(h + 59 * MINUTE_MS, h + 2 * HOUR_MS), [(a, 3)]);
    }

    #[test]
    fn hour_samples_keep_the_earliest_of_each_minute() {
        let line = |t: i64, s: &str| (t, s.to_string());
        let samples =
            HourSamples::new(vec![line(5, "c"), line(5, "b"), line(1, "z"), line(2, "a"), line(MINUTE_MS, "next")], 3);
        assert_eq!(samples.within(0, HOUR_MS).collect::<Vec<_>>(), ["z", "a", "b", "next"]);
        assert_eq!(samples.within(MINUTE_MS, HOUR_MS).collect::<Vec<_>>(), ["next"]);
    }

    #[test]
    fn entries_expire_are_invalidated_and_stay_within_budget() {
        let counts = |n: u64| Arc::new(HourCounts::new(0, (0..n).map(|i| (0, TemplateId(i), 1))));
        let cache = SettledCache::new(Duration::from_secs(60), 10 * 1024);
        let g = cache.generation();
        cache.counts_put(&scope("a"), 0, counts(1), g);
        cache.counts_put(&scope("b"), 0, counts(1), g);
        assert!(cache.counts(&scope("a"), 0).is_some());
        assert!(cache.counts(&scope("a"), HOUR_MS).is_none());

        // A write into org a's hour 0 drops a's entry only, and refuses values read before.
        cache.invalidate("a", &[0]);
        assert!(cache.counts(&scope("a"), 0).is_none());
        assert!(cache.counts(&scope("b"), 0).is_some());
        cache.counts_put(&scope("a"), 0, counts(1), g);
        assert!(cache.counts(&scope("a"), 0).is_none(), "read before the invalidation");

        // Over budget: the oldest entries go first.
        let g = cache.generation();
        for hour in 1..=40 {
            cache.counts_put(&scope("b"), hour * HOUR_MS, counts(1), g);
        }
        assert!(cache.counts(&scope("b"), 0).is_none());
        assert!(cache.counts(&scope("b"), 40 * HOUR_MS).is_some());
        assert!(cache.lock().bytes <= 10 * 1024);

        let expired = SettledCache::new(Duration::ZERO, 1 << 20);
        expired.counts_put(&scope("a"), 0, counts(1), expired.generation());
        assert!(expired.counts(&scope("a"), 0).is_none());
    }
}
