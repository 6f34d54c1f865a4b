#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The binary's errors in the user's language, end to end: a bad argument, a bad config, a
//! missing, short or truncated capture file, no daemon, a report that is not one. Each
//! message must be translated and still name what was wrong and where (file, line, key).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs nuage in `dir` with that config text, no locale, an empty data dir and `args`.
fn nuage(dir: &Path, config: &str, args: &[&str]) -> Output {
    let config_path = dir.join("nuage.toml");
    std::fs::write(&config_path, config).unwrap();
    Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("--config")
        .arg(&config_path)
        .arg("--data-dir")
        .arg(dir.join("data"))
        .args(args)
        .env_remove("NUAGE_DATA_DIR")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", "C")
        .env("NUAGE_LOG", "error")
        .current_dir(root())
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn assert_has(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "{part:?} missing from:\n{text}");
    }
}

#[test]
fn a_bad_config_value_names_file_line_and_key_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let config = "place = \"Ateneu\"\n[daemon]\nflush-secs = 0\n";
    let out = nuage(
        dir.path(),
        config,
        &["--lang", "fr", "replay", "demo/household.pcap"],
    );
    assert_eq!(out.status.code(), Some(2));
    let text = stderr(&out);
    let path = dir.path().join("nuage.toml").display().to_string();
    assert_has(
        &text,
        &[
            "fichier de configuration",
            &path,
            "ligne 3",
            "daemon.flush-secs",
            "entre 1 et 3600",
        ],
    );
    assert!(!text.contains("must be"), "{text}");
}

#[test]
fn an_unknown_config_key_is_named_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let out = nuage(
        dir.path(),
        "place = \"x\"\n\nlna = []\n",
        &["--lang", "de", "lookup", "192.0.2.1"],
    );
    assert_eq!(out.status.code(), Some(2));
    let text = stderr(&out);
    assert_has(
        &text,
        &[
            "Konfigurationsdatei",
            "Zeile 3",
            "„lna“",
            "kennt nuage",
            "place",
        ],
    );
    assert!(!text.contains("unknown field"), "{text}");
    // The config's own language is not known when the config is what failed: the locale
    // then decides (here C, so English).
    let out = nuage(
        dir.path(),
        "lang = \"fr\"\nlna = []\n",
        &["lookup", "192.0.2.1"],
    );
    assert_has(&stderr(&out), &["config file", "line 2", "“lna”"]);
}

