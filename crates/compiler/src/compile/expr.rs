//! Expressions: operators, comparisons, conditionals and jumps on conditions, attributes,
//! subscripts, f-strings, `yield` and `await`. Counterpart of `compiler_visit_expr1`,
//! `compiler_jump_if`, `compiler_boolop` and `compiler_compare` in CPython 3.10's
//! `Python/compile.c`.

use gilpy_bytecode::{Constant, Opcode};
use gilpy_syntax::ast::*;

use super::{CResult, Compiler, UnitKind, to_constant};
use crate::symtable::BlockType;

impl<'a> Compiler<'a> {
    /// Compile `e` with the location set to it, restoring the location afterwards.
    pub(super) fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.unit().loc;
        self.set_loc(e.span);
        let result = self.visit_expr_kind(e);
        self.u().loc = saved;
        result
    }

    fn visit_expr_kind(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.addop(Opcode::DUP_TOP);
                self.visit_expr(target)
            }
            ExprKind::BoolOp { op, values } => self.boolop(*op, values),
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.addop(binary_op(*op));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                self.addop(match op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => self.ifexp(test, body, orelse),
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set(elts) => self.starunpack(elts, 0, Collection::Set),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e),
            ExprKind::Yield(value) => {
                if self.ste().kind != BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_none(),
                }
                self.addop(Opcode::YIELD_VALUE);
                Ok(())
            }
            ExprKind::YieldFrom(value) => {
                if self.ste().kind != BlockType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if self.unit().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(value)?;
                self.addop(Opcode::GET_YIELD_FROM_ITER);
                self.load_none();
                self.addop(Opcode::YIELD_FROM);
                Ok(())
            }
            ExprKind::Await(value) => {
                if self.ste().kind != BlockType::Function {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(
                    self.unit().kind,
                    UnitKind::AsyncFunction | UnitKind::Comprehension
                ) {
                    return Err(self.error("'await' outside async function"));
                }
                self.visit_expr(value)?;
                self.await_tos();
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref()),
            ExprKind::JoinedStr(values) => self.joined_str(values),
            ExprKind::Constant { value, .. } => {
                self.load_const(to_constant(value));
                Ok(())
            }
            ExprKind::Attribute { value, attr, ctx } => self.attribute(e, value, attr, *ctx),
            ExprKind::Subscript { value, slice, ctx } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.addop(match ctx {
                    ExprContext::Load => Opcode::BINARY_SUBSCR,
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                });
                Ok(())
            }
            ExprKind::Starred { ctx, .. } => Err(self.error(if *ctx == ExprContext::Store {
                "starred assignment target must be in a list or tuple"
            } else {
                "can't use starred expression here"
            })),
            ExprKind::Slice { lower, upper, step } => {
                self.slice(lower.as_deref(), upper.as_deref(), step.as_deref())
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx),
            ExprKind::List { elts, ctx } => self.sequence(elts, *ctx, Collection::List),
            ExprKind::Tuple { elts, ctx } => self.sequence(elts, *ctx, Collection::Tuple),
        }
    }

    fn attribute(&mut self, e: &'a Expr, value: &'a Expr, attr: &str, ctx: ExprContext) -> CResult {
        self.visit_expr(value)?;
        match ctx {
            ExprContext::Load => {
                self.with_line(e.span.end_lineno, |c| c.addop_name(Opcode::LOAD_ATTR, attr));
            }
            ExprContext::Store => {
                self.check_forbidden(attr, ctx)?;
                self.with_line(e.span.end_lineno, |c| {
                    c.addop_name(Opcode::STORE_ATTR, attr)
                });
            }
            ExprContext::Del => self.addop_name(Opcode::DELETE_ATTR, attr),
        }
        Ok(())
    }

    fn slice(
        &mut self,
        lower: Option<&'a Expr>,
        upper: Option<&'a Expr>,
        step: Option<&'a Expr>,
    ) -> CResult {
        for part in [lower, upper] {
            match part {
                Some(p) => self.visit_expr(p)?,
                None => self.load_none(),
            }
        }
        let mut n = 2;
        if let Some(s) = step {
            n += 1;
            self.visit_expr(s)?;
        }
        self.addop_i(Opcode::BUILD_SLICE, n);
        Ok(())
    }

    /// Compile an iterable where a literal set of constants may become a frozenset and a
    /// list a tuple (the part of CPython's `fold_iter` the AST cannot express).
    pub(super) fn visit_iterable(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::Set(elts) = &e.kind
            && let Some(set) = frozenset_of(elts)
        {
            let saved = self.unit().loc;
            self.set_loc(e.span);
            self.load_const(set);
            self.u().loc = saved;
            return Ok(());
        }
        self.visit_expr(e)
    }

    fn boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let jump = match op {
            BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
            BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
        };
        let end = self.new_block();
        let Some((last, init)) = values.split_last() else {
            return Ok(());
        };
        for v in init {
            self.visit_expr(v)?;
            self.addop_j(jump, end);
            self.next_block();
        }
        self.visit_expr(last)?;
        self.use_next_block(end);
        Ok(())
    }

    fn ifexp(&mut self, test: &'a Expr, body: &'a Expr, orelse: &'a Expr) -> CResult {
        let end = self.new_block();
        let next = self.new_block();
        self.jump_if(test, next, false)?;
        self.visit_expr(body)?;
        self.addop_j_noline(Opcode::JUMP_FORWARD, end);
        self.use_next_block(next);
        self.visit_expr(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn addcompare(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Lt => (Opcode::COMPARE_OP, 0),
            CmpOp::LtE => (Opcode::COMPARE_OP, 1),
            CmpOp::Eq => (Opcode::COMPARE_OP, 2),
            CmpOp::NotEq => (Opcode::COMPARE_OP, 3),
            CmpOp::Gt => (Opcode::COMPARE_OP, 4),
            CmpOp::GtE => (Opcode::COMPARE_OP, 5),
            CmpOp::Is => (Opcode::IS_OP, 0),
            CmpOp::IsNot => (Opcode::IS_OP, 1),
            CmpOp::In => (Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.addop_i(opcode, arg);
    }

    /// The last comparator of `x in {...}` may be a folded frozenset.
    fn visit_comparator(&mut self, op: CmpOp, e: &'a Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.visit_iterable(e)
        } else {
            self.visit_expr(e)
        }
    }

    fn compare(&mut self, left: &'a Expr, ops: &'a [CmpOp], comparators: &'a [Expr]) -> CResult {
        self.visit_expr(left)?;
        let (Some((&last_op, init_ops)), Some((last, init))) =
            (ops.split_last(), comparators.split_last())
        else {
            return Ok(());
        };
        if init.is_empty() {
            self.visit_comparator(last_op, last)?;
            self.addcompare(last_op);
            return Ok(());
        }
        let cleanup = self.new_block();
        for (op, e) in init_ops.iter().zip(init) {
            self.visit_expr(e)?;
            self.addop(Opcode::DUP_TOP);
            self.addop(Opcode::ROT_THREE);
            self.addcompare(*op);
            self.addop_j(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
            self.next_block();
        }
        self.visit_comparator(last_op, last)?;
        self.addcompare(last_op);
        let end = self.new_block();
        self.addop_j_noline(Opcode::JUMP_FORWARD, end);
        self.use_next_block(cleanup);
        self.addop(Opcode::ROT_TWO);
        self.addop(Opcode::POP_TOP);
        self.use_next_block(end);
        Ok(())
    }

    /// Jump to `next` if `e` is true (`cond`) or false, without building booleans where
    /// the shape of `e` allows (`compiler_jump_if`).
    pub(super) fn jump_if(&mut self, e: &'a Expr, next: usize, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => {
                return self.jump_if(operand, next, !cond);
            }
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                if let Some((last, init)) = values.split_last() {
                    for v in init {
                        self.jump_if(v, next2, cond2)?;
                    }
                    self.jump_if(last, next, cond)?;
                }
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.addop_j_noline(Opcode::JUMP_FORWARD, end);
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                // 3.10 moves the location to the comparison for the rest of the statement.
                self.set_loc(e.span);
                if ops.len() > 1 {
                    return self.jump_if_chain(left, ops, comparators, next, cond);
                }
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let op = if cond {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        self.addop_j(op, next);
        self.next_block();
        Ok(())
    }

    fn jump_if_chain(
        &mut self,
        left: &'a Expr,
        ops: &'a [CmpOp],
        comparators: &'a [Expr],
        next: usize,
        cond: bool,
    ) -> CResult {
        let cleanup = self.new_block();
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        for (op, e) in ops[..n].iter().zip(&comparators[..n]) {
            self.visit_expr(e)?;
            self.addop(Opcode::DUP_TOP);
            self.addop(Opcode::ROT_THREE);
            self.addcompare(*op);
            self.addop_j(Opcode::POP_JUMP_IF_FALSE, cleanup);
            self.next_block();
        }
        self.visit_comparator(ops[n], &comparators[n])?;
        self.addcompare(ops[n]);
        let op = if cond {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        self.addop_j(op, next);
        self.next_block();
        let end = self.new_block();
        self.addop_j_noline(Opcode::JUMP_FORWARD, end);
        self.use_next_block(cleanup);
        self.addop(Opcode::POP_TOP);
        if !cond {
            self.addop_j_noline(Opcode::JUMP_FORWARD, next);
        }
        self.use_next_block(end);
        Ok(())
    }

    fn formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: i32,
        spec: Option<&'a Expr>,
    ) -> CResult {
        self.visit_expr(value)?;
        let mut oparg = match u8::try_from(conversion) {
            Ok(b's') => 1,
            Ok(b'r') => 2,
            Ok(b'a') => 3,
            _ => 0,
        };
        if let Some(s) = spec {
            self.visit_expr(s)?;
            oparg |= 4;
        }
        self.addop_i(Opcode::FORMAT_VALUE, oparg);
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [Expr]) -> CResult {
        if values.len() > super::STACK_USE_GUIDELINE {
            self.load_const(Constant::Str(String::new()));
            self.addop_name_raw(Opcode::LOAD_METHOD, "join");
            self.addop_i(Opcode::BUILD_LIST, 0);
            for v in values {
                self.visit_expr(v)?;
                self.addop_i(Opcode::LIST_APPEND, 1);
            }
            self.addop_i(Opcode::CALL_METHOD, 1);
            return Ok(());
        }
        values.iter().try_for_each(|v| self.visit_expr(v))?;
        if values.len() != 1 {
            self.addop_i(Opcode::BUILD_STRING, values.len() as u32);
        }
        Ok(())
    }
}

/// The kinds of display `starunpack` builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Collection {
    List,
    Tuple,
    Set,
}

/// A frozenset constant for a set display of constants, first occurrences kept.
fn frozenset_of(elts: &[Expr]) -> Option<Constant> {
    let mut items: Vec<Constant> = Vec::new();
    for e in elts {
        let ExprKind::Constant { value, .. } = &e.kind else {
            return None;
        };
        let c = to_constant(value);
        if !items.iter().any(|x| python_equal(x, &c)) {
            items.push(c);
        }
    }
    Some(Constant::FrozenSet(items))
}

/// Equality of constants as Python compares them (`1 == 1.0 == True`).
pub(super) fn python_equal(a: &Constant, b: &Constant) -> bool {
    fn as_f64(c: &Constant) -> Option<f64> {
        use num_traits::ToPrimitive;
        match c {
            Constant::Bool(b) => Some(f64::from(u8::from(*b))),
            Constant::Int(i) => i.to_f64(),
            Constant::Float(f) => Some(*f),
            _ => None,
        }
    }
    match (as_f64(a), as_f64(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

pub(super) fn binary_op(op: Operator) -> Opcode {
    match op {
        Operator::Add => Opcode::BINARY_ADD,
        Operator::Sub => Opcode::BINARY_SUBTRACT,
        Operator::Mult => Opcode::BINARY_MULTIPLY,
        Operator::MatMult => Opcode::BINARY_MATRIX_MULTIPLY,
        Operator::Div => Opcode::BINARY_TRUE_DIVIDE,
        Operator::Mod => Opcode::BINARY_MODULO,
        Operator::Pow => Opcode::BINARY_POWER,
        Operator::LShift => Opcode::BINARY_LSHIFT,
        Operator::RShift => Opcode::BINARY_RSHIFT,
        Operator::BitOr => Opcode::BINARY_OR,
        Operator::BitXor => Opcode::BINARY_XOR,
        Operator::BitAnd => Opcode::BINARY_AND,
        Operator::FloorDiv => Opcode::BINARY_FLOOR_DIVIDE,
    }
}
