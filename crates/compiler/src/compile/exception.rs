//! `try`/`except`/`finally`, `with`, and unwinding the frame-block stack for `return`,
//! `break` and `continue`. Counterpart of `compiler_try_except`, `compiler_try_finally`,
//! `compiler_with` and `compiler_unwind_fblock` in CPython 3.10's `Python/compile.c`
//! (3.10's block stack: `SETUP_FINALLY`, `POP_BLOCK`, `POP_EXCEPT`, `RERAISE`).

use gilpy_bytecode::Opcode;
use gilpy_syntax::ast::*;

use super::{CResult, Compiler, FBlock, FBlockDatum, FBlockKind, UnitKind};

impl<'a> Compiler<'a> {
    pub(super) fn try_stmt(&mut self, t: &'a Try) -> CResult {
        if t.finalbody.is_empty() {
            self.try_except(t)
        } else {
            self.try_finally(t)
        }
    }

    fn try_finally(&mut self, t: &'a Try) -> CResult {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        self.addop_j(Opcode::SETUP_FINALLY, end);
        self.use_next_block(body);
        let datum = FBlockDatum::FinallyBody(&t.finalbody);
        self.push_fblock(FBlockKind::FinallyTry, Some(body), Some(end), datum)?;
        if t.handlers.is_empty() {
            self.visit_stmts(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.addop_noline(Opcode::POP_BLOCK);
        self.pop_fblock();
        self.visit_stmts(&t.finalbody)?;
        self.addop_j_noline(Opcode::JUMP_FORWARD, exit);
        self.use_next_block(end);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None, FBlockDatum::None)?;
        self.visit_stmts(&t.finalbody)?;
        self.pop_fblock();
        self.addop_i(Opcode::RERAISE, 0);
        self.use_next_block(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a Try) -> CResult {
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        self.addop_j(Opcode::SETUP_FINALLY, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FBlockDatum::None)?;
        self.visit_stmts(&t.body)?;
        self.pop_fblock();
        self.addop_noline(Opcode::POP_BLOCK);
        self.addop_j_noline(Opcode::JUMP_FORWARD, orelse);
        self.use_next_block(except);
        self.unset_loc();
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, FBlockDatum::None)?;
        let n = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            self.set_loc(handler.span);
            if handler.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(ty) = &handler.type_ {
                self.addop(Opcode::DUP_TOP);
                self.visit_expr(ty)?;
                self.addop_j(Opcode::JUMP_IF_NOT_EXC_MATCH, except);
                self.next_block();
            }
            self.addop(Opcode::POP_TOP);
            match &handler.name {
                Some(name) => self.named_handler_body(name, &handler.body, end)?,
                None => {
                    let cleanup_body = self.new_block();
                    self.addop(Opcode::POP_TOP);
                    self.addop(Opcode::POP_TOP);
                    self.use_next_block(cleanup_body);
                    let kind = FBlockKind::HandlerCleanup;
                    self.push_fblock(kind, Some(cleanup_body), None, FBlockDatum::None)?;
                    self.visit_stmts(&handler.body)?;
                    self.pop_fblock();
                    self.unset_loc();
                    self.addop(Opcode::POP_EXCEPT);
                    self.addop_j(Opcode::JUMP_FORWARD, end);
                }
            }
            self.use_next_block(except);
        }
        self.pop_fblock();
        self.unset_loc();
        self.addop_i(Opcode::RERAISE, 0);
        self.use_next_block(orelse);
        self.visit_stmts(&t.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `except T as name:` runs its body in a `try/finally` that clears `name`.
    fn named_handler_body(&mut self, name: &'a str, body: &'a [Stmt], end: usize) -> CResult {
        let cleanup_end = self.new_block();
        let cleanup_body = self.new_block();
        self.nameop(name, ExprContext::Store)?;
        self.addop(Opcode::POP_TOP);
        self.addop_j(Opcode::SETUP_FINALLY, cleanup_end);
        self.use_next_block(cleanup_body);
        let datum = FBlockDatum::HandlerName(name.to_string());
        self.push_fblock(FBlockKind::HandlerCleanup, Some(cleanup_body), None, datum)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.unset_loc();
        self.addop(Opcode::POP_BLOCK);
        self.addop(Opcode::POP_EXCEPT);
        self.clear_name(name)?;
        self.addop_j(Opcode::JUMP_FORWARD, end);
        self.use_next_block(cleanup_end);
        self.unset_loc();
        self.clear_name(name)?;
        self.addop_i(Opcode::RERAISE, 1);
        Ok(())
    }

    /// `name = None; del name`.
    pub(super) fn clear_name(&mut self, name: &str) -> CResult {
        self.load_none();
        self.nameop(name, ExprContext::Store)?;
        self.nameop(name, ExprContext::Del)
    }

    pub(super) fn with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let item = &items[pos];
        let block = self.new_block();
        let final_block = self.new_block();
        let exit = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.addop_j(Opcode::SETUP_WITH, final_block);
        self.use_next_block(block);
        let datum = FBlockDatum::WithStmt(s.span);
        self.push_fblock(FBlockKind::With, Some(block), Some(final_block), datum)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(Opcode::POP_TOP),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.with(s, items, body, pos + 1)?;
        }
        self.unset_loc();
        self.addop(Opcode::POP_BLOCK);
        self.pop_fblock();
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.addop(Opcode::POP_TOP);
        self.addop_j(Opcode::JUMP_FORWARD, exit);
        self.use_next_block(final_block);
        self.addop(Opcode::WITH_EXCEPT_START);
        self.with_except_finish();
        self.use_next_block(exit);
        Ok(())
    }

