//! `nuage ranges update`: bringing each official file into `<data-dir>/ranges/`, from the
//! network or from a folder (a USB stick), and swapping it in only once it is known good.
//!
//! Every file is parsed whole before it replaces anything; an empty list, a malformed one,
//! a truncated download or one that lost more than half its prefixes (unless forced) is
//! refused and the file in place stays. Sources are independent: one failing never stops
//! the others.
//!
//! With a mirror (`[ranges] mirror` in the config), every source is fetched from
//! `<mirror>/<file>`, the same names `--from` expects; Azure's page discovery and the
//! `{YYYY}`/`{MM}` templates are skipped because the mirror holds the files themselves.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use ipnetwork::IpNetwork;
use time::OffsetDateTime;

use super::catalogue::{Catalogue, Source};
use super::download::{self, DownloadError, Fetched, Validators, YearMonth};
use super::parse::{ParseError, ParsedSource, parse_source};
use super::state::{SourceState, State, timestamp};
use super::{swap, unzip};

/// The discovery method for Azure's weekly Service Tags file.
pub const DISCOVER_AZURE: &str = "azure-service-tags";

/// What to update and how.
#[derive(Debug, Clone)]
pub struct UpdateOptions<'a> {
    /// Source ids to update; empty means every source.
    pub only: &'a [String],
    /// Import from this folder instead of downloading.
    pub from: Option<&'a Path>,
    /// Fetch every source from `<mirror>/<file>`.
    pub mirror: Option<&'a str>,
    /// Accept a list that shrank by more than half.
    pub force: bool,
    /// The current time (URL templates, state timestamps).
    pub now: OffsetDateTime,
}

/// A new file that was swapped in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Size of the file written, decompressed.
    pub bytes: u64,
    pub prefixes: usize,
    /// Prefixes not in the previous file, and previous prefixes no longer listed.
    pub added: usize,
    pub removed: usize,
    /// Whether a readable previous file was compared (false on the first import).
    pub replaced: bool,
    /// URL or path it came from.
    pub origin: String,
    pub published: Option<String>,
}

/// What happened to one source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Updated(Change),
    /// The server answered `304 Not Modified`.
    NotModified,
    /// The new file is byte for byte the one in place; nothing was rewritten.
    Unchanged {
        prefixes: usize,
    },
    /// `--from`: the folder has no file of that name.
    NotInDir {
        path: PathBuf,
    },
}

/// Why one source was not updated. Each message names the file and what was wrong.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{file}: {error}")]
    Download { file: String, error: DownloadError },
    #[error("{file}: {error}")]
    Invalid { file: String, error: ParseError },
    #[error("{file}: {message}")]
    Decompress { file: String, message: String },
    #[error(
        "{file}: holds {new} prefixes where the current file has {old}; more than half would \
         be gone, so it was refused (use --force to accept it)"
    )]
    Shrank {
        file: String,
        old: usize,
        new: usize,
    },
    #[error("{file}: unknown {what} {value:?} in the catalogue")]
    Catalogue {
        file: String,
        what: &'static str,
        value: String,
    },
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// One source's result.
#[derive(Debug)]
pub struct SourceReport<'c> {
    pub source: &'c Source,
    pub result: Result<Outcome, SourceError>,
    /// On failure: whether a previous file is still in place (and still used).
    pub kept_previous: bool,
}

/// Errors that stop the whole update before any source is touched.
#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    #[error("unknown source {id:?} (known: {known})")]
    UnknownSource { id: String, known: String },
    #[error("cannot create {path}: {source}")]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Lock(#[from] super::lock::LockError),
    #[error("{path} is not a folder")]
    NotADir { path: PathBuf },
}

/// Updates the sources `options.only` names (all when empty) into `ranges_dir`, calling
/// `progress` after each one so a person sees lines appear as they go.
pub fn update<'c>(
    catalogue: &'c Catalogue,
    ranges_dir: &Path,
    options: &UpdateOptions<'_>,
    progress: impl FnMut(&SourceReport<'c>),
) -> Result<Vec<SourceReport<'c>>, UpdateError> {
    let chosen = select(catalogue, options.only)?;
    update_sources(&chosen, ranges_dir, options, progress)
}

/// The sources with these ids, in the order given and without repeats; all when empty.
pub fn select<'c>(
    catalogue: &'c Catalogue,
    only: &[String],
) -> Result<Vec<&'c Source>, UpdateError> {
    if only.is_empty() {
        return Ok(catalogue.sources().iter().collect());
    }
    let mut chosen: Vec<&Source> = Vec::new();
    for id in only {
        let source = catalogue
            .source(id)
            .ok_or_else(|| UpdateError::UnknownSource {
                id: id.clone(),
                known: catalogue
                    .sources()
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            })?;
        if !chosen.iter().any(|s| s.id == source.id) {
            chosen.push(source);
        }
    }
    Ok(chosen)
}

