//! The devices of the place: who inside the network each Internet flow belongs to.
//!
//! A device is known by its MAC address (taken from the frame: the source MAC when the local
//! side sends, the destination MAC otherwise), or by its IP address on link types without
//! MACs (raw IP, PPP). Names come from the config (they win), from DHCP requests
//! (option 12), then from mDNS announcements. The table is capped so a flood of forged
//! MACs cannot grow it without bound; flows past the cap get no device.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer};

use super::aggregate::NONE;
use super::hash::FxHashMap;
use super::key::bits_addr;

/// Most devices tracked at once.
pub const MAX_DEVICES: usize = 4096;

/// An Ethernet address; written `aa:bb:cc:dd:ee:ff` (or with `-`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MacAddr(pub [u8; 6]);

impl fmt::Display for MacAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.0;
        write!(
            f,
            "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
            m[0], m[1], m[2], m[3], m[4], m[5]
        )
    }
}

impl FromStr for MacAddr {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || format!("{text:?} is not a MAC address (expected aa:bb:cc:dd:ee:ff)");
        let mut out = [0u8; 6];
        let mut parts = text.trim().split([':', '-']);
        for byte in &mut out {
            let part = parts.next().ok_or_else(bad)?;
            if part.len() != 2 {
                return Err(bad());
            }
            *byte = u8::from_str_radix(part, 16).map_err(|_| bad())?;
        }
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(MacAddr(out))
    }
}

impl<'de> Deserialize<'de> for MacAddr {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Where a device's name came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DeviceNameSource {
    Config,
    Dhcp,
    Mdns,
}

