//! Bounds on the depth of the trees the parser builds. Left-associative chains
//! (`a+b+c...`, `a.b.c...`, `f()()...`) grow a tree deeper than the parser's own
//! recursion; past `MAX_TREE_DEPTH` the input is rejected, so that no later walk of
//! the tree (including dropping it) can overflow the stack.

use super::{PResult, Parser};
use crate::ast::{Expr, ExprKind};

/// Deepest expression tree accepted.
pub(crate) const MAX_TREE_DEPTH: usize = 1000;
/// Shorter chains cannot add enough depth to matter; they are not measured.
const MEASURE_FROM_LINKS: usize = 16;

impl Parser<'_> {
    /// Rejects a chain as soon as its length alone makes it too deep.
    pub(super) fn check_links(&self, e: &Expr, links: usize) -> PResult<()> {
        if links > MAX_TREE_DEPTH {
            let (start, end) = self.unshift(e.span);
            return Err(self.error_span("too complex", start, end));
        }
        Ok(())
    }

    /// Rejects `e`, the result of a chain of `links` operations, when it is too deep.
    pub(super) fn check_chain(&self, e: &Expr, links: usize) -> PResult<()> {
        if links >= MEASURE_FROM_LINKS && expr_depth(e) > MAX_TREE_DEPTH {
            let (start, end) = self.unshift(e.span);
            return Err(self.error_span("too complex", start, end));
        }
        Ok(())
    }
}

/// The depth of an expression tree, measured without recursion.
pub(crate) fn expr_depth(root: &Expr) -> usize {
    let mut max = 0;
    let mut stack = vec![(root, 1)];
    while let Some((e, d)) = stack.pop() {
        max = max.max(d);
        for_each_child(e, &mut |c| stack.push((c, d + 1)));
    }
    max
}

/// Calls `f` on each direct sub-expression of `e`.
pub(crate) fn for_each_child<'e>(e: &'e Expr, f: &mut impl FnMut(&'e Expr)) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => [target, value].into_iter().for_each(|x| f(x)),
        ExprKind::BinOp { left, right, .. } => [left, right].into_iter().for_each(|x| f(x)),
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            args.defaults.iter().for_each(&mut *f);
            args.kw_defaults.iter().flatten().for_each(&mut *f);
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            [test, body, orelse].into_iter().for_each(|x| f(x))
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(&mut *f);
            values.iter().for_each(f);
        }
        ExprKind::Set(elts)
        | ExprKind::JoinedStr(elts)
        | ExprKind::List { elts, .. }
        | ExprKind::Tuple { elts, .. } => elts.iter().for_each(f),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            for g in generators {
                f(&g.target);
                f(&g.iter);
                g.ifs.iter().for_each(&mut *f);
            }
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => f(v),
        ExprKind::Yield(v) => v.iter().for_each(|x| f(x)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            format_spec.iter().for_each(|x| f(x));
        }
        ExprKind::Attribute { value, .. }
        | ExprKind::Subscript { value, .. }
        | ExprKind::Starred { value, .. } => {
            f(value);
            if let ExprKind::Subscript { slice, .. } = &e.kind {
                f(slice);
            }
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
            .into_iter()
            .flatten()
            .for_each(|x| f(x)),
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}
