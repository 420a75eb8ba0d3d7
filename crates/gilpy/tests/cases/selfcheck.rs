//! Checks on the harness's own helpers, run as `meta::` trials (a `harness = false` target has
//! no `#[test]` functions).

use libtest_mimic::{Failed, Trial};

use crate::case::last_line;
use crate::diff::unified_diff;
use crate::known::KnownFailures;

pub fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "meta::harness_diff_marks_changed_lines",
            diff_marks_changed_lines,
        ),
        Trial::test(
            "meta::harness_reads_last_stderr_line",
            reads_last_stderr_line,
        ),
        Trial::test("meta::harness_parses_known_failures", parses_known_failures),
    ]
}

fn check(ok: bool, what: &str) -> Result<(), Failed> {
    if ok { Ok(()) } else { Err(Failed::from(what)) }
}

fn diff_marks_changed_lines() -> Result<(), Failed> {
    let diff = unified_diff(b"a\nb\nc\n", b"a\nB\nc\nd");
    check(
        diff.contains("-b\n+B\n"),
        &format!("changed line not marked:\n{diff}"),
    )?;
    check(
        diff.contains("+d\n\\ No newline"),
        &format!("missing final newline not marked:\n{diff}"),
    )
}

fn reads_last_stderr_line() -> Result<(), Failed> {
    let stderr = b"Traceback (most recent call last):\n  File \"x.py\"\nValueError: bad\n\n";
    check(last_line(stderr) == "ValueError: bad", "wrong last line")?;
    check(
        last_line(b"").is_empty(),
        "empty stderr has an empty last line",
    )
}

fn parses_known_failures() -> Result<(), Failed> {
    let known = KnownFailures::parse("# comment\n\ntypes/int_ops  # slow path missing\nerrors/x\n")
        .map_err(Failed::from)?;
    check(
        known.reason("types/int_ops") == Some("slow path missing"),
        "reason not kept",
    )?;
    check(
        known.reason("errors/x") == Some(""),
        "entry without a reason not kept",
    )?;
    check(
        KnownFailures::parse("not-an-id  # reason\n").is_err(),
        "bad entry accepted",
    )
}
