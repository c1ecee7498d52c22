//! The miner on arbitrary input: never panics, deterministic, state survives a restart.

use hover_core::{TemplateId, TemplateMiner};
use proptest::prelude::*;

fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        // Arbitrary bytes, decoded as the CLI and the server decode them.
        prop::collection::vec(any::<u8>(), 0..200).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        // Arbitrary Unicode.
        ".{0,200}",
        // Log-like lines built from words, values, quotes and separators.
        prop::collection::vec(
            prop_oneof![
                Just("user".to_string()),
                Just("error".to_string()),
                Just("=".to_string()),
                Just("\"".to_string()),
                Just("'x".to_string()),
                Just("y',".to_string()),
                Just("isn't".to_string()),
                Just("<*>".to_string()),
                Just("key=".to_string()),
                Just(":".to_string()),
                "[a-z]{1,8}",
                "[0-9]{1,6}",
                "[a-z]{1,5}=[a-z0-9]{0,5}",
                "/[a-z/]{1,10}",
                "[A-Z][a-z]{0,6}",
                // Items of lists (`[a, b]`, `1, 2, 3`).
                "[a-z0-9]{1,4},",
                "[\\[(][a-z0-9]{1,4},",
                "[a-z0-9]{1,4}[\\])]",
                // Empty lists, which a list's `[<*>]` covers.
                Just("[]".to_string()),
                Just("ids=[],".to_string()),
                Just("f()".to_string()),
            ],
            0..30
        )
        .prop_map(|w| w.join(" ")),
        event_line(),
        json_line(),
        record_line(),
        header_line(),
    ]
}

/// Lines with a header: a syslog time, host and tag (or nearly), a level with a thread in
/// brackets (closed or not), before a short message: what the header rules mask whole.
fn header_line() -> impl Strategy<Value = String> {
    let head = prop_oneof![
        Just("Jul  1 09:00:55 web-1 sshd[42]:"),
        Just("Jul 1 09:00:55 web kernel:"),
        Just("- 17 x Nov 9 12:01:01 a/a crond[7]:"),
        Just("2025-11-28T10:00:00Z db systemd:"),
        Just("Jul 1 09:00"),
        Just("2025-11-28 10:00:00,1 INFO [main]"),
        Just("2025-11-28 INFO [pool 1 x]"),
        Just("10:00:00 [a b] WARN x -"),
        Just("INFO 4 --- [ main] x :"),
        Just("INFO [unclosed"),
        Just("[notice]"),
    ];
    let word = prop_oneof![
        Just("up"),
        Just("down"),
        Just("7"),
        Just("[x y]"),
        Just("\"q r\""),
        Just(""),
        Just("disk full on")
    ];
    (head, prop::collection::vec(word, 0..4)).prop_map(|(head, words)| format!("{head} {}", words.join(" ")))
}

/// logfmt records whose quoted messages share words and differ in a few: what merges a
/// message word by word.
fn record_line() -> impl Strategy<Value = String> {
    let word = prop_oneof![Just("user"), Just("a"), Just("b"), Just("c"), Just("7"), Just("x\\\""), Just("<*>")];
    (
        prop_oneof![Just("info"), Just("warn")],
        prop::collection::vec(word, 1..5),
        prop_oneof![Just(""), Just(" user=bob"), Just(" n=3"), Just(" err=\"no such key\"")],
    )
        .prop_map(|(level, words, tail)| format!("t=1 level={level} msg=\"{}\"{tail}", words.join(" ")))
}

/// JSON objects of a few members whose strings hold words, values, escapes and brackets, and
/// near-JSON (a member cut off, a stray quote): lines split as JSON or not.
fn json_line() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        Just("\"user logged in\"".to_string()),
        Just("\"a\\\" b\"".to_string()),
        Just("[1, \"x y\"]".to_string()),
        Just("[\"a\", \"b\", 3]".to_string()),
        Just("[[1, 2], []]".to_string()),
        Just("[{\"k\": 1}, 2]".to_string()),
        Just("{\"k\":\"v w\"}".to_string()),
        Just("null".to_string()),
        "[0-9]{1,5}",
        "\"[a-z0-9 :/<*>]{0,12}\"",
    ];
    (prop::collection::vec(("[a-z]{1,4}", value), 0..5), prop_oneof![Just(""), Just("}"), Just("\""), Just(" x")])
        .prop_map(|(members, tail)| {
            let members: Vec<String> = members.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            format!("{{{}}}{tail}", members.join(","))
        })
}

/// Lines of a few events whose words vary in few values and whose tails vary in length:
/// what makes the miner merge (siblings, optional tails) again and again.
fn event_line() -> impl Strategy<Value = String> {
    (
        prop_oneof![Just("job"), Just("disk full on"), Just("auth failure; uid=0 user=")],
        prop_oneof![Just("a"), Just("b"), Just("c"), Just("d"), Just("7")],
        prop::collection::vec(
            prop_oneof![
                Just("ms"),
                Just("x"),
                Just("\"q"),
                Just("r\""),
                Just("'s"),
                Just("t'"),
                Just("9"),
                Just("done.")
            ],
            0..4,
        ),
    )
        .prop_map(|(event, word, tail)| format!("{event} {word} {}", tail.join(" ")))
}

