//! A template's tokens: how a template token covers a line's, how a group of tokens
//! generalises to one, and the keys the miner indexes templates by.

use super::mask::{
    has_url, hex_id_in, is_calendar_word, is_http_method, is_joiner, is_letter, is_letter_or_digit, is_level,
    is_level_token, is_plain_byte, is_unspaced_script, WILDCARD,
};
use super::search::{self, count_text, find_text, has_text, rfind_text, split_text};
use crate::sort::sort_unstable_by;

/// A quoted text longer than this many runs of non-whitespace is not read as one token.
const MAX_QUOTED_RUNS: usize = 32;

/// The tokens of a line or of a template's text: runs of non-whitespace, except that a text
/// in quotes spanning several runs (`"connection reset by peer"`, `'no such key'`) is one
/// token, so free text of any length holds one place in its template. Which runs open and
/// close such a text: see [`QuoteMark`]; one left open (within [`MAX_QUOTED_RUNS`]) is a run
/// like any other. A JSON object is split as JSON: see [`is_json_object`]. A template's text
/// splits into the tokens its lines did.
pub(super) fn split_tokens(text: &str) -> Tokens<'_> {
    let json = is_json_object(text).map(|names_event| {
        let open = text.len() - text.trim_start().len();
        JsonSplit {
            open,
            close: text.trim_end().len() - 1,
            strings: JsonStrings::default(),
            nesting: 0,
            depth: 0,
            names_event,
            string_at: 0,
            words_are_tokens: true,
        }
    });
    let quoted = text.bytes().any(|b| b == b'"' || b == b'\'');
    Tokens { text, at: 0, json, quoted, list_reach: ListReach::default() }
}

/// Is `text` one JSON object: `{` … `}` with a string in it, every string closed and every
/// bracket outside strings closed, the first `{` by the last `}`? Then whether a member, nested
/// ones too, names its event (`"msg":`, see [`names_event`]). Such a line splits as a plain
/// one does, at whitespace (in the event's text too, so a message's words are tokens as a
/// plain line's are; in every text where no member names the event), and also after each
/// comma between an object's members, with the outer braces on their own: `{`,
/// `"level":"info",`, `"msg":"user`, `logged`, `in",`, `"agent":"curl 8",`, `}`. Masking keeps
/// quotes and brackets where they are, so a template's text is a JSON object again and
/// splits into the same tokens.
fn is_json_object(text: &str) -> Option<bool> {
    let text = text.trim_ascii();
    if !(text.len() >= 2 && text.starts_with('{') && text.ends_with('}') && text.contains('"')) {
        return None;
    }
    let (mut strings, mut string_at, mut depth, mut names_event) = (JsonStrings::default(), 0, 0usize, false);
    for (at, b) in text.bytes().enumerate() {
        let opens = !strings.inside;
        if !strings.outside(b) {
            string_at = if opens { at + 1 } else { string_at };
            continue;
        }
        match b {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => match depth.checked_sub(1) {
                Some(0) if at + 1 < text.len() => return None,
                Some(d) => depth = d,
                None => return None,
            },
            _ => names_event |= json_key(text, string_at, at).is_some_and(self::names_event),
        }
    }
    (!strings.inside && depth == 0).then_some(names_event)
}

/// The key that the byte at `at` ends, if it is the colon after the string that began at
/// `string_at` (`"msg":`).
fn json_key(text: &str, string_at: usize, at: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    (bytes[at] == b':' && at > string_at && bytes[at - 1] == b'"').then(|| &text[string_at..at - 1])
}

/// `text`, a JSON object, as the miner reads it, if that differs:
/// - with no spaces after its members' keys (`{"level": "info"}`, as Python's `json.dumps`
///   writes it, is read as `{"level":"info"}`): a key and its value are one token, and an
///   event one template, however the encoder spaced them;
/// - with the members of each object nested in it that holds no object itself sorted by key.
///   A JSON object's members have no order, and a map is written in the order it is walked:
///   Caddy writes each request's headers in another (`"headers":{"Accept":…,"User-Agent":…}`
///   / `{"User-Agent":…,"Accept":…}`), one event as many templates as there are orders. The
///   record's own members stay in the order its logger writes them (`level`, `ts`, `msg`).
pub(super) fn json_as_read(text: &str) -> Option<String> {
    // Most lines are no JSON object: their first byte turns them away; and most records have
    // neither a spaced member nor a nested object.
    let record = text.trim_ascii_start();
    if !record.starts_with('{')
        || !(has_text(record, "\": ") || record[1..].contains('{'))
        || is_json_object(text).is_none()
    {
        return None;
    }
    let (mut out, mut kept_from, mut changed) = (String::with_capacity(text.len()), 0, false);
    let (mut strings, mut after_colon, mut depth) = (JsonStrings::default(), false, 0usize);
    // The innermost object open below the record's own, while it holds no object: its depth
    // and where in `out` each of its members starts.
    let (mut object_depth, mut starts) = (0, Vec::new());
    for (at, b) in text.bytes().enumerate() {
        if after_colon && b == b' ' {
            out.push_str(&text[kept_from..at]);
            (kept_from, changed) = (at + 1, true);
            continue;
        }
        let outside = strings.outside(b);
        after_colon = outside && b == b':';
        let ends_object = outside && b == b'}' && depth == object_depth;
        if outside && matches!(b, b'{' | b'[' | b',') || ends_object {
            out.push_str(&text[kept_from..at]);
            kept_from = at;
        }
        match b {
            _ if !outside => {}
            b'{' | b'[' => {
                depth += 1;
                if b == b'{' && depth > 1 {
                    object_depth = depth;
                    starts.clear();
                    starts.push(out.len() + 1);
                }
            }
            b',' if depth == object_depth => starts.push(out.len() + 1),
            b'}' | b']' => {
                if ends_object {
                    object_depth = 0;
                    // Its members, each without the comma after it, sorted.
                    let (first, written) = (starts[0], out.split_off(starts[0]));
                    let mut members: Vec<&str> = Vec::with_capacity(starts.len());
                    for (i, &start) in starts.iter().enumerate() {
                        let end = starts.get(i + 1).map_or(first + written.len(), |&next| next - 1);
                        members.push(written[start - first..end - first].trim_ascii());
                    }
                    changed |= members.windows(2).any(|pair| pair[0] > pair[1]);
                    sort_unstable_by(&mut members, Ord::cmp);
                    for (i, member) in members.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        out.push_str(member);
                    }
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
    }
    out.push_str(&text[kept_from..]);
    changed.then_some(out)
}

/// Separators between the fields of one run that make it a delimited record.
const MIN_RECORD_SEPARATORS: usize = 4;

/// What separates a delimited record's fields: a comma, a bar or a semicolon.
const RECORD_SEPARATORS: [u8; 3] = [b',', b'|', b';'];

/// `text` with a space after each separator between the fields of a delimited record, if it
/// holds one: a run with [`MIN_RECORD_SEPARATORS`] commas, bars or semicolons or more between
/// fields (outside quotes and brackets, with no space after them), fields with digits and
/// fields of words both (`10,11/30/26,03:05:59,Assign,10.1.3.5,host.corp.example.com,…`, a
/// DHCP server's log; a database's audit log or CSV log; `alice|10.0.0.5|home|openat|ok|…`,
/// a file server's audit log). Read whole, such a run is one token whose names (users,
/// hosts) are kept as they are, so one event is a template per user and host; read field by
/// field, each field is a place of its own, as a word is in a line of words (and a quoted
/// text of several words holds the event's words, as a `msg="…"` field does: see
/// [`is_record_but`]). A list (`md5,sha1,sha256,sha512`, `sse,avx,fma,bmi,adx`) is no
/// record: its items are alike.
pub(super) fn record_fields(text: &str) -> Option<String> {
    // Most lines have fewer separators than a record: counted first, natively in one pass
    // for all three (a pass each cost 3 % of the stream's time), and only those between
    // fields, with no whitespace after (`a, b, c, d`, a list in a sentence, has none: Mac's
    // lines went on to a second pass); in the wasm package (which has no memchr, and no
    // bytes to spare) all of them, in one pass each.
    let bytes = text.as_bytes();
    #[cfg(not(target_arch = "wasm32"))]
    let counts = search::count_bytes(bytes, RECORD_SEPARATORS, MIN_RECORD_SEPARATORS, |at| {
        bytes.get(at + 1).is_none_or(|b| !b.is_ascii_whitespace())
    });
    #[cfg(target_arch = "wasm32")]
    let counts = RECORD_SEPARATORS.map(|b| search::count_byte(bytes, b, MIN_RECORD_SEPARATORS));
    let mut tried = RECORD_SEPARATORS.iter().zip(counts).filter(|&(_, n)| n >= MIN_RECORD_SEPARATORS);
    tried.find_map(|(&separator, _)| fields_split_by(text, separator))
}

/// [`record_fields`] for records whose fields `separator` separates.
fn fields_split_by(text: &str, separator: u8) -> Option<String> {
    let bytes = text.as_bytes();
    if is_json_object(text).is_some() {
        return None;
    }
    let mut split_at = Vec::new();
    let (mut quote, mut escaped, mut depth) = (None, false, 0usize);
    // Of the run so far: its separators between fields, and whether a field held a digit, and
    // one only letters; of the field so far, whether it held a digit, and a letter.
    let (mut separated, mut with_digit, mut of_words, mut digit, mut letter) = (0, false, false, false, false);
    let mut record = false;
    // Where the run so far starts among `split_at`, and whether its every field is a name in
    // capitals (`BAYES_99,HTML_MESSAGE`, SpamAssassin's rules beside its record): a list of
    // such names in a run of its own is one token, however long, not fields of a record.
    let (mut run_splits, mut capitals) = (0, true);
    for (at, &b) in bytes.iter().enumerate() {
        if let Some(mark) = quote {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                _ if b == mark => quote = None,
                _ => {}
            }
            continue;
        }
        let field_start = at == 0 || bytes[at - 1] == separator || matches!(bytes[at - 1], b' ' | b'\t');
        let ends_field = b == separator || b.is_ascii_whitespace();
        if ends_field {
            with_digit |= digit;
            of_words |= letter && !digit;
            (digit, letter) = (false, false);
        }
        match b {
            b'"' | b'\'' if field_start => (quote, capitals) = (Some(b), false),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            // A bar or semicolon written twice is one separator (`FA||Url`); commas with
            // nothing between them are an empty field (`…,,0`).
            _ if b == separator
                && depth == 0
                && bytes.get(at + 1).is_some_and(|&n| !n.is_ascii_whitespace() && (n != b || b == b',')) =>
            {
                split_at.push(at + 1);
                separated += 1;
            }
            // An empty last field (`…,FILE_DELETE,/tmp/a.log,`) ends the line.
            _ if b == separator && depth == 0 && at + 1 == bytes.len() => separated += 1,
            // A field with a space in it (Nagios's `host;Disk Usage;CRITICAL;…`, a CSV's `New
            // York`) joins the run before it to the run after it, which goes on to a separator.
            _ if b == b' ' && separated > 0 && depth == 0 && field_goes_on(bytes, at, separator) => {}
            _ if b.is_ascii_whitespace() => {
                let is_record = separated >= MIN_RECORD_SEPARATORS && with_digit && of_words && !capitals;
                if capitals {
                    split_at.truncate(run_splits);
                }
                record |= is_record;
                run_splits = split_at.len();
                (separated, with_digit, of_words, capitals) = (0, false, false, true);
            }
            _ => {
                digit |= b.is_ascii_digit();
                letter |= b.is_ascii_alphabetic();
                let name_start = field_start && b.is_ascii_uppercase();
                capitals &= name_start || !field_start && (b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            }
        }
    }
    with_digit |= digit;
    of_words |= letter && !digit;
    let is_record = separated >= MIN_RECORD_SEPARATORS && with_digit && of_words && !capitals;
    if !(record || is_record) {
        return None;
    }
    if capitals {
        split_at.truncate(run_splits);
    }
    let mut out = String::with_capacity(text.len() + split_at.len());
    let mut from = 0;
    for at in split_at {
        out.push_str(&text[from..at]);
        out.push(' ');
        from = at;
    }
    out.push_str(&text[from..]);
    Some(out)
}

/// Is the space at `at` inside a field of words: after a letter, before a word of letters that
/// a `separator` ends (`Disk Usage;`; not `SPF_FAIL,BAYES_99 t=4.9,`)?
fn field_goes_on(bytes: &[u8], at: usize, separator: u8) -> bool {
    let rest = &bytes[at + 1..];
    let word = rest.iter().position(|&b| !b.is_ascii_alphabetic()).unwrap_or(rest.len());
    at > 0 && bytes[at - 1].is_ascii_alphabetic() && word > 0 && rest.get(word) == Some(&separator)
}

/// Whether each byte of JSON text, taken in order, is inside a string.
#[derive(Debug, Default, Clone)]
struct JsonStrings {
    inside: bool,
    escaped: bool,
}

impl JsonStrings {
    /// Takes the next byte: is it outside every string? (A quote that opens or closes one
    /// is not.)
    fn outside(&mut self, b: u8) -> bool {
        if self.inside {
            match b {
                _ if self.escaped => self.escaped = false,
                b'\\' => self.escaped = true,
                b'"' => self.inside = false,
                _ => {}
            }
            return false;
        }
        self.inside = b == b'"';
        !self.inside
    }
}

/// Where a JSON object's tokens are cut (see [`is_json_object`]).
#[derive(Clone)]
struct JsonSplit {
    /// Byte offsets of the outer `{` and `}`.
    open: usize,
    close: usize,
    /// Strings run on from one token to the next.
    strings: JsonStrings,
    /// One bit per open bracket, innermost lowest: set for `[` (its commas do not cut).
    nesting: u64,
    depth: u32,
    /// Whether a member names the object's event (see [`is_json_object`]): then that member's
    /// text is split into its words, and every other member's text is one token, a value of
    /// the event (`"userAgent":"Mozilla/5.0 (X11; Linux x86_64)"`). With no such member,
    /// every text is split: one of them says what happened.
    names_event: bool,
    /// Where the last string's text began.
    string_at: usize,
    /// Whether the text of the string read now, or of the next one, is split at spaces.
    words_are_tokens: bool,
}

impl JsonSplit {
    fn push(&mut self, is_array: bool) {
        self.nesting = self.nesting << 1 | u64::from(is_array);
        self.depth += 1;
    }

    fn pop(&mut self) {
        self.nesting >>= 1;
        self.depth = self.depth.saturating_sub(1);
    }

    /// Does a comma here separate an object's members? (Past 64 levels, never.)
    fn in_object(&self) -> bool {
        self.depth > 0 && self.depth <= 64 && self.nesting & 1 == 0
    }

    /// Is the innermost open bracket an array's? (Past 64 levels, never.)
    fn in_array(&self) -> bool {
        self.depth > 0 && self.depth <= 64 && self.nesting & 1 == 1
    }
}

/// What a run of non-whitespace does to a quoted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum QuoteMark {
    None,
    /// One `"`: opens a text in double quotes, or closes one. (A run with more, such as a
    /// JSON object's `{"msg":"disk`, is left to the rules for one token.)
    Double,
    /// One `'`, first or after a character that is no letter or digit (`'no`, `key='no`,
    /// `task_'no`): opens a text in single quotes.
    OpensSingle,
    /// One `'` with no letter right after it (`key'`, `key',`, `<*>',`, `key'_1]`,
    /// `key'::method`): closes one. An apostrophe inside a word (`isn't`, `O'Brien`) does
    /// neither.
    ClosesSingle,
}

/// The [`QuoteMark`] of one run.
pub(super) fn quote_mark(run: &str) -> QuoteMark {
    let bytes = run.as_bytes();
    // Every run of a line with a quote comes here, and most hold none: one pass turns them
    // away, before the counts.
    if !bytes.iter().any(|&b| b == b'"' || b == b'\'') {
        return QuoteMark::None;
    }
    // A quote after a backslash is in the text (`\"node2\"`, as klog and Go's `%q` write a
    // quoted name inside a quoted text): it neither opens nor closes one.
    let escaped = |at: usize| bytes[..at].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1;
    match (0..bytes.len()).filter(|&at| bytes[at] == b'"' && !escaped(at)).count() {
        0 => {}
        1 => return QuoteMark::Double,
        _ => return QuoteMark::None,
    }
    let mut singles = bytes.iter().enumerate().filter(|(_, &b)| b == b'\'');
    let (Some((at, _)), None) = (singles.next(), singles.next()) else { return QuoteMark::None };
    let (before, after) = (&bytes[..at], &bytes[at + 1..]);
    // A value masked (`id=<*>',` of `id=42',`) is a word as the value was.
    let after_word = before.last().is_some_and(u8::is_ascii_alphanumeric) || before.ends_with(WILDCARD.as_bytes());
    if !after_word && !after.is_empty() {
        QuoteMark::OpensSingle
    } else if !before.is_empty() && after.first().is_none_or(|b| !b.is_ascii_alphabetic()) {
        QuoteMark::ClosesSingle
    } else {
        QuoteMark::None
    }
}

#[derive(Clone)]
pub(super) struct Tokens<'a> {
    text: &'a str,
    at: usize,
    json: Option<JsonSplit>,
    /// Whether the text holds a quote at all: most lines with a list hold none, and their
    /// runs need no look for one.
    quoted: bool,
    list_reach: ListReach,
}

