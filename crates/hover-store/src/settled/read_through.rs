//! Reading what the cache lacks from the store, once per key however many requests miss it
//! at the same time.

use super::{Cached, SettledCache};
use crate::Scope;
use std::collections::HashMap;
use std::hash::Hash;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use tokio::sync::watch;

type ReadInProgress = (u64, watch::Receiver<()>);

/// Which missing entries requests are reading from the store right now, so that requests
/// that miss the same entries at once read them once: the first claims them, the others
/// wait for its read (and read for themselves only what nobody is reading).
pub(crate) struct Fill<K> {
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
    /// Claims the keys of `missing` that no request is reading, for this one to read (the
    /// returned flight's keys), and returns the reads of other requests to wait for.
    fn claim(&self, scope: &Scope, missing: &[K]) -> (Claimed<'_, K>, Vec<PendingRead>) {
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
struct PendingRead(watch::Receiver<()>);

impl PendingRead {
    pub async fn finished(mut self) {
        // The sender is dropped when the read ends, which ends this wait with an error.
        while self.0.changed().await.is_ok() {}
    }
}

/// Keys this request claimed to read; released (and waiters woken) when dropped, whether the
/// read succeeded, failed or was cancelled.
struct Claimed<'a, K: Eq + Hash + Clone> {
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

/// One request's read of some cache keys through to the store. The cache answers what it
/// holds; [`ReadThrough::keys_to_read`] names the keys this request must read from the store
/// itself (those no other request is reading, then whatever the others' reads did not leave
/// in the cache); the request reads them, hands each value to [`ReadThrough::put`], and
/// [`ReadThrough::finish`] returns every value. The cache never calls into the store.
pub(crate) struct ReadThrough<'a, V: Cached> {
    cache: &'a SettledCache,
    scope: Scope,
    found: HashMap<V::Key, V>,
    missing: Vec<V::Key>,
    claimed: Option<Claimed<'a, V::Key>>,
    others: Vec<PendingRead>,
    /// The cache's generation when the current read began: a value read across a write
    /// into its hour is returned but not cached.
    generation: u64,
    round: Round,
}

enum Round {
    /// Nothing read yet.
    First,
    /// This request read what it claimed; the others' reads are still to wait for.
    Claimed,
    Done,
}

impl<'a, V: Cached> ReadThrough<'a, V> {
    pub(super) fn new(cache: &'a SettledCache, scope: &Scope, needed: impl IntoIterator<Item = V::Key>) -> Self {
        let mut through = Self {
            cache,
            scope: scope.clone(),
            found: HashMap::new(),
            missing: Vec::new(),
            claimed: None,
            others: Vec::new(),
            generation: 0,
            round: Round::First,
        };
        through.missing = through.look_up(needed.into_iter().collect());
        through
    }

    /// Keys of `keys` the cache lacks; the others go to `found`.
    fn look_up(&mut self, keys: Vec<V::Key>) -> Vec<V::Key> {
        keys.into_iter()
            .filter(|key| match self.cache.get_as::<V>(&self.scope, key) {
                Some(value) => {
                    self.found.insert(key.clone(), value);
                    false
                }
                None => true,
            })
            .collect()
    }

    /// The keys to read from the store now, or `None` once every key is found.
    pub async fn keys_to_read(&mut self) -> Option<Vec<V::Key>> {
        loop {
            match self.round {
                Round::First => {
                    self.round = Round::Claimed;
                    if self.missing.is_empty() {
                        return None;
                    }
                    let (claimed, others) = V::fill(self.cache).claim(&self.scope, &self.missing);
                    self.others = others;
                    if !claimed.keys.is_empty() {
                        let keys = claimed.keys.clone();
                        self.claimed = Some(claimed);
                        return Some(self.begin_read(keys));
                    }
                }
                Round::Claimed => {
                    self.round = Round::Done;
                    // Release what this request read, then wait for the others' reads.
                    self.claimed = None;
                    for other in std::mem::take(&mut self.others) {
                        other.finished().await;
                    }
                    // What the others read is cached now, unless their read failed or a
                    // write into its hours dropped it meanwhile: then this request reads it.
                    let unread: Vec<V::Key> =
                        self.missing.iter().filter(|k| !self.found.contains_key(*k)).cloned().collect();
                    let left = self.look_up(unread);
                    if !left.is_empty() {
                        return Some(self.begin_read(left));
                    }
                }
                Round::Done => return None,
            }
        }
    }

    fn begin_read(&mut self, keys: Vec<V::Key>) -> Vec<V::Key> {
        self.cache.note_read();
        self.generation = self.cache.generation();
        keys
    }

    /// The value read from the store for a key [`ReadThrough::keys_to_read`] named.
    pub fn put(&mut self, key: V::Key, value: V) {
        self.cache.put(&self.scope, V::slot(&key), value.clone().into_value(), self.generation);
        self.found.insert(key, value);
    }

    /// Every value: found in the cache or read.
    pub fn finish(self) -> HashMap<V::Key, V> {
        self.found
    }
}

#[cfg(test)]
mod tests {
    use super::super::{HourCounts, Slot, Value};
    use super::*;
    use hover_core::{TemplateId, HOUR_MS};
    use std::sync::Arc;
    use std::time::Duration;

    fn scope(org: &str) -> Scope {
        Scope { org: org.into(), streams: None }
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

    #[tokio::test]
    async fn a_read_through_reads_only_what_the_cache_lacks_and_caches_it() {
        let cache = SettledCache::new(Duration::from_secs(60), 1 << 20);
        let counts = |n: u64| Arc::new(HourCounts::new(0, (0..n).map(|i| (0, TemplateId(i), 1))));
        cache.put(&scope("a"), Slot::Counts(0), Value::Counts(counts(1)), cache.generation());
        let mut through = cache.read_through::<Arc<HourCounts>>(&scope("a"), [0, HOUR_MS, 2 * HOUR_MS]);
        let keys = through.keys_to_read().await.expect("two hours to read");
        assert_eq!(keys, [HOUR_MS, 2 * HOUR_MS]);
        for key in keys {
            through.put(key, counts(2));
        }
        assert!(through.keys_to_read().await.is_none());
        assert_eq!(through.finish().len(), 3);
        // Now all three are cached: nothing to read.
        let mut again = cache.read_through::<Arc<HourCounts>>(&scope("a"), [0, HOUR_MS, 2 * HOUR_MS]);
        assert!(again.keys_to_read().await.is_none());
        assert_eq!(cache.stats().reads, 1);
    }
}
