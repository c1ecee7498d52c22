//! Agreement with `../shared/vectors/divergence.json`, reference values computed with scipy.

#[path = "support/vector_digest.rs"]
mod vector_digest;

use hover_core::{CompareOptions, CountTable, Method};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

fn vectors_path() -> PathBuf {
    if let Ok(dir) = std::env::var("HOVER_SHARED") {
        return PathBuf::from(dir).join("vectors/divergence.json");
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/vectors/divergence.json")
}

/// |a − b| within `rel` of the expected value; exact zeros compare with a tiny absolute slack.
fn close(actual: f64, expected: f64, rel: f64) -> bool {
    (actual - expected).abs() <= rel * expected.abs() || (actual - expected).abs() <= 1e-300
}

fn table(case: &Value) -> CountTable {
    let window = |key: &str| -> BTreeMap<String, u64> { serde_json::from_value(case[key].clone()).unwrap() };
    let (current, baseline) = (window("current"), window("baseline"));
    CountTable::from_windows(
        current.iter().map(|(k, v)| (k.as_str(), *v)),
        baseline.iter().map(|(k, v)| (k.as_str(), *v)),
    )
}

#[test]
fn agrees_with_scipy_reference_vectors() {
    let path = vectors_path();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let doc: Value = serde_json::from_str(&text).unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 10, "expected the full vector set");
    let (mut checked_groups, mut checked_js, mut strict_p_values, mut explained_by_reference_rounding) = (0, 0, 0, 0);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let expected = &case["expected"];
        let table = table(case);
        let kl = table.compare(&CompareOptions { method: Method::Kl, limit: 0, max_p_value: None, max_q_value: None });
        let want = expected["divergence"].as_f64().unwrap();
        assert!(close(kl.divergence, want, 1e-9), "{name}: divergence {} vs {want}", kl.divergence);

        let groups = expected["groups"].as_array().unwrap();
        let got_totals = (kl.current_total as f64, kl.baseline_total as f64);
        assert_eq!(kl.changes.len(), groups.len(), "{name}: number of groups");
        for (rank, (got, want)) in kl.changes.iter().zip(groups).enumerate() {
            let id = want["template_id"].as_str().unwrap();
            assert_eq!(table.ids[got.index], id, "{name}: template at rank {rank}");
            assert_eq!(got.current_count, want["current_count"].as_u64().unwrap());
            assert_eq!(got.baseline_count, want["baseline_count"].as_u64().unwrap());
            let c = want["contribution"].as_f64().unwrap();
            assert!(close(got.contribution, c, 1e-9), "{name}/{id}: contribution {} vs {c}", got.contribution);
            let (p, g) = (want["p_value"].as_f64().unwrap(), want["g_statistic"].as_f64().unwrap());
            // The reference computes G as Σ O·ln(O/E) in float64, which loses about
            // ε·N_total in absolute terms when windows hold billions of lines (checked with
            // mpmath at 50 digits: there the reference p-values are off by up to 1.2e-5 while
            // Hover's agree to 1e-15; see significance.rs). A p-value outside 1e-6 passes only
            // where that rounding error of the reference explains the difference in G.
            let reference_g_error = 64.0 * f64::EPSILON * (got_totals.0 + got_totals.1);
            let g_close = (got.g_statistic - g).abs() <= reference_g_error.max(1e-6 * g.abs());
            assert!(g_close, "{name}/{id}: G {} vs {g}", got.g_statistic);
            if close(got.p_value, p, 1e-6) {
                strict_p_values += 1;
            } else {
                assert!(reference_g_error > 1e-7, "{name}/{id}: p-value {} vs {p}", got.p_value);
                explained_by_reference_rounding += 1;
            }
            checked_groups += 1;
        }

        if let Some(js) = expected.get("js_divergence_bits").and_then(Value::as_f64) {
            let got =
                table.compare(&CompareOptions { method: Method::Js, limit: 0, max_p_value: None, max_q_value: None });
            assert!(
                close(got.divergence, js, 1e-9) || (got.divergence - js).abs() < 1e-15,
                "{name}: JS {} vs {js}",
                got.divergence
            );
            checked_js += 1;
        }
    }
    eprintln!(
        "checked {checked_groups} groups: {strict_p_values} p-values within 1e-6, \
         {explained_by_reference_rounding} within the reference's rounding; {checked_js} JS values"
    );
    assert!(
        checked_groups > 1000 && checked_js > 10 && strict_p_values > 10 * explained_by_reference_rounding,
        "too few values checked: {checked_groups} groups, {strict_p_values} p-values within 1e-6 \
         ({explained_by_reference_rounding} outside, within the reference's rounding), {checked_js} JS"
    );
}

#[test]
fn fingerprint_of_every_number_is_the_recorded_one() {
    let text = std::fs::read_to_string(vectors_path()).unwrap();
    let digest = vector_digest::vector_digest(&text);
    let recorded = include_str!("support/vectors.digest").trim();
    // The wasm build in the browser checks the same recorded value (hover-wasm/tests/web.rs).
    assert_eq!(
        digest, recorded,
        "the core's numbers changed; if intended, write the new digest to tests/support/vectors.digest"
    );
}
