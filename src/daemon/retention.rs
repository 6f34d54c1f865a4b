//! When the running daemon applies retention ([`Store::prune`](crate::store::Store::prune)):
//! as soon as it knows what time it is after starting, then once a day (at the first flush
//! of each new UTC day). A prune that failed (store down) is due again at the next flush.
//!
//! "What time it is" is the capture's clock: the wall clock for live interfaces (read even
//! when no packet arrives, so an idle or unplugged interface does not stop retention), the
//! packets' own timestamps for a capture file (an old capture is kept as minutes, not
//! rolled up because today is years later).

use crate::flow::aggregate::MINUTES_PER_DAY;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RetentionSchedule {
    /// The UTC day of the last prune that succeeded.
    last_day: Option<i64>,
}

impl RetentionSchedule {
    /// Whether a prune is due at `now_minute`.
    pub fn due(&self, now_minute: i64) -> bool {
        self.last_day != Some(now_minute.div_euclid(MINUTES_PER_DAY))
    }

    /// A prune succeeded at `now_minute`.
    pub fn done(&mut self, now_minute: i64) {
        self.last_day = Some(now_minute.div_euclid(MINUTES_PER_DAY));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_start_then_once_a_day() {
        let mut s = RetentionSchedule::default();
        let day = 20_000 * MINUTES_PER_DAY;
        assert!(s.due(day + 600), "at start");
        s.done(day + 600);
        for later in [day + 601, day + 1439, day] {
            assert!(!s.due(later), "{later}: same day");
        }
        assert!(s.due(day + MINUTES_PER_DAY), "the next day");
        // not done (the store failed): still due at the next flush
        assert!(s.due(day + MINUTES_PER_DAY + 1));
        s.done(day + MINUTES_PER_DAY + 1);
        assert!(!s.due(day + 2 * MINUTES_PER_DAY - 1));
    }
}
