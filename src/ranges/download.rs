//! Fetching official files over HTTPS: the URL policy, `{YYYY}`/`{MM}` templates, finding
//! Azure's weekly file on its download page, conditional requests and gzip.
//!
//! Plain `http://` is refused for every host except loopback (`127.0.0.0/8`, `::1`,
//! `localhost`). That exception exists so tests (and a mirror on the same machine) can serve
//! files without TLS; anything that crosses a network must be HTTPS.

use std::io::Read;
use std::net::IpAddr;
use std::time::Duration;

use ureq::http::Uri;

/// Largest file nuage accepts, downloaded or decompressed (DB-IP's database is ~10 MB).
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(20);
/// A stalled read fails the source instead of hanging the update.
const READ_TIMEOUT: Duration = Duration::from_secs(30);
/// Whole exchange, body included: a slow link still gets the biggest file through.
const CALL_TIMEOUT: Duration = Duration::from_secs(600);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DownloadError {
    #[error("{url}: {reason}")]
    Refused { url: String, reason: String },
    #[error("{url}: HTTP {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: {message}")]
    Transport { url: String, message: String },
    #[error("{url}: no link to a ServiceTags_Public_<date>.json file on that page")]
    NoLink { url: String },
    #[error("not valid gzip: {0}")]
    Gzip(String),
}

/// Validators from the previous download, sent so an unchanged file costs one round trip.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// What a download gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// `304 Not Modified`: the copy we hold is current.
    NotModified,
    Body {
        bytes: Vec<u8>,
        validators: Validators,
    },
}

/// True for hosts that never leave the machine.
pub fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    host.parse::<IpAddr>().is_ok_and(|ip| match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    })
}

/// Checks the URL policy: HTTPS anywhere, plain HTTP only to loopback. Returns the host.
pub fn check_url(url: &str) -> Result<String, DownloadError> {
    let refused = |reason: &str| DownloadError::Refused {
        url: url.to_string(),
        reason: reason.to_string(),
    };
    let uri: Uri = url.parse().map_err(|_| refused("not a valid URL"))?;
    let host = uri
        .host()
        .ok_or_else(|| refused("the URL names no host"))?
        .to_string();
    match uri.scheme_str() {
        Some(s) if s.eq_ignore_ascii_case("https") => Ok(host),
        Some(s) if s.eq_ignore_ascii_case("http") => {
            if is_loopback_host(&host) {
                Ok(host)
            } else {
                Err(refused(
                    "plain http:// is refused (only https://, or http:// to this machine)",
                ))
            }
        }
        _ => Err(refused("only https:// URLs are downloaded")),
    }
}

/// A year and month (1–12), for URL templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl YearMonth {
    pub fn of(date: time::Date) -> Self {
        Self {
            year: date.year(),
            month: u8::from(date.month()),
        }
    }

    pub fn previous(self) -> Self {
        if self.month <= 1 {
            Self {
                year: self.year - 1,
                month: 12,
            }
        } else {
            Self {
                year: self.year,
                month: self.month - 1,
            }
        }
    }
}

/// Whether the URL has `{YYYY}`/`{MM}` placeholders.
pub fn is_template(url: &str) -> bool {
    url.contains("{YYYY}") || url.contains("{MM}")
}

/// Replaces `{YYYY}` and `{MM}` (zero-padded) with the given month.
pub fn expand_template(url: &str, when: YearMonth) -> String {
    url.replace("{YYYY}", &format!("{:04}", when.year))
        .replace("{MM}", &format!("{:02}", when.month))
}

