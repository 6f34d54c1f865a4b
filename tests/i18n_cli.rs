#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The language of the binary end to end: the `nuage replay` summary of the demo household
//! in each of the nine languages against golden files, how `--lang`, the config and the
//! locale variables decide, and the notice for an unknown `--lang`.
//!
//! After a deliberate change to the summary or the translations, rewrite the golden files
//! with `UPDATE_GOLDEN=1 cargo test --test i18n_cli` and read the diff before committing.

use std::path::PathBuf;
use std::process::{Command, Output};

use nuage::i18n::Lang;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs nuage with no locale but the one given, an empty data dir (the bundled ranges only)
/// and the given config text.
fn nuage(config: &str, locale: &str, args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let config_path = dir.path().join("nuage.toml");
    std::fs::write(&config_path, config).unwrap();
    Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("--config")
        .arg(&config_path)
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .args(args)
        .env_remove("NUAGE_DATA_DIR")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("LC_ALL", locale)
        .env("NUAGE_LOG", "error")
        .current_dir(root())
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn replay_demo(config: &str, locale: &str, lang: Option<&str>) -> Output {
    let mut args = Vec::new();
    if let Some(lang) = lang {
        args.extend(["--lang", lang]);
    }
    args.extend(["replay", "demo/household.pcap"]);
    nuage(config, locale, &args)
}

fn golden(lang: Lang) -> PathBuf {
    root().join(format!("tests/golden/replay-household.{}.txt", lang.code()))
}

#[test]
fn replay_summary_in_every_language_matches_its_golden_file() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatched = Vec::new();
    for lang in Lang::ALL {
        let out = replay_demo("", "C", Some(lang.code()));
        assert!(out.status.success(), "{lang}: {}", text(&out.stderr));
        let got = text(&out.stdout);
        let path = golden(lang);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_GOLDEN=1 writes it)", path.display()));
        if got != want {
            eprintln!("--- {} differs; got:\n{got}", path.display());
            mismatched.push(lang.code());
        }
    }
    assert!(mismatched.is_empty(), "summaries differ for {mismatched:?}");
}

#[test]
fn golden_summaries_are_really_in_their_language() {
    // Guards the golden files themselves: a few words each language must show.
    let expect = [
        (
            Lang::En,
            ["By provider:", "Big Tech Cloud", "19,471 frames"],
        ),
        (Lang::Es, ["Por proveedor:", "Big Tech", "19.471 tramas"]),
        (Lang::Ca, ["Per proveïdor:", "Big Tech", "19.471 trames"]),
        (
            Lang::Fr,
            ["Par fournisseur\u{a0}:", "GAFAM", "19\u{a0}471 trames"],
        ),
        (
            Lang::De,
            ["Nach Anbieter:", "Big-Tech-Cloud", "19.471 Frames"],
        ),
        (
            Lang::Pt,
            ["Por fornecedor:", "Big Tech", "19\u{a0}471 tramas"],
        ),
        (
            Lang::El,
            ["Ανά πάροχο:", "τεχνολογικών κολοσσών", "19.471 πλαίσια"],
        ),
        (
            Lang::Ro,
            ["Pe furnizori:", "giganților tech", "19.471 de cadre"],
        ),
        (Lang::It, ["Per fornitore:", "Big Tech", "19.471 frame"]),
    ];
    for (lang, words) in expect {
        let Ok(golden) = std::fs::read_to_string(golden(lang)) else {
            panic!("{lang}: golden file missing");
        };
        for word in words {
            assert!(
                golden.contains(word),
                "{lang}: {word:?} missing from\n{golden}"
            );
        }
    }
}

