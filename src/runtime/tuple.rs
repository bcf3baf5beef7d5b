//! `tuple` methods (`index`, `count`) and dunders (`__add__`, `__mul__`,
//! `__getitem__`, `__hash__`, comparisons ...), plus the sequence helpers
//! list and tuple share (`seq_index_bound`, `seq_compare_dunder`).
//!
//! Owns only the method layer over `Payload::Tuple`; the operators
//! themselves are `arith`/`ops`.

use super::object::*;
use super::ops;
use super::{PyResult, Value};
use crate::builtins::{add_methods, method_arity, Arity::*};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;

pub fn install(vm: &Vm) {
    add_methods(
        vm,
        &vm.types.tuple,
        "tuple",
        &[
            ("index", index),
            ("count", count),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__getitem__", getitem),
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__hash__", hash),
            ("__getnewargs__", getnewargs),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a [Value]> {
    match args.pos.first() {
        Some(v) => v.as_tuple().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' for 'tuple' objects doesn't apply to a '{}' object",
                name,
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!(
            "descriptor '{}' of 'tuple' object needs an argument",
            name
        ))),
    }
}

/// A `start`/`stop` argument of `index()`, clamped like CPython's
/// `_PyEval_SliceIndexNotNone`.
pub fn seq_index_bound(vm: &Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let i = match v {
        Value::Int(_) | Value::Bool(_) => ops::index_value(vm, v)?,
        _ if super::arith::as_bigint(v).is_some() => {
            let neg =
                super::arith::as_bigint(v).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
            if neg {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ if vm.special(v, vm.sym.index).is_some() => ops::index_value(vm, v)?,
        _ => {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"))
        }
    };
    Ok(if i < 0 {
        (i.saturating_add(len as i64)).max(0) as usize
    } else {
        (i as usize).min(len)
    })
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.index", Clinic(1, 3))?;
    let items = this(vm, &args, "index")?;
    let start = seq_index_bound(vm, args.pos.get(2), items.len(), 0)?;
    let stop = seq_index_bound(vm, args.pos.get(3), items.len(), items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if x.is(&args.pos[1]) || ops::eq(vm, x, &args.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.count", One)?;
    let items = this(vm, &args, "count")?;
    let mut n = 0;
    for x in items {
        if x.is(&args.pos[1]) || ops::eq(vm, x, &args.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.__add__", Slot(1))?;
    this(vm, &args, "__add__")?;
    if args.pos[1].as_tuple().is_none() {
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args.pos[1])
        )));
    }
    super::arith::binary_op(vm, BinOp::Add, &args.pos[0], &args.pos[1])
}

/// Repetition count of `seq * n` (`__mul__`/`__rmul__`).
pub fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Value> {
    match n {
        Value::Int(_) => Ok(n.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ if super::arith::as_bigint(n).is_some() => Err(vm.overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(n)
        ))),
        _ => ops::index_value(vm, n).map(Value::Int),
    }
}

fn mul(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.__mul__", Unpack(1, 1))?;
    this(vm, &args, "__mul__")?;
    let n = repeat_count(vm, &args.pos[1])?;
    super::arith::binary_op(vm, BinOp::Mul, &args.pos[0], &n)
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.__getitem__", Slot(1))?;
    this(vm, &args, "__getitem__")?;
    ops::getitem(vm, &args.pos[0], &args.pos[1])
}

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.__len__", Slot(0))?;
    Ok(Value::Int(this(vm, &args, "__len__")?.len() as i64))
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.__contains__", Slot(1))?;
    this(vm, &args, "__contains__")?;
    Ok(Value::Bool(ops::contains(vm, &args.pos[0], &args.pos[1])?))
}

fn iter(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.__iter__", Slot(0))?;
    this(vm, &args, "__iter__")?;
    ops::iter(vm, &args.pos[0])
}

fn hash(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.__hash__", Slot(0))?;
    this(vm, &args, "__hash__")?;
    Ok(Value::Int(ops::hash(vm, &args.pos[0])?))
}

fn getnewargs(vm: &Vm, args: Args) -> PyResult<Value> {
    method_arity(vm, &args, "tuple.__getnewargs__", NoArgs)?;
    let items = this(vm, &args, "__getnewargs__")?.to_vec();
    Ok(ops::new_tuple(vec![ops::new_tuple(items)]))
}

/// `type.__op__(a, b)` for list/tuple comparisons: `NotImplemented` unless
/// `b` has the same kind as `a` (the caller checks the arguments).
pub fn seq_compare_dunder(
    vm: &Vm,
    args: &Args,
    op: CmpOp,
    same_kind: fn(&Value) -> bool,
) -> PyResult<Value> {
    if !same_kind(&args.pos[1]) {
        return Ok(vm.not_implemented.clone());
    }
    ops::compare(vm, &args.pos[0], &args.pos[1], op)
}

fn is_tuple(v: &Value) -> bool {
    v.as_tuple().is_some()
}

macro_rules! cmp_dunders {
    ($($f:ident $op:expr;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            method_arity(vm, &args, concat!("tuple.__", stringify!($f), "__"), Slot(1))?;
            this(vm, &args, stringify!($f))?;
            seq_compare_dunder(vm, &args, $op, is_tuple)
        }
    )*};
}

cmp_dunders!(eq CmpOp::Eq; ne CmpOp::NotEq; lt CmpOp::Lt; le CmpOp::LtE; gt CmpOp::Gt; ge CmpOp::GtE;);
