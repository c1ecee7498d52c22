//! A fingerprint of every number the core computes for the shared reference vectors, under
//! every method: the bits of each divergence, contribution, relative change, G and p-value,
//! hashed. Native and wasm32 builds must produce the same fingerprint (stronger than agreeing
//! to 1e-12). Shared by `hover-core/tests/reference_vectors.rs` and the browser tests in
//! `hover-wasm/tests/web.rs`; the expected value is in `vectors.digest` beside this file.

use hover_core::{CompareOptions, CountTable, Method, TemplateId};
use std::collections::BTreeMap;
use std::fmt::Write;

pub fn vector_digest(vectors_json: &str) -> String {
    #[derive(serde::Deserialize)]
    struct Case {
        current: BTreeMap<String, u64>,
        baseline: BTreeMap<String, u64>,
    }
    #[derive(serde::Deserialize)]
    struct Doc {
        cases: Vec<Case>,
    }
    let doc: Doc = serde_json::from_str(vectors_json).expect("vectors parse");
    let mut bits = String::new();
    for case in &doc.cases {
        let table = CountTable::from_windows(
            case.current.iter().map(|(k, v)| (k.as_str(), *v)),
            case.baseline.iter().map(|(k, v)| (k.as_str(), *v)),
        );
        for method in Method::ALL {
            let result = table.compare(&CompareOptions { method, limit: 0, max_p_value: None, max_q_value: None });
            write!(bits, "{:x};", result.divergence.to_bits()).unwrap();
            for c in &result.changes {
                for x in
                    [c.contribution, c.relative_change, c.g_statistic, c.p_value, c.current_share, c.baseline_share]
                {
                    write!(bits, "{:x},", x.to_bits()).unwrap();
                }
            }
        }
    }
    format!("{} over {} bytes", TemplateId::of_text(&bits), bits.len())
}
