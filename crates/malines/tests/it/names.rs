//! `malines names canon` and `malines names compare` on arbitrary CSV files.

use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_malines"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn canon_prints_forms_and_keys() {
    let o = run(
        &[
            "names",
            "canon",
            "Khalid Ben Abdelkader El Idrissi",
            "خالد الإدريسي",
        ],
        b"",
    );
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("canonical  khalid benabdkader idrissi"),
        "{text}"
    );
    assert!(text.contains("phonetic xalid"), "{text}");
    assert!(text.contains("(also abdkader)"), "{text}");
    assert!(text.contains("canonical  khald idrisi"), "{text}");
}

#[test]
fn compare_keeps_every_row_and_column_and_appends_a_score() {
    let input = "id,name_a,name_b,dob_a,dob_b,note\n\
                 1,Khalid El Idrissi,Jalid Idrisi,1990-04,1990-04-12,x\n\
                 2,,Someone,,,empty\n\
                 3,Mohamed Benali,Mohamed Bennani,,,\"a, quoted\"\n\
                 4,Ahmed,Ahmed,not a date,,bad dob\n\
                 5,short row\n";
    let dir = tempfile::tempdir().unwrap();
    let (inp, out) = (dir.path().join("pairs.csv"), dir.path().join("scored.csv"));
    std::fs::write(&inp, input).unwrap();
    let o = run(
        &[
            "names",
            "compare",
            "--in",
            inp.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
        b"",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("line 3: name_a is empty; no score"), "{err}");
    assert!(
        err.contains("line 5: dob_a 'not a date' is not a date"),
        "{err}"
    );
    assert!(err.contains("line 6: name_b is empty; no score"), "{err}");

    let mut rd = csv::Reader::from_path(&out).unwrap();
    let head: Vec<String> = rd.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        head,
        ["id", "name_a", "name_b", "dob_a", "dob_b", "note", "score"]
    );
    let rows: Vec<csv::StringRecord> = rd.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    let score = |i: usize| rows[i].get(6).unwrap().to_string();
    assert!(score(0).parse::<f32>().unwrap() > 0.9);
    assert_eq!(score(1), "");
    assert!(score(2).parse::<f32>().unwrap() < 0.3);
    assert_eq!(rows[2].get(5), Some("a, quoted"));
    assert!(
        !score(3).is_empty(),
        "a bad date is ignored, the names still score"
    );
    assert_eq!(score(4), "");
}

#[test]
fn compare_survives_non_utf8_and_reports_a_missing_column() {
    let mut input = b"name_a,name_b\nKhalid,".to_vec();
    input.extend_from_slice(b"\xff\xfe\n");
    let o = run(&["names", "compare", "--in", "-"], &input);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("name_b is not valid UTF-8; no score"));

    let o = run(&["names", "compare", "--in", "-"], b"first,second\na,b\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("the header must hold name_a and name_b"));

    // A refused input leaves an existing output file as it was.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("scored.csv");
    std::fs::write(&out, "keep me\n").unwrap();
    let o = run(
        &[
            "names",
            "compare",
            "--in",
            "-",
            "--out",
            out.to_str().unwrap(),
        ],
        b"first,second\n",
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me\n");
}
