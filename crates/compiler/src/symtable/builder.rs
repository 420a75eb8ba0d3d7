//! First pass of the symbol table: walk the AST and record how each block uses each name.
//! Counterpart of the `symtable_visit_*` functions of CPython's `Python/symtable.c`.

use std::collections::HashMap;

use gilpy_syntax::SyntaxError;
use gilpy_syntax::ast::*;

use super::{
    BlockType, ComprehensionKind, Scope, ScopeId, SymbolTable, def, expr_key, mangle, stmt_key,
};
use crate::error::syntax_error;

type Result<T> = std::result::Result<T, SyntaxError>;

pub(super) struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// The open blocks, innermost last (`st_stack` plus `st_cur`).
    stack: Vec<ScopeId>,
    /// The class name used for mangling (`st_private`).
    private: Option<String>,
}

impl Builder {
    pub(super) fn new() -> Builder {
        Builder {
            scopes: Vec::new(),
            by_node: HashMap::new(),
            stack: Vec::new(),
            private: None,
        }
    }

    pub(super) fn module(mut self, body: &[Stmt]) -> Result<SymbolTable> {
        self.enter_block("top", BlockType::Module, None, 0);
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(self.finish())
    }

    pub(super) fn expression(mut self, expr: &Expr) -> Result<SymbolTable> {
        self.enter_block("top", BlockType::Module, None, 0);
        self.visit_expr(expr)?;
        Ok(self.finish())
    }

