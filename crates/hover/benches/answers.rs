//! Benchmark of the answers beyond a ranking, on ClickHouse with 10 million stored lines:
//! - `POST /template_values` for a template with 100,000 lines in the window (the default
//!   sample of 20,000 lines a window), beside the naive full read (every line of the window
//!   read and aligned: `max_lines` 200,000), one client;
//! - `POST /query_logs` with a seasonal baseline (`baseline_shift` 24h × 7 periods) over the
//!   last day's 1-hour windows, 32 clients, beside the same windows with a single 24h-shifted
//!   baseline.
//!
//! Starts a ClickHouse server and the real `hover serve`; ingests `HOVER_BENCH_LINES` (default
//! 10,000,000) Loghub lines with Zipf-like frequencies over 8 days through `POST /ingest`, and
//! a login template with 100,000 lines in one hour of the last day (a fifth of them from one
//! new user). Run: `cargo bench -p hover --bench answers`.

mod support;

use hover_testkit::{percentile, spawn_hover_serve, ClickHouseServer, TempDir};
use serde_json::{json, Value};
use std::process::Command;
use std::time::{Duration, Instant};
use support::{agent, ingest, load, loghub_lines, measure, record, rfc3339, Clients};

const T0: i64 = 1_761_091_200_000; // 2025-10-22T00:00:00Z
const HOUR_MS: i64 = 3_600_000;
const DAYS: i64 = 8;
/// The hour of the last day the login burst is in.
const BURST_HOUR: i64 = T0 + (DAYS - 1) * 24 * HOUR_MS + 12 * HOUR_MS;
const BURST_LINES: u64 = 100_000;

/// The login template's lines: 100,000 in the burst hour (one user in five is new), 5,000 in
/// the hour before, all from 20 known users otherwise.
fn login(i: u64) -> String {
    let (ts, user) = match i.checked_sub(BURST_LINES) {
        None => (
            BURST_HOUR + (i as i64 * HOUR_MS) / BURST_LINES as i64,
            if i.is_multiple_of(5) { "mallory".into() } else { format!("u{}", i % 20) },
        ),
        Some(j) => (BURST_HOUR - HOUR_MS + j as i64 * HOUR_MS / 5_000, format!("u{}", j % 20)),
    };
    let message = format!("login failed for user={user} from 10.{}.{}.{}", i % 7, i % 11, i % 13);
    let mut line = json!({"org": "acme", "stream": "auth", "timestamp": ts, "message": message}).to_string();
    line.push('\n');
    line
}

