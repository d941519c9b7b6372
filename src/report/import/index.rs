//! What a reports import looks its rows up in, loaded once: the members
//! by code and each member's pledge items.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use anyhow::Result;
use rusqlite::Transaction;

use crate::member::{Registered, register};
use crate::text::cleaned;

/// A fast hash for integer keys (the maps hold millions of them; nothing
/// here comes from an adversary).
#[derive(Default, Clone, Copy)]
pub(super) struct IntHasher(u64);

impl Hasher for IntHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        // splitmix64's finaliser: every bit of the state reaches the low
        // bits, which pick the bucket.
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

pub(super) type IntMap<K, V> = HashMap<K, V, BuildHasherDefault<IntHasher>>;

/// The members and their pledge items.
pub(super) struct Index {
    pub(super) members: Vec<Registered>,
    /// Codes as stored, then in ASCII lower case as SQLite's NOCASE
    /// compares them.
    by_code: HashMap<String, u32>,
    by_lower: HashMap<String, u32>,
    /// Each member's pledge items (year, no, id): a few dozen each,
    /// searched in place, with no hashing per row.
    items: Vec<Vec<(i32, i64, i64)>>,
}

impl Index {
    pub(super) fn load(tx: &Transaction<'_>) -> Result<Index> {
        let members = register(tx)?;
        let mut by_code = HashMap::with_capacity(members.len());
        let mut by_lower = HashMap::with_capacity(members.len());
        let mut index_of_id: IntMap<i64, u32> = IntMap::default();
        for (i, m) in members.iter().enumerate() {
            let i = u32::try_from(i)?;
            by_code.insert(m.code.clone(), i);
            by_lower.insert(m.code.to_ascii_lowercase(), i);
            index_of_id.insert(m.id, i);
        }
        let mut items: Vec<Vec<(i32, i64, i64)>> = (0..members.len()).map(|_| Vec::new()).collect();
        let mut stmt = tx.prepare("SELECT member_id, year, no, id FROM pledge_items")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index_of_id.get(&r.get::<_, i64>(0)?) {
                items[i as usize].push((r.get(1)?, r.get(2)?, r.get(3)?));
            }
        }
        Ok(Index {
            members,
            by_code,
            by_lower,
            items,
        })
    }

    /// The member the cell names, trying `last` (rows of one member mostly
    /// come together) before the maps.
    pub(super) fn member(&self, cell: &str, last: Option<u32>) -> Option<u32> {
        match last {
            Some(mi) if self.members[mi as usize].code == cell => Some(mi),
            _ => {
                let code = cleaned(cell);
                self.by_code
                    .get(code.as_ref())
                    .or_else(|| self.by_lower.get(&code.to_ascii_lowercase()))
                    .copied()
            }
        }
    }

    /// The id of member `mi`'s pledge item `no` of `year`.
    pub(super) fn item(&self, mi: u32, year: i32, no: i64) -> Option<i64> {
        self.items[mi as usize]
            .iter()
            .find(|&&(y, n, _)| y == year && n == no)
            .map(|item| item.2)
    }
}
