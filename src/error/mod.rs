//! Reporting errors to the user: tracebacks of uncaught exceptions,
//! "Exception ignored in" reports, and syntax-error diagnostics (miette).
mod anchors;
pub mod report;
pub mod suggest;
pub mod traceback;
mod width;
