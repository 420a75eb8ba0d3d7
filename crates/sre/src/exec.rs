//! The backtracking matcher: runs a compiled program over a text of code points (a str) or
//! bytes, with an explicit backtracking stack so deep or exponential searches never grow
//! the Rust stack. Counterpart of CPython's `Modules/_sre/sre_lib.h`.

use crate::ast::At;
use crate::charset::{fold, is_word};
use crate::compile::{Inst, Program};

/// How a match attempt is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Only at the start position (`Pattern.match`).
    Match,
    /// At the start position or any later one (`Pattern.search`).
    Search,
    /// At the start position, and ending at the end (`Pattern.fullmatch`).
    Full,
}

/// The result of a successful match: each group's span (group 0 is the whole match) and
/// the last group closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    pub spans: Vec<Option<(usize, usize)>>,
    pub lastindex: Option<usize>,
}

const UNSET: usize = usize::MAX;

/// An entry of the backtracking stack: a choice point to resume, or a change to undo.
#[derive(Clone, Copy, Debug)]
enum Frame {
    /// Resume at `pc` with `pos`.
    Alt { pc: usize, pos: usize },
    /// Restore a capture slot.
    Slot { slot: usize, old: usize },
    /// Restore the last closed group.
    LastIndex { old: usize },
    /// Restore a loop register.
    Reg { reg: usize, count: u32, last: usize },
    /// The choice point of a single-character repeat (`pc`: its `RepeatOne`).
    RepeatOne { pc: usize, start: usize, count: u32 },
    /// Where an atomic group or a positive lookaround began (`pos`: where to resume after
    /// a lookaround).
    Mark { pos: usize },
    /// A negative lookaround: reaching this frame by backtracking means its body failed,
    /// so matching goes on at `pc` with `pos`.
    NegLook { pc: usize, pos: usize },
}

/// A matcher's state for one text.
struct Machine<'p, 't, T> {
    prog: &'p Program,
    text: &'t [T],
    slots: Vec<usize>,
    lastindex: usize,
    regs: Vec<(u32, usize)>,
    stack: Vec<Frame>,
}