/// Updates these sources into `ranges_dir`; `options.only` is not consulted.
pub fn update_sources<'c>(
    chosen: &[&'c Source],
    ranges_dir: &Path,
    options: &UpdateOptions<'_>,
    mut progress: impl FnMut(&SourceReport<'c>),
) -> Result<Vec<SourceReport<'c>>, UpdateError> {
    if let Some(dir) = options.from.filter(|dir| !dir.is_dir()) {
        return Err(UpdateError::NotADir {
            path: dir.to_path_buf(),
        });
    }
    std::fs::create_dir_all(ranges_dir).map_err(|source| UpdateError::CreateDir {
        path: ranges_dir.to_path_buf(),
        source,
    })?;

    let _lock = super::lock::lock(ranges_dir)?;
    let (mut state, warning) = State::load(ranges_dir);
    if let Some(warning) = warning {
        tracing::warn!("{warning}");
    }
    let mut reports = Vec::new();
    for &source in chosen {
        let target = ranges_dir.join(&source.file);
        let before = state.sources.get(&source.id).cloned();
        let result = match options.from {
            Some(dir) => import_one(source, dir, &target, options, &mut state),
            None => download_one(source, &target, options, &mut state),
        };
        // Saved per source, so an interrupted run keeps what it learnt; untouched otherwise.
        if state.sources.get(&source.id) != before.as_ref() {
            if let Err(e) = state.save(ranges_dir) {
                tracing::warn!("cannot write {}: {e}", State::path(ranges_dir).display());
            }
        }
        let report = SourceReport {
            source,
            kept_previous: result.is_err() && target.exists(),
            result,
        };
        progress(&report);
        reports.push(report);
    }
    Ok(reports)
}

fn import_one(
    source: &Source,
    dir: &Path,
    target: &Path,
    options: &UpdateOptions<'_>,
    state: &mut State,
) -> Result<Outcome, SourceError> {
    let path = dir.join(&source.file);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Outcome::NotInDir { path });
        }
        Err(source) => return Err(SourceError::Read { path, source }),
    };
    let origin = path.display().to_string();
    install(
        source,
        target,
        bytes,
        &origin,
        &origin,
        Validators::default(),
        options,
        state,
    )
}

fn download_one(
    source: &Source,
    target: &Path,
    options: &UpdateOptions<'_>,
    state: &mut State,
) -> Result<Outcome, SourceError> {
    let candidates = candidate_urls(source, options)?;
    // A 304 only helps if the copy in place is still good; a damaged one is fetched whole.
    let current_ok = std::fs::read(target)
        .ok()
        .is_some_and(|bytes| parse_source(source.format, &bytes).is_ok());
    let previous = state
        .sources
        .get(&source.id)
        .filter(|_| current_ok)
        .cloned();
    let mut last_error = None;
    for url in candidates {
        // Validators only mean something for the URL they came from.
        let validators = previous
            .as_ref()
            .filter(|p| p.origin == url)
            .map(SourceState::validators);
        match download::fetch(&url, validators.as_ref()) {
            Ok(Fetched::NotModified) => {
                if let Some(entry) = state.sources.get_mut(&source.id) {
                    entry.checked_at = timestamp(options.now);
                }
                return Ok(Outcome::NotModified);
            }
            Ok(Fetched::Body { bytes, validators }) => {
                let label = format!("{} (from {url})", source.file);
                return install(
                    source, target, bytes, &label, &url, validators, options, state,
                );
            }
            // Next candidate (last month's file) only when this one does not exist.
            Err(e @ DownloadError::Status { status: 404, .. }) => last_error = Some(e),
            Err(e) => return Err(download_error(source, e)),
        }
    }
    Err(download_error(
        source,
        last_error.unwrap_or_else(|| DownloadError::Transport {
            url: source.url.clone(),
            message: "no URL to try".into(),
        }),
    ))
}

/// The URLs to try in order: the mirror's copy; Azure's discovered file; this month's then
/// last month's file for templated URLs; else the catalogue URL.
fn candidate_urls(
    source: &Source,
    options: &UpdateOptions<'_>,
) -> Result<Vec<String>, SourceError> {
    if let Some(mirror) = options.mirror {
        return Ok(vec![format!(
            "{}/{}",
            mirror.trim_end_matches('/'),
            source.file
        )]);
    }
    match source.discover.as_deref() {
        None => {}
        Some(DISCOVER_AZURE) => {
            let page =
                match download::fetch(&source.url, None).map_err(|e| download_error(source, e))? {
                    Fetched::Body { bytes, .. } => bytes,
                    Fetched::NotModified => Vec::new(),
                };
            let link = download::find_service_tags_link(&String::from_utf8_lossy(&page))
                .ok_or_else(|| {
                    download_error(
                        source,
                        DownloadError::NoLink {
                            url: source.url.clone(),
                        },
                    )
                })?;
            return Ok(vec![link]);
        }
        Some(other) => {
            return Err(SourceError::Catalogue {
                file: source.file.clone(),
                what: "discovery method",
                value: other.to_string(),
            });
        }
    }
    if download::is_template(&source.url) {
        let month = YearMonth::of(options.now.date());
        return Ok(vec![
            download::expand_template(&source.url, month),
            download::expand_template(&source.url, month.previous()),
        ]);
    }
    Ok(vec![source.url.clone()])
}

