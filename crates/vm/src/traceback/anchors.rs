//! Caret anchors for one traceback line: where a binary operator or a subscript sits inside the
//! highlighted expression, so it can be drawn as `~~~^~~~`. Counterpart of
//! `extract_anchors_from_line` in CPython 3.11's `Python/traceback.c`.
//!
//! CPython parses the highlighted segment with its own parser; the VM has no parser of its own,
//! so this file holds a small expression reader that knows just enough of the grammar (operator
//! precedence, brackets, strings) to find the root of the expression and the spans CPython's AST
//! would give its children. Anything it does not understand yields no anchors, which only loses
//! the `~` decoration, never the `^` range.

/// Char offsets inside the segment: the secondary (`^`) range is `left_end..right_start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchors {
    pub left_end: usize,
    pub right_start: usize,
}

/// Anchors for `segment` when it is one expression statement whose root is a binary operation
/// or a subscript, as CPython 3.11 draws them.
pub fn extract(segment: &str) -> Option<Anchors> {
    let chars: Vec<char> = segment.chars().collect();
    let toks = tokenize(&chars)?;
    let mut p = Parser {
        toks: &toks,
        i: 0,
        depth: 0,
    };
    let root = p.star_expressions()?;
    if p.i != toks.len() {
        return None;
    }
    match root.kind {
        Kind::BinOp {
            left_end,
            right_start,
        } => {
            let at = (left_end..right_start).find(|&i| !is_space(chars[i]))?;
            let two = at + 1 < right_start && !is_space(chars[at + 1]);
            Some(Anchors {
                left_end: at,
                right_start: at + 1 + usize::from(two),
            })
        }
        Kind::Subscript {
            value_end,
            slice_end,
        } => Some(Anchors {
            left_end: value_end,
            right_start: slice_end + 1,
        }),
        Kind::Other => None,
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\x0c')
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Name(String),
    Atom,
    Op(&'static str),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "&", "|",
    "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

fn tokenize(c: &[char]) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let start = i;
        let ch = c[i];
        if is_space(ch) {
            i += 1;
            continue;
        }
        if ch == '#' || ch == '\\' || ch == '\n' {
            return None;
        }
        let tok = if ch.is_ascii_digit()
            || (ch == '.' && c.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            i = number_end(c, i);
            Tok::Atom
        } else if ch == '_' || ch.is_alphanumeric() {
            while i < c.len() && (c[i] == '_' || c[i].is_alphanumeric()) {
                i += 1;
            }
            if matches!(c.get(i), Some('\'' | '"')) && is_string_prefix(&c[start..i]) {
                i = string_end(c, i)?;
                Tok::Atom
            } else {
                Tok::Name(c[start..i].iter().collect())
            }
        } else if ch == '\'' || ch == '"' {
            i = string_end(c, i)?;
            Tok::Atom
        } else {
            let op = OPS.iter().find(|op| {
                op.chars()
                    .enumerate()
                    .all(|(k, oc)| c.get(i + k) == Some(&oc))
            })?;
            i += op.chars().count();
            Tok::Op(op)
        };
        out.push(Token { tok, start, end: i });
    }
    Some(out)
}

fn is_string_prefix(p: &[char]) -> bool {
    let s: String = p.iter().map(|c| c.to_ascii_lowercase()).collect();
    matches!(
        s.as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

fn number_end(c: &[char], mut i: usize) -> usize {
    let hex = c[i] == '0' && matches!(c.get(i + 1), Some('x' | 'X'));
    while i < c.len() && (c[i].is_ascii_alphanumeric() || c[i] == '_' || c[i] == '.') {
        let exp = !hex && matches!(c[i], 'e' | 'E');
        i += 1;
        if exp && matches!(c.get(i), Some('+' | '-')) {
            i += 1;
        }
    }
    i
}

/// The index after the string literal whose opening quote is at `i`.
fn string_end(c: &[char], i: usize) -> Option<usize> {
    let q = c[i];
    let triple = c.get(i + 1) == Some(&q) && c.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < c.len() {
        if c[j] == '\\' {
            j += 2;
            continue;
        }
        if c[j] == q && (!triple || (c.get(j + 1) == Some(&q) && c.get(j + 2) == Some(&q))) {
            return Some(j + if triple { 3 } else { 1 });
        }
        j += 1;
    }
    None
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    BinOp { left_end: usize, right_start: usize },
    Subscript { value_end: usize, slice_end: usize },
    Other,
}

/// A parsed expression: `start..end` is the span CPython's AST node would have (a parenthesized
/// expression keeps its inner span).
#[derive(Clone, Copy, Debug)]
struct Node {
    kind: Kind,
    start: usize,
    end: usize,
}

impl Node {
    fn other(start: usize, end: usize) -> Node {
        Node {
            kind: Kind::Other,
            start,
            end,
        }
    }
}

/// Binary operators by precedence level, lowest first (CPython's grammar, `|` to `*`).
const LEVELS: &[&[&str]] = &[
    &["|"],
    &["^"],
    &["&"],
    &["<<", ">>"],
    &["+", "-"],
    &["*", "/", "//", "%", "@"],
];

const KEYWORDS: &[&str] = &[
    "and", "as", "assert", "async", "break", "class", "continue", "def", "del", "elif", "else",
    "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "await",
];

struct Parser<'a> {
    toks: &'a [Token],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.i).map(|t| &t.tok)
    }

    fn peek_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Op(o)) if *o == op)
    }

    fn peek_name(&self, name: &str) -> bool {
        matches!(self.peek(), Some(Tok::Name(n)) if n == name)
    }

    fn last_end(&self) -> usize {
        self.toks[self.i - 1].end
    }

    fn start(&self) -> Option<usize> {
        self.toks.get(self.i).map(|t| t.start)
    }

    /// `a, b` (a tuple without parentheses) or one expression.
    fn star_expressions(&mut self) -> Option<Node> {
        let start = self.start()?;
        let first = self.star_expression()?;
        if !self.peek_op(",") {
            return Some(first);
        }
        while self.peek_op(",") {
            self.i += 1;
            if self.at_sequence_end() {
                break;
            }
            self.star_expression()?;
        }
        Some(Node::other(start, self.last_end()))
    }

    fn at_sequence_end(&self) -> bool {
        matches!(
            self.peek(),
            None | Some(Tok::Op(")" | "]" | "}" | ":" | "="))
        )
    }

    fn star_expression(&mut self) -> Option<Node> {
        if self.peek_op("*") || self.peek_op("**") {
            let start = self.start()?;
            self.i += 1;
            self.bitwise_or()?;
            return Some(Node::other(start, self.last_end()));
        }
        self.test()
    }

    /// `a if b else c`, or a `:=` assignment expression inside brackets.
    fn test(&mut self) -> Option<Node> {
        if self.peek_name("lambda") || self.peek_name("yield") {
            return None;
        }
        let start = self.start()?;
        let body = self.disjunction()?;
        if self.peek_name("if") {
            self.i += 1;
            self.disjunction()?;
            if !self.peek_name("else") {
                return None;
            }
            self.i += 1;
            self.test()?;
            return Some(Node::other(start, self.last_end()));
        }
        if self.depth > 0 && self.peek_op(":=") {
            self.i += 1;
            self.test()?;
            return Some(Node::other(start, self.last_end()));
        }
        Some(body)
    }

    fn disjunction(&mut self) -> Option<Node> {
        self.boolean(&["or", "and"])
    }

    fn boolean(&mut self, ops: &[&str]) -> Option<Node> {
        let Some((op, rest)) = ops.split_first() else {
            return self.inversion();
        };
        let start = self.start()?;
        let first = self.boolean(rest)?;
        if !self.peek_name(op) {
            return Some(first);
        }
        while self.peek_name(op) {
            self.i += 1;
            self.boolean(rest)?;
        }
        Some(Node::other(start, self.last_end()))
    }

    fn inversion(&mut self) -> Option<Node> {
        if self.peek_name("not") {
            let start = self.start()?;
            self.i += 1;
            self.inversion()?;
            return Some(Node::other(start, self.last_end()));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Option<Node> {
        let start = self.start()?;
        let first = self.bitwise_or()?;
        let mut compared = false;
        while self.compare_op() {
            compared = true;
            self.bitwise_or()?;
        }
        Some(if compared {
            Node::other(start, self.last_end())
        } else {
            first
        })
    }

    /// Consume a comparison operator if one is next.
    fn compare_op(&mut self) -> bool {
        let two = |p: &Self, a: &str, b: &str| {
            p.peek_name(a)
                && matches!(p.toks.get(p.i + 1).map(|t| &t.tok), Some(Tok::Name(n)) if n == b)
        };
        let width = if two(self, "not", "in") || two(self, "is", "not") {
            2
        } else if matches!(
            self.peek(),
            Some(Tok::Op("<" | ">" | "==" | ">=" | "<=" | "!="))
        ) || self.peek_name("in")
            || self.peek_name("is")
        {
            1
        } else {
            0
        };
        self.i += width;
        width > 0
    }

    fn bitwise_or(&mut self) -> Option<Node> {
        self.binary(0)
    }

    /// Left-associative binary operators from precedence `level` up.
    fn binary(&mut self, level: usize) -> Option<Node> {
        let Some(ops) = LEVELS.get(level) else {
            return self.factor();
        };
        let start = self.start()?;
        let mut left = self.binary(level + 1)?;
        while let Some(Tok::Op(op)) = self.peek() {
            if !ops.contains(op) {
                break;
            }
            self.i += 1;
            let right = self.binary(level + 1)?;
            left = Node {
                kind: Kind::BinOp {
                    left_end: left.end,
                    right_start: right.start,
                },
                start,
                end: self.last_end(),
            };
        }
        Some(left)
    }

    /// Unary `+`, `-`, `~`.
    fn factor(&mut self) -> Option<Node> {
        if matches!(self.peek(), Some(Tok::Op("+" | "-" | "~"))) {
            let start = self.start()?;
            self.i += 1;
            self.factor()?;
            return Some(Node::other(start, self.last_end()));
        }
        self.power()
    }

    /// `a ** b`, right-associative and binding tighter than a unary operator on its left.
    fn power(&mut self) -> Option<Node> {
        let start = self.start()?;
        let base = self.await_primary()?;
        if !self.peek_op("**") {
            return Some(base);
        }
        self.i += 1;
        let exp = self.factor()?;
        Some(Node {
            kind: Kind::BinOp {
                left_end: base.end,
                right_start: exp.start,
            },
            start,
            end: self.last_end(),
        })
    }

    fn await_primary(&mut self) -> Option<Node> {
        if self.peek_name("await") {
            let start = self.start()?;
            self.i += 1;
            self.primary()?;
            return Some(Node::other(start, self.last_end()));
        }
        self.primary()
    }

    /// An atom and its trailers: `.name`, calls and subscripts.
    fn primary(&mut self) -> Option<Node> {
        let start = self.start()?;
        let mut node = self.atom()?;
        loop {
            if self.peek_op(".") {
                self.i += 1;
                let Some(Tok::Name(_)) = self.peek() else {
                    return None;
                };
                self.i += 1;
            } else if self.peek_op("(") {
                self.i += 1;
                self.skip_group(")")?;
            } else if self.peek_op("[") {
                self.i += 1;
                let slice_end = self.slices()?;
                node = Node {
                    kind: Kind::Subscript {
                        value_end: node.end,
                        slice_end,
                    },
                    start,
                    end: 0,
                };
            } else {
                break;
            }
            node.end = self.last_end();
            if !matches!(node.kind, Kind::Subscript { .. }) {
                node.kind = Kind::Other;
            }
            node.start = start;
        }
        Some(node)
    }

    /// The inside of `[...]` after the `[`, through the `]`; returns where the slice node ends.
    fn slices(&mut self) -> Option<usize> {
        let first = self.i;
        self.depth += 1;
        let single = self.test();
        self.depth -= 1;
        if let Some(node) = single
            && self.peek_op("]")
        {
            self.i += 1;
            return Some(node.end);
        }
        self.i = first;
        self.skip_group("]")?;
        Some(self.toks[self.i - 2].end)
    }

    /// Skip balanced tokens through the closing `close` (the opener is already consumed).
    fn skip_group(&mut self, close: &str) -> Option<()> {
        let mut stack = vec![close];
        while let Some(t) = self.toks.get(self.i) {
            self.i += 1;
            match &t.tok {
                Tok::Op("(") => stack.push(")"),
                Tok::Op("[") => stack.push("]"),
                Tok::Op("{") => stack.push("}"),
                Tok::Op(c @ (")" | "]" | "}")) => {
                    if stack.pop() != Some(*c) {
                        return None;
                    }
                    if stack.is_empty() {
                        return Some(());
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn atom(&mut self) -> Option<Node> {
        let t = self.toks.get(self.i)?.clone();
        self.i += 1;
        match &t.tok {
            Tok::Atom => {
                while let Some(Tok::Atom) = self.peek() {
                    self.i += 1;
                }
                Some(Node::other(t.start, self.last_end()))
            }
            Tok::Name(n) if KEYWORDS.contains(&n.as_str()) => None,
            Tok::Name(_) => Some(Node::other(t.start, t.end)),
            Tok::Op("(") => self.paren_group(t.start),
            Tok::Op("[") => {
                self.skip_group("]")?;
                Some(Node::other(t.start, self.last_end()))
            }
            Tok::Op("{") => {
                self.skip_group("}")?;
                Some(Node::other(t.start, self.last_end()))
            }
            Tok::Op("...") => Some(Node::other(t.start, t.end)),
            _ => None,
        }
    }

    /// `( ... )`: a parenthesized expression keeps its inner span; tuples, generator
    /// expressions and `()` span the parentheses.
    fn paren_group(&mut self, open: usize) -> Option<Node> {
        let first = self.i;
        self.depth += 1;
        let inner = self.test();
        self.depth -= 1;
        if let Some(node) = inner
            && self.peek_op(")")
        {
            self.i += 1;
            return Some(node);
        }
        self.i = first;
        self.skip_group(")")?;
        Some(Node::other(open, self.last_end()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(seg: &str) -> String {
        match extract(seg) {
            None => "-".into(),
            Some(a) => (0..seg.chars().count())
                .map(|i| {
                    if a.left_end <= i && i < a.right_start {
                        '^'
                    } else {
                        '~'
                    }
                })
                .collect(),
        }
    }

    #[test]
    fn binary_operators() {
        assert_eq!(show("1 // 0"), "~~^^~~");
        assert_eq!(show("a + b * c"), "~~^~~~~~~");
        assert_eq!(show("a * b + c"), "~~~~~~^~~");
        assert_eq!(show("(a) + b"), "~~^~~~~");
        assert_eq!(show("-a ** b"), "-");
        assert_eq!(show("a ** -b"), "~~^^~~~");
        assert_eq!(show("'x' + 1"), "~~~~^~~");
        assert_eq!(show("a < b"), "-");
        assert_eq!(show("f(a + b)"), "-");
    }

    #[test]
    fn subscripts() {
        assert_eq!(show("a[b]"), "~^^^");
        assert_eq!(show("d['k'][0]"), "~~~~~~^^^");
        assert_eq!(show("a[1:2]"), "~^^^^^");
        assert_eq!(show("a[(1)]"), "~^^^^~");
        assert_eq!(show("x.y[f(1)]"), "~~~^^^^^^");
    }

    #[test]
    fn others_have_no_anchors() {
        for seg in [
            "f(x)",
            "x.y",
            "a, b",
            "x = 1",
            "lambda: 1",
            "a if b else c",
            "'unterminated",
        ] {
            assert_eq!(extract(seg), None, "{seg}");
        }
    }
}
