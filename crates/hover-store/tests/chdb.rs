//! The same DDL and the same query texts that run on ClickHouse 18.16 in the conformance
//! suite, run on current ClickHouse (26.x, embedded by the `chdb-core` Python package, which
//! the README's test command installs into `.tools/venv`).

use hover_core::{TemplateId, TimeWindow};
use hover_store::Scope;
use hover_store::{example_queries, schema_statements};
use std::path::PathBuf;
use std::process::Command;

fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("HOVER_CHDB_PYTHON") {
        return p.into();
    }
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../.tools/venv/bin/python");
    assert!(venv.exists(), "no chDB: run ./scripts/test.sh (it installs chdb-core into .tools/venv)");
    venv
}

#[test]
fn ddl_and_queries_run_on_current_clickhouse() {
    // 2025-10-22T04:00:00Z and the two minutes after it.
    let t0: i64 = 1_761_105_600_000;
    let ids = [TemplateId(0xa), TemplateId(0xb)];
    let setup = vec![
        format!(
            "INSERT INTO hover_logs VALUES ('acme', 'api', {t0}, '{a}', 'info', 'it''s one'), \
             ('acme', 'api', {}, '{a}', 'info', 'two'), ('acme', 'web', {}, '{b}', 'warn', 'three'), \
             ('other', 'api', {t0}, '{a}', 'info', 'not acme')",
            t0 + 61_000,
            t0 + 62_000,
            a = ids[0],
            b = ids[1]
        ),
        format!("INSERT INTO hover_templates VALUES ('{}', 'x <*>', {t0}, {t0})", ids[0]),
        format!("INSERT INTO hover_template_aliases VALUES ('{}', '{}', 1)", ids[1], ids[0]),
        "INSERT INTO hover_mappings VALUES ('acme', 'd', 'p', 'm', ['api'], 0, 1)".to_string(),
    ];
    let scope = Scope { org: "acme".into(), streams: Some(vec!["api".into(), "web".into()]) };
    let window = TimeWindow { start_ms: t0, end_ms: t0 + 3 * 60_000 };
    let queries = example_queries(&scope, &window, &ids);
    let spec = serde_json::json!({ "schema": schema_statements(), "setup": setup, "queries": queries });
    let input = std::env::temp_dir().join(format!("hover-chdb-{}.json", std::process::id()));
    std::fs::write(&input, spec.to_string()).unwrap();

    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/chdb_check.py");
    let out = Command::new(python()).arg(script).arg(&input).output().expect("run python");
    let _ = std::fs::remove_file(&input);
    assert!(out.status.success(), "chDB check failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let version = report["version"].as_str().unwrap();
    assert!(version.split('.').next().unwrap().parse::<u32>().unwrap() >= 24, "chDB runs ClickHouse {version}");
    let result = |name: &str| report["results"][name].as_str().unwrap().to_string();

    // The materialized view filled the per-minute counts, and the queries read them.
    assert_eq!(result("counts"), format!("{}\t[2]\n{}\t[1]\n", ids[0], ids[1]));
    // The second window (an hour later) holds nothing.
    assert_eq!(result("counts_two_windows"), format!("{}\t[2,0]\n{}\t[1,0]\n", ids[0], ids[1]));
    assert_eq!(result("representatives_two_windows"), result("representatives"));
    assert_eq!(result("representatives_from_raw_lines"), result("representatives"));
    let m0 = t0 / 1000;
    assert_eq!(result("buckets"), format!("{m0}\t{}\t2\n{m0}\t{}\t1\n", ids[0], ids[1]));
    // TSV escapes the quote.
    assert_eq!(
        result("representatives"),
        format!("0\t{}\tit\\'s one\n0\t{}\ttwo\n0\t{}\tthree\n", ids[0], ids[0], ids[1])
    );
    // The cache's reads (rows in no particular order): per-minute counts of the hour, and
    // every sampled line of its templates.
    let sorted = |name: &str| {
        let mut rows: Vec<String> = result(name).lines().map(str::to_string).collect();
        rows.sort();
        rows
    };
    let (a, b) = (ids[0], ids[1]);
    assert_eq!(
        sorted("minutes_of_hours"),
        [format!("{m0}\t{a}\t1"), format!("{}\t{a}\t1", m0 + 60), format!("{}\t{b}\t1", m0 + 60)]
    );
    assert_eq!(
        sorted("hour_samples"),
        [
            format!("0\t{a}\t{t0}\tit\\'s one"),
            format!("0\t{a}\t{}\ttwo", t0 + 61_000),
            format!("0\t{b}\t{}\tthree", t0 + 62_000)
        ]
    );
    assert_eq!(result("templates"), format!("{}\tx <*>\t{t0}\t{t0}\n", ids[0]));
    assert_eq!(result("aliases"), format!("{}\t{}\t1\n", ids[1], ids[0]));
    assert_eq!(result("mappings"), "acme\td\tp\tm\t['api']\t0\t1\n");
}
