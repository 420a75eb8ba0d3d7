//! The `random` module: the `Random` class (a Mersenne Twister with the methods of
//! Lib/random.py 3.11, natively over `gilpy_algo::mt` and `gilpy_algo::random`) and the
//! module-level functions bound to a hidden instance, so a seeded program prints CPython's
//! numbers. Counterpart of CPython's `Lib/random.py` and `Modules/_randommodule.c`.
//!
//! Every method is native: a Python subclass that overrides `random()` does not change what
//! `uniform()` and the other methods draw (CPython's would), which no seeded program sees.

use crate::object::{Payload, Value};
use crate::objects::bootstrap::{add_method, add_static, set_attr};
use crate::objects::float_methods::as_real;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int_methods::subclass_instance;
use crate::objects::str::{as_str, intern};
use crate::objects::types::{self, Layout, builtin};
use crate::objects::{bytes_ops, float, int, list_ops, tuple_ops};
use crate::ops::{self, BinOp};
use crate::pycell::PyCell;
use crate::vm::{PyErr, PyResult, Vm};
use gilpy_algo::mt::MersenneTwister;
use gilpy_algo::random::RandomError;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// The generator inside a `Random` instance.
type State = PyCell<MersenneTwister>;

fn state<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a State> {
    if let Some(Payload::Native(n)) = v.payload()
        && let Some(s) = n.downcast_ref::<State>()
    {
        return Ok(s);
    }
    Err(vm.type_error(format!(
        "descriptor '{name}' requires a '_random.Random' object but received a '{}'",
        vm.type_name(v)
    )))
}

#[cold]
fn random_error(vm: &Vm, e: RandomError) -> PyErr {
    match e {
        RandomError::Value(m) => vm.value_error(m),
        RandomError::Index(m) => vm.index_error(m),
    }
}

/// Bind a method's arguments (after `self`) to its parameter names, as a Python function
/// would: `required` leading ones must be given; `kwonly` are keyword-only.
fn params<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    names: &[&str],
    required: usize,
    kwonly: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = &args.pos()[1..];
    let positional = names.len() - kwonly;
    if pos.len() > positional {
        return Err(vm.type_error(format!(
            "Random.{name}() takes {} positional arguments but {} were given",
            positional + 1,
            pos.len() + 1
        )));
    }
    let mut out: Vec<Option<&Value>> = names.iter().enumerate().map(|(i, _)| pos.get(i)).collect();
    for (k, v) in args.kwargs() {
        let k = as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "Random.{name}() got multiple values for argument '{k}'"
                )));
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(vm.type_error(format!(
                    "Random.{name}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    let missing: Vec<String> = names[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(n, _)| format!("'{n}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            _ => format!(
                "{} and {}",
                missing[..missing.len() - 1].join(", "),
                missing[missing.len() - 1]
            ),
        };
        return Err(vm.type_error(format!(
            "Random.{name}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(out)
}

/// A parameter that `params` checked was given.
fn given<'a>(vm: &Vm, v: Option<&'a Value>) -> PyResult<&'a Value> {
    v.ok_or_else(|| vm.type_error("missing required argument"))
}

/// A float parameter (or its default).
fn real(vm: &Vm, v: Option<&Value>, default: f64) -> PyResult<f64> {
    let Some(v) = v else { return Ok(default) };
    as_real(vm, v)?
        .ok_or_else(|| vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// 32-bit words from the operating system's randomness (the seed of `Random()`).
fn os_seed() -> Vec<u32> {
    use std::hash::{BuildHasher, Hasher};
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut words = Vec::with_capacity(16);
    for i in 0..8u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(nanos);
        h.write_u64(i);
        let v = h.finish();
        words.push(v as u32);
        words.push((v >> 32) as u32);
    }
    words
}

/// `Random.__new__(cls, *args)`: a generator seeded from the OS until `__init__` seeds it.
fn random_new(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error("Random.__new__(): not enough arguments"));
    };
    let mut mt = MersenneTwister::default();
    mt.seed_words(&os_seed());
    let state: State = PyCell::new(mt);
    Ok(subclass_instance(cls, Payload::Native(Box::new(state))))
}

