//! Load benchmark of `POST /query_logs` on ClickHouse: starts a ClickHouse server and the
//! real `hover serve` process, ingests 10 million real log lines (Loghub-2k, Zipf-like
//! frequencies) over 24 hours through `POST /ingest` (NDJSON, mined by the server), then 32 concurrent clients on loopback send a bounded
//! number of `/query_logs` requests for 1-hour windows starting on any second of the day (so
//! with partial minutes at both edges, as a hover in Grafana gives): a first pass with Hover's
//! cache of settled hours empty, a second over other windows of the same day. Prints p50/p99
//! latency, throughput and errors; the same for the peer (the seed's naive count over raw
//! lines sent straight to ClickHouse by the same 32 clients) and for `/healthz` (the floor).
//! Last, Loki's push API: `HOVER_BENCH_LOKI_LINES` (default 1,000,000) more lines as
//! snappy-compressed protobuf in batches of 1,000 from 8 clients, its lines/s printed beside
//! `/ingest`'s.
//! Run: `cargo bench -p hover --bench load` (`HOVER_BENCH_LINES=1000000` for a smaller run,
//! `HOVER_BENCH_CLICKHOUSE_URL=http://...` to use a running ClickHouse, database hover_load).

mod support;

use hover_server::loki::{EntryAdapter, PushRequest, StreamAdapter, Timestamp};
use hover_testkit::{spawn_hover_serve, zipf_line, ClickHouseServer, TempDir};
use prost::Message;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Instant;
use support::{agent, ingest, load, loghub_lines, measure, record, rfc3339, Clients};

const T0: i64 = 1_761_105_600_000; // 2025-10-22T04:00:00Z
const DAY_MS: i64 = 86_400_000;
const CLIENTS: Clients = Clients { clients: 32, requests_each: 50 };

/// Where request `n`'s 1-hour window starts: spread over the day, on a whole second (so
/// with partial minutes at both edges), the same for Hover and the peer.
fn window_start(n: usize) -> i64 {
    let start = T0 + 3_600_000 + (n as i64 * 7_919_000) % (DAY_MS - 2 * 3_600_000);
    start - start % 1_000
}

