//! Source text to AST: tokens (logos), layout (INDENT/DEDENT), grammar (lalrpop).
pub mod ast;
pub mod error;
pub mod intern;

pub use error::{SyntaxError, SyntaxErrorKind};
pub mod token;
pub mod layout;
