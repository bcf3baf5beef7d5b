//! The payloads heap objects carry: one variant per built-in object layout.
//!
//! Owns the data layout of every object kind. Behaviour lives elsewhere
//! (`runtime::types` for type lookup, one module per type for methods).
//! Mutable payloads use `RefCell`; code must never hold a borrow of one
//! across a call that may run user code (a drop, a `__eq__`, a call).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use super::dict::Dict;
use super::heap::ObjRef;
use super::set::SetData;
use super::value::Value;
use crate::source::SourceFile;
use crate::syntax::ast::{FunctionDef, Span, Symbol};

pub enum Payload {
    Str(StrObj),
    BigInt(Rc<BigInt>),
    Complex(super::complex::C64),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    Set(RefCell<SetData>),
    FrozenSet(SetData),
    Bytes(Box<[u8]>),
    Range(Range),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Native(Box<NativeFunction>),
    BoundMethod(Box<BoundMethod>),
    Type(Box<TypeObj>),
    Instance(Instance),
    Module(Box<Module>),
    Cell(RefCell<Option<Value>>),
    Iter(RefCell<IterState>),
    /// `dict.keys()`/`values()`/`items()` views over a dict.
    DictView(Value, DictIterKind),
    Property(Box<PropertyObj>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Box<(ObjRef, Value)>),
    /// `weakref.ref`, `weakref.proxy` (see `runtime::weakref`).
    WeakRef(super::weakref::WeakRefData),
    /// A generator (its frame runs on a coroutine; see `eval::coro`).
    Generator(Box<crate::eval::coro::GenObj>),
    /// Singletons with no data: NotImplemented, Ellipsis.
    Singleton(&'static str),
    /// A `__slots__` member descriptor (see `runtime::slots`).
    Member(Box<Member>),
    /// A `code` object (see `eval::code_object`).
    Code(Box<crate::eval::code_object::CodeObj>),
}

impl Payload {
    /// Can an object of this kind need the VM's death hook even when
    /// nothing weakly references it (`__del__`, a weak reference dying, a
    /// type leaving caches, a suspended generator)? Must stay in step with
    /// `vm::death_hook`.
    #[inline]
    pub fn has_death_behaviour(&self) -> bool {
        matches!(
            self,
            Payload::Instance(_) | Payload::WeakRef(_) | Payload::Type(_) | Payload::Generator(_)
        )
    }
}

impl Drop for Payload {
    fn drop(&mut self) {
        // CPython releases list and tuple items from the last to the first.
        match self {
            Payload::List(l) => drop_reversed(std::mem::take(l.get_mut())),
            Payload::Tuple(t) => {
                for x in t.iter_mut().rev() {
                    drop(std::mem::replace(x, Value::None));
                }
            }
            Payload::Instance(Instance {
                base: Base::List(l),
                ..
            }) => drop_reversed(std::mem::take(l.get_mut())),
            _ => {}
        }
    }
}

/// Drop values last to first (CPython's order for list items).
pub fn drop_reversed(mut v: Vec<Value>) {
    while let Some(x) = v.pop() {
        drop(x);
    }
}

/// A `property`: getter, setter, deleter and doc (indexable as
/// `p[0..4]`), and the name `__set_name__` gave it (CPython's `prop_name`;
/// None until then).
pub struct PropertyObj {
    pub parts: [Value; 4],
    pub name: RefCell<Value>,
    /// What kind of attribute this stands for (a `property` made by Python
    /// code, or a read-only attribute of a built-in type).
    pub kind: PropertyKind,
}

/// A property's origin, which decides the error for writing it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum PropertyKind {
    /// `property(...)` from Python code.
    Python,
    /// A read-only member of a built-in type: "readonly attribute".
    Member,
    /// A getset without setter of the named built-in type: "attribute 'x'
    /// of 'int' objects is not writable".
    GetSet(&'static str),
}

impl PropertyObj {
    pub fn new(parts: [Value; 4], name: Value) -> Box<PropertyObj> {
        Box::new(PropertyObj {
            parts,
            name: RefCell::new(name),
            kind: PropertyKind::Python,
        })
    }
}

impl std::ops::Deref for PropertyObj {
    type Target = [Value; 4];
    fn deref(&self) -> &[Value; 4] {
        &self.parts
    }
}

pub struct StrObj {
    pub text: String,
    hash: Cell<Option<i64>>,
    /// Number of code points (Python's `len`).
    pub char_len: usize,
}

impl StrObj {
    pub fn new(text: String) -> StrObj {
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrObj {
            text,
            hash: Cell::new(None),
            char_len,
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    /// The str's hash (FNV-1a; CPython randomises str hashes per run, so no
    /// program can depend on the exact values).
    #[inline]
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let mut h: u64 = 0xcbf29ce484222325;
        for b in self.text.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let mut h = (h >> 1) as i64;
        if h == -1 {
            h = -2;
        }
        self.hash.set(Some(h));
        h
    }
}

#[derive(Clone, Copy)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub struct Function {
    pub def: Rc<FunctionDef>,
    pub source: Rc<SourceFile>,
    /// The name tracebacks show for this function's frames.
    pub tb_name: Rc<str>,
    /// The module's globals dict.
    pub globals: ObjRef,
    /// Defaults of the trailing positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Default per keyword-only parameter (in `params.kwonly` order).
    pub kwdefaults: RefCell<Vec<Option<Value>>>,
    pub closure: Box<[ObjRef]>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub module: Value,
    pub doc: RefCell<Value>,
    /// Function attributes (`f.x = 1`).
    pub attrs: RefCell<Dict>,
    /// `__annotations__`: the dict made at `def` time, or `None` until
    /// first asked for when the function has no annotations.
    pub annotations: RefCell<Value>,
}

/// Arguments handed to a native function.
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kw: &'a [(Symbol, Value)],
}

