//! Conversions between numbers and text, as Python's `int(str, base)`,
//! `float(str)`, `str(int)`, `bin`/`oct`/`hex` do them.
//!
//! Also owns the process-wide `sys.int_max_str_digits` limit (default 4300)
//! that CPython 3.11 applies to decimal (non power-of-two base) conversions,
//! and a small `repr(str)` helper used for error messages.

use super::num::{Int, NumError};
use num_bigint::BigInt;
use num_traits::Signed;
use std::sync::atomic::{AtomicUsize, Ordering};

/// `sys.flags.int_max_str_digits` default.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;
static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// Current limit (0 = unlimited).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`: the caller validates `n == 0 || n >= 640`
/// ("maxdigits must be 0 or larger than 640").
pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

fn limit_error_to_str() -> NumError {
    NumError::Value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    ))
}

/// Decimal digit value of a Unicode decimal digit (category Nd).
fn unicode_decimal(c: char) -> Option<u32> {
    const ZEROS: [u32; 66] = [
        0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
        0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
        0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
        0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
        0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
        0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
    ];
    let c = c as u32;
    let i = ZEROS.partition_point(|&z| z <= c);
    let z = ZEROS[i.checked_sub(1)?];
    (c - z < 10).then_some(c - z)
}

/// Python's `str.isspace()`.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c as u32,
        0x9..=0xd | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029
            | 0x202f | 0x205f | 0x3000
    )
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII spaces
/// become ' ', non-ASCII decimal digits their ASCII digit; anything else
/// non-ASCII ends the string with a '?' (so that parsing fails).
/// `s` with Unicode spaces and decimal digits made ASCII (CPython's
/// `_PyUnicode_TransformDecimalAndSpaceToASCII`); a `?` ends it at the first
/// other non-ASCII character.
pub(crate) fn to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_py_space(c) {
            out.push(b' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(s, base)` for a str argument.  `base` is 0 or 2..=36.
pub fn parse_int(s: &str, base: i64) -> Result<Int, NumError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(NumError::Value(
            "int() base must be >= 2 and <= 36, or 0".into(),
        ));
    }
    let invalid = || {
        let r: String = py_str_repr(s).chars().take(200).collect();
        NumError::Value(format!("invalid literal for int() with base {base}: {r}"))
    };
    let b = to_ascii(s);
    let mut i = 0;
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut radix = base as u32;
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (radix == 16 && p == b'x') || (radix == 8 && p == b'o') || (radix == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev_underscore = false;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
        } else if digit_value(c) < radix {
            prev_underscore = false;
            digits.push(c);
        } else {
            break;
        }
        i += 1;
    }
    if prev_underscore || digits.is_empty() {
        return Err(invalid());
    }
    let limit = int_max_str_digits();
    if !radix.is_power_of_two() && limit > 0 && digits.len() > limit {
        return Err(NumError::Value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} \
             digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != b.len() {
        return Err(invalid());
    }
    let value = digits_to_int(&digits, radix, negative).ok_or_else(invalid)?;
    if error_if_nonzero && !value.is_zero() {
        return Err(invalid());
    }
    Ok(value)
}

fn digits_to_int(digits: &[u8], radix: u32, negative: bool) -> Option<Int> {
    let mut acc: i64 = 0;
    let mut fits = true;
    for &d in digits {
        match acc
            .checked_mul(radix as i64)
            .and_then(|v| v.checked_add(digit_value(d) as i64))
        {
            Some(v) => acc = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return Some(Int::Small(if negative { -acc } else { acc }));
    }
    let mag = BigInt::parse_bytes(digits, radix)?;
    Some(Int::from_big(if negative { -mag } else { mag }))
}

/// `float(s)` for a str argument.
pub fn parse_float(s: &str) -> Result<f64, NumError> {
    let invalid = || {
        NumError::Value(format!(
            "could not convert string to float: {}",
            py_str_repr(s)
        ))
    };
    let b = to_ascii(s);
    let mut start = 0;
    let mut end = b.len();
    while start < end && is_c_space(b[start]) {
        start += 1;
    }
    while end > start + 1 && is_c_space(b[end - 1]) {
        end -= 1;
    }
    let body = &b[start..end];
    let mut clean: Vec<u8> = Vec::with_capacity(body.len());
    if body.contains(&b'_') {
        let mut prev = 0u8;
        for &c in body {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(invalid());
                }
                clean.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(invalid());
        }
    } else {
        clean.extend_from_slice(body);
    }
    parse_float_ascii(&clean).ok_or_else(invalid)
}

