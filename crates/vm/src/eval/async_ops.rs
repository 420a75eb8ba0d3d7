//! The coroutine instructions: `await` (`GET_AWAITABLE`), `async for` (`GET_AITER`,
//! `GET_ANEXT`, `END_ASYNC_FOR`), `async with` (`BEFORE_ASYNC_WITH`, `SETUP_ASYNC_WITH`), and
//! the async-generator side of `YIELD_VALUE`. Counterpart of those cases of CPython 3.10's
//! `Python/ceval.c`.

use super::{Exit, Raised, Step, pop, top};
use crate::frame::{Block, BlockKind, Frame};
use crate::object::Value;
use crate::objects::function::Code;
use crate::objects::types::{lookup_str, lookup_str_on_class};
use crate::objects::{coroutine, coroutine_asyncgen, exception_ops, generator_ops};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_bytecode::Opcode;
use gilpy_bytecode::code::flags;

// Out of line: inlined, it would crowd the eval loop's registers (release builds).
#[inline(never)]
pub(super) fn execute(vm: &Vm, f: &mut Frame, code: &Code, op: Opcode, arg: u32) -> Step<()> {
    use Opcode::*;
    match op {
        GET_AWAITABLE => get_awaitable(vm, f, code)?,
        GET_AITER => get_aiter(vm, f)?,
        GET_ANEXT => get_anext(vm, f)?,
        BEFORE_ASYNC_WITH => before_async_with(vm, f)?,
        SETUP_ASYNC_WITH => {
            let res = pop(f);
            let level = f.stack.len();
            f.blocks.push(Block {
                kind: BlockKind::Finally,
                handler: f.next + arg as usize,
                level,
            });
            f.stack.push(res);
        }
        END_ASYNC_FOR => return end_async_for(vm, f),
        GET_YIELD_FROM_ITER => get_yield_from_iter(vm, f, code)?,
        _ => return Err(vm.new_exc("SystemError", "not an async instruction").into()),
    }
    Ok(())
}

/// `YIELD_VALUE`: an async generator marks what it yields, so its `asend` awaitable can tell
/// it from what its awaits pass through.
#[inline]
pub(super) fn yield_value(code: &Code, v: Value) -> Exit {
    if code.co.flags & flags::ASYNC_GENERATOR != 0 {
        Exit::Yield(coroutine_asyncgen::wrap(v))
    } else {
        Exit::Yield(v)
    }
}

/// Which `async with` method produced the awaited object, from the instructions before
/// `GET_AWAITABLE` (as 3.10's `format_awaitable_error` reads `prevopcode`).
fn awaited_from(code: &Code, f: &Frame) -> Option<&'static str> {
    let at = |back: usize| {
        f.next
            .checked_sub(back)
            .and_then(|i| code.instrs.get(i))
            .map(|&(op, _)| op)
    };
    match at(2)? {
        Opcode::BEFORE_ASYNC_WITH => Some("__aenter__"),
        Opcode::WITH_EXCEPT_START => Some("__aexit__"),
        Opcode::CALL_FUNCTION if at(3) == Some(Opcode::DUP_TOP) => Some("__aexit__"),
        _ => None,
    }
}

fn get_awaitable(vm: &Vm, f: &mut Frame, code: &Code) -> PyResult<()> {
    let v = pop(f);
    let Some(it) = coroutine::awaitable_iter(vm, &v)? else {
        let msg = match awaited_from(code, f) {
            Some(method) => format!(
                "'async with' received an object from {method} that does not implement __await__: {}",
                vm.type_name(&v)
            ),
            None => format!(
                "object {} can't be used in 'await' expression",
                vm.type_name(&v)
            ),
        };
        return Err(vm.type_error(msg));
    };
    if coroutine::is_coroutine(&it)
        && generator_ops::gen_of(&it).is_some_and(|g| generator_ops::yielded_from(g).is_some())
    {
        return Err(vm.runtime_error("coroutine is being awaited already"));
    }
    f.stack.push(it);
    Ok(())
}

