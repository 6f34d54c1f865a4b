//! `nuage replay`: runs the whole pipeline on capture files and prints what it counted.
//!
//! A file that is missing, truncated or corrupt is named in an error (with the byte offset
//! when known); whatever was read before it, and the other files, are still reported, and
//! the exit status is then 1.

use std::collections::BTreeMap;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context as _;
use serde_json::{Value, json};

use super::args::{GlobalArgs, ReplayArgs};
use super::context::Context as RunContext;
use crate::capture::{PacketSource, open_savefile};
use crate::flow::aggregate::{NO_PROVIDER, NONE};
use crate::flow::{
    Flow, FlowContext, NO_VLAN, Pipeline, PipelineConfig, Summary, UpDown, bits_addr,
};
use crate::i18n::Localizer;
use crate::names::Service;
use crate::ranges::{Group, Provider};
use crate::tr;
use crate::usage::DecidedBy;

/// A capture error in the user's language (the JSON summary keeps the English text).
fn describe(e: &crate::capture::CaptureError, l10n: &Localizer) -> String {
    crate::i18n::errors::describe(e, l10n).unwrap_or_else(|| e.to_string())
}

/// LINKTYPE_ETHERNET, until the first file says otherwise.
const DEFAULT_LINK_TYPE: u32 = 1;

pub fn run(global: &GlobalArgs, args: &ReplayArgs) -> anyhow::Result<ExitCode> {
    let ctx = RunContext::new(global)?;
    let classifier = Arc::new(ctx.classifier()?);
    let l10n = &ctx.l10n;
    let mut lan = ctx.config.lan.clone();
    lan.extend(args.lan.iter().copied());
    let config = PipelineConfig {
        limits: ctx.config.flows,
        lan,
        interface_addresses: Vec::new(),
        device_names: ctx.config.devices.clone(),
        keep_finished: args.flows,
        fold_minutes: true,
        asn_database: ctx.asn_database(),
        ..PipelineConfig::default()
    };
    let mut pipeline = Pipeline::new(classifier, DEFAULT_LINK_TYPE, &config);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    // Per bad file: in the user's language for standard error, in English for JSON.
    let mut errors: Vec<String> = Vec::new();
    let mut errors_json: Vec<String> = Vec::new();
    let mut files: Vec<Value> = Vec::new();
    let mut opened = 0usize;

    for path in &args.files {
        let mut source = match open_savefile(path) {
            Ok(source) => source,
            Err(e) => {
                errors.push(describe(&e, l10n));
                errors_json.push(e.to_string());
                files.push(json!({ "path": path.display().to_string(), "packets": 0, "error": e.to_string() }));
                continue;
            }
        };
        opened += 1;
        pipeline.set_link_type(source.link_type());
        let mut packets = 0u64;
        let error = loop {
            match source.next_packet() {
                Ok(Some(raw)) => {
                    packets += 1;
                    pipeline.process(&raw);
                    if args.flows {
                        write_finished(&mut pipeline, &mut out, l10n)?;
                    }
                }
                Ok(None) => break None,
                Err(e) => break Some(e),
            }
        };
        let error_json = error.as_ref().map(ToString::to_string);
        errors_json.extend(error_json.clone());
        let error = error.map(|e| describe(&e, l10n));
        files.push(json!({
            "path": path.display().to_string(),
            "link_type": source.link_type(),
            "packets": packets,
            "error": error_json,
        }));
        errors.extend(error);
    }
    pipeline.finish();

    // Nothing could be read: an all-zero summary would pass for a quiet capture.
    if opened == 0 && !global.json {
        for e in &errors {
            eprintln!("nuage replay: {e}");
        }
        return Ok(ExitCode::from(1));
    }

    if args.flows {
        write_finished(&mut pipeline, &mut out, l10n)?;
    } else if global.json {
        let summary = summary_json(&pipeline, files, &errors_json);
        writeln!(out, "{summary}")?;
    } else {
        write_text(&pipeline, &mut out, l10n)?;
    }
    out.flush()
        .with_context(|| l10n.tr("error-writing-report"))?;
    drop(out);
    for e in &errors {
        eprintln!("nuage replay: {e}");
    }
    Ok(if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn write_finished(
    pipeline: &mut Pipeline,
    out: &mut impl Write,
    l10n: &Localizer,
) -> anyhow::Result<()> {
    let mut result = Ok(());
    pipeline.drain_finished(|flow, ctx| {
        if result.is_ok() {
            result = writeln!(out, "{}", flow_json(flow, ctx));
        }
    });
    result.with_context(|| l10n.tr("error-writing-flows"))
}

/// Microseconds since the epoch as RFC 3339 (UTC).
fn timestamp(ts_micros: i64) -> Value {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ts_micros) * 1000)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .map_or(Value::Null, Value::String)
}

