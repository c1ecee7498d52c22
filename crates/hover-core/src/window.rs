//! Time windows: the current window a user hovered over and the baseline it is compared with.
//!
//! Times are milliseconds since the Unix epoch (UTC). Windows are half-open: `[start, end)`.
//! Parsing RFC 3339 text belongs to the callers (server, CLI); the core only does arithmetic.

use serde::{Deserialize, Serialize};
use std::time::Duration;

/// One minute in milliseconds: stores count lines per minute, so windows count whole minutes.
pub const MINUTE_MS: i64 = 60_000;
/// One hour in milliseconds: the ClickHouse store's rollups and cache work in whole hours.
pub const HOUR_MS: i64 = 60 * MINUTE_MS;

/// A half-open time range `[start_ms, end_ms)` in milliseconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeWindow {
    /// Start, inclusive.
    pub start_ms: i64,
    /// End, exclusive.
    pub end_ms: i64,
}

/// Why a window or baseline is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WindowError {
    /// A window whose start is not before its end.
    #[error("start ({start_ms} ms) must be before end ({end_ms} ms)")]
    Empty {
        /// The window's start.
        start_ms: i64,
        /// The window's end.
        end_ms: i64,
    },
    /// A window longer than the configured maximum.
    #[error("window of {length_ms} ms is longer than the allowed maximum of {max_ms} ms")]
    TooLong {
        /// The window's length.
        length_ms: i64,
        /// The longest allowed.
        max_ms: i64,
    },
    /// A time shift that does not parse as a duration.
    #[error("time shift \"{0}\" is not a duration such as \"24h\" or \"7d\": {1}")]
    BadShift(String, String),
    /// A time shift of zero.
    #[error("time shift must be positive")]
    ZeroShift,
    /// Baseline periods out of range, or without a time shift to repeat.
    #[error("baseline periods must be from 1 to {MAX_BASELINE_PERIODS}, with a time shift; got {0}")]
    Periods(u32),
    /// Arithmetic beyond the range of i64 milliseconds.
    #[error("window arithmetic overflows the time range")]
    Overflow,
}

impl TimeWindow {
    /// `[start_ms, end_ms)`, which must not be empty.
    pub fn new(start_ms: i64, end_ms: i64) -> Result<Self, WindowError> {
        if start_ms >= end_ms {
            return Err(WindowError::Empty { start_ms, end_ms });
        }
        Ok(Self { start_ms, end_ms })
    }

    /// Its length in milliseconds.
    pub fn length_ms(&self) -> i64 {
        self.end_ms - self.start_ms
    }

    /// Is `t_ms` inside it?
    pub fn contains(&self, t_ms: i64) -> bool {
        self.start_ms <= t_ms && t_ms < self.end_ms
    }

    /// The window moved back in time by `shift_ms`.
    pub fn shifted_back(&self, shift_ms: i64) -> Result<Self, WindowError> {
        Ok(Self {
            start_ms: self.start_ms.checked_sub(shift_ms).ok_or(WindowError::Overflow)?,
            end_ms: self.end_ms.checked_sub(shift_ms).ok_or(WindowError::Overflow)?,
        })
    }
}

/// How the baseline window is chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Baseline {
    /// The seed's rule: the window of the same length just before the current one,
    /// `[start − d, start)` with `d = end − start`.
    #[default]
    Preceding,
    /// A window the caller names.
    Explicit(TimeWindow),
    /// The current window moved back by a fixed time, e.g. 24 h ("same hour yesterday"), or
    /// by 1..=`periods` times that time, pooled: a seasonal baseline ("the same hour on each
    /// of the last 7 days"), less noisy than any one of them.
    Shift {
        /// How far back, in milliseconds.
        shift_ms: i64,
        /// How many shifted windows are pooled (1: just the one).
        periods: u32,
    },
}

/// The most periods a seasonal baseline pools.
pub const MAX_BASELINE_PERIODS: u32 = 60;

impl Baseline {
    /// Parses a time shift such as "24h", "7d", "1w", "90m" or "1h 30m".
    pub fn parse_shift(text: &str) -> Result<Self, WindowError> {
        let duration: Duration = humantime::parse_duration(text.trim())
            .map_err(|e| WindowError::BadShift(text.to_string(), e.to_string()))?;
        let shift_ms = i64::try_from(duration.as_millis()).map_err(|_| WindowError::Overflow)?;
        if shift_ms <= 0 {
            return Err(WindowError::ZeroShift);
        }
        Ok(Self::Shift { shift_ms, periods: 1 })
    }

    /// A shift baseline pooled over `periods` shifts; an error for other baselines.
    pub fn with_periods(self, periods: u32) -> Result<Self, WindowError> {
        match self {
            Baseline::Shift { shift_ms, .. } if (1..=MAX_BASELINE_PERIODS).contains(&periods) => {
                Ok(Baseline::Shift { shift_ms, periods })
            }
            _ => Err(WindowError::Periods(periods)),
        }
    }

