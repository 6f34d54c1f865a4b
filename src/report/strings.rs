//! Every sentence and label a report shows people, in one place so a translation can swap
//! them wholesale. JSON keys and CSV headers are not here: they stay English and stable.

use super::format;
use super::model::{Health, Methods, Report, ReportKind};

/// Language of these strings (the HTML `lang` attribute).
pub const LANG: &str = "en";
pub const MINUTES_SHORT: &str = "min";
/// Shown where a change cannot be computed (the usual value was zero).
pub const NO_VALUE: &str = "—";

pub const TITLE: &str = "How much did we lean on the Big Tech Cloud?";
pub const COLLECTIVE_TITLE: &str = "How much did we lean on the Big Tech Cloud? Together";

pub const SECTION_SUMMARY: &str = "In short";
pub const SECTION_SHARE: &str = "Big Tech Cloud share";
pub const SECTION_PROVIDERS: &str = "Providers";
pub const SECTION_GROUPS: &str = "Kinds of provider";
pub const SECTION_SERVICES: &str = "Services";
pub const SECTION_NETWORKS: &str = "Other networks";
pub const SECTION_HOURS: &str = "Hour by hour";
pub const SECTION_DAYS: &str = "Day by day";
pub const SECTION_DEVICES: &str = "Devices";
pub const SECTION_BASELINE: &str = "Compared with a usual day";
pub const SECTION_HEALTH: &str = "How complete these numbers are";
pub const SECTION_METHODS: &str = "How this was counted";
pub const SECTION_PLACES: &str = "Places";

pub const INTERNET: &str = "Internet traffic";
pub const UP: &str = "up";
pub const DOWN: &str = "down";
pub const LAN: &str = "Inside the place (LAN)";
pub const BY_BYTES: &str = "Big Tech Cloud, by bytes";
pub const BY_FLOWS: &str = "by connections";
pub const BY_MINUTES: &str = "by active minutes";
pub const BY_INFRASTRUCTURE: &str = "for the infrastructure";
pub const BY_SERVICE_ONLY: &str = "only for the service's owner";

pub const COL_PROVIDER: &str = "Provider";
pub const COL_GROUP: &str = "Kind";
pub const COL_BYTES: &str = "Traffic";
pub const COL_SHARE: &str = "Share";
pub const COL_SERVICE: &str = "Service";
pub const COL_OWNER: &str = "Owner";
pub const COL_CARRIED_BY: &str = "Carried by";
pub const COL_HOUR: &str = "Hour";
pub const COL_DAY: &str = "Day";
pub const COL_BIG_TECH: &str = "Big Tech Cloud";
pub const COL_OTHER: &str = "Other Internet";
pub const COL_LAN: &str = "LAN";
pub const COL_DEVICE: &str = "Device";
pub const COL_USUAL: &str = "Usual day";
pub const COL_NOW: &str = "This time";
pub const COL_CHANGE: &str = "Change";
pub const COL_PLACE: &str = "Place";
pub const COL_NETWORK: &str = "Network";
pub const COL_LAYER: &str = "Attributed by";
pub const COL_DECISION: &str = "Counted as Big Tech Cloud because of";
pub const BIG_TECH_MARK: &str = "Big Tech";
pub const UNKNOWN: &str = "unknown";
pub const NOT_RECORDED: &str = "not recorded";
pub const NONE: &str = "none";
pub const CHART_TIMELINE: &str =
    "Traffic per hour: Big Tech Cloud (dark) and other Internet (light)";
pub const CHART_TIMELINE_DAYS: &str =
    "Traffic per day: Big Tech Cloud (dark) and other Internet (light)";
pub const CHART_PROVIDERS: &str = "Traffic per provider";
pub const CHART_BASELINE: &str = "Big Tech Cloud share: usual day and this time";
pub const CHART_GAUGE: &str = "Big Tech Cloud share of Internet traffic";
pub const NO_DATA: &str = "No traffic was recorded.";

/// "… and 12 more" under a cut list.
pub fn more(n: usize) -> String {
    format!("… and {n} more")
}

/// "-12.0 pts": a signed difference in percentage points.
pub fn points(signed: &str) -> String {
    format!("{signed} pts")
}

/// "Ateneu, 2027-03-08".
pub fn subtitle(place: Option<&str>, period: &str) -> String {
    match place {
        Some(p) => format!("{p}, {period}"),
        None => period.to_string(),
    }
}

/// The headline sentence.
pub fn headline(share: f64, bytes: u64) -> String {
    format!(
        "{} of our Internet traffic ({} in all) went to or came from the Big Tech Cloud.",
        format::percent(share),
        format::bytes(bytes)
    )
}

pub fn collective_headline(places: usize, share: f64, min: f64, max: f64) -> String {
    format!(
        "Across {places} places, {} of the Internet traffic went to or came from the Big Tech Cloud (from {} to {} depending on the place).",
        format::percent(share),
        format::percent(min),
        format::percent(max)
    )
}

pub fn baseline_sentence(points: f64, usual_share: f64, days: usize) -> String {
    let direction = if points < 0.0 { "less" } else { "more" };
    let points = (points * 100.0).abs();
    format!(
        "That is {points:.1} percentage points {direction} than a usual day ({} over {days} day(s)).",
        format::percent(usual_share)
    )
}

