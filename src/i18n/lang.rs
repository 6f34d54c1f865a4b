//! The nine languages nuage speaks, and which one a run uses: `--lang`, then the config's
//! `lang`, then `LC_ALL` / `LC_MESSAGES` / `LANG`, then English.

use std::fmt;
use std::str::FromStr;

/// A language nuage has a translation for. English is the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Es,
    Ca,
    Fr,
    De,
    Pt,
    El,
    Ro,
    It,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 9] = [
        Lang::En,
        Lang::Es,
        Lang::Ca,
        Lang::Fr,
        Lang::De,
        Lang::Pt,
        Lang::El,
        Lang::Ro,
        Lang::It,
    ];

    /// The ISO 639-1 code, as `--lang` and the config take it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Ca => "ca",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Pt => "pt",
            Lang::El => "el",
            Lang::Ro => "ro",
            Lang::It => "it",
        }
    }

    /// The codes of every language, for messages: `en, es, ca, …`.
    pub fn all_codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }

    /// Reads a language tag or a POSIX locale: `de`, `pt-BR`, `de_DE.UTF-8`, `el_GR.utf8`,
    /// `ca_ES@valencia`. `C` and `POSIX` mean English. `None` for a language nuage lacks.
    pub fn from_locale(text: &str) -> Option<Lang> {
        let text = text.trim();
        // Drop the codeset (`.UTF-8`) and the modifier (`@euro`).
        let base = text.split(['.', '@']).next().unwrap_or_default();
        if base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
            return Some(Lang::En);
        }
        let language = base.split(['_', '-']).next().unwrap_or_default();
        let language = language.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language name nuage has no translation for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?} (nuage speaks {langs})", langs = Lang::all_codes())]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_locale(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

/// From the config's `lang = "fr"`: a code or a locale, refused (naming the choices) when
/// nuage lacks the language, so a typo does not silently switch to another one.
impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// Where the language of a run came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangSource {
    Flag,
    Config,
    /// The environment variable that decided.
    Env(&'static str),
    Default,
}

/// The language of a run, and what to tell the user about how it was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangChoice {
    pub lang: Lang,
    pub source: LangSource,
    /// `--lang` named a language nuage lacks: the run is in English, and this is the name
    /// to mention in a notice.
    pub unknown_flag: Option<String>,
    /// The language to write that notice in: the one the config or the environment asks
    /// for, so the user can read it.
    pub notice_lang: Lang,
}

/// The locale variables in the order POSIX gives them precedence.
pub const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// Chooses the language: `--lang`, then the config, then the first set locale variable;
/// English otherwise. `env` reads a variable (a function so tests need no real environment).
///
/// An unknown `--lang` gives English (as asked in the README), with a notice to write in
/// the language the config or the environment would have chosen.
pub fn choose(
    flag: Option<&str>,
    config: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> LangChoice {
    let from_env = || {
        // The first variable that is set and not empty decides, even if it names a
        // language nuage lacks (then English), as for any POSIX program.
        LOCALE_VARS.into_iter().find_map(|var| {
            env(var)
                .filter(|v| !v.trim().is_empty())
                .map(|v| (Lang::from_locale(&v).unwrap_or(Lang::En), var))
        })
    };
    let fallback = || match (config, from_env()) {
        (Some(lang), _) => (lang, LangSource::Config),
        (None, Some((lang, var))) => (lang, LangSource::Env(var)),
        (None, None) => (Lang::En, LangSource::Default),
    };
    match flag.map(|f| (f, Lang::from_locale(f))) {
        Some((_, Some(lang))) => LangChoice {
            lang,
            source: LangSource::Flag,
            unknown_flag: None,
            notice_lang: lang,
        },
        Some((name, None)) => LangChoice {
            lang: Lang::En,
            source: LangSource::Default,
            unknown_flag: Some(name.to_string()),
            notice_lang: fallback().0,
        },
        None => {
            let (lang, source) = fallback();
            LangChoice {
                lang,
                source,
                unknown_flag: None,
                notice_lang: lang,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_string())
        }
    }

    #[test]
    fn locales_read_as_posix_writes_them() {
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::from_locale("pt_BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_locale("el_GR.utf8"), Some(Lang::El));
        assert_eq!(Lang::from_locale("ca_ES@valencia"), Some(Lang::Ca));
        assert_eq!(Lang::from_locale("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_locale("RO"), Some(Lang::Ro));
        assert_eq!(Lang::from_locale("C"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("POSIX"), Some(Lang::En));
        assert_eq!(Lang::from_locale("ja_JP.UTF-8"), None);
        assert_eq!(Lang::from_locale(""), None);
        assert_eq!("it".parse::<Lang>(), Ok(Lang::It));
        let err = "xx".parse::<Lang>().unwrap_err().to_string();
        assert!(
            err.contains("\"xx\"") && err.contains("en, es, ca"),
            "{err}"
        );
    }

    #[test]
    fn flag_then_config_then_environment() {
        let vars = [("LANG", "de_DE.UTF-8")];
        let c = choose(Some("el"), Some(Lang::Fr), env(&vars));
        assert_eq!((c.lang, c.source), (Lang::El, LangSource::Flag));
        let c = choose(None, Some(Lang::Fr), env(&vars));
        assert_eq!((c.lang, c.source), (Lang::Fr, LangSource::Config));
        let c = choose(None, None, env(&vars));
        assert_eq!((c.lang, c.source), (Lang::De, LangSource::Env("LANG")));
        let c = choose(None, None, env(&[]));
        assert_eq!((c.lang, c.source), (Lang::En, LangSource::Default));
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang() {
        let vars = [
            ("LANG", "de_DE.UTF-8"),
            ("LC_MESSAGES", "it_IT.UTF-8"),
            ("LC_ALL", "ro_RO.UTF-8"),
        ];
        assert_eq!(choose(None, None, env(&vars)).lang, Lang::Ro);
        assert_eq!(choose(None, None, env(&vars[..2])).lang, Lang::It);
        // An empty variable is as good as unset; `C` means English.
        let vars = [("LC_ALL", ""), ("LC_MESSAGES", "C"), ("LANG", "es_ES")];
        let c = choose(None, None, env(&vars));
        assert_eq!(
            (c.lang, c.source),
            (Lang::En, LangSource::Env("LC_MESSAGES"))
        );
    }

    #[test]
    fn unknown_flag_gives_english_and_a_notice_the_user_can_read() {
        let c = choose(Some("xx"), None, env(&[("LANG", "fr_FR.UTF-8")]));
        assert_eq!(c.lang, Lang::En);
        assert_eq!(c.unknown_flag.as_deref(), Some("xx"));
        assert_eq!(c.notice_lang, Lang::Fr);
        let c = choose(Some("klingon"), None, env(&[]));
        assert_eq!((c.lang, c.notice_lang), (Lang::En, Lang::En));
    }
}
