//! The audit ledger (issue #7) on both backends: what is appended can be proved, and a row
//! changed, deleted or moved directly in the database is found by verification, which names
//! the entry.

use std::sync::Arc;

use ed25519_dalek::{Signer, SigningKey, Verifier};
use malines_core::audit::{HeadSigner, TreeHead, verify_consistency, verify_inclusion};
use malines_store::audit::{Ledger, NewEntry};
use malines_store::{Backend, Store};

use crate::common::{self, TestDb};

struct Key(SigningKey);

impl HeadSigner for Key {
    fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.0.sign(message).to_bytes().to_vec()
    }
}

fn key() -> SigningKey {
    SigningKey::from_bytes(&[42u8; 32])
}

fn signature_ok(h: &TreeHead) -> bool {
    let (Ok(sig), Some(root)) = (hex::decode(&h.signature), h.root_hash()) else {
        return false;
    };
    let Ok(sig) = ed25519_dalek::Signature::from_slice(&sig) else {
        return false;
    };
    key()
        .verifying_key()
        .verify(
            &TreeHead::signed_bytes(&h.member, h.size, &root, h.at),
            &sig,
        )
        .is_ok()
}

const T0: time::OffsetDateTime = time::macros::datetime!(2026-11-29 10:00 UTC);

/// A ledger of `n` entries, a head signed at `n / 2` entries (the auditor keeps it) and one
/// at `n`.
async fn ledger(db: &TestDb, n: u64) -> (Ledger, TreeHead) {
    let l = Ledger::new(db.store.clone(), "BE-FED", Some(Arc::new(Key(key()))));
    let mut saved = None;
    for i in 0..n {
        l.append(
            T0 + time::Duration::seconds(i as i64),
            NewEntry::new("a.martin", "case_read", &format!("BE-FED-2025-{i:04}"))
                .purpose("investigation"),
        )
        .await
        .unwrap();
        if i + 1 == n / 2 {
            saved = Some(l.sign_head(T0).await.unwrap().unwrap());
        }
    }
    l.sign_head(T0 + time::Duration::hours(1)).await.unwrap();
    (l, saved.unwrap())
}

/// Runs a statement as someone with direct access to the database would.
async fn tamper(db: &TestDb, statements: &[&str]) {
    match db.store.backend() {
        Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
            for s in statements {
                sqlx::query(sqlx::AssertSqlSafe(s.to_string()))
                    .execute(&pool)
                    .await
                    .unwrap();
            }
            pool.close().await;
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
            for s in statements {
                sqlx::query(sqlx::AssertSqlSafe(s.to_string()))
                    .execute(&pool)
                    .await
                    .unwrap();
            }
            pool.close().await;
        }
    }
}

/// What it takes to get past the append-only triggers.
fn unlock(backend: Backend) -> Vec<&'static str> {
    match backend {
        Backend::Sqlite => vec![
            "DROP TRIGGER audit_entries_append_only_u",
            "DROP TRIGGER audit_entries_append_only_d",
        ],
        Backend::Postgres => vec!["DROP TRIGGER audit_entries_append_only ON audit_entries"],
    }
}

async fn verify(db: &TestDb, saved: &TreeHead) -> Option<String> {
    // A fresh ledger object: what `malines audit verify` does, reading only the database.
    let l = Ledger::new(db.store.clone(), "BE-FED", None);
    l.verify(std::slice::from_ref(saved), &signature_ok)
        .await
        .unwrap()
        .problem
}

async fn on_both(f: impl AsyncFn(TestDb)) {
    f(common::sqlite().await).await;
    if let Some(db) = common::postgres().await {
        f(db).await;
    }
}

