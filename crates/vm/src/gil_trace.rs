//! Making the GIL visible: a recorder of GIL events (`-X gil_stats`, `-X gil_trace=PATH`) and
//! what is made from them: per-thread statistics, Chrome trace-event JSON (Perfetto,
//! `chrome://tracing`), an SVG timeline and an HTML page. gilpy's own; CPython has no such thing.
//!
//! Recording is off unless one of the options is given; then `gil.rs` reports each wait, take,
//! drop request and release with a monotonic timestamp into a per-thread buffer (no lock on the
//! hot path), which is moved to the shared list when the thread ends or the buffer fills.
//! With recording off the cost is one relaxed atomic load per GIL take or release.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// The thread starts waiting for the GIL.
    WaitStart,
    /// The thread took the GIL.
    Acquire,
    /// A waiting thread asked the holder to drop the GIL.
    DropRequest,
    /// The holder dropped the GIL because another thread asked for it.
    ForcedRelease,
    /// The holder released the GIL around a blocking call.
    BlockRelease,
    /// The thread released the GIL for good.
    ExitRelease,
}

#[derive(Clone, Copy, Debug)]
pub struct Event {
    pub t_ns: u64,
    pub thread: u64,
    pub kind: EventKind,
}

static ENABLED: AtomicBool = AtomicBool::new(false);

struct Recorder {
    start: Instant,
    events: Mutex<Vec<Event>>,
    names: Mutex<BTreeMap<u64, String>>,
}

static RECORDER: OnceLock<Recorder> = OnceLock::new();

