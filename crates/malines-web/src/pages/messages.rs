//! Messages between authorities about a link (SPEC §5): shown on the link's page, written
//! there, end-to-end encrypted through the hub by the node's post office.
//!
//! Only the team of the linked case reads and writes them (the same gate as the link:
//! `access::team_link`). Each message received is checked again, when shown, against the
//! signed directory: the page says which authority signed it, or why the signature no longer
//! holds. Showing a received message to a team member for the first time sends the other
//! authority a signed read receipt naming the reader; each send, read and attachment opened
//! is in the ledger.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use malines_core::users::Action;
use malines_node::LinkInfo;
use malines_node::mail::PostOffice;
use malines_store::audit::NewEntry;
use malines_store::mail::ThreadCount;
use serde_json::Value;

use crate::access;
use crate::context::Auth;
use crate::pages::case_form::url_path;
use crate::session::check_csrf;
use crate::{Web, WebError};

/// Longest message text, in characters.
pub const MAX_TEXT: usize = 20_000;
/// Most attachments of one message.
pub const MAX_FILES: usize = 5;
/// Largest attachments of one message, together.
pub const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// The thread of messages about a link (the same id at both ends: the hub's).
pub fn thread_of(link: &str) -> String {
    format!("link:{link}")
}

/// An attachment as listed.
#[derive(Debug, Clone)]
pub struct FileView {
    pub n: usize,
    pub name: String,
    pub size: usize,
}

/// A message as the page shows it.
#[derive(Debug, Clone)]
pub struct MessageView {
    pub id: String,
    pub mine: bool,
    pub author: String,
    pub authority: String,
    pub at: time::OffsetDateTime,
    pub text: String,
    pub files: Vec<FileView>,
    pub delivered_at: Option<time::OffsetDateTime>,
    pub read_at: Option<time::OffsetDateTime>,
    pub read_by: Option<String>,
    /// Received: the signature checked against the directory now; the reason if it fails.
    pub signature_problem: Option<String>,
}

