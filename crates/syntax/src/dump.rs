//! Prints an AST exactly as Python's `ast.dump(tree, include_attributes=...)` does,
//! for golden tests and debugging. Counterpart of `ast.dump` in CPython's `Lib/ast.py`.

use crate::Mod;
use crate::ast::*;
use std::fmt::Write;

/// `ast.dump(tree)` or, with `attributes`, `ast.dump(tree, include_attributes=True)`.
pub fn dump(tree: &Mod, attributes: bool) -> String {
    let mut d = Dumper {
        out: String::new(),
        attributes,
    };
    match tree {
        Mod::Module(body) => {
            d.open("Module");
            d.field("body", |d| d.stmts(body));
            d.field("type_ignores", |d| d.out.push_str("[]"));
            d.close(None);
        }
        Mod::Expression(body) => {
            d.open("Expression");
            d.field("body", |d| d.expr(body));
            d.close(None);
        }
        Mod::Interactive(body) => {
            d.open("Interactive");
            d.field("body", |d| d.stmts(body));
            d.close(None);
        }
    }
    d.out
}

struct Dumper {
    out: String,
    attributes: bool,
}

impl Dumper {
    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
    }

    /// Writes `name=value`, with a comma unless it is the node's first field.
    fn field(&mut self, name: &str, value: impl FnOnce(&mut Dumper)) {
        if !self.out.ends_with('(') {
            self.out.push_str(", ");
        }
        self.out.push_str(name);
        self.out.push('=');
        value(self);
    }

    fn close(&mut self, span: Option<&Span>) {
        if let (true, Some(s)) = (self.attributes, span) {
            for (name, v) in [
                ("lineno", s.lineno),
                ("col_offset", s.col),
                ("end_lineno", s.end_lineno),
                ("end_col_offset", s.end_col),
            ] {
                self.field(name, |d| {
                    let _ = write!(d.out, "{v}");
                });
            }
        }
        self.out.push(')');
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Dumper, &T)) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, items: &[Expr]) {
        self.list(items, |d, e| d.expr(e));
    }

    fn opt_expr(&mut self, name: &str, e: Option<&Expr>) {
        if let Some(e) = e {
            self.field(name, |d| d.expr(e));
        }
    }

    fn ident(&mut self, name: &str, id: &str) {
        self.field(name, |d| d.out.push_str(&repr_str(id)));
    }

    fn opt_ident(&mut self, name: &str, id: Option<&str>) {
        if let Some(id) = id {
            self.ident(name, id);
        }
    }

    fn idents(&mut self, name: &str, ids: &[String]) {
        self.field(name, |d| d.list(ids, |d, s| d.out.push_str(&repr_str(s))));
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def("FunctionDef", f),
            StmtKind::AsyncFunctionDef(f) => self.function_def("AsyncFunctionDef", f),
            StmtKind::ClassDef(c) => {
                self.open("ClassDef");
                self.ident("name", &c.name);
                self.field("bases", |d| d.exprs(&c.bases));
                self.field("keywords", |d| d.list(&c.keywords, |d, k| d.keyword(k)));
                self.field("body", |d| d.stmts(&c.body));
                self.field("decorator_list", |d| d.exprs(&c.decorator_list));
            }
            StmtKind::Return(v) => {
                self.open("Return");
                self.opt_expr("value", v.as_deref());
            }
            StmtKind::Delete(targets) => {
                self.open("Delete");
                self.field("targets", |d| d.exprs(targets));
            }
            StmtKind::Assign { targets, value } => {
                self.open("Assign");
                self.field("targets", |d| d.exprs(targets));
                self.field("value", |d| d.expr(value));
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.field("target", |d| d.expr(target));
                self.field("op", |d| d.out.push_str(&format!("{op:?}()")));
                self.field("value", |d| d.expr(value));
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.field("target", |d| d.expr(target));
                self.field("annotation", |d| d.expr(annotation));
                self.opt_expr("value", value.as_deref());
                self.field("simple", |d| {
                    d.out.push_str(if *simple { "1" } else { "0" })
                });
            }
            StmtKind::For(f) => self.for_stmt("For", f),
            StmtKind::AsyncFor(f) => self.for_stmt("AsyncFor", f),
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.open(if matches!(s.kind, StmtKind::While { .. }) {
                    "While"
                } else {
                    "If"
                });
                self.field("test", |d| d.expr(test));
                self.field("body", |d| d.stmts(body));
                self.field("orelse", |d| d.stmts(orelse));
            }
            StmtKind::With { items, body } | StmtKind::AsyncWith { items, body } => {
                self.open(if matches!(s.kind, StmtKind::With { .. }) {
                    "With"
                } else {
                    "AsyncWith"
                });
                self.field("items", |d| d.list(items, |d, i| d.with_item(i)));
                self.field("body", |d| d.stmts(body));
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match");
                self.field("subject", |d| d.expr(subject));
                self.field("cases", |d| d.list(cases, |d, c| d.match_case(c)));
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.opt_expr("exc", exc.as_deref());
                self.opt_expr("cause", cause.as_deref());
            }
            StmtKind::Try(t) => self.try_stmt("Try", t),
            StmtKind::TryStar(t) => self.try_stmt("TryStar", t),
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.field("test", |d| d.expr(test));
                self.opt_expr("msg", msg.as_deref());
            }
            StmtKind::Import(names) => {
                self.open("Import");
                self.field("names", |d| d.list(names, |d, a| d.alias(a)));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.opt_ident("module", module.as_deref());
                self.field("names", |d| d.list(names, |d, a| d.alias(a)));
                self.field("level", |d| {
                    let _ = write!(d.out, "{level}");
                });
            }
            StmtKind::Global(names) => {
                self.open("Global");
                self.idents("names", names);
            }
            StmtKind::Nonlocal(names) => {
                self.open("Nonlocal");
                self.idents("names", names);
            }
            StmtKind::Expr(e) => {
                self.open("Expr");
                self.field("value", |d| d.expr(e));
            }
            StmtKind::Pass => self.open("Pass"),
            StmtKind::Break => self.open("Break"),
            StmtKind::Continue => self.open("Continue"),
        }
        self.close(Some(&s.span));
    }

    fn function_def(&mut self, name: &str, f: &FunctionDef) {
        self.open(name);
        self.ident("name", &f.name);
        self.field("args", |d| d.arguments(&f.args));
        self.field("body", |d| d.stmts(&f.body));
        self.field("decorator_list", |d| d.exprs(&f.decorator_list));
        self.opt_expr("returns", f.returns.as_deref());
    }

    fn for_stmt(&mut self, name: &str, f: &For) {
        self.open(name);
        self.field("target", |d| d.expr(&f.target));
        self.field("iter", |d| d.expr(&f.iter));
        self.field("body", |d| d.stmts(&f.body));
        self.field("orelse", |d| d.stmts(&f.orelse));
    }

    fn try_stmt(&mut self, name: &str, t: &Try) {
        self.open(name);
        self.field("body", |d| d.stmts(&t.body));
        self.field("handlers", |d| d.list(&t.handlers, |d, h| d.handler(h)));
        self.field("orelse", |d| d.stmts(&t.orelse));
        self.field("finalbody", |d| d.stmts(&t.finalbody));
    }

    fn handler(&mut self, h: &ExceptHandler) {
        self.open("ExceptHandler");
        self.opt_expr("type", h.type_.as_deref());
        self.opt_ident("name", h.name.as_deref());
        self.field("body", |d| d.stmts(&h.body));
        self.close(Some(&h.span));
    }

    fn with_item(&mut self, i: &WithItem) {
        self.open("withitem");
        self.field("context_expr", |d| d.expr(&i.context_expr));
        self.opt_expr("optional_vars", i.optional_vars.as_deref());
        self.close(None);
    }

    fn match_case(&mut self, c: &MatchCase) {
        self.open("match_case");
        self.field("pattern", |d| d.pattern(&c.pattern));
        self.opt_expr("guard", c.guard.as_deref());
        self.field("body", |d| d.stmts(&c.body));
        self.close(None);
    }

    fn alias(&mut self, a: &Alias) {
        self.open("alias");
        self.ident("name", &a.name);
        self.opt_ident("asname", a.asname.as_deref());
        self.close(Some(&a.span));
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword");
        self.opt_ident("arg", k.arg.as_deref());
        self.field("value", |d| d.expr(&k.value));
        self.close(Some(&k.span));
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.field("posonlyargs", |d| d.list(&a.posonlyargs, |d, x| d.arg(x)));
        self.field("args", |d| d.list(&a.args, |d, x| d.arg(x)));
        if let Some(v) = &a.vararg {
            self.field("vararg", |d| d.arg(v));
        }
        self.field("kwonlyargs", |d| d.list(&a.kwonlyargs, |d, x| d.arg(x)));
        self.field("kw_defaults", |d| {
            d.list(&a.kw_defaults, |d, x| match x {
                Some(e) => d.expr(e),
                None => d.out.push_str("None"),
            })
        });
        if let Some(k) = &a.kwarg {
            self.field("kwarg", |d| d.arg(k));
        }
        self.field("defaults", |d| d.exprs(&a.defaults));
        self.close(None);
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.ident("arg", &a.arg);
        self.opt_expr("annotation", a.annotation.as_deref());
        self.close(Some(&a.span));
    }

    fn comprehension(&mut self, c: &Comprehension) {
        self.open("comprehension");
        self.field("target", |d| d.expr(&c.target));
        self.field("iter", |d| d.expr(&c.iter));
        self.field("ifs", |d| d.exprs(&c.ifs));
        self.field("is_async", |d| {
            d.out.push_str(if c.is_async { "1" } else { "0" })
        });
        self.close(None);
    }

    fn ctx(&mut self, ctx: ExprContext) {
        self.field("ctx", |d| d.out.push_str(&format!("{ctx:?}()")));
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp");
                self.field("op", |d| d.out.push_str(&format!("{op:?}()")));
                self.field("values", |d| d.exprs(values));
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.field("target", |d| d.expr(target));
                self.field("value", |d| d.expr(value));
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.field("left", |d| d.expr(left));
                self.field("op", |d| d.out.push_str(&format!("{op:?}()")));
                self.field("right", |d| d.expr(right));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                self.field("op", |d| d.out.push_str(&format!("{op:?}()")));
                self.field("operand", |d| d.expr(operand));
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.field("args", |d| d.arguments(args));
                self.field("body", |d| d.expr(body));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.field("test", |d| d.expr(test));
                self.field("body", |d| d.expr(body));
                self.field("orelse", |d| d.expr(orelse));
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.field("keys", |d| {
                    d.list(keys, |d, k| match k {
                        Some(k) => d.expr(k),
                        None => d.out.push_str("None"),
                    })
                });
                self.field("values", |d| d.exprs(values));
            }
            ExprKind::Set(elts) => {
                self.open("Set");
                self.field("elts", |d| d.exprs(elts));
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                self.open(name);
                self.field("elt", |d| d.expr(elt));
                self.field("generators", |d| {
                    d.list(generators, |d, c| d.comprehension(c))
                });
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.field("key", |d| d.expr(key));
                self.field("value", |d| d.expr(value));
                self.field("generators", |d| {
                    d.list(generators, |d, c| d.comprehension(c))
                });
            }
            ExprKind::Await(v) => {
                self.open("Await");
                self.field("value", |d| d.expr(v));
            }
            ExprKind::Yield(v) => {
                self.open("Yield");
                self.opt_expr("value", v.as_deref());
            }
            ExprKind::YieldFrom(v) => {
                self.open("YieldFrom");
                self.field("value", |d| d.expr(v));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.field("left", |d| d.expr(left));
                self.field("ops", |d| {
                    d.list(ops, |d, op| d.out.push_str(&format!("{op:?}()")))
                });
                self.field("comparators", |d| d.exprs(comparators));
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.field("func", |d| d.expr(func));
                self.field("args", |d| d.exprs(args));
                self.field("keywords", |d| d.list(keywords, |d, k| d.keyword(k)));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.field("value", |d| d.expr(value));
                self.field("conversion", |d| {
                    let _ = write!(d.out, "{conversion}");
                });
                self.opt_expr("format_spec", format_spec.as_deref());
            }
            ExprKind::JoinedStr(values) => {
                self.open("JoinedStr");
                self.field("values", |d| d.exprs(values));
            }
            ExprKind::Constant { value, kind } => {
                self.open("Constant");
                self.field("value", |d| d.constant(value));
                self.opt_ident("kind", kind.as_deref());
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.field("value", |d| d.expr(value));
                self.ident("attr", attr);
                self.ctx(*ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.field("value", |d| d.expr(value));
                self.field("slice", |d| d.expr(slice));
                self.ctx(*ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.field("value", |d| d.expr(value));
                self.ctx(*ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name");
                self.ident("id", id);
                self.ctx(*ctx);
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.open(if matches!(e.kind, ExprKind::List { .. }) {
                    "List"
                } else {
                    "Tuple"
                });
                self.field("elts", |d| d.exprs(elts));
                self.ctx(*ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.opt_expr("lower", lower.as_deref());
                self.opt_expr("upper", upper.as_deref());
                self.opt_expr("step", step.as_deref());
            }
        }
        self.close(Some(&e.span));
    }

    fn constant(&mut self, c: &Constant) {
        let text = constant_repr(c);
        self.out.push_str(&text);
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue(v) => {
                self.open("MatchValue");
                self.field("value", |d| d.expr(v));
            }
            PatternKind::MatchSingleton(c) => {
                self.open("MatchSingleton");
                self.field("value", |d| d.constant(c));
            }
            PatternKind::MatchSequence(ps) => {
                self.open("MatchSequence");
                self.field("patterns", |d| d.list(ps, |d, p| d.pattern(p)));
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.field("keys", |d| d.exprs(keys));
                self.field("patterns", |d| d.list(patterns, |d, p| d.pattern(p)));
                self.opt_ident("rest", rest.as_deref());
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.field("cls", |d| d.expr(cls));
                self.field("patterns", |d| d.list(patterns, |d, p| d.pattern(p)));
                self.idents("kwd_attrs", kwd_attrs);
                self.field("kwd_patterns", |d| {
                    d.list(kwd_patterns, |d, p| d.pattern(p))
                });
            }
            PatternKind::MatchStar(name) => {
                self.open("MatchStar");
                self.opt_ident("name", name.as_deref());
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs");
                if let Some(p) = pattern {
                    self.field("pattern", |d| d.pattern(p));
                }
                self.opt_ident("name", name.as_deref());
            }
            PatternKind::MatchOr(ps) => {
                self.open("MatchOr");
                self.field("patterns", |d| d.list(ps, |d, p| d.pattern(p)));
            }
        }
        self.close(Some(&p.span));
    }
}