/// Strict `[sign] (inf|infinity|nan|decimal)` parse of the whole input.
fn parse_float_ascii(t: &[u8]) -> Option<f64> {
    let (neg, rest) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = rest.to_ascii_lowercase();
    let v = if lower == b"inf" || lower == b"infinity" {
        f64::INFINITY
    } else if lower == b"nan" {
        f64::NAN
    } else {
        let mut i = 0;
        let n_int = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        i += n_int;
        let mut n_frac = 0;
        if rest.get(i) == Some(&b'.') {
            i += 1;
            n_frac = rest[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            i += n_frac;
        }
        if n_int + n_frac == 0 {
            return None;
        }
        if matches!(rest.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(rest.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let n_exp = rest[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if n_exp == 0 {
                return None;
            }
            i += n_exp;
        }
        if i != rest.len() {
            return None;
        }
        std::str::from_utf8(rest).ok()?.parse::<f64>().ok()?
    };
    Some(if neg { -v } else { v })
}

/// `str(int)` / `repr(int)`, honouring `sys.int_max_str_digits`.
pub fn int_to_decimal(a: &Int) -> Result<String, NumError> {
    match a {
        Int::Small(v) => Ok(v.to_string()),
        Int::Big(b) => {
            let limit = int_max_str_digits();
            if limit > 0 {
                // Lower bound on the digit count: floor((bits-1)*log10(2)) + 1.
                let lower = ((b.bits() - 1) as f64 * std::f64::consts::LOG10_2) as usize;
                if lower > limit {
                    return Err(limit_error_to_str());
                }
            }
            let s = b.to_string();
            let ndigits = s.len() - usize::from(b.is_negative());
            if limit > 0 && ndigits > limit {
                return Err(limit_error_to_str());
            }
            Ok(s)
        }
    }
}

/// Digits of `a` in `radix` (2..=36, lowercase) with a leading '-' for
/// negatives and no prefix.  No digit limit (callers use
/// [`int_to_decimal`] for base 10).
pub fn int_to_radix(a: &Int, radix: u32) -> String {
    let radix = radix.clamp(2, 36);
    match a {
        Int::Small(v) => {
            let mut n = v.unsigned_abs();
            if n == 0 {
                return "0".into();
            }
            let mut buf = Vec::new();
            while n > 0 {
                let d = (n % radix as u64) as u32;
                buf.push(std::char::from_digit(d, radix).unwrap_or('?'));
                n /= radix as u64;
            }
            if *v < 0 {
                buf.push('-');
            }
            buf.iter().rev().collect()
        }
        Int::Big(b) => b.to_str_radix(radix),
    }
}

fn prefixed(a: &Int, radix: u32, prefix: &str) -> String {
    let digits = int_to_radix(a, radix);
    match digits.strip_prefix('-') {
        Some(d) => format!("-{prefix}{d}"),
        None => format!("{prefix}{digits}"),
    }
}

/// `bin(a)`: `0b101`, `-0b101`.
pub fn int_bin(a: &Int) -> String {
    prefixed(a, 2, "0b")
}

/// `oct(a)`: `0o17`, `-0o17`.
pub fn int_oct(a: &Int) -> String {
    prefixed(a, 8, "0o")
}

/// `hex(a)`: `0x1f`, `-0x1f`.
pub fn int_hex(a: &Int) -> String {
    prefixed(a, 16, "0x")
}

/// `repr(s)` for a str, as CPython prints it (see `repr::str_repr`).
pub fn py_str_repr(s: &str) -> String {
    super::repr::str_repr(s)
}

#[cfg(test)]
#[path = "tests/num_text_tests.rs"]
mod tests;
