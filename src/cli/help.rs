//! `--help` in the user's language: the clap command tree, once built, gets its about
//! texts, argument helps and headings from Fluent.
//!
//! Ids follow the tree so a new option cannot hide: `help-about-<path>` (a command's first
//! line), `help-body-<path>` (the paragraph between that line and its examples) and
//! `help-arg-<path>-<arg id>`, where the path is `nuage` for the program and its global
//! options, else the command names joined by `-` (`ranges-update`). Examples are commands
//! and stay as written; only the word "Examples:" is translated. An id missing everywhere
//! leaves the doc comment's English, as clap has it.

use clap::builder::StyledStr;
use clap::{Arg, Command};

use crate::i18n::{Lang, Localizer};

/// clap's own words for the flags and the command it adds.
const BUILT_IN_ARGS: [&str; 2] = ["help", "version"];

/// The command tree, built, with every text clap shows in `--help` in `l`'s language.
pub fn localize(mut cmd: Command, l: &Localizer) -> Command {
    cmd.build();
    let english = (l.lang() != Lang::En).then(|| Localizer::new(Lang::En));
    let words = Words {
        l,
        english: english.as_ref(),
    };
    words.command(cmd, None)
}

/// The id path of a subcommand: `None` for the program.
pub fn child_path(parent: Option<&str>, name: &str) -> String {
    match parent {
        None => name.to_string(),
        Some(parent) => format!("{parent}-{name}"),
    }
}

/// The id of an argument's help: global options belong to the program.
pub fn arg_id(path: Option<&str>, arg: &Arg) -> Option<String> {
    let id = arg.get_id().as_str();
    if BUILT_IN_ARGS.contains(&id) {
        return None;
    }
    let path = if arg.is_global_set() {
        "nuage"
    } else {
        path.unwrap_or("nuage")
    };
    Some(format!("help-arg-{path}-{}", id.replace('_', "-")))
}

/// A command's first line, the paragraph after it and its examples, as clap holds them.
#[derive(Debug, PartialEq, Eq)]
pub struct LongAbout<'a> {
    pub body: Option<&'a str>,
    /// "Examples" or "Example", and the commands after it (with their line breaks).
    pub examples: Option<(&'a str, &'a str)>,
}

/// Splits clap's long about (`about\n\nbody\n\nExamples:\n  …`) into its parts.
pub fn split_long_about<'a>(about: &str, long: &'a str) -> Option<LongAbout<'a>> {
    let rest = long.strip_prefix(about)?;
    let rest = rest.strip_prefix("\n\n").unwrap_or(rest);
    let mut examples = None;
    let mut body = rest;
    for word in ["Examples", "Example"] {
        let marker = format!("{word}:\n");
        let found = if let Some(list) = rest.strip_prefix(marker.as_str()) {
            Some(("", list))
        } else {
            rest.split_once(&format!("\n\n{marker}"))
        };
        if let Some((before, list)) = found {
            body = before;
            examples = Some((word, list));
            break;
        }
    }
    Some(LongAbout {
        body: (!body.is_empty()).then_some(body),
        examples,
    })
}

struct Words<'a> {
    l: &'a Localizer,
    english: Option<&'a Localizer>,
}

