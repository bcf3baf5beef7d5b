//! Unit tests for the resolver, on hand-built ASTs (the parser is separate).
//! Each test names the Python program it builds.

use super::test_ast::*;
use super::{resolve_expression, resolve_module};
use crate::syntax::ast::*;
use NameLoc::{Deref, Global, Local, Name};

fn resolve(body: Vec<Stmt>) -> Module {
    let mut m = module(body);
    if let Err(err) = resolve_module(&mut m) {
        panic!("unexpected error: {err:?}");
    }
    m
}

#[test]
fn module_names_are_global() {
    // x = 1; print(x)
    let m = resolve(vec![
        assign("x", num(1)),
        expr_stmt(call(name("print"), vec![name("x")])),
    ]);
    assert_eq!(loc(&m.body, "x"), Global);
    assert_eq!(loc(&m.body, "print"), Global);
}

#[test]
fn parameter_slots_come_first_in_order() {
    // def f(a, /, b, *args, c, **kw):
    //     x = 1; y = a; return len(x)
    let p = Params {
        posonly: vec![param("a")],
        args: vec![param("b")],
        vararg: Some(param("args")),
        kwonly: vec![param("c")],
        kwarg: Some(param("kw")),
    };
    let m = resolve(vec![def_p(
        "f",
        p,
        vec![
            assign("x", num(1)),
            assign("y", name("a")),
            ret(call(name("len"), vec![name("x"), name("kw"), name("args")])),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert_eq!(f.name_loc, Global);
    assert_eq!(
        f.scope.local_names,
        syms(&["a", "b", "c", "args", "kw", "x", "y"])
    );
    assert_eq!(f.scope.n_locals, 7);
    assert_eq!(loc(&f.body, "a"), Local(0));
    assert_eq!(loc(&f.body, "args"), Local(3));
    assert_eq!(loc(&f.body, "kw"), Local(4));
    assert_eq!(loc(&f.body, "x"), Local(5));
    assert_eq!(loc(&f.body, "y"), Local(6));
    assert_eq!(loc(&f.body, "len"), Global);
    assert!(f.scope.cellvars.is_empty() && f.scope.freevars.is_empty());
    assert!(!f.scope.is_generator);
}

/// def f(a):
///     x = 1
///     def g():
///         y = 2
///         def h():
///             return x + y + a
///         return h
///     return g
fn two_level_closure() -> Module {
    resolve(vec![def(
        "f",
        &["a"],
        vec![
            assign("x", num(1)),
            def(
                "g",
                &[],
                vec![
                    assign("y", num(2)),
                    def(
                        "h",
                        &[],
                        vec![ret(add(add(name("x"), name("y")), name("a")))],
                    ),
                    ret(name("h")),
                ],
            ),
            ret(name("g")),
        ],
    )])
}

#[test]
fn closures_cells_and_free_variables() {
    let m = two_level_closure();
    let f = as_fn(&m.body[0]);
    assert_eq!(f.scope.cellvars, syms(&["a", "x"]));
    assert_eq!(f.scope.cell_params, vec![(0, 0)]);
    assert_eq!(f.scope.local_names, syms(&["a", "g"]));
    assert_eq!(f.scope.n_locals, 2);
    assert_eq!(loc(&f.body, "x"), Deref(1));
    assert_eq!(loc(&f.body, "g"), Local(1));
    assert!(f.scope.freevars.is_empty() && f.scope.free_from_parent.is_empty());

    let g = as_fn(find(&f.body, "g"));
    assert_eq!(g.scope.cellvars, syms(&["y"]));
    // x and a pass through g on their way to h.
    assert_eq!(g.scope.freevars, syms(&["x", "a"]));
    assert_eq!(g.scope.free_from_parent, vec![1, 0]);
    assert_eq!(loc(&g.body, "y"), Deref(0));
    assert_eq!(loc(&g.body, "h"), Local(0));
    assert_eq!(g.scope.local_names, syms(&["h"]));

    let h = as_fn(find(&g.body, "h"));
    assert_eq!(h.scope.freevars, syms(&["x", "y", "a"]));
    assert_eq!(h.scope.free_from_parent, vec![1, 0, 2]);
    assert_eq!(loc(&h.body, "x"), Deref(0));
    assert_eq!(loc(&h.body, "y"), Deref(1));
    assert_eq!(loc(&h.body, "a"), Deref(2));
    assert_eq!(h.scope.n_locals, 0);
}

#[test]
fn qualnames_of_nested_functions() {
    let m = two_level_closure();
    let f = as_fn(&m.body[0]);
    let g = as_fn(find(&f.body, "g"));
    let h = as_fn(find(&g.body, "h"));
    assert_eq!(f.qualname, "f");
    assert_eq!(g.qualname, "f.<locals>.g");
    assert_eq!(h.qualname, "f.<locals>.g.<locals>.h");
}

#[test]
fn global_and_nonlocal_declarations() {
    // def f():
    //     global g
    //     g = 1
    //     x = 0
    //     def inc():
    //         nonlocal x
    //         x += 1
    //         return g
    //     return inc
    let m = resolve(vec![def(
        "f",
        &[],
        vec![
            global(&["g"]),
            assign("g", num(1)),
            assign("x", num(0)),
            def(
                "inc",
                &[],
                vec![nonlocal(&["x"]), aug("x", num(1)), ret(name("g"))],
            ),
            ret(name("inc")),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert_eq!(loc(&f.body, "g"), Global);
    assert_eq!(loc(&f.body, "x"), Deref(0));
    assert_eq!(f.scope.cellvars, syms(&["x"]));
    assert_eq!(f.scope.local_names, syms(&["inc"]));
    let inc = as_fn(find(&f.body, "inc"));
    assert_eq!(loc(&inc.body, "x"), Deref(0));
    assert_eq!(loc(&inc.body, "g"), Global);
    assert_eq!(inc.scope.freevars, syms(&["x"]));
    assert_eq!(inc.scope.free_from_parent, vec![0]);
    assert_eq!(inc.scope.n_locals, 0);
}

#[test]
fn global_in_middle_function_hides_outer_binding() {
    // def f():
    //     x = 1
    //     def g():
    //         global x
    //         def h(): return x
    let m = resolve(vec![def(
        "f",
        &[],
        vec![
            assign("x", num(1)),
            def(
                "g",
                &[],
                vec![global(&["x"]), def("h", &[], vec![ret(name("x"))])],
            ),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert_eq!(loc(&f.body, "x"), Local(0));
    let g = as_fn(find(&f.body, "g"));
    let h = as_fn(find(&g.body, "h"));
    assert_eq!(loc(&h.body, "x"), Global);
    assert!(h.scope.freevars.is_empty());
}

#[test]
fn class_body_names_and_methods() {
    // class C:
    //     a = 1
    //     global b
    //     b = a
    //     def m(self): return a
    let m = resolve(vec![class(
        "C",
        vec![
            assign("a", num(1)),
            global(&["b"]),
            assign("b", name("a")),
            def("m", &["self"], vec![ret(name("a"))]),
        ],
    )]);
    let c = as_class(&m.body[0]);
    assert_eq!(c.name_loc, Global);
    assert_eq!(c.qualname, "C");
    assert_eq!(loc(&c.body, "a"), Name);
    assert_eq!(loc(&c.body, "b"), Global);
    assert_eq!(loc(&c.body, "m"), Name);
    assert!(c.scope.cellvars.is_empty() && c.scope.freevars.is_empty());
    let meth = as_fn(find(&c.body, "m"));
    assert_eq!(meth.qualname, "C.m");
    // Class scopes don't form closures: `a` in the method is a global.
    assert_eq!(loc(&meth.body, "a"), Global);
    assert_eq!(meth.scope.local_names, syms(&["self"]));
}

#[test]
fn class_body_reads_enclosing_function_variable() {
    // def f():
    //     v = 1
    //     w = 2
    //     class C:
    //         a = v
    //         w = 3
    //         def m(self): return w
    //     return C
    let m = resolve(vec![def(
        "f",
        &[],
        vec![
            assign("v", num(1)),
            assign("w", num(2)),
            class(
                "C",
                vec![
                    assign("a", name("v")),
                    assign("w", num(3)),
                    def("m", &["self"], vec![ret(name("w"))]),
                ],
            ),
            ret(name("C")),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert_eq!(f.scope.cellvars, syms(&["v", "w"]));
    assert_eq!(loc(&f.body, "C"), Local(0));
    let c = as_class(find(&f.body, "C"));
    assert_eq!(c.qualname, "f.<locals>.C");
    // `w` is bound in the class but the method's `w` is f's: the class
    // passes it through while its own `w` stays a namespace name.
    assert_eq!(c.scope.freevars, syms(&["v", "w"]));
    assert_eq!(c.scope.free_from_parent, vec![0, 1]);
    assert_eq!(loc(&c.body, "v"), Deref(0));
    assert_eq!(loc(&c.body, "w"), Name);
    assert_eq!(loc(&c.body, "a"), Name);
    let meth = as_fn(find(&c.body, "m"));
    assert_eq!(meth.qualname, "f.<locals>.C.m");
    assert_eq!(meth.scope.freevars, syms(&["w"]));
    assert_eq!(meth.scope.free_from_parent, vec![1]);
    assert_eq!(loc(&meth.body, "w"), Deref(0));
}

#[test]
fn class_nonlocal_stores_into_the_function_cell() {
    // def f():
    //     x = 1
    //     class C:
    //         nonlocal x
    //         x = 2
    let m = resolve(vec![def(
        "f",
        &[],
        vec![
            assign("x", num(1)),
            class("C", vec![nonlocal(&["x"]), assign("x", num(2))]),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert_eq!(loc(&f.body, "x"), Deref(0));
    let c = as_class(find(&f.body, "C"));
    assert_eq!(loc(&c.body, "x"), Deref(0));
    assert_eq!(c.scope.free_from_parent, vec![0]);
}

#[test]
fn super_creates_class_cell() {
    // class C:
    //     def m(self): return super().m()
    //     def n(self):
    //         def inner(): return __class__
    //         return inner
    //     def plain(self): return self
    let m = resolve(vec![class(
        "C",
        vec![
            def(
                "m",
                &["self"],
                vec![ret(call(attr(call(name("super"), vec![]), "m"), vec![]))],
            ),
            def(
                "n",
                &["self"],
                vec![
                    def("inner", &[], vec![ret(name("__class__"))]),
                    ret(name("inner")),
                ],
            ),
            def("plain", &["self"], vec![ret(name("self"))]),
        ],
    )]);
    let c = as_class(&m.body[0]);
    assert_eq!(c.scope.cellvars, syms(&["__class__"]));
    assert!(c.scope.freevars.is_empty());
    let meth = as_fn(find(&c.body, "m"));
    assert_eq!(meth.scope.freevars, syms(&["__class__"]));
    assert_eq!(meth.scope.free_from_parent, vec![0]);
    let n = as_fn(find(&c.body, "n"));
    assert_eq!(n.scope.freevars, syms(&["__class__"]));
    assert_eq!(n.scope.free_from_parent, vec![0]);
    let inner = as_fn(find(&n.body, "inner"));
    assert_eq!(inner.qualname, "C.n.<locals>.inner");
    assert_eq!(loc(&inner.body, "__class__"), Deref(0));
    assert_eq!(inner.scope.free_from_parent, vec![0]);
    let plain = as_fn(find(&c.body, "plain"));
    assert!(plain.scope.freevars.is_empty());
}

#[test]
fn super_at_module_level_is_just_a_global() {
    // def f(): return super()
    let m = resolve(vec![def("f", &[], vec![ret(call(name("super"), vec![]))])]);
    let f = as_fn(&m.body[0]);
    assert!(f.scope.freevars.is_empty());
    assert_eq!(loc(&f.body, "super"), Global);
}

#[test]
fn comprehension_scope_and_walrus_in_function() {
    // def f(xs):
    //     r = [y * k for y in xs if (z := y)]
    //     return z
    let lc = comp(
        CompKind::List,
        add(name("y"), name("k")),
        vec![("y", name("xs"), vec![walrus("z", name("y"))])],
    );
    let m = resolve(vec![def(
        "f",
        &["xs"],
        vec![
            st(StmtKind::Assign {
                targets: vec![name("r")],
                value: lc,
            }),
            ret(name("z")),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert_eq!(loc(&f.body, "xs"), Local(0));
    assert_eq!(loc(&f.body, "r"), Local(1));
    assert_eq!(loc(&f.body, "z"), Deref(0));
    assert_eq!(f.scope.cellvars, syms(&["z"]));
    let c = as_comp(&f.body[0]);
    assert_eq!(c.qualname, "f.<locals>.<listcomp>");
    assert_eq!(c.scope.local_names, syms(&[".0", "y"]));
    assert_eq!(c.scope.n_locals, 2);
    assert_eq!(c.scope.freevars, syms(&["z"]));
    assert_eq!(c.scope.free_from_parent, vec![0]);
    assert!(!c.scope.is_generator);
    let ExprKind::BinOp(l, _, r) = &c.elt.kind else {
        panic!("elt")
    };
    assert!(matches!(l.kind, ExprKind::Name(_, Local(1))));
    assert!(matches!(r.kind, ExprKind::GlobalName(..)));
    let ExprKind::NamedExpr(t, _) = &c.generators[0].ifs[0].kind else {
        panic!("walrus")
    };
    assert!(matches!(t.kind, ExprKind::Name(_, Deref(0))));
    // The loop variable stays inside: y is not a local of f.
    assert!(!f.scope.local_names.contains(&sym("y")));
}

#[test]
fn module_comprehension_walrus_is_global() {
    // [(w := i) for i in range(3)]
    // (v for j in a for v in j)
    let m = resolve(vec![
        expr_stmt(comp(
            CompKind::List,
            walrus("w", name("i")),
            vec![("i", call(name("range"), vec![num(3)]), vec![])],
        )),
        expr_stmt(comp(
            CompKind::Generator,
            name("v"),
            vec![("j", name("a"), vec![]), ("v", name("j"), vec![])],
        )),
    ]);
    let c = as_comp(&m.body[0]);
    assert_eq!(c.qualname, "<listcomp>");
    assert_eq!(loc(&m.body, "range"), Global);
    let ExprKind::NamedExpr(t, v) = &c.elt.kind else {
        panic!("walrus")
    };
    assert!(matches!(t.kind, ExprKind::Name(_, Global)));
    assert!(matches!(v.kind, ExprKind::Name(_, Local(1))));
    assert_eq!(c.scope.local_names, syms(&[".0", "i"]));
    let g = as_comp(&m.body[1]);
    assert_eq!(g.qualname, "<genexpr>");
    assert!(g.scope.is_generator);
    assert_eq!(g.scope.local_names, syms(&[".0", "j", "v"]));
    assert!(matches!(
        g.generators[1].iter.kind,
        ExprKind::Name(_, Local(1))
    ));
    assert!(matches!(g.elt.kind, ExprKind::Name(_, Local(2))));
}

#[test]
fn comprehension_in_class_skips_class_scope() {
    // class C:
    //     a = 1
    //     b = [a for _ in a]
    let m = resolve(vec![class(
        "C",
        vec![
            assign("a", num(1)),
            assign(
                "b",
                comp(CompKind::List, name("a"), vec![("_", name("a"), vec![])]),
            ),
        ],
    )]);
    let c = as_class(&m.body[0]);
    // The first iterable is evaluated in the class body...
    assert_eq!(loc(&c.body, "a"), Name);
    let lc = as_comp(&c.body[1]);
    assert_eq!(lc.qualname, "C.<listcomp>");
    // ... but the element cannot see the class namespace.
    assert!(matches!(lc.elt.kind, ExprKind::GlobalName(..)));
}

#[test]
fn lambdas_are_function_scopes() {
    // class C:
    //     def m(self, d):
    //         return lambda x, y=d: x + self
    let lam = lambda(&["x", "y"], add(name("x"), name("self")));
    let lam = {
        let mut lam = lam;
        if let ExprKind::Lambda(f) = &mut lam.kind {
            if let Some(f) = std::rc::Rc::get_mut(f) {
                f.params.args[1].default = Some(name("d"));
            }
        }
        lam
    };
    let m = resolve(vec![class(
        "C",
        vec![def("m", &["self", "d"], vec![ret(lam)])],
    )]);
    let c = as_class(&m.body[0]);
    let meth = as_fn(find(&c.body, "m"));
    assert_eq!(meth.scope.cellvars, syms(&["self"]));
    assert_eq!(meth.scope.cell_params, vec![(0, 0)]);
    assert_eq!(meth.scope.local_names, syms(&["self", "d"]));
    let l = as_lambda(&meth.body[0]);
    assert_eq!(l.qualname, "C.m.<locals>.<lambda>");
    assert_eq!(l.scope.local_names, syms(&["x", "y"]));
    assert_eq!(l.scope.freevars, syms(&["self"]));
    assert_eq!(l.scope.free_from_parent, vec![0]);
    // The default is evaluated in the method.
    let d = l.params.args[1].default.as_ref().map(|d| &d.kind);
    assert!(matches!(d, Some(ExprKind::Name(_, Local(1)))));
    let ExprKind::BinOp(x, _, s) = &match &l.body[0].kind {
        StmtKind::Return(Some(x)) => x,
        _ => panic!("lambda body"),
    }
    .kind
    else {
        panic!("binop")
    };
    assert!(matches!(x.kind, ExprKind::Name(_, Local(0))));
    assert!(matches!(s.kind, ExprKind::Name(_, Deref(0))));
}

#[test]
fn global_function_keeps_bare_qualname() {
    // def f():
    //     global h
    //     def h(): pass
    //     def k(): pass
    //     g = lambda: [lambda: 0 for _ in 'a']
    let inner = comp(
        CompKind::List,
        lambda(&[], num(0)),
        vec![("_", num(0), vec![])],
    );
    let m = resolve(vec![def(
        "f",
        &[],
        vec![
            global(&["h"]),
            def("h", &[], vec![st(StmtKind::Pass)]),
            def("k", &[], vec![st(StmtKind::Pass)]),
            assign("g", lambda(&[], inner)),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert_eq!(as_fn(find(&f.body, "h")).qualname, "h");
    assert_eq!(loc(&f.body, "h"), Global);
    assert_eq!(as_fn(find(&f.body, "k")).qualname, "f.<locals>.k");
    let g = as_lambda(&f.body[3]);
    assert_eq!(g.qualname, "f.<locals>.<lambda>");
    let lc = match &g.body[0].kind {
        StmtKind::Return(Some(Expr {
            kind: ExprKind::Comp(c),
            ..
        })) => c,
        _ => panic!("comp"),
    };
    assert_eq!(lc.qualname, "f.<locals>.<lambda>.<locals>.<listcomp>");
    let ExprKind::Lambda(l) = &lc.elt.kind else {
        panic!("lambda")
    };
    assert_eq!(
        l.qualname,
        "f.<locals>.<lambda>.<locals>.<listcomp>.<lambda>"
    );
}

#[test]
fn generators_and_other_bindings() {
    // def f(m):
    //     import os.path
    //     for i in m: yield i
    //     try: pass
    //     except E as e: print(e)
    let handler = ExceptHandler {
        typ: Some(name("E")),
        name: Some((sym("e"), NameLoc::Unresolved)),
        body: vec![expr_stmt(call(name("print"), vec![name("e")]))],
        span: Span::default(),
        star: false,
    };
    let import = st(StmtKind::Import(vec![Alias {
        name: "os.path".into(),
        asname: None,
        target: sym("os"),
        loc: NameLoc::Unresolved,
        span: Span::default(),
    }]));
    let m = resolve(vec![def(
        "f",
        &["m"],
        vec![
            import,
            for_("i", name("m"), vec![expr_stmt(yield_(Some(name("i"))))]),
            st(StmtKind::Try {
                body: vec![st(StmtKind::Pass)],
                handlers: vec![handler],
                orelse: vec![],
                finalbody: vec![],
            }),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert!(f.scope.is_generator);
    assert_eq!(f.scope.local_names, syms(&["m", "os", "i", "e"]));
    assert_eq!(loc(&f.body, "os"), Local(1));
    assert_eq!(loc(&f.body, "e"), Local(3));
    assert_eq!(loc(&f.body, "E"), Global);
}

#[test]
fn resolve_expression_is_module_level() {
    // eval("[x for x in y] + (lambda q: q + z)(1)")
    let mut x = add(
        comp(CompKind::List, name("x"), vec![("x", name("y"), vec![])]),
        call(lambda(&["q"], add(name("q"), name("z"))), vec![num(1)]),
    );
    assert_eq!(resolve_expression(&mut x), Ok(()));
    let ExprKind::BinOp(l, _, _) = &x.kind else {
        panic!("binop")
    };
    let ExprKind::Comp(c) = &l.kind else {
        panic!("comp")
    };
    assert!(matches!(
        c.generators[0].iter.kind,
        ExprKind::GlobalName(..)
    ));
    assert!(matches!(c.elt.kind, ExprKind::Name(_, Local(1))));
    assert_eq!(c.qualname, "<listcomp>");
}

#[test]
fn unpacking_and_del_targets() {
    // def f(x):
    //     a, (b, *c) = x
    //     del a
    //     x.y = b
    let target = tuple(vec![
        name("a"),
        tuple(vec![name("b"), e(ExprKind::Starred(Box::new(name("c"))))]),
    ]);
    let m = resolve(vec![def(
        "f",
        &["x"],
        vec![
            st(StmtKind::Assign {
                targets: vec![target],
                value: name("x"),
            }),
            st(StmtKind::Delete(vec![name("a")])),
            st(StmtKind::Assign {
                targets: vec![attr(name("x"), "y")],
                value: name("b"),
            }),
        ],
    )]);
    let f = as_fn(&m.body[0]);
    assert_eq!(f.scope.local_names, syms(&["x", "a", "b", "c"]));
    assert_eq!(loc(&f.body, "x"), Local(0));
    assert_eq!(loc(&f.body, "b"), Local(2));
}
