//! CSV in tidy long format: one row per day × dimension × key × metric, `value` always a
//! number. RFC 4180 quoting and CRLF line ends; the `day` of whole-period rows is the
//! period (`2027-03-01/2027-03-07` for several days).

use crate::report::model::{Report, Summary};
use crate::usage::Traffic;

pub const HEADER: &str = "day,dimension,key,metric,value";

/// One field, quoted when needed. Text a spreadsheet would run as a formula gets a leading
/// apostrophe.
fn field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) || guarded.trim() != guarded {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

struct Rows {
    out: String,
}

impl Rows {
    fn push(&mut self, day: &str, dimension: &str, key: &str, metric: &str, value: impl ToString) {
        for (i, f) in [day, dimension, key, metric].into_iter().enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.out.push_str(&field(f));
        }
        self.out.push(',');
        self.out.push_str(&value.to_string());
        self.out.push_str("\r\n");
    }

    fn traffic(&mut self, day: &str, dimension: &str, key: &str, t: &Traffic) {
        self.push(day, dimension, key, "bytes_up", t.bytes_up);
        self.push(day, dimension, key, "bytes_down", t.bytes_down);
        self.push(day, dimension, key, "packets_up", t.packets_up);
        self.push(day, dimension, key, "packets_down", t.packets_down);
        self.push(day, dimension, key, "flows", t.flows);
    }

    fn summary(&mut self, day: &str, s: &Summary) {
        self.traffic(day, "total", "internet", &s.totals);
        self.traffic(day, "total", "lan", &s.lan);
        self.push(
            day,
            "total",
            "all",
            "minutes_with_data",
            s.minutes_with_data,
        );
        let b = &s.big_tech;
        self.push(day, "big_tech", "all", "share", s.big_tech_share);
        self.push(day, "big_tech", "all", "bytes", b.bytes);
        self.push(day, "big_tech", "all", "flows", b.flows);
        self.push(day, "big_tech", "all", "flows_share", b.flows_share);
        self.push(day, "big_tech", "all", "active_minutes", b.active_minutes);
        let ams = b.active_minutes_share;
        self.push(day, "big_tech", "all", "active_minutes_share", ams);
        let infra = b.bytes_by_infrastructure;
        self.push(day, "big_tech", "all", "bytes_by_infrastructure", infra);
        let service = b.bytes_by_service_only;
        self.push(day, "big_tech", "all", "bytes_by_service_only", service);
    }
}

fn or_unknown(id: Option<&str>) -> &str {
    id.unwrap_or("unknown")
}

