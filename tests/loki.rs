//! Loki's push API on the real binary: JSON, snappy-compressed protobuf (encoded here from
//! Loki's `push.proto`, independently of Hover's decoder) and gzip bodies; the tenant header
//! here and on `/ingest`; what a bad body or a wrong tenant gets, with nothing stored.

use hover_e2e::{now_ms, rfc3339, Answer, Server};
use prost::Message;
use serde_json::{json, Value};
use std::io::Write;

/// `logproto.PushRequest` as Loki's `push.proto` defines it.
#[derive(Clone, PartialEq, Message)]
struct PushRequest {
    #[prost(message, repeated, tag = "1")]
    streams: Vec<Stream>,
}

#[derive(Clone, PartialEq, Message)]
struct Stream {
    #[prost(string, tag = "1")]
    labels: String,
    #[prost(message, repeated, tag = "2")]
    entries: Vec<Entry>,
    #[prost(uint64, tag = "3")]
    hash: u64,
}

#[derive(Clone, PartialEq, Message)]
struct Entry {
    #[prost(message, optional, tag = "1")]
    timestamp: Option<Timestamp>,
    #[prost(string, tag = "2")]
    line: String,
    #[prost(message, repeated, tag = "3")]
    structured_metadata: Vec<LabelPair>,
}

#[derive(Clone, PartialEq, Message)]
struct LabelPair {
    #[prost(string, tag = "1")]
    name: String,
    #[prost(string, tag = "2")]
    value: String,
}

#[derive(Clone, Copy, PartialEq, Message)]
struct Timestamp {
    #[prost(int64, tag = "1")]
    seconds: i64,
    #[prost(int32, tag = "2")]
    nanos: i32,
}

const MINUTE: i64 = 60_000;

/// 200 quiet lines over the hour before, then 100 lines of an incident in the last 10 minutes.
fn lines(now: i64) -> Vec<(i64, String)> {
    let mut out: Vec<(i64, String)> = (0..200)
        .map(|i| (now - 70 * MINUTE + i * 15_000, format!("request {i} served in {} ms", 10 + i % 7)))
        .collect();
    out.extend(
        (0..100).map(|i| (now - 10 * MINUTE + i * 5_000, format!("upstream connect error after {} ms", 900 + i))),
    );
    out
}

fn snappy_protobuf(labels: &str, lines: &[(i64, String)]) -> Vec<u8> {
    let entries = lines
        .iter()
        .map(|(ms, line)| Entry {
            timestamp: Some(Timestamp { seconds: ms / 1000, nanos: ((ms % 1000) * 1_000_000) as i32 }),
            line: line.clone(),
            structured_metadata: vec![LabelPair { name: "trace_id".into(), value: "abc".into() }],
        })
        .collect();
    let request = PushRequest { streams: vec![Stream { labels: labels.into(), entries, hash: 0 }] };
    snap::raw::Encoder::new().compress_vec(&request.encode_to_vec()).unwrap()
}

fn json_push(lines: &[(i64, String)]) -> Value {
    let values: Vec<Value> = lines.iter().map(|(ms, line)| json!([(ms * 1_000_000).to_string(), line])).collect();
    json!({"streams": [{"stream": {"service_name": "gateway", "level": "info"}, "values": values}]})
}

/// What `/query_logs` says of the org's last 20 minutes against the hour before.
fn answer(server: &Server, org: &str, now: i64) -> Value {
    let body = json!({"org": org, "dashboard": "d", "panel_title": "p", "metric_name": "m",
        "start_time": rfc3339(now - 20 * MINUTE), "end_time": rfc3339(now + MINUTE),
        "baseline_start": rfc3339(now - 80 * MINUTE), "baseline_end": rfc3339(now - 20 * MINUTE)});
    let answer = server.post_json("/query_logs", &body, None);
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body
}

fn assert_incident_first(answer: &Value) {
    assert_eq!(answer["log_groups"][0]["template"], "upstream connect error after <*> ms", "{answer}");
    assert_eq!(answer["log_groups"][0]["current_count"], 100, "{answer}");
    let total = answer["current_total"].as_u64().unwrap() + answer["baseline_total"].as_u64().unwrap();
    assert_eq!(total, 300, "every line pushed is counted: {answer}");
}

fn assert_refused(answer: &Answer, status: u16, needle: &str) {
    assert_eq!(answer.status, status, "{}", answer.body);
    let message = answer.body["message"].as_str().unwrap_or_default();
    assert!(message.contains(needle), "{message:?} lacks {needle:?}");
}

