//! [`Name`]: the text ids of usage keys (provider, service, device label…), shared rather
//! than copied. A day's rows repeat a few hundred names tens of thousands of times; with a
//! shared name, making, cloning and dropping a key allocates nothing, and comparing two keys
//! that hold the same name is a pointer check.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An immutable, cheaply cloned string. Compares, orders and hashes as its text, so it
/// behaves exactly like the `String` it replaces.
#[derive(Clone)]
pub struct Name(Arc<str>);

impl Name {
    pub fn new(text: &str) -> Self {
        Name(Arc::from(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether both are the same allocation (then they are equal without reading the text).
    pub fn shares(&self, other: &Name) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Self) -> bool {
        self.shares(other) || *self.0 == *other.0
    }
}

impl Eq for Name {}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        &*self.0 == other.as_str()
    }
}

impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Name {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.shares(other) {
            Ordering::Equal
        } else {
            self.0.cmp(&other.0)
        }
    }
}

impl Hash for Name {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // as the text, so a map keyed by names can be searched with a `&str`
        (*self.0).hash(state);
    }
}

impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl From<&str> for Name {
    fn from(text: &str) -> Self {
        Name::new(text)
    }
}

impl From<String> for Name {
    fn from(text: String) -> Self {
        Name(Arc::from(text))
    }
}

impl From<&String> for Name {
    fn from(text: &String) -> Self {
        Name::new(text)
    }
}

impl From<Name> for String {
    fn from(name: Name) -> Self {
        name.0.to_string()
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Name::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, HashMap};

    #[test]
    fn names_behave_as_their_text() {
        let a = Name::from("zoom");
        let b = Name::from(String::from("zoom"));
        assert!(!a.shares(&b), "two allocations");
        assert_eq!(a, b);
        assert_eq!(a.cmp(&b), Ordering::Equal);
        let c = a.clone();
        assert!(a.shares(&c));
        assert_eq!(a, c);
        for (x, y) in [
            ("amazon", "google"),
            ("a", "ab"),
            ("", "a"),
            ("Zoom", "zoom"),
        ] {
            assert_eq!(Name::from(x).cmp(&Name::from(y)), x.cmp(y), "{x} {y}");
            assert_eq!(Name::from(y).cmp(&Name::from(x)), y.cmp(x), "{y} {x}");
        }
        assert_eq!(a, "zoom");
        assert_eq!(a.as_str(), "zoom");
        assert_eq!(format!("{a} {a:?}"), "zoom \"zoom\"");
    }

    #[test]
    fn maps_find_a_name_by_its_text_or_another_allocation() {
        let mut h: HashMap<Name, u32> = HashMap::new();
        h.insert(Name::from("youtube"), 1);
        assert_eq!(h.get("youtube"), Some(&1));
        assert_eq!(h.get(&Name::from("youtube")), Some(&1));
        let mut b: BTreeMap<Name, u32> = BTreeMap::new();
        b.insert(Name::from("b"), 2);
        b.insert(Name::from("a"), 1);
        *b.entry(Name::from("a")).or_default() += 10;
        assert_eq!(b.get("a"), Some(&11));
        assert_eq!(b.keys().map(Name::as_str).collect::<Vec<_>>(), ["a", "b"]);
    }

    #[test]
    fn serialises_as_a_plain_string() {
        let n = Name::from("device-0a1b2c3d");
        let json = serde_json::to_string(&n).unwrap();
        assert_eq!(json, "\"device-0a1b2c3d\"");
        let back: Name = serde_json::from_str(&json).unwrap();
        assert_eq!(back, n);
    }
}
