//! Store benchmark on a real ClickHouse server that it starts itself: loads 10 million lines
//! over 24 hours through Hover's store (the ingest write path), checks the row count, then
//! times the template counts of a 1-hour window through the store against the naive query
//! over raw lines (`SELECT template_id, count() ... GROUP BY template_id` on the raw table)
//! on the same server. Run: `cargo bench -p hover-store --bench clickhouse`
//! (`HOVER_BENCH_LINES=1000000` for a smaller run).

use hover_core::{TemplateId, TimeWindow};
use hover_store::{Batch, LogLine, Scope, Store};
use hover_store::{ClickHouseConfig, ClickHouseStore};
use hover_testkit::{percentile, zipf_line, ClickHouseServer};
use std::time::{Duration, Instant};

const T0: i64 = 1_761_105_600_000; // 2025-10-22T04:00:00Z
const DAY_MS: i64 = 86_400_000;
const TEMPLATES: u64 = 500;
const BATCH: usize = 200_000;

/// Deterministic Zipf-like template choice and realistic line text.
fn make_line(i: u64, total: u64) -> LogLine {
    let (x, template) = zipf_line(i, TEMPLATES);
    let stream = ["api", "web", "worker"][(x % 3) as usize];
    LogLine {
        org: "acme".into(),
        stream: stream.into(),
        timestamp_ms: T0 + (i as i128 * DAY_MS as i128 / total as i128) as i64,
        template_id: TemplateId(template),
        level: if template.is_multiple_of(7) { "error" } else { "info" }.into(),
        message: format!("event {template} for request {x:016x} took {} ms on host-{}", x % 997, x % 31),
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let total: u64 = std::env::var("HOVER_BENCH_LINES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000_000);
    let server = ClickHouseServer::start();
    // Without the cache of settled hours: this bench measures what the rollups cost (the load
    // bench in crates/hover measures the cache).
    let config = ClickHouseConfig {
        url: server.url(),
        database: "hover_bench".into(),
        cache_ttl_seconds: 0,
        ..Default::default()
    };
    let store = Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap());
    println!("ClickHouse store benchmark: {total} lines over 24 h, {TEMPLATES} templates, 3 streams");

    // Ingest: batches written one after another through Store::write, as the server does.
    let mut generating = Duration::ZERO;
    let start = Instant::now();
    let mut i = 0;
    while i < total {
        let g = Instant::now();
        let lines: Vec<LogLine> = (i..(i + BATCH as u64).min(total)).map(|j| make_line(j, total)).collect();
        generating += g.elapsed();
        i += lines.len() as u64;
        store.write(&Batch { lines, ..Default::default() }).await.unwrap();
    }
    let ingest = start.elapsed() - generating;
    let client =
        clickhouse::Client::default().with_url(server.url()).with_database("hover_bench").with_validation(false);
    let rows: u64 = client.query("SELECT count() FROM hover_logs").fetch_one().await.unwrap();
    let counted: u64 = client.query("SELECT sum(lines) FROM hover_template_counts").fetch_one().await.unwrap();
    assert_eq!(rows, total, "raw rows");
    assert_eq!(counted, total, "lines in the per-minute counts");
    println!(
        "ingest: {total} lines in {:.1} s = {:.0} lines/s (batches of {BATCH}; line generation excluded); \
         verified {rows} raw rows and {counted} counted lines",
        ingest.as_secs_f64(),
        total as f64 / ingest.as_secs_f64()
    );

    // Queries: 1-hour windows across the day, each asked through the store and naively;
    // once right after the load, and once after every table's parts are merged.
    measure(&store, &client, 0, "on the hour, right after the load").await;
    measure(&store, &client, 1_830_000, "starting at :30:30, right after the load").await;
    for table in ["hover_logs", "hover_template_counts", "hover_template_counts_hourly"] {
        client.query(&format!("OPTIMIZE TABLE {table} FINAL")).execute().await.unwrap();
    }
    measure(&store, &client, 0, "on the hour, after OPTIMIZE ... FINAL of every table").await;
    measure(&store, &client, 1_830_000, "starting at :30:30, after OPTIMIZE ... FINAL").await;
}

/// 50 one-hour windows across the day, `offset_ms` past the hour.
async fn measure(store: &Store, client: &clickhouse::Client, offset_ms: i64, when: &str) {
    let scope = Scope { org: "acme".into(), streams: None };
    let runs = 50;
    let (mut hover, mut naive) = (Vec::new(), Vec::new());
    for run in 0..runs {
        let start_ms = T0 + (run as i64 % 23) * 3_600_000 + offset_ms;
        let window = TimeWindow { start_ms, end_ms: start_ms + 3_600_000 };
        let t = Instant::now();
        let fast = store.template_counts(&scope, &window).await.unwrap();
        hover.push(t.elapsed());
        let t = Instant::now();
        let slow: Vec<(String, u64)> = client
            .query(
                "SELECT template_id, count() FROM hover_logs WHERE org = ? AND timestamp_ms >= ? AND timestamp_ms < ? \
                 GROUP BY template_id ORDER BY template_id",
            )
            .bind("acme")
            .bind(window.start_ms)
            .bind(window.end_ms)
            .fetch_all()
            .await
            .unwrap();
        naive.push(t.elapsed());
        // Same answer on whole minutes; off-minute edges differ by the lines of one minute.
        let fast_total: u64 = fast.iter().map(|(_, n)| n).sum();
        let slow_total: u64 = slow.iter().map(|(_, n)| n).sum();
        if offset_ms % 60_000 == 0 {
            assert_eq!(fast_total, slow_total);
        }
        assert!(fast_total.abs_diff(slow_total) < slow_total / 30 + 1);
    }
    let (h50, h99) = (percentile(&mut hover, 0.5), percentile(&mut hover, 0.99));
    let (n50, n99) = (percentile(&mut naive, 0.5), percentile(&mut naive, 0.99));
    println!("1-hour template counts, {runs} windows, {when}:");
    println!("  hover store (minute + hour SummingMergeTree rollups): p50 {:.2} ms  p99 {:.2} ms", ms(h50), ms(h99));
    println!("  naive over raw lines (GROUP BY template_id):          p50 {:.2} ms  p99 {:.2} ms", ms(n50), ms(n99));
    println!("  -> hover is {:.1}x faster at p50", n50.as_secs_f64() / h50.as_secs_f64());
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
