//! `match` statements.

use gilpy_syntax::ast::*;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(
        &mut self,
        _s: &'a Stmt,
        _subject: &'a Expr,
        _cases: &'a [MatchCase],
    ) -> CResult {
        Err(self.error("match not yet supported"))
    }

    pub(super) fn try_star(&mut self, _t: &'a Try) -> CResult {
        Err(self.error("except* not yet supported"))
    }
}
