//! The story suite of the case store. Every story runs on SQLite, and on PostgreSQL when
//! `MALINES_TEST_DATABASE_URL` is set: the same code against both backends.

use malines_core::Error;
use malines_core::ids::{AuthorityCode, CaseRef, Country};
use malines_core::import::{self, Format};
use malines_core::model::{
    CaseDraft, CaseStatus, IdentifierKind, Stage, StoredCase, ValidationContext,
};
use malines_core::store::{CaseFilter, CaseStore};
use malines_store::Store;
use time::OffsetDateTime;
use time::macros::{date, datetime};

use crate::common::TestDb;

const T0: OffsetDateTime = datetime!(2026-11-29 10:00 UTC);
const T1: OffsetDateTime = datetime!(2026-11-30 09:30 UTC);

macro_rules! on_each_backend {
    ($($story:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $story() {
                    let db = crate::common::sqlite().await;
                    super::$story(&db).await;
                    db.cleanup().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $story() {
                    let Some(db) = crate::common::postgres().await else {
                        eprintln!("postgres story skipped: MALINES_TEST_DATABASE_URL is not set");
                        return;
                    };
                    super::$story(&db).await;
                    db.cleanup().await;
                }
            )*
        }
    };
}

on_each_backend!(
    import_then_read_back,
    reimport_is_idempotent,
    changed_case_is_updated_and_subjects_keep_their_rows,
    failed_batch_writes_nothing,
    list_filters,
    cases_belong_to_their_authority,
);

fn be() -> AuthorityCode {
    AuthorityCode::parse("BE-FED").unwrap()
}

fn ctx() -> ValidationContext {
    ValidationContext::new(Country::parse("BE").unwrap(), date!(2026 - 11 - 29))
}

fn example_drafts() -> Vec<CaseDraft> {
    let bytes = include_bytes!("../../../../examples/cases.csv");
    import::parse(bytes, Format::Csv, &ctx()).unwrap()
}

async fn snapshot(store: &Store, authority: &AuthorityCode) -> Vec<StoredCase> {
    let list = store
        .list_cases(authority, &CaseFilter::default())
        .await
        .unwrap();
    let mut out = Vec::new();
    for c in list {
        out.push(
            store
                .get_case(authority, &c.reference)
                .await
                .unwrap()
                .unwrap(),
        );
    }
    out
}

/// One integer from raw SQL, on whichever backend the test runs.
async fn scalar(db: &TestDb, sql: &'static str) -> i64 {
    match &db.store {
        Store::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
        Store::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await.unwrap(),
    }
}

async fn import_then_read_back(db: &TestDb) {
    let drafts = example_drafts();
    let out = db.store.import_cases(&be(), &drafts, T0).await.unwrap();
    assert_eq!(out.created.len(), 3);
    assert!(out.updated.is_empty() && out.unchanged.is_empty());
    for d in &drafts {
        let s = db
            .store
            .get_case(&be(), &d.case.reference)
            .await
            .unwrap()
            .unwrap();
        // Everything comes back exactly, Arabic script and partial dates included.
        assert_eq!(&s.draft, d);
        assert_eq!((s.version, s.created_at, s.updated_at), (1, T0, T0));
        assert_eq!(s.content_hash, d.content_hash());
    }
    let list = db
        .store
        .list_cases(&be(), &CaseFilter::default())
        .await
        .unwrap();
    let refs: Vec<&str> = list.iter().map(|c| c.reference.as_str()).collect();
    assert_eq!(
        refs,
        ["BE-FED-2019-0031", "BE-FED-2023-0457", "BE-FED-2024-0012"]
    );
    let c = &list[2];
    assert_eq!((c.persons, c.organisations, c.identifiers), (2, 1, 6));
    assert_eq!(c.stage, Stage::Investigation);
}

async fn reimport_is_idempotent(db: &TestDb) {
    let drafts = example_drafts();
    db.store.import_cases(&be(), &drafts, T0).await.unwrap();
    let before = snapshot(&db.store, &be()).await;
    let rows_before = scalar(db, "SELECT COUNT(*) FROM identifiers").await;
    let out = db.store.import_cases(&be(), &drafts, T1).await.unwrap();
    assert_eq!(out.unchanged.len(), 3);
    assert!(out.created.is_empty() && out.updated.is_empty());
    assert_eq!(snapshot(&db.store, &be()).await, before);
    assert_eq!(
        scalar(db, "SELECT COUNT(*) FROM identifiers").await,
        rows_before
    );
}

