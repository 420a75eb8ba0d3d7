//! Tokens produced by the lexer. Counterpart of CPython's `Grammar/Tokens`.

use crate::source::Pos;
use num_bigint::BigInt;

macro_rules! operators {
    ($($name:ident = $text:literal,)*) => {
        /// An operator or delimiter token.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op { $($name,)* }

        impl Op {
            /// The operator's source text.
            pub fn text(self) -> &'static str {
                match self { $(Op::$name => $text,)* }
            }

            /// The operator spelled by `text`, if any.
            pub fn from_text(text: &str) -> Option<Op> {
                match text { $($text => Some(Op::$name),)* _ => None }
            }
        }
    };
}

operators! {
    LPar = "(", RPar = ")", LSqb = "[", RSqb = "]", LBrace = "{", RBrace = "}",
    Colon = ":", Comma = ",", Semi = ";", Plus = "+", Minus = "-", Star = "*",
    Slash = "/", VBar = "|", Amper = "&", Less = "<", Greater = ">", Equal = "=",
    Dot = ".", Percent = "%", EqEqual = "==", NotEqual = "!=", LessEqual = "<=",
    GreaterEqual = ">=", Tilde = "~", Circumflex = "^", LeftShift = "<<",
    RightShift = ">>", DoubleStar = "**", PlusEqual = "+=", MinEqual = "-=",
    StarEqual = "*=", SlashEqual = "/=", PercentEqual = "%=", AmperEqual = "&=",
    VBarEqual = "|=", CircumflexEqual = "^=", LeftShiftEqual = "<<=",
    RightShiftEqual = ">>=", DoubleStarEqual = "**=", DoubleSlash = "//",
    DoubleSlashEqual = "//=", At = "@", AtEqual = "@=", RArrow = "->",
    Ellipsis = "...", ColonEqual = ":=", Exclamation = "!",
}

/// The prefix letters of a string literal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StrFlags {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// A `u` prefix: the constant gets `kind='u'`.
    pub unicode: bool,
}

/// A string literal token: its flags and byte ranges of the whole token and the body
/// (between the quotes) in the normalized source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrToken {
    pub flags: StrFlags,
    pub start: usize,
    pub body_start: usize,
    pub body_end: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    /// An identifier or keyword, NFKC-normalized.
    Name(String),
    Int(BigInt),
    Float(f64),
    /// An imaginary literal such as `2j`: its imaginary part.
    Imag(f64),
    Str(StrToken),
    Op(Op),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// Where the tokenizer failed; the error is kept beside the tokens.
    Error,
}

/// A token with its start and end (the end column is exclusive), and the
/// bracket nesting level it was seen at.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: Pos,
    pub end: Pos,
    pub level: u32,
}

impl Token {
    pub fn is_op(&self, op: Op) -> bool {
        matches!(self.kind, TokenKind::Op(o) if o == op)
    }

    pub fn is_name(&self, name: &str) -> bool {
        matches!(&self.kind, TokenKind::Name(n) if n == name)
    }
}

/// The hard keywords of Python 3.11.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}
