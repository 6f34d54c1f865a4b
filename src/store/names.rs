//! The name dictionary: every text dimension of usage rows (device, provider, product…)
//! stored once in `names` and referred to by id; id 0 means none. And the key dictionary:
//! every combination of a row's dimensions stored once in `usage_keys`, so usage rows hold
//! one key id.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Transaction, params_from_iter};

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
    /// `usage_keys` ids by dimensions, as this connection wrote or found them.
    keys: FxHashMap<KeyDims, i64>,
}

/// A usage row's dimensions as stored: scope, direction, then the eight name ids (device,
/// provider, product, network, service, domain, name source, origin).
pub(crate) type KeyDims = [i64; 10];

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
    pub fn extend(&mut self, fresh: FxHashMap<Name, i64>, fresh_keys: FxHashMap<KeyDims, i64>) {
        for (text, id) in fresh {
            self.add(id, text);
        }
        self.keys.extend(fresh_keys);
    }
}

/// Interns within a write transaction. New ids go to `fresh` and reach the cache only once
/// the transaction commits, so a rolled-back write leaves no id the file does not have.
#[derive(Debug)]
pub(crate) struct Interner<'a> {
    pub names: &'a Names,
    pub fresh: FxHashMap<Name, i64>,
    pub fresh_keys: FxHashMap<KeyDims, i64>,
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

    /// The `usage_keys` id of `dims` when this connection knows it.
    pub fn known_key(&self, dims: &KeyDims) -> Option<i64> {
        self.names
            .keys
            .get(dims)
            .or_else(|| self.fresh_keys.get(dims))
            .copied()
    }

    /// Adds `new` (keys [`Interner::known_key`] did not know, each once) to the key
    /// dictionary, or finds them there, remembering their ids.
    pub fn add_keys(
        &mut self,
        tx: &Transaction<'_>,
        path: &Path,
        new: &[KeyDims],
    ) -> Result<(), StoreError> {
        if new.is_empty() {
            return Ok(());
        }
        let what = "adding to the key dictionary";
        // A new key is the common case and takes one statement; a key another connection or
        // an earlier run added is ignored here and looked up. Both prepared once a flush.
        let mut insert = tx
            .prepare_cached(
                "INSERT OR IGNORE INTO usage_keys (scope, direction, device, provider, product,
                    network, service, domain, name_source, origin)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )
            .map_err(at(path, what))?;
        let mut select = None;
        for dims in new {
            for (i, v) in dims.iter().enumerate() {
                insert
                    .raw_bind_parameter(i + 1, *v)
                    .map_err(at(path, what))?;
            }
            let id = if insert.raw_execute().map_err(at(path, what))? == 1 {
                tx.last_insert_rowid()
            } else {
                let select = match &mut select {
                    Some(s) => s,
                    None => select.insert(
                        tx.prepare_cached(
                            "SELECT id FROM usage_keys WHERE scope = ?1 AND direction = ?2
                             AND device = ?3 AND provider = ?4 AND product = ?5
                             AND network = ?6 AND service = ?7 AND domain = ?8
                             AND name_source = ?9 AND origin = ?10",
                        )
                        .map_err(at(path, what))?,
                    ),
                };
                select
                    .query_row(params_from_iter(dims), |r| r.get(0))
                    .map_err(at(path, what))?
            };
            self.fresh_keys.insert(*dims, id);
        }
        Ok(())
    }
}
