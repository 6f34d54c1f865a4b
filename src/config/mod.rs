//! The configuration file (`/etc/nuage/nuage.toml` or `--config`).
//!
//! Unknown keys are refused, and every error names the file, the line and the key, so a typo
//! never silently changes what nuage counts.

mod daemon;
mod error;

pub use daemon::{
    CAPTURE_BUFFER_MIB_RANGE, DEFAULT_CAPTURE_BUFFER_MIB, DaemonConfig, FLUSH_SECS_RANGE,
    MIN_PENDING_ROWS, StoreConfig,
};
pub use error::{ConfigError, ConfigProblem};

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use ipnetwork::IpNetwork;
use serde::Deserialize;

use crate::flow::{FlowLimits, MacAddr};
use crate::i18n::Lang;
use crate::ranges::Group;

/// Where nuage looks for its config when `--config` is not given.
pub const DEFAULT_CONFIG_PATH: &str = "/etc/nuage/nuage.toml";

/// How much nuage keeps and shows about devices and names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Privacy {
    /// Devices by MAC and the names they announce; full host names of flows.
    #[serde(alias = "devices")]
    Full,
    /// Devices by a stable pseudonym (no MAC, no announced name); services and registrable
    /// domains, never full host names. The household default: who-uses-what stays private.
    #[default]
    DevicesAnonymous,
    /// Totals per provider and service only; no per-device data at all (a community centre
    /// with visitors' devices).
    #[serde(alias = "household")]
    Aggregate,
}

impl Privacy {
    pub fn id(self) -> &'static str {
        match self {
            Privacy::Full => "full",
            Privacy::DevicesAnonymous => "devices-anonymous",
            Privacy::Aggregate => "aggregate",
        }
    }
}

/// "This prefix is ours" (or anyone's): a user override of provider attribution.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeOverride {
    pub prefix: IpNetwork,
    /// A catalogue provider id, or a new id of the user's own.
    pub provider: String,
    /// Display name, required for a provider the catalogue does not know.
    #[serde(default)]
    pub name: Option<String>,
    /// Group for a provider the catalogue does not know [default: other].
    #[serde(default)]
    pub group: Option<Group>,
    #[serde(default)]
    pub product: Option<String>,
}

/// The whole file; every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Name of the place, shown in the dashboard and reports.
    #[serde(default)]
    pub place: Option<String>,
    /// Extra prefixes that count as the local network.
    #[serde(default)]
    pub lan: Vec<IpNetwork>,
    #[serde(default)]
    pub privacy: Privacy,
    /// User overrides of provider attribution; they win over every list.
    #[serde(default)]
    pub provider_ranges: Vec<RangeOverride>,
    /// Names of devices by MAC: `devices = { "aa:bb:cc:dd:ee:ff" = "Kitchen laptop" }`.
    #[serde(default)]
    pub devices: BTreeMap<MacAddr, String>,
    /// Flow table cap and idle timeouts (`[flows]`: max-flows, tcp-idle-secs…).
    #[serde(default)]
    pub flows: FlowLimits,
    #[serde(default)]
    pub ranges: RangesConfig,
    /// Language of messages, dashboard and reports (`en`, `es`, `ca`, `fr`, `de`, `pt`,
    /// `el`, `ro`, `it`); `--lang` wins over it, and it wins over the locale variables.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// `[daemon]`: what `nuage run` captures and how often it writes.
    #[serde(default)]
    pub daemon: DaemonConfig,
    /// `[store]`: how long the database keeps its rows.
    #[serde(default)]
    pub store: StoreConfig,
    #[serde(default)]
    pub control: ControlConfig,
    #[serde(default)]
    pub metrics: MetricsConfig,
}

/// `[control]`: the local socket dashboards and `nuage report` talk to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ControlConfig {
    /// Socket path [default: /run/nuage/nuage.sock for root, else
    /// $XDG_RUNTIME_DIR/nuage/nuage.sock]; `--socket` wins over it.
    #[serde(default)]
    pub socket: Option<PathBuf>,
}

/// `[metrics]`: optional Prometheus exposition, off unless `listen` is set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MetricsConfig {
    /// Address to serve `GET /metrics` on (`127.0.0.1:9847`).
    #[serde(default)]
    pub listen: Option<SocketAddr>,
    /// Allow a `listen` address other machines can reach: the counters say how the
    /// household uses the Internet, so this must be asked for.
    #[serde(default)]
    pub allow_remote: bool,
}

