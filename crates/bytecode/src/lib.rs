//! Bytecode shared by the compiler, the VM and `dis`: the instruction table and code objects.

pub mod code;
pub mod dis;
pub mod opcode;
pub mod serial;

pub use code::{CodeObject, Constant, Position};
pub use opcode::{ArgKind, Opcode};
pub use serial::DecodeError;
