//! The text of an uncaught exception as CPython 3.11 prints it: traceback entries with their
//! source lines and caret lines, chained exceptions, `SyntaxError` details and notes.
//! Counterpart of `Python/traceback.c` and `print_exception` in `Python/pythonrun.c`.

pub mod anchors;
mod report;
pub mod suggestions;
mod syntax;

use gilpy_bytecode::code::Position;

use crate::object::{Payload, Value};
use crate::objects::str::{as_str, intern};
use crate::objects::{int, types};
use crate::ops;
use crate::vm::Vm;

/// Identical consecutive entries past this many are folded into "[Previous line repeated ...]".
const TB_RECURSIVE_CUTOFF: usize = 3;
/// Entries printed at most when `sys.tracebacklimit` is not set.
const TRACEBACK_LIMIT: i64 = 1000;

/// One traceback entry: where a frame was when the exception passed through it.
#[derive(Clone, Debug)]
pub struct Entry {
    pub filename: String,
    pub lineno: u32,
    pub name: String,
    /// The failing instruction's source span, if the compiler recorded one.
    pub position: Option<Position>,
}

/// The entries of a traceback chain, outermost frame first.
pub fn entries(tb: Option<Value>) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut tb = tb;
    while let Some(t) = tb {
        let Some(Payload::Traceback(d)) = t.payload() else {
            break;
        };
        if let Some(Payload::Code(c)) = d.code.payload() {
            let position =
                c.co.positions
                    .get(d.lasti as usize)
                    .copied()
                    .filter(|p| p.line != 0 && p.end_line != 0);
            out.push(Entry {
                filename: c.co.filename.clone(),
                lineno: d.line,
                name: c.co.name.clone(),
                position,
            });
        }
        tb = d.next.borrow().clone();
    }
    out
}

/// Everything CPython prints for an uncaught exception, chained exceptions first.
pub fn format_exception(vm: &Vm, e: &Value) -> String {
    let mut report = report::Report::new(vm);
    report.chain(e);
    report.out
}

/// One exception without its chain: traceback, details, the `Type: message` line and notes
/// (an exception group with its members).
pub fn format_single(vm: &Vm, e: &Value, out: &mut String) {
    let mut report = report::Report::new(vm);
    report.single(e);
    out.push_str(&report.out);
}

