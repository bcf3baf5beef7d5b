//! `str` methods about characters: case mapping (`upper`, `casefold`,
//! `title`...), the `is*` predicates with CPython's Unicode classes,
//! padding (`center`, `ljust`, `zfill`), `expandtabs`, `translate`/
//! `maketrans` and `encode`.
//!
//! Owns per-character text transforms; splitting/searching is `strings`,
//! formatting is `strformat`.

use super::heap::ObjRef;
use super::object::*;
use super::ops::{self, index_value};
use super::unicode_class as uc;
use super::{PyResult, Value};
use crate::builtins::{add_methods, kwarg, method_arity, Arity::*};
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(
        vm,
        &vm.types.str,
        "str",
        &[
            ("upper", upper),
            ("lower", lower),
            ("casefold", casefold),
            ("swapcase", swapcase),
            ("title", title),
            ("capitalize", capitalize),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isascii", isascii),
            ("isprintable", isprintable),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("expandtabs", expandtabs),
            ("translate", translate),
            ("encode", encode),
        ],
    );
    let mk = crate::builtins::native("maketrans", maketrans);
    crate::builtins::set_type_attr(
        vm,
        &vm.types.str,
        "maketrans",
        Value::Obj(ObjRef::new(Payload::StaticMethod(mk))),
    );
}

fn text<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a str> {
    match args.pos.first() {
        Some(v) => v.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                name,
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{}' of 'str' object needs an argument",
            name
        ))),
    }
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::str(v))
}

/// Python's `str.isspace` for one character.
pub fn py_isspace(c: char) -> bool {
    uc::is_space(c)
}

/// Lowercases the characters of `text` one at a time in order, applying
/// the final-sigma rule to `Σ` in the context of the whole text (CPython's
/// `handle_capital_sigma`). Every other character lowercases on its own,
/// and both sigmas take two bytes, so the whole-text lowering gives each
/// `Σ`'s form at a position known from the characters before it.
struct Lowerer {
    whole: Option<String>,
    pos: usize,
}

impl Lowerer {
    fn new(text: &str) -> Lowerer {
        Lowerer {
            whole: text.contains('Σ').then(|| text.to_lowercase()),
            pos: 0,
        }
    }

    /// Account for `c` (the next character of the text) without lowering it.
    fn skip(&mut self, c: char) {
        self.pos += c.to_lowercase().map(char::len_utf8).sum::<usize>();
    }

    /// Append the lowercase of `c` (the next character of the text).
    fn push_lower(&mut self, c: char, out: &mut String) {
        match (&self.whole, c) {
            (Some(w), 'Σ') => out.push_str(w.get(self.pos..self.pos + 2).unwrap_or("σ")),
            _ => out.extend(c.to_lowercase()),
        }
        self.skip(c);
    }
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || uc::is_titlecase(c)
}

