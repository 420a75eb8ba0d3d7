//! The interactive loop: prompts from `sys.ps1`/`sys.ps2`, multi-line statements, echo of
//! expression values through `sys.displayhook`, errors reported without leaving the loop.
//! Counterpart of `PyRun_InteractiveLoopFlags` in CPython's `Python/pythonrun.c`, with the
//! incomplete-input test of `Lib/codeop.py`.

use std::io::{BufRead, IsTerminal, Write};

use gilpy_syntax::Mode;
use gilpy_vm::modules::builtins::flush_stdout;
use gilpy_vm::objects::bootstrap::set_attr;
use gilpy_vm::objects::str::{intern, new_str};
use gilpy_vm::{CompileMode, Value, Vm, ops, run};

/// What the lines typed so far amount to.
#[derive(Debug, PartialEq, Eq)]
pub enum Input {
    /// A statement (or a syntax error) to hand to the compiler.
    Complete,
    /// More lines are needed: prompt with `sys.ps2`.
    Incomplete,
    /// Only blank lines and comments, now ended: nothing to run.
    Nothing,
}

const COMPOUND: &[&str] = &["if", "for", "while", "def", "class", "with", "try", "async"];

/// Decide whether `source` (the lines typed so far, each ending in `\n`) is ready to run, as
/// `codeop` does: open brackets and strings, block headers without their block, and compound
/// statements not yet ended by an empty line all ask for more.
pub fn classify(source: &str) -> Input {
    let lines: Vec<&str> = source.trim_end_matches('\n').split('\n').collect();
    let last_blank = source.ends_with("\n\n") || source.trim().is_empty();
    let code_lines = lines
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .count();
    if code_lines == 0 {
        return if last_blank {
            Input::Nothing
        } else {
            Input::Incomplete
        };
    }
    if lines.last().is_some_and(|l| l.ends_with('\\')) {
        return Input::Incomplete;
    }
    let first = lines
        .iter()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map_or("", |l| l.trim_start());
    let word: String = first
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let compound = COMPOUND.contains(&word.as_str())
        || first.starts_with('@')
        || (matches!(word.as_str(), "match") && first.trim_end().ends_with(':'));
    match gilpy_compiler::compile_source(source, "<stdin>", Mode::Single) {
        Ok(_) if compound && !last_blank => Input::Incomplete,
        Ok(_) => Input::Complete,
        Err(e) if !last_blank && incomplete_error(source, &e, compound) => Input::Incomplete,
        Err(_) => Input::Complete,
    }
}

/// Errors that only say the input stopped too early. An unclosed bracket counts only when
/// closing it leaves no error before the end of what was typed (`foo(` waits; `def (` fails);
/// in a compound statement, so does any error at the very end (`try:` without `except`).
fn incomplete_error(source: &str, e: &gilpy_syntax::SyntaxError, compound: bool) -> bool {
    if e.msg.contains("was never closed") {
        let closed = format!("{}{}\n", source.trim_end_matches('\n'), closers(source));
        return match gilpy_compiler::compile_source(&closed, "<stdin>", Mode::Single) {
            Ok(_) => true,
            Err(e) => at_end(source, e.lineno, e.offset, 1),
        };
    }
    e.msg.starts_with("unterminated triple-quoted string")
        || e.msg.starts_with("expected 'except' or 'finally' block")
        || (e.msg.starts_with("expected an indented block") && at_end(source, e.lineno, 0, 0))
        || (compound && at_end(source, e.lineno, e.offset, 0))
}

/// Whether (`lineno`, `offset`) is on the last typed line, at or past `slack` chars before its end.
fn at_end(source: &str, lineno: u32, offset: u32, slack: usize) -> bool {
    let typed = source.trim_end_matches('\n');
    let lines = typed.split('\n').count();
    let last_len = typed.rsplit('\n').next().map_or(0, |l| l.chars().count());
    let (lineno, offset) = (lineno as usize, offset as usize);
    lineno > lines || (lineno == lines && offset + slack > last_len)
}

/// The closing brackets that the open ones in `source` need, innermost first (strings and
/// comments skipped roughly: enough for typed input).
fn closers(source: &str) -> String {
    let mut stack = Vec::new();
    let mut quote: Option<char> = None;
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '#') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            (None, '(') => stack.push(')'),
            (None, '[') => stack.push(']'),
            (None, '{') => stack.push('}'),
            (None, ')' | ']' | '}') => {
                stack.pop();
            }
            (None, _) => {}
        }
    }
    stack.iter().rev().collect()
}

/// Where lines come from: an editor with history on a terminal, plain stdin otherwise.
enum Reader {
    Editor(Box<rustyline::DefaultEditor>),
    Plain,
}

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

