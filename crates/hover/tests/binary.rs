//! The binary starts and says what it is. (Its behaviour is tested end to end in the
//! top-level `tests/` package, which runs the binary cargo builds for this test.)

#[test]
fn prints_its_version_and_commit() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_hover")).arg("--version").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with(concat!("hover ", env!("CARGO_PKG_VERSION"))), "{text}");
}
