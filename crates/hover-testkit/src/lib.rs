//! Test support shared by the crates' tests and benchmarks: starts a real ClickHouse server
//! (Debian's `clickhouse-server`, which the README's test command installs) on free loopback
//! ports with a temporary data folder, and stops it when dropped.
#![deny(missing_docs)]

mod cluster;
pub mod formats;
pub mod parsing;

pub use cluster::{ClickHouseCluster, ZooKeeper};

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A fresh folder under the system temp dir, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    /// A fresh folder named after `label` and this process.
    pub fn new(label: &str) -> Self {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("hover-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create temp dir");
        Self(path)
    }

    /// Its path.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A free TCP port on 127.0.0.1 (free when asked; the caller binds it soon after).
///
/// Taken below the kernel's ephemeral range, so an outgoing connection (which gets a port from
/// that range) cannot take it before the server binds it, and never the same port twice in
/// one process, so servers started in parallel by one test binary cannot collide.
pub fn free_port() -> u16 {
    static HANDED_OUT: Mutex<BTreeSet<u16>> = Mutex::new(BTreeSet::new());
    let ephemeral_start = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range")
        .ok()
        .and_then(|range| range.split_whitespace().next()?.parse::<u16>().ok())
        .unwrap_or(32768);
    let (low, high) = (10_000u16, ephemeral_start.max(11_000));
    // Start at a point that differs between processes, so test binaries and benches run one
    // after another do not all probe the same ports first.
    let span = u32::from(high - low);
    let seed = std::process::id().wrapping_mul(2_654_435_761)
        ^ std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|t| t.subsec_nanos()).unwrap_or(0);
    let mut handed_out = HANDED_OUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    for step in 0..span {
        let port = low + ((seed.wrapping_add(step.wrapping_mul(7919))) % span) as u16;
        if !handed_out.contains(&port) && TcpListener::bind(("127.0.0.1", port)).is_ok() {
            handed_out.insert(port);
            return port;
        }
    }
    panic!("no free loopback port between {low} and {high}");
}

fn server_binary() -> PathBuf {
    for candidate in ["/usr/bin/clickhouse-server", "/usr/sbin/clickhouse-server", "/usr/bin/clickhouse"] {
        if Path::new(candidate).exists() {
            return PathBuf::from(candidate);
        }
    }
    panic!("clickhouse-server is not installed: run ./scripts/test.sh, which installs it (apt-get install clickhouse-server)");
}

/// Spawns a prepared `hover serve --port 0 ...` command (stdout piped, stderr dropped) and
/// returns the process and its base URL, read from the "listening on ADDRESS" line it prints
/// first.
pub fn spawn_hover_serve(command: &mut Command) -> (Child, String) {
    let mut child = command.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("start hover serve");
    let mut first_line = String::new();
    BufReader::new(child.stdout.take().expect("piped stdout")).read_line(&mut first_line).expect("read stdout");
    let address = first_line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("hover serve did not start: {first_line:?}"))
        .to_string();
    (child, format!("http://{address}"))
}

/// CPU time (user + system) a process has used so far, from `/proc/PID/stat` (Linux).
pub fn process_cpu(pid: u32) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name (which may hold spaces) end at its closing parenthesis;
    // utime and stime are fields 14 and 15, in clock ticks of 1/100 s on Linux.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// A ClickHouse server of our own, on loopback.
pub struct ClickHouseServer {
    child: Option<Child>,
    /// The port of its HTTP interface.
    pub http_port: u16,
    /// The port of its native interface (what other servers of a cluster call).
    pub tcp_port: u16,
    dir: TempDir,
    /// XML added inside `<yandex>` (a cluster node's settings).
    extra_config: String,
}

impl ClickHouseServer {
    /// Starts a server and waits until it answers `/ping` (about 3 s).
    pub fn start() -> Self {
        // Another process may bind a port between our check and the server's bind: then
        // start again on other ports.
        const ATTEMPTS: usize = 3;
        for attempt in 1..=ATTEMPTS {
            let mut server = Self::prepare(free_port(), free_port(), String::new());
            server.spawn();
            match server.ready() {
                Ok(()) => return server,
                Err(error) if attempt < ATTEMPTS && error.contains("Address already in use") => continue,
                Err(error) => panic!("{error}"),
            }
        }
        unreachable!("the last attempt returns or panics")
    }

    /// A server with its configuration written, not started.
    fn prepare(http_port: u16, tcp_port: u16, extra_config: String) -> Self {
        let dir = TempDir::new("clickhouse");
        let server = Self { child: None, http_port, tcp_port, dir, extra_config };
        server.write_config();
        server
    }

