//! Capture gaps in bounded memory: those waiting for the store, and this run's for the
//! dashboard. An interface that bounces all through a long store outage must not make
//! either list grow without end.
//!
//! A gap that overlaps or touches one with the same reason is merged into it (an interface
//! that bounces every minute is one long gap, as it is in the minutes counted). Past the cap
//! ([`MAX_PENDING_GAPS`]) the two neighbouring gaps with the shortest time between them are
//! merged into one spanning both, with a reason that says so: the minutes in between are
//! then reported as a gap though some were counted, which overstates the gaps a little
//! rather than forgetting one. Counted traffic is never touched.

use crate::store::Gap;

/// Most gaps kept waiting for the store: a day of an interface bouncing every 90 s with
/// the database unavailable, far more than a working store ever leaves pending (one
/// flush interval's worth).
pub const MAX_PENDING_GAPS: usize = 1000;

/// The reason of gaps merged across time that was counted.
pub const MERGED_REASON: &str = "several capture gaps merged to save memory while the database was unavailable \
     (some minutes inside were counted)";

/// Gaps, merged as they come and capped.
#[derive(Debug, Clone)]
pub struct GapList {
    /// Sorted by start minute.
    gaps: Vec<Gap>,
    cap: usize,
    /// Gaps merged across counted time so far.
    merged: u64,
    /// Say so in the log when merging (not for the dashboard's copy).
    loud: bool,
}

impl Default for GapList {
    fn default() -> Self {
        Self::with_cap(MAX_PENDING_GAPS)
    }
}

impl GapList {
    /// A list of at most `cap` gaps (at least 1).
    pub fn with_cap(cap: usize) -> Self {
        Self {
            gaps: Vec::new(),
            cap: cap.max(1),
            merged: 0,
            loud: true,
        }
    }

    /// This run's gaps for the dashboard: capped the same way, merged without a log line
    /// (the store keeps every gap; this is only what the live view lists).
    pub fn for_display() -> Self {
        Self {
            loud: false,
            ..Self::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.gaps.is_empty()
    }

    pub fn len(&self) -> usize {
        self.gaps.len()
    }

    /// The gaps, oldest first.
    pub fn gaps(&self) -> &[Gap] {
        &self.gaps
    }

    /// Takes every gap (to write them); [`GapList::restore`] gives them back.
    pub fn take(&mut self) -> Vec<Gap> {
        std::mem::take(&mut self.gaps)
    }

    /// Puts back gaps [`GapList::take`] took, merged with any added since.
    pub fn restore(&mut self, gaps: Vec<Gap>) {
        for g in gaps {
            self.push(g);
        }
    }

    /// Gaps merged across counted time since the start.
    pub fn merged(&self) -> u64 {
        self.merged
    }

    /// Adds a gap; an empty span (`end <= start`) is ignored.
    pub fn push(&mut self, mut gap: Gap) {
        if gap.end_minute <= gap.start_minute {
            return;
        }
        // absorb every gap of the same reason it overlaps or touches
        let mut i = 0;
        while i < self.gaps.len() {
            let g = &self.gaps[i];
            if g.reason == gap.reason
                && g.start_minute <= gap.end_minute
                && gap.start_minute <= g.end_minute
            {
                let g = self.gaps.remove(i);
                gap.start_minute = gap.start_minute.min(g.start_minute);
                gap.end_minute = gap.end_minute.max(g.end_minute);
            } else {
                i += 1;
            }
        }
        let at = self.gaps.partition_point(|g| g <= &gap);
        self.gaps.insert(at, gap);
        while self.gaps.len() > self.cap {
            self.merge_closest();
        }
    }

    /// Merges the two neighbours with the least time between them.
    fn merge_closest(&mut self) {
        let Some(i) = (0..self.gaps.len().saturating_sub(1))
            .min_by_key(|&i| self.gaps[i + 1].start_minute - self.gaps[i].end_minute)
        else {
            return;
        };
        let next = self.gaps.remove(i + 1);
        let g = &mut self.gaps[i];
        let counted_between = next.start_minute > g.end_minute;
        g.end_minute = g.end_minute.max(next.end_minute);
        if g.reason != next.reason || counted_between {
            g.reason = MERGED_REASON.to_string();
        }
        self.merged += 1;
        if self.loud && self.merged.is_power_of_two() {
            tracing::warn!(
                cap = self.cap,
                merged = self.merged,
                "too many capture gaps waiting for the database: neighbouring gaps were merged"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gap(start: i64, end: i64, reason: &str) -> Gap {
        Gap {
            start_minute: start,
            end_minute: end,
            reason: reason.into(),
        }
    }

    #[test]
    fn touching_or_overlapping_gaps_of_one_reason_become_one() {
        let mut l = GapList::default();
        l.push(gap(10, 12, "eth0 down"));
        l.push(gap(12, 13, "eth0 down"));
        l.push(gap(11, 15, "eth0 down"));
        // another reason at the same time stays apart, as does a later gap
        l.push(gap(11, 12, "wlan0 down"));
        l.push(gap(20, 21, "eth0 down"));
        l.push(gap(5, 5, "empty"));
        assert_eq!(
            l.gaps(),
            [
                gap(10, 15, "eth0 down"),
                gap(11, 12, "wlan0 down"),
                gap(20, 21, "eth0 down")
            ]
        );
        assert_eq!(l.merged(), 0);
        // a gap bridging two merges them all
        l.push(gap(14, 20, "eth0 down"));
        assert_eq!(l.gaps()[0], gap(10, 21, "eth0 down"));
        assert_eq!(l.len(), 2);
    }

    #[test]
    fn a_bouncing_interface_during_a_long_outage_stays_under_the_cap() {
        let mut l = GapList::with_cap(100);
        // a week of one-minute outages every 3 minutes: 3360 gaps
        let mut minutes_down = 0i64;
        for i in 0..3360 {
            l.push(gap(i * 3, i * 3 + 1, "interface eth0 was down"));
            minutes_down += 1;
            assert!(l.len() <= 100);
        }
        assert_eq!(l.len(), 100);
        assert!(l.merged() > 0);
        // nothing forgotten: every outage minute is still inside a gap
        let covered = |m: i64| {
            l.gaps()
                .iter()
                .any(|g| g.start_minute <= m && m < g.end_minute)
        };
        assert!((0..3360).all(|i| covered(i * 3)));
        assert!(minutes_down <= l.gaps().iter().map(|g| g.end_minute - g.start_minute).sum());
        // merged gaps say so; the list stays sorted and disjoint
        assert!(l.gaps().iter().any(|g| g.reason == MERGED_REASON));
        assert!(
            l.gaps()
                .windows(2)
                .all(|w| w[0].end_minute <= w[1].start_minute)
        );
        // taken for a write that failed, and given back: the same list
        let before = l.gaps().to_vec();
        let taken = l.take();
        assert!(l.is_empty());
        l.restore(taken);
        assert_eq!(l.gaps(), before);
    }
}
