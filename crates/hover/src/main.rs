//! `hover`: Hover's command line.

mod analyze;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "hover", version, about = "What changed in the logs when the metric moved?")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Rank the templates that changed most between two windows of template counts.
    Analyze(analyze::AnalyzeArgs),
}

/// A failure the user can act on: printed as one line on stderr, exit status 2.
#[derive(Debug)]
pub struct UsageError(pub String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Analyze(args) => analyze::run(&args),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(UsageError(message)) => {
            eprintln!("hover: {message}");
            ExitCode::from(2)
        }
    }
}
