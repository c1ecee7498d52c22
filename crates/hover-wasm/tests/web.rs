//! The core and its JS API in real browsers (`wasm-pack test --headless --chrome`/`--firefox`):
//! the shared reference vectors give bit-identical numbers to the native build, and the JS
//! API returns the same ranking as the core.

#![cfg(target_arch = "wasm32")]

#[path = "../../hover-core/tests/support/vector_digest.rs"]
mod vector_digest;

use hover_core::{CompareOptions, CountTable};
use hover_wasm::{compare_counts, compare_slots, slot_values, Analyzer, TemplateMiner};
use serde_json::{json, Value};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const VECTORS: &str = include_str!(concat!(env!("HOVER_SHARED_DIR"), "/vectors/divergence.json"));
const RECORDED: &str = include_str!("../../hover-core/tests/support/vectors.digest");

/// A plain JavaScript value, as a panel would pass (objects, not Maps).
fn js(value: &Value) -> JsValue {
    use serde::Serialize;
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap()
}

fn from_js(value: JsValue) -> Value {
    serde_wasm_bindgen::from_value(value).unwrap()
}

/// The message of the JS `Error` a call threw.
fn message<T>(result: Result<T, wasm_bindgen::JsError>) -> String {
    let error = result.err().expect("an error");
    js_sys::Error::from(JsValue::from(error)).message().into()
}

#[wasm_bindgen_test]
fn reference_vectors_match_native_bit_for_bit() {
    assert_eq!(vector_digest::vector_digest(VECTORS), RECORDED.trim());
}

#[wasm_bindgen_test]
fn js_api_agrees_with_the_core_on_every_vector_case() {
    let doc: Value = serde_json::from_str(VECTORS).unwrap();
    for case in doc["cases"].as_array().unwrap() {
        let options = json!({"method": "kl", "limit": 0});
        let result = from_js(compare_counts(js(&case["current"]), js(&case["baseline"]), js(&options)).unwrap());
        let expected = &case["expected"];
        let groups = expected["groups"].as_array().unwrap();
        let got = result["log_groups"].as_array().unwrap();
        assert_eq!(got.len(), groups.len(), "{}", case["name"]);
        for (g, want) in got.iter().zip(groups) {
            assert_eq!(g["template_id"], want["template_id"]);
            let (a, b) = (g["contribution"].as_f64().unwrap(), want["contribution"].as_f64().unwrap());
            assert!((a - b).abs() <= 1e-9 * b.abs() || (a - b).abs() < 1e-300, "{}: {a} vs {b}", case["name"]);
        }
        // The same numbers as the core run directly, to the last bit.
        let current: std::collections::BTreeMap<String, u64> = serde_json::from_value(case["current"].clone()).unwrap();
        let baseline: std::collections::BTreeMap<String, u64> =
            serde_json::from_value(case["baseline"].clone()).unwrap();
        let table = CountTable::from_windows(
            current.iter().map(|(k, v)| (k.as_str(), *v)),
            baseline.iter().map(|(k, v)| (k.as_str(), *v)),
        );
        let core = table.compare(&CompareOptions { limit: 0, ..Default::default() });
        assert_eq!(result["divergence"].as_f64().unwrap().to_bits(), core.divergence.to_bits());
    }
}

