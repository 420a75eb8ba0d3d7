//! AST to bytecode: the symbol table and the code generator. Counterpart of CPython's
//! `Python/symtable.c`, `Python/ast_opt.c` and `Python/compile.c` (3.10's output, so `dis`
//! matches the 3.10 oracle, with 3.11 semantics where they differ).

mod compile;
mod consts;
mod error;
mod flowgraph;
mod fold;
pub mod symtable;

use gilpy_bytecode::CodeObject;
use gilpy_syntax::{Mod, Mode, SyntaxError};

/// Compile a parsed module (`exec`), expression (`eval`) or interactive statement
/// (`single`) into the code object of `<module>`.
pub fn compile(module: &Mod, filename: &str) -> Result<CodeObject, SyntaxError> {
    let mut folded = module.clone();
    let table = match &mut folded {
        Mod::Module(body) | Mod::Interactive(body) => {
            fold::fold_body(body);
            symtable::SymbolTable::build_module(body)?
        }
        Mod::Expression(e) => {
            fold::fold_expr(e);
            symtable::SymbolTable::build_expression(e)?
        }
    };
    compile::compile_mod(&folded, &table, filename)
}

/// Parse and compile `source`; errors carry character columns and, for the compiler's own
/// errors, the line of the file `filename` names (as CPython reads it).
pub fn compile_source(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, SyntaxError> {
    let module = gilpy_syntax::parse(source, filename, mode)?;
    compile(&module, filename).map_err(|e| error::attach_source(e, source, filename))
}
