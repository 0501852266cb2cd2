//! The links inbox, a link's evidence, its handling (seen, followed up, dismissed with a
//! reason) and the link graph.
//!
//! A link says that a case of another authority concerns the same person or identifier as
//! one of mine, and on what evidence; it decides nothing (SPEC §7: no automated decision
//! about a person). The page shows the evidence so that a prosecutor can judge it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use malines_core::model::StoredCase;
use malines_core::users::Action;
use malines_node::{EvidenceItem, LinkInfo};
use malines_store::audit::NewEntry;
use malines_store::mail::ThreadCount;

use super::Fields;
use super::case_form::url_path;
use crate::access;
use crate::context::Auth;
use crate::graph::{GraphEdge, GraphNode, GraphOptions, render_svg};
use crate::purpose::Purpose;
use crate::session::check_csrf;
use crate::view::{Page, html};
use crate::{Web, WebError};

/// The states a user can put a link in.
pub const STATUSES: [&str; 4] = ["new", "seen", "followed_up", "dismissed"];
/// Longest dismissal reason kept.
const MAX_REASON: usize = 2000;

#[derive(Template)]
#[template(path = "links.html")]
struct InboxView<'a> {
    page: Page<'a>,
    links: Vec<LinkInfo>,
    filter: String,
    counts: BTreeMap<&'static str, usize>,
    statuses: [&'static str; 4],
    /// Per link id: the messages about it, how many of those received are unread, the last.
    messages: BTreeMap<String, ThreadCount>,
    /// Unread messages over the links shown in every tab.
    unread: i64,
}

impl InboxView<'_> {
    fn count(&self, s: &str) -> i64 {
        self.counts.get(s).copied().unwrap_or(0) as i64
    }

    /// (messages, unread) about a link.
    fn messages_of(&self, l: &LinkInfo) -> (i64, i64) {
        self.messages
            .get(&l.id)
            .map_or((0, 0), |t| (t.letters, t.unread))
    }

    fn on(&self, l: &LinkInfo) -> String {
        let kinds: BTreeSet<&str> = l.evidence.iter().map(|e| e.on.as_str()).collect();
        kinds
            .into_iter()
            .map(|k| self.page.term("on", k))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The first characters of a foreign case token: enough to tell cases apart on a page.
pub fn short_token(t: &str) -> String {
    t.chars().take(10).collect::<String>() + "…"
}

pub async fn inbox(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Query(q): Query<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let all = access::team_links(&web, &auth.user).await?;
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for l in all.iter().filter(|l| l.active) {
        if let Some(s) = STATUSES.iter().find(|s| **s == l.status) {
            *counts.entry(s).or_default() += 1;
        }
    }
    let messages = super::messages::counts(&web, &all).await?;
    let unread = messages.values().map(|t| t.unread).sum();
    let filter = q
        .iter()
        .find(|(k, _)| k == "status")
        .map(|(_, v)| v.clone())
        .filter(|v| {
            STATUSES.contains(&v.as_str()) || ["all", "retracted", "unread"].contains(&v.as_str())
        })
        .unwrap_or_else(|| "new".into());
    let mut links: Vec<LinkInfo> = all
        .into_iter()
        .filter(|l| match filter.as_str() {
            "all" => true,
            "retracted" => !l.active,
            "unread" => messages.get(&l.id).is_some_and(|t| t.unread > 0),
            s => l.active && l.status == s,
        })
        .collect();
    if filter == "unread" {
        // The conversation with the latest message first.
        links.sort_by_key(|l| std::cmp::Reverse(messages.get(&l.id).map(|t| t.last_at)));
    }
    html(&InboxView {
        page: Page::new(&web, &auth.ctx, "links-title", "links"),
        links,
        filter,
        counts,
        statuses: STATUSES,
        messages,
        unread,
    })
}

/// One line of evidence, with my record named.
struct Item<'a> {
    e: &'a EvidenceItem,
    /// My record in words: the person's name, or the identifier.
    mine: String,
}

