//! The `complex` number kernel: arithmetic on pairs of doubles exactly as
//! CPython computes it (`complexobject.c`), plus the text forms — `repr`,
//! `format(z, spec)` and parsing `complex("1+2j")` — and `hash()`.
//!
//! Pure functions on [`C64`]; no `Vm`, no Python objects. The operator
//! dispatch, constructor and methods that wrap these live in
//! `complex_type`.

use super::float_repr::{double_to_string, DtsFlags};
use super::format_spec;
use super::num::NumError;

/// A complex value: real and imaginary parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct C64 {
    pub re: f64,
    pub im: f64,
}

impl C64 {
    pub const fn new(re: f64, im: f64) -> C64 {
        C64 { re, im }
    }
}

const ONE: C64 = C64::new(1.0, 0.0);

pub fn add(a: C64, b: C64) -> C64 {
    C64::new(a.re + b.re, a.im + b.im)
}

pub fn sub(a: C64, b: C64) -> C64 {
    C64::new(a.re - b.re, a.im - b.im)
}

pub fn mul(a: C64, b: C64) -> C64 {
    C64::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` by Smith's method (CPython's `_Py_c_quot`); `None` when `b` is 0.
pub fn quot(a: C64, b: C64) -> Option<C64> {
    let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(C64::new(
            (a.re + a.im * ratio) / denom,
            (a.im - a.re * ratio) / denom,
        ))
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(C64::new(
            (a.re * ratio + a.im) / denom,
            (a.im * ratio - a.re) / denom,
        ))
    } else {
        // At least one part of `b` is a NaN.
        Some(C64::new(f64::NAN, f64::NAN))
    }
}

/// The general power by polar form (`_Py_c_pow`); `None` for 0 raised to a
/// negative or complex power.
fn pow_general(a: C64, b: C64) -> Option<C64> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(C64::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    Some(C64::new(len * phase.cos(), len * phase.sin()))
}

/// `x ** n` for a non-negative integer by repeated squaring (`c_powu`).
fn pow_unsigned(x: C64, n: i64) -> C64 {
    let mut r = ONE;
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

/// `a ** b` as CPython's `complex_pow`: small integral exponents by
/// repeated multiplication, the rest in polar form.
pub fn pow(a: C64, b: C64) -> Result<C64, NumError> {
    let zero_power = || NumError::ZeroDivision("0.0 to a negative or complex power");
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n >= 0 {
            pow_unsigned(a, n)
        } else {
            quot(ONE, pow_unsigned(a, -n)).ok_or_else(zero_power)?
        }
    } else {
        pow_general(a, b).ok_or_else(zero_power)?
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(NumError::Overflow("complex exponentiation".into()));
    }
    Ok(r)
}

/// `abs(z)` (`_Py_c_abs`): infinite if either part is, else NaN if either
/// part is, else the hypotenuse (an overflow is an error).
pub fn abs(z: C64) -> Result<f64, NumError> {
    if z.re.is_infinite() || z.im.is_infinite() {
        return Ok(f64::INFINITY);
    }
    if z.re.is_nan() || z.im.is_nan() {
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        return Err(NumError::Overflow("absolute value too large".into()));
    }
    Ok(r)
}

/// `hash(z)`: hash(real) + 1000003 * hash(imag) in unsigned arithmetic
/// (`complex_hash`). `part_hash` hashes one float (NaN hashes need the
/// object's identity, which only the caller knows).
pub fn hash(z: C64, part_hash: impl Fn(f64) -> i64) -> i64 {
    const IMAG: u64 = 1_000_003;
    let h = (part_hash(z.re) as u64).wrapping_add(IMAG.wrapping_mul(part_hash(z.im) as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// One part in repr form: shortest digits, no `.0` added.
fn part_repr(x: f64, sign: bool) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            sign,
            ..DtsFlags::default()
        },
    )
}

/// `repr(z)` (`complex_repr`): the imaginary part alone when the real part
/// is +0.0, otherwise `(re±imj)`.
pub fn repr(z: C64) -> String {
    if z.re == 0.0 && z.re.is_sign_positive() {
        format!("{}j", part_repr(z.im, false))
    } else {
        format!("({}{}j)", part_repr(z.re, false), part_repr(z.im, true))
    }
}

/// `format(z, spec)` (CPython's `format_complex_internal`).
pub fn format(z: C64, spec_text: &str) -> Result<String, NumError> {
    let spec = format_spec::parse_spec(spec_text, "complex")?;
    let value_err = |m: &str| NumError::Value(m.into());
    let mut ty = spec.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(NumError::Value(format!(
            "Unknown format code '{ty}' for object of type 'complex'"
        )));
    }
    format_spec::check_grouping(&spec, spec.ty)?;
    if spec.zero {
        return Err(value_err(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_err(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if spec
        .precision
        .is_some_and(|p| p > format_spec::MAX_FORMAT_WIDTH)
    {
        return Err(value_err("precision too big"));
    }
    let mut default_precision = 6;
    let (mut skip_re, mut parens) = (false, false);
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if z.re == 0.0 && z.re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    } else if ty == 'n' {
        ty = 'g';
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtsFlags::default()
    };
    let part = |x: f64, sign: Option<char>| {
        let text = double_to_string(x, ty, precision, flags);
        format_spec::layout_float_part(&text, sign, spec.grouping)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(z.re, spec.sign));
    }
    body.push_str(&part(z.im, if skip_re { spec.sign } else { Some('+') }));
    body.push('j');
    if parens {
        body.push(')');
    }
    let align = spec.align.unwrap_or('>');
    Ok(format_spec::pad_str(
        &body,
        None,
        spec.width.unwrap_or(0),
        spec.fill.unwrap_or(' '),
        align,
    ))
}

/// Parse the text of `complex(s)` (`complex_from_string_inner`): optional
/// parentheses and surrounding whitespace around `<float>`, `<float>j`,
/// `<float><signed-float>j` and the legacy `j`, `<sign>j`, `<float><sign>j`.
/// Why `complex(s)` rejected a string.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    /// "complex() arg is a malformed string"
    Malformed,
    /// Underscores not between digits: "could not convert string to complex".
    Underscores,
}

pub fn parse(text: &str) -> Result<C64, ParseError> {
    let ascii = super::num_text::to_ascii(text);
    let s = strip_underscores(&ascii).ok_or(ParseError::Underscores)?;
    parse_ascii(&s).ok_or(ParseError::Malformed)
}

fn parse_ascii(b: &[u8]) -> Option<C64> {
    let mut i = 0;
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    while space(at(i)) {
        i += 1;
    }
    let bracket = at(i) == b'(';
    if bracket {
        i += 1;
        while space(at(i)) {
            i += 1;
        }
    }
    let (mut re, mut im) = (0.0, 0.0);
    let is_j = |c: u8| c == b'j' || c == b'J';
    let sign_one = |c: u8| if c == b'+' { 1.0 } else { -1.0 };
    match float_prefix(&b[i..]) {
        Some((z, n)) => {
            i += n;
            if matches!(at(i), b'+' | b'-') {
                re = z;
                match float_prefix(&b[i..]) {
                    Some((y, n)) => {
                        im = y;
                        i += n;
                    }
                    None => {
                        im = sign_one(at(i));
                        i += 1;
                    }
                }
                if !is_j(at(i)) {
                    return None;
                }
                i += 1;
            } else if is_j(at(i)) {
                im = z;
                i += 1;
            } else {
                re = z;
            }
        }
        None => {
            if matches!(at(i), b'+' | b'-') {
                im = sign_one(at(i));
                i += 1;
            } else {
                im = 1.0;
            }
            if !is_j(at(i)) {
                return None;
            }
            i += 1;
        }
    }
    while space(at(i)) {
        i += 1;
    }
    if bracket {
        if at(i) != b')' {
            return None;
        }
        i += 1;
        while space(at(i)) {
            i += 1;
        }
    }
    (i == b.len()).then_some(C64::new(re, im))
}

/// Drop underscores that sit between two digits; any other underscore
/// makes the string invalid (`_Py_string_to_number_with_underscores`).
fn strip_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for (k, &c) in s.iter().enumerate() {
        if c == b'_' {
            let before = k > 0 && s[k - 1].is_ascii_digit();
            let after = s.get(k + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return None;
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

/// The longest float at the start of `b` (like C's `strtod`, Python's
/// spellings only): its value and length in bytes.
fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let word =
        |w: &str| b.len() >= i + w.len() && b[i..i + w.len()].eq_ignore_ascii_case(w.as_bytes());
    let negative = b.first() == Some(&b'-');
    let special = if word("infinity") {
        Some((f64::INFINITY, i + 8))
    } else if word("inf") {
        Some((f64::INFINITY, i + 3))
    } else if word("nan") {
        Some((f64::NAN, i + 3))
    } else {
        None
    };
    if let Some((v, n)) = special {
        return Some((if negative { -v } else { v }, n));
    }
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n_int = digits(i);
    i += n_int;
    let mut n_frac = 0;
    if b.get(i) == Some(&b'.') {
        n_frac = digits(i + 1);
        if n_int + n_frac > 0 {
            i += 1 + n_frac;
        }
    }
    if n_int + n_frac == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let n_exp = digits(j);
        if n_exp > 0 {
            i = j + n_exp;
        }
    }
    let text = std::str::from_utf8(&b[..i]).ok()?;
    Some((text.parse::<f64>().ok()?, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(C64::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(repr(C64::new(0.0, 2.0)), "2j");
        assert_eq!(repr(C64::new(-0.0, -1.0)), "(-0-1j)");
        assert_eq!(repr(C64::new(0.0, -0.0)), "-0j");
        assert_eq!(repr(C64::new(f64::NAN, f64::INFINITY)), "(nan+infj)");
        assert_eq!(repr(C64::new(0.0, 1e300)), "1e+300j");
        assert_eq!(repr(C64::new(1e16, 1e-5)), "(1e+16+1e-05j)");
    }

    #[test]
    fn parse_accepts_cpython_forms() {
        let p = |s: &str| parse(s).ok().map(|z| (z.re, z.im));
        assert_eq!(p("1+2j"), Some((1.0, 2.0)));
        assert_eq!(p(" ( 1+2j ) "), Some((1.0, 2.0)));
        assert_eq!(p("j"), Some((0.0, 1.0)));
        assert_eq!(p("-j"), Some((0.0, -1.0)));
        assert_eq!(p("1e5j"), Some((0.0, 1e5)));
        assert_eq!(p("1_0j"), Some((0.0, 10.0)));
        assert_eq!(p("2-J"), Some((2.0, -1.0)));
        assert_eq!(p("3"), Some((3.0, 0.0)));
        assert_eq!(p("\u{661}j"), Some((0.0, 1.0)));
        for bad in ["", "x", "1+2jj", "(1+2j", "1e", "j1", "1+2", "1\u{e9}j"] {
            assert_eq!(parse(bad), Err(ParseError::Malformed), "{bad:?}");
        }
        for bad in ["1_j", "_1j", "1__0j"] {
            assert_eq!(parse(bad), Err(ParseError::Underscores), "{bad:?}");
        }
    }

    #[test]
    fn arithmetic_matches_cpython() {
        let z = C64::new(3.0, 4.0);
        assert_eq!(abs(z), Ok(5.0));
        assert_eq!(quot(z, C64::new(1.0, -1.0)), Some(C64::new(-0.5, 3.5)));
        assert_eq!(quot(z, C64::new(0.0, 0.0)), None);
        assert_eq!(
            pow(C64::new(1.0, 1.0), C64::new(3.0, 0.0)),
            Ok(C64::new(-2.0, 2.0))
        );
        assert_eq!(
            pow(C64::new(1.0, 1.0), C64::new(-2.0, 0.0)),
            Ok(C64::new(0.0, -0.5))
        );
        assert!(pow(C64::new(0.0, 0.0), C64::new(-1.0, 0.0)).is_err());
        assert_eq!(hash(C64::new(0.0, 1.0), |f| f as i64), 1_000_003);
    }

    #[test]
    fn format_matches_cpython() {
        let z = C64::new(1.0, 2.0);
        assert_eq!(format(z, ">20").unwrap(), "              (1+2j)");
        assert_eq!(format(z, ".3f").unwrap(), "1.000+2.000j");
        assert_eq!(format(C64::new(0.0, 2.0), "g").unwrap(), "0+2j");
        assert_eq!(format(z, "+").unwrap(), "(+1+2j)");
        assert_eq!(
            format(z, "^30.2e").unwrap(),
            "      1.00e+00+2.00e+00j      "
        );
        assert_eq!(format(C64::new(1.5, 2.0), "#").unwrap(), "(1.5+2.j)");
        assert_eq!(
            format(C64::new(3e10, 4.0), ",").unwrap(),
            "(30,000,000,000+4j)"
        );
        assert!(format(z, "010").is_err());
        assert!(format(z, "d").is_err());
    }
}
