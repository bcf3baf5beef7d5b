//! Resolver error tests (CPython 3.11's messages and spans) and robustness
//! tests (shared nodes, very deep nesting), on hand-built ASTs.

use super::resolve_module;
use super::test_ast::*;
use crate::syntax::ast::*;

fn resolve(body: Vec<Stmt>) -> Module {
    let mut m = module(body);
    if let Err(err) = resolve_module(&mut m) {
        panic!("unexpected error: {err:?}");
    }
    m
}

fn err_at(body: Vec<Stmt>) -> (String, Span) {
    let mut m = module(body);
    match resolve_module(&mut m) {
        Ok(()) => panic!("expected an error"),
        Err(err) => (err.msg, err.span),
    }
}

#[test]
fn return_and_yield_outside_function() {
    let (msg, span) = err_at(vec![with_span(ret(num(1)), at(7))]);
    assert_eq!((msg.as_str(), span), ("'return' outside function", at(7)));
    // def f():
    //     class C: return 1
    let (msg, _) = err_at(vec![def("f", &[], vec![class("C", vec![ret(num(1))])])]);
    assert_eq!(msg, "'return' outside function");
    let (msg, _) = err_at(vec![expr_stmt(yield_(None))]);
    assert_eq!(msg, "'yield' outside function");
    let (msg, _) = err_at(vec![class("C", vec![expr_stmt(yield_(None))])]);
    assert_eq!(msg, "'yield' outside function");
}

#[test]
fn yield_inside_comprehension() {
    // def f(): [(yield 1) for x in y]
    let lc = comp(
        CompKind::List,
        yield_(Some(num(1))),
        vec![("x", name("y"), vec![])],
    );
    let (msg, _) = err_at(vec![def("f", &[], vec![expr_stmt(lc)])]);
    assert_eq!(msg, "'yield' inside list comprehension");
    let ge = comp(
        CompKind::Generator,
        yield_(None),
        vec![("x", name("y"), vec![])],
    );
    let (msg, _) = err_at(vec![def("f", &[], vec![expr_stmt(ge)])]);
    assert_eq!(msg, "'yield' inside generator expression");
    // def f(): [x for x in (yield y)] is fine: the first iterable is outside.
    let ok = comp(
        CompKind::List,
        name("x"),
        vec![("x", yield_(Some(name("y"))), vec![])],
    );
    let m = resolve(vec![def("f", &[], vec![expr_stmt(ok)])]);
    assert!(as_fn(&m.body[0]).scope.is_generator);
}

#[test]
fn break_and_continue_outside_loop() {
    let (msg, span) = err_at(vec![with_span(st(StmtKind::Break), at(3))]);
    assert_eq!((msg.as_str(), span), ("'break' outside loop", at(3)));
    let (msg, _) = err_at(vec![st(StmtKind::Continue)]);
    assert_eq!(msg, "'continue' not properly in loop");
    // for x in y:
    //     def f(): break
    let (msg, _) = err_at(vec![for_(
        "x",
        name("y"),
        vec![def("f", &[], vec![st(StmtKind::Break)])],
    )]);
    assert_eq!(msg, "'break' outside loop");
    // while 1:
    //     class C: continue
    let (msg, _) = err_at(vec![while_(vec![class("C", vec![st(StmtKind::Continue)])])]);
    assert_eq!(msg, "'continue' not properly in loop");
    // for x in y: pass
    // else: break
    let (msg, _) = err_at(vec![st(StmtKind::For {
        target: name("x"),
        iter: name("y"),
        body: vec![st(StmtKind::Pass)],
        orelse: vec![st(StmtKind::Break)],
    })]);
    assert_eq!(msg, "'break' outside loop");
    // Inside loops both are fine.
    resolve(vec![while_(vec![
        st(StmtKind::Break),
        for_("i", name("y"), vec![st(StmtKind::Continue)]),
    ])]);
}

#[test]
fn symtable_errors_win_over_compiler_errors() {
    // break
    // def f(): nonlocal x
    let (msg, span) = err_at(vec![
        st(StmtKind::Break),
        def("f", &[], vec![with_span(nonlocal(&["x"]), at(9))]),
    ]);
    assert_eq!(
        (msg.as_str(), span),
        ("no binding for nonlocal 'x' found", at(9))
    );
}

#[test]
fn nonlocal_errors() {
    let (msg, span) = err_at(vec![with_span(nonlocal(&["x"]), at(1))]);
    assert_eq!(
        (msg.as_str(), span),
        ("nonlocal declaration not allowed at module level", at(1))
    );
    // class C: nonlocal x
    let (msg, _) = err_at(vec![class("C", vec![nonlocal(&["x"])])]);
    assert_eq!(msg, "no binding for nonlocal 'x' found");
    // def f(x): nonlocal x
    let (msg, _) = err_at(vec![def("f", &["x"], vec![nonlocal(&["x"])])]);
    assert_eq!(msg, "name 'x' is parameter and nonlocal");
    // A class variable is no binding for nonlocal:
    // class C:
    //     x = 1
    //     def m(self): nonlocal x
    let (msg, _) = err_at(vec![class(
        "C",
        vec![
            assign("x", num(1)),
            def("m", &["self"], vec![nonlocal(&["x"])]),
        ],
    )]);
    assert_eq!(msg, "no binding for nonlocal 'x' found");
    // def f():
    //     global x
    //     nonlocal x
    let (msg, span) = err_at(vec![def(
        "f",
        &[],
        vec![with_span(global(&["x"]), at(4)), nonlocal(&["x"])],
    )]);
    assert_eq!(
        (msg.as_str(), span),
        ("name 'x' is nonlocal and global", at(4))
    );
}

