#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The nine `.ftl` files as one catalogue: each parses cleanly, every message id exists in
//! every language with the same variables, every reference resolves, and every message
//! formats without error in every language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use nuage::i18n::{FluentArgs, Lang, Localizer, ftl_source};

#[derive(Debug, Default)]
struct Refs {
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
}

fn walk_inline(e: &InlineExpression<&str>, refs: &mut Refs) {
    match e {
        InlineExpression::VariableReference { id } => {
            refs.variables.insert(id.name.to_string());
        }
        InlineExpression::MessageReference { id, .. } => {
            refs.messages.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            refs.terms.insert(id.name.to_string());
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| walk_inline(a, refs));
                args.named.iter().for_each(|a| walk_inline(&a.value, refs));
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| walk_inline(a, refs));
            arguments
                .named
                .iter()
                .for_each(|a| walk_inline(&a.value, refs));
        }
        InlineExpression::Placeable { expression } => walk_expr(expression, refs),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_expr(e: &Expression<&str>, refs: &mut Refs) {
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, refs);
            for v in variants {
                walk_pattern(&v.value, refs);
            }
        }
        Expression::Inline(i) => walk_inline(i, refs),
    }
}

fn walk_pattern(p: &Pattern<&str>, refs: &mut Refs) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expr(expression, refs);
        }
    }
}

struct Catalogue {
    messages: BTreeMap<String, Refs>,
    terms: BTreeMap<String, Refs>,
}

fn parse(lang: Lang) -> Catalogue {
    let resource: Resource<&str> = match fluent_syntax::parser::parse(ftl_source(lang)) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{lang}.ftl has syntax errors: {errors:?}"),
    };
    let mut messages = BTreeMap::new();
    let mut terms = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut refs = Refs::default();
                let value = m.value.as_ref();
                assert!(value.is_some(), "{lang}: {} has no value", m.id.name);
                walk_pattern(value.unwrap(), &mut refs);
                assert!(m.attributes.is_empty(), "{lang}: attributes are not used");
                let previous = messages.insert(m.id.name.to_string(), refs);
                assert!(previous.is_none(), "{lang}: {} defined twice", m.id.name);
            }
            Entry::Term(t) => {
                let mut refs = Refs::default();
                walk_pattern(&t.value, &mut refs);
                terms.insert(t.id.name.to_string(), refs);
            }
            Entry::Junk { content } => panic!("{lang}.ftl: unparsable {content:?}"),
            _ => {}
        }
    }
    Catalogue { messages, terms }
}

/// A message's variables, following the messages it references (they share its arguments).
fn variables(cat: &Catalogue, id: &str, seen: &mut BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if !seen.insert(id.to_string()) {
        return out;
    }
    if let Some(refs) = cat.messages.get(id) {
        out.extend(refs.variables.iter().cloned());
        for m in &refs.messages {
            out.extend(variables(cat, m, seen));
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = parse(Lang::En);
    assert!(english.messages.len() > 100, "{}", english.messages.len());
    for lang in Lang::ALL {
        let cat = parse(lang);
        let want: BTreeSet<&String> = english.messages.keys().collect();
        let have: BTreeSet<&String> = cat.messages.keys().collect();
        let missing: Vec<_> = want.difference(&have).collect();
        let extra: Vec<_> = have.difference(&want).collect();
        assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang}.ftl has ids English lacks: {extra:?}"
        );
        for id in english.messages.keys() {
            let en_vars = variables(&english, id, &mut BTreeSet::new());
            let vars = variables(&cat, id, &mut BTreeSet::new());
            assert_eq!(
                vars, en_vars,
                "{lang}: {id} uses other variables than English"
            );
        }
        for (id, refs) in &cat.messages {
            for m in &refs.messages {
                assert!(cat.messages.contains_key(m), "{lang}: {id} references {m}");
            }
            for t in &refs.terms {
                assert!(cat.terms.contains_key(t), "{lang}: {id} references -{t}");
            }
        }
        for (id, refs) in &cat.terms {
            // Terms see no message arguments: a variable there would never resolve.
            assert!(refs.variables.is_empty(), "{lang}: -{id} uses variables");
        }
    }
}

/// Arguments for a message: every variable set, with a plausible value for selectors.
fn sample_args(vars: &BTreeSet<String>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in vars {
        match v.as_str() {
            "weekday" => args.set(v.clone(), "wednesday"),
            "group" => args.set(v.clone(), "big-tech"),
            "month" => args.set(v.clone(), 4),
            "day" => args.set(v.clone(), 1),
            "year" => args.set(v.clone(), 2027),
            _ => args.set(v.clone(), 3),
        }
    }
    args
}

