//! Hover's HTTP server: the API the Grafana panel speaks, ingest, mappings and operations.
//! Thin: analysis and mining live in `hover-core`, storage in `hover-store`.

pub mod auth;
pub mod config;
pub mod demo;
pub mod error;
pub mod ingest;
pub mod metrics;
pub mod otlp;
pub mod query;
pub mod routes;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use config::Config;
use error::ApiError;
use hover_store::clickhouse::ClickHouseStore;
use hover_store::embedded::EmbeddedStore;
use hover_store::Store;
use ingest::Ingestor;
use metrics::Metrics;
use std::sync::Arc;
use std::time::Instant;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub ingestor: Arc<Ingestor>,
    pub metrics: Metrics,
    pub mappings: Arc<query::MappingCache>,
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
    pub async fn new(config: Config, store: Store) -> Result<Self, ApiError> {
        let metrics = Metrics::new(&store);
        let ingestor = Ingestor::start(store).await?;
        Ok(Self { config: Arc::new(config), ingestor: Arc::new(ingestor), metrics, mappings: Arc::default() })
    }
}

/// Counts and times every request by its route pattern.
async fn observe(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route =
        request.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string()).unwrap_or_else(|| "unmatched".into());
    let start = Instant::now();
    let response = next.run(request).await;
    state.metrics.observe(&route, response.status().as_u16(), start.elapsed().as_secs_f64());
    response
}

/// Errors made outside the handlers (unknown route, wrong method, body too large, time-out)
/// get the same JSON body as the handlers' own.
async fn json_errors(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let message = match status {
        StatusCode::NOT_FOUND => "no such endpoint; see /openapi.json".to_string(),
        StatusCode::METHOD_NOT_ALLOWED => "this endpoint does not take that HTTP method".to_string(),
        StatusCode::PAYLOAD_TOO_LARGE => "the request body is larger than the configured limit".to_string(),
        StatusCode::REQUEST_TIMEOUT => "the request took longer than the configured timeout".to_string(),
        other => other.canonical_reason().unwrap_or("error").to_string(),
    };
    let kind = match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::REQUEST_TIMEOUT => "timeout",
        _ => "error",
    };
    ApiError { status, kind, message }.into_response()
}

fn cors(config: &Config) -> CorsLayer {
    let origins = &config.http.cors_origins;
    let allow = if origins.iter().any(|o| o == "*") {
        AllowOrigin::any()
    } else {
        AllowOrigin::list(origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()))
    };
    CorsLayer::new().allow_origin(allow).allow_methods(Any).allow_headers(Any)
}

/// The whole API.
pub fn router(state: AppState) -> Router {
    let config = state.config.clone();
    Router::new()
        .route("/query_logs", post(query::query_logs))
        .route("/series", post(query::series))
        .route("/ingest", post(routes::ingest))
        .route("/v1/logs", post(otlp::logs))
        .route("/mappings", get(routes::list_mappings).put(routes::put_mapping).delete(routes::delete_mapping))
        .route("/healthz", get(routes::healthz))
        .route("/readyz", get(routes::readyz))
        .route("/metrics", get(routes::metrics))
        .route("/openapi.json", get(routes::openapi))
        .route_layer(middleware::from_fn_with_state(state.clone(), observe))
        .layer(middleware::from_fn(json_errors))
        .layer(DefaultBodyLimit::max(config.http.body_limit_bytes))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, config.http.request_timeout))
        .layer(cors(&config))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
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
    tracing::info!(%local, store = state.ingestor.store().backend_name(), "hover serving");
    listening(local);
    axum::serve(listener, router(state)).with_graceful_shutdown(shutdown_signal()).await
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
