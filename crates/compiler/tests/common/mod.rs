//! Helpers shared by the compiler's integration tests.

#![allow(dead_code)]

pub mod ast_from_json;
pub mod json;
pub mod repr;
