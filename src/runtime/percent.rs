//! printf-style `str % args` formatting core.
//!
//! Owns splitting a format string into literal chunks and conversion specs
//! ([`PercentParser`], [`parse_percent`]) and formatting one converted value
//! ([`format_percent_one`]) for `%d %i %u %o %x %X %e %E %f %F %g %G %c` and
//! padding/truncation for `%s %r %a` (whose text the caller produces).
//! Argument fetching (tuple / mapping, `*` values, "not enough arguments",
//! "not all arguments converted") is the caller's job; it should process the
//! chunks in order so that errors surface in CPython's order.

use super::float_repr::{double_to_string, float_repr, DtsFlags};
use super::format_spec::{int_to_char, MAX_FORMAT_WIDTH};
use super::num::{float_to_int, int_to_f64, Int, NumError};
use super::num_text::{int_to_decimal, int_to_radix};

/// The flag characters `-`, `+`, ` `, `#`, `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    pub left: bool,
    pub sign: bool,
    pub space: bool,
    pub alt: bool,
    pub zero: bool,
}

/// A width or precision as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Fixed(usize),
    /// `*`: taken from the next argument (which must be an int).
    Star,
}

/// One `%...` conversion as written in the format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(key)s`.
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character (not validated: an unknown one is reported
    /// by [`format_percent_one`] after the argument was fetched, as CPython).
    pub conv: char,
    /// Index (in chars) of the conversion character in the format string.
    pub index: usize,
}

/// A piece of a format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentChunk {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    Spec(PercentSpec),
}

/// A conversion with `*` values resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion {
    pub flags: PercentFlags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
    pub index: usize,
}

const INT_MAX: usize = i32::MAX as usize;

impl PercentSpec {
    /// Resolve `*` width/precision with the int values fetched by the caller
    /// (`None` when the spec has no `*` there).  A negative `*` width means
    /// left-justify; a negative `*` precision means 0.
    pub fn resolve(
        &self,
        star_width: Option<i64>,
        star_precision: Option<i64>,
    ) -> Result<Conversion, NumError> {
        let mut flags = self.flags;
        let width = match (self.width, star_width) {
            (Some(Count::Fixed(w)), _) => Some(w),
            (Some(Count::Star), Some(w)) => {
                if w < 0 {
                    flags.left = true;
                }
                let w = w.unsigned_abs();
                if w > MAX_FORMAT_WIDTH as u64 {
                    return Err(NumError::Value("width too big".into()));
                }
                Some(w as usize)
            }
            _ => None,
        };
        let precision = match (self.precision, star_precision) {
            (Some(Count::Fixed(p)), _) => Some(p),
            (Some(Count::Star), Some(p)) => {
                if p > i32::MAX as i64 || p < i32::MIN as i64 {
                    return Err(NumError::Overflow(
                        "Python int too large to convert to C int".into(),
                    ));
                }
                Some(p.max(0) as usize)
            }
            _ => None,
        };
        Ok(Conversion {
            flags,
            width,
            precision,
            conv: self.conv,
            index: self.index,
        })
    }
}

/// Incremental parser over a format string: yields literal chunks and specs
/// in order, stopping after the first error.
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    has_mapping: bool,
    failed: bool,
}

impl PercentParser {
    /// `has_mapping`: the right operand is a mapping (and not a tuple or
    /// str), as CPython decides; `%(key)` without one is a TypeError.
    pub fn new(fmt: &str, has_mapping: bool) -> PercentParser {
        PercentParser {
            chars: fmt.chars().collect(),
            pos: 0,
            has_mapping,
            failed: false,
        }
    }

