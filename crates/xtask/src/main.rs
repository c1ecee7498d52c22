//! `cargo xtask <task>`: the seed's developer tasks (`mage build`, `mage buildAll`, ...) as a
//! Rust program that needs nothing beyond this machine's registries. Each task shells out to
//! the same tools a developer would run by hand.

use clap::{Parser, Subcommand};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "Hover's developer tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Release build of the hover binary for this machine (target/release/hover).
    Build,
    /// Static binaries for every release platform, the wasm package, the Grafana panel plugin's
    /// zip and SHA-256 sums, in dist/.
    BuildAll {
        #[arg(long, default_value = "dist")]
        out: PathBuf,
        /// Build only these targets (Rust target triples); default: all.
        #[arg(long)]
        only: Vec<String>,
    },
    /// Check what can be checked here of dist/: static linking, --version, a served request.
    CheckRelease {
        #[arg(long, default_value = "dist")]
        out: PathBuf,
    },
    /// Copy the binaries in dist/ (or this machine's build) to a directory.
    Install {
        #[arg(default_value = "../grafana-hover-tracker-panel/bin/")]
        dir: PathBuf,
        #[arg(long, default_value = "dist")]
        from: PathBuf,
    },
    /// Remove build output: target/, dist/, pkg/, grafana-panel/dist/.
    Clean,
    /// Format everything and run the lints.
    Tidy,
    /// Run the server on fresh demo data (cargo run; rerun the task after a change).
    Dev,
    /// Look before installing Grafana: builds pkg/ and the panel, and serves the built panel
    /// beside a graph over the demo data (prints the page's address).
    Preview,
    /// Every test: ./scripts/test.sh.
    Test,
    /// A coverage report of the Rust tests (cargo-tarpaulin, installed when missing) in target/coverage/.
    TestCoverage,
}

/// A release platform.
struct Platform {
    /// The Rust target triple.
    target: &'static str,
    /// The file name in dist/.
    name: &'static str,
    /// Extra environment for its build.
    env: &'static [(&'static str, &'static str)],
    /// What `file` must say about the binary.
    file_says: &'static [&'static str],
}

const TARGETS: &[Platform] = &[
    Platform {
        target: "x86_64-unknown-linux-musl",
        name: "hover-linux-amd64",
        env: &[],
        file_says: &["ELF 64-bit", "x86-64", "static"],
    },
    Platform {
        target: "aarch64-unknown-linux-musl",
        name: "hover-linux-arm64",
        env: &[],
        file_says: &["ELF 64-bit", "ARM aarch64", "static"],
    },
    Platform {
        target: "x86_64-pc-windows-gnu",
        name: "hover-windows-amd64.exe",
        env: &[],
        file_says: &["PE32+ executable", "x86-64"],
    },
    Platform {
        target: "aarch64-pc-windows-gnullvm",
        name: "hover-windows-arm64.exe",
        env: &[],
        file_says: &["PE32+ executable", "Aarch64"],
    },
    Platform {
        target: "x86_64-apple-darwin",
        name: "hover-darwin-amd64",
        env: &[("MACOSX_DEPLOYMENT_TARGET", "10.12")],
        file_says: &["Mach-O 64-bit", "x86_64"],
    },
    Platform {
        target: "aarch64-apple-darwin",
        name: "hover-darwin-arm64",
        env: &[("MACOSX_DEPLOYMENT_TARGET", "11.0")],
        file_says: &["Mach-O 64-bit", "arm64"],
    },
];

type Result<T = ()> = std::result::Result<T, String>;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the repository root")
}

