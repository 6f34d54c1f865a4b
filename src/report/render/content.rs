//! What the human formats (text, Markdown, HTML) show, laid out once as sections of
//! sentences and tables so the three agree to the digit.

use super::top;
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
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
    /// Columns holding numbers (right-aligned).
    pub numeric: Vec<usize>,
    /// A last line such as "… and 12 more".
    pub footer: Option<String>,
}

pub struct Section {
    pub id: SectionId,
    pub title: &'static str,
    pub paragraphs: Vec<String>,
    /// Facts, one a line.
    pub lines: Vec<String>,
    pub tables: Vec<Table>,
    /// Warnings (caveats).
    pub bullets: Vec<String>,
}

impl Section {
    fn new(id: SectionId, title: &'static str) -> Self {
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

pub fn title(r: &Report) -> &'static str {
    match r.kind {
        ReportKind::Place => s::TITLE,
        ReportKind::Collective => s::COLLECTIVE_TITLE,
    }
}

pub fn subtitle(r: &Report) -> String {
    s::subtitle(r.place.as_deref(), &r.period.label())
}

/// The headline and the baseline sentence.
pub fn lead(r: &Report) -> Vec<String> {
    let mut out = Vec::new();
    match (r.kind, r.spread) {
        (ReportKind::Collective, Some(spread)) => out.push(s::collective_headline(
            r.places.len(),
            r.summary.big_tech_share,
            spread.big_tech_share.min,
            spread.big_tech_share.max,
        )),
        _ => out.push(s::headline(
            r.summary.big_tech_share,
            r.summary.totals.bytes(),
        )),
    }
    if let Some(b) = &r.baseline {
        out.push(s::baseline_sentence(
            b.change.big_tech_share_points,
            b.big_tech_share,
            b.days.len(),
        ));
    }
    if r.kind == ReportKind::Place && r.summary.minutes_with_data == 0 {
        out.push(s::NO_DATA.to_string());
    }
    out
}

fn share_section(r: &Report) -> Section {
    let m = &r.summary;
    let t = &m.totals;
    let mut sec = Section::new(SectionId::Share, s::SECTION_SUMMARY);
    sec.tables.push(Table {
        headers: vec!["", ""],
        rows: vec![
            vec![
                s::INTERNET.to_string(),
                format!(
                    "{} ({} {}, {} {})",
                    format::bytes(t.bytes()),
                    s::UP,
                    format::bytes(t.bytes_up),
                    s::DOWN,
                    format::bytes(t.bytes_down)
                ),
            ],
            vec![s::LAN.to_string(), format::bytes(m.lan.bytes())],
            vec![
                s::BY_BYTES.to_string(),
                format!(
                    "{} ({})",
                    format::percent(m.big_tech_share),
                    format::bytes(m.big_tech.bytes)
                ),
            ],
            vec![
                s::BY_FLOWS.to_string(),
                format!(
                    "{} ({} / {})",
                    format::percent(m.big_tech.flows_share),
                    m.big_tech.flows,
                    t.flows
                ),
            ],
            vec![
                s::BY_MINUTES.to_string(),
                format!(
                    "{} ({} {})",
                    format::percent(m.big_tech.active_minutes_share),
                    m.big_tech.active_minutes,
                    s::MINUTES_SHORT
                ),
            ],
            vec![
                s::BY_INFRASTRUCTURE.to_string(),
                format::bytes(m.big_tech.bytes_by_infrastructure),
            ],
            vec![
                s::BY_SERVICE_ONLY.to_string(),
                format::bytes(m.big_tech.bytes_by_service_only),
            ],
        ],
        numeric: vec![],
        footer: None,
    });
    sec
}

fn baseline_section(r: &Report) -> Option<Section> {
    let b = r.baseline.as_ref()?;
    let mut sec = Section::new(SectionId::Baseline, s::SECTION_BASELINE);
    sec.paragraphs.push(s::baseline_days(&b.method, &b.days));
    let rel = |x: Option<f64>| x.map_or_else(|| s::NO_VALUE.to_string(), format::signed_percent);
    let mut rows = vec![
        vec![
            s::SECTION_SHARE.to_string(),
            format::percent(b.big_tech_share),
            format::percent(r.summary.big_tech_share),
            s::points(&format::points(b.change.big_tech_share_points)),
        ],
        vec![
            s::INTERNET.to_string(),
            format::bytes_f(b.mean_bytes),
            format::bytes_f(b.mean_bytes + b.change.bytes),
            rel(b.change.bytes_relative),
        ],
        vec![
            s::COL_BIG_TECH.to_string(),
            format::bytes_f(b.mean_big_tech_bytes),
            format::bytes_f(b.mean_big_tech_bytes + b.change.big_tech_bytes),
            rel(b.change.big_tech_bytes_relative),
        ],
    ];
    let (shown, left) = top(&b.providers);
    for p in shown {
        rows.push(vec![
            p.name.clone(),
            format::bytes_f(p.baseline_bytes),
            format::bytes_f(p.bytes),
            rel(p.change_relative),
        ]);
    }
    sec.tables.push(Table {
        headers: vec!["", s::COL_USUAL, s::COL_NOW, s::COL_CHANGE],
        rows,
        numeric: vec![1, 2, 3],
        footer: (left > 0).then(|| s::more(left)),
    });
    Some(sec)
}

fn places_section(r: &Report) -> Option<Section> {
    if r.places.is_empty() {
        return None;
    }
    let mut sec = Section::new(SectionId::Places, s::SECTION_PLACES);
    sec.paragraphs.push(s::merged_note(r.places.len()));
    sec.tables.push(Table {
        headers: vec![
            s::COL_PLACE,
            s::COL_DAY,
            s::COL_BYTES,
            s::COL_SHARE,
            s::COL_CHANGE,
        ],
        rows: r
            .places
            .iter()
            .map(|p| {
                vec![
                    p.place.clone(),
                    p.period.label(),
                    format::bytes(p.summary.totals.bytes()),
                    format::percent(p.summary.big_tech_share),
                    p.big_tech_share_change_points.map_or_else(
                        || s::NO_VALUE.to_string(),
                        |c| s::points(&format::points(c)),
                    ),
                ]
            })
            .collect(),
        numeric: vec![2, 3, 4],
        footer: None,
    });
    Some(sec)
}

fn providers_section(r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Providers, s::SECTION_PROVIDERS);
    let (shown, left) = top(&r.providers);
    sec.tables.push(Table {
        headers: vec![s::COL_PROVIDER, s::COL_GROUP, s::COL_BYTES, s::COL_SHARE],
        rows: shown
            .iter()
            .map(|p| {
                let products: Vec<String> = p
                    .products
                    .iter()
                    .take(3)
                    .map(|x| x.product.clone())
                    .collect();
                let name = if products.is_empty() {
                    p.name.clone()
                } else {
                    format!("{} ({})", p.name, products.join(", "))
                };
                vec![
                    name,
                    s::group_name(p.group.as_deref().unwrap_or("none")).to_string(),
                    format::bytes(p.traffic.bytes()),
                    format::percent(p.share),
                ]
            })
            .collect(),
        numeric: vec![2, 3],
        footer: (left > 0).then(|| s::more(left)),
    });
    sec
}

