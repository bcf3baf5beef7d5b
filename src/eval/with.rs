//! The `with` statement: context-manager lookup on the type, `__enter__`,
//! binding the `as` target, and `__exit__` with the exception triple
//! (CPython's `SETUP_WITH` / `WITH_EXCEPT_START`).

use crate::runtime::attr::bind;
use crate::runtime::{Exc, Value};
use crate::syntax::ast::{Stmt, WithItem};
use crate::vm::Vm;

use super::expr::eval;
use super::stmt::{exec_block, set_context, truth};
use super::unpack::assign;
use super::{Exec, Flow, Frame};

/// `with a as x, b as y: body` runs as nested single-item statements.
pub fn exec_with(vm: &Vm, f: &mut Frame, items: &[WithItem], body: &[Stmt]) -> Exec {
    let Some((item, rest)) = items.split_first() else {
        return exec_block(vm, f, body);
    };
    let mgr = eval(vm, f, &item.context)?;
    let no_protocol = |extra: &str| {
        vm.type_error(format!(
            "'{}' object does not support the context manager protocol{}",
            vm.type_name(&mgr),
            extra
        ))
    };
    let Some(enter) = vm.special(&mgr, vm.sym.enter) else {
        return Err(no_protocol(""));
    };
    let Some(exit) = vm.special(&mgr, vm.sym.exit) else {
        return Err(no_protocol(" (missed __exit__ method)"));
    };
    let exit = bind(vm, exit, &mgr)?;
    let enter = bind(vm, enter, &mgr)?;
    let entered = vm.call(&enter, vec![], &[])?;
    drop(enter);
    drop(mgr);
    let r = match &item.target {
        Some(t) => assign(vm, f, t, entered).and_then(|_| exec_with(vm, f, rest, body)),
        None => {
            drop(entered);
            exec_with(vm, f, rest, body)
        }
    };
    match r {
        Ok(flow) => {
            vm.call(&exit, vec![Value::None, Value::None, Value::None], &[])?;
            Ok(flow)
        }
        Err(e) => exit_with_exception(vm, &exit, e),
    }
}

fn exit_with_exception(vm: &Vm, exit: &Value, e: Exc) -> Exec {
    let ev = Value::Obj(e.0.clone());
    let ty = Value::Obj(vm.type_of(&ev).clone());
    vm.handling.borrow_mut().push(ev.clone());
    let r = vm.call(exit, vec![ty, ev, Value::None], &[]);
    let r = r.and_then(|v| truth(vm, &v));
    vm.handling.borrow_mut().pop();
    match r {
        Ok(true) => Ok(Flow::Normal),
        Ok(false) => Err(e),
        Err(e2) => {
            set_context(&e2, &e);
            Err(e2)
        }
    }
}
