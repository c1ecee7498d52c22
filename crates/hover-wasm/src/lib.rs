//! Hover in the browser: conversions between JavaScript values and `hover-core`, nothing
//! else. All analysis lives in the core, so the panel gets the server's numbers exactly.
#![deny(missing_docs)]

use hover_core::{
    Baseline, BucketSeries, CompareOptions, CountTable, Described, LogGroup, Method, TemplateId, TimeWindow,
    WindowError,
};
use serde::Serialize;
use wasm_bindgen::prelude::*;

mod read;

// Talc in place of Rust's default dlmalloc: 6.4 KB smaller in the package, whose budget is
// 250 KB (BENCHMARKS.md). The package runs on one thread (no atomics).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** The server's `POST /series` answer. */
export interface SeriesResponse {
  start_ms: number;
  bucket_ms: number;
  bucket_count: number;
  series: { template_id: string; template: string; buckets: number[]; counts: number[] }[];
}

export interface CompareOptions {
  /** "kl" (default), "js" or "symmetric_kl" */
  method?: string;
  /** groups to return; 0 = all; default 10 */
  limit?: number;
  /** hide groups whose G-test p-value is above this */
  max_p_value?: number;
  /** hide groups whose Benjamini–Hochberg q-value (over every template compared) is above this */
  max_q_value?: number;
}

/** One entry of `log_groups`, as `/query_logs` returns it. */
export interface LogGroup {
  representative_logs: string[];
  relative_change: number;
  template_id: string;
  template?: string;
  status: "new" | "gone" | "up" | "down" | "unchanged";
  current_count: number;
  baseline_count: number;
  current_share: number;
  baseline_share: number;
  contribution: number;
  g_statistic: number;
  p_value: number;
  /** Benjamini–Hochberg q-value over every template compared */
  q_value: number;
  /** with a pooled (seasonal) baseline: how many of its periods had this template */
  baseline_periods_seen?: number;
  /** when the template's first line in the streams read was logged (from `/query_logs` only:
   * the series holds counts) */
  first_seen?: string;
}

export interface Comparison {
  method: string;
  divergence: number;
  current_total: number;
  baseline_total: number;
  templates: number;
  log_groups: LogGroup[];
}

/** One `<*>` of a template: its values that changed most (as `/template_values` gives them). */
export interface SlotSummary {
  slot: number;
  /** the template token holding it, e.g. "user=<*>" */
  token: string;
  divergence: number;
  distinct_values: number;
  values: {
    value: string;
    status: "new" | "gone" | "up" | "down" | "unchanged";
    current_count: number;
    baseline_count: number;
    relative_change: number;
    contribution: number;
    p_value: number;
    q_value: number;
  }[];
}

export interface SlotComparison {
  slots: SlotSummary[];
  /** lines that did not fit the template */
  current_unaligned: number;
  baseline_unaligned: number;
}

export interface MinedLines {
  /** the template ID of each line, in order */
  template_ids: string[];
  templates: { template_id: string; template: string; lines: number }[];
}
"#;

/// Any Rust error as a JavaScript `Error`.
fn js_error(message: impl std::fmt::Display) -> JsError {
    js_error_of(&message)
}

/// [`js_error`]'s one copy of the formatting, not one per error type.
fn js_error_of(message: &dyn std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(js_error)
}

/// `options` (`CompareOptions | undefined`) read; what it leaves out is the default.
fn compare_options(options: JsValue) -> Result<CompareOptions, JsError> {
    let mut compare = CompareOptions::default();
    if options.is_undefined() || options.is_null() {
        return Ok(compare);
    }
    let options = read::object(&options, "options")?;
    if let Some(method) = read::string(options, "method")? {
        compare.method = method.parse::<Method>().map_err(js_error)?;
    }
    compare.limit = read::count(options, "limit")?.unwrap_or(compare.limit);
    compare.max_p_value = read::number(options, "max_p_value")?;
    compare.max_q_value = read::number(options, "max_q_value")?;
    Ok(compare)
}

#[derive(Serialize)]
struct JsComparison {
    method: Method,
    divergence: f64,
    current_total: u64,
    baseline_total: u64,
    templates: usize,
    log_groups: Vec<LogGroup>,
}

impl JsComparison {
    /// The `/query_logs` shape of a comparison; `ids` and `texts` are indexed like its input.
    fn new(comparison: hover_core::Comparison, ids: &[String], texts: Option<&[String]>) -> Self {
        let log_groups = comparison.log_groups(|c| Described {
            template_id: ids[c.index].clone(),
            template: texts.map(|t| t[c.index].clone()),
            representative_logs: Vec::new(),
            first_seen: None,
        });
        Self {
            method: comparison.method,
            divergence: comparison.divergence,
            current_total: comparison.current_total,
            baseline_total: comparison.baseline_total,
            templates: comparison.templates,
            log_groups,
        }
    }
}

