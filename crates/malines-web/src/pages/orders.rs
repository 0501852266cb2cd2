//! Orders to providers at an authority (SPEC §6): the list with deadlines, the form, the
//! order's page (validation, sending, withdrawal, the answer, the timeline) and its print view
//! laid out like the e-Evidence certificate.
//!
//! An order belongs to a case: it is for the case's team only (need-to-know), through
//! [`team_order`]. Prosecutors draft, send and withdraw; validators validate, and never an
//! order they drafted or sent. The rules of the legal framework are `malines-core::orders`';
//! the signing, sealing and the provider's answers are the node's (`malines-node::orders`).

use std::collections::BTreeMap;
use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use malines_core::model::RawIdentifier;
use malines_core::orders::{
    Category, Framework, OrderData, OrderDocument, OrderStatus, OrderType, RawOrder, Timing,
    Urgency,
};
use malines_core::users::Action;
use malines_node::mail::PostOffice;
use malines_node::orders::{self as node_orders, Actor, Validator};
use malines_store::orders::{OrderEventRow, OrderRow};
use serde_json::Value;

use crate::access;
use crate::context::Auth;
use crate::pages::Fields;
use crate::pages::case_form::url_path;
use crate::reasons;
use crate::session::{SignedIn, check_csrf};
use crate::view::{Page, html, unprocessable};
use crate::{Web, WebError};

/// Target rows the form shows.
const TARGET_ROWS: usize = 4;

fn post(web: &Web) -> Result<&Arc<PostOffice>, WebError> {
    web.post().ok_or_else(|| {
        WebError::BadRequest(
            "orders: this node has no post office; start it with its member identity".into(),
        )
    })
}

fn actor(user: &SignedIn) -> Actor {
    Actor {
        username: user.user.username.as_str().to_string(),
        name: user.user.display_name.clone(),
        capacity: user.user.capacity,
    }
}

fn may_orders(user: &SignedIn) -> Result<(), WebError> {
    if user.user.role.may(Action::IssueOrders) || user.user.role.may(Action::ValidateOrders) {
        Ok(())
    } else {
        Err(WebError::Forbidden)
    }
}

/// The references of the user's team's cases.
async fn team_refs(web: &Web, user: &SignedIn) -> Result<Vec<String>, WebError> {
    Ok(
        access::team_cases(web, user, malines_core::store::CaseFilter::default())
            .await?
            .into_iter()
            .map(|c| c.reference.as_str().to_string())
            .collect(),
    )
}

/// An order issued here about one of the user's team's cases; answered like a missing one
/// otherwise.
pub async fn team_order(web: &Web, user: &SignedIn, id: &str) -> Result<OrderRow, WebError> {
    may_orders(user)?;
    let row = post(web)?
        .store()
        .order_get(id)
        .await?
        .filter(|o| o.side == "issued")
        .ok_or(WebError::NotFound)?;
    let refs = team_refs(web, user).await?;
    match &row.case_ref {
        Some(c) if refs.contains(c) => Ok(row),
        _ => Err(WebError::NotFound),
    }
}

pub(crate) fn data_of(row: &OrderRow) -> Result<OrderData, WebError> {
    serde_json::from_str(&row.data)
        .map_err(|e| WebError::Internal(format!("order {}: {e}", row.id)))
}

/// Where an order stands against its deadlines, for the pages.
#[derive(Debug, Clone)]
pub struct Clock {
    /// `not-received`, `left`, `overdue`, `on-time`, `late`, or empty when nothing runs.
    pub state: &'static str,
    pub due: Option<time::OffsetDateTime>,
    /// Hours and minutes, left or past.
    pub hours: i64,
    pub minutes: i64,
    /// For an emergency order sent before validation: the validation is due by then.
    pub validation_due: Option<time::OffsetDateTime>,
}

pub(crate) fn clock_of(row: &OrderRow, data: &OrderData, now: time::OffsetDateTime) -> Clock {
    let due = row
        .received_at
        .map(|r| malines_core::orders::deadline(data, r));
    let split = |d: time::Duration| (d.whole_hours(), d.whole_minutes() % 60);
    let (state, (hours, minutes)) =
        match malines_core::orders::timing(data, row.received_at, row.answered_at, now) {
            _ if matches!(row.status.as_str(), "withdrawn" | "draft" | "validated") => ("", (0, 0)),
            _ if row.status == "closed" && row.answered_at.is_none() => ("", (0, 0)),
            Timing::NotStarted => ("not-received", (0, 0)),
            Timing::Left(d) => ("left", split(d)),
            Timing::Overdue(d) => ("overdue", split(d)),
            Timing::AnsweredOnTime(d) => ("on-time", split(d)),
            Timing::AnsweredLate(d) => ("late", split(d)),
        };
    let validation_due = match (row.sent_at, row.validated_at) {
        (Some(s), None) if !data.needs_prior_validation() && row.status != "withdrawn" => {
            Some(s + malines_core::orders::POST_VALIDATION_WITHIN)
        }
        _ => None,
    };
    Clock {
        state,
        due,
        hours,
        minutes,
        validation_due,
    }
}

