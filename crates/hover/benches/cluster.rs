//! Hover on a replicated, sharded ClickHouse cluster next to one server, in the same run:
//! ZooKeeper and 2 shards × 2 replicas on loopback with 2 `hover serve` processes (one on
//! the first node of each shard), and one ClickHouse server with one `hover serve`.
//! Ingest: `HOVER_BENCH_LINES` (default 2,000,000) Loghub lines with Zipf-like frequencies
//! over 24 h through `POST /ingest` (NDJSON, 100,000 a request; on the cluster each Hover
//! process gets half, at the same time). Then every Hover process is restarted and, once its
//! start-up warm-up has ended, `/query_logs` for 1-hour windows under 32 clients (on the
//! cluster, 16 per Hover process): a first pass, a second over other windows, and the second
//! again. Last, a replica is killed during more ingest and a query pass, then restarted, and
//! the time it takes to catch up is printed. Run: `cargo bench -p hover --bench cluster`.

mod support;

use hover_testkit::{spawn_hover_serve, ClickHouseCluster, ClickHouseServer, TempDir};
use std::process::{Child, Command};
use std::time::Instant;
use support::{ingest, load, loghub_lines, measure, record, rfc3339, Clients};

const T0: i64 = 1_761_105_600_000; // 2025-10-22T04:00:00Z
const DAY_MS: i64 = 86_400_000;
const HOUR_MS: i64 = 3_600_000;

fn hover(dir: &TempDir, name: &str, args: &[&str]) -> (Child, String) {
    let config = dir.path().join(format!("{name}.toml"));
    std::fs::write(&config, "[clickhouse]\ndatabase = \"hover_bench\"\n[http]\nbody_limit_bytes = 268435456\n")
        .unwrap();
    spawn_hover_serve(
        Command::new(env!("CARGO_BIN_EXE_hover"))
            .args(["serve", "--port", "0", "--config"])
            .arg(&config)
            .args(args)
            .env("RUST_LOG", "warn"),
    )
}

