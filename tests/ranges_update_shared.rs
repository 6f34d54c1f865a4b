//! `nuage ranges update --from` with the real official files in `../shared` (copied at test
//! time into a temporary folder under the names `nuage ranges sources` gives): every one must
//! validate and swap in, importing them again must change nothing, and `status` must count
//! what was imported. Passes with a note
//! when `../shared` is absent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/shared.rs"]
mod shared;
use shared::shared_root;
use std::path::PathBuf;
use std::process::{Command, Output};

fn shared_dir() -> Option<PathBuf> {
    shared_root("data/provider-ranges")
}

/// Source id → files in `data/provider-ranges/` (joined in order when several).
const REAL_FILES: &[(&str, &[&str])] = &[
    ("aws", &["aws/ip-ranges.json"]),
    ("google-goog", &["google/goog.2024-04.json"]),
    ("google-cloud", &["google/cloud.json"]),
    ("cloudflare-v4", &["cloudflare/ips-v4.txt"]),
    ("cloudflare-v6", &["cloudflare/ips-v6.txt"]),
    (
        "akamai",
        &[
            "akamai/akamai_ipv4_CIDRs.txt",
            "akamai/akamai_ipv6_CIDRs.txt",
        ],
    ),
    ("oracle", &["oracle/public_ip_ranges.json"]),
    ("digitalocean", &["digitalocean/google.csv"]),
    ("linode", &["linode/geoip.linode.com.csv"]),
];

fn nuage(data: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("--data-dir")
        .arg(data)
        .arg("--config")
        .arg(data.join("nuage.toml"))
        .args(args)
        .env_remove("NUAGE_DATA_DIR")
        .output()
        .unwrap()
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn real_official_files_import_and_reimport_unchanged() {
    let Some(shared) = shared_dir() else {
        eprintln!("note: ../shared is absent; skipping the real-files import test");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    // An empty config file: no mirror, no overrides.
    std::fs::write(data.join("nuage.toml"), "").unwrap();
    let listed = json_lines(&nuage(&data, &["--json", "ranges", "sources"]));
    let stick = tmp.path().join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    let mut expected = Vec::new();
    for (id, parts) in REAL_FILES {
        let Some(source) = listed.iter().find(|s| s["id"] == *id) else {
            continue;
        };
        let mut bytes = Vec::new();
        for part in *parts {
            let path = shared.join("data/provider-ranges").join(part);
            let Ok(mut content) = std::fs::read(&path) else {
                continue;
            };
            if !content.ends_with(b"\n") {
                content.push(b'\n');
            }
            bytes.extend(content);
        }
        if bytes.is_empty() {
            continue;
        }
        std::fs::write(stick.join(source["file"].as_str().unwrap()), bytes).unwrap();
        expected.push(id.to_string());
    }
    assert!(!expected.is_empty(), "no real file matched the catalogue");

    let out = nuage(
        &data,
        &[
            "--json",
            "ranges",
            "update",
            "--from",
            stick.to_str().unwrap(),
        ],
    );
    let lines = json_lines(&out);
    for id in &expected {
        let line = lines.iter().find(|l| l["source"] == id.as_str()).unwrap();
        assert_eq!(line["status"], "updated", "{line}");
        assert!(line["prefixes"].as_u64().unwrap() > 0, "{line}");
    }
    assert!(out.status.success(), "{lines:?}");

    let again = json_lines(&nuage(
        &data,
        &[
            "--json",
            "ranges",
            "update",
            "--from",
            stick.to_str().unwrap(),
        ],
    ));
    for id in &expected {
        let line = again.iter().find(|l| l["source"] == id.as_str()).unwrap();
        assert_eq!(line["status"], "unchanged", "{line}");
    }

    let status = json_lines(&nuage(&data, &["--json", "ranges", "status"]));
    for id in &expected {
        let line = status.iter().find(|l| l["source"] == id.as_str()).unwrap();
        let imported = lines.iter().find(|l| l["source"] == id.as_str()).unwrap();
        assert_eq!(line["present"], true, "{line}");
        assert_eq!(line["error"], serde_json::Value::Null, "{line}");
        assert_eq!(
            line["ipv4"].as_u64().unwrap() + line["ipv6"].as_u64().unwrap(),
            imported["prefixes"].as_u64().unwrap(),
            "{line}"
        );
    }
}
