//! Expressions from `star_expressions` down to `power`: tuples, walrus, lambda,
//! conditional expressions, boolean operators, comparisons and binary operators by
//! precedence climbing. Counterpart of the expression rules of `python.gram`.

use super::{PResult, Parser};
use crate::SyntaxError;
use crate::ast::{BoolOp, CmpOp, Expr, ExprContext, ExprKind, Operator, UnaryOp};
use crate::source::Pos;
use crate::token::{Op, TokenKind, is_keyword};

/// Binary operator levels from loosest to tightest: `|`, `^`, `&`, shifts, `+ -`, `* / // % @`.
const BINARY_LEVELS: usize = 6;

fn binary_op(level: usize, op: Op) -> Option<Operator> {
    Some(match (level, op) {
        (0, Op::VBar) => Operator::BitOr,
        (1, Op::Circumflex) => Operator::BitXor,
        (2, Op::Amper) => Operator::BitAnd,
        (3, Op::LeftShift) => Operator::LShift,
        (3, Op::RightShift) => Operator::RShift,
        (4, Op::Plus) => Operator::Add,
        (4, Op::Minus) => Operator::Sub,
        (5, Op::Star) => Operator::Mult,
        (5, Op::Slash) => Operator::Div,
        (5, Op::DoubleSlash) => Operator::FloorDiv,
        (5, Op::Percent) => Operator::Mod,
        (5, Op::At) => Operator::MatMult,
        _ => return None,
    })
}

