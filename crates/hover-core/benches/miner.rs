//! Template miner: grouping accuracy (GA) on every Loghub-2k dataset in `../shared/loghub-2k`
//! with the default configuration, and single-threaded throughput over a stream of at least
//! one million lines. Where Python's `drain3` is installed, the same run times it on the same
//! stream and prints the ratio. Run: `cargo bench -p hover-core --bench miner`.

mod datasets;

use datasets::grouping_accuracy;
use hover_core::{TemplateId, TemplateMiner};
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Prints the predicted groups that mix true events, and the true events split over groups.
fn explain_mistakes(miner: &TemplateMiner, rows: &[(String, String)], predicted: &[TemplateId]) {
    let mut by_pred: HashMap<TemplateId, Vec<usize>> = HashMap::new();
    let mut by_true: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in predicted.iter().enumerate() {
        by_pred.entry(*p).or_default().push(i);
        by_true.entry(rows[i].1.as_str()).or_default().push(i);
    }
    for (id, lines) in &by_pred {
        let mut events: Vec<&str> = lines.iter().map(|&i| rows[i].1.as_str()).collect();
        events.sort();
        events.dedup();
        if events.len() > 1 {
            println!("    MERGED {} lines into {:?}", lines.len(), miner.template_text(*id).unwrap_or("?"));
            for e in events.iter().take(4) {
                let example = by_true[e].iter().find(|&&i| predicted[i] == *id).unwrap();
                println!("        {e}: {}", rows[*example].0);
            }
        }
    }
    for (event, lines) in &by_true {
        let mut preds: Vec<TemplateId> = lines.iter().map(|&i| predicted[i]).collect();
        preds.sort();
        preds.dedup();
        if preds.len() > 1 {
            println!("    SPLIT {event} ({} lines) over {} templates:", lines.len(), preds.len());
            for p in preds.iter().take(4) {
                println!("        {:?}", miner.template_text(*p).unwrap_or("?"));
            }
        }
    }
}

fn drain3_lines_per_second(stream_file: &Path) -> Option<f64> {
    let script = r#"
import sys, time
from drain3 import TemplateMiner
from drain3.template_miner_config import TemplateMinerConfig
config = TemplateMinerConfig()
config.profiling_enabled = False
miner = TemplateMiner(config=config)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
start = time.perf_counter()
for line in lines:
    miner.add_log_message(line)
print(len(lines) / (time.perf_counter() - start))
"#;
    let out = Command::new("python3").arg("-c").arg(script).arg(stream_file).output().ok()?;
    if !out.status.success() {
        eprintln!("drain3 not measured: {}", String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or(""));
        return None;
    }
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn mine_resolved<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<TemplateId> {
    let mut miner = TemplateMiner::default();
    let assigned: Vec<TemplateId> = lines.map(|l| miner.mine(l).template_id).collect();
    assigned.into_iter().map(|id| miner.resolve(id)).collect()
}

fn main() {
    let data = hover_testkit::loghub();
    println!("grouping accuracy, default configuration");
    let mut sum = 0.0;
    for (name, rows) in &data {
        let mut miner = TemplateMiner::default();
        let assigned: Vec<TemplateId> = rows.iter().map(|(content, _)| miner.mine(content).template_id).collect();
        let predicted: Vec<TemplateId> = assigned.iter().map(|&id| miner.resolve(id)).collect();
        let truth: Vec<String> = rows.iter().map(|(_, e)| e.clone()).collect();
        let ga = grouping_accuracy(&predicted, &truth);
        let templates = miner.templates().count();
        sum += ga;
        if std::env::var("HOVER_GA_DEBUG").is_ok_and(|d| d == *name) {
            explain_mistakes(&miner, rows, &predicted);
        }
        println!("  {name:<12} GA {ga:.4}  ({templates} templates)");
    }
    println!("  {:<12} GA {:.4}  over {} datasets", "mean", sum / data.len() as f64, data.len());

    // Order: mine every dataset backwards too. Same IDs per line means two ingest processes
    // that saw the lines in different orders agree.
    let (mut same_id, mut total) = (0usize, 0usize);
    for (_, rows) in &data {
        let forward = mine_resolved(rows.iter().map(|(c, _)| c.as_str()));
        let mut backward = mine_resolved(rows.iter().rev().map(|(c, _)| c.as_str()));
        backward.reverse();
        same_id += forward.iter().zip(&backward).filter(|(a, b)| a == b).count();
        total += rows.len();
    }
    println!(
        "order: {:.2}% of lines get the same template ID when each dataset is mined in reverse",
        100.0 * same_id as f64 / total as f64
    );

    let all: Vec<&str> = data.iter().flat_map(|(_, rows)| rows.iter().map(|(c, _)| c.as_str())).collect();
    let repeats = 1_000_000usize.div_ceil(all.len());
    let stream: Vec<&str> = (0..repeats).flat_map(|_| all.iter().copied()).collect();
    let bytes: usize = stream.iter().map(|l| l.len() + 1).sum();
    let mut miner = TemplateMiner::default();
    let start = Instant::now();
    let mut checksum = 0u64;
    for line in &stream {
        checksum ^= miner.mine(line).template_id.0;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let hover_rate = stream.len() as f64 / elapsed;
    println!(
        "throughput, single thread: {} lines ({:.1} MB) in {:.3} s = {:.0} lines/s ({:.0} MB/s) [checksum {checksum:x}]",
        stream.len(),
        bytes as f64 / 1e6,
        elapsed,
        hover_rate,
        bytes as f64 / 1e6 / elapsed
    );
    // The first pass alone: every masked form is new to the miner.
    let mut cold = TemplateMiner::default();
    let start = Instant::now();
    for line in &all {
        std::hint::black_box(cold.mine(line));
    }
    println!("  first pass only (cold miner): {:.0} lines/s", all.len() as f64 / start.elapsed().as_secs_f64());

    let stream_file = std::env::temp_dir().join(format!("hover-miner-stream-{}.txt", std::process::id()));
    std::fs::write(&stream_file, stream.join("\n")).unwrap();
    match drain3_lines_per_second(&stream_file) {
        Some(rate) => println!(
            "drain3 (default config) on the same stream: {rate:.0} lines/s -> hover is {:.1}x faster",
            hover_rate / rate
        ),
        None => println!("drain3 is not installed (pip install drain3): no ratio measured"),
    }
    let _ = std::fs::remove_file(stream_file);
}