#[derive(Template)]
#[template(path = "link.html")]
struct LinkView<'a> {
    page: Page<'a>,
    l: &'a LinkInfo,
    case_title: String,
    items: Vec<Item<'a>>,
    may_handle: bool,
    reason_error: bool,
    messages: Vec<crate::pages::messages::MessageView>,
}

impl LinkView<'_> {
    fn strength(&self, score: impl std::borrow::Borrow<f32>) -> String {
        let score = *score.borrow();
        let k = if score >= 0.99 {
            "strength-exact"
        } else if score >= 0.9 {
            "strength-strong"
        } else if score >= 0.7 {
            "strength-good"
        } else {
            "strength-weak"
        };
        self.page.t(k)
    }

    fn similarity(&self, x: &Option<f32>) -> String {
        match x {
            Some(v) => self.page.percent(f64::from(*v)),
            None => self.page.t("similarity-missing"),
        }
    }

    fn variant(&self, v: impl std::borrow::Borrow<u8>) -> String {
        if *v.borrow() == 0 {
            self.page.t("variant-registered")
        } else {
            self.page.t("variant-other")
        }
    }
}

/// My record of an evidence line in words. The label is `P1` for a person, `O1` for an
/// organisation, or `kind value` for an identifier.
fn my_record(case: Option<&StoredCase>, label: &str) -> String {
    let Some(c) = case else {
        return label.to_string();
    };
    if let Some(p) = c
        .draft
        .persons
        .iter()
        .find(|p| p.subject_ref.as_str() == label)
    {
        return format!("{} ({label})", super::cases::person_name(p));
    }
    if let Some(o) = c
        .draft
        .organisations
        .iter()
        .find(|o| o.subject_ref.as_str() == label)
    {
        return format!("{} ({label})", o.name);
    }
    label.to_string()
}

async fn link_page(
    web: &Web,
    auth: &Auth,
    l: LinkInfo,
    reason_error: bool,
) -> Result<Response, WebError> {
    // The case is the user's (team_link checked it); open it through the same gate. The
    // page shows which of its records matched: a read whose purpose is the link's follow-up.
    let case = match &l.case {
        Some(r) => Some(
            access::open_case(web, &auth.user, r, Action::ReadCases)
                .await?
                .read(web, &auth.user, &Purpose::LinkFollowUp)
                .await?,
        ),
        None => None,
    };
    let stored = case.as_ref().map(|c| c.case());
    // Showing the messages reads those not read yet: the navigation's count follows.
    let messages = crate::pages::messages::of_link(web, auth, &l).await?;
    let mut ctx = auth.ctx.clone();
    if messages.iter().any(|m| !m.mine && m.read_at.is_none()) {
        ctx.unread_messages = crate::pages::messages::unread_for(web, &auth.user).await?;
    }
    let mut page = Page::new(web, &ctx, "link-title", "links");
    let items = l
        .evidence
        .iter()
        .map(|e| Item {
            e,
            mine: match e.label.split_once(' ') {
                // An identifier's label is "kind value": the kind in the page's language.
                Some((kind, value)) if kind == e.on => format!("{} {value}", page.term("on", kind)),
                _ => my_record(stored, &e.label),
            },
        })
        .collect();
    page.title = page.t1("link-with", "authority", &l.other_authority);
    let view = LinkView {
        messages,
        page,
        case_title: stored
            .map(|c| c.draft.case.title.clone())
            .unwrap_or_default(),
        l: &l,
        items,
        may_handle: auth.user.user.role.may(Action::HandleLinks),
        reason_error,
    };
    let r = html(&view)?;
    Ok(if reason_error {
        crate::view::unprocessable(r)
    } else {
        r
    })
}

pub async fn show(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let mut l = access::team_link(&web, &auth.user, &id).await?;
    web.audit(
        NewEntry::new(auth.user.user.username.as_str(), "link_read", &l.id)
            .purpose(&Purpose::LinkFollowUp.for_ledger())
            .detail(l.case.clone().unwrap_or_default()),
    )
    .await?;
    // Opening a new link marks it seen: the inbox then shows what nobody has looked at.
    if l.status == "new" && l.active {
        let now = web.clock.now();
        let by = auth.user.user.username.as_str();
        web.store()
            .node_link_set_status(&l.id, "seen", None, by, now)
            .await?;
        l.status = "seen".into();
        l.status_by = Some(by.to_string());
        l.status_at = Some(now);
    }
    link_page(&web, &auth, l, false).await
}

