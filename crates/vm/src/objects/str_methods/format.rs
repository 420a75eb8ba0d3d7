//! `str.format` and `str.format_map`: the replacement-field parser (`{0}`, `{name}`,
//! `{x.attr}`, `{x[0]}`, `!r`/`!s`/`!a`, nested `{:{width}}` specs, `{{`/`}}`) with CPython's
//! errors. Counterpart of `Objects/stringlib/unicode_format.h`.

use super::args::Style;
use super::str_call;
use crate::object::Value;
use crate::objects::function::Args;
use crate::objects::int;
use crate::objects::str::{as_str, from_string, new_str};
use crate::ops;
use crate::vm::{PyErr, PyResult, Vm};

/// Where `{name}` fields are looked up.
enum Keywords<'a> {
    Pairs(Args<'a>),
    Mapping(&'a Value),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct Formatter<'a> {
    vm: &'a Vm,
    /// `None` for `format_map`, which takes no positional arguments.
    positional: Option<&'a [Value]>,
    keywords: Keywords<'a>,
    state: AutoNumber,
    next_auto: usize,
}

/// One parsed replacement field.
struct Field<'s> {
    name: &'s [char],
    conversion: Option<char>,
    spec: &'s [char],
    spec_has_fields: bool,
}

#[cold]
fn value_error(vm: &Vm, msg: &str) -> PyErr {
    vm.value_error(msg)
}

impl Formatter<'_> {
    /// Render `fmt`, allowing `depth` more levels of nested specs.
    fn build(&mut self, fmt: &[char], depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error(self.vm, "Max string recursion exceeded"));
        }
        let mut out = String::with_capacity(fmt.len());
        let mut i = 0;
        while i < fmt.len() {
            let (literal, markup) = self.literal(fmt, &mut i)?;
            out.extend(literal);
            if markup {
                let field = self.parse_field(fmt, &mut i)?;
                out.push_str(&self.render(&field, depth)?);
            }
        }
        Ok(out)
    }

    /// Literal text up to the next field (`{{`/`}}` collapse); whether a field follows.
    fn literal<'s>(&self, fmt: &'s [char], i: &mut usize) -> PyResult<(&'s [char], bool)> {
        let start = *i;
        let mut c = '\0';
        let mut markup = false;
        while *i < fmt.len() {
            c = fmt[*i];
            *i += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = *i >= fmt.len();
        let mut len = *i - start;
        if c == '}' && markup && (at_end || fmt[*i] != '}') {
            return Err(value_error(
                self.vm,
                "Single '}' encountered in format string",
            ));
        }
        if at_end && c == '{' && markup {
            return Err(value_error(
                self.vm,
                "Single '{' encountered in format string",
            ));
        }
        if !at_end && markup {
            if fmt[*i] == c {
                *i += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        Ok((&fmt[start..start + len], markup))
    }

    /// The field after a `{`, up to and including its `}`.
    fn parse_field<'s>(&self, fmt: &'s [char], i: &mut usize) -> PyResult<Field<'s>> {
        let vm = self.vm;
        let start = *i;
        let mut c = '\0';
        while *i < fmt.len() {
            c = fmt[*i];
            *i += 1;
            match c {
                '{' => return Err(value_error(vm, "unexpected '{' in field name")),
                '[' => {
                    while *i < fmt.len() && fmt[*i] != ']' {
                        *i += 1;
                    }
                }
                '}' | ':' | '!' => break,
                _ => {}
            }
        }
        let name = &fmt[start..(*i).max(start + 1) - 1];
        let mut field = Field {
            name,
            conversion: None,
            spec: &[],
            spec_has_fields: false,
        };
        if c != '!' && c != ':' {
            return if c == '}' {
                Ok(field)
            } else {
                Err(value_error(vm, "expected '}' before end of string"))
            };
        }
        if c == '!' {
            let Some(&conv) = fmt.get(*i) else {
                return Err(value_error(
                    vm,
                    "end of string while looking for conversion specifier",
                ));
            };
            field.conversion = Some(conv);
            *i += 1;
            if let Some(&next) = fmt.get(*i) {
                *i += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(value_error(vm, "expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *i;
        let mut count = 1;
        while *i < fmt.len() {
            let c = fmt[*i];
            *i += 1;
            if c == '{' {
                field.spec_has_fields = true;
                count += 1;
            } else if c == '}' {
                count -= 1;
                if count == 0 {
                    field.spec = &fmt[spec_start..*i - 1];
                    return Ok(field);
                }
            }
        }
        Err(value_error(vm, "unmatched '{' in format spec"))
    }

    fn render(&mut self, field: &Field<'_>, depth: u32) -> PyResult<String> {
        let vm = self.vm;
        let obj = self.field_object(field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => ops::repr(vm, &obj)?,
            Some('s') => ops::str(vm, &obj)?,
            Some('a') => ops::ascii(vm, &obj)?,
            Some(c) if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
            }
            Some(c) => {
                return Err(
                    vm.value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))
                );
            }
        };
        let spec = if field.spec_has_fields {
            self.build(field.spec, depth - 1)?
        } else {
            field.spec.iter().collect()
        };
        let r = ops::format(vm, &obj, Some(&from_string(spec)))?;
        Ok(as_str(&r).unwrap_or_default().to_owned())
    }

    /// The object a field name denotes: an argument, then `.attr` and `[key]` steps.
    fn field_object(&mut self, name: &[char]) -> PyResult<Value> {
        let vm = self.vm;
        let first_len = name
            .iter()
            .position(|&c| c == '.' || c == '[')
            .unwrap_or(name.len());
        let first = &name[..first_len];
        let index = integer(vm, first)?;
        let empty = first.is_empty();
        if empty || index.is_some() {
            if self.state == AutoNumber::Init {
                self.state = if empty {
                    AutoNumber::Auto
                } else {
                    AutoNumber::Manual
                };
            }
            if self.state == AutoNumber::Manual && empty {
                return Err(value_error(
                    vm,
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.state == AutoNumber::Auto && !empty {
                return Err(value_error(
                    vm,
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        let mut obj = match (empty, index) {
            (true, _) => {
                self.next_auto += 1;
                self.positional_arg(self.next_auto - 1)?
            }
            (false, Some(i)) => self.positional_arg(i)?,
            (false, None) => self.keyword_arg(first.iter().collect())?,
        };
        let mut j = first_len;
        while j < name.len() {
            obj = self.step(obj, name, &mut j)?;
        }
        Ok(obj)
    }

    /// One `.attr` or `[key]` step of a field name.
    fn step(&self, obj: Value, name: &[char], j: &mut usize) -> PyResult<Value> {
        let vm = self.vm;
        let c = name[*j];
        *j += 1;
        let start = *j;
        let part = match c {
            '.' => {
                while *j < name.len() && name[*j] != '.' && name[*j] != '[' {
                    *j += 1;
                }
                &name[start..*j]
            }
            '[' => {
                while *j < name.len() && name[*j] != ']' {
                    *j += 1;
                }
                if *j >= name.len() {
                    return Err(value_error(vm, "Missing ']' in format string"));
                }
                *j += 1;
                &name[start..*j - 1]
            }
            _ => {
                return Err(value_error(
                    vm,
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        };
        if part.is_empty() {
            return Err(value_error(vm, "Empty attribute in format string"));
        }
        let text: String = part.iter().collect();
        if c == '.' {
            return ops::getattr(vm, &obj, &crate::objects::str::intern(&text));
        }
        let key = match integer(vm, part)? {
            Some(i) => int::from_usize(i),
            None => from_string(text),
        };
        ops::getitem(vm, &obj, &key)
    }

    fn positional_arg(&self, i: usize) -> PyResult<Value> {
        let Some(positional) = self.positional else {
            return Err(value_error(
                self.vm,
                "Format string contains positional fields",
            ));
        };
        positional.get(i).cloned().ok_or_else(|| {
            self.vm.index_error(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })
    }

    fn keyword_arg(&self, key: String) -> PyResult<Value> {
        match &self.keywords {
            Keywords::Pairs(args) => match args.kw(&key) {
                Some(v) => Ok(v.clone()),
                None => Err(self.vm.key_error(from_string(key))),
            },
            Keywords::Mapping(m) => ops::getitem(self.vm, m, &from_string(key)),
        }
    }
}

/// A field name made only of decimal digits, as an index.
fn integer(vm: &Vm, digits: &[char]) -> PyResult<Option<usize>> {
    if digits.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for &c in digits {
        let Some(d) = gilpy_algo::unicode::decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error(vm, "Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

fn run(
    vm: &Vm,
    text: &str,
    positional: Option<&[Value]>,
    keywords: Keywords<'_>,
) -> PyResult<Value> {
    if !text.contains(['{', '}']) {
        return Ok(new_str(text));
    }
    let chars: Vec<char> = text.chars().collect();
    let mut f = Formatter {
        vm,
        positional,
        keywords,
        state: AutoNumber::Init,
        next_auto: 0,
    };
    f.build(&chars, 2).map(from_string)
}

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "format")?;
    run(
        vm,
        s.as_str(),
        Some(call.rest.pos()),
        Keywords::Pairs(call.rest),
    )
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let (s, call) = str_call(vm, args, "format_map")?;
    let a = call.positional(vm, 1, 1, Style::Fixed)?;
    run(vm, s.as_str(), None, Keywords::Mapping(&a[0]))
}
