//! The interpreter state every operation receives: built-in types, the
//! builtins namespace, loaded modules, interned attribute names, the call
//! depth, and the queue of finalizers waiting to run.
//!
//! Owns `Vm` and its construction, calling any callable (`call`), and
//! draining the pending-finalizer queue at the evaluator's safe points.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::runtime::dict::Dict;
use crate::runtime::exception::{exc_msg, ExcTypes};
use crate::runtime::heap::{self, DeathAction, HeapObj, ObjRef, Pending, FLAG_FINALIZED};
use crate::runtime::object::*;
use crate::runtime::types::{self, new_type, type_data, Types};
use crate::runtime::{Exc, PyResult, Value};
use crate::syntax::intern::{intern, Symbol};

macro_rules! syms {
    ($($field:ident = $text:literal),* $(,)?) => {
        /// Pre-interned identifiers the runtime looks up by name.
        pub struct Syms { $(pub $field: Symbol,)* }
        impl Syms {
            fn new() -> Syms { Syms { $($field: intern($text),)* } }
        }
    };
}

syms!(
    init = "__init__",
    new = "__new__",
    del = "__del__",
    repr = "__repr__",
    str = "__str__",
    format = "__format__",
    eq = "__eq__",
    ne = "__ne__",
    lt = "__lt__",
    le = "__le__",
    gt = "__gt__",
    ge = "__ge__",
    hash = "__hash__",
    len = "__len__",
    bool_ = "__bool__",
    iter = "__iter__",
    next = "__next__",
    getitem = "__getitem__",
    setitem = "__setitem__",
    delitem = "__delitem__",
    contains = "__contains__",
    call = "__call__",
    getattr = "__getattr__",
    getattribute = "__getattribute__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    enter = "__enter__",
    exit = "__exit__",
    class = "__class__",
    dict = "__dict__",
    name = "__name__",
    qualname = "__qualname__",
    module = "__module__",
    doc = "__doc__",
    main = "__main__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
    neg = "__neg__",
    pos = "__pos__",
    invert = "__invert__",
    abs = "__abs__",
    index = "__index__",
    int = "__int__",
    float = "__float__",
    reversed = "__reversed__",
    missing = "__missing__",
    slots = "__slots__",
    init_subclass = "__init_subclass__",
    set_name = "__set_name__",
    append = "append",
    builtins = "__builtins__",
    file = "__file__",
    args = "args",
    self_ = "self",
    round = "__round__",
    length_hint = "__length_hint__",
    weakref = "__weakref__",
    mro_entries = "__mro_entries__",
);

/// Hashing for maps keyed by an address: one multiply, no SipHash.
#[derive(Default)]
pub struct AddressHasher(u64);

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        // Addresses have zero low bits: fold the well-mixed high half down.
        let h = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = h ^ (h >> 32);
    }
}

pub type AddressHash = std::hash::BuildHasherDefault<AddressHasher>;

pub struct Vm {
    pub types: Types,
    pub exc: ExcTypes,
    pub sym: Syms,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    pub modules: RefCell<HashMap<String, Value>>,
    /// Symbol index → interned str object.
    strs: RefCell<Vec<Option<Value>>>,
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// While a generator runs on its own (smaller) stack: the lowest stack
    /// address Python calls may reach before `RecursionError`; 0 elsewhere.
    pub stack_floor: Cell<usize>,
    pub not_implemented: Value,
    pub ellipsis: Value,
    /// Exceptions currently being handled (innermost last), for bare
    /// `raise`, `sys.exc_info()` and implicit `__context__`.
    pub handling: RefCell<Vec<Value>>,
    pub next_frame_id: Cell<u64>,
    /// Directories searched for `import name` (`sys.path`).
    pub search_path: RefCell<Vec<String>>,
    /// `sys.argv`.
    pub argv: RefCell<Vec<String>>,
    /// Per-symbol cache of where a global name was found (see `eval::load_global`).
    pub global_cache: RefCell<Vec<crate::eval::GlobalCacheEntry>>,
    /// Cycle-collector state (`gc` module).
    pub gc: crate::gc::GcState,
    /// Recycled local-slot vectors for function frames.
    locals_pool: RefCell<Vec<Vec<Option<Value>>>>,
    /// Emptied cell vectors of finished frames, reused by the next frame
    /// that has cells (closures).
    cells_pool: RefCell<Vec<Vec<ObjRef>>>,
    /// Empty work stacks for `run_pending`, kept for reuse.
    pending_stacks: RefCell<Vec<Vec<Pending>>>,
    /// The str object of each string literal, made on its first
    /// evaluation (CPython's code-object constants: one object per literal).
    /// Keyed by the literal's text allocation, which the entry keeps alive.
    str_constants: RefCell<HashMap<usize, (Rc<str>, Value), AddressHash>>,
    /// Set when Ctrl-C arrives; checked at safe points.
    pub interrupted: Rc<std::sync::atomic::AtomicBool>,
}

