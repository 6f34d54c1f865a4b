//! The ASN fallback: when no range matches an address, an ASN database in MaxMind DB form
//! (DB-IP ASN Lite, MaxMind GeoLite2-ASN) says which autonomous system announces it and who
//! runs that AS. The pipeline maps the AS number to a catalogue provider, or keeps the
//! organisation's name so "other networks" are named too.
//!
//! Looked up once per flow at its creation, never per packet. Where the database is found,
//! first hit wins: the configured path (`[ranges] asn-mmdb`), the data dir's `ranges/`
//! (where `nuage ranges update` puts `dbip-asn.mmdb`), then `/usr/share/GeoIP` and
//! `/var/lib/GeoIP` under the names distributions use.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use maxminddb::Reader;
use serde::Deserialize;

/// File names tried in each system folder, in order.
pub const SYSTEM_FILE_NAMES: &[&str] = &[
    "GeoLite2-ASN.mmdb",
    "dbip-asn-lite.mmdb",
    "dbip-asn.mmdb",
    "GeoIP2-ISP.mmdb",
];
/// System folders holding GeoIP databases (Debian's geoipupdate, mmdb-bin packages).
pub const SYSTEM_DIRS: &[&str] = &["/usr/share/GeoIP", "/var/lib/GeoIP"];
/// Name under the data dir's `ranges/` (the `dbip-asn` source of the catalogue).
pub const DATA_DIR_FILE: &str = "dbip-asn.mmdb";

#[derive(Debug, thiserror::Error)]
pub enum AsnDbError {
    #[error("cannot read ASN database {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("ASN database {path} is not a valid MaxMind DB: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// What the database says about one address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AsnRecord {
    pub asn: u32,
    /// `autonomous_system_organization`, when the database has it.
    pub organisation: Option<String>,
}

#[derive(Deserialize)]
struct Raw<'a> {
    autonomous_system_number: Option<u32>,
    #[serde(borrow)]
    autonomous_system_organization: Option<&'a str>,
}

/// An opened ASN database.
pub struct AsnDatabase {
    reader: Reader<Vec<u8>>,
    path: PathBuf,
}

impl std::fmt::Debug for AsnDatabase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsnDatabase")
            .field("path", &self.path)
            .field("database_type", &self.reader.metadata().database_type)
            .finish()
    }
}

