//! The abstract syntax tree: what the parser produces and the resolver annotates.
//!
//! Owns the shape of every statement and expression. Every node carries a
//! [`Span`] (byte offsets into its source text). Name-binding information
//! (`NameLoc`, `ScopeInfo`) starts out empty (`NameLoc::Unresolved`,
//! `ScopeInfo::default()`) and is filled in by `sema::scope`; the evaluator only
//! ever reads it. This module holds no behaviour beyond small constructors.

use std::rc::Rc;

use num_bigint::BigInt;

pub use super::intern::Symbol;

/// Byte range `[start, end)` in the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// Where a name lives at run time; decided by the resolver.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum NameLoc {
    /// Not yet resolved (the parser's output).
    #[default]
    Unresolved,
    /// A fast local: index into the frame's slot vector.
    Local(u32),
    /// A cell: index into the frame's cells (this scope's cellvars first,
    /// then its freevars).
    Deref(u32),
    /// Module globals, then builtins (LOAD_GLOBAL).
    Global,
    /// Class-body / module-level lookup: the local namespace dict, then
    /// globals, then builtins (LOAD_NAME). Stores go to the namespace dict.
    Name,
}

/// Per-scope layout facts for a function, lambda, comprehension or class body.
#[derive(Clone, Debug, Default)]
pub struct ScopeInfo {
    /// Number of fast-local slots. Parameters occupy the first slots in the
    /// order: positional-only, positional-or-keyword, keyword-only, `*args`,
    /// `**kwargs`.
    pub n_locals: u32,
    /// Name of each local slot (for error messages and `locals()`).
    pub local_names: Vec<Symbol>,
    /// Names of the cells this scope creates (captured by inner scopes).
    pub cellvars: Vec<Symbol>,
    /// Parameters that live in a cell: (parameter slot, cell index). At call
    /// time the argument is moved from the slot into a fresh cell.
    pub cell_params: Vec<(u32, u32)>,
    /// Names this scope takes from its enclosing scope's cells, in order; cell
    /// index `cellvars.len() + i` in this scope's frame.
    pub freevars: Vec<Symbol>,
    /// For each freevar: the cell index *in the enclosing scope's frame* to
    /// capture when the function/class object is created.
    pub free_from_parent: Vec<u32>,
    /// The scope contains `yield` (functions only).
    pub is_generator: bool,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
    /// Module scope: all names are `Global`; exists for uniformity.
    pub scope: ScopeInfo,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `a = b = value`: targets left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Pass,
    Return(Option<Expr>),
    FunctionDef(Rc<FunctionDef>),
    ClassDef(Rc<ClassDef>),
    Delete(Vec<Expr>),
    Global(Vec<Symbol>),
    Nonlocal(Vec<Symbol>),
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `import a.b as c, d`
    Import(Vec<Alias>),
    /// `from .mod import a as b, c` / `from mod import *` (names empty, star true)
    ImportFrom {
        module: Option<String>,
        level: u32,
        names: Vec<Alias>,
        star: bool,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `match subject:` with its case blocks (PEP 634).
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
}

/// One `case pattern [if guard]: body` of a match statement.
#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A name bound by a pattern (never `_`).
#[derive(Clone, Debug)]
pub struct Capture {
    pub name: Symbol,
    pub loc: NameLoc,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

/// Pattern shapes, as CPython's `ast.pattern` nodes.
#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal (number, complex, string) or dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True`, `False`, compared with `is`.
    Singleton(Constant),
    /// `[p, *rest]` / `(p, q)`; at most one `Star` element.
    Sequence(Vec<Pattern>),
    /// `*name` / `*_` inside a sequence pattern.
    Star(Option<Capture>),
    /// `{key: p, **rest}`; keys are literal or dotted-name expressions.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Capture>,
    },
    /// `Cls(p, attr=q)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_names: Vec<(Symbol, Span)>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `p as name`; with no pattern a capture (`name`) or the wildcard `_`.
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Capture>,
    },
    /// `p | q | ...`
    Or(Vec<Pattern>),
}

#[derive(Clone, Debug)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    /// `except E as name`: the bound name and where it lives.
    pub name: Option<(Symbol, NameLoc)>,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// `except* E`: the clause matches part of an exception group.
    pub star: bool,
}

#[derive(Clone, Debug)]
pub struct Alias {
    /// Dotted module path (`import a.b`) or imported attribute (`from m import x`).
    pub name: String,
    pub asname: Option<Symbol>,
    /// The name actually bound: `asname`, else (for `import a.b`) `a`, else `name`.
    pub target: Symbol,
    pub loc: NameLoc,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: Symbol,
    pub default: Option<Expr>,
    pub annotation: Option<Expr>,
    pub span: Span,
}

