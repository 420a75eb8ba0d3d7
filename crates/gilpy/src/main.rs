//! The `gilpy` command: python3's command line over the gilpy VM. Counterpart of `Modules/main.c`.

fn main() {}
