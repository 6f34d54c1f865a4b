//! What can be wrong with a config file, and where: the line and the key, with the problem
//! as data, so the command line can say it in the user's language (`i18n::errors`) while
//! `Display` stays English for logs.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

use crate::i18n::Lang;

use super::{CAPTURE_BUFFER_MIB_RANGE, FLUSH_SECS_RANGE, daemon::MIN_PENDING_ROWS};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config {path}: {}{problem}", Line(*line))]
    Invalid {
        path: PathBuf,
        /// 1-based line of the fault, when it can be found.
        line: Option<usize>,
        /// The dotted key at fault (`daemon.flush-secs`), when there is one.
        key: Option<String>,
        problem: ConfigProblem,
    },
}

/// `line 3: `, or nothing.
struct Line(Option<usize>);

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(line) => write!(f, "line {line}: "),
            None => Ok(()),
        }
    }
}

/// The fault itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigProblem {
    /// A key nuage does not know (a typo); `expected` lists the keys of that table.
    #[error("unknown field `{key}`, expected one of {}", backticked(expected))]
    UnknownKey { key: String, expected: Vec<String> },
    #[error("unknown language {name:?} (nuage speaks {})", Lang::all_codes())]
    UnknownLang { name: String },
    #[error(
        "flush-secs = {value}: must be between {} and {} seconds",
        FLUSH_SECS_RANGE.start(),
        FLUSH_SECS_RANGE.end()
    )]
    FlushSecs { value: u32 },
    #[error(
        "capture-buffer-mib = {value}: must be between {} and {} MiB",
        CAPTURE_BUFFER_MIB_RANGE.start(),
        CAPTURE_BUFFER_MIB_RANGE.end()
    )]
    CaptureBufferMib { value: u32 },
    /// `minute-days` or `hourly-days` set to 0.
    #[error("{key} = 0: days must be at least 1 (0 would delete every row at once)")]
    ZeroDays { key: &'static str },
    #[error("max-pending-rows = {value}: must be at least {MIN_PENDING_ROWS}")]
    TooFewPendingRows { value: usize },
    #[error(
        "provider-ranges[{index}]: prefix {prefix} has host bits set (did you mean {network}?)"
    )]
    HostBits {
        index: usize,
        prefix: String,
        network: String,
    },
    #[error(
        "control.socket must be a path of 1 to {} bytes, got {len}",
        crate::control::MAX_SOCKET_PATH
    )]
    SocketLength { len: usize },
    #[error(
        "metrics.listen = \"{listen}\" is reachable from other machines; use 127.0.0.1 (or ::1), or add allow-remote = true under [metrics]"
    )]
    MetricsRemote { listen: SocketAddr },
    /// What the TOML reader said (a syntax error, a value of the wrong type), in its words.
    #[error("{message}")]
    Toml { message: String },
}

fn backticked(keys: &[String]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl ConfigProblem {
    /// Reads what serde and toml said about `value_text` (the text the error points at).
    pub(super) fn from_toml(message: &str, key: Option<&str>, value_text: &str) -> Self {
        // serde: "unknown field `lna`, expected one of `place`, `lan`" (or "expected `x`",
        // or "there are no fields").
        if let Some(rest) = message.strip_prefix("unknown field `")
            && let Some((key, rest)) = rest.split_once('`')
        {
            let expected = rest
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            return ConfigProblem::UnknownKey {
                key: key.to_string(),
                expected,
            };
        }
        let name = value_text.trim().trim_matches(['"', '\'']);
        if key.is_some_and(|k| k == "lang") && Lang::from_locale(name).is_none() {
            return ConfigProblem::UnknownLang {
                name: name.to_string(),
            };
        }
        ConfigProblem::Toml {
            message: message.to_string(),
        }
    }
}

/// The dotted key on the line holding byte `offset`: `daemon.flush-secs`, `place`; the table
/// itself on a `[table]` line; `None` when the line has no key.
pub(super) fn key_at(text: &str, offset: usize) -> Option<String> {
    let mut table = String::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let trimmed = line.trim();
        let header = trimmed
            .strip_prefix("[[")
            .and_then(|l| l.strip_suffix("]]"))
            .or_else(|| trimmed.strip_prefix('[').and_then(|l| l.strip_suffix(']')));
        if let Some(name) = header {
            table = name.trim().to_string();
            if offset < end {
                return Some(table);
            }
        } else if offset < end {
            let (key, _) = trimmed.split_once('=')?;
            let key = key.trim().trim_matches('"');
            return Some(if table.is_empty() {
                key.to_string()
            } else {
                format!("{table}.{key}")
            });
        }
        start = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_with_their_table() {
        let text =
            "place = \"x\"\n[daemon]\n flush-secs = 0\n[[provider-ranges]]\nprefix = \"a\"\n";
        assert_eq!(key_at(text, 2).as_deref(), Some("place"));
        assert_eq!(
            key_at(text, text.find("0\n").unwrap()).as_deref(),
            Some("daemon.flush-secs")
        );
        assert_eq!(
            key_at(text, text.find("[[").unwrap()).as_deref(),
            Some("provider-ranges")
        );
        assert_eq!(
            key_at(text, text.find("\"a\"").unwrap()).as_deref(),
            Some("provider-ranges.prefix")
        );
        assert_eq!(key_at(text, text.len() + 5), None);
    }

    #[test]
    fn serde_messages_become_problems() {
        let unknown = ConfigProblem::from_toml(
            "unknown field `lna`, expected one of `place`, `lan`",
            Some("lna"),
            "lna",
        );
        assert_eq!(
            unknown,
            ConfigProblem::UnknownKey {
                key: "lna".into(),
                expected: vec!["place".into(), "lan".into()]
            }
        );
        assert_eq!(
            unknown.to_string(),
            "unknown field `lna`, expected one of `place`, `lan`"
        );
        assert_eq!(
            ConfigProblem::from_toml("unknown language \"gr\"", Some("lang"), "\"gr\""),
            ConfigProblem::UnknownLang { name: "gr".into() }
        );
        assert!(matches!(
            ConfigProblem::from_toml(
                "invalid type: integer `3`, expected a string",
                Some("place"),
                "3"
            ),
            ConfigProblem::Toml { .. }
        ));
    }
}
