//! Hover's analysis core: which log templates changed between two time windows.
//!
//! Plain Rust with no I/O, so the same code runs in the server (native) and in the Grafana
//! panel (wasm32), and both give the same numbers for the same counts.

pub mod analysis;
pub mod divergence;
pub mod groups;
pub mod miner;
pub mod series;
pub mod significance;
pub mod window;

pub use analysis::{
    compare, count_pairs, ChangeStatus, CompareOptions, Comparison, CountPair, CountTable, TemplateChange,
    DEFAULT_LIMIT,
};
pub use divergence::{Method, UnknownMethod, EPSILON};
pub use groups::{Described, LogGroup};
pub use miner::{MinerConfig, MinerState, TemplateId, TemplateMiner};
pub use series::{BucketSeries, SeriesError};
pub use significance::{g_test, GTest};
pub use window::{Baseline, TimeWindow, WindowError, WindowPair, HOUR_MS, MINUTE_MS};
