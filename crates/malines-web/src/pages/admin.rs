//! User administration, for admins only (who see no case content).

use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use malines_core::users::{Action, Role};
use malines_store::accounts::UserRow;

use super::Fields;
use crate::context::Auth;
use crate::session::{self, check_csrf};
use crate::view::{Page, html, unprocessable};
use crate::{Web, WebError};

#[derive(Template)]
#[template(path = "admin_users.html")]
struct UsersView<'a> {
    page: Page<'a>,
    users: Vec<UserRow>,
    roles: Vec<Role>,
    now: time::OffsetDateTime,
    /// After a creation: the new user's name.
    created: Option<String>,
    error: Option<String>,
    form_username: String,
    form_name: String,
}

impl UsersView<'_> {
    fn locked(&self, u: &UserRow) -> bool {
        u.locked_until.is_some_and(|t| t > self.now)
    }
}

/// The roles an account may have here: a provider's response team, auditors and
/// administrators at a provider; the others at an authority.
fn roles_here(web: &Web) -> Vec<Role> {
    Role::ALL
        .into_iter()
        .filter(|r| {
            let provider_role = matches!(r, Role::Responder | Role::Auditor | Role::Admin);
            let authority_role = *r != Role::Responder;
            if web.is_provider() {
                provider_role
            } else {
                authority_role
            }
        })
        .collect()
}

async fn page(
    web: &Web,
    auth: &Auth,
    created: Option<String>,
    error: Option<String>,
    form: (String, String),
) -> Result<Response, WebError> {
    let failed = error.is_some();
    let r = html(&UsersView {
        page: Page::new(web, &auth.ctx, "users-title", "admin"),
        users: web.store().users().await?,
        roles: roles_here(web),
        now: web.clock.now(),
        created,
        error,
        form_username: form.0,
        form_name: form.1,
    })?;
    Ok(if failed { unprocessable(r) } else { r })
}

pub async fn users(State(web): State<Arc<Web>>, auth: Auth) -> Result<Response, WebError> {
    auth.user.require(Action::ManageUsers)?;
    page(&web, &auth, None, None, Default::default()).await
}

pub async fn create_user(
    State(web): State<Arc<Web>>,
    auth: Auth,
    form: Fields,
) -> Result<Response, WebError> {
    auth.user.require(Action::ManageUsers)?;
    check_csrf(&auth.user.csrf, form.csrf())?;
    let (username, name) = (form.text("username"), form.text("display_name"));
    let role = match Role::parse(&form.text("role")).and_then(|r| {
        if roles_here(&web).contains(&r) {
            Ok(r)
        } else {
            Err(format!("'{r}' is not a role of this member"))
        }
    }) {
        Ok(r) => r,
        Err(e) => {
            return page(
                &web,
                &auth,
                None,
                Some(format!("role: {e}")),
                (username, name),
            )
            .await;
        }
    };
    let password = form.get("password").unwrap_or("");
    match session::create_user(
        web.store(),
        &username,
        &name,
        role,
        password,
        // The password is temporary: the user chooses their own, and their own second
        // factor, at the first sign-in (an admin must not hold a user's credentials).
        true,
        web.clock.now(),
    )
    .await
    {
        Ok(_) => {
            tracing::info!(admin = %auth.user.user.username, user = %username, role = %role, "user created");
            web.audit(
                malines_store::audit::NewEntry::new(
                    auth.user.user.username.as_str(),
                    "user_created",
                    &username.to_ascii_lowercase(),
                )
                .detail(role.as_str()),
            )
            .await?;
            page(
                &web,
                &auth,
                Some(username.to_ascii_lowercase()),
                None,
                Default::default(),
            )
            .await
        }
        Err(malines_core::Error::Invalid(errs)) => {
            let msg = errs
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ");
            page(&web, &auth, None, Some(msg), (username, name)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn set_state(
    State(web): State<Arc<Web>>,
    auth: Auth,
    Path(username): Path<String>,
    form: Fields,
) -> Result<Response, WebError> {
    auth.user.require(Action::ManageUsers)?;
    check_csrf(&auth.user.csrf, form.csrf())?;
    let disabled = match form.get("state") {
        Some("disabled") => true,
        Some("enabled") => false,
        other => {
            return Err(WebError::BadRequest(format!(
                "state: '{}' is not 'enabled' or 'disabled'",
                other.unwrap_or("")
            )));
        }
    };
    if disabled && username == auth.user.user.username.as_str() {
        return Err(WebError::BadRequest(
            "state: you cannot disable your own account".into(),
        ));
    }
    if !web
        .store()
        .user_set_disabled(&username, disabled, web.clock.now())
        .await?
    {
        return Err(WebError::NotFound);
    }
    tracing::info!(admin = %auth.user.user.username, user = %username, disabled, "user state changed");
    web.audit(malines_store::audit::NewEntry::new(
        auth.user.user.username.as_str(),
        if disabled {
            "user_disabled"
        } else {
            "user_enabled"
        },
        &username,
    ))
    .await?;
    Ok(Redirect::to("/admin/users").into_response())
}
