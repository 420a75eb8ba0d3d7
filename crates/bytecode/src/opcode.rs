//! The instruction set, declared once. Counterpart of CPython 3.10's `Lib/opcode.py` and the
//! `stack_effect` table of `Python/compile.c`.
//!
//! Every instruction is one line of the `opcodes!` table below: name, number (CPython 3.10's,
//! so `dis` listings match the 3.10 oracle), operand kind, stack effect and a one-line doc.
//! The `Opcode` enum, `dis` names, operand kinds and `stack_effect` are generated from it.
//! Numbers above 200 are gilpy's own (3.11 semantics that 3.10 lacks, and later quickened forms).

/// What the operand of an instruction means; `dis` uses it to print the argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No operand (the oparg is ignored).
    None,
    /// A plain number (a count, flags).
    Num,
    /// Index into `consts`.
    Const,
    /// Index into `names`.
    Name,
    /// Index into `varnames`.
    Local,
    /// Index into cellvars followed by freevars.
    Free,
    /// Jump, relative to the next instruction, counted in instructions.
    JumpRel,
    /// Jump to an absolute instruction index.
    JumpAbs,
    /// Index into `CMP_OP`.
    Compare,
}

/// Comparison operator names for `COMPARE_OP`, as `dis.cmp_op`.
pub const CMP_OP: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// First opcode that takes an operand (as CPython's `HAVE_ARGUMENT`).
pub const HAVE_ARGUMENT: u8 = 90;

/// `FORMAT_VALUE` flags.
pub const FVC_MASK: u32 = 0x3;
pub const FVC_NONE: u32 = 0x0;
pub const FVC_STR: u32 = 0x1;
pub const FVC_REPR: u32 = 0x2;
pub const FVC_ASCII: u32 = 0x3;
pub const FVS_MASK: u32 = 0x4;
pub const FVS_HAVE_SPEC: u32 = 0x4;

/// `MAKE_FUNCTION` flags.
pub const MAKE_FUNCTION_DEFAULTS: u32 = 0x01;
pub const MAKE_FUNCTION_KWDEFAULTS: u32 = 0x02;
pub const MAKE_FUNCTION_ANNOTATIONS: u32 = 0x04;
pub const MAKE_FUNCTION_CLOSURE: u32 = 0x08;

macro_rules! opcodes {
    ($( $name:ident = $num:literal, $kind:ident, |$arg:ident, $jump:ident| $effect:expr, $doc:literal; )*) => {
        /// One bytecode instruction's opcode.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Opcode {
            $( #[doc = $doc] $name = $num, )*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name),*];

            /// Decode an opcode byte; `None` for a number that is not an instruction.
            pub fn from_u8(byte: u8) -> Option<Opcode> {
                match byte {
                    $( $num => Some(Opcode::$name), )*
                    _ => None,
                }
            }

            /// The name `dis` prints.
            pub fn name(self) -> &'static str {
                match self { $( Opcode::$name => stringify!($name), )* }
            }

            /// What the operand means.
            pub fn arg_kind(self) -> ArgKind {
                match self { $( Opcode::$name => ArgKind::$kind, )* }
            }

            /// One-line description of the instruction.
            pub fn doc(self) -> &'static str {
                match self { $( Opcode::$name => $doc, )* }
            }

            /// Net change of the value stack depth; `jump` selects the effect when the
            /// instruction jumps (as CPython's `stack_effect(opcode, oparg, jump)`).
            #[allow(unused_variables, clippy::unnecessary_cast)]
            pub fn stack_effect(self, oparg: u32, jump: bool) -> i32 {
                match self {
                    $( Opcode::$name => { let $arg = oparg as i32; let $jump = jump; $effect } )*
                }
            }
        }
    };
}

fn bit(flags: i32, mask: i32) -> i32 {
    i32::from(flags & mask != 0)
}

