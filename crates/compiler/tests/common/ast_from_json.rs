//! Rebuild gilpy's AST from CPython's, dumped by `tests/ast_json.py`.

use gilpy_syntax::Mod;
use gilpy_syntax::ast::*;
use num_bigint::BigInt;

use super::json::Json;

fn span(j: &Json) -> Span {
    Span {
        lineno: j.get("lineno").num() as u32,
        col: j.get("col_offset").num() as u32,
        end_lineno: j.get("end_lineno").num() as u32,
        end_col: j.get("end_col_offset").num() as u32,
    }
}

fn ty(j: &Json) -> &str {
    j.get("_type").str()
}

pub fn module(j: &Json) -> Mod {
    Mod::Module(stmts(j.get("body")))
}

fn stmts(j: &Json) -> Vec<Stmt> {
    j.arr().iter().map(stmt).collect()
}

fn exprs(j: &Json) -> Vec<Expr> {
    j.arr().iter().map(expr).collect()
}

fn opt_expr(j: &Json) -> Option<Box<Expr>> {
    (!j.is_null()).then(|| Box::new(expr(j)))
}

fn bx(j: &Json) -> Box<Expr> {
    Box::new(expr(j))
}

fn names(j: &Json) -> Vec<Ident> {
    j.arr().iter().map(|n| n.str().to_string()).collect()
}

fn function(j: &Json) -> FunctionDef {
    FunctionDef {
        name: j.get("name").str().to_string(),
        args: Box::new(arguments(j.get("args"))),
        body: stmts(j.get("body")),
        decorator_list: exprs(j.get("decorator_list")),
        returns: opt_expr(j.get("returns")),
    }
}

fn for_loop(j: &Json) -> For {
    For {
        target: bx(j.get("target")),
        iter: bx(j.get("iter")),
        body: stmts(j.get("body")),
        orelse: stmts(j.get("orelse")),
    }
}

fn try_stmt(j: &Json) -> Try {
    Try {
        body: stmts(j.get("body")),
        handlers: j
            .get("handlers")
            .arr()
            .iter()
            .map(|h| ExceptHandler {
                type_: opt_expr(h.get("type")),
                name: h.get("name").opt_str(),
                body: stmts(h.get("body")),
                span: span(h),
            })
            .collect(),
        orelse: stmts(j.get("orelse")),
        finalbody: stmts(j.get("finalbody")),
    }
}

fn with_items(j: &Json) -> Vec<WithItem> {
    j.arr()
        .iter()
        .map(|i| WithItem {
            context_expr: expr(i.get("context_expr")),
            optional_vars: opt_expr(i.get("optional_vars")),
        })
        .collect()
}

fn aliases(j: &Json) -> Vec<Alias> {
    j.arr()
        .iter()
        .map(|a| Alias {
            name: a.get("name").str().to_string(),
            asname: a.get("asname").opt_str(),
            span: span(a),
        })
        .collect()
}

fn stmt(j: &Json) -> Stmt {
    let kind = match ty(j) {
        "FunctionDef" => StmtKind::FunctionDef(function(j)),
        "AsyncFunctionDef" => StmtKind::AsyncFunctionDef(function(j)),
        "ClassDef" => StmtKind::ClassDef(ClassDef {
            name: j.get("name").str().to_string(),
            bases: exprs(j.get("bases")),
            keywords: keywords(j.get("keywords")),
            body: stmts(j.get("body")),
            decorator_list: exprs(j.get("decorator_list")),
        }),
        "Return" => StmtKind::Return(opt_expr(j.get("value"))),
        "Delete" => StmtKind::Delete(exprs(j.get("targets"))),
        "Assign" => StmtKind::Assign {
            targets: exprs(j.get("targets")),
            value: bx(j.get("value")),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: bx(j.get("target")),
            op: operator(j.get("op")),
            value: bx(j.get("value")),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: bx(j.get("target")),
            annotation: bx(j.get("annotation")),
            value: opt_expr(j.get("value")),
            simple: j.get("simple").num() != 0,
        },
        "For" => StmtKind::For(for_loop(j)),
        "AsyncFor" => StmtKind::AsyncFor(for_loop(j)),
        "While" => StmtKind::While {
            test: bx(j.get("test")),
            body: stmts(j.get("body")),
            orelse: stmts(j.get("orelse")),
        },
        "If" => StmtKind::If {
            test: bx(j.get("test")),
            body: stmts(j.get("body")),
            orelse: stmts(j.get("orelse")),
        },
        "With" => StmtKind::With {
            items: with_items(j.get("items")),
            body: stmts(j.get("body")),
        },
        "AsyncWith" => StmtKind::AsyncWith {
            items: with_items(j.get("items")),
            body: stmts(j.get("body")),
        },
        "Match" => StmtKind::Match {
            subject: bx(j.get("subject")),
            cases: j
                .get("cases")
                .arr()
                .iter()
                .map(|c| MatchCase {
                    pattern: pattern(c.get("pattern")),
                    guard: opt_expr(c.get("guard")),
                    body: stmts(c.get("body")),
                })
                .collect(),
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(j.get("exc")),
            cause: opt_expr(j.get("cause")),
        },
        "Try" => StmtKind::Try(try_stmt(j)),
        "TryStar" => StmtKind::TryStar(try_stmt(j)),
        "Assert" => StmtKind::Assert {
            test: bx(j.get("test")),
            msg: opt_expr(j.get("msg")),
        },
        "Import" => StmtKind::Import(aliases(j.get("names"))),
        "ImportFrom" => StmtKind::ImportFrom {
            module: j.get("module").opt_str(),
            names: aliases(j.get("names")),
            level: j.get("level").num() as u32,
        },
        "Global" => StmtKind::Global(names(j.get("names"))),
        "Nonlocal" => StmtKind::Nonlocal(names(j.get("names"))),
        "Expr" => StmtKind::Expr(bx(j.get("value"))),
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        other => panic!("unknown statement {other}"),
    };
    Stmt {
        kind,
        span: span(j),
    }
}

