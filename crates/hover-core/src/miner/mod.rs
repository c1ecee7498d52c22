//! The template miner: maps each log line to a template, streaming, one line at a time.
//!
//! 1. Masking ([`mask`]) replaces the values in a line with `<*>`. A text in quotes is one
//!    token however many words it has, so free text (`reason="account locked by admin"`,
//!    `err='no such key'`) holds one place, and its words merge as one word's would; so does
//!    free text in square brackets (`advancement [Stone Age]`). So does
//!    a JSON record's text beside a member that names its event (`"userAgent":"Mozilla/5.0
//!    (X11; …)"` beside `"msg":`); an object nested in it that holds no object is read
//!    with its members sorted by key, as a map is written in the order it is walked. A
//!    record with no spaces between its fields, separated
//!    by commas, bars or semicolons (`10,11/30/26,03:05:59,Assign,10.0.0.5,pc-7.corp,…`,
//!    `alice|10.0.0.5|home|openat|ok|…`), is read field by field, and a quoted sentence in
//!    it holds the event's words. Lines whose masked form is
//!    identical always share a template; a hash map from that form to its template makes
//!    this the common path (one pass over the bytes and one lookup).
//! 2. A masked form seen for the first time is looked up among the templates with the same
//!    number of tokens (or one more, ending in an optional `<*>`) whose words it holds where
//!    they hold them (an index from words to templates finds them, however many templates
//!    share a timestamp and a level): of those whose tokens all cover it, it joins the one
//!    with the most words (the oldest of equals). Otherwise it starts a new template. A
//!    template of values alone (`<*>`, `[<*>:<*>] <*>::<*>`) covers only lines of values
//!    alone: it says nothing of which event a word is; nor does a record of fields with one
//!    word, `level=warn msg=<*>`, cover a word in a field.
//!    When templates of a form's length change, the memo's answer for it is checked again,
//!    so a form always joins what a miner restored from a snapshot would pick.
//! 3. A word that is not masked may still be a value (a user name, a host name). The miner
//!    tells the two apart by how many different words it sees in one place: when
//!    [`MinerConfig::min_distinct_values`] templates differ only in the word at one
//!    position, that position becomes `<*>` and they merge into one template (it
//!    *generalises*). Two variants suffice where each already holds a value there
//!    (`rdd_<*>` / `broadcast_<*>`) or is names joined by dots or slashes
//!    (`api.example.com`, `index.php`, `service/api`),
//!    where the two are one noun agreeing with a count (`1 file` / `3 files`), and for a
//!    field's values (`rhost=<*>`, a JSON member's `"state":"<*>"`; not a
//!    one-word message, `msg=started`), and for two words that another event takes at one
//!    position too (php-fpm's `[pool www]` / `[pool api]` in each of its events). Two
//!    distinct words (`VM Started` / `VM Stopped`) stay separate events.
//! 4. A template that is another plus one last word (`took <*>` / `took <*> ms`) is the same
//!    event with an optional tail: both become the shorter one plus `<*>`.
//! 5. A word between two values that generalises is one value with them, as masking reads a
//!    run of values (`<*> CqsFuILC <*> tcp` / `<*> tcp`: a random ID that happens to hold no
//!    digit). A line with a word there joins a template that covers it with that word read
//!    so, and such templates made before that one fold into it. A word that generalises
//!    beside one value leaves two side by side (`<*> <*> <<*>>` of GPFS's `<*> nsd5 <<*>>`):
//!    a line whose word there masks (`nsd10`) is one run of values, and joins it.
//! 6. A proper name of several words (`Windows Update`, `Background Intelligent Transfer
//!    Service`) is one value though it changes a template's length: templates that differ
//!    only by such a name between the same tokens merge (see [`TemplateMiner::merge_names`]).
//!    Words all in capitals are codes, not a name (Unbound's `MX IN NOERROR`); a title's
//!    small words and a dash between names are inside one (`Miles Davis - Kind of Blue`).
//! 7. Plain words that vary together in two or three places and never repeat (a user and a
//!    host a line, each new) are values: no two such templates differ in one place, so
//!    step 3 never meets them (see [`TemplateMiner::merge_varying_together`]).
//!    Two templates that differ only where one of them holds a value already, the other a
//!    field or a value there, are one, and so are two that differ besides in two words known
//!    to vary at one place, `B` / `KB` (see [`TemplateMiner::merge_joined`]).
//!
//! Template IDs are derived from the template text (see [`TemplateId`]), so they are the same
//! across restarts and across processes that end with the same templates. When a template
//! generalises it gets the ID of its new text and the old ID is kept as an alias of the new
//! one ([`TemplateMiner::resolve`]), so lines stored under the old ID still count for it.
//!
//! Lines longer than [`MinerConfig::max_line_bytes`] are matched on their first that many
//! bytes (cut at a character boundary); the rest of such a line does not affect its template.

mod id;
mod index;
mod mask;
mod search;
mod slots;
mod state;
#[cfg(test)]
mod tests;
mod token;

pub use id::TemplateId;
pub use mask::WILDCARD;
pub use slots::{compare_slots, slot_values, SlotChange, SlotComparison, SlotSummary, SlotValue};
pub use state::{MinerState, SavedTemplate};

use crate::sort::sort_unstable_by;
use index::{grown, Postings, TemplateIndex};
use mask::{is_level, mask_line, MaskBuffers, Masked};
use rustc_hash::{FxHashMap, FxHashSet};
use search::{has_text, rfind_text, split_text};
use serde::{Deserialize, Serialize};
use token::{
    after_tag, covers, full_stop_base, generalise, generalise_text, has_letters, has_word_or_field, holds_name,
    holds_value, holds_words_of_event, is_camel_join, is_context_field, is_field, is_full_stop_variant, is_name,
    is_name_slot, is_wordlike, message_start, message_words_from, name_between, name_mark, name_slot, name_spans,
    names_event, names_its_event, reads_back, render, repeated_names, says_something, says_something_with, tag_of,
    text_of, text_sibling_keys, token_covers, transition_partner, value_written_twice, without_full_stop, word_hash,
    writes_a_value_twice, SiblingKeys, Token, NAME_WORDS_MAX,
};

/// The miner's settings; the default is the one configuration used everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct MinerConfig {
    /// How many templates must differ only in the word at one position before that
    /// position is taken for a variable and they merge. 3 is the default: the shared
    /// datasets alone would pick 5 (see BENCHMARKS.md), which leaves a slot of three user
    /// names split, a failure seen on held-out logs.
    pub min_distinct_values: usize,
    /// Only this many bytes of a line take part in matching.
    pub max_line_bytes: usize,
    /// Masked forms remembered for the fast path; past this the memo is cleared (it is a
    /// cache: clearing it changes no template).
    pub max_memo_entries: usize,
}

impl Default for MinerConfig {
    fn default() -> Self {
        Self { min_distinct_values: 3, max_line_bytes: 8192, max_memo_entries: 1 << 20 }
    }
}

#[derive(Debug, Clone)]
struct Template {
    tokens: Vec<Token>,
    id: TemplateId,
    text: String,
    lines: u64,
    /// Set when generalising made this template's text equal to another one's.
    merged_into: Option<usize>,
}

/// A masked form's template, and when it was chosen: a template of its length (or one
/// longer) that came or went since may cover it better, and then it is placed again.
#[derive(Debug, Clone, Copy)]
struct Placement {
    index: usize,
    lengths: Lengths,
    at: u64,
}

/// A form's token count, and that of the form its template covers: the same, or two fewer
/// where a word between two values was read as one value with them (see
/// [`TemplateMiner::covering_with_a_word_as_value`]). Templates of either may cover it.
#[derive(Debug, Clone, Copy)]
struct Lengths {
    form: u32,
    covered: u32,
}

impl Lengths {
    fn of(len: usize) -> Self {
        Self { form: len as u32, covered: len as u32 }
    }
}

/// The aliases and former templates that changed since an alias generation (see
/// [`TemplateMiner::alias_changes_since`]).
#[derive(Debug, Default)]
pub struct AliasChanges<'a> {
    /// Each alias set or re-pointed since, as it is now: (old ID, new ID).
    pub aliases: Vec<(TemplateId, TemplateId)>,
    /// Each template folded since that is still folded: (ID, text).
    pub former_templates: Vec<(TemplateId, &'a str)>,
}

/// What the miner did with one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mined {
    /// The template the line belongs to now.
    pub template_id: TemplateId,
    /// The line started a template never seen before.
    pub is_new: bool,
}

/// A streaming template miner. See the module documentation for the rules.
#[derive(Debug, Clone)]
pub struct TemplateMiner {
    config: MinerConfig,
    templates: Vec<Template>,
    /// Finds the templates that may cover a form, or that a template may cover (folded
    /// ones too: skipped on use).
    index: TemplateIndex,
    /// Hash of a template's tokens with one position read as `<*>` ([`SiblingKeys`]) → the
    /// templates that differ only at that position.
    siblings: FxHashMap<u64, Postings>,
    /// The same for a record's text, split by its first word and by its last (see
    /// [`text_sibling_keys`]): the siblings it may merge with.
    text_siblings: FxHashMap<u64, Postings>,
    /// Hash of a template's tokens with a name it holds in several places blanked out (see
    /// [`repeated_names`]) → the templates that differ only by that name.
    repeated_siblings: FxHashMap<u64, Postings>,
    /// Hash of a template's tokens around a proper name (see [`name_spans`]) → the templates
    /// that differ only by the name there, of however many words.
    name_siblings: FxHashMap<u64, Postings>,
    /// Whether a template was made with a name of several words: until one is,
    /// [`Self::absorb_names`] has nothing to look for.
    names_of_words: bool,
    /// Token count → how many templates of that length were made with a word between two
    /// values or a name before one: when none was, [`Self::absorb_words_as_values`] has
    /// nothing to look for.
    words_between_values: Vec<u32>,
    /// Token count → how many templates of that length were made with two values side by
    /// side (a word that generalised beside a value): when none was, no run of values is
    /// looked up spread over two (see [`Self::covering_with_a_run_spread`]).
    values_side_by_side: Vec<u32>,
    /// Token count → how many templates of that length end in a list of values (see
    /// [`Self::covering_as_list`]).
    lists: Vec<u32>,
    /// Hash of a masked form → where it was placed (the fast path).
    memo: FxHashMap<u128, Placement>,
    /// Counts every template added or folded away: the clock that dates a [`Placement`].
    changes: u64,
    /// Token count → the value of `changes` when a template of that length last came or went.
    changed_at_len: Vec<u64>,
    by_id: FxHashMap<TemplateId, usize>,
    /// Former IDs of generalised templates → the ID they became.
    /// Hashed, not ordered: every query resolves each counted ID through it.
    aliases: FxHashMap<TemplateId, TemplateId>,
    /// The same read backwards: an ID → the former IDs aliased to it, so that a fold points
    /// them at the newest ID without reading every alias.
    alias_sources: FxHashMap<TemplateId, Vec<TemplateId>>,
    /// Every change to `aliases`, in order: the old ID set, re-pointed or no longer an alias,
    /// and the index of the template a fold made it the alias of (whose text a store needs).
    /// A writer that has stored them up to a point sends only the rest
    /// ([`TemplateMiner::alias_changes_since`]).
    alias_log: Vec<(TemplateId, Option<usize>)>,
    /// Alias changes dropped from the front of `alias_log` once a writer had stored them.
    alias_log_start: u64,
    /// Word → how many live templates have it right before a value (`user <*>`, `for <*>`,
    /// `[instance: <*>]`): in this log, that word introduces values (see [`INTRODUCER_MIN`]).
    introducers: FxHashMap<Box<str>, u32>,
    /// Words that just reached [`INTRODUCER_MIN`]: templates with words after them are then
    /// looked at again.
    new_introducers: Vec<Box<str>>,
    /// Two words seen as siblings (hashed as a pair, see [`word_pair`]) → the template they
    /// were first seen in, and one of another event that took them too: then they are a
    /// slot's values (see [`note_word_pairs`]).
    word_pairs: FxHashMap<u64, Postings>,
    /// Templates whose word pair was just seen in another event: they are looked at again.
    new_shared_pairs: Vec<usize>,
    /// Templates learnt (from a store, say) and given no line since: they may be an older
    /// miner's (see [`TemplateMiner::adopt_dormant`]).
    dormant: FxHashSet<usize>,
    /// Each plain word (its full stop dropped) of the dormant templates → those holding it:
    /// an older template must hold every word of the new one, so its rarest word finds them.
    dormant_words: FxHashMap<Box<str>, Vec<usize>>,
    /// Template → dormant templates it may take in once one of its lines fits them, and how
    /// many more of its lines to try (see [`TemplateMiner::adopt_pending`]).
    pending: FxHashMap<usize, (Vec<usize>, u32)>,
    /// Reused buffer for the masked form of the current line.
    scratch: Vec<u8>,
    /// Reused buffers for masked tokens with constant parts (`blk_<*>`) and quoted texts.
    token_scratch: MaskBuffers,
}

/// Live templates a word must come right before a value in to introduce values: with 2, a
/// slot of two words after it is a slot of two values. (With 1, any two events that differ in
/// one word after a common word would merge.)
const INTRODUCER_MIN: u32 = 2;

/// Words between two values a new form tries reading as values (see
/// [`TemplateMiner::covering_with_a_word_as_value`]).
const MAX_WORDS_AS_VALUES: usize = 4;

/// The most siblings a merge judges at one position: the newest. Templates that differ at one
/// position and never merged hold no value any rule reads there (a list of names, one per
/// line); judging each new one against all of them made such a log quadratic (20,000 names:
/// 11 s), as Drain bounds a tree node's children for. No list in the benchmarked logs holds
/// more than 32.
const MAX_SIBLINGS_JUDGED: usize = 256;

/// The most positions in which templates that differ together may merge at once (see
/// [`TemplateMiner::merge_varying_together`]); each must leave as many positions alike.
const MAX_VARYING_TOGETHER: usize = 3;

/// The newest live templates of its length a template is compared with for a merge of
/// several positions (see [`TemplateMiner::newest_of_length`]).
const MAX_VARYING_JUDGED: usize = 64;

/// The newest `most` entries of a sibling list.
fn newest(list: &[usize], most: usize) -> &[usize] {
    &list[list.len().saturating_sub(most)..]
}

/// The most siblings a new template's word is paired with at one position (see
/// [`note_word_pairs`]): the newest, so that a list of one-word lines does not pair each two
/// of them. A slot of that many merges as any word slot does. Below that, every sibling is
/// paired, whatever the order templates came in: a restored miner adds its templates in
/// another order (a merged `(<*>)` before the names it took in) and must pair the same.
const MAX_SIBLINGS_PAIRED: usize = 8;

/// The key of two words, in either order.
fn word_pair(a: &Token, b: &Token) -> u64 {
    word_hash(a).wrapping_add(word_hash(b))
}

/// A word that may be a value of a slot shared by several events: a word, or one with a value
/// in it (`MainThread` / `SyncWorker_<*>`), or a text in brackets (`[pool www]`), not a level
/// (the header's), a field (merged by key) or a text in quotes (merged word by word).
fn may_be_shared_value(token: &Token) -> bool {
    let Token::Word(word) = token else { return false };
    let text = word.contains(' ') && !word.starts_with('[');
    is_wordlike(token) && !text && !word.contains('=') && !mask::is_level_token(word)
}

