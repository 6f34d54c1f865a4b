//! `nuage ranges update|status|sources` end to end: the real binary against a tiny HTTP
//! server on 127.0.0.1 (the config's `[ranges] mirror`), plus library-level checks of Azure
//! discovery, gzip and month templates with a hand-written catalogue. Nothing leaves the
//! machine.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ---------------------------------------------------------------------------------------
// A canned-response HTTP/1.1 server on loopback.

#[derive(Clone, Default)]
struct Route {
    body: Vec<u8>,
    etag: Option<String>,
    /// Announce more bytes than are sent, then close.
    truncate: bool,
}

/// A request as the server saw it: path and lowercase headers.
type Seen = (String, HashMap<String, String>);

#[derive(Clone, Default)]
struct Server {
    routes: Arc<Mutex<HashMap<String, Route>>>,
    /// (path, lowercase headers) of every request, in order.
    requests: Arc<Mutex<Vec<Seen>>>,
    base: String,
}

impl Server {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let mut server = Server {
            base: format!("http://{}", listener.local_addr().unwrap()),
            ..Server::default()
        };
        let shared = server.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                // A broken client connection only affects that request.
                let _ = shared.answer(stream);
            }
        });
        server.base.push('/');
        server
    }

    fn set(&self, path: &str, route: Route) {
        self.routes.lock().unwrap().insert(path.to_string(), route);
    }

    fn serve(&self, path: &str, body: &[u8], etag: Option<&str>) {
        self.set(
            path,
            Route {
                body: body.to_vec(),
                etag: etag.map(str::to_string),
                truncate: false,
            },
        );
    }

    fn requests_for(&self, path: &str) -> Vec<HashMap<String, String>> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, h)| h.clone())
            .collect()
    }

    fn answer(&self, mut stream: TcpStream) -> std::io::Result<()> {
        stream.set_read_timeout(Some(Duration::from_secs(10)))?;
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            if stream.read(&mut byte)? == 0 {
                return Ok(());
            }
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head).to_string();
        let mut lines = head.split("\r\n");
        let path = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .unwrap_or("/")
            .to_string();
        let headers: HashMap<String, String> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        self.requests
            .lock()
            .unwrap()
            .push((path.clone(), headers.clone()));
        let route = self.routes.lock().unwrap().get(&path).cloned();
        let Some(route) = route else {
            stream.write_all(
                b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            )?;
            return Ok(());
        };
        if route.etag.is_some() && headers.get("if-none-match") == route.etag.as_ref() {
            let etag = route.etag.unwrap_or_default();
            write!(
                stream,
                "HTTP/1.1 304 Not Modified\r\nETag: {etag}\r\nConnection: close\r\n\r\n"
            )?;
            return Ok(());
        }
        let announced = route.body.len() + if route.truncate { 1000 } else { 0 };
        let etag = route
            .etag
            .map(|e| format!("ETag: {e}\r\n"))
            .unwrap_or_default();
        write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Length: {announced}\r\n{etag}\
             Last-Modified: Wed, 25 Nov 2026 10:00:00 GMT\r\nConnection: close\r\n\r\n"
        )?;
        stream.write_all(&route.body)?;
        stream.flush()
    }
}

// ---------------------------------------------------------------------------------------
// Running the binary.

struct Setup {
    _tmp: tempfile::TempDir,
    data: PathBuf,
    config: PathBuf,
    /// The first two cidr-list sources of the bundled catalogue: (id, file name).
    a: (String, String),
    b: (String, String),
}