/// The lines after the traceback entries, without the notes: `SyntaxError` details, then
/// `Type: message` with its "Did you mean" suggestion when `suggest` (the interpreter's own
/// printer makes one; 3.11's `traceback` module does not).
pub fn exception_only(vm: &Vm, e: &Value, suggest: bool) -> String {
    let mut out = String::new();
    if types::is_subtype(&e.class(), vm.b().exc("SyntaxError")) {
        syntax::format_details(vm, e, &mut out);
    }
    out.push_str(&exception_line(vm, e));
    if let Some(s) = suggest.then(|| suggestions::suggestion(vm, e)).flatten() {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push('\n');
    out
}

/// `sys.tracebacklimit` if it is an int, else 1000.
pub(crate) fn traceback_limit(vm: &Vm) -> i64 {
    let sys = vm.objects().sys.clone();
    ops::getattr_opt(vm, &sys, &intern("tracebacklimit"))
        .ok()
        .flatten()
        .and_then(|v| int::as_i64(&v))
        .unwrap_or(TRACEBACK_LIMIT)
}

/// The last `limit` entries, with runs of one repeated line folded as CPython does.
pub fn format_entries(all: &[Entry], limit: i64, out: &mut String) {
    let keep = usize::try_from(limit.max(0)).unwrap_or(usize::MAX);
    let shown = &all[all.len().saturating_sub(keep)..];
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0;
    for e in shown {
        let key = (e.filename.as_str(), e.lineno, e.name.as_str());
        if last != Some(key) {
            repeated(count, out);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= TB_RECURSIVE_CUTOFF {
            format_entry(e, out);
        }
    }
    repeated(count, out);
}

fn repeated(count: usize, out: &mut String) {
    if count > TB_RECURSIVE_CUTOFF {
        let n = count - TB_RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// `  File "f.py", line N, in name`, the source line and its caret line.
pub fn format_entry(e: &Entry, out: &mut String) {
    out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        e.filename, e.lineno, e.name
    ));
    let Some(line) = source_line(&e.filename, e.lineno) else {
        return;
    };
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.is_empty() {
        return;
    }
    out.push_str(&format!("    {stripped}\n"));
    if let Some(carets) = e.position.and_then(|p| caret_line(&line, e.lineno, p)) {
        out.push_str(&format!("    {carets}\n"));
    }
}

/// The `^^^`/`~~^~~` line under a source line, or None where CPython prints none: the
/// position is unknown, starts on another line, or covers the whole stripped line.
pub fn caret_line(line: &str, lineno: u32, p: Position) -> Option<String> {
    if p.line != lineno {
        return None;
    }
    let chars: Vec<char> = line.chars().collect();
    let truncation = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let start = char_offset(line, p.col);
    let mut end = char_offset(line, p.end_col);
    let mut found = None;
    if p.end_line == p.line {
        if end <= start {
            return None;
        }
        let segment: String = chars[start..end].iter().collect();
        found = anchors::extract(&segment);
    } else {
        end = chars
            .iter()
            .rposition(|c| !matches!(c, ' ' | '\t' | '\x0c'))
            .map_or(0, |i| i + 1);
    }
    if end <= start || (found.is_none() && end - start == chars.len() - truncation) {
        return None;
    }
    let (primary, secondary) = if found.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    let carets = (truncation + 1..=end)
        .map(|offset| match found {
            _ if offset <= start => ' ',
            Some(a) if start + a.left_end < offset && offset <= start + a.right_start => secondary,
            _ => primary,
        })
        .collect();
    Some(carets)
}

/// The char index of UTF-8 byte offset `byte` in `line` (clamped to its length).
fn char_offset(line: &str, byte: u32) -> usize {
    let byte = (byte as usize).min(line.len());
    let prefix = line.as_bytes().get(..byte).unwrap_or(line.as_bytes());
    String::from_utf8_lossy(prefix).chars().count()
}

/// `TypeName: message` (qualified by module for classes outside builtins).
pub fn exception_line(vm: &Vm, e: &Value) -> String {
    let t = e.class();
    let mut name = types::type_data(&t)
        .map(|d| d.qualname.borrow().clone())
        .unwrap_or_default();
    let module = ops::getattr_opt(vm, &t, &intern("__module__"))
        .ok()
        .flatten()
        .and_then(|m| as_str(&m).map(str::to_owned));
    if let Some(m) = module.filter(|m| m != "builtins" && m != "__main__") {
        name = format!("{m}.{name}");
    }
    let msg = if types::is_subtype(&t, vm.b().exc("SyntaxError")) {
        syntax::message(vm, e)
    } else {
        match ops::text::str_string(vm, e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".into(),
        }
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

/// The exception's `__notes__`, one per line after the exception line (PEP 678).
pub(crate) fn format_notes(vm: &Vm, e: &Value, out: &mut String) {
    let Ok(Some(notes)) = ops::getattr_opt(vm, e, &intern("__notes__")) else {
        return;
    };
    let items = match notes.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => ops::collect(vm, &notes).ok(),
        _ => None,
    };
    let Some(items) = items else {
        let text = ops::text::repr_string(vm, &notes)
            .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        out.push_str(&format!("{text}\n"));
        return;
    };
    for note in items {
        let text = match as_str(&note) {
            Some(s) => s.to_owned(),
            None => {
                ops::text::str_string(vm, &note).unwrap_or_else(|_| "<note str() failed>".into())
            }
        };
        out.push_str(&text);
        out.push('\n');
    }
}

/// Line `n` of a source file without its line break, as `linecache` reads it.
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let line = text.split('\n').nth(n.checked_sub(1)? as usize)?;
    Some(line.trim_end_matches('\r').to_owned())
}
