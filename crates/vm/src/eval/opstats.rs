//! Dynamic execution statistics of the eval loop (the `opstats` cargo feature, off by
//! default): how often each opcode and each pair of consecutive opcodes is dispatched, after
//! quickening. Counterpart of CPython's `--enable-pystats` opcode counts and `DXPAIRS`.
//!
//! With `GILPY_OPSTATS=1` in the environment, `report` prints the 40 most frequent opcodes and
//! pairs to stderr when the process exits. A superinstruction "ran as its first instruction
//! only" when the next dispatch is the instruction right after it in the same code: its guard
//! failed and it fell back to the generic first instruction.

use gilpy_bytecode::Opcode;
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// How many rows each table prints.
const TOP: usize = 40;

static OPS: [AtomicU64; 256] = [const { AtomicU64::new(0) }; 256];
static PAIRS: [AtomicU64; 256 * 256] = [const { AtomicU64::new(0) }; 256 * 256];
static FIRST_ONLY: [AtomicU64; 256] = [const { AtomicU64::new(0) }; 256];

/// The previous dispatch on this thread: opcode (256 before the first), instruction array's
/// address, index.
#[derive(Clone, Copy)]
struct Prev {
    op: usize,
    instrs: usize,
    index: usize,
}

thread_local! {
    static PREV: Cell<Prev> = const { Cell::new(Prev { op: 256, instrs: 0, index: 0 }) };
}

/// Whether `op` is a superinstruction covering several instructions (the quickened forms
/// that only renumber a cell operand run one instruction).
fn is_fused(op: usize) -> bool {
    use Opcode::*;
    op >= LOAD_FAST_LOAD_CONST as usize
        && ![LOAD_DEREF_SLOT, STORE_DEREF_SLOT, LOAD_CLOSURE_SLOT]
            .iter()
            .any(|&o| o as usize == op)
}

/// Count the dispatch of `instrs[index]`, whose opcode is `op`.
#[inline(never)]
pub fn record(instrs: &[(Opcode, u32)], index: usize, op: Opcode) {
    let here = Prev {
        op: op as usize,
        instrs: instrs.as_ptr() as usize,
        index,
    };
    let prev = PREV.replace(here);
    OPS[here.op].fetch_add(1, Relaxed);
    if prev.op < 256 {
        PAIRS[prev.op * 256 + here.op].fetch_add(1, Relaxed);
        if is_fused(prev.op) && prev.instrs == here.instrs && prev.index + 1 == index {
            FIRST_ONLY[prev.op].fetch_add(1, Relaxed);
        }
    }
}

fn name(op: usize) -> &'static str {
    u8::try_from(op)
        .ok()
        .and_then(Opcode::from_u8)
        .map_or("?", Opcode::name)
}

/// The non-zero entries of `table` as (count, index), most frequent first.
fn ranked(table: &[AtomicU64]) -> Vec<(u64, usize)> {
    let mut rows: Vec<(u64, usize)> = table
        .iter()
        .enumerate()
        .map(|(i, c)| (c.load(Relaxed), i))
        .filter(|&(c, _)| c > 0)
        .collect();
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    rows
}

fn percent(part: u64, whole: u64) -> f64 {
    100.0 * part as f64 / whole.max(1) as f64
}

/// Print the tables to stderr when `GILPY_OPSTATS=1`.
pub fn report() {
    if std::env::var_os("GILPY_OPSTATS").is_none_or(|v| v != "1") {
        return;
    }
    let ops = ranked(&OPS);
    let total: u64 = ops.iter().map(|r| r.0).sum();
    let pairs = ranked(&PAIRS);
    let pair_total: u64 = pairs.iter().map(|r| r.0).sum();
    let mut out = format!("opstats: {total} dispatches\n\ntop opcodes:\n");
    for &(count, op) in ops.iter().take(TOP) {
        let first_only = FIRST_ONLY[op].load(Relaxed);
        let fallback = if first_only > 0 {
            format!(
                "  (first instruction only: {first_only}, {:.1}%)",
                percent(first_only, count)
            )
        } else {
            String::new()
        };
        out += &format!(
            "{count:>14} {:>6.2}%  {}{fallback}\n",
            percent(count, total),
            name(op)
        );
    }
    out += "\ntop pairs:\n";
    for &(count, pair) in pairs.iter().take(TOP) {
        out += &format!(
            "{count:>14} {:>6.2}%  {} -> {}\n",
            percent(count, pair_total),
            name(pair / 256),
            name(pair % 256)
        );
    }
    eprint!("{out}");
}