#[test]
fn a_bad_argument_is_refused_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let out = nuage(
        dir.path(),
        "",
        &[
            "--lang",
            "de",
            "run",
            "--flush-secs",
            "0",
            "--pcap",
            "x.pcap",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_has(
        &stderr(&out),
        &["--flush-secs 0", "erlaubt sind 1 bis 3600 Sekunden"],
    );
    let out = nuage(
        dir.path(),
        "",
        &["--lang", "fr", "report", "--day", "31/02/2027"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_has(
        &stderr(&out),
        &["--day", "« 31/02/2027 »", "n’est pas une date"],
    );
}

#[test]
fn capture_files_missing_short_or_cut_are_named_in_french_and_german() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("absent.pcap");
    let short = dir.path().join("short.pcap");
    std::fs::write(&short, [0xd4, 0xc3]).unwrap();
    // A classic pcap header, then a record that promises 60 bytes and holds 4.
    let cut = dir.path().join("cut.pcap");
    let mut bytes = vec![0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0];
    bytes.extend([0; 8]);
    bytes.extend(65_535u32.to_le_bytes());
    bytes.extend(1u32.to_le_bytes());
    bytes.extend([0; 8]);
    bytes.extend(60u32.to_le_bytes());
    bytes.extend(60u32.to_le_bytes());
    bytes.extend([1, 2, 3, 4]);
    std::fs::write(&cut, bytes).unwrap();

    let out = nuage(
        dir.path(),
        "",
        &["--lang", "fr", "replay", missing.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_has(
        &stderr(&out),
        &[
            "impossible d’ouvrir le fichier de capture",
            missing.to_str().unwrap(),
        ],
    );

    let out = nuage(
        dir.path(),
        "",
        &[
            "--lang",
            "de",
            "replay",
            short.to_str().unwrap(),
            cut.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    assert_has(
        &text,
        &[
            short.to_str().unwrap(),
            "nur 2 Bytes lang",
            cut.to_str().unwrap(),
            "abgeschnitten oder beschädigt",
            "Byte 24",
            "nach 0 Paketen",
        ],
    );
    assert!(!text.contains("is truncated or corrupt"), "{text}");
    // JSON stays English: it is an interface, not text.
    let out = nuage(
        dir.path(),
        "",
        &["--lang", "de", "--json", "replay", short.to_str().unwrap()],
    );
    let summary: serde_json::Value =
        serde_json::from_str(String::from_utf8(out.stdout).unwrap().trim()).unwrap();
    let error = summary["files"][0]["error"].as_str().unwrap();
    assert!(error.contains("too short"), "{error}");
}

#[test]
fn no_daemon_is_explained_with_the_socket_and_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("none.sock");
    let socket = socket.to_str().unwrap();
    let out = nuage(dir.path(), "", &["--lang", "fr", "--socket", socket, "top"]);
    assert_eq!(out.status.code(), Some(2));
    assert_has(
        &stderr(&out),
        &["`nuage run` tourne-t-il", "aucun service nuage à", socket],
    );
    let out = nuage(dir.path(), "", &["--lang", "el", "--socket", socket, "top"]);
    assert_has(&stderr(&out), &["τρέχει το `nuage run`", socket]);
}

#[test]
fn a_report_that_is_not_one_is_named_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let bogus = dir.path().join("bogus.json");
    std::fs::write(&bogus, "{\"hello\": 1}").unwrap();
    let out = nuage(
        dir.path(),
        "",
        &["--lang", "de", "report", "merge", bogus.to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_has(
        &stderr(&out),
        &[bogus.to_str().unwrap(), "hat keine schema_version"],
    );
}

#[test]
fn an_unusable_provider_list_says_why_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let ranges = dir.path().join("data/ranges");
    std::fs::create_dir_all(&ranges).unwrap();
    std::fs::write(ranges.join("aws.json"), "{ not json").unwrap();
    // A folder where the file should be: present, but it cannot be read.
    std::fs::create_dir(ranges.join("google-goog.json")).unwrap();
    let out = nuage(dir.path(), "", &["--lang", "es", "ranges", "status"]);
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let line = |id: &str| {
        stdout
            .lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_else(|| panic!("no {id} row in\n{stdout}"))
            .to_string()
    };
    let aws = line("aws ");
    assert_has(&aws, &["aws.json", "no válido"]);
    let goog = line("google-goog ");
    assert_has(
        &goog,
        &[
            "no se puede leer",
            "google-goog.json",
            "es una carpeta, no un archivo",
        ],
    );
    assert!(!stdout.contains("cannot read") && !stdout.contains("Is a directory"));
    // JSON keeps the English text, for scripts.
    let out = nuage(
        dir.path(),
        "",
        &["--lang", "es", "--json", "ranges", "status"],
    );
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(json.contains("cannot read"), "{json}");
}

#[test]
fn rows_the_database_did_not_take_are_told_with_a_translated_reason() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // A folder where the database file should be: every write fails, counting goes on.
    std::fs::create_dir_all(data.join("nuage.db")).unwrap();
    let config = dir.path().join("nuage.toml");
    std::fs::write(&config, "[daemon]\ntz = \"UTC\"\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["--lang", "el", "--data-dir"])
        .arg(&data)
        .arg("--config")
        .arg(&config)
        .arg("--socket")
        .arg(dir.path().join("nuage.sock"))
        .args(["run", "--pcap", "demo/household.pcap", "--speed", "max"])
        .env_remove("NUAGE_DATA_DIR")
        .env("LC_ALL", "C")
        .env("NUAGE_LOG", "off")
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    assert_has(
        &text,
        &["nuage run: ", "nuage.db", "δεν ανοίγει ούτε δημιουργείται"],
    );
    assert!(
        !text.contains("cannot open") && !text.contains("opening"),
        "{text}"
    );
}