#[tokio::test]
async fn an_untouched_ledger_verifies_and_its_proofs_check() {
    on_both(async |db: TestDb| {
        let (l, saved) = ledger(&db, 100).await;
        let v = l
            .verify(std::slice::from_ref(&saved), &signature_ok)
            .await
            .unwrap();
        assert_eq!(v.problem, None, "{:?}", db.store.backend());
        assert_eq!(v.entries, 100);
        assert_eq!(v.heads_checked, 3);
        let (size, root) = l.root().await.unwrap();
        assert_eq!(size, 100);
        // Inclusion of every entry, from the stored tree.
        let entries = l.entries(0, 100).await.unwrap();
        for e in &entries {
            let path = l.inclusion(e.seq, 100).await.unwrap().unwrap();
            assert!(verify_inclusion(
                &root,
                100,
                &e.canonical_bytes(),
                e.seq,
                &path
            ));
        }
        // The head the auditor kept is consistent with today's.
        let proof = l.consistency(saved.size, 100).await.unwrap().unwrap();
        assert!(verify_consistency(
            &saved.root_hash().unwrap(),
            saved.size,
            &root,
            100,
            &proof
        ));
        // The store refuses to change or delete an entry.
        let refused = match db.store.backend() {
            Backend::Sqlite => {
                let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
                sqlx::query("UPDATE audit_entries SET body = 'x' WHERE seq = 3")
                    .execute(&pool)
                    .await
                    .is_err()
                    && sqlx::query("DELETE FROM audit_entries WHERE seq = 3")
                        .execute(&pool)
                        .await
                        .is_err()
            }
            Backend::Postgres => {
                let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
                sqlx::query("UPDATE audit_entries SET body = 'x' WHERE seq = 3")
                    .execute(&pool)
                    .await
                    .is_err()
                    && sqlx::query("DELETE FROM audit_entries WHERE seq = 3")
                        .execute(&pool)
                        .await
                        .is_err()
                    && sqlx::query("TRUNCATE audit_entries")
                        .execute(&pool)
                        .await
                        .is_err()
            }
        };
        assert!(refused, "append-only on {:?}", db.store.backend());
        db.cleanup().await;
    })
    .await;
}

#[tokio::test]
async fn a_changed_entry_is_named() {
    on_both(async |db: TestDb| {
        let (_, saved) = ledger(&db, 100).await;
        let mut s = unlock(db.store.backend());
        s.push("UPDATE audit_entries SET body = REPLACE(body, 'investigation', 'curiosity') WHERE seq = 37");
        tamper(&db, &s).await;
        let p = verify(&db, &saved).await.unwrap();
        assert!(p.contains("entry 37 was changed"), "{p}");
        db.cleanup().await;
    })
    .await;
}

#[tokio::test]
async fn a_changed_entry_with_its_hash_recomputed_is_still_found() {
    on_both(async |db: TestDb| {
        let (_, saved) = ledger(&db, 100).await;
        // Someone who knows the format rewrites the entry and its leaf hash.
        let rows = db.store.audit_entries(12, 13).await.unwrap();
        let body = rows[0].body.replace("investigation", "curiosity");
        let leaf = hex::encode(malines_core::audit::leaf_hash(body.as_bytes()));
        let mut s = unlock(db.store.backend());
        let update = format!(
            "UPDATE audit_entries SET body = '{body}', leaf_hash = '{leaf}' WHERE seq = 12"
        );
        s.push(&update);
        tamper(&db, &s).await;
        let p = verify(&db, &saved).await.unwrap();
        assert!(
            p.contains("entries 12 to 13 do not match the stored tree"),
            "{p}"
        );
        db.cleanup().await;
    })
    .await;
}

#[tokio::test]
async fn a_deleted_entry_is_named() {
    on_both(async |db: TestDb| {
        let (_, saved) = ledger(&db, 100).await;
        let mut s = unlock(db.store.backend());
        s.push("DELETE FROM audit_entries WHERE seq = 64");
        tamper(&db, &s).await;
        let p = verify(&db, &saved).await.unwrap();
        assert!(p.contains("entry 64 is missing"), "{p}");
        // Deleting the last entries is found by the heads.
        let db2 = match db.store.backend() {
            Backend::Sqlite => common::sqlite().await,
            Backend::Postgres => common::postgres().await.unwrap(),
        };
        let (_, saved2) = ledger(&db2, 100).await;
        let mut s = unlock(db2.store.backend());
        s.push("DELETE FROM audit_entries WHERE seq >= 90");
        tamper(&db2, &s).await;
        let p = verify(&db2, &saved2).await.unwrap();
        assert!(
            p.contains("head of size 100 is beyond the 90 entries left"),
            "{p}"
        );
        db.cleanup().await;
        db2.cleanup().await;
    })
    .await;
}

#[tokio::test]
async fn reordered_entries_are_named() {
    on_both(async |db: TestDb| {
        let (_, saved) = ledger(&db, 100).await;
        let rows = db.store.audit_entries(20, 22).await.unwrap();
        let mut s = unlock(db.store.backend());
        let a = format!(
            "UPDATE audit_entries SET body = '{}', leaf_hash = '{}' WHERE seq = 20",
            rows[1].body, rows[1].leaf_hash
        );
        let b = format!(
            "UPDATE audit_entries SET body = '{}', leaf_hash = '{}' WHERE seq = 21",
            rows[0].body, rows[0].leaf_hash
        );
        s.push(&a);
        s.push(&b);
        tamper(&db, &s).await;
        let p = verify(&db, &saved).await.unwrap();
        assert!(p.contains("entry 20 holds the content of entry 21"), "{p}");
        db.cleanup().await;
    })
    .await;
}