async fn changed_case_is_updated_and_subjects_keep_their_rows(db: &TestDb) {
    let mut drafts = example_drafts();
    db.store.import_cases(&be(), &drafts, T0).await.unwrap();
    let p1 = "SELECT p.id FROM persons p JOIN cases c ON c.id = p.case_id \
              WHERE c.reference = 'BE-FED-2024-0012' AND p.subject_ref = 'P1'";
    let p1_id = scalar(db, p1).await;

    let d = drafts
        .iter_mut()
        .find(|d| d.case.reference.as_str() == "BE-FED-2024-0012")
        .unwrap();
    d.persons[0].birth_date = Some(malines_core::date::PartialDate::parse("1991-04").unwrap());
    d.persons.retain(|p| p.subject_ref.as_str() != "P2");
    d.identifiers
        .retain(|i| i.subject.as_ref().is_none_or(|s| s.as_str() != "P2"));
    d.identifiers
        .retain(|i| i.identifier.kind != IdentifierKind::Iban);
    let changed = d.clone();

    let out = db.store.import_cases(&be(), &drafts, T1).await.unwrap();
    assert_eq!(out.updated, [CaseRef::parse("BE-FED-2024-0012").unwrap()]);
    assert_eq!(out.unchanged.len(), 2);
    let s = db
        .store
        .get_case(&be(), &changed.case.reference)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(s.draft, changed);
    assert_eq!((s.version, s.created_at, s.updated_at), (2, T0, T1));
    assert_eq!(scalar(db, p1).await, p1_id, "P1 kept its row");
    assert_eq!(
        scalar(db, "SELECT COUNT(*) FROM persons WHERE subject_ref = 'P2'").await,
        0,
        "P2 is gone"
    );
}

async fn failed_batch_writes_nothing(db: &TestDb) {
    let drafts = example_drafts();
    let (first, rest) = drafts.split_first().unwrap();
    db.store
        .import_cases(&be(), std::slice::from_ref(first), T0)
        .await
        .unwrap();
    let before = snapshot(&db.store, &be()).await;

    // A batch whose last case breaks a constraint of the database half-way through its
    // writes: the cases before it, and its own first rows, must not stay.
    let mut broken = rest.to_vec();
    let last = broken.last_mut().unwrap();
    let member = last.case.team[0].clone();
    last.case.team.push(member);
    let mut changed_first = first.clone();
    changed_first.case.title = "Changed in the failing batch".into();
    broken.insert(0, changed_first);

    let err = db.store.import_cases(&be(), &broken, T1).await.unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err:?}");
    assert_eq!(
        snapshot(&db.store, &be()).await,
        before,
        "nothing of the batch was written"
    );
}

async fn list_filters(db: &TestDb) {
    db.store
        .import_cases(&be(), &example_drafts(), T0)
        .await
        .unwrap();
    let count = |f: CaseFilter| {
        let store = db.store.clone();
        async move { store.list_cases(&be(), &f).await.unwrap().len() }
    };
    assert_eq!(
        count(CaseFilter {
            stage: Some(Stage::Prosecution),
            ..Default::default()
        })
        .await,
        1
    );
    assert_eq!(
        count(CaseFilter {
            status: Some(CaseStatus::Closed),
            ..Default::default()
        })
        .await,
        1
    );
    assert_eq!(
        count(CaseFilter {
            status: Some(CaseStatus::Open),
            ..Default::default()
        })
        .await,
        2
    );
    assert_eq!(
        count(CaseFilter {
            text: Some("CRYPTO".into()),
            ..Default::default()
        })
        .await,
        1
    );
    assert_eq!(
        count(CaseFilter {
            text: Some("be-fed-2024".into()),
            ..Default::default()
        })
        .await,
        1
    );
    assert_eq!(
        count(CaseFilter {
            text: Some("%".into()),
            ..Default::default()
        })
        .await,
        0
    );
    assert_eq!(
        count(CaseFilter {
            text: Some("_".into()),
            ..Default::default()
        })
        .await,
        0
    );
    assert_eq!(
        count(CaseFilter {
            review_due_by: Some(date!(2026 - 12 - 31)),
            ..Default::default()
        })
        .await,
        2
    );
    // Non-ASCII text is searched alike on both backends.
    for (text, n) in [("RÉSEAU", 1), ("liège", 1), ("réseau de recrutement", 1)] {
        let f = CaseFilter {
            text: Some(text.into()),
            ..Default::default()
        };
        assert_eq!(count(f).await, n, "{text}");
    }
}

async fn cases_belong_to_their_authority(db: &TestDb) {
    let fr = AuthorityCode::parse("FR-PNAT").unwrap();
    db.store
        .import_cases(&be(), &example_drafts(), T0)
        .await
        .unwrap();
    let reference = CaseRef::parse("BE-FED-2024-0012").unwrap();
    assert!(db.store.get_case(&fr, &reference).await.unwrap().is_none());
    assert!(
        db.store
            .list_cases(&fr, &CaseFilter::default())
            .await
            .unwrap()
            .is_empty()
    );
    // The same reference at another authority is another case.
    let out = db
        .store
        .import_cases(&fr, &example_drafts(), T1)
        .await
        .unwrap();
    assert_eq!(out.created.len(), 3);
    assert_eq!(
        db.store
            .list_cases(&be(), &CaseFilter::default())
            .await
            .unwrap()
            .len(),
        3
    );
}