    /// The baseline windows for a given current window, nearest first (one unless pooled).
    pub fn resolve(&self, current: &TimeWindow) -> Result<Vec<TimeWindow>, WindowError> {
        match self {
            Baseline::Preceding => Ok(vec![current.shifted_back(current.length_ms())?]),
            Baseline::Explicit(window) => Ok(vec![TimeWindow::new(window.start_ms, window.end_ms)?]),
            Baseline::Shift { shift_ms, periods } => (1..=i64::from(*periods))
                .map(|k| current.shifted_back(shift_ms.checked_mul(k).ok_or(WindowError::Overflow)?))
                .collect(),
        }
    }
}

/// The windows an analysis compares: the current one and its baseline, which may pool
/// several windows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowPair {
    /// The window hovered over.
    pub current: TimeWindow,
    /// The windows it is compared with, pooled, nearest first; never empty.
    pub baselines: Vec<TimeWindow>,
}

impl WindowPair {
    /// Builds and checks the pair. `max_length_ms` bounds each window (a configured limit).
    pub fn resolve(current: TimeWindow, baseline: &Baseline, max_length_ms: Option<i64>) -> Result<Self, WindowError> {
        let current = TimeWindow::new(current.start_ms, current.end_ms)?;
        let baselines = baseline.resolve(&current)?;
        if let Some(max_ms) = max_length_ms {
            for w in std::iter::once(&current).chain(&baselines) {
                if w.length_ms() > max_ms {
                    return Err(WindowError::TooLong { length_ms: w.length_ms(), max_ms });
                }
            }
        }
        Ok(Self { current, baselines })
    }

    /// The nearest baseline window (the only one unless the baseline is pooled).
    pub fn baseline(&self) -> TimeWindow {
        self.baselines[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3_600_000;

    #[test]
    fn seed_baseline_is_the_preceding_window_of_equal_length() {
        let pair = WindowPair::resolve(TimeWindow::new(10 * H, 11 * H).unwrap(), &Baseline::Preceding, None).unwrap();
        assert_eq!(pair.baselines, [TimeWindow { start_ms: 9 * H, end_ms: 10 * H }]);
    }

    #[test]
    fn time_shift_baselines() {
        let current = TimeWindow::new(100 * H, 101 * H).unwrap();
        let day = Baseline::parse_shift("24h").unwrap();
        assert_eq!(day.resolve(&current).unwrap(), [TimeWindow { start_ms: 76 * H, end_ms: 77 * H }]);
        let week = Baseline::parse_shift("7d").unwrap();
        assert_eq!(week.resolve(&current).unwrap()[0].start_ms, 100 * H - 7 * 24 * H);
        assert!(matches!(Baseline::parse_shift("yesterday"), Err(WindowError::BadShift(..))));
        assert!(matches!(Baseline::parse_shift("0s"), Err(WindowError::ZeroShift)));
    }

    #[test]
    fn seasonal_baselines_pool_the_same_window_of_earlier_periods() {
        let current = TimeWindow::new(200 * H, 201 * H).unwrap();
        let days = Baseline::parse_shift("24h").unwrap().with_periods(3).unwrap();
        let starts: Vec<i64> = days.resolve(&current).unwrap().iter().map(|w| w.start_ms / H).collect();
        assert_eq!(starts, [176, 152, 128]);
        assert_eq!(Baseline::Preceding.with_periods(2), Err(WindowError::Periods(2)));
        assert!(Baseline::parse_shift("1h").unwrap().with_periods(0).is_err());
        assert!(Baseline::parse_shift("1h").unwrap().with_periods(MAX_BASELINE_PERIODS + 1).is_err());
        let far = Baseline::Shift { shift_ms: i64::MAX / 2, periods: 3 };
        assert_eq!(WindowPair::resolve(current, &far, None), Err(WindowError::Overflow));
    }

    #[test]
    fn explicit_baseline_and_validation() {
        let current = TimeWindow { start_ms: 5, end_ms: 5 };
        assert!(matches!(WindowPair::resolve(current, &Baseline::Preceding, None), Err(WindowError::Empty { .. })));
        let current = TimeWindow::new(0, 2 * H).unwrap();
        assert!(matches!(
            WindowPair::resolve(current, &Baseline::Preceding, Some(H)),
            Err(WindowError::TooLong { .. })
        ));
        let explicit = Baseline::Explicit(TimeWindow { start_ms: 7, end_ms: 3 });
        assert!(WindowPair::resolve(current, &explicit, None).is_err());
        let explicit = Baseline::Explicit(TimeWindow { start_ms: -H, end_ms: 0 });
        assert_eq!(WindowPair::resolve(current, &explicit, None).unwrap().baseline().start_ms, -H);
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let current = TimeWindow::new(i64::MIN, i64::MIN + 10).unwrap();
        assert_eq!(WindowPair::resolve(current, &Baseline::Preceding, None), Err(WindowError::Overflow));
    }
}
