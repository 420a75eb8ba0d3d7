//! Assignment and deletion targets: setting `ctx` to Store or Del as CPython does,
//! and the "cannot assign to ..." errors. Counterpart of `_PyPegen_set_expr_context`
//! and `_PyPegen_get_invalid_target` in `Parser/pegen.c` / `action_helpers.c`.

use super::{PResult, Parser};
use crate::ast::{Constant, Expr, ExprContext, ExprKind};

/// What CPython calls an expression in its error messages (`_PyPegen_get_expr_name`).
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target, if any.
fn invalid_target(e: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, ctx))
        }
        ExprKind::Starred { value, .. } if ctx == ExprContext::Store => invalid_target(value, ctx),
        _ => Some(e),
    }
}

/// Whether CPython's `invalid_named_expression` would report `e = ...` with its
/// "Maybe you meant '=='" hint: `e` is a `bitwise_or` and not a display or singleton.
fn hint_equality(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => false,
        ExprKind::Constant {
            value: Constant::None | Constant::Bool(_),
            ..
        } => false,
        ExprKind::UnaryOp { op, .. } => *op != crate::ast::UnaryOp::Not,
        ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Yield(_)
        | ExprKind::YieldFrom(_)
        | ExprKind::Starred { .. } => false,
        _ => true,
    }
}

impl Parser<'_> {
    /// Checks that `e` can be assigned to or deleted and sets its context.
    pub(super) fn set_context(&self, e: Expr, ctx: ExprContext) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, ctx) {
            let verb = if ctx == ExprContext::Del {
                "delete"
            } else {
                "assign to"
            };
            let msg = match (&bad.kind, ctx) {
                (ExprKind::Yield(_) | ExprKind::YieldFrom(_), ExprContext::Store) => {
                    "assignment to yield expression not possible".to_string()
                }
                _ => format!("cannot {verb} {}", describe(bad)),
            };
            return Err(self.error_node(&msg, bad.span));
        }
        Ok(with_context(e, ctx))
    }

    /// A target of a plain assignment (`first` is whether it is the only one), with
    /// the "Maybe you meant '=='" variant of the error where CPython gives it.
    pub(super) fn assign_target(&self, e: Expr, only: bool) -> PResult<Expr> {
        if only
            && hint_equality(&e)
            && invalid_target(&e, ExprContext::Store).is_some_and(|bad| std::ptr::eq(bad, &e))
        {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                describe(&e)
            );
            return Err(self.error_node(&msg, e.span));
        }
        self.set_context(e, ExprContext::Store)
    }
}

/// Sets `ctx` on a valid target and, for tuples, lists and starred, on its elements.
fn with_context(mut e: Expr, new: ExprContext) -> Expr {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            let inner = std::mem::replace(value.as_mut(), placeholder());
            **value = with_context(inner, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            let items = std::mem::take(elts);
            *elts = items.into_iter().map(|x| with_context(x, new)).collect();
        }
        _ => {}
    }
    e
}

fn placeholder() -> Expr {
    Expr {
        kind: ExprKind::Constant {
            value: Constant::None,
            kind: None,
        },
        span: Default::default(),
    }
}