pub async fn set_status(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(id): Path<String>,
    form: Fields,
) -> Result<Response, WebError> {
    check_csrf(&auth.user.csrf, form.csrf())?;
    let l = access::team_link(&web, &auth.user, &id).await?;
    let status = form.text("status");
    if !STATUSES.contains(&status.as_str()) {
        return Err(WebError::BadRequest(format!(
            "status: '{status}' is not one of {}",
            STATUSES.join(", ")
        )));
    }
    let reason = form.text("reason");
    // A dismissal says why: whoever reads the link later must be able to judge it.
    if status == "dismissed" && reason.is_empty() {
        return link_page(&web, &auth, l, true).await;
    }
    if reason.chars().count() > MAX_REASON {
        return Err(WebError::BadRequest(format!(
            "reason: must be at most {MAX_REASON} characters"
        )));
    }
    web.store()
        .node_link_set_status(
            &l.id,
            &status,
            Some(reason.as_str()).filter(|r| !r.is_empty() && status == "dismissed"),
            auth.user.user.username.as_str(),
            web.clock.now(),
        )
        .await?;
    tracing::info!(user = %auth.user.user.username, link = %l.id, status, "link handled");
    web.audit(
        NewEntry::new(auth.user.user.username.as_str(), "link_status", &l.id).detail(&status),
    )
    .await?;
    Ok(Redirect::to(&format!("/links/{}", url_path(&l.id))).into_response())
}

#[derive(Template)]
#[template(path = "graph.html")]
struct GraphView<'a> {
    page: Page<'a>,
    svg: String,
    empty: bool,
}

pub async fn graph(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    let links = access::team_links(&web, &auth.user).await?;
    let page = Page::new(&web, &auth.ctx, "graph-title", "graph");
    let own_country = web.node()?.authority().country().as_str().to_string();
    let mut nodes: Vec<GraphNode> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut edges = Vec::new();
    let mut countries = BTreeSet::new();
    for l in links.iter().filter(|l| l.status != "dismissed") {
        let Some(case) = &l.case else { continue };
        let mine = format!("own:{case}");
        if seen.insert(mine.clone()) {
            nodes.push(GraphNode {
                id: mine.clone(),
                label: case.clone(),
                country: own_country.clone(),
                own: true,
                href: Some(format!("/cases/{}", url_path(case))),
                title: page.t1("graph-own-case", "case", case),
            });
            countries.insert(own_country.clone());
        }
        let other = format!("{}:{}", l.other_authority, l.other_case);
        let country: String = l.other_authority.chars().take(2).collect();
        if seen.insert(other.clone()) {
            nodes.push(GraphNode {
                id: other.clone(),
                label: format!("{} · {}", l.other_authority, short_token(&l.other_case)),
                country: country.clone(),
                own: false,
                href: None,
                title: page.t1("link-with", "authority", &l.other_authority),
            });
            countries.insert(country);
        }
        edges.push(GraphEdge {
            a: mine,
            b: other,
            strength: l.score,
            active: l.active,
            href: Some(format!("/links/{}", url_path(&l.id))),
            title: format!(
                "{} ↔ {} · {}",
                case,
                l.other_authority,
                page.percent(l.score)
            ),
        });
    }
    let opts = GraphOptions {
        width: 960,
        height: 640,
        title: page.t("graph-title"),
        desc: page.t("graph-desc"),
        legend: countries
            .iter()
            .map(|c| (c.clone(), page.term("country", c)))
            .collect(),
        rtl: page.dir() == "rtl",
        legend_own: Some(page.t("graph-legend-own")),
        legend_retracted: Some(page.t("graph-legend-retracted")),
        id_prefix: "link-graph".into(),
    };
    let svg = render_svg(&nodes, &edges, &opts);
    html(&GraphView {
        empty: nodes.is_empty(),
        page,
        svg,
    })
}
