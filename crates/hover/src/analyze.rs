//! `hover analyze --counts FILE`: the core's ranking on a JSON file of template counts.

use crate::UsageError;
use clap::Args;
use hover_core::{CompareOptions, CountTable, Method, DEFAULT_LIMIT};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Args)]
pub struct AnalyzeArgs {
    /// JSON file: {"current": {"<template_id>": count, ...}, "baseline": {...}}
    #[arg(long)]
    counts: PathBuf,
    /// kl (the seed's rule), js (Jensen–Shannon, bits) or symmetric_kl
    #[arg(long, default_value = "kl")]
    method: Method,
    /// How many templates to print; 0 prints all.
    #[arg(long, default_value_t = DEFAULT_LIMIT)]
    limit: usize,
    /// Leave out templates whose G-test p-value is above this.
    #[arg(long)]
    max_p_value: Option<f64>,
    /// Leave out templates whose Benjamini–Hochberg q-value is above this (false-discovery
    /// control over every template compared).
    #[arg(long)]
    max_q_value: Option<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountsFile {
    current: BTreeMap<String, u64>,
    baseline: BTreeMap<String, u64>,
}

#[derive(Serialize)]
struct Output<'a> {
    method: Method,
    divergence: f64,
    current_total: u64,
    baseline_total: u64,
    templates: usize,
    groups: Vec<Group<'a>>,
}

#[derive(Serialize)]
struct Group<'a> {
    template_id: &'a str,
    current_count: u64,
    baseline_count: u64,
    contribution: f64,
    relative_change: f64,
    g_statistic: f64,
    p_value: f64,
    q_value: f64,
    status: hover_core::ChangeStatus,
}

pub fn run(args: &AnalyzeArgs) -> Result<(), UsageError> {
    let path = args.counts.display();
    let text = std::fs::read_to_string(&args.counts).map_err(|e| UsageError(format!("cannot read {path}: {e}")))?;
    let file: CountsFile =
        serde_json::from_str(&text).map_err(|e| UsageError(format!("{path} is not a valid counts file: {e}")))?;
    for (flag, value) in [("--max-p-value", args.max_p_value), ("--max-q-value", args.max_q_value)] {
        if let Some(v) = value.filter(|v| !(0.0..=1.0).contains(v)) {
            return Err(UsageError(format!("{flag} must be within [0, 1], got {v}")));
        }
    }
    let table = CountTable::from_windows(
        file.current.iter().map(|(id, n)| (id.as_str(), *n)),
        file.baseline.iter().map(|(id, n)| (id.as_str(), *n)),
    );
    let result = table.compare(&CompareOptions {
        method: args.method,
        limit: args.limit,
        max_p_value: args.max_p_value,
        max_q_value: args.max_q_value,
    });
    let output = Output {
        method: result.method,
        divergence: result.divergence,
        current_total: result.current_total,
        baseline_total: result.baseline_total,
        templates: result.templates,
        groups: result
            .changes
            .iter()
            .map(|c| Group {
                template_id: &table.ids[c.index],
                current_count: c.current_count,
                baseline_count: c.baseline_count,
                contribution: c.contribution,
                relative_change: c.relative_change,
                g_statistic: c.g_statistic,
                p_value: c.p_value,
                q_value: c.q_value,
                status: c.status,
            })
            .collect(),
    };
    let json = serde_json::to_string_pretty(&output).expect("the output holds only finite numbers and strings");
    println!("{json}");
    Ok(())
}
