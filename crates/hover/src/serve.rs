//! `hover serve` and `hover ingest`: the server, and loading log files into its store.

use crate::UsageError;
use clap::Args;
use hover_server::{demo, ingest as ingest_records, open_store, AppState, Config, IncomingLog, Templates, Writer};
use hover_store::now_ms;
use std::io::BufRead;
use std::path::PathBuf;

#[derive(Args)]
pub struct ServeArgs {
    /// config.toml (seed format); without it ./config.toml is read when present.
    #[arg(long)]
    config: Option<PathBuf>,
    #[arg(long)]
    host: Option<String>,
    /// 0 picks a free port (printed as "listening on ...").
    #[arg(long)]
    port: Option<u16>,
    /// The embedded store's file (when no ClickHouse is configured).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Use ClickHouse at this URL instead of the embedded store.
    #[arg(long)]
    clickhouse_url: Option<String>,
    /// The ClickHouse cluster (a name in its remote_servers) to create Hover's tables on:
    /// replicated and sharded. Needs a ClickHouse URL.
    #[arg(long)]
    clickhouse_cluster: Option<String>,
    /// Start on a fresh embedded store filled with a day of demo logs with an incident.
    #[arg(long)]
    demo: bool,
}

fn load_config(args: &ServeArgs) -> Result<Config, UsageError> {
    let mut config = Config::load(args.config.as_deref()).map_err(|e| UsageError(e.to_string()))?;
    if let Some(host) = &args.host {
        config.server.host = host.clone();
    }
    if let Some(port) = args.port {
        config.server.port = port;
    }
    if let Some(data) = &args.data {
        config.store.path = data.clone();
    }
    if let Some(url) = &args.clickhouse_url {
        config.clickhouse.get_or_insert_with(Default::default).url = url.clone();
    }
    if let Some(cluster) = &args.clickhouse_cluster {
        let clickhouse = config
            .clickhouse
            .as_mut()
            .ok_or_else(|| UsageError("--clickhouse-cluster needs a ClickHouse URL (--clickhouse-url)".into()))?;
        clickhouse.cluster = Some(cluster.clone());
    }
    Ok(config)
}

fn runtime() -> Result<tokio::runtime::Runtime, UsageError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| UsageError(format!("cannot start: {e}")))
}

pub fn run(args: &ServeArgs) -> Result<(), UsageError> {
    let mut config = load_config(args)?;
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "hover=info,hover_server=info,tower_http=warn".into()),
        )
        .json()
        .with_writer(std::io::stderr)
        .init();
    if args.demo {
        // A fresh demo store next to the configured one, so demo data never mixes with real logs.
        config.clickhouse = None;
        config.store.path = config.store.path.with_file_name("demo.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", config.store.path.display()));
        }
    }
    runtime()?.block_on(async {
        let store = open_store(&config).await.map_err(|e| UsageError(e.to_string()))?;
        let state = AppState::new(config, store).await.map_err(|e| UsageError(e.to_string()))?;
        let mut demo_note = None;
        if args.demo {
            let now = now_ms();
            let lines = demo::load(&state.templates, &state.writer, &state.store, now)
                .await
                .map_err(|e| UsageError(e.to_string()))?;
            demo_note = Some((lines, now));
        }
        hover_server::serve_with(state, |local| {
            if let Some((lines, now)) = demo_note {
                print_demo_query(lines, now, local);
            }
        })
        .await
        .map_err(|e| UsageError(format!("server: {e}")))
    })
}

/// How to ask about the demo: a `curl` line that works pasted as is, with real times (the
/// last 30 minutes, whole minutes) and the address actually bound.
fn print_demo_query(lines: usize, now_ms: i64, local: std::net::SocketAddr) {
    const MINUTE: i64 = hover_core::MINUTE_MS;
    let end = (now_ms / MINUTE + 1) * MINUTE;
    let rfc3339 = |ms: i64| {
        let time = std::time::UNIX_EPOCH + std::time::Duration::from_millis(ms as u64);
        humantime::format_rfc3339_seconds(time).to_string()
    };
    eprintln!(
        "demo: {lines} lines over the last 24 h and the same {} hours of the {} days before, an incident in \
         the last {} minutes. Ask what changed:\n  \
         curl -s {local}/query_logs -d '{{\"org\":\"{}\",\"dashboard\":\"{}\",\"panel_title\":\"{}\",\
         \"metric_name\":\"{}\",\"start_time\":\"{}\",\"end_time\":\"{}\"}}'",
        demo::PAST_DAY_MINUTES / 60,
        demo::PAST_DAYS,
        demo::INCIDENT_MINUTES,
        demo::ORG,
        demo::DASHBOARD,
        demo::PANEL,
        demo::METRIC,
        rfc3339(end - 30 * MINUTE),
        rfc3339(end),
    );
}

