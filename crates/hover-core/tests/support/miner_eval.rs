//! The miner scored against ground truth, shared by the accuracy test
//! (`tests/grouping_accuracy.rs`) and the miner benchmark (`benches/miner.rs`): GA, FGA and PA
//! per dataset, leave-one-dataset-out, and the perturbation suite.

use hover_core::{MinerConfig, TemplateId, TemplateMiner};
use hover_testkit::parsing::{
    f1_grouping_accuracy, grouping_accuracy, parsing_accuracy, perturb, Dataset, PERTURBATIONS,
};

/// Each line's final template ID and text after mining all of `lines` in order.
pub fn mine(config: MinerConfig, lines: &[&str]) -> (Vec<TemplateId>, Vec<String>) {
    let mut miner = TemplateMiner::new(config);
    let assigned: Vec<TemplateId> = lines.iter().map(|l| miner.mine(l).template_id).collect();
    let ids: Vec<TemplateId> = assigned.into_iter().map(|id| miner.resolve(id)).collect();
    let texts = ids.iter().map(|&id| miner.template_text(id).unwrap_or_default().to_string()).collect();
    (ids, texts)
}

#[derive(Debug, Clone, Copy)]
pub struct Scores {
    pub ga: f64,
    pub fga: f64,
    pub pa: f64,
    pub templates: usize,
}

pub fn score(config: MinerConfig, data: &Dataset) -> Scores {
    let (ids, texts) = mine(config, &data.contents());
    let events = data.events();
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let mut distinct = ids.clone();
    distinct.sort();
    distinct.dedup();
    Scores {
        ga: grouping_accuracy(&ids, &events),
        fga: f1_grouping_accuracy(&ids, &events),
        pa: parsing_accuracy(&texts, &data.templates()),
        templates: distinct.len(),
    }
}

/// GA on the dataset's whole lines, header included, against the same truth: `None` when
/// there are none to read, or not one per labelled line.
pub fn raw_ga(data: &Dataset) -> Option<f64> {
    let raw: Vec<&str> = data.raw.iter().map(String::as_str).collect();
    (raw.len() == data.lines.len() && !raw.is_empty())
        .then(|| grouping_accuracy(&mine(MinerConfig::default(), &raw).0, &data.events()))
}

pub fn mean(values: impl IntoIterator<Item = f64>) -> f64 {
    let values: Vec<f64> = values.into_iter().collect();
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

/// The configurations leave-one-dataset-out chooses from: every threshold the miner has.
pub fn candidate_configs() -> Vec<MinerConfig> {
    let mut configs = Vec::new();
    for min_distinct_values in 2..=6 {
        configs.push(MinerConfig { min_distinct_values, ..MinerConfig::default() });
    }
    configs
}

/// Leave-one-dataset-out: for each dataset, the configuration with the best mean GA on the
/// *other* datasets, and the GA it then gets on the one left out.
pub fn leave_one_out(data: &[Dataset]) -> Vec<(String, MinerConfig, f64)> {
    let configs = candidate_configs();
    // ga[c][d]: GA of configuration c on dataset d.
    let ga: Vec<Vec<f64>> = configs.iter().map(|&c| data.iter().map(|d| score(c, d).ga).collect()).collect();
    (0..data.len())
        .map(|held_out| {
            let train = |c: usize| mean((0..data.len()).filter(|&d| d != held_out).map(|d| ga[c][d]));
            let best = (0..configs.len()).fold(0, |best, c| if train(c) > train(best) { c } else { best });
            (data[held_out].name.clone(), configs[best], ga[best][held_out])
        })
        .collect()
}

/// GA on each dataset when all of them are mined by one miner, their lines interleaved (a
/// line of each in turn), as the server's one miner takes every service's logs: what one log
/// teaches it (a word that comes before values) must not regroup another.
pub fn one_miner_ga(data: &[Dataset]) -> Vec<f64> {
    let longest = data.iter().map(|d| d.lines.len()).max().unwrap_or(0);
    // (dataset, line) in the order the miner sees them.
    let order: Vec<(usize, usize)> = (0..longest)
        .flat_map(|i| (0..data.len()).filter(move |&d| i < data[d].lines.len()).map(move |d| (d, i)))
        .collect();
    let lines: Vec<&str> = order.iter().map(|&(d, i)| data[d].lines[i].content.as_str()).collect();
    let (ids, _) = mine(MinerConfig::default(), &lines);
    (0..data.len())
        .map(|d| {
            let mut own = vec![None; data[d].lines.len()];
            for (&(of, i), &id) in order.iter().zip(&ids) {
                if of == d {
                    own[i] = Some(id);
                }
            }
            let own: Vec<TemplateId> = own.into_iter().map(|id| id.expect("every line is mined")).collect();
            grouping_accuracy(&own, &data[d].events())
        })
        .collect()
}

/// GA of the default configuration on each perturbation of each dataset.
pub fn perturbation_gas(data: &[Dataset]) -> Vec<(&'static str, Vec<f64>)> {
    PERTURBATIONS
        .iter()
        .map(|&kind| (kind, data.iter().map(|d| score(MinerConfig::default(), &perturb(d, kind)).ga).collect()))
        .collect()
}