#[test]
fn flag_beats_config_beats_locale() {
    let first_line = |out: &Output| text(&out.stdout).lines().next().unwrap_or("").to_string();
    // The locale alone.
    let out = replay_demo("", "it_IT.UTF-8", None);
    assert!(
        first_line(&out).starts_with("Catturato dal"),
        "{}",
        first_line(&out)
    );
    // The config over the locale.
    let out = replay_demo("lang = \"de\"\n", "it_IT.UTF-8", None);
    assert!(
        first_line(&out).starts_with("Mitgeschnitten"),
        "{}",
        first_line(&out)
    );
    // The flag over both.
    let out = replay_demo("lang = \"de\"\n", "it_IT.UTF-8", Some("el"));
    assert!(
        first_line(&out).starts_with("Καταγραφή"),
        "{}",
        first_line(&out)
    );
    // POSIX locales mean English; so does a language nuage lacks.
    for locale in ["C", "POSIX", "ja_JP.UTF-8"] {
        let out = replay_demo("", locale, None);
        assert!(first_line(&out).starts_with("Captured"), "{locale}");
        assert!(out.stderr.is_empty(), "{locale}: {}", text(&out.stderr));
    }
}

#[test]
fn unknown_lang_falls_back_to_english_with_a_notice() {
    let out = replay_demo("", "C", Some("xx"));
    assert!(out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("unknown language “xx”") && stderr.contains("en, es, ca, fr"),
        "{stderr}"
    );
    assert!(text(&out.stdout).starts_with("Captured"));
    // The notice speaks the user's language when the locale says which; the run is English.
    let out = replay_demo("", "fr_FR.UTF-8", Some("xx"));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("langue inconnue"), "{stderr}");
    assert!(text(&out.stdout).starts_with("Captured"));
}

#[test]
fn a_config_lang_nuage_lacks_is_an_error_naming_the_line() {
    let out = replay_demo("place = \"Ateneu\"\nlang = \"gr\"\n", "C", None);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("line 2") && stderr.contains("“gr”") && stderr.contains("el"),
        "{stderr}"
    );
}

