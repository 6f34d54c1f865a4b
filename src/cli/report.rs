//! `nuage report` and `nuage report merge`: read the store, build the report, write it.

use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context as _, anyhow, bail};
use jiff::civil::Date;

use super::args::{GlobalArgs, MergeArgs, ReportArgs, ReportCommand};
use super::context::Context;
use crate::config::Privacy;
use crate::control::{ClientError, ControlClient, ErrorCode, resolve_socket_path};
use crate::flow::Counts;
use crate::i18n::Localizer;
use crate::names::ServiceCatalogue;
use crate::report::{self, BaselineInput, Format, HealthInput, ReportInput};
use crate::store::{self, LocalDays, Store};
use crate::tr;
use crate::usage::{
    Baseline, BigTechRule, DayUsage, Naming, PeriodHealth, PeriodUsage, UsageKey, UsageSpan,
};

/// Longest period or baseline range, in days: a year.
const MAX_DAYS: i64 = 366;
/// Days a default baseline looks back over for a period (`--from/--to`).
const PERIOD_BASELINE_DAYS: i64 = 28;

pub fn run(global: &GlobalArgs, args: &ReportArgs) -> anyhow::Result<ExitCode> {
    match &args.command {
        Some(ReportCommand::Merge(merge)) => run_merge(global, merge),
        None => run_report(global, args),
    }
}

fn generator() -> String {
    format!("nuage {}", env!("CARGO_PKG_VERSION"))
}

fn chosen_format(global: &GlobalArgs, format: Option<Format>) -> Format {
    format.unwrap_or(if global.json {
        Format::Json
    } else {
        Format::Text
    })
}

fn write_out(text: &str, out: Option<&Path>, l: &Localizer) -> anyhow::Result<()> {
    match out {
        Some(path) => std::fs::write(path, text)
            .with_context(|| tr!(l, "cli-writing-file", path = path.display().to_string())),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(text.as_bytes())?;
            stdout.flush()?;
            Ok(())
        }
    }
}

fn run_merge(global: &GlobalArgs, args: &MergeArgs) -> anyhow::Result<ExitCode> {
    let reports = args
        .files
        .iter()
        .map(|path| {
            let mut r = report::merge::load(path)?;
            // An unnamed place goes by its file's name, which needs no translation (the
            // library's fallback, "place 2", is English).
            if r.place.is_none() {
                r.place = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            }
            Ok(r)
        })
        .collect::<Result<Vec<_>, report::MergeError>>()?;
    let merged = report::merge(&reports, &generator())?;
    // Merging needs no config but its language; an unreadable config leaves the locale.
    let config = crate::config::Config::load(global.config.as_deref()).ok();
    let l10n = super::lang::localizer(global, config.as_ref());
    let text = report::render(&merged, chosen_format(global, args.format), &l10n)?;
    write_out(&text, args.out.as_deref(), &l10n)?;
    Ok(ExitCode::SUCCESS)
}

/// `YYYY-MM-DD`, `today` or `yesterday`; `what` names the option in errors.
fn parse_day(text: &str, today: Date, what: &str, l: &Localizer) -> anyhow::Result<Date> {
    match text.trim() {
        "today" => Ok(today),
        "yesterday" => today.yesterday().map_err(|_| {
            anyhow!(tr!(
                l,
                "cli-no-day-before",
                option = what,
                today = today.to_string()
            ))
        }),
        t => t
            .parse::<Date>()
            .map_err(|_| anyhow!(tr!(l, "report-error-not-a-date", option = what, text = t))),
    }
}

/// `2027-03-08`, or `2027-03-01 to 2027-03-07`, for messages.
fn which_days(l: &Localizer, from: Date, to: Date) -> String {
    if from == to {
        from.to_string()
    } else {
        tr!(
            l,
            "report-period-dates",
            from = from.to_string(),
            to = to.to_string()
        )
    }
}

