//! AST-level constant folding done before compilation. Counterpart of CPython 3.10's
//! `Python/ast_opt.c`: `1+2` becomes `3`, `-1` a constant, tuples of constants constant
//! tuples, `x in [1, 2]` tests a tuple, `not a is b` becomes `a is not b`, `__debug__` True.

mod arith;

use gilpy_syntax::ast::*;

/// Fold a module body in place.
pub(crate) fn fold_body(body: &mut [Stmt]) {
    let was_docstring = has_docstring(body);
    body.iter_mut().for_each(fold_stmt);
    if !was_docstring && has_docstring(body) {
        // A folded string (`'a' + 'b'`) must not become a docstring.
        if let Some(Stmt {
            kind: StmtKind::Expr(value),
            span,
        }) = body.first_mut()
        {
            let inner = std::mem::replace(value.as_mut(), placeholder());
            **value = Expr {
                kind: ExprKind::JoinedStr(vec![inner]),
                span: *span,
            };
        }
    }
}

fn placeholder() -> Expr {
    Expr {
        kind: ExprKind::Constant {
            value: Constant::None,
            kind: None,
        },
        span: Span::default(),
    }
}

/// Whether the first statement is a string constant (CPython's `_PyAST_GetDocString`).
pub(crate) fn has_docstring(body: &[Stmt]) -> bool {
    docstring(body).is_some()
}

pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(e) => match &e.kind {
            ExprKind::Constant {
                value: Constant::Str(s),
                ..
            } => Some(s),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn fold_expr(e: &mut Expr) {
    fold_children(e);
    if let ExprKind::UnaryOp {
        op: UnaryOp::Not,
        operand,
    } = &mut e.kind
        && invert_compare(operand)
    {
        // The comparison takes the place of the `not` node, location included.
        *e = std::mem::replace(operand.as_mut(), placeholder());
        return;
    }
    if let Some(kind) = fold_node(e) {
        e.kind = kind;
    }
}

fn fold_exprs(exprs: &mut [Expr]) {
    exprs.iter_mut().for_each(fold_expr);
}

fn fold_opt(e: &mut Option<Box<Expr>>) {
    if let Some(e) = e {
        fold_expr(e);
    }
}

fn fold_children(e: &mut Expr) {
    match &mut e.kind {
        ExprKind::BoolOp { values, .. } => fold_exprs(values),
        ExprKind::NamedExpr { value, .. } => fold_expr(value),
        ExprKind::BinOp { left, right, .. } => {
            fold_expr(left);
            fold_expr(right);
        }
        ExprKind::UnaryOp { operand, .. } => fold_expr(operand),
        ExprKind::Lambda { args, body } => {
            fold_arguments(args);
            fold_expr(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            fold_expr(test);
            fold_expr(body);
            fold_expr(orelse);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter_mut().flatten().for_each(fold_expr);
            fold_exprs(values);
        }
        ExprKind::Set(elts) => fold_exprs(elts),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            fold_expr(elt);
            generators.iter_mut().for_each(fold_comprehension);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            fold_expr(key);
            fold_expr(value);
            generators.iter_mut().for_each(fold_comprehension);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) => fold_expr(v),
        ExprKind::Yield(v) => fold_opt(v),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            fold_expr(left);
            fold_exprs(comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            fold_expr(func);
            fold_exprs(args);
            keywords.iter_mut().for_each(|k| fold_expr(&mut k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            fold_expr(value);
            fold_opt(format_spec);
        }
        ExprKind::JoinedStr(values) => fold_exprs(values),
        ExprKind::Attribute { value, .. } => fold_expr(value),
        ExprKind::Subscript { value, slice, .. } => {
            fold_expr(value);
            fold_expr(slice);
        }
        ExprKind::Starred { value, .. } => fold_expr(value),
        ExprKind::Slice { lower, upper, step } => {
            fold_opt(lower);
            fold_opt(upper);
            fold_opt(step);
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => fold_exprs(elts),
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}

fn constant(kind: Constant) -> ExprKind {
    ExprKind::Constant {
        value: kind,
        kind: None,
    }
}

fn as_const(e: &Expr) -> Option<&Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(value),
        _ => None,
    }
}

/// The folded replacement of a node whose children are already folded.
fn fold_node(e: &mut Expr) -> Option<ExprKind> {
    match &mut e.kind {
        ExprKind::BinOp { left, op, right } => {
            arith::binop(*op, as_const(left)?, as_const(right)?).map(constant)
        }
        ExprKind::UnaryOp { op, operand } => arith::unaryop(*op, as_const(operand)?).map(constant),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => const_tuple(elts).map(constant),
        ExprKind::Subscript {
            value,
            slice,
            ctx: ExprContext::Load,
        } => arith::subscript(as_const(value)?, as_const(slice)?).map(constant),
        ExprKind::Compare {
            ops, comparators, ..
        } => {
            if matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn))
                && let Some(last) = comparators.last_mut()
            {
                fold_iter(last);
            }
            None
        }
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } if id == "__debug__" => Some(constant(Constant::Bool(true))),
        _ => None,
    }
}

