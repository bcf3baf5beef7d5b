//! Interned identifiers: every identifier in any source becomes a [`Symbol`].
//!
//! Owns the process-wide table from identifier text to a small integer. The
//! text of an interned identifier lives for the whole process (identifiers are
//! few), so `Symbol::as_str` hands out `&'static str` without locking twice.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::OnceLock;

/// An interned identifier. Equal symbols mean equal text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(pub u32);

struct Table {
    ids: HashMap<&'static str, u32>,
    names: Vec<&'static str>,
}

fn table() -> &'static Mutex<Table> {
    static TABLE: OnceLock<Mutex<Table>> = OnceLock::new();
    TABLE.get_or_init(|| {
        Mutex::new(Table {
            ids: HashMap::new(),
            names: Vec::new(),
        })
    })
}

/// Intern `text`, returning its symbol.
pub fn intern(text: &str) -> Symbol {
    let mut t = table().lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&id) = t.ids.get(text) {
        return Symbol(id);
    }
    let leaked: &'static str = Box::leak(text.to_owned().into_boxed_str());
    let id = t.names.len() as u32;
    t.names.push(leaked);
    t.ids.insert(leaked, id);
    Symbol(id)
}

impl Symbol {
    /// The identifier's text.
    pub fn as_str(self) -> &'static str {
        let t = table().lock().unwrap_or_else(|e| e.into_inner());
        t.names.get(self.0 as usize).copied().unwrap_or("<?>")
    }
    /// The symbol's index, dense from 0 (for side tables).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl std::fmt::Debug for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.as_str())
    }
}

impl std::fmt::Display for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_text_same_symbol() {
        let a = intern("spam_intern_test");
        let b = intern("spam_intern_test");
        assert_eq!(a, b);
        assert_eq!(a.as_str(), "spam_intern_test");
        assert_ne!(a, intern("eggs_intern_test"));
    }
}
