//! A replicated, sharded ClickHouse cluster of our own on loopback: Debian's ZooKeeper and
//! four `clickhouse-server` processes, 2 shards × 2 replicas (the recipe in
//! `../shared/clickhouse-cluster-notes.md`). Up in a few seconds, about 0.5 GB.

use super::{free_port, ClickHouseServer, TempDir};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A standalone ZooKeeper server (Debian's package, run with Java directly: its scripts
/// insist on /etc/zookeeper).
pub struct ZooKeeper {
    child: Option<Child>,
    /// Its client port.
    pub port: u16,
    dir: TempDir,
}

impl ZooKeeper {
    /// Starts it and waits until it answers `ruok` with `imok`.
    pub fn start() -> Self {
        let dir = TempDir::new("zookeeper");
        let port = free_port();
        let root = dir.path().display();
        std::fs::create_dir_all(dir.path().join("data")).unwrap();
        let config = format!(
            "tickTime=2000\ndataDir={root}/data\nclientPort={port}\nclientPortAddress=127.0.0.1\nmaxClientCnxns=0\n\
             admin.enableServer=false\n4lw.commands.whitelist=ruok,srvr,mntr\n"
        );
        std::fs::write(dir.path().join("zoo.cfg"), config).unwrap();
        let log = format!(
            "log4j.rootLogger=WARN, file\nlog4j.appender.file=org.apache.log4j.FileAppender\n\
             log4j.appender.file.File={root}/zookeeper.log\nlog4j.appender.file.layout=org.apache.log4j.PatternLayout\n\
             log4j.appender.file.layout.ConversionPattern=%d %p %c: %m%n\n"
        );
        std::fs::write(dir.path().join("log4j.properties"), log).unwrap();
        let mut zookeeper = Self { child: None, port, dir };
        zookeeper.launch();
        zookeeper
    }

    fn launch(&mut self) {
        let jar = Path::new("/usr/share/java/zookeeper.jar");
        assert!(jar.exists(), "ZooKeeper is not installed: run ./scripts/test.sh (apt-get install zookeeper)");
        let classpath = "/usr/share/java/zookeeper.jar:/usr/share/java/slf4j-log4j12.jar:/usr/share/java/log4j-1.2.jar";
        let child = Command::new("java")
            // No /tmp/hsperfdata_* file: a JVM killed by the fault tests would leave it behind.
            .args(["-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:-UsePerfData"])
            .arg(format!("-Dlog4j.configuration=file:{}", self.dir.path().join("log4j.properties").display()))
            .args(["-cp", classpath, "org.apache.zookeeper.server.quorum.QuorumPeerMain"])
            .arg(self.dir.path().join("zoo.cfg"))
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start ZooKeeper (java)");
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if self.four_letters("ruok").as_deref() == Some("imok") {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("ZooKeeper did not answer ruok within 60 s");
    }

    fn four_letters(&self, word: &str) -> Option<String> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        stream.set_read_timeout(Some(Duration::from_secs(2))).ok()?;
        stream.write_all(word.as_bytes()).ok()?;
        let mut answer = String::new();
        stream.read_to_string(&mut answer).ok()?;
        Some(answer)
    }

    /// Stops it (SIGKILL: its data is throwaway, and a crash is what fault tests want).
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again on the same port with the same data.
    pub fn restart(&mut self) {
        self.stop();
        self.launch();
    }
}

impl Drop for ZooKeeper {
    fn drop(&mut self) {
        self.stop();
    }
}

/// 2 shards × 2 replicas of `clickhouse-server` and their ZooKeeper, on loopback. Node `i`
/// is replica `i % 2` of shard `i / 2`.
pub struct ClickHouseCluster {
    /// The four servers, shard by shard.
    pub nodes: Vec<ClickHouseServer>,
    /// Their ZooKeeper.
    pub zookeeper: ZooKeeper,
}

impl ClickHouseCluster {
    /// The cluster's name in the servers' `remote_servers`.
    pub const NAME: &'static str = "hover_cluster";
    /// Shards in the cluster.
    pub const SHARDS: usize = 2;
    /// Replicas of each shard.
    pub const REPLICAS: usize = 2;

    /// Starts ZooKeeper and the four servers (in parallel) and waits until all answer.
    pub fn start() -> Self {
        let zookeeper = ZooKeeper::start();
        let count = Self::SHARDS * Self::REPLICAS;
        let ports: Vec<(u16, u16, u16)> = (0..count).map(|_| (free_port(), free_port(), free_port())).collect();
        let replica =
            |(_, tcp, _): &(u16, u16, u16)| format!("<replica><host>127.0.0.1</host><port>{tcp}</port></replica>");
        let shards: String = ports
            .chunks(Self::REPLICAS)
            .map(|replicas| {
                let replicas: String = replicas.iter().map(replica).collect();
                format!("<shard><internal_replication>true</internal_replication>{replicas}</shard>")
            })
            .collect();
        let mut nodes: Vec<ClickHouseServer> = ports
            .iter()
            .enumerate()
            .map(|(i, &(http, tcp, interserver))| {
                let extra = format!(
                    "  <interserver_http_port>{interserver}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <zookeeper><node><host>127.0.0.1</host><port>{}</port></node><session_timeout_ms>10000</session_timeout_ms></zookeeper>
  <remote_servers><{name}>{shards}</{name}></remote_servers>
  <macros><shard>{}</shard><replica>replica_{i}</replica></macros>
  <distributed_ddl><path>/clickhouse/task_queue/ddl</path></distributed_ddl>",
                    zookeeper.port,
                    i / Self::REPLICAS + 1,
                    name = Self::NAME,
                );
                ClickHouseServer::prepare(http, tcp, extra)
            })
            .collect();
        for node in &mut nodes {
            node.spawn();
        }
        for node in &mut nodes {
            node.wait_ready();
        }
        Self { nodes, zookeeper }
    }

    /// The HTTP URL of node `i`.
    pub fn url(&self, i: usize) -> String {
        self.nodes[i].url()
    }

    /// Runs `query` on every node; each node's answer, trimmed.
    pub fn on_every_node(&self, query: &str) -> Vec<Result<String, String>> {
        self.nodes.iter().map(|n| n.sql(query).map(|t| t.trim().to_string())).collect()
    }
}
