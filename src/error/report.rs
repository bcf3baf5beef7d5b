//! Syntax-error diagnostics rendered with miette: CPython's header lines
//! (`File "x.py", line N`, the source line, the caret) followed by a miette
//! report labelling the offending span.

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};

use crate::source::SourceFile;
use crate::syntax::SyntaxError;

#[derive(Debug)]
struct SyntaxDiagnostic {
    class: &'static str,
    msg: String,
    src: NamedSource<String>,
    span: SourceSpan,
}

impl std::fmt::Display for SyntaxDiagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.class, self.msg)
    }
}

impl std::error::Error for SyntaxDiagnostic {}

impl Diagnostic for SyntaxDiagnostic {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(self.msg.clone()),
            self.span,
        ))))
    }
}

/// Should output use colour? Only on a terminal and never with NO_COLOR.
pub fn use_color() -> bool {
    use std::io::IsTerminal;
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

/// Render a syntax error: CPython-style lines, then the miette label, and
/// CPython's final `SyntaxError: message` line last.
pub fn render_syntax_error(src: &SourceFile, err: &SyntaxError) -> String {
    let start = (err.span.start as usize).min(src.text.len());
    let end = (err.span.end as usize).clamp(start, src.text.len());
    let line = src.line_of(start as u32);
    let text = src.line_text(line);
    let col = src.column_of(start as u32);
    let mut out = format!("  File \"{}\", line {}\n", src.name, line);
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        let indent = text.chars().count() - trimmed.chars().count();
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let width = src
            .text
            .get(start..end)
            .map_or(1, |s| s.chars().take_while(|c| *c != '\n').count().max(1));
        out.push_str(&format!(
            "    {}{}\n",
            " ".repeat(col.saturating_sub(indent)),
            "^".repeat(width)
        ));
    }
    let diag = SyntaxDiagnostic {
        class: err.kind.class_name(),
        msg: err.msg.clone(),
        src: NamedSource::new(src.name.clone(), src.text.clone()),
        span: (start, end.saturating_sub(start)).into(),
    };
    let theme = if use_color() {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut rendered = String::new();
    if GraphicalReportHandler::new_themed(theme)
        .render_report(&mut rendered, &diag)
        .is_ok()
    {
        out.push_str(&rendered);
        if !rendered.ends_with('\n') {
            out.push('\n');
        }
    }
    out.push_str(&format!("{}: {}\n", err.kind.class_name(), err.msg));
    out
}