fn flow_json(flow: &Flow, ctx: &FlowContext<'_>) -> Value {
    let client = flow.client();
    let server = flow.server();
    let attribution = flow.range.and_then(|id| ctx.classifier.attribution(id));
    let device = ctx.devices.get(flow.attr.device);
    let a = &flow.attr;
    let provider = provider_of(ctx.classifier.catalogue().providers(), a.provider);
    let service = service_of(ctx, a.service);
    let big_tech = ctx.big_tech.decide(
        provider.map(|p| p.id.as_str()),
        service.map(|s| s.id.as_str()),
    );
    let text = |id: u32| (id != NONE).then(|| ctx.aggregates.string(id)).flatten();
    json!({
        "proto": proto_name(flow.key.proto),
        "kind": flow.kind,
        "client": bits_addr(client.addr).to_string(),
        "client_port": client.port,
        "server": bits_addr(server.addr).to_string(),
        "server_port": server.port,
        "vlan": (flow.key.vlan != NO_VLAN).then_some(flow.key.vlan),
        "up_packets": flow.up.packets,
        "up_bytes": flow.up.bytes,
        "down_packets": flow.down.packets,
        "down_bytes": flow.down.bytes,
        "first_seen": timestamp(flow.first_seen),
        "last_seen": timestamp(flow.last_seen),
        "provider": provider.map(|p| p.id.as_str()),
        "group": provider.map(|p| p.group.id()),
        "product": attribution.and_then(|a| a.product),
        "origin": a.origin.map_or("none", |o| o.id()),
        "network": text(a.network),
        "name": flow.name.as_deref(),
        "name_source": flow.name_source.map(|s| s.id()),
        "service": service.map(|s| s.id.as_str()),
        "service_name": service.map(|s| s.name.as_str()),
        "service_owner": service.map(|s| s.company.as_str()),
        "domain": text(a.domain),
        "big_tech": big_tech.id(),
        "encrypted_dns": a.encrypted_dns,
        "device_mac": device.and_then(|d| d.mac).map(|m| m.to_string()),
        "device_name": device.and_then(|d| d.name.as_deref()),
    })
}

fn provider_of(providers: &[Provider], index: u16) -> Option<&Provider> {
    (index != NO_PROVIDER)
        .then(|| providers.get(usize::from(index)))
        .flatten()
}

fn service_of<'a>(ctx: &FlowContext<'a>, id: u32) -> Option<&'a Service> {
    let text = (id != NONE).then(|| ctx.aggregates.string(id)).flatten()?;
    ctx.services.service(text)
}

fn pipeline_context(pipeline: &Pipeline) -> FlowContext<'_> {
    FlowContext {
        classifier: pipeline.classifier(),
        aggregates: pipeline.aggregates(),
        devices: pipeline.devices(),
        services: pipeline.services(),
        big_tech: pipeline.big_tech(),
    }
}

/// Internet bytes per Big Tech layer, by `usage::BigTechRule`.
fn big_tech_layers(pipeline: &Pipeline, s: &Summary) -> BTreeMap<DecidedBy, UpDown> {
    let ctx = pipeline_context(pipeline);
    let providers = ctx.classifier.catalogue().providers();
    s.by_big_tech_layer(|provider, service| {
        ctx.big_tech.decide(
            provider_of(providers, provider).map(|p| p.id.as_str()),
            service_of(&ctx, service).map(|s| s.id.as_str()),
        )
    })
}

/// One row per (service, provider): "Zoom (Zoom Communications) · Amazon".
struct ServiceRow<'a> {
    service: &'a Service,
    provider: Option<&'a Provider>,
    counts: UpDown,
}

