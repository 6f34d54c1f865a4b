//! Every word the dashboard shows, in one place, so a translation pass can swap them
//! mechanically (one message per item; arguments are explicit). Layout leaves room for
//! longer languages: labels are measured, never assumed to fit a fixed width. Where the
//! terminal is not UTF-8, [`super::theme::Theme::fold`] turns arrows and dots into ASCII.

use time::Weekday;

pub const APP_NAME: &str = "nuage";
pub const NO_PLACE: &str = "this place";

pub const LIVE: &str = "live";
pub const PAUSED: &str = "paused";
pub const NOT_LIVE: &str = "not live";
pub const HISTORY: &str = "history";

pub const TAB_OVERVIEW: &str = "Overview";
pub const TAB_SERVICES: &str = "Services";
pub const TAB_DEVICES: &str = "Devices";
pub const TAB_FLOWS: &str = "Flows";
pub const TAB_HELP_HINT: &str = "? help";

pub const HEADLINE_TITLE: &str = "Big Tech Cloud share";
pub const HEADLINE_NO_DATA: &str = "No Internet traffic counted yet for this day.";
pub const NO_BASELINE: &str = "no usual day to compare with yet";

pub const PROVIDERS_TITLE: &str = "Who carried the traffic";
pub const TIMELINE_TITLE: &str = "Through the day";
pub const SERVICES_TITLE: &str = "Services";
pub const DEVICES_TITLE: &str = "Devices";
pub const FLOWS_TITLE: &str = "Current flows";

pub const CAT_AMAZON: &str = "Amazon";
pub const CAT_GOOGLE: &str = "Google";
pub const CAT_MICROSOFT: &str = "Microsoft";
pub const CAT_META: &str = "Meta";
pub const CAT_APPLE: &str = "Apple";
pub const CAT_OTHER_CLOUDS: &str = "Other clouds/CDNs";
pub const CAT_OTHER_NETWORKS: &str = "Other networks";
pub const CAT_LAN: &str = "Inside (LAN)";
pub const LAN_SHARE: &str = "local";

pub const LEGEND_BIG_TECH: &str = "Big Tech";
pub const LEGEND_OTHER: &str = "other";
pub const LEGEND_NOW: &str = "now";

pub const COL_SERVICE: &str = "Service · carried by";
pub const COL_SERVICE_ONE: &str = "Service";
pub const COL_BYTES: &str = "Traffic";
pub const COL_SHARE: &str = "Share";
pub const COL_NAMED_BY: &str = "Named by";
pub const COL_DEVICE: &str = "Device";
pub const COL_BIG_TECH: &str = "Big Tech";
pub const COL_LAN: &str = "LAN";
pub const COL_REMOTE: &str = "Remote";
pub const COL_PROVIDER: &str = "Provider";
pub const COL_RATE: &str = "Now ↓/↑";
pub const COL_RATE_NOW: &str = "now";

pub const UNNAMED_SERVICE: &str = "Unnamed";
pub const UNKNOWN_PROVIDER: &str = "unknown network";
pub const NO_DEVICE: &str = "-";

pub const SOURCE_DNS: &str = "DNS";
pub const SOURCE_SNI: &str = "SNI";
pub const SOURCE_QUIC: &str = "QUIC SNI";
pub const SOURCE_HTTP: &str = "HTTP";
pub const SOURCE_ADDRESS: &str = "address";

pub const DEVICES_HIDDEN: &str =
    "Devices are not shown: the privacy setting is \"aggregate\" (totals only).";
pub const FLOWS_HIDDEN: &str = "No current flows to show (or the privacy setting hides them).";
pub const FLOWS_NOT_LIVE: &str = "Flows are only shown live, for today.";
pub const EMPTY_LIST: &str = "Nothing counted yet.";
pub const NO_DAY_DATA: &str = "No data stored for this day.";

pub const SORT_BYTES: &str = "traffic";
pub const SORT_BIG_TECH: &str = "Big Tech first";
pub const SORT_NAME: &str = "name";
pub const SORT_RATE: &str = "rate now";

