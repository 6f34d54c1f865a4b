//! Folding waiting rows into coarser ones, so counts the database cannot take yet fit in
//! bounded memory without losing a byte: first minutes become their UTC hour (the key an
//! hourly rollup would give them), then the device and the naming detail (domain, naming
//! layer) are dropped, then everything but the provider. Each step sums rows that end up on
//! the same key; bytes, packets and new flows are never dropped. Oldest hours go first, so
//! the most recent traffic keeps its detail longest.

use std::collections::BTreeMap;

use crate::flow::Counts;
use crate::usage::UsageKey;

/// How coarse a folded row is; each level includes the ones before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// The minute becomes the first minute of its UTC hour.
    Hour,
    /// And no device, domain or naming layer.
    NoDevice,
    /// And no product, network or service: provider, scope and direction only.
    ProviderOnly,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Hour, Level::NoDevice, Level::ProviderOnly];

    /// `key` made as coarse as this level.
    pub fn apply(self, key: &UsageKey) -> UsageKey {
        let mut k = key.clone();
        k.minute = key.minute - key.minute.rem_euclid(60);
        if self >= Level::NoDevice {
            k.device = None;
            k.domain = None;
            k.name_source = None;
        }
        if self >= Level::ProviderOnly {
            k.product = None;
            k.network = None;
            k.service = None;
        }
        k
    }
}

/// What one fold did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Folded {
    pub rows_before: usize,
    pub rows_after: usize,
    /// Rows whose key was made coarser, and the bytes they carried (all still counted).
    pub rows_folded: usize,
    pub bytes_folded: u64,
    /// The coarsest level used.
    pub level: Option<Level>,
}

/// Folds `rows` (oldest hours first, level by level) until at most `target` rows remain or
/// every level has been applied to every row. Totals are unchanged.
pub fn fold(rows: &mut BTreeMap<UsageKey, Counts>, target: usize) -> Folded {
    let mut report = Folded {
        rows_before: rows.len(),
        ..Folded::default()
    };
    for level in Level::ALL {
        if rows.len() <= target {
            break;
        }
        report.level = Some(level);
        // keys are ordered by minute first: a prefix is the oldest rows
        let all = std::mem::take(rows);
        let mut remaining = all.len();
        let mut hour = None;
        let mut folding = true;
        for (key, counts) in all {
            let this_hour = key.minute - key.minute.rem_euclid(60);
            // decide at hour boundaries, so an hour is folded whole
            if folding && hour != Some(this_hour) {
                folding = rows.len() + remaining > target;
                hour = Some(this_hour);
            }
            remaining -= 1;
            let key = if folding {
                let coarse = level.apply(&key);
                if coarse != key {
                    report.rows_folded += 1;
                    report.bytes_folded += counts.bytes;
                }
                coarse
            } else {
                key
            };
            rows.entry(key).or_default().add(&counts);
        }
    }
    report.rows_after = rows.len();
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::Direction;

    fn total(rows: &BTreeMap<UsageKey, Counts>) -> (u64, u64, u64) {
        rows.values().fold((0, 0, 0), |(b, p, f), c| {
            (b + c.bytes, p + c.packets, f + c.new_flows)
        })
    }

    /// `minutes` minutes of traffic from `devices` devices on two services each.
    fn rows(minutes: i64, devices: usize) -> BTreeMap<UsageKey, Counts> {
        let mut out = BTreeMap::new();
        for minute in 0..minutes {
            for d in 0..devices {
                for service in ["zoom", "youtube"] {
                    let mut k = UsageKey::internet(600_000 + minute, Direction::Down);
                    k.device = Some(format!("device-{d:08x}").into());
                    k.provider = Some("google".into());
                    k.service = Some(service.into());
                    k.domain = Some(format!("{service}.example").into());
                    let c = Counts {
                        bytes: 1000 + minute as u64,
                        packets: 2,
                        new_flows: 1,
                    };
                    out.insert(k, c);
                }
            }
        }
        out
    }

    #[test]
    fn under_the_target_nothing_changes() {
        let mut r = rows(10, 2);
        let before = r.clone();
        let report = fold(&mut r, 40);
        assert_eq!(r, before);
        assert_eq!(report.level, None);
        assert_eq!(report.rows_folded, 0);
    }

    #[test]
    fn oldest_hours_fold_first_and_totals_stay() {
        // 3 hours × 60 minutes × 2 devices × 2 services = 720 rows
        let mut r = rows(180, 2);
        let sum = total(&r);
        let report = fold(&mut r, 500);
        assert_eq!(total(&r), sum, "not a byte lost");
        assert!(r.len() <= 500, "{}", r.len());
        assert_eq!(report.level, Some(Level::Hour));
        // the first hour folded whole into its first minute, the last hour untouched
        // 600_000 is the first minute of an hour
        let first_hour = 600_000;
        assert!(r.keys().any(|k| k.minute == 600_000 + 179));
        assert!(
            !r.keys()
                .any(|k| k.minute > first_hour && k.minute < first_hour + 60)
        );
        assert_eq!(report.rows_before, 720);
        assert_eq!(report.rows_after, r.len());
        assert!(report.bytes_folded > 0 && report.rows_folded > 0);
    }

    #[test]
    fn when_hours_are_not_enough_the_device_then_the_detail_go() {
        let mut r = rows(180, 8);
        let sum = total(&r);
        let report = fold(&mut r, 20);
        assert_eq!(total(&r), sum);
        assert!(r.len() <= 20, "{}", r.len());
        assert_eq!(report.level, Some(Level::NoDevice));
        assert!(r.keys().all(|k| k.minute % 60 == 0));
        // services survive at this level
        assert!(r.keys().any(|k| k.service.as_deref() == Some("zoom")));
        let mut r = rows(180, 8);
        let report = fold(&mut r, 3);
        assert_eq!(report.level, Some(Level::ProviderOnly));
        assert_eq!(total(&r), sum);
        // one provider, one direction, a few hours: the coarsest it gets
        assert!(r.len() <= 4, "{}", r.len());
        assert!(
            r.keys()
                .all(|k| k.device.is_none() && k.service.is_none() && k.provider.is_some())
        );
    }
}
