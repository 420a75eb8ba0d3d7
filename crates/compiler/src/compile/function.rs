//! `def`, `lambda` and `class`: defaults, annotations, decorators, the nested code object
//! and the closure over it. Counterpart of `compiler_function`, `compiler_lambda`,
//! `compiler_class` and `compiler_default_arguments` in CPython 3.10's `Python/compile.c`.

use gilpy_bytecode::opcode::{
    MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS,
};
use gilpy_bytecode::{Constant, Opcode};
use gilpy_syntax::ast::*;

use super::{CResult, Compiler, UnitKind};
use crate::symtable::mangle;

impl<'a> Compiler<'a> {
    fn check_debug_args(&self, args: &Arguments) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        for a in all.chain(&args.vararg).chain(&args.kwarg) {
            if a.arg == "__debug__" {
                return Err(crate::error::syntax_error(
                    "cannot assign to __debug__",
                    a.span,
                ));
            }
        }
        Ok(())
    }

    fn scope_of_node(&self, found: Option<usize>) -> CResult<usize> {
        found.ok_or_else(|| self.error("internal compiler error: no symbol table entry"))
    }

    pub(super) fn function_def(
        &mut self,
        s: &'a Stmt,
        f: &'a FunctionDef,
        is_async: bool,
    ) -> CResult {
        self.check_debug_args(&f.args)?;
        f.decorator_list
            .iter()
            .try_for_each(|d| self.visit_expr(d))?;
        let firstlineno = f
            .decorator_list
            .first()
            .map_or(s.span.lineno, |d| d.span.lineno);
        let mut funcflags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_deref())? {
            funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        let scope = self.scope_of_node(self.table.scope_for_stmt(s))?;
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(&f.name, kind, scope, firstlineno);
        let docstring = crate::fold::docstring(&f.body);
        let first = docstring.map_or(Constant::None, |d| Constant::Str(d.to_string()));
        self.u().add_const(first);
        self.set_arg_counts(&f.args);
        let body = if docstring.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        self.visit_stmts(body)?;
        let code = self.finish_unit(true);
        let qualname = code.qualname.clone();
        self.make_closure(code, funcflags, qualname)?;
        for _ in &f.decorator_list {
            self.addop_i(Opcode::CALL_FUNCTION, 1);
        }
        self.nameop(&f.name, ExprContext::Store)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.argcount = args.args.len() as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
    }

    pub(super) fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        self.check_debug_args(args)?;
        let funcflags = self.default_arguments(args)?;
        let scope = self.scope_of_node(self.table.scope_for_expr(e))?;
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, e.span.lineno);
        self.u().loc = crate::flowgraph::Loc::INHERIT;
        self.u().add_const(Constant::None);
        self.set_arg_counts(args);
        self.visit_expr(body)?;
        let code = if self.ste().generator {
            self.finish_unit(false)
        } else {
            self.addop(Opcode::RETURN_VALUE);
            self.finish_unit(true)
        };
        let qualname = code.qualname.clone();
        self.make_closure(code, funcflags, qualname)
    }

    /// Push positional and keyword-only defaults; returns the `MAKE_FUNCTION` flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            args.defaults.iter().try_for_each(|d| self.visit_expr(d))?;
            self.addop_i(Opcode::BUILD_TUPLE, args.defaults.len() as u32);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                keys.push(Constant::Str(mangle(
                    self.unit().private.as_deref(),
                    &arg.arg,
                )));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.addop_i(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Push the annotations tuple (name, value, ...); false when there are none.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut count = 0;
        let star = args.vararg.iter();
        let kwstar = args.kwarg.iter();
        let ordered = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(star)
            .chain(&args.kwonlyargs);
        for a in ordered.chain(kwstar) {
            if let Some(ann) = &a.annotation {
                self.argannotation(&a.arg, ann)?;
                count += 2;
            }
        }
        if let Some(r) = returns {
            self.argannotation("return", r)?;
            count += 2;
        }
        if count > 0 {
            self.addop_i(Opcode::BUILD_TUPLE, count);
        }
        Ok(count > 0)
    }

    fn argannotation(&mut self, name: &str, annotation: &'a Expr) -> CResult {
        let mangled = mangle(self.unit().private.as_deref(), name);
        self.load_const(Constant::Str(mangled));
        self.visit_annotation(annotation)
    }

    /// Evaluate an annotation. `from __future__ import annotations` would store its source
    /// text instead; gilpy evaluates it (unparsing is not written yet), noted in the report.
    pub(super) fn visit_annotation(&mut self, annotation: &'a Expr) -> CResult {
        self.visit_expr(annotation)
    }

    pub(super) fn class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        c.decorator_list
            .iter()
            .try_for_each(|d| self.visit_expr(d))?;
        let firstlineno = c
            .decorator_list
            .first()
            .map_or(s.span.lineno, |d| d.span.lineno);
        let scope = self.scope_of_node(self.table.scope_for_stmt(s))?;
        self.enter_scope(&c.name, UnitKind::Class, scope, firstlineno);
        self.u().private = Some(c.name.clone());
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let qualname = self.unit().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.body(&c.body)?;
        self.unset_loc();
        if self.ste().needs_class_closure {
            self.addop_i(Opcode::LOAD_CLOSURE, 0);
            self.addop(Opcode::DUP_TOP);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_none();
        }
        self.addop(Opcode::RETURN_VALUE);
        let code = self.finish_unit(true);
        self.addop(Opcode::LOAD_BUILD_CLASS);
        let name = code.name.clone();
        self.make_closure(code, 0, name)?;
        self.load_const(Constant::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        for _ in &c.decorator_list {
            self.addop_i(Opcode::CALL_FUNCTION, 1);
        }
        self.nameop(&c.name, ExprContext::Store)
    }
}
