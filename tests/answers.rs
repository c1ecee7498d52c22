//! The answers beyond a ranking, through the real `hover serve` on both stores: q-values and
//! the q-value cut, seasonal baselines, what changed inside a template
//! (`/template_values`), and template history (`/templates`, `first_seen`); on the embedded
//! store, one ClickHouse server and a replicated, sharded cluster.

use hover_e2e::{now_ms, rfc3339, Answer, Server};
use hover_testkit::ClickHouseServer;
use serde_json::{json, Value};

const MINUTE: i64 = 60_000;
const DAY: i64 = 24 * 60 * MINUTE;

/// Three past days and today, in the same 30 minutes: a steady template every day, a cache
/// refresh on two of the past days and today, a rare slow query every day, logins from three users every day and a burst
/// from a fourth today, and a disk-full error today only (in another stream).
fn incident(start: i64) -> Vec<Value> {
    let mut logs = Vec::new();
    let mut line = |day: i64, offset: i64, stream: &str, message: String| {
        logs.push(
            json!({"org": "shop", "stream": stream, "timestamp": start - day * DAY + offset, "message": message}),
        );
    };
    for day in 0..=3 {
        for i in 0..60 {
            line(day, i * 30_000, "api", format!("GET /cart/{} 200 in {}ms", 1000 + i, 5 + i % 7));
        }
        if day != 3 {
            for i in 0..10 {
                line(day, i * 150_000 + 7, "api", format!("cache refresh for region eu-{}", i % 3));
            }
        }
        for i in 0..9 {
            line(day, i * 200_000 + 1_000, "api", format!("login failed for user=u{} from 10.0.0.{}", i % 3, i));
        }
        line(day, 17 * MINUTE, "api", format!("slow query took {}ms", 900 + day));
    }
    for i in 0..200 {
        line(0, 60_000 + i * 5_000 + 13, "api", format!("login failed for user=mallory from 203.0.113.{}", i % 50));
    }
    for i in 0..25 {
        line(0, 20 * MINUTE + i * 1_000, "db", format!("disk full on node-{}", i % 4));
    }
    logs
}

fn group<'a>(answer: &'a Answer, prefix: &str) -> &'a Value {
    let groups = answer.body["log_groups"].as_array().expect("log_groups");
    groups
        .iter()
        .find(|g| g["representative_logs"][0].as_str().is_some_and(|l| l.starts_with(prefix)))
        .unwrap_or_else(|| panic!("no group of {prefix:?} in {}", answer.body))
}