/// Finds the weekly Service Tags file linked from Microsoft's download page: the first
/// absolute link ending in `ServiceTags_Public_<digits>.json` on download.microsoft.com
/// (under `/download/`), or on a loopback host (tests and local mirrors).
pub fn find_service_tags_link(page: &str) -> Option<String> {
    const MARK: &str = "ServiceTags_Public_";
    // The page carries its links inside a JSON blob too, where `/` may be written `\/`.
    let unescaped = page.replace("\\/", "/");
    let page = unescaped.as_str();
    let is_delimiter =
        |c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '(' | ')' | '=');
    let mut from = 0;
    while let Some(found) = page.get(from..).and_then(|rest| rest.find(MARK)) {
        let mark = from + found;
        from = mark + MARK.len();
        let rest = &page[from..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || !rest[digits..].starts_with(".json") {
            continue;
        }
        let end = from + digits + ".json".len();
        let start = page[..mark]
            .char_indices()
            .rev()
            .find(|&(_, c)| is_delimiter(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let candidate = &page[start..end];
        let lower = candidate.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            continue;
        }
        let Ok(uri) = candidate.parse::<Uri>() else {
            continue;
        };
        let official = uri.scheme_str() == Some("https")
            && uri.host() == Some("download.microsoft.com")
            && uri.path().starts_with("/download/");
        if official || uri.host().is_some_and(is_loopback_host) {
            return Some(candidate.to_string());
        }
    }
    None
}

/// Decompresses gzip data, refusing anything that would grow past `MAX_FILE_BYTES`.
pub fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, DownloadError> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| DownloadError::Gzip(e.to_string()))?;
    if out.len() as u64 > MAX_FILE_BYTES {
        return Err(DownloadError::Gzip(format!(
            "decompresses to more than {MAX_FILE_BYTES} bytes"
        )));
    }
    Ok(out)
}