/// What happens when an object's count reaches zero (CPython's
/// `subtype_dealloc` order): `__del__` first (once, PEP 442), then weak
/// references are cleared and their callbacks queued, then the payload is
/// released. Runs no user code itself. The heap skips this hook for
/// objects that `Payload::has_death_behaviour` rules out and nothing weakly
/// references: add a kind there before giving it an arm here.
fn death_hook(obj: &HeapObj, push: &mut dyn FnMut(Pending)) -> DeathAction {
    match &obj.payload {
        Payload::Instance(i) => {
            if type_data(&i.class).has(TF_HAS_DEL) && !obj.has_flag(FLAG_FINALIZED) {
                return DeathAction::Finalize;
            }
            if let Base::WeakRef(_) = i.base {
                crate::runtime::weakref::on_weakref_death(obj);
            }
        }
        Payload::WeakRef(_) => crate::runtime::weakref::on_weakref_death(obj),
        Payload::Type(_) => types::invalidate_cache(),
        // A generator suspended mid-body is closed when it dies.
        Payload::Generator(g)
            if !obj.has_flag(FLAG_FINALIZED) && crate::eval::generator::needs_finalize(g) =>
        {
            return DeathAction::Finalize;
        }
        _ => {}
    }
    if !crate::runtime::weaklist::is_empty(obj) {
        crate::runtime::weakref::clear_weakrefs(obj, push);
    }
    if let Payload::Type(t) = &obj.payload {
        // Its entries in its bases' subclass lists are dead now.
        types::forget_dead_subclasses(t);
    }
    DeathAction::Free
}

impl Vm {
    pub fn new() -> Vm {
        heap::set_death_hook(death_hook);
        let object = new_type(
            "object",
            vec![],
            Layout::Object,
            TF_BASETYPE | TF_SLOTS_ONLY,
        );
        let o = || vec![object.clone()];
        let b = |name: &str| new_type(name, vec![object.clone()], Layout::Builtin, 0);
        let bw = |name: &str| new_type(name, vec![object.clone()], Layout::Builtin, TF_WEAKREFABLE);
        let int = new_type("int", o(), Layout::Builtin, TF_BASETYPE);
        let types = Types {
            type_: new_type("type", o(), Layout::Builtin, TF_BASETYPE | TF_WEAKREFABLE),
            none: b("NoneType"),
            bool: new_type("bool", vec![int.clone()], Layout::Builtin, 0),
            int,
            float: new_type("float", o(), Layout::Builtin, TF_BASETYPE),
            complex: new_type("complex", o(), Layout::Builtin, TF_BASETYPE),
            str: new_type("str", o(), Layout::Builtin, TF_BASETYPE),
            bytes: b("bytes"),
            list: new_type("list", o(), Layout::List, TF_BASETYPE),
            tuple: new_type("tuple", o(), Layout::Builtin, TF_BASETYPE),
            dict: new_type("dict", o(), Layout::Dict, TF_BASETYPE),
            set: new_type("set", o(), Layout::Builtin, TF_BASETYPE | TF_WEAKREFABLE),
            frozenset: new_type(
                "frozenset",
                o(),
                Layout::Builtin,
                TF_BASETYPE | TF_WEAKREFABLE,
            ),
            range: b("range"),
            slice: b("slice"),
            function: bw("function"),
            builtin_function: bw("builtin_function_or_method"),
            method: bw("method"),
            module: bw("module"),
            cell: b("cell"),
            property: new_type("property", o(), Layout::Builtin, TF_BASETYPE),
            member_descriptor: b("member_descriptor"),
            staticmethod: b("staticmethod"),
            classmethod: b("classmethod"),
            super_: b("super"),
            not_implemented: b("NotImplementedType"),
            ellipsis: b("ellipsis"),
            list_iterator: b("list_iterator"),
            tuple_iterator: b("tuple_iterator"),
            range_iterator: b("range_iterator"),
            str_iterator: b("str_ascii_iterator"),
            dict_keyiterator: b("dict_keyiterator"),
            dict_valueiterator: b("dict_valueiterator"),
            dict_itemiterator: b("dict_itemiterator"),
            set_iterator: b("set_iterator"),
            iterator: b("iterator"),
            callable_iterator: b("callable_iterator"),
            enumerate: b("enumerate"),
            zip: b("zip"),
            reversed: b("reversed"),
            map: b("map"),
            filter: b("filter"),
            dict_keys: b("dict_keys"),
            dict_values: b("dict_values"),
            dict_items: b("dict_items"),
            weakref: new_type("ReferenceType", o(), Layout::WeakRef, TF_BASETYPE),
            weakproxy: b("ProxyType"),
            weakcallableproxy: b("CallableProxyType"),
            generator: bw("generator"),
            object,
        };
        let exc = ExcTypes::new(&types.object);
        let vm = Vm {
            types,
            exc,
            sym: Syms::new(),
            builtins: ObjRef::new(Payload::Dict(RefCell::new(Dict::new()))),
            modules: RefCell::new(HashMap::new()),
            strs: RefCell::new(Vec::new()),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            stack_floor: Cell::new(0),
            not_implemented: Value::Obj(ObjRef::new(Payload::Singleton("NotImplemented"))),
            ellipsis: Value::Obj(ObjRef::new(Payload::Singleton("Ellipsis"))),
            handling: RefCell::new(Vec::new()),
            next_frame_id: Cell::new(1),
            argv: RefCell::new(Vec::new()),
            search_path: RefCell::new(Vec::new()),
            locals_pool: RefCell::new(Vec::new()),
            cells_pool: RefCell::new(Vec::new()),
            pending_stacks: RefCell::new(Vec::new()),
            str_constants: RefCell::new(HashMap::default()),
            gc: crate::gc::GcState::new(),
            global_cache: RefCell::new(Vec::new()),
            interrupted: Rc::new(std::sync::atomic::AtomicBool::new(false)),
        };
        crate::builtins::install(&vm);
        vm
    }

