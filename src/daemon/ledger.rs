//! The daemon's in-memory accounts between the capture threads and the store.
//!
//! Invariant: `today` = the store's rows of the current day + the `pending` rows of that day,
//! so the live view never double counts and can be rebuilt from the store at any time.
//! `pending` holds deltas (additive) not yet written; a failed write keeps them for the next
//! try. Both live in one map, one entry per key with its today's and pending counts, so a row
//! costs one lookup and one key, not two (a fast replay folds tens of thousands of rows).
//! Rows stamped before the clock was sane are `held_back` and, once the clock is set,
//! attributed to the first sane minute seen: the traffic is kept, only its minute is
//! approximate, and the caller records the span as a gap.
//!
//! Memory is bounded while the store fails: `pending` and `held_back` each hold at most
//! `max_pending` rows ([`MAX_PENDING_ROWS`] by default, `[store] max-pending-rows`). Past it,
//! the oldest rows are folded into coarser keys ([`fold`](super::fold)) down to three
//! quarters of the cap, so folding is rare; counts are never dropped, only detail, and each
//! fold is counted and logged. `held_back` folds as rows arrive (it cannot be written
//! anyway); `pending` only when the caller says a write failed ([`Ledger::bound_pending`]),
//! so a fast replay with a working store never loses detail.

use std::collections::BTreeMap;

use super::fold::fold;
use crate::flow::Counts;
use crate::usage::{UsageKey, UsageSpan};

/// Default cap on rows waiting for the store: about 400 bytes each (a key's strings and
/// counts in a tree node, estimated), so some 20 MB; a household makes about 4000 rows a
/// day, so this is more than a week of a dead disk before any detail is folded.
pub const MAX_PENDING_ROWS: usize = 50_000;

/// Held-back rows all get this minute: the one they are released at replaces it anyway, so
/// the minute they were stamped with (a wrong clock's) would only multiply rows.
const UNKNOWN_MINUTE: i64 = 0;

/// Everything folded so far, for logs and the dashboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FoldStats {
    pub folds: u64,
    pub rows_folded: u64,
    pub bytes_folded: u64,
}

/// The clock became sane: held-back rows were moved to `first_sane_minute`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockSet {
    pub first_sane_minute: i64,
    /// Held-back rows moved.
    pub rows: usize,
    pub bytes: u64,
}

/// What the ledger holds for one key: `None` where the key is not in that view.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Entry {
    /// The key's total in the current day's view (only for keys of the current day).
    today: Option<Counts>,
    /// Counted since the last write, not yet in the store.
    pending: Option<Counts>,
}

#[derive(Debug)]
pub struct Ledger {
    /// Most rows kept in `pending` (and in `held_back`) before folding.
    max_pending: usize,
    folded: FoldStats,
    /// Rows stamped before this minute are held back; `None`: every timestamp is believed.
    floor_minute: Option<i64>,
    held_back: BTreeMap<UsageKey, Counts>,
    /// The clock has been seen sane at least once (nothing is held back after that).
    clock_sane: bool,
    /// Today's view and the pending deltas; an entry has at least one of them.
    rows: BTreeMap<UsageKey, Entry>,
    /// Entries with pending counts.
    pending_rows: usize,
    day: Option<UsageSpan>,
    /// Whether `today` includes the store's rows (false after a failed read).
    day_loaded: bool,
}

fn add_to(map: &mut BTreeMap<UsageKey, Counts>, key: UsageKey, counts: &Counts) {
    map.entry(key).or_default().add(counts);
}

impl Ledger {
    pub fn new(floor_minute: Option<i64>) -> Self {
        Self {
            max_pending: MAX_PENDING_ROWS,
            folded: FoldStats::default(),
            floor_minute,
            held_back: BTreeMap::new(),
            clock_sane: false,
            rows: BTreeMap::new(),
            pending_rows: 0,
            day: None,
            day_loaded: false,
        }
    }

    /// Caps the rows waiting for the store (at least 1).
    pub fn with_max_pending(mut self, rows: usize) -> Self {
        self.max_pending = rows.max(1);
        self
    }

    /// What folding did so far (all zero while the store keeps up).
    pub fn folded(&self) -> FoldStats {
        self.folded
    }

    /// More rows wait for the store than the cap allows.
    pub fn pending_over_cap(&self) -> bool {
        self.pending_rows > self.max_pending
    }

    /// The store did not take the pending rows: folds them back under the cap if they grew
    /// past it.
    pub fn bound_pending(&mut self) {
        self.bound(true);
    }