fn nuage(setup: &Setup, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("--data-dir")
        .arg(&setup.data)
        .arg("--config")
        .arg(&setup.config)
        .args(args)
        .env_remove("NUAGE_DATA_DIR")
        // These tests read the English texts, whatever the developer's locale.
        .env("LC_ALL", "C")
        .env_remove("NUAGE_LOG")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    text(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn setup(mirror: &str) -> Setup {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let config = tmp.path().join("nuage.toml");
    std::fs::write(&config, format!("[ranges]\nmirror = \"{mirror}\"\n")).unwrap();
    let mut setup = Setup {
        data,
        config,
        _tmp: tmp,
        a: Default::default(),
        b: Default::default(),
    };
    let listed = nuage(&setup, &["--json", "ranges", "sources"]);
    assert!(listed.status.success(), "{}", text(&listed.stderr));
    let cidr: Vec<(String, String)> = json_lines(&listed)
        .into_iter()
        .filter(|s| s["format"] == "cidr-list")
        .map(|s| {
            (
                s["id"].as_str().unwrap().to_string(),
                s["file"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(cidr.len() >= 2, "the catalogue needs two cidr-list sources");
    setup.a = cidr[0].clone();
    setup.b = cidr[1].clone();
    setup
}

fn ranges_file(setup: &Setup, file: &str) -> PathBuf {
    setup.data.join("ranges").join(file)
}

const FOUR: &[u8] = b"# test list\n192.0.2.0/24\n198.51.100.0/24\n203.0.113.0/24\n2001:db8::/32\n";

fn lookup_source(setup: &Setup, ip: &str) -> serde_json::Value {
    let out = nuage(setup, &["--json", "lookup", ip]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    json_lines(&out).remove(0)
}

// ---------------------------------------------------------------------------------------

#[test]
fn first_download_then_not_modified_then_changed() {
    let server = Server::start();
    let s = setup(&server.base);
    let (id, file) = s.a.clone();
    let path = format!("/{file}");
    server.serve(&path, FOUR, Some("\"v1\""));

    let out = nuage(&s, &["ranges", "update", "--source", &id]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains(&format!("{id}: 70 B, 4 prefixes ✓")),
        "{stdout}"
    );
    assert_eq!(std::fs::read(ranges_file(&s, &file)).unwrap(), FOUR);
    assert_eq!(lookup_source(&s, "192.0.2.10")["source"], id.as_str());
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.data.join("ranges/state.json")).unwrap()).unwrap();
    assert_eq!(state["sources"][&id]["etag"], "\"v1\"");
    assert_eq!(
        state["sources"][&id]["origin"],
        format!("{}{file}", server.base)
    );

    // Same ETag: 304, and the file is not rewritten.
    let before = std::fs::metadata(ranges_file(&s, &file))
        .unwrap()
        .modified()
        .unwrap();
    std::thread::sleep(Duration::from_millis(20));
    let out = nuage(&s, &["ranges", "update", "--source", &id]);
    assert!(out.status.success());
    assert_eq!(text(&out.stdout).trim(), format!("{id}: not modified"));
    let sent = server.requests_for(&path);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[1]["if-none-match"], "\"v1\"");
    assert_eq!(
        sent[1]["if-modified-since"],
        "Wed, 25 Nov 2026 10:00:00 GMT"
    );
    let after = std::fs::metadata(ranges_file(&s, &file))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after);

    // A new publication: swapped in, the old one kept as .prev.
    server.serve(
        &path,
        b"192.0.2.0/24\n198.51.100.0/24\n203.0.113.0/24\n2001:db8::/32\n100.64.0.0/10\n",
        Some("\"v2\""),
    );
    let out = nuage(&s, &["--json", "ranges", "update", "--source", &id]);
    assert!(out.status.success());
    let line = json_lines(&out).remove(0);
    assert_eq!(line["status"], "updated");
    assert_eq!(
        (line["added"].as_u64(), line["removed"].as_u64()),
        (Some(1), Some(0))
    );
    let prev = ranges_file(&s, &format!("{file}.prev"));
    assert_eq!(std::fs::read(prev).unwrap(), FOUR);
    assert!(!ranges_file(&s, &format!("{file}.tmp")).exists());

    // A damaged copy in place is not "not modified": it is fetched whole again.
    std::fs::write(ranges_file(&s, &file), b"damaged\n").unwrap();
    let out = nuage(&s, &["ranges", "update", "--source", &id]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert!(
        text(&out.stdout).contains("5 prefixes ✓"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        !server
            .requests_for(&path)
            .last()
            .unwrap()
            .contains_key("if-none-match")
    );
}

#[test]
fn shrink_is_refused_unless_forced() {
    let server = Server::start();
    let s = setup(&server.base);
    let (id, file) = s.a.clone();
    server.serve(&format!("/{file}"), FOUR, None);
    assert!(
        nuage(&s, &["ranges", "update", "--source", &id])
            .status
            .success()
    );

    server.serve(&format!("/{file}"), b"192.0.2.0/24\n", None);
    let out = nuage(&s, &["ranges", "update", "--source", &id]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("FAILED") && stdout.contains(&file) && stdout.contains("--force"),
        "{stdout}"
    );
    assert!(
        stdout.contains("the previous file stays in use"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(ranges_file(&s, &file)).unwrap(), FOUR);

    let out = nuage(&s, &["ranges", "update", "--force", "--source", &id]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("1 prefix (+0 / −3) ✓"), "{stdout}");
    assert_eq!(
        std::fs::read(ranges_file(&s, &file)).unwrap(),
        b"192.0.2.0/24\n"
    );
}

#[test]
fn malformed_empty_truncated_and_missing_files_keep_the_old_data() {
    let server = Server::start();
    let s = setup(&server.base);
    let (id, file) = s.a.clone();
    let path = format!("/{file}");
    server.serve(&path, FOUR, None);
    assert!(
        nuage(&s, &["ranges", "update", "--source", &id])
            .status
            .success()
    );

    let bad = [
        (
            Route {
                body: b"192.0.2.0/24\n198.51.100.0/24\nnot-a-prefix\n203.0.113.0/24\n".to_vec(),
                ..Route::default()
            },
            "line 3",
        ),
        (
            Route {
                body: b"# nothing here\n\n".to_vec(),
                ..Route::default()
            },
            "no ranges",
        ),
        (
            Route {
                body: b"192.0.2.0/24\n198.51.100.0/24\n203.0.113.0/24\n".to_vec(),
                truncate: true,
                ..Route::default()
            },
            "stopped before the end",
        ),
    ];
    for (route, reason) in bad {
        server.set(&path, route);
        let out = nuage(&s, &["ranges", "update", "--source", &id]);
        let stdout = text(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        assert!(
            stdout.contains(&format!("{id}: FAILED"))
                && stdout.contains(&file)
                && stdout.contains(reason),
            "{reason}: {stdout}"
        );
        assert_eq!(std::fs::read(ranges_file(&s, &file)).unwrap(), FOUR);
        assert_eq!(lookup_source(&s, "203.0.113.7")["source"], id.as_str());
    }

    // 404 for one source; the other still updates, and the exit status says one failed.
    let (other_id, other_file) = s.b.clone();
    server.serve(&format!("/{other_file}"), b"2001:db8:1::/48\n", None);
    server.routes.lock().unwrap().remove(&path);
    let out = nuage(
        &s,
        &["ranges", "update", "--source", &id, "--source", &other_id],
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("HTTP 404"), "{stdout}");
    assert!(
        stdout.contains(&format!("{other_id}: 16 B, 1 prefix ✓")),
        "{stdout}"
    );
    assert_eq!(lookup_source(&s, "203.0.113.7")["source"], id.as_str());
    assert_eq!(
        lookup_source(&s, "2001:db8:1::1")["source"],
        other_id.as_str()
    );
}

#[test]
fn plain_http_mirror_off_this_machine_is_refused() {
    let s = setup("http://192.0.2.1/mirror/");
    let out = nuage(&s, &["ranges", "update", "--source", &s.a.0]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("plain http:// is refused") && stdout.contains("nothing imported yet"),
        "{stdout}"
    );
    assert!(!ranges_file(&s, &s.a.1).exists());
}

#[test]
fn a_misspelt_ranges_key_is_named() {
    let s = setup("http://127.0.0.1:9/");
    std::fs::write(&s.config, "[ranges]\nmirorr = \"https://example.net/\"\n").unwrap();
    let out = nuage(&s, &["ranges", "update"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("mirorr") && stderr.contains("line 2"),
        "{stderr}"
    );
}

#[test]
fn import_from_a_folder() {
    let s = setup("http://127.0.0.1:9/");
    let (id, file) = s.a.clone();
    let (other_id, other_file) = s.b.clone();
    let stick = s.data.parent().unwrap().join("stick");
    std::fs::create_dir_all(&stick).unwrap();

    let missing = stick.join("absent");
    let out = nuage(
        &s,
        &["ranges", "update", "--from", missing.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is not a folder"),
        "{}",
        text(&out.stderr)
    );

    // Nothing expected there: an error, not a silent success.
    let out = nuage(&s, &["ranges", "update", "--from", stick.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("none of the expected files"));

    std::fs::write(stick.join(&file), FOUR).unwrap();
    let out = nuage(&s, &["ranges", "update", "--from", stick.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains(&format!("{id}: 70 B, 4 prefixes ✓")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("{other_id}: {other_file} not in ")),
        "{stdout}"
    );
    assert_eq!(lookup_source(&s, "198.51.100.1")["source"], id.as_str());

    // Same validation as downloads: a bad file names itself and the old data stays.
    std::fs::write(stick.join(&file), b"192.0.2.0/24\n192.0.2.999/24\n").unwrap();
    let out = nuage(
        &s,
        &[
            "ranges",
            "update",
            "--from",
            stick.to_str().unwrap(),
            "--source",
            &id,
        ],
    );
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let named = stick.join(&file).display().to_string();
    assert!(
        stdout.contains(&named) && stdout.contains("line 2"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(ranges_file(&s, &file)).unwrap(), FOUR);

    // Importing the same file again changes nothing.
    std::fs::write(stick.join(&file), FOUR).unwrap();
    let out = nuage(&s, &["ranges", "update", "--from", stick.to_str().unwrap()]);
    assert!(text(&out.stdout).contains(&format!("{id}: unchanged, 4 prefixes")));

    let out = nuage(&s, &["ranges", "update", "--source", "no-such-source"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("“no-such-source”"));
}

#[test]
fn status_shows_age_counts_and_staleness() {
    let s = setup("http://127.0.0.1:9/");
    let (id, file) = s.a.clone();
    let (other_id, other_file) = s.b.clone();
    let stick = s.data.parent().unwrap().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    std::fs::write(stick.join(&file), FOUR).unwrap();
    assert!(
        nuage(&s, &["ranges", "update", "--from", stick.to_str().unwrap()])
            .status
            .success()
    );
    // Copied in by hand long ago: only its mtime dates it.
    let old = ranges_file(&s, &other_file);
    std::fs::write(&old, b"2001:db8::/32\n").unwrap();
    let long_ago = std::time::SystemTime::now() - Duration::from_secs(400 * 86_400);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();

    let out = nuage(&s, &["--json", "ranges", "status"]);
    assert!(out.status.success());
    let lines = json_lines(&out);
    let by_id = |want: &str| lines.iter().find(|l| l["source"] == want).unwrap().clone();
    let a = by_id(&id);
    assert_eq!(a["present"], true);
    assert_eq!(a["stale"], false);
    assert_eq!(a["date_from"], "updated");
    assert_eq!(a["age_days"], 0);
    assert_eq!((a["ipv4"].as_u64(), a["ipv6"].as_u64()), (Some(3), Some(1)));
    let b = by_id(&other_id);
    assert_eq!(b["stale"], true);
    assert_eq!(b["date_from"], "file-time");
    assert_eq!(b["age_days"], 400);
    let bundled = by_id("bundled");
    assert!(bundled["published_ipv4"].as_u64().unwrap() > 0);

    let out = nuage(&s, &["ranges", "status"]);
    let stdout = text(&out.stdout);
    let row = |want: &str| {
        stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(want))
            .unwrap()
            .to_string()
    };
    assert!(row(&id).ends_with(" ok"), "{stdout}");
    assert!(
        row(&other_id).contains("400 d") && row(&other_id).ends_with("STALE"),
        "{stdout}"
    );
    assert!(stdout.contains("Bundled snapshot:"), "{stdout}");
}

#[test]
fn a_second_update_at_once_is_refused() {
    let s = setup("http://127.0.0.1:9/");
    let ranges = s.data.join("ranges");
    std::fs::create_dir_all(&ranges).unwrap();
    let held = nuage::ranges::lock::lock(&ranges).unwrap();
    let out = nuage(&s, &["ranges", "update"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("another `nuage ranges update` is running"),
        "{}",
        text(&out.stderr)
    );
    drop(held);
}

#[test]
fn sources_lists_what_to_download_and_how_to_name_it() {
    let s = setup("http://127.0.0.1:9/");
    let out = nuage(&s, &["--json", "ranges", "sources"]);
    let listed = json_lines(&out);
    let out = nuage(&s, &["ranges", "sources"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success());
    assert!(stdout.starts_with("ID "), "{stdout}");
    for source in &listed {
        let id = source["id"].as_str().unwrap();
        let row = stdout
            .lines()
            .find(|l| l.split_whitespace().next() == Some(id))
            .unwrap();
        for key in ["file", "url", "format"] {
            assert!(row.contains(source[key].as_str().unwrap()), "{key}: {row}");
        }
        assert!(source["cadence_days"].as_u64().unwrap() > 0);
    }
    assert!(stdout.contains("update --from"), "{stdout}");
}

// ---------------------------------------------------------------------------------------
// Library level: discovery, gzip and templates need sources the bundled catalogue may not
// have in a testable form, so these use a catalogue of their own.

mod library {
    use super::*;
    use nuage::ranges::update::{Outcome, SourceReport, UpdateOptions, update_sources};
    use nuage::ranges::{Catalogue, Source};

    /// The catalogue only accepts https:// URLs, so sources are written against a stand-in
    /// host and pointed at the loopback server afterwards.
    const STAND_IN: &str = "https://loopback.invalid/";

    fn sources(text: &str, base: &str) -> Vec<Source> {
        let text = format!("[[provider]]\nid='p'\nname='P'\ncompany='P'\ngroup='cloud'\n{text}");
        let catalogue = Catalogue::from_toml(&text, "test").unwrap();
        catalogue
            .sources()
            .iter()
            .map(|s| Source {
                url: s.url.replace(STAND_IN, base),
                ..s.clone()
            })
            .collect()
    }

    fn run<'c>(
        sources: &'c [Source],
        dir: &Path,
        now: time::OffsetDateTime,
    ) -> Vec<SourceReport<'c>> {
        let options = UpdateOptions {
            only: &[],
            from: None,
            mirror: None,
            force: false,
            now,
        };
        let chosen: Vec<&Source> = sources.iter().collect();
        update_sources(&chosen, dir, &options, |_| {}).unwrap()
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn azure_discovery_gzip_and_month_fallback() {
        let server = Server::start();
        let base = &server.base;
        server.serve(
            "/details",
            format!(
                "<html><a href=\"https://example.com/ServiceTags_Public_20261123.json\">x</a>\
                 <a href=\"{base}files/ServiceTags_Public_20261123.json\">download</a></html>"
            )
            .as_bytes(),
            None,
        );
        server.serve(
            "/files/ServiceTags_Public_20261123.json",
            b"192.0.2.0/24\n",
            None,
        );
        // Only last month's file exists (early in the month, this one is not out yet).
        server.serve(
            "/db-2025-12.txt.gz",
            &gzip(b"198.51.100.0/24\n2001:db8::/32\n"),
            None,
        );
        let catalogue = sources(
            &format!(
                "[[source]]\nid='tags'\nprovider='p'\nurl='{STAND_IN}details'\n\
                 format='cidr-list'\nfile='tags.txt'\ncadence_days=7\n\
                 discover='azure-service-tags'\n\
                 [[source]]\nid='db'\nprovider='p'\nurl='{STAND_IN}db-{{YYYY}}-{{MM}}.txt.gz'\n\
                 format='cidr-list'\nfile='db.txt'\ncadence_days=30\ncompression='gzip'\n"
            ),
            base,
        );
        let dir = tempfile::tempdir().unwrap();
        let now = time::macros::datetime!(2026-01-02 08:00 UTC);
        let reports = run(&catalogue, dir.path(), now);
        for report in &reports {
            assert!(
                matches!(report.result, Ok(Outcome::Updated(_))),
                "{}: {:?}",
                report.source.id,
                report.result
            );
        }
        assert_eq!(
            std::fs::read(dir.path().join("tags.txt")).unwrap(),
            b"192.0.2.0/24\n"
        );
        assert_eq!(
            std::fs::read(dir.path().join("db.txt")).unwrap(),
            b"198.51.100.0/24\n2001:db8::/32\n"
        );
        assert_eq!(server.requests_for("/db-2026-01.txt.gz").len(), 1);

        // A page without a link fails that source, naming the page.
        server.serve("/details", b"<html>moved</html>", None);
        let reports = run(&catalogue, dir.path(), now);
        let err = reports[0].result.as_ref().unwrap_err().to_string();
        assert!(
            err.contains(&format!("{base}details")) && err.contains("ServiceTags_Public"),
            "{err}"
        );
        assert!(reports[0].kept_previous);

        // Garbage that claims to be gzip is refused and names the file.
        server.serve("/db-2026-01.txt.gz", b"\x1f\x8bnot really gzip", None);
        let reports = run(&catalogue, dir.path(), now);
        let err = reports[1].result.as_ref().unwrap_err().to_string();
        assert!(err.contains("db.txt") && err.contains("gzip"), "{err}");
        assert_eq!(
            std::fs::read(dir.path().join("db.txt")).unwrap(),
            b"198.51.100.0/24\n2001:db8::/32\n"
        );
    }
}
