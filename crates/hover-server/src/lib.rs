//! Hover's HTTP server: the API the Grafana panel speaks, ingest, mappings and operations.
//! Thin: analysis and mining live in `hover-core`, storage in `hover-store`.
//!
//! Key decision: [`AppState`] holds the store and, beside it, the one template miner of the
//! process ([`Templates`]); a handler parses its request, asks the store, resolves template
//! IDs with one call, and lets the core compute. `ApiError` exists only at the HTTP edge.
#![deny(missing_docs)]

mod auth;
mod config;
pub mod demo;
mod error;
mod first_seen;
mod ingest;
pub mod loki;
mod metrics;
mod otlp;
mod request;
mod routes;
mod templates;
mod writer;

pub use config::{Config, ConfigError};
pub use error::ApiError;
pub use ingest::{ingest, IncomingLog, IngestReport, Rejection};
pub use templates::Templates;
pub use writer::Writer;

use axum::serve::ListenerExt;
use hover_store::{ClickHouseStore, EmbeddedStore, Store, StoreError};
use metrics::Metrics;
pub use routes::router;
use std::sync::Arc;

/// What every handler shares: the store, and beside it the miner that names what it holds.
#[derive(Clone)]
pub struct AppState {
    /// The configuration it started with.
    pub config: Arc<Config>,
    /// Where the logs are.
    pub store: Store,
    /// The miner, and what of it the store has.
    pub templates: Arc<Templates>,
    /// The store's single writer: concurrent ingest calls share its rounds.
    pub writer: Arc<Writer>,
    /// Prometheus metrics of requests, ingest and the store.
    pub metrics: Metrics,
    /// Recently read mappings.
    pub mappings: Arc<routes::mappings::MappingCache>,
    /// Templates' first-seen times, recently read.
    pub first_seen: Arc<first_seen::FirstSeenCache>,
    /// Set once the start-up warm-up of the settled-hours cache has ended.
    pub cache_warm: Arc<std::sync::atomic::AtomicBool>,
    /// (org, Idempotency-Key) of the ingest requests being handled now.
    pub keys_in_flight: Arc<std::sync::Mutex<std::collections::HashSet<(String, String)>>>,
}

/// Opens the store the configuration names: ClickHouse when configured, else the embedded
/// file. For ClickHouse this creates the database objects that are missing.
pub async fn open_store(config: &Config) -> Result<Store, hover_store::StoreError> {
    match &config.clickhouse {
        Some(ch) => Ok(Store::ClickHouse(ClickHouseStore::connect(ch).await?)),
        None => Ok(Store::Embedded(EmbeddedStore::open(&config.store.path)?)),
    }
}

impl AppState {
    /// The state for `store`: the miner is rebuilt from what the store holds.
    pub async fn new(config: Config, store: Store) -> Result<Self, StoreError> {
        let metrics = Metrics::new(&store);
        let templates = Arc::new(Templates::start(&store).await?);
        let writer = Arc::new(Writer::start(store.clone(), templates.clone()));
        Ok(Self {
            config: Arc::new(config),
            store,
            templates,
            writer,
            metrics,
            mappings: Arc::default(),
            first_seen: Arc::default(),
            cache_warm: Arc::default(),
            keys_in_flight: Arc::default(),
        })
    }
}

/// Serves until SIGINT or SIGTERM, then finishes the requests in flight (ingest included).
/// Prints `listening on ADDR` once the socket is bound.
pub async fn serve(state: AppState) -> std::io::Result<()> {
    serve_with(state, |_| {}).await
}

/// [`serve`], calling `listening` with the bound address (a port of 0 is resolved by then)
/// right after "listening on ..." is printed.
pub async fn serve_with(state: AppState, listening: impl FnOnce(std::net::SocketAddr)) -> std::io::Result<()> {
    let address = format!("{}:{}", state.config.server.host, state.config.server.port);
    let listener = tokio::net::TcpListener::bind(&address).await?;
    let local = listener.local_addr()?;
    println!("listening on {local}");
    tracing::info!(%local, store = state.store.backend_name(), "hover serving");
    listening(local);
    warm_cache(&state);
    // Answers go out as soon as they are written, not held back by Nagle's algorithm until
    // the client acknowledges the previous segment (up to its 40 ms delayed ACK).
    let listener = listener.tap_io(|stream| {
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "TCP_NODELAY not set on a connection");
        }
    });
    axum::serve(listener, router(state)).with_graceful_shutdown(shutdown_signal()).await
}

/// Reads recent settled hours into the store's cache in the background, so the first
/// requests after a (re)start do not all queue behind ClickHouse; `/readyz` says when done.
fn warm_cache(state: &AppState) {
    let hours = state.config.clickhouse.as_ref().map_or(0, |c| c.warm_hours);
    let (store, first_seen, done) = (state.store.clone(), state.first_seen.clone(), state.cache_warm.clone());
    let mappings = state.mappings.clone();
    let templates = state.templates.clone();
    tokio::spawn(async move {
        let started = std::time::Instant::now();
        // Each part on its own: one failing leaves the others warm.
        let scopes = store.warm_cache(hours).await.unwrap_or_else(|e| {
            tracing::warn!(error = %e, "warming the settled-hours cache failed; it fills as queries come");
            Vec::new()
        });
        let former_ids = templates.former_ids();
        let mut templates = 0;
        for scope in &scopes {
            match first_seen.warm(&store, scope, &former_ids).await {
                Ok(n) => templates += n,
                Err(e) => tracing::warn!(error = %e, org = scope.org, "warming first-seen times failed"),
            }
        }
        let mut orgs: Vec<&str> = scopes.iter().map(|s| s.org.as_str()).collect();
        orgs.dedup();
        for org in orgs {
            match store.mappings(org).await {
                Ok(found) => mappings.put(org, found),
                Err(e) => tracing::warn!(error = %e, org, "warming mappings failed"),
            }
        }
        let ms = started.elapsed().as_millis() as u64;
        tracing::info!(scopes = scopes.len(), templates, hours, ms, "caches warmed");
        done.store(true, std::sync::atomic::Ordering::Relaxed);
    });
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    // SIGTERM (what service managers send) exists on Unix only; elsewhere Ctrl-C alone.
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
