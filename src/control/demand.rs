//! Who wants the live snapshot right now: the daemon builds one only on demand.
//!
//! Building a [`LiveSnapshot`](crate::usage::LiveSnapshot) sums all of today's rows; doing
//! it every second for nobody cost a long fast replay several times the CPU of counting.
//! Watchers (a control-socket subscriber, the in-process dashboard) hold a [`Watching`]
//! guard: while any is held, the daemon builds one every tick. A one-off reader (a
//! Prometheus scrape, a new subscriber's first frame) asks with [`LiveDemand::fresh`], which
//! returns at once when the latest is fresh enough and otherwise has one built now.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::{Notify, watch};
use tokio::time::Instant;

/// The latest build: how many so far, and when.
#[derive(Debug, Clone, Copy, Default)]
struct Built {
    count: u64,
    at: Option<Instant>,
}

/// The demand signal shared by the daemon (which builds) and its readers.
#[derive(Debug)]
pub struct LiveDemand {
    watchers: AtomicUsize,
    requests: Notify,
    built: watch::Sender<Built>,
}

impl Default for LiveDemand {
    fn default() -> Self {
        LiveDemand {
            watchers: AtomicUsize::new(0),
            requests: Notify::new(),
            built: watch::Sender::new(Built::default()),
        }
    }
}

impl LiveDemand {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Registers a watcher until the guard is dropped, and asks for a snapshot now so the
    /// watcher's first one is current.
    pub fn watch(self: &Arc<Self>) -> Watching {
        self.watchers.fetch_add(1, Ordering::SeqCst);
        self.request();
        Watching(self.clone())
    }

    /// Watchers registered now.
    pub fn watchers(&self) -> usize {
        self.watchers.load(Ordering::SeqCst)
    }

    /// Asks the daemon for a snapshot as soon as it can; requests made before it gets to
    /// them are answered by one build.
    pub fn request(&self) {
        self.requests.notify_one();
    }

    /// Resolves when a snapshot was asked for (the daemon's side).
    pub async fn requested(&self) {
        self.requests.notified().await;
    }

    /// The daemon built and published a snapshot.
    pub fn built(&self) {
        self.built.send_modify(|b| {
            b.count += 1;
            b.at = Some(Instant::now());
        });
    }

    /// Snapshots built so far.
    pub fn builds(&self) -> u64 {
        self.built.borrow().count
    }

    /// Waits until the latest snapshot is at most `max_age` old: at once when it already
    /// is, else asks for one and waits for it at most `timeout` (a daemon that has stopped
    /// builds nothing more; its last snapshot is then what there is). Says whether a fresh
    /// one is there.
    pub async fn fresh(&self, max_age: Duration, timeout: Duration) -> bool {
        let mut built = self.built.subscribe();
        let latest = *built.borrow_and_update();
        if latest.at.is_some_and(|at| at.elapsed() <= max_age) {
            return true;
        }
        self.request();
        matches!(
            tokio::time::timeout(timeout, built.changed()).await,
            Ok(Ok(()))
        )
    }
}

/// A registered watcher; dropping it unregisters.
#[derive(Debug)]
pub struct Watching(Arc<LiveDemand>);

impl Watching {
    pub fn demand(&self) -> &Arc<LiveDemand> {
        &self.0
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        self.0.watchers.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn watchers_are_counted_while_their_guards_live() {
        let demand = LiveDemand::new();
        let a = demand.watch();
        let b = demand.watch();
        assert_eq!(demand.watchers(), 2);
        drop(a);
        assert_eq!(demand.watchers(), 1);
        drop(b);
        assert_eq!(demand.watchers(), 0);
    }

    #[tokio::test(start_paused = true)]
    async fn a_fresh_snapshot_is_served_as_is_and_a_stale_one_is_asked_for() {
        let demand = LiveDemand::new();
        // nothing built yet, and nobody building: the wait gives up
        assert!(
            !demand
                .fresh(Duration::from_secs(1), Duration::from_millis(50))
                .await
        );
        // the request is kept for the daemon even though nobody was listening then
        tokio::time::timeout(Duration::from_millis(10), demand.requested())
            .await
            .unwrap();

        demand.built();
        assert!(demand.fresh(Duration::from_secs(60), Duration::ZERO).await);
        assert_eq!(demand.builds(), 1);

        // a stale one: a builder answering the request satisfies the wait
        tokio::time::advance(Duration::from_secs(2)).await;
        let builder = {
            let demand = demand.clone();
            tokio::spawn(async move {
                demand.requested().await;
                demand.built();
            })
        };
        assert!(
            demand
                .fresh(Duration::from_secs(1), Duration::from_secs(5))
                .await
        );
        builder.await.unwrap();
        assert_eq!(demand.builds(), 2);
    }
}
