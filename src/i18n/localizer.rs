//! `Localizer`: the messages of one language, with English behind it for any id the
//! translation lacks (logged once per id).

use std::collections::HashSet;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

use super::format::{self, ByteUnits, NumberOptions};
use super::{Lang, ftl_source};

type Bundle = FluentBundle<FluentResource>;

/// Translates message ids into one language. Cheap to share (`Send + Sync`).
pub struct Localizer {
    lang: Lang,
    bundle: Bundle,
    /// English, for ids the translation lacks; `None` when `lang` is English.
    english: Option<Bundle>,
    /// Ids already reported as missing or broken, so each is logged once.
    reported: Mutex<HashSet<String>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("lang", &self.lang).finish()
    }
}

impl Localizer {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            bundle: bundle(lang),
            english: (lang != Lang::En).then(|| bundle(Lang::En)),
            reported: Mutex::new(HashSet::new()),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` with no variables.
    pub fn tr(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its variables. Numbers given as numbers are written the
    /// language's way and choose plural forms; see the [`tr!`](crate::tr) macro.
    pub fn tr_args(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let bundles = std::iter::once((&self.bundle, self.lang))
            .chain(self.english.as_ref().map(|b| (b, Lang::En)));
        for (bundle, lang) in bundles {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                if lang != Lang::En {
                    self.report_once(id, || {
                        tracing::warn!(id, lang = lang.code(), "message missing; using English");
                    });
                }
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                self.report_once(id, || {
                    tracing::warn!(id, lang = lang.code(), ?errors, "message has errors");
                });
            }
            return text.into_owned();
        }
        self.report_once(id, || tracing::warn!(id, "no such message in any language"));
        id.to_string()
    }

    fn report_once(&self, id: &str, log: impl FnOnce()) {
        // A poisoned lock only means another thread panicked while logging; log anyway.
        let mut reported = self.reported.lock().unwrap_or_else(|e| e.into_inner());
        if reported.insert(id.to_string()) {
            log();
        }
    }

    /// A count, grouped as the language does: `9,215`, `9.215`, `9 215`.
    pub fn integer(&self, n: u64) -> String {
        format::integer(self.lang, n)
    }

    /// A decimal number with exactly `digits` fraction digits.
    pub fn decimal(&self, value: f64, digits: usize) -> String {
        format::number(self.lang, value, NumberOptions::fixed(digits))
    }

    /// A ratio as a percentage: `37.2%`, `37,2 %`.
    pub fn percent(&self, ratio: f64, digits: usize) -> String {
        format::percent(self.lang, ratio, digits)
    }

    /// A change as a signed percentage: `+12 %`, `−37 %`.
    pub fn signed_percent(&self, ratio: f64, digits: usize) -> String {
        format::signed_percent(self.lang, ratio, digits)
    }

    /// Bytes in decimal units: `17.2 MB`, `1,5 Go`.
    pub fn bytes(&self, n: u64) -> String {
        format::bytes(self.lang, n, ByteUnits::Si)
    }

    /// Bytes in binary units: `3.4 MiB`, `3,4 Mio`.
    pub fn bytes_iec(&self, n: u64) -> String {
        format::bytes(self.lang, n, ByteUnits::Iec)
    }

    /// The weekday's name: `Monday`, `lundi`, `Δευτέρα`.
    pub fn weekday(&self, day: time::Weekday) -> String {
        crate::tr!(self, "weekday", weekday = weekday_id(day))
    }

    /// `vs usual Mondays`, `par rapport aux lundis habituels`: the baseline label.
    pub fn vs_usual(&self, day: time::Weekday) -> String {
        crate::tr!(self, "vs-usual", weekday = weekday_id(day))
    }

    /// `Monday 9 March 2027`, `lundi 9 mars 2027`, `Montag, 9. März 2027`.
    pub fn date_long(&self, date: time::Date) -> String {
        self.tr_args("date-long", &date_args(date))
    }

    /// `09/03/2027`, `09.03.2027`.
    pub fn date_short(&self, date: time::Date) -> String {
        self.tr_args("date-short", &date_args(date))
    }

    /// `14:05`.
    pub fn time_of_day(&self, time: time::Time) -> String {
        format::time_of_day(time.hour(), time.minute())
    }
}

/// The selector value the `.ftl` files use for a weekday.
pub fn weekday_id(day: time::Weekday) -> &'static str {
    use time::Weekday::*;
    match day {
        Monday => "monday",
        Tuesday => "tuesday",
        Wednesday => "wednesday",
        Thursday => "thursday",
        Friday => "friday",
        Saturday => "saturday",
        Sunday => "sunday",
    }
}

fn date_args(date: time::Date) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("weekday", weekday_id(date.weekday()));
    args.set("day", u8::from(date.day()));
    args.set("month", u8::from(date.month()));
    args.set("year", date.year());
    args
}

/// One language's bundle from its embedded `.ftl`. The files are checked whole by the tests,
/// so an error here means a broken build; it is logged and the good messages still serve.
fn bundle(lang: Lang) -> Bundle {
    let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Terminals show the isolation marks Fluent puts around variables as garbage.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    if let Err(errors) = bundle.add_builtins() {
        tracing::error!(?errors, "adding Fluent builtins");
    }
    let resource = match FluentResource::try_new(ftl_source(lang).to_string()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            tracing::error!(lang = lang.code(), ?errors, "syntax errors in the .ftl file");
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(lang = lang.code(), ?errors, "errors adding the .ftl file");
    }
    bundle
}

/// Fluent's hook for writing values: numbers the language's way, honouring the options
/// `NUMBER()` accepts that matter here (fraction digits, grouping, integer digits).
fn format_value(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let o = &n.options;
    let defaults = NumberOptions::default();
    let min_fraction = o.minimum_fraction_digits.unwrap_or(defaults.min_fraction);
    let options = NumberOptions {
        min_fraction,
        max_fraction: o
            .maximum_fraction_digits
            .unwrap_or(defaults.max_fraction)
            .max(min_fraction),
        grouping: o.use_grouping,
        min_integer: o.minimum_integer_digits.unwrap_or(defaults.min_integer),
    };
    memoizer
        .with_try_get::<LangOf, _, _>((), |l| format::number(l.0, n.value, options))
        .ok()
}

/// The bundle's language as a [`Lang`], memoized by Fluent per bundle.
struct LangOf(Lang);

impl Memoizable for LangOf {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _args: ()) -> Result<Self, ()> {
        Ok(Self(
            Lang::from_locale(lang.language.as_str()).unwrap_or(Lang::En),
        ))
    }
}