fn check_answers(server: &Server, backend: &str) {
    let start = (now_ms() - 45 * MINUTE).div_euclid(MINUTE) * MINUTE;
    let logs = incident(start);
    let answer = server.post_json("/ingest", &json!({ "logs": logs }), None);
    assert_eq!(answer.body["accepted"], logs.len(), "{backend}: {}", answer.body);
    let metric = json!({"org": "shop", "dashboard": "Shop", "panel_title": "Errors", "metric_name": "5xx"});
    let with = |extra: Value| {
        let mut body = metric.clone();
        body.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        body
    };
    let window = json!({"start_time": rfc3339(start), "end_time": rfc3339(start + 30 * MINUTE)});

    // A seasonal baseline: the same 30 minutes on each of the last 3 days, pooled.
    let seasonal = with(json!({"baseline_shift": "24h", "baseline_periods": 3, "limit": 0}));
    let mut request = seasonal.clone();
    request.as_object_mut().unwrap().extend(window.as_object().unwrap().clone());
    let answer = server.post_json("/query_logs", &request, None);
    assert_eq!(answer.status, 200, "{backend}: {}", answer.body);
    assert_eq!(answer.body["baseline_windows"].as_array().unwrap().len(), 3, "{backend}");
    assert_eq!(answer.body["baseline_windows"][2]["start_time"], rfc3339(start - 3 * DAY));
    assert_eq!(answer.body["baseline_total"], 3 * 60 + 2 * 10 + 3 * 9 + 3, "{backend}: {}", answer.body);
    let disk = group(&answer, "disk full");
    assert_eq!((disk["status"].as_str(), disk["baseline_periods_seen"].as_u64()), (Some("new"), Some(0)));
    assert_eq!(group(&answer, "cache refresh")["baseline_periods_seen"], 2, "{backend}");
    assert_eq!(group(&answer, "GET /cart")["baseline_periods_seen"], 3, "{backend}");
    for g in answer.body["log_groups"].as_array().unwrap() {
        let (p, q) = (g["p_value"].as_f64().unwrap(), g["q_value"].as_f64().unwrap());
        assert!(p <= q && q <= 1.0, "{backend}: {g}");
    }
    // History: the disk error first appeared today, the logins three days ago.
    assert_eq!(disk["first_seen"], rfc3339(start + 20 * MINUTE), "{backend}");
    assert_eq!(group(&answer, "login failed")["first_seen"], rfc3339(start - 3 * DAY + 1_000), "{backend}");

    // The q-value cut keeps what changed and drops the rare template that did not.
    let mut cut = request.clone();
    cut["max_q_value"] = json!(0.05);
    let answer = server.post_json("/query_logs", &cut, None);
    let kept: Vec<&str> = answer.body["log_groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["representative_logs"][0].as_str().unwrap())
        .collect();
    assert!(kept.iter().any(|l| l.starts_with("disk full")) && kept.iter().any(|l| l.starts_with("login failed")));
    assert!(!kept.iter().any(|l| l.starts_with("slow query")), "{backend}: {kept:?}");
    assert!(group(&server.post_json("/query_logs", &request, None), "slow query")["q_value"].as_f64().unwrap() > 0.05);
    assert!(answer.body["log_groups"].as_array().unwrap().iter().all(|g| g["q_value"].as_f64().unwrap() <= 0.05));

    // Inside the login template: the user slot's new value is mallory, 200 lines.
    let login = group(&server.post_json("/query_logs", &request, None), "login failed").clone();
    let mut values = request.clone();
    values.as_object_mut().unwrap().remove("limit");
    values["template_id"] = login["template_id"].clone();
    let answer = server.post_json("/template_values", &values, None);
    assert_eq!(answer.status, 200, "{backend}: {}", answer.body);
    let body = &answer.body;
    assert_eq!(body["current_lines"], login["current_count"], "{backend}: {body}");
    assert_eq!((body["sampled"].as_bool(), body["unaligned_lines"].as_u64()), (Some(false), Some(0)), "{body}");
    let user = body["slots"].as_array().unwrap().iter().find(|s| s["token"] == "user=<*>").expect("a user slot");
    let top = &user["values"][0];
    assert_eq!((top["value"].as_str(), top["status"].as_str()), (Some("mallory"), Some("new")), "{backend}: {user}");
    assert_eq!((top["current_count"].as_u64(), top["baseline_count"].as_u64()), (Some(200), Some(0)));
    assert!(top["q_value"].as_f64().unwrap() < 1e-6, "{top}");
    // Capped: a sample of the window, said so.
    values["max_lines"] = json!(50);
    let sampled = server.post_json("/template_values", &values, None).body;
    assert_eq!((sampled["sampled"].as_bool(), sampled["current_lines_read"].as_u64()), (Some(true), Some(50)));
    assert_eq!(sampled["current_lines"], body["current_lines"]);

    // History, newest first, paged; one stream; since.
    let page = server.get("/templates?org=shop&limit=2", None).body;
    assert_eq!(page["total"], 5, "{backend}: {page}");
    assert_eq!(page["next_offset"], 2);
    let firsts: Vec<&str> =
        page["templates"].as_array().unwrap().iter().map(|t| t["first_seen"].as_str().unwrap()).collect();
    assert!(firsts.windows(2).all(|w| w[0] >= w[1]), "{firsts:?}");
    assert!(page["templates"][0]["template"].as_str().unwrap().starts_with("disk full"), "{backend}: {page}");
    let rest = server.get("/templates?org=shop&limit=2&offset=4", None).body;
    assert_eq!((rest["templates"].as_array().unwrap().len(), &rest["next_offset"]), (1, &Value::Null));
    let db = server.get("/templates?org=shop&stream=db", None).body;
    assert_eq!(db["total"], 1, "{backend}: {db}");
    assert_eq!(db["templates"][0]["lines"], 25);
    assert_eq!(db["templates"][0]["example"], "disk full on node-0");
    let since = server.get(&format!("/templates?org=shop&since={}", rfc3339(start)), None).body;
    assert_eq!(since["total"], 1, "{backend}: only the disk error is new today: {since}");
}

fn assert_error(answer: &Answer, status: u16, needle: &str) {
    assert_eq!(answer.status, status, "{}", answer.body);
    let message = answer.body["message"].as_str().unwrap_or_default();
    assert!(message.contains(needle), "{message:?} lacks {needle:?}");
}

#[test]
fn answers_on_the_embedded_store() {
    let server = Server::start(&[], "");
    check_answers(&server, "embedded");

    // Bad input: a JSON error with the right status.
    let now = now_ms();
    let base = json!({"org": "shop", "dashboard": "d", "panel_title": "p", "metric_name": "m",
        "start_time": rfc3339(now - 10 * MINUTE), "end_time": rfc3339(now)});
    let with = |pairs: &[(&str, Value)]| {
        let mut body = base.clone();
        for (k, v) in pairs {
            body[*k] = v.clone();
        }
        body
    };
    let query_cases = [
        (with(&[("baseline_periods", json!(3))]), "baseline_periods needs baseline_shift"),
        (with(&[("baseline_shift", json!("1h")), ("baseline_periods", json!(0))]), "baseline periods"),
        (with(&[("baseline_shift", json!("1h")), ("baseline_periods", json!(61))]), "baseline periods"),
        (with(&[("max_q_value", json!(1.5))]), "max_q_value"),
    ];
    for (body, needle) in query_cases {
        assert_error(&server.post_json("/query_logs", &body, None), 400, needle);
    }
    let values_cases = [
        (with(&[]), 400, "template_id"),
        (with(&[("template_id", json!("zz"))]), 400, "template"),
        (with(&[("template_id", json!("00000000000000ab"))]), 404, "no template"),
        (with(&[("template_id", json!("00000000000000ab")), ("max_lines", json!(0))]), 400, "max_lines"),
    ];
    for (body, status, needle) in values_cases {
        assert_error(&server.post_json("/template_values", &body, None), status, needle);
    }
    assert_error(&server.get("/templates?org=shop&limit=0", None), 400, "limit");
    assert_error(&server.get("/templates?org=shop&since=yesterday", None), 400, "since");
    assert_error(&server.get("/templates?org=shop&colour=red", None), 400, "colour");
    assert_error(&server.get("/templates", None), 400, "org");
}

#[test]
fn answers_on_clickhouse() {
    let clickhouse = ClickHouseServer::start();
    let server =
        Server::start(&["--clickhouse-url", &clickhouse.url()], "[clickhouse]\ndatabase = \"hover_answers\"\n");
    check_answers(&server, "clickhouse");
}

#[test]
fn answers_on_a_replicated_sharded_cluster() {
    let cluster = hover_testkit::ClickHouseCluster::start();
    let args = ["--clickhouse-url", &cluster.url(0), "--clickhouse-cluster", hover_testkit::ClickHouseCluster::NAME];
    let server = Server::start(&args, "[clickhouse]\ndatabase = \"hover_answers\"\n");
    check_answers(&server, "cluster");
}
