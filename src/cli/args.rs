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
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Which provider serves an address, and why
    ///
    /// Examples:
    ///   nuage lookup 17.253.144.10 2a03:2880::1
    ///   echo 8.8.8.8 | nuage lookup --stdin --json
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
    Replay(ReplayArgs),
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
    /// The live dashboard of the running daemon (over its control socket)
    ///
    /// Examples:
    ///   nuage top
    ///   nuage top --socket /run/nuage/nuage.sock
    #[command(verbatim_doc_comment)]
    Top,
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

fn parse_speed(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 100_000.0 => Ok(v),
        _ => Err(format!(
            "{text:?} is not a speed between 0 and 100000 (e.g. 60)"
        )),
    }
}

/// "07:30" → seconds after midnight.
fn parse_time_of_day(text: &str) -> Result<u32, String> {
    let bad = || format!("{text:?} is not a time of day like 07:30");
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    let h: u32 = h.parse().map_err(|_| bad())?;
    let m: u32 = m.parse().map_err(|_| bad())?;
    if h > 23 || m > 59 {
        return Err(bad());
    }
    Ok(h * 3600 + m * 60)
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
    #[arg(long = "lan", value_name = "CIDR")]
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
