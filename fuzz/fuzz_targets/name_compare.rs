//! Canonicalise and compare two arbitrary names (and dates of birth): no panic, score in [0, 1].
#![no_main]

use libfuzzer_sys::fuzz_target;
use malines_names::name::{BirthDate, canonicalise, compare, compare_people, score};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.splitn(4, '\n');
    let (a, b) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let (da, db) = (parts.next().and_then(BirthDate::parse), parts.next().and_then(BirthDate::parse));
    let (ca, cb) = (canonicalise(a), canonicalise(b));
    let c = compare(&ca, &cb);
    assert!((0.0..=1.0).contains(&c.score));
    assert!((0.0..=1.0).contains(&score(&cb, &ca)));
    let p = compare_people(&ca, &cb, da.as_ref(), db.as_ref());
    assert!((0.0..=1.0).contains(&p.score));
    let _ = (ca.canonical(), ca.phonetic_keys());
});
