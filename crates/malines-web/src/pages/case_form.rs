//! Entering and editing a case, with every error shown at its field.
//!
//! The form posts flat fields named like the paths the core's validation reports
//! (`persons[1].birth_date`), so each error finds its field without a table of names. Rows of
//! persons, organisations and identifiers are added with a button that posts the form back
//! (no JavaScript); entirely empty rows are ignored.

use std::collections::BTreeMap;
use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use malines_core::model::{
    CaseDraft, CaseStatus, IdentifierKind, RawCase, RawIdentifier, RawOrganisation, RawPerson,
    Stage, StoredCase, TerrorismType,
};
use malines_core::store::CaseStore;
use malines_core::users::{Action, Role};
use malines_store::audit::NewEntry;

use super::Fields;
use super::purpose;
use crate::access::{self, TeamCase};
use crate::context::Auth;
use crate::reasons;
use crate::session::check_csrf;
use crate::view::{Page, html, unprocessable};
use crate::{Web, WebError};

/// Blank rows offered at the end of each section.
const BLANK_PERSONS: usize = 1;
const BLANK_ORGANISATIONS: usize = 1;
const BLANK_IDENTIFIERS: usize = 2;
/// Rows a form may hold, per section: beyond this a file import is the tool.
const MAX_ROWS: usize = 200;

const PERSON_FIELDS: [&str; 10] = [
    "ref",
    "family_names",
    "given_names",
    "original_script_name",
    "aliases",
    "birth_date",
    "place_of_birth",
    "nationalities",
    "sex",
    "residence",
];
const ORG_FIELDS: [&str; 3] = ["ref", "name", "aliases"];
const IDENT_FIELDS: [&str; 6] = [
    "subject", "type", "value", "doc_type", "country", "platform",
];

/// The form's values and errors, by field name.
#[derive(Debug, Default)]
struct FormState {
    values: BTreeMap<String, String>,
    errors: BTreeMap<String, Vec<String>>,
    /// Errors that name no field of the form.
    general: Vec<String>,
    persons: usize,
    organisations: usize,
    identifiers: usize,
    /// The version of the case the form was opened on (editing only).
    version: i64,
}

fn rows_of(values: &BTreeMap<String, String>, section: &str) -> usize {
    values
        .keys()
        .filter_map(|k| k.strip_prefix(section)?.strip_prefix('['))
        .filter_map(|rest| rest.split(']').next()?.parse::<usize>().ok())
        .filter(|i| *i < MAX_ROWS)
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
        .min(MAX_ROWS)
}

impl FormState {
    fn from_fields(f: &Fields) -> FormState {
        let mut values = BTreeMap::new();
        for (k, v) in &f.0 {
            if k == "csrf" || k == "action" {
                continue;
            }
            // Checkboxes post "1" when ticked; a repeated name keeps its first value.
            values.entry(k.clone()).or_insert_with(|| v.clone());
        }
        let mut s = FormState {
            persons: rows_of(&values, "persons"),
            organisations: rows_of(&values, "organisations"),
            identifiers: rows_of(&values, "identifiers"),
            values,
            ..Default::default()
        };
        s.drop_empty_rows();
        s
    }