/// Compares any two windows of a series from the server, in O(templates) per call: the
/// series stays in wasm memory as prefix sums, so moving the baseline crosses the JS/wasm
/// boundary with four numbers.
#[wasm_bindgen]
pub struct Analyzer {
    series: BucketSeries,
    texts: Vec<String>,
}

#[wasm_bindgen]
impl Analyzer {
    /// Keeps a `POST /series` answer in wasm memory as prefix sums; throws on a malformed series.
    #[wasm_bindgen(constructor)]
    pub fn new(series: JsValue) -> Result<Analyzer, JsError> {
        let answer = read::object(&series, "the series")?;
        let start_ms = read::required(read::integer(answer, "start_ms")?, "start_ms")?;
        let bucket_ms = read::required(read::integer(answer, "bucket_ms")?, "bucket_ms")?;
        let bucket_count = read::required(read::count(answer, "bucket_count")?, "bucket_count")?;
        let list = read::required(read::field(answer, "series")?, "series")?;
        if !js_sys::Array::is_array(&list) {
            return Err(js_error("series must be an array"));
        }
        let (mut columns, mut texts) = (Vec::new(), Vec::new());
        for item in list.unchecked_into::<js_sys::Array>().iter() {
            let item = read::object(&item, "each of series")?;
            let template_id = read::required(read::string(item, "template_id")?, "template_id")?;
            let numbers =
                |name| read::whole_numbers(read::field(item, name)?, &format!("series {template_id}: {name}"));
            // f64 holds every count a JSON number can (2^53) exactly; buckets beyond u32
            // saturate and are refused by BucketSeries as out of range.
            let buckets: Vec<u32> = numbers("buckets")?.into_iter().map(|b| b as u32).collect();
            let counts: Vec<u64> = numbers("counts")?.into_iter().map(|c| c as u64).collect();
            texts.push(read::string(item, "template")?.unwrap_or_default());
            columns.push((template_id, buckets, counts));
        }
        let columns = columns.iter().map(|(id, b, c)| (id.clone(), &b[..], &c[..]));
        let series = BucketSeries::new(start_ms, bucket_ms, bucket_count, columns).map_err(js_error)?;
        Ok(Analyzer { series, texts })
    }

    /// Templates in the series.
    #[wasm_bindgen(getter, js_name = templateCount)]
    pub fn template_count(&self) -> usize {
        self.series.ids().len()
    }

    /// Buckets in the series.
    #[wasm_bindgen(getter, js_name = bucketCount)]
    pub fn bucket_count(&self) -> usize {
        self.series.bucket_count()
    }

    /// The templates that changed most between `[baseline_start, baseline_end)` and
    /// `[current_start, current_end)` (ms since the epoch), shaped like `/query_logs`.
    #[wasm_bindgen(unchecked_return_type = "Comparison")]
    pub fn compare(
        &self,
        current_start_ms: f64,
        current_end_ms: f64,
        baseline_start_ms: f64,
        baseline_end_ms: f64,
        #[wasm_bindgen(unchecked_param_type = "CompareOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let options = compare_options(options)?;
        let window = |a: f64, b: f64| TimeWindow::new(a as i64, b as i64).map_err(js_error);
        let (current, baseline) =
            (window(current_start_ms, current_end_ms)?, window(baseline_start_ms, baseline_end_ms)?);
        let comparison = self.series.compare(&current, &baseline, &options);
        to_js(&JsComparison::new(comparison, self.series.ids(), Some(&self.texts)))
    }

    /// A seasonal baseline: `[current_start, current_end)` against the same window moved
    /// back 1..=`periods` times `shift_ms`, pooled (the server's `baseline_shift` with
    /// `baseline_periods`). Each group says in how many periods its template was seen.
    #[wasm_bindgen(js_name = comparePooled, unchecked_return_type = "Comparison")]
    pub fn compare_pooled(
        &self,
        current_start_ms: f64,
        current_end_ms: f64,
        shift_ms: f64,
        periods: u32,
        #[wasm_bindgen(unchecked_param_type = "CompareOptions | undefined")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let options = compare_options(options)?;
        let current = TimeWindow::new(current_start_ms as i64, current_end_ms as i64).map_err(js_error)?;
        let baseline = Baseline::Shift { shift_ms: shift_ms as i64, periods: 1 };
        let baselines = match shift_ms > 0.0 {
            true => baseline.with_periods(periods).and_then(|b| b.resolve(&current)).map_err(js_error)?,
            false => return Err(js_error(WindowError::ZeroShift)),
        };
        let comparison = self.series.compare_pooled(&current, &baselines, &options);
        to_js(&JsComparison::new(comparison, self.series.ids(), Some(&self.texts)))
    }
}

