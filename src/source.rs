//! Every source text wisp has seen: file name, text, and span → line/column.
//!
//! Owns `SourceFile`. Tracebacks and diagnostics ask it for line numbers and
//! line text; nothing else.

/// One source text (a file, `-c` code, a REPL input, an `exec` string).
pub struct SourceFile {
    pub name: String,
    pub text: String,
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.line_starts.binary_search(&(offset as usize)) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }

    /// 0-based column (in characters) of a byte offset.
    pub fn column_of(&self, offset: u32) -> usize {
        let line = self.line_of(offset);
        let start = self.line_starts[line - 1];
        let end = (offset as usize).min(self.text.len());
        self.text.get(start..end).map_or(0, |s| s.chars().count())
    }

    /// Text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        if line == 0 || line > self.line_starts.len() {
            return "";
        }
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }

    /// Byte offset where a 1-based line starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let s = SourceFile::new("t", "ab\ncd\n");
        assert_eq!(s.line_of(0), 1);
        assert_eq!(s.line_of(3), 2);
        assert_eq!(s.column_of(4), 1);
        assert_eq!(s.line_text(2), "cd");
    }
}
