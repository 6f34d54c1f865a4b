//! Reading the command line, with clap's own complaints (an unknown option, a missing or
//! invalid value, an unknown command) said in the user's language. They come before
//! `--lang` is read, so the language is looked up in the raw arguments (`--lang`,
//! `--config`), then the config and the locale variables, as for a run.
//!
//! `--help` is clap's layout with nuage's words in that language (see `cli::help`).

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use clap::{CommandFactory, FromArgMatches};

use super::args::{Args, BadValue};
use crate::config::Config;
use crate::i18n::{self, Lang, Localizer};
use crate::tr;

/// The parsed command line, or the exit code after telling what was wrong with it.
pub fn parse_from<I, T>(raw: I) -> Result<Args, ExitCode>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let raw: Vec<OsString> = raw.into_iter().map(Into::into).collect();
    let choice = language(&raw);
    let mut cmd = super::help::localize(Args::command(), &Localizer::new(choice.lang));
    cmd.try_get_matches_from_mut(&raw)
        .and_then(|mut matches| {
            Args::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))
        })
        .map_err(|error| report(&error, &raw, &choice))
}

/// The language of this run, from the raw arguments, the config and the locale.
fn language(raw: &[OsString]) -> i18n::LangChoice {
    let flag = option_value(raw, "--lang");
    let config_path = option_value(raw, "--config").map(std::path::PathBuf::from);
    // A broken config is not this concern: the language falls to the locale.
    let config = Config::load(config_path.as_deref()).ok();
    i18n::choose(flag.as_deref(), config.and_then(|c| c.lang), |var| {
        std::env::var(var).ok()
    })
}

fn report(error: &clap::Error, raw: &[OsString], choice: &i18n::LangChoice) -> ExitCode {
    let code = ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // Help goes to standard output (a pager, a file); a terminal that is gone is no
        // reason for another message.
        let _ = error.print();
        return code;
    }
    let flag = option_value(raw, "--lang");
    if let Some(flag) = flag.as_deref().filter(|f| Lang::from_locale(f).is_none()) {
        super::lang::announce(flag, choice);
    }
    eprint!("{}", render(error, &Localizer::new(choice.lang)));
    code
}

/// The value of `--name VALUE` or `--name=VALUE` before any `--`, the last one winning as
/// clap has it.
fn option_value(raw: &[OsString], name: &str) -> Option<String> {
    let mut found = None;
    let mut args = raw.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == name {
            found = args.next().map(|v| v.into_owned());
        } else if let Some(value) = arg.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            found = Some(value.to_string());
        }
    }
    found
}

/// The error as nuage words it, with clap's tips and usage line, ending in a newline. Kinds
/// nuage's options cannot produce keep clap's English text.
pub fn render(error: &clap::Error, l: &Localizer) -> String {
    let Some(message) = message(error, l) else {
        return error.render().to_string();
    };
    let mut out = format!("nuage: {message}\n");
    for tip in tips(error, l) {
        out.push_str(&format!("  {tip}\n"));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").unwrap_or(&usage).trim_start();
        out.push_str(&format!("\n{} {usage}\n", l.tr("cli-usage")));
    }
    out.push_str(&format!("\n{}\n", tr!(l, "cli-more-help", help = "--help")));
    out
}

fn string(error: &clap::Error, kind: ContextKind) -> Option<&str> {
    match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s),
        _ => None,
    }
}

fn strings(error: &clap::Error, kind: ContextKind) -> Option<&[String]> {
    match error.get(kind) {
        Some(ContextValue::Strings(s)) => Some(s),
        Some(ContextValue::String(s)) => Some(std::slice::from_ref(s)),
        _ => None,
    }
}

/// A heading and one item a line, as clap lists required or conflicting arguments.
fn listed(heading: String, items: &[String]) -> String {
    let mut text = heading;
    for item in items {
        text.push_str("\n    ");
        text.push_str(item);
    }
    text
}