/// Sends `requests` bodies one after the other and prints p50/p99; returns the p50 and the
/// last answer.
fn one_client(base: &str, path: &str, name: &str, requests: usize, body: &Value) -> (Duration, Value) {
    let agent = agent();
    let mut latencies = Vec::with_capacity(requests);
    let mut last = Value::Null;
    for _ in 0..requests {
        let t = Instant::now();
        let mut response = agent.post(format!("{base}{path}")).send_json(body).unwrap();
        assert_eq!(response.status(), 200);
        last = response.body_mut().read_json().unwrap();
        latencies.push(t.elapsed());
    }
    let [p50, p99] = [0.5, 0.99].map(|p| percentile(&mut latencies, p));
    println!(
        "  {name:<44} {requests} requests, 1 client: p50 {:.2} ms  p99 {:.2} ms",
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
    (p50, last)
}

fn main() {
    let total: u64 = std::env::var("HOVER_BENCH_LINES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000_000);
    let clickhouse = ClickHouseServer::start();
    let dir = TempDir::new("answers-bench");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[clickhouse]\ndatabase = \"hover_answers\"\n[http]\nbody_limit_bytes = 268435456\n")
        .unwrap();
    let (mut server, base) = spawn_hover_serve(
        Command::new(env!("CARGO_BIN_EXE_hover"))
            .args(["serve", "--port", "0", "--config"])
            .arg(&config)
            .args(["--clickhouse-url", &clickhouse.url()])
            .env("RUST_LOG", "warn"),
    );
    println!("answers beyond a ranking: {total} lines over {DAYS} days + {BURST_LINES} login lines, ClickHouse 18.16");
    let lines = loghub_lines();
    let elapsed = ingest(&base, total, |i| record(i, total, &lines, T0, DAYS * 24 * HOUR_MS));
    let elapsed = elapsed + ingest(&base, BURST_LINES + 5_000, login);
    println!("  ingested in {elapsed:.1} s");

    // What changed inside the login template in its burst hour.
    let metric = json!({"org": "acme", "dashboard": "d", "panel_title": "p", "metric_name": "m"});
    let mut window = metric.clone();
    window["start_time"] = json!(rfc3339(BURST_HOUR));
    window["end_time"] = json!(rfc3339(BURST_HOUR + HOUR_MS));
    let mut ranked = window.clone();
    ranked["limit"] = json!(0);
    let answer: Value =
        agent().post(format!("{base}/query_logs")).send_json(&ranked).unwrap().body_mut().read_json().unwrap();
    let login_group = answer["log_groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["template"].as_str().is_some_and(|t| t.starts_with("login failed")))
        .expect("the login template is ranked")
        .clone();
    println!(
        "  login template: {} lines in the window, {} before",
        login_group["current_count"], login_group["baseline_count"]
    );
    let mut values = window.clone();
    values["template_id"] = login_group["template_id"].clone();
    let (sampled, answer) =
        one_client(&base, "/template_values", "POST /template_values (sample of 20,000)", 30, &values);
    let user = &answer["slots"][0]["values"][0];
    println!(
        "  {:<44} read {} of {} lines, sampled {}, top value {} ({} → {})",
        "",
        answer["current_lines_read"],
        answer["current_lines"],
        answer["sampled"],
        user["value"],
        user["baseline_count"],
        user["current_count"]
    );
    values["max_lines"] = json!(200_000);
    let (full, answer) =
        one_client(&base, "/template_values", "peer: every line read (max_lines 200,000)", 10, &values);
    println!(
        "  {:<44} read {} lines; the sample is {:.1}x faster",
        "",
        answer["current_lines_read"],
        full.as_secs_f64() / sampled.as_secs_f64()
    );

    // Seasonal baselines: 1-hour windows of the last day against the same hour of 7 days.
    let clients = Clients { clients: 32, requests_each: 20 };
    let last_day = T0 + (DAYS - 1) * 24 * HOUR_MS;
    let query = move |n: usize, periods: u32| {
        let start = last_day + (n as i64 * 7_919_000) % (23 * HOUR_MS);
        let start = start - start % 1_000;
        let mut body = metric.clone();
        body["start_time"] = json!(rfc3339(start));
        body["end_time"] = json!(rfc3339(start + HOUR_MS));
        body["baseline_shift"] = json!("24h");
        body["baseline_periods"] = json!(periods);
        Some(body.to_string())
    };
    let processes = [("hover", Some(server.id())), ("ClickHouse", clickhouse.pid())];
    let q = query.clone();
    measure("seasonal 7 × 24h, cold cache", clients, &processes, || {
        load(&base, "/query_logs", clients, move |n| q(n, 7))
    });
    let q = query.clone();
    let seasonal = measure("seasonal 7 × 24h, warm cache", clients, &processes, || {
        load(&base, "/query_logs", clients, move |n| q(n + 640, 7))
    });
    let q = query.clone();
    let single = measure("peer: one 24h-shifted baseline", clients, &processes, || {
        load(&base, "/query_logs", clients, move |n| q(n + 640, 1))
    });
    println!(
        "  7 periods cost {:.2}x one period at p50 under 32 clients",
        seasonal.as_secs_f64() / single.as_secs_f64()
    );
    // One client: the latency of a request alone, without queueing behind 31 others.
    let alone = Clients { clients: 1, requests_each: 200 };
    let q = query.clone();
    let seasonal = measure("seasonal 7 × 24h, one client", alone, &processes, || {
        load(&base, "/query_logs", alone, move |n| q(n + 640, 7))
    });
    let q = query.clone();
    let single = measure("peer: one baseline, one client", alone, &processes, || {
        load(&base, "/query_logs", alone, move |n| q(n + 640, 1))
    });
    println!("  7 periods cost {:.2}x one period at p50 alone", seasonal.as_secs_f64() / single.as_secs_f64());
    let _ = Command::new("kill").arg("-TERM").arg(server.id().to_string()).status();
    let _ = server.wait();
}
