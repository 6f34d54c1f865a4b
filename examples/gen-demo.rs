//! Writes the demo household capture shipped in `demo/household.pcap`:
//! `cargo run --example gen-demo -- [OUT] [--flows N] [--seed S] [--date YYYY-MM-DD]`.
//! The same arguments always give the same bytes.

use std::path::PathBuf;
use std::process::ExitCode;

use nuage::capture::pcap_writer::PcapWriter;

fn main() -> ExitCode {
    let mut out = PathBuf::from("demo/household.pcap");
    let (mut flows, mut seed, mut date) = (200usize, 8u64, String::from("2027-03-08"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = |args: &mut dyn Iterator<Item = String>| args.next().unwrap_or_default();
        let parsed = match arg.as_str() {
            "--flows" => value(&mut args).parse().map(|v| flows = v).is_ok(),
            "--seed" => value(&mut args).parse().map(|v| seed = v).is_ok(),
            "--date" => {
                date = value(&mut args);
                true
            }
            other if !other.starts_with('-') => {
                out = PathBuf::from(other);
                true
            }
            _ => false,
        };
        if !parsed {
            eprintln!(
                "gen-demo: bad argument {arg:?}; usage: gen-demo [OUT] [--flows N] [--seed S] [--date YYYY-MM-DD]"
            );
            return ExitCode::from(2);
        }
    }
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let day = match time::Date::parse(&date, &format) {
        Ok(d) => d.midnight().assume_utc().unix_timestamp(),
        Err(e) => {
            eprintln!("gen-demo: --date {date:?}: {e}");
            return ExitCode::from(2);
        }
    };
    let frames = nuage::demo::household_day(seed, day, flows);
    let mut writer = PcapWriter::new(1);
    for frame in &frames {
        writer.record_nanos(frame.ts_micros * 1000, frame.wire_len, &frame.data);
    }
    if let Err(e) = writer.write_to(&out) {
        eprintln!("gen-demo: cannot write {}: {e}", out.display());
        return ExitCode::from(1);
    }
    println!("wrote {}: {} frames", out.display(), frames.len());
    ExitCode::SUCCESS
}
