//! Files danvan writes beside the database (an export's `--output`, a
//! backup): never the database or its companion files, whatever name leads
//! to them; only a regular file or a new path; never through a symbolic link.

use std::fs::{self, Metadata};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::error::user_msg;
use crate::i18n::Msg;

/// The files SQLite keeps for a database, and what each one is.
const COMPANIONS: &[(&str, &str)] = &[
    ("", "target-companion-database"),
    ("-wal", "target-companion-wal"),
    ("-shm", "target-companion-shm"),
    ("-journal", "target-companion-journal"),
];

/// Refuse `target` as a file to write when it is the database at `database`
/// or one of its `-wal`, `-shm`, `-journal` files (compared by file
/// identity, and by resolved name for files not made yet), when it is not a
/// regular file or a new path (a directory, a device, a FIFO, a socket), or
/// when it is a symbolic link: writing there would replace what it points at.
pub fn check_target(database: &Path, target: &Path) -> Result<()> {
    let target_meta = fs::metadata(target).ok();
    let target_name = resolved(target);
    for (suffix, what) in COMPANIONS {
        let mut companion = database.as_os_str().to_owned();
        companion.push(suffix);
        let companion = PathBuf::from(companion);
        let same_file = match (&target_meta, fs::metadata(&companion)) {
            (Some(t), Ok(c)) => same_identity(t, &c, target, &companion),
            _ => false,
        };
        let same_name = target_name.is_some() && target_name == resolved(&companion);
        if same_file || same_name {
            let named = if target == companion {
                String::new()
            } else {
                format!(" ({})", companion.display())
            };
            return Err(user_msg(
                Msg::new("target-is-database-file")
                    .arg("path", target.display().to_string())
                    .arg("what", Msg::new(what))
                    .arg("named", named),
                Some(Msg::new("target-is-database-file-hint")),
            ));
        }
    }
    match fs::symlink_metadata(target) {
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) => Err(user_msg(
            Msg::new("target-cannot-look")
                .arg("path", path_text(target))
                .arg("error", e.to_string()),
            None,
        )),
        Ok(meta) if meta.file_type().is_symlink() => Err(user_msg(
            Msg::new("target-symlink").arg("path", path_text(target)),
            Some(Msg::new("target-symlink-hint")),
        )),
        Ok(meta) if meta.is_file() => Ok(()),
        Ok(meta) if meta.is_dir() => Err(user_msg(
            Msg::new("target-directory").arg("path", path_text(target)),
            Some(Msg::new("target-directory-hint")),
        )),
        Ok(_) => Err(user_msg(
            Msg::new("target-not-regular").arg("path", path_text(target)),
            Some(Msg::new("target-not-regular-hint")),
        )),
    }
}

/// The path with its directory resolved (links, `..`), for a file that may
/// not exist yet; None when the directory cannot be resolved.
fn resolved(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(dir).ok()?.join(name))
}

#[cfg(unix)]
fn same_identity(a: &Metadata, b: &Metadata, _: &Path, _: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

/// Without device and inode numbers at hand, the same file is the same
/// canonical path (which resolves links, but not hard links).
#[cfg(not(unix))]
fn same_identity(_: &Metadata, _: &Metadata, a: &Path, b: &Path) -> bool {
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(a), Ok(b)) if a == b)
}

fn path_text(p: &Path) -> String {
    p.display().to_string()
}