impl<'a> Tokens<'a> {
    /// The next run of non-whitespace from byte `from` (ASCII whitespace, as
    /// `split_ascii_whitespace`: it never occurs inside a multi-byte character) and its mark.
    fn run(&self, from: usize) -> Option<(usize, usize, QuoteMark)> {
        let bytes = self.text.as_bytes();
        let start = from + bytes[from..].iter().position(|b| !b.is_ascii_whitespace())?;
        let end = bytes[start..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |n| start + n);
        let mark = if self.quoted { quote_mark(&self.text[start..end]) } else { QuoteMark::None };
        Some((start, end, mark))
    }

    /// Does the text hold a quote at all (so perhaps a quoted text)?
    pub(super) fn is_quoted(&self) -> bool {
        self.quoted
    }

    /// Is the text a JSON object, split as one?
    pub(super) fn is_json(&self) -> bool {
        self.json.is_some()
    }

    /// The next token of a JSON object (see [`is_json_object`]).
    fn next_member(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let split = self.json.as_mut()?;
        let start = self.at + bytes[self.at..].iter().position(|b| !b.is_ascii_whitespace())?;
        if start == split.open || start == split.close {
            if start == split.open {
                split.push(false);
            }
            self.at = start + 1;
            return Some(&self.text[start..start + 1]);
        }
        let mut at = start;
        // An array is one token, spaces and all (`"ids": [1, 2, 3]`, as Python writes JSON),
        // so arrays of 2 items and of 5 give templates of one length.
        while at < split.close {
            let b = bytes[at];
            let one_text = split.strings.inside && !split.words_are_tokens;
            if b.is_ascii_whitespace() && !split.in_array() && !one_text {
                break;
            }
            at += 1;
            let opens = !split.strings.inside;
            if !split.strings.outside(b) {
                if opens {
                    split.string_at = at;
                }
                continue;
            }
            match b {
                // A key: its value's text is split if it names the event, or if none does.
                b':' => {
                    let key = json_key(self.text, split.string_at, at - 1);
                    split.words_are_tokens = !split.names_event || key.is_some_and(names_event);
                }
                b'{' | b'[' => split.push(b == b'['),
                b'}' | b']' => split.pop(),
                b',' if split.in_object() => break,
                _ => {}
            }
        }
        self.at = at;
        Some(&self.text[start..at])
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.json.is_some() {
            return self.next_member();
        }
        let (start, end, mark) = self.run(self.at)?;
        self.at = end;
        let closer = match mark {
            QuoteMark::Double => QuoteMark::Double,
            QuoteMark::OpensSingle => QuoteMark::ClosesSingle,
            QuoteMark::None => {
                let rest = &self.text[end..];
                // A list's first run ends with a comma, or is a name before its details in
                // brackets (one byte looked at before the runs after it); a progress bar is
                // none, a value of its own, as the native split reads it, nor a number that
                // closes a bracket a line padded it in, which the masker joins to the bracket
                // (`( 0| (0, a), …`).
                let run = &self.text[start..end];
                let details_next =
                    || rest.trim_ascii_start().starts_with('(') && !super::mask::is_progress_bar(run, true);
                let padded_in = || {
                    let before = self.text[..start].trim_ascii_end();
                    let opening = &before[before.rfind(|c: char| c.is_ascii_whitespace()).map_or(0, |at| at + 1)..];
                    super::mask::closes_padded(opening, run)
                };
                let list = (run.ends_with(',') || details_next())
                    .then(|| {
                        (!padded_in()).then(|| list_after(run, rest.split_ascii_whitespace(), &mut self.list_reach))
                    })
                    .flatten()
                    .flatten();
                self.at = match list.or_else(|| bracket_text_len(&self.text[start..])) {
                    Some(len) => start + len,
                    None => padded_end(self.text, start, end),
                };
                return Some(&self.text[start..self.at]);
            }
            QuoteMark::ClosesSingle => return Some(&self.text[start..end]),
        };
        let mut probe = end;
        for _ in 0..MAX_QUOTED_RUNS {
            let Some((_, run_end, mark)) = self.run(probe) else { break };
            if mark == closer {
                self.at = run_end;
                return Some(&self.text[start..run_end]);
            }
            probe = run_end;
        }
        Some(&self.text[start..end])
    }
}

/// Where the token that starts at byte `start` of `text`, a run to `end`, ends: past the
/// runs that padding inside square brackets split from it. `[INFO ]` beside `[ERROR]`
/// (log4j's `[%-5p]`), `[ WARN]`, Logstash's `[INFO ][logstash.agent     ][main]`: a word
/// padded to a width is one token, as it is when it fills the width. (A number padded so,
/// the kernel's `[    0.000123]`, is joined by the masker.)
pub(super) fn padded_end(text: &str, start: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        let Some(skip) = bytes[end..].iter().position(|b| !b.is_ascii_whitespace()) else { return end };
        let (next, token) = (end + skip, &bytes[start..end]);
        // A progress bar's fill and the bar that closes it (`41%|██        |`).
        let lone = |at: usize| bytes.get(at).is_none_or(u8::is_ascii_whitespace);
        if bytes[next] == b'|' && lone(next + 1) && super::mask::is_progress_bar(&text[start..end], false) {
            return next + 1;
        }
        // A `]` that closes a bracket the token left open (a `[` after its last `]`), or a
        // word and its `]` that fill a bracket alone. (Most runs start with neither: one
        // byte is looked at.)
        let alone = token == b"[";
        if !may_continue_padded(token, bytes[next]) {
            return end;
        }
        let run_end = bytes[next..].iter().position(u8::is_ascii_whitespace).map_or(bytes.len(), |n| next + n);
        let open = token.iter().rposition(|&b| b == b'[') > token.iter().rposition(|&b| b == b']');
        // A progress bar's fill is no word padded to a width: it reads as a rule (see
        // `mask::rule`), and its `]` stays a token of its own.
        let fill = || super::mask::rule(&text[start..end]).is_some();
        if !(open && bytes[next] == b']' && !fill() || alone && bytes[run_end - 1] == b']') {
            return end;
        }
        end = run_end;
    }
}

/// May the run that starts with byte `next` continue `token` across the padding between
/// them (see [`padded_end`])? A `]`, or a letter after a `[` alone: one byte looked at.
pub(super) fn may_continue_padded(token: &[u8], next: u8) -> bool {
    next == b']' || token == b"[" && next.is_ascii_alphabetic()
}

/// A list of more items than this is not read as one token (each run is looked at from the
/// runs before it, as far as this).
const MAX_LIST_ITEMS: usize = 64;

/// What [`list_after`] learnt of a text's runs past a first one that started no list, its
/// items running on further than [`MAX_LIST_ITEMS`]: the runs from `from` to `before`
/// (addresses of their first bytes in the text) start none either, for the same reason. Each
/// run of a long list looked 64 runs ahead (a line of 1,200 items took 6 s for 2,000 lines);
/// with this, the runs of a list are looked through once.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct ListReach {
    from: usize,
    before: usize,
    /// The same for named items (see [`named_list_after`]): a list of them that breaks off
    /// breaks off where it did from each name in it, so those names start none either.
    names_from: usize,
    names_before: usize,
}

impl ListReach {
    /// The reach of `first`, whose items (`after`) run on further than [`MAX_LIST_ITEMS`].
    fn past<'a>(first: &str, after: impl Iterator<Item = &'a str>) -> Self {
        // The last MAX_LIST_ITEMS runs that end with a comma, in a ring (`seen` of them so
        // far; more than that once the first looked past them all): a first run before the
        // oldest is further than that from the run that ends them, if one does.
        let (mut last, mut seen) = ([0usize; MAX_LIST_ITEMS], 0);
        for run in after {
            if !run.ends_with(',') {
                return Self { from: first.as_ptr() as usize, before: last[seen % MAX_LIST_ITEMS], ..Self::default() };
            }
            last[seen % MAX_LIST_ITEMS] = run.as_ptr() as usize;
            seen += 1;
        }
        Self { from: first.as_ptr() as usize, before: usize::MAX, ..Self::default() }
    }
}

/// The length in bytes of the runs from `first` to `last`, slices of one text.
fn span(first: &str, last: &str) -> usize {
    last.as_ptr() as usize + last.len() - first.as_ptr() as usize
}

/// The length of the list that `first` starts with the runs after it (from `after`), if it
/// starts one. A list is one token, so that lists of 2 items and of 5 give templates of one
/// length. Items that are all words (see [`item_kind`]) or all not make a list, up to the
/// first with no comma at its end: two values (`10.0.0.1, 10.0.0.2`), or three words or more,
/// or two in brackets (`(TERM, HUP)`; `closed, retrying` is a sentence). Words and values
/// mixed are a record's fields by position (`(54, powerd)`), except in square brackets: an
/// array (`[TERM, USR1]`, and `[a, b]`), which ends where its bracket closes.
///
/// Whether a run starts a list depends on it and the runs after it alone, so a template's
/// text splits into the lists its lines did: a run masking changed is no item there, and
/// breaks a list only where the line's list was masked whole or was none.
pub(super) fn list_after<'a>(
    first: &str,
    after: impl Iterator<Item = &'a str> + Clone,
    reach: &mut ListReach,
) -> Option<usize> {
    if !first.ends_with(',') {
        return named_list_after(first, after, reach);
    }
    let array = first.starts_with('[') && !first.contains(']');
    if !array && (reach.from..reach.before).contains(&(first.as_ptr() as usize)) {
        debug_assert!(after.clone().take(MAX_LIST_ITEMS).all(|item| item.ends_with(',')), "{first:?} is in reach");
        return None;
    }
    // Items in quotes, every one, only in brackets that open on the first (Python's `['a',
    // 'b']`, `('a', 'b')`): bare, `"10.0.0.1", "/x"` are a quoted text's.
    let quotes = first.starts_with(['[', '(']) && quoted_item(first).is_some();
    let words = item_kind(first, quotes)?;
    // A level is a header's field, no list's first item (`FID 128, WARNING, core-a, Switch
    // status …`, Brocade's; `10:00:00, INFO, app, Started`): masking keeps it as it is, so a
    // template's text splits as its lines did.
    if words && is_level_token(&first[..first.len() - 1]) {
        return None;
    }
    let mut mixed = false;
    for (looked_at, item) in (1..).zip(after.clone().take(MAX_LIST_ITEMS)) {
        match item_kind(item, quotes) {
            Some(kind) if kind == words => {}
            Some(_) if array => mixed = true,
            _ => return None,
        }
        if array && item.contains(']') {
            return Some(span(first, item));
        }
        if !item.ends_with(',') {
            let bracketed = first.starts_with(['(', '{']) && item.contains([')', '}']);
            return (!mixed && (looked_at >= 2 || !words || bracketed)).then(|| span(first, item));
        }
    }
    // Every item in reach ends with a comma: so do the next runs' up to where reach ends.
    if !array {
        *reach = ListReach {
            names_from: reach.names_from,
            names_before: reach.names_before,
            ..ListReach::past(first, after)
        };
    }
    None
}

/// The length of the list of named items that `first` starts with the runs after it, if it
/// starts one: each item a name, then its details in round brackets, the items joined by
/// commas after the brackets (apt's `libc6:amd64 (2.36-9, automatic), libudev1:amd64
/// (252.38-1)`, `sda (ok), sdb (failed), sdc (ok)`). Such a list is one token as a list of
/// words is, so that an event lists 2 packages or 50 in one template. Two items make a list
/// where a name is more than a plain word (`:amd64`, a digit); plain words need three, as a
/// sentence may name two things so (`to host (primary), retrying (3 of 5)`). A line cut
/// inside a list (see [`MinerConfig::max_line_bytes`](super::MinerConfig)) ends it there.
/// A list that breaks off is looked through once (`reach`), not again from each name in it.
fn named_list_after<'a>(first: &str, mut after: impl Iterator<Item = &'a str>, reach: &mut ListReach) -> Option<usize> {
    // Nor is a template's value a name (`<*>`): a run that masks to one (a URL with its `=`)
    // was none in the line, and the template's text must split as its lines do.
    let is_name = |run: &str| {
        !run.ends_with([':', '='])
            && !run.bytes().any(|b| matches!(b, b'(' | b')' | b',' | b'"' | b'\'' | b'[' | b']' | b'{' | b'}' | b'='))
            && !has_text(run, WILDCARD)
    };
    let plain = |run: &str| run.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-' || b == b'_');
    let at = first.as_ptr() as usize;
    if !is_name(first) || (reach.names_from..reach.names_before).contains(&at) {
        return None;
    }
    let mut breaks_off = |run: &str| {
        (reach.names_from, reach.names_before) = (at, run.as_ptr() as usize);
        None
    };
    let (mut items, mut all_plain, mut last) = (0, plain(first), first);
    // A list cut off by the text's end ends there.
    let ended =
        |items: usize, all_plain: bool, last: &str| (items >= if all_plain { 3 } else { 2 }).then(|| span(first, last));
    loop {
        // The details: from a run that opens a bracket to the one that closes it.
        let mut run = match after.next() {
            Some(run) if run.starts_with('(') => run,
            Some(run) => return breaks_off(run),
            None => return ended(items, all_plain, last),
        };
        let mut depth = 0i32;
        loop {
            for b in run.bytes() {
                depth += match b {
                    b'(' => 1,
                    b')' => -1,
                    _ => 0,
                };
            }
            last = run;
            if depth <= 0 {
                break;
            }
            run = match after.next() {
                Some(next) => next,
                // An item cut off in its details is an item.
                None => return ended(items + 1, all_plain, last),
            };
        }
        items += 1;
        if depth < 0 || !run.ends_with(')') && !run.ends_with("),") {
            return breaks_off(run);
        }
        if run.ends_with(')') {
            return ended(items, all_plain, last);
        }
        match after.next() {
            Some(name) if is_name(name) => (all_plain, last) = (all_plain && plain(name), name),
            Some(run) => return breaks_off(run),
            None => return ended(items, all_plain, last),
        }
    }
}

