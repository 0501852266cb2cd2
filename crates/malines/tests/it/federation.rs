//! The federation end to end (issue #5): a real hub and real nodes on 127.0.0.1:0, over
//! mutual TLS, in this process. What a node sends is checked at the hub's database; what the
//! hub refuses is checked on the wire.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use malines_core::clock::{Clock, SystemClock};
use malines_core::ids::{AuthorityCode, CaseRef};
use malines_core::import::{self, Format};
use malines_core::model::ValidationContext;
use malines_core::store::CaseStore;
use malines_hub::{DirectorySource, Hub, Settings};
use malines_node::client::HubClient;
use malines_node::{LinkInfo, Node};
use malines_pki::{Identity, IssueRequest, MemberKind, Pki};
use malines_store::Store;

/// A federation in a temporary folder: its PKI, a shared linkage secret, a hub and nodes.
pub struct Fed {
    pub dir: tempfile::TempDir,
    pub pki: Pki,
    pub hub: Option<malines_hub::tls::Running>,
    pub hub_addr: Option<SocketAddr>,
    pub nodes: BTreeMap<String, malines_node::Running>,
    /// The hub's database: a SQLite file of the folder unless a test sets another.
    pub hub_db: Option<String>,
    clock: Arc<dyn Clock>,
}

pub const LOCAL: &str = "127.0.0.1:0";

impl Fed {
    /// A PKI with the hub, `authorities` and one provider issued, and a linkage secret.
    pub fn new(authorities: &[&str]) -> Fed {
        let dir = tempfile::tempdir().unwrap();
        let now = time::OffsetDateTime::now_utc();
        let pki = Pki::init(&dir.path().join("pki"), now).unwrap();
        pki.issue(&IssueRequest::new("HUB", MemberKind::Hub, "BE"), now)
            .unwrap();
        for code in authorities {
            pki.issue(
                &IssueRequest::new(*code, MemberKind::Authority, &code[..2]),
                now,
            )
            .unwrap();
        }
        pki.issue(
            &IssueRequest::new("PROV-TELCO", MemberKind::Provider, "ES"),
            now,
        )
        .unwrap();
        malines_node::keys::create_secret(&dir.path().join("secret.json"), 1).unwrap();
        Fed {
            dir,
            pki,
            hub: None,
            hub_addr: None,
            nodes: BTreeMap::new(),
            hub_db: None,
            clock: Arc::new(SystemClock),
        }
    }

    /// The hub and the nodes of Belgium and Morocco running, with their test cases imported.
    pub async fn belgium_and_morocco() -> Fed {
        let mut fed = Fed::new(&["BE-FED", "MA-PGR"]);
        fed.start_hub().await;
        fed.start_node("BE-FED").await;
        fed.start_node("MA-PGR").await;
        fed.import("BE-FED", BE_CASES).await;
        fed.import("MA-PGR", MA_CASES).await;
        fed
    }

    /// The clock of the nodes and the hub started after this (tests move it).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Fed {
        self.clock = clock;
        self
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn identity(&self, code: &str) -> Identity {
        Identity::load(&self.pki.member_dir(code)).unwrap()
    }

    pub fn hub_url(&self) -> String {
        format!("https://{}", self.hub_addr.unwrap())
    }

    /// Starts the hub on its database (kept across restarts), on its previous port if it had one.
    pub async fn start_hub(&mut self) {
        let url = self
            .hub_db
            .clone()
            .unwrap_or_else(|| format!("sqlite://{}", self.path("hub.sqlite").display()));
        let store = Store::connect(&url).await.unwrap();
        let dir =
            DirectorySource::open(&self.pki.dir().join("directory.json"), self.pki.operator())
                .unwrap();
        let hub = Hub::open(store, dir, Settings::default(), self.clock.clone())
            .await
            .unwrap();
        let tls = malines_pki::server_config(&self.identity("HUB")).unwrap();
        let listen = self.hub_addr.unwrap_or_else(|| LOCAL.parse().unwrap());
        let running = malines_hub::tls::Running::start(hub, tls, listen)
            .await
            .unwrap();
        self.hub_addr = Some(running.addr);
        self.hub = Some(running);
    }

    pub async fn stop_hub(&mut self) {
        if let Some(h) = self.hub.take() {
            h.stop().await;
        }
    }

    pub async fn start_node(&mut self, code: &str) {
        let store = Store::connect(&format!(
            "sqlite://{}",
            self.path(&format!("{code}.sqlite")).display()
        ))
        .await
        .unwrap();
        let secret = malines_node::keys::read_secret(&self.path("secret.json")).unwrap();
        let local = malines_node::keys::local_key(&self.path(&format!("{code}.key"))).unwrap();
        let client = HubClient::new(&self.hub_url(), &self.identity(code)).unwrap();
        let settings = malines_node::Settings {
            interval: Duration::from_millis(200),
            feed_wait: 5,
            ..malines_node::Settings::default()
        };
        let node = Node::new(
            AuthorityCode::parse(code).unwrap(),
            store,
            secret,
            local,
            client,
            self.clock.clone(),
            settings,
        );
        let web = malines_web::Web::new(
            node.clone(),
            self.clock.clone(),
            malines_web::Settings::default(),
        )
        .unwrap();
        let app = malines_web::router(Arc::new(web));
        malines_node::orders::handle(&node.open_post(self.identity(code)));
        let running = malines_node::Running::start(node, app, LOCAL.parse().unwrap())
            .await
            .unwrap();
        self.nodes.insert(code.to_string(), running);
    }

    /// A provider's post office, on its own database, reading its mailbox at the hub and
    /// handling orders; its loop runs until the test ends.
    pub async fn start_provider(&self, code: &str) -> Arc<malines_node::mail::PostOffice> {
        let store = Store::connect(&format!(
            "sqlite://{}",
            self.path(&format!("{code}.sqlite")).display()
        ))
        .await
        .unwrap();
        let client = HubClient::new(&self.hub_url(), &self.identity(code)).unwrap();
        let ledger = Arc::new(malines_store::audit::Ledger::new(store.clone(), code, None));
        let post = malines_node::mail::PostOffice::new(
            self.identity(code),
            client,
            store,
            self.clock.clone(),
            ledger,
        );
        malines_node::orders::handle(&post);
        tokio::spawn(post.clone().run(std::future::pending::<()>()));
        post
    }

    pub fn node(&self, code: &str) -> &Arc<Node> {
        &self.nodes[code].node
    }

    /// Imports a JSON case file at a node.
    pub async fn import(&self, code: &str, json: &str) {
        let node = self.node(code);
        let ctx = ValidationContext::new(node.authority().country(), self.clock.today());
        let drafts = import::parse(json.as_bytes(), Format::Json, &ctx).unwrap();
        node.import(&drafts).await.unwrap();
    }

