//! Clock sanity for machines without a real-time clock (a Raspberry Pi boots in 1970 and
//! sets its clock from the network later): packet timestamps from before this build are
//! not trusted to say which day traffic belongs to.

use crate::flow::aggregate::MICROS_PER_MINUTE;

/// When this binary was built (seconds since the epoch; see build.rs).
pub const BUILD_EPOCH_SECS: &str = env!("NUAGE_BUILD_EPOCH_SECS");

/// Slack below the build date, so a machine whose clock is a little behind the build
/// machine's is not mistaken for one whose clock was never set.
const SLACK_MINUTES: i64 = 2 * 1440;

/// The first minute (UTC epoch minutes) whose timestamps are believed: the build date less
/// two days. `None` if the build date could not be read (then every timestamp is believed).
pub fn sane_floor_minute() -> Option<i64> {
    let secs: i64 = BUILD_EPOCH_SECS.parse().ok()?;
    (secs > 0).then(|| secs / 60 - SLACK_MINUTES)
}

/// The wall clock in Unix microseconds (0 before 1970, which a machine without a real-time
/// clock may believe).
pub fn wall_micros() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
}

/// UTC epoch minute of a timestamp in microseconds.
pub fn minute_of_micros(ts_micros: i64) -> i64 {
    ts_micros.div_euclid(MICROS_PER_MINUTE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_floor_is_recent_and_before_now() {
        let floor = sane_floor_minute().unwrap();
        // after 2026-01-01, before the machine's now
        assert!(floor > 29_440_000, "{floor}");
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64
            / 60;
        assert!(floor < now);
    }
}
