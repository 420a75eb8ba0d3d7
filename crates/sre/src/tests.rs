//! Unit tests of the engine: matching semantics and error messages against what CPython 3.11
//! answers.

use super::*;

fn re(p: &str) -> Regex {
    Regex::new(p.chars().collect(), true, 0).unwrap_or_else(|e| panic!("{p}: {e:?}"))
}

/// The spans of a search of `p` in `s`, as (start, end) with -1 for an unset group.
fn search(p: &str, s: &str) -> Option<Vec<(i64, i64)>> {
    let text: Vec<char> = s.chars().collect();
    let caps = re(p).search(&text, 0, Mode::Search, false)?;
    Some(
        caps.spans
            .iter()
            .map(|sp| sp.map_or((-1, -1), |(a, b)| (a as i64, b as i64)))
            .collect(),
    )
}

fn err(p: &str) -> (String, Option<usize>) {
    let e = Regex::new(p.chars().collect(), true, 0).expect_err(p);
    (e.msg, e.pos)
}

#[test]
fn literals_classes_and_repeats() {
    assert_eq!(
        search(r"(\d+)-(\d+)", "x10-20"),
        Some(vec![(1, 6), (1, 3), (4, 6)])
    );
    assert_eq!(search("b+", "aabbbcc"), Some(vec![(2, 5)]));
    assert_eq!(search("a{2,3}?", "aaaa"), Some(vec![(0, 2)]));
    assert_eq!(search("[^a-c]", "abcd"), Some(vec![(3, 4)]));
    assert_eq!(search("x", "abc"), None);
}

#[test]
fn alternation_and_groups_follow_sre() {
    assert_eq!(
        search("(a|ab)(c|bcd)", "abcd"),
        Some(vec![(0, 4), (0, 1), (1, 4)])
    );
    assert_eq!(search("(?:(a)|b)*", "ab"), Some(vec![(0, 2), (0, 1)]));
    assert_eq!(search("(a*)*b", "aab"), Some(vec![(0, 3), (2, 2)]));
}

#[test]
fn counted_loops_guard_empty_iterations_as_sre() {
    assert_eq!(search("(b??){1,2}1", "b1"), Some(vec![(0, 2), (0, 1)]));
    assert_eq!(search("(b??){1,3}1", "b1"), Some(vec![(0, 2), (1, 1)]));
    assert_eq!(search("(b??)+1", "b1"), Some(vec![(0, 2), (1, 1)]));
    assert_eq!(search("(?:)*x", "x"), Some(vec![(0, 1)]));
}

#[test]
fn lookaround_atomic_and_conditionals() {
    assert_eq!(search("a(?=b)", "acab"), Some(vec![(2, 3)]));
    assert_eq!(search("a(?!b)", "abac"), Some(vec![(2, 3)]));
    assert_eq!(search("(?<=a)b", "cbab"), Some(vec![(3, 4)]));
    assert_eq!(search("(?<!a)b", "abcb"), Some(vec![(3, 4)]));
    assert_eq!(search("(?>a+)a", "aaa"), None);
    assert_eq!(search("a++a", "aaa"), None);
    assert_eq!(search("(a)?(?(1)b|c)", "xc"), Some(vec![(1, 2), (-1, -1)]));
    assert_eq!(search(r"(\w)\1", "abccd"), Some(vec![(2, 4), (2, 3)]));
}

#[test]
fn anchors_and_flags() {
    assert_eq!(search("(?m)^b$", "a\nb\nc"), Some(vec![(2, 3)]));
    assert_eq!(search("a$", "a\n"), Some(vec![(0, 1)]));
    assert_eq!(search(r"\bb", "a b"), Some(vec![(2, 3)]));
    assert_eq!(search("(?i)straße", "STRASSE"), None);
    assert_eq!(search("(?i)[k]", "\u{212a}"), Some(vec![(0, 1)]));
    assert_eq!(search("(?s).", "\n"), Some(vec![(0, 1)]));
    assert_eq!(search(".", "\n"), None);
}

#[test]
fn runaway_backtracking_does_not_overflow() {
    let text: Vec<char> = "a".repeat(22).chars().collect();
    assert_eq!(re("(a*)*b").search(&text, 0, Mode::Match, false), None);
    let long: Vec<char> = "ab".repeat(200_000).chars().collect();
    assert!(
        re("(?:ab)*c|(?:ab)*")
            .search(&long, 0, Mode::Match, false)
            .is_some()
    );
}

#[test]
fn deep_nesting_is_a_recursion_error() {
    let ok = format!("{}a{}", "(".repeat(495), ")".repeat(495));
    assert!(Regex::new(ok.chars().collect(), true, 0).is_ok());
    let deep = format!("{}a{}", "(?:".repeat(5000), ")".repeat(5000));
    let e = Regex::new(deep.chars().collect(), true, 0).expect_err("deep");
    assert_eq!(e.kind, ErrorKind::Recursion);
}

#[test]
fn errors_carry_cpython_messages() {
    assert_eq!(
        err("("),
        ("missing ), unterminated subpattern".into(), Some(0))
    );
    assert_eq!(err("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(err("[z-a]"), ("bad character range z-a".into(), Some(1)));
    assert_eq!(err(r"(a)\2"), ("invalid group reference 2".into(), Some(4)));
    assert_eq!(
        err("(?<=a*)b"),
        ("look-behind requires fixed-width pattern".into(), None)
    );
    assert_eq!(
        err("a(?i)b"),
        (
            "global flags not at the start of the expression".into(),
            Some(1)
        )
    );
    assert_eq!(
        err("(?P<a>x)(?P<a>y)").0,
        "redefinition of group name 'a' as group 2; was group 1"
    );
}
