//! The language of a run: `--lang`, the config's `lang`, the locale variables, English.

use super::args::GlobalArgs;
use crate::config::Config;
use crate::i18n::{self, Lang, LangChoice, Localizer};
use crate::tr;

fn choose(global: &GlobalArgs, config: Option<&Config>) -> LangChoice {
    i18n::choose(global.lang.as_deref(), config.and_then(|c| c.lang), |var| {
        std::env::var(var).ok()
    })
}

/// The localizer of a run whose config is loaded (or unreadable: `None`).
pub fn localizer(global: &GlobalArgs, config: Option<&Config>) -> Localizer {
    let choice = choose(global, config);
    tracing::debug!(lang = choice.lang.code(), source = ?choice.source, "language");
    Localizer::new(choice.lang)
}

/// Tells on standard error that `--lang` named a language nuage lacks and that the run is
/// in English, in the language the config or the environment asks for.
pub fn announce_unknown(global: &GlobalArgs) {
    let Some(flag) = global.lang.as_deref() else {
        return;
    };
    if Lang::from_locale(flag).is_some() {
        return;
    }
    // A broken config is reported by the command itself.
    let config = Config::load(global.config.as_deref()).ok();
    let choice = choose(global, config.as_ref());
    announce(flag, &choice);
}

/// The notice for an unknown `--lang`, in the language the choice says to write it in.
pub fn announce(flag: &str, choice: &LangChoice) {
    let notice = Localizer::new(choice.notice_lang);
    eprintln!(
        "nuage: {}",
        tr!(
            notice,
            "lang-unknown",
            name = flag,
            available = Lang::all_codes()
        )
    );
}
