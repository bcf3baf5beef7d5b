//! Test-only compact S-expression dump of the AST (mirrors a Python
//! `ast` dumper, so stdlib parses can be diffed against CPython).

use crate::syntax::ast::*;

fn c(k: &Constant) -> String {
    match k {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "...".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => format!("{b}n"),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Imag(f) => format!("{f:?}j"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
    }
}

fn list(v: &[Expr]) -> String {
    v.iter().map(e).collect::<Vec<_>>().join(" ")
}

fn opt(x: &Option<Box<Expr>>) -> String {
    x.as_ref().map(|b| e(b)).unwrap_or_else(|| "_".into())
}

fn fparts(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Formatted {
                value,
                conversion,
                spec,
                debug_text,
            } => {
                let mut s = format!("{{{}", e(value));
                if let Some(d) = debug_text {
                    s += &format!(" dbg={d:?}");
                }
                if let Some(c) = conversion {
                    s += &format!(" !{c}");
                }
                if let Some(sp) = spec {
                    s += &format!(" :[{}]", fparts(sp));
                }
                s + "}"
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn params(p: &Params) -> String {
    let one = |x: &Param| {
        let mut s = x.name.as_str().to_string();
        if let Some(a) = &x.annotation {
            s += &format!(":{}", e(a));
        }
        if let Some(d) = &x.default {
            s += &format!("={}", e(d));
        }
        s
    };
    let mut out = Vec::new();
    for x in &p.posonly {
        out.push(one(x));
    }
    if !p.posonly.is_empty() {
        out.push("/".into());
    }
    out.extend(p.args.iter().map(one));
    if let Some(v) = &p.vararg {
        out.push(format!("*{}", one(v)));
    } else if !p.kwonly.is_empty() {
        out.push("*".into());
    }
    out.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        out.push(format!("**{}", one(k)));
    }
    out.join(" ")
}

fn comp(cp: &Comprehension) -> String {
    let mut s = format!("({:?} {}", cp.kind, e(&cp.elt));
    if let Some(v) = &cp.value {
        s += &format!(" {}", e(v));
    }
    for g in &cp.generators {
        s += &format!(" (for {} {}", e(&g.target), e(&g.iter));
        for i in &g.ifs {
            s += &format!(" (if {})", e(i));
        }
        s += ")";
    }
    s + ")"
}

/// Compact dump of an expression.
pub fn e(x: &Expr) -> String {
    match &x.kind {
        ExprKind::Name(n, _) | ExprKind::GlobalName(n, _) => n.as_str().to_string(),
        ExprKind::Const(k) => c(k),
        ExprKind::JoinedStr(p) => format!("(f {})", fparts(p)),
        ExprKind::BinOp(a, op, b) => format!("({op:?} {} {})", e(a), e(b)),
        ExprKind::LocalIntOp(x) => format!("({:?} {} {})", x.op, x.name, x.rhs),
        ExprKind::LocalIntCompare(x) => format!("(cmp {} {:?} {})", x.name, x.op, x.rhs),
        ExprKind::UnaryOp(op, a) => format!("({op:?} {})", e(a)),
        ExprKind::BoolOp(op, v) => format!("({op:?} {})", list(v)),
        ExprKind::Compare(a, rest) => {
            let mut s = format!("(cmp {}", e(a));
            for (op, b) in rest {
                s += &format!(" {op:?} {}", e(b));
            }
            s + ")"
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(ifexp {} {} {})", e(test), e(body), e(orelse))
        }
        ExprKind::Call { func, args } => {
            let mut s = format!("(call {}", e(func));
            for a in args {
                s += &match a {
                    Arg::Positional(x) => format!(" {}", e(x)),
                    Arg::Starred(x) => format!(" *{}", e(x)),
                    Arg::Keyword(k, x) => format!(" {k}={}", e(x)),
                    Arg::DoubleStarred(x) => format!(" **{}", e(x)),
                };
            }
            s + ")"
        }
        ExprKind::Attribute(v, n, _) => format!("(. {} {n})", e(v)),
        ExprKind::Subscript(v, i) => format!("([] {} {})", e(v), e(i)),
        ExprKind::Slice(a, b, s) => format!("(slice {} {} {})", opt(a), opt(b), opt(s)),
        ExprKind::Starred(v) => format!("*{}", e(v)),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::List(v) => format!("(list {})", list(v)),
        ExprKind::Set(v) => format!("(set {})", list(v)),
        ExprKind::Dict(v) => {
            let items: Vec<String> = v
                .iter()
                .map(|(k, val)| match k {
                    Some(k) => format!("{}:{}", e(k), e(val)),
                    None => format!("**{}", e(val)),
                })
                .collect();
            format!("(dict {})", items.join(" "))
        }
        ExprKind::Comp(cp) => comp(cp),
        ExprKind::Lambda(f) => match &f.body[0].kind {
            StmtKind::Return(Some(b)) => format!("(lambda [{}] {})", params(&f.params), e(b)),
            _ => "(lambda ?)".into(),
        },
        ExprKind::Yield(v) => format!("(yield {})", opt(v)),
        ExprKind::YieldFrom(v) => format!("(yieldfrom {})", e(v)),
        ExprKind::NamedExpr(a, b) => format!("(:= {} {})", e(a), e(b)),
    }
}

pub fn body(v: &[Stmt]) -> String {
    v.iter().map(s).collect::<Vec<_>>().join(" ")
}

/// Compact dump of a statement.
pub fn s(x: &Stmt) -> String {
    match &x.kind {
        StmtKind::Expr(v) => e(v),
        StmtKind::Assign { targets, value } => format!("(= {} {})", list(targets), e(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("({op:?}= {} {})", e(target), e(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => format!(
            "(ann {} {} {})",
            e(target),
            e(annotation),
            value.as_ref().map(e).unwrap_or_else(|| "_".into())
        ),
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            format!("(if {} [{}] [{}])", e(test), body(b), body(orelse))
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            format!("(while {} [{}] [{}])", e(test), body(b), body(orelse))
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
        } => format!(
            "(for {} {} [{}] [{}])",
            e(target),
            e(iter),
            body(b),
            body(orelse)
        ),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Pass => "pass".into(),
        StmtKind::Return(v) => format!("(return {})", v.as_ref().map(e).unwrap_or_default()),
        StmtKind::FunctionDef(f) => {
            let mut out = format!("(def {} [{}]", f.name, params(&f.params));
            if let Some(r) = &f.returns {
                out += &format!(" -> {}", e(r));
            }
            for d in &f.decorators {
                out += &format!(" @{}", e(d));
            }
            out + &format!(" [{}])", body(&f.body))
        }
        StmtKind::ClassDef(cd) => {
            let mut out = format!("(class {} [{}]", cd.name, list(&cd.bases));
            for (k, v) in &cd.keywords {
                out += &format!(" {k}={}", e(v));
            }
            for d in &cd.decorators {
                out += &format!(" @{}", e(d));
            }
            out + &format!(" [{}])", body(&cd.body))
        }
        StmtKind::Delete(v) => format!("(del {})", list(v)),
        StmtKind::Global(v) => format!("(global {v:?})"),
        StmtKind::Nonlocal(v) => format!("(nonlocal {v:?})"),
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            let hs: Vec<String> = handlers
                .iter()
                .map(|h| {
                    format!(
                        "(except {} {} [{}])",
                        h.typ.as_ref().map(e).unwrap_or_else(|| "_".into()),
                        h.name.map(|(n, _)| n.as_str()).unwrap_or("_"),
                        body(&h.body)
                    )
                })
                .collect();
            format!(
                "(try [{}] {} [{}] [{}])",
                body(b),
                hs.join(" "),
                body(orelse),
                body(finalbody)
            )
        }
        StmtKind::Raise { exc, cause } => format!(
            "(raise {} {})",
            exc.as_ref().map(e).unwrap_or_else(|| "_".into()),
            cause.as_ref().map(e).unwrap_or_else(|| "_".into())
        ),
        StmtKind::Assert { test, msg } => format!(
            "(assert {} {})",
            e(test),
            msg.as_ref().map(e).unwrap_or_else(|| "_".into())
        ),
        StmtKind::Import(v) => {
            let a: Vec<String> = v
                .iter()
                .map(|a| format!("{}>{}", a.name, a.target))
                .collect();
            format!("(import {})", a.join(" "))
        }
        StmtKind::ImportFrom {
            module,
            level,
            names,
            star,
        } => {
            let a: Vec<String> = names
                .iter()
                .map(|a| format!("{}>{}", a.name, a.target))
                .collect();
            format!(
                "(from {level} {} {}{})",
                module.as_deref().unwrap_or("_"),
                a.join(" "),
                if *star { "*" } else { "" }
            )
        }
        StmtKind::With { items, body: b } => {
            let it: Vec<String> = items
                .iter()
                .map(|w| match &w.target {
                    Some(t) => format!("{} as {}", e(&w.context), e(t)),
                    None => e(&w.context),
                })
                .collect();
            format!("(with [{}] [{}])", it.join(", "), body(b))
        }
        StmtKind::Match { subject, cases } => {
            let cs: Vec<String> = cases
                .iter()
                .map(|c| match &c.guard {
                    Some(g) => {
                        format!("(case {} if {} [{}])", pat(&c.pattern), e(g), body(&c.body))
                    }
                    None => format!("(case {} [{}])", pat(&c.pattern), body(&c.body)),
                })
                .collect();
            format!("(match {} {})", e(subject), cs.join(" "))
        }
    }
}

fn cap(c: &Option<Capture>) -> String {
    c.as_ref().map_or("_".into(), |c| c.name.to_string())
}

fn pats(v: &[Pattern]) -> String {
    v.iter().map(pat).collect::<Vec<_>>().join(" ")
}

/// Compact dump of a pattern.
pub fn pat(p: &Pattern) -> String {
    match &p.kind {
        PatternKind::Value(v) => format!("(val {})", e(v)),
        PatternKind::Singleton(k) => c(k),
        PatternKind::Sequence(v) => format!("[{}]", pats(v)),
        PatternKind::Star(n) => format!("*{}", cap(n)),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut items: Vec<String> = keys
                .iter()
                .zip(patterns)
                .map(|(k, p)| format!("{}: {}", e(k), pat(p)))
                .collect();
            if rest.is_some() {
                items.push(format!("**{}", cap(rest)));
            }
            format!("{{{}}}", items.join(", "))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_names,
            kwd_patterns,
        } => {
            let kw: Vec<String> = kwd_names
                .iter()
                .zip(kwd_patterns)
                .map(|((n, _), p)| format!("{n}={}", pat(p)))
                .collect();
            format!("{}({} | {})", e(cls), pats(patterns), kw.join(" "))
        }
        PatternKind::As {
            pattern: None,
            name,
        } => cap(name),
        PatternKind::As {
            pattern: Some(inner),
            name,
        } => format!("({} as {})", pat(inner), cap(name)),
        PatternKind::Or(v) => format!("(or {})", pats(v)),
    }
}