    /// Folds `pending` (when `pending` is set) or `held_back` back under the cap.
    fn bound(&mut self, pending: bool) {
        let target = (self.max_pending / 4 * 3).max(1);
        let report = if pending {
            if self.pending_rows <= self.max_pending {
                return;
            }
            // rare (the store fails): the deltas are taken out, folded and put back
            let mut rows: BTreeMap<UsageKey, Counts> = self.take_pending().into_iter().collect();
            let report = fold(&mut rows, target);
            self.restore_pending(rows);
            report
        } else {
            if self.held_back.len() <= self.max_pending {
                return;
            }
            fold(&mut self.held_back, target)
        };
        let what = if pending {
            "waiting for the database"
        } else {
            "waiting for the clock to be set"
        };
        self.folded.folds += 1;
        self.folded.rows_folded += report.rows_folded as u64;
        self.folded.bytes_folded += report.bytes_folded;
        tracing::warn!(
            rows_before = report.rows_before,
            rows_after = report.rows_after,
            rows_folded = report.rows_folded,
            bytes_folded = report.bytes_folded,
            level = ?report.level,
            cap = self.max_pending,
            total_rows_folded = self.folded.rows_folded,
            "too many rows {what}: the oldest were folded into coarser rows (totals kept, detail lost)"
        );
    }

    /// Adds drained rows. Returns `Some` when this batch set the clock and released rows
    /// held back.
    pub fn add(&mut self, rows: Vec<(UsageKey, Counts)>) -> Option<ClockSet> {
        let floor = self.floor_minute.unwrap_or(i64::MIN);
        let mut released = None;
        if !self.clock_sane {
            if let Some(first) = rows
                .iter()
                .map(|r| r.0.minute)
                .filter(|m| *m >= floor)
                .min()
            {
                self.clock_sane = true;
                released = self.release_held_back(first);
            }
        }
        for (mut key, counts) in rows {
            if !self.clock_sane && key.minute < floor {
                key.minute = UNKNOWN_MINUTE;
                add_to(&mut self.held_back, key, &counts);
            } else {
                self.account(key, &counts);
            }
        }
        self.bound(false);
        released
    }

    fn account(&mut self, key: UsageKey, counts: &Counts) {
        let today = self.day.as_ref().is_some_and(|d| d.contains(key.minute));
        let entry = self.rows.entry(key).or_default();
        if today {
            entry.today.get_or_insert_default().add(counts);
        }
        if entry.pending.is_none() {
            self.pending_rows += 1;
        }
        entry.pending.get_or_insert_default().add(counts);
    }

    fn release_held_back(&mut self, first_sane_minute: i64) -> Option<ClockSet> {
        if self.held_back.is_empty() {
            return None;
        }
        let held = std::mem::take(&mut self.held_back);
        let mut set = ClockSet {
            first_sane_minute,
            rows: held.len(),
            bytes: 0,
        };
        for (mut key, counts) in held {
            set.bytes += counts.bytes;
            key.minute = first_sane_minute;
            self.account(key, &counts);
        }
        Some(set)
    }

    /// Rows stamped before the clock was set, not yet placed.
    pub fn held_back(&self) -> &BTreeMap<UsageKey, Counts> {
        &self.held_back
    }

    /// Deltas not yet in the store (a copy, for checks and tests).
    pub fn pending(&self) -> BTreeMap<UsageKey, Counts> {
        self.rows
            .iter()
            .filter_map(|(k, e)| Some((k.clone(), e.pending?)))
            .collect()
    }

    /// How many rows wait for the store.
    pub fn pending_rows(&self) -> usize {
        self.pending_rows
    }

    /// The store took the pending rows.
    pub fn pending_written(&mut self) {
        self.rows.retain(|_, e| {
            e.pending = None;
            e.today.is_some()
        });
        self.pending_rows = 0;
    }

    /// Takes the pending rows (sorted by key) to write them; [`Ledger::restore_pending`]
    /// gives them back when the write failed.
    pub fn take_pending(&mut self) -> Vec<(UsageKey, Counts)> {
        let mut out = Vec::with_capacity(self.pending_rows);
        self.rows.retain(|k, e| {
            if let Some(c) = e.pending.take() {
                out.push((k.clone(), c));
            }
            e.today.is_some()
        });
        self.pending_rows = 0;
        out
    }

    /// Puts back rows [`Ledger::take_pending`] took (the write failed), adding to any
    /// pending since. Today's view already counts them.
    pub fn restore_pending(&mut self, rows: impl IntoIterator<Item = (UsageKey, Counts)>) {
        for (key, counts) in rows {
            let entry = self.rows.entry(key).or_default();
            if entry.pending.is_none() {
                self.pending_rows += 1;
            }
            entry.pending.get_or_insert_default().add(&counts);
        }
    }

    pub fn day(&self) -> Option<&UsageSpan> {
        self.day.as_ref()
    }