#[tokio::test]
async fn a_head_with_a_forged_signature_or_a_rewritten_past_is_refused() {
    on_both(async |db: TestDb| {
        let (_, mut saved) = ledger(&db, 10).await;
        let mut forged = saved.clone();
        forged.signature = "00".repeat(64);
        assert!(
            verify(&db, &forged)
                .await
                .unwrap()
                .contains("valid signature")
        );
        // A head for another root at the same size: the ledger was rewritten before it.
        saved.root = "11".repeat(32);
        assert!(
            verify(&db, &saved)
                .await
                .unwrap()
                .contains("does not match the entries before it")
        );
        db.cleanup().await;
    })
    .await;
}

/// The store's ledger reopens where it was: a new `Ledger` on the same database continues
/// the same tree.
#[tokio::test]
async fn a_ledger_reopened_continues_its_tree() {
    on_both(async |db: TestDb| {
        let (l, saved) = ledger(&db, 37).await;
        let before = l.root().await.unwrap();
        drop(l);
        let l = Ledger::new(db.store.clone(), "BE-FED", Some(Arc::new(Key(key()))));
        assert_eq!(l.root().await.unwrap(), before);
        l.append(T0, NewEntry::new("system", "purge", "BE-FED-2019-0001"))
            .await
            .unwrap();
        let v = l
            .verify(std::slice::from_ref(&saved), &signature_ok)
            .await
            .unwrap();
        assert_eq!((v.entries, v.problem), (38, None));
        let _: &Store = &db.store;
        db.cleanup().await;
    })
    .await;
}