impl DeviceNameSource {
    /// Precedence: the user's config, then DHCP option 12 (what the device calls itself to
    /// the router), then mDNS (what it announces, often a model name).
    pub fn rank(self) -> u8 {
        match self {
            DeviceNameSource::Config => 3,
            DeviceNameSource::Dhcp => 2,
            DeviceNameSource::Mdns => 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub mac: Option<MacAddr>,
    /// The last address seen for it.
    pub ip: std::net::IpAddr,
    pub name: Option<Box<str>>,
    pub name_source: Option<DeviceNameSource>,
}

/// Devices by MAC (or IP), with their names.
#[derive(Debug, Default)]
pub struct DeviceTable {
    devices: Vec<Device>,
    by_mac: FxHashMap<[u8; 6], u32>,
    by_ip: FxHashMap<u128, u32>,
    configured: FxHashMap<[u8; 6], Box<str>>,
    /// Flows that got no device because the table was full.
    pub overflow: u64,
}

impl DeviceTable {
    /// With the config's names (`devices = { "aa:bb:cc:dd:ee:ff" = "Kitchen laptop" }`).
    pub fn new(configured: &BTreeMap<MacAddr, String>) -> Self {
        Self {
            configured: configured
                .iter()
                .map(|(mac, name)| (mac.0, name.as_str().into()))
                .collect(),
            ..Self::default()
        }
    }

    pub fn len(&self) -> usize {
        self.devices.len()
    }

    pub fn is_empty(&self) -> bool {
        self.devices.is_empty()
    }

    pub fn get(&self, id: u32) -> Option<&Device> {
        self.devices.get(id as usize)
    }

    pub fn iter(&self) -> impl Iterator<Item = (u32, &Device)> {
        self.devices.iter().enumerate().map(|(i, d)| (i as u32, d))
    }

    /// The device id for a local endpoint (`NONE` when the table is full). Called once per
    /// new flow.
    pub fn device_for(&mut self, mac: Option<[u8; 6]>, ip: u128) -> u32 {
        let found = match mac {
            Some(m) => self.by_mac.get(&m).copied(),
            None => self.by_ip.get(&ip).copied(),
        };
        if let Some(id) = found {
            if let Some(d) = self.devices.get_mut(id as usize) {
                d.ip = bits_addr(ip);
            }
            return id;
        }
        self.insert(mac, ip).unwrap_or(NONE)
    }

    fn insert(&mut self, mac: Option<[u8; 6]>, ip: u128) -> Option<u32> {
        if self.devices.len() >= MAX_DEVICES {
            self.overflow += 1;
            return None;
        }
        let id = self.devices.len() as u32;
        let configured = mac.and_then(|m| self.configured.get(&m).cloned());
        self.devices.push(Device {
            mac: mac.map(MacAddr),
            ip: bits_addr(ip),
            name_source: configured.as_ref().map(|_| DeviceNameSource::Config),
            name: configured,
        });
        match mac {
            Some(m) => self.by_mac.insert(m, id),
            None => self.by_ip.insert(ip, id),
        };
        Some(id)
    }

    /// A name a device announced (DHCP, mDNS). A name from a lower-ranked source never
    /// replaces one from a higher (config, then DHCP, then mDNS). Returns whether it was set.
    pub fn set_name(
        &mut self,
        mac: [u8; 6],
        ip: u128,
        name: &str,
        source: DeviceNameSource,
    ) -> bool {
        let id = match self.by_mac.get(&mac) {
            Some(&id) => id,
            None => match self.insert(Some(mac), ip) {
                Some(id) => id,
                None => return false,
            },
        };
        self.name_device(id, name, source)
    }

    /// Names the device last seen at `ip` (an mDNS proxy announcing for another device);
    /// no device is created. Returns whether a name was set.
    pub fn set_name_by_ip(&mut self, ip: u128, name: &str, source: DeviceNameSource) -> bool {
        let addr = bits_addr(ip);
        match self.devices.iter().position(|d| d.ip == addr) {
            Some(i) => self.name_device(i as u32, name, source),
            None => false,
        }
    }

    fn name_device(&mut self, id: u32, name: &str, source: DeviceNameSource) -> bool {
        let Some(d) = self.devices.get_mut(id as usize) else {
            return false;
        };
        let outranked = d.name_source.is_some_and(|old| old.rank() > source.rank());
        if outranked || d.name.as_deref() == Some(name) {
            return false;
        }
        d.name = Some(name.into());
        d.name_source = Some(source);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::key::addr_bits;

    fn ip(s: &str) -> u128 {
        addr_bits(s.parse().unwrap())
    }

    #[test]
    fn mac_parsing() {
        let m: MacAddr = "AA:bb:cc:dd:ee:0f".parse().unwrap();
        assert_eq!(m.0, [0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0x0f]);
        assert_eq!(m.to_string(), "aa:bb:cc:dd:ee:0f");
        assert_eq!("aa-bb-cc-dd-ee-0f".parse::<MacAddr>().unwrap(), m);
        for bad in [
            "",
            "aa:bb:cc:dd:ee",
            "aa:bb:cc:dd:ee:ff:00",
            "aa:bb:cc:dd:ee:gg",
            "a:bb:cc:dd:ee:ff0",
        ] {
            assert!(bad.parse::<MacAddr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn devices_by_mac_then_by_ip_with_names() {
        let laptop = [2, 0, 0, 0, 0, 1];
        let mut configured = BTreeMap::new();
        configured.insert(MacAddr([2, 0, 0, 0, 0, 2]), "Kitchen radio".to_string());
        let mut t = DeviceTable::new(&configured);
        let a = t.device_for(Some(laptop), ip("192.168.1.10"));
        // same MAC, new address (IPv6): same device
        assert_eq!(t.device_for(Some(laptop), ip("fd00::10")), a);
        assert_eq!(t.get(a).unwrap().ip.to_string(), "fd00::10");
        // no MAC: keyed by IP
        let b = t.device_for(None, ip("10.0.0.5"));
        assert_ne!(a, b);
        assert_eq!(t.device_for(None, ip("10.0.0.5")), b);
        // DHCP names a device; the config's name wins over DHCP
        t.set_name(laptop, ip("192.168.1.10"), "laptop", DeviceNameSource::Dhcp);
        assert_eq!(t.get(a).unwrap().name.as_deref(), Some("laptop"));
        let radio = t.device_for(Some([2, 0, 0, 0, 0, 2]), ip("192.168.1.11"));
        t.set_name([2, 0, 0, 0, 0, 2], 0, "esp32", DeviceNameSource::Dhcp);
        let d = t.get(radio).unwrap();
        assert_eq!(
            (d.name.as_deref(), d.name_source),
            (Some("Kitchen radio"), Some(DeviceNameSource::Config))
        );
        // DHCP before any flow creates the device
        t.set_name(
            [2, 0, 0, 0, 0, 3],
            ip("0.0.0.0"),
            "phone",
            DeviceNameSource::Dhcp,
        );
        assert_eq!(t.len(), 4);
    }

    #[test]
    fn table_is_capped() {
        let mut t = DeviceTable::default();
        for i in 0..(MAX_DEVICES as u32 + 5) {
            let b = i.to_be_bytes();
            t.device_for(Some([2, 0, b[0], b[1], b[2], b[3]]), u128::from(i));
        }
        assert_eq!(t.len(), MAX_DEVICES);
        assert_eq!(t.overflow, 5);
        assert_eq!(t.device_for(Some([4, 0, 0, 0, 0, 0]), 1), NONE);
    }
}