fn upper(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.upper", NoArgs)?;
    s(text(vm, &args, "upper")?.to_uppercase())
}
fn lower(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.lower", NoArgs)?;
    s(text(vm, &args, "lower")?.to_lowercase())
}
fn casefold(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.casefold", NoArgs)?;
    let mut out = String::new();
    for c in text(vm, &args, "casefold")?.chars() {
        match uc::casefold_special(c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    s(out)
}
fn swapcase(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.swapcase", NoArgs)?;
    let mut out = String::new();
    let t = text(vm, &args, "swapcase")?;
    let mut lower = Lowerer::new(t);
    for c in t.chars() {
        if c.is_uppercase() {
            lower.push_lower(c, &mut out);
            continue;
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        lower.skip(c);
    }
    s(out)
}
/// `str.title`: a cased character after an uncased one starts a word.
fn title(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.title", NoArgs)?;
    let mut out = String::new();
    let mut prev_cased = false;
    let t = text(vm, &args, "title")?;
    let mut lower = Lowerer::new(t);
    for c in t.chars() {
        if prev_cased {
            lower.push_lower(c, &mut out);
        } else {
            match uc::titlecase_special(c) {
                Some(t) => out.push_str(t),
                None => out.extend(c.to_uppercase()),
            }
            lower.skip(c);
        }
        prev_cased = is_cased(c);
    }
    s(out)
}
fn capitalize(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.capitalize", NoArgs)?;
    let t = text(vm, &args, "capitalize")?;
    let mut cs = t.chars();
    let Some(first) = cs.next() else {
        return s(String::new());
    };
    let mut out: String = match uc::titlecase_special(first) {
        Some(t) => t.to_owned(),
        None => first.to_uppercase().collect(),
    };
    let mut lower = Lowerer::new(t);
    lower.skip(first);
    for c in cs {
        lower.push_lower(c, &mut out);
    }
    s(out)
}

fn pred(vm: &Vm, args: &Args, qualname: &str, f: impl Fn(char) -> bool) -> PyResult<Value> {
    method_arity(vm, args, qualname, NoArgs)?;
    let t = text(vm, args, qualname.trim_start_matches("str."))?;
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}
fn isdigit(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "str.isdigit", uc::is_digit)
}
fn isdecimal(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "str.isdecimal", uc::is_decimal)
}
fn isnumeric(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "str.isnumeric", uc::is_numeric)
}
fn isalpha(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "str.isalpha", uc::is_alpha)
}
fn isalnum(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "str.isalnum", |c| {
        uc::is_alpha(c) || uc::is_numeric(c)
    })
}
fn isspace(vm: &Vm, args: Args) -> PyResult<Value> {
    pred(vm, &args, "str.isspace", uc::is_space)
}
fn isascii(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.isascii", NoArgs)?;
    Ok(Value::Bool(text(vm, &args, "isascii")?.is_ascii()))
}
fn isprintable(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.isprintable", NoArgs)?;
    Ok(Value::Bool(
        text(vm, &args, "isprintable")?
            .chars()
            .all(uc::is_printable),
    ))
}
fn isupper(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.isupper", NoArgs)?;
    let t = text(vm, &args, "isupper")?;
    Ok(Value::Bool(
        t.chars().any(char::is_uppercase)
            && !t.chars().any(|c| c.is_lowercase() || uc::is_titlecase(c)),
    ))
}
fn islower(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.islower", NoArgs)?;
    let t = text(vm, &args, "islower")?;
    Ok(Value::Bool(
        t.chars().any(char::is_lowercase)
            && !t.chars().any(|c| c.is_uppercase() || uc::is_titlecase(c)),
    ))
}
fn istitle(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.istitle", NoArgs)?;
    let t = text(vm, &args, "istitle")?;
    let mut prev_cased = false;
    let mut any = false;
    // CPython's unicode_istitle_impl: titlecase letters count as uppercase.
    for c in t.chars() {
        if c.is_uppercase() || uc::is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}
fn isidentifier(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.isidentifier", NoArgs)?;
    let t = text(vm, &args, "isidentifier")?;
    let mut cs = t.chars();
    Ok(Value::Bool(match cs.next() {
        Some(c) if c == '_' || uc::is_alpha(c) => {
            cs.all(|c| c == '_' || uc::is_alpha(c) || uc::is_decimal(c))
        }
        _ => false,
    }))
}

/// Width and fill character of `center`/`ljust`/`rjust`.
fn pad_args(vm: &Vm, args: &Args, qualname: &str) -> PyResult<(usize, char)> {
    method_arity(vm, args, qualname, Clinic(1, 2))?;
    let w = index_value(vm, &args.pos[1])?.max(0) as usize;
    let fill = match args.pos.get(2) {
        Some(v) => {
            let Some(f) = v.as_str() else {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(v)
                )));
            };
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    Ok((w, fill))
}

