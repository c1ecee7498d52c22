//! One conformance suite, run against the embedded store and a real ClickHouse server that
//! the test starts itself: same inputs, and both must give the expected counts,
//! representatives, templates, aliases and mappings.

use hover_core::{TemplateId, TimeWindow};
use hover_store::{
    Batch, BucketCount, IngestKey, LogLine, Mapping, MetricKey, Scope, Store, StoreError, TemplateHistory,
    TemplateRecord,
};
use hover_store::{ClickHouseConfig, ClickHouseStore, EmbeddedStore};
use hover_testkit::{ClickHouseCluster, ClickHouseServer, TempDir};
use std::collections::BTreeMap;

const MINUTE: i64 = 60_000;
/// 2025-10-22T04:00:00Z
const T0: i64 = 1_761_105_600_000;

fn id(n: u64) -> TemplateId {
    TemplateId(0x1000 + n)
}

fn line(org: &str, stream: &str, t: i64, template: u64, message: &str) -> LogLine {
    LogLine {
        org: org.into(),
        stream: stream.into(),
        timestamp_ms: t,
        template_id: id(template),
        level: "info".into(),
        message: message.into(),
    }
}

/// Strings that break naive SQL building, and text that is not ASCII.
const HOSTILE: [&str; 6] =
    ["it's", "back\\slash\\", "'; DROP TABLE hover_logs; --", "nul\0byte", "ünïcødé 日本語 🚀", "tab\tnew\nline`"];

fn data() -> Vec<LogLine> {
    let mut lines = Vec::new();
    // org "acme": template 1 steady in api and web, template 2 only in the last 10 minutes
    // of api, template 3 only in the first 10 minutes of web.
    for m in 0..60 {
        let t = T0 + m * MINUTE;
        lines.push(line("acme", "api", t + 1_000, 1, &format!("GET /items/{m} 200")));
        lines.push(line("acme", "web", t + 2_000, 1, &format!("GET /items/{m} 200")));
        if m >= 50 {
            for k in 0..3 {
                lines.push(line("acme", "api", t + 3_000 + k, 2, &format!("db timeout after {k}s")));
            }
        }
        if m < 10 {
            lines.push(line("acme", "web", t + 4_000, 3, &format!("cache warm {m}")));
        }
    }
    // another org that must never show up in acme's answers
    for m in 0..60 {
        lines.push(line("other", "api", T0 + m * MINUTE, 1, "other org line"));
    }
    // hostile strings as org, stream and message
    for (i, s) in HOSTILE.iter().enumerate() {
        lines.push(line(s, s, T0 + i as i64 * MINUTE, 4, s));
    }
    lines
}

fn expected_counts(lines: &[LogLine], scope: &Scope, window: &TimeWindow) -> Vec<(TemplateId, u64)> {
    let mut counts: BTreeMap<TemplateId, u64> = BTreeMap::new();
    for l in lines {
        let minute = l.timestamp_ms.div_euclid(MINUTE) * MINUTE;
        let in_scope = l.org == scope.org && scope.streams.as_ref().is_none_or(|s| s.contains(&l.stream));
        if in_scope && window.start_ms <= minute && minute < window.end_ms {
            *counts.entry(l.template_id).or_default() += 1;
        }
    }
    counts.into_iter().collect()
}

fn scope(org: &str, streams: Option<&[&str]>) -> Scope {
    Scope { org: org.into(), streams: streams.map(|s| s.iter().map(|x| x.to_string()).collect()) }
}

/// Lines of org "sampled" in several writes over 20 minutes of two streams: a busy template
/// (a dozen lines per stream, minute and write), a rare one, ties in time and text.
fn sampled_batches() -> Vec<Vec<LogLine>> {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |n: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % n
    };
    // One write of a template whose first lines are all in one minute of one stream: the
    // first 3 lines of a window are then all from one insert and minute.
    let burst =
        (0..6).map(|i| line("sampled", "a", T0 + 4 * MINUTE + 500 * (5 - i), 15, &format!("burst {i}"))).collect();
    let mut batches: Vec<Vec<LogLine>> = (0..3)
        .map(|_| {
            (0..800)
                .map(|_| {
                    let t = T0 + next(20 * 60) as i64 * 1_000 + next(3) as i64 * 100;
                    let template = [11, 11, 11, 11, 11, 11, 12, 12, 13, 14][next(10) as usize];
                    let stream = ["a", "b"][next(2) as usize];
                    line("sampled", stream, t, template, &format!("event {} of {template}", next(4)))
                })
                .collect()
        })
        .collect();
    batches.push(burst);
    batches
}