    /// Its HTTP interface's URL.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.http_port)
    }

    /// The server's process id, while it runs.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    fn write_config(&self) {
        let root = self.dir.path().display();
        let config = format!(
            "<yandex>
  <logger><level>warning</level><log>{root}/server.log</log><errorlog>{root}/error.log</errorlog></logger>
  <http_port>{}</http_port>
  <tcp_port>{}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>{root}/data/</path>
  <tmp_path>{root}/tmp/</tmp_path>
  <user_files_path>{root}/user_files/</user_files_path>
  <format_schema_path>{root}/format_schemas/</format_schema_path>
  <mark_cache_size>268435456</mark_cache_size>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <users_config>{root}/users.xml</users_config>
{}
</yandex>
",
            self.http_port, self.tcp_port, self.extra_config
        );
        let users = "<yandex>
  <profiles><default></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
    <profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
";
        std::fs::write(self.dir.path().join("config.xml"), config).unwrap();
        std::fs::write(self.dir.path().join("users.xml"), users).unwrap();
    }

    fn launch(&mut self) {
        self.spawn();
        self.wait_ready();
    }

    fn spawn(&mut self) {
        let binary = server_binary();
        let mut command = Command::new(&binary);
        if binary.ends_with("clickhouse") {
            command.arg("server");
        }
        let child = command
            .arg(format!("--config-file={}", self.dir.path().join("config.xml").display()))
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start clickhouse-server");
        self.child = Some(child);
    }

    fn wait_ready(&mut self) {
        if let Err(error) = self.ready() {
            panic!("{error}");
        }
    }

    /// Waits until the spawned server answers `/ping`; why not, if it exits or times out.
    fn ready(&mut self) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if self.ping() {
                return Ok(());
            }
            if let Some(status) = self.child.as_mut().and_then(|c| c.try_wait().ok().flatten()) {
                self.child = None;
                let log = std::fs::read_to_string(self.dir.path().join("error.log")).unwrap_or_default();
                return Err(format!(
                    "clickhouse-server exited with {status}: {}",
                    log.lines().rev().take(5).collect::<Vec<_>>().join("\n")
                ));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err("clickhouse-server did not answer /ping within 60 s".to_string())
    }

    /// Does the server answer `GET /ping` with "Ok."?
    pub fn ping(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect(("127.0.0.1", self.http_port)) else { return false };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
        if stream.write_all(b"GET /ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").is_err() {
            return false;
        }
        let mut response = String::new();
        let _ = stream.read_to_string(&mut response);
        response.contains("Ok.")
    }

    /// Stops the server (SIGTERM, then SIGKILL after 20 s) and keeps its data folder.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
            let deadline = Instant::now() + Duration::from_secs(20);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same ports with the same data.
    pub fn restart(&mut self) {
        self.stop();
        self.launch();
    }

    /// Kills the server at once (SIGKILL), as a crash would; [`ClickHouseServer::restart`]
    /// brings it back.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Runs one SQL statement over HTTP; the answer's text, or the error ClickHouse gave.
    pub fn sql(&self, query: &str) -> Result<String, String> {
        http_post(self.http_port, "/", query)
    }
}

/// POSTs `body` to `path` on 127.0.0.1:`port` (HTTP/1.0); the body of a 200 answer, or the
/// status line and body of any other.
fn http_post(port: u16, path: &str, body: &str) -> Result<String, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(60))).map_err(|e| e.to_string())?;
    let request = format!("POST {path} HTTP/1.0\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    let mut response = String::new();
    stream.read_to_string(&mut response).map_err(|e| e.to_string())?;
    let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
    match head.lines().next().unwrap_or_default().contains(" 200 ") {
        true => Ok(body.to_string()),
        false => Err(format!("{}: {body}", head.lines().next().unwrap_or_default())),
    }
}

impl Drop for ClickHouseServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Synthetic load for the benchmarks: for line `i`, a well-mixed 64-bit value (for the
/// line's variable parts) and a Zipf-like choice among `kinds` (a few kinds are very
/// frequent, most are rare), as real template volumes are. Deterministic.
pub fn zipf_line(i: u64, kinds: u64) -> (u64, u64) {
    let mut x = i.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    x ^= x >> 29;
    let u = (x % 1_000_000) as f64 / 1_000_000.0;
    (x, ((kinds as f64).powf(u) as u64).min(kinds - 1))
}

/// The `p` quantile (0..=1) of the samples, sorting them in place.
pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p).round() as usize]
}

fn shared_dir() -> PathBuf {
    std::env::var_os("HOVER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared"))
}

/// The Loghub-2k datasets in `../shared/loghub-2k` (or `$HOVER_SHARED/loghub-2k`), with their
/// true events and templates, sorted by name.
pub fn loghub() -> Vec<parsing::Dataset> {
    parsing::read_loghub(&shared_dir().join("loghub-2k"))
}
