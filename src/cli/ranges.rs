//! `nuage ranges sources|status|update`: formatting what `ranges::update` and
//! `ranges::status` report, as a table for people or JSON lines.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context as _;
use serde_json::json;
use time::OffsetDateTime;

use super::args::{GlobalArgs, RangesCommand, UpdateArgs};
use super::context::Context as RunContext;
use crate::ranges::Catalogue;
use crate::ranges::status::{self, SourceStatus};
use crate::ranges::update::{self, Outcome, SourceReport, UpdateOptions};

pub fn run(global: &GlobalArgs, command: &RangesCommand) -> anyhow::Result<ExitCode> {
    let catalogue = Catalogue::bundled().context("reading the bundled catalogue")?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match command {
        RangesCommand::Sources => sources(&catalogue, global.json, &mut out),
        RangesCommand::Status => {
            let ctx = RunContext::new(global)?;
            status(&catalogue, &ctx, global.json, &mut out)
        }
        RangesCommand::Update(args) => {
            let ctx = RunContext::new(global)?;
            run_update(&catalogue, &ctx, args, global.json, &mut out)
        }
    }
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

fn sources(catalogue: &Catalogue, json: bool, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
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
    let mut rows = vec![vec![
        "ID".to_string(),
        "PROVIDER".into(),
        "FORMAT".into(),
        "EVERY".into(),
        "SAVE AS".into(),
        "URL".into(),
    ]];
    let mut notes = Vec::new();
    for s in catalogue.sources() {
        rows.push(vec![
            s.id.clone(),
            s.provider.clone().unwrap_or_else(|| "(all)".into()),
            format_id(s.format),
            format!("{} d", s.cadence_days),
            s.file.clone(),
            s.url.clone(),
        ]);
        if s.discover.is_some() {
            notes.push(format!(
                "{}: the URL is a page; download the file it links to and save it as {}",
                s.id, s.file
            ));
        }
        if s.url.contains("{YYYY}") || s.url.contains("{MM}") {
            notes.push(format!(
                "{}: replace {{YYYY}} and {{MM}} with this year and month",
                s.id
            ));
        }
        match s.compression.as_deref() {
            Some("gzip") => notes.push(format!(
                "{}: the download is gzip-compressed; save it as {} compressed or not",
                s.id, s.file
            )),
            Some("zip") => notes.push(format!(
                "{}: the download is a zip; save it as {} as it is, or its files joined",
                s.id, s.file
            )),
            _ => {}
        }
        if let Some(licence) = &s.licence {
            notes.push(format!("{}: licence: {licence}", s.id));
        }
    }
    table(out, &rows)?;
    writeln!(
        out,
        "\nTo update a machine without internet: download each URL elsewhere, save the files \
         in one folder under the SAVE AS names, then run `nuage ranges update --from FOLDER`."
    )?;
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
                "error": s.error,
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
        "SOURCE".to_string(),
        "FILE".into(),
        "DATE".into(),
        "AGE".into(),
        "IPv4".into(),
        "IPv6".into(),
        "STATE".into(),
    ]];
    for s in &statuses {
        rows.push(status_row(s));
    }
    table(out, &rows)?;
    writeln!(
        out,
        "\nBundled snapshot: {}, ASN-derived {} IPv4 / {} IPv6 prefixes, published {} IPv4 / {} IPv6.",
        match (snapshot.date, snapshot.age_days) {
            (Some(d), Some(age)) => format!("{d} ({age} d old)"),
            _ => "undated".into(),
        },
        thousands(snapshot.asn_ipv4),
        thousands(snapshot.asn_ipv6),
        thousands(snapshot.published_ipv4),
        thousands(snapshot.published_ipv6),
    )?;
    if statuses.iter().any(|s| s.stale) {
        writeln!(
            out,
            "STALE lists are older than twice their publication cadence: run `nuage ranges update`."
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn status_row(s: &SourceStatus<'_>) -> Vec<String> {
    if !s.present {
        return vec![
            s.source.id.clone(),
            "-".into(),
            "-".into(),
            "-".into(),
            "-".into(),
            "-".into(),
            "not imported".into(),
        ];
    }
    let state = match (&s.error, s.stale) {
        (Some(e), _) => format!("UNREADABLE: {e}"),
        (None, true) => "STALE".into(),
        (None, false) => "ok".into(),
    };
    vec![
        s.source.id.clone(),
        s.source.file.clone(),
        s.date
            .map_or("-".into(), |(d, from)| format!("{d} ({})", from.id())),
        s.age_days.map_or("-".into(), |a| format!("{a} d")),
        thousands(s.ipv4),
        thousands(s.ipv6),
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
            report_line(report)
        };
        if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush()) {
            write_error.get_or_insert(e);
        }
    })?;
    if let Some(e) = write_error {
        return Err(e).context("writing the report");
    }
    let failed = reports.iter().filter(|r| r.result.is_err()).count();
    let none_found = reports
        .iter()
        .all(|r| matches!(r.result, Ok(Outcome::NotInDir { .. })));
    if let Some(from) = args.from.as_ref().filter(|_| none_found) {
        anyhow::bail!(
            "{} holds none of the expected files (see `nuage ranges sources` for their names)",
            from.display()
        );
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn report_line(report: &SourceReport<'_>) -> String {
    let id = &report.source.id;
    match &report.result {
        Ok(Outcome::Updated(change)) => {
            let diff = if change.replaced {
                format!(
                    " (+{} / −{})",
                    thousands(change.added),
                    thousands(change.removed)
                )
            } else {
                String::new()
            };
            format!(
                "{id}: {}, {}{diff} ✓",
                size(change.bytes),
                prefixes(change.prefixes)
            )
        }
        Ok(Outcome::NotModified) => format!("{id}: not modified"),
        Ok(Outcome::Unchanged { prefixes }) => {
            format!("{id}: unchanged, {}", self::prefixes(*prefixes))
        }
        Ok(Outcome::NotInDir { path }) => {
            let dir = path.parent().map(|d| d.display().to_string());
            format!(
                "{id}: {} not in {}, skipped",
                report.source.file,
                dir.unwrap_or_default()
            )
        }
        Err(e) => format!(
            "{id}: FAILED: {e}; {}",
            if report.kept_previous {
                "the previous file stays in use"
            } else {
                "nothing imported yet, the bundled snapshot stays in use"
            }
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

/// `1 prefix`, `9,215 prefixes`.
fn prefixes(n: usize) -> String {
    match n {
        1 => "1 prefix".into(),
        n => format!("{} prefixes", thousands(n)),
    }
}

/// `9215` → `9,215`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Decimal sizes as people read them: `512 B`, `12.3 kB`, `1.2 MB`.
fn size(bytes: u64) -> String {
    // Precision loss is irrelevant at one decimal.
    #[allow(clippy::cast_precision_loss)]
    let b = bytes as f64;
    if bytes < 1_000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{:.1} kB", b / 1e3)
    } else {
        format!("{:.1} MB", b / 1e6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_like_people_write_them() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(9215), "9,215");
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(size(512), "512 B");
        assert_eq!(size(12_345), "12.3 kB");
        assert_eq!(size(1_234_567), "1.2 MB");
    }
}
