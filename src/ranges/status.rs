//! `nuage ranges status`: for each source, whether its file is there, how old it is, how
//! many prefixes it holds and whether it is stale; and the same for the bundled snapshot.
//!
//! A file's date is the one it states about itself when that reads as a date; else the time
//! nuage last wrote it or confirmed it current (the state file); else the file's mtime.

use std::path::{Path, PathBuf};

use time::{Date, Month, OffsetDateTime};

use super::catalogue::{Catalogue, Source};
use super::parse::{ParseError, ParsedRange, parse_source};
use super::snapshot;
use super::state::State;

/// Where a file's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFrom {
    /// The file's own publication date.
    Published,
    /// When nuage downloaded or imported it, or last confirmed it unchanged.
    Recorded,
    /// The file's modification time (copied in by hand).
    FileTime,
}

impl DateFrom {
    pub fn id(self) -> &'static str {
        match self {
            DateFrom::Published => "published",
            DateFrom::Recorded => "updated",
            DateFrom::FileTime => "file-time",
        }
    }
}

/// Why a source's file that is there cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StatusError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: {error}", path.display())]
    Invalid { path: PathBuf, error: ParseError },
}

/// One source's file as it is now.
#[derive(Debug)]
pub struct SourceStatus<'c> {
    pub source: &'c Source,
    pub present: bool,
    pub date: Option<(Date, DateFrom)>,
    /// What the file states about its version, verbatim.
    pub published: Option<String>,
    pub age_days: Option<i64>,
    pub ipv4: usize,
    pub ipv6: usize,
    /// Older than twice the source's cadence.
    pub stale: bool,
    /// Why a present file cannot be used.
    pub error: Option<StatusError>,
}

/// The snapshot compiled into nuage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotStatus {
    pub date: Option<Date>,
    pub age_days: Option<i64>,
    pub asn_ipv4: usize,
    pub asn_ipv6: usize,
    pub published_ipv4: usize,
    pub published_ipv6: usize,
}

/// Reads a publication date out of the many forms files use: `2026-11-20…` (ISO, AWS's
/// `2026-11-20-22-13-04`), `20261120…` (Microsoft 365's version), or Unix seconds.
pub fn published_date(text: &str) -> Option<Date> {
    let text = text.trim();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let ymd = |y: u32, m: u32, d: u32| -> Option<Date> {
        if !(1990..=2200).contains(&y) {
            return None;
        }
        let month = Month::try_from(u8::try_from(m).ok()?).ok()?;
        Date::from_calendar_date(i32::try_from(y).ok()?, month, u8::try_from(d).ok()?).ok()
    };
    if text.get(4..5) == Some("-") && text.get(7..8) == Some("-") {
        return ymd(digits(0..4)?, digits(5..7)?, digits(8..10)?);
    }
    if let Some(date) = (|| ymd(digits(0..4)?, digits(4..6)?, digits(6..8)?))() {
        return Some(date);
    }
    if (9..=10).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()) {
        let seconds: i64 = text.parse().ok()?;
        return OffsetDateTime::from_unix_timestamp(seconds)
            .ok()
            .map(|t| t.date());
    }
    None
}

fn count_families(ranges: &[ParsedRange]) -> (usize, usize) {
    let ipv4 = ranges.iter().filter(|r| r.net.is_ipv4()).count();
    (ipv4, ranges.len() - ipv4)
}

fn age(now: OffsetDateTime, date: Date) -> i64 {
    (now.date() - date).whole_days().max(0)
}

