//! Source text to AST: tokens (logos), layout (INDENT/DEDENT), grammar (lalrpop).
//!
//! Pipeline: [`token`] lexes, [`layout`] adds NEWLINE/INDENT/DEDENT and
//! lexical errors, the generated grammar (`grammar/wisp.lalrpop`, driven by
//! [`parser`]) builds the AST through [`actions`], and [`literal`] decodes
//! strings and f-strings.
pub mod actions;
pub mod ast;
pub mod error;
pub mod intern;
pub mod layout;
pub mod literal;
pub mod parser;
pub mod patterns;
pub mod softkw;
pub mod targets;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::{input_completeness, parse_expression, parse_module, Completeness};

#[cfg(test)]
mod tests;
