//! Hub ingest rate and time from upsert to link event (issue #5), on loopback, over mutual
//! TLS, with a SQLite database — what `bench/hub/run.sh` runs.
//!
//! `hub_bench LEFT.enc.csv RIGHT.enc.csv TRUTH.csv [PROBES]`: two encoded files from
//! `malines encode` (one per authority) and the truth of `bench/scale/gen.py`. Pushes every
//! person of both files but PROBES (default 200) true matches of the right file, in batches
//! of 2,000 as a node would, and reports records per second. Then pushes each held-back
//! person alone and measures the time until the link event arrives in its authority's feed.

// A benchmark: a failure should stop it loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

/// The allocator of the `malines` binary, which runs the hub.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use malines_core::clock::SystemClock;
use malines_hub::{DirectorySource, Hub, Settings};
use malines_match::file::{self, encode_fields};
use malines_node::client::HubClient;
use malines_pki::{Identity, IssueRequest, MemberKind, Pki};
use malines_proto::{Batch, Payload, PersonEncoding, Upsert};
use malines_store::Store;
use sha2::{Digest, Sha256};

fn token(s: &str) -> String {
    hex::encode(&Sha256::digest(s.as_bytes())[..16])
}

fn upsert(id: &str, e: &malines_match::person::Encoded, epoch: u32) -> Upsert {
    let f = encode_fields(e);
    Upsert {
        record: token(&format!("r{id}")),
        case: token(&format!("c{id}")),
        version: 1,
        epoch,
        payload: Payload::Person {
            variants: vec![PersonEncoding {
                filter: f.filter,
                dob: f.dob,
                blocks: f.blocks,
            }],
            place: None,
        },
    }
}

/// The CPU time this process (client and hub, every thread) has used, in seconds, from
/// `/proc/self/stat` (user and system time in clock ticks of 1/100 s); 0 where unreadable.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is between parentheses.
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    (ticks(11) + ticks(12)) / 100.0
}