fn service_rows<'a>(pipeline: &'a Pipeline, s: &Summary) -> Vec<ServiceRow<'a>> {
    let ctx = pipeline_context(pipeline);
    let providers = ctx.classifier.catalogue().providers();
    let mut rows: Vec<ServiceRow<'a>> = s
        .by_provider_service
        .iter()
        .filter_map(|(&(p, id), c)| {
            Some(ServiceRow {
                service: service_of(&ctx, id)?,
                provider: provider_of(providers, p),
                counts: *c,
            })
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.counts.bytes()));
    rows
}

/// Interned names (domains, networks) with their traffic, largest first.
fn named_rows<'a>(pipeline: &'a Pipeline, map: &BTreeMap<u32, UpDown>) -> Vec<(&'a str, UpDown)> {
    let mut rows: Vec<(&str, UpDown)> = map
        .iter()
        .filter_map(|(&id, c)| Some((pipeline.aggregates().string(id)?, *c)))
        .collect();
    rows.sort_by_key(|(name, c)| (std::cmp::Reverse(c.bytes()), *name));
    rows
}

fn proto_name(proto: u8) -> String {
    match proto {
        1 => "ICMP".into(),
        6 => "TCP".into(),
        17 => "UDP".into(),
        58 => "ICMPV6".into(),
        other => other.to_string(),
    }
}

fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn counts_json(c: &UpDown) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("bytes_up".into(), c.up.bytes.into());
    m.insert("bytes_down".into(), c.down.bytes.into());
    m.insert("packets_up".into(), c.up.packets.into());
    m.insert("packets_down".into(), c.down.packets.into());
    m.insert("flows".into(), c.up.new_flows.into());
    m
}

/// Per-group totals of a summary's providers.
fn groups(pipeline: &Pipeline, s: &Summary) -> BTreeMap<Option<Group>, UpDown> {
    let providers = pipeline.classifier().catalogue().providers();
    let mut out: BTreeMap<Option<Group>, UpDown> = BTreeMap::new();
    for (&p, c) in &s.by_provider {
        let group = providers.get(usize::from(p)).map(|p| p.group);
        let g = out.entry(group).or_default();
        g.up.add(&c.up);
        g.down.add(&c.down);
    }
    out
}

