//! The GIL trace proves the GIL: run CPU-bound and I/O-bound threads under
//! `-X gil_trace=...`, then check the recorded timeline's invariants and that the statistics
//! agree with it.

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

const PROGRAM: &str = r#"
import sys, time
from threading import Thread
def countdown(n):
    while n > 0:
        n -= 1
def sleeper():
    for _ in range(4):
        time.sleep(0.005)
threads = [Thread(target=countdown, args=(400000,)) for _ in range(2)]
threads += [Thread(target=sleeper) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
s = sys._gil_stats()
print(s["switches"], len(s["threads"]))
"#;

fn run_with(option: &str, dir: &std::path::Path) -> String {
    let script = dir.join("prog.py");
    std::fs::write(&script, PROGRAM).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .arg("-X")
        .arg(option)
        .arg(&script)
        .output()
        .expect("run gilpy");
    assert!(
        out.status.success(),
        "gilpy failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn tmpdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gilpy-trace-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("tmp dir");
    d
}

#[test]
fn json_trace_shows_one_holder_at_a_time() {
    let dir = tmpdir("json");
    let path = dir.join("out.json");
    let stdout = run_with(&format!("gil_trace={}", path.display()), &dir);
    let trace: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("trace written"))
            .expect("valid JSON");
    let events = trace["traceEvents"].as_array().expect("traceEvents");
    let names: Vec<&str> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .filter_map(|e| e["args"]["name"].as_str())
        .collect();
    for want in [
        "MainThread",
        "Thread-1 (countdown)",
        "Thread-2 (countdown)",
        "Thread-3 (sleeper)",
        "Thread-4 (sleeper)",
    ] {
        assert!(names.contains(&want), "no track for {want}: {names:?}");
    }
    let mut running: Vec<(f64, f64, i64)> = events
        .iter()
        .filter(|e| e["ph"] == "X" && e["name"] == "running")
        .map(|e| {
            let ts = e["ts"].as_f64().unwrap_or(0.0);
            (
                ts,
                ts + e["dur"].as_f64().unwrap_or(0.0),
                e["tid"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    // Per thread, slices are in time order and never overlap: acquisitions and releases alternate.
    let mut tids: Vec<i64> = running.iter().map(|r| r.2).collect();
    tids.dedup();
    for tid in tids {
        let mine: Vec<_> = running.iter().filter(|r| r.2 == tid).collect();
        for w in mine.windows(2) {
            assert!(
                w[0].1 <= w[1].0 + 1e-3,
                "thread {tid}'s running slices are out of order: {w:?}"
            );
        }
    }
    running.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert!(running.len() >= 5, "too few running slices");
    for w in running.windows(2) {
        assert!(
            w[0].1 <= w[1].0 + 1e-3,
            "running slices of threads {} and {} overlap: {w:?}",
            w[0].2,
            w[1].2
        );
    }
    let handoffs = running.windows(2).filter(|w| w[0].2 != w[1].2).count();
    let switches: usize = stdout
        .split_whitespace()
        .next()
        .and_then(|s| s.parse().ok())
        .expect("switches printed");
    // The stats count every take by a thread other than the last holder, including the first.
    assert!(
        switches >= handoffs && switches <= handoffs + 1,
        "stats say {switches} switches, trace shows {handoffs} handoffs"
    );
}

#[test]
fn svg_and_html_pictures() {
    let dir = tmpdir("svg");
    let svg = dir.join("out.svg");
    run_with(&format!("gil_trace={}", svg.display()), &dir);
    let text = std::fs::read_to_string(&svg).expect("svg written");
    assert!(text.starts_with("<svg") && text.trim_end().ends_with("</svg>"));
    let doc = roxmltree::Document::parse(&text).expect("the SVG is well-formed XML");
    let lanes = doc
        .descendants()
        .filter(|n| n.has_tag_name("text") && n.attribute("class") == Some("lane"))
        .count();
    assert_eq!(lanes, 5, "one lane per thread");
    for label in [
        "MainThread",
        "Thread-1 (countdown)",
        "Thread-4 (sleeper)",
        "waiting for the GIL",
        " ms",
    ] {
        assert!(text.contains(label), "SVG lacks {label}");
    }
    let html = dir.join("out.html");
    run_with(&format!("gil_trace={}", html.display()), &dir);
    let page = std::fs::read_to_string(&html).expect("html written");
    assert!(page.contains("<svg") && page.contains("<table>"));
}

#[test]
fn stats_stay_within_each_thread_lifetime() {
    let dir = tmpdir("stats");
    let script = dir.join("prog.py");
    std::fs::write(&script, PROGRAM).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_gilpy"))
        .args(["-X", "gil_stats"])
        .arg(&script)
        .output()
        .expect("run gilpy");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("GIL statistics"), "no table: {stderr}");
    let wall_ms: f64 = stderr
        .lines()
        .last()
        .and_then(|l| l.split("wall time:").nth(1))
        .and_then(|w| w.trim().trim_end_matches(" ms").parse().ok())
        .expect("wall time line");
    for line in stderr
        .lines()
        .filter(|l| l.starts_with("Thread-") || l.starts_with("MainThread"))
    {
        let nums: Vec<f64> = line
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        let total = nums[0] + nums[1] + nums[2];
        assert!(
            total <= wall_ms + 1.0,
            "{line}: holding+waiting+blocked {total} > wall {wall_ms}"
        );
    }
}
