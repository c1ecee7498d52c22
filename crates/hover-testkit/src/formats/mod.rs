//! Whole log lines in formats none of the Loghub-2k datasets has (klog, Spring Boot with stack
//! traces, Python tracebacks, RFC 5424 syslog, Envoy, the systemd journal, Go's `log`,
//! Elasticsearch, Cassandra, Kafka, nginx's error log, PostgreSQL, Redis, MongoDB's JSON,
//! MySQL, pino's JSON, Rails, HashiCorp's hclog, Prometheus, Grafana, Apache httpd's error
//! log, the JVM's GC log, HAProxy, Postfix, Docker's daemon, etcd, Celery, Squid, RabbitMQ,
//! zap's console encoder, Tomcat, Caddy's JSON, OpenVPN, Nagios, Fail2ban, Dovecot, BIND,
//! Jenkins, Flink, SQL Server, AWS's load balancer, ASP.NET Core, Sidekiq, PHP-FPM, Cisco's
//! ASA, Ceph, supervisord, gunicorn, a Go panic, Node.js errors, Kubernetes events, IIS,
//! Zeek, Unbound, keepalived, Airflow, Traefik, nginx's access log, Redis Sentinel,
//! Filebeat, Android's logcat, CoreDNS, CockroachDB, the kernel's ring buffer, AWS VPC flow
//! logs, `auth.log`, Windows' CBS.log, a Windows service's log with a 12-hour clock, a
//! backup job's log whose nouns agree with their counts, kubectl's output,
//! python-json-logger, ISC dhcpd, hostapd, yum, ClickHouse's stack traces, Unreal Engine,
//! SSSD, two hosts' logs in one file, a CI runner's step log, Exim, S3's access log, Laravel,
//! an HPC job scheduler, a configuration-management agent, a peer-to-peer node, Terraform,
//! npm, CUPS, NetworkManager, an MQTT broker, PHP's error log, a backup tool's summary,
//! Rust's `tracing`, Zabbix, Asterisk, OpenLDAP, vsftpd, fluentd, a game server's console,
//! Ansible, PgBouncer, BIRD, Keycloak, Icinga 2, chronyd, smartd, memcached, Gitea, Tor,
//! WireGuard, Suricata, syslog-ng, anacron, logrotate, certbot, rsyslog, Maven, pytest, `go
//! test`, rclone, Gin, uWSGI, sendmail, a BMC's event list, USB disks, the audit log, Xorg,
//! `docker compose`, the NFS client, an application's webhooks, WildFly, Jellyfin, Sonarr,
//! Samba, MIT Kerberos' KDC, Solr, OpenWrt, ESXi's hostd, NATS, InfluxDB, GitLab Runner, Ray,
//! Keras, Helm, ActiveMQ Artemis, Synapse, libvirt, Proxmox VE, Trino, HBase, Kafka Connect,
//! Calico's Felix, ModSecurity, SpamAssassin, ClamAV, zerolog, Django, Oracle's alert log, Snort, Cisco
//! IOS, pfSense's filterlog, FortiGate, CouchDB, apt's history, Slurm's controller, a desktop's
//! journal, CloudTrail, Palo Alto, Junos, Gradle, NVIDIA's driver, Lustre, Bazel, Telegraf,
//! WebLogic, WebSphere, an application's domain events as JSON, a Python dict's repr,
//! AWS Lambda, Heroku's router, Chef, ingress-nginx, PM2, Monolog, Serilog's compact JSON, GELF,
//! the JVM's unified logging, Alertmanager, the OpenTelemetry Collector, log4j2's JSON layout,
//! Elastic Common Schema's JSON, `journalctl -o json`, Kubernetes' audit log, loguru, structlog,
//! a Minecraft server, Serilog's text, MikroTik, F5 BIG-IP, strace, rspamd, Falco, UFW, Bitcoin
//! Core, Cisco NX-OS, `podman events`, Cargo, Windows Defender Firewall, Linkerd's proxy, pip, a C
//! build, bluetoothd, GNOME Shell, Chromium, Zigbee2MQTT, Plex, Google Cloud Logging, Go's slog,
//! OpenDKIM, Puma, PipeWire, Huawei's VRP, Sophos UTM, Windows DNS Server's debug log, Kibana's
//! JSON, Wazuh's alerts, osquery, FreeSWITCH, Vagrant, gRPC-Go, Hibernate's SQL, QEMU, Linux's
//! software RAID, a Jenkins pipeline, Nix, Homebrew, `docker build`, FFmpeg, PBS, HTCondor,
//! Nextflow, Snakemake, tqdm's progress bars, Hugging Face's Trainer, Dask, Rust's env_logger,
//! Flask's werkzeug, ScyllaDB, Pulsar, Erlang/OTP's reports, MongoDB's text log, java.util.logging,
//! Prefect, MariaDB, IBM MQ, cloudflared, pgBackRest, macOS's `log show`, `wevtutil`'s text, Jira,
//! log4j 1's default layout, Python's `basicConfig`, PowerDNS, Bacula, Kamailio, Oracle's
//! listener, Luigi, Monit, `dmesg -T`, TiDB, Artifactory, SonarQube, Veeam, Zimbra, NiFi, Node-RED,
//! Pi-hole's FTL, Nexus, PostgreSQL's `csvlog`, openHAB, Guacamole, Cisco Meraki, a UniFi access point,
//! log4net, Ktor, NestJS, Vite, Next.js, Pulumi, systemd-resolved, Pgpool-II, coturn, Knot DNS),
//! generated from event templates so that the truth is known.
//! Values are drawn per line; what a real program fixes per event (the source file and line,
//! the logger's name, an error code) is fixed per event.
//!
//! A template's `{kind}` is a value of that kind; the same name twice in a line is the same
//! value (a container's name in three places), `{kind2}` another one of the kind, and
//! `{a|b|c}` one of those words.

use crate::parsing::{Dataset, LabelledLine, Random};

mod table;
mod table_later;
use table::FIRST_FORMATS;
use table_later::LATER_FORMATS;

/// A format: its name, how it writes the header before each message, and its events as
/// (level, message). The level is what the header says of the event: a level, a program's
/// name, Redis's role, or several fields joined by `|` (MySQL's `Warning|MY-010055|Server`).
/// A level of `-` is a line with no header (a stack frame).
struct Format {
    name: &'static str,
    header: fn(&mut Random, usize, &str) -> String,
    events: &'static [(&'static str, &'static str)],
}

const BASE62: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const BASE64URL: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const BASE64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const USERS: [&str; 12] =
    ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar"];
const SERVICES: [&str; 8] = ["checkout", "payments", "inventory", "search", "auth", "catalog", "shipping", "cart"];
const NAMESPACES: [&str; 6] = ["default", "kube-system", "payments", "monitoring", "ingress-nginx", "logging"];
const TABLES: [&str; 6] = ["orders", "users", "sessions", "invoices", "line_items", "audit_log"];
const TOPICS: [&str; 5] = ["orders", "payments-events", "clicks", "__consumer_offsets", "audit"];
const INDICES: [&str; 5] = ["logs-2026.11.28", "metrics-app", "orders", "audit-trail", ".kibana_1"];
const UNITS: [&str; 6] =
    ["nginx.service", "docker.service", "kubelet.service", "cron.service", "ssh.service", "postgresql@15-main.service"];
const CLASSES: [&str; 8] = [
    "com.example.shop.OrderService",
    "com.example.shop.PaymentClient",
    "com.example.shop.web.OrderController",
    "org.springframework.web.servlet.FrameworkServlet",
    "org.apache.catalina.core.StandardWrapperValve",
    "com.zaxxer.hikari.pool.HikariPool",
    "java.base/java.net.SocketInputStream",
    "com.example.shop.repo.OrderRepository",
];
const METHODS: [&str; 9] =
    ["charge", "placeOrder", "doFilter", "invoke", "getConnection", "read", "save", "processRequest", "handle"];
const PY_FILES: [&str; 5] = [
    "/app/worker/tasks.py",
    "/usr/lib/python3.11/site-packages/requests/adapters.py",
    "/app/worker/db.py",
    "/usr/lib/python3.11/site-packages/sqlalchemy/engine/base.py",
    "/app/api/views.py",
];
const PY_FUNCTIONS: [&str; 7] = ["run", "send", "_execute_context", "process_batch", "get_user", "wrapper", "__call__"];
const PATHS: [&str; 6] =
    ["/api/v1/orders", "/api/v1/users", "/healthz", "/api/v2/cart/items", "/login", "/static/app.js"];
const PACKAGES: [&str; 10] =
    ["curl", "libssl3", "openssl", "tzdata", "sudo", "bash", "less", "rsync", "htop", "linux-image-6.1.0-27-amd64"];
const WEB_FILES: [&str; 5] = ["favicon.ico", "robots.txt", "wp-login.php", ".env", "apple-touch-icon.png"];
const EXCEPTIONS: [&str; 4] = [
    "java.lang.IllegalStateException",
    "java.io.IOException",
    "java.net.SocketTimeoutException",
    "org.springframework.dao.DataIntegrityViolationException",
];

const SIGNATURES: [&str; 5] = [
    "Win.Test.EICAR_HC-1",
    "Doc.Malware.Agent-6975840-0",
    "Html.Phishing.Bank-9876",
    "Pdf.Exploit.CVE_2018_4882-6470617-0",
    "Unix.Trojan.Mirai-7100807-0",
];
const SPAM_RULES: [&str; 9] = [
    "BAYES_00",
    "BAYES_99",
    "DKIM_SIGNED",
    "DKIM_VALID",
    "SPF_PASS",
    "HTML_MESSAGE",
    "RDNS_NONE",
    "URIBL_BLOCKED",
    "MIME_HTML_ONLY",
];

impl Random {
    fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn chars(&mut self, alphabet: &str, n: usize) -> String {
        let alphabet = alphabet.as_bytes();
        (0..n).map(|_| char::from(alphabet[self.below(alphabet.len())])).collect()
    }

    fn hex(&mut self, n: usize) -> String {
        self.chars("0123456789abcdef", n)
    }

    fn ip(&mut self) -> String {
        format!("10.{}.{}.{}", self.below(256), self.below(256), self.between(1, 254))
    }

    /// `2026-11-DD HH:MM:SS` and the milliseconds after `sep`.
    fn clock(&mut self, sep: char) -> String {
        let (day, h, m, s) = (self.between(1, 28), self.below(24), self.below(60), self.below(60));
        format!("2026-11-{day:02} {h:02}:{m:02}:{s:02}{sep}{:03}", self.below(1000))
    }

    /// A 12-hour clock, its hour padded to `width`: `1:05:09 PM`, `01:05:09 PM`.
    fn twelve_hour_clock(&mut self, width: usize) -> String {
        let (h, m, s) = (self.between(1, 12), self.below(60), self.below(60));
        format!("{h:0width$}:{m:02}:{s:02} {}", self.pick(&["AM", "PM"]))
    }

    fn iso_time(&mut self) -> String {
        let clock = self.clock('.').replace(' ', "T");
        format!("{clock}{:03}Z", self.below(1000))
    }
}

