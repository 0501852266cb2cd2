//! The `malines` binary, driven as a user would: real files, real database, exit codes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common;

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

/// `malines` with a private data folder and no `MALINES_*` settings from the caller.
pub(crate) fn malines(data_dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_malines"));
    for (k, _) in std::env::vars() {
        if k.starts_with("MALINES_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", data_dir)
        .env("MALINES_DATA_DIR", data_dir)
        .args(args)
        .output()
        .unwrap()
}

pub(crate) fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub(crate) fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The command failed with `code` and its message holds `text`.
pub(crate) fn assert_fails(o: &Output, code: i32, text: &str) {
    assert_eq!(o.status.code(), Some(code), "{}", stderr(o));
    assert!(stderr(o).contains(text), "{}", stderr(o));
}

/// Everything the database holds, as the CLI shows it.
fn dump(dir: &Path, db: &[&str]) -> String {
    let mut args = db.to_vec();
    args.extend(["--authority", "BE-FED", "cases", "list", "--json"]);
    let list = malines(dir, &args);
    assert!(list.status.success(), "{}", stderr(&list));
    let mut out = stdout(&list);
    let parsed: serde_json::Value = serde_json::from_str(&out).unwrap();
    for c in parsed.as_array().unwrap() {
        let r = c["reference"].as_str().unwrap();
        let mut args = db.to_vec();
        args.extend(["--authority", "BE-FED", "cases", "show", r, "--json"]);
        let show = malines(dir, &args);
        assert!(show.status.success(), "{}", stderr(&show));
        out.push_str(&stdout(&show));
    }
    out
}

/// Database flags for each backend the suite runs on: the default SQLite file, and a fresh
/// PostgreSQL schema when `MALINES_TEST_DATABASE_URL` is set.
async fn backends() -> Vec<(Vec<String>, Option<common::TestDb>)> {
    let mut v = vec![(Vec::new(), None)];
    if let Some(db) = common::postgres().await {
        v.push((vec!["--db".to_string(), db.url.clone()], Some(db)));
    }
    v
}

#[tokio::test]
async fn importing_the_example_twice_gives_the_same_database() {
    for (db_args, db) in backends().await {
        let db_args: Vec<&str> = db_args.iter().map(String::as_str).collect();
        let dir = tempfile::tempdir().unwrap();
        let file = examples().join("cases.csv");
        let mut args = db_args.clone();
        args.extend(["--authority", "BE-FED", "import", file.to_str().unwrap()]);

        let first = malines(dir.path(), &args);
        assert!(first.status.success(), "{}", stderr(&first));
        assert!(
            stdout(&first)
                .contains("3 cases imported for BE-FED (3 created, 0 updated, 0 unchanged)"),
            "{}",
            stdout(&first)
        );
        let before = dump(dir.path(), &db_args);

        let second = malines(dir.path(), &args);
        assert!(second.status.success(), "{}", stderr(&second));
        assert!(
            stdout(&second).contains("(0 created, 0 updated, 3 unchanged)"),
            "{}",
            stdout(&second)
        );
        assert_eq!(dump(dir.path(), &db_args), before);
        if let Some(db) = db {
            db.cleanup().await;
        }
    }
}

#[test]
fn the_json_example_imports_with_normalised_identifiers() {
    let dir = tempfile::tempdir().unwrap();
    let file = examples().join("cases.json");
    let o = malines(
        dir.path(),
        &["--authority", "BE-FED", "import", file.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = malines(
        dir.path(),
        &["--authority", "BE-FED", "cases", "show", "BE-FED-2025-0003"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("+32486554433"), "{text}");
    assert!(text.contains("MA:national_id:JB123456"), "{text}");
    assert!(
        text.contains("telegram:fictif_souleymane_exemple"),
        "{text}"
    );
    assert!(text.contains("نور الدين آيت باها"), "{text}");
    assert!(text.contains("[not shared]"), "{text}");
}

#[test]
fn a_file_with_bad_rows_writes_nothing_and_names_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let bad = examples().join("bad-cases.csv");
    let o = malines(
        dir.path(),
        &["--authority", "BE-FED", "import", bad.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("import refused, nothing was written. 3 problems:"),
        "{err}"
    );
    assert!(
        err.contains("line 2: opened_on: '2023-02-30' is not a date: February 2023 has no day 30"),
        "{err}"
    );
    assert!(err.contains("line 4: value: "), "{err}");
    assert!(err.contains("line 5: value: "), "{err}");
    assert!(
        err.contains("line 5: value: fails its IBAN mod-97 check"),
        "{err}"
    );
    assert!(
        err.contains("line 4: value: is not a valid number for region BE"),
        "{err}"
    );

    // Good cases in the same file are not written either.
    let good = std::fs::read_to_string(examples().join("cases.csv")).unwrap();
    let mixed = dir.path().join("mixed.csv");
    let bad_row =
        "identifier,BE-FED-2024-0012,,,,,,,,,,,,,,,,,,,,,,P1,iban,BE00 0000 0000 0000,,,,\n";
    std::fs::write(&mixed, format!("{good}{bad_row}")).unwrap();
    let o = malines(
        dir.path(),
        &["--authority", "BE-FED", "import", mixed.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("line 21: value: "), "{}", stderr(&o));
    let o = malines(dir.path(), &["--authority", "BE-FED", "cases", "list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "No case for BE-FED.\n");
}

#[test]
fn dry_run_checks_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let file = examples().join("cases.csv");
    let o = malines(
        dir.path(),
        &[
            "--authority",
            "BE-FED",
            "import",
            "--dry-run",
            file.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("3 cases, all valid (dry run: nothing written)"));
    assert!(!dir.path().join("malines.sqlite").exists());
}

#[test]
fn the_list_shows_cases_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let file = examples().join("cases.csv");
    assert!(
        malines(
            dir.path(),
            &["--authority", "BE-FED", "import", file.to_str().unwrap()]
        )
        .status
        .success()
    );
    let o = malines(dir.path(), &["--authority", "BE-FED", "cases", "list"]);
    let text = stdout(&o);
    assert!(text.starts_with("REFERENCE"), "{text}");
    assert!(
        text.contains("BE-FED-2023-0457  Financement par crypto-actifs"),
        "{text}"
    );
    assert!(text.ends_with("3 cases for BE-FED\n"), "{text}");
    let o = malines(
        dir.path(),
        &[
            "--authority",
            "BE-FED",
            "cases",
            "list",
            "--stage",
            "final judgment",
        ],
    );
    assert!(stdout(&o).contains("1 cases for BE-FED"), "{}", stdout(&o));
    let o = malines(
        dir.path(),
        &[
            "--authority",
            "BE-FED",
            "cases",
            "list",
            "--stage",
            "appeal",
        ],
    );
    assert_fails(&o, 2, "--stage: 'appeal' is not a known stage");
}

#[test]
fn usage_errors_name_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let o = malines(dir.path(), &["cases", "list"]);
    assert_fails(&o, 2, "authority: not set");

    let o = malines(dir.path(), &["--authority", "Belgique", "cases", "list"]);
    assert_fails(&o, 2, "authority: must look like CC-NAME");

    let o = malines(
        dir.path(),
        &["--authority", "BE-FED", "cases", "show", "NOPE-1"],
    );
    assert_fails(&o, 4, "case NOPE-1 not found at BE-FED");

    let cfg = dir.path().join("bad.toml");
    std::fs::write(
        &cfg,
        "authority = \"BE-FED\"\ndatabse_url = \"sqlite://x\"\n",
    )
    .unwrap();
    let o = malines(
        dir.path(),
        &["--config", cfg.to_str().unwrap(), "cases", "list"],
    );
    assert_fails(&o, 2, "unknown field `databse_url`");
}

#[test]
fn the_configuration_layers_and_hides_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("malines.toml");
    std::fs::write(
        &cfg,
        "authority = \"ES-AN\"\ndatabase_url = \"postgres://malines:s3cret@db.example/malines\"\n",
    )
    .unwrap();
    let o = malines(dir.path(), &["--config", cfg.to_str().unwrap(), "config"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("authority = \"ES-AN\""), "{text}");
    assert!(
        text.contains("postgres://malines:***@db.example/malines"),
        "{text}"
    );
    assert!(!text.contains("s3cret"), "{text}");
    // A flag beats the file.
    let o = malines(
        dir.path(),
        &[
            "--config",
            cfg.to_str().unwrap(),
            "--authority",
            "MA-PGR",
            "config",
        ],
    );
    assert!(
        stdout(&o).contains("authority = \"MA-PGR\""),
        "{}",
        stdout(&o)
    );
}

#[test]
fn the_example_config_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../malines.example.toml");
    let o = malines(dir.path(), &["--config", cfg.to_str().unwrap(), "config"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("authority = \"BE-FED\""),
        "{}",
        stdout(&o)
    );
}