fn groups_section(r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Groups, s::SECTION_GROUPS);
    sec.tables.push(Table {
        headers: vec![s::COL_GROUP, s::COL_BYTES, s::COL_SHARE],
        rows: r
            .groups
            .iter()
            .map(|g| {
                vec![
                    s::group_name(&g.group).to_string(),
                    format::bytes(g.traffic.bytes()),
                    format::percent(g.share),
                ]
            })
            .collect(),
        numeric: vec![1, 2],
        footer: None,
    });
    sec
}

fn services_section(r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Services, s::SECTION_SERVICES);
    let (shown, left) = top(&r.services);
    let provider_name = |id: &Option<String>| -> String {
        match id {
            None => s::other_networks().to_string(),
            Some(id) => r
                .providers
                .iter()
                .find(|p| p.id.as_deref() == Some(id))
                .map_or_else(|| id.clone(), |p| p.name.clone()),
        }
    };
    sec.tables.push(Table {
        headers: vec![
            s::COL_SERVICE,
            s::COL_OWNER,
            s::COL_CARRIED_BY,
            s::COL_BYTES,
            s::COL_SHARE,
        ],
        rows: shown
            .iter()
            .map(|x| {
                let name = if x.big_tech {
                    format!("{} ({})", x.name, s::BIG_TECH_MARK)
                } else {
                    x.name.clone()
                };
                let carried: Vec<String> = x
                    .infrastructure
                    .iter()
                    .take(2)
                    .map(|i| provider_name(&i.provider))
                    .collect();
                vec![
                    name,
                    x.owner.clone().unwrap_or_else(|| s::UNKNOWN.to_string()),
                    carried.join(", "),
                    format::bytes(x.traffic.bytes()),
                    format::percent(x.share),
                ]
            })
            .collect(),
        numeric: vec![3, 4],
        footer: (left > 0).then(|| s::more(left)),
    });
    sec
}

