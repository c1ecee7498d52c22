//! `hover`: Hover's command line.

mod analyze;
mod diff;
mod logfile;
mod serve;
mod templates;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "hover", version = concat!(env!("CARGO_PKG_VERSION"), " (commit ", env!("HOVER_GIT_COMMIT"), ")"), about = "What changed in the logs when the metric moved?")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Rank the templates that changed most between two windows of template counts.
    Analyze(analyze::AnalyzeArgs),
    /// Print the template of every line of a log file (CSV: line,template_id,template).
    Templates(templates::TemplatesArgs),
    /// Show which templates changed most between two log files.
    Diff(diff::DiffArgs),
    /// Run the HTTP server (embedded store unless ClickHouse is configured).
    Serve(serve::ServeArgs),
    /// Mine log files and write them to the configured store.
    Ingest(serve::IngestArgs),
}

/// A failure the user can act on: printed as one line on stderr, exit status 2.
#[derive(Debug)]
pub struct UsageError(pub String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Analyze(args) => analyze::run(&args),
        Command::Templates(args) => templates::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Ingest(args) => serve::ingest(&args),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(UsageError(message)) => {
            eprintln!("hover: {message}");
            ExitCode::from(2)
        }
    }
}