    /// Waits until `code`'s active links satisfy `ok`; panics with what it saw after 30 s.
    pub async fn wait_links(&self, code: &str, ok: impl Fn(&[LinkInfo]) -> bool) -> Vec<LinkInfo> {
        let node = self.node(code);
        let mut last = Vec::new();
        for _ in 0..300 {
            last = node.links().await.unwrap();
            let active: Vec<LinkInfo> = last.iter().filter(|l| l.active).cloned().collect();
            if ok(&active) {
                return last;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{code}: the links never settled as expected: {last:#?}");
    }

    /// Stops everything; the folder (databases, keys) lives as long as what is returned.
    pub async fn stop(mut self) -> tempfile::TempDir {
        for (_, n) in std::mem::take(&mut self.nodes) {
            n.stop().await;
        }
        self.stop_hub().await;
        self.dir
    }
}

/// A Belgian case: a phone written the international way, and a person in French spelling.
pub const BE_CASES: &str = r#"{"cases": [
  {"reference": "BE-FED-2025-0101", "title": "Réseau de recrutement", "opened_on": "2025-01-15",
   "team": ["m.dubois"],
   "persons": [{"ref": "P1", "family_names": "Dupont", "given_names": "Julien", "birth_date": "1985-01-01",
                "identifiers": [{"type": "phone", "value": "+212 6 12 34 56 78"}]}]},
  {"reference": "BE-FED-2025-0102", "title": "Financement", "opened_on": "2025-02-01",
   "team": ["m.dubois"],
   "persons": [{"ref": "P1", "family_names": "El Amrani", "given_names": "Khalid", "birth_date": "1990-05-12", "place_of_birth": "Tanger",
                "identifiers": [{"type": "identity_document", "doc_type": "passport", "country": "BE", "value": "EM123456"}]}]}
]}"#;

/// A Moroccan case: the same phone written the national way, the same person in Arabic script.
pub const MA_CASES: &str = r#"{"cases": [
  {"reference": "MA-PGR-2025-0007", "title": "Cellule de Tanger", "opened_on": "2025-03-02",
   "team": ["a.bennani"],
   "persons": [{"ref": "P1", "family_names": "Tazi", "given_names": "Amina", "birth_date": "1992",
                "identifiers": [{"type": "phone", "value": "0612345678"}]}]},
  {"reference": "MA-PGR-2025-0008", "title": "Soutien logistique", "opened_on": "2025-03-09",
   "team": ["a.bennani"],
   "persons": [{"ref": "P1", "place_of_birth": "طنجة", "family_names": "العمراني", "given_names": "خالد", "birth_date": "1990-05-12"}]}
]}"#;

fn link_between<'a>(links: &'a [LinkInfo], case: &str) -> Option<&'a LinkInfo> {
    links
        .iter()
        .find(|l| l.active && l.case.as_deref() == Some(case))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_and_a_name_written_differently_link_at_both_nodes_and_deleting_unsharing_or_closing_retracts()
 {
    let fed = Fed::belgium_and_morocco().await;

    let be = fed.wait_links("BE-FED", |l| l.len() == 2).await;
    let ma = fed.wait_links("MA-PGR", |l| l.len() == 2).await;

    // The phone: 0612345678 in Morocco is +212612345678 in Belgium.
    let phone_be = link_between(&be, "BE-FED-2025-0101").expect("phone link at BE");
    assert_eq!(phone_be.other_authority, "MA-PGR");
    assert_eq!(
        phone_be.other_case,
        fed.node("MA-PGR").case_token("MA-PGR-2025-0007")
    );
    assert_eq!(phone_be.evidence.len(), 1);
    assert_eq!(phone_be.evidence[0].on, "phone");
    assert_eq!(phone_be.evidence[0].label, "phone +212612345678");
    let phone_ma = link_between(&ma, "MA-PGR-2025-0007").expect("phone link at MA");
    assert_eq!(phone_ma.id, phone_be.id);
    assert_eq!(
        phone_ma.other_case,
        fed.node("BE-FED").case_token("BE-FED-2025-0101")
    );

    // The person: Khalid El Amrani and خالد العمراني, same date of birth, born in Tanger
    // and in طنجة: one place to the gazetteer, one token.
    let person_be = link_between(&be, "BE-FED-2025-0102").expect("person link at BE");
    assert_eq!(person_be.evidence[0].on, "person");
    assert_eq!(person_be.evidence[0].label, "P1 Khalid El Amrani");
    let ev = person_be.evidence[0].person.as_ref().unwrap();
    assert_eq!(ev.dob, "same_day");
    assert_eq!(ev.place.as_deref(), Some("same"));
    assert!(person_be.evidence[0].score >= 0.5);
    assert!(link_between(&ma, "MA-PGR-2025-0008").is_some());

    // Deleting the Belgian case retracts the phone link on both sides; the other stays.
    fed.node("BE-FED")
        .delete_case(&CaseRef::parse("BE-FED-2025-0101").unwrap())
        .await
        .unwrap();
    let ma = fed.wait_links("MA-PGR", |l| l.len() == 1).await;
    let retracted = ma.iter().find(|l| l.id == phone_ma.id).unwrap();
    assert!(!retracted.active);
    assert!(retracted.evidence.is_empty());
    fed.wait_links("BE-FED", |l| l.len() == 1).await;

    // Unsharing the person retracts the other link; sharing it again makes it anew.
    let unshared = MA_CASES.replace(
        r#""given_names": "خالد", "birth_date": "1990-05-12"}"#,
        r#""given_names": "خالد", "birth_date": "1990-05-12", "shared": false}"#,
    );
    assert_ne!(unshared, MA_CASES);
    fed.import("MA-PGR", &unshared).await;
    fed.wait_links("BE-FED", |l| l.is_empty()).await;
    fed.import("MA-PGR", MA_CASES).await;
    fed.wait_links("BE-FED", |l| l.len() == 1).await;
    // Closing the case does the same.
    let closed = MA_CASES.replace(
        r#""title": "Soutien logistique","#,
        r#""title": "Soutien logistique", "status": "closed","#,
    );
    assert_ne!(closed, MA_CASES);
    fed.import("MA-PGR", &closed).await;
    fed.wait_links("BE-FED", |l| l.is_empty()).await;
    fed.wait_links("MA-PGR", |l| l.is_empty()).await;
    fed.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_works_the_same_on_postgresql() {
    let Some(db) = crate::common::postgres().await else {
        return;
    };
    let mut fed = Fed::new(&["BE-FED", "MA-PGR"]);
    fed.hub_db = Some(db.url.clone());
    fed.start_hub().await;
    fed.start_node("BE-FED").await;
    fed.start_node("MA-PGR").await;
    fed.import("BE-FED", BE_CASES).await;
    fed.import("MA-PGR", MA_CASES).await;
    fed.wait_links("BE-FED", |l| l.len() == 2).await;
    // A restart rebuilds the index from PostgreSQL and finds nothing new to announce.
    fed.stop_hub().await;
    fed.start_hub().await;
    fed.node("BE-FED")
        .delete_case(&CaseRef::parse("BE-FED-2025-0101").unwrap())
        .await
        .unwrap();
    let ma = fed.wait_links("MA-PGR", |l| l.len() == 1).await;
    assert_eq!(ma.len(), 2, "one link active, one retracted: {ma:#?}");
    let _dir = fed.stop().await;
    let events = db.store.hub_events("MA-PGR", 0, 100).await.unwrap();
    assert_eq!(events.len(), 3, "two made, one retracted: {events:?}");
    db.cleanup().await;
}

/// Every clear value of the test cases, in the forms a careless encoder could leak.
fn clear_values() -> Vec<&'static str> {
    vec![
        "Dupont",
        "DUPONT",
        "Julien",
        "El Amrani",
        "Amrani",
        "AMRANI",
        "Khalid",
        "KHALID",
        "Amina",
        "العمراني",
        "خالد",
        "طنجة",
        "+212612345678",
        "212612345678",
        "0612345678",
        "612345678",
        "EM123456",
        "1990-05-12",
        "19900512",
        "1985-01-01",
        "19850101",
        "Tanger",
        "Financement",
        "Réseau",
    ]
}

