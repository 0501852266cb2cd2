//! Every identifier normaliser on arbitrary text: a value or a reason, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use malines_names::ident;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let (x, y) = s.split_once('\n').unwrap_or((&s, "MA"));
    let _ = ident::phone(x, y);
    let _ = ident::email(x);
    let _ = ident::iban(x);
    let _ = ident::imei(x);
    let _ = ident::imsi(x);
    let _ = ident::ip(x);
    let _ = ident::crypto_address(x);
    let _ = ident::social_account(y, x);
    let _ = ident::vehicle_plate(y, x);
    let _ = ident::domain(x);
    let _ = ident::document_number(x);
    let _ = ident::country(x);
});