/// The earliest `k` lines (by time, then text) of each of `ids` in a scope and window.
fn expected_representatives(
    lines: &[LogLine],
    scope: &Scope,
    window: &TimeWindow,
    ids: &[TemplateId],
    k: usize,
) -> Vec<(TemplateId, Vec<String>)> {
    let mut by_template: BTreeMap<TemplateId, Vec<(i64, &str)>> = BTreeMap::new();
    for l in lines {
        let in_scope = l.org == scope.org && scope.streams.as_ref().is_none_or(|s| s.contains(&l.stream));
        if in_scope
            && ids.contains(&l.template_id)
            && window.start_ms <= l.timestamp_ms
            && l.timestamp_ms < window.end_ms
        {
            by_template.entry(l.template_id).or_default().push((l.timestamp_ms, &l.message));
        }
    }
    by_template
        .into_iter()
        .map(|(id, mut found)| {
            found.sort();
            (id, found.iter().take(k).map(|(_, m)| m.to_string()).collect())
        })
        .collect()
}

/// Representatives over windows on and off minute boundaries, inside one minute, for one
/// and two requests, few lines (ClickHouse: samples table plus edges) and many (raw lines).
async fn representatives_conform(store: &Store) {
    let backend = store.backend_name();
    let batches = sampled_batches();
    for batch in &batches {
        store.write(&Batch { lines: batch.clone(), ..Default::default() }).await.unwrap();
    }
    let lines: Vec<LogLine> = batches.concat();
    let window = |from_s: i64, to_s: i64| TimeWindow { start_ms: T0 + from_s * 100, end_ms: T0 + to_s * 100 };
    let windows = [
        window(0, 12_000),
        window(600, 3_000),
        window(605, 2_995),
        window(1, 599),
        window(3_003, 3_004),
        window(4_321, 9_876),
        window(11_990, 12_000),
    ];
    let (first_two, last_three) = ([id(11), id(12)], [id(13), id(14), id(15)]);
    for w in &windows {
        for s in [scope("sampled", None), scope("sampled", Some(&["b"]))] {
            for k in [1, 3, 5] {
                let asked = [(*w, &first_two[..]), (window(2_400, 7_205), &last_three[..])];
                let got = store.representatives_in(&s, &asked, k).await.unwrap();
                let want: Vec<_> =
                    asked.iter().map(|(w, ids)| expected_representatives(&lines, &s, w, ids, k)).collect();
                assert_eq!(got, want, "{backend}: representatives of {s:?} over {w:?}, {k} each");
            }
        }
    }
}

/// What the history of `scope` must be, from the lines written.
fn expected_history(lines: &[LogLine], scope: &Scope, ids: Option<&[TemplateId]>) -> Vec<TemplateHistory> {
    let mut by_id: BTreeMap<TemplateId, TemplateHistory> = BTreeMap::new();
    let in_scope = |l: &LogLine| {
        l.org == scope.org
            && scope.streams.as_ref().is_none_or(|s| s.contains(&l.stream))
            && ids.is_none_or(|ids| ids.contains(&l.template_id))
    };
    for l in lines.iter().filter(|l| in_scope(l)) {
        let h = by_id.entry(l.template_id).or_insert_with(|| TemplateHistory {
            template_id: l.template_id,
            first_seen_ms: l.timestamp_ms,
            last_seen_ms: l.timestamp_ms,
            lines: 0,
            example: l.message.clone(),
        });
        if l.timestamp_ms < h.first_seen_ms {
            h.example = l.message.clone();
        }
        h.first_seen_ms = h.first_seen_ms.min(l.timestamp_ms);
        h.last_seen_ms = h.last_seen_ms.max(l.timestamp_ms);
        h.lines += 1;
    }
    by_id.into_values().collect()
}