fn summary_json(pipeline: &Pipeline, files: Vec<Value>, errors: &[String]) -> Value {
    let s = pipeline.aggregates().summary(..);
    let total = s.internet.bytes();
    let providers = pipeline.classifier().catalogue().providers();
    let groups = groups(pipeline, &s);
    let layers = big_tech_layers(pipeline, &s);
    let big_tech: u64 = layers
        .iter()
        .filter(|(l, _)| l.is_big_tech())
        .map(|(_, c)| c.bytes())
        .sum();
    let big_tech_rows: serde_json::Map<String, Value> = layers
        .iter()
        .map(|(l, c)| {
            let mut m = counts_json(c);
            m.insert("share".into(), json!(share(c.bytes(), total)));
            (l.id().to_string(), Value::Object(m))
        })
        .collect();
    let service_rows: Vec<Value> = service_rows(pipeline, &s)
        .into_iter()
        .map(|r| {
            let mut m = counts_json(&r.counts);
            m.insert("service".into(), json!(r.service.id));
            m.insert("name".into(), json!(r.service.name));
            m.insert("owner".into(), json!(r.service.company));
            m.insert("provider".into(), json!(r.provider.map(|p| p.id.as_str())));
            m.insert("share".into(), json!(share(r.counts.bytes(), total)));
            Value::Object(m)
        })
        .collect();
    let name_rows = |key: &str, map: &BTreeMap<u32, UpDown>| -> Vec<Value> {
        named_rows(pipeline, map)
            .into_iter()
            .map(|(name, c)| {
                let mut m = counts_json(&c);
                m.insert(key.into(), json!(name));
                m.insert("share".into(), json!(share(c.bytes(), total)));
                Value::Object(m)
            })
            .collect()
    };
    let domain_rows = name_rows("domain", &s.by_domain);
    let network_rows = name_rows("network", &s.by_network);
    let origin_rows: serde_json::Map<String, Value> = s
        .by_origin
        .iter()
        .map(|(o, c)| {
            (
                o.map_or("none", |o| o.id()).to_string(),
                Value::Object(counts_json(c)),
            )
        })
        .collect();
    let name_source_rows: serde_json::Map<String, Value> = s
        .by_name_source
        .iter()
        .map(|(n, c)| {
            (
                n.map_or("none", |n| n.id()).to_string(),
                Value::Object(counts_json(c)),
            )
        })
        .collect();
    let mut encrypted_dns = counts_json(&s.encrypted_dns);
    encrypted_dns.insert("flows".into(), pipeline.stats().encrypted_dns_flows.into());
    let mut by_provider: Vec<(&u16, &UpDown)> = s.by_provider.iter().collect();
    by_provider.sort_by_key(|(_, c)| std::cmp::Reverse(c.bytes()));
    let provider_rows: Vec<Value> = by_provider
        .into_iter()
        .map(|(&p, c)| {
            let provider = (p != NO_PROVIDER)
                .then(|| providers.get(usize::from(p)))
                .flatten();
            let mut m = counts_json(c);
            m.insert("provider".into(), json!(provider.map(|p| p.id.as_str())));
            m.insert("name".into(), json!(provider.map(|p| p.name.as_str())));
            m.insert("group".into(), json!(provider.map(|p| p.group.id())));
            m.insert("share".into(), json!(share(c.bytes(), total)));
            Value::Object(m)
        })
        .collect();
    let group_rows: Vec<Value> = groups
        .iter()
        .map(|(g, c)| {
            let mut m = counts_json(c);
            m.insert("group".into(), json!(g.map(Group::id)));
            m.insert("share".into(), json!(share(c.bytes(), total)));
            Value::Object(m)
        })
        .collect();
    let product_rows: Vec<Value> = s
        .by_product
        .iter()
        .filter(|((p, _), _)| *p != NO_PROVIDER)
        .map(|((p, product), c)| {
            let mut m = counts_json(c);
            m.insert(
                "provider".into(),
                json!(providers.get(usize::from(*p)).map(|p| p.id.as_str())),
            );
            m.insert(
                "product".into(),
                json!(pipeline.aggregates().string(*product)),
            );
            Value::Object(m)
        })
        .collect();
    let device_rows: Vec<Value> = s
        .by_device
        .iter()
        .map(|(&d, c)| {
            let device = (d != NONE).then(|| pipeline.devices().get(d)).flatten();
            let mut m = counts_json(c);
            m.insert(
                "mac".into(),
                json!(device.and_then(|d| d.mac).map(|m| m.to_string())),
            );
            m.insert("ip".into(), json!(device.map(|d| d.ip.to_string())));
            m.insert("name".into(), json!(device.and_then(|d| d.name.as_deref())));
            m.insert(
                "name_source".into(),
                json!(device.and_then(|d| d.name_source)),
            );
            m.insert("share".into(), json!(share(c.bytes(), total)));
            Value::Object(m)
        })
        .collect();
    let stats = pipeline.stats();
    let undecodable = stats.undecodable_total();
    let reasons: Vec<Value> = stats
        .undecodable
        .iter()
        .map(|(e, c)| json!({ "reason": e.to_string(), "packets": c.packets, "bytes": c.bytes }))
        .collect();
    let mut lan = counts_json(&s.lan);
    lan.insert("non_ip_packets".into(), stats.non_ip.packets.into());
    lan.insert("non_ip_bytes".into(), stats.non_ip.bytes.into());
    let table = pipeline.table().stats();
    json!({
        "files": files,
        "totals": counts_json(&s.internet),
        "lan": lan,
        "big_tech_share": share(big_tech, total),
        "big_tech": big_tech_rows,
        "groups": group_rows,
        "providers": provider_rows,
        "products": product_rows,
        "services": service_rows,
        "domains": domain_rows,
        "networks": network_rows,
        "origins": origin_rows,
        "name_sources": name_source_rows,
        "encrypted_dns": encrypted_dns,
        "devices": device_rows,
        "undecodable": { "packets": undecodable.packets, "bytes": undecodable.bytes, "reasons": reasons },
        "frames": { "packets": stats.frames.packets, "bytes": stats.frames.bytes },
        "unmatched_fragments": stats.unmatched_fragments,
        "naming": {
            "dns_responses": stats.dns_responses,
            "dns_errors": stats.dns_errors,
            "mdns_device_names": stats.mdns_names,
            "asn_database_lookups": stats.asn_lookups,
            "asn_database_found": stats.asn_found,
        },
        "flow_table": {
            "max_flows": pipeline.table().limits().max_flows,
            "created": table.created,
            "expired_idle": table.expired_idle,
            "expired_closed": table.expired_closed,
            "evicted": table.evicted,
        },
        "learned_prefixes": pipeline.locality().learned().map(|n| n.to_string()).collect::<Vec<_>>(),
        "first_seen": stats.first_seen.map_or(Value::Null, timestamp),
        "last_seen": stats.last_seen.map_or(Value::Null, timestamp),
        "errors": errors,
    })
}

