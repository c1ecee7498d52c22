//! The `log_groups` entries of a `/query_logs` answer, built from a ranked [`TemplateChange`].
//!
//! `representative_logs` and `relative_change` keep the seed's names and meanings (the
//! existing Grafana panel reads them); the other fields are additions beside them.

use crate::analysis::{ChangeStatus, Comparison, TemplateChange};
use serde::{Deserialize, Serialize};

/// One entry of `log_groups`: a template, how it changed, and example lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogGroup {
    /// A few lines of the template from the window it was seen in (the seed's field).
    pub representative_logs: Vec<String>,
    /// (share now − share before) / share before; 1.5 is +150 % (the seed's field).
    pub relative_change: f64,
    /// The template's ID, 16 hex digits.
    pub template_id: String,
    /// The template text with `<*>` where values vary, when the caller knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// New, gone, up, down or unchanged.
    pub status: ChangeStatus,
    /// Lines in the current window.
    pub current_count: u64,
    /// Lines in the baseline window.
    pub baseline_count: u64,
    /// Fraction of the current window's lines.
    pub current_share: f64,
    /// Fraction of the baseline window's lines.
    pub baseline_share: f64,
    /// The template's term of the divergence.
    pub contribution: f64,
    /// The G-test statistic of the change.
    pub g_statistic: f64,
    /// Its p-value.
    pub p_value: f64,
    /// Its Benjamini–Hochberg q-value over every template compared.
    pub q_value: f64,
    /// With a seasonal baseline: how many of its periods had this template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline_periods_seen: Option<u32>,
    /// When the template's first line in the streams read was logged (RFC 3339), when the
    /// caller keeps history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
}

/// What a caller knows of one ranked template: its ID, its text, and example lines.
pub struct Described {
    /// The template's ID.
    pub template_id: String,
    /// Its text, when the caller knows it.
    pub template: Option<String>,
    /// Example lines, earliest first.
    pub representative_logs: Vec<String>,
    /// When its first line was logged (RFC 3339), if known.
    pub first_seen: Option<String>,
}

impl Comparison {
    /// The `log_groups` of an answer, highest contribution first: each ranked change with
    /// what `describe` says of its template.
    pub fn log_groups(&self, mut describe: impl FnMut(&TemplateChange) -> Described) -> Vec<LogGroup> {
        self.changes.iter().map(|change| LogGroup::new(change, describe(change))).collect()
    }
}

impl LogGroup {
    fn new(
        change: &TemplateChange,
        Described { template_id, template, representative_logs, first_seen }: Described,
    ) -> Self {
        Self {
            representative_logs,
            relative_change: change.relative_change,
            template_id,
            template,
            status: change.status,
            current_count: change.current_count,
            baseline_count: change.baseline_count,
            current_share: change.current_share,
            baseline_share: change.baseline_share,
            contribution: change.contribution,
            g_statistic: change.g_statistic,
            p_value: change.p_value,
            q_value: change.q_value,
            baseline_periods_seen: change.baseline_periods_seen,
            first_seen,
        }
    }
}
