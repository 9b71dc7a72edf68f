//! One writer thread owns the database's write side and commits whatever
//! requests are waiting in a single transaction ("group commit"). Every
//! commit waits for the disk (synchronous FULL: a 201 lets the phone delete
//! its copy), so under load one disk sync serves a whole batch instead of
//! one request. Each request still gets its answer only after its commit.

use std::sync::Arc;

use ring::rand::SystemRandom;
use tokio::sync::{mpsc, oneshot};

use super::error::IntakeError;
use super::store::{EnvelopeStore, NewEnvelope, Stored};

/// Most requests committed together; bounds one transaction's size.
const MAX_BATCH: usize = 64;
/// Requests that may wait for the writer before senders wait too.
const QUEUE: usize = 1024;

type Reply = oneshot::Sender<Result<Stored, IntakeError>>;

#[derive(Clone)]
pub(crate) struct Writer {
    queue: mpsc::Sender<(NewEnvelope, Reply)>,
}

impl Writer {
    /// Starts the writer thread; it ends when the last `Writer` is dropped.
    pub(crate) fn start(store: Arc<EnvelopeStore>) -> Result<Writer, IntakeError> {
        let (queue, mut waiting) = mpsc::channel::<(NewEnvelope, Reply)>(QUEUE);
        std::thread::Builder::new()
            .name("haven-intake-writer".into())
            .spawn(move || {
                let rng = SystemRandom::new();
                while let Some(first) = waiting.blocking_recv() {
                    let mut batch = vec![first];
                    while batch.len() < MAX_BATCH {
                        match waiting.try_recv() {
                            Ok(next) => batch.push(next),
                            Err(_) => break,
                        }
                    }
                    let (envelopes, replies): (Vec<NewEnvelope>, Vec<Reply>) = batch.into_iter().unzip();
                    match store.store_batch(&envelopes, &rng) {
                        Ok(stored) => {
                            for (reply, stored) in replies.into_iter().zip(stored) {
                                let _ = reply.send(Ok(stored));
                            }
                        }
                        Err(e) => {
                            tracing::error!(error = %e, batch = replies.len(), "storing reports failed");
                            for reply in replies {
                                let _ = reply.send(Err(IntakeError::Storage));
                            }
                        }
                    }
                }
            })
            .map_err(IntakeError::Serve)?;
        Ok(Writer { queue })
    }

    /// Stores one envelope; resolves once it is committed (or refused).
    pub(crate) async fn store(&self, envelope: NewEnvelope) -> Result<Stored, IntakeError> {
        let (reply, answer) = oneshot::channel();
        self.queue.send((envelope, reply)).await.map_err(|_| IntakeError::Storage)?;
        answer.await.map_err(|_| IntakeError::Storage)?
    }
}
