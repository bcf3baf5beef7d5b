//! The format-specification mini-language used by `format()`, `str.format`
//! and f-strings: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Owns parsing of a spec ([`parse_spec`]) and applying it to ints, floats
//! and strs ([`format_int`], [`format_float`], [`format_str`]), including
//! CPython 3.11's validation order and error messages, zero padding with
//! grouping, and the `%`, `n`, `c` presentation types.  The object's type
//! name only appears in error messages; the `*_as` variants take it.

use super::float_repr::{double_to_string, DtsFlags};
use super::num::{int_to_f64, Int, NumError};
use super::num_text::{int_to_decimal, int_to_radix};

/// Widths above this are rejected ("Too many decimal digits in format
/// string") instead of building enormous strings; float precisions above it
/// give "precision too big".
pub const MAX_FORMAT_WIDTH: usize = 100_000_000;

/// A parsed format spec.  `fill`/`align` are what was written; the `0` flag
/// is kept separately because its meaning depends on the object's type.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spec {
    pub fill: Option<char>,
    /// One of `<`, `>`, `^`, `=`.
    pub align: Option<char>,
    /// One of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// `z`: coerce negative zero (floats only).
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    /// The `0` flag (only recognised when no explicit fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn value_err(msg: impl Into<String>) -> NumError {
    NumError::Value(msg.into())
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Parse a format spec.  `type_name` is used in the "Invalid format
/// specifier" message.
pub fn parse_spec(spec: &str, type_name: &str) -> Result<Spec, NumError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut pos = 0;
    let at = |i: usize| chars.get(i).copied();
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        pos = 2;
    } else if at(0).is_some_and(is_align) {
        s.align = at(0);
        pos = 1;
    }
    if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
        s.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some('z') {
        s.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        s.alternate = true;
        pos += 1;
    }
    if s.fill.is_none() && at(pos) == Some('0') {
        s.zero = true;
        pos += 1;
    }
    s.width = get_integer(&chars, &mut pos)?;
    if let Some(w) = s.width {
        if w > MAX_FORMAT_WIDTH {
            return Err(value_err("Too many decimal digits in format string"));
        }
    }
    let both = || value_err("Cannot specify both ',' and '_'.");
    if at(pos) == Some(',') {
        s.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if s.grouping.is_some() {
            return Err(both());
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && s.grouping == Some('_') {
        return Err(both());
    }
    if at(pos) == Some('.') {
        pos += 1;
        s.precision = get_integer(&chars, &mut pos)?;
        if s.precision.is_none() {
            return Err(value_err("Format specifier missing precision"));
        }
    }
    if chars.len() - pos > 1 {
        return Err(value_err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    s.ty = at(pos);
    Ok(s)
}

fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let mut acc: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        acc = acc
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_err("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(acc))
}

fn char_for_msg(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> NumError {
    value_err(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        char_for_msg(ty)
    ))
}

/// The parse-time check of a grouping option against the (defaulted) type.
/// Returns the group size (3 or 4) if grouping is requested.
pub(crate) fn check_grouping(spec: &Spec, ty: Option<char>) -> Result<usize, NumError> {
    let Some(sep) = spec.grouping else {
        return Ok(0);
    };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(4),
        Some(t) => Err(value_err(format!(
            "Cannot specify '{sep}' with '{}'.",
            char_for_msg(t)
        ))),
    }
}

/// A number split the way CPython's `calc_number_widths` sees it.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    /// Decimal point present (it is written between digits and remainder).
    decimal: bool,
    remainder: &'a str,
}

/// Insert separators every `group` digits (0 = none), padding with leading
/// zeros up to `min_width` chars, as `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &str, group: usize, sep: char, min_width: i64) -> String {
    if group == 0 {
        // No separators: the digits, left-padded with zeros to min_width.
        let len = digits.chars().count() as i64;
        let zeros = (min_width.max(1) - len).max(0) as usize;
        let mut out = String::with_capacity(zeros + digits.len());
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        return out;
    }
    let d: Vec<char> = digits.chars().collect();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let take = |remaining: i64, l: i64| -> String {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let end = remaining.max(0) as usize;
        let start = end - n_chars as usize;
        let mut s: String = "0".repeat(n_zeros as usize);
        s.extend(&d[start..end]);
        s
    };
    if group > 0 {
        loop {
            let l = (group as i64).min(remaining.max(min_width).max(1));
            pieces.push(take(remaining, l));
            remaining -= remaining.min(l).max(0);
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        }
    } else {
        let l = remaining.max(min_width).max(1);
        pieces.push(take(remaining, l));
    }
    pieces.reverse();
    pieces.join(&sep.to_string())
}

/// Lay out a number with sign, prefix, padding and grouping.
fn fill_number(
    parts: &NumberParts,
    spec: &Spec,
    group: usize,
    default_fill_zero_align: char,
) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero {
        default_fill_zero_align
    } else {
        '>'
    });
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let width = spec.width.map_or(-1, |w| w as i64);
    let n_sign = i64::from(sign.is_some());
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + i64::from(parts.decimal) + n_remainder;
    let min_width = if fill == '0' && align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        let sep = spec.grouping.unwrap_or(',');
        group_digits(parts.digits, group, sep, min_width)
    };
    let n_padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let pad = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(fill, n.max(0) as usize));
    let mut out = String::with_capacity(
        grouped.len() + parts.prefix.len() + parts.remainder.len() + width.max(0) as usize + 2,
    );
    pad(&mut out, lpad);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(parts.prefix);
    pad(&mut out, spad);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    pad(&mut out, rpad);
    out
}

