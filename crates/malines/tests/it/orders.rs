//! Orders from an authority to a provider through the hub (SPEC §6, issue #8): sent, checked
//! by the provider, answered with a data package or an objection; forgeries refused with
//! their reasons; deadlines and the 48-hour post-validation with a moved clock.

use std::sync::Arc;
use std::time::Duration;

use malines_core::clock::{Clock, ManualClock};
use malines_core::ids::Country;
use malines_core::model::{RawIdentifier, ValidationContext};
use malines_core::orders::{Capacity, OrderData, OrderDocument, RawOrder, Signatory};
use malines_node::mail::PostOffice;
use malines_node::orders::{self, Actor};
use malines_pki::seal::{self, Letter};
use malines_store::orders::OrderRow;

use crate::federation::Fed;

fn prosecutor() -> Actor {
    Actor {
        username: "m.dubois".into(),
        name: "M. Dubois".into(),
        capacity: Some(Capacity::Prosecutor),
    }
}

fn judge() -> Actor {
    Actor {
        username: "j.lambert".into(),
        name: "J. Lambert".into(),
        capacity: Some(Capacity::Judge),
    }
}

fn responder() -> Actor {
    Actor {
        username: "r.garcia".into(),
        name: "R. García".into(),
        capacity: None,
    }
}

fn order(urgency: &str, categories: &[&str], today: time::Date) -> OrderData {
    let raw = RawOrder {
        framework: "e_evidence".into(),
        order_type: "production".into(),
        urgency: urgency.into(),
        provider: "PROV-TELCO".into(),
        provider_state: "ES".into(),
        file_reference: "BE-FED-2025-0101".into(),
        offence: "Participation in a terrorist group".into(),
        max_penalty_years: "10".into(),
        terrorism: "yes".into(),
        targets: vec![RawIdentifier {
            kind: "phone".into(),
            value: "+34 612 34 56 78".into(),
            ..Default::default()
        }],
        categories: categories.iter().map(|c| c.to_string()).collect(),
        from: "2026-10-01".into(),
        to: "2026-11-20".into(),
        necessity: "Threat to life: the user of this number announced an attack for tonight."
            .into(),
        capacity: "prosecutor".into(),
        ..Default::default()
    };
    OrderData::validate(
        &raw,
        &ValidationContext::new(Country::parse("BE").unwrap(), today),
    )
    .unwrap()
}

