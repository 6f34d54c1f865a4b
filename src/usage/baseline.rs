//! The comparison baseline: what a usual day looks like (by default the same weekday over the
//! previous four weeks that have data).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::DayUsage;

/// Mean bytes per day for one provider (`id: None`: other networks).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderBaseline {
    pub id: Option<String>,
    pub mean_bytes: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    /// Which days these are, for labels ("2027-02-08", …).
    pub days: Vec<String>,
    /// Mean of the days' Big Tech shares: each day weighs the same, however busy it was.
    pub big_tech_share: f64,
    pub mean_bytes: f64,
    pub mean_big_tech_bytes: f64,
    pub providers: Vec<ProviderBaseline>,
}

impl Baseline {
    /// The baseline of `days`, skipping days without data; `None` when none is left.
    pub fn from_days<'a>(days: impl IntoIterator<Item = &'a DayUsage>) -> Option<Baseline> {
        let days: Vec<&DayUsage> = days.into_iter().filter(|d| !d.is_empty()).collect();
        if days.is_empty() {
            return None;
        }
        let n = days.len() as f64;
        let mut providers: BTreeMap<Option<String>, f64> = BTreeMap::new();
        for d in &days {
            for p in &d.providers {
                *providers.entry(p.id.clone()).or_default() += p.traffic.bytes() as f64 / n;
            }
        }
        let mut providers: Vec<ProviderBaseline> = providers
            .into_iter()
            .map(|(id, mean_bytes)| ProviderBaseline { id, mean_bytes })
            .collect();
        providers.sort_by(|a, b| b.mean_bytes.total_cmp(&a.mean_bytes).then(a.id.cmp(&b.id)));
        Some(Baseline {
            days: days.iter().map(|d| d.span.label.clone()).collect(),
            big_tech_share: days.iter().map(|d| d.big_tech.share).sum::<f64>() / n,
            mean_bytes: days.iter().map(|d| d.totals.bytes() as f64).sum::<f64>() / n,
            mean_big_tech_bytes: days.iter().map(|d| d.big_tech.bytes as f64).sum::<f64>() / n,
            providers,
        })
    }

    pub fn provider_mean(&self, id: Option<&str>) -> f64 {
        self.providers
            .iter()
            .find(|p| p.id.as_deref() == id)
            .map_or(0.0, |p| p.mean_bytes)
    }
}

/// `(now − usual) / usual`: −0.37 reads "−37% vs usual"; `None` when usual is zero.
pub fn relative_change(now: f64, usual: f64) -> Option<f64> {
    (usual != 0.0).then(|| (now - usual) / usual)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usage::{BigTechShare, Traffic, UsageSpan};

    fn day(label: &str, bytes: u64, big: u64) -> DayUsage {
        DayUsage {
            span: UsageSpan {
                label: label.into(),
                time_zone: "UTC".into(),
                start_minute: 0,
                end_minute: 1440,
            },
            totals: Traffic {
                bytes_down: bytes,
                ..Traffic::default()
            },
            lan: Traffic::default(),
            big_tech: BigTechShare {
                bytes: big,
                share: big as f64 / bytes as f64,
                ..BigTechShare::default()
            },
            groups: vec![],
            providers: vec![],
            services: vec![],
            devices: vec![],
            networks: vec![],
            layers: vec![],
            decided_by: vec![],
            bucket_minutes: 10,
            timeline: vec![],
            minutes_with_data: u64::from(bytes > 0),
        }
    }

    #[test]
    fn each_day_weighs_the_same_and_empty_days_are_skipped() {
        let days = [day("a", 100, 80), day("b", 1000, 200), day("c", 0, 0)];
        let b = Baseline::from_days(&days).unwrap();
        assert_eq!(b.days, vec!["a", "b"]);
        assert!((b.big_tech_share - 0.5).abs() < 1e-9);
        assert!((b.mean_bytes - 550.0).abs() < 1e-9);
        assert!(Baseline::from_days(&days[2..]).is_none());
        let change = relative_change(0.315, b.big_tech_share).unwrap();
        assert!((change + 0.37).abs() < 1e-9);
        assert_eq!(relative_change(1.0, 0.0), None);
    }
}