/// True when the bytes start with the gzip magic number.
pub fn looks_gzipped(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Downloads one URL. Sends `If-None-Match`/`If-Modified-Since` from `previous`; a `304`
/// comes back as `Fetched::NotModified`. Any other status than 200 is an error, so a 404 can
/// be told apart by the caller (`DownloadError::Status`).
pub fn fetch(url: &str, previous: Option<&Validators>) -> Result<Fetched, DownloadError> {
    let host = check_url(url)?;
    let local = is_loopback_host(&host);
    let transport = |e: ureq::Error| DownloadError::Transport {
        url: url.to_string(),
        message: match e {
            ureq::Error::BodyExceedsLimit(limit) => {
                format!("the file is larger than {limit} bytes")
            }
            other => other.to_string(),
        },
    };
    let mut builder = ureq::Agent::config_builder()
        .http_status_as_error(false)
        // Redirects must stay on HTTPS; loopback (tests) never needs one.
        .https_only(!local)
        .max_redirects(if local { 0 } else { 5 })
        .timeout_connect(Some(CONNECT_TIMEOUT))
        .timeout_per_read(Some(READ_TIMEOUT))
        .timeout_per_call(Some(CALL_TIMEOUT))
        .user_agent(concat!("nuage/", env!("CARGO_PKG_VERSION")));
    if local {
        // A proxy from the environment must not see loopback traffic.
        builder = builder.proxy(None);
    }
    let config = builder.build();
    let agent = ureq::Agent::new_with_config(config);
    let mut request = agent.get(url);
    if let Some(previous) = previous {
        if let Some(etag) = &previous.etag {
            request = request.header("If-None-Match", etag.as_str());
        }
        if let Some(date) = &previous.last_modified {
            request = request.header("If-Modified-Since", date.as_str());
        }
    }
    let mut response = request.call().map_err(transport)?;
    let status = response.status().as_u16();
    if status == 304 {
        return Ok(Fetched::NotModified);
    }
    if status != 200 {
        return Err(DownloadError::Status {
            url: url.to_string(),
            status,
        });
    }
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let validators = Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    };
    let bytes = response
        .body_mut()
        .with_config()
        .limit(MAX_FILE_BYTES)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => transport(e),
            other => DownloadError::Transport {
                url: url.to_string(),
                message: format!("the download stopped before the end ({other})"),
            },
        })?;
    Ok(Fetched::Body { bytes, validators })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_is_refused_except_loopback() {
        for url in [
            "http://127.0.0.1:8080/x",
            "http://127.8.9.1/x",
            "http://[::1]:9/x",
            "http://localhost/x",
            "https://www.cloudflare.com/ips-v4/",
        ] {
            assert!(check_url(url).is_ok(), "{url}");
        }
        for url in [
            "http://www.cloudflare.com/ips-v4/",
            "http://192.168.1.10/x",
            "http://[2001:db8::1]/x",
            "http://localhost.example.com/x",
            "ftp://127.0.0.1/x",
            "file:///etc/passwd",
        ] {
            let err = check_url(url).unwrap_err();
            assert!(matches!(err, DownloadError::Refused { .. }), "{url}: {err}");
            assert!(err.to_string().contains(url), "{err}");
        }
    }

    #[test]
    fn templates_use_the_month_and_fall_back_across_the_year() {
        let url = "https://download.db-ip.com/free/dbip-asn-lite-{YYYY}-{MM}.mmdb.gz";
        assert!(is_template(url));
        let now = YearMonth::of(time::macros::date!(2026 - 01 - 15));
        assert_eq!(
            expand_template(url, now),
            "https://download.db-ip.com/free/dbip-asn-lite-2026-01.mmdb.gz"
        );
        assert_eq!(
            expand_template(url, now.previous()),
            "https://download.db-ip.com/free/dbip-asn-lite-2025-12.mmdb.gz"
        );
        assert_eq!(
            YearMonth::of(time::macros::date!(2026 - 11 - 27)).previous(),
            YearMonth {
                year: 2026,
                month: 10
            }
        );
        assert!(!is_template("https://www.cloudflare.com/ips-v4/"));
    }

    #[test]
    fn finds_the_official_service_tags_link() {
        let page = r#"<a href="https://download.microsoft.com/download/7/1/d/71d86715/ServiceTags_Public_20261123.json" class="x">"#;
        assert_eq!(
            find_service_tags_link(page).as_deref(),
            Some(
                "https://download.microsoft.com/download/7/1/d/71d86715/ServiceTags_Public_20261123.json"
            )
        );
    }

    #[test]
    fn skips_foreign_relative_and_malformed_links() {
        let page = concat!(
            "ServiceTags_Public_20261123.json ",
            "<a href='/download/ServiceTags_Public_20261123.json'>",
            "<a href='https://evil.example/download/ServiceTags_Public_20261123.json'>",
            "<a href='https://download.microsoft.com/download/ServiceTags_Public_.json'>",
            "<a href='https://download.microsoft.com/other/ServiceTags_Public_1.json'>",
            "<a href='http://127.0.0.1:4000/a/ServiceTags_Public_20261130.json'>",
        );
        assert_eq!(
            find_service_tags_link(page).as_deref(),
            Some("http://127.0.0.1:4000/a/ServiceTags_Public_20261130.json")
        );
        assert_eq!(find_service_tags_link("<html>nothing here</html>"), None);
        assert_eq!(
            find_service_tags_link(
                r#"{"url":"https:\/\/download.microsoft.com\/download\/1\/ServiceTags_Public_20261123.json"}"#
            )
            .as_deref(),
            Some("https://download.microsoft.com/download/1/ServiceTags_Public_20261123.json")
        );
    }

    #[test]
    fn gunzip_round_trip_and_garbage() {
        use std::io::Write;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        encoder.write_all(b"1.2.3.0/24\n").unwrap();
        let gz = encoder.finish().unwrap();
        assert!(looks_gzipped(&gz));
        assert_eq!(gunzip(&gz).unwrap(), b"1.2.3.0/24\n");
        assert!(matches!(
            gunzip(&gz[..gz.len() - 6]),
            Err(DownloadError::Gzip(_))
        ));
        assert!(!looks_gzipped(b"1.2.3.0/24\n"));
    }
}
