//! The `match` statement in the front end: soft keywords, pattern shapes and
//! the parser's pattern errors (CPython 3.11's wording).

use super::m;

#[test]
fn soft_keywords_stay_names() {
    assert_eq!(m("match = 1\ncase = 2\n"), "(= match 1) (= case 2)");
    assert_eq!(m("match(x)\nmatch.y\n"), "(call match x) (. match y)");
    assert!(m("def match(case): return case\n").starts_with("(def match"));
}

#[test]
fn pattern_shapes() {
    assert_eq!(
        m("match x:\n case 1 | -2 | 3+4j | 'a' 'b':\n  pass\n"),
        "(match x (case (or (val 1) (val (Neg 2)) (val (Add 3 4.0j)) (val \"ab\")) [pass]))"
    );
    assert_eq!(
        m("match x, y:\n case [a, *rest] | (a, rest):\n  pass\n"),
        "(match (tuple x y) (case (or [a *rest] [a rest]) [pass]))"
    );
    assert_eq!(
        m("match x:\n case {'k': v, **kw}:\n  pass\n case P(1, y=_) as p if p:\n  pass\n"),
        "(match x (case {\"k\": v, **kw} [pass]) (case (P((val 1) | y=_) as p) if p [pass]))"
    );
    assert_eq!(
        m("match x:\n case a.b.c | None | (True):\n  pass\n case _: pass\n"),
        "(match x (case (or (val (. (. a b) c)) None True) [pass]) (case _ [pass]))"
    );
    assert_eq!(
        m("match x:\n case 1, *_:\n  match = 2\n"),
        "(match x (case [(val 1) *_] [(= match 2)]))"
    );
}

#[test]
fn pattern_syntax_errors() {
    assert_eq!(
        m("match x:\n case 1 as _:\n  pass\n"),
        "ERR cannot use '_' as a target"
    );
    assert_eq!(
        m("match x:\n case P(x=1, 2):\n  pass\n"),
        "ERR positional patterns follow keyword patterns"
    );
    assert_eq!(
        m("match x:\n case 1 + 1:\n  pass\n"),
        "ERR imaginary number required in complex literal"
    );
    assert_eq!(
        m("match x:\n case 1j + 1j:\n  pass\n"),
        "ERR real number required in complex literal"
    );
    assert_eq!(
        m("match x:\n case f'{x}':\n  pass\n"),
        "ERR patterns may only match literals and attribute lookups"
    );
    assert_eq!(m("match x:\n case {**_}:\n  pass\n"), "ERR invalid syntax");
    assert_eq!(
        m("match x:\n"),
        "ERR expected an indented block after 'match' statement on line 1"
    );
}
