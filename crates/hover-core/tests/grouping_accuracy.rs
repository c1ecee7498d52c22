//! The miner's default configuration against ground truth: GA, FGA and PA on every Loghub-2k
//! dataset, leave-one-dataset-out GA, GA on the perturbation suite (formats the miner was
//! not tuned on), and the same IDs when the same lines are mined twice.

#[path = "support/miner_eval.rs"]
mod miner_eval;

use hover_core::MinerConfig;
use miner_eval::{leave_one_out, mean, mine, one_miner_ga, perturbation_gas, raw_ga, score};

#[test]
fn default_configuration_groups_and_names_loghub_templates() {
    let data = hover_testkit::loghub();
    assert!(data.len() >= 11, "expected the 11 Loghub-2k datasets, found {}", data.len());
    let mut scores = Vec::new();
    for d in &data {
        let s = score(MinerConfig::default(), d);
        eprintln!("{:<12} GA {:.4}  FGA {:.4}  PA {:.4}  {} templates", d.name, s.ga, s.fga, s.pa, s.templates);
        assert!(s.ga >= 0.85, "{}: GA {:.4} is below 0.85", d.name, s.ga);
        scores.push(s);
        // Determinism: a second miner fed the same lines hands out the same IDs.
        let contents = d.contents();
        assert_eq!(mine(MinerConfig::default(), &contents), mine(MinerConfig::default(), &contents), "{}", d.name);
    }
    let (ga, fga, pa) =
        (mean(scores.iter().map(|s| s.ga)), mean(scores.iter().map(|s| s.fga)), mean(scores.iter().map(|s| s.pa)));
    eprintln!("mean GA {ga:.4}  FGA {fga:.4}  PA {pa:.4}");
    assert!(ga >= 0.97, "mean GA {ga:.4} is below 0.97");
    assert!(fga >= 0.93, "mean FGA {fga:.4} is below 0.93");
    assert!(pa >= 0.75, "mean PA {pa:.4} is below 0.75");
}

#[test]
fn thresholds_chosen_without_a_dataset_still_group_it() {
    let folds = leave_one_out(&hover_testkit::loghub());
    for (name, config, ga) in &folds {
        eprintln!("{name:<12} GA {ga:.4} with min_distinct_values {}", config.min_distinct_values);
    }
    let ga = mean(folds.iter().map(|f| f.2));
    assert!(ga >= 0.95, "leave-one-dataset-out GA {ga:.4} is below 0.95");
}

/// Floors at what the miner reaches today, so a change that loses ground fails, and the
/// suite's mean at the 0.95 the miner aims for. One class is below it (see BENCHMARKS.md):
/// 2-3 user names in a slot. Three names merge; two merge only after a word that comes
/// before values elsewhere in the log (`user`), and are otherwise read as two event words
/// (`Started` / `Stopped`), as Loghub's truth reads them.
#[test]
fn perturbed_formats_keep_their_grouping() {
    let floors = [
        ("host_port", 0.95),
        ("word_timestamp", 0.95),
        ("few_users", 0.77),
        ("trailing_word", 0.97),
        ("one_token", 0.95),
        ("quoted_text", 0.95),
    ];
    let data = hover_testkit::loghub();
    let own: Vec<f64> = data.iter().map(|d| score(MinerConfig::default(), d).ga).collect();
    let mut scores = Vec::new();
    for (kind, gas) in perturbation_gas(&data) {
        let ga = mean(gas.iter().copied());
        eprintln!("{kind:<15} GA {ga:.4}");
        let floor = floors.iter().find(|f| f.0 == kind).map_or(0.95, |f| f.1);
        assert!(ga >= floor, "{kind}: GA {ga:.4} is below {floor}");
        // Nor may one dataset pay for the others: each keeps to within 0.05 of its GA
        // unperturbed (Spark's blocks split under `quoted_text`, 0.997 -> 0.941, when a join
        // took its texts for values beside two units), but for two or three user names.
        for ((d, &one), &own) in data.iter().zip(&gas).zip(&own) {
            let floor = if kind == "few_users" { 0.80 } else { own - 0.05 };
            assert!(one >= floor, "{kind}: {} GA {one:.4} is below {floor:.4}", d.name);
        }
        scores.push(ga);
    }
    let suite = mean(scores);
    eprintln!("{:<15} GA {suite:.4}", "suite mean");
    assert!(suite >= 0.95, "the perturbation suite's mean GA {suite:.4} is below 0.95");
    let three =
        mean(data.iter().map(|d| score(MinerConfig::default(), &hover_testkit::parsing::perturb(d, "three_users")).ga));
    eprintln!("{:<15} GA {three:.4}", "three_users");
    assert!(three >= 0.95, "three_users: GA {three:.4} is below 0.95");
}

