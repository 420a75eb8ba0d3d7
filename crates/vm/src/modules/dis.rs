//! `_dis`, the native half of the `dis` module (`stdlib/dis.py`): listings of code objects in
//! CPython 3.10's format and the opcode tables. Counterpart of CPython's `Lib/dis.py` and
//! `Lib/opcode.py`; the listing itself is `gilpy_bytecode::dis`.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{new_builtin, set_attr};
use crate::objects::function::Args;
use crate::objects::str::{as_str, new_str};
use crate::objects::{dict_ops, int, list_ops};
use crate::ops;
use crate::vm::{CompileMode, PyResult, Vm};
use gilpy_bytecode::{CodeObject, Constant, Opcode};

/// The compiled code behind `x`: a function, method, code object or source string.
fn code_of(vm: &Vm, x: &Value) -> PyResult<Option<CodeObject>> {
    Ok(match x.payload() {
        Some(Payload::Code(c)) => Some(c.co.clone()),
        Some(Payload::Function(f)) => code_of(vm, &f.code.borrow().clone())?,
        Some(Payload::Method(m)) => code_of(vm, &m.0)?,
        Some(Payload::ClassMethod(f) | Payload::StaticMethod(f)) => code_of(vm, f)?,
        Some(Payload::Generator(g)) => g.with_frame(|f| f.map(|fr| fr.code().co.clone())),
        Some(Payload::Str(s)) => Some(
            (vm.interp.compile)(s.as_str(), "<dis>", CompileMode::Exec)
                .map_err(|e| crate::run::syntax_error(vm, e))?,
        ),
        _ => None,
    })
}

fn listing(vm: &Vm, co: &CodeObject) -> String {
    let repr = |c: &Constant| -> String {
        match crate::objects::function_ops::load_const(vm, c) {
            Ok(v) => ops::text::repr_string(vm, &v).unwrap_or_default(),
            Err(_) => String::from("?"),
        }
    };
    gilpy_bytecode::dis::disassemble(co, &repr)
}

fn write(vm: &Vm, file: Option<&Value>, text: &str) -> PyResult<()> {
    match file.filter(|f| !vm.is_none(f)) {
        Some(f) => ops::call_method(vm, f, "write", &[new_str(text)]).map(drop),
        None => crate::modules::builtins::write_stdout(vm, text),
    }
}

/// `dis.dis(x, *, file=None)`.
fn dis(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.count(vm, "dis", 0, 1)?;
    args.only_keywords(vm, "dis", &["file", "depth"])?;
    let file = args.kw("file");
    let Some(x) = a.first() else {
        return Err(
            vm.runtime_error("dis.dis() without an argument needs a traceback; not supported")
        );
    };
    if let Some(co) = code_of(vm, x)? {
        return write(vm, file, &listing(vm, &co)).map(|()| vm.none());
    }
    if let Some(Payload::Type(_) | Payload::Module) = x.payload() {
        let d = x
            .obj()
            .and_then(|o| o.dict_value())
            .unwrap_or_else(|| vm.none());
        let mut items = dict_ops::items(vm, &d)?;
        items.sort_by(|p, q| as_str(&p.0).cmp(&as_str(&q.0)));
        for (k, v) in items {
            if let Some(co) =
                code_of(vm, &v)?.filter(|_| !matches!(v.payload(), Some(Payload::Str(_))))
            {
                let text = format!(
                    "Disassembly of {}:\n{}\n",
                    as_str(&k).unwrap_or("?"),
                    listing(vm, &co)
                );
                write(vm, file, &text)?;
            }
        }
        return Ok(vm.none());
    }
    Err(vm.type_error(format!(
        "don't know how to disassemble {} objects",
        vm.type_name(x)
    )))
}

/// `hasconst`, `hasname`, `hasjrel`, ...: the opcodes of each operand kind (as `Lib/opcode.py`).
fn set_arg_kind_lists(m: &Value) {
    use gilpy_bytecode::opcode::ArgKind;
    let kinds = [
        ("hasconst", ArgKind::Const),
        ("hasname", ArgKind::Name),
        ("haslocal", ArgKind::Local),
        ("hasfree", ArgKind::Free),
        ("hasjrel", ArgKind::JumpRel),
        ("hasjabs", ArgKind::JumpAbs),
        ("hascompare", ArgKind::Compare),
    ];
    for (name, kind) in kinds {
        let ops = Opcode::ALL
            .iter()
            .filter(|op| op.arg_kind() == kind)
            .map(|&op| int::from_i64(op as i64))
            .collect();
        set_attr(m, name, list_ops::new_list(ops));
    }
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    set_attr(m, "dis", new_builtin("dis", dis));
    let mut names: Vec<Value> = (0..256).map(|i| new_str(&format!("<{i}>"))).collect();
    let opmap = crate::objects::dict::new_dict();
    for &op in Opcode::ALL {
        names[op as usize] = new_str(op.name());
        dict_ops::set_item(vm, &opmap, new_str(op.name()), int::from_i64(op as i64))?;
    }
    set_attr(m, "opname", list_ops::new_list(names));
    set_arg_kind_lists(m);
    set_attr(m, "opmap", opmap);
    set_attr(
        m,
        "cmp_op",
        crate::objects::tuple_ops::new_tuple(
            gilpy_bytecode::opcode::CMP_OP
                .iter()
                .map(|s| new_str(s))
                .collect(),
        ),
    );
    set_attr(
        m,
        "HAVE_ARGUMENT",
        int::from_i64(i64::from(gilpy_bytecode::opcode::HAVE_ARGUMENT)),
    );
    Ok(())
}
