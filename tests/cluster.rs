//! Hover on a replicated, sharded ClickHouse cluster (ZooKeeper and 2 shards × 2 replicas on
//! loopback), with faults: a replica killed (`kill -9`) during a stream of ingests, ZooKeeper
//! stopped mid-ingest, the Hover process killed while a batch is in flight, and a batch sent
//! twice. After each,
//! every acknowledged line is stored exactly once on every replica, in the raw lines and
//! every rollup, and `/query_logs` answers as a single server given the same lines does.

use hover_e2e::{rfc3339, Answer, Server};
use hover_testkit::{ClickHouseCluster, ClickHouseServer};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

const MINUTE: i64 = 60_000;
/// 2025-10-22T04:00:00Z: settled hours, a fixed day.
const T0: i64 = 1_761_105_600_000;
const DATABASE: &str = "hover_faults";

/// Batch `b` of 250 lines: six events over a few templates, the same lines every time.
fn batch(b: i64) -> Value {
    let logs: Vec<Value> = (0..250)
        .map(|i| {
            let n = b * 250 + i;
            let (stream, message) = match n % 6 {
                0 => ("api", format!("GET /items/{n} 200 in {}ms", n % 90)),
                1 => ("api", format!("POST /orders/{n} 201 in {}ms", n % 70)),
                2 => ("db", format!("query took {}ms rows={}", n % 40, n % 13)),
                3 => ("db", format!("connection {n} opened from 10.0.{}.{}", n % 7, n % 250)),
                4 => ("worker", format!("job {n} finished in {}ms", n % 500)),
                _ => ("worker", format!("retrying job {n} attempt {}", n % 3)),
            };
            json!({"org": "acme", "stream": stream, "timestamp": T0 + n * 1_000, "message": message})
        })
        .collect();
    json!({ "logs": logs })
}

