//! `malines secret new`, `malines encode` and `malines link`, driven as a user would.

use std::path::Path;

use crate::cli::{assert_fails, malines, stderr};

const LEFT: &str = "\
id,given,family,dob
a1,Khalid,El Amrani,1987-03-12
a2,Amina,Tazi,19900517
a3,Sophie,Martin,1979-11-02
a4,محمد,بن علي,1985
";

const RIGHT: &str = "\
ref,prenom,nom,naissance
b1,Jalid,Elamrani,1987-03-12
b2,Amina,Tazi,1990-05-17
b3,Mohamed,Benali,1985-07-04
b4,Pedro,García,1970-12-08
";

const LEFT_COLS: &str = "id=id,given=given,family=family,dob=dob";
const RIGHT_COLS: &str = "id=ref,given=prenom,family=nom,dob=naissance";

/// `malines encode` of the clear file `input` under the secret file `key` into `out`.
fn encode(dir: &Path, input: &str, columns: &str, key: &str, out: &str) -> std::process::Output {
    malines(
        dir,
        &[
            "encode",
            "--input",
            input,
            "--columns",
            columns,
            "--secret",
            key,
            "--out",
            out,
        ],
    )
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn pairs(path: &str) -> Vec<(String, String)> {
    let mut r = csv::Reader::from_path(path).unwrap();
    assert_eq!(
        r.headers().unwrap().iter().take(3).collect::<Vec<_>>(),
        ["left_id", "right_id", "score"]
    );
    r.records()
        .map(|x| {
            let x = x.unwrap();
            (x[0].to_string(), x[1].to_string())
        })
        .collect()
}

fn expected() -> Vec<(String, String)> {
    [("a1", "b1"), ("a2", "b2"), ("a4", "b3")]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn two_party_flow_links_without_clear_data_at_the_linking_side() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (left, right) = (write(d, "l.csv", LEFT), write(d, "r.csv", RIGHT));
    let key = d.join("key.json").to_str().unwrap().to_string();
    let o = malines(d, &["secret", "new", &key]);
    assert!(o.status.success(), "{}", stderr(&o));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A secret is never overwritten.
    assert_fails(
        &malines(d, &["secret", "new", &key]),
        2,
        "never overwritten",
    );

    let (le, re) = (
        d.join("l.enc.csv").to_str().unwrap().to_string(),
        d.join("r.enc.csv").to_str().unwrap().to_string(),
    );
    for (input, cols, out) in [(&left, LEFT_COLS, &le), (&right, RIGHT_COLS, &re)] {
        let o = encode(d, input, cols, &key, out);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    // The encoded files hold ids and encodings, nothing of the clear data.
    for f in [&le, &re] {
        let text = std::fs::read_to_string(f).unwrap();
        assert!(text.starts_with("id,version,epoch,filter,dob,blocks\n"));
        // (Four digits alone could occur in hexadecimal by chance: whole dates are checked.)
        for clear in [
            "Khalid",
            "Amrani",
            "Jalid",
            "Amina",
            "Tazi",
            "Sophie",
            "Martin",
            "محمد",
            "بن علي",
            "Mohamed",
            "Benali",
            "García",
            "1987-03-12",
            "19900517",
            "1990-05-17",
            "1979-11-02",
            "1985-07-04",
            "1970-12-08",
        ] {
            assert!(!text.contains(clear), "{f} holds {clear}");
        }
    }
    let links = d.join("links.csv").to_str().unwrap().to_string();
    let o = malines(
        d,
        &[
            "link",
            "--encoded",
            "--left",
            &le,
            "--right",
            &re,
            "--out",
            &links,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(pairs(&links), expected());

    // The same files in clear give the same pairs.
    let clear = d.join("clear.csv").to_str().unwrap().to_string();
    let both = "id=id,given=given,family=family,dob=dob";
    let right_same_cols = write(
        d,
        "r2.csv",
        &RIGHT.replacen("ref,prenom,nom,naissance", "id,given,family,dob", 1),
    );
    let o = malines(
        d,
        &[
            "link",
            "--left",
            &left,
            "--right",
            &right_same_cols,
            "--columns",
            both,
            "--out",
            &clear,
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(pairs(&clear), expected());
}

#[test]
fn encodings_of_different_secrets_are_not_compared() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let left = write(d, "l.csv", LEFT);
    let mut encoded = Vec::new();
    for epoch in ["1", "2"] {
        let key = d
            .join(format!("k{epoch}.json"))
            .to_str()
            .unwrap()
            .to_string();
        let out = d
            .join(format!("e{epoch}.csv"))
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            malines(d, &["secret", "new", &key, "--epoch", epoch])
                .status
                .success()
        );
        let o = encode(d, &left, LEFT_COLS, &key, &out);
        assert!(o.status.success(), "{}", stderr(&o));
        encoded.push(out);
    }
    let links = d.join("links.csv").to_str().unwrap().to_string();
    let link_with = |right: &str| {
        malines(
            d,
            &[
                "link",
                "--encoded",
                "--left",
                &encoded[0],
                "--right",
                right,
                "--out",
                &links,
            ],
        )
    };
    assert_fails(&link_with(&encoded[1]), 2, "different epochs (1 and 2)");
    assert!(!Path::new(&links).exists());

    // New secrets encode with version 2; a secret file of version 1 keeps encoding as
    // version 1, and the two are not compared either, even in the same epoch.
    let v2 = std::fs::read_to_string(&encoded[0]).unwrap();
    assert!(v2.lines().skip(1).all(|l| l.contains(",v2,1,")), "{v2}");
    let old_key = d.join("old.json");
    std::fs::write(
        &old_key,
        format!(
            r#"{{"version": "v1", "epoch": 1, "key": "{}"}}"#,
            "ab".repeat(32)
        ),
    )
    .unwrap();
    let old = d.join("old.csv").to_str().unwrap().to_string();
    let o = encode(d, &left, LEFT_COLS, old_key.to_str().unwrap(), &old);
    assert!(o.status.success(), "{}", stderr(&o));
    let v1 = std::fs::read_to_string(&old).unwrap();
    assert!(v1.lines().skip(1).all(|l| l.contains(",v1,1,")), "{v1}");
    assert_fails(
        &link_with(&old),
        2,
        "different encoding versions (v2 and v1)",
    );
    assert!(!Path::new(&links).exists());
}

#[test]
fn bad_rows_stop_the_run_or_are_skipped_and_always_reported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let bad = write(
        d,
        "bad.csv",
        "id,given,family,dob\nx1,Khalid,El Amrani,1987-02-30\n,Amina,Tazi,1990\nx3,,,1980\nx1,Karim,Bennani,\nx5,Sophie,Martin,1979-11-02\n",
    );
    let right = write(
        d,
        "r.csv",
        "id,given,family,dob\ny1,Sophie,Martin,1979-11-02\n",
    );
    let links = d.join("links.csv").to_str().unwrap().to_string();
    let args = |mode: &'static str| {
        vec![
            "link".to_string(),
            "--left".into(),
            bad.clone(),
            "--right".into(),
            right.clone(),
            "--columns".into(),
            LEFT_COLS.into(),
            "--out".into(),
            links.clone(),
            "--bad-rows".into(),
            mode.into(),
        ]
    };
    let run = |mode| {
        let a = args(mode);
        malines(d, &a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let o = run("fail");
    assert_fails(&o, 3, "4 bad row(s); nothing written");
    let err = stderr(&o);
    for line in [
        "line 2: dob: `1987-02-30` is not a date",
        "line 3: id: empty id",
        "line 4: given, family: no name",
        "line 5: id: `x1` appears twice",
    ] {
        assert!(err.contains(line), "{line}\n{err}");
    }
    assert!(!Path::new(&links).exists(), "nothing written");
    let o = run("skip");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("4 bad row(s) skipped"));
    assert_eq!(pairs(&links), vec![("x5".to_string(), "y1".to_string())]);
}

#[test]
fn usage_errors_name_the_option() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let left = write(d, "l.csv", LEFT);
    let out = d.join("o.csv").to_str().unwrap().to_string();
    // `malines link --left LEFT --out OUT` followed by each case's own arguments.
    let run = |rest: &[&str]| {
        let mut args = vec!["link", "--left", &left, "--out", &out];
        args.extend_from_slice(rest);
        malines(d, &args)
    };
    for (rest, message) in [
        (
            &["--columns", "id=id,given=prenom", "--dedup"][..],
            "--columns: `prenom` is not a column of",
        ),
        (
            &["--right", &left, "--dedup", "--columns", LEFT_COLS][..],
            "--dedup links --left with itself",
        ),
        (
            &["--right", &left, "--columns", "given=given"][..],
            "no id=COLUMN",
        ),
        (
            &["--right", &left, "--columns", LEFT_COLS, "--threshold", "2"][..],
            "--threshold: 2 is not between 0 and 1",
        ),
    ] {
        assert_fails(&run(rest), 2, message);
    }
    let o = run(&["--dedup", "--columns", LEFT_COLS]);
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn an_output_that_is_not_a_regular_file_is_refused_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let left = write(d, "l.csv", LEFT);
    let key = d.join("k.json").to_str().unwrap().to_string();
    assert!(malines(d, &["secret", "new", &key]).status.success());
    // A named pipe stands for /dev/null or a device: the file written whole and renamed onto
    // it would replace it.
    let pipe = d.join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .unwrap();
    assert!(made.success());
    let pipe = pipe.to_str().unwrap().to_string();
    assert_fails(&encode(d, &left, LEFT_COLS, &key, &pipe), 2, "--out: ");
    let o = malines(
        d,
        &[
            "link",
            "--left",
            &left,
            "--dedup",
            "--columns",
            LEFT_COLS,
            "--out",
            &pipe,
        ],
    );
    assert_fails(&o, 2, "exists and is not a regular file");
    let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
    assert!(kind.is_fifo(), "the pipe was replaced: {kind:?}");
}