/// Every text cell of every table of a SQLite database, and the raw bytes of its files.
async fn everything_in(path: &Path) -> String {
    let store = Store::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let Store::Sqlite(pool) = &store else {
        unreachable!()
    };
    use sqlx::Row;
    let tables: Vec<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table'")
            .fetch_all(pool)
            .await
            .unwrap();
    let mut all = String::new();
    for t in tables {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM \"{t}\"")))
            .fetch_all(pool)
            .await
            .unwrap();
        for r in rows {
            for i in 0..r.len() {
                if let Ok(Some(s)) = r.try_get::<Option<String>, _>(i) {
                    all.push_str(&s);
                    all.push('\n');
                }
            }
        }
    }
    store.close().await;
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        if let Ok(bytes) = std::fs::read(&p) {
            all.push_str(&String::from_utf8_lossy(&bytes));
        }
    }
    all
}

/// A log writer that keeps everything written, for the privacy test.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_database_and_the_logs_hold_no_clear_value_of_the_cases() {
    // Every log line of this process from now on, at the most verbose level: the other
    // tests running meanwhile log into it too, and must not leak either.
    let logs = Captured::default();
    let sink = logs.clone();
    let installed = tracing_subscriber::fmt()
        .with_env_filter("trace")
        .with_writer(move || sink.clone())
        .with_ansi(false)
        .try_init()
        .is_ok();
    let fed = Fed::belgium_and_morocco().await;
    fed.wait_links("MA-PGR", |l| l.len() == 2).await;
    let node_db = fed.path("BE-FED.sqlite");
    let hub_db = fed.path("hub.sqlite");
    let _dir = fed.stop().await;

    // The check can fail: the node's own database holds the same values in clear.
    let node = everything_in(&node_db).await;
    assert!(node.contains("Dupont") && node.contains("+212612345678"));

    let hub = everything_in(&hub_db).await;
    assert!(
        hub.contains("\"type\":\"person\""),
        "the hub holds the encodings"
    );
    for v in clear_values() {
        assert!(!hub.contains(v), "the hub's database holds {v:?} in clear");
    }
    // Nor the case references: the hub knows cases by opaque tokens.
    for r in ["BE-FED-2025-0101", "MA-PGR-2025-0008"] {
        assert!(
            !hub.contains(r),
            "the hub's database holds the case reference {r}"
        );
    }

    assert!(installed, "another test installed a log subscriber first");
    let logs = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    // The capture works: the hub and the nodes did log (start, the outbox, requests).
    assert!(logs.contains("hub index rebuilt"), "nothing was captured");
    assert!(logs.contains("outbox synchronised"));
    for v in clear_values() {
        let line = logs.lines().find(|l| l.contains(v));
        assert!(line.is_none(), "a log line holds {v:?} in clear: {line:?}");
    }
}

/// A raw client: `id`'s certificate (or none), trusting the CA of `trust`.
fn client(trust: &Identity, id: Option<&Identity>) -> reqwest::Client {
    let provider = malines_pki::provider();
    let mut roots = rustls::RootCertStore::empty();
    roots.add(trust.ca.clone()).unwrap();
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13])
        .unwrap()
        .with_root_certificates(roots);
    let config = match id {
        Some(id) => builder
            .with_client_auth_cert(id.cert_chain.clone(), id.key.clone_key())
            .unwrap(),
        None => builder.with_no_client_auth(),
    };
    reqwest::Client::builder()
        .tls_backend_preconfigured(config)
        .build()
        .unwrap()
}

/// Sends a request that must be refused with 403; the reason given.
async fn forbidden(request: reqwest::RequestBuilder) -> String {
    let r = request.send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
    r.json::<malines_proto::ApiError>().await.unwrap().error
}

