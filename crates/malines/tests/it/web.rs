//! The node's web interface without a browser (issue #6): sign-in with password and TOTP,
//! lock-out, CSRF, session expiry, roles, need-to-know, the case form and the import page.
//! The router is called directly (`tower::ServiceExt::oneshot`), with a clock the tests
//! move. The browser suite (`tests/browser`) drives the same pages in Chromium.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use malines_core::clock::{Clock, ManualClock};
use malines_core::ids::AuthorityCode;
use malines_core::import::{self, Format};
use malines_core::model::ValidationContext;
use malines_core::store::CaseStore;
use malines_core::users::{Role, TotpSecret};
use malines_node::Node;
use malines_node::client::HubClient;
use malines_store::Store;
use tower::ServiceExt;

use crate::federation::Fed;

const PASSWORD: &str = "correct horse battery staple";

/// A node's web interface on a temporary database, with users of every role.
struct Site {
    _fed: Fed,
    router: axum::Router,
    node: Arc<Node>,
    clock: Arc<ManualClock>,
    secrets: BTreeMap<String, TotpSecret>,
}

/// A browser: its cookies, and the CSRF token of the last form it was shown.
#[derive(Default)]
struct Browser {
    cookies: BTreeMap<String, String>,
    csrf: String,
    accept_language: Option<String>,
}

struct Page {
    status: StatusCode,
    location: Option<String>,
    body: String,
}

const CASES: &str = r#"{"cases": [
  {"reference": "BE-FED-2025-0101", "title": "Réseau de recrutement", "opened_on": "2025-01-15",
   "team": ["p.one"],
   "persons": [{"ref": "P1", "family_names": "Dupont", "given_names": "Julien", "birth_date": "1985-01-01"}]},
  {"reference": "BE-FED-2025-0102", "title": "Financement", "opened_on": "2025-02-01",
   "team": ["p.two", "c.one", "v.one"],
   "persons": [{"ref": "P1", "family_names": "El Amrani", "given_names": "Khalid", "birth_date": "1990-05-12"}]}
]}"#;

impl Site {
    async fn new() -> Site {
        let fed = Fed::new(&["BE-FED", "MA-PGR"]);
        let store = Store::connect(&format!("sqlite://{}", fed.path("web.sqlite").display()))
            .await
            .unwrap();
        let clock = Arc::new(ManualClock::new(
            time::macros::datetime!(2026-11-29 10:00 UTC),
        ));
        let dyn_clock: Arc<dyn Clock> = clock.clone();
        // The hub is never reached: the node's loops do not run here.
        let client = HubClient::new("https://127.0.0.1:9", &fed.identity("BE-FED")).unwrap();
        let node = Node::new(
            AuthorityCode::parse("BE-FED").unwrap(),
            store,
            malines_node::keys::read_secret(&fed.path("secret.json")).unwrap(),
            [7u8; 32],
            client,
            dyn_clock.clone(),
            malines_node::Settings::default(),
        );
        // Its post office knows the directory without the hub (which is not running here):
        // letters are signed, sealed and queued, not sent.
        let post = node.open_post(fed.identity("BE-FED"));
        malines_node::orders::handle(&post);
        post.use_directory(fed.pki.directory().unwrap().directory)
            .await;
        let web = malines_web::Web::new(
            node.clone(),
            dyn_clock.clone(),
            malines_web::Settings::default(),
        )
        .unwrap();
        // As `malines node` does: the start, with the rules and keys, goes into the ledger.
        web.record_start("signing key TESTKEY").await.unwrap();
        let mut secrets = BTreeMap::new();
        for (u, role) in [
            ("p.one", Role::Prosecutor),
            ("p.two", Role::Prosecutor),
            ("c.one", Role::Clerk),
            ("v.one", Role::Validator),
            ("a.one", Role::Auditor),
            ("admin", Role::Admin),
        ] {
            let s = malines_web::session::create_user(
                node.store(),
                u,
                u,
                role,
                PASSWORD,
                false,
                clock.now(),
            )
            .await
            .unwrap();
            secrets.insert(u.to_string(), s);
        }
        let ctx = ValidationContext::new(node.authority().country(), clock.today());
        let drafts = import::parse(CASES.as_bytes(), Format::Json, &ctx).unwrap();
        node.import(&drafts).await.unwrap();
        Site {
            _fed: fed,
            router: malines_web::router(Arc::new(web)),
            node,
            clock,
            secrets,
        }
    }

    /// The portal of the provider PROV-TELCO (its post office without a hub), with a
    /// responder, an auditor and an administrator.
    async fn provider() -> Site {
        let authority = Site::new().await;
        let fed = authority._fed;
        let store = Store::connect(&format!("sqlite://{}", fed.path("telco.sqlite").display()))
            .await
            .unwrap();
        let clock = authority.clock.clone();
        let dyn_clock: Arc<dyn Clock> = clock.clone();
        let identity = fed.identity("PROV-TELCO");
        let client = HubClient::new("https://127.0.0.1:9", &identity).unwrap();
        let ledger = Arc::new(malines_store::audit::Ledger::new(
            store.clone(),
            "PROV-TELCO",
            None,
        ));
        let post = malines_node::mail::PostOffice::new(
            identity,
            client,
            store.clone(),
            dyn_clock.clone(),
            ledger,
        );
        let web = malines_web::Web::for_provider(
            post,
            malines_core::ids::Country::parse("ES").unwrap(),
            dyn_clock,
            malines_web::Settings::default(),
        )
        .unwrap();
        let mut secrets = BTreeMap::new();
        for (u, role) in [
            ("r.one", Role::Responder),
            ("a.one", Role::Auditor),
            ("admin", Role::Admin),
        ] {
            let s =
                malines_web::session::create_user(&store, u, u, role, PASSWORD, false, clock.now())
                    .await
                    .unwrap();
            secrets.insert(u.to_string(), s);
        }
        Site {
            _fed: fed,
            router: malines_web::router(Arc::new(web)),
            node: authority.node,
            clock,
            secrets,
        }
    }

    fn advance(&self, d: time::Duration) {
        self.clock.set(self.clock.now() + d);
    }

