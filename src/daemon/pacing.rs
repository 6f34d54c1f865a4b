//! Replaying a capture file in (scaled) real time, and `--loop`: each pass is shifted by whole
//! days past the previous one, so replayed days continue forward at the same times of day.

use std::time::{Duration, Instant};

use crate::flow::aggregate::MICROS_PER_MINUTE;

const MICROS_PER_DAY: i64 = 1440 * MICROS_PER_MINUTE;

/// How fast a capture file is fed: `N` times real time, or as fast as it can be read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Speed {
    Max,
    Times(f64),
}

impl std::str::FromStr for Speed {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        if s.eq_ignore_ascii_case("max") {
            return Ok(Speed::Max);
        }
        match s.parse::<f64>() {
            Ok(n) if n.is_finite() && n > 0.0 => Ok(Speed::Times(n)),
            _ => Err(format!(
                "{s:?} is not a speed: give a factor above 0 (1 = real time, 60 = a minute per second) or `max`"
            )),
        }
    }
}

/// A packet due this soon is handed over at once: a fast paced replay (a household day at
/// `--speed 1000` is some ten thousand packets a second) would otherwise sleep once per
/// packet, and the sleeps and wake-ups cost more CPU than counting the packets. The schedule
/// is absolute, so packets are never more than this early and the error never adds up.
pub const EARLY: Duration = Duration::from_millis(5);

/// A wait for a packet lasts this much past its due time, so the packets due meanwhile are
/// handed over in one batch after one wake-up: at most one wake-up per `EARLY + LATE`
/// instead of one per `EARLY` (each costs a context switch and cold caches). The schedule
/// stays absolute: lateness never adds up, and counting uses the packets' own timestamps.
pub const LATE: Duration = Duration::from_millis(20);

/// Waits so packets are handed over at their (scaled) capture times, at most [`EARLY`]
/// early.
///
/// Reading the clock for every packet cost more than counting it in a fast paced replay, so
/// the pacer remembers the latest timestamp that was due (within [`EARLY`]) when it last
/// read the clock: packets up to that horizon go through without a clock read, and the
/// clock is read again only for the first packet past it (once per [`EARLY`] or so).
#[derive(Debug)]
pub struct Pacer {
    speed: Speed,
    /// First packet's timestamp and when it was handed over.
    origin: Option<(i64, Instant)>,
    /// Packets stamped up to this were due (within [`EARLY`]) at the last clock read.
    horizon: i64,
}

impl Pacer {
    pub fn new(speed: Speed) -> Self {
        Self {
            speed,
            origin: None,
            horizon: match speed {
                Speed::Max => i64::MAX,
                Speed::Times(_) => i64::MIN,
            },
        }
    }

    /// How long to wait before handing over a packet stamped `ts_micros`, reading the clock
    /// with `now` only when the packet is past the horizon of the last read.
    #[inline]
    pub fn delay_with(&mut self, ts_micros: i64, now: impl FnOnce() -> Instant) -> Duration {
        if ts_micros <= self.horizon {
            return Duration::ZERO;
        }
        self.delay(ts_micros, now())
    }

    /// How long to wait, at `now`, before handing over a packet stamped `ts_micros`.
    pub fn delay(&mut self, ts_micros: i64, now: Instant) -> Duration {
        let Speed::Times(factor) = self.speed else {
            return Duration::ZERO;
        };
        let (first_ts, start) = *self.origin.get_or_insert((ts_micros, now));
        let offset_micros = (ts_micros - first_ts).max(0) as f64 / factor;
        let due = start + Duration::from_micros(offset_micros as u64);
        let delay = due.saturating_duration_since(now);
        // what is due by `now + EARLY`, rounded down so a packet passed on the horizon is
        // never more than EARLY early
        let reach = (now + EARLY).saturating_duration_since(start).as_micros() as f64;
        self.horizon = first_ts.saturating_add((reach * factor).floor() as i64 - 1);
        if delay < EARLY { Duration::ZERO } else { delay }
    }
}

/// Timestamp shift for `--loop`: pass `k` is shifted by `k` times the file's span rounded up
/// to whole days.
#[derive(Debug, Default, Clone, Copy)]
pub struct LoopShift {
    first: Option<i64>,
    last: i64,
    shift: i64,
}

impl LoopShift {
    /// A packet's timestamp as replayed (records the file's span on the first pass).
    pub fn apply(&mut self, ts_micros: i64) -> i64 {
        if self.shift == 0 {
            let first = *self.first.get_or_insert(ts_micros);
            self.first = Some(first.min(ts_micros));
            self.last = self.last.max(ts_micros);
        }
        ts_micros.saturating_add(self.shift)
    }