/// Validates `bytes` as the source's file and swaps it in. `label` names the file in errors.
#[allow(clippy::too_many_arguments)]
fn install(
    source: &Source,
    target: &Path,
    bytes: Vec<u8>,
    label: &str,
    origin: &str,
    validators: Validators,
    options: &UpdateOptions<'_>,
    state: &mut State,
) -> Result<Outcome, SourceError> {
    let bytes = decompress(source, bytes).map_err(|message| SourceError::Decompress {
        file: label.to_string(),
        message,
    })?;
    let invalid = |error| SourceError::Invalid {
        file: label.to_string(),
        error,
    };
    let parsed = parse_source(source.format, &bytes).map_err(invalid)?;
    if parsed.ranges.is_empty() {
        return Err(invalid(ParseError::Empty));
    }
    let current_bytes = std::fs::read(target).ok();
    let record = |state: &mut State, written: bool| {
        let now = timestamp(options.now);
        let written_at = match state.sources.get(&source.id) {
            Some(old) if !written => old.written_at.clone(),
            _ => now.clone(),
        };
        state.sources.insert(
            source.id.clone(),
            SourceState {
                origin: origin.to_string(),
                etag: validators.etag.clone(),
                last_modified: validators.last_modified.clone(),
                written_at,
                checked_at: now,
            },
        );
    };
    if current_bytes.as_deref() == Some(bytes.as_slice()) {
        record(state, false);
        return Ok(Outcome::Unchanged {
            prefixes: parsed.ranges.len(),
        });
    }
    // A current file that no longer parses is no baseline: anything valid beats it.
    let current = current_bytes.and_then(|b| parse_source(source.format, &b).ok());
    if let Some(current) = &current {
        let (old, new) = (current.ranges.len(), parsed.ranges.len());
        if !options.force && new * 2 < old {
            return Err(SourceError::Shrank {
                file: label.to_string(),
                old,
                new,
            });
        }
    }
    let (added, removed) = current.as_ref().map_or((unique(&parsed).len(), 0), |c| {
        let (old, new) = (unique(c), unique(&parsed));
        (new.difference(&old).count(), old.difference(&new).count())
    });
    swap::write_atomically(target, &bytes, true).map_err(|source| SourceError::Write {
        path: target.to_path_buf(),
        source,
    })?;
    record(state, true);
    Ok(Outcome::Updated(Change {
        bytes: bytes.len() as u64,
        prefixes: parsed.ranges.len(),
        added,
        removed,
        replaced: current.is_some(),
        origin: origin.to_string(),
        published: parsed.published,
    }))
}

/// Undoes the source's compression. A mirror or a USB stick may hold the file already
/// decompressed, so only data that starts like the announced format is decompressed.
fn decompress(source: &Source, bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    match source.compression.as_deref() {
        Some("gzip") if download::looks_gzipped(&bytes) => {
            download::gunzip(&bytes).map_err(|e| e.to_string())
        }
        // An archive of lists (Akamai's v4 and v6 files): read one after the other.
        Some("zip") if unzip::looks_zipped(&bytes) => {
            let mut joined = Vec::new();
            for entry in
                unzip::read_files(&bytes, download::MAX_FILE_BYTES).map_err(|e| e.to_string())?
            {
                joined.extend_from_slice(&entry.data);
                if !joined.is_empty() && !joined.ends_with(b"\n") {
                    joined.push(b'\n');
                }
            }
            Ok(joined)
        }
        None | Some("gzip" | "zip") => Ok(bytes),
        Some(other) => Err(format!("unknown compression {other:?} in the catalogue")),
    }
}

fn download_error(source: &Source, error: DownloadError) -> SourceError {
    SourceError::Download {
        file: source.file.clone(),
        error,
    }
}