#[test]
fn lookup_and_ranges_speak_the_language() {
    let out = nuage("", "C", &["--lang", "es", "lookup", "not-an-ip"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("no es una dirección IPv4 ni IPv6"),
        "{}",
        text(&out.stderr)
    );
    let out = nuage("", "C", &["--lang", "de", "lookup"]);
    assert!(
        text(&out.stderr).contains("Adressen an"),
        "{}",
        text(&out.stderr)
    );
    let out = nuage("", "ca_ES.UTF-8", &["ranges", "sources"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success());
    assert!(
        stdout.starts_with("ID") && stdout.contains("PROVEÏDOR") && stdout.contains("DESA COM A"),
        "{stdout}"
    );
    let out = nuage("", "C", &["--lang", "fr", "ranges", "status"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("Instantané intégré\u{a0}:") && stdout.contains("non importée"),
        "{stdout}"
    );
    // JSON stays English and stable, whatever the language.
    let out = nuage("", "C", &["--lang", "el", "--json", "ranges", "sources"]);
    let first: serde_json::Value =
        serde_json::from_str(text(&out.stdout).lines().next().unwrap()).unwrap();
    assert!(first.get("id").is_some() && first.get("url").is_some());
}

/// nuage with only the locale variables given (no config, no flag before the arguments).
fn nuage_env(vars: &[(&str, &str)], args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_nuage"));
    command
        .args(["--config", "/nonexistent/nuage.toml"])
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NUAGE_DATA_DIR", dir.path())
        .env("NUAGE_LOG", "error")
        .current_dir(root());
    for (k, v) in vars {
        command.env(k, v);
    }
    command.output().unwrap()
}

#[test]
fn clap_mistakes_are_told_in_the_flags_language_with_exit_code_2() {
    let out = nuage("", "C", &["--lang", "fr", "--bogus", "top"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("argument inattendu «\u{a0}--bogus\u{a0}»")
            && stderr.contains("Utilisation\u{a0}: nuage")
            && stderr.contains("essayez «\u{a0}--help\u{a0}»"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("unexpected") && !stderr.contains("error:"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
    // A typo in a command, with clap's suggestion.
    let out = nuage("", "C", &["--lang=el", "lokup", "8.8.8.8"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("άγνωστη εντολή «lokup»") && stderr.contains("lookup"),
        "{stderr}"
    );
    // nuage's own value parsers.
    let out = nuage("", "C", &["--lang", "it", "demo", "--from", "25:00"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("--from <HH:MM>: «25:00» non è un’ora del giorno"),
        "{stderr}"
    );
}

#[test]
fn clap_mistakes_follow_the_locale_and_the_config_when_no_flag_says() {
    let out = nuage_env(&[("LANG", "de_DE.UTF-8")], &["replay"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("diese nötigen Argumente fehlen:")
            && stderr.contains("<FILE>")
            && stderr.contains("Aufruf: nuage replay"),
        "{stderr}"
    );
    let out = nuage_env(
        &[("LC_ALL", "ro_RO.UTF-8"), ("LANG", "de_DE.UTF-8")],
        &["report", "--format", "pdf"],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("format necunoscut „pdf”"), "{stderr}");
    // The config's language, read before clap has parsed --config.
    let out = nuage("lang = \"pt\"\n", "de_DE.UTF-8", &["lookup", "--stdn"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("argumento inesperado «--stdn»") && stderr.contains("--stdin"),
        "{stderr}"
    );
}

#[test]
fn clap_mistakes_with_an_unknown_lang_are_english_after_the_notice() {
    let out = nuage("", "fr_FR.UTF-8", &["--lang", "xx", "--bogus", "top"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("langue inconnue"), "{stderr}");
    assert!(
        stderr.contains("unexpected argument “--bogus”") && stderr.contains("Usage: nuage"),
        "{stderr}"
    );
}

#[test]
fn help_and_version_go_to_standard_output_with_exit_code_0() {
    let out = nuage("", "fr_FR.UTF-8", &["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("nuage"));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let out = nuage("", "C", &["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("nuage "));
}

#[test]
fn help_speaks_the_language_of_lang() {
    let out = nuage_env(&[("LANG", "C")], &["--lang", "fr", "--help"]);
    assert!(out.status.success(), "{out:?}");
    let help = text(&out.stdout);
    assert!(
        help.contains("Combien avons-nous dépendu du cloud des GAFAM aujourd'hui ?"),
        "{help}"
    );
    assert!(help.contains("Langue des messages : en, es, ca"), "{help}");
    assert!(help.contains("Afficher la version"), "{help}");
    assert!(
        help.contains("Utilisation\u{a0}: nuage [OPTIONS] <COMMAND>"),
        "{help}"
    );
    assert!(
        !help.contains("Print help") && !help.contains("Options:"),
        "{help}"
    );
}

#[test]
fn help_of_a_command_follows_the_locale() {
    let out = nuage_env(&[("LANG", "de_DE.UTF-8")], &["run", "--help"]);
    assert!(out.status.success(), "{out:?}");
    let help = text(&out.stdout);
    assert!(
        help.contains("Als Dienst laufen: mitschneiden, zählen und die Zahlen"),
        "{help}"
    );
    assert!(
        help.contains("Beispiele:\n  nuage run --interface eth0"),
        "{help}"
    );
    assert!(help.contains("Optionen:"), "{help}");
    assert!(help.contains("Mit --pcap: N-fache Echtzeit"), "{help}");
    assert!(help.contains("Aufruf: nuage run [OPTIONS]"), "{help}");
}

#[test]
fn help_stays_english_under_the_c_locale() {
    let out = nuage_env(&[("LANG", "C")], &["--help"]);
    assert!(out.status.success(), "{out:?}");
    let help = text(&out.stdout);
    for line in [
        "How much did we lean on the Big Tech Cloud today?",
        "Usage: nuage [OPTIONS] <COMMAND>",
        "Commands:",
        "  lookup  Which provider serves an address, and why",
        "Options:",
        "Print version",
        "Print help (see a summary with '-h')",
    ] {
        assert!(help.contains(line), "{line:?} missing from:\n{help}");
    }
    let out = nuage_env(&[("LANG", "C")], &["lookup", "-h"]);
    let help = text(&out.stdout);
    assert!(
        help.contains("Arguments:\n  [ADDRESS]...  Addresses to look up"),
        "{help}"
    );
    assert!(
        help.contains("Print help (see more with '--help')"),
        "{help}"
    );
}