/// Template history and bounded samples of lines, against what the lines say.
async fn history_and_samples_conform(store: &Store, lines: &[LogLine]) {
    let backend = store.backend_name();
    for s in [scope("acme", None), scope("acme", Some(&["web"])), scope("acme", Some(&[])), scope("nobody", None)] {
        let got = store.template_history(&s, None).await.unwrap();
        assert_eq!(got, expected_history(lines, &s, None), "{backend}: history of {s:?}");
        let some = [id(2), id(3)];
        let got = store.template_history(&s, Some(&some)).await.unwrap();
        assert_eq!(got, expected_history(lines, &s, Some(&some)), "{backend}: history of {s:?} for {some:?}");
    }
    // A sample is the same lines on both backends: ordered by the scrambled timestamp.
    let whole = TimeWindow { start_ms: T0, end_ms: T0 + 60 * MINUTE };
    let mut all: Vec<&LogLine> = lines.iter().filter(|l| l.org == "acme" && l.template_id == id(1)).collect();
    all.sort_by_key(|l| ((l.timestamp_ms % 1_000_003) * 7919 % 1_000_003, l.message.clone()));
    let texts = |n: usize| all.iter().take(n).map(|l| l.message.clone()).collect::<Vec<_>>();
    let acme = scope("acme", None);
    assert_eq!(store.sample_lines(&acme, &whole, &[id(1)], 7).await.unwrap(), texts(7), "{backend}: a sample of 7");
    assert_eq!(store.sample_lines(&acme, &whole, &[id(1), id(9)], 1_000).await.unwrap(), texts(120), "{backend}");
    let sample = store.sample_lines(&acme, &whole, &[id(1)], 12).await.unwrap();
    let minutes: std::collections::BTreeSet<&str> = sample.iter().map(|l| l.as_str()).collect();
    assert!(minutes.len() >= 6, "{backend}: a sample spreads over the window: {sample:?}");
}