fn networks_section(r: &Report) -> Option<Section> {
    if r.networks.is_empty() {
        return None;
    }
    let mut sec = Section::new(SectionId::Networks, s::SECTION_NETWORKS);
    let (shown, left) = top(&r.networks);
    sec.tables.push(Table {
        headers: vec![s::COL_NETWORK, s::COL_BYTES],
        rows: shown
            .iter()
            .map(|n| vec![n.network.clone(), format::bytes(n.bytes)])
            .collect(),
        numeric: vec![1],
        footer: (left > 0).then(|| s::more(left)),
    });
    Some(sec)
}

/// Hours for one day; a table of days for several (the HTML chart still shows every hour).
fn time_section(r: &Report) -> Option<Section> {
    if r.days.len() > 1 {
        let mut sec = Section::new(SectionId::Days, s::SECTION_DAYS);
        sec.tables.push(Table {
            headers: vec![s::COL_DAY, s::COL_BYTES, s::COL_BIG_TECH, s::COL_SHARE],
            rows: r
                .days
                .iter()
                .map(|d| {
                    vec![
                        d.day.clone(),
                        format::bytes(d.summary.totals.bytes()),
                        format::bytes(d.summary.big_tech.bytes),
                        format::percent(d.summary.big_tech_share),
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
    let mut sec = Section::new(SectionId::Hours, s::SECTION_HOURS);
    sec.tables.push(Table {
        headers: vec![s::COL_HOUR, s::COL_BIG_TECH, s::COL_OTHER, s::COL_LAN],
        rows: r
            .hours
            .iter()
            .map(|h| {
                vec![
                    format::hour(h.hour),
                    format::bytes(h.big_tech_bytes),
                    format::bytes(h.other_bytes),
                    format::bytes(h.lan_bytes),
                ]
            })
            .collect(),
        numeric: vec![1, 2, 3],
        footer: None,
    });
    Some(sec)
}

fn devices_section(r: &Report) -> Option<Section> {
    let devices = r.devices.as_ref()?;
    let mut sec = Section::new(SectionId::Devices, s::SECTION_DEVICES);
    let (shown, left) = top(devices);
    sec.tables.push(Table {
        headers: vec![s::COL_DEVICE, s::COL_BYTES, s::COL_BIG_TECH, s::COL_LAN],
        rows: shown
            .iter()
            .map(|d| {
                vec![
                    d.id.clone(),
                    format::bytes(d.traffic.bytes()),
                    format::percent(d.big_tech_share),
                    format::bytes(d.lan_bytes),
                ]
            })
            .collect(),
        numeric: vec![1, 2, 3],
        footer: (left > 0).then(|| s::more(left)),
    });
    Some(sec)
}

fn health_section(r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Health, s::SECTION_HEALTH);
    sec.bullets = s::caveats(r);
    sec.lines = s::health_lines(&r.health);
    sec.tables.push(Table {
        headers: vec![s::COL_LAYER, s::COL_BYTES],
        rows: r
            .health
            .layers
            .iter()
            .map(|l| vec![s::layer_name(&l.layer).to_string(), format::bytes(l.bytes)])
            .collect(),
        numeric: vec![1],
        footer: None,
    });
    sec.tables.push(Table {
        headers: vec![s::COL_DECISION, s::COL_BYTES],
        rows: r
            .health
            .decided_by
            .iter()
            .map(|d| {
                vec![
                    s::decision_name(&d.decided_by).to_string(),
                    format::bytes(d.bytes),
                ]
            })
            .collect(),
        numeric: vec![1],
        footer: None,
    });
    sec
}

fn methods_section(r: &Report) -> Section {
    let mut sec = Section::new(SectionId::Methods, s::SECTION_METHODS);
    sec.paragraphs = s::methods(&r.methods);
    sec
}

/// Every section, in reading order.
pub fn sections(r: &Report) -> Vec<Section> {
    let mut out = vec![share_section(r)];
    out.extend(baseline_section(r));
    out.extend(places_section(r));
    out.push(providers_section(r));
    out.push(groups_section(r));
    out.push(services_section(r));
    out.extend(networks_section(r));
    out.extend(time_section(r));
    out.extend(devices_section(r));
    out.push(health_section(r));
    out.push(methods_section(r));
    out
}
