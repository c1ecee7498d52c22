//! Template miner: grouping accuracy (GA), F1 grouping accuracy (FGA) and parsing accuracy
//! (PA) on every Loghub-2k dataset in `../shared/loghub-2k` with the default configuration,
//! leave-one-dataset-out GA, GA on the perturbation suite, and single-threaded throughput over
//! a stream of at least one million lines (the median of five passes). Where Python's
//! `drain3` is installed, the same run times it on the same stream (the median of three
//! passes) and prints the ratio. Last, a log where every message is another
//! event (20,000 templates), as plain lines, JSON and logfmt; one where each event comes with
//! three user names and merges (`users`); one whose words come back before values (`words`);
//! and one of one-word messages (`one-word`): the cost of a new template or of a merge must not
//! grow with the templates already seen. Run: `cargo bench -p hover-core --bench miner`.

#[path = "../tests/support/miner_eval.rs"]
mod miner_eval;

use hover_core::{MinerConfig, TemplateId, TemplateMiner};
use hover_testkit::parsing::{perturb, Dataset};
use miner_eval::{leave_one_out, mean, mine, one_miner_ga, perturbation_gas, raw_ga, score};
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Prints the predicted groups that mix true events, and the true events split over groups.
fn explain_mistakes(data: &Dataset) {
    let contents = data.contents();
    let (predicted, texts) = mine(MinerConfig::default(), &contents);
    let mut by_pred: HashMap<TemplateId, Vec<usize>> = HashMap::new();
    let mut by_true: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in predicted.iter().enumerate() {
        by_pred.entry(*p).or_default().push(i);
        by_true.entry(data.lines[i].event.as_str()).or_default().push(i);
    }
    for lines in by_pred.values() {
        let mut events: Vec<&str> = lines.iter().map(|&i| data.lines[i].event.as_str()).collect();
        events.sort();
        events.dedup();
        if events.len() > 1 {
            println!("    MERGED {} lines into {:?}", lines.len(), texts[lines[0]]);
            for e in events.iter().take(4) {
                let example = by_true[e].iter().find(|&&i| predicted[i] == predicted[lines[0]]).unwrap();
                println!("        {e}: {}", contents[*example]);
            }
        }
    }
    for (event, lines) in &by_true {
        let mut preds: Vec<usize> = lines.clone();
        preds.sort_by_key(|&i| predicted[i]);
        preds.dedup_by_key(|i| predicted[*i]);
        if preds.len() > 1 {
            println!("    SPLIT {event} ({} lines) over {} templates:", lines.len(), preds.len());
            for &i in preds.iter().take(4) {
                println!("        {:?}  e.g. {:?}", texts[i], contents[i]);
            }
        }
    }
    let mut wrong_text: Vec<(&str, &str)> = data
        .lines
        .iter()
        .zip(&texts)
        .filter(|(l, t)| {
            hover_testkit::parsing::canonical_template(t) != hover_testkit::parsing::canonical_template(&l.template)
        })
        .map(|(l, t)| (l.template.as_str(), t.as_str()))
        .collect();
    wrong_text.sort();
    wrong_text.dedup();
    for (truth, got) in wrong_text.iter().take(40) {
        println!("    TEXT {truth:?}\n      GOT {got:?}");
    }
}

/// drain3's rate on `stream_file`: the median of `runs` passes, each with a new miner.
fn drain3_lines_per_second(stream_file: &Path, runs: usize) -> Option<f64> {
    let script = r#"
import sys, time
from drain3 import TemplateMiner
from drain3.template_miner_config import TemplateMinerConfig
config = TemplateMinerConfig()
config.profiling_enabled = False
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
for _ in range(int(sys.argv[2])):
    miner = TemplateMiner(config=config)
    start = time.perf_counter()
    for line in lines:
        miner.add_log_message(line)
    print(len(lines) / (time.perf_counter() - start))
"#;
    // The repo's venv (`.tools/venv`, where the test command puts chDB) if it has drain3.
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/venv/bin/python");
    let python = if venv.exists() { venv.as_os_str().to_owned() } else { "python3".into() };
    let out = Command::new(python).arg("-c").arg(script).arg(stream_file).arg(runs.to_string()).output().ok()?;
    if !out.status.success() {
        eprintln!("drain3 not measured: {}", String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or(""));
        return None;
    }
    let rates: Option<Vec<f64>> = String::from_utf8_lossy(&out.stdout).lines().map(|l| l.trim().parse().ok()).collect();
    rates.filter(|r| r.len() == runs).map(median)
}