pub fn render(r: &Report) -> String {
    let mut rows = Rows {
        out: format!("{HEADER}\r\n"),
    };
    let period = r.period.label();
    let p = period.as_str();
    rows.summary(p, &r.summary);
    if r.days.len() > 1 {
        for d in &r.days {
            rows.summary(&d.day, &d.summary);
        }
    }
    for g in &r.groups {
        rows.traffic(p, "group", &g.group, &g.traffic);
        rows.push(p, "group", &g.group, "share", g.share);
    }
    for pr in &r.providers {
        let id = or_unknown(pr.id.as_deref());
        rows.traffic(p, "provider", id, &pr.traffic);
        rows.push(p, "provider", id, "share", pr.share);
        rows.push(p, "provider", id, "big_tech", u8::from(pr.big_tech));
        for x in &pr.products {
            rows.traffic(p, "product", &format!("{id}/{}", x.product), &x.traffic);
        }
    }
    for s in &r.services {
        let key = s.id.as_deref().unwrap_or("unnamed");
        rows.traffic(p, "service", key, &s.traffic);
        rows.push(p, "service", key, "share", s.share);
        rows.push(p, "service", key, "big_tech", u8::from(s.big_tech));
        for i in &s.infrastructure {
            let k = format!("{key}@{}", or_unknown(i.provider.as_deref()));
            rows.push(p, "service_infrastructure", &k, "bytes", i.bytes);
        }
    }
    for n in &r.networks {
        rows.push(p, "network", &n.network, "bytes", n.bytes);
    }
    for h in &r.hours {
        let key = format!("{:02}", h.hour);
        rows.push(&h.day, "hour", &key, "big_tech_bytes", h.big_tech_bytes);
        rows.push(&h.day, "hour", &key, "other_bytes", h.other_bytes);
        rows.push(&h.day, "hour", &key, "lan_bytes", h.lan_bytes);
    }
    for d in r.devices.iter().flatten() {
        rows.traffic(p, "device", &d.id, &d.traffic);
        rows.push(p, "device", &d.id, "big_tech_bytes", d.big_tech_bytes);
        rows.push(p, "device", &d.id, "big_tech_share", d.big_tech_share);
        rows.push(p, "device", &d.id, "lan_bytes", d.lan_bytes);
    }
    if let Some(b) = &r.baseline {
        let c = &b.change;
        rows.push(p, "baseline", "all", "days", b.days.len());
        rows.push(p, "baseline", "all", "big_tech_share", b.big_tech_share);
        rows.push(p, "baseline", "all", "mean_bytes", b.mean_bytes);
        let mbt = b.mean_big_tech_bytes;
        rows.push(p, "baseline", "all", "mean_big_tech_bytes", mbt);
        let pts = c.big_tech_share_points;
        rows.push(p, "baseline", "all", "change_big_tech_share_points", pts);
        let optional = [
            ("change_big_tech_share_relative", c.big_tech_share_relative),
            ("change_bytes", Some(c.bytes)),
            ("change_bytes_relative", c.bytes_relative),
            ("change_big_tech_bytes", Some(c.big_tech_bytes)),
            ("change_big_tech_bytes_relative", c.big_tech_bytes_relative),
        ];
        for (metric, value) in optional {
            if let Some(v) = value {
                rows.push(p, "baseline", "all", metric, v);
            }
        }
        for pc in &b.providers {
            let id = or_unknown(pc.id.as_deref());
            rows.push(p, "baseline_provider", id, "bytes", pc.bytes);
            rows.push(
                p,
                "baseline_provider",
                id,
                "baseline_bytes",
                pc.baseline_bytes,
            );
            rows.push(p, "baseline_provider", id, "change_bytes", pc.change_bytes);
            if let Some(v) = pc.change_relative {
                rows.push(p, "baseline_provider", id, "change_relative", v);
            }
        }
    }
    let h = &r.health;
    rows.push(p, "health", "all", "period_minutes", h.period_minutes);
    rows.push(p, "health", "all", "minutes_with_data", h.minutes_with_data);
    rows.push(p, "health", "all", "gaps", h.gaps.len());
    rows.push(p, "health", "all", "gap_minutes", h.gap_minutes);
    if let Some(d) = h.dropped_packets {
        rows.push(p, "health", "all", "dropped_packets", d);
    }
    if let Some(j) = h.clock_jumps {
        rows.push(p, "health", "all", "clock_jumps", j);
    }
    rows.push(
        p,
        "health",
        "all",
        "unattributed_bytes",
        h.unattributed_bytes,
    );
    rows.push(
        p,
        "health",
        "all",
        "unattributed_share",
        h.unattributed_share,
    );
    rows.push(p, "health", "all", "unnamed_bytes", h.unnamed_bytes);
    if let Some(a) = h.ranges_age_days {
        rows.push(p, "health", "all", "ranges_age_days", a);
    }
    for l in &h.layers {
        rows.push(p, "layer", &l.layer, "bytes", l.bytes);
    }
    for d in &h.decided_by {
        rows.push(p, "decided_by", &d.decided_by, "bytes", d.bytes);
    }
    for pl in &r.places {
        let key = pl.place.as_str();
        rows.traffic(p, "place", key, &pl.summary.totals);
        rows.push(p, "place", key, "big_tech_share", pl.summary.big_tech_share);
        if let Some(c) = pl.big_tech_share_change_points {
            rows.push(p, "place", key, "change_big_tech_share_points", c);
        }
    }
    if let Some(s) = &r.spread {
        rows.push(p, "spread", "big_tech_share", "min", s.big_tech_share.min);
        rows.push(p, "spread", "big_tech_share", "max", s.big_tech_share.max);
        rows.push(p, "spread", "bytes_per_day", "min", s.bytes_per_day.min);
        rows.push(p, "spread", "bytes_per_day", "max", s.bytes_per_day.max);
        if let Some(c) = s.big_tech_share_change_points {
            rows.push(p, "spread", "change_big_tech_share_points", "min", c.min);
            rows.push(p, "spread", "change_big_tech_share_points", "max", c.max);
        }
    }
    rows.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(field("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(field(" padded"), "\" padded\"");
    }
}
