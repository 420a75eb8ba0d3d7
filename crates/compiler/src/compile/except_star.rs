//! `try: ... except* T: ...` (Python 3.11), expressed on 3.10's block stack with four gilpy
//! opcodes (`EXCEPT_STAR_START`, `CHECK_EG_MATCH`, `PREP_RERAISE_STAR`, `RERAISE_EXC`).
//! Counterpart of `compiler_try_star_except` in CPython 3.11's `Python/compile.c`.
//!
//! Layout, with the stack after the three items saved under every 3.10 handler:
//!
//! ```text
//!        SETUP_FINALLY handler; <body>; POP_BLOCK; JUMP_FORWARD orelse
//! handler:                          [tb, val, type]
//!        EXCEPT_STAR_START          [orig, raised, rest]
//!   per clause:
//!        <type>; CHECK_EG_MATCH     [orig, raised, rest, match]
//!        DUP_TOP; LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE H
//!        POP_TOP; JUMP_FORWARD next
//!   H:   <store name or POP_TOP>; SETUP_FINALLY R; <clause body>; POP_BLOCK; JUMP_FORWARD next
//!   R:   (an exception in the clause body) POP_TOP; LIST_APPEND 6; POP_TOP; POP_EXCEPT
//!   next:
//!        LIST_APPEND 1; PREP_RERAISE_STAR       [exc_or_none]
//!        DUP_TOP; LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE reraise
//!        POP_TOP; POP_EXCEPT; JUMP_FORWARD end
//! reraise: ROT_FOUR; POP_EXCEPT; RERAISE_EXC
//! orelse: <else body>
//! end:
//! ```

use gilpy_bytecode::Opcode;
use gilpy_syntax::ast::*;

use super::{CResult, Compiler, FBlockDatum, FBlockKind};

impl<'a> Compiler<'a> {
    pub(super) fn try_star(&mut self, t: &'a Try) -> CResult {
        if t.finalbody.is_empty() {
            return self.try_star_except(t);
        }
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        self.addop_j(Opcode::SETUP_FINALLY, end);
        self.use_next_block(body);
        let datum = FBlockDatum::FinallyBody(&t.finalbody);
        self.push_fblock(FBlockKind::FinallyTry, Some(body), Some(end), datum)?;
        self.try_star_except(t)?;
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

    fn try_star_except(&mut self, t: &'a Try) -> CResult {
        let body = self.new_block();
        let handler = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let reraise = self.new_block();
        self.addop_j(Opcode::SETUP_FINALLY, handler);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FBlockDatum::None)?;
        self.visit_stmts(&t.body)?;
        self.pop_fblock();
        self.addop_noline(Opcode::POP_BLOCK);
        self.addop_j_noline(Opcode::JUMP_FORWARD, orelse);
        self.use_next_block(handler);
        self.unset_loc();
        self.addop(Opcode::EXCEPT_STAR_START);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, FBlockDatum::None)?;
        for h in &t.handlers {
            self.set_loc(h.span);
            self.except_star_clause(h)?;
        }
        self.pop_fblock();
        self.unset_loc();
        self.addop_i(Opcode::LIST_APPEND, 1);
        self.addop(Opcode::PREP_RERAISE_STAR);
        self.jump_if_not_none(reraise);
        self.addop(Opcode::POP_TOP);
        self.addop(Opcode::POP_EXCEPT);
        self.addop_j(Opcode::JUMP_FORWARD, end);
        self.use_next_block(reraise);
        self.addop(Opcode::ROT_FOUR);
        self.addop(Opcode::POP_EXCEPT);
        self.addop(Opcode::RERAISE_EXC);
        self.use_next_block(orelse);
        self.visit_stmts(&t.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `DUP_TOP; LOAD_CONST None; IS_OP 0; POP_JUMP_IF_FALSE target`: jump, keeping TOS,
    /// when it is not None.
    fn jump_if_not_none(&mut self, target: usize) {
        self.addop(Opcode::DUP_TOP);
        self.load_none();
        self.addop_i(Opcode::IS_OP, 0);
        self.addop_j(Opcode::POP_JUMP_IF_FALSE, target);
        self.next_block();
    }

    fn except_star_clause(&mut self, h: &'a ExceptHandler) -> CResult {
        let Some(ty) = &h.type_ else {
            return Err(self.error("expected 'except' or 'finally' block"));
        };
        let matched = self.new_block();
        let raised = self.new_block();
        let next = self.new_block();
        self.visit_expr(ty)?;
        self.addop(Opcode::CHECK_EG_MATCH);
        self.jump_if_not_none(matched);
        self.addop(Opcode::POP_TOP);
        self.addop_j(Opcode::JUMP_FORWARD, next);
        self.use_next_block(matched);
        match &h.name {
            Some(name) => self.nameop(name, ExprContext::Store)?,
            None => self.addop(Opcode::POP_TOP),
        }
        self.addop_j(Opcode::SETUP_FINALLY, raised);
        self.next_block();
        self.push_fblock(
            FBlockKind::ExceptionGroupHandler,
            None,
            None,
            FBlockDatum::None,
        )?;
        self.visit_stmts(&h.body)?;
        self.pop_fblock();
        self.unset_loc();
        self.addop(Opcode::POP_BLOCK);
        if let Some(name) = &h.name {
            self.clear_name(name)?;
        }
        self.addop_j(Opcode::JUMP_FORWARD, next);
        self.use_next_block(raised);
        if let Some(name) = &h.name {
            self.clear_name(name)?;
        }
        self.addop(Opcode::POP_TOP);
        self.addop_i(Opcode::LIST_APPEND, 6);
        self.addop(Opcode::POP_TOP);
        self.addop(Opcode::POP_EXCEPT);
        self.addop_j(Opcode::JUMP_FORWARD, next);
        self.use_next_block(next);
        Ok(())
    }
}
