//! Real log shippers against the real binary, on the embedded store and on ClickHouse:
//! winston-loki (Loki push, protobuf + snappy) and Python `logging` through the OpenTelemetry
//! SDK's OTLP/HTTP exporter. Each sends `clients/scenario.mjs`'s lines (an incident after a
//! quiet hour) with the org in Loki's tenant header; every line must be counted and the
//! incident ranked first. `./scripts/test.sh` installs both clients (`tests/clients/
//! node_modules`, `.tools/venv`).

use hover_e2e::{now_ms, rfc3339, Server};
use hover_testkit::ClickHouseServer;
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;

const MINUTE: i64 = 60_000;

fn clients_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/clients"))
}

/// Runs one client script against `server` for `org`; returns how many lines it says it sent.
fn send(program: &str, script: &str, server: &Server, org: &str) -> u64 {
    let output = Command::new(program)
        .arg(clients_dir().join(script))
        .args([&server.base, org])
        .output()
        .unwrap_or_else(|e| panic!("{program} {script}: {e}; ./scripts/test.sh installs the clients"));
    assert!(output.status.success(), "{script}: {}", String::from_utf8_lossy(&output.stderr));
    let report: Value = serde_json::from_slice(&output.stdout).expect("the client prints {\"sent\": N}");
    report["sent"].as_u64().unwrap()
}

fn python() -> String {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../.tools/venv/bin/python");
    assert!(venv.exists(), "{} is missing: ./scripts/test.sh creates it", venv.display());
    venv.to_string_lossy().into_owned()
}

fn check_delivered(server: &Server, org: &str, sent: u64) {
    let now = now_ms();
    let body = json!({"org": org, "dashboard": "d", "panel_title": "p", "metric_name": "m",
        "start_time": rfc3339(now - 20 * MINUTE), "end_time": rfc3339(now + MINUTE),
        "baseline_start": rfc3339(now - 100 * MINUTE), "baseline_end": rfc3339(now - 20 * MINUTE)});
    let answer = server.post_json("/query_logs", &body, None);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let counted = answer.body["current_total"].as_u64().unwrap() + answer.body["baseline_total"].as_u64().unwrap();
    assert_eq!(counted, sent, "{org}: every line sent is counted: {}", answer.body);
    let top = answer.body["log_groups"][0]["template"].as_str().unwrap_or_default();
    assert!(top.starts_with("payment provider refused card batch <*> with code <*>"), "{org}: {}", answer.body);
}

fn both_clients_deliver(server: &Server) {
    assert!(clients_dir().join("node_modules/winston-loki").exists(), "npm ci --prefix tests/clients first");
    let sent = send("node", "winston_loki_send.mjs", server, "winston");
    check_delivered(server, "winston", sent);
    let sent = send(&python(), "otel_logging_send.py", server, "otel");
    check_delivered(server, "otel", sent);
}

#[test]
fn real_clients_deliver_every_line_to_the_embedded_store() {
    both_clients_deliver(&Server::start(&[], ""));
}

#[test]
fn real_clients_deliver_every_line_to_clickhouse() {
    let clickhouse = ClickHouseServer::start();
    let server =
        Server::start(&["--clickhouse-url", &clickhouse.url()], "[clickhouse]\ndatabase = \"hover_clients\"\n");
    both_clients_deliver(&server);
}
