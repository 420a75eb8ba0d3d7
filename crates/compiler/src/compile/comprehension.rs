//! List, set and dict comprehensions and generator expressions, each compiled as a nested
//! function called with the outermost iterator. Counterpart of `compiler_comprehension` and
//! `compiler_{sync,async}_comprehension_generator` in CPython 3.10's `Python/compile.c`.

use gilpy_bytecode::Opcode;
use gilpy_syntax::ast::*;

use super::{CResult, Compiler, FBlockDatum, FBlockKind, UnitKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    Gen,
    List,
    Set,
    Dict,
}

/// What each step of a comprehension needs: its kind, element and (for dicts) value.
struct CompParts<'a> {
    kind: CompKind,
    generators: &'a [Comprehension],
    elt: &'a Expr,
    value: Option<&'a Expr>,
}

impl<'a> Compiler<'a> {
    pub(super) fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (name, parts) = match &e.kind {
            ExprKind::GeneratorExp { elt, generators } => (
                "<genexpr>",
                CompParts {
                    kind: CompKind::Gen,
                    generators,
                    elt,
                    value: None,
                },
            ),
            ExprKind::ListComp { elt, generators } => (
                "<listcomp>",
                CompParts {
                    kind: CompKind::List,
                    generators,
                    elt,
                    value: None,
                },
            ),
            ExprKind::SetComp { elt, generators } => (
                "<setcomp>",
                CompParts {
                    kind: CompKind::Set,
                    generators,
                    elt,
                    value: None,
                },
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "<dictcomp>",
                CompParts {
                    kind: CompKind::Dict,
                    generators,
                    elt: key,
                    value: Some(value),
                },
            ),
            _ => return Ok(()),
        };
        let Some(outermost) = parts.generators.first() else {
            return Ok(());
        };
        let parent_kind = self.unit().kind;
        let scope = self
            .table
            .scope_for_expr(e)
            .ok_or_else(|| self.error("internal compiler error: no symbol table entry"))?;
        self.enter_scope(name, UnitKind::Comprehension, scope, e.span.lineno);
        let is_async_generator = self.ste().coroutine;
        let async_parent = matches!(
            parent_kind,
            UnitKind::AsyncFunction | UnitKind::Comprehension
        );
        if is_async_generator && parts.kind != CompKind::Gen && !async_parent {
            let msg = "asynchronous comprehension outside of an asynchronous function";
            return Err(crate::error::syntax_error(msg, e.span));
        }
        let build = match parts.kind {
            CompKind::Gen => None,
            CompKind::List => Some(Opcode::BUILD_LIST),
            CompKind::Set => Some(Opcode::BUILD_SET),
            CompKind::Dict => Some(Opcode::BUILD_MAP),
        };
        if let Some(op) = build {
            self.addop_i(op, 0);
        }
        self.comprehension_generator(&parts, 0, 0)?;
        if build.is_some() {
            self.addop(Opcode::RETURN_VALUE);
        }
        let code = self.finish_unit(true);
        let qualname = code.qualname.clone();
        self.make_closure(code, 0, qualname)?;
        self.visit_iterable(&outermost.iter)?;
        self.addop(if outermost.is_async {
            Opcode::GET_AITER
        } else {
            Opcode::GET_ITER
        });
        self.addop_i(Opcode::CALL_FUNCTION, 1);
        if is_async_generator && parts.kind != CompKind::Gen {
            self.await_tos();
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        parts: &CompParts<'a>,
        index: usize,
        depth: u32,
    ) -> CResult {
        if parts.generators[index].is_async {
            self.async_comprehension_generator(parts, index, depth)
        } else {
            self.sync_comprehension_generator(parts, index, depth)
        }
    }

    fn sync_comprehension_generator(
        &mut self,
        parts: &CompParts<'a>,
        index: usize,
        mut depth: u32,
    ) -> CResult {
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let generator = &parts.generators[index];
        if index == 0 {
            self.u().argcount = 1;
            self.addop_i(Opcode::LOAD_FAST, 0);
        } else {
            let single = match &generator.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                    Some(&elts[0]).filter(|e| !matches!(e.kind, ExprKind::Starred { .. }))
                }
                _ => None,
            };
            if let Some(elt) = single {
                self.visit_expr(elt)?;
                start = None;
            } else {
                self.visit_iterable(&generator.iter)?;
                self.addop(Opcode::GET_ITER);
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_next_block(start);
            self.addop_j(Opcode::FOR_ITER, anchor);
            self.next_block();
        }
        self.visit_expr(&generator.target)?;
        for cond in &generator.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        self.comprehension_rest(parts, index, depth)?;
        self.use_next_block(if_cleanup);
        if let Some(start) = start {
            self.addop_j(Opcode::JUMP_ABSOLUTE, start);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    /// The next generator, or the element itself after the last one.
    fn comprehension_rest(&mut self, parts: &CompParts<'a>, index: usize, depth: u32) -> CResult {
        if index + 1 < parts.generators.len() {
            return self.comprehension_generator(parts, index + 1, depth);
        }
        self.visit_expr(parts.elt)?;
        match parts.kind {
            CompKind::Gen => {
                self.addop(Opcode::YIELD_VALUE);
                self.addop(Opcode::POP_TOP);
            }
            CompKind::List => self.addop_i(Opcode::LIST_APPEND, depth + 1),
            CompKind::Set => self.addop_i(Opcode::SET_ADD, depth + 1),
            CompKind::Dict => {
                if let Some(v) = parts.value {
                    self.visit_expr(v)?;
                }
                self.addop_i(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        parts: &CompParts<'a>,
        index: usize,
        depth: u32,
    ) -> CResult {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let generator = &parts.generators[index];
        if index == 0 {
            self.u().argcount = 1;
            self.addop_i(Opcode::LOAD_FAST, 0);
        } else {
            self.visit_expr(&generator.iter)?;
            self.addop(Opcode::GET_AITER);
        }
        self.use_next_block(start);
        let kind = FBlockKind::AsyncComprehensionGenerator;
        self.push_fblock(kind, Some(start), None, FBlockDatum::None)?;
        self.addop_j(Opcode::SETUP_FINALLY, except);
        self.addop(Opcode::GET_ANEXT);
        self.load_none();
        self.addop(Opcode::YIELD_FROM);
        self.addop(Opcode::POP_BLOCK);
        self.visit_expr(&generator.target)?;
        for cond in &generator.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        self.comprehension_rest(parts, index, depth + 1)?;
        self.use_next_block(if_cleanup);
        self.addop_j(Opcode::JUMP_ABSOLUTE, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.addop(Opcode::END_ASYNC_FOR);
        Ok(())
    }
}
