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
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::watch;

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

    fn bytes(&self) -> usize {
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

/// What an entry holds, within its scope (entries are kept per scope, so a look-up does not
/// copy the scope).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Slot {
    Counts(i64),
    Samples(i64, TemplateId),
}

impl Slot {
    fn hour(self) -> i64 {
        match self {
            Slot::Counts(hour) | Slot::Samples(hour, _) => hour,
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
    map: HashMap<Scope, HashMap<Slot, Entry>>,
    /// Insertion order, for eviction; one whose entry was replaced or removed since is skipped.
    order: VecDeque<(Scope, Slot, Instant)>,
    bytes: usize,
    /// Bumped by every invalidation: a value read from the store before it must not be kept.
    generation: u64,
}

impl Entries {
    fn is_current(&self, scope: &Scope, slot: Slot, stored: Instant) -> bool {
        self.map.get(scope).and_then(|slots| slots.get(&slot)).is_some_and(|e| e.stored == stored)
    }
}

type ReadInProgress = (u64, watch::Receiver<()>);

/// Which missing entries requests are reading from the store right now, so that requests
/// that miss the same entries at once read them once: the first claims them, the others
/// wait for its read (and read for themselves only what nobody is reading).
pub struct Fill<K> {
    /// Per scope: each key being read, with the read's number and a way to wait for it.
    in_flight: Mutex<HashMap<Scope, HashMap<K, ReadInProgress>>>,
    next_flight: AtomicU64,
}

impl<K> Default for Fill<K> {
    fn default() -> Self {
        Self { in_flight: Mutex::default(), next_flight: AtomicU64::new(0) }
    }
}

impl<K: Eq + Hash + Clone> Fill<K> {
    /// The values of `needed`: from the cache (`cached`), and what it lacks from `read`, which
    /// reads from the store, caches and returns what it read. A key that another request is
    /// reading is waited for rather than read again.
    pub async fn get_or_read<V, Fut>(
        &self,
        scope: &Scope,
        needed: &[K],
        cached: impl Fn(&K) -> Option<V>,
        read: impl Fn(Vec<K>) -> Fut,
    ) -> crate::Result<HashMap<K, V>>
    where
        Fut: std::future::Future<Output = crate::Result<HashMap<K, V>>>,
    {
        let mut found = HashMap::new();
        let look_up = |found: &mut HashMap<K, V>, keys: Vec<K>| -> Vec<K> {
            keys.into_iter()
                .filter(|key| {
                    let value = cached(key);
                    let miss = value.is_none();
                    if let Some(value) = value {
                        found.insert(key.clone(), value);
                    }
                    miss
                })
                .collect()
        };
        let missing = look_up(&mut found, needed.to_vec());
        if missing.is_empty() {
            return Ok(found);
        }
        let (claimed, others) = self.claim(scope, &missing);
        if !claimed.keys.is_empty() {
            found.extend(read(claimed.keys.clone()).await?);
        }
        drop(claimed);
        for other in others {
            other.finished().await;
        }
        // What the others read is cached now, unless their read failed or a write into its
        // hours dropped it meanwhile: then this request reads it too.
        let unread: Vec<K> = missing.into_iter().filter(|k| !found.contains_key(k)).collect();
        let left = look_up(&mut found, unread);
        if !left.is_empty() {
            found.extend(read(left).await?);
        }
        Ok(found)
    }

    /// Claims the keys of `missing` that no request is reading, for this one to read (the
    /// returned flight's keys), and returns the reads of other requests to wait for.
    pub fn claim(&self, scope: &Scope, missing: &[K]) -> (Claimed<'_, K>, Vec<PendingRead>) {
        let id = self.next_flight.fetch_add(1, Ordering::Relaxed);
        let (done, rx) = watch::channel(());
        let mut in_flight = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        let flights = in_flight.entry(scope.clone()).or_default();
        let (mut keys, mut others): (Vec<K>, Vec<(u64, watch::Receiver<()>)>) = (Vec::new(), Vec::new());
        for key in missing {
            match flights.get(key) {
                Some((other, rx)) => {
                    if !others.iter().any(|(seen, _)| seen == other) {
                        others.push((*other, rx.clone()));
                    }
                }
                None => {
                    flights.insert(key.clone(), (id, rx.clone()));
                    keys.push(key.clone());
                }
            }
        }
        let flight = Claimed { fill: self, scope: scope.clone(), id, keys, _done: done };
        (flight, others.into_iter().map(|(_, rx)| PendingRead(rx)).collect())
    }
}

/// Another request's read: [`PendingRead::finished`] returns once it has ended, read or not.
pub struct PendingRead(watch::Receiver<()>);

impl PendingRead {
    pub async fn finished(mut self) {
        // The sender is dropped when the read ends, which ends this wait with an error.
        while self.0.changed().await.is_ok() {}
    }
}

/// Keys this request claimed to read; released (and waiters woken) when dropped, whether the
/// read succeeded, failed or was cancelled.
pub struct Claimed<'a, K: Eq + Hash + Clone> {
    fill: &'a Fill<K>,
    scope: Scope,
    id: u64,
    pub keys: Vec<K>,
    _done: watch::Sender<()>,
}

impl<K: Eq + Hash + Clone> Drop for Claimed<'_, K> {
    fn drop(&mut self) {
        let mut in_flight = self.fill.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(flights) = in_flight.get_mut(&self.scope) {
            for key in &self.keys {
                if flights.get(key).is_some_and(|(id, _)| *id == self.id) {
                    flights.remove(key);
                }
            }
            if flights.is_empty() {
                in_flight.remove(&self.scope);
            }
        }
    }
}