/// A value of `kind`.
fn value(r: &mut Random, kind: &str) -> String {
    let word = |r: &mut Random, words: &[&str]| r.pick(words).to_string();
    match kind {
        "n" => r.between(0, 99_999).to_string(),
        "small" => r.between(1, 12).to_string(),
        "port" => r.between(1024, 65_535).to_string(),
        "ip" => r.ip(),
        "ipport" => format!("{}:{}", r.ip(), r.between(1024, 65_535)),
        "hex" => r.hex(8),
        "container" => r.hex(64),
        "uuid" => format!("{}-{}-{}-{}-{}", r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12)),
        "key" => r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 22),
        // A block number with thousands separators, as go-ethereum writes it; a block's hash
        // shortened with an ellipsis.
        "thousands" => format!("{},{:03},{:03}", r.between(18, 21), r.below(1000), r.below(1000)),
        "ethhash" => format!("{}..{}", r.hex(6), r.hex(6)).replace("..", "…"),
        // An address with a plus tag; an amount of money as people write it; a card's last
        // four digits; an image's tag, a semantic version with its pre-release or build; a Cisco MAC in dotted groups; scientific notation;
        // a handle with letters beyond ASCII.
        "plusemail" => format!("{}+{}@example.com", value(r, "user"), r.pick(&["alerts", "billing", "github"])),
        "money" => match r.below(3) {
            0 => format!("${},{:03}.{:02}", r.between(1, 99), r.below(1000), r.below(100)),
            1 => format!("€{},{:02}", r.between(1, 999), r.below(100)),
            _ => format!("£{}.{:02}", r.between(1, 999), r.below(100)),
        },
        "card" => format!("{:04}", r.below(10_000)),
        "imagetag" => match r.below(3) {
            0 => format!("{}.{}.{}", r.below(5), r.below(20), r.below(50)),
            1 => format!("{}.{}.{}-rc.{}", r.below(5), r.below(20), r.below(50), r.between(1, 5)),
            _ => format!("{}.{}.{}+build.{}", r.below(5), r.below(20), r.below(50), r.between(1, 500)),
        },
        "ciscomac" => format!("{}.{}.{}", r.hex(4), r.hex(4), r.hex(4)),
        "sci" => format!("{}.{}e-{:02}", r.between(1, 9), r.below(10_000), r.between(1, 12)),
        "handle" => word(r, &["josé", "zoë", "øyvind", "renée", "mikołaj", "bob", "alice", "ŝtefan"]),
        // Random IDs as web services draw them: base62 after a type's prefix (`cus_…`), shorter
        // and longer; nanoid's 21 characters; a video's 11 and a short link's 7; a JWT.
        "typedid" => r.chars(BASE62, 14),
        "longid" => r.chars(BASE62, 24),
        "nanoid" => r.chars(BASE64URL, 21),
        "videoid" => r.chars(BASE64URL, 11),
        "shortid" => r.chars(BASE62, 7),
        "jwt" => format!("eyJhbGciOiJSUzI1NiJ9.{}.{}", r.chars(BASE64URL, 60), r.chars(BASE64URL, 43)),
        "queue" => r.hex(10).to_uppercase(),
        "float" => format!("{}.{:03}", r.below(100), r.below(1000)),
        "dur" => match r.below(3) {
            0 => format!("{}.{}ms", r.below(1000), r.below(10)),
            1 => format!("{}.{:02}s", r.between(1, 30), r.below(100)),
            _ => format!("{}µs", r.between(1, 900)),
        },
        "user" => word(r, &USERS),
        "cnuser" => word(r, &["张三", "李四", "王五", "赵六", "孙七"]),
        "svc" => word(r, &SERVICES),
        "ns" => word(r, &NAMESPACES),
        "table" => word(r, &TABLES),
        "topic" => word(r, &TOPICS),
        "index" => word(r, &INDICES),
        "unit" => word(r, &UNITS),
        "class" => word(r, &CLASSES),
        "method" => word(r, &METHODS),
        "exception" => word(r, &EXCEPTIONS),
        "pyfile" => word(r, &PY_FILES),
        "pyfunction" => word(r, &PY_FUNCTIONS),
        "path" => format!("{}/{}", r.pick(&PATHS), r.between(1, 99_999)),
        "host" => format!("{}-{}.prod.example.com", r.pick(&["web", "api", "db", "worker"]), r.between(1, 40)),
        "email" => format!("{}{}@example.com", r.pick(&USERS), r.between(1, 999)),
        "pod" => format!("{}-{}-{}", r.pick(&SERVICES), r.hex(9), r.chars("bcdfghjklmnpqrstvwxz2456789", 5)),
        "iso" => r.iso_time(),
        // A space-separated list of one to six packages.
        "packages" => (0..r.between(1, 6)).map(|_| word(r, &PACKAGES)).collect::<Vec<_>>().join(" "),
        "oid" => r.hex(24),
        "webfile" => word(r, &WEB_FILES),
        "bucket" => word(r, &["prod-assets", "backups", "logs-archive", "media"]),
        "epochms" => r.between(1_764_000_000_000, 1_764_999_999_999).to_string(),
        "heap" => format!("{}M->{}M({}M)", r.between(20, 900), r.between(5, 400), r.pick(&[1024, 2048, 4096])),
        // NLog's time, with tenths of a second (`2026-11-28 10:00:00.1`).
        "nlogtime" => r.clock('.')[..21].to_string(),
        "railstime" => r.clock(' ')[..19].to_string() + " +0000",
        // Spaces that pad a line to a column (pytest's progress), and a share padded to three.
        "padding" => " ".repeat(r.between(1, 30) as usize),
        "pct" => format!("{:>3}%", r.below(101)),
        // A rule of the mark after it that pads the line to 80 columns (see `pad_rules`).
        "rule" => RULE.to_string(),
        // HAProxy's `28/Nov/2026:12:00:00.123`.
        "hatime" => {
            let clock = r.clock('.');
            format!("{}/Nov/2026:{}", &clock[8..10], &clock[11..])
        }
        "mac" => (0..14).map(|_| r.hex(2)).collect::<Vec<_>>().join(":"),
        "hwaddr" => (0..6).map(|_| r.hex(2)).collect::<Vec<_>>().join(":"),
        "epochs" => format!("{}.{:03}", r.between(1_764_000_000, 1_764_999_999), r.below(1000)),
        // An address and port as a proxy writes it: IPv4, a host name, or IPv6 in brackets.
        "backend" => match r.below(3) {
            0 => value(r, "ipport"),
            1 => format!("{}:{}", value(r, "host"), r.pick(&[80, 443, 8443])),
            _ => format!("[fd00::{}]:{}", r.hex(4), r.between(1024, 65_535)),
        },
        // A Proxmox task's ID: node, process, start and time in uppercase hex, then the task.
        "upid" => format!(
            "UPID:pve{}:{:08X}:{:08X}:{:08X}:{}:{}:root@pam:",
            r.between(1, 3),
            r.between(1000, 999_999),
            r.between(1_000_000, 99_999_999),
            r.between(1_764_000_000, 1_764_999_999),
            r.pick(&["qmstart", "qmshutdown", "vzdump", "qmigrate", "vncproxy"]),
            r.between(100, 140)
        ),
        "vmid" => r.between(100, 140).to_string(),
        // Trino's query ID: the day, the time, a counter and five letters.
        "trinoid" => format!(
            "20261128_{:02}{:02}{:02}_{:05}_{}",
            r.below(24),
            r.below(60),
            r.below(60),
            r.below(100_000),
            r.chars("abcdefghijklmnopqrstuvwxyz23456789", 5)
        ),
        // An HBase region's name: table, start key, creation time and the encoded name.
        "region" => format!(
            "{},{},{}.{}.",
            r.pick(&["usertable", "events", "hbase:meta"]),
            r.pick(&["", "user1", "user4", "user8"]),
            value(r, "epochms"),
            r.hex(32)
        ),
        // mod_unique_id's ID: 27 characters of URL-safe base64.
        "b64id" => r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 27),
        // Base64: a SHA-512 digest as AIDE writes one, a key's SHA-256 fingerprint as OpenSSH
        // writes one (no padding), Dovecot's session ID (12 bytes).
        "digest" => r.chars(BASE64, 86) + "==",
        "fingerprint" => r.chars(BASE64, 43),
        "session" => r.chars(BASE64, 16),
        // The SpamAssassin rules a message hit, joined with commas.
        "sarules" => (0..r.between(1, 6)).map(|_| word(r, &SPAM_RULES)).collect::<Vec<_>>().join(","),
        // What ClamAV scanned: a mailbox, a download or a stream sent to it.
        "scanned" => match r.below(3) {
            0 => format!("/var/spool/mail/{}", value(r, "user")),
            1 => format!("/home/{}/Downloads/{}", value(r, "user"), value(r, "webfile")),
            _ => format!("instream({}@{})", r.ip(), value(r, "port")),
        },
        "signature" => word(r, &SIGNATURES),
        // Oracle's alert log: a time to the microsecond with its offset, on a line of its own.
        "oratime" => format!("{}{:03}+00:00", &r.iso_time()[..23], r.below(1000)),
        // Snort's `11/28-10:00:00.123456`.
        "snorttime" => format!("11/{}-{}{:03}", &r.clock('.')[8..10], &r.clock('.')[11..], r.below(1000)),
        // Cisco IOS's clock in a message: `10:00:00 UTC Sat Nov 28 2026`.
        "ciscoclock" => {
            let day = r.between(1, 28);
            let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][day as usize % 7];
            format!("{} UTC {weekday} Nov {day} 2026", &r.clock('.')[11..19])
        }
        // apt's history: a time with two spaces after the date, and packages named with their
        // architecture and versions in brackets, joined by commas.
        "aptdate" => {
            let clock = r.clock('.');
            format!("{}  {}", &clock[..10], &clock[11..19])
        }
        "aptinstalls" => (0..r.between(1, 8))
            .map(|_| {
                let automatic = if r.below(2) == 0 { ", automatic" } else { "" };
                format!(
                    "{}:amd64 ({}.{}-{}{automatic})",
                    word(r, &PACKAGES),
                    r.between(1, 9),
                    r.below(40),
                    r.between(1, 9)
                )
            })
            .collect::<Vec<_>>()
            .join(", "),
        "aptupgrades" => (0..r.between(1, 8))
            .map(|_| {
                let (major, minor) = (r.between(1, 9), r.below(40));
                format!("{}:amd64 ({major}.{minor}-1, {major}.{minor}-2)", word(r, &PACKAGES))
            })
            .collect::<Vec<_>>()
            .join(", "),
        "hms" => r.clock('.')[11..19].to_string(),
        "epochns" => format!("{}{:09}", r.between(1_764_000_000, 1_764_999_999), r.below(1_000_000_000)),
        // A Calico workload's interface: `cali` and eleven hex digits.
        "califace" => format!("cali{}", r.hex(11)),
        // Slurm's node list: one node, or a range in brackets.
        "nodelist" => match r.below(2) {
            0 => format!("cn{:03}", r.between(1, 512)),
            _ => {
                let first = r.between(1, 500);
                format!("cn[{first:03}-{:03}]", first + r.between(1, 12))
            }
        },
        "gradletask" => format!(
            ":{}:{}",
            r.pick(&["app", "core", "api", "web"]),
            r.pick(&["compileJava", "processResources", "classes", "jar", "test", "compileKotlin", "lint"])
        ),
        "bazeltarget" => format!(
            "//{}:{}",
            r.pick(&["src/main", "services/api", "lib/storage", "tools/gen"]),
            r.pick(&["server", "client_lib", "all_tests", "image"])
        ),
        "pcibus" => r.pick(&["3b", "5e", "86", "af", "d8"]).to_string(),
        // WebLogic's time: `Nov 28, 2026 10:00:00,123 AM UTC`.
        "wltime" => format!(
            "Nov {}, 2026 {}:{:02}:{:02},{:03} {} UTC",
            r.between(1, 28),
            r.between(1, 12),
            r.below(60),
            r.below(60),
            r.below(1000),
            r.pick(&["AM", "PM"])
        ),
        "crate" => word(r, &["serde", "tokio", "proc-macro2", "syn", "hyper", "rand_core", "libc", "clap_derive"]),
        "semver" => format!("{}.{}.{}", r.below(3), r.below(40), r.below(20)),
        "pypkg" => word(r, &["requests", "urllib3", "idna", "certifi", "charset-normalizer", "numpy", "PyYAML"]),
        "pypkgs" => (0..r.between(1, 6)).map(|_| value(r, "pypkg")).collect::<Vec<_>>().join(", "),
        "pypkgversions" => (0..r.between(1, 6))
            .map(|_| format!("{}-{}", value(r, "pypkg"), value(r, "semver")))
            .collect::<Vec<_>>()
            .join(" "),
        "cfile" => word(r, &["src/net.c", "src/io.c", "src/util.c", "src/main.c", "lib/parse.c"]),
        "cvar" => word(r, &["len", "buf", "count", "tmp", "fd", "ret"]),
        "cfunc" => word(r, &["parse_header", "read_config", "main", "open_socket", "free_list"]),
        "jsfunc" => word(r, &["_onWindowActorAdded", "vfunc_allocate", "_sync", "_updateState", "addWindow"]),
        "jsfile" => word(r, &["windowManager.js", "panel.js", "overview.js", "layout.js"]),
        "room" => word(r, &["living_room", "kitchen", "bedroom", "hallway", "garage"]),
        "huaweimac" => format!("{}-{}-{}", r.hex(4), r.hex(4), r.hex(4)),
        "hex4" => r.hex(4),
        "ext" => r.between(1000, 1099).to_string(),
        "branch" => word(r, &["main", "release-2026.11", "feature-login", "hotfix-42"]),
        "nixhash" => r.chars("0123456789abcdfghijklmnpqrsvwxyz", 32),
        "sample" => word(r, &["NA12878", "HG002", "tumor_A", "normal_B", "SRR1234567"]),
        "adjective" => word(r, &["nostalgic", "elegant", "furious", "sleepy", "tiny"]),
        "scientist" => word(r, &["curie", "turing", "hopper", "darwin", "franklin"]),
        "ctime" => ctime_header(r, 0, ""),
        // A tqdm bar of 10 cells and the time as `mm:ss`.
        "bar" => {
            let full = r.below(11);
            format!("{}{}", "█".repeat(full), " ".repeat(10 - full))
        }
        "mmss" => format!("{:02}:{:02}", r.below(60), r.below(60)),
        // werkzeug's `28/Nov/2026 10:00:00`.
        "wztime" => {
            let clock = r.clock('.');
            format!("{}/Nov/2026 {}", &clock[8..10], &clock[11..19])
        }
        // Erlang/OTP's report time: `28-Nov-2026::10:00:00.123456`.
        "erltime" => {
            let clock = r.clock('.');
            format!("{}-Nov-2026::{}{:03}", &clock[8..10], &clock[11..], r.below(1000))
        }
        // java.util.logging's SimpleFormatter: `Nov 28, 2026 1:05:09 AM`.
        "julclock" => format!("Nov {}, 2026 {}", r.between(1, 28), r.twelve_hour_clock(1)),
        // IBM MQ's error log: `11/28/2026 01:05:09 AM`.
        "mqclock" => format!("11/{:02}/2026 {}", r.between(1, 28), r.twelve_hour_clock(2)),
        // PostgreSQL's WAL segment, a log sequence number, and a pgBackRest backup's label.
        "walseg" => format!("0000000{}0000000{:X}000000{:02X}", r.between(1, 3), r.between(1, 15), r.below(256)),
        "lsn" => format!("{:X}/{:X}", r.below(16), r.between(0x100_0000, 0xFFFF_FFFF)),
        "pglabel" => format!("20261128-{:02}{:02}00F", r.below(24), r.below(60)),
        // PostgreSQL's csvlog: `2026-11-28 10:00:00.123 UTC`.
        "pgcsvtime" => format!("{} UTC", r.clock('.')),
        "animal" => word(r, &["fox", "otter", "heron", "lynx", "walrus"]),
        // Oracle's listener.log: `28-NOV-2026 10:00:00`.
        "oralistime" => {
            let clock = r.clock('.');
            format!("{}-NOV-2026 {}", &clock[8..10], &clock[11..19])
        }
        // A Jenkins pipeline's step, or the end of a block.
        "step" => word(r, &["stage", "}", "sh", "echo", "withCredentials", "node", "dir"]),
        "ostidx" => format!("{:04X}", r.below(16)),
        // Syncthing's device ID: eight groups of seven base32 letters; a folder's ID.
        "syncdevice" => (0..8).map(|_| r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 7)).collect::<Vec<_>>().join("-"),
        "folderid" => format!(
            "{}-{}",
            r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 5),
            r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 5)
        ),
        // amavisd-new's process and message counter: `(01234-05)`; where the message came from.
        "amavisid" => format!("{:05}-{:02}", r.between(1000, 99_999), r.between(1, 20)),
        "amavisroute" => word(r, &["{RelayedInbound}", "{RelayedInternal}", "{RelayedOutbound}"]),
        // A World Community Grid task's name.
        "boinctask" => format!("MCM1_0{}_{}_{}", r.between(100_000, 299_999), r.between(1000, 9999), r.below(3)),
        // A date, in the US's order (`11/28/2026`) and ISO's (`2026-11-28`), also with slashes
        // or dots for dashes (`2026/11/28`, `2026.11.28`); a day of the month.
        "mdy" => format!("11/{:02}/2026", r.between(1, 28)),
        "date" => r.clock('.')[..10].to_string(),
        "slashdate" => r.clock('.')[..10].replace('-', "/"),
        "dotdate" => r.clock('.')[..10].replace('-', "."),
        "day" => r.between(1, 28).to_string(),
        // A certificate's serial number in decimal; a Sensu check; a TV show, a subtitle's
        // language; a MarkLogic forest; a Locust worker's host.
        "certserial" => format!("{}{:018}{:018}", r.between(1, 9), r.between(0, 999_999_999_999_999_999), r.between(0, 999_999_999_999_999_999)),
        "sensucheck" => word(r, &["check-cpu", "check-disk", "check-memory", "check-http", "check-ntp"]),
        "show" => word(r, &["The Expanse", "Slow Horses", "Dark Matter", "Mad Men", "Silo Redux"]),
        "language" => word(r, &["English", "French", "German", "Spanish", "Italian", "Portuguese"]),
        "forest" => word(r, &["Documents", "Security", "Schemas", "Meters", "Modules", "App-Services"]),
        "locusthost" => word(r, &["loadgen-1", "loadgen-2", "loadgen-3", "loadgen-4"]),
        // A Mimir tenant; an XMPP client's resource.
        "mimirtenant" => word(r, &["anonymous", "team-a", "tenant-42", "billing"]),
        "resource" => word(r, &["Conversations.x1Fq", "Gajim", "mobile", "laptop"]),
        // A zypper repository and a package's path in it; a Spack package, its spec (name,
        // version and hash) and its source archive; a Qdrant collection; Milvus' IDs and a
        // collection's name; a WDL workflow's task and name; a Gatus endpoint and its key; an
        // ioBroker adapter's instance and a Shelly device's three names; Luanti's nodes and
        // positions; the players online; an audiobook; earlyoom's and SnapRAID's padded figures;
        // a Wowza stream.
        "zyrepo" => word(r, &["repo-oss", "repo-update", "repo-non-oss", "packman"]),
        "zyrpm" => {
            let name = r.pick(&["libzypp", "kernel-default", "mozilla-nss", "python311-requests", "yast2-trans-de"]);
            let arch = if name.starts_with("yast2") { "noarch" } else { "x86_64" };
            format!("{arch}/{name}-{}-{}.1.{arch}.rpm", value(r, "semver"), r.between(1, 9))
        }
        "spackpkg" => word(r, &["zlib", "openmpi", "hdf5", "cmake", "py-numpy", "libxml2", "openblas"]),
        "spackspec" => format!(
            "{}-{}-{}",
            value(r, "spackpkg"),
            value(r, "semver"),
            r.chars("abcdefghijklmnopqrstuvwxyz234567", 32)
        ),
        "spacksrc" => {
            let sha = r.hex(64);
            format!("{}/{sha}", &sha[..2])
        }
        "qcoll" => word(r, &["docs", "products", "faq_embeddings", "images"]),
        "mid" => format!("4{:017}", r.below(100_000_000_000_000_000)),
        "mname" => word(r, &["book", "products", "rag_chunks", "user_vectors"]),
        "wdltask" => word(r, &["hello.say_hello", "align.bwa_mem", "qc.fastqc", "call.haplotype_caller"]),
        "wdlname" => word(r, &["hello", "align", "qc", "germline"]),
        "gatusep" => word(r, &["api", "website", "database", "dns-resolver", "status-page"]),
        "gatuskey" => word(r, &["core_api", "_website", "core_database", "external_dns-resolver"]),
        "ioadapter" => word(r, &["javascript.0", "hue.0", "zigbee.0", "shelly.0", "history.0", "admin.0"]),
        "shellydev" => {
            let (model, id) = (r.pick(&["shellyplus1pm", "shelly1", "shellyplug-s"]), r.hex(12));
            format!("{model} / {model}-{id} / {model}#{id}#1")
        }
        "mtnode" => word(r, &["default:stone", "default:dirt_with_grass", "default:tree", "default:cobble", "default:torch"]),
        "mttool" => word(r, &["default:pick_steel", "default:axe_stone", "default:shovel_diamond"]),
        "mtpos" => format!(
            "{},{},{}",
            r.between(0, 400) as i64 - 200,
            r.between(0, 60) as i64 - 30,
            r.between(0, 400) as i64 - 200
        ),
        "players" => (0..r.between(1, 4)).map(|_| value(r, "user")).collect::<Vec<_>>().join(" "),
        "book" => word(r, &["Dune", "Project Hail Mary", "The Hobbit", "Mistborn", "A Memory Called Empire"]),
        "mibpad" => format!("{:5}", r.below(32_000)),
        "pctpad" => format!("{:5.2}", r.below(10_000) as f64 / 100.0),
        "countpad" => format!("{:8}", r.below(2_000_000)),
        // A project's files of many kinds, as a bundler copies them.
        "srcfile" => word(r, &["README.md", "plugin.json", "logo.svg", "main.rs", "styles.css", "Cargo.toml", "index.html", "LICENSE.txt"]),
        // A cluster autoscaler's node group; a Redis Cluster node's ID; a Kafka consumer group.
        "nodegroup" => word(r, &["eks-workers-a", "eks-workers-b", "gpu-pool", "spot-c5-xlarge"]),
        "nodeid" => r.hex(40),
        "cgroup" => word(r, &["order-sync", "billing-consumers", "analytics-ingest"]),
        // A batch job's name, which its step's is made of (Spring Batch's `importOrdersJob`,
        // `importOrdersStep`).
        "job" => word(r, &["importOrders", "nightlyBilling", "syncInventory", "exportReports"]),
        // An RDS instance's name.
        "rdsdb" => word(r, &["orders-prod", "billing-db", "analytics-replica-1"]),
        // A StatefulSet, which names its pods after itself; an Actions Runner Controller's scale
        // set, which names its runners after itself.
        "sts" => word(r, &["kafka", "redis-node", "postgres", "es-master"]),
        "arcset" => word(r, &["arc-runner-set", "linux-x64", "gpu-runners"]),
        // A Kafka Streams application, which names its threads and clients after itself.
        "kapp" => word(r, &["order-enricher", "fraud-scorer", "clickstream-agg"]),
        // A GraphQL schema's fields and types.
        "gqlfield" => word(r, &["orders", "viewer", "cartItems", "shippingQuote"]),
        "gqltype" => word(r, &["Query", "Order", "Customer"]),
        // A CronJob, which names its jobs after itself.
        "cronjob" => word(r, &["nightly-report", "db-backup", "cache-warmer"]),
        // A feature flag's key; an ordinal as tenacity writes a retry's count.
        "flag" => word(r, &["new-checkout", "dark-mode", "search-v2", "beta-pricing", "recs-model-b"]),
        "ordinal" => word(r, &["1st", "2nd", "3rd", "4th", "5th"]),
        // Fields a structured logger writes on some lines of an event only: a request's ID
        // when there is one, a shard when the cache is sharded, a reconcile's ID.
        "optreqid" => if r.below(2) == 0 { String::new() } else { format!(" request_id={}", value(r, "uuid")) },
        "optshard" => if r.below(2) == 0 { String::new() } else { format!(",\"shard\":{}", r.below(16)) },
        "optreconcile" => if r.below(2) == 0 { String::new() } else { format!(" reconcileID=\"{}\"", value(r, "uuid")) },
        "opttrace" => if r.below(2) == 0 { String::new() } else { format!(" trace_id={}", r.hex(32)) },
        "optsession" => if r.below(2) == 0 { String::new() } else { format!(" session_id='{}'", r.hex(16)) },
        // One to four hosts by name with their ports, joined with commas.
        "hostports" => (0..r.between(1, 4))
            .map(|_| format!("{}-{}.prod:{}", r.pick(&["kafka", "redis", "es"]), r.between(1, 9), r.pick(&[9092, 6379, 9200])))
            .collect::<Vec<_>>()
            .join(", "),
        // One to four cache keys, joined with commas.
        "cachekeys" => (0..r.between(1, 4)).map(|_| format!("{}:{}", r.pick(&["user", "session", "cart"]), r.below(100_000))).collect::<Vec<_>>().join(", "),
        "wstream" => word(r, &["myStream", "camera1", "studio_a", "event_main"]),
        // A Weave Net peer; a Terragrunt module; a Guix package; a Pants test target; a Hex
        // package; a CocoaPods pod; a ROM and its save; a Galaxy tool; a Metaflow step.
        "weavepeer" => word(r, &["k8s-node-1", "k8s-node-2", "k8s-worker-a", "edge-gw"]),
        "tgmodule" => format!("/infra/live/{}/{}", r.pick(&["prod", "staging"]), r.pick(&["vpc", "eks", "rds", "dns"])),
        "guixpkg" => word(r, &["guile", "emacs", "python-numpy", "gcc-toolchain", "openssl", "icecat"]),
        "pantstest" => word(r, &["tests/python/test_api.py", "src/shop/orders/orders_test.py", "tests/python/test_cli.py"]),
        "hexpkg" => word(r, &["jason", "plug", "phoenix", "ecto_sql", "telemetry", "mime", "cowboy"]),
        "cocoapod" => word(r, &["Alamofire", "SnapKit", "Kingfisher", "Firebase/Analytics", "SwiftyJSON", "RxSwift"]),
        "romfile" => word(r, &["snes/Super Metroid (Japan, USA).sfc", "gba/Advance Wars (USA).gba", "nes/Tetris.nes"]),
        "romsave" => word(r, &["Super Metroid (Japan, USA)", "Advance Wars (USA)", "Tetris"]),
        "galaxytool" => word(r, &["fastqc", "bwa_mem", "cutadapt", "samtools_sort"]),
        "mfstep" => word(r, &["start", "train", "evaluate", "join", "end"]),
        // A Kudu tablet's or peer's ID (an OpenTelemetry trace's too); a Boundary session's; an
        // IPFS content ID and peer ID.
        "kuduid" => r.hex(32),
        "boundaryid" => r.chars(BASE62, 10),
        "cid" => format!("bafybei{}", r.chars("abcdefghijklmnopqrstuvwxyz234567", 52)),
        "peerid" => format!("12D3KooW{}", r.chars("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 44)),
        // A Kubernetes Certificate's name.
        "certname" => word(r, &["api-tls", "wildcard-example-com", "grafana-tls", "ingress-cert"]),
        // A PostgreSQL node in repmgr; a certificate's nickname in an NSS database.
        "pgnode" => word(r, &["pg1", "pg2", "pg3"]),
        "certnick" => word(r, &["auditSigningCert cert-pki-ca", "ocspSigningCert cert-pki-ca", "Server-Cert cert-pki-ca"]),
        // A Karpenter node claim's suffix; an AWS zone; an EC2 instance type; an address
        // as EC2's host names write it; a KEDA scaled object; a Longhorn node and volume;
        // an OpenOCD target.
        "kshort" => r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 5),
        "azone" => word(r, &["us-east-1a", "us-east-1b", "eu-west-1c"]),
        "itype" => word(r, &["m5.large", "c6i.xlarge", "t3.medium", "r6g.2xlarge"]),
        "ipdash" => format!("10-0-{}-{}", r.below(256), r.between(1, 254)),
        "kedaobj" => word(r, &["worker", "email-sender", "thumbnailer"]),
        "lhnode" => format!("worker-{}", r.between(1, 9)),
        "pvc" => format!("pvc-{}-{}-{}-{}-{}", r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12)),
        "ocdtarget" => word(r, &["stm32f4x", "nrf52", "rp2040"]),
        // A kernel address and a function's offset; a YugabyteDB tablet's or peer's ID; a
        // Dapr app and component.
        "kaddr" => format!("ffff{}", r.hex(12)),
        "koff" => format!("{:x}", r.between(16, 4095)),
        "ybid" => r.hex(32),
        "daprapp" => word(r, &["orders", "checkout", "inventory"]),
        "daprcomp" => word(r, &["statestore", "pubsub", "secretstore"]),
        // A Gentoo package with its version; a Bamboo plan's key; a Mirth channel's name;
        // an Elastic Beanstalk deployment step; an IPS signature's message; a web filter's
        // category; a disk's label; a Docker application in Unraid.
        "ebuild" => word(r, &["sys-libs/zlib-1.3.1", "dev-lang/python-3.12.7_p1", "app-editors/vim-9.1.0707", "net-misc/openssh-9.8_p1-r2", "www-client/firefox-133.0"]),
        "bambooplan" => word(r, &["WEB-DEPLOY", "API-BUILD", "MOB-NIGHTLY", "INFRA-TF"]),
        "mirthchannel" => word(r, &["ADT Inbound", "Lab Results Outbound", "ORM Router", "Pharmacy Feed"]),
        "ebstep" => word(r, &["StageApplication", "RunAppDeployPreBuildHooks", "SetupDeployment", "FlipApplication", "StartProxy", "TrackPids"]),
        "idpsig" => word(r, &["SERVER-WEBAPP Apache Struts remote code execution attempt", "SQL generic sql insert injection atttempt", "OS-WINDOWS Microsoft SMB remote code execution attempt", "POLICY-OTHER TOR proxy connection"]),
        "webcat" => word(r, &["Gambling", "Proxy and Translators", "Weapons", "Peer to Peer & Torrents"]),
        "disklabel" => word(r, &["Backup", "WD_Elements", "usb-stick", "Seagate_Expansion"]),
        "dockerapp" => word(r, &["plex", "binhex-sonarr", "nextcloud", "swag"]),
        // A document's file name, some with spaces.
        "docfile" => word(r, &["report.pdf", "Q3 budget.xlsx", "notes.txt", "team photo.jpg", "backup.tar.gz"]),
        // A Zulip realm.
        "realmname" => word(r, &["engineering", "support", "community"]),
        // A Prometheus TSDB block's ULID.
        "ulid" => format!("01J{}", r.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)),
        // A tinc peer's name; an MQTT client's ID.
        "tincnode" => word(r, &["office_berlin", "dc1_gw", "laptop_alice", "nas_home", "vpn_hub"]),
        "mqttclient" => format!("{}-{}", r.pick(&["sensor", "gateway", "mobile"]), r.between(1, 500)),
        // A workstation's NetBIOS name; a YARN application's and container's sequence
        // numbers; a JuiceFS volume; a PostgreSQL server's name in Barman; a Barman backup's
        // ID.
        "wks" => format!("WS-{:04}", r.below(10_000)),
        "appseq" => format!("{:04}", r.between(1, 9_999)),
        "containerseq" => format!("{:06}", r.between(1, 40)),
        "jfsvol" => word(r, &["myjfs", "shared", "ml-data"]),
        "pgsrv" => word(r, &["main", "pg-prod", "pg-replica", "analytics"]),
        "backupid" => format!("202611{:02}T{:02}{:02}00", r.between(1, 28), r.below(24), r.below(60)),
        "callqueue" => word(r, &["support", "sales", "billing"]),
        "sipagent" => word(r, &["SIP/200", "SIP/201", "PJSIP/alice", "Local/305@agents"]),
        "svnpath" => word(r, &["trunk", "branches/release-2.1", "tags/v2.0", "trunk/docs"]),
        "hueapp" => word(r, &["editor", "home", "filebrowser/view=/user/alice", "jobbrowser"]),
        "oozieapp" => word(r, &["daily-etl", "hourly-ingest", "weekly-report"]),
        "ooziejob" => format!("{:07}-2611{:08}-oozie-oozi-{}", r.below(10_000_000), r.below(100_000_000), r.pick(&["W", "C"])),
        "ozaction" => word(r, &[":start:", "extract", "load", "end"]),
        "ambarialert" => word(r, &["namenode_webui", "datanode_health_summary", "yarn_resourcemanager_webui"]),
        "cdhcluster" => word(r, &["prod", "analytics", "dev"]),
        "cdhsvc" => word(r, &["hdfs", "yarn", "hive", "impala"]),
        "ctpl" => word(r, &["upstreams", "app", "proxy", "certs"]),
        "spsite" => word(r, &["finance", "hr", "engineering", "marketing"]),
        "distro" => word(r, &["ubuntu-22.04-x86_64", "rocky-9-x86_64", "debian-12-amd64"]),
        "maasid" => r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 6),
        "jujuunit" => word(r, &["mysql/0", "wordpress/1", "haproxy/2"]),
        "jujuapp" => word(r, &["mysql", "wordpress", "haproxy"]),
        "vpnhub" => word(r, &["VPN", "OFFICE", "LAB"]),
        "playerr" => r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 9),
        "nomadtask" => word(r, &["web", "redis", "api-server", "worker"]),
        "ssid" => word(r, &["HomeNet", "CorpWiFi", "eduroam", "Guest_5G"]),
        "macpkg" => word(r, &["MacOSXUpd", "XProtectPlistConfigData", "MRTConfigData", "SafariTechPreview"]),
        "macapp" => word(r, &["Safari", "Xcode", "Numbers", "Keynote"]),
        "tunedprofile" => word(r, &["throughput-performance", "virtual-guest", "balanced", "powersave"]),
        "tscoll" => word(r, &["products", "companies", "books", "docs_v2"]),
        "tritonmodel" => word(r, &["resnet50", "bert_base", "yolov8", "densenet_onnx"]),
        "registry" => word(r, &["docker.io/library/nginx:1.25", "quay.io/prometheus/node-exporter:v1.7.0", "registry.k8s.io/coredns/coredns:v1.11.1"]),
        "flatref" => word(r, &["app/org.mozilla.firefox/x86_64/stable", "runtime/org.gnome.Platform/x86_64/45", "app/org.gimp.GIMP/x86_64/stable"]),
        "bpchost" => word(r, &["web1", "db-primary", "laptop-alice", "nas"]),
        "share" => word(r, &["/home", "/etc", "/var/www", "C$"]),
        "resolver" => word(r, &["cloudflare", "quad9-doh", "google", "adguard-dns"]),
        "regrepo" => word(r, &["app/web", "team/api", "library/nginx", "ci/runner"]),
        "xinetsvc" => word(r, &["ftp", "tftp", "rsync", "telnet"]),
        "sudocmd" => word(r, &["/usr/bin/apt update", "/usr/bin/systemctl restart nginx", "/bin/cat /var/log/syslog", "/usr/bin/vim /etc/hosts"]),
        "mcserver" => word(r, &["lobby", "survival", "creative"]),
        "gitrepo" => word(r, &["app", "infra", "docs", "website"]),
        "hueytask" => word(r, &["app.tasks.send_email", "app.tasks.resize_image", "app.tasks.sync_feeds"]),
        "apjob" => word(r, &["cleanup", "sync_feeds", "send_digest", "refresh_tokens"]),
        "robottest" => word(r, &["Valid Login", "Invalid Password", "Logout From Menu", "Search By Keyword"]),
        // A 12-hour clock: `1:05:09 AM`.
        "ampm" => r.twelve_hour_clock(1),
        "azfunc" => word(r, &["HttpTrigger", "QueueProcessor", "TimerCleanup", "BlobResize"]),
        "pipestep" => word(r, &["Build", "Test", "Publish artifacts", "Deploy to staging"]),
        "azuretask" => word(r, &["Bash", "CmdLine", "PublishBuildArtifacts", "DotNetCoreCLI"]),
        "scalafile" => word(r, &["Main.scala", "routes/Api.scala", "db/Repo.scala", "model/User.scala"]),
        "csfile" => word(r, &["Program.cs", "Services/OrderService.cs", "Controllers/HomeController.cs"]),
        "csproj" => word(r, &["Shop.Api", "Shop.Core", "Shop.Worker"]),
        "usbid" => format!("VID_{}&PID_{}", r.hex(4).to_uppercase(), r.hex(4).to_uppercase()),
        // An abbreviated Ethereum hash: `0x1a2b…3c4d`.
        "ethroot" => format!("0x{}…{}", r.hex(4), r.hex(4)),
        "luafile" => word(r, &["auth", "ratelimit", "router", "jwt"]),
        "plscript" => word(r, &["backup.pl", "report.pl", "sync_users.pl"]),
        "plmod" => word(r, &["App/Model/User.pm", "App/DB.pm", "Mail/Queue.pm"]),
        "plpkg" => word(r, &["App::Model::User", "App::DB", "Mail::Queue"]),
        "xuid" => format!("2535{}", r.between(400_000_000_000, 499_999_999_999)),
        "debver" => word(r, &["1:9.2p1-2+deb12u3", "2.06-13+deb12u1", "1.22.1-9", "1.9.13p3-1+deb12u1", "252.30-1~deb12u2"]),
        "indexer" => word(r, &["1337x", "nyaasi", "limetorrents", "thepiratebay", "torrentgalaxy"]),
        "mactwelve" => r.hex(12).to_uppercase(),
        "mcestatus" => r.hex(16),
        "acct" => r.between(100_000_000_000, 999_999_999_999).to_string(),
        "ecscluster" => word(r, &["prod-web", "prod-workers", "staging"]),
        "movie" => word(r, &["Dune", "The Matrix", "Blade Runner 2049", "Severance", "Arrival"]),
        "release" => format!(
            "{}.{}.1080p.WEB.x264-{}",
            r.pick(&["Some.Show.S01E02", "Another.Film.2026", "Nature.Docs.S03E11"]),
            r.pick(&["PROPER", "REPACK", "iNTERNAL"]),
            r.pick(&["GRP", "NTb", "FLUX"])
        ),
        "newsserver" => word(r, &["news.example.com", "eu.newshost.net", "bulk.usenet.example"]),
        "drivename" => format!("{}_{}", r.pick(&["Samsung_SSD_870_EVO_1TB", "WDC_WD40EFRX_68N32N0", "ST2000DM008_2FR102"]), r.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 14)),
        "cfpath" => word(r, &["/etc/motd", "/etc/ssh/sshd_config", "/etc/resolv.conf", "/etc/chrony.conf"]),
        "cfbundle" => word(r, &["cfe_internal_update", "inventory_linux", "hardening", "packages_installed"]),
        "blogslug" => word(r, &["welcome", "the-editor", "design", "publishing-options"]),
        "listname" => word(r, &["announce", "dev", "users", "security"]),
        "track" => word(r, &["track01", "intro_jingle", "night_mix", "station_id"]),
        "roomhost" => word(r, &["livingroom", "kitchen", "office", "bedroom"]),
        "channame" => word(r, &["general", "help", "dev", "offtopic"]),
        "ircserver" => word(r, &["hub.example.net", "leaf1.example.net", "leaf2.example.net"]),
        "nsreq" => format!("{:06x}", r.below(0x100_0000)),
        "ldaphost" => word(r, &["ldap1.example.com", "ldap2.example.com"]),
        "udevprog" => word(r, &["probe-bcache", "hdparm", "bluetooth-helper", "mdadm-check"]),
        "gopipe" => word(r, &["web-app", "api-service", "infra-terraform"]),
        "taskname" => word(r, &["weekly-full", "dmz-scan", "web-servers", "pci-quarterly"]),
        "gpfsfs" => word(r, &["gpfs01", "scratch", "home", "projects"]),
        "chocopkg" => word(r, &["git", "7zip", "nodejs-lts", "vscode", "googlechrome", "python3"]),
        "moz" => format!("7f{}", r.hex(10)),
        "lynistest" => format!("{}-{}", r.pick(&["BOOT", "AUTH", "FILE", "KRNL", "SSH"]), r.between(1000, 9999)),
        "ccjob" => word(r, &["unit", "build-image", "deploy-staging", "integration"]),
        "ccpipe" => word(r, &["main", "release", "infra"]),
        "vpnconn" => word(r, &["office-vpn", "dc1-dc2", "roadwarrior", "aws-tunnel"]),
        "rnti" => format!("{:x}", r.between(0x46, 0xffff)),
        "wtid" => format!("{:04x}", r.between(0x20, 0x200)),
        "winlib" => word(r, &["MSVCR100.dll", "d3dx9_43.dll", "XINPUT1_3.dll", "mfc140u.dll"]),
        "winapp" => word(r, &["Notepad++", "Steam", "Foobar", "Setup"]),
        "fuzzmut" => word(r, &["ChangeBit-CrossOver-", "InsertByte-", "EraseBytes-ChangeByte-", "CMP-ShuffleBytes-", "CopyPart-"]),
        "discordid" => format!("1{:017}", r.below(100_000_000_000_000_000)),
        "vespahost" => word(r, &["vespa-0.vespa-internal", "vespa-1.vespa-internal", "cfg-0.vespa-internal"]),
        "nebhost" => word(r, &["lighthouse", "laptop", "nas", "build-box"]),
        "dataset" => word(r, &["tank/data", "tank/vm/disk-100", "rpool/home", "backup/photos"]),
        "datastore" => word(r, &["store1", "offsite", "fast"]),
        "inputdev" => word(r, &["Logitech_USB_Receiver", "AT_Translated_Set_2_keyboard", "SynPS/2_Synaptics_TouchPad"]),
        "servlet" => word(r, &["jersey", "FacesServlet", "default"]),
        "rdjob" => word(r, &["backup-db", "rotate-logs", "deploy-web", "cleanup-tmp"]),
        "statsmetric" => word(r, &["api.requests", "worker.jobs.done", "cache.hits"]),
        "cactids" => word(r, &["traffic_in", "traffic_out", "load_1min", "hdd_used"]),
        "ntpserver" => word(r, &["ntp.ubuntu.com", "0.debian.pool.ntp.org", "time.cloudflare.com"]),
        "debpkg" => word(r, &["openssh-server", "grub-pc", "nginx-common", "sudo"]),
        "dbztable" => word(r, &["inventory.customers", "inventory.orders", "public.payments"]),
        "pgslot" => word(r, &["'postgres'", "'inventory'"]),
        "rdbserver" => word(r, &["rethink_a", "rethink_b", "db3"]),
        "rdbtable" => word(r, &["test.users", "app.events", "app.sessions"]),
        "qtable" => word(r, &["trades", "sensors", "weather"]),
        "zone" => word(r, &["example.com", "example.org", "internal.lan", "10.in-addr.arpa"]),
        "maildomain" => word(r, &["gmail.com", "example.org", "newsletter.shop", "bank.example"]),
        "scan" => word(r, &["invoice_2026-11.pdf", "scan0001.pdf", "receipt.jpg", "contract signed.pdf"]),
        "zwnode" => format!("{:03}", r.between(2, 40)),
        "vprojection" => word(r, &["public.sales_b0", "public.clicks_super", "store.orders_b1"]),
        "oracleuser" => word(r, &["oracle", "ggadmin"]),
        "ggprocess" => word(r, &["EXT1", "PUMP1", "REP1", "EXTHR"]),
        "ggtable" => word(r, &["HR.EMPLOYEES", "SALES.ORDERS", "SALES.ORDER_ITEMS"]),
        // OpenVMS's `28-NOV-2026 10:00:00.12`.
        "vmstime" => format!("{}-NOV-2026 {}", r.between(10, 28), &r.clock('.')[11..22]),
        "vmsuser" => word(r, &["SYSTEM", "OPERATOR", "JONES"]),
        "vmsnode" => word(r, &["VAXA", "ALPHA1", "IA64B"]),
        "mdyshort" => format!("11/{:02}/26", r.between(1, 28)),
        "ibmiuser" => word(r, &["QUSER", "QSYSOPR", "JSMITH", "BATCHUSR"]),
        "ibmijob" => word(r, &["QZDASOINIT", "QPADEV0001", "NIGHTLY", "QPWFSERVSO"]),
        "ibmisbs" => word(r, &["QUSRWRK", "QINTER", "QBATCH"]),
        "ibmidev" => word(r, &["QPADEV0001", "DSP01", "QPADEV0007"]),
        "cmakelib" => word(r, &["/usr/lib/x86_64-linux-gnu/libssl.so", "/usr/lib/x86_64-linux-gnu/libz.so", "TRUE", "/usr/bin/pkg-config"]),
        "app" => word(r, &["libfoo", "shopd", "api-server"]),
        "cfunction" => word(r, &["strlcpy", "memfd_create", "clock_gettime", "getrandom"]),
        "cheader" => word(r, &["stdint.h", "sys/epoll.h", "unistd.h", "threads.h"]),
        "mesondep" => word(r, &["zlib", "openssl", "glib-2.0", "threads"]),
        "feature" => word(r, &["compression", "tls", "ldap"]),
        "npmpkg" => word(r, &["react", "react-dom", "eslint", "typescript", "@babel/core"]),
        "phppkg" => word(r, &["symfony/console", "monolog/monolog", "guzzlehttp/guzzle", "laravel/framework"]),
        "gomodule" => word(r, &["github.com/spf13/cobra", "golang.org/x/sys", "google.golang.org/grpc", "github.com/stretchr/testify"]),
        "lvname" => word(r, &["data", "root", "swap", "backups"]),
        "vgname" => word(r, &["vg0", "ubuntu-vg", "storage"]),
        "croncmd" => word(r, &[
            "/usr/local/bin/backup.sh",
            "[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi",
            "cd / && run-parts --report /etc/cron.hourly",
            "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }",
        ]),
        "frpproxy" => word(r, &["ssh", "web", "rdp", "nas_https"]),
        "vmplugin" => word(r, &["libappInfo.so", "libdeployPkgPlugin.so", "libtimeSync.so"]),
        "azext" => word(r, &["Microsoft.Azure.Monitor.AzureMonitorLinuxAgent", "Microsoft.OSTCExtensions.VMAccessForLinux", "Microsoft.CPlat.Core.RunCommandLinux"]),
        "sipmethod" => word(r, &["INVITE", "REGISTER", "BYE", "OPTIONS"]),
        "sipuser" => format!("sip:{}@pbx.example.com", value(r, "user")),
        "blockdev" => word(r, &["sda1", "sdb1", "nvme0n1p2", "dm-0", "vdb"]),
        "xfsfn" => word(r, &["dir3_block_read_verify", "inode_buf_verify", "agf_read_verify"]),
        "comm" => word(r, &["java", "postgres", "nginx", "python3", "httpd"]),
        "selfile" => word(r, &["index.html", ".bashrc", "config.yaml", "id_rsa"]),
        "setype" => word(r, &["httpd_t", "postgresql_t", "container_t"]),
        "aaprofile" => word(r, &["/usr/sbin/cupsd", "/usr/bin/man", "snap.firefox.firefox", "docker-default"]),
        "aapath" => word(r, &["/etc/ssl/private/", "/proc/sys/kernel/random/boot_id", "/home/alice/.config/"]),
        // SAP HANA's `2026-11-28 10:00:00.123456`.
        "hanatime" => format!("{}{:03}", r.clock('.'), r.below(1000)),
        "hanauser" => word(r, &["SYSTEM", "SAPABAP1", "DBADMIN", "ALICE"]),
        "cfapp" => word(r, &["shop", "orders-api", "admin"]),
        "agent" => word(r, &["curl/8.5.0", "Mozilla/5.0", "Go-http-client/2.0", "python-requests/2.31.0"]),
        "edge" => format!("{}{}-C{}", r.pick(&["LAX", "FRA", "NRT", "IAD"]), r.between(1, 99), r.between(1, 3)),
        "cfid" => r.chars(BASE64URL, 54),
        "rusttest" => format!(
            "{}::tests::{}",
            r.pick(&["miner", "store", "parse::json", "server::api"]),
            r.pick(&["reads_back", "rejects_empty_input", "merges_two_values", "keeps_order"])
        ),
        "dbserver" => word(r, &["server1", "server2", "db-primary", "db-replica"]),
        "meiliindex" => word(r, &["movies", "products", "docs"]),
        "ggufkey" => {
            word(r, &["general.architecture", "llama.context_length", "tokenizer.ggml.model", "general.file_type"])
        }
        "ggufvalue" => word(r, &["llama", "4096", "gpt2", "15", "true"]),
        "printkey" => word(r, &["n_ctx_train", "n_embd", "n_layer", "n_head", "n_vocab"]),
        "atsplugin" => word(r, &["header_rewrite", "regex_remap", "cachekey"]),
        "ftpfile" => word(r, &["report.pdf", "backup.tar.gz", "photo_001.jpg"]),
        "hproject" => word(r, &["library", "team-a", "ci"]),
        "hrepo" => word(r, &["nginx", "api", "worker", "base-image"]),
        "dockererr" => word(r, &["Cannot connect to the Docker daemon", "context deadline exceeded"]),
        "hostname" => word(r, &["docker-01", "edge-vm", "local"]),
        "ddcheck" => word(r, &["cpu", "disk", "network", "postgres", "redisdb"]),
        "splunkfile" => word(r, &["/var/log/syslog", "/var/log/nginx/access.log", "/opt/app/logs/app.log"]),
        "gpu" => r.below(8).to_string(),
        "cc" => format!("{:02}", r.below(32)),
        "epoch" => r.between(1_764_000_000, 1_764_999_999).to_string(),
        "dport" => word(r, &["443", "53", "80", "22"]),
        "junosapp" => word(r, &["junos-https", "junos-dns-udp", "junos-http", "junos-ssh"]),
        "policy" => word(r, &["allow-web", "allow-dns", "allow-ssh"]),
        "cpattack" => word(r, &["SQL Injection", "Port Scan", "Microsoft SMB Remote Code Execution"]),
        // DB2's `2026-11-28-10.00.00.123456`.
        "db2time" => format!("{}{:03}", r.clock('.').replace(' ', "-").replace(':', "."), r.below(1000)),
        "fbdb" => word(r, &["employee", "sales", "hr"]),
        "winhost" => word(r, &["PC-ACCT-01", "LAPTOP-7QK2", "TERMSRV"]),
        "beegfsid" => format!("{:X}-{}-{}", r.between(1, 255), r.hex(8).to_uppercase(), r.between(1, 9)),
        "bkagent" => word(r, &["ci-agent-1", "ci-agent-2", "builder-7", "arm64-3"]),
        // SR OS's `2026/11/28 10:00:00.12`.
        "srostime" => r.clock('.')[..22].replace('-', "/"),
        "sport" => format!("{}/1/{}", r.between(1, 2), r.between(1, 12)),
        "xport" => format!("{}:{}", r.between(1, 2), r.between(1, 48)),
        "vlan" => word(r, &["Default", "mgmt", "voice", "servers"]),
        "steamid" => format!("7656119{:010}", r.below(10_000_000_000)),
        "viking" => word(r, &["Ragnar", "Lagertha", "Bjorn", "Ivar"]),
        "imsi" => format!("00101{:010}", r.below(10_000_000_000)),
        "webhost" => word(r, &["example.com", "cdn.example.net", "api.github.com", "deb.debian.org"]),
        "statsid" => format!("{}-{}", r.pick(&["Otter", "Heron", "Lynx"]), r.hex(3)),
        "lightname" => word(r, &["Porch", "Hall", "Desk Lamp"]),
        "script" => word(r, &["night_mode", "alarm", "heating"]),
        "applid" => word(r, &["CICSPRD1", "CICSTST2", "CICSA"]),
        "tran" => word(r, &["PAY1", "INQ2", "ORDR", "CEMT"]),
        "abcode" => word(r, &["ASRA", "AEY9", "AICA", "ATNI"]),
        "term" => format!("T{}", r.hex(3).to_uppercase()),
        "luname" => format!("LU{}", r.between(100, 999)),
        "racfuser" => word(r, &["JSMITH", "OPS01", "BATCH", "KLEE"]),
        "godotcond" => word(r, &["!p_node", "!is_inside_tree()", "p_child->data.parent"]),
        "godotfn" => word(r, &["add_child", "remove_child", "get_node", "_notification"]),
        "godotfile" => word(r, &["scene/main/node.cpp", "core/object/object.cpp", "servers/rendering_server.cpp"]),
        "assetpath" => word(r, &["assets/player.png", "scenes/level_2.tscn", "audio/hit.ogg"]),
        "prop" => word(r, &["position", "velocity", "health"]),
        "gdfunc" => word(r, &["_physics_process", "_ready", "take_damage"]),
        "gdscript" => word(r, &["player.gd", "enemy.gd", "hud.gd"]),
        "phpkey" => word(r, &["sku", "quantity", "field_price"]),
        "phpfn" => word(r, &["shop_cart_total", "shop_form_alter", "_shop_price"]),
        "xenup" => format!("{:>5}.{:06}", r.below(99_999), r.below(1_000_000)),
        "vmname" => word(r, &["anonymous-instance", "sandbox-7f3a", "ci-runner-12"]),
        "swhost" => word(r, &["core-sw1", "edge-sw2", "<UNKNOWN>"]),
        "song" => word(
            r,
            &[
                "Music/Daft Punk/Discovery/01 One More Time.flac",
                "Music/Nina Simone/Sinnerman.mp3",
                "Podcasts/ep42.mp3",
                "Music/Miles Davis/Kind of Blue/02 Freddie Freeloader.flac",
            ],
        ),
        "hhmm" => r.clock('.')[11..16].to_string(),
        "spid" => format!("{:05}", r.below(100_000)),
        "sybdb" => word(r, &["master", "tempdb", "sales", "sybsystemprocs"]),
        "gofunc" => word(r, &["(*Cache).Get", "(*Cache).Set", "worker.func1", "handleRequest"]),
        "gofile" => word(r, &["cache.go", "worker.go", "server.go", "main.go"]),
        "swiftsymbol" => word(r, &["CartView.body.getter", "APIClient.fetch(_:)", "OrderStore.load()", "main"]),
        "javathread" => {
            word(r, &["main", "pool-1-thread-3", "http-nio-8080-exec-7", "Reference Handler", "GC Thread#0"])
        }
        "javafile" => word(r, &["OrderService.java", "Thread.java", "LockSupport.java", "NioEndpoint.java"]),
        "elixirmodule" => word(r, &["Shop.Cache", "Shop.Inventory.Worker", "ShopWeb.Presence"]),
        "elixirpid" => format!("#PID<0.{}.0>", r.between(100, 9999)),
        "fixtime" => {
            let clock = r.clock('.');
            format!("202611{}-{}", &clock[8..10], &clock[11..])
        }
        "ticker" => word(r, &["AAPL", "MSFT", "GOOG", "AMZN", "TSLA", "BRK.B"]),
        "smsc" => word(r, &["smsc1", "twilio", "smpp-eu", "modem0"]),
        "sd" => word(r, &["sda", "sdb", "nvme0n1", "ada0"]),
        "camera" => word(r, &["front_door", "driveway", "backyard", "garage_cam", "porch"]),
        "gcode" => word(r, &["benchy.gcode", "calibration_cube.gcode", "phone_stand_v2.gcode", "gear_m8.gcode"]),
        "drbdres" => word(r, &["r0", "r1", "data", "web"]),
        "svcmethod" => word(r, &["net-physical", "svc-ssh", "fs-local", "http-apache24"]),
        "errpttime" => format!("11{:02}{:02}{:02}26", r.between(1, 28), r.below(24), r.below(60)),
        "pulumitype" => word(
            r,
            &[
                "aws:s3:BucketV2",
                "aws:iam:Role",
                "aws:lambda:Function",
                "kubernetes:apps/v1:Deployment",
                "gcp:storage:Bucket",
                "aws:ec2:SecurityGroup",
            ],
        ),
        "stage" => word(r, &["dev", "staging", "prod"]),
        "rpm" => format!(
            "{}.fc39.{}",
            r.pick(&[
                "kernel-core-6.5.6-300",
                "vim-enhanced-9.0.2120-1",
                "glibc-2.38-14",
                "python3-requests-2.28.2-5",
                "openssl-libs-3.1.1-4"
            ]),
            r.pick(&["x86_64", "noarch"])
        ),
        "fedorarepo" => word(r, &["updates-released-f39", "fedora-39", "fedora-cisco-openh264-39"]),
        "archpkg" => {
            word(r, &["linux", "vim", "glibc", "python", "openssl", "systemd", "mesa", "firefox", "lib32-mesa"])
        }
        "archver" => {
            word(r, &["6.6.2.arch1-1", "9.0.2120-1", "2.38-7", "3.11.6-1", "1:3.1.4-1", "254.6-2", "23.2.1-2"])
        }
        "apkpkg" => word(r, &["musl", "busybox", "ca-certificates", "libssl3", "curl", "nghttp2-libs", "zlib"]),
        "apkver" => word(r, &["1.2.4-r2", "1.36.1-r15", "20230506-r0", "3.1.4-r1", "8.5.0-r0", "1.3.1-r0"]),
        "db" => word(r, &["shop", "mysql", "analytics", "sys"]),
        "disk" => word(r, &["sda", "sdb", "nvme0n1", "dm-0", "dm-1", "vda", "loop0"]),
        "sqlinstance" => format!(
            "{}:{}:{}",
            r.pick(&["shop-prod-1234", "analytics-prod", "acme-staging"]),
            r.pick(&["us-central1", "europe-west1"]),
            r.pick(&["orders-db", "users-pg"])
        ),
        "jobname" => word(r, &["PAYROLL1", "DBBACKUP", "CICSPROD", "NIGHTLY", "GLPOST", "ARCHIVE2", "SMFDUMP"]),
        "racfpadded" => format!("{:<8}", r.pick(&["JSMITH", "OPER01", "IBMUSER", "BATCHID", "TSOADM"])),
        "zostime" => r.clock('.')[11..19].replace(':', "."),
        "dsn" => format!(
            "{}.{}.{}",
            r.pick(&["PROD", "TEST", "SYS1"]),
            r.pick(&["PAYROLL", "GL", "CICS"]),
            r.pick(&["DATA", "LOADLIB", "G0012V00"])
        ),
        "cmplid" => r.hex(32),
        "swiftfile" => word(r, &["CartView.swift", "AppDelegate.swift", "APIClient.swift", "OrderStore.swift"]),
        "bundle" => format!("{}.{}.js", r.pick(&["main", "vendors", "runtime", "942"]), r.hex(20)),
        other => panic!("no value of kind {other:?}"),
    }
}