    /// The interned str object for an identifier.
    #[inline]
    pub fn sym_str(&self, sym: Symbol) -> Value {
        if let Some(Some(v)) = self.strs.borrow().get(sym.index()) {
            return v.clone();
        }
        let v = Value::str(sym.as_str());
        let mut strs = self.strs.borrow_mut();
        if strs.len() <= sym.index() {
            strs.resize(sym.index() + 1, None);
        }
        strs[sym.index()] = Some(v.clone());
        v
    }

    /// Run `f` with the interned str object for `sym`, without cloning it.
    /// `f` must not intern new identifiers.
    #[inline]
    pub fn with_key<R>(&self, sym: Symbol, f: impl FnOnce(&Value) -> R) -> R {
        {
            let strs = self.strs.borrow();
            if let Some(Some(v)) = strs.get(sym.index()) {
                return f(v);
            }
        }
        let v = self.sym_str(sym);
        f(&v)
    }

    /// The interned str object for arbitrary identifier text.
    pub fn intern_str(&self, text: &str) -> Value {
        self.sym_str(intern(text))
    }

    pub fn type_of<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        self.types.type_of(v)
    }

    /// `type(v).__name__`
    pub fn type_name(&self, v: &Value) -> String {
        type_data(self.type_of(v)).name.borrow().clone()
    }

    /// The str object for a string literal of the program.
    pub fn str_constant(&self, text: &Rc<str>) -> Value {
        /// Past this many literals (code made by `exec` in a loop), new
        /// literals get a fresh object per evaluation instead.
        const MAX_CACHED: usize = 1 << 16;
        let key = Rc::as_ptr(text) as *const u8 as usize;
        if let Some((_, v)) = self.str_constants.borrow().get(&key) {
            return v.clone();
        }
        let v = Value::str(&**text);
        let mut cache = self.str_constants.borrow_mut();
        if cache.len() < MAX_CACHED {
            cache.insert(key, (text.clone(), v.clone()));
        }
        v
    }

    /// A fresh identity for a frame (tracebacks record each frame once).
    #[inline]
    pub fn new_frame_id(&self) -> u64 {
        let id = self.next_frame_id.get();
        self.next_frame_id.set(id + 1);
        id
    }

    /// An empty local-slot vector with room for `n` slots.
    #[inline(always)]
    pub fn take_locals(&self, n: usize) -> Vec<Option<Value>> {
        match self.locals_pool.borrow_mut().pop() {
            Some(v) if v.capacity() >= n => v,
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n.max(4)),
        }
    }

    /// Return a frame's local slots: they are dropped in slot order (user
    /// code may run), then the buffer is kept for reuse.
    #[inline(always)]
    pub fn give_locals(&self, mut v: Vec<Option<Value>>) {
        v.clear();
        let mut pool = self.locals_pool.borrow_mut();
        if pool.len() < 64 {
            pool.push(v);
        }
    }

    /// An empty cell vector with room for `n` cells.
    pub fn take_cells(&self, n: usize) -> Vec<ObjRef> {
        match self.cells_pool.borrow_mut().pop() {
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n),
        }
    }

    /// Return a frame's cells: they are released in order (user code may
    /// run), then the buffer is kept for reuse.
    pub fn give_cells(&self, mut v: Vec<ObjRef>) {
        v.clear();
        let mut pool = self.cells_pool.borrow_mut();
        if pool.len() < 64 {
            pool.push(v);
        }
    }

    // ---- exceptions -------------------------------------------------------

    pub fn err(&self, cls: &ObjRef, msg: impl Into<Box<str>>) -> Exc {
        exc_msg(cls, msg)
    }
    pub fn type_error(&self, msg: impl Into<Box<str>>) -> Exc {
        exc_msg(&self.exc.type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<Box<str>>) -> Exc {
        exc_msg(&self.exc.value_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<Box<str>>) -> Exc {
        exc_msg(&self.exc.index_error, msg)
    }
    pub fn attribute_error(&self, msg: impl Into<Box<str>>) -> Exc {
        exc_msg(&self.exc.attribute_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<Box<str>>) -> Exc {
        exc_msg(&self.exc.overflow_error, msg)
    }
    pub fn zero_division(&self, msg: impl Into<Box<str>>) -> Exc {
        exc_msg(&self.exc.zero_division_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<Box<str>>) -> Exc {
        exc_msg(&self.exc.runtime_error, msg)
    }
    pub fn key_error(&self, key: Value) -> Exc {
        Exc(crate::runtime::exception::new_exception(
            &self.exc.key_error,
            vec![key],
        ))
    }
    pub fn stop_iteration(&self) -> Exc {
        Exc(crate::runtime::exception::new_exception(
            &self.exc.stop_iteration,
            vec![],
        ))
    }

    /// Does the exception's class derive from `cls`?
    pub fn exc_matches(&self, e: &Exc, cls: &ObjRef) -> bool {
        types::is_subtype(self.types.type_of_obj(&e.0), cls)
    }

    // ---- calls ------------------------------------------------------------

    /// Call any callable with positional and keyword arguments.
    pub fn call(&self, func: &Value, args: Vec<Value>, kw: &[(Symbol, Value)]) -> PyResult<Value> {
        let Value::Obj(o) = func else {
            return Err(self.not_callable(func));
        };
        match &o.payload {
            Payload::Function(f) => crate::eval::call::call_function(self, o, f, args, kw),
            Payload::Native(n) => match &n.bound_self {
                Some(s) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(s.clone());
                    full.extend(args);
                    (n.func)(self, Args { pos: &full, kw })
                }
                None => (n.func)(self, Args { pos: &args, kw }),
            },
            Payload::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.self_.clone());
                full.extend(args);
                self.call(&m.func, full, kw)
            }
            // `weakref.ref(obj[, callback])`: made directly (hot in weakref code).
            Payload::Type(_)
                if o.ptr_eq(&self.types.weakref)
                    && kw.is_empty()
                    && (1..=2).contains(&args.len()) =>
            {
                let mut args = args.into_iter();
                let target = args.next().unwrap_or(Value::None);
                crate::runtime::weakref::new_weakref(
                    self,
                    &target,
                    args.next(),
                    crate::runtime::weakref::WeakKind::Ref,
                    None,
                )
            }
            Payload::Type(t) => match t.metaclass.as_ref().and_then(|m| self.metaclass_call(m)) {
                Some(call) => {
                    crate::runtime::construct::check_call_depth(self)?;
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(func.clone());
                    full.extend(args);
                    self.call(&call, full, kw)
                }
                None => crate::runtime::attr::call_type(self, o, args, kw),
            },
            _ => {
                let ty = self.type_of(func).clone();
                match types::lookup(&ty, self.sym.call, &self.sym_str(self.sym.call)) {
                    Some(m) => {
                        crate::runtime::construct::check_call_depth(self)?;
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(func.clone());
                        full.extend(args);
                        self.call(&m, full, kw)
                    }
                    None => Err(self.not_callable(func)),
                }
            }
        }
    }

    /// A metaclass's own `__call__` (not `type.__call__`), if it has one.
    fn metaclass_call(&self, meta: &ObjRef) -> Option<Value> {
        let call = types::lookup(meta, self.sym.call, &self.sym_str(self.sym.call))?;
        match call.payload() {
            Some(Payload::Native(_)) => None,
            _ => Some(call),
        }
    }

    fn not_callable(&self, v: &Value) -> Exc {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Look up a special method on the type of `obj` (not the instance).
    #[inline]
    pub fn special(&self, obj: &Value, name: Symbol) -> Option<Value> {
        types::lookup(self.type_of(obj), name, &self.sym_str(name))
    }

    /// Call a special method `type(obj).name(obj, *args)`; `None` when the
    /// type does not define it.
    pub fn call_special(
        &self,
        obj: &Value,
        name: Symbol,
        args: &[Value],
    ) -> Option<PyResult<Value>> {
        let m = self.special(obj, name)?;
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj.clone());
        full.extend_from_slice(args);
        Some(self.call_descriptor_method(&m, obj, full))
    }

    /// Call a method found on a type with `self` already first in `args`
    /// (handles staticmethod/classmethod wrappers).
    pub fn call_descriptor_method(
        &self,
        m: &Value,
        obj: &Value,
        mut args: Vec<Value>,
    ) -> PyResult<Value> {
        match m.payload() {
            Some(Payload::StaticMethod(f)) => {
                args.remove(0);
                self.call(f, args, &[])
            }
            Some(Payload::ClassMethod(f)) => {
                args[0] = Value::Obj(self.type_of(obj).clone());
                self.call(f, args, &[])
            }
            _ => self.call(m, args, &[]),
        }
    }

    // ---- finalizers --------------------------------------------------------

    /// Run every queued `__del__` and weakref callback, depth first in the
    /// order CPython would have run them at the moment of death.
    pub fn run_pending(&self) {
        // One item queued (one death, one callback or finalizer): run it
        // without a work stack. What it queues in turn runs next, below.
        if let Some(item) = heap::take_single_pending() {
            self.run_pending_item(item);
            if !heap::has_pending() {
                return;
            }
        }
        // Nested runs (a finalizer reaching a safe point) get their own stack.
        let mut stack = self.pending_stacks.borrow_mut().pop().unwrap_or_default();
        loop {
            heap::drain_produced_into(&mut stack);
            let Some(item) = stack.pop() else { break };
            self.run_pending_item(item);
        }
        let mut pool = self.pending_stacks.borrow_mut();
        if pool.len() < 8 {
            pool.push(stack);
        }
    }

    fn run_pending_item(&self, item: Pending) {
        match item {
            Pending::Finalize(obj) => {
                let v = Value::Obj(obj);
                if matches!(v.payload(), Some(Payload::Generator(_))) {
                    crate::eval::generator::finalize(self, &v);
                } else if let Some(del) = self.special(&v, self.sym.del) {
                    if let Err(e) = self.call(&del, vec![v.clone()], &[]) {
                        crate::error::traceback::print_unraisable(self, &e, Some(&del));
                    }
                }
                drop(v);
            }
            Pending::Callback(wr) => crate::runtime::weakref::run_callback(self, wr),
        }
    }

    /// Count one level of native recursion (repr, ==, hash of nested
    /// containers) against the recursion limit, as CPython's
    /// `Py_EnterRecursiveCall`. The level is released when the guard drops.
    pub fn enter_recursion(&self, what: &str) -> PyResult<DepthGuard<'_>> {
        let d = self.depth.get();
        if d >= self.recursion_limit.get()
            || crate::eval::coro::stack_here() < self.stack_floor.get()
        {
            return Err(self.err(
                &self.exc.recursion_error,
                format!("maximum recursion depth exceeded{}", what),
            ));
        }
        self.depth.set(d + 1);
        Ok(DepthGuard { vm: self })
    }

    /// Safe point: run finalizers if any are queued, and a due automatic
    /// collection.
    #[inline(always)]
    pub fn safe_point(&self) {
        if heap::needs_attention() {
            self.safe_point_work();
        }
    }

    #[inline(never)]
    fn safe_point_work(&self) {
        if heap::has_pending() {
            self.run_pending();
        }
        if heap::take_gc_due() && !self.gc.collecting.get() {
            crate::gc::maybe_collect(self);
            heap::clear_gc_due();
        }
    }
}

/// Releases a level taken by `Vm::enter_recursion`.
pub struct DepthGuard<'a> {
    vm: &'a Vm,
}

impl Drop for DepthGuard<'_> {
    fn drop(&mut self) {
        self.vm.depth.set(self.vm.depth.get().saturating_sub(1));
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