/// `08/03/2027 00:00:05 UTC` in the language's date order; `-` when there is no time.
fn local_timestamp(l10n: &Localizer, ts_micros: Option<i64>) -> String {
    ts_micros
        .and_then(|ts| time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ts) * 1000).ok())
        .map_or_else(
            || "-".into(),
            |t| {
                format!(
                    "{} {:02}:{:02}:{:02} UTC",
                    l10n.date_short(t.date()),
                    t.hour(),
                    t.minute(),
                    t.second()
                )
            },
        )
}

/// One row of a breakdown: share, size and name, the numbers right-aligned.
fn row(
    out: &mut impl Write,
    l10n: &Localizer,
    part: u64,
    whole: u64,
    name: &str,
) -> std::io::Result<()> {
    writeln!(
        out,
        "  {:>7}  {:>10}  {name}",
        l10n.percent(share(part, whole), 1),
        l10n.bytes(part)
    )
}

fn write_text(pipeline: &Pipeline, out: &mut impl Write, l10n: &Localizer) -> anyhow::Result<()> {
    let s = pipeline.aggregates().summary(..);
    let stats = pipeline.stats();
    let total = s.internet.bytes();
    let providers = pipeline.classifier().catalogue().providers();
    let groups = groups(pipeline, &s);
    let layers = big_tech_layers(pipeline, &s);
    let layer_bytes = |l: DecidedBy| layers.get(&l).map_or(0, UpDown::bytes);
    let big_tech = layer_bytes(DecidedBy::Infrastructure)
        + layer_bytes(DecidedBy::Service)
        + layer_bytes(DecidedBy::Both);
    let no_list = l10n.tr("no-provider-list");
    writeln!(
        out,
        "{}",
        tr!(
            l10n,
            "replay-captured",
            from = local_timestamp(l10n, stats.first_seen),
            to = local_timestamp(l10n, stats.last_seen),
            frames = stats.frames.packets,
            size = l10n.bytes(stats.frames.bytes)
        )
    )?;
    writeln!(
        out,
        "{}",
        tr!(
            l10n,
            "replay-internet",
            up = l10n.bytes(s.internet.up.bytes),
            down = l10n.bytes(s.internet.down.bytes),
            flows = s.internet.up.new_flows
        )
    )?;
    writeln!(
        out,
        "{}",
        tr!(
            l10n,
            "replay-lan",
            size = l10n.bytes(s.lan.bytes()),
            flows = s.lan.up.new_flows,
            non_ip = stats.non_ip.packets
        )
    )?;
    writeln!(
        out,
        "{}",
        tr!(
            l10n,
            "replay-big-tech-share",
            share = l10n.percent(share(big_tech, total), 1)
        )
    )?;
    writeln!(
        out,
        "  {}",
        tr!(
            l10n,
            "replay-decided-by",
            both = l10n.bytes(layer_bytes(DecidedBy::Both)),
            infrastructure = l10n.bytes(layer_bytes(DecidedBy::Infrastructure)),
            service = l10n.bytes(layer_bytes(DecidedBy::Service))
        )
    )?;
    writeln!(
        out,
        "{}",
        tr!(
            l10n,
            "replay-encrypted-dns",
            size = l10n.bytes(s.encrypted_dns.bytes()),
            flows = stats.encrypted_dns_flows
        )
    )?;
    writeln!(out, "\n{}", l10n.tr("replay-by-group"))?;
    for (g, c) in &groups {
        let name = match g {
            Some(g) => tr!(l10n, "group-name", group = g.id()),
            None => no_list.clone(),
        };
        row(out, l10n, c.bytes(), total, &name)?;
    }
    writeln!(out, "\n{}", l10n.tr("replay-by-provider"))?;
    let mut rows: Vec<(&u16, &UpDown)> = s.by_provider.iter().collect();
    rows.sort_by_key(|(_, c)| std::cmp::Reverse(c.bytes()));
    for (&p, c) in rows {
        let name = providers
            .get(usize::from(p))
            .map_or(no_list.as_str(), |p| p.name.as_str());
        row(out, l10n, c.bytes(), total, name)?;
    }
    writeln!(out, "\n{}", l10n.tr("replay-by-service"))?;
    for r in service_rows(pipeline, &s) {
        let name = format!(
            "{} ({}) · {}",
            r.service.name,
            r.service.company,
            r.provider.map_or(no_list.as_str(), |p| p.name.as_str())
        );
        row(out, l10n, r.counts.bytes(), total, &name)?;
    }
    const TOP: usize = 15;
    for (title, map) in [
        ("replay-by-domain", &s.by_domain),
        ("replay-by-network", &s.by_network),
    ] {
        let rows = named_rows(pipeline, map);
        if rows.is_empty() {
            continue;
        }
        writeln!(out, "\n{}", l10n.tr(title))?;
        for (name, c) in rows.iter().take(TOP) {
            row(out, l10n, c.bytes(), total, name)?;
        }
        if rows.len() > TOP {
            writeln!(
                out,
                "  {}",
                tr!(l10n, "replay-and-more", count = rows.len() - TOP)
            )?;
        }
    }
    writeln!(out, "\n{}", l10n.tr("replay-provider-origin"))?;
    for (o, c) in &s.by_origin {
        let origin = tr!(l10n, "origin-name", origin = o.map_or("none", |o| o.id()));
        row(out, l10n, c.bytes(), total, &origin)?;
    }
    writeln!(out, "\n{}", l10n.tr("replay-by-device"))?;
    for (&d, c) in &s.by_device {
        let label = match pipeline.devices().get(d) {
            Some(dev) => {
                let id = dev
                    .mac
                    .map_or_else(|| dev.ip.to_string(), |m| m.to_string());
                match &dev.name {
                    Some(name) => format!("{name} ({id})"),
                    None => id,
                }
            }
            None => l10n.tr("unknown-device"),
        };
        row(out, l10n, c.bytes(), total, &label)?;
    }
    let undecodable = stats.undecodable_total();
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        tr!(
            l10n,
            "replay-undecodable",
            frames = undecodable.packets,
            size = l10n.bytes(undecodable.bytes)
        )
    )?;
    for (e, c) in &stats.undecodable {
        let reason = undecodable_reason(e, l10n);
        writeln!(out, "  {:>8}  {reason}", l10n.integer(c.packets))?;
    }
    let t = pipeline.table().stats();
    writeln!(
        out,
        "{}",
        tr!(
            l10n,
            "replay-flow-table",
            flows = t.created,
            evicted = t.evicted,
            cap = pipeline.table().limits().max_flows
        )
    )?;
    Ok(())
}