fn fill(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

fn center(vm: &Vm, args: Args) -> PyResult<Value> {
    let (w, f) = pad_args(vm, &args, "str.center")?;
    let t = text(vm, &args, "center")?;
    let n = t.chars().count();
    if w <= n {
        return s(t.to_owned());
    }
    // CPython's pad(): the odd extra column goes left only when width is odd.
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    s(format!("{}{}{}", fill(f, left), t, fill(f, marg - left)))
}
fn ljust(vm: &Vm, args: Args) -> PyResult<Value> {
    let (w, f) = pad_args(vm, &args, "str.ljust")?;
    let t = text(vm, &args, "ljust")?;
    let n = t.chars().count();
    s(format!("{}{}", t, fill(f, w.saturating_sub(n))))
}
fn rjust(vm: &Vm, args: Args) -> PyResult<Value> {
    let (w, f) = pad_args(vm, &args, "str.rjust")?;
    let t = text(vm, &args, "rjust")?;
    let n = t.chars().count();
    s(format!("{}{}", fill(f, w.saturating_sub(n)), t))
}
fn zfill(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.zfill", One)?;
    let t = text(vm, &args, "zfill")?;
    let w = index_value(vm, &args.pos[1])?.max(0) as usize;
    let n = t.chars().count();
    if w <= n {
        return s(t.to_owned());
    }
    let zeros = "0".repeat(w - n);
    match t.chars().next() {
        Some(c @ ('+' | '-')) => s(format!("{}{}{}", c, zeros, &t[1..])),
        _ => s(format!("{}{}", zeros, t)),
    }
}

fn expandtabs(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.expandtabs", Keywords(0, 1, 1))?;
    let t = text(vm, &args, "expandtabs")?;
    let size = match args.pos.get(1).or_else(|| kwarg(&args, "tabsize")) {
        Some(v) => index_value(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col: i64 = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    s(out)
}

/// `str.translate(table)`: `table[ord(c)]` is a str, an int, or None
/// (delete); a `LookupError` keeps the character.
fn translate(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.translate", One)?;
    let t = text(vm, &args, "translate")?;
    let table = &args.pos[1];
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match ops::getitem(vm, table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(v) => {
                if let Some(r) = v.as_str() {
                    out.push_str(r);
                } else if let Ok(i) = index_value(vm, &v) {
                    match u32::try_from(i)
                        .ok()
                        .filter(|&n| n <= 0x10ffff)
                        .and_then(char::from_u32)
                    {
                        Some(ch) => out.push(ch),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if vm.exc_matches(&e, &vm.exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    s(out)
}

/// `str.maketrans(x[, y[, z]])` (a staticmethod).
fn maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    Clinic(1, 3).check(vm, "str.maketrans", &args, 0)?;
    let mut pairs: Vec<(Value, Value)> = Vec::new();
    if args.pos.len() == 1 {
        let Some(d) = super::dictops::dict_of(&args.pos[0]) else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in super::dictops::items(d) {
            let key = match k.as_str() {
                Some(t) => {
                    let mut cs = t.chars();
                    match (cs.next(), cs.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                None if matches!(k, Value::Int(_)) => k.clone(),
                None => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            pairs.push((key, v));
        }
        return super::dictops::new_dict(vm, pairs);
    }
    let (Some(x), Some(y)) = (args.pos[0].as_str(), args.pos[1].as_str()) else {
        let bad = if args.pos[0].as_str().is_none() {
            &args.pos[0]
        } else {
            &args.pos[1]
        };
        let which = if args.pos[0].as_str().is_none() { 1 } else { 2 };
        return Err(vm.type_error(format!(
            "maketrans() argument {} must be str, not {}",
            which,
            vm.type_name(bad)
        )));
    };
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        pairs.push((Value::Int(a as i64), Value::Int(b as i64)));
    }
    if let Some(z) = args.pos.get(2) {
        let Some(z) = z.as_str() else {
            return Err(vm.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                vm.type_name(z)
            )));
        };
        for c in z.chars() {
            pairs.push((Value::Int(c as i64), Value::None));
        }
    }
    super::dictops::new_dict(vm, pairs)
}

/// `str.encode(encoding='utf-8', errors='strict')` for utf-8, ascii, latin-1.
fn encode(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "str.encode", Keywords(0, 2, 2))?;
    let t = text(vm, &args, "encode")?;
    let arg = |i: usize, name: &str| -> PyResult<Option<String>> {
        match args.pos.get(i).or_else(|| kwarg(&args, name)) {
            None => Ok(None),
            Some(v) => match v.as_str() {
                Some(x) => Ok(Some(x.to_owned())),
                None => Err(vm.type_error(format!(
                    "encode() argument '{}' must be str, not {}",
                    name,
                    vm.type_name(v)
                ))),
            },
        }
    };
    let encoding = arg(1, "encoding")?.unwrap_or_else(|| "utf-8".into());
    let errors = arg(2, "errors")?.unwrap_or_else(|| "strict".into());
    let bytes = super::bytes::encode_str(vm, t, &encoding, &errors)?;
    Ok(Value::Obj(ObjRef::new(Payload::Bytes(
        bytes.into_boxed_slice(),
    ))))
}
