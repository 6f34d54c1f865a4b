//! Every word the dashboard shows, as Fluent message ids (`i18n/*.ftl`, the block
//! `## dashboard (session 3)` and a few shared ids) and the few functions that fill in their
//! variables. Numbers, percentages and weekday names come from [`crate::i18n`], so plural
//! forms and decimal marks are each language's own. Layout leaves room for longer languages:
//! labels are measured, never assumed to fit a fixed width. Where the terminal is not UTF-8,
//! [`super::theme::Theme::fold`] turns arrows and dots into ASCII.
//!
//! Proper names (nuage, Amazon, Google…) and protocol names (DNS, SNI, QUIC, HTTP) are the
//! same in every language and stay literals.

use time::Weekday;

use crate::i18n::{Localizer, weekday_id};
use crate::tr;
use crate::usage::{CaptureHealth, InterfaceHealth};

pub const APP_NAME: &str = "nuage";
pub const NO_PLACE: &str = "dash-no-place";

pub const LIVE: &str = "dash-live";
pub const PAUSED: &str = "dash-paused";
pub const NOT_LIVE: &str = "dash-not-live";
pub const HISTORY: &str = "dash-history";

pub const TAB_OVERVIEW: &str = "dash-tab-overview";
pub const TAB_SERVICES: &str = "view-services";
pub const TAB_DEVICES: &str = "view-devices";
pub const TAB_FLOWS: &str = "view-flows";
pub const TAB_HELP_HINT: &str = "dash-help-hint";

pub const HEADLINE_TITLE: &str = "dash-headline-title";
pub const HEADLINE_NO_DATA: &str = "dash-headline-no-data";
pub const NO_BASELINE: &str = "dash-no-baseline";

pub const PROVIDERS_TITLE: &str = "dash-providers-title";
pub const TIMELINE_TITLE: &str = "dash-timeline-title";
pub const SERVICES_TITLE: &str = "view-services";
pub const DEVICES_TITLE: &str = "view-devices";
pub const FLOWS_TITLE: &str = "dash-flows-title";

pub const CAT_AMAZON: &str = "Amazon";
pub const CAT_GOOGLE: &str = "Google";
pub const CAT_MICROSOFT: &str = "Microsoft";
pub const CAT_META: &str = "Meta";
pub const CAT_APPLE: &str = "Apple";
pub const CAT_OTHER_CLOUDS: &str = "dash-cat-other-clouds";
pub const CAT_OTHER_NETWORKS: &str = "dash-cat-other-networks";
pub const CAT_LAN: &str = "dash-cat-lan";
pub const LAN_SHARE: &str = "dash-lan-share";

pub const LEGEND_BIG_TECH: &str = "dash-legend-big-tech";
pub const LEGEND_OTHER: &str = "dash-legend-other";
pub const LEGEND_NOW: &str = "dash-legend-now";

pub const COL_SERVICE: &str = "dash-col-service-carrier";
pub const COL_SERVICE_ONE: &str = "col-service";
pub const COL_BYTES: &str = "col-traffic";
pub const COL_SHARE: &str = "col-share";
pub const COL_NAMED_BY: &str = "dash-col-named-by";
pub const COL_DEVICE: &str = "col-device";
pub const COL_BIG_TECH: &str = "dash-legend-big-tech";
pub const COL_LAN: &str = "dash-col-lan";
pub const COL_REMOTE: &str = "dash-col-remote";
pub const COL_PROVIDER: &str = "col-provider";
pub const COL_RATE: &str = "dash-col-rate";
pub const COL_RATE_NOW: &str = "dash-col-rate-now";

pub const UNNAMED_SERVICE: &str = "dash-unnamed-service";
pub const UNKNOWN_PROVIDER: &str = "dash-unknown-network";
pub const NO_DEVICE: &str = "-";

pub const SOURCE_DNS: &str = "DNS";
pub const SOURCE_SNI: &str = "SNI";
pub const SOURCE_QUIC: &str = "QUIC SNI";
pub const SOURCE_HTTP: &str = "HTTP";
pub const SOURCE_ADDRESS: &str = "dash-source-address";

