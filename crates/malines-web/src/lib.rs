//! The node's web interface and JSON API (SPEC §1, §8; issue #6).
//!
//! Server-rendered HTML (askama templates under `templates/`), in French, Spanish, Dutch,
//! Arabic (right to left) and English (Fluent files under `locales/`). Every essential action
//! is a plain link or form: the pages work without JavaScript, and none is served.
//!
//! - [`session`]: sign-in with password and TOTP, sessions, lock-out, CSRF.
//! - [`context`]: the middleware that finds who is asking and in which language, and renders
//!   error pages in it; the security headers (a strict Content-Security-Policy).
//! - [`access`]: need-to-know. A case page gets a [`access::TeamCase`], which only
//!   [`access::open_case`] makes, after checking the role and the case's team, and reaches
//!   the case's content through [`access::TeamCase::read`], which records the read and its
//!   [`purpose`] in the ledger first.
//! - `pages/*`: one module per group of pages; [`api`]: the same data as JSON, behind the
//!   same sessions and checks.
//! - [`i18n`]: messages, numbers and dates per locale; [`graph`]: the link graph as
//!   SVG, drawn on the server.

use std::sync::Arc;

use axum::Router;
use axum::routing::{get, post};
use malines_core::clock::Clock;
use malines_node::Node;

pub mod access;
pub mod api;
pub mod context;
pub mod error;
pub mod graph;
pub mod i18n;
pub mod pages;
pub mod purpose;
pub mod reasons;
pub mod session;
pub mod view;

pub use error::WebError;

/// How sign-in and sessions behave.
#[derive(Debug, Clone)]
pub struct Settings {
    /// A session unused this long ends.
    pub idle_timeout: time::Duration,
    /// A session ends this long after sign-in, used or not.
    pub max_session: time::Duration,
    /// Failed sign-ins in a row that lock an account.
    pub max_failures: i32,
    /// How long a locked account stays locked (an admin can lift it sooner).
    pub lock_for: time::Duration,
    /// Whether cookies carry `Secure`. On by default; browsers accept Secure cookies from
    /// `http://localhost` and `http://127.0.0.1`, so the demo works over plain HTTP on
    /// loopback. Anywhere else the node must sit behind HTTPS.
    pub secure_cookies: bool,
    /// How long cases are kept after the decision that ended them.
    pub retention: malines_core::model::Retention,
    /// The longest time between two reviews of a case, in years (1 to 3).
    pub review_every_years: i32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            idle_timeout: time::Duration::minutes(30),
            max_session: time::Duration::hours(12),
            max_failures: 5,
            lock_for: time::Duration::minutes(15),
            secure_cookies: true,
            retention: malines_core::model::Retention::default(),
            review_every_years: malines_core::model::REVIEW_INTERVAL_YEARS,
        }
    }
}

/// Password hashings at once: each takes 19 MiB.
const ARGON2_AT_ONCE: usize = 4;

/// Largest form body, except the file imports.
const MAX_FORM_BYTES: usize = 1024 * 1024;

/// What every handler shares. An authority's node serves the whole interface; a provider
/// (no cases, no links) serves sign-in, its users, its ledger and the orders it received.
pub struct Web {
    /// The authority's node; `None` at a provider.
    node: Option<Arc<Node>>,
    /// A provider's post office (an authority's is its node's).
    post: Option<Arc<malines_node::mail::PostOffice>>,
    store: malines_store::Store,
    /// The member's code (`BE-FED`, `PROV-TELCO`).
    member: String,
    /// The member's country: phone numbers without a country code are read in it.
    country: malines_core::ids::Country,
    pub clock: Arc<dyn Clock>,
    pub i18n: i18n::I18n,
    pub settings: Settings,
    /// Failed sign-ins of usernames that do not exist (see `session`).
    unknown:
        std::sync::Mutex<std::collections::HashMap<String, (i32, Option<time::OffsetDateTime>)>>,
    /// Password hashings allowed at once.
    argon2: tokio::sync::Semaphore,
    /// The purposes users stated for the cases they opened, per session.
    pub(crate) purposes: purpose::Purposes,
    /// This node's audit ledger: every sign-in, read of case data, change and handling of a
    /// link goes in before the answer goes out.
    pub ledger: Arc<malines_store::audit::Ledger>,
}

