//! Masking: which parts of a log line are variable values rather than words of the event.
//!
//! A line is split on whitespace. A token is a value (masked to `<*>`) when it holds a digit
//! (numbers, hex, IPs and ports, UUIDs, timestamps, dates, block and job IDs, sizes, durations)
//! or when it is shaped like a path, URL or e-mail address. In `key=value` and `key:value` the
//! key is kept and only the value is judged. A quoted identifier within one token is a value. Runs of consecutive values collapse into one `<*>`, so a list of 3 numbers and a list
//! of 5 numbers give the same template.

/// One token of a masked line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Masked<'a> {
    /// A word of the event, kept as it is.
    Word(&'a str),
    /// A variable value.
    Value,
    /// `key=<*>` (or another separator, kept in the prefix): the key stays, the value varies.
    KeyValue(&'a str),
}

pub const WILDCARD: &str = "<*>";

/// Is this token (or the value part of a `key=value` token) a variable value?
fn is_value(token: &str) -> bool {
    let bytes = token.as_bytes();
    if bytes.iter().any(u8::is_ascii_digit) {
        return true;
    }
    // Paths and URLs: "/var/log/x", "./run.sh", "hdfs://host/a". A lone "/" or "I/O" is a word.
    let core = token.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '"' | '\'' | ',' | ';' | '.' | ':'));
    if core.len() > 1
        && (core.starts_with('/') || core.starts_with("./") || core.starts_with("~/") || core.contains("://"))
    {
        return true;
    }
    // E-mail addresses and user@host.
    if let Some(at) = core.find('@') {
        if at > 0 && at + 1 < core.len() {
            return true;
        }
    }
    token == WILDCARD
}

/// Splits `key=value` / `key:value` into the kept prefix (with the separator) and the value.
/// Only a short identifier-like key counts, so a sentence fragment with a colon is left alone.
pub(crate) fn split_key_value(token: &str) -> Option<(&str, &str)> {
    let sep = token.find(['=', ':'])?;
    let (key, value) = (&token[..sep], &token[sep + 1..]);
    if key.is_empty() || value.is_empty() || key.len() > 40 {
        return None;
    }
    if !key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')) {
        return None;
    }
    Some((&token[..=sep], value))
}

fn mask_token(token: &str) -> Masked<'_> {
    if token.contains("://") {
        return Masked::Value;
    }
    if let Some((key, value)) = split_key_value(token) {
        if is_value(value) && !is_value(key) {
            return Masked::KeyValue(key);
        }
    }
    if is_value(token) {
        Masked::Value
    } else {
        Masked::Word(token)
    }
}

/// A unit of size right after a number ("16.0 KB,") belongs to the value: the unit changes
/// with the magnitude, the event does not.
fn is_size_unit(token: &str) -> bool {
    let unit = token.trim_end_matches([',', ';', ')', ']', '.']);
    matches!(unit, "B" | "KB" | "MB" | "GB" | "TB" | "PB" | "KiB" | "MiB" | "GiB" | "TiB" | "bytes" | "kB")
}

/// A quoted identifier within one token, such as `"com.apple.mail"` or `'eth0',`: a value.
/// A quoted plain word (`'Active'`) is usually a state name, part of the event, and a quote
/// that spans several tokens is often a request line whose method is part of the event
/// (`"GET /v2/... HTTP/1.1"`); both are left to the word rules.
fn is_quoted_value(token: &str) -> bool {
    let token = token.trim_end_matches([',', ';', ')', ']', '.', ':']);
    let bytes = token.as_bytes();
    bytes.len() >= 3
        && matches!(bytes[0], b'"' | b'\'' | b'`')
        && bytes[bytes.len() - 1] == bytes[0]
        && !bytes[1..bytes.len() - 1].iter().all(|b| b.is_ascii_alphabetic() || *b == b'_')
}

/// Masks a line, calling `emit` for each resulting token in order.
pub fn mask_line<'a>(line: &'a str, mut emit: impl FnMut(Masked<'a>)) {
    let mut previous_was_value = false;
    for token in line.split_ascii_whitespace() {
        let masked = if previous_was_value && is_size_unit(token) || is_quoted_value(token) {
            Masked::Value
        } else {
            mask_token(token)
        };
        let is_value = masked == Masked::Value;
        if !(is_value && previous_was_value) {
            emit(masked);
        }
        previous_was_value = is_value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(line: &str) -> String {
        let mut out = Vec::new();
        mask_line(line, |m| {
            out.push(match m {
                Masked::Word(w) => w.to_string(),
                Masked::Value => WILDCARD.to_string(),
                Masked::KeyValue(k) => format!("{k}{WILDCARD}"),
            })
        });
        out.join(" ")
    }

    #[test]
    fn masks_the_usual_variables() {
        let cases = [
            (
                "Receiving block blk_-1608999687919862906 src: /10.250.19.102:54106 dest: /10.250.19.102:50010",
                "Receiving block <*> src: <*> dest: <*>",
            ),
            ("Connection from 192.168.0.1 port 22", "Connection from <*> port <*>"),
            ("[instance: 63a0d960-70b6-44c6-b606-491478a5cadf] Claim successful", "[instance: <*> Claim successful"),
            ("uid=0 euid=0 tty=ssh user=root", "uid=<*> euid=<*> tty=ssh user=root"),
            ("Fan speeds ( 3552 3534 3375 4166 )", "Fan speeds ( <*> )"),
            ("opened /var/log/app.log and http://example.com/x", "opened <*> and <*>"),
            ("mail to ops@example.com failed", "mail to <*> failed"),
            ("module \"com.apple.mail\" claims 'x' in state 'Active'", "module <*> claims 'x' in state 'Active'"),
            ("\"GET /v2/servers HTTP/1.1\" status: 200", "\"GET <*> status: <*>"),
            ("I/O error at 2025-10-22T04:00:00Z", "I/O error at <*>"),
            ("job_201811092030_0003 done in 15ms", "<*> done in <*>"),
            ("stored (estimated size 16.0 B, free 1024.0 KB)", "stored (estimated size <*> free <*>"),
        ];
        for (line, want) in cases {
            assert_eq!(masked(line), want, "{line}");
        }
    }

    #[test]
    fn odd_input_is_fine() {
        assert_eq!(masked(""), "");
        assert_eq!(masked("   "), "");
        assert_eq!(masked("\"unterminated quote"), "\"unterminated quote");
        assert_eq!(masked("\"\" '' \""), "\"\" '' \"");
        assert_eq!(masked("= : =x x="), "= : =x x=");
        assert_eq!(masked("ünïcödé wörds 42"), "ünïcödé wörds <*>");
    }
}