impl Reader {
    fn new() -> Reader {
        if std::io::stdin().is_terminal()
            && let Ok(ed) = rustyline::DefaultEditor::new()
        {
            return Reader::Editor(Box::new(ed));
        }
        Reader::Plain
    }

    fn read(&mut self, prompt: &str) -> Line {
        flush_stdout();
        match self {
            Reader::Editor(ed) => match ed.readline(prompt) {
                Ok(line) => {
                    if !line.trim().is_empty() {
                        let _ = ed.add_history_entry(line.as_str());
                    }
                    Line::Text(line)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            },
            Reader::Plain => {
                let mut err = std::io::stderr();
                let _ = err.write_all(prompt.as_bytes());
                let _ = err.flush();
                let mut line = String::new();
                match std::io::stdin().lock().read_line(&mut line) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => Line::Text(line.trim_end_matches(['\n', '\r']).to_owned()),
                }
            }
        }
    }
}

/// `str(sys.ps1)` or `str(sys.ps2)`; empty when unset.
fn prompt(vm: &Vm, name: &str) -> String {
    let sys = vm.objects().sys.clone();
    match ops::getattr_opt(vm, &sys, &intern(name)) {
        Ok(Some(p)) => ops::text::str_string(vm, &p).unwrap_or_default(),
        _ => String::new(),
    }
}

/// Run the loop in `main`'s namespace until EOF or `SystemExit`; returns the exit status.
pub fn run(vm: &Vm, main: &Value, quiet: bool) -> i32 {
    let sys = vm.objects().sys.clone();
    for (name, default) in [("ps1", ">>> "), ("ps2", "... ")] {
        if !matches!(ops::getattr_opt(vm, &sys, &intern(name)), Ok(Some(_))) {
            set_attr(&sys, name, new_str(default));
        }
    }
    if !quiet {
        run::write_stderr(
            vm,
            "Python 3.11.7 (gilpy) on linux\n\
             Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
        );
    }
    let globals = main
        .obj()
        .and_then(|o| o.dict_value())
        .unwrap_or_else(|| vm.none());
    let mut reader = Reader::new();
    let mut source = String::new();
    loop {
        let which = if source.is_empty() { "ps1" } else { "ps2" };
        match reader.read(&prompt(vm, which)) {
            Line::Eof => {
                run::write_stderr(vm, "\n");
                return 0;
            }
            Line::Interrupted => {
                run::write_stderr(vm, "KeyboardInterrupt\n");
                source.clear();
            }
            Line::Text(line) => {
                source.push_str(&line);
                source.push('\n');
                match classify(&source) {
                    Input::Incomplete => {}
                    Input::Nothing => source.clear(),
                    Input::Complete => {
                        let statement = std::mem::take(&mut source);
                        if let Some(code) = execute(vm, &statement, &globals) {
                            return code;
                        }
                    }
                }
            }
        }
    }
}

/// Compile and run one interactive statement; `Some(status)` when it raised `SystemExit`.
fn execute(vm: &Vm, source: &str, globals: &Value) -> Option<i32> {
    vm.interp.gil.take_interrupt(vm.gil.thread_id);
    let result = run::compile(vm, source, "<stdin>", CompileMode::Single)
        .and_then(|code| run::run_code(vm, code, globals.clone(), globals.clone()));
    flush_stdout();
    match result {
        Ok(_) => None,
        Err(e) if vm.err_is(&e, "SystemExit") => Some(run::report(vm, e)),
        Err(e) => {
            run::print_uncaught(vm, &e.0);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(classify("1 + 1\n"), Input::Complete);
        assert_eq!(classify("x = [1,\n2]\n"), Input::Complete);
        assert_eq!(classify("x = \n"), Input::Complete);
        assert_eq!(classify("def (\n"), Input::Complete);
        assert_eq!(classify("if x == (1,\n"), Input::Incomplete);
    }

    #[test]
    fn open_constructs_ask_for_more() {
        for src in [
            "foo(\n",
            "x = [1,\n",
            "'''abc\n",
            "if x:\n",
            "x = 1 + \\\n",
            "@dec\n",
        ] {
            assert_eq!(classify(src), Input::Incomplete, "{src:?}");
        }
    }

    #[test]
    fn compound_statements_end_with_an_empty_line() {
        assert_eq!(classify("if 1:\n  pass\n"), Input::Incomplete);
        assert_eq!(classify("if 1: pass\n"), Input::Incomplete);
        assert_eq!(classify("try:\n  pass\n"), Input::Incomplete);
        assert_eq!(classify("if 1:\n  pass\n\n"), Input::Complete);
        assert_eq!(classify("for x in y:\n\n"), Input::Complete);
    }

    #[test]
    fn blank_lines_and_comments() {
        assert_eq!(classify("\n"), Input::Nothing);
        assert_eq!(classify("# note\n"), Input::Incomplete);
        assert_eq!(classify("# note\n\n"), Input::Nothing);
    }
}
