//! Reading log files for the miner: one message per line, any bytes, any length.

use crate::UsageError;
use std::io::Read;
use std::path::Path;

/// Reads a whole file (or standard input for "-"). Bytes that are not UTF-8 become U+FFFD.
pub fn read_lines(path: &Path) -> Result<Vec<String>, UsageError> {
    let mut bytes = Vec::new();
    let result = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    result.map_err(|e| UsageError(format!("cannot read {}: {e}", path.display())))?;
    let mut lines: Vec<String> = bytes
        .split(|&b| b == b'\n')
        .map(|line| String::from_utf8_lossy(line.strip_suffix(b"\r").unwrap_or(line)).into_owned())
        .collect();
    // A final newline ends the last line; it does not start an empty one.
    if bytes.ends_with(b"\n") {
        lines.pop();
    }
    Ok(lines)
}