/// Where a rule goes (`{rule}`), before the mark it repeats.
const RULE: char = '\u{1}';

/// `line` with each rule (`{rule}=`) as long as it takes to make the line 80 columns wide,
/// the width shared among its rules, three marks at the least: as pytest centres a title
/// between two and Ansible pads a task's name with one.
fn pad_rules(line: String) -> String {
    let rules = line.matches(RULE).count();
    if rules == 0 {
        return line;
    }
    let width = line.chars().count() - 2 * rules;
    let each = (80usize.saturating_sub(width) / rules).max(3);
    let mut out = String::with_capacity(line.len() + each * rules);
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            RULE => {
                let mark = chars.next().expect("a mark after a rule");
                out.extend(std::iter::repeat_n(mark, each));
            }
            c => out.push(c),
        }
    }
    out
}

/// `template` with each `{…}` filled in: one value per name in a line.
fn fill(r: &mut Random, template: &str) -> String {
    let (mut out, mut rest) = (String::new(), template);
    let mut named: Vec<(&str, String)> = Vec::new();
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let name = &rest[open + 1..close];
        // `{}`, `{"…` and `{connection_failure}` are the message's own braces.
        let choice = name.contains('|') && !name.contains('{');
        // A kind is lowercase-led: `{UNKNOWN}` is the message's own.
        let kind =
            name.starts_with(|c: char| c.is_ascii_lowercase()) && name.bytes().all(|b| b.is_ascii_alphanumeric());
        if !choice && !kind {
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            continue;
        }
        out.push_str(&rest[..open]);
        let filled = if choice {
            let choices: Vec<&str> = name.split('|').collect();
            r.pick(&choices).to_string()
        } else if let Some((_, v)) = named.iter().find(|(n, _)| *n == name) {
            v.clone()
        } else {
            let v = value(r, name.trim_end_matches(|c: char| c.is_ascii_digit()));
            named.push((name, v.clone()));
            v
        };
        out.push_str(&filled);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn klog_header(r: &mut Random, event: usize, level: &str) -> String {
    let clock = r.clock('.');
    let file = ["controller.go", "reflector.go", "kubelet.go", "pod_workers.go", "server.go"][event % 5];
    format!(
        "{level}11{} {}{:03}    {} {file}:{}]",
        &clock[8..10],
        &clock[11..],
        r.below(1000),
        r.between(1, 9),
        37 * event + 20
    )
}

fn spring_header(r: &mut Random, event: usize, level: &str) -> String {
    let thread = match r.below(4) {
        0 => format!("nio-8080-exec-{}", r.between(1, 10)),
        1 => "main".into(),
        2 => "scheduling-1".into(),
        _ => "HikariPool-1 housekeeper".into(),
    };
    let logger = ["c.e.shop.OrderController", "o.s.web.servlet.DispatcherServlet", "c.e.shop.PaymentClient"][event % 3];
    format!("{}  {level:>5} {} --- [{thread}] {logger:<40} :", r.clock('.'), r.between(1000, 9999))
}

fn python_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} - {} - {level} -", r.clock(','), r.pick(&["worker", "api", "scheduler"]))
}

fn rfc5424_header(r: &mut Random, event: usize, app: &str) -> String {
    let priority = r.pick(&[134, 165, 11, 14]);
    let (time, host) = (r.iso_time(), value(r, "host"));
    format!("<{priority}>1 {time} {host} {app} {} {}", r.between(100, 99_999), ["-", "ID47", "audit"][event % 3])
}

fn envoy_header(r: &mut Random, event: usize, level: &str) -> String {
    if level == "access" {
        return format!("[{}]", r.iso_time());
    }
    let source =
        ["source/common/upstream/cluster_manager_impl.cc", "source/common/network/connection_impl.cc"][event % 2];
    let logger = ["upstream", "connection", "config", "main"][event % 4];
    format!("[{}][{}][{level}][{logger}] [{source}:{}]", r.clock('.'), r.between(10, 99), 41 * event + 10)
}

fn journal_header(r: &mut Random, _: usize, program: &str) -> String {
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    let host = r.pick(&["node1", "node2", "ip-10-0-3-17", "build-runner-4"]);
    format!("Nov {day:2} {h:02}:{m:02}:{s:02} {host} {program}[{}]:", r.between(1, 99_999))
}

/// [`journal_header`] with no process ID after the program's name, as hostapd writes it.
fn tag_header(r: &mut Random, event: usize, program: &str) -> String {
    let header = journal_header(r, event, program);
    format!("{}:", &header[..header.rfind('[').expect("a process ID")])
}

/// Unreal Engine's log: a time with dots, then the frame counter padded to three places
/// (`[ 44]`), and the category glued to it.
fn unreal_header(r: &mut Random, _: usize, category: &str) -> String {
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    format!("[2026.11.{day:02}-{h:02}.{m:02}.{s:02}:{:03}][{:3}]{category}:", r.below(1000), r.below(1000))
}

/// yum's own log: the time as syslog writes it, no host and no program.
fn yum_header(r: &mut Random, _: usize, _: &str) -> String {
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    format!("Nov {day:02} {h:02}:{m:02}:{s:02}")
}

/// ClickHouse's log: the time to the microsecond, the thread in padded brackets, the query's
/// ID in braces, the level in angle brackets and the logger's name.
fn clickhouse_header(r: &mut Random, _: usize, logger: &str) -> String {
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    let query = format!("{}-{}-{}-{}-{}", r.hex(8), r.hex(4), r.hex(4), r.hex(4), r.hex(12));
    format!(
        "2026.11.{day:02} {h:02}:{m:02}:{s:02}.{:06} [ {} ] {{{query}}} <Error> {logger}:",
        r.below(1_000_000),
        r.between(1, 64)
    )
}

/// SSSD's debug log: the time in parentheses, the hour padded with a space, then the
/// backend's domain inside two brackets (one of two per line) and the function (per event).
fn sssd_header(r: &mut Random, _: usize, function: &str) -> String {
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    let domain = r.pick(&["example.com", "corp.local"]);
    format!("(2026-11-{day:02} {h:2}:{m:02}:{s:02}): [be[{domain}]] [{function}]")
}

/// A time, then the host that wrote the line (one of two, named with no digit), then the
/// level: logs of several machines gathered into one file.
fn host_level_header(r: &mut Random, _: usize, level: &str) -> String {
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    let host = r.pick(&["gateway", "frontend"]);
    format!("2026-11-{day:02} {h:02}:{m:02}:{s:02},{:03} {host} {level}", r.below(1000))
}

/// A CI runner's step log (GitHub Actions', Azure Pipelines'): each line after an RFC 3339
/// time with a fraction of 7 digits.
fn actions_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}{:04}Z", &r.iso_time()[..23], r.below(10_000))
}

fn golog_header(r: &mut Random, event: usize, _: &str) -> String {
    let clock = r.clock(' ').replace('-', "/");
    format!("{} {}:{}:", &clock[..19], ["main.go", "server.go", "worker.go", "store.go"][event % 4], 29 * event + 10)
}

fn elasticsearch_header(r: &mut Random, event: usize, level: &str) -> String {
    let logger = ["o.e.c.r.a.AllocationService", "o.e.n.Node", "o.e.c.c.Coordinator", "o.e.i.e.Engine"][event % 4];
    let node = r.pick(&["es-node-1", "es-node-2", "es-data-3"]);
    format!("[{}][{level:<5}][{logger}] [{node}]", r.clock(',').replace(' ', "T"))
}

fn cassandra_header(r: &mut Random, event: usize, level: &str) -> String {
    let thread = match r.below(3) {
        0 => format!("CompactionExecutor:{}", r.between(1, 16)),
        1 => format!("Native-Transport-Requests-{}", r.between(1, 128)),
        _ => "ScheduledTasks:1".into(),
    };
    let file =
        ["CompactionTask.java", "Memtable.java", "Gossiper.java", "NoSpamLogger.java", "StatusLogger.java"][event % 5];
    format!("{level:<5} [{thread}] {} {file}:{} -", r.clock(','), 37 * event + 100)
}

/// log4j's `[%-5p]`: a level padded inside its brackets (`[INFO ]`, `[ERROR]`), one event
/// logged at any of the levels listed (`INFO|WARN`).
fn log4j_padded_header(r: &mut Random, _: usize, levels: &str) -> String {
    let levels: Vec<&str> = levels.split('|').collect();
    let level = r.pick(&levels);
    format!("{} [{level:<5}] [{}]", r.clock(','), r.pick(&["main", "pool-1-thread-2", "Timer-0"]))
}

fn uvicorn_header(_: &mut Random, _: usize, level: &str) -> String {
    format!("{:<9}", format!("{level}:"))
}

fn kafka_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{}] {level}", r.clock(','))
}

fn nginx_header(r: &mut Random, _: usize, level: &str) -> String {
    // A few worker processes, each with one thread.
    let worker = r.between(2710, 2713);
    format!("{} [{level}] {worker}#{worker}:", &r.clock(' ').replace('-', "/")[..19])
}

fn postgres_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} UTC [{}]", r.clock('.'), r.between(1000, 99_999))
}

/// Redis: the process ID, the role (fixed per event), and a day-first time with words.
fn redis_header(r: &mut Random, _: usize, role: &str) -> String {
    // Any process logs some events: the master, a replica or a child (`M`, `S`, `C`).
    let role = if role == "any" { r.pick(&["M", "S", "C"]) } else { role };
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    format!("{}:{role} {day:02} Nov 2026 {h:02}:{m:02}:{s:02}.{:03}", r.between(1, 99_999), r.below(1000))
}

/// The first three fields of a header's `fields`, split at `separator` (empty where missing).
fn three_fields(fields: &str, separator: char) -> (&str, &str, &str) {
    let mut parts = fields.split(separator);
    let mut next = || parts.next().unwrap_or("");
    (next(), next(), next())
}

/// MySQL 8: the level, the error code and the subsystem (`Warning|MY-010055|Server`).
fn mysql_header(r: &mut Random, _: usize, level: &str) -> String {
    let (level, code, subsystem) = three_fields(level, '|');
    format!("{}{:03}Z {} [{level}] [{code}] [{subsystem}]", &r.iso_time()[..23], r.below(1000), r.between(0, 400))
}

/// pino (Node.js): a JSON record with a numeric level first.
fn pino_header(r: &mut Random, _: usize, level: &str) -> String {
    let (time, host) = (value(r, "epochms"), value(r, "host"));
    format!(r#"{{"level":{level},"time":{time},"pid":{},"hostname":"{host}","#, r.between(1, 4000))
}

/// Rails's logger, with the request's ID as a tag.
fn rails_header(r: &mut Random, event: usize, level: &str) -> String {
    let logger = ruby_logger_header(r, event, level);
    format!("{logger} [{}]", value(r, "uuid"))
}

/// Ruby's Logger: `I, [2026-11-28T10:00:00.123456 #1234]  INFO -- :` (Unicorn).
fn ruby_logger_header(r: &mut Random, _: usize, level: &str) -> String {
    let (time, pid) = (r.iso_time(), r.between(1, 99_999));
    format!("{}, [{} #{pid}] {level:>5} -- :", &level[..1], &time[..26])
}

/// HashiCorp's hclog (Consul, Vault, Nomad): the level and the subsystem (`WARN|agent`).
fn hclog_header(r: &mut Random, _: usize, level: &str) -> String {
    let (level, subsystem) = level.split_once('|').unwrap_or((level, ""));
    format!("{} [{level}] {subsystem}:", &r.iso_time()[..23])
}

/// Prometheus (go-kit's logfmt): the time, the caller (fixed per event) and the level.
fn prometheus_header(r: &mut Random, event: usize, level: &str) -> String {
    let caller = ["head.go", "compact.go", "scrape.go", "notifier.go", "main.go", "db.go"][event % 6];
    format!("ts={} caller={caller}:{} level={level}", r.iso_time(), 97 * event + 40)
}

/// Grafana's logfmt: the logger (fixed per event), the time and the level.
fn grafana_header(r: &mut Random, event: usize, level: &str) -> String {
    let logger =
        ["context", "cleanup", "alerting.scheduler", "ngalert.state.manager", "tsdb.loki", "plugins"][event % 6];
    format!("logger={logger} t={} level={level}", r.iso_time())
}

/// Apache httpd 2.4's error log: the time in words, the module and level, the process and
/// thread.
fn apache_header(r: &mut Random, _: usize, level: &str) -> String {
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    let weekday = r.pick(&["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    let (pid, tid) = (r.between(1000, 9999), r.between(100_000_000_000, 999_999_999_999));
    format!(
        "[{weekday} Nov {day:02} {h:02}:{m:02}:{s:02}.{:06} 2026] [{level}] [pid {pid}:tid {tid}]",
        r.below(1_000_000)
    )
}

/// The JVM's unified logging (`-Xlog:gc*`): the time, the uptime and the tags.
fn jvm_gc_header(r: &mut Random, _: usize, tags: &str) -> String {
    format!("[{}+0000][{}.{:03}s][info][{tags}]", &r.iso_time()[..23], r.between(1, 99_999), r.below(1000))
}

/// MongoDB's structured log: a JSON record whose time and severity come first.
fn mongodb_header(r: &mut Random, _: usize, severity: &str) -> String {
    format!(r#"{{"t":{{"$date":"{}+00:00"}},"s":"{severity}","#, &r.iso_time()[..23])
}

/// Celery's worker: the time, the level and the process (a pool worker's number varies).
fn celery_header(r: &mut Random, _: usize, level: &str) -> String {
    let process =
        if level == "INFO" { "MainProcess".to_string() } else { format!("ForkPoolWorker-{}", r.between(1, 8)) };
    format!("[{}: {level}/{process}]", r.clock(','))
}

/// Docker's daemon (logrus's text format): a quoted time with nanoseconds and the level.
fn logrus_header(r: &mut Random, _: usize, level: &str) -> String {
    format!(r#"time="{}{:06}Z" level={level}"#, &r.iso_time()[..23], r.below(1_000_000))
}

/// etcd (zap's JSON): the level, the time and the caller (fixed per event).
fn etcd_header(r: &mut Random, event: usize, level: &str) -> String {
    let caller = [
        "etcdserver/util.go",
        "mvcc/index.go",
        "mvcc/kvstore_compaction.go",
        "wal/wal.go",
        "embed/config_logging.go",
        "etcdserver/server.go",
        "etcdserver/raft.go",
    ][event % 7];
    format!(r#"{{"level":"{level}","ts":"{}","caller":"{caller}:{}","#, r.iso_time(), 53 * event + 60)
}

/// RabbitMQ 3.12: the time with microseconds and offset, the level and an Erlang process ID.
fn rabbitmq_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}{:03}+00:00 [{level}] <0.{}.0>", r.clock('.'), r.below(1000), r.between(200, 99_999))
}

/// zap's console encoder (Go): tab-separated time, level and caller (fixed per event).
fn zap_console_header(r: &mut Random, event: usize, level: &str) -> String {
    let caller =
        ["server/grpc.go", "server/interceptor.go", "client/retry.go", "events/publisher.go", "cache/refresh.go"]
            [event % 5];
    format!("{}\t{level}\t{caller}:{}\t", r.iso_time(), 31 * event + 20)
}

/// Tomcat's catalina log: a day-first time with a month name, the level, the thread and the
/// class and method that logged (fixed per event).
fn tomcat_header(r: &mut Random, event: usize, level: &str) -> String {
    let clock = r.clock('.');
    let thread = match r.below(3) {
        0 => "main".to_string(),
        1 => format!("http-nio-8080-exec-{}", r.between(1, 10)),
        _ => "localhost-startStop-1".to_string(),
    };
    let logger = [
        "org.apache.catalina.startup.Catalina.start",
        "org.apache.catalina.startup.HostConfig.deployWAR",
        "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads",
        "org.apache.catalina.core.StandardWrapperValve.invoke",
        "org.apache.coyote.AbstractProtocol.start",
        "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom",
    ][event % 6];
    format!("{}-Nov-2026 {} {level} [{thread}] {logger}", &clock[8..10], &clock[11..],)
}

/// Fail2ban: the time, the component (fixed per event), its process ID and the level.
fn fail2ban_header(r: &mut Random, event: usize, level: &str) -> String {
    let component = ["fail2ban.filter", "fail2ban.actions", "fail2ban.server", "fail2ban.jail"][event % 4];
    format!("{} {component:<24} [{}]: {level:<8}", r.clock(','), r.between(100, 9999))
}

/// Jenkins: the time with its offset, the thread's ID, the level (tab-separated) and the
/// class and method that logged (fixed per event).
fn jenkins_header(r: &mut Random, event: usize, level: &str) -> String {
    let logger = [
        "hudson.model.Run#execute",
        "hudson.model.AsyncPeriodicWork#lambda$doRun$1",
        "jenkins.InitReactorRunner$1#onAttained",
        "hudson.plugins.git.GitSCM#fetchFrom",
        "hudson.slaves.ChannelPinger$1#onDead",
    ][event % 5];
    format!("{}+0000 [id={}]\t{level}\t{logger}:", r.clock('.'), r.between(1, 999))
}

/// Flink (log4j): the time, the level, the logger (fixed per event) and an empty MDC.
fn flink_header(r: &mut Random, event: usize, level: &str) -> String {
    let logger = [
        "org.apache.flink.runtime.checkpoint.CheckpointCoordinator",
        "org.apache.flink.runtime.executiongraph.ExecutionGraph",
        "org.apache.flink.runtime.taskmanager.Task",
        "org.apache.flink.runtime.resourcemanager.slotmanager.DeclarativeSlotManager",
    ][event % 4];
    format!("{} {level:<5} {logger} [] -", r.clock(','))
}

/// SQL Server's error log: the time to hundredths and the source (`spid` is a session: its
/// number varies, with an `s` for a system session).
fn mssql_header(r: &mut Random, _: usize, source: &str) -> String {
    let source = match source {
        "spid" => format!("spid{}", r.between(51, 300)),
        "spids" => format!("spid{}s", r.between(1, 50)),
        other => other.to_string(),
    };
    format!("{}{:02} {source:<12}", &r.clock('.')[..20], r.below(100))
}

/// ASP.NET Core's console logger: the level and the category with its event ID (fixed per
/// event), then the message on the same line (as a shipper joins its two lines).
fn dotnet_header(_: &mut Random, event: usize, level: &str) -> String {
    let category = [
        "Microsoft.Hosting.Lifetime[14]",
        "Microsoft.AspNetCore.Server.Kestrel[13]",
        "Microsoft.EntityFrameworkCore.Database.Command[20102]",
        "Shop.Api.OrdersController[0]",
        "Microsoft.AspNetCore.Hosting.Diagnostics[1]",
    ][event % 5];
    format!("{level}: {category}")
}

/// Sidekiq: the time, the process, the thread and the job's class and ID.
fn sidekiq_header(r: &mut Random, _: usize, level: &str) -> String {
    let class = r.pick(&["HardWorker", "MailerJob", "ReportJob"]);
    format!(
        "{} pid={} tid={} class={class} jid={} {level}:",
        r.iso_time(),
        r.between(1, 99_999),
        r.chars("abcdefghijklmnopqrstuvwxyz0123456789", 5),
        r.hex(24)
    )
}

/// PHP-FPM: a day-first time with a month name and the level.
fn php_fpm_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock(' ');
    format!("[{}-Nov-2026 {}] {level}:", &clock[8..10], &clock[11..19])
}

/// Ceph: the time with its offset, the thread's address, the debug level and the channel.
fn ceph_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}+0000 7f{} {:>2} log_channel(cluster) log [{level}] :", &r.iso_time()[..23], r.hex(10), r.below(2))
}

/// supervisord, and unattended-upgrades: the time and the level.
fn supervisord_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}", r.clock(','))
}

/// gunicorn: the time with its offset, the process and the level.
/// Home Assistant: the level, the thread (the main one or a numbered worker) and the
/// component.
fn home_assistant_header(r: &mut Random, event: usize, level: &str) -> String {
    let thread = if r.below(2) == 0 { "MainThread".to_string() } else { format!("SyncWorker_{}", r.below(10)) };
    let component = ["sensor", "met", "automation", "zha", "recorder"][event % 5];
    format!("{} {level} ({thread}) [homeassistant.components.{component}]", r.clock('.'))
}

fn gunicorn_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{} +0000] [{}] [{level}]", &r.clock(' ')[..19], r.between(1, 99_999))
}

/// Unbound: the time in seconds, the process and thread, and the level.
fn unbound_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{}] unbound[{}:{}] {level}:", r.between(1_764_000_000, 1_764_999_999), r.between(100, 9999), r.below(4))
}

/// `kubectl get events`: how long ago, the type, the reason (fixed per event) and the object.
/// Exim's main log: the time alone; a message's ID starts most messages.
fn exim_header(r: &mut Random, _: usize, _: &str) -> String {
    r.clock(' ')[..19].to_string()
}

/// S3's server access log: the bucket owner's ID (the rest is the message's, where the
/// bucket is written three times).
fn s3_header(r: &mut Random, _: usize, _: &str) -> String {
    r.hex(64)
}

/// Laravel's log: the time in brackets, the environment and the level.
fn laravel_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{}] production.{level}:", &r.clock(' ')[..19])
}

fn k8s_events_header(r: &mut Random, _: usize, kind_reason: &str) -> String {
    let (kind, reason) = kind_reason.split_once('|').unwrap_or((kind_reason, ""));
    let age = match r.below(3) {
        0 => format!("{}s", r.between(1, 59)),
        1 => format!("{}m", r.between(1, 59)),
        _ => format!("{}h", r.between(1, 23)),
    };
    format!("{age:<8}{kind:<9}{reason:<20}pod/{}", value(r, "pod"))
}

/// Airflow's task log: the time with its offset, the source file and line (fixed per event)
/// and the level.
fn airflow_header(r: &mut Random, event: usize, level: &str) -> String {
    let source = [
        "taskinstance.py:1345",
        "standard_task_runner.py:57",
        "local_task_job_runner.py:234",
        "logging_mixin.py:154",
        "taskinstance.py:1937",
    ][event % 5];
    format!("[{}+0000] {{{source}}} {level} -", &r.iso_time()[..23])
}