/// `[ranges]`: how official range files are fetched.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangesConfig {
    /// Fetch every source from `<mirror>/<file>` (file names as `nuage ranges sources`
    /// lists them) instead of the providers' sites: a copy on a community network's server.
    /// Must be https://, or http:// to this machine (127.0.0.0/8, ::1, localhost).
    #[serde(default)]
    pub mirror: Option<String>,
    /// An ASN database (MaxMind DB: DB-IP ASN Lite, GeoLite2-ASN) consulted when no range
    /// matches an address. Without it nuage looks in the data dir and the GeoIP folders.
    #[serde(default, rename = "asn-mmdb", alias = "asn_mmdb")]
    pub asn_mmdb: Option<PathBuf>,
}

impl Config {
    /// Loads `path`; with `None`, the default path if it exists, else the defaults.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        let (path, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from(DEFAULT_CONFIG_PATH), false),
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => Self::parse(&text, &path),
            Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(source) => Err(ConfigError::Read { path, source }),
        }
    }

    /// Parses config text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let invalid = |line: Option<usize>, key: Option<String>, problem: ConfigProblem| {
            ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                key,
                problem,
            }
        };
        // A check on `key` in `[table]`, located by its line.
        let at = |table: &str, key: &str, problem: ConfigProblem| {
            let dotted = if table.is_empty() {
                key.to_string()
            } else {
                format!("{table}.{key}")
            };
            invalid(line_of(text, table, key), Some(dotted), problem)
        };
        let config: Config = toml::from_str(text).map_err(|e| {
            let span = e.span();
            let start = span.as_ref().map(|s| s.start.min(text.len()));
            let line = start.map(|start| text[..start].matches('\n').count() + 1);
            let key = start.and_then(|start| error::key_at(text, start));
            let value = span
                .and_then(|s| text.get(s.start..s.end.min(text.len())))
                .unwrap_or_default();
            let problem = ConfigProblem::from_toml(e.message().trim(), key.as_deref(), value);
            invalid(line, key, problem)
        })?;
        for (i, o) in config.provider_ranges.iter().enumerate() {
            if o.prefix.network() != o.prefix.ip() {
                return Err(invalid(
                    None,
                    Some(format!("provider-ranges[{i}].prefix")),
                    ConfigProblem::HostBits {
                        index: i,
                        prefix: o.prefix.to_string(),
                        network: format!("{}/{}", o.prefix.network(), o.prefix.prefix()),
                    },
                ));
            }
        }
        if let Some(socket) = &config.control.socket {
            let len = socket.as_os_str().len();
            if len == 0 || len > crate::control::MAX_SOCKET_PATH {
                return Err(at("control", "socket", ConfigProblem::SocketLength { len }));
            }
        }
        if let Some(listen) = config.metrics.listen {
            if !listen.ip().is_loopback() && !config.metrics.allow_remote {
                return Err(at(
                    "metrics",
                    "listen",
                    ConfigProblem::MetricsRemote { listen },
                ));
            }
        }
        if let Some((table, key, problem)) = config.daemon.check().or_else(|| config.store.check())
        {
            return Err(at(table, key, problem));
        }
        Ok(config)
    }
}

