//! `[daemon]` and `[store]`: how `nuage run` captures, where it keeps its numbers and for how
//! long. Every key has a default, so a config without these sections runs as documented in
//! `nuage.example.toml`.

use serde::Deserialize;

use super::ConfigProblem;

/// Shortest and longest flush interval: below a second the store would be written per batch,
/// above an hour a crash could lose more than people would accept.
pub const FLUSH_SECS_RANGE: std::ops::RangeInclusive<u32> = 1..=3600;

/// Smallest and largest kernel capture buffer per interface, in MiB.
pub const CAPTURE_BUFFER_MIB_RANGE: std::ops::RangeInclusive<u32> = 1..=1024;

/// Default kernel capture buffer per interface, in MiB (libpcap's own default is 2). The
/// buffer absorbs the moments nuage is not reading (its once-a-second hand-over, another
/// process or the hypervisor taking the CPU); `scripts/load-test` measured kernel drops at
/// 50 000 packets/s with 2 MiB on a busy machine, none up to 100 000 with 8 (README,
/// Performance).
pub const DEFAULT_CAPTURE_BUFFER_MIB: u32 = 8;

/// `[daemon]`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct DaemonConfig {
    /// Interfaces to capture on; empty: the interface of the default route.
    pub interfaces: Vec<String>,
    /// Seconds between two writes of the per-minute counts to the database.
    pub flush_secs: u32,
    /// Unprivileged user to become once the captures are open. `None`: `nuage` when that
    /// user exists; `"root"` keeps root (not recommended).
    pub user: Option<String>,
    /// IANA time zone days are counted in (`Europe/Brussels`); `None`: the system's.
    pub tz: Option<String>,
    /// Capture every frame on the wire, not only those addressed to this machine (needed on
    /// a mirror port or a bridge).
    pub promiscuous: bool,
    /// Kernel buffer for each interface's capture, in MiB: what arrives while nuage is not
    /// reading waits there; when it is full the kernel drops packets (counted as drops).
    pub capture_buffer_mib: u32,
}

impl Default for DaemonConfig {
    fn default() -> Self {
        Self {
            interfaces: Vec::new(),
            flush_secs: 60,
            user: None,
            tz: None,
            promiscuous: true,
            capture_buffer_mib: DEFAULT_CAPTURE_BUFFER_MIB,
        }
    }
}

/// `[store]`: retention of the database's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case", default)]
pub struct StoreConfig {
    /// Days per-minute rows are kept before being folded into hourly rows.
    pub minute_days: u32,
    /// Days hourly rows are kept.
    pub hourly_days: u32,
    /// Most rows kept in memory while the database cannot be written; past it, waiting rows
    /// are folded into coarser ones (hourly, then without device and detail) so their
    /// counts are kept in bounded memory.
    pub max_pending_rows: usize,
}

/// Fewest rows `max-pending-rows` may allow: below that, a household's single hour would not
/// fit and folding would run at every batch.
pub const MIN_PENDING_ROWS: usize = 100;

impl Default for StoreConfig {
    fn default() -> Self {
        Self {
            minute_days: 35,
            hourly_days: 400,
            max_pending_rows: crate::daemon::ledger::MAX_PENDING_ROWS,
        }
    }
}

impl DaemonConfig {
    /// The first value out of bounds, as (table, key, problem).
    pub(super) fn check(&self) -> Option<(&'static str, &'static str, ConfigProblem)> {
        if !FLUSH_SECS_RANGE.contains(&self.flush_secs) {
            return Some((
                "daemon",
                "flush-secs",
                ConfigProblem::FlushSecs {
                    value: self.flush_secs,
                },
            ));
        }
        (!CAPTURE_BUFFER_MIB_RANGE.contains(&self.capture_buffer_mib)).then_some((
            "daemon",
            "capture-buffer-mib",
            ConfigProblem::CaptureBufferMib {
                value: self.capture_buffer_mib,
            },
        ))
    }

    /// The capture buffer in bytes, as libpcap takes it.
    pub fn capture_buffer_bytes(&self) -> u32 {
        self.capture_buffer_mib.saturating_mul(1 << 20)
    }
}

impl StoreConfig {
    /// The first value out of bounds, as (table, key, problem).
    pub(super) fn check(&self) -> Option<(&'static str, &'static str, ConfigProblem)> {
        for (key, days) in [
            ("minute-days", self.minute_days),
            ("hourly-days", self.hourly_days),
        ] {
            if days == 0 {
                return Some(("store", key, ConfigProblem::ZeroDays { key }));
            }
        }
        (self.max_pending_rows < MIN_PENDING_ROWS).then_some((
            "store",
            "max-pending-rows",
            ConfigProblem::TooFewPendingRows {
                value: self.max_pending_rows,
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use std::path::Path;

    #[test]
    fn the_example_config_parses_and_states_the_defaults() {
        let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/nuage.example.toml"));
        let text = std::fs::read_to_string(path).unwrap();
        let example = Config::parse(&text, path).unwrap();
        assert_eq!(example, Config::default());
        // every commented-out example line is valid too
        let uncommented: String = text
            .lines()
            .map(|l| {
                l.strip_prefix("# ")
                    .filter(|l| l.contains(" = ") || l.starts_with("[["))
                    .unwrap_or(l)
            })
            .collect::<Vec<_>>()
            .join("\n");
        let full = Config::parse(&uncommented, path).unwrap();
        assert_eq!(full.daemon.tz.as_deref(), Some("Europe/Brussels"));
        assert_eq!(full.provider_ranges.len(), 1);
        assert_eq!(full.place.as_deref(), Some("Ateneu Popular"));
    }

    #[test]
    fn capture_buffer_size_is_checked_and_converted() {
        let path = Path::new("n.toml");
        let c = Config::parse("[daemon]\ncapture-buffer-mib = 32\n", path).unwrap();
        assert_eq!(c.daemon.capture_buffer_mib, 32);
        assert_eq!(c.daemon.capture_buffer_bytes(), 32 << 20);
        assert_eq!(
            Config::default().daemon.capture_buffer_bytes(),
            super::DEFAULT_CAPTURE_BUFFER_MIB << 20
        );
        for bad in ["0", "1025"] {
            let err = Config::parse(&format!("[daemon]\n\ncapture-buffer-mib = {bad}\n"), path)
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("line 3") && err.contains("capture-buffer-mib"),
                "{bad}: {err}"
            );
        }
        let err = Config::parse("[daemon]\ncapture-buffer-mib = -1\n", path).unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
