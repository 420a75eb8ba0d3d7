//! One code object being compiled: its tables, blocks and current location. Counterpart of
//! `struct compiler_unit` in CPython 3.10's `Python/compile.c`.

use std::collections::HashMap;

use gilpy_bytecode::{Constant, Opcode};

use crate::consts::{ConstKey, const_key};
use crate::flowgraph::{BlockId, Cfg, Instr, Loc};
use crate::symtable::ScopeId;

/// What kind of code a unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Names in first-use order with their index (a dict of name to index in CPython).
#[derive(Clone, Debug, Default)]
pub(crate) struct NameTable {
    names: Vec<String>,
    index: HashMap<String, u32>,
    /// Added to every index (freevars follow cellvars).
    offset: u32,
}

impl NameTable {
    pub(crate) fn from_names(names: Vec<String>, offset: u32) -> NameTable {
        let mut table = NameTable {
            offset,
            ..NameTable::default()
        };
        for n in names {
            table.add(&n);
        }
        table
    }

    pub(crate) fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32 + self.offset;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    pub(crate) fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }

    pub(crate) fn into_names(self) -> Vec<String> {
        self.names
    }
}

/// Kinds of entries on the frame-block stack (CPython's `enum fblocktype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    /// The body of an `except*` clause, which `break`, `continue` and `return` may not leave.
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// Extra data an entry needs for unwinding (`fb_datum`).
#[derive(Clone, Debug)]
pub(crate) enum FBlockDatum<'a> {
    None,
    /// The `finally` body, compiled again on each exit path.
    FinallyBody(&'a [gilpy_syntax::ast::Stmt]),
    /// The `except ... as name` name to clear.
    HandlerName(String),
    /// Where the `with` statement is, for the line of its exit call.
    WithStmt(gilpy_syntax::ast::Span),
}

#[derive(Clone, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind,
    pub block: Option<BlockId>,
    pub exit: Option<BlockId>,
    pub datum: FBlockDatum<'a>,
}

pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    pub consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: NameTable,
    pub freevars: NameTable,
    pub cfg: Cfg,
    pub cur: BlockId,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub loc: Loc,
    pub fblocks: Vec<FBlock<'a>>,
    /// Class name for private name mangling.
    pub private: Option<String>,
}

impl<'a> Unit<'a> {
    pub(crate) fn new(scope: ScopeId, kind: UnitKind, name: &str, firstlineno: u32) -> Unit<'a> {
        let mut cfg = Cfg::default();
        let entry = cfg.new_block();
        let line = firstlineno as i32;
        Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: name.to_string(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: NameTable::default(),
            varnames: NameTable::default(),
            cellvars: NameTable::default(),
            freevars: NameTable::default(),
            cfg,
            cur: entry,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            loc: Loc {
                line,
                end_line: line,
                col: 0,
                end_col: 0,
            },
            fblocks: Vec::new(),
            private: None,
        }
    }

    /// Index of `value` in `co_consts`, adding it if new.
    pub(crate) fn add_const(&mut self, value: Constant) -> u32 {
        let slot = self.consts.len();
        let key = const_key(&value);
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        self.consts.push(value);
        self.const_index.insert(key, slot as u32);
        slot as u32
    }

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32, target: Option<BlockId>, loc: Loc) {
        let block = &mut self.cfg.blocks[self.cur];
        if op == Opcode::RETURN_VALUE {
            block.returns = true;
        }
        block.instrs.push(Instr {
            op,
            arg,
            target,
            loc,
        });
    }
}
