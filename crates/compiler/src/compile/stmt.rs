//! Statements: assignment, control flow, imports, `assert`, `raise`, `return`, `break`.
//! Counterpart of `compiler_visit_stmt` and its helpers in CPython 3.10's `Python/compile.c`.

use gilpy_bytecode::{Constant, Opcode};
use gilpy_syntax::ast::*;
use num_bigint::BigInt;

use super::{CResult, Compiler, FBlockDatum, FBlockKind, UnitKind};
use crate::symtable::BlockType;

/// Whether a body contains an annotated assignment outside nested scopes (`find_ann`):
/// such module and class bodies start with `SETUP_ANNOTATIONS`.
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For(f) | StmtKind::AsyncFor(f) => find_ann(&f.body) || find_ann(&f.orelse),
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            t.handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(&t.body)
                || find_ann(&t.finalbody)
                || find_ann(&t.orelse)
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub(super) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_loc(s.span);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(s, f, false),
            StmtKind::AsyncFunctionDef(f) => self.function_def(s, f, true),
            StmtKind::ClassDef(c) => self.class_def(s, c),
            StmtKind::Return(value) => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.visit_expr(t)),
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.addop(Opcode::DUP_TOP);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.annassign(target, annotation, value.as_deref(), *simple),
            StmtKind::For(f) => self.for_stmt(f),
            StmtKind::AsyncFor(f) => self.async_for(f),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.addop_i(Opcode::RAISE_VARARGS, n);
                self.next_block();
                Ok(())
            }
            StmtKind::Try(t) => self.try_stmt(t),
            StmtKind::TryStar(t) => self.try_star(t),
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_deref()),
            StmtKind::Import(names) => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(value) => self.expr_stmt(value),
            StmtKind::Pass => {
                self.addop(Opcode::NOP);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
            StmtKind::With { items, body } => self.with(s, items, body, 0),
            StmtKind::AsyncWith { items, body } => self.async_with(s, items, body, 0),
        }
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> CResult {
        if self.interactive && self.units.len() <= 1 {
            self.visit_expr(value)?;
            self.addop(Opcode::PRINT_EXPR);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant { .. }) {
            self.addop(Opcode::NOP);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.unset_loc();
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let is_const = matches!(value.map(|v| &v.kind), Some(ExprKind::Constant { .. }));
        let preserve_tos = value.is_some() && !is_const;
        let ste = self.ste();
        if ste.kind != BlockType::Function {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && ste.coroutine && ste.generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if let Some(v) = value {
            if preserve_tos {
                self.visit_expr(v)?;
            } else {
                self.set_loc(v.span);
                self.addop(Opcode::NOP);
            }
        }
        if value.is_none_or(|v| v.span.lineno != s.span.lineno) {
            self.set_loc(s.span);
            self.addop(Opcode::NOP);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value.map(|v| &v.kind) {
            None => self.load_none(),
            Some(ExprKind::Constant { value, .. }) => self.load_const(super::to_constant(value)),
            Some(_) => {}
        }
        self.addop(Opcode::RETURN_VALUE);
        self.next_block();
        Ok(())
    }

    fn break_stmt(&mut self) -> CResult {
        self.addop(Opcode::NOP);
        let Some(index) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop"));
        };
        let loop_block = self.unit().fblocks[index].clone();
        self.unwind_fblock(&loop_block, false)?;
        if let Some(exit) = loop_block.exit {
            self.addop_j(Opcode::JUMP_ABSOLUTE, exit);
        }
        self.next_block();
        Ok(())
    }

    fn continue_stmt(&mut self) -> CResult {
        self.addop(Opcode::NOP);
        let Some(index) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop"));
        };
        if let Some(start) = self.unit().fblocks[index].block {
            self.addop_j(Opcode::JUMP_ABSOLUTE, start);
        }
        self.next_block();
        Ok(())
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_block();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.visit_stmts(body)?;
        if !orelse.is_empty() {
            self.addop_j_noline(Opcode::JUMP_FORWARD, end);
            self.use_next_block(next);
            self.visit_stmts(orelse)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loop_block = self.new_block();
        let body_block = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(loop_block);
        self.push_fblock(
            FBlockKind::WhileLoop,
            Some(loop_block),
            Some(end),
            FBlockDatum::None,
        )?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(body_block);
        self.visit_stmts(body)?;
        self.set_loc(s.span);
        self.jump_if(test, body_block, true)?;
        self.pop_fblock();
        self.use_next_block(anchor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a For) -> CResult {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(
            FBlockKind::ForLoop,
            Some(start),
            Some(end),
            FBlockDatum::None,
        )?;
        self.visit_iterable(&f.iter)?;
        self.addop(Opcode::GET_ITER);
        self.use_next_block(start);
        self.addop_j(Opcode::FOR_ITER, cleanup);
        self.use_next_block(body);
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        self.unset_loc();
        self.addop_j(Opcode::JUMP_ABSOLUTE, start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.visit_stmts(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn async_for(&mut self, f: &'a For) -> CResult {
        if self.unit().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(&f.iter)?;
        self.addop(Opcode::GET_AITER);
        self.use_next_block(start);
        self.push_fblock(
            FBlockKind::ForLoop,
            Some(start),
            Some(end),
            FBlockDatum::None,
        )?;
        self.addop_j(Opcode::SETUP_FINALLY, except);
        self.addop(Opcode::GET_ANEXT);
        self.load_none();
        self.addop(Opcode::YIELD_FROM);
        self.addop(Opcode::POP_BLOCK);
        self.visit_expr(&f.target)?;
        self.visit_stmts(&f.body)?;
        self.unset_loc();
        self.addop_j(Opcode::JUMP_ABSOLUTE, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.set_loc(f.iter.span);
        self.addop(Opcode::END_ASYNC_FOR);
        self.visit_stmts(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn augassign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        let saved = self.unit().loc;
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.visit_expr(obj)?;
                self.addop(Opcode::DUP_TOP);
                self.with_line(target.span.end_lineno, |c| {
                    c.addop_name(Opcode::LOAD_ATTR, attr)
                });
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.addop(Opcode::DUP_TOP_TWO);
                self.addop(Opcode::BINARY_SUBSCR);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => {
                return Err(
                    self.error("'expression' is an illegal expression for augmented assignment")
                );
            }
        }
        self.u().loc = saved;
        self.visit_expr(value)?;
        self.addop(inplace_op(op));
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.u().loc.line = target.span.end_lineno as i32;
                self.addop(Opcode::ROT_TWO);
                self.addop_name(Opcode::STORE_ATTR, attr);
            }
            ExprKind::Subscript { .. } => {
                self.addop(Opcode::ROT_THREE);
                self.addop(Opcode::STORE_SUBSCR);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    /// Run `f` with the current line set to `line`, restoring it afterwards.
    pub(super) fn with_line<T>(&mut self, line: u32, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.unit().loc.line;
        self.u().loc.line = line as i32;
        let result = f(self);
        self.u().loc.line = saved;
        result
    }

    fn annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        let module_or_class = matches!(self.unit().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.check_forbidden(id, ExprContext::Store)?;
                if simple && module_or_class {
                    self.visit_annotation(annotation)?;
                    self.addop_name_raw(Opcode::LOAD_NAME, "__annotations__");
                    let mangled = crate::symtable::mangle(self.unit().private.as_deref(), id);
                    self.load_const(Constant::Str(mangled));
                    self.addop(Opcode::STORE_SUBSCR);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.check_forbidden(attr, ExprContext::Store)?;
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment")),
        }
        if !simple && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|x| self.check_ann_subscr(x)),
            _ => self.check_ann_expr(e),
        }
    }

    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let end = self.new_block();
        self.jump_if(test, end, true)?;
        self.addop(Opcode::LOAD_ASSERTION_ERROR);
        if let Some(m) = msg {
            self.visit_expr(m)?;
            self.addop_i(Opcode::CALL_FUNCTION, 1);
        }
        self.addop_i(Opcode::RAISE_VARARGS, 1);
        self.use_next_block(end);
        Ok(())
    }

    fn import(&mut self, names: &'a [Alias]) -> CResult {
        for alias in names {
            self.load_const(Constant::Int(BigInt::from(0)));
            self.load_none();
            self.addop_name(Opcode::IMPORT_NAME, &alias.name);
            match &alias.asname {
                Some(asname) => self.import_as(&alias.name, asname)?,
                None => {
                    let first = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(first, ExprContext::Store)?;
                }
            }
        }
        Ok(())
    }

    /// Bind `import a.b.c as d`: walk the attributes with `IMPORT_FROM` (`compiler_import_as`).
    fn import_as(&mut self, name: &str, asname: &str) -> CResult {
        let mut parts = name.split('.').skip(1).peekable();
        if parts.peek().is_none() {
            return self.nameop(asname, ExprContext::Store);
        }
        while let Some(attr) = parts.next() {
            self.addop_name_raw(Opcode::IMPORT_FROM, attr);
            if parts.peek().is_some() {
                self.addop(Opcode::ROT_TWO);
                self.addop(Opcode::POP_TOP);
            }
        }
        self.nameop(asname, ExprContext::Store)?;
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Constant::Int(BigInt::from(level)));
        let fromlist = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        if s.span.lineno > self.future.lineno && module == Some("__future__") {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        self.load_const(Constant::Tuple(fromlist));
        self.addop_name(Opcode::IMPORT_NAME, module.unwrap_or(""));
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.addop(Opcode::IMPORT_STAR);
                return Ok(());
            }
            self.addop_name(Opcode::IMPORT_FROM, &alias.name);
            self.nameop(
                alias.asname.as_ref().unwrap_or(&alias.name),
                ExprContext::Store,
            )?;
        }
        self.addop(Opcode::POP_TOP);
        Ok(())
    }
}

pub(super) fn inplace_op(op: Operator) -> Opcode {
    match op {
        Operator::Add => Opcode::INPLACE_ADD,
        Operator::Sub => Opcode::INPLACE_SUBTRACT,
        Operator::Mult => Opcode::INPLACE_MULTIPLY,
        Operator::MatMult => Opcode::INPLACE_MATRIX_MULTIPLY,
        Operator::Div => Opcode::INPLACE_TRUE_DIVIDE,
        Operator::Mod => Opcode::INPLACE_MODULO,
        Operator::Pow => Opcode::INPLACE_POWER,
        Operator::LShift => Opcode::INPLACE_LSHIFT,
        Operator::RShift => Opcode::INPLACE_RSHIFT,
        Operator::BitOr => Opcode::INPLACE_OR,
        Operator::BitXor => Opcode::INPLACE_XOR,
        Operator::BitAnd => Opcode::INPLACE_AND,
        Operator::FloorDiv => Opcode::INPLACE_FLOOR_DIVIDE,
    }
}