fn message(error: &clap::Error, l: &Localizer) -> Option<String> {
    let arg = || string(error, ContextKind::InvalidArg);
    let value = || string(error, ContextKind::InvalidValue);
    Some(match error.kind() {
        ErrorKind::UnknownArgument => tr!(l, "cli-arg-unknown", arg = arg()?),
        ErrorKind::InvalidSubcommand => tr!(
            l,
            "cli-command-unknown",
            name = string(error, ContextKind::InvalidSubcommand)?
        ),
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg()?, value()?);
            let mut text = if value.is_empty() {
                tr!(l, "cli-arg-missing-value", arg = arg)
            } else {
                tr!(l, "cli-arg-invalid-value", arg = arg, value = value)
            };
            if let Some(values) = strings(error, ContextKind::ValidValue).filter(|v| !v.is_empty())
            {
                let values = tr!(l, "cli-possible-values", values = values.join(", "));
                text.push_str(&format!("\n  {values}"));
            }
            text
        }
        ErrorKind::ValueValidation => {
            let (arg, value) = (arg()?, value()?);
            let source = std::error::Error::source(error);
            if let Some(bad) = source.and_then(|s| s.downcast_ref::<BadValue>()) {
                tr!(
                    l,
                    "cli-arg-bad-value",
                    arg = arg,
                    reason = bad_value(bad, l)
                )
            } else if source.is_some_and(|s| {
                s.is::<std::num::ParseIntError>() || s.is::<std::num::ParseFloatError>()
            }) {
                let reason = tr!(l, "cli-value-number", value = value);
                tr!(l, "cli-arg-bad-value", arg = arg, reason = reason)
            } else {
                let text = tr!(l, "cli-arg-invalid-value", arg = arg, value = value);
                // Another parser's words, as it gives them.
                match source {
                    Some(source) => format!("{text}: {source}"),
                    None => text,
                }
            }
        }
        ErrorKind::MissingRequiredArgument => listed(
            l.tr("cli-arg-required"),
            strings(error, ContextKind::InvalidArg)?,
        ),
        ErrorKind::MissingSubcommand => {
            let name = string(error, ContextKind::InvalidSubcommand)?;
            let mut text = tr!(l, "cli-command-missing", name = name);
            if let Some(commands) =
                strings(error, ContextKind::ValidSubcommand).filter(|c| !c.is_empty())
            {
                let commands = tr!(l, "cli-possible-commands", commands = commands.join(", "));
                text.push_str(&format!("\n  {commands}"));
            }
            text
        }
        ErrorKind::ArgumentConflict => {
            let first = arg().or_else(|| string(error, ContextKind::InvalidSubcommand))?;
            match error.get(ContextKind::PriorArg)? {
                ContextValue::String(prior) if prior == first => {
                    tr!(l, "cli-arg-repeated", arg = first)
                }
                ContextValue::String(prior) => {
                    tr!(l, "cli-arg-conflict", arg = first, other = prior.as_str())
                }
                ContextValue::Strings(priors) => {
                    listed(tr!(l, "cli-arg-conflict-many", arg = first), priors)
                }
                _ => return None,
            }
        }
        ErrorKind::TooManyValues => {
            tr!(l, "cli-arg-too-many", arg = arg()?, value = value()?)
        }
        ErrorKind::InvalidUtf8 => l.tr("cli-invalid-utf8"),
        _ => return None,
    })
}

fn bad_value(bad: &BadValue, l: &Localizer) -> String {
    let (id, text) = match bad {
        BadValue::DemoSpeed(t) => ("cli-value-demo-speed", t),
        BadValue::TimeOfDay(t) => ("cli-value-time-of-day", t),
        BadValue::RunSpeed(t) => ("cli-value-run-speed", t),
        BadValue::Format(t) => ("cli-value-format", t),
        BadValue::Network(t) => ("cli-value-network", t),
    };
    let mut args = i18n::FluentArgs::new();
    args.set("value", text.as_str());
    l.tr_args(id, &args)
}