fn random_init(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &args, "__init__", &["x"], 0, 0)?;
    seed_with(vm, &args.pos()[0], p[0], None)
}

/// What `Random.seed(a, version)` seeds the generator with.
enum Seed {
    /// The words of an int (its absolute value), least significant first.
    Words(Vec<u32>),
    /// A str, bytes or bytearray seed (version 2): the generator hashes it with SHA-512.
    Bytes(Vec<u8>),
    /// `None`: randomness from the operating system.
    Os,
}

fn seed_of(vm: &Vm, a: &Value, version: i64) -> PyResult<Seed> {
    if vm.is_none(a) {
        return Ok(Seed::Os);
    }
    if let Some(n) = int::to_bigint(a) {
        return Ok(Seed::Words(n.magnitude().to_u32_digits()));
    }
    let raw = as_str(a)
        .map(|s| s.as_bytes().to_vec())
        .or_else(|| bytes_ops::as_bytes(a));
    match raw {
        Some(b) if version == 1 && !matches!(a.payload(), Some(Payload::ByteArray(_))) => {
            let chars: Vec<u32> = match as_str(a) {
                Some(s) => s.chars().map(u32::from).collect(),
                None => b.iter().map(|&c| u32::from(c)).collect(),
            };
            Ok(Seed::Words(version1_words(&chars)))
        }
        Some(b) => Ok(Seed::Bytes(b)),
        None if float::as_f64(a).is_some() => {
            let h = ops::hash(vm, a)? as u64;
            Ok(Seed::Words(num_bigint::BigUint::from(h).to_u32_digits()))
        }
        None => Err(vm.type_error(
            "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
        )),
    }
}

/// The seed of a version-1 string seed (Python 2.x's string hash).
fn version1_words(chars: &[u32]) -> Vec<u32> {
    let mut x: u64 = chars.first().map_or(0, |&c| u64::from(c) << 7);
    for &c in chars {
        x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
    }
    x ^= chars.len() as u64;
    let x = if x == u64::MAX {
        BigInt::from(-2)
    } else {
        BigInt::from(x)
    };
    x.magnitude().to_u32_digits()
}

fn seed_with(vm: &Vm, this: &Value, a: Option<&Value>, version: Option<&Value>) -> PyResult<Value> {
    let st = state(vm, this, "seed")?;
    let version = match version {
        Some(v) => int::as_i64(v).unwrap_or(2),
        None => 2,
    };
    let none = vm.none();
    match seed_of(vm, a.unwrap_or(&none), version)? {
        Seed::Words(w) => st.borrow_mut().seed_words(&w),
        Seed::Bytes(b) => st.borrow_mut().seed_bytes(&b),
        Seed::Os => st.borrow_mut().seed_words(&os_seed()),
    }
    Ok(vm.none())
}

fn random_seed(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &args, "seed", &["a", "version"], 0, 0)?;
    seed_with(vm, &args.pos()[0], p[0], p[1])
}

fn random_random(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "random", 1, 1)?;
    let r = state(vm, &a[0], "random")?.borrow_mut().random();
    Ok(float::new_float(r))
}

fn random_getrandbits(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getrandbits", 2, 2)?;
    let st = state(vm, &a[0], "getrandbits")?;
    let Some(k) = ops::seq::index_of(vm, &a[1])? else {
        return Err(crate::objects::int_methods::not_integer(vm, &a[1]));
    };
    if k.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let k = k
        .to_i32()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
    let bits = st.borrow_mut().getrandbits(k as u64);
    Ok(int::from_bigint(BigInt::from_biguint(Sign::Plus, bits)))
}

fn random_getstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "getstate", 1, 1)?;
    let st = state(vm, &a[0], "getstate")?.borrow();
    let words: Vec<Value> = st
        .state()
        .into_iter()
        .map(|w| int::from_i64(i64::from(w)))
        .collect();
    let gauss = st.gauss_next.map_or_else(|| vm.none(), float::new_float);
    drop(st);
    Ok(tuple_ops::new_tuple(vec![
        int::from_i64(3),
        tuple_ops::new_tuple(words),
        gauss,
    ]))
}