/// The line of `key` in `[table]` (`""`: the top level), when it can be found.
fn line_of(text: &str, table: &str, key: &str) -> Option<usize> {
    let mut current = "";
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = name.trim();
        } else if current == table
            && line
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return Some(i + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_example_parses() {
        let c = Config::parse(
            "place = \"Ateneu\"\nlan = [\"192.0.2.0/24\"]\nprivacy = \"full\"\n\n[[provider-ranges]]\nprefix = \"198.51.100.0/24\"\nprovider = \"our-server\"\nname = \"Our server\"\n",
            Path::new("n.toml"),
        )
        .unwrap();
        assert_eq!(c.place.as_deref(), Some("Ateneu"));
        assert_eq!(c.provider_ranges[0].provider, "our-server");
        assert_eq!(c.privacy, Privacy::Full);
    }

    #[test]
    fn language_is_checked() {
        let c = Config::parse("lang = \"ca\"\n", Path::new("n.toml")).unwrap();
        assert_eq!(c.lang, Some(Lang::Ca));
        let c = Config::parse("lang = \"el_GR.UTF-8\"\n", Path::new("n.toml")).unwrap();
        assert_eq!(c.lang, Some(Lang::El));
        let err = Config::parse("place = \"x\"\nlang = \"gr\"\n", Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 2") && err.contains("\"gr\"") && err.contains("el"),
            "{err}"
        );
    }

    #[test]
    fn devices_and_flow_limits() {
        let c = Config::parse(
            "devices = { \"AA:bb:cc:dd:ee:ff\" = \"Kitchen laptop\" }\n[flows]\nmax-flows = 1000\nudp-idle-secs = 30\n",
            Path::new("n.toml"),
        )
        .unwrap();
        let mac: MacAddr = "aa:bb:cc:dd:ee:ff".parse().unwrap();
        assert_eq!(c.devices[&mac], "Kitchen laptop");
        assert_eq!((c.flows.max_flows, c.flows.udp_idle_secs), (1000, 30));
        assert_eq!(c.flows.tcp_idle_secs, FlowLimits::default().tcp_idle_secs);
        let err = Config::parse("devices = { \"aa:bb\" = \"x\" }\n", Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 1") && err.contains("MAC"), "{err}");
        let err = Config::parse("[flows]\nmax-flow = 3\n", Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2") && err.contains("max-flow"), "{err}");
    }

    #[test]
    fn asn_database_path() {
        for key in ["asn-mmdb", "asn_mmdb"] {
            let c = Config::parse(
                &format!("[ranges]\n{key} = \"/srv/GeoLite2-ASN.mmdb\"\n"),
                Path::new("n.toml"),
            )
            .unwrap();
            assert_eq!(
                c.ranges.asn_mmdb.as_deref(),
                Some(Path::new("/srv/GeoLite2-ASN.mmdb"))
            );
        }
    }

    #[test]
    fn daemon_and_store_sections() {
        let c = Config::parse(
            "[daemon]\ninterfaces = [\"eth0\", \"wlan0\"]\nflush-secs = 30\ntz = \"Europe/Brussels\"\n[store]\nminute-days = 7\n",
            Path::new("n.toml"),
        )
        .unwrap();
        assert_eq!(c.daemon.interfaces, vec!["eth0", "wlan0"]);
        assert_eq!(c.daemon.flush_secs, 30);
        assert!(c.daemon.promiscuous);
        assert_eq!((c.store.minute_days, c.store.hourly_days), (7, 400));
        assert_eq!(Config::default().daemon.flush_secs, 60);
        let err = Config::parse("[daemon]\n\nflush-secs = 0\n", Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 3") && err.contains("flush-secs"),
            "{err}"
        );
        let err = Config::parse("[store]\nhourly-days = 0\n", Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2"), "{err}");
        let err = Config::parse("[daemon]\nflush = 3\n", Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2") && err.contains("flush"), "{err}");
    }

    #[test]
    fn control_and_metrics() {
        let c = Config::parse(
            "[control]\nsocket = \"/run/nuage/x.sock\"\n\n[metrics]\nlisten = \"127.0.0.1:9847\"\n",
            Path::new("n.toml"),
        )
        .unwrap();
        assert_eq!(c.control.socket, Some(PathBuf::from("/run/nuage/x.sock")));
        assert_eq!(c.metrics.listen, Some("127.0.0.1:9847".parse().unwrap()));
        assert!(!c.metrics.allow_remote);
        assert_eq!(
            Config::default().metrics.listen,
            None,
            "metrics are off by default"
        );

        let err = Config::parse(
            "place = \"x\"\n[metrics]\n  listen   = \"0.0.0.0:9847\"\n",
            Path::new("n.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("n.toml") && err.contains("line 3") && err.contains("allow-remote"),
            "{err}"
        );
        let c = Config::parse(
            "[metrics]\nlisten = \"[::]:9847\"\nallow-remote = true\n",
            Path::new("n.toml"),
        )
        .unwrap();
        assert!(c.metrics.allow_remote);

        let err = Config::parse(
            "[metrics]\nlisten = \"localhost:9847\"\n",
            Path::new("n.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("line 2"), "{err}");
        let err = Config::parse("[metrics]\nallow_remote = true\n", Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 2") && err.contains("allow_remote"),
            "{err}"
        );
        let err = Config::parse("[control]\nsocket = \"\"\n", Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("line 2") && err.contains("control.socket"),
            "{err}"
        );
        let long = format!("[control]\nsocket = \"/{}\"\n", "a".repeat(200));
        let err = Config::parse(&long, Path::new("n.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("1 to 107 bytes, got 201"), "{err}");
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let err = Config::parse(
            "place = \"x\"\n\nlna = []\n",
            Path::new("/etc/nuage/nuage.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("/etc/nuage/nuage.toml") && err.contains("line 3") && err.contains("lna"),
            "{err}"
        );
        let err = Config::parse(
            "[[provider-ranges]]\nprefix = \"10.0.0.300/8\"\nprovider = \"x\"\n",
            Path::new("c.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("line 2"), "{err}");
        let err = Config::parse(
            "[[provider-ranges]]\nprefix = \"10.0.0.1/8\"\nprovider = \"x\"\n",
            Path::new("c.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("provider-ranges[0]") && err.contains("10.0.0.0/8"),
            "{err}"
        );
    }
}