/// Do templates `a` and `b`, which both take the words `pair` at one position, say two
/// events: of two lengths, and each with words of its message that the other lacks, levels,
/// values and the pair aside? Templates of one event differ in their header (`WARN <*>` or
/// none), or where one holds a value not yet known to vary in the other (`(printer) via
/// br0` / `(<*>) via br0`, `size <*> KB,` / `size <*> <*>,`): the words of one are the
/// other's, or some of them.
fn other_event(a: &[Token], b: &[Token], pair: [&Token; 2]) -> bool {
    fn words<'a>(tokens: &'a [Token], pair: [&'a Token; 2]) -> impl Iterator<Item = &'a Token> {
        tokens.iter().filter(move |token| may_be_shared_value(token) && !pair.contains(token))
    }
    fn within<'a>(mut few: impl Iterator<Item = &'a Token>, mut many: impl Iterator<Item = &'a Token>) -> bool {
        few.all(|word| many.any(|other| other == word))
    }
    // One program's event in two logs: after its header, the same words up to the pair and
    // the same word right after it (dhcpd's `DHCPOFFER on <*>` / `DHCPACK on <*>` behind a
    // syslog tag or none). Unbound's `info: <*> A IN` / `reply: <*> A IN` are two events.
    fn around<'t>(tokens: &'t [Token], pair: [&Token; 2]) -> Option<(Vec<&'t Token>, &'t Token)> {
        let message = after_tag(tokens);
        let at = message.iter().position(|token| pair.contains(&token))?;
        let named = |token: &&Token| is_wordlike(token) && !holds_value(token);
        let next = message.get(at + 1).filter(named)?;
        Some((message[..at].iter().filter(named).collect(), next))
    }
    let one_event = || matches!((around(a, pair), around(b, pair)), (Some(x), Some(y)) if x == y);
    // Two programs share a protocol's words (dhcpd's `DHCPOFFER on <*>` / `DHCPACK on <*>`,
    // dhclient's `DHCPOFFER of <*>` / `DHCPACK of <*>`): their events show no slot of either.
    // So does a program behind a tag and a log with none (pppd's `local IP address <*>` /
    // `remote IP address <*>` and qmail's `to local <*>` / `to remote <*>`).
    let two_programs = || tag_of(a) != tag_of(b);
    a.len() != b.len()
        && !within(words(a, pair), words(b, pair))
        && !within(words(b, pair), words(a, pair))
        && !one_event()
        && !two_programs()
}

/// Notes the word at `hole` of a new template (`index`, `tokens`) with the word of each
/// template `listed` as its sibling there (`[pool www]` / `[pool api]`): a pair of words that
/// another event takes at one position too is a slot's values, which one event alone does
/// not show with two. `pairs` lists, for each pair, the template it was first seen in and,
/// once it is, one of another event; that template is queued in `shared`.
fn note_word_pairs(
    templates: &[Template],
    pairs: &mut FxHashMap<u64, Postings>,
    shared: &mut Vec<usize>,
    listed: &[usize],
    (index, tokens): (usize, &[Token]),
    hole: usize,
) {
    if !may_be_shared_value(&tokens[hole]) {
        return;
    }
    for &other in listed {
        let theirs = &templates[other].tokens;
        let alike = || theirs.len() == tokens.len() && (0..tokens.len()).all(|i| i == hole || theirs[i] == tokens[i]);
        // One more general than the other (`(<*>)` / `(printer)`) is one value, not two.
        let one_covers = || token_covers(&tokens[hole], &theirs[hole]) || token_covers(&theirs[hole], &tokens[hole]);
        if !alike() || one_covers() || !may_be_shared_value(&theirs[hole]) {
            continue;
        }
        let pair = [&tokens[hole], &theirs[hole]];
        let seen = pairs.entry(word_pair(pair[0], pair[1])).or_default();
        match seen[..] {
            [] => seen.push(index),
            // First seen at another position of this template (not listed yet): no other event.
            [first] if templates.get(first).is_some_and(|first| other_event(&first.tokens, tokens, pair)) => {
                seen.push(index);
                shared.push(first);
            }
            _ => {}
        }
    }
}

/// A word of letters alone (`timeout`, not `sshd[<*>]`).
fn has_letters_only(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_alphabetic())
}

/// A label of a detail (`worker:`), not of the event's kind (`EventType:`, `action:`).
fn is_detail_label(word: &str) -> bool {
    word.strip_suffix(':').is_some_and(names_a_detail)
}

/// [`is_detail_label`]'s word without its colon (DB2's `DB` of `DB   :`).
fn names_a_detail(label: &str) -> bool {
    // Compared as bytes: a `str` slice inside a character (`ïxyz:`) would panic.
    let kind = || names_event(label) || label.as_bytes().ends_with(b"Type") || label.as_bytes().ends_with(b"type");
    label.len() > 1 && has_letters_only(label) && !kind()
}

/// The label of a word glued after one (`CurrentState:` of `CurrentState:still`).
fn glued_label(word: &str) -> Option<&str> {
    let at = word.find(':')? + 1;
    (is_detail_label(&word[..at]) && has_letters_only(&word[at..]) && at < word.len()).then(|| &word[..at])
}

/// A word of letters alone in round brackets (`(timeout)`).
fn is_bracketed_word(word: &str) -> bool {
    word.strip_prefix('(').and_then(|w| w.strip_suffix(')')).is_some_and(|w| !w.is_empty() && has_letters_only(w))
}

/// Are `words` (the values at `hole` of `tokens`) each one word wrapped in brackets as the
/// line wraps its values elsewhere (`via [DSM]` beside `User [<*>] from [<*>]`, Synology's)?
/// Such a log marks what varies: two are two values.
fn wrapped_as_values(tokens: &[Token], hole: usize, words: &[&str]) -> bool {
    // A word's brackets and what they hold (`[DSM]`, `[DSM].`, `[<*>]`).
    fn brackets(word: &str) -> Option<((char, char), &str)> {
        let open = word.chars().next()?;
        let close = match open {
            '[' => ']',
            '(' => ')',
            '<' => '>',
            _ => return None,
        };
        Some(((open, close), &word[1..word.rfind(close)?]))
    }
    let word_in = |w: &str| match brackets(w) {
        Some((shape, inside)) if !inside.is_empty() && inside.bytes().all(|b| b.is_ascii_alphanumeric()) => Some(shape),
        _ => None,
    };
    let Some(shape) = word_in(words[0]) else { return false };
    let value_in = |t: &Token| matches!(t, Token::Word(w) if brackets(w) == Some((shape, WILDCARD)));
    words.iter().all(|w| word_in(w) == Some(shape)) && tokens.iter().enumerate().any(|(i, t)| i != hole && value_in(t))
}

/// Is the token at `at` between two `<*>`?
fn between_values(tokens: &[Token], at: usize) -> bool {
    at > 0 && tokens[at - 1] == Token::Wildcard && tokens.get(at + 1) == Some(&Token::Wildcard)
}

/// Where two values stand side by side, the first's position (a word that generalised
/// beside a value: masking reads a run of values as one).
fn side_by_side(tokens: &[Token]) -> Option<usize> {
    tokens.windows(2).position(|pair| pair[0] == Token::Wildcard && pair[1] == Token::Wildcard)
}

/// Is the token at `at` a name joined by dots or slashes right before a value, after a word
/// (Go's `upgraded google.golang.org/grpc <*>`), or a directory at the root (Amanda's `dumper
/// node1 /etc <*>`)? Lines of its event that give the name in a shape that masks
/// (`github.com/spf13/cobra`, a digit and two slashes; `/var/lib/mysql`, a path of three
/// levels) read it as one value with the value after it.
fn names_a_value(tokens: &[Token], at: usize) -> bool {
    // (`/<*>`: such directories, generalised.)
    let at_root = |w: &str| w.strip_prefix('/').is_some_and(|dir| dir == WILDCARD || name_parts(dir) == Some(1));
    at > 0
        && !starts_with_value(&tokens[at - 1])
        && tokens.get(at + 1) == Some(&Token::Wildcard)
        && matches!(&tokens[at], Token::Word(w) if is_joined_name(w) || at_root(w))
}

/// A value, or a token that starts with one (`<*>]`, `<*>,`).
fn starts_with_value(token: &Token) -> bool {
    match token {
        Token::Wildcard => true,
        Token::Word(w) => w.starts_with(WILDCARD),
    }
}

/// The key of a `key=value` field (`rhost` of `rhost=abc`) or of a JSON member.
fn field_key(token: &Token) -> Option<&str> {
    let Token::Word(w) = token else { return None };
    key_of(w)
}

/// [`field_key`] of a word's text.
fn key_of(w: &str) -> Option<&str> {
    if w.starts_with('"') {
        // A JSON member: its key, and the keys of the objects it opens (`"attr":{"state"`).
        // Not the first word of a text (`"msg":"user` of `"msg":"user logged in"`).
        let at = rfind_text(w, "\":")?;
        let value = w[at + 2..].trim_end_matches([',', '}', ']']);
        let whole = !value.starts_with('"') || value.len() > 1 && value.ends_with('"');
        return whole.then(|| &w[..=at]);
    }
    // Not a text's words before its `=` (`'SELECT * FROM t WHERE id=<*>'`).
    w.split_once('=').map(|(key, _)| key).filter(|key| !key.is_empty() && !key.contains(' '))
}

/// The key of the map's entry whose value is at `hole`, if `tokens` write a map there as
/// `{key: value, key: value}` (Selenium's `Capabilities {browserName: chrome, platformName:
/// linux}`, Rust's `Error { kind: NotFound, … }`): a key of one name and its colon before the
/// value, which a comma or the closing brace ends, and before it only such entries back to
/// the opening brace. Such an entry is a field as `key=value` is. So is one in a record of
/// such entries that is the whole message, ended by commas or semicolons (haveged's `ver:
/// <*>; arch: <*>; vend: GenuineIntel;`), when an entry comes before it.
fn map_entry_key(tokens: &[Token], hole: usize) -> Option<&str> {
    // A key (`kind:`, or `{kind:` glued to its brace) and whether its brace opens there.
    fn key_at(tokens: &[Token], at: usize) -> Option<(&str, bool)> {
        let key = text_of(&tokens[at]).strip_suffix(':')?;
        let (key, opens) = key.strip_prefix('{').map_or((key, false), |key| (key, true));
        let name = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        name.then_some((key, opens))
    }
    let (key, mut opens) = key_at(tokens, hole.checked_sub(1)?)?;
    if !text_of(&tokens[hole]).ends_with([',', ';', '}']) {
        return None;
    }
    // Back from the key, entry by entry (a value that ends in a comma, its key), to the brace
    // or to the message's start.
    let mut at = hole - 1;
    while !opens {
        match at.checked_sub(1).map(|before| text_of(&tokens[before])) {
            Some("{") => opens = true,
            Some(value) if value.ends_with([',', ';']) && at >= 2 => {
                at -= 2;
                opens = key_at(tokens, at)?.1 || token::names_nothing_before(tokens, at);
            }
            _ => return None,
        }
    }
    Some(key)
}

/// A plain word of a template, as [`TemplateMiner::dormant_words`] lists it: not a unit, which
/// matches another (`KB` / `MB`, `ms` / `s`).
fn dormant_word(token: &Token) -> Option<&str> {
    match token {
        Token::Word(w) if !has_text(w, WILDCARD) && is_wordlike(token) && !mask::is_unit(w) => {
            Some(without_full_stop(w))
        }
        _ => None,
    }
}

/// Lines of a template tried against the dormant templates it may take in (see
/// [`TemplateMiner::adopt_pending`]).
const PENDING_LINES: u32 = 256;

/// Do `tokens` hold a word that says which event they are, which an optional tail or a list
/// of values may follow? A word with a value in it (a host `srv-<*>`, a component
/// `kernel[<*>]:`) does not: raw lines chained every kernel event of Mac's log into
/// `kernel[<*>]: <*> <*> …`. Nor does a level beside values (`INFO <*>` took in `INFO
/// hibernate_machine_init reading`), nor a word of two letters or fewer (Unbound's `<*> <*>
/// IN` took in `priming . IN NS`); alone it is the line's one word (HPC's `critical`,
/// `critical ms`).
fn says_which(tokens: &[Token]) -> bool {
    let alone = tokens.len() == 1;
    let word = |t: &Token| text_of(t).len() > 2 && !mask::is_level_token(text_of(t));
    tokens.iter().any(|t| is_wordlike(t) && !holds_value(t) && (alone || word(t)))
}

/// Where the list of values that `tokens` end in starts (`upgraded: <*> <*>`): two `<*>` or
/// more after words that say which event it is.
fn list_start(tokens: &[Token]) -> Option<usize> {
    let words = tokens.iter().rposition(|t| *t != Token::Wildcard).map_or(0, |at| at + 1);
    (tokens.len() - words >= 2 && says_which(&tokens[..words])).then_some(words)
}

/// Words that hold a value or are joined names in every variant (`rdd_<*>`, `broadcast_<*>`,
/// `api.example.com`, also inside brackets they share), or that are all units of size or
/// time, or all levels however spelt (one event that BGL's hardware reports as `INFO` or as
/// `FATAL`, NetworkManager's `<info>` / `<warn>`: a slot, whose shift slot comparison shows),
/// or that are free texts in quotes, or truth values (`startup: true,` / `startup: false,`), are
/// known to vary: two variants are enough to merge them.
fn known_to_vary(words: &[&str]) -> bool {
    words.iter().all(|w| names_something_that_varies(w))
        || inside_shared_edges(words, is_truth_value)
        || inside_shared_edges(words, names_something_that_varies)
        || words.iter().all(|w| mask::is_unit(w))
        || matches!(words, [a, b] if is_plural_of(a, b) || is_plural_of(b, a))
        || numbered_alike(words)
        || glued_field_values(words)
        || all_levels(words)
        || free_texts(words)
}

/// `config_name:root` / `config_name:home`: one field's values glued to its key by a colon,
/// as `key=value` is by `=`. The key is a name in snake case, never a word of the message
/// (`Error:`) nor the field that names the event (`event_type:`); a value that says what
/// happened (`state:active`) is the event's, as a one-word state is.
fn glued_field_values(words: &[&str]) -> bool {
    fn key(w: &str) -> Option<&str> {
        let (key, value) = w.split_once(':')?;
        let word = value.starts_with(|c: char| c.is_ascii_alphabetic()) && !value.contains(':');
        (word && is_snake_case(key) && !says_what_happened(value)).then_some(key)
    }
    let first = words.first().and_then(|w| key(w));
    first.is_some_and(|first| !names_event(first) && words.iter().all(|w| key(w) == Some(first)))
}

/// `handler_test.go:<*>:`, `main.c:<*>`: a source file's name and extension, then its line.
fn is_source_place(word: &str) -> bool {
    let place = word.strip_suffix(':').unwrap_or(word);
    let file = place.strip_suffix(WILDCARD).and_then(|file| file.strip_suffix(':'));
    file.and_then(|file| file.rsplit_once('.')).is_some_and(|(stem, extension)| {
        !stem.is_empty()
            && stem.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            && (1..=4).contains(&extension.len())
            && extension.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    })
}

/// `true`, `False`, `TRUE`: a flag's value, never a word of its event.
fn is_truth_value(word: &str) -> bool {
    word.eq_ignore_ascii_case("true") || word.eq_ignore_ascii_case("false")
}

