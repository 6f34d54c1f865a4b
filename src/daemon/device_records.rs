//! The device table's records as a capture thread hands them over: one per device that
//! appears in a batch's usage rows, with first/last seen from those rows' minutes, and, only
//! with privacy `full`, the device's last address and name from the pipeline's device table.
//! The store keeps of them what [`DeviceRecord::as_privacy_allows`] lets it.

use std::collections::BTreeMap;

use crate::config::Privacy;
use crate::flow::Counts;
use crate::flow::devices::DeviceTable;
use crate::store::DeviceRecord;
use crate::usage::UsageKey;

/// The devices of `rows` (labelled as `privacy` allows: MACs with `full`, pseudonyms with
/// `devices-anonymous`, none with `aggregate`).
pub fn seen(
    rows: &[(UsageKey, Counts)],
    table: &DeviceTable,
    privacy: Privacy,
) -> Vec<DeviceRecord> {
    let mut out: BTreeMap<&str, DeviceRecord> = BTreeMap::new();
    for (key, _) in rows {
        let Some(id) = key.device.as_deref() else {
            continue;
        };
        let at = key.minute.saturating_mul(60);
        let d = out.entry(id).or_insert_with(|| DeviceRecord {
            id: id.to_string(),
            last_ip: None,
            name: None,
            first_seen: at,
            last_seen: at,
        });
        d.first_seen = d.first_seen.min(at);
        d.last_seen = d.last_seen.max(at);
    }
    if privacy == Privacy::Full && !out.is_empty() {
        // With `full` a row's device label is the device's identity (its MAC, else its
        // address), as the labeller writes it.
        for (_, device) in table.iter() {
            let identity = match device.mac {
                Some(mac) => mac.to_string(),
                None => device.ip.to_string(),
            };
            if let Some(d) = out.get_mut(identity.as_str()) {
                d.last_ip = Some(device.ip.to_string());
                d.name = device.name.as_deref().map(str::to_string);
            }
        }
    }
    out.into_values()
        .filter_map(|d| d.as_privacy_allows(privacy))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::Direction;
    use crate::flow::devices::{DeviceNameSource, MacAddr};
    use crate::flow::key::addr_bits;

    fn row(minute: i64, device: &str) -> (UsageKey, Counts) {
        let mut key = UsageKey::internet(minute, Direction::Up);
        key.device = Some(device.into());
        (key, Counts::default())
    }

    fn table() -> DeviceTable {
        let mut configured = BTreeMap::new();
        configured.insert(MacAddr([2, 0, 0, 0, 0, 2]), "Kitchen radio".to_string());
        let mut t = DeviceTable::new(&configured);
        let ip = |s: &str| addr_bits(s.parse().unwrap());
        t.device_for(Some([2, 0, 0, 0, 0, 1]), ip("192.168.1.10"));
        t.set_name(
            [2, 0, 0, 0, 0, 1],
            ip("192.168.1.10"),
            "laptop",
            DeviceNameSource::Dhcp,
        );
        t.device_for(Some([2, 0, 0, 0, 0, 2]), ip("192.168.1.11"));
        t.device_for(None, ip("10.0.0.5"));
        t
    }

    #[test]
    fn full_keeps_address_and_name_with_the_rows_times() {
        let rows = vec![
            row(100, "02:00:00:00:00:01"),
            row(90, "02:00:00:00:00:01"),
            row(95, "02:00:00:00:00:02"),
            row(96, "10.0.0.5"),
        ];
        let got = seen(&rows, &table(), Privacy::Full);
        assert_eq!(
            got,
            vec![
                DeviceRecord {
                    id: "02:00:00:00:00:01".into(),
                    last_ip: Some("192.168.1.10".into()),
                    name: Some("laptop".into()),
                    first_seen: 90 * 60,
                    last_seen: 100 * 60,
                },
                DeviceRecord {
                    id: "02:00:00:00:00:02".into(),
                    last_ip: Some("192.168.1.11".into()),
                    name: Some("Kitchen radio".into()),
                    first_seen: 95 * 60,
                    last_seen: 95 * 60,
                },
                DeviceRecord {
                    id: "10.0.0.5".into(),
                    last_ip: Some("10.0.0.5".into()),
                    name: None,
                    first_seen: 96 * 60,
                    last_seen: 96 * 60,
                },
            ]
        );
    }

    #[test]
    fn anonymous_keeps_only_pseudonyms_and_times_and_aggregate_nothing() {
        let rows = vec![row(100, "device-0a1b2c3d"), row(101, "device-0a1b2c3d")];
        let got = seen(&rows, &table(), Privacy::DevicesAnonymous);
        assert_eq!(
            got,
            vec![DeviceRecord {
                id: "device-0a1b2c3d".into(),
                last_ip: None,
                name: None,
                first_seen: 6000,
                last_seen: 6060,
            }]
        );
        // aggregate rows carry no device; even if one slipped through, nothing is kept
        assert!(seen(&rows, &table(), Privacy::Aggregate).is_empty());
        let no_device = vec![(UsageKey::internet(5, Direction::Down), Counts::default())];
        assert!(seen(&no_device, &table(), Privacy::Full).is_empty());
    }
}