async fn wait_order(
    post: &PostOffice,
    id: &str,
    what: &str,
    ok: impl Fn(&OrderRow) -> bool,
) -> OrderRow {
    let mut last = None;
    for _ in 0..300 {
        last = post.store().order_get(id).await.unwrap();
        if let Some(o) = &last
            && ok(o)
        {
            return o.clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{}: order {id} never {what}: {last:#?}", post.code());
}

async fn steps(post: &PostOffice, id: &str) -> Vec<String> {
    post.store()
        .order_events(id)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.step)
        .collect()
}

async fn started(clock: Arc<dyn Clock>) -> (Fed, Arc<PostOffice>, Arc<PostOffice>) {
    let mut fed = Fed::new(&["BE-FED"]).with_clock(clock);
    fed.start_hub().await;
    fed.start_node("BE-FED").await;
    let provider = fed.start_provider("PROV-TELCO").await;
    let be = fed.node("BE-FED").post().unwrap().clone();
    (fed, be, provider)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_emergency_order_is_answered_with_a_sealed_package_and_a_standard_one_objected() {
    let clock: Arc<dyn Clock> = Arc::new(malines_core::clock::SystemClock);
    let today = clock.today();
    let (fed, be, telco) = started(clock).await;

    // Emergency, subscriber data only: it may go before validation.
    let o = orders::draft(
        &be,
        Some("BE-FED-2025-0101"),
        &order("emergency", &["subscriber"], today),
        &prosecutor(),
    )
    .await
    .unwrap();
    assert!(o.reference.starts_with("BE-FED-ORD-"), "{}", o.reference);
    let o = orders::send(&be, &o.id, &prosecutor()).await.unwrap();
    assert_eq!(o.status, "sent");
    // No order is sent twice.
    let again = orders::send(&be, &o.id, &prosecutor()).await.unwrap_err();
    assert!(again.to_string().contains("cannot be sent"), "{again}");

    // The provider checks it and takes it; the authority learns it was received.
    let got = wait_order(&telco, &o.id, "received", |r| r.status == "received").await;
    assert_eq!(got.verdict.as_deref(), Some("[]"));
    wait_order(&be, &o.id, "received at BE", |r| r.received_at.is_some()).await;

    // Post-validation by a judge; the provider is told.
    orders::validate(&be, &o.id, &judge()).await.unwrap();
    wait_order(&telco, &o.id, "validated", |r| r.validated_at.is_some()).await;

    // The provider acknowledges and answers with a data package.
    orders::acknowledge(&telco, &o.id, &responder())
        .await
        .unwrap();
    let files = vec![(
        "subscriber.csv".to_string(),
        b"msisdn,name,address\n+34612345678,Karim Zeroual,Calle Mayor 12 Madrid\n".to_vec(),
    )];
    orders::fulfil(&telco, &o.id, &responder(), &files)
        .await
        .unwrap();
    let done = wait_order(&be, &o.id, "fulfilled", |r| r.status == "fulfilled").await;
    let answer: serde_json::Value = serde_json::from_str(done.answer.as_deref().unwrap()).unwrap();
    assert_eq!(answer["sha256"], orders::package_hash(&files));
    // The provider holds the authority's signed receipt of that hash, and closes.
    let closed = wait_order(&telco, &o.id, "closed", |r| r.status == "closed").await;
    let kept: serde_json::Value = serde_json::from_str(closed.answer.as_deref().unwrap()).unwrap();
    assert!(kept["receipt_letter"].is_string());
    assert_eq!(
        steps(&be, &o.id).await,
        [
            "drafted",
            "sent",
            "received",
            "validated",
            "acknowledged",
            "fulfilled"
        ]
    );

    // A standard order for traffic data: validated by a judge first, then objected to.
    let mut data = order("standard", &["traffic"], today);
    data.capacity = Capacity::Prosecutor;
    let s = orders::draft(&be, None, &data, &prosecutor())
        .await
        .unwrap();
    let e = orders::send(&be, &s.id, &prosecutor()).await.unwrap_err();
    assert!(
        e.to_string().contains("validated by a second person"),
        "{e}"
    );
    let e = orders::validate(&be, &s.id, &prosecutor())
        .await
        .unwrap_err();
    assert!(e.to_string().contains("second person"), "{e}");
    orders::validate(&be, &s.id, &judge()).await.unwrap();
    orders::send(&be, &s.id, &prosecutor()).await.unwrap();
    wait_order(&telco, &s.id, "received", |r| r.status == "received").await;
    orders::object(
        &telco,
        &s.id,
        &responder(),
        "The number was not ours during the period: ported out on 2026-09-14.",
    )
    .await
    .unwrap();
    let objected = wait_order(&be, &s.id, "objected", |r| r.status == "objected").await;
    assert!(objected.answer.unwrap().contains("ported out"));

    // The hub held none of it in clear.
    let dir = fed.stop().await;
    let mut hub = std::fs::read(dir.path().join("hub.sqlite")).unwrap();
    if let Ok(wal) = std::fs::read(dir.path().join("hub.sqlite-wal")) {
        hub.extend(wal);
    }
    for needle in [
        "Karim Zeroual",
        "Calle Mayor",
        "ported out",
        "announced an attack",
        "+34612345678",
    ] {
        assert!(
            !hub.windows(needle.len()).any(|w| w == needle.as_bytes()),
            "{needle} at the hub"
        );
    }
}

/// Sends `doc` as an order letter signed by `signer` (whatever it says), to the provider.
async fn post_order(fed: &Fed, signer: &malines_pki::Identity, doc: &OrderDocument) -> String {
    let directory = fed.pki.directory().unwrap().directory;
    let letter = Letter {
        v: 1,
        id: seal::new_id(),
        from: signer.code.clone(),
        to: "PROV-TELCO".into(),
        at: time::OffsetDateTime::now_utc(),
        kind: "order".into(),
        body: serde_json::json!({ "thread": format!("order:{}", doc.id), "document": doc }),
    };
    let out = seal::seal(signer, directory.member("PROV-TELCO").unwrap(), &letter).unwrap();
    let client =
        malines_node::client::HubClient::new(&fed.hub_url(), &fed.identity(&signer.code)).unwrap();
    client.post_letter(&out.envelope).await.unwrap();
    letter.id
}

fn document(data: OrderData, at: time::OffsetDateTime) -> OrderDocument {
    OrderDocument {
        id: seal::new_id(),
        issuer: "BE-FED".into(),
        reference: format!("BE-FED-ORD-2026-{}", &seal::new_id()[..4]),
        expires_at: OrderDocument::expiry(&data, at),
        issued_by: Signatory {
            name: "M. Dubois".into(),
            capacity: data.capacity,
            at,
        },
        validated_by: None,
        issued_at: at,
        order: data,
    }
}

fn verdict(row: &OrderRow) -> Vec<String> {
    let v: Vec<serde_json::Value> = serde_json::from_str(row.verdict.as_deref().unwrap()).unwrap();
    v.iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_provider_refuses_each_forged_order_with_its_own_reason() {
    let clock: Arc<dyn Clock> = Arc::new(malines_core::clock::SystemClock);
    let now = clock.now();
    let today = clock.today();
    let (fed, _be, telco) = started(clock).await;
    let be_id = fed.identity("BE-FED");

    // A good order, then the same order again in another letter: a replay.
    let good = document(order("emergency", &["subscriber"], today), now);
    post_order(&fed, &be_id, &good).await;
    let row = wait_order(&telco, &good.id, "received", |r| r.status == "received").await;
    assert_eq!(verdict(&row), Vec::<String>::new());
    let replays_before = telco.ledger().root().await.unwrap().0;
    post_order(&fed, &be_id, &good).await;
    let mut refused = false;
    for _ in 0..300 {
        let (n, _) = telco.ledger().root().await.unwrap();
        let entries = telco.ledger().entries(replays_before, n).await.unwrap();
        if entries
            .iter()
            .any(|e| e.action == "order_refused" && e.detail.contains("already received"))
        {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(refused, "the replay was refused as one");
    // Another order under the same reference: refused, and the mailbox goes on.
    let mut twin = document(order("emergency", &["subscriber"], today), now);
    twin.reference = good.reference.clone();
    let before = telco.ledger().root().await.unwrap().0;
    post_order(&fed, &be_id, &twin).await;
    let mut said = String::new();
    for _ in 0..300 {
        let (n, _) = telco.ledger().root().await.unwrap();
        if let Some(e) = telco
            .ledger()
            .entries(before, n)
            .await
            .unwrap()
            .into_iter()
            .find(|e| e.action == "order_refused")
        {
            said = e.detail;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(said.contains("one reference, one order"), "{said}");
    assert!(telco.store().order_get(&twin.id).await.unwrap().is_none());

    // Expired: issued nine hours ago as an emergency, never received in time.
    let old = document(
        order("emergency", &["subscriber"], today),
        now - time::Duration::hours(9),
    );
    post_order(&fed, &be_id, &old).await;
    let row = wait_order(&telco, &old.id, "refused", |r| r.status == "refused").await;
    assert_eq!(verdict(&row), ["expired"]);

    // Traffic data under e-Evidence, issued by a prosecutor, with no judge anywhere.
    let mut traffic = order("standard", &["subscriber"], today);
    traffic.categories = vec![malines_core::orders::Category::Traffic];
    let mut doc = document(traffic, now);
    doc.validated_by = Some(Signatory {
        name: "B. Peeters".into(),
        capacity: Capacity::Prosecutor,
        at: now,
    });
    post_order(&fed, &be_id, &doc).await;
    let row = wait_order(&telco, &doc.id, "refused", |r| r.status == "refused").await;
    assert_eq!(verdict(&row), ["not_allowed"]);
    assert!(
        row.verdict
            .unwrap()
            .contains("need an order issued or validated by a judge")
    );

    // Signed by a key that is not Belgium's in the directory: refused before it is read.
    let mut impostor = fed.identity("BE-FED");
    impostor.signing = malines_pki::ed25519_dalek::SigningKey::from_bytes(&[7u8; 32]);
    let forged = document(order("emergency", &["subscriber"], today), now);
    let letter_id = post_order(&fed, &impostor, &forged).await;
    // One field changed after signing: the signed bytes altered, the signature kept.
    let directory = fed.pki.directory().unwrap().directory;
    let honest = document(order("emergency", &["subscriber"], today), now);
    let letter = Letter {
        v: 1,
        id: seal::new_id(),
        from: "BE-FED".into(),
        to: "PROV-TELCO".into(),
        at: now,
        kind: "order".into(),
        body: serde_json::json!({ "document": honest }),
    };
    let out = seal::seal(&be_id, directory.member("PROV-TELCO").unwrap(), &letter).unwrap();
    let changed = String::from_utf8(out.signed.clone())
        .unwrap()
        .replace("+34612345678", "+34699999999");
    assert_ne!(changed.as_bytes(), out.signed.as_slice());
    let env = seal::seal_as_is(
        directory.member("PROV-TELCO").unwrap(),
        &letter.id,
        "BE-FED",
        changed.as_bytes(),
        &out.signature,
    )
    .unwrap();
    let client = malines_node::client::HubClient::new(&fed.hub_url(), &be_id).unwrap();
    client.post_letter(&env).await.unwrap();
    let mut reasons = Vec::new();
    for _ in 0..300 {
        reasons = telco.refused();
        if reasons.len() >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(reasons.len(), 2, "{reasons:#?}");
    for (id, r) in [(&letter_id, &reasons[0]), (&letter.id, &reasons[1])] {
        assert_eq!(&r.id, id);
        assert!(
            r.reason.contains("signature does not match"),
            "{}",
            r.reason
        );
    }
    for d in [&forged, &honest] {
        assert!(telco.store().order_get(&d.id).await.unwrap().is_none());
    }
    fed.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_emergency_is_overdue_after_8_hours_and_withdrawn_without_validation_at_48() {
    let start = time::OffsetDateTime::now_utc();
    let clock = Arc::new(ManualClock::new(start));
    let (fed, be, telco) = started(clock.clone()).await;
    let today = clock.today();

    // Answered at 7h59: on time.
    let a = orders::draft(
        &be,
        None,
        &order("emergency", &["subscriber"], today),
        &prosecutor(),
    )
    .await
    .unwrap();
    orders::send(&be, &a.id, &prosecutor()).await.unwrap();
    let got = wait_order(&telco, &a.id, "received", |r| r.status == "received").await;
    let received = got.received_at.unwrap();
    wait_order(&be, &a.id, "received at BE", |r| {
        r.received_at == Some(received)
    })
    .await;
    let b = orders::draft(
        &be,
        None,
        &order("emergency", &["identification"], today),
        &prosecutor(),
    )
    .await
    .unwrap();
    orders::send(&be, &b.id, &prosecutor()).await.unwrap();
    wait_order(&telco, &b.id, "received", |r| r.status == "received").await;
    wait_order(&be, &b.id, "received at BE", |r| r.received_at.is_some()).await;
    orders::validate(&be, &b.id, &judge()).await.unwrap();

    clock.set(received + time::Duration::hours(7) + time::Duration::minutes(59));
    orders::object(&telco, &a.id, &responder(), "No such subscriber.")
        .await
        .unwrap();
    let answered = wait_order(&be, &a.id, "answered", |r| r.answered_at.is_some()).await;
    let data: OrderData = serde_json::from_str(&answered.data).unwrap();
    assert!(matches!(
        malines_core::orders::timing(
            &data,
            answered.received_at,
            answered.answered_at,
            clock.now()
        ),
        malines_core::orders::Timing::AnsweredOnTime(_)
    ));
    assert!(orders::tick(&be).await.unwrap().escalated.is_empty());

    // B unanswered at 8h01: overdue, escalated once, at both ends.
    clock.set(received + time::Duration::hours(8) + time::Duration::minutes(1));
    let t = orders::tick(&be).await.unwrap();
    assert_eq!(t.escalated, std::slice::from_ref(&b.id));
    assert!(
        orders::tick(&be).await.unwrap().escalated.is_empty(),
        "once"
    );
    assert_eq!(
        orders::tick(&telco).await.unwrap().escalated,
        std::slice::from_ref(&b.id)
    );
    assert!(steps(&be, &b.id).await.contains(&"overdue".to_string()));

    // C: sent without validation, none by 48 hours: withdrawn, and the provider told.
    let c = orders::draft(
        &be,
        None,
        &order("emergency", &["subscriber"], today),
        &prosecutor(),
    )
    .await
    .unwrap();
    let c = orders::send(&be, &c.id, &prosecutor()).await.unwrap();
    wait_order(&telco, &c.id, "received", |r| r.status == "received").await;
    clock.set(c.sent_at.unwrap() + time::Duration::hours(47) + time::Duration::minutes(59));
    assert!(orders::tick(&be).await.unwrap().withdrawn.is_empty());
    clock.set(c.sent_at.unwrap() + time::Duration::hours(48) + time::Duration::minutes(1));
    assert_eq!(
        orders::tick(&be).await.unwrap().withdrawn,
        std::slice::from_ref(&c.id)
    );
    wait_order(&telco, &c.id, "withdrawn", |r| r.status == "withdrawn").await;
    // B was validated: never withdrawn.
    assert_eq!(
        be.store().order_get(&b.id).await.unwrap().unwrap().status,
        "received"
    );
    fed.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_preservation_order_is_kept_60_days_and_extended_once_by_30() {
    let clock: Arc<dyn Clock> = Arc::new(malines_core::clock::SystemClock);
    let today = clock.today();
    let (fed, be, telco) = started(clock).await;
    let mut data = order("standard", &["traffic", "content"], today);
    data.order_type = malines_core::orders::OrderType::Preservation;
    // A prosecutor may order the preservation of any category; a second prosecutor validates.
    let colleague = Actor {
        username: "b.peeters".into(),
        name: "B. Peeters".into(),
        capacity: Some(Capacity::Prosecutor),
    };
    let o = orders::draft(&be, None, &data, &prosecutor())
        .await
        .unwrap();
    orders::validate(&be, &o.id, &colleague).await.unwrap();
    orders::send(&be, &o.id, &prosecutor()).await.unwrap();
    let got = wait_order(&telco, &o.id, "received", |r| r.status == "received").await;
    let e = orders::fulfil(&telco, &o.id, &responder(), &[("x".into(), vec![1])])
        .await
        .unwrap_err();
    assert!(e.to_string().contains("not by disclosing it"), "{e}");
    orders::preserve(&telco, &o.id, &responder()).await.unwrap();
    let kept = wait_order(&be, &o.id, "preserved", |r| r.status == "fulfilled").await;
    let until = malines_node::mail::rfc3339(malines_core::orders::preserved_until(
        got.received_at.unwrap(),
        false,
    ));
    assert!(kept.answer.unwrap().contains(&until));
    // Extended once: the provider keeps them 30 days more.
    wait_order(&be, &o.id, "received at BE", |r| r.received_at.is_some()).await;
    orders::extend(&be, &o.id, &prosecutor()).await.unwrap();
    let longer = malines_node::mail::rfc3339(malines_core::orders::preserved_until(
        got.received_at.unwrap(),
        true,
    ));
    wait_order(&telco, &o.id, "extended", |r| {
        r.answer.as_deref().is_some_and(|a| a.contains(&longer))
    })
    .await;
    let again = orders::extend(&be, &o.id, &prosecutor()).await.unwrap_err();
    assert!(again.to_string().contains("once only"), "{again}");
    fed.stop().await;
}
