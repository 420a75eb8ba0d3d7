//! The pattern parser: Python's regular-expression syntax into an [`ast::Node`] tree, with
//! CPython's error messages and positions. Counterpart of CPython's `Lib/re/_parser.py`.

use crate::ast::{At, Greed, MAXREPEAT, Node, width};
use crate::charset::{Category, Class, Item};
use crate::tokens::{Tokens, is_identifier, py_repr};
use crate::{Error, flags};

/// The most groups a pattern may have (CPython's MAXGROUPS on 64-bit builds).
const MAXGROUPS: usize = i32::MAX as usize / 2;

/// How deeply groups may nest: about where CPython's recursive parser meets the default
/// recursion limit (it raises RecursionError there, as this parser does).
const MAX_NESTING: usize = 495;

/// A parsed pattern.
#[derive(Debug)]
pub struct Parsed {
    pub node: Node,
    /// The number of capturing groups.
    pub groups: usize,
    /// Group names and numbers, in the order they were defined.
    pub names: Vec<(String, usize)>,
    /// The flags in force: the ones given plus inline global ones plus the str/bytes default.
    pub flags: u32,
}

struct Parser {
    src: Tokens,
    flags: u32,
    /// Widths of the closed groups (index 0 is the whole match), `None` while open.
    group_widths: Vec<Option<(usize, Option<usize>)>>,
    names: Vec<(String, usize)>,
    /// The number of groups when the innermost enclosing lookbehind began.
    lookbehind_groups: Option<usize>,
    /// Conditional references to groups not yet defined, with their positions.
    cond_refs: Vec<(usize, usize)>,
}

/// Parse `pattern` (a bytes pattern as Latin-1 characters) under `flags`.
pub fn parse(pattern: Vec<char>, is_text: bool, flags: u32) -> Result<Parsed, Error> {
    let mut p = Parser {
        src: Tokens::new(pattern, is_text)?,
        flags,
        group_widths: vec![None],
        names: Vec::new(),
        lookbehind_groups: None,
        cond_refs: Vec::new(),
    };
    let node = p.parse_alternation(flags & flags::VERBOSE != 0, 0)?;
    let flags = fix_flags(is_text, p.flags)?;
    if p.src.next.is_some() {
        return Err(p.src.error("unbalanced parenthesis", 0));
    }
    let groups = p.group_widths.len() - 1;
    if let Some(&(g, pos)) = p.cond_refs.iter().find(|(g, _)| *g > groups) {
        return Err(Error::at(format!("invalid group reference {g}"), pos));
    }
    Ok(Parsed {
        node,
        groups,
        names: p.names,
        flags,
    })
}

