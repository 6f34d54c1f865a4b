//! `<data-dir>/ranges/state.json`: what nuage remembers about each imported file — where it
//! came from, when it was written and last confirmed current, and the HTTP validators
//! (ETag, Last-Modified) for the next conditional request.
//!
//! The state is only a cache: if it is missing or unreadable, the next update simply
//! downloads everything again, so a damaged state file never blocks an update.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use super::download::Validators;
use super::swap;

pub const STATE_FILE: &str = "state.json";

/// What is known about one source's file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceState {
    /// URL the file was downloaded from, or the path it was imported from.
    pub origin: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// When the file in place was written (RFC 3339).
    pub written_at: String,
    /// When the file was last known current: written, or confirmed unchanged (RFC 3339).
    pub checked_at: String,
}

impl SourceState {
    pub fn validators(&self) -> Validators {
        Validators {
            etag: self.etag.clone(),
            last_modified: self.last_modified.clone(),
        }
    }

    /// `checked_at` as a time, when it is readable.
    pub fn checked(&self) -> Option<OffsetDateTime> {
        OffsetDateTime::parse(&self.checked_at, &Rfc3339).ok()
    }
}

/// Formats a time for the state file.
pub fn timestamp(at: OffsetDateTime) -> String {
    // Rfc3339 only fails for years outside 0..=9999.
    at.format(&Rfc3339)
        .unwrap_or_else(|_| at.unix_timestamp().to_string())
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    #[serde(default)]
    pub sources: BTreeMap<String, SourceState>,
}

impl State {
    pub fn path(ranges_dir: &Path) -> PathBuf {
        ranges_dir.join(STATE_FILE)
    }

    /// Reads the state; a missing file is an empty state, an unreadable one is an empty state
    /// plus a warning naming the file.
    pub fn load(ranges_dir: &Path) -> (Self, Option<String>) {
        let path = Self::path(ranges_dir);
        match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(state) => (state, None),
                Err(e) => (
                    Self::default(),
                    Some(format!(
                        "{}: {e}; ignoring it (files will be downloaded in full)",
                        path.display()
                    )),
                ),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Self::default(), None),
            Err(e) => (
                Self::default(),
                Some(format!("{}: {e}; ignoring it", path.display())),
            ),
        }
    }

    /// Writes the state atomically.
    pub fn save(&self, ranges_dir: &Path) -> std::io::Result<()> {
        let mut text = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        text.push(b'\n');
        swap::write_atomically(&Self::path(ranges_dir), &text, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_damaged_file() {
        let dir = tempfile::tempdir().unwrap();
        let (state, warning) = State::load(dir.path());
        assert_eq!((state, warning), (State::default(), None));
        let mut state = State::default();
        state.sources.insert(
            "aws".into(),
            SourceState {
                origin: "https://ip-ranges.amazonaws.com/ip-ranges.json".into(),
                etag: Some("\"abc\"".into()),
                last_modified: None,
                written_at: timestamp(time::macros::datetime!(2026-11-01 10:00 UTC)),
                checked_at: timestamp(time::macros::datetime!(2026-11-02 10:00 UTC)),
            },
        );
        state.save(dir.path()).unwrap();
        let (loaded, warning) = State::load(dir.path());
        assert_eq!(warning, None);
        assert_eq!(loaded, state);
        assert_eq!(
            loaded.sources["aws"].checked(),
            Some(time::macros::datetime!(2026-11-02 10:00 UTC))
        );

        std::fs::write(State::path(dir.path()), b"{not json").unwrap();
        let (loaded, warning) = State::load(dir.path());
        assert_eq!(loaded, State::default());
        assert!(warning.unwrap().contains("state.json"));
    }
}