fn wait_until_warm(base: &str) {
    let agent = support::agent();
    let deadline = Instant::now() + std::time::Duration::from_secs(120);
    while Instant::now() < deadline {
        let ready: Option<serde_json::Value> =
            agent.get(format!("{base}/readyz")).call().ok().and_then(|mut r| r.body_mut().read_json().ok());
        if ready.is_some_and(|r| r["cache_warm"] == true) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("{base} did not warm its caches within 120 s");
}

fn query_body(n: usize) -> Option<String> {
    let start = T0 + HOUR_MS + (n as i64 * 7_919_000) % (DAY_MS - 2 * HOUR_MS);
    let start = start - start % 1_000;
    Some(format!(
        "{{\"org\":\"acme\",\"dashboard\":\"d\",\"panel_title\":\"p\",\"metric_name\":\"m\",\"start_time\":\"{}\",\"end_time\":\"{}\"}}",
        rfc3339(start),
        rfc3339(start + HOUR_MS)
    ))
}

/// Ingests `total` lines over the day, half through each Hover process at the same time
/// (alternate batches of 100,000); the seconds it took.
fn ingest_through_both(base_a: &str, base_b: &str, total: u64, lines: &[(String, String)]) -> f64 {
    let started = Instant::now();
    std::thread::scope(|scope| {
        for (half, base) in [(0, base_a), (1, base_b)] {
            scope.spawn(move || {
                // Record i of the whole stream for every i of this half.
                let ours: Vec<u64> = (0..total.div_ceil(100_000)).filter(|batch| batch % 2 == half).collect();
                for batch in ours {
                    let first = batch * 100_000;
                    let count = (total - first).min(100_000);
                    ingest(base, count, |i| record(first + i, total, lines, T0, DAY_MS));
                }
            });
        }
    });
    started.elapsed().as_secs_f64()
}

fn main() {
    let total: u64 = std::env::var("HOVER_BENCH_LINES").ok().and_then(|v| v.parse().ok()).unwrap_or(2_000_000);
    let lines = loghub_lines();
    let dir = TempDir::new("cluster-bench");
    println!("cluster (2 shards x 2 replicas, 2 Hover processes) next to one server: {total} lines over 24 h");

    // One server.
    let single = ClickHouseServer::start();
    let (mut single_hover, single_base) = hover(&dir, "single", &["--clickhouse-url", &single.url()]);
    let single_url = single.url();
    let seconds = ingest(&single_base, total, |i| record(i, total, &lines, T0, DAY_MS));
    let single_rate = total as f64 / seconds;
    println!("  ingest, one server:        {total} lines in {seconds:.1} s = {single_rate:.0} lines/s");

    // The cluster: each Hover process ingests half the lines at the same time.
    let cluster = ClickHouseCluster::start();
    let args = |node: usize| {
        [
            "--clickhouse-url".to_string(),
            cluster.url(node),
            "--clickhouse-cluster".into(),
            ClickHouseCluster::NAME.into(),
        ]
    };
    let (a, b) = (args(0), args(2));
    let (mut hover_a, base_a) = hover(&dir, "a", &a.iter().map(String::as_str).collect::<Vec<_>>());
    let (mut hover_b, base_b) = hover(&dir, "b", &b.iter().map(String::as_str).collect::<Vec<_>>());
    let seconds = ingest_through_both(&base_a, &base_b, total, &lines);
    let cluster_rate = total as f64 / seconds;
    println!(
        "  ingest, cluster:           {total} lines in {seconds:.1} s = {cluster_rate:.0} lines/s ({:.2}x one server)",
        cluster_rate / single_rate
    );
    let stored = cluster.nodes[0].sql("SELECT count() FROM hover_bench.hover_logs").unwrap_or_default();
    println!("  stored on the cluster: {} lines", stored.trim());

    // Every Hover process restarted, as after a deploy, and queried once its start-up
    // warm-up has ended (/readyz says so).
    let restart = |child: &mut Child, name: &str, args: &[&str]| -> String {
        let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        let _ = child.wait();
        let (new_child, base) = hover(&dir, name, args);
        *child = new_child;
        base
    };
    let started = Instant::now();
    let single_base = restart(&mut single_hover, "single", &["--clickhouse-url", &single_url]);
    let base_a = restart(&mut hover_a, "a", &a.iter().map(String::as_str).collect::<Vec<_>>());
    let base_b = restart(&mut hover_b, "b", &b.iter().map(String::as_str).collect::<Vec<_>>());
    for base in [&single_base, &base_a, &base_b] {
        wait_until_warm(base);
    }
    println!("  restarted, caches warm after {:.1} s", started.elapsed().as_secs_f64());

    // Queries: 32 clients; a first pass, a second over other windows, the second again.
    let clients = Clients { clients: 32, requests_each: 50 };
    let half = Clients { clients: 16, requests_each: 50 };
    let requests = clients.clients * clients.requests_each;
    let single_processes = [("hover", Some(single_hover.id())), ("ClickHouse", single.pid())];

    let passes = [("first pass", 0), ("second pass", requests), ("second again", requests)];
    for (pass, offset) in passes {
        measure(&format!("one server, {pass}"), clients, &single_processes, || {
            load(&single_base, "/query_logs", clients, move |n| query_body(n + offset))
        });
    }
    let cluster_processes = [("hover a", Some(hover_a.id())), ("hover b", Some(hover_b.id()))];
    // 16 clients on each Hover process, at the same time.
    let both = |offset: usize| {
        let (base_a, base_b) = (base_a.clone(), base_b.clone());
        move || {
            let other =
                std::thread::spawn(move || load(&base_b, "/query_logs", half, move |n| query_body(n + offset + 800)));
            let (mut latencies, mut errors, elapsed) =
                load(&base_a, "/query_logs", half, move |n| query_body(n + offset));
            let (more, more_errors, other_elapsed) = other.join().unwrap();
            latencies.extend(more);
            errors += more_errors;
            (latencies, errors, elapsed.max(other_elapsed))
        }
    };
    for (pass, offset) in passes {
        measure(&format!("cluster, {pass}"), clients, &cluster_processes, both(offset));
    }
    // A replica down: the second replica of shard 1 is killed (the first replica, which
    // Hover a talks to and which takes the shard's writes, stays up). Ingest goes on; the
    // replica fetches what it missed once it is back.
    let local_lines = "SELECT count() FROM hover_bench.hover_logs_local";
    let mut cluster = cluster;
    cluster.nodes[1].kill();
    let more = total / 4;
    let seconds = ingest_through_both(&base_a, &base_b, more, &lines);
    println!(
        "  ingest, cluster with a replica down: {more} lines in {seconds:.1} s = {:.0} lines/s",
        more as f64 / seconds
    );
    // The new lines touched every hour of the day, so the first pass reads them again.
    measure("replica down, first pass", clients, &cluster_processes, both(requests));
    measure("replica down, again", clients, &cluster_processes, both(requests));
    let started = Instant::now();
    cluster.nodes[1].restart();
    let expected = cluster.nodes[0].sql(local_lines).unwrap_or_default();
    let deadline = Instant::now() + std::time::Duration::from_secs(300);
    while cluster.nodes[1].sql(local_lines).ok() != Some(expected.clone()) && Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    println!(
        "  the replica restarted and caught up ({} lines on shard 1) in {:.1} s",
        expected.trim(),
        started.elapsed().as_secs_f64()
    );
    for child in [&mut single_hover, &mut hover_a, &mut hover_b] {
        let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
        let _ = child.wait();
    }
}
