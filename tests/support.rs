//! Hover's end-to-end tests: the real `hover` binary over real HTTP and on the command line,
//! against the embedded store and a real ClickHouse server. This library holds what the
//! test files share: the binary, a server process, HTTP answers, times.
//!
//! The binary is the one cargo builds beside these tests (`target/<profile>/hover`): cargo
//! builds it for the `hover` package's own integration test, so run these tests with it:
//! `cargo test -p hover -p hover-e2e` (the workspace's `cargo test` does).

use hover_testkit::{spawn_hover_serve, TempDir};
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Child, Command, Output};
use std::time::Duration;

/// `target/<profile>/hover`, next to the `deps/` folder this test runs from.
pub fn hover_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("the test's own path");
    let profile_dir = exe.parent().and_then(|deps| deps.parent()).expect("target/<profile>/deps/<test>");
    let bin = profile_dir.join(format!("hover{}", std::env::consts::EXE_SUFFIX));
    let built = std::fs::metadata(&bin).and_then(|m| m.modified()).unwrap_or_else(|_| {
        panic!(
            "{} is not built: run these tests with `cargo test -p hover -p hover-e2e`, which builds it",
            bin.display()
        )
    });
    let sources = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates");
    if let Some(newer) = newest_source(&sources).filter(|(at, _)| *at > built) {
        panic!("{} is older than {}: rebuild it (`cargo build --release -p hover`)", bin.display(), newer.1.display());
    }
    bin
}

/// The most recently changed `.rs` file below `dir`.
fn newest_source(dir: &std::path::Path) -> Option<(std::time::SystemTime, PathBuf)> {
    let mut newest: Option<(std::time::SystemTime, PathBuf)> = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        let found = if path.is_dir() {
            newest_source(&path)
        } else if path.extension().is_some_and(|e| e == "rs") {
            entry.metadata().and_then(|m| m.modified()).ok().map(|at| (at, path))
        } else {
            None
        };
        if let Some(found) = found.filter(|f| newest.as_ref().is_none_or(|n| f.0 > n.0)) {
            newest = Some(found);
        }
    }
    newest
}

pub fn hover(args: &[&str]) -> Output {
    Command::new(hover_bin()).args(args).output().unwrap()
}

/// Writes `bytes` to a file named `name` in `dir` and returns its path.
pub fn write(dir: &TempDir, name: &str, bytes: &[u8]) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

/// A `hover serve` process on a free port, with its own data folder; stopped when dropped.
pub struct Server {
    child: Child,
    pub base: String,
    pub dir: TempDir,
    agent: ureq::Agent,
}

/// An HTTP answer: status and body parsed as JSON (or the text as a JSON string).
pub struct Answer {
    pub status: u16,
    pub body: Value,
    pub content_type: String,
    /// The body's bytes as received (for protobuf answers).
    pub raw: Vec<u8>,
}

impl Server {
    /// Starts `hover serve --port 0 <args>` with `config` (TOML) as its config file.
    pub fn start(args: &[&str], config: &str) -> Self {
        Self::start_in(TempDir::new("server"), args, config)
    }

    /// The same, in a folder the caller prepared (its `hover.db` is the embedded store).
    pub fn start_in(dir: TempDir, args: &[&str], config: &str) -> Self {
        let config_path = dir.path().join("config.toml");
        std::fs::write(&config_path, config).unwrap();
        let data = dir.path().join("hover.db");
        let (child, base) = spawn_hover_serve(
            Command::new(hover_bin())
                .arg("serve")
                .args(["--port", "0", "--config"])
                .arg(&config_path)
                .arg("--data")
                .arg(&data)
                .args(args)
                .current_dir(dir.path()),
        );
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        Self { child, base, dir, agent }
    }

    fn answer(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
        let mut response = response.expect("an HTTP answer");
        let status = response.status().as_u16();
        let content_type =
            response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        let raw = response.body_mut().read_to_vec().unwrap_or_default();
        let body =
            serde_json::from_slice(&raw).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&raw).into_owned()));
        Answer { status, body, content_type, raw }
    }

    pub fn post(&self, path: &str, body: &str, token: Option<&str>) -> Answer {
        let mut request = self.agent.post(format!("{}{path}", self.base)).header("content-type", "application/json");
        if let Some(t) = token {
            request = request.header("authorization", format!("Bearer {t}"));
        }
        Self::answer(request.send(body))
    }

    pub fn agent_post_with_type(&self, path: &str, content_type: &str, body: &[u8]) -> Answer {
        self.post_with_headers(path, &[("content-type", content_type)], body)
    }

    /// A POST with these headers and raw body bytes.
    pub fn post_with_headers(&self, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
        let mut request = self.agent.post(format!("{}{path}", self.base));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Self::answer(request.send(body))
    }

    pub fn post_json(&self, path: &str, body: &Value, token: Option<&str>) -> Answer {
        self.post(path, &body.to_string(), token)
    }

    pub fn put_json(&self, path: &str, body: &Value, token: Option<&str>) -> Answer {
        let mut request = self.agent.put(format!("{}{path}", self.base));
        if let Some(t) = token {
            request = request.header("authorization", format!("Bearer {t}"));
        }
        Self::answer(request.send(body.to_string().as_str()))
    }

    pub fn delete_json(&self, path: &str, body: &Value, token: Option<&str>) -> Answer {
        let mut request = self.agent.delete(format!("{}{path}", self.base)).force_send_body();
        if let Some(t) = token {
            request = request.header("authorization", format!("Bearer {t}"));
        }
        Self::answer(request.send(body.to_string().as_str()))
    }

    pub fn get(&self, path: &str, token: Option<&str>) -> Answer {
        let mut request = self.agent.get(format!("{}{path}", self.base));
        if let Some(t) = token {
            request = request.header("authorization", format!("Bearer {t}"));
        }
        Self::answer(request.call())
    }

    /// SIGTERM, then the exit status (the server finishes what is in flight first).
    /// Kills the process at once (SIGKILL), as a crash would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn terminate(&mut self) -> std::process::ExitStatus {
        self.stop().expect("hover serve did not stop within 10 s of SIGTERM")
    }

    /// SIGTERM and up to 10 s for the process to exit.
    fn stop(&mut self) -> Option<std::process::ExitStatus> {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        for _ in 0..200 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        None
    }
}

impl Drop for Server {
    /// Stops the server the way an operator would, so it exits normally (and a build
    /// instrumented for coverage writes its profile); SIGKILL only if that takes too long.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) && self.stop().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// RFC 3339 text for `ms` since the epoch (UTC, whole seconds).
pub fn rfc3339(ms: i64) -> String {
    let time = std::time::UNIX_EPOCH + Duration::from_millis(ms as u64);
    humantime::format_rfc3339_seconds(time).to_string()
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64
}