/// Find a match of `prog` in `text` starting at `pos` (the text ends at the caller's
/// `endpos`). `must_advance`: a match at `pos` must not be empty (the rule that keeps
/// `finditer` and `sub` moving after an empty match).
pub fn run<T: Copy + Into<u32>>(
    prog: &Program,
    groups: usize,
    text: &[T],
    pos: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Captures> {
    if pos > text.len() {
        return None;
    }
    let mut m = Machine {
        prog,
        text,
        slots: vec![UNSET; 2 * groups + 2],
        lastindex: UNSET,
        regs: vec![(0, UNSET); prog.regs],
        stack: Vec::new(),
    };
    let first = prog.insts.first();
    let anchored = mode != Mode::Search || matches!(first, Some(Inst::At(At::Beginning)));
    let mut start = pos;
    loop {
        if let Some(Inst::One(crate::compile::Single::Char(c))) = first
            && !anchored
        {
            start += text[start..].iter().position(|&t| t.into() == *c)?;
        }
        if let Some(end) = m.attempt(start, mode == Mode::Full, must_advance && start == pos) {
            return Some(m.captures(start, end));
        }
        if anchored || start >= text.len() {
            return None;
        }
        start += 1;
    }
}

impl<T: Copy + Into<u32>> Machine<'_, '_, T> {
    fn at(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    fn captures(&self, start: usize, end: usize) -> Captures {
        let mut spans = vec![Some((start, end))];
        for pair in self.slots.chunks(2).skip(1) {
            spans.push((pair[0] != UNSET && pair[1] != UNSET).then(|| (pair[0], pair[1])));
        }
        let lastindex = (self.lastindex != UNSET).then_some(self.lastindex);
        Captures { spans, lastindex }
    }

    /// One attempt at `start`; the end of the match on success.
    fn attempt(&mut self, start: usize, full: bool, must_advance: bool) -> Option<usize> {
        self.slots.fill(UNSET);
        self.lastindex = UNSET;
        self.stack.clear();
        let mut pc = 0;
        let mut pos = start;
        loop {
            let ok = match &self.prog.insts[pc] {
                Inst::One(s) => {
                    if pos < self.text.len() && s.matches(self.at(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::RepeatOne {
                    single,
                    min,
                    max,
                    greedy,
                } => {
                    let (min, max) = (*min, *max);
                    if *greedy {
                        let limit = (self.text.len() - pos).min(max as usize);
                        let n = (0..limit)
                            .take_while(|&i| single.matches(self.at(pos + i)))
                            .count() as u32;
                        if n >= min {
                            if n > min {
                                self.stack.push(Frame::RepeatOne {
                                    pc,
                                    start: pos,
                                    count: n,
                                });
                            }
                            pos += n as usize;
                            pc += 1;
                        }
                        n >= min
                    } else {
                        let ok = (min as usize) <= self.text.len() - pos
                            && (0..min as usize).all(|i| single.matches(self.at(pos + i)));
                        if ok {
                            if min < max {
                                self.stack.push(Frame::RepeatOne {
                                    pc,
                                    start: pos,
                                    count: min,
                                });
                            }
                            pos += min as usize;
                            pc += 1;
                        }
                        ok
                    }
                }
                Inst::At(at) => {
                    pc += 1;
                    self.at_holds(*at, pos)
                }
                Inst::Split(a, b) => {
                    self.stack.push(Frame::Alt { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Save(slot) => {
                    self.save(*slot, pos);
                    pc += 1;
                    true
                }
                Inst::RepInit(reg) => {
                    self.set_reg(*reg, 0, UNSET);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    pc = self.rep_loop(pc, pos, *reg, (*min, *max), *greedy, *exit);
                    true
                }
                Inst::RepNext { reg, head } => {
                    let (count, last) = self.regs[*reg];
                    self.set_reg(*reg, count + 1, last);
                    pc = *head;
                    true
                }
                Inst::AtomicStart => {
                    self.stack.push(Frame::Mark { pos });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut();
                    pc += 1;
                    true
                }
                Inst::LookStart {
                    behind,
                    negate,
                    end,
                } => {
                    let from = match behind {
                        Some(w) if *w > pos => None,
                        Some(w) => Some(pos - w),
                        None => Some(pos),
                    };
                    match (from, *negate) {
                        (None, false) => false,
                        (None, true) => {
                            pc = *end;
                            true
                        }
                        (Some(from), negate) => {
                            self.stack.push(if negate {
                                Frame::NegLook { pc: *end, pos }
                            } else {
                                Frame::Mark { pos }
                            });
                            pos = from;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd => match self.cut() {
                    Some(Frame::Mark { pos: p }) => {
                        pos = p;
                        pc += 1;
                        true
                    }
                    _ => false,
                },
                Inst::Backref {
                    group,
                    fold: f,
                    ascii,
                } => match self.backref(*group, pos, *f, *ascii) {
                    Some(end) => {
                        pos = end;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::GroupExists { group, no } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    pc = if s != UNSET && e != UNSET {
                        pc + 1
                    } else {
                        *no
                    };
                    true
                }
                Inst::Match => {
                    if (full && pos != self.text.len()) || (must_advance && pos == start) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if !ok {
                (pc, pos) = self.backtrack()?;
            }
        }
    }

    /// A counted loop's head (CPython's MAX_UNTIL and MIN_UNTIL): the iterations up to
    /// `min` are forced; past them another iteration is tried (greedy: before the rest of
    /// the pattern; lazy: after it) unless the loop sits where the previous optional
    /// iteration began, which stops empty iterations from looping forever.
    fn rep_loop(
        &mut self,
        pc: usize,
        pos: usize,
        reg: usize,
        (min, max): (u32, u32),
        greedy: bool,
        exit: usize,
    ) -> usize {
        let (count, last) = self.regs[reg];
        if count < min {
            return pc + 1;
        }
        if count >= max || pos == last {
            return exit;
        }
        if greedy {
            self.stack.push(Frame::Alt { pc: exit, pos });
            self.set_reg(reg, count, pos);
            pc + 1
        } else {
            self.set_reg(reg, count, pos);
            self.stack.push(Frame::Alt { pc: pc + 1, pos });
            exit
        }
    }

    fn save(&mut self, slot: usize, pos: usize) {
        self.stack.push(Frame::Slot {
            slot,
            old: self.slots[slot],
        });
        self.slots[slot] = pos;
        if slot % 2 == 1 {
            self.stack.push(Frame::LastIndex {
                old: self.lastindex,
            });
            self.lastindex = slot / 2;
        }
    }

    fn set_reg(&mut self, reg: usize, count: u32, last: usize) {
        let (old_count, old_last) = self.regs[reg];
        self.stack.push(Frame::Reg {
            reg,
            count: old_count,
            last: old_last,
        });
        self.regs[reg] = (count, last);
    }

    /// Drop the choice points since the innermost open atomic group or lookaround, keeping
    /// the changes to undo; the frame that opened it is returned. A negative lookaround's
    /// frame is returned after all its body's changes are undone (its body matched).
    fn cut(&mut self) -> Option<Frame> {
        let at = self
            .stack
            .iter()
            .rposition(|f| matches!(f, Frame::Mark { .. } | Frame::NegLook { .. }))?;
        let opener = self.stack[at];
        if let Frame::NegLook { .. } = opener {
            while self.stack.len() > at {
                if let Some(f) = self.stack.pop() {
                    self.undo(f);
                }
            }
            return Some(opener);
        }
        let mut keep = at;
        for i in at + 1..self.stack.len() {
            let f = self.stack[i];
            if matches!(
                f,
                Frame::Slot { .. } | Frame::LastIndex { .. } | Frame::Reg { .. }
            ) {
                self.stack[keep] = f;
                keep += 1;
            }
        }
        self.stack.truncate(keep);
        Some(opener)
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Slot { slot, old } => self.slots[slot] = old,
            Frame::LastIndex { old } => self.lastindex = old,
            Frame::Reg { reg, count, last } => self.regs[reg] = (count, last),
            _ => {}
        }
    }

    /// Pop to the most recent choice point; its (pc, pos), or None when none is left.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        loop {
            match self.stack.pop()? {
                Frame::Alt { pc, pos } | Frame::NegLook { pc, pos } => return Some((pc, pos)),
                Frame::RepeatOne { pc, start, count } => {
                    if let Some(r) = self.retry_repeat(pc, start, count) {
                        return Some(r);
                    }
                }
                Frame::Mark { .. } => {}
                f => self.undo(f),
            }
        }
    }

    /// Resume a single-character repeat with one fewer (greedy) or one more (lazy) item.
    fn retry_repeat(&mut self, pc: usize, start: usize, count: u32) -> Option<(usize, usize)> {
        let Inst::RepeatOne {
            single,
            min,
            max,
            greedy,
        } = &self.prog.insts[pc]
        else {
            return None;
        };
        let count = if *greedy {
            let mut c = count - 1;
            if let Some(Inst::One(crate::compile::Single::Char(next))) = self.prog.insts.get(pc + 1)
            {
                while c > *min && self.at(start + c as usize) != *next {
                    c -= 1;
                }
            }
            if c > *min {
                self.stack.push(Frame::RepeatOne {
                    pc,
                    start,
                    count: c,
                });
            }
            c
        } else {
            let p = start + count as usize;
            if p >= self.text.len() || !single.matches(self.at(p)) {
                return None;
            }
            if count + 1 < *max {
                self.stack.push(Frame::RepeatOne {
                    pc,
                    start,
                    count: count + 1,
                });
            }
            count + 1
        };
        Some((pc + 1, start + count as usize))
    }

    fn backref(&self, group: usize, pos: usize, f: bool, ascii: bool) -> Option<usize> {
        let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
        if s == UNSET || e == UNSET || e < s {
            return None;
        }
        let n = e - s;
        if pos + n > self.text.len() {
            return None;
        }
        let same = (0..n).all(|i| {
            let (a, b) = (self.at(s + i), self.at(pos + i));
            a == b || (f && fold(a, ascii) == fold(b, ascii))
        });
        same.then_some(pos + n)
    }

    fn word_at(&self, i: usize, ascii: bool) -> bool {
        i < self.text.len() && is_word(self.at(i), ascii)
    }

    fn at_holds(&self, at: At, pos: usize) -> bool {
        let len = self.text.len();
        let newline = u32::from(b'\n');
        match at {
            At::Beginning => pos == 0,
            At::BeginningLine => pos == 0 || self.at(pos - 1) == newline,
            At::End => pos == len,
            At::EndFinalNewline => pos == len || (pos + 1 == len && self.at(pos) == newline),
            At::EndLine => pos == len || self.at(pos) == newline,
            At::Boundary { ascii } | At::NonBoundary { ascii } => {
                if len == 0 {
                    return false;
                }
                let before = pos > 0 && self.word_at(pos - 1, ascii);
                let boundary = before != self.word_at(pos, ascii);
                boundary == matches!(at, At::Boundary { .. })
            }
        }
    }
}
