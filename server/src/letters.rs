//! Postal letters leave the outbox through the print shop: `server
//! courriers export DIR` writes one PDF per letter waiting, and marks each
//! one sent in the same transaction. In production mode the letter's text
//! and PDF (a creation code among them) are then erased from the database.
//! Two operators exporting at once take different letters.

use anyhow::{Context, Result};
use app::domain::ins::Mode;
use sqlx::PgPool;
use std::path::{Path, PathBuf};

/// Exports the letters waiting; returns the files written. A file that
/// cannot be written leaves every letter of the round in the outbox.
pub async fn export(pool: &PgPool, mode: Mode, dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tx = pool.begin().await?;
    let letters: Vec<(i64, Option<Vec<u8>>)> = sqlx::query_as(
        "SELECT id, attachment FROM outbox \
         WHERE channel = 'courrier' AND sent_at IS NULL AND failed_at IS NULL AND practice_card_id IS NULL \
         ORDER BY id FOR UPDATE SKIP LOCKED",
    )
    .fetch_all(&mut *tx)
    .await?;
    let mut written = Vec::new();
    for (id, pdf) in letters {
        let Some(pdf) = pdf else {
            // A letter without its PDF cannot be printed: left for an operator.
            sqlx::query(
                "UPDATE outbox SET failed_at = now(), last_error = 'letter without a PDF' WHERE id = $1",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
            continue;
        };
        let path = dir.join(format!("courrier-{id:08}.pdf"));
        // Written whole under another name, then renamed: the print shop
        // never picks up half a letter.
        let partial = dir.join(format!(".courrier-{id:08}.pdf.part"));
        let result = std::fs::write(&partial, &pdf).and_then(|()| std::fs::rename(&partial, &path));
        if let Err(e) = result {
            let _ = std::fs::remove_file(&partial);
            for done in &written {
                let _ = std::fs::remove_file(done);
            }
            return Err(e).with_context(|| format!("cannot write {}", path.display()));
        }
        crate::delivery::mark_sent(&mut tx, id, mode).await?;
        written.push(path);
    }
    if let Err(e) = tx.commit().await {
        for done in &written {
            let _ = std::fs::remove_file(done);
        }
        return Err(e.into());
    }
    Ok(written)
}