/// `pick_first`, `Temperature_Celsius`: words joined by underscores, also a private name
/// (`_shop_price`) and one generalised already (`shop_<*>`). Not a constant's name in capitals
/// (`CONNECTED_SITE`), a state's.
fn is_snake_case(word: &str) -> bool {
    let name = word.trim_start_matches('_');
    // A `<*>` stands for letters of the name.
    let parts = || split_text(name, WILDCARD);
    let (first, last) = (name.bytes().next(), name.bytes().last());
    parts().any(|part| part.bytes().any(|b| b.is_ascii_lowercase()))
        && (first.is_some_and(|b| b.is_ascii_alphabetic()) || name.starts_with(WILDCARD))
        && (last.is_some_and(|b| b.is_ascii_alphanumeric()) || name.ends_with(WILDCARD))
        && parts().any(|part| part.contains('_'))
        && parts().all(|part| part.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_'))
}

/// Does each of `words`, inside the punctuation they share (`[info]` / `[warn]`, and padded
/// there: `[INFO ]`), pass `test`?
fn inside_shared_edges(words: &[&str], test: fn(&str) -> bool) -> bool {
    shared_edges(words).is_some_and(|(start, end)| {
        words.iter().all(|w| w.get(start..w.len() - end).is_some_and(|inner| test(inner.trim_ascii())))
    })
}

/// `<info>` / `<warn>`, `[I` / `[W`: levels, however spelt, inside the punctuation they share.
fn all_levels(words: &[&str]) -> bool {
    inside_shared_edges(words, mask::spells_a_level)
}

/// `'write memory'` / `'show run'`: texts in the quotes they share, one of several words, that
/// have no word in common: free text (a command, a phrase someone typed), not the event's words.
/// So are single words in quotes (`'rootfs'` / `'data'`, `name:"api",` / `name:"web",`, and in
/// backticks as Markdown and Cargo write names: `` `dev` `` / `` `release` ``) unless one says
/// what happened (`'active'`, `'failed'`: a state's name).
fn free_texts(words: &[&str]) -> bool {
    let Some((start, end)) = shared_edges(words) else { return false };
    let inner: Vec<&str> = words.iter().map(|w| w.get(start..w.len() - end).unwrap_or_default()).collect();
    let apart = |a: &str, b: &str| !a.split(' ').any(|x| b.split(' ').any(|y| x == y));
    const QUOTES: [char; 3] = ['\'', '"', '`'];
    let one_word_each = words[0][words[0].len() - end..].starts_with(QUOTES)
        && !inner.iter().any(|t| t.is_empty() || t.contains(QUOTES) || says_what_happened(t));
    words[0][..start].ends_with(QUOTES)
        && (inner.iter().any(|t| t.contains(' ')) || one_word_each)
        && inner.iter().enumerate().all(|(i, a)| inner[i + 1..].iter().all(|b| apart(a, b)))
}

/// How many bytes of brackets and quotes `words` all start and end with: what they hold
/// between is `example.com` and `corp.local` of `[be[example.com]]` / `[be[corp.local]]`. A
/// name's own joins (`.`, `/`, `-`, `_`) are no such edge.
fn shared_edges(words: &[&str]) -> Option<(usize, usize)> {
    let first = words.first()?.as_bytes();
    let shortest = words.iter().map(|w| w.len()).min()?;
    let (mut prefix, mut suffix) = (0, 0);
    while prefix < shortest && words.iter().all(|w| w.as_bytes()[prefix] == first[prefix]) {
        prefix += 1;
    }
    let from_end = |w: &[u8], i: usize| w[w.len() - 1 - i];
    while prefix + suffix < shortest && words.iter().all(|w| from_end(w.as_bytes(), suffix) == from_end(first, suffix))
    {
        suffix += 1;
    }
    let edge = |b: &u8| b.is_ascii_punctuation() && !matches!(b, b'.' | b'/' | b'-' | b'_');
    let prefix = first[..prefix].iter().rposition(edge).map_or(0, |at| at + 1);
    let suffix = first[first.len() - suffix..].iter().position(edge).map_or(0, |at| suffix - at);
    Some((prefix, suffix))
}

/// `wlan0:` / `wlan1:`, `cpu2` / `cpu3`: one kind of thing numbered by its last digit (which
/// masking keeps in a word, see `is_versioned_name`): the things are values of one slot.
/// Devices in capitals (`PS1` / `PS2`, `BAT0` / `BAT1`) are numbered one after another;
/// `IPV4` / `IPV6`, with a gap, are two versions of a protocol.
fn numbered_alike(words: &[&str]) -> bool {
    // The name before the digit, the punctuation after it, and the digit.
    fn kind(w: &str) -> Option<(&str, &str, u8)> {
        let at = w.find(|c: char| c.is_ascii_digit())?;
        let (name, after) = (&w[..at], &w[at + 1..]);
        let cased = |case: fn(&u8) -> bool| name.len() >= 2 && name.bytes().all(|b| case(&b));
        let named = cased(u8::is_ascii_lowercase) || cased(u8::is_ascii_uppercase);
        (named && after.bytes().all(|b| b.is_ascii_punctuation())).then_some((name, after, w.as_bytes()[at] - b'0'))
    }
    let Some((name, after, _)) = words.first().and_then(|w| kind(w)) else { return false };
    // The digits as a set of bits, from the smallest: all ones (`0b11` of 1 and 2), no gap
    // (`0b101` of 4 and 6).
    let mut digits = 0u16;
    for word in words {
        match kind(word) {
            Some((its_name, its_after, digit)) if (its_name, its_after) == (name, after) => digits |= 1 << digit,
            _ => return false,
        }
    }
    let run = digits >> digits.trailing_zeros();
    name.as_bytes()[0].is_ascii_lowercase() || run & (run + 1) == 0
}

/// A value already (`rdd_<*>`) or names joined by dots or slashes (`nginx.service`).
fn names_something_that_varies(word: &str) -> bool {
    has_text(word, WILDCARD) || is_joined_name(word)
}

/// How a word is written: whether it starts with a capital, and whether it has no small
/// letter (`alice`, `Alice`, `ALICE`).
fn letter_case(word: &str) -> (bool, bool) {
    let b = word.as_bytes();
    (b.first().is_some_and(u8::is_ascii_uppercase), !b.iter().any(u8::is_ascii_lowercase))
}

/// Are `words` all written alike (see [`letter_case`]), as values of one source are?
fn written_alike(words: &[&str]) -> bool {
    words.iter().all(|w| letter_case(w) == letter_case(words[0]))
}

/// Do the words `a` and `b` of two texts differ only where `a` holds its word at `first` and
/// `b` its own, in two or three places (`process component pubsub error: … for pubsub` /
/// `statestore … statestore`): one value written again, as a field's may be (see
/// [`token::value_written_twice`])? The marks around a place may differ (`pubsub:`).
fn one_value_apart(a: &[&str], b: &[&str], first: usize) -> bool {
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| c.is_ascii_punctuation())
    }
    let (ours, theirs) = (bare(a[first]), bare(b[first]));
    let mut places = 0;
    let same = a.iter().zip(b).filter(|(x, y)| x != y).all(|(x, y)| {
        places += 1;
        bare(x) == ours && bare(y) == theirs
    });
    same && places <= 3 && ours != theirs
}

/// `files` of `file`, `matches` of `match`, `entries` of `entry` (a comma or bracket after
/// both): a count's noun agrees with the count (`1 file` / `3 files`), the event does not.
fn is_plural_of(many: &str, one: &str) -> bool {
    let (many, one) = (many.as_bytes(), one.as_bytes());
    let word = one.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let after = &one[word..];
    if word < 3 || many.len() <= one.len() || !many.ends_with(after) {
        return false;
    }
    // From the singular's last letter on: `es` of `file`, `hes` of `match`, `ies` of `entry`.
    let (stem, tail) = many[..many.len() - after.len()].split_at(word - 1);
    let last = one[word - 1];
    stem == &one[..word - 1] && (tail == [last, b's'] || tail == [last, b'e', b's'] || last == b'y' && tail == b"ies")
}

/// `api.example.com`, `org.example.Client`, `index.php`, `service/api`: a host's, a class's,
/// a file's or a Kubernetes object's name, names joined by dots or slashes; a file at the
/// root too (`/robots.txt`, a web server's request), and any name at the root that a message
/// is about (`fstrim: /srv: not supported`: Unix's `program: operand: message`).
fn is_joined_name(word: &str) -> bool {
    let name = word.trim_end_matches(|c: char| c.is_ascii_punctuation());
    let (rooted, name) = name.strip_prefix('/').map_or((false, name), |name| (true, name));
    name_parts(name).is_some_and(|parts| parts > 1 || rooted && word.ends_with(':'))
}

/// How many names `name` joins by dots or slashes, if it is such names and nothing else:
/// each part starts with a letter, then letters, digits, `_` and `-`.
fn name_parts(name: &str) -> Option<usize> {
    // One pass.
    let (mut parts, mut at_start) = (1, true);
    for b in name.bytes() {
        if b == b'.' || b == b'/' {
            if at_start {
                return None;
            }
            parts += 1;
            at_start = true;
        } else if at_start && !b.is_ascii_alphabetic() || !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
            return None;
        } else {
            at_start = false;
        }
    }
    (!at_start).then_some(parts)
}

/// Does `word` (`user`, `container:`, `Service`) say what kind of thing the next word names
/// (`user alice`, `container sidecar`, `volume "config"`)? Nouns of things known by a name,
/// which logs write before it: two names there are two values, as after a word this log
/// already writes before values (see [`TemplateMiner::introduces_values`]).
fn names_a_kind(word: &Token) -> bool {
    const KINDS: &str = "user account group role tenant project host node container pod service unit job task \
        script queue topic channel bucket volume database db table schema collection index relation column \
        constraint vhost namespace cluster domain zone proxy backend frontend upstream endpoint device repository \
        branch servlet application module plugin package jail pool environment workspace realm mode";
    let Token::Word(word) = word else { return false };
    let word = word.strip_suffix(':').unwrap_or(word);
    // A compound's last part names its kind (`TaskQueue`, `target_host`).
    let head =
        word.rfind(|c: char| c.is_ascii_uppercase() || c == '_').map_or(word, |at| word[at..].trim_start_matches('_'));
    KINDS.split(' ').any(|kind| kind.eq_ignore_ascii_case(word) || kind.eq_ignore_ascii_case(head))
}

/// Does the token at `at` say what kind of thing the next one names (see [`names_a_kind`])?
/// Not as a logger's or a module's name that starts the message (`linkerd2_proxy: Admin
/// interface on …`, `db: connection refused`): the word after it is the message's first.
fn names_a_kind_at(tokens: &[Token], at: usize) -> bool {
    names_a_kind(&tokens[at]) && !(text_of(&tokens[at]).ends_with(':') && token::names_nothing_before(tokens, at))
}

/// What happened to a thing is the event, in a name's capitals too (`VM Started` / `VM Was
/// Paused`, `Job Completed Successfully`, `Stopped By User`, `Launching attempt_<*>`), as at
/// one position. A participle before a noun of the name says which thing it is (`Related
/// Website Sets`, `Managed Identity`): Chromium names its components so.
fn says_what_happened_to(name: &[Token]) -> bool {
    name.iter()
        .enumerate()
        .any(|(at, t)| says_what_happened(text_of(t)) && !name.get(at + 1).is_some_and(is_noun_of_name))
}

/// `Website`, `Identity`: a word in capitals of five letters or more with no value in it.
/// Not a short one (`By`, `From`: a preposition, or so few letters it may be) nor one in
/// `-ly` (`Successfully`), which follow a verb.
fn is_noun_of_name(word: &Token) -> bool {
    let b = text_of(word).as_bytes();
    b.len() > 4 && b[0].is_ascii_uppercase() && !holds_value(word) && !b.ends_with(b"ly")
}

/// `started`, `stopping`, `lost`, `up`, `ready`, `shutdown`: a verb's form, a state or the
/// noun of an event says what happened to a thing (`job started`, `host down`), not which thing
/// it is. `speed`, `need` and `feed` end so and are none (`high-speed` / `full-speed` are a
/// link's values); `freed` and `agreed` are. Irregular participles are listed, but not those
/// that are as often a noun or a name (`set`, `run`, `left`, `read`).
fn says_what_happened(word: &str) -> bool {
    #[rustfmt::skip]
    const PARTICIPLES: [&str; 33] = [
        "lost", "found", "sent", "done", "gone", "begun", "broken", "chosen", "given", "taken", "written", "frozen",
        "shown", "known", "seen", "held", "kept", "made", "paid", "reset", "shut", "stuck", "bound", "built",
        "rebuilt", "rewritten", "hidden", "hung", "quit", "torn", "thrown", "spent", "caught",
    ];
    let word = letters_of(word);
    let ends = |tail: &[u8]| word.len() > 4 && word[word.len() - tail.len()..].eq_ignore_ascii_case(tail);
    let past = ends(b"ed") && (!ends(b"eed") || ends(b"reed") || ends(b"teed"));
    past || ends(b"ing") || is_one_of(word, &STATES) || is_one_of(word, &PARTICIPLES)
}

/// States a thing is in (`up`, `ok`, `ready`, `offline`): what happened to it, by a word
/// that no verb's ending tells.
#[rustfmt::skip]
const STATES: [&str; 26] = [
    "up", "down", "ok", "ready", "idle", "busy", "online", "offline", "active", "inactive", "available",
    "unavailable", "healthy", "unhealthy", "open", "full", "empty", "on", "off", "true", "false", "yes", "no",
    "none", "shutdown", "startup",
];

/// Is `word` (without the quotes, brackets or colon around it) one of [`STATES`]? Not any word
/// in `-ing` or `-ed`: a subsystem's tag may end so (`BILLING:`).
fn names_a_state(word: &str) -> bool {
    is_one_of(letters_of(word), &STATES)
}

/// A word's letters, without the quotes, brackets or marks around them.
fn letters_of(word: &str) -> &[u8] {
    let word = word.as_bytes();
    let end = word.iter().rposition(u8::is_ascii_alphabetic).map_or(0, |last| last + 1);
    &word[word[..end].iter().position(u8::is_ascii_alphabetic).unwrap_or(end)..end]
}

/// Is `word` one of `words`, in any case?
fn is_one_of(word: &[u8], words: &[&str]) -> bool {
    words.iter().any(|w| w.len() == word.len() && w.as_bytes().eq_ignore_ascii_case(word))
}