/// A line of the list.
pub struct ListItem {
    pub row: OrderRow,
    pub data: OrderData,
    pub clock: Clock,
}

#[derive(Template)]
#[template(path = "orders.html")]
struct ListView<'a> {
    page: Page<'a>,
    items: Vec<ListItem>,
    may_issue: bool,
    overdue: usize,
}

/// `GET /orders`: the orders of the user's team's cases, overdue ones first.
pub async fn list(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    may_orders(&auth.user)?;
    let refs = team_refs(&web, &auth.user).await?;
    let now = web.clock.now();
    let mut items = Vec::new();
    if let Some(post) = web.post() {
        for row in post.store().orders("issued").await? {
            if !row.case_ref.as_ref().is_some_and(|c| refs.contains(c)) {
                continue;
            }
            let data = data_of(&row)?;
            let clock = clock_of(&row, &data, now);
            items.push(ListItem { row, data, clock });
        }
    }
    items.sort_by_key(|i| (i.clock.state != "overdue", i.clock.state != "left"));
    let overdue = items.iter().filter(|i| i.clock.state == "overdue").count();
    html(&ListView {
        overdue,
        page: Page::new(&web, &auth.ctx, "orders-title", "orders"),
        items,
        may_issue: auth.user.user.role.may(Action::IssueOrders),
    })
}

#[derive(Template)]
#[template(path = "order_form.html")]
struct FormView<'a> {
    page: Page<'a>,
    case: String,
    values: BTreeMap<String, String>,
    categories: Vec<String>,
    errors: BTreeMap<String, String>,
    providers: Vec<(String, String)>,
    frameworks: &'static [Framework],
    types: &'static [OrderType],
    urgencies: &'static [Urgency],
    all_categories: &'static [Category],
    kinds: &'static [&'static str],
    rows: usize,
    capacity: String,
}

impl FormView<'_> {
    fn v(&self, name: &str) -> &str {
        self.values.get(name).map_or("", String::as_str)
    }

    fn err(&self, name: &str) -> &str {
        self.errors.get(name).map_or("", String::as_str)
    }

    fn has_cat(&self, c: &str) -> bool {
        self.categories.iter().any(|x| x == c)
    }

    fn checked(&self, name: &str) -> bool {
        matches!(self.v(name), "yes" | "1" | "on")
    }

    fn general(&self) -> Vec<String> {
        let known = [
            "framework",
            "order_type",
            "urgency",
            "provider",
            "provider_state",
            "file_reference",
            "offence",
            "max_penalty_years",
            "from",
            "to",
            "necessity",
            "mla_reference",
            "language",
            "categories",
        ];
        self.errors
            .iter()
            .filter(|(k, _)| {
                !known.contains(&k.as_str())
                    && !k.starts_with("targets[")
                    && !k.starts_with("categories[")
            })
            .map(|(k, v)| format!("{k}: {v}"))
            .collect()
    }
}

/// Identifier kinds an order may target.
const KINDS: &[&str] = &[
    "phone",
    "email",
    "ip_address",
    "social_media",
    "imei",
    "iban",
    "crypto_address",
];

async fn providers(web: &Web) -> Vec<(String, String)> {
    let Some(post) = web.post() else {
        return Vec::new();
    };
    match post.directory(false).await {
        Ok(d) => d
            .members
            .iter()
            .filter(|m| m.kind == malines_pki::MemberKind::Provider && !m.revoked)
            .map(|m| {
                let name = m
                    .names
                    .get("en")
                    .or_else(|| m.names.values().next())
                    .cloned()
                    .unwrap_or_default();
                (
                    m.code.clone(),
                    format!("{} · {name} ({})", m.code, m.country),
                )
            })
            .collect(),
        Err(e) => {
            tracing::warn!(error = %e, "the directory could not be read for the order form");
            Vec::new()
        }
    }
}

