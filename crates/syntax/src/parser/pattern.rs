//! The `match` statement and its patterns. Counterpart of the `match_stmt` and
//! pattern rules of `python.gram`.

use super::{PResult, Parser};
use crate::SyntaxErrorKind;
use crate::ast::{
    Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};
use crate::source::Pos;
use crate::token::{Op, TokenKind};

impl Parser<'_> {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT.
    /// None (with nothing consumed) when `match` starts some other statement.
    pub(super) fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        let start = self.start();
        let save = self.pos;
        self.advance();
        let subject = match self.subject_expr() {
            Ok(s) if self.at_op(Op::Colon) => s,
            _ => {
                self.pos = save;
                return Ok(None);
            }
        };
        self.advance();
        if !matches!(self.kind(), TokenKind::Newline) {
            return Err(self.unexpected());
        }
        self.advance();
        if !matches!(self.kind(), TokenKind::Indent) {
            let msg = format!(
                "expected an indented block after 'match' statement on line {}",
                start.line
            );
            let t = self.tok();
            return Err(self.error(SyntaxErrorKind::IndentationError, &msg, t.start, t.end));
        }
        self.advance();
        let mut cases = Vec::new();
        while !matches!(self.kind(), TokenKind::Dedent | TokenKind::EndMarker) {
            if !self.at_kw("case") {
                return Err(self.unexpected());
            }
            cases.push(self.case_block()?);
        }
        self.advance();
        let mut span = self.span_from(start);
        if let Some(last) = cases.last().and_then(|c| c.body.last()) {
            (span.end_lineno, span.end_col) = (last.span.end_lineno, last.span.end_col);
        }
        Ok(Some(Stmt {
            kind: StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            span,
        }))
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_named_expression()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.unexpected());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(self.node(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// case_block: "case" patterns guard? ':' block
    fn case_block(&mut self) -> PResult<MatchCase> {
        let line = self.start().line;
        self.advance();
        let pattern = self.patterns()?;
        let guard = if self.eat_kw("if") {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("'case' statement", line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    fn pattern_node(&self, kind: PatternKind, start: Pos) -> Pattern {
        Pattern {
            kind,
            span: self.span_from(start),
        }
    }

    /// patterns: open_sequence_pattern | pattern
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at_op(Op::Comma) {
            if matches!(first.kind, PatternKind::MatchStar(_)) {
                return Ok(self.pattern_node(PatternKind::MatchSequence(vec![first]), start));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) || self.at_kw("if") {
                break;
            }
            items.push(self.maybe_star_pattern()?);
        }
        Ok(self.pattern_node(PatternKind::MatchSequence(items), start))
    }

    /// maybe_star_pattern: star_pattern | pattern
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if !self.at_op(Op::Star) {
            return self.pattern();
        }
        let start = self.start();
        self.advance();
        let name = self.name()?;
        let name = (name != "_").then_some(name);
        Ok(self.pattern_node(PatternKind::MatchStar(name), start))
    }

    /// pattern: or_pattern ['as' pattern_capture_target]
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let result = self.as_pattern();
        self.leave();
        result
    }

    fn as_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let or = self.or_pattern()?;
        if !self.eat_kw("as") {
            return Ok(or);
        }
        let t = self.tok().clone();
        if t.is_name("_") {
            return Err(self.error_span("cannot use '_' as a target", t.start, t.end));
        }
        if !self.at_name() {
            let e = self.expression()?;
            let (s, end) = self.unshift(e.span);
            return Err(self.error_span("invalid pattern target", s, end));
        }
        let name = self.name()?;
        Ok(self.pattern_node(
            PatternKind::MatchAs {
                pattern: Some(Box::new(or)),
                name: Some(name),
            },
            start,
        ))
    }

    /// or_pattern: '|'.closed_pattern+
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.closed_pattern()?;
        if !self.at_op(Op::VBar) {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.eat_op(Op::VBar) {
            alts.push(self.closed_pattern()?);
        }
        Ok(self.pattern_node(PatternKind::MatchOr(alts), start))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        match self.kind().clone() {
            TokenKind::Name(n) if matches!(n.as_str(), "None" | "True" | "False") => {
                self.advance();
                let value = match n.as_str() {
                    "None" => Constant::None,
                    "True" => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(self.pattern_node(PatternKind::MatchSingleton(value), start))
            }
            TokenKind::Name(_) if self.at_name() => self.name_pattern(),
            TokenKind::Int(_)
            | TokenKind::Float(_)
            | TokenKind::Imag(_)
            | TokenKind::Op(Op::Minus) => {
                let value = self.signed_number_expr()?;
                Ok(self.pattern_node(PatternKind::MatchValue(Box::new(value)), start))
            }
            TokenKind::Str(_) => {
                let value = self.strings()?;
                if matches!(value.kind, ExprKind::JoinedStr(_)) {
                    return Err(self.error_node(
                        "patterns may only match literals and attribute lookups",
                        value.span,
                    ));
                }
                Ok(self.pattern_node(PatternKind::MatchValue(Box::new(value)), start))
            }
            TokenKind::Op(Op::LPar) => self.group_or_sequence_pattern(Op::RPar),
            TokenKind::Op(Op::LSqb) => self.group_or_sequence_pattern(Op::RSqb),
            TokenKind::Op(Op::LBrace) => self.mapping_pattern(),
            _ => Err(self.unexpected()),
        }
    }

    /// signed_number or complex_number: `-1`, `1.5`, `1+2j`, `-1-2j`.
    fn signed_number_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let real = self.signed_number()?;
        let op = match self.kind() {
            TokenKind::Op(Op::Plus) => Operator::Add,
            TokenKind::Op(Op::Minus) => Operator::Sub,
            _ => return Ok(real),
        };
        self.advance();
        let imag_start = self.start();
        let TokenKind::Imag(imag) = *self.kind() else {
            return Err(self.error_here("imaginary number required in complex literal"));
        };
        self.advance();
        let right = self.node(
            ExprKind::Constant {
                value: Constant::Complex { real: 0.0, imag },
                kind: None,
            },
            imag_start,
        );
        Ok(self.node(
            ExprKind::BinOp {
                left: Box::new(real),
                op,
                right: Box::new(right),
            },
            start,
        ))
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let start = self.start();
        let negative = self.eat_op(Op::Minus);
        let num_start = self.start();
        let value = match self.kind() {
            TokenKind::Int(i) => Constant::Int(i.clone()),
            TokenKind::Float(f) => Constant::Float(*f),
            TokenKind::Imag(f) => Constant::Complex {
                real: 0.0,
                imag: *f,
            },
            _ => return Err(self.unexpected()),
        };
        self.advance();
        let num = self.node(ExprKind::Constant { value, kind: None }, num_start);
        if !negative {
            return Ok(num);
        }
        Ok(self.node(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(num),
            },
            start,
        ))
    }

    /// capture_pattern | wildcard_pattern | value_pattern | class_pattern
    fn name_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.name()?;
        let mut e = self.node(
            ExprKind::Name {
                id: first.clone(),
                ctx: ExprContext::Load,
            },
            start,
        );
        let mut dotted = false;
        while self.eat_op(Op::Dot) {
            let attr = self.name()?;
            e = self.node(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
                start,
            );
            dotted = true;
        }
        if self.at_op(Op::LPar) {
            return self.class_pattern(e, start);
        }
        if dotted {
            return Ok(self.pattern_node(PatternKind::MatchValue(Box::new(e)), start));
        }
        let name = (first != "_").then_some(first);
        Ok(self.pattern_node(
            PatternKind::MatchAs {
                pattern: None,
                name,
            },
            start,
        ))
    }

    /// class_pattern: name_or_attr '(' [pattern, ...] [NAME '=' pattern, ...] ')'
    fn class_pattern(&mut self, cls: Expr, start: Pos) -> PResult<Pattern> {
        self.advance();
        let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while !self.at_op(Op::RPar) {
            if self.at_name() && self.peek_tok(1).is_op(Op::Equal) {
                kwd_attrs.push(self.name()?);
                self.advance();
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.error_span(
                        "positional patterns follow keyword patterns",
                        self.unshift(p.span).0,
                        self.unshift(p.span).1,
                    ));
                }
                patterns.push(p);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RPar)?;
        Ok(self.pattern_node(
            PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            start,
        ))
    }

    /// group_pattern | sequence_pattern, after checking the opening bracket.
    fn group_or_sequence_pattern(&mut self, close: Op) -> PResult<Pattern> {
        let start = self.start();
        self.advance();
        let mut items = Vec::new();
        let mut trailing_comma = false;
        while !self.at_op(close) {
            items.push(self.maybe_star_pattern()?);
            trailing_comma = self.eat_op(Op::Comma);
            if !trailing_comma {
                break;
            }
        }
        self.expect_op(close)?;
        let is_group = close == Op::RPar
            && items.len() == 1
            && !trailing_comma
            && !matches!(items[0].kind, PatternKind::MatchStar(_));
        if is_group {
            return Ok(items.remove(0));
        }
        Ok(self.pattern_node(PatternKind::MatchSequence(items), start))
    }

    /// mapping_pattern: '{' [key ':' pattern, ...] ['**' NAME] '}'
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        self.advance();
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.at_op(Op::RBrace) {
            if rest.is_some() {
                return Err(self.unexpected());
            }
            if self.eat_op(Op::DoubleStar) {
                rest = Some(self.name()?);
            } else {
                keys.push(self.mapping_key()?);
                self.expect_op(Op::Colon)?;
                patterns.push(self.pattern()?);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RBrace)?;
        Ok(self.pattern_node(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            start,
        ))
    }

    /// A mapping key: a literal or a dotted name.
    fn mapping_key(&mut self) -> PResult<Expr> {
        let start = self.start();
        match self.kind().clone() {
            TokenKind::Name(n) if matches!(n.as_str(), "None" | "True" | "False") => {
                let value = match n.as_str() {
                    "None" => Constant::None,
                    "True" => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                self.advance();
                Ok(self.node(ExprKind::Constant { value, kind: None }, start))
            }
            TokenKind::Str(_) => self.strings(),
            TokenKind::Name(_) => {
                let id = self.name()?;
                let mut e = self.node(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    start,
                );
                if !self.at_op(Op::Dot) {
                    return Err(self.unexpected());
                }
                while self.eat_op(Op::Dot) {
                    let attr = self.name()?;
                    e = self.node(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        start,
                    );
                }
                Ok(e)
            }
            _ => self.signed_number_expr(),
        }
    }
}