/// Redis Sentinel: the process ID, its role (`X`), and a day-first time with words.
fn sentinel_header(r: &mut Random, event: usize, _: &str) -> String {
    redis_header(r, event, "X")
}

/// Filebeat: tab-separated time, level, logger in brackets and caller (fixed per event).
fn filebeat_header(r: &mut Random, event: usize, level: &str) -> String {
    let (logger, caller) = [
        ("monitoring", "log/log.go:184"),
        ("input.harvester", "log/harvester.go:310"),
        ("publisher_pipeline_output", "pipeline/client_worker.go:147"),
        ("elasticsearch", "elasticsearch/client.go:432"),
    ][event % 4];
    format!("{}\t{level}\t[{logger}]\t{caller}\t", r.iso_time())
}

/// A container runtime's log file (`/var/log/pods/…`, the CRI format containerd and CRI-O
/// write): a time to the nanosecond, the stream and whether the line is whole, then what the
/// container wrote. Which stream a line came by is not what happened.
fn cri_header(r: &mut Random, _: usize, _: &str) -> String {
    let time = &r.iso_time()[..23];
    let stream = ["stdout", "stderr"][r.below(2)];
    format!("{time}{:06}Z {stream} F", r.below(1_000_000))
}

/// Android's logcat (`threadtime`): the process and thread, the level letter and the tag
/// (fixed per event: given as `I/OkHttp`), the tag padded to 8 characters.
fn logcat_header(r: &mut Random, _: usize, level_and_tag: &str) -> String {
    let (level, tag) = level_and_tag.split_once('/').unwrap_or(("I", level_and_tag));
    let clock = r.clock('.');
    let pid = r.between(1000, 30_000);
    format!("{} {pid:5} {:5} {level} {tag:<8}:", &clock[5..], pid + r.between(0, 40))
}

/// CoreDNS: a query's client, its ID; the plugin's own lines have a level alone.
fn coredns_header(r: &mut Random, _: usize, level: &str) -> String {
    match level {
        "query" => format!("[INFO] {} - {}", value(r, "ipport"), r.below(65_536)),
        _ => format!("[{level}]"),
    }
}

/// CockroachDB: a level letter glued to the date, the goroutine, the source line (fixed per
/// event), a node tag and a counter.
fn cockroach_header(r: &mut Random, event: usize, level: &str) -> String {
    let file =
        ["server/node.go", "kv/kvserver/replica_raft.go", "util/log/event_log.go", "jobs/registry.go"][event % 4];
    let clock = r.clock('.');
    format!(
        "{level}2611{} {}{:03} {} {file}:{} ⋮ [n{}] {} ",
        &clock[8..10],
        &clock[11..],
        r.below(1000),
        r.between(100, 9999),
        97 * event + 30,
        r.between(1, 5),
        r.between(1, 99_999)
    )
}

/// The kernel's ring buffer (`dmesg`): seconds since boot.
fn kernel_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{:5}.{:06}]", r.between(1, 99_999), r.between(0, 999_999))
}

/// An RFC 3339 time and the level.
fn iso_level_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}", r.iso_time())
}

/// A time to the millisecond in brackets, with no level: `[2026-11-28T10:00:00.123]`.
fn bracketed_time_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}]", &r.iso_time()[..23])
}

/// The level as a word, then a colon: `Notice:`, OpenOCD's `Info :`, and Python's
/// `basicConfig()`'s `WARNING:root:` (the logger in the level's field), no space before the
/// message.
fn level_colon_header(_: &mut Random, _: usize, level: &str) -> String {
    format!("{level}:")
}

/// CUPS's error log: a level letter, then the time as an access log writes it:
/// `I [28/Nov/2026:10:00:00 +0000]`.
fn cups_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock(' ');
    format!("{level} [{}/Nov/2026:{} +0000]", &clock[8..10], &clock[11..19])
}

/// NetworkManager's: the level in angle brackets, then seconds since the epoch with a
/// fraction: `<info>  [1764000000.1234]`.
fn network_manager_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("<{level}>  [{}.{:04}]", r.between(1_764_000_000, 1_764_999_999), r.below(10_000))
}

/// An MQTT broker's, Gentoo's emerge.log: seconds since the epoch and a colon: `1764000000:`.
fn epoch_colon_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}:", r.between(1_764_000_000, 1_764_999_999))
}

/// PHP's error log: `[28-Nov-2026 10:00:00 UTC] PHP Warning:` (its messages start with a
/// space: PHP writes two after the level's colon).
fn php_error_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock(' ');
    format!("[{}-Nov-2026 {} UTC] PHP {level}:", &clock[8..10], &clock[11..19])
}

/// An RFC 3339 time to the second: `2026-11-28T10:00:00Z`.
fn seconds_time_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}Z", &r.iso_time()[..19])
}

/// An AWS VPC flow log record: version, account and network interface before the flow.
fn vpc_flow_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("2 123456789012 eni-{}", r.hex(17))
}

/// `/var/log/auth.log`: syslog's time and host, then the program, with its pid but for sudo.
fn auth_header(r: &mut Random, _: usize, program: &str) -> String {
    let (day, h, m, s) = (r.between(1, 28), r.below(24), r.below(60), r.below(60));
    let host = r.pick(&["web-1", "web-2", "bastion"]);
    let pid = if program == "sudo" { String::new() } else { format!("[{}]", r.between(100, 99_999)) };
    format!("Nov {day:2} {h:02}:{m:02}:{s:02} {host} {program}{pid}:")
}

/// Windows' CBS.log: a time, then the level and the component in padded columns.
fn windows_cbs_header(r: &mut Random, _: usize, level_and_component: &str) -> String {
    let (level, component) = level_and_component.split_once(' ').unwrap_or((level_and_component, "CBS"));
    format!("{}, {level:<18}{component:<6}", &r.clock('.')[..19])
}

/// A Windows service's own text log, its time as .NET writes it for en-US: month first, a
/// 12-hour clock and `AM` / `PM`.
fn us_clock_header(r: &mut Random, _: usize, level: &str) -> String {
    let (month, day, h) = (r.between(1, 12), r.between(1, 28), r.between(1, 12));
    let half = ["AM", "PM"][r.below(2)];
    format!("{month}/{day}/2026 {h}:{:02}:{:02} {half} [{level}]", r.below(60), r.below(60))
}

/// Rust's `tracing` subscriber: an RFC 3339 time to the microsecond, the level padded to five.
fn tracing_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level:>5}", r.iso_time())
}

/// Zabbix server: the process ID padded to six, the date and the time glued by colons:
/// `  1234:20261128:100000.123`.
fn zabbix_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    let compact: String = clock.chars().filter(char::is_ascii_digit).collect();
    format!("{:>6}:{}:{}.{}", r.between(1000, 1300), &compact[..8], &compact[8..14], &compact[14..])
}

/// Asterisk's full log: syslog's time in brackets, the level with the thread's ID, and a
/// channel's call ID for the events that happen in a call.
fn asterisk_header(r: &mut Random, event: usize, level: &str) -> String {
    let clock = r.clock(' ');
    let call = if event.is_multiple_of(2) { format!("[C-{:08x}]", r.below(4096)) } else { String::new() };
    format!("[Nov {} {}] {level}[{}]{call}:", &clock[8..10], &clock[11..19], r.between(1000, 30_000))
}

/// vsftpd's own log: `ctime()`'s time, then the process ID in brackets.
fn vsftpd_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock(' ');
    let weekday = r.pick(&["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    format!(
        "{weekday} Nov {:>2} {} 2026 [pid {}]",
        clock[8..10].trim_start_matches('0'),
        &clock[11..19],
        r.between(100, 99_999)
    )
}

/// fluentd: a time with its offset, then the level in brackets and a colon.
fn fluentd_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} +0000 [{level}]:", &r.clock(' ')[..19])
}

/// A game server's console: a clock in brackets, then the thread and level: `[Server thread/INFO]:`.
fn game_server_header(r: &mut Random, _: usize, thread_level: &str) -> String {
    format!("[{}] [{thread_level}]:", &r.clock(' ')[11..19])
}

/// PgBouncer: a time to the millisecond in UTC, the process ID in brackets, the level.
fn pgbouncer_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} UTC [{}] {level}", r.clock('.'), r.between(100, 9999))
}

/// The BIRD routing daemon: a time to the millisecond, then the level in angle brackets.
fn bird_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} <{level}>", r.clock('.'))
}

/// Keycloak (Quarkus): a time with a comma, the level padded to five, the category in
/// brackets and the thread in parentheses. The level is `LEVEL|category`.
fn keycloak_header(r: &mut Random, _: usize, level_category: &str) -> String {
    let (level, category) = level_category.split_once('|').unwrap_or((level_category, "org.keycloak"));
    format!("{} {level:<5} [{category}] (executor-thread-{})", r.clock(','), r.between(1, 40))
}

/// Icinga 2: a time with its offset in brackets, then `severity/Facility:`.
fn icinga_header(r: &mut Random, _: usize, facility: &str) -> String {
    format!("[{} +0000] {facility}:", &r.clock(' ')[..19])
}

/// Gitea: Go's date with slashes, the caller shortened with dots (fixed per event), the
/// level's letter in brackets.
fn gitea_header(r: &mut Random, event: usize, level: &str) -> String {
    let clock = r.clock(' ').replace('-', "/");
    let caller = [
        "...s/web/routing/logger.go:102:func1()",
        "...dules/git/repo.go:56:OpenRepository()",
        "...les/setting/server.go:41:loadServerFrom()",
        "...els/db/engine.go:193:SyncAllTables()",
    ][event % 4];
    format!("{} {caller} [{level}]", &clock[..19])
}

/// Tor: syslog's date to the millisecond, the severity in brackets.
fn tor_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("Nov {} {} [{level}]", &clock[8..10], &clock[11..])
}

/// Suricata's `fast.log`: a US date joined to the time to the microsecond, then `[**]`.
fn suricata_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("11/{}/2026-{}{:03}  [**]", &clock[8..10], &clock[11..], r.below(1000))
}

/// rclone: Go's date with slashes, then the level padded to five and a colon.
fn rclone_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level:<5} :", &r.clock(' ').replace('-', "/")[..19])
}

/// Gin's request log: `[GIN]`, the date, then the status, the latency and the client
/// padded into columns between bars.
fn gin_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock(' ').replace('-', "/");
    let latency = format!("{}.{:06}ms", r.below(1000), r.below(1_000_000));
    let status = r.pick(&[200, 201, 204, 404, 500]);
    format!("[GIN] {} - {} | {status} | {latency:>15} | {:>15} |", &clock[..10], &clock[11..19], r.ip())
}

/// uWSGI's request log: the worker, the application and the request's counts in brackets.
fn uwsgi_header(r: &mut Random, _: usize, _: &str) -> String {
    let (requests, total) = (r.between(1, 500), r.between(500, 99_999));
    format!("[pid: {}|app: 0|req: {requests}/{total}]", r.between(100, 99_999))
}

/// `docker compose up`: the container's name padded, then a bar, before its own line.
fn compose_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{:<14}|", format!("{}-{}", r.pick(&["web", "worker", "api"]), r.between(1, 3)))
}

/// Logstash: the time with a comma, the level and the logger padded in brackets.
fn logstash_header(r: &mut Random, _: usize, level: &str) -> String {
    let (level, logger) = level.split_once('|').unwrap_or((level, ""));
    format!("[{}][{level:<5}][{logger:<24}]", r.clock(',').replace(' ', "T"))
}

/// Akka's default logger: level, a US date, the dispatcher's thread and the actor's path.
fn akka_header(r: &mut Random, _: usize, level: &str) -> String {
    let (level, actor) = level.split_once('|').unwrap_or((level, ""));
    let clock = r.clock('.');
    format!(
        "[{level}] [11/{}/2026 {}] [shop-akka.actor.default-dispatcher-{}] [akka://shop/{actor}]",
        &clock[8..10],
        &clock[11..],
        r.between(2, 40)
    )
}

/// Tornado: a level letter, a two-digit-year date, the time and the module with its line.
fn tornado_header(r: &mut Random, event: usize, level: &str) -> String {
    let (level, module) = level.split_once('|').unwrap_or((level, "web"));
    format!("[{level} 2611{} {module}:{}]", &r.clock('.')[8..19], 2243 + 7 * event)
}

/// Jupyter Server: a level letter, the time to the millisecond and the application's name.
fn jupyter_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{level} {} ServerApp]", r.clock('.'))
}

/// Elixir's Logger under Phoenix: the time, a request's ID where one is being served, the level.
fn phoenix_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.')[11..].to_string();
    match level.strip_suffix("|request") {
        Some(level) => format!(
            "{clock} request_id=F{} [{level}]",
            r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 19)
        ),
        None => format!("{clock} [{level}]"),
    }
}

/// MariaDB's error log: the time to the second, the thread and the level.
fn mariadb_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {} [{level}]", &r.clock('.')[..19], r.pick(&[0, 0, 2, 7, 1183]))
}

/// ProFTPD's system log: the time, the server, the process and the client (name and address).
fn proftpd_header(r: &mut Random, _: usize, _: &str) -> String {
    let ip = r.ip();
    format!("{} ftp.example.com proftpd[{}] ftp.example.com ({ip}[{ip}]):", r.clock(','), r.between(100, 99_999))
}

/// Salt's log file: the time, the module and line, the level and the process, each padded.
fn salt_header(r: &mut Random, event: usize, level: &str) -> String {
    let (level, module) = level.split_once('|').unwrap_or((level, "salt.minion"));
    format!("{} [{module:<17}:{:<4}][{level:<8}][{}]", r.clock(','), 100 + 53 * event, r.between(100, 99_999))
}

/// lighttpd's error log: the time to the second, then the source file and line.
fn lighttpd_header(r: &mut Random, event: usize, source: &str) -> String {
    format!("{}: ({source}.{})", &r.clock('.')[..19], 380 + 97 * event)
}

/// Jetty's own logger: the time, then level, logger and thread, each after a colon.
fn jetty_header(r: &mut Random, _: usize, level: &str) -> String {
    let (level, logger) = level.split_once('|').unwrap_or((level, "oejs.Server"));
    format!("{}:{level}:{logger}:{}:", r.clock('.'), r.pick(&["main", "qtp1209271652-14", "Scheduler-1"]))
}

/// Patroni, and APScheduler through Python's logging: the time with a comma, the level (and
/// logger) and a colon.
fn patroni_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}:", r.clock(','))
}

/// GlusterFS: the time to the microsecond with its zone, a level letter, the message's ID,
/// its source and function, and the translator.
fn gluster_header(r: &mut Random, event: usize, level: &str) -> String {
    let (file, function) = [
        ("glusterd-handler.c", "__glusterd_handle_cli_list_friends"),
        ("glusterd-utils.c", "glusterd_volume_start_glusterfs"),
        ("socket.c", "__socket_keepalive"),
        ("afr-self-heal-common.c", "afr_log_selfheal"),
    ][event % 4];
    let time = r.clock('.');
    format!(
        "[{}{:03} +0000] {level} [MSGID: {}] [{file}:{}:{function}] 0-glusterd:",
        time,
        r.below(1000),
        106_000 + 17 * event,
        300 + 41 * event
    )
}

/// Fluent Bit: the time in brackets, the level padded to five, then the component.
fn fluentbit_header(r: &mut Random, _: usize, level: &str) -> String {
    let (level, component) = level.split_once('|').unwrap_or((level, "engine"));
    format!("[{}] [{level:>5}] [{component}]", &r.clock(' ').replace('-', "/")[..19])
}

/// strongSwan's charon: the thread and the subsystem, `09[IKE]`.
fn charon_header(r: &mut Random, _: usize, subsystem: &str) -> String {
    format!("{:02}[{subsystem}]", r.between(1, 16))
}

/// A time as C's `ctime` writes it, weekday and month by name: `Tue Nov 28 12:00:00 2026`.
fn ctime_header(r: &mut Random, _: usize, _: &str) -> String {
    let day = r.between(1, 28);
    let weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][day as usize % 7];
    format!("{weekday} Nov {day:2} {} 2026", &r.clock('.')[11..19])
}

/// A syslog-style time with no host or program (Prosody's own log file).
fn short_time_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("Nov {:2} {}", r.between(1, 28), &r.clock('.')[11..19])
}

/// stunnel: the level as `LOG5`, then the thread's number in brackets.
fn stunnel_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} LOG{level}[{}]:", &r.clock('.')[..19].replace('-', "."), r.below(40))
}

/// dbt's console: the time alone, two spaces after it.
fn dbt_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} ", &r.clock('.')[11..19])
}

/// WildFly's (JBoss Logging's) console: the time of day with a comma before its
/// milliseconds, the level padded to five.
fn wildfly_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level:<5}", &r.clock(',')[11..])
}

/// Jellyfin's Serilog file: the time with its offset, the level in three letters, the thread.
fn jellyfin_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{} +00:00] [{level}] [{}]", r.clock('.'), r.between(1, 80))
}

/// Solr: the level padded to five, the Jetty thread, and the core's context in brackets.
fn solr_header(r: &mut Random, _: usize, level: &str) -> String {
    let (table, shard, replica) = (r.pick(&TABLES), r.between(1, 4), r.between(1, 9));
    format!(
        "{} {level:<5} (qtp1394336709-{}) [c:{table} s:shard{shard} r:core_node{replica} x:{table}_shard{shard}_replica_n{replica}]",
        r.clock('.'),
        r.between(10, 99)
    )
}

/// OpenWrt's `logread`: a `ctime` time, then the facility and level (`authpriv.info`).
fn openwrt_header(r: &mut Random, event: usize, facility: &str) -> String {
    format!("{} {facility}", ctime_header(r, event, facility))
}

/// ESXi's hostd: an ISO time, the level in lower case, the process.
fn esxi_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level} hostd[2099582]", r.iso_time())
}

/// NATS: the process ID in brackets, a time with slashes and microseconds, the level.
fn nats_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[1] {}{:03} [{level}]", r.clock('.').replace('-', "/"), r.below(1000))
}

/// InfluxDB 1.x: logfmt, the time and the level first.
fn influxdb_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("ts={} lvl={level}", r.iso_time())
}

/// Ray: the time with a comma, a tab, the level.
fn ray_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}\t{level}", r.clock(','))
}

/// Synapse (Matrix): Python's logging with ` - ` between the time, the logger, the line, the
/// level and the request (`synapse.access.http.8008|465|INFO`).
fn synapse_header(r: &mut Random, _: usize, level: &str) -> String {
    let (logger, line, level) = three_fields(level, '|');
    format!("{} - {logger} - {line} - {level} -", r.clock(','))
}

/// libvirtd: the time with its offset, the thread, the level and the function and line, each
/// field ending in ` :` (`error|virNetSocketReadWire:1806`).
fn libvirt_header(r: &mut Random, _: usize, fields: &str) -> String {
    let (level, function) = fields.split_once('|').unwrap_or((fields, ""));
    format!("{}+0000: {}: {level} : {function} :", r.clock('.'), r.between(1000, 99_999))
}

/// Trino's server log: tab-separated time, level, thread and logger (`INFO|io.trino.Foo`).
fn trino_header(r: &mut Random, _: usize, fields: &str) -> String {
    let (level, logger) = fields.split_once('|').unwrap_or((fields, ""));
    let thread = match r.below(3) {
        0 => format!("dispatcher-query-{}", r.between(1, 40)),
        1 => format!("http-worker-{}", r.between(100, 999)),
        _ => format!("Query-{}-{}", value(r, "trinoid"), r.between(100, 999)),
    };
    format!("{}\t{level}\t{thread}\t{logger}", &r.iso_time())
}

/// HBase's region server: log4j's time and padded level, the thread in brackets (its name
/// holds the server and port) and the logger's short name (`INFO|regionserver.HRegion`).
fn hbase_header(r: &mut Random, _: usize, fields: &str) -> String {
    let (level, logger) = fields.split_once('|').unwrap_or((fields, ""));
    let server = format!("hb-rs-{}", r.between(1, 6));
    let thread = match r.below(3) {
        0 => format!("RS_OPEN_REGION-regionserver/{server}:16020-{}", r.below(3)),
        1 => format!("MemStoreFlusher.{}", r.below(2)),
        _ => format!("RpcServer.default.FPBQ.Fifo.handler={},queue={},port=16020", r.below(30), r.below(3)),
    };
    format!("{} {level:<5} [{thread}] {logger}:", r.clock(','))
}

/// Calico's Felix: the time, the level and the process in brackets, then the source file and
/// its line (fixed per event).
fn felix_header(r: &mut Random, event: usize, level: &str) -> String {
    let file = ["int_dataplane.go", "health.go", "route_table.go", "ipsets.go", "summary.go"][event % 5];
    format!("{} [{level}][{}] felix/{file} {}:", r.clock('.'), r.between(50, 90), 53 * event + 100)
}

/// zerolog's console writer: a 12-hour clock to the minute and a level of three capitals.
fn zerolog_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}:{:02}{} {level}", r.between(1, 12), r.below(60), r.pick(&["AM", "PM"]))
}

/// Django's development server: a day-first time with the month's name, in brackets.
fn django_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("[{}/Nov/2026 {}]", &clock[8..10], &clock[11..19])
}

/// Cisco IOS: a sequence number, then the time with a star (not synchronised by NTP).
fn cisco_ios_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("{}: *Nov {} {}:", r.between(1, 99_999), r.between(1, 28), &clock[11..])
}

/// CouchDB: the level in brackets, the time, the node and the Erlang process.
fn couchdb_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{level}] {} couchdb@127.0.0.1 <0.{}.0>", r.iso_time(), r.between(100, 99_999))
}

/// A Java service's logback line with a Chinese, Japanese or Korean message.
fn logback_cjk_header(r: &mut Random, _: usize, level: &str) -> String {
    format!(
        "{} [{}] {level:<5} c.e.shop.OrderService -",
        r.clock('.'),
        r.pick(&["main", "http-nio-8080-exec-3", "task-1"])
    )
}

/// Meraki: `1764324000.123456789 MX84 flows`.
fn meraki_header(r: &mut Random, _: usize, kind: &str) -> String {
    format!(
        "{}.{:09} {} {kind}",
        r.between(1_764_000_000, 1_764_999_999),
        r.below(1_000_000_000),
        r.pick(&["MX84", "MX68", "MR46"])
    )
}

/// UniFi: `Nov 28 10:00:00 U7PG2,e063da123456,v6.5.28.14491: hostapd:`, the daemon's process
/// ID in its own tag where it writes one.
fn unifi_header(r: &mut Random, _: usize, daemon: &str) -> String {
    let clock = r.clock('.');
    let daemon = if daemon == "hostapd" { " hostapd:" } else { "" };
    format!(
        "Nov {} {} {},{},v6.5.28.14491:{daemon}",
        &clock[8..10],
        &clock[11..19],
        r.pick(&["U7PG2", "U6LR", "UAPLR"]),
        r.hex(12)
    )
}

/// log4net: `2026-11-28 10:00:00,123 [12] INFO  Shop.X -`.
fn log4net_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    format!("{} [{}] {level_and_logger} -", r.clock(','), r.between(1, 40))
}

/// Ktor: `2026-11-28 10:00:00.123 [eventLoopGroupProxy-4-1] INFO  Application -`.
fn ktor_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    format!("{} [eventLoopGroupProxy-4-{}] {level_and_logger} -", r.clock('.'), r.between(1, 8))
}

/// NestJS: `[Nest] 1234  - 11/28/2026, 10:00:00 AM     LOG [RoutesResolver]`.
fn nestjs_header(r: &mut Random, _: usize, level_and_context: &str) -> String {
    let (level, context) = level_and_context.split_once(' ').expect("a level and a context");
    let day = r.between(1, 28);
    format!("[Nest] {:<5} - 11/{day}/2026, {} {level:>7} [{context}]", r.between(100, 99_999), r.twelve_hour_clock(1))
}

/// Vite: `10:00:00 AM [vite]`.
fn vite_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} [vite]", r.twelve_hour_clock(1))
}

/// Pgpool-II: `2026-11-28 10:00:00.123: child pid 1234: LOG: `.
fn pgpool_header(r: &mut Random, _: usize, level: &str) -> String {
    let process = match r.below(3) {
        0 => format!("child pid {}", r.between(100, 99_999)),
        1 => "main pid 812".to_string(),
        _ => "health_check0 pid 820".to_string(),
    };
    format!("{}: {process}: {level}: ", r.clock('.'))
}

/// coturn: `1234: ` (seconds since it started).
fn coturn_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}:", r.between(1, 999_999))
}

/// Knot DNS: `2026-11-28T10:00:00+0000 info:`.
fn knot_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}+0000 {level}:", &r.clock('.')[..19].replace(' ', "T"))
}

/// TiDB: `[2026/11/28 10:00:00.123 +00:00] [INFO] [server.go:632]`.
fn tidb_header(r: &mut Random, _: usize, level_and_source: &str) -> String {
    let (level, source) = level_and_source.split_once(' ').expect("a level and a source");
    format!("[{} +00:00] [{level}] [{source}]", r.clock('.').replace('-', "/"))
}

/// Artifactory: `2026-11-28T10:00:00.123Z [jfrt ] [INFO ] [4f1c2a3b4d5e6f70] [o.a.x.Y:123] [main] -`.
fn artifactory_header(r: &mut Random, _: usize, level_and_class: &str) -> String {
    let (level, class) = level_and_class.split_once(' ').expect("a level and a class");
    let trace = if r.below(3) == 0 { String::new() } else { format!("{}{}", r.hex(8), r.hex(8)) };
    let thread = format!("http-nio-8081-exec-{}", r.between(1, 40));
    format!("{}Z [jfrt ] [{level:<5}] [{trace:<16}] [{class}] [{thread}] -", &r.clock('.').replace(' ', "T"))
}

/// SonarQube: `2026.11.28 10:00:00 INFO  web[AYx…][o.s.s.p.Platform]`.
fn sonarqube_header(r: &mut Random, _: usize, fields: &str) -> String {
    let mut fields = fields.split(' ');
    let (level, process, logger) =
        (fields.next().unwrap_or("-"), fields.next().unwrap_or("-"), fields.next().unwrap_or("-"));
    let request = if process == "web" && r.below(2) == 0 { value(r, "key")[..20].to_string() } else { String::new() };
    format!("{} {level:<5} {process}[{request}][{logger}]", r.clock('.')[..19].replace('-', "."))
}

/// Veeam: `[28.11.2026 10:00:00] <01> Info    `.
fn veeam_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("[{}.11.2026 {}] <{:02}> {level:<8}", &clock[8..10], &clock[11..19], r.between(1, 60))
}

/// Zimbra: `2026-11-28 10:00:00,123 INFO  [qtp123-45:https://…] [name=alice@example.com;ip=10.0.0.5;] soap -`.
fn zimbra_header(r: &mut Random, _: usize, level_and_category: &str) -> String {
    let (level, category) = level_and_category.split_once(' ').expect("a level and a category");
    let thread = format!("qtp{}-{}", r.between(100, 999), r.between(1, 200));
    let account = format!("name={};ip={};", value(r, "email"), r.ip());
    format!("{} {level:<5} [{thread}] [{account}] {category} -", r.clock(','))
}

/// NiFi: `2026-11-28 10:00:00,123 INFO [Timer-Driven Process Thread-7] o.a.n.X`.
fn nifi_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    let thread = match r.below(3) {
        0 => format!("Timer-Driven Process Thread-{}", r.between(1, 10)),
        1 => format!("NiFi Web Server-{}", r.between(10, 300)),
        _ => "Checkpoint FlowFile Repository".to_string(),
    };
    format!("{} {level} [{thread}] {logger}", r.clock(','))
}

/// Node-RED: `28 Nov 10:00:00 - [info] [mqtt-broker:local]`, no node for the runtime's own.
fn node_red_header(r: &mut Random, _: usize, level_and_node: &str) -> String {
    let (level, node) = level_and_node.split_once(' ').expect("a level and a node");
    let clock = r.clock('.');
    let node = if node == "-" { String::new() } else { format!(" [{node}]") };
    format!("{} Nov {} - [{level}]{node}", &clock[8..10], &clock[11..19])
}

/// Pi-hole's FTL: `[2026-11-28 10:00:00.123 1234M]`, a thread's name or `M`.
fn pihole_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{} {}{}]", r.clock('.'), r.between(100, 9_999), r.pick(&["M", "/database", "/gc", "/DNS"]))
}

/// Nexus: `2026-11-28 10:00:00,123+0000 INFO  [qtp123-45] admin org.x.Y -`.
fn nexus_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    let (thread, user) = match r.below(2) {
        0 => (format!("qtp{}-{}", r.between(100, 999), r.between(1, 400)), value(r, "user")),
        _ => (format!("quartz-9-thread-{}", r.between(1, 20)), "*SYSTEM".to_string()),
    };
    format!("{}+0000 {level:<5} [{thread}] {user} {logger} -", r.clock(','))
}

/// openHAB: `2026-11-28 10:00:00.123 [INFO ] [openhab.event.ItemStateChangedEvent] -`.
fn openhab_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    format!("{} [{level:<5}] [{logger}] -", r.clock('.'))
}

/// Guacamole: `10:00:00.123 [http-nio-8080-exec-5] INFO  o.a.g.X -`.
fn guacamole_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    format!("{} [http-nio-8080-exec-{}] {level_and_logger} -", &r.clock('.')[11..], r.between(1, 10))
}

/// Jira: `2026-11-28 10:00:00,123+0000 http-nio-8080-exec-7 url: /rest/api/2/issue/ABC-1;
/// user: alice WARN     `.
fn jira_header(r: &mut Random, _: usize, level: &str) -> String {
    let thread = format!("http-nio-8080-exec-{}", r.between(1, 25));
    let url = r.pick(&["/rest/api/2/search", "/secure/Dashboard.jspa", "/rest/agile/1.0/board"]);
    format!("{}+0000 {thread} url: {url}; user: {} {level:<8}", r.clock(','), value(r, "user"))
}

/// log4j 1: `1234 [main] INFO  com.example.App  -`.
fn log4j_relative_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let thread = r.pick(&["main", "pool-1-thread-3", "scheduler-1"]);
    format!("{} [{thread}] {level_and_logger}  -", r.between(0, 9_999_999))
}

/// Bacula: `28-Nov 10:00 bacula-dir JobId 1234:`.
fn bacula_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("{}-Nov {} bacula-dir JobId {}:", &clock[8..10], &clock[11..16], r.between(1, 9_999))
}

/// Luigi: `INFO: [pid 1234]`.
fn luigi_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{level}: [pid {}]", r.between(100, 99_999))
}

/// Monit: `[UTC Nov 28 10:00:00] error    :`.
fn monit_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[UTC Nov {:2} {}] {level:<8} :", r.between(1, 28), &r.clock('.')[11..19])
}

