//! What the human formats (text, Markdown, HTML) show, laid out once as sections of
//! sentences and tables so the three agree to the digit, in the run's language.

use super::top;
use crate::i18n::Localizer;
use crate::report::format;
use crate::report::model::{Report, ReportKind};
use crate::report::strings as s;

/// Which part of the report a section is, so HTML can add its chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionId {
    Share,
    Baseline,
    Places,
    Providers,
    Groups,
    Services,
    Networks,
    Hours,
    Days,
    Devices,
    Health,
    Methods,
}

pub struct Table {
    /// Column titles; all empty for a table of label/value pairs.
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns holding numbers (right-aligned).
    pub numeric: Vec<usize>,
    /// A last line such as "… and 12 more".
    pub footer: Option<String>,
}

pub struct Section {
    pub id: SectionId,
    pub title: String,
    pub paragraphs: Vec<String>,
    /// Facts, one a line.
    pub lines: Vec<String>,
    pub tables: Vec<Table>,
    /// Warnings (caveats).
    pub bullets: Vec<String>,
}

impl Section {
    fn new(id: SectionId, title: String) -> Self {
        Section {
            id,
            title,
            paragraphs: Vec::new(),
            lines: Vec::new(),
            tables: Vec::new(),
            bullets: Vec::new(),
        }
    }
}

fn headers(l: &Localizer, ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            if id.is_empty() {
                String::new()
            } else {
                l.tr(id)
            }
        })
        .collect()
}

fn more(l: &Localizer, left: usize) -> Option<String> {
    (left > 0).then(|| s::more(l, left))
}

pub fn title(l: &Localizer, r: &Report) -> String {
    s::title(l, r.kind)
}

pub fn subtitle(l: &Localizer, r: &Report) -> String {
    s::subtitle(l, r.place.as_deref(), &s::period(l, &r.period))
}

/// The headline and the baseline sentence.
pub fn lead(l: &Localizer, r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    match (r.kind, r.spread) {
        (ReportKind::Collective, Some(spread)) => out.push(s::collective_headline(
            l,
            r.places.len(),
            r.summary.big_tech_share,
            spread.big_tech_share.min,
            spread.big_tech_share.max,
        )),
        _ => out.push(s::headline(
            l,
            r.summary.big_tech_share,
            r.summary.totals.bytes(),
        )),
    }
    if let Some(b) = &r.baseline {
        out.push(s::baseline_sentence(
            l,
            b.change.big_tech_share_points,
            b.big_tech_share,
            b.days.len(),
        ));
    }
    if r.kind == ReportKind::Place && r.summary.minutes_with_data == 0 {
        out.push(l.tr("report-no-data"));
    }
    out
}

fn share_section(l: &Localizer, r: &Report) -> Section {
    let m = &r.summary;
    let t = &m.totals;
    let mut sec = Section::new(SectionId::Share, l.tr("report-section-summary"));
    sec.tables.push(Table {
        headers: vec![String::new(), String::new()],
        rows: vec![
            vec![
                l.tr("report-row-internet"),
                crate::tr!(
                    l,
                    "report-row-internet-value",
                    total = format::bytes(l, t.bytes()),
                    up = format::bytes(l, t.bytes_up),
                    down = format::bytes(l, t.bytes_down)
                ),
            ],
            vec![l.tr("report-row-lan"), format::bytes(l, m.lan.bytes())],
            vec![
                l.tr("report-row-by-bytes"),
                format!(
                    "{} ({})",
                    format::percent(l, m.big_tech_share),
                    format::bytes(l, m.big_tech.bytes)
                ),
            ],
            vec![
                l.tr("report-row-by-flows"),
                crate::tr!(
                    l,
                    "report-row-by-flows-value",
                    share = format::percent(l, m.big_tech.flows_share),
                    big_tech = l.integer(m.big_tech.flows),
                    flows = t.flows
                ),
            ],
            vec![
                l.tr("report-row-by-minutes"),
                crate::tr!(
                    l,
                    "report-row-by-minutes-value",
                    share = format::percent(l, m.big_tech.active_minutes_share),
                    minutes = m.big_tech.active_minutes
                ),
            ],
            vec![
                l.tr("report-row-by-infrastructure"),
                format::bytes(l, m.big_tech.bytes_by_infrastructure),
            ],
            vec![
                l.tr("report-row-by-service-only"),
                format::bytes(l, m.big_tech.bytes_by_service_only),
            ],
        ],
        numeric: vec![],
        footer: None,
    });
    sec
}

