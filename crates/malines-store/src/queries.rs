// The SQL of the case store, compiled once per backend: included by `lib.rs` into the modules
// `sqlite` and `postgres`, each of which defines `Db`. Only portable SQL goes here.

use malines_core::date::PartialDate;
use malines_core::ids::{AuthorityCode, CaseId, CaseRef, Country, SubjectRef, Username};
use malines_core::model::{
    CaseData, CaseDraft, CaseStatus, CaseSummary, Identifier, IdentifierData, IdentifierKind,
    OrganisationData, PersonData, Sex, Stage, StoredCase, TerrorismType,
};
use malines_core::store::{CaseFilter, ImportOutcome};
use malines_core::Result;
use sqlx::{Pool, Row};
use time::{Date, OffsetDateTime};

use crate::{corrupt, storage};

type Conn = <Db as sqlx::Database>::Connection;

pub(crate) async fn import_cases(
    pool: &Pool<Db>,
    authority: &AuthorityCode,
    drafts: &[CaseDraft],
    now: OffsetDateTime,
) -> Result<ImportOutcome> {
    let mut tx = pool.begin_with(BEGIN_WRITE).await.map_err(storage)?;
    let mut outcome = ImportOutcome::default();
    for d in drafts {
        let c = &d.case;
        let hash = d.content_hash();
        let existing: Option<(i64, String)> =
            sqlx::query_as("SELECT id, content_hash FROM cases WHERE authority = $1 AND reference = $2")
                .bind(authority.as_str())
                .bind(c.reference.as_str())
                .fetch_optional(&mut *tx)
                .await
                .map_err(storage)?;
        let id = match existing {
            Some((_, stored)) if stored == hash => {
                outcome.unchanged.push(c.reference.clone());
                continue;
            }
            Some((id, _)) => {
                sqlx::query(
                    "UPDATE cases SET title = $1, offences = $2, legal_qualification = $3,
                        terrorism_type = $4, group_affiliation = $5, stage = $6, status = $7,
                        opened_on = $8, review_due = $9, content_hash = $10,
                        version = version + 1, updated_at = $11, decided_on = $13
                     WHERE id = $12",
                )
                .bind(&c.title)
                .bind(json_list(&c.offences))
                .bind(&c.legal_qualification)
                .bind(c.terrorism_type.as_str())
                .bind(&c.group_affiliation)
                .bind(c.stage.as_str())
                .bind(c.status.as_str())
                .bind(c.opened_on)
                .bind(c.review_due)
                .bind(&hash)
                .bind(now)
                .bind(id)
                .bind(c.decided_on)
                .execute(&mut *tx)
                .await
                .map_err(storage)?;
                outcome.updated.push(c.reference.clone());
                id
            }
            None => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO cases (authority, reference, title, offences, legal_qualification,
                        terrorism_type, group_affiliation, stage, status, opened_on, review_due,
                        content_hash, version, created_at, updated_at, decided_on)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13, $14)
                     RETURNING id",
                )
                .bind(authority.as_str())
                .bind(c.reference.as_str())
                .bind(&c.title)
                .bind(json_list(&c.offences))
                .bind(&c.legal_qualification)
                .bind(c.terrorism_type.as_str())
                .bind(&c.group_affiliation)
                .bind(c.stage.as_str())
                .bind(c.status.as_str())
                .bind(c.opened_on)
                .bind(c.review_due)
                .bind(&hash)
                .bind(now)
                .bind(c.decided_on)
                .fetch_one(&mut *tx)
                .await
                .map_err(storage)?;
                outcome.created.push(c.reference.clone());
                id
            }
        };
        write_children(&mut tx, id, d).await?;
    }
    tx.commit().await.map_err(storage)?;
    Ok(outcome)
}