fn random_setstate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "setstate", 2, 2)?;
    let st = state(vm, &a[0], "setstate")?;
    let parts = ops::collect(vm, &a[1])?;
    let version = parts.first().and_then(int::as_i64);
    if !matches!(version, Some(2 | 3)) || parts.len() != 3 {
        let shown = parts
            .first()
            .map_or(Ok("None".to_owned()), |v| ops::text::str_string(vm, v))?;
        return Err(vm.value_error(format!(
            "state with version {shown} passed to Random.setstate() of version 3"
        )));
    }
    let Some(Payload::Tuple(items)) = parts[1].payload() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let mut words = Vec::with_capacity(items.len());
    for w in items.iter() {
        let n = int::to_bigint(w)
            .ok_or_else(|| vm.type_error("state vector items must be integers"))?;
        let n = if version == Some(2) {
            n.mod_floor(&BigInt::from(1u64 << 32))
        } else {
            n
        };
        words.push(n.to_u64().ok_or_else(|| {
            vm.overflow_error("Python int too large to convert to C unsigned long")
        })?);
    }
    let gauss = if vm.is_none(&parts[2]) {
        None
    } else {
        Some(real(vm, Some(&parts[2]), 0.0)?)
    };
    let mut mt = st.borrow_mut();
    mt.set_state(&words).map_err(|m| vm.value_error(m))?;
    mt.gauss_next = gauss;
    Ok(vm.none())
}

/// An integer argument of `randrange`: an int, or an integral float (deprecated in 3.11).
fn range_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    if let Some(i) = ops::seq::index_of(vm, v)? {
        return Ok(i);
    }
    let as_int = crate::objects::int_methods::int_from(vm, v, None)?;
    let i = int::to_bigint(&as_int).unwrap_or_default();
    if !ops::eq(vm, &as_int, v)? {
        return Err(vm.value_error(format!("non-integer {what} for randrange()")));
    }
    Ok(i)
}

fn random_randrange(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &args, "randrange", &["start", "stop", "step"], 1, 0)?;
    let this = &args.pos()[0];
    let st = state(vm, this, "randrange")?;
    let start = range_arg(vm, given(vm, p[0])?, "arg 1")?;
    let stop = match p[1].filter(|v| !vm.is_none(v)) {
        Some(v) => Some(range_arg(vm, v, "stop")?),
        None => {
            if p[2].is_some_and(|s| int::as_i64(s) != Some(1)) {
                return Err(vm.type_error("Missing a non-None stop argument"));
            }
            None
        }
    };
    let step = match p[2] {
        Some(v) => range_arg(vm, v, "step")?,
        None => BigInt::from(1),
    };
    let r = st.borrow_mut().randrange(&start, stop.as_ref(), &step);
    r.map(int::from_bigint).map_err(|e| random_error(vm, e))
}

fn random_randint(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &args, "randint", &["a", "b"], 2, 0)?;
    let this = &args.pos()[0];
    let st = state(vm, this, "randint")?;
    let a = range_arg(vm, given(vm, p[0])?, "arg 1")?;
    let b = range_arg(vm, given(vm, p[1])?, "stop")?;
    let r = st.borrow_mut().randint(&a, &b);
    r.map(int::from_bigint).map_err(|e| random_error(vm, e))
}

fn random_randbelow(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "_randbelow", 2, 2)?;
    let st = state(vm, &a[0], "_randbelow")?;
    let n = int::to_bigint(&a[1]).unwrap_or_default();
    let r = st.borrow_mut().randbelow(n.magnitude());
    Ok(int::from_bigint(BigInt::from_biguint(Sign::Plus, r)))
}

fn random_choice(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "choice", 2, 2)?;
    let st = state(vm, &a[0], "choice")?;
    let n = ops::len(vm, &a[1])?;
    let i = st
        .borrow_mut()
        .choice_index(n)
        .map_err(|e| random_error(vm, e))?;
    ops::getitem(vm, &a[1], &int::from_usize(i))
}

