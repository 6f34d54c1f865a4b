//! The library's errors as a user reads them, in their language. The error types keep an
//! English `Display` for logs; the command line asks [`describe`] for each error of a chain
//! and gets the translated sentence, naming what was wrong and where (file, line, key, entry,
//! interface). Text from outside nuage (the OS, SQLite, libpcap, TOML) is embedded as given.

use std::error::Error;
use std::path::Path;

use super::{FluentArgs, Lang, Localizer, UnknownLang};
use crate::capture::CaptureError;
use crate::classify::{AsnDbError, LoadError};
use crate::config::{ConfigError, ConfigProblem, FLUSH_SECS_RANGE};
use crate::control::ClientError;
use crate::daemon::DaemonError;
use crate::demo::feed::FeedError;
use crate::metrics::MetricsError;
use crate::ranges::download::DownloadError;
use crate::ranges::lock::LockError;
use crate::ranges::status::StatusError;
use crate::ranges::unzip::ZipError;
use crate::ranges::update::{SourceError, UpdateError};
use crate::ranges::{CatalogueError, ParseError};
use crate::report::MergeError;
use crate::report::render::RenderError;
use crate::store::StoreError;
use crate::tr;
use crate::tui::DatabaseSourceError;

/// The error in the user's language when it is one of nuage's own, else `None` (then its
/// `Display` is all there is). The text covers the error's sources too.
pub fn describe(error: &(dyn Error + 'static), l: &Localizer) -> Option<String> {
    if let Some(e) = error.downcast_ref::<ConfigError>() {
        return Some(config(e, l));
    }
    if let Some(e) = error.downcast_ref::<CaptureError>() {
        return Some(capture(e, l));
    }
    if let Some(e) = error.downcast_ref::<StoreError>() {
        return Some(store(e, l));
    }
    if let Some(e) = error.downcast_ref::<DatabaseSourceError>() {
        return Some(database_source(e, l));
    }
    if let Some(e) = error.downcast_ref::<ClientError>() {
        return Some(client(e, l));
    }
    if let Some(e) = error.downcast_ref::<MergeError>() {
        return Some(merge(e, l));
    }
    if let Some(e) = error.downcast_ref::<UpdateError>() {
        return Some(update(e, l));
    }
    if let Some(e) = error.downcast_ref::<LockError>() {
        return Some(lock(e, l));
    }
    if let Some(e) = error.downcast_ref::<SourceError>() {
        return Some(ranges_source(e, l));
    }
    if let Some(e) = error.downcast_ref::<StatusError>() {
        return Some(ranges_status(e, l));
    }
    if let Some(e) = error.downcast_ref::<DownloadError>() {
        return Some(download(e, l));
    }
    if let Some(e) = error.downcast_ref::<ParseError>() {
        return Some(parse(e, l));
    }
    if let Some(e) = error.downcast_ref::<DaemonError>() {
        return Some(daemon(e, l));
    }
    if let Some(e) = error.downcast_ref::<LoadError>() {
        return Some(load(e, l));
    }
    if let Some(e) = error.downcast_ref::<AsnDbError>() {
        return Some(asn_db(e, l));
    }
    if let Some(e) = error.downcast_ref::<MetricsError>() {
        return Some(metrics(e, l));
    }
    if let Some(e) = error.downcast_ref::<FeedError>() {
        return Some(feed(e, l));
    }
    if let Some(e) = error.downcast_ref::<UnknownLang>() {
        return Some(unknown_lang(&e.0, l));
    }
    if let Some(e) = error.downcast_ref::<RenderError>() {
        let RenderError::Json(source) = e;
        return Some(tr!(l, "err-render-json", error = source.to_string()));
    }
    if let Some(e) = error.downcast_ref::<ZipError>() {
        return Some(zip(e, l));
    }
    // Catalogue texts are nuage's own data files, named by origin: no words to translate.
    if let Some(e) = error.downcast_ref::<CatalogueError>() {
        return Some(e.to_string());
    }
    None
}

fn path(p: &Path) -> String {
    p.display().to_string()
}

/// A translated error, else its English text with its sources (for errors from outside).
fn any(error: &(dyn Error + 'static), l: &Localizer) -> String {
    describe(error, l).unwrap_or_else(|| {
        let mut text = error.to_string();
        let mut source = error.source();
        while let Some(s) = source {
            let more = s.to_string();
            // thiserror types often print their source already.
            if !text.contains(&more) {
                text = format!("{text}: {more}");
            }
            source = s.source();
        }
        text
    })
}

/// A system error in the user's words when it is a common one (permission denied, no such
/// file, disk full…), else the system's own text.
pub fn io(e: &std::io::Error, l: &Localizer) -> String {
    use std::io::ErrorKind::*;
    let kind = match e.kind() {
        NotFound => "not-found",
        PermissionDenied => "permission-denied",
        IsADirectory => "is-a-folder",
        NotADirectory => "not-a-folder",
        ReadOnlyFilesystem => "read-only",
        StorageFull | QuotaExceeded => "disk-full",
        AlreadyExists => "exists",
        ConnectionRefused => "refused",
        TimedOut => "timed-out",
        AddrInUse => "address-in-use",
        AddrNotAvailable => "address-unavailable",
        _ => "other",
    };
    tr!(l, "err-io", kind = kind, detail = e.to_string())
}

fn unknown_lang(name: &str, l: &Localizer) -> String {
    tr!(
        l,
        "err-unknown-lang",
        name = name,
        available = Lang::all_codes()
    )
}

fn config(e: &ConfigError, l: &Localizer) -> String {
    match e {
        ConfigError::Read { path: p, source } => {
            tr!(l, "err-config-read", path = path(p), error = io(source, l))
        }
        ConfigError::Invalid {
            path: p,
            line,
            key,
            problem,
        } => {
            let mut args = FluentArgs::new();
            args.set("path", path(p));
            args.set("problem", config_problem(problem, l));
            let id = match (line, key) {
                (Some(line), Some(key)) => {
                    args.set("line", line.to_string());
                    args.set("key", key.clone());
                    "err-config-line-key"
                }
                (Some(line), None) => {
                    args.set("line", line.to_string());
                    "err-config-line"
                }
                (None, Some(key)) => {
                    args.set("key", key.clone());
                    "err-config-key"
                }
                (None, None) => "err-config-file",
            };
            l.tr_args(id, &args)
        }
    }
}

/// Numbers here are written as in the config file (`3600`, not `3,600`).
fn config_problem(problem: &ConfigProblem, l: &Localizer) -> String {
    match problem {
        ConfigProblem::UnknownKey { key, expected } => tr!(
            l,
            "err-config-unknown-key",
            key = key.as_str(),
            expected = expected.join(", ")
        ),
        ConfigProblem::UnknownLang { name } => unknown_lang(name, l),
        ConfigProblem::FlushSecs { value } => tr!(
            l,
            "err-config-flush-secs",
            value = value.to_string(),
            min = FLUSH_SECS_RANGE.start().to_string(),
            max = FLUSH_SECS_RANGE.end().to_string()
        ),
        ConfigProblem::CaptureBufferMib { value } => tr!(
            l,
            "err-config-capture-buffer",
            value = value.to_string(),
            min = crate::config::CAPTURE_BUFFER_MIB_RANGE.start().to_string(),
            max = crate::config::CAPTURE_BUFFER_MIB_RANGE.end().to_string()
        ),
        ConfigProblem::ZeroDays { .. } => l.tr("err-config-zero-days"),
        ConfigProblem::TooFewPendingRows { value } => tr!(
            l,
            "err-config-pending-rows",
            value = value.to_string(),
            min = crate::config::MIN_PENDING_ROWS.to_string()
        ),
        ConfigProblem::HostBits {
            prefix, network, ..
        } => tr!(
            l,
            "err-config-host-bits",
            prefix = prefix.as_str(),
            network = network.as_str()
        ),
        ConfigProblem::SocketLength { len } => tr!(
            l,
            "err-config-socket-length",
            len = len.to_string(),
            max = crate::control::MAX_SOCKET_PATH.to_string()
        ),
        ConfigProblem::MetricsRemote { listen } => {
            tr!(l, "err-config-metrics-remote", listen = listen.to_string())
        }
        ConfigProblem::Toml { message } => message.clone(),
    }
}

fn capture(e: &CaptureError, l: &Localizer) -> String {
    match e {
        CaptureError::OpenFile { path: p, message } => tr!(
            l,
            "err-capture-open",
            path = path(p),
            error = message.as_str()
        ),
        CaptureError::TooShort { path: p, bytes } => {
            tr!(l, "err-capture-too-short", path = path(p), bytes = *bytes)
        }
        CaptureError::Corrupt {
            path: p,
            offset: Some(offset),
            packets,
            message,
        } => tr!(
            l,
            "err-capture-corrupt-at",
            path = path(p),
            // As a hex editor shows it: no digit grouping.
            offset = offset.to_string(),
            packets = *packets,
            error = message.as_str()
        ),
        CaptureError::Corrupt {
            path: p,
            offset: None,
            packets,
            message,
        } => tr!(
            l,
            "err-capture-corrupt",
            path = path(p),
            packets = *packets,
            error = message.as_str()
        ),
        CaptureError::OpenInterface { interface, message } => tr!(
            l,
            "err-capture-interface",
            interface = interface.as_str(),
            error = message.as_str()
        ),
        CaptureError::Filter {
            interface,
            filter,
            message,
        } => tr!(
            l,
            "err-capture-filter",
            interface = interface.as_str(),
            filter = filter.as_str(),
            error = message.as_str()
        ),
        CaptureError::Read { interface, message } => tr!(
            l,
            "err-capture-read",
            interface = interface.as_str(),
            error = message.as_str()
        ),
        CaptureError::NoDefaultInterface => l.tr("err-capture-no-default"),
        CaptureError::Timeout => l.tr("err-capture-timeout"),
    }
}

/// A database failure as a sentence naming the file; SQLite's own English text appears
/// only (in parentheses) for failures nuage has no words for.
pub fn store(e: &StoreError, l: &Localizer) -> String {
    match e {
        StoreError::Locked { path: p, .. } => tr!(l, "err-store-locked", path = path(p)),
        StoreError::Corrupt { path: p, .. } => tr!(l, "err-store-corrupt", path = path(p)),
        StoreError::NotNuage {
            path: p, tables, ..
        } => tr!(l, "err-store-not-nuage", path = path(p), tables = *tables),
        StoreError::TooNew {
            path: p,
            found,
            supported,
        } => tr!(
            l,
            "err-store-too-new",
            path = path(p),
            found = *found,
            supported = *supported
        ),
        StoreError::TooOld {
            path: p,
            found,
            supported,
        } => tr!(
            l,
            "err-store-too-old",
            path = path(p),
            found = *found,
            supported = *supported
        ),
        StoreError::ReadOnly { path: p, .. } => tr!(l, "err-store-read-only", path = path(p)),
        StoreError::DiskFull { path: p, .. } => tr!(l, "err-store-disk-full", path = path(p)),
        StoreError::CannotOpen { path: p, .. } => {
            tr!(l, "err-store-cannot-open", path = path(p))
        }
        StoreError::InvalidData { path: p, what } => tr!(
            l,
            "err-store-invalid-data",
            path = path(p),
            error = what.as_str()
        ),
        StoreError::Io { path: p, .. } => tr!(l, "err-store-io", path = path(p)),
        // `what` is the step in English (it is in the log); SQLite's words are the detail.
        StoreError::Sqlite {
            path: p, source, ..
        } => tr!(
            l,
            "err-store-sqlite",
            path = path(p),
            error = source.to_string()
        ),
        StoreError::TimeZone { name, source } => tr!(
            l,
            "err-store-time-zone",
            name = name.as_str(),
            error = source.to_string()
        ),
    }
}

fn database_source(e: &DatabaseSourceError, l: &Localizer) -> String {
    match e {
        DatabaseSourceError::Missing(p) => tr!(l, "err-db-missing", path = path(p)),
        DatabaseSourceError::Open {
            path: p,
            source,
            shm,
        } => {
            let error = store(source, l);
            let text = tr!(l, "err-db-open", path = path(p), error = error);
            match shm {
                Some(shm) => format!("{text} ({})", tr!(l, "err-db-shm", shm = path(shm))),
                None => text,
            }
        }
    }
}

fn client(e: &ClientError, l: &Localizer) -> String {
    match e {
        ClientError::NotRunning { path: p, source } => tr!(
            l,
            "err-client-not-running",
            path = path(p),
            error = io(source, l)
        ),
        ClientError::Io(source) => tr!(l, "err-client-io", error = io(source, l)),
        ClientError::Server { request, error } => tr!(
            l,
            "err-client-refused",
            request = request.as_str(),
            error = daemon_reply(error, l)
        ),
        ClientError::Protocol(message) => {
            tr!(l, "err-client-protocol", error = message.as_str())
        }
        ClientError::Closed => l.tr("err-client-closed"),
    }
}

/// Why the daemon refused, from its stable error code; its English message is kept only
/// when the two sides misunderstood each other, where it is the clue.
fn daemon_reply(e: &crate::control::ErrorReply, l: &Localizer) -> String {
    use crate::control::ErrorCode;
    let code = match e.code {
        ErrorCode::Busy => "busy",
        ErrorCode::Unavailable => "unavailable",
        ErrorCode::NotFound => "not-found",
        ErrorCode::BadJson
        | ErrorCode::BadRequest
        | ErrorCode::UnsupportedVersion
        | ErrorCode::UnknownRequest
        | ErrorCode::BadArgument
        | ErrorCode::LineTooLong => "protocol",
    };
    tr!(
        l,
        "err-daemon-reply",
        code = code,
        message = e.message.as_str()
    )
}

fn merge(e: &MergeError, l: &Localizer) -> String {
    match e {
        MergeError::Read { path: p, source } => {
            tr!(l, "err-merge-read", path = path(p), error = io(source, l))
        }
        MergeError::Parse { path: p, source } => tr!(
            l,
            "err-merge-parse",
            path = path(p),
            error = source.to_string()
        ),
        MergeError::NoVersion { path: p } => tr!(l, "err-merge-no-version", path = path(p)),
        MergeError::Version {
            path: p,
            found,
            expected,
        } => tr!(
            l,
            "err-merge-version",
            path = path(p),
            found = *found,
            expected = *expected
        ),
        MergeError::Collective { path: p } => tr!(l, "err-merge-collective", path = path(p)),
        MergeError::Empty => l.tr("err-merge-empty"),
    }
}

fn update(e: &UpdateError, l: &Localizer) -> String {
    match e {
        UpdateError::UnknownSource { id, known } => tr!(
            l,
            "err-ranges-unknown-source",
            id = id.as_str(),
            known = known.as_str()
        ),
        UpdateError::CreateDir { path: p, source } => tr!(
            l,
            "err-cannot-create",
            path = path(p),
            error = io(source, l)
        ),
        UpdateError::Lock(e) => lock(e, l),
        UpdateError::NotADir { path: p } => tr!(l, "err-not-a-folder", path = path(p)),
    }
}

fn lock(e: &LockError, l: &Localizer) -> String {
    match e {
        LockError::Busy { path: p } => tr!(l, "err-ranges-busy", path = path(p)),
        LockError::Io { path: p, source } => {
            tr!(l, "err-cannot-lock", path = path(p), error = io(source, l))
        }
    }
}

/// One source's failure in `nuage ranges update`.
pub fn ranges_source(e: &SourceError, l: &Localizer) -> String {
    match e {
        SourceError::Download { file, error } => format!("{file}: {}", download(error, l)),
        SourceError::Invalid { file, error } => format!("{file}: {}", parse(error, l)),
        SourceError::Decompress { file, message } => tr!(
            l,
            "err-ranges-decompress",
            file = file.as_str(),
            error = message.as_str()
        ),
        SourceError::Shrank { file, old, new } => tr!(
            l,
            "err-ranges-shrank",
            file = file.as_str(),
            old = *old,
            new = *new
        ),
        SourceError::Catalogue { file, what, value } => tr!(
            l,
            "err-ranges-catalogue",
            file = file.as_str(),
            what = *what,
            value = value.as_str()
        ),
        SourceError::Read { path: p, source } => {
            tr!(l, "err-cannot-read", path = path(p), error = io(source, l))
        }
        SourceError::Write { path: p, source } => {
            tr!(l, "err-cannot-write", path = path(p), error = io(source, l))
        }
    }
}

/// Why `nuage ranges status` cannot use a source's file.
pub fn ranges_status(e: &StatusError, l: &Localizer) -> String {
    match e {
        StatusError::Read { path: p, source } => {
            tr!(l, "err-cannot-read", path = path(p), error = io(source, l))
        }
        StatusError::Invalid { path: p, error } => {
            tr!(
                l,
                "err-ranges-invalid-file",
                path = path(p),
                error = parse(error, l)
            )
        }
    }
}

fn download(e: &DownloadError, l: &Localizer) -> String {
    match e {
        DownloadError::Refused { url, reason } => tr!(
            l,
            "err-download-refused",
            url = url.as_str(),
            error = reason.as_str()
        ),
        DownloadError::Status { url, status } => tr!(
            l,
            "err-download-status",
            url = url.as_str(),
            status = u32::from(*status)
        ),
        DownloadError::Transport { url, message } => tr!(
            l,
            "err-download-transport",
            url = url.as_str(),
            error = message.as_str()
        ),
        DownloadError::NoLink { url } => tr!(l, "err-download-no-link", url = url.as_str()),
        DownloadError::Gzip(message) => tr!(l, "err-download-gzip", error = message.as_str()),
    }
}

fn parse(e: &ParseError, l: &Localizer) -> String {
    match e {
        ParseError::Syntax { format, message } => tr!(
            l,
            "err-parse-syntax",
            format = *format,
            error = message.as_str()
        ),
        ParseError::Entry { entry, message } => tr!(
            l,
            "err-parse-entry",
            entry = entry.as_str(),
            error = message.as_str()
        ),
        ParseError::Empty => l.tr("err-parse-empty"),
    }
}

fn zip(e: &ZipError, l: &Localizer) -> String {
    tr!(l, "err-zip", error = e.message())
}

fn daemon(e: &DaemonError, l: &Localizer) -> String {
    match e {
        DaemonError::Metrics(e) => metrics(e, l),
        DaemonError::TimeZone(e) => store(e, l),
        DaemonError::Capture(e) => capture(e, l),
        DaemonError::CapturePermission(e) => {
            tr!(l, "err-daemon-capture-permission", error = capture(e, l))
        }
        DaemonError::NoSuchUser { name } => {
            tr!(l, "err-daemon-no-such-user", name = name.as_str())
        }
        DaemonError::Ranges(e) => tr!(l, "err-daemon-ranges", error = load(e, l)),
        DaemonError::Secret { path: p, message } => tr!(
            l,
            "err-daemon-secret",
            path = path(p),
            error = message.as_str()
        ),
        DaemonError::Privileges(message) => {
            tr!(l, "err-daemon-privileges", error = message.as_str())
        }
        // Failures to start threads or a runtime: nothing a user can act on but report.
        DaemonError::Setup(message) => message.clone(),
    }
}

fn load(e: &LoadError, l: &Localizer) -> String {
    match e {
        LoadError::Catalogue(e) => e.to_string(),
        LoadError::Override { prefix, message } => tr!(
            l,
            "err-override",
            prefix = prefix.as_str(),
            error = message.as_str()
        ),
    }
}

fn asn_db(e: &AsnDbError, l: &Localizer) -> String {
    match e {
        AsnDbError::Read { path: p, source } => {
            tr!(l, "err-asn-read", path = path(p), error = io(source, l))
        }
        AsnDbError::Invalid { path: p, message } => tr!(
            l,
            "err-asn-invalid",
            path = path(p),
            error = message.as_str()
        ),
    }
}

fn metrics(e: &MetricsError, l: &Localizer) -> String {
    match e {
        MetricsError::NotLoopback { addr } => {
            tr!(l, "err-metrics-not-loopback", addr = addr.to_string())
        }
        MetricsError::Bind { addr, source } => tr!(
            l,
            "err-metrics-bind",
            addr = addr.to_string(),
            error = io(source, l)
        ),
    }
}

fn feed(e: &FeedError, l: &Localizer) -> String {
    match e {
        FeedError::Capture(e) => capture(e, l),
        FeedError::Empty(p) => tr!(l, "err-demo-empty", path = p.as_str()),
        FeedError::Services(e) => any(e, l),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn io(kind: std::io::ErrorKind) -> std::io::Error {
        std::io::Error::from(kind)
    }

    #[test]
    fn config_errors_keep_file_line_and_key_in_every_language() {
        let err = crate::config::Config::parse(
            "place = \"x\"\n[daemon]\nflush-secs = 0\n",
            Path::new("/etc/nuage/nuage.toml"),
        )
        .unwrap_err();
        for lang in Lang::ALL {
            let text = describe(&err, &Localizer::new(lang)).unwrap();
            for part in ["/etc/nuage/nuage.toml", "3", "daemon.flush-secs", "3600"] {
                assert!(text.contains(part), "{lang}: {part} missing in {text}");
            }
        }
        let fr = Localizer::new(Lang::Fr);
        let text = describe(&err, &fr).unwrap();
        assert!(text.contains("ligne 3"), "{text}");
        let err = crate::config::Config::parse("lna = 1\n", Path::new("n.toml")).unwrap_err();
        let text = describe(&err, &Localizer::new(Lang::De)).unwrap();
        assert!(
            text.contains("Zeile 1") && text.contains("lna") && text.contains("place"),
            "{text}"
        );
    }

    #[test]
    fn nested_errors_are_translated_whole() {
        let de = Localizer::new(Lang::De);
        let e = DaemonError::CapturePermission(CaptureError::OpenInterface {
            interface: "eth0".into(),
            message: "Operation not permitted".into(),
        });
        let text = describe(&e, &de).unwrap();
        assert!(
            text.contains("eth0") && text.contains("Operation not permitted"),
            "{text}"
        );
        assert!(!text.contains("capture needs"), "{text}");
        let e = UpdateError::Lock(LockError::Busy {
            path: PathBuf::from("/var/lib/nuage/ranges/.lock"),
        });
        let el = Localizer::new(Lang::El);
        let text = describe(&e, &el).unwrap();
        assert!(text.contains("/var/lib/nuage/ranges/.lock"), "{text}");
        assert_ne!(text, e.to_string());
        let e = ClientError::NotRunning {
            path: PathBuf::from("/run/nuage/nuage.sock"),
            source: io(std::io::ErrorKind::NotFound),
        };
        assert!(describe(&e, &el).unwrap().contains("/run/nuage/nuage.sock"));
        // Errors from outside nuage are not nuage's to translate.
        assert!(describe(&io(std::io::ErrorKind::NotFound), &el).is_none());
    }

    #[test]
    fn store_errors_name_the_database() {
        let e = StoreError::DiskFull {
            path: PathBuf::from("/data/nuage.db"),
            what: "writing minutes".into(),
            source: rusqlite::Error::InvalidQuery,
        };
        let it = describe(&e, &Localizer::new(Lang::It)).unwrap();
        assert!(it.contains("/data/nuage.db"), "{it}");
        assert_ne!(it, describe(&e, &Localizer::new(Lang::En)).unwrap());
    }

    #[test]
    fn common_system_errors_are_worded_and_others_keep_their_text() {
        let de = Localizer::new(Lang::De);
        let text = super::io(&io(std::io::ErrorKind::PermissionDenied), &de);
        assert_eq!(text, "Zugriff verweigert");
        let text = super::io(
            &io(std::io::ErrorKind::StorageFull),
            &Localizer::new(Lang::El),
        );
        assert!(text.contains("δίσκο"), "{text}");
        let odd = std::io::Error::other("the cable was eaten by a goat");
        assert_eq!(super::io(&odd, &de), "the cable was eaten by a goat");
        // Inside nuage's own errors too.
        let e = LockError::Io {
            path: PathBuf::from("/var/lib/nuage/ranges/.lock"),
            source: io(std::io::ErrorKind::ReadOnlyFilesystem),
        };
        let text = describe(&e, &Localizer::new(Lang::Fr)).unwrap();
        assert!(
            text.contains("lecture seule") && text.contains(".lock"),
            "{text}"
        );
    }

    #[test]
    fn database_failures_are_sentences_and_sqlite_text_only_a_detail() {
        let path = PathBuf::from("/data/nuage.db");
        let sqlite = |code: i32, message: &str| {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(code),
                Some(message.to_string()),
            )
        };
        let pt = Localizer::new(Lang::Pt);
        let e = StoreError::sqlite(&path, "writing minutes", sqlite(10, "disk I/O error"));
        assert!(matches!(e, StoreError::Io { .. }) && e.kind() == "io" && e.is_transient());
        let text = store(&e, &pt);
        assert!(
            text.contains("/data/nuage.db") && text.contains("cartão SD"),
            "{text}"
        );
        assert!(
            !text.contains("disk I/O") && !text.contains("writing minutes"),
            "{text}"
        );
        for (code, kind) in [
            (5, "locked"),
            (13, "disk-full"),
            (8, "read-only"),
            (14, "cannot-open"),
            (11, "unusable"),
        ] {
            let e = StoreError::sqlite(&path, "writing minutes", sqlite(code, "English words"));
            assert_eq!(e.kind(), kind);
            let text = store(&e, &pt);
            assert!(
                !text.contains("English words") && text.contains("/data/nuage.db"),
                "{text}"
            );
        }
        // A failure nuage has no words for keeps SQLite's, in parentheses.
        let e = StoreError::sqlite(
            &path,
            "writing minutes",
            sqlite(19, "UNIQUE constraint failed"),
        );
        let text = store(&e, &pt);
        assert!(text.contains("(UNIQUE constraint failed)"), "{text}");
        assert!(!text.contains("writing minutes"), "{text}");
    }

    #[test]
    fn daemon_refusals_are_worded_from_their_code() {
        use crate::control::{ErrorCode, ErrorReply};
        let ca = Localizer::new(Lang::Ca);
        let refused = |code, message: &str| ClientError::Server {
            request: "subscribe".into(),
            error: ErrorReply::new(code, message),
        };
        let text = describe(&refused(ErrorCode::Busy, "too many clients"), &ca).unwrap();
        assert!(
            text.contains("subscribe") && text.contains("massa programes"),
            "{text}"
        );
        assert!(!text.contains("too many clients"), "{text}");
        // A misunderstanding keeps the daemon's words: they are the clue.
        let text = describe(&refused(ErrorCode::UnsupportedVersion, "version 9"), &ca).unwrap();
        assert!(
            text.contains("version 9") && text.contains("no s’entenen"),
            "{text}"
        );
    }
}