/// Add the str default (UNICODE) and reject flag combinations the pattern type forbids.
fn fix_flags(is_text: bool, mut f: u32) -> Result<u32, Error> {
    if is_text {
        if f & flags::LOCALE != 0 {
            return Err(Error::value("cannot use LOCALE flag with a str pattern"));
        }
        if f & flags::ASCII == 0 {
            f |= flags::UNICODE;
        } else if f & flags::UNICODE != 0 {
            return Err(Error::value("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if f & flags::UNICODE != 0 {
            return Err(Error::value("cannot use UNICODE flag with a bytes pattern"));
        }
        if f & flags::LOCALE != 0 && f & flags::ASCII != 0 {
            return Err(Error::value("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(f)
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => flags::IGNORECASE,
        'L' => flags::LOCALE,
        'm' => flags::MULTILINE,
        's' => flags::DOTALL,
        'x' => flags::VERBOSE,
        'a' => flags::ASCII,
        't' => flags::TEMPLATE,
        'u' => flags::UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = flags::ASCII | flags::LOCALE | flags::UNICODE;
const GLOBAL_FLAGS: u32 = flags::DEBUG | flags::TEMPLATE;

/// A character class's member or a single character, as an escape inside `[...]` reads.
enum ClassCode {
    Char(u32),
    Category(Category),
}

/// What a parenthesised construct turned out to be.
enum Paren {
    Node(Node),
    /// `(?#...)`: nothing.
    Comment,
    /// `(?i)` at the start: flags for the whole pattern.
    GlobalFlags,
}

/// What an escape outside a class stands for.
enum Escape {
    Char(u32),
    Node(Node),
}

impl Parser {
    /// The flags in force for an item: the global flags with a group's scoped changes.
    fn ascii(&self, local: u32) -> bool {
        !self.src.is_text || local & (flags::ASCII | flags::LOCALE) != 0
    }

    fn literal(&self, c: u32, local: u32) -> Node {
        let fold = local & flags::IGNORECASE != 0;
        Node::Literal {
            c,
            fold,
            ascii: self.ascii(local),
        }
    }

    fn class(&self, items: Vec<Item>, negated: bool, local: u32) -> Node {
        let fold = local & flags::IGNORECASE != 0;
        Node::Class(Box::new(Class {
            items,
            negated,
            fold,
            ascii: self.ascii(local),
        }))
    }

    /// `a|b|c` up to a `)` or the end.
    fn parse_alternation(&mut self, verbose: bool, nested: usize) -> Result<Node, Error> {
        self.parse_alternation_in(verbose, nested, None)
    }

    fn parse_alternation_in(
        &mut self,
        mut verbose: bool,
        nested: usize,
        scope: Option<u32>,
    ) -> Result<Node, Error> {
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_sequence(verbose, nested + 1, first, scope)?);
            if !self.src.eat('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & flags::VERBOSE != 0;
            }
        }
        Ok(if items.len() == 1 {
            items.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(items)
        })
    }

    /// A sequence of items up to `|`, `)` or the end.
    fn parse_sequence(
        &mut self,
        mut verbose: bool,
        nested: usize,
        first: bool,
        scope: Option<u32>,
    ) -> Result<Node, Error> {
        let mut seq: Vec<Node> = Vec::new();
        loop {
            let local = scope.unwrap_or(self.flags);
            let Some(this) = self.src.next.clone() else {
                break;
            };
            if this == "|" || this == ")" {
                break;
            }
            self.src.get()?;
            let c = this.chars().next().unwrap_or('\0');
            if verbose && this.chars().count() == 1 {
                if " \t\n\r\x0b\x0c".contains(c) {
                    continue;
                }
                if c == '#' {
                    while let Some(t) = self.src.get()? {
                        if t == "\n" {
                            break;
                        }
                    }
                    continue;
                }
            }
            if this.chars().count() == 2 {
                match self.escape(&this, local)? {
                    Escape::Char(v) => seq.push(self.literal(v, local)),
                    Escape::Node(n) => seq.push(n),
                }
                continue;
            }
            match c {
                '[' => seq.push(self.parse_class(local)?),
                '*' | '+' | '?' | '{' => {
                    if !self.parse_repeat(c, &mut seq)? {
                        seq.push(self.literal(c as u32, local));
                    }
                }
                '.' => seq.push(Node::Any {
                    dotall: local & flags::DOTALL != 0,
                }),
                '(' => {
                    let start = self.src.tell() - 1;
                    match self.parse_group(
                        start,
                        verbose,
                        nested,
                        local,
                        first && seq.is_empty(),
                    )? {
                        Paren::Node(n) => seq.push(n),
                        Paren::Comment => {}
                        Paren::GlobalFlags => verbose = self.flags & flags::VERBOSE != 0,
                    }
                }
                '^' => seq.push(Node::At(if local & flags::MULTILINE != 0 {
                    At::BeginningLine
                } else {
                    At::Beginning
                })),
                '$' => seq.push(Node::At(if local & flags::MULTILINE != 0 {
                    At::EndLine
                } else {
                    At::EndFinalNewline
                })),
                _ => seq.push(self.literal(c as u32, local)),
            }
        }
        Ok(Node::Concat(seq))
    }

    /// A repeat operator after the last item of `seq`; false when `{` is a plain literal.
    fn parse_repeat(&mut self, c: char, seq: &mut Vec<Node>) -> Result<bool, Error> {
        let here = self.src.tell();
        let (min, max) = match c {
            '?' => (0, 1),
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            _ => {
                if self.src.peek_is('}') {
                    return Ok(false);
                }
                let digit = |c: char| c.is_ascii_digit();
                let lo = self.src.get_while(usize::MAX, digit)?;
                let hi = if self.src.eat(',')? {
                    self.src.get_while(usize::MAX, digit)?
                } else {
                    lo.clone()
                };
                if !self.src.eat('}')? {
                    self.src.seek(here)?;
                    return Ok(false);
                }
                let min = if lo.is_empty() {
                    0
                } else {
                    repeat_number(&lo)?
                };
                let max = if hi.is_empty() {
                    MAXREPEAT
                } else {
                    repeat_number(&hi)?
                };
                if max < min {
                    let msg = "min repeat greater than max repeat";
                    return Err(self.src.error(msg, self.src.tell() - here));
                }
                (min, max)
            }
        };
        let offset = self.src.tell() - here + 1;
        let item = match seq.pop() {
            None | Some(Node::At(_)) => return Err(self.src.error("nothing to repeat", offset)),
            Some(Node::Repeat { .. }) => return Err(self.src.error("multiple repeat", offset)),
            Some(n) => n,
        };
        let greed = if self.src.eat('?')? {
            Greed::Lazy
        } else if self.src.eat('+')? {
            Greed::Possessive
        } else {
            Greed::Greedy
        };
        seq.push(Node::Repeat {
            node: Box::new(item),
            min,
            max,
            greed,
        });
        Ok(true)
    }

    /// `[...]`, the `[` already read.
    fn parse_class(&mut self, local: u32) -> Result<Node, Error> {
        let here = self.src.tell() - 1;
        let negated = self.src.eat('^')?;
        let mut items: Vec<Item> = Vec::new();
        loop {
            let unterminated = |p: &Parser| {
                p.src
                    .error("unterminated character set", p.src.tell() - here)
            };
            let Some(this) = self.src.get()? else {
                return Err(unterminated(self));
            };
            if this == "]" && !items.is_empty() {
                break;
            }
            let code1 = self.class_item(&this)?;
            if self.src.eat('-')? {
                let Some(that) = self.src.get()? else {
                    return Err(unterminated(self));
                };
                if that == "]" {
                    items.push(code_item(code1));
                    items.push(Item::Char('-' as u32));
                    break;
                }
                let code2 = self.class_item(&that)?;
                let bad = || format!("bad character range {this}-{that}");
                let offset = this.chars().count() + 1 + that.chars().count();
                match (code1, code2) {
                    (ClassCode::Char(lo), ClassCode::Char(hi)) if lo <= hi => {
                        items.push(Item::Range(lo, hi));
                    }
                    _ => return Err(self.src.error(bad(), offset)),
                }
            } else {
                items.push(code_item(code1));
            }
        }
        if let ([Item::Char(c)], false) = (items.as_slice(), negated) {
            return Ok(self.literal(*c, local));
        }
        Ok(self.class(items, negated, local))
    }

    fn class_item(&mut self, this: &str) -> Result<ClassCode, Error> {
        if this.chars().count() == 2 {
            return self.class_escape(this);
        }
        Ok(ClassCode::Char(this.chars().next().map_or(0, |c| c as u32)))
    }

    /// An escape inside `[...]`.
    fn class_escape(&mut self, escape: &str) -> Result<ClassCode, Error> {
        let c = escape.chars().nth(1).unwrap_or('\0');
        if let Some(v) = simple_escape(c, true) {
            return Ok(ClassCode::Char(v));
        }
        if let Some(cat) = category_of(c) {
            return Ok(ClassCode::Category(cat));
        }
        if let Some(v) = self.char_escape(escape, c)? {
            return Ok(ClassCode::Char(v));
        }
        if c.is_ascii_digit() && c != '8' && c != '9' {
            let mut esc = escape.to_string();
            esc.push_str(&self.src.get_while(2, |d| ('0'..='7').contains(&d))?);
            return self.octal(&esc).map(ClassCode::Char);
        }
        if c.is_ascii_alphanumeric() {
            return Err(self
                .src
                .error(format!("bad escape {escape}"), escape.chars().count()));
        }
        Ok(ClassCode::Char(c as u32))
    }

    fn octal(&self, esc: &str) -> Result<u32, Error> {
        let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
        if v > 0o377 {
            let msg = format!("octal escape value {esc} outside of range 0-0o377");
            return Err(self.src.error(msg, esc.chars().count()));
        }
        Ok(v)
    }

    /// `\x..`, `\u....`, `\U........`, `\N{...}`: a character, or None for other escapes.
    fn char_escape(&mut self, escape: &str, c: char) -> Result<Option<u32>, Error> {
        let digits = match c {
            'x' => 2,
            'u' if self.src.is_text => 4,
            'U' if self.src.is_text => 8,
            'N' if self.src.is_text => return self.named_escape().map(Some),
            _ => return Ok(None),
        };
        let mut esc = escape.to_string();
        esc.push_str(&self.src.get_while(digits, |d| d.is_ascii_hexdigit())?);
        let n = esc.chars().count();
        if n != digits + 2 {
            return Err(self.src.error(format!("incomplete escape {esc}"), n));
        }
        let v = u32::from_str_radix(&esc[2..], 16).unwrap_or(0);
        if c == 'U' && char::from_u32(v).is_none() && v > 0x10ffff {
            return Err(self.src.error(format!("bad escape {esc}"), n));
        }
        Ok(Some(v))
    }

    fn named_escape(&mut self) -> Result<u32, Error> {
        if !self.src.eat('{')? {
            return Err(self.src.error("missing {", 0));
        }
        let name = self.src.get_until('}', "character name")?;
        match unicode_names2::character(&name) {
            Some(c) => Ok(c as u32),
            None => {
                let msg = format!("undefined character name {}", py_repr(&name));
                Err(self.src.error(msg, name.chars().count() + 4))
            }
        }
    }

    /// An escape outside a class.
    fn escape(&mut self, escape: &str, local: u32) -> Result<Escape, Error> {
        let c = escape.chars().nth(1).unwrap_or('\0');
        let ascii = self.ascii(local);
        let at = match c {
            'A' => Some(At::Beginning),
            'Z' => Some(At::End),
            'b' => Some(At::Boundary { ascii }),
            'B' => Some(At::NonBoundary { ascii }),
            _ => None,
        };
        if let Some(at) = at {
            return Ok(Escape::Node(Node::At(at)));
        }
        if let Some(cat) = category_of(c) {
            return Ok(Escape::Node(self.class(
                vec![Item::Category(cat)],
                false,
                local,
            )));
        }
        if let Some(v) = simple_escape(c, false) {
            return Ok(Escape::Char(v));
        }
        if let Some(v) = self.char_escape(escape, c)? {
            return Ok(Escape::Char(v));
        }
        if c == '0' {
            let mut esc = escape.to_string();
            esc.push_str(&self.src.get_while(2, |d| ('0'..='7').contains(&d))?);
            return Ok(Escape::Char(u32::from_str_radix(&esc[1..], 8).unwrap_or(0)));
        }
        if c.is_ascii_digit() {
            return self.digit_escape(escape, c, local);
        }
        if c.is_ascii_alphanumeric() {
            return Err(self
                .src
                .error(format!("bad escape {escape}"), escape.chars().count()));
        }
        Ok(Escape::Char(c as u32))
    }

    /// `\1`..`\99` (a group reference) or a three-digit octal escape.
    fn digit_escape(&mut self, escape: &str, c: char, local: u32) -> Result<Escape, Error> {
        let mut esc = escape.to_string();
        if let Some(d) = self.src.peek_char().filter(char::is_ascii_digit) {
            self.src.get()?;
            esc.push(d);
            let oct = |x: char| ('0'..='7').contains(&x);
            if let Some(e) = self.src.peek_char().filter(|&e| oct(c) && oct(d) && oct(e)) {
                self.src.get()?;
                esc.push(e);
                return self.octal(&esc).map(Escape::Char);
            }
        }
        let group: usize = esc[1..].parse().unwrap_or(usize::MAX);
        if group < self.group_widths.len() {
            if !self.group_closed(group) {
                return Err(self.src.error("cannot refer to an open group", esc.len()));
            }
            self.check_lookbehind_group(group)?;
            let fold = local & flags::IGNORECASE != 0;
            return Ok(Escape::Node(Node::Backref {
                group,
                fold,
                ascii: self.ascii(local),
            }));
        }
        Err(self
            .src
            .error(format!("invalid group reference {group}"), esc.len() - 1))
    }

    fn group_closed(&self, group: usize) -> bool {
        self.group_widths.get(group).is_some_and(Option::is_some)
    }

    fn check_lookbehind_group(&self, group: usize) -> Result<(), Error> {
        if let Some(first) = self.lookbehind_groups {
            if !self.group_closed(group) {
                return Err(self.src.error("cannot refer to an open group", 0));
            }
            if group >= first {
                let msg = "cannot refer to group defined in the same lookbehind subpattern";
                return Err(self.src.error(msg, 0));
            }
        }
        Ok(())
    }

    fn widths(&self) -> Vec<(usize, Option<usize>)> {
        self.group_widths
            .iter()
            .map(|w| w.unwrap_or((0, None)))
            .collect()
    }

    /// `(...)` and the `(?...)` extensions, the `(` already read.
    fn parse_group(
        &mut self,
        start: usize,
        verbose: bool,
        nested: usize,
        local: u32,
        first: bool,
    ) -> Result<Paren, Error> {
        if nested > MAX_NESTING {
            return Err(Error::recursion());
        }
        let mut name = None;
        let mut capture = true;
        let mut atomic = false;
        let mut scope = local;
        let mut sub_verbose = verbose;
        if self.src.eat('?')? {
            let Some(ch) = self.src.get()? else {
                return Err(self.src.error("unexpected end of pattern", 0));
            };
            match ch.as_str() {
                "P" => {
                    if self.src.eat('<')? {
                        let n = self.src.get_until('>', "group name")?;
                        self.src.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.src.eat('=')? {
                        return self.named_backref(local).map(Paren::Node);
                    } else {
                        let Some(c) = self.src.get()? else {
                            return Err(self.src.error("unexpected end of pattern", 0));
                        };
                        let n = c.chars().count();
                        return Err(self.src.error(format!("unknown extension ?P{c}"), n + 2));
                    }
                }
                ":" => capture = false,
                "#" => {
                    loop {
                        if self.src.next.is_none() {
                            let msg = "missing ), unterminated comment";
                            return Err(self.src.error(msg, self.src.tell() - start));
                        }
                        if self.src.get()?.as_deref() == Some(")") {
                            break;
                        }
                    }
                    return Ok(Paren::Comment);
                }
                "=" | "!" | "<" => {
                    return self
                        .parse_look(&ch, start, verbose, nested, local)
                        .map(Paren::Node);
                }
                "(" => {
                    return self
                        .parse_cond(start, verbose, nested, local)
                        .map(Paren::Node);
                }
                ">" => {
                    capture = false;
                    atomic = true;
                }
                c if c == "-"
                    || c.chars().count() == 1
                        && flag_of(c.chars().next().unwrap_or('-')).is_some() =>
                {
                    match self.parse_flags(c.chars().next().unwrap_or('-'))? {
                        None => {
                            if !first {
                                let msg = "global flags not at the start of the expression";
                                return Err(self.src.error(msg, self.src.tell() - start));
                            }
                            return Ok(Paren::GlobalFlags);
                        }
                        Some((add, del)) => {
                            capture = false;
                            scope = (local | add) & !del;
                            sub_verbose =
                                (verbose || add & flags::VERBOSE != 0) && del & flags::VERBOSE == 0;
                        }
                    }
                }
                c => {
                    let n = c.chars().count();
                    return Err(self.src.error(format!("unknown extension ?{c}"), n + 1));
                }
            }
        }
        let group = if capture {
            Some(self.open_group(name.as_deref())?)
        } else {
            None
        };
        let node = self.parse_alternation_in(sub_verbose, nested, Some(scope))?;
        if !self.src.eat(')')? {
            let msg = "missing ), unterminated subpattern";
            return Err(self.src.error(msg, self.src.tell() - start));
        }
        if let Some(g) = group {
            let w = width(&node, &self.widths());
            self.group_widths[g] = Some(w);
            return Ok(Paren::Node(Node::Group(g, Box::new(node))));
        }
        if atomic {
            return Ok(Paren::Node(Node::Atomic(Box::new(node))));
        }
        Ok(Paren::Node(Node::Concat(vec![node])))
    }

    fn open_group(&mut self, name: Option<&str>) -> Result<usize, Error> {
        let gid = self.group_widths.len();
        self.group_widths.push(None);
        if gid >= MAXGROUPS {
            return Err(Error::at("too many groups", self.src.tell()));
        }
        if let Some(n) = name {
            if let Some(&(_, old)) = self.names.iter().find(|(k, _)| k == n) {
                let msg = format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    py_repr(n)
                );
                return Err(self.src.error(msg, n.chars().count() + 1));
            }
            self.names.push((n.to_string(), gid));
        }
        Ok(gid)
    }

    fn named_backref(&mut self, local: u32) -> Result<Node, Error> {
        let name = self.src.get_until(')', "group name")?;
        self.src.check_group_name(&name, 1)?;
        let offset = name.chars().count() + 1;
        let Some(&(_, gid)) = self.names.iter().find(|(k, _)| *k == name) else {
            return Err(self
                .src
                .error(format!("unknown group name {}", py_repr(&name)), offset));
        };
        if !self.group_closed(gid) {
            return Err(self.src.error("cannot refer to an open group", offset));
        }
        self.check_lookbehind_group(gid)?;
        let fold = local & flags::IGNORECASE != 0;
        Ok(Node::Backref {
            group: gid,
            fold,
            ascii: self.ascii(local),
        })
    }

    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`, after `(?` and `ch`.
    fn parse_look(
        &mut self,
        ch: &str,
        start: usize,
        verbose: bool,
        nested: usize,
        local: u32,
    ) -> Result<Node, Error> {
        let mut kind = ch.to_string();
        let behind = kind == "<";
        let outer_lookbehind = self.lookbehind_groups;
        if behind {
            let Some(c) = self.src.get()? else {
                return Err(self.src.error("unexpected end of pattern", 0));
            };
            if c != "=" && c != "!" {
                let n = c.chars().count();
                return Err(self.src.error(format!("unknown extension ?<{c}"), n + 2));
            }
            kind = c;
            if self.lookbehind_groups.is_none() {
                self.lookbehind_groups = Some(self.group_widths.len());
            }
        }
        let node = self.parse_alternation_in(verbose, nested, Some(local))?;
        if behind {
            self.lookbehind_groups = outer_lookbehind;
        }
        if !self.src.eat(')')? {
            let msg = "missing ), unterminated subpattern";
            return Err(self.src.error(msg, self.src.tell() - start));
        }
        let behind = if behind {
            match width(&node, &self.widths()) {
                (lo, Some(hi)) if lo == hi => Some(lo),
                _ => return Err(Error::bare("look-behind requires fixed-width pattern")),
            }
        } else {
            None
        };
        Ok(Node::Look {
            behind,
            negate: kind == "!",
            node: Box::new(node),
        })
    }

    /// `(?(group)yes|no)`, after `(?(`.
    fn parse_cond(
        &mut self,
        start: usize,
        verbose: bool,
        nested: usize,
        local: u32,
    ) -> Result<Node, Error> {
        let name = self.src.get_until(')', "group name")?;
        let offset = name.chars().count() + 1;
        let group = if is_identifier(&name) {
            match self.names.iter().find(|(k, _)| *k == name) {
                Some(&(_, g)) => g,
                None => {
                    let msg = format!("unknown group name {}", py_repr(&name));
                    return Err(self.src.error(msg, offset));
                }
            }
        } else {
            let bad = || format!("bad character in group name {}", py_repr(&name));
            let trimmed = name.trim();
            let digits = trimmed.strip_prefix('+').unwrap_or(trimmed);
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit() || c == '_') {
                return Err(self.src.error(bad(), offset));
            }
            let g: usize = digits.replace('_', "").parse().unwrap_or(usize::MAX);
            if g == 0 {
                return Err(self.src.error("bad group number", offset));
            }
            if g >= MAXGROUPS {
                return Err(self
                    .src
                    .error(format!("invalid group reference {g}"), offset));
            }
            if !self.cond_refs.iter().any(|(r, _)| *r == g) {
                self.cond_refs.push((g, self.src.tell() - offset));
            }
            g
        };
        self.check_lookbehind_group(group)?;
        let yes = self.parse_sequence(verbose, nested + 1, false, Some(local))?;
        let no = if self.src.eat('|')? {
            let no = self.parse_sequence(verbose, nested + 1, false, Some(local))?;
            if self.src.peek_is('|') {
                return Err(self
                    .src
                    .error("conditional backref with more than two branches", 0));
            }
            no
        } else {
            Node::Empty
        };
        if !self.src.eat(')')? {
            let msg = "missing ), unterminated subpattern";
            return Err(self.src.error(msg, self.src.tell() - start));
        }
        Ok(Node::Cond {
            group,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }

    /// Inline flags after `(?`, the first flag character already read: None for global
    /// flags `(?i)`, else the flags a scoped group `(?i-m:...)` adds and removes.
    fn parse_flags(&mut self, mut ch: char) -> Result<Option<(u32, u32)>, Error> {
        let mut add = 0;
        let mut del = 0;
        if ch != '-' {
            loop {
                let flag = flag_of(ch).unwrap_or(0);
                if self.src.is_text && ch == 'L' {
                    return Err(self.src.error(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if !self.src.is_text && ch == 'u' {
                    return Err(self.src.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.src.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                let Some(c) = self.next_flag_char()? else {
                    return Err(self.src.error("missing -, : or )", 0));
                };
                ch = c;
                if ")-:".contains(ch) {
                    break;
                }
                if flag_of(ch).is_none() {
                    let msg = if ch.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.src.error(msg, 1));
                }
            }
        }
        if ch == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .error("bad inline flags: cannot turn on global flag", 1));
        }
        if ch == '-' {
            let Some(c) = self.next_flag_char()? else {
                return Err(self.src.error("missing flag", 0));
            };
            ch = c;
            if flag_of(ch).is_none() {
                let msg = if ch.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.src.error(msg, 1));
            }
            loop {
                let flag = flag_of(ch).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.src.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                let Some(c) = self.next_flag_char()? else {
                    return Err(self.src.error("missing :", 0));
                };
                ch = c;
                if ch == ':' {
                    break;
                }
                if flag_of(ch).is_none() {
                    let msg = if ch.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(self.src.error(msg, 1));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self
                .src
                .error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self
                .src
                .error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }

    /// The next token as a flag character; an escape token reads as its backslash.
    fn next_flag_char(&mut self) -> Result<Option<char>, Error> {
        Ok(self.src.get()?.and_then(|t| t.chars().next()))
    }
}

fn repeat_number(digits: &str) -> Result<u32, Error> {
    match digits.parse::<u64>() {
        Ok(n) if n < u64::from(MAXREPEAT) => Ok(n as u32),
        _ => Err(Error::overflow("the repetition number is too large")),
    }
}

fn code_item(code: ClassCode) -> Item {
    match code {
        ClassCode::Char(c) => Item::Char(c),
        ClassCode::Category(cat) => Item::Category(cat),
    }
}

/// `\a \f \n \r \t \v \\` (and `\b`, a backspace, inside a class).
fn simple_escape(c: char, in_class: bool) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' if in_class => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category_of(c: char) -> Option<Category> {
    Some(match c {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        'w' => Category::Word,
        'W' => Category::NotWord,
        's' => Category::Space,
        'S' => Category::NotSpace,
        _ => return None,
    })
}
