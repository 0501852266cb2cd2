//! The audit ledger's model (SPEC §7, issue #7): entries, the Merkle tree over them in the shape
//! of RFC 9162 (Certificate Transparency v2), its proofs, and signed tree heads.
//!
//! - An entry's bytes are its canonical JSON (fields in a fixed order, no map), so a verifier
//!   can recompute its leaf hash from what is stored.
//! - Hashing is RFC 9162 §2.1.1: `SHA-256(0x00 ‖ entry)` for a leaf, `SHA-256(0x01 ‖ left ‖
//!   right)` for a node, and the tree over n leaves splits at the largest power of two below n.
//! - Only *complete* subtrees (2^k leaves starting at a multiple of 2^k) are stored: they never
//!   change once complete, so the store can be append-only. Any subtree hash, root, inclusion
//!   path (RFC 9162 §2.1.3) or consistency proof (§2.1.4) is assembled from at most a few
//!   dozen of them: see [`Plan`].
//! - Proofs are checked with the `ct-merkle` crate (the reference the known-answer tests of
//!   the transparency-dev project are run against), not with this module's own code.
//! - A tree head (size, root, time) is signed with the member's Ed25519 key over
//!   domain-separated bytes ([`TreeHead::signed_bytes`]); an auditor keeps heads and later asks
//!   for a consistency proof: nothing before a kept head can be rewritten unnoticed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

/// A SHA-256 value.
pub type Hash = [u8; 32];

/// One security-relevant event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the ledger, from 0.
    pub seq: u64,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Who: a username, `system`, or a member code at the hub.
    pub actor: String,
    /// What, from a closed vocabulary (`sign_in`, `case_read`, `link_dismissed`, …).
    pub action: String,
    /// On what: a case reference, a link id, a username; empty if nothing.
    pub target: String,
    /// Why, when the action reads personal data.
    pub purpose: String,
    /// More, as short text (never personal data of a case: references, counts, statuses).
    pub detail: String,
}

impl AuditEntry {
    /// The canonical bytes of the entry: its JSON with the fields in declaration order.
    pub fn canonical_bytes(&self) -> Vec<u8> {
        // Serialising a struct of strings and integers cannot fail.
        serde_json::to_vec(self).unwrap_or_default()
    }

    pub fn leaf_hash(&self) -> Hash {
        leaf_hash(&self.canonical_bytes())
    }
}

/// RFC 9162 leaf hash.
pub fn leaf_hash(bytes: &[u8]) -> Hash {
    let mut h = Sha256::new();
    h.update([0u8]);
    h.update(bytes);
    h.finalize().into()
}

/// RFC 9162 interior node hash.
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut h = Sha256::new();
    h.update([1u8]);
    h.update(left);
    h.update(right);
    h.finalize().into()
}

/// The root of the empty tree: the hash of the empty string.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// A complete subtree: `2^level` leaves starting at leaf `index × 2^level`. Level 0 is a leaf.
pub type NodeKey = (u32, u64);

/// Largest power of two strictly below `n` (n ≥ 2).
fn split(n: u64) -> u64 {
    let mut k = 1u64;
    while k.saturating_mul(2) < n {
        k *= 2;
    }
    k
}

/// Work out a computation over the tree in two passes: first which stored nodes it needs
/// ([`Plan::keys`]), then, once they are fetched in one query, the result.
#[derive(Debug, Default)]
pub struct Plan {
    need: BTreeSet<NodeKey>,
    have: BTreeMap<NodeKey, Hash>,
    missing: bool,
}

impl Plan {
    pub fn new() -> Plan {
        Plan::default()
    }

    /// The nodes the computations run so far asked for.
    pub fn keys(&self) -> Vec<NodeKey> {
        self.need.iter().copied().collect()
    }

    /// Gives the plan the stored nodes it asked for.
    pub fn supply(&mut self, nodes: impl IntoIterator<Item = (NodeKey, Hash)>) {
        self.have.extend(nodes);
        self.missing = false;
    }

    fn node(&mut self, key: NodeKey) -> Hash {
        match self.have.get(&key) {
            Some(h) => *h,
            None => {
                self.need.insert(key);
                self.missing = true;
                [0u8; 32]
            }
        }
    }