/// `malines audit head`, `verify` and `export`, as an overseer would run them.
#[test]
fn the_command_line_signs_heads_verifies_them_names_a_tampered_entry_and_exports_proofs() {
    use crate::cli::{assert_fails, malines, stderr, stdout};
    let dir = tempfile::tempdir().unwrap();
    let now = time::OffsetDateTime::now_utc();
    let pki = malines_pki::Pki::init(&dir.path().join("pki"), now).unwrap();
    pki.issue(
        &malines_pki::IssueRequest::new("BE-FED", malines_pki::MemberKind::Authority, "BE"),
        now,
    )
    .unwrap();
    let member = pki.member_dir("BE-FED");
    let member_s = member.to_str().unwrap();
    let entry = member.join("member.json");
    let db = format!("sqlite://{}", dir.path().join("node.sqlite").display());
    let base = ["--authority", "BE-FED", "--db", db.as_str()];
    let run = |args: &[&str]| {
        let mut all = base.to_vec();
        all.extend_from_slice(args);
        malines(dir.path(), &all)
    };
    for u in ["a.one", "b.two", "c.three"] {
        let o = run(&["users", "add", u, "--role", "clerk", "--name", u]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = run(&["audit", "head", "--identity", member_s]);
    assert!(o.status.success(), "{}", stderr(&o));
    let kept = dir.path().join("kept-head.json");
    std::fs::write(&kept, stdout(&o)).unwrap();
    let head: TreeHead = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!((head.member.as_str(), head.size), ("BE-FED", 3));
    let o = run(&["users", "disable", "b.two"]);
    assert!(o.status.success(), "{}", stderr(&o));

    let verify = |extra: &[&str]| {
        let mut args = vec!["audit", "verify", "--member", entry.to_str().unwrap()];
        args.extend_from_slice(extra);
        run(&args)
    };
    let o = verify(&["--head", kept.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("holds: 4 entries reread"),
        "{}",
        stdout(&o)
    );

    // The export carries proofs that check against its signed head.
    let out = dir.path().join("export.json");
    let o = run(&[
        "audit",
        "export",
        "--identity",
        member_s,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let h: TreeHead = serde_json::from_value(doc["head"].clone()).unwrap();
    let entries = doc["entries"].as_array().unwrap();
    // The four, and the export itself, recorded before the head it ships under.
    assert_eq!(entries.len(), 5);
    assert_eq!(entries[4]["entry"]["action"], "ledger_exported");
    for e in entries {
        let entry: malines_core::audit::AuditEntry =
            serde_json::from_value(e["entry"].clone()).unwrap();
        let path: Vec<[u8; 32]> = e["inclusion"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                hex::decode(x.as_str().unwrap())
                    .unwrap()
                    .try_into()
                    .unwrap()
            })
            .collect();
        assert!(verify_inclusion(
            &h.root_hash().unwrap(),
            h.size,
            &entry.canonical_bytes(),
            entry.seq,
            &path
        ));
    }

    // A head signed by another key is refused.
    let mut forged = head.clone();
    forged.signature = hex::encode([7u8; 64]);
    let forged_path = dir.path().join("forged.json");
    std::fs::write(&forged_path, serde_json::to_vec(&forged).unwrap()).unwrap();
    let o = run(&[
        "audit",
        "verify",
        "--member",
        entry.to_str().unwrap(),
        "--head",
        forged_path.to_str().unwrap(),
    ]);
    assert_fails(
        &o,
        1,
        "the saved head of size 3 does not carry a valid signature of BE-FED",
    );

    // Someone with the database rewrites who was disabled.
    let pool_url = db.clone();
    tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(async move {
            let pool = sqlx::SqlitePool::connect(&pool_url).await.unwrap();
            for s in [
                "DROP TRIGGER audit_entries_append_only_u",
                "UPDATE audit_entries SET body = REPLACE(body, 'b.two', 'c.three') WHERE seq = 3",
            ] {
                sqlx::query(s).execute(&pool).await.unwrap();
            }
            pool.close().await;
        });
    let o = verify(&["--head", kept.to_str().unwrap()]);
    assert_fails(&o, 1, "entry 3 was changed after it was written");
}

/// Appends from many requests at once are grouped into transactions, each keeps its own
/// place, and the ledger verifies.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_appends_each_get_their_own_place() {
    on_both(async |db: TestDb| {
        let l = Arc::new(Ledger::new(db.store.clone(), "BE-FED", None));
        let mut tasks = Vec::new();
        for t in 0..8 {
            let l = l.clone();
            tasks.push(tokio::spawn(async move {
                let mut seqs = Vec::new();
                for i in 0..50 {
                    let s = l
                        .append(
                            T0,
                            NewEntry::new(&format!("user{t}"), "case_read", &format!("R-{i}")),
                        )
                        .await
                        .unwrap();
                    seqs.push(s);
                }
                seqs
            }));
        }
        let mut all = Vec::new();
        for t in tasks {
            all.extend(t.await.unwrap());
        }
        all.sort_unstable();
        assert_eq!(all, (0..400).collect::<Vec<u64>>());
        let v = l.verify(&[], &|_| true).await.unwrap();
        assert_eq!((v.entries, v.problem), (400, None));
        // Each entry is where its sequence number says, with its author.
        let entries = l.entries(0, 400).await.unwrap();
        assert!(entries.iter().enumerate().all(|(i, e)| e.seq == i as u64));
        db.cleanup().await;
    })
    .await;
}

/// Two writers of one ledger (the running node, and a `malines users` command beside it):
/// neither loses an entry, the one that was behind catches up, and the tree verifies.
#[tokio::test]
async fn two_processes_appending_to_one_ledger_keep_it_whole() {
    on_both(async |db: TestDb| {
        let node = Ledger::new(db.store.clone(), "BE-FED", None);
        let cli = Ledger::new(db.store.clone(), "BE-FED", None);
        let mut seqs = Vec::new();
        for i in 0..6 {
            let (l, who) = if i % 3 == 2 {
                (&cli, "cli")
            } else {
                (&node, "web")
            };
            let seq = l
                .append(T0, NewEntry::new(who, "user_created", &format!("u{i}")))
                .await
                .unwrap();
            seqs.push(seq);
        }
        assert_eq!(seqs, [0, 1, 2, 3, 4, 5]);
        let v = node.verify(&[], &|_| true).await.unwrap();
        assert_eq!((v.entries, v.problem), (6, None));
        db.cleanup().await;
    })
    .await;
}

/// The periodic signer signs a head when the ledger grew, and only then.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn heads_are_signed_at_intervals_when_the_ledger_grew() {
    let db = common::sqlite().await;
    let l = Arc::new(Ledger::new(db.store.clone(), "BE-FED", None));
    l.append(T0, NewEntry::new("a", "sign_in", ""))
        .await
        .unwrap();
    l.clone().sign_heads_every(
        std::time::Duration::from_millis(50),
        Some(Arc::new(Key(key()))),
    );
    for _ in 0..100 {
        if !l.heads(10).await.unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let heads = l.heads(10).await.unwrap();
    assert_eq!(heads.len(), 1, "one head for one size");
    assert!(signature_ok(&heads[0]));
    l.append(T0, NewEntry::new("a", "sign_out", ""))
        .await
        .unwrap();
    for _ in 0..100 {
        if l.heads(10).await.unwrap().len() == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let heads = l.heads(10).await.unwrap();
    assert_eq!(heads.iter().map(|h| h.size).collect::<Vec<_>>(), vec![2, 1]);
    db.cleanup().await;
}
