//! What every `… import` shares: dry runs and the closing message.

use anyhow::Result;

use super::Ctx;
use super::member::ImportArgs;
use crate::csvin::ImportCounts;
use crate::db::{Db, Writer};

/// Run an import in one transaction (rolled back for --dry-run) and say
/// what it did.
pub fn finish(
    ctx: &Ctx,
    db: &mut Db,
    args: &ImportArgs,
    what: &str,
    f: impl FnOnce(&mut Writer<'_>) -> Result<ImportCounts>,
) -> Result<()> {
    let counts = db.write_or_rehearse(!args.dry_run, f)?;
    if args.dry_run {
        eprintln!(
            "{}: {} {}, {} {} {what} ({})",
            counts.file,
            ctx.say("sẽ thêm", "would add"),
            counts.added,
            ctx.say("thay", "replace"),
            counts.replaced,
            ctx.say("chạy thử, không ghi gì", "dry run, nothing written"),
        );
    } else {
        eprintln!(
            "{}: {} {}, {} {} {what}",
            counts.file,
            ctx.say("đã thêm", "added"),
            counts.added,
            ctx.say("thay", "replaced"),
            counts.replaced,
        );
    }
    Ok(())
}