    /// MTH(D[start:end]), `start` aligned as the tree's recursion leaves it.
    fn range(&mut self, start: u64, end: u64) -> Hash {
        let n = end - start;
        if n.is_power_of_two() && start.is_multiple_of(n) {
            return self.node((n.trailing_zeros(), start / n));
        }
        let k = split(n);
        let l = self.range(start, start + k);
        let r = self.range(start + k, end);
        node_hash(&l, &r)
    }

    /// The root of the tree of the first `n` leaves; `None` while nodes are missing.
    pub fn root(&mut self, n: u64) -> Option<Hash> {
        let h = if n == 0 {
            empty_root()
        } else {
            self.range(0, n)
        };
        (!self.missing).then_some(h)
    }

    /// The inclusion path of leaf `m` in the tree of `n` leaves (RFC 9162 §2.1.3.1).
    pub fn inclusion(&mut self, m: u64, n: u64) -> Option<Vec<Hash>> {
        if m >= n {
            return None;
        }
        let mut out = Vec::new();
        self.path(m, 0, n, &mut out);
        (!self.missing).then_some(out)
    }

    fn path(&mut self, m: u64, start: u64, end: u64, out: &mut Vec<Hash>) {
        let n = end - start;
        if n <= 1 {
            return;
        }
        let k = split(n);
        if m < k {
            self.path(m, start, start + k, out);
            let h = self.range(start + k, end);
            out.push(h);
        } else {
            self.path(m - k, start + k, end, out);
            let h = self.range(start, start + k);
            out.push(h);
        }
    }

    /// The consistency proof from the tree of `m` leaves to the tree of `n` (RFC 9162
    /// §2.1.4.1); empty when `m == n`.
    pub fn consistency(&mut self, m: u64, n: u64) -> Option<Vec<Hash>> {
        if m > n || m == 0 {
            return None;
        }
        let mut out = Vec::new();
        if m < n {
            self.subproof(m, 0, n, true, &mut out);
        }
        (!self.missing).then_some(out)
    }

    fn subproof(&mut self, m: u64, start: u64, end: u64, whole: bool, out: &mut Vec<Hash>) {
        let n = end - start;
        if m == n {
            if !whole {
                let h = self.range(start, end);
                out.push(h);
            }
            return;
        }
        let k = split(n);
        if m <= k {
            self.subproof(m, start, start + k, whole, out);
            let h = self.range(start + k, end);
            out.push(h);
        } else {
            self.subproof(m - k, start + k, end, false, out);
            let h = self.range(start, start + k);
            out.push(h);
        }
    }
}

/// The right edge of a tree being appended to: the roots of its complete subtrees, largest
/// first (one per 1-bit of the size). Appending a leaf returns the subtrees it completes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frontier {
    size: u64,
    /// (level, hash), levels strictly decreasing.
    stack: Vec<(u32, Hash)>,
}

impl Frontier {
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The complete subtrees a frontier of `size` leaves is made of: what [`Frontier::load`]
    /// needs from the store.
    pub fn keys(size: u64) -> Vec<NodeKey> {
        let mut out = Vec::new();
        let mut start = 0u64;
        for level in (0..64u32).rev() {
            let w = 1u64 << level;
            if size & w != 0 {
                out.push((level, start / w));
                start += w;
            }
        }
        out
    }

    /// Rebuilds the frontier of a tree of `size` leaves from its stored subtrees.
    pub fn load(size: u64, nodes: &BTreeMap<NodeKey, Hash>) -> Option<Frontier> {
        let stack = Frontier::keys(size)
            .into_iter()
            .map(|k| nodes.get(&k).map(|h| (k.0, *h)))
            .collect::<Option<Vec<_>>>()?;
        Some(Frontier { size, stack })
    }

    /// Appends a leaf hash; returns every subtree this completes (the leaf itself first).
    pub fn push(&mut self, leaf: Hash) -> Vec<(NodeKey, Hash)> {
        let index = self.size;
        let mut done = vec![((0, index), leaf)];
        let mut cur = (0u32, leaf);
        while let Some(&(level, left)) = self.stack.last() {
            if level != cur.0 {
                break;
            }
            self.stack.pop();
            let h = node_hash(&left, &cur.1);
            cur = (level + 1, h);
            done.push(((cur.0, index >> cur.0), h));
        }
        self.stack.push(cur);
        self.size += 1;
        done
    }

