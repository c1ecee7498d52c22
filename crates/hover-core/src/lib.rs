//! Hover's analysis core: which log templates changed between two time windows.
//!
//! Plain Rust with no I/O, so the same code runs in the server (native) and in the Grafana
//! panel (wasm32), and both give the same numbers for the same counts.
//!
//! Key decision: the analysis works on counts only ([`compare`] over [`CountPair`]s, or
//! [`BucketSeries`] for any two windows of a series), and the template miner
//! ([`TemplateMiner`]) runs once per line at ingest. Everything is reached from the crate
//! root; the modules are private.
#![deny(missing_docs)]

mod analysis;
mod divergence;
mod groups;
mod miner;
mod series;
mod significance;
mod sort;
mod window;

pub use analysis::{
    compare, count_pairs, pooled_count_pairs, ChangeStatus, CompareOptions, Comparison, CountPair, CountTable,
    TemplateChange, DEFAULT_LIMIT, NEW_TEMPLATE_PSEUDO_COUNT,
};
pub use divergence::{Method, UnknownMethod, EPSILON};
pub use groups::{Described, LogGroup};
pub use miner::{
    compare_slots, slot_values, AliasChanges, Mined, MinerConfig, MinerState, SavedTemplate, SlotChange,
    SlotComparison, SlotSummary, SlotValue, TemplateId, TemplateMiner, WILDCARD,
};
pub use series::{BucketSeries, SeriesError};
pub use significance::{benjamini_hochberg, chi2_1_survival, g_test, GTest};
pub use window::{Baseline, TimeWindow, WindowError, WindowPair, HOUR_MS, MAX_BASELINE_PERIODS, MINUTE_MS};
