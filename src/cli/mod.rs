//! The binary's edge: runs a parsed command line against the library and turns errors into
//! messages and exit codes. Each command lives in its own file.

mod args;
mod context;
mod demo;
mod help;
mod lang;
mod lookup;
mod parse;
mod ranges;
mod replay;
mod report;
mod top;

mod run;

pub use args::{
    Args, BadValue, Command, DemoArgs, GlobalArgs, LookupArgs, MergeArgs, RangesCommand,
    ReplayArgs, ReportArgs, ReportCommand, RunArgs, TopArgs, UpdateArgs, parse_address,
};

pub use parse::parse_from;

use std::process::ExitCode;

/// The command line of this process, read by clap; its mistakes are told in the user's
/// language and give clap's exit code (2; 0 for `--help` and `--version`).
pub fn parse() -> Result<Args, ExitCode> {
    parse_from(std::env::args_os())
}

/// Runs the command and reports any error on standard error.
pub fn run(args: Args) -> ExitCode {
    init_logging(args.global.verbose);
    lang::announce_unknown(&args.global);
    let result = match &args.command {
        Command::Lookup(lookup_args) => lookup::run(&args.global, lookup_args),
        Command::Replay(replay_args) => replay::run(&args.global, replay_args),
        Command::Ranges(command) => ranges::run(&args.global, command),
        Command::Report(report_args) => report::run(&args.global, report_args),
        Command::Run(run_args) => run::run(&args.global, run_args),
        Command::Demo(demo_args) => demo::run(&args.global, demo_args),
        Command::Top(top_args) => top::run(&args.global, top_args),
    };
    match result {
        Ok(code) => code,
        // A reader that stopped early (`nuage replay --flows | head`) is not an error.
        Err(error) if is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            // The command may have failed on the config itself: then its language is unknown.
            let config = crate::config::Config::load(args.global.config.as_deref()).ok();
            let l10n = lang::localizer(&args.global, config.as_ref());
            eprintln!("nuage: {}", describe(&error, &l10n));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes in the user's language: context added here is translated
/// already, nuage's own errors and the common system errors are worded by `i18n::errors`,
/// and other text from outside is shown as given.
pub(crate) fn describe(error: &anyhow::Error, l10n: &crate::i18n::Localizer) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in error.chain() {
        if let Some(text) = crate::i18n::errors::describe(cause, l10n) {
            parts.push(text);
            break;
        }
        let text = match cause.downcast_ref::<std::io::Error>() {
            Some(io) => crate::i18n::errors::io(io, l10n),
            None => cause.to_string(),
        };
        // A cause its parent already printed.
        if !parts.last().is_some_and(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    parts.join(": ")
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("NUAGE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        // Held back while a dashboard owns the terminal.
        .with_writer(crate::tui::log_writer)
        .try_init();
}