impl Web {
    pub fn new(node: Arc<Node>, clock: Arc<dyn Clock>, settings: Settings) -> Result<Web, String> {
        malines_core::model::ValidationContext::new(node.authority().country(), clock.today())
            .review_every(settings.review_every_years)
            .map_err(|e| format!("review interval: {e}"))?;
        let ledger = node.ledger().clone();
        Ok(Web {
            ledger,
            post: None,
            store: node.store().clone(),
            member: node.authority().as_str().to_string(),
            country: node.authority().country(),
            node: Some(node),
            clock,
            i18n: i18n::I18n::load()?,
            settings,
            unknown: std::sync::Mutex::new(std::collections::HashMap::new()),
            argon2: tokio::sync::Semaphore::new(ARGON2_AT_ONCE),
            purposes: purpose::Purposes::default(),
        })
    }

    /// The web interface of a provider: its response team's orders, its users and ledger.
    pub fn for_provider(
        post: Arc<malines_node::mail::PostOffice>,
        country: malines_core::ids::Country,
        clock: Arc<dyn Clock>,
        settings: Settings,
    ) -> Result<Web, String> {
        Ok(Web {
            ledger: post.ledger().clone(),
            store: post.store().clone(),
            member: post.code().to_string(),
            country,
            node: None,
            post: Some(post),
            clock,
            i18n: i18n::I18n::load()?,
            settings,
            unknown: std::sync::Mutex::new(std::collections::HashMap::new()),
            argon2: tokio::sync::Semaphore::new(ARGON2_AT_ONCE),
            purposes: purpose::Purposes::default(),
        })
    }

    /// The authority's node; a provider has none (its pages about cases answer 404).
    pub fn node(&self) -> Result<&Arc<Node>, WebError> {
        self.node.as_ref().ok_or(WebError::NotFound)
    }

    /// Whether this is a provider's interface.
    pub fn is_provider(&self) -> bool {
        self.node.is_none()
    }

    pub fn store(&self) -> &malines_store::Store {
        &self.store
    }

    pub fn member(&self) -> &str {
        &self.member
    }

    /// The member's post office: the node's (opened when its identity is loaded, maybe after
    /// this interface was made), or the provider's.
    pub fn post(&self) -> Option<&Arc<malines_node::mail::PostOffice>> {
        match &self.node {
            Some(n) => n.post(),
            None => self.post.as_ref(),
        }
    }

    /// Signs the ledger's tree heads with this member's key (from its PKI identity).
    pub fn with_head_signer(self, signer: Arc<dyn malines_core::audit::HeadSigner>) -> Web {
        self.ledger.set_signer(signer);
        self
    }

    /// Records the node's start with its rules and keys, so that the ledger shows every
    /// change of them (SPEC §7: configuration and key changes are audited). `keys` describes
    /// the member's public keys and certificate, from its directory entry.
    pub async fn record_start(&self, keys: &str) -> malines_core::Result<()> {
        let r = &self.settings.retention;
        self.ledger.append(
            self.clock.now(),
            malines_store::audit::NewEntry::new("system", "node_started", "").detail(format!(
                "malines {}; review at least every {} years; kept {} years after a final judgment, {} after an acquittal or a decision not to prosecute; sessions end after {} idle minutes, {} hours in all; {} failed sign-ins lock for {} minutes; {keys}",
                env!("CARGO_PKG_VERSION"),
                self.settings.review_every_years,
                r.after_judgment_years,
                r.after_acquittal_years,
                self.settings.idle_timeout.whole_minutes(),
                self.settings.max_session.whole_hours(),
                self.settings.max_failures,
                self.settings.lock_for.whole_minutes(),
            )),
        )
        .await
        .map(drop)
    }