pub type NativeFn = fn(&crate::vm::Vm, Args) -> super::PyResult<Value>;

pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For built-in methods bound to an object (`[].append`).
    pub bound_self: Option<Value>,
    /// Owning type name for reprs (`<method 'append' of 'list' objects>`).
    pub owner: Option<&'static str>,
}

pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

/// Which built-in layout instances of a type use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Plain instances with a `__dict__`.
    Object,
    /// Instances carry exception state.
    Exception,
    /// Subclass of list: instances carry a list.
    List,
    /// Subclass of dict: instances carry a dict.
    Dict,
    /// Subclass of `weakref.ref`.
    WeakRef,
    /// Built-in, not subclassable via instances of `Payload::Instance`.
    Builtin,
}

pub const TF_HAS_DEL: u32 = 1;
pub const TF_HAS_GETATTR: u32 = 2;
pub const TF_HAS_SETATTR: u32 = 4;
pub const TF_HAS_GETATTRIBUTE: u32 = 8;
pub const TF_HEAPTYPE: u32 = 16;
pub const TF_BASETYPE: u32 = 32;
pub const TF_WEAKREFABLE: u32 = 64;
pub const TF_HAS_DELATTR: u32 = 128;
/// Some class on the MRO defines a data descriptor (property, `__set__`).
pub const TF_HAS_DATA_DESCR: u32 = 256;
/// Instances have no `__dict__`: only the names in `__slots__` along the
/// MRO may be set (they are stored in the instance's embedded dict).
pub const TF_SLOTS_ONLY: u32 = 512;
/// Some class on the MRO has `__slots__` members: their values live in the
/// instance's inline table, its other attributes in a separate dict.
pub const TF_HAS_SLOTS: u32 = 1024;
/// Instances match sequence patterns (CPython's `Py_TPFLAGS_SEQUENCE`): set
/// on `collections.abc.Sequence` and classes registered with it; found
/// along the MRO by `match`.
pub const TF_SEQUENCE: u32 = 2048;
/// Instances match mapping patterns (`Py_TPFLAGS_MAPPING`), as above.
pub const TF_MAPPING: u32 = 4096;
/// Instances hash by identity: `__hash__` along the MRO is a built-in one
/// (kept up to date by `update_type_flags`).
pub const TF_IDENTITY_HASH: u32 = 8192;
/// `__new__` along the MRO is `object.__new__` (kept up to date by
/// `update_type_flags`): construction may skip looking it up.
pub const TF_PLAIN_NEW: u32 = 16384;

/// A slot of a class with `__slots__`: `Cls.name` is this descriptor.
pub struct Member {
    pub name: Symbol,
    /// The defining class's name (for messages and the repr).
    pub owner: String,
}

