//! The symbol table: which scope each name lives in. Counterpart of CPython's
//! `Python/symtable.c` and `Include/internal/pycore_symtable.h`.
//!
//! Built in two passes as CPython does: `builder` walks the AST and records, per block, how
//! each name is used (the `DEF_*` flags); `analyze` then resolves every name to a scope
//! (local, global, free, cell) and marks the cells that inner functions capture.

mod analyze;
mod builder;

use std::collections::HashMap;

use gilpy_syntax::SyntaxError;
use gilpy_syntax::ast::{Expr, Span, Stmt};

/// Name use flags, as CPython's `DEF_*`.
pub mod def {
    pub const GLOBAL: u32 = 1;
    pub const LOCAL: u32 = 2;
    pub const PARAM: u32 = 4;
    pub const NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const FREE: u32 = 32;
    pub const FREE_CLASS: u32 = 64;
    pub const IMPORT: u32 = 128;
    pub const ANNOT: u32 = 256;
    pub const COMP_ITER: u32 = 512;
    pub const BOUND: u32 = LOCAL | PARAM | IMPORT;
}

/// Where the scope of a name is recorded in its flags (CPython's `SCOPE_OFFSET`).
const SCOPE_OFFSET: u32 = 11;
const SCOPE_MASK: u32 = 0x7;

/// The resolved scope of a name, as CPython's `LOCAL` .. `CELL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

impl NameScope {
    fn from_bits(bits: u32) -> Option<NameScope> {
        Some(match bits {
            1 => NameScope::Local,
            2 => NameScope::GlobalExplicit,
            3 => NameScope::GlobalImplicit,
            4 => NameScope::Free,
            5 => NameScope::Cell,
            _ => return None,
        })
    }
}

/// The kind of a block, as CPython's `_Py_block_ty`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Function,
    Class,
    Module,
}

/// Which comprehension a function block implements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Index of a scope in `SymbolTable::scopes`.
pub type ScopeId = usize;

/// Names in first-definition order with their flags (a Python dict, as `ste_symbols`).
#[derive(Clone, Debug, Default)]
pub struct Symbols {
    order: Vec<String>,
    flags: HashMap<String, u32>,
}

impl Symbols {
    pub fn get(&self, name: &str) -> Option<u32> {
        self.flags.get(name).copied()
    }

    fn set(&mut self, name: &str, flags: u32) {
        if self.flags.insert(name.to_string(), flags).is_none() {
            self.order.push(name.to_string());
        }
    }

    /// Names and flags in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        self.order.iter().map(|n| (n.as_str(), self.flags[n]))
    }
}

/// One block: module, class body, function, lambda or comprehension (CPython's `ste`).
#[derive(Clone, Debug)]
pub struct Scope {
    pub name: String,
    pub kind: BlockType,
    pub symbols: Symbols,
    /// Parameters in order (`ste_varnames`).
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: Option<ComprehensionKind>,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub needs_class_closure: bool,
    pub child_free: bool,
    pub free: bool,
    pub lineno: u32,
    /// Where each `global`/`nonlocal` (or walrus-implied) declaration was made.
    directives: HashMap<String, Span>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(name: &str, kind: BlockType, lineno: u32) -> Scope {
        Scope {
            name: name.to_string(),
            kind,
            symbols: Symbols::default(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            child_free: false,
            free: false,
            lineno,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The resolved scope of `name` (already mangled), or `None` if it is not used here.
    pub fn scope_of(&self, name: &str) -> Option<NameScope> {
        let flags = self.symbols.get(name)?;
        NameScope::from_bits((flags >> SCOPE_OFFSET) & SCOPE_MASK)
    }

    /// Names whose resolved scope is `scope` or whose flags include `also`, sorted
    /// (CPython's `dictbytype`, used for `co_cellvars` and `co_freevars`).
    pub fn names_by_scope(&self, scope: NameScope, also: u32) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|&(n, f)| self.scope_of(n) == Some(scope) || f & also != 0)
            .map(|(n, _)| n.to_string())
            .collect();
        names.sort();
        names
    }
}

/// The analysed symbol table of one module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// Build and analyse the table for a module body (or an expression).
    pub fn build_module(body: &[Stmt]) -> Result<SymbolTable, SyntaxError> {
        let mut table = builder::Builder::new().module(body)?;
        analyze::analyze(&mut table)?;
        Ok(table)
    }

    /// Build and analyse the table for an `eval` expression.
    pub fn build_expression(expr: &Expr) -> Result<SymbolTable, SyntaxError> {
        let mut table = builder::Builder::new().expression(expr)?;
        analyze::analyze(&mut table)?;
        Ok(table)
    }

    pub fn top(&self) -> ScopeId {
        0
    }

    /// The scope a function, class, lambda or comprehension node opened.
    pub fn scope_for_stmt(&self, node: &Stmt) -> Option<ScopeId> {
        self.by_node.get(&stmt_key(node)).copied()
    }

    pub fn scope_for_expr(&self, node: &Expr) -> Option<ScopeId> {
        self.by_node.get(&expr_key(node)).copied()
    }
}

/// AST nodes are identified by address, as CPython keys `st_blocks` by node pointer; both
/// passes borrow the same tree, so the addresses are stable.
fn stmt_key(node: &Stmt) -> usize {
    node as *const Stmt as usize
}

fn expr_key(node: &Expr) -> usize {
    node as *const Expr as usize
}

/// Private name mangling (`__x` inside `class C` becomes `_C__x`), as `_Py_Mangle`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class_name) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

#[cfg(test)]
mod tests;