    /// The file ended: the next pass starts the following day(s).
    pub fn next_pass(&mut self) {
        let span = self.first.map_or(0, |f| self.last - f);
        let days = span.div_euclid(MICROS_PER_DAY) + 1;
        self.shift = self
            .shift
            .saturating_add(days.saturating_mul(MICROS_PER_DAY));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speed_parses_factors_and_max() {
        assert_eq!("max".parse::<Speed>(), Ok(Speed::Max));
        assert_eq!("60".parse::<Speed>(), Ok(Speed::Times(60.0)));
        assert!("0".parse::<Speed>().is_err());
        assert!("fast".parse::<Speed>().unwrap_err().contains("fast"));
    }

    #[test]
    fn packets_are_due_at_scaled_times() {
        let start = Instant::now();
        let mut p = Pacer::new(Speed::Times(10.0));
        assert_eq!(p.delay(1_000_000_000, start), Duration::ZERO);
        // 5 s later in the file is 0.5 s later at 10x
        assert_eq!(p.delay(1_005_000_000, start), Duration::from_millis(500));
        assert_eq!(
            p.delay(1_005_000_000, start + Duration::from_secs(1)),
            Duration::ZERO
        );
        assert_eq!(Pacer::new(Speed::Max).delay(5, start), Duration::ZERO);
    }

    #[test]
    fn packets_due_within_a_few_milliseconds_need_no_sleep() {
        let start = Instant::now();
        let mut p = Pacer::new(Speed::Times(1000.0));
        assert_eq!(p.delay(0, start), Duration::ZERO);
        // 1 s of capture at 1000x: due 1 ms later, handed over now
        assert_eq!(p.delay(1_000_000, start), Duration::ZERO);
        // 10 s: due 10 ms later, waited for in full (the schedule stays absolute)
        assert_eq!(p.delay(10_000_000, start), Duration::from_millis(10));
        assert_eq!(
            p.delay(10_000_000, start + Duration::from_millis(4)),
            Duration::from_millis(6)
        );
    }

    #[test]
    fn the_clock_is_read_only_past_the_horizon_and_the_schedule_stays_absolute() {
        let start = Instant::now();
        let mut p = Pacer::new(Speed::Times(1000.0));
        let mut reads = 0;
        let mut clock = |at: Duration| {
            reads += 1;
            start + at
        };
        assert_eq!(p.delay_with(0, || clock(Duration::ZERO)), Duration::ZERO);
        // due within 5 ms of the last read (5 s of capture at 1000x): no clock read
        for ts in [1_000_000, 3_000_000, 4_990_000] {
            assert_eq!(
                p.delay_with(ts, || panic!("clock read for a packet already due")),
                Duration::ZERO
            );
        }
        // past the horizon: the clock is read, and the wait is to the absolute due time
        assert_eq!(
            p.delay_with(20_000_000, || clock(Duration::from_millis(2))),
            Duration::from_millis(18)
        );
        // after the wait, the next packet past the old horizon reads the clock again
        assert_eq!(
            p.delay_with(21_000_000, || clock(Duration::from_millis(20))),
            Duration::ZERO
        );
        // 20 ms + 5 ms early: up to 25 s of capture passes without a read
        assert_eq!(
            p.delay_with(24_900_000, || panic!("clock read within the horizon")),
            Duration::ZERO
        );
        assert_eq!(
            p.delay_with(40_000_000, || clock(Duration::from_millis(21))),
            Duration::from_millis(19)
        );
        assert_eq!(reads, 4);
        let mut max = Pacer::new(Speed::Max);
        assert_eq!(
            max.delay_with(i64::MAX, || panic!("no clock at full speed")),
            Duration::ZERO
        );
    }

    #[test]
    fn a_wait_that_lasts_late_lets_the_next_packets_through_without_a_clock_read() {
        let start = Instant::now();
        let mut p = Pacer::new(Speed::Times(1000.0));
        assert_eq!(p.delay_with(0, || start), Duration::ZERO);
        // due in 30 ms: the capture thread sleeps that long plus LATE
        let delay = p.delay_with(30_000_000, || start + Duration::from_millis(1));
        assert_eq!(delay, Duration::from_millis(29));
        let woke = start + Duration::from_millis(1) + delay + LATE;
        // the packet after it is past the horizon of the read before the sleep: one read
        assert_eq!(p.delay_with(31_000_000, || woke), Duration::ZERO);
        // everything due by the wake-up plus EARLY (55 ms: 55 s of capture) then goes
        // through without a read; the next packet past it reads the clock again
        for ts in [32_000_000, 40_000_000, 54_999_000] {
            assert_eq!(
                p.delay_with(ts, || panic!("clock read for {ts}")),
                Duration::ZERO
            );
        }
        let mut read = false;
        let later = p.delay_with(60_000_000, || {
            read = true;
            woke
        });
        assert!(read);
        assert_eq!(later, Duration::from_millis(10));
    }

    #[test]
    fn each_loop_pass_moves_whole_days_forward() {
        let mut s = LoopShift::default();
        let day = MICROS_PER_DAY;
        assert_eq!(s.apply(10 * day + 5), 10 * day + 5);
        assert_eq!(s.apply(10 * day + 3600), 10 * day + 3600);
        s.next_pass();
        assert_eq!(s.apply(10 * day + 5), 11 * day + 5);
        s.next_pass();
        assert_eq!(s.apply(10 * day + 3600), 12 * day + 3600);
    }
}
