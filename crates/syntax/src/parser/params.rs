//! Parameter lists of `def` and `lambda`. Counterpart of the `parameters` and
//! `lambda_parameters` rules of `python.gram` and their `invalid_*` messages.

use super::{PResult, Parser};
use crate::ast::{Arg, Arguments, Expr, ExprContext, ExprKind};
use crate::source::Pos;
use crate::token::{Op, TokenKind};

impl Parser<'_> {
    /// Parameters up to (not including) `close`; `annotated` allows `: annotation`.
    pub(super) fn params(&mut self, close: Op, annotated: bool) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut star: Option<Pos> = None;
        while !self.at_op(close) {
            let t = self.tok().clone();
            if self.eat_op(Op::Slash) {
                let msg = if seen_slash {
                    Some("/ may appear only once")
                } else if star.is_some() {
                    Some("/ must be ahead of *")
                } else if a.args.is_empty() {
                    Some("at least one argument must precede /")
                } else {
                    None
                };
                if let Some(msg) = msg {
                    return Err(self.error_span(msg, t.start, t.end));
                }
                seen_slash = true;
                a.posonlyargs.append(&mut a.args);
            } else if self.eat_op(Op::Star) {
                if star.is_some() {
                    return Err(self.error_span("* argument may appear only once", t.start, t.end));
                }
                star = Some(t.start);
                if !self.at_op(Op::Comma) && !self.at_op(close) {
                    a.vararg = Some(self.param(annotated, true)?);
                    self.no_default("var-positional argument cannot have default value")?;
                } else if self.at_op(close) || self.peek_tok(1).is_op(close) {
                    return Err(self.error_span(
                        "named arguments must follow bare *",
                        t.start,
                        t.end,
                    ));
                }
            } else if self.eat_op(Op::DoubleStar) {
                a.kwarg = Some(self.param(annotated, false)?);
                self.no_default("var-keyword argument cannot have default value")?;
                self.eat_op(Op::Comma);
                if !self.at_op(close) {
                    let t = self.tok();
                    if self.at_name()
                        || self.at_op(Op::Star)
                        || self.at_op(Op::DoubleStar)
                        || self.at_op(Op::Slash)
                    {
                        return Err(self.error_span(
                            "arguments cannot follow var-keyword argument",
                            t.start,
                            t.end,
                        ));
                    }
                    return Err(self.unexpected());
                }
                break;
            } else {
                self.plain_param(&mut a, star.is_some(), annotated)?;
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        if !self.at_op(close) {
            return Err(self.unexpected());
        }
        Ok(a)
    }

    fn no_default(&mut self, msg: &str) -> PResult<()> {
        if self.at_op(Op::Equal) {
            let t = self.tok();
            return Err(self.error_span(msg, t.start, t.end));
        }
        Ok(())
    }

    /// A named parameter with an optional default, positional or keyword-only.
    fn plain_param(&mut self, a: &mut Arguments, kwonly: bool, annotated: bool) -> PResult<()> {
        let arg = self.param(annotated, false)?;
        let default = if self.eat_op(Op::Equal) {
            Some(self.expression()?)
        } else {
            None
        };
        if kwonly {
            a.kwonlyargs.push(arg);
            a.kw_defaults.push(default);
            return Ok(());
        }
        match default {
            Some(d) => a.defaults.push(d),
            None if !a.defaults.is_empty() => {
                let (start, end) = self.unshift(arg.span);
                return Err(self.error_span(
                    "non-default argument follows default argument",
                    start,
                    end,
                ));
            }
            None => {}
        }
        a.args.push(arg);
        Ok(())
    }

    /// param: NAME [':' expression]; `starred` allows `*args: *Ts` (PEP 646).
    fn param(&mut self, annotated: bool, starred: bool) -> PResult<Arg> {
        let start = self.start();
        if !self.at_name() && !matches!(self.kind(), TokenKind::Name(_)) {
            return Err(self.unexpected());
        }
        let arg = self.name()?;
        let annotation = if annotated && self.eat_op(Op::Colon) {
            let ann = if starred && self.at_op(Op::Star) {
                let s = self.start();
                self.advance();
                let value = Box::new(self.expression()?);
                Expr {
                    kind: ExprKind::Starred {
                        value,
                        ctx: ExprContext::Load,
                    },
                    span: self.span_from(s),
                }
            } else {
                self.expression()?
            };
            Some(Box::new(ann))
        } else {
            None
        };
        Ok(Arg {
            arg,
            annotation,
            span: self.span_from(start),
        })
    }
}