/// What a cache has done since it was made, and what it holds (for `/metrics`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Look-ups answered from memory, and look-ups that found nothing (or an expired entry).
    pub hits: u64,
    pub misses: u64,
    /// Queries that read missing entries from the store.
    pub reads: u64,
    /// Entries held now, and the memory they take (estimated).
    pub entries: u64,
    pub bytes: u64,
}

/// See the module docs. Cheap to share: one per store, behind an `Arc`.
pub struct SettledCache {
    ttl: Duration,
    budget_bytes: usize,
    entries: Mutex<Entries>,
    hits: AtomicU64,
    misses: AtomicU64,
    reads: AtomicU64,
    /// Reads in progress of missing hours of counts, and of missing (hour, template) lines.
    pub counts_fill: Fill<i64>,
    pub samples_fill: Fill<(i64, TemplateId)>,
}

impl SettledCache {
    pub fn new(ttl: Duration, budget_bytes: usize) -> Self {
        Self {
            ttl,
            budget_bytes,
            entries: Mutex::default(),
            hits: AtomicU64::new(0),
            misses: AtomicU64::new(0),
            reads: AtomicU64::new(0),
            counts_fill: Fill::default(),
            samples_fill: Fill::default(),
        }
    }

    pub fn stats(&self) -> CacheStats {
        let entries = self.lock();
        CacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            reads: self.reads.load(Ordering::Relaxed),
            entries: entries.map.values().map(|slots| slots.len() as u64).sum(),
            bytes: entries.bytes as u64,
        }
    }

    /// Counts one query that reads missing entries from the store.
    pub fn note_read(&self) {
        self.reads.fetch_add(1, Ordering::Relaxed);
    }

    /// Taken before reading what will be [`put`](Self::counts_put): the value is kept only if
    /// no invalidation happened in between.
    pub fn generation(&self) -> u64 {
        self.lock().generation
    }

    pub fn counts(&self, scope: &Scope, hour: i64) -> Option<Arc<HourCounts>> {
        match self.get(scope, Slot::Counts(hour))? {
            Value::Counts(c) => Some(c),
            Value::Samples(_) => None,
        }
    }

    pub fn samples(&self, scope: &Scope, hour: i64, id: TemplateId) -> Option<Arc<HourSamples>> {
        match self.get(scope, Slot::Samples(hour, id))? {
            Value::Samples(s) => Some(s),
            Value::Counts(_) => None,
        }
    }

    pub fn counts_put(&self, scope: &Scope, hour: i64, counts: Arc<HourCounts>, generation: u64) {
        self.put(scope, Slot::Counts(hour), Value::Counts(counts), generation);
    }

    pub fn samples_put(&self, scope: &Scope, hour: i64, id: TemplateId, samples: Arc<HourSamples>, generation: u64) {
        self.put(scope, Slot::Samples(hour, id), Value::Samples(samples), generation);
    }

    /// Drops every entry of `org` for the hours (starts) given: this process wrote there.
    pub fn invalidate(&self, org: &str, hours: &[i64]) {
        let mut entries = self.lock();
        entries.generation += 1;
        let mut freed = 0;
        for (_, slots) in entries.map.iter_mut().filter(|(scope, _)| scope.org == org) {
            slots.retain(|slot, entry| {
                let keep = !hours.contains(&slot.hour());
                if !keep {
                    freed += entry.bytes;
                }
                keep
            });
        }
        entries.map.retain(|_, slots| !slots.is_empty());
        entries.bytes -= freed;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        // A panic while holding the lock leaves a consistent map (no multi-step updates).
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn get(&self, scope: &Scope, slot: Slot) -> Option<Value> {
        let entries = self.lock();
        let entry = entries.map.get(scope).and_then(|slots| slots.get(&slot));
        let value = entry.filter(|e| e.stored.elapsed() < self.ttl).map(|e| e.value.clone());
        let counter = if value.is_some() { &self.hits } else { &self.misses };
        counter.fetch_add(1, Ordering::Relaxed);
        value
    }

    fn put(&self, scope: &Scope, slot: Slot, value: Value, generation: u64) {
        let mut entries = self.lock();
        if entries.generation != generation {
            return;
        }
        let (stored, bytes) = (Instant::now(), value.bytes() + 64);
        let slots = match entries.map.get_mut(scope) {
            Some(slots) => slots,
            None => entries.map.entry(scope.clone()).or_default(),
        };
        if let Some(old) = slots.insert(slot, Entry { stored, bytes, value }) {
            entries.bytes -= old.bytes;
        }
        entries.bytes += bytes;
        entries.order.push_back((scope.clone(), slot, stored));
        // Oldest first, until within budget (the one just put stays if it alone exceeds it).
        while entries.bytes > self.budget_bytes && entries.order.len() > 1 {
            let Some((scope, slot, at)) = entries.order.pop_front() else { break };
            if entries.is_current(&scope, slot, at) {
                let slots = entries.map.get_mut(&scope).expect("current");
                let entry = slots.remove(&slot).expect("current");
                if slots.is_empty() {
                    entries.map.remove(&scope);
                }
                entries.bytes -= entry.bytes;
            }
        }
        // Skipped ones pile up when the same hours are put again and again; drop them.
        let held: usize = entries.map.values().map(HashMap::len).sum();
        if entries.order.len() > 2 * held + 1024 {
            let order = std::mem::take(&mut entries.order);
            entries.order =
                order.into_iter().filter(|(scope, slot, at)| entries.is_current(scope, *slot, *at)).collect();
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

    #[tokio::test]
    async fn requests_that_miss_the_same_keys_read_them_once() {
        let fill: Fill<i64> = Fill::default();
        let (first, waits) = fill.claim(&scope("a"), &[1, 2]);
        assert_eq!((first.keys.clone(), waits.len()), (vec![1, 2], 0));
        // While the first read runs: a second request reads only key 3, and waits for 2.
        let (second, waits) = fill.claim(&scope("a"), &[2, 3]);
        assert_eq!((second.keys.clone(), waits.len()), (vec![3], 1));
        // Another scope's keys are its own.
        assert_eq!(fill.claim(&scope("b"), &[1]).0.keys, [1]);
        let waiting = tokio::spawn(async move {
            for w in waits {
                w.finished().await;
            }
        });
        tokio::time::sleep(Duration::from_millis(20)).await;
        assert!(!waiting.is_finished(), "waits for the first read");
        drop(first);
        waiting.await.unwrap();
        // Once released, a key is claimed afresh (the cache, not the flight, then has it).
        assert_eq!(fill.claim(&scope("a"), &[1, 3]).0.keys, [1]);
        drop(second);
        assert!(fill.in_flight.lock().unwrap().is_empty());
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

        cache.note_read();
        let stats = cache.stats();
        assert_eq!((stats.hits, stats.misses, stats.reads), (3, 4, 1));
        assert!(stats.entries > 0 && stats.bytes <= 10 * 1024, "{stats:?}");

        let expired = SettledCache::new(Duration::ZERO, 1 << 20);
        expired.counts_put(&scope("a"), 0, counts(1), expired.generation());
        assert!(expired.counts(&scope("a"), 0).is_none());
    }
}
