//! A minimal JSON reader for the golden tests' AST dumps.

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> &Json {
        match self {
            Json::Obj(fields) => fields
                .iter()
                .find(|(k, _)| k == key)
                .map_or(&Json::Null, |(_, v)| v),
            _ => &Json::Null,
        }
    }

    pub fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            other => panic!("expected a string, got {other:?}"),
        }
    }

    pub fn opt_str(&self) -> Option<String> {
        match self {
            Json::Null => None,
            other => Some(other.str().to_string()),
        }
    }

    pub fn num(&self) -> i64 {
        match self {
            Json::Num(n) => n.parse().expect("integer"),
            Json::Bool(b) => i64::from(*b),
            other => panic!("expected a number, got {other:?}"),
        }
    }

    pub fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(items) => items,
            Json::Null => &[],
            other => panic!("expected an array, got {other:?}"),
        }
    }

    pub fn is_null(&self) -> bool {
        *self == Json::Null
    }
}

pub fn parse(text: &str) -> Json {
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    value(&chars, &mut pos)
}

fn skip_ws(c: &[char], pos: &mut usize) {
    while *pos < c.len() && c[*pos].is_whitespace() {
        *pos += 1;
    }
}

fn value(c: &[char], pos: &mut usize) -> Json {
    skip_ws(c, pos);
    match c[*pos] {
        '{' => {
            *pos += 1;
            let mut fields = Vec::new();
            loop {
                skip_ws(c, pos);
                if c[*pos] == '}' {
                    *pos += 1;
                    return Json::Obj(fields);
                }
                let key = string(c, pos);
                skip_ws(c, pos);
                *pos += 1;
                fields.push((key, value(c, pos)));
                skip_ws(c, pos);
                if c[*pos] == ',' {
                    *pos += 1;
                }
            }
        }
        '[' => {
            *pos += 1;
            let mut items = Vec::new();
            loop {
                skip_ws(c, pos);
                if c[*pos] == ']' {
                    *pos += 1;
                    return Json::Arr(items);
                }
                items.push(value(c, pos));
                skip_ws(c, pos);
                if c[*pos] == ',' {
                    *pos += 1;
                }
            }
        }
        '"' => Json::Str(string(c, pos)),
        't' => {
            *pos += 4;
            Json::Bool(true)
        }
        'f' => {
            *pos += 5;
            Json::Bool(false)
        }
        'n' => {
            *pos += 4;
            Json::Null
        }
        _ => {
            let start = *pos;
            while *pos < c.len() && "+-0123456789.eE".contains(c[*pos]) {
                *pos += 1;
            }
            Json::Num(c[start..*pos].iter().collect())
        }
    }
}

fn string(c: &[char], pos: &mut usize) -> String {
    *pos += 1;
    let mut out = String::new();
    let mut pending_high: Option<u32> = None;
    while c[*pos] != '"' {
        let ch = c[*pos];
        *pos += 1;
        if ch != '\\' {
            out.push(ch);
            continue;
        }
        let esc = c[*pos];
        *pos += 1;
        match esc {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            'b' => out.push('\u{8}'),
            'f' => out.push('\u{c}'),
            'u' => {
                let hex: String = c[*pos..*pos + 4].iter().collect();
                *pos += 4;
                let unit = u32::from_str_radix(&hex, 16).expect("hex");
                if (0xD800..0xDC00).contains(&unit) {
                    pending_high = Some(unit);
                } else if let (Some(high), true) =
                    (pending_high.take(), (0xDC00..0xE000).contains(&unit))
                {
                    let cp = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00);
                    out.push(char::from_u32(cp).expect("code point"));
                } else {
                    out.push(char::from_u32(unit).unwrap_or('\u{FFFD}'));
                }
            }
            other => out.push(other),
        }
    }
    *pos += 1;
    out
}
