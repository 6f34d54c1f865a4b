//! The name dictionary: every text dimension of usage rows (device, provider, product…)
//! stored once in `names` and referred to by id; id 0 means none.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Transaction};

use super::error::{StoreError, at};
use crate::flow::hash::FxHashMap;
use crate::usage::Name;

/// What this connection knows of the dictionary. Ids are never reused or deleted, so a
/// cached entry stays true; an unknown id means another connection added it since.
#[derive(Debug, Default)]
pub(crate) struct Names {
    by_text: FxHashMap<Name, i64>,
    by_id: FxHashMap<i64, Name>,
    max_id: i64,
}

impl Names {
    /// Reads the entries added since the last load.
    pub fn refresh(&mut self, conn: &Connection, path: &Path) -> Result<(), StoreError> {
        let what = "reading the name dictionary";
        let mut stmt = conn
            .prepare_cached("SELECT id, text FROM names WHERE id > ?1 ORDER BY id")
            .map_err(at(path, what))?;
        let rows = stmt
            .query_map([self.max_id], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))
            })
            .map_err(at(path, what))?;
        for row in rows {
            let (id, text) = row.map_err(at(path, what))?;
            self.add(id, Name::from(text));
        }
        Ok(())
    }

    fn add(&mut self, id: i64, text: Name) {
        self.max_id = self.max_id.max(id);
        self.by_text.insert(text.clone(), id);
        self.by_id.insert(id, text);
    }

    /// The text of `id` (`None` for 0), reading new entries once when the id is unknown.
    pub fn text(
        &mut self,
        conn: &Connection,
        path: &Path,
        id: i64,
    ) -> Result<Option<Name>, StoreError> {
        if id == 0 {
            return Ok(None);
        }
        if !self.by_id.contains_key(&id) {
            self.refresh(conn, path)?;
        }
        if !self.by_id.contains_key(&id) {
            // Below what this connection has seen: another writer added it meanwhile.
            let text: Option<String> = conn
                .prepare_cached("SELECT text FROM names WHERE id = ?1")
                .and_then(|mut s| s.query_row([id], |r| r.get(0)).optional())
                .map_err(at(path, "reading the name dictionary"))?;
            if let Some(text) = text {
                self.add(id, Name::from(text));
            }
        }
        match self.by_id.get(&id) {
            Some(text) => Ok(Some(text.clone())),
            None => Err(StoreError::InvalidData {
                path: path.to_path_buf(),
                what: format!("a usage row refers to name id {id}, which the dictionary lacks"),
            }),
        }
    }

    pub fn id(&self, text: &str) -> Option<i64> {
        self.by_text.get(text).copied()
    }

    /// Entries a committed transaction added.
    pub fn extend(&mut self, fresh: FxHashMap<Name, i64>) {
        for (text, id) in fresh {
            self.add(id, text);
        }
    }
}

/// Interns within a write transaction. New ids go to `fresh` and reach the cache only once
/// the transaction commits, so a rolled-back write leaves no id the file does not have.
pub(crate) struct Interner<'a> {
    pub names: &'a Names,
    pub fresh: FxHashMap<Name, i64>,
}

impl Interner<'_> {
    pub fn id(
        &mut self,
        tx: &Transaction<'_>,
        path: &Path,
        text: Option<&str>,
    ) -> Result<i64, StoreError> {
        let Some(text) = text else { return Ok(0) };
        if let Some(id) = self
            .names
            .id(text)
            .or_else(|| self.fresh.get(text).copied())
        {
            return Ok(id);
        }
        let what = "adding to the name dictionary";
        let existing: Option<i64> = tx
            .prepare_cached("SELECT id FROM names WHERE text = ?1")
            .and_then(|mut s| s.query_row([text], |r| r.get(0)).optional())
            .map_err(at(path, what))?;
        let id = match existing {
            Some(id) => id,
            None => {
                tx.prepare_cached("INSERT INTO names (text) VALUES (?1)")
                    .and_then(|mut s| s.execute([text]))
                    .map_err(at(path, what))?;
                tx.last_insert_rowid()
            }
        };
        self.fresh.insert(Name::from(text), id);
        Ok(id)
    }
}