/// Whole lines of formats none of the datasets has (klog, Spring Boot stack traces, RFC 5424
/// syslog, Envoy, Elasticsearch, nginx, MongoDB's JSON, …), generated with their truth.
/// Floors at what the miner reaches today: 0.99, but for two values of one place that say
/// yes or no (MySQL's `password: YES` / `NO`), Node's optional `async` in a frame (`at
/// async Promise.all`), two words after `is` in two places (Gitea's `db type is INTEGER,
/// struct type is BIGINT`: they stay apart, as Mac's `Network is down` / `unreachable` are two
/// events), a reason of two words in brackets before a value (pytest's `SKIPPED (needs
/// postgres) [ 96%]` / `(needs redis)`) and a constant word with a digit inside it, read as a
/// value (systemd-networkd's `Gained IPv6LL` joins `Gained carrier`), two values of a
/// place with nothing to say they are values (an HBase column family, `in info of` / `in d
/// of`; SpamAssassin's verdict, `result: Y` / `result: .`; CouchDB's reason at the end of a
/// line, `noproc` / `timeout`: a rule taking two such last words for values cost Mac 0.03),
/// a reason that says what happened (libvirt's `(reason: crashed)` / `(reason: shutdown)`,
/// kept apart as `VM Started` / `VM Stopped` are), a record's `action` field, read as
/// its event (FortiGate's `action="close"` / `"accept"` / `"timeout"` of one log ID), and
/// two values in each of three places (WebSphere's `[shop] [/admin] [LoginServlet]`: merging
/// where two places each take two words in every combination cost Loghub's mean GA 0.008,
/// Spark's 0.07, whose truth keeps `stored as bytes` / `values` apart beside `B` / `KB`),
/// two devices' names of several words (GNOME Shell's `event5 - Logitech USB Receiver:` /
/// `SYNA8004:00 06CB:CD8B Touchpad:`), and three names in brackets after a number (Plex's
/// `Library section 4 (Movies)` / `(Music)` / `(TV Shows)`), and three machines' names as
/// a line's first word (Vagrant's `web: /vagrant => …` / `db:` / `default:`), three and two
/// words after a command or an option (Nextflow's `[ALIGN (…)]` / `[SORT (…)]` / `[INDEX
/// (…)]` and `-profile docker` / `slurm`);
/// a report's kind in its heading, two levels among other words (Erlang's `=ERROR
/// REPORT====` / `=INFO` / `=CRASH`); a state's name before the noun `state` (Windows'
/// `entered the running state` / `stopped`: a word that says what happened stays the event);
/// a program's name of one word or three inside a field in parentheses (Oracle's listener,
/// `(PROGRAM=sqlplus)` / `(PROGRAM=JDBC Thin Client)`: lines of other lengths); and three task
/// classes called with named arguments (Luigi's `ExtractTask(date=…)` / `LoadTask(…)`: in camel
/// case such a call names an operation, S3's `PutObject(bucket=…)` / `GetObject(…)`, unless
/// there are as many names as a slot of values takes); a command's state as its value (openHAB's
/// `received command ON` / `OFF`: states that say what happened stay the event); an interface's
/// name that starts a message (systemd-resolved's `eth0: Bus client set …` / `wlan0:`, kept apart
/// as Loghub's Mac keeps `en0:` / `awdl0:`); three queries in quotes, two of which share words
/// (ArangoDB's `slow query: 'FOR d IN orders …'` / `'FOR u IN users RETURN u'` / `'RETURN
/// LENGTH(sessions)'`); a torrent's name of several words where others have one (Transmission's
/// `Big Buck Bunny (2008) [1080p]` beside `ubuntu-24.04.1-desktop-amd64.iso`: lines of other
/// lengths, so every event splits in two, as drain3's do); a load type in capitals after `type:`
/// (Kodi's `KEEP_IN_MEMORY` / `LOAD_ON_GUI_INIT`: a type names the event's kind, as Hadoop's
/// `EventType:` does); and two places that each take two words in every combination (git's
/// trace, `exec: git-lfs version` / `git-credential-cache get`); a link's state, `up` / `down`
/// (Arista's `changed state to up`), and three states after `is now` (Graylog's `Input […] is now
/// RUNNING` / `STARTING` / `STOPPED`: after `is` a word says what a thing is), three names in
/// angle brackets (Graylog's `<Default index set>` / `<Audit log>` / `<Events>`) or backticks
/// (Odoo's cron jobs, `` `Mail: Email Queue Manager` `` / …, in two events of one length), two
/// tiers in brackets (Druid's `[hot]:` / `[_default_tier]:`), three queues as a message's first
/// word beside no other word (RQ's `high: jobs.x(42)` / `low:` / `default:`), and checks named
/// in one to five words with their result padded to a column (rkhunter's `Checking for hidden
/// files … [ OK ]` / `[ Warning ]`); two address families (FRRouting's `End-of-RIB for IPv4
/// Unicast` / `IPv6`) and a session's end given in two to four words (`Down Peer closed the
/// session` / `Down Interface down`), and test names of three words each, one event (Jest's
/// `● Client › retries on 503` / `renders the label`: no word but the marks is shared), and
/// two record types in a DNS query (tcpdump's `A?` / `AAAA?`); a pod's state as a table's
/// column or a field's value (`kubectl get`'s `Running` / `Pending` / `CrashLoopBackOff` /
/// `Completed`, `kubectl describe`'s `Status: Running`: a state word stays its line's event,
/// as Loghub's HPC keeps a node's `running` and `not responding` apart), a state after `is now`
/// (iOS's `is now Foreground` / `Background`, as Graylog's above), and two programs that an
/// extension failed to spawn (VS Code's `spawn python3 ENOENT` / `spawn rust-analyzer`); z/OS's
/// SYSLOG, where every word is in capitals and message IDs and job names hold digits or not
/// (`IEF450I PAYROLL1 STEP1` / `IEF450I NIGHTLY STEP1`: a run of values or a word between
/// values; user IDs in capitals after a value, `FROM TSU51850 JSMITH`, read as a verdict), and
/// a record of fields with no spaces that is fields or one value by whether one field is a
/// word (`034-220,NIGHTLY,STEP3,…`); and a reason of two or three words (LSF's `failed: No
/// space left on device` / `Permission denied`); a cloud resource's type and name, two values
/// around the one word that says what happened (Pulumi's `+ aws:iam:Role cart-users created
/// (<*>)` / `+ gcp:storage:Bucket …`: the types that share `aws:` merge, the others stay
/// apart); and a device's row in a table, its name the only word before its figures
/// (iostat's `sda <*>` / `vda <*>`; `nvme0n1`'s row is values alone); a state sent, `ON` /
/// `OFF`, and two sensors' names of several words in quotes (ESPHome's `'Front Door
/// Contact': Sending state ON`, as openHAB's commands above); and a topic with a device's
/// ID in it, masked whole as a path is, before a JSON payload with no spaces, one value
/// (Tasmota's `tele/tasmota_<id>/STATE = {"Time":…}` / `…/SENSOR = …`: every topic one event);
/// FIX messages, whose keys are numbers (`35=D|…` / `35=8|…`: every field `<*>=<*>`, a new
/// order's read as a heartbeat's, as drain3 reads them); an SMS's text of one word after
/// `msg:`, the key that names a record's event (Kannel's `[msg:5:fox]`); a SMART test's kind,
/// `SHORT` / `LONG` (TrueNAS); and a health check's path, its own event in the truth as first
/// written, one path of a request to the miner (chi's `"GET …/healthz HTTP/1.1"`); a source
/// file's path generalised to the directory most share (Valgrind's `(src/<*>)`), so a file
/// elsewhere (`(lib/parse.c:<*>)`) stays apart; a frame's function, read as its event as a
/// stack's frames are (AddressSanitizer's `#3 0x… in open_socket …`: one event in the truth
/// as first written); and a thread's state in a dump (Java's `RUNNABLE` / `WAITING
/// (parking)`: states of other lengths); a session's close reason of two words (Juniper
/// SRX's `session closed TCP FIN:` / `TCP RST:` / `idle Timeout:`, as LSF's above); a
/// record's level `Event` beside `Warning` / `Error` / `Info` (DB2's `LEVEL: Event`: no word
/// of a level); a role after `is now` (Cumulus's `Role is now primary` / `secondary`, as iOS's
/// above); a hardware plugin's name in brackets as the message's first word, read as the
/// logger that says the event (Domoticz's `(RFXCOM) Temp (<*>)` / `(Zwave)` / `(Dummy)`), two
/// plugins after `Error:`, and a light's name of two words (`…/Desk Lamp/On)`); an engine's
/// frame and a script's, two events in the truth as first written and one template to the
/// miner (Godot's `at: get_node (scene/…)` / `at: _ready (res://…)`); three agents' names,
/// `<UNKNOWN>` among them, as the only word after a trap's time (snmptrapd); and a song's path
/// with spaces in it (MPD's `played "Music/Daft Punk/…/01 One More Time.flac"`); a failed
/// request's record (gorouter's `502` with no backend and `app_index:"-"`) and a request's
/// path (Meilisearch's `/indexes/<*>/search` / `/documents`), each its own event in the truth
/// as first written and one access record to the miner, which reads a path as a value and the
/// method as the verb; a port and its protocol masked whole (masscan's `443/tcp` / `53/udp`);
/// a route's target, `master` / `slave` (MaxScale); a reason of one or three words
/// (ExaBGP's `closing connection: Cease` / `Hold timer expired`); and a test's path joined by
/// `::`, each module's tests apart (Rust's `---- store::tests::reads_back stdout ----`:
/// read as joined names, SNMP's trap names `IF-MIB::linkDown` / `linkUp`, its events, merge);
/// a document's file name with a space in it (Paperless's `contract signed.pdf`, as MPD's
/// songs); a user in brackets, `(oracle)` / `(ggadmin)` (GoldenGate), and a language, `C` /
/// `CXX` (CMake): two values each; a check's answer, `YES` / `NO` (Meson) and `yes` / `no`
/// (autoconf, with a type of one or two words, `int` / `void *`, and two libraries), a state
/// word to the miner; and a command line of several words in brackets (cron's `CMD (cd / &&
/// run-parts --report <*>)`), free text; a route in square brackets as the last word (Xray's
/// `[direct]` / `[proxy]` / `[block]`), read as the event's, and a destination's protocol,
/// `tcp:<*>` / `udp:<*>`, two variants that each hold a value, merged; a test's description
/// of three to five words in parentheses (Lynis's `(Check file permissions)`); a package's name as
/// the message's first word (Chocolatey's `git v<*> [Approved]`); a process and its thread,
/// two values each, in the header (Firefox's `[Parent <*>: Main Thread]` / `[Child <*>:
/// Socket Thread]`: every event split); a service's name of one or two words that ends the
/// line (Checkmk's `service CPU load` / `Memory`); a route's function and a status's reason
/// phrase, two values each (Rocket's `(get_order)` / `(get_user)`, `Success(<*> OK)` /
/// `Created)`); two words in a row of two values each (RocketMQ's `CONSUME_ACTIVELY` /
/// `PASSIVELY` and `CLUSTERING` / `BROADCASTING`); a plugin's name in brackets, one of two
/// (Homebridge's `[homebridge-hue]` / `[homebridge-ring]`); and a device's type of two words
/// beside a value, a third masked (gpsd's `type SiRF, <*>` / `u-blox, <*>` / `NMEA0183, <*>`);
/// free text after a label or a quoted name, of one to five words (7 Days to Die's chat,
/// aria2's `failure reason: Torrent not registered`, Deluge's `error state: Permission
/// denied`, PostgREST's schema cache errors, UnrealIRCd's `(Quit: Ping timeout)`), and names
/// of several words (Tautulli's and Emby's films and tasks, Snapcast's `OS: Debian GNU/Linux
/// <*>`, gvmd's `NVTs` / `SCAP data`); a chat line of one word after a name in angle brackets,
/// values alone to the miner (Terraria's `<alice> brb`); a program's path before its
/// argument with a colon, read as a function's name (rsnapshot's `<*> daily: started`); a
/// task's state after `changed to`, a state word (gvmd's `Running` / `Done`); two values in a
/// frame, a crash and a device (systemd-coredump's `(nginx + <*>)` / `(python3 + <*>)`,
/// Circus's `webapp:` / `worker:`, udev's `sda:` / `sdb:`, UnrealIRCd's `[reason: Spamming]`,
/// ZNC's networks in `(<*>/libera)`, where the only other word is `Connected!`); and a
/// request's path or status, its own event in the truth as first written and one request to
/// the miner (Ghost's `"GET /ghost/api/…"` / `"GET /welcome/"`, Strapi's `… 200` / `… 404`),
/// as a named thing that started is one with the names that did (Circus's `sockets started`
/// / `webapp started`); a pipeline step's name of one to three words (Azure Pipelines'
/// `Starting: Build` / `Deploy to staging`); a project's dotted name that starts the line, read
/// as the logger that says the event (MSBuild's `Shop.Api -> <*>`); a record's type, two
/// values (ExternalDNS's `A` / `TXT`); a package's state after `status`, a state word to the
/// miner (dpkg's `status installed` / `half-configured`, one format string in dpkg); and the
/// G-code sent to a printer, one format string in OctoPrint (`Send: %s`) and one template to
/// the miner, but two events in the truth as first written (`Send: N12 G1 X… Y…` / `Send:
/// M105`); a request's method and path, one log statement in the Docker registry and one
/// template to the miner, two events in the truth as first written (`GET …/manifests/…` /
/// `HEAD …/blobs/…`); a record of fields alone, whose keys are its only words (sudo's
/// `USER=postgres` / `www-data`: merged, it would say nothing); two knock sequences' names
/// and an iptables flag, two values each (knockd's `openSSH` / `closeSSH`, `-A` / `-D`); two
/// tokens that each hold a value, merged as variants of one (MooseFS's `CS(<*>:9422)` /
/// `client(ip:<*>)`, two events); a reason of one or three words in parentheses
/// (git-daemon's `(with error)` / `(exit status <*>)`); and a test's name of two or three
/// words before its verdict, where the verdict is the event (Robot Framework's `Valid Login
/// | PASS |`: the miner reads `PASS` / `FAIL` between bars as a value and the names as words);
/// a state after `to` with no `from`, a state word as Cisco's `changed state to up` is
/// (GStreamer's `completed state change to PAUSED`, vCenter's `Setting connection state of
/// host-<*> to connected`); a source, a server or a result of two names (Flatpak's `from
/// flathub` / `fedora`, WatchGuard's `Authentication of Firebox-DB user` / `RADIUS user`,
/// policyd-spf's `SPF Permerror` / `Temperror`); two packets that differ only in numbers, one
/// format string in Windows' NPS and one template to the miner, but two events in the truth
/// as first written (an Access-Accept's type `2` and reason `0` / an Access-Reject's `3` and
/// `16`); and a transfer's path, a value to the miner, whose package and index files are two
/// events in the truth as first written (apt-cacher-ng's `O|<*>|<*>|…/nginx_1.2_amd64.deb` /
/// `O|<*>|<*>|…/InRelease`); a name among words joined by commas, read as a list of words
/// whose template would not read back as one token with a `<*>` among them (Zeppelin's
/// `RUN_PARAGRAPH, alice, anonymous`: a template per user); and one side of a change of state
/// whose other side never varies, states as Hadoop's truth keeps them (Kafka's `from
/// NewPartition to OnlinePartition` / `from OfflinePartition …`); fields joined by bars with no
/// digit in the run, one word to the miner, where a run with one is a record (Asterisk's
/// `NONE|billing|PJSIP/alice|PAUSE|lunch` / `NONE|support|SIP/200|PAUSE|lunch`); a value of
/// one format string that the truth as first written makes the event (CUPS' page_log's `A4
/// one-sided` / `Letter two-sided-long-edge`, Gitolite's `git-upload-pack` /
/// `git-receive-pack`, Perforce's quoted command, `'user-sync …'` / `'user-submit …'`, all
/// `'user-<*>'` to the miner); and two log statements that the truth as first written makes one event, kept
/// apart as words that say what happened (the blackbox exporter's `"Probe succeeded"` /
/// `"Probe failed"`); a value of two words among values of one in a record of comma-separated
/// fields (YARN's application name, `name=word count,` / `name=spark-shell,`) or a path (Defender's
/// `Program Files\SQL Server\` / `Veeam\`), a token more and a template apart; flags in capitals
/// after a verb (LXC's `Cloned CLONE_NEWNS` / `CLONE_NEWPID`), codes that say what was done to the
/// miner, as an MQTT broker's `Sending CONNACK` / `PUBACK` are; a source of two names
/// (Barman's `from streaming:` / `from file_archival:`); a condition's reason in a Go struct
/// written inside JSON (Tekton's `Reason:\"Succeeded\"` / `\"Failed\"`), no field to the
/// miner, and words that say what happened; a reason of one to three words (OpenBGPD's
/// `reason: Start` / `Hold timer expired`), a task's name (Moodle's `Cleanup old sessions` /
/// `Send notifications`) and a command (Kaniko's `RUN npm ci` / `RUN pip install -r
/// requirements.txt`) of several words, and a message of none or one word in parentheses
/// (Argo's `(message: )` / `(message: PodInitializing)`); a stack's frames, each named by its
/// function, the call being the event to the miner (PHP-FPM's slow log's `[0x…] send() <*>` /
/// `run() <*>`), with a pool of two names (`[pool www]` / `[pool api]`); a search string inside
/// a query in escaped quotes (Loki's `|= \"error\"` / `\"timeout\"`); names of one to
/// three words inside brackets with other fields (Nessus' `[name=Weekly internal scan]` /
/// `[name=DMZ]`) and values of one or two words inside JSON after a message (n8n's `"node":"HTTP
/// Request"` / `"Slack"`) or of a comma-separated record (Symantec's `Source: Real Time Scan,`
/// / `Source: Manual scan,`: read at spaces, not commas, a template per wording; drain3 the
/// same), in quotes inside a record of fields where no key names the event (Sophos' IPS
/// `signature_msg="SQL generic sql insert injection atttempt"`: the record's text, so its
/// words), or a stage's name in a sentence (Bamboo's `Stage Default Stage in` / `Integration
/// Tests in`); two states in one log statement, as the truth was first written,
/// that the miner keeps apart as words that say what happened (Grafana Alloy's `msg="scrape
/// pool started"` / `stopped"`), two results after a key that names the event (Sentry's
/// `event_type='error'` / `'transaction'`), two or three error texts (Cockpit's `Authentication
/// failed` / `Permission denied`, Nginx Proxy Manager's `Certificate not found` / `Permission
/// Denied` / `Internal Error`), two wordings of one statement (thermald's `Set user defined
/// config` / `Use Default config`) and two sets of flags (sftp-server's `flags READ` / `flags
/// WRITE,CREATE,TRUNCATE`); a message of one word in a record of fields, an event to the miner as
/// a line of one word is, that one log statement fills with a name (node_exporter's
/// `msg=arp` / `msg=cpu` / … for each collector it starts, seven templates; the call site,
/// `source=node_exporter.go:141`, would tell, but a template keeps no line number); and a path
/// whose names hold spaces, read at the spaces, where a show's name of two words varies at two
/// places that its many lines make templates before a fifth show comes (Bazarr's
/// `/media/tv/Mad Men/Season 3/Mad Men - S3E8.mkv`; names of other lengths would be templates
/// of other lengths too, as Defender's `Program Files\SQL Server\` are); an HTTP method, one
/// access log's value in the truth as first written and the event's verb to the miner, as
/// Loghub's OpenStack truth keeps it (Qdrant's actix logger, katip's request line); a
/// failed SQL statement of several lengths (Derby's `Failed Statement is: …`), a chat line of
/// one word or several (Luanti's `CHAT: <alice> brb`, OpenTTD's `[All] alice: gg`), and a
/// job's states, one statement (Cromwell's `Status change from WaitingForReturnCode to
/// Done`: state words to the miner); three server kinds in two statements (Blocky's `http
/// server is up` / `TCP server is up`: one slot of values to the miner); and Wowza's W3C
/// records, tab-separated fields whose event is a word of nine (`connect`, `play`, `stop`,
/// …), one slot of values to both miners, with a user agent of one word or four; a
/// quoted action in a Python dict's repr, three names (StackStorm's `'action': 'core.http'`),
/// a workflow's status (`"succeeded"` / `"failed"`), a network attachment's name of two
/// (Multus' `(macvlan-conf)` / `(sriov-net)`), a runner of two (Galaxy's `local` / `slurm`),
/// an interface's name (UCARP's `[eth0]` / `[bond0]`), a build mode and a device's name of
/// two words (Flutter's `debug` / `release`, `Pixel 7` / `iPhone 15`), a controller's name of
/// three or four words (RetroArch), an IRC quit message and a G-line's reason of one word
/// or several (InspIRCd); and a package's name before values alone, a template with no
/// word (Guix's `   openssl <*> → <*>`, Mix's `==> jason`); a domain of two labels, a word to
/// the miner, of four in the data (acme.sh's `Verifying: gmail.com`: a fifth would make them a
/// slot), a proxy's tag of two (sing-box's `[proxy-hk]` /
/// `[proxy-jp]`, mihomo's `Proxy[HK-01]` / `DIRECT`, `HK-nodes` / `JP-nodes`), SteamCMD's
/// update states, and Wings' `event=start` / `stop`, after a key that names the event;
/// an import list's name of two words, two in the data (Radarr's `Import list Trakt Popular` /
/// `IMDb Watchlist`), a charging state in parentheses, three words that say what happened to
/// the miner (UPower's `(charging)` / `(discharging)` / `(fully-charged)`), and a spec's
/// description, free text of several lengths after `#` (RSpec's `# User validates email`,
/// drain3 the same); and a circuit breaker's change of state, three states in four pairs in
/// one statement (Resilience4j's `from CLOSED to OPEN` / `from OPEN to HALF_OPEN`): words that
/// recur, kept apart as Hadoop's truth keeps its transitions, two merging at `to OPEN`;
/// a resource's name in one statement (the cluster autoscaler's `cpu utilization` / `memory
/// utilization`, two words; drain3 merges them), an HTTP method in quotes after `verb=`
/// (kube-apiserver's `verb="GET"` / `"LIST"` / `"WATCH"`: a request's method is its verb, as
/// the access logs' truth keeps it, unless a label says `method`), and a cluster's state at
/// a line's end, `ok` / `fail`, two events in the truth that the miner reads as one statement's
/// two values (Redis Cluster's `Cluster state changed: fail`, drain3 the same); and a quoted
/// detail after `details =`, likewise (gRPC Python's `details = "Deadline Exceeded"` / `"failed
/// to connect to all addresses; …"`); and Envoy's access log as Istio writes it, a record of
/// fields that are all values but its flags, where an outbound request and a health probe
/// (`outbound|8080||checkout.default.svc.cluster.local` / `inbound|15021||`) are two events in
/// the truth and one record's shape to the miner (drain3 0.25); and a reason of one to three
/// words at a line's end (an uptime monitor's `Reason: Connection Timeout` / `Connection
/// Refused` / `502 Bad Gateway`, one event in the truth: two words after a word of the text
/// are too few to merge alone, drain3 the same; in one miner with the other logs they merge);
/// and a command line of one to five words at a line's end (CodeBuild's `Running command npm
/// ci` / `npm test` / `npm run build` / `docker build -t app .`, one event in the truth): free
/// text of several lengths, as RSpec's descriptions are (drain3 0.24); and a JSON member that
/// a structured logger adds to some lines of an event, before the object's closing brace
/// (zap's `"shard":<*>` on a cache's lines, one event in the truth; drain3 0.0): an optional
/// field joins its event only as a record's last token, where a template's last `<*>` may
/// stand for nothing, and inside a line a `<*>` stands for one token or more; and lists of
/// one to four `word:number` keys (a cache's `evicted session:901, user:45`), read as a
/// record's `key:value` fields, so a template per length (drain3 0.28); and a WebSocket
/// subprotocol of two names in parentheses (`(subprotocol graphql-ws)` /
/// `graphql-transport-ws`), too few to merge alone, as two states would be (drain3 1.0); and
/// a monitor's name of two to four words inside a device's ID at a line's end (colord's
/// `Device added: xrandr-Dell Inc.-DELL U2720Q-fac2a022` / `xrandr-LG Electronics-LG HDR
/// 4K-…`): free text of several lengths, a template per monitor (drain3 0.16); and so a
/// command line of one to three words inside a record (Sysmon's `<Data
/// Name="CommandLine">bash -c id</Data>`, XML; Tetragon's `"arguments":"-g daemon off;"`,
/// JSON with no member that names its event, whose texts split into words as a line's do;
/// drain3 0.0 on both); and a rule's title of three to six words in a scanner's report
/// (OpenSCAP's `Title\tDisable SSH Root Login` / `Ensure /tmp Located On Separate
/// Partition`, one event in the truth: free text of several lengths, drain3 the same); and
/// HTTP's reason phrase without its code at a line's end (GeoClue's `SOUP error: Not Found` /
/// `Bad Request` / `Service Unavailable`, one event in the truth): three pairs of words, too
/// few to merge alone and no proper names, as the uptime monitor's reasons (drain3 1.0); and
/// a table's row of figures that ends in a process's command (`pidstat`'s `10:00:05 AM 1000
/// 1234 2.00 … 1 firefox` / `postgres` / `sshd`): a line of values and one word, which names
/// the event as a one-word message's does, so a template per command (drain3 0.28); and a
/// query of four to ten words at a line's end (Memgraph's `Running query: MATCH (n) RETURN
/// count(n);`, free text of several lengths; drain3 the same); and a power supply named two
/// ways in one place (TLP's `Switching to AC mode` / `battery mode`, a code in capitals and a
/// word: two words, as two states would be; drain3 1.0); and a source file and a function in
/// one token, three of each in every combination (Samba's `winbindd_cm.c:<*>(child_handler)`,
/// a header line per message; drain3 the same); and an access log's request in and out,
/// told apart only by `i@` / `o@` inside an ID, with the method, `GET` / `POST`, a value in
/// the truth as written (Bitbucket's: the miner keeps a request's method its verb, as
/// elsewhere; drain3 the same); and drives named by their models, of one to five words, in
/// the middle of a line (hddtemp's `/dev/sda: WDC WD40EFRX-68N32N0: 35 C` / `Samsung SSD 870
/// EVO 1TB`): free text of several lengths, a template per model (drain3 0.0); and
/// java.util.logging's first line of two, a time and the logger's class alone (Vert.x's
/// `Nov 5, 2026 3:36:29 PM io.vertx.core.net.impl.ConnectionBase`, one event in the truth):
/// a line of values and one name, which names its event, four classes four templates (drain3
/// the same); and a service's name after `Starting` (Dropwizard's `Starting shop` /
/// `billing`: two words, as two states would be; drain3 1.0); and an error's text of two to
/// four words at a line's end (Fiber's `| Cannot POST /api/users` / `| sql: database is
/// closed`, free text; drain3 the same); and a bank's reason in two words after a colon
/// (`отклонён банком: недостаточно средств` / `карта заблокирована` / `превышен лимит`: three
/// pairs of words, as GeoClue's reasons; drain3 1.0).
/// (Two words in one place, nginx's `zone "api"` / `"login"`, PHP-FPM's `[pool www]` /
/// `[pool api]`, Unbound's `A` / `AAAA`, Sentinel's `mymaster` / `cache`, are held at 0.99 since they merge.)
/// At ten times the lines each format groups as well: a value's rarer shapes show up there
/// (a hex queue ID with no decimal digit, one in 18,000), and they must not split an event.
#[test]
fn generated_formats_keep_their_grouping() {
    let floors = [
        ("mysql", 0.80),
        ("nodejs", 0.78),
        ("gitea", 0.92),
        ("pytest", 0.89),
        ("networkd", 0.63),
        ("hbase", 0.87),
        ("spamd", 0.91),
        ("libvirt", 0.94),
        ("fortigate", 0.72),
        ("couchdb", 0.57),
        ("websphere", 0.72),
        ("gnome_shell", 0.86),
        ("plex", 0.59),
        ("nextflow", 0.44),
        ("erlang_report", 0.92),
        ("wevtutil", 0.67),
        ("oracle_listener", 0.63),
        ("luigi", 0.20),
        ("openhab", 0.86),
        ("resolved", 0.89),
        ("arangodb", 0.89),
        ("transmission", 0.0),
        ("kodi", 0.93),
        ("git_trace", 0.45),
        ("arista_eos", 0.60),
        ("graylog", 0.69),
        ("rq", 0.90),
        ("odoo", 0.85),
        ("rkhunter", 0.86),
        ("druid", 0.89),
        ("frr", 0.74),
        ("jest", 0.95),
        ("tcpdump", 0.78),
        ("kubectl_get", 0.45),
        ("kubectl_describe", 0.96),
        ("ios_console", 0.93),
        ("vscode", 0.89),
        ("zos_syslog", 0.85),
        ("lsf", 0.92),
        ("pulumi_resources", 0.77),
        ("iostat", 0.80),
        ("esphome", 0.78),
        ("tasmota", 0.09),
        ("quickfix", 0.32),
        ("kannel", 0.64),
        ("truenas", 0.77),
        ("chi", 0.63),
        ("valgrind", 0.85),
        ("asan", 0.92),
        ("java_threaddump", 0.55),
        ("srx_rtflow", 0.91),
        ("db2diag", 0.95),
        ("cumulus", 0.94),
        ("domoticz", 0.42),
        ("godot", 0.85),
        ("snmptrapd", 0.91),
        ("mpd", 0.79),
        ("gorouter", 0.36),
        ("meilisearch", 0.47),
        ("masscan", 0.70),
        ("maxscale", 0.78),
        ("exabgp", 0.86),
        ("rust_test", 0.86),
        ("paperless", 0.80),
        ("goldengate", 0.86),
        ("cmake", 0.87),
        ("meson", 0.51),
        ("autoconf", 0.51),
        ("cron", 0.93),
        ("xray", 0.62),
        ("lynis", 0.93),
        ("firefox_moz", 0.0),
        ("checkmk", 0.93),
        ("rocket_rs", 0.75),
        ("rocketmq", 0.89),
        ("homebridge", 0.78),
        ("gpsd", 0.91),
        ("sevendays", 0.95),
        ("terraria", 0.94),
        ("tautulli", 0.91),
        ("aria2", 0.79),
        ("deluge", 0.91),
        ("gvmd", 0.52),
        ("coredump", 0.79),
        ("ghost", 0.47),
        ("strapi", 0.50),
        ("postgrest", 0.61),
        ("emby", 0.86),
        ("snapcast", 0.62),
        ("unrealircd", 0.48),
        ("znc", 0.59),
        ("circus", 0.68),
        ("udevd", 0.88),
        ("azure_pipelines", 0.85),
        ("msbuild", 0.64),
        ("marlin_serial", 0.49),
        ("external_dns", 0.85),
        ("dpkg", 0.89),
        ("docker_registry", 0.35),
        ("sudo_log", 0.76),
        ("knockd", 0.36),
        ("moosefs", 0.83),
        ("git_daemon", 0.54),
        ("robot", 0.42),
        ("gstreamer", 0.94),
        ("flatpak", 0.86),
        ("watchguard", 0.78),
        ("vpxd", 0.79),
        ("nps", 0.27),
        ("policyd_spf", 0.56),
        ("apt_cacher", 0.60),
        ("zeppelin", 0.78),
        ("kafka_state", 0.52),
        ("asterisk_queue", 0.76),
        ("cups_page", 0.33),
        ("gitolite", 0.34),
        ("perforce", 0.18),
        ("blackbox_exporter", 0.89),
        ("yarn_rm", 0.94),
        ("lxc", 0.64),
        ("barman", 0.63),
        ("defender_mplog", 0.79),
        ("tekton", 0.56),
        ("openbgpd", 0.90),
        ("php_fpm_slow", 0.47),
        ("argo_workflows", 0.86),
        ("moodle_cron", 0.60),
        ("loki_query", 0.89),
        ("kaniko", 0.86),
        ("sentry_access", 0.77),
        ("npm_signale", 0.94),
        ("n8n", 0.88),
        ("grafana_alloy", 0.56),
        ("cockpit", 0.85),
        ("thermald", 0.90),
        ("sftp_server", 0.61),
        ("nessus", 0.09),
        ("symantec_sep", 0.28),
        ("sophos_xg", 0.86),
        ("bamboo", 0.65),
        ("node_exporter", 0.78),
        ("bazarr", 0.69),
        ("threeproxy", 0.48),
        ("technitium", 0.56),
        ("derby", 0.92),
        ("qdrant", 0.64),
        ("cromwell", 0.80),
        ("katip", 0.92),
        ("blocky", 0.67),
        ("luanti", 0.95),
        ("openttd", 0.95),
        ("wowza", 0.0),
        ("stackstorm", 0.87),
        ("multus", 0.91),
        ("guix", 0.87),
        ("mix", 0.95),
        ("flutter", 0.88),
        ("retroarch", 0.95),
        ("ucarp", 0.91),
        ("inspircd", 0.74),
        ("galaxy", 0.91),
        ("acme_sh", 0.97),
        ("singbox", 0.64),
        ("mihomo", 0.49),
        ("steamcmd", 0.92),
        ("wings", 0.95),
        ("radarr", 0.88),
        ("upower", 0.76),
        ("rspec", 0.88),
        ("resilience4j", 0.90),
        ("cluster_autoscaler", 0.95),
        ("kube_apiserver", 0.92),
        ("redis_cluster", 0.85),
        ("grpc_python", 0.77),
        ("istio_access", 0.36),
        ("uptime_monitors", 0.76),
        ("codebuild", 0.77),
        ("zap_json_optional", 0.0),
        ("cache_evictions", 0.27),
        ("websocket_server", 0.87),
        ("oscap", 0.83),
        ("geoclue", 0.71),
        ("pidstat", 0.45),
        ("memgraph", 0.85),
        ("tlp", 0.75),
        ("winbindd", 0.77),
        ("bitbucket", 0.54),
        ("hddtemp", 0.0),
        ("vertx", 0.55),
        ("dropwizard", 0.88),
        ("fiber", 0.88),
        ("logback_russian", 0.93),
        ("colord", 0.64),
        ("sysmon_linux", 0.72),
        ("tetragon", 0.81),
        ("boltd", 0.15),
        ("ardupilot", 0.91),
        ("bun_install", 0.86),
        ("pnpm", 0.87),
        ("uv", 0.37),
        ("esbuild", 0.63),
        ("arq", 0.80),
        ("hapi", 0.87),
        ("qt", 0.90),
        ("ios_syslog", 0.76),
        ("skaffold", 0.91),
    ];
    let (mut gas, mut gas_at_scale) = (Vec::new(), Vec::new());
    let at_scale = hover_testkit::formats::generated_formats(30_000);
    for (d, many) in hover_testkit::formats::generated_formats(3000).iter().zip(&at_scale) {
        let (ga, ga_at_scale) = (score(MinerConfig::default(), d).ga, score(MinerConfig::default(), many).ga);
        eprintln!("{:<16} GA {ga:.4}  at 30,000 lines {ga_at_scale:.4}", d.name);
        let floor = floors.iter().find(|f| f.0 == d.name).map_or(0.99, |f| f.1);
        assert!(ga >= floor, "{}: GA {ga:.4} is below {floor}", d.name);
        assert!(ga_at_scale >= floor.min(ga - 0.01), "{}: GA {ga_at_scale:.4} at 30,000 lines", d.name);
        gas.push(ga);
        gas_at_scale.push(ga_at_scale);
    }
    eprintln!("mean GA {:.4}, at 30,000 lines {:.4}", mean(gas), mean(gas_at_scale));
}

