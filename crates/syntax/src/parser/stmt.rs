//! Simple statements: assignments, expression statements and the keyword statements
//! that fit on one line. Counterpart of the `simple_stmt` rules of `python.gram`.

use super::{PResult, Parser};
use crate::SyntaxErrorKind;
use crate::ast::{Alias, Expr, ExprContext, ExprKind, Operator, Stmt, StmtKind};
use crate::source::Pos;
use crate::token::{Op, TokenKind};

impl Parser<'_> {
    /// statements: statement+ (up to a DEDENT or the end).
    pub(super) fn statements(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.kind() {
                TokenKind::EndMarker | TokenKind::Dedent => return Ok(body),
                TokenKind::Newline => {
                    self.advance();
                }
                _ => body.extend(self.statement()?),
            }
        }
    }

    /// statement: compound_stmt | simple_stmts
    pub(super) fn statement(&mut self) -> PResult<Vec<Stmt>> {
        self.enter()?;
        let result = match self.compound_stmt()? {
            Some(stmt) => Ok(vec![stmt]),
            None => self.simple_stmts(),
        };
        self.leave();
        result
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    pub(super) fn simple_stmts(&mut self) -> PResult<Vec<Stmt>> {
        let mut stmts = vec![self.simple_stmt()?];
        loop {
            if matches!(self.kind(), TokenKind::Newline) {
                self.advance();
                return Ok(stmts);
            }
            if !self.eat_op(Op::Semi) {
                return Err(self.unexpected());
            }
            if matches!(self.kind(), TokenKind::Newline) {
                self.advance();
                return Ok(stmts);
            }
            stmts.push(self.simple_stmt()?);
        }
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kind = match self.kind() {
            TokenKind::Name(n) => match n.as_str() {
                "pass" => self.bare(StmtKind::Pass),
                "break" => self.bare(StmtKind::Break),
                "continue" => self.bare(StmtKind::Continue),
                "return" => self.return_stmt()?,
                "raise" => self.raise_stmt()?,
                "global" => StmtKind::Global(self.name_list()?),
                "nonlocal" => StmtKind::Nonlocal(self.name_list()?),
                "del" => self.del_stmt()?,
                "assert" => self.assert_stmt()?,
                "import" => self.import_name()?,
                "from" => self.import_from()?,
                _ => self.expr_or_assignment(start)?,
            },
            TokenKind::Indent => return Err(self.unexpected()),
            _ => self.expr_or_assignment(start)?,
        };
        Ok(Stmt {
            kind,
            span: self.span_from(start),
        })
    }

    fn bare(&mut self, kind: StmtKind) -> StmtKind {
        self.advance();
        kind
    }

    fn at_stmt_end(&self) -> bool {
        matches!(self.kind(), TokenKind::Newline | TokenKind::EndMarker) || self.at_op(Op::Semi)
    }

    fn return_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let value = if self.at_stmt_end() {
            None
        } else {
            Some(Box::new(self.star_expressions()?))
        };
        Ok(StmtKind::Return(value))
    }

    fn raise_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        if self.at_stmt_end() {
            return Ok(StmtKind::Raise {
                exc: None,
                cause: None,
            });
        }
        let exc = Some(Box::new(self.expression()?));
        let cause = if self.eat_kw("from") {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        Ok(StmtKind::Raise { exc, cause })
    }

    fn name_list(&mut self) -> PResult<Vec<String>> {
        self.advance();
        let mut names = vec![self.name()?];
        while self.eat_op(Op::Comma) {
            names.push(self.name()?);
        }
        Ok(names)
    }

    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let start = self.start();
        let mut targets = Vec::new();
        loop {
            let e = self.star_target_expr()?;
            targets.push(self.set_context(e, ExprContext::Del)?);
            if !self.eat_op(Op::Comma) || self.at_stmt_end() {
                break;
            }
        }
        if !self.at_stmt_end() {
            let _ = start;
            return Err(self.unexpected());
        }
        Ok(StmtKind::Delete(targets))
    }

    fn assert_stmt(&mut self) -> PResult<StmtKind> {
        self.advance();
        let test = Box::new(self.expression()?);
        let msg = if self.eat_op(Op::Comma) {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        Ok(StmtKind::Assert { test, msg })
    }

    /// import_name: 'import' dotted_as_names
    fn import_name(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let name = self.dotted_name()?;
            let asname = if self.eat_kw("as") {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat_op(Op::Comma) {
                return Ok(StmtKind::Import(names));
            }
        }
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    /// import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            if self.eat_op(Op::Dot) {
                level += 1;
            } else if self.eat_op(Op::Ellipsis) {
                level += 3;
            } else {
                break;
            }
        }
        let module = if self.at_kw("import") && level > 0 {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw("import")?;
        if self.at_op(Op::Star) {
            let start = self.start();
            self.advance();
            let names = vec![Alias {
                name: "*".into(),
                asname: None,
                span: self.span_from(start),
            }];
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let parens = self.eat_op(Op::LPar);
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let name = self.name()?;
            let asname = if self.eat_kw("as") {
                Some(self.name()?)
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: self.span_from(start),
            });
            if !self.eat_op(Op::Comma) {
                break;
            }
            if parens && self.at_op(Op::RPar) {
                break;
            }
            if !parens && self.at_stmt_end() {
                return Err(self.error_span(
                    "trailing comma not allowed without surrounding parentheses",
                    self.tokens[self.pos - 1].start,
                    self.tokens[self.pos - 1].end,
                ));
            }
        }
        if parens {
            self.expect_op(Op::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Expression statements and all assignments:
    /// assignment | star_expressions
    fn expr_or_assignment(&mut self, start: Pos) -> PResult<StmtKind> {
        let parenthesized = self.at_op(Op::LPar);
        let first = self.star_expressions_or_yield()?;
        if self.at_op(Op::Colon) {
            return self.ann_assign(first, parenthesized);
        }
        if self.at_op(Op::Equal) {
            return self.assign(first);
        }
        if let Some(op) = self.aug_op() {
            return self.aug_assign(first, op);
        }
        if !self.at_stmt_end() {
            return Err(self.invalid_after_expression(&first, start));
        }
        Ok(StmtKind::Expr(Box::new(first)))
    }

    /// What CPython says when an expression statement is followed by more tokens.
    #[cold]
    fn invalid_after_expression(&mut self, first: &Expr, start: Pos) -> crate::SyntaxError {
        if let ExprKind::Name { id, .. } = &first.kind
            && (id == "print" || id == "exec")
            && self.starts_expression()
        {
            let save = self.pos;
            if self.expressions().is_ok() {
                let msg = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                return self.error_span(&msg, start, self.prev_end());
            }
            self.pos = save;
        }
        if matches!(self.kind(), TokenKind::Indent) {
            return self.unexpected();
        }
        self.maybe_forgot_comma(first)
            .unwrap_or_else(|| self.unexpected())
    }

    fn star_expressions_or_yield(&mut self) -> PResult<Expr> {
        if self.at_kw("yield") {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// assignment: (star_targets '=')+ (yield_expr | star_expressions)
    fn assign(&mut self, first: Expr) -> PResult<StmtKind> {
        let mut exprs = vec![first];
        while self.eat_op(Op::Equal) {
            exprs.push(self.star_expressions_or_yield()?);
        }
        let Some(value) = exprs.pop().map(Box::new) else {
            return Err(self.unexpected());
        };
        if self.at_op(Op::Colon) || self.aug_op().is_some() || !self.at_stmt_end() {
            return Err(self.unexpected());
        }
        let only = exprs.len() == 1;
        let targets = exprs
            .into_iter()
            .map(|e| self.assign_target(e, only))
            .collect::<PResult<_>>()?;
        Ok(StmtKind::Assign { targets, value })
    }

    fn ann_assign(&mut self, target: Expr, parenthesized: bool) -> PResult<StmtKind> {
        match &target.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple { .. } => {
                return Err(self.error_node(
                    "only single target (not tuple) can be annotated",
                    target.span,
                ));
            }
            ExprKind::List { .. } => {
                return Err(self.error_node(
                    "only single target (not list) can be annotated",
                    target.span,
                ));
            }
            _ => return Err(self.error_node("illegal target for annotation", target.span)),
        }
        self.advance();
        let simple = !parenthesized && matches!(target.kind, ExprKind::Name { .. });
        let target = Box::new(self.set_context(target, ExprContext::Store)?);
        let annotation = Box::new(self.expression()?);
        let value = if self.eat_op(Op::Equal) {
            Some(Box::new(self.star_expressions_or_yield()?))
        } else {
            None
        };
        if !self.at_stmt_end() {
            return Err(self.unexpected());
        }
        Ok(StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        })
    }

    fn aug_op(&self) -> Option<Operator> {
        let TokenKind::Op(op) = self.kind() else {
            return None;
        };
        Some(match op {
            Op::PlusEqual => Operator::Add,
            Op::MinEqual => Operator::Sub,
            Op::StarEqual => Operator::Mult,
            Op::AtEqual => Operator::MatMult,
            Op::SlashEqual => Operator::Div,
            Op::PercentEqual => Operator::Mod,
            Op::AmperEqual => Operator::BitAnd,
            Op::VBarEqual => Operator::BitOr,
            Op::CircumflexEqual => Operator::BitXor,
            Op::LeftShiftEqual => Operator::LShift,
            Op::RightShiftEqual => Operator::RShift,
            Op::DoubleStarEqual => Operator::Pow,
            Op::DoubleSlashEqual => Operator::FloorDiv,
            _ => return None,
        })
    }

    fn aug_assign(&mut self, target: Expr, op: Operator) -> PResult<StmtKind> {
        if !matches!(
            target.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                super::target::describe(&target)
            );
            return Err(self.error_node(&msg, target.span));
        }
        self.advance();
        let target = Box::new(self.set_context(target, ExprContext::Store)?);
        let value = Box::new(self.star_expressions_or_yield()?);
        if !self.at_stmt_end() {
            return Err(self.unexpected());
        }
        Ok(StmtKind::AugAssign { target, op, value })
    }

    /// The block after a compound statement's header:
    /// NEWLINE INDENT statements DEDENT | simple_stmts
    pub(super) fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        if !matches!(self.kind(), TokenKind::Newline) {
            return self.simple_stmts();
        }
        self.advance();
        if !matches!(self.kind(), TokenKind::Indent) {
            if matches!(self.kind(), TokenKind::Error) {
                return Err(self.unexpected());
            }
            let msg = format!("expected an indented block after {what} on line {line}");
            let t = self.tok();
            return Err(self.error(SyntaxErrorKind::IndentationError, &msg, t.start, t.end));
        }
        self.advance();
        let body = self.statements()?;
        if !matches!(self.kind(), TokenKind::Dedent) {
            return Err(self.unexpected());
        }
        self.advance();
        Ok(body)
    }
}
