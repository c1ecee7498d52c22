//! The miner's default configuration on every Loghub-2k dataset: GA mean ≥ 0.95, none below
//! 0.85 (the bar), and the same IDs when the same lines are mined twice.

#[path = "../benches/datasets.rs"]
mod datasets;

use hover_core::{TemplateId, TemplateMiner};

fn mine(lines: &[&str]) -> (TemplateMiner, Vec<TemplateId>) {
    let mut miner = TemplateMiner::default();
    let assigned: Vec<TemplateId> = lines.iter().map(|l| miner.mine(l).template_id).collect();
    let resolved = assigned.iter().map(|&id| miner.resolve(id)).collect();
    (miner, resolved)
}

#[test]
fn default_configuration_groups_loghub_accurately() {
    let data = hover_testkit::loghub();
    assert!(data.len() >= 11, "expected the 11 Loghub-2k datasets, found {}", data.len());
    let mut scores = Vec::new();
    for (name, rows) in &data {
        let lines: Vec<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
        let truth: Vec<String> = rows.iter().map(|(_, e)| e.clone()).collect();
        let (_, predicted) = mine(&lines);
        let ga = datasets::grouping_accuracy(&predicted, &truth);
        eprintln!("{name:<12} GA {ga:.4}");
        assert!(ga >= 0.85, "{name}: GA {ga:.4} is below 0.85");
        scores.push(ga);
        // Determinism: a second miner fed the same lines hands out the same IDs.
        assert_eq!(mine(&lines).1, predicted, "{name}: IDs differ between two runs");
    }
    let mean = scores.iter().sum::<f64>() / scores.len() as f64;
    eprintln!("mean GA {mean:.4}");
    assert!(mean >= 0.95, "mean GA {mean:.4} is below 0.95");
}
