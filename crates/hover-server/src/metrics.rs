//! Prometheus metrics at `/metrics`: request counts and latencies per route, ingested and
//! rejected lines, store errors, and what the ClickHouse store's cache of settled hours does.

use crate::ingest::IngestReport;
use hover_store::Store;
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::sync::Arc;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: &'static str,
}

fn latency_histogram() -> Histogram {
    // 0.25 ms .. about 8 s
    Histogram::new(exponential_buckets(0.000_25, 2.0, 16))
}

/// The store's cache of settled hours, read at each scrape (nothing without a cache).
struct SettledCacheMetrics(Store);

impl std::fmt::Debug for SettledCacheMetrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SettledCacheMetrics")
    }
}

impl Collector for SettledCacheMetrics {
    fn encode(&self, mut encoder: DescriptorEncoder) -> std::fmt::Result {
        let Some(stats) = self.0.cache_stats() else { return Ok(()) };
        for (name, help, value) in [
            ("settled_cache_hits", "Look-ups answered from the cache of settled hours", stats.hits),
            ("settled_cache_misses", "Look-ups the cache of settled hours could not answer", stats.misses),
            ("settled_cache_reads", "Queries that read missing settled hours from ClickHouse", stats.reads),
        ] {
            let counter = ConstCounter::new(value);
            counter.encode(encoder.encode_descriptor(name, help, None, counter.metric_type())?)?;
        }
        for (name, help, value) in [
            ("settled_cache_entries", "Entries in the cache of settled hours", stats.entries),
            ("settled_cache_bytes", "Memory the cache of settled hours takes (estimated)", stats.bytes),
        ] {
            let gauge = ConstGauge::new(i64::try_from(value).unwrap_or(i64::MAX));
            gauge.encode(encoder.encode_descriptor(name, help, None, gauge.metric_type())?)?;
        }
        Ok(())
    }
}

/// The server's Prometheus metrics, rendered at `/metrics`.
#[derive(Clone)]
pub struct Metrics {
    registry: Arc<Registry>,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    lines: Family<OutcomeLabels, Counter>,
    store_errors: Counter,
}

impl Metrics {
    /// Metrics for a server on `store` (with its cache's figures on ClickHouse).
    pub fn new(store: &Store) -> Self {
        let mut registry = Registry::with_prefix("hover");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram as fn() -> Histogram,
        );
        let lines = Family::<OutcomeLabels, Counter>::default();
        let store_errors = Counter::default();
        registry.register("http_requests", "HTTP requests by route and status", requests.clone());
        registry.register("http_request_duration_seconds", "HTTP request latency by route", latency.clone());
        registry.register("ingest_lines", "Log lines received, by outcome", lines.clone());
        registry.register("store_errors", "Requests that failed because the store did", store_errors.clone());
        registry.register_collector(Box::new(SettledCacheMetrics(store.clone())));
        Self { registry: Arc::new(registry), requests, latency, lines, store_errors }
    }

    /// Counts and times one request.
    pub fn observe(&self, route: &str, status: u16, seconds: f64) {
        self.requests.get_or_create(&RequestLabels { route: route.to_string(), status }).inc();
        self.latency.get_or_create(&RouteLabels { route: route.to_string() }).observe(seconds);
        if status == 503 {
            self.store_errors.inc();
        }
    }

    /// Counts one ingest call's records.
    pub fn ingested(&self, report: &IngestReport) {
        self.lines.get_or_create(&OutcomeLabels { outcome: "accepted" }).inc_by(report.accepted as u64);
        self.lines.get_or_create(&OutcomeLabels { outcome: "rejected" }).inc_by(report.rejected as u64);
    }

    /// The OpenMetrics text.
    pub fn render(&self) -> String {
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry).expect("writing to a String");
        text
    }
}