/// `the`, `a`, `an`: what comes right after one, or right before, is a word of a sentence.
fn is_article(word: &Token) -> bool {
    matches!(word, Token::Word(w) if ["the", "a", "an"].iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// `is`, `was`, `are`, `were`: what comes right after one says what a thing is.
fn is_copula(word: &Token) -> bool {
    matches!(word, Token::Word(w) if ["is", "was", "are", "were"].iter().any(|c| c.eq_ignore_ascii_case(w)))
}

/// `now`, `still`: a word between `is` and the state it says a thing is in.
fn is_adverb_of_state(word: &Token) -> bool {
    matches!(word, Token::Word(w) if ["now", "still", "already", "not"].iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// `create`, `start`: an action's verb, which event streams write bare after the kind of thing
/// it acts on (`container create <*>` / `container start <*>`, Docker's and Podman's events).
fn is_action(word: &str) -> bool {
    const ACTIONS: &str = "start stop restart create delete remove update kill pause unpause resume die destroy \
        pull push attach detach mount unmount connect disconnect enable disable install uninstall upgrade load \
        unload reload commit rollback abort retry init exec rename prune checkpoint restore export import";
    ACTIONS.split(' ').any(|action| action == word)
}

/// Are half of `words` or more actions (see [`is_action`])? An event stream's verbs
/// after the kind of thing (`container create` / `init` / `start`): a verb the list lacks
/// among them is one more.
fn mostly_actions(words: &[&str]) -> bool {
    2 * words.iter().filter(|w| is_action(w)).count() >= words.len()
}

/// `compute.instances.start` / `storage.buckets.update`: an API's or a class's methods, named
/// by the thing and (last, after a dot) the action, are events, though joined names are
/// values elsewhere. (Not a path's last part: `/api/users/create` is a request's value.)
fn names_an_action(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(thing, action)| !thing.is_empty() && !thing.contains('/') && is_action(action))
}

/// Are `words` HTTP methods after a `label` that names the method (varnishlog's `ReqMethod
/// GET` / `POST`, `Method: GET`, `(method HEAD)`)? Then they are that field's values, where
/// elsewhere a request's method is its verb.
fn methods_named_by(label: &str, words: &[&str]) -> bool {
    let label = label.trim_end_matches(':').as_bytes();
    (label.ends_with(b"Method") || label.ends_with(b"method"))
        && words.iter().all(|w| mask::is_http_method(w.trim_matches(|c: char| !c.is_ascii_alphanumeric())))
}

/// `tokens` with the `words` tokens from `start` replaced by `by` (a name by its value, or
/// a value by as many as a name has words).
fn replaced(tokens: &[Token], start: usize, words: usize, by: impl IntoIterator<Item = Token>) -> Vec<Token> {
    let mut out = tokens[..start].to_vec();
    out.extend(by);
    out.extend_from_slice(&tokens[start + words..]);
    out
}

/// A word in capitals, four letters or more (`FAILED`, `UP-TO-DATE`, not a unit: `MB`, `UTC`):
/// a program's verdict, as a level is.
fn is_shouted(word: &str) -> bool {
    word.len() > 3 && in_capitals(word)
}

/// A code in capitals, short ones too, with a colon after it or none (`OK:`, `ALARM`,
/// `INSUFFICIENT_DATA:`).
fn is_code(word: &str) -> bool {
    let code = word.strip_suffix(':').unwrap_or(word);
    code.len() > 1 && in_capitals(code)
}

/// Capitals, `-` and `_` only.
fn in_capitals(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'_')
}

/// The name of a call whose first argument is named (`PutObject` of `PutObject(bucket=<*>,`).
fn call_with_named_arguments(word: &str) -> Option<&str> {
    let (name, arguments) = word.split_once('(')?;
    let key = arguments.split_once('=')?.0;
    let identifier = |w: &str| {
        w.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
            && w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
    };
    (identifier(name) && identifier(key)).then_some(name)
}

/// The method of a quoted HTTP request line (`GET` of `"GET <*> HTTP/<*>"`).
fn request_method(word: &str) -> Option<&str> {
    let (method, rest) = word.strip_prefix('"')?.split_once(' ')?;
    (has_text(rest, "HTTP/") && method.bytes().all(|b| b.is_ascii_uppercase())).then_some(method)
}

impl Default for TemplateMiner {
    fn default() -> Self {
        Self::new(MinerConfig::default())
    }
}

fn truncate_at_char_boundary(line: &str, max: usize) -> &str {
    if line.len() <= max {
        return line;
    }
    let mut end = max;
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

impl TemplateMiner {
    /// An empty miner with these settings.
    pub fn new(config: MinerConfig) -> Self {
        Self {
            config,
            templates: Vec::new(),
            index: TemplateIndex::default(),
            siblings: FxHashMap::default(),
            text_siblings: FxHashMap::default(),
            repeated_siblings: FxHashMap::default(),
            name_siblings: FxHashMap::default(),
            names_of_words: false,
            words_between_values: Vec::new(),
            values_side_by_side: Vec::new(),
            lists: Vec::new(),
            memo: FxHashMap::default(),
            changes: 0,
            changed_at_len: Vec::new(),
            by_id: FxHashMap::default(),
            aliases: FxHashMap::default(),
            alias_sources: FxHashMap::default(),
            alias_log: Vec::new(),
            alias_log_start: 0,
            introducers: FxHashMap::default(),
            new_introducers: Vec::new(),
            word_pairs: FxHashMap::default(),
            new_shared_pairs: Vec::new(),
            dormant: FxHashSet::default(),
            dormant_words: FxHashMap::default(),
            pending: FxHashMap::default(),
            scratch: Vec::with_capacity(512),
            token_scratch: MaskBuffers::default(),
        }
    }

    /// Its settings.
    pub fn config(&self) -> &MinerConfig {
        &self.config
    }

    /// Maps one log line to its template.
    pub fn mine(&mut self, line: &str) -> Mined {
        match mask::as_read(line) {
            Some(read) => self.mine_as_read(&read),
            None => self.mine_as_read(line),
        }
    }

    /// [`Self::mine`] for a line as the miner reads it (see [`mask::as_read`]).
    fn mine_as_read(&mut self, line: &str) -> Mined {
        let line = truncate_at_char_boundary(line, self.config.max_line_bytes);
        let key = self.masked_key(line);
        if let Some(&placed) = self.memo.get(&key) {
            if self.unchanged_since(placed) {
                let index = self.live(placed.index);
                if !cfg!(target_arch = "wasm32") && !self.pending.is_empty() {
                    self.adopt_pending(line, index);
                }
                let template = &mut self.templates[index];
                template.lines += 1;
                return Mined { template_id: template.id, is_new: false };
            }
        }
        // Dated before placing: templates made while placing it are checked on its next line.
        let at = self.changes;
        let (index, lengths, is_new) = self.place(line);
        if self.memo.len() >= self.config.max_memo_entries {
            self.memo.clear();
        }
        self.memo.insert(key, Placement { index, lengths, at });
        self.templates[index].lines += 1;
        Mined { template_id: self.templates[index].id, is_new }
    }

    /// Mines `lines` in order and returns each one's template ID as it is once all are seen:
    /// templates that generalised along the way are resolved to the ID they became.
    pub fn mine_batch<S: AsRef<str>>(&mut self, lines: impl IntoIterator<Item = S>) -> Vec<TemplateId> {
        let assigned: Vec<TemplateId> = lines.into_iter().map(|line| self.mine(line.as_ref()).template_id).collect();
        assigned.into_iter().map(|id| self.resolve(id)).collect()
    }

    /// Hash of the masked form of a line, computed without allocating.
    fn masked_key(&mut self, line: &str) -> u128 {
        let buffer = &mut self.scratch;
        buffer.clear();
        mask_line(line, &mut self.token_scratch, |m| {
            buffer.extend_from_slice(m.text().as_bytes());
            // Whitespace never occurs inside a token, so a space separates them unambiguously.
            buffer.push(b' ');
        });
        // 128 bits: two masked forms that collide would share a template. The browser's
        // miner sees thousands of forms, not millions: 64 bits (odds of a collision among
        // 100,000 forms: 3 in 10 billion) spare its package 2.4 KB.
        if cfg!(target_arch = "wasm32") {
            u128::from(xxhash_rust::xxh3::xxh3_64(buffer))
        } else {
            xxhash_rust::xxh3::xxh3_128(buffer)
        }
    }

    /// No template that could cover the placed form (of its lengths, or one more ending in
    /// `<*>`) came or went since it was placed.
    fn unchanged_since(&self, placed: Placement) -> bool {
        let unchanged = |len: u32| {
            let at_len = |len: usize| self.changed_at_len.get(len).copied().unwrap_or(0);
            at_len(len as usize) <= placed.at && at_len(len as usize + 1) <= placed.at
        };
        let Lengths { form, covered } = placed.lengths;
        unchanged(form) && (covered == form || unchanged(covered))
    }

    fn note_change(&mut self, len: usize) {
        self.changes += 1;
        if self.changed_at_len.len() <= len {
            self.changed_at_len.resize(len + 1, 0);
        }
        self.changed_at_len[len] = self.changes;
    }

    fn live(&self, mut index: usize) -> usize {
        while let Some(next) = self.templates[index].merged_into {
            index = next;
        }
        index
    }

    /// Finds or creates the template for a masked form not seen before (the slow path).
    /// Returns the template, the form's token counts and whether the template is new.
    fn place(&mut self, line: &str) -> (usize, Lengths, bool) {
        let form = self.form_of(line);
        // The browser's miner learns no store's templates, so none is dormant there: the
        // wasm package leaves the check out (1.4 KB).
        if cfg!(target_arch = "wasm32") || self.dormant.is_empty() {
            return self.place_form(form);
        }
        let placed = self.place_form(form.clone());
        self.adopt_dormant(line, &form, placed.0);
        // Every line reaches its template here first (the fast path only repeats this).
        self.dormant.remove(&placed.0);
        placed
    }

    /// A line's masked tokens. A list of one shape with a word in it is one token of it
    /// (`blk_<*> blk_<*>` is `blk_<*>`, as a run of values is one `<*>`); `<*>: <*>:` are two
    /// fields. (Lists of other lengths have other masked forms, so reach here once each.)
    fn form_of(&mut self, line: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        mask_line(line, &mut self.token_scratch, |m| {
            tokens.push(match m {
                Masked::Value => Token::Wildcard,
                // `a,\tb` and `a,  b` are the list `a, b`: a line fits its template's text.
                other => Token::Word(slots::single_spaced(other.text()).into()),
            })
        });
        tokens.dedup_by(|next, previous| next == previous && holds_value(next) && is_wordlike(next));
        tokens
    }

    fn place_form(&mut self, mut tokens: Vec<Token>) -> (usize, Lengths, bool) {
        let len = tokens.len();
        if let Some(index) = self.covering(&tokens) {
            return (index, Lengths::of(len), false);
        }
        if let Some((index, covered)) = self
            .covering_with_a_word_as_value(&tokens)
            .or_else(|| self.covering_as_list(&tokens))
            .or_else(|| self.covering_with_a_run_spread(&tokens))
        {
            return (index, Lengths { form: len as u32, covered: covered as u32 }, false);
        }
        if !reads_back(&tokens) {
            tokens = vec![Token::Wildcard];
        }
        let text = render(&tokens);
        let id = TemplateId::of_text(&text);
        // A form whose own template generalised since joins what it became (found through
        // the alias, as a restored miner would), rather than starting it again.
        if let Some(&existing) = self.by_id.get(&self.resolve(id)) {
            return (self.live(existing), Lengths::of(len), false);
        }
        let index = self.add_template(tokens, text, id, 0);
        // A name of several words that a template holds a value for is that value, before
        // its last words can read as an optional tail (`… printer HP LaserJet Pro <*>`).
        let index = match self.covering_name(index) {
            Some(into) => {
                self.fold_into(index, into);
                into
            }
            None => {
                self.absorb_covered(index);
                self.absorb_words_as_values(index);
                // The form was no shorter list (`covering_as_list` above); with a tail it may be.
                let tailed = self.merge_optional_tail(index);
                let index = if tailed == index { index } else { self.join_longer_list(tailed) };
                match self.merge_siblings_then_repeated(index) {
                    unmerged if unmerged == index => self.merge_varying_together(index),
                    // A structured logger's record that generalised may be another one plus
                    // a field now. (Not any template: a line's last words that generalised
                    // are no tail of a shorter one, Thunderbird's cron commands `(root) CMD
                    // (run-parts <*>) <*>` and `(root) CMD (<*> <*>` being two events.)
                    merged if names_its_event(&self.templates[merged].tokens) => self.merge_optional_tail(merged),
                    merged => merged,
                }
            }
        };
        self.merge_after_new_introducers();
        while let Some(first) = self.new_shared_pairs.pop() {
            self.merge_siblings(self.live(first));
        }
        (self.live(index), Lengths::of(len), true)
    }

    /// The template that covers `tokens` with a word between two values read as one value
    /// with them, as generalising reads it (see [`Self::merge_siblings`]), or a name before a
    /// value read as one value with it (see [`names_a_value`]), and the length of the form it
    /// covers; `None` where no template does. Only the first few such words are tried, so a
    /// long line costs no more than a few look-ups.
    fn covering_with_a_word_as_value(&self, tokens: &[Token]) -> Option<(usize, usize)> {
        let mut tried = 0;
        for at in 1..tokens.len() {
            let between = between_values(tokens, at) && is_wordlike(&tokens[at]);
            if tried == MAX_WORDS_AS_VALUES || !between && !names_a_value(tokens, at) {
                continue;
            }
            tried += 1;
            let mut collapsed = tokens[..at].to_vec();
            collapsed.extend_from_slice(&tokens[at + 1 + usize::from(between)..]);
            // Not where that leaves values alone: `<*> chargen,<*>,removing <*>` is no line of
            // values.
            if !says_something(&collapsed) {
                continue;
            }
            if let Some(index) = self.covering(&collapsed) {
                return Some((index, collapsed.len()));
            }
        }
        None
    }

    /// The template that holds two or three values side by side where `tokens` holds one, and
    /// the length of the form it covers; `None` where none does. A word that generalised beside
    /// a value (GPFS's `<*> nsd5`, Chocolatey's `for git <*>`, z/OS's `<*> GLPOST <*>`) leaves
    /// them; a line whose words there mask (`nsd10`, `7zip`, `PAYROLL1 STEP11`) is one run of
    /// values, one `<*>`, as masking reads it.
    fn covering_with_a_run_spread(&self, tokens: &[Token]) -> Option<(usize, usize)> {
        let made = |len: usize| self.values_side_by_side.get(len).is_some_and(|&n| n > 0);
        let mut spread = Vec::with_capacity(tokens.len() + 2);
        for extra in 1..=2 {
            if !made(tokens.len() + extra) && !made(tokens.len() + extra + 1) {
                continue;
            }
            for at in (0..tokens.len()).filter(|&at| tokens[at] == Token::Wildcard).take(MAX_WORDS_AS_VALUES) {
                spread.clear();
                spread.extend_from_slice(&tokens[..at]);
                spread.extend(std::iter::repeat_n(Token::Wildcard, extra));
                spread.extend_from_slice(&tokens[at..]);
                if let Some(index) = self.covering(&spread) {
                    return Some((index, spread.len()));
                }
            }
        }
        None
    }

    /// The template that ends in a longer list of values than `tokens` (`upgraded: <*> <*>
    /// <*> <*> <*>` of `upgraded: curl sudo`) and covers them with its list's last `<*>`s
    /// standing for nothing, and its length; `None` where none does. (One longer is no list:
    /// [`Self::covering`] has looked at it.) Lists of values after the same words are one
    /// event whatever their lengths; they skip lengths, so tails chained one `<*>` at a time
    /// (see [`Self::merge_optional_tail`]) would leave them apart.
    fn covering_as_list(&self, tokens: &[Token]) -> Option<(usize, usize)> {
        for length in tokens.len() + 2..self.lists.len() {
            if self.lists[length] == 0 {
                continue;
            }
            for i in self.index.may_cover(length, tokens) {
                let template = &self.templates[i];
                if template.merged_into.is_none()
                    && list_start(&template.tokens).is_some()
                    && covers(&template.tokens, tokens)
                {
                    return Some((i, length));
                }
            }
        }
        None
    }

    /// Template `index`, or the longer list of values it folds into if it is a shorter one
    /// (see [`Self::covering_as_list`]), as its lines would have joined that.
    fn join_longer_list(&mut self, index: usize) -> usize {
        match self.covering_as_list(&self.templates[index].tokens) {
            Some((longer, _)) => {
                self.fold_into(index, longer);
                longer
            }
            None => index,
        }
    }

    /// Templates made before template `index` of lines with a word between two values where
    /// it has one value (`<*> CqsFuILC <*> tcp`, then `<*> tcp`), or a name before that value
    /// (see [`names_a_value`]), fold into it, as their later lines would join it (see
    /// [`Self::covering_with_a_word_as_value`]): this template with that `<*>` written three
    /// times, or twice, covers them.
    fn absorb_words_as_values(&mut self, index: usize) {
        // None of the lengths such templates would have: most new templates stop here.
        let len = self.templates[index].tokens.len();
        let made = |len: usize| self.words_between_values.get(len).is_some_and(|&n| n > 0);
        if !made(len + 1) && !made(len + 2) {
            return;
        }
        let tokens = self.templates[index].tokens.clone();
        // A template of values alone covers only lines of values alone.
        if !says_something(&tokens) {
            return;
        }
        let mut tried = 0;
        for at in 0..tokens.len() {
            if tried == MAX_WORDS_AS_VALUES || tokens[at] != Token::Wildcard {
                continue;
            }
            tried += 1;
            let mut spread = tokens[..at].to_vec();
            spread.push(Token::Wildcard);
            spread.push(Token::Wildcard);
            spread.extend_from_slice(&tokens[at..]);
            let word_there = |other: &[Token]| is_wordlike(&other[at + 1]) && between_values(other, at + 1);
            self.fold_covered(&spread, index, &word_there);
            spread.remove(at);
            let name_there = |other: &[Token]| names_a_value(other, at);
            self.fold_covered(&spread, index, &name_there);
        }
    }

    /// Templates made before template `index` with one run of values where it holds two or
    /// more values side by side fold into it, as their later lines would join it (see
    /// [`Self::covering_with_a_run_spread`]).
    fn absorb_runs(&mut self, index: usize) {
        let tokens = &self.templates[index].tokens;
        let Some(at) = side_by_side(tokens) else { return };
        let end = (at..tokens.len()).find(|&i| tokens[i] != Token::Wildcard).unwrap_or(tokens.len());
        let mut run = tokens.clone();
        run.drain(at + 1..end);
        if says_something(&run) {
            self.fold_covered(&run, index, &|other: &[Token]| other.get(at) == Some(&Token::Wildcard));
        }
    }

    /// Of the live templates that cover `tokens` (of its length, or one longer ending in an
    /// optional `<*>`), the one with the most words, so that a restored miner, which has them
    /// all at once, picks what the original merged its way to.
    fn covering(&self, tokens: &[Token]) -> Option<usize> {
        let len = tokens.len();
        let mut best = None;
        // A loop, not an iterator chain: this is in the wasm package, where each chain costs.
        for length in [len, len + 1] {
            for i in self.index.may_cover(length, tokens) {
                let template = &self.templates[i];
                if template.merged_into.is_none() && covers(&template.tokens, tokens) {
                    let key = (self.words(i), self.preference(i, len));
                    if best.is_none_or(|(most, _)| key >= most) {
                        best = Some((key, i));
                    }
                }
            }
        }
        best.map(|(_, i)| i)
    }

    /// A line placed in template `index` may be one that an older miner, which masked
    /// otherwise (a syslog host kept as a word), gave a template learnt from the store: lines
    /// stored under that one would stop counting for the event. A dormant template of
    /// another shape folds into it, its ID an alias, when the new one fits it but not the
    /// other way round, and a line of the new one fits it keeping every token of the line
    /// the new one keeps (see [`Self::adopt_pending`]): it differs only in keeping more as
    /// words. One whose `<*>` took a word the new one keeps is other events' too (`Fan
    /// speeds ( <*> )` / `Fan speeds ( <*> **** <*> )`), and stays.
    fn adopt_dormant(&mut self, line: &str, form: &[Token], index: usize) {
        let (tokens, text) = (&self.templates[index].tokens, &self.templates[index].text);
        // A template that says nothing of its event (`INFO [<*>]`) vouches for no older one.
        if !says_something(tokens) {
            return;
        }
        // The dormant templates holding the new one's rarest plain word; none if one of its
        // words is in none of them (the common case: one look-up per word).
        let mut rarest: Option<&Vec<usize>> = None;
        for token in tokens {
            let Some(word) = dormant_word(token) else { continue };
            let Some(holding) = self.dormant_words.get(word) else { return };
            if rarest.is_none_or(|r| holding.len() < r.len()) {
                rarest = Some(holding);
            }
        }
        let Some(holding) = rarest else { return };
        let mut candidates = Vec::new();
        for &old in holding {
            let template = &self.templates[old];
            // It keeps more as words, so it has more tokens.
            if !self.dormant.contains(&old) || template.merged_into.is_some() || template.tokens.len() <= tokens.len() {
                continue;
            }
            // Only another length, and not an optional tail apart: a template of the same
            // length is either covered by the new one (and folded into it when it was made)
            // or one this miner makes too, another event's; so is one that covers it, or
            // that it covers, with a tail, or one that covers the line's form, with tails that
            // stand for nothing.
            let shapes_apart = template.tokens.len() != tokens.len()
                && !covers(&template.tokens, tokens)
                && !covers(tokens, &template.tokens)
                && !covers(&template.tokens, form);
            // Two that fit each other, through tails that may stand for nothing, are this
            // miner's own.
            if shapes_apart && slots::fits(text, &template.text) && !slots::fits(&template.text, text) {
                candidates.push(old);
            }
        }
        if !candidates.is_empty() {
            self.pending.insert(index, (candidates, PENDING_LINES));
            self.adopt_pending(line, index);
        }
    }

    /// Takes the dormant templates that [`Self::adopt_dormant`] found for template `index`
    /// in when `line`, one of its lines, fits them keeping every token of it the template
    /// keeps. Lines of one form may come from older templates that differ (one per thread
    /// name): each of a template's next [`PENDING_LINES`] lines is tried, however it came.
    fn adopt_pending(&mut self, line: &str, index: usize) {
        let Some((candidates, lines_left)) = self.pending.get_mut(&index) else { return };
        *lines_left -= 1;
        let Some(kept_here) = slots::literal_tokens(&self.templates[index].text, line) else {
            if *lines_left == 0 {
                self.pending.remove(&index);
            }
            return;
        };
        let templates = &self.templates;
        let keeps_as_much = |old: usize| {
            let kept = slots::literal_tokens(&templates[old].text, line);
            kept.is_some_and(|kept| kept_here.iter().all(|t| kept.contains(t)))
        };
        let dormant = &self.dormant;
        let adopted: Vec<usize> =
            candidates.iter().copied().filter(|&old| dormant.contains(&old) && keeps_as_much(old)).collect();
        candidates
            .retain(|old| dormant.contains(old) && !adopted.contains(old) && templates[*old].merged_into.is_none());
        if candidates.is_empty() || *lines_left == 0 {
            self.pending.remove(&index);
        }
        for old in adopted {
            self.dormant.remove(&old);
            self.fold_into(old, index);
        }
    }

    /// A template that is another one plus a last word (`took <*>` / `took <*> ms`) is the
    /// same event with an optional tail: both fold into the shorter one plus `<*>`.
    fn merge_optional_tail(&mut self, index: usize) -> usize {
        let tokens = &self.templates[index].tokens;
        let Some(last) = tokens.last() else { return index };
        // A last `key=value` field is part of the record's shape, but for one whose value
        // varies in a structured logger's record (a request's ID on some of its lines, see
        // `names_its_event`); a last word in capitals is a verdict (see `is_shouted`), and a
        // text of words, in brackets or quotes, says more of the event (Nx's `> nx run <*>
        // [existing outputs match the cache, left as is]`).
        let may_be_tail = |last: &Token, head: &[Token]| {
            let context = || is_context_field(last, head) && names_its_event(head);
            (!is_field(last) || context()) && !is_shouted(text_of(last)) && !text_of(last).contains(' ')
        };
        let head = &tokens[..tokens.len() - 1];
        let templates = &self.templates;
        let live = |i: &usize| templates[*i].merged_into.is_none();
        // This one plus a last word, or another one minus its last word. A last `<*>` already
        // covers the line without it, and what this one's head covers (see `absorb_covered`);
        // a shorter template more general than its head is the same event (`<*>: done` and
        // `com.apple.<*>: done <*>`).
        // (Whether this one's last token may be a tail is asked once, not of each candidate.)
        let shorter = || {
            if !may_be_tail(last, head) {
                return None;
            }
            let covering = self.index.may_cover(head.len(), head).into_iter().filter(live);
            covering
                .filter(|&i| {
                    let other = &templates[i].tokens;
                    i != index && covers(other, head) && (*last != Token::Wildcard || !covers(head, other))
                })
                .max_by_key(|&i| self.preference(i, head.len()))
        };
        let longer = || {
            let covered = self.index.may_be_covered(tokens.len() + 1, tokens).iter().copied().filter(live);
            covered
                .filter(|&i| {
                    let other = &templates[i].tokens;
                    let (other_head, last) = other.split_at(other.len() - 1);
                    let more_general = last[0] != Token::Wildcard || !covers(other_head, tokens);
                    may_be_tail(&last[0], other_head) && more_general && covers(tokens, other_head)
                })
                .min()
        };
        let found =
            shorter().map(|i| (i, templates[i].tokens.clone())).or_else(|| longer().map(|i| (i, tokens.clone())));
        let Some((other, mut general)) = found else {
            return index;
        };
        // The shorter template is an event of its own already; it needs a word to say which.
        if !says_which(&general) {
            return index;
        }
        general.push(Token::Wildcard);
        if !reads_back(&general) {
            return index;
        }
        let target = self.template_with(general);
        self.fold_into(other, target);
        self.fold_into(index, target);
        self.absorb_covered(target);
        target
    }

    /// How many of a template's tokens are not `<*>`.
    fn words(&self, index: usize) -> usize {
        self.templates[index].tokens.iter().filter(|t| **t != Token::Wildcard).count()
    }

    /// Of two templates that cover a form of `len` tokens equally well, the greater is
    /// preferred: one of the form's length over one with an optional tail, then one whose
    /// first token is a plain word, then the oldest.
    fn preference(&self, index: usize, len: usize) -> (bool, bool, std::cmp::Reverse<usize>) {
        let tokens = &self.templates[index].tokens;
        let plain_first = matches!(tokens.first(), Some(Token::Word(w)) if !has_text(w, WILDCARD));
        (tokens.len() == len, plain_first, std::cmp::Reverse(index))
    }

    /// The live template with exactly these tokens, made if there is none yet.
    fn template_with(&mut self, tokens: Vec<Token>) -> usize {
        let text = render(&tokens);
        let id = TemplateId::of_text(&text);
        if let Some(&existing) = self.by_id.get(&id) {
            return self.live(existing);
        }
        // A text that generalised before, made again, is live again: its ID is no longer an
        // alias (a live template's never is: a restored miner folds each template whose ID
        // is one).
        if self.forget_alias(id) {
            self.log_alias_change(id, None);
        }
        self.add_template(tokens, text, id, 0)
    }

    fn add_template(&mut self, tokens: Vec<Token>, text: String, id: TemplateId, lines: u64) -> usize {
        let index = self.templates.len();
        self.note_change(tokens.len());
        self.index.add(index, &tokens);
        let hole_keys = SiblingKeys::new(&tokens);
        for hole in 0..tokens.len() {
            if tokens[hole] != Token::Wildcard {
                let listed = self.siblings.entry(hole_keys.at(hole)).or_default();
                if !listed.is_empty() {
                    note_word_pairs(
                        &self.templates,
                        &mut self.word_pairs,
                        &mut self.new_shared_pairs,
                        newest(listed, MAX_SIBLINGS_PAIRED),
                        (index, &tokens),
                        hole,
                    );
                }
                listed.push(index);
            }
            for key in text_sibling_keys(&tokens, &hole_keys, hole).into_iter().flatten() {
                self.text_siblings.entry(key).or_default().push(index);
            }
        }
        for (_, key) in repeated_names(&tokens) {
            self.repeated_siblings.entry(key).or_default().push(index);
        }
        for (_, words, key) in name_spans(&tokens) {
            self.name_siblings.entry(key).or_default().push(index);
            self.names_of_words |= words > 1;
        }
        self.count_introducers(&tokens, 1);
        if (1..tokens.len())
            .any(|at| between_values(&tokens, at) && is_wordlike(&tokens[at]) || names_a_value(&tokens, at))
        {
            *grown(&mut self.words_between_values, tokens.len()) += 1;
        }
        if list_start(&tokens).is_some() {
            *grown(&mut self.lists, tokens.len()) += 1;
        }
        if side_by_side(&tokens).is_some() {
            *grown(&mut self.values_side_by_side, tokens.len()) += 1;
        }
        self.templates.push(Template { tokens, id, text, lines, merged_into: None });
        self.by_id.insert(id, index);
        index
    }

    /// Adds `delta` to the count of each word of `tokens` that comes right before a value.
    fn count_introducers(&mut self, tokens: &[Token], delta: i32) {
        for pair in tokens.windows(2) {
            let Token::Word(word) = &pair[0] else { continue };
            // A level is followed by the message, whatever its first word: no value's name, with
            // its colon or brackets too (Bazel's `INFO: <*> processes`, before sidekiq's `INFO:
            // done: <*>` / `fail: <*>` in one miner; Radicale's `[INFO] PUT request` / `REPORT
            // request`); nor is punctuation (`-` before Python's messages, some of which start
            // with a value).
            let punctuation = || word.bytes().all(|b| b.is_ascii_punctuation());
            let bare = word.strip_suffix(':').unwrap_or(word).trim_matches(['[', ']']);
            let level = is_level(bare.as_bytes());
            if has_text(word, WILDCARD) || !starts_with_value(&pair[1]) || level || punctuation() {
                continue;
            }
            let count = self.introducers.entry(word.clone()).or_default();
            if *count + 1 == INTRODUCER_MIN && delta > 0 {
                self.new_introducers.push(word.clone());
            }
            *count = count.saturating_add_signed(delta);
        }
    }

    /// Does `word` introduce values in this log?
    fn introduces_values(&self, word: &Token) -> bool {
        matches!(word, Token::Word(w) if self.introducers.get(w).is_some_and(|&n| n >= INTRODUCER_MIN))
    }

    /// Templates with words after a word that just became an introducer may now merge with
    /// their siblings (the order lines come in decides which is seen first).
    fn merge_after_new_introducers(&mut self) {
        while let Some(word) = self.new_introducers.pop() {
            let holding = self.index.holding(&word);
            let word = Token::Word(word);
            let after_it: Vec<usize> = holding
                .into_iter()
                .filter(|&i| self.templates[i].merged_into.is_none())
                .filter(|&i| self.templates[i].tokens.windows(2).any(|p| p[0] == word && !starts_with_value(&p[1])))
                .collect();
            for index in after_it {
                if self.templates[index].merged_into.is_none() {
                    self.merge_siblings(index);
                }
            }
        }
    }

    /// A new or merged template with a value where older ones of its shape hold a word (a
    /// user name that had no digit until now, `uid=<*>` over `uid=guest`) is the same event:
    /// the older ones it covers fold into it.
    fn absorb_covered(&mut self, index: usize) {
        if !self.templates[index].tokens.iter().any(holds_value) {
            return;
        }
        // Taken out while it is read (folding others leaves it be), not copied.
        let tokens = std::mem::take(&mut self.templates[index].tokens);
        self.fold_covered(&tokens, index, &|_| true);
        self.templates[index].tokens = tokens;
    }

    /// Folds into template `into` the live templates that `pattern` covers, of its length
    /// and one shorter if it ends in an optional `<*>` (or down to one value if it ends in a
    /// list of them, see [`Self::covering_as_list`]), whose tokens `fits` too.
    fn fold_covered(&mut self, pattern: &[Token], into: usize, fits: &dyn Fn(&[Token]) -> bool) {
        let len = pattern.len();
        let shortest = match list_start(pattern) {
            Some(start) => start + 1,
            None if pattern.last() == Some(&Token::Wildcard) => len - 1,
            None => len,
        };
        let templates = &self.templates;
        let mut covered = Vec::new();
        for length in shortest.max(1)..=len {
            for &i in self.index.may_be_covered(length, pattern) {
                let other = &templates[i].tokens;
                if i != into && templates[i].merged_into.is_none() && covers(pattern, other) && fits(other) {
                    covered.push(i);
                }
            }
        }
        for other in covered {
            self.fold_into(other, into);
        }
    }

    /// A template with a value where a name may stand (see [`is_name_slot`]) takes in the
    /// live templates that differ from it only by a name of several words there, made before
    /// it: `… gateway … The Print Spooler service …` once the hosts merged in `… <*> … The <*>
    /// service …` (see [`Self::merge_names`]).
    fn absorb_names(&mut self, index: usize) {
        if !self.names_of_words {
            return;
        }
        let tokens = std::mem::take(&mut self.templates[index].tokens);
        // A name may end the line (`… versendet nach São Paulo`).
        for start in 1..tokens.len() {
            if !is_name_slot(&tokens[start]) {
                continue;
            }
            for words in 2..=NAME_WORDS_MAX {
                let pattern = replaced(&tokens, start, 1, std::iter::repeat_n(Token::Wildcard, words));
                let named = |other: &[Token]| {
                    let name = other.get(start..start + words).unwrap_or_default();
                    is_name(name, &other[start - 1], start + words < other.len())
                        && name_mark(name) == name_mark(&tokens[start..=start])
                        && !says_what_happened_to(name)
                };
                self.fold_covered(&pattern, index, &named);
            }
        }
        self.templates[index].tokens = tokens;
    }

    /// Merges template `index` with the templates that differ from it only at one position,
    /// once there are enough of them; returns the template that now holds its lines.
    fn merge_siblings(&mut self, index: usize) -> usize {
        let tokens = self.templates[index].tokens.clone();
        let hole_keys = SiblingKeys::new(&tokens);
        for hole in 0..tokens.len() {
            if tokens[hole] == Token::Wildcard {
                continue;
            }
            // A record's text merges only with texts one word apart (see `generalised_text`).
            let text_keys = text_sibling_keys(&tokens, &hole_keys, hole);
            let listed: std::borrow::Cow<[usize]> = match text_keys {
                Some(keys) => {
                    keys.iter().flat_map(|key| newest(&self.text_siblings[key], MAX_SIBLINGS_JUDGED)).copied().collect()
                }
                None => newest(&self.siblings[&hole_keys.at(hole)], MAX_SIBLINGS_JUDGED).into(),
            };
            // Itself alone: nothing to merge with (most positions of a new template).
            if listed.len() < 2 {
                continue;
            }
            // A sibling that folded into a template with an optional tail is one token longer
            // now (and may have folded on, through more tails): no longer of this shape.
            let mut group: Vec<usize> = listed
                .iter()
                .map(|&i| self.live(i))
                .filter(|&i| self.templates[i].tokens.len() == tokens.len())
                .collect();
            sort_unstable_by(&mut group, Ord::cmp);
            group.dedup();
            // The same words, so the merged template says as much as each did.
            let full_stops = self.full_stop_variants(&group, hole, &tokens[hole]);
            let merging_words = full_stops.is_none();
            let found = match (full_stops, text_keys) {
                (Some(variants), _) => variants,
                (None, Some(_)) => {
                    let Some(found) = self.generalised_text(&listed, hole, &tokens) else { continue };
                    found
                }
                (None, None) => {
                    let Some(found) = self.generalised_at(group, hole, &tokens[hole]) else { continue };
                    found
                }
            };
            // Cloned only for a merge: a template of n tokens looks at n positions.
            let mut general = tokens.clone();
            (general[hole], group) = found;
            // A member may have generalised at other positions since it was listed here: the
            // merged template keeps the most general token of each, so it covers every member.
            for (at, token) in general.iter_mut().enumerate() {
                if at != hole {
                    *token = self.most_general(&group, at, token);
                }
            }
            // The level a line was written at is no word of its event: two levels merged say
            // what each said (`[I <*>] <*> GET <*>`, `[W <*>] <*> GET <*>`), if a word or a
            // field follows (`<*> INFO -- : ambient=<*>`). A level that ends the line is what
            // it said: HPC's one-word lines `warning` and `critical` are two events, also
            // behind a logger's name (`… c.e.App : warning`). A record's level field is its
            // frame, which says nothing (`"level":"<*>", "msg":"<*>"`).
            let says_after = has_word_or_field(&general[hole + 1..]);
            // Between two values, a word that generalises is one value with them, as masking
            // reads a run of values (`<*> CqsFuILC <*>`: an ID that happens to hold no digit).
            let words_at_hole = || group.iter().all(|&i| is_wordlike(&self.templates[i].tokens[hole]));
            // Names of two words after a noun of named things, one word shared (`device Power
            // Button` / `device Sleep Button`), are one name: the whole name is the value, so
            // names that share no word (`Video Bus`) join it as names of words do.
            let names_share_a_word = || {
                let name = |i: usize| {
                    let member = &self.templates[i].tokens;
                    member
                        .get(hole..hole + 2)
                        .is_some_and(|name| is_name(name, &member[hole - 1], hole + 2 < member.len()))
                };
                hole > 0
                    && hole + 1 < general.len()
                    && names_a_kind_at(&general, hole - 1)
                    && group.iter().all(|&i| name(i))
            };
            // The tokens that become one value with the hole's; the template then joins one that
            // covers that already, as a line so masked would.
            let one_value = match general[hole] == Token::Wildcard {
                true if between_values(&general, hole) && words_at_hole() => Some(hole..hole + 2),
                true if names_share_a_word() => Some(hole + 1..hole + 2),
                _ => None,
            };
            if let Some(joined) = one_value {
                general.drain(joined);
                if let Some(covering) = self.covering(&general) {
                    general = self.templates[covering].tokens.clone();
                }
            }
            // `<*>: Succeeded.` says what happened to a named thing when the names are known to
            // vary (`nginx.service:`, `apt-daily.timer:`) and what follows is a word, not a
            // field (`vCores:<*>>`); two functions' names before one word (`Device::start
            // Entered` / `Device::stop Entered`) stay two events.
            // So does a message after a place in the source (`handler_test.go:<*>: expected
            // <*>, got <*>` / `store_test.go:<*>: …`, `go test`'s), whatever its length.
            let names_a_thing = || {
                let first = |i: usize| text_of(&self.templates[i].tokens[0]);
                let named = |i: usize| match general.len() {
                    2 => names_something_that_varies(first(i)),
                    _ => is_source_place(first(i)),
                };
                let word = |t: &Token| is_wordlike(t) && !holds_value(t);
                hole == 0 && general.get(1).is_some_and(word) && group.iter().all(|&i| named(i))
            };
            let level = |i: usize| mask::is_level_token(text_of(&self.templates[i].tokens[hole]));
            let levels = || field_key(&tokens[hole]).is_none() && says_after && group.iter().all(|&i| level(i));
            // The first word of a message after a header must leave the message saying
            // something of its own, as a line's first word must (`<*> WARN -- : halt (command
            // <*>)` / `boot (command <*>)`: the header's level is no word of the message).
            // So must a JSON record's message read word by word (`"msg":"<*> (command <*>)"`).
            let first_of_message = || hole > 0 && message_start(&general) == hole;
            let says = || {
                says_something_with(&general, hole > 0)
                    && (!first_of_message() || says_something_with(&general[hole..], false))
                    && message_words_from(&general, hole).is_none_or(|words| says_something_with(&words, false))
            };
            // Values that differ only in a word joined before them (hosts `api-<*>`, `db-<*>`
            // before a record of counters) are one value: no word of the line is lost. So are
            // values named by dotted words (ClamAV's signatures `Win.Test.EICAR_HC-<*>` /
            // `Doc.Malware.Agent-<*>` before `FOUND`).
            let prefixed_values = || {
                // A name before a colon may be a key (`memory:<*>`): so only once enough vary.
                let joiners: &[char] =
                    if group.len() >= self.config.min_distinct_values { &['-', '_', ':'] } else { &['-', '_'] };
                let prefixed = |i: usize| {
                    let prefix = text_of(&self.templates[i].tokens[hole]).strip_suffix(WILDCARD);
                    prefix.and_then(|p| p.strip_suffix(joiners)).is_some_and(|p| {
                        p.split(['.', '_', '-']).all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
                    })
                };
                let says_elsewhere =
                    || general.iter().enumerate().any(|(at, t)| at != hole && (is_wordlike(t) || is_field(t)));
                group.iter().all(|&i| prefixed(i)) && says_elsewhere()
            };
            // Words that other events take at one position too are values even where what
            // stays is one word (FileZilla's `- alice (<*>)> PWD`, `- bob (<*>)> PWD`, beside
            // `- alice (<*>)> 221 Goodbye`, …).
            let shared_values = || {
                let shared =
                    |&i: &usize| i != index && self.pair_is_shared(&tokens[hole], &self.templates[i].tokens[hole]);
                says_after && group.iter().any(shared)
            };
            if merging_words && !says() && !names_a_thing() && !levels() && !prefixed_values() && !shared_values()
                || !reads_back(&general)
            {
                continue;
            }
            return self.merge_into(general, group);
        }
        index
    }

    /// Merges new template `index` with the newest templates of its length that differ from
    /// it in the same two or three positions, where each holds a plain word none of the
    /// others holds there and each was seen once (`user zzxbssei logged in from xoibimnk`,
    /// `user qmwfhe … from lrtkd`): values that vary together and never repeat, which merging
    /// one position at a time never meets (no two of them differ in one place). Words that
    /// recur (Hadoop's `Transitioned from NEW to INITED`, `from INITED to SETUP`), say what
    /// happened (`Claim successful` / `Creating image`) or whose events repeat stay apart.
    /// A value that each writes in all the fields where they differ merges at two, seen once
    /// or more (see [`value_written_twice`]).
    fn merge_varying_together(&mut self, index: usize) -> usize {
        // A word without the marks around it: `xinetd:` is `xinetd` written again.
        fn letters(t: &Token) -> &str {
            text_of(t).trim_matches(|c: char| c.is_ascii_punctuation())
        }
        let newest = self.newest_of_length(index);
        let tokens = &self.templates[index].tokens;
        let len = tokens.len();
        // Positions where a sibling differs, each with that sibling; at most this many.
        let mut families: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
        // Templates seen more than once are compared only for a value written twice.
        let twice = writes_a_value_twice(tokens);
        for other in newest {
            let template = &self.templates[other];
            // A template learnt from a store has no count (0): it was seen, once or more.
            let once = template.lines <= 1;
            if other == index || !once && !twice {
                continue;
            }
            let mut apart = Vec::with_capacity(MAX_VARYING_TOGETHER);
            for (at, (a, b)) in tokens.iter().zip(&template.tokens).enumerate() {
                if a != b {
                    apart.push(at);
                    if apart.len() > MAX_VARYING_TOGETHER {
                        break;
                    }
                }
            }
            if !(2..=MAX_VARYING_TOGETHER).contains(&apart.len()) || len < 2 * apart.len() {
                continue;
            }
            // One field's value written again in another varies with it, and two are
            // enough, as for one field (see `generalised_at`).
            if twice && value_written_twice(tokens, &template.tokens, &apart) {
                let mut general = tokens.clone();
                for &at in &apart {
                    general[at] = generalise(&[&tokens[at], &template.tokens[at]]);
                }
                if says_something(&general) && reads_back(&general) {
                    return self.merge_into(general, vec![index, other]);
                }
            }
            if !once {
                continue;
            }
            match families.iter_mut().find(|(at, _)| *at == apart) {
                Some((_, members)) => members.push(other),
                None => families.push((apart, vec![other])),
            }
        }
        for (apart, mut members) in families {
            if members.len() + 1 < self.config.min_distinct_values {
                continue;
            }
            members.push(index);
            // A label says what follows (`Total memory: <*> MB`), a level how it was written,
            // and a name written twice is the event's (`xinetd: xinetd startup succeeded`). A
            // record's fields merge by their own rule.
            let plain = |t: &Token| {
                let word = text_of(t);
                is_wordlike(t)
                    && !holds_value(t)
                    && !says_what_happened(word)
                    && !word.ends_with([':', '='])
                    && !mask::is_level_token(word)
                    && field_key(t).is_none()
            };
            let mut seen: Vec<&str> = Vec::with_capacity(members.len() * apart.len());
            let mut each_once = true;
            for &member in &members {
                for &at in &apart {
                    let word = &self.templates[member].tokens[at];
                    let name = letters(word);
                    each_once &= plain(word) && !seen.contains(&name);
                    seen.push(name);
                }
            }
            if !each_once {
                continue;
            }
            // Each keeps what its words share (`(<*>)` of `(bid)` and `(tid)`).
            let mut general = self.templates[index].tokens.clone();
            for &at in &apart {
                general[at] = self.most_general(&members, at, &general[at]);
            }
            if says_something(&general) && reads_back(&general) {
                return self.merge_into(general, members);
            }
        }
        index
    }

    /// Folds the templates of `group` into the template `general` (made if need be), and
    /// merges that on; returns the template that holds their lines now.
    fn merge_into(&mut self, general: Vec<Token>, group: Vec<usize>) -> usize {
        let target = self.template_with(general);
        for member in group {
            self.fold_into(member, target);
        }
        self.absorb_covered(target);
        self.absorb_names(target);
        // Merged, a level between values may have become one value with them (`<*> INFO <*>`):
        // templates of the level that did not merge are covered too.
        self.absorb_words_as_values(target);
        self.absorb_runs(target);
        // Merged, it may be what another template is with a last word (`user <*> [preauth]` of
        // `user <*> [preauth] userauth`), as a line's new template may (see `place_form`). Only
        // one that ends in a word: from a last `<*>`, tail after tail chained the one-off lines
        // of a start-up log into `<*> <*> <*> <*> <*>`.
        let ends_in_word = self.templates[target].tokens.last().is_some_and(|t| is_wordlike(t) && !holds_value(t));
        let target = if ends_in_word { self.merge_optional_tail(target) } else { target };
        let target = self.join_longer_list(target);
        // Merged, it may hold a name of several words that another template has a value for,
        // or differ from others only by a name it writes twice, as a new template may (see
        // `place_form`).
        if let Some(into) = self.covering_name(target) {
            self.fold_into(target, into);
            return into;
        }
        self.merge_siblings_then_repeated(target)
    }

    /// [`Self::merge_siblings`], or where that merges nothing, [`Self::merge_repeated`]: a
    /// merge ends in [`Self::merge_into`], which has looked for a name written twice already.
    fn merge_siblings_then_repeated(&mut self, index: usize) -> usize {
        match self.merge_siblings(index) {
            unmerged if unmerged == index => match self.merge_repeated(index) {
                unmerged if unmerged == index => match self.merge_names(index) {
                    unmerged if unmerged == index => self.merge_joined(index),
                    merged => merged,
                },
                merged => merged,
            },
            merged => merged,
        }
    }

    /// The newest live templates of template `index`'s length (it among them), newest first:
    /// a restored miner lists the folded templates after the live, so only live ones count.
    fn newest_of_length(&mut self, index: usize) -> Vec<usize> {
        let templates = &self.templates;
        let len = templates[index].tokens.len();
        self.index.newest_live(len, MAX_VARYING_JUDGED, |i| templates[i].merged_into.is_some())
    }

    /// Merges template `index` with the newest live template of its length that differs from
    /// it only where one of the two holds a value already, each somewhere, and the other a
    /// field or a value of another shape (`user=<*> database=bench` / `user=alice
    /// database=<*>`, `(<*>+<*>)` / `(<*>~<*>)`): every place where they differ is one that
    /// one of them knows to vary, so the template with a value at each says no less than the
    /// two together. Fields whose values vary together but recur (a user and their database)
    /// otherwise stay split by which of them generalised first. One more place may differ
    /// where the two hold words known to vary (`size <*> B` / `size <*> KB`), which then
    /// count as a value on both sides.
    fn merge_joined(&mut self, index: usize) -> usize {
        let newest = self.newest_of_length(index);
        let tokens = &self.templates[index].tokens;
        for other in newest.into_iter().filter(|&other| other != index) {
            let theirs = &self.templates[other].tokens;
            let (mut mine_vary, mut theirs_vary) = (false, false);
            // The other's token there is a field's value or holds one, or is free text in the
            // quotes of the value (`"<*>"` / `"dev piqca"`): a word of the message that one
            // event keeps (`(run-parts /etc/cron.hourly)` beside `(get_temps <*>)`) is its own.
            let covers = |general: &Token, other: &Token| {
                holds_value(general)
                    && token_covers(general, other)
                    && (holds_value(other)
                        || field_key(other).is_some()
                        || free_texts(&[text_of(general), text_of(other)]))
            };
            // One other place may differ, where two words known to vary (`B` / `KB`, two
            // levels) are a value on both sides: `estimated size <*> B` beside a block named
            // more generally, with `KB`. (Asked last: most pairs are turned away before.)
            // (Not beside a text taken for a value: the two are then joined at two places they
            // could have merged at one by one, and a block named as another stays apart.)
            let (mut odd, mut text) = (None, false);
            let as_text = |specific: &Token| !holds_value(specific) && field_key(specific).is_none();
            let joined = tokens.iter().zip(theirs).enumerate().all(|(at, (mine, their))| match mine == their {
                true => true,
                false if covers(mine, their) => {
                    (mine_vary, text) = (true, text || as_text(their));
                    true
                }
                false if covers(their, mine) => {
                    (theirs_vary, text) = (true, text || as_text(mine));
                    true
                }
                false => odd.replace(at).is_none(),
            });
            // Not in a field that names the event (`msg="Processing workflow"` / `msg="Updated
            // phase …"`, `"operation":"read"` / `"update"`): texts or words there are two events.
            let known_pair = |at: usize| {
                let (mine, their) = (&tokens[at], &theirs[at]);
                !holds_value(mine)
                    && !holds_value(their)
                    && !field_key(mine).is_some_and(names_event)
                    && known_to_vary(&[text_of(mine), text_of(their)])
            };
            let each_side = match odd {
                None => mine_vary && theirs_vary,
                Some(at) => (mine_vary || theirs_vary) && !text && known_pair(at),
            };
            if !joined || !each_side {
                continue;
            }
            let general: Vec<Token> = tokens
                .iter()
                .zip(theirs)
                .map(|(mine, their)| {
                    if mine == their || token_covers(mine, their) {
                        mine.clone()
                    } else if token_covers(their, mine) {
                        their.clone()
                    } else {
                        generalise(&[mine, their])
                    }
                })
                .collect();
            if says_something(&general) && reads_back(&general) {
                return self.merge_into(general, vec![index, other]);
            }
        }
        index
    }

    /// The live template, other than `index`, that covers template `index` with one of its
    /// names of several words read as one value.
    fn covering_name(&self, index: usize) -> Option<usize> {
        let tokens = &self.templates[index].tokens;
        for (start, words, _) in name_spans(tokens).into_iter().filter(|span| span.1 > 1) {
            let general = replaced(tokens, start, words, [name_slot(name_mark(&tokens[start..start + words]))]);
            if let Some(into) = self.covering(&general).filter(|&t| t != index) {
                return Some(into);
            }
        }
        None
    }

    /// Merges template `index` with those that differ from it only by a proper name at one
    /// place, of however many words (`The Windows Update service entered …`, `The Print
    /// Spooler service …`, `The Background Intelligent Transfer Service service …`), which
    /// merging within one length never merges: as many names as a word slot takes, their
    /// first words not all one and their last not all one (else the name is shorter). (A
    /// template that already has a value there, `The <*> service entered …`, took the name
    /// in before: see [`Self::covering_name`].)
    fn merge_names(&mut self, index: usize) -> usize {
        let tokens = &self.templates[index].tokens;
        for (start, words, key) in name_spans(tokens) {
            // Each live template listed, with the words of its name here.
            let mut names: Vec<(usize, &[Token])> = Vec::new();
            let (before, after) = (&tokens[..start], &tokens[start + words..]);
            for &member in newest(&self.name_siblings[&key], MAX_SIBLINGS_JUDGED) {
                let live = self.live(member);
                let name = name_between(&self.templates[live].tokens, before, after);
                if let Some(name) = name.filter(|_| names.iter().all(|(i, _)| *i != live)) {
                    names.push((live, name));
                }
            }
            if names.iter().any(|(_, name)| says_what_happened_to(name)) {
                continue;
            }
            let distinct = |edge: fn(&[Token]) -> &Token| names.iter().any(|(_, name)| edge(name) != edge(names[0].1));
            let enough = names.len() >= self.config.min_distinct_values && names.iter().any(|(_, name)| name.len() > 1);
            if !enough || !distinct(|name| &name[0]) || !distinct(|name| &name[name.len() - 1]) {
                continue;
            }
            let first = name_mark(names[0].1);
            // The mark that ends each name stays (`<*>;` of `Disk Usage;` and `SSH;`).
            let slot = name_slot(first.filter(|_| names.iter().all(|(_, name)| name_mark(name) == first)));
            let general = replaced(tokens, start, words, [slot]);
            if says_something(&general) && reads_back(&general) {
                let group = names.into_iter().map(|(i, _)| i).collect();
                return self.merge_into(general, group);
            }
        }
        index
    }

    /// Merges template `index` with the templates that differ from it only by a name it holds
    /// in several places (`--install <*> javac <*> --slave <*> javac.<*> <*>`, `jar`, `jdb`):
    /// one value written twice, which merging one position at a time never merges. It takes
    /// as many names as a word slot does.
    fn merge_repeated(&mut self, index: usize) -> usize {
        let tokens = &self.templates[index].tokens;
        for (name, key) in repeated_names(tokens) {
            // Those that generalised since are alike no more (a template's tokens never change).
            let mut group = Vec::new();
            for &member in newest(&self.repeated_siblings[&key], MAX_SIBLINGS_JUDGED) {
                if self.templates[member].merged_into.is_none() {
                    group.push(member);
                }
            }
            if group.len() < self.config.min_distinct_values {
                continue;
            }
            let mut general = tokens.clone();
            for (at, token) in tokens.iter().enumerate() {
                if holds_name(token, name) {
                    general[at] = self.most_general(&group, at, token);
                }
            }
            if says_something(&general) && reads_back(&general) {
                return self.merge_into(general, group);
            }
        }
        index
    }

    /// Of the tokens the templates of `group` hold at `at` (`own` among them), the one that
    /// covers all the others, or their generalisation if none does.
    fn most_general(&self, group: &[usize], at: usize, own: &Token) -> Token {
        let tokens: Vec<&Token> = group.iter().map(|&i| &self.templates[i].tokens[at]).collect();
        if tokens.iter().all(|t| *t == own) {
            return own.clone();
        }
        let covering = tokens.iter().find(|t| tokens.iter().all(|other| token_covers(t, other)));
        covering.map_or_else(|| generalise(&tokens), |t| (*t).clone())
    }

    /// `entered` / `entered.`: the templates of `group` (alike but for position `hole`) whose
    /// word there is `own` with or without a full stop, and that word without it.
    fn full_stop_variants(&self, group: &[usize], hole: usize, own: &Token) -> Option<(Token, Vec<usize>)> {
        let word = |i: usize| match &self.templates[i].tokens[hole] {
            Token::Word(w) => Some(&**w),
            Token::Wildcard => None,
        };
        let Token::Word(own) = own else { return None };
        let words: Vec<&str> = group.iter().filter_map(|&i| word(i)).collect();
        let base = full_stop_base(own, &words);
        let variants: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&i| word(i).is_some_and(|w| w == base || is_full_stop_variant(base, w)))
            .collect();
        // Words that are all the same are no variants: a member's comma is the record's own
        // (`"namespace":"<*>"}},`, which would lose it, and then its braces).
        let varies = variants.iter().any(|&i| word(i) != Some(&**own));
        (variants.len() >= 2 && varies).then(|| (Token::Word(base.into()), variants))
    }

    /// Is position `hole` of the templates of `group` one side of a change of state whose
    /// other side varies too (`from <*> to InProgress`, or another template differs from a
    /// member only there)? Then the words at `hole` are states, not events.
    fn changes_state(&self, group: &[usize], hole: usize) -> bool {
        let tokens = &self.templates[group[0]].tokens;
        let Some(other) = transition_partner(tokens, hole) else { return false };
        holds_value(&tokens[other])
            || group.iter().any(|&member| {
                let key = SiblingKeys::new(&self.templates[member].tokens).at(other);
                self.siblings.get(&key).is_some_and(|list| list.iter().any(|&i| self.live(i) != member))
            })
    }

    /// The token that the templates of `group` (alike but for position `hole`) share there,
    /// once there are enough of them to tell, and the templates that merge: all of them, or
    /// for a `key=value` field (`own`'s key), those with that key. Two states of a change
    /// ([`Self::changes_state`]) are enough.
    fn generalised_at(&self, mut group: Vec<usize>, hole: usize, own: &Token) -> Option<(Token, Vec<usize>)> {
        let at = |i: usize| &self.templates[i].tokens[hole];
        // A text of several words in a record of fields (`t=<*> level=info msg="user logged
        // in"`) holds the event's words (see `generalised_text`), and a one-word message
        // merges with no text; elsewhere a text is free text in a line of words, and so is
        // one in a field of a record that names its event in another (`error="…"`).
        let holds_text = |i: usize| matches!(at(i), Token::Word(w) if w.contains(' '));
        let record = &self.templates[group[0]].tokens;
        let words_of_event = holds_words_of_event(record, hole);
        if words_of_event && group.iter().any(|&i| holds_text(i)) {
            return None;
        }
        // `rhost=abc` / `rhost=reset`: a field's values; two are enough. Other templates of
        // the shape may hold other words there (`ambient=scip` among one-word lines).
        if let Some(own_key) = field_key(own) {
            // But a one-word message or event (`msg=started`, `"message":"stopped"`,
            // `op=upload`: see `names_event`) is an event, as a one-word line is.
            let one_word = matches!(own, Token::Word(w) if !w.contains(' '));
            if one_word && names_event(own_key) {
                return None;
            }
            let same_key: Vec<usize> = group.iter().copied().filter(|&i| field_key(at(i)) == Some(own_key)).collect();
            // Two messages are two events: a field holding text needs as many values as a
            // word does.
            let needed = if same_key.iter().any(|&i| holds_text(i)) { self.config.min_distinct_values } else { 2 };
            if same_key.len() >= needed {
                return Some((self.generalised(&same_key, hole), same_key));
            }
        }
        // A text in quotes and a token that is none are not values of one slot (`Adding
        // 'diversion of <*> by vim'` / `Adding debian:<*>`): only siblings quoted like `own`
        // merge.
        let quoted = |token: &Token| matches!(token, Token::Word(w) if w.starts_with(['\'', '"']));
        group.retain(|&i| quoted(at(i)) == quoted(own));
        // The name of a call with named arguments is a word: in camel case it names an
        // operation, the event (`PutObject(bucket=<*>,` / `GetObject(bucket=<*>,`), and
        // another is a value only in as many variants as a word slot takes (`grace(uid=<*>)`,
        // `heidi(uid=<*>)`, …). Short of that, only calls of `own`'s name merge.
        if let Some(name) = call_with_named_arguments(text_of(own)) {
            let mut names: Vec<&str> = Vec::new();
            for &i in &group {
                match call_with_named_arguments(text_of(at(i))) {
                    Some(other) if !names.contains(&other) => names.push(other),
                    _ => {}
                }
            }
            let camel = name.as_bytes().windows(2).any(|w| is_camel_join(w[0], w[1]));
            if camel || names.len() < self.config.min_distinct_values {
                group.retain(|&i| call_with_named_arguments(text_of(at(i))) == Some(name));
            }
        }
        // A plain word needs more variants than one known to vary, to tell a value (a user
        // name) from a word of the event (`Started`, `Stopped`).
        let words: Option<Vec<&str>> = group
            .iter()
            .map(|&i| match at(i) {
                Token::Word(w) => Some(&**w),
                Token::Wildcard => None,
            })
            .collect();
        // `"GET <*> HTTP/<*>"` / `"POST <*> HTTP/<*>"`: a request's method is its verb, bare
        // too (Gin's `| GET "<*>"`), and so is an API's method (see `names_an_action`); but not
        // a request that is a detail of another event (nginx's `… while connecting to
        // upstream, request: "GET <*> …"`): words of the message say that event before the
        // label. A label that starts the message names its logger (Strapi's `http: GET <*>`).
        let said_before = |end: usize| record[..end].iter().any(|t| is_wordlike(t) && !holds_value(t));
        let labelled =
            hole > 0 && matches!(&record[hole - 1], Token::Word(w) if is_detail_label(w)) && said_before(hole - 1);
        let mut methods = false;
        if let Some(words) = &words {
            fn method(w: &str) -> Option<&str> {
                request_method(w).or_else(|| mask::is_http_method(w).then_some(w))
            }
            methods = hole > 0 && methods_named_by(text_of(&record[hole - 1]), words);
            if !labelled && !methods && words.iter().any(|w| method(w).is_some_and(|m| Some(m) != method(words[0])))
                || words.iter().all(|w| names_an_action(w))
            {
                return None;
            }
        }
        // `Temperature_Celsius` / `Airflow_Temperature_Cel`, `"pick_first"` / `"round_robin"`:
        // identifiers after a word of the message (not a program's tag, a level's word, nor a
        // header before a logger's name), or in quotes, name things. The one that starts the
        // message is the function that logged, which says the event (Mac's
        // `mDNS_RegisterInterface:` / `mDNS_DeregisterInterface:`).
        let tokens = &self.templates[group[0]].tokens;
        let named_later = || {
            let message = &tokens[message_start(tokens).min(hole)..hole];
            message.iter().any(|t| is_wordlike(t) && !text_of(t).ends_with(':') && !mask::spells_a_level(text_of(t)))
                || quoted(own)
        };
        let identifiers = words.as_ref().is_some_and(|words| inside_shared_edges(words, is_snake_case));
        let named = identifiers && named_later();
        // However many functions log there (BIND's `debug 1: zone_settimer:` /
        // `zone_needdump:` / `zone_timer:` … `zone <*>: enter`).
        let functions = identifiers && !named && words.as_ref().is_some_and(|w| w.iter().all(|w| w.ends_with(':')));
        if functions {
            return None;
        }
        let known_variable = named || methods || words.as_ref().is_some_and(|words| known_to_vary(words));
        let before = hole.checked_sub(1).map(|b| &tokens[b]);
        // After a key that names the event (`{'event': 'user.created', …}`, a Python dict),
        // the word is the event, as a JSON member's is (`"event":"user.created"`).
        // So after Ruby's spaced arrow (`{:event => "user.created",`), and glued to its key as
        // Go writes a struct or map (`{Event:user.created`, `map[event:login`).
        let arrow_after_key = matches!(before, Some(Token::Word(w)) if &**w == "=>")
            && hole >= 2
            && mask::key_names_event(text_of(&tokens[hole - 2]));
        let glued = || words.as_ref().is_some_and(|w| w.iter().all(|w| mask::is_glued_event(w)));
        // Not after such a key in a sentence (`Doing action: <*>`, Windows Installer's): a
        // word of the message before it says the event, and the key labels a detail of it.
        let in_sentence = || {
            hole >= 2 && matches!(&tokens[hole - 2], Token::Word(w) if has_letters_only(w) && !mask::is_level_token(w))
        };
        let event_key = before.is_some_and(|b| mask::is_event_key(text_of(b))) && !in_sentence();
        if event_key || arrow_after_key || glued() {
            return None;
        }
        // `allDrawn= false`, `init = sent`: what follows an equals sign is a value; so does a
        // map's entry written with a colon and a space (see `map_entry_key`).
        let entry = || map_entry_key(tokens, hole).is_some_and(|key| !names_event(key));
        let assigns = matches!(before, Some(Token::Word(w)) if w.ends_with('=')) || entry();
        // Read where the words differ: `health.service(auth|passing):` / `(cart|passing):`
        // name services, in a state they share.
        let what_happened = words.as_ref().is_some_and(|w| {
            inside_shared_edges(w, says_what_happened)
                || hole > 0 && names_a_kind_at(tokens, hole - 1) && mostly_actions(w)
        });
        // What happened to a thing is the event, however many ways it went (`VM Started` /
        // `Paused` / `Resumed` / `Stopped`, `host up` / `down`; Loghub's truth keeps every
        // such slot apart), unless the words are the two sides of a change of state.
        let changes_state = || self.changes_state(&group, hole);
        if what_happened && !known_variable && !assigns && !changes_state() {
            return None;
        }
        // Codes in capitals right after a verb say what was done (`Sending CONNACK` /
        // `Sending PUBACK`, an MQTT broker's packets; `Received HEARTBEAT`): the event.
        let verb = |w: &str| w.bytes().all(|b| b.is_ascii_alphabetic()) && says_what_happened(w);
        let verb_before = matches!(before, Some(Token::Word(w)) if verb(w));
        if verb_before && !known_variable && words.as_ref().is_some_and(|w| w.iter().all(|w| is_shouted(w))) {
            return None;
        }
        // So do codes in capitals that start the message, after a header's values only, when
        // one of them is a state (an alarm's `ALARM:` / `OK:` / `INSUFFICIENT_DATA:`): states,
        // where others are names (Ambari's `DATANODE needs recovery`, a subsystem's `BILLING:`)
        // and levels vary.
        let states =
            || words.as_ref().is_some_and(|w| w.iter().all(|w| is_code(w)) && w.iter().any(|w| names_a_state(w)));
        if !known_variable && token::names_nothing_before(tokens, hole) && states() {
            return None;
        }
        // A last word right after a value, with no label to introduce it, is the verdict on
        // that value when a severity is among its words (`temperature 45 C normal` / `warning`
        // / `critical`) or all are in capitals (a build's `> Task :<*> UP-TO-DATE` /
        // `NO-SOURCE` / `FROM-CACHE`, and so `signal 15 SIGTERM` / `SIGKILL`): the event.
        // Other words there are names (`on node 12 alpha`).
        let verdict = before.is_some_and(holds_value)
            && hole + 1 == tokens.len()
            && words
                .as_ref()
                .is_some_and(|w| w.iter().any(|w| mask::spells_a_level(w)) || w.iter().all(|w| is_shouted(w)));
        if verdict && !known_variable {
            return None;
        }
        // The last word, after a label (`Using worker: sync`, also glued: `CurrentState:still`)
        // or alone in brackets (`disconnected (timeout)`), is a detail of the event: a value.
        // Not after a label that says the value is the event's kind (`EventType: JOB_SETUP`,
        // `action:`). A label padded to a column before its colon is one too (DB2's `DB   :`).
        let detail = || {
            let padded = hole >= 2 && text_of(&tokens[hole - 1]) == ":" && names_a_detail(text_of(&tokens[hole - 2]));
            let label = padded || before.is_some_and(|b| matches!(b, Token::Word(w) if is_detail_label(w)));
            let details = words.as_ref().is_some_and(|words| {
                let label = glued_label(words[0]);
                words.iter().all(|w| is_bracketed_word(w))
                    || label.is_some() && words.iter().all(|w| glued_label(w) == label)
            });
            hole + 1 == tokens.len() && (label || details)
        };
        // After a word that introduces values elsewhere in this log (`user`, `for`), two
        // words are two values.
        let introduced = before.is_some_and(|before| {
            // After a noun of named things (`user 'guest'`, `job reindex`), quoted or not, unless
            // they say what happened (`job started`; a name may end so: `db: 'billing'`).
            let names = || names_a_kind_at(tokens, hole - 1) && !what_happened;
            // Elsewhere a quoted word is a state's name (`state 'Active'`): two are two events.
            // A word next to an article is one of the sentence (`to spawn the instance`, `The
            // job-jar file`), and one after `is` says what a thing is (`Network is down` /
            // `unreachable`, `port 5 is now on-line` / `off-line`), however often the word
            // before it comes before values; a side of a change of state is a state (see
            // `changes_state`).
            let after_copula =
                is_copula(before) || hole >= 2 && is_copula(&tokens[hole - 2]) && is_adverb_of_state(before);
            let sentence = is_article(before) || after_copula || tokens.get(hole + 1).is_some_and(is_article);
            let state = || transition_partner(tokens, hole).is_some();
            assigns || names() || self.introduces_values(before) && !quoted(own) && !sentence && !state()
        });
        // Values of one slot come from one source and are written alike (`alice` / `bob`);
        // `BSSID` / `channel` after `en0:` are two things that changed.
        let alike = || words.as_ref().is_none_or(|words| written_alike(words));
        // Two words that another event takes at one position too (`[pool www]` / `[pool api]`
        // in each of php-fpm's events) are a slot's values.
        let shared = || group[1..].iter().all(|&i| self.pair_is_shared(at(group[0]), at(i)));
        let wrapped = || words.as_ref().is_some_and(|words| wrapped_as_values(tokens, hole, words));
        let needed =
            if known_variable || (introduced || detail() || changes_state() || shared() || wrapped()) && alike() {
                2
            } else {
                self.config.min_distinct_values
            };
        if group.len() < needed {
            return None;
        }
        let general = self.generalised(&group, hole);
        // A sibling of another shape (`Hello` beside `main.(*Server).loop(<*>)`, a Go panic's
        // frames, each a line of one token; ZNC's `(<*>/libera)` beside `(dave/oftc)`) leaves
        // a token that says nothing (`<*>`, `(<*>)`) where the rest of the line says nothing
        // either: those that share `own`'s constant parts merge among themselves, as they
        // would have had no such line come first.
        if *own != Token::Wildcard {
            let mut merged = tokens.clone();
            merged[hole] = general.clone();
            if !says_something_with(&merged, hole > 0) {
                // A word with no value in it shares a word with its own (`CommentInsert1(CH1)` /
                // `(TO.QM2)`, IBM MQ's fields, one to a line beside `EXPLANATION:`), not marks
                // alone (`EXPLANATION:` / `ACTION:` share a colon: two events). Those that share
                // a word come first; a value's own shares marks alone too, where none does
                // (`注文<*>を作成しました（ユーザー：bob）` shares words with `…alice）`, only `）`
                // with `バッチ処理が完了しました（<*>件、<*>秒）`).
                let (mut worded, mut marked) = (Vec::new(), Vec::new());
                for &i in &group {
                    let Token::Word(shape) = generalise(&[own, at(i)]) else { continue };
                    let lettered = has_letters(&shape);
                    if lettered {
                        worded.push(i);
                    }
                    if lettered || holds_value(own) {
                        marked.push(i);
                    }
                }
                // (Values that share no part, `api-<*>` / `db-<*>`, are left to merge whole.)
                for alike in [worded, marked] {
                    if (2..group.len()).contains(&alike.len()) {
                        return self.generalised_at(alike, hole, own);
                    }
                }
            }
        }
        Some((general, group))
    }

    /// Has another event taken words `a` and `b` at one position too (see [`note_word_pairs`])?
    fn pair_is_shared(&self, a: &Token, b: &Token) -> bool {
        self.word_pairs.get(&word_pair(a, b)).is_some_and(|seen| seen.len() > 1)
    }

    /// [`Self::generalised_at`] for the text of several words at `hole` in the record
    /// `tokens`, which holds the record's words (`msg="Accepted password for alice from
    /// <*>"`): as a plain line's words, the texts listed with it (`listed`: siblings as they
    /// were when listed) of as many words that differ from it in one word merge that word,
    /// once there are [`MinerConfig::min_distinct_values`] of them, or two that each hold a
    /// value there. Texts further apart are other events.
    fn generalised_text(&self, listed: &[usize], hole: usize, tokens: &[Token]) -> Option<(Token, Vec<usize>)> {
        let Token::Word(own) = &tokens[hole] else { return None };
        let own: Vec<&str> = own.split(' ').collect();
        let text = |i: usize| match &self.templates[i].tokens[hole] {
            Token::Word(w) if field_key(&self.templates[i].tokens[hole]) == field_key(&tokens[hole]) => {
                Some(w.split(' ').collect::<Vec<_>>()).filter(|words| words.len() == own.len())
            }
            _ => None,
        };
        // Each sibling as it was listed tells at which word it differs, and only there; what it
        // folded into since merges (as a line's merge takes a member's live template), when
        // it is still of this shape.
        let mut apart_at: Vec<Vec<usize>> = vec![Vec::new(); own.len()];
        for &sibling in listed {
            let Some(words) = text(sibling) else { continue };
            let live = self.live(sibling);
            if self.templates[live].tokens.len() != tokens.len() || text(live).is_none() {
                continue;
            }
            let mut apart = (0..own.len()).filter(|&j| words[j] != own[j]);
            match (apart.next(), apart.next()) {
                (Some(k), None) => apart_at[k].push(live),
                // Itself: it belongs with the others at every word.
                (None, _) => apart_at.iter_mut().for_each(|members| members.push(live)),
                // One value written again (`process component pubsub error: … for pubsub`)
                // is one word apart, at its first place.
                (Some(k), Some(_)) if one_value_apart(&own, &words, k) => apart_at[k].push(live),
                _ => {}
            }
        }
        let word_at = |i: usize, j: usize| text(i).map(|words| words[j]).unwrap_or(WILDCARD);
        // `own`'s words as a line's tokens, for the sides of a change of state: made once,
        // when first asked for.
        let own_line = std::cell::OnceCell::new();
        let enough = |k: usize, members: &mut Vec<usize>| {
            sort_unstable_by(members, Ord::cmp);
            members.dedup();
            let words: Vec<&str> = members.iter().map(|&i| word_at(i, k)).collect();
            // As in a plain line, two are enough where each holds a value already, or each is
            // a value of one field (`database=shop` / `database=billing`), unless that names
            // the event (`op=`; the text's first word holds the record's own key, `msg="`).
            let one_field = || {
                let first = key_of(words[0]);
                k > 0 && first.is_some_and(|key| !names_event(key)) && words.iter().all(|w| key_of(w) == first)
            };
            let methods = || k > 0 && methods_named_by(own[k - 1], &words);
            // As in a plain line, states alike on one side of a change whose other side varies
            // (`msg="Updated phase Pending -> <*>"` / `Running -> <*>"`; see `changes_state`).
            let changes_state = || {
                let line: &Vec<Token> = own_line.get_or_init(|| own.iter().map(|w| Token::of(w)).collect());
                transition_partner(line, k).is_some_and(|other| holds_value(&line[other])) && written_alike(&words)
            };
            let needed = if known_to_vary(&words) || one_field() || methods() || changes_state() {
                2
            } else {
                self.config.min_distinct_values
            };
            members.len() >= needed
        };
        let (_, members) = apart_at
            .into_iter()
            .enumerate()
            .filter_map(|(k, mut members)| enough(k, &mut members).then_some((k, members)))
            .max_by_key(|(k, members)| (members.len(), std::cmp::Reverse(*k)))?;
        // Where the members differ, a word that covers theirs, so the text covers them all.
        let texts: Vec<&str> = members.iter().map(|&i| text_of(&self.templates[i].tokens[hole])).collect();
        let text = generalise_text(&texts)?;
        // The message must say something on its own, as a plain line must: the record's
        // fields (`level=warn`) do not make `msg="<*> (command <*>)"` an event.
        let as_line: Vec<Token> = text.split(' ').map(Token::of).collect();
        if !says_something(&as_line) {
            return None;
        }
        Some((Token::Word(text.into()), members))
    }

    /// The token that covers what the templates of `group` hold at `at`.
    fn generalised(&self, group: &[usize], at: usize) -> Token {
        let tokens: Vec<&Token> = group.iter().map(|&i| &self.templates[i].tokens[at]).collect();
        generalise(&tokens)
    }

    /// Folds template `from` into `into`: its lines count there and its ID becomes an alias.
    fn fold_into(&mut self, from: usize, into: usize) {
        if from == into {
            return;
        }
        self.note_change(self.templates[from].tokens.len());
        if !cfg!(target_arch = "wasm32") {
            self.pending.remove(&from);
        }
        let folded = std::mem::take(&mut self.templates[from].tokens);
        self.count_introducers(&folded, -1);
        self.templates[from].tokens = folded;
        let (old_id, new_id) = (self.templates[from].id, self.templates[into].id);
        let lines = std::mem::take(&mut self.templates[from].lines);
        self.templates[into].lines += lines;
        self.templates[from].merged_into = Some(into);
        self.by_id.remove(&old_id);
        // Keep every older alias pointing at the newest ID.
        for former in self.alias_sources.remove(&old_id).unwrap_or_default() {
            self.set_alias(former, new_id);
            self.log_alias_change(former, None);
        }
        self.set_alias(old_id, new_id);
        self.log_alias_change(old_id, Some(from));
    }

    /// Logs a change to `aliases` for [`Self::alias_changes_since`]. The browser's miner has
    /// no store to send them to, so its log would only grow: it keeps none.
    fn log_alias_change(&mut self, id: TemplateId, template: Option<usize>) {
        if !cfg!(target_arch = "wasm32") {
            self.alias_log.push((id, template));
        }
    }

    /// Makes `old` an alias of `new`, in both directions.
    fn set_alias(&mut self, old: TemplateId, new: TemplateId) {
        self.forget_alias(old);
        self.aliases.insert(old, new);
        self.alias_sources.entry(new).or_default().push(old);
    }

    /// Makes `old` no alias, in both directions; was it one?
    fn forget_alias(&mut self, old: TemplateId) -> bool {
        let Some(previous) = self.aliases.remove(&old) else { return false };
        if let Some(sources) = self.alias_sources.get_mut(&previous) {
            sources.retain(|&id| id != old);
        }
        true
    }

    /// The current ID for an ID handed out earlier (itself if it never generalised).
    pub fn resolve(&self, id: TemplateId) -> TemplateId {
        self.aliases.get(&id).copied().unwrap_or(id)
    }

    /// Changes whenever [`TemplateMiner::aliases`] changes: how many changes there were.
    pub fn alias_generation(&self) -> u64 {
        self.alias_log_start + self.alias_log.len() as u64
    }

    /// Forgets the alias changes before `generation`, which a writer has stored: it asks
    /// [`TemplateMiner::alias_changes_since`] only for later ones, and the log stays the
    /// size of what is not stored yet.
    pub fn forget_alias_changes_before(&mut self, generation: u64) {
        let stored = generation.saturating_sub(self.alias_log_start).min(self.alias_log.len() as u64) as usize;
        // In chunks, so that dropping the front costs little per change.
        if stored == self.alias_log.len() || stored >= 4096 {
            self.alias_log.drain(..stored);
            self.alias_log_start += stored as u64;
        }
    }

    /// What changed since [`TemplateMiner::alias_generation`] was `generation` (no earlier
    /// than one given to [`TemplateMiner::forget_alias_changes_before`]). A store that had
    /// every alias and former template up to `generation` has them all with these; the cost
    /// is that of the changes, not of every alias.
    pub fn alias_changes_since(&self, generation: u64) -> AliasChanges<'_> {
        let since = generation.saturating_sub(self.alias_log_start).min(self.alias_log.len() as u64) as usize;
        let (mut aliases, mut folded) = (Vec::new(), Vec::new());
        let (mut listed, mut read) = (FxHashSet::default(), FxHashSet::default());
        for &(old, template) in &self.alias_log[since..] {
            if let Some(&new) = self.aliases.get(&old).filter(|_| listed.insert(old)) {
                aliases.push((old, new));
            }
            if let Some(index) = template.filter(|&index| read.insert(index)) {
                let t = &self.templates[index];
                if t.merged_into.is_some() && !self.by_id.contains_key(&t.id) {
                    folded.push((t.id, t.text.as_str()));
                }
            }
        }
        AliasChanges { aliases, former_templates: folded }
    }

    /// Former IDs and the ID each became.
    pub fn aliases(&self) -> &FxHashMap<TemplateId, TemplateId> {
        &self.aliases
    }

    /// The former IDs that are aliases of `id` now: those its template had before it
    /// generalised, and those of the templates it took in.
    pub fn former_ids(&self, id: TemplateId) -> &[TemplateId] {
        self.alias_sources.get(&id).map_or(&[], Vec::as_slice)
    }

    /// The text of a current template, with `<*>` where values vary.
    pub fn template_text(&self, id: TemplateId) -> Option<&str> {
        let index = *self.by_id.get(&self.resolve(id))?;
        Some(&self.templates[self.live(index)].text)
    }

    /// Current templates: (id, text, lines), in order of first appearance.
    pub fn templates(&self) -> impl Iterator<Item = (TemplateId, &str, u64)> {
        self.templates.iter().filter(|t| t.merged_into.is_none()).map(|t| (t.id, t.text.as_str(), t.lines))
    }

    /// Templates that generalised since, each ID now an alias: (id, text). A store that keeps
    /// them lets a miner rebuilt from it merge as this one does (see [`TemplateMiner::learn`]).
    pub fn former_templates(&self) -> impl Iterator<Item = (TemplateId, &str)> {
        let former = |t: &&Template| t.merged_into.is_some() && !self.by_id.contains_key(&t.id);
        self.templates.iter().filter(former).map(|t| (t.id, t.text.as_str()))
    }
}