/// Python's `repr()` of a constant.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => repr_float(*f),
        Constant::Complex { real, imag } => repr_complex(*real, *imag),
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
    }
}

/// Python's `repr()` of a float: the shortest round-tripping digits, in fixed
/// notation for exponents -4..16 and scientific notation otherwise.
pub fn repr_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = mantissa
        .strip_prefix('-')
        .map_or(("", mantissa), |m| ("-", m));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        return format!("{sign}{body}");
    }
    let frac = if digits.len() > 1 {
        format!("{}.{}", &digits[..1], &digits[1..])
    } else {
        digits
    };
    format!(
        "{sign}{frac}e{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

fn repr_complex(real: f64, imag: f64) -> String {
    let fmt = |f: f64| {
        let r = repr_float(f);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", fmt(imag));
    }
    let sign = if imag < 0.0 || (imag == 0.0 && imag.is_sign_negative()) {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", fmt(real), sign, fmt(imag.abs()))
}

/// Python's `repr()` of a str (printable non-ASCII characters are kept as they are).
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa1).contains(&(c as u32)) || c == '\u{ad}' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if is_unprintable(c) => {
                if (c as u32) < 0x10000 {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                } else {
                    let _ = write!(out, "\\U{:08x}", c as u32);
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `not str.isprintable()` beyond Latin-1: separators, surrogates,
/// private use and unassigned planes.
fn is_unprintable(c: char) -> bool {
    let u = c as u32;
    matches!(u, 0x1680 | 0x2000..=0x200a | 0x202f | 0x205f | 0x3000 | 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x206f | 0xfeff | 0xe000..=0xf8ff | 0xfff9..=0xfffb)
        || u >= 0xe0000
        || (0x3_0000..0xe_0000).contains(&u) && u > 0x3_134a
        || c == '\u{fffe}'
        || c == '\u{ffff}'
}

/// Python's `repr()` of bytes.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}
