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

use hover_server::loki::{EntryAdapter, PushRequest, StreamAdapter, Timestamp};
use hover_testkit::{loghub, percentile, process_cpu, spawn_hover_serve, zipf_line, ClickHouseServer, TempDir};
use prost::Message;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const T0: i64 = 1_761_105_600_000; // 2025-10-22T04:00:00Z
const DAY_MS: i64 = 86_400_000;
const CLIENTS: usize = 32;
const REQUESTS_PER_CLIENT: usize = 50;

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

/// The lines the bench sends: (stream, message) for every line of the Loghub-2k datasets (the
/// dataset is the stream), in an order that spreads the datasets, so that Zipf-like picks
/// give every dataset busy and rare templates.
fn loghub_lines() -> Vec<(String, String)> {
    let lines: Vec<(String, String)> = loghub()
        .into_iter()
        .flat_map(|data| {
            let stream = data.name.to_lowercase();
            data.lines.into_iter().map(move |line| (stream.clone(), line.content))
        })
        .collect();
    let n = lines.len();
    (0..n).map(|k| lines[k * 7_919 % n].clone()).collect()
}

/// Record `i` of `total` as NDJSON: a real log line picked with Zipf-like frequencies, so the
/// server's miner finds about a thousand templates with Zipf-like volumes.
fn record(i: u64, total: u64, lines: &[(String, String)]) -> String {
    let (_, k) = zipf_line(i, lines.len() as u64);
    let (stream, message) = &lines[k as usize];
    let ts = T0 + (i as i128 * DAY_MS as i128 / total as i128) as i64;
    let mut line =
        serde_json::json!({"org": "acme", "stream": stream, "timestamp": ts, "message": message}).to_string();
    line.push('\n');
    line
}

/// Where request `n`'s 1-hour window starts: spread over the day, on a whole second (so
/// with partial minutes at both edges), the same for Hover and the peer.
fn window_start(n: usize) -> i64 {
    let start = T0 + 3_600_000 + (n as i64 * 7_919_000) % (DAY_MS - 2 * 3_600_000);
    start - start % 1_000
}

fn rfc3339(ms: i64) -> String {
    humantime::format_rfc3339_seconds(std::time::UNIX_EPOCH + Duration::from_millis(ms as u64)).to_string()
}

/// Runs `CLIENTS` threads, each sending `REQUESTS_PER_CLIENT` requests made by `body`.
fn load(
    base: &str,
    path: &str,
    body: impl Fn(usize) -> Option<String> + Send + Sync + 'static,
) -> (Vec<Duration>, usize, Duration) {
    let body = Arc::new(body);
    let errors = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let threads: Vec<_> = (0..CLIENTS)
        .map(|client| {
            let (body, errors, url) = (body.clone(), errors.clone(), format!("{base}{path}"));
            std::thread::spawn(move || {
                let agent = agent();
                let mut latencies = Vec::with_capacity(REQUESTS_PER_CLIENT);
                for n in 0..REQUESTS_PER_CLIENT {
                    let t = Instant::now();
                    let response = match body(client * REQUESTS_PER_CLIENT + n) {
                        Some(b) => agent.post(&url).header("content-type", "application/json").send(b.as_str()),
                        None => agent.get(&url).call(),
                    };
                    let ok =
                        response.map(|mut r| r.status() == 200 && r.body_mut().read_to_vec().is_ok()).unwrap_or(false);
                    latencies.push(t.elapsed());
                    if !ok {
                        errors.fetch_add(1, Ordering::Relaxed);
                    }
                }
                latencies
            })
        })
        .collect();
    let latencies = threads.into_iter().flat_map(|t| t.join().unwrap()).collect();
    (latencies, errors.load(Ordering::Relaxed), start.elapsed())
}

/// Runs one load and prints its latencies, throughput and errors, and the CPU time each of
/// `processes` spent per request meanwhile (where the 2 cores went).
fn measure(name: &str, processes: &[(&str, Option<u32>)], run: impl FnOnce() -> (Vec<Duration>, usize, Duration)) {
    let cpu = || -> Vec<Option<Duration>> { processes.iter().map(|(_, pid)| pid.and_then(process_cpu)).collect() };
    let before = cpu();
    let (mut latencies, errors, elapsed) = run();
    let n = latencies.len();
    let spent: Vec<String> = processes
        .iter()
        .zip(before.into_iter().zip(cpu()))
        .filter_map(|((label, _), pair)| match pair {
            (Some(a), Some(b)) => Some(format!("{label} {:.2} ms", (b - a).as_secs_f64() * 1e3 / n as f64)),
            _ => None,
        })
        .collect();
    let [p50, p90, p99, max] = [0.5, 0.9, 0.99, 1.0].map(|p| percentile(&mut latencies, p));
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "  {name:<28} {n} requests, {CLIENTS} clients: p50 {:.2} ms  p99 {:.2} ms  {:.0} req/s  errors {errors}",
        ms(p50),
        ms(p99),
        n as f64 / elapsed.as_secs_f64()
    );
    println!("  {:<28} p90 {:.2} ms  max {:.2} ms", "", ms(p90), ms(max));
    if !spent.is_empty() {
        println!("  {:<28} CPU per request: {}", "", spent.join(", "));
    }
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
    std::fs::write(&config, "[clickhouse]\ndatabase = \"hover_load\"\n[http]\nbody_limit_bytes = 268435456\n").unwrap();
    let (mut server, base) = spawn_hover_serve(
        Command::new(env!("CARGO_BIN_EXE_hover"))
            .args(["serve", "--port", "0", "--config"])
            .arg(&config)
            .args(["--clickhouse-url", &clickhouse_url])
            .env("RUST_LOG", "warn"),
    );
    println!("/query_logs load: {total} lines over 24 h on ClickHouse 18.16, {CLIENTS} concurrent clients");

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
        let start = Instant::now();
        let mut accepted = 0u64;
        for first in (0..total).step_by(100_000) {
            let body: String = (first..(first + 100_000).min(total)).map(|j| record(j, total, &lines)).collect();
            let mut response = agent
                .post(format!("{base}/ingest"))
                .header("content-type", "application/x-ndjson")
                .send(body.as_str())
                .unwrap();
            let report: serde_json::Value =
                serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap();
            accepted += report["accepted"].as_u64().unwrap_or(0);
        }
        let elapsed = start.elapsed().as_secs_f64();
        assert_eq!(accepted, total, "every line accepted");
        println!(
            "  ingest via POST /ingest: {total} lines in {elapsed:.1} s = {:.0} lines/s (JSON parsing, mining and ClickHouse writes)",
            total as f64 / elapsed
        );
    }
    let shape = sql("SELECT uniqExact(template_id), uniqExact(stream) FROM hover_load.hover_template_counts_hourly");
    println!("  templates, streams found: {}", shape.unwrap_or_default().replace('\t', ", "));

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
    let requests = CLIENTS * REQUESTS_PER_CLIENT;
    measure("POST /query_logs, cold cache", &processes, || load(&base, "/query_logs", query));
    measure("POST /query_logs, warm cache", &processes, || load(&base, "/query_logs", move |n| query(n + requests)));
    // Third pass: the second's windows again, all answered from memory (the floor).
    measure("POST /query_logs, same again", &processes, || load(&base, "/query_logs", move |n| query(n + requests)));
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
    measure("peer: naive SQL to ClickHouse", &processes, || load(&clickhouse_url, "/", naive));
    measure("GET /healthz (floor)", &processes, || load(&base, "/healthz", |_| None));
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
