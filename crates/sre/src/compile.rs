//! The pattern compiler: a parsed tree into a flat program for the backtracking matcher.
//! Counterpart of CPython's `Lib/re/_compiler.py` (which emits `_sre`'s opcodes).

use crate::ast::{At, Greed, MAXREPEAT, Node};
use crate::charset::{Class, fold};

/// A test of one character.
#[derive(Clone, Debug)]
pub enum Single {
    Char(u32),
    /// A character compared by its IGNORECASE key (`ascii`: ASCII-only folding).
    CharFold {
        key: u32,
        ascii: bool,
    },
    /// `.` without DOTALL.
    Any,
    /// `.` under DOTALL.
    AnyAll,
    Class(Box<Class>),
}

impl Single {
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            Single::Char(x) => *x == c,
            Single::CharFold { key, ascii } => fold(c, *ascii) == *key,
            Single::Any => c != u32::from(b'\n'),
            Single::AnyAll => true,
            Single::Class(class) => class.matches(c),
        }
    }
}

/// One instruction of a compiled program.
#[derive(Clone, Debug)]
pub enum Inst {
    /// Match one character.
    One(Single),
    /// `min`..=`max` characters each passing `single`, greedy or lazy, without per-character
    /// choice points (CPython's REPEAT_ONE and MIN_REPEAT_ONE).
    RepeatOne {
        single: Single,
        min: u32,
        max: u32,
        greedy: bool,
    },
    At(At),
    /// Continue at the first target; on failure, at the second.
    Split(usize, usize),
    Jmp(usize),
    /// Record the position in a capture slot (2g: group g's start, 2g+1: its end).
    Save(usize),
    /// Start a counted loop: its counter register goes to zero.
    RepInit(usize),
    /// The head of a counted loop: iterate the body (next instruction) or leave to `exit`.
    RepLoop {
        reg: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    /// The end of a loop body: count the iteration and go back to the head.
    RepNext {
        reg: usize,
        head: usize,
    },
    AtomicStart,
    AtomicEnd,
    /// Start a lookaround; `end` is the instruction after its `LookEnd`.
    LookStart {
        behind: Option<usize>,
        negate: bool,
        end: usize,
    },
    LookEnd,
    Backref {
        group: usize,
        fold: bool,
        ascii: bool,
    },
    /// Continue if the group matched, else jump to `no`.
    GroupExists {
        group: usize,
        no: usize,
    },
    Match,
}

/// A compiled program.
#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    /// The number of counted-loop registers.
    pub regs: usize,
}

/// Compile a parsed pattern.
pub fn compile(node: &Node) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        regs: 0,
    };
    c.emit(node);
    c.insts.push(Inst::Match);
    Program {
        insts: c.insts,
        regs: c.regs,
    }
}

struct Compiler {
    insts: Vec<Inst>,
    regs: usize,
}

/// The single-character test a node is, if it is one.
fn single(node: &Node) -> Option<Single> {
    match node {
        Node::Literal {
            c,
            fold: true,
            ascii,
        } => Some(Single::CharFold {
            key: fold(*c, *ascii),
            ascii: *ascii,
        }),
        Node::Literal { c, .. } => Some(Single::Char(*c)),
        Node::Any { dotall: false } => Some(Single::Any),
        Node::Any { dotall: true } => Some(Single::AnyAll),
        Node::Class(class) => Some(Single::Class(class.clone())),
        Node::Concat(items) if items.len() == 1 => single(&items[0]),
        _ => None,
    }
}

impl Compiler {
    fn pc(&self) -> usize {
        self.insts.len()
    }

    /// Emit a placeholder to patch once a target is known.
    fn hole(&mut self) -> usize {
        self.insts.push(Inst::Jmp(usize::MAX));
        self.pc() - 1
    }

    fn emit(&mut self, node: &Node) {
        if let Some(s) = single(node) {
            self.insts.push(Inst::One(s));
            return;
        }
        match node {
            Node::Empty | Node::Literal { .. } | Node::Any { .. } | Node::Class(_) => {}
            Node::At(at) => self.insts.push(Inst::At(*at)),
            Node::Concat(items) => items.iter().for_each(|n| self.emit(n)),
            Node::Alt(items) => self.emit_alt(items),
            Node::Group(g, n) => {
                self.insts.push(Inst::Save(2 * g));
                self.emit(n);
                self.insts.push(Inst::Save(2 * g + 1));
            }
            Node::Repeat {
                node,
                min,
                max,
                greed,
            } => self.emit_repeat(node, *min, *max, *greed),
            Node::Backref { group, fold, ascii } => {
                self.insts.push(Inst::Backref {
                    group: *group,
                    fold: *fold,
                    ascii: *ascii,
                });
            }
            Node::Look {
                behind,
                negate,
                node,
            } => {
                let start = self.hole();
                self.emit(node);
                self.insts.push(Inst::LookEnd);
                let end = self.pc();
                self.insts[start] = Inst::LookStart {
                    behind: *behind,
                    negate: *negate,
                    end,
                };
            }
            Node::Atomic(n) => self.emit_atomic(|c| c.emit(n)),
            Node::Cond { group, yes, no } => {
                let test = self.hole();
                self.emit(yes);
                let jump = self.hole();
                let no_pc = self.pc();
                self.emit(no);
                let end = self.pc();
                self.insts[test] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jump] = Inst::Jmp(end);
            }
        }
    }

    fn emit_alt(&mut self, items: &[Node]) {
        let mut jumps = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if i + 1 == items.len() {
                self.emit(item);
                break;
            }
            let split = self.hole();
            self.emit(item);
            jumps.push(self.hole());
            let next = self.pc();
            self.insts[split] = Inst::Split(split + 1, next);
        }
        let end = self.pc();
        for j in jumps {
            self.insts[j] = Inst::Jmp(end);
        }
    }

    fn emit_atomic(&mut self, body: impl FnOnce(&mut Compiler)) {
        self.insts.push(Inst::AtomicStart);
        body(self);
        self.insts.push(Inst::AtomicEnd);
    }

    fn emit_repeat(&mut self, node: &Node, min: u32, max: u32, greed: Greed) {
        if greed == Greed::Possessive {
            return self.emit_atomic(|c| c.emit_repeat(node, min, max, Greed::Greedy));
        }
        let greedy = greed == Greed::Greedy;
        if let Some(single) = single(node) {
            self.insts.push(Inst::RepeatOne {
                single,
                min,
                max,
                greedy,
            });
            return;
        }
        if max == 0 {
            return;
        }
        if (min, max) == (0, 1) {
            let split = self.hole();
            self.emit(node);
            let end = self.pc();
            let (a, b) = if greedy {
                (split + 1, end)
            } else {
                (end, split + 1)
            };
            self.insts[split] = Inst::Split(a, b);
            return;
        }
        let reg = self.regs;
        self.regs += 1;
        self.insts.push(Inst::RepInit(reg));
        let head = self.hole();
        self.emit(node);
        self.insts.push(Inst::RepNext { reg, head });
        let exit = self.pc();
        let max = if max == MAXREPEAT { u32::MAX } else { max };
        self.insts[head] = Inst::RepLoop {
            reg,
            min,
            max,
            greedy,
            exit,
        };
    }
}
