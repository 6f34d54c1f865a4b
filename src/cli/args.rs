//! The command line, as clap reads it. Help texts are written for people, with examples.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Args as ClapArgs, Parser, Subcommand};

/// How much did we lean on the Big Tech Cloud today?
///
/// nuage watches the traffic of a home or a community centre and attributes every flow to
/// the Cloud provider that serves it.
#[derive(Debug, Parser)]
#[command(name = "nuage", version, propagate_version = true)]
pub struct Args {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand honours.
#[derive(Debug, Clone, ClapArgs)]
pub struct GlobalArgs {
    /// Where nuage keeps its data [default: /var/lib/nuage for root, else ~/.local/share/nuage]
    #[arg(long, global = true, env = "NUAGE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Configuration file [default: /etc/nuage/nuage.toml when it exists]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// The running daemon's control socket [default: /run/nuage/nuage.sock for root, else
    /// $XDG_RUNTIME_DIR/nuage/nuage.sock; or `[control] socket` in the config]
    #[arg(long, global = true, env = "NUAGE_SOCKET", value_name = "PATH")]
    pub socket: Option<PathBuf>,
    /// Say more about what is happening (repeat for more)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Print data as JSON (one object, or one per line for lists)
    #[arg(long, global = true)]
    pub json: bool,
    /// Language of messages: en, es, ca, fr, de, pt, el, ro, it [default: config `lang`,
    /// then LC_ALL / LC_MESSAGES / LANG, then en]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Which provider serves an address, and why
    ///
    /// Examples:
    ///   nuage lookup 17.253.144.10 2a03:2880::1
    ///   echo 8.8.8.8 | nuage lookup --stdin --json
    #[command(verbatim_doc_comment)]
    Lookup(LookupArgs),
    /// Provider range lists: where they come from, how fresh they are, updating them
    #[command(subcommand)]
    Ranges(RangesCommand),
    /// Count the traffic of capture files, as fast as they can be read
    ///
    /// Examples:
    ///   nuage replay monday.pcap
    ///   nuage replay --json --lan 192.0.2.0/24 a.pcap b.pcapng
    ///   nuage replay --flows capture.pcap | head
    #[command(verbatim_doc_comment)]
    Replay(ReplayArgs),
    /// Run as a service: capture, count and keep the numbers in the database
    ///
    /// Settings come from the config file ([daemon] and [store], see nuage.example.toml);
    /// options given here win. SIGTERM/SIGINT write what was counted and exit; SIGHUP
    /// reloads the provider ranges, privacy and place.
    ///
    /// Examples:
    ///   nuage run --interface eth0
    ///   nuage run --pcap demo/household.pcap --speed 60
    ///   nuage run --pcap day.pcap --speed max --data-dir /tmp/nuage-test
    #[command(verbatim_doc_comment)]
    Run(RunArgs),
    /// A living dashboard from the demo household's day, replayed fast (no root, no daemon)
    ///
    /// Replays demo/household.pcap (a synthetic household on 8 March) through the real
    /// pipeline, 60 times faster than real time, looping one day later each time.
    ///
    /// Examples:
    ///   nuage demo
    ///   nuage demo --speed 600 --from 18:00
    ///   nuage demo --file monday.pcap
    #[command(verbatim_doc_comment)]
    Demo(DemoArgs),
    /// The live dashboard of the running daemon (over its control socket), or of a database
    ///
    /// Examples:
    ///   nuage top
    ///   nuage top --socket /run/nuage/nuage.sock
    ///   nuage top --db /var/lib/nuage/nuage.db
    #[command(verbatim_doc_comment)]
    Top(TopArgs),
    /// A day's summary to share: text, Markdown, JSON, CSV or a one-page HTML
    ///
    /// Examples:
    ///   nuage report
    ///   nuage report --day 2027-03-08 --format html --out 8-march.html
    ///   nuage report --from 2027-03-01 --to 2027-03-07 --format csv
    ///   nuage report --baseline 2027-02-01..2027-02-28 --format md
    ///   nuage report merge ateneu.json casal.json --format html --out together.html
    #[command(verbatim_doc_comment)]
    Report(ReportArgs),
}

#[derive(Debug, ClapArgs)]
pub struct TopArgs {
    /// Read this database directly, without a daemon (not live: no rates, no flows)
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
}

#[derive(Debug, ClapArgs)]
pub struct DemoArgs {
    /// How many times faster than real time the day goes by
    #[arg(long, default_value_t = 60.0, value_parser = parse_speed)]
    pub speed: f64,
    /// Time of day the replay starts at (HH:MM); earlier packets are counted at once
    #[arg(long, default_value = "07:00", value_parser = parse_time_of_day, value_name = "HH:MM")]
    pub from: u32,
    /// Replay this capture instead of the demo household
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// An option's value nuage's own parsers refuse; worded in the user's language by
/// `cli::parse` (the English here is for logs and tests).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadValue {
    #[error("{0:?} is not a speed between 0 and 100000 (e.g. 60)")]
    DemoSpeed(String),
    #[error("{0:?} is not a time of day like 07:30")]
    TimeOfDay(String),
    #[error(
        "{0:?} is not a speed: give a factor above 0 (1 = real time, 60 = a minute per second) or `max`"
    )]
    RunSpeed(String),
    #[error("unknown format {0:?} (expected text, md, json, csv or html)")]
    Format(String),
    #[error("{0:?} is not a network prefix such as 192.0.2.0/24")]
    Network(String),
}