    /// How cases entered at this node are validated today.
    pub fn validation_context(&self) -> malines_core::model::ValidationContext {
        malines_core::model::ValidationContext {
            default_region: self.country.clone(),
            today: self.clock.today(),
            review_every_years: self.settings.review_every_years,
        }
    }

    /// Records an event in the ledger. A request whose event cannot be recorded fails:
    /// nothing is shown or changed unaudited.
    pub async fn audit(&self, entry: malines_store::audit::NewEntry) -> Result<(), WebError> {
        self.ledger.append(self.clock.now(), entry).await?;
        Ok(())
    }
}

/// Signs the ledger's head at a fixed interval (when it grew), for as long as the runtime
/// runs: auditors find recent heads without asking.
pub fn sign_heads_every(web: Arc<Web>, every: std::time::Duration) {
    web.ledger.clone().sign_heads_every(every, None);
}

/// Purges, at a fixed interval, the cases whose retention period has ended (SPEC §7), each
/// with its entry in the ledger.
pub fn purge_every(web: Arc<Web>, every: std::time::Duration) {
    let Some(node) = web.node.clone() else {
        return;
    };
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            if let Err(e) = node.purge_due(&web.settings.retention).await {
                tracing::warn!(error = %e, "cannot purge the cases past their retention");
            }
        }
    });
}

