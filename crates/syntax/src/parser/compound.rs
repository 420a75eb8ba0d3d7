//! Compound statements: if, while, for, with, try, def, class and decorators.
//! Counterpart of the `compound_stmt` rules of `python.gram`.

use super::{PResult, Parser};
use crate::ast::{
    ClassDef, ExceptHandler, Expr, ExprContext, ExprKind, For, FunctionDef, Span, Stmt, StmtKind,
    Try, WithItem,
};
use crate::source::Pos;
use crate::token::{Op, TokenKind};

impl Parser<'_> {
    /// compound_stmt, or None when the statement is a simple one.
    pub(super) fn compound_stmt(&mut self) -> PResult<Option<Stmt>> {
        let TokenKind::Name(word) = self.kind() else {
            if self.at_op(Op::At) {
                return self.decorated().map(Some);
            }
            return Ok(None);
        };
        let start = self.start();
        let stmt = match word.as_str() {
            "if" => self.if_stmt()?,
            "while" => self.while_stmt()?,
            "for" => self.for_stmt(start, false)?,
            "with" => self.with_stmt(start, false)?,
            "try" => self.try_stmt()?,
            "def" => self.function_def(start, false, Vec::new())?,
            "class" => self.class_def(start, Vec::new())?,
            "async" => self.async_stmt(Vec::new())?,
            "match" => match self.match_stmt()? {
                Some(stmt) => stmt,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(stmt))
    }

    /// The span from `start` to the end of the last statement of `body`.
    fn block_span(&self, start: Pos, body: &[Stmt]) -> Span {
        let mut span = self.span_from(start);
        if let Some(last) = body.last() {
            span.end_lineno = last.span.end_lineno;
            span.end_col = last.span.end_col;
        }
        span
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        self.if_or_elif("'if' statement")
    }

    /// if_stmt / elif_stmt: the test, the body, then elif (as a nested If) or else.
    fn if_or_elif(&mut self, what: &str) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let test = Box::new(self.named_expression()?);
        self.expect_colon()?;
        let body = self.block(what, start.line)?;
        let orelse = if self.at_kw("elif") {
            vec![self.if_or_elif("'elif' statement")?]
        } else {
            self.else_block()?
        };
        let span = self.block_span(start, if orelse.is_empty() { &body } else { &orelse });
        Ok(Stmt {
            kind: StmtKind::If { test, body, orelse },
            span,
        })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw("else") {
            return Ok(Vec::new());
        }
        let line = self.start().line;
        self.advance();
        self.expect_colon()?;
        self.block("'else' statement", line)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        let test = Box::new(self.named_expression()?);
        self.expect_colon()?;
        let body = self.block("'while' statement", start.line)?;
        let orelse = self.else_block()?;
        let span = self.block_span(start, if orelse.is_empty() { &body } else { &orelse });
        Ok(Stmt {
            kind: StmtKind::While { test, body, orelse },
            span,
        })
    }

    /// for_stmt: 'for' star_targets 'in' star_expressions ':' block [else_block]
    fn for_stmt(&mut self, start: Pos, is_async: bool) -> PResult<Stmt> {
        let line = self.start().line;
        self.advance();
        let target = Box::new(self.star_targets()?);
        self.expect_kw("in")?;
        let iter = Box::new(self.star_expressions()?);
        self.expect_colon()?;
        let body = self.block("'for' statement", line)?;
        let orelse = self.else_block()?;
        let span = self.block_span(start, if orelse.is_empty() { &body } else { &orelse });
        let node = For {
            target,
            iter,
            body,
            orelse,
        };
        let kind = if is_async {
            StmtKind::AsyncFor(node)
        } else {
            StmtKind::For(node)
        };
        Ok(Stmt { kind, span })
    }

    /// star_targets: a comma-separated list of targets, a tuple when there is a comma.
    pub(super) fn star_targets(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_target_expr()?;
        if !self.at_op(Op::Comma) {
            return self.set_context(first, ExprContext::Store);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_kw("in") || self.at_op(Op::Equal) {
                break;
            }
            elts.push(self.star_target_expr()?);
        }
        let tuple = Expr {
            kind: ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            span: self.span_from(start),
        };
        self.set_context(tuple, ExprContext::Store)
    }

    pub(super) fn star_target_expr(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let start = self.start();
            self.advance();
            let value = Box::new(self.bitwise_or()?);
            return Ok(Expr {
                kind: ExprKind::Starred {
                    value,
                    ctx: ExprContext::Load,
                },
                span: self.span_from(start),
            });
        }
        self.bitwise_or()
    }

    /// with_stmt: 'with' ( '(' with_item, ... ')' | with_item, ... ) ':' block
    fn with_stmt(&mut self, start: Pos, is_async: bool) -> PResult<Stmt> {
        let line = self.start().line;
        self.advance();
        let items = match self.parenthesized_with_items()? {
            Some(items) => items,
            None => self.with_items()?,
        };
        self.expect_colon()?;
        let body = self.block("'with' statement", line)?;
        let span = self.block_span(start, &body);
        let kind = if is_async {
            StmtKind::AsyncWith { items, body }
        } else {
            StmtKind::With { items, body }
        };
        Ok(Stmt { kind, span })
    }

    /// The 3.9+ form with parentheses around the items, tried first as CPython does;
    /// None (and nothing consumed) when it does not apply.
    fn parenthesized_with_items(&mut self) -> PResult<Option<Vec<WithItem>>> {
        if !self.at_op(Op::LPar) {
            return Ok(None);
        }
        let save = self.pos;
        self.advance();
        let items = self.with_items();
        self.eat_op(Op::Comma);
        match items {
            Ok(items) if self.at_op(Op::RPar) && self.peek_tok(1).is_op(Op::Colon) => {
                self.advance();
                Ok(Some(items))
            }
            _ => {
                self.pos = save;
                Ok(None)
            }
        }
    }

    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        let mut items = vec![self.with_item()?];
        while self.at_op(Op::Comma) && !self.peek_tok(1).is_op(Op::RPar) {
            self.advance();
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    /// with_item: expression ['as' star_target]
    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat_kw("as") {
            let target = self.star_target_expr()?;
            Some(Box::new(self.set_context(target, ExprContext::Store)?))
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// try_stmt: 'try' ':' block (except_block+ [else] [finally] | finally_block)
    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        self.expect_colon()?;
        let body = self.block("'try' statement", start.line)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.at_kw("except") {
            let is_star = self.peek_tok(1).is_op(Op::Star);
            if star.is_some_and(|s| s != is_star) {
                let t = self.tok();
                return Err(self.error_span(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    t.start,
                    t.end,
                ));
            }
            star = Some(is_star);
            handlers.push(self.except_block(is_star)?);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = self.finally_block()?;
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        let last = [&finalbody, &orelse].into_iter().find(|b| !b.is_empty());
        let span = match last {
            Some(b) => self.block_span(start, b),
            None => {
                let mut span = self.span_from(start);
                if let Some(h) = handlers.last() {
                    (span.end_lineno, span.end_col) = (h.span.end_lineno, h.span.end_col);
                }
                span
            }
        };
        let node = Try {
            body,
            handlers,
            orelse,
            finalbody,
        };
        let kind = if star == Some(true) {
            StmtKind::TryStar(node)
        } else {
            StmtKind::Try(node)
        };
        Ok(Stmt { kind, span })
    }

    /// except_block: 'except' ['*'] [expression ['as' NAME]] ':' block
    fn except_block(&mut self, is_star: bool) -> PResult<ExceptHandler> {
        let start = self.start();
        self.advance();
        if is_star {
            self.advance();
        }
        let (mut type_, mut name) = (None, None);
        if !self.at_op(Op::Colon) {
            let t = self.expression()?;
            if self.at_op(Op::Comma) {
                let end = self.peek_comma_list_end()?;
                return Err(self.error_span(
                    "multiple exception types must be parenthesized",
                    t_start(&t, self),
                    end,
                ));
            }
            type_ = Some(Box::new(t));
            if self.eat_kw("as") {
                name = Some(self.name()?);
            }
        } else if is_star {
            return Err(self.error_here("expected one or more exception types"));
        }
        self.expect_colon()?;
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        let body = self.block(what, start.line)?;
        let span = self.block_span(start, &body);
        Ok(ExceptHandler {
            type_,
            name,
            body,
            span,
        })
    }

    /// Consumes `, expr, expr...` to find where an unparenthesized exception list ends.
    fn peek_comma_list_end(&mut self) -> PResult<Pos> {
        while self.eat_op(Op::Comma) {
            self.expression()?;
        }
        Ok(self.prev_end())
    }

    fn finally_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw("finally") {
            return Ok(Vec::new());
        }
        let line = self.start().line;
        self.advance();
        self.expect_colon()?;
        self.block("'finally' statement", line)
    }

    /// decorators: ('@' named_expression NEWLINE)+, then a def or class.
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if !matches!(self.kind(), TokenKind::Newline) {
                return Err(self.unexpected());
            }
            self.advance();
        }
        let start = self.start();
        match self.kind() {
            TokenKind::Name(n) if n == "def" => self.function_def(start, false, decorators),
            TokenKind::Name(n) if n == "class" => self.class_def(start, decorators),
            TokenKind::Name(n) if n == "async" => self.async_stmt(decorators),
            _ => Err(self.unexpected()),
        }
    }

    fn async_stmt(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.start();
        self.advance();
        match self.kind() {
            TokenKind::Name(n) if n == "def" => self.function_def(start, true, decorators),
            TokenKind::Name(n) if n == "for" && decorators.is_empty() => self.for_stmt(start, true),
            TokenKind::Name(n) if n == "with" && decorators.is_empty() => {
                self.with_stmt(start, true)
            }
            _ => Err(self.unexpected()),
        }
    }

    /// function_def: 'def' NAME '(' [params] ')' ['->' expression] ':' block
    fn function_def(
        &mut self,
        start: Pos,
        is_async: bool,
        decorator_list: Vec<Expr>,
    ) -> PResult<Stmt> {
        let line = self.start().line;
        self.advance();
        let name = self.name()?;
        self.expect_op(Op::LPar)?;
        let args = Box::new(self.params(Op::RPar, true)?);
        self.expect_op(Op::RPar)?;
        let returns = if self.eat_op(Op::RArrow) {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("function definition", line)?;
        let span = self.block_span(start, &body);
        let node = FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
        };
        let kind = if is_async {
            StmtKind::AsyncFunctionDef(node)
        } else {
            StmtKind::FunctionDef(node)
        };
        Ok(Stmt { kind, span })
    }

    /// class_def: 'class' NAME ['(' [arguments] ')'] ':' block
    fn class_def(&mut self, start: Pos, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        self.advance();
        let name = self.name()?;
        let (bases, keywords) = if self.eat_op(Op::LPar) {
            self.call_arguments()?
        } else {
            (Vec::new(), Vec::new())
        };
        self.expect_colon()?;
        let body = self.block("class definition", start.line)?;
        let span = self.block_span(start, &body);
        Ok(Stmt {
            kind: StmtKind::ClassDef(ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            }),
            span,
        })
    }
}

fn t_start(e: &Expr, p: &Parser<'_>) -> Pos {
    p.unshift(e.span).0
}