    fn parse_spec(&mut self) -> Result<PercentSpec, NumError> {
        let incomplete = || NumError::Value("incomplete format".into());
        let mut key = None;
        if self.chars.get(self.pos) == Some(&'(') {
            if !self.has_mapping {
                return Err(NumError::Type("format requires a mapping".into()));
            }
            self.pos += 1;
            let start = self.pos;
            let mut depth = 1;
            while depth > 0 {
                match self.chars.get(self.pos) {
                    None => return Err(NumError::Value("incomplete format key".into())),
                    Some(')') => depth -= 1,
                    Some('(') => depth += 1,
                    _ => {}
                }
                self.pos += 1;
            }
            key = Some(self.chars[start..self.pos - 1].iter().collect());
        }
        let mut flags = PercentFlags::default();
        loop {
            match self.chars.get(self.pos) {
                Some('-') => flags.left = true,
                Some('+') => flags.sign = true,
                Some(' ') => flags.space = true,
                Some('#') => flags.alt = true,
                Some('0') => flags.zero = true,
                _ => break,
            }
            self.pos += 1;
        }
        let width = self.count("width too big", MAX_FORMAT_WIDTH)?;
        let mut precision = None;
        if self.chars.get(self.pos) == Some(&'.') {
            self.pos += 1;
            precision = Some(
                self.count("precision too big", INT_MAX)?
                    .unwrap_or(Count::Fixed(0)),
            );
        }
        if matches!(self.chars.get(self.pos), Some('h' | 'l' | 'L')) {
            self.pos += 1;
        }
        let conv = *self.chars.get(self.pos).ok_or_else(incomplete)?;
        let index = self.pos;
        self.pos += 1;
        Ok(PercentSpec {
            key,
            flags,
            width,
            precision,
            conv,
            index,
        })
    }

    fn count(&mut self, too_big: &str, max: usize) -> Result<Option<Count>, NumError> {
        if self.chars.get(self.pos) == Some(&'*') {
            self.pos += 1;
            return Ok(Some(Count::Star));
        }
        let mut acc: usize = 0;
        let mut any = false;
        while let Some(d) = self.chars.get(self.pos).and_then(|c| c.to_digit(10)) {
            acc = acc
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= max)
                .ok_or_else(|| NumError::Value(too_big.into()))?;
            any = true;
            self.pos += 1;
        }
        Ok(any.then_some(Count::Fixed(acc)))
    }
}

impl Iterator for PercentParser {
    type Item = Result<PercentChunk, NumError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let mut lit = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            if c != '%' {
                lit.push(c);
                self.pos += 1;
                continue;
            }
            if self.chars.get(self.pos + 1) == Some(&'%') {
                lit.push('%');
                self.pos += 2;
                continue;
            }
            if !lit.is_empty() {
                return Some(Ok(PercentChunk::Literal(lit)));
            }
            self.pos += 1;
            let r = self.parse_spec();
            if r.is_err() {
                self.failed = true;
            }
            return Some(r.map(PercentChunk::Spec));
        }
        Some(Ok(PercentChunk::Literal(lit)))
    }
}

/// Parse a whole format string eagerly (first error wins).
pub fn parse_percent(fmt: &str, has_mapping: bool) -> Result<Vec<PercentChunk>, NumError> {
    PercentParser::new(fmt, has_mapping).collect()
}

/// The value for one conversion, as the caller has it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PercentArg<'a> {
    Int(&'a Int),
    Float(f64),
    /// A str: the already-converted text for `%s`/`%r`/`%a`, or a str
    /// operand (for `%c` a one-char string).
    Str(&'a str),
    /// Any other object, by type name (only used for error messages; convert
    /// objects with `__index__`/`__int__`/`__float__` before calling).
    Other(&'a str),
}

fn type_name(arg: &PercentArg) -> &'static str {
    match arg {
        PercentArg::Int(_) => "int",
        PercentArg::Float(_) => "float",
        PercentArg::Str(_) => "str",
        PercentArg::Other(_) => "object",
    }
}

fn arg_type_name<'a>(arg: &PercentArg<'a>) -> &'a str {
    match arg {
        PercentArg::Other(n) => n,
        a => type_name(a),
    }
}