    async fn send(&self, b: &mut Browser, req: Request<Body>) -> Page {
        let res = self.router.clone().oneshot(req).await.unwrap();
        for v in res.headers().get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            let (name, value) = v.split(';').next().unwrap().split_once('=').unwrap();
            assert!(
                v.contains("HttpOnly") && v.contains("SameSite=Strict") && v.contains("Secure")
            );
            if v.contains("Max-Age=0") {
                b.cookies.remove(name);
            } else {
                b.cookies.insert(name.to_string(), value.to_string());
            }
        }
        let status = res.status();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().unwrap().to_string());
        let csp = res
            .headers()
            .get(header::CONTENT_SECURITY_POLICY)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        assert!(csp.contains("default-src 'none'"), "CSP missing: {csp}");
        let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .unwrap();
        let body = String::from_utf8(bytes.to_vec()).unwrap();
        if let Some(i) = body.find("name=\"csrf\" value=\"") {
            let rest = &body[i + 19..];
            b.csrf = rest[..rest.find('"').unwrap()].to_string();
        }
        Page {
            status,
            location,
            body,
        }
    }

    fn request(b: &Browser, method: &str, path: &str) -> axum::http::request::Builder {
        let mut r = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "127.0.0.1:8441");
        if !b.cookies.is_empty() {
            let c: Vec<String> = b.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
            r = r.header(header::COOKIE, c.join("; "));
        }
        if let Some(l) = &b.accept_language {
            r = r.header(header::ACCEPT_LANGUAGE, l);
        }
        r
    }

    async fn get(&self, b: &mut Browser, path: &str) -> Page {
        let req = Self::request(b, "GET", path).body(Body::empty()).unwrap();
        self.send(b, req).await
    }

    async fn post(&self, b: &mut Browser, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect::<Vec<_>>()
            .join("&");
        let req = Self::request(b, "POST", path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(b, req).await
    }

    /// Posts a form with the browser's current CSRF token.
    async fn submit(&self, b: &mut Browser, path: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = b.csrf.clone();
        let mut all = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post(b, path, &all).await
    }

    fn code(&self, user: &str) -> String {
        self.secrets[user].code_at(self.clock.now().unix_timestamp())
    }

    /// A link of `case` with a Moroccan case, as if it had come from the hub's feed.
    async fn add_link(&self, case: &str, id: &str) {
        // The node's outbox knows its cases' tokens.
        self.node.plan().await.unwrap();
        let token = self.node.case_token(case);
        let now = self.clock.now();
        let evidence = r#"[{"record": "r1", "other_record": "x9", "on": "phone", "score": 1.0}]"#;
        self.node
            .store()
            .node_apply_feed(
                &[malines_store::fed::NodeLinkRow {
                    id: id.into(),
                    case_token: token,
                    other_authority: "MA-PGR".into(),
                    other_case: "f00dfeed".into(),
                    active: true,
                    score: 1.0,
                    evidence: evidence.into(),
                    status: "new".into(),
                    reason: None,
                    status_by: None,
                    status_at: None,
                    created_at: now,
                    updated_at: now,
                }],
                1,
                now,
            )
            .await
            .unwrap();
    }

    /// States why the browser's user reads `case` (the question before a case's content).
    async fn state_purpose(&self, b: &mut Browser, case: &str, purpose: &str) {
        let path = format!("/cases/{case}/purpose");
        self.get(b, &path).await;
        let p = self
            .submit(b, &path, &[("purpose", purpose), ("next", "case")])
            .await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{}", p.body);
    }

    /// Both sign-in steps; returns the browser signed in.
    async fn sign_in(&self, user: &str) -> Browser {
        let mut b = Browser::default();
        self.get(&mut b, "/login").await;
        let p = self
            .submit(
                &mut b,
                "/login",
                &[("username", user), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(p.location.as_deref(), Some("/login/totp"), "{}", p.body);
        self.get(&mut b, "/login/totp").await;
        let code = self.code(user);
        let p = self.submit(&mut b, "/login/totp", &[("code", &code)]).await;
        assert_eq!(p.location.as_deref(), Some("/"), "{}", p.body);
        // The next code step, so that a later sign-in of the same user is not a replay.
        self.advance(time::Duration::seconds(30));
        b
    }
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn sign_in_takes_a_password_and_a_code_and_sign_out_ends_the_session() {
    let site = Site::new().await;
    let mut b = Browser::default();
    // Nothing without signing in.
    let p = site.get(&mut b, "/cases").await;
    assert_eq!(p.location.as_deref(), Some("/login"));

    site.get(&mut b, "/login").await;
    let p = site
        .submit(
            &mut b,
            "/login",
            &[("username", "p.one"), ("password", "wrong password!")],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNAUTHORIZED);
    assert!(p.body.contains("Wrong username or password"));
    // An unknown user gets the same answer.
    let p = site
        .submit(
            &mut b,
            "/login",
            &[("username", "nobody"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNAUTHORIZED);
    assert!(p.body.contains("Wrong username or password"));

    let p = site
        .submit(
            &mut b,
            "/login",
            &[("username", "p.one"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/login/totp"));
    // Between the two steps, no page opens.
    let p = site.get(&mut b, "/cases").await;
    assert_eq!(p.location.as_deref(), Some("/login"));
    let pending_cookie = b.cookies["malines_session_BE-FED"].clone();

    site.get(&mut b, "/login/totp").await;
    let p = site
        .submit(&mut b, "/login/totp", &[("code", "000000")])
        .await;
    assert_eq!(p.status, StatusCode::UNAUTHORIZED);
    let code = site.code("p.one");
    let p = site.submit(&mut b, "/login/totp", &[("code", &code)]).await;
    assert_eq!(p.location.as_deref(), Some("/"));
    // The session token changed at the second step.
    assert_ne!(b.cookies["malines_session_BE-FED"], pending_cookie);

    let p = site.get(&mut b, "/cases").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("BE-FED-2025-0101"));

    // The pending token is worthless now.
    let mut stale = Browser::default();
    stale
        .cookies
        .insert("malines_session_BE-FED".into(), pending_cookie);
    assert_eq!(
        site.get(&mut stale, "/cases").await.location.as_deref(),
        Some("/login")
    );

    let p = site.submit(&mut b, "/logout", &[]).await;
    assert_eq!(p.location.as_deref(), Some("/login"));
    assert!(!b.cookies.contains_key("malines_session_BE-FED"));
    // A copy of the old cookie no longer opens anything either.
    let p = site.get(&mut b, "/cases").await;
    assert_eq!(p.location.as_deref(), Some("/login"));
}

#[tokio::test]
async fn a_code_is_good_only_once() {
    let site = Site::new().await;
    let code = site.code("p.one");
    for (n, expected) in [(1, "/"), (2, "")] {
        let mut b = Browser::default();
        site.get(&mut b, "/login").await;
        site.submit(
            &mut b,
            "/login",
            &[("username", "p.one"), ("password", PASSWORD)],
        )
        .await;
        site.get(&mut b, "/login/totp").await;
        let p = site.submit(&mut b, "/login/totp", &[("code", &code)]).await;
        assert_eq!(p.location.as_deref().unwrap_or(""), expected, "attempt {n}");
    }
}

#[tokio::test]
async fn five_wrong_passwords_lock_the_account_until_the_lock_ends_or_an_admin_lifts_it() {
    let site = Site::new().await;
    let mut b = Browser::default();
    site.get(&mut b, "/login").await;
    for i in 1..=5 {
        let p = site
            .submit(
                &mut b,
                "/login",
                &[("username", "c.one"), ("password", "not the password")],
            )
            .await;
        if i < 5 {
            assert_eq!(p.status, StatusCode::UNAUTHORIZED, "attempt {i}");
        } else {
            assert_eq!(p.status, StatusCode::FORBIDDEN);
            assert!(p.body.contains("locked"), "{}", p.body);
        }
    }
    // Even the right password is refused while locked.
    let p = site
        .submit(
            &mut b,
            "/login",
            &[("username", "c.one"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    // The admin sees the lock and lifts it.
    let mut admin = site.sign_in("admin").await;
    let p = site.get(&mut admin, "/admin/users").await;
    assert!(p.body.contains("locked"));
    let p = site
        .submit(
            &mut admin,
            "/admin/users/c.one/state",
            &[("state", "enabled")],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/admin/users"));
    site.sign_in("c.one").await;

    // Wrong codes count too; a lock ends by itself after 15 minutes.
    let mut b = Browser::default();
    site.get(&mut b, "/login").await;
    site.submit(
        &mut b,
        "/login",
        &[("username", "v.one"), ("password", PASSWORD)],
    )
    .await;
    site.get(&mut b, "/login/totp").await;
    for _ in 0..4 {
        let p = site
            .submit(&mut b, "/login/totp", &[("code", "123456")])
            .await;
        assert_eq!(p.status, StatusCode::UNAUTHORIZED);
    }
    let p = site
        .submit(&mut b, "/login/totp", &[("code", "123456")])
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    let mut b = Browser::default();
    site.get(&mut b, "/login").await;
    let p = site
        .submit(
            &mut b,
            "/login",
            &[("username", "v.one"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    site.advance(time::Duration::minutes(16));
    site.sign_in("v.one").await;
}

#[tokio::test]
async fn forms_without_the_csrf_token_or_from_another_site_are_refused() {
    let site = Site::new().await;
    let mut b = site.sign_in("p.one").await;
    let form = [
        ("reference", "BE-FED-2026-0001"),
        ("title", "Nouvelle affaire"),
        ("opened_on", "2026-11-01"),
        ("team", "p.one"),
        ("stage", "investigation"),
        ("status", "open"),
    ];
    let p = site.post(&mut b, "/cases/new", &form).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    let mut with_bad = vec![("csrf", "forged")];
    with_bad.extend_from_slice(&form);
    let p = site.post(&mut b, "/cases/new", &with_bad).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    // The right token, but the browser says the form came from another site.
    site.get(&mut b, "/cases/new").await;
    let mut good = vec![("csrf", b.csrf.as_str())];
    good.extend_from_slice(&form);
    let body = good
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
        .collect::<Vec<_>>()
        .join("&");
    let req = Site::request(&b, "POST", "/cases/new")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::from(body.clone()))
        .unwrap();
    let p = site.send(&mut b, req).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    // Another node on another port of the same host is the same site, not the same origin.
    let req = Site::request(&b, "POST", "/cases/new")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-site")
        .body(Body::from(body.clone()))
        .unwrap();
    let p = site.send(&mut b, req).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    // Nothing was written.
    let r = malines_core::ids::CaseRef::parse("BE-FED-2026-0001").unwrap();
    assert!(
        site.node
            .store()
            .get_case(site.node.authority(), &r)
            .await
            .unwrap()
            .is_none()
    );
    // The sign-in form has its own token, tied to a cookie.
    let mut anon = Browser::default();
    let p = site
        .post(
            &mut anon,
            "/login",
            &[("csrf", "x"), ("username", "p.one"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
    // Signing out needs the token too.
    let p = site.post(&mut b, "/logout", &[]).await;
    assert_eq!(p.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_session_ends_after_30_idle_minutes_and_12_hours_in_all() {
    let site = Site::new().await;
    let mut b = site.sign_in("p.one").await;
    site.advance(time::Duration::minutes(29));
    assert_eq!(site.get(&mut b, "/cases").await.status, StatusCode::OK);
    site.advance(time::Duration::minutes(31));
    let p = site.get(&mut b, "/cases").await;
    assert_eq!(p.location.as_deref(), Some("/login"));

    // Used every 20 minutes, a session still ends 12 hours after sign-in.
    let mut b = site.sign_in("p.one").await;
    for _ in 0..35 {
        site.advance(time::Duration::minutes(20));
        assert_eq!(site.get(&mut b, "/cases").await.status, StatusCode::OK);
    }
    site.advance(time::Duration::minutes(20));
    let p = site.get(&mut b, "/cases").await;
    assert_eq!(p.location.as_deref(), Some("/login"));
}

/// What a request should get, in the access matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// 200, and the case's personal data is on the page.
    Shows,
    /// 200 (a list, a form, the question of purpose), and no personal data of the case.
    Ok,
    /// 303 to the next page (a purpose stated).
    Redirect,
    /// 204: done (a deletion).
    Deleted,
    /// 403: the role may not.
    Forbidden,
    /// 404: outside the user's team, answered like a case that does not exist.
    Hidden,
}

/// Every role against every page and API endpoint that touches case data (SPEC §7,
/// issue #7): each cell asserted, personal data included or not.
#[tokio::test]
async fn every_role_against_every_page_and_endpoint_of_case_data() {
    use Expect::*;
    let site = Site::new().await;
    site.add_link("BE-FED-2025-0102", "0123abcd").await;
    let case = "/cases/BE-FED-2025-0102";
    let purpose = "/cases/BE-FED-2025-0102/purpose";
    let edit = "/cases/BE-FED-2025-0102/edit";
    let api_case = "/api/cases/BE-FED-2025-0102?purpose=review";
    let link = "/links/0123abcd";
    // The roles: p.two, c.one and v.one are in the case's team; p.one is a prosecutor of
    // another team; a.one is the auditor and admin the administrator.
    let users = ["p.two", "c.one", "v.one", "p.one", "a.one", "admin"];
    #[rustfmt::skip]
    let matrix: &[(&str, &str, [Expect; 6])] = &[
        //                                   p.two      c.one      v.one      p.one      a.one      admin
        ("POST", purpose,                   [Redirect,  Redirect,  Redirect,  Hidden,    Forbidden, Forbidden]),
        ("GET", "/cases",                   [Ok,        Ok,        Ok,        Ok,        Forbidden, Forbidden]),
        ("GET", case,                       [Shows,     Shows,     Shows,     Hidden,    Forbidden, Forbidden]),
        ("GET", purpose,                    [Ok,        Ok,        Ok,        Hidden,    Forbidden, Forbidden]),
        ("GET", edit,                       [Shows,     Shows,     Forbidden, Hidden,    Forbidden, Forbidden]),
        ("GET", "/cases/new",               [Ok,        Ok,        Forbidden, Ok,        Forbidden, Forbidden]),
        ("GET", "/import",                  [Ok,        Ok,        Forbidden, Ok,        Forbidden, Forbidden]),
        ("GET", "/links",                   [Ok,        Forbidden, Ok,        Ok,        Forbidden, Forbidden]),
        ("GET", link,                       [Ok,        Forbidden, Ok,        Hidden,    Forbidden, Forbidden]),
        ("GET", "/graph",                   [Ok,        Forbidden, Ok,        Ok,        Forbidden, Forbidden]),
        ("GET", "/api/cases",               [Ok,        Ok,        Ok,        Ok,        Forbidden, Forbidden]),
        ("GET", api_case,                   [Shows,     Shows,     Shows,     Hidden,    Forbidden, Forbidden]),
        ("GET", "/api/links",               [Ok,        Forbidden, Ok,        Ok,        Forbidden, Forbidden]),
        ("GET", "/orders",                  [Ok,        Forbidden, Ok,        Ok,        Forbidden, Forbidden]),
        ("GET", "/orders/new?case=BE-FED-2025-0102", [Ok,   Forbidden, Forbidden, Hidden,    Forbidden, Forbidden]),
        ("GET", "/received",                [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden]),
        ("GET", "/audit",                   [Forbidden, Forbidden, Forbidden, Forbidden, Ok,        Forbidden]),
        ("GET", "/api/audit/head",          [Forbidden, Forbidden, Forbidden, Forbidden, Ok,        Forbidden]),
        ("GET", "/admin/users",             [Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        // Last, and from the right: the refused ones first, then the clerk deletes the case
        // (204: it was still there), so the prosecutor after them finds nothing.
        ("DELETE", "/api/cases/BE-FED-2025-0102", [Hidden, Deleted, Forbidden, Hidden, Forbidden, Forbidden]),
    ];
    let mut browsers: BTreeMap<&str, Browser> = BTreeMap::new();
    for u in users {
        browsers.insert(u, site.sign_in(u).await);
    }
    let mut failures = Vec::new();
    for (method, path, row) in matrix {
        let mut cells: Vec<(&&str, &Expect)> = users.iter().zip(row).collect();
        if *method == "DELETE" {
            cells.reverse();
        }
        for (user, expected) in cells {
            let b = browsers.get_mut(user).unwrap();
            let p = match *method {
                "POST" => {
                    // The purpose form's token (any page's form carries the same one).
                    site.get(b, "/profile").await;
                    site.submit(b, path, &[("purpose", "review"), ("next", "case")])
                        .await
                }
                "DELETE" => {
                    let req = Site::request(b, "DELETE", path)
                        .header("x-csrf-token", b.csrf.clone())
                        .body(Body::empty())
                        .unwrap();
                    site.send(b, req).await
                }
                _ => site.get(b, path).await,
            };
            let personal = p.body.contains("El Amrani") || p.body.contains("Khalid");
            let got = match p.status {
                StatusCode::OK if personal => Shows,
                StatusCode::OK => Ok,
                StatusCode::SEE_OTHER => Redirect,
                StatusCode::NO_CONTENT => Deleted,
                StatusCode::FORBIDDEN => Forbidden,
                StatusCode::NOT_FOUND => Hidden,
                other => {
                    failures.push(format!("{user} {method} {path}: status {other}"));
                    continue;
                }
            };
            if got != *expected {
                failures.push(format!(
                    "{user} {method} {path}: {got:?}, expected {expected:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    // The clerk's deletion went through.
    let r = malines_core::ids::CaseRef::parse("BE-FED-2025-0102").unwrap();
    assert!(
        site.node
            .store()
            .get_case(site.node.authority(), &r)
            .await
            .unwrap()
            .is_none()
    );
}

/// A case's content is shown only once the user said why they read it; the ledger records
/// the purpose with each read, and the API wants it with every request.
#[tokio::test]
async fn a_case_is_read_only_for_a_stated_purpose_and_the_ledger_keeps_it() {
    let site = Site::new().await;
    let mut b = site.sign_in("p.two").await;
    let (before, _) = site_ledger(&site).await;
    let p = site.get(&mut b, "/cases/BE-FED-2025-0102").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(
        p.body.contains("Why are you opening this case?"),
        "{}",
        p.body
    );
    assert!(
        !p.body.contains("El Amrani"),
        "no content before the purpose"
    );
    let p = site.get(&mut b, "/cases/BE-FED-2025-0102/edit").await;
    assert!(!p.body.contains("El Amrani"), "nor in the edit form");
    let (after, _) = site_ledger(&site).await;
    assert_eq!(before, after, "asking is not reading");

    // "Other" needs words; an unknown purpose is named.
    let p = site
        .submit(
            &mut b,
            "/cases/BE-FED-2025-0102/purpose",
            &[
                ("purpose", "other"),
                ("purpose_detail", " "),
                ("next", "case"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("id=\"purpose_detail-error\""), "{}", p.body);
    assert!(p.body.contains("is required when the purpose is"));
    let p = site
        .submit(
            &mut b,
            "/cases/BE-FED-2025-0102/purpose",
            &[("purpose", "curiosity"), ("next", "case")],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        p.body.contains("&#39;curiosity&#39; is not one of"),
        "{}",
        p.body
    );

    let p = site
        .submit(
            &mut b,
            "/cases/BE-FED-2025-0102/purpose",
            &[
                ("purpose", "other"),
                ("purpose_detail", "question from the investigating judge"),
                ("next", "case"),
            ],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/cases/BE-FED-2025-0102"));
    let p = site.get(&mut b, "/cases/BE-FED-2025-0102").await;
    assert!(p.body.contains("El Amrani"));
    assert!(p.body.contains("question from the investigating judge"));
    // Asked once per case and session: the edit form opens directly.
    let p = site.get(&mut b, "/cases/BE-FED-2025-0102/edit").await;
    assert!(p.body.contains("El Amrani"));

    // The API: no purpose, no data; the field is named.
    let p = site.get(&mut b, "/api/cases/BE-FED-2025-0102").await;
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
    assert!(p.body.contains("purpose: is required"), "{}", p.body);
    assert!(!p.body.contains("El Amrani"));
    let p = site
        .get(
            &mut b,
            "/api/cases/BE-FED-2025-0102?purpose=data_protection",
        )
        .await;
    assert!(p.body.contains("El Amrani"));

    let (size, _) = site_ledger(&site).await;
    let reads: Vec<String> = site_entries(&site, size)
        .await
        .into_iter()
        .filter(|e| e.action == "case_read")
        .map(|e| e.purpose)
        .collect();
    assert_eq!(
        reads,
        [
            "other: question from the investigating judge",
            "other: question from the investigating judge",
            "data_protection",
        ]
    );

    // A new session asks again.
    site.submit(&mut b, "/logout", &[]).await;
    let mut b = site.sign_in("p.two").await;
    let p = site.get(&mut b, "/cases/BE-FED-2025-0102").await;
    assert!(!p.body.contains("El Amrani"));
}

#[tokio::test]
async fn a_user_outside_a_cases_team_cannot_see_or_change_it() {
    let site = Site::new().await;
    // p.two is not in the team of BE-FED-2025-0101.
    let mut b = site.sign_in("p.two").await;
    let p = site.get(&mut b, "/cases").await;
    assert!(p.body.contains("BE-FED-2025-0102"));
    assert!(!p.body.contains("BE-FED-2025-0101"));
    for path in [
        "/cases/BE-FED-2025-0101",
        "/cases/BE-FED-2025-0101/edit",
        "/api/cases/BE-FED-2025-0101",
    ] {
        let p = site.get(&mut b, path).await;
        assert_eq!(p.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!p.body.contains("Dupont"), "{path}");
    }
    // Answered exactly like a case that does not exist.
    let missing = site.get(&mut b, "/cases/BE-FED-1999-0001").await;
    let hidden = site.get(&mut b, "/cases/BE-FED-2025-0101").await;
    assert_eq!(missing.body, hidden.body);
    // Editing it through the form is refused as well.
    let p = site
        .submit(
            &mut b,
            "/cases/BE-FED-2025-0101/edit",
            &[
                ("title", "Taken over"),
                ("team", "p.two"),
                ("opened_on", "2025-01-15"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    let r = malines_core::ids::CaseRef::parse("BE-FED-2025-0101").unwrap();
    let c = site
        .node
        .store()
        .get_case(site.node.authority(), &r)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.draft.case.title, "Réseau de recrutement");
}

#[tokio::test]
async fn the_case_form_names_each_bad_field_and_saves_nothing_until_all_are_right() {
    let site = Site::new().await;
    let mut b = site.sign_in("c.one").await;
    site.get(&mut b, "/cases/new").await;
    let bad = [
        ("reference", "BE-FED-2026-0042"),
        ("title", ""),
        ("stage", "investigation"),
        ("status", "open"),
        ("opened_on", "2026-11-01"),
        ("team", "c.one, ghost"),
        ("persons[0].family_names", "Benali"),
        ("persons[0].given_names", "Karim"),
        ("persons[0].birth_date", "1990-13-01"),
        ("persons[0].shared", "1"),
        ("identifiers[0].type", "phone"),
        ("identifiers[0].value", "not a phone"),
        ("identifiers[0].subject", "P1"),
        ("identifiers[0].shared", "1"),
        // A blank row, as the form always offers one: ignored.
        ("persons[1].family_names", ""),
        ("persons[1].shared", "1"),
    ];
    let p = site.submit(&mut b, "/cases/new", &bad).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", p.body);
    for id in [
        "title-error",
        "persons-0-birth_date-error",
        "identifiers-0-value-error",
        "team-error",
    ] {
        assert!(
            p.body.contains(&format!("id=\"{id}\"")),
            "no {id} in {}",
            p.body
        );
    }
    assert!(p.body.contains("&#39;ghost&#39; is not a prosecutor"));
    // What was typed is kept.
    assert!(p.body.contains("value=\"Benali\""));
    let r = malines_core::ids::CaseRef::parse("BE-FED-2026-0042").unwrap();
    let store = site.node.store();
    assert!(
        store
            .get_case(site.node.authority(), &r)
            .await
            .unwrap()
            .is_none()
    );

    let good: Vec<(&str, &str)> = bad
        .iter()
        .map(|(k, v)| match *k {
            "title" => (*k, "Cellule de Molenbeek"),
            "team" => (*k, "v.one"),
            "persons[0].birth_date" => (*k, "1990-12"),
            "identifiers[0].value" => (*k, "0470 12 34 56"),
            _ => (*k, *v),
        })
        .collect();
    let p = site.submit(&mut b, "/cases/new", &good).await;
    assert_eq!(
        p.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "the author must stay in the team"
    );
    assert!(p.body.contains("must include you"));
    let good: Vec<(&str, &str)> = good
        .iter()
        .map(|(k, v)| {
            if *k == "team" {
                (*k, "c.one v.one")
            } else {
                (*k, *v)
            }
        })
        .collect();
    let p = site.submit(&mut b, "/cases/new", &good).await;
    assert_eq!(
        p.location.as_deref(),
        Some("/cases/BE-FED-2026-0042"),
        "{}",
        p.body
    );
    let c = store
        .get_case(site.node.authority(), &r)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.draft.persons.len(), 1);
    assert_eq!(c.draft.identifiers[0].identifier.value, "+32470123456");
    let p = site.get(&mut b, "/cases/BE-FED-2026-0042").await;
    assert!(p.body.contains("Benali") && p.body.contains("+32470123456"));
    // The same reference again is refused, not overwritten.
    site.get(&mut b, "/cases/new").await;
    let p = site.submit(&mut b, "/cases/new", &good).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("is not available"));
}

/// A multipart upload of one file.
async fn upload(site: &Site, b: &mut Browser, name: &str, content: &str) -> Page {
    let boundary = "malinesboundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{}\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: text/csv\r\n\r\n{content}\r\n--{boundary}--\r\n",
        b.csrf
    );
    let req = Site::request(b, "POST", "/import")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    site.send(b, req).await
}

#[tokio::test]
async fn an_import_with_a_bad_row_shows_the_line_and_writes_nothing() {
    let site = Site::new().await;
    let mut b = site.sign_in("c.one").await;
    site.get(&mut b, "/import").await;
    let csv = "record,case_ref,title,opened_on,ref,family_names,given_names,birth_date\n\
               case,BE-FED-2026-0100,Dossier A,2026-01-10,,,,\n\
               person,BE-FED-2026-0100,,,P1,Haddad,Sami,1988-02-03\n\
               case,BE-FED-2026-0101,Dossier B,2026-01-11,,,,\n\
               person,BE-FED-2026-0101,,,P1,Tazi,Nour,1988-02-30\n";
    let p = upload(&site, &mut b, "cases.csv", csv).await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("birth_date"), "{}", p.body);
    let report = &p.body[p.body.find("<tbody>").unwrap()..];
    assert!(
        report.contains("<td class=\"num\">5</td>"),
        "line 5 named: {report}"
    );
    let store = site.node.store();
    let all = store
        .list_cases(site.node.authority(), &Default::default())
        .await
        .unwrap();
    assert_eq!(all.len(), 2, "nothing written");

    site.get(&mut b, "/import").await;
    let p = upload(
        &site,
        &mut b,
        "cases.csv",
        &csv.replace("1988-02-30", "1988-02-28"),
    )
    .await;
    assert_eq!(p.status, StatusCode::OK, "{}", p.body);
    assert!(p.body.contains("2 cases created"));
    // The importer is in the team of what they imported, so they see it.
    let p = site.get(&mut b, "/cases/BE-FED-2026-0100").await;
    assert_eq!(p.status, StatusCode::OK);

    // A case of another team cannot be replaced by an import.
    let mut other = site.sign_in("p.two").await;
    site.get(&mut other, "/import").await;
    let p = upload(
        &site,
        &mut other,
        "take.csv",
        "record,case_ref,title,opened_on\ncase,BE-FED-2025-0101,Taken over,2025-01-15\n",
    )
    .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = malines_core::ids::CaseRef::parse("BE-FED-2025-0101").unwrap();
    let c = store
        .get_case(site.node.authority(), &r)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.draft.case.title, "Réseau de recrutement");
}

#[tokio::test]
async fn pages_speak_the_users_language_and_arabic_is_right_to_left() {
    let site = Site::new().await;
    // Before signing in: the browser's language.
    let mut b = Browser {
        accept_language: Some("nl-BE,nl;q=0.9,en;q=0.5".into()),
        ..Default::default()
    };
    let p = site.get(&mut b, "/login").await;
    assert!(
        p.body.contains("<html lang=\"nl\" dir=\"ltr\">"),
        "{}",
        &p.body[..200]
    );
    // A language chosen on the sign-in page wins over the browser's.
    site.get(&mut b, "/lang/es").await;
    let p = site.get(&mut b, "/login").await;
    assert!(p.body.contains("<html lang=\"es\""));

    // Signed in: the profile's choice, kept across sessions.
    let mut b = site.sign_in("p.two").await;
    site.get(&mut b, "/profile").await;
    let p = site
        .submit(&mut b, "/profile/locale", &[("locale", "ar")])
        .await;
    assert_eq!(p.status, StatusCode::SEE_OTHER);
    let p = site.get(&mut b, "/cases").await;
    assert!(p.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let fr = site.get(&mut Browser::default(), "/login").await;
    assert!(fr.body.contains("lang=\"en\""), "default English");
    let p = site.get(&mut b, "/cases/BE-FED-2025-0102").await;
    assert!(p.body.contains("dir=\"rtl\""));
    let bad = site
        .submit(&mut b, "/profile/locale", &[("locale", "xx")])
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn a_link_is_seen_when_opened_and_dismissed_only_with_a_reason_by_its_cases_team() {
    let site = Site::new().await;
    site.add_link("BE-FED-2025-0102", "0123abcd").await;

    let mut b = site.sign_in("p.two").await;
    let p = site.get(&mut b, "/links").await;
    assert!(p.body.contains("/links/0123abcd"), "new in the inbox");
    let p = site.get(&mut b, "/links/0123abcd").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("MA-PGR") && p.body.contains("Same value, exactly"));
    let p = site.get(&mut b, "/links?status=new").await;
    assert!(!p.body.contains("/links/0123abcd"), "opened, no longer new");
    let p = site.get(&mut b, "/links?status=seen").await;
    assert!(p.body.contains("/links/0123abcd"));

    site.get(&mut b, "/links/0123abcd").await;
    let p = site
        .submit(
            &mut b,
            "/links/0123abcd/status",
            &[("status", "dismissed"), ("reason", "  ")],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("id=\"reason-error\""));
    let p = site
        .submit(
            &mut b,
            "/links/0123abcd/status",
            &[
                ("status", "dismissed"),
                ("reason", "Homonyme : date de naissance différente"),
            ],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/links/0123abcd"));
    let p = site.get(&mut b, "/links/0123abcd").await;
    assert!(p.body.contains("Homonyme : date de naissance différente"));
    assert!(p.body.contains("p.two"), "who dismissed it");
    let p = site
        .submit(&mut b, "/links/0123abcd/status", &[("status", "deleted")])
        .await;
    assert_eq!(p.status, StatusCode::BAD_REQUEST);

    // Outside the case's team: as if there were no link.
    let mut other = site.sign_in("p.one").await;
    assert!(
        !site
            .get(&mut other, "/links?status=all")
            .await
            .body
            .contains("0123abcd")
    );
    assert_eq!(
        site.get(&mut other, "/links/0123abcd").await.status,
        StatusCode::NOT_FOUND
    );
    let p = site
        .submit(&mut other, "/links/0123abcd/status", &[("status", "seen")])
        .await;
    assert_eq!(p.status, StatusCode::NOT_FOUND);
    // A clerk of the team does not handle links.
    let mut clerk = site.sign_in("c.one").await;
    assert_eq!(
        site.get(&mut clerk, "/links/0123abcd").await.status,
        StatusCode::FORBIDDEN
    );
}

#[tokio::test]
async fn unread_messages_about_a_link_are_counted_in_the_inbox_until_a_team_member_reads_them() {
    let site = Site::new().await;
    site.add_link("BE-FED-2025-0102", "0123abcd").await;
    let mut b = site.sign_in("p.two").await;
    let p = site.get(&mut b, "/links?status=unread").await;
    assert!(!p.body.contains("/links/0123abcd"), "no message yet");

    // Morocco writes about the link: a letter signed and sealed to Belgium, taken by its
    // post office as if it came through the hub.
    let directory = site._fed.pki.directory().unwrap().directory;
    for text in ["Première question", "Deuxième question"] {
        let letter = malines_pki::seal::Letter {
            v: 1,
            id: malines_pki::seal::new_id(),
            from: "MA-PGR".into(),
            to: "BE-FED".into(),
            at: site.clock.now(),
            kind: "message".into(),
            body: serde_json::json!({"thread": "link:0123abcd", "link": "0123abcd",
                                     "author": "A. Bennani", "text": text, "attachments": []}),
        };
        let out = malines_pki::seal::seal(
            &site._fed.identity("MA-PGR"),
            directory.member("BE-FED").unwrap(),
            &letter,
        )
        .unwrap();
        site.node.post().unwrap().take(&out.envelope).await.unwrap();
    }

    // Every page's navigation says so, and leads to them.
    let p = site.get(&mut b, "/cases").await;
    assert!(
        p.body
            .contains("<a href=\"/links?status=unread\" aria-current=\"false\">Links <span class=\"badge unread\">2 unread</span>"),
        "{}",
        p.body
    );
    let p = site.get(&mut b, "/links?status=unread").await;
    assert!(p.body.contains("/links/0123abcd#messages-h"), "{}", p.body);
    assert!(p.body.contains("2 unread"), "{}", p.body);
    assert!(
        p.body
            .contains("Unread messages <span class=\"count\">(2)</span>")
    );
    // Outside the case's team, nothing of it shows.
    let mut other = site.sign_in("p.one").await;
    let p = site.get(&mut other, "/links?status=unread").await;
    assert!(!p.body.contains("0123abcd"));
    assert!(!p.body.contains("badge unread"));
    assert!(
        p.body
            .contains("Unread messages <span class=\"count\">(0)</span>")
    );

    // Reading the link's page reads the messages: they are no longer unread, and the inbox
    // still counts them as messages of the link.
    let p = site.get(&mut b, "/links/0123abcd").await;
    assert!(p.body.contains("Deuxième question"));
    assert!(
        !p.body.contains("badge unread"),
        "read now: the navigation follows"
    );
    let p = site.get(&mut b, "/links?status=unread").await;
    assert!(!p.body.contains("/links/0123abcd"));
    assert!(
        p.body
            .contains("Unread messages <span class=\"count\">(0)</span>")
    );
    let p = site.get(&mut b, "/links?status=all").await;
    assert!(
        p.body.contains("/links/0123abcd#messages-h\">2</a>"),
        "{}",
        p.body
    );
    assert!(!p.body.contains("unread</strong>"));
}

#[tokio::test]
async fn parallel_guesses_cannot_pass_the_lock_and_unknown_names_lock_alike() {
    let site = Site::new().await;
    let mut b = Browser::default();
    site.get(&mut b, "/login").await;
    let csrf = b.csrf.clone();
    let cookies = b.cookies.clone();
    // Twenty wrong passwords at once: each is counted before it is checked.
    let mut tasks = Vec::new();
    for i in 0..20 {
        let router = site.router.clone();
        let body = format!("csrf={csrf}&username=p.one&password=guess{i}");
        let cookie: Vec<String> = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
        tasks.push(tokio::spawn(async move {
            let req = Request::builder()
                .method("POST")
                .uri("/login")
                .header(header::HOST, "127.0.0.1:8441")
                .header(header::COOKIE, cookie.join("; "))
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap();
            router.oneshot(req).await.unwrap().status()
        }));
    }
    let mut refused = 0;
    for t in tasks {
        if t.await.unwrap() == StatusCode::UNAUTHORIZED {
            refused += 1;
        }
    }
    assert_eq!(refused, 4, "only four answers before the lock");
    let p = site
        .submit(
            &mut b,
            "/login",
            &[("username", "p.one"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        p.status,
        StatusCode::FORBIDDEN,
        "locked, even with the right password"
    );

    // A name that does not exist answers the same way, attempt by attempt.
    for i in 1..=6 {
        let p = site
            .submit(
                &mut b,
                "/login",
                &[("username", "no.such.user"), ("password", "whatever it is")],
            )
            .await;
        let want = if i < 5 {
            StatusCode::UNAUTHORIZED
        } else {
            StatusCode::FORBIDDEN
        };
        assert_eq!(p.status, want, "attempt {i}");
    }

    // When the lock ends, the count starts again: one more mistake does not lock again.
    site.advance(time::Duration::minutes(16));
    let p = site
        .submit(
            &mut b,
            "/login",
            &[("username", "p.one"), ("password", "one more mistake")],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNAUTHORIZED);
    site.sign_in("p.one").await;
}

#[tokio::test]
async fn hostile_forms_get_a_clear_refusal_not_a_crash() {
    let site = Site::new().await;
    let mut b = site.sign_in("c.one").await;
    site.get(&mut b, "/cases/new").await;
    // A row number at the end of the integers.
    let p = site
        .submit(
            &mut b,
            "/cases/new",
            &[
                ("persons[18446744073709551615].family_names", "X"),
                ("action", "add-person"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::OK);
    // A body of 2 MiB on a form: refused before it is read.
    let huge = "a&".repeat(1024 * 1024);
    let req = Site::request(&b, "POST", "/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(huge))
        .unwrap();
    let p = site.send(&mut b, req).await;
    assert_eq!(p.status, StatusCode::BAD_REQUEST);
    assert!(p.body.contains("length limit exceeded"), "{}", p.body);
}

#[tokio::test]
async fn an_account_an_admin_makes_is_opened_only_with_factors_its_user_chose() {
    let site = Site::new().await;
    let mut admin = site.sign_in("admin").await;
    site.get(&mut admin, "/admin/users").await;
    let temporary = "handed over on paper";
    let p = site
        .submit(
            &mut admin,
            "/admin/users",
            &[
                ("username", "n.new"),
                ("display_name", "N. New"),
                ("role", "prosecutor"),
                ("password", temporary),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("you will know neither"));
    assert!(
        !p.body.contains("otpauth"),
        "the admin is shown no second factor"
    );

    let mut b = Browser::default();
    site.get(&mut b, "/login").await;
    let p = site
        .submit(
            &mut b,
            "/login",
            &[("username", "n.new"), ("password", temporary)],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/login/enrol"));
    // The second-factor page is not a way around the enrolment.
    let p = site.get(&mut b, "/login/totp").await;
    assert_eq!(p.location.as_deref(), Some("/login/enrol"));
    assert_eq!(
        site.get(&mut b, "/cases").await.location.as_deref(),
        Some("/login")
    );

    let page = site.get(&mut b, "/login/enrol").await;
    let i = page.body.find("id=\"enrol-secret\">").unwrap() + 18;
    let secret_text = page.body[i..i + 32].to_string();
    let secret = TotpSecret::from_base32(&secret_text).unwrap();
    let mine = "my own passphrase 2026";
    let code = secret.code_at(site.clock.now().unix_timestamp());
    let p = site
        .submit(
            &mut b,
            "/login/enrol",
            &[
                ("secret", &secret_text),
                ("password", mine),
                ("confirm", "something else!"),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("The two passwords differ"));
    let p = site
        .submit(
            &mut b,
            "/login/enrol",
            &[
                ("secret", &secret_text),
                ("password", mine),
                ("confirm", mine),
                ("code", "000000"),
            ],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("does not match the secret"));
    let p = site
        .submit(
            &mut b,
            "/login/enrol",
            &[
                ("secret", &secret_text),
                ("password", mine),
                ("confirm", mine),
                ("code", &code),
            ],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/"), "{}", p.body);
    assert_eq!(site.get(&mut b, "/cases").await.status, StatusCode::OK);

    // The temporary password no longer opens anything; the user's own factors do.
    site.advance(time::Duration::seconds(30));
    let mut again = Browser::default();
    site.get(&mut again, "/login").await;
    let p = site
        .submit(
            &mut again,
            "/login",
            &[("username", "n.new"), ("password", temporary)],
        )
        .await;
    assert_eq!(p.status, StatusCode::UNAUTHORIZED);
    let p = site
        .submit(
            &mut again,
            "/login",
            &[("username", "n.new"), ("password", mine)],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/login/totp"));
    site.get(&mut again, "/login/totp").await;
    let code = secret.code_at(site.clock.now().unix_timestamp());
    let p = site
        .submit(&mut again, "/login/totp", &[("code", &code)])
        .await;
    assert_eq!(p.location.as_deref(), Some("/"));
}

#[tokio::test]
async fn what_users_do_is_in_the_ledger_and_the_auditor_verifies_it() {
    let site = Site::new().await;
    let mut b = site.sign_in("p.two").await;
    site.state_purpose(&mut b, "BE-FED-2025-0102", "review")
        .await;
    site.get(&mut b, "/cases/BE-FED-2025-0102").await;
    site.get(&mut b, "/cases/BE-FED-2025-0102/edit").await;
    site.submit(&mut b, "/logout", &[]).await;
    let mut x = Browser::default();
    site.get(&mut x, "/login").await;
    site.submit(
        &mut x,
        "/login",
        &[("username", "p.one"), ("password", "not it at all")],
    )
    .await;

    let (size, _) = site_ledger(&site).await;
    let entries = site_entries(&site, size).await;
    let seen: Vec<(String, String, String, String)> = entries
        .iter()
        .map(|e| {
            (
                e.actor.clone(),
                e.action.clone(),
                e.target.clone(),
                e.purpose.clone(),
            )
        })
        .collect();
    for want in [
        ("p.two", "sign_in", "", ""),
        ("p.two", "case_read", "BE-FED-2025-0102", "review"),
        ("p.two", "sign_out", "", ""),
        ("p.one", "sign_in_refused", "", ""),
    ] {
        let w = (
            want.0.to_string(),
            want.1.to_string(),
            want.2.to_string(),
            want.3.to_string(),
        );
        assert!(seen.contains(&w), "{want:?} not in {seen:#?}");
    }
    let start = entries.iter().find(|e| e.action == "node_started").unwrap();
    assert!(
        start.detail.contains("review at least every 3 years")
            && start
                .detail
                .contains("kept 5 years after a final judgment, 2 after an acquittal")
            && start.detail.contains("signing key TESTKEY"),
        "{}",
        start.detail
    );
    // No personal data of the case in the ledger: references, not names.
    assert!(!entries.iter().any(|e| format!("{e:?}").contains("Amrani")));

    let mut auditor = site.sign_in("a.one").await;
    let p = site.get(&mut auditor, "/audit").await;
    assert!(p.body.contains("case_read"));
    let p = site.submit(&mut auditor, "/audit", &[]).await;
    assert!(p.body.contains("The ledger is intact"), "{}", p.body);

    // The same proofs over the API, checked here with ct-merkle.
    let head: serde_json::Value =
        serde_json::from_str(&site.get(&mut auditor, "/api/audit/head").await.body).unwrap();
    let size = head["size"].as_u64().unwrap();
    let root: [u8; 32] = hex::decode(head["root"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    let hexes = |v: &serde_json::Value| -> Vec<[u8; 32]> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| {
                hex::decode(x.as_str().unwrap())
                    .unwrap()
                    .try_into()
                    .unwrap()
            })
            .collect()
    };
    let inc: serde_json::Value = serde_json::from_str(
        &site
            .get(
                &mut auditor,
                &format!("/api/audit/inclusion?seq=2&size={size}"),
            )
            .await
            .body,
    )
    .unwrap();
    let entry: malines_core::audit::AuditEntry =
        serde_json::from_value(inc["entry"].clone()).unwrap();
    assert!(malines_core::audit::verify_inclusion(
        &root,
        size,
        &entry.canonical_bytes(),
        2,
        &hexes(&inc["path"])
    ));
    let old = site_entries(&site, 3).await.len() as u64;
    let (old_root, _) = {
        let l = malines_store::audit::Ledger::new(site.node.store().clone(), "BE-FED", None);
        let mut p = malines_core::audit::Plan::new();
        let _ = p.root(old);
        let keys = p.keys();
        let nodes = site
            .node
            .store()
            .audit_nodes(
                &keys
                    .iter()
                    .map(|k| (k.0 as i32, k.1 as i64))
                    .collect::<Vec<_>>(),
            )
            .await
            .unwrap();
        p.supply(nodes.into_iter().map(|(l, i, h)| {
            (
                (l as u32, i as u64),
                hex::decode(h).unwrap().try_into().unwrap(),
            )
        }));
        (p.root(old).unwrap(), l)
    };
    let cons: serde_json::Value = serde_json::from_str(
        &site
            .get(
                &mut auditor,
                &format!("/api/audit/consistency?from={old}&to={size}"),
            )
            .await
            .body,
    )
    .unwrap();
    assert!(malines_core::audit::verify_consistency(
        &old_root,
        old,
        &root,
        size,
        &hexes(&cons["proof"])
    ));
    let bad = site
        .get(&mut auditor, "/api/audit/inclusion?seq=x&size=1")
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("seq"));
    // Not for anyone else.
    let mut b = site.sign_in("p.one").await;
    assert_eq!(
        site.get(&mut b, "/api/audit/head").await.status,
        StatusCode::FORBIDDEN
    );
}

async fn site_ledger(site: &Site) -> (u64, [u8; 32]) {
    malines_store::audit::Ledger::new(site.node.store().clone(), "BE-FED", None)
        .root()
        .await
        .unwrap()
}

async fn site_entries(site: &Site, size: u64) -> Vec<malines_core::audit::AuditEntry> {
    malines_store::audit::Ledger::new(site.node.store().clone(), "BE-FED", None)
        .entries(0, size)
        .await
        .unwrap()
}

#[tokio::test]
async fn two_people_editing_a_case_do_not_undo_each_other() {
    let site = Site::new().await;
    let mut a = site.sign_in("p.two").await;
    let mut b = site.sign_in("c.one").await;
    let form_of = |body: &str| -> Vec<(String, String)> {
        // The fields the edit form was rendered with (inputs with a name and a value).
        let mut out = Vec::new();
        for part in body.split("<input ").skip(1) {
            let attr = |n: &str| {
                part.find(&format!("{n}=\"")).map(|i| {
                    let rest = &part[i + n.len() + 2..];
                    rest[..rest.find('"').unwrap()].to_string()
                })
            };
            if let (Some(name), Some(value)) = (attr("name"), attr("value"))
                && name != "csrf"
                && !part.contains("type=\"checkbox\"")
            {
                out.push((name.replace("&#39;", "'"), value.replace("&#39;", "'")));
            }
        }
        out
    };
    site.state_purpose(&mut a, "BE-FED-2025-0102", "investigation")
        .await;
    site.state_purpose(&mut b, "BE-FED-2025-0102", "investigation")
        .await;
    let pa = site.get(&mut a, "/cases/BE-FED-2025-0102/edit").await;
    let pb = site.get(&mut b, "/cases/BE-FED-2025-0102/edit").await;
    let mut fa = form_of(&pa.body);
    let mut fb = form_of(&pb.body);
    assert!(fa.iter().any(|(k, v)| k == "version" && v == "1"), "{fa:?}");
    for (k, v) in fa.iter_mut() {
        if k == "title" {
            *v = "Financement (A)".into();
        }
    }
    for (k, v) in fb.iter_mut() {
        if k == "title" {
            *v = "Financement (B)".into();
        }
    }
    fa.push(("stage".into(), "investigation".into()));
    fb.push(("stage".into(), "investigation".into()));
    let fa: Vec<(&str, &str)> = fa.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let fb: Vec<(&str, &str)> = fb.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let p = site
        .submit(&mut a, "/cases/BE-FED-2025-0102/edit", &fa)
        .await;
    assert_eq!(
        p.location.as_deref(),
        Some("/cases/BE-FED-2025-0102"),
        "{}",
        p.body
    );
    let p = site
        .submit(&mut b, "/cases/BE-FED-2025-0102/edit", &fb)
        .await;
    assert_eq!(p.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(p.body.contains("changed by someone else"), "{}", p.body);
    let r = malines_core::ids::CaseRef::parse("BE-FED-2025-0102").unwrap();
    let c = site
        .node
        .store()
        .get_case(site.node.authority(), &r)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.draft.case.title, "Financement (A)");
}

/// The order pages (issue #8): the form names each bad field; a prosecutor drafts, a second
/// person with the right capacity validates, the prosecutor signs and sends once; the order is
/// for its case's team only.
#[tokio::test]
async fn an_order_is_drafted_validated_by_a_judge_and_sent_once_by_its_cases_team() {
    let site = Site::new().await;
    let mut p = site.sign_in("p.two").await;
    let form = site.get(&mut p, "/orders/new?case=BE-FED-2025-0102").await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    let base = [
        ("case", "BE-FED-2025-0102"),
        ("framework", "e_evidence"),
        ("order_type", "production"),
        ("urgency", "standard"),
        ("provider", "PROV-TELCO"),
        ("provider_state", "ES"),
        ("file_reference", "BE-FED-2025-0102"),
        ("offence", "Financing of terrorism"),
        ("max_penalty_years", "10"),
        ("terrorism", "yes"),
        ("categories", "traffic"),
        ("targets[0].type", "phone"),
        ("targets[0].value", "+34 612 34 56 78"),
        ("from", "2026-09-01"),
        ("to", "2026-11-01"),
        (
            "necessity",
            "The contacts of this number identify the financiers.",
        ),
        ("language", "es"),
    ];
    // Wrong fields: each named where it is.
    let mut bad = base.to_vec();
    bad.retain(|(k, _)| *k != "necessity");
    for (k, v) in bad.iter_mut() {
        match *k {
            "targets[0].value" => *v = "12",
            "to" => *v = "2026-08-01",
            _ => {}
        }
    }
    let r = site.submit(&mut p, "/orders/new", &bad).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in ["necessity-error", "targets-0-value-error", "to-error"] {
        assert!(r.body.contains(&format!("id=\"{id}\"")), "{id} missing");
    }
    // A good draft.
    site.get(&mut p, "/orders/new?case=BE-FED-2025-0102").await;
    let r = site.submit(&mut p, "/orders/new", &base).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let order = r.location.unwrap();
    let page = site.get(&mut p, &order).await;
    assert!(
        page.body.contains("Needs the validation of a judge"),
        "{}",
        page.body
    );
    // Not sent before validation.
    let r = site.submit(&mut p, &format!("{order}/send"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("validated by a second person"));

    // A validator acting as prosecutor may not validate traffic data; as a judge, yes.
    let mut v = site.sign_in("v.one").await;
    site.get(&mut v, &order).await;
    let r = site.submit(&mut v, &format!("{order}/validate"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("issued or validated by a judge"),
        "{}",
        r.body
    );
    site.node
        .store()
        .user_set_capacity("v.one", Some("judge"), site.clock.now())
        .await
        .unwrap();
    let mut v = site.sign_in("v.one").await;
    site.get(&mut v, &order).await;
    let r = site.submit(&mut v, &format!("{order}/validate"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // Signed and sent, once: the letter waits for the hub, sealed.
    site.get(&mut p, &order).await;
    let r = site.submit(&mut p, &format!("{order}/send"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = site.submit(&mut p, &format!("{order}/send"), &[]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        r.body.contains("an order that is sent cannot be sent"),
        "{}",
        r.body
    );
    let page = site.get(&mut p, &order).await;
    assert!(!page.body.contains("/send\""), "no send button left");
    assert!(
        page.body.contains("/withdraw\""),
        "it can still be withdrawn"
    );
    let queued = site.node.store().letters_to_send(10).await.unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].kind, "order");
    assert!(!queued[0].envelope.as_ref().unwrap().contains("Financing"));
    // The print view in the provider's language.
    let print = site.get(&mut p, &format!("{order}/print")).await;
    assert!(print.body.contains("lang=\"es\""), "{}", print.body);

    // Nobody outside the case's team sees it; clerks and auditors have no orders at all.
    let mut other = site.sign_in("p.one").await;
    assert_eq!(
        site.get(&mut other, &order).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!site.get(&mut other, "/orders").await.body.contains(&order));
    for user in ["c.one", "a.one", "admin"] {
        let mut b = site.sign_in(user).await;
        assert_eq!(
            site.get(&mut b, &order).await.status,
            StatusCode::FORBIDDEN,
            "{user}"
        );
        assert_eq!(
            site.get(&mut b, "/orders").await.status,
            StatusCode::FORBIDDEN,
            "{user}"
        );
    }
}

/// A provider's portal (issue #8): its response team sees the orders it received and nothing
/// of any case; its administrator creates only a provider's roles.
#[tokio::test]
async fn a_providers_portal_is_for_its_orders_only() {
    let site = Site::provider().await;
    let mut r = site.sign_in("r.one").await;
    let home = site.get(&mut r, "/").await;
    assert_eq!(home.location.as_deref(), Some("/received"));
    let p = site.get(&mut r, "/received").await;
    assert_eq!(p.status, StatusCode::OK);
    assert!(p.body.contains("No order received."), "{}", p.body);
    for path in [
        "/cases",
        "/cases/BE-FED-2025-0102",
        "/links",
        "/orders",
        "/import",
        "/api/cases",
        "/admin/users",
        "/audit",
    ] {
        assert_eq!(
            site.get(&mut r, path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    assert_eq!(
        site.get(&mut r, "/received/00112233445566778899aabbccddeeff")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // The auditor reads the provider's ledger, not its orders.
    let mut a = site.sign_in("a.one").await;
    assert_eq!(site.get(&mut a, "/audit").await.status, StatusCode::OK);
    assert_eq!(
        site.get(&mut a, "/received").await.status,
        StatusCode::FORBIDDEN
    );
    // The administrator creates responders, not prosecutors.
    let mut admin = site.sign_in("admin").await;
    let page = site.get(&mut admin, "/admin/users").await;
    assert!(page.body.contains("value=\"responder\""));
    assert!(!page.body.contains("value=\"prosecutor\""));
    let made = site
        .submit(
            &mut admin,
            "/admin/users",
            &[
                ("username", "x.two"),
                ("display_name", "X"),
                ("role", "prosecutor"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        made.body.contains("not a role of this member"),
        "{}",
        made.body
    );
}