fn parse_speed(text: &str) -> Result<f64, BadValue> {
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 100_000.0 => Ok(v),
        _ => Err(BadValue::DemoSpeed(text.to_string())),
    }
}

fn parse_run_speed(text: &str) -> Result<crate::daemon::Speed, BadValue> {
    text.parse()
        .map_err(|_| BadValue::RunSpeed(text.to_string()))
}

fn parse_network(text: &str) -> Result<ipnetwork::IpNetwork, BadValue> {
    text.parse()
        .map_err(|_| BadValue::Network(text.to_string()))
}

/// "07:30" → seconds after midnight.
fn parse_time_of_day(text: &str) -> Result<u32, BadValue> {
    let bad = || BadValue::TimeOfDay(text.to_string());
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    let h: u32 = h.parse().map_err(|_| bad())?;
    let m: u32 = m.parse().map_err(|_| bad())?;
    if h > 23 || m > 59 {
        return Err(bad());
    }
    Ok(h * 3600 + m * 60)
}

#[derive(Debug, ClapArgs)]
pub struct RunArgs {
    /// Interface to capture on (repeatable) [default: [daemon] interfaces, else the default route's]
    #[arg(short, long = "interface", value_name = "IF", conflicts_with = "pcap")]
    pub interfaces: Vec<String>,
    /// Feed this capture file through the same path instead of capturing
    #[arg(long, value_name = "FILE")]
    pub pcap: Option<PathBuf>,
    /// With --pcap: N times real time (60 = a minute a second), or `max`
    #[arg(long, value_name = "N|max", requires = "pcap", default_value = "1", value_parser = parse_run_speed)]
    pub speed: crate::daemon::Speed,
    /// With --pcap: start over when the file ends, each pass on the following day(s)
    #[arg(long = "loop", requires = "pcap")]
    pub looped: bool,
    /// Seconds between writes to the database [default: [daemon] flush-secs, 60]
    #[arg(long, value_name = "N")]
    pub flush_secs: Option<u32>,
    /// IANA time zone days are counted in [default: [daemon] tz, else the system's]
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Show the live dashboard in this terminal while capturing (quit with q; the
    /// capture stops and what was counted is written)
    #[arg(long)]
    pub tui: bool,
    /// Unprivileged user to become after opening the captures [default: [daemon] user, else `nuage` if it exists]
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// A prefix that is part of the local network, besides the private ranges (repeatable)
    #[arg(long = "lan", value_name = "CIDR", value_parser = parse_network)]
    pub lan: Vec<ipnetwork::IpNetwork>,
}

#[derive(Debug, ClapArgs)]
pub struct ReplayArgs {
    /// Capture files (pcap or pcapng), read in the order given
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Print every flow instead of the summary, one JSON object a line
    #[arg(long)]
    pub flows: bool,
    /// A prefix that is part of the local network, besides the private ranges (repeatable)
    #[arg(long = "lan", value_name = "CIDR", value_parser = parse_network)]
    pub lan: Vec<ipnetwork::IpNetwork>,
}

#[derive(Debug, ClapArgs)]
pub struct LookupArgs {
    /// Addresses to look up (IPv4, IPv6, IPv4-mapped or NAT64 64:ff9b::/96)
    #[arg(value_name = "ADDRESS")]
    pub addresses: Vec<String>,
    /// Also read addresses from standard input, one per line
    #[arg(long)]
    pub stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum RangesCommand {
    /// List the official sources: id, URL and the file name `update --from` expects
    Sources,
    /// Per source: date, age, prefix counts, and whether it is stale
    Status,
    /// Download every official source (or import them from a folder) and swap them in
    ///
    /// Each file is checked whole before it replaces the one in use; a source that fails
    /// keeps its previous file. Downloads are HTTPS only. With `[ranges] mirror = "URL"` in
    /// the config, every file is fetched from URL/<file> (names as `nuage ranges sources`
    /// lists them). Plain http:// is accepted only for this machine (127.0.0.0/8, ::1,
    /// localhost), which is what the tests use.
    ///
    /// Examples:
    ///   nuage ranges update
    ///   nuage ranges update --source cloudflare-v4
    ///   nuage ranges update --from /media/usb/nuage-ranges
    #[command(verbatim_doc_comment)]
    Update(UpdateArgs),
}

#[derive(Debug, ClapArgs)]
pub struct UpdateArgs {
    /// Import the files from this folder (e.g. a USB stick) instead of downloading them
    #[arg(long, value_name = "DIR")]
    pub from: Option<PathBuf>,
    /// Accept a list that shrank by more than half
    #[arg(long)]
    pub force: bool,
    /// Only these sources (ids from `nuage ranges sources`)
    #[arg(long = "source", value_name = "ID")]
    pub sources: Vec<String>,
}

/// Parses an address argument, naming it on error.
pub fn parse_address(text: &str) -> Result<IpAddr, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("{text:?} is not an IPv4 or IPv6 address"))
}

