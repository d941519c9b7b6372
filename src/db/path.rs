//! Where the database lives when no path is given, and the folder made
//! for it.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::error::user_msg;
use crate::i18n::Msg;

/// The default database: `danvan.db` in danvan's folder of the platform's
/// data directory (`~/.local/share/danvan` under XDG, `%APPDATA%\danvan` on
/// Windows).
pub fn default_path() -> Result<PathBuf> {
    let dirs = directories::BaseDirs::new()
        .ok_or_else(|| user_msg(Msg::new("db-no-home"), Some(Msg::new("db-no-home-hint"))))?;
    Ok(dirs.data_dir().join("danvan").join("danvan.db"))
}

/// Create a data directory and its missing parents, readable by their
/// owner only (mode 0700, whatever the umask lets through otherwise).
/// On Windows the directory inherits the user profile's ACL.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|e| {
        user_msg(
            Msg::new("db-cannot-create-dir")
                .arg("dir", dir.display().to_string())
                .arg("error", e.to_string()),
            None,
        )
    })
}
