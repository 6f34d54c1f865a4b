//! Counts waiting for the store are kept no more detailed than the privacy in force when
//! they are written. A SIGHUP can make privacy stricter (`full` → `devices-anonymous` →
//! `aggregate`) while rows and device records labelled under the old setting wait in
//! memory or in the channel from the capture threads: [`key`] and [`device`] relabel them as
//! the new setting would have labelled them from the start (a MAC becomes the pseudonym the
//! labeller gives it; with `aggregate` the device goes). Labels are never made more detailed:
//! a pseudonym stays a pseudonym when privacy is relaxed.

use crate::config::Privacy;
use crate::flow::usage_rows::{is_pseudonym, pseudonym};
use crate::store::DeviceRecord;
use crate::usage::{Name, UsageKey};

/// How much a setting shows about devices: more is less private.
pub fn detail(privacy: Privacy) -> u8 {
    match privacy {
        Privacy::Full => 2,
        Privacy::DevicesAnonymous => 1,
        Privacy::Aggregate => 0,
    }
}

/// Whether something labelled under `was` may show more than `now` allows.
pub fn tighter(was: Privacy, now: Privacy) -> bool {
    detail(now) < detail(was)
}

/// The label `privacy` gives a device whose label is `label` now (a MAC or an address with
/// `full`, a pseudonym otherwise).
fn device_label(label: &str, privacy: Privacy, secret: &[u8]) -> Option<String> {
    match privacy {
        Privacy::Full => Some(label.to_string()),
        Privacy::DevicesAnonymous if is_pseudonym(label) => Some(label.to_string()),
        Privacy::DevicesAnonymous => Some(pseudonym(secret, label)),
        Privacy::Aggregate => None,
    }
}

/// Relabels `key`'s device as `privacy` allows; true when it changed.
pub fn key(key: &mut UsageKey, privacy: Privacy, secret: &[u8]) -> bool {
    let Some(label) = key.device.as_deref() else {
        return false;
    };
    let new = device_label(label, privacy, secret);
    if new.as_deref() == Some(label) {
        return false;
    }
    key.device = new.map(Name::from);
    true
}

/// What of `record` `privacy` lets the store keep, under the label rows get
/// (see [`DeviceRecord::as_privacy_allows`]).
pub fn device(record: &DeviceRecord, privacy: Privacy, secret: &[u8]) -> Option<DeviceRecord> {
    let mut kept = record.as_privacy_allows(privacy)?;
    if let Some(id) = device_label(&kept.id, privacy, secret) {
        kept.id = id;
    }
    Some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::Direction;

    const SECRET: &[u8] = b"install-secret";

    fn row(device: &str) -> UsageKey {
        let mut k = UsageKey::internet(100, Direction::Up);
        k.device = Some(device.into());
        k
    }

    #[test]
    fn stricter_privacy_relabels_as_the_labeller_would_have() {
        let mac = "02:00:00:00:00:01";
        let anon = pseudonym(SECRET, mac);
        let mut k = row(mac);
        assert!(!key(&mut k, Privacy::Full, SECRET));
        assert_eq!(k, row(mac));
        assert!(key(&mut k, Privacy::DevicesAnonymous, SECRET));
        assert_eq!(k, row(&anon));
        // a pseudonym is not hashed twice, nor turned back into anything more
        assert!(!key(&mut k, Privacy::DevicesAnonymous, SECRET));
        assert!(!key(&mut k, Privacy::Full, SECRET));
        assert!(key(&mut k, Privacy::Aggregate, SECRET));
        assert_eq!(k.device, None);
        // an address-only device gets the pseudonym of its address
        let mut k = row("10.0.0.5");
        key(&mut k, Privacy::DevicesAnonymous, SECRET);
        assert_eq!(k.device, Some(pseudonym(SECRET, "10.0.0.5").into()));
        assert!(tighter(Privacy::Full, Privacy::DevicesAnonymous));
        assert!(tighter(Privacy::DevicesAnonymous, Privacy::Aggregate));
        assert!(!tighter(Privacy::Aggregate, Privacy::Full));
    }

    #[test]
    fn device_records_lose_address_name_and_mac() {
        let d = DeviceRecord {
            id: "02:00:00:00:00:01".into(),
            last_ip: Some("192.168.1.10".into()),
            name: Some("laptop".into()),
            first_seen: 60,
            last_seen: 120,
        };
        assert_eq!(device(&d, Privacy::Full, SECRET), Some(d.clone()));
        assert_eq!(
            device(&d, Privacy::DevicesAnonymous, SECRET),
            Some(DeviceRecord {
                id: pseudonym(SECRET, "02:00:00:00:00:01"),
                last_ip: None,
                name: None,
                first_seen: 60,
                last_seen: 120,
            })
        );
        assert_eq!(device(&d, Privacy::Aggregate, SECRET), None);
    }
}
