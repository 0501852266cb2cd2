//! Prints a scenario as JSON: each authority's cases (in the import format's field names),
//! the truth and the decoys.
//!
//! ```text
//! cargo run -p malines-scenario --example print_scenario [-- SEED [CASES_PER_COUNTRY]] > scenario.json
//! ```

use malines_scenario::{Options, generate};

fn main() {
    let mut opts = Options::default();
    let mut args = std::env::args().skip(1);
    if let Some(seed) = args.next().and_then(|s| s.parse().ok()) {
        opts.seed = seed;
    }
    if let Some(n) = args.next().and_then(|s| s.parse().ok()) {
        opts.cases_per_country = n;
    }
    match serde_json::to_string_pretty(&generate(&opts)) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("cannot write the scenario: {e}");
            std::process::exit(1);
        }
    }
}