/// Why frames could not be decoded; protocol names stay as the decoder gives them.
fn undecodable_reason(e: &crate::decode::DecodeError, l10n: &Localizer) -> String {
    use crate::decode::DecodeError;
    let (reason, header, link, protocol) = match e {
        DecodeError::Truncated(header) => ("truncated", *header, String::new(), String::new()),
        DecodeError::UnsupportedLinkType(link) => {
            ("link-type", "", link.to_string(), String::new())
        }
        DecodeError::NotIp(protocol) => ("not-ip", "", String::new(), format!("{protocol:#06x}")),
        DecodeError::Malformed(header) => ("malformed", *header, String::new(), String::new()),
    };
    tr!(
        l10n,
        "replay-undecodable-reason",
        reason = reason,
        header = header,
        link = link,
        protocol = protocol
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decode::DecodeError;
    use crate::i18n::Lang;

    #[test]
    fn decoder_reasons_are_translated_and_keep_protocol_names() {
        let it = Localizer::new(Lang::It);
        let en = Localizer::new(Lang::En);
        let cases = [
            (DecodeError::Truncated("TCP"), "TCP"),
            (DecodeError::UnsupportedLinkType(147), "147"),
            (DecodeError::NotIp(0x88cc), "0x88cc"),
            (DecodeError::Malformed("IPv6"), "IPv6"),
        ];
        for (e, kept) in cases {
            let text = undecodable_reason(&e, &it);
            assert!(text.contains(kept), "{text}");
            assert_ne!(text, undecodable_reason(&e, &en));
        }
        // English says what the decoder's own message says.
        let e = DecodeError::NotIp(0x0806);
        assert_eq!(undecodable_reason(&e, &en), e.to_string());
    }
}