/// `dmesg -T`: `[Sat Nov 28 10:00:00 2026]`.
fn dmesg_t_header(r: &mut Random, event: usize, level: &str) -> String {
    format!("[{}]", ctime_header(r, event, level))
}

/// env_logger: `[2026-11-28T10:00:00Z INFO  app::server]`.
fn env_logger_header(r: &mut Random, _: usize, level_and_module: &str) -> String {
    let (level, module) = level_and_module.split_once(' ').expect("a level and a module");
    format!("[{}Z {level:<5} {module}]", &r.iso_time()[..19])
}

/// ScyllaDB: `INFO  2026-11-28 10:00:00,123 [shard 3] compaction -`.
fn scylla_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    format!("{level:<5} {} [shard {}] {logger} -", r.clock(','), r.below(8))
}

/// Pulsar: `2026-11-28T10:00:00,123+0000 [pulsar-io-4-1] INFO  org.x.Y -`.
fn pulsar_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let thread = match r.below(3) {
        0 => format!("pulsar-io-{}-{}", r.between(1, 8), r.between(1, 8)),
        1 => format!("pulsar-web-{}-{}", r.between(30, 50), r.between(1, 8)),
        _ => "BookKeeperClientWorker-OrderedExecutor-0-0".to_string(),
    };
    format!("{}+0000 [{thread}] {level_and_logger} -", r.clock(',').replace(' ', "T"))
}

/// MongoDB before 4.4: `2026-11-28T10:00:00.123+0000 I NETWORK  [conn42]`.
fn mongodb_text_header(r: &mut Random, _: usize, fields: &str) -> String {
    let mut fields = fields.split(' ');
    let (severity, component, context) =
        (fields.next().unwrap_or("I"), fields.next().unwrap_or("-"), fields.next().unwrap_or("-"));
    let context = if context == "conn" { format!("conn{}", r.between(1, 9_999)) } else { context.to_string() };
    format!("{}+0000 {severity} {component:<8} [{context}]", r.clock('.').replace(' ', "T"))
}

/// Prefect: `10:00:00.123 | INFO    | Flow run 'tiny-otter' -`.
fn prefect_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    let logger = match logger {
        "flow" => format!("Flow run '{}-{}'", value(r, "adjective"), value(r, "animal")),
        "task" => format!("Task run '{}-{}'", r.pick(&["extract", "transform", "load"]), r.below(12)),
        logger => logger.to_string(),
    };
    format!("{} | {level:<7} | {logger} -", &r.clock('.')[11..])
}

/// cloudflared: `2026-11-28T10:00:00Z INF`.
fn cloudflared_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}Z {level}", &r.iso_time()[..19])
}

/// pgBackRest: `2026-11-28 10:00:00.123 P00   INFO:`.
fn pgbackrest_header(r: &mut Random, _: usize, process_and_level: &str) -> String {
    let (process, level) = process_and_level.split_once(' ').expect("a process and a level");
    format!("{} {process} {level:>6}:", r.clock('.'))
}

/// macOS's `log show`: `2026-11-28 10:00:00.123456-0800 0x1a2b3c   Default     0x0
/// 123    0    kernel:`.
fn log_show_header(r: &mut Random, _: usize, process: &str) -> String {
    let kind = r.pick(&["Default", "Info", "Error"]);
    let activity = if r.below(2) == 0 { "0x0".to_string() } else { format!("0x{:x}", r.between(0x1000, 0xfffff)) };
    let pid = if process == "kernel" { 0 } else { r.between(90, 9_999) };
    format!(
        "{}{:03}-0800 0x{:<8x} {kind:<11} {activity:<20} {pid:<6} 0    {process}:",
        r.clock('.'),
        r.below(1000),
        r.between(0x100, 0x3fffff)
    )
}

/// Palo Alto's syslog: a time and the firewall's name, then the CSV record.
fn paloalto_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("Nov {:2} {} PA-3220", r.between(1, 28), &r.clock('.')[11..19])
}

/// Junos: a syslog time and host, then the process, with its ID but for the kernel's and
/// the flow module's tags.
fn junos_header(r: &mut Random, event: usize, program: &str) -> String {
    match program {
        "RT_FLOW" | "/kernel" => tag_header(r, event, program),
        _ => journal_header(r, event, program),
    }
}

/// Telegraf: a time to the second, then the level as a letter and `!` (`E!`).
fn telegraf_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}Z {level}!", &r.iso_time()[..19])
}

/// WebSphere's SystemOut.log: a time in brackets, the thread's ID in hex, the logger's
/// short name padded to 13 and the event type's letter (`O`, `E`, `W`, `I`).
fn websphere_header(r: &mut Random, _: usize, logger_and_type: &str) -> String {
    let (logger, kind) = logger_and_type.split_once(' ').expect("a logger and a type");
    let clock = &r.clock(':')[11..];
    format!("[11/{:02}/26 {clock} UTC] {:08x} {logger:<13} {kind}", r.between(1, 28), r.between(30, 400))
}

/// loguru: `2026-11-28 10:00:00.123 | INFO     | app.worker:run:42 -`, the place fixed per call.
fn loguru_header(r: &mut Random, event: usize, level: &str) -> String {
    let module = ["app.worker", "app.api.routes", "app.db", "app.cache"][event % 4];
    let function = ["run", "handle", "connect", "lookup", "<module>"][event % 5];
    format!("{} | {level:<8} | {module}:{function}:{} -", r.clock('.'), 17 + 23 * event)
}

/// structlog's console renderer: `2026-11-28T10:00:00.123456Z [info     ]`.
fn structlog_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}{:03}Z [{level:<9}]", &r.iso_time()[..23], r.below(1000))
}

/// A Minecraft server: `[10:00:00] [Server thread/INFO]:`, a worker thread's number after `#`.
fn minecraft_header(r: &mut Random, _: usize, thread_and_level: &str) -> String {
    let thread = thread_and_level.replace('#', &format!("#{}", r.between(1, 9)));
    format!("[{}] [{thread}]:", value(r, "hms"))
}

/// Serilog's default output template: `[10:00:00 INF]`.
fn serilog_text_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{} {level}]", value(r, "hms"))
}

/// MikroTik to a remote syslog: `Nov 28 10:00:00 gw-1 system,info,account`.
fn mikrotik_header(r: &mut Random, event: usize, topics: &str) -> String {
    format!("{} gw-{} {topics}", short_time_header(r, event, topics), r.between(1, 3))
}

/// F5 BIG-IP: `Nov 28 10:00:00 bigip1 notice mcpd[5342]:`.
fn bigip_header(r: &mut Random, event: usize, level_and_program: &str) -> String {
    let time = short_time_header(r, event, level_and_program);
    format!("{time} bigip{} {level_and_program}[{}]:", r.between(1, 2), r.between(1000, 30_000))
}

/// rspamd: `2026-11-28 10:00:00 #1234(normal) <a1b2c3>;`.
fn rspamd_header(r: &mut Random, _: usize, process: &str) -> String {
    format!("{} #{}({process}) <{}>;", &r.clock('.')[..19], r.between(1000, 99_999), r.hex(6))
}

/// UFW's kernel lines: the syslog header of `kernel`, then the ring buffer's time.
fn ufw_header(r: &mut Random, event: usize, _: &str) -> String {
    format!("{} {}", tag_header(r, event, "kernel"), kernel_header(r, event, ""))
}

/// Cisco NX-OS: `2026 Nov 28 10:00:00 leaf-1 %ETHPORT-5-IF_UP:`.
fn nxos_header(r: &mut Random, _: usize, mnemonic: &str) -> String {
    format!("2026 Nov {:2} {} leaf-{} %{mnemonic}:", r.between(1, 28), value(r, "hms"), r.between(1, 4))
}

/// `podman events`: `2026-11-28 10:00:00.123456789 +0000 UTC`.
fn podman_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}{:06} +0000 UTC", r.clock('.'), r.below(1_000_000))
}

/// The date and time, then the header's other fields: Windows Defender Firewall's action and
/// protocol, Kannel's `Receive SMS`, the SSM agent's level.
fn windows_firewall_header(r: &mut Random, _: usize, action_and_protocol: &str) -> String {
    format!("{} {action_and_protocol}", &r.clock('.')[..19])
}

/// Linkerd's proxy: `[     0.002345s]  INFO ThreadId(01) linkerd2_proxy:`, the level
/// right-aligned to 5.
fn linkerd_header(r: &mut Random, _: usize, level_and_target: &str) -> String {
    let (level, target) = level_and_target.split_once(' ').expect("a level and a target");
    let seconds = format!("{}.{:06}", r.below(90_000), r.below(1_000_000));
    format!("[{seconds:>14}s] {level:>5} ThreadId({:02}) {target}", r.between(1, 2))
}

/// Chromium: `[1234:5678:1128/100000.123456:ERROR:gpu_init.cc(523)]`.
fn chromium_header(r: &mut Random, _: usize, level_and_place: &str) -> String {
    let clock = value(r, "hms").replace(':', "");
    let (process, thread) = (r.between(1000, 99_999), r.between(1, 999_999));
    format!("[{process}:{thread}:1128/{clock}.{:06}:{level_and_place}]", r.below(1_000_000))
}

/// Zigbee2MQTT: `Zigbee2MQTT:info  2026-11-28 10:00:00:`.
fn zigbee2mqtt_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("Zigbee2MQTT:{level:<5} {}:", &r.clock('.')[..19])
}

/// Plex: `Nov 28, 2026 10:00:00.123 [0x7f3a2b1c4d5e] DEBUG -`.
fn plex_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("Nov {}, 2026 {} [0x7f{}] {level} -", &clock[8..10], &clock[11..], r.hex(10))
}

/// Go's slog: `time=2026-11-28T10:00:00.123Z level=INFO`.
fn slog_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("time={}Z level={level}", &r.iso_time()[..23])
}

/// Huawei's VRP: `Nov 28 2026 10:00:00 HW-CORE-1 %%01IFNET/4/IF_STATE(l)[42]:`.
fn huawei_header(r: &mut Random, _: usize, message: &str) -> String {
    let (day, clock) = (r.between(1, 28), value(r, "hms"));
    format!("Nov {day:2} 2026 {clock} HW-CORE-{} %%01{message}[{}]:", r.between(1, 2), r.below(5000))
}

/// Sophos UTM: `2026:11:28-10:00:00 utm-1 ulogd[1234]:`.
fn sophos_header(r: &mut Random, _: usize, program: &str) -> String {
    let clock = r.clock('.');
    format!("{}-{} utm-1 {program}[{}]:", clock[..10].replace('-', ":"), &clock[11..19], r.between(100, 30_000))
}

/// Windows DNS Server's debug log: `11/28/2026 10:00:00 AM 0A1C PACKET `, the kind of entry
/// padded to 8.
fn windows_dns_header(r: &mut Random, _: usize, kind: &str) -> String {
    let (h, m, s) = (r.between(1, 12), r.below(60), r.below(60));
    let (day, half, thread) = (r.between(1, 28), r.pick(&["AM", "PM"]), r.hex(4).to_uppercase());
    format!("11/{day}/2026 {h}:{m:02}:{s:02} {half} {thread} {kind:<7}")
}

/// FreeSWITCH: `2026-11-28 10:00:00.123456 [NOTICE] switch_channel.c:1104`.
fn freeswitch_header(r: &mut Random, _: usize, level_and_place: &str) -> String {
    let (level, place) = level_and_place.split_once(' ').expect("a level and a place");
    format!("{}{:03} [{level}] {place}", r.clock('.'), r.below(1000))
}

/// gRPC-Go's logger: `2026/11/28 10:00:00 INFO:`.
fn grpc_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}:", r.clock('.')[..19].replace('-', "/"))
}

/// PBS's server log: `11/28/2026 10:00:00;0008;PBS_Server.1234;Job;123.head1;`, the code,
/// server and object kind fixed per event, the job's ID a value.
fn pbs_header(r: &mut Random, _: usize, fields: &str) -> String {
    let mut fields = fields.split(';');
    let (code, server, kind) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""), fields.next().unwrap_or(""));
    let clock = r.clock('.');
    let id = if kind == "Job" { format!("{}.head1", r.between(100, 99_999)) } else { "23".to_string() };
    format!("11/{}/2026 {};{code};{server}.{};{kind};{id};", &clock[8..10], &clock[11..19], r.between(100, 9999))
}

/// HTCondor: `11/28/26 10:00:00 (pid:1234)`.
fn htcondor_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("11/{}/26 {} (pid:{})", &clock[8..10], &clock[11..19], r.between(100, 99_999))
}

/// Nextflow: `Nov-28 10:00:00.123 [main] DEBUG nextflow.cli.Launcher -`.
fn nextflow_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let clock = r.clock('.');
    let thread = r.pick(&["main", "Task-monitor", "Actor Thread 7", "Task-submitter-42"]);
    format!("Nov-{} {} [{thread}] {level_and_logger} -", &clock[8..10], &clock[11..])
}

/// Hugging Face's logging: `[INFO|trainer.py:2048] 2026-11-28 10:00:00,123 >>`.
fn hf_header(r: &mut Random, _: usize, level_and_place: &str) -> String {
    format!("[{level_and_place}] {} >>", r.clock(','))
}

/// Dask: `2026-11-28 10:00:00,123 - distributed.worker - INFO -`.
fn dask_header(r: &mut Random, _: usize, logger_and_level: &str) -> String {
    format!("{} - {logger_and_level} -", r.clock(','))
}

/// Twisted's log: `2026-11-28T10:00:00.123456+0000 [HoneyPotSSHTransport,12,10.0.0.1]`.
fn twisted_header(r: &mut Random, _: usize, system: &str) -> String {
    let time = format!("{}{:03}+0000", r.clock('.').replace(' ', "T"), r.below(1000));
    let (session, peer) = (r.between(0, 400), r.ip());
    let system = match system {
        "transport" => format!("HoneyPotSSHTransport,{session},{peer}"),
        "channel" => {
            format!("SSHChannel session (0) on SSHService b'ssh-connection' on HoneyPotSSHTransport,{session},{peer}")
        }
        _ => "cowrie.ssh.factory.CowrieSSHFactory".to_string(),
    };
    format!("{time} [{system}]")
}

/// Kea: `2026-11-28 10:00:00.123 INFO  [kea-dhcp4.leases/1234.140234]`.
fn kea_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    format!(
        "{} {level:<5} [kea-dhcp4.{logger}/812.{}]",
        r.clock('.'),
        r.between(139_000_000_000_000, 139_999_999_999_999)
    )
}

/// ArangoDB: `2026-11-28T10:00:00Z [1234] INFO [cf3f4] {general}`.
fn arangodb_header(r: &mut Random, _: usize, level_id_topic: &str) -> String {
    let (level, id, topic) = three_fields(level_id_topic, ' ');
    format!("{}Z [1] {level} [{id}] {{{topic}}}", &r.clock('.')[..19].replace(' ', "T"))
}

/// BOINC: `28-Nov-2026 10:00:00 [World Community Grid]`.
fn boinc_header(r: &mut Random, _: usize, project: &str) -> String {
    let clock = r.clock('.');
    let project = match project {
        "---" => "---",
        _ => r.pick(&["World Community Grid", "Einstein@Home", "Rosetta@home", "LHC@home"]),
    };
    format!("{}-Nov-2026 {} [{project}]", &clock[8..10], &clock[11..19])
}

/// Transmission: `[2026-11-28 10:00:00.123] ubuntu-24.04.1-desktop-amd64.iso`.
fn transmission_header(r: &mut Random, _: usize, _: &str) -> String {
    let torrent = r.pick(&[
        "ubuntu-24.04.1-desktop-amd64.iso",
        "debian-12.8.0-amd64-netinst.iso",
        "Big Buck Bunny (2008) [1080p]",
        "archlinux-2026.11.01-x86_64.iso",
    ]);
    format!("[{}] {torrent}", r.clock('.'))
}

/// Kodi: `2026-11-28 10:00:00.123 T:1234        info <general>:`.
fn kodi_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} T:{:<8} {level:>7} <general>:", r.clock('.'), r.between(1000, 99_999))
}

/// Syncthing: `[I6KAH] 2026/11/28 10:00:00 INFO:`.
fn syncthing_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[I6KAH] {} {level}:", r.clock('.')[..19].replace('-', "/"))
}

/// Dropbear: `[1234] Nov 28 10:00:00`.
fn dropbear_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}] Nov {:02} {}", r.between(300, 30_000), r.between(1, 28), value(r, "hms"))
}

/// Windows Installer: `MSI (s) (A4:B8) [10:00:00:123]:`, the server's or the client's.
fn msi_header(r: &mut Random, _: usize, side: &str) -> String {
    let (process, thread) = (r.hex(2).to_uppercase(), r.hex(2).to_uppercase());
    format!("MSI ({side}) ({process}:{thread}) [{}:{:03}]:", value(r, "hms"), r.below(1000))
}

/// Steam's content log: `[2026-11-28 10:00:00]`.
fn steam_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}]", &r.clock('.')[..19])
}

/// GIT_TRACE: `10:00:00.123456 git.c:455               `.
fn git_trace_header(r: &mut Random, _: usize, place: &str) -> String {
    format!("{}.{:06} {place:<24}", value(r, "hms"), r.below(1_000_000))
}

/// amavisd-new through syslog: `Nov 28 10:00:00 mx1 amavis[1234]:`.
fn amavis_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("Nov {:2} {} mx1 amavis[{}]:", r.between(1, 28), value(r, "hms"), r.between(1000, 99_999))
}

/// Teleport: `2026-11-28T10:00:00Z INFO [AUTH]      `, the component padded to 12.
fn teleport_header(r: &mut Random, _: usize, level_and_component: &str) -> String {
    let (level, component) = level_and_component.split_once(' ').expect("a level and a component");
    format!("{}Z {level} {:<12}", &r.clock('.')[..19].replace(' ', "T"), format!("[{component}]"))
}

/// Mule 4: `INFO  2026-11-28 10:00:00,123 [[MuleRuntime].uber.04: [orders-api].orders-flow.CPU_LITE @5d2f1a3b] org.x.Y:`.
fn mule_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    let flow = r.pick(&["orders-flow", "payments-flow", "sync-inventory-flow"]);
    let pool = r.pick(&["CPU_LITE", "BLOCKING", "CPU_INTENSIVE"]);
    let thread = format!("[MuleRuntime].uber.{:02}: [orders-api].{flow}.{pool} @{}", r.between(1, 12), r.hex(8));
    format!("{level:<5} {} [{thread}] {logger}:", r.clock(','))
}

/// Neo4j: `2026-11-28 10:00:00.123+0000 INFO  [o.n.b.BoltServer]`.
fn neo4j_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    format!("{}+0000 {level:<5} [{logger}]", r.clock('.'))
}

/// lager (and VS Code): `2026-11-28 10:00:00.123 [info]`.
fn riak_lager_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} [{level}]", r.clock('.'))
}

/// VictoriaMetrics: `2026-11-28T10:00:00.123Z\tinfo\tVictoriaMetrics/lib/storage/partition.go:1543\t`.
fn victoriametrics_header(r: &mut Random, _: usize, level_and_place: &str) -> String {
    let (level, place) = level_and_place.split_once(' ').expect("a level and a place");
    format!("{}Z\t{level}\tVictoriaMetrics/{place}\t", &r.clock('.').replace(' ', "T"))
}

/// Icecast: `[2026-11-28  10:00:00] INFO source/source_main`.
fn icecast_header(r: &mut Random, _: usize, level_and_place: &str) -> String {
    let clock = r.clock('.');
    format!("[{}  {}] {level_and_place}", &clock[..10], &clock[11..19])
}

/// Murmur: `<W>2026-11-28 10:00:00.123`.
fn murmur_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("<{level}>{}", r.clock('.'))
}

/// ejabberd: `2026-11-28 10:00:00.123456+00:00 [info]`.
fn ejabberd_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}{:03}+00:00 [{level}]", r.clock('.'), r.below(1000))
}

/// NGINX Unit and munin-update: `2026/11/28 10:00:00 [info]`.
fn nginx_unit_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} [{level}]", r.clock('.')[..19].replace('-', "/"))
}

/// svlogd's TAI64N label: `@4000000069290f1c0a1b2c3d`.
fn tai64n_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("@40000000{:08x}{:08x}", r.between(0x6929_0000, 0x6930_0000), r.below(1_000_000_000))
}

/// VirtualBox: `00:00:01.234567`, the time since the VM started.
fn vbox_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{:02}:{:02}:{:02}.{:06}", r.below(5), r.below(60), r.below(60), r.below(1_000_000))
}

/// TeamCity: `[2026-11-28 10:00:00,123]   INFO -  jetbrains.buildServer.SERVER -`.
fn teamcity_header(r: &mut Random, _: usize, level_and_category: &str) -> String {
    let (level, category) = level_and_category.split_once(' ').expect("a level and a category");
    format!("[{}] {level:>6} - {category:>30} -", r.clock(','))
}

/// controller-runtime's zap console: `2026-11-28T10:00:00Z\tINFO\tscaleexecutor\t`.
fn controller_runtime_header(r: &mut Random, _: usize, level_and_logger: &str) -> String {
    let (level, logger) = level_and_logger.split_once(' ').expect("a level and a logger");
    format!("{}Z\t{level}\t{logger}\t", &r.clock('.')[..19].replace(' ', "T"))
}

/// Vapor: `[ INFO ]`.
fn vapor_header(_: &mut Random, _: usize, level: &str) -> String {
    format!("[ {level} ]")
}

/// Mojolicious: `[2026-11-28 10:00:00.12345] [12345] [info]`.
fn mojolicious_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{}{:02}] [{}] [{level}]", r.clock('.'), r.below(100), r.between(1000, 99_999))
}

/// Pacemaker: `Nov 28 10:00:00.123 node1 pacemaker-controld  [1234] (do_state_transition) \tnotice:`.
fn pacemaker_header(r: &mut Random, _: usize, daemon_function_level: &str) -> String {
    let (daemon, function, level) = three_fields(daemon_function_level, ' ');
    let clock = r.clock('.');
    let node = r.pick(&["node1", "node2", "node3"]);
    format!(
        "Nov {} {} {node} {daemon:<20} [{}] ({function}) \t{level}:",
        &clock[8..10],
        &clock[11..],
        r.between(900, 9_999)
    )
}

/// A Source engine server: `L 11/28/2026 - 10:00:00:`.
fn srcds_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("L 11/{}/2026 - {}:", &clock[8..10], &clock[11..19])
}

/// Dagster: `2026-11-28 10:00:00 +0000 - dagster - DEBUG - daily_etl - <run ID> -`.
fn dagster_header(r: &mut Random, _: usize, level: &str) -> String {
    let job = r.pick(&["daily_etl", "hourly_sync", "backfill_orders"]);
    let run = value(r, "uuid");
    format!("{} +0000 - dagster - {level} - {job} - {run} -", &r.clock('.')[..19])
}

/// The time of day alone: `10:00:00`.
fn hms_header(r: &mut Random, _: usize, _: &str) -> String {
    r.clock('.')[11..19].to_string()
}

/// Odoo: `2026-11-28 10:00:00,123 1234 INFO prod odoo.modules.registry:`.
fn odoo_header(r: &mut Random, _: usize, level_db_logger: &str) -> String {
    format!("{} {} {level_db_logger}:", r.clock(','), r.between(100, 99_999))
}

/// collectd, repmgr: `[2026-11-28 10:00:00] [info]`.
fn collectd_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{}] [{level}]", &r.clock('.')[..19])
}

/// carbon-cache: `28/11/2026 10:00:00 ::`.
fn carbon_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("{}/11/2026 {} ::", &clock[8..10], &clock[11..19])
}

/// Graylog: `2026-11-28T10:00:00.123Z INFO  [InputStateListener]`.
fn graylog_header(r: &mut Random, _: usize, level_class: &str) -> String {
    let (level, class) = level_class.split_once(' ').unwrap_or((level_class, ""));
    format!("{}Z {level:<5} [{class}]", &r.iso_time()[..23])
}

/// HiveServer2: `2026-11-28T10:00:00,123  INFO [HiveServer2-Handler-Pool: Thread-123] ql.Driver:`.
fn hive_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').unwrap_or((level_logger, ""));
    let thread = match r.below(2) {
        0 => format!("HiveServer2-Handler-Pool: Thread-{}", r.between(30, 400)),
        _ => format!("HiveServer2-Background-Pool: Thread-{}", r.between(30, 400)),
    };
    format!("{} {level:>5} [{thread}] {logger}:", r.clock(',').replace(' ', "T"))
}

/// Druid: `2026-11-28T10:00:00,123 INFO [qtp1234-56] org.apache.druid.x.Y -`.
fn druid_header(r: &mut Random, _: usize, level_class: &str) -> String {
    let (level, class) = level_class.split_once(' ').unwrap_or((level_class, ""));
    let thread = match r.below(3) {
        0 => format!("qtp{}-{}", r.between(100_000, 999_999), r.between(10, 200)),
        1 => "Coordinator-Exec--0".to_string(),
        _ => format!("task-runner-{}-priority-0", r.below(4)),
    };
    format!("{} {level} [{thread}] {class} -", r.clock(',').replace(' ', "T"))
}

/// Gerrit: `[2026-11-28T10:00:00.123Z] [HTTP-123] INFO  com.google.gerrit.x.Y :`.
fn gerrit_header(r: &mut Random, _: usize, level_class: &str) -> String {
    let (level, class) = level_class.split_once(' ').unwrap_or((level_class, ""));
    let thread = match r.below(3) {
        0 => format!("HTTP-{}", r.between(50, 900)),
        1 => format!("SSH git-upload-pack /{} ({})", r.pick(&["infra/puppet", "apps/web"]), value(r, "user")),
        _ => "ReceiveCommits-1".to_string(),
    };
    format!("[{}] [{thread}] {level:<5} {class} :", &r.iso_time()[..23])
}

/// Factorio: `  123.456 Info ServerMultiplayerManager.cpp:893:`.
fn factorio_header(r: &mut Random, _: usize, level_source: &str) -> String {
    format!("{:>4}.{:03} {level_source}:", r.between(1, 99_999), r.below(1000))
}

/// Privoxy: `2026-11-28 10:00:00.123 7f0a1b2c3700 Request:`.
fn privoxy_header(r: &mut Random, _: usize, kind: &str) -> String {
    format!("{} 7f{} {kind}:", r.clock('.'), r.hex(10))
}

/// rkhunter: `[10:00:00]`.
fn rkhunter_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}]", &r.clock('.')[11..19])
}

/// Open vSwitch: `2026-11-28T10:00:00.123Z|00042|bridge|INFO|`.
fn ovs_header(r: &mut Random, _: usize, module_level: &str) -> String {
    let (module, level) = module_level.split_once(' ').unwrap_or((module_level, ""));
    format!("{}Z|{:05}|{module}|{level}|", &r.iso_time()[..23], r.between(1, 99_999))
}

/// Windows Update's log: `2026/11/28 10:00:00.1234567 1234  5678  Agent          `.
fn windows_update_header(r: &mut Random, _: usize, component: &str) -> String {
    let clock = r.clock('.').replace('-', "/");
    format!("{}{:04} {:<5} {:<5} {component:<15}", clock, r.below(10_000), r.between(100, 9999), r.between(100, 9999))
}

/// Netdata: `2026-11-28 10:00:00: netdata INFO  : MAIN :`.
fn netdata_header(r: &mut Random, _: usize, level_thread: &str) -> String {
    format!("{}: netdata {level_thread} :", &r.clock('.')[..19])
}

/// Haraka: `[NOTICE] [C1E0B4F1-5D3A-4B76-8A89-0E1B2E4D2F11.1] [core]`.
fn haraka_header(r: &mut Random, _: usize, level_plugin: &str) -> String {
    let (level, plugin) = level_plugin.split_once(' ').unwrap_or((level_plugin, ""));
    let uuid = value(r, "uuid").to_uppercase();
    format!("[{level}] [{uuid}.{}] [{plugin}]", r.between(1, 3))
}

/// qBittorrent: `(N) 2026-11-28T10:00:00 -`.
fn qbittorrent_header(r: &mut Random, _: usize, kind: &str) -> String {
    format!("({kind}) {} -", &r.iso_time()[..19])
}

/// LightDM: `[+12.34s] DEBUG:`.
fn lightdm_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[+{}.{:02}s] {level}:", r.below(5000), r.below(100))
}

/// NSQ: `[nsqd] 2026/11/28 10:00:00.123456 INFO:`.
fn nsqd_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[nsqd] {}{:03} {level}:", r.clock('.').replace('-', "/"), r.below(1000))
}

/// FRRouting: `2026/11/28 10:00:00.123 BGP:`.
fn frr_header(r: &mut Random, _: usize, daemon: &str) -> String {
    format!("{} {daemon}:", r.clock('.').replace('-', "/"))
}

/// An iOS device's console: `Nov 28 10:00:00 iPhone SpringBoard(FrontBoard)[58]`.
fn ios_header(r: &mut Random, _: usize, process: &str) -> String {
    format!("Nov {:2} {} iPhone {process}[{}]", r.between(1, 28), &r.clock('.')[11..19], r.between(30, 9999))
}

/// ESP-IDF: `I (12345) wifi:`, milliseconds since boot.
fn esp_header(r: &mut Random, _: usize, level_tag: &str) -> String {
    let (level, tag) = level_tag.split_once(' ').unwrap_or((level_tag, ""));
    format!("{level} ({}) {tag}:", r.between(100, 9_999_999))
}

/// Zephyr: `[00:00:01.234,567] <inf> main:`.
fn zephyr_header(r: &mut Random, _: usize, level_module: &str) -> String {
    let (level, module) = level_module.split_once(' ').unwrap_or((level_module, ""));
    format!("[00:{:02}:{:02}.{:03},{:03}] <{level}> {module}:", r.below(60), r.below(60), r.below(1000), r.below(1000))
}

/// JetBrains' idea.log: `2026-11-28 10:00:00,123 [  12345]   INFO - #c.i.o.a.i.ActionManagerImpl -`.
fn jetbrains_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(" - ").unwrap_or((level_logger, ""));
    format!("{} [{:>7}] {level:>6} - {logger} -", r.clock(','), r.between(100, 9_999_999))
}

/// go-ethereum: `INFO [11-28|10:00:00.123]`.
fn geth_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("{level:<5}[11-{}|{}]", &clock[8..10], &clock[11..])
}

/// lnd: `2026-11-28 10:00:00.123 [INF] HSWC:`.
fn lnd_header(r: &mut Random, _: usize, level_subsystem: &str) -> String {
    let (level, subsystem) = level_subsystem.split_once(' ').unwrap_or((level_subsystem, ""));
    format!("{} [{level}] {subsystem}:", r.clock('.'))
}

