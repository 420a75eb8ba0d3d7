//! `match` statements: each case's pattern is tested against a copy of the subject, with
//! captured values kept on the stack until the whole pattern matched. Counterpart of
//! `compiler_match` and `compiler_pattern_*` in CPython 3.10's `Python/compile.c`
//! (3.10's `MATCH_*` instructions).

use gilpy_bytecode::{Constant, Opcode};
use gilpy_syntax::ast::*;
use num_bigint::BigInt;

use super::{CResult, Compiler, to_constant};
use crate::flowgraph::BlockId;

/// State while compiling one pattern (CPython's `pattern_context`).
#[derive(Clone, Default)]
struct PatternContext {
    /// Names captured so far; their values wait on the stack under `on_top` items.
    stores: Vec<String>,
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and falls into `fail_pop[n - 1]`.
    fail_pop: Vec<BlockId>,
    /// Items above the captured values that a failure must pop.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar(None))
}

fn int_const(n: usize) -> Constant {
    Constant::Int(BigInt::from(n))
}

impl<'a> Compiler<'a> {
    pub(super) fn match_stmt(
        &mut self,
        _s: &'a Stmt,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult {
        self.visit_expr(subject)?;
        let end = self.new_block();
        let n = cases.len();
        let has_default = n > 1 && cases.last().is_some_and(|m| is_wildcard(&m.pattern));
        let tested = n - usize::from(has_default);
        for (i, m) in cases[..tested].iter().enumerate() {
            self.set_loc(m.pattern.span);
            let last = i + 1 == tested;
            if !last {
                self.addop(Opcode::DUP_TOP);
            }
            let mut pc = PatternContext {
                allow_irrefutable: m.guard.is_some() || i + 1 == n,
                ..PatternContext::default()
            };
            self.pattern(&m.pattern, &mut pc)?;
            for name in &pc.stores {
                self.nameop(name, ExprContext::Store)?;
            }
            if let Some(guard) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, pc.fail_pop[0], false)?;
            }
            if !last {
                self.addop(Opcode::POP_TOP);
            }
            self.visit_stmts(&m.body)?;
            self.addop_j(Opcode::JUMP_FORWARD, end);
            self.set_loc(m.pattern.span);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let m = &cases[n - 1];
            self.set_loc(m.pattern.span);
            self.addop(if n == 1 { Opcode::POP_TOP } else { Opcode::NOP });
            if let Some(guard) = &m.guard {
                self.jump_if(guard, end, false)?;
            }
            self.visit_stmts(&m.body)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    /// Jump with `op` to the block that pops what a failure here leaves behind.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.addop_j(op, pc.fail_pop[pops]);
        self.next_block();
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            self.next_block();
            return;
        }
        let blocks = std::mem::take(&mut pc.fail_pop);
        for &b in blocks[1..].iter().rev() {
            self.use_next_block(b);
            self.addop(Opcode::POP_TOP);
        }
        self.use_next_block(blocks[0]);
    }

    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternContext) -> CResult {
        let Some(name) = name else {
            self.addop(Opcode::POP_TOP);
            return Ok(());
        };
        self.check_forbidden(name, ExprContext::Store)?;
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        self.addop_i(Opcode::ROT_N, (pc.on_top + pc.stores.len() + 1) as u32);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.set_loc(p.span);
        match &p.kind {
            PatternKind::MatchValue(value) => {
                if !matches!(
                    value.kind,
                    ExprKind::Constant { .. } | ExprKind::Attribute { .. }
                ) {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.visit_expr(value)?;
                self.addop_i(Opcode::COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                Ok(())
            }
            PatternKind::MatchSingleton(value) => {
                self.load_const(to_constant(value));
                self.addop_i(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                Ok(())
            }
            PatternKind::MatchSequence(patterns) => self.pattern_sequence(patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => self.store_capture(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => {
                self.pattern_as(pattern.as_deref(), name.as_deref(), pc)
            }
            PatternKind::MatchOr(alts) => self.pattern_or(alts, pc),
        }
    }

    /// A pattern nested in another, where irrefutable patterns are fine.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern_as(
        &mut self,
        pattern: Option<&'a Pattern>,
        name: Option<&str>,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(pattern) = pattern else {
            if !pc.allow_irrefutable {
                return Err(self.error(match name {
                    Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                    None => "wildcard makes remaining patterns unreachable".to_string(),
                }));
            }
            return self.store_capture(name, pc);
        };
        pc.on_top += 1;
        self.addop(Opcode::DUP_TOP);
        self.pattern(pattern, pc)?;
        pc.on_top -= 1;
        self.store_capture(name, pc)
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if matches!(q.kind, PatternKind::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        pc.on_top += 1;
        self.addop(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        let length_check = match star {
            None => Some((size, 2)),
            Some(_) if size > 1 => Some((size - 1, 5)),
            Some(_) => None,
        };
        if let Some((len, cmp)) = length_check {
            self.addop(Opcode::GET_LEN);
            self.load_const(int_const(len));
            self.addop_i(Opcode::COMPARE_OP, cmp);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        pc.on_top -= 1;
        match star {
            _ if only_wildcard => {
                self.addop(Opcode::POP_TOP);
                Ok(())
            }
            Some(star) if star_wildcard => self.sequence_subscr(patterns, star, pc),
            _ => self.sequence_unpack(patterns, pc),
        }
    }

    fn sequence_unpack(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let n = patterns.len();
        match patterns
            .iter()
            .position(|q| matches!(q.kind, PatternKind::MatchStar(_)))
        {
            Some(i) => {
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.error("too many expressions in star-unpacking sequence pattern")
                    );
                }
                self.addop_i(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
            }
            None => self.addop_i(Opcode::UNPACK_SEQUENCE, n as u32),
        }
        pc.on_top += n;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    /// Index the subject instead of unpacking it when the star is a wildcard.
    fn sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, q) in patterns.iter().enumerate() {
            if is_wildcard(q) || i == star {
                continue;
            }
            self.addop(Opcode::DUP_TOP);
            if i < star {
                self.load_const(int_const(i));
            } else {
                self.addop(Opcode::GET_LEN);
                self.load_const(int_const(size - i));
                self.addop(Opcode::BINARY_SUBTRACT);
            }
            self.addop(Opcode::BINARY_SUBSCR);
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 1;
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error("keys / patterns length mismatch in mapping pattern"));
        }
        pc.on_top += 1;
        self.addop(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.addop(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.addop(Opcode::GET_LEN);
            self.load_const(int_const(size));
            self.addop_i(Opcode::COMPARE_OP, 5);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            match &key.kind {
                ExprKind::Constant { value, .. } => {
                    let c = to_constant(value);
                    if seen.iter().any(|s| super::expr::python_equal(s, &c)) {
                        let msg = format!(
                            "mapping pattern checks duplicate key ({})",
                            literal_repr(value)
                        );
                        return Err(self.error(msg));
                    }
                    seen.push(c);
                }
                ExprKind::Attribute { .. } => {}
                _ => {
                    return Err(self.error(
                        "mapping pattern keys may only match literals and attribute lookups",
                    ));
                }
            }
            self.visit_expr(key)?;
        }
        self.addop_i(Opcode::BUILD_TUPLE, size as u32);
        self.addop(Opcode::MATCH_KEYS);
        pc.on_top += 2;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        for (i, q) in patterns.iter().enumerate() {
            if is_wildcard(q) {
                continue;
            }
            self.addop(Opcode::DUP_TOP);
            self.load_const(int_const(i));
            self.addop(Opcode::BINARY_SUBSCR);
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 2;
        self.addop(Opcode::POP_TOP);
        match rest {
            Some(name) => {
                self.addop(Opcode::COPY_DICT_WITHOUT_KEYS);
                self.store_capture(Some(name), pc)?;
            }
            None => self.addop(Opcode::POP_TOP),
        }
        pc.on_top -= 1;
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Ident],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        if kwd_attrs.len() != kwd_patterns.len() {
            return Err(self.error("kwd_attrs / kwd_patterns length mismatch in class pattern"));
        }
        if !kwd_attrs.is_empty() {
            for (i, attr) in kwd_attrs.iter().enumerate() {
                self.set_loc(kwd_patterns[i].span);
                self.check_forbidden(attr, ExprContext::Store)?;
                if let Some(j) = kwd_attrs[i + 1..].iter().position(|o| o == attr) {
                    self.set_loc(kwd_patterns[i + 1 + j].span);
                    return Err(
                        self.error(format!("attribute name repeated in class pattern: {attr}"))
                    );
                }
            }
            self.set_loc(p.span);
        }
        self.visit_expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Constant::Str(a.clone())).collect();
        self.load_const(Constant::Tuple(names));
        self.addop_i(Opcode::MATCH_CLASS, patterns.len() as u32);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        for (i, q) in patterns.iter().chain(kwd_patterns).enumerate() {
            if is_wildcard(q) {
                continue;
            }
            self.addop(Opcode::DUP_TOP);
            self.load_const(int_const(i));
            self.addop(Opcode::BINARY_SUBSCR);
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 1;
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult {
        let end = self.new_block();
        let old = pc.clone();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.span);
            *pc = PatternContext {
                allow_irrefutable: i + 1 == alts.len() && old.allow_irrefutable,
                ..PatternContext::default()
            };
            self.addop(Opcode::DUP_TOP);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => self.align_stores(ctl, pc)?,
            }
            self.addop_j(Opcode::JUMP_FORWARD, end);
            self.next_block();
            self.emit_and_reset_fail_pop(pc);
        }
        *pc = old;
        self.addop(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, Opcode::JUMP_FORWARD);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.addop_i(Opcode::ROT_N, nrots as u32);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.addop(Opcode::POP_TOP);
        Ok(())
    }

    /// Reorder an alternative's captures (on the stack and in `pc.stores`) to the order of
    /// the first alternative's; they must bind the same names.
    fn align_stores(&mut self, control: &[String], pc: &mut PatternContext) -> CResult {
        let diff = || "alternative patterns bind different names";
        if pc.stores.len() != control.len() {
            return Err(self.error(diff()));
        }
        for icontrol in (0..control.len()).rev() {
            let Some(istores) = pc.stores.iter().position(|s| *s == control[icontrol]) else {
                return Err(self.error(diff()));
            };
            if icontrol == istores {
                continue;
            }
            let rotations = istores + 1;
            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
            let at = icontrol - istores;
            pc.stores.splice(at..at, rotated);
            for _ in 0..rotations {
                self.addop_i(Opcode::ROT_N, (icontrol + 1) as u32);
            }
        }
        Ok(())
    }
}

/// `repr()` of a literal for error messages (simple forms only).
fn literal_repr(c: &gilpy_syntax::ast::Constant) -> String {
    use gilpy_syntax::ast::Constant as C;
    match c {
        C::Str(s) => format!("'{s}'"),
        C::Int(i) => i.to_string(),
        C::Float(f) => format!("{f:?}"),
        C::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        C::None => "None".to_string(),
        other => format!("{other:?}"),
    }
}
