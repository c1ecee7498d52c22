//! The real `hover serve` process over real HTTP: the seed's contract on the demo data,
//! every validation error, auth isolation, ingest then query on the embedded store, on a
//! real ClickHouse server (503 while it is down, recovery after) and on a replicated, sharded
//! cluster, Idempotency-Keys, OTLP, mappings, operations.

use hover_e2e::{now_ms, rfc3339, Server};
use hover_testkit::ClickHouseServer;
use opentelemetry_proto::tonic::collector::logs::v1::{ExportLogsServiceRequest, ExportLogsServiceResponse};
use opentelemetry_proto::tonic::common::v1::{any_value, AnyValue, KeyValue};
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
use opentelemetry_proto::tonic::resource::v1::Resource;
use prost::Message;
use serde_json::{json, Value};

fn text(s: &str) -> AnyValue {
    AnyValue { value: Some(any_value::Value::StringValue(s.into())) }
}

const HOUR: i64 = 3_600_000;
const MINUTE: i64 = 60_000;

fn query(org: &str, start_ms: i64, end_ms: i64) -> Value {
    json!({"org": org, "dashboard": "d", "panel_title": "p", "metric_name": "m",
           "start_time": rfc3339(start_ms), "end_time": rfc3339(end_ms)})
}

fn assert_error(answer: &hover_e2e::Answer, status: u16, needle: &str, what: &str) {
    assert_eq!(answer.status, status, "{what}: {}", answer.body);
    assert!(answer.content_type.starts_with("application/json"), "{what}: {}", answer.content_type);
    assert_eq!(answer.body["code"], status, "{what}: {}", answer.body);
    assert!(answer.body["error"].is_string(), "{what}: {}", answer.body);
    let message = answer.body["message"].as_str().unwrap_or_default();
    assert!(message.contains(needle), "{what}: {message:?} lacks {needle:?}");
}

