//! Source text to AST: tokens (logos), layout (INDENT/DEDENT), grammar (lalrpop).
pub mod ast;
pub mod intern;
