//! `nuage ranges sources|status|update`: formatting what `ranges::update` and
//! `ranges::status` report, as a table for people or JSON lines.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;
use serde_json::json;
use time::OffsetDateTime;

use super::args::{GlobalArgs, RangesCommand, UpdateArgs};
use super::context::Context as RunContext;
use crate::config::Config;
use crate::i18n::Localizer;
use crate::ranges::Catalogue;
use crate::ranges::status::{self, SourceStatus};
use crate::ranges::update::{self, Outcome, SourceReport, UpdateOptions};
use crate::tr;

pub fn run(global: &GlobalArgs, command: &RangesCommand) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match command {
        RangesCommand::Sources => {
            // Listing the sources needs no config; read it only for its language.
            let config = Config::load(global.config.as_deref()).ok();
            let l10n = super::lang::localizer(global, config.as_ref());
            sources(&bundled(&l10n)?, global.json, &l10n, &mut out)
        }
        RangesCommand::Status => {
            let ctx = RunContext::new(global)?;
            status(&bundled(&ctx.l10n)?, &ctx, global.json, &mut out)
        }
        RangesCommand::Update(args) => {
            let ctx = RunContext::new(global)?;
            run_update(&bundled(&ctx.l10n)?, &ctx, args, global.json, &mut out)
        }
    }
}

fn bundled(l10n: &Localizer) -> anyhow::Result<Catalogue> {
    Catalogue::bundled().with_context(|| l10n.tr("error-bundled-catalogue"))
}

/// Prints rows as columns padded to the widest cell; the last column is not padded.
fn table(out: &mut dyn Write, rows: &[Vec<String>]) -> std::io::Result<()> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|cell| cell.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(cell);
                let pad = widths[c] - cell.chars().count() + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn format_id(format: crate::ranges::SourceFormat) -> String {
    serde_json::to_value(format)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{format:?}"))
}