/// The length of the text in square brackets that `text` starts with, if it spans several
/// runs. Free text in brackets is one token, as in quotes (`advancement [Stone Age]`,
/// `[Zabbix server]`, `TASK [nginx : install packages]`), so its wordings are one place's
/// values. It opens with a word that masking keeps, so that a template's text splits as its
/// lines did: not a time (`[Sun Dec 04 …]`, `[2026-11-28 …]`), nor a word padded to a width
/// (`[INFO ]`, `[ WARN]`: see [`padded_end`]), nor a label (`[instance: <*>]`, whose value
/// merges as a label's does); and it closes at a run's end, punctuation after it (`Age]`,
/// `server]:`). No bracket, quote, apostrophe (but a word's, `Isn't`) or equals sign (a
/// field: `[HRESULT = …]`) within.
pub(super) fn bracket_text_len(text: &str) -> Option<usize> {
    // Every token of every line comes here natively: its first byte turns most away.
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'[') {
        return None;
    }
    let opener = bytes.iter().position(u8::is_ascii_whitespace)?;
    let word = text.get(1..opener)?;
    if word.len() < 2 || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'\'') || is_calendar_word(word) {
        return None;
    }
    // An apostrophe between letters is a word's (`[Isn't It Iron Pick]`), not a quote.
    let letter = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_alphabetic);
    let (mut closed, mut after_space) = (false, false);
    for (at, &b) in bytes.iter().enumerate().skip(1) {
        match b {
            b'\'' if letter(at - 1) && letter(at + 1) => {}
            b'[' | b'"' | b'\'' | b'=' => return None,
            _ if b.is_ascii_whitespace() && closed => return Some(at),
            b']' if !closed && !after_space => closed = true,
            b':' | b',' | b'.' | b';' => {}
            _ if closed || b == b']' => return None,
            _ => {}
        }
        after_space = b.is_ascii_whitespace();
    }
    closed.then_some(bytes.len())
}

/// Is `token`, a token of several runs, one text in square brackets (see
/// [`bracket_text_len`])?
pub(super) fn is_bracket_text(token: &str) -> bool {
    bracket_text_len(token) == Some(token.len())
}

/// Is `token`, a token of several runs, one list (see [`list_after`]), not a quoted text?
pub(super) fn is_list_of(token: &str) -> bool {
    let mut runs = token.split_ascii_whitespace();
    let first = runs.next().unwrap_or_default();
    list_after(first, runs, &mut ListReach::default()) == Some(token.len())
}

/// What a run is as an item of a list: a word (`Some(true)`: no digit, path or address, so
/// masked as it is), another item (`Some(false)`), or none. An item holds no quote (a quoted
/// text, masked, could read back as an item), or, if `quotes` (a bracketed list of quoted
/// items, masked whole if a value is in it: `['<*>']`), one around it; and it is no field,
/// `key=value` or `key:value` (`from=root, size=5` are a record's fields). A URL's `=` or
/// `:` does not count: masked, it is gone with the URL. Nor does a template's `<*>` make an
/// item: a list masked is one value, and `<*>, <*>` in a template are tokens its lines had
/// apart, merged since. So a run that masking changed is no item in the template's text, and
/// one it left is the line's own: the text splits into the lists its lines did.
fn item_kind(run: &str, quotes: bool) -> Option<bool> {
    // A quoted item (`'restart',` of Python's `['systemctl', 'restart', 'ssh']`), if
    // `quotes`, is its text's kind, brackets and comma as they are.
    let quoted;
    let run = match quotes {
        true => {
            let (open, close) = quoted_item(run)?;
            // Pushed, not `concat`: that one use brought `join`'s generic code into the wasm package.
            let mut unquoted = String::from(&run[..open]);
            unquoted.push_str(&run[open + 1..close]);
            unquoted.push_str(&run[close + 1..]);
            quoted = unquoted;
            &quoted
        }
        false => run,
    };
    let bytes = run.as_bytes();
    if bytes.is_empty() {
        return None;
    }
    let (mut plain, mut equals, mut colon, mut angle) = (true, false, None, false);
    // One pass: a list's every run is looked at.
    for (at, &b) in bytes.iter().enumerate() {
        match b {
            b'"' | b'\'' => return None,
            b'=' => equals = true,
            b':' if colon.is_none() => colon = Some(at),
            b'<' => angle = true,
            _ => {}
        }
        plain &= is_plain_byte(b);
    }
    // A key starts with a letter; a value follows its colon (`enable_2G:1`, not `10.0.0.1:80`
    // or `Peers:`). A host before a port is no key (`kafka-1.prod:9092,`, `redis-2:6379]`):
    // a host name's letters, digits, dots and hyphens, one of those at least (`enable_2G`,
    // `mType(x` are keys), then digits.
    let host_port = |at: usize| {
        let port = bytes[at + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        port > 0
            && bytes[at + 1 + port..].iter().all(|b| matches!(b, b',' | b';' | b'.' | b']' | b')'))
            && bytes[..at].iter().any(|b| matches!(b, b'.' | b'-'))
            && bytes[..at].iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
    };
    let colon_field = bytes[0].is_ascii_alphabetic()
        && colon.is_some_and(|at| !matches!(&bytes[at + 1..], [] | [b',']) && !host_port(at));
    let field = (equals || colon_field) && !has_url(run);
    let template_value = angle && has_text(run, WILDCARD);
    // A hex ID is a value, though it holds no decimal digit (`'ffaecedc',` beside `'6d2a4e12',`).
    (!(field || template_value)).then(|| plain && hex_id_in(run).is_none())
}

/// Where the quotes of a list's quoted item are (`'ssh']`, `("a",`): two of one kind, with
/// only brackets before the first and only brackets and a comma after the second.
fn quoted_item(run: &str) -> Option<(usize, usize)> {
    let bytes = run.as_bytes();
    let open = bytes.iter().position(|&b| b == b'"' || b == b'\'')?;
    let close = bytes.iter().rposition(|&b| b == bytes[open]).filter(|&close| close > open + 1)?;
    let inside = &bytes[open + 1..close];
    let framed =
        bytes[..open].iter().all(|b| b"[({".contains(b)) && bytes[close + 1..].iter().all(|b| b",])}".contains(b));
    (framed && !inside.iter().any(|&b| b == b'"' || b == b'\'')).then_some((open, close))
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Token {
    Word(Box<str>),
    Wildcard,
}

impl Token {
    /// The token a word of a template's text is: `<*>` a value, any other a word.
    pub(super) fn of(word: &str) -> Self {
        match word {
            WILDCARD => Token::Wildcard,
            _ => Token::Word(word.into()),
        }
    }
}

/// Does the text of a template of these tokens split into them again? A template's text is
/// all that is stored, so one that would read back otherwise is not made. (Masking keeps
/// quotes and brackets so that this holds; a line whose masked form still would not, such
/// as a near-JSON line that masking makes look like JSON, gets the template `<*>`.)
pub(super) fn reads_back(tokens: &[Token]) -> bool {
    let text = render(tokens);
    let mut read = split_tokens(&text);
    tokens.iter().all(|t| read.next() == Some(text_of(t))) && read.next().is_none()
}

pub(super) fn text_of(token: &Token) -> &str {
    match token {
        Token::Word(w) => w,
        Token::Wildcard => WILDCARD,
    }
}

pub(super) fn render(tokens: &[Token]) -> String {
    let mut text = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(text_of(t));
    }
    text
}

/// Does one template token cover one line token? `<*>` covers anything, a word covers
/// itself, and a word with `<*>` in it covers the words that fit it (`user=<*>` covers
/// `user=root`).
pub(super) fn token_covers(template: &Token, line: &Token) -> bool {
    let (t, l) = match (template, line) {
        (Token::Wildcard, _) => return true,
        (Token::Word(t), Token::Word(l)) => (t, l),
        _ => return false,
    };
    if t == l {
        return true;
    }
    if !has_text(t, WILDCARD) {
        return is_full_stop_variant(t, l);
    }
    if !t.contains(' ') {
        return fits_pattern(t, &values_as_text(l)) || is_full_stop_variant(t, l);
    }
    // A text of several words covers word by word, as a line's tokens are covered:
    // `for <*> from` covers `for root from`, not `for invalid user x from`.
    let (mut t, mut l) = (t.split(' '), l.split(' '));
    loop {
        match (t.next(), l.next()) {
            (None, None) => return true,
            (Some(t), Some(l)) if text_word_covers(t, l) => {}
            _ => return false,
        }
    }
}

/// Does one word of a text's pattern cover the word of another text at its place?
pub(super) fn text_word_covers(template: &str, line: &str) -> bool {
    template == line || has_text(template, WILDCARD) && fits_pattern(template, &values_as_text(line))
}

/// A token's `<*>`s as a character no log holds (a Unicode noncharacter), so a pattern's
/// constants cannot match the wildcard's own `<`, `*` and `>` (`<*>>` does not cover `{<*>`).
fn values_as_text(token: &str) -> std::borrow::Cow<'_, str> {
    match has_text(token, WILDCARD) {
        true => {
            let mut text = String::with_capacity(token.len());
            for (i, piece) in split_text(token, WILDCARD).enumerate() {
                if i > 0 {
                    text.push('\u{ffff}');
                }
                text.push_str(piece);
            }
            text.into()
        }
        false => token.into(),
    }
}

/// The token that covers all of `tokens`: `<*>` between the punctuation-ended prefix and
/// suffix they share (`user=alice`, `user=bob` → `user=<*>`; `[a1]`, `[b2]` → `[<*>]`).
pub(super) fn generalise(tokens: &[&Token]) -> Token {
    let mut words = Vec::with_capacity(tokens.len());
    for token in tokens {
        let Token::Word(word) = token else { return Token::Wildcard };
        words.push(&**word);
    }
    // Texts of as many words that agree at half of them or more are one message with values,
    // generalised word by word (`node \"a\": Get <*>` / `node \"b\": Get <*>` → `node
    // \"<*>\": Get <*>`): their common prefix and suffix would cut a quoted name in half.
    // Texts that differ throughout are free text (`"disk full"`, `"no route"` → `"<*>"`).
    match generalise_text(&words).or_else(|| generalise_fields(&words)).or_else(|| generalise_word(&words)) {
        // A lone quote kept (`"<*>` from `"a b"x`, `"c d"y`) would open a quoted text when the
        // template's text is read back, unless each word has it too (a JSON message's last
        // word, `app=pgbench",` / `app=psql",` → `app=<*>",`): it is where their lines had it.
        Some(general) if words.iter().all(|w| quote_mark(w) == quote_mark(&general)) => Token::Word(general.into()),
        Some(general) if quote_mark(&general) == QuoteMark::None => Token::Word(general.into()),
        _ => Token::Wildcard,
    }
}

/// `<*>` between the punctuation-ended prefix and suffix that `words` share, or `None` if
/// they share none: [`generalise`] for a token, or for a word inside a quoted text (whose
/// quote, kept, stays where it was).
pub(super) fn generalise_word(words: &[&str]) -> Option<String> {
    if let Some(general) = generalise_between_values(words) {
        return Some(general);
    }
    let (&first, rest) = words.split_first()?;
    let (mut prefix, mut suffix): (&str, &str) = (first, first);
    let mut shortest = first.len();
    for &word in rest {
        shortest = shortest.min(word.len());
        let common = prefix.chars().zip(word.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum();
        prefix = &prefix[..common];
        let common =
            suffix.chars().rev().zip(word.chars().rev()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8());
        let common: usize = common.sum();
        suffix = &suffix[suffix.len() - common..];
    }
    // Values they share (`<*>~<*>,` / `x~<*>~<*>,`) are inside the new `<*>`: keep only the
    // constant before the first and after the last (`<*>,`).
    let prefix = &prefix[..find_text(prefix, WILDCARD).unwrap_or(prefix.len())];
    let suffix = &suffix[rfind_text(suffix, WILDCARD).map_or(0, |at| at + WILDCARD.len())..];
    // Nor a piece of a `<*>` that one of them has there; a `<` or `>` of their own stays
    // (`<api-<*>` / `<db-<*>` → `<<*>`).
    let in_a_value = |at: usize| words.iter().any(|w| w.get(at..).is_some_and(|rest| rest.starts_with(WILDCARD)));
    let prefix = match (1..=2).find(|&n| prefix.len() >= n && in_a_value(prefix.len() - n)) {
        Some(n) => &prefix[..prefix.len() - n],
        None => prefix,
    };
    let in_a_value_before = |n: usize| {
        words.iter().any(|w| w.get(..w.len() - suffix.len() + n).is_some_and(|head| head.ends_with(WILDCARD)))
    };
    let suffix = match (1..=2).find(|&n| suffix.len() >= n && in_a_value_before(n)) {
        Some(n) => &suffix[n..],
        None => suffix,
    };
    // Cut both back to a separator, so no piece of a word is kept as constant. A character of
    // a script written without spaces is a word, or most of one: `用户<*>` of `用户张三登录成功`
    // / `用户李四登录成功` (user … logged in).
    let bound = |c: char| !is_letter_or_digit(c) || is_unspaced_script(c);
    let prefix_end = prefix.char_indices().rev().find(|&(_, c)| bound(c)).map_or(0, |(at, c)| at + c.len_utf8());
    let prefix = &prefix[..prefix_end];
    let suffix = &suffix[suffix.find(bound).unwrap_or(suffix.len())..];
    // A bracket the value opened, the value closes (`at a.B.f(B.java:<*>)` / `at c.D.g(D.java:<*>)`
    // → `at <*>`, not `at <*>)`): a template reads balanced. A value there already may have
    // opened it (`<*>]` beside `<*>[CN=gw1]…<*>[CN=gw1]`: `<*>`, in whatever order they came).
    let opened_inside = |open: u8, close: u8| {
        let depths = words.iter().map(|w| {
            let inside = w.get(prefix.len()..w.len() - suffix.len()).unwrap_or_default();
            let depth = inside.bytes().fold(0, |depth, b| depth + i32::from(b == open) - i32::from(b == close));
            (depth, has_text(inside, WILDCARD))
        });
        let mut opened = false;
        for (depth, value) in depths {
            if depth <= 0 && !value {
                return false;
            }
            opened |= depth > 0;
        }
        opened
    };
    let suffix = match suffix.as_bytes().first() {
        Some(b')') if opened_inside(b'(', b')') => &suffix[1..],
        Some(b']') if opened_inside(b'[', b']') => &suffix[1..],
        _ => suffix,
    };
    let overlapping = prefix.len() + suffix.len() >= shortest;
    (!(prefix.is_empty() && suffix.is_empty() || overlapping)).then(|| format!("{prefix}{WILDCARD}{suffix}"))
}

/// Words with as many values that agree before the first and after the last, generalised
/// piece by piece between their values, so that what they share there stays: a job's key,
/// `[UUID(<*>)align.bwa_mem:NA:<*>]:` / `[UUID(<*>)hello.say_hello:NA:<*>]:` → `[UUID(<*>)<*>:NA:<*>]:`,
/// not `[UUID(<*>]:`. `None` where they differ outside their values, or keep nothing more
/// between them than [`generalise_word`]'s one `<*>` would, or no word.
fn generalise_between_values(words: &[&str]) -> Option<String> {
    let (&first, _) = words.split_first()?;
    let pieces = count_text(first, WILDCARD) + 1;
    fn ends(w: &str) -> (Option<&str>, Option<&str>) {
        let mut split = split_text(w, WILDCARD);
        (split.next(), split.last())
    }
    // Or words with one value that go on with a record's fields after it (a JSON record's
    // rest glued after a value), the same before it: `<*>","plugin":"Oban.Plugins.Cron"}` /
    // `…Pruner"}` → `<*>","plugin":"Oban.Plugins.<*>"}`, not `<*>"}`; or that go on with more
    // of a word that holds the value, whose start they share: `注文<*>を作成しました（ユーザー：bob）`
    // / `…alice）` → `注文<*>を作成しました（ユーザー：<*>）`, `arn:aws:iam::<*>:user/<*>`. (A
    // value's own tail, with no comma and nothing before the value, is more of it:
    // `<*>(en0:"a b")` / `<*>(en0:"c")` → `<*>")`, which a third shape fits too.)
    let first_ends = ends(first);
    let word_before = first_ends.0.is_some_and(|head| head.chars().any(is_letter));
    // One value whose word goes on differently after it, its head the same in every word.
    let tail_varies = pieces == 2 && (word_before || first_ends.1.is_some_and(|rest| rest.contains(',')));
    let agree = |w: &str| if tail_varies { ends(w).0 == first_ends.0 } else { ends(w) == first_ends };
    if pieces < 3 && !tail_varies || words.iter().any(|w| count_text(w, WILDCARD) + 1 != pieces || !agree(w)) {
        return None;
    }
    let mut split: Vec<_> = words.iter().map(|w| split_text(w, WILDCARD)).collect();
    let (mut general, mut varying) = (String::new(), 0);
    let mut column = Vec::with_capacity(words.len());
    for at in 0..pieces {
        column.clear();
        column.extend(split.iter_mut().filter_map(Iterator::next));
        if at > 0 && !general.ends_with(WILDCARD) {
            general.push_str(WILDCARD);
        }
        let same = column.iter().all(|p| *p == column[0]);
        // One value more in a frame they share; words that differ at two places are more
        // likely two messages (`|SeeQueueToken|<*>|mapResourceRequest:` / `|ProtocolMsraSecond|…`).
        varying += usize::from(!same);
        if varying > 1 {
            return None;
        }
        let piece = match same {
            true => column[0].to_string(),
            false => generalise_word(&column).unwrap_or_else(|| WILDCARD.to_string()),
        };
        // A value that reaches a value beside it is one with it.
        general.push_str(piece.strip_prefix(WILDCARD).filter(|_| general.ends_with(WILDCARD)).unwrap_or(&piece));
    }
    // A bracket the generalised pieces opened or closed would leave the word unbalanced.
    let depth =
        |w: &str, open: u8, close: u8| w.bytes().map(|b| i32::from(b == open) - i32::from(b == close)).sum::<i32>();
    let balanced = [(b'(', b')'), (b'[', b']')].iter().all(|&(o, c)| depth(&general, o, c) == depth(first, o, c));
    // Only a word kept between values is worth the stricter fit: punctuation alone there
    // (`<*>/<*>(<*>,<*>):` of a path and a position) leaves lines masked otherwise apart.
    let between = &general[find_text(&general, WILDCARD)?..rfind_text(&general, WILDCARD)?];
    (balanced && between.chars().any(is_letter)).then_some(general)
}

/// The text that covers `texts` word by word (where they differ, their generalisation, or
/// `<*>`), if they have as many words and agree at half of them or more: one message with
/// values in it, not free text.
pub(super) fn generalise_text(texts: &[&str]) -> Option<String> {
    generalise_parts(texts, ' ')
}

/// Fields a token of comma-separated ones has at least to be a record's, not a list.
const MIN_TOKEN_FIELDS: usize = 8;

/// `"<*>","IAS",<*>,,"CORP\a",…` / `…,"CORP\b",…`: a token of many comma-separated fields (a
/// record written with no spaces, as Windows' NPS writes one) is generalised field by field,
/// as a text is word by word, so the fields that agree keep their text.
fn generalise_fields(words: &[&str]) -> Option<String> {
    let fields = words[0].bytes().filter(|&b| b == b',').count() + 1;
    (fields >= MIN_TOKEN_FIELDS).then(|| generalise_parts(words, ',')).flatten()
}

/// [`generalise_text`] for parts split by `separator`.
fn generalise_parts(texts: &[&str], separator: char) -> Option<String> {
    let mut words: Vec<_> = texts.iter().map(|t| t.split(separator)).collect();
    let (mut general, mut agreeing, mut len, mut column) = (String::new(), 0, 0, Vec::new());
    loop {
        column.clear();
        column.extend(words.iter_mut().filter_map(Iterator::next));
        if column.is_empty() {
            return (2 * agreeing >= len).then_some(general);
        }
        if column.len() != texts.len() {
            return None;
        }
        let same = column.iter().all(|w| *w == column[0]);
        agreeing += usize::from(same);
        let generalised = (!same).then(|| generalise_word(&column)).flatten();
        if len > 0 {
            general.push(separator);
        }
        general.push_str(if same { column[0] } else { generalised.as_deref().unwrap_or(WILDCARD) });
        len += 1;
    }
}

const FULL_STOPS: [char; 4] = ['.', ',', ';', '!'];

/// The first and the last word of a text of several words (`None` for a word). Most tokens
/// are short and hold no space: a byte loop turns them away quicker than a string search is
/// set up, and the search from the end is made only for a text.
pub(super) fn first_and_last_word(text: &str) -> Option<(&str, &str)> {
    if !text.bytes().any(|b| b == b' ') {
        return None;
    }
    Some((text.split_once(' ')?.0, text.rsplit_once(' ')?.1))
}

/// A word without the sentence punctuation glued to its end (`entered.` → `entered`): lines
/// of one event often differ only by a full stop.
pub(super) fn without_full_stop(word: &str) -> &str {
    // By bytes (the full stops are ASCII): quicker than matching chars from the end.
    let stops = word.bytes().rev().take_while(|b| FULL_STOPS.contains(&char::from(*b))).count();
    &word[..word.len() - stops]
}

/// Is `line` the token `word` with sentence punctuation glued to its end (`entered` /
/// `entered.`, and for a token of punctuation alone, `...` / `....`)?
pub(super) fn is_full_stop_variant(word: &str, line: &str) -> bool {
    !word.is_empty()
        && line.strip_prefix(word).is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| FULL_STOPS.contains(&c)))
}