fn baseline_section(l: &Localizer, r: &Report) -> Option<Section> {
    let b = r.baseline.as_ref()?;
    let mut sec = Section::new(SectionId::Baseline, l.tr("report-section-baseline"));
    sec.paragraphs.push(s::baseline_days(l, &b.method, &b.days));
    let rel = |x: Option<f64>| {
        x.map_or_else(|| s::NO_VALUE.to_string(), |x| format::signed_percent(l, x))
    };
    let mut rows = vec![
        vec![
            l.tr("report-row-share"),
            format::percent(l, b.big_tech_share),
            format::percent(l, r.summary.big_tech_share),
            s::points(l, b.change.big_tech_share_points),
        ],
        vec![
            l.tr("report-row-internet"),
            format::bytes_f(l, b.mean_bytes),
            format::bytes_f(l, b.mean_bytes + b.change.bytes),
            rel(b.change.bytes_relative),
        ],
        vec![
            l.tr("report-col-big-tech"),
            format::bytes_f(l, b.mean_big_tech_bytes),
            format::bytes_f(l, b.mean_big_tech_bytes + b.change.big_tech_bytes),
            rel(b.change.big_tech_bytes_relative),
        ],
    ];
    let (shown, left) = top(&b.providers);
    for p in shown {
        rows.push(vec![
            s::provider_name(l, p.id.as_deref(), &p.name),
            format::bytes_f(l, p.baseline_bytes),
            format::bytes_f(l, p.bytes),
            rel(p.change_relative),
        ]);
    }
    sec.tables.push(Table {
        headers: headers(
            l,
            &[
                "",
                "report-col-usual",
                "report-col-now",
                "report-col-change",
            ],
        ),
        rows,
        numeric: vec![1, 2, 3],
        footer: more(l, left),
    });
    Some(sec)
}

fn places_section(l: &Localizer, r: &Report) -> Option<Section> {
    if r.places.is_empty() {
        return None;
    }
    let mut sec = Section::new(SectionId::Places, l.tr("report-section-places"));
    sec.paragraphs.push(s::merged_note(l, r.places.len()));
    sec.tables.push(Table {
        headers: headers(
            l,
            &[
                "report-col-place",
                "report-col-day",
                "report-col-traffic",
                "report-col-share",
                "report-col-change",
            ],
        ),
        rows: r
            .places
            .iter()
            .map(|p| {
                let period = if p.period.from == p.period.to {
                    s::day_short(l, &p.period.from)
                } else {
                    format!(
                        "{}–{}",
                        s::day_short(l, &p.period.from),
                        s::day_short(l, &p.period.to)
                    )
                };
                vec![
                    p.place.clone(),
                    period,
                    format::bytes(l, p.summary.totals.bytes()),
                    format::percent(l, p.summary.big_tech_share),
                    p.big_tech_share_change_points
                        .map_or_else(|| s::NO_VALUE.to_string(), |c| s::points(l, c)),
                ]
            })
            .collect(),
        numeric: vec![2, 3, 4],
        footer: None,
    });
    Some(sec)
}

fn providers_section(l: &Localizer, r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Providers, l.tr("report-section-providers"));
    let (shown, left) = top(&r.providers);
    sec.tables.push(Table {
        headers: headers(
            l,
            &[
                "report-col-provider",
                "report-col-group",
                "report-col-traffic",
                "report-col-share",
            ],
        ),
        rows: shown
            .iter()
            .map(|p| {
                let products: Vec<String> = p
                    .products
                    .iter()
                    .take(3)
                    .map(|x| x.product.clone())
                    .collect();
                let name = s::provider_name(l, p.id.as_deref(), &p.name);
                let name = if products.is_empty() {
                    name
                } else {
                    format!("{name} ({})", products.join(", "))
                };
                vec![
                    name,
                    s::group_name(l, p.group.as_deref().unwrap_or("none")),
                    format::bytes(l, p.traffic.bytes()),
                    format::percent(l, p.share),
                ]
            })
            .collect(),
        numeric: vec![2, 3],
        footer: more(l, left),
    });
    sec
}

fn groups_section(l: &Localizer, r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Groups, l.tr("report-section-groups"));
    sec.tables.push(Table {
        headers: headers(
            l,
            &["report-col-group", "report-col-traffic", "report-col-share"],
        ),
        rows: r
            .groups
            .iter()
            .map(|g| {
                vec![
                    s::group_name(l, &g.group),
                    format::bytes(l, g.traffic.bytes()),
                    format::percent(l, g.share),
                ]
            })
            .collect(),
        numeric: vec![1, 2],
        footer: None,
    });
    sec
}

fn services_section(l: &Localizer, r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Services, l.tr("report-section-services"));
    let (shown, left) = top(&r.services);
    let provider_name = |id: &Option<String>| -> String {
        match id {
            None => l.tr("report-other-networks"),
            Some(id) => r
                .providers
                .iter()
                .find(|p| p.id.as_deref() == Some(id))
                .map_or_else(|| id.clone(), |p| p.name.clone()),
        }
    };
    sec.tables.push(Table {
        headers: headers(
            l,
            &[
                "report-col-service",
                "report-col-owner",
                "report-col-carried-by",
                "report-col-traffic",
                "report-col-share",
            ],
        ),
        rows: shown
            .iter()
            .map(|x| {
                let name = s::service_name(l, x.id.as_deref(), &x.name);
                let name = if x.big_tech {
                    format!("{name} ({})", l.tr("report-big-tech-mark"))
                } else {
                    name
                };
                let carried: Vec<String> = x
                    .infrastructure
                    .iter()
                    .take(2)
                    .map(|i| provider_name(&i.provider))
                    .collect();
                vec![
                    name,
                    x.owner.clone().unwrap_or_else(|| l.tr("report-unknown")),
                    carried.join(", "),
                    format::bytes(l, x.traffic.bytes()),
                    format::percent(l, x.share),
                ]
            })
            .collect(),
        numeric: vec![3, 4],
        footer: more(l, left),
    });
    sec
}

