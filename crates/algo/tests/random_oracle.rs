//! `random.Random` sequences against CPython 3.11, from several seeds.
mod common;

use common::{bits, float, rows, unhex, unhex_bytes};
use gilpy_algo::{hash, mt::MersenneTwister, random::RandomError};
use num_bigint::BigInt;

fn ints(text: &str) -> Vec<BigInt> {
    text.split(' ').map(|s| s.parse().unwrap()).collect()
}

fn floats(text: &str) -> Vec<f64> {
    text.split(' ').map(|s| s.parse().unwrap()).collect()
}

fn seed(mt: &mut MersenneTwister, tag: &str) {
    let (kind, value) = tag.split_once(':').unwrap();
    match kind {
        "i" => mt.seed_int(&value.parse().unwrap()),
        "s" => mt.seed_bytes(unhex(value).as_bytes()),
        "b" => mt.seed_bytes(&unhex_bytes(value)),
        "f" => mt.seed_int(&BigInt::from(hash::hash_f64(float(value)))),
        _ => panic!("seed kind {kind}"),
    }
}

fn randrange(mt: &mut MersenneTwister, args: &str) -> Result<BigInt, RandomError> {
    let n = ints(args);
    let step = n.get(2).cloned().unwrap_or(BigInt::from(1));
    mt.randrange(&n[0], n.get(1), &step)
}

fn run(mt: &mut MersenneTwister, op: &str, args: &str) -> String {
    let a: Vec<&str> = args.split(' ').collect();
    let join = |v: Vec<String>| v.join(" ");
    let idx = |v: Vec<usize>| join(v.into_iter().map(|i| i.to_string()).collect());
    match op {
        "random" => join((0..5).map(|_| bits(mt.random())).collect()),
        "getrandbits" => mt.getrandbits(args.parse().unwrap()).to_string(),
        "randrange" => randrange(mt, args).unwrap().to_string(),
        "randint" => {
            let n = ints(args);
            join(
                (0..10)
                    .map(|_| mt.randint(&n[0], &n[1]).unwrap().to_string())
                    .collect(),
            )
        }
        "choice" => mt.choice_index(args.parse().unwrap()).unwrap().to_string(),
        "shuffle" => {
            let mut items: Vec<usize> = (0..args.parse().unwrap()).collect();
            mt.shuffle(&mut items);
            idx(items)
        }
        "sample" => idx(mt
            .sample_indices(a[0].parse().unwrap(), a[1].parse().unwrap())
            .unwrap()),
        "uniform" => bits(mt.uniform(1.0, 2.0)),
        "triangular" if a[2] == "none" => bits(mt.triangular(0.0, 1.0, None)),
        "triangular" => bits(mt.triangular(0.0, 10.0, Some(2.0))),
        "gauss" => join((0..3).map(|_| bits(mt.gauss(0.0, 1.0))).collect()),
        "normalvariate" => join((0..3).map(|_| bits(mt.normalvariate(1.0, 2.0))).collect()),
        "expovariate" => bits(mt.expovariate(1.5)),
        "choices" if a[1] == "none" => idx(mt.choices_indices(10, 5)),
        "choices" => idx(mt.choices_cumulative(4, &[1.0, 3.0, 6.0, 10.0], 6).unwrap()),
        "betavariate" => bits(mt.betavariate(2.0, 3.0).unwrap()),
        "gammavariate" => {
            let f = floats(args);
            bits(mt.gammavariate(f[0], f[1]).unwrap())
        }
        "lognormvariate" => bits(mt.lognormvariate(0.0, 1.0)),
        "vonmisesvariate" => bits(mt.vonmisesvariate(1.0, 2.0)),
        "paretovariate" => bits(mt.paretovariate(2.0)),
        "weibullvariate" => bits(mt.weibullvariate(1.0, 2.0)),
        "randbytes" => mt
            .randbytes(10)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
        "state" => {
            let s = mt.state();
            let pick = [s[0], s[1], s[2], s[623], s[624]];
            join(pick.iter().map(|w| w.to_string()).collect())
        }
        _ => panic!("op {op}"),
    }
}

#[test]
fn sequences_match() {
    let mut mt = MersenneTwister::default();
    for row in rows(include_str!("data/random.tsv")) {
        let (op, args, want) = (row[0], row[1], row[2]);
        match op {
            "seed" => seed(&mut mt, args),
            "randrange_err" => {
                let message = match randrange(&mut mt, args).unwrap_err() {
                    RandomError::Value(m) => m,
                    other => panic!("{other:?}"),
                };
                assert_eq!(message, unhex(want), "randrange({args})");
            }
            _ => assert_eq!(run(&mut mt, op, args), want, "{op}({args})"),
        }
    }
}