#[test]
fn global_declaration_errors() {
    // def f(x): global x
    let (msg, span) = err_at(vec![def(
        "f",
        &["x"],
        vec![with_span(global(&["x"]), at(2))],
    )]);
    assert_eq!(
        (msg.as_str(), span),
        ("name 'x' is parameter and global", at(2))
    );
    // def f():
    //     print(x)
    //     global x
    let (msg, _) = err_at(vec![def(
        "f",
        &[],
        vec![
            expr_stmt(call(name("print"), vec![name("x")])),
            global(&["x"]),
        ],
    )]);
    assert_eq!(msg, "name 'x' is used prior to global declaration");
    // x = 1
    // global x
    let (msg, _) = err_at(vec![assign("x", num(1)), global(&["x"])]);
    assert_eq!(msg, "name 'x' is assigned to before global declaration");
    // def f():
    //     def g(): x = 2; nonlocal x
    let (msg, _) = err_at(vec![def(
        "f",
        &[],
        vec![
            assign("x", num(1)),
            def("g", &[], vec![assign("x", num(2)), nonlocal(&["x"])]),
        ],
    )]);
    assert_eq!(msg, "name 'x' is assigned to before nonlocal declaration");
}

#[test]
fn duplicate_argument() {
    let mut p = params(&["a", "b"]);
    p.kwonly.push(Param {
        span: at(5),
        ..param("a")
    });
    let (msg, span) = err_at(vec![def_p("f", p, vec![])]);
    assert_eq!(
        (msg.as_str(), span),
        ("duplicate argument 'a' in function definition", at(5))
    );
    let (msg, _) = err_at(vec![expr_stmt(lambda(&["a", "a"], num(1)))]);
    assert_eq!(msg, "duplicate argument 'a' in function definition");
}

#[test]
fn walrus_errors() {
    // class C: [(y := 1) for x in z]
    let lc = comp(
        CompKind::List,
        walrus("y", num(1)),
        vec![("x", name("z"), vec![])],
    );
    let (msg, _) = err_at(vec![class("C", vec![expr_stmt(lc)])]);
    assert_eq!(
        msg,
        "assignment expression within a comprehension cannot be used in a class body"
    );
    // def f(): [(x := 1) for x in y]
    let lc = comp(
        CompKind::List,
        walrus("x", num(1)),
        vec![("x", name("y"), vec![])],
    );
    let (msg, _) = err_at(vec![def("f", &[], vec![expr_stmt(lc)])]);
    assert_eq!(
        msg,
        "assignment expression cannot rebind comprehension iteration variable 'x'"
    );
    // def f(): [x for x in (y := [1])]
    let lc = comp(
        CompKind::List,
        name("x"),
        vec![("x", walrus("y", num(1)), vec![])],
    );
    let (msg, _) = err_at(vec![def("f", &[], vec![expr_stmt(lc)])]);
    assert_eq!(
        msg,
        "assignment expression cannot be used in a comprehension iterable expression"
    );
}

#[test]
fn import_star_only_at_module_level() {
    let star = || {
        st(StmtKind::ImportFrom {
            module: Some("m".into()),
            level: 0,
            names: vec![],
            star: true,
        })
    };
    resolve(vec![star()]);
    let (msg, _) = err_at(vec![def("f", &[], vec![star()])]);
    assert_eq!(msg, "import * only allowed at module level");
}

#[test]
fn shared_node_is_an_error_not_a_panic() {
    let f = std::rc::Rc::new(funcdef("f", Params::default(), vec![], false));
    let _other = f.clone();
    let (msg, _) = err_at(vec![st(StmtKind::FunctionDef(f))]);
    assert_eq!(msg, "internal: shared AST node");
}

#[test]
fn deep_expression_nesting() {
    // 1+1+...+1 with 100,000 terms (100,000 levels deep).
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(|| {
        let mut x = name("a");
        for _ in 0..100_000 {
            x = add(x, name("b"));
        }
        let mut m = module(vec![expr_stmt(x)]);
        let r = resolve_module(&mut m);
        // Dropping a deep tree recurses too: done on this big stack.
        drop(m);
        r
    });
    let result = worker.map(|h| h.join());
    assert!(matches!(result, Ok(Ok(Ok(())))));
}

#[test]
#[ignore = "measures stack use; run with WISP_STACK_KB=<n> --ignored"]
fn deep_nesting_stack_probe() {
    let kb: usize = std::env::var("WISP_STACK_KB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1 << 20);
    let worker = std::thread::Builder::new().stack_size(kb * 1024).spawn(|| {
        let mut x = name("a");
        for _ in 0..100_000 {
            x = add(x, name("b"));
        }
        let mut m = module(vec![expr_stmt(x)]);
        let r = resolve_module(&mut m);
        std::mem::forget(m);
        r
    });
    assert!(matches!(worker.map(|h| h.join()), Ok(Ok(Ok(())))));
}