/// z/OS SYSLOG: the record type, the system, the Julian date, the time in hundredths, the job's
/// ID (`JOB12345`, `STC01234`, `TSU00123`) and the routing code.
fn zos_header(r: &mut Random, _: usize, job_kind: &str) -> String {
    let clock = r.clock('.');
    format!(
        "N 4000000 SYSA     26{} {}.{:02} {job_kind}{:05} 00000090 ",
        305 + r.between(1, 28),
        &clock[11..19],
        r.below(100),
        r.below(100_000)
    )
}

/// A device's syslog line with no program: `Nov 28 10:00:00 fw01`.
fn device_host_header(r: &mut Random, _: usize, device: &str) -> String {
    let clock = r.clock('.');
    format!("Nov {} {} {device}", &clock[8..10], &clock[11..19])
}

/// vLLM: `INFO 11-28 10:00:00 metrics.py:351]`.
fn vllm_header(r: &mut Random, _: usize, level_file: &str) -> String {
    let (level, file) = level_file.split_once(' ').expect("a level and a file");
    let clock = r.clock('.');
    format!("{level} 11-{} {} {file}]", &clock[8..10], &clock[11..19])
}

/// NetApp EMS: `Sat Nov 28 10:00:00 UTC [cluster1-01: vifmgr: vifmgr.lifs.noredundancy:error]:`.
fn netapp_header(r: &mut Random, _: usize, daemon_event: &str) -> String {
    let clock = r.clock('.');
    let weekday = r.pick(&["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    format!("{weekday} Nov {} {} UTC [cluster1-0{}: {daemon_event}]:", &clock[8..10], &clock[11..19], r.between(1, 4))
}

/// Brocade RASLog: `2026/11/28-10:00:00, [SEC-1203], 43210, FID 128, INFO, sw01,`.
fn brocade_header(r: &mut Random, _: usize, id_level: &str) -> String {
    let (id, level) = id_level.split_once(' ').expect("a message ID and a level");
    let clock = r.clock('.');
    let switch = r.pick(&["sw01", "sw02", "core-a", "edge-b3"]);
    format!(
        "2026/11/{}-{}, [{id}], {}, FID 128, {level}, {switch},",
        &clock[8..10],
        &clock[11..19],
        r.between(1000, 99_999)
    )
}

/// LSF's daemon log: `Nov 28 10:00:00 2026 12345 6 10.1.0`.
fn lsf_header(r: &mut Random, _: usize, priority: &str) -> String {
    let clock = r.clock('.');
    format!("Nov {} {} 2026 {} {priority} 10.1.0", &clock[8..10], &clock[11..19], r.between(1000, 99_999))
}

/// A Solana validator: `[2026-11-28T10:00:00.123456789Z INFO  solana_core::replay_stage]`.
fn solana_header(r: &mut Random, _: usize, level_target: &str) -> String {
    let time = r.iso_time();
    format!("[{}{:03}Z {level_target}]", &time[..time.len() - 1], r.below(1000))
}

/// ArubaOS-CX: `2026-11-28T10:00:00.123456+00:00 sw01 lldpd[1234]:`.
fn aruba_header(r: &mut Random, _: usize, daemon: &str) -> String {
    let clock = r.clock('.').replace(' ', "T");
    format!(
        "{clock}{:03}+00:00 {} {daemon}[{}]:",
        r.below(1000),
        r.pick(&["sw01", "core-1", "access-7"]),
        r.between(100, 9999)
    )
}

/// dnf.log: `2026-11-28T10:00:00+0000 DEBUG`.
fn dnf_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}+0000 {level}", &r.clock('.').replace(' ', "T")[..19])
}

/// pacman.log: `[2026-11-28T10:00:00+0000] [ALPM]`.
fn pacman_header(r: &mut Random, _: usize, source: &str) -> String {
    format!("[{}+0000] [{source}]", &r.clock('.').replace(' ', "T")[..19])
}

/// ProxySQL: `2026-11-28 10:00:00 MySQL_Monitor.cpp:2342:monitor_ping_thread(): [WARNING]`.
fn proxysql_header(r: &mut Random, _: usize, level_place: &str) -> String {
    let (level, place) = level_place.split_once(' ').expect("a level and a place");
    format!("{} {place}: [{level}]", &r.clock('.')[..19])
}

/// XtraBackup 8: `2026-11-28T10:00:00.123456-00:00 0 [Note] [MY-011825] [Xtrabackup]`.
fn xtrabackup_header(r: &mut Random, _: usize, level: &str) -> String {
    let time = r.clock('.').replace(' ', "T");
    format!("{time}{:03}-00:00 {} [{level}] [MY-011825] [Xtrabackup]", r.below(1000), r.below(3))
}

/// Renovate's console: ` INFO:`, ` WARN:`, `DEBUG:`.
fn renovate_header(_: &mut Random, _: usize, level: &str) -> String {
    format!("{level:>5}:")
}

/// Go's standard logger: `2026/11/28 10:00:00`.
fn go_std_header(r: &mut Random, _: usize, _: &str) -> String {
    r.clock('.')[..19].replace('-', "/")
}

/// iDRAC: `2026-11-28T10:00:00-0600 | PSU0003 | Critical |`.
fn idrac_header(r: &mut Random, _: usize, id_severity: &str) -> String {
    let (id, severity) = id_severity.split_once(' ').expect("a message ID and a severity");
    format!("{}-0600 | {id} | {severity} |", &r.clock('.').replace(' ', "T")[..19])
}

/// Storm: `2026-11-28 10:00:00.123 o.a.s.d.executor Thread-5-count-executor[3 3] [INFO]`.
fn storm_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    let task = r.between(1, 12);
    format!("{} {logger} Thread-{}-count-executor[{task} {task}] [{level}]", r.clock('.'), r.between(2, 30))
}

/// Metabase: `2026-11-28 10:00:00,123 INFO metabase.core ::`.
fn metabase_header(r: &mut Random, _: usize, level_namespace: &str) -> String {
    format!("{} {level_namespace} ::", r.clock(','))
}

/// Airbyte: `2026-11-28 10:00:00 source >`.
fn airbyte_header(r: &mut Random, _: usize, side: &str) -> String {
    format!("{} {side} >", &r.clock('.')[..19])
}

/// Vaultwarden: `[2026-11-28 10:00:00.123][vaultwarden::api::identity][ERROR]`.
fn vaultwarden_header(r: &mut Random, _: usize, module_level: &str) -> String {
    let (module, level) = module_level.split_once(' ').expect("a module and a level");
    format!("[{}][{module}][{level}]", r.clock('.'))
}

/// Uptime Kuma: `2026-11-28T10:00:00+00:00 [MONITOR] WARN:`.
fn uptime_kuma_header(r: &mut Random, _: usize, component_level: &str) -> String {
    let (component, level) = component_level.split_once(' ').expect("a component and a level");
    format!("{}+00:00 [{component}] {level}:", &r.clock('.').replace(' ', "T")[..19])
}

/// Frigate: `2026-11-28 10:00:00.123456789  [INFO] frigate.video:`.
fn frigate_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    format!("{}{:06}  [{level}] {logger}:", r.clock('.'), r.below(1_000_000))
}

/// ESPHome: `[10:00:00][D][sensor:094]:`.
fn esphome_header(r: &mut Random, _: usize, level_component: &str) -> String {
    let (level, component) = level_component.split_once(' ').expect("a level and a component");
    format!("[{}][{level}][{component}]:", &r.clock('.')[11..19])
}

/// Tasmota: `10:00:00.123 MQT:`.
fn tasmota_header(r: &mut Random, _: usize, facility: &str) -> String {
    format!("{} {facility}:", &r.clock('.')[11..])
}

/// OctoPrint: `2026-11-28 10:00:00,123 - octoprint.printer.standard.job - INFO -`.
fn octoprint_header(r: &mut Random, _: usize, logger_level: &str) -> String {
    let (logger, level) = logger_level.split_once(' ').expect("a logger and a level");
    format!("{} - {logger} - {level} -", r.clock(','))
}

/// Headscale: `2026-11-28T10:00:00Z INF`.
fn headscale_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}Z {level}", &r.clock('.').replace(' ', "T")[..19])
}

/// AdGuard Home, Elastic Beanstalk's eb-engine.log: `2026/11/28 10:00:00.123456 [info]`.
fn adguard_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}{:03} [{level}]", r.clock('.').replace('-', "/"), r.below(1000))
}

/// QuickFIX: `20261128-10:00:00.123 :`.
fn quickfix_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} :", value(r, "fixtime"))
}

/// vdsm: `2026-11-28 10:00:00,123+0000 INFO  (jsonrpc/3) [api.virt]`, the thread's number filled.
fn vdsm_header(r: &mut Random, _: usize, level_thread_logger: &str) -> String {
    let (level, rest) = level_thread_logger.split_once(' ').expect("a level, a thread and a logger");
    format!("{}+0000 {level:<5} {}", r.clock(','), fill(r, rest))
}

/// TrueNAS's middlewared: `[2026/11/28 10:00:00] (DEBUG) middlewared.plugins.pool_.scrub.__run():123 -`.
fn truenas_header(r: &mut Random, _: usize, level_place: &str) -> String {
    let (level, place) = level_place.split_once(' ').expect("a level and a place");
    format!("[{}] ({level}) {} -", r.clock('.')[..19].replace('-', "/"), fill(r, place))
}

/// ptp4l: `ptp4l[1234.567]:`, seconds since boot.
fn ptp4l_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("ptp4l[{}.{:03}]:", r.between(100, 999_999), r.below(1000))
}

/// MUNGE: `2026-11-28 10:00:00 +0000 Info:`.
fn munge_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} +0000 {level}:", &r.clock('.')[..19])
}

/// Couchbase: `[ns_server:info,2026-11-28T10:00:00.123Z,ns_1@10.0.0.1:<0.1234.0>:menelaus_web:]`.
fn couchbase_header(r: &mut Random, _: usize, logger_module: &str) -> String {
    let (logger, module) = logger_module.split_once(' ').expect("a logger and a module");
    let time = r.iso_time();
    format!("[{logger},{}Z,ns_1@{}:<0.{}.0>:{module}:]", &time[..23], r.ip(), r.between(100, 99_999))
}

/// EMQX 5: `2026-11-28T10:00:00.123456+00:00 [warning]`.
fn emqx_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}{:03}+00:00 [{level}]", r.clock('.').replace(' ', "T"), r.below(1000))
}

/// Elixir's Logger: `10:00:00.123 [error]`.
fn elixir_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} [{level}]", &r.clock('.')[11..])
}

/// torchrun: `[2026-11-28 10:00:00,123]`.
fn bracketed_comma_time_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}]", r.clock(','))
}

/// BeeGFS: `(3) Nov28 10:00:00`.
fn beegfs_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("({level}) Nov{} {}", &clock[8..10], &clock[11..19])
}

/// apcupsd: `2026-11-28 10:00:00 +0000 ` (two spaces before the sentence).
fn apcupsd_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} +0000 ", &r.clock('.')[..19])
}

/// The Buildkite agent: `2026-11-28 10:00:00 INFO  `.
fn buildkite_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level:<6}", &r.clock('.')[..19])
}

/// EXOS: `11/28/2026 10:00:00.12 <Info:vlan.msgs.portLinkStateUp>`.
fn exos_header(r: &mut Random, _: usize, event: &str) -> String {
    let clock = r.clock('.');
    format!("11/{}/2026 {} <{event}>", &clock[8..10], &clock[11..22])
}

/// Valheim: `11/28/2026 10:00:00:`.
fn valheim_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("11/{}/2026 {}:", &clock[8..10], &clock[11..19])
}

/// Open5GS: `11/28 10:00:00.123: [amf] INFO:`.
fn open5gs_header(r: &mut Random, _: usize, function_level: &str) -> String {
    let (function, level) = function_level.split_once(' ').expect("a function and a level");
    let clock = r.clock('.');
    format!("11/{} {}: [{function}] {level}:", &clock[8..10], &clock[11..])
}

/// 389 Directory Server: `[28/Nov/2026:10:00:00.123456789 +0000]`.
fn ds389_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("[{}/Nov/2026:{}{:06} +0000]", &clock[8..10], &clock[11..], r.below(1_000_000))
}

/// Tinyproxy: `CONNECT   Nov 28 10:00:00.123 [1234]:`.
fn tinyproxy_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("{level:<9} Nov {} {} [{}]:", &clock[8..10], &clock[11..], r.between(100, 99_999))
}

/// Jitsi Videobridge: `JVB 2026-11-28 10:00:00.123 INFO:`.
fn jvb_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("JVB {} {level}:", r.clock('.'))
}

/// Domoticz: `2026-11-28 10:00:00.123 ` (two spaces before the message).
fn domoticz_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} ", r.clock('.'))
}

/// Timbre: `26-11-28 10:00:00 web-1 INFO`.
fn timbre_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("{} {} {level}", &clock[2..19], r.pick(&["web-1", "web-2", "worker-1"]))
}

/// Firecracker: `2026-11-28T10:00:00.123456789`.
fn firecracker_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}{:06}", r.clock('.').replace(' ', "T"), r.below(1_000_000))
}

/// `zpool events`: `Nov 28 2026 10:00:00.123456789`.
fn zfs_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("Nov {} 2026 {}{:06}", &clock[8..10], &clock[11..], r.below(1_000_000))
}

/// Anaconda: `10:00:00,123 INF`.
fn anaconda_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}", &r.clock(',')[11..])
}

/// MaxScale: `2026-11-28 10:00:00   notice :`.
fn maxscale_header(r: &mut Random, _: usize, priority: &str) -> String {
    format!("{}   {priority:<7}:", &r.clock('.')[..19])
}

/// Apache Traffic Server: `[Nov 28 10:00:00.123] traffic_server NOTE:`.
fn trafficserver_header(r: &mut Random, _: usize, severity: &str) -> String {
    let clock = r.clock('.');
    format!("[Nov {} {}] traffic_server {severity}:", &clock[8..10], &clock[11..])
}

/// Seafile: `[11/28/2026 10:00:00 AM]`.
fn seafile_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[11/{:02}/2026 {}]", r.between(1, 28), r.twelve_hour_clock(2))
}

/// Portainer: `2026/11/28 10:00AM INF`.
fn portainer_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!(
        "{} {:02}:{}{} {level}",
        clock[..10].replace('-', "/"),
        r.between(1, 12),
        &clock[14..16],
        r.pick(&["AM", "PM"])
    )
}

/// splunkd.log: `11-28-2026 10:00:00.123 +0000 INFO  TailReader` (the level padded to five).
fn splunkd_header(r: &mut Random, _: usize, level_component: &str) -> String {
    let clock = r.clock('.');
    format!("11-{}-2026 {} +0000 {level_component}", &clock[8..10], &clock[11..])
}

/// Debezium in Kafka Connect: `2026-11-28 10:00:00,123 INFO  ` (the level padded).
fn debezium_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level:<5}", r.clock(','))
}

/// RethinkDB: `2026-11-28T10:00:00.123456789 123.456789s notice:`.
fn rethinkdb_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.').replace(' ', "T");
    format!("{clock}{:06} {}.{:06}s {level}:", r.below(1_000_000), r.below(99_999), r.below(1_000_000))
}

/// QuestDB: `2026-11-28T10:00:00.123456Z I i.q.c.TableWriter`.
fn questdb_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    format!("{}{:03}Z {level_logger}", r.clock('.').replace(' ', "T"), r.below(1000))
}

/// `[2026-11-28 10:00:00.123]`.
fn bracketed_clock_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}]", r.clock('.'))
}

/// Roundcube: `[28-Nov-2026 10:00:00 +0000]:`.
fn roundcube_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("[{}-Nov-2026 {} +0000]:", &clock[8..10], &clock[11..19])
}

/// Paperless-ngx: `[2026-11-28 10:00:00,123] [INFO] [paperless.consumer]`.
fn paperless_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    format!("[{}] [{level_logger}]", r.clock(','))
}

/// Vertica: `2026-11-28 10:00:00.123 Init Session:0x7f3a2b1c4700`.
fn vertica_header(r: &mut Random, _: usize, thread: &str) -> String {
    format!("{} {thread}{}", r.clock('.'), r.hex(10))
}

/// GoldenGate: `2026-11-28 10:00:00  INFO    OGG-00987`.
fn goldengate_header(r: &mut Random, _: usize, level_id: &str) -> String {
    format!("{}  {level_id}", &r.clock('.')[..19])
}

/// Istio: `2026-11-28T10:00:00.123456Z\tinfo\tads\t`.
fn istiod_header(r: &mut Random, _: usize, level_scope: &str) -> String {
    format!("{}{:03}Z\t{level_scope}\t", r.clock('.').replace(' ', "T"), r.below(1000))
}

/// VMware Tools: `[2026-11-28T10:00:00.123Z] [   message] [vmsvc]`.
fn vmtools_header(r: &mut Random, _: usize, level_component: &str) -> String {
    format!("[{}Z] [{level_component}]", r.clock('.').replace(' ', "T"))
}

/// Python's logging with the level padded to eight: `2026-11-28 10:00:00 INFO    `
/// (discord.py, Shadowsocks).
fn padded_level_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level:<8}", &r.clock('.')[..19])
}

/// Dante: `Nov 28 10:00:00 (1764324000.123456) danted[1234]:`.
fn dante_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    let epoch = r.between(1_764_000_000, 1_764_999_999);
    format!(
        "Nov {} {} ({epoch}.{:06}) danted[{}]:",
        &clock[8..10],
        &clock[11..19],
        r.below(1_000_000),
        r.between(100, 99_999)
    )
}

/// Duplicati: `2026-11-28 10:00:00 +00 - [Information-…]:`.
fn duplicati_header(r: &mut Random, _: usize, level_component: &str) -> String {
    format!("{} +00 - [{level_component}]:", &r.clock('.')[..19])
}

/// UrBackup: `2026-11-28 10:00:00:`.
fn urbackup_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}:", &r.clock('.')[..19])
}

/// A Proxmox Backup Server task: `2026-11-28T10:00:00+00:00:`.
fn pbs_task_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}+00:00:", r.clock('.')[..19].replace(' ', "T"))
}

/// OpenNebula: `Sat Nov 28 10:00:00 2026 [Z0][VM][I]:`.
fn opennebula_header(r: &mut Random, event: usize, subsystem_level: &str) -> String {
    format!("{} [Z0][{subsystem_level}]:", ctime_header(r, event, ""))
}

/// sway: `00:00:01.234`, the time since it started.
fn sway_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{:02}:{:02}:{:02}.{:03}", r.below(3), r.below(60), r.below(60), r.below(1000))
}

/// Rundeck: `[2026-11-28T10:00:00,123] INFO  execution.status -`.
fn rundeck_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    format!("[{}] {level_logger} -", r.clock(',').replace(' ', "T"))
}

/// StatsD: `28 Nov 10:00:00 - [1234]`.
fn statsd_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("{} Nov {} - [{}]", &clock[8..10], &clock[11..19], r.between(100, 99_999))
}

/// Cacti: `2026-11-28 10:00:00 -`.
fn cacti_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} -", &r.clock('.')[..19])
}

/// ntopng: `28/Nov/2026 10:00:00`.
fn ntopng_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("{}/Nov/2026 {}", &clock[8..10], &clock[11..19])
}

/// ROS 2: `[INFO] [1764324000.123456789] [talker]:`.
fn ros2_header(r: &mut Random, _: usize, level_node: &str) -> String {
    let (level, node) = level_node.split_once(' ').expect("a level and a node");
    format!("[{level}] [{}.{:09}] [{node}]:", r.between(1_764_000_000, 1_764_999_999), r.below(1_000_000_000))
}

/// PX4: `INFO  [commander]`.
fn px4_header(_: &mut Random, _: usize, level_module: &str) -> String {
    let (level, module) = level_module.split_once(' ').expect("a level and a module");
    format!("{level:<5} [{module}]")
}

/// GPFS: `2026-11-28_10:00:00.123+0000: [I]`.
fn gpfs_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}+0000: [{level}]", r.clock('.').replace(' ', "_"))
}

/// Aerospike: `Nov 28 2026 10:00:00 GMT: INFO (nsup):`.
fn aerospike_header(r: &mut Random, _: usize, level_context: &str) -> String {
    let (level, context) = level_context.split_once(' ').expect("a level and a context");
    let clock = r.clock('.');
    format!("Nov {} 2026 {} GMT: {level} ({context}):", &clock[8..10], &clock[11..19])
}

/// Redpanda: `INFO  2026-11-28 10:00:00,123 [shard 1] kafka -`.
fn redpanda_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    format!("{level:<5} {} [shard {}] {logger} -", r.clock(','), r.below(4))
}

/// Apache Ignite: `[10:00:00,123][INFO][main][IgniteKernal]`.
fn ignite_header(r: &mut Random, _: usize, fields: &str) -> String {
    let brackets: String = fields.split('|').map(|f| format!("[{f}]")).collect();
    format!("[{}]{brackets}", &r.clock(',')[11..])
}

/// Chocolatey: `2026-11-28 10:00:00,123 1234 [INFO ] -`.
fn choco_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {} [{level:<5}] -", r.clock(','), r.between(100, 99_999))
}

/// Firefox's MOZ_LOG: `[Parent 1234: Main Thread]: D/nsHttp`.
fn mozlog_header(r: &mut Random, _: usize, level_module: &str) -> String {
    let thread =
        r.pick(&["Parent 4121: Main Thread", "Parent 4121: Socket Thread", "Child 4388: Main Thread"]).to_string();
    format!("[{thread}]: {level_module}")
}

/// Quarkus: `2026-11-28 10:00:00,123 INFO  [io.quarkus] (main)`.
fn quarkus_header(r: &mut Random, _: usize, fields: &str) -> String {
    let (level, category, thread) = three_fields(fields, '|');
    format!("{} {level:<5} [{category}] ({thread})", r.clock(','))
}

/// Cloud Foundry's lager: `{"timestamp":"…","level":"info","source":"atc","message":`.
fn lager_header(r: &mut Random, _: usize, level: &str) -> String {
    format!(
        r#"{{"timestamp":"{}{:06}Z","level":"{level}","source":"atc","message":"#,
        &r.iso_time()[..23],
        r.below(1_000_000)
    )
}

/// freshclam: `Sat Nov 28 10:00:00 2026 ->`.
fn freshclam_header(r: &mut Random, event: usize, _: &str) -> String {
    format!("{} ->", ctime_header(r, event, ""))
}

/// srsRAN: `2026-11-28T10:00:00.123456 [RRC     ] [I] [ 10234]`.
fn srsran_header(r: &mut Random, _: usize, layer_level: &str) -> String {
    let (layer, level) = layer_level.split_once(' ').expect("a layer and a level");
    format!(
        "{}{:03} [{layer:<8}] [{level}] [{:>6}]",
        r.clock('.').replace(' ', "T"),
        r.below(1000),
        r.between(1000, 10_239)
    )
}

/// OBS Studio: `10:00:00.123:`.
fn obs_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}:", &r.clock('.')[11..])
}

/// Homebridge: `[11/28/2026, 10:00:00 AM] [Hue]`.
fn homebridge_header(r: &mut Random, _: usize, plugin: &str) -> String {
    format!("[11/{}/2026, {}] [{plugin}]", r.between(1, 28), r.twelve_hour_clock(1))
}

/// Mattermost: `{"timestamp":"2026-11-28 10:00:00.123 Z","level":"info","msg":`.
fn mattermost_header(r: &mut Random, _: usize, level: &str) -> String {
    format!(r#"{{"timestamp":"{} Z","level":"{level}","msg":"#, r.clock('.'))
}

/// TeamSpeak 3: `2026-11-28 10:00:00.123456|INFO    |VirtualServerBase|1  |`.
fn ts3_header(r: &mut Random, _: usize, fields: &str) -> String {
    let (level, channel, server) = three_fields(fields, ' ');
    let server = if server == "-" { "" } else { server };
    format!("{}{:03}|{level:<8}|{channel:<14}|{server:<3}|", r.clock('.'), r.below(1000))
}

/// 7 Days to Die: `2026-11-28T10:00:00 1234.567`.
fn sevendays_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} {}.{:03}", r.clock('.')[..19].replace(' ', "T"), r.between(10, 99_999), r.below(1000))
}

/// Overseerr: `2026-11-28T10:00:00.123Z [info][Plex Scan]:`.
fn overseerr_header(r: &mut Random, _: usize, level_label: &str) -> String {
    let (level, label) = level_label.split_once('|').expect("a level and a label");
    format!("{}Z [{level}][{label}]:", r.clock('.').replace(' ', "T"))
}

/// SABnzbd: `2026-11-28 10:00:00,123::INFO::[downloader:1173]`.
fn sab_header(r: &mut Random, _: usize, level_module: &str) -> String {
    let (level, module) = level_module.split_once(' ').expect("a level and a module");
    format!("{}::{level}::[{module}]", r.clock(','))
}

/// aria2: `2026-11-28 10:00:00.123456 [NOTICE] [RequestGroupMan.cc:1200]`.
fn aria2_header(r: &mut Random, _: usize, level_file: &str) -> String {
    let (level, file) = level_file.split_once(' ').expect("a level and a file");
    format!("{}{:03} [{level}] [{file}]", r.clock('.'), r.below(1000))
}

/// Deluge: `10:00:00.123 [INFO    ][deluge.core.rpcserver         :179 ]`.
fn deluge_header(r: &mut Random, _: usize, fields: &str) -> String {
    let (level, logger, line) = three_fields(fields, ' ');
    format!("{} [{level:<8}][{logger:<30}:{line:<4}]", &r.clock('.')[11..])
}

/// rsnapshot: `[2026-11-28T10:00:00]`.
fn rsnapshot_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}]", r.clock('.')[..19].replace(' ', "T"))
}

/// gvmd: `md   main:MESSAGE:2026-11-28 10h00.00 utc:1234:`.
fn gvmd_header(r: &mut Random, _: usize, fields: &str) -> String {
    let (module, domain, level) = three_fields(fields, ' ');
    let clock = r.clock('.');
    let time = format!("{}h{}.{}", &clock[11..13], &clock[14..16], &clock[17..19]);
    format!("{module:<5}{domain}:{level}:{} {time} utc:{}:", &clock[..10], r.between(100, 99_999))
}

/// GoCD: `2026-11-28 10:00:00,123 INFO  [ThreadPoolTaskScheduler-1] PipelineScheduler:87 -`.
fn gocd_header(r: &mut Random, _: usize, fields: &str) -> String {
    let (level, thread, class) = three_fields(fields, '|');
    format!("{} {level:<5} [{thread}] {class} -", r.clock(','))
}

/// CFEngine: `2026-11-28T10:00:00+0000     info:`.
fn cfengine_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}+0000 {level:>8}:", r.clock('.')[..19].replace(' ', "T"))
}

/// Sphinx: `[Sat Nov 28 10:00:00.123 2026] [1234]`.
fn sphinx_header(r: &mut Random, event: usize, _: &str) -> String {
    let ctime = ctime_header(r, event, "");
    let (time, year) = ctime.split_at(ctime.len() - 5);
    format!("[{time}.{:03}{year}] [{}]", r.below(1000), r.between(100, 99_999))
}

/// PostgREST: `28/Nov/2026:10:00:00 +0000:`.
fn postgrest_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("{}/Nov/2026:{} +0000:", &clock[8..10], &clock[11..19])
}

/// Emby: `2026-11-28 10:00:00.123 Info App:`.
fn emby_header(r: &mut Random, _: usize, level_component: &str) -> String {
    format!("{} {level_component}:", r.clock('.'))
}

/// Mailman 3: `Nov 28 10:00:00 2026 (1234)`.
fn mailman_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("Nov {} {} 2026 ({})", &clock[8..10], &clock[11..19], r.between(100, 99_999))
}

/// MiniDLNA: `[2026/11/28 10:00:00] scanner.c:731: warn:`.
fn minidlna_header(r: &mut Random, event: usize, file_level: &str) -> String {
    let (file, level) = file_level.split_once(' ').expect("a file and a level");
    format!("[{}] {file}: {level}:", go_std_header(r, event, ""))
}

/// Liquidsoap: `2026/11/28 10:00:00 [main:3]`.
fn liquidsoap_header(r: &mut Random, event: usize, module_level: &str) -> String {
    format!("{} [{module_level}]", go_std_header(r, event, ""))
}

/// Snapcast: `2026-11-28 10-00-00.123 [Notice] (Server)`.
fn snapcast_header(r: &mut Random, _: usize, level_tag: &str) -> String {
    let (level, tag) = level_tag.split_once(' ').expect("a level and a tag");
    let clock = r.clock('.');
    format!("{} {} [{level}] ({tag})", &clock[..10], clock[11..].replace(':', "-"))
}

/// Circus: `2026-11-28 10:00:00 circus[1234] [INFO]`.
fn circus_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} circus[{}] [{level}]", &r.clock('.')[..19], r.between(100, 99_999))
}

/// lograge: the request's ID in brackets, `[0a1b2c3d-…]`.
fn lograge_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}]", value(r, "uuid"))
}

/// ZoneMinder: `11/28/26 10:00:00.123456 zmc_m2[5678].INF-zm_monitor.cpp/3100`.
fn zoneminder_header(r: &mut Random, _: usize, daemon_level_place: &str) -> String {
    let (daemon, level, place) = three_fields(daemon_level_place, ' ');
    let clock = r.clock('.');
    let (monitor, pid) = (r.between(1, 4), r.between(1000, 99_999));
    format!("11/{}/26 {}{:03} {daemon}_m{monitor}[{pid}].{level}-{place}", &clock[8..10], &clock[11..], r.below(1000))
}

/// Azure Functions' host: `2026-11-28T10:00:00.123 [Information]`.
fn azure_functions_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} [{level}]", &r.iso_time()[..23])
}

/// OctoPrint's serial.log: `2026-11-28 10:00:00,123 -`.
fn marlin_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} -", r.clock(','))
}

/// Lighthouse: `Nov 28 10:00:00.123 INFO`.
fn lighthouse_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("Nov {} {} {level}", &clock[8..10], &clock[11..])
}

/// CometBFT: `I[2026-11-28|10:00:00.123]`.
fn cometbft_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("{level}[{}|{}]", &clock[..10], &clock[11..])
}

/// TensorFlow's C++ runtime: `2026-11-28 10:00:00.123456: I tensorflow/core/…/gpu_device.cc:1929]`.
fn tensorflow_header(r: &mut Random, _: usize, level_place: &str) -> String {
    format!("{}{:03}: {level_place}]", r.clock('.'), r.below(1000))
}