/// Ranks two windows of counts given as `{template_id: count}` objects.
#[wasm_bindgen(js_name = compareCounts, unchecked_return_type = "Comparison")]
pub fn compare_counts(
    #[wasm_bindgen(unchecked_param_type = "Record<string, number>")] current: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Record<string, number>")] baseline: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CompareOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    // Read into lists that `CountTable` sorts (a map type would bring its code into the
    // package: 5 KB for a `BTreeMap`), keyed by `String` as `compareSlots` counts values: one
    // copy of the counting code.
    let table = CountTable::from_windows(read::counts(&current, "current")?, read::counts(&baseline, "baseline")?);
    let comparison = table.compare(&compare_options(options)?);
    to_js(&JsComparison::new(comparison, &table.ids, None))
}

/// The value of each `<*>` of `template` in `line`, or `undefined` when the line does not fit.
#[wasm_bindgen(js_name = slotValues)]
pub fn slot_values(template: &str, line: &str) -> Option<Vec<String>> {
    hover_core::slot_values(template, line)
}

#[derive(Serialize)]
struct JsSlotComparison {
    slots: Vec<hover_core::SlotSummary>,
    current_unaligned: usize,
    baseline_unaligned: usize,
}

/// Which values of a template's `<*>`s changed between two windows' lines (the lines a panel
/// has, say from Loki): the server's `/template_values` computation.
#[wasm_bindgen(js_name = compareSlots, unchecked_return_type = "SlotComparison")]
pub fn compare_slots(
    template: &str,
    current: Vec<String>,
    baseline: Vec<String>,
    #[wasm_bindgen(unchecked_param_type = "CompareOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let compared = hover_core::compare_slots(template, &current, &baseline, &compare_options(options)?);
    to_js(&JsSlotComparison {
        slots: compared.slots.iter().map(hover_core::SlotChange::summary).collect(),
        current_unaligned: compared.current_unaligned,
        baseline_unaligned: compared.baseline_unaligned,
    })
}

/// The template miner, for log lines a panel already has (from Loki, say): no server needed.
#[wasm_bindgen]
pub struct TemplateMiner {
    miner: hover_core::TemplateMiner,
}

#[derive(Serialize)]
struct MinedTemplate<'a> {
    template_id: String,
    template: &'a str,
    lines: u64,
}

#[derive(Serialize)]
struct MinedLines<'a> {
    template_ids: Vec<String>,
    templates: Vec<MinedTemplate<'a>>,
}

#[wasm_bindgen]
impl TemplateMiner {
    /// An empty miner with the default configuration, the server's.
    #[wasm_bindgen(constructor)]
    #[allow(clippy::new_without_default)] // a JS constructor
    pub fn new() -> TemplateMiner {
        TemplateMiner { miner: hover_core::TemplateMiner::default() }
    }

    /// The template ID of one line (16 hex digits). IDs of templates that later generalise
    /// resolve with `resolve`.
    pub fn mine(&mut self, line: &str) -> String {
        self.miner.mine(line).template_id.to_string()
    }

    /// The current ID for an ID handed out earlier.
    pub fn resolve(&self, template_id: &str) -> Result<String, JsError> {
        let id: TemplateId = template_id.parse().map_err(js_error)?;
        Ok(self.miner.resolve(id).to_string())
    }

    /// The text of a template, with `<*>` where values vary.
    pub fn template(&self, template_id: &str) -> Result<Option<String>, JsError> {
        let id: TemplateId = template_id.parse().map_err(js_error)?;
        Ok(self.miner.template_text(id).map(str::to_string))
    }

    /// Mines every line and returns each line's final template ID and the templates.
    #[wasm_bindgen(js_name = mineAll, unchecked_return_type = "MinedLines")]
    pub fn mine_all(&mut self, lines: Vec<String>) -> Result<JsValue, JsError> {
        let template_ids = self.miner.mine_batch(&lines).iter().map(TemplateId::to_string).collect();
        let templates = self
            .miner
            .templates()
            .map(|(id, template, lines)| MinedTemplate { template_id: id.to_string(), template, lines })
            .collect();
        to_js(&MinedLines { template_ids, templates })
    }
}