fn read(path: &str) -> (u32, Vec<file::Row>) {
    let f = std::fs::File::open(path).unwrap();
    let c = file::read(std::io::BufReader::new(f)).unwrap();
    (c.epoch.unwrap_or(0), c.rows)
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (left, right, truth) = (&args[1], &args[2], &args[3]);
    let probes: usize = args.get(4).map_or(200, |s| s.parse().unwrap());
    let (epoch, left) = read(left);
    let (_, right) = read(right);
    let truth_right: HashSet<String> = std::fs::read_to_string(truth)
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1).map(str::to_string))
        .collect();

    let dir = tempfile::tempdir().unwrap();
    let now = time::OffsetDateTime::now_utc();
    let pki = Pki::init(&dir.path().join("pki"), now).unwrap();
    for (code, kind) in [
        ("HUB", MemberKind::Hub),
        ("BE-FED", MemberKind::Authority),
        ("FR-PNAT", MemberKind::Authority),
    ] {
        pki.issue(
            &IssueRequest::new(code, kind, code[..2].replace("HU", "BE")),
            now,
        )
        .unwrap();
    }
    // The hub's database and directory, as a hub opens them at each start.
    let sources = || async {
        let store = Store::connect(&format!(
            "sqlite://{}",
            dir.path().join("hub.sqlite").display()
        ))
        .await
        .unwrap();
        let directory =
            DirectorySource::open(&pki.dir().join("directory.json"), pki.operator()).unwrap();
        (store, directory)
    };
    let (store, directory) = sources().await;
    // MAX_BLOCK=N: the hub's `max_block` setting (default: the hub's default).
    let settings = Settings {
        max_block: std::env::var("MAX_BLOCK")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(malines_hub::DEFAULT_MAX_BLOCK),
        ..Settings::default()
    };
    let hub = Hub::open(store, directory, settings, Arc::new(SystemClock))
        .await
        .unwrap();
    let tls = malines_pki::server_config(&Identity::load(&pki.member_dir("HUB")).unwrap()).unwrap();
    let running =
        malines_hub::tls::Running::start(hub.clone(), tls, "127.0.0.1:0".parse().unwrap())
            .await
            .unwrap();
    let be = HubClient::new(
        &running.url(),
        &Identity::load(&pki.member_dir("BE-FED")).unwrap(),
    )
    .unwrap();
    let fr = HubClient::new(
        &running.url(),
        &Identity::load(&pki.member_dir("FR-PNAT")).unwrap(),
    )
    .unwrap();

    // Hold back true matches of the right file for the latency probes.
    let mut held = Vec::new();
    let mut rest = Vec::with_capacity(right.len());
    for r in right {
        if held.len() < probes && truth_right.contains(&r.id) {
            held.push(r);
        } else {
            rest.push(r);
        }
    }

    let total = left.len() + rest.len();
    // The two authorities push at once, as nodes do (each its batches one after the
    // other); SEQUENTIAL=1 pushes one authority's whole file, then the other's.
    let sequential = std::env::var("SEQUENTIAL").is_ok_and(|v| v == "1");
    // The batches are made before the clock starts: a node reads its payloads, encoded
    // once, from its outbox.
    let batches = |code: &'static str, rows: Vec<file::Row>| -> Vec<Batch> {
        rows.chunks(2_000)
            .map(|chunk| Batch {
                authority: code.into(),
                upserts: chunk
                    .iter()
                    .map(|r| upsert(&format!("{code}{}", r.id), &r.encoded, epoch))
                    .collect(),
                deletes: vec![],
            })
            .collect()
    };
    let push_all = |client: HubClient, batches: Vec<Batch>| async move {
        for batch in &batches {
            client.push(batch).await.unwrap();
        }
    };
    let (left, rest) = (batches("BE-FED", left), batches("FR-PNAT", rest));
    let cpu = cpu_seconds();
    let t = Instant::now();
    let (a, b) = (push_all(be.clone(), left), push_all(fr.clone(), rest));
    if sequential {
        a.await;
        b.await;
    } else {
        let (a, b) = (tokio::spawn(a), tokio::spawn(b));
        a.await.unwrap();
        b.await.unwrap();
    }
    let ingest = t.elapsed();
    let cpu = cpu_seconds() - cpu;
    let counts = hub.counts().await;

    // Latency: push one person, wait for the event in the pusher's own feed.
    let mut cursor = fr.feed("FR-PNAT", 0, 0).await.unwrap().next;
    loop {
        let f = fr.feed("FR-PNAT", cursor, 0).await.unwrap();
        if f.events.is_empty() {
            break;
        }
        cursor = f.next;
    }
    let mut lat = Vec::new();
    let mut no_link = 0;
    for r in &held {
        let batch = Batch {
            authority: "FR-PNAT".into(),
            upserts: vec![upsert(&format!("FR-PNAT{}", r.id), &r.encoded, epoch)],
            deletes: vec![],
        };
        let t = Instant::now();
        let out = fr.push(&batch).await.unwrap();
        if out.events == 0 {
            no_link += 1;
            continue;
        }
        let f = fr.feed("FR-PNAT", cursor, 5).await.unwrap();
        let d = t.elapsed();
        if f.events.is_empty() {
            no_link += 1;
            continue;
        }
        cursor = f.next;
        lat.push(d);
    }
    lat.sort();
    let q = |p: f64| {
        lat.get(((lat.len() as f64 - 1.0) * p).round() as usize)
            .copied()
            .unwrap_or(Duration::ZERO)
    };
    println!(
        "| {total} | {:.1} | {:.0} | {:.1} | {} | {} | {:.1} | {:.1} | {:.1} | {} |",
        ingest.as_secs_f64(),
        total as f64 / ingest.as_secs_f64(),
        cpu,
        counts.pairs,
        lat.len(),
        q(0.5).as_secs_f64() * 1e3,
        q(0.99).as_secs_f64() * 1e3,
        lat.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
        no_link
    );
    running.stop().await;

    // REOPEN=1: the time a hub takes to start again on this database (rebuilding its index
    // from the stored records and matching them again), printed on stderr.
    if std::env::var("REOPEN").is_ok_and(|v| v == "1") {
        drop(hub);
        let (store, directory) = sources().await;
        let (cpu, t) = (cpu_seconds(), Instant::now());
        let hub = Hub::open(store, directory, settings, Arc::new(SystemClock))
            .await
            .unwrap();
        let c = hub.counts().await;
        eprintln!(
            "reopened in {:.1} s (CPU {:.1} s): {} records, {} pairs, {} links",
            t.elapsed().as_secs_f64(),
            cpu_seconds() - cpu,
            c.records,
            c.pairs,
            c.links
        );
    }
}
