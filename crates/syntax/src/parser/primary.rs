//! Primaries and atoms: attribute access, calls, subscripts and slices, names,
//! literals and displays with their comprehensions. Counterpart of the `primary`,
//! `atom`, `slices` and comprehension rules of `python.gram`.

use super::{PResult, Parser};
use crate::ast::{Comprehension, Constant, Expr, ExprContext, ExprKind, Keyword};
use crate::source::Pos;
use crate::token::{Op, TokenKind};

impl Parser<'_> {
    /// primary: atom ('.' NAME | genexp | '(' [arguments] ')' | '[' slices ']')*
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.atom()?;
        let mut links = 0;
        while let TokenKind::Op(op) = self.kind() {
            e = match op {
                Op::Dot => {
                    self.advance();
                    let attr = self.name()?;
                    self.node(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        start,
                    )
                }
                Op::LPar => {
                    self.advance();
                    let (args, keywords) = self.call_arguments()?;
                    self.node(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        start,
                    )
                }
                Op::LSqb => {
                    self.advance();
                    let slice = Box::new(self.slices()?);
                    self.expect_op(Op::RSqb)?;
                    self.node(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice,
                            ctx: ExprContext::Load,
                        },
                        start,
                    )
                }
                _ => break,
            };
            links += 1;
            self.check_links(&e, links)?;
        }
        self.check_chain(&e, links)?;
        Ok(e)
    }

    /// The arguments of a call after its '(' up to and including the ')'.
    /// A lone generator expression gets the call's parentheses, as in CPython.
    pub(super) fn call_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.tokens[self.pos - 1].start;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kwargs = false;
        while !self.at_op(Op::RPar) {
            let start = self.start();
            if self.eat_op(Op::DoubleStar) {
                let value = self.expression()?;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span: self.span_from(start),
                });
                seen_kwargs = true;
            } else if self.at_name() && self.peek_tok(1).is_op(Op::Equal) {
                keywords.push(self.keyword_argument()?);
            } else if self.at_op(Op::Star) {
                if seen_kwargs {
                    let t = self.tok();
                    return Err(self.error_span(
                        "iterable argument unpacking follows keyword argument unpacking",
                        t.start,
                        t.end,
                    ));
                }
                // A call's `*` takes a whole expression (`f(*a or b)`), not only a
                // bitwise-or operand as in other starred positions.
                self.advance();
                let value = Box::new(self.expression()?);
                args.push(Expr {
                    kind: ExprKind::Starred {
                        value,
                        ctx: ExprContext::Load,
                    },
                    span: self.span_from(start),
                });
            } else {
                let arg = self.positional_argument(open, args.is_empty() && keywords.is_empty())?;
                if let Some(last) = keywords.last() {
                    let msg = if seen_kwargs && last.arg.is_none() {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    let _ = arg;
                    return Err(self.error_here(msg));
                }
                let lone_genexp =
                    matches!(arg.kind, ExprKind::GeneratorExp { .. }) && self.at_op(Op::RPar);
                args.push(arg);
                if lone_genexp {
                    break;
                }
            }
            if !self.eat_op(Op::Comma) {
                if self.at_op(Op::RPar) {
                    break;
                }
                return Err(self.after_element(args.last().or(keywords.last().map(|k| &k.value))));
            }
        }
        self.expect_op(Op::RPar)?;
        Ok((args, keywords))
    }

    /// The error for a token after an element of a bracketed list.
    #[cold]
    pub(super) fn after_element(&mut self, last: Option<&Expr>) -> crate::SyntaxError {
        last.and_then(|e| self.maybe_forgot_comma(e))
            .unwrap_or_else(|| self.unexpected())
    }

    /// kwarg: NAME '=' expression
    fn keyword_argument(&mut self) -> PResult<Keyword> {
        let start = self.start();
        let name = self.name()?;
        let equal_end = self.tok().end;
        self.advance();
        let value = self.expression()?;
        if self.at_kw("for") {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Err(self.error_span(msg, start, equal_end));
        }
        Ok(Keyword {
            arg: Some(name),
            value,
            span: self.span_from(start),
        })
    }

    /// A positional argument: a named expression or a generator expression. `sole`
    /// says whether it is the first argument, the one a bare genexp may be.
    fn positional_argument(&mut self, open: Pos, sole: bool) -> PResult<Expr> {
        if let TokenKind::Name(n) = self.kind()
            && matches!(n.as_str(), "True" | "False" | "None")
            && self.peek_tok(1).is_op(Op::Equal)
        {
            let t = self.tok().clone();
            let equal_end = self.peek_tok(1).end;
            return Err(self.error_span(
                &format!("cannot assign to {}", name_of(&t.kind)),
                t.start,
                equal_end,
            ));
        }
        let start = self.start();
        let elt = self.named_expression()?;
        if !self.at_comprehension() {
            return Ok(elt);
        }
        let generators = self.comprehension_clauses()?;
        let sole = sole && self.at_op(Op::RPar);
        if !sole {
            return Err(self.error_span(
                "Generator expression must be parenthesized",
                start,
                self.prev_end(),
            ));
        }
        let end = self.tok().end;
        let span = self.span(open, end);
        Ok(Expr {
            kind: ExprKind::GeneratorExp {
                elt: Box::new(elt),
                generators,
            },
            span,
        })
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.slice_item()?;
        if !self.at_op(Op::Comma) && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::RSqb) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(self.node(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression
    fn slice_item(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        let start = self.start();
        let lower = if self.at_op(Op::Colon) {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.at_op(Op::Colon) {
            return lower.ok_or_else(|| self.unexpected());
        }
        if let Some(e) = &lower
            && matches!(e.kind, ExprKind::NamedExpr { .. })
        {
            return Err(self.unexpected());
        }
        self.advance();
        let bound = |p: &mut Self| -> PResult<Option<Box<Expr>>> {
            let stop = p.at_op(Op::Colon) || p.at_op(Op::Comma) || p.at_op(Op::RSqb);
            if stop {
                Ok(None)
            } else {
                Ok(Some(Box::new(p.expression()?)))
            }
        };
        let upper = bound(self)?;
        let step = if self.eat_op(Op::Colon) {
            bound(self)?
        } else {
            None
        };
        Ok(self.node(
            ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
            start,
        ))
    }

    /// atom: NAME | True | False | None | strings | NUMBER | tuple | group | genexp |
    /// list | listcomp | dict | set | dictcomp | setcomp | '...'
    fn atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        let kind = match self.kind() {
            TokenKind::Name(n) => {
                let value = match n.as_str() {
                    "True" => Constant::Bool(true),
                    "False" => Constant::Bool(false),
                    "None" => Constant::None,
                    _ => {
                        let id = self.name()?;
                        return Ok(self.node(
                            ExprKind::Name {
                                id,
                                ctx: ExprContext::Load,
                            },
                            start,
                        ));
                    }
                };
                self.advance();
                return Ok(self.node(ExprKind::Constant { value, kind: None }, start));
            }
            TokenKind::Int(i) => ExprKind::Constant {
                value: Constant::Int(i.clone()),
                kind: None,
            },
            TokenKind::Float(f) => ExprKind::Constant {
                value: Constant::Float(*f),
                kind: None,
            },
            TokenKind::Imag(f) => ExprKind::Constant {
                value: Constant::Complex {
                    real: 0.0,
                    imag: *f,
                },
                kind: None,
            },
            TokenKind::Str(_) => return self.strings(),
            TokenKind::Op(Op::Ellipsis) => ExprKind::Constant {
                value: Constant::Ellipsis,
                kind: None,
            },
            TokenKind::Op(Op::LPar) => return self.paren_atom(),
            TokenKind::Op(Op::LSqb) => return self.list_atom(),
            TokenKind::Op(Op::LBrace) => return self.brace_atom(),
            _ => return Err(self.unexpected()),
        };
        self.advance();
        Ok(self.node(kind, start))
    }

    /// tuple | group | genexp, after checking the '('.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_op(Op::RPar) {
            return Ok(self.node(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        self.paren_body(start)
    }

    fn paren_body(&mut self, start: Pos) -> PResult<Expr> {
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            self.expect_op(Op::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RPar)?;
            return Ok(self.node(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                start,
            ));
        }
        if self.eat_op(Op::RPar) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_node("cannot use starred expression here", first.span));
            }
            return Ok(first);
        }
        let elts = self.element_list(first, Op::RPar)?;
        Ok(self.node(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// The rest of a comma-separated display after its first element, through `close`.
    fn element_list(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        loop {
            if self.eat_op(close) {
                return Ok(elts);
            }
            if !self.eat_op(Op::Comma) {
                return Err(self.after_element(elts.last()));
            }
            if self.eat_op(close) {
                return Ok(elts);
            }
            elts.push(self.star_named_expression()?);
        }
    }

    /// list | listcomp
    fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_op(Op::RSqb) {
            return Ok(self.node(
                ExprKind::List {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        self.list_body(start)
    }

    fn list_body(&mut self, start: Pos) -> PResult<Expr> {
        let first = self.star_named_expression()?;
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RSqb)?;
            return Ok(self.node(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                start,
            ));
        }
        let elts = self.element_list(first, Op::RSqb)?;
        Ok(self.node(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// dict | set | dictcomp | setcomp
    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.advance();
        if self.eat_op(Op::RBrace) {
            return Ok(self.node(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                start,
            ));
        }
        if self.at_op(Op::DoubleStar) {
            self.dict_body(start, None)
        } else {
            self.brace_body(start)
        }
    }

    fn brace_body(&mut self, start: Pos) -> PResult<Expr> {
        let first = self.star_named_expression()?;
        if self.at_op(Op::Colon) && !matches!(first.kind, ExprKind::Starred { .. }) {
            return self.dict_body(start, Some(first));
        }
        if self.at_comprehension() {
            let generators = self.comprehension_clauses()?;
            self.expect_op(Op::RBrace)?;
            return Ok(self.node(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                start,
            ));
        }
        let elts = self.element_list(first, Op::RBrace)?;
        Ok(self.node(ExprKind::Set(elts), start))
    }

    /// The entries of a dict display (or a dict comprehension); `first_key` is the
    /// key already parsed, its ':' not yet taken.
    fn dict_body(&mut self, start: Pos, first_key: Option<Expr>) -> PResult<Expr> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut key = first_key;
        loop {
            match key.take() {
                Some(k) => {
                    self.expect_op(Op::Colon)?;
                    let v = self.expression()?;
                    if keys.is_empty() && self.at_comprehension() {
                        let generators = self.comprehension_clauses()?;
                        self.expect_op(Op::RBrace)?;
                        return Ok(self.node(
                            ExprKind::DictComp {
                                key: Box::new(k),
                                value: Box::new(v),
                                generators,
                            },
                            start,
                        ));
                    }
                    keys.push(Some(k));
                    values.push(v);
                }
                None => {
                    self.expect_op(Op::DoubleStar)?;
                    keys.push(None);
                    values.push(self.bitwise_or()?);
                }
            }
            if self.eat_op(Op::RBrace) {
                break;
            }
            if !self.eat_op(Op::Comma) {
                return Err(self.after_element(values.last()));
            }
            if self.eat_op(Op::RBrace) {
                break;
            }
            if !self.at_op(Op::DoubleStar) {
                let k = self.expression()?;
                if !self.at_op(Op::Colon) {
                    return Err(self.missing_dict_colon(&k));
                }
                key = Some(k);
            }
        }
        Ok(self.node(ExprKind::Dict { keys, values }, start))
    }

    #[cold]
    fn missing_dict_colon(&self, key: &Expr) -> crate::SyntaxError {
        if self.at_op(Op::Comma) || self.at_op(Op::RBrace) {
            let (start, _) = self.unshift(key.span);
            let mut e = self.error_span("':' expected after dictionary key", start, start);
            e.end_offset = 0;
            return e;
        }
        self.unexpected()
    }

    /// Whether a comprehension clause (`for` or `async for`) starts here.
    fn at_comprehension(&self) -> bool {
        self.at_kw("for") || (self.at_kw("async") && self.peek_tok(1).is_name("for"))
    }

    /// for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    pub(super) fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        loop {
            let is_async = self.at_kw("async") && self.peek_tok(1).is_name("for");
            if is_async {
                self.advance();
            }
            if !self.eat_kw("for") {
                return Ok(generators);
            }
            let target = self.star_targets()?;
            self.expect_kw("in")?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
    }
}

fn name_of(kind: &TokenKind) -> &str {
    match kind {
        TokenKind::Name(n) => n,
        _ => "",
    }
}