/// The token that `word` and its full-stop variants share: the word without its full stop,
/// or for a token of punctuation alone (`....`), the shortest of `others` it starts with.
pub(super) fn full_stop_base<'a>(word: &'a str, others: &[&'a str]) -> &'a str {
    let bare = without_full_stop(word);
    if !bare.is_empty() {
        return bare;
    }
    let prefixes = others.iter().copied().filter(|other| !other.is_empty() && word.starts_with(other));
    prefixes.fold(word, |shortest, other| if other.len() < shortest.len() { other } else { shortest })
}

/// Does `text` fit `pattern`, each `<*>` standing for one or more characters, or for none
/// where it is all a pair of brackets or quotes holds (`[<*>]` fits `[]`: an empty list is a
/// list; `"<*>"` fits `""`, an empty text)?
pub(super) fn fits_pattern(pattern: &str, text: &str) -> bool {
    match_pattern(pattern, text, |_| {})
}

/// [`fits_pattern`], handing `capture` what each `<*>` stands for, in order (meaningful only
/// when it returns true). Each `<*>` takes the shortest text before the next constant piece;
/// the last takes what is left before the final piece.
pub(super) fn match_pattern<'t>(pattern: &str, text: &'t str, mut capture: impl FnMut(&'t str)) -> bool {
    let mut pieces = split_text(pattern, WILDCARD);
    let first = pieces.next().unwrap_or("");
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let pieces: Vec<&str> = pieces.collect();
    let mut before = first;
    for (i, piece) in pieces.iter().enumerate() {
        let may_be_empty = matches!(
            (before.as_bytes().last(), piece.as_bytes().first()),
            (Some(b'['), Some(b']'))
                | (Some(b'{'), Some(b'}'))
                | (Some(b'('), Some(b')'))
                | (Some(b'"'), Some(b'"'))
                | (Some(b'\''), Some(b'\''))
        );
        if i + 1 == pieces.len() {
            let fits = rest.len() + usize::from(may_be_empty) > piece.len() && rest.ends_with(piece);
            if fits {
                capture(&rest[..rest.len() - piece.len()]);
            }
            return fits;
        }
        // At least one character for the `<*>` (or none), then the next constant piece.
        let skip = if may_be_empty { Some(0) } else { rest.char_indices().nth(1).map(|(at, _)| at) };
        let Some(skip) = skip else { return false };
        match find_text(&rest[skip..], piece) {
            Some(found) => {
                capture(&rest[..skip + found]);
                rest = &rest[skip + found + piece.len()..];
            }
            None => return false,
        }
        before = piece;
    }
    rest.is_empty()
}

/// Does the template cover the masked line, token by token? Its last `<*>`s may stand for
/// nothing, so an optional last word or unit (`took 5` / `took 5 ms`) is one event, and so
/// are tails chained and lists of values of other lengths (see
/// `TemplateMiner::covering_as_list`).
pub(super) fn covers(template: &[Token], line: &[Token]) -> bool {
    let optional_tail = template.len() > line.len() && template[line.len()..].iter().all(|t| *t == Token::Wildcard);
    // A field's value over a word (`msg=<*>` or `<*>` over `msg=normal`, `"msg":"<*>"` over
    // `"msg":"normal"`) needs two words elsewhere: `level=warn msg=<*>` says nothing of
    // which event it is. (A lone field's key is its event: `ambient=<*>`; so are the keys of
    // a record that names its event, `user=<*> op=upload`.)
    let is_field_token = |t: &Token| matches!(t, Token::Word(w) if field_value(w).is_some());
    // Values alone, however shaped (`[<*>:<*>] <*>::<*>`), say nothing of a line's words.
    let only_values = |tokens: &[Token]| !tokens.iter().any(|t| is_wordlike(t) || is_field_token(t));
    let value_over_word = |(t, l): (&Token, &Token)| {
        (is_field_token(t) && !is_wordlike(t) || *t == Token::Wildcard && is_field_token(l)) && is_wordlike(l)
    };
    let words = |tokens: &[Token]| tokens.iter().filter(|t| is_wordlike(t)).take(2).count();
    // A line of one token of punctuation (`{`, `}`, `---`) is no value: where other logs made
    // a template of one `<*>` (a number alone on its line), it stays its own.
    let punctuation = |t: &Token| matches!(t, Token::Word(w) if !w.chars().any(is_letter_or_digit));
    if line.len() == 1 && template.len() == 1 && punctuation(&line[0]) && template[0] == Token::Wildcard {
        return false;
    }
    (template.len() == line.len() || optional_tail)
        && template.iter().zip(line).all(|(t, l)| token_covers(t, l))
        && (!only_values(template) || only_values(line))
        && (!only_values(after_tag(template)) || only_values(after_tag(line)))
        && (template.len() == 1
            || words(template) >= 2
            || !template.iter().zip(line).any(value_over_word)
            || keys_naming_event(template).is_some())
}

/// Where the program's or logger's tag that ends a line's header is (`app:` of `<*> INFO
/// [<*>] app: …`, `sshd[<*>]:` of `<*> sshd[<*>]: …`): after one value, or after values and
/// a level (not a label after values, `<*> "<*>" status: <*>`).
fn tag_at(tokens: &[Token]) -> Option<usize> {
    let tag = |t: &Token| matches!(t, Token::Word(w) if is_program_tag(w));
    let level = |t: &Token| is_level_token(text_of(t));
    let at = tokens.iter().position(|t| tag(t) || !(holds_value(t) || level(t)))?;
    (tag(&tokens[at]) && (at == 1 || tokens[..at].iter().any(level))).then_some(at)
}

/// The program's or logger's tag that ends a line's header (see [`tag_at`]), if it has one.
pub(super) fn tag_of(tokens: &[Token]) -> Option<&Token> {
    tag_at(tokens).map(|at| &tokens[at])
}

/// The message after a header that ends in a tag (see [`tag_at`]): a message of values alone
/// is no event's words, so it covers no message of words (`app: OK` is not `app: <*>`). The
/// whole line where there is no such header.
pub(super) fn after_tag(tokens: &[Token]) -> &[Token] {
    tag_at(tokens).map_or(tokens, |at| &tokens[at + 1..])
}

/// A `key=value` field is part of the record's shape: an optional last word only where it is
/// a structured logger's context (see [`is_context_field`]).
pub(super) fn is_field(token: &Token) -> bool {
    matches!(token, Token::Word(w) if w.contains('='))
}

/// Does a template token hold a word of the event (letters outside its `<*>`)? A field's key
/// only names the field: its value must (`level=info` and `"level":"info",` do, `uid=<*>`
/// and `"ts":<*>,` do not).
pub(super) fn is_wordlike(token: &Token) -> bool {
    matches!(token, Token::Word(w) if has_letters(field_value(w).unwrap_or(w)))
}

/// A mark of punctuation alone that sets parts of a line apart (`-`, `*`, `|`, `::`, a rule
/// of one mark, `---`, `===`, as test runners write before a test's outcome, and an arrow,
/// `==>`, `-->`, as Homebrew, Vagrant and Packer write before each step).
fn is_mark(token: &Token) -> bool {
    let rule = |w: &str| w.bytes().all(|b| b == w.as_bytes()[0]);
    let arrow = |w: &str| {
        w.len() <= 4
            && (w.ends_with('>') || w.starts_with('<'))
            && w.bytes().all(|b| matches!(b, b'=' | b'-' | b'>' | b'<'))
    };
    // A symbol alone beyond ASCII is a bullet too (opam's `∗` and `⬇`, a checklist's `✓`).
    let symbol = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| !c.is_ascii() && !is_letter(c)) && chars.next().is_none()
    };
    matches!(token, Token::Word(w) if w.bytes().all(|b| b.is_ascii_punctuation()) && (w.len() <= 2 || rule(w) || arrow(w)) || symbol(w))
}

pub(super) fn has_letters(text: &str) -> bool {
    split_text(text, WILDCARD).any(|piece| piece.chars().any(is_letter))
}

/// Does a field's key (`op=`, `"event":`) name the field that says which event a record is?
/// Structured loggers call it so (GELF its `short_message`, Serilog's compact JSON its
/// rendered message `@m` and template `@mt`).
pub(super) fn names_event(key: &str) -> bool {
    matches!(
        bare_key(key),
        "msg"
            | "message"
            | "short_message"
            | "@m"
            | "@mt"
            | "event"
            | "action"
            | "op"
            | "operation"
            | "eventName"
            | "event_type"
            | "verb"
    )
}

/// A record that names its event in a field (`op=upload`, `msg="disk full"`) and holds no
/// value in such a field is that event, whatever its other fields hold: its keys say which
/// event it is (`user=<*> op=upload bucket=<*>`), as a message's words would.
/// `level=info msg=<*>` names none. How many fields hold a value, if it is such a record.
fn keys_naming_event(tokens: &[Token]) -> Option<usize> {
    let (mut named, mut keys) = (false, 0);
    for token in tokens {
        let Some((key, value)) = key_and_value(token) else { continue };
        let varies = has_text(value, WILDCARD);
        if names_event(key) {
            if varies {
                return None;
            }
            named = true;
        }
        keys += usize::from(varies);
    }
    named.then_some(keys)
}

/// Is `token` a field whose value varies (`request_id=<*>`, `reconcileID="<*>"`), its key
/// in none of `others`: a field a structured logger adds to some lines of an event only (a
/// request's context), not one that names the event.
pub(super) fn is_context_field(token: &Token, others: &[Token]) -> bool {
    key_and_value(token).is_some_and(|(key, value)| {
        has_text(value, WILDCARD)
            && !has_letters(value)
            && !names_event(key)
            && !others.iter().any(|t| key_and_value(t).is_some_and(|(other, _)| other == key))
    })
}

/// Is a record a structured logger's, which says which event it is apart from its fields:
/// in a field that names it (`msg="request completed"`, see [`keys_naming_event`]), or in a
/// quoted message before its first field (klog's `"Reconcile successful" controller=…`)?
/// Not a message of bare words then fields (pam's `authentication failure; logname= uid=<*>
/// … rhost=<*> user=<*>`): where such a line has a field more, it is written by another
/// call (Loghub's truth has two events there).
pub(super) fn names_its_event(tokens: &[Token]) -> bool {
    let quoted_message = |t: &Token| {
        let text = text_of(t);
        text.len() > 2 && text.starts_with('"') && text.ends_with('"') && is_wordlike(t) && !holds_value(t)
    };
    let first_field = tokens.iter().position(|t| key_and_value(t).is_some());
    first_field.is_some_and(|at| keys_naming_event(tokens).is_some() || tokens[..at].iter().any(quoted_message))
}

/// Does a field's key (`level=`, `"severity":`) name a line's level?
fn is_level_key(key: &str) -> bool {
    matches!(bare_key(key), "level" | "lvl" | "severity" | "loglevel")
}