    /// The root of the tree so far.
    pub fn root(&self) -> Hash {
        let mut it = self.stack.iter().rev();
        let Some(&(_, mut acc)) = it.next() else {
            return empty_root();
        };
        for (_, left) in it {
            acc = node_hash(left, &acc);
        }
        acc
    }
}

/// Checks an inclusion path with `ct-merkle`.
pub fn verify_inclusion(root: &Hash, size: u64, entry: &[u8], index: u64, path: &[Hash]) -> bool {
    let proof = ct_merkle::InclusionProof::<Sha256>::from_digests(
        path.iter()
            .map(|h| ct_merkle::digest::Output::<Sha256>::from(*h))
            .collect::<Vec<_>>()
            .iter(),
    );
    ct_merkle::RootHash::<Sha256>::new((*root).into(), size)
        .verify_inclusion(&entry, index, &proof)
        .is_ok()
}

/// Checks a consistency proof with `ct-merkle`.
pub fn verify_consistency(
    old_root: &Hash,
    old_size: u64,
    new_root: &Hash,
    new_size: u64,
    proof: &[Hash],
) -> bool {
    if old_size == new_size {
        return old_root == new_root && proof.is_empty();
    }
    let p = ct_merkle::ConsistencyProof::<Sha256>::from_digests(
        proof
            .iter()
            .map(|h| ct_merkle::digest::Output::<Sha256>::from(*h))
            .collect::<Vec<_>>()
            .iter(),
    );
    ct_merkle::RootHash::<Sha256>::new((*new_root).into(), new_size)
        .verify_consistency(&ct_merkle::RootHash::new((*old_root).into(), old_size), &p)
        .is_ok()
}

/// Signs tree heads with a member's Ed25519 key (the key stays with its owner: the binary
/// gives the ledger this, not the key).
pub trait HeadSigner: Send + Sync {
    /// Ed25519 signature of `message`.
    fn sign(&self, message: &[u8]) -> Vec<u8>;
}

/// A signed statement of the ledger's size and root at a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeHead {
    /// Whose ledger: an authority code, or `HUB`.
    pub member: String,
    pub size: u64,
    /// Hex.
    pub root: String,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// Ed25519 over [`TreeHead::signed_bytes`], hex.
    pub signature: String,
}

impl TreeHead {
    /// What is signed: a domain label, then the fields, so a head cannot be mistaken for any
    /// other signed object of the federation.
    pub fn signed_bytes(member: &str, size: u64, root: &Hash, at: OffsetDateTime) -> Vec<u8> {
        let mut b = b"malines/audit-tree-head/v1\0".to_vec();
        b.extend_from_slice(member.as_bytes());
        b.push(0);
        b.extend_from_slice(&size.to_be_bytes());
        b.extend_from_slice(root);
        b.extend_from_slice(&at.unix_timestamp_nanos().to_be_bytes());
        b
    }

