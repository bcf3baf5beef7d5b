//! Float to text: `repr(float)` / `str(float)` and the shared core of every
//! float formatter (`format()`, `%`-formatting), a port of CPython's
//! `PyOS_double_to_string` / `format_float_short` on top of Rust's exact
//! (shortest round-trip and correctly rounded fixed-precision) float printing.

/// Options for [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtsFlags {
    /// Always emit a sign (`+` for non-negative values).
    pub sign: bool,
    /// Add `.0` to integral values in positional form (repr, `format(x, '')`).
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `z`: drop the sign of a result that rounds to zero.
    pub no_neg_0: bool,
}

/// `repr(x)` (and `str(x)`) for a float: shortest round-trip digits, exponent
/// form when the decimal exponent is < -4 or >= 16.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

/// Digits (no leading/trailing zeros, at least one digit) and decimal point
/// position of `|x|`, as `_Py_dg_dtoa` returns them: value = 0.DIGITS * 10**decpt.
/// mode 0: shortest round-trip; 2: `ndigits` significant digits; 3:
/// `ndigits` digits after the decimal point.
fn dtoa(x: f64, mode: u8, ndigits: usize) -> (Vec<u8>, i64) {
    let x = x.abs();
    if x == 0.0 {
        return (b"0".to_vec(), 1);
    }
    match mode {
        0 | 2 => {
            // A double has at most 767 significant decimal digits, so
            // clamping keeps the result exact (and within the u16 limit of
            // Rust's precision argument).
            let s = if mode == 0 {
                format!("{x:e}")
            } else {
                format!("{:.*e}", ndigits.clamp(1, 800) - 1, x)
            };
            let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i64 = exp.parse().unwrap_or(0);
            let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
            while digits.len() > 1 && digits.last() == Some(&b'0') {
                digits.pop();
            }
            (digits, exp + 1)
        }
        _ => {
            // At most 1074 fractional digits are nonzero: clamping is exact.
            let s = format!("{:.*}", ndigits.min(1100), x);
            let (ip, fp) = s.split_once('.').unwrap_or((&s, ""));
            let mut decpt = ip.len() as i64;
            let mut digits: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = digits.iter().take_while(|&&b| b == b'0').count();
            digits.drain(..lead);
            decpt -= lead as i64;
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
            if digits.is_empty() {
                return (b"0".to_vec(), 1);
            }
            (digits, decpt)
        }
    }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.  `code` is
/// one of `e E f F g G r` (anything else is treated as `r`); `precision` is
/// ignored for `r`.  Callers bound `precision` (see `format_spec`).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (2, precision.saturating_add(1)),
        'f' => (3, precision),
        'g' => (2, precision.max(1)),
        _ => (0, 0),
    };
    let code = if mode == 0 { 'r' } else { code };
    let mut out = String::new();
    if x.is_nan() || x.is_infinite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            word.to_uppercase()
        } else {
            word.into()
        });
        return out;
    }
    let (digits, mut decpt) = dtoa(x, mode, precision);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision as i64;
        }
        'f' => vdigits_end = decpt.saturating_add(precision as i64),
        'g' => {
            let limit = if flags.add_dot_0 {
                precision as i64 - 1
            } else {
                precision as i64
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision as i64;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&b| b as char));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let d = decpt as usize;
        push_digits(&mut out, &digits[..d]);
        out.push('.');
        push_digits(&mut out, &digits[d..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

#[cfg(test)]
#[path = "tests/float_repr_tests.rs"]
mod tests;
