//! `from __future__ import ...` at the top of a module. Counterpart of CPython's
//! `Python/future.c`.

use gilpy_syntax::SyntaxError;
use gilpy_syntax::ast::{Stmt, StmtKind};

use crate::error::syntax_error;
use crate::fold::has_docstring;

/// Features that are accepted (all mandatory by 3.11 except `annotations` and the joke).
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What the future statements of a module say.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Future {
    /// Line of the last future statement at the top (`ff_lineno`); later ones are errors.
    pub lineno: u32,
    /// `from __future__ import annotations` (PEP 563).
    pub annotations: bool,
}

pub(crate) fn parse_future(body: &[Stmt]) -> Result<Future, SyntaxError> {
    let mut future = Future::default();
    let skip = usize::from(has_docstring(body));
    for s in &body[skip..] {
        let StmtKind::ImportFrom {
            module: Some(module),
            names,
            ..
        } = &s.kind
        else {
            break;
        };
        if module != "__future__" {
            break;
        }
        for alias in names {
            match alias.name.as_str() {
                "braces" => return Err(syntax_error("not a chance", s.span)),
                "annotations" => future.annotations = true,
                name if FEATURES.contains(&name) => {}
                name => {
                    let msg = format!("future feature {name} is not defined");
                    return Err(syntax_error(msg, s.span));
                }
            }
        }
        future.lineno = s.span.lineno;
    }
    Ok(future)
}
