//! The whole report of an uncaught exception: the chain of causes and contexts, and exception
//! groups drawn as nested boxes (`+-+---- 1 ----`, `| ` margins) within CPython 3.11's limits.
//! Counterpart of `print_exception_recursive` and `print_exception_group` in
//! `Python/pythonrun.c`.

use super::{entries, exception_only, format_entries, format_notes, traceback_limit};
use crate::object::Value;
use crate::objects::str::intern;
use crate::objects::{exception_ops, tuple_ops, types};
use crate::ops;
use crate::vm::Vm;

/// Members of a group printed at most; the rest are counted ("and N more exceptions").
const MAX_GROUP_WIDTH: usize = 15;
/// Nesting of groups printed at most.
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// Text being built, with the exception-group nesting that decides each line's margin.
pub struct Report<'v> {
    vm: &'v Vm,
    pub out: String,
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
}

impl<'v> Report<'v> {
    pub fn new(vm: &'v Vm) -> Report<'v> {
        Report {
            vm,
            out: String::new(),
            seen: Vec::new(),
            group_depth: 0,
            need_close: false,
        }
    }

    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// Appends `text`, each line behind the margin of the current group depth.
    fn emit(&mut self, text: &str, margin: char) {
        if self.group_depth == 0 {
            self.out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// `e` after the exceptions it was caused by or raised while handling, oldest first.
    pub fn chain(&mut self, e: &Value) {
        let mut order = Vec::new();
        let mut next = Some((None, e.clone()));
        while let Some((msg, exc)) = next.take() {
            self.seen.push(exc.id());
            next = self.chained(&exc);
            order.push((msg, exc));
        }
        let mut pending: Option<&str> = None;
        for (msg, exc) in order.into_iter().rev() {
            if let Some(m) = pending.take() {
                self.emit(m, '|');
            }
            self.single(&exc);
            pending = msg;
        }
    }

    /// The exception printed before `exc` and the message that joins them.
    fn chained(&self, exc: &Value) -> Option<(Option<&'static str>, Value)> {
        let d = exception_ops::data(exc)?;
        let unseen = |v: Option<Value>| v.filter(|c| !self.seen.contains(&c.id()));
        if let Some(c) = unseen(d.cause.borrow().clone()) {
            return Some((Some(CAUSE_MESSAGE), c));
        }
        if d.suppress_context.get() {
            return None;
        }
        unseen(d.context.borrow().clone()).map(|c| (Some(CONTEXT_MESSAGE), c))
    }

    /// One exception without its chain: a group as a box of its members, anything else as
    /// its traceback, the `Type: message` line and notes.
    pub fn single(&mut self, e: &Value) {
        let vm = self.vm;
        let members = types::is_subtype(&e.class(), vm.b().exc("BaseExceptionGroup"))
            .then(|| ops::getattr(vm, e, &intern("exceptions")).ok())
            .flatten();
        let Some(members) = members else {
            if let Some(tb) = exception_ops::traceback(e) {
                self.emit("Traceback (most recent call last):\n", '|');
                self.entries(Some(tb));
            }
            self.exception_lines(e);
            return;
        };
        if self.group_depth > MAX_GROUP_DEPTH {
            let text = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
            self.emit(&text, '|');
            return;
        }
        let toplevel = self.group_depth == 0;
        if toplevel {
            self.group_depth += 1;
        }
        if let Some(tb) = exception_ops::traceback(e) {
            let margin = if toplevel { '+' } else { '|' };
            self.emit(
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            self.entries(Some(tb));
        }
        self.exception_lines(e);
        self.members(tuple_ops::items(&members));
        if toplevel {
            self.group_depth = 0;
        }
    }

    /// The numbered boxes of a group's members; the last box's closing line may come from a
    /// nested group's.
    fn members(&mut self, excs: &[Value]) {
        let shown = excs.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..shown {
            let last = i + 1 == shown;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            let line = format!(
                "{}{corner}+---------------- {title} ----------------\n",
                self.indent()
            );
            self.out.push_str(&line);
            self.group_depth += 1;
            if truncated {
                let more = excs.len() - MAX_GROUP_WIDTH;
                let s = if more > 1 { "s" } else { "" };
                self.emit(&format!("and {more} more exception{s}\n"), '|');
            } else {
                self.chain(&excs[i]);
            }
            if last && self.need_close {
                let line = format!("{}+------------------------------------\n", self.indent());
                self.out.push_str(&line);
                self.need_close = false;
            }
            self.group_depth -= 1;
        }
    }

    fn entries(&mut self, tb: Option<Value>) {
        let mut text = String::new();
        format_entries(&entries(tb), traceback_limit(self.vm), &mut text);
        self.emit(&text, '|');
    }

    fn exception_lines(&mut self, e: &Value) {
        let mut text = exception_only(self.vm, e, true);
        format_notes(self.vm, e, &mut text);
        self.emit(&text, '|');
    }
}
