//! Checks of the `str` methods against CPython 3.11's answers.

use crate::object::Value;
use crate::objects::str::{intern, new_str};
use crate::objects::{int, list_ops, tuple_ops};
use crate::ops;
use crate::vm::{CompileError, CompileMode, Config, Vm};

fn no_compiler(_: &str, _: &str, _: CompileMode) -> Result<gilpy_bytecode::CodeObject, CompileError> {
    Err(CompileError {
        kind: "SyntaxError",
        msg: "no compiler in unit tests".into(),
        filename: String::new(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
    })
}

pub fn vm() -> Vm {
    Vm::new_main(no_compiler, Config::default())
}

/// `repr(recv.name(*pos, **kw))`, or `ExcType: message`.
pub fn call(vm: &Vm, recv: &Value, name: &str, pos: Vec<Value>, kw: Vec<(&str, Value)>) -> String {
    let r = ops::getattr(vm, recv, &intern(name)).and_then(|m| {
        let mut args = pos;
        let names: Vec<Value> = kw.iter().map(|(k, _)| new_str(k)).collect();
        args.extend(kw.into_iter().map(|(_, v)| v));
        ops::call(vm, &m, &args, &names)
    });
    match r.and_then(|v| ops::text::repr_string(vm, &v)) {
        Ok(s) => s,
        Err(e) => format!("{}: {}", vm.type_name(&e.0), crate::objects::exception_ops::str_of(vm, &e.0).unwrap_or_default()),
    }
}

pub fn s(text: &str) -> Value {
    new_str(text)
}

pub fn i(n: i64) -> Value {
    int::from_i64(n)
}

fn check(vm: &Vm, recv: &str, name: &str, pos: Vec<Value>, expected: &str) {
    assert_eq!(call(vm, &s(recv), name, pos, vec![]), expected, "{recv:?}.{name}");
}

/// One test function: the builtin registry is process-wide, so checks run on one thread.
#[test]
fn str_methods() {
    let vm = vm();
    let vm = &vm;
    check(vm, "banana", "count", vec![s("a")], "3");
    check(vm, "banana", "count", vec![s(""), i(2), i(4)], "3");
    check(vm, "banana", "find", vec![s("na"), i(3)], "4");
    check(vm, "banana", "rfind", vec![s("na"), i(0), i(4)], "2");
    check(vm, "banana", "find", vec![s(""), i(7)], "-1");
    check(vm, "héllo wörld", "find", vec![s("ö")], "7");
    check(vm, "héllo wörld", "rfind", vec![s("l"), i(-3)], "9");
    check(vm, "a", "find", vec![], "TypeError: find() takes at least 1 argument (0 given)");
    check(vm, "a", "find", vec![i(1)], "TypeError: must be str, not int");
    check(vm, "banana", "startswith", vec![s("an"), i(1)], "True");
    check(vm, "banana", "endswith", vec![tuple_ops::new_tuple(vec![s("x"), s("na")])], "True");
    check(vm, "abc", "startswith", vec![s(""), i(4)], "False");
    check(vm, "a", "index", vec![s("b")], "ValueError: substring not found");
    check(vm, "k=v=w", "partition", vec![s("=")], "('k', '=', 'v=w')");
    check(vm, "k=v=w", "rpartition", vec![s("=")], "('k=v', '=', 'w')");
    check(vm, "none", "rpartition", vec![s("=")], "('', '', 'none')");
    check(vm, "abc", "replace", vec![s(""), s("-")], "'-a-b-c-'");
    check(vm, "aaa", "replace", vec![s("a"), s("b"), i(2)], "'bba'");
    check(vm, "a,b,,c", "split", vec![s(",")], "['a', 'b', '', 'c']");
    check(vm, "a b  c ", "split", vec![], "['a', 'b', 'c']");
    check(vm, "a,b,c", "rsplit", vec![s(","), i(1)], "['a,b', 'c']");
    check(vm, " a b  c ", "split", vec![vm.none(), i(1)], "['a', 'b  c ']");
    check(vm, "line1\nline2\r\nline3\rline4\n", "splitlines", vec![], "['line1', 'line2', 'line3', 'line4']");
    check(vm, "x\ny\n", "splitlines", vec![vm.b().true_.clone()], "['x\\n', 'y\\n']");
    check(vm, "-", "join", vec![list_ops::new_list(vec![s("a"), s("b")])], "'a-b'");
    check(vm, ",", "join", vec![list_ops::new_list(vec![i(1)])], "TypeError: sequence item 0: expected str instance, int found");
    check(vm, "  \t hello \n ", "strip", vec![], "'hello'");
    check(vm, "abcba", "strip", vec![s("ab")], "'c'");
    check(vm, "www.example.com", "lstrip", vec![s("w.")], "'example.com'");
    check(vm, "ab", "center", vec![i(7), s("*")], "'***ab**'");
    check(vm, "abc", "ljust", vec![i(5), s("é")], "'abcéé'");
    check(vm, "-42", "zfill", vec![i(5)], "'-0042'");
    check(vm, "a\tbc\td", "expandtabs", vec![], "'a       bc      d'");
    check(vm, "a", "center", vec![i(5), s("ab")], "TypeError: The fill character must be exactly one character long");
    check(vm, "hello World, ÉCOLE ß", "upper", vec![], "'HELLO WORLD, ÉCOLE SS'");
    check(vm, "they're bill's", "title", vec![], "\"They'Re Bill'S\"");
    check(vm, "ΣΑΣ", "lower", vec![], "'σας'");
    check(vm, "½", "isnumeric", vec![], "True");
    check(vm, "x_y", "isidentifier", vec![], "True");
    check(vm, "a", "upper", vec![i(1)], "TypeError: str.upper() takes no arguments (1 given)");
    check(vm, "héllo", "encode", vec![], "b'h\\xc3\\xa9llo'");
    check(vm, "héllo €", "encode", vec![s("ascii"), s("xmlcharrefreplace")], "b'h&#233;llo &#8364;'");
    check(vm, "héllo", "encode", vec![s("ascii")], "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
    check(vm, "中文", "encode", vec![s("utf-16-be")], "b'N-e\\x87'");
    check(vm, "hello", "translate", vec![], "TypeError: str.translate() takes exactly one argument (0 given)");
    check(vm, "{} {}", "format", vec![s("a"), s("b")], "'a b'");
    check(vm, "{1} {0} {1}", "format", vec![s("x"), s("y")], "'y x y'");
    check(vm, "{0[0]} {0[1]}", "format", vec![list_ops::new_list(vec![i(5), i(6)])], "'5 6'");
    check(vm, "{:>8}|{:*^9}", "format", vec![s("r"), s("mid")], "'       r|***mid***'");
    check(vm, "{!r} {{x}}", "format", vec![s("q")], "\"'q' {x}\"");
    check(vm, "{0:{1}}|", "format", vec![s("ab"), i(5)], "'ab   |'");
    check(vm, "{} {}", "format", vec![i(1)], "IndexError: Replacement index 1 out of range for positional args tuple");
    check(vm, "{0} {}", "format", vec![i(1), i(2)], "ValueError: cannot switch from manual field specification to automatic field numbering");
    check(vm, "{:{:{}}}", "format", vec![i(1), i(2), i(3)], "ValueError: Max string recursion exceeded");
    check(vm, "{0!rr}", "format", vec![i(1)], "ValueError: expected ':' after conversion specifier");
    check(vm, "{0[}", "format", vec![i(1)], "ValueError: expected '}' before end of string");
    check(vm, "{a}", "format", vec![], "KeyError: 'a'");
    check(vm, "%s and %r", "__mod__", vec![tuple_ops::new_tuple(vec![s("str"), s("repr")])], "\"str and 'repr'\"");
    check(vm, "%5d|%-5d|%05d", "__mod__", vec![tuple_ops::new_tuple(vec![i(42), i(42), i(42)])], "'   42|42   |00042'");
    check(vm, "%s %s", "__mod__", vec![tuple_ops::new_tuple(vec![s("x")])], "TypeError: not enough arguments for format string");
    check(vm, "abc", "__mul__", vec![i(2)], "'abcabc'");
    check(vm, "abc", "__add__", vec![i(2)], "TypeError: can only concatenate str (not \"int\") to str");
    check(vm, "abc", "__getitem__", vec![i(-1)], "'c'");
    check(vm, "abc", "__len__", vec![], "3");
    format_parsing(vm);
}

fn format_parsing(vm: &Vm) {
    let d = crate::objects::dict::new_dict();
    let _ = crate::objects::dict_ops::set_item(vm, &d, s("a"), i(1));
    check(vm, "{a}-{a}", "format_map", vec![d], "'1-1'");
    let table = call(vm, &vm.b().str_, "maketrans", vec![s("abc"), s("xyz"), s("d")], vec![]);
    assert_eq!(table, "{97: 120, 98: 121, 99: 122, 100: None}");
    assert_eq!(call(vm, &s("a b"), "split", vec![], vec![("maxsplit", i(0))]), "['a b']");
    assert_eq!(call(vm, &s("a"), "split", vec![], vec![("x", i(0))]), "TypeError: 'x' is an invalid keyword argument for split()");
}