fn run(lines: &[String]) -> Vec<TemplateId> {
    let mut miner = TemplateMiner::default();
    let assigned: Vec<_> = lines.iter().map(|l| miner.mine(l).template_id).collect();
    for (&id, target) in miner.aliases() {
        assert_eq!(miner.resolve(id), *target);
        assert!(miner.template_text(*target).is_some(), "alias {id} points at a template that does not exist");
    }
    assigned.into_iter().map(|id| miner.resolve(id)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn never_panics_and_is_deterministic(lines in prop::collection::vec(line(), 0..60)) {
        let first = run(&lines);
        let second = run(&lines);
        prop_assert_eq!(first, second);
    }

    #[test]
    fn every_line_has_a_current_template(lines in prop::collection::vec(line(), 1..60)) {
        let mut miner = TemplateMiner::default();
        let ids: Vec<_> = lines.iter().map(|l| miner.mine(l).template_id).collect();
        for id in ids {
            prop_assert!(miner.template_text(id).is_some());
        }
        let total: u64 = miner.templates().map(|(_, _, n)| n).sum();
        prop_assert_eq!(total, lines.len() as u64);
        // Each alias is listed once among its current ID's former IDs, and nowhere else.
        let listed: usize = miner.templates().map(|(id, _, _)| miner.former_ids(id).len()).sum();
        prop_assert_eq!(listed, miner.aliases().len());
        for (&old, &new) in miner.aliases() {
            prop_assert!(miner.former_ids(new).contains(&old));
        }
    }

    #[test]
    fn every_line_fits_its_template(lines in prop::collection::vec(line(), 1..80)) {
        // `/template_values` reads a template's values from the lines stored under it.
        let mut miner = TemplateMiner::default();
        let ids: Vec<_> = lines.iter().map(|l| miner.mine(l).template_id).collect();
        for (line, id) in lines.iter().zip(ids) {
            let text = miner.template_text(id).unwrap();
            prop_assert!(hover_core::slot_values(text, line).is_some(), "{:?} does not fit {:?}", line, text);
        }
    }

    #[test]
    fn restored_state_hands_out_the_same_ids(lines in prop::collection::vec(line(), 1..40)) {
        let mut miner = TemplateMiner::default();
        for l in &lines {
            miner.mine(l);
        }
        let json = serde_json::to_string(&miner.snapshot()).unwrap();
        let mut restored = TemplateMiner::restore(serde_json::from_str(&json).unwrap()).unwrap();
        let mut original = miner.clone();
        for l in &lines {
            prop_assert_eq!(restored.mine(l).template_id, original.mine(l).template_id);
        }
    }

    #[test]
    fn a_miner_learns_what_another_made(
        ours in prop::collection::vec(line(), 1..30),
        theirs in prop::collection::vec(line(), 1..30),
    ) {
        let (mut here, mut there) = (TemplateMiner::default(), TemplateMiner::default());
        for l in &ours {
            here.mine(l);
        }
        let their_ids: Vec<_> = theirs.iter().map(|l| there.mine(l).template_id).collect();
        let (generation, known) = (here.alias_generation(), here.templates().count());
        let unknown: Vec<bool> = their_ids.iter().map(|id| here.template_text(*id).is_none()).collect();
        let state = there.snapshot();
        here.learn(state.templates, state.aliases);
        // Every ID the other miner handed out now has a text here: where this miner knew
        // nothing of it, the text it has there, as this miner names that (its own aliases
        // win: a template it generalised is what it became here); nothing here was lost.
        for (id, was_unknown) in their_ids.into_iter().zip(unknown) {
            prop_assert!(here.template_text(id).is_some());
            if was_unknown {
                let theirs = TemplateId::of_text(there.template_text(id).unwrap());
                prop_assert_eq!(here.template_text(id), here.template_text(theirs));
                prop_assert!(here.template_text(theirs).is_some());
            }
        }
        prop_assert!(here.templates().count() >= known);
        prop_assert_eq!(here.alias_generation(), generation);
    }
}

#[test]
fn a_restored_miner_takes_in_none_of_its_own_templates() {
    // Found by `restored_state_hands_out_the_same_ids`: `<*> <*> [x y]` (merged) and `<*> [x
    // y]` (a line's form) live side by side; restored, the first line's template took the
    // other in as if an older miner had made it.
    let lines =
        ["Jul 1 09:00 [x y]", "Jul  1 09:00:55 web-1 sshd[42]: [x y]", "Jul 1 09:00 \"q r\" [x y]", "[notice] 7 [x y]"];
    let mut miner = TemplateMiner::default();
    for l in &lines {
        miner.mine(l);
    }
    let mut restored = TemplateMiner::restore(miner.snapshot()).unwrap();
    for l in &lines {
        assert_eq!(restored.mine(l).template_id, miner.mine(l).template_id, "{l}");
    }
}

#[test]
fn very_long_lines_are_matched_on_their_first_bytes() {
    let mut miner = TemplateMiner::default();
    let tail_a = "a ".repeat(1_000_000);
    let tail_b = "b ".repeat(1_000_000);
    let prefix = "request failed with status ".repeat(400);
    let one = miner.mine(&format!("{prefix}{tail_a}"));
    let two = miner.mine(&format!("{prefix}{tail_b}"));
    assert_eq!(one.template_id, two.template_id);
    // A cut inside a multi-byte character is moved back to the character's start.
    let wide = "é".repeat(10_000);
    miner.mine(&wide);
}