fn random_shuffle(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "shuffle", 2, 2)?;
    let st = state(vm, &a[0], "shuffle")?;
    let x = &a[1];
    if let Some(Payload::List(l)) = x.payload() {
        st.borrow_mut().shuffle(&mut l.borrow_mut());
        return Ok(vm.none());
    }
    let n = ops::len(vm, x)?;
    let mut items = Vec::with_capacity(n);
    for i in 0..n {
        items.push(ops::getitem(vm, x, &int::from_usize(i))?);
    }
    st.borrow_mut().shuffle(&mut items);
    for (i, v) in items.into_iter().enumerate() {
        ops::setitem(vm, x, &int::from_usize(i), v)?;
    }
    Ok(vm.none())
}

/// Whether `v` counts as a sequence for `sample` (not a set or a mapping).
fn is_sequence(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::Dict(_)) => false,
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_),
        ) => true,
        _ => {
            types::lookup_str_on_class(v, "__getitem__").is_some()
                && types::lookup_str_on_class(v, "__len__").is_some()
        }
    }
}

fn random_sample(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &args, "sample", &["population", "k", "counts"], 2, 1)?;
    let this = &args.pos()[0];
    let st = state(vm, this, "sample")?;
    let (population, k) = (given(vm, p[0])?, given(vm, p[1])?);
    if !is_sequence(population) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let k = ops::seq::index_of(vm, k)?
        .ok_or_else(|| crate::objects::int_methods::not_integer(vm, k))?;
    let n = ops::len(vm, population)?;
    if let Some(counts) = p[2].filter(|c| !vm.is_none(c)) {
        return sample_counts(vm, st, population, n, &k, counts);
    }
    let k = k
        .to_usize()
        .ok_or_else(|| vm.value_error("Sample larger than population or is negative"))?;
    let picks = st
        .borrow_mut()
        .sample_indices(n, k)
        .map_err(|e| random_error(vm, e))?;
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(ops::getitem(vm, population, &int::from_usize(i))?);
    }
    Ok(list_ops::new_list(out))
}

/// `sample(population, k, counts=counts)`: a sample of the population repeated by counts.
fn sample_counts(
    vm: &Vm,
    st: &State,
    population: &Value,
    n: usize,
    k: &BigInt,
    counts: &Value,
) -> PyResult<Value> {
    let counts = ops::collect(vm, counts)?;
    if counts.len() != n {
        return Err(vm.value_error("The number of counts does not match the population"));
    }
    let mut cum = Vec::with_capacity(n);
    let mut total = BigInt::zero();
    for c in &counts {
        let c = int::to_bigint(c).ok_or_else(|| vm.type_error("Counts must be integers"))?;
        total += c;
        cum.push(total.clone());
    }
    if !total.is_positive() {
        return Err(vm.value_error("Total of counts must be greater than zero"));
    }
    let total = total
        .to_usize()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    let k = k
        .to_usize()
        .ok_or_else(|| vm.value_error("Sample larger than population or is negative"))?;
    let picks = st
        .borrow_mut()
        .sample_indices(total, k)
        .map_err(|e| random_error(vm, e))?;
    let mut out = Vec::with_capacity(picks.len());
    for s in picks {
        let i = cum[..n - 1].partition_point(|c| *c <= BigInt::from(s));
        out.push(ops::getitem(vm, population, &int::from_usize(i))?);
    }
    Ok(list_ops::new_list(out))
}

/// The running totals of `weights`, summed with Python's `+` (exact for ints).
fn accumulate(vm: &Vm, weights: &Value) -> PyResult<Vec<f64>> {
    let mut total: Option<Value> = None;
    let mut out = Vec::new();
    for w in ops::collect(vm, weights)? {
        let t = match total {
            None => w,
            Some(t) => ops::binary_op(vm, &t, &w, BinOp::Add)?,
        };
        out.push(real(vm, Some(&t), 0.0)?);
        total = Some(t);
    }
    Ok(out)
}