opcodes! {
    POP_TOP = 1, None, |a, j| -1, "Remove the top of stack.";
    ROT_TWO = 2, None, |a, j| 0, "Swap the two top items.";
    ROT_THREE = 3, None, |a, j| 0, "Lift the second and third items up one, move the top down to third.";
    DUP_TOP = 4, None, |a, j| 1, "Push a new reference to the top of stack.";
    DUP_TOP_TWO = 5, None, |a, j| 2, "Duplicate the two top items, keeping their order.";
    ROT_FOUR = 6, None, |a, j| 0, "Lift the second to fourth items up one, move the top down to fourth.";
    NOP = 9, None, |a, j| 0, "Do nothing.";
    UNARY_POSITIVE = 10, None, |a, j| 0, "TOS = +TOS.";
    UNARY_NEGATIVE = 11, None, |a, j| 0, "TOS = -TOS.";
    UNARY_NOT = 12, None, |a, j| 0, "TOS = not TOS.";
    UNARY_INVERT = 15, None, |a, j| 0, "TOS = ~TOS.";
    BINARY_MATRIX_MULTIPLY = 16, None, |a, j| -1, "(left, right -- left @ right)";
    INPLACE_MATRIX_MULTIPLY = 17, None, |a, j| -1, "(left, right -- left @= right)";
    BINARY_POWER = 19, None, |a, j| -1, "(left, right -- left ** right)";
    BINARY_MULTIPLY = 20, None, |a, j| -1, "(left, right -- left * right)";
    BINARY_MODULO = 22, None, |a, j| -1, "(left, right -- left % right)";
    BINARY_ADD = 23, None, |a, j| -1, "(left, right -- left + right)";
    BINARY_SUBTRACT = 24, None, |a, j| -1, "(left, right -- left - right)";
    BINARY_SUBSCR = 25, None, |a, j| -1, "(container, key -- container[key])";
    BINARY_FLOOR_DIVIDE = 26, None, |a, j| -1, "(left, right -- left // right)";
    BINARY_TRUE_DIVIDE = 27, None, |a, j| -1, "(left, right -- left / right)";
    INPLACE_FLOOR_DIVIDE = 28, None, |a, j| -1, "(left, right -- left //= right)";
    INPLACE_TRUE_DIVIDE = 29, None, |a, j| -1, "(left, right -- left /= right)";
    GET_LEN = 30, None, |a, j| 1, "(obj -- obj, len(obj)) for match statements.";
    MATCH_MAPPING = 31, None, |a, j| 1, "(subject -- subject, is_mapping)";
    MATCH_SEQUENCE = 32, None, |a, j| 1, "(subject -- subject, is_sequence)";
    MATCH_KEYS = 33, None, |a, j| 2, "(subject, keys -- subject, keys, values_or_none, ok)";
    COPY_DICT_WITHOUT_KEYS = 34, None, |a, j| 0, "(subject, keys -- subject, rest_dict)";
    WITH_EXCEPT_START = 49, None, |a, j| 1, "Call __exit__ with the exception on the stack below the three exception items.";
    GET_AITER = 50, None, |a, j| 0, "TOS = TOS.__aiter__().";
    GET_ANEXT = 51, None, |a, j| 1, "Push an awaitable of TOS.__anext__().";
    BEFORE_ASYNC_WITH = 52, None, |a, j| 1, "(mgr -- exit, awaitable_of_aenter)";
    END_ASYNC_FOR = 54, None, |a, j| -7, "End an async for loop on StopAsyncIteration, else re-raise.";
    INPLACE_ADD = 55, None, |a, j| -1, "(left, right -- left += right)";
    INPLACE_SUBTRACT = 56, None, |a, j| -1, "(left, right -- left -= right)";
    INPLACE_MULTIPLY = 57, None, |a, j| -1, "(left, right -- left *= right)";
    INPLACE_MODULO = 59, None, |a, j| -1, "(left, right -- left %= right)";
    STORE_SUBSCR = 60, None, |a, j| -3, "(value, container, key -- ) container[key] = value.";
    DELETE_SUBSCR = 61, None, |a, j| -2, "(container, key -- ) del container[key].";
    BINARY_LSHIFT = 62, None, |a, j| -1, "(left, right -- left << right)";
    BINARY_RSHIFT = 63, None, |a, j| -1, "(left, right -- left >> right)";
    BINARY_AND = 64, None, |a, j| -1, "(left, right -- left & right)";
    BINARY_XOR = 65, None, |a, j| -1, "(left, right -- left ^ right)";
    BINARY_OR = 66, None, |a, j| -1, "(left, right -- left | right)";
    INPLACE_POWER = 67, None, |a, j| -1, "(left, right -- left **= right)";
    GET_ITER = 68, None, |a, j| 0, "TOS = iter(TOS).";
    GET_YIELD_FROM_ITER = 69, None, |a, j| 0, "TOS = iter(TOS) unless it is a generator or coroutine.";
    PRINT_EXPR = 70, None, |a, j| -1, "Interactive mode: print repr(TOS) through sys.displayhook.";
    LOAD_BUILD_CLASS = 71, None, |a, j| 1, "Push builtins.__build_class__.";
    YIELD_FROM = 72, None, |a, j| -1, "(iter, value -- result) Delegate to a sub-iterator.";
    GET_AWAITABLE = 73, None, |a, j| 0, "TOS = an awaitable iterator of TOS.";
    LOAD_ASSERTION_ERROR = 74, None, |a, j| 1, "Push AssertionError.";
    INPLACE_LSHIFT = 75, None, |a, j| -1, "(left, right -- left <<= right)";
    INPLACE_RSHIFT = 76, None, |a, j| -1, "(left, right -- left >>= right)";
    INPLACE_AND = 77, None, |a, j| -1, "(left, right -- left &= right)";
    INPLACE_XOR = 78, None, |a, j| -1, "(left, right -- left ^= right)";
    INPLACE_OR = 79, None, |a, j| -1, "(left, right -- left |= right)";
    LIST_TO_TUPLE = 82, None, |a, j| 0, "TOS = tuple(TOS) for a list TOS.";
    RETURN_VALUE = 83, None, |a, j| -1, "Return TOS to the caller.";
    IMPORT_STAR = 84, None, |a, j| -1, "(module -- ) Import all public names of module into locals.";
    SETUP_ANNOTATIONS = 85, None, |a, j| 0, "Create __annotations__ in locals if absent.";
    YIELD_VALUE = 86, None, |a, j| 0, "Yield TOS from a generator; TOS becomes the value sent.";
    POP_BLOCK = 87, None, |a, j| 0, "Pop a block from the block stack.";
    POP_EXCEPT = 89, None, |a, j| -3, "Pop an except-handler block, restoring the previous exception.";
    STORE_NAME = 90, Name, |a, j| -1, "name = TOS, in locals.";
    DELETE_NAME = 91, Name, |a, j| 0, "del name, in locals.";
    UNPACK_SEQUENCE = 92, Num, |a, j| a - 1, "(seq -- item_n-1 ... item_0) Unpack exactly oparg items.";
    FOR_ITER = 93, JumpRel, |a, j| if j { -1 } else { 1 }, "(iter -- iter, next) or pop iter and jump when exhausted.";
    UNPACK_EX = 94, Num, |a, j| (a & 0xFF) + (a >> 8), "Unpack with a starred target: low byte before, high byte after.";
    STORE_ATTR = 95, Name, |a, j| -2, "(value, obj -- ) obj.name = value.";
    DELETE_ATTR = 96, Name, |a, j| -1, "(obj -- ) del obj.name.";
    STORE_GLOBAL = 97, Name, |a, j| -1, "Global name = TOS.";
    DELETE_GLOBAL = 98, Name, |a, j| 0, "del global name.";
    ROT_N = 99, Num, |a, j| 0, "Lift the top oparg-1 items up one, move the top down to position oparg.";
    LOAD_CONST = 100, Const, |a, j| 1, "Push consts[oparg].";
    LOAD_NAME = 101, Name, |a, j| 1, "Push the value of name from locals, globals or builtins.";
    BUILD_TUPLE = 102, Num, |a, j| 1 - a, "Build a tuple from oparg items.";
    BUILD_LIST = 103, Num, |a, j| 1 - a, "Build a list from oparg items.";
    BUILD_SET = 104, Num, |a, j| 1 - a, "Build a set from oparg items.";
    BUILD_MAP = 105, Num, |a, j| 1 - 2 * a, "Build a dict from oparg key/value pairs.";
    LOAD_ATTR = 106, Name, |a, j| 0, "TOS = getattr(TOS, name).";
    COMPARE_OP = 107, Compare, |a, j| -1, "(left, right -- left <cmp_op[oparg]> right)";
    IMPORT_NAME = 108, Name, |a, j| -1, "(level, fromlist -- module) Import module name.";
    IMPORT_FROM = 109, Name, |a, j| 1, "(module -- module, module.name)";
    JUMP_FORWARD = 110, JumpRel, |a, j| 0, "Jump forward by oparg instructions.";
    JUMP_IF_FALSE_OR_POP = 111, JumpAbs, |a, j| if j { 0 } else { -1 }, "If TOS is false jump, keeping it; else pop it.";
    JUMP_IF_TRUE_OR_POP = 112, JumpAbs, |a, j| if j { 0 } else { -1 }, "If TOS is true jump, keeping it; else pop it.";
    JUMP_ABSOLUTE = 113, JumpAbs, |a, j| 0, "Jump to instruction oparg (checks the eval breaker when backward).";
    POP_JUMP_IF_FALSE = 114, JumpAbs, |a, j| -1, "Pop TOS; jump if it is false.";
    POP_JUMP_IF_TRUE = 115, JumpAbs, |a, j| -1, "Pop TOS; jump if it is true.";
    LOAD_GLOBAL = 116, Name, |a, j| 1, "Push the value of name from globals or builtins.";
    IS_OP = 117, Num, |a, j| -1, "(left, right -- left is right), negated when oparg is 1.";
    CONTAINS_OP = 118, Num, |a, j| -1, "(left, right -- left in right), negated when oparg is 1.";
    RERAISE = 119, Num, |a, j| -3, "Re-raise the exception on the stack; oparg 1 restores f_lasti.";
    JUMP_IF_NOT_EXC_MATCH = 121, JumpAbs, |a, j| -2, "(exc, type -- ) Jump unless exc matches type.";
    SETUP_FINALLY = 122, JumpRel, |a, j| if j { 6 } else { 0 }, "Push a try block whose handler is at the jump target.";
    LOAD_FAST = 124, Local, |a, j| 1, "Push local variable varnames[oparg].";
    STORE_FAST = 125, Local, |a, j| -1, "Local variable varnames[oparg] = TOS.";
    DELETE_FAST = 126, Local, |a, j| 0, "del local variable varnames[oparg].";
    GEN_START = 129, Num, |a, j| -1, "Pop the value first sent to a generator (0 generator, 1 coroutine, 2 async generator).";
    RAISE_VARARGS = 130, Num, |a, j| -a, "raise (0), raise TOS (1), raise TOS1 from TOS (2).";
    CALL_FUNCTION = 131, Num, |a, j| -a, "(func, arg_1 ... arg_n -- result)";
    MAKE_FUNCTION = 132, Num, |a, j| -1 - bit(a, 1) - bit(a, 2) - bit(a, 4) - bit(a, 8), "(defaults?, kwdefaults?, annotations?, closure?, code, qualname -- function)";
    BUILD_SLICE = 133, Num, |a, j| if a == 3 { -2 } else { -1 }, "Build a slice from 2 or 3 items.";
    LOAD_CLOSURE = 135, Free, |a, j| 1, "Push the cell in slot oparg.";
    LOAD_DEREF = 136, Free, |a, j| 1, "Push the contents of the cell in slot oparg.";
    STORE_DEREF = 137, Free, |a, j| -1, "Store TOS into the cell in slot oparg.";
    DELETE_DEREF = 138, Free, |a, j| 0, "Empty the cell in slot oparg.";
    CALL_FUNCTION_KW = 141, Num, |a, j| -a - 1, "(func, args..., kwnames -- result)";
    CALL_FUNCTION_EX = 142, Num, |a, j| -1 - bit(a, 1), "(func, args_tuple, kwargs_dict? -- result)";
    SETUP_WITH = 143, JumpRel, |a, j| if j { 6 } else { 1 }, "(mgr -- exit, mgr.__enter__()) and push a finally block.";
    EXTENDED_ARG = 144, Num, |a, j| 0, "Prefix: shift oparg of the next instruction left by 8 bits.";
    LIST_APPEND = 145, Num, |a, j| -1, "Append TOS to the list at stack position oparg.";
    SET_ADD = 146, Num, |a, j| -1, "Add TOS to the set at stack position oparg.";
    MAP_ADD = 147, Num, |a, j| -2, "(key, value -- ) into the dict at stack position oparg.";
    LOAD_CLASSDEREF = 148, Free, |a, j| 1, "Class body: push name from locals, else from the cell.";
    MATCH_CLASS = 152, Num, |a, j| -1, "(subject, cls, names -- attrs_or_none, ok)";
    SETUP_ASYNC_WITH = 154, JumpRel, |a, j| if j { 5 } else { 0 }, "Push a finally block for async with.";
    FORMAT_VALUE = 155, Num, |a, j| if a & 4 != 0 { -1 } else { 0 }, "f-string field: (value, spec? -- formatted)";
    BUILD_CONST_KEY_MAP = 156, Num, |a, j| -a, "(values..., keys_tuple -- dict)";
    BUILD_STRING = 157, Num, |a, j| 1 - a, "Concatenate oparg strings.";
    LOAD_METHOD = 160, Name, |a, j| 1, "(obj -- method, self) or (obj -- NULL, attr).";
    CALL_METHOD = 161, Num, |a, j| -a - 1, "(method, self_or_null, args... -- result)";
    LIST_EXTEND = 162, Num, |a, j| -1, "Extend the list at stack position oparg with TOS.";
    SET_UPDATE = 163, Num, |a, j| -1, "Update the set at stack position oparg with TOS.";
    DICT_MERGE = 164, Num, |a, j| -1, "Merge TOS into the dict at position oparg; duplicate keys raise.";
    DICT_UPDATE = 165, Num, |a, j| -1, "Update the dict at stack position oparg with TOS.";
    CHECK_EG_MATCH = 200, Num, |a, j| 0, "gilpy (except*): (rest, type -- rest', match) split rest by type, a bare exception counting as a group of one; match is None when nothing matched, else it becomes the handled exception. Oparg unused.";
    PREP_RERAISE_STAR = 201, Num, |a, j| -1, "gilpy (except*): (orig, raised_list -- exc_or_none) what is left to raise after the except* clauses: the unhandled rest and the raised exceptions merged as 3.11's _PyExc_PrepReraiseStar does, or None. Oparg unused.";
    EXCEPT_STAR_START = 202, Num, |a, j| 0, "gilpy (except*): (tb, val, type -- orig, raised_list, rest) start except* handling: orig = rest = val, raised_list = []. Oparg unused.";
    RERAISE_EXC = 203, Num, |a, j| -1, "gilpy (except*): (exc -- ) raise exc as it is, keeping its traceback, cause and context. Oparg unused.";
    LOAD_FAST_LOAD_CONST = 210, Local, |a, j| 2, "gilpy quickened (never emitted): LOAD_FAST oparg; LOAD_CONST (the next instruction's oparg).";
    LOAD_FAST_LOAD_FAST = 211, Local, |a, j| 2, "gilpy quickened (never emitted): LOAD_FAST oparg; LOAD_FAST (the next instruction's oparg).";
    LOCAL_ADD_CONST = 212, Local, |a, j| 0, "gilpy quickened (never emitted): x = x + const over LOAD_FAST x, LOAD_CONST, BINARY_ADD/INPLACE_ADD, STORE_FAST x of small ints; else acts as LOAD_FAST.";
    COMPARE_LOCAL_CONST_JUMP = 213, Local, |a, j| 0, "gilpy quickened (never emitted): LOAD_FAST, LOAD_CONST, COMPARE_OP, POP_JUMP_IF_* of small ints in one step; else acts as LOAD_FAST.";
    LOCAL_SUB_CONST = 214, Local, |a, j| 0, "gilpy quickened (never emitted): x = x - const over LOAD_FAST x, LOAD_CONST, BINARY_SUBTRACT/INPLACE_SUBTRACT, STORE_FAST x of small ints; else acts as LOAD_FAST.";
    SLICE_SUBSCR = 215, Num, |a, j| if a == 3 { -2 } else { -1 }, "gilpy quickened (never emitted): BUILD_SLICE oparg then BINARY_SUBSCR or STORE_SUBSCR of an exact list (or tuple, read) with small-int or None bounds, in one step and without a slice object; else acts as BUILD_SLICE.";
    DUP_TOP_TWO_SUBSCR = 216, Num, |a, j| 2, "gilpy quickened (never emitted): DUP_TOP_TWO then BINARY_SUBSCR (an augmented subscript's read) of an exact list or tuple with a small-int index in one step; else acts as DUP_TOP_TWO. Oparg unused.";
    ROT_THREE_STORE_SUBSCR = 217, Num, |a, j| 0, "gilpy quickened (never emitted): ROT_THREE then STORE_SUBSCR (an augmented subscript's store) into an exact list with a small-int index in one step; else acts as ROT_THREE. Oparg unused.";
    LOAD_FAST_ADD_CONST = 218, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_CONST, BINARY_ADD of small ints with a small-int sum in one step; else acts as LOAD_FAST_LOAD_CONST.";
    LOAD_FAST_SUB_CONST = 219, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_CONST, BINARY_SUBTRACT of small ints with a small-int difference in one step; else acts as LOAD_FAST_LOAD_CONST.";
    STORE_FAST_STORE_FAST = 220, Local, |a, j| -2, "gilpy quickened (never emitted): STORE_FAST oparg then STORE_FAST (the next instruction's oparg) in one step.";
    LOAD_FAST_LOAD_FAST_BINARY = 221, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_FAST, then BINARY_/INPLACE_ ADD, SUBTRACT or MULTIPLY of small ints or exact floats in one step (with a STORE_FAST that follows); else acts as LOAD_FAST_LOAD_FAST.";
    POP_TOP_JUMP_ABSOLUTE = 222, Num, |a, j| -1, "gilpy quickened (never emitted): POP_TOP then JUMP_ABSOLUTE (the next instruction's oparg) in one step. Oparg unused.";
    LOAD_FAST_LOAD_ATTR = 224, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg then LOAD_ATTR (the next instruction's oparg) of an instance attribute its inline cache knows, in one step without pushing the local; else acts as LOAD_FAST.";
    LOAD_FAST_STORE_ATTR = 225, Local, |a, j| -1, "gilpy quickened (never emitted): LOAD_FAST oparg then STORE_ATTR (the next instruction's oparg) of an instance attribute its inline cache knows, in one step without pushing the local; else acts as LOAD_FAST.";
    LOAD_FAST_LOAD_METHOD = 226, Local, |a, j| 2, "gilpy quickened (never emitted): LOAD_FAST oparg then LOAD_METHOD (the next instruction's oparg) of a plain method its inline cache knows, in one step; else acts as LOAD_FAST.";
    LOAD_DEREF_SLOT = 227, Num, |a, j| 1, "gilpy quickened (never emitted): LOAD_DEREF whose oparg is the cell's frame slot (co_nlocals + the LOAD_DEREF oparg).";
    STORE_DEREF_SLOT = 228, Num, |a, j| -1, "gilpy quickened (never emitted): STORE_DEREF whose oparg is the cell's frame slot (co_nlocals + the STORE_DEREF oparg).";
    LOAD_CLOSURE_SLOT = 229, Num, |a, j| 1, "gilpy quickened (never emitted): LOAD_CLOSURE whose oparg is the cell's frame slot (co_nlocals + the LOAD_CLOSURE oparg).";
    UNPACK_SEQUENCE_STORE = 230, Num, |a, j| a - 1, "gilpy quickened (never emitted): UNPACK_SEQUENCE oparg (2 to 4) of an exact tuple or list of oparg items and the oparg STORE_FASTs after it in one step; else acts as UNPACK_SEQUENCE.";
    LOAD_FAST_CONST_DUP_SUBSCR = 231, Local, |a, j| 2, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_CONST, DUP_TOP_TWO, BINARY_SUBSCR (an augmented subscript's read, `v[0] += x`) of an exact list or tuple and a small-int index in one step; else acts as LOAD_FAST_LOAD_CONST.";
    LOAD_FAST_LOCAL_DUP_SUBSCR = 232, Local, |a, j| 2, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_FAST, DUP_TOP_TWO, BINARY_SUBSCR (an augmented subscript's read, `v[i] += x`) of an exact list or tuple and a small-int index in one step; else acts as LOAD_FAST_LOAD_FAST.";
    IS_OP_JUMP = 233, Num, |a, j| -2, "gilpy quickened (never emitted): IS_OP oparg then the POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE after it in one step, without a bool object.";
    LOAD_CONST_IS_OP_JUMP = 234, Const, |a, j| -1, "gilpy quickened (never emitted): LOAD_CONST oparg, IS_OP, then POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE in one step (`x is None`), without pushing the constant or a bool object.";
    CONTAINS_OP_JUMP = 235, Num, |a, j| -2, "gilpy quickened (never emitted): CONTAINS_OP oparg then the POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE after it in one step, without a bool object.";
    FOR_ITER_STORE_FAST = 236, JumpRel, |a, j| if j { -1 } else { 0 }, "gilpy quickened (never emitted): FOR_ITER oparg then the STORE_FAST after it in one step (`for x in ...`), the item stored without being pushed.";
    LOAD_CONST_RETURN_VALUE = 237, Const, |a, j| 0, "gilpy quickened (never emitted): LOAD_CONST oparg then RETURN_VALUE in one step (CPython 3.12's RETURN_CONST).";
    LOAD_FAST_RETURN_VALUE = 238, Local, |a, j| 0, "gilpy quickened (never emitted): LOAD_FAST oparg then RETURN_VALUE in one step.";
    LOAD_GLOBAL_COMPARE_OP = 239, Name, |a, j| 1, "gilpy quickened (never emitted): LOAD_GLOBAL oparg then COMPARE_OP (below 6) of the top of the stack and the global when both are small ints, in one step (the conditional jump after it too, without a bool object); else acts as LOAD_GLOBAL.";
    LOAD_GLOBAL_BINARY = 240, Name, |a, j| 1, "gilpy quickened (never emitted): LOAD_GLOBAL oparg then the arithmetic or bitwise operator after it (`x & FLAG`) of the top of the stack and the global when both and the result are small ints, in one step; else acts as LOAD_GLOBAL.";
    LOAD_FAST_ATTR_GLOBAL_COMPARE = 241, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_ATTR, LOAD_GLOBAL, COMPARE_OP (below 6) of a cached small-int instance attribute and a cached small-int global in one step (the conditional jump after it too, without a bool object); else acts as LOAD_FAST_LOAD_ATTR (or LOAD_FAST).";
    LOAD_FAST_ATTR_GLOBAL_BINARY = 242, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_ATTR, LOAD_GLOBAL and the arithmetic or bitwise operator after them (`x.state & FLAG`) of a cached small-int instance attribute and a cached small-int global with a small-int result in one step; else acts as LOAD_FAST_LOAD_ATTR (or LOAD_FAST).";
    LOAD_DEREF_LOAD_METHOD = 243, Num, |a, j| 2, "gilpy quickened (never emitted): LOAD_DEREF_SLOT oparg then LOAD_METHOD (the next instruction's oparg) of a plain method its inline cache knows, in one step (`cols.add(c)` on a free variable); else acts as LOAD_DEREF_SLOT.";
    LOAD_FAST_METHOD_CALL_0 = 244, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_METHOD, CALL_METHOD 0 (`w.lower()`) of a builtin method with a fast entry that the inline cache knows, called in one step; else acts as LOAD_FAST_LOAD_METHOD.";
    LOAD_FAST_METHOD_CALL_1 = 245, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_METHOD, LOAD_FAST, CALL_METHOD 1 (`l.append(x)`) of a builtin method with a fast entry (or list.append) that the inline cache knows, called in one step; else acts as LOAD_FAST_LOAD_METHOD.";
    MAKE_GENEXPR = 247, Num, |a, j| -1 - bit(a, 8), "gilpy quickened (never emitted): MAKE_FUNCTION oparg (0 or 8: a closure), LOAD_FAST, GET_ITER, CALL_FUNCTION 1 of a generator expression's code in one step: the generator is made without the function object; else acts as MAKE_FUNCTION.";
    LOAD_FAST_ATTR_ATTR = 253, Local, |a, j| 1, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_ATTR, LOAD_ATTR (`x.a.b`) of instance attributes their inline caches know, in one step pushing only the last; where only the first is known, acts as LOAD_FAST_LOAD_ATTR; else as LOAD_FAST.";
    LOAD_FAST_ATTR_METHOD = 254, Local, |a, j| 2, "gilpy quickened (never emitted): LOAD_FAST oparg, LOAD_ATTR, LOAD_METHOD (`x.a.m(...)`) of an instance attribute and a plain method their inline caches know, in one step; where only the attribute is known, acts as LOAD_FAST_LOAD_ATTR; else as LOAD_FAST.";
}

impl Opcode {
    /// Whether the instruction uses its operand.
    pub fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }

    /// Whether the instruction is a jump (relative or absolute).
    pub fn is_jump(self) -> bool {
        matches!(self.arg_kind(), ArgKind::JumpRel | ArgKind::JumpAbs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op as u8), Some(op));
        }
        assert_eq!(Opcode::from_u8(0), None);
    }

    #[test]
    fn operands_start_at_have_argument() {
        for &op in Opcode::ALL {
            assert_eq!(
                op.has_arg(),
                op.arg_kind() != ArgKind::None,
                "{}",
                op.name()
            );
        }
    }
}