async fn status_of(r: Result<reqwest::Response, reqwest::Error>) -> Result<u16, String> {
    r.map(|r| r.status().as_u16()).map_err(|e| e.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hub_refuses_whoever_is_not_an_admitted_member() {
    let mut fed = Fed::new(&["BE-FED", "MA-PGR"]);
    fed.start_hub().await;
    let url = fed.hub_url();
    let hub_id = fed.identity("HUB");
    let be = fed.identity("BE-FED");
    let feed = format!("{url}/v1/feeds/BE-FED");

    // A member is served.
    assert_eq!(
        status_of(client(&hub_id, Some(&be)).get(&feed).send().await).await,
        Ok(200)
    );

    // No client certificate: the handshake fails, no HTTP status at all.
    assert!(
        status_of(client(&hub_id, None).get(&feed).send().await)
            .await
            .is_err()
    );

    // A certificate of another federation's CA: refused in the handshake too.
    let other = tempfile::tempdir().unwrap();
    let now = time::OffsetDateTime::now_utc();
    let other_pki = Pki::init(&other.path().join("pki"), now).unwrap();
    other_pki
        .issue(
            &IssueRequest::new("BE-FED", MemberKind::Authority, "BE"),
            now,
        )
        .unwrap();
    let impostor = Identity::load(&other_pki.member_dir("BE-FED")).unwrap();
    assert!(
        status_of(client(&hub_id, Some(&impostor)).get(&feed).send().await)
            .await
            .is_err()
    );

    // A member reading another member's feed.
    let e = forbidden(client(&hub_id, Some(&be)).get(format!("{url}/v1/feeds/MA-PGR"))).await;
    assert!(e.contains("only its own feed"), "{e}");

    // A member pushing records in another authority's name.
    let push = |id: &Identity, authority: &str| {
        client(&hub_id, Some(id))
            .post(format!("{url}/v1/records"))
            .json(&malines_proto::Batch {
                authority: authority.into(),
                ..Default::default()
            })
    };
    let e = forbidden(push(&be, "MA-PGR")).await;
    assert!(e.starts_with("authority:"), "{e}");

    // A provider may not push records at all.
    let e = forbidden(push(&fed.identity("PROV-TELCO"), "PROV-TELCO")).await;
    assert!(e.contains("only authorities push records"), "{e}");

    // A revoked member: the directory changes on disk, the running hub follows.
    fed.pki
        .revoke("BE-FED", time::OffsetDateTime::now_utc())
        .unwrap();
    let e = forbidden(client(&hub_id, Some(&be)).get(&feed)).await;
    assert!(e.contains("revoked"), "{e}");
    // The others still are served.
    let ma = fed.identity("MA-PGR");
    assert_eq!(
        status_of(
            client(&hub_id, Some(&ma))
                .get(format!("{url}/v1/feeds/MA-PGR"))
                .send()
                .await
        )
        .await,
        Ok(200)
    );
    fed.stop().await;
}

/// A valid person encoding of the wire, for a given and a family name.
fn person_encoding(given: &str, family: &str) -> serde_json::Value {
    let secret = malines_match::token::LinkageSecret::new(1, [7; 32]);
    let e = malines_match::person::Encoder::new(&secret)
        .encode(&malines_match::person::Person {
            given,
            family,
            dob: None,
            other: vec![],
        })
        .unwrap();
    let f = malines_match::file::encode_fields(&e);
    serde_json::json!({"filter": f.filter, "dob": f.dob, "blocks": f.blocks})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_batches_are_refused_whole_with_the_field_and_the_reason() {
    let mut fed = Fed::new(&["BE-FED"]);
    fed.start_hub().await;
    let url = fed.hub_url();
    let be = fed.identity("BE-FED");
    let http = client(&fed.identity("HUB"), Some(&be));
    let good = serde_json::json!({"record": "0".repeat(32), "case": "1".repeat(32), "version": 1, "epoch": 1,
        "payload": {"type": "identifier", "kind": "phone", "token": "a".repeat(32)}});
    let cases = [
        (
            serde_json::json!({"record": "XYZ", "case": "1".repeat(32), "version": 1, "epoch": 1,
            "payload": {"type": "identifier", "kind": "phone", "token": "a".repeat(32)}}),
            "upserts[1].record",
        ),
        (
            serde_json::json!({"record": "2".repeat(32), "case": "1".repeat(32), "version": 0, "epoch": 1,
            "payload": {"type": "identifier", "kind": "phone", "token": "a".repeat(32)}}),
            "upserts[1].version",
        ),
        (
            serde_json::json!({"record": "2".repeat(32), "case": "1".repeat(32), "version": 1, "epoch": 1,
            "payload": {"type": "person", "variants": [{"filter": "AAAA", "dob": "", "blocks": ""}]}}),
            "upserts[1].payload.variants[0].filter",
        ),
        (
            // A place of birth in clear where its token belongs.
            serde_json::json!({"record": "2".repeat(32), "case": "1".repeat(32), "version": 1, "epoch": 1,
            "payload": {"type": "person", "variants": [person_encoding("Khalid", "El Amrani")], "place": "Tanger"}}),
            "upserts[1].payload.place",
        ),
    ];
    for (bad, field) in cases {
        let body = serde_json::json!({"authority": "BE-FED", "upserts": [good, bad]});
        let r = http
            .post(format!("{url}/v1/records"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 422, "{field}");
        let e: malines_proto::ApiError = r.json().await.unwrap();
        assert_eq!(e.field.as_deref(), Some(field), "{}", e.error);
    }
    // A record upserted and deleted in one batch: one change per record and batch.
    let body = serde_json::json!({"authority": "BE-FED", "upserts": [good],
        "deletes": [{"record": "0".repeat(32), "version": 2}]});
    let r = http
        .post(format!("{url}/v1/records"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 422);
    let e: malines_proto::ApiError = r.json().await.unwrap();
    assert_eq!(e.field.as_deref(), Some("deletes[0].record"), "{}", e.error);
    assert!(e.error.contains("twice"), "{}", e.error);
    // Not even the good record was kept.
    let hub_db = fed.path("hub.sqlite");
    let _dir = fed.stop().await;
    let store = Store::connect(&format!("sqlite://{}", hub_db.display()))
        .await
        .unwrap();
    assert!(store.hub_records().await.unwrap().is_empty());
    // Unknown fields (a name in clear, say) are refused by the wire types themselves.
    let e = serde_json::from_value::<malines_proto::Batch>(
        serde_json::json!({"authority": "BE-FED", "upserts": [], "name": "Khalid"}),
    );
    assert!(e.is_err());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_node_catches_up_after_the_hub_was_down_without_losing_or_repeating_anything() {
    let mut fed = Fed::new(&["BE-FED", "MA-PGR"]);
    fed.start_hub().await;
    fed.start_node("BE-FED").await;
    fed.start_node("MA-PGR").await;
    fed.import("MA-PGR", MA_CASES).await;
    // Wait until Morocco's records are at the hub.
    for _ in 0..200 {
        if fed
            .node("MA-PGR")
            .store()
            .outbox_pending(1)
            .await
            .unwrap()
            .is_empty()
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // The hub goes down; Belgium changes its data meanwhile.
    fed.stop_hub().await;
    fed.import("BE-FED", BE_CASES).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let pending = fed
        .node("BE-FED")
        .store()
        .outbox_pending(100)
        .await
        .unwrap();
    assert!(
        !pending.is_empty(),
        "with the hub down, the changes wait in the outbox"
    );

    // The hub comes back on the same database and port: Belgium catches up by itself.
    fed.start_hub().await;
    let be = fed.wait_links("BE-FED", |l| l.len() == 2).await;
    fed.wait_links("MA-PGR", |l| l.len() == 2).await;
    // A replay of everything changes nothing at the hub.
    let rows = fed.node("BE-FED").store().outbox_rows().await.unwrap();
    let batch = malines_proto::Batch {
        authority: "BE-FED".into(),
        upserts: rows
            .iter()
            .map(|r| malines_proto::Upsert {
                record: r.record.clone(),
                case: r.case_token.clone(),
                version: r.version as u64,
                epoch: 1,
                payload: serde_json::from_str(r.payload.as_deref().unwrap()).unwrap(),
            })
            .collect(),
        deletes: vec![],
    };
    let hub_client = HubClient::new(&fed.hub_url(), &fed.identity("BE-FED")).unwrap();
    let out = hub_client.push(&batch).await.unwrap();
    assert_eq!((out.applied, out.events), (0, 0));
    assert_eq!(out.unchanged as usize, rows.len());

    // Each link was announced once to each side.
    let hub_db = fed.path("hub.sqlite");
    let links: Vec<String> = be.iter().map(|l| l.id.clone()).collect();
    let _dir = fed.stop().await;
    let store = Store::connect(&format!("sqlite://{}", hub_db.display()))
        .await
        .unwrap();
    for member in ["BE-FED", "MA-PGR"] {
        let events = store.hub_events(member, 0, 1000).await.unwrap();
        assert_eq!(events.len(), 2, "{member}: {events:?}");
        for id in &links {
            assert_eq!(
                events
                    .iter()
                    .filter(|(_, b)| b.contains(id.as_str()))
                    .count(),
                1
            );
        }
    }
    // Belgium: two persons, a phone, a passport; Morocco: two persons, a phone.
    assert_eq!(store.hub_records().await.unwrap().len(), 4 + 3);
}

/// A node killed in the middle of an import keeps all of it or none of it.
#[test]
fn a_node_killed_mid_import_keeps_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let n = 4_000;
    let mut csv = String::from(
        "record,case_ref,title,opened_on,ref,family_names,given_names,birth_date,type,value,subject\n",
    );
    for i in 0..n {
        csv.push_str(&format!(
            "case,BE-FED-2025-{i:05},Dossier {i},2025-01-01,,,,,,,\n"
        ));
        csv.push_str(&format!(
            "person,BE-FED-2025-{i:05},,,P1,Nom{i},Prénom{i},1980-01-01,,,\n"
        ));
        csv.push_str(&format!(
            "identifier,BE-FED-2025-{i:05},,,,,,,phone,+32 470 {:02} {:02} {:02},P1\n",
            i / 10000 % 100,
            i / 100 % 100,
            i % 100
        ));
    }
    let file = dir.path().join("big.csv");
    std::fs::write(&file, csv).unwrap();
    let mut killed_midway = 0;
    for (attempt, delay_ms) in [150u64, 300, 600, 1200, 2400].into_iter().enumerate() {
        let data = dir.path().join(format!("node{attempt}"));
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_malines"))
            .env("MALINES_DATA_DIR", &data)
            .env_remove("MALINES_DATABASE_URL")
            .args(["--authority", "BE-FED", "import"])
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL: no cleanup, no rollback by the process itself
        child.wait().unwrap();
        killed_midway += usize::from(!finished);
        let db = data.join("malines.sqlite");
        if !db.exists() {
            continue; // killed before the database was even created
        }
        let rt = tokio::runtime::Runtime::new().unwrap();
        let count = rt.block_on(async {
            let store = Store::connect(&format!("sqlite://{}", db.display()))
                .await
                .unwrap();
            let Store::Sqlite(pool) = &store else {
                unreachable!()
            };
            let c: (i64, i64) = sqlx::query_as(
                "SELECT (SELECT COUNT(*) FROM cases), (SELECT COUNT(*) FROM persons)",
            )
            .fetch_one(pool)
            .await
            .unwrap();
            store.close().await;
            c
        });
        assert!(
            count == (0, 0) || count == (n, n),
            "attempt {attempt} (killed after {delay_ms} ms): {count:?} of {n} cases and persons"
        );
    }
    assert!(
        killed_midway > 0,
        "no import was interrupted: make the file larger"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_deleted_and_created_again_between_two_pushes_is_sent_again() {
    let mut fed = Fed::belgium_and_morocco().await;
    fed.wait_links("BE-FED", |l| l.len() == 2).await;
    // Belgium's node is stopped; meanwhile its case is deleted and created again with
    // another phone (version 1 again, as before).
    let be = fed.nodes.remove("BE-FED").unwrap();
    let node = be.node.clone();
    be.stop().await;
    node.delete_case(&CaseRef::parse("BE-FED-2025-0101").unwrap())
        .await
        .unwrap();
    let ctx = ValidationContext::new(
        node.authority().country(),
        time::OffsetDateTime::now_utc().date(),
    );
    let changed = BE_CASES.replace("+212 6 12 34 56 78", "+32 470 99 88 77");
    let drafts = import::parse(changed.as_bytes(), Format::Json, &ctx).unwrap();
    node.import(&drafts).await.unwrap();
    let again = node
        .store()
        .get_case(
            node.authority(),
            &CaseRef::parse("BE-FED-2025-0101").unwrap(),
        )
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        again.version, 1,
        "the test needs the same version as before"
    );
    drop(node);
    fed.start_node("BE-FED").await;
    // The phone link is gone at both sides: the new content reached the hub.
    fed.wait_links("MA-PGR", |l| l.len() == 1).await;
    fed.wait_links("BE-FED", |l| l.len() == 1).await;
    fed.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_row_the_hub_refuses_is_set_aside_and_the_others_go_through() {
    let fed = Fed::belgium_and_morocco().await;
    fed.wait_links("BE-FED", |l| l.len() == 2).await;
    // Belgium's outbox gets a row the hub must refuse (as a bug or a corrupted database
    // would make), ahead of everything else.
    let node = fed.node("BE-FED").clone();
    let Store::Sqlite(pool) = node.store() else {
        unreachable!()
    };
    sqlx::query(
        "INSERT INTO node_outbox (record, case_ref, case_token, kind, label, payload, digest,
            epoch, version, pending, updated_at)
         VALUES ($1, 'BE-FED-2025-0101', $2, 'person', 'P9', $3, 'x', 1, 1, TRUE, '2000-01-01T00:00:00Z')",
    )
    .bind("9".repeat(32))
    .bind(node.case_token("BE-FED-2025-0101"))
    .bind(r#"{"type":"person","variants":[{"filter":"AAAA","dob":"","blocks":""}]}"#)
    .execute(pool)
    .await
    .unwrap();
    // A real change behind it still reaches the hub.
    node.delete_case(&CaseRef::parse("BE-FED-2025-0102").unwrap())
        .await
        .unwrap();
    fed.wait_links("BE-FED", |l| l.len() == 1).await;
    fed.wait_links("MA-PGR", |l| l.len() == 1).await;
    let rows = node.store().outbox_rows().await.unwrap();
    let bad = rows.iter().find(|r| r.record == "9".repeat(32)).unwrap();
    assert!(!bad.pending);
    let why = bad.refused.as_deref().unwrap();
    assert!(why.contains("payload.variants[0].filter"), "{why}");
    assert_eq!(node.store().outbox_refused_count().await.unwrap(), 1);
    assert!(
        rows.iter()
            .filter(|r| r.record != bad.record)
            .all(|r| !r.pending && r.refused.is_none())
    );
    drop(node);
    fed.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_hub_database_is_lost_the_nodes_resync_and_the_links_come_back() {
    let mut fed = Fed::belgium_and_morocco().await;
    let before = fed.wait_links("BE-FED", |l| l.len() == 2).await;
    // The hub's database is lost; a new, empty one takes its place.
    fed.stop_hub().await;
    let replacement = fed.path("hub-replacement.sqlite");
    fed.hub_db = Some(format!("sqlite://{}", replacement.display()));
    fed.start_hub().await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    // Without a resync the empty hub knows nothing: the nodes believe it has everything.
    let hub = Store::connect(&format!("sqlite://{}", replacement.display()))
        .await
        .unwrap();
    assert!(hub.hub_records().await.unwrap().is_empty());
    hub.close().await;
    for code in ["BE-FED", "MA-PGR"] {
        assert!(fed.node(code).resync().await.unwrap() > 0);
    }
    // Everything is sent again, and the feed is read again from the new hub's start.
    for _ in 0..300 {
        let mut waiting = 0;
        for code in ["BE-FED", "MA-PGR"] {
            let store = fed.node(code).store();
            waiting += store.outbox_pending_count().await.unwrap();
            waiting += i64::from(store.node_cursor().await.unwrap() == 0);
        }
        if waiting == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let after = fed.wait_links("BE-FED", |l| l.len() == 2).await;
    fed.wait_links("MA-PGR", |l| l.len() == 2).await;
    // The same links (their identifiers derive from the cases), told again.
    let ids = |l: &[LinkInfo]| {
        let mut v: Vec<String> = l
            .iter()
            .filter(|l| l.active)
            .map(|l| l.id.clone())
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(&before), ids(&after));
    let _dir = fed.stop().await;
    let hub = Store::connect(&format!("sqlite://{}", replacement.display()))
        .await
        .unwrap();
    assert_eq!(hub.hub_records().await.unwrap().len(), 4 + 3);
    assert_eq!(hub.hub_events("BE-FED", 0, 100).await.unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_past_its_review_date_stops_being_shared_until_it_is_reviewed() {
    let clock = Arc::new(malines_core::clock::ManualClock::new(
        time::macros::datetime!(2026-11-29 10:00 UTC),
    ));
    let mut fed = Fed::new(&["BE-FED", "MA-PGR"]).with_clock(clock.clone());
    fed.start_hub().await;
    fed.start_node("BE-FED").await;
    fed.start_node("MA-PGR").await;
    fed.import("BE-FED", BE_CASES).await;
    fed.import("MA-PGR", MA_CASES).await;
    fed.wait_links("BE-FED", |l| l.len() == 2).await;
    fed.wait_links("MA-PGR", |l| l.len() == 2).await;

    // BE-FED-2025-0101 opened on 2025-01-15 is due for review three years later.
    clock.set(time::macros::datetime!(2028-01-16 08:00 UTC));
    let be = fed.wait_links("BE-FED", |l| l.len() == 1).await;
    assert!(link_between(&be, "BE-FED-2025-0101").is_none());
    assert!(
        link_between(&be, "BE-FED-2025-0102").is_some(),
        "reviewed in time: still shared"
    );
    let ma = fed.wait_links("MA-PGR", |l| l.len() == 1).await;
    assert!(
        link_between(&ma, "MA-PGR-2025-0007").is_none(),
        "retracted at the other node too"
    );
    // Its records left the hub.
    let token = fed.node("BE-FED").case_token("BE-FED-2025-0101");
    let hub = Store::connect(&format!("sqlite://{}", fed.path("hub.sqlite").display()))
        .await
        .unwrap();
    let left = hub.hub_records().await.unwrap();
    assert!(
        left.iter()
            .filter(|r| r.case_token == token)
            .all(|r| r.payload.is_none())
    );
    hub.close().await;

    // Reviewed: a new review date, and it is compared again.
    let reviewed = BE_CASES.replace(
        r#""opened_on": "2025-01-15","#,
        r#""opened_on": "2025-01-15", "review_due": "2031-01-15","#,
    );
    fed.import("BE-FED", &reviewed).await;
    let be = fed.wait_links("BE-FED", |l| l.len() == 2).await;
    assert!(link_between(&be, "BE-FED-2025-0101").is_some());

    // Each node's ledger tells the story: sharing suspended and resumed by the review date,
    // links made and retracted as they arrived.
    let story = async |code: &str| -> Vec<(String, String, String)> {
        let ledger = fed.node(code).ledger();
        let (size, _) = ledger.root().await.unwrap();
        ledger
            .entries(0, size)
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.action, e.target, e.detail))
            .collect()
    };
    let be_story = story("BE-FED").await;
    let phone_link = link_between(&be, "BE-FED-2025-0101").unwrap().id.clone();
    let wanted = [
        ("link_made", phone_link.as_str(), "with MA-PGR"),
        (
            "sharing_suspended",
            "BE-FED-2025-0101",
            "review overdue since 2028-01-15",
        ),
        ("link_retracted", phone_link.as_str(), "with MA-PGR"),
        (
            "sharing_resumed",
            "BE-FED-2025-0101",
            "reviewed: next review by 2031-01-15",
        ),
    ];
    let mut at = 0;
    for (action, target, detail) in wanted {
        let found = be_story[at..]
            .iter()
            .position(|(a, t, d)| a == action && t == target && d == detail);
        let Some(i) = found else {
            panic!("{action} {target} {detail:?} not in order in {be_story:#?}");
        };
        at += i + 1;
    }
    assert_eq!(
        be_story
            .iter()
            .filter(|(a, _, _)| a == "sharing_suspended")
            .count(),
        1,
        "a transition is recorded once, not at every planning round"
    );
    let ma_story = story("MA-PGR").await;
    assert!(
        ma_story
            .iter()
            .any(|(a, _, d)| a == "link_retracted" && d == "with BE-FED")
    );
    fed.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hubs_ledger_records_who_pushed_and_every_link_made_and_verifies() {
    let fed = Fed::belgium_and_morocco().await;
    let be = fed.wait_links("BE-FED", |l| l.len() == 2).await;
    fed.wait_links("MA-PGR", |l| l.len() == 2).await;
    let dir = fed.stop().await;
    let hub = Store::connect(&format!(
        "sqlite://{}",
        dir.path().join("hub.sqlite").display()
    ))
    .await
    .unwrap();
    let ledger = malines_store::audit::Ledger::new(hub.clone(), "HUB", None);
    let (size, _) = ledger.root().await.unwrap();
    let entries = ledger.entries(0, size).await.unwrap();
    for who in ["BE-FED", "MA-PGR"] {
        assert!(
            entries
                .iter()
                .any(|e| e.actor == who && e.action == "records_received"),
            "{who} pushed: {entries:#?}"
        );
    }
    for l in be.iter().filter(|l| l.active) {
        assert!(
            entries.iter().any(|e| e.action == "link_made"
                && e.target == l.id
                && e.detail == "BE-FED ↔ MA-PGR"),
            "link {} in the hub's ledger",
            l.id
        );
    }
    let v = ledger.verify(&[], &|_| true).await.unwrap();
    assert_eq!((v.entries, v.problem), (size, None));
    hub.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_past_its_retention_is_purged_everywhere_and_the_ledger_says_so() {
    let clock = Arc::new(malines_core::clock::ManualClock::new(
        time::macros::datetime!(2026-11-29 10:00 UTC),
    ));
    let mut fed = Fed::new(&["BE-FED", "MA-PGR"]).with_clock(clock.clone());
    fed.start_hub().await;
    fed.start_node("BE-FED").await;
    fed.start_node("MA-PGR").await;
    // The Belgian phone case ended in an acquittal on 2026-06-01; the other in a final
    // judgment on the same day. Both are next reviewed three years from today, the most
    // allowed.
    let decided = BE_CASES
        .replace(
            r#""opened_on": "2025-01-15","#,
            r#""opened_on": "2025-01-15", "review_due": "2029-11-29", "stage": "acquittal", "decided_on": "2026-06-01","#,
        )
        .replace(
            r#""opened_on": "2025-02-01","#,
            r#""opened_on": "2025-02-01", "review_due": "2029-11-29", "stage": "final_judgment", "decided_on": "2026-06-01","#,
        );
    fed.import("BE-FED", &decided).await;
    let reviewed_ma = |due: &str| {
        MA_CASES
            .replace(
                r#""opened_on": "2025-03-02","#,
                &format!(r#""opened_on": "2025-03-02", "review_due": "{due}","#),
            )
            .replace(
                r#""opened_on": "2025-03-09","#,
                &format!(r#""opened_on": "2025-03-09", "review_due": "{due}","#),
            )
    };
    fed.import("MA-PGR", &reviewed_ma("2029-11-29")).await;
    fed.wait_links("BE-FED", |l| l.len() == 2).await;
    fed.wait_links("MA-PGR", |l| l.len() == 2).await;
    let be = fed.node("BE-FED");
    let ledger = be.ledger();
    let rules = malines_core::model::Retention::default();
    let r1 = CaseRef::parse("BE-FED-2025-0101").unwrap();
    let r2 = CaseRef::parse("BE-FED-2025-0102").unwrap();

    // Still within both periods: nothing goes.
    clock.set(time::macros::datetime!(2028-06-01 10:00 UTC));
    assert!(be.purge_due(&rules).await.unwrap().is_empty());

    // Two years and a day after the acquittal: that case goes, the judgment stays.
    clock.set(time::macros::datetime!(2028-06-02 10:00 UTC));
    assert_eq!(be.purge_due(&rules).await.unwrap(), vec![r1.clone()]);
    let auth = be.authority().clone();
    assert!(be.store().get_case(&auth, &r1).await.unwrap().is_none());
    assert!(be.store().get_case(&auth, &r2).await.unwrap().is_some());
    let ma = fed.wait_links("MA-PGR", |l| l.len() == 1).await;
    assert!(
        link_between(&ma, "MA-PGR-2025-0007").is_none(),
        "its link retracted in Morocco"
    );

    // Both offices review their remaining cases before the review dates, so they stay
    // shared (a review date more than three years ahead would be refused).
    clock.set(time::macros::datetime!(2029-11-01 10:00 UTC));
    let mut second: serde_json::Value = serde_json::from_str(&decided).unwrap();
    let kept = second["cases"][1].clone();
    second["cases"] = serde_json::json!([kept]);
    second["cases"][0]["review_due"] = "2032-10-31".into();
    fed.import("BE-FED", &second.to_string()).await;
    fed.import("MA-PGR", &reviewed_ma("2032-10-31")).await;
    assert!(be.store().get_case(&auth, &r1).await.unwrap().is_none());
    let ma = fed.wait_links("MA-PGR", |l| l.len() == 1).await;
    assert!(link_between(&ma, "MA-PGR-2025-0008").is_some());

    // Five years and a day after the judgment: the other goes too.
    clock.set(time::macros::datetime!(2031-06-02 10:00 UTC));
    assert_eq!(be.purge_due(&rules).await.unwrap(), vec![r2]);
    fed.wait_links("MA-PGR", |l| l.is_empty()).await;

    // The ledger shows both purges.
    let (size, _) = ledger.root().await.unwrap();
    let purges: Vec<_> = ledger
        .entries(0, size)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "case_purged")
        .map(|e| (e.target, e.detail))
        .collect();
    assert_eq!(
        purges,
        vec![
            (
                "BE-FED-2025-0101".to_string(),
                "acquittal on 2026-06-01, kept until 2028-06-01".to_string()
            ),
            (
                "BE-FED-2025-0102".to_string(),
                "final_judgment on 2026-06-01, kept until 2031-06-01".to_string()
            ),
        ]
    );
    fed.stop().await;
}

/// A batch of one phone token for `authority`.
fn phone_batch(authority: &str, record: char, case: char, token: char) -> malines_proto::Batch {
    malines_proto::Batch {
        authority: authority.into(),
        upserts: vec![malines_proto::Upsert {
            record: record.to_string().repeat(32),
            case: case.to_string().repeat(32),
            version: 1,
            epoch: 1,
            payload: malines_proto::Payload::Identifier {
                kind: "phone".into(),
                token: token.to_string().repeat(32),
            },
        }],
        deletes: vec![],
    }
}

#[tokio::test]
async fn a_batch_the_database_refuses_leaves_nothing_in_the_hubs_memory() {
    let fed = Fed::new(&["BE-FED", "MA-PGR"]);
    let url = format!("sqlite://{}", fed.path("hub.sqlite").display());
    let hub = Hub::open(
        Store::connect(&url).await.unwrap(),
        DirectorySource::open(&fed.pki.dir().join("directory.json"), fed.pki.operator()).unwrap(),
        Settings::default(),
        fed.clock.clone(),
    )
    .await
    .unwrap();
    // The database refuses one record (as a full disk or a broken connection would).
    use sqlx::Connection;
    let mut side = sqlx::SqliteConnection::connect(&url).await.unwrap();
    sqlx::query(
        "CREATE TRIGGER refuse BEFORE INSERT ON hub_records WHEN NEW.record = 'dddddddddddddddddddddddddddddddd'
         BEGIN SELECT RAISE(ABORT, 'refused by the test'); END",
    )
    .execute(&mut side)
    .await
    .unwrap();
    let directory = fed.pki.directory().unwrap().directory;
    let (be, ma) = (
        directory.member("BE-FED").unwrap().clone(),
        directory.member("MA-PGR").unwrap().clone(),
    );

    let refused = hub.push(&be, phone_batch("BE-FED", 'd', '1', 'a')).await;
    assert!(refused.is_err(), "{refused:?}");
    // Morocco pushes the same phone: had the refused record stayed in memory, this would
    // link to a case the hub never stored.
    let out = hub
        .push(&ma, phone_batch("MA-PGR", 'e', '2', 'a'))
        .await
        .unwrap();
    assert_eq!((out.applied, out.events), (1, 0));
    let c = hub.counts().await;
    assert_eq!((c.records, c.links), (1, 0));

    // Belgium's node sends it again once the database takes it: now it links, once.
    sqlx::query("DROP TRIGGER refuse")
        .execute(&mut side)
        .await
        .unwrap();
    let out = hub
        .push(&be, phone_batch("BE-FED", 'd', '1', 'a'))
        .await
        .unwrap();
    assert_eq!((out.applied, out.events), (1, 2), "one link, told to both");
    let c = hub.counts().await;
    assert_eq!((c.records, c.links), (2, 1));
    side.close().await.unwrap();
    // In the database too: each record once, numbered in the order stored after the
    // rebuild (the refused one did not keep its number).
    let rows = Store::connect(&url)
        .await
        .unwrap()
        .hub_records()
        .await
        .unwrap();
    let seen: Vec<(i64, &str, &str)> = rows
        .iter()
        .map(|r| (r.slot, r.authority.as_str(), &r.record[..4]))
        .collect();
    assert_eq!(seen, vec![(1, "MA-PGR", "eeee"), (2, "BE-FED", "dddd")]);
}

/// A hub database of a Malines before migration 0008 keeps its records, in the order they
/// arrived, once they are keyed by the hub's own row numbers (SQLite numbers them in the
/// order rows were first written; PostgreSQL, which keeps no such order, in the order of
/// their last write: the same here); the hub then updates them in place and appends new
/// ones, and a number held by another record is refused. On SQLite, and on PostgreSQL when
/// configured.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hub_records_keep_their_order_and_content_across_the_migration_to_row_numbers() {
    use malines_store::fed::{HubRecordRow, HubWrite};
    use sqlx::Connection;
    let dir = tempfile::tempdir().unwrap();
    let mut urls = vec![format!(
        "sqlite://{}",
        dir.path().join("hub.sqlite").display()
    )];
    let mut schema = None;
    if let Some(admin) = crate::common::postgres_url() {
        let name = format!("malines_mig{}", std::process::id());
        let mut c = sqlx::PgConnection::connect(&admin).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {name}")))
            .execute(&mut c)
            .await
            .unwrap();
        let sep = if admin.contains('?') { '&' } else { '?' };
        urls.push(format!("{admin}{sep}options=-c%20search_path%3D{name}"));
        schema = Some((admin, name));
    }
    for url in &urls {
        let old = Store::connect_migrated_to(url, 7).await.unwrap();
        // Three records as the hub of then wrote them, in this order (tokens not sorted).
        for (i, (record, payload)) in [
            (
                "cccc",
                Some(r#"{"type":"identifier","kind":"phone","token":"c"}"#),
            ),
            ("aaaa", None),
            (
                "bbbb",
                Some(r#"{"type":"identifier","kind":"phone","token":"b"}"#),
            ),
        ]
        .into_iter()
        .enumerate()
        {
            const INSERT: &str = "INSERT INTO hub_records (authority, record, case_token, version, epoch, payload, updated_at)
                 VALUES ($1, $2, $3, $4, 1, $5, $6)";
            let at = time::OffsetDateTime::UNIX_EPOCH + time::Duration::days(i as i64 + 1);
            let authority = ["BE-FED", "FR-PNAT", "BE-FED"][i];
            let (case, version) = (format!("case-{record}"), i as i64 + 1);
            match &old {
                Store::Sqlite(p) => sqlx::query(INSERT)
                    .bind(authority)
                    .bind(record)
                    .bind(case)
                    .bind(version)
                    .bind(payload)
                    .bind(at)
                    .execute(p)
                    .await
                    .map(|_| ()),
                Store::Postgres(p) => sqlx::query(INSERT)
                    .bind(authority)
                    .bind(record)
                    .bind(case)
                    .bind(version)
                    .bind(payload)
                    .bind(at)
                    .execute(p)
                    .await
                    .map(|_| ()),
            }
            .unwrap();
        }
        old.close().await;

        let store = Store::connect(url).await.unwrap();
        let rows = store.hub_records().await.unwrap();
        let seen: Vec<(i64, &str, &str, i64, Option<&str>)> = rows
            .iter()
            .map(|r| {
                (
                    r.slot,
                    r.authority.as_str(),
                    r.record.as_str(),
                    r.version,
                    r.payload.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            vec![
                (
                    1,
                    "BE-FED",
                    "cccc",
                    1,
                    Some(r#"{"type":"identifier","kind":"phone","token":"c"}"#)
                ),
                (2, "FR-PNAT", "aaaa", 2, None),
                (
                    3,
                    "BE-FED",
                    "bbbb",
                    3,
                    Some(r#"{"type":"identifier","kind":"phone","token":"b"}"#)
                ),
            ],
            "{url}"
        );

        // The hub updates a row by its number and appends a new one after the last.
        let row = |slot: i64, record: &str, version: i64| HubRecordRow {
            slot,
            authority: "FR-PNAT".into(),
            record: record.into(),
            case_token: format!("case-{record}"),
            version,
            epoch: 1,
            payload: Some(format!(r#"{{"v":{version}}}"#)),
        };
        let write = HubWrite {
            records: vec![row(2, "aaaa", 5), row(4, "dddd", 1)],
            ..HubWrite::default()
        };
        store
            .hub_write(&write, time::OffsetDateTime::now_utc())
            .await
            .unwrap();
        let rows = store.hub_records().await.unwrap();
        let seen: Vec<(i64, &str, i64)> = rows
            .iter()
            .map(|r| (r.slot, r.record.as_str(), r.version))
            .collect();
        assert_eq!(
            seen,
            vec![
                (1, "cccc", 1),
                (2, "aaaa", 5),
                (3, "bbbb", 3),
                (4, "dddd", 1)
            ],
            "{url}"
        );
        // A row number held by another record is refused, and the whole write with it.
        let clash = HubWrite {
            records: vec![row(5, "eeee", 1), row(1, "ffff", 1)],
            ..HubWrite::default()
        };
        let refused = store
            .hub_write(&clash, time::OffsetDateTime::now_utc())
            .await;
        assert!(refused.is_err(), "{url}: {refused:?}");
        let after = store.hub_records().await.unwrap();
        assert_eq!(after, rows, "{url}: nothing written");
        store.close().await;
    }
    if let Some((admin, name)) = schema {
        let mut c = sqlx::PgConnection::connect(&admin).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("DROP SCHEMA {name} CASCADE")))
            .execute(&mut c)
            .await
            .unwrap();
    }
}