async fn conformance(store: &Store) {
    let backend = store.backend_name();
    store.ping().await.unwrap();
    let lines = data();
    let templates = vec![
        TemplateRecord { template_id: id(1), template: "GET <*> 200".into(), first_seen_ms: T0, last_seen_ms: T0 + 10 },
        TemplateRecord {
            template_id: id(2),
            template: "db timeout after <*>".into(),
            first_seen_ms: T0 + 5,
            last_seen_ms: T0 + 5,
        },
        TemplateRecord { template_id: id(4), template: HOSTILE.join(" | "), first_seen_ms: T0, last_seen_ms: T0 },
    ];
    let key =
        |report: &str| IngestKey { org: "acme".into(), key: "k-1 ✓".into(), body_hash: 42, report: report.into() };
    let batch = Batch { lines: lines.clone(), templates, aliases: vec![(id(9), id(1))], keys: vec![key("first")] };
    store.write(&batch).await.unwrap();
    // A second sighting of template 1: first seen stays, last seen and text move on.
    let later = TemplateRecord {
        template_id: id(1),
        template: "GET <*> <*>".into(),
        first_seen_ms: T0 + 50,
        last_seen_ms: T0 + 99,
    };
    store
        .write(&Batch {
            templates: vec![later],
            aliases: vec![(id(8), id(2))],
            keys: vec![key("second")],
            ..Default::default()
        })
        .await
        .unwrap();
    // An Idempotency-Key is kept with its batch, per org; the first answer stays.
    assert_eq!(store.ingest_key("acme", "k-1 ✓").await.unwrap(), Some(key("first")), "{backend}: the first key wins");
    assert_eq!(store.ingest_key("other", "k-1 ✓").await.unwrap(), None, "{backend}: keys are per org");

    // Counts: whole range, one stream, a window that does not start on a minute.
    let whole = TimeWindow { start_ms: T0, end_ms: T0 + 60 * MINUTE };
    let last_ten = TimeWindow { start_ms: T0 + 50 * MINUTE - 1, end_ms: T0 + 60 * MINUTE + 30_000 };
    let cases = [
        (scope("acme", None), whole),
        (scope("acme", Some(&["api"])), whole),
        (scope("acme", Some(&["web"])), TimeWindow { start_ms: T0 + 30_001, end_ms: T0 + 5 * MINUTE }),
        (scope("acme", None), last_ten),
        (scope("acme", Some(&[])), whole),
        (scope("nobody", None), whole),
    ];
    for (s, w) in &cases {
        let got = store.template_counts(s, w).await.unwrap();
        assert_eq!(got, expected_counts(&lines, s, w), "{backend}: counts for {s:?} over {w:?}");
    }
    let all = store.template_counts(&scope("acme", None), &whole).await.unwrap();
    assert_eq!(all, vec![(id(1), 120), (id(2), 30), (id(3), 10)]);

    // Hostile strings come back intact, through bound values.
    for (i, s) in HOSTILE.iter().enumerate() {
        let got = store.template_counts(&scope(s, Some(&[s])), &whole).await.unwrap();
        assert_eq!(got, vec![(id(4), 1)], "{backend}: counts for org {s:?}");
        let w = TimeWindow { start_ms: T0 + i as i64 * MINUTE, end_ms: T0 + i as i64 * MINUTE + 1 };
        let reps = store.representatives(&scope(s, Some(&[s])), &w, &[id(4)], 3).await.unwrap();
        assert_eq!(reps, vec![(id(4), vec![s.to_string()])], "{backend}: message {s:?}");
    }
    assert_eq!(store.template_counts(&scope("acme", None), &whole).await.unwrap().len(), 3, "tables survived");

    // Buckets of 15 minutes.
    let buckets = store.bucket_counts(&scope("acme", Some(&["api"])), &whole, 15).await.unwrap();
    let want: Vec<BucketCount> = (0..4)
        .flat_map(|b| {
            let start = T0 + b * 15 * MINUTE;
            let mut v = vec![BucketCount { bucket_start_ms: start, template_id: id(1), lines: 15 }];
            if b == 3 {
                v.push(BucketCount { bucket_start_ms: start, template_id: id(2), lines: 30 });
            }
            v
        })
        .collect();
    assert_eq!(buckets, want, "{backend}: buckets");

    // Representatives: earliest first, a few per template, from the exact window only.
    let reps = store.representatives(&scope("acme", None), &last_ten, &[id(2), id(1), id(3)], 2).await.unwrap();
    assert_eq!(
        reps,
        vec![
            (id(1), vec!["GET /items/50 200".to_string(), "GET /items/50 200".to_string()]),
            (id(2), vec!["db timeout after 0s".to_string(), "db timeout after 1s".to_string()]),
        ],
        "{backend}: representatives"
    );
    let web_only = store.representatives(&scope("acme", Some(&["web"])), &whole, &[id(3)], 5).await.unwrap();
    assert_eq!(web_only[0].1, (0..5).map(|m| format!("cache warm {m}")).collect::<Vec<_>>());
    assert!(store.representatives(&scope("acme", Some(&["api"])), &whole, &[id(3)], 5).await.unwrap().is_empty());

    // Templates fold first/last seen; the newest text wins. Aliases round-trip.
    let stored = store.templates().await.unwrap();
    assert_eq!(stored.len(), 3);
    assert_eq!(
        stored[0],
        TemplateRecord { template_id: id(1), template: "GET <*> <*>".into(), first_seen_ms: T0, last_seen_ms: T0 + 99 }
    );
    assert_eq!(stored[2].template, HOSTILE.join(" | "));
    assert_eq!(store.aliases().await.unwrap(), vec![(id(8), id(2)), (id(9), id(1))]);

    // Mappings: set, read, replace, list, delete.
    let metric = |name: &str| MetricKey {
        org: "acme".into(),
        dashboard: "ops 'main'".into(),
        panel_title: "Latency \\ p99".into(),
        metric_name: name.into(),
    };
    let mapping = |name: &str, streams: &[&str]| Mapping {
        metric: metric(name),
        streams: streams.iter().map(|s| s.to_string()).collect(),
    };
    assert_eq!(store.mapping(&metric("A")).await.unwrap(), None);
    store.set_mapping(&mapping("A", &["api", "web"])).await.unwrap();
    store.set_mapping(&mapping("B", &["web"])).await.unwrap();
    store.set_mapping(&mapping("A", &["api"])).await.unwrap();
    assert_eq!(store.mapping(&metric("A")).await.unwrap(), Some(mapping("A", &["api"])));
    assert_eq!(store.mappings("acme").await.unwrap(), vec![mapping("A", &["api"]), mapping("B", &["web"])]);
    assert!(store.mappings("other").await.unwrap().is_empty());
    assert!(store.delete_mapping(&metric("A")).await.unwrap());
    assert!(!store.delete_mapping(&metric("A")).await.unwrap());
    assert_eq!(store.mappings("acme").await.unwrap(), vec![mapping("B", &["web"])]);

    // What a store cannot hold is refused whole, before anything is written.
    let bad = Batch {
        lines: vec![line("acme", "api", T0, 1, "ok"), line("acme", "api", -5, 1, "before 1970")],
        ..Default::default()
    };
    assert!(matches!(store.write(&bad).await, Err(StoreError::Invalid(_))));
    assert_eq!(store.template_counts(&scope("acme", None), &whole).await.unwrap(), all);

    Box::pin(history_and_samples_conform(store, &lines)).await;
    // Boxed: unoptimised builds (coverage) would overflow the test thread's stack with it.
    Box::pin(representatives_conform(store)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embedded_store_conforms() {
    let dir = TempDir::new("embedded");
    let store = Store::Embedded(EmbeddedStore::open(&dir.path().join("hover.db")).unwrap());
    Box::pin(conformance(&store)).await;
    // Reopening the file finds everything again.
    drop(store);
    let reopened = Store::Embedded(EmbeddedStore::open(&dir.path().join("hover.db")).unwrap());
    assert_eq!(reopened.templates().await.unwrap().len(), 3);

    // A store written before the template history existed: opening it fills the history
    // from the lines stored.
    let acme = scope("acme", None);
    let before = reopened.template_history(&acme, None).await.unwrap();
    assert_eq!(before.len(), 3);
    drop(reopened);
    let raw = rusqlite::Connection::open(dir.path().join("hover.db")).unwrap();
    raw.execute_batch("DROP TRIGGER logs_history; DROP TABLE template_history;").unwrap();
    drop(raw);
    let upgraded = Store::Embedded(EmbeddedStore::open(&dir.path().join("hover.db")).unwrap());
    assert_eq!(upgraded.template_history(&acme, None).await.unwrap(), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clickhouse_store_conforms_and_recovers() {
    let mut server = ClickHouseServer::start();
    let config = ClickHouseConfig { url: server.url(), database: "hover_test".into(), ..Default::default() };
    let store = Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap());
    Box::pin(conformance(&store)).await;
    // Connecting again finds the schema in place (IF NOT EXISTS) and the data intact.
    let again = Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap());
    assert_eq!(again.templates().await.unwrap().len(), 3);

    // Server down: writes fail with Unavailable, so the caller can retry; nothing is lost.
    server.stop();
    let retry = Batch { lines: vec![line("late", "api", T0, 1, "written after the outage")], ..Default::default() };
    assert!(matches!(store.write(&retry).await, Err(StoreError::Unavailable(_))));
    assert!(matches!(store.ping().await, Err(StoreError::Unavailable(_))));
    server.restart();
    store.write(&retry).await.unwrap();
    let whole = TimeWindow { start_ms: T0, end_ms: T0 + 60 * MINUTE };
    assert_eq!(store.template_counts(&scope("late", None), &whole).await.unwrap(), vec![(id(1), 1)]);

    // A store made before the hourly and samples rollups existed: connecting fills them from
    // the lines already stored, so long windows and representatives see those lines too.
    let admin = clickhouse::Client::default().with_url(server.url()).with_database("hover_test");
    for table in [
        "hover_template_history_mv",
        "hover_template_history",
        "hover_template_counts_hourly_mv",
        "hover_template_counts_hourly",
        "hover_template_samples_mv",
        "hover_template_samples",
    ] {
        admin.query(&format!("DROP TABLE {table}")).execute().await.unwrap();
    }
    let old_lines: Vec<LogLine> =
        (0..240).map(|i| line("upgraded", "api", T0 + i * 30_000, 1 + (i % 3) as u64, &format!("line {i}"))).collect();
    store.write(&Batch { lines: old_lines.clone(), ..Default::default() }).await.unwrap();
    let upgraded = Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap());
    let (two_hours, s) = (TimeWindow { start_ms: T0, end_ms: T0 + 120 * MINUTE }, scope("upgraded", None));
    assert_eq!(upgraded.template_counts(&s, &two_hours).await.unwrap(), expected_counts(&old_lines, &s, &two_hours));
    let ids = [id(1), id(2), id(3)];
    assert_eq!(
        upgraded.representatives(&s, &two_hours, &ids, 3).await.unwrap(),
        expected_representatives(&old_lines, &s, &two_hours, &ids, 3)
    );
    assert_eq!(upgraded.template_history(&s, None).await.unwrap(), expected_history(&old_lines, &s, None));
}

/// The same suite on 2 shards × 2 replicas (ZooKeeper and four servers on loopback), then
/// every replica holds its shard's lines and rollups.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clickhouse_cluster_conforms() {
    let cluster = ClickHouseCluster::start();
    let config = ClickHouseConfig {
        url: cluster.url(0),
        database: "hover_cluster_test".into(),
        cluster: Some(ClickHouseCluster::NAME.into()),
        ..Default::default()
    };
    let store = Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap());
    Box::pin(conformance(&store)).await;
    // Replicas of a shard hold the same rows, in the lines and in every rollup.
    for table in ["hover_logs_local", "hover_template_counts_local", "hover_template_samples_local"] {
        let sum = if table == "hover_template_counts_local" { "sum(lines)" } else { "count()" };
        let query = format!("SELECT {sum} FROM hover_cluster_test.{table}");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            let counts: Vec<String> = cluster.on_every_node(&query).into_iter().map(Result::unwrap).collect();
            let shards: Vec<&[String]> = counts.chunks(ClickHouseCluster::REPLICAS).collect();
            if shards.iter().all(|replicas| replicas.iter().all(|c| *c == replicas[0])) {
                assert!(shards.iter().all(|replicas| replicas[0] != "0"), "{table}: a shard holds nothing: {counts:?}");
                break;
            }
            assert!(std::time::Instant::now() < deadline, "{table}: replicas differ: {counts:?}");
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    }
    // A second connection finds the schema in place on every node.
    let again = Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap());
    assert_eq!(again.templates().await.unwrap().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clickhouse_store_conforms_without_its_cache() {
    let server = ClickHouseServer::start();
    let config = ClickHouseConfig { url: server.url(), cache_ttl_seconds: 0, ..Default::default() };
    Box::pin(conformance(&Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap()))).await;
}

