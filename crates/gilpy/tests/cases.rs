//! Behaviour-test runner: every `tests/cases/<area>/<name>.py` runs under the built `gilpy` and
//! must reproduce what CPython 3.11 printed (the `.out`, `.code` and `.err` files beside it).
//! Counterpart of running CPython's own `Lib/test` suite, but against golden output.
//!
//! Cases listed in `tests/cases/KNOWN_FAILURES` are reported as ignored while they fail and as
//! failures once they pass, so that the list only ever shrinks. Setting the environment variable
//! `GILPY_CASES_IGNORE_KNOWN_FAILURES=1` runs every case as an ordinary test (used by
//! `scripts/update-known-failures`).

#[path = "cases/case.rs"]
mod case;
#[path = "cases/diff.rs"]
mod diff;
#[path = "cases/discover.rs"]
mod discover;
#[path = "cases/known.rs"]
mod known;
#[path = "cases/run.rs"]
mod run;
#[path = "cases/selfcheck.rs"]
mod selfcheck;

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Completion, Failed, Trial};

use case::Case;
use known::KnownFailures;

fn main() {
    let args = Arguments::from_args();
    let root = cases_root();
    let trials = match build_trials(&root) {
        Ok(trials) => trials,
        Err(message) => {
            eprintln!("cases: {message}");
            std::process::exit(2);
        }
    };
    libtest_mimic::run(&args, trials).exit();
}

/// The corpus lives at the workspace root, two levels above this crate.
fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases")
}

fn build_trials(root: &Path) -> Result<Vec<Trial>, String> {
    let cases = discover::find_cases(root)?;
    let known = if std::env::var_os("GILPY_CASES_IGNORE_KNOWN_FAILURES").is_some() {
        KnownFailures::default()
    } else {
        KnownFailures::load(&root.join("KNOWN_FAILURES"))?
    };
    let mut trials = meta_trials(root, &cases, &known);
    trials.extend(selfcheck::trials());
    trials.extend(cases.into_iter().map(|case| case_trial(case, &known)));
    Ok(trials)
}

fn case_trial(case: Case, known: &KnownFailures) -> Trial {
    let name = format!("cases::{}::{}", case.area, case.name);
    match known.reason(&case.id()) {
        None => Trial::test(name, move || run::check_case(&case)),
        Some(reason) => {
            let reason = reason.to_owned();
            Trial::ignorable_test(name, move || expect_failure(&case, reason))
        }
    }
}

/// A known failure is ignored while it fails and fails once it passes.
fn expect_failure(case: &Case, reason: String) -> Result<Completion, Failed> {
    match run::check_case(case) {
        Err(_) => Ok(Completion::ignored_with(reason)),
        Ok(()) => Err(Failed::from(format!(
            "{} is listed in tests/cases/KNOWN_FAILURES ({reason}) but now passes: \
             remove it from the list",
            case.id()
        ))),
    }
}

/// Checks on the corpus itself rather than on gilpy's behaviour.
fn meta_trials(root: &Path, cases: &[Case], known: &KnownFailures) -> Vec<Trial> {
    let missing_out: Vec<String> = cases
        .iter()
        .filter(|case| !case.out_path().is_file())
        .map(Case::id)
        .collect();
    let unknown: Vec<String> = known
        .ids()
        .filter(|id| !cases.iter().any(|case| &case.id() == id))
        .map(str::to_owned)
        .collect();
    let root = root.display().to_string();
    vec![
        Trial::test("meta::every_case_has_out", move || {
            report_list(
                &missing_out,
                "cases without a .out file (run scripts/regen-cases)",
            )
        }),
        Trial::test("meta::known_failures_name_existing_cases", move || {
            report_list(
                &unknown,
                &format!("KNOWN_FAILURES entries with no case under {root}"),
            )
        }),
    ]
}

fn report_list(items: &[String], what: &str) -> Result<(), Failed> {
    if items.is_empty() {
        return Ok(());
    }
    Err(Failed::from(format!("{what}:\n  {}", items.join("\n  "))))
}