fn get_aiter(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let obj = pop(f);
    let Some(m) = lookup_str_on_class(&obj, "__aiter__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            vm.type_name(&obj)
        )));
    };
    let it = ops::call(vm, &m, std::slice::from_ref(&obj), &[])?;
    if lookup_str_on_class(&it, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            vm.type_name(&it)
        )));
    }
    f.stack.push(it);
    Ok(())
}

/// The awaitable of one `async for` step: `type(it).__anext__(it)`, made awaitable.
pub fn anext_awaitable(vm: &Vm, it: &Value) -> PyResult<Value> {
    if coroutine_asyncgen::is_async_generator(it) {
        return Ok(coroutine_asyncgen::anext(it));
    }
    let Some(m) = lookup_str_on_class(it, "__anext__") else {
        return Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(it)
        )));
    };
    let next = ops::call(vm, &m, std::slice::from_ref(it), &[])?;
    let invalid = || {
        vm.type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            vm.type_name(&next)
        ))
    };
    match coroutine::awaitable_iter(vm, &next) {
        Ok(Some(a)) => Ok(a),
        Ok(None) => {
            let err = invalid();
            let cause = coroutine::get_awaitable_iter(vm, &next).err();
            if let Some(c) = cause {
                exception_ops::set_cause_value(&err.0, c.0);
            }
            Err(err)
        }
        Err(e) => {
            let err = invalid();
            exception_ops::set_cause_value(&err.0, e.0);
            Err(err)
        }
    }
}

fn get_anext(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let a = anext_awaitable(vm, top(f))?;
    f.stack.push(a);
    Ok(())
}

fn before_async_with(vm: &Vm, f: &mut Frame) -> PyResult<()> {
    let mgr = pop(f);
    let t = mgr.class();
    let Some(enter) = lookup_str(&t, "__aenter__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            vm.type_name(&mgr)
        )));
    };
    let Some(exit) = lookup_str(&t, "__aexit__") else {
        return Err(vm.type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol \
             (missed __aexit__ method)",
            vm.type_name(&mgr)
        )));
    };
    let exit = ops::attr::bind(vm, exit, Some(&mgr), &t)?;
    f.stack.push(exit);
    let res = ops::call(vm, &enter, std::slice::from_ref(&mgr), &[])?;
    f.stack.push(res);
    Ok(())
}

/// The handler of an `async for`: `StopAsyncIteration` ends the loop, anything else goes on.
fn end_async_for(vm: &Vm, f: &mut Frame) -> Step<()> {
    let exc_type = pop(f);
    let stop = vm.b().exc("StopAsyncIteration");
    if crate::objects::types::is_subtype(&exc_type, stop) {
        let level = f.blocks.pop().map_or(0, |b| b.level);
        f.stack.truncate(level + 3);
        let _t = pop(f);
        let old = pop(f);
        let _tb = pop(f);
        let old = (!vm.is_none(&old)).then_some(old);
        drop(vm.exc_info.replace(old));
        drop(pop(f));
        return Ok(());
    }
    let val = pop(f);
    drop(pop(f));
    Err(Raised {
        err: PyErr(val),
        reraise: true,
    })
}

/// `GET_YIELD_FROM_ITER`: a generator is its own iterator; a coroutine may be awaited only by
/// a coroutine.
fn get_yield_from_iter(vm: &Vm, f: &mut Frame, code: &Code) -> PyResult<()> {
    let v = pop(f);
    let it = match generator_ops::gen_of(&v) {
        Some(_) if coroutine::is_coroutine(&v) => {
            let awaiting = flags::COROUTINE | flags::ITERABLE_COROUTINE;
            if code.co.flags & awaiting == 0 {
                return Err(vm.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            v
        }
        Some(_) => v,
        None => ops::iter(vm, &v)?,
    };
    f.stack.push(it);
    Ok(())
}
