//! The parsed form of a regular expression: a tree whose nodes already carry the flags in
//! force where they were written (case folding, ASCII classes, MULTILINE anchors).
//! Counterpart of the `SubPattern` lists of CPython's `Lib/re/_parser.py`.

use crate::charset::Class;

/// The largest repeat count; `u32::MAX` stands for "no upper bound" (CPython's MAXREPEAT).
pub const MAXREPEAT: u32 = u32::MAX;

/// A zero-width position test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `\A`, and `^` without MULTILINE: the beginning of the string.
    Beginning,
    /// `^` under MULTILINE: the beginning of the string or just after a newline.
    BeginningLine,
    /// `\Z`: the end of the string.
    End,
    /// `$` without MULTILINE: the end, or just before a newline that ends the string.
    EndFinalNewline,
    /// `$` under MULTILINE: the end of the string or just before a newline.
    EndLine,
    /// `\b` (`ascii`: ASCII word characters only).
    Boundary { ascii: bool },
    /// `\B`.
    NonBoundary { ascii: bool },
}

/// How a repetition chooses between one more iteration and the rest of the pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Greed {
    /// `*`: as many as possible first.
    Greedy,
    /// `*?`: as few as possible first.
    Lazy,
    /// `*+`: as many as possible, never giving any back.
    Possessive,
}

/// One node of a parsed pattern.
#[derive(Clone, Debug)]
pub enum Node {
    /// Matches the empty string.
    Empty,
    /// One character (`fold`: compared under IGNORECASE folding; `ascii`: ASCII-only folding).
    Literal { c: u32, fold: bool, ascii: bool },
    /// `.`; `dotall`: newlines too.
    Any { dotall: bool },
    /// A character class (`[...]`, `\d`, a negated literal).
    Class(Box<Class>),
    /// An anchor or word boundary.
    At(At),
    /// A sequence.
    Concat(Vec<Node>),
    /// `a|b|c`: the first alternative that leads to a match wins.
    Alt(Vec<Node>),
    /// A capturing group (numbered from 1).
    Group(usize, Box<Node>),
    /// A repetition of `node` between `min` and `max` (MAXREPEAT: unbounded) times.
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        greed: Greed,
    },
    /// `\1`, `(?P=name)`.
    Backref {
        group: usize,
        fold: bool,
        ascii: bool,
    },
    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`; `behind` holds the fixed width.
    Look {
        behind: Option<usize>,
        negate: bool,
        node: Box<Node>,
    },
    /// `(?>...)`.
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`.
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// Widths (min, max) of what a node can match; `None` max means unbounded.
pub fn width(node: &Node, groups: &[(usize, Option<usize>)]) -> (usize, Option<usize>) {
    match node {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, Some(0)),
        Node::Literal { .. } | Node::Any { .. } | Node::Class(_) => (1, Some(1)),
        Node::Concat(items) => items.iter().fold((0, Some(0)), |(lo, hi), n| {
            let (l, h) = width(n, groups);
            (
                lo.saturating_add(l),
                hi.zip(h).map(|(a, b)| a.saturating_add(b)),
            )
        }),
        Node::Alt(items) => {
            let ws: Vec<_> = items.iter().map(|n| width(n, groups)).collect();
            let lo = ws.iter().map(|w| w.0).min().unwrap_or(0);
            let hi = ws.iter().try_fold(0usize, |m, w| w.1.map(|h| m.max(h)));
            (lo, hi)
        }
        Node::Group(_, n) | Node::Atomic(n) => width(n, groups),
        Node::Repeat { node, min, max, .. } => {
            let (l, h) = width(node, groups);
            let lo = l.saturating_mul(*min as usize);
            let hi = match h {
                Some(0) => Some(0),
                Some(h) if *max != MAXREPEAT => Some(h.saturating_mul(*max as usize)),
                _ => None,
            };
            (lo, hi)
        }
        Node::Backref { group, .. } => groups.get(*group).copied().unwrap_or((0, None)),
        Node::Cond { yes, no, .. } => {
            let (yl, yh) = width(yes, groups);
            let (nl, nh) = width(no, groups);
            (yl.min(nl), yh.zip(nh).map(|(a, b)| a.max(b)))
        }
    }
}
