//! `str % args` against CPython 3.11, through a small [`FormatArgs`] over test values.
mod common;

use common::{expected, float, rows, unhex};
use gilpy_algo::printf::{self, ErrorKind, FormatArgs, PrintfError};
use gilpy_algo::{float_repr, unicode};
use num_bigint::BigInt;

#[derive(Clone, Debug)]
enum Value {
    Int(BigInt),
    Float(f64),
    Str(String),
    Map(Vec<(String, Value)>),
}

impl Value {
    fn decode(text: &str) -> Value {
        let (kind, body) = text.split_once(':').unwrap();
        match kind {
            "i" => Value::Int(body.parse().unwrap()),
            "f" => Value::Float(float(body)),
            "s" => Value::Str(unhex(body)),
            _ => panic!("value kind {kind}"),
        }
    }

    fn repr(&self) -> String {
        match self {
            Value::Int(n) => n.to_string(),
            Value::Float(x) => float_repr::repr(*x),
            Value::Str(s) => unicode::str_repr(s),
            Value::Map(items) => {
                let inner: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("{}: {}", unicode::str_repr(k), v.repr()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
        }
    }
}

struct Args {
    items: Vec<Value>,
    next: usize,
    mapping: bool,
}

impl FormatArgs for Args {
    type Arg = Value;
    type Error = PrintfError;

    fn next_positional(&mut self) -> Option<Value> {
        let item = self.items.get(self.next).cloned();
        self.next += 1;
        item
    }
    fn has_unused(&self) -> bool {
        self.next < self.items.len()
    }
    fn is_mapping(&self) -> bool {
        self.mapping
    }
    fn mapping_item(&mut self, key: &str) -> Result<Value, PrintfError> {
        let Some(Value::Map(items)) = self.items.first() else {
            unreachable!()
        };
        items
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .ok_or(PrintfError {
                kind: ErrorKind::Value,
                message: unicode::str_repr(key),
            })
    }
    fn str(&mut self, arg: &Value) -> Result<String, PrintfError> {
        Ok(match arg {
            Value::Str(s) => s.clone(),
            other => other.repr(),
        })
    }
    fn repr(&mut self, arg: &Value) -> Result<String, PrintfError> {
        Ok(arg.repr())
    }
    fn ascii(&mut self, arg: &Value) -> Result<String, PrintfError> {
        Ok(match arg {
            Value::Str(s) => unicode::ascii(s),
            other => other.repr(),
        })
    }
    fn index(&mut self, arg: &Value) -> Result<Option<BigInt>, PrintfError> {
        Ok(match arg {
            Value::Int(n) => Some(n.clone()),
            _ => None,
        })
    }
    fn real(&mut self, arg: &Value) -> Result<Option<f64>, PrintfError> {
        Ok(match arg {
            Value::Int(n) => Some(gilpy_algo::format_spec::int_to_f64(n).unwrap()),
            Value::Float(x) => Some(*x),
            _ => None,
        })
    }
    fn text(&mut self, arg: &Value) -> Option<String> {
        match arg {
            Value::Str(s) => Some(s.clone()),
            _ => None,
        }
    }
    fn type_name(&self, arg: &Value) -> String {
        match arg {
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Map(_) => "dict",
        }
        .to_string()
    }
}

fn decode_args(text: &str) -> Args {
    let (kind, body) = text.split_once(':').unwrap();
    let list = || {
        body.split(',')
            .filter(|s| !s.is_empty())
            .map(Value::decode)
            .collect()
    };
    match kind {
        "t" => Args {
            items: list(),
            next: 0,
            mapping: false,
        },
        "1" => Args {
            items: vec![Value::decode(body)],
            next: 0,
            mapping: false,
        },
        "m" => {
            let items = body
                .split(',')
                .map(|kv| {
                    let (k, v) = kv.split_once('=').unwrap();
                    (unhex(k), Value::decode(v))
                })
                .collect();
            Args {
                items: vec![Value::Map(items)],
                next: 0,
                mapping: true,
            }
        }
        _ => panic!("args kind {kind}"),
    }
}

#[test]
fn percent_formatting_matches() {
    for row in rows(include_str!("data/printf.tsv")) {
        let fmt = unhex(row[0]);
        let mut args = decode_args(row[1]);
        let got = printf::format(&fmt, &mut args).map_err(|e| e.message);
        let want = expected(row[2]).map(unhex);
        assert_eq!(got, want, "{fmt:?} % {}", row[1]);
    }
}