/// `op=`, `"op":`, `"request":{"op":`: the last key, without its quotes and colon or sign.
fn bare_key(key: &str) -> &str {
    let key = key.trim_end_matches(['=', ':', '"']);
    key.rsplit('"').next().unwrap_or(key)
}

/// The value of a field: `key=value` (`uid=0` → `0`) or a JSON member (`"level":"info",` →
/// `"info",`; the last key's, in a nested object). `None` for a token that is no field.
fn field_value(token: &str) -> Option<&str> {
    if let Some(member) = token.strip_prefix('"') {
        return rfind_text(member, "\":").map(|at| &member[at + 2..]);
    }
    // `allDrawn=` with its value in the next token is a word like `from`.
    let (key, value) = token.split_once('=').filter(|(_, value)| !value.is_empty())?;
    let is_key = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'));
    is_key.then_some(value)
}

/// A field's key, with its sign or colon (`uid=`, `"level":`), and its value.
fn key_and_value(token: &Token) -> Option<(&str, &str)> {
    let Token::Word(w) = token else { return None };
    field_value(w).map(|value| (&w[..w.len() - value.len()], value))
}

/// A value, or a token with one in it (`user=<*>`).
pub(super) fn holds_value(token: &Token) -> bool {
    match token {
        Token::Wildcard => true,
        Token::Word(w) => has_text(w, WILDCARD),
    }
}

/// A template must stay mostly words: `<*> (command <*>)` or `<*>` says nothing. Values
/// next to each other count as one (a time written in three tokens, `[<*> <*> <*>]`, is one
/// value). Tokens of punctuation alone (`=`, `-`) are neither words nor values: `total = <*>,
/// boot = <*>` is half words. Nor is a field with no word in its value (`status=<*>`,
/// `"ts":<*>,`): its key says what the value is, but not which event it is (`level=info
/// msg=<*>` says nothing), unless it is the template's one field. A word and then a value
/// says what it does to the value (`at <*>`, a stack frame; `removing <*>`; `PLAY [<*>] ***`,
/// punctuation after it being neither). A quoted text
/// counts its words (`"GET <*> HTTP/<*>"`, two).
pub(super) fn says_something(tokens: &[Token]) -> bool {
    says_something_with(tokens, true)
}

/// [`says_something`], where one value before the first word is the header only if
/// `leading_value_is_header`: not when it is the first word just generalised (`disk on <*>
/// of <*>`, `fan on …`, `psu on …` are three events, not `<*> on <*> of <*>`).
pub(super) fn says_something_with(tokens: &[Token], leading_value_is_header: bool) -> bool {
    // A lone token keeps its word, a lone field its key (`ambient=<*>`, `blk_<*>`).
    if let [Token::Word(w)] = tokens {
        return has_letters(w);
    }
    // A record of three fields or more and nothing else says which event it is by its keys,
    // unless a value stands for its message or level (a CDN's `edge=<*> cache=<*> status=<*>
    // …`, not `ts=<*> level=<*> msg=<*>`); a JSON object's too, within its braces (`{
    // "pid":<*>, "user":"<*>", "time":"<*>" }`).
    let frame = |(key, value): (&str, &str)| !has_text(value, WILDCARD) || !names_event(key) && !is_level_key(key);
    let fields = match tokens {
        [Token::Word(open), fields @ .., Token::Word(close)] if &**open == "{" && &**close == "}" => fields,
        _ => tokens,
    };
    if fields.len() >= 3 && fields.iter().all(|t| key_and_value(t).is_some_and(frame)) {
        return true;
    }
    // A header is not the message: its values do not count against the message's words.
    // RFC 3164's time and host are one `<*>` before the program's tag (`CRON[<*>]:`, or
    // `hostapd:` with no process ID); RFC 5424's priority, time, host and process ID are in
    // its first 7 tokens. Values before the first word say when and where the line was
    // written if they hold a clock (`<*>:<*>`), or if that word is a level (`<*> <*> [<*>]:
    // NOTICE …`: a date and a time with a fraction are one `<*>`) or an access log's request
    // method (IIS's `<*> POST …`), and so does one value alone there.
    let first_word = tokens.iter().position(is_wordlike).unwrap_or(0);
    let tag = tag_at(tokens);
    let header = match tokens {
        // A syslog time and host, one `<*>`, before the program's tag (`<*> CRON[<*>]:`); or
        // values and a level before a logger's tag (`<*> INFO [<*>] app: <*>`), where the
        // level is no word of the message, so one-word messages stay apart.
        _ if tag.is_some() => tag.unwrap_or(0),
        [Token::Word(priority), ..] if priority.starts_with("<<*>>") => 7,
        _ if tokens[..first_word].iter().any(|t| matches!(t, Token::Word(w) if has_text(w, "<*>:<*>"))) => first_word,
        _ if tokens.get(first_word).is_some_and(|t| is_request_method(t) || is_level(text_of(t).as_bytes())) => {
            first_word
        }
        // Values closed by a mark before the first word (Redis's `<pid>:<role> <time> * `,
        // `<time> - `, `<time> | `, Gentoo's `<time>:  >>> `): the mark ends a header, as a
        // level does; so does a mark alone, a bullet (`- Installing <*> (<*>)`).
        _ if first_word > 0 && is_mark(&tokens[first_word - 1]) && tokens[..first_word - 1].iter().all(holds_value) => {
            first_word
        }
        // A client's address, a time masked whole (BIND's `30-Nov-2026 03:06:02.947`), a
        // counter (apk's `(3/12) Installing <*>`): a value of marks alone.
        [first, Token::Word(_), ..]
            if leading_value_is_header && holds_value(first) && !has_letters(text_of(first)) =>
        {
            1
        }
        _ => 0,
    };
    // What follows a logger's name is the message, which needs a word or a field of its own
    // (`<*> WARN <*> --- [<*>] c.e.App : <*>` merged one-word messages).
    let start = message_start(tokens);
    if start > 0 && !has_word_or_field(&tokens[start..]) {
        return false;
    }
    // Values next to each other count as one (`took <*> <*>`). After the header too, where
    // the message starts with a capital (`<*> Updated: <*>`, a package manager's log; not a
    // word glued to the header, `…|<*>|data address: <*>`, nor a program's tag, `<*> hostapd:
    // <*>`). A level and values say nothing (`<*> INFO <*>`, `INFO event=<*> user=<*>`).
    if let [Token::Word(w), values @ ..] = &tokens[header.min(tokens.len())..] {
        // Also after a tag glued before it (`##[section]Starting:`, a CI runner's).
        let tagged = w.trim_start_matches('#');
        let untagged = tagged.strip_prefix('[').and_then(|t| t.split_once(']')).map_or(tagged, |(_, word)| word);
        let capitalised = untagged.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        // A bullet alone before it is no header that a word must stand out from (opam's `∗
        // installed <*>`, as `installed <*>` would).
        let bullet = header == 1 && is_mark(&tokens[0]);
        let starts_message = (header == 0 || bullet || capitalised) && !is_level_token(w);
        // Punctuation between or after the values is neither (`PLAY [<*>] *****`).
        let punctuation = |t: &Token| matches!(t, Token::Word(w) if w.bytes().all(|b| b.is_ascii_punctuation()));
        let values = values.iter().any(holds_value) && values.iter().all(|t| holds_value(t) || punctuation(t));
        if starts_message && !has_text(w, WILDCARD) && has_letters(w) && values {
            return true;
        }
    }
    let neither =
        |w: &str| w.chars().all(|c| c.is_ascii_punctuation()) && !has_text(w, WILDCARD) || field_value(w).is_some();
    // A template's one field names what the line is about (`client=<*>` of Postfix's `<*>:
    // client=<*>`), so its key counts as a word. In a record the keys are its frame
    // (`time=<*> level=info msg=<*>`), and a text's key (`msg="<*>`) is no name of a value.
    let mut fields = tokens.iter().enumerate().filter_map(|(at, token)| match token {
        Token::Word(w) => field_value(w).map(|value| (at, value)),
        Token::Wildcard => None,
    });
    // A text's value is no value's name.
    let names_value = |value: &str| !value.starts_with(['"', '\'']);
    let named_value = match (fields.next(), fields.next()) {
        (Some((at, value)), None) if names_value(value) => Some(at),
        _ => None,
    };
    // So do the keys of a line with words of its own besides fields and a level (`POST <*>
    // user=<*> order=<*> <*>`): there the fields are what it says of the event's values.
    let (mut words, mut values, mut in_values, mut keys, mut message) = (0, 0, false, 0, false);
    for (at, token) in tokens.iter().enumerate().skip(tag.map_or(0, |_| header)) {
        let Token::Word(w) = token else {
            // Values next to each other count as one.
            if at >= header && !in_values {
                (values, in_values) = (values + 1, true);
            }
            continue;
        };
        if is_wordlike(token) || named_value == Some(at) {
            message |= field_value(w).is_none() && !is_level_token(w);
            let text_words = if w.contains(' ') { w.split(' ').filter(|run| has_letters(run)).count() } else { 1 };
            (words, in_values) = (words + text_words.max(1), false);
        } else if field_value(w).is_some_and(names_value) {
            keys += 1;
        } else if at >= header && !neither(w) && !in_values {
            (values, in_values) = (values + 1, true);
        }
    }
    // So do those of a record that names its event in a field, asked only if need be.
    let words = if message { words + keys } else { words + keys_naming_event(tokens).unwrap_or(0) };
    if words == 1 && is_delimited_record(tokens) {
        return true;
    }
    words >= 2 && words >= values
}

/// Does any of `tokens` say something of its own: a word, or a field (`ambient=<*>`)?
pub(super) fn has_word_or_field(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| is_wordlike(t) || is_field(t))
}

/// Where the message starts after a header that ends in a logger's name and a separator
/// (`<*> WARN <*> --- [<*>] c.e.App : …`, `<*> [<*>] INFO c.e.App - …`, `<*> | INFO |
/// app.module:func:<*> - …`, `<*> - app - INFO - …`, `<*> INFO -- : …`); 0 with no such
/// header. Before the name only values, levels and punctuation; not a separator after a value
/// (`[sshd] Found <*> - <*>`) or in a sentence (`Link error - <*>`).
pub(super) fn message_start(tokens: &[Token]) -> usize {
    let level = |t: &Token| is_level_token(text_of(t));
    let separator = |t: &Token| matches!(t, Token::Word(w) if matches!(&**w, ":" | "-" | "--"));
    for mut at in 1..tokens.len().min(10) {
        if separator(&tokens[at]) && is_wordlike(&tokens[at - 1]) {
            if !names_nothing_before(tokens, at - 1) {
                return 0;
            }
            // A level and its separator after the name (`- app - INFO - …`) are the header's,
            // and so is a separator after one (Ruby's Logger with no program name: `WARN --
            // : …`).
            loop {
                if tokens.get(at + 1).is_some_and(level) && tokens.get(at + 2).is_some_and(separator) {
                    at += 2;
                } else if tokens.get(at + 1).is_some_and(separator) {
                    at += 1;
                } else {
                    return at + 1;
                }
            }
        }
    }
    0
}

/// Is every token before `at` a value, a level or punctuation (a header's), so that the one
/// at `at` is the line's first name?
pub(super) fn names_nothing_before(tokens: &[Token], at: usize) -> bool {
    tokens[..at].iter().all(|t| !is_wordlike(t) || holds_value(t) || is_level_token(text_of(t)))
}

/// A JSON record's message read word by word (`"msg":"boot`, `(command`, `<*>)"`, beside no
/// member that names the event) as a line's tokens, when its first word is at `at`: the words
/// up to the one that closes its quotes, without the key and the quotes.
pub(super) fn message_words_from(tokens: &[Token], at: usize) -> Option<Vec<Token>> {
    let Some(Token::Word(first)) = tokens.get(at) else { return None };
    let start = find_text(first, "\":\"")?;
    let (key, first_word) = (&first[..=start], &first[start + 3..]);
    if !first.starts_with('"') || !names_event(key) || closes_quote(first_word) {
        return None;
    }
    let end = at + 1 + tokens[at + 1..].iter().position(|t| matches!(t, Token::Word(w) if closes_quote(w)))?;
    let mut words = vec![Token::of(first_word)];
    words.extend(tokens[at + 1..end].iter().cloned());
    let last = text_of(&tokens[end]).trim_end_matches([',', '}', ']']);
    words.push(Token::of(&last[..last.len() - 1]));
    words.retain(|t| !matches!(t, Token::Word(w) if w.is_empty()));
    Some(words)
}

/// Does a word of a quoted text close it (`<*>)"`, `done",`), its quote not escaped?
fn closes_quote(word: &str) -> bool {
    let word = word.trim_end_matches([',', '}', ']']);
    word.ends_with('"') && !word.ends_with("\\\"")
}

/// A syslog tag: a program's name and a colon, with its process ID (`sshd[<*>]:`) or none
/// (`hostapd:`).
fn is_program_tag(tag: &str) -> bool {
    let named = tag.len() > 1 && tag.ends_with(':') && tag.as_bytes()[0].is_ascii_alphabetic();
    tag.ends_with("[<*>]:") || named && !has_text(tag, WILDCARD)
}

/// An HTTP request's method as a word of its own (IIS's `POST`; not `"POST` in quotes).
fn is_request_method(token: &Token) -> bool {
    matches!(token, Token::Word(w) if is_http_method(w))
}

/// The hash of a token list with one position read as `<*>`, for each position: the
/// templates of a length with the same key differ only there. A list's hash is the wrapping sum of its
/// tokens' hashes at their positions, so each position's key comes from it in constant time:
/// a new line of 1,000 words has 1,000 keys, and hashing the whole list again for each was
/// quadratic.
pub(super) struct SiblingKeys {
    /// Each token's hash at its position: a new template asks for the key at every position
    /// (twice), and hashing each token once keeps a long line's cost linear in its length.
    hashes: Vec<u64>,
    sum: u64,
}

impl SiblingKeys {
    pub(super) fn new(tokens: &[Token]) -> Self {
        let (mut hashes, mut sum) = (Vec::with_capacity(tokens.len()), 0u64);
        for (at, token) in tokens.iter().enumerate() {
            hashes.push(token_hash(token, at, ""));
            sum = sum.wrapping_add(hashes[at]);
        }
        Self { hashes, sum }
    }

    /// The key with position `hole` read as `<*>`: a template with `<*>` there is keyed
    /// alike, and so is one with `<*>` where this one has a word and a word where this one
    /// has `<*>` (`a <*> c` at 0, `<*> b c` at 1): the same line fits both.
    pub(super) fn at(&self, hole: usize) -> u64 {
        self.sum.wrapping_sub(self.hashes[hole]).wrapping_add(token_hash(&Token::Wildcard, hole, ""))
    }
}

/// The wrapping sum of the hashes of `tokens` at their positions, with `name` blanked out
/// wherever a token holds it (see [`repeated_names`]; an empty name blanks nothing).
fn list_hash(tokens: &[Token], name: &str) -> u64 {
    let mut sum: u64 = 0;
    for (at, token) in tokens.iter().enumerate() {
        sum = sum.wrapping_add(token_hash(token, at, name));
    }
    sum
}