impl Parser<'_> {
    pub(super) fn node(&self, kind: ExprKind, start: Pos) -> Expr {
        Expr {
            kind,
            span: self.span_from(start),
        }
    }

    /// expressions: expression (',' expression)* [','] — a tuple when there is a comma.
    pub(super) fn expressions(&mut self) -> PResult<Expr> {
        self.tuple_of(Self::expression)
    }

    /// star_expressions: star_expression (',' star_expression)* [',']
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        self.tuple_of(Self::star_expression)
    }

    fn tuple_of(&mut self, item: fn(&mut Self) -> PResult<Expr>) -> PResult<Expr> {
        let start = self.start();
        let first = item(self)?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(item(self)?);
        }
        Ok(self.node(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// star_expression: '*' bitwise_or | expression
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let start = self.start();
            self.advance();
            let value = Box::new(self.bitwise_or()?);
            return Ok(self.node(
                ExprKind::Starred {
                    value,
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        self.expression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            self.star_expression()
        } else {
            self.named_expression()
        }
    }

    /// Whether the current token can begin an expression.
    pub(super) fn starts_expression(&self) -> bool {
        match self.kind() {
            TokenKind::Name(n) => {
                !is_keyword(n)
                    || matches!(
                        n.as_str(),
                        "None" | "True" | "False" | "not" | "lambda" | "await" | "yield"
                    )
            }
            TokenKind::Int(_) | TokenKind::Float(_) | TokenKind::Imag(_) | TokenKind::Str(_) => {
                true
            }
            TokenKind::Op(op) => matches!(
                op,
                Op::LPar
                    | Op::LSqb
                    | Op::LBrace
                    | Op::Minus
                    | Op::Plus
                    | Op::Tilde
                    | Op::Star
                    | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// named_expression: NAME ':=' expression | expression !':='
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if self.at_name() && self.peek_tok(1).is_op(Op::ColonEqual) {
            let start = self.start();
            let id = self.name()?;
            let target = Box::new(self.node(
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Store,
                },
                start,
            ));
            self.advance();
            let value = Box::new(self.expression()?);
            return Ok(self.node(ExprKind::NamedExpr { target, value }, start));
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            let msg = format!(
                "cannot use assignment expressions with {}",
                super::target::describe(&e)
            );
            return Err(self.error_node(&msg, e.span));
        }
        Ok(e)
    }

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.expression_inner();
        self.leave();
        result
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambdef();
        }
        let start = self.start();
        let body = self.disjunction()?;
        if !self.at_kw("if") {
            return Ok(body);
        }
        self.advance();
        let test = self.disjunction()?;
        if !self.eat_kw("else") {
            if self.at_op(Op::Colon) || matches!(self.kind(), TokenKind::Error) {
                return Err(self.unexpected());
            }
            let msg = "expected 'else' after 'if' expression";
            return Err(self.error_span(msg, start, self.prev_end()));
        }
        let orelse = Box::new(self.expression()?);
        Ok(self.node(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse,
            },
            start,
        ))
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        let args = Box::new(self.params(Op::Colon, false)?);
        self.expect_op(Op::Colon)?;
        let body = Box::new(self.expression()?);
        Ok(self.node(ExprKind::Lambda { args, body }, start))
    }

    /// disjunction: conjunction ('or' conjunction)+ | conjunction
    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_op("or", BoolOp::Or, Self::conjunction)
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        self.bool_op("and", BoolOp::And, Self::inversion)
    }

    fn bool_op(
        &mut self,
        kw: &str,
        op: BoolOp,
        operand: fn(&mut Self) -> PResult<Expr>,
    ) -> PResult<Expr> {
        let start = self.start();
        let first = operand(self)?;
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw(kw) {
            values.push(operand(self)?);
        }
        Ok(self.node(ExprKind::BoolOp { op, values }, start))
    }

    /// inversion: 'not' inversion | comparison
    fn inversion(&mut self) -> PResult<Expr> {
        if !self.at_kw("not") {
            return self.comparison();
        }
        let start = self.start();
        self.advance();
        self.enter()?;
        let operand = self.inversion();
        self.leave();
        let operand = Box::new(operand?);
        Ok(self.node(
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            },
            start,
        ))
    }

    /// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.compare_op() {
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(self.node(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            start,
        ))
    }

    /// Takes a comparison operator, including `not in` and `is not`.
    fn compare_op(&mut self) -> Option<CmpOp> {
        let op = match self.kind() {
            TokenKind::Op(Op::EqEqual) => CmpOp::Eq,
            TokenKind::Op(Op::NotEqual) => CmpOp::NotEq,
            TokenKind::Op(Op::Less) => CmpOp::Lt,
            TokenKind::Op(Op::LessEqual) => CmpOp::LtE,
            TokenKind::Op(Op::Greater) => CmpOp::Gt,
            TokenKind::Op(Op::GreaterEqual) => CmpOp::GtE,
            TokenKind::Name(n) if n == "in" => CmpOp::In,
            TokenKind::Name(n) if n == "is" => {
                self.advance();
                return Some(if self.eat_kw("not") {
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                });
            }
            TokenKind::Name(n) if n == "not" && self.peek_tok(1).is_name("in") => {
                self.advance();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    /// bitwise_or and the binary levels below it, down to `factor`.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    fn binary(&mut self, level: usize) -> PResult<Expr> {
        if level == BINARY_LEVELS {
            return self.factor();
        }
        let start = self.start();
        let mut left = self.binary(level + 1)?;
        let mut links = 0;
        while let TokenKind::Op(tok) = self.kind() {
            let Some(op) = binary_op(level, *tok) else {
                break;
            };
            self.advance();
            let right = Box::new(self.binary(level + 1)?);
            left = self.node(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right,
                },
                start,
            );
            links += 1;
            self.check_links(&left, links)?;
        }
        self.check_chain(&left, links)?;
        Ok(left)
    }

    /// factor: ('+' | '-' | '~') factor | power
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.kind() {
            TokenKind::Op(Op::Plus) => UnaryOp::UAdd,
            TokenKind::Op(Op::Minus) => UnaryOp::USub,
            TokenKind::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.start();
        self.advance();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        let operand = Box::new(operand?);
        Ok(self.node(ExprKind::UnaryOp { op, operand }, start))
    }

    /// power: await_primary '**' factor | await_primary
    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.await_primary()?;
        if !self.eat_op(Op::DoubleStar) {
            return Ok(left);
        }
        self.enter()?;
        let right = self.factor();
        self.leave();
        let right = Box::new(right?);
        Ok(self.node(
            ExprKind::BinOp {
                left: Box::new(left),
                op: Operator::Pow,
                right,
            },
            start,
        ))
    }

    /// await_primary: 'await' primary | primary
    fn await_primary(&mut self) -> PResult<Expr> {
        if !self.at_kw("await") {
            return self.primary();
        }
        let start = self.start();
        self.advance();
        let value = Box::new(self.primary()?);
        Ok(self.node(ExprKind::Await(value), start))
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_kw("from") {
            let value = Box::new(self.expression()?);
            return Ok(self.node(ExprKind::YieldFrom(value), start));
        }
        let value = if self.starts_expression() {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(self.node(ExprKind::Yield(value), start))
    }

    /// CPython's `invalid_expression` hint: two expressions in a row inside brackets
    /// are probably missing a comma. None when the hint does not apply.
    pub(super) fn maybe_forgot_comma(&mut self, first: &Expr) -> Option<SyntaxError> {
        if self.tok().level == 0 || !self.starts_expression() || self.at_op(Op::Star) {
            return None;
        }
        if matches!(
            first.kind,
            ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::Starred { .. }
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
        ) {
            return None;
        }
        if let ExprKind::Name { id, .. } = &first.kind
            && (matches!(self.kind(), TokenKind::Str(_))
                || matches!(id.as_str(), "print" | "exec" | "match" | "case" | "_"))
        {
            return None;
        }
        let save = self.pos;
        let depth = self.depth;
        let second = self.expression();
        self.depth = depth;
        let result = match second {
            Ok(_) => {
                let (start, _) = self.unshift(first.span);
                Some(self.error_span(
                    "invalid syntax. Perhaps you forgot a comma?",
                    start,
                    self.prev_end(),
                ))
            }
            Err(_) => None,
        };
        self.pos = save;
        result
    }
}