    pub fn root_hash(&self) -> Option<Hash> {
        hex::decode(&self.root).ok()?.try_into().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The leaves of the transparency-dev reference vectors (as copied by ct-merkle's
    /// `tests/known_answer.rs`).
    const LEAVES: [&str; 8] = [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ];

    fn tree(n: usize) -> (Frontier, BTreeMap<NodeKey, Hash>) {
        let mut f = Frontier::default();
        let mut nodes = BTreeMap::new();
        for l in LEAVES.iter().take(n) {
            nodes.extend(f.push(leaf_hash(&hex::decode(l).unwrap())));
        }
        (f, nodes)
    }

    fn run<T>(nodes: &BTreeMap<NodeKey, Hash>, f: impl Fn(&mut Plan) -> Option<T>) -> T {
        let mut p = Plan::new();
        if let Some(v) = f(&mut p) {
            return v;
        }
        let keys = p.keys();
        p.supply(keys.iter().map(|k| (*k, nodes[k])));
        f(&mut p).unwrap()
    }

    fn hexes(v: &[Hash]) -> String {
        v.iter().map(hex::encode).collect()
    }

    /// RFC 9162 / Certificate Transparency reference roots (transparency-dev/merkle).
    #[test]
    fn roots_match_the_reference_vectors() {
        let expected = [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
        ];
        assert_eq!(
            hex::encode(empty_root()),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        for (n, want) in expected.iter().enumerate() {
            let (f, nodes) = tree(n + 1);
            assert_eq!(hex::encode(f.root()), *want, "root of {}", n + 1);
            assert_eq!(hex::encode(run(&nodes, |p| p.root(n as u64 + 1))), *want);
        }
    }

    #[test]
    fn inclusion_paths_match_the_reference_vectors() {
        let vectors: [(u64, u64, &str); 7] = [
            (1, 0, ""),
            (
                2,
                0,
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            ),
            (
                2,
                1,
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            ),
            (
                3,
                2,
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            ),
            (
                5,
                1,
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031ebc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ),
            (
                8,
                0,
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc75f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ),
            (
                8,
                5,
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6bca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ),
        ];
        for (n, m, want) in vectors {
            let (f, nodes) = tree(n as usize);
            let path = run(&nodes, |p| p.inclusion(m, n));
            assert_eq!(hexes(&path), want, "path of {m} in {n}");
            let leaf = hex::decode(LEAVES[m as usize]).unwrap();
            assert!(verify_inclusion(&f.root(), n, &leaf, m, &path));
            assert!(!verify_inclusion(&f.root(), n, b"forged", m, &path));
        }
    }

    #[test]
    fn consistency_proofs_match_the_reference_vectors() {
        let vectors: [(u64, u64, &str); 4] = [
            (1, 1, ""),
            (
                1,
                8,
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc75f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ),
            (
                2,
                5,
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031ebc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ),
            (
                6,
                8,
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6aca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ),
        ];
        for (m, n, want) in vectors {
            let (old, _) = tree(m as usize);
            let (new, nodes) = tree(n as usize);
            let proof = run(&nodes, |p| p.consistency(m, n));
            assert_eq!(hexes(&proof), want, "proof {m} → {n}");
            assert!(verify_consistency(&old.root(), m, &new.root(), n, &proof));
        }
    }

    /// Every size up to 70, every index and every older size: the proofs this module builds
    /// from stored subtrees are accepted by ct-merkle, and a changed leaf is caught.
    #[test]
    fn proofs_verify_with_ct_merkle_at_every_size() {
        let leaves: Vec<Vec<u8>> = (0..70u32)
            .map(|i| format!("entry {i}").into_bytes())
            .collect();
        let mut f = Frontier::default();
        let mut nodes = BTreeMap::new();
        let mut roots = Vec::new();
        let mut reference = ct_merkle::mem_backed_tree::MemoryBackedTree::<Sha256, Vec<u8>>::new();
        for l in &leaves {
            nodes.extend(f.push(leaf_hash(l)));
            reference.push(l.clone());
            let want: Hash = (*reference.root().as_bytes()).into();
            assert_eq!(f.root(), want, "size {}", f.size());
            roots.push(f.root());
            // The frontier reloads from the store's nodes.
            assert_eq!(Frontier::load(f.size(), &nodes).unwrap(), f);
        }
        for n in 1..=70u64 {
            let root = roots[n as usize - 1];
            for m in 0..n {
                let path = run(&nodes, |p| p.inclusion(m, n));
                assert!(
                    verify_inclusion(&root, n, &leaves[m as usize], m, &path),
                    "{m} in {n}"
                );
                assert!(!verify_inclusion(&root, n, b"changed", m, &path));
            }
            for m in 1..=n {
                let proof = run(&nodes, |p| p.consistency(m, n));
                assert!(
                    verify_consistency(&roots[m as usize - 1], m, &root, n, &proof),
                    "{m} → {n}"
                );
                if m < n {
                    let mut bad = roots[m as usize - 1];
                    bad[0] ^= 1;
                    assert!(!verify_consistency(&bad, m, &root, n, &proof));
                }
            }
        }
    }

    #[test]
    fn entries_hash_their_canonical_bytes() {
        let e = AuditEntry {
            seq: 7,
            at: time::macros::datetime!(2026-11-29 10:00 UTC),
            actor: "a.martin".into(),
            action: "case_read".into(),
            target: "BE-FED-2025-0101".into(),
            purpose: "investigation".into(),
            detail: String::new(),
        };
        assert_eq!(
            String::from_utf8(e.canonical_bytes()).unwrap(),
            r#"{"seq":7,"at":"2026-11-29T10:00:00Z","actor":"a.martin","action":"case_read","target":"BE-FED-2025-0101","purpose":"investigation","detail":""}"#
        );
        let mut changed = e.clone();
        changed.purpose = "curiosity".into();
        assert_ne!(e.leaf_hash(), changed.leaf_hash());
    }
}