/// A token's hash at position `at`: its bytes' hash with the position mixed in (SplitMix64's
/// finaliser), so that a sum of them depends on the order of the tokens. 64 bits: with a
/// million keys in a log, the odds that two collide are below one in ten million.
fn token_hash(token: &Token, at: usize, name: &str) -> u64 {
    let text = text_of(token).as_bytes();
    let position = (at as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut x = if !name.is_empty() && holds_name(token, name) {
        // What is left of a blanked token (`H=(` and `)` of `H=(web-<*>)`) is told apart from
        // a token that is only that: the name leaves a zero byte, which no line holds.
        let mut blanked = Vec::with_capacity(text.len());
        let mut from = 0;
        let mut blank = |(start, end): (usize, usize)| {
            if let Some((name_start, name_end)) = name_in(&text[start..end], name.as_bytes()) {
                blanked.extend_from_slice(&text[from..start + name_start]);
                blanked.push(0);
                from = start + name_end;
                // A value joined to the name goes with it (`analytics-replica-<*>` is the name
                // as `orders-prod` is).
                if let [b'-' | b'_', rest @ ..] = &text[from..] {
                    if rest.starts_with(WILDCARD.as_bytes()) {
                        from += 1 + WILDCARD.len();
                    }
                }
            }
        };
        match name.contains('.') {
            true => dotted_names(text).for_each(&mut blank),
            false => name_runs(text).for_each(&mut blank),
        }
        blanked.extend_from_slice(&text[from..]);
        xxhash_rust::xxh3::xxh3_64(&blanked)
    } else {
        xxhash_rust::xxh3::xxh3_64(text)
    } ^ position;
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A token's hash, wherever it stands.
pub(super) fn word_hash(token: &Token) -> u64 {
    token_hash(token, 0, "")
}

/// Is a byte part of a name: letters, digits, `_`, `-`?
fn in_name(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// The names in a token's text, as byte ranges: runs of letters, digits, `_` and `-` that
/// start with a letter after punctuation or the start (`H`, `web` of `H=(web-<*>)`; `home`,
/// `carol`, `notes`, `txt` of `/home/carol/notes.txt`). A run that a letter outside ASCII
/// goes on with is no name.
fn name_runs(text: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let start = at;
            if !in_name(text[at]) {
                at += 1;
                continue;
            }
            while at < text.len() && in_name(text[at]) {
                at += 1;
            }
            let clean = start.checked_sub(1).is_none_or(|b| text[b] < 0x80) && text.get(at).is_none_or(|&b| b < 0x80);
            // A name joined to a value (`web-` of `web-<*>`) is the name alone (`web`).
            let end = start + text[start..at].iter().rposition(u8::is_ascii_alphanumeric).map_or(0, |last| last + 1);
            if text[start].is_ascii_alphabetic() && clean {
                return Some((start, end));
            }
        }
        None
    })
}

/// The names of several runs joined by full stops, each run a name (`README.md`,
/// `screenshot-dark.png`, `plugin.json`): a file's whole name, which its pieces alone do not
/// tell apart from another file's.
fn dotted_names(text: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut runs = name_runs(text).peekable();
    std::iter::from_fn(move || loop {
        let (start, mut end) = runs.next()?;
        let mut joined = false;
        while let Some(&(_, next_end)) = runs.peek().filter(|&&(next, _)| next == end + 1 && text[end] == b'.') {
            (end, joined) = (next_end, true);
            runs.next();
        }
        if joined {
            return Some((start, end));
        }
    })
}

/// Does a word hold `name` as one of its names (see [`name_runs`], and [`dotted_names`] for a
/// name with a full stop)?
pub(super) fn holds_name(token: &Token, name: &str) -> bool {
    let Token::Word(word) = token else { return false };
    let text = word.as_bytes();
    let is_name = |(start, end): (usize, usize)| name_in(&text[start..end], name.as_bytes()).is_some();
    // (Most words hold neither the name's first byte nor a full stop: one search turns
    // them away.)
    let holds_first = name.as_bytes().first().is_none_or(|first| text.contains(first));
    match name.contains('.') {
        true => holds_first && word.contains('.') && dotted_names(text).any(is_name),
        false => holds_first && name_runs(text).any(is_name),
    }
}

/// Do the bytes `a` and `b` join two words in camel case (`rA` of `carolApp`)?
pub(super) fn is_camel_join(a: u8, b: u8) -> bool {
    a.is_ascii_lowercase() && b.is_ascii_uppercase()
}

/// Where `name` is in the name `run`, if `run` is it, or starts with it and a `-` or `_`
/// (`cache` of `cache-alive`: a health check's name made of its task's) or a capital after
/// small letters (`carol` of `carolApp`), or ends with a `-` or `_` and it (`audit-sink` of
/// Kafka's `consumer-audit-sink`, a client named after its group).
fn name_in(run: &[u8], name: &[u8]) -> Option<(usize, usize)> {
    let len = name.len();
    // Most runs are other words: held at either end, a name starts or ends the run as it does.
    if let (Some(first), Some(last)) = (name.first(), name.last()) {
        if run.len() < len || run[0] != *first && run[run.len() - 1] != *last {
            return None;
        }
    }
    if run.len() == len {
        return (run == name).then_some((0, len));
    }
    let camel = |next: u8| name.last().is_some_and(|&last| is_camel_join(last, next));
    let joined = run.len() > len && (matches!(run[len], b'-' | b'_') || camel(run[len]));
    let start = run.len().checked_sub(len + 1).filter(|&at| matches!(run[at], b'-' | b'_')).map(|at| at + 1);
    match start {
        _ if joined && run.starts_with(name) => Some((0, len)),
        Some(start) if run.ends_with(name) => Some((start, run.len())),
        _ => None,
    }
}

/// Templates longer than this are not searched for a name of several words, and only their
/// first this many tokens for a name written twice (a long line's names come first: Kafka's
/// `[Consumer clientId=consumer-x-1, groupId=x] consumer poll timeout has expired. …`).
const REPEATED_NAME_MAX_TOKENS: usize = 64;

/// Names written twice that a template is searched by, at most: enough for a line whose
/// words are many of them written twice before its name (Spring Data's statement, written in
/// its error and again after `SQL`; lego's `[newsletter.shop] … failed … failed to find zone
/// newsletter.shop.:`, searched by `newsletter`, `shop`, `failed` and `zone` before the whole
/// domain).
const REPEATED_NAMES_MAX: usize = 8;

/// Each run of [`name_runs`] of each word of `tokens`, with the word's position.
fn runs_of_words(tokens: &[Token]) -> Vec<(usize, &[u8])> {
    let mut runs = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        let Token::Word(word) = token else { continue };
        let text = word.as_bytes();
        runs.extend(name_runs(text).map(|(start, end)| (at, &text[start..end])));
    }
    runs
}

/// The names that two or more of `tokens` hold (`javac` of `--install <*> javac <*> --slave
/// <*> javac.<*> <*>`; `web` of `H=(web-<*>) … id=<*>@web-<*>`), each with the hash of
/// `tokens` where it is blanked out wherever a token holds it: templates with the same hash
/// differ only by that name. The first few in the order the line writes them.
pub(super) fn repeated_names<'t>(tokens: &'t [Token]) -> Vec<(&'t str, u64)> {
    let mut found: Vec<(&str, u64)> = Vec::new();
    // The search is quadratic: a longer template (a line of 1,500 new words) is searched in
    // its first tokens only, and hashed whole.
    let searched = &tokens[..tokens.len().min(REPEATED_NAME_MAX_TOKENS)];
    // The words' runs, found once: whether another token holds a name is a look through
    // them, not each token's runs found again ([`holds_name`], as a dotted name still is).
    // (A map of the names the runs hold was 4.8 % fewer instructions on long lines and
    // 2.1 KB more of the wasm package.)
    let runs = runs_of_words(searched);
    let mut consider = |at: usize, name: &'t str| {
        let repeated = || match name.contains('.') {
            true => searched.iter().enumerate().any(|(other, t)| other != at && holds_name(t, name)),
            false => runs.iter().any(|&(other, run)| other != at && name_in(run, name.as_bytes()).is_some()),
        };
        if found.len() < REPEATED_NAMES_MAX && found.iter().all(|(n, _)| *n != name) && repeated() {
            found.push((name, list_hash(tokens, name)));
        }
    };
    // A field's key is the record's shape, not a value (`new.phase=` / `old.phase=`): it
    // would take a place among the names searched.
    let words = searched.iter().enumerate().filter_map(|(at, token)| match token {
        Token::Word(word) => {
            Some((at, &**word, if is_field(token) { word.find('=').map_or(0, |at| at + 1) } else { 0 }))
        }
        Token::Wildcard => None,
    });
    for (at, word, value_from) in words.clone() {
        for (start, end) in name_runs(word.as_bytes()).filter(|&(start, _)| start >= value_from) {
            consider(at, &word[start..end]);
        }
    }
    // Then whole dotted names (`README.md` of `asset README.md … [from: README.md]`), in the
    // places those leave.
    for (at, word, value_from) in words.clone().filter(|(_, word, _)| word.contains('.')) {
        for (start, end) in dotted_names(word.as_bytes()).filter(|&(start, _)| start >= value_from) {
            consider(at, &word[start..end]);
        }
    }
    // Then the names that names joined by `-` or `_` start with, in the places left: things
    // named after the one they belong to (`web` of `web-mig-<*>` and `web-template-<*>`, an
    // instance group's instance and template), where neither whole run is written twice.
    for (at, word, value_from) in words.filter(|(_, word, _)| word.contains(['-', '_'])) {
        for (start, end) in name_runs(word.as_bytes()).filter(|&(start, _)| start >= value_from) {
            let run = &word[start..end];
            let joints = run.match_indices(['-', '_']).map(|(joint, _)| joint);
            for joint in joints.filter(|&joint| run.as_bytes()[joint - 1].is_ascii_alphanumeric()) {
                consider(at, &run[..joint]);
            }
        }
    }
    found
}

/// Words a name of several words has at most (`Background Intelligent Transfer Service`,
/// `Daily apt upgrade and clean activities`).
pub(super) const NAME_WORDS_MAX: usize = 6;

/// Whether `token` is a word of a proper name, and whether it ends the name: letters,
/// digits, `-`, `_` or `.`, and at most one mark after them that ends it (`Usage;`). The
/// first word starts with a capital; a later one has a capital anywhere (`iR-ADV`) or is a
/// value (`Core <*>`, `HP LaserJet Pro <*>`, `Brother HL-<*>`), or, if `lower`, is any word
/// (`Daily apt download activities`, `Cleanup of Temporary Directories`).
fn name_word(token: &Token, first: bool, lower: bool) -> Option<bool> {
    let word = text_of(token);
    if !first && is_name_joiner(word) {
        return Some(false);
    }
    let bytes = word.as_bytes();
    let ends = bytes.last().is_some_and(|b| matches!(b, b';' | b',' | b':' | b')' | b']'));
    let body = &word[..word.len() - usize::from(ends)];
    let value = !first && has_text(body, WILDCARD);
    // Letters outside ASCII too (`São Paulo`, `Malmö`), an apostrophe inside (`O'Brien`);
    // capitals in ASCII (the wasm package has no table of cases).
    let plain = |piece: &str| {
        let inside = |at: usize| at > 0 && at + 1 < piece.len();
        piece
            .char_indices()
            .all(|(at, c)| is_letter_or_digit(c) || c.is_ascii() && is_joiner(&(c as u8)) || c == '\'' && inside(at))
    };
    let capital = if first {
        body.as_bytes().first()?.is_ascii_uppercase()
    } else {
        lower || body.bytes().any(|b| b.is_ascii_uppercase())
    };
    let name = if value { split_text(body, WILDCARD).all(plain) } else { capital && plain(body) };
    name.then_some(ends)
}

/// A word that joins the words of a title or two names inside one name, never its first or
/// last: English title case's small words (`Kind of Blue`, `Bank of America`) and a dash or
/// ampersand between names (`Radiohead - OK Computer`, `Simon & Garfunkel`). Not `and`: it
/// joins a list of names (`in forests Documents-1 and Documents-2`).
fn is_name_joiner(word: &str) -> bool {
    matches!(word, "of" | "the" | "-" | "–" | "&")
}

/// Is `name`'s last word a joiner (see [`is_name_joiner`]), so no name's end?
fn ends_in_joiner(name: &[Token]) -> bool {
    name.last().is_some_and(|t| is_name_joiner(text_of(t)))
}

/// May a name after `before` hold words in lower case? Only after a plain word of the
/// message (`Starting Daily apt download activities...`), not after a header's tag
/// (`sshd[<*>]:`), field (`KERNEL`) or source (`GroupPolicy`), where a short sentence would
/// read as a name.
fn lower_words_allowed(before: &Token) -> bool {
    let Token::Word(w) = before else { return false };
    let mut letters = w.chars();
    let small = |c: char| c.is_ascii_lowercase() || !c.is_ascii() && is_letter(c);
    letters.next().is_some_and(is_letter) && w.len() > 1 && letters.all(small)
}

/// Is `name`, after the token `before` and with more tokens after it if `more_after`, a
/// proper name (see [`name_spans`]): words of a name, only the last one ending in a mark?
/// One with words in lower case ends in a mark or before more tokens: the end of a line is
/// no edge of a name.
pub(super) fn is_name(name: &[Token], before: &Token, more_after: bool) -> bool {
    let lower = lower_words_allowed(before);
    let last = name.len().saturating_sub(1);
    let words = !name.is_empty()
        && name.iter().enumerate().all(|(i, t)| name_word(t, i == 0, lower).is_some_and(|ends| !ends || i == last));
    // Words in lower case go on a name that starts as one (`Daily apt download`), not on a
    // code (`PUBACK to auto-<*>`).
    let capitalised_later = || name[1..].iter().all(|t| name_word(t, false, false).is_some());
    words
        && !ends_in_joiner(name)
        && (name.len() == 1 || name.iter().any(|t| has_small_letter(t) && !is_name_joiner(text_of(t))))
        && (has_small_letter(&name[0]) || capitalised_later())
        && (more_after || ends_in_mark(name) || capitalised_later())
}

/// Does `token` hold a letter in lower case (or one outside ASCII, which the wasm package
/// has no case table for)? A name of several words has one (`Windows Update`, `HP LaserJet
/// Pro`, `São Paulo`); words all in capitals are codes (DNS's `MX IN NOERROR`).
fn has_small_letter(token: &Token) -> bool {
    text_of(token).bytes().any(|b| b.is_ascii_lowercase() || !b.is_ascii())
}

/// Does `name`'s last word end in a mark that ends a sentence or a clause (`activities...`,
/// `Usage;`), not a value's (`core.<*>`)?
fn ends_in_mark(name: &[Token]) -> bool {
    let last = name.last().map_or("", text_of);
    !last.ends_with(WILDCARD) && last.ends_with(['.', ';', ',', ':', ')', ']'])
}

/// The mark that ends a name (`;` of `Disk Usage;`), or a value where a name stands
/// (`<*>;`), if any.
pub(super) fn name_mark(name: &[Token]) -> Option<u8> {
    let last = name.last().map_or("", text_of);
    last.strip_prefix(WILDCARD).unwrap_or(last).bytes().last().filter(|b| b.is_ascii_punctuation())
}

/// The name that `tokens` holds between the tokens `before` and `after`, as one of its
/// [`name_spans`] (the same tokens around it are the same key, with no hashing).
pub(super) fn name_between<'t>(tokens: &'t [Token], before: &[Token], after: &[Token]) -> Option<&'t [Token]> {
    let end = tokens.len().checked_sub(after.len())?;
    let name = tokens.get(before.len()..end)?;
    let around = tokens.starts_with(before) && tokens.ends_with(after);
    let fits = tokens.len() <= REPEATED_NAME_MAX_TOKENS && name.len() <= NAME_WORDS_MAX;
    let named = |before: &Token| is_name(name, before, !after.is_empty());
    (around && fits && before.last().is_some_and(named)).then_some(name)
}

/// A value where a name may stand: `<*>`, or `<*>` and the mark that ended the names
/// (`<*>;`).
pub(super) fn is_name_slot(token: &Token) -> bool {
    match token {
        Token::Wildcard => true,
        Token::Word(w) => {
            w.strip_prefix(WILDCARD).is_some_and(|mark| mark.len() == 1 && mark.as_bytes()[0].is_ascii_punctuation())
        }
    }
}

/// The value where names stand, with the `mark` that ended them if any (see
/// [`is_name_slot`]).
pub(super) fn name_slot(mark: Option<u8>) -> Token {
    let Some(mark) = mark else { return Token::Wildcard };
    let mut slot = String::from(WILDCARD);
    slot.push(char::from(mark));
    Token::Word(slot.into())
}

