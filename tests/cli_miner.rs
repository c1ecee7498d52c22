//! `hover templates` and `hover diff` as a user runs them.

use hover_e2e::{hover, now_ms, write, Server};
use hover_testkit::TempDir;

#[test]
fn templates_prints_one_csv_row_per_line() {
    let dir = TempDir::new("cli");
    let log = b"Accepted password for root from 10.0.0.1 port 22\nAccepted password for root from 10.0.0.2 port 23\n\
        disk full on /dev/sda1\r\nbad \xff\xfe bytes 7\n\nAccepted password for root from 10.0.0.3 port 24";
    let out = hover(&["templates", &write(&dir, "t.log", log)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(&out.stdout[..]);
    assert_eq!(reader.headers().unwrap(), vec!["line", "template_id", "template"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6);
    assert_eq!(rows.iter().map(|r| r[0].parse::<usize>().unwrap()).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5, 6]);
    assert_eq!(rows[0][1], rows[1][1]);
    assert_eq!(rows[0][1], rows[5][1]);
    assert_ne!(rows[0][1], rows[2][1]);
    assert_eq!(&rows[0][2], "Accepted password for root from <*> port <*>");
    assert_eq!(&rows[2][2], "disk full on <*>");
    assert!(rows[3][2].contains('\u{fffd}'), "non-UTF-8 bytes are replaced, not dropped: {}", &rows[3][2]);
    assert_eq!(rows[0][1].len(), 16);
}

#[test]
fn templates_json_and_ids_stable_between_runs() {
    let dir = TempDir::new("cli");
    let path = write(&dir, "j.log", b"a 1\nb 2\na 3\n");
    let first = hover(&["templates", "--format", "json", &path]);
    let second = hover(&["templates", "--format", "json", &path]);
    assert!(first.status.success());
    assert_eq!(first.stdout, second.stdout);
    let rows: serde_json::Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3);
    assert_eq!(rows[0]["template_id"], rows[2]["template_id"]);
    assert_eq!(rows[1]["line"], 2);
}

#[test]
fn diff_ranks_the_new_error_first() {
    let dir = TempDir::new("cli");
    let mut before = String::new();
    let mut after = String::new();
    for i in 0..200 {
        before.push_str(&format!("GET /api/items/{i} 200 in {i}ms\n"));
        after.push_str(&format!("GET /api/items/{i} 200 in {i}ms\n"));
        before.push_str(&format!("cron heartbeat {i}\n"));
    }
    for i in 0..50 {
        after.push_str(&format!("ERROR connection to db-{i} refused after {i} retries\n"));
    }
    let (before, after) = (write(&dir, "before.log", before.as_bytes()), write(&dir, "after.log", after.as_bytes()));
    let out = hover(&["diff", &before, &after, "--json", "--method", "symmetric_kl", "--limit", "0"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let groups = json["log_groups"].as_array().unwrap();
    assert_eq!(groups.len(), 3);
    let statuses: Vec<&str> = groups.iter().map(|g| g["status"].as_str().unwrap()).collect();
    assert!(statuses.contains(&"new") && statuses.contains(&"gone"));
    let new = groups.iter().find(|g| g["status"] == "new").unwrap();
    assert_eq!(new["template"], "ERROR connection to db-<*> refused after <*> retries");
    assert_eq!(new["representative_logs"][0], "ERROR connection to db-0 refused after 0 retries");
    let gone = groups.iter().find(|g| g["status"] == "gone").unwrap();
    assert_eq!(gone["representative_logs"][0], "cron heartbeat 0", "vanished templates show baseline lines");
    assert!(groups.iter().all(|g| g["relative_change"].is_f64()));

    let table = hover(&["diff", &before, &after]);
    assert!(table.status.success());
    let text = String::from_utf8(table.stdout).unwrap();
    assert!(text.contains("ERROR connection to db-<*> refused after <*> retries"), "{text}");
}

#[test]
fn diff_values_says_which_value_changed() {
    let dir = TempDir::new("cli");
    let (mut before, mut after) = (String::new(), String::new());
    for i in 0..300 {
        let line = format!("request from host=web-{} took {}ms\n", i % 3, i % 50);
        before.push_str(&line);
        after.push_str(&line);
    }
    for i in 0..120 {
        after.push_str(&format!("request from host=web-9 took {}ms\n", 900 + i));
    }
    let (before, after) =
        (write(&dir, "values-before.log", before.as_bytes()), write(&dir, "values-after.log", after.as_bytes()));
    let out = hover(&["diff", &before, &after, "--values", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let group = &json["log_groups"][0];
    assert_eq!(group["template"], "request from host=web-<*> took <*>");
    let host = &group["slots"][0];
    assert_eq!((host["token"].as_str(), host["distinct_values"].as_u64()), (Some("host=web-<*>"), Some(4)));
    assert_eq!(host["values"][0]["value"], "9");
    assert_eq!(
        (host["values"][0]["status"].as_str(), host["values"][0]["current_count"].as_u64()),
        (Some("new"), Some(120))
    );
    let table = String::from_utf8(hover(&["diff", &before, &after, "--values"]).stdout).unwrap();
    assert!(table.contains("host=web-<*> (4 values): \"9\": 0 → 120"), "{table}");
}

#[test]
fn diff_reads_standard_input_and_shows_a_templates_first_lines() {
    let dir = TempDir::new("cli");
    // The event's first lines get templates of their own (`user alice …`) until a third
    // name makes the slot a value: the template shown still has the file's first lines.
    let before = write(&dir, "stdin-before.log", b"cron heartbeat 1\ncron heartbeat 2\n");
    let mut after = String::from("cron heartbeat 3\n");
    for (i, user) in ["alice", "bob", "carol", "alice", "bob", "carol", "dave"].iter().enumerate() {
        after.push_str(&format!("login failed for user {user} from 10.0.0.{i}\n"));
    }
    let mut child = std::process::Command::new(hover_e2e::hover_bin())
        .args(["diff", &before, "-", "--values", "--json", "--limit", "0"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), after.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let new = json["log_groups"].as_array().unwrap().iter().find(|g| g["status"] == "new").unwrap();
    assert_eq!(new["template"], "login failed for user <*> from <*>");
    assert_eq!(new["current_count"], 7);
    let first: Vec<&str> = new["representative_logs"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    assert_eq!(
        first,
        [
            "login failed for user alice from 10.0.0.0",
            "login failed for user bob from 10.0.0.1",
            "login failed for user carol from 10.0.0.2"
        ]
    );
    // `--values` read standard input's lines from what it kept: every one of the 7.
    let user = &new["slots"][0];
    assert_eq!(user["distinct_values"], 4, "{user}");
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = hover(&["diff", "/nonexistent/a.log", "/nonexistent/b.log"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("hover: cannot read /nonexistent/a.log"));
}

#[test]
fn ingest_files_into_the_store_then_query_them() {
    let dir = TempDir::new("ingest");
    let db = dir.path().join("hover.db");
    let now = now_ms();
    let mut records = String::new();
    for i in 0..30 {
        records.push_str(&format!(
            "{{\"timestamp\": {}, \"message\": \"request {i} served in {i}ms\"}}\n",
            now - 15 * 60_000
        ));
        records.push_str(&format!(
            "{{\"timestamp\": {}, \"message\": \"request {i} served in {i}ms\"}}\n",
            now - 5 * 60_000
        ));
    }
    for i in 0..10 {
        records
            .push_str(&format!("{{\"timestamp\": {}, \"message\": \"cache node-{i} evicted\"}}\n", now - 5 * 60_000));
    }
    records.push_str("not a record\n");
    let file = write(&dir, "api.ndjson", records.as_bytes());
    let out = hover(&["ingest", "--json", "--org", "acme", "--data", db.to_str().unwrap(), &file]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("70 lines stored, 1 rejected"), "{stderr}");
    assert!(stderr.contains("line 71"), "the rejected line is named: {stderr}");

    // A server on the same store answers from what was ingested (stream = file name).
    let server = Server::start_in(dir, &[], "");
    let body = serde_json::json!({"org": "acme", "dashboard": "d", "panel_title": "p", "metric_name": "m",
        "start_time": hover_e2e::rfc3339(now - 10 * 60_000), "end_time": hover_e2e::rfc3339(now)});
    let answer = server.post_json("/query_logs", &body, None);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let top = &answer.body["log_groups"][0];
    assert_eq!(top["template"], "cache node-<*> evicted");
    assert_eq!(top["status"], "new");
    assert_eq!(top["current_count"], 10);
    assert_eq!(server.get("/mappings?org=acme", None).body["mappings"], serde_json::json!([]));
}