fn run(command: &mut Command) -> Result {
    eprintln!("+ {command:?}");
    let status = command.current_dir(root()).status().map_err(|e| format!("{command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed with {status}"))
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn have(program: &str, args: &[&str]) -> bool {
    Command::new(program).args(args).output().is_ok_and(|o| o.status.success())
}

/// cargo-zigbuild and zig (from the ziglang package on PyPI, in a venv in .tools/zig).
fn ensure_cross_tools(targets: &[&str]) -> Result<PathBuf> {
    let venv = root().join(".tools/zig");
    if !venv.join("bin/python").exists() || !have(venv.join("bin/python").to_str().unwrap(), &["-c", "import ziglang"])
    {
        run(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        run(Command::new(venv.join("bin/pip")).args(["install", "--quiet", "ziglang"]))?;
    }
    if !have("cargo-zigbuild", &["--version"]) {
        run(cargo().args(["install", "cargo-zigbuild", "--locked"]))?;
    }
    run(Command::new("rustup").args(["target", "add"]).args(targets))?;
    Ok(venv.join("bin"))
}

fn sha256(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect())
}

fn build_all(out: &Path, only: &[String]) -> Result {
    let chosen: Vec<&Platform> =
        TARGETS.iter().filter(|p| only.is_empty() || only.iter().any(|o| o == p.target)).collect();
    let zig_bin = ensure_cross_tools(&chosen.iter().map(|p| p.target).collect::<Vec<_>>())?;
    let out = root().join(out);
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    // cargo-zigbuild runs `python3 -m ziglang`: the venv's python3 comes first on PATH.
    let path = format!("{}:{}", zig_bin.display(), std::env::var("PATH").unwrap_or_default());
    let mut sums = String::new();
    for &Platform { target, name, env, .. } in chosen {
        run(cargo()
            .args(["zigbuild", "--release", "-p", "hover", "--target", target])
            .env("PATH", &path)
            // Release artifacts carry no debug info (the profile keeps line tables for profiling).
            .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
            .env("CARGO_PROFILE_RELEASE_STRIP", "symbols")
            .envs(env.iter().copied()))?;
        let exe = if target.contains("windows") { "hover.exe" } else { "hover" };
        let built = root().join("target").join(target).join("release").join(exe);
        let dest = out.join(name);
        std::fs::copy(&built, &dest).map_err(|e| format!("{}: {e}", built.display()))?;
        sums.push_str(&format!("{}  {name}\n", sha256(&dest)?));
    }
    // The wasm package, built the way the test command builds it.
    run(Command::new("bash")
        .args(["-c", "source scripts/setup.sh && ensure_wasm_tools && ensure_node_packages && build_wasm_package"]))?;
    let pkg = out.join("pkg");
    std::fs::create_dir_all(&pkg).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(root().join("pkg")).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        std::fs::copy(entry.path(), pkg.join(&name)).map_err(|e| e.to_string())?;
        sums.push_str(&format!("{}  pkg/{name}\n", sha256(&pkg.join(&name))?));
    }
    let zip = build_panel_zip(&out)?;
    sums.push_str(&format!("{}  {}\n", sha256(&out.join(&zip))?, zip));
    std::fs::write(out.join("SHA256SUMS"), sums).map_err(|e| e.to_string())?;
    eprintln!("built into {}", out.display());
    Ok(())
}

/// Builds pkg/ and the panel plugin (grafana-panel/dist/) as the test command does.
fn build_panel() -> Result {
    run(Command::new("bash").args([
        "-c",
        "source scripts/setup.sh && ensure_wasm_tools && ensure_node_packages && build_wasm_package \
         && ensure_panel_packages && npm run --silent --prefix grafana-panel build",
    ]))
}