/// Apptainer: `INFO:   `, `WARNING:`, `FATAL:  ` (the message starts after one more space).
fn apptainer_header(_: &mut Random, _: usize, level: &str) -> String {
    format!("{:<8}", format!("{level}:"))
}

/// HP ProCurve: `I 11/28/26 10:00:00 00076`.
fn procurve_header(r: &mut Random, _: usize, severity_id: &str) -> String {
    let (severity, id) = severity_id.split_once(' ').expect("a severity and an event ID");
    format!("{severity} 11/{:02}/26 {} {id}", r.between(1, 28), value(r, "hms"))
}

/// Synology DSM's exported log: `Info<TAB>2026/11/28 10:00:00<TAB>System:`.
fn synology_header(r: &mut Random, _: usize, level_category: &str) -> String {
    let (level, category) = level_category.split_once(' ').expect("a level and a category");
    format!("{level}\t{}\t{category}:", go_std_header(r, 0, ""))
}

/// Passenger: `[ N 2026-11-28 10:00:00.1234 12345/T5 age/Cor/CoreMain.cpp:1234 ]:`.
fn passenger_header(r: &mut Random, _: usize, level_place: &str) -> String {
    let (level, place) = level_place.split_once(' ').expect("a level and a place");
    let (tenth, pid, thread) = (r.below(10), r.between(1000, 99_999), r.between(1, 40));
    format!("[ {level} {}{tenth} {pid}/T{thread:x} {place} ]:", r.clock('.'))
}

/// CodeIgniter 3: `ERROR - 2026-11-28 10:00:00 -->`.
fn codeigniter_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{level} - {} -->", &r.clock('.')[..19])
}

/// Yii 2: `2026-11-28 10:00:00 [10.0.0.5][42][-][error][yii\db\Exception]`.
fn yii_header(r: &mut Random, _: usize, level_category: &str) -> String {
    let (level, category) = level_category.split_once(' ').expect("a level and a category");
    let user = if r.below(2) == 0 { "-".to_string() } else { r.between(1, 500).to_string() };
    format!("{} [{}][{user}][-][{level}][{category}]", &r.clock('.')[..19], r.ip())
}

/// Minecraft's Bedrock server: `[2026-11-28 10:00:00:123 INFO]`.
fn bedrock_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("[{}:{} {level}]", &clock[..19], &clock[20..])
}

/// Jackett: `11-28 10:00:00 Info`.
fn jackett_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("{} {} {level}", &clock[5..10], &clock[11..19])
}

/// calibre-web: `[2026-11-28 10:00:00,123]  INFO {cps.server:198}`.
fn calibre_web_header(r: &mut Random, _: usize, level_place: &str) -> String {
    let (level, place) = level_place.split_once(' ').expect("a level and a place");
    format!("[{}] {level:>5} {{{place}}}", r.clock(','))
}

/// SOGo through syslog: `Nov 28 10:00:00 sogod [1234]:`.
fn sogo_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("Nov {:2} {} sogod [{}]:", r.between(1, 28), value(r, "hms"), r.between(1000, 99_999))
}

/// The ECS agent: `level=info time=2026-11-28T10:00:00Z`.
fn ecs_agent_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("level={level} time={}Z", &r.iso_time()[..19])
}

/// Mopidy: `INFO     2026-11-28 10:00:00,123 [1234:MainThread] mopidy.commands`.
fn mopidy_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    let thread = r.pick(&["MainThread", "MpdSession-13", "HttpServer"]);
    format!("{level:<8} {} [{}:{thread}] {logger}", r.clock(','), r.between(100, 9999))
}

/// sudo's log file: `Nov 28 10:00:00 :`.
fn sudo_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("Nov {:2} {} :", r.between(1, 28), value(r, "hms"))
}

/// knockd: `[2026-11-28 10:00]`.
fn knockd_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}]", &r.clock('.')[..16])
}

/// Velocity: `[10:00:00 INFO]:`.
fn velocity_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{} {level}]:", value(r, "hms"))
}

/// Huey: `[2026-11-28 10:00:00,123] INFO:huey.consumer.Worker:Worker-1:`.
fn huey_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    let worker =
        if logger.ends_with("Scheduler") { "Scheduler".to_string() } else { format!("Worker-{}", r.between(1, 4)) };
    format!("[{}] {level}:{logger}:{worker}:", r.clock(','))
}

/// Dramatiq: `[2026-11-28 10:00:00,123] [PID 1234] [MainThread] [dramatiq.MainProcess] [INFO]`.
fn dramatiq_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    let thread = r.pick(&["MainThread", "Thread-3", "Thread-7"]);
    format!("[{}] [PID {}] [{thread}] [{logger}] [{level}]", r.clock(','), r.between(100, 99_999))
}

/// macOS's install.log: `2026-11-28 10:00:00-08 MacBook-Pro softwareupdated[1234]:`.
fn macos_install_header(r: &mut Random, _: usize, program: &str) -> String {
    let host = r.pick(&["MacBook-Pro", "Alices-iMac", "build-mac-2"]);
    format!("{}-08 {host} {program}[{}]:", &r.clock('.')[..19], r.between(100, 99_999))
}

/// tuned: `2026-11-28 10:00:00,123 INFO     tuned.daemon.daemon:`.
fn tuned_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    format!("{} {level:<8} {logger}:", r.clock(','))
}

/// Traccar: `2026-11-28 10:00:00  INFO:`.
fn traccar_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level:>5}:", &r.clock('.')[..19])
}

/// Typesense (glog with the year): `I20261128 10:00:00.123456 12345 raft_server.cpp:123]`.
fn typesense_header(r: &mut Random, event: usize, level_file: &str) -> String {
    let (level, file) = level_file.split_once(' ').expect("a level and a file");
    let clock = r.clock('.');
    let date = clock[..10].replace('-', "");
    format!("{level}{date} {}{:03} {} {file}:{}]", &clock[11..], r.below(1000), r.between(100, 999), 53 * event + 101)
}

/// Janus: `[Sat Nov 28 10:00:00 2026]`.
fn janus_header(r: &mut Random, event: usize, _: &str) -> String {
    format!("[{}]", ctime_header(r, event, ""))
}

/// GStreamer's debug log: `0:00:01.123456789 12345 0x55d5c8e0a060 WARN basesrc gstbasesrc.c:…:<src>`.
fn gstreamer_header(r: &mut Random, _: usize, level_category: &str) -> String {
    let (level, category) = level_category.split_once(' ').expect("a level and a category");
    let (seconds, nanos) = (r.below(60), r.below(1_000_000_000));
    format!("0:00:{seconds:02}.{nanos:09} {:5} 0x{} {level:<7} {category:>20}", r.between(100, 99_999), r.hex(12))
}

/// KrakenD: `[KRAKEND] 2026/11/28 - 10:00:00.123 ▶ INFO`.
fn krakend_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("[KRAKEND] {} - {} ▶ {level}", clock[..10].replace('-', "/"), &clock[11..23])
}

/// vCenter's vpxd: `2026-11-28T10:00:00.123Z info vpxd[04776] [Originator@6876 sub=vpxLro opID=lro-1234-5678]`.
fn vpxd_header(r: &mut Random, _: usize, level_sub: &str) -> String {
    let (level, sub) = level_sub.split_once(' ').expect("a level and a sub");
    let (thread, op) = (r.between(1000, 99_999), r.hex(8));
    format!("{} {level} vpxd[{thread:05}] [Originator@6876 sub={sub} opID=lro-{}-{op}]", r.iso_time(), r.below(100_000))
}

/// Exchange's message tracking log: `2026-11-28T10:00:00.123Z,`.
fn exchange_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{},", r.iso_time())
}

/// DeepSpeed: `[2026-11-28 10:00:00,123] [INFO] [engine.py:123:_configure_optimizer]`.
fn deepspeed_header(r: &mut Random, event: usize, level_file: &str) -> String {
    let (level, file) = level_file.split_once(' ').expect("a level and a file");
    let function = ["log_dist", "_configure_optimizer", "__init__", "_resize", "print", "stop"][event % 6];
    format!("[{}] [{level}] [{file}:{}:{function}]", r.clock(','), 31 * event + 96)
}

/// Duo's authentication proxy: `2026-11-28T10:00:00.123456+0000 [duoauthproxy.lib.log#info]`.
fn duo_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}{:03}+0000 [duoauthproxy.lib.log#{level}]", &r.iso_time()[..23], r.below(1000))
}

/// SoftEther: `2026-11-28 10:00:00.123`.
fn softether_header(r: &mut Random, _: usize, _: &str) -> String {
    r.clock('.')[..23].to_string()
}

/// OpenLiteSpeed: `2026-11-28 10:00:00.123456 [INFO] [1234]`.
fn openlitespeed_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}{:03} [{level}] [{}]", &r.clock('.')[..23], r.below(1000), r.between(100, 99_999))
}

/// Play Framework: `2026-11-28 10:00:00 INFO  play.api.Play `.
fn play_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    format!("{} {level:<5} {logger} ", &r.clock('.')[..19])
}

/// DCGM: `2026-11-28 10:00:00.123 INFO  [1234:1240]`.
fn dcgm_header(r: &mut Random, _: usize, level: &str) -> String {
    let process = r.between(100, 9999);
    format!("{} {level:<5} [{process}:{}]", &r.clock('.')[..23], process + r.between(1, 30))
}

/// Quay: `gunicorn-web stdout | 2026-11-28 10:00:00,123 [123] [INFO] [data.database]`, or a
/// program's own line after the bar (`nginx stdout |`).
fn quay_header(r: &mut Random, _: usize, program_level_logger: &str) -> String {
    let mut fields = program_level_logger.split(' ');
    let program = fields.next().expect("a program");
    match (fields.next(), fields.next()) {
        (Some("stdout"), None) => format!("{program} stdout |"),
        (Some(level), Some(logger)) => {
            format!("{program} stdout | {} [{}] [{level}] [{logger}]", r.clock(','), r.between(50, 999))
        }
        _ => panic!("a program, then a level and a logger or `stdout`"),
    }
}

/// Verdaccio: ` http <--` … the level padded to five after a space.
fn verdaccio_header(_: &mut Random, _: usize, level: &str) -> String {
    format!(" {level:>5}")
}

/// xrdp: `[2026-11-28T10:00:00.123+0000] [INFO ]`.
fn xrdp_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{}+0000] [{level:<5}]", &r.iso_time()[..23])
}

/// TigerVNC: ` Connections: ` … the module padded to thirteen after a space.
fn tigervnc_header(_: &mut Random, _: usize, module: &str) -> String {
    format!(" {module:<13}")
}

/// OpenRC: ` *`.
fn openrc_header(_: &mut Random, _: usize, _: &str) -> String {
    " *".to_string()
}

/// conntrack -E with timestamps: `[1764324000.123456]`, padded before `[UPDATE]` by the message.
fn conntrack_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}.{:06}]", r.between(1_764_300_000, 1_764_399_999), r.below(1_000_000))
}

/// apport: `ERROR: apport (pid 1234) Sat Nov 28 10:00:00 2026:`.
fn apport_header(r: &mut Random, event: usize, level: &str) -> String {
    let pid = r.between(100, 99_999);
    format!("{level}: apport (pid {pid}) {}:", ctime_header(r, event, ""))
}

/// apt-cacher-ng: `1764324000|`.
fn epoch_bar_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}|", r.between(1_764_300_000, 1_764_399_999))
}

/// Cobbler: `Sat Nov 28 10:00:00 2026 - INFO |`.
fn cobbler_header(r: &mut Random, event: usize, level: &str) -> String {
    format!("{} - {level} |", ctime_header(r, event, ""))
}

/// MAAS: `2026-11-28 10:00:00 maasserver: [info]`.
fn maas_header(r: &mut Random, _: usize, logger_level: &str) -> String {
    let (logger, level) = logger_level.split_once(' ').expect("a logger and a level");
    format!("{} {logger}: [{level}]", &r.clock('.')[..19])
}

/// Juju's debug-log: `unit-mysql-0: 10:00:00 INFO juju.worker.uniter`.
fn juju_header(r: &mut Random, _: usize, level_module: &str) -> String {
    let unit = r.pick(&["unit-mysql-0", "unit-wordpress-1", "machine-0"]);
    format!("{unit}: {} {level_module}", value(r, "hms"))
}

/// Hue: `[28/Nov/2026 10:00:00 +0000] access       INFO    `.
fn hue_header(r: &mut Random, _: usize, logger_level: &str) -> String {
    let (logger, level) = logger_level.split_once(' ').expect("a logger and a level");
    format!("[{}/Nov/2026 {} +0000] {logger:<12} {level:<8}", r.between(10, 28), value(r, "hms"))
}

/// Superset: `2026-11-28 10:00:00,123:INFO:superset.views.core:`.
fn superset_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    format!("{}:{level}:{logger}:", r.clock(','))
}

/// Redash: `[2026-11-28 10:00:00,123][PID:12][INFO][redash.query_runner]`.
fn redash_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    format!("[{}][PID:{}][{level}][{logger}]", r.clock(','), r.between(1, 99))
}

/// Zeppelin: ` INFO [2026-11-28 10:00:00,123] ({qtp123-45} NotebookServer.java[onMessage]:123) -`.
fn zeppelin_header(r: &mut Random, event: usize, level_source: &str) -> String {
    let (level, source) = level_source.split_once(' ').expect("a level and a source");
    let thread = format!("qtp{}-{}", r.between(100_000, 999_999), r.between(10, 99));
    format!(" {level} [{}] ({{{thread}}} {source}:{}) -", r.clock(','), 61 * event + 120)
}

/// Oozie: `2026-11-28 10:00:00,123  INFO ActionStartXCommand:520 -`.
fn oozie_header(r: &mut Random, _: usize, level_command: &str) -> String {
    let (level, command) = level_command.split_once(' ').expect("a level and a command");
    format!("{} {level:>5} {command} -", r.clock(','))
}

/// Ambari's agent: `INFO 2026-11-28 10:00:00,123 Controller.py:304 -`.
fn ambari_header(r: &mut Random, _: usize, level_source: &str) -> String {
    let (level, source) = level_source.split_once(' ').expect("a level and a source");
    format!("{level} {} {source} -", r.clock(','))
}

/// Cloudera Manager's agent: `[28/Nov/2026 10:00:00 +0000] 12345 MainThread agent        INFO    `.
fn cloudera_header(r: &mut Random, _: usize, thread_module_level: &str) -> String {
    let mut fields = thread_module_level.split(' ');
    let (thread, module, level) = (fields.next(), fields.next(), fields.next());
    let (Some(thread), Some(module), Some(level)) = (thread, module, level) else {
        panic!("a thread, a module and a level")
    };
    format!(
        "[{}/Nov/2026 {} +0000] {} {thread} {module:<12} {level:<8}",
        r.between(10, 28),
        value(r, "hms"),
        r.between(100, 99_999)
    )
}

/// consul-template: `2026/11/28 10:00:00.123456 [INFO]`.
fn consul_template_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}{:03} [{level}]", r.clock('.')[..23].replace('-', "/"), r.below(1000))
}

/// Domino: `28.11.2026 10:00:00  `.
fn domino_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{:02}.11.2026 {} ", r.between(1, 28), value(r, "hms"))
}

/// SharePoint's ULS: `11/28/2026 10:00:00.12 \tw3wp.exe (0x1A2C)\t0x3F10\t` then the area,
/// category, event ID and level, tab-separated.
fn uls_header(r: &mut Random, _: usize, fields: &str) -> String {
    let process = r.pick(&["w3wp.exe", "OWSTIMER.EXE", "mssearch.exe"]);
    let (day, clock) = (r.between(1, 28), value(r, "hms"));
    format!(
        "11/{day:02}/2026 {clock}.{:02} \t{process} (0x{})\t0x{}\t{fields}\t",
        r.below(100),
        r.hex(4).to_uppercase(),
        r.hex(4).to_uppercase()
    )
}

/// lsyncd: `Sat Nov 28 10:00:00 2026 Normal:`.
fn lsyncd_header(r: &mut Random, event: usize, kind: &str) -> String {
    format!("{} {kind}:", ctime_header(r, event, ""))
}

/// CUPS' page_log: the printer's name.
fn cups_page_header(r: &mut Random, _: usize, _: &str) -> String {
    r.pick(&["Office_Laser", "HP_LaserJet_M404", "Brother_HL_L2350"]).to_string()
}

/// Gitolite: `2026-11-28.10:00:00\t12345\t`.
fn gitolite_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}.{}\t{}\t", &r.clock('.')[..10], value(r, "hms"), r.between(100, 99_999))
}

/// Subversion's operational log: `[28/Nov/2026:10:00:00 +0000]`.
fn svn_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{}/Nov/2026:{} +0000]", r.between(10, 28), value(r, "hms"))
}

/// Windows' Netlogon log: `11/28 10:00:00 [LOGON] [1234]`.
fn netlogon_header(r: &mut Random, _: usize, category: &str) -> String {
    format!("11/{:02} {} [{category}] [{}]", r.between(1, 28), value(r, "hms"), r.between(500, 9_999))
}

/// DISM's log: `2026-11-28 10:00:00, Info                 `.
fn dism_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}, {level:<21}", &r.clock('.')[..19])
}

/// MySQL's general query log: `2026-11-28T10:00:00.123456Z\t   ` (the connection ID is padded
/// right to seven places).
fn mysql_general_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{}{:03}Z\t", &r.iso_time()[..23], r.below(1000))
}

/// Elasticsearch's slow log: `[2026-11-28T10:00:00,123][WARN ][index.search.slowlog.query]`.
fn es_slowlog_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    format!("[{}][{level:<5}][{logger}]", r.clock(',').replace(' ', "T"))
}

/// Hadoop's log4j layout: `2026-11-28 10:00:00,123 INFO rmapp.RMAppImpl:` (the logger's package
/// cut to its last part, as YARN's daemons are configured).
fn yarn_rm_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    format!("{} {level_logger}:", r.clock(','))
}

/// LXC: `lxc web01 20261128100000.123`.
fn lxc_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!(
        "lxc {} {}.{}",
        r.pick(&["web01", "db-primary", "ci-runner-3"]),
        clock[..19].replace(['-', ' ', ':'], ""),
        &clock[20..]
    )
}

/// oVirt's engine: `2026-11-28 10:00:00,123Z INFO  [org.ovirt…RunVmCommand] (default task-12) [a1b2c3d4]`.
fn ovirt_engine_header(r: &mut Random, _: usize, level_class: &str) -> String {
    let (level, class) = level_class.rsplit_once(' ').expect("a level and a class");
    format!("{}Z {level} [{class}] (default task-{}) [{}]", r.clock(','), r.between(1, 99), r.hex(8))
}

/// JuiceFS: `2026/11/28 10:00:00.123456 juicefs[1234] <INFO>:`.
fn juicefs_header(r: &mut Random, event: usize, level: &str) -> String {
    format!(
        "{}.{:06} juicefs[{}] <{level}>:",
        go_std_header(r, event, level),
        r.below(1_000_000),
        r.between(100, 99_999)
    )
}

/// Barman: `2026-11-28 10:00:00,123 [1234] barman.wal_archiver INFO:`.
fn barman_header(r: &mut Random, _: usize, logger_level: &str) -> String {
    format!("{} [{}] {logger_level}:", r.clock(','), r.between(100, 99_999))
}

/// WAL-G: `INFO: 2026/11/28 10:00:00.123456`.
fn walg_header(r: &mut Random, event: usize, level: &str) -> String {
    format!("{level}: {}.{:06}", go_std_header(r, event, level), r.below(1_000_000))
}

/// Amazon RDS for PostgreSQL: `2026-11-28 10:00:00 UTC:10.0.0.1(54321):alice@shop:[1234]:LOG: `.
fn rds_postgres_header(r: &mut Random, _: usize, level: &str) -> String {
    let (client, user) = (r.ip(), value(r, "user"));
    let db = r.pick(&["shop", "billing", "auth"]);
    format!(
        "{} UTC:{client}({}):{user}@{db}:[{}]:{level}: ",
        &r.clock('.')[..19],
        r.between(1024, 65_535),
        r.between(100, 99_999)
    )
}

/// Knative's zap JSON up to the caller: `{"severity":"info","timestamp":"…","logger":"…",`.
fn tekton_header(r: &mut Random, _: usize, level: &str) -> String {
    format!(r#"{{"severity":"{level}","timestamp":"{}","logger":"tekton-pipelines-controller","#, r.iso_time())
}

/// Elixir's Logger: `10:00:00.123 request_id=F2c… [info]` (request metadata on the lines
/// logged while serving a request: its two lines and its queries).
fn pleroma_header(r: &mut Random, event: usize, level: &str) -> String {
    let clock = r.clock('.');
    if [0, 1, 6].contains(&event) {
        format!("{} request_id={} [{level}]", &clock[11..], r.chars(BASE64URL, 20))
    } else {
        format!("{} [{level}]", &clock[11..])
    }
}

/// OPNsense's configd: `2026-11-28T10:00:00+00:00 Notice configd.py[1234]`.
fn opnsense_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}+00:00 {level} configd.py[{}]", &r.iso_time()[..19], r.between(100, 99_999))
}

/// Fly.io: `2026-11-28T10:00:00Z app[148e…] ams`.
fn fly_io_header(r: &mut Random, _: usize, source: &str) -> String {
    format!("{}Z {source}[{}] {}", &r.iso_time()[..19], r.hex(14), r.pick(&["ams", "ord", "sin", "fra"]))
}

/// A level in brackets and no time: `[INFO]` (Maven, RetroArch, UCARP).
fn bracketed_level_header(_: &mut Random, _: usize, level: &str) -> String {
    format!("[{level}]")
}

/// HiveMQ: `2026-11-28 10:00:00,123 INFO  -`.
fn hivemq_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level:<5} -", r.clock(','))
}

/// Tyk: `time="Nov 28 10:00:00" level=info` (logrus's text format with a stamp of the time).
fn tyk_header(r: &mut Random, _: usize, level: &str) -> String {
    format!(r#"time="Nov {:02} {}" level={level}"#, r.between(1, 28), value(r, "hms"))
}

/// WSO2's Carbon: `[2026-11-28 10:00:00,123]  INFO {org.wso2.carbon…CarbonServerManager} -`.
fn wso2_header(r: &mut Random, _: usize, level_class: &str) -> String {
    let (level, class) = level_class.split_once(' ').expect("a level and a class");
    format!("[{}] {level:>5} {{{class}}} -", r.clock(','))
}

/// Liferay: `2026-11-28 10:00:00.123 INFO  [main][StartupHelperUtil:113]`.
fn liferay_header(r: &mut Random, _: usize, level_thread_class: &str) -> String {
    let mut parts = level_thread_class.split(' ');
    let (level, thread, class) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let thread = thread.replace("{small}", &r.between(1, 12).to_string());
    let class = class.replace("{n}", &r.between(30, 90).to_string());
    format!("{} {level:<5} [{thread}][{class}]", r.clock('.'))
}

/// Camunda on Spring Boot: `2026-11-28 10:00:00.123  INFO 1234 --- [main] org.camunda.bpm.engine :`.
fn camunda_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    let thread =
        r.pick(&["main", "JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor]"]);
    format!("{} {level:>5} {} --- [{thread}] {logger:<40} :", r.clock('.'), r.between(1000, 9999))
}

/// Apache's error log as FreeIPA writes it: `[Sat Nov 28 10:00:00.123456 2026] [wsgi:error] [pid 1234:tid 5678] [remote 10.0.0.1:54321]`.
fn freeipa_header(r: &mut Random, event: usize, _: &str) -> String {
    let ctime = ctime_header(r, event, "");
    let (date, year) = ctime.rsplit_once(' ').expect("a year");
    format!(
        "[{date}.{:06} {year}] [wsgi:error] [pid {}:tid {}] [remote {}]",
        r.below(1_000_000),
        r.between(1000, 9999),
        r.between(100_000_000_000_000, 999_999_999_999_999),
        value(r, "ipport")
    )
}

/// rtpengine: `Nov 28 10:00:00 sbc1 rtpengine[1234]: INFO: [a1b2c3d4@10.0.0.1 port 30000]:`.
fn rtpengine_header(r: &mut Random, event: usize, level: &str) -> String {
    let call = format!("{}@{}", r.hex(12), r.ip());
    format!("{} {level}: [{call} port {}]:", journal_header(r, event, "rtpengine"), 2 * r.between(15_000, 20_000))
}

/// Vault's audit log: `{"time":"2026-11-28T10:00:00.123Z","type":"response",`.
fn vault_audit_header(r: &mut Random, _: usize, kind: &str) -> String {
    format!(r#"{{"time":"{}","type":"{kind}","#, r.iso_time())
}

/// Kaniko: `INFO[0012]`, seconds since the build started.
fn kaniko_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{level}[{:04}]", r.between(0, 900))
}

/// controller-runtime's JSON: `{"level":"info","ts":"2026-11-28T10:00:00.123Z",`.
fn flux_header(r: &mut Random, _: usize, level: &str) -> String {
    format!(r#"{{"level":"{level}","ts":"{}","#, r.iso_time())
}

/// Meteor's logger (Rocket.Chat): `I20261128-10:00:00.123(0)?`.
fn meteor_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{level}202611{:02}-{}(0)?", r.between(1, 28), &r.clock('.')[11..])
}

/// Zulip: `2026-11-28 10:00:00.123 INFO`.
fn zulip_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}", r.clock('.'))
}

/// Sentry: `10:00:00 [INFO] sentry.access.api:`.
fn sentry_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    format!("{} [{level}] {logger}:", value(r, "hms"))
}

/// signale (Node): `[11/28/2026] [10:00:00 AM] [SSL      ] › ℹ  info      `.
fn signale_header(r: &mut Random, _: usize, scope_symbol_level: &str) -> String {
    let mut words: Vec<&str> = scope_symbol_level.split(' ').collect();
    let level = words.pop().expect("a level");
    let symbol = words.pop().expect("a symbol");
    format!(
        "[11/{:02}/2026] [{}] [{:<9}] › {symbol}  {level:<9}",
        r.between(1, 28),
        r.twelve_hour_clock(2),
        words.join(" ")
    )
}

/// n8n: `2026-11-28T10:00:00.123Z | info     |`.
fn n8n_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} | {level:<8} |", &r.iso_time()[..23])
}

/// Grafana Alloy: `ts=2026-11-28T10:00:00.123Z level=info`.
fn alloy_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("ts={}Z level={level}", &r.iso_time()[..23])
}

/// fwupd: `Nov 28 10:00:00 node1 fwupd[1234]: 10:00:00.123 FuEngine            `.
fn fwupd_header(r: &mut Random, event: usize, class: &str) -> String {
    let header = journal_header(r, event, "fwupd");
    format!("{header} {} {class:<20}", &r.clock('.')[11..])
}

/// sanlock: `2026-11-28 10:00:00 123456 [1234]:`.
fn sanlock_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("{} {} [{}]:", &r.clock('.')[..19], r.between(1000, 999_999), r.between(100, 9999))
}

/// journalctl -o short-monotonic: `[ 1234.567890] node1`.
fn monotonic_header(r: &mut Random, _: usize, program: &str) -> String {
    format!("[{:>5}.{:06}] {} {program}:", r.between(1, 99_999), r.below(1_000_000), r.pick(&["node1", "node2"]))
}

/// MLflow: `2026/11/28 10:00:00 INFO mlflow.tracking.fluent:`.
fn mlflow_header(r: &mut Random, event: usize, level_logger: &str) -> String {
    format!("{} {level_logger}:", go_std_header(r, event, level_logger))
}

/// Flume: `28 Nov 2026 10:00:00,123 INFO  [lifecycleSupervisor-1-0] (org.apache.flume…start:62)  -`.
fn flume_header(r: &mut Random, _: usize, level_thread_method: &str) -> String {
    let mut parts = level_thread_method.split(' ');
    let (level, thread, method) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    format!(
        "{:02} Nov 2026 {},{:03} {level:<5} [{thread}] ({method})  -",
        r.between(1, 28),
        value(r, "hms"),
        r.below(1000)
    )
}

/// kadmind: `Nov 28 10:00:00 kdc1 kadmind[1234](info):`.
fn kadmind_header(r: &mut Random, event: usize, level: &str) -> String {
    let header = journal_header(r, event, "kadmind");
    format!("{}({level}):", &header[..header.len() - 1])
}

/// Nessus' log: `[Sat Nov 28 10:00:00 2026][1234.0]`.
fn nessus_header(r: &mut Random, event: usize, _: &str) -> String {
    format!("[{}][{}.0]", ctime_header(r, event, ""), r.between(100, 9999))
}

/// Velociraptor: `[INFO] 2026-11-28T10:00:00Z`.
fn velociraptor_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{level}] {}Z", &r.iso_time()[..19])
}

/// pt-kill: `# 2026-11-28T10:00:00`.
fn pt_kill_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("# {}", &r.iso_time()[..19])
}

/// Cisco ISE over syslog: `<181>Nov 28 10:00:00 ise01 CISE_Passed_Authentications 0001234567 1 0
/// 2026-11-28 10:00:00.123 +00:00 0012345678 5200 NOTICE`.
fn cisco_ise_header(r: &mut Random, _: usize, category_id_severity: &str) -> String {
    let (category, id_severity) = category_id_severity.split_once(' ').expect("a category");
    format!(
        "<181>Nov {:2} {} ise01 {category} {:010} 1 0 {} +00:00 {:010} {id_severity}",
        r.between(1, 28),
        value(r, "hms"),
        r.between(1, 9_999_999),
        r.clock('.'),
        r.between(1, 99_999_999)
    )
}

/// HPE iLO's IML export: `Critical  11/28/2026 10:00 `.
fn hp_ilo_header(r: &mut Random, event: usize, _: &str) -> String {
    let severity = ["Critical", "Caution", "Caution", "Critical", "Caution", "Critical"][event % 6];
    format!("{severity:<9} 11/{:02}/2026 {}", r.between(1, 28), &value(r, "hms")[..5])
}

/// SQL Server Agent: `2026-11-28 10:00:00 - ?`.
fn sqlagent_header(r: &mut Random, _: usize, mark: &str) -> String {
    format!("{} - {mark}", &r.clock('.')[..19])
}

/// ClickHouse's server log: `2026.11.28 10:00:00.123456 [ 12 ] {query} <Debug> executeQuery:`,
/// the query's ID only where a query's thread logged.
fn clickhouse_server_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, logger) = spec.split_once('|').expect("level|logger");
    let query = match logger {
        "executeQuery" | "MemoryTracker" | "TCPHandler" => value(r, "uuid"),
        _ => String::new(),
    };
    let clock = r.clock('.').replace('-', ".");
    format!("{}.{:06} [ {} ] {{{query}}} <{level}> {logger}:", &clock[..19], r.below(1_000_000), r.between(1, 64))
}