/// Replaces a case's team, subjects and identifiers with the draft's. Subjects keep their row
/// (and key) when their reference is unchanged; those gone from the draft are deleted.
async fn write_children(conn: &mut Conn, case_id: i64, d: &CaseDraft) -> Result<()> {
    sqlx::query("DELETE FROM case_team WHERE case_id = $1")
        .bind(case_id)
        .execute(&mut *conn)
        .await
        .map_err(storage)?;
    for (pos, u) in d.case.team.iter().enumerate() {
        sqlx::query("INSERT INTO case_team (case_id, username, position) VALUES ($1, $2, $3)")
            .bind(case_id)
            .bind(u.as_str())
            .bind(pos as i64)
            .execute(&mut *conn)
            .await
            .map_err(storage)?;
    }

    let kept: Vec<&str> = d.persons.iter().map(|p| p.subject_ref.as_str()).collect();
    delete_missing(conn, Subjects::Persons, case_id, &kept).await?;
    for (pos, p) in d.persons.iter().enumerate() {
        sqlx::query(
            "INSERT INTO persons (case_id, subject_ref, position, family_names, given_names,
                original_script_name, aliases, birth_date, place_of_birth, nationalities, sex,
                residence, shared)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
             ON CONFLICT (case_id, subject_ref) DO UPDATE SET
                position = excluded.position, family_names = excluded.family_names,
                given_names = excluded.given_names,
                original_script_name = excluded.original_script_name,
                aliases = excluded.aliases, birth_date = excluded.birth_date,
                place_of_birth = excluded.place_of_birth,
                nationalities = excluded.nationalities, sex = excluded.sex,
                residence = excluded.residence, shared = excluded.shared",
        )
        .bind(case_id)
        .bind(p.subject_ref.as_str())
        .bind(pos as i64)
        .bind(&p.family_names)
        .bind(&p.given_names)
        .bind(&p.original_script_name)
        .bind(json_list(&p.aliases))
        .bind(p.birth_date.map(|d| d.to_string()))
        .bind(&p.place_of_birth)
        .bind(json_list(&p.nationalities))
        .bind(p.sex.as_str())
        .bind(&p.residence)
        .bind(p.shared)
        .execute(&mut *conn)
        .await
        .map_err(storage)?;
    }

    let kept: Vec<&str> = d.organisations.iter().map(|o| o.subject_ref.as_str()).collect();
    delete_missing(conn, Subjects::Organisations, case_id, &kept).await?;
    for (pos, o) in d.organisations.iter().enumerate() {
        sqlx::query(
            "INSERT INTO organisations (case_id, subject_ref, position, name, aliases, shared)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (case_id, subject_ref) DO UPDATE SET
                position = excluded.position, name = excluded.name,
                aliases = excluded.aliases, shared = excluded.shared",
        )
        .bind(case_id)
        .bind(o.subject_ref.as_str())
        .bind(pos as i64)
        .bind(&o.name)
        .bind(json_list(&o.aliases))
        .bind(o.shared)
        .execute(&mut *conn)
        .await
        .map_err(storage)?;
    }

    // Identifiers are known by their value: keep the rows whose (kind, value, subject) stays.
    let stored: Vec<(i64, String, String, Option<String>)> =
        sqlx::query_as("SELECT id, kind, value, subject_ref FROM identifiers WHERE case_id = $1")
            .bind(case_id)
            .fetch_all(&mut *conn)
            .await
            .map_err(storage)?;
    for (id, kind, value, subject) in stored {
        let still = d.identifiers.iter().any(|i| {
            i.identifier.kind.as_str() == kind
                && i.identifier.value == value
                && i.subject.as_ref().map(SubjectRef::as_str) == subject.as_deref()
        });
        if !still {
            sqlx::query("DELETE FROM identifiers WHERE id = $1")
                .bind(id)
                .execute(&mut *conn)
                .await
                .map_err(storage)?;
        }
    }
    for (pos, i) in d.identifiers.iter().enumerate() {
        sqlx::query(
            "INSERT INTO identifiers (case_id, subject_ref, position, kind, value, shared)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (case_id, kind, value, COALESCE(subject_ref, '')) DO UPDATE SET
                position = excluded.position, shared = excluded.shared",
        )
        .bind(case_id)
        .bind(i.subject.as_ref().map(SubjectRef::as_str))
        .bind(pos as i64)
        .bind(i.identifier.kind.as_str())
        .bind(&i.identifier.value)
        .bind(i.shared)
        .execute(&mut *conn)
        .await
        .map_err(storage)?;
    }
    Ok(())
}

/// The two kinds of subject table.
#[derive(Clone, Copy)]
enum Subjects {
    Persons,
    Organisations,
}

/// Deletes the subjects of the case whose reference is not in `kept`.
async fn delete_missing(conn: &mut Conn, table: Subjects, case_id: i64, kept: &[&str]) -> Result<()> {
    let (select, delete) = match table {
        Subjects::Persons => (
            "SELECT id, subject_ref FROM persons WHERE case_id = $1",
            "DELETE FROM persons WHERE id = $1",
        ),
        Subjects::Organisations => (
            "SELECT id, subject_ref FROM organisations WHERE case_id = $1",
            "DELETE FROM organisations WHERE id = $1",
        ),
    };
    let rows: Vec<(i64, String)> = sqlx::query_as(select)
        .bind(case_id)
        .fetch_all(&mut *conn)
        .await
        .map_err(storage)?;
    for (id, r) in rows {
        if !kept.contains(&r.as_str()) {
            sqlx::query(delete)
                .bind(id)
                .execute(&mut *conn)
                .await
                .map_err(storage)?;
        }
    }
    Ok(())
}

