//! The provider's portal (SPEC §6): the orders it received, each with the verdict of the
//! checks run on arrival (signed by an authority of the directory, validated where required,
//! allowed under its framework, not expired, not replayed), the deadline and the time left,
//! the certificate in the language the provider chose, and the answers: acknowledge, the data
//! package (sealed for the issuing authority alone, with its SHA-256), the preservation of
//! the data, or an objection with its grounds.

use std::sync::Arc;

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use malines_core::orders::{OrderData, OrderDocument, OrderStatus, OrderType, Step};
use malines_core::users::Action;
use malines_node::orders::{self as node_orders, Actor};
use malines_store::orders::{OrderEventRow, OrderRow};
use serde_json::Value;

use crate::context::Auth;
use crate::pages::orders::{Clock, clock_of, data_of};
use crate::session::check_csrf;
use crate::view::{Page, html, unprocessable};
use crate::{Web, WebError};

/// Largest data package uploaded at once.
pub const MAX_PACKAGE_BYTES: usize = 16 * 1024 * 1024;

fn post(web: &Web) -> Result<&Arc<malines_node::mail::PostOffice>, WebError> {
    web.post().ok_or(WebError::NotFound)
}

/// A refusal of the checks, as stored.
pub struct RefusalView {
    pub code: String,
    pub reason: String,
}

fn refusals(row: &OrderRow) -> Vec<RefusalView> {
    row.verdict
        .as_deref()
        .and_then(|v| serde_json::from_str::<Vec<Value>>(v).ok())
        .unwrap_or_default()
        .iter()
        .map(|r| RefusalView {
            code: r
                .get("code")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            reason: r
                .get("reason")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
        })
        .collect()
}

/// A line of the list.
pub struct Item {
    pub row: OrderRow,
    pub data: OrderData,
    pub clock: Clock,
    pub refused: bool,
}

#[derive(Template)]
#[template(path = "received.html")]
struct ListView<'a> {
    page: Page<'a>,
    items: Vec<Item>,
    overdue: usize,
}

/// `GET /received`: the orders received, overdue first, then those still running.
pub async fn list(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    auth.user.require(Action::AnswerOrders)?;
    let now = web.clock.now();
    let mut items = Vec::new();
    for row in post(&web)?.store().orders("received").await? {
        let data = data_of(&row)?;
        let clock = clock_of(&row, &data, now);
        let refused = row.status == "refused";
        items.push(Item {
            row,
            data,
            clock,
            refused,
        });
    }
    items.sort_by_key(|i| (i.clock.state != "overdue", i.clock.state != "left"));
    let overdue = items.iter().filter(|i| i.clock.state == "overdue").count();
    html(&ListView {
        page: Page::new(&web, &auth.ctx, "received-title", "received"),
        items,
        overdue,
    })
}