    pub fn day_loaded(&self) -> bool {
        self.day_loaded
    }

    /// Makes `span` the current day. `stored`: the store's rows for it, or `None` when they
    /// could not be read (the day then shows only what this run counted, until
    /// [`Ledger::reload_day`] succeeds).
    pub fn enter_day(&mut self, span: UsageSpan, stored: Option<Vec<(UsageKey, Counts)>>) {
        self.day = Some(span);
        self.reload_day(stored);
    }

    /// Rebuilds `today` from the store's rows of the current day and the pending rows.
    pub fn reload_day(&mut self, stored: Option<Vec<(UsageKey, Counts)>>) {
        let Some(span) = &self.day else {
            return;
        };
        self.day_loaded = stored.is_some();
        self.rows.retain(|_, e| {
            e.today = None;
            e.pending.is_some()
        });
        for (key, counts) in stored.into_iter().flatten() {
            if span.contains(key.minute) {
                self.rows
                    .entry(key)
                    .or_default()
                    .today
                    .get_or_insert_default()
                    .add(&counts);
            }
        }
        for (key, entry) in self.rows.iter_mut() {
            if let Some(pending) = entry.pending
                && span.contains(key.minute)
            {
                entry.today.get_or_insert_default().add(&pending);
            }
        }
    }

    /// Applies `relabel` to every key held (pending, held back and today's), summing rows
    /// that end up on the same key: for a stricter privacy setting, so nothing waits at a
    /// less private label. `relabel` returns whether it changed the key.
    pub fn relabel(&mut self, relabel: impl Fn(&mut UsageKey) -> bool) {
        if self.held_back.keys().any(|k| relabel(&mut k.clone())) {
            for (mut key, counts) in std::mem::take(&mut self.held_back) {
                relabel(&mut key);
                add_to(&mut self.held_back, key, &counts);
            }
        }
        if !self.rows.keys().any(|k| relabel(&mut k.clone())) {
            return;
        }
        let mut rows: BTreeMap<UsageKey, Entry> = BTreeMap::new();
        for (mut key, entry) in std::mem::take(&mut self.rows) {
            relabel(&mut key);
            let met = rows.entry(key).or_default();
            for (into, from) in [
                (&mut met.today, entry.today),
                (&mut met.pending, entry.pending),
            ] {
                if let Some(c) = from {
                    into.get_or_insert_default().add(&c);
                }
            }
        }
        self.pending_rows = rows.values().filter(|e| e.pending.is_some()).count();
        self.rows = rows;
    }

