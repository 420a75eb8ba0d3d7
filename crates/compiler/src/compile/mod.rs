//! The code generator: AST to a block graph per code object, then `flowgraph::assemble`.
//! Counterpart of CPython 3.10's `Python/compile.c`, whose instruction choices it follows
//! exactly so that `dis` listings match the 3.10 oracle. Split by AST shape: statements,
//! expressions, calls and displays, functions and classes, comprehensions, exception
//! handling and `with`, and `match` patterns.

mod call;
mod comprehension;
mod except_star;
mod exception;
mod expr;
mod function;
mod future;
mod pattern;
mod stmt;
mod unit;

use gilpy_bytecode::code::flags;
use gilpy_bytecode::{CodeObject, Constant, Opcode};
use gilpy_syntax::ast::{self, ExprContext, Span, Stmt};
use gilpy_syntax::{Mod, SyntaxError};

use crate::flowgraph::{BlockId, Loc, assemble};
use crate::symtable::{BlockType, NameScope, Scope, ScopeId, SymbolTable, mangle};
pub(crate) use unit::{FBlock, FBlockDatum, FBlockKind, NameTable, Unit, UnitKind};

pub(crate) type CResult<T = ()> = Result<T, SyntaxError>;

/// Most items pushed at once before displays and calls switch to building incrementally
/// (CPython's `STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

/// Most nested blocks in one function (CPython's `CO_MAXBLOCKS`).
const MAX_BLOCKS: usize = 20;

pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: String,
    units: Vec<Unit<'a>>,
    interactive: bool,
    future: future::Future,
}

/// Compile a folded module whose symbol table is `table`.
pub(crate) fn compile_mod(
    module: &Mod,
    table: &SymbolTable,
    filename: &str,
) -> CResult<CodeObject> {
    let mut c = Compiler {
        table,
        filename: filename.to_string(),
        units: Vec::new(),
        interactive: false,
        future: future::Future::default(),
    };
    c.units
        .push(Unit::new(table.top(), UnitKind::Module, "<module>", 1));
    match module {
        Mod::Module(body) => {
            c.future = future::parse_future(body)?;
            c.body(body)?;
            Ok(c.finish_unit(true))
        }
        Mod::Interactive(body) => {
            c.interactive = true;
            if stmt::find_ann(body) {
                c.addop(Opcode::SETUP_ANNOTATIONS);
            }
            c.visit_stmts(body)?;
            Ok(c.finish_unit(true))
        }
        Mod::Expression(e) => {
            c.visit_expr(e)?;
            Ok(c.finish_unit(false))
        }
    }
}

