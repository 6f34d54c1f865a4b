//! End to end: DNS answers seen on the wire name the flows that follow them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use nuage::capture::RawPacket;
use nuage::classify::ClassifierBuilder;
use nuage::flow::{FlowKind, Pipeline, PipelineConfig};
use nuage::ranges::Catalogue;

/// The demo household resolves every service just before connecting: each Internet flow
/// (other than the DNS lookups themselves) gets the name it was resolved from.
#[test]
fn demo_household_flows_are_named_from_their_dns_answers() {
    let classifier = ClassifierBuilder::new(Arc::new(Catalogue::bundled().unwrap())).build();
    let config = PipelineConfig {
        keep_finished: true,
        ..PipelineConfig::default()
    };
    let mut p = Pipeline::new(Arc::new(classifier), 1, &config);
    for f in nuage::demo::household_day(7, 1_700_006_400, 400) {
        p.process(&RawPacket {
            ts_micros: f.ts_micros,
            wire_len: f.wire_len,
            data: &f.data,
        });
    }
    p.finish();
    let (mut flows, mut named) = (0, 0);
    let mut names = std::collections::BTreeSet::new();
    p.drain_finished(|f, _| {
        if f.kind == FlowKind::Internet && f.server().port != 53 {
            flows += 1;
            // TLS/QUIC SNI and HTTP Host outrank DNS, so a flow with both shows the wire name.
            if let Some(name) = f.name.as_deref().filter(|_| f.name_source.is_some()) {
                named += 1;
                names.insert(name.to_owned());
            }
        }
    });
    println!("{named}/{flows} Internet flows named: {names:?}");
    assert!(flows >= 300, "{flows}");
    assert_eq!(named, flows);
    assert!(names.len() > 5);
    assert_eq!(p.stats().dns_errors, 0);
}
