//! AST to bytecode: the symbol table and the code generator. Counterpart of CPython's
//! `Python/symtable.c` and `Python/compile.c` (3.10's output, so `dis` matches the 3.10 oracle).