/// clap's suggestions: a similar option, command or value, and its hints about `--`.
fn tips(error: &clap::Error, l: &Localizer) -> Vec<String> {
    let mut tips = Vec::new();
    let similar = [
        (ContextKind::SuggestedSubcommand, "cli-tip-similar-command"),
        (ContextKind::SuggestedArg, "cli-tip-similar-arg"),
        (ContextKind::SuggestedValue, "cli-tip-similar-value"),
    ];
    for (kind, id) in similar {
        if let Some(names) = strings(error, kind).filter(|n| !n.is_empty()) {
            let mut args = i18n::FluentArgs::new();
            args.set("names", names.join(", "));
            args.set("count", names.len());
            tips.push(l.tr_args(id, &args));
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        tips.extend(suggestions.iter().map(|s| suggestion(&s.to_string(), l)));
    }
    tips
}

/// One of clap's free-text tips, recognised by its wording (clap 4) and said again in the
/// user's language; an unknown one is shown as clap wrote it.
fn suggestion(text: &str, l: &Localizer) -> String {
    let quoted: Vec<&str> = text.split('\'').collect();
    match quoted.as_slice() {
        ["to pass ", arg, " as a value, use ", fix, ""] => {
            tr!(l, "cli-tip-as-value", arg = *arg, fix = *fix)
        }
        ["", usage, " exists"] => tr!(l, "cli-tip-exists", usage = *usage),
        [
            "subcommand ",
            name,
            " exists; to use it, remove the ",
            "--",
            " before it",
        ] => {
            tr!(l, "cli-tip-remove-dashes", name = *name)
        }
        _ => format!("tip: {text}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(args: &[&str]) -> clap::Error {
        let raw = std::iter::once("nuage").chain(args.iter().copied());
        use clap::Parser;
        Args::try_parse_from(raw).unwrap_err()
    }

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_found_in_the_raw_arguments() {
        let raw = os(&["nuage", "--lang", "fr", "lookup", "--lang=de", "x"]);
        assert_eq!(option_value(&raw, "--lang").as_deref(), Some("de"));
        let raw = os(&["nuage", "lookup", "--", "--lang", "el"]);
        assert_eq!(option_value(&raw, "--lang"), None);
        let raw = os(&["nuage", "--language", "el", "--lang"]);
        assert_eq!(option_value(&raw, "--lang"), None);
        let raw = os(&["nuage", "--config", "/etc/n.toml", "top"]);
        assert_eq!(
            option_value(&raw, "--config").as_deref(),
            Some("/etc/n.toml")
        );
    }

    #[test]
    fn an_unknown_option_is_named_with_a_tip_and_the_usage_line() {
        let fr = Localizer::new(Lang::Fr);
        let text = render(&error(&["lookup", "--stdn"]), &fr);
        assert!(text.starts_with("nuage: "), "{text}");
        assert!(
            text.contains("--stdn") && text.contains("--stdin"),
            "{text}"
        );
        assert!(
            text.contains("nuage lookup") && text.contains("--help"),
            "{text}"
        );
        assert!(
            !text.contains("unexpected") && !text.contains("Usage:"),
            "{text}"
        );
        let en = render(&error(&["lookup", "--stdn"]), &Localizer::new(Lang::En));
        assert!(en.contains("Usage: nuage lookup"), "{en}");
        assert_ne!(text, en);
    }

    #[test]
    fn every_common_kind_is_worded_by_nuage_in_every_language() {
        let cases: [&[&str]; 10] = [
            &["--bogus", "top"],
            &["lokup"],
            &["replay"],
            &["ranges", "-v"],
            &["demo", "--speed", "fast"],
            &["demo", "--from", "25:00"],
            &["run", "--pcap", "a.pcap", "--flush-secs", "soon"],
            &["report", "--day", "2027-03-08", "--from", "2027-03-01"],
            &["--lang"],
            &["replay", "--lan", "10.0.0.0/33", "a.pcap"],
        ];
        for lang in Lang::ALL {
            let l = Localizer::new(lang);
            for args in cases {
                let e = error(args);
                let text = message(&e, &l);
                assert!(text.is_some(), "{lang} {args:?}: {:?} not worded", e.kind());
                let text = text.unwrap_or_default();
                assert!(!text.contains("error:"), "{lang} {args:?}: {text}");
            }
        }
    }

    #[test]
    fn nuages_own_value_parsers_are_translated() {
        let de = Localizer::new(Lang::De);
        let text = render(&error(&["demo", "--from", "25:00"]), &de);
        assert!(text.contains("--from") && text.contains("25:00"), "{text}");
        assert!(!text.contains("is not a time of day"), "{text}");
        let text = render(&error(&["report", "--format", "pdf"]), &de);
        assert!(text.contains("pdf") && text.contains("html"), "{text}");
        assert!(!text.contains("unknown format"), "{text}");
    }

    #[test]
    fn free_text_tips_are_recognised() {
        let en = Localizer::new(Lang::En);
        let es = Localizer::new(Lang::Es);
        for text in [
            "to pass '--x' as a value, use '-- --x'",
            "'lookup --stdin' exists",
            "subcommand 'top' exists; to use it, remove the '--' before it",
        ] {
            let said = suggestion(text, &es);
            assert!(!said.starts_with("tip:"), "{text}: {said}");
            assert_ne!(said, suggestion(text, &en));
        }
        assert_eq!(suggestion("something new", &es), "tip: something new");
    }
}
