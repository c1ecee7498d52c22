//! `hover analyze` as a user runs it: a real process, real files.

use hover_e2e::{hover, write};
use hover_testkit::TempDir;

#[test]
fn ranks_the_example_counts() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/counts.json");
    let out = hover(&["analyze", "--counts", example, "--limit", "0"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let groups = json["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 5);
    assert_eq!(groups[0]["template_id"], "db-timeout");
    assert_eq!(groups[0]["status"], "new");
    for key in
        ["template_id", "current_count", "baseline_count", "contribution", "relative_change", "p_value", "status"]
    {
        assert!(groups[0].get(key).is_some(), "missing {key}");
    }
    let gone = groups.iter().find(|g| g["template_id"] == "cron-heartbeat").unwrap();
    assert_eq!(gone["status"], "gone");
    assert!(json["divergence"].as_f64().unwrap() > 0.5);
}

#[test]
fn limit_and_method() {
    let dir = TempDir::new("cli");
    let path =
        write(&dir, "lm.json", br#"{"current": {"a": 5, "b": 1, "c": 9}, "baseline": {"a": 1, "b": 5, "d": 3}}"#);
    let out = hover(&["analyze", "--counts", &path, "--method", "js", "--limit", "2"]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["method"], "js");
    assert_eq!(json["groups"].as_array().unwrap().len(), 2);
    let d = json["divergence"].as_f64().unwrap();
    assert!(d > 0.0 && d <= 1.0);
}

#[test]
fn malformed_input_is_a_one_line_error_with_status_2() {
    let dir = TempDir::new("cli");
    let cases = [
        ("neg.json", r#"{"current": {"a": -1}, "baseline": {}}"#),
        ("float.json", r#"{"current": {"a": 1.5}, "baseline": {}}"#),
        ("missing.json", r#"{"current": {"a": 1}}"#),
        ("garbage.json", "not json at all"),
        ("binary.json", "\u{0}\u{1}\u{2}"),
    ];
    for (name, text) in cases {
        let out = hover(&["analyze", "--counts", &write(&dir, name, text.as_bytes())]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{name}: {stderr}");
        assert!(stderr.starts_with("hover: "), "{name}: {stderr}");
        assert!(out.stdout.is_empty());
    }
    let out = hover(&["analyze", "--counts", "/nonexistent/counts.json"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn version_names_the_commit() {
    let out = hover(&["--version"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(&format!("hover {} (commit ", env!("CARGO_PKG_VERSION"))), "{text}");
}
