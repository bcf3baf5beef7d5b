//! The object model: values, the heap, object layouts, types, and the
//! operations on built-in types.
pub mod arith;
pub mod attr;
pub mod attr_write;
pub mod bytes;
pub mod codecs;
pub mod complex;
pub mod complex_type;
pub mod construct;
pub mod dict;
pub mod dictmethods;
pub mod dictops;
pub mod exc_group;
pub mod exception;
pub mod float_repr;
pub mod floats;
pub mod format_spec;
pub mod hashing;
pub mod heap;
pub mod iteration;
pub mod iterators;
pub mod list;
pub mod num;
pub mod num_float;
pub mod num_text;
pub mod numbers;
pub mod object;
pub mod ops;
pub mod percent;
pub mod percent_glue;
pub mod repr;
pub mod set;
pub mod setmethods;
pub mod setops;
pub mod slots;
pub mod special_attrs;
pub mod strclass;
pub mod strformat;
pub mod strings;
pub mod subscript;
pub mod syntax_exc;
pub mod tuple;
pub mod type_setattr;
pub mod types;
pub mod unicode_class;
pub mod value;
pub mod weaklist;
pub mod weakref;

pub use heap::ObjRef;
pub use value::Value;

/// A raised Python exception (always an instance of `BaseException`).
#[derive(Clone, Debug)]
pub struct Exc(pub ObjRef);

pub type PyResult<T> = Result<T, Exc>;

/// Install the methods of every built-in type (called once by `builtins::install`).
pub fn install_type_methods(vm: &crate::vm::Vm) {
    list::install(vm);
    dictmethods::install(vm);
    setops::install(vm);
    strings::install(vm);
    numbers::install(vm);
    complex_type::install(vm);
    exc_group::install(vm);
    tuple::install(vm);
    bytes::install(vm);
}