#[derive(Args)]
pub struct IngestArgs {
    /// Log files: one message per line, or JSON records (one per line) with --json.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    #[arg(long)]
    config: Option<PathBuf>,
    /// The embedded store's file (when no ClickHouse is configured).
    #[arg(long)]
    data: Option<PathBuf>,
    #[arg(long)]
    clickhouse_url: Option<String>,
    #[arg(long)]
    clickhouse_cluster: Option<String>,
    #[arg(long, default_value = "default")]
    org: String,
    /// Stream name; by default the file name without its extension.
    #[arg(long)]
    stream: Option<String>,
    /// Lines are JSON records ({"timestamp", "message", "stream", "level"}), as /ingest takes.
    #[arg(long)]
    json: bool,
    #[arg(long, default_value_t = 10_000)]
    batch: usize,
}

pub fn ingest(args: &IngestArgs) -> Result<(), UsageError> {
    let serve_args = ServeArgs {
        config: args.config.clone(),
        host: None,
        port: None,
        data: args.data.clone(),
        clickhouse_url: args.clickhouse_url.clone(),
        clickhouse_cluster: args.clickhouse_cluster.clone(),
        demo: false,
    };
    let config = load_config(&serve_args)?;
    let total_bytes: u64 = args.files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    let bar = indicatif::ProgressBar::new(total_bytes);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg}").expect("a valid template"),
    );
    runtime()?.block_on(async {
        let store = open_store(&config).await.map_err(|e| UsageError(e.to_string()))?;
        let templates = std::sync::Arc::new(Templates::start(&store).await.map_err(|e| UsageError(e.to_string()))?);
        let writer = Writer::start(store.clone(), templates.clone());
        let (mut accepted, mut rejected) = (0usize, 0usize);
        for path in &args.files {
            let file =
                std::fs::File::open(path).map_err(|e| UsageError(format!("cannot read {}: {e}", path.display())))?;
            let stream = args.stream.clone().unwrap_or_else(|| {
                path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "default".into())
            });
            let mut reader = std::io::BufReader::new(file);
            let mut buffer = Vec::new();
            let mut batch = Vec::new();
            let mut line_number = 0usize;
            loop {
                buffer.clear();
                let read = reader
                    .read_until(b'\n', &mut buffer)
                    .map_err(|e| UsageError(format!("{}: {e}", path.display())))?;
                if read > 0 {
                    line_number += 1;
                    bar.inc(read as u64);
                    let text = String::from_utf8_lossy(&buffer);
                    let text = text.trim_end_matches(['\n', '\r']);
                    let record = if args.json {
                        serde_json::from_str::<IncomingLog>(text).map_err(|e| format!("line {line_number}: {e}"))
                    } else {
                        Ok(IncomingLog { message: Some(text.to_string()), ..Default::default() })
                    };
                    batch.push(record.map(|mut r| {
                        r.org = Some(args.org.clone());
                        r.stream.get_or_insert_with(|| stream.clone());
                        r
                    }));
                }
                if batch.len() >= args.batch.max(1) || (read == 0 && !batch.is_empty()) {
                    let report = ingest_records(
                        &templates,
                        &writer,
                        std::mem::take(&mut batch),
                        None,
                        &args.org,
                        now_ms(),
                        None,
                    )
                    .await
                    .map_err(|e| UsageError(e.to_string()))?;
                    accepted += report.accepted;
                    rejected += report.rejected;
                    for r in report.rejections.iter().take(5) {
                        bar.suspend(|| eprintln!("rejected in {}: {}", path.display(), r.reason));
                    }
                    bar.set_message(format!("{accepted} stored, {rejected} rejected"));
                }
                if read == 0 {
                    break;
                }
            }
        }
        bar.finish();
        eprintln!("{accepted} lines stored, {rejected} rejected");
        Ok(())
    })
}