pub const UNITS_BYTES_SI: &str = "bytes (kB, MB)";
pub const UNITS_BYTES_IEC: &str = "bytes (KiB, MiB)";
pub const UNITS_BITS_SI: &str = "bits (kbit, Mbit)";
pub const UNITS_BITS_IEC: &str = "bits (Kibit, Mibit)";

pub const HEALTH_OK: &str = "capture ok";
pub const HEALTH_DOWN: &str = "down";
pub const STORE_ERROR: &str = "not saving";
pub const NO_INTERFACES: &str = "no capture";

pub const FOOTER_HINTS: &str = "Tab view  ←/→ day  s sort  u units  p pause  ? help  q quit";

pub const HELP_TITLE: &str = "Keys";
pub const HELP_CLOSE: &str = "Press any key to close.";
/// (keys, what they do), one line each.
pub const HELP_KEYS: &[(&str, &str)] = &[
    ("Tab / Shift-Tab", "next / previous view"),
    ("1 2 3 4", "Overview, Services, Devices, Flows"),
    ("↑ ↓  j k", "move in a list"),
    ("PgUp PgDn", "move a page"),
    ("s", "change the sort order"),
    ("p", "pause / resume updates"),
    ("← →", "previous / next day"),
    ("t", "back to today"),
    ("u", "units: bytes or bits, kB or KiB"),
    ("?", "this help"),
    ("q  Esc", "quit"),
    ("mouse", "scroll lists, click a view's name"),
];

/// Header label of the interfaces' health with drop counts.
pub fn dropped(count: u64) -> String {
    format!("{count} dropped")
}

pub fn undecodable(count: u64) -> String {
    format!("{count} unreadable")
}

pub fn store_error(message: &str) -> String {
    format!("{STORE_ERROR}: {message}")
}

/// "31% of 2.1 GB"
pub fn share_of(big_tech: &str, total: &str) -> String {
    format!("{big_tech} of {total}")
}

/// The comparison with the baseline: "−37% vs usual Mondays (50%)".
pub fn vs_usual(change: &str, weekday: Option<Weekday>, usual_share: &str) -> String {
    format!("{change} vs {} ({usual_share})", usual_days(weekday))
}

/// "usual Mondays", or "usual days" when the baseline mixes weekdays.
pub fn usual_days(weekday: Option<Weekday>) -> &'static str {
    match weekday {
        Some(Weekday::Monday) => "usual Mondays",
        Some(Weekday::Tuesday) => "usual Tuesdays",
        Some(Weekday::Wednesday) => "usual Wednesdays",
        Some(Weekday::Thursday) => "usual Thursdays",
        Some(Weekday::Friday) => "usual Fridays",
        Some(Weekday::Saturday) => "usual Saturdays",
        Some(Weekday::Sunday) => "usual Sundays",
        None => "usual days",
    }
}

pub fn weekday_short(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "Mon",
        Weekday::Tuesday => "Tue",
        Weekday::Wednesday => "Wed",
        Weekday::Thursday => "Thu",
        Weekday::Friday => "Fri",
        Weekday::Saturday => "Sat",
        Weekday::Sunday => "Sun",
    }
}

/// Title of the timeline with its bucket size: "Through the day (per 10 min)".
pub fn per_bucket(minutes: u32) -> String {
    if minutes % 60 == 0 {
        let hours = minutes / 60;
        if hours == 1 {
            "per hour".to_string()
        } else {
            format!("per {hours} h")
        }
    } else {
        format!("per {minutes} min")
    }
}

/// "peak 120 MB"
pub fn peak(amount: &str) -> String {
    format!("peak {amount}")
}

pub fn sorted_by(sort: &str) -> String {
    format!("sorted by {sort}")
}

pub fn units_label(units: &str) -> String {
    format!("units: {units}")
}

/// "Big Tech 63%" (a device's share).
pub fn big_tech_share(share: &str) -> String {
    format!("{share} Big Tech")
}

/// Rows beyond the screen: "12 more".
pub fn more_rows(count: usize) -> String {
    format!("{count} more")
}

pub const TOO_SMALL: &str = "The terminal is too small\nfor the dashboard (40×12 at least).";
pub const RANGES_VERSION: &str = "ranges";