thread_local! {
    static BUFFER: RefCell<Vec<Event>> = const { RefCell::new(Vec::new()) };
    /// Whether this thread has recorded events and not yet handed them over for good.
    static REGISTERED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Threads with events still in their own buffers (see `thread_done`).
static ACTIVE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

const FLUSH_AT: usize = 1 << 14;

/// Start recording (called at start-up when `-X gil_stats` or `-X gil_trace` is given).
pub fn enable() {
    RECORDER.get_or_init(|| Recorder {
        start: Instant::now(),
        events: Mutex::new(Vec::new()),
        names: Mutex::new(BTreeMap::new()),
    });
    ENABLED.store(true, Ordering::Relaxed);
}

#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Record an event of `thread` now (no-op unless recording).
#[inline]
pub fn record(thread: u64, kind: EventKind) {
    if !enabled() {
        return;
    }
    record_slow(thread, kind);
}

#[cold]
fn record_slow(thread: u64, kind: EventKind) {
    let Some(r) = RECORDER.get() else { return };
    let t_ns = r.start.elapsed().as_nanos() as u64;
    if REGISTERED.try_with(|f| !f.replace(true)).unwrap_or(false) {
        ACTIVE.fetch_add(1, Ordering::SeqCst);
    }
    let full = BUFFER
        .try_with(|b| {
            let mut b = b.borrow_mut();
            b.push(Event { t_ns, thread, kind });
            b.len() >= FLUSH_AT
        })
        .unwrap_or(false);
    if full {
        flush_thread();
    }
}

/// Move this thread's buffered events to the shared list.
pub fn flush_thread() {
    let Some(r) = RECORDER.get() else { return };
    let mine = BUFFER
        .try_with(|b| std::mem::take(&mut *b.borrow_mut()))
        .unwrap_or_default();
    r.events
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .extend(mine);
}

/// A thread is ending: hand over its events (after its last GIL release).
pub fn thread_done() {
    flush_thread();
    if REGISTERED.try_with(|f| f.replace(false)).unwrap_or(false) {
        ACTIVE.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Wait (without the GIL) until every other thread has handed over its events, or `limit` passes:
/// a joined thread still releases the GIL once more after `join()` returns.
pub fn wait_for_other_threads(limit: std::time::Duration) {
    let mine = REGISTERED.try_with(|f| f.get()).unwrap_or(false) as usize;
    let deadline = Instant::now() + limit;
    while ACTIVE.load(Ordering::SeqCst) > mine && Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
}

/// Name a thread for the reports (`MainThread`, `Thread-1 (countdown)`).
pub fn set_thread_name(thread: u64, name: &str) {
    if let Some(r) = RECORDER.get() {
        r.names
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(thread, name.to_owned());
    }
}

/// Per-thread figures derived from the events.
#[derive(Clone, Debug, Default)]
pub struct ThreadStats {
    pub name: String,
    pub holding_ns: u64,
    pub waiting_ns: u64,
    pub blocked_ns: u64,
    pub acquisitions: u64,
    pub forced_drops: u64,
    pub longest_wait_ns: u64,
    pub first_ns: u64,
    pub last_ns: u64,
}

/// Whole-run figures.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub threads: BTreeMap<u64, ThreadStats>,
    pub switches: u64,
    pub drop_requests: u64,
    pub wall_ns: u64,
    pub events: Vec<Event>,
    /// Slices per thread: (kind, start, end) with kind "running", "waiting" or "blocked".
    pub slices: BTreeMap<u64, Vec<(&'static str, u64, u64)>>,
}

/// Everything recorded so far (flushing the calling thread's buffer first).
pub fn report() -> Option<Report> {
    let r = RECORDER.get()?;
    flush_thread();
    let mut events = r.events.lock().unwrap_or_else(|e| e.into_inner()).clone();
    events.sort_by_key(|e| e.t_ns);
    let names = r.names.lock().unwrap_or_else(|e| e.into_inner()).clone();
    Some(build_report(
        events,
        &names,
        r.start.elapsed().as_nanos() as u64,
    ))
}

/// Derive statistics and slices from time-ordered events.
pub fn build_report(events: Vec<Event>, names: &BTreeMap<u64, String>, wall_ns: u64) -> Report {
    let mut rep = Report {
        wall_ns,
        ..Report::default()
    };
    // Per thread: when the current state began, and which state it is.
    let mut state: BTreeMap<u64, (&'static str, u64)> = BTreeMap::new();
    let mut last_holder = None;
    for e in &events {
        let st = rep.threads.entry(e.thread).or_insert_with(|| ThreadStats {
            name: names
                .get(&e.thread)
                .cloned()
                .unwrap_or_else(|| format!("thread {}", e.thread)),
            first_ns: e.t_ns,
            ..ThreadStats::default()
        });
        st.last_ns = e.t_ns;
        let close = |rep_slices: &mut BTreeMap<u64, Vec<(&'static str, u64, u64)>>,
                     st: &mut ThreadStats,
                     prev: Option<(&'static str, u64)>| {
            if let Some((kind, since)) = prev {
                let d = e.t_ns.saturating_sub(since);
                match kind {
                    "running" => st.holding_ns += d,
                    "waiting" => {
                        st.waiting_ns += d;
                        st.longest_wait_ns = st.longest_wait_ns.max(d);
                    }
                    _ => st.blocked_ns += d,
                }
                rep_slices
                    .entry(e.thread)
                    .or_default()
                    .push((kind, since, e.t_ns));
            }
        };
        match e.kind {
            EventKind::DropRequest => rep.drop_requests += 1,
            EventKind::WaitStart => {
                let prev = state.insert(e.thread, ("waiting", e.t_ns));
                close(&mut rep.slices, st, prev.filter(|p| p.0 != "waiting"));
                if let Some(p) = prev.filter(|p| p.0 == "waiting") {
                    state.insert(e.thread, p);
                }
            }
            EventKind::Acquire => {
                let prev = state.insert(e.thread, ("running", e.t_ns));
                close(&mut rep.slices, st, prev);
                st.acquisitions += 1;
                if last_holder.is_some_and(|h| h != e.thread) {
                    rep.switches += 1;
                }
                last_holder = Some(e.thread);
            }
            EventKind::ForcedRelease | EventKind::BlockRelease | EventKind::ExitRelease => {
                if e.kind == EventKind::ForcedRelease {
                    st.forced_drops += 1;
                }
                let prev = state.remove(&e.thread);
                close(&mut rep.slices, st, prev);
                if e.kind == EventKind::BlockRelease {
                    state.insert(e.thread, ("blocked", e.t_ns));
                }
            }
        }
    }
    // States still open at the end of the run (the main thread holds the GIL while reporting).
    for (thread, (kind, since)) in state {
        if let Some(st) = rep.threads.get_mut(&thread) {
            let d = wall_ns.saturating_sub(since);
            match kind {
                "running" => st.holding_ns += d,
                "waiting" => st.waiting_ns += d,
                _ => st.blocked_ns += d,
            }
            st.last_ns = wall_ns.max(st.last_ns);
        }
        rep.slices
            .entry(thread)
            .or_default()
            .push((kind, since, wall_ns.max(since)));
    }
    rep.events = events;
    rep
}

fn ms(ns: u64) -> f64 {
    ns as f64 / 1e6
}

/// The statistics table printed at exit for `-X gil_stats`.
pub fn stats_table(rep: &Report) -> String {
    let mut out = String::from("GIL statistics (gilpy -X gil_stats)\n");
    let _ = writeln!(
        out,
        "{:<28} {:>11} {:>11} {:>11} {:>9} {:>7} {:>12}",
        "thread", "holding ms", "waiting ms", "blocked ms", "acquired", "forced", "longest wait"
    );
    for st in rep.threads.values() {
        let _ = writeln!(
            out,
            "{:<28} {:>11.1} {:>11.1} {:>11.1} {:>9} {:>7} {:>9.3} ms",
            truncate(&st.name, 28),
            ms(st.holding_ns),
            ms(st.waiting_ns),
            ms(st.blocked_ns),
            st.acquisitions,
            st.forced_drops,
            ms(st.longest_wait_ns)
        );
    }
    let _ = writeln!(
        out,
        "switches: {}  drop requests: {}  wall time: {:.1} ms",
        rep.switches,
        rep.drop_requests,
        ms(rep.wall_ns)
    );
    out
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Chrome trace-event JSON: one track per thread, "X" slices for running, waiting for the GIL
/// and blocked (GIL released), instant events for drop requests, thread names as metadata.
pub fn to_chrome_json(rep: &Report) -> String {
    let mut items = Vec::new();
    items.push(r#"{"name":"process_name","ph":"M","pid":1,"args":{"name":"gilpy"}}"#.to_owned());
    for (tid, st) in &rep.threads {
        items.push(format!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{tid},"args":{{"name":{}}}}}"#,
            json_str(&st.name)
        ));
    }
    for (tid, slices) in &rep.slices {
        for (kind, a, b) in slices {
            let label = match *kind {
                "running" => "running",
                "waiting" => "waiting for the GIL",
                _ => "blocked (GIL released)",
            };
            items.push(format!(
                r#"{{"name":"{label}","cat":"gil","ph":"X","pid":1,"tid":{tid},"ts":{:.3},"dur":{:.3}}}"#,
                *a as f64 / 1e3,
                (*b - *a) as f64 / 1e3
            ));
        }
    }
    for e in rep
        .events
        .iter()
        .filter(|e| e.kind == EventKind::DropRequest)
    {
        items.push(format!(
            r#"{{"name":"drop request","cat":"gil","ph":"i","s":"t","pid":1,"tid":{},"ts":{:.3}}}"#,
            e.thread,
            e.t_ns as f64 / 1e3
        ));
    }
    format!(
        "{{\"traceEvents\":[\n{}\n],\"displayTimeUnit\":\"ms\"}}\n",
        items.join(",\n")
    )
}

const COLORS: [(&str, &str, &str); 3] = [
    ("running", "#2e7d32", "running (holds the GIL)"),
    ("waiting", "#ef6c00", "waiting for the GIL"),
    ("blocked", "#1565c0", "blocked in I/O (GIL released)"),
];

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A self-contained SVG timeline: one lane per thread, a colour per state, a time axis, a legend
/// and the statistics as a caption.
pub fn to_svg(rep: &Report) -> String {
    let (left, width, lane, top) = (190.0, 900.0, 26.0, 40.0);
    let n = rep.threads.len().max(1) as f64;
    let axis_y = top + n * lane + 10.0;
    let legend_y = axis_y + 40.0;
    let caption_lines: Vec<String> = stats_table(rep).lines().map(str::to_owned).collect();
    let height = legend_y + 30.0 + caption_lines.len() as f64 * 15.0 + 10.0;
    let span = rep.wall_ns.max(1) as f64;
    let x = |t: u64| left + width * (t as f64 / span);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{height}" viewBox="0 0 {} {height}" font-family="monospace" font-size="12">"#,
        left + width + 30.0,
        left + width + 30.0
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="10" y="22" font-size="15" font-weight="bold">GIL timeline (gilpy -X gil_trace)</text>"#
    );
    for (row, (tid, st)) in rep.threads.iter().enumerate() {
        let y = top + row as f64 * lane;
        let _ = writeln!(
            s,
            r#"<text class="lane" x="10" y="{}">{}</text>"#,
            y + 16.0,
            xml_escape(&truncate(&st.name, 24))
        );
        let _ = writeln!(
            s,
            r##"<rect x="{left}" y="{}" width="{width}" height="{}" fill="#f4f4f4"/>"##,
            y + 3.0,
            lane - 6.0
        );
        for (kind, a, b) in rep.slices.get(tid).map(Vec::as_slice).unwrap_or(&[]) {
            let color = COLORS.iter().find(|c| c.0 == *kind).map_or("#999", |c| c.1);
            let w = (x(*b) - x(*a)).max(0.3);
            let _ = writeln!(
                s,
                r#"<rect x="{:.2}" y="{}" width="{w:.2}" height="{}" fill="{color}"/>"#,
                x(*a),
                y + 3.0,
                lane - 6.0
            );
        }
    }
    let _ = writeln!(
        s,
        r#"<line x1="{left}" y1="{axis_y}" x2="{}" y2="{axis_y}" stroke="black"/>"#,
        left + width
    );
    for k in 0..=10 {
        let t = span * k as f64 / 10.0;
        let tx = left + width * k as f64 / 10.0;
        let _ = writeln!(
            s,
            r#"<line x1="{tx}" y1="{axis_y}" x2="{tx}" y2="{}" stroke="black"/>"#,
            axis_y + 5.0
        );
        let _ = writeln!(
            s,
            r#"<text x="{tx}" y="{}" text-anchor="middle">{:.1} ms</text>"#,
            axis_y + 18.0,
            t / 1e6
        );
    }
    for (i, (_, color, label)) in COLORS.iter().enumerate() {
        let lx = left + i as f64 * 260.0;
        let _ = writeln!(
            s,
            r#"<rect x="{lx}" y="{}" width="14" height="14" fill="{color}"/>"#,
            legend_y - 11.0
        );
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{legend_y}">{label}</text>"#,
            lx + 20.0
        );
    }
    for (i, line) in caption_lines.iter().enumerate() {
        let _ = writeln!(
            s,
            r#"<text x="10" y="{}" xml:space="preserve">{}</text>"#,
            legend_y + 30.0 + i as f64 * 15.0,
            xml_escape(line)
        );
    }
    s.push_str("</svg>\n");
    s
}

/// One HTML page with the timeline picture and the statistics table.
pub fn to_html(rep: &Report) -> String {
    let mut rows = String::new();
    for st in rep.threads.values() {
        let _ = writeln!(
            rows,
            "<tr><td>{}</td><td>{:.1}</td><td>{:.1}</td><td>{:.1}</td><td>{}</td><td>{}</td><td>{:.3}</td></tr>",
            xml_escape(&st.name),
            ms(st.holding_ns),
            ms(st.waiting_ns),
            ms(st.blocked_ns),
            st.acquisitions,
            st.forced_drops,
            ms(st.longest_wait_ns)
        );
    }
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>gilpy GIL timeline</title>\n<style>body{{font-family:sans-serif}} td,th{{padding:2px 10px;text-align:right}} td:first-child{{text-align:left}}</style></head>\n<body>\n<h1>GIL timeline</h1>\n{}\n<h2>Statistics</h2>\n<table>\n<tr><th>thread</th><th>holding ms</th><th>waiting ms</th><th>blocked ms</th><th>acquisitions</th><th>forced drops</th><th>longest wait ms</th></tr>\n{rows}</table>\n<p>switches: {} &middot; drop requests: {} &middot; wall time: {:.1} ms</p>\n</body></html>\n",
        to_svg(rep),
        rep.switches,
        rep.drop_requests,
        ms(rep.wall_ns)
    )
}

/// Write the trace in the format PATH's extension names (`.json`, `.svg`, `.html`).
pub fn write_trace(rep: &Report, path: &str) -> std::io::Result<()> {
    let text = if path.ends_with(".svg") {
        to_svg(rep)
    } else if path.ends_with(".html") || path.ends_with(".htm") {
        to_html(rep)
    } else {
        to_chrome_json(rep)
    };
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(t: u64, thread: u64, kind: EventKind) -> Event {
        Event {
            t_ns: t,
            thread,
            kind,
        }
    }

    #[test]
    fn two_threads_alternate() {
        use EventKind::*;
        let events = vec![
            ev(0, 1, Acquire),
            ev(10, 2, WaitStart),
            ev(50, 2, DropRequest),
            ev(60, 1, ForcedRelease),
            ev(61, 2, Acquire),
            ev(62, 1, WaitStart),
            ev(100, 2, BlockRelease),
            ev(101, 1, Acquire),
            ev(150, 2, WaitStart),
            ev(160, 1, ExitRelease),
            ev(161, 2, Acquire),
            ev(170, 2, ExitRelease),
        ];
        let rep = build_report(events, &BTreeMap::new(), 200);
        assert_eq!(rep.switches, 3);
        assert_eq!(rep.drop_requests, 1);
        let t1 = &rep.threads[&1];
        assert_eq!(t1.holding_ns, 60 + 59);
        assert_eq!(t1.waiting_ns, 39);
        assert_eq!(t1.forced_drops, 1);
        let t2 = &rep.threads[&2];
        assert_eq!(t2.blocked_ns, 50);
        assert_eq!(t2.longest_wait_ns, 51);
        let running: Vec<_> = rep
            .slices
            .values()
            .flatten()
            .filter(|s| s.0 == "running")
            .collect();
        for a in &running {
            for b in &running {
                assert!(
                    std::ptr::eq(*a, *b) || a.2 <= b.1 || b.2 <= a.1,
                    "running slices overlap"
                );
            }
        }
        assert!(to_svg(&rep).starts_with("<svg"));
        assert!(to_chrome_json(&rep).contains("\"ph\":\"X\""));
    }
}