pub const FLOWS_HIDDEN: &str = "dash-flows-hidden";
pub const FLOWS_NOT_LIVE: &str = "dash-flows-not-live";
pub const EMPTY_LIST: &str = "dash-empty-list";
pub const NO_DAY_DATA: &str = "dash-no-day-data";

pub const SORT_BYTES: &str = "dash-sort-traffic";
pub const SORT_BIG_TECH: &str = "dash-sort-big-tech";
pub const SORT_NAME: &str = "dash-sort-name";
pub const SORT_RATE: &str = "dash-sort-rate";

pub const UNITS_BYTES_SI: &str = "dash-units-bytes-si";
pub const UNITS_BYTES_IEC: &str = "dash-units-bytes-iec";
pub const UNITS_BITS_SI: &str = "dash-units-bits-si";
pub const UNITS_BITS_IEC: &str = "dash-units-bits-iec";

pub const HEALTH_OK: &str = "dash-capture-ok";
pub const HEALTH_DOWN: &str = "dash-interface-down";
pub const NO_INTERFACES: &str = "dash-no-capture";

pub const FOOTER_HINTS: &str = "dash-footer-hints";

pub const HELP_TITLE: &str = "help-title";
pub const HELP_CLOSE: &str = "dash-help-close";
/// (keys, message id of what they do), one line each. Key names are what the keyboard
/// says; only "mouse" is a word (see [`help_keys`]).
pub const HELP_KEYS: &[(&str, &str)] = &[
    ("Tab / Shift-Tab", "dash-help-views"),
    ("1 2 3 4", ""),
    ("↑ ↓  j k", "dash-help-move"),
    ("PgUp PgDn", "dash-help-page"),
    ("s", "dash-help-sort"),
    ("p", "dash-help-pause"),
    ("← →", "dash-help-days"),
    ("t", "key-today"),
    ("u", "dash-help-units"),
    ("?", "dash-help-help"),
    ("q  Esc", "key-quit"),
    ("dash-help-mouse-key", "dash-help-mouse"),
];

/// The help's lines, translated: (keys, what they do).
pub fn help_keys(l10n: &Localizer) -> Vec<(String, String)> {
    HELP_KEYS
        .iter()
        .map(|(keys, what)| {
            let keys = if keys.starts_with("dash-") {
                l10n.tr(keys)
            } else {
                (*keys).to_string()
            };
            // The number keys go to the views, named as their tabs are.
            let what = if what.is_empty() {
                [TAB_OVERVIEW, TAB_SERVICES, TAB_DEVICES, TAB_FLOWS]
                    .map(|id| l10n.tr(id))
                    .join(", ")
            } else {
                l10n.tr(what)
            };
            (keys, what)
        })
        .collect()
}

/// "eth0: 1204 dropped", the interface's packets lost by the kernel or the card.
pub fn dropped(l10n: &Localizer, count: u64) -> String {
    tr!(l10n, "dash-dropped", count = count)
}

/// "not saving: disk full", from the kind of store failure the daemon reports; a daemon
/// too old to report the kind gives its English message.
pub fn store_error(l10n: &Localizer, health: &CaptureHealth) -> Option<String> {
    let message = health.store_error.as_deref()?;
    let error = match health.store_error_kind.as_deref() {
        Some("locked") => l10n.tr("dash-store-locked"),
        Some("disk-full") => l10n.tr("dash-store-disk-full"),
        Some("read-only") => l10n.tr("dash-store-read-only"),
        Some("cannot-open") => l10n.tr("dash-store-cannot-open"),
        Some("io") => l10n.tr("dash-store-io"),
        Some("unusable") => l10n.tr("dash-store-unusable"),
        Some(_) => l10n.tr("dash-store-failed"),
        None => message.to_string(),
    };
    let text = tr!(l10n, "dash-not-saving", error = error);
    Some(match health.store_rows_folded {
        0 => text,
        rows => format!("{text} {}", tr!(l10n, "dash-store-folded", count = rows)),
    })
}

/// "offloading hides 90% of the traffic", or an older daemon's English warning.
pub fn offload(l10n: &Localizer, interface: &InterfaceHealth) -> Option<String> {
    match (&interface.offload, &interface.offload_warning) {
        (Some(o), _) => {
            let seen = o.interface_bytes.max(1) as f64;
            let hidden = 1.0 - (o.captured_bytes as f64 / seen).min(1.0);
            Some(tr!(l10n, "dash-offload", hidden = l10n.percent(hidden, 0)))
        }
        (None, Some(warning)) => Some(warning.clone()),
        (None, None) => None,
    }
}

