//! Unit tests for the resolver: hand-built ASTs (the parser is separate).
