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
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

impl Localizer {
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            bundle: bundle(lang, ftl_source(lang)),
            english: (lang != Lang::En).then(|| bundle(Lang::En, ftl_source(Lang::En))),
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

    /// The message in this language only, or what went wrong: no such id, or errors while
    /// formatting (a variable not given, a broken reference). For tests and checks.
    pub fn try_tr_args(
        &self,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, Vec<String>> {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return Err(vec![format!("no message {id:?} in {}", self.lang)]);
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(errors.iter().map(ToString::to_string).collect())
        }
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

    /// The weekday's short name, for axes and narrow columns: `Mon`, `lun.`, `Δευ`.
    pub fn weekday_short(&self, day: time::Weekday) -> String {
        crate::tr!(self, "weekday-short", weekday = weekday_id(day))
    }

    /// A month on its own: `March 2027`, `marzo de 2027`, `Μάρτιος 2027`.
    pub fn month_year(&self, date: time::Date) -> String {
        self.tr_args("month-year", &date_args(date))
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

// The dashboard shares one localizer between threads.
const _: fn() = || {
    fn shareable<T: Send + Sync>() {}
    shareable::<Localizer>();
};

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
    args.set("day", date.day());
    args.set("month", u8::from(date.month()));
    args.set("year", date.year());
    args
}

/// One language's bundle from its embedded `.ftl`. The files are checked whole by the tests,
/// so an error here means a broken build; it is logged and the good messages still serve.
fn bundle(lang: Lang, source: &str) -> Bundle {
    // European Portuguese plural rules (0 is plural), as the translation is pt-PT.
    let tag = if lang == Lang::Pt {
        "pt-PT"
    } else {
        lang.code()
    };
    let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Terminals show the isolation marks Fluent puts around variables as garbage.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    if let Err(errors) = bundle.add_builtins() {
        tracing::error!(?errors, "adding Fluent builtins");
    }
    if let Err(error) =
        bundle.add_function("RO_PLURAL", |positional, _named| match positional.first() {
            Some(FluentValue::Number(n)) => FluentValue::from(romanian_plural(n.value)),
            _ => FluentValue::Error,
        })
    {
        tracing::error!(%error, "adding RO_PLURAL");
    }
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            tracing::error!(
                lang = lang.code(),
                ?errors,
                "syntax errors in the .ftl file"
            );
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(lang = lang.code(), ?errors, "errors adding the .ftl file");
    }
    bundle
}

/// CLDR's Romanian plural category: one (1), few (0, 2–19, 101–119, any fraction), other.
/// intl_pluralrules 7 drops the `n % 100` of the "few" rule (102 came out "other", so
/// "102 de fluxuri" instead of "102 fluxuri").
fn romanian_plural(n: f64) -> &'static str {
    let n = n.abs();
    if n.fract() != 0.0 {
        "few"
    } else if n == 1.0 {
        "one"
    } else if n == 0.0 || (1.0..=19.0).contains(&(n % 100.0)) {
        "few"
    } else {
        "other"
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tr;

    #[test]
    fn plurals_follow_each_language() {
        let en = Localizer::new(Lang::En);
        assert_eq!(tr!(en, "unit-flows", count = 1), "1 flow");
        assert_eq!(tr!(en, "unit-flows", count = 0), "0 flows");
        assert_eq!(tr!(en, "unit-flows", count = 12_345), "12,345 flows");
        let fr = Localizer::new(Lang::Fr);
        // French counts 0 and 1 as singular.
        assert_eq!(tr!(fr, "unit-devices", count = 0), "0 appareil");
        assert_eq!(tr!(fr, "unit-devices", count = 2), "2 appareils");
        assert_eq!(tr!(fr, "unit-flows", count = 12_345), "12\u{a0}345 flux");
        let ro = Localizer::new(Lang::Ro);
        assert_eq!(tr!(ro, "unit-devices", count = 1), "1 dispozitiv");
        assert_eq!(tr!(ro, "unit-devices", count = 3), "3 dispozitive");
        assert_eq!(tr!(ro, "unit-devices", count = 20), "20 de dispozitive");
        assert_eq!(tr!(ro, "unit-devices", count = 0), "0 dispozitive");
        assert_eq!(tr!(ro, "unit-devices", count = 101), "101 dispozitive");
        assert_eq!(tr!(ro, "unit-devices", count = 102), "102 dispozitive");
        assert_eq!(tr!(ro, "unit-devices", count = 120), "120 de dispozitive");
        assert_eq!(
            tr!(ro, "unit-devices", count = 1_000),
            "1.000 de dispozitive"
        );
        let pt = Localizer::new(Lang::Pt);
        assert_eq!(tr!(pt, "unit-days", count = 0), "0 dias");
        let de = Localizer::new(Lang::De);
        assert_eq!(tr!(de, "unit-devices", count = 1_000), "1.000 Geräte");
        let el = Localizer::new(Lang::El);
        assert_eq!(tr!(el, "unit-devices", count = 1), "1 συσκευή");
    }

    #[test]
    fn dates_and_weekdays_per_language() {
        let date = time::macros::date!(2027 - 03 - 08);
        let expect = [
            (Lang::En, "Monday 8 March 2027", "08/03/2027"),
            (Lang::Es, "lunes, 8 de marzo de 2027", "08/03/2027"),
            (Lang::Ca, "dilluns, 8 de març de 2027", "08/03/2027"),
            (Lang::Fr, "lundi 8 mars 2027", "08/03/2027"),
            (Lang::De, "Montag, 8. März 2027", "08.03.2027"),
            (Lang::Pt, "segunda-feira, 8 de março de 2027", "08/03/2027"),
            (Lang::El, "Δευτέρα, 8 Μαρτίου 2027", "08/03/2027"),
            (Lang::Ro, "luni, 8 martie 2027", "08.03.2027"),
            (Lang::It, "lunedì 8 marzo 2027", "08/03/2027"),
        ];
        for (lang, long, short) in expect {
            let l = Localizer::new(lang);
            assert_eq!(l.date_long(date), long, "{lang}");
            assert_eq!(l.date_short(date), short, "{lang}");
        }
        let ca = Localizer::new(Lang::Ca);
        assert_eq!(
            ca.date_long(time::macros::date!(2026 - 04 - 23)),
            "dijous, 23 d’abril de 2026"
        );
        assert_eq!(
            ca.month_year(time::macros::date!(2026 - 04 - 23)),
            "abril de 2026"
        );
        let fr = Localizer::new(Lang::Fr);
        assert_eq!(
            fr.date_long(time::macros::date!(2026 - 05 - 01)),
            "vendredi 1er mai 2026"
        );
        assert_eq!(
            fr.vs_usual(time::Weekday::Monday),
            "par rapport à un lundi habituel"
        );
        assert_eq!(fr.weekday(time::Weekday::Sunday), "dimanche");
        assert_eq!(fr.weekday_short(time::Weekday::Wednesday), "mer.");
        assert_eq!(fr.month_year(date), "mars 2027");
        let de = Localizer::new(Lang::De);
        assert_eq!(de.weekday_short(time::Weekday::Thursday), "Do.");
        let el = Localizer::new(Lang::El);
        // Months on their own are nominative; in a date, genitive.
        assert_eq!(el.month_year(date), "Μάρτιος 2027");
        assert_eq!(
            el.vs_usual(time::Weekday::Saturday),
            "σε σχέση με ένα συνηθισμένο Σάββατο"
        );
        let en = Localizer::new(Lang::En);
        assert_eq!(
            tr!(
                en,
                "change-vs-usual",
                change = en.signed_percent(-0.37, 0),
                weekday = "monday"
            ),
            "\u{2212}37% vs usual Mondays"
        );
        assert_eq!(en.time_of_day(time::macros::time!(9:05)), "09:05");
    }

    #[test]
    fn missing_ids_fall_back_to_english_and_are_reported_once() {
        // The real files are complete (tests/i18n_catalogue.rs), so build a gappy one.
        let de = Localizer {
            lang: Lang::De,
            bundle: bundle(Lang::De, "a = A auf Deutsch\n"),
            english: Some(bundle(
                Lang::En,
                "a = A in English\nb = { $n ->\n    [one] one B\n   *[other] { $n } Bs\n}\n",
            )),
            reported: Mutex::new(HashSet::new()),
        };
        assert_eq!(de.tr("a"), "A auf Deutsch");
        // A message only English has comes out wholly English, digits included.
        assert_eq!(tr!(de, "b", n = 1_000), "1,000 Bs");
        assert_eq!(tr!(de, "b", n = 1), "one B");
        let reported = |l: &Localizer| l.reported.lock().unwrap().clone();
        assert_eq!(reported(&de), HashSet::from(["b".to_string()]));
        // Nowhere at all: the id itself, so the gap shows without breaking the output.
        assert_eq!(de.tr("c"), "c");
        assert_eq!(reported(&de).len(), 2);
    }

    #[test]
    fn unknown_ids_and_missing_variables_are_errors_for_checks() {
        let de = Localizer::new(Lang::De);
        assert_eq!(de.tr("no-such-message"), "no-such-message");
        assert!(de.try_tr_args("no-such-message", None).is_err());
        // A missing variable is reported, not hidden.
        let errors = de.try_tr_args("unit-devices", None).unwrap_err();
        assert!(!errors.is_empty());
    }
}
