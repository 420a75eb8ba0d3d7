//! `Opcode::stack_effect` agrees with CPython 3.10's `dis.stack_effect` for every opcode
//! 3.10 has (the table in `stack_effect.txt` comes from `tests/regen.sh`).

use gilpy_bytecode::Opcode;

#[test]
fn stack_effects_match_cpython_310() {
    let table = include_str!("stack_effect.txt");
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for line in table.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [name, arg, jump, effect] = fields[..] else {
            continue;
        };
        let arg: u32 = arg.parse().expect("oparg");
        let jump = jump == "1";
        let effect: i32 = effect.parse().expect("effect");
        let Some(op) = Opcode::ALL.iter().find(|o| o.name() == name) else {
            mismatches.push(format!("{name}: missing from the opcode table"));
            continue;
        };
        checked += 1;
        let ours = op.stack_effect(arg, jump);
        if ours != effect {
            mismatches.push(format!(
                "{name} arg={arg} jump={jump}: 3.10 says {effect}, gilpy {ours}"
            ));
        }
    }
    assert!(checked > 1000, "only {checked} rows checked");
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn gilpy_opcodes_are_numbered_above_200() {
    let names: Vec<&str> = include_str!("stack_effect.txt")
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for op in Opcode::ALL {
        if !names.contains(&op.name()) {
            assert!(
                *op as u8 >= 200,
                "{} is not a 3.10 opcode but is numbered below 200",
                op.name()
            );
        }
    }
}
