//! Tells the browser tests where the shared reference vectors are: `$HOVER_SHARED` when set
//! (as `scripts/test.sh` accepts), else `../shared` beside the repository. The tests run in a
//! browser, so they take the vectors in at compile time.

fn main() {
    println!("cargo:rerun-if-env-changed=HOVER_SHARED");
    let dir = std::env::var("HOVER_SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").to_string());
    println!("cargo:rustc-env=HOVER_SHARED_DIR={dir}");
}