/// The middle of `rates` (of an even count, the upper middle one).
fn median(mut rates: Vec<f64>) -> f64 {
    rates.sort_by(f64::total_cmp);
    rates[rates.len() / 2]
}

/// drain3's cluster for each line of `file` (its default configuration), or `None` where it
/// is not installed.
fn drain3_clusters(file: &Path) -> Option<Vec<u64>> {
    let script = r#"
import sys
from drain3 import TemplateMiner
from drain3.template_miner_config import TemplateMinerConfig
config = TemplateMinerConfig()
config.profiling_enabled = False
miner = TemplateMiner(config=config)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
print("\n".join(str(miner.add_log_message(line)["cluster_id"]) for line in lines))
"#;
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.tools/venv/bin/python");
    let python = if venv.exists() { venv.as_os_str().to_owned() } else { "python3".into() };
    let out = Command::new(python).arg("-c").arg(script).arg(file).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).lines().filter_map(|l| l.parse().ok()).collect())
}

/// `count` lines whose messages are all different events: 2 to 5 words of letters from a
/// fixed pseudo-random sequence, after a timestamp and a level, as plain text, JSON or logfmt;
/// or, for `users`, a third as many events, each for three users in turn; or, for `words`,
/// four words of a 3,000-word vocabulary around a number (so words come back before values);
/// or, for `long`, 500 to 999 words of that vocabulary (each line a new template of that
/// many positions); or, for `one-word`, a message of one word (each line a sibling of every
/// other at that word, and none merges).
fn distinct_events(count: usize, format: &str) -> Vec<String> {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = move |below: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % below
    };
    let word = |next: &mut dyn FnMut(u64) -> u64| -> String {
        (0..3 + next(6)).map(|_| char::from(b'a' + next(26) as u8)).collect()
    };
    let vocabulary: Vec<String> = (0..3000).map(|_| word(&mut next)).collect();
    let mut message = String::new();
    (0..count)
        .map(|i| {
            let time = format!("2026-11-28T{:02}:{:02}:{:02}Z", i / 3600 % 24, i / 60 % 60, i % 60);
            if format == "users" && i % 3 != 0 {
                return format!("{time} INFO {message} for user {}", ["alice", "bob", "carol"][i % 3]);
            }
            if format == "long" {
                let words: Vec<&str> = (0..500 + next(500)).map(|_| vocabulary[next(3000) as usize].as_str()).collect();
                return format!("{time} INFO {}", words.join(" "));
            }
            if format == "one-word" {
                return format!("{time} ERROR {}", word(&mut next));
            }
            if format == "words" {
                let mut pick = || &vocabulary[next(3000) as usize];
                let (a, b, c, d) = (pick(), pick(), pick(), pick());
                return format!("{time} INFO {a} {b} {} {c} {d}", next(99_999));
            }
            let words: Vec<String> = (0..2 + next(4)).map(|_| word(&mut next)).collect();
            message = words.join(" ");
            match format {
                "json" => format!(r#"{{"time":"{time}","level":"info","msg":"{message}","n":{i}}}"#),
                "logfmt" => format!(r#"time={time} level=info msg="{message}" n={i}"#),
                "users" => format!("{time} INFO {message} for user dave"),
                _ => format!("{time} INFO {message} n={i}"),
            }
        })
        .collect()
}

/// Passes over the stream whose median rate the bench prints.
const PASSES: usize = 5;

fn mine_resolved<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<TemplateId> {
    let mut miner = TemplateMiner::default();
    let assigned: Vec<TemplateId> = lines.map(|l| miner.mine(l).template_id).collect();
    assigned.into_iter().map(|id| miner.resolve(id)).collect()
}

fn main() {
    let data = hover_testkit::loghub();
    let debug = std::env::var("HOVER_GA_DEBUG").unwrap_or_default();
    println!("default configuration: GA, FGA, PA per dataset");
    let mut all = Vec::new();
    for d in &data {
        let s = score(MinerConfig::default(), d);
        println!("  {:<12} GA {:.4}  FGA {:.4}  PA {:.4}  ({} templates)", d.name, s.ga, s.fga, s.pa, s.templates);
        all.push(s);
        if debug == d.name {
            explain_mistakes(d);
        }
    }
    println!(
        "  {:<12} GA {:.4}  FGA {:.4}  PA {:.4}  over {} datasets",
        "mean",
        mean(all.iter().map(|s| s.ga)),
        mean(all.iter().map(|s| s.fga)),
        mean(all.iter().map(|s| s.pa)),
        data.len()
    );
    println!("whole lines, header included (`<name>_2k.log`), against the same truth:");
    let raw: Vec<f64> =
        data.iter().filter_map(|d| raw_ga(d).inspect(|ga| println!("  {:<12} GA {ga:.4}", d.name))).collect();
    println!("  {:<12} GA {:.4}  over {} datasets", "mean", mean(raw.iter().copied()), raw.len());
    println!("leave one dataset out (thresholds chosen on the other datasets):");
    let folds = leave_one_out(&data);
    for (name, config, ga) in &folds {
        println!("  {name:<12} GA {ga:.4}  (chose min_distinct_values {})", config.min_distinct_values);
    }
    println!("  {:<12} GA {:.4}", "mean", mean(folds.iter().map(|f| f.2)));
    println!("one miner for all the datasets, their lines interleaved (as the server's one miner):");
    let together = one_miner_ga(&data);
    for (d, ga) in data.iter().zip(&together) {
        println!("  {:<12} GA {ga:.4}", d.name);
    }
    println!("  {:<12} GA {:.4}", "mean", mean(together));
    println!("perturbation suite (default configuration, mean GA over the datasets):");
    let scores: Vec<(&str, f64)> = perturbation_gas(&data).into_iter().map(|(kind, gas)| (kind, mean(gas))).collect();
    for &(kind, ga) in &scores {
        println!("  {kind:<15} GA {ga:.4}");
        if kind == "few_users" {
            // Its events get 2 or 3 names: each kind on its own, as 2 is the ambiguous one.
            for part in ["two_users", "three_users"] {
                let ga = mean(data.iter().map(|d| score(MinerConfig::default(), &perturb(d, part)).ga));
                println!("    {part:<13} GA {ga:.4}");
            }
        }
    }
    println!("  {:<15} GA {:.4}", "mean", mean(scores.iter().map(|s| s.1)));
    println!("generated whole lines in formats the Loghub-2k datasets lack (hover-testkit's formats/table.rs and table_later.rs), GA:");
    let file = std::env::temp_dir().join(format!("hover-formats-{}.log", std::process::id()));
    let (mut hover_gas, mut drain3_gas) = (Vec::new(), Vec::new());
    for d in hover_testkit::formats::generated_formats(3000) {
        let ga = score(MinerConfig::default(), &d).ga;
        hover_gas.push(ga);
        std::fs::write(&file, d.contents().join("\n")).expect("a temporary file");
        let drain3 = drain3_clusters(&file).filter(|ids| ids.len() == d.lines.len());
        let drain3 = drain3.map(|ids| hover_testkit::parsing::grouping_accuracy(&ids, &d.events()));
        drain3_gas.extend(drain3);
        let beside = drain3.map_or(String::new(), |g| format!("  drain3 {g:.4}"));
        println!("  {:<14} GA {ga:.4}{beside}", d.name);
    }
    let _ = std::fs::remove_file(&file);
    let drain3_mean =
        if drain3_gas.len() == hover_gas.len() { format!("  drain3 {:.4}", mean(drain3_gas)) } else { String::new() };
    println!("  {:<14} GA {:.4}{drain3_mean}", "mean", mean(hover_gas.iter().copied()));
    // Ten times the lines: rarer shapes of a value (a hex ID with no decimal digit) show up.
    let at_scale: Vec<f64> =
        hover_testkit::formats::generated_formats(30_000).iter().map(|d| score(MinerConfig::default(), d).ga).collect();
    let worse = hover_gas.iter().zip(&at_scale).filter(|(few, many)| **many < **few - 0.01).count();
    println!(
        "  {:<14} GA {:.4}  at 30,000 lines per format ({worse} formats lose more than 0.01 GA there)",
        "mean",
        mean(at_scale.iter().copied())
    );
    if let Some((name, kind)) = debug.split_once('+') {
        if let Some(d) = data.iter().find(|d| d.name == name) {
            explain_mistakes(&perturb(d, kind));
        }
    }

    // Order: mine every dataset backwards too. Same IDs per line means two ingest processes
    // that saw the lines in different orders agree.
    let (mut same_id, mut total) = (0usize, 0usize);
    for d in &data {
        let forward = mine_resolved(d.lines.iter().map(|l| l.content.as_str()));
        let mut backward = mine_resolved(d.lines.iter().rev().map(|l| l.content.as_str()));
        backward.reverse();
        same_id += forward.iter().zip(&backward).filter(|(a, b)| a == b).count();
        total += d.lines.len();
    }
    println!(
        "order: {:.2}% of lines get the same template ID when each dataset is mined in reverse",
        100.0 * same_id as f64 / total as f64
    );

    let all: Vec<&str> = data.iter().flat_map(|d| d.lines.iter().map(|l| l.content.as_str())).collect();
    let repeats = 1_000_000usize.div_ceil(all.len());
    let stream: Vec<&str> = (0..repeats).flat_map(|_| all.iter().copied()).collect();
    let bytes: usize = stream.iter().map(|l| l.len() + 1).sum();
    // A pass takes under a second, where a busy neighbour on a shared machine shows: the
    // median of five passes, each with a new miner (drain3's, below, of three of its own).
    let mut checksum = 0u64;
    let mut rates = Vec::new();
    for _ in 0..PASSES {
        let mut miner = TemplateMiner::default();
        let start = Instant::now();
        checksum = 0;
        for line in &stream {
            checksum ^= miner.mine(line).template_id.0;
        }
        rates.push(stream.len() as f64 / start.elapsed().as_secs_f64());
    }
    let (slowest, fastest) =
        (rates.iter().copied().fold(f64::MAX, f64::min), rates.iter().copied().fold(0.0, f64::max));
    let hover_rate = median(rates);
    println!(
        "throughput, single thread: {} lines ({:.1} MB), median of {PASSES} passes {:.3} s = {:.0} lines/s ({:.0} MB/s; passes {:.0} to {:.0}) [checksum {checksum:x}]",
        stream.len(),
        bytes as f64 / 1e6,
        stream.len() as f64 / hover_rate,
        hover_rate,
        bytes as f64 / 1e6 * hover_rate / stream.len() as f64,
        slowest,
        fastest
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
    match drain3_lines_per_second(&stream_file, 3) {
        Some(rate) => println!(
            "drain3 (default config) on the same stream, median of 3 passes: {rate:.0} lines/s -> hover is {:.1}x faster",
            hover_rate / rate
        ),
        None => println!("drain3 is not installed (.tools/venv/bin/pip install drain3): no ratio measured"),
    }

    println!("every message another event, 20,000 lines (1,000 of `long`; cold miner):");
    for format in ["plain", "json", "logfmt", "users", "words", "one-word", "long"] {
        let lines = distinct_events(if format == "long" { 1_000 } else { 20_000 }, format);
        let mut miner = TemplateMiner::default();
        let start = Instant::now();
        for line in &lines {
            std::hint::black_box(miner.mine(line));
        }
        let rate = lines.len() as f64 / start.elapsed().as_secs_f64();
        let templates = miner.templates().count();
        print!("  {format:<8} {rate:>9.0} lines/s  ({templates} templates)");
        if ["plain", "one-word", "long"].contains(&format) {
            std::fs::write(&stream_file, lines.join("\n")).unwrap();
            if let Some(drain3) = drain3_lines_per_second(&stream_file, 1) {
                print!("  drain3 {drain3:.0} lines/s -> hover's rate is {:.2}x drain3's", rate / drain3);
            }
        }
        println!();
    }
    let _ = std::fs::remove_file(stream_file);
}