fn unique(parsed: &ParsedSource) -> HashSet<IpNetwork> {
    parsed.ranges.iter().map(|r| r.net).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue() -> Catalogue {
        Catalogue::from_toml(
            "[[provider]]\nid='p'\nname='P'\ncompany='P'\ngroup='cloud'\n\
             [[source]]\nid='tags'\nprovider='p'\nurl='https://example.com/details'\n\
             format='cidr-list'\nfile='tags.json'\ncadence_days=7\n\
             discover='azure-service-tags'\n\
             [[source]]\nid='db'\nprovider='p'\nurl='https://example.com/db-{YYYY}-{MM}.gz'\n\
             format='cidr-list'\nfile='db.txt'\ncadence_days=30\ncompression='gzip'\n",
            "t",
        )
        .unwrap()
    }

    fn options(mirror: Option<&str>) -> UpdateOptions<'_> {
        UpdateOptions {
            only: &[],
            from: None,
            mirror,
            force: false,
            now: time::macros::datetime!(2026-03-05 12:00 UTC),
        }
    }

    #[test]
    fn a_mirror_replaces_discovery_and_templates() {
        let catalogue = catalogue();
        let mirror = options(Some("https://mirror.example.net/nuage/"));
        for source in catalogue.sources() {
            assert_eq!(
                candidate_urls(source, &mirror).unwrap(),
                [format!("https://mirror.example.net/nuage/{}", source.file)]
            );
        }
        let db = catalogue.source("db").unwrap();
        assert_eq!(
            candidate_urls(db, &options(None)).unwrap(),
            [
                "https://example.com/db-2026-03.gz",
                "https://example.com/db-2026-02.gz"
            ]
        );
    }

    #[test]
    fn unknown_source_is_named_before_anything_is_touched() {
        let catalogue = catalogue();
        let dir = tempfile::tempdir().unwrap();
        let only = ["nope".to_string()];
        let err = update(
            &catalogue,
            &dir.path().join("ranges"),
            &UpdateOptions {
                only: &only,
                ..options(None)
            },
            |_| {},
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("\"nope\"") && err.contains("tags, db"),
            "{err}"
        );
        assert!(!dir.path().join("ranges").exists());
    }

    #[test]
    fn a_zip_of_lists_is_read_as_one_list() {
        let catalogue = Catalogue::from_toml(
            "[[provider]]\nid='p'\nname='P'\ncompany='P'\ngroup='cloud'\n\
             [[source]]\nid='lists'\nprovider='p'\nurl='https://example.com/l.zip'\n\
             format='cidr-list'\nfile='lists.txt'\ncadence_days=90\ncompression='zip'\n",
            "t",
        )
        .unwrap();
        let stick = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        let import = |bytes: &[u8]| {
            std::fs::write(stick.path().join("lists.txt"), bytes).unwrap();
            let mut reports = update(
                &catalogue,
                data.path(),
                &UpdateOptions {
                    from: Some(stick.path()),
                    ..options(None)
                },
                |_| {},
            )
            .unwrap();
            reports.remove(0).result
        };
        // No newline at the end of the first file: the lists must not run together.
        let zip = unzip::tests::build(&[
            ("v4.txt", b"192.0.2.0/24", true),
            ("v6.txt", b"2001:db8::/32\n", false),
        ]);
        assert!(matches!(import(&zip), Ok(Outcome::Updated(_))));
        assert_eq!(
            std::fs::read(data.path().join("lists.txt")).unwrap(),
            b"192.0.2.0/24\n2001:db8::/32\n"
        );
        // Already unpacked by hand: taken as it is.
        assert!(matches!(
            import(b"198.51.100.0/24\n2001:db8::/32\n"),
            Ok(Outcome::Updated(_))
        ));
        // A cut-short archive is refused, naming the file.
        let err = import(&zip[..zip.len() - 30]).unwrap_err().to_string();
        assert!(err.contains("lists.txt") && err.contains("zip"), "{err}");
    }

    #[test]
    fn import_gunzips_and_refuses_an_empty_list() {
        use std::io::Write;
        let catalogue = catalogue();
        let stick = tempfile::tempdir().unwrap();
        let data = tempfile::tempdir().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"192.0.2.0/24\n").unwrap();
        std::fs::write(stick.path().join("db.txt"), gz.finish().unwrap()).unwrap();
        std::fs::write(stick.path().join("tags.json"), b"# empty\n").unwrap();
        let reports = update(
            &catalogue,
            data.path(),
            &UpdateOptions {
                from: Some(stick.path()),
                ..options(None)
            },
            |_| {},
        )
        .unwrap();
        let err = reports[0].result.as_ref().unwrap_err().to_string();
        assert!(
            err.contains("tags.json") && err.contains("no ranges"),
            "{err}"
        );
        assert!(!reports[0].kept_previous);
        assert!(matches!(reports[1].result, Ok(Outcome::Updated(_))));
        assert_eq!(
            std::fs::read(data.path().join("db.txt")).unwrap(),
            b"192.0.2.0/24\n"
        );
    }
}