/// Sends a batch until it is acknowledged (a client that retries on 503 and on a lost
/// connection), within `patience`; the lines acknowledged.
fn send_until_acknowledged(server: &Server, body: &Value, patience: Duration) -> u64 {
    let deadline = Instant::now() + patience;
    loop {
        let answer: Answer = server.post_json("/ingest", body, None);
        if answer.status == 200 {
            return answer.body["accepted"].as_u64().unwrap();
        }
        eprintln!("ingest answered {}: {}", answer.status, answer.body["message"]);
        assert!(
            answer.status == 503 || answer.status == 0,
            "only 503 while the cluster is hurt, got {}: {}",
            answer.status,
            answer.body
        );
        assert!(Instant::now() < deadline, "not acknowledged within {patience:?}: {}", answer.body);
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// On every replica: lines, minute counts, hourly counts, samples' lines per minute ≤ 3 and
/// the history's count; replicas of a shard agree (waiting for replication), and the shards
/// together hold `expected` lines exactly.
fn assert_stored_exactly_once(cluster: &ClickHouseCluster, expected: u64) {
    let checks = [
        ("raw lines", format!("SELECT count() FROM {DATABASE}.hover_logs_local")),
        ("minute rollup", format!("SELECT sum(lines) FROM {DATABASE}.hover_template_counts_local")),
        ("hour rollup", format!("SELECT sum(lines) FROM {DATABASE}.hover_template_counts_hourly_local")),
        (
            "history rollup",
            format!("SELECT sum(n) FROM (SELECT countMerge(lines) AS n FROM {DATABASE}.hover_template_history_local GROUP BY org, stream, template_id)"),
        ),
    ];
    for (what, query) in checks {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let counts: Vec<u64> = cluster
                .on_every_node(&query)
                .into_iter()
                .map(|r| r.ok().and_then(|t| t.parse().ok()).unwrap_or(u64::MAX))
                .collect();
            let shards: Vec<&[u64]> = counts.chunks(ClickHouseCluster::REPLICAS).collect();
            let agree = shards.iter().all(|r| r.iter().all(|c| *c == r[0]));
            if agree && shards.iter().map(|r| r[0]).sum::<u64>() == expected {
                break;
            }
            assert!(Instant::now() < deadline, "{what}: replicas hold {counts:?}, acknowledged {expected}");
            std::thread::sleep(Duration::from_millis(250));
        }
    }
}

fn query(start_ms: i64, end_ms: i64) -> Value {
    json!({"org": "acme", "dashboard": "d", "panel_title": "p", "metric_name": "m",
           "start_time": rfc3339(start_ms), "end_time": rfc3339(end_ms), "limit": 0})
}

/// The parts of an answer that depend on the stored lines only.
fn essence(answer: &Answer) -> Value {
    let groups: Vec<Value> = answer.body["log_groups"]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .map(|g| {
            json!([g["template_id"], g["template"], g["current_count"], g["baseline_count"], g["representative_logs"]])
        })
        .collect();
    json!({"current": answer.body["current_total"], "baseline": answer.body["baseline_total"], "groups": groups})
}

#[test]
fn cluster_keeps_every_acknowledged_line_once_through_faults() {
    let mut cluster = ClickHouseCluster::start();
    let config = format!("[clickhouse]\ndatabase = \"{DATABASE}\"\n");
    let args = ["--clickhouse-url", &cluster.url(0), "--clickhouse-cluster", ClickHouseCluster::NAME];
    let mut server = Server::start(&args, &config);
    assert_eq!(server.get("/readyz", None).body["store"], "clickhouse");
    let patience = Duration::from_secs(60);
    let mut acknowledged = 0;
    let mut sent = Vec::new();

    // Fault 1: a replica of the second shard killed (`kill -9`) while batches stream in,
    // restarted a few seconds later.
    let mut b = 0;
    while b < 24 {
        if b == 6 {
            cluster.nodes[2].kill();
        }
        if b == 14 {
            cluster.nodes[2].restart();
        }
        acknowledged += send_until_acknowledged(&server, &batch(b), patience);
        sent.push(b);
        b += 1;
    }
    assert_stored_exactly_once(&cluster, acknowledged);

    // Fault 2: ZooKeeper stopped mid-ingest. Ingest answers 503 saying so (tables are
    // read-only), and the batch goes in once ZooKeeper is back.
    cluster.zookeeper.stop();
    let refused = server.post_json("/ingest", &batch(b), None);
    assert_eq!(refused.status, 503, "{}", refused.body);
    let message = refused.body["message"].as_str().unwrap_or_default();
    assert!(message.contains("ZooKeeper"), "a clear reason: {message}");
    // Reads need no ZooKeeper: queries are still answered.
    let read = server.post_json("/query_logs", &query(T0, T0 + 60 * MINUTE), None);
    assert_eq!(read.status, 200, "{}", read.body);
    std::thread::sleep(Duration::from_secs(2));
    cluster.zookeeper.restart();
    acknowledged += send_until_acknowledged(&server, &batch(b), patience);
    sent.push(b);
    b += 1;
    assert_stored_exactly_once(&cluster, acknowledged);

    // Fault 3: the Hover process killed while a batch is in flight; a new process gets the
    // client's retry of the identical batch, which is stored once whether or not the first
    // attempt reached ClickHouse (the same lines make the same block; the replicas drop a copy).
    let mut landed_before_retry = 0;
    for delay_ms in [0, 40, 150, 400] {
        let body = batch(b).to_string();
        let base = server.base.clone();
        let in_flight = std::thread::spawn(move || {
            let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
            let _ = agent.post(format!("{base}/ingest")).header("content-type", "application/json").send(body.as_str());
        });
        std::thread::sleep(Duration::from_millis(delay_ms));
        server.kill();
        let _ = in_flight.join();
        let stored = cluster.nodes[0].sql(&format!("SELECT count() FROM {DATABASE}.hover_logs")).unwrap();
        if stored.trim().parse::<u64>().unwrap() > acknowledged {
            landed_before_retry += 1;
        }
        server = Server::start(&args, &config);
        acknowledged += send_until_acknowledged(&server, &batch(b), patience);
        sent.push(b);
        b += 1;
    }
    // A client that sends the same batch twice (its answer lost, say): stored once, with or
    // without an Idempotency-Key (with one, the second answer is the first's).
    for _ in 0..2 {
        assert_eq!(send_until_acknowledged(&server, &batch(b), patience), 250);
    }
    acknowledged += 250;
    sent.push(b);
    b += 1;
    let keyed = batch(b).to_string();
    for _ in 0..2 {
        let answer = server.post_with_headers(
            "/ingest",
            &[("content-type", "application/json"), ("idempotency-key", "cluster-batch")],
            keyed.as_bytes(),
        );
        assert_eq!((answer.status, answer.body["accepted"].as_u64()), (200, Some(250)), "{}", answer.body);
    }
    acknowledged += 250;
    sent.push(b);
    b += 1;
    assert_stored_exactly_once(&cluster, acknowledged);
    assert_eq!(acknowledged, 250 * b as u64);
    // At least one killed process had written its batch before dying: its retry was a copy.
    assert!(landed_before_retry >= 1, "no batch reached ClickHouse before its process was killed");
    eprintln!("{landed_before_retry} of 4 batches were stored before their process was killed");

    // The answers are those of one server given the same lines.
    let single_clickhouse = ClickHouseServer::start();
    let single = Server::start(&["--clickhouse-url", &single_clickhouse.url()], "");
    for &b in &sent {
        assert_eq!(single.post_json("/ingest", &batch(b), None).body["accepted"], 250);
    }
    let end = T0 + 250 * b * 1_000;
    for (start, stop) in [(T0 + 30 * MINUTE, T0 + 60 * MINUTE), (T0 + 7 * MINUTE + 13_000, end), (T0, end)] {
        let (on_cluster, alone) = (
            server.post_json("/query_logs", &query(start, stop), None),
            single.post_json("/query_logs", &query(start, stop), None),
        );
        assert_eq!(on_cluster.status, 200, "{}", on_cluster.body);
        assert_eq!(essence(&on_cluster), essence(&alone), "window {start}..{stop}");
    }
}