/// The panel as Grafana installs plugins: a zip of the built `dist/` in a folder named after
/// the plugin id. Returns the zip's file name (in `out`).
fn build_panel_zip(out: &Path) -> Result<String> {
    build_panel()?;
    let panel = root().join("grafana-panel");
    let read = |script: &str| output(Command::new("node").arg("-p").arg(script).current_dir(&panel));
    let id = read("require('./src/plugin.json').id")?.trim().to_string();
    let version = read("require('./package.json').version")?.trim().to_string();
    let staging = std::env::temp_dir().join(format!("hover-panel-zip-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    std::fs::create_dir_all(&staging).map_err(|e| e.to_string())?;
    run(Command::new("cp").arg("-r").arg(panel.join("dist")).arg(staging.join(&id)))?;
    let zip = format!("{id}-{version}.zip");
    // Python's zipfile (python3 is on every machine this builds on) rather than another crate.
    let status = Command::new("python3")
        .args(["-m", "zipfile", "-c"])
        .arg(out.join(&zip))
        .arg(&id)
        .current_dir(&staging)
        .status()
        .map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&staging);
    if !status.success() {
        return Err(format!("zipping {zip} failed with {status}"));
    }
    Ok(zip)
}

fn output(command: &mut Command) -> Result<String> {
    let o = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    if !o.status.success() {
        return Err(format!("{command:?} failed: {}", String::from_utf8_lossy(&o.stderr)));
    }
    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
}

/// What can be checked on this machine: every binary is there, in its SHA256SUMS line, and of
/// its platform's format (`file`; the Linux ones static); the x86_64 Linux one runs --version
/// and answers /healthz; the aarch64 Linux one runs --version under qemu-user.
fn check_release(out: &Path) -> Result {
    let out = root().join(out);
    let sums = std::fs::read_to_string(out.join("SHA256SUMS")).map_err(|e| format!("SHA256SUMS: {e}"))?;
    for platform in TARGETS {
        let path = out.join(platform.name);
        let line = format!("{}  {}", sha256(&path)?, platform.name);
        if !sums.lines().any(|l| l == line) {
            return Err(format!("{} does not match SHA256SUMS", platform.name));
        }
        let description = output(Command::new("file").arg(&path))?;
        if let Some(missing) = platform.file_says.iter().find(|w| !description.contains(*w)) {
            return Err(format!("{}: `file` does not say {missing:?}: {description}", platform.name));
        }
        eprintln!("ok: {}", description.trim());
    }
    eprintln!("ok: {}", output(Command::new(out.join("hover-linux-amd64")).arg("--version"))?.trim());
    let data = std::env::temp_dir().join(format!("hover-check-{}", std::process::id()));
    let mut server = Command::new(out.join("hover-linux-amd64"))
        .args(["serve", "--port", "0", "--data"])
        .arg(data.join("hover.db"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(server.stdout.take().unwrap()), &mut line)
        .map_err(|e| e.to_string())?;
    let address = line.trim().trim_start_matches("listening on ").to_string();
    let health = output(Command::new("curl").args(["-sf", &format!("http://{address}/healthz")]));
    let _ = server.kill();
    let _ = std::fs::remove_dir_all(&data);
    eprintln!("ok: /healthz answered {}", health?.trim());
    if !have("qemu-aarch64", &["--version"]) {
        run(Command::new("bash").args(["-c", "source scripts/setup.sh && ensure_apt_packages qemu-user"]))?;
    }
    eprintln!(
        "ok (qemu-aarch64): {}",
        output(Command::new("qemu-aarch64").arg(out.join("hover-linux-arm64")).arg("--version"))?.trim()
    );
    eprintln!("not run here: the Windows and macOS binaries (no wine that starts current Rust .exe files, no macOS)");
    Ok(())
}

fn install(dir: &Path, from: &Path) -> Result {
    let from = root().join(from);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let names: Vec<&str> = TARGETS.iter().map(|p| p.name).filter(|n| from.join(n).exists()).collect();
    if names.is_empty() {
        // Nothing cross-built: install this machine's build.
        run(cargo().args(["build", "--release", "-p", "hover"]))?;
        std::fs::copy(root().join("target/release/hover"), dir.join("hover")).map_err(|e| e.to_string())?;
        eprintln!("installed hover into {}", dir.display());
        return Ok(());
    }
    for name in names {
        std::fs::copy(from.join(name), dir.join(name)).map_err(|e| e.to_string())?;
        eprintln!("installed {name} into {}", dir.display());
    }
    Ok(())
}

fn main() -> ExitCode {
    let outcome = match Cli::parse().task {
        Task::Build => run(cargo().args(["build", "--release", "-p", "hover"])),
        Task::BuildAll { out, only } => build_all(&out, &only),
        Task::CheckRelease { out } => check_release(&out),
        Task::Install { dir, from } => install(&dir, &from),
        Task::Clean => run(cargo().arg("clean")).map(|()| {
            for dir in ["dist", "pkg", "grafana-panel/dist"] {
                let _ = std::fs::remove_dir_all(root().join(dir));
            }
        }),
        Task::Tidy => run(cargo().args(["fmt", "--all"]))
            .and_then(|()| run(cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))),
        Task::Dev => run(cargo().args(["run", "--release", "-p", "hover", "--", "serve", "--demo"])),
        Task::Preview => run(cargo().args(["build", "--release", "-p", "hover"]))
            .and_then(|()| build_panel())
            .and_then(|()| run(Command::new("npm").args(["run", "--silent", "--prefix", "grafana-panel", "harness"]))),
        Task::Test => run(&mut Command::new("./scripts/test.sh")),
        Task::TestCoverage => {
            // cargo-tarpaulin reads LLVM's coverage profiles itself, so it needs no rustup
            // component beside cargo (cargo-llvm-cov needs llvm-tools). Its LLVM engine, not ptrace:
            // the tests start ClickHouse and Python (chDB), which ptrace cannot follow. The
            // `hover` processes the tests start are instrumented too and write their profiles
            // when they exit.
            let setup = if have("cargo-tarpaulin", &["tarpaulin", "--version"]) {
                Ok(())
            } else {
                run(cargo().args(["install", "cargo-tarpaulin", "--locked"]))
            };
            setup.and_then(|()| {
                run(cargo().args([
                    "tarpaulin",
                    "--workspace",
                    "--exclude",
                    "xtask",
                    "--engine",
                    "llvm",
                    "--skip-clean",
                    "--timeout",
                    "900",
                    "--target-dir",
                    "target/coverage-build",
                    // Benches, test support and the wasm bindings (tested in browsers by
                    // wasm-pack, which this report does not see) are not product code here.
                    "--exclude-files",
                    "crates/*/benches/*",
                    "--exclude-files",
                    "crates/hover-testkit/*",
                    "--exclude-files",
                    "crates/hover-wasm/*",
                    "--out",
                    "Html",
                    "--out",
                    "Json",
                    "--output-dir",
                    "target/coverage",
                ]))
            })
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