/// The cache of settled hours, around the moment it matters: windows that run from settled
/// hours into the live one give what the lines say; this store's writes into a cached hour
/// show at once, another store's once the cached entry has expired.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clickhouse_cache_of_settled_hours_stays_true() {
    const HOUR: i64 = 60 * MINUTE;
    let server = ClickHouseServer::start();
    let config = ClickHouseConfig { url: server.url(), cache_ttl_seconds: 1, ..Default::default() };
    let store = Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap());
    let other = Store::ClickHouse(ClickHouseStore::connect(&config).await.unwrap());
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
    // Three hours up to now, a few lines a minute in two streams and three templates.
    let mut lines: Vec<LogLine> = (0..3 * 60 * 4)
        .map(|i| {
            let t = now - 3 * HOUR + i * 15_000 + i % 7;
            line("recent", ["api", "web"][(i % 2) as usize], t, 21 + (i % 3) as u64, &format!("recent {}", i % 5))
        })
        .collect();
    // A rare template around the start of the hour two hours back: a window that ends 30 s
    // into that hour holds one of its lines there, in a minute the window does not count.
    let hour = (now - 2 * HOUR).div_euclid(HOUR) * HOUR;
    lines
        .extend([-30 * MINUTE, 10_000, 20 * MINUTE].map(|t| line("recent", "web", hour + t, 24, &format!("rare {t}"))));
    store.write(&Batch { lines: lines.clone(), ..Default::default() }).await.unwrap();
    let minute = |t: i64| t.div_euclid(MINUTE) * MINUTE;
    let windows = [
        TimeWindow { start_ms: minute(now - 150 * MINUTE), end_ms: minute(now) },
        TimeWindow { start_ms: minute(now - 170 * MINUTE) + 1, end_ms: now - 20 * MINUTE - 3 },
        TimeWindow { start_ms: minute(now - 61 * MINUTE), end_ms: now + MINUTE },
        // Starts on a minute, ends inside one: lines of that last partial minute count.
        TimeWindow { start_ms: minute(now - 179 * MINUTE), end_ms: now - 100 * MINUTE - 7_003 },
        TimeWindow { start_ms: hour - 40 * MINUTE, end_ms: hour + 30_000 },
    ];
    let ids = [id(21), id(22), id(23), id(24)];
    let check = |store: &Store, lines: Vec<LogLine>| {
        let store = store.clone();
        async move {
            for s in [scope("recent", None), scope("recent", Some(&["web"]))] {
                for w in &windows {
                    let counts = store.template_counts(&s, w).await.unwrap();
                    assert_eq!(counts, expected_counts(&lines, &s, w), "counts of {s:?} over {w:?}");
                    let reps = store.representatives(&s, w, &ids, 3).await.unwrap();
                    assert_eq!(reps, expected_representatives(&lines, &s, w, &ids, 3), "lines of {s:?} over {w:?}");
                }
            }
        }
    };
    check(&store, lines.clone()).await;
    check(&other, lines.clone()).await;
    // A late line, earlier than any in its minute, into an hour both stores have cached.
    let late = line("recent", "web", minute(now - 150 * MINUTE), 22, "late arrival");
    store.write(&Batch { lines: vec![late.clone()], ..Default::default() }).await.unwrap();
    lines.push(late);
    check(&store, lines.clone()).await;
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    check(&other, lines).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clickhouse_schema_errors_name_the_statement() {
    // Nothing listens on this port: connecting fails clearly at the first statement.
    let config =
        ClickHouseConfig { url: format!("http://127.0.0.1:{}", hover_testkit::free_port()), ..Default::default() };
    match ClickHouseStore::connect(&config).await {
        Err(StoreError::Schema { index, statement, .. }) => {
            assert_eq!(index, 0);
            assert!(statement.starts_with("CREATE DATABASE"));
        }
        Err(other) => panic!("unexpected error {other}"),
        Ok(_) => panic!("connected to nothing"),
    }
}

