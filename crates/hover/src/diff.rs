//! `hover diff BASELINE.log CURRENT.log`: what is different in this run's logs?

use crate::logfile::read_lines;
use crate::UsageError;
use clap::Args;
use hover_core::{
    compare_slots, ChangeStatus, CompareOptions, CountTable, Described, LogGroup, Method, SlotChange, SlotSummary,
    TemplateId, TemplateMiner, DEFAULT_LIMIT,
};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Example lines shown per template.
const REPRESENTATIVES: usize = 3;

#[derive(Args)]
pub struct DiffArgs {
    /// The log of a run that was fine.
    baseline: PathBuf,
    /// The log of the run to explain.
    current: PathBuf,
    #[arg(long, default_value = "kl")]
    method: Method,
    /// How many templates to show; 0 shows all.
    #[arg(long, default_value_t = DEFAULT_LIMIT)]
    limit: usize,
    /// Leave out templates whose Benjamini–Hochberg q-value is above this.
    #[arg(long)]
    max_q_value: Option<f64>,
    /// Also show, for each template shown, which values of its `<*>`s changed most.
    #[arg(long)]
    values: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

/// Values shown per slot with `--values`.
const VALUES_PER_SLOT: usize = 5;

#[derive(Serialize)]
struct DiffOutput {
    method: Method,
    divergence: f64,
    baseline_lines: u64,
    current_lines: u64,
    log_groups: Vec<DiffGroup>,
}

#[derive(Serialize)]
struct DiffGroup {
    #[serde(flatten)]
    group: LogGroup,
    /// With `--values`: each `<*>`'s values that changed most.
    #[serde(skip_serializing_if = "Option::is_none")]
    slots: Option<Vec<SlotSummary>>,
}

/// Counts per template and its lines.
#[derive(Default)]
struct Window<'a> {
    counts: BTreeMap<TemplateId, u64>,
    lines: BTreeMap<TemplateId, Vec<&'a str>>,
}

impl<'a> Window<'a> {
    fn new(lines: &'a [String], ids: &[TemplateId]) -> Self {
        let mut window = Window::default();
        for (line, &id) in lines.iter().zip(ids) {
            *window.counts.entry(id).or_default() += 1;
            window.lines.entry(id).or_default().push(line);
        }
        window
    }

    fn lines_of(&self, id: TemplateId) -> &[&'a str] {
        self.lines.get(&id).map_or(&[], Vec::as_slice)
    }
}

pub fn run(args: &DiffArgs) -> Result<(), UsageError> {
    let baseline_lines = read_lines(&args.baseline)?;
    let current_lines = read_lines(&args.current)?;
    // One miner for both files, so the same event gets the same template in both.
    let mut miner = TemplateMiner::default();
    let baseline_assigned = miner.mine_batch(&baseline_lines);
    let current_assigned = miner.mine_batch(&current_lines);
    // Templates may have generalised while the current file was mined: resolve again.
    let resolve = |ids: Vec<TemplateId>| ids.into_iter().map(|id| miner.resolve(id)).collect::<Vec<_>>();
    let (baseline_ids, current_ids) = (resolve(baseline_assigned), resolve(current_assigned));
    let baseline = Window::new(&baseline_lines, &baseline_ids);
    let current = Window::new(&current_lines, &current_ids);

    let names: BTreeMap<TemplateId, String> =
        baseline.counts.keys().chain(current.counts.keys()).map(|id| (*id, id.to_string())).collect();
    let table = CountTable::from_windows(
        current.counts.iter().map(|(id, n)| (names[id].as_str(), *n)),
        baseline.counts.iter().map(|(id, n)| (names[id].as_str(), *n)),
    );
    let comparison = table.compare(&CompareOptions {
        method: args.method,
        limit: args.limit,
        max_q_value: args.max_q_value,
        ..Default::default()
    });
    let id_of = |index: usize| -> TemplateId { table.ids[index].parse().expect("ids come from TemplateId") };
    let groups: Vec<LogGroup> = comparison.log_groups(|change| {
        let id = id_of(change.index);
        // Vanished templates can only be shown with baseline lines.
        let source = if change.current_count > 0 { &current } else { &baseline };
        Described {
            template_id: id.to_string(),
            template: miner.template_text(id).map(str::to_string),
            representative_logs: source.lines_of(id).iter().take(REPRESENTATIVES).map(|s| s.to_string()).collect(),
            first_seen: None,
        }
    });
    let groups = groups
        .into_iter()
        .zip(&comparison.changes)
        .map(|(group, change)| {
            let id = id_of(change.index);
            let slots = args.values.then(|| {
                let options = CompareOptions { method: args.method, limit: VALUES_PER_SLOT, ..Default::default() };
                let text = miner.template_text(id).unwrap_or_default();
                let slots = compare_slots(text, current.lines_of(id), baseline.lines_of(id), &options).slots;
                slots.iter().map(SlotChange::summary).collect()
            });
            DiffGroup { group, slots }
        })
        .collect();
    let output = DiffOutput {
        method: comparison.method,
        divergence: comparison.divergence,
        baseline_lines: comparison.baseline_total,
        current_lines: comparison.current_total,
        log_groups: groups,
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&output).expect("finite numbers and strings only"));
    } else {
        print_table(&output);
    }
    Ok(())
}

fn print_table(output: &DiffOutput) {
    println!(
        "{} lines before, {} lines now; divergence {:.4} ({})",
        output.baseline_lines, output.current_lines, output.divergence, output.method
    );
    if output.log_groups.is_empty() {
        match output.baseline_lines.min(output.current_lines) {
            0 => println!("no changes: one of the logs is empty"),
            _ => println!("no template changed enough to pass the cut"),
        }
        return;
    }
    println!(
        "{:>4}  {:<9} {:>10} {:>8} {:>8} {:>9} {:>9}  template",
        "rank", "status", "change", "before", "now", "p-value", "q-value"
    );
    for (rank, DiffGroup { group, slots }) in output.log_groups.iter().enumerate() {
        let change = match group.status {
            ChangeStatus::New => "new".to_string(),
            ChangeStatus::Gone => "gone".to_string(),
            _ => format!("{:+.1}%", group.relative_change * 100.0),
        };
        println!(
            "{:>4}  {:<9} {:>10} {:>8} {:>8} {:>9.2e} {:>9.2e}  {}",
            rank + 1,
            group.status.name(),
            change,
            group.baseline_count,
            group.current_count,
            group.p_value,
            group.q_value,
            group.template.as_deref().unwrap_or(&group.template_id)
        );
        if let Some(example) = group.representative_logs.first() {
            println!("{:>65}e.g. {}", "", example);
        }
        for slot in slots.iter().flatten() {
            let values: Vec<String> = slot
                .values
                .iter()
                .map(|v| format!("{:?}: {} → {}", v.value, v.baseline_count, v.current_count))
                .collect();
            println!("{:>65}{} ({} values): {}", "", slot.token, slot.distinct_values, values.join(", "));
        }
    }
}