fn random_choices(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(
        vm,
        &args,
        "choices",
        &["population", "weights", "cum_weights", "k"],
        1,
        2,
    )?;
    let this = &args.pos()[0];
    let st = state(vm, this, "choices")?;
    let population = given(vm, p[0])?;
    let n = ops::len(vm, population)?;
    let k = match p[3] {
        Some(k) => ops::seq::index_of(vm, k)?
            .ok_or_else(|| crate::objects::int_methods::not_integer(vm, k))?,
        None => BigInt::from(1),
    };
    let k = k.to_usize().unwrap_or(0);
    let weights = p[1].filter(|w| !vm.is_none(w));
    let cum = p[2].filter(|w| !vm.is_none(w));
    let picks = match (weights, cum) {
        (None, None) => st.borrow_mut().choices_indices(n, k),
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
        (w, c) => {
            let source = w.or(c).unwrap_or(population);
            if w.is_some() && int::is_int(source) {
                return Err(vm.type_error(format!(
                    "The number of choices must be a keyword argument: k={}",
                    ops::text::repr_string(vm, source)?
                )));
            }
            let cum = if w.is_some() {
                accumulate(vm, source)?
            } else {
                real_list(vm, source)?
            };
            st.borrow_mut()
                .choices_cumulative(n, &cum, k)
                .map_err(|e| random_error(vm, e))?
        }
    };
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(ops::getitem(vm, population, &int::from_usize(i))?);
    }
    Ok(list_ops::new_list(out))
}

fn real_list(vm: &Vm, v: &Value) -> PyResult<Vec<f64>> {
    ops::collect(vm, v)?
        .iter()
        .map(|x| real(vm, Some(x), 0.0))
        .collect()
}

/// A distribution method: binds `names` (with `defaults` for the trailing ones) and draws.
fn distribution(
    vm: &Vm,
    args: Args<'_>,
    name: &str,
    names: &[&str],
    defaults: &[f64],
    draw: fn(&mut MersenneTwister, &[f64]) -> Result<f64, RandomError>,
) -> PyResult<Value> {
    let required = names.len() - defaults.len();
    let p = params(vm, &args, name, names, required, 0)?;
    let st = state(vm, &args.pos()[0], name)?;
    let mut xs = Vec::with_capacity(names.len());
    for (i, v) in p.iter().enumerate() {
        xs.push(real(
            vm,
            *v,
            if i >= required {
                defaults[i - required]
            } else {
                0.0
            },
        )?);
    }
    let r = draw(&mut st.borrow_mut(), &xs).map_err(|e| random_error(vm, e))?;
    Ok(float::new_float(r))
}