fn keywords(j: &Json) -> Vec<Keyword> {
    j.arr()
        .iter()
        .map(|k| Keyword {
            arg: k.get("arg").opt_str(),
            value: expr(k.get("value")),
            span: span(k),
        })
        .collect()
}

fn arg(j: &Json) -> Arg {
    Arg {
        arg: j.get("arg").str().to_string(),
        annotation: opt_expr(j.get("annotation")),
        span: span(j),
    }
}

fn opt_arg(j: &Json) -> Option<Arg> {
    (!j.is_null()).then(|| arg(j))
}

fn arguments(j: &Json) -> Arguments {
    Arguments {
        posonlyargs: j.get("posonlyargs").arr().iter().map(arg).collect(),
        args: j.get("args").arr().iter().map(arg).collect(),
        vararg: opt_arg(j.get("vararg")),
        kwonlyargs: j.get("kwonlyargs").arr().iter().map(arg).collect(),
        kw_defaults: j
            .get("kw_defaults")
            .arr()
            .iter()
            .map(|d| (!d.is_null()).then(|| expr(d)))
            .collect(),
        kwarg: opt_arg(j.get("kwarg")),
        defaults: exprs(j.get("defaults")),
    }
}

fn ctx(j: &Json) -> ExprContext {
    match ty(j) {
        "Store" => ExprContext::Store,
        "Del" => ExprContext::Del,
        _ => ExprContext::Load,
    }
}

fn operator(j: &Json) -> Operator {
    match ty(j) {
        "Add" => Operator::Add,
        "Sub" => Operator::Sub,
        "Mult" => Operator::Mult,
        "MatMult" => Operator::MatMult,
        "Div" => Operator::Div,
        "Mod" => Operator::Mod,
        "Pow" => Operator::Pow,
        "LShift" => Operator::LShift,
        "RShift" => Operator::RShift,
        "BitOr" => Operator::BitOr,
        "BitXor" => Operator::BitXor,
        "BitAnd" => Operator::BitAnd,
        "FloorDiv" => Operator::FloorDiv,
        other => panic!("unknown operator {other}"),
    }
}

fn cmpop(j: &Json) -> CmpOp {
    match ty(j) {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        other => panic!("unknown comparison {other}"),
    }
}

pub fn constant(j: &Json) -> Constant {
    let float = |v: &Json| -> f64 { v.str().parse().expect("float repr") };
    match j.get("_c").str() {
        "None" => Constant::None,
        "Bool" => Constant::Bool(*j.get("v") == Json::Bool(true)),
        "Int" => Constant::Int(j.get("v").str().parse::<BigInt>().expect("int")),
        "Float" => Constant::Float(float(j.get("v"))),
        "Complex" => Constant::Complex {
            real: float(j.get("r")),
            imag: float(j.get("i")),
        },
        "Str" => Constant::Str(j.get("v").str().to_string()),
        "Bytes" => Constant::Bytes(j.get("v").arr().iter().map(|b| b.num() as u8).collect()),
        "Ellipsis" => Constant::Ellipsis,
        "Tuple" => Constant::Tuple(j.get("v").arr().iter().map(constant).collect()),
        other => panic!("unknown constant {other}"),
    }
}

fn comprehensions(j: &Json) -> Vec<Comprehension> {
    j.arr()
        .iter()
        .map(|c| Comprehension {
            target: expr(c.get("target")),
            iter: expr(c.get("iter")),
            ifs: exprs(c.get("ifs")),
            is_async: c.get("is_async").num() != 0,
        })
        .collect()
}