/// Start-up on a cluster says what is missing before any DDL (which would wait minutes for a
/// node that is down): an unknown cluster, a node down (which one), ZooKeeper down.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clickhouse_cluster_start_up_names_what_is_missing() {
    let mut cluster = ClickHouseCluster::start();
    let url = cluster.url(0);
    let config = |name: &str| ClickHouseConfig {
        url: url.clone(),
        database: "hover_checks".into(),
        cluster: Some(name.into()),
        ..Default::default()
    };
    let error = |config: ClickHouseConfig| async move {
        match ClickHouseStore::connect(&config).await {
            Ok(_) => panic!("connected"),
            Err(e) => e.to_string(),
        }
    };
    let unknown = error(config("no_such_cluster")).await;
    assert!(unknown.contains("\"no_such_cluster\" is not in the ClickHouse server's remote_servers"), "{unknown}");
    let bad_name = error(config("x; DROP")).await;
    assert!(bad_name.contains("letters, digits and _"), "{bad_name}");

    let down_port = cluster.nodes[3].tcp_port;
    cluster.nodes[3].kill();
    let down = error(config(ClickHouseCluster::NAME)).await;
    assert!(down.contains(&format!("127.0.0.1:{down_port} (shard 2, replica 2)")), "{down}");
    cluster.nodes[3].restart();

    cluster.zookeeper.stop();
    let no_zookeeper = error(config(ClickHouseCluster::NAME)).await;
    assert!(no_zookeeper.contains("ZooKeeper does not answer"), "{no_zookeeper}");
}