/// `format(int, spec)` with type name `int` in messages.
pub fn format_int(v: &Int, spec: &Spec) -> Result<String, NumError> {
    format_int_as(v, spec, "int")
}

/// `format(int_like, spec)`; `type_name` appears in error messages.
pub fn format_int_as(v: &Int, spec: &Spec, type_name: &str) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec, Some(ty))?;
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'd' | 'n' | 'c' => (10, ""),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_inner(int_to_f64(v)?, spec, ty);
        }
        _ => return Err(unknown_code(ty, type_name)),
    };
    if spec.precision.is_some() {
        return Err(value_err(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_err(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_err(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = int_to_char(v)?;
        let s = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &s,
        };
        return Ok(fill_number(&parts, spec, 0, '='));
    }
    let mut digits = if radix == 10 {
        int_to_decimal(v)?
    } else {
        int_to_radix(v, radix)
    };
    let negative = digits.starts_with('-');
    if negative {
        digits.remove(0);
    }
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    Ok(fill_number(
        &parts,
        spec,
        if ty == 'n' { 0 } else { group },
        '=',
    ))
}

/// The character for `%c` / `format(i, 'c')`.
pub(crate) fn int_to_char(v: &Int) -> Result<char, NumError> {
    let x = v
        .to_i64()
        .ok_or_else(|| NumError::Overflow("Python int too large to convert to C long".into()))?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(NumError::Overflow("%c arg not in range(0x110000)".into()));
    }
    char::from_u32(x as u32).ok_or_else(|| value_err("lone surrogate characters are not supported"))
}

/// `format(float, spec)` with type name `float` in messages.
pub fn format_float(x: f64, spec: &Spec) -> Result<String, NumError> {
    format_float_as(x, spec, "float")
}

/// `format(float_like, spec)`; `type_name` appears in error messages.
pub fn format_float_as(x: f64, spec: &Spec, type_name: &str) -> Result<String, NumError> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => {
            check_grouping(spec, Some(t))?;
            return Err(unknown_code(t, type_name));
        }
    }
    check_grouping(spec, spec.ty)?;
    format_float_inner(x, spec, spec.ty.unwrap_or('\0'))
}

fn format_float_inner(x: f64, spec: &Spec, ty: char) -> Result<String, NumError> {
    let group = check_grouping(spec, if ty == '\0' { None } else { Some(ty) })?;
    if let Some(p) = spec.precision {
        if p > MAX_FORMAT_WIDTH {
            return Err(value_err("precision too big"));
        }
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtsFlags::default()
    };
    let mut code = ty;
    let mut default_precision = 6;
    let mut val = x;
    let mut add_pct = false;
    if ty == '\0' {
        flags.add_dot_0 = true;
        code = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        code = 'g';
    }
    if ty == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut s = double_to_string(val, code, precision, flags);
    if add_pct {
        s.push('%');
    }
    let negative = s.starts_with('-');
    let body = if negative { &s[1..] } else { &s[..] };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let decimal = rest.starts_with('.');
    let remainder = if decimal { &rest[1..] } else { rest };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    };
    Ok(fill_number(&parts, spec, group, '='))
}

/// One part of a formatted complex number: `text` as `double_to_string`
/// produced it, with the sign rule `sign` and digit grouping applied and no
/// padding (CPython's `calc_number_widths` on a width-less spec).
pub(crate) fn layout_float_part(text: &str, sign: Option<char>, grouping: Option<char>) -> String {
    let negative = text.starts_with('-');
    let body = if negative { &text[1..] } else { text };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let decimal = rest.starts_with('.');
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder: if decimal { &rest[1..] } else { rest },
    };
    let spec = Spec {
        sign,
        grouping,
        ..Spec::default()
    };
    fill_number(&parts, &spec, if grouping.is_some() { 3 } else { 0 }, '>')
}

/// `format(str, spec)` with type name `str` in messages.
pub fn format_str(s: &str, spec: &Spec) -> Result<String, NumError> {
    format_str_as(s, spec, "str")
}

/// `format(str_like, spec)`; `type_name` appears in error messages.
pub fn format_str_as(s: &str, spec: &Spec, type_name: &str) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('s');
    check_grouping(spec, Some(ty))?;
    if ty != 's' {
        return Err(unknown_code(ty, type_name));
    }
    match spec.sign {
        Some(' ') => return Err(value_err("Space not allowed in string format specifier")),
        Some(_) => return Err(value_err("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_0 {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_err(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_err(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or('<');
    Ok(pad_str(
        s,
        spec.precision,
        spec.width.unwrap_or(0),
        fill,
        align,
    ))
}

/// Truncate `s` to `precision` chars and pad to `width` with `fill`.
pub(crate) fn pad_str(
    s: &str,
    precision: Option<usize>,
    width: usize,
    fill: char,
    align: char,
) -> String {
    let (body, len) = match precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => (&s[..i], p),
            None => (s, s.chars().count()),
        },
        None => (s, s.chars().count()),
    };
    let pad = width.saturating_sub(len);
    let (l, r) = match align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut out = String::with_capacity(body.len() + pad);
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, r));
    out
}

/// Parse `spec` and format an int (`format(v, spec)`).
pub fn format_int_spec(v: &Int, spec: &str) -> Result<String, NumError> {
    format_int(v, &parse_spec(spec, "int")?)
}

/// Parse `spec` and format a float (`format(x, spec)`).
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, NumError> {
    format_float(x, &parse_spec(spec, "float")?)
}

/// Parse `spec` and format a str (`format(s, spec)`).
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, NumError> {
    format_str(s, &parse_spec(spec, "str")?)
}

#[cfg(test)]
#[path = "tests/format_spec_tests.rs"]
mod tests;
