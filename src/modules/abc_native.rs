//! The `_abc` module: the native help `stdlib/abc.py` needs. For now, the
//! collection flags of classes (CPython's `Py_TPFLAGS_SEQUENCE` and
//! `Py_TPFLAGS_MAPPING`), which decide whether instances match the
//! sequence and mapping patterns of a `match` statement.

use crate::builtins::{arity, native};
use crate::runtime::object::{Args, Payload, TF_HEAPTYPE, TF_MAPPING, TF_SEQUENCE};
use crate::runtime::{PyResult, Value};
use crate::vm::Vm;

use super::{new_module, set_attr};

pub fn create(vm: &Vm) -> Value {
    let m = new_module(vm, "_abc");
    set_attr(
        vm,
        &m,
        "_set_collection_flag",
        native("_set_collection_flag", set_collection_flag),
    );
    m
}

/// `_set_collection_flag(cls, kind)`: mark a class written in Python as a
/// sequence (`kind == "sequence"`) or a mapping (`"mapping"`), replacing
/// the other mark, as CPython's `set_collection_flag_recursive` does (its
/// subclasses see it along their MRO). Built-in classes are left alone:
/// their layout decides.
fn set_collection_flag(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "_set_collection_flag", &args, 2, 2)?;
    let flag = match args.pos[1].as_str() {
        Some("sequence") => TF_SEQUENCE,
        Some("mapping") => TF_MAPPING,
        _ => return Err(vm.value_error("kind must be 'sequence' or 'mapping'")),
    };
    let Some(Payload::Type(t)) = args.pos[0].payload() else {
        return Err(vm.type_error("_set_collection_flag() argument 1 must be a class"));
    };
    if t.has(TF_HEAPTYPE) {
        t.flags
            .set((t.flags.get() & !(TF_SEQUENCE | TF_MAPPING)) | flag);
    }
    Ok(Value::None)
}
