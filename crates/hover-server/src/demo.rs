//! Demo data for `hover serve --demo`: a day of logs from a small shop (checkout API,
//! payments, frontend) with an incident in the last 20 minutes: a new payment-gateway
//! timeout error, a burst of retries and slow checkouts, and a worker heartbeat that stopped.
//! The same two hours before "now" on each of the 7 days before are there too, so baselines
//! a day or a week back, and seasonal ones, have lines. The lines go through the normal
//! ingest path (mined, stored), so the answers are real.

use crate::ingest::{ingest, IncomingLog};
use crate::templates::Templates;
use crate::writer::Writer;
use hover_core::MINUTE_MS;
use hover_store::{Mapping, MetricKey, Store, StoreError};
use serde_json::Value;

/// The demo's org.
pub const ORG: &str = "demo";
/// The demo dashboard's title.
pub const DASHBOARD: &str = "Checkout";
/// The demo graph panel's title.
pub const PANEL: &str = "Latency";
/// The demo metric.
pub const METRIC: &str = "p99";
/// Minutes of demo logs: a day.
pub const MINUTES: i64 = 24 * 60;
/// Earlier days with logs in the hours before the demo's time of day.
pub const PAST_DAYS: i64 = 7;
/// Minutes of logs before the demo's time of day on each earlier day.
pub const PAST_DAY_MINUTES: i64 = 2 * 60;
/// The incident starts this many minutes before the demo's "now".
pub const INCIDENT_MINUTES: i64 = 20;

/// A small deterministic generator, so every demo run tells the same story.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// Lines of one minute, `minute` counted back from `now_ms` (0 = the last minute).
fn minute_of_logs(dice: &mut Dice, minute_start_ms: i64, minutes_before_now: i64, out: &mut Vec<IncomingLog>) {
    let incident = minutes_before_now < INCIDENT_MINUTES;
    let mut emit = |offset_ms: u64, stream: &str, level: &str, message: String| {
        out.push(IncomingLog {
            org: Some(ORG.into()),
            stream: Some(stream.into()),
            timestamp: Some(Value::from(minute_start_ms + offset_ms as i64)),
            level: Some(level.into()),
            message: Some(message),
        });
    };
    let users = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"];
    for _ in 0..(18 + dice.below(5)) {
        let (id, ms) = (dice.below(90_000), 5 + dice.below(40));
        emit(dice.below(60_000), "checkout-api", "info", format!("GET /api/cart/{id} 200 in {ms}ms"));
    }
    for _ in 0..(4 + dice.below(3)) {
        let (user, order) = (users[dice.below(8) as usize], dice.below(1_000_000));
        emit(dice.below(60_000), "checkout-api", "info", format!("POST /api/checkout user={user} order={order} 201"));
        emit(
            dice.below(60_000),
            "payments",
            "info",
            format!("charge ch_{:x} succeeded via {}", dice.next(), ["stripe", "adyen"][dice.below(2) as usize]),
        );
    }
    for _ in 0..(9 + dice.below(4)) {
        let (page, ms) = (["/", "/cart", "/product/42", "/search"][dice.below(4) as usize], 20 + dice.below(80));
        emit(dice.below(60_000), "frontend", "info", format!("render page {page} in {ms}ms"));
    }
    if dice.below(4) == 0 {
        emit(
            dice.below(60_000),
            "payments",
            "warn",
            format!("retrying charge ch_{:x} attempt {}", dice.next(), 1 + dice.below(2)),
        );
    }
    if dice.below(5) == 0 {
        emit(
            dice.below(60_000),
            "checkout-api",
            "warn",
            format!("slow request POST /api/checkout took {}ms", 800 + dice.below(400)),
        );
    }
    if incident {
        for _ in 0..(6 + dice.below(5)) {
            let ms = 30_000 + dice.below(100);
            emit(
                dice.below(60_000),
                "payments",
                "error",
                format!("payment gateway timeout after {ms}ms for charge ch_{:x}", dice.next()),
            );
        }
        for _ in 0..(8 + dice.below(4)) {
            emit(
                dice.below(60_000),
                "payments",
                "warn",
                format!("retrying charge ch_{:x} attempt {}", dice.next(), 1 + dice.below(3)),
            );
        }
        for _ in 0..(5 + dice.below(3)) {
            emit(
                dice.below(60_000),
                "checkout-api",
                "warn",
                format!("slow request POST /api/checkout took {}ms", 2_000 + dice.below(9_000)),
            );
        }
    } else {
        emit(
            dice.below(60_000),
            "payments",
            "info",
            format!("heartbeat from settlement-worker-{} ok", 1 + dice.below(3)),
        );
    }
}

/// Loads a day of demo logs ending at `now_ms` (and the same hours of the week before), and
/// maps the demo panel to its streams. Returns the number of lines stored.
pub async fn load(templates: &Templates, writer: &Writer, store: &Store, now_ms: i64) -> Result<usize, StoreError> {
    let mut dice = Dice(0x5EED);
    let end = now_ms.div_euclid(MINUTE_MS) * MINUTE_MS;
    let day = MINUTES;
    // Minutes before now, oldest first: the earlier days' hours, then the last day.
    let past = (1..=PAST_DAYS).rev().flat_map(|d| (d * day..d * day + PAST_DAY_MINUTES).rev());
    let minutes: Vec<i64> = past.chain((0..MINUTES).rev()).collect();
    let mut stored = 0;
    let mut batch = Vec::new();
    for minutes_before_now in minutes {
        minute_of_logs(&mut dice, end - (minutes_before_now + 1) * MINUTE_MS, minutes_before_now, &mut batch);
        if batch.len() >= 20_000 || minutes_before_now == 0 {
            let report = ingest(
                templates,
                writer,
                std::mem::take(&mut batch).into_iter().map(Ok).collect(),
                None,
                ORG,
                now_ms,
                None,
            )
            .await?;
            stored += report.accepted;
        }
    }
    let metric = MetricKey {
        org: ORG.into(),
        dashboard: DASHBOARD.into(),
        panel_title: PANEL.into(),
        metric_name: METRIC.into(),
    };
    store.set_mapping(&Mapping { metric, streams: vec!["checkout-api".into(), "payments".into()] }).await?;
    Ok(stored)
}