#[test]
fn every_message_formats_without_error_in_every_language() {
    let english = parse(Lang::En);
    for lang in Lang::ALL {
        let l10n = Localizer::new(lang);
        for id in english.messages.keys() {
            let args = sample_args(&variables(&english, id, &mut BTreeSet::new()));
            let text = l10n
                .try_tr_args(id, Some(&args))
                .unwrap_or_else(|e| panic!("{lang}: {id}: {e:?}"));
            assert!(!text.trim().is_empty(), "{lang}: {id} is empty");
            // Isolation marks would show as garbage in a terminal.
            assert!(!text.contains('\u{2068}'), "{lang}: {id}");
        }
    }
}

#[test]
fn translations_are_translated() {
    // A file copied from English and left would pass the checks above; catch it.
    let english = Localizer::new(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let l10n = Localizer::new(lang);
        let same: Vec<&str> = [
            "dash-headline-title",
            "replay-by-device",
            "unknown-device",
            "report-title",
            "report-caveat-cdn",
            "key-quit",
            "view-devices",
            "cli-top-hint",
            "err-config-line-key",
            "err-capture-corrupt-at",
            "dash-store-disk-full",
        ]
        .into_iter()
        .filter(|id| l10n.tr(id) == english.tr(id))
        .collect();
        assert!(same.is_empty(), "{lang}: untranslated {same:?}");
    }
}

#[test]
fn greek_is_written_in_greek_script() {
    let el = Localizer::new(Lang::El);
    for id in [
        "dash-headline-title",
        "view-devices",
        "report-caveat-cdn",
        "replay-by-provider",
        "err-capture-timeout",
        "cli-older-daemon",
    ] {
        let text = el.tr(id);
        let greek = text
            .chars()
            .filter(|c| {
                ('\u{370}'..='\u{3ff}').contains(c) || ('\u{1f00}'..='\u{1fff}').contains(c)
            })
            .count();
        let latin = text.chars().filter(char::is_ascii_alphabetic).count();
        assert!(greek > latin * 4, "{id}: {text}");
    }
}

/// Every Rust source under `dir`, concatenated.
fn sources(dir: &Path, out: &mut String) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
            out.push('\n');
        }
    }
}

fn all_sources() -> String {
    let mut out = String::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

#[test]
fn every_message_is_used_by_the_sources() {
    // A message nothing asks for is text translators keep up for nobody: remove it.
    let src = all_sources();
    let english = parse(Lang::En);
    let referenced: BTreeSet<&String> = english
        .messages
        .values()
        .flat_map(|refs| refs.messages.iter())
        .collect();
    let unused: Vec<&String> = english
        .messages
        .keys()
        // --help ids follow the command tree; src/cli/help.rs checks they match it.
        .filter(|id| {
            !["help-about-", "help-body-", "help-arg-"]
                .iter()
                .any(|p| id.starts_with(p))
        })
        .filter(|id| !referenced.contains(id) && !src.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "en.ftl ids no source uses: {unused:?}");
}

/// The string literal at the start of `text` (after spaces), if it looks like a message id
/// (`dash-live`, `headline`; not a proper name such as `Amazon` or `DNS`).
fn literal(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix('"')?;
    let (lit, _) = rest.split_once('"')?;
    let is_id = lit.starts_with(|c: char| c.is_ascii_lowercase())
        && lit
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    is_id.then_some(lit)
}

/// The ids the sources ask Fluent for: `tr!(l, "id"…)`, `.tr("id")`, `.tr_args("id"…)`,
/// and the dashboard's `pub const X: &str = "id"` (src/tui/text.rs).
fn ids_used(src: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (i, _) in src.match_indices("tr!(") {
        let after = &src[i + 4..];
        if let Some((_, rest)) = after.split_once(',')
            && let Some(id) = literal(rest)
        {
            ids.insert(id.to_string());
        }
    }
    for call in [".tr(", ".tr_args(", ".try_tr_args("] {
        for (i, _) in src.match_indices(call) {
            if let Some(id) = literal(&src[i + call.len()..]) {
                ids.insert(id.to_string());
            }
        }
    }
    let text_rs =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/text.rs"))
            .unwrap();
    for line in text_rs.lines() {
        if let Some(rest) = line.strip_prefix("pub const ")
            && let Some((name, value)) = rest.split_once(": &str = ")
            && name != "APP_NAME"
            && let Some(id) = literal(value)
        {
            ids.insert(id.to_string());
        }
    }
    ids
}

#[test]
fn every_id_the_sources_ask_for_exists_in_english() {
    let english = parse(Lang::En);
    let used = ids_used(&all_sources());
    assert!(used.len() > 200, "the scan found only {} ids", used.len());
    let missing: Vec<&String> = used
        .iter()
        // Ids of the localizer's own tests, made up to be missing.
        .filter(|id| !["a", "b", "c", "no-such-message"].contains(&id.as_str()))
        .filter(|id| !english.messages.contains_key(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "ids used but not in en.ftl: {missing:?}"
    );
}