impl Words<'_> {
    /// The message in the language, else in English, else `None`.
    fn get(&self, id: &str) -> Option<String> {
        self.l
            .try_tr_args(id, None)
            .ok()
            .or_else(|| self.english.and_then(|en| en.try_tr_args(id, None).ok()))
    }

    fn or(&self, id: &str, fallback: &str) -> String {
        self.get(id).unwrap_or_else(|| fallback.to_string())
    }

    fn command(&self, cmd: Command, path: Option<&str>) -> Command {
        let key = path.unwrap_or("nuage");
        let about = cmd.get_about().map(ToString::to_string);
        let long = cmd.get_long_about().map(ToString::to_string);
        let mut cmd = cmd;
        if let Some(about) = &about {
            let translated = self.or(&format!("help-about-{key}"), about);
            if let Some(long) = &long {
                cmd = cmd.long_about(self.long_about(key, about, &translated, long));
            }
            cmd = cmd.about(translated);
        }
        let header = *cmd.get_styles().get_header();
        let usage = self.or("cli-usage", "Usage:");
        cmd = cmd
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{header}{usage}{header:#} {{usage}}\n\n{{all-args}}{{after-help}}"
            ))
            .subcommand_help_heading(self.or("help-heading-commands", "Commands"));
        let arguments = self.or("help-heading-arguments", "Arguments");
        let options = self.or("help-heading-options", "Options");
        let long_help = cmd
            .get_arguments()
            .any(|a| a.get_id() == "help" && a.get_long_help().is_some());
        cmd = cmd.mut_args(|arg| {
            let heading = if arg.is_positional() {
                &arguments
            } else {
                &options
            };
            let arg = arg.help_heading(heading.clone());
            match arg.get_id().as_str() {
                "help" if long_help => arg
                    .help(self.or("help-flag-help-more", "Print help (see more with '--help')"))
                    .long_help(self.or(
                        "help-flag-help-summary",
                        "Print help (see a summary with '-h')",
                    )),
                "help" => arg.help(self.or("help-flag-help", "Print help")),
                "version" => arg.help(self.or("help-flag-version", "Print version")),
                _ => match (arg_id(path, &arg), arg.get_help().map(ToString::to_string)) {
                    (Some(id), Some(english)) => {
                        let text = self.or(&id, &english);
                        arg.help(text)
                    }
                    _ => arg,
                },
            }
        });
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        for name in names {
            if name == "help" {
                // clap's help command; its children are copies for completion, never shown.
                let about = self.or(
                    "help-command-help",
                    "Print this message or the help of the given subcommand(s)",
                );
                cmd = cmd.mut_subcommand("help", |c| c.about(about));
                continue;
            }
            let child = child_path(path, &name);
            cmd = cmd.mut_subcommand(&name, |c| self.command(c, Some(&child)));
        }
        cmd
    }

    /// The long about in the language: its first line, body, then the examples as written.
    fn long_about(&self, key: &str, about: &str, translated: &str, long: &str) -> StyledStr {
        let Some(parts) = split_long_about(about, long) else {
            return StyledStr::from(long.to_string());
        };
        let mut text = translated.to_string();
        if let Some(body) = parts.body {
            text.push_str("\n\n");
            text.push_str(&self.or(&format!("help-body-{key}"), body));
        }
        if let Some((word, list)) = parts.examples {
            let id = if word == "Example" {
                "help-heading-example"
            } else {
                "help-heading-examples"
            };
            text.push_str(&format!("\n\n{}:\n{list}", self.or(id, word)));
        }
        StyledStr::from(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Args;
    use clap::CommandFactory;

    /// Every help clap can show, short and long, for the program and each command.
    fn all_helps(cmd: &mut Command, out: &mut Vec<(String, String)>) {
        let name = cmd.get_name().to_string();
        if name == "help" {
            return;
        }
        out.push((name.clone(), cmd.render_help().to_string()));
        out.push((name.clone(), cmd.render_long_help().to_string()));
        for sub in cmd.get_subcommands_mut() {
            all_helps(sub, out);
        }
    }

    #[test]
    fn english_help_is_exactly_the_doc_comments() {
        let mut plain = Args::command();
        plain.build();
        let mut english = localize(Args::command(), &Localizer::new(Lang::En));
        let (mut want, mut got) = (Vec::new(), Vec::new());
        all_helps(&mut plain, &mut want);
        all_helps(&mut english, &mut got);
        assert_eq!(want.len(), got.len());
        for ((name, want), (_, got)) in want.iter().zip(&got) {
            assert_eq!(want, got, "nuage {name} --help");
        }
    }

    /// Every text id the tree needs, walking it as `localize` does.
    fn ids(cmd: &Command, path: Option<&str>, out: &mut Vec<String>) {
        let key = path.unwrap_or("nuage");
        if let Some(about) = cmd.get_about() {
            out.push(format!("help-about-{key}"));
            let about = about.to_string();
            if let Some(long) = cmd.get_long_about().map(ToString::to_string) {
                let parts = split_long_about(&about, &long);
                assert!(
                    parts.is_some(),
                    "{key}: long about does not start with about"
                );
                if parts.is_some_and(|p| p.body.is_some()) {
                    out.push(format!("help-body-{key}"));
                }
            }
        }
        for arg in cmd.get_arguments() {
            if arg.get_help().is_some() {
                out.extend(arg_id(path, arg));
            }
        }
        for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
            ids(sub, Some(&child_path(path, sub.get_name())), out);
        }
    }

    #[test]
    fn every_command_and_option_has_its_help_in_every_language() {
        let mut cmd = Args::command();
        cmd.build();
        let mut needed = Vec::new();
        ids(&cmd, None, &mut needed);
        needed.extend(
            [
                "help-heading-commands",
                "help-heading-arguments",
                "help-heading-options",
                "help-heading-examples",
                "help-heading-example",
                "help-flag-help",
                "help-flag-help-more",
                "help-flag-help-summary",
                "help-flag-version",
                "help-command-help",
            ]
            .map(String::from),
        );
        assert!(needed.len() > 50, "{needed:?}");
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            let parsed =
                fluent_bundle::FluentResource::try_new(crate::i18n::ftl_source(lang).into());
            assert!(parsed.is_ok(), "{lang}: {:?}", parsed.err().map(|e| e.1));
            let l = Localizer::new(lang);
            for id in &needed {
                if l.try_tr_args(id, None).is_err() {
                    missing.push(format!("{lang}: {id}"));
                }
            }
        }
        assert!(missing.is_empty(), "{missing:#?}");
        // And none left over from an option or command that is gone.
        let stale: Vec<&str> = crate::i18n::ftl_source(Lang::En)
            .lines()
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id))
            .filter(|id| {
                ["help-about-", "help-body-", "help-arg-"]
                    .iter()
                    .any(|p| id.starts_with(p))
            })
            .filter(|id| !needed.iter().any(|n| n == id))
            .collect();
        assert!(stale.is_empty(), "{stale:?}");
    }

    #[test]
    fn examples_stay_commands_and_only_their_heading_is_translated() {
        let mut cmd = localize(Args::command(), &Localizer::new(Lang::Fr));
        let run = cmd.find_subcommand_mut("run").map(|c| c.render_long_help());
        let run = run.map(|h| h.to_string()).unwrap_or_default();
        assert!(
            run.contains("  nuage run --pcap demo/household.pcap --speed 60"),
            "{run}"
        );
        assert!(!run.contains("Examples:"), "{run}");
        assert!(!run.contains("Options:"), "{run}");
    }

    #[test]
    fn long_abouts_split_into_line_body_and_examples() {
        let long = "First\n\nBody text.\n\nExamples:\n  nuage x\n  nuage y";
        let parts = split_long_about("First", long);
        assert_eq!(
            parts,
            Some(LongAbout {
                body: Some("Body text."),
                examples: Some(("Examples", "  nuage x\n  nuage y")),
            })
        );
        let parts = split_long_about("First", "First\n\nExample:\n  nuage z");
        assert_eq!(
            parts,
            Some(LongAbout {
                body: None,
                examples: Some(("Example", "  nuage z")),
            })
        );
        assert_eq!(split_long_about("Other", long), None);
    }
}