/// Each place in `tokens` where a proper name of 1 to [`NAME_WORDS_MAX`] words stands, with
/// tokens before it and after it (`… The Windows Update service entered …`): its start, its
/// words, and the hash of the tokens around it. Templates with the same hash differ only by the name there, however many
/// words it has.
pub(super) fn name_spans(tokens: &[Token]) -> Vec<(usize, usize, u64)> {
    let mut spans = Vec::new();
    let n = tokens.len();
    if n > REPEATED_NAME_MAX_TOKENS || !tokens.iter().any(|t| name_word(t, true, false).is_some()) {
        return spans;
    }
    // The tokens' hashes summed before each place, by position from the start, and after
    // it, by position from the end (so names of other lengths leave the same sums).
    let (mut before, mut after) = (vec![0u64; n + 1], vec![0u64; n + 1]);
    for at in 0..n {
        before[at + 1] = before[at].wrapping_add(token_hash(&tokens[at], at, ""));
        let back = n - 1 - at;
        after[back] = after[back + 1].wrapping_add(token_hash(&tokens[back], usize::MAX - at, ""));
    }
    for start in 1..n {
        let lower = lower_words_allowed(&tokens[start - 1]);
        // No word in lower case yet (see [`is_name`]).
        let (mut capitals, mut small) = (true, false);
        for words in 1..=NAME_WORDS_MAX.min(n - start) {
            let (word, end) = (&tokens[start + words - 1], start + words);
            let Some(ends) = name_word(word, words == 1, lower) else { break };
            capitals &= words == 1 || name_word(word, false, false).is_some();
            // Several words need a small letter among them: capitals alone are codes.
            small |= has_small_letter(word) && !is_name_joiner(text_of(word));
            let joined = ends_in_joiner(&tokens[start..end]);
            if !joined && (words == 1 || small) && (capitals || end < n || ends_in_mark(&tokens[start..end])) {
                spans.push((start, words, before[start].wrapping_add(after[end])));
            }
            if ends {
                break;
            }
        }
    }
    spans
}

/// The other side of the change of state that position `hole` of `tokens` is a side of:
/// `from <X> to <Y>`, `'<X>' to '<Y>'` (both quoted), `<X> -> <Y>`, and sides labelled old
/// and new (`old: <X>, new: <Y>`). `Switching to <Y>` and `changed state to <Y>` change
/// nothing from a state that varies.
pub(super) fn transition_partner(tokens: &[Token], hole: usize) -> Option<usize> {
    let word = |at: usize| match tokens.get(at) {
        Some(Token::Word(w)) => Some(&**w),
        _ => None,
    };
    let label = |at: usize, names: &[&str]| {
        word(at).and_then(|w| w.strip_suffix(':')).is_some_and(|w| names.iter().any(|n| w.eq_ignore_ascii_case(n)))
    };
    let (old, new) = (&["old", "prev", "previous"][..], &["new", "next", "current"][..]);
    if hole >= 1 && label(hole - 1, old) && label(hole + 1, new) && hole + 2 < tokens.len() {
        return Some(hole + 2);
    }
    if hole >= 3 && label(hole - 1, new) && label(hole - 3, old) {
        return Some(hole - 2);
    }
    let arrow = |at: usize| matches!(word(at), Some("to" | "->" | "=>"));
    let (from, to) = if hole >= 2 && arrow(hole - 1) { (hole - 2, hole) } else { (hole, hole + 2) };
    let quoted = |at: usize| word(at).is_some_and(|w| w.starts_with(['\'', '"']));
    let changes = match word(from + 1) {
        Some("->" | "=>") => true,
        Some("to") => from > 0 && word(from - 1) == Some("from") || quoted(from) && quoted(to),
        _ => false,
    };
    (changes && to < tokens.len()).then_some(if hole == from { to } else { from })
}

/// Quoted words a delimited record's message has at least; fewer are a name or a
/// phrase (`"daemon enable"`), free text that is a value.
const MIN_MESSAGE_WORDS: usize = 4;

/// Is `tokens` a record of `key=value` fields but for position `hole`, or one of fields
/// separated by commas, bars or semicolons (see [`is_delimited_record`]) with its message at `hole`?
pub(super) fn is_record_but(tokens: &[Token], hole: usize) -> bool {
    let message = || text_of(&tokens[hole]).split(' ').nth(MIN_MESSAGE_WORDS - 1).is_some();
    tokens.len() > 1
        && (tokens.iter().enumerate().all(|(i, t)| i == hole || is_field(t))
            || message() && is_delimited_record(tokens))
}

/// Are `tokens` a delimited record's (see [`record_fields`]): as many tokens that end in
/// a separator as such a record has, no `key=value` field, and no token of several words but a
/// quoted text? Its fields are its frame, as a record's keys are: one word of its own says
/// which event it is (`…, <*>, FAILED_CONNECT, , , <*>`).
fn is_delimited_record(tokens: &[Token]) -> bool {
    let quoted = |t: &Token| text_of(t).starts_with(['"', '\'']);
    // A quoted text is no field, whatever it holds.
    let field_or_words = |t: &Token| (is_field(t) || text_of(t).contains(' ')) && !quoted(t);
    let ends_field = |t: &&Token| text_of(t).as_bytes().last().is_some_and(|b| RECORD_SEPARATORS.contains(b));
    tokens.iter().filter(ends_field).count() >= MIN_RECORD_SEPARATORS && !tokens.iter().any(field_or_words)
}

/// Does the record `tokens` name its event with a constant in another field than the one at
/// `hole`, which names none (`msg="Failed to evaluate rule" error="context deadline
/// exceeded"`)? Then that field's text is a value of the event, not its words.
fn holds_a_value_of_its_event(tokens: &[Token], hole: usize) -> bool {
    let names = |token: &Token| key_and_value(token).is_some_and(|(key, _)| names_event(key));
    let names_it = |(at, token): (usize, &Token)| at != hole && names(token) && !holds_value(token);
    key_and_value(&tokens[hole]).is_some() && !names(&tokens[hole]) && tokens.iter().enumerate().any(names_it)
}

/// A field's key and its value's word, where that may be a value written again in another
/// field: not in a field that names the event (`op=`, `"msg":`).
fn field_word(token: &Token) -> Option<(&str, &str)> {
    let (key, value) = key_and_value(token)?;
    let word = value.trim_matches(|c: char| c.is_ascii_punctuation());
    (!names_event(key) && !holds_value(token) && has_letters(word)).then_some((key, word))
}

/// Do two fields of `tokens` hold the same word (`"HelmRelease":{"name":"cart",` and
/// `"name":"cart",`)?
pub(super) fn writes_a_value_twice(tokens: &[Token]) -> bool {
    let mut words: Vec<&str> = Vec::new();
    tokens.iter().filter_map(field_word).any(|(_, word)| {
        let again = words.contains(&word);
        words.push(word);
        again
    })
}

/// Do templates `a` and `b` differ at `apart` only in one value that each writes in every one
/// of those fields, under the same keys (controller-runtime's `"HelmRelease":{"name":"cart",`
/// … `"name":"cart",` / `"auth"` twice)?
pub(super) fn value_written_twice<'t>(a: &'t [Token], b: &'t [Token], apart: &[usize]) -> bool {
    let (mut ours, mut theirs): (Option<&str>, Option<&str>) = (None, None);
    apart.iter().all(|&at| match (field_word(&a[at]), field_word(&b[at])) {
        (Some((key, mine)), Some((their_key, their))) => {
            key == their_key && *ours.get_or_insert(mine) == mine && *theirs.get_or_insert(their) == their
        }
        _ => false,
    })
}

/// Does position `hole` of the record `tokens` hold the words of its event (`msg="disk full"`
/// in `t=<*> msg="disk full" dev=sda`), not a value of an event another field names?
pub(super) fn holds_words_of_event(tokens: &[Token], hole: usize) -> bool {
    is_record_but(tokens, hole) && !holds_a_value_of_its_event(tokens, hole)
}