#[derive(Template)]
#[template(path = "received_order.html")]
struct OrderView<'a> {
    page: Page<'a>,
    row: OrderRow,
    data: OrderData,
    doc: Option<OrderDocument>,
    clock: Clock,
    refusals: Vec<RefusalView>,
    events: Vec<OrderEventRow>,
    answer: Value,
    may_acknowledge: bool,
    may_answer: bool,
    preservation: bool,
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

    fn categories(&self) -> String {
        self.data
            .categories
            .iter()
            .map(|c| self.page.term("category", c.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

async fn received(web: &Web, id: &str) -> Result<OrderRow, WebError> {
    post(web)?
        .store()
        .order_get(id)
        .await?
        .filter(|o| o.side == "received")
        .ok_or(WebError::NotFound)
}

async fn order_page(
    web: &Web,
    auth: &Auth,
    row: OrderRow,
    problem: String,
) -> Result<Response, WebError> {
    let data = data_of(&row)?;
    let status = OrderStatus::parse(&row.status).ok();
    let can = |s: Step| status.is_some_and(|st| st.after(s, true).is_ok());
    let events = post(web)?.store().order_events(&row.id).await?;
    let problem = crate::reasons::translate_lines(&web.i18n, auth.ctx.locale, &problem);
    let mut refusals = refusals(&row);
    for r in &mut refusals {
        r.reason = crate::reasons::translate(&web.i18n, auth.ctx.locale, &r.reason);
    }
    let mut page = Page::new(web, &auth.ctx, "received-order-title", "received");
    page.title = format!("{} · {}", row.reference, row.counterpart);
    let r = html(&OrderView {
        clock: clock_of(&row, &data, web.clock.now()),
        doc: row
            .document
            .as_deref()
            .and_then(|d| serde_json::from_str(d).ok()),
        refusals,
        answer: row
            .answer
            .as_deref()
            .and_then(|a| serde_json::from_str(a).ok())
            .unwrap_or(Value::Null),
        may_acknowledge: can(Step::Acknowledge),
        may_answer: can(Step::Fulfil),
        preservation: data.order_type == OrderType::Preservation,
        events,
        page,
        data,
        problem: problem.clone(),
        row,
    })?;
    Ok(if problem.is_empty() {
        r
    } else {
        unprocessable(r)
    })
}

/// `GET /received/{id}`.
pub async fn show(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    auth.user.require(Action::AnswerOrders)?;
    let row = received(&web, &id).await?;
    web.audit(malines_store::audit::NewEntry::new(
        auth.user.user.username.as_str(),
        "order_read",
        &id,
    ))
    .await?;
    order_page(&web, &auth, row, String::new()).await
}

/// `GET /received/{id}/print`: the certificate, in the language the provider chose.
pub async fn print(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    auth.user.require(Action::AnswerOrders)?;
    let row = received(&web, &id).await?;
    let issuer = row.counterpart.clone();
    crate::pages::orders::print_view(&web, &auth, row, issuer)
}

/// `POST /received/{id}/{step}`: acknowledge, fulfil (with the files of the package),
/// preserve, or object (with the grounds).
pub async fn step(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path((id, step)): Path<(String, String)>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    auth.user.require(Action::AnswerOrders)?;
    let mut csrf = None;
    let mut grounds = String::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut total = 0usize;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| WebError::BadRequest(format!("form: {}", e.body_text())))?
    {
        match field.name() {
            Some("csrf") => csrf = Some(field.text().await.unwrap_or_default()),
            Some("grounds") => grounds = field.text().await.unwrap_or_default(),
            Some("file") => {
                let name = field.file_name().unwrap_or("").trim().to_string();
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| WebError::BadRequest(format!("file: {}", e.body_text())))?;
                if name.is_empty() && bytes.is_empty() {
                    continue;
                }
                total += bytes.len();
                files.push((name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    check_csrf(&auth.user.csrf, csrf.as_deref())?;
    let row = received(&web, &id).await?;
    if total > MAX_PACKAGE_BYTES {
        return order_page(
            &web,
            &auth,
            row,
            format!(
                "file: the package takes {total} bytes, at most {MAX_PACKAGE_BYTES} go at once"
            ),
        )
        .await;
    }
    let post = post(&web)?;
    let who = Actor {
        username: auth.user.user.username.as_str().to_string(),
        name: auth.user.user.display_name.clone(),
        capacity: None,
    };
    let done = match step.as_str() {
        "acknowledge" => node_orders::acknowledge(post, &id, &who).await,
        "fulfil" => node_orders::fulfil(post, &id, &who, &files).await,
        "preserve" => node_orders::preserve(post, &id, &who).await,
        "object" => node_orders::object(post, &id, &who, &grounds).await,
        _ => return Err(WebError::NotFound),
    };
    match done {
        Ok(_) => Ok(Redirect::to(&format!("/received/{id}")).into_response()),
        Err(malines_node::Error::Refused(reason)) => order_page(&web, &auth, row, reason).await,
        Err(e) => Err(e.into()),
    }
}
