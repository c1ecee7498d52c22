//! Loghub-2k data from `../shared/loghub-2k` and the grouping-accuracy measure. Shared by the
//! miner benchmark and the accuracy test (`tests/grouping_accuracy.rs`).

use hover_core::TemplateId;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn shared_dir() -> PathBuf {
    std::env::var_os("HOVER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

/// (dataset name, [(content, true event id)]) for every `*_structured.csv`.
pub fn datasets() -> Vec<(String, Vec<(String, String)>)> {
    let root = shared_dir().join("loghub-2k");
    let mut names: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("reading {}: {e}", root.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let path = root.join(&name).join(format!("{name}_2k.log_structured.csv"));
            let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let headers = reader.headers().unwrap().clone();
            let column = |n: &str| headers.iter().position(|h| h == n).unwrap();
            let (content, event) = (column("Content"), column("EventId"));
            let rows =
                reader.records().map(|r| r.unwrap()).map(|r| (r[content].to_string(), r[event].to_string())).collect();
            (name, rows)
        })
        .collect()
}

/// Grouping accuracy: a line is correct when its predicted group holds exactly the lines of
/// its true group.
pub fn grouping_accuracy(predicted: &[TemplateId], truth: &[String]) -> f64 {
    let mut true_sizes: HashMap<&str, usize> = HashMap::new();
    for t in truth {
        *true_sizes.entry(t).or_default() += 1;
    }
    let mut groups: HashMap<TemplateId, Vec<usize>> = HashMap::new();
    for (i, p) in predicted.iter().enumerate() {
        groups.entry(*p).or_default().push(i);
    }
    let correct: usize = groups
        .values()
        .filter(|lines| {
            let label = &truth[lines[0]];
            lines.iter().all(|&i| &truth[i] == label) && true_sizes[label.as_str()] == lines.len()
        })
        .map(Vec::len)
        .sum();
    correct as f64 / truth.len() as f64
}