#[wasm_bindgen_test]
fn compare_counts_adds_up_and_refuses_what_is_no_count() {
    let result =
        from_js(compare_counts(js(&json!({"b": 3, "a": 1})), js(&json!({"a": 4})), JsValue::UNDEFINED).unwrap());
    assert_eq!((result["current_total"].clone(), result["baseline_total"].clone()), (json!(4), json!(4)));
    assert_eq!(result["templates"], 2);
    // (A list of `[id, count]` entries is read as a `Map`'s would be.)
    for bad in [json!([1, 2]), json!({"a": -1}), json!({"a": "many"}), json!({"a": 1.5}), json!(null)] {
        assert!(compare_counts(js(&bad), js(&json!({})), JsValue::UNDEFINED).is_err(), "{bad}");
    }
    // Each error says what is wrong where.
    let counts = |current: Value, options: Value| compare_counts(js(&current), js(&json!({})), js(&options));
    assert_eq!(message(counts(json!({"a": 1.5}), json!(null))), "current: the count of a must be a whole number ≥ 0");
    assert_eq!(message(counts(json!([1]), json!(null))), "current must be an object");
    assert_eq!(message(counts(json!({}), json!({"limit": -1}))), "limit must be ≥ 0");
    assert_eq!(message(counts(json!({}), json!({"limit": "5"}))), "limit must be a number");
    assert_eq!(message(counts(json!({}), json!({"limit": 2.5}))), "limit must be a whole number, not 2.5");
    assert_eq!(message(counts(json!({}), json!({"method": 3}))), "method must be a string");
    assert_eq!(message(counts(json!({}), json!(7))), "options must be an object");
    // What is left out or null is the default.
    let all = from_js(counts(json!({"a": 1}), json!({"method": null, "limit": 0, "max_p_value": null})).unwrap());
    assert_eq!(all["method"], "kl");
}

#[wasm_bindgen_test]
fn analyzer_recomputes_windows_of_a_series() {
    let series = json!({
        "start_ms": 0, "bucket_ms": 60000, "bucket_count": 4,
        "series": [
            {"template_id": "a", "template": "ok <*>", "buckets": [0, 1, 2, 3], "counts": [5, 5, 5, 5]},
            {"template_id": "b", "template": "error <*>", "buckets": [2, 3], "counts": [7, 1]}
        ]
    });
    let analyzer = Analyzer::new(js(&series)).unwrap();
    assert_eq!((analyzer.template_count(), analyzer.bucket_count()), (2, 4));
    let result = from_js(analyzer.compare(120_000.0, 240_000.0, 0.0, 120_000.0, JsValue::UNDEFINED).unwrap());
    assert_eq!(result["log_groups"][0]["template"], "error <*>");
    assert_eq!(result["log_groups"][0]["status"], "new");
    assert_eq!(result["current_total"], 18);
    // Empty baseline: no groups, not an error. A reversed window: an error.
    let empty = from_js(analyzer.compare(0.0, 60_000.0, 300_000.0, 400_000.0, JsValue::UNDEFINED).unwrap());
    assert_eq!(empty["log_groups"], json!([]));
    assert!(analyzer.compare(5.0, 1.0, 0.0, 1.0, JsValue::UNDEFINED).is_err());
    assert!(Analyzer::new(js(&json!({"start_ms": 0}))).is_err());
    // Counts and buckets must be arrays of whole numbers ≥ 0, and buckets inside the series.
    for (buckets, counts) in [
        (json!([0]), json!([1.5])),
        (json!([0]), json!([-1])),
        (json!([0]), json!(["x"])),
        (json!("0"), json!([1])),
        (json!([4]), json!([1])),
        (json!([1e12]), json!([1])),
        (json!([0, 1]), json!([1])),
    ] {
        let bad = json!({"start_ms": 0, "bucket_ms": 60000, "bucket_count": 4,
            "series": [{"template_id": "a", "buckets": buckets, "counts": counts}]});
        assert!(Analyzer::new(js(&bad)).is_err(), "{bad}");
    }
    assert_eq!(message(Analyzer::new(js(&json!({"start_ms": 0})))), "bucket_ms is missing");
    assert_eq!(message(Analyzer::new(JsValue::UNDEFINED)), "the series must be an object");
    let series = |list: Value| json!({"start_ms": 0, "bucket_ms": 60000, "bucket_count": 4, "series": list});
    assert_eq!(message(Analyzer::new(js(&series(json!([null]))))), "each of series must be an object");
    assert_eq!(message(Analyzer::new(js(&series(json!({}))))), "series must be an array");
    assert_eq!(
        message(Analyzer::new(js(&series(json!([{"template_id": "a", "buckets": [0], "counts": [1.5]}]))))),
        "series a: counts holds 1.5, not a whole number ≥ 0"
    );
    assert_eq!(
        message(Analyzer::new(js(&series(json!([{"template_id": "a", "counts": [1]}]))))),
        "series a: buckets must be an array"
    );
    assert_eq!(message(Analyzer::new(js(&series(json!([{"buckets": [], "counts": []}]))))), "template_id is missing");
    let bad_method = js(&json!({"method": "chi2"}));
    assert!(analyzer.compare(0.0, 60_000.0, 60_000.0, 120_000.0, bad_method).is_err());
}

