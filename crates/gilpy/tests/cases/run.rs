//! Runs one case under the built `gilpy` with a time limit and compares it with its expectation.

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::Failed;

use crate::case::{Case, last_line};
use crate::diff::unified_diff;

/// Longest a case may run before it is killed and failed, unless `GILPY_CASE_TIMEOUT` (seconds)
/// says otherwise.
const DEFAULT_TIME_LIMIT: Duration = Duration::from_secs(30);

fn time_limit() -> Duration {
    std::env::var("GILPY_CASE_TIMEOUT")
        .ok()
        .and_then(|text| text.trim().parse().ok())
        .map_or(DEFAULT_TIME_LIMIT, Duration::from_secs)
}

struct Actual {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    status: ExitStatus,
}

pub fn check_case(case: &Case) -> Result<(), Failed> {
    let expected = case.expected()?;
    let actual = run_gilpy(case)?;
    let mut problems = Vec::new();
    if actual.stdout != expected.stdout {
        problems.push(format!(
            "stdout differs:\n{}",
            unified_diff(&expected.stdout, &actual.stdout)
        ));
    }
    match actual.status.code() {
        Some(code) if code == expected.exit_code => {}
        Some(code) => problems.push(format!("exit code {code}, expected {}", expected.exit_code)),
        None => problems.push(format!("killed by a signal ({})", actual.status)),
    }
    if let Some(want) = &expected.last_stderr_line {
        let got = last_line(&actual.stderr);
        if &got != want {
            problems.push(format!(
                "last stderr line:\n  expected: {want}\n  actual:   {got}"
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(stderr_tail(&actual.stderr));
    Err(Failed::from(problems.join("\n")))
}

fn run_gilpy(case: &Case) -> Result<Actual, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg(case.script_file())
        .current_dir(&case.dir)
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start gilpy: {e}"))?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let status = wait_with_limit(&mut child)?;
    Ok(Actual {
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        status,
    })
}

/// Reads a pipe on its own thread so that a chatty child never blocks on a full pipe.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

fn wait_with_limit(child: &mut Child) -> Result<ExitStatus, String> {
    let limit = time_limit();
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            return Ok(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!(
                "timed out after {} s and was killed",
                limit.as_secs()
            ));
        }
        thread::sleep(Duration::from_millis(5));
    }
}

fn stderr_tail(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    if text.trim().is_empty() {
        return "stderr: (empty)".to_owned();
    }
    let lines: Vec<&str> = text.lines().collect();
    let tail = &lines[lines.len().saturating_sub(15)..];
    format!("stderr (last {} lines):\n{}", tail.len(), tail.join("\n"))
}
