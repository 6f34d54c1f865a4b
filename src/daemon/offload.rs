//! Offload detection: routers that offload forwarding to hardware (or a software fast path)
//! hide most traffic from capture. The interface's own byte counters
//! (`/sys/class/net/IF/statistics/{rx,tx}_bytes`) still see it, so when they grow much faster
//! than what capture saw, the numbers are marked as incomplete.

use std::collections::VecDeque;
use std::path::Path;

use crate::usage::OffloadSuspicion;

/// Compare over this many microseconds of wall time.
const WINDOW_MICROS: i64 = 60_000_000;
/// Interface counters must exceed capture by this factor…
const FACTOR: u64 = 2;
/// …and by at least this many bytes over the window, so a quiet link never warns.
const FLOOR_BYTES: u64 = 1_000_000;

/// The interface's rx+tx byte counter, or `None` (not Linux, not an interface, no access).
pub fn interface_bytes(sys_class_net: &Path, interface: &str) -> Option<u64> {
    let stats = sys_class_net.join(interface).join("statistics");
    let read = |name: &str| -> Option<u64> {
        std::fs::read_to_string(stats.join(name))
            .ok()?
            .trim()
            .parse()
            .ok()
    };
    Some(read("rx_bytes")?.saturating_add(read("tx_bytes")?))
}

/// Samples of (time, interface counter, bytes captured so far).
#[derive(Debug, Default)]
pub struct OffloadWatch {
    samples: VecDeque<(i64, u64, u64)>,
}

impl OffloadWatch {
    /// Records a sample at `now_micros`; returns a warning when, over the last minute, the
    /// interface counted much more than capture saw.
    pub fn sample(
        &mut self,
        now_micros: i64,
        interface: u64,
        captured: u64,
    ) -> Option<OffloadSuspicion> {
        // counters reset when an interface is re-created: start over
        if self
            .samples
            .back()
            .is_some_and(|&(_, i, c)| interface < i || captured < c)
        {
            self.samples.clear();
        }
        self.samples.push_back((now_micros, interface, captured));
        while self
            .samples
            .get(1)
            .is_some_and(|&(t, _, _)| now_micros - t >= WINDOW_MICROS)
        {
            self.samples.pop_front();
        }
        let &(t0, i0, c0) = self.samples.front()?;
        if now_micros - t0 < WINDOW_MICROS / 2 {
            return None;
        }
        let seen_by_interface = interface - i0;
        let captured = captured - c0;
        (seen_by_interface > FLOOR_BYTES && seen_by_interface > captured.saturating_mul(FACTOR))
            .then(|| OffloadSuspicion {
                interface_bytes: seen_by_interface,
                captured_bytes: captured,
                window_secs: u64::try_from((now_micros - t0) / 1_000_000).unwrap_or(0),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warns_only_when_counters_outgrow_capture_over_the_window() {
        let mut w = OffloadWatch::default();
        let s = 1_000_000;
        assert_eq!(w.sample(0, 0, 0), None);
        // 10 MB on the interface, 9 MB captured: fine
        assert_eq!(w.sample(60 * s, 10_000_000, 9_000_000), None);
        // next minute: 10 MB on the interface, 1 MB captured: offload
        let warning = w.sample(120 * s, 20_000_000, 10_000_000).unwrap();
        assert_eq!(
            (
                warning.interface_bytes,
                warning.captured_bytes,
                warning.window_secs
            ),
            (10_000_000, 1_000_000, 60)
        );
        assert!(warning.to_string().contains("offloading"), "{warning}");
        // a quiet link under the floor never warns
        let mut quiet = OffloadWatch::default();
        quiet.sample(0, 0, 0);
        assert_eq!(quiet.sample(60 * s, 500_000, 0), None);
        // a counter reset starts over
        assert_eq!(w.sample(121 * s, 5, 10_000_000), None);
    }

    #[test]
    fn reads_sysfs_style_counters() {
        let dir = tempfile::tempdir().unwrap();
        let stats = dir.path().join("eth9/statistics");
        std::fs::create_dir_all(&stats).unwrap();
        std::fs::write(stats.join("rx_bytes"), "100\n").unwrap();
        std::fs::write(stats.join("tx_bytes"), "23\n").unwrap();
        assert_eq!(interface_bytes(dir.path(), "eth9"), Some(123));
        assert_eq!(interface_bytes(dir.path(), "nope0"), None);
    }
}
