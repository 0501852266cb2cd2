//! `malines names compare` on an arbitrary file: every row written back, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use malines_core::name_pairs::{Options, score_pairs};

fuzz_target!(|data: &[u8]| {
    let mut input = b"name_a,name_b,dob_a,dob_b\n".to_vec();
    input.extend_from_slice(data);
    let _ = score_pairs(&input, std::io::sink(), Options { explain: true }, &mut |_| {});
    let _ = score_pairs(data, std::io::sink(), Options::default(), &mut |_| {});
});