fn sources(
    catalogue: &Catalogue,
    json: bool,
    l10n: &Localizer,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    if json {
        for s in catalogue.sources() {
            let value = json!({
                "id": s.id,
                "provider": s.provider,
                "url": s.url,
                "file": s.file,
                "format": format_id(s.format),
                "cadence_days": s.cadence_days,
                "discover": s.discover,
                "compression": s.compression,
                "licence": s.licence,
            });
            writeln!(out, "{value}")?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut rows = vec![
        [
            "ranges-col-id",
            "ranges-col-provider",
            "ranges-col-format",
            "ranges-col-every",
            "ranges-col-save-as",
            "ranges-col-url",
        ]
        .map(|id| l10n.tr(id))
        .to_vec(),
    ];
    let mut notes = Vec::new();
    for s in catalogue.sources() {
        rows.push(vec![
            s.id.clone(),
            s.provider
                .clone()
                .unwrap_or_else(|| l10n.tr("ranges-all-providers")),
            format_id(s.format),
            tr!(l10n, "days-short", days = s.cadence_days),
            s.file.clone(),
            s.url.clone(),
        ]);
        let (id, file) = (s.id.as_str(), s.file.as_str());
        if s.discover.is_some() {
            notes.push(tr!(l10n, "ranges-note-discover", id = id, file = file));
        }
        if s.url.contains("{YYYY}") || s.url.contains("{MM}") {
            notes.push(tr!(l10n, "ranges-note-placeholders", id = id));
        }
        match s.compression.as_deref() {
            Some("gzip") => notes.push(tr!(l10n, "ranges-note-gzip", id = id, file = file)),
            Some("zip") => notes.push(tr!(l10n, "ranges-note-zip", id = id, file = file)),
            _ => {}
        }
        if let Some(licence) = &s.licence {
            notes.push(tr!(
                l10n,
                "ranges-note-licence",
                id = id,
                licence = licence.as_str()
            ));
        }
    }
    table(out, &rows)?;
    writeln!(out, "\n{}", l10n.tr("ranges-offline-howto"))?;
    for note in notes {
        writeln!(out, "  {note}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn status(
    catalogue: &Catalogue,
    ctx: &RunContext,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let l10n = &ctx.l10n;
    let now = OffsetDateTime::now_utc();
    let dir = crate::paths::ranges_dir(&ctx.data_dir);
    let statuses = status::source_status(catalogue, &dir, now);
    let snapshot = status::snapshot_status(now);
    if json {
        for s in &statuses {
            let value = json!({
                "source": s.source.id,
                "file": s.source.file,
                "present": s.present,
                "date": s.date.map(|(d, _)| d.to_string()),
                "date_from": s.date.map(|(_, from)| from.id()),
                "published": s.published,
                "age_days": s.age_days,
                "cadence_days": s.source.cadence_days,
                "ipv4": s.ipv4,
                "ipv6": s.ipv6,
                "stale": s.stale,
                "error": s.error.as_ref().map(ToString::to_string),
            });
            writeln!(out, "{value}")?;
        }
        let value = json!({
            "source": "bundled",
            "date": snapshot.date.map(|d| d.to_string()),
            "age_days": snapshot.age_days,
            "asn_ipv4": snapshot.asn_ipv4,
            "asn_ipv6": snapshot.asn_ipv6,
            "published_ipv4": snapshot.published_ipv4,
            "published_ipv6": snapshot.published_ipv6,
        });
        writeln!(out, "{value}")?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut rows = vec![vec![
        l10n.tr("ranges-col-source"),
        l10n.tr("ranges-col-file"),
        l10n.tr("ranges-col-date"),
        l10n.tr("ranges-col-age"),
        "IPv4".into(),
        "IPv6".into(),
        l10n.tr("ranges-col-state"),
    ]];
    for s in &statuses {
        rows.push(status_row(s, l10n));
    }
    table(out, &rows)?;
    let date = match (snapshot.date, snapshot.age_days) {
        (Some(d), Some(age)) => tr!(
            l10n,
            "ranges-bundled-date",
            date = l10n.date_short(d),
            days = age
        ),
        _ => l10n.tr("ranges-undated"),
    };
    let bundled = tr!(
        l10n,
        "ranges-bundled",
        date = date,
        asn_v4 = snapshot.asn_ipv4,
        asn_v6 = snapshot.asn_ipv6,
        published_v4 = snapshot.published_ipv4,
        published_v6 = snapshot.published_ipv6
    );
    writeln!(out, "\n{bundled}")?;
    if statuses.iter().any(|s| s.stale) {
        writeln!(out, "{}", l10n.tr("ranges-stale-hint"))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn status_row(s: &SourceStatus<'_>, l10n: &Localizer) -> Vec<String> {
    if !s.present {
        return vec![
            s.source.id.clone(),
            "-".into(),
            "-".into(),
            "-".into(),
            "-".into(),
            "-".into(),
            l10n.tr("ranges-state-not-imported"),
        ];
    }
    let state = match (&s.error, s.stale) {
        (Some(e), _) => tr!(
            l10n,
            "ranges-state-unreadable",
            error = crate::i18n::errors::ranges_status(e, l10n)
        ),
        (None, true) => l10n.tr("ranges-state-stale"),
        (None, false) => l10n.tr("ranges-state-ok"),
    };
    vec![
        s.source.id.clone(),
        s.source.file.clone(),
        s.date.map_or("-".into(), |(d, from)| {
            tr!(
                l10n,
                "ranges-date-from",
                date = d.to_string(),
                from = from.id()
            )
        }),
        s.age_days
            .map_or("-".into(), |a| tr!(l10n, "days-short", days = a)),
        l10n.integer(s.ipv4 as u64),
        l10n.integer(s.ipv6 as u64),
        state,
    ]
}

fn run_update(
    catalogue: &Catalogue,
    ctx: &RunContext,
    args: &UpdateArgs,
    json: bool,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let l10n = &ctx.l10n;
    let dir = crate::paths::ranges_dir(&ctx.data_dir);
    let options = UpdateOptions {
        only: &args.sources,
        from: args.from.as_deref(),
        mirror: ctx.config.ranges.mirror.as_deref(),
        force: args.force,
        now: OffsetDateTime::now_utc(),
    };
    let mut write_error = None;
    let reports = update::update(catalogue, &dir, &options, |report| {
        let line = if json {
            report_json(report).to_string()
        } else {
            report_line(report, l10n)
        };
        if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush()) {
            write_error.get_or_insert(e);
        }
    })?;
    if let Some(e) = write_error {
        return Err(e).with_context(|| l10n.tr("error-writing-report"));
    }
    let failed = reports.iter().filter(|r| r.result.is_err()).count();
    let none_found = reports
        .iter()
        .all(|r| matches!(r.result, Ok(Outcome::NotInDir { .. })));
    if let Some(from) = args.from.as_ref().filter(|_| none_found) {
        anyhow::bail!(tr!(
            l10n,
            "ranges-from-empty",
            dir = from.display().to_string()
        ));
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn report_line(report: &SourceReport<'_>, l10n: &Localizer) -> String {
    let id = report.source.id.as_str();
    let prefixes = |n: usize| tr!(l10n, "ranges-prefixes", count = n);
    match &report.result {
        Ok(Outcome::Updated(change)) if change.replaced => tr!(
            l10n,
            "ranges-updated-diff",
            id = id,
            size = l10n.bytes(change.bytes),
            prefixes = prefixes(change.prefixes),
            added = change.added,
            removed = change.removed
        ),
        Ok(Outcome::Updated(change)) => tr!(
            l10n,
            "ranges-updated",
            id = id,
            size = l10n.bytes(change.bytes),
            prefixes = prefixes(change.prefixes)
        ),
        Ok(Outcome::NotModified) => tr!(l10n, "ranges-not-modified", id = id),
        Ok(Outcome::Unchanged { prefixes: n }) => {
            tr!(l10n, "ranges-unchanged", id = id, prefixes = prefixes(*n))
        }
        Ok(Outcome::NotInDir { path }) => {
            let dir = path.parent().map(|d| d.display().to_string());
            tr!(
                l10n,
                "ranges-not-in-dir",
                id = id,
                file = report.source.file.as_str(),
                dir = dir.unwrap_or_default()
            )
        }
        Err(e) if report.kept_previous => {
            tr!(
                l10n,
                "ranges-failed-kept",
                id = id,
                error = crate::i18n::errors::ranges_source(e, l10n)
            )
        }
        Err(e) => tr!(
            l10n,
            "ranges-failed-bundled",
            id = id,
            error = crate::i18n::errors::ranges_source(e, l10n)
        ),
    }
}

fn report_json(report: &SourceReport<'_>) -> serde_json::Value {
    let id = &report.source.id;
    match &report.result {
        Ok(Outcome::Updated(c)) => json!({
            "source": id, "status": "updated", "file": report.source.file,
            "bytes": c.bytes, "prefixes": c.prefixes, "added": c.added, "removed": c.removed,
            "origin": c.origin, "published": c.published,
        }),
        Ok(Outcome::NotModified) => json!({"source": id, "status": "not-modified"}),
        Ok(Outcome::Unchanged { prefixes }) => {
            json!({"source": id, "status": "unchanged", "prefixes": prefixes})
        }
        Ok(Outcome::NotInDir { path }) => {
            json!({"source": id, "status": "not-in-dir", "path": path.display().to_string()})
        }
        Err(e) => json!({
            "source": id, "status": "failed", "file": report.source.file,
            "error": e.to_string(), "kept_previous": report.kept_previous,
        }),
    }
}