impl AsnDatabase {
    /// Reads a whole database into memory (DB-IP ASN Lite is about 8 MB).
    pub fn open(path: &Path) -> Result<Self, AsnDbError> {
        let bytes = std::fs::read(path).map_err(|source| AsnDbError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_bytes(bytes, path)
    }

    /// A database from bytes; `path` names it in errors and logs.
    pub fn from_bytes(bytes: Vec<u8>, path: &Path) -> Result<Self, AsnDbError> {
        let reader = Reader::from_source(bytes).map_err(|e| AsnDbError::Invalid {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        Ok(Self {
            reader,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The AS announcing `addr`, if the database knows one. A damaged record is logged and
    /// treated as unknown: one bad entry must not stop the count.
    pub fn lookup(&self, addr: IpAddr) -> Option<AsnRecord> {
        let addr = super::normalise_address(addr);
        let found = match self.reader.lookup(addr) {
            Ok(found) => found,
            Err(e) => {
                tracing::debug!("ASN database {}: {addr}: {e}", self.path.display());
                return None;
            }
        };
        match found.decode::<Raw<'_>>() {
            Ok(Some(raw)) => raw.autonomous_system_number.map(|asn| AsnRecord {
                asn,
                organisation: raw
                    .autonomous_system_organization
                    .map(str::trim)
                    .filter(|o| !o.is_empty())
                    .map(str::to_string),
            }),
            Ok(None) => None,
            Err(e) => {
                tracing::debug!("ASN database {}: {addr}: {e}", self.path.display());
                None
            }
        }
    }
}

/// Where to look, in order: the configured path, the data dir's imported copy, then the
/// system folders.
pub fn candidate_paths(configured: Option<&Path>, data_dir: Option<&Path>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    out.extend(configured.map(Path::to_path_buf));
    out.extend(data_dir.map(|d| crate::paths::ranges_dir(d).join(DATA_DIR_FILE)));
    for dir in SYSTEM_DIRS {
        for name in SYSTEM_FILE_NAMES {
            out.push(Path::new(dir).join(name));
        }
    }
    out
}

/// Opens the first database found among `candidates`. A configured file that is missing or
/// unreadable, or any file that is not a valid database, is reported in the returned
/// warnings and the search goes on; nuage works without one.
/// The ASN database the configuration or the data dir points to, with what was tried logged;
/// says once, at info level, when there is none. Replay and the daemon both open it this way.
pub fn load_logged(configured: Option<&Path>, data_dir: &Path) -> Option<AsnDatabase> {
    let candidates = candidate_paths(configured, Some(data_dir));
    let (found, warnings) = find_asn_database(configured, &candidates);
    for warning in &warnings {
        tracing::warn!("{warning}");
    }
    match &found {
        Some(db) => tracing::info!(path = %db.path().display(), "ASN database loaded"),
        None => tracing::info!(
            "no ASN database found (set [ranges] asn-mmdb, or `nuage ranges update` the dbip-asn source): addresses no range knows stay unnamed"
        ),
    }
    found
}

pub fn find_asn_database(
    configured: Option<&Path>,
    candidates: &[PathBuf],
) -> (Option<AsnDatabase>, Vec<String>) {
    let mut warnings = Vec::new();
    for path in candidates {
        let is_configured = configured == Some(path.as_path());
        if !is_configured && !path.exists() {
            continue;
        }
        match AsnDatabase::open(path) {
            Ok(db) => return (Some(db), warnings),
            Err(e) => warnings.push(e.to_string()),
        }
    }
    (None, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ranges::parse::mmdb_writer::{build, entry};

    fn db(bytes: Vec<u8>) -> AsnDatabase {
        AsnDatabase::from_bytes(bytes, Path::new("test.mmdb")).unwrap()
    }

    #[test]
    fn looks_up_asn_and_organisation_in_v4_and_v6_databases() {
        let entries = [
            entry("192.0.2.0/24", 64500, "Example Net"),
            entry("2001:db8::/32", 64501, "Example Six"),
        ];
        let v6 = db(build(6, &entries, true, 1_700_000_000));
        let r = v6.lookup("192.0.2.7".parse().unwrap()).unwrap();
        assert_eq!(
            (r.asn, r.organisation.as_deref()),
            (64500, Some("Example Net"))
        );
        // IPv4-mapped addresses classify like IPv4
        assert_eq!(
            v6.lookup("::ffff:192.0.2.9".parse().unwrap())
                .map(|r| r.asn),
            Some(64500)
        );
        assert_eq!(
            v6.lookup("2001:db8::1".parse().unwrap()).map(|r| r.asn),
            Some(64501)
        );
        assert_eq!(v6.lookup("198.51.100.1".parse().unwrap()), None);
        let v4 = db(build(4, &entries[..1], false, 1_700_000_000));
        assert_eq!(
            v4.lookup("192.0.2.1".parse().unwrap()).map(|r| r.asn),
            Some(64500)
        );
        // an IPv6 address in an IPv4 database: unknown, not an error
        assert_eq!(v4.lookup("2001:db8::1".parse().unwrap()), None);
    }

    #[test]
    fn garbage_is_an_error_naming_the_file_and_search_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.mmdb");
        std::fs::write(&bad, b"not a database").unwrap();
        let good = dir.path().join("good.mmdb");
        std::fs::write(
            &good,
            build(6, &[entry("192.0.2.0/24", 64500, "X")], true, 0),
        )
        .unwrap();
        let missing = dir.path().join("missing.mmdb");
        let (found, warnings) = find_asn_database(
            Some(&missing),
            &[missing.clone(), bad.clone(), good.clone()],
        );
        assert_eq!(found.unwrap().path(), good);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("missing.mmdb"), "{warnings:?}");
        assert!(warnings[1].contains("bad.mmdb"), "{warnings:?}");
        // nothing at all: no database, no warning for paths nobody asked for
        let (none, warnings) = find_asn_database(None, &[missing]);
        assert!(none.is_none() && warnings.is_empty());
    }

    #[test]
    fn candidates_in_order() {
        let c = candidate_paths(Some(Path::new("/x/asn.mmdb")), Some(Path::new("/data")));
        assert_eq!(c[0], Path::new("/x/asn.mmdb"));
        assert_eq!(c[1], Path::new("/data/ranges/dbip-asn.mmdb"));
        assert_eq!(c[2], Path::new("/usr/share/GeoIP/GeoLite2-ASN.mmdb"));
    }
}
