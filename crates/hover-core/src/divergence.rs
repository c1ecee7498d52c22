//! Divergence between the template distribution of the current window and the baseline
//! window, and each template's contribution to it.
//!
//! All logarithms go through `libm` rather than the platform's maths library, so the native
//! server and the wasm32 build in the browser produce bit-identical numbers.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The seed's smoothing constant: added to every count so a template missing from one
/// window has a tiny, non-zero probability there.
pub const EPSILON: f64 = 1e-10;

/// Which divergence ranks the templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// KL(current ‖ baseline) with ε-smoothing, in nats: the seed's rule. Templates that
    /// vanished contribute almost nothing; templates that appeared dominate.
    #[default]
    Kl,
    /// Jensen–Shannon divergence of the raw shares, base 2: symmetric and within [0, 1].
    Js,
    /// Symmetric (Jeffreys) KL, KL(p‖q) + KL(q‖p), ε-smoothed, in nats: ranks vanished
    /// templates as high as new ones.
    SymmetricKl,
}

impl Method {
    /// Every method, in the order the API lists them.
    pub const ALL: [Method; 3] = [Method::Kl, Method::Js, Method::SymmetricKl];

    /// The method as the API names it: `kl`, `js`, `symmetric_kl`.
    pub fn name(self) -> &'static str {
        match self {
            Method::Kl => "kl",
            Method::Js => "js",
            Method::SymmetricKl => "symmetric_kl",
        }
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// A method name that is none of [`Method::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown method \"{0}\"; expected one of: kl, js, symmetric_kl")]
pub struct UnknownMethod(pub String);

impl FromStr for Method {
    type Err = UnknownMethod;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kl" => Ok(Method::Kl),
            "js" | "jensen_shannon" => Ok(Method::Js),
            "symmetric_kl" | "skl" | "jeffreys" => Ok(Method::SymmetricKl),
            _ => Err(UnknownMethod(s.to_string())),
        }
    }
}

/// Per-window totals that every per-template term needs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Totals {
    pub current: f64,
    pub baseline: f64,
    /// |T|: templates seen in at least one of the two windows.
    pub templates: f64,
}

/// `x · ln(x / y)`, with the convention `0 · ln(0 / y) = 0`.
fn x_ln_x_over_y(x: f64, y: f64) -> f64 {
    if x == 0.0 {
        0.0
    } else {
        x * libm::log(x / y)
    }
}

/// The ε-smoothed probabilities of the seed rule.
fn smoothed(c: f64, b: f64, t: &Totals) -> (f64, f64) {
    let p = (c + EPSILON) / (t.current + EPSILON * t.templates);
    let q = (b + EPSILON) / (t.baseline + EPSILON * t.templates);
    (p, q)
}

/// One template's contribution to the divergence, given its counts in both windows.
pub(crate) fn contribution(method: Method, c: u64, b: u64, t: &Totals) -> f64 {
    let (c, b) = (c as f64, b as f64);
    match method {
        Method::Kl => {
            let (p, q) = smoothed(c, b, t);
            x_ln_x_over_y(p, q)
        }
        Method::SymmetricKl => {
            let (p, q) = smoothed(c, b, t);
            (p - q) * libm::log(p / q)
        }
        Method::Js => {
            let (p, q) = (c / t.current, b / t.baseline);
            let m = 0.5 * (p + q);
            0.5 * (x_ln_x_over_y(p, m) + x_ln_x_over_y(q, m)) / std::f64::consts::LN_2
        }
    }
}