/// Where data can be found, when the period asked for has none.
fn hint<D: std::fmt::Display>(l: &Localizer, known: &[D], daemon: bool) -> String {
    match (known.first(), known.last(), daemon) {
        (Some(a), Some(b), false) => tr!(
            l,
            "report-hint-database",
            from = a.to_string(),
            to = b.to_string()
        ),
        (Some(a), Some(b), true) => tr!(
            l,
            "report-hint-daemon",
            from = a.to_string(),
            to = b.to_string()
        ),
        (_, _, false) => l.tr("report-hint-database-empty"),
        (_, _, true) => l.tr("report-hint-daemon-empty"),
    }
}

fn days_between(from: Date, to: Date) -> i64 {
    i64::from(from.until(to).map_or(0, |s| s.get_days()))
}

/// Each date from `from` to `to`, both included.
fn dates(from: Date, to: Date) -> Vec<Date> {
    let mut out = Vec::new();
    let mut d = from;
    while d <= to {
        out.push(d);
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    out
}

/// A `FROM..TO` range of dates, checked.
fn parse_range(spec: &str, today: Date, l: &Localizer) -> anyhow::Result<(Date, Date)> {
    let (a, b) = spec
        .split_once("..")
        .ok_or_else(|| anyhow!(tr!(l, "cli-baseline-syntax", spec = spec)))?;
    let from = parse_day(a, today, "--baseline", l)?;
    let to = parse_day(b, today, "--baseline", l)?;
    if from > to {
        bail!(tr!(
            l,
            "cli-baseline-reversed",
            spec = spec,
            from = from.to_string(),
            to = to.to_string()
        ));
    }
    if days_between(from, to) >= MAX_DAYS {
        bail!(tr!(
            l,
            "cli-baseline-too-long",
            spec = spec,
            days = MAX_DAYS
        ));
    }
    Ok((from, to))
}

fn build(span: UsageSpan, rows: &[(UsageKey, Counts)], naming: Naming<'_>) -> DayUsage {
    DayUsage::build(span, rows.iter().map(|(k, c)| (k, c)), naming, 60)
}

/// The report's view of what the store recorded about the capture.
fn health_input(h: &PeriodHealth, from_daemon: bool) -> HealthInput {
    HealthInput {
        from_daemon,
        gaps: h
            .gaps
            .iter()
            .map(|g| (g.start_minute, g.end_minute, g.reason.clone()))
            .collect(),
        dropped_packets: h.dropped_packets,
        clock_jumps: Some(h.clock_jumps()),
        ranges_version: h.ranges_version.clone(),
    }
}

/// The date of the range data when the daemon did not record it: the oldest downloaded
/// list, else the bundled snapshot.
fn bundled_ranges_version(ctx: &Context, catalogue: &crate::ranges::Catalogue) -> Option<String> {
    let now = time::OffsetDateTime::now_utc();
    let dir = crate::paths::ranges_dir(&ctx.data_dir);
    crate::ranges::status::source_status(catalogue, &dir, now)
        .iter()
        .filter_map(|s| s.date.map(|(d, _)| d))
        .min()
        .or_else(|| crate::ranges::status::snapshot_status(now).date)
        .map(|d| d.to_string())
}

fn run_report(global: &GlobalArgs, args: &ReportArgs) -> anyhow::Result<ExitCode> {
    let ctx = Context::new(global)?;
    let days = LocalDays::new(args.time_zone.as_deref())?;
    let now_minute = jiff::Timestamp::now().as_second().div_euclid(60);
    let today = days.date_of(now_minute);
    let l = &ctx.l10n;
    let (from, to) = match (&args.day, &args.from, &args.to) {
        (_, Some(f), Some(t)) => (
            parse_day(f, today, "--from", l)?,
            parse_day(t, today, "--to", l)?,
        ),
        (Some(d), _, _) => {
            let d = parse_day(d, today, "--day", l)?;
            (d, d)
        }
        _ => (today, today),
    };
    if from > to {
        bail!(tr!(
            l,
            "report-error-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        ));
    }
    if to > today {
        bail!(tr!(
            l,
            "report-error-future",
            day = to.to_string(),
            today = today.to_string(),
            zone = days.time_zone_name()
        ));
    }
    if days_between(from, to) >= MAX_DAYS {
        bail!(tr!(
            l,
            "report-error-too-long",
            days = MAX_DAYS,
            period = which_days(l, from, to)
        ));
    }

    let db = args
        .db
        .clone()
        .unwrap_or_else(|| crate::paths::database_path(&ctx.data_dir));
    let classifier = ctx.classifier()?;
    let catalogue = classifier.catalogue();
    let services = ServiceCatalogue::bundled().with_context(|| l.tr("cli-loading-services"))?;
    let rule = BigTechRule::new(catalogue, &services);
    let naming = Naming {
        catalogue,
        services: &services,
        rule: &rule,
    };

    let read = if args.db.is_none() && !db.exists() {
        // No database here (a user beside a root daemon): ask the running daemon.
        let socket = resolve_socket_path(
            global.socket.as_deref(),
            ctx.config.control.socket.as_deref(),
        );
        match ControlClient::connect(&socket) {
            Ok(client) => from_daemon(client, args, (from, to), today, l)?,
            Err(ClientError::NotRunning { .. }) => bail!(tr!(
                l,
                "report-error-no-source",
                db = db.display().to_string(),
                socket = socket.display().to_string()
            )),
            Err(e) => return Err(e.into()),
        }
    } else {
        if !db.exists() {
            bail!(tr!(
                l,
                "report-error-no-database",
                db = db.display().to_string()
            ));
        }
        let store = Store::open_read_only(&db)?;
        from_store(&store, args, &days, (from, to), today, naming, l)?
    };
    if read.days.iter().all(DayUsage::is_empty) {
        bail!(tr!(
            l,
            "report-error-no-data",
            period = which_days(l, from, to),
            source = read.source,
            hint = read.hint
        ));
    }

    let privacy = ctx.config.privacy;
    if args.per_device && privacy == Privacy::Aggregate {
        eprintln!("nuage: {}", l.tr("report-notice-aggregate"));
    }
    let mut health = read.health;
    if health.ranges_version.is_none() {
        health.ranges_version = bundled_ranges_version(&ctx, catalogue);
    }
    let input = ReportInput {
        place: ctx.config.place.clone(),
        period: &read.period,
        days: &read.days,
        baseline: read.baseline,
        health,
        per_device: args.per_device,
        privacy,
        big_tech_companies: report::build::big_tech_companies(catalogue),
        generator: generator(),
    };
    let mut built = report::build::build(&input);
    if let Some(devices) = built.devices.as_mut() {
        name_devices(devices, &ctx, privacy);
    }
    let text = report::render(&built, chosen_format(global, args.format), &ctx.l10n)?;
    write_out(&text, args.out.as_deref(), &ctx.l10n)?;
    Ok(ExitCode::SUCCESS)
}

/// What a source gave for the period.
struct Read {
    period: DayUsage,
    days: Vec<DayUsage>,
    baseline: Option<BaselineInput>,
    health: HealthInput,
    /// The database or the socket, for messages.
    source: String,
    /// Where data can be found, when the period has none.
    hint: String,
}

fn from_store(
    store: &Store,
    args: &ReportArgs,
    days: &LocalDays,
    (from, to): (Date, Date),
    today: Date,
    naming: Naming<'_>,
    l: &Localizer,
) -> anyhow::Result<Read> {
    let period = store::period_usage(store, days, (from, to), naming, 60)?;
    let hint = hint(l, &store::days_with_data(store, days)?, false);
    let baseline = baseline(args, store, days, (from, to), today, naming, l)?;
    Ok(Read {
        health: health_input(&period.health, false),
        period: period.total,
        days: period.days,
        baseline,
        source: store.path().display().to_string(),
        hint,
    })
}

fn to_time_date(d: Date) -> anyhow::Result<time::Date> {
    let month = time::Month::try_from(u8::try_from(d.month())?)?;
    Ok(time::Date::from_calendar_date(
        i32::from(d.year()),
        month,
        u8::try_from(d.day())?,
    )?)
}

/// A period's default baseline: the four weeks before it (`None` at the start of time).
fn previous_weeks(from: Date) -> Option<(Date, Date)> {
    let start = from
        .checked_sub(jiff::Span::new().days(PERIOD_BASELINE_DAYS))
        .ok()?;
    let end = from.yesterday().ok()?;
    (start <= end).then_some((start, end))
}

/// The days `from..=to` of a running daemon, or `None` when it has no data there.
fn daemon_period(
    client: &mut ControlClient,
    from: Date,
    to: Date,
) -> anyhow::Result<Option<PeriodUsage>> {
    match client.period(to_time_date(from)?, to_time_date(to)?) {
        Ok(p) => Ok(Some(p)),
        Err(ClientError::Server { error, .. }) if error.code == ErrorCode::NotFound => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// The period through the daemon's control socket: the same days, baseline and capture
/// health as the database gives (a daemon older than the `period` request answers one day
/// at a time, without the capture's health).
fn from_daemon(
    mut client: ControlClient,
    args: &ReportArgs,
    (from, to): (Date, Date),
    today: Date,
    l: &Localizer,
) -> anyhow::Result<Read> {
    let hint = hint(l, &client.days()?, true);
    let no_data = || {
        anyhow!(tr!(
            l,
            "report-error-no-data",
            period = which_days(l, from, to),
            source = l.tr("report-source-daemon"),
            hint = hint.as_str()
        ))
    };
    let speaks_period = client
        .hello()?
        .requests
        .iter()
        .any(|r| r.as_str() == "period");
    if !speaks_period {
        return from_older_daemon(client, args, (from, to), today, hint, l);
    }
    let period = daemon_period(&mut client, from, to)?.ok_or_else(no_data)?;
    let (method, range) = match args.baseline.as_deref().map(str::trim) {
        Some("none") => ("none", None),
        Some(spec) => ("range", Some(parse_range(spec, today, l)?)),
        None if from == to => ("same-weekday", None),
        None => ("previous-weeks", previous_weeks(from)),
    };
    let baseline = match (method, range) {
        ("none", _) => None,
        ("same-weekday", _) => client.baseline(to_time_date(from)?)?,
        (_, Some((a, b))) => {
            daemon_period(&mut client, a, b)?.and_then(|p| Baseline::from_days(&p.days))
        }
        (_, None) => None,
    }
    .map(|baseline| BaselineInput {
        method: method.to_string(),
        baseline,
    });
    if baseline.is_none() && args.baseline.as_deref().is_some_and(|b| b.trim() != "none") {
        eprintln!("nuage: {}", l.tr("report-notice-no-baseline"));
    }
    Ok(Read {
        health: health_input(&period.health, true),
        period: period.total,
        days: period.days,
        baseline,
        source: l.tr("report-source-daemon"),
        hint,
    })
}

/// One day from a daemon that does not know the `period` request.
fn from_older_daemon(
    mut client: ControlClient,
    args: &ReportArgs,
    (from, to): (Date, Date),
    today: Date,
    hint: String,
    l: &Localizer,
) -> anyhow::Result<Read> {
    if from != to {
        bail!(l.tr("cli-older-daemon"));
    }
    let day = match client.day(to_time_date(from)?) {
        Err(ClientError::Server { error, .. }) if error.code == ErrorCode::NotFound => {
            bail!(tr!(
                l,
                "report-error-no-data",
                period = which_days(l, from, to),
                source = l.tr("report-source-daemon"),
                hint = hint.as_str()
            ))
        }
        other => other?,
    };
    let baseline = match args.baseline.as_deref().map(str::trim) {
        Some("none") => None,
        Some(spec) => {
            let (a, b) = parse_range(spec, today, l)?;
            let mut usages = Vec::new();
            for d in dates(a, b) {
                match client.day(to_time_date(d)?) {
                    Ok(u) => usages.push(u),
                    Err(ClientError::Server { error, .. }) if error.code == ErrorCode::NotFound => {
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Baseline::from_days(&usages).map(|baseline| BaselineInput {
                method: "range".to_string(),
                baseline,
            })
        }
        None => client
            .baseline(to_time_date(from)?)?
            .map(|baseline| BaselineInput {
                method: "same-weekday".to_string(),
                baseline,
            }),
    };
    Ok(Read {
        period: day.clone(),
        days: vec![day],
        baseline,
        health: HealthInput {
            from_daemon: true,
            ..HealthInput::default()
        },
        source: l.tr("report-source-daemon"),
        hint,
    })
}

/// With `privacy = "full"`, devices named in the config show their name beside the MAC.
fn name_devices(devices: &mut [report::DeviceRow], ctx: &Context, privacy: Privacy) {
    if privacy != Privacy::Full {
        return;
    }
    for d in devices {
        let name = ctx
            .config
            .devices
            .iter()
            .find(|(mac, _)| mac.to_string().eq_ignore_ascii_case(&d.id))
            .map(|(_, name)| name.clone());
        if let Some(name) = name {
            d.id = format!("{name} ({})", d.id);
        }
    }
}

fn baseline(
    args: &ReportArgs,
    store: &Store,
    days: &LocalDays,
    (from, to): (Date, Date),
    today: Date,
    naming: Naming<'_>,
    l: &Localizer,
) -> anyhow::Result<Option<BaselineInput>> {
    let (method, dates) = match args.baseline.as_deref().map(str::trim) {
        Some("none") => return Ok(None),
        Some(spec) => {
            let (a, b) = parse_range(spec, today, l)?;
            ("range", dates(a, b))
        }
        None if from == to => ("same-weekday", store::baseline_dates(store, days, from)?),
        None => (
            "previous-weeks",
            previous_weeks(from).map_or_else(Vec::new, |(a, b)| dates(a, b)),
        ),
    };
    let mut usages = Vec::new();
    for d in dates {
        let span = days.span(d);
        let rows = store.rows(span.start_minute, span.end_minute)?;
        usages.push(build(span, &rows, naming));
    }
    match Baseline::from_days(&usages) {
        Some(baseline) => Ok(Some(BaselineInput {
            method: method.to_string(),
            baseline,
        })),
        None => {
            if args.baseline.is_some() {
                eprintln!("nuage: {}", l.tr("report-notice-no-baseline"));
            }
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn baseline_ranges_are_refused_in_the_users_language() {
        let today = Date::constant(2027, 3, 8);
        let fr = Localizer::new(Lang::Fr);
        let err = parse_range("last week", today, &fr)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("--baseline «\u{a0}last week\u{a0}»") && err.contains("DÉBUT..FIN"),
            "{err}"
        );
        let de = Localizer::new(Lang::De);
        let err = parse_range("2027-03-07..2027-03-01", today, &de)
            .unwrap_err()
            .to_string();
        assert!(err.contains("2027-03-07 liegt nach 2027-03-01"), "{err}");
        let err = parse_range("2027-03-01..morgen", today, &de)
            .unwrap_err()
            .to_string();
        assert!(err.contains("„morgen“ ist kein Datum"), "{err}");
        assert_eq!(
            parse_range("2027-03-01..yesterday", today, &de).unwrap(),
            (Date::constant(2027, 3, 1), Date::constant(2027, 3, 7))
        );
    }
}
