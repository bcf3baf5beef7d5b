//! The pattern as a stream of tokens (CPython's `re._parser.Tokenizer`):
//! single characters and backslash escapes, with positions in code points.
//!
//! Owns reading the pattern; it knows no grammar.

use super::parse::{error_at, PResult, ParseError};

/// A token is a character or a backslash escape (`escaped`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Token {
    pub c: char,
    pub escaped: bool,
}

impl Token {
    pub fn len(self) -> usize {
        1 + self.escaped as usize
    }
    pub fn is(self, c: char) -> bool {
        !self.escaped && self.c == c
    }
    pub fn text(self) -> String {
        if self.escaped {
            format!("\\{}", self.c)
        } else {
            self.c.to_string()
        }
    }
}

/// The pattern as a stream of tokens (CPython's `Tokenizer`).
pub struct Source {
    chars: Vec<char>,
    index: usize,
    pub next: Option<Token>,
}

impl Source {
    pub fn new(pattern: &str) -> PResult<Source> {
        let mut s = Source {
            chars: pattern.chars().collect(),
            index: 0,
            next: None,
        };
        s.advance()?;
        Ok(s)
    }

    pub fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            let Some(&e) = self.chars.get(self.index + 1) else {
                return Err(error_at(
                    "bad escape (end of pattern)",
                    self.chars.len().saturating_sub(1),
                ));
            };
            self.index += 2;
            self.next = Some(Token {
                c: e,
                escaped: true,
            });
        } else {
            self.index += 1;
            self.next = Some(Token { c, escaped: false });
        }
        Ok(())
    }

    /// Consume the next token if it is the plain character `c`.
    pub fn eat(&mut self, c: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn get(&mut self) -> PResult<Option<Token>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    /// Is the next token the plain character `c`?
    pub fn peek_is(&self, c: char) -> bool {
        self.next.is_some_and(|t| t.is(c))
    }

    /// Is the next token a plain character satisfying `f`?
    pub fn peek_plain(&self, f: impl Fn(char) -> bool) -> bool {
        self.next.is_some_and(|t| !t.escaped && f(t.c))
    }

    /// Up to `n` plain characters satisfying `f`.
    pub fn get_while(&mut self, n: usize, f: impl Fn(char) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(t) if !t.escaped && f(t.c) => {
                    out.push(t.c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// Characters up to `terminator` (CPython's `getuntil`).
    pub fn get_until(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {}", name), 0));
                    }
                    let n = out.chars().count();
                    return Err(self.error(format!("missing {}, unterminated name", terminator), n));
                }
                Some(t) if t.is(terminator) => {
                    if out.is_empty() {
                        return Err(self.error(format!("missing {}", name), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }

    /// Position of the next token.
    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Token::len)
    }

    pub fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    pub fn error(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        error_at(msg, self.tell().saturating_sub(offset))
    }
}
