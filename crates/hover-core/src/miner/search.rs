//! Searches for text of several characters (`<*>`, `HTTP/`) in text.
//!
//! A short needle (as every one but a template's constant pieces is) is looked for at each
//! place its first byte occurs: linear for a needle this short, and quicker on tokens than
//! the standard library's searches. A longer one natively by the standard library's
//! Two-Way search, linear whatever the input; in the wasm package by its first byte too, as
//! the Two-Way searcher costs 3 KB there and the browser mines lines it was given, not a
//! server's traffic. Both give the same answers.

/// Needles up to this long are looked for by their first byte everywhere.
const SHORT: usize = 8;

/// Where `needle` first occurs in `haystack`.
pub(crate) fn find_text(haystack: &str, needle: &str) -> Option<usize> {
    if cfg!(target_arch = "wasm32") || needle.len() <= SHORT {
        find_by_first_byte(haystack, needle)
    } else {
        haystack.find(needle)
    }
}

/// Does `needle` occur in `haystack`?
pub(crate) fn has_text(haystack: &str, needle: &str) -> bool {
    find_text(haystack, needle).is_some()
}

/// [`find_text`] by each place the needle's first byte occurs.
fn find_by_first_byte(haystack: &str, needle: &str) -> Option<usize> {
    let (bytes, needle) = (haystack.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else { return Some(0) };
    let mut from = 0;
    while let Some(at) = bytes[from..].iter().position(|&b| b == first) {
        if bytes[from + at..].starts_with(needle) {
            return Some(from + at);
        }
        from += at + 1;
    }
    None
}

/// The runs of `text` between ASCII whitespace, as [`str::split_ascii_whitespace`] gives
/// them, found eight bytes at a time: a line's tokens are split so on the miner's hot path,
/// where the standard library's byte-at-a-time search was a tenth of masking's time (this
/// split, with the record check's, gave 2.7 % more lines/s).
pub(crate) fn ascii_runs(text: &str) -> AsciiRuns<'_> {
    AsciiRuns { text, at: 0 }
}

/// See [`ascii_runs`].
#[derive(Debug, Clone)]
pub(crate) struct AsciiRuns<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Iterator for AsciiRuns<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let mut start = self.at;
        while bytes.get(start)?.is_ascii_whitespace() {
            start += 1;
        }
        self.at = run_end(bytes, start);
        // Cut at ASCII bytes only, so at characters' boundaries.
        Some(&self.text[start..self.at])
    }
}

/// Where the run that starts at `at` ends: at the next ASCII whitespace, or the end.
#[inline]
fn run_end(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH_BITS: u64 = ONES * 0x80;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        // The high bit of each byte below `!` (0x21), whitespace and the other control
        // bytes: exact for the first such byte (a borrow reaches only the bytes after it).
        let below_bang = word.wrapping_sub(ONES * 0x21) & !word & HIGH_BITS;
        if below_bang == 0 {
            at += 8;
            continue;
        }
        let first = at + (below_bang.trailing_zeros() / 8) as usize;
        if bytes[first].is_ascii_whitespace() {
            return first;
        }
        // A control byte that is no whitespace (`ESC`) is more of the run.
        at = first + 1;
    }
    at + bytes[at..].iter().position(u8::is_ascii_whitespace).unwrap_or(bytes.len() - at)
}

/// How many times `needle` occurs in `haystack`, as [`str::matches`] counts them.
pub(crate) fn count_text(haystack: &str, needle: &str) -> usize {
    split_text(haystack, needle).count() - 1
}

/// Where `needle` last occurs in `haystack`, for a needle no two of whose occurrences can
/// overlap (`<*>`, `":`): the last of those found from the start.
pub(crate) fn rfind_text(haystack: &str, needle: &str) -> Option<usize> {
    let mut last = None;
    let mut from = 0;
    while let Some(at) = find_text(&haystack[from..], needle) {
        last = Some(from + at);
        from += at + needle.len().max(1);
    }
    last
}

/// The pieces of `text` between occurrences of `separator`, as [`str::split`] gives them.
pub(crate) fn split_text<'a>(text: &'a str, separator: &'a str) -> impl Iterator<Item = &'a str> + Clone {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match find_text(current, separator) {
            Some(at) => {
                rest = Some(&current[at + separator.len()..]);
                Some(&current[..at])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// How many times `byte` occurs in `bytes`, counted up to `most`.
#[cfg(target_arch = "wasm32")]
pub(crate) fn count_byte(bytes: &[u8], byte: u8, most: usize) -> usize {
    bytes.iter().filter(|&&b| b == byte).take(most).count()
}

/// How many times each of `needles` occurs in `bytes` where `counted(at)` says so, in one
/// pass by `memchr` (every line is asked this), each counted up to `most`: the count stops
/// once one reaches it.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn count_bytes(bytes: &[u8], needles: [u8; 3], most: usize, counted: impl Fn(usize) -> bool) -> [usize; 3] {
    let mut counts = [0; 3];
    for at in memchr::memchr3_iter(needles[0], needles[1], needles[2], bytes).filter(|&at| counted(at)) {
        let which = needles.iter().position(|&n| n == bytes[at]).unwrap_or_default();
        counts[which] += 1;
        if counts[which] == most {
            break;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searches_agree_with_the_standard_library() {
        for (text, needle) in
            [("a<*>b<*>", "<*>"), ("<*><*>", "<*>"), ("", "<*>"), ("x", "<*>"), ("\"a\":\"b\":1", "\":")]
        {
            assert_eq!(find_text(text, needle), text.find(needle));
            assert_eq!(find_by_first_byte(text, needle), text.find(needle));
            assert_eq!(rfind_text(text, needle), text.rfind(needle));
            assert_eq!(count_text(text, needle), text.matches(needle).count());
            assert_eq!(split_text(text, needle).collect::<Vec<_>>(), text.split(needle).collect::<Vec<_>>());
        }
    }

    proptest::proptest! {
        #[test]
        fn runs_are_the_standard_librarys(text in "[ a!~\\t\\n\\r\\x0b\\x0c\\x1b\\x00é\\x7f]{0,40}") {
            let want: Vec<&str> = text.split_ascii_whitespace().collect();
            proptest::prop_assert_eq!(ascii_runs(&text).collect::<Vec<_>>(), want);
        }

        #[test]
        fn the_first_byte_search_agrees_too(text in "[<*>\":aé]{0,16}", needle in "[<*>\":aé]{1,4}") {
            proptest::prop_assert_eq!(find_by_first_byte(&text, &needle), text.find(needle.as_str()));
        }
    }
}
