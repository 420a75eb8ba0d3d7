//! Scope resolution checked on small programs.

use gilpy_syntax::{Mod, Mode, parse};

use super::{NameScope, ScopeId, SymbolTable};

fn table(source: &str) -> SymbolTable {
    let Mod::Module(body) = parse(source, "<test>", Mode::Exec).expect("parses") else {
        panic!("not a module");
    };
    SymbolTable::build_module(&body).expect("analyses")
}

fn scope_named(t: &SymbolTable, name: &str) -> ScopeId {
    t.scopes
        .iter()
        .position(|s| s.name == name)
        .expect("scope exists")
}

#[test]
fn closure_variables_are_cells_and_free() {
    let t =
        table("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n");
    let outer = &t.scopes[scope_named(&t, "outer")];
    let inner = &t.scopes[scope_named(&t, "inner")];
    assert_eq!(outer.scope_of("x"), Some(NameScope::Cell));
    assert_eq!(inner.scope_of("x"), Some(NameScope::Free));
    assert!(inner.nested);
    assert_eq!(outer.scope_of("inner"), Some(NameScope::Local));
}

#[test]
fn super_in_a_method_makes_a_class_cell() {
    let t = table("class C:\n    def m(self):\n        return super().m()\n");
    let c = &t.scopes[scope_named(&t, "C")];
    let m = &t.scopes[scope_named(&t, "m")];
    assert!(c.needs_class_closure);
    assert_eq!(m.scope_of("__class__"), Some(NameScope::Free));
    assert_eq!(m.scope_of("super"), Some(NameScope::GlobalImplicit));
}

#[test]
fn global_in_a_function_makes_the_module_name_explicit() {
    let t = table("def f():\n    global g\n    g = 1\ng = 2\n");
    assert_eq!(t.scopes[0].scope_of("g"), Some(NameScope::GlobalExplicit));
    assert_eq!(
        t.scopes[scope_named(&t, "f")].scope_of("g"),
        Some(NameScope::GlobalExplicit)
    );
}

#[test]
fn walrus_in_a_comprehension_binds_in_the_function() {
    let t = table("def f(data):\n    return [y for x in data if (y := x)]\n");
    let f = &t.scopes[scope_named(&t, "f")];
    let comp = &t.scopes[scope_named(&t, "listcomp")];
    assert_eq!(f.scope_of("y"), Some(NameScope::Cell));
    assert_eq!(comp.scope_of("y"), Some(NameScope::Free));
    assert_eq!(comp.scope_of("x"), Some(NameScope::Local));
    assert_eq!(comp.varnames, vec![".0".to_string()]);
}

#[test]
fn class_scope_names_are_not_visible_to_methods() {
    let t = table("class C:\n    x = 1\n    def m(self):\n        return x\n");
    assert_eq!(
        t.scopes[scope_named(&t, "m")].scope_of("x"),
        Some(NameScope::GlobalImplicit)
    );
}

#[test]
fn private_names_are_mangled() {
    let t = table("class C:\n    __x = 1\n    __y__ = 2\n");
    let c = &t.scopes[scope_named(&t, "C")];
    assert_eq!(c.scope_of("_C__x"), Some(NameScope::Local));
    assert_eq!(c.scope_of("__y__"), Some(NameScope::Local));
    assert_eq!(super::mangle(Some("__Cls"), "__a"), "_Cls__a");
    assert_eq!(super::mangle(Some("___"), "__a"), "__a");
}

#[test]
fn parameters_keep_their_order() {
    let t = table("def f(a, /, b, *c, d, **e):\n    pass\n");
    let f = &t.scopes[scope_named(&t, "f")];
    assert_eq!(f.varnames, ["a", "b", "d", "c", "e"]);
    assert!(f.varargs && f.varkeywords);
}