fn networks_section(l: &Localizer, r: &Report) -> Option<Section> {
    if r.networks.is_empty() {
        return None;
    }
    let mut sec = Section::new(SectionId::Networks, l.tr("report-section-networks"));
    let (shown, left) = top(&r.networks);
    sec.tables.push(Table {
        headers: headers(l, &["report-col-network", "report-col-traffic"]),
        rows: shown
            .iter()
            .map(|n| vec![n.network.clone(), format::bytes(l, n.bytes)])
            .collect(),
        numeric: vec![1],
        footer: more(l, left),
    });
    Some(sec)
}

/// Hours for one day; a table of days for several (the HTML chart still shows every hour).
fn time_section(l: &Localizer, r: &Report) -> Option<Section> {
    if r.days.len() > 1 {
        let mut sec = Section::new(SectionId::Days, l.tr("report-section-days"));
        sec.tables.push(Table {
            headers: headers(
                l,
                &[
                    "report-col-day",
                    "report-col-traffic",
                    "report-col-big-tech",
                    "report-col-share",
                ],
            ),
            rows: r
                .days
                .iter()
                .map(|d| {
                    vec![
                        s::day_short(l, &d.day),
                        format::bytes(l, d.summary.totals.bytes()),
                        format::bytes(l, d.summary.big_tech.bytes),
                        format::percent(l, d.summary.big_tech_share),
                    ]
                })
                .collect(),
            numeric: vec![1, 2, 3],
            footer: None,
        });
        return Some(sec);
    }
    if r.hours.is_empty() {
        return None;
    }
    let mut sec = Section::new(SectionId::Hours, l.tr("report-section-timeline"));
    sec.tables.push(Table {
        headers: headers(
            l,
            &[
                "report-col-hour",
                "report-col-big-tech",
                "report-col-other",
                "report-col-lan",
            ],
        ),
        rows: r
            .hours
            .iter()
            .map(|h| {
                vec![
                    format::hour(h, &r.hours),
                    format::bytes(l, h.big_tech_bytes),
                    format::bytes(l, h.other_bytes),
                    format::bytes(l, h.lan_bytes),
                ]
            })
            .collect(),
        numeric: vec![1, 2, 3],
        footer: None,
    });
    Some(sec)
}

fn devices_section(l: &Localizer, r: &Report) -> Option<Section> {
    let devices = r.devices.as_ref()?;
    let mut sec = Section::new(SectionId::Devices, l.tr("report-section-devices"));
    let (shown, left) = top(devices);
    sec.tables.push(Table {
        headers: headers(
            l,
            &[
                "report-col-device",
                "report-col-traffic",
                "report-col-big-tech",
                "report-col-lan",
            ],
        ),
        rows: shown
            .iter()
            .map(|d| {
                vec![
                    d.id.clone(),
                    format::bytes(l, d.traffic.bytes()),
                    format::percent(l, d.big_tech_share),
                    format::bytes(l, d.lan_bytes),
                ]
            })
            .collect(),
        numeric: vec![1, 2, 3],
        footer: more(l, left),
    });
    Some(sec)
}

fn health_section(l: &Localizer, r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Health, l.tr("report-section-health"));
    sec.bullets = s::caveats(l, r);
    sec.lines = s::health_lines(l, &r.health);
    sec.tables.push(Table {
        headers: headers(l, &["report-col-layer", "report-col-traffic"]),
        rows: r
            .health
            .layers
            .iter()
            .map(|x| vec![s::layer_name(l, &x.layer), format::bytes(l, x.bytes)])
            .collect(),
        numeric: vec![1],
        footer: None,
    });
    sec.tables.push(Table {
        headers: headers(l, &["report-col-decision", "report-col-traffic"]),
        rows: r
            .health
            .decided_by
            .iter()
            .map(|d| {
                vec![
                    s::decision_name(l, &d.decided_by),
                    format::bytes(l, d.bytes),
                ]
            })
            .collect(),
        numeric: vec![1],
        footer: None,
    });
    sec
}

fn methods_section(l: &Localizer, r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Methods, l.tr("report-section-method"));
    sec.paragraphs = s::methods(l, &r.methods);
    sec
}

/// Every section, in reading order.
pub fn sections(l: &Localizer, r: &Report) -> Vec<Section> {
    let mut out = vec![share_section(l, r)];
    out.extend(baseline_section(l, r));
    out.extend(places_section(l, r));
    out.push(providers_section(l, r));
    out.push(groups_section(l, r));
    out.push(services_section(l, r));
    out.extend(networks_section(l, r));
    out.extend(time_section(l, r));
    out.extend(devices_section(l, r));
    out.push(health_section(l, r));
    out.push(methods_section(l, r));
    out
}
