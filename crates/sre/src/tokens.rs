//! The pattern reader: one token at a time, where a token is a character or a backslash
//! with the character after it, and the positions errors are reported at. Counterpart of
//! the `Tokenizer` of CPython's `Lib/re/_parser.py`.

use crate::Error;

/// A reader over a pattern's characters (a bytes pattern is read as Latin-1).
pub struct Tokens {
    chars: Vec<char>,
    /// Index just past the current token.
    index: usize,
    /// The current token: a character, or `\` and the character after it.
    pub next: Option<String>,
    /// The pattern is a str (not bytes).
    pub is_text: bool,
}

impl Tokens {
    pub fn new(chars: Vec<char>, is_text: bool) -> Result<Tokens, Error> {
        let mut t = Tokens {
            chars,
            index: 0,
            next: None,
            is_text,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<(), Error> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        let mut tok = String::from(c);
        let mut index = self.index;
        if c == '\\' {
            index += 1;
            match self.chars.get(index) {
                Some(&d) => tok.push(d),
                None => {
                    return Err(Error::at(
                        "bad escape (end of pattern)",
                        self.chars.len() - 1,
                    ));
                }
            }
        }
        self.index = index + 1;
        self.next = Some(tok);
        Ok(())
    }

    /// Whether the current token is `c`.
    pub fn peek_is(&self, c: char) -> bool {
        self.next
            .as_deref()
            .is_some_and(|t| t.len() == c.len_utf8() && t.starts_with(c))
    }

    /// The current token's single character, when it is not an escape.
    pub fn peek_char(&self) -> Option<char> {
        let t = self.next.as_deref()?;
        let mut it = t.chars();
        let c = it.next()?;
        if it.next().is_some() { None } else { Some(c) }
    }

    /// Consume the current token if it is `c`.
    pub fn eat(&mut self, c: char) -> Result<bool, Error> {
        if self.peek_is(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Consume and return the current token.
    pub fn get(&mut self) -> Result<Option<String>, Error> {
        let t = self.next.take();
        self.advance()?;
        Ok(t)
    }

    /// Consume up to `n` tokens that are characters of `set`.
    pub fn get_while(&mut self, n: usize, set: impl Fn(char) -> bool) -> Result<String, Error> {
        let mut out = String::new();
        for _ in 0..n {
            match self.peek_char() {
                Some(c) if set(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// Read a name up to `terminator` (a group name), with CPython's errors.
    pub fn get_until(&mut self, terminator: char, what: &str) -> Result<String, Error> {
        let mut out = String::new();
        loop {
            let c = self.get()?;
            match c {
                None if out.is_empty() => return Err(self.error(format!("missing {what}"), 0)),
                None => {
                    let msg = format!("missing {terminator}, unterminated name");
                    return Err(self.error(msg, out.chars().count()));
                }
                Some(t) if t.len() == 1 && t.starts_with(terminator) => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {what}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t),
            }
        }
    }

    /// The position of the current token.
    pub fn tell(&self) -> usize {
        self.index - self.next.as_ref().map_or(0, |t| t.chars().count())
    }

    /// Go back to `index`.
    pub fn seek(&mut self, index: usize) -> Result<(), Error> {
        self.index = index;
        self.advance()
    }

    /// An error `offset` characters before the current token.
    pub fn error(&self, msg: impl Into<String>, offset: usize) -> Error {
        let mut msg: String = msg.into();
        if !self.is_text {
            msg = backslash_replace(&msg);
        }
        Error::at(msg, self.tell() - offset)
    }

    /// Whether `name` may name a group (an identifier).
    pub fn check_group_name(&self, name: &str, offset: usize) -> Result<(), Error> {
        if is_identifier(name) {
            return Ok(());
        }
        let msg = format!("bad character in group name {}", py_repr(name));
        Err(self.error(msg, name.chars().count() + offset))
    }
}

/// Python's `str.isidentifier` for group names.
pub fn is_identifier(name: &str) -> bool {
    let mut it = name.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => it.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// `repr()` of a str, for messages that quote a name.
pub fn py_repr(s: &str) -> String {
    gilpy_algo::unicode::str_repr(s)
}

/// What `.encode('ascii', 'backslashreplace').decode()` makes of a message.
fn backslash_replace(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            v @ 0x80..=0xff => out.push_str(&format!("\\x{v:02x}")),
            v @ 0x100..=0xffff => out.push_str(&format!("\\u{v:04x}")),
            v => out.push_str(&format!("\\U{v:08x}")),
        }
    }
    out
}
