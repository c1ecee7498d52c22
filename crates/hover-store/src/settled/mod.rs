//! An in-memory cache of *settled* hours for the ClickHouse backend: hours that ended more
//! than [`SETTLE_MS`] ago. For each it keeps the per-minute template counts of a scope, and
//! the earliest lines of each minute of a template, so a query over settled hours does not
//! reach ClickHouse. A hover over the last hour still reads the hour in progress there; its
//! baseline and every older window come from memory.
//!
//! Staleness: this process drops an hour when it writes lines into it (see
//! [`SettledCache::invalidate`]); lines another process writes into a settled hour show up
//! here once the entry is older than the configured time to live.

mod hours;
mod read_through;

pub use hours::{add_sorted, HourCounts, HourSamples};
pub(crate) use read_through::{Fill, ReadThrough};

use crate::Scope;
use hover_core::{TemplateId, HOUR_MS, MINUTE_MS};
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

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

/// What an entry holds, within its scope (entries are kept per scope, so a look-up does not
/// copy the scope).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Slot {
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
pub(crate) enum Value {
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

/// A kind of value the cache keeps, and the key that names one within a scope.
pub(crate) trait Cached: Clone + Sized {
    type Key: Eq + Hash + Clone;
    fn slot(key: &Self::Key) -> Slot;
    fn from_value(value: Value) -> Option<Self>;
    fn into_value(self) -> Value;
    fn fill(cache: &SettledCache) -> &Fill<Self::Key>;
}

/// An hour's counts, by the hour's start.
impl Cached for Arc<HourCounts> {
    type Key = i64;
    fn slot(hour: &i64) -> Slot {
        Slot::Counts(*hour)
    }
    fn from_value(value: Value) -> Option<Self> {
        match value {
            Value::Counts(counts) => Some(counts),
            Value::Samples(_) => None,
        }
    }
    fn into_value(self) -> Value {
        Value::Counts(self)
    }
    fn fill(cache: &SettledCache) -> &Fill<i64> {
        &cache.counts_fill
    }
}

/// A template's sampled lines in an hour, by (hour's start, template).
impl Cached for Arc<HourSamples> {
    type Key = (i64, TemplateId);
    fn slot(&(hour, id): &(i64, TemplateId)) -> Slot {
        Slot::Samples(hour, id)
    }
    fn from_value(value: Value) -> Option<Self> {
        match value {
            Value::Samples(samples) => Some(samples),
            Value::Counts(_) => None,
        }
    }
    fn into_value(self) -> Value {
        Value::Samples(self)
    }
    fn fill(cache: &SettledCache) -> &Fill<(i64, TemplateId)> {
        &cache.samples_fill
    }
}

/// What a cache has done since it was made, and what it holds (for `/metrics`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Look-ups answered from memory.
    pub hits: u64,
    /// Look-ups that found nothing fresh.
    pub misses: u64,
    /// Queries that read missing entries from the store.
    pub reads: u64,
    /// Entries held now.
    pub entries: u64,
    /// The memory they take (estimated).
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
    counts_fill: Fill<i64>,
    samples_fill: Fill<(i64, TemplateId)>,
}

impl SettledCache {
    /// An empty cache: entries live `ttl`, and all of them take at most `budget_bytes`.
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

    /// The memory its entries may take.
    pub fn budget_bytes(&self) -> usize {
        self.budget_bytes
    }

    /// What it has done, and holds now.
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
    fn note_read(&self) {
        self.reads.fetch_add(1, Ordering::Relaxed);
    }

    /// Taken before reading what will be put: the value is kept only if no invalidation
    /// happened in between.
    fn generation(&self) -> u64 {
        self.lock().generation
    }

    /// The cached value of `key`, if it is there and fresh.
    pub(crate) fn get_as<V: Cached>(&self, scope: &Scope, key: &V::Key) -> Option<V> {
        V::from_value(self.get(scope, V::slot(key))?)
    }

    /// Starts reading `needed` through this cache (see [`ReadThrough`]).
    pub(crate) fn read_through<V: Cached>(
        &self,
        scope: &Scope,
        needed: impl IntoIterator<Item = V::Key>,
    ) -> ReadThrough<'_, V> {
        ReadThrough::new(self, scope, needed)
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
    fn entries_expire_are_invalidated_and_stay_within_budget() {
        let counts = |n: u64| Arc::new(HourCounts::new(0, (0..n).map(|i| (0, TemplateId(i), 1))));
        let cache = SettledCache::new(Duration::from_secs(60), 10 * 1024);
        let g = cache.generation();
        cache.put(&scope("a"), Slot::Counts(0), Value::Counts(counts(1)), g);
        cache.put(&scope("b"), Slot::Counts(0), Value::Counts(counts(1)), g);
        assert!(cache.get_as::<Arc<HourCounts>>(&scope("a"), &0).is_some());
        assert!(cache.get_as::<Arc<HourCounts>>(&scope("a"), &HOUR_MS).is_none());

        // A write into org a's hour 0 drops a's entry only, and refuses values read before.
        cache.invalidate("a", &[0]);
        assert!(cache.get_as::<Arc<HourCounts>>(&scope("a"), &0).is_none());
        assert!(cache.get_as::<Arc<HourCounts>>(&scope("b"), &0).is_some());
        cache.put(&scope("a"), Slot::Counts(0), Value::Counts(counts(1)), g);
        assert!(cache.get_as::<Arc<HourCounts>>(&scope("a"), &0).is_none(), "read before the invalidation");

        // Over budget: the oldest entries go first.
        let g = cache.generation();
        for hour in 1..=40 {
            cache.put(&scope("b"), Slot::Counts(hour * HOUR_MS), Value::Counts(counts(1)), g);
        }
        assert!(cache.get_as::<Arc<HourCounts>>(&scope("b"), &0).is_none());
        assert!(cache.get_as::<Arc<HourCounts>>(&scope("b"), &(40 * HOUR_MS)).is_some());
        assert!(cache.lock().bytes <= 10 * 1024);

        cache.note_read();
        let stats = cache.stats();
        assert_eq!((stats.hits, stats.misses, stats.reads), (3, 4, 1));
        assert!(stats.entries > 0 && stats.bytes <= 10 * 1024, "{stats:?}");

        let expired = SettledCache::new(Duration::ZERO, 1 << 20);
        expired.put(&scope("a"), Slot::Counts(0), Value::Counts(counts(1)), expired.generation());
        assert!(expired.get_as::<Arc<HourCounts>>(&scope("a"), &0).is_none());
    }
}
