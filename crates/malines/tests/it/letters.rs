//! Sealed letters between members through the hub (SPEC §5, issue #8): a message on a link
//! reaches the other authority signed and verified, with delivery and read receipts; the hub
//! holds only ciphertext, and forgets it once delivered; nobody reads another's mailbox or
//! sends in another's name.

use std::time::Duration;

use malines_pki::seal::{self, Letter};
use malines_proto::Envelope;
use malines_store::mail::LetterRow;

use crate::federation::Fed;

/// Waits until `ok` holds for the letters of `thread` at `code`.
async fn wait_thread(
    fed: &Fed,
    code: &str,
    thread: &str,
    ok: impl Fn(&[malines_store::mail::LetterRow]) -> bool,
) -> Vec<malines_store::mail::LetterRow> {
    let store = fed.node(code).store().clone();
    let mut last = Vec::new();
    for _ in 0..300 {
        last = store.letters_in_thread(thread).await.unwrap();
        if ok(&last) {
            return last;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{code}: thread {thread} never got there: {last:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_reaches_the_other_authority_signed_with_receipts_and_the_hub_keeps_no_clear_text()
 {
    let fed = Fed::belgium_and_morocco().await;
    let be = fed.wait_links("BE-FED", |l| l.len() == 2).await;
    let link = be[0].id.clone();
    let thread = format!("link:{link}");
    let secret_text = "Le suspect Khalid El Amrani voyage vers Tanger le 3 décembre";
    let attachment = "PV d'audition n° 2026/117: rencontre à la gare du Midi";
    let post_be = fed.node("BE-FED").post().unwrap().clone();
    let sent = post_be
        .send(
            "MA-PGR",
            "message",
            &thread,
            "m.dubois",
            serde_json::json!({
                "thread": thread, "link": link, "author": "M. Dubois",
                "text": secret_text,
                "attachments": [{"name": "pv.txt", "media_type": "text/plain",
                                 "data": base64_of(attachment)}],
            }),
        )
        .await
        .unwrap();

    // Morocco has it, verified against the directory, and says who signed it.
    let ma = wait_thread(&fed, "MA-PGR", &thread, |l| {
        l.iter().any(|x| x.id == sent.id)
    })
    .await;
    let got = ma.iter().find(|x| x.id == sent.id).unwrap();
    assert_eq!(
        (got.direction.as_str(), got.counterpart.as_str()),
        ("in", "BE-FED")
    );
    assert_eq!(got.author, "M. Dubois");
    let post_ma = fed.node("MA-PGR").post().unwrap().clone();
    let letter = post_ma.verify_kept(got).await.unwrap().unwrap();
    assert_eq!(letter.from, "BE-FED");
    assert_eq!(letter.body["text"], secret_text);

    // Belgium learns it was delivered; then that it was read, and by whom.
    wait_thread(&fed, "BE-FED", &thread, |l| {
        l.iter()
            .any(|x| x.id == sent.id && x.delivered_at.is_some())
    })
    .await;
    assert!(
        post_ma
            .mark_read(got, "a.bennani", "A. Bennani")
            .await
            .unwrap()
    );
    assert!(
        !post_ma
            .mark_read(got, "a.bennani", "A. Bennani")
            .await
            .unwrap(),
        "read once"
    );
    let be_side = wait_thread(&fed, "BE-FED", &thread, |l| {
        l.iter().any(|x| x.id == sent.id && x.read_at.is_some())
    })
    .await;
    let mine = be_side.iter().find(|x| x.id == sent.id).unwrap();
    assert_eq!(mine.read_by.as_deref(), Some("A. Bennani"));

    // Every send and read is in the ledgers.
    let actions = |code: &str| {
        let l = fed.node(code).ledger().clone();
        async move {
            let (n, _) = l.root().await.unwrap();
            l.entries(0, n)
                .await
                .unwrap()
                .into_iter()
                .map(|e| (e.action, e.target))
                .collect::<Vec<_>>()
        }
    };
    assert!(
        actions("MA-PGR")
            .await
            .contains(&("letter_received".into(), sent.id.clone()))
    );
    assert!(
        actions("MA-PGR")
            .await
            .contains(&("letter_read".into(), sent.id.clone()))
    );

    // The hub forgot the letters it delivered, and never held their text.
    let dir = fed.stop().await;
    let hub = malines_store::Store::connect(&format!(
        "sqlite://{}",
        dir.path().join("hub.sqlite").display()
    ))
    .await
    .unwrap();
    assert_eq!(hub.hub_mail_waiting().await.unwrap(), 0);
    hub.close().await;
    let mut files = vec![dir.path().join("hub.sqlite")];
    for ext in ["-wal", "-shm"] {
        let p = dir.path().join(format!("hub.sqlite{ext}"));
        if p.exists() {
            files.push(p);
        }
    }
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        for needle in [
            "Khalid",
            "Tanger",
            "gare du Midi",
            base64_of(attachment).as_str(),
        ] {
            assert!(
                !contains(&bytes, needle.as_bytes()),
                "{needle:?} in {}",
                f.display()
            );
        }
    }
}

fn base64_of(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nobody_reads_anothers_mailbox_or_sends_in_anothers_name_and_forgeries_are_refused() {
    let fed = Fed::belgium_and_morocco().await;
    let hub = fed.hub_url();
    let be = malines_node::client::HubClient::new(&hub, &fed.identity("BE-FED")).unwrap();
    // Belgium cannot read Morocco's mailbox.
    match be.mailbox("MA-PGR", 0, 0).await {
        Err(malines_node::client::HubError::Refused { status, body }) => {
            assert_eq!(status, 403);
            assert!(
                body.error.contains("only its own mailbox"),
                "{}",
                body.error
            );
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    // Belgium cannot send in Morocco's name: the hub refuses the envelope.
    let directory = fed.pki.directory().unwrap().directory;
    let ma_identity = fed.identity("MA-PGR");
    let letter = Letter {
        v: 1,
        id: seal::new_id(),
        from: "MA-PGR".into(),
        to: "PROV-TELCO".into(),
        at: time::OffsetDateTime::now_utc(),
        kind: "message".into(),
        body: serde_json::json!({"text": "x"}),
    };
    let out = seal::seal(
        &ma_identity,
        directory.member("PROV-TELCO").unwrap(),
        &letter,
    )
    .unwrap();
    match be.post_letter(&out.envelope).await {
        Err(malines_node::client::HubError::Refused { status, body }) => {
            assert_eq!(status, 403);
            assert!(
                body.error
                    .contains("cannot be sent with the certificate of BE-FED")
            );
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    // A letter from Belgium whose ciphertext was changed on the way: Morocco refuses it with
    // its reason, and records nothing of it but the refusal.
    let be_identity = fed.identity("BE-FED");
    let letter = Letter {
        from: "BE-FED".into(),
        to: "MA-PGR".into(),
        id: seal::new_id(),
        ..letter
    };
    let mut env: Envelope = seal::seal(&be_identity, directory.member("MA-PGR").unwrap(), &letter)
        .unwrap()
        .envelope;
    let mut ct = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .decode(&env.ciphertext)
            .unwrap()
    };
    ct[3] ^= 0x40;
    env.ciphertext = base64_of_bytes(&ct);
    be.post_letter(&env).await.unwrap();
    let post_ma = fed.node("MA-PGR").post().unwrap().clone();
    for _ in 0..300 {
        if !post_ma.refused().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let refused = post_ma.refused();
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert_eq!(refused[0].id, env.id);
    assert!(
        refused[0].reason.contains("cannot be opened"),
        "{}",
        refused[0].reason
    );
    assert!(
        fed.node("MA-PGR")
            .store()
            .letter_get(&env.id)
            .await
            .unwrap()
            .is_none()
    );
    fed.stop().await;
}

fn base64_of_bytes(b: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(b)
}

/// A letter row as the post office keeps it (only what the counts read matters here).
fn row(id: &str, direction: &str, kind: &str, thread: &str, minute: i64) -> LetterRow {
    LetterRow {
        id: id.into(),
        direction: direction.into(),
        counterpart: "MA-PGR".into(),
        kind: kind.into(),
        thread: thread.into(),
        author: "someone".into(),
        signed: "c2lnbmVk".into(),
        signature: "c2ln".into(),
        at: time::macros::datetime!(2026-11-20 09:00 UTC) + time::Duration::minutes(minute),
        envelope: None,
        sent_at: None,
        delivered_at: None,
        read_at: None,
        read_by: None,
    }
}

#[tokio::test]
async fn each_thread_counts_its_messages_and_the_received_ones_not_read_yet() {
    for db in [
        Some(crate::common::sqlite().await),
        crate::common::postgres().await,
    ]
    .into_iter()
    .flatten()
    {
        let s = &db.store;
        for r in [
            row("a1", "in", "message", "link:A", 0),
            row("a2", "in", "message", "link:A", 5),
            row("a3", "out", "message", "link:A", 7),
            row("b1", "out", "message", "link:B", 1),
            // Receipts and orders are letters too, but not messages.
            row("r1", "in", "receipt", "link:B", 9),
            row("o1", "in", "order", "order:1", 3),
        ] {
            assert!(s.letter_insert(&r).await.unwrap());
        }
        let at = time::macros::datetime!(2026-11-20 10:00 UTC);
        assert!(s.letter_first_read("a1", "A. Bennani", at).await.unwrap());
        let counts = s.thread_counts("message").await.unwrap();
        let seen: Vec<(&str, i64, i64)> = counts
            .iter()
            .map(|t| (t.thread.as_str(), t.letters, t.unread))
            .collect();
        // Link A: three messages, one received and read, one received and not; my own
        // message is never "unread". Link B: only mine (its receipt is not a message).
        assert_eq!(seen, [("link:A", 3, 1), ("link:B", 1, 0)]);
        assert_eq!(
            counts[0].last_at,
            time::macros::datetime!(2026-11-20 09:07 UTC)
        );
        assert!(!counts.iter().any(|t| t.thread == "order:1"));
        db.cleanup().await;
    }
}