/// Format one value for a resolved conversion.
pub fn format_percent_one(c: &Conversion, arg: PercentArg) -> Result<String, NumError> {
    let (text, numeric) = match c.conv {
        's' | 'r' | 'a' => {
            let s = match arg {
                PercentArg::Str(s) => s.to_string(),
                PercentArg::Int(i) => int_to_decimal(i)?,
                PercentArg::Float(x) => float_repr(x),
                PercentArg::Other(n) => format!("<{n} object>"),
            };
            let s = match c.precision {
                Some(p) => s.chars().take(p).collect(),
                None => s,
            };
            (s, false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (format_long(c, arg)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match arg {
                PercentArg::Float(x) => x,
                PercentArg::Int(i) => int_to_f64(i)?,
                a => {
                    return Err(NumError::Type(format!(
                        "must be real number, not {}",
                        arg_type_name(&a)
                    )))
                }
            };
            let prec = c.precision.unwrap_or(6);
            if prec > MAX_FORMAT_WIDTH {
                return Err(NumError::Value("precision too big".into()));
            }
            let flags = DtsFlags {
                alt: c.flags.alt,
                ..DtsFlags::default()
            };
            (double_to_string(x, c.conv, prec, flags), true)
        }
        'c' => {
            let ch = match arg {
                PercentArg::Str(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(ch), None) => ch,
                        _ => return Err(NumError::Type("%c requires int or char".into())),
                    }
                }
                PercentArg::Int(i) => {
                    if i.to_i64().is_none_or(|v| !(0..=0x10ffff).contains(&v)) {
                        return Err(NumError::Overflow("%c arg not in range(0x110000)".into()));
                    }
                    int_to_char(i)?
                }
                _ => return Err(NumError::Type("%c requires int or char".into())),
            };
            (ch.to_string(), false)
        }
        ch => {
            let shown = if (31..=126).contains(&(ch as u32)) {
                ch
            } else {
                '?'
            };
            return Err(NumError::Value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                ch as u32, c.index
            )));
        }
    };
    Ok(output(c, &text, numeric))
}

/// CPython's `_PyUnicode_FormatLong` (sign, optional prefix, precision
/// zero-fill) after the int conversion of `mainformatlong`.
fn format_long(c: &Conversion, arg: PercentArg) -> Result<String, NumError> {
    let ty = c.conv;
    let owned;
    let v: &Int = match arg {
        PercentArg::Int(i) => i,
        PercentArg::Float(x) if !matches!(ty, 'o' | 'x' | 'X') => {
            owned = float_to_int(x)?;
            &owned
        }
        a => {
            let what = if matches!(ty, 'o' | 'x' | 'X') {
                "an integer"
            } else {
                "a real number"
            };
            return Err(NumError::Type(format!(
                "%{ty} format: {what} is required, not {}",
                if matches!(a, PercentArg::Float(_)) {
                    "float"
                } else {
                    arg_type_name(&a)
                }
            )));
        }
    };
    let digits = match ty {
        'o' => int_to_radix(v, 8),
        'x' | 'X' => int_to_radix(v, 16),
        _ => int_to_decimal(v)?,
    };
    let (negative, digits) = match digits.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, &digits[..]),
    };
    let prec = c.precision.unwrap_or(0);
    if prec > MAX_FORMAT_WIDTH {
        return Err(NumError::Value("precision too big".into()));
    }
    let mut out = String::with_capacity(prec.max(digits.len()) + 3);
    if negative {
        out.push('-');
    }
    if c.flags.alt && matches!(ty, 'o' | 'x' | 'X') {
        out.push('0');
        out.push(ty);
    }
    for _ in digits.len()..prec {
        out.push('0');
    }
    if ty == 'X' {
        out.push_str(&digits.to_ascii_uppercase());
    } else {
        out.push_str(digits);
    }
    Ok(out)
}

/// CPython's `unicode_format_arg_output`: sign, prefix, fill and justify.
fn output(c: &Conversion, s: &str, numeric: bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len();
    let mut idx = 0;
    let mut width = c.width.unwrap_or(0);
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&ch @ ('-' | '+')) => {
                sign = Some(ch);
                len -= 1;
                idx = 1;
            }
            _ if c.flags.sign => sign = Some('+'),
            _ if c.flags.space => sign = Some(' '),
            _ => {}
        }
    }
    if width < len {
        width = len;
    }
    let fill = if numeric && c.flags.zero { '0' } else { ' ' };
    let mut out = String::with_capacity(width + 2);
    if let Some(sc) = sign {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = c.flags.alt && matches!(c.conv, 'x' | 'X' | 'o') && numeric;
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(c.conv);
            idx += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !c.flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(sc) = sign {
            out.push(sc);
        }
        if alt_prefix {
            out.push('0');
            out.push(c.conv);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

#[cfg(test)]
#[path = "tests/percent_tests.rs"]
mod tests;
