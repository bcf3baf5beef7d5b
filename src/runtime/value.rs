//! `Value`: the 16-byte handle every Python value travels in.
//!
//! Owns the unboxed immediates (`None`, `bool`, small `int`, `float`) and the
//! boxed case (a counted [`ObjRef`]). Knows nothing about types' behaviour;
//! see `runtime::types` for `type_of` and the operations modules for the rest.

use std::rc::Rc;

use num_bigint::BigInt;

use super::heap::ObjRef;
use super::object::{Payload, StrObj};

// A full-word tag keeps copies to two aligned 8-byte moves (a byte tag
// makes rustc copy overlapping unaligned words, stalling store forwarding).
#[derive(Clone, Debug)]
#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    /// An int that fits in i64; bigger ones are `Payload::BigInt` objects.
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Value {
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints and floats are values, not objects; CPython caches
            // small ints, and `x is x` must hold for any float variable.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
            _ => false,
        }
    }

    /// A new str value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Obj(ObjRef::new(Payload::Str(StrObj::new(s.into()))))
    }

    /// An int from a big integer, demoted to `Value::Int` when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::Obj(ObjRef::new(Payload::BigInt(Rc::new(b)))),
        }
    }

    /// The text of a str value.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(&s.text),
                Payload::Instance(super::object::Instance {
                    base: super::object::Base::Value(v),
                    ..
                }) => v.as_str(),
                _ => None,
            },
            _ => None,
        }
    }

    /// The built-in value inside an instance of a subclass of `int`,
    /// `float`, `str`, `tuple` or `bytes`.
    #[inline]
    pub fn builtin_base(&self) -> Option<&Value> {
        match self.payload() {
            Some(Payload::Instance(super::object::Instance {
                base: super::object::Base::Value(v),
                ..
            })) => Some(v),
            _ => None,
        }
    }

    /// The tuple items, if this is a tuple.
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match self.payload() {
            Some(Payload::Tuple(items)) => Some(items),
            Some(Payload::Instance(super::object::Instance {
                base: super::object::Base::Value(v),
                ..
            })) => v.as_tuple(),
            _ => None,
        }
    }

    /// Identity as `id()` reports it (addresses for objects; a stable fake
    /// for immediates).
    pub fn id(&self) -> usize {
        match self {
            Value::Obj(o) => o.addr(),
            Value::None => 0x1000,
            Value::Bool(b) => 0x1010 + *b as usize * 16,
            Value::Int(i) => (*i as usize).wrapping_mul(32).wrapping_add(0x7000_0000),
            Value::Float(f) => (f.to_bits() as usize) | 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        assert_eq!(std::mem::size_of::<Option<Value>>(), 16);
        assert_eq!(std::mem::size_of::<super::super::PyResult<Value>>(), 16);
    }

    #[test]
    fn heap_objects_stay_small() {
        use super::super::heap::HeapObj;
        use super::super::object::Base;
        assert!(std::mem::size_of::<Base>() <= 16);
        assert!(std::mem::size_of::<HeapObj>() <= 128);
    }
}