/// "31% of 2.1 GB"
pub fn share_of(l10n: &Localizer, big_tech: &str, total: &str) -> String {
    tr!(l10n, "dash-share-of", big_tech = big_tech, total = total)
}

/// The comparison with the baseline: "−37% vs usual Mondays (50%)", or "… vs usual days"
/// when the baseline mixes weekdays.
pub fn vs_usual(l10n: &Localizer, change: &str, weekday: Option<Weekday>, usual: &str) -> String {
    match weekday {
        Some(day) => tr!(
            l10n,
            "dash-vs-usual",
            change = change,
            weekday = weekday_id(day),
            usual = usual
        ),
        None => tr!(l10n, "dash-vs-usual-days", change = change, usual = usual),
    }
}

/// The timeline's bucket size: "per 10 min", "per hour", "per 2 h".
pub fn per_bucket(l10n: &Localizer, minutes: u32) -> String {
    if minutes % 60 == 0 {
        tr!(l10n, "dash-per-hours", hours = minutes / 60)
    } else {
        tr!(l10n, "dash-per-minutes", minutes = minutes)
    }
}

/// Title of the timeline: "Through the day (per hour, peak 120 MB)".
pub fn timeline_title(l10n: &Localizer, minutes: u32, peak: &str) -> String {
    tr!(
        l10n,
        "dash-timeline-title",
        bucket = per_bucket(l10n, minutes),
        peak = peak
    )
}

pub fn sorted_by(l10n: &Localizer, sort: &str) -> String {
    tr!(l10n, "dash-sorted-by", sort = sort)
}

pub fn units_label(l10n: &Localizer, units: &str) -> String {
    tr!(l10n, "dash-units-label", units = units)
}

/// The privacy notice of the devices view with privacy `aggregate`.
pub fn devices_hidden(l10n: &Localizer) -> String {
    tr!(l10n, "devices-hidden", privacy = "aggregate")
}

pub fn too_small(l10n: &Localizer) -> String {
    tr!(l10n, "dash-too-small", width = 40, height = 12)
}

pub fn ranges_version(l10n: &Localizer, version: &str) -> String {
    tr!(l10n, "dash-ranges-version", version = version)
}

/// Said in the header when the dashboard reads a database instead of a running capture.
pub fn from_database(l10n: &Localizer, path: &str) -> String {
    tr!(l10n, "dash-from-database", path = path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::usage::OffloadSuspicion;

    #[test]
    fn daemon_warnings_are_worded_here_and_older_daemons_still_show_theirs() {
        let el = Localizer::new(Lang::El);
        let mut health = CaptureHealth {
            store_error: Some("/data/nuage.db: writing minutes: the disk is full".into()),
            store_error_kind: Some("disk-full".into()),
            store_rows_folded: 12,
            ..CaptureHealth::default()
        };
        let text = store_error(&el, &health).unwrap();
        assert!(
            text.contains("δίσκος γεμάτος") && text.contains("12") && !text.contains("disk"),
            "{text}"
        );
        // A daemon from before the kinds: its own words.
        health.store_error_kind = None;
        health.store_rows_folded = 0;
        assert_eq!(
            store_error(&Localizer::new(Lang::En), &health).unwrap(),
            "not saving: /data/nuage.db: writing minutes: the disk is full"
        );
        health.store_error = None;
        assert_eq!(store_error(&el, &health), None);

        let mut eth0 = InterfaceHealth {
            name: "eth0".into(),
            offload: Some(OffloadSuspicion {
                interface_bytes: 4_000_000,
                captured_bytes: 1_000_000,
                window_secs: 60,
            }),
            offload_warning: Some("English text".into()),
            ..InterfaceHealth::default()
        };
        let fr = Localizer::new(Lang::Fr);
        assert_eq!(
            offload(&fr, &eth0).unwrap(),
            "l’accélération matérielle cache 75\u{a0}% du trafic"
        );
        eth0.offload = None;
        assert_eq!(offload(&fr, &eth0).unwrap(), "English text");
    }
}
