//! Where the REPL keeps its persistent history: `$WISP_HISTORY` when set,
//! else `$XDG_DATA_HOME/wisp/history`, else `~/.local/share/wisp/history`.
//!
//! Owns only path resolution and creating the parent directory; loading and
//! appending entries is rustyline's `FileHistory`.

use std::path::PathBuf;

/// The history file to use, or `None` when no location can be found (no
/// `$HOME`) — the REPL then keeps history in memory only.
pub fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("WISP_HISTORY").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let data = match std::env::var_os("XDG_DATA_HOME").filter(|p| !p.is_empty()) {
        Some(d) => PathBuf::from(d),
        None => {
            PathBuf::from(std::env::var_os("HOME").filter(|p| !p.is_empty())?).join(".local/share")
        }
    };
    Some(data.join("wisp").join("history"))
}

/// Make sure the directory holding `path` exists; errors are ignored (the
/// REPL still works, it just cannot save).
pub fn ensure_parent(path: &std::path::Path) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
}