/// For a text of several words at `hole` in a record (`t=<*> msg="user alice logged in"`):
/// the sibling keys that also hold its first word, and its last. A text one word apart from
/// another shares one of the two with it, so these find the few texts it may merge with
/// among every message of its level.
pub(super) fn text_sibling_keys(tokens: &[Token], keys: &SiblingKeys, hole: usize) -> Option<[u64; 2]> {
    let Token::Word(text) = &tokens[hole] else { return None };
    let (first, last) = first_and_last_word(text)?;
    if !holds_words_of_event(tokens, hole) {
        return None;
    }
    let shape = keys.at(hole).to_le_bytes();
    let with_end = |end: &[u8], word: &str| xxhash_rust::xxh3::xxh3_64(&[&shape[..], end, word.as_bytes()].concat());
    Some([with_end(b"first ", first), with_end(b"last ", last)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_stops_and_outer_words_are_found_by_bytes_as_by_chars() {
        for word in ["entered.", "entered.,;!", "...", "naïve!", "…", "日本語。", "ok", ""] {
            assert_eq!(without_full_stop(word), word.trim_end_matches(FULL_STOPS), "{word:?}");
        }
        assert_eq!(first_and_last_word("user <*> logged in"), Some(("user", "in")));
        assert_eq!(first_and_last_word("a b"), Some(("a", "b")));
        assert_eq!(first_and_last_word(" é "), Some(("", "")));
        assert_eq!(first_and_last_word("word"), None);
    }

    #[test]
    fn text_in_quotes_is_one_token() {
        fn split(text: &str) -> Vec<&str> {
            split_tokens(text).collect()
        }
        assert_eq!(split("a  \"b c\"\td"), ["a", "\"b c\"", "d"]);
        assert_eq!(split("msg=\"x y\", ok \"z\""), ["msg=\"x y\",", "ok", "\"z\""]);
        // A quote after a backslash is in the text, not its end (klog's `err="…"`).
        let escaped = r#"err="get \"a b\": back-off \"x\"" pod=p"#;
        assert_eq!(split(escaped), [r#"err="get \"a b\": back-off \"x\"""#, "pod=p"]);
        assert_eq!(split(r#""a\\" b"#), [r#""a\\""#, "b"]);
        // Free text in square brackets, not a time, a label's value, a field or a padded word.
        assert_eq!(split("x [Zabbix server]: up"), ["x", "[Zabbix server]:", "up"]);
        assert_eq!(split("x [Isn't It Iron Pick] up"), ["x", "[Isn't It Iron Pick]", "up"]);
        assert_eq!(split("[Sun Dec 04 10:00:01 2005] y")[0], "[Sun");
        assert_eq!(split("[instance: 42] y"), ["[instance:", "42]", "y"]);
        assert_eq!(split("[HRESULT = 0x8 - E_FAIL]").len(), 5);
        assert_eq!(split("[INFO ] [ab cd] ]"), ["[INFO ]", "[ab cd]", "]"]);
        // Unclosed, or closed too far away: runs of their own.
        assert_eq!(split("\"a b"), ["\"a", "b"]);
        let far = format!("\"a {}b\"", "x ".repeat(MAX_QUOTED_RUNS));
        assert_eq!(split(&far).len(), MAX_QUOTED_RUNS + 2);
        // Single quotes open before a word and close after one; apostrophes do neither.
        assert_eq!(split("err='no such key', isn't O'Brien"), ["err='no such key',", "isn't", "O'Brien"]);
        assert_eq!(split("task_'a b'_1] x"), ["task_'a b'_1]", "x"]);
        assert_eq!(split("en0::'a b'::post x"), ["en0::'a b'::post", "x"]);
        assert_eq!(split("users' homes 'so"), ["users'", "homes", "'so"]);
        assert_eq!(split("'say \"hi there\" now' x"), ["'say \"hi there\" now'", "x"]);
        assert_eq!(split(""), Vec::<&str>::new());
    }

    #[test]
    fn a_word_padded_inside_its_brackets_is_one_token() {
        fn split(text: &str) -> Vec<&str> {
            split_tokens(text).collect()
        }
        assert_eq!(split("[INFO ] a"), ["[INFO ]", "a"]);
        assert_eq!(split("[ WARN] a"), ["[ WARN]", "a"]);
        assert_eq!(split("[t][INFO ][x.agent    ][main] a"), ["[t][INFO ][x.agent    ][main]", "a"]);
        // A bracket closed already, a text in brackets, a number (joined by the masker):
        // runs of their own.
        assert_eq!(split("[a] ] b"), ["[a]", "]", "b"]);
        assert_eq!(split("[ Failed password for root]"), ["[", "Failed", "password", "for", "root]"]);
        assert_eq!(split("[    0.000123] a"), ["[", "0.000123]", "a"]);
    }

    #[test]
    fn a_value_masked_before_a_closing_quote_still_closes_it() {
        assert_eq!(quote_mark("id=42',"), QuoteMark::ClosesSingle);
        assert_eq!(quote_mark("id=<*>',"), QuoteMark::ClosesSingle);
        assert_eq!(quote_mark("'<*>"), QuoteMark::OpensSingle);
        let text = "x 'SELECT * FROM t WHERE id=<*>', <*>";
        assert_eq!(split_tokens(text).collect::<Vec<_>>(), ["x", "'SELECT * FROM t WHERE id=<*>',", "<*>"]);
    }

    #[test]
    fn a_record_separated_by_bars_or_semicolons_is_spaced_too() {
        assert_eq!(
            record_fields("x: alice|10.0.0.5|home|openat|ok|r|alice/a.docx").as_deref(),
            Some("x: alice| 10.0.0.5| home| openat| ok| r| alice/a.docx")
        );
        assert_eq!(
            record_fields("ALERT: db-1;DOWN;HARD;1;CRITICAL - Host Unreachable").as_deref(),
            Some("ALERT: db-1; DOWN; HARD; 1; CRITICAL - Host Unreachable")
        );
        // A quote opens at a field's start, after a bar as after a comma.
        assert_eq!(record_fields(r#"a|"x|y"|b|1|c"#).as_deref(), Some(r#"a| "x|y"| b| 1| c"#));
        // A field with a space in it is one field (Nagios' service); beside a record, a run
        // that lists names in capitals is one token (SpamAssassin's rules).
        assert_eq!(
            record_fields("ALERT: db-1;Disk Usage;OK;HARD;1;OK - fine").as_deref(),
            Some("ALERT: db-1; Disk Usage; OK; HARD; 1; OK - fine")
        );
        // Also where the space leaves too few separators on either side of it for a record.
        assert_eq!(
            record_fields("NOTIFICATION: bob;db-1;Disk Usage;CRITICAL;notify-by-email;CRITICAL - 3 s").as_deref(),
            Some("NOTIFICATION: bob; db-1; Disk Usage; CRITICAL; notify-by-email; CRITICAL - 3 s")
        );
        assert_eq!(
            record_fields("result: Y 2.5 - SPF_FAIL,BAYES_99 t=4.9,size=218,user=carol,uid=37,bayes=1.0").as_deref(),
            Some("result: Y 2.5 - SPF_FAIL,BAYES_99 t=4.9, size=218, user=carol, uid=37, bayes=1.0")
        );
        // However many names it lists, with a digit in some (`BAYES_00`): a list, no record.
        assert_eq!(
            record_fields("result: . 1 - HTML_MESSAGE,BAYES_00,RDNS_NONE,URIBL_BLOCKED,SPF_PASS t=4.9,size=218,user=x,uid=37,bayes=1.0")
                .as_deref(),
            Some("result: . 1 - HTML_MESSAGE,BAYES_00,RDNS_NONE,URIBL_BLOCKED,SPF_PASS t=4.9, size=218, user=x, uid=37, bayes=1.0")
        );
        assert_eq!(record_fields("hits HTML_MESSAGE,BAYES_00,RDNS_NONE,URIBL_BLOCKED,SPF_PASS done"), None);
        // A bar written twice is one separator: too few for a record. Nor is a shell's `||`.
        for text in ["QQ[1]: FA||Url||taskID[42] dealloc", "test -x /a || ( cd / && b ) || c || d || 1"] {
            assert_eq!(record_fields(text), None, "{text}");
        }
    }

    #[test]
    fn a_comma_separated_record_gets_a_space_after_each_field() {
        assert_eq!(
            record_fields("10,11/30/26,03:05:59,Assign,10.0.0.5,pc-7.corp,,0").as_deref(),
            Some("10, 11/30/26, 03:05:59, Assign, 10.0.0.5, pc-7.corp, , 0")
        );
        // Not inside quotes or brackets; a quote opens only at a field's start.
        assert_eq!(
            record_fields(r#"t 1,"a,b",[c,d],e,it's,5,x"#).as_deref(),
            Some(r#"t 1, "a,b", [c,d], e, it's, 5, x"#)
        );
        // Too few fields, fields all alike (a list), or a JSON object: as it was.
        for text in
            ["a,1,b,2", "sse,avx,fma,bmi,adx", "md5,sha1,sha256,sha512,sha3", r#"{"a":1,"b":"x","c":2,"d":3,"e":4}"#]
        {
            assert_eq!(record_fields(text), None, "{text}");
        }
    }

    #[test]
    fn a_json_object_splits_into_its_members() {
        fn split(text: &str) -> Vec<&str> {
            split_tokens(text).collect()
        }
        assert_eq!(
            split(r#"{"msg":"disk full, again","dev":"sda","n":3}"#),
            ["{", r#""msg":"disk"#, "full,", r#"again","#, r#""dev":"sda","#, r#""n":3"#, "}"]
        );
        // An array's commas and escaped quotes do not cut.
        assert_eq!(
            split(r#" { "a": [1,2], "b":{"c":"x\"y","d":null} } "#),
            ["{", r#""a":"#, "[1,2],", r#""b":{"c":"x\"y","#, r#""d":null}"#, "}"]
        );
        // A template's text reads back into the same tokens.
        let template = r#"{ "msg":"disk <*> again", "n":<*> }"#;
        assert_eq!(split(template), ["{", r#""msg":"disk"#, "<*>", r#"again","#, r#""n":<*>"#, "}"]);
        // Not one object: an open string, a second object, no string at all.
        assert_eq!(split(r#"{"a":"b}"#), [r#"{"a":"b}"#]);
        assert_eq!(split(r#"{"a":1} {"b":2}"#), [r#"{"a":1}"#, r#"{"b":2}"#]);
        assert_eq!(split("{a: b}"), ["{a:", "b}"]);
    }

    #[test]
    fn a_list_is_one_token() {
        fn split(text: &str) -> Vec<&str> {
            split_tokens(text).collect()
        }
        // Words, or values: three or more, two in brackets, or two values.
        assert_eq!(split("for [TERM, HUP] ok"), ["for", "[TERM, HUP]", "ok"]);
        assert_eq!(split("a: x, y,  z."), ["a:", "x, y,  z."]);
        assert_eq!(split("peers 10.0.0.1:80, 10.0.0.2:80 up"), ["peers", "10.0.0.1:80, 10.0.0.2:80", "up"]);
        // Not a list: a sentence, words and values mixed, fields, quotes, a template's `<*>`.
        assert_eq!(split("closed, retrying"), ["closed,", "retrying"]);
        assert_eq!(split("took 5 ms (54, powerd)"), ["took", "5", "ms", "(54,", "powerd)"]);
        assert_eq!(split("5, a, b, c"), ["5,", "a, b, c"]);
        assert_eq!(
            split("FID 128, WARNING, core-a, Switch status"),
            ["FID", "128,", "WARNING,", "core-a,", "Switch", "status"]
        );
        assert_eq!(split("x=1, y=2, z=3"), ["x=1,", "y=2,", "z=3"]);
        assert_eq!(split("enable_2G:1, mode:2, up:3"), ["enable_2G:1,", "mode:2,", "up:3"]);
        assert_eq!(split("a, b, 'c d'"), ["a,", "b,", "'c d'"]);
        assert_eq!(split("(<*>, <*>)"), ["(<*>,", "<*>)"]);
        // In square brackets, words and values mix: an array, up to its closing bracket.
        assert_eq!(split("for [TERM, USR1], and [a, 5]"), ["for", "[TERM, USR1],", "and", "[a, 5]"]);
        assert_eq!(split("/a/a, [aa0, a"), ["/a/a,", "[aa0,", "a"]);
        assert_eq!(split("file [2017_13,48]-x.xml, Current"), ["file", "[2017_13,48]-x.xml,", "Current"]);
        assert_eq!(split("a, b,"), ["a,", "b,"]);
        // Quoted items, every one, in brackets that open on the first (Python's lists).
        assert_eq!(split("run ['netplan', 'apply'] now"), ["run", "['netplan', 'apply']", "now"]);
        assert_eq!(split(r#"run ["a", "/dev/sda", "1"] now"#), ["run", r#"["a", "/dev/sda", "1"]"#, "now"]);
        assert_eq!(split(r#"run ("a", "b", "c") now"#), ["run", r#"("a", "b", "c")"#, "now"]);
        assert_eq!(split("WSREP: (a1b2, 'tcp://x:1') on"), ["WSREP:", "(a1b2,", "'tcp://x:1')", "on"]);
        assert_eq!(split("('a', b) x"), ["('a',", "b)", "x"]);
        assert_eq!(
            split(r#"Client "10.0.0.1", "/x", 5 bytes"#),
            ["Client", r#""10.0.0.1","#, r#""/x","#, "5", "bytes"]
        );
        // A lone quote makes no quoted item.
        assert_eq!(split("run ['a, b] now"), ["run", "['a,", "b]", "now"]);
        // Named items, each with its details in brackets (apt's history): two of names that
        // are more than a word, three of plain words; to the text's end if it is cut there.
        assert_eq!(
            split("Install: libc6:amd64 (2.36-9, automatic), zstd:amd64 (1.5.4) end"),
            ["Install:", "libc6:amd64 (2.36-9, automatic), zstd:amd64 (1.5.4)", "end"]
        );
        assert_eq!(split("disks sda (ok), sdb (failed), sdc (ok)"), ["disks", "sda (ok), sdb (failed), sdc (ok)"]);
        assert_eq!(split("Purge: a:all (1), b:all (2, automatic"), ["Purge:", "a:all (1), b:all (2, automatic"]);
        // Not a list: two plain words (a sentence), one item, an item without details.
        assert_eq!(
            split("to host (primary), retrying (3 of 5)"),
            ["to", "host", "(primary),", "retrying", "(3", "of", "5)"]
        );
        assert_eq!(split("Purge: a:all (1)"), ["Purge:", "a:all", "(1)"]);
        assert_eq!(split("a:x (1), b:y (2), and more"), ["a:x", "(1),", "b:y", "(2),", "and", "more"]);
    }

    #[test]
    fn a_long_list_is_looked_through_once_and_splits_as_before() {
        // What one run learnt of the runs after it (`ListReach`) must not change what any
        // later run starts.
        fn reach_changes_nothing(text: &str) {
            let runs: Vec<&str> = text.split_ascii_whitespace().collect();
            let mut reach = ListReach::default();
            for (at, first) in runs.iter().enumerate() {
                let after = || runs[at + 1..].iter().copied();
                let alone = list_after(first, after(), &mut ListReach::default());
                assert_eq!(list_after(first, after(), &mut reach), alone, "{text:?}, run {at}");
            }
        }
        // More than MAX_LIST_ITEMS items: each run whose items end within reach starts a
        // list (the last 64), the runs before start none.
        for items in [3, 63, 64, 65, 66, 100, 200] {
            for tail in ["end", "end,", "[a, b] end", "5 end", ""] {
                let words: Vec<String> =
                    (0..items).map(|i| format!("w{}x,", (b'a' + (i % 26) as u8) as char)).collect();
                reach_changes_nothing(&format!("items: {} {tail}", words.join(" ")));
            }
        }
        // Named items, a list of them that breaks off (a name without details, a bracket
        // that closes without a comma, a word after a comma) or ends: the same.
        for items in [1, 2, 3, 70] {
            for tail in ["end", "(x) end", "(x)", "(x), end", "(x, y), z (1)", "(x); z", ""] {
                let named: Vec<String> = (0..items).map(|i| format!("p{i}:amd64 ({i}.0, automatic),")).collect();
                reach_changes_nothing(&format!("Install: {} q:all {tail}", named.join(" ")));
            }
        }
        // The tail of a list too long for one is one token; the words before it are each one.
        let text = format!("{} {}", "ab, ".repeat(70).trim_end(), "cd");
        let tokens: Vec<&str> = split_tokens(&text).collect();
        assert_eq!(tokens.len(), 6 + 1);
        assert_eq!(tokens[6], format!("{}cd", "ab, ".repeat(64)));
    }

    #[test]
    fn a_generalised_word_keeps_its_brackets_balanced() {
        // Java frames: the call's `(` is inside the value, so its `)` is too, and nothing
        // constant is left (the whole token is one value).
        let frames = ["a.B.f(B.java:<*>)", "c.d.E.g(E.java:<*>)"];
        assert_eq!(generalise_word(&frames), None);
        assert_eq!(generalise_word(&["x(a.B.f(<*>))", "x(c.D.g(<*>))"]).as_deref(), Some("x(<*>)"));
        // A bracket opened before the value stays closed after it.
        assert_eq!(generalise_word(&["[a.b]", "[c.d]"]).as_deref(), Some("[<*>]"));
        assert_eq!(generalise_word(&["id=a1)", "id=b2)"]).as_deref(), Some("id=<*>)"));
        // A value there already may have opened it: the same in either order.
        assert_eq!(generalise_word(&["<*>]", "<*>[CN=gw1]...<*>[CN=gw1]"]), None);
        assert_eq!(generalise_word(&["<*>[CN=a]...<*>[CN=a]", "<*>]", "<*>[CN=b]...<*>[CN=b]"]), None);
        assert_eq!(generalise_word(&["a<*>]", "b<*>]"]).as_deref(), Some("<*>]"));
    }

    #[test]
    fn a_generalised_word_keeps_the_words_between_its_values() {
        // Cromwell's job key: the task varies between the workflow's ID and the shard.
        let keys = ["[UUID(<*>)align.bwa_mem:NA:<*>]:", "[UUID(<*>)hello.say_hello:NA:<*>]:"];
        assert_eq!(generalise_word(&keys).as_deref(), Some("[UUID(<*>)<*>:NA:<*>]:"));
        // What the piece shares stays; a piece with nothing shared joins the values beside it.
        assert_eq!(generalise_word(&["k=<*>.ab.id<*>;", "k=<*>.cd.id<*>;"]).as_deref(), Some("k=<*>.<*>.id<*>;"));
        assert_eq!(generalise_word(&["k=<*>ab.x<*>;", "k=<*>cd.y<*>;"]).as_deref(), Some("k=<*>;"));
        // Punctuation alone between values, two places that differ, or other ends: one `<*>`
        // between what they share outside their values, as before.
        assert_eq!(generalise_word(&["<*>/a(<*>,<*>):", "<*>/b(<*>,<*>):"]).as_deref(), Some("<*>:"));
        let two = ["<*>|Seen|<*>|mapRequest:<*>,", "<*>|Other|<*>|reduceRequest:<*>,"];
        assert_eq!(generalise_word(&two).as_deref(), Some("<*>,"));
        assert_eq!(generalise_word(&["a=<*>x:NA:<*>]", "b=<*>y:NA:<*>]"]).as_deref(), Some("<*>]"));
    }

    #[test]
    fn a_records_fields_glued_after_a_value_stay() {
        let words = [
            r#"<*>","plugin":"Oban.Plugins.Cron","source":"oban"}"#,
            r#"<*>","plugin":"Oban.Plugins.Pruner","source":"oban"}"#,
        ];
        assert_eq!(generalise_word(&words).as_deref(), Some(r#"<*>","plugin":"Oban.Plugins.<*>","source":"oban"}"#));
        // Not a value's tail with no fields: that is more of the value.
        assert_eq!(generalise_word(&[r#"<*>(en0:"a b")"#, r#"<*>(en0:"c")"#]).as_deref(), Some(r#"<*>")"#));
        // Nor where the words differ before the value.
        assert_eq!(generalise_word(&[r#"a<*>","k":"x"}"#, r#"b<*>","k":"y"}"#]).as_deref(), Some(r#"<*>"}"#));
    }

    #[test]
    fn a_word_that_holds_a_value_keeps_its_words_after_it() {
        // Where the value follows a word's start they share, the rest is more of that word.
        let words = ["注文<*>を作成しました（ユーザー：bob）", "注文<*>を作成しました（ユーザー：alice）"];
        assert_eq!(generalise_word(&words).as_deref(), Some("注文<*>を作成しました（ユーザー：<*>）"));
        let words = ["arn:aws:iam::<*>:user/alice", "arn:aws:iam::<*>:user/bob"];
        assert_eq!(generalise_word(&words).as_deref(), Some("arn:aws:iam::<*>:user/<*>"));
        // Not where the word starts with the value (above: `<*>(en0:"a b")`), nor with marks.
        assert_eq!(generalise_word(&["(<*>:alice)", "(<*>:bob)"]).as_deref(), Some("(<*>)"));
    }

    #[test]
    fn a_record_of_fields_in_one_token_generalises_field_by_field() {
        let word = |user: &str| Token::Word(format!(r#""<*>","IAS",<*>,,"CORP\{user}",,,,,"<*>""#).into());
        let (alice, bob) = (word("alice"), word("bob"));
        let general = Token::Word(r#""<*>","IAS",<*>,,"CORP\<*>",,,,,"<*>""#.into());
        assert_eq!(generalise(&[&alice, &bob]), general);
        // A short list is one value.
        assert_eq!(generalise(&[&Token::Word("a,b,<*>".into()), &Token::Word("c,b,<*>".into())]), Token::Wildcard);
    }

    #[test]
    fn a_value_that_is_all_its_brackets_hold_may_be_nothing() {
        assert!(fits_pattern("[<*>]", "[]") && fits_pattern("x={<*>},", "x={},") && fits_pattern("f(<*>)", "f()"));
        assert!(fits_pattern("[<*>]", "[a, b]"));
        // An empty text is a text.
        assert!(fits_pattern(r#""content":"<*>","#, r#""content":"","#) && fits_pattern("'<*>'", "''"));
        // Elsewhere a value is at least one character.
        assert!(!fits_pattern("a<*>b", "ab") && !fits_pattern("[<*>", "[") && !fits_pattern("[<*>)", "[)"));
        assert!(!fits_pattern("[<*>:<*>]", "[:]"));
        let mut values = Vec::new();
        assert!(match_pattern("ids=[<*>] n=<*>", "ids=[] n=5", |v| values.push(v)));
        assert_eq!(values, ["", "5"]);
    }

    #[test]
    fn sibling_keys_agree_where_lists_differ_only_at_the_hole() {
        let key = |text: &str, hole: usize| {
            let list: Vec<Token> = text.split(' ').map(Token::of).collect();
            SiblingKeys::new(&list).at(hole)
        };
        assert_eq!(key("a b c d", 1), key("a x c d", 1));
        assert_eq!(key("a b c d", 1), key("a <*> c d", 1));
        // `<*>` where the other has a word, and a word where it has `<*>`: one line fits both.
        assert_eq!(key("a <*> c", 0), key("<*> b c", 1));
        assert_ne!(key("a b c d", 0), key("a x c d", 0));
        assert_ne!(key("a b c d", 1), key("a x c e", 1));
        // Positions count: the same words in another order, or one more, are another shape.
        assert_ne!(key("a b c d", 3), key("b a c d", 3));
        assert_ne!(key("a b c d", 3), key("a b c d e", 3));
        assert_ne!(key("a b c d", 3), key("a b c e d", 4));
    }
}
