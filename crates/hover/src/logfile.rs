//! Reading log files for the miner: one message per line, any bytes, any length.

use crate::UsageError;
use std::io::BufRead;
use std::path::Path;

/// Calls `each` with every line of a file (or standard input for "-") as it is read, so a
/// log larger than memory can be mined. Bytes that are not UTF-8 become U+FFFD; a final
/// newline ends the last line, it does not start an empty one.
pub fn for_each_line(path: &Path, mut each: impl FnMut(&str)) -> Result<(), UsageError> {
    let failed = |e: std::io::Error| UsageError(format!("cannot read {}: {e}", path.display()));
    let mut reader: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(path).map_err(failed)?))
    };
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).map_err(failed)? == 0 {
            return Ok(());
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        each(&String::from_utf8_lossy(text.strip_suffix(b"\r").unwrap_or(text)));
    }
}