/// One miner for every dataset, as the server runs one for every service: each dataset groups
/// as it does alone. (Mixed in, `to` and `is` came before values in enough of the others'
/// templates that OpenStack's `to spawn the instance` / `to destroy the instance` merged.)
/// Loghub's datasets and the formats together too, but for what other logs teach of a word
/// (`as` before values elsewhere: Spark's `stored as bytes` / `as values` merge; `of` before
/// values elsewhere merges OpenWrt's `ifup of wan` / `of lan` at two names, where alone the
/// third name shows first that `wan` / `wwan` are values of another of its events too, and
/// `netifd: wan (<*>)` / `wwan (<*>)` stay apart in the mix; SELinux's permission in braces, `{ read }` / `{ write }`, makes the two words a slot's
/// values, as any pair two events take at one place, so Valgrind's `Invalid read` / `Invalid
/// write` merge: nothing tells two logs' events from one log's, and requiring a shared word or
/// a shared first token cost php-fpm, EXOS or tsc their grouping alone; so qmail's `to local`
/// / `to remote`, which other logs take at one place; Pleroma's job, `Workers.<*>`
/// with `"op" => "publish"`, merged alone where its two places vary together and split in the
/// mix by the key that names the event; OPNsense's last word `json`, an optional tail alone
/// and a word of the event in the mix; kadmind's `kadm5_get_principal` /
/// `kadm5_randkey_principal`, merged in the mix; Buildah's `Copying blob sha256:<*>` / `Copying
/// config sha256:<*>`, after a word that comes before values in enough of the other logs, and
/// skopeo's `Copying blob <*> done` / `Copying config <*> done` the same; Ninja's `Building
/// CXX object` / `Building C object`, a pair CMake's log takes at one place too, as Valgrind's
/// above, merged since the formats added in the sixty-seventh round changed how the logs
/// interleave; sing-box's `inbound connection from <*>` / `inbound connection to <*>`, a
/// pair other logs take at one place, as qmail's `to local` / `to remote`; the AWS SDK's
/// frames, `at Timeout._onTimeout (…)` / `at async /app/…`, where Node's other logs make a
/// frame's function and its path one slot; Node's ORMs' error classes before one message,
/// `SequelizeConnectionRefusedError: connect ECONNREFUSED` / `MongooseServerSelectionError:
/// …`, where other logs' `Error: connect ECONNREFUSED` makes the class a slot; KWin's X11
/// errors, `XCB error: 3 (BadWindow), … major code: 18 (ChangeProperty)`, two names in
/// parentheses at two places in every combination, which merge alone but, among the other
/// logs' templates, not in every pair; koa-logger's `<-- GET /api/users/42` / `--> GET … 200
/// 3ms 1.2kb` / `xxx GET … 500 3ms -`, whose arrows, among other logs' access lines that start
/// with a value, are values before `GET`: one list of values in three lengths;
/// needrestart's `Scanning processes...` / `Scanning candidates...`, two steps, where
/// MiniDLNA's `Scanning /srv/media` makes `Scanning` a word that comes before values;
/// pg_repack's `repacking table "<*>"` / `repacking index "<*>"`, merged in the mix since
/// Manticore's log (`rotating table '<*>': success`) joined it), held at what the miner
/// reaches today.
#[test]
fn one_miner_for_every_log_groups_each_as_alone() {
    let (loghub, formats) = (hover_testkit::loghub(), hover_testkit::formats::generated_formats(3000));
    let both: Vec<_> = loghub.iter().chain(&formats).cloned().collect();
    let floors = [
        ("Spark", 0.92),
        ("openwrt", 0.92),
        ("valgrind", 0.66),
        ("qmail", 0.55),
        ("pleroma", 0.94),
        ("opnsense_configd", 0.58),
        ("kadmind", 0.74),
        ("buildah", 0.84),
        ("skopeo", 0.73),
        ("ninja", 0.81),
        ("singbox", 0.44),
        ("aws_sdk_js", 0.81),
        ("node_orm_errors", 0.67),
        ("kwin_wayland", 0.87),
        ("koa", 0.57),
        ("needrestart", 0.48),
        ("pg_repack", 0.70),
    ];
    for (what, data) in [("Loghub-2k", loghub), ("formats", formats), ("Loghub-2k and formats", both)] {
        let together = one_miner_ga(&data);
        let alone: Vec<f64> = data.iter().map(|d| score(MinerConfig::default(), d).ga).collect();
        for ((d, &mixed), &own) in data.iter().zip(&together).zip(&alone) {
            let floor = floors.iter().find(|f| f.0 == d.name).map_or(own - 0.002, |f| f.1);
            assert!(mixed >= floor, "{what}: {}: GA {mixed:.4} in one miner with the others, {own:.4} alone", d.name);
        }
        eprintln!("{what}: one miner for all, mean GA {:.4} ({:.4} each alone)", mean(together), mean(alone));
    }
}

