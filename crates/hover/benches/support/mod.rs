//! What the server benchmarks share: the lines they send, how they send them, and how they
//! time and print a load of concurrent clients.
// Each bench includes this file as its own module and uses part of it.
#![allow(dead_code)]

use hover_testkit::{loghub, percentile, process_cpu, zipf_line};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// An HTTP client that returns every status as an answer and waits at most a minute.
pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

/// The lines the benches send: (stream, message) for every line of the Loghub-2k datasets (the
/// dataset is the stream), in an order that spreads the datasets, so that Zipf-like picks
/// give every dataset busy and rare templates.
pub fn loghub_lines() -> Vec<(String, String)> {
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

/// Record `i` of `total`, spread evenly over `span_ms` from `start_ms`, as NDJSON: a real log
/// line picked with Zipf-like frequencies, so the server's miner finds about a thousand
/// templates with Zipf-like volumes.
pub fn record(i: u64, total: u64, lines: &[(String, String)], start_ms: i64, span_ms: i64) -> String {
    let (_, k) = zipf_line(i, lines.len() as u64);
    let (stream, message) = &lines[k as usize];
    let ts = start_ms + (i as i128 * span_ms as i128 / total as i128) as i64;
    let mut line =
        serde_json::json!({"org": "acme", "stream": stream, "timestamp": ts, "message": message}).to_string();
    line.push('\n');
    line
}

/// Sends `total` NDJSON records made by `record` to `POST /ingest`, 100,000 per request;
/// returns the seconds it took. Every line must be accepted.
pub fn ingest(base: &str, total: u64, record: impl Fn(u64) -> String) -> f64 {
    let agent = agent();
    let start = Instant::now();
    let mut accepted = 0u64;
    for first in (0..total).step_by(100_000) {
        let body: String = (first..(first + 100_000).min(total)).map(&record).collect();
        let mut response = agent
            .post(format!("{base}/ingest"))
            .header("content-type", "application/x-ndjson")
            .send(body.as_str())
            .unwrap();
        let report: serde_json::Value = serde_json::from_str(&response.body_mut().read_to_string().unwrap()).unwrap();
        accepted += report["accepted"].as_u64().unwrap_or(0);
    }
    assert_eq!(accepted, total, "every line accepted");
    start.elapsed().as_secs_f64()
}

/// RFC 3339 to the second.
pub fn rfc3339(ms: i64) -> String {
    humantime::format_rfc3339_seconds(std::time::UNIX_EPOCH + Duration::from_millis(ms as u64)).to_string()
}

/// How many clients send how many requests each.
#[derive(Clone, Copy)]
pub struct Clients {
    /// Concurrent clients.
    pub clients: usize,
    /// Requests each sends, one after the other.
    pub requests_each: usize,
}

/// Runs the clients, request `n` made by `body(n)` (a POST of JSON, or a GET when `None`).
pub fn load(
    base: &str,
    path: &str,
    clients: Clients,
    body: impl Fn(usize) -> Option<String> + Send + Sync + 'static,
) -> (Vec<Duration>, usize, Duration) {
    let body = Arc::new(body);
    let errors = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let threads: Vec<_> = (0..clients.clients)
        .map(|client| {
            let (body, errors, url) = (body.clone(), errors.clone(), format!("{base}{path}"));
            std::thread::spawn(move || {
                let agent = agent();
                let mut latencies = Vec::with_capacity(clients.requests_each);
                for n in 0..clients.requests_each {
                    let t = Instant::now();
                    let response = match body(client * clients.requests_each + n) {
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
/// `processes` spent per request meanwhile (where the 2 cores went). Returns the p50.
pub fn measure(
    name: &str,
    clients: Clients,
    processes: &[(&str, Option<u32>)],
    run: impl FnOnce() -> (Vec<Duration>, usize, Duration),
) -> Duration {
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
        "  {name:<28} {n} requests, {} clients: p50 {:.2} ms  p99 {:.2} ms  {:.0} req/s  errors {errors}",
        clients.clients,
        ms(p50),
        ms(p99),
        n as f64 / elapsed.as_secs_f64()
    );
    println!("  {:<28} p90 {:.2} ms  max {:.2} ms", "", ms(p90), ms(max));
    if !spent.is_empty() {
        println!("  {:<28} CPU per request: {}", "", spent.join(", "));
    }
    p50
}