/// The node's pages and API.
pub fn router(web: Arc<Web>) -> Router {
    let pages = Router::new()
        .route("/", get(pages::home))
        .route("/login", get(pages::login::form).post(pages::login::submit))
        .route(
            "/login/totp",
            get(pages::login::totp_form).post(pages::login::totp_submit),
        )
        .route(
            "/login/enrol",
            get(pages::login::enrol_form).post(pages::login::enrol_submit),
        )
        .route("/logout", post(pages::login::logout))
        .route("/cases", get(pages::cases::list))
        .route(
            "/cases/new",
            get(pages::case_form::new_form).post(pages::case_form::new_submit),
        )
        .route("/cases/{reference}", get(pages::cases::show))
        .route(
            "/cases/{reference}/purpose",
            get(pages::purpose::form).post(pages::purpose::submit),
        )
        .route(
            "/cases/{reference}/edit",
            get(pages::case_form::edit_form).post(pages::case_form::edit_submit),
        )
        .route(
            "/import",
            get(pages::import::form).post(pages::import::submit),
        )
        .route("/links", get(pages::links::inbox))
        .route("/links/{id}", get(pages::links::show))
        .route("/links/{id}/status", post(pages::links::set_status))
        .route(
            "/links/{id}/messages",
            post(pages::messages::send).layer(axum::extract::DefaultBodyLimit::max(
                pages::messages::MAX_FILE_BYTES * 2,
            )),
        )
        .route(
            "/links/{id}/messages/{letter}/files/{n}",
            get(pages::messages::attachment),
        )
        .route("/graph", get(pages::links::graph))
        .route("/received", get(pages::received::list))
        .route("/received/{id}", get(pages::received::show))
        .route("/received/{id}/print", get(pages::received::print))
        .route(
            "/received/{id}/{step}",
            post(pages::received::step).layer(axum::extract::DefaultBodyLimit::max(
                pages::received::MAX_PACKAGE_BYTES * 2,
            )),
        )
        .route("/orders", get(pages::orders::list))
        .route(
            "/orders/new",
            get(pages::orders::new_form).post(pages::orders::new_submit),
        )
        .route("/orders/{id}", get(pages::orders::show))
        .route("/orders/{id}/print", get(pages::orders::print))
        .route("/orders/{id}/package/{n}", get(pages::orders::package_file))
        .route("/orders/{id}/{step}", post(pages::orders::step))
        .route("/audit", get(pages::audit::show).post(pages::audit::verify))
        .route("/profile", get(pages::profile::show))
        .route("/profile/locale", post(pages::profile::set_locale))
        .route("/lang/{tag}", get(pages::profile::anonymous_locale))
        .route(
            "/admin/users",
            get(pages::admin::users).post(pages::admin::create_user),
        )
        .route(
            "/admin/users/{username}/state",
            post(pages::admin::set_state),
        )
        .route("/static/malines.css", get(pages::stylesheet));
    pages
        .merge(api::router())
        .layer(axum::middleware::from_fn_with_state(
            web.clone(),
            context::middleware,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
        .with_state(web)
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
mod tests {
    use std::collections::BTreeSet;

    use malines_core::model::{
        CaseStatus, DocumentType, IdentifierKind, Sex, Stage, TerrorismType,
    };
    use malines_core::users::Role;

    use crate::i18n::{I18n, Locale};

    /// Every literal key the templates and the code ask for: `t("…")`, `t1("…"`, `tn("…"`,
    /// `tr(…, "…")`, and the title keys given to `Page::new`.
    fn keys_used() -> BTreeSet<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["templates", "src", "src/pages"] {
            for e in std::fs::read_dir(root.join(dir)).unwrap() {
                let p = e.unwrap().path();
                if p.is_file() && p.file_name().unwrap() != "i18n.rs" {
                    files.push(p);
                }
            }
        }
        let mut keys = BTreeSet::new();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (i, _) in text.match_indices('"') {
                let rest = &text[i + 1..];
                let Some(end) = rest.find('"') else { continue };
                let key = &rest[..end];
                let before = text[..i].trim_end();
                let is_key = key.len() > 2
                    && key
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_')
                    && key.contains('-')
                    && (before.ends_with(".t(")
                        || before.ends_with(".t1(")
                        || before.ends_with(".tn(")
                        || before.ends_with("tr(self.ctx.locale,")
                        || before.ends_with("tr(auth.ctx.locale,")
                        || (before.ends_with(',')
                            && before.contains("Page::new(")
                            && text[..i]
                                .rfind("Page::new(")
                                .is_some_and(|j| !text[j..i].contains(';'))));
                if is_key {
                    keys.insert(key.to_string());
                }
            }
        }
        keys
    }

    /// Keys made of a prefix and a stored value (`page.term("stage", …)`).
    fn keys_of_terms() -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        let mut add = |prefix: &str, values: &[&str]| {
            for v in values {
                keys.insert(format!("{prefix}-{v}"));
            }
        };
        add(
            "stage",
            &Stage::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        );
        add(
            "status",
            &CaseStatus::ALL
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>(),
        );
        add(
            "terrorism",
            &TerrorismType::ALL
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>(),
        );
        let kinds: Vec<&str> = IdentifierKind::ALL.iter().map(|s| s.as_str()).collect();
        add("kind", &kinds);
        add("on", &kinds);
        add("on", &["person", "organisation"]);
        add(
            "sex",
            &Sex::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        );
        add(
            "doc",
            &DocumentType::ALL
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>(),
        );
        add(
            "role",
            &Role::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        );
        add("link-status", &crate::pages::links::STATUSES);
        add("country", &["BE", "FR", "ES", "MA"]);
        add(
            "dob",
            &[
                "same_day",
                "same_month",
                "same_year",
                "one_digit_differs",
                "day_month_swapped",
                "same_year_day_or_month_differs",
                "year_differs",
                "different",
                "unknown",
            ],
        );
        keys
    }

    #[test]
    fn every_key_the_interface_uses_is_in_the_reference_locale() {
        let i18n = I18n::load().unwrap();
        let known: BTreeSet<String> = i18n.keys(Locale::En).into_iter().collect();
        let used = keys_used();
        let terms = keys_of_terms();
        // The scan must find the keys, or this test would pass on nothing.
        assert!(used.len() > 150, "only {} keys found", used.len());
        assert!(used.contains("sign-in-title") && used.contains("link-dismiss-reason"));
        let missing: Vec<&String> = used
            .iter()
            .chain(terms.iter())
            .filter(|k| !known.contains(*k))
            .collect();
        assert!(
            missing.is_empty(),
            "keys used but not in locales/en/main.ftl: {missing:?}"
        );
    }
}