#[wasm_bindgen_test]
fn analyzer_pools_seasonal_baselines_and_cuts_by_q_value() {
    // Bucket 3 against buckets 2, 1 and 0 (shift 1 minute, 3 periods).
    let series = json!({
        "start_ms": 0, "bucket_ms": 60000, "bucket_count": 4,
        "series": [
            {"template_id": "a", "template": "ok <*>", "buckets": [0, 1, 2, 3], "counts": [50, 50, 50, 50]},
            {"template_id": "b", "template": "retry <*>", "buckets": [1, 3], "counts": [2, 40]}
        ]
    });
    let analyzer = Analyzer::new(js(&series)).unwrap();
    let result = from_js(analyzer.compare_pooled(180_000.0, 240_000.0, 60_000.0, 3, JsValue::UNDEFINED).unwrap());
    assert_eq!(result["baseline_total"], 152);
    let retry = &result["log_groups"][0];
    assert_eq!((retry["template_id"].as_str(), retry["baseline_periods_seen"].as_u64()), (Some("b"), Some(1)));
    assert!(retry["q_value"].as_f64().unwrap() >= retry["p_value"].as_f64().unwrap());
    let strict = js(&json!({"max_q_value": 1e-300}));
    let none = from_js(analyzer.compare_pooled(180_000.0, 240_000.0, 60_000.0, 3, strict).unwrap());
    assert_eq!(none["log_groups"], json!([]));
    assert!(analyzer.compare_pooled(180_000.0, 240_000.0, 0.0, 3, JsValue::UNDEFINED).is_err());
    assert!(analyzer.compare_pooled(180_000.0, 240_000.0, 60_000.0, 0, JsValue::UNDEFINED).is_err());
}

#[wasm_bindgen_test]
fn miner_in_the_browser() {
    let mut miner = TemplateMiner::new();
    let lines: Vec<String> =
        (0..5).map(|i| format!("GET /api/items/{i} 200 in {i}ms")).chain(["disk full".to_string()]).collect();
    let mined = from_js(miner.mine_all(lines).unwrap());
    let ids = mined["template_ids"].as_array().unwrap();
    assert_eq!(ids[0], ids[4]);
    assert_ne!(ids[0], ids[5]);
    assert_eq!(miner.template(ids[0].as_str().unwrap()).unwrap().as_deref(), Some("GET <*> in <*>"));
    assert!(miner.template("not-an-id").is_err());
}

#[wasm_bindgen_test]
fn slot_values_in_the_browser() {
    assert_eq!(slot_values("user=<*> from <*>", "user=bob from 10.0.0.1"), Some(vec!["bob".into(), "10.0.0.1".into()]));
    assert_eq!(slot_values("user=<*> from <*>", "something else"), None);
    let before: Vec<String> = (0..30).map(|i| format!("user=u{} from h", i % 3)).collect();
    let mut now = before.clone();
    now.extend((0..40).map(|_| "user=eve from h".to_string()));
    let result = from_js(compare_slots("user=<*> from <*>", now, before, JsValue::UNDEFINED).unwrap());
    assert_eq!(result["slots"][0]["values"][0]["value"], "eve");
    assert_eq!(result["slots"][0]["values"][0]["status"], "new");
    assert_eq!(result["current_unaligned"], 0);
}
