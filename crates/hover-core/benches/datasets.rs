//! The grouping-accuracy measure, shared by the miner benchmark and the accuracy test
//! (`tests/grouping_accuracy.rs`); the Loghub-2k data comes from `hover_testkit::loghub`.

use hover_core::TemplateId;
use std::collections::HashMap;

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
