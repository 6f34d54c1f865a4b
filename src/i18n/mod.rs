//! What nuage says to people, in the nine languages of the day of action: en (the source),
//! es, ca, fr, de, pt, el, ro, it.
//!
//! Messages are Project Fluent files (`i18n/<code>.ftl`) embedded in the binary, so nuage
//! stays offline. [`Localizer`] turns ids into text, with English behind any gap;
//! [`format`] writes numbers, percentages and byte sizes as each language does; [`choose`]
//! picks the language of a run. JSON keys and CSV headers are not translated: they are an
//! interface, not text.

pub mod errors;
pub mod format;
mod lang;
mod localizer;

pub use fluent_bundle::{FluentArgs, FluentValue};
pub use lang::{LOCALE_VARS, Lang, LangChoice, LangSource, UnknownLang, choose};
pub use localizer::{Localizer, weekday_id};

/// The `.ftl` text of a language, as embedded at build time.
pub fn ftl_source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../i18n/en.ftl"),
        Lang::Es => include_str!("../../i18n/es.ftl"),
        Lang::Ca => include_str!("../../i18n/ca.ftl"),
        Lang::Fr => include_str!("../../i18n/fr.ftl"),
        Lang::De => include_str!("../../i18n/de.ftl"),
        Lang::Pt => include_str!("../../i18n/pt.ftl"),
        Lang::El => include_str!("../../i18n/el.ftl"),
        Lang::Ro => include_str!("../../i18n/ro.ftl"),
        Lang::It => include_str!("../../i18n/it.ftl"),
    }
}

/// A message with named variables: `tr!(l10n, "unit-flows", count = 3)`.
#[macro_export]
macro_rules! tr {
    ($l10n:expr, $id:expr $(,)?) => {
        $l10n.tr($id)
    };
    ($l10n:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $value); )+
        $l10n.tr_args($id, &args)
    }};
}