#[test]
fn the_demo_prints_a_curl_line_that_works_as_is() {
    use std::io::BufRead;
    let dir = hover_testkit::TempDir::new("demo-curl");
    let mut child = std::process::Command::new(hover_e2e::hover_bin())
        .args(["serve", "--demo", "--port", "0", "--data"])
        .arg(dir.path().join("hover.db"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
    let line = stderr.lines().map_while(Result::ok).find(|l| l.contains("curl -s")).expect("a curl line");
    // `curl -s ADDRESS/query_logs -d 'BODY'`: no placeholder left to fill in; sent as printed.
    let (url, body) = line.trim().strip_prefix("curl -s ").unwrap().split_once(" -d ").unwrap();
    let body = body.trim_matches('\'');
    assert!(!body.contains('<'), "{line}");
    let answer: Result<Value, _> =
        ureq::post(format!("http://{url}")).send(body).and_then(|mut r| r.body_mut().read_json());
    let _ = child.kill();
    let _ = child.wait();
    let answer = answer.unwrap();
    assert_eq!(answer["log_groups"][0]["template"], "payment gateway timeout after <*> for charge ch_<*>", "{answer}");
}

#[test]
fn seed_contract_on_the_demo_incident() {
    let server = Server::start(&["--demo"], "");
    let now = now_ms();
    // The incident is the last 20 minutes; compare 15 of them with two quiet hours before.
    let request = json!({"org": "demo", "dashboard": "Checkout", "panel_title": "Latency", "metric_name": "p99",
        "start_time": rfc3339(now - 15 * MINUTE), "end_time": rfc3339(now + MINUTE),
        "baseline_start": rfc3339(now - 3 * HOUR), "baseline_end": rfc3339(now - HOUR), "limit": 0});
    let answer = server.post_json("/query_logs", &request, None);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let groups = answer.body["log_groups"].as_array().unwrap();
    assert!(groups.len() >= 5, "{}", answer.body);
    for g in groups {
        assert!(g["relative_change"].is_number(), "seed field relative_change: {g}");
        assert!(g["representative_logs"].as_array().unwrap().iter().all(Value::is_string));
    }
    let top = &groups[0];
    assert_eq!(top["template"], "payment gateway timeout after <*> for charge ch_<*>", "{}", answer.body);
    assert_eq!(top["status"], "new");
    assert_eq!(top["representative_logs"].as_array().unwrap().len(), 3);
    assert!(top["representative_logs"][0].as_str().unwrap().starts_with("payment gateway timeout after "));
    let gone = groups.iter().find(|g| g["status"] == "gone").expect("the heartbeat that stopped");
    assert!(gone["template"].as_str().unwrap().starts_with("heartbeat from"), "{gone}");
    assert_eq!(gone["relative_change"], -1.0);
    assert!(gone["representative_logs"][0].as_str().unwrap().starts_with("heartbeat from"), "baseline lines for gone");
    assert_eq!(answer.body["scope"], "mapping");
    assert_eq!(answer.body["streams"], json!(["checkout-api", "payments"]));
    assert!(answer.body["divergence"].as_f64().unwrap() > 0.0);

    // The seed's request alone (six fields, default baseline and method) answers too.
    let seed = json!({"org": "demo", "dashboard": "Checkout", "panel_title": "Latency", "metric_name": "p99",
        "start_time": rfc3339(now - 10 * MINUTE), "end_time": rfc3339(now)});
    let answer = server.post_json("/query_logs", &seed, None);
    assert_eq!(answer.status, 200);
    assert!(answer.body["log_groups"].as_array().unwrap().len() <= 10);
    assert_eq!(answer.body["method"], "kl");

    // The series for the browser covers the same data.
    let series = server.post_json(
        "/series",
        &json!({"org": "demo", "dashboard": "Checkout", "panel_title": "Latency", "metric_name": "p99",
                "start_time": rfc3339(now - 2 * HOUR), "end_time": rfc3339(now), "bucket": "5m"}),
        None,
    );
    assert_eq!(series.status, 200, "{}", series.body);
    assert_eq!(series.body["bucket_ms"], 5 * MINUTE);
    let templates = series.body["series"].as_array().unwrap();
    assert!(templates.iter().any(|t| t["template"] == "payment gateway timeout after <*> for charge ch_<*>"));
    // Eight shoppers check out: one event, not one per user.
    let checkouts: Vec<&str> =
        templates.iter().filter_map(|t| t["template"].as_str()).filter(|t| t.starts_with("POST ")).collect();
    assert_eq!(checkouts, ["POST <*> user=<*> order=<*> <*>"]);
    for t in templates {
        assert_eq!(t["buckets"].as_array().unwrap().len(), t["counts"].as_array().unwrap().len());
    }
}

#[test]
fn every_validation_error_is_json_with_the_right_status() {
    let server = Server::start(&[], "[http]\nbody_limit_bytes = 4096\n[query]\nmax_window = \"1d\"\n");
    let now = now_ms();
    let good = query("acme", now - HOUR, now);
    let with = |key: &str, value: Value| {
        let mut v = good.clone();
        v[key] = value;
        v
    };
    let without = |key: &str| {
        let mut v = good.clone();
        v.as_object_mut().unwrap().remove(key);
        v
    };
    let cases = [
        (without("org"), "missing field `org`"),
        (without("start_time"), "missing field `start_time`"),
        (with("dashboard", json!("")), "dashboard must not be empty"),
        (with("metric_name", json!("  ")), "metric_name must not be empty"),
        (with("start_time", json!("yesterday")), "start_time"),
        (with("end_time", json!("2025-13-01T00:00:00Z")), "end_time"),
        (with("end_time", json!(rfc3339(now - 2 * HOUR))), "must be before end"),
        (with("start_time", json!(rfc3339(now - 3 * 86_400_000))), "longer than the allowed maximum"),
        (with("method", json!("chi2")), "unknown method"),
        (with("baseline_start", json!(rfc3339(now - 2 * HOUR))), "baseline_start and baseline_end together"),
        (with("baseline_shift", json!("soon")), "not a duration"),
        (with("max_p_value", json!(2.0)), "max_p_value"),
        (with("limit", json!(-1)), "invalid request"),
        (with("surprise", json!(1)), "unknown field"),
    ];
    for (body, needle) in cases {
        let answer = server.post_json("/query_logs", &body, None);
        assert_error(&answer, 400, needle, &body.to_string());
    }
    assert_error(&server.post("/query_logs", "{not json", None), 400, "invalid request", "bad JSON");
    assert_error(&server.post("/query_logs", "", None), 400, "empty", "empty body");
    assert_error(&server.post("/query_logs", &"x".repeat(5000), None), 413, "limit", "too large");
    assert_error(&server.get("/nowhere", None), 404, "no such endpoint", "unknown route");
    assert_error(&server.get("/query_logs", None), 405, "method", "wrong method");
    assert_error(
        &server.post("/series", &with("bucket", json!("90s")).to_string(), None),
        400,
        "whole number of minutes",
        "bucket",
    );
    let protobuf = server.agent_post_with_type("/v1/logs", "application/x-protobuf", b"\xff\xff\xff");
    assert_error(&protobuf, 400, "not an OTLP", "OTLP protobuf that does not decode");

    // A valid request on an empty store: no groups, not an error.
    let answer = server.post_json("/query_logs", &good, None);
    assert_eq!(answer.status, 200);
    assert_eq!(answer.body["log_groups"], json!([]));
    assert_eq!(answer.body["scope"], "all_streams");
}

#[test]
fn auth_keeps_orgs_apart_and_ingest_reports_every_rejection() {
    let config = "[auth.tokens]\n\"token-a\" = \"org-a\"\n\"token-b\" = \"org-b\"\n";
    let server = Server::start(&[], config);
    let now = now_ms();
    let lines = |text: &str| -> Value {
        let logs: Vec<Value> = (0..30)
            .map(|i| json!({"stream": "api", "timestamp": now - (i % 2) * 30 * MINUTE - MINUTE, "message": format!("{text} {i}")}))
            .collect();
        json!({ "logs": logs })
    };
    assert_eq!(server.post_json("/ingest", &lines("secret of a"), Some("token-a")).body["accepted"], 30);
    assert_eq!(server.post_json("/ingest", &lines("secret of b"), Some("token-b")).body["accepted"], 30);

    assert_error(
        &server.post_json("/query_logs", &query("org-a", now - 20 * MINUTE, now), None),
        401,
        "Authorization",
        "no token",
    );
    assert_error(
        &server.post_json("/query_logs", &query("org-a", now - 20 * MINUTE, now), Some("nope")),
        401,
        "unknown token",
        "bad token",
    );
    assert_error(
        &server.post_json("/query_logs", &query("org-b", now - 20 * MINUTE, now), Some("token-a")),
        403,
        "org-b",
        "other org",
    );
    assert_error(&server.get("/mappings?org=org-b", Some("token-a")), 403, "org-b", "other org's mappings");
    let foreign = json!({"logs": [{"org": "org-b", "message": "smuggled"}]});
    let report = server.post_json("/ingest", &foreign, Some("token-a"));
    assert_eq!((report.body["accepted"].as_u64(), report.body["rejected"].as_u64()), (Some(0), Some(1)));

    // Each org sees only its own lines.
    for (org, token, text) in [("org-a", "token-a", "secret of a"), ("org-b", "token-b", "secret of b")] {
        let mut request = query(org, now - 20 * MINUTE, now);
        request["limit"] = json!(0);
        let answer = server.post_json("/query_logs", &request, Some(token));
        assert_eq!(answer.status, 200, "{}", answer.body);
        let all_lines: Vec<&str> = answer.body["log_groups"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["representative_logs"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()))
            .collect();
        assert!(!all_lines.is_empty());
        assert!(all_lines.iter().all(|l| l.starts_with(text)), "{org} saw {all_lines:?}");
    }

    // Mixed batch: each bad record is named with its reason, the good ones are stored.
    let mixed = format!(
        "{}\n{}\nnot json\n{}\n{}\n",
        json!({"message": "fine one", "timestamp": rfc3339(now)}),
        json!({"timestamp": "later", "message": "bad time"}),
        json!({"stream": "api"}),
        json!({"message": "before 1970", "timestamp": -5}),
    );
    let report = server.post("/ingest", &mixed, Some("token-a"));
    assert_eq!(report.status, 200);
    assert_eq!(report.body["accepted"], 1, "{}", report.body);
    assert_eq!(report.body["rejected"], 4);
    let reasons: Vec<&str> =
        report.body["rejections"].as_array().unwrap().iter().map(|r| r["reason"].as_str().unwrap()).collect();
    assert!(reasons[0].contains("RFC 3339") && reasons[1].contains("not JSON"), "{reasons:?}");
    assert!(reasons[2].contains("message is missing") && reasons[3].contains("1970"), "{reasons:?}");

    // A 401 is answered before the body is read (here the body never comes, as a slow
    // client's may not yet): it says the connection closes, so a client that pools
    // connections does not send its next request into a closed one.
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(server.base.trim_start_matches("http://")).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
    let request = "POST /query_logs HTTP/1.1\r\nhost: hover\r\nauthorization: Bearer nope\r\n\
                   content-type: application/json\r\ncontent-length: 15\r\n\r\n";
    stream.write_all(request.as_bytes()).unwrap();
    let (mut head, mut byte) = (Vec::new(), [0u8]);
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap() == 1 {
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).to_ascii_lowercase();
    assert!(head.starts_with("http/1.1 401") && head.contains("connection: close"), "{head}");
}

#[test]
fn mappings_otlp_and_operations() {
    let mut server = Server::start(&[], "");
    let now = now_ms();
    // Now: card declines. Fifteen minutes ago (the baseline): card acceptances.
    let record = |minutes_ago: i64, text: String| {
        json!({"timeUnixNano": ((now - minutes_ago * MINUTE) as i128 * 1_000_000).to_string(),
               "severityText": "INFO", "body": {"stringValue": text}})
    };
    let mut records: Vec<Value> = (0..20).map(|i| record(1, format!("card declined for order {i}"))).collect();
    records.extend((0..10).map(|i| record(15, format!("card accepted for order {i}"))));
    let otlp = json!({"resourceLogs": [{"resource": {"attributes": [
            {"key": "service.name", "value": {"stringValue": "checkout"}},
            {"key": "hover.org", "value": {"stringValue": "shop"}}]},
        "scopeLogs": [{"logRecords": records}]}]});
    let report = server.post_json("/v1/logs", &otlp, None);
    assert_eq!(report.body["accepted"], 30, "{}", report.body);
    // The search service speaks OTLP protobuf, as a Collector's otlphttp exporter does by default.
    let search = ExportLogsServiceRequest {
        resource_logs: vec![ResourceLogs {
            resource: Some(Resource {
                attributes: vec![
                    KeyValue { key: "service.name".into(), value: Some(text("search")), ..Default::default() },
                    KeyValue { key: "hover.org".into(), value: Some(text("shop")), ..Default::default() },
                ],
                ..Default::default()
            }),
            scope_logs: vec![ScopeLogs {
                log_records: [(1, "query took 5ms"), (15, "query took 7ms")]
                    .iter()
                    .map(|(ago, message)| LogRecord {
                        time_unix_nano: ((now - ago * MINUTE) as u64) * 1_000_000,
                        body: Some(text(message)),
                        ..Default::default()
                    })
                    .chain([LogRecord::default()]) // no body: refused, and said so
                    .collect(),
                ..Default::default()
            }],
            ..Default::default()
        }],
    };
    let answer = server.agent_post_with_type("/v1/logs", "application/x-protobuf", &search.encode_to_vec());
    assert_eq!(answer.status, 200);
    assert_eq!(answer.content_type, "application/x-protobuf");
    let response = ExportLogsServiceResponse::decode(answer.raw.as_slice()).unwrap();
    let partial = response.partial_success.expect("one record refused");
    assert_eq!(partial.rejected_log_records, 1);
    assert!(partial.error_message.contains("no body"), "{}", partial.error_message);

    // Mapping the metric to the checkout stream narrows the answer to it.
    let mapping =
        json!({"org": "shop", "dashboard": "d", "panel_title": "p", "metric_name": "m", "streams": ["checkout"]});
    assert_eq!(server.put_json("/mappings", &mapping, None).status, 200);
    assert_eq!(server.get("/mappings?org=shop", None).body["mappings"], json!([mapping]));
    let answer = server.post_json("/query_logs", &query("shop", now - 10 * MINUTE, now), None);
    assert_eq!(answer.body["scope"], "mapping");
    let mut templates: Vec<&str> =
        answer.body["log_groups"].as_array().unwrap().iter().map(|g| g["template"].as_str().unwrap()).collect();
    templates.sort();
    assert_eq!(templates, vec!["card accepted for order <*>", "card declined for order <*>"], "{}", answer.body);
    let key = json!({"org": "shop", "dashboard": "d", "panel_title": "p", "metric_name": "m"});
    assert_eq!(server.delete_json("/mappings", &key, None).status, 200);
    assert_error(&server.delete_json("/mappings", &key, None), 404, "no such mapping", "deleted twice");
    let answer = server.post_json("/query_logs", &query("shop", now - 10 * MINUTE, now), None);
    assert_eq!(answer.body["scope"], "all_streams");
    assert_eq!(answer.body["log_groups"].as_array().unwrap().len(), 3, "{}", answer.body);

    assert_eq!(server.get("/healthz", None).status, 200);
    assert_eq!(server.get("/readyz", None).body["store"], "embedded");
    let openapi = server.get("/openapi.json", None);
    assert_eq!(openapi.body["openapi"], "3.0.3");
    let metrics = server.get("/metrics", None);
    let text = metrics.body.as_str().unwrap();
    assert!(text.contains("hover_http_requests_total{route=\"/query_logs\",status=\"200\"}"), "{text}");
    assert!(text.contains("hover_ingest_lines_total{outcome=\"accepted\"} 32"), "{text}");
    assert!(text.contains("hover_http_request_duration_seconds_bucket"), "{text}");
    assert!(!text.contains("settled_cache"), "the embedded store has no cache of settled hours: {text}");

    // Graceful shutdown on SIGTERM.
    assert!(server.terminate().success());
}

/// Ingest and query on ClickHouse through `server`: hostile strings, a second Hover process
/// (started by `second`) that names templates the first made after it started, counted
/// representative lines, and the cache of settled hours as `/metrics` shows it.
fn clickhouse_answers(server: &Server, second: impl FnOnce() -> Server) {
    let now = now_ms();
    let hostile = "'; DROP TABLE hover_logs; -- \\ ünï\u{0}";
    let mut logs = Vec::new();
    for i in 0..40 {
        logs.push(json!({"org": hostile, "stream": hostile, "timestamp": now - 50 * MINUTE + i * MINUTE, "message": format!("steady state {i}")}));
    }
    for i in 0..15 {
        logs.push(json!({"org": hostile, "stream": hostile, "timestamp": now - 5 * MINUTE, "message": format!("disk {hostile} full on node-{i}")}));
    }
    assert_eq!(server.post_json("/ingest", &json!({ "logs": logs }), None).body["accepted"], 55);
    let answer = server.post_json("/query_logs", &query(hostile, now - 20 * MINUTE, now + MINUTE), None);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let top = &answer.body["log_groups"][0];
    assert_eq!(top["status"], "new", "{}", answer.body);
    assert_eq!(top["current_count"], 15);
    assert_eq!(top["representative_logs"][0], format!("disk {hostile} full on node-0"));

    // A second Hover process on the same ClickHouse learns templates the first one makes
    // after it started: its answer names them, with the same text.
    let second = second();
    let burst: Vec<Value> = (0..12)
        .map(|i| json!({"org": hostile, "stream": hostile, "timestamp": now - 2 * MINUTE, "message": format!("payment retry {i} for order A-{i}")}))
        .collect();
    assert_eq!(server.post_json("/ingest", &json!({ "logs": burst }), None).body["accepted"], 12);
    let window = query(hostile, now - 4 * MINUTE, now + MINUTE);
    let (first, other) =
        (server.post_json("/query_logs", &window, None), second.post_json("/query_logs", &window, None));
    let payments = |answer: &hover_e2e::Answer| -> Vec<(Value, Value)> {
        let groups = answer.body["log_groups"].as_array().cloned().unwrap_or_default();
        let is_payment = |g: &Value| g["representative_logs"][0].as_str().is_some_and(|l| l.starts_with("payment"));
        groups.iter().filter(|g| is_payment(g)).map(|g| (g["template_id"].clone(), g["template"].clone())).collect()
    };
    let made = payments(&first);
    assert_eq!(made.len(), 1, "{}", first.body);
    assert!(made[0].1.as_str().is_some_and(|t| t.starts_with("payment retry")), "{}", first.body);
    assert_eq!(payments(&other), made, "{}", other.body);

    // Representative lines are counted lines: none from the partial minute a window starts in.
    let start = (now - 30 * MINUTE).div_euclid(MINUTE) * MINUTE + 30_000;
    let first_whole_minute = start + 30_000;
    let mut logs = vec![json!({"org": "minutes", "timestamp": start + 10_000, "message": "cache miss for key k9"})];
    for i in 0..3 {
        logs.push(json!({"org": "minutes", "timestamp": first_whole_minute + i, "message": format!("cache miss for key k{i}")}));
    }
    assert_eq!(server.post_json("/ingest", &json!({ "logs": logs }), None).body["accepted"], 4);
    let answer = server.post_json("/query_logs", &query("minutes", start, start + 5 * MINUTE), None);
    let group = &answer.body["log_groups"][0];
    assert_eq!(group["current_count"], 3, "{}", answer.body);
    assert_eq!(
        group["representative_logs"],
        json!(["cache miss for key k0", "cache miss for key k1", "cache miss for key k2"])
    );

    // A window over settled hours, twice: read from ClickHouse once, then from memory, as
    // /metrics shows.
    let old_window = query(hostile, now - 4 * 60 * MINUTE, now - 3 * 60 * MINUTE);
    for _ in 0..2 {
        assert_eq!(server.post_json("/query_logs", &old_window, None).status, 200);
    }
    let metrics = server.get("/metrics", None);
    let text = metrics.body.as_str().unwrap();
    let value = |name: &str| -> u64 {
        let line = text.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("no {name} in {text}"));
        line.rsplit(' ').next().unwrap().parse().unwrap()
    };
    assert!(value("hover_settled_cache_reads_total") >= 1, "{text}");
    assert!(value("hover_settled_cache_hits_total") >= 1, "{text}");
    assert!(value("hover_settled_cache_entries") >= 1, "{text}");
}

#[test]
fn clickhouse_end_to_end_with_outage_and_recovery() {
    let mut clickhouse = ClickHouseServer::start();
    let config = "[clickhouse]\ndatabase = \"hover_e2e\"\n";
    let server = Server::start(&["--clickhouse-url", &clickhouse.url()], config);
    assert_eq!(server.get("/readyz", None).body["store"], "clickhouse");
    clickhouse_answers(&server, || Server::start(&["--clickhouse-url", &clickhouse.url()], config));

    // ClickHouse down: 503 for queries, readiness and ingest, the process stays up; the
    // client's retry succeeds once it is back.
    let now = now_ms();
    clickhouse.stop();
    assert_error(
        &server.post_json("/query_logs", &query("minutes", now - 20 * MINUTE, now), None),
        503,
        "",
        "query while down",
    );
    assert_error(&server.get("/readyz", None), 503, "", "readyz while down");
    let retry = json!({"logs": [{"org": "late", "message": "sent during the outage", "timestamp": now}]});
    assert_error(&server.post_json("/ingest", &retry, None), 503, "", "ingest while down");
    assert_eq!(server.get("/healthz", None).status, 200, "the process itself stays up");
    clickhouse.restart();
    assert_eq!(server.get("/readyz", None).status, 200);
    assert_eq!(server.post_json("/ingest", &retry, None).body["accepted"], 1, "the client's retry succeeds");
    let answer = server.post_json("/query_logs", &query("late", now - 20 * MINUTE, now + MINUTE), None);
    assert_eq!(answer.body["current_total"], 1);
}

/// The same end to end on a replicated, sharded cluster, through Hover processes on
/// different nodes (its faults are `tests/cluster.rs`'s).
#[test]
fn cluster_end_to_end() {
    let cluster = hover_testkit::ClickHouseCluster::start();
    let config = "[clickhouse]\ndatabase = \"hover_e2e\"\n";
    let on = |node: usize| {
        let url = cluster.url(node);
        Server::start(
            &["--clickhouse-url", &url, "--clickhouse-cluster", hover_testkit::ClickHouseCluster::NAME],
            config,
        )
    };
    let server = on(0);
    assert_eq!(server.get("/readyz", None).body["store"], "clickhouse");
    clickhouse_answers(&server, || on(2));
}

/// A batch sent again with the same `Idempotency-Key` gets the first answer and is stored once;
/// the same key with another body is refused. On the embedded store and on ClickHouse.
#[test]
fn idempotency_keys_store_a_batch_once() {
    let clickhouse = ClickHouseServer::start();
    let on_clickhouse = vec!["--clickhouse-url".to_string(), clickhouse.url()];
    for (backend, args) in [("embedded", vec![]), ("clickhouse", on_clickhouse)] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let server = Server::start(&args, "");
        let now = now_ms();
        let body = |n: usize| {
            let logs: Vec<Value> = (0..n)
                .map(|i| json!({"org": "keys", "timestamp": now - 30 * MINUTE + i as i64, "message": format!("job {i} done")}))
                .chain([json!({"org": "keys", "timestamp": "not a time", "message": "refused"})])
                .collect();
            json!({ "logs": logs }).to_string()
        };
        let send = |key: &str, body: &str| {
            server.post_with_headers(
                "/ingest",
                &[("content-type", "application/json"), ("idempotency-key", key)],
                body.as_bytes(),
            )
        };
        let first = send("batch-7", &body(20));
        assert_eq!(first.status, 200, "{backend}: {}", first.body);
        assert_eq!((first.body["accepted"].as_u64(), first.body["rejected"].as_u64()), (Some(20), Some(1)));
        let again = send("batch-7", &body(20));
        assert_eq!((again.status, &again.body), (200, &first.body), "{backend}: the first answer, again");
        assert_error(&send("batch-7", &body(21)), 422, "another body", backend);
        assert_error(&send("", &body(1)), 400, "Idempotency-Key", backend);
        let answer = server.post_json("/query_logs", &query("keys", now - 40 * MINUTE, now), None);
        assert_eq!(answer.body["current_total"], 20, "{backend}: stored once: {}", answer.body);
        // A new key is a new batch.
        assert_eq!(send("batch-8", &body(20)).body["accepted"], 20);
        let answer = server.post_json("/query_logs", &query("keys", now - 40 * MINUTE, now), None);
        assert_eq!(answer.body["current_total"], 40, "{backend}");
    }
}