/// An AST literal as a code constant.
pub(crate) fn to_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Int(i) => Constant::Int(i.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Tuple(items) => Constant::Tuple(items.iter().map(to_constant).collect()),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

impl<'a> Compiler<'a> {
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn ste(&self) -> &'a Scope {
        &self.table.scopes[self.unit().scope]
    }

    fn set_loc(&mut self, span: Span) {
        self.u().loc = Loc {
            line: span.lineno as i32,
            end_line: span.end_lineno as i32,
            col: span.col as i32,
            end_col: span.end_col as i32,
        };
    }

    fn unset_loc(&mut self) {
        self.u().loc.line = -1;
    }

    /// A `SyntaxError` at the current location (`compiler_error`).
    #[cold]
    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        let loc = self.unit().loc;
        let nonneg = |v: i32| v.max(0) as u32;
        let span = Span {
            lineno: nonneg(loc.line),
            col: nonneg(loc.col),
            end_lineno: nonneg(loc.end_line),
            end_col: nonneg(loc.end_col),
        };
        crate::error::syntax_error(msg, span)
    }

    fn addop(&mut self, op: Opcode) {
        self.addop_i(op, 0);
    }

    fn addop_i(&mut self, op: Opcode, arg: u32) {
        let loc = self.unit().loc;
        self.u().emit(op, arg, None, loc);
    }

    fn addop_noline(&mut self, op: Opcode) {
        self.addop_i_noline(op, 0);
    }

    fn addop_i_noline(&mut self, op: Opcode, arg: u32) {
        self.u().emit(op, arg, None, Loc::NONE);
    }

    fn addop_j(&mut self, op: Opcode, target: BlockId) {
        let loc = self.unit().loc;
        self.u().emit(op, 0, Some(target), loc);
    }

    fn addop_j_noline(&mut self, op: Opcode, target: BlockId) {
        self.u().emit(op, 0, Some(target), Loc::NONE);
    }

    fn load_const(&mut self, value: Constant) {
        let i = self.u().add_const(value);
        self.addop_i(Opcode::LOAD_CONST, i);
    }

    fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    /// An instruction whose operand is a (mangled) entry of `co_names`.
    fn addop_name(&mut self, op: Opcode, name: &str) {
        let mangled = mangle(self.unit().private.as_deref(), name);
        let i = self.u().names.add(&mangled);
        self.addop_i(op, i);
    }

    /// An instruction whose operand is an unmangled entry of `co_names`.
    fn addop_name_raw(&mut self, op: Opcode, name: &str) {
        let i = self.u().names.add(name);
        self.addop_i(op, i);
    }

    fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    /// Lay `block` out after the current block and continue in it.
    fn use_next_block(&mut self, block: BlockId) {
        let u = self.u();
        u.cfg.blocks[u.cur].next = Some(block);
        u.cur = block;
    }

    fn next_block(&mut self) {
        let b = self.new_block();
        self.use_next_block(b);
    }

    fn push_fblock(
        &mut self,
        kind: FBlockKind,
        block: Option<BlockId>,
        exit: Option<BlockId>,
        datum: FBlockDatum<'a>,
    ) -> CResult {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    fn enter_scope(&mut self, name: &str, kind: UnitKind, scope: ScopeId, lineno: u32) {
        let ste = &self.table.scopes[scope];
        let mut unit = Unit::new(scope, kind, name, lineno);
        unit.varnames = NameTable::from_names(ste.varnames.clone(), 0);
        let mut cells = ste.names_by_scope(NameScope::Cell, 0);
        if ste.needs_class_closure {
            cells.insert(0, "__class__".to_string());
        }
        unit.cellvars = NameTable::from_names(cells, 0);
        let free = ste.names_by_scope(NameScope::Free, crate::symtable::def::FREE_CLASS);
        unit.freevars = NameTable::from_names(free, unit.cellvars.len() as u32);
        unit.private = self.unit().private.clone();
        unit.qualname = self.qualname_for(name, kind);
        self.units.push(unit);
    }

    /// The `__qualname__` of a new unit named `name` (`compiler_set_qualname`).
    fn qualname_for(&self, name: &str, kind: UnitKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.unit();
        if matches!(
            kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), name);
            let parent_ste = &self.table.scopes[parent.scope];
            if parent_ste.scope_of(&mangled) == Some(NameScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        match parent.kind {
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda => {
                format!("{}.<locals>.{name}", parent.qualname)
            }
            _ => format!("{}.{name}", parent.qualname),
        }
    }

    fn code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut f = 0;
        if ste.kind == BlockType::Function {
            f |= flags::NEWLOCALS | flags::OPTIMIZED;
            if ste.nested {
                f |= flags::NESTED;
            }
            f |= match (ste.generator, ste.coroutine) {
                (true, false) => flags::GENERATOR,
                (false, true) => flags::COROUTINE,
                (true, true) => flags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
            if ste.varargs {
                f |= flags::VARARGS;
            }
            if ste.varkeywords {
                f |= flags::VARKEYWORDS;
            }
        }
        f
    }

    /// Close the current unit: add the implicit `return None`, assemble, and pop it.
    fn finish_unit(&mut self, add_none: bool) -> CodeObject {
        let cur = self.unit().cur;
        if !self.unit().cfg.blocks[cur].returns {
            self.u().loc = Loc::NONE;
            if add_none {
                self.load_none();
            }
            self.addop(Opcode::RETURN_VALUE);
        }
        let mut co_flags = self.code_flags();
        let gen_start = if co_flags & flags::COROUTINE != 0 {
            Some(1)
        } else if co_flags & flags::ASYNC_GENERATOR != 0 {
            Some(2)
        } else if co_flags & flags::GENERATOR != 0 {
            Some(0)
        } else {
            None
        };
        let unit = self.units.pop().expect("a unit is always open");
        if unit.cellvars.len() == 0 && unit.freevars.len() == 0 {
            co_flags |= flags::NOFREE;
        }
        let a = assemble(unit.cfg, unit.consts, unit.firstlineno, gen_start);
        CodeObject {
            argcount: unit.argcount + unit.posonlyargcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            stacksize: a.stacksize,
            flags: co_flags,
            code: a.code,
            consts: a.consts,
            names: unit.names.into_names(),
            varnames: unit.varnames.into_names(),
            cellvars: unit.cellvars.into_names(),
            freevars: unit.freevars.into_names(),
            filename: self.filename.clone(),
            name: unit.name,
            qualname: unit.qualname,
            firstlineno: a.firstlineno,
            positions: a.positions,
        }
    }

    /// Load, store or delete a name with the instruction its scope calls for
    /// (`compiler_nameop`).
    fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult {
        self.check_forbidden(name, ctx)?;
        let mangled = mangle(self.unit().private.as_deref(), name);
        let ste = self.ste();
        let is_function = ste.kind == BlockType::Function;
        let scope = ste.scope_of(&mangled);
        let pick = |load, store, del| match ctx {
            ExprContext::Load => load,
            ExprContext::Store => store,
            ExprContext::Del => del,
        };
        let (op, index) = match scope {
            Some(NameScope::Free) | Some(NameScope::Cell) => {
                let load = if ste.kind == BlockType::Class {
                    Opcode::LOAD_CLASSDEREF
                } else {
                    Opcode::LOAD_DEREF
                };
                let op = pick(load, Opcode::STORE_DEREF, Opcode::DELETE_DEREF);
                let u = self.u();
                let table = if scope == Some(NameScope::Free) {
                    &mut u.freevars
                } else {
                    &mut u.cellvars
                };
                (op, table.add(&mangled))
            }
            Some(NameScope::Local) if is_function => {
                let op = pick(Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST);
                (op, self.u().varnames.add(&mangled))
            }
            Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit)
                if is_function || scope == Some(NameScope::GlobalExplicit) =>
            {
                let op = pick(
                    Opcode::LOAD_GLOBAL,
                    Opcode::STORE_GLOBAL,
                    Opcode::DELETE_GLOBAL,
                );
                (op, self.u().names.add(&mangled))
            }
            _ => {
                let op = pick(Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME);
                (op, self.u().names.add(&mangled))
            }
        };
        self.addop_i(op, index);
        Ok(())
    }

    /// `__debug__` cannot be bound (`forbidden_name`).
    fn check_forbidden(&self, name: &str, ctx: ExprContext) -> CResult {
        if name != "__debug__" {
            return Ok(());
        }
        match ctx {
            ExprContext::Store => Err(self.error("cannot assign to __debug__")),
            ExprContext::Del => Err(self.error("cannot delete __debug__")),
            ExprContext::Load => Ok(()),
        }
    }

    /// Push a function made from `code` (`compiler_make_closure`).
    fn make_closure(&mut self, code: CodeObject, mut flags: u32, qualname: String) -> CResult {
        let free = code.freevars.clone();
        if !free.is_empty() {
            for name in &free {
                let index = self.closure_slot(name)?;
                self.addop_i(Opcode::LOAD_CLOSURE, index);
            }
            flags |= gilpy_bytecode::opcode::MAKE_FUNCTION_CLOSURE;
            self.addop_i(Opcode::BUILD_TUPLE, free.len() as u32);
        }
        self.load_const(Constant::Code(Box::new(code)));
        self.load_const(Constant::Str(qualname));
        self.addop_i(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    /// The cell or free slot that holds `name` for a closure (`get_ref_type`).
    fn closure_slot(&mut self, name: &str) -> CResult<u32> {
        let is_cell = (self.unit().kind == UnitKind::Class && name == "__class__")
            || self.ste().scope_of(name) == Some(NameScope::Cell);
        let u = self.unit();
        let slot = if is_cell {
            u.cellvars.get(name)
        } else {
            u.freevars.get(name)
        };
        slot.ok_or_else(|| self.error(format!("internal compiler error: no cell for '{name}'")))
    }

    /// Compile a module or class body, storing a docstring in `__doc__` (`compiler_body`).
    fn body(&mut self, stmts: &'a [Stmt]) -> CResult {
        if self.unit().kind == UnitKind::Module
            && let Some(first) = stmts.first()
        {
            self.set_loc(first.span);
        }
        if stmt::find_ann(stmts) {
            self.addop(Opcode::SETUP_ANNOTATIONS);
        }
        let mut rest = stmts;
        if crate::fold::has_docstring(stmts)
            && let Some(ast::StmtKind::Expr(value)) = stmts.first().map(|s| &s.kind)
        {
            self.visit_expr(value)?;
            self.unset_loc();
            self.nameop("__doc__", ExprContext::Store)?;
            rest = &stmts[1..];
        }
        self.visit_stmts(rest)
    }

    fn visit_stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        stmts.iter().try_for_each(|s| self.visit_stmt(s))
    }
}