pub fn baseline_days(method: &str, days: &[String]) -> String {
    let how = match method {
        "same-weekday" => "the same weekday in the previous weeks",
        "range" => "the days asked for",
        "places" => "each place's own usual day",
        other => other,
    };
    if days.is_empty() {
        format!("Usual day: {how}.")
    } else {
        format!("Usual day: {how} ({}).", days.join(", "))
    }
}

pub fn group_name(id: &str) -> &str {
    match id {
        "big-tech" => "Big Tech Cloud",
        "cloud" => "Other clouds and hosters",
        "cdn" => "Content delivery networks",
        "streaming" => "Streaming networks",
        "other" => "Named in your settings",
        "none" => "Networks no list knows",
        other => other,
    }
}

pub fn layer_name(id: &str) -> &str {
    match id {
        "official" => "Providers' official address lists",
        "asn" => "Bundled network (ASN) snapshot",
        "mmdb" => "Network (ASN) database",
        "user" => "Your own settings",
        "unattributed" => "Not attributed",
        other => other,
    }
}

pub fn decision_name(id: &str) -> &str {
    match id {
        "both" => "its infrastructure and its service",
        "infrastructure" => "its infrastructure only",
        "service" => "its service only (other infrastructure)",
        "neither" => "Not Big Tech Cloud",
        other => other,
    }
}

pub fn unnamed_service() -> &'static str {
    "Unnamed"
}

pub fn other_networks() -> &'static str {
    "Other networks"
}

/// The lines of the health section.
pub fn health_lines(h: &Health) -> Vec<String> {
    let mut lines = vec![
        format!(
            "Minutes with traffic: {} of {}.",
            h.minutes_with_data, h.period_minutes
        ),
        format!(
            "Gaps with nothing captured: {} ({} minutes).",
            h.gaps.len(),
            h.gap_minutes
        ),
        format!(
            "Packets dropped by the capture: {}.",
            h.dropped_packets
                .map_or_else(|| NOT_RECORDED.to_string(), |d| d.to_string())
        ),
        format!(
            "Clock jumps: {}.",
            h.clock_jumps
                .map_or_else(|| NOT_RECORDED.to_string(), |d| d.to_string())
        ),
        format!(
            "Not attributed to any provider: {} ({}).",
            format::bytes(h.unattributed_bytes),
            format::percent(h.unattributed_share)
        ),
        format!(
            "Not named (no service known): {}.",
            format::bytes(h.unnamed_bytes)
        ),
        match (&h.ranges_version, h.ranges_age_days) {
            (Some(v), Some(age)) => format!("Provider address lists from {v} ({age} days old)."),
            (Some(v), None) => format!("Provider address lists from {v}."),
            _ => "Provider address lists: date unknown.".to_string(),
        },
    ];
    for g in &h.gaps {
        lines.push(format!(
            "Gap from {}, {} minutes.",
            g.start_local, g.minutes
        ));
    }
    lines
}

/// Warnings worth reading before quoting the numbers.
pub fn caveats(r: &Report) -> Vec<String> {
    let h = &r.health;
    let mut out = Vec::new();
    if h.source == "daemon" {
        out.push("Read from the running daemon, which does not tell gaps, drops or clock jumps: check them with `nuage report --db`.".into());
    }
    if h.gap_minutes > 0 {
        out.push(format!(
            "Nothing was captured for {} minutes: the real totals are higher.",
            h.gap_minutes
        ));
    }
    if h.dropped_packets.is_some_and(|d| d > 0) {
        out.push("Some packets were dropped by the capture: totals are a little low.".into());
    }
    if h.clock_jumps.is_some_and(|j| j > 0) {
        out.push(
            "The clock jumped during the capture: some minutes may sit at the wrong hour.".into(),
        );
    }
    if h.unattributed_share > 0.10 {
        out.push(format!(
            "{} of the traffic went to addresses no list attributes: the Big Tech share may be higher.",
            format::percent(h.unattributed_share)
        ));
    }
    if h.ranges_age_days.is_some_and(|a| a > 45) {
        out.push("The provider address lists are old: run `nuage ranges update`.".into());
    }
    if r.kind == ReportKind::Place && r.summary.minutes_with_data == 0 {
        out.push(NO_DATA.into());
    }
    out
}

/// The methods paragraph(s).
pub fn methods(m: &Methods) -> Vec<String> {
    let companies = if m.big_tech_companies.is_empty() {
        NONE.to_string()
    } else {
        m.big_tech_companies.join(", ")
    };
    vec![
        format!(
            "Traffic counts as Big Tech Cloud when the address it went to belongs to the infrastructure of a Big Tech company, OR when the service behind it is owned by one (YouTube served from a cache inside your Internet provider is still Google). The companies: {companies}."
        ),
        "Addresses are attributed with the providers' own published address lists, then a bundled snapshot of their networks (ASN). Services are named from the DNS answers, the TLS and QUIC server names and HTTP Host headers seen on the network; nuage never stores the content of any traffic.".to_string(),
        "What cannot be seen: names looked up with encrypted DNS (DoH, DoT), connections hiding their server name (ECH), and everything inside a VPN or a proxy, which counts for the VPN's provider. Traffic that never crossed this network (mobile data) is not counted.".to_string(),
        format!("Privacy setting while capturing: {}.", m.privacy),
    ]
}

/// One place's line in a collective report's notes.
pub fn merged_note(places: usize) -> String {
    format!("Combined from {places} places' own reports. No device details are carried across.")
}