fn expr(j: &Json) -> Expr {
    let kind = match ty(j) {
        "BoolOp" => ExprKind::BoolOp {
            op: if ty(j.get("op")) == "And" {
                BoolOp::And
            } else {
                BoolOp::Or
            },
            values: exprs(j.get("values")),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: bx(j.get("target")),
            value: bx(j.get("value")),
        },
        "BinOp" => ExprKind::BinOp {
            left: bx(j.get("left")),
            op: operator(j.get("op")),
            right: bx(j.get("right")),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match ty(j.get("op")) {
                "Invert" => UnaryOp::Invert,
                "Not" => UnaryOp::Not,
                "UAdd" => UnaryOp::UAdd,
                _ => UnaryOp::USub,
            },
            operand: bx(j.get("operand")),
        },
        "Lambda" => ExprKind::Lambda {
            args: Box::new(arguments(j.get("args"))),
            body: bx(j.get("body")),
        },
        "IfExp" => ExprKind::IfExp {
            test: bx(j.get("test")),
            body: bx(j.get("body")),
            orelse: bx(j.get("orelse")),
        },
        "Dict" => ExprKind::Dict {
            keys: j
                .get("keys")
                .arr()
                .iter()
                .map(|k| (!k.is_null()).then(|| expr(k)))
                .collect(),
            values: exprs(j.get("values")),
        },
        "Set" => ExprKind::Set(exprs(j.get("elts"))),
        "ListComp" => ExprKind::ListComp {
            elt: bx(j.get("elt")),
            generators: comprehensions(j.get("generators")),
        },
        "SetComp" => ExprKind::SetComp {
            elt: bx(j.get("elt")),
            generators: comprehensions(j.get("generators")),
        },
        "DictComp" => ExprKind::DictComp {
            key: bx(j.get("key")),
            value: bx(j.get("value")),
            generators: comprehensions(j.get("generators")),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: bx(j.get("elt")),
            generators: comprehensions(j.get("generators")),
        },
        "Await" => ExprKind::Await(bx(j.get("value"))),
        "Yield" => ExprKind::Yield(opt_expr(j.get("value"))),
        "YieldFrom" => ExprKind::YieldFrom(bx(j.get("value"))),
        "Compare" => ExprKind::Compare {
            left: bx(j.get("left")),
            ops: j.get("ops").arr().iter().map(cmpop).collect(),
            comparators: exprs(j.get("comparators")),
        },
        "Call" => ExprKind::Call {
            func: bx(j.get("func")),
            args: exprs(j.get("args")),
            keywords: keywords(j.get("keywords")),
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: bx(j.get("value")),
            conversion: j.get("conversion").num() as i32,
            format_spec: opt_expr(j.get("format_spec")),
        },
        "JoinedStr" => ExprKind::JoinedStr(exprs(j.get("values"))),
        "Constant" => ExprKind::Constant {
            value: constant(j.get("value")),
            kind: j.get("kind").opt_str(),
        },
        "Attribute" => ExprKind::Attribute {
            value: bx(j.get("value")),
            attr: j.get("attr").str().to_string(),
            ctx: ctx(j.get("ctx")),
        },
        "Subscript" => ExprKind::Subscript {
            value: bx(j.get("value")),
            slice: bx(j.get("slice")),
            ctx: ctx(j.get("ctx")),
        },
        "Starred" => ExprKind::Starred {
            value: bx(j.get("value")),
            ctx: ctx(j.get("ctx")),
        },
        "Name" => ExprKind::Name {
            id: j.get("id").str().to_string(),
            ctx: ctx(j.get("ctx")),
        },
        "List" => ExprKind::List {
            elts: exprs(j.get("elts")),
            ctx: ctx(j.get("ctx")),
        },
        "Tuple" => ExprKind::Tuple {
            elts: exprs(j.get("elts")),
            ctx: ctx(j.get("ctx")),
        },
        "Slice" => ExprKind::Slice {
            lower: opt_expr(j.get("lower")),
            upper: opt_expr(j.get("upper")),
            step: opt_expr(j.get("step")),
        },
        other => panic!("unknown expression {other}"),
    };
    Expr {
        kind,
        span: span(j),
    }
}

fn patterns(j: &Json) -> Vec<Pattern> {
    j.arr().iter().map(pattern).collect()
}

fn pattern(j: &Json) -> Pattern {
    let kind = match ty(j) {
        "MatchValue" => PatternKind::MatchValue(bx(j.get("value"))),
        "MatchSingleton" => PatternKind::MatchSingleton(constant(j.get("value"))),
        "MatchSequence" => PatternKind::MatchSequence(patterns(j.get("patterns"))),
        "MatchMapping" => PatternKind::MatchMapping {
            keys: exprs(j.get("keys")),
            patterns: patterns(j.get("patterns")),
            rest: j.get("rest").opt_str(),
        },
        "MatchClass" => PatternKind::MatchClass {
            cls: bx(j.get("cls")),
            patterns: patterns(j.get("patterns")),
            kwd_attrs: names(j.get("kwd_attrs")),
            kwd_patterns: patterns(j.get("kwd_patterns")),
        },
        "MatchStar" => PatternKind::MatchStar(j.get("name").opt_str()),
        "MatchAs" => PatternKind::MatchAs {
            pattern: (!j.get("pattern").is_null()).then(|| Box::new(pattern(j.get("pattern")))),
            name: j.get("name").opt_str(),
        },
        "MatchOr" => PatternKind::MatchOr(patterns(j.get("patterns"))),
        other => panic!("unknown pattern {other}"),
    };
    Pattern {
        kind,
        span: span(j),
    }
}
