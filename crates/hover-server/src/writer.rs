//! Group commit: the batches of concurrent ingest calls go to the store as one write, so
//! many small pushes (a Loki client sends about 1,000 lines a request) cost one insert per
//! round rather than one each. Each call still returns only once the store has its lines; if
//! the round's write fails, every call in it fails and nothing of it is acknowledged.

use crate::templates::Templates;
use hover_store::{Batch, Store, StoreError};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Lines one round writes at most (rounds start with whatever is waiting).
const ROUND_LINES: usize = 200_000;

/// The store's single writer.
pub struct Writer {
    queue: mpsc::Sender<Pending>,
}

struct Pending {
    batch: Batch,
    /// The miner's alias generation the batch's aliases are from.
    alias_generation: u64,
    done: oneshot::Sender<Result<(), StoreError>>,
}

impl Writer {
    /// Starts the writer task (on the current tokio runtime).
    pub fn start(store: Store, templates: Arc<Templates>) -> Self {
        let (queue, waiting) = mpsc::channel(256);
        tokio::spawn(write_rounds(store, templates, waiting));
        Self { queue }
    }

    /// Writes `batch`, with whatever other calls are waiting; returns once the store has it.
    pub async fn write(&self, batch: Batch, alias_generation: u64) -> Result<(), StoreError> {
        let stopped = || StoreError::Unavailable("the store's writer has stopped".into());
        let (done, written) = oneshot::channel();
        self.queue.send(Pending { batch, alias_generation, done }).await.map_err(|_| stopped())?;
        written.await.map_err(|_| stopped())?
    }
}

async fn write_rounds(store: Store, templates: Arc<Templates>, mut waiting: mpsc::Receiver<Pending>) {
    while let Some(first) = waiting.recv().await {
        let mut lines = first.batch.lines.len();
        let mut round = vec![first];
        while lines < ROUND_LINES {
            match waiting.try_recv() {
                Ok(pending) => {
                    lines += pending.batch.lines.len();
                    round.push(pending);
                }
                Err(_) => break,
            }
        }
        let mut merged = Batch::default();
        for pending in &mut round {
            merged.lines.append(&mut pending.batch.lines);
            merged.templates.append(&mut pending.batch.templates);
            merged.aliases.append(&mut pending.batch.aliases);
            merged.keys.append(&mut pending.batch.keys);
        }
        let result = store.write(&merged).await;
        if result.is_ok() {
            templates.saved(round.iter().map(|p| p.alias_generation).max().unwrap_or(0), &merged);
        }
        for pending in round {
            let _ = pending.done.send(result.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{ingest, IncomingLog};
    use hover_core::TimeWindow;
    use hover_store::{EmbeddedStore, Scope};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_calls_share_rounds_and_each_gets_its_lines_stored() {
        let dir = hover_testkit::TempDir::new("writer");
        let store = Store::Embedded(EmbeddedStore::open(&dir.path().join("hover.db")).unwrap());
        let templates = Arc::new(Templates::start(&store).await.unwrap());
        let writer = Arc::new(Writer::start(store.clone(), templates.clone()));
        let calls: Vec<_> = (0..40)
            .map(|call| {
                let (templates, writer) = (templates.clone(), writer.clone());
                tokio::spawn(async move {
                    let records = (0..50)
                        .map(|i| {
                            Ok(IncomingLog {
                                timestamp: Some((60_000 * (call * 50 + i)).into()),
                                message: Some(format!("request {i} of call {call} served")),
                                ..Default::default()
                            })
                        })
                        .collect();
                    ingest(&templates, &writer, records, Some("o"), "default", 0, None).await.unwrap()
                })
            })
            .collect();
        for call in calls {
            assert_eq!(call.await.unwrap().accepted, 50);
        }
        let scope = Scope { org: "o".into(), streams: None };
        let counts = store.window_counts(&scope, &[TimeWindow { start_ms: 0, end_ms: 60_000 * 2_000 }]).await.unwrap();
        assert_eq!(counts[0].iter().map(|(_, n)| n).sum::<u64>(), 2_000);
    }
}