macro_rules! distributions {
    ($($f:ident $name:literal [$($p:literal),*] [$($d:expr),*] $draw:expr;)*) => {
        $(
            fn $f(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
                distribution(vm, args, $name, &[$($p),*], &[$($d),*], $draw)
            }
        )*
        const DISTRIBUTIONS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

distributions! {
    random_uniform "uniform" ["a", "b"] [] |m, x| Ok(m.uniform(x[0], x[1]));
    random_normalvariate "normalvariate" ["mu", "sigma"] [0.0, 1.0] |m, x| Ok(m.normalvariate(x[0], x[1]));
    random_gauss "gauss" ["mu", "sigma"] [0.0, 1.0] |m, x| Ok(m.gauss(x[0], x[1]));
    random_lognormvariate "lognormvariate" ["mu", "sigma"] [] |m, x| Ok(m.lognormvariate(x[0], x[1]));
    random_vonmisesvariate "vonmisesvariate" ["mu", "kappa"] [] |m, x| Ok(m.vonmisesvariate(x[0], x[1]));
    random_gammavariate "gammavariate" ["alpha", "beta"] [] |m, x| m.gammavariate(x[0], x[1]);
    random_betavariate "betavariate" ["alpha", "beta"] [] |m, x| m.betavariate(x[0], x[1]);
    random_paretovariate "paretovariate" ["alpha"] [] |m, x| Ok(m.paretovariate(x[0]));
    random_weibullvariate "weibullvariate" ["alpha", "beta"] [] |m, x| Ok(m.weibullvariate(x[0], x[1]));
}

fn random_expovariate(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &args, "expovariate", &["lambd"], 1, 0)?;
    let lambd = real(vm, p[0], 1.0)?;
    if lambd == 0.0 {
        return Err(vm.zero_division("float division by zero"));
    }
    let st = state(vm, &args.pos()[0], "expovariate")?;
    let r = st.borrow_mut().expovariate(lambd);
    Ok(float::new_float(r))
}

fn random_triangular(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let p = params(vm, &args, "triangular", &["low", "high", "mode"], 0, 0)?;
    let (low, high) = (real(vm, p[0], 0.0)?, real(vm, p[1], 1.0)?);
    let mode = match p[2].filter(|m| !vm.is_none(m)) {
        Some(m) => Some(real(vm, Some(m), 0.0)?),
        None => None,
    };
    let st = state(vm, &args.pos()[0], "triangular")?;
    let r = st.borrow_mut().triangular(low, high, mode);
    Ok(float::new_float(r))
}

fn random_randbytes(vm: &Vm, args: Args<'_>) -> PyResult<Value> {
    let a = args.positional_only(vm, "randbytes", 2, 2)?;
    let st = state(vm, &a[0], "randbytes")?;
    let n = ops::seq::index_of(vm, &a[1])?
        .ok_or_else(|| crate::objects::int_methods::not_integer(vm, &a[1]))?;
    if n.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let n = n
        .to_usize()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    let bytes = st.borrow_mut().randbytes(n);
    Ok(bytes_ops::new_bytes(bytes))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", random_init),
    ("seed", random_seed),
    ("random", random_random),
    ("getrandbits", random_getrandbits),
    ("getstate", random_getstate),
    ("setstate", random_setstate),
    ("_randbelow", random_randbelow),
    ("randrange", random_randrange),
    ("randint", random_randint),
    ("choice", random_choice),
    ("shuffle", random_shuffle),
    ("sample", random_sample),
    ("choices", random_choices),
    ("expovariate", random_expovariate),
    ("triangular", random_triangular),
    ("randbytes", random_randbytes),
];

/// The module-level functions: bound methods of the hidden instance.
const MODULE_FUNCTIONS: &[&str] = &[
    "seed",
    "random",
    "uniform",
    "triangular",
    "randint",
    "choice",
    "randrange",
    "sample",
    "shuffle",
    "choices",
    "normalvariate",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "gauss",
    "betavariate",
    "paretovariate",
    "weibullvariate",
    "getstate",
    "setstate",
    "getrandbits",
    "randbytes",
];

/// The `Random` class.
fn random_class() -> Value {
    let b = builtin();
    let t = types::new_type(
        b.type_.clone(),
        "Random",
        vec![b.object.clone()],
        Layout::Object,
        false,
    );
    if let Some(td) = types::type_data(&t) {
        *td.mro.borrow_mut() = vec![t.clone(), b.object.clone()];
    }
    add_static(&t, "Random", "__new__", random_new);
    for (name, f) in METHODS.iter().chain(DISTRIBUTIONS) {
        add_method(&t, "Random", name, *f);
    }
    set_attr(&t, "__module__", intern("random"));
    set_attr(&t, "VERSION", int::from_i64(3));
    t
}

pub fn init(vm: &Vm, m: &Value) -> PyResult<()> {
    let cls = random_class();
    set_attr(m, "Random", cls.clone());
    let inst = ops::call(vm, &cls, &[], &[])?;
    for name in MODULE_FUNCTIONS {
        set_attr(m, name, ops::getattr(vm, &inst, &intern(name))?);
    }
    set_attr(m, "_inst", inst);
    let all: Vec<Value> = std::iter::once("Random")
        .chain(MODULE_FUNCTIONS.iter().copied())
        .map(intern)
        .collect();
    set_attr(m, "__all__", list_ops::new_list(all));
    Ok(())
}