pub(crate) async fn list_cases(
    pool: &Pool<Db>,
    authority: &AuthorityCode,
    filter: &CaseFilter,
) -> Result<Vec<CaseSummary>> {
    let rows = sqlx::query(
        "SELECT c.id, c.reference, c.title, c.stage, c.status, c.opened_on, c.review_due,
                c.version, c.content_hash,
                (SELECT COUNT(*) FROM persons p WHERE p.case_id = c.id) AS n_persons,
                (SELECT COUNT(*) FROM organisations o WHERE o.case_id = c.id) AS n_orgs,
                (SELECT COUNT(*) FROM identifiers i WHERE i.case_id = c.id) AS n_ids
         FROM cases c
         WHERE c.authority = $1
           AND ($2 IS NULL OR c.stage = $2)
           AND ($3 IS NULL OR c.status = $3)
           AND ($4 IS NULL OR c.review_due <= $4)
           AND ($5 IS NULL OR EXISTS (
                SELECT 1 FROM case_team t WHERE t.case_id = c.id AND t.username = $5))",
    )
    .bind(authority.as_str())
    .bind(filter.stage.map(Stage::as_str))
    .bind(filter.status.map(CaseStatus::as_str))
    .bind(filter.review_due_by)
    .bind(filter.member.as_ref().map(|u| u.as_str()))
    .fetch_all(pool)
    .await
    .map_err(storage)?;
    // Text search and order are done here, not in SQL: SQLite's LOWER and both backends'
    // collations differ on non-ASCII text (Opération, ÉTAT), and both backends must agree.
    let needle = filter.text.as_deref().map(str::to_lowercase);
    let mut cases = rows
        .iter()
        .map(|r| {
            Ok(CaseSummary {
                id: CaseId(r.try_get("id").map_err(storage)?),
                reference: parse_col(r, "reference", CaseRef::parse)?,
                title: r.try_get("title").map_err(storage)?,
                stage: parse_col(r, "stage", Stage::parse)?,
                status: parse_col(r, "status", CaseStatus::parse)?,
                opened_on: r.try_get("opened_on").map_err(storage)?,
                review_due: r.try_get("review_due").map_err(storage)?,
                persons: r.try_get("n_persons").map_err(storage)?,
                organisations: r.try_get("n_orgs").map_err(storage)?,
                identifiers: r.try_get("n_ids").map_err(storage)?,
                version: r.try_get("version").map_err(storage)?,
                content_hash: r.try_get("content_hash").map_err(storage)?,
            })
        })
        .collect::<Result<Vec<CaseSummary>>>()?;
    if let Some(n) = &needle {
        cases.retain(|c| {
            c.reference.as_str().to_lowercase().contains(n.as_str())
                || c.title.to_lowercase().contains(n.as_str())
        });
    }
    cases.sort_by(|a, b| a.reference.as_str().cmp(b.reference.as_str()));
    Ok(cases)
}

pub(crate) async fn delete_case(
    pool: &Pool<Db>,
    authority: &AuthorityCode,
    reference: &CaseRef,
) -> Result<bool> {
    // Subjects, identifiers and the team go with it (ON DELETE CASCADE).
    let done = sqlx::query("DELETE FROM cases WHERE authority = $1 AND reference = $2")
        .bind(authority.as_str())
        .bind(reference.as_str())
        .execute(pool)
        .await
        .map_err(storage)?;
    Ok(done.rows_affected() > 0)
}