pub struct TypeObj {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: RefCell<Dict>,
    pub layout: Layout,
    pub flags: Cell<u32>,
    /// A class created by a `class` statement refers to itself (CPython's
    /// `tp_mro` contains the class), so it lives until the cycle collector
    /// reclaims it, as in CPython.
    pub self_ref: RefCell<Option<ObjRef>>,
    /// The class's metaclass when it is not `type` (`class A(metaclass=M)`).
    pub metaclass: Option<ObjRef>,
    /// Weak references to the classes created with this one as a direct
    /// base, oldest first (CPython's `tp_subclasses`); dead ones are pruned
    /// when a subclass is added.
    pub subclasses: RefCell<Vec<Value>>,
    /// Names bound to data descriptors along the MRO (set with
    /// `TF_HAS_DATA_DESCR`): attribute access to any other name may use the
    /// instance dict directly.
    pub data_descriptors: RefCell<Box<[Symbol]>>,
    /// How many attributes its instances have been seen to get (the most
    /// any one got through an attribute store, capped): a new instance's
    /// table starts with room for that many, so it allocates once, at the
    /// right size (CPython sizes shared-key values arrays the same way).
    pub attr_hint: Cell<u8>,
}

/// Largest table [`TypeObj::attr_hint`] asks for.
const ATTR_HINT_MAX: usize = 16;

impl TypeObj {
    #[inline]
    pub fn has(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }

    /// An instance of this class now has `n` attributes after a store.
    #[inline]
    pub fn saw_attrs(&self, n: usize) {
        if n > self.attr_hint.get() as usize && n <= ATTR_HINT_MAX {
            self.attr_hint.set(n as u8);
        }
    }

    /// Is `name` a data descriptor somewhere along this class's MRO?
    #[inline]
    pub fn has_data_descriptor(&self, name: Symbol) -> bool {
        self.has(TF_HAS_DATA_DESCR) && self.has_data_descriptor_slow(name)
    }

    #[inline(never)]
    fn has_data_descriptor_slow(&self, name: Symbol) -> bool {
        self.data_descriptors.borrow().contains(&name)
    }
}

pub struct Instance {
    pub class: ObjRef,
    /// The attributes, stored inline until `obj.__dict__` is asked for or
    /// assigned; use [`Instance::attrs`], which knows where they live.
    /// (For classes with `__slots__` it holds the slot values instead.)
    pub inline_dict: RefCell<Dict>,
    /// The dict object that is `obj.__dict__`: once it exists the
    /// attributes live in it, so writes through it are seen by the instance
    /// (CPython's live `__dict__`). `obj.__dict__ = d` replaces it with `d`.
    /// (A `Cell`, read by taking and putting back, keeps every heap object
    /// one word smaller than a `RefCell` would.)
    pub shared_dict: Cell<Option<ObjRef>>,
    pub base: Base,
}

/// Where an instance's attributes live, as returned by
/// [`Instance::attrs`]: the inline table, or the `__dict__` object (held
/// by a counted handle, so a reassignment of `obj.__dict__` while this is
/// alive cannot free it).
pub enum AttrsRef<'a> {
    Inline(&'a RefCell<Dict>),
    Shared(ObjRef, &'a RefCell<Dict>),
}

impl std::ops::Deref for AttrsRef<'_> {
    type Target = RefCell<Dict>;
    #[inline]
    fn deref(&self) -> &RefCell<Dict> {
        match self {
            AttrsRef::Inline(d) => d,
            // The fallback is never used: only dict objects are installed.
            AttrsRef::Shared(o, fallback) => dict_cell(o).unwrap_or(fallback),
        }
    }
}

/// The dict storage of a dict object or of an instance of a dict subclass.
pub fn dict_cell(o: &ObjRef) -> Option<&RefCell<Dict>> {
    match &o.payload {
        Payload::Dict(d) => Some(d),
        Payload::Instance(Instance {
            base: Base::Dict(d),
            ..
        }) => Some(d),
        _ => None,
    }
}

impl Instance {
    /// A fresh instance with no attributes.
    pub fn new(class: ObjRef, base: Base) -> Instance {
        Instance::with_room(class, base, 0)
    }

    /// A fresh instance with no attributes and room for `room` of them.
    #[inline]
    pub fn with_room(class: ObjRef, base: Base, room: usize) -> Instance {
        Instance {
            class,
            inline_dict: RefCell::new(Dict::with_capacity(room)),
            shared_dict: Cell::new(None),
            base,
        }
    }