/// Sophos XG: `device="SFW" date=… time=… … log_id=010101600001`.
fn sophos_xg_header(r: &mut Random, _: usize, log_id: &str) -> String {
    let clock = r.clock('.');
    format!(
        "device=\"SFW\" date={} time={} timezone=\"UTC\" device_name=\"XG230\" device_id=C01001RH7T4HX95 log_id={log_id}",
        &clock[..10],
        &clock[11..19]
    )
}

/// Bamboo: `2026-11-28 10:00:00,123 INFO [7-BAM::Default Agent::Agent:pool-3-thread-1] [Class]`.
fn bamboo_header(r: &mut Random, _: usize, spec: &str) -> String {
    let mut parts = spec.split('|');
    let (level, family, class) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let thread = match family {
        "agent" => {
            format!("{}-BAM::Default Agent::Agent:pool-{}-thread-{}", r.between(1, 9), r.between(1, 4), r.between(1, 8))
        }
        "event" => format!("AtlassianEvent::0-BAM::EVENTS:pool-2-thread-{}", r.between(1, 12)),
        "http" => format!("http-nio-8085-exec-{}", r.between(1, 40)),
        _ => format!("scheduler_Worker-{}", r.between(1, 10)),
    };
    format!("{} {level} [{thread}] [{class}]", r.clock(','))
}

/// Mirth Connect: `[2026-11-28 10:00:00,123]  INFO  (com.mirth.connect.server.Mirth:301):`.
fn mirth_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, class) = spec.split_once('|').expect("level|class");
    format!("[{}]  {level:<5} ({class}):", r.clock(','))
}

/// Foreman: `2026-11-28T10:00:00 [I|app|1a2b3c4d]`.
fn foreman_header(r: &mut Random, _: usize, spec: &str) -> String {
    format!("{} [{spec}|{}]", &r.clock('.')[..19].replace(' ', "T"), r.hex(8))
}

/// OpenTSDB: `2026-11-28 10:00:00,123 INFO  [OpenTSDB I/O Worker #3] RpcHandler:`.
fn opentsdb_header(r: &mut Random, _: usize, spec: &str) -> String {
    let mut parts = spec.split('|');
    let (level, logger, family) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let thread = match family {
        "io" => format!("OpenTSDB I/O Worker #{}", r.between(1, 16)),
        "hbase" => format!("New I/O worker #{}", r.between(1, 16)),
        "compaction" => "CompactionThread".to_string(),
        _ => "main".to_string(),
    };
    format!("{} {level:<5} [{thread}] {logger}:", r.clock(','))
}

/// MythTV: `2026-11-28 10:00:00.123456 I [1234/1240] Scheduler scheduler.cpp:2466
/// (HandleRecording) -`.
fn mythtv_header(r: &mut Random, _: usize, spec: &str) -> String {
    let mut parts = spec.splitn(3, '|');
    let (level, thread, source) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let pid = r.between(1000, 9999);
    format!("{}{:03} {level} [{pid}/{}] {thread} {source} -", r.clock('.'), r.below(1000), pid + r.between(0, 40))
}

/// Hubble: `Nov 28 10:00:00.123:`.
fn hubble_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.');
    format!("Nov {} {}:", &clock[8..10], &clock[11..])
}

/// glog with the whole date: `I20261128 10:00:00.123456  1234 dfly_main.cc:691]`.
fn dragonfly_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, source) = spec.split_once('|').expect("level|source");
    let clock = r.clock('.');
    format!("{level}202611{} {}{:03} {:>6} {source}]", &clock[8..10], &clock[11..], r.below(1000), r.between(1, 99_999))
}

/// Dapr: `time="2026-11-28T10:00:00.123456Z" level=info`.
fn dapr_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("time=\"{}\" level={level}", r.iso_time())
}

/// NetBird: `2026-11-28T10:00:00Z INFO client/internal/engine.go:1245:`.
fn netbird_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, source) = spec.split_once('|').expect("level|source");
    format!("{}Z {level} {source}:", &r.clock('.')[..19].replace(' ', "T"))
}

/// KEDA: `2026-11-28T10:00:00Z\tINFO\tscaleexecutor`.
fn keda_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, logger) = spec.split_once('|').expect("level|logger");
    format!("{}Z\t{level}\t{logger}", &r.clock('.')[..19].replace(' ', "T"))
}

/// Rook: `2026-11-28 10:00:00.123456 I | op-osd:`.
fn rook_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, component) = spec.split_once('|').expect("level|component");
    format!("{}{:03} {level} | {component}:", r.clock('.'), r.below(1000))
}

/// PulseAudio: `( 12.345|   0.001) I: [pulseaudio] main.c:`.
fn pulseaudio_header(r: &mut Random, _: usize, spec: &str) -> String {
    let mut parts = spec.splitn(3, '|');
    let (level, thread, file) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let since_start = r.between(0, 999_999) as f64 / 1000.0;
    let since_last = r.between(0, 9_999) as f64 / 1000.0;
    format!("({since_start:7.3}|{since_last:8.3}) {level}: [{thread}] {file}:")
}

/// Android's logcat, brief: `I/flutter ( 1234):`.
fn logcat_brief_header(r: &mut Random, _: usize, tag: &str) -> String {
    format!("{tag}({:5}):", r.between(100, 32_000))
}

/// Selenium Grid: `10:00:00.123 INFO [LocalNode.newSession] -`.
fn selenium_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, method) = spec.split_once('|').expect("level|method");
    format!("{} {level} [{method}] -", &r.clock('.')[11..])
}

/// MySQL Router: `2026-11-28 10:00:00 routing INFO [7f3a1c2b4700]`.
fn mysqlrouter_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (plugin, level) = spec.split_once('|').expect("plugin|level");
    format!("{} {plugin} {level} [7f{}]", &r.clock('.')[..19], r.hex(10))
}

/// VerneMQ: `2026-11-28 10:00:00.123 [info] <0.1234.0>@vmq_ranch:teardown:134`.
fn vernemq_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, place) = spec.split_once('|').expect("level|place");
    format!("{} [{level}] <0.{}.0>@{place}", r.clock('.'), r.between(200, 99_999))
}

/// Openfire's log: `2026.11.28 10:00:00.123 INFO  [socket_c2s-thread-3]:`.
fn openfire_header(r: &mut Random, _: usize, level: &str) -> String {
    let thread =
        format!("{}-{}", r.pick(&["socket_c2s-thread", "TaskEngine-pool", "Jetty-QTP-AdminConsole"]), r.between(1, 20));
    format!("{} {level:<5} [{thread}]:", r.clock('.').replace('-', "."))
}

/// spdlog's default pattern: `[2026-11-28 10:00:00.123] [gateway] [info]`.
fn spdlog_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (logger, level) = spec.split_once('|').expect("logger|level");
    format!("[{}] [{logger}] [{level}]", r.clock('.'))
}

/// NFS-Ganesha: `28/11/2026 10:00:00 : epoch 6929a1b2 : nfs1 : ganesha.nfsd-1234[svc_12]`; a
/// service thread's number varies.
fn ganesha_header(r: &mut Random, _: usize, thread: &str) -> String {
    let clock = r.clock('.');
    let thread = if thread == "svc" { format!("svc_{}", r.between(1, 64)) } else { thread.to_string() };
    format!(
        "{}/11/2026 {} : epoch {} : nfs1 : ganesha.nfsd-{}[{thread}]",
        &clock[8..10],
        &clock[11..19],
        r.hex(8),
        r.between(100, 99_999)
    )
}

/// Bazarr: `28/11/2026 10:00:00|INFO    |root                            |`.
fn bazarr_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, logger) = spec.split_once('|').expect("level|logger");
    let clock = r.clock('.');
    format!("{}/11/2026 {}|{level:<8}|{logger:<32}|", &clock[8..10], &clock[11..19])
}

/// NXLog: `2026-11-28 10:00:00 INFO`.
fn nxlog_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}", &r.clock('.')[..19])
}

/// MarkLogic: `2026-11-28 10:00:00.123 Info:`.
fn marklogic_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}:", r.clock('.'))
}

/// Motion: `Nov 28 10:00:00 [1:ml1:Front] [NTC] [ALL]`, the main thread `[0:motion]`.
fn motion_header(r: &mut Random, _: usize, spec: &str) -> String {
    let mut fields = spec.split('|');
    let (kind, class, thread) = (fields.next().unwrap_or(""), fields.next().unwrap_or(""), fields.next().unwrap_or(""));
    let thread = if thread == "main" { "0:motion" } else { r.pick(&["1:ml1:Front", "2:ml2:Garage", "3:ml3:Driveway"]) };
    format!("Nov {:02} {} [{thread}] [{kind}] [{class}]", r.between(1, 28), value(r, "hms"))
}

/// Locust: `[2026-11-28 10:00:00,123] loadgen-1/INFO/locust.main:`.
fn locust_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    format!("[{}] {}/{level_logger}:", r.clock(','), value(r, "locusthost"))
}

/// Tarantool: `2026-11-28 10:00:00.123 [1234] main/103/checkpoint_daemon I>`.
fn tarantool_header(r: &mut Random, _: usize, level_fiber: &str) -> String {
    let (level, fiber) = level_fiber.split_once('|').expect("level|fiber");
    format!("{} [{}] main/{}/{fiber} {level}>", r.clock('.'), r.between(1000, 99_999), r.between(101, 130))
}

/// glog as Apache Kudu writes it: `I1128 10:00:00.123456  1234 raft_consensus.cc:491]`.
fn kudu_header(r: &mut Random, _: usize, level_file: &str) -> String {
    let (level, file) = level_file.split_once(' ').expect("a level and a file");
    let clock = r.clock('.');
    format!("{level}11{} {}{:03} {:>5} {file}]", &clock[8..10], &clock[11..], r.below(1000), r.between(100, 99_999))
}

/// FileZilla Server 0.9: `(000042)11/28/2026 1:05:09 PM - alice (10.0.0.5)>`, the user
/// `(not logged in)` until the login (`out`).
fn filezilla_header(r: &mut Random, _: usize, logged: &str) -> String {
    let (connection, date, clock) = (r.between(1, 99_999), value(r, "mdy"), r.twelve_hour_clock(1));
    let who = if logged == "in" { value(r, "user") } else { "(not logged in)".to_string() };
    format!("({connection:06}){date} {clock} - {who} ({})>", r.ip())
}

/// Technitium DNS Server: `[2026-11-28 10:00:00 UTC]`.
fn technitium_header(r: &mut Random, _: usize, _: &str) -> String {
    format!("[{} UTC]", &r.clock('.')[..19])
}

/// BentoML: `2026-11-28T10:00:00+0000 [INFO] [api_server:iris_classifier:3]`, an API
/// server's worker by its number.
fn bentoml_header(r: &mut Random, _: usize, level_component: &str) -> String {
    let (level, component) = level_component.split_once(' ').expect("a level and a component");
    let time = r.iso_time();
    let component = match component {
        "api_server" => format!("api_server:iris_classifier:{}", r.between(1, 4)),
        other => other.to_string(),
    };
    format!("{}+0000 [{level}] [{component}]", &time[..19])
}

/// Radicale: `[2026-11-28 10:00:00 +0000] [1234/Thread-7 (process_request_thread)] [INFO]`.
fn radicale_header(r: &mut Random, _: usize, level: &str) -> String {
    let (clock, pid, thread) = (r.clock('.'), r.between(100, 9999), r.between(1, 40));
    format!("[{} +0000] [{pid}/Thread-{thread} (process_request_thread)] [{level}]", &clock[..19])
}

/// PgCat: Rust's `tracing` with the thread's ID: `2026-11-28T10:00:00.123456Z  INFO ThreadId(03)`.
fn pgcat_header(r: &mut Random, event: usize, level: &str) -> String {
    let time_and_level = tracing_header(r, event, level);
    format!("{time_and_level} ThreadId({:02})", r.between(1, 8))
}

/// Odyssey: `1234 28 Nov 10:00:00.123 info [c1a2b3c4d s5e6f7a8b] (startup)`, `[none]` where the
/// line is of neither a client nor a server.
fn odyssey_header(r: &mut Random, _: usize, spec: &str) -> String {
    let mut parts = spec.split(' ');
    let (Some(level), Some(ids), Some(context)) = (parts.next(), parts.next(), parts.next()) else {
        panic!("a level, the IDs and a context")
    };
    let (pid, clock) = (r.between(1000, 99_999), r.clock('.'));
    let client = format!("c{}", r.hex(9));
    let server = format!("s{}", r.hex(9));
    let ids = match ids {
        "c" => client,
        "s" => server,
        "cs" => format!("{client} {server}"),
        _ => "none".to_string(),
    };
    format!("{pid} {} Nov {} {level} [{ids}] ({context})", &clock[8..10], &clock[11..])
}

/// go-log (IPFS Kubo): `2026-11-28T10:00:00.123Z\tWARN\tbitswap\tnetwork/ipfs_impl.go:390\t`.
fn kubo_header(r: &mut Random, _: usize, spec: &str) -> String {
    format!("{}Z\t{}\t", &r.iso_time()[..23], spec.replace(' ', "\t"))
}

/// Starbound's server: `[10:00:00.123] [Info]`.
fn starbound_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{}] [{level}]", &r.clock('.')[11..])
}

/// Benthos: logrus's text format with no time, `level=info`.
fn benthos_header(_: &mut Random, _: usize, level: &str) -> String {
    format!("level={level}")
}

/// MediaMTX: `2026/11/28 10:00:00 INF`.
fn mediamtx_header(r: &mut Random, event: usize, level: &str) -> String {
    format!("{} {level}", go_std_header(r, event, level))
}

/// Maddy: `2026-11-28T10:00:00.123Z smtp:`.
fn maddy_header(r: &mut Random, _: usize, module: &str) -> String {
    format!("{}Z {module}:", &r.iso_time()[..23])
}

/// The weekday of `day` in November 2026 (the 1st is a Sunday).
fn weekday_in_november(day: u64) -> &'static str {
    ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][(day as usize - 1) % 7]
}

/// Apache Derby's `derby.log`: Java's `Date.toString()`, `Sat Nov 28 10:00:00 UTC 2026`, then
/// ` :` before the network server's messages, or the connection's thread and context.
fn derby_header(r: &mut Random, _: usize, context: &str) -> String {
    let day = r.between(1, 28);
    let weekday = weekday_in_november(day);
    let time = format!("{weekday} Nov {day:02} {} UTC 2026", &r.clock('.')[11..19]);
    if context == ":" {
        return format!("{time} :");
    }
    format!(
        "{time} Thread[DRDAConnThread_{},5,main] (XID = {}), (SESSIONID = {}), (DATABASE = {}), (DRDAID = NF000001.H{}-{}{{1}}),",
        r.between(2, 40),
        r.between(100, 999_999),
        r.below(500),
        r.pick(&["shopdb", "inventory"]),
        r.between(100, 999),
        r.between(100_000_000_000_000_000, 999_999_999_999_999_999)
    )
}

/// zypper's log: `2026-11-28 10:00:00 <1> tumbleweed(4821) [zypp] RepoManager.cc(refreshMetadata):1020`.
fn zypper_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, group, source) = three_fields(spec, ' ');
    format!("{} <{level}> tumbleweed({}) [{group}] {source}", &r.clock('.')[..19], r.between(1000, 99_999))
}

/// Milvus: `[2026/11/28 10:00:00.123 +00:00] [INFO] [querynodev2/server.go:322]`.
fn milvus_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, source) = spec.split_once(' ').expect("a level and a source");
    format!("[{} +00:00] [{level}] [{source}]", r.clock('.').replace('-', "/"))
}

/// cardano-node's text tracer: `[relay1:cardano.node.ChainDB:Notice:45] [2026-11-28 10:00:00.12 UTC]`.
fn cardano_header(r: &mut Random, _: usize, tracer: &str) -> String {
    let thread = r.between(30, 400);
    format!("[relay1:cardano.node.{tracer}:{thread}] [{} UTC]", &r.clock('.')[..22])
}

/// free5GC: `2026-11-28T10:00:00.123456789Z [INFO][AMF][Ngap]`.
fn free5gc_header(r: &mut Random, _: usize, spec: &str) -> String {
    let tags: String = spec.split(' ').map(|tag| format!("[{tag}]")).collect();
    format!("{}{:06}Z {tags}", &r.iso_time()[..23], r.below(1_000_000))
}

/// Osmocom's log with its time as digits and the category: `20261128100000123 DRLL <0000> abis_rsl.c:1527`.
fn osmocom_header(r: &mut Random, _: usize, source: &str) -> String {
    let digits: String = r.clock('.').chars().filter(char::is_ascii_digit).collect();
    format!("{digits} {source}")
}

/// Cromwell: `[2026-11-28 10:00:00,12] [info]`, its time in hundredths of a second.
fn cromwell_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[{}] [{level}]", &r.clock(',')[..22])
}

/// katip (Haskell): `[2026-11-28 10:00:00][shop.api][Info][web-1][4242][ThreadId 17][main:Api.Server src/Api/Server.hs:88:7]`.
fn katip_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (severity, location) = spec.split_once(' ').expect("a severity and a location");
    let (pid, thread) = (r.between(1000, 9999), r.between(5, 900));
    format!("[{}][shop.api][{severity}][web-1][{pid}][ThreadId {thread}][main:{location}]", &r.clock('.')[..19])
}

/// Gatus: Go's standard logger's time, then the function in brackets, `[watchdog.execute]`.
fn gatus_header(r: &mut Random, event: usize, function: &str) -> String {
    format!("{} [{function}]", go_std_header(r, event, function))
}

/// Blocky: `[2026-11-28 10:00:00]  INFO queryLog:`, the level padded to five.
fn blocky_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, prefix) = spec.split_once(' ').expect("a level and a prefix");
    format!("[{}] {level:>5} {prefix}:", &r.clock('.')[..19])
}

/// evcc: the module padded to six in brackets, the level, Go's standard time: `[lp-1  ] INFO 2026/11/28 10:00:00`.
fn evcc_header(r: &mut Random, event: usize, spec: &str) -> String {
    let (module, level) = spec.split_once(' ').expect("a module and a level");
    format!("[{module:<6}] {level} {}", go_std_header(r, event, spec))
}

/// ioBroker: `2026-11-28 10:00:00.123  - info:`.
fn iobroker_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}  - {level}:", r.clock('.'))
}

/// Luanti (Minetest): `2026-11-28 10:00:00: ACTION[Server]:`.
fn luanti_header(r: &mut Random, _: usize, level_thread: &str) -> String {
    format!("{}: {level_thread}:", &r.clock('.')[..19])
}

/// OpenTTD's dedicated server: `[2026-11-28 10:00:00]`, then a debug category's `dbg: [net]`
/// or nothing before the console's messages.
fn openttd_header(r: &mut Random, _: usize, category: &str) -> String {
    let time = &r.clock('.')[..19];
    match category {
        "console" => format!("[{time}]"),
        _ => format!("[{time}] dbg: [{category}]"),
    }
}

/// Audiobookshelf: `[2026-11-28 10:00:00.123] INFO: [Server]`.
fn audiobookshelf_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (level, component) = spec.split_once(' ').expect("a level and a component");
    format!("[{}] {level}: [{component}]", r.clock('.'))
}

/// StackStorm: `2026-11-28 10:00:00,123 140032123456 INFO engine [-]`, the thread's ID before
/// the level.
fn stackstorm_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    format!("{} {} {level_logger} [-]", r.clock(','), r.between(139_000_000_000_000, 140_999_999_999_999))
}

/// Weave Net: `INFO: 2026/11/28 10:00:00.123456`.
fn weave_header(r: &mut Random, event: usize, level: &str) -> String {
    format!("{level}: {}.{:06}", go_std_header(r, event, level), r.below(1_000_000))
}

/// Multus: `2026-11-28T10:00:00Z [verbose]`.
fn multus_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}Z [{level}]", &r.iso_time()[..19])
}

/// Terragrunt before 0.50: `[terragrunt] [/infra/live/prod/vpc] 2026/11/28 10:00:00`, the
/// module only where several run.
fn terragrunt_header(r: &mut Random, event: usize, scope: &str) -> String {
    let time = go_std_header(r, event, scope);
    match scope {
        "module" => format!("[terragrunt] [{}] {time}", value(r, "tgmodule")),
        _ => format!("[terragrunt] {time}"),
    }
}

/// Pants: `10:00:00.12 [INFO]`.
fn pants_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} [{level}]", &r.clock('.')[11..22])
}

/// deCONZ: `10:00:00:123`, the milliseconds after a colon.
fn deconz_header(r: &mut Random, _: usize, _: &str) -> String {
    r.clock(':')[11..].to_string()
}

/// GoBGP: logrus's text, `time="2026-11-28T10:00:00Z" level=info`.
fn gobgp_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("time=\"{}Z\" level={level}", &r.iso_time()[..19])
}

/// PeerTube: `[tube.example.org:443] 2026-11-28 10:00:00.123 info:`.
fn peertube_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("[tube.example.org:443] {} {level}:", r.clock('.'))
}

/// InspIRCd: `Sat Nov 28 2026 10:00:00 CONNECT:`.
fn inspircd_header(r: &mut Random, _: usize, kind: &str) -> String {
    let day = r.between(1, 28);
    let weekday = weekday_in_november(day);
    format!("{weekday} Nov {day:02} 2026 {} {kind}:", &r.clock('.')[11..19])
}

/// Galaxy: `galaxy.jobs.handler INFO 2026-11-28 10:00:00,123 [pN:handler_0,p:1234,tN:JobHandlerQueue.monitor_thread]`.
fn galaxy_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (logger, level, thread) = three_fields(spec, ' ');
    format!("{logger} {level} {} [pN:handler_0,p:{},tN:{thread}]", r.clock(','), r.between(1000, 99_999))
}

/// Metaflow: `2026-11-28 10:00:00.123 [1701234/train/7 (pid 5678)]`, or the time alone for the
/// run's own messages.
fn metaflow_header(r: &mut Random, _: usize, scope: &str) -> String {
    let time = r.clock('.');
    match scope {
        "run" => time,
        _ => {
            let (run, step, task, pid) =
                (r.between(1000, 9999), value(r, "mfstep"), r.between(1, 99), r.between(1000, 99_999));
            format!("{time} [{run}/{step}/{task} (pid {pid})]")
        }
    }
}

/// Logitech Media Server: `[26-11-28 10:00:00.1234] Slim::Player::Source::_readNextChunk (2049)`.
fn lms_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (function, line) = spec.split_once(' ').expect("a function and a line");
    format!("[{}{:04}] {function} ({line})", &r.clock('.')[2..20], r.below(10_000))
}

/// acme.sh: `[Sat Nov 28 10:00:00 UTC 2026]`, `date`'s default.
fn acme_sh_header(r: &mut Random, _: usize, _: &str) -> String {
    let day = r.between(1, 28);
    let weekday = weekday_in_november(day);
    format!("[{weekday} Nov {day} {} UTC 2026]", &r.clock('.')[11..19])
}

/// lego (an ACME client): Go's standard time, then the level in brackets.
fn lego_header(r: &mut Random, event: usize, level: &str) -> String {
    format!("{} [{level}]", go_std_header(r, event, level))
}

/// sing-box: `+0000 2026-11-28 10:00:00 INFO`, then a connection's ID and age in brackets.
fn singbox_header(r: &mut Random, _: usize, spec: &str) -> String {
    let time = &r.clock('.')[..19];
    match spec.split_once(' ') {
        Some((level, _)) => {
            format!("+0000 {time} {level} [{} {}ms]", r.between(100_000_000, 4_294_967_295), r.below(5000))
        }
        None => format!("+0000 {time} {spec}"),
    }
}

/// Pterodactyl's Wings: the level padded to six, then the time in brackets with the month's name.
fn wings_header(r: &mut Random, _: usize, level: &str) -> String {
    let clock = r.clock('.');
    format!("{level:>6}: [Nov {} {}]", &clock[8..10], &clock[11..])
}

/// RStudio Server: `2026-11-28T10:00:00.123456Z [rserver] ERROR`, a session's process named
/// after its user.
fn rstudio_header(r: &mut Random, _: usize, spec: &str) -> String {
    let (process, level) = spec.split_once(' ').expect("a process and a level");
    let time = format!("{}{:03}Z", &r.iso_time()[..23], r.below(1000));
    match process {
        "rsession" => format!("{time} [rsession-{}] {level}", value(r, "user")),
        _ => format!("{time} [{process}] {level}"),
    }
}

/// Atlantis: Go's `2026/11/28 10:00:00+0000` and the level in brackets (`[EROR]`).
fn atlantis_header(r: &mut Random, event: usize, level: &str) -> String {
    format!("{}+0000 [{level}]", go_std_header(r, event, level))
}

/// MediaWiki's debug log: `2026-11-28 10:00:00 mw1042 enwiki:`.
fn mediawiki_header(r: &mut Random, _: usize, _: &str) -> String {
    let wiki = r.pick(&["enwiki", "dewiki", "commonswiki"]);
    format!("{} mw{} {wiki}:", &r.clock('.')[..19], r.between(1000, 1400))
}

/// phc2sys: its name and the monotonic time in brackets, as ptp4l writes it.
fn phc2sys_header(r: &mut Random, event: usize, level: &str) -> String {
    ptp4l_header(r, event, level).replacen("ptp4l", "phc2sys", 1)
}

/// The Strimzi operator: the time, the level padded to five, the class and line (fixed per
/// event) and a dash.
fn strimzi_header(r: &mut Random, event: usize, level: &str) -> String {
    let class = ["KafkaReconciler", "TopicOperator", "AbstractOperator", "KafkaRoller", "OperatorWatcher"][event % 5];
    format!("{} {level:<5} {class}:{} -", &r.clock('.')[..19], 53 * event + 120)
}

/// Scrapy: `2026-11-28 10:00:00 [scrapy.core.engine] INFO:`.
fn scrapy_header(r: &mut Random, _: usize, logger_level: &str) -> String {
    let (logger, level) = logger_level.split_once(' ').expect("a logger and a level");
    format!("{} [{logger}] {level}:", &r.clock('.')[..19])
}

/// Python's logging with the logger's name: `2026-11-28 10:00:00,123 - botocore.hooks - DEBUG -`.
fn python_logger_header(r: &mut Random, _: usize, logger_level: &str) -> String {
    let (logger, level) = logger_level.split_once(' ').expect("a logger and a level");
    format!("{} - {logger} - {level} -", r.clock(','))
}

/// The OpenTelemetry Java agent: `[otel.javaagent 2026-11-28 10:00:00:123 +0000] [thread]
/// LEVEL logger -`.
fn otel_javaagent_header(r: &mut Random, _: usize, level_logger: &str) -> String {
    let (level, logger) = level_logger.split_once(' ').expect("a level and a logger");
    let clock = r.clock('.');
    let thread = r.pick(&["OkHttp http://otel-collector:4318/...", "BatchSpanProcessor_WorkerThread-1", "main"]);
    format!("[otel.javaagent {}:{} +0000] [{thread}] {level} {logger} -", &clock[..19], &clock[20..23])
}

/// Each format as a dataset of `lines` whole lines, events drawn with Zipf-like weights (a
/// few common, some rare). Only the events are known, not template texts.
pub fn generated_formats(lines: usize) -> Vec<Dataset> {
    FIRST_FORMATS
        .iter()
        .chain(&LATER_FORMATS)
        .map(|format| {
            let mut r = Random(0xf0_4a75 ^ format.name.len() as u64);
            let n = format.events.len();
            // Weight 1/(rank+1), ranks shuffled so the common events are not the first.
            let mut ranks: Vec<usize> = (0..n).collect();
            for i in (1..n).rev() {
                ranks.swap(i, r.below(i + 1));
            }
            let weights: Vec<f64> = ranks.iter().map(|&rank| 1.0 / (rank + 1) as f64).collect();
            let total: f64 = weights.iter().sum();
            let lines = (0..lines)
                .map(|_| {
                    let mut at = (r.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
                    let event = weights.iter().position(|w| (at -= w, at < 0.0).1).unwrap_or(n - 1);
                    let (level, message) = format.events[event];
                    let message = pad_rules(fill(&mut r, message));
                    let content = if level == "-" {
                        message
                    } else {
                        format!("{} {message}", (format.header)(&mut r, event, level))
                    };
                    LabelledLine { content, event: format!("E{event}"), template: String::new() }
                })
                .collect();
            Dataset { name: format.name.to_string(), lines, raw: Vec::new() }
        })
        .collect()
}

/// LevelDB's `LOG` file: `2026/11/28-10:00:00.123456 7f3a2c1b4700`, the thread's ID in hex.
fn leveldb_header(r: &mut Random, _: usize, _: &str) -> String {
    let clock = r.clock('.').replace('-', "/").replacen(' ', "-", 1);
    format!("{}{:03} 7f{}", clock, r.below(1000), r.hex(10))
}

/// numad's log: `Sat Nov 28 10:00:00 2026:`.
fn numad_header(r: &mut Random, event: usize, level: &str) -> String {
    format!("{}:", ctime_header(r, event, level))
}

/// Bareos' job messages: `28-Nov 10:00 bareos-dir JobId`, the daemon fixed per event.
fn bareos_header(r: &mut Random, _: usize, daemon: &str) -> String {
    let clock = r.clock('.');
    format!("{}-Nov {} {daemon} JobId", &clock[8..10], &clock[11..16])
}

/// Moonraker's log: `2026-11-28 10:00:00,123 [klippy_connection.py:_do_connect()] -`, the
/// file and function fixed per event.
fn moonraker_header(r: &mut Random, _: usize, place: &str) -> String {
    format!("{} [{place}()] -", r.clock(','))
}

/// monerod's log: the time to the millisecond, a tab, and the level's letter (`I`, `W`).
fn monero_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}\t{level}", r.clock('.'))
}

/// Presto's server log: an RFC 3339 time, a tab, the level; the thread and logger follow
/// with tabs in the message.
fn presto_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{}\t{level}", r.iso_time())
}

/// Apache Geode's: `[info 2026/11/28 10:00:00.123 UTC server1 <main> tid=0x1]`, the level
/// and the thread given as `level|thread`.
fn geode_header(r: &mut Random, _: usize, level_thread: &str) -> String {
    let (level, thread) = level_thread.split_once('|').expect("level|thread");
    let clock = r.clock('.').replace('-', "/");
    let member = r.pick(&["server1", "server2", "locator1"]);
    format!("[{level} {clock} UTC {member} <{thread}> tid=0x{:x}]", r.between(1, 200))
}

/// Apache Pinot's: `2026/11/28 10:00:00.123 INFO`, the logger and thread in brackets after.
fn pinot_header(r: &mut Random, _: usize, level: &str) -> String {
    format!("{} {level}", r.clock('.').replace('-', "/"))
}
