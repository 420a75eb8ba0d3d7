//! Second pass of the symbol table: resolve each name to a scope and find the cells.
//! Counterpart of `analyze_block`, `analyze_name` and `update_symbols` in CPython's
//! `Python/symtable.c`.

use std::collections::HashSet;

use gilpy_syntax::SyntaxError;
use gilpy_syntax::ast::Span;

use super::{BlockType, NameScope, SCOPE_OFFSET, ScopeId, SymbolTable, def};
use crate::error::syntax_error;

type Names = HashSet<String>;

pub(super) fn analyze(table: &mut SymbolTable) -> Result<(), SyntaxError> {
    let mut free = Names::new();
    let mut global = Names::new();
    analyze_block(table, table.top(), None, &mut free, &mut global)
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&Names>,
    free: &mut Names,
    global: &mut Names,
) -> Result<(), SyntaxError> {
    let kind = table.scopes[id].kind;
    let mut local = Names::new();
    let mut scopes: Vec<(String, NameScope)> = Vec::new();
    let mut newglobal = Names::new();
    let mut newfree = Names::new();
    let mut newbound = Names::new();
    if kind == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let symbols: Vec<(String, u32)> = table.scopes[id]
        .symbols
        .iter()
        .map(|(n, f)| (n.to_string(), f))
        .collect();
    for (name, flags) in &symbols {
        let scope = analyze_name(table, id, name, *flags, bound, &mut local, free, global)?;
        scopes.push((name.clone(), scope));
    }
    if kind != BlockType::Class {
        if kind == BlockType::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = Names::new();
    for child in table.scopes[id].children.clone() {
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        analyze_block(
            table,
            child,
            Some(&newbound),
            &mut temp_free,
            &mut temp_global,
        )?;
        allfree.extend(temp_free);
        let c = &table.scopes[child];
        if c.free || c.child_free {
            table.scopes[id].child_free = true;
        }
    }
    newfree.extend(allfree);
    if kind == BlockType::Function {
        for (name, scope) in scopes.iter_mut() {
            if *scope == NameScope::Local && newfree.remove(name.as_str()) {
                *scope = NameScope::Cell;
            }
        }
    } else if kind == BlockType::Class && newfree.remove("__class__") {
        table.scopes[id].needs_class_closure = true;
    }
    update_symbols(
        table,
        id,
        &scopes,
        bound,
        &newfree,
        kind == BlockType::Class,
    );
    free.extend(newfree);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    table: &mut SymbolTable,
    id: ScopeId,
    name: &str,
    flags: u32,
    bound: Option<&Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
) -> Result<NameScope, SyntaxError> {
    let ste = &mut table.scopes[id];
    if flags & def::GLOBAL != 0 {
        if flags & def::NONLOCAL != 0 {
            let msg = format!("name '{name}' is nonlocal and global");
            return Err(error_at_directive(ste.directives.get(name), msg));
        }
        global.insert(name.to_string());
        return Ok(NameScope::GlobalExplicit);
    }
    if flags & def::NONLOCAL != 0 {
        let Some(bound) = bound else {
            let msg = "nonlocal declaration not allowed at module level".to_string();
            return Err(error_at_directive(ste.directives.get(name), msg));
        };
        if !bound.contains(name) {
            let msg = format!("no binding for nonlocal '{name}' found");
            return Err(error_at_directive(ste.directives.get(name), msg));
        }
        ste.free = true;
        free.insert(name.to_string());
        return Ok(NameScope::Free);
    }
    if flags & def::BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(NameScope::Local);
    }
    if bound.is_some_and(|b| b.contains(name)) {
        ste.free = true;
        free.insert(name.to_string());
        return Ok(NameScope::Free);
    }
    if global.contains(name) {
        return Ok(NameScope::GlobalImplicit);
    }
    if ste.nested {
        ste.free = true;
    }
    Ok(NameScope::GlobalImplicit)
}

fn error_at_directive(span: Option<&Span>, msg: String) -> SyntaxError {
    syntax_error(msg, span.copied().unwrap_or_default())
}

/// Store the resolved scopes in the flags, and add the free names of children that this
/// block does not define, so they propagate outwards.
fn update_symbols(
    table: &mut SymbolTable,
    id: ScopeId,
    scopes: &[(String, NameScope)],
    bound: Option<&Names>,
    free: &Names,
    classflag: bool,
) {
    let symbols = &mut table.scopes[id].symbols;
    for (name, scope) in scopes {
        let flags = symbols.get(name).unwrap_or(0);
        symbols.set(name, flags | ((*scope as u32) << SCOPE_OFFSET));
    }
    let mut free_sorted: Vec<&String> = free.iter().collect();
    free_sorted.sort();
    for name in free_sorted {
        if let Some(flags) = symbols.get(name) {
            if classflag && flags & (def::BOUND | def::GLOBAL) != 0 {
                symbols.set(name, flags | def::FREE_CLASS);
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name.as_str())) {
            continue;
        }
        symbols.set(name, (NameScope::Free as u32) << SCOPE_OFFSET);
    }
}