/// Whole lines, header included, as a log file or a shipper hands them over, against the
/// same truth (which leaves the header out): the header's time, host and thread must not
/// split events. Floors at what the miner reaches today, where it has the header rules.
#[test]
fn raw_lines_keep_their_grouping() {
    // HPC's one-word verdicts after its header's values (`… temperature <*> <*> normal` /
    // `warning` / `critical`) are events of their own.
    let floors =
        [("Apache", 1.0), ("Hadoop", 0.99), ("HPC", 0.76), ("Mac", 0.95), ("OpenSSH", 0.99), ("Thunderbird", 0.95)];
    for d in hover_testkit::loghub() {
        let ga = raw_ga(&d).unwrap_or_else(|| panic!("{}: no raw lines to read", d.name));
        eprintln!("{:<12} raw GA {ga:.4}", d.name);
        if let Some(&(_, floor)) = floors.iter().find(|f| f.0 == d.name) {
            assert!(ga >= floor, "{}: raw GA {ga:.4} is below {floor}", d.name);
        }
    }
}

#[test]
fn mined_lines_give_their_slot_values() {
    // `/template_values` reads a template's values by aligning its lines with its text: that
    // must work for the lines the miner put there, on every dataset and perturbation.
    let mut worst = (1.0, String::new());
    let (mut lines, mut unaligned) = (0, 0);
    for d in hover_testkit::loghub() {
        // With `quoted_text` among them: lengths that vary within an event once chained
        // optional tails, which folded templates of other lengths into a merge.
        let kinds = hover_testkit::parsing::PERTURBATIONS;
        let mut logs: Vec<(String, Vec<&str>)> = vec![(d.name.clone(), d.contents())];
        let perturbed: Vec<_> = kinds.iter().map(|k| hover_testkit::parsing::perturb(&d, k)).collect();
        logs.extend(perturbed.iter().map(|p| (p.name.clone(), p.contents())));
        // And the whole lines, header included: a syslog header's `<*>`, a thread's `[<*>]`.
        logs.push((format!("{}+raw", d.name), d.raw.iter().map(String::as_str).collect()));
        for (name, contents) in logs {
            let mut miner = hover_core::TemplateMiner::default();
            let ids = miner.mine_batch(&contents);
            let misses: Vec<(&str, &str)> = contents
                .iter()
                .zip(&ids)
                .map(|(line, &id)| (*line, miner.template_text(miner.resolve(id)).unwrap_or_default()))
                .filter(|(line, text)| hover_core::slot_values(text, line).is_none())
                .collect();
            let share = 1.0 - misses.len() as f64 / contents.len().max(1) as f64;
            if let Some((line, text)) = misses.first() {
                eprintln!("{name:<28} {share:.4} aligned; e.g. {line:?} vs {text:?}");
            }
            if share < worst.0 {
                worst = (share, name.clone());
            }
            (lines, unaligned) = (lines + contents.len(), unaligned + misses.len());
        }
    }
    let share = 1.0 - unaligned as f64 / lines as f64;
    eprintln!("{share:.5} of {lines} lines aligned; worst {} at {:.4}", worst.1, worst.0);
    // A merged template keeps the most general token of each it merged, so every line the
    // miner put there fits its text.
    assert_eq!(unaligned, 0, "{unaligned} of {lines} lines do not give their slot values (worst: {})", worst.1);
}