fn form_view<'a>(
    web: &'a Web,
    auth: &'a Auth,
    case: String,
    values: BTreeMap<String, String>,
    categories: Vec<String>,
    errors: BTreeMap<String, String>,
    providers: Vec<(String, String)>,
) -> FormView<'a> {
    FormView {
        page: Page::new(web, &auth.ctx, "order-new-title", "orders"),
        case,
        values,
        categories,
        errors,
        providers,
        frameworks: Framework::ALL,
        types: OrderType::ALL,
        urgencies: Urgency::ALL,
        all_categories: Category::ALL,
        kinds: KINDS,
        rows: TARGET_ROWS,
        capacity: auth
            .user
            .user
            .capacity
            .map_or(String::new(), |c| c.as_str().to_string()),
    }
}

/// `GET /orders/new?case=REF`: the form, for a case of the user's team.
pub async fn new_form(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    auth.user.require(Action::IssueOrders)?;
    let case = q
        .iter()
        .find(|(k, _)| k == "case")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let tc = access::open_case(&web, &auth.user, &case, Action::IssueOrders).await?;
    let mut values = BTreeMap::new();
    values.insert(
        "file_reference".to_string(),
        tc.reference().as_str().to_string(),
    );
    values.insert("terrorism".into(), "yes".into());
    values.insert("confidential".into(), "yes".into());
    values.insert("language".into(), auth.ctx.locale.tag().into());
    let providers = providers(&web).await;
    html(&form_view(
        &web,
        &auth,
        tc.reference().as_str().to_string(),
        values,
        Vec::new(),
        BTreeMap::new(),
        providers,
    ))
}

/// `POST /orders/new`: a draft, or the form with each error at its field.
pub async fn new_submit(
    State(web): State<Arc<Web>>,
    auth: Auth,
    fields: Fields,
) -> Result<Response, WebError> {
    auth.user.require(Action::IssueOrders)?;
    check_csrf(&auth.user.csrf, fields.csrf())?;
    let case = fields.text("case");
    let tc = access::open_case(&web, &auth.user, &case, Action::IssueOrders).await?;
    let mut values = BTreeMap::new();
    for (k, v) in &fields.0 {
        if k != "csrf" && k != "categories" {
            values.insert(k.clone(), v.clone());
        }
    }
    let categories: Vec<String> = fields
        .0
        .iter()
        .filter(|(k, _)| k == "categories")
        .map(|(_, v)| v.clone())
        .collect();
    let flag = |n: &str| if fields.get(n).is_some() { "yes" } else { "no" };
    let raw = RawOrder {
        framework: fields.text("framework"),
        order_type: fields.text("order_type"),
        urgency: fields.text("urgency"),
        provider: fields.text("provider"),
        provider_state: fields.text("provider_state"),
        file_reference: fields.text("file_reference"),
        offence: fields.text("offence"),
        max_penalty_years: fields.text("max_penalty_years"),
        terrorism: flag("terrorism").into(),
        targets: (0..TARGET_ROWS)
            .filter_map(|i| {
                let value = fields.text(&format!("targets[{i}].value"));
                (!value.is_empty()).then(|| RawIdentifier {
                    kind: fields.text(&format!("targets[{i}].type")),
                    value,
                    platform: Some(fields.text(&format!("targets[{i}].platform")))
                        .filter(|p| !p.is_empty()),
                    ..Default::default()
                })
            })
            .collect(),
        categories: categories.clone(),
        from: fields.text("from"),
        to: fields.text("to"),
        necessity: fields.get("necessity").unwrap_or("").to_string(),
        confidential: flag("confidential").into(),
        domestic: flag("domestic").into(),
        mla_reference: fields.text("mla_reference"),
        capacity: auth
            .user
            .user
            .capacity
            .map_or(String::new(), |c| c.as_str().to_string()),
        language: fields.text("language"),
    };
    let refused = |errors: BTreeMap<String, String>, values, categories| async {
        let providers = providers(&web).await;
        let r = html(&form_view(
            &web,
            &auth,
            tc.reference().as_str().to_string(),
            values,
            categories,
            errors,
            providers,
        ))?;
        Ok::<_, WebError>(unprocessable(r))
    };
    let data = match OrderData::validate(&raw, &web.validation_context()) {
        Ok(d) => d,
        Err(errs) => {
            let mut errors = BTreeMap::new();
            for e in errs {
                let t = reasons::translate(&web.i18n, auth.ctx.locale, &e.reason);
                errors
                    .entry(e.field)
                    .and_modify(|x: &mut String| {
                        x.push_str("; ");
                        x.push_str(&t);
                    })
                    .or_insert(t);
            }
            return refused(errors, values, categories).await;
        }
    };
    let row = match node_orders::draft(
        post(&web)?,
        Some(tc.reference().as_str()),
        &data,
        &actor(&auth.user),
    )
    .await
    {
        Ok(r) => r,
        Err(malines_node::Error::Refused(reason)) => {
            let mut errors = BTreeMap::new();
            errors.insert(
                "order".to_string(),
                reasons::translate_lines(&web.i18n, auth.ctx.locale, &reason),
            );
            return refused(errors, values, categories).await;
        }
        Err(e) => return Err(e.into()),
    };
    Ok(Redirect::to(&format!("/orders/{}", row.id)).into_response())
}

