//! The JSON import parser on arbitrary bytes: a list of drafts or of errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use malines_core::ids::Country;
use malines_core::import::{Format, parse};
use malines_core::model::ValidationContext;

fuzz_target!(|data: &[u8]| {
    let Ok(region) = Country::parse("BE") else { return };
    let ctx = ValidationContext {
        default_region: region,
        today: time::macros::date!(2026 - 11 - 29),
    };
    let _ = parse(data, Format::Json, &ctx);
});