#[test]
fn loki_pushes_in_every_encoding_reach_the_answers() {
    let server = Server::start(&[], "");
    let now = now_ms();
    let lines = lines(now);

    // Snappy-compressed protobuf, Promtail's and Alloy's default; the org from the tenant header.
    let body = snappy_protobuf(r#"{service_name="gateway", level="info"}"#, &lines);
    let pushed = server.post_with_headers(
        "/loki/api/v1/push",
        &[("content-type", "application/x-protobuf"), ("x-scope-orgid", "proto")],
        &body,
    );
    assert_eq!(pushed.status, 204, "{}", pushed.body);
    assert_incident_first(&answer(&server, "proto", now));

    // JSON, and JSON gzipped.
    let text = json_push(&lines).to_string();
    let json_headers = [("content-type", "application/json"), ("x-scope-orgid", "json")];
    assert_eq!(server.post_with_headers("/loki/api/v1/push", &json_headers, text.as_bytes()).status, 204);
    assert_incident_first(&answer(&server, "json", now));
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(text.as_bytes()).unwrap();
    let gzipped = [("content-type", "application/json"), ("content-encoding", "gzip"), ("x-scope-orgid", "gzip")];
    assert_eq!(server.post_with_headers("/loki/api/v1/push", &gzipped, &gzip.finish().unwrap()).status, 204);
    assert_incident_first(&answer(&server, "gzip", now));

    // Bad bodies: a clear 400 and nothing stored.
    let bad = [("content-type", "application/x-protobuf"), ("x-scope-orgid", "bad")];
    let garbage = snap::raw::Encoder::new().compress_vec(b"\xff\xff\xff not protobuf").unwrap();
    assert_refused(&server.post_with_headers("/loki/api/v1/push", &bad, &garbage), 400, "not a Loki PushRequest");
    assert_refused(&server.post_with_headers("/loki/api/v1/push", &bad, b"\x05not snappy"), 400, "snappy");
    let bad_labels = snappy_protobuf("service_name=gateway", &lines[..3]);
    assert_refused(&server.post_with_headers("/loki/api/v1/push", &bad, &bad_labels), 400, "labels");
    let json_bad = [("content-type", "application/json"), ("x-scope-orgid", "bad")];
    assert_refused(&server.post_with_headers("/loki/api/v1/push", &json_bad, b"{\"streams\": 5}"), 400, "streams");
    assert_eq!(answer(&server, "bad", now)["current_total"], 0);

    // The tenant header names the org on /ingest too.
    let record = json!({"logs": [{"stream": "s", "timestamp": rfc3339(now - MINUTE), "message": "hello there"}]});
    let ingest = [("content-type", "application/json"), ("x-scope-orgid", "viaheader")];
    assert_eq!(server.post_with_headers("/ingest", &ingest, record.to_string().as_bytes()).body["accepted"], 1);
    assert_eq!(answer(&server, "viaheader", now)["current_total"], 1);
}

#[test]
fn with_auth_the_tenant_must_be_the_tokens_org() {
    let server = Server::start(&[], "[auth.tokens]\n\"t-1\" = \"team\"\n");
    let now = now_ms();
    let body = snappy_protobuf(r#"{job="x"}"#, &lines(now)[..10]);
    let push = |tenant: &str| {
        server.post_with_headers(
            "/loki/api/v1/push",
            &[("content-type", "application/x-protobuf"), ("authorization", "Bearer t-1"), ("x-scope-orgid", tenant)],
            &body,
        )
    };
    assert_refused(&push("other"), 403, "X-Scope-OrgID");
    assert_eq!(push("team").status, 204);
    let unauthenticated = server.post_with_headers("/loki/api/v1/push", &[("x-scope-orgid", "team")], &body);
    assert_eq!(unauthenticated.status, 401);
}

#[test]
fn without_a_tenant_the_configured_default_org_gets_the_lines() {
    let server = Server::start(&[], "[ingest]\ndefault_org = \"shop\"\n");
    let now = now_ms();
    let body = snappy_protobuf(r#"{app="web"}"#, &lines(now));
    assert_eq!(
        server.post_with_headers("/loki/api/v1/push", &[("content-type", "application/x-protobuf")], &body).status,
        204
    );
    assert_incident_first(&answer(&server, "shop", now));
}