    fn finish(self) -> SymbolTable {
        SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        }
    }

    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("a block is always open");
        &mut self.scopes[id]
    }

    fn enter_block(&mut self, name: &str, kind: BlockType, key: Option<usize>, lineno: u32) {
        let id = self.scopes.len();
        let mut scope = Scope::new(name, kind, lineno);
        if let Some(&parent) = self.stack.last() {
            let p = &self.scopes[parent];
            scope.nested = p.nested || p.kind == BlockType::Function;
            self.scopes[parent].children.push(id);
        }
        self.scopes.push(scope);
        if let Some(key) = key {
            self.by_node.insert(key, id);
        }
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> Result<()> {
        let id = *self.stack.last().expect("a block is always open");
        self.add_def_in(name, flag, id, span)
    }

    /// Record `flag` for `name` in block `id` (CPython's `symtable_add_def_helper`).
    fn add_def_in(&mut self, name: &str, flag: u32, id: ScopeId, span: Span) -> Result<()> {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.scopes[id];
        let mut val = match scope.symbols.get(&mangled) {
            Some(old) => {
                if flag & def::PARAM != 0 && old & def::PARAM != 0 {
                    let msg = format!("duplicate argument '{name}' in function definition");
                    return Err(syntax_error(msg, span));
                }
                old | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (def::GLOBAL | def::NONLOCAL) != 0 {
                return Err(syntax_error(comp_conflict(name), span));
            }
            val |= def::COMP_ITER;
        }
        scope.symbols.set(&mangled, val);
        if flag & def::PARAM != 0 {
            scope.varnames.push(mangled);
        } else if flag & def::GLOBAL != 0 {
            let top = &mut self.scopes[0].symbols;
            let merged = flag | top.get(&mangled).unwrap_or(0);
            top.set(&mangled, merged);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let id = *self.stack.last().expect("a block is always open");
        let mangled = mangle(self.private.as_deref(), name);
        self.scopes[id].symbols.get(&mangled).unwrap_or(0)
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur().directives.entry(mangled).or_insert(span);
    }

    fn visit_stmts(&mut self, body: &[Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_exprs(&mut self, exprs: &[Expr]) -> Result<()> {
        exprs.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.visit_function(s, f, false),
            StmtKind::AsyncFunctionDef(f) => self.visit_function(s, f, true),
            StmtKind::ClassDef(c) => self.visit_class(s, c),
            StmtKind::Return(value) => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                    self.cur().returns_value = true;
                }
                Ok(())
            }
            StmtKind::Delete(targets) => self.visit_exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.visit_exprs(targets)?;
                self.visit_expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target)?;
                self.visit_expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_annassign(target, annotation, value.as_deref(), *simple),
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_stmts(&f.body)?;
                self.visit_stmts(&f.orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_stmts(body)
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_stmts(&case.body)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
                Ok(())
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.visit_stmts(&t.body)?;
                self.visit_stmts(&t.orelse)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, def::LOCAL, h.span)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(&t.finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
                Ok(())
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|a| self.visit_alias(a))
            }
            StmtKind::Global(names) => self.visit_declaration(s, names, true),
            StmtKind::Nonlocal(names) => self.visit_declaration(s, names, false),
            StmtKind::Expr(e) => self.visit_expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn visit_function(&mut self, s: &Stmt, f: &FunctionDef, is_async: bool) -> Result<()> {
        self.add_def(&f.name, def::LOCAL, s.span)?;
        self.visit_defaults(&f.args)?;
        self.visit_annotations(&f.args, f.returns.as_deref())?;
        self.visit_exprs(&f.decorator_list)?;
        self.enter_block(
            &f.name,
            BlockType::Function,
            Some(stmt_key(s)),
            s.span.lineno,
        );
        if is_async {
            self.cur().coroutine = true;
        }
        self.visit_params(&f.args)?;
        self.visit_stmts(&f.body)?;
        self.exit_block();
        Ok(())
    }

    fn visit_class(&mut self, s: &Stmt, c: &ClassDef) -> Result<()> {
        self.add_def(&c.name, def::LOCAL, s.span)?;
        self.visit_exprs(&c.bases)?;
        for k in &c.keywords {
            self.visit_expr(&k.value)?;
        }
        self.visit_exprs(&c.decorator_list)?;
        self.enter_block(&c.name, BlockType::Class, Some(stmt_key(s)), s.span.lineno);
        let saved = self.private.replace(c.name.clone());
        let result = self.visit_stmts(&c.body);
        self.private = saved;
        self.exit_block();
        result
    }

    fn visit_defaults(&mut self, args: &Arguments) -> Result<()> {
        self.visit_exprs(&args.defaults)?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.visit_expr(d))
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<()> {
        let star = args.vararg.iter().chain(&args.kwarg);
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(star)
            .chain(&args.kwonlyargs)
        {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &Arguments) -> Result<()> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.arg, def::PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, def::PARAM, a.span)?;
            self.cur().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, def::PARAM, a.span)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_annassign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> Result<()> {
        if let ExprKind::Name { id, .. } = &target.kind {
            let cur = self.lookup(id);
            let is_module = *self.stack.last().unwrap_or(&0) == 0;
            if cur & (def::GLOBAL | def::NONLOCAL) != 0 && !is_module && simple {
                let which = if cur & def::GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                let msg = format!("annotated name '{id}' can't be {which}");
                return Err(syntax_error(msg, target.span));
            }
            if simple {
                self.add_def(id, def::ANNOT | def::LOCAL, target.span)?;
            } else if value.is_some() {
                self.add_def(id, def::LOCAL, target.span)?;
            }
        } else {
            self.visit_expr(target)?;
        }
        self.visit_expr(annotation)?;
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        Ok(())
    }

    fn visit_declaration(&mut self, s: &Stmt, names: &[Ident], global: bool) -> Result<()> {
        let what = if global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup(name);
            if cur & (def::PARAM | def::LOCAL | def::USE | def::ANNOT) != 0 {
                let msg = if cur & def::PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & def::USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & def::ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(syntax_error(msg, s.span));
            }
            let flag = if global { def::GLOBAL } else { def::NONLOCAL };
            self.add_def(name, flag, s.span)?;
            self.record_directive(name, s.span);
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &Alias) -> Result<()> {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        if name == "*" {
            if self.cur().kind != BlockType::Module {
                return Err(syntax_error(
                    "import * only allowed at module level",
                    a.span,
                ));
            }
            return Ok(());
        }
        let store_name = name.split('.').next().unwrap_or(name);
        self.add_def(store_name, def::IMPORT, a.span)
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<()> {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => self.visit_namedexpr(e, target, value),
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                self.enter_block(
                    "lambda",
                    BlockType::Function,
                    Some(expr_key(e)),
                    e.span.lineno,
                );
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_block();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.visit_expr(k))?;
                self.visit_exprs(values)
            }
            ExprKind::Set(elts) => self.visit_exprs(elts),
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Set, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, ComprehensionKind::Dict, generators, key, Some(value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Generator, generators, elt, None)
            }
            ExprKind::Yield(value) => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.mark_generator(e)
            }
            ExprKind::YieldFrom(value) => {
                self.visit_expr(value)?;
                self.mark_generator(e)
            }
            ExprKind::Await(value) => {
                self.visit_expr(value)?;
                self.cur().coroutine = true;
                Ok(())
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                }
                Ok(())
            }
            ExprKind::JoinedStr(values) => self.visit_exprs(values),
            ExprKind::Constant { .. } => Ok(()),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Name { id, ctx } => self.visit_name(e, id, *ctx),
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts),
        }
    }

    fn visit_name(&mut self, e: &Expr, id: &str, ctx: ExprContext) -> Result<()> {
        let flag = if ctx == ExprContext::Load {
            def::USE
        } else {
            def::LOCAL
        };
        self.add_def(id, flag, e.span)?;
        if ctx == ExprContext::Load && self.cur().kind == BlockType::Function && id == "super" {
            self.add_def("__class__", def::USE, e.span)?;
        }
        Ok(())
    }

    fn mark_generator(&mut self, e: &Expr) -> Result<()> {
        let cur = self.cur();
        cur.generator = true;
        let Some(kind) = cur.comprehension else {
            return Ok(());
        };
        let msg = match kind {
            ComprehensionKind::List => "'yield' inside list comprehension",
            ComprehensionKind::Set => "'yield' inside set comprehension",
            ComprehensionKind::Dict => "'yield' inside dict comprehension",
            ComprehensionKind::Generator => "'yield' inside generator expression",
        };
        Err(syntax_error(msg, e.span))
    }

    fn visit_namedexpr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> Result<()> {
        if self.cur().comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(syntax_error(msg, e.span));
        }
        if self.cur().comprehension.is_some() {
            self.extend_namedexpr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_expr(target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Result<()> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let span = target.span;
        for i in (0..self.stack.len()).rev() {
            let id_scope = self.stack[i];
            let scope = &self.scopes[id_scope];
            if scope.comprehension.is_some() {
                if scope.symbols.get(id).unwrap_or(0) & def::COMP_ITER != 0 {
                    return Err(syntax_error(comp_conflict(id), span));
                }
                continue;
            }
            match scope.kind {
                BlockType::Function => {
                    let flag = if scope.symbols.get(id).unwrap_or(0) & def::GLOBAL != 0 {
                        def::GLOBAL
                    } else {
                        def::NONLOCAL
                    };
                    self.add_def(id, flag, span)?;
                    self.record_directive(id, span);
                    return self.add_def_in(id, def::LOCAL, id_scope, span);
                }
                BlockType::Module => {
                    self.add_def(id, def::GLOBAL, span)?;
                    self.record_directive(id, span);
                    return self.add_def_in(id, def::GLOBAL, id_scope, span);
                }
                BlockType::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(syntax_error(msg, span));
                }
            }
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<()> {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        let name = match kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        self.enter_block(name, BlockType::Function, Some(expr_key(e)), e.span.lineno);
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(".0", def::PARAM, e.span)?;
        self.cur().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for generator in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.visit_expr(&generator.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&generator.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.visit_exprs(&generator.ifs)?;
            if generator.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        self.cur().generator = is_generator;
        let is_async = self.cur().coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Result<()> {
        match &p.kind {
            PatternKind::MatchValue(value) => self.visit_expr(value),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(patterns) | PatternKind::MatchOr(patterns) => {
                patterns.iter().try_for_each(|q| self.visit_pattern(q))
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.add_def(n, def::LOCAL, p.span),
                None => Ok(()),
            },
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                match rest {
                    Some(n) => self.add_def(n, def::LOCAL, p.span),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|q| self.visit_pattern(q))
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                match name {
                    Some(n) => self.add_def(n, def::LOCAL, p.span),
                    None => Ok(()),
                }
            }
        }
    }
}

fn comp_conflict(name: &str) -> String {
    format!("assignment expression cannot rebind comprehension iteration variable '{name}'")
}
