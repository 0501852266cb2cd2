//! The encoded-person file parser (`malines link --encoded`) on arbitrary bytes after a
//! valid header: good rows, bad rows with their reason, or a file error; never a panic. The
//! rows read are then linked, so that whatever the parser lets through is safe for the
//! kernel and the scoring too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use malines_match::file::read;
use malines_match::link::{Blocking, Options, link};

fuzz_target!(|data: &[u8]| {
    let mut input = b"id,version,epoch,filter,dob,blocks\n".to_vec();
    input.extend_from_slice(data);
    if let Ok(c) = read(input.as_slice()) {
        let people: Vec<_> = c.rows.into_iter().map(|r| r.encoded).collect();
        for blocking in [Blocking::Never, Blocking::Always] {
            let opts = Options {
                threshold: 0.0,
                blocking,
                ..Options::default()
            };
            let _ = link(&people, &people, &opts, None);
        }
    }
});
