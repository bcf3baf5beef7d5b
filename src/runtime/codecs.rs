//! The text codecs wisp knows — utf-8, ascii, latin-1 — with CPython's
//! error handlers (`strict`, `ignore`, `replace`, `backslashreplace`,
//! `xmlcharrefreplace`) and its `UnicodeEncodeError`/`UnicodeDecodeError`
//! messages. Used by `str.encode`, `bytes.decode` and `bytes(str, enc)`.

use super::{Exc, PyResult};
use crate::vm::Vm;

/// CPython's codec names, normalised.
pub fn codec(vm: &Vm, name: &str) -> PyResult<&'static str> {
    let n = name.trim().to_ascii_lowercase().replace('_', "-");
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" => "utf-8",
        "ascii" | "us-ascii" | "646" => "ascii",
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin" => {
            "latin-1"
        }
        _ => return Err(vm.err(&vm.exc.lookup_error, format!("unknown encoding: {}", name))),
    })
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{:02x}", n)
    } else if n <= 0xffff {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// `str.encode` for the supported codecs and error handlers.
pub fn encode_str(vm: &Vm, t: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = codec(vm, encoding)?;
    let limit: u32 = match enc {
        "utf-8" => return Ok(t.as_bytes().to_vec()),
        "ascii" => 0x80,
        _ => 0x100,
    };
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "strict" => {
                let mut j = i;
                while j < chars.len() && chars[j] as u32 >= limit {
                    j += 1;
                }
                let what = if j - i == 1 {
                    format!("character '{}' in position {}", char_escape(c), i)
                } else {
                    format!("characters in position {}-{}", i, j - 1)
                };
                return Err(vm.err(
                    &vm.exc.unicode_encode_error,
                    format!(
                        "'{}' codec can't encode {}: ordinal not in range({})",
                        enc, what, limit
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend(char_escape(c).bytes()),
            "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
            other => {
                return Err(vm.err(
                    &vm.exc.lookup_error,
                    format!("unknown error handler name '{}'", other),
                ))
            }
        }
        i += 1;
    }
    Ok(out)
}

fn decode_error(vm: &Vm, enc: &str, b: &[u8], start: usize, end: usize, reason: &str) -> Exc {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {}", b[start], start)
    } else {
        format!("bytes in position {}-{}", start, end - 1)
    };
    vm.err(
        &vm.exc.unicode_decode_error,
        format!("'{}' codec can't decode {}: {}", enc, what, reason),
    )
}

/// `bytes.decode` for the supported codecs and error handlers.
pub fn decode_bytes(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = codec(vm, encoding)?;
    if enc == "latin-1" {
        return Ok(b.iter().map(|&x| x as char).collect());
    }
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        let (bad_len, reason) = if enc == "ascii" {
            match b[pos..].iter().position(|&x| x >= 0x80) {
                None => {
                    out.push_str(std::str::from_utf8(&b[pos..]).unwrap_or(""));
                    break;
                }
                Some(k) => {
                    out.push_str(std::str::from_utf8(&b[pos..pos + k]).unwrap_or(""));
                    pos += k;
                    (1, "ordinal not in range(128)")
                }
            }
        } else {
            match std::str::from_utf8(&b[pos..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let k = e.valid_up_to();
                    out.push_str(std::str::from_utf8(&b[pos..pos + k]).unwrap_or(""));
                    pos += k;
                    let first = b[pos];
                    match e.error_len() {
                        None => (b.len() - pos, "unexpected end of data"),
                        Some(_) if (0x80..0xc2).contains(&first) || first > 0xf4 => {
                            (1, "invalid start byte")
                        }
                        Some(n) => (n, "invalid continuation byte"),
                    }
                }
            }
        };
        match errors {
            "strict" => return Err(decode_error(vm, enc, b, pos, pos + bad_len, reason)),
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for &x in &b[pos..pos + bad_len] {
                    out.push_str(&format!("\\x{:02x}", x));
                }
            }
            other => {
                return Err(vm.err(
                    &vm.exc.lookup_error,
                    format!("unknown error handler name '{}'", other),
                ))
            }
        }
        pos += bad_len;
    }
    Ok(out)
}