    /// Where the instance's attributes live.
    #[inline(always)]
    pub fn attrs(&self) -> AttrsRef<'_> {
        match self.shared_dict() {
            None => AttrsRef::Inline(&self.inline_dict),
            Some(o) => AttrsRef::Shared(o, &self.inline_dict),
        }
    }

    /// The dict object holding the attributes, once there is one.
    #[inline(always)]
    pub fn shared_dict(&self) -> Option<ObjRef> {
        let d = self.shared_dict.take();
        let copy = d.clone();
        self.shared_dict.set(d);
        copy
    }

    /// The dict object for `obj.__dict__`, created (with the attributes
    /// moved into it) on first use.
    pub fn dict_object(&self) -> ObjRef {
        if let Some(d) = self.shared_dict() {
            return d;
        }
        let moved = match self.inline_dict.try_borrow_mut() {
            Ok(mut d) => std::mem::take(&mut *d),
            Err(_) => Dict::new(),
        };
        let d = ObjRef::new(Payload::Dict(RefCell::new(moved)));
        self.shared_dict.set(Some(d.clone()));
        d
    }

    /// Make `dict` (a dict object, or an instance of a dict subclass) the
    /// instance's `__dict__`, or drop the dict when `None` (`del
    /// obj.__dict__`; the next use makes a fresh empty one). `slots_inline`
    /// says the inline table holds `__slots__` values, which stay. Returns
    /// what must be released *after* the instance is updated (CPython sets
    /// the new dict first, then releases the old one).
    pub fn replace_dict(&self, dict: Option<ObjRef>, slots_inline: bool) -> (Option<ObjRef>, Dict) {
        let dict = match dict {
            Some(d) => Some(d),
            // Slot values own the inline table: attributes need a dict.
            None if slots_inline => Some(ObjRef::new(Payload::Dict(RefCell::new(Dict::new())))),
            None => None,
        };
        let old = self.shared_dict.replace(dict);
        let old_inline = match (&old, slots_inline, self.inline_dict.try_borrow_mut()) {
            (None, false, Ok(mut d)) => std::mem::take(&mut *d),
            _ => Dict::new(),
        };
        (old, old_inline)
    }
}

/// Built-in state an instance inherits from a built-in base class.
pub enum Base {
    None,
    List(Box<RefCell<Vec<Value>>>),
    // The larger states are boxed so that every instance (and so every
    // heap object, `Payload` being an enum) stays small.
    Dict(Box<RefCell<Dict>>),
    Exception(Box<RefCell<ExcData>>),
    /// Subclass of `weakref.ref`.
    WeakRef(Box<super::weakref::WeakRefData>),
    /// Subclass of an immutable built-in (`int`, `float`, `str`, `tuple`,
    /// `bytes`): the built-in value the instance stands for.
    Value(Value),
}

pub struct ExcData {
    /// Always a tuple.
    pub args: Value,
    pub traceback: Vec<TraceEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// Locals and cells of the frames the exception left, innermost first
    /// (what CPython's traceback keeps alive through `tb_frame`).
    pub kept_frames: Vec<Value>,
    /// What a printed NameError/AttributeError may suggest instead.
    pub suggest: Option<crate::error::suggest::SuggestContext>,
    /// An exception group's state (boxed: most exceptions are not groups).
    pub group: Option<Box<GroupState>>,
    /// A `SyntaxError`'s `msg`, `filename`, `lineno`, ... (see
    /// `runtime::syntax_exc`); `None` until one of them is set.
    pub syntax: Option<Box<[Value; 8]>>,
}

pub struct GroupState {
    pub message: Value,
    /// Always a tuple.
    pub excs: Value,
    /// The frame an `except*` statement re-raised this group from: CPython
    /// re-raises without adding that frame to the traceback.
    pub reraised_in: Option<u64>,
}

#[derive(Clone)]
pub struct TraceEntry {
    pub source: Rc<SourceFile>,
    pub span: Span,
    pub func_name: Rc<str>,
    /// Which activation recorded this entry (one entry per frame).
    pub frame_id: u64,
}

pub struct Module {
    pub name: String,
    pub dict: ObjRef,
}

/// State of the built-in iterator objects.
pub enum IterState {
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        text: Value,
        byte_pos: usize,
    },
    DictKeys {
        dict: Value,
        idx: usize,
        len: usize,
        kind: DictIterKind,
    },
    Enumerate {
        inner: Value,
        count: i64,
    },
    Zip {
        iters: Vec<Value>,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// `iter(callable, sentinel)`
    CallIter {
        func: Value,
        sentinel: Value,
    },
    /// Iteration via `__getitem__` with increasing indexes.
    GetItem {
        obj: Value,
        idx: i64,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
    SetItems,
}