pub(crate) async fn get_case(
    pool: &Pool<Db>,
    authority: &AuthorityCode,
    reference: &CaseRef,
) -> Result<Option<StoredCase>> {
    let mut conn = pool.acquire().await.map_err(storage)?;
    let Some(r) = sqlx::query(
        "SELECT id, reference, title, offences, legal_qualification, terrorism_type,
                group_affiliation, stage, status, opened_on, review_due, content_hash, version,
                created_at, updated_at, decided_on
         FROM cases WHERE authority = $1 AND reference = $2",
    )
    .bind(authority.as_str())
    .bind(reference.as_str())
    .fetch_optional(&mut *conn)
    .await
    .map_err(storage)?
    else {
        return Ok(None);
    };
    let id: i64 = r.try_get("id").map_err(storage)?;

    let team: Vec<String> =
        sqlx::query_scalar("SELECT username FROM case_team WHERE case_id = $1 ORDER BY position")
            .bind(id)
            .fetch_all(&mut *conn)
            .await
            .map_err(storage)?;
    let team = team
        .iter()
        .map(|u| Username::parse(u).map_err(|e| corrupt("team member", e)))
        .collect::<Result<Vec<_>>>()?;

    let case = CaseData {
        reference: parse_col(&r, "reference", CaseRef::parse)?,
        title: r.try_get("title").map_err(storage)?,
        offences: json_col(&r, "offences")?,
        legal_qualification: r.try_get("legal_qualification").map_err(storage)?,
        terrorism_type: parse_col(&r, "terrorism_type", TerrorismType::parse)?,
        group_affiliation: r.try_get("group_affiliation").map_err(storage)?,
        stage: parse_col(&r, "stage", Stage::parse)?,
        status: parse_col(&r, "status", CaseStatus::parse)?,
        opened_on: r.try_get::<Date, _>("opened_on").map_err(storage)?,
        review_due: r.try_get::<Date, _>("review_due").map_err(storage)?,
        decided_on: r.try_get::<Option<Date>, _>("decided_on").map_err(storage)?,
        team,
    };

    let persons = sqlx::query(
        "SELECT subject_ref, family_names, given_names, original_script_name, aliases,
                birth_date, place_of_birth, nationalities, sex, residence, shared
         FROM persons WHERE case_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .map_err(storage)?
    .iter()
    .map(|p| {
        let birth: Option<String> = p.try_get("birth_date").map_err(storage)?;
        let nationalities: Vec<String> = json_col(p, "nationalities")?;
        Ok(PersonData {
            subject_ref: parse_col(p, "subject_ref", SubjectRef::parse)?,
            family_names: p.try_get("family_names").map_err(storage)?,
            given_names: p.try_get("given_names").map_err(storage)?,
            original_script_name: p.try_get("original_script_name").map_err(storage)?,
            aliases: json_col(p, "aliases")?,
            birth_date: birth
                .map(|b| PartialDate::parse(&b).map_err(|e| corrupt("birth date", e)))
                .transpose()?,
            place_of_birth: p.try_get("place_of_birth").map_err(storage)?,
            nationalities: nationalities
                .iter()
                .map(|n| Country::parse(n).map_err(|e| corrupt("nationality", e)))
                .collect::<Result<_>>()?,
            sex: parse_col(p, "sex", Sex::parse)?,
            residence: p.try_get("residence").map_err(storage)?,
            shared: p.try_get("shared").map_err(storage)?,
        })
    })
    .collect::<Result<Vec<_>>>()?;

    let organisations = sqlx::query(
        "SELECT subject_ref, name, aliases, shared FROM organisations
         WHERE case_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .map_err(storage)?
    .iter()
    .map(|o| {
        Ok(OrganisationData {
            subject_ref: parse_col(o, "subject_ref", SubjectRef::parse)?,
            name: o.try_get("name").map_err(storage)?,
            aliases: json_col(o, "aliases")?,
            shared: o.try_get("shared").map_err(storage)?,
        })
    })
    .collect::<Result<Vec<_>>>()?;

    let identifiers = sqlx::query(
        "SELECT subject_ref, kind, value, shared FROM identifiers
         WHERE case_id = $1 ORDER BY position",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .map_err(storage)?
    .iter()
    .map(|i| {
        let subject: Option<String> = i.try_get("subject_ref").map_err(storage)?;
        Ok(IdentifierData {
            subject: subject
                .map(|s| SubjectRef::parse(&s).map_err(|e| corrupt("subject reference", e)))
                .transpose()?,
            identifier: Identifier {
                kind: parse_col(i, "kind", IdentifierKind::parse)?,
                value: i.try_get("value").map_err(storage)?,
            },
            shared: i.try_get("shared").map_err(storage)?,
        })
    })
    .collect::<Result<Vec<_>>>()?;

    Ok(Some(StoredCase {
        id: CaseId(id),
        authority: authority.clone(),
        version: r.try_get("version").map_err(storage)?,
        content_hash: r.try_get("content_hash").map_err(storage)?,
        created_at: r.try_get::<OffsetDateTime, _>("created_at").map_err(storage)?,
        updated_at: r.try_get::<OffsetDateTime, _>("updated_at").map_err(storage)?,
        draft: CaseDraft {
            case,
            persons,
            organisations,
            identifiers,
        },
    }))
}

fn json_list<T: serde::Serialize>(items: &[T]) -> String {
    // A list of strings always serialises.
    serde_json::to_string(items).unwrap_or_else(|_| "[]".into())
}

fn json_col<T: serde::de::DeserializeOwned>(
    row: &<Db as sqlx::Database>::Row,
    col: &str,
) -> Result<T> {
    let text: String = row.try_get(col).map_err(storage)?;
    serde_json::from_str(&text).map_err(|e| corrupt(col, e))
}

fn parse_col<T>(
    row: &<Db as sqlx::Database>::Row,
    col: &str,
    parse: impl Fn(&str) -> std::result::Result<T, String>,
) -> Result<T> {
    let text: String = row.try_get(col).map_err(storage)?;
    parse(&text).map_err(|e| corrupt(col, e))
}