/// Status of every source's file in `ranges_dir`.
pub fn source_status<'c>(
    catalogue: &'c Catalogue,
    ranges_dir: &Path,
    now: OffsetDateTime,
) -> Vec<SourceStatus<'c>> {
    let (state, _) = State::load(ranges_dir);
    catalogue
        .sources()
        .iter()
        .map(|source| {
            let mut status = SourceStatus {
                source,
                present: false,
                date: None,
                published: None,
                age_days: None,
                ipv4: 0,
                ipv6: 0,
                stale: false,
                error: None,
            };
            let path = ranges_dir.join(&source.file);
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return status,
                Err(e) => {
                    status.present = path.exists();
                    status.error = Some(StatusError::Read {
                        path: path.clone(),
                        source: e,
                    });
                    return status;
                }
            };
            status.present = true;
            match parse_source(source.format, &bytes) {
                Ok(parsed) => {
                    (status.ipv4, status.ipv6) = count_families(&parsed.ranges);
                    status.published = parsed.published;
                }
                Err(error) => {
                    status.error = Some(StatusError::Invalid {
                        path: path.clone(),
                        error,
                    });
                }
            }
            let recorded = state
                .sources
                .get(&source.id)
                .and_then(|s| s.checked())
                .map(|t| (t.date(), DateFrom::Recorded));
            let file_time = std::fs::metadata(&path)
                .and_then(|m| m.modified())
                .ok()
                .map(|t| (OffsetDateTime::from(t).date(), DateFrom::FileTime));
            status.date = status
                .published
                .as_deref()
                .and_then(published_date)
                .map(|d| (d, DateFrom::Published))
                .or(recorded)
                .or(file_time);
            if let Some((date, _)) = status.date {
                let days = age(now, date);
                status.age_days = Some(days);
                status.stale = days > 2 * i64::from(source.cadence_days);
            }
            status
        })
        .collect()
}

/// Date and counts of the bundled snapshot.
pub fn snapshot_status(now: OffsetDateTime) -> SnapshotStatus {
    let date = snapshot::asn_snapshot_date().and_then(published_date);
    let (asn_ipv4, asn_ipv6) = snapshot::parse_asn_snapshot(snapshot::ASN_SNAPSHOT, "")
        .map(|r| count_families(&r))
        .unwrap_or_default();
    let (published_ipv4, published_ipv6) = snapshot::parse_published(snapshot::PUBLISHED, "")
        .map(|p| {
            let ranges: Vec<ParsedRange> = p.into_iter().map(|p| p.range).collect();
            count_families(&ranges)
        })
        .unwrap_or_default();
    SnapshotStatus {
        date,
        age_days: date.map(|d| age(now, d)),
        asn_ipv4,
        asn_ipv6,
        published_ipv4,
        published_ipv6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn reads_the_date_forms_files_use() {
        assert_eq!(
            published_date("2026-11-20-22-13-04"),
            Some(date!(2026 - 11 - 20))
        );
        assert_eq!(
            published_date("2026-11-20T22:00:00.000000"),
            Some(date!(2026 - 11 - 20))
        );
        assert_eq!(published_date("2026112000"), Some(date!(2026 - 11 - 20)));
        assert_eq!(published_date("1700000000"), Some(date!(2023 - 11 - 14)));
        for text in ["329", "", "v2", "2026-13-01", "hello world", "99999999"] {
            assert_eq!(published_date(text), None, "{text}");
        }
    }

    #[test]
    fn stale_after_twice_the_cadence_from_file_time() {
        let catalogue = Catalogue::from_toml(
            "[[provider]]\nid='p'\nname='P'\ncompany='P'\ngroup='cloud'\n\
             [[source]]\nid='p-list'\nprovider='p'\nurl='https://example.com/'\n\
             format='cidr-list'\nfile='p-list.txt'\ncadence_days=7\n\
             [[source]]\nid='p-other'\nprovider='p'\nurl='https://example.com/'\n\
             format='cidr-list'\nfile='p-other.txt'\ncadence_days=7\n",
            "t",
        )
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p-list.txt");
        std::fs::write(&path, "192.0.2.0/24\n2001:db8::/32\n198.51.100.0/24\n").unwrap();
        let mtime = std::time::SystemTime::now() - std::time::Duration::from_secs(20 * 86_400);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        let now = OffsetDateTime::now_utc();
        let status = source_status(&catalogue, dir.path(), now);
        let list = &status[0];
        assert!(list.present && list.stale && list.error.is_none());
        assert_eq!((list.ipv4, list.ipv6), (2, 1));
        assert_eq!(list.age_days, Some(20));
        assert_eq!(list.date.unwrap().1, DateFrom::FileTime);
        let other = &status[1];
        assert!(!other.present && !other.stale && other.age_days.is_none());
    }
}
