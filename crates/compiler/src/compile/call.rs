//! Calls and displays: `f(*a, k=v, **kw)`, method calls, and list, tuple, set and dict
//! displays with unpacking. Counterpart of `compiler_call_helper`, `maybe_optimize_method_call`,
//! `starunpack_helper`, `assignment_helper` and `compiler_dict` in CPython 3.10's
//! `Python/compile.c`.

use gilpy_bytecode::{Constant, Opcode};
use gilpy_syntax::ast::*;

use super::expr::Collection;
use super::{CResult, Compiler, STACK_USE_GUIDELINE, to_constant};

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

fn const_value(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(to_constant(value)),
        _ => None,
    }
}

fn names_tuple<'k>(names: impl Iterator<Item = &'k str>) -> Constant {
    Constant::Tuple(names.map(|n| Constant::Str(n.to_string())).collect())
}

impl<'a> Compiler<'a> {
    pub(super) fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        if self.method_call(func, args, keywords)? {
            return Ok(());
        }
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// `obj.m(args)` without keywords or stars becomes `LOAD_METHOD`/`CALL_METHOD`.
    fn method_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        if !keywords.is_empty() || args.len() >= STACK_USE_GUIDELINE || args.iter().any(is_starred)
        {
            return Ok(false);
        }
        self.visit_expr(value)?;
        let line = func.span.end_lineno;
        self.with_line(line, |c| c.addop_name(Opcode::LOAD_METHOD, attr));
        args.iter().try_for_each(|a| self.visit_expr(a))?;
        self.with_line(line, |c| c.addop_i(Opcode::CALL_METHOD, args.len() as u32));
        Ok(true)
    }

    fn validate_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name == "__debug__" {
                return Err(crate::error::syntax_error(
                    "cannot assign to __debug__",
                    k.span,
                ));
            }
            if keywords[i + 1..]
                .iter()
                .any(|other| other.arg.as_ref() == Some(name))
            {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg.as_ref() == Some(name));
                let span = dup.map_or(k.span, |d| d.span);
                let msg = format!("keyword argument repeated: {name}");
                return Err(crate::error::syntax_error(msg, span));
            }
        }
        Ok(())
    }

    /// Push the arguments and call; `pushed` arguments are already on the stack.
    pub(super) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let big = args.len() + keywords.len() * 2 > STACK_USE_GUIDELINE;
        if big || args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none()) {
            return self.call_ex(pushed, args, keywords);
        }
        args.iter().try_for_each(|a| self.visit_expr(a))?;
        let n = pushed + args.len() as u32;
        if keywords.is_empty() {
            self.addop_i(Opcode::CALL_FUNCTION, n);
            return Ok(());
        }
        keywords
            .iter()
            .try_for_each(|k| self.visit_expr(&k.value))?;
        self.load_const(names_tuple(
            keywords.iter().filter_map(|k| k.arg.as_deref()),
        ));
        self.addop_i(Opcode::CALL_FUNCTION_KW, n + keywords.len() as u32);
        Ok(())
    }

    fn call_ex(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        match args {
            [
                Expr {
                    kind: ExprKind::Starred { value, .. },
                    ..
                },
            ] if pushed == 0 => self.visit_expr(value)?,
            _ => self.starunpack(args, pushed, Collection::Tuple)?,
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_some() {
                    nseen += 1;
                    continue;
                }
                if nseen > 0 {
                    self.subkwargs(&keywords[i - nseen..i])?;
                    if have_dict {
                        self.addop_i(Opcode::DICT_MERGE, 1);
                    }
                    have_dict = true;
                    nseen = 0;
                }
                if !have_dict {
                    self.addop_i(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.visit_expr(&k.value)?;
                self.addop_i(Opcode::DICT_MERGE, 1);
            }
            if nseen > 0 {
                self.subkwargs(&keywords[keywords.len() - nseen..])?;
                if have_dict {
                    self.addop_i(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.addop_i(Opcode::CALL_FUNCTION_EX, u32::from(!keywords.is_empty()));
        Ok(())
    }

    /// A dict of named keyword arguments.
    fn subkwargs(&mut self, keywords: &'a [Keyword]) -> CResult {
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            keywords
                .iter()
                .try_for_each(|k| self.visit_expr(&k.value))?;
            self.load_const(names_tuple(
                keywords.iter().filter_map(|k| k.arg.as_deref()),
            ));
            self.addop_i(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.addop_i_noline(Opcode::BUILD_MAP, 0);
        }
        for k in keywords {
            self.load_const(Constant::Str(k.arg.clone().unwrap_or_default()));
            self.visit_expr(&k.value)?;
            if big {
                self.addop_i_noline(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.addop_i(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    /// Build a list, tuple or set from `elts`, which may contain `*x` (`starunpack_helper`).
    pub(super) fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        kind: Collection,
    ) -> CResult {
        let (build, add, extend) = match kind {
            Collection::List | Collection::Tuple => {
                (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND)
            }
            Collection::Set => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
        };
        let n = elts.len();
        if n > 2
            && let Some(values) = elts.iter().map(const_value).collect::<Option<Vec<_>>>()
        {
            if kind == Collection::Tuple {
                self.load_const(Constant::Tuple(values));
            } else {
                let folded = if kind == Collection::Set {
                    Constant::FrozenSet(values)
                } else {
                    Constant::Tuple(values)
                };
                self.addop_i(build, pushed);
                self.load_const(folded);
                self.addop_i(extend, 1);
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if !seen_star && !big {
            elts.iter().try_for_each(|e| self.visit_expr(e))?;
            let op = if kind == Collection::Tuple {
                Opcode::BUILD_TUPLE
            } else {
                build
            };
            self.addop_i(op, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.addop_i(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &e.kind {
                if !built {
                    self.addop_i(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(value)?;
                self.addop_i(extend, 1);
            } else {
                self.visit_expr(e)?;
                if built {
                    self.addop_i(add, 1);
                }
            }
        }
        if kind == Collection::Tuple {
            self.addop(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    /// A list or tuple display, or an unpacking target.
    pub(super) fn sequence(
        &mut self,
        elts: &'a [Expr],
        ctx: ExprContext,
        kind: Collection,
    ) -> CResult {
        match ctx {
            ExprContext::Store => self.assignment_helper(elts),
            ExprContext::Load => self.starunpack(elts, 0, kind),
            ExprContext::Del => elts.iter().try_for_each(|e| self.visit_expr(e)),
        }
    }

    fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if !is_starred(e) {
                continue;
            }
            if seen_star {
                return Err(self.error("multiple starred expressions in assignment"));
            }
            if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                return Err(self.error("too many expressions in star-unpacking assignment"));
            }
            self.addop_i(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
            seen_star = true;
        }
        if !seen_star {
            self.addop_i(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    pub(super) fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop_i(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop_i(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.addop_i(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop_i(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.addop_i(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop_i(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let const_keys: Option<Vec<Constant>> = keys[begin..end]
            .iter()
            .map(|k| k.as_ref().and_then(const_value))
            .collect();
        if let (true, Some(const_keys)) = (n > 1 && !big, const_keys) {
            values[begin..end]
                .iter()
                .try_for_each(|v| self.visit_expr(v))?;
            self.load_const(Constant::Tuple(const_keys));
            self.addop_i(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.addop_i(Opcode::BUILD_MAP, 0);
        }
        for (k, v) in keys[begin..end].iter().zip(&values[begin..end]) {
            if let Some(k) = k {
                self.visit_expr(k)?;
            }
            self.visit_expr(v)?;
            if big {
                self.addop_i(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.addop_i(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }
}