#[derive(Debug, ClapArgs)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: Option<ReportCommand>,
    /// The local day: YYYY-MM-DD, today or yesterday [default: today]
    #[arg(long, value_name = "DATE", conflicts_with_all = ["from", "to"])]
    pub day: Option<String>,
    /// First day of a period (with --to)
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,
    /// Last day of a period, included (with --from)
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,
    /// The usual day to compare with: `none`, or FROM..TO (e.g. 2027-03-01..2027-03-07)
    /// [default: the same weekday in the previous four weeks with data]
    #[arg(long, value_name = "SPEC")]
    pub baseline: Option<String>,
    /// text, md, json, csv or html (--json means json)
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub format: Option<crate::report::Format>,
    /// Add a section per device, when the privacy setting keeps devices
    #[arg(long)]
    pub per_device: bool,
    /// Write the report to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The usage database [default: nuage.db in the data dir]
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// IANA time zone of the days (Europe/Brussels) [default: the system's]
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// Combine several places' JSON reports into one collective report (no device details)
    ///
    /// Example:
    ///   nuage report merge ateneu.json casal.json --format md
    #[command(verbatim_doc_comment)]
    Merge(MergeArgs),
}

#[derive(Debug, ClapArgs)]
pub struct MergeArgs {
    /// JSON reports written by `nuage report --format json`
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// text, md, json, csv or html (--json means json)
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub format: Option<crate::report::Format>,
    /// Write the report to FILE instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

fn parse_format(text: &str) -> Result<crate::report::Format, BadValue> {
    text.parse().map_err(|_| BadValue::Format(text.to_string()))
}
