//! Exception classes and instances: the built-in hierarchy, construction,
//! and the text `str(exc)` shows.
//!
//! Owns `ExcTypes` (the built-in exception classes, created once) and the
//! helpers that build exception instances. Raising and traceback printing
//! live in `eval` and `error`.

use std::cell::RefCell;

use super::heap::ObjRef;
use super::object::*;
use super::types::{new_type, type_data};
use super::value::Value;
use super::Exc;

macro_rules! exc_types {
    ($root:ident; $($field:ident = $name:literal : $parent:ident),* $(,)?) => {
        /// The built-in exception classes.
        pub struct ExcTypes {
            pub $root: ObjRef,
            $(pub $field: ObjRef,)*
        }

        impl ExcTypes {
            pub fn new(object: &ObjRef) -> ExcTypes {
                let $root = new_type(
                    "BaseException",
                    vec![object.clone()],
                    Layout::Exception,
                    TF_BASETYPE | TF_WEAKREFABLE,
                );
                $(let $field = new_type(
                    $name,
                    vec![$parent.clone()],
                    Layout::Exception,
                    TF_BASETYPE | TF_WEAKREFABLE,
                );)*
                ExcTypes { $root, $($field,)* }
            }

            /// Every class with its Python name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, ObjRef)> {
                vec![
                    ("BaseException", self.$root.clone()),
                    $(($name, self.$field.clone()),)*
                ]
            }
        }
    };
}

exc_types!(
    base_exception;
    exception = "Exception": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    system_exit = "SystemExit": base_exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    file_not_found_error = "FileNotFoundError": os_error,
    file_exists_error = "FileExistsError": os_error,
    permission_error = "PermissionError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    stop_async_iteration = "StopAsyncIteration": exception,
    stop_iteration = "StopIteration": exception,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    warning = "Warning": exception,
    user_warning = "UserWarning": warning,
    deprecation_warning = "DeprecationWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    resource_warning = "ResourceWarning": warning,
    future_warning = "FutureWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    base_exception_group = "BaseExceptionGroup": base_exception,
    // Its bases become (BaseExceptionGroup, Exception) in `exc_group::install`.
    exception_group = "ExceptionGroup": base_exception_group,
);

/// A new exception instance of class `cls` with the given args tuple.
pub fn new_exception(cls: &ObjRef, args: Vec<Value>) -> ObjRef {
    ObjRef::new(Payload::Instance(Instance::new(
        cls.clone(),
        Base::Exception(Box::new(RefCell::new(ExcData {
            args: Value::Obj(ObjRef::new(Payload::Tuple(args.into_boxed_slice()))),
            traceback: Vec::new(),
            cause: None,
            context: None,
            suppress_context: false,
            kept_frames: Vec::new(),
            suggest: None,
            group: None,
            syntax: None,
        }))),
    )))
}

/// An exception of class `cls` with one message argument.
pub fn exc_msg(cls: &ObjRef, msg: impl Into<Box<str>>) -> Exc {
    Exc(new_exception(
        cls,
        vec![Value::str(String::from(msg.into()))],
    ))
}

/// The exception state of an instance, if it is an exception.
pub fn exc_data(o: &ObjRef) -> Option<&RefCell<ExcData>> {
    match &o.payload {
        Payload::Instance(Instance {
            base: Base::Exception(d),
            ..
        }) => Some(d),
        _ => None,
    }
}

/// The exception's args tuple items (cloned).
pub fn exc_args(o: &ObjRef) -> Vec<Value> {
    exc_data(o)
        .map(|d| {
            d.borrow()
                .args
                .as_tuple()
                .map(|t| t.to_vec())
                .unwrap_or_default()
        })
        .unwrap_or_default()
}

/// The class name of an exception instance.
pub fn exc_class_name(o: &ObjRef) -> String {
    match &o.payload {
        Payload::Instance(i) => type_data(&i.class).name.borrow().clone(),
        _ => "BaseException".into(),
    }
}

/// Move a frame's locals and cells into the exception leaving it, so they
/// live as long as the exception (its traceback) does.
pub fn keep_frame(e: &Exc, locals: &mut Vec<Option<Value>>, cells: Vec<ObjRef>) {
    if let Some(d) = exc_data(&e.0) {
        let mut d = d.borrow_mut();
        d.kept_frames.extend(locals.drain(..).flatten());
        d.kept_frames.extend(cells.into_iter().map(Value::Obj));
    }
}

/// Attach what a later "Did you mean" suggestion needs.
pub fn with_suggestion(e: Exc, ctx: crate::error::suggest::SuggestContext) -> Exc {
    if let Some(d) = exc_data(&e.0) {
        d.borrow_mut().suggest = Some(ctx);
    }
    e
}
