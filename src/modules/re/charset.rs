//! Character tests of the `re` engine: the `\d`/`\w`/`\s` categories with
//! Python's Unicode or ASCII meaning, case folding for IGNORECASE, and
//! character sets (`[...]`) with a bitmap for ASCII characters.
//!
//! Owns per-character predicates only; it knows nothing of patterns.

use crate::runtime::unicode_class as uc;

/// The escape categories `\d \D \s \S \w \W`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

impl Category {
    /// Does `c` belong to the category (`ascii`: the ASCII flag is on)?
    pub fn contains(self, c: char, ascii: bool) -> bool {
        match self {
            Category::Digit => is_digit(c, ascii),
            Category::NotDigit => !is_digit(c, ascii),
            Category::Space => is_space(c, ascii),
            Category::NotSpace => !is_space(c, ascii),
            Category::Word => is_word(c, ascii),
            Category::NotWord => !is_word(c, ascii),
        }
    }
}

/// `\d`: Unicode decimal digits (CPython's `Py_UNICODE_ISDECIMAL`).
fn is_digit(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        c.is_ascii_digit()
    } else {
        uc::is_decimal(c)
    }
}

/// `\s`: `str.isspace` characters (`\x1c`-`\x1f` too), or ASCII
/// `[ \t\n\r\f\v]`.
fn is_space(c: char, ascii: bool) -> bool {
    if ascii {
        matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
    } else {
        uc::is_space(c)
    }
}

/// `\w`: `str.isalnum` characters and `_` (sre's `SRE_UNI_IS_WORD`).
pub fn is_word(c: char, ascii: bool) -> bool {
    if c.is_ascii() || ascii {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        uc::is_alpha(c) || uc::is_numeric(c)
    }
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// Lower case of `c` when it is a single character.
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    single(c.to_lowercase()).unwrap_or(c)
}

/// Upper case of `c` when it is a single character.
pub fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    single(c.to_uppercase()).unwrap_or(c)
}

/// The representative of `c`'s case class: two characters match under
/// IGNORECASE when their folds are equal. Going through the upper case
/// first joins `ſ` with `s` and the Kelvin sign with `k`, as CPython's
/// `_casefix` table does. With the ASCII flag only ASCII letters fold.
pub fn fold(c: char, ascii: bool) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    if ascii {
        return c;
    }
    lower(upper(c))
}

/// One member of a character set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    Char(char),
    Range(char, char),
    Cat(Category),
}

/// A compiled `[...]` (or a lone `\d`, `\w`, ...).
#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<Item>,
    pub negated: bool,
    /// IGNORECASE was on where the set was written.
    pub fold: bool,
    /// The ASCII flag was on (categories and folding are ASCII-only).
    pub ascii: bool,
    /// Precomputed answers for the 128 ASCII characters.
    bitmap: [u64; 2],
}

impl CharSet {
    pub fn new(items: Vec<Item>, negated: bool, fold: bool, ascii: bool) -> CharSet {
        let mut set = CharSet {
            items,
            negated,
            fold,
            ascii,
            bitmap: [0; 2],
        };
        let mut bitmap = [0u64; 2];
        for b in 0u8..128 {
            if set.slow_contains(b as char) {
                bitmap[(b >> 6) as usize] |= 1 << (b & 63);
            }
        }
        set.bitmap = bitmap;
        set
    }

    /// Does the set (with its negation) accept `c`?
    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let n = c as u32;
        if n < 128 {
            return self.bitmap[(n >> 6) as usize] & (1 << (n & 63)) != 0;
        }
        self.slow_contains(c)
    }

    fn slow_contains(&self, c: char) -> bool {
        let hit = self.raw_contains(c)
            || (self.fold
                && (!self.ascii || c.is_ascii())
                && [lower(c), upper(c), fold(c, self.ascii)]
                    .iter()
                    .any(|&v| v != c && self.raw_contains(v)));
        hit != self.negated
    }

    fn raw_contains(&self, c: char) -> bool {
        self.items.iter().any(|item| match *item {
            Item::Char(x) => x == c,
            Item::Range(lo, hi) => lo <= c && c <= hi,
            Item::Cat(cat) => cat.contains(c, self.ascii),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_follow_python() {
        assert!(Category::Digit.contains('٣', false));
        assert!(!Category::Digit.contains('٣', true));
        assert!(Category::Word.contains('é', false));
        assert!(!Category::Word.contains('é', true));
        assert!(Category::Space.contains('\x1c', false));
        assert!(!Category::Space.contains('\x1c', true));
    }

    #[test]
    fn folding_joins_case_variants() {
        assert_eq!(fold('ſ', false), 's');
        assert_eq!(fold('\u{212a}', false), 'k');
        assert_eq!(fold('É', false), 'é');
        assert_eq!(fold('É', true), 'É');
    }

    #[test]
    fn sets_with_ignorecase() {
        let set = CharSet::new(vec![Item::Range('a', 'z')], false, true, false);
        assert!(set.contains('Q'));
        assert!(set.contains('\u{212a}'));
        let neg = CharSet::new(vec![Item::Char('a')], true, true, false);
        assert!(!neg.contains('A'));
    }
}