fn files_of(body: &Value) -> Vec<(String, Vec<u8>)> {
    body.get("attachments")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|f| {
                    let name = f.get("name")?.as_str()?.to_string();
                    let data = B64.decode(f.get("data")?.as_str()?).ok()?;
                    Some((name, data))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The message threads of `links` (those the user may see): per link id, how many messages,
/// how many received and not yet read, and when the last was written. One query for all.
pub async fn counts(
    web: &Web,
    links: &[LinkInfo],
) -> Result<BTreeMap<String, ThreadCount>, WebError> {
    let Some(post) = web.post() else {
        return Ok(BTreeMap::new());
    };
    let mut by_thread: BTreeMap<String, ThreadCount> = post
        .store()
        .thread_counts("message")
        .await?
        .into_iter()
        .map(|t| (t.thread.clone(), t))
        .collect();
    Ok(links
        .iter()
        .filter_map(|l| Some((l.id.clone(), by_thread.remove(&thread_of(&l.id))?)))
        .collect())
}

/// How many messages received about `user`'s links are not read yet, for the navigation of
/// every page: one small query when there are none (the usual case); else the user's team
/// cases, their tokens and the links' rows, without what makes the links' pages slower (the
/// evidence and every record's label).
pub async fn unread_for(web: &Web, user: &crate::session::SignedIn) -> Result<i64, WebError> {
    let Some(post) = web.post() else {
        return Ok(0);
    };
    let waiting: BTreeMap<String, i64> = post
        .store()
        .thread_counts("message")
        .await?
        .into_iter()
        .filter(|t| t.unread > 0)
        .filter_map(|t| Some((t.thread.strip_prefix("link:")?.to_string(), t.unread)))
        .collect();
    if waiting.is_empty() {
        return Ok(0);
    }
    let node = web.node()?;
    let mine: std::collections::BTreeSet<String> =
        access::team_cases(web, user, Default::default())
            .await?
            .iter()
            .map(|c| node.case_token(c.reference.as_str()))
            .collect();
    Ok(web
        .store()
        .node_links()
        .await?
        .iter()
        .filter(|l| mine.contains(&l.case_token))
        .filter_map(|l| waiting.get(&l.id))
        .sum())
}

/// The messages of a link, oldest first; received ones are marked read by `auth`'s user.
pub async fn of_link(web: &Web, auth: &Auth, l: &LinkInfo) -> Result<Vec<MessageView>, WebError> {
    let Some(post) = web.post() else {
        return Ok(Vec::new());
    };
    let rows = post.store().letters_in_thread(&thread_of(&l.id)).await?;
    let mut out = Vec::new();
    for row in rows.iter().filter(|r| r.kind == "message") {
        let Some(letter) = PostOffice::letter_of(row) else {
            continue;
        };
        let mine = row.direction == "out";
        let signature_problem = if mine {
            None
        } else {
            post.verify_kept(row).await?.err()
        };
        if !mine && row.read_at.is_none() {
            post.mark_read(
                row,
                auth.user.user.username.as_str(),
                &auth.user.user.display_name,
            )
            .await?;
        }
        out.push(MessageView {
            id: row.id.clone(),
            mine,
            author: row.author.clone(),
            authority: letter.from.clone(),
            at: letter.at,
            text: letter
                .body
                .get("text")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            files: files_of(&letter.body)
                .into_iter()
                .enumerate()
                .map(|(n, (name, data))| FileView {
                    n,
                    name,
                    size: data.len(),
                })
                .collect(),
            delivered_at: row.delivered_at,
            read_at: row.read_at,
            read_by: row.read_by.clone(),
            signature_problem,
        });
    }
    Ok(out)
}

/// `POST /links/{id}/messages`: a message (text and attachments) to the other authority.
pub async fn send(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    auth.user.require(Action::HandleLinks)?;
    let mut csrf = None;
    let mut text = String::new();
    let mut files: Vec<(String, String, Vec<u8>)> = Vec::new();
    let mut total = 0usize;
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| WebError::BadRequest(format!("form: {}", e.body_text())))?
    {
        match field.name() {
            Some("csrf") => csrf = Some(field.text().await.unwrap_or_default()),
            Some("text") => text = field.text().await.unwrap_or_default(),
            Some("file") => {
                let name = field.file_name().unwrap_or("").trim().to_string();
                let media = field
                    .content_type()
                    .unwrap_or("application/octet-stream")
                    .to_string();
                let bytes = field
                    .bytes()
                    .await
                    .map_err(|e| WebError::BadRequest(format!("file: {}", e.body_text())))?;
                if name.is_empty() && bytes.is_empty() {
                    continue;
                }
                total += bytes.len();
                files.push((name, media, bytes.to_vec()));
            }
            _ => {}
        }
    }
    check_csrf(&auth.user.csrf, csrf.as_deref())?;
    let l = access::team_link(&web, &auth.user, &id).await?;
    let text = malines_core::validate::text(&text, MAX_TEXT)
        .map_err(|e| WebError::BadRequest(format!("text: {e}")))?
        .unwrap_or_default();
    if text.is_empty() && files.is_empty() {
        return Err(WebError::BadRequest(
            "text: a message needs a text or an attachment".into(),
        ));
    }
    if files.len() > MAX_FILES {
        return Err(WebError::BadRequest(format!(
            "file: at most {MAX_FILES} attachments to one message"
        )));
    }
    if total > MAX_FILE_BYTES {
        return Err(WebError::BadRequest(format!(
            "file: the attachments take {total} bytes, at most {MAX_FILE_BYTES} go in one message"
        )));
    }
    for (name, _, _) in &files {
        if name.chars().count() > 200 || name.chars().any(|c| c.is_control() || c == '/') {
            return Err(WebError::BadRequest(format!(
                "file: '{name}' is not a usable file name"
            )));
        }
    }
    let Some(post) = web.post() else {
        return Err(WebError::BadRequest(
            "this node has no post office: start it with its member identity".into(),
        ));
    };
    let thread = thread_of(&l.id);
    let body = serde_json::json!({
        "thread": thread,
        "link": l.id,
        "author": auth.user.user.display_name,
        "text": text,
        "attachments": files.iter().map(|(name, media, data)| serde_json::json!({
            "name": name, "media_type": media, "data": B64.encode(data),
        })).collect::<Vec<_>>(),
    });
    let row = post
        .send(
            &l.other_authority,
            "message",
            &thread,
            auth.user.user.username.as_str(),
            body,
        )
        .await?;
    web.audit(
        NewEntry::new(auth.user.user.username.as_str(), "message_sent", &row.id).detail(format!(
            "to {} about link {}, {} attachments",
            l.other_authority,
            l.id,
            files.len()
        )),
    )
    .await?;
    tracing::info!(user = %auth.user.user.username, link = %l.id, to = %l.other_authority, "message sent");
    Ok(Redirect::to(&format!("/links/{}#messages-h", url_path(&l.id))).into_response())
}

/// `GET /links/{id}/messages/{letter}/files/{n}`: an attachment, as a download.
pub async fn attachment(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path((id, letter, n)): Path<(String, String, usize)>,
) -> Result<Response, WebError> {
    let l = access::team_link(&web, &auth.user, &id).await?;
    let post = web.post().ok_or(WebError::NotFound)?;
    let row = post
        .store()
        .letter_get(&letter)
        .await?
        .filter(|r| r.thread == thread_of(&l.id) && r.kind == "message")
        .ok_or(WebError::NotFound)?;
    let body = PostOffice::letter_of(&row).ok_or(WebError::NotFound)?.body;
    let (name, data) = files_of(&body)
        .into_iter()
        .nth(n)
        .ok_or(WebError::NotFound)?;
    web.audit(
        NewEntry::new(auth.user.user.username.as_str(), "attachment_read", &row.id)
            .detail(format!("file {n}")),
    )
    .await?;
    Ok(crate::view::download(&name, data))
}
