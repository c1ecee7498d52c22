//! `hover diff BASELINE.log CURRENT.log`: what is different in this run's logs?

use crate::logfile::for_each_line;
use crate::UsageError;
use clap::Args;
use hover_core::{
    compare_slots, ChangeStatus, CompareOptions, CountTable, Described, LogGroup, Method, SlotChange, SlotSummary,
    TemplateId, TemplateMiner, DEFAULT_LIMIT,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

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

/// What is kept of one file as it is mined, by the template ID each line got then (resolved
/// once both files are mined): counts, each ID's first lines, and with `--values` each line's
/// ID. The lines themselves are not kept, so a log larger than memory can be compared.
#[derive(Default)]
struct MinedFile {
    /// ID → its count and its first lines with their numbers: one look-up a line.
    by_id: HashMap<TemplateId, (u64, Vec<(usize, String)>)>,
    ids: Vec<TemplateId>,
    /// Standard input's lines, with `--values`: it cannot be read a second time.
    stdin_lines: Vec<String>,
}

fn mine_file(miner: &mut TemplateMiner, path: &Path, keep_ids: bool) -> Result<MinedFile, UsageError> {
    let mut file = MinedFile::default();
    let mut number = 0;
    for_each_line(path, |line| {
        let id = miner.mine(line).template_id;
        let (count, first) = file.by_id.entry(id).or_default();
        *count += 1;
        if first.len() < REPRESENTATIVES {
            first.push((number, line.to_string()));
        }
        if keep_ids {
            file.ids.push(id);
            if path == Path::new("-") {
                file.stdin_lines.push(line.to_string());
            }
        }
        number += 1;
    })?;
    Ok(file)
}

/// One file's counts and first lines per template as the templates are once both files are
/// mined.
#[derive(Default)]
struct Window {
    counts: BTreeMap<TemplateId, u64>,
    first_lines: BTreeMap<TemplateId, Vec<String>>,
}

impl Window {
    fn new(file: &MinedFile, miner: &TemplateMiner) -> Self {
        let mut window = Window::default();
        // A template's first lines are among the first lines of the IDs it took in.
        let mut first: BTreeMap<TemplateId, Vec<&(usize, String)>> = BTreeMap::new();
        for (&id, (count, lines)) in &file.by_id {
            let id = miner.resolve(id);
            *window.counts.entry(id).or_default() += count;
            first.entry(id).or_default().extend(lines);
        }
        for (id, mut lines) in first {
            lines.sort_unstable_by_key(|(number, _)| *number);
            let lines = lines.into_iter().take(REPRESENTATIVES).map(|(_, line)| line.clone()).collect();
            window.first_lines.insert(id, lines);
        }
        window
    }
}

/// Every line of `path` (mined as `file`) whose template is one of `wanted`, by template:
/// the file is read a second time, standard input taken from what was kept.
fn lines_of(
    path: &Path,
    file: &MinedFile,
    miner: &TemplateMiner,
    wanted: &BTreeSet<TemplateId>,
) -> Result<BTreeMap<TemplateId, Vec<String>>, UsageError> {
    let mut lines: BTreeMap<TemplateId, Vec<String>> = BTreeMap::new();
    let mut ids = file.ids.iter();
    let mut keep = |line: &str| {
        // Lines written to the file since it was mined (a live log) were not counted either.
        let Some(&id) = ids.next() else { return };
        let id = miner.resolve(id);
        if wanted.contains(&id) {
            lines.entry(id).or_default().push(line.to_string());
        }
    };
    if path == Path::new("-") {
        file.stdin_lines.iter().for_each(|line| keep(line));
    } else {
        for_each_line(path, keep)?;
    }
    Ok(lines)
}

pub fn run(args: &DiffArgs) -> Result<(), UsageError> {
    // One miner for both files, so the same event gets the same template in both.
    let mut miner = TemplateMiner::default();
    let baseline_file = mine_file(&mut miner, &args.baseline, args.values)?;
    let current_file = mine_file(&mut miner, &args.current, args.values)?;
    // Templates may have generalised while the current file was mined: resolved now.
    let baseline = Window::new(&baseline_file, &miner);
    let current = Window::new(&current_file, &miner);

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
            representative_logs: source.first_lines.get(&id).cloned().unwrap_or_default(),
            first_seen: None,
        }
    });
    // With `--values`, the lines of the templates shown, read again.
    let (mut baseline_lines, mut current_lines) = (BTreeMap::new(), BTreeMap::new());
    if args.values {
        let shown: BTreeSet<TemplateId> = comparison.changes.iter().map(|change| id_of(change.index)).collect();
        baseline_lines = lines_of(&args.baseline, &baseline_file, &miner, &shown)?;
        current_lines = lines_of(&args.current, &current_file, &miner, &shown)?;
    }
    let groups = groups
        .into_iter()
        .zip(&comparison.changes)
        .map(|(group, change)| {
            let id = id_of(change.index);
            let slots = args.values.then(|| {
                let options = CompareOptions { method: args.method, limit: VALUES_PER_SLOT, ..Default::default() };
                let text = miner.template_text(id).unwrap_or_default();
                let now = current_lines.get(&id).map_or(&[][..], Vec::as_slice);
                let before = baseline_lines.get(&id).map_or(&[][..], Vec::as_slice);
                compare_slots(text, now, before, &options).slots.iter().map(SlotChange::summary).collect()
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