/// A step of the timeline, for the page.
pub struct EventView {
    pub e: OrderEventRow,
}

#[derive(Template)]
#[template(path = "order.html")]
struct OrderView<'a> {
    page: Page<'a>,
    row: OrderRow,
    data: OrderData,
    clock: Clock,
    events: Vec<EventView>,
    validator: Option<Validator>,
    answer: Value,
    may_validate: bool,
    may_send: bool,
    may_withdraw: bool,
    may_extend: bool,
    problem: String,
}

impl OrderView<'_> {
    fn answer_str(&self, k: &str) -> String {
        self.answer
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    }

    fn answer_kind(&self) -> String {
        self.answer_str("kind")
    }

    fn package_files(&self) -> Vec<(usize, String, i64)> {
        self.answer
            .get("files")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .enumerate()
                    .map(|(i, f)| {
                        (
                            i,
                            f.get("name")
                                .and_then(Value::as_str)
                                .unwrap_or("")
                                .to_string(),
                            f.get("size").and_then(Value::as_i64).unwrap_or(0),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn refusal_reasons(&self) -> Vec<String> {
        self.answer
            .get("reasons")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|r| r.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn categories(&self) -> String {
        self.data
            .categories
            .iter()
            .map(|c| self.page.term("category", c.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

async fn order_page(
    web: &Web,
    auth: &Auth,
    row: OrderRow,
    problem: String,
) -> Result<Response, WebError> {
    let data = data_of(&row)?;
    let status = OrderStatus::parse(&row.status).ok();
    let user = &auth.user.user;
    let me = user.username.as_str();
    let validator = node_orders::validator_of(&row);
    let may_validate = user.role.may(Action::ValidateOrders)
        && row.validated_at.is_none()
        && row.created_by != me
        && status.is_some_and(|s| {
            s.after(
                malines_core::orders::Step::Validate,
                data.needs_prior_validation(),
            )
            .is_ok()
        });
    let may_send = user.role.may(Action::IssueOrders)
        && status.is_some_and(|s| {
            s.after(
                malines_core::orders::Step::Send,
                data.needs_prior_validation(),
            )
            .is_ok()
        });
    let may_withdraw = user.role.may(Action::IssueOrders)
        && status.is_some_and(|s| s.after(malines_core::orders::Step::Withdraw, true).is_ok());
    let events: Vec<EventView> = post(web)?
        .store()
        .order_events(&row.id)
        .await?
        .into_iter()
        .map(|e| EventView { e })
        .collect();
    let may_extend = user.role.may(Action::IssueOrders)
        && malines_core::orders::may_extend(
            &data,
            row.received_at,
            events.iter().any(|e| e.e.step == "extended"),
            web.clock.now(),
        )
        .is_ok();
    let answer = row
        .answer
        .as_deref()
        .and_then(|a| serde_json::from_str(a).ok())
        .unwrap_or(Value::Null);
    let problem = reasons::translate_lines(&web.i18n, auth.ctx.locale, &problem);
    let mut page = Page::new(web, &auth.ctx, "order-title", "orders");
    page.title = format!("{} · {}", row.reference, row.counterpart);
    let r = html(&OrderView {
        clock: clock_of(&row, &data, web.clock.now()),
        page,
        data,
        events,
        validator,
        answer,
        may_validate,
        may_send,
        may_withdraw,
        may_extend,
        problem: problem.clone(),
        row,
    })?;
    Ok(if problem.is_empty() {
        r
    } else {
        unprocessable(r)
    })
}

/// `GET /orders/{id}`.
pub async fn show(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let row = team_order(&web, &auth.user, &id).await?;
    web.audit(
        malines_store::audit::NewEntry::new(auth.user.user.username.as_str(), "order_read", &id)
            .detail(row.case_ref.clone().unwrap_or_default()),
    )
    .await?;
    order_page(&web, &auth, row, String::new()).await
}

/// `POST /orders/{id}/{step}`: validate, send or withdraw.
pub async fn step(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path((id, step)): Path<(String, String)>,
    fields: Fields,
) -> Result<Response, WebError> {
    check_csrf(&auth.user.csrf, fields.csrf())?;
    let row = team_order(&web, &auth.user, &id).await?;
    let post = post(&web)?;
    let who = actor(&auth.user);
    let done = match step.as_str() {
        "validate" => {
            auth.user.require(Action::ValidateOrders)?;
            node_orders::validate(post, &row.id, &who).await
        }
        "send" => {
            auth.user.require(Action::IssueOrders)?;
            node_orders::send(post, &row.id, &who).await
        }
        "extend" => {
            auth.user.require(Action::IssueOrders)?;
            node_orders::extend(post, &row.id, &who).await
        }
        "withdraw" => {
            auth.user.require(Action::IssueOrders)?;
            let why = fields.text("why");
            if why.is_empty() {
                return order_page(
                    &web,
                    &auth,
                    row,
                    reasons::translate(&web.i18n, auth.ctx.locale, "is required").to_string(),
                )
                .await;
            }
            node_orders::withdraw(post, &row.id, &who, &why).await
        }
        _ => return Err(WebError::NotFound),
    };
    match done {
        Ok(r) => Ok(Redirect::to(&format!("/orders/{}", url_path(&r.id))).into_response()),
        Err(malines_node::Error::Refused(reason)) => order_page(&web, &auth, row, reason).await,
        Err(e) => Err(e.into()),
    }
}

/// `GET /orders/{id}/package/{n}`: a file of the provider's data package, as a download.
pub async fn package_file(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path((id, n)): Path<(String, usize)>,
) -> Result<Response, WebError> {
    let row = team_order(&web, &auth.user, &id).await?;
    let answer: Value = row
        .answer
        .as_deref()
        .and_then(|a| serde_json::from_str(a).ok())
        .unwrap_or(Value::Null);
    let letter_id = answer
        .get("letter")
        .and_then(Value::as_str)
        .ok_or(WebError::NotFound)?;
    let letter = post(&web)?
        .store()
        .letter_get(letter_id)
        .await?
        .filter(|l| l.thread == format!("order:{}", row.id))
        .ok_or(WebError::NotFound)?;
    let body = PostOffice::letter_of(&letter)
        .ok_or(WebError::NotFound)?
        .body;
    let file = body
        .get("package")
        .and_then(Value::as_array)
        .and_then(|a| a.get(n))
        .ok_or(WebError::NotFound)?;
    let name = file.get("name").and_then(Value::as_str).unwrap_or("data");
    let data = file
        .get("data")
        .and_then(Value::as_str)
        .and_then(|d| B64.decode(d).ok())
        .ok_or(WebError::NotFound)?;
    web.audit(
        malines_store::audit::NewEntry::new(
            auth.user.user.username.as_str(),
            "package_read",
            &row.id,
        )
        .detail(format!("file {n}")),
    )
    .await?;
    Ok(crate::view::download(name, data))
}

#[derive(Template)]
#[template(path = "order_print.html")]
struct PrintView<'a> {
    page: Page<'a>,
    row: OrderRow,
    data: OrderData,
    doc: Option<OrderDocument>,
    authority: String,
}

impl PrintView<'_> {
    fn categories(&self) -> Vec<String> {
        self.data
            .categories
            .iter()
            .map(|c| self.page.term("category", c.as_str()))
            .collect()
    }
}

/// `GET /orders/{id}/print`: the order laid out like the e-Evidence certificate (EPOC or
/// EPOC-PR), in the language the provider chose.
pub async fn print(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let row = team_order(&web, &auth.user, &id).await?;
    let issuer = web.member().to_string();
    print_view(&web, &auth, row, issuer)
}

/// The certificate of an order, issued by `issuer`.
pub(crate) fn print_view(
    web: &Web,
    auth: &Auth,
    row: OrderRow,
    issuer: String,
) -> Result<Response, WebError> {
    let data = data_of(&row)?;
    let doc: Option<OrderDocument> = row
        .document
        .as_deref()
        .and_then(|d| serde_json::from_str(d).ok());
    let mut ctx = auth.ctx.clone();
    if let Some(l) = crate::i18n::Locale::parse(&data.language) {
        ctx.locale = l;
    }
    let mut page = Page::new(web, &ctx, "order-print-title", "orders");
    page.title = format!(
        "{} · {}",
        page.t(if data.order_type == OrderType::Production {
            "order-certificate-production"
        } else {
            "order-certificate-preservation"
        }),
        row.reference
    );
    html(&PrintView {
        authority: issuer,
        page,
        row,
        data,
        doc,
    })
}
