//! The report's formats, one file each. Human formats take their words from
//! [`strings`](super::strings) and their numbers from [`format`](super::format), in the
//! language of the [`Localizer`] they are given.

mod content;
mod csv;
mod html;
mod json;
mod md;
mod svg;
mod table;
mod text;

use std::fmt;
use std::str::FromStr;

use super::Report;
use crate::i18n::Localizer;

/// Lists in the human formats stop after this many rows (JSON and CSV keep them all).
pub const TOP_ROWS: usize = 15;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Md,
    Json,
    Csv,
    Html,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Text,
        Format::Md,
        Format::Json,
        Format::Csv,
        Format::Html,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Md => "md",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.id() == s)
            .ok_or_else(|| format!("unknown format {s:?} (expected text, md, json, csv or html)"))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("writing the report as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// The report in `format`, ending with a newline. The human formats speak `l10n`'s
/// language; JSON and CSV are the same in every language.
pub fn render(report: &Report, format: Format, l10n: &Localizer) -> Result<String, RenderError> {
    Ok(match format {
        Format::Text => text::render(report, l10n),
        Format::Md => md::render(report, l10n),
        Format::Json => json::render(report)?,
        Format::Csv => csv::render(report),
        Format::Html => html::render(report, l10n),
    })
}

/// The first [`TOP_ROWS`] items and how many were left out.
fn top<T>(items: &[T]) -> (&[T], usize) {
    let n = items.len().min(TOP_ROWS);
    (&items[..n], items.len() - n)
}