/// Turn `not (a is b)` into `a is not b` in place; false where that is not safe.
fn invert_compare(operand: &mut Expr) -> bool {
    let ExprKind::Compare { ops, .. } = &mut operand.kind else {
        return false;
    };
    if ops.len() != 1 {
        return false;
    }
    ops[0] = match ops[0] {
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return false,
    };
    true
}

/// A tuple constant if every element is a constant.
fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    elts.iter()
        .map(|e| as_const(e).cloned())
        .collect::<Option<Vec<_>>>()
        .map(Constant::Tuple)
}

/// An iterated list becomes a tuple, a list or set of constants a constant (CPython's
/// `fold_iter`; a constant set becomes a frozenset, which the AST has no literal for, so
/// gilpy keeps sets as they are and folds them in the compiler).
fn fold_iter(e: &mut Expr) {
    let ExprKind::List { elts, ctx } = &mut e.kind else {
        return;
    };
    if elts
        .iter()
        .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
    {
        return;
    }
    e.kind = match const_tuple(elts) {
        Some(t) => constant(t),
        None => ExprKind::Tuple {
            elts: std::mem::take(elts),
            ctx: *ctx,
        },
    };
}

fn fold_comprehension(c: &mut Comprehension) {
    fold_expr(&mut c.target);
    fold_expr(&mut c.iter);
    fold_iter(&mut c.iter);
    fold_exprs(&mut c.ifs);
}

fn fold_arguments(args: &mut Arguments) {
    let all = args
        .posonlyargs
        .iter_mut()
        .chain(&mut args.args)
        .chain(&mut args.kwonlyargs);
    for a in all.chain(args.vararg.as_mut()).chain(args.kwarg.as_mut()) {
        fold_opt(&mut a.annotation);
    }
    fold_exprs(&mut args.defaults);
    args.kw_defaults.iter_mut().flatten().for_each(fold_expr);
}

fn fold_stmt(s: &mut Stmt) {
    match &mut s.kind {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
            fold_arguments(&mut f.args);
            fold_body(&mut f.body);
            fold_exprs(&mut f.decorator_list);
            fold_opt(&mut f.returns);
        }
        StmtKind::ClassDef(c) => {
            fold_exprs(&mut c.bases);
            c.keywords.iter_mut().for_each(|k| fold_expr(&mut k.value));
            fold_body(&mut c.body);
            fold_exprs(&mut c.decorator_list);
        }
        StmtKind::Return(v) => fold_opt(v),
        StmtKind::Delete(targets) => fold_exprs(targets),
        StmtKind::Assign { targets, value } => {
            fold_exprs(targets);
            fold_expr(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            fold_expr(target);
            fold_expr(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            fold_expr(target);
            fold_expr(annotation);
            fold_opt(value);
        }
        StmtKind::For(f) | StmtKind::AsyncFor(f) => {
            fold_expr(&mut f.target);
            fold_expr(&mut f.iter);
            fold_stmts(&mut f.body);
            fold_stmts(&mut f.orelse);
            fold_iter(&mut f.iter);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            fold_expr(test);
            fold_stmts(body);
            fold_stmts(orelse);
        }
        StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
            for item in items.iter_mut() {
                fold_expr(&mut item.context_expr);
                fold_opt(&mut item.optional_vars);
            }
            fold_stmts(body);
        }
        StmtKind::Match { subject, cases } => {
            fold_expr(subject);
            for case in cases.iter_mut() {
                fold_pattern(&mut case.pattern);
                fold_opt(&mut case.guard);
                fold_stmts(&mut case.body);
            }
        }
        StmtKind::Raise { exc, cause } => {
            fold_opt(exc);
            fold_opt(cause);
        }
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            fold_stmts(&mut t.body);
            for h in t.handlers.iter_mut() {
                fold_opt(&mut h.type_);
                fold_stmts(&mut h.body);
            }
            fold_stmts(&mut t.orelse);
            fold_stmts(&mut t.finalbody);
        }
        StmtKind::Assert { test, msg } => {
            fold_expr(test);
            fold_opt(msg);
        }
        StmtKind::Expr(e) => fold_expr(e),
        StmtKind::Import(_)
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn fold_stmts(body: &mut [Stmt]) {
    body.iter_mut().for_each(fold_stmt);
}

fn fold_pattern(p: &mut Pattern) {
    match &mut p.kind {
        PatternKind::MatchValue(v) => fold_expr(v),
        PatternKind::MatchSingleton(_) | PatternKind::MatchStar(_) => {}
        PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => {
            ps.iter_mut().for_each(fold_pattern)
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            fold_exprs(keys);
            patterns.iter_mut().for_each(fold_pattern);
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            fold_expr(cls);
            patterns
                .iter_mut()
                .chain(kwd_patterns.iter_mut())
                .for_each(fold_pattern);
        }
        PatternKind::MatchAs { pattern, .. } => {
            if let Some(q) = pattern {
                fold_pattern(q);
            }
        }
    }
}