#[test]
fn a_restart_mid_stream_changes_no_template() {
    // Stopped after a quarter, half or three quarters of each log and started again, the
    // miner gives every later line the ID it gives when it never stopped. Two ways back: its
    // saved state (`restore`), and what the server's store has (`learn`: the text of each
    // line's template when it was mined, of each template at either end of an alias, and
    // the aliases).
    let (mut lines, mut from_state, mut from_store) = (0, 0, 0);
    for d in hover_testkit::loghub() {
        let mut logs: Vec<(String, Vec<&str>)> = vec![(d.name.clone(), d.contents())];
        let perturbed: Vec<_> =
            hover_testkit::parsing::PERTURBATIONS.iter().map(|k| hover_testkit::parsing::perturb(&d, k)).collect();
        logs.extend(perturbed.iter().map(|p| (p.name.clone(), p.contents())));
        logs.push((format!("{}+raw", d.name), d.raw.iter().map(String::as_str).collect()));
        for (name, contents) in logs {
            for cut in [contents.len() / 4, contents.len() / 2, 3 * contents.len() / 4] {
                let mut miner = hover_core::TemplateMiner::default();
                let mut stored = std::collections::BTreeSet::new();
                for line in &contents[..cut] {
                    let id = miner.mine(line).template_id;
                    stored.insert(miner.template_text(id).unwrap().to_string());
                }
                stored.extend(miner.aliases().values().filter_map(|&id| miner.template_text(id)).map(str::to_string));
                stored.extend(miner.former_templates().map(|(_, text)| text.to_string()));
                let mut restored = hover_core::TemplateMiner::restore(miner.snapshot()).unwrap();
                let mut learnt = hover_core::TemplateMiner::default();
                let saved = stored.into_iter().map(|template| hover_core::SavedTemplate { template, lines: 0 });
                learnt.learn(saved, miner.aliases().iter().map(|(&old, &new)| (old, new)).collect::<Vec<_>>());
                let (mut state_misses, mut store_misses) = (0, 0);
                for line in &contents[cut..] {
                    let id = miner.mine(line).template_id;
                    state_misses += usize::from(restored.mine(line).template_id != id);
                    let from_store = learnt.mine(line).template_id;
                    store_misses += usize::from(learnt.resolve(from_store) != miner.resolve(id));
                }
                if state_misses + store_misses > 0 {
                    eprintln!(
                        "{name} cut at {cut}: {state_misses} lines differ after restore, {store_misses} after learn"
                    );
                }
                (lines, from_state, from_store) =
                    (lines + contents.len() - cut, from_state + state_misses, from_store + store_misses);
            }
        }
    }
    eprintln!("{lines} lines after a restart: {from_state} differ after restore, {from_store} after learn");
    assert_eq!((from_state, from_store), (0, 0));
}