    /// The current day's rows, in key order.
    pub fn today(&self) -> impl Iterator<Item = (&UsageKey, &Counts)> {
        self.rows
            .iter()
            .filter_map(|(k, e)| Some((k, e.today.as_ref()?)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::Direction;

    fn row(minute: i64, bytes: u64) -> (UsageKey, Counts) {
        (
            UsageKey::internet(minute, Direction::Down),
            Counts {
                bytes,
                packets: 1,
                new_flows: 0,
            },
        )
    }

    fn span(start: i64) -> UsageSpan {
        UsageSpan {
            label: "d".into(),
            time_zone: "UTC".into(),
            start_minute: start,
            end_minute: start + 1440,
        }
    }

    fn total<'a>(rows: impl IntoIterator<Item = (&'a UsageKey, &'a Counts)>) -> u64 {
        rows.into_iter().map(|(_, c)| c.bytes).sum()
    }

    #[test]
    fn today_is_stored_plus_pending_and_failed_writes_keep_deltas() {
        let mut l = Ledger::new(None);
        l.enter_day(span(1440), Some(vec![row(1500, 1000)]));
        assert!(l.day_loaded());
        l.add(vec![row(1500, 10), row(1501, 5), row(100, 7)]);
        assert_eq!(
            total(l.today()),
            1015,
            "the previous day's row is not today's"
        );
        assert_eq!(total(&l.pending()), 22);
        // a write that fails gives the rows back; more deltas add up
        let taken = l.take_pending();
        assert!(l.pending().is_empty());
        l.restore_pending(taken);
        assert_eq!(total(&l.pending()), 22);
        l.add(vec![row(1500, 1)]);
        assert_eq!(l.pending()[&row(1500, 0).0].bytes, 11);
        l.pending_written();
        assert!(l.pending().is_empty());
        assert_eq!(total(l.today()), 1016);
        // after the write the store holds 1016 for the day: reloading gives the same view
        l.reload_day(Some(vec![row(1500, 1011), row(1501, 5)]));
        assert_eq!(total(l.today()), 1016);
    }

    #[test]
    fn an_unreadable_store_shows_this_runs_counts_until_reloaded() {
        let mut l = Ledger::new(None);
        l.add(vec![row(1500, 10)]);
        l.enter_day(span(1440), None);
        assert!(!l.day_loaded());
        assert_eq!(total(l.today()), 10, "pending rows of the day count");
        l.reload_day(Some(vec![row(1499, 500)]));
        assert!(l.day_loaded());
        assert_eq!(total(l.today()), 510);
    }

    #[test]
    fn rows_before_the_clock_was_set_wait_for_the_first_sane_minute() {
        let floor = 29_000_000;
        let mut l = Ledger::new(Some(floor));
        assert_eq!(l.add(vec![row(5, 100), row(6, 50)]), None);
        assert!(l.pending().is_empty(), "nothing written into 1970");
        assert_eq!(total(l.held_back()), 150);
        let set = l.add(vec![row(floor + 10, 1), row(floor + 9, 2)]).unwrap();
        assert_eq!(set.first_sane_minute, floor + 9);
        // the two minutes of a wrong clock were one row while held back
        assert_eq!((set.rows, set.bytes), (1, 150));
        assert!(l.held_back().is_empty());
        assert_eq!(l.pending()[&row(floor + 9, 0).0].bytes, 152);
        assert_eq!(total(&l.pending()), 153);
        // once sane, an old timestamp is believed (a late packet, not an unset clock)
        assert_eq!(l.add(vec![row(7, 1)]), None);
        assert_eq!(total(&l.pending()), 154);
    }

    #[test]
    fn a_store_that_never_takes_rows_costs_bounded_memory_and_no_byte() {
        let mut l = Ledger::new(None).with_max_pending(1000);
        l.enter_day(span(1440), Some(vec![]));
        let mut added = 0;
        // four days of 3 rows a minute, no write ever succeeding
        for minute in 1440..1440 + 4 * 1440 {
            let rows: Vec<_> = (0..3u64)
                .map(|d| {
                    let (mut k, c) = row(minute, 100 + d);
                    k.device = Some(format!("device-{d}").into());
                    added += c.bytes;
                    (k, c)
                })
                .collect();
            l.add(rows);
            // the service tried to write and failed
            l.bound_pending();
            assert!(!l.pending_over_cap(), "{}", l.pending().len());
        }
        assert_eq!(total(&l.pending()), added, "every byte still waits");
        let folded = l.folded();
        assert!(folded.folds > 0 && folded.rows_folded > 0, "{folded:?}");
        // the most recent minutes keep their detail
        let last = l.pending().keys().map(|k| k.minute).max().unwrap();
        assert_eq!(last, 1440 + 4 * 1440 - 1);
        // today's view is not folded: it counts the current day's minutes as they were
        assert_eq!(total(l.today()), (0..1440u64).map(|_| 303).sum::<u64>());
    }

    #[test]
    fn relabelling_sums_rows_that_meet_and_keeps_every_byte() {
        let floor = 29_000_000;
        let mut l = Ledger::new(Some(floor));
        let with_device = |minute, bytes, device: &str| {
            let (mut k, c) = row(minute, bytes);
            k.device = Some(device.into());
            (k, c)
        };
        let drop_device = |k: &mut UsageKey| k.device.take().is_some();
        // held back (the clock is not set yet)
        l.add(vec![with_device(5, 1, "a"), with_device(6, 2, "b")]);
        l.relabel(drop_device);
        assert_eq!(l.held_back().len(), 1);
        assert!(l.held_back().keys().all(|k| k.device.is_none()));
        // the clock is set: the held-back bytes go to floor + 1
        l.add(vec![with_device(floor + 1, 10, "b")]);
        l.enter_day(span(floor), Some(vec![]));
        l.add(vec![
            with_device(floor + 2, 100, "a"),
            with_device(floor + 2, 1000, "b"),
        ]);
        l.relabel(drop_device);
        assert!(l.pending().keys().all(|k| k.device.is_none()));
        assert!(l.today().all(|(k, _)| k.device.is_none()));
        assert_eq!(total(&l.pending()), 1113);
        assert_eq!(l.pending()[&row(floor + 2, 0).0].bytes, 1100, "a and b met");
        assert_eq!(l.pending()[&row(floor + 1, 0).0].bytes, 13);
        assert_eq!(total(l.today()), 1113);
    }

    #[test]
    fn held_back_rows_are_one_per_key_whatever_the_wrong_clock_said() {
        let floor = 29_000_000;
        let mut l = Ledger::new(Some(floor)).with_max_pending(100);
        for minute in 0..5000 {
            l.add(vec![row(minute, 2)]);
        }
        assert_eq!(l.held_back().len(), 1);
        assert_eq!(total(l.held_back()), 10_000);
    }
}