fn main() {
    let total: u64 = std::env::var("HOVER_BENCH_LINES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000_000);
    // A running server to use instead (its query_log, say): HOVER_BENCH_CLICKHOUSE_URL.
    let own_server = std::env::var("HOVER_BENCH_CLICKHOUSE_URL").is_err().then(ClickHouseServer::start);
    let clickhouse_url = match &own_server {
        Some(server) => server.url(),
        None => std::env::var("HOVER_BENCH_CLICKHOUSE_URL").unwrap(),
    };
    let dir = TempDir::new("load");
    let config = dir.path().join("config.toml");
    let cache = std::env::var("HOVER_BENCH_CACHE_MB").map(|mb| format!("cache_megabytes = {mb}\n")).unwrap_or_default();
    std::fs::write(
        &config,
        format!("[clickhouse]\ndatabase = \"hover_load\"\n{cache}[http]\nbody_limit_bytes = 268435456\n"),
    )
    .unwrap();
    let start_hover = || {
        spawn_hover_serve(
            Command::new(env!("CARGO_BIN_EXE_hover"))
                .args(["serve", "--port", "0", "--config"])
                .arg(&config)
                .args(["--clickhouse-url", &clickhouse_url])
                .env("RUST_LOG", "warn"),
        )
    };
    let (mut server, mut base) = start_hover();
    println!("/query_logs load: {total} lines over 24 h on ClickHouse 18.16, {} concurrent clients", CLIENTS.clients);

    // Ingest through the API, 100,000 NDJSON lines per request; on a running ClickHouse that
    // already holds the lines of an earlier run, only the queries run again.
    let agent = agent();
    let sql = |query: &str| -> Option<String> {
        agent.post(&clickhouse_url).send(query).ok()?.body_mut().read_to_string().ok().map(|t| t.trim().to_string())
    };
    let stored: u64 = sql("SELECT count() FROM hover_load.hover_logs").and_then(|t| t.parse().ok()).unwrap_or(0);
    if stored == total {
        println!("  reusing the {total} lines already in hover_load (no ingest)");
    } else {
        let lines = loghub_lines();
        let elapsed = ingest(&base, total, |i| record(i, total, &lines, T0, DAY_MS));
        println!(
            "  ingest via POST /ingest: {total} lines in {elapsed:.1} s = {:.0} lines/s (JSON parsing, mining and ClickHouse writes)",
            total as f64 / elapsed
        );
    }
    let shape = sql("SELECT uniqExact(template_id), uniqExact(stream) FROM hover_load.hover_template_counts_hourly");
    println!("  templates, streams found: {}", shape.unwrap_or_default().replace('\t', ", "));

    // A restart, as after a deploy: the new process warms its cache of settled hours in the
    // background; the first pass starts once /readyz says the warm-up has ended.
    let _ = Command::new("kill").arg("-TERM").arg(server.id().to_string()).status();
    let _ = server.wait();
    let restarted = Instant::now();
    (server, base) = start_hover();
    while !agent
        .get(format!("{base}/readyz"))
        .call()
        .ok()
        .and_then(|mut r| r.body_mut().read_json::<serde_json::Value>().ok())
        .is_some_and(|r| r["cache_warm"] == true)
    {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let metrics = agent.get(format!("{base}/metrics")).call().ok().and_then(|mut r| r.body_mut().read_to_string().ok());
    let cache_bytes = metrics
        .as_deref()
        .and_then(|m| m.lines().find(|l| l.starts_with("hover_settled_cache_bytes")).map(str::to_string))
        .unwrap_or_default();
    println!("  restarted; cache warm {:.1} s after the restart ({cache_bytes})", restarted.elapsed().as_secs_f64());

    let query = move |n: usize| {
        let start = window_start(n);
        Some(format!(
            "{{\"org\":\"acme\",\"dashboard\":\"d\",\"panel_title\":\"p\",\"metric_name\":\"m\",\"start_time\":\"{}\",\"end_time\":\"{}\"}}",
            rfc3339(start),
            rfc3339(start + 3_600_000)
        ))
    };
    let processes = [("hover", Some(server.id())), ("ClickHouse", own_server.as_ref().and_then(ClickHouseServer::pid))];
    // First pass: Hover's cache of settled hours starts empty. Second pass: other windows
    // over the same day, so the counts of their hours are in memory, and the lines of the
    // templates that earlier windows showed.
    let requests = CLIENTS.clients * CLIENTS.requests_each;
    measure("POST /query_logs, cold cache", CLIENTS, &processes, || load(&base, "/query_logs", CLIENTS, query));
    measure("POST /query_logs, warm cache", CLIENTS, &processes, || {
        load(&base, "/query_logs", CLIENTS, move |n| query(n + requests))
    });
    // Third pass: the second's windows again, all answered from memory (the floor).
    measure("POST /query_logs, same again", CLIENTS, &processes, || {
        load(&base, "/query_logs", CLIENTS, move |n| query(n + requests))
    });
    // The peer: what the seed's Go service sent per request, the naive count over raw
    // lines, straight to ClickHouse's HTTP interface (no Hover in between).
    let naive = |n: usize| {
        let start = window_start(n);
        Some(format!(
            "SELECT template_id, count() FROM hover_load.hover_logs WHERE org = 'acme' AND timestamp_ms >= {start} \
             AND timestamp_ms < {} GROUP BY template_id FORMAT JSON",
            start + 3_600_000
        ))
    };
    measure("peer: naive SQL to ClickHouse", CLIENTS, &processes, || load(&clickhouse_url, "/", CLIENTS, naive));
    measure("GET /healthz (floor)", CLIENTS, &processes, || load(&base, "/healthz", CLIENTS, |_| None));
    loki_push(&base, &sql);
    let _ = Command::new("kill").arg("-TERM").arg(server.id().to_string()).status();
    let _ = server.wait();
}

/// Pushes lines through `POST /loki/api/v1/push` as Promtail does: snappy-compressed protobuf
/// in batches of 1,000 (bodies built before the clock starts), from `PUSHERS` clients, into
/// org `loki`; then checks ClickHouse has every line.
fn loki_push(base: &str, sql: &dyn Fn(&str) -> Option<String>) {
    const BATCH: u64 = 1_000;
    const PUSHERS: usize = 32;
    let total: u64 = std::env::var("HOVER_BENCH_LOKI_LINES").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let lines = loghub_lines();
    let bodies: Vec<Vec<u8>> = (0..total.div_ceil(BATCH))
        .map(|b| {
            let mut streams: std::collections::BTreeMap<&str, Vec<EntryAdapter>> = Default::default();
            for i in b * BATCH..((b + 1) * BATCH).min(total) {
                let (_, k) = zipf_line(i, lines.len() as u64);
                let (stream, message) = &lines[k as usize];
                let ms = T0 + (i as i128 * DAY_MS as i128 / total as i128) as i64;
                let timestamp = Some(Timestamp { seconds: ms / 1000, nanos: (ms % 1000) as i32 * 1_000_000 });
                streams.entry(stream).or_default().push(EntryAdapter { timestamp, line: message.clone() });
            }
            let streams = streams
                .into_iter()
                .map(|(name, entries)| StreamAdapter { labels: format!("{{service_name=\"{name}\"}}"), entries })
                .collect();
            snap::raw::Encoder::new().compress_vec(&PushRequest { streams }.encode_to_vec()).unwrap()
        })
        .collect();
    let bodies = Arc::new(bodies);
    let next = Arc::new(AtomicUsize::new(0));
    let errors = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let threads: Vec<_> = (0..PUSHERS)
        .map(|_| {
            let (bodies, next, errors, url) =
                (bodies.clone(), next.clone(), errors.clone(), format!("{base}/loki/api/v1/push"));
            std::thread::spawn(move || {
                let agent = agent();
                while let Some(body) = bodies.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let response = agent
                        .post(&url)
                        .header("content-type", "application/x-protobuf")
                        .header("x-scope-orgid", "loki")
                        .send(&body[..]);
                    if !matches!(response, Ok(ref r) if r.status() == 204) {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let stored = sql("SELECT count() FROM hover_load.hover_logs WHERE org = 'loki'").unwrap_or_default();
    println!(
        "  ingest via POST /loki/api/v1/push: {total} lines in {elapsed:.1} s = {:.0} lines/s (snappy protobuf, batches of {BATCH}, {PUSHERS} clients); errors {}, stored {stored}",
        total as f64 / elapsed,
        errors.load(Ordering::Relaxed)
    );
}