/// A parameter list. Slot order: `posonly`, `args`, `kwonly`, `vararg`, `kwarg`.
#[derive(Clone, Debug, Default)]
pub struct Params {
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug)]
pub struct FunctionDef {
    /// `<lambda>` for lambdas.
    pub name: Symbol,
    pub params: Params,
    /// A lambda's body is a single `Return` statement.
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_lambda: bool,
    /// Where the def statement binds the function's name (not used for lambdas).
    pub name_loc: NameLoc,
    /// Dotted qualified name (`Outer.method.<locals>.inner`); set by the resolver.
    pub qualname: String,
    pub scope: ScopeInfo,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: Symbol,
    pub bases: Vec<Expr>,
    pub keywords: Vec<(Symbol, Expr)>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub name_loc: NameLoc,
    pub qualname: String,
    /// Class-body scope: names are `NameLoc::Name`; `cellvars` may contain
    /// `__class__` when a method uses `super()` or `__class__`.
    pub scope: ScopeInfo,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    /// Imaginary literal `3j` (value of the imaginary part).
    Imag(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
}

#[derive(Clone, Debug)]
pub enum FStringPart {
    Literal(Rc<str>),
    Formatted {
        value: Box<Expr>,
        /// `!r`, `!s`, `!a`
        conversion: Option<char>,
        /// Format spec, itself possibly containing replacement fields.
        spec: Option<Vec<FStringPart>>,
        /// `f"{x=}"`: the literal text `x=` to print first (then repr by default).
        debug_text: Option<Rc<str>>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug)]
pub enum Arg {
    Positional(Expr),
    /// `*iterable`
    Starred(Expr),
    Keyword(Symbol, Expr),
    /// `**mapping`
    DoubleStarred(Expr),
}

#[derive(Clone, Debug)]
pub struct CompFor {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

/// A comprehension runs in its own function scope (Python 3). The first
/// generator's `iter` is evaluated in the enclosing scope and passed in as
/// the scope's local slot 0 (named `.0`); everything else is inside.
#[derive(Clone, Debug)]
pub struct Comprehension {
    pub kind: CompKind,
    /// The element (the key for dict comprehensions).
    pub elt: Expr,
    /// The value, for dict comprehensions only.
    pub value: Option<Expr>,
    pub generators: Vec<CompFor>,
    pub scope: ScopeInfo,
    /// `<listcomp>`, `<genexpr>`, ... qualified; set by the resolver.
    pub qualname: String,
}

/// The evaluator's memo for one global-name read: which dict held the name
/// and at which entry, valid while that dict layout (a globally unique
/// `Dict::version`) is unchanged. Written only by the evaluator.
#[derive(Clone, Debug, Default)]
pub struct GlobalSite {
    /// Layout version of the globals dict when the name was found.
    pub globals_version: std::cell::Cell<u64>,
    /// Layout version of the builtins dict, when found there.
    pub builtins_version: std::cell::Cell<u64>,
    /// Entry index in the dict that held the name.
    pub slot: std::cell::Cell<u32>,
    pub in_builtins: std::cell::Cell<bool>,
}

/// The evaluator's memo for one `obj.name` site: the entry index at which
/// an instance dict held `name` last time, and the address of the interned
/// key object found there (0 if none). Instances of one class usually
/// store their attributes in the same order, so the next instance is
/// checked at that index first (by key address) before any search.
#[derive(Clone, Debug, Default)]
pub struct AttrSite {
    pub slot: std::cell::Cell<u32>,
    pub key: std::cell::Cell<usize>,
}

/// The operands of [`ExprKind::LocalIntOp`] and [`ExprKind::LocalIntCompare`]:
/// the local's name and frame slot, the operator, the constant.
#[derive(Clone, Copy, Debug)]
pub struct LocalInt<Op> {
    pub name: Symbol,
    pub slot: u32,
    pub op: Op,
    pub rhs: i64,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Name(Symbol, NameLoc),
    /// A read of a name resolved as `NameLoc::Global` (the resolver turns
    /// such `Name` loads into this), with its lookup memo.
    GlobalName(Symbol, Box<GlobalSite>),
    /// `local op int` (`n - 1`, `i % 10`): a `BinOp` whose left operand is
    /// a fast local and whose right is an int constant, rewritten by the
    /// resolver so that small-int arithmetic builds no operand values.
    LocalIntOp(LocalInt<BinOp>),
    /// `local cmp int` (`n < 2`), rewritten likewise from a one-operator
    /// `Compare` (ordering and equality operators only).
    LocalIntCompare(LocalInt<CmpOp>),
    Const(Constant),
    JoinedStr(Vec<FStringPart>),
    BinOp(Box<Expr>, BinOp, Box<Expr>),
    UnaryOp(UnaryOp, Box<Expr>),
    BoolOp(BoolOp, Vec<Expr>),
    /// `a < b <= c`: left, then (op, operand) pairs.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Arg>,
    },
    Attribute(Box<Expr>, Symbol, AttrSite),
    Subscript(Box<Expr>, Box<Expr>),
    /// `lower:upper:step` (only inside a subscript; may appear in a Tuple there).
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Starred(Box<Expr>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    /// Key `None` means `**mapping` splat of the value.
    Dict(Vec<(Option<Expr>, Expr)>),
    Comp(Rc<Comprehension>),
    Lambda(Rc<FunctionDef>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `target := value` (target is always a Name).
    NamedExpr(Box<Expr>, Box<Expr>),
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }
}

impl Stmt {
    pub fn new(kind: StmtKind, span: Span) -> Stmt {
        Stmt { kind, span }
    }
}
