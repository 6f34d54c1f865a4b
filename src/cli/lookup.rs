//! `nuage lookup`: which provider serves an address, and why.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::Context;

use super::args::{GlobalArgs, LookupArgs, parse_address};
use super::context::Context as RunContext;
use crate::classify::{AsnDatabase, AsnRecord, Classifier};
use crate::ranges::Provider;

/// The range tables, then the ASN database for addresses they do not know (as replay does).
struct Lookup<'a> {
    classifier: &'a Classifier,
    asn_database: Option<&'a AsnDatabase>,
}

impl Lookup<'_> {
    /// The ASN database's record and the catalogue provider of its AS, if any.
    fn fallback(&self, addr: std::net::IpAddr) -> Option<(AsnRecord, Option<&Provider>)> {
        let record = self.asn_database?.lookup(addr)?;
        let catalogue = self.classifier.catalogue();
        let provider = catalogue
            .provider_index_for_asn(record.asn)
            .and_then(|i| catalogue.providers().get(i));
        Some((record, provider))
    }
}
use crate::i18n::Localizer;
use crate::tr;

pub fn run(global: &GlobalArgs, args: &LookupArgs) -> anyhow::Result<ExitCode> {
    let ctx = RunContext::new(global)?;
    let classifier = ctx.classifier()?;
    let asn_database = ctx.asn_database();
    let l10n = &ctx.l10n;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failures = 0usize;
    let mut answer = |text: &str, out: &mut dyn Write| -> anyhow::Result<()> {
        match parse_address(text) {
            Ok(addr) => {
                let lookup = Lookup {
                    classifier: &classifier,
                    asn_database: asn_database.as_deref(),
                };
                write_answer(&lookup, text.trim(), addr, global.json, l10n, out)
            }
            Err(_) => {
                failures += 1;
                let message = tr!(l10n, "lookup-bad-address", text = format!("{text:?}"));
                eprintln!("nuage lookup: {message}");
                Ok(())
            }
        }
    };
    for text in &args.addresses {
        answer(text, &mut out)?;
    }
    if args.stdin {
        for line in std::io::stdin().lock().lines() {
            let line = line.with_context(|| l10n.tr("error-reading-stdin"))?;
            if !line.trim().is_empty() {
                answer(&line, &mut out)?;
            }
        }
    }
    if args.addresses.is_empty() && !args.stdin {
        anyhow::bail!(l10n.tr("lookup-need-addresses"));
    }
    Ok(if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn write_answer(
    lookup: &Lookup<'_>,
    text: &str,
    addr: std::net::IpAddr,
    json: bool,
    l10n: &Localizer,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let found = lookup.classifier.explain(addr);
    let fallback = if found.is_none() {
        lookup.fallback(addr)
    } else {
        None
    };
    if let Some((record, provider)) = fallback {
        let network = record.organisation.as_deref();
        if json {
            let value = serde_json::json!({
                "ip": text,
                "provider": provider.map(|p| p.id.as_str()),
                "group": provider.map(|p| p.group.id()),
                "product": null, "region": null, "prefix": null,
                "source": "asn-database",
                "origin": "mmdb",
                "asn": record.asn,
                "network": network,
            });
            writeln!(out, "{value}")?;
        } else {
            let who = match provider {
                Some(p) => format!(
                    "{} ({})",
                    p.name,
                    tr!(l10n, "group-name", group = p.group.id())
                ),
                None => tr!(
                    l10n,
                    "lookup-asn-no-provider",
                    network = network.unwrap_or("?")
                ),
            };
            // The AS number is an identifier: passed as text, never grouped like a count.
            let from = tr!(l10n, "lookup-asn-database", asn = record.asn.to_string());
            writeln!(out, "{text}\t{who}\t{from}")?;
        }
        return Ok(());
    }
    if json {
        let value = match found {
            Some(a) => serde_json::json!({
                "ip": text,
                "provider": a.provider.id,
                "group": a.group().id(),
                "product": a.product,
                "region": a.region,
                "prefix": a.prefix.to_string(),
                "source": a.source,
            }),
            None => serde_json::json!({
                "ip": text, "provider": null, "group": null, "product": null,
                "region": null, "prefix": null, "source": null,
            }),
        };
        writeln!(out, "{value}")?;
    } else {
        match found {
            Some(a) => {
                let mut detail = vec![tr!(l10n, "group-name", group = a.group().id())];
                detail.extend(a.product.map(str::to_string));
                detail.extend(a.region.map(str::to_string));
                let matched = tr!(
                    l10n,
                    "lookup-matched",
                    prefix = a.prefix.to_string(),
                    source = a.source,
                    origin = tr!(l10n, "origin-name", origin = a.origin.id())
                );
                writeln!(
                    out,
                    "{text}\t{} ({})\t{matched}",
                    a.provider.name,
                    detail.join(", "),
                )?;
            }
            None => writeln!(out, "{text}\t{}", l10n.tr("lookup-no-match"))?,
        }
    }
    Ok(())
}