    pub(super) fn async_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        if self.unit().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async with' outside async function"));
        }
        let item = &items[pos];
        let block = self.new_block();
        let final_block = self.new_block();
        let exit = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.addop(Opcode::BEFORE_ASYNC_WITH);
        self.await_tos();
        self.addop_j(Opcode::SETUP_ASYNC_WITH, final_block);
        self.use_next_block(block);
        let (kind, datum) = (FBlockKind::AsyncWith, FBlockDatum::WithStmt(s.span));
        self.push_fblock(kind, Some(block), Some(final_block), datum)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.addop(Opcode::POP_TOP),
        }
        if pos + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.async_with(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.addop(Opcode::POP_BLOCK);
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.await_tos();
        self.addop(Opcode::POP_TOP);
        self.addop_j(Opcode::JUMP_ABSOLUTE, exit);
        self.use_next_block(final_block);
        self.addop(Opcode::WITH_EXCEPT_START);
        self.await_tos();
        self.with_except_finish();
        self.use_next_block(exit);
        Ok(())
    }

    /// `GET_AWAITABLE; LOAD_CONST None; YIELD_FROM`.
    pub(super) fn await_tos(&mut self) {
        self.addop(Opcode::GET_AWAITABLE);
        self.load_none();
        self.addop(Opcode::YIELD_FROM);
    }

    fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.addop(Opcode::DUP_TOP);
        self.addop(Opcode::DUP_TOP);
        self.addop_i(Opcode::CALL_FUNCTION, 3);
    }

    fn with_except_finish(&mut self) {
        let exit = self.new_block();
        self.addop_j(Opcode::POP_JUMP_IF_TRUE, exit);
        self.next_block();
        self.addop_i(Opcode::RERAISE, 1);
        self.use_next_block(exit);
        self.addop(Opcode::POP_TOP);
        self.addop(Opcode::POP_TOP);
        self.addop(Opcode::POP_TOP);
        self.addop(Opcode::POP_EXCEPT);
        self.addop(Opcode::POP_TOP);
    }

    /// Emit the clean-up one frame block needs when control leaves it early.
    pub(super) fn unwind_fblock(&mut self, info: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop | FBlockKind::PopValue => {
                if preserve_tos {
                    self.addop(Opcode::ROT_TWO);
                }
                self.addop(Opcode::POP_TOP);
            }
            FBlockKind::TryExcept => self.addop(Opcode::POP_BLOCK),
            FBlockKind::ExceptionGroupHandler => {
                let msg = "'break', 'continue' and 'return' cannot appear in an except* block";
                return Err(self.error(msg));
            }
            FBlockKind::FinallyTry => {
                self.addop(Opcode::POP_BLOCK);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None, FBlockDatum::None)?;
                }
                if let FBlockDatum::FinallyBody(body) = info.datum {
                    self.visit_stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.addop(Opcode::ROT_FOUR);
                }
                self.addop(Opcode::POP_TOP);
                self.addop(Opcode::POP_TOP);
                self.addop(Opcode::POP_TOP);
                if preserve_tos {
                    self.addop(Opcode::ROT_FOUR);
                }
                self.addop(Opcode::POP_EXCEPT);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                if let FBlockDatum::WithStmt(span) = info.datum {
                    self.set_loc(span);
                }
                self.addop(Opcode::POP_BLOCK);
                if preserve_tos {
                    self.addop(Opcode::ROT_TWO);
                }
                self.call_exit_with_nones();
                if info.kind == FBlockKind::AsyncWith {
                    self.await_tos();
                }
                self.addop(Opcode::POP_TOP);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup => {
                let name = match &info.datum {
                    FBlockDatum::HandlerName(n) => Some(n.clone()),
                    _ => None,
                };
                if name.is_some() {
                    self.addop(Opcode::POP_BLOCK);
                }
                if preserve_tos {
                    self.addop(Opcode::ROT_FOUR);
                }
                self.addop(Opcode::POP_EXCEPT);
                if let Some(n) = name {
                    self.clear_name(&n)?;
                }
            }
        }
        Ok(())
    }

    /// Unwind every frame block (for `return`), or up to the innermost loop when
    /// `to_loop`; returns that loop's index in the frame-block stack.
    pub(super) fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> CResult<Option<usize>> {
        let Some(top) = self.unit().fblocks.last().cloned() else {
            return Ok(None);
        };
        if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(self.unit().fblocks.len() - 1));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let found = self.unwind_fblock_stack(preserve_tos, to_loop)?;
        self.u().fblocks.push(top);
        Ok(found)
    }
}
