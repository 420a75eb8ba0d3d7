//! Human-readable listings of code objects in exactly the format of CPython 3.10's
//! `dis.dis()`. Counterpart of CPython's `Lib/dis.py`.

use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::opcode::{ArgKind, CMP_OP, HAVE_ARGUMENT, Opcode};

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// Disassemble `code` and, recursively, every code object among its constants, as
/// `dis.dis(code)` prints them. `const_repr` gives the `repr()` of a constant; for code
/// objects it is also used in the `Disassembly of ...:` headers.
pub fn disassemble(code: &CodeObject, const_repr: &dyn Fn(&Constant) -> String) -> String {
    let mut out = String::new();
    disassemble_recursive(code, const_repr, &mut out);
    out
}

fn disassemble_recursive(
    code: &CodeObject,
    const_repr: &dyn Fn(&Constant) -> String,
    out: &mut String,
) {
    disassemble_one(code, const_repr, out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", const_repr(c));
            disassemble_recursive(inner, const_repr, out);
        }
    }
}

/// One decoded instruction: byte offset, opcode byte and operand (with `EXTENDED_ARG`
/// prefixes folded in), as `dis._unpack_opargs`.
struct Unpacked {
    offset: usize,
    op: u8,
    arg: Option<u32>,
}

fn unpack_opargs(code: &[u8]) -> Vec<Unpacked> {
    let mut extended = 0u32;
    code.chunks_exact(2)
        .enumerate()
        .map(|(i, pair)| {
            let op = pair[0];
            let arg = (op >= HAVE_ARGUMENT).then(|| {
                let arg = u32::from(pair[1]) | extended;
                extended = if op == Opcode::EXTENDED_ARG as u8 {
                    arg << 8
                } else {
                    0
                };
                arg
            });
            Unpacked {
                offset: 2 * i,
                op,
                arg,
            }
        })
        .collect()
}

fn jump_target(ins: &Unpacked) -> Option<usize> {
    let arg = ins.arg? as usize;
    match Opcode::from_u8(ins.op)?.arg_kind() {
        ArgKind::JumpRel => Some(ins.offset + 2 + arg * 2),
        ArgKind::JumpAbs => Some(arg * 2),
        _ => None,
    }
}

/// Offsets where a new source line starts, as `dis.findlinestarts`.
fn line_starts(code: &CodeObject) -> Vec<Option<u32>> {
    let mut last = None;
    (0..code.len())
        .map(|i| {
            let line = code.line_of(i)?;
            if Some(line) == last {
                return None;
            }
            last = Some(line);
            Some(line)
        })
        .collect()
}

fn disassemble_one(code: &CodeObject, const_repr: &dyn Fn(&Constant) -> String, out: &mut String) {
    let instrs = unpack_opargs(&code.code);
    let labels: Vec<usize> = instrs.iter().filter_map(jump_target).collect();
    let starts = line_starts(code);
    let show_lineno = starts.iter().any(Option::is_some);
    let max_line = starts.iter().flatten().max().copied().unwrap_or(0);
    let lineno_width = match (show_lineno, max_line >= 1000) {
        (false, _) => 0,
        (true, true) => max_line.to_string().len(),
        (true, false) => 3,
    };
    let max_offset = code.code.len().saturating_sub(2);
    let offset_width = if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    };
    for ins in &instrs {
        let start = starts.get(ins.offset / 2).copied().flatten();
        if show_lineno && start.is_some() && ins.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        if lineno_width > 0 {
            fields.push(match start {
                Some(line) => format!("{line:>lineno_width$}"),
                None => " ".repeat(lineno_width),
            });
        }
        fields.push("   ".to_string());
        fields.push(
            if labels.contains(&ins.offset) {
                ">>"
            } else {
                "  "
            }
            .to_string(),
        );
        fields.push(format!("{:>offset_width$}", ins.offset));
        let name = Opcode::from_u8(ins.op)
            .map_or_else(|| format!("<{}>", ins.op), |o| o.name().to_string());
        fields.push(format!("{name:<OPNAME_WIDTH$}"));
        if let Some(arg) = ins.arg {
            fields.push(format!("{arg:>OPARG_WIDTH$}"));
            let argrepr = arg_repr(code, ins, arg, const_repr);
            if !argrepr.is_empty() {
                fields.push(format!("({argrepr})"));
            }
        }
        let line = fields.join(" ");
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

fn name_at(names: &[String], i: u32) -> String {
    names
        .get(i as usize)
        .cloned()
        .unwrap_or_else(|| i.to_string())
}

fn arg_repr(
    code: &CodeObject,
    ins: &Unpacked,
    arg: u32,
    const_repr: &dyn Fn(&Constant) -> String,
) -> String {
    let Some(op) = Opcode::from_u8(ins.op) else {
        return String::new();
    };
    match op.arg_kind() {
        ArgKind::Const => code
            .consts
            .get(arg as usize)
            .map_or_else(|| arg.to_string(), const_repr),
        ArgKind::Name => name_at(&code.names, arg),
        ArgKind::Local => name_at(&code.varnames, arg),
        ArgKind::Free => {
            let cells: Vec<String> = code
                .cellvars
                .iter()
                .chain(&code.freevars)
                .cloned()
                .collect();
            name_at(&cells, arg)
        }
        ArgKind::JumpRel | ArgKind::JumpAbs => {
            jump_target(ins).map_or_else(String::new, |t| format!("to {t}"))
        }
        ArgKind::Compare => CMP_OP
            .get(arg as usize)
            .map_or_else(String::new, |s| s.to_string()),
        ArgKind::Num | ArgKind::None => num_repr(op, arg),
    }
}

/// Operand details `dis` shows for `FORMAT_VALUE` and `MAKE_FUNCTION`.
fn num_repr(op: Opcode, arg: u32) -> String {
    match op {
        Opcode::FORMAT_VALUE => {
            let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
            let spec = if arg & 4 != 0 { "with format" } else { "" };
            [conv, spec]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        }
        Opcode::MAKE_FUNCTION => {
            let flags = ["defaults", "kwdefaults", "annotations", "closure"];
            let set = flags
                .iter()
                .enumerate()
                .filter(|(i, _)| arg & (1 << i) != 0);
            set.map(|(_, s)| *s).collect::<Vec<_>>().join(", ")
        }
        _ => String::new(),
    }
}