    fn from_case(c: &StoredCase) -> FormState {
        let d = &c.draft;
        let mut v = BTreeMap::new();
        let mut set = |k: String, x: String| {
            v.insert(k, x);
        };
        let case = &d.case;
        set("reference".into(), case.reference.as_str().into());
        set("title".into(), case.title.clone());
        set("offences".into(), case.offences.join("\n"));
        set(
            "legal_qualification".into(),
            case.legal_qualification.clone().unwrap_or_default(),
        );
        set("terrorism_type".into(), case.terrorism_type.as_str().into());
        set(
            "group_affiliation".into(),
            case.group_affiliation.clone().unwrap_or_default(),
        );
        set("stage".into(), case.stage.as_str().into());
        set("status".into(), case.status.as_str().into());
        set("opened_on".into(), case.opened_on.to_string());
        set("review_due".into(), case.review_due.to_string());
        set(
            "decided_on".into(),
            case.decided_on.map(|d| d.to_string()).unwrap_or_default(),
        );
        set(
            "team".into(),
            case.team
                .iter()
                .map(|u| u.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        );
        for (i, p) in d.persons.iter().enumerate() {
            let k = |f: &str| format!("persons[{i}].{f}");
            set(k("ref"), p.subject_ref.as_str().into());
            set(
                k("family_names"),
                p.family_names.clone().unwrap_or_default(),
            );
            set(k("given_names"), p.given_names.clone().unwrap_or_default());
            set(
                k("original_script_name"),
                p.original_script_name.clone().unwrap_or_default(),
            );
            set(k("aliases"), p.aliases.join("; "));
            set(
                k("birth_date"),
                p.birth_date.map(|b| b.to_string()).unwrap_or_default(),
            );
            set(
                k("place_of_birth"),
                p.place_of_birth.clone().unwrap_or_default(),
            );
            set(
                k("nationalities"),
                p.nationalities
                    .iter()
                    .map(|n| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            );
            set(k("sex"), p.sex.as_str().into());
            set(k("residence"), p.residence.clone().unwrap_or_default());
            if p.shared {
                set(k("shared"), "1".into());
            }
        }
        for (i, o) in d.organisations.iter().enumerate() {
            let k = |f: &str| format!("organisations[{i}].{f}");
            set(k("ref"), o.subject_ref.as_str().into());
            set(k("name"), o.name.clone());
            set(k("aliases"), o.aliases.join("; "));
            if o.shared {
                set(k("shared"), "1".into());
            }
        }
        for (i, id) in d.identifiers.iter().enumerate() {
            let k = |f: &str| format!("identifiers[{i}].{f}");
            set(
                k("subject"),
                id.subject
                    .as_ref()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default(),
            );
            set(k("type"), id.identifier.kind.as_str().into());
            // The stored value is the normalised one; a document's is "COUNTRY:TYPE:NUMBER".
            let value = &id.identifier.value;
            if id.identifier.kind == IdentifierKind::IdentityDocument {
                let mut parts = value.splitn(3, ':');
                let (c, t, n) = (parts.next(), parts.next(), parts.next());
                set(k("country"), c.unwrap_or_default().into());
                set(k("doc_type"), t.unwrap_or_default().into());
                set(k("value"), n.unwrap_or(value).into());
            } else {
                set(k("value"), value.clone());
            }
            if id.shared {
                set(k("shared"), "1".into());
            }
        }
        FormState {
            persons: d.persons.len(),
            organisations: d.organisations.len(),
            identifiers: d.identifiers.len(),
            values: v,
            ..Default::default()
        }
    }

    /// Renumbers rows without their empty ones, so that blank rows left in a form are not
    /// read as subjects.
    fn drop_empty_rows(&mut self) {
        for (section, fields, count) in [
            ("persons", &PERSON_FIELDS[..], self.persons),
            ("organisations", &ORG_FIELDS[..], self.organisations),
            ("identifiers", &IDENT_FIELDS[..], self.identifiers),
        ] {
            let mut kept = 0usize;
            let mut moved = BTreeMap::new();
            for i in 0..count {
                let prefix = format!("{section}[{i}].");
                let row: Vec<(String, String)> = self
                    .values
                    .iter()
                    .filter(|(k, _)| k.starts_with(&prefix))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect();
                let filled = row.iter().any(|(k, v)| {
                    let f = k.get(prefix.len()..).unwrap_or("");
                    // The defaults of a blank row (shared ticked, sex unknown) are not data.
                    fields.contains(&f) && f != "sex" && !v.trim().is_empty()
                });
                for (k, _) in &row {
                    self.values.remove(k);
                }
                if filled {
                    for (k, v) in row {
                        let f = k.get(prefix.len()..).unwrap_or("").to_string();
                        moved.insert(format!("{section}[{kept}].{f}"), v);
                    }
                    kept += 1;
                }
            }
            self.values.extend(moved);
            match section {
                "persons" => self.persons = kept,
                "organisations" => self.organisations = kept,
                _ => self.identifiers = kept,
            }
        }
    }

    fn v(&self, name: &str) -> &str {
        self.values.get(name).map_or("", String::as_str)
    }

    fn list(&self, name: &str, seps: &[char]) -> Vec<String> {
        self.v(name)
            .split(|c: char| seps.contains(&c))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn opt(&self, name: &str) -> Option<String> {
        Some(self.v(name).trim().to_string()).filter(|s| !s.is_empty())
    }

    fn ticked(&self, name: &str) -> bool {
        !self.v(name).is_empty()
    }

    /// The case as the form proposes it.
    fn raw(&self) -> RawCase {
        RawCase {
            reference: self.v("reference").trim().to_string(),
            title: self.v("title").trim().to_string(),
            offences: self.list("offences", &['\n']),
            legal_qualification: self.opt("legal_qualification"),
            terrorism_type: self.opt("terrorism_type"),
            group_affiliation: self.opt("group_affiliation"),
            stage: self.opt("stage"),
            status: self.opt("status"),
            opened_on: self.v("opened_on").trim().to_string(),
            review_due: self.opt("review_due"),
            decided_on: self.opt("decided_on"),
            team: self.list("team", &[',', ' ', ';', '\n']),
            persons: (0..self.persons)
                .map(|i| {
                    let k = |f: &str| format!("persons[{i}].{f}");
                    RawPerson {
                        subject_ref: self.opt(&k("ref")),
                        family_names: self.v(&k("family_names")).trim().to_string(),
                        given_names: self.v(&k("given_names")).trim().to_string(),
                        original_script_name: self.opt(&k("original_script_name")),
                        aliases: self.list(&k("aliases"), &[';']),
                        birth_date: self.opt(&k("birth_date")),
                        place_of_birth: self.opt(&k("place_of_birth")),
                        nationalities: self.list(&k("nationalities"), &[',', ' ', ';']),
                        sex: self.opt(&k("sex")),
                        residence: self.opt(&k("residence")),
                        shared: self.ticked(&k("shared")),
                        identifiers: Vec::new(),
                    }
                })
                .collect(),
            organisations: (0..self.organisations)
                .map(|i| {
                    let k = |f: &str| format!("organisations[{i}].{f}");
                    RawOrganisation {
                        subject_ref: self.opt(&k("ref")),
                        name: self.v(&k("name")).trim().to_string(),
                        aliases: self.list(&k("aliases"), &[';']),
                        shared: self.ticked(&k("shared")),
                        identifiers: Vec::new(),
                    }
                })
                .collect(),
            identifiers: (0..self.identifiers)
                .map(|i| {
                    let k = |f: &str| format!("identifiers[{i}].{f}");
                    RawIdentifier {
                        kind: self.v(&k("type")).trim().to_string(),
                        value: self.v(&k("value")).trim().to_string(),
                        doc_type: self.opt(&k("doc_type")),
                        country: self.opt(&k("country")),
                        platform: self.opt(&k("platform")),
                        subject: self.opt(&k("subject")),
                        shared: self.ticked(&k("shared")),
                    }
                })
                .collect(),
        }
    }

    /// Files an error under the form field it names: the exact name, or the list field a
    /// `team[2]`-style path belongs to; otherwise among the general errors.
    fn add_error(&mut self, path: &str, reason: String) {
        let field = if self.is_field(path) {
            Some(path.to_string())
        } else {
            path.rfind('[')
                .filter(|_| path.ends_with(']'))
                .and_then(|i| path.get(..i))
                .filter(|base| self.is_field(base))
                .map(str::to_string)
        };
        match field {
            Some(f) => self.errors.entry(f).or_default().push(reason),
            None => self.general.push(format!("{path}: {reason}")),
        }
    }

    fn is_field(&self, name: &str) -> bool {
        const CASE_FIELDS: [&str; 12] = [
            "decided_on",
            "reference",
            "title",
            "offences",
            "legal_qualification",
            "terrorism_type",
            "group_affiliation",
            "stage",
            "status",
            "opened_on",
            "review_due",
            "team",
        ];
        if CASE_FIELDS.contains(&name) {
            return true;
        }
        let Some((row, field)) = name.split_once("].") else {
            return false;
        };
        let Some((section, index)) = row.split_once('[') else {
            return false;
        };
        let Ok(i) = index.parse::<usize>() else {
            return false;
        };
        match section {
            "persons" => i < self.persons && (PERSON_FIELDS.contains(&field) || field == "shared"),
            "organisations" => {
                i < self.organisations && (ORG_FIELDS.contains(&field) || field == "shared")
            }
            "identifiers" => {
                i < self.identifiers && (IDENT_FIELDS.contains(&field) || field == "shared")
            }
            _ => false,
        }
    }
}

#[derive(Template)]
#[template(path = "case_form.html")]
struct FormView<'a> {
    page: Page<'a>,
    form: FormState,
    /// `None` for a new case; the reference of the case edited otherwise.
    editing: Option<String>,
    persons: usize,
    organisations: usize,
    identifiers: usize,
    stages: &'static [Stage],
    statuses: &'static [CaseStatus],
    types: &'static [TerrorismType],
    kinds: &'static [IdentifierKind],
}

impl FormView<'_> {
    fn v(&self, name: &str) -> &str {
        self.form.v(name)
    }

    fn checked(&self, name: &str) -> bool {
        self.form.ticked(name)
    }

    fn errors(&self, name: &str) -> String {
        self.form
            .errors
            .get(name)
            .map(|e| e.join("; "))
            .unwrap_or_default()
    }

    /// An element id for a field name (`persons[1].birth_date` → `persons-1-birth_date`).
    fn id(&self, name: &str) -> String {
        name.chars()
            .filter(|c| *c != ']')
            .map(|c| if c == '[' || c == '.' { '-' } else { c })
            .collect()
    }

    /// A labelled input with its error, as HTML. `extra` is trusted attribute text from the
    /// template itself.
    fn input(&self, name: &str, label_key: &str, kind: &str, extra: &str) -> String {
        let id = self.id(name);
        let err = self.errors(name);
        let mut h = format!(
            "<p class=\"field{}\"><label for=\"{id}\">{}</label>",
            if err.is_empty() { "" } else { " invalid" },
            esc(&self.page.t(label_key))
        );
        let described = if err.is_empty() {
            String::new()
        } else {
            format!(" aria-invalid=\"true\" aria-describedby=\"{id}-error\"")
        };
        if kind == "textarea" {
            h.push_str(&format!(
                "<textarea id=\"{id}\" name=\"{}\"{described} {extra}>{}</textarea>",
                esc(name),
                esc(self.v(name))
            ));
        } else {
            h.push_str(&format!(
                "<input id=\"{id}\" name=\"{}\" type=\"{kind}\" value=\"{}\"{described} {extra}>",
                esc(name),
                esc(self.v(name))
            ));
        }
        if !err.is_empty() {
            h.push_str(&format!(
                "<span class=\"error\" id=\"{id}-error\">{}</span>",
                esc(&err)
            ));
        }
        h.push_str("</p>");
        h
    }

    /// A labelled select of `(value, message key)` options, as HTML.
    fn select(
        &self,
        name: &str,
        label_key: &str,
        options: impl std::borrow::Borrow<[(String, String)]>,
        blank: bool,
    ) -> String {
        let id = self.id(name);
        let err = self.errors(name);
        let current = self.v(name);
        let mut h = format!(
            "<p class=\"field{}\"><label for=\"{id}\">{}</label><select id=\"{id}\" name=\"{}\"{}>",
            if err.is_empty() { "" } else { " invalid" },
            esc(&self.page.t(label_key)),
            esc(name),
            if err.is_empty() {
                String::new()
            } else {
                format!(" aria-invalid=\"true\" aria-describedby=\"{id}-error\"")
            }
        );
        if blank {
            h.push_str(&format!(
                "<option value=\"\">{}</option>",
                esc(&self.page.t("filter-none"))
            ));
        }
        for (value, key) in options.borrow() {
            h.push_str(&format!(
                "<option value=\"{}\"{}>{}</option>",
                esc(value),
                if value.as_str() == current {
                    " selected"
                } else {
                    ""
                },
                esc(&self.page.t(key))
            ));
        }
        h.push_str("</select>");
        if !err.is_empty() {
            h.push_str(&format!(
                "<span class=\"error\" id=\"{id}-error\">{}</span>",
                esc(&err)
            ));
        }
        h.push_str("</p>");
        h
    }

    fn checkbox(&self, name: &str, label_key: &str) -> String {
        let id = self.id(name);
        format!(
            "<p class=\"field check\"><input id=\"{id}\" name=\"{}\" type=\"checkbox\" value=\"1\"{}><label for=\"{id}\">{}</label></p>",
            esc(name),
            if self.checked(name) { " checked" } else { "" },
            esc(&self.page.t(label_key))
        )
    }

    fn options<T: Copy>(
        &self,
        all: &[T],
        prefix: &str,
        text: fn(T) -> &'static str,
    ) -> Vec<(String, String)> {
        all.iter()
            .map(|v| (text(*v).to_string(), format!("{prefix}-{}", text(*v))))
            .collect()
    }

    fn stage_options(&self) -> Vec<(String, String)> {
        self.options(self.stages, "stage", Stage::as_str)
    }

    fn status_options(&self) -> Vec<(String, String)> {
        self.options(self.statuses, "status", CaseStatus::as_str)
    }

    fn type_options(&self) -> Vec<(String, String)> {
        self.options(self.types, "terrorism", TerrorismType::as_str)
    }

    fn kind_options(&self) -> Vec<(String, String)> {
        self.options(self.kinds, "kind", IdentifierKind::as_str)
    }

    fn sex_options(&self) -> Vec<(String, String)> {
        self.options(
            malines_core::model::Sex::ALL,
            "sex",
            malines_core::model::Sex::as_str,
        )
    }

    fn doc_options(&self) -> Vec<(String, String)> {
        self.options(
            malines_core::model::DocumentType::ALL,
            "doc",
            malines_core::model::DocumentType::as_str,
        )
    }

    fn general(&self) -> &[String] {
        &self.form.general
    }

    fn rows(&self, n: &usize) -> std::ops::Range<usize> {
        0..*n
    }

    fn version(&self) -> i64 {
        self.form.version
    }

    fn error_count(&self) -> usize {
        self.form.errors.values().map(Vec::len).sum::<usize>() + self.form.general.len()
    }
}

fn render(
    web: &Web,
    auth: &Auth,
    mut form: FormState,
    editing: Option<String>,
    extra: (usize, usize, usize),
) -> Result<Response, WebError> {
    let (persons, organisations, identifiers) = (
        (form.persons + BLANK_PERSONS + extra.0).min(MAX_ROWS),
        (form.organisations + BLANK_ORGANISATIONS + extra.1).min(MAX_ROWS),
        (form.identifiers + BLANK_IDENTIFIERS + extra.2).min(MAX_ROWS),
    );
    // Blank rows are shared by default, like rows of an import.
    for i in form.persons..persons {
        form.values
            .insert(format!("persons[{i}].shared"), "1".into());
    }
    for i in form.organisations..organisations {
        form.values
            .insert(format!("organisations[{i}].shared"), "1".into());
    }
    for i in form.identifiers..identifiers {
        form.values
            .insert(format!("identifiers[{i}].shared"), "1".into());
    }
    let title = if editing.is_some() {
        "case-edit-title"
    } else {
        "case-new-title"
    };
    let view = FormView {
        page: Page::new(web, &auth.ctx, title, "cases"),
        form,
        editing,
        persons,
        organisations,
        identifiers,
        stages: Stage::ALL,
        statuses: CaseStatus::ALL,
        types: TerrorismType::ALL,
        kinds: IdentifierKind::ALL,
    };
    let r = html(&view)?;
    Ok(if view.error_count() > 0 {
        unprocessable(r)
    } else {
        r
    })
}

pub async fn new_form(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    auth.user.require(Action::WriteCases)?;
    let mut form = FormState::default();
    let today = web.clock.today();
    form.values.insert("opened_on".into(), today.to_string());
    form.values
        .insert("stage".into(), Stage::Investigation.as_str().into());
    form.values
        .insert("status".into(), CaseStatus::Open.as_str().into());
    form.values
        .insert("team".into(), auth.user.user.username.as_str().to_string());
    render(&web, &auth, form, None, (0, 0, 0))
}

pub async fn edit_form(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let tc = access::open_case(&web, &auth.user, &reference, Action::WriteCases).await?;
    too_large_for_the_form(&tc)?;
    let Some(purpose) = purpose::stated(&web, &auth, &tc) else {
        return purpose::ask(&web, &auth, &tc, purpose::Next::Edit, None, None);
    };
    let tc = tc.read(&web, &auth.user, &purpose).await?;
    let mut form = FormState::from_case(tc.case());
    form.version = tc.case().version;
    render(
        &web,
        &auth,
        form,
        Some(tc.reference().as_str().to_string()),
        (0, 0, 0),
    )
}

/// A case with more subjects or identifiers than the form shows is edited by import: the
/// form must never drop rows it does not show.
fn too_large_for_the_form(c: &TeamCase) -> Result<(), WebError> {
    let (persons, organisations, identifiers) = c.rows();
    let most = MAX_ROWS - BLANK_IDENTIFIERS;
    if persons > most || organisations > most || identifiers > most {
        return Err(WebError::BadRequest(format!(
            "this case has more than {most} persons, organisations or identifiers: edit it by importing a file"
        )));
    }
    Ok(())
}

/// Which "add a row" button was pressed, if any.
fn extra_rows(f: &Fields) -> Option<(usize, usize, usize)> {
    match f.get("action") {
        Some("add-person") => Some((1, 0, 0)),
        Some("add-organisation") => Some((0, 1, 0)),
        Some("add-identifier") => Some((0, 0, 1)),
        _ => None,
    }
}

/// Validates the form; the draft, or the form with its errors.
async fn validate(
    web: &Web,
    auth: &Auth,
    form: &mut FormState,
) -> Result<Option<CaseDraft>, WebError> {
    let ctx = web.validation_context();
    let draft = match CaseDraft::validate(&form.raw(), &ctx) {
        Ok(d) => Some(d),
        Err(errs) => {
            for e in errs {
                form.add_error(&e.field, reason(web, auth, &e.reason));
            }
            None
        }
    };
    // The team must be users of this node who may read cases, and must keep the author:
    // a case nobody can open is lost to its office.
    let users = web.store().users().await?;
    let team = form.list("team", &[',', ' ', ';', '\n']);
    for member in &team {
        let known = users.iter().any(|u| {
            u.username == member.to_ascii_lowercase()
                && Role::parse(&u.role).is_ok_and(|r| r.may(Action::ReadCases))
        });
        if !known {
            form.add_error(
                "team",
                reason(
                    web,
                    auth,
                    &format!("'{member}' is not a prosecutor, clerk or validator of this node"),
                ),
            );
        }
    }
    let me = auth.user.user.username.as_str();
    if !team.iter().any(|m| m.to_ascii_lowercase() == me) {
        form.add_error(
            "team",
            reason(web, auth, &format!("must include you ({me})")),
        );
    }
    Ok(draft.filter(|_| form.errors.is_empty() && form.general.is_empty()))
}

/// A reason of refusal in the user's language (the English phrases of the core and of this
/// page, recognised by `reasons::translate`).
fn reason(web: &Web, auth: &Auth, english: &str) -> String {
    reasons::translate(&web.i18n, auth.ctx.locale, english)
}

pub async fn new_submit(
    State(web): State<Arc<Web>>,
    auth: Auth,
    fields: Fields,
) -> Result<Response, WebError> {
    auth.user.require(Action::WriteCases)?;
    check_csrf(&auth.user.csrf, fields.csrf())?;
    let mut form = FormState::from_fields(&fields);
    if let Some(extra) = extra_rows(&fields) {
        return render(&web, &auth, form, None, extra);
    }
    let Some(draft) = validate(&web, &auth, &mut form).await? else {
        return render(&web, &auth, form, None, (0, 0, 0));
    };
    let exists = web
        .store()
        .get_case(web.node()?.authority(), &draft.case.reference)
        .await?
        .is_some();
    if exists {
        // The same answer whether the case is the user's or another team's: the reference
        // is taken, nothing more is said.
        form.add_error(
            "reference",
            reason(&web, &auth, "is not available: another case has it"),
        );
        return render(&web, &auth, form, None, (0, 0, 0));
    }
    save(&web, &auth, &draft, "case_created").await
}

pub async fn edit_submit(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(reference): Path<String>,
    fields: Fields,
) -> Result<Response, WebError> {
    let tc = access::open_case(&web, &auth.user, &reference, Action::WriteCases).await?;
    check_csrf(&auth.user.csrf, fields.csrf())?;
    too_large_for_the_form(&tc)?;
    let editing = Some(tc.reference().as_str().to_string());
    let mut form = FormState::from_fields(&fields);
    form.version = fields.text("version").parse().unwrap_or(0);
    // The reference is the case's identity: it is not edited here.
    form.values
        .insert("reference".into(), tc.reference().as_str().to_string());
    if let Some(extra) = extra_rows(&fields) {
        return render(&web, &auth, form, editing, extra);
    }
    // Someone else saved the case since this form was opened: saving now would undo their
    // changes without anyone knowing. The form stays as typed; the user reopens the case.
    if form.version != tc.version() {
        let why = format!(
            "the case was changed by someone else since you opened this form (now version {}); open it again to see their changes, then make yours",
            tc.version()
        );
        form.general
            .push(format!("version: {}", reason(&web, &auth, &why)));
        return render(&web, &auth, form, editing, (0, 0, 0));
    }
    let Some(draft) = validate(&web, &auth, &mut form).await? else {
        return render(&web, &auth, form, editing, (0, 0, 0));
    };
    save(&web, &auth, &draft, "case_edited").await
}

/// Writes a validated case, records `action` in the ledger, and shows the case.
async fn save(
    web: &Web,
    auth: &Auth,
    draft: &CaseDraft,
    action: &str,
) -> Result<Response, WebError> {
    web.node()?.import(std::slice::from_ref(draft)).await?;
    let reference = draft.case.reference.as_str();
    tracing::info!(user = %auth.user.user.username, case = reference, action, "case saved");
    web.audit(NewEntry::new(
        auth.user.user.username.as_str(),
        action,
        reference,
    ))
    .await?;
    if action == "case_created" {
        // Whoever just wrote the case reads it back for the work they created it for.
        web.purposes.set(
            &auth.user.session_hash,
            reference,
            crate::purpose::Purpose::Investigation,
            web.clock.now(),
        );
    }
    Ok(Redirect::to(&format!("/cases/{}", url_path(reference))).into_response())
}

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Percent-encodes one path segment.
pub fn url_path(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        Fields(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn empty_rows_are_dropped_and_rows_renumbered() {
        let f = fields(&[
            ("persons[0].family_names", ""),
            ("persons[0].shared", "1"),
            ("persons[0].sex", "x"),
            ("persons[1].family_names", "Benali"),
            ("persons[1].shared", "1"),
            ("identifiers[3].value", "+32470123456"),
            ("identifiers[3].type", "phone"),
        ]);
        let s = FormState::from_fields(&f);
        assert_eq!((s.persons, s.identifiers), (1, 1));
        assert_eq!(s.v("persons[0].family_names"), "Benali");
        assert_eq!(s.v("identifiers[0].value"), "+32470123456");
        let raw = s.raw();
        assert_eq!(raw.persons.len(), 1);
        assert!(raw.persons[0].shared);
        assert!(!raw.identifiers[0].shared);
    }

    #[test]
    fn errors_find_their_field() {
        let f = fields(&[("persons[0].family_names", "X"), ("team", "a, b")]);
        let mut s = FormState::from_fields(&f);
        s.add_error("persons[0].birth_date", "bad".into());
        s.add_error("team[1]", "unknown".into());
        s.add_error("persons[7].ref", "no such row".into());
        assert_eq!(s.errors["persons[0].birth_date"], vec!["bad"]);
        assert_eq!(s.errors["team"], vec!["unknown"]);
        assert_eq!(s.general, vec!["persons[7].ref: no such row"]);
    }

    #[test]
    fn rows_are_bounded() {
        let f = fields(&[("persons[999999999].family_names", "X")]);
        let s = FormState::from_fields(&f);
        assert!(s.persons <= MAX_ROWS);
    }

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(url_path("FED 2016/0072"), "FED%202016%2F0072");
    }
}
