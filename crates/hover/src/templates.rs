//! `hover templates FILE`: the template of every line of a log file.

use crate::logfile::for_each_line;
use crate::UsageError;
use clap::{Args, ValueEnum};
use hover_core::TemplateMiner;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Csv,
    Json,
}

#[derive(Args)]
pub struct TemplatesArgs {
    /// Log file, one message per line ("-" reads standard input).
    file: PathBuf,
    #[arg(long, value_enum, default_value = "csv")]
    format: Format,
}

#[derive(Serialize)]
struct Row<'a> {
    line: usize,
    template_id: String,
    template: &'a str,
}

pub fn run(args: &TemplatesArgs) -> Result<(), UsageError> {
    // Mined as read, keeping only each line's template ID: IDs are resolved at the end, as
    // the templates are then.
    let mut miner = TemplateMiner::default();
    let mut ids = Vec::new();
    for_each_line(&args.file, |line| ids.push(miner.mine(line).template_id))?;
    let ids: Vec<_> = ids.into_iter().map(|id| miner.resolve(id)).collect();
    let rows = ids.iter().enumerate().map(|(i, &id)| Row {
        line: i + 1,
        template_id: id.to_string(),
        template: miner.template_text(id).unwrap_or_default(),
    });
    match write_rows(args.format, rows) {
        Ok(()) => Ok(()),
        // `hover templates big.log | head` closes the pipe early: not an error.
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) => {
            Ok(())
        }
        Err(e)
            if e.downcast_ref::<csv::Error>().is_some_and(
                |e| matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe),
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(UsageError(format!("cannot write the output: {e}"))),
    }
}

fn write_rows<'a>(format: Format, rows: impl Iterator<Item = Row<'a>>) -> Result<(), Box<dyn std::error::Error>> {
    let stdout = std::io::stdout().lock();
    match format {
        Format::Csv => {
            let mut out = csv::Writer::from_writer(stdout);
            for row in rows {
                out.serialize(row)?;
            }
            out.flush()?;
        }
        Format::Json => {
            let mut out = std::io::BufWriter::new(stdout);
            serde_json::to_writer(&mut out, &rows.collect::<Vec<_>>())?;
            writeln!(out)?;
            out.flush()?;
        }
    }
    Ok(())
}
