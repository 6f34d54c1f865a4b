//! Bytes per second per provider over the last few seconds of capture time.

use std::collections::{BTreeMap, VecDeque};

use crate::flow::{Counts, Direction, Scope};
use crate::usage::{Name, ProviderRate, UsageKey};

/// Rates are averaged over this much capture time.
pub const WINDOW_MICROS: i64 = 5_000_000;

#[derive(Debug, Default)]
pub struct RateWindow {
    /// (capture time, provider, up bytes, down bytes), oldest first.
    samples: VecDeque<(i64, Option<Name>, u64, u64)>,
}

impl RateWindow {
    /// Adds one batch's Internet rows, stamped `now_micros`.
    pub fn add(&mut self, now_micros: i64, rows: &[(UsageKey, Counts)]) {
        let mut per: BTreeMap<&Option<Name>, (u64, u64)> = BTreeMap::new();
        for (k, c) in rows.iter().filter(|(k, _)| k.scope == Scope::Internet) {
            let e = per.entry(&k.provider).or_default();
            match k.direction {
                Direction::Up => e.0 += c.bytes,
                Direction::Down => e.1 += c.bytes,
            }
        }
        for (p, (up, down)) in per {
            self.samples.push_back((now_micros, p.clone(), up, down));
        }
        self.expire(now_micros);
    }

    fn expire(&mut self, now_micros: i64) {
        while self
            .samples
            .front()
            .is_some_and(|s| now_micros - s.0 >= WINDOW_MICROS)
        {
            self.samples.pop_front();
        }
    }

    /// Rates at `now_micros`, busiest first.
    pub fn rates(&mut self, now_micros: i64) -> Vec<ProviderRate> {
        self.expire(now_micros);
        let secs = WINDOW_MICROS as f64 / 1e6;
        let mut per: BTreeMap<&Option<Name>, (u64, u64)> = BTreeMap::new();
        for (_, p, up, down) in &self.samples {
            let e = per.entry(p).or_default();
            e.0 += up;
            e.1 += down;
        }
        let mut out: Vec<ProviderRate> = per
            .into_iter()
            .map(|(p, (up, down))| ProviderRate {
                provider: p.as_deref().map(str::to_string),
                up_bytes_per_sec: up as f64 / secs,
                down_bytes_per_sec: down as f64 / secs,
            })
            .collect();
        out.sort_by(|a, b| {
            (b.up_bytes_per_sec + b.down_bytes_per_sec)
                .total_cmp(&(a.up_bytes_per_sec + a.down_bytes_per_sec))
                .then_with(|| a.provider.cmp(&b.provider))
        });
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(provider: Option<&str>, direction: Direction, bytes: u64) -> (UsageKey, Counts) {
        let mut k = UsageKey::internet(0, direction);
        k.provider = provider.map(Name::from);
        (
            k,
            Counts {
                bytes,
                packets: 1,
                new_flows: 0,
            },
        )
    }

    #[test]
    fn averages_over_the_window_and_forgets_older_bytes() {
        let mut w = RateWindow::default();
        w.add(
            0,
            &[
                row(Some("google"), Direction::Down, 5000),
                row(None, Direction::Up, 50),
                (UsageKey::lan(0, Direction::Up), Counts::default()),
            ],
        );
        w.add(1_000_000, &[row(Some("google"), Direction::Down, 5000)]);
        let r = w.rates(2_000_000);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].provider.as_deref(), Some("google"));
        assert!((r[0].down_bytes_per_sec - 2000.0).abs() < 1e-9);
        assert!((r[1].up_bytes_per_sec - 10.0).abs() < 1e-9);
        let later = w.rates(5_500_000);
        assert_eq!(later.len(), 1, "the first batch left the window");
        assert!(w.rates(60_000_000).is_empty());
    }
}
