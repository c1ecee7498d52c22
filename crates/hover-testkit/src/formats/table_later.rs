//! The formats' table, its formats after the first 600 (see `table.rs`), in the order they
//! were written.

use super::*;

pub(super) static LATER_FORMATS: [Format; 757] = [
    Format {
        // systemd-logind: sessions opened and closed, seats, power keys.
        name: "logind",
        header: journal_header,
        events: &[
            ("systemd-logind", "New session {n} of user {user}."),
            ("systemd-logind", "Session {n} logged out. Waiting for processes to exit."),
            ("systemd-logind", "Removed session {n}."),
            ("systemd-logind", "Watching system buttons on /dev/input/event{small} (Power Button)"),
            ("systemd-logind", "Power key pressed short."),
            ("systemd-logind", "New seat seat0."),
        ],
    },
    Format {
        // cron: the user in brackets, then the command line in brackets.
        name: "cron",
        header: journal_header,
        events: &[
            ("CRON", "({user}) CMD ({croncmd})"),
            ("CRON", "pam_unix(cron:session): session opened for user {user}(uid={n}) by (uid=0)"),
            ("CRON", "pam_unix(cron:session): session closed for user {user}"),
            ("CRON", "({user}) MAIL (mailed {n} bytes of output but got status 0x004b from MTA)"),
            ("cron", "(CRON) INFO (pidfile fd = 3)"),
            ("cron", "(CRON) INFO (Running @reboot jobs)"),
        ],
    },
    Format {
        // Istio's control plane: the time, level and scope split by tabs.
        name: "istiod",
        header: istiod_header,
        events: &[
            ("info\tads", "Push debounce stable[{n}] {small} for config ServiceEntry/{ns}/{svc}: {float}ms since last change, {float2}ms since last push, full=true"),
            ("info\tads", "XDS: Pushing Services:{n} ConnectedEndpoints:{n2} Version:{iso}/{n3}"),
            ("info\tads", "ADS: new connection for node:{pod}.{ns}-{n}"),
            ("info\tads", "ADS: \"{ipport}\" {pod}.{ns}-{n} terminated"),
            ("warn\tmodel", "Service {svc}.{ns}.svc.cluster.local has no endpoints"),
            ("info\tdelta", "EDS: namespace {ns} has no endpoints for service {svc}"),
        ],
    },
    Format {
        // frp: Go's date and time, a level letter and the source in brackets.
        name: "frp",
        header: go_std_header,
        events: &[
            ("x", "[I] [service.go:{n}] [{hex}] login to server success, get run id [{hex}]"),
            ("x", "[I] [proxy_manager.go:{n}] [{hex}] proxy added: [{frpproxy}]"),
            ("x", "[I] [control.go:{n}] [{hex}] [{frpproxy}] start proxy success"),
            ("x", "[W] [service.go:{n}] login to server failed: dial tcp {ipport}: connect: connection refused"),
            ("x", "[I] [root.go:{n}] start frpc service for config file [/etc/frp/frpc.toml]"),
            ("x", "[E] [control.go:{n}] [{hex}] work connection closed before response StartWorkConn message: EOF"),
        ],
    },
    Format {
        // VMware Tools: the time, the level padded inside brackets, the component in brackets.
        name: "vmtoolsd",
        header: vmtools_header,
        events: &[
            ("   message] [vmsvc", "Core dump limit set to -1"),
            ("   message] [vmsvc", "VmBackupFinalize: {small} operation(s) in progress"),
            ("   warning] [vmsvc", "HostinfoOSData: Error: no distro file found"),
            ("   message] [vmtoolsd", "Tools Version: 12.3.{small} (build-{n})"),
            ("   message] [guestinfo", "RecordRoutingInfo: Unable to collect IPv4 routing table."),
            ("  critical] [vmtoolsd", "Plugin '{vmplugin}' failed to load."),
        ],
    },
    Format {
        // The Azure Linux agent: the time, level, component and handler.
        name: "waagent",
        header: iso_level_header,
        events: &[
            ("INFO", "ExtHandler ExtHandler Downloaded certificate {'thumbprint': '{hex}{hex2}', 'hasPrivateKey': {True|False}}"),
            ("INFO", "ExtHandler ExtHandler [{azext}-{semver}] Target handler state: enabled [incarnation_{small}]"),
            ("INFO", "ExtHandler ExtHandler ProcessExtensionsGoalState completed [incarnation_{small} {n} ms]"),
            ("INFO", "Daemon Daemon Provisioning complete"),
            ("WARNING", "ExtHandler ExtHandler Fetch failed: [HttpError] [HTTP Failed] GET http://168.63.129.16/machine/ -- IOError timed out -- {small} attempts made"),
            ("INFO", "ExtHandler ExtHandler Checking for agent updates (family: Prod)"),
        ],
    },
    Format {
        // The Amazon SSM agent: the time, level, the worker and the service in brackets.
        name: "ssm_agent",
        header: windows_firewall_header,
        events: &[
            ("INFO", "[ssm-agent-worker] [MessageService] [MGSInteractor] Session {user}-{hex}{hex2} starting"),
            ("INFO", "[ssm-agent-worker] [HealthCheck] HealthCheck reporting agent health."),
            ("ERROR", "[ssm-agent-worker] [MessageService] [MessageHandler] [Processor] error when calling AcknowledgeMessage api, RequestError: send request failed"),
            ("INFO", "[ssm-session-worker] [{user}-{hex}{hex2}] [DataBackend] [pluginName=Standard_Stream] Reconnect to MGS"),
            ("WARN", "[ssm-agent-worker] [MessageService] [MGSInteractor] Sending reply to MGS failed: websocket: close 1006 (abnormal closure)"),
            ("INFO", "Agent will take identity from EC2"),
        ],
    },
    Format {
        // discord.py: Python's logging with the level padded to eight, the logger, the text.
        name: "discordpy",
        header: padded_level_header,
        events: &[
            ("INFO", "discord.client logging in using static token"),
            ("INFO", "discord.gateway Shard ID None has connected to Gateway (Session ID: {hex}{hex2})."),
            ("INFO", "discord.gateway Shard ID None has successfully RESUMED session {hex}{hex2}."),
            ("WARNING", "discord.gateway Shard ID None heartbeat blocked for more than {small}0 seconds."),
            ("ERROR", "discord.client Ignoring exception in on_message"),
            ("WARNING", "discord.http We are being rate limited. PATCH https://discord.com/api/v10/channels/{discordid} responded with 429. Retrying in {float} seconds."),
        ],
    },
    Format {
        // Vespa: tab-separated time, host, process, service, component, level and message.
        name: "vespa",
        header: hms_header,
        events: &[
            ("-", "{epochs}\t{vespahost}\t{n}/{n2}\tcontainer\tContainer.com.yahoo.container.jdisc.ConfiguredApplication\tinfo\tSwitched to the latest deployed set of configurations and components (application generation {n3})"),
            ("-", "{epochs}\t{vespahost}\t{n}/{n2}\tsearchnode\tproton.searchlib.docstore.logdatastore\tinfo\tCompacting file '/opt/vespa/var/db/vespa/search/cluster.music/n{small}/documents/{music|books}/0.ready/summary/{n3}.dat' completed"),
            ("-", "{epochs}\t{vespahost}\t{n}/{n2}\tconfigserver\tConfig.com.yahoo.vespa.config.server.session.SessionPreparer\tinfo\tSession {n3} prepared successfully."),
            ("-", "{epochs}\t{vespahost}\t{n}/{n2}\tcontainer\tContainer.com.yahoo.search.dispatch.Dispatcher\twarning\tCoverage of group {small} is only {float}% (requires 99.0)"),
            ("-", "{epochs}\t{vespahost}\t{n}/{n2}\tconfig-sentinel\tsentinel.sentinel.service\tevent\tstarted/1 name=\"{container|searchnode|distributor}\" pid={n3}"),
        ],
    },
    Format {
        // Dante's SOCKS server: addresses written with a dot before the port.
        name: "dante",
        header: dante_header,
        events: &[
            ("x", "info: pass(1): tcp/accept ]: {ip}.{port} {ip2}.1080: {n} -> {n2}"),
            ("x", "info: pass(1): tcp/connect [: {ip}.{port} {ip2}.1080 -> {ip2}.{port2} {ip3}.{dport}"),
            ("x", "info: block(1): tcp/accept ]: {ip}.{port} {ip2}.1080: error after reading {small} bytes in {small2} seconds: client offered no acceptable authentication method"),
            ("x", "info: Dante/server[{small}/1] v1.4.3 running"),
            ("x", "alert: mother[{small}/1]: shutting down"),
        ],
    },
    Format {
        // Shadowsocks: Python's logging, each connection's host and port and the client's.
        name: "shadowsocks",
        header: padded_level_header,
        events: &[
            ("INFO", "connecting {webhost}:{80|443} from {ipport}"),
            ("INFO", "starting server at 0.0.0.0:{port}"),
            ("WARNING", "unsupported addrtype {small}, maybe wrong password or encryption method"),
            ("ERROR", "[Errno 104] Connection reset by peer"),
            ("WARNING", "IP {ip} is in server blacklist"),
        ],
    },
    Format {
        // Xray's access log: the client, accepted or rejected, the destination and route.
        name: "xray",
        header: go_std_header,
        events: &[
            ("x", "from {ipport} accepted tcp:{webhost}:{80|443} [{direct|proxy|block}]"),
            ("x", "from {ipport} accepted udp:{ip}:53 [direct]"),
            ("x", "from {ipport} rejected  proxy/vless/encoding: invalid request version"),
            ("x", "[Warning] core: Xray 1.8.{small} started"),
            ("x", "[Info] [{n}] proxy/freedom: connection opened to tcp:{webhost}:443, local endpoint {ipport}, remote endpoint {ip}:443"),
        ],
    },
    Format {
        // Nebula: logrus's text, maps in quotes as Go prints them.
        name: "nebula",
        header: hms_header,
        events: &[
            ("-", "time=\"{iso}\" level=info msg=\"Handshake message received\" certName={nebhost} fingerprint={hex}{hex2} handshake=\"map[stage:1 style:ix_psk0]\" initiatorIndex={n} remoteIndex=0 responderIndex=0 udpAddr=\"{ipport}\" vpnIp={ip}"),
            ("-", "time=\"{iso}\" level=info msg=\"Handshake message sent\" handshake=\"map[stage:2 style:ix_psk0]\" initiatorIndex={n} remoteIndex={n2} responderIndex={n3} sentCachedPackets={small} udpAddrs=\"[{ipport}]\" vpnIp={ip}"),
            ("-", "time=\"{iso}\" level=info msg=\"Tunnel status\" certName={nebhost} localIndex={n} remoteIndex={n2} tunnelCheck=\"map[method:active state:dead]\" vpnIp={ip}"),
            ("-", "time=\"{iso}\" level=error msg=\"Failed to send handshake\" error=\"sendto: network is unreachable\" udpAddr=\"{ipport}\" vpnIp={ip}"),
            ("-", "time=\"{iso}\" level=info msg=\"Nebula interface is active\" build=1.9.{small} interface=nebula1 network={ip}/24 udpAddr=\"0.0.0.0:4242\""),
        ],
    },
    Format {
        // Duplicati: the time with its zone, the level and the component in brackets.
        name: "duplicati",
        header: duplicati_header,
        events: &[
            ("Information-Duplicati.Library.Main.Controller-StartingOperation", "The operation Backup has started"),
            ("Information-Duplicati.Library.Main.Operation.Backup.UploadRealFilelist-UploadFilelist", "Uploading filelist from previous interrupted backup"),
            ("Information-Duplicati.Library.Main.BasicResults-BackendEvent", "Backend event: Put - Completed: duplicati-{hex}{hex2}.dblock.zip.aes ({float} MB)"),
            ("Warning-Duplicati.Library.Main.Operation.Backup.FileBlockProcessor.FileEntry-PathProcessingFailed", "Failed to process path: /home/{user}/.cache/{hex}"),
            ("Retry-Duplicati.Library.Main.Operation.Backup.BackendUploader-RetryPut", "Operation Put with file duplicati-{hex}{hex2}.dindex.zip.aes attempt {small} of 5 failed with message: The operation has timed out."),
            ("Information-Duplicati.Library.Main.Controller-CompletedOperation", "The operation Backup has completed"),
        ],
    },
    Format {
        // UrBackup's server log: the time, then what a client's backup does.
        name: "urbackup",
        header: urbackup_header,
        events: &[
            ("x", "Starting scheduled incremental file backup..."),
            ("x", "Starting scheduled full image backup of volume \"C:\"..."),
            ("x", "Backing up \"{winhost}\" to \"/media/backup/urbackup/{winhost}/{date}_{n}\""),
            ("x", "Transferred {float} GB - Average speed: {float2} MBit/s"),
            ("x", "Time taken for backing up client {winhost}: {small} min {small2} s"),
            ("x", "Client {winhost} went offline."),
            ("x", "ERROR: Error getting complete file \"{hex}\" from {winhost}. Errorcode: TIMEOUT ({small})"),
        ],
    },
    Format {
        // sanoid and syncoid: ZFS snapshots taken, pruned and sent.
        name: "sanoid",
        header: journal_header,
        events: &[
            ("sanoid", "INFO: taking snapshots..."),
            ("sanoid", "taking snapshot {dataset}@autosnap_{date}_{hms}_{hourly|daily|monthly}"),
            ("sanoid", "INFO: pruning snapshots..."),
            ("sanoid", "INFO: pruning {dataset}@autosnap_{date}_{hms}_{hourly|daily|monthly} ... "),
            ("syncoid", "Sending incremental {dataset}@autosnap_{date}_{hms}_hourly ... syncoid_{nebhost}_{date}:{hms} (~ {small} KB):"),
            ("syncoid", "CRITICAL ERROR: Target {dataset} exists but has no snapshots matching with {dataset}!"),
        ],
    },
    Format {
        // Proxmox Backup Server's task logs: the time with its offset, then the step.
        name: "proxmox_backup",
        header: pbs_task_header,
        events: &[
            ("x", "starting new backup on datastore '{datastore}' from ::ffff:{ip}: \"{vm|ct}/{small}0{small2}/{iso}\""),
            ("x", "download 'index.json.blob' from previous backup."),
            ("x", "register chunks in 'drive-scsi{small}.img.fidx' from previous backup."),
            ("x", "created new fixed index {small} (\"{vm|ct}/{small2}0{small3}/{iso}/drive-scsi0.img.fidx\")"),
            ("x", "Upload statistics for 'drive-scsi0.img.fidx'"),
            ("x", "UUID: {hex}{hex2}{hex3}{hex4}"),
            ("x", "backup ended and finish successful"),
            ("x", "TASK ERROR: connection error: Connection reset by peer (os error 104)"),
        ],
    },
    Format {
        // OpenNebula's oned.log: a ctime, the zone, the subsystem and a level letter.
        name: "opennebula",
        header: opennebula_header,
        events: &[
            ("VM][I", "New state is ACTIVE"),
            ("VM][I", "New LCM state is {PROLOG|BOOT|RUNNING|EPILOG}"),
            ("ReM][D", "Req:{n} UID:{small} IP:{ip} one.vm.info invoked , {n2}, false"),
            ("ReM][D", "Req:{n} UID:{small} one.vm.info result SUCCESS, \"<VM><ID>{n2}</ID><UID>...\""),
            ("InM][I", "Host {nebhost} ({small}) successfully monitored."),
            ("DiM][E", "Error deploying virtual machine {n}: Could not create domain from /var/lib/one//datastores/0/{n}/deployment.0"),
        ],
    },
    Format {
        // sway: the time since start and the source file and line in brackets.
        name: "sway",
        header: sway_header,
        events: &[
            ("x", "[sway/config.c:{n}] Loading config from /home/{user}/.config/sway/config"),
            ("x", "[sway/server.c:{n}] Running compositor on wayland display 'wayland-1'"),
            ("x", "[wlr] [backend/drm/drm.c:{n}] Connector {DP-1|HDMI-A-1|eDP-1} connected"),
            ("x", "[wlr] [backend/drm/drm.c:{n}] Connector {DP-1|HDMI-A-1|eDP-1} disconnected"),
            ("x", "[sway/input/input-manager.c:{n}] adding device: '{n2}:{n3}:{inputdev}'"),
            ("x", "[sway/ipc-server.c:{n}] Client {small} connected"),
        ],
    },
    Format {
        // Payara (GlassFish's format): bracketed fields, the message in double brackets.
        name: "payara",
        header: hms_header,
        events: &[
            ("-", "[{iso}] [Payara 6.2024.{small}] [INFO] [] [javax.enterprise.system.core] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: {epochms}] [levelValue: 800] [[ {app} was successfully deployed in {n} milliseconds.]]"),
            ("-", "[{iso}] [Payara 6.2024.{small}] [WARNING] [] [javax.enterprise.web] [tid: _ThreadID={small2} _ThreadName=http-thread-pool::http-listener-1({small3})] [timeMillis: {epochms}] [levelValue: 900] [[ StandardWrapperValve[{servlet}]: Servlet.service() for servlet {servlet} threw exception]]"),
            ("-", "[{iso}] [Payara 6.2024.{small}] [INFO] [NCLS-CORE-00087] [javax.enterprise.system.core] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: {epochms}] [levelValue: 800] [[ Grizzly 4.0.{small2} started in: {n}ms - bound to [/0.0.0.0:{8080|8181|4848}]]]"),
            ("-", "[{iso}] [Payara 6.2024.{small}] [SEVERE] [] [] [tid: _ThreadID={small2} _ThreadName=__ejb-thread-pool{small3}] [timeMillis: {epochms}] [levelValue: 1000] [[ java.sql.SQLException: Connection is closed]]"),
        ],
    },
    Format {
        // Rundeck's service log: the time in brackets, the level, the logger.
        name: "rundeck",
        header: rundeck_header,
        events: &[
            ("INFO  execution.status", "Execution {n} of job {rdjob} succeeded"),
            ("INFO  execution.status", "Execution {n} of job {rdjob} failed"),
            ("WARN  services.ExecutionService", "Execution {n} timed out after {small}m"),
            ("INFO  rundeckapp.BootStrap", "Rundeck startup finished in {n}ms"),
            ("ERROR services.ScheduledExecutionService", "Unable to schedule job {rdjob}: {uuid}"),
        ],
    },
    Format {
        // StatsD (Etsy's): a short date, the process ID in brackets.
        name: "statsd",
        header: statsd_header,
        events: &[
            ("x", "reading config file: /etc/statsd/config.js"),
            ("x", "server is up INFO"),
            ("x", "Flushing stats at {ctime}"),
            ("x", "Bad line: {n},{n2} in msg \"{statsmetric}:{n}|{c|ms|g}\""),
            ("x", "Error sending to graphite: Error: connect ECONNREFUSED {ip}:2003"),
        ],
    },
    Format {
        // Cacti's log: the time, then `SYSTEM STATS` fields glued to their values by colons.
        name: "cacti",
        header: cacti_header,
        events: &[
            ("x", "SYSTEM STATS: Time:{float} Method:spine Processes:{small} Threads:{small2} Hosts:{n} HostsPerProcess:{n} DataSources:{n2} RRDsProcessed:{n3}"),
            ("x", "SYSTEM BOOST STATS: Time:{float} RRDUpdates:{n}"),
            ("x", "POLLER: Poller[1] PID[{n}] WARNING: Poller Output Table not Empty.  Issues: {small}, DS[{n2}]"),
            ("x", "SPINE: Poller[1] PID[{n}] Device[{small}] HT[1] DS[{n2}] TT[{float}] SNMP: v2: {ip}, dsname: {cactids}, oid: .1.3.6.1.2.1.2.2.1.{small2}.{small3}, output: U"),
            ("x", "AUTH LOGIN: User '{user}' authenticated"),
        ],
    },
    Format {
        // ntopng: the date with the month's name, the source file and line in brackets.
        name: "ntopng",
        header: ntopng_header,
        events: &[
            ("x", "[NetworkInterface.cpp:{n}] WARNING: The number of hosts exceeded the configured limit ({n2})"),
            ("x", "[Ntop.cpp:{n}] Welcome to ntopng x86_64 v.6.{small}.{n2}"),
            ("x", "[PcapInterface.cpp:{n}] Reading packets from interface {eth0|ens18|br0}..."),
            ("x", "[Redis.cpp:{n}] Successfully connected to redis {ip}:6379@0"),
            ("x", "[NetworkInterface.cpp:{n}] Flow dump queue is full, dropping {small} flows"),
        ],
    },
    Format {
        // systemd-timesyncd: synchronisations and the servers it tried.
        name: "timesyncd",
        header: journal_header,
        events: &[
            ("systemd-timesyncd", "Initial synchronization to time server {ip}:123 ({ntpserver})."),
            ("systemd-timesyncd", "Timed out waiting for reply from {ip}:123 ({ntpserver})."),
            ("systemd-timesyncd", "Network configuration changed, trying to establish connection."),
            ("systemd-timesyncd", "Contacted time server {ip}:123 ({ntpserver})."),
            ("systemd-timesyncd", "System clock wrong by {float}s, setting it."),
        ],
    },
    Format {
        // unattended-upgrades: Python's logging with the package lists on one line.
        name: "unattended_upgrades",
        header: supervisord_header,
        events: &[
            ("INFO", "Starting unattended upgrades script"),
            ("INFO", "Allowed origins are: origin=Debian,codename=bookworm,label=Debian, origin=Debian,codename=bookworm,label=Debian-Security"),
            ("INFO", "Packages that will be upgraded: {packages}"),
            ("INFO", "Writing dpkg log to /var/log/unattended-upgrades/unattended-upgrades-dpkg.log"),
            ("INFO", "All upgrades installed"),
            ("INFO", "No packages found that can be upgraded unattended and no pending auto-removals"),
            ("WARNING", "Package {debpkg} has conffile prompt and needs to be upgraded manually"),
        ],
    },
    Format {
        // ROS 2 (rcutils): the level and the time in seconds to the nanosecond, then the node.
        name: "ros2",
        header: ros2_header,
        events: &[
            ("INFO talker", r#"Publishing: 'Hello World: {n}'"#),
            ("INFO listener", r#"I heard: [Hello World: {n}]"#),
            ("WARN controller_server", r#"Control loop missed its desired rate of {small}0.0000Hz"#),
            ("INFO bt_navigator", r#"Begin navigating from current location ({float}, {float2}) to ({float3}, {float4})"#),
            ("WARN amcl", r#"Message Filter dropping message: frame 'base_scan' at time {epochs} for reason 'discarding message because the queue is full'"#),
            ("INFO lifecycle_manager_navigation", r#"Activating {amcl|map_server|planner_server|controller_server|bt_navigator}"#),
            ("INFO planner_server", r#"Created global planner plugin GridBased of type nav2_navfn_planner/NavfnPlanner"#),
        ],
    },
    Format {
        // PX4's console: the level padded to five, then the module in brackets.
        name: "px4",
        header: px4_header,
        events: &[
            ("INFO commander", r#"Armed by {RC|GCS|mission}"#),
            ("INFO commander", r#"Landing detected"#),
            ("INFO navigator", r#"Takeoff to {float} meters above home"#),
            ("WARN health_and_arming_checks", r#"Preflight Fail: Accel Sensor {small} uncalibrated"#),
            ("INFO logger", r#"Opened full log file: ./log/2026-11-28/{hms}.ulg"#),
            ("INFO mavlink", r#"mode: Normal, data rate: {n} B/s on udp port {port} remote port 14550"#),
            ("ERROR sensors", r#"Accel #{small} fail: TIMEOUT!"#),
        ],
    },
    Format {
        // IBM Storage Scale (GPFS) mmfs.log: the time with an underscore, a level letter.
        name: "gpfs",
        header: gpfs_header,
        events: &[
            ("I", r#"Command: mount {gpfsfs}"#),
            ("I", r#"Command: successful mount {gpfsfs}"#),
            ("N", r#"Node {ip} (nsd{small}) is now the Group Leader."#),
            ("E", r#"Disk failure. Volume {gpfsfs}. rc = {small}. Physical volume nsd{n}."#),
            ("I", r#"Recovery: {gpfsfs}, delay {small} sec. for safe recovery."#),
            ("W", r#"Expel {ip} (nsd{small}) request from {ip2} (nsd{small2}). Expelling: {ip} (nsd{small})"#),
            ("I", r#"Accepted and connected to {ip} nsd{small} <c0n{small2}>"#),
        ],
    },
    Format {
        // Aerospike: the date with its zone, the level, the context, the source line.
        name: "aerospike",
        header: aerospike_header,
        events: &[
            ("INFO info", r#"(ticker.c:1052) NODE-ID bb9{hex}0a00 CLUSTER-SIZE {small}"#),
            ("INFO info", r#"(ticker.c:1203) {{test|bar|users}} objects: all {n} master {n2} prole {n3} non-replica 0"#),
            ("INFO nsup", r#"(nsup.c:1028) {{test|bar|users}} no records below eviction void-time 0 - threshold bucket 0, width {small} sec, count {n} > target {n2} ({float} pct)"#),
            ("WARNING hb", r#"(hb.c:5127) could not create heartbeat connection to node {{ipport}}"#),
            ("INFO drv_ssd", r#"(drv_ssd.c:1919) {{test|bar|users}} /dev/{nvme0n1|sdb|sdc}: used-bytes {n} free-wblocks {n2} write-q 0 write ({n3},{float}) defrag-q 0 defrag-read ({n4},{float2}) defrag-write ({n5},{float3})"#),
            ("WARNING rw", r#"(write.c:1441) {{test|bar|users}} write_master: failed as_bin_cdt_alloc_modify_from_client() <Digest>:0x{hex}{hex2}"#),
            ("INFO clustering", r#"(clustering.c:5797) principal node - forming new cluster with succession list: bb9{hex}0a00"#),
        ],
    },
    Format {
        // Redpanda (Seastar's logger): the level, the time, the shard and the logger.
        name: "redpanda",
        header: redpanda_header,
        events: &[
            ("INFO cluster", r#"controller_backend.cc:1008 - [{kafka/{topic}/{small}}] - creating partition"#),
            ("INFO raft", r#"[group_id:{n}, {kafka/{topic}/{small}}] vote_stm.cc:264 - becoming the leader term:{small2}"#),
            ("WARN rpc", r#"transport.cc:211 - RPC timeout ({n} ms) to {host: {ip}, port: 33145}, method: node_status_rpc::node_status, correlation id: {n2}"#),
            ("INFO kafka", r#"group_manager.cc:518 - Registering consumer group {svc}-consumers"#),
            ("INFO storage", r#"segment.cc:634 - Creating new segment /var/lib/redpanda/data/kafka/{topic}/{small}_{n}/{n2}-{small2}-v1.log"#),
            ("ERROR kafka", r#"server.cc:95 - {ipport} failed authentication: SASL authentication failed: Invalid credentials"#),
            ("INFO cluster", r#"members_manager.cc:433 - Node {small} joined the cluster"#),
        ],
    },
    Format {
        // Apache Ignite: the clock, the level, the thread and the class, each in brackets.
        name: "ignite",
        header: ignite_header,
        events: &[
            ("INFO|main|IgniteKernal", r#"Config URL: file:/opt/ignite/config/{default|cluster|client}-config.xml"#),
            ("INFO|disco-event-worker-#41|GridDiscoveryManager", r#"Topology snapshot [ver={small}, locNode={hex}, servers={small2}, clients=0, state=ACTIVE, CPUs={small3}, offheap={float}GB, heap={float2}GB]"#),
            ("WARN|tcp-disco-msg-worker-#2|TcpDiscoverySpi", r#"Node is out of topology (probably, due to short-time network problems)."#),
            ("INFO|exchange-worker-#42|GridCachePartitionExchangeManager", r#"Skipping rebalancing (nothing scheduled) [top=AffinityTopologyVersion [topVer={small}, minorTopVer=0], force=false, evt=NODE_JOINED, node={uuid}]"#),
            ("INFO|grid-timeout-worker-#23|IgniteKernal", r#"Metrics for local node (to disable set 'metricsLogFrequency' to 0)"#),
            ("ERROR|sys-stripe-3-#4|GridDhtAtomicCache", r#"Unexpected exception during cache update"#),
            ("INFO|main|GridCacheProcessor", r#"Started cache [name={table}, id={n}, dataRegionName=default, mode=PARTITIONED, atomicity=ATOMIC, backups={small}]"#),
        ],
    },
    Format {
        // Lynis's audit log: the time, then each test and what it found.
        name: "lynis",
        header: exim_header,
        events: &[
            ("x", r#"Performing test ID {lynistest} ({Check for GRUB boot password|Check SSH specific defined options|Checking for presence of sysctl values|Check file permissions})"#),
            ("x", r#"Result: found {n} running processes"#),
            ("x", r#"Test: checking presence {/etc/ssh/sshd_config|/etc/login.defs|/etc/fstab}"#),
            ("x", r#"Result: file {/etc/ssh/sshd_config|/etc/login.defs|/etc/fstab} exists"#),
            ("x", r#"Hardening index : [{small}] [{########|############|######}     ]"#),
            ("x", r#"Test {lynistest} skipped due to profile"#),
            ("x", r#"Checking permissions of {/etc/crontab|/etc/passwd|/etc/shadow|/boot/grub/grub.cfg}"#),
        ],
    },
    Format {
        // Chocolatey: the time with a comma, the process ID and the level in brackets.
        name: "chocolatey",
        header: choco_header,
        events: &[
            ("INFO", r#"{chocopkg} v{semver} [Approved]"#),
            ("INFO", r#"Progress: Downloading {chocopkg} {semver}... {small}0%"#),
            ("INFO", r#"The install of {chocopkg} was successful."#),
            ("WARN", r#"{chocopkg} not installed. The package was not found with the source(s) listed."#),
            ("ERROR", r#"The install of {chocopkg} was NOT successful."#),
            ("INFO", r#"Chocolatey installed {small}/{small2} packages."#),
            ("DEBUG", r#"Running 'ChocolateyScriptRunner' for {chocopkg} v{semver} with preferences"#),
        ],
    },
    Format {
        // Firefox's MOZ_LOG: the process and thread in brackets, a level letter and module.
        name: "firefox_moz",
        header: mozlog_header,
        events: &[
            ("D/nsHttp", r#"nsHttpChannel::Init [this={moz}]"#),
            ("D/nsHttp", r#"nsHttpChannel::OnStartRequest [this={moz} request={moz2} status=0]"#),
            ("D/nsHostResolver", r#"Resolving host [{webhost}]."#),
            ("D/nsSocketTransport", r#"nsSocketTransport::Init [this={moz} host={webhost}:{443|80} proxy=:0]"#),
            ("E/nsHttp", r#"nsHttpTransaction::Close [this={moz} reason={80470002|804b0014|804b000e}]"#),
            ("D/cache2", r#"CacheEntry::CacheEntry [this={moz}]"#),
        ],
    },
    Format {
        // KDE programs in the journal: Qt's logging category before each message.
        name: "kde",
        header: journal_header,
        events: &[
            ("plasmashell", r#"kf.plasma.quick: Applet preload policy set to {small}"#),
            ("kwin_x11", r#"kwin_core: XCB error: {small} (BadWindow), sequence: {n}, resource id: {n2}, major code: {small2} (ChangeProperty), minor code: 0"#),
            ("dolphin", r#"kf.kio.workers.file: copy() {path} {path2}"#),
            ("plasmashell", r#"file:///usr/share/plasma/plasmoids/org.kde.plasma.{taskmanager|kickoff|systemtray}/contents/ui/main.qml:{n}: TypeError: Cannot read property 'length' of undefined"#),
            ("kwin_wayland", r#"kwin_libinput: Libinput: event{small} - {touchpad|keyboard|mouse}: kernel bug: Touch jump detected and discarded."#),
            ("kded5", r#"kf.kio.core: "Could not enter folder {path}.""#),
        ],
    },
    Format {
        // Quarkus (JBoss Logging): the level, the category in brackets, the thread in
        // parentheses.
        name: "quarkus",
        header: quarkus_header,
        events: &[
            ("INFO|io.quarkus|main", r#"code-with-quarkus 1.0.0-SNAPSHOT on JVM (powered by Quarkus 3.{small}.0) started in {float}s. Listening on: http://0.0.0.0:8080"#),
            ("INFO|io.quarkus|main", r#"Profile prod activated."#),
            ("INFO|io.quarkus|main", r#"Installed features: [cdi, hibernate-orm, jdbc-postgresql, narayana-jta, resteasy-reactive, smallrye-context-propagation, vertx]"#),
            ("WARN|io.agroal.pool|agroal-11", r#"Datasource '<default>': Connection to {ip}:5432 refused"#),
            ("ERROR|io.quarkus.vertx.http.runtime.QuarkusErrorHandler|executor-thread-1", r#"HTTP Request to /api/{orders|users|items}/{n} failed, error id: {uuid}-{small}"#),
            ("INFO|io.quarkus|Shutdown thread", r#"code-with-quarkus stopped in {float}s"#),
        ],
    },
    Format {
        // Concourse (Cloud Foundry's lager): JSON records whose message names the event.
        name: "concourse",
        header: lager_header,
        events: &[
            ("info", r#""atc.scanner.tick.start","data":{"session":"{small}.{n}"}}"#),
            ("info", r#""atc.build-tracker.track.start","data":{"build":{n},"job":"{ccjob}","pipeline":"{ccpipe}","session":"{small}"}}"#),
            ("error", r#""atc.pipelines.radar.scan-resource.interval-runner.tick.failed-to-run-scan-resource","data":{"error":"Get \"https://{webhost}/\": dial tcp: i/o timeout","pipeline":"{ccpipe}","resource":"{ccjob}-repo","session":"{small}.{n}"}}"#),
            ("info", r#""atc.syncer.sync.done","data":{"session":"{small}"}}"#),
            ("debug", r#""worker.garden.garden-server.create.created","data":{"handle":"{uuid}","session":"{small}.{n}"}}"#),
        ],
    },
    Format {
        // Checkmk's core (cmc.log): the time, a level number and the component.
        name: "checkmk",
        header: exim_header,
        events: &[
            ("x", r#"[5] [cmc] Reload: loading configuration from /omd/sites/prod/var/check_mk/core/config.pb"#),
            ("x", r#"[6] [cmc.checker] Started checker {small} with PID {n}"#),
            ("x", r#"[4] [cmc.alerts] Host {hostname}: state changed from UP to DOWN"#),
            ("x", r#"[5] [cmc.notification] Executing notification script for contact {user}, host {hostname}, service {Filesystem /|CPU load|Memory}"#),
            ("x", r#"[3] [cmc.helper] Helper {small} exited with code {small2}"#),
            ("x", r#"[5] [cmc.rrd] Created RRD for host {hostname} service {CPU_load|Memory|Uptime}"#),
        ],
    },
    Format {
        // WEBrick (Ruby): the time in brackets, the level padded to five.
        name: "webrick",
        header: steam_header,
        events: &[
            ("x", r#"INFO  WEBrick 1.8.{small}"#),
            ("x", r#"INFO  ruby 3.{small}.0 (2026-12-25) [x86_64-linux]"#),
            ("x", r#"INFO  WEBrick::HTTPServer#start: pid={n} port={4000|8080|3000}"#),
            ("x", r#"ERROR '/{webfile}' not found."#),
            ("x", r#"ERROR Errno::ECONNRESET: Connection reset by peer @ io_fillbuf - fd:{small}"#),
            ("x", r#"WARN  Could not determine content-length of response body. Set content-length of the response or set Response#chunked = true"#),
        ],
    },
    Format {
        // Rocket (Rust): each request on its own line, then what became of it, indented.
        name: "rocket_rs",
        header: hms_header,
        events: &[
            ("-", r#"GET /api/{orders|users}/{n} application/json:"#),
            ("-", r#"POST /api/{orders|users} application/json:"#),
            ("-", r#"   >> Matched: ({get_order|get_user}) GET /api/<kind>/<id>"#),
            ("-", r#"   >> Outcome: Success({200 OK|201 Created})"#),
            ("-", r#"   >> Response succeeded."#),
            ("-", r#"   >> No matching routes for GET /{webfile} text/html."#),
            ("-", r#"🚀 Rocket has launched from http://127.0.0.1:{8000|8080}"#),
        ],
    },
    Format {
        // RocketMQ's broker: the time, the level, the thread, a dash.
        name: "rocketmq",
        header: exim_header,
        events: &[
            ("x", r#"INFO brokerOutApi_thread_1 - register broker[{small}]to name server {ip}:9876 OK"#),
            ("x", r#"WARN BrokerControllerScheduledThread1 - dispatch behind commit log {n} bytes"#),
            ("x", r#"INFO ConsumerManageThread_1 - new consumer connected, group: {svc}-group {CONSUME_PASSIVELY|CONSUME_ACTIVELY} {CLUSTERING|BROADCASTING} channel: ClientChannelInfo [channel=[id: 0x{hex}, L:/{ipport} - R:/{ipport2}], clientId={ip}@{n}, language=JAVA, version={n2}, lastUpdateTimestamp={epochms}]"#),
            ("x", r#"INFO SendMessageThread_1 - create new topic [{topic}]"#),
            ("x", r#"INFO NettyServerCodecThread_1 - closeChannel: close the connection to remote address[{ipport}] result: true"#),
            ("x", r#"ERROR PullMessageThread_{small} - the consumer's group info not exist, group: {svc}-group"#),
        ],
    },
    Format {
        // freshclam: a ctime and an arrow, then each database checked or updated.
        name: "freshclam",
        header: freshclam_header,
        events: &[
            ("x", r#"{daily|main|bytecode}.{cld|cvd} database is up-to-date (version: {n}, sigs: {n2}, f-level: 90, builder: {raynman|sigmgr|neo})"#),
            ("x", r#"ClamAV update process started at {ctime}"#),
            ("x", r#"daily.cld updated (version: {n}, sigs: {n2}, f-level: 90, builder: raynman)"#),
            ("x", r#"WARNING: Your ClamAV installation is OUTDATED!"#),
            ("x", r#"WARNING: Local version: 1.0.{small} Recommended version: 1.{small2}.0"#),
            ("x", r#"Clamd successfully notified about the update."#),
            ("x", r#"ERROR: Can't download daily.cvd from https://database.clamav.net/daily.cvd"#),
            ("x", r#"--------------------------------------"#),
        ],
    },
    Format {
        // Libreswan's pluto: each connection's name in quotes and its state number.
        name: "libreswan",
        header: journal_header,
        events: &[
            ("pluto", r#""{vpnconn}" #{n}: initiating IKEv2 connection"#),
            ("pluto", r#""{vpnconn}" #{n}: established IKE SA; authenticated peer '{RSA-PSS|ECDSA|RSA}' signature using SHA2_512 and peer ID_DER_ASN1_DN 'CN={host}'"#),
            ("pluto", r#""{vpnconn}" #{n2}: established Child SA using #{n}; IPsec tunnel [{ip}-{ip}:0-65535 0] -> [{ip2}-{ip2}:0-65535 0] {ESPinUDP=>0x{hex} <0x{hex2} xfrm=AES_GCM_16_256-NONE DPD=passive}"#),
            ("pluto", r#""{vpnconn}" #{n}: STATE_V2_PARENT_I1: retransmission; will wait {small}.5 seconds for response"#),
            ("pluto", r#""{vpnconn}" #{n}: deleting IKE SA (ESTABLISHED_IKE_SA) and sending notification"#),
            ("pluto", r#"packet from {ipport}: initial parent SA message received on {ip2}:500 but no suitable connection found with IKEv2 policy [RSASIG+ECDSA+IKEV2_ALLOW]"#),
        ],
    },
    Format {
        // ModemManager: the level in angle brackets, the modem or bearer in brackets.
        name: "modemmanager",
        header: journal_header,
        events: &[
            ("ModemManager", r#"<info>  [modem{small}] state changed ({enabled|searching|registered} -> {searching|registered|connecting})"#),
            ("ModemManager", r#"<info>  [modem{small}] 3GPP registration state changed ({idle|searching} -> {home|roaming|denied})"#),
            ("ModemManager", r#"<info>  [modem{small}/bearer{small2}] connection #{small3} finished: duration {n}s, tx: {n2} bytes, rx: {n3} bytes"#),
            ("ModemManager", r#"<warn>  [modem{small}] couldn't load operator code: Couldn't parse operator MCC/MNC"#),
            ("ModemManager", r#"<info>  [device /sys/devices/pci0000:00/0000:00:14.0/usb2/2-{small}] creating modem with plugin '{quectel|sierra|generic}' and '{small2}' ports"#),
            ("ModemManager", r#"<info>  [modem{small}] simple connect started..."#),
        ],
    },
    Format {
        // srsRAN's eNodeB: the layer padded in brackets, a level letter, the TTI.
        name: "srsran",
        header: srsran_header,
        events: &[
            ("RRC I", r#"Received RRC Connection Request rnti=0x{rnti}"#),
            ("MAC I", r#"SCHED: New user rnti=0x{rnti}, cc={small}"#),
            ("RRC I", r#"RRC Connection Setup Complete rnti=0x{rnti}"#),
            ("S1AP I", r#"Sending UE context release request for rnti=0x{rnti}, cause=user-inactivity"#),
            ("PHY W", r#"Error decoding PUSCH: rnti=0x{rnti}, snr={float} dB"#),
            ("MAC W", r#"Late DL scheduling tti={n}"#),
            ("GTPU I", r#"Adding bearer for rnti: 0x{rnti}, lcid: {small}, addr: {ip}, teid_out: 0x{hex}, teid_in: 0x{hex2}"#),
        ],
    },
    Format {
        // OBS Studio: the clock and a colon, the source or output in brackets.
        name: "obs",
        header: obs_header,
        events: &[
            ("x", r#"[x264 encoder: '{simple_h264_stream|simple_h264_recording}'] preset: {veryfast|fast|medium}"#),
            ("x", r#"==== Recording Start ==============================================="#),
            ("x", r#"==== Recording Stop ================================================"#),
            ("x", r#"[ffmpeg muxer: 'adv_file_output'] Writing file '/home/{user}/Videos/2026-11-28 {hhmm}-{small}.mkv'..."#),
            ("x", r#"Output 'simple_stream': stopping"#),
            ("x", r#"Video stopped, number of skipped frames due to encoding lag: {n}/{n2} ({float}%)"#),
            ("x", r#"[rtmp stream: 'simple_stream'] Connecting to RTMP URL rtmp://{live|live-fra|live-iad}.twitch.tv/app..."#),
            ("x", r#"User added source '{Display Capture|Webcam|Mic/Aux}' ({monitor_capture|v4l2_input|pulse_input_capture}) to scene '{Scene|Gaming|Just Chatting}'"#),
        ],
    },
    Format {
        // Homebridge: a US date and a 12-hour clock in brackets, then the plugin's name.
        name: "homebridge",
        header: homebridge_header,
        events: &[
            ("Hue", r#"Initializing hue platform..."#),
            ("Homebridge", r#"Loaded plugin: homebridge-{hue|ring|nest|tplink-smarthome}@{semver}"#),
            ("Ring", r#"Motion detected on {camera}"#),
            ("TplinkSmarthome", r#"[{lightname}] setPower({true|false})"#),
            ("Homebridge", r#"Homebridge v1.{small}.0 (HAP v0.11.{small2}) (Homebridge) is running on port {51826|51827}."#),
            ("Homebridge", r#"[homebridge-{hue|ring}] This plugin generated a warning from the characteristic 'On': characteristic was supplied illegal value: undefined!"#),
        ],
    },
    Format {
        // libFuzzer: each step's counters on one line, the step's kind in capitals.
        name: "libfuzzer",
        header: hms_header,
        events: &[
            ("-", "#{n}\tNEW    cov: {n2} ft: {n3} corp: {small}/{n4}b lim: {n5} exec/s: {n6} rss: {n7}Mb L: {small2}/{n8} MS: {small3} {fuzzmut}"),
            ("-", "#{n}\tREDUCE cov: {n2} ft: {n3} corp: {small}/{n4}b lim: {n5} exec/s: {n6} rss: {n7}Mb L: {small2}/{n8} MS: {small3} {fuzzmut}"),
            ("-", "#{n}\tpulse  cov: {n2} ft: {n3} corp: {small}/{n4}b lim: {n5} exec/s: {n6} rss: {n7}Mb"),
            ("-", "#{n}\tINITED cov: {n2} ft: {n3} corp: {small}/{n4}b exec/s: 0 rss: {n7}Mb"),
            ("-", "INFO: Seed: {n}"),
            ("-", "INFO: Loaded 1 modules   ({n} inline 8-bit counters): {n} [0x{hex}, 0x{hex2}),"),
            ("-", "=={n}== ERROR: libFuzzer: deadly signal"),
            ("-", "artifact_prefix='./'; Test unit written to ./crash-{cmplid}"),
        ],
    },
    Format {
        // Wine's debug channels: the thread, the class and channel, the function, glued.
        name: "wine",
        header: hms_header,
        events: &[
            ("-", r#"{wtid}:err:module:import_dll Library {winlib} (which is needed by L"C:\\Program Files\\{winapp}\\{winapp}.exe") not found"#),
            ("-", r#"{wtid}:fixme:ntdll:NtQuerySystemInformation info_class SYSTEM_PERFORMANCE_INFORMATION"#),
            ("-", r#"{wtid}:fixme:heap:RtlSetHeapInformation 0000000000000000 1 {hex}{hex2} {small} stub"#),
            ("-", r#"{wtid}:err:ole:CoGetClassObject class {{uuid}} not registered"#),
            ("-", r#"{wtid}:fixme:win:RegisterTouchWindow hwnd {hex}, flags 0x{small} stub!"#),
            ("-", r#"{wtid}:warn:seh:dispatch_exception unhandled exception code c0000005 flags 0 addr 0x{hex}"#),
        ],
    },
    Format {
        // Mattermost: JSON records, the message before the caller and the fields.
        name: "mattermost",
        header: mattermost_header,
        events: &[
            ("info", r#""Server is initializing...","caller":"app/server.go:265","go_version":"go1.21.5"}"#),
            ("info", r#""Starting websocket hubs","caller":"platform/web_hub.go:100","number_of_hubs":{small}}"#),
            ("error", r#""Unable to get the file","caller":"web/context.go:114","path":"/api/v4/files/{key}","request_id":"{key2}","ip_addr":"{ip}","user_id":"{key3}","method":"GET","err_where":"GetFile","http_code":404,"error":"GetFile: Unable to find the file., resource: FileInfo id: {key}"}"#),
            ("warn", r#""Failed to send push notification","caller":"app/notification_push.go:121","error":"{Post \"https://push.mattermost.com/api/v1/send_push\": context deadline exceeded|push notification server returned 410}"}"#),
            ("info", r#""Post.Message has size restrictions","caller":"sqlstore/post_store.go:2519","max_characters":16383,"max_bytes":65535}"#),
            ("debug", r#""Received HTTP request","caller":"web/handlers.go:179","method":"{GET|POST}","url":"/api/v4/users/me","request_id":"{key}"}"#),
        ],
    },
    Format {
        // Dex (logrus's text): logins, key rotations and refused requests.
        name: "dex",
        header: logrus_header,
        events: &[
            ("info", r#"msg="login successful: connector \"{ldap|github|google}\", username=\"{user}\", preferred_username=\"\", email=\"{email}\", groups=[\"{devs|admins|ops}\"]""#),
            ("info", r#"msg="keys expired, rotating""#),
            ("info", r#"msg="keys rotated, next rotation: {iso}""#),
            ("error", r#"msg="Failed to authenticate: ldap: invalid password for user \"{user}\"""#),
            ("info", r#"msg="listening (http) on 0.0.0.0:5556""#),
            ("error", r#"msg="Invalid 'redirect_uri' parameter value.""#),
        ],
    },
    Format {
        // lldpd: neighbours and ports, in the journal.
        name: "lldpd",
        header: journal_header,
        events: &[
            ("lldpd", r#"MSAP has changed for port {eth0|eno1|enp3s0}, sending a shutdown LLDPDU"#),
            ("lldpd", r#"removal request for address of {ip}%{small}, but no knowledge of it"#),
            ("lldpd", r#"unable to send packet on real device for {eth0|eno1|enp3s0}: Network is down"#),
            ("lldpd", r#"error while receiving frame on veth{hex}: Network is down"#),
            ("lldpd", r#"protocol LLDP enabled"#),
            ("lldpcli", r#"lldpd should resume operations"#),
        ],
    },
    Format {
        // radvd: router advertisements, in the journal.
        name: "radvd",
        header: journal_header,
        events: &[
            ("radvd", r#"sendmsg: Invalid argument"#),
            ("radvd", r#"attempting to reread config file"#),
            ("radvd", r#"resuming normal operation"#),
            ("radvd", r#"{eth0|br0|lan} is not ready yet or interface removed, retrying in {small} seconds"#),
            ("radvd", r#"version 2.{small} started"#),
            ("radvd", r#"our AdvCurHopLimit on {eth0|br0|lan} doesn't agree with {ip}"#),
        ],
    },
    Format {
        // gpsd: its own level after its name, in the journal.
        name: "gpsd",
        header: journal_header,
        events: &[
            ("gpsd", r#"gpsd:ERROR: SER: device open of /dev/{ttyUSB0|ttyACM0|ttyAMA0} failed: No such file or directory - retrying read-only"#),
            ("gpsd", r#"gpsd:INFO: launching (Version 3.{small})"#),
            ("gpsd", r#"gpsd:WARN: ntpshm_link_activate: nsbkp_link_activate: ntpshm_alloc() failed"#),
            ("gpsd", r#"gpsd:INFO: SER: {ttyUSB0|ttyACM0|ttyAMA0} identified as type {u-blox|NMEA0183|SiRF}, {small} sec @ {4800|9600|115200}bps"#),
            ("gpsd", r#"gpsd:ERROR: device read of /dev/{ttyUSB0|ttyACM0|ttyAMA0} returned error or packet sniffer failed sync (flags {small})"#),
        ],
    },
    Format {
        // tftpd-hpa: boot files requested, in the journal.
        name: "tftpd",
        header: journal_header,
        events: &[
            ("in.tftpd", r#"RRQ from {ip} filename {pxelinux.0|grubx64.efi|ipxe.efi|undionly.kpxe}"#),
            ("in.tftpd", r#"tftp: client does not accept options"#),
            ("in.tftpd", r#"sending NAK (1, File not found) to {ip}"#),
            ("in.tftpd", r#"WRQ from {ip} filename {hostname}-confg"#),
        ],
    },
    Format {
        // qmail (multilog): a TAI64N label, then each message's and delivery's numbers.
        name: "qmail",
        header: tai64n_header,
        events: &[
            ("x", r#"new msg {n}"#),
            ("x", r#"info msg {n}: bytes {n2} from <{email}> qp {n3} uid {small}"#),
            ("x", r#"starting delivery {n}: msg {n2} to remote {email}"#),
            ("x", r#"starting delivery {n}: msg {n2} to local {user}@mail.example.com"#),
            ("x", r#"delivery {n}: success: {ip}_accepted_message./Remote_host_said:_250_2.0.0_Ok:_queued_as_{queue}/"#),
            ("x", r#"delivery {n}: deferral: Connected_to_{ip}_but_greeting_failed./Remote_host_said:_421_4.7.0_Try_again_later/"#),
            ("x", r#"status: local {small}/10 remote {small2}/20"#),
            ("x", r#"end msg {n}"#),
        ],
    },
    Format {
        // TeamSpeak 3's server: fields joined by bars, padded, the virtual server's ID.
        name: "teamspeak",
        header: ts3_header,
        events: &[
            ("INFO VirtualServerBase 1", r#"client connected '{user}'(id:{small}) from {ipport}"#),
            ("INFO VirtualServerBase 1", r#"client disconnected '{user}'(id:{small}) reason 'reasonmsg={leaving|connection lost|AFK}'"#),
            ("INFO ServerLibPriv -", r#"TeamSpeak 3 Server 3.13.{small} (2026-11-{day} 10:00:00)"#),
            ("WARNING VirtualServerBase 1", r#"query client '{user}'(id:{small}) flooding, banned for {small2}0 seconds"#),
            ("INFO FileManager 1", r#"file upload to (channel:{small}) started, '/icons/icon_{n}' by client '{user}'(id:{small2})"#),
            ("ERROR Accounting -", r#"Unable to find valid license key, falling back to limited functionality"#),
            ("INFO VirtualServer 1", r#"listening on 0.0.0.0:9987, [::]:9987"#),
        ],
    },
    Format {
        // 7 Days to Die's server: the time, the seconds since start, a level of three letters.
        name: "sevendays",
        header: sevendays_header,
        events: &[
            ("x", r#"INF Player connected, entityid={small}, name={user}, pltfmid=Steam_{steamid}, crossid=EOS_{hex}{hex2}, steamOwner=Steam_{steamid}, ip={ip}"#),
            ("x", r#"INF Player disconnected: EntityID={small}, PltfmId='Steam_{steamid}', CrossId='EOS_{hex}{hex2}', OwnerID='Steam_{steamid}', PlayerName='{user}', ClientNumber='{small2}'"#),
            ("x", r#"INF Time: {float}m FPS: {float2} Heap: {n}MB Max: {n2}MB Chunks: {n3} CGO: {small} Ply: {small2} Zom: {small3} Ent: {n4} ({n5}) Items: {small4} CO: {small5} RSS: {n6}MB"#),
            ("x", r#"INF Chat (from 'Steam_{steamid}', entity id '{small}', to 'Global'): '{user}': {hello|gg|anyone online?}"#),
            ("x", r#"INF [EOS] Server registered, session: {hex}{hex2}, {small} attributes"#),
            ("x", r#"WRN Entity {zombieSteve|zombieBoe|zombieArlene} ({n}) fell off the world, pos=({float}, -{float2}, {float3})"#),
            ("x", r#"INF Saving {n} of chunks took {n2}ms"#),
        ],
    },
    Format {
        // Terraria's dedicated server: its console, with no time.
        name: "terraria",
        header: hms_header,
        events: &[
            ("-", r#"{user} has joined."#),
            ("-", r#"{user} has left."#),
            ("-", r#"Saving world data: {small}0%"#),
            ("-", r#"Validating world save: {small}0%"#),
            ("-", r#"Backing up world file"#),
            ("-", r#"<{user}> {hello|gg|brb|need help at spawn}"#),
            ("-", r#"{ip}:{port} is connecting..."#),
            ("-", r#"Server started"#),
        ],
    },
    Format {
        // Tautulli: the time, the level between dashes and colons, the thread and module.
        name: "tautulli",
        header: exim_header,
        events: &[
            ("x", r#"- INFO :: MainThread : Tautulli WebStart :: Starting Tautulli web server on http://0.0.0.0:8181/"#),
            ("x", r#"- INFO :: Thread-{small} : Tautulli ActivityHandler :: Session {small2} started by user {small3} ({user}) with ratingKey {n} ({movie})."#),
            ("x", r#"- INFO :: Thread-{small} : Tautulli ActivityHandler :: Session {small2} stopped."#),
            ("x", r#"- DEBUG :: Thread-{small} : Tautulli Monitor :: Checking for active streams."#),
            ("x", r#"- WARNING :: Thread-{small} : Tautulli PlexTV :: Unable to retrieve Plex.tv server list."#),
            ("x", r#"- ERROR :: Thread-{small} : Tautulli Notifiers :: Tautulli Notifiers :: Discord notification failed: [Errno 110] Connection timed out"#),
        ],
    },
    Format {
        // Overseerr (winston): the time, the level and the label in brackets.
        name: "overseerr",
        header: overseerr_header,
        events: &[
            ("info|Jobs", r#"Starting scheduled job: {Plex Recently Added Scan|Radarr Scan|Sonarr Scan|Download Sync}"#),
            ("info|Plex Scan", r#"Beginning to process recently added for library: {Movies|TV Shows|Anime}"#),
            ("debug|Plex Sync", r#"Title already exists and no new media detected: {movie}"#),
            ("info|Notifications", r#"Sending {Discord|email|Pushover} notification {MEDIA_PENDING|MEDIA_APPROVED|MEDIA_AVAILABLE} for request #{n}"#),
            ("error|Sonarr", r#"Failed to retrieve series: connect ECONNREFUSED {ip}:8989"#),
            ("info|Server", r#"Server ready on port 5055"#),
        ],
    },
    Format {
        // SABnzbd: the time, the level and the module with its line, joined by double colons.
        name: "sabnzbd",
        header: sab_header,
        events: &[
            ("INFO downloader:1173", r#"Server {newsserver} will be ignored for {small} minutes"#),
            ("INFO nzbqueue:240", r#"Adding {release}.nzb to queue"#),
            ("INFO postproc:387", r#"Starting Post-Processing on {release} => Repair:True, Unpack:True, Delete:True, Script:None, Cat:{tv|movies|*}"#),
            ("INFO assembler:140", r#"Decoding finished /downloads/incomplete/{release}/{release}.part{small}.rar"#),
            ("WARNING downloader:1090", r#"{newsserver}@563: Received unknown status code 430 for article {hex}{hex2}@news.example.com"#),
            ("INFO notifier:131", r#"Sending notification: Job finished - {release} (type=complete, job_cat={tv|movies})"#),
            ("ERROR newsunpack:1044", r#"CRC error in "{release}.part{small}.rar" (password protected?)"#),
        ],
    },
    Format {
        // aria2: the time to the microsecond, the level and the source file in brackets.
        name: "aria2",
        header: aria2_header,
        events: &[
            ("NOTICE RequestGroupMan.cc:1200", r#"Download complete: {path}"#),
            ("INFO AbstractCommand.cc:366", r#"CUID#{small} - Requesting chunk: {n}"#),
            ("ERROR AbstractCommand.cc:351", r#"CUID#{small} - Download aborted. URI=https://{webhost}/{webfile}"#),
            ("NOTICE DefaultBtAnnounce.cc:327", r#"Tracker returned failure reason: {Torrent not registered|Unregistered torrent}"#),
            ("INFO SocketCore.cc:482", r#"Establishing connection to {ip}:{port}"#),
            ("WARN AbstractCommand.cc:361", r#"CUID#{small} - Restarting the download. URI=https://{webhost}/{webfile}"#),
        ],
    },
    Format {
        // Deluge: the clock, the level and the logger padded in brackets with its line.
        name: "deluge",
        header: deluge_header,
        events: &[
            ("INFO deluge.core.rpcserver 179", r#"Deluge Client connection made from: {ipport}"#),
            ("INFO deluge.core.rpcserver 206", r#"Deluge client disconnected: Connection to the other side was lost in a non-clean fashion: Connection lost."#),
            ("INFO deluge.core.torrentmanager 1627", r#"Finished downloading {release}"#),
            ("INFO deluge.core.torrentmanager 856", r#"Torrent {release} from user "{user}" added"#),
            ("WARNING deluge.core.torrentmanager 1437", r#"Unable to find torrent with id {hex}{hex2}"#),
            ("ERROR deluge.core.torrent 1342", r#"Torrent {release} is in error state: {No space left on device|Permission denied}"#),
        ],
    },
    Format {
        // rsnapshot: the time in brackets, then each command it runs.
        name: "rsnapshot",
        header: rsnapshot_header,
        events: &[
            ("x", r#"/usr/bin/rsnapshot {daily|weekly|monthly|hourly}: started"#),
            ("x", r#"echo {n} > /var/run/rsnapshot.pid"#),
            ("x", r#"/bin/rm -rf /backup/{daily|weekly|monthly}.{small}/"#),
            ("x", r#"mv /backup/{daily|weekly}.{small}/ /backup/{daily|weekly}.{small2}/"#),
            ("x", r#"/usr/bin/rsync -a --delete --numeric-ids --relative --delete-excluded {user}@{host}:/home/ /backup/daily.0/{host}/"#),
            ("x", r#"/usr/bin/rsnapshot {daily|weekly|hourly}: completed successfully"#),
            ("x", r#"/usr/bin/rsnapshot {daily|weekly|hourly}: ERROR: /usr/bin/rsync returned {small} while processing {user}@{host}:/home/"#),
        ],
    },
    Format {
        // Greenbone's gvmd: the module, domain and level, a time with `h`, the process.
        name: "gvmd",
        header: gvmd_header,
        events: &[
            ("md main MESSAGE", r#"Greenbone Vulnerability Manager version 22.4.{small} (DB revision 250)"#),
            ("md manage WARNING", r#"Failed to connect to ospd-openvas: Connection refused"#),
            ("event task MESSAGE", r#"Status of task {taskname} ({uuid}) has changed to {Running|Done|Requested|Stopped}"#),
            ("md manage MESSAGE", r#"Sensor feed sync: {NVTs|SCAP data|CERT data} updated"#),
            ("event report MESSAGE", r#"Report {uuid} has been created by {user}"#),
            ("md manage WARNING", r#"sql_exec_internal: PQexec failed: ERROR:  relation "{table}" does not exist"#),
        ],
    },
    Format {
        // systemd-coredump: a crash and its stack, frame by frame, in the journal.
        name: "coredump",
        header: journal_header,
        events: &[
            ("systemd-coredump", r#"Process {n} ({nginx|python3|node|postgres}) of user {small} dumped core."#),
            ("systemd-coredump", r#"Stack trace of thread {n}:"#),
            ("systemd-coredump", r#"#{small}  0x00007f{hex4} raise (libc.so.6 + 0x{hex})"#),
            ("systemd-coredump", r#"#{small}  0x00007f{hex4} abort (libc.so.6 + 0x{hex})"#),
            ("systemd-coredump", r#"#{small}  0x0000{hex4} n/a ({nginx|python3} + 0x{hex})"#),
            ("systemd-coredump", r#"Process {n} ({nginx|python3}) of user {small} terminated abnormally with signal {small2}/{SEGV|ABRT}, processing..."#),
            ("systemd-coredump", r#"Module {libc.so.6|libssl.so.3|ld-linux-x86-64.so.2} from rpm {glibc|openssl}-{semver}.fc39.x86_64"#),
        ],
    },
    Format {
        // udisks: mounts and drives, in the journal.
        name: "udisks",
        header: journal_header,
        events: &[
            ("udisksd", r#"Mounted /dev/{sdb1|sdc1|nvme1n1p1} at /media/{user}/{USB|BACKUP|DATA} on behalf of uid {1000|1001}"#),
            ("udisksd", r#"Unmounted /dev/{sdb1|sdc1} on behalf of uid {1000|1001}"#),
            ("udisksd", r#"Cleaning up mount point /media/{user}/{USB|BACKUP} (device 8:{small} is not mounted)"#),
            ("udisksd", r#"Error performing housekeeping for drive /org/freedesktop/UDisks2/drives/{drivename}: Error updating SMART data: Error sending ATA command IDENTIFY DEVICE: Unexpected sense data returned"#),
            ("udisksd", r#"udisks daemon version 2.10.{small} starting"#),
            ("udisksd", r#"Acquired the name org.freedesktop.UDisks2 on the system message bus"#),
        ],
    },
    Format {
        // RealtimeKit: threads given real-time priority, in the journal.
        name: "rtkit",
        header: journal_header,
        events: &[
            ("rtkit-daemon", r#"Successfully made thread {n} of process {n2} ({/usr/bin/pipewire|/usr/bin/pulseaudio|/usr/bin/wireplumber}) owned by '{1000|1001}' high priority at nice level -11."#),
            ("rtkit-daemon", r#"Successfully made thread {n} of process {n2} owned by '{1000|1001}' RT at priority {small}."#),
            ("rtkit-daemon", r#"Supervising {small} threads of {small2} processes of {small3} users."#),
            ("rtkit-daemon", r#"Recovering from system lockup, not allowing further RT threads."#),
            ("rtkit-daemon", r#"Demoting known real-time threads."#),
        ],
    },
    Format {
        // GoCD's server: the time, the level, the thread in brackets, the class and line.
        name: "gocd",
        header: gocd_header,
        events: &[
            ("INFO|ThreadPoolTaskScheduler-1|BuildAssignmentService:163", r#"[Agent Interaction] Assigned job [{gopipe}/{n}/{build|test|deploy}/1/{unit|compile}] to agent [Agent [hostName={hostname}, ipAddress={ip}, uuid={uuid}]]"#),
            ("INFO|qtp1288-43|AgentRegistrationController:112", r#"[Agent Auto Registration] Auto registering agent with uuid {uuid}"#),
            ("WARN|ThreadPoolTaskScheduler-1|MaterialDatabaseUpdater:101", r#"[Material Update] Modification check failed for material: URL: https://github.com/example/{gopipe}.git, Branch: main"#),
            ("INFO|ThreadPoolTaskScheduler-1|PipelineScheduler:87", r#"[Pipeline Schedule] Scheduling pipeline {gopipe}"#),
            ("ERROR|MessageListener for WorkFinder|JMSMessageListenerAdapter:83", r#"Exception thrown in message handling by listener com.thoughtworks.go.server.messaging.scheduling.WorkFinder@{hex}"#),
            ("INFO|main|Jetty9Server:183", r#"Jetty server started on port 8153"#),
        ],
    },
    Format {
        // CFEngine's agent: the time with its offset, the level right-aligned.
        name: "cfengine",
        header: cfengine_header,
        events: &[
            ("info", r#"Updated rendering of '{cfpath}' from mustache template '{cfpath}.mustache'"#),
            ("info", r#"Executing 'no timeout' ... '/bin/systemctl restart {unit}'"#),
            ("info", r#"Completed execution of '/bin/systemctl restart {unit}'"#),
            ("error", r#"Method '{cfbundle}' failed in some repairs"#),
            ("notice", r#"Q: ".../bin/apt-get": E: Unable to locate package {debpkg}"#),
            ("info", r#"Installed package '{debpkg}'"#),
        ],
    },
    Format {
        // Sphinx's searchd: a ctime to the millisecond in brackets, the process in brackets.
        name: "sphinx",
        header: sphinx_header,
        events: &[
            ("x", r#"accepting connections"#),
            ("x", r#"rotating index '{index}': started"#),
            ("x", r#"rotating index '{index}': success"#),
            ("x", r#"WARNING: index '{index}': preload: failed to open {path}.spa: No such file or directory; NOT SERVING"#),
            ("x", r#"caught SIGHUP (seamless=1, in_rotate=0, need_rotate=0)"#),
            ("x", r#"WARNING: last message repeated {small} times"#),
            ("x", r#"prereading {small} indexes"#),
            ("x", r#"preread {small} indexes in {float} sec"#),
        ],
    },
    Format {
        // Ghost: the time in brackets, the level, each request on one line.
        name: "ghost",
        header: steam_header,
        events: &[
            ("x", r#"INFO "GET /ghost/api/admin/{site|settings|users/me}/" 200 {small}ms"#),
            ("x", r#"INFO "POST /ghost/api/admin/posts/" 201 {n}ms"#),
            ("x", r#"INFO "GET /{blogslug}/" {200|304} {small}ms"#),
            ("x", r#"INFO Ghost booted in {float}s"#),
            ("x", r#"INFO Adding offloaded job to the inline job queue"#),
            ("x", r#"INFO Ghost server started in {float}s"#),
        ],
    },
    Format {
        // Strapi: the clock in brackets, the logger, each request with its time and status.
        name: "strapi",
        header: bracketed_clock_header,
        events: &[
            ("x", r#"http: GET /api/{articles|categories|authors}?populate=* ({small} ms) 200"#),
            ("x", r#"http: POST /admin/login ({n} ms) {200|400}"#),
            ("x", r#"info: Project information"#),
            ("x", r#"error: Forbidden access"#),
            ("x", r#"info: Shutting down Strapi"#),
            ("x", r#"http: GET /uploads/{webfile} ({small} ms) 404"#),
        ],
    },
    Format {
        // PostgREST: an access log's time and a colon, then what the server did.
        name: "postgrest",
        header: postgrest_header,
        events: &[
            ("x", r#"Attempting to connect to the database..."#),
            ("x", r#"Connection successful"#),
            ("x", r#"Listening on port 3000"#),
            ("x", r#"Config reloaded"#),
            ("x", r#"Schema cache loaded"#),
            ("x", r#"Listening for notifications on the pgrst channel"#),
            ("x", r#"Failed to load the schema cache. {FATAL:  password authentication failed for user "authenticator"|connection refused}"#),
        ],
    },
    Format {
        // Emby: the time, the level as a word and the component.
        name: "emby",
        header: emby_header,
        events: &[
            ("Info App", r#"Sqlite: 3.{small}.0"#),
            ("Info HttpServer", r#"HTTP GET http://{ip}:8096/emby/Sessions/Playing/Progress. UserAgent: {Emby Theater|Roku|Mozilla/5.0}"#),
            ("Info HttpServer", r#"HTTP Response 204 to {ip}. Time: {small}ms. http://{ip}:8096/emby/Sessions/Playing/Progress"#),
            ("Info SessionManager", r#"Playback stopped reported by app {Emby Web|Emby Theater} 4.{small}.0 playing {movie}. Stopped at {n} ms"#),
            ("Error App", r#"Error in ffmpeg log message handler"#),
            ("Info TaskManager", r#"{Scan media library|Refresh people|Chapter image extraction} Completed after {small} minute(s) and {small2} seconds"#),
        ],
    },
    Format {
        // Mailman 3: a date with the year after the clock, the process in parentheses.
        name: "mailman",
        header: mailman_header,
        events: &[
            ("x", r#"ACCEPT: <{hex}@{maildomain}>"#),
            ("x", r#"HOLD: {listname}@lists.example.com post from {email} held, message-id=<{hex}@{maildomain}>: The message is not from a list member"#),
            ("x", r#"{listname}@lists.example.com: new {email}, {user} (via web confirmation)"#),
            ("x", r#"{listname}@lists.example.com: deleted {email}"#),
            ("x", r#"<{hex}@{maildomain}> smtp to {listname}@lists.example.com for {small} recips, completed in {float} seconds"#),
            ("x", r#"Cannot connect to SMTP server localhost on port 25"#),
        ],
    },
    Format {
        // MiniDLNA: the time in brackets, the source file and line, the level.
        name: "minidlna",
        header: minidlna_header,
        events: &[
            ("minidlna.c:1126 warn", r#"Starting MiniDLNA version 1.3.{small}."#),
            ("scanner.c:731 warn", r#"Scanning {/srv/media|/srv/music|/srv/photos}"#),
            ("scanner.c:818 warn", r#"Scanning {/srv/media|/srv/music|/srv/photos} finished ({n} files)!"#),
            ("metadata.c:511 error", r#"Error parsing {path}: Invalid data found when processing input"#),
            ("inotify.c:167 warn", r#"WARNING: Inotify max_user_watches [{n}] is low or close to the number of used watches [{n2}] and I do not have permission to increase this limit."#),
            ("upnphttp.c:1093 error", r#"Unsupported method {HEAD|PUT|DELETE}"#),
        ],
    },
    Format {
        // Liquidsoap: the time, then the module and its level in brackets.
        name: "liquidsoap",
        header: liquidsoap_header,
        events: &[
            ("main:3", r#"Liquidsoap 2.2.{small}"#),
            ("playlist:3", r#"Loading playlist..."#),
            ("radio:3", r#"Prepared "/music/{track}.mp3" (RID {n})."#),
            ("icecast:2", r#"Connection failed: could not connect to host: Connection refused!"#),
            ("icecast:3", r#"Will try again in {small}.00 sec."#),
            ("clock.main:3", r#"Streaming loop starts in auto-sync mode"#),
            ("threads:3", r#"Created thread "{generic queue #1|non-blocking queue #2}" ({small} total)."#),
        ],
    },
    Format {
        // Snapcast's server: a time with dashes in the clock, the level and the tag.
        name: "snapcast",
        header: snapcast_header,
        events: &[
            ("Notice Server", r#"Hello from {ip}, host: {roomhost}, v0.27.0, ClientName: Snapclient, OS: {Debian GNU/Linux 12|Raspbian GNU/Linux 11|Android}, Arch: {aarch64|x86_64|armv7l}, Protocol version: 2"#),
            ("Info Server", r#"StreamServer::NewConnection: {ip}"#),
            ("Error StreamServer", r#"Error in socket shutdown: Transport endpoint is not connected"#),
            ("Info PcmStream", r#"Stream: {Spotify|default|Airplay}, requested state: {playing|idle}"#),
            ("Notice Server", r#"Client {ip} disconnected"#),
        ],
    },
    Format {
        // UnrealIRCd's JSON-era text log: the event's ID and level, then its message.
        name: "unrealircd",
        header: bracketed_time_header,
        events: &[
            ("x", r#"connect.LOCAL_CLIENT_CONNECT [info] Client connecting: {user} (~{user}@{ip}) [port {6667|6697}] {{clients|users|tor}}"#),
            ("x", r#"connect.LOCAL_CLIENT_DISCONNECT [info] Client exiting: {user} (~{user}@{ip}) [{ip}] (Quit: {Leaving|Client closed connection|Ping timeout})"#),
            ("x", r#"flood.FLOOD_BLOCKED [info] Flood blocked ({small} joins in {small2} seconds) on channel #{channame}"#),
            ("x", r#"link.LINK_CONNECTED [info] Server linked: {ircserver} -> irc.example.net"#),
            ("x", r#"tkl.TKL_ADD [info] G-Line added: '*@{ip}' [reason: {Spamming|Flooding}] [by: {user}] [duration: 1d]"#),
            ("x", r#"nick.NICK_COLLISION [warn] Nick collision on {user}"#),
        ],
    },
    Format {
        // ZNC: the clock in brackets, the user and network in parentheses.
        name: "znc",
        header: bracketed_clock_header,
        events: &[
            ("x", r#"({user}/{libera|oftc|efnet}) Connected!"#),
            ("x", r#"({user}/{libera|oftc|efnet}) Disconnected from IRC. Reconnecting..."#),
            ("x", r#"({user}/{libera|oftc}) Error from server: Closing Link: {ip} (Ping timeout: {small}0 seconds)"#),
            ("x", r#"[{user}] connected to ZNC from {ip}"#),
            ("x", r#"[{user}] disconnected from ZNC from {ip}"#),
            ("x", r#"({user}/{libera|oftc}) Trying to connect to [irc.{libera|oftc}.net +6697]"#),
        ],
    },
    Format {
        // Circus (Mozilla's process manager): the time, its name and process, the level.
        name: "circus",
        header: circus_header,
        events: &[
            ("INFO", r#"Arbiter now waiting for commands"#),
            ("INFO", r#"{webapp|worker|celery} started"#),
            ("INFO", r#"{webapp|worker|celery} stopped"#),
            ("INFO", r#"Spawning {small} new processes for {webapp|worker}"#),
            ("ERROR", r#"{webapp|worker}: process {n} died, restarting"#),
            ("INFO", r#"Starting master on pid {n}"#),
            ("INFO", r#"sockets started"#),
        ],
    },
    Format {
        // nslcd: each request's ID in brackets and what it looked up, in the journal.
        name: "nslcd",
        header: journal_header,
        events: &[
            ("nslcd", r#"[{nsreq}] <{passwd|group/member|shadow}="{user}"> ldap_result() failed: Can't contact LDAP server"#),
            ("nslcd", r#"[{nsreq}] <authc="{user}"> cn={user},ou=people,dc=example,dc=com: Invalid credentials"#),
            ("nslcd", r#"[{nsreq}] <passwd="{user}"> request denied by validnames option"#),
            ("nslcd", r#"accepting connections"#),
            ("nslcd", r#"version 0.9.{small} starting"#),
            ("nslcd", r#"failed to bind to LDAP server ldap://{ldaphost}/: Can't contact LDAP server: Connection refused"#),
            ("nslcd", r#"connected to LDAP server ldap://{ldaphost}"#),
        ],
    },
    Format {
        // systemd-udevd: devices, rules and interface names, in the journal.
        name: "udevd",
        header: journal_header,
        events: &[
            ("systemd-udevd", r#"{sdb|sdc|nvme1n1}: Process '/usr/lib/udev/{udevprog}' failed with exit code {small}."#),
            ("systemd-udevd", r#"{eth0|eth1}: Failed to rename network interface {small} from '{eth0|eth1}' to '{enp3s0|eno1}': Device or resource busy"#),
            ("systemd-udevd", r#"{usb1|1-1|2-3.1}: Worker [{n}] processing SEQNUM={n2} is taking a long time"#),
            ("systemd-udevd", r#"Using default interface naming scheme 'v{249|252|255}'."#),
            ("systemd-udevd", r#"{sda|sdb}: /etc/udev/rules.d/{60-scheduler|99-custom}.rules:{small} Invalid value "{none|mq-deadline}" for ATTR (char {small2}), ignoring."#),
        ],
    },
    Format {
        // lograge (Mastodon's Rails): the request's ID, then one request as key=value pairs.
        name: "lograge",
        header: lograge_header,
        events: &[
            ("x", r#"method=GET path=/api/v1/timelines/home format=json controller=Api::V1::Timelines::HomeController action=show status=200 duration={float} view={float2} db={float3}"#),
            ("x", r#"method=GET path=/api/v1/accounts/{n}/statuses format=json controller=Api::V1::Accounts::StatusesController action=index status=200 duration={float} view={float2} db={float3}"#),
            ("x", r#"method=POST path=/api/v1/statuses format=json controller=Api::V1::StatusesController action=create status={200|422} duration={float} view={float2} db={float3}"#),
            ("x", r#"method=GET path=/@{user} format=html controller=AccountsController action=show status={200|404} duration={float} view={float2} db={float3}"#),
            ("x", r#"method=POST path=/inbox format=*/* controller=ActivityPub::InboxesController action=create status=202 duration={float} view=0.00 db={float2}"#),
        ],
    },
    Format {
        // pppd: a modem's link coming up and going down, in the journal.
        name: "pppd",
        header: journal_header,
        events: &[
            ("pppd", r#"Connect: ppp0 <--> /dev/{ttyUSB0|ttyACM0}"#),
            ("pppd", r#"local  IP address {ip}"#),
            ("pppd", r#"remote IP address {ip}"#),
            ("pppd", r#"primary   DNS address {ip}"#),
            ("pppd", r#"secondary DNS address {ip}"#),
            ("pppd", r#"LCP terminated by peer"#),
            ("pppd", r#"Connect time {float} minutes."#),
            ("pppd", r#"Sent {n} bytes, received {n2} bytes."#),
            ("pppd", r#"Modem hangup"#),
        ],
    },
    Format {
        // ZoneMinder: the daemon and monitor, the level, the source file; the message in brackets.
        name: "zoneminder",
        header: zoneminder_header,
        events: &[
            ("zmc INF zm_monitor.cpp/3100", r#"[{camera}: {n} - Capturing at {float} fps, capturing bandwidth {n2}bytes/sec]"#),
            ("zma INF zm_monitor.cpp/2920", r#"[{camera}: {n} - Analysing at {float} fps]"#),
            ("zma INF zm_monitor.cpp/1540", r#"[{camera}: {n} - Gone into alarm state]"#),
            ("zma INF zm_monitor.cpp/1610", r#"[{camera}: {n} - Left alarm state ({n2}) - {small} images]"#),
            ("zmc ERR zm_ffmpeg_camera.cpp/311", r#"[Unable to open input rtsp://{ip}:554/stream1 due to: Connection timed out]"#),
            ("zmc WAR zm_monitor.cpp/2741", r#"[Signal lost on {camera}]"#),
        ],
    },
    Format {
        // Azure Functions' host: the time and the level in brackets.
        name: "azure_functions",
        header: azure_functions_header,
        events: &[
            ("Information", r#"Executing 'Functions.{azfunc}' (Reason='This function was programmatically called via the host APIs.', Id={uuid})"#),
            ("Information", r#"Executed 'Functions.{azfunc}' (Succeeded, Id={uuid}, Duration={n}ms)"#),
            ("Error", r#"Executed 'Functions.{azfunc}' (Failed, Id={uuid}, Duration={n}ms)"#),
            ("Information", r#"Host lock lease acquired by instance ID '{hex}{hex2}{hex3}{hex4}'."#),
            ("Information", r#"Worker process started and initialized."#),
            ("Information", r#"Job host started"#),
            ("Warning", r#"Function '{azfunc}' exceeded the timeout of {small} minutes."#),
        ],
    },
    Format {
        // Azure Pipelines' job log: a time with seven places, then the agent's markers.
        name: "azure_pipelines",
        header: actions_header,
        events: &[
            ("x", r#"##[section]Starting: {pipestep}"#),
            ("x", r#"##[section]Finishing: {pipestep}"#),
            ("x", r#"##[command]/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/{uuid}.sh"#),
            ("x", r#"##[error]Bash exited with code '{small}'."#),
            ("x", r#"##[warning]Task '{azuretask}' version {small} is deprecated."#),
            ("x", r#"Downloading task: {azuretask} ({small}.{small2}.{n})"#),
            ("x", r#"Agent name: 'Hosted Agent {small}'"#),
        ],
    },
    Format {
        // sbt: each line's level in brackets, with no time.
        name: "sbt",
        header: hms_header,
        events: &[
            ("-", r#"[info] welcome to sbt 1.{small}.{small2} (Eclipse Adoptium Java 17.0.{small3})"#),
            ("-", r#"[info] loading project definition from /app/project"#),
            ("-", r#"[info] compiling {n} Scala sources to /app/target/scala-2.13/classes ..."#),
            ("-", r#"[warn] /app/src/main/scala/{scalafile}:{n}:{small}: match may not be exhaustive."#),
            ("-", r#"[error] /app/src/main/scala/{scalafile}:{n}:{small}: not found: value {cvar}"#),
            ("-", r#"[success] Total time: {small} s, completed Nov {day}, 2026, {ampm}"#),
            ("-", r#"[info] Tests: succeeded {n}, failed {small}, canceled 0, ignored {small2}, pending 0"#),
        ],
    },
    Format {
        // MSBuild (`dotnet build`): compiler diagnostics with the project, and the summary.
        name: "msbuild",
        header: hms_header,
        events: &[
            ("-", r#"{csfile}({n},{small}): warning CS0168: The variable '{cvar}' is declared but never used [/src/{csproj}/{csproj}.csproj]"#),
            ("-", r#"{csfile}({n},{small}): error CS0246: The type or namespace name '{class}' could not be found (are you missing a using directive or an assembly reference?) [/src/{csproj}/{csproj}.csproj]"#),
            ("-", r#"  {csproj} -> /src/{csproj}/bin/Release/net8.0/{csproj}.dll"#),
            ("-", r#"  Restored /src/{csproj}/{csproj}.csproj (in {n} ms)."#),
            ("-", r#"  Determining projects to restore..."#),
            ("-", r#"Build succeeded."#),
            ("-", r#"    {small} Warning(s)"#),
            ("-", r#"    {small} Error(s)"#),
            ("-", r#"Time Elapsed 00:00:{mmss}.{small}"#),
        ],
    },
    Format {
        // flake8: a file's line and column, the check's code and its message.
        name: "flake8",
        header: hms_header,
        events: &[
            ("-", r#"{pyfile}:{n}:{small}: E501 line too long ({n2} > 79 characters)"#),
            ("-", r#"{pyfile}:{n}:{small}: F401 '{pypkg}' imported but unused"#),
            ("-", r#"{pyfile}:{n}:{small}: E302 expected 2 blank lines, found {small2}"#),
            ("-", r#"{pyfile}:{n}:{small}: W291 trailing whitespace"#),
            ("-", r#"{pyfile}:{n}:{small}: F841 local variable '{cvar}' is assigned to but never used"#),
            ("-", r#"{pyfile}:{n}:{small}: E711 comparison to None should be 'if cond is None:'"#),
        ],
    },
    Format {
        // Windows' setupapi.dev.log: sections opened and closed, each step's time after it.
        name: "setupapi",
        header: hms_header,
        events: &[
            ("-", r#">>>  [Device Install (Hardware initiated) - USB\{usbid}\{hex}{hex2}]"#),
            ("-", r#">>>  Section start 2026/11/{day} {hms}.{small}"#),
            ("-", r#"     dvi: {Build Driver List} {hms}.{n}"#),
            ("-", r#"     dvi: {DIF_SELECTBESTCOMPATDRV} {hms}.{n}"#),
            ("-", r#"     ndv: Installing device..."#),
            ("-", r#"<<<  Section end 2026/11/{day} {hms}.{small}"#),
            ("-", r#"<<<  [Exit status: SUCCESS]"#),
            ("-", r#"!!!  dvi: Device not started: Device has problem: 0x{hex}: CM_PROB_FAILED_START."#),
        ],
    },
    Format {
        // OctoPrint's serial.log: what went to a Marlin printer and what came back.
        name: "marlin_serial",
        header: marlin_header,
        events: &[
            ("x", r#"Send: N{n} G1 X{float} Y{float2} E{float3}*{small}"#),
            ("x", r#"Recv: ok"#),
            ("x", r#"Send: M105"#),
            ("x", r#"Recv:  T:{float} /210.00 B:{float2} /60.00 @:{small} B@:{small2}"#),
            ("x", r#"Recv: echo:busy: processing"#),
            ("x", r#"Changing monitoring state from "{Operational|Printing}" to "{Printing|Finishing}""#),
            ("x", r#"Recv: Error:Heating failed, system stopped! Heater_ID: {0|bed}"#),
        ],
    },
    Format {
        // Lighthouse (an Ethereum consensus client): a message padded to a column, then fields.
        name: "lighthouse",
        header: lighthouse_header,
        events: &[
            ("INFO", r#"Synced                                  peers: "{small}", exec_hash: "{ethroot} (verified)", finalized_root: {ethroot2}, finalized_epoch: {n}, epoch: {n2}, block: "{ethroot3}", slot: {n3}, service: slot_notifier"#),
            ("INFO", r#"New block received                      root: 0x{hex}{hex2}, slot: {n}"#),
            ("WARN", r#"Execution endpoint is not synced        last_seen_block_unix_timestamp: {epoch}, endpoint: http://localhost:8551/, auth=true, service: deposit_contract_rpc"#),
            ("INFO", r#"Sync state updated                      new_state: Synced, old_state: Syncing Finalized Chain, service: sync"#),
            ("WARN", r#"Low peer count                          peer_count: {small}, service: slot_notifier"#),
            ("INFO", r#"Successfully published block            slot: {n}, proposer_index: {n2}"#),
        ],
    },
    Format {
        // CometBFT (Tendermint): a level letter glued to the time, a padded message, key=value.
        name: "cometbft",
        header: cometbft_header,
        events: &[
            ("I", r#"executed block                               module=state height={n} num_valid_txs={small} num_invalid_txs=0"#),
            ("I", r#"committed state                              module=state height={n} num_txs={small} app_hash={hex}{hex2}"#),
            ("I", r#"Timed out                                    module=consensus dur={float}ms height={n} round=0 step={RoundStepPropose|RoundStepPrevoteWait}"#),
            ("E", r#"dialing failed (attempts: {small}): dial tcp {ipport}: i/o timeout module=pex addr={hex}{hex2}@{ipport}"#),
            ("I", r#"Ensure peers                                 module=pex numOutPeers={small} numInPeers={small2} numDialing=0 numToDial={small3}"#),
            ("I", r#"indexed block events                         module=txindex height={n}"#),
        ],
    },
    Format {
        // TensorFlow's C++ runtime: the time to the microsecond, the level letter and the file.
        name: "tensorflow",
        header: tensorflow_header,
        events: &[
            ("I tensorflow/core/platform/cpu_feature_guard.cc:182", r#"This TensorFlow binary is optimized to use available CPU instructions in performance-critical operations."#),
            ("I external/local_xla/xla/stream_executor/cuda/cuda_executor.cc:901", r#"successful NUMA node read from SysFS had negative value (-1), but there must be at least one NUMA node, so returning NUMA node zero."#),
            ("I tensorflow/core/common_runtime/gpu/gpu_device.cc:1929", r#"Created device /job:localhost/replica:0/task:0/device:GPU:{gpu} with {n} MB memory:  -> device: {gpu}, name: NVIDIA A100-SXM4-40GB, pci bus id: 0000:{pcibus}:00.0, compute capability: 8.0"#),
            ("W tensorflow/core/framework/op_kernel.cc:1839", r#"OP_REQUIRES failed at xla_ops.cc:574 : RESOURCE_EXHAUSTED: Out of memory while trying to allocate {n} bytes."#),
            ("I tensorflow/compiler/xla/service/service.cc:168", r#"XLA service 0x{hex} initialized for platform CUDA (this does not guarantee that XLA will be used). Devices:"#),
            ("I external/local_tsl/tsl/profiler/lib/profiler_session.cc:104", r#"Profiler session initializing."#),
            ("W tensorflow/core/kernels/data/generator_dataset_op.cc:108", r#"Error occurred when finalizing GeneratorDataset iterator: FAILED_PRECONDITION: Python interpreter state is not initialized. The process may be terminated."#),
        ],
    },
    Format {
        // Apptainer (Singularity): the level and a colon, padded to one width.
        name: "apptainer",
        header: apptainer_header,
        events: &[
            ("INFO", r#"Converting SIF file to temporary sandbox..."#),
            ("INFO", r#"Cleaning up image..."#),
            ("INFO", r#"Using cached SIF image"#),
            ("INFO", r#"Fetching OCI image..."#),
            ("WARNING", r#"Skipping mount /etc/localtime [binds]: /etc/localtime doesn't exist in container"#),
            ("FATAL", r#"container creation failed: mount /proc/self/fd/{small}->/var/lib/apptainer/mnt/session/rootfs error: while mounting image /proc/self/fd/{small}: failed to find loop device: no loop devices available"#),
            ("WARNING", r#"While bind mounting '{path}:{path}': destination is already in the mount point list"#),
        ],
    },
    Format {
        // An HP ProCurve switch's event log: the severity, the date, the time and the event's ID.
        name: "procurve",
        header: procurve_header,
        events: &[
            ("I 00076", r#"ports: port {small} is now on-line"#),
            ("I 00077", r#"ports: port {small} is now off-line"#),
            ("I 00435", r#"ports: port {small} is Blocked by STP"#),
            ("W 00331", r#"FFI: port {small}-Excessive undersized/giant packets. See help."#),
            ("I 00179", r#"mgr: SME CONSOLE Session - MANAGER Mode"#),
            ("I 00064", r#"ports: trunk Trk{small} is now on-line"#),
            ("I 00025", r#"ip: VLAN{small}: ip address {ip}/24 configured on vlan {small}"#),
        ],
    },
    Format {
        // Synology DSM's exported log: the level, the time and the category, split by tabs.
        name: "synology",
        header: synology_header,
        events: &[
            ("Info System", r#"User [{user}] logged in from [{ip}] via [{DSM|SMB|SSH}]."#),
            ("Warning System", r#"User [{user}] from [{ip}] failed to log in via [{DSM|SSH}] due to authorization failure."#),
            ("Info Connection", r#"User [{user}] from [{ip}] logged out the server via [{DSM|SMB}]."#),
            ("Err System", r#"Volume [{small}] was degraded."#),
            ("Info System", r#"Scheduled task [{taskname}] completed."#),
            ("Info System", r#"System successfully backed up [{taskname}] to [{bucket}]."#),
        ],
    },
    Format {
        // Phusion Passenger's core: the level letter, the time, the process and thread, the file.
        name: "passenger",
        header: passenger_header,
        events: &[
            ("N age/Cor/CoreMain.cpp:1234", r#"Passenger core online, PID {n}"#),
            ("N age/Cor/SecurityUpdateChecker.h:519", r#"Security update check: no update found (next check in 24 hours)"#),
            ("W age/Cor/Spawning/SmartSpawner.h:1048", r#"Could not spawn process for application /var/www/{app} (production): An error occurred while starting the web application."#),
            ("N age/Cor/CoreMain.cpp:1325", r#"Checking whether to disconnect long-running connections for process {n}, application /var/www/{app} (production)"#),
            ("I age/Cor/Controller/Hooks.cpp:98", r#"Disconnecting client with error: client socket write error: Broken pipe (errno=32)"#),
        ],
    },
    Format {
        // CodeIgniter 3: the level, the time and an arrow.
        name: "codeigniter",
        header: codeigniter_header,
        events: &[
            ("ERROR", r#"Severity: Warning --> Undefined variable: {cvar} /var/www/application/controllers/{class}.php {n}"#),
            ("ERROR", r#"404 Page Not Found: {webfile}"#),
            ("ERROR", r#"Query error: Table '{db}.{table}' doesn't exist - Invalid query: SELECT * FROM {table} WHERE id = {n}"#),
            ("INFO", r#"Config Class Initialized"#),
            ("INFO", r#"Router Class Initialized"#),
            ("INFO", r#"Final output sent to browser"#),
            ("DEBUG", r#"Total execution time: {float}"#),
        ],
    },
    Format {
        // Yii 2: the time, the client's address, the user, the session, the level and category.
        name: "yii",
        header: yii_header,
        events: &[
            (r"error yii\db\Exception", r#"SQLSTATE[HY000] [2002] Connection refused"#),
            (r"error yii\web\HttpException:404", r#"yii\base\InvalidRouteException: Unable to resolve the request "{webfile}". in /app/vendor/yiisoft/yii2/base/Module.php:561"#),
            (r"info yii\db\Command::query", r#"SELECT * FROM `{table}` WHERE `id`={n}"#),
            (r"info yii\web\Session::open", r#"Session started"#),
            (r"error yii\web\HttpException:403", r#"yii\web\ForbiddenHttpException: You are not allowed to perform this action. in /app/vendor/yiisoft/yii2/filters/AccessControl.php:160"#),
        ],
    },
    Format {
        // OpenResty: nginx's error log with Lua's errors and the request it was serving.
        name: "openresty",
        header: nginx_header,
        events: &[
            ("error", r#"*{n} lua entry thread aborted: runtime error: /etc/nginx/lua/{luafile}.lua:{n2}: attempt to index local '{cvar}' (a nil value)"#),
            ("error", r#"*{n} [lua] {luafile}.lua:{n2}: failed to connect to redis: connection refused, client: {ip}, server: api.example.com, request: "GET {path} HTTP/1.1", host: "api.example.com""#),
            ("warn", r#"*{n} [lua] {luafile}.lua:{n2}: rate limit exceeded for {ip}, client: {ip}, server: api.example.com, request: "POST {path} HTTP/1.1", host: "api.example.com""#),
            ("notice", r#"signal process started"#),
            ("error", r#"*{n} lua tcp socket read timed out, client: {ip}, server: api.example.com, request: "GET {path} HTTP/1.1", subrequest: "/auth", host: "api.example.com""#),
        ],
    },
    Format {
        // Perl's warnings and dies: the message, then the script and line.
        name: "perl",
        header: hms_header,
        events: &[
            ("-", r#"Use of uninitialized value ${cvar} in concatenation (.) or string at /usr/local/bin/{plscript} line {n}."#),
            ("-", r#"Use of uninitialized value in numeric eq (==) at /usr/local/lib/perl5/{plmod} line {n}."#),
            ("-", r#"DBD::Pg::st execute failed: ERROR:  duplicate key value violates unique constraint "{table}_pkey" at /usr/local/lib/perl5/{plmod} line {n}."#),
            ("-", r#"Can't locate object method "{cfunc}" via package "{plpkg}" at /usr/local/bin/{plscript} line {n}."#),
            ("-", r#"Argument "{user}" isn't numeric in addition (+) at /usr/local/bin/{plscript} line {n}."#),
            ("-", r#"Deep recursion on subroutine "main::{cfunc}" at /usr/local/bin/{plscript} line {n}."#),
        ],
    },
    Format {
        // Minecraft's Bedrock server: the time with a colon before the milliseconds, the level.
        name: "bedrock",
        header: bedrock_header,
        events: &[
            ("INFO", r#"Player connected: {user}, xuid: {xuid}"#),
            ("INFO", r#"Player disconnected: {user}, xuid: {xuid}, pfid: {hex}{hex2}"#),
            ("INFO", r#"Player Spawned: {user} xuid: {xuid}, pfid: {hex}{hex2}"#),
            ("INFO", r#"Running AutoCompaction..."#),
            ("INFO", r#"Server started."#),
            ("INFO", r#"IPv4 supported, port: 19132: Used for gameplay and LAN discovery"#),
        ],
    },
    Format {
        // ExternalDNS (logrus): the changes it plans and makes in a DNS zone.
        name: "external_dns",
        header: logrus_header,
        events: &[
            ("info", r#"msg="Applying provider record filter for domains: [{zone}. .{zone}.]""#),
            ("info", r#"msg="Desired change: {CREATE|UPSERT|DELETE} {hostname}.{zone} {A|TXT} [Id: /hostedzone/Z{hex}]""#),
            ("info", r#"msg="{small} record(s) in zone {zone}. [Id: /hostedzone/Z{hex}] were successfully updated""#),
            ("info", r#"msg="All records are already up to date""#),
            ("error", r#"msg="Failed to do run once: records retrieval failed: failed to list hosted zones: ThrottlingException: Rate exceeded, request id: {uuid}""#),
        ],
    },
    Format {
        // dpkg.log: what dpkg did to each package, with its architecture and versions.
        name: "dpkg",
        header: exim_header,
        events: &[
            ("x", r#"startup archives unpack"#),
            ("x", r#"startup packages configure"#),
            ("x", r#"install {debpkg}:{amd64|all} <none> {debver}"#),
            ("x", r#"upgrade {debpkg}:{amd64|all} {debver} {debver2}"#),
            ("x", r#"status {unpacked|half-configured|installed|half-installed} {debpkg}:{amd64|all} {debver}"#),
            ("x", r#"configure {debpkg}:{amd64|all} {debver} <none>"#),
            ("x", r#"trigproc {man-db|libc-bin|systemd}:amd64 {debver} <none>"#),
            ("x", r#"remove {debpkg}:{amd64|all} {debver} <none>"#),
        ],
    },
    Format {
        // Jackett: the month and day, the time, the level; searches against each indexer.
        name: "jackett",
        header: jackett_header,
        events: &[
            ("Info", r#"Torznab search in {indexer} for Q: "{movie}" => Found {small} (from cache: {small2}) releases [{n}ms]"#),
            ("Info", r#"Starting Jackett v0.22.{n}"#),
            ("Error", r#"Jackett.Common.IndexerException: Exception ({indexer}): The remote server returned an error: (403) Forbidden."#),
            ("Warn", r#"Request to {indexer} failed with status code: {429|503}"#),
            ("Info", r#"Jackett startup finished in {float} s"#),
        ],
    },
    Format {
        // calibre-web: the time in brackets, the level, the module and line in braces.
        name: "calibre_web",
        header: calibre_web_header,
        events: &[
            ("INFO cps.server:198", r#"Starting Gevent server on :8083"#),
            ("WARNING cps.web:1312", r#"Login failed for user "{user}" IP-address: {ip}"#),
            ("INFO cps.web:1351", r#"User {user} logged in"#),
            ("ERROR cps.helper:987", r#"Send-to-eReader failed: SMTP server not configured"#),
            ("WARNING cps.updater:234", r#"Update check failed: HTTPSConnectionPool(host='api.github.com', port=443): Read timed out. (read timeout={small})"#),
        ],
    },
    Format {
        // SOGo: its requests and logins, through syslog.
        name: "sogo",
        header: sogo_header,
        events: &[
            ("x", r#"{ip} "POST /SOGo/so/{user}@example.com/Mail/0/folderINBOX/view HTTP/1.1" 200 {n}/{small} {float} - - 0"#),
            ("x", r#"SOGoRootPage successful login from '{ip}' for user '{user}' - expire = -1  grace = -1"#),
            ("x", r#"SOGoRootPage Login from '{ip}' for user '{user}' might not have worked - password policy: 65535  grace: -1  expire: -1  bound: 0"#),
            ("x", r#"[ERROR] <0x0x{hex}[SOGoMailAccount]> IMAP connection failed to imap://{ip}:143/?tls=YES: connection refused"#),
            ("x", r#"[WARN] <0x0x{hex}[NGImap4Connection]> IMAP4 SELECT failed for folder INBOX/{listname}"#),
        ],
    },
    Format {
        // Windows' DHCP server audit log: comma-separated, the event's ID first.
        name: "windows_dhcp",
        header: hms_header,
        events: &[
            ("-", r#"10,11/{day}/26,{hms},Assign,{ip},{winhost}.corp.local,{mactwelve},,{n},0,,,,0x4D53465420352E30,MSFT 5.0,,,,0"#),
            ("-", r#"11,11/{day}/26,{hms},Renew,{ip},{winhost}.corp.local,{mactwelve},,{n},0,,,,,,,,,0"#),
            ("-", r#"12,11/{day}/26,{hms},Release,{ip},{winhost}.corp.local,{mactwelve},,{n},0,,,,,,,,,0"#),
            ("-", r#"30,11/{day}/26,{hms},DNS Update Request,{ip},{winhost}.corp.local,,,0,6,,,,,,,,,0"#),
            ("-", r#"32,11/{day}/26,{hms},DNS Update Successful,{ip},{winhost}.corp.local,,,0,6,,,,,,,,,0"#),
            ("-", r#"24,11/{day}/26,{hms},Database Cleanup Begin,,,,,0,6,,,,,,,,,0"#),
        ],
    },
    Format {
        // The kernel's machine-check and EDAC reports of hardware errors.
        name: "edac",
        header: kernel_header,
        events: &[
            ("x", r#"EDAC MC{small}: {small2} CE memory read error on CPU_SrcID#{small3}_Ha#0_Chan#{small4}_DIMM#0 (channel:{small4} slot:0 page:0x{hex} offset:0x0 grain:32 syndrome:0x0 - area:DRAM err_code:0001:0091 socket:{small3} ha:0 channel_mask:{small5} rank:{small6})"#),
            ("x", r#"mce: [Hardware Error]: Machine check events logged"#),
            ("x", r#"mce: [Hardware Error]: CPU {small}: Machine Check: 0 Bank {small2}: {mcestatus}"#),
            ("x", r#"mce: [Hardware Error]: TSC 0 ADDR {hex} MISC {hex2}"#),
            ("x", r#"mce: CPU{small}: Core temperature above threshold, cpu clock throttled (total events = {n})"#),
            ("x", r#"mce: CPU{small}: Core temperature/speed normal"#),
        ],
    },
    Format {
        // The Amazon ECS agent: logfmt with the level first, tasks named by their ARN.
        name: "ecs_agent",
        header: ecs_agent_header,
        events: &[
            ("info", r#"msg="Task status changed" status={RUNNING|STOPPED} taskARN="arn:aws:ecs:us-east-1:{acct}:task/{ecscluster}/{hex}{hex2}{hex3}{hex4}""#),
            ("info", r#"msg="Pulling image" image="{svc}:{imagetag}" taskARN="arn:aws:ecs:us-east-1:{acct}:task/{ecscluster}/{hex}{hex2}{hex3}{hex4}""#),
            ("warn", r#"msg="Error getting message from ws backend" module=acs_handler.go error="websocket: close 1006 (abnormal closure): unexpected EOF""#),
            ("info", r#"msg="Container health status changed" container="{svc}" status="{HEALTHY|UNHEALTHY}" taskARN="arn:aws:ecs:us-east-1:{acct}:task/{ecscluster}/{hex}{hex2}{hex3}{hex4}""#),
            ("info", r#"msg="Image cleanup: deleted image" image="{svc}:{imagetag}" size={n}"#),
            ("error", r#"msg="Unable to stop container" container="{svc}" error="container not running" taskARN="arn:aws:ecs:us-east-1:{acct}:task/{ecscluster}/{hex}{hex2}{hex3}{hex4}""#),
        ],
    },
    Format {
        // BackupPC's server log: each host's backups and the server's wakeups.
        name: "backuppc",
        header: exim_header,
        events: &[
            ("x", r#"Started {incr|full} backup on {bpchost} (pid={n}, share={share})"#),
            ("x", r#"Finished {incr|full} backup on {bpchost}"#),
            ("x", r#"Backup failed on {bpchost} (No files dumped for share {share})"#),
            ("x", r#"Next wakeup is 2026-11-{day} {hms}"#),
            ("x", r#"{bpchost} is dhcp 0, user is {user}"#),
            ("x", r#"Running BackupPC_nightly -m 0 127 (pid={n})"#),
        ],
    },
    Format {
        // dnscrypt-proxy: the time and the level in brackets, as collectd's; each resolver's probe.
        name: "dnscrypt",
        header: collectd_header,
        events: &[
            ("NOTICE", r#"dnscrypt-proxy 2.1.{small}"#),
            ("NOTICE", r#"[{resolver}] OK (DoH) - rtt: {n}ms"#),
            ("NOTICE", r#"Server with the lowest initial latency: {resolver} (rtt: {n}ms)"#),
            ("WARNING", r#"[{resolver}] TIMEOUT"#),
            ("NOTICE", r#"dnscrypt-proxy is ready - live servers: {small}"#),
            ("INFO", r#"Refreshing certificates"#),
        ],
    },
    Format {
        // Mopidy: the level padded, the time, the process and thread, the logger.
        name: "mopidy",
        header: mopidy_header,
        events: &[
            ("INFO mopidy.commands", r#"Starting Mopidy 3.4.{small}"#),
            ("INFO mopidy.commands", r#"Loading config from builtin defaults"#),
            ("INFO mopidy_mpd.actor", r#"MPD client connected from [::ffff:{ip}]:{port}"#),
            ("INFO mopidy.http.actor", r#"HTTP server running at [::]:6680"#),
            ("WARNING mopidy.ext", r#"Disabled extension {spotify|youtube|soundcloud}: Dependency not found"#),
            ("ERROR mopidy_mpd.session", r#"Unknown command: {cvar}"#),
        ],
    },
    Format {
        // The Docker registry (distribution): logrus with dotted keys for each request.
        name: "docker_registry",
        header: logrus_header,
        events: &[
            ("info", r#"msg="response completed" go.version=go1.20.{small} http.request.host=registry.example.com http.request.id={uuid} http.request.method=GET http.request.uri="/v2/{regrepo}/manifests/{imagetag}" http.response.status=200 http.response.duration={dur}"#),
            ("info", r#"msg="response completed" go.version=go1.20.{small} http.request.host=registry.example.com http.request.id={uuid} http.request.method=HEAD http.request.uri="/v2/{regrepo}/blobs/sha256:{digest}" http.response.status=200 http.response.duration={dur}"#),
            ("error", r#"msg="response completed with error" err.code="manifest unknown" err.message="manifest unknown" go.version=go1.20.{small} http.request.method=GET http.request.uri="/v2/{regrepo}/manifests/{imagetag}" http.response.status=404"#),
            ("info", r#"msg="listening on [::]:5000" go.version=go1.20.{small}"#),
            ("warn", r#"msg="error authorizing context: basic authentication challenge for realm \"Registry Realm\": invalid authorization credential" go.version=go1.20.{small} http.request.method=GET http.request.uri="/v2/""#),
        ],
    },
    Format {
        // NRPE: Nagios' remote plugin executor, in the journal.
        name: "nrpe",
        header: journal_header,
        events: &[
            ("nrpe", r#"Connection from {ip} port {port}"#),
            ("nrpe", r#"Host {ip} is not allowed to talk to us!"#),
            ("nrpe", r#"Error: Request packet type/version was invalid!"#),
            ("nrpe", r#"Command completed with return code {small} and output: {OK|WARNING|CRITICAL} - load average: {float}, {float2}, {float3}"#),
            ("nrpe", r#"Could not read request from client {ip}, bailing out..."#),
            ("nrpe", r#"Starting up daemon"#),
        ],
    },
    Format {
        // xinetd: each service's start and exit, in the journal.
        name: "xinetd",
        header: journal_header,
        events: &[
            ("xinetd", r#"START: {xinetsvc} pid={n} from={ip}"#),
            ("xinetd", r#"EXIT: {xinetsvc} status={small} pid={n} duration={small2}(sec)"#),
            ("xinetd", r#"FAIL: {xinetsvc} address from={ip}"#),
            ("xinetd", r#"Reading included configuration file: /etc/xinetd.d/{xinetsvc} [file=/etc/xinetd.conf] [line={small}]"#),
            ("xinetd", r#"xinetd Version 2.3.15 started with libwrap loadavg labeled-networking options compiled in."#),
        ],
    },
    Format {
        // sudo's own log file: the user, then fields split by semicolons.
        name: "sudo_log",
        header: sudo_header,
        events: &[
            ("x", r#"{user} : TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND={sudocmd}"#),
            ("x", r#"{user} : 3 incorrect password attempts ; TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND={sudocmd}"#),
            ("x", r#"{user} : user NOT in sudoers ; TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND={sudocmd}"#),
            ("x", r#"{user} : TTY=pts/{small} ; PWD=/home/{user} ; USER={postgres|www-data} ; COMMAND=/bin/bash"#),
        ],
    },
    Format {
        // knockd: the time to the minute in brackets; each client's knocks.
        name: "knockd",
        header: knockd_header,
        events: &[
            ("x", r#"{ip}: {openSSH|closeSSH}: Stage {small}"#),
            ("x", r#"{ip}: {openSSH|closeSSH}: OPEN SESAME"#),
            ("x", r#"{openSSH|closeSSH}: running command: /sbin/iptables -{A|D} INPUT -s {ip} -p tcp --dport 22 -j ACCEPT"#),
            ("x", r#"{ip}: {openSSH|closeSSH}: sequence timeout (stage {small})"#),
            ("x", r#"starting up, listening on {eth0|ens3}"#),
        ],
    },
    Format {
        // Velocity (a Minecraft proxy): the time and level in brackets, then a colon.
        name: "velocity",
        header: velocity_header,
        events: &[
            ("INFO", r#"[connected player] {user} (/{ip}:{port}) has connected"#),
            ("INFO", r#"[server connection] {user} -> {mcserver} has connected"#),
            ("INFO", r#"[connected player] {user} (/{ip}:{port}) has disconnected"#),
            ("WARN", r#"[connected player] {user} (/{ip}:{port}): unable to connect to server {mcserver}"#),
            ("INFO", r#"Done ({float}s)!"#),
            ("INFO", r#"Listening on /0.0.0.0:25577"#),
        ],
    },
    Format {
        // MooseFS' master: chunk servers and clients, in the journal.
        name: "moosefs",
        header: journal_header,
        events: &[
            ("mfsmaster", r#"chunkserver register begin (packet version: 6) - ip: {ip} / port: 9422, usedspace: {n} (0.{small} TiB), totalspace: {n2} (1.{small2} TiB)"#),
            ("mfsmaster", r#"chunkserver register end (packet version: 6) - ip: {ip} / port: 9422"#),
            ("mfsmaster", r#"connection with CS({ip}:9422) has been closed by peer"#),
            ("mfsmaster", r#"connection with client(ip:{ip}) has been closed by peer"#),
            ("mfsmaster", r#"chunk {hex}{hex2}_{small}: there are no copies"#),
            ("mfsmaster", r#"store process has finished - store time: {float}s"#),
        ],
    },
    Format {
        // git-daemon: each connection and what it asked for, in the journal.
        name: "git_daemon",
        header: journal_header,
        events: &[
            ("git-daemon", r#"Connection from {ip}:{port}"#),
            ("git-daemon", r#"Extended attribute "host": git.example.com"#),
            ("git-daemon", r#"Request upload-pack for '/srv/git/{gitrepo}.git'"#),
            ("git-daemon", r#"'/srv/git/{gitrepo}.git': repository not exported."#),
            ("git-daemon", r#"[{n}] Disconnected ({exit status 128|with error})"#),
        ],
    },
    Format {
        // Huey: the time in brackets, the level, the logger and the worker, joined by colons.
        name: "huey",
        header: huey_header,
        events: &[
            ("INFO huey.consumer.Worker", r#"Executing {hueytask}: {uuid}"#),
            ("INFO huey.consumer.Worker", r#"{hueytask}: {uuid} executed in {float}s"#),
            ("ERROR huey.consumer.Worker", r#"Unhandled exception in task {uuid}."#),
            ("INFO huey.consumer.Scheduler", r#"Enqueueing periodic task {hueytask}: {uuid}."#),
            ("WARNING huey.consumer.Worker", r#"{hueytask}: {uuid} retrying in {small}0 seconds"#),
        ],
    },
    Format {
        // APScheduler: each job's run, named with its trigger.
        name: "apscheduler",
        header: patroni_header,
        events: &[
            ("INFO apscheduler.executors.default", r#"Running job "{apjob} (trigger: interval[0:0{small}:00], next run at: 2026-11-{day} {hms} UTC)" (scheduled at 2026-11-{day} {hms}+00:00)"#),
            ("INFO apscheduler.executors.default", r#"Job "{apjob} (trigger: interval[0:0{small}:00], next run at: 2026-11-{day} {hms} UTC)" executed successfully"#),
            ("WARNING apscheduler.executors.default", r#"Run time of job "{apjob} (trigger: interval[0:0{small}:00], next run at: 2026-11-{day} {hms} UTC)" was missed by 0:00:{mmss}.{n}"#),
            ("INFO apscheduler.scheduler", r#"Added job "{apjob}" to job store "default""#),
            ("INFO apscheduler.scheduler", r#"Scheduler started"#),
        ],
    },
    Format {
        // Robot Framework's console: a test's name padded to its verdict, with no time.
        name: "robot",
        header: hms_header,
        events: &[
            ("-", r#"{robottest}                                              | PASS |"#),
            ("-", r#"{robottest}                                              | FAIL |"#),
            ("-", r#"Element 'id={cvar}' did not appear in {small} seconds."#),
            ("-", r#"{small} tests, {small2} passed, {small3} failed"#),
            ("-", r#"Output:  /app/results/output.xml"#),
        ],
    },
    Format {
        // Dramatiq: the time, the process, the thread, the logger and the level, each in brackets.
        name: "dramatiq",
        header: dramatiq_header,
        events: &[
            ("INFO dramatiq.MainProcess", r#"Dramatiq '1.16.{small}' is booting up."#),
            ("INFO dramatiq.WorkerProcess({small})", r#"Worker process is ready for action."#),
            ("WARNING dramatiq.middleware.retries.Retries", r#"Retrying message '{uuid}' in {n} milliseconds."#),
            ("ERROR dramatiq.worker.WorkerThread", r#"Failed to process message {hueytask}() with unhandled exception."#),
            ("INFO dramatiq.MainProcess", r#"Sending signal 'SIGTERM' to worker processes..."#),
        ],
    },
    Format {
        // Nomad's client: hclog with each allocation's task events as key=value pairs.
        name: "nomad",
        header: hclog_header,
        events: &[
            ("INFO|client.alloc_runner.task_runner", r#"Task event: alloc_id={uuid} task={nomadtask} type={Received|Started|Terminated|Killing} msg="{Task received by client|Task started by client|Exit Code: 0}" failed=false"#),
            ("INFO|client.gc", r#"marking allocation for GC: alloc_id={uuid}"#),
            ("WARN|client.alloc_runner.task_runner.task_hook.logmon", r#"failed to launch logmon: alloc_id={uuid} task={nomadtask} error="context deadline exceeded""#),
            ("INFO|client.driver_mgr.docker", r#"created container: driver=docker container_id={container}"#),
            ("ERROR|client.rpc", r#"error performing RPC to server: error="rpc error: failed to get conn: dial tcp {ipport}: i/o timeout" rpc=Node.GetClientAllocs server={ipport}"#),
            ("INFO|agent", r#"(runner) rendered "(dynamic)" => "/opt/nomad/data/alloc/{uuid}/{nomadtask}/secrets/env.txt""#),
        ],
    },
    Format {
        // Loki: go-kit's logfmt with the component in its own key.
        name: "loki",
        header: prometheus_header,
        events: &[
            ("info", r#"component=ingester msg="flushing stream" user=fake fp={hex} immediate=false num_chunks={small} labels="{app=\"{app}\", namespace=\"{ns}\"}""#),
            ("info", r#"component=table-manager msg="uploading tables""#),
            ("warn", r#"component=distributor msg="ingestion rate limit exceeded" tenant={app} limit={n} stream="{job=\"{ns}/{app}\"}""#),
            ("info", r#"component=compactor msg="compacting table" table-name=index_{n}"#),
            ("error", r#"component=querier msg="error querying storage" err="context canceled" query="{app=\"{app}\"} |= \"error\"""#),
            ("info", r#"component=frontend org_id=fake traceID={hex} msg="query stats" latency={dur} query_type=filter length=1h0m0s step=15s status=200 throughput={float}MB"#),
        ],
    },
    Format {
        // ActiveMQ Classic: the time, the level, the message, the logger and the thread, split by bars.
        name: "activemq",
        header: exim_header,
        events: &[
            ("x", r#"| INFO  | Apache ActiveMQ 5.18.{small} (localhost, ID:{host}-{port}-{epochms}-0:1) started | org.apache.activemq.broker.BrokerService | main"#),
            ("x", r#"| INFO  | Connector openwire started | org.apache.activemq.broker.TransportConnector | main"#),
            ("x", r#"| WARN  | Transport Connection to: tcp://{ip}:{port} failed: java.io.EOFException | org.apache.activemq.broker.TransportConnection.Transport | ActiveMQ Transport: tcp:///{ip}:{port}@61616"#),
            ("x", r#"| INFO  | Usage(default:store:queue://{queue}:store) percentUsage={small}%, usage={n}, limit={n2} | org.apache.activemq.usage.Usage | ActiveMQ Broker[localhost] Scheduler"#),
            ("x", r#"| ERROR | Could not accept connection from tcp://{ip}:{port}: java.io.IOException: Connection reset by peer | org.apache.activemq.broker.TransportConnector | ActiveMQ BrokerService[localhost] Task-{small}"#),
            ("x", r#"| INFO  | Stopping async queue tasks | org.apache.activemq.broker.region.Queue | ActiveMQ VMTransport: vm://localhost#{small}"#),
        ],
    },
    Format {
        // iwd: Intel's wireless daemon, in the journal.
        name: "iwd",
        header: journal_header,
        events: &[
            ("iwd", r#"event: state, old: {disconnected|autoconnect_quick|connecting|connected}, new: {connecting|connected|roaming|disconnecting}"#),
            ("iwd", r#"event: connect-info, ssid: {ssid}, bss: {hwaddr}, signal: -{small}{small2}, load: {small}/255"#),
            ("iwd", r#"event: connect-failed, status: {small}"#),
            ("iwd", r#"Received Deauthentication event, reason: {small}, from_ap: {true|false}"#),
            ("iwd", r#"Wiphy: 0, Name: phy0"#),
            ("iwd", r#"station: Network configuration is complete."#),
        ],
    },
    Format {
        // pgAudit: PostgreSQL's log line, then the audit record's comma-separated fields.
        name: "pgaudit",
        header: postgres_header,
        events: &[
            ("", r#"LOG:  AUDIT: SESSION,{small},1,READ,SELECT,TABLE,public.{table},"SELECT * FROM {table} WHERE id = {n}",<not logged>"#),
            ("", r#"LOG:  AUDIT: SESSION,{small},1,WRITE,INSERT,TABLE,public.{table},"INSERT INTO {table} (name) VALUES ($1)",<not logged>"#),
            ("", r#"LOG:  AUDIT: SESSION,{small},1,DDL,CREATE TABLE,TABLE,public.{table},"CREATE TABLE {table} (id int)",<not logged>"#),
            ("", r#"LOG:  AUDIT: OBJECT,{small},1,WRITE,UPDATE,TABLE,public.{table},"UPDATE {table} SET name = $1 WHERE id = $2",<not logged>"#),
            ("", r#"LOG:  AUDIT: SESSION,{small},1,ROLE,GRANT,,,"GRANT SELECT ON {table} TO {user}",<not logged>"#),
        ],
    },
    Format {
        // macOS's install.log: the time with its zone, the host and the process.
        name: "macos_install",
        header: macos_install_header,
        events: &[
            ("softwareupdated", r#"SUScan: Scan for client pid {n} (/usr/libexec/softwareupdated)"#),
            ("softwareupdated", r#"Removing client SUUpdateServiceClient pid={n}, uid=0, installAuth=NO rights=(), transactions=0 (/usr/sbin/softwareupdate)"#),
            ("installd", r#"PackageKit: Extracting file:///Library/Updates/{uuid}/{macpkg}.pkg#{macpkg}.pkg (destination=/Library/InstallerSandboxes/.PKInstallSandboxManager/{uuid}.activeSandbox/Root, uid=0)"#),
            ("installd", r#"PackageKit: Touched bundle /Applications/{macapp}.app"#),
            ("system_installd", r#"Installed "{macapp}" ({semver})"#),
            ("softwareupdated", r#"SUOSUServiceDaemon: Setting pref AutomaticallyInstallMacOSUpdates to {0|1}"#),
        ],
    },
    Format {
        // PackageKit, in the journal: each transaction and who asked for it.
        name: "packagekit",
        header: journal_header,
        events: &[
            ("PackageKit", r#"{refresh-cache|get-updates|update-packages|resolve} transaction /{n}_{hex} from uid {n2} finished with success after {n3}ms"#),
            ("PackageKit", r#"get-updates transaction /{n}_{hex} from uid {n2} finished with failed after {n3}ms"#),
            ("PackageKit", r#"daemon start"#),
            ("PackageKit", r#"daemon quit"#),
            ("PackageKit", r#"uid {n} is trying to obtain org.freedesktop.packagekit.system-update auth (only_trusted:1)"#),
            ("PackageKit", r#"uid {n} obtained auth for org.freedesktop.packagekit.system-update"#),
        ],
    },
    Format {
        // firewalld's own log: the time, the level and what failed.
        name: "firewalld",
        header: exim_header,
        events: &[
            ("x", r#"WARNING: COMMAND_FAILED: '/usr/sbin/iptables -w10 -t nat -D {PREROUTING|OUTPUT|POSTROUTING} -m addrtype --dst-type LOCAL -j DOCKER' failed: iptables: No chain/target/match by that name."#),
            ("x", r#"WARNING: ALREADY_ENABLED: {http|https|ssh|dns}"#),
            ("x", r#"ERROR: INVALID_ZONE: {zone}"#),
            ("x", r#"WARNING: NOT_ENABLED: '{port}:tcp' not in '{zone}'"#),
            ("x", r#"ERROR: INVALID_SERVICE: '{svc}' not among existing services"#),
            ("x", r#"WARNING: AllowZoneDrifting is enabled. This is considered an insecure configuration option. It will be removed in a future release. Please consider disabling it now."#),
        ],
    },
    Format {
        // tuned: Python's logging with the level padded and the module's path.
        name: "tuned",
        header: tuned_header,
        events: &[
            ("INFO tuned.daemon.daemon", r#"using sleep interval of {small} second(s)"#),
            ("INFO tuned.daemon.daemon", r#"starting tuning"#),
            ("INFO tuned.plugins.base", r#"instance {cpu|disk|net|vm}: assigning devices {blockdev}"#),
            ("INFO tuned.profiles.loader", r#"loading profile: {tunedprofile}"#),
            ("ERROR tuned.utils.commands", r#"Executing cpupower error: Error setting perf-bias value on CPU {small}"#),
            ("WARNING tuned.plugins.plugin_cpu", r#"your CPU doesn't support MSR_IA32_ENERGY_PERF_BIAS, ignoring CPU energy performance bias"#),
        ],
    },
    Format {
        // Navidrome: logrus's text format, with the scan's figures as keys.
        name: "navidrome",
        header: logrus_header,
        events: &[
            ("info", r#"msg="Scanner: Finished scanning all libraries" duration={dur} requestId={hostname}/{hex}-{n}"#),
            ("info", r#"msg="Finished processing Music Folder" added={n} deleted={small} elapsed={dur} folder=/music updated={n2}"#),
            ("warn", r#"msg="Could not access artwork" error="open /music/{movie}/cover.jpg: no such file or directory""#),
            ("info", r#"msg="Creating or updating user" user={user}"#),
            ("error", r#"msg="Agent error" agent=lastfm artist="{movie}" error="artist not found""#),
            ("info", r#"msg="Navidrome server is ready!" address="0.0.0.0:4533" startupTime={dur} tlsEnabled=false"#),
        ],
    },
    Format {
        // Traccar: the time, the level and each device's position.
        name: "traccar",
        header: traccar_header,
        events: &[
            ("INFO", r#"[T{hex}] id: {n}, time: {iso}, lat: {float}, lon: {float2}, speed: {small}.0, course: {n2}.0"#),
            ("INFO", r#"[T{hex}: osmand < {ip}] HEX: {container}"#),
            ("INFO", r#"[T{hex}] connected"#),
            ("INFO", r#"[T{hex}] disconnected"#),
            ("WARN", r#"Unknown device - {n} ({ip})"#),
            ("INFO", r#"Operating system name: Linux version: 6.1.{small} architecture: amd64"#),
        ],
    },
    Format {
        // Typesense: glog's level letter and a date without dashes, then the thread and the source line.
        name: "typesense",
        header: typesense_header,
        events: &[
            ("I raft_server.cpp", r#"Term: {small}, last_index index: {n}, committed_index: {n}, known_applied_index: {n}, applying_index: 0, queued_writes: 0, pending_queue_size: 0, local_sequence: {n2}"#),
            ("I batched_indexer.cpp", r#"Running GC for aborted requests, req map size: 0"#),
            ("I typesense_server_utils.cpp", r#"Typesense version 27.{small}"#),
            ("E raft_server.cpp", r#"Node with no leader. Resetting peers of size: {small}"#),
            ("I collection_manager.cpp", r#"Loading collection {tscoll}"#),
            ("W raft_server.cpp", r#"Multi-node with no leader: refusing to reset peers."#),
        ],
    },
    Format {
        // Janus, the WebRTC gateway: an asctime in brackets, then each session and handle.
        name: "janus",
        header: janus_header,
        events: &[
            ("x", r#"Creating new session: {n}{n2}; {hex}"#),
            ("x", r#"Creating new handle in session {n}{n2}: {n3}{n4}; {hex} {hex2}"#),
            ("x", r#"[{n}{n2}] Creating ICE agent (ICE Full mode, controlling)"#),
            ("x", r#"[{n}{n2}] The DTLS handshake has been completed"#),
            ("x", r#"[WARN] [{n}{n2}] ICE failed for component 1 in stream 1..."#),
            ("x", r#"Session {n}{n2} timed out..."#),
        ],
    },
    Format {
        // GStreamer's debug log: the running time, the process and thread, the level and the category.
        name: "gstreamer",
        header: gstreamer_header,
        events: &[
            ("WARN basesrc gstbasesrc.c:3127:gst_base_src_loop:<src>", r#"error: Internal data stream error."#),
            ("INFO GST_STATES gstelement.c:2806:gst_element_continue_state:<pipeline0>", r#"completed state change to {PAUSED|PLAYING|READY}"#),
            ("WARN v4l2src gstv4l2src.c:695:gst_v4l2src_query_preferred_size:<v4l2src0>", r#"Failed to probe pixel aspect ratio with VIDIOC_CROPCAP: Invalid argument"#),
            ("ERROR rtspsrc gstrtspsrc.c:6125:gst_rtspsrc_try_send:<rtspsrc0>", r#"receive interrupted"#),
            // `FIXME` is one of GStreamer's own debug levels, as its lines print it.
            ("FIXME default gstutils.c:4025:gst_pad_create_stream_id_internal:<decodebin0:src>", r#"Creating random stream-id, consider implementing a deterministic way of creating a stream-id"#),
            ("INFO GST_EVENT gstevent.c:998:gst_event_new_segment:", r#"creating segment event time segment start=0:00:00.000000000, offset=0:00:00.000000000, stop=99:99:99.999999999, rate=1.000000, applied_rate=1.000000, flags=0x00, time=0:00:00.000000000, base=0:00:00.000000000, position 0:00:00.000000000, duration 99:99:99.999999999"#),
        ],
    },
    Format {
        // KrakenD: its tag, the time, an arrow and the level, then the service in brackets.
        name: "krakend",
        header: krakend_header,
        events: &[
            ("INFO", r#"[SERVICE: Gin] Listening on port: 8080"#),
            ("DEBUG", r#"[ENDPOINT: /v1/{webfile}] Building the proxy pipeline"#),
            ("ERROR", r#"[ENDPOINT: /v1/{webfile}] Error #01: invalid status code"#),
            ("WARN", r#"[BACKEND: /api/{webfile}] rate limit exceeded"#),
            ("INFO", r#"[SERVICE: AsyncAgent][AMQP][{queue}] Starting the consumer"#),
            ("INFO", r#"Starting KrakenD v2.{small}.{small2}"#),
        ],
    },
    Format {
        // OAuth2 Proxy: its own lines with the source file, and each request.
        name: "oauth2_proxy",
        header: go_std_header,
        events: &[
            ("x", r#"oauthproxy.go:{n}: {ip}:{port} - {uuid} - {email} [{railstime}] [AuthSuccess] Authenticated via OAuth2: Session{email:{email} user:{user} PreferredUsername: token:true id_token:true created:{iso} expires:{iso} refresh_token:true}"#),
            ("x", r#"oauthproxy.go:{n}: Error redeeming code during OAuth2 callback: token exchange failed: oauth2: cannot fetch token: 400 Bad Request"#),
            ("x", r#"oauthproxy.go:{n}: {ip}:{port} - {uuid} - - [{railstime}] [AuthFailure] Invalid authentication via OAuth2: unauthorized"#),
            ("x", r#"proxy.go:{n}: mapping path "/" => upstream "http://{host}:{port}/""#),
            ("x", r#"main.go:{n}: Cookie settings: name:_oauth2_proxy secure(https):true httponly:true expiry:168h0m0s domains: path:/ samesite: refresh:disabled"#),
        ],
    },
    Format {
        // Triton Inference Server: glog's header, each model's loading.
        name: "triton",
        header: klog_header,
        events: &[
            ("I", r#"loading: {tritonmodel}:{small}"#),
            ("I", r#"successfully loaded '{tritonmodel}' version {small}"#),
            ("E", r#"failed to load '{tritonmodel}' version {small}: Invalid argument: unable to find '{tritonmodel}/config.pbtxt'"#),
            ("I", r#"Started GRPCInferenceService at 0.0.0.0:8001"#),
            ("I", r#"Collecting CPU metrics"#),
        ],
    },
    Format {
        // Ollama: slog's text format with the source file and the runner's figures.
        name: "ollama",
        header: slog_header,
        events: &[
            ("INFO", r#"source=server.go:{n} msg="llama runner started in {float} seconds""#),
            ("INFO", r#"source=sched.go:{n} msg="loaded runners" count={small}"#),
            ("INFO", r#"source=routes.go:{n} msg="Listening on 127.0.0.1:11434 (version 0.{small}.{small2})""#),
            ("WARN", r#"source=sched.go:{n} msg="gpu VRAM usage didn't recover within timeout" seconds={float} runner.size="{float2} GiB" runner.vram="{float3} GiB" runner.model=/root/.ollama/models/blobs/sha256-{container}"#),
            ("INFO", r#"source=types.go:{n} msg="inference compute" id=GPU-{uuid} library=cuda variant=v12 compute={small}.{small2} driver=12.{small} name="NVIDIA {gpu}" total="{float} GiB" available="{float2} GiB""#),
            ("ERROR", r#"source=routes.go:{n} msg="error loading llama server" error="llama runner process has terminated: exit status {small}""#),
        ],
    },
    Format {
        // CRI-O: logrus's text format with the pod's fields.
        name: "crio",
        header: logrus_header,
        events: &[
            ("info", r#"msg="Running pod sandbox: {ns}/{pod}/POD" id={container} name=/runtime.v1.RuntimeService/RunPodSandbox"#),
            ("info", r#"msg="Ran pod sandbox {container} with infra container: {ns}/{pod}/POD" id={container2} name=/runtime.v1.RuntimeService/RunPodSandbox"#),
            ("info", r#"msg="Pulling image: {registry}" id={uuid} name=/runtime.v1.ImageService/PullImage"#),
            ("info", r#"msg="Removed container {container}: {ns}/{pod}/{app}" id={uuid} name=/runtime.v1.RuntimeService/RemoveContainer"#),
            ("warn", r#"msg="Stopping container {container} with stop signal timed out: context deadline exceeded""#),
            ("info", r#"msg="Checking image status: registry.k8s.io/pause:3.9" id={uuid} name=/runtime.v1.ImageService/ImageStatus"#),
        ],
    },
    Format {
        // Flatpak's system helper, in the journal.
        name: "flatpak",
        header: journal_header,
        events: &[
            ("flatpak-system-helper", r#"Installing {flatref} from {flathub|fedora}"#),
            ("flatpak-system-helper", r#"Pulling {flatref} from remote flathub"#),
            ("flatpak-system-helper", r#"Uninstalled {flatref}"#),
            ("flatpak-system-helper", r#"libostree pull from 'flathub' for {flatref} complete#012security: GPG: summary+commit http: TLS#012non-delta: meta: {n} content: {n2}#012transfer: secs: {small} size: {float} MB"#),
            ("flatpak-system-helper", r#"Failed to install {flatref}: Unable to load summary from remote flathub: Could not resolve host: dl.flathub.org"#),
        ],
    },
    Format {
        // WatchGuard's traffic log: the member, the action, the addresses, the service, the interfaces.
        name: "watchguard",
        header: exim_header,
        events: &[
            ("x", r#"Member1 {Allow|Deny} {ip} {ip2} {dns/udp|https/tcp|http/tcp} {port} {dport} 1-Trusted 0-External ({policy}-00) proc_id="firewall" rc="{100|101}" msg_id="3000-{0148|0149}" src_ip_nat="{ip3}" tcp_info="offset 5 S {n} win {n2}""#),
            ("x", r#"Member1 Deny {ip} {ip2} {port}/tcp {dport} 80 0-External Firebox Denied 60 127 (Unhandled External Packet-00) proc_id="firewall" rc="101" msg_id="3000-0148" tcp_info="offset 8 S {n} win {n2}""#),
            ("x", r#"Member1 IKE: Phase1 started by {ip} for gateway "{vpnconn}""#),
            ("x", r#"Member1 Authentication of {Firebox-DB|RADIUS} user [{user}@{Firebox-DB|RADIUS}] from {ip} was accepted"#),
            ("x", r#"Member1 Management user {user}@Firebox-DB from {ip} logged in"#),
        ],
    },
    Format {
        // vCenter's vpxd: the level, the thread, the originator and its operation in brackets.
        name: "vpxd",
        header: vpxd_header,
        events: &[
            ("info vpxLro", r#"[VpxLRO] -- BEGIN task-{n} -- host-{small}{n2} -- vim.HostSystem.{reconnect|enterMaintenanceMode|rebootHost} -- {uuid}"#),
            ("info vpxLro", r#"[VpxLRO] -- FINISH task-{n}"#),
            ("warning vpxd", r#"[VpxdInvtHostSyncHostLRO] Connection not alive for host host-{n}"#),
            ("error vpxd", r#"[VpxdVmomi] Failed to invoke method vim.VirtualMachine.powerOn on vm-{n}: vim.fault.InsufficientResourcesFault"#),
            ("info vpxd", r#"[VpxdMoHost::SetConnectionState] Setting connection state of host-{n} to {connected|disconnected|notResponding}"#),
            ("info vpxd", r#"[VpxdHeartbeat] Host host-{n} ({ip}) heartbeat received after {small}s"#),
        ],
    },
    Format {
        // Exchange's message tracking log: comma-separated fields, many of them empty.
        name: "exchange_tracking",
        header: exchange_header,
        events: &[
            ("x", r#"{ip},EX01,{ip2},EX02.corp.example.com,08DC{hex}{hex2},SMTP,SEND,{n},<{uuid}@corp.example.com>,,{email},250 2.0.0 OK,{n2},1,,,Quarterly report,{email2},{email2},,Originating"#),
            ("x", r#",,,,EX01,,,STOREDRIVER,DELIVER,{n},<{uuid}@corp.example.com>,,{email},,{n2},1,,,Lunch,{email2},{email2},,Incoming"#),
            ("x", r#"{ip},EX01,,,,SMTP,FAIL,{n},<{uuid}@corp.example.com>,,{email},550 5.1.1 RESOLVER.ADR.RecipNotFound; not found,{n2},1,,,Invoice,{email2},{email2},,Originating"#),
            ("x", r#",,,,EX01,,,AGENT,{n},<{uuid}@corp.example.com>,,{email},,{n2},1,,,Newsletter,{email2},{email2},,Incoming"#),
            ("x", r#",,,,EX01,,,ROUTING,RESOLVE,{n},<{uuid}@corp.example.com>,,{email},,{n2},1,,,Hello,{email2},{email2},,Originating"#),
        ],
    },
    Format {
        // Windows NPS (RADIUS) in its IAS format: quoted comma-separated fields.
        name: "nps",
        header: exim_header,
        events: &[
            ("x", r#""NPS01","IAS",11/{day}/2026,{hms},1,"{user}","CORP\{user}","{hwaddr}","{hwaddr2}",,,"AP-{small}",,,,,,,,,,,,,,,,,,,"{n}",,,,,,,,,,,,,"Wireless Clients",,,,,,,,"0","311 1 {ip} 11/01/2026 09:00:00 {n2}",,,,"Corp Wi-Fi","1",,,"""#),
            ("x", r#""NPS01","IAS",11/{day}/2026,{hms},2,,"CORP\{user}",,,,,,,,,,,,,,,,,,,,,,,,,"{n}",,,,,,,,,,,,,,,,,,,,,,"0","311 1 {ip} 11/01/2026 09:00:00 {n2}",,,,"Corp Wi-Fi","1",,,"""#),
            ("x", r#""NPS01","IAS",11/{day}/2026,{hms},3,,"CORP\{user}",,,,,,,,,,,,,,,,,,,,,,,,,"{n}",,,,,,,,,,,,,,,,,,,,,,"16","311 1 {ip} 11/01/2026 09:00:00 {n2}",,,,"Corp Wi-Fi","1",,,"""#),
        ],
    },
    Format {
        // DeepSpeed: the time and the level in brackets, then the file, line and function.
        name: "deepspeed",
        header: deepspeed_header,
        events: &[
            ("INFO logging.py", r#"[Rank 0] step={n}, skipped={small}, lr=[{sci}], mom=[(0.9, 0.999)]"#),
            ("INFO engine.py", r#"Using DeepSpeed Optimizer param name adamw as basic optimizer"#),
            ("INFO stage_1_and_2.py", r#"Reduce bucket size {n}"#),
            ("WARNING engine.py", r#"Attempting to resize activation memory buffers; current size {n} bytes"#),
            ("INFO config.py", r#"  zero_optimization ............ {'stage': {small}, 'offload_optimizer': {'device': 'cpu'}}"#),
            ("INFO timer.py", r#"epoch={small}/micro_step={n}/global_step={n2}, RunningAvgSamplesPerSec={float}, CurrSamplesPerSec={float2}, MemAllocated={float3}GB, MaxMemAllocated={float4}GB"#),
        ],
    },
    Format {
        // slurmd: the time in brackets, then each job step.
        name: "slurmd",
        header: bracketed_time_header,
        events: &[
            ("x", r#"launch task StepId={n}.{small} request from UID:{n2} GID:{n2} HOST:{ip} PORT:{port}"#),
            ("x", r#"task/affinity: lllp_distribution: JobId={n} manual binding: none,one_thread"#),
            ("x", r#"[{n}.{small}] done with job"#),
            ("x", r#"error: *** JOB {n} ON node{small} CANCELLED AT 2026-11-{day}T{hms} DUE TO TIME LIMIT ***"#),
            ("x", r#"_run_prolog: run job script took usec={n}"#),
            ("x", r#"Launching batch job {n} for UID {n2}"#),
        ],
    },
    Format {
        // Duo's authentication proxy: Twisted's time, the module and level in brackets.
        name: "duo_authproxy",
        header: duo_header,
        events: &[
            ("info", r#"Sending request from {ip} to radius_server_auto"#),
            ("info", r#"Received new request id {small} from ('{ip}', {port})"#),
            ("info", r#"(('{ip}', {port}), {small}): login attempt for username '{user}'"#),
            ("info", r#"Got preauth result for: '{user}' (allow)"#),
            ("info", r#"(('{ip}', {port}), {small}): Returning response code 3: AccessReject"#),
            ("error", r#"Duo primary authentication failed: Connection refused"#),
        ],
    },
    Format {
        // SoftEther VPN's server log: the hub and the session, named in quotes.
        name: "softether",
        header: softether_header,
        events: &[
            ("x", r#"[HUB "{vpnhub}"] Session "SID-{cnuser}-{small}": The session has been terminated. The statistical information is as follows: Total outgoing data size: {n} bytes, Total incoming data size: {n2} bytes."#),
            ("x", r#"[HUB "{vpnhub}"] Session "SID-{cnuser}-{small}": A new session has been created with user "{user}". (IP address: {ip}, Port: {port})"#),
            ("x", r#"[HUB "{vpnhub}"] Connection "CID-{n}": Failed to authenticate user "{user}". Incorrect password or user name."#),
            ("x", r#"Connection "CID-{n}" has been created for the Listener (Port {port})."#),
            ("x", r#"[HUB "{vpnhub}"] Virtual DHCP Server: Allocated IP address 192.168.30.{small} to MAC address {hwaddr}."#),
        ],
    },
    Format {
        // OpenLiteSpeed's error log: the level and the process in brackets, then the connection.
        name: "openlitespeed",
        header: openlitespeed_header,
        events: &[
            ("INFO", r#"[{ip}:{port}#APVH_{webhost}] File not found [/var/www/html/{webfile}]"#),
            ("NOTICE", r#"[{ip}:{port}#APVH_{webhost}] Content len: {n}, Request line: 'GET /{webfile} HTTP/1.1'"#),
            ("INFO", r#"[{ip}:{port}#APVH_{webhost}] connection to [uds://tmp/lshttpd/APVH_{webhost}:lsphp.sock] on request #{small}, confirmed, close: 0, reason: Timeout"#),
            ("NOTICE", r#"[AutoRestarter] new child process with pid={n} is forked!"#),
            ("ERROR", r#"[{ip}:{port}#APVH_{webhost}:lsapi] [UDS://tmp/lshttpd/APVH_{webhost}:lsphp.sock] Failed to connect: Connection refused"#),
        ],
    },
    Format {
        // Play Framework: the time, the level padded and the logger.
        name: "play",
        header: play_header,
        events: &[
            ("INFO play.api.Play", r#"Application started (Prod) (no global state)"#),
            ("INFO play.core.server.AkkaHttpServer", r#"Listening for HTTP on /0.0.0.0:9000"#),
            ("ERROR application", r#"! @{playerr} - Internal server error, for (GET) [/{webfile}] ->"#),
            ("WARN play.filters.CSRF", r#"[CSRF] Check failed because no token found in headers for /{webfile}"#),
            ("INFO controllers.HomeController", r#"User {user} logged in from {ip}"#),
        ],
    },
    Format {
        // NVIDIA's DCGM host engine: the level, the process and thread, then the source and function.
        name: "dcgm",
        header: dcgm_header,
        events: &[
            ("INFO", r#"Initialized GPU {small} [/workspaces/dcgm/hostengine/src/DcgmHostEngineHandler.cpp:{n}] [DcgmHostEngineHandler::Init]"#),
            ("ERROR", r#"GPU {small} XID {small2} error detected [/workspaces/dcgm/modules/health/DcgmHealthWatch.cpp:{n}] [DcgmHealthWatch::OnFieldValuesUpdate]"#),
            ("WARNING", r#"Got error -{small} from NVML for GPU {small2} field {n} [/workspaces/dcgm/dcgmlib/src/DcgmCacheManager.cpp:{n2}] [DcgmCacheManager::BufferOrCacheLatestGpuValue]"#),
            ("INFO", r#"Started policy manager module [/workspaces/dcgm/modules/policy/DcgmModulePolicy.cpp:{n}] [DcgmModulePolicy::DcgmModulePolicy]"#),
            ("INFO", r#"Client connection {n} disconnected [/workspaces/dcgm/common/transport/DcgmIpc.cpp:{n2}] [DcgmIpc::ProcessOnDisconnect]"#),
        ],
    },
    Format {
        // Quay: the supervisor's program before a bar, then Python's logging in brackets.
        name: "quay",
        header: quay_header,
        events: &[
            ("gunicorn-web INFO data.database", r#"Connection pooling disabled for postgresql"#),
            ("gunicorn-registry INFO util.metrics.prometheus", r#"Pushing to Prometheus gateway"#),
            ("gunicorn-registry ERROR endpoints.v2.blob", r#"Blob upload failed for {regrepo}: {uuid}"#),
            ("securityworker INFO workers.securityworker.securityworker", r#"Scanning manifest {small} of {n}"#),
            ("gcworker WARNING workers.gc.gcworker", r#"Garbage collection of repository {regrepo} was interrupted"#),
            ("nginx stdout", r#"{ip} () - - [{nlogtime}] "GET /v2/{regrepo}/manifests/latest HTTP/1.1" 200 {n} "-" "docker/24.0.{small} go/go1.20.{small2}" ({float} {n2} {float2})"#),
        ],
    },
    Format {
        // Verdaccio's text output: the level and an arrow for each request.
        name: "verdaccio",
        header: verdaccio_header,
        events: &[
            ("http", r#"<-- {200|304|404} , user: {user}({ip}), req: 'GET /{npmpkg}', bytes: 0/{n}"#),
            ("http", r#"--> {200|304} , req: 'GET https://registry.npmjs.org/{npmpkg}' (streaming)"#),
            ("warn", r#"--- config file  - /verdaccio/conf/config.yaml"#),
            ("info", r#"<-- {ip} requested 'PUT /{npmpkg}'"#),
            ("error", r#"--- unexpected error: ETIMEDOUT registry.npmjs.org"#),
        ],
    },
    Format {
        // racoon: IPsec's IKE daemon, in the journal.
        name: "racoon",
        header: journal_header,
        events: &[
            ("racoon", r#"INFO: IPsec-SA established: ESP/Tunnel {ip}[500]->{ip2}[500] spi={n}(0x{hex})"#),
            ("racoon", r#"INFO: ISAKMP-SA established {ip}[500]-{ip2}[500] spi:{hex}{hex2}:{hex3}{hex4}"#),
            ("racoon", r#"INFO: initiate new phase 2 negotiation: {ip}[500]<=>{ip2}[500]"#),
            ("racoon", r#"ERROR: phase1 negotiation failed due to time up. {hex}{hex2}:{hex3}{hex4}"#),
            ("racoon", r#"INFO: purged IPsec-SA proto_id=ESP spi={n}."#),
            ("racoon", r#"WARNING: unable to get certificate CRL(3) at depth:0 SubjectName:/C=US/O=Example/CN={host}"#),
        ],
    },
    Format {
        // xrdp: the time in brackets and the level padded in brackets.
        name: "xrdp",
        header: xrdp_header,
        events: &[
            ("INFO", r#"connected client computer name: {winhost}"#),
            ("INFO", r#"Socket {small}: AF_INET6 connection received from ::ffff:{ip} port {port}"#),
            ("INFO", r#"xrdp_wm_log_msg: login successful for user {user} on display {small}"#),
            ("ERROR", r#"xrdp_sec_recv: xrdp_mcs_recv failed"#),
            ("INFO", r#"Using default X.509 certificate: /etc/xrdp/cert.pem"#),
            ("WARN", r#"local keymap file for 0x{hex} found and doesn't match built in keymap, using local keymap file"#),
        ],
    },
    Format {
        // TigerVNC's server: a space, the module padded to thirteen, then the message.
        name: "tigervnc",
        header: tigervnc_header,
        events: &[
            ("Connections:", r#"accepted: {ip}::{port}"#),
            ("Connections:", r#"closed: {ip}::{port} (Clean disconnection)"#),
            ("SConnection:", r#"Client needs protocol version 3.8"#),
            ("VNCSConnST:", r#"Server default pixel format depth 24 (32bpp) little-endian rgb888"#),
            ("VNCSConnST:", r#"Client pixel format depth {small} ({n}bpp) little-endian rgb565"#),
            ("ComparingUpdateTracker:", r#"{n} pixels in / {n2} pixels out"#),
        ],
    },
    Format {
        // Samba's full_audit module: user, address and share, then the operation, split by bars.
        name: "smb_audit",
        header: tag_header,
        events: &[
            ("smbd_audit", r#"{user}|{ip}|{share}|openat|ok|{r|w}|{webfile}"#),
            ("smbd_audit", r#"{user}|{ip}|{share}|unlinkat|ok|{webfile}"#),
            ("smbd_audit", r#"{user}|{ip}|{share}|renameat|ok|{webfile}|{webfile2}"#),
            ("smbd_audit", r#"{user}|{ip}|{share}|mkdirat|fail (Permission denied)|{webfile}"#),
            ("smbd_audit", r#"{user}|{ip}|{share}|connect|ok|{share}"#),
        ],
    },
    Format {
        // postfix-policyd-spf-python, in the journal: each check's verdict.
        name: "policyd_spf",
        header: journal_header,
        events: &[
            ("policyd-spf", r#"prepend Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip={ip}; helo={host}; envelope-from={email}; receiver=<UNKNOWN>"#),
            ("policyd-spf", r#"prepend Received-SPF: None (mailfrom) identity=mailfrom; client-ip={ip}; helo={host}; envelope-from={email}; receiver=<UNKNOWN>"#),
            ("policyd-spf", r#"550 5.7.23 Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id={email};ip={ip};r=<UNKNOWN>"#),
            ("policyd-spf", r#"Softfail; identity=mailfrom; client-ip={ip}; helo={host}; envelope-from={email}; receiver=<UNKNOWN>"#),
            ("policyd-spf", r#"SPF {Permerror|Temperror} (Mail From validation): Void lookup limit of 2 exceeded"#),
        ],
    },
    Format {
        // OpenRC at boot: an asterisk, then what it does, with no time.
        name: "openrc",
        header: openrc_header,
        events: &[
            ("x", r#"Starting {svc} ..."#),
            ("x", r#"Stopping {svc} ..."#),
            ("x", r#"WARNING: {svc} has already been started"#),
            ("x", r#"Caching service dependencies ..."#),
            ("x", r#"Mounting {/proc|/sys|/run|/dev/shm} ..."#),
            ("x", r#"ERROR: {svc} failed to start"#),
        ],
    },
    Format {
        // conntrack -E: each connection's event, its state and both directions' tuples.
        name: "conntrack",
        header: conntrack_header,
        events: &[
            ("x", r#"[NEW] tcp      6 120 SYN_SENT src={ip} dst={ip2} sport={port} dport={dport} [UNREPLIED] src={ip2} dst={ip} sport={dport} dport={port}"#),
            ("x", r#" [UPDATE] tcp      6 60 SYN_RECV src={ip} dst={ip2} sport={port} dport={dport} src={ip2} dst={ip} sport={dport} dport={port}"#),
            ("x", r#" [UPDATE] tcp      6 432000 ESTABLISHED src={ip} dst={ip2} sport={port} dport={dport} src={ip2} dst={ip} sport={dport} dport={port} [ASSURED]"#),
            ("x", r#"[DESTROY] udp      17 src={ip} dst={ip2} sport={port} dport=53 src={ip2} dst={ip} sport=53 dport={port}"#),
            ("x", r#"[NEW] udp      17 30 src={ip} dst={ip2} sport={port} dport=53 [UNREPLIED] src={ip2} dst={ip} sport=53 dport={port}"#),
        ],
    },
    Format {
        // arpwatch, in the journal: new stations and changed addresses.
        name: "arpwatch",
        header: journal_header,
        events: &[
            ("arpwatch", r#"new station {ip} {hwaddr} eth0"#),
            ("arpwatch", r#"changed ethernet address {ip} {hwaddr} ({hwaddr2}) eth0"#),
            ("arpwatch", r#"flip flop {ip} {hwaddr} ({hwaddr2}) eth0"#),
            ("arpwatch", r#"bogon {ip} {hwaddr} eth0"#),
            ("arpwatch", r#"listening on eth0"#),
        ],
    },
    Format {
        // apport's log: the level, the program and its process, a time written with words.
        name: "apport",
        header: apport_header,
        events: &[
            ("ERROR", r#"called for pid {n}, signal {small}, core limit 0, dump mode {1|2}"#),
            ("ERROR", r#"executable: /usr/bin/{comm} (command line "/usr/bin/{comm} --config /etc/{comm}.conf")"#),
            ("ERROR", r#"debug: session gdbus call: (true,)"#),
            ("ERROR", r#"writing core dump to core._usr_bin_{comm}.{n}.{hex}.{n2}.{n3} (limit: -1)"#),
            ("ERROR", r#"this executable already crashed {small} times, ignoring"#),
            ("WARNING", r#"ignoring signal {small} for pid {n}: executable is not a package"#),
        ],
    },
    Format {
        // apt-cacher-ng's transfer log: the epoch, the direction, the size, the client and the path, split by bars.
        name: "apt_cacher",
        header: epoch_bar_header,
        events: &[
            ("x", r#"I|{n}|{ip}|debrep/pool/main/{debpkg}_{debver}_amd64.deb"#),
            ("x", r#"O|{n}|{ip}|debrep/pool/main/{debpkg}_{debver}_amd64.deb"#),
            ("x", r#"O|{n}|{ip}|debrep/dists/bookworm/InRelease"#),
            ("x", r#"E|0|{ip}|debrep/dists/bookworm-backports/main/binary-amd64/Packages.xz"#),
        ],
    },
    Format {
        // Cobbler: a time written with words, the level and a bar.
        name: "cobbler",
        header: cobbler_header,
        events: &[
            ("INFO", r#"running python triggers from /var/lib/cobbler/triggers/task/sync/pre/*"#),
            ("INFO", r#"copying files for distro: {distro}"#),
            ("INFO", r#"generating PXE configuration files"#),
            ("INFO", r#"Exception occurred: <class 'cobbler.cexceptions.CX'>"#),
            ("DEBUG", r#"authorize; ['{user}', '/cobbler_api', 'sync', None]"#),
            ("INFO", r#"### TASK COMPLETE ###"#),
        ],
    },
    Format {
        // MAAS' region controller: its own logger and level, each API request.
        name: "maas",
        header: maas_header,
        events: &[
            ("maasserver info", r#"{ip} GET /MAAS/api/2.0/machines/{maasid}/ HTTP/1.1 --> 200 OK (referrer: -; agent: Python-urllib/3.10)"#),
            ("maasserver info", r#"{ip} POST /MAAS/metadata/status/{maasid} HTTP/1.1 --> 204 NO_CONTENT (referrer: -; agent: python-requests/2.31.0)"#),
            ("regiond info", r#"{maasid}: Status transition from {DEPLOYING|COMMISSIONING} to {DEPLOYED|READY}"#),
            ("maasserver warn", r#"{maasid}: Power state could not be queried: Failed talking to node's BMC: Connection timed out"#),
            ("maasserver.rpc.leases info", r#"Lease update: commit for {ip} on {hwaddr} at {iso} (lease time: 600s)"#),
        ],
    },
    Format {
        // Juju's debug-log: the unit or machine, the time of day, the level and the module.
        name: "juju",
        header: juju_header,
        events: &[
            ("INFO juju.worker.uniter", r#"found queued "{install|start|config-changed|update-status}" hook"#),
            ("INFO juju.worker.uniter.operation", r#"ran "{install|start|config-changed|update-status}" hook (via explicit, bespoke hook script)"#),
            ("ERROR juju.worker.uniter.operation", r#"hook "{install|start|config-changed|update-status}" (via explicit, bespoke hook script) failed: exit status {small}"#),
            ("WARNING juju.worker.proxyupdater", r#"unable to set snap core settings [proxy.http= proxy.https= proxy.store=]: exec: "snap": executable file not found in $PATH"#),
            ("INFO juju.worker.leadership", r#"{jujuunit} promoted to leadership of {jujuapp}"#),
        ],
    },
    Format {
        // Hue: the time in brackets, the logger and level padded, each request.
        name: "hue",
        header: hue_header,
        events: &[
            ("access INFO", r#"{ip} {user} - "GET /hue/{hueapp} HTTP/1.1" returned in {small}ms {200|302} {n}"#),
            ("access WARNING", r#"{ip} {user} - "POST /notebook/api/execute/{hive|impala} HTTP/1.1" returned in {n}ms 500 {n2}"#),
            ("middleware INFO", r#"Unloading AuditLoggingMiddleware"#),
            ("backend INFO", r#"Augmenting users with class: <class 'desktop.auth.backend.DefaultUserAugmentor'>"#),
            ("models ERROR", r#"Could not find query history for query_id {uuid}"#),
        ],
    },
    Format {
        // Superset: the time, the level and the logger joined by colons.
        name: "superset",
        header: superset_header,
        events: &[
            ("INFO superset.views.core", r#"Triggering query_id: {n}"#),
            ("INFO superset.sql_lab", r#"Query {n}: Running query: SELECT * FROM {table} LIMIT {n2}"#),
            ("WARNING superset.views.base", r#"Class 'werkzeug.local.LocalProxy' is not mapped"#),
            ("ERROR superset.connectors.sqla.models", r#"Query SELECT COUNT(*) FROM {table} on schema public failed"#),
            ("INFO superset.utils.cache_manager", r#"Cache miss for key {hex}{hex2}"#),
        ],
    },
    Format {
        // Redash: the time, the process, the level and the logger, each in brackets with none between.
        name: "redash",
        header: redash_header,
        events: &[
            ("INFO redash.query_runner.pg", r#"job.func_name=redash.tasks.queries.execution.execute_query job.id={uuid} Executing query"#),
            ("INFO rq.worker", r#"queries: Job OK ({uuid})"#),
            ("ERROR redash.tasks.queries.execution", r#"job.func_name=redash.tasks.queries.execution.execute_query job.id={uuid} query_id={n} Unexpected error while running query"#),
            ("INFO redash.tasks.schedule", r#"Scheduling {uuid} (refresh_queries) with interval 30."#),
            ("WARNING redash.handlers.query_results", r#"Query {n} was not cached"#),
        ],
    },
    Format {
        // Apache Zeppelin: the level, the time in brackets, the thread and the source in parentheses.
        name: "zeppelin",
        header: zeppelin_header,
        events: &[
            ("INFO NotebookServer.java[onMessage]", r#"RECEIVE << RUN_PARAGRAPH, {user}, anonymous"#),
            ("INFO Paragraph.java[jobRun]", r#"Run paragraph [paragraph_id: {epochms}_{n}, interpreter: {spark|jdbc|python}, note_id: {hex}, user: {user}]"#),
            ("INFO RemoteInterpreterManagedProcess.java[start]", r#"Run interpreter process [/opt/zeppelin/bin/interpreter.sh, -d, /opt/zeppelin/interpreter/spark, -p, {port}]"#),
            ("WARN NotebookRepoSync.java[sync]", r#"Failed to sync with secondary storage on start {java.io.IOException|java.net.ConnectException}"#),
            ("INFO SchedulerFactory.java[createOrGetFIFOScheduler]", r#"Create FIFOScheduler: interpreter_{n}"#),
        ],
    },
    Format {
        // Oozie: the time, the level, the command and line, then each key in brackets.
        name: "oozie",
        header: oozie_header,
        events: &[
            ("INFO ActionStartXCommand:520", r#"SERVER[{host}] USER[{user}] GROUP[-] TOKEN[] APP[{oozieapp}] JOB[{ooziejob}] ACTION[{ooziejob}@{ozaction}] Start action [{ooziejob}@{ozaction}] with user-retry state : userRetryCount [0], userRetryMax [0], userRetryInterval [10]"#),
            ("INFO ActionEndXCommand:520", r#"SERVER[{host}] USER[{user}] GROUP[-] TOKEN[] APP[{oozieapp}] JOB[{ooziejob}] ACTION[{ooziejob}@{ozaction}] [***{ooziejob}@{ozaction}***]Action updated in DB!"#),
            ("WARN ActionStartXCommand:523", r#"SERVER[{host}] USER[{user}] GROUP[-] TOKEN[] APP[{oozieapp}] JOB[{ooziejob}] ACTION[{ooziejob}@{ozaction}] Error starting action [{ozaction}]. ErrorType [TRANSIENT], ErrorCode [JA009], Message [JA009: Cannot initialize Cluster.]"#),
            ("INFO CoordMaterializeTransitionXCommand:520", r#"SERVER[{host}] USER[{user}] GROUP[-] TOKEN[] APP[{oozieapp}] JOB[{ooziejob}] ACTION[-] materialize actions for tz=Coordinated Universal Time, start=2026-11-{day}T{hms}.000Z, end=2026-11-{day}T{hms}.000Z"#),
            ("INFO PurgeXCommand:520", r#"SERVER[{host}] USER[-] GROUP[-] TOKEN[-] APP[-] JOB[-] ACTION[-] ENDED Purge deleted [{n}] workflows, [{small}] coordinatorActions, [0] coordinators, [0] bundles"#),
        ],
    },
    Format {
        // Ambari's agent: the level first, then the time, the source file and line.
        name: "ambari_agent",
        header: ambari_header,
        events: &[
            ("INFO Controller.py:304", r#"Heartbeat (response id = {n}) with server is running..."#),
            ("INFO Controller.py:311", r#"Building heartbeat message"#),
            ("WARNING base_alert.py:138", r#"[Alert][{ambarialert}] Unable to execute alert. [Alert][{ambarialert}] Unable to extract JSON from JMX response"#),
            ("INFO RecoveryManager.py:255", r#"{HDFS_CLIENT|ZOOKEEPER_SERVER|DATANODE} needs recovery, desired = STARTED, and current = INSTALLED."#),
            ("INFO ActionQueue.py:410", r#"Executing command with id = {n}-{small}, taskId = {n2} for role = {DATANODE|NAMENODE} of cluster = {cdhcluster}."#),
        ],
    },
    Format {
        // Cloudera Manager's agent: the time in brackets, the process, the thread, the module and the level.
        name: "cloudera_agent",
        header: cloudera_header,
        events: &[
            ("MainThread agent INFO", r#"Active parcel list updated; recalculating component info."#),
            ("MonitorDaemon-Reporter throttling_logger ERROR", r#"Error getting directory attributes for /var/lib/{cdhsvc}"#),
            ("MainThread agent INFO", r#"Process with same id is already running: {n}-{cdhsvc}-{NAMENODE|DATANODE|RESOURCEMANAGER}"#),
            ("Thread-13 downloader INFO", r#"Finished download [ url: https://cm.example.com:7183/cmf/parcel/download/CDH-7.1.{small}.parcel, state: complete, total_bytes: {n}, downloaded_bytes: {n}, start_time: {iso}, download_end_time: , end_time: {iso}, code: 200, exception_msg: None, path: /opt/cloudera/parcel-cache/CDH-7.1.{small}.parcel ]"#),
            ("MainThread heartbeat_tracker INFO", r#"HB stats (seconds): num:{small} LIFE_MIN:0.{small2} min:0.{small2} mean:0.{small3} max:0.{small3} LIFE_MAX:0.{small3}"#),
        ],
    },
    Format {
        // consul-template: Go's log with microseconds, the level in brackets and the component in parentheses.
        name: "consul_template",
        header: consul_template_header,
        events: &[
            ("INFO", r#"(runner) rendered "{ctpl}" => "/etc/nginx/conf.d/{ctpl}.conf""#),
            ("INFO", r#"(runner) executing command "systemctl reload nginx" from "{ctpl}" => "/etc/nginx/conf.d/{ctpl}.conf""#),
            ("WARN", r#"(view) health.service({svc}|passing): Unexpected response code: 500 (retry attempt {small} after "{dur}")"#),
            ("INFO", r#"(runner) initiating run"#),
            ("ERR", r#"(cli) {ctpl}: execute: template: :{small}:{small2}: executing "" at <secret "kv/data/{ctpl}">: error calling secret: Error making API request."#),
        ],
    },
    Format {
        // Kafka's controller state change log: the time in brackets, the level and the controller's epoch.
        name: "kafka_state",
        header: kafka_header,
        events: &[
            ("TRACE", r#"[Controller id={small} epoch={n}] Changed partition {topic}-{small2} from {NewPartition|OfflinePartition} to OnlinePartition with state LeaderAndIsr(leader={small}, leaderEpoch={n2}, isr=List({small}, {small3}), zkVersion={n3}) (state.change.logger)"#),
            ("TRACE", r#"[Controller id={small} epoch={n}] Sending become-leader LeaderAndIsr request LeaderAndIsrPartitionState(topicName='{topic}', partitionIndex={small2}, controllerEpoch={n}, leader={small}, leaderEpoch={n2}, isr=[{small}, {small3}], zkVersion={n3}, replicas=[{small}, {small3}], addingReplicas=[], removingReplicas=[], isNew=false) to broker {small} for partition {topic}-{small2} (state.change.logger)"#),
            ("INFO", r#"[Broker id={small}] Add {n} partitions and deleted 0 partitions from metadata cache in response to UpdateMetadata request sent by controller {small2} epoch {n2} with correlation id {n3} (state.change.logger)"#),
            ("ERROR", r#"[Controller id={small} epoch={n}] Controller {small} epoch {n} failed to change state for partition {topic}-{small2} from OfflinePartition to OnlinePartition (state.change.logger)"#),
        ],
    },
    Format {
        // HCL Domino's console log: a day-first date with dots, then the task and what it did.
        name: "domino",
        header: domino_header,
        events: &[
            ("x", r#"Router: Transferring mail to domain {maildomain} ({small} messages) via SMTP"#),
            ("x", r#"Router: Message {hex}{hex2} delivered to {user}/Example"#),
            ("x", r#"SMTP Server: {ip} connected"#),
            ("x", r#"SMTP Server: {ip} disconnected. {small} message[s] received"#),
            ("x", r#"Opened session for {user}/Example (Release 12.0.{small})"#),
            ("x", r#"Closed session for {user}/Example Databases accessed: {small} Documents read: {n} Documents written: {small2}"#),
        ],
    },
    Format {
        // SharePoint's ULS log: tab-separated, the process and thread in hex, the area, category, event ID and level.
        name: "sharepoint_uls",
        header: uls_header,
        events: &[
            ("SharePoint Foundation	Logging Correlation Data	xmnv	Medium", r#"Name=Request (GET:https://sp.example.com:443/sites/{spsite}/_layouts/15/{webfile})	{uuid}"#),
            ("SharePoint Foundation	Monitoring	b4ly	Medium", r#"Leaving Monitored Scope (Request (GET:https://sp.example.com:443/sites/{spsite})). Execution Time={float}	{uuid}"#),
            ("SharePoint Server Search	Crawler:Gatherer Plugin	e5ho	Warning", r#"The start address sps3s://sp.example.com cannot be crawled.	{uuid}"#),
            ("SharePoint Foundation	Database	880k	High", r#"System.Data.SqlClient.SqlException (0x80131904): Cannot open database "WSS_Content_{spsite}" requested by the login. The login failed.	{uuid}"#),
            ("SharePoint Foundation	Authentication Authorization	agb9s	Medium", r#"Non-OAuth request. IsAuthenticated=True, UserIdentityName=0#.w|corp\{user}, ClaimsCount={small}	{uuid}"#),
        ],
    },
    Format {
        // Asterisk's queue_log: the epoch, the call, the queue, the agent and the event, split by bars.
        name: "asterisk_queue",
        header: epoch_bar_header,
        events: &[
            ("x", r#"{n}.{small}|{callqueue}|{sipagent}|CONNECT|{small2}|{n}.{small}|{small3}"#),
            ("x", r#"{n}.{small}|{callqueue}|NONE|ENTERQUEUE||{n2}|1"#),
            ("x", r#"{n}.{small}|{callqueue}|{sipagent}|COMPLETECALLER|{small2}|{n2}|1"#),
            ("x", r#"{n}.{small}|{callqueue}|NONE|ABANDON|1|1|{small2}"#),
            ("x", r#"NONE|{callqueue}|{sipagent}|ADDMEMBER|"#),
            ("x", r#"NONE|{callqueue}|{sipagent}|PAUSE|{lunch|meeting|break}"#),
        ],
    },
    Format {
        // rsyslog's impstats: each input's and queue's counters, in the journal.
        name: "impstats",
        header: journal_header,
        events: &[
            ("rsyslogd-pstats", r#"imuxsock: origin=imuxsock submitted={n} ratelimit.discarded={small} ratelimit.numratelimiters={small2}"#),
            ("rsyslogd-pstats", r#"action {small} queue: origin=core.queue size={n} enqueued={n2} full=0 discarded.full=0 discarded.nf=0 maxqsize={n3}"#),
            ("rsyslogd-pstats", r#"resource-usage: origin=impstats utime={n} stime={n2} maxrss={n3} minflt={n} majflt=0 inblock={small} oublock={n2} nvcsw={n} nivcsw={small}"#),
            ("rsyslogd-pstats", r#"main Q: origin=core.queue size={small} enqueued={n} full=0 discarded.full=0 discarded.nf=0 maxqsize={n2}"#),
            ("rsyslogd-pstats", r#"{imudp|imtcp}({port}): origin=imudp submitted={n}"#),
        ],
    },
    Format {
        // lsyncd: a time written with words, the kind of message, then what it did.
        name: "lsyncd",
        header: lsyncd_header,
        events: &[
            ("Normal", r#"Calling rsync with filter-list of new/modified files/dirs"#),
            ("Normal", r#"Finished (list): 0"#),
            ("Normal", r#"recursive startup rsync: /srv/{gitrepo} -> backup@{host}:/srv/{gitrepo}"#),
            ("Error", r#"Temporary or permanent failure on startup of "/srv/{gitrepo}". Terminating since "insist" is not set."#),
            ("Normal", r#"--- Startup, daemonizing ---"#),
        ],
    },
    Format {
        // CUPS' page_log: the printer, the user, the job and its time, then the page count and the document.
        name: "cups_page",
        header: cups_page_header,
        events: &[
            ("x", r#"{user} {n} [{small}/Nov/2026:{hms} +0000] total {small2} - {ip} {webfile} A4 one-sided"#),
            ("x", r#"{user} {n} [{small}/Nov/2026:{hms} +0000] total {small2} - localhost {webfile} Letter two-sided-long-edge"#),
        ],
    },
    Format {
        // Gitolite: the time, the process and the client, then each access, tab-separated.
        name: "gitolite",
        header: gitolite_header,
        events: &[
            ("x", "ssh\tARGV={user}\tSOC=git-upload-pack '{gitrepo}'\tFROM={ip}"),
            ("x", "ssh\tARGV={user}\tSOC=git-receive-pack '{gitrepo}'\tFROM={ip}"),
            ("x", "pre_git\t{gitrepo}\t{user}\tR\tany\trefs/.*"),
            ("x", "END"),
            ("x", "die\t{user} DENIED by fallthru<<newline>>(or you mis-spelled the reponame)\t{gitrepo}"),
        ],
    },
    Format {
        // Subversion's operational log (SVNLogFile): the time in brackets, the user and the operation.
        name: "svn_ops",
        header: svn_header,
        events: &[
            ("x", r#"{user} checkout-or-export /{svnpath} r{n} depth=infinity"#),
            ("x", r#"{user} update /{svnpath} r{n} depth=infinity"#),
            ("x", r#"{user} commit r{n}"#),
            ("x", r#"{user} get-dir /{svnpath} r{n} props"#),
            ("x", r#"{user} log (/{svnpath}) r{n}:0 limit={small} revprops=all"#),
            ("x", r#"- list-dir /{svnpath} r{n}"#),
        ],
    },
    Format {
        // Perforce's server log: the time, the process, the user and client, the address and the command.
        name: "perforce",
        header: go_std_header,
        events: &[
            ("x", r#"pid {n} {user}@{user}-ws {ip} [p4/2023.1/LINUX26X86_64/{n2}] 'user-sync //depot/{svnpath}/...'"#),
            ("x", r#"pid {n} {user}@{user}-ws {ip} [p4v/2023.4/NTX64/{n2}] 'user-fstat -Olhp //depot/{svnpath}/...'"#),
            ("x", r#"pid {n} completed {float}s {n2}+{small}us {small2}+{n3}io 0+0net {n}k 0pf"#),
            ("x", r#"pid {n} {user}@{user}-ws {ip} [p4/2023.1/LINUX26X86_64/{n2}] 'user-submit -d Fix build'"#),
            ("x", r#"Perforce server error:	Date 2026/11/{day} {hms}:	Pid {n}	Connection from {ip} broken."#),
        ],
    },
    Format {
        // Prometheus' blackbox exporter: go-kit's logfmt, each probe's module and target.
        name: "blackbox_exporter",
        header: prometheus_header,
        events: &[
            ("info", r#"module={http_2xx|tcp_connect|icmp} target={webhost} msg="Beginning probe" probe={http|tcp|icmp} timeout_seconds=5"#),
            ("info", r#"module=http_2xx target=https://{webhost}/ msg="Received HTTP response" status_code={200|301|503}"#),
            ("error", r#"module=http_2xx target=https://{webhost}/ msg="Error for HTTP request" err="Get \"https://{webhost}/\": context deadline exceeded""#),
            ("info", r#"module={http_2xx|tcp_connect|icmp} target={webhost} msg="Probe {succeeded|failed}" duration_seconds={float}"#),
            ("info", r#"msg="Listening on address" address=:9115"#),
        ],
    },
    Format {
        // Windows' Netlogon debug log: the month and day, the category, the thread.
        name: "netlogon",
        header: netlogon_header,
        events: &[
            ("LOGON", r"CORP: SamLogon: Transitive Network logon of CORP\{user} from {wks} (via {DC01|DC02}) Entered"),
            ("LOGON", r"CORP: SamLogon: Transitive Network logon of CORP\{user} from {wks} (via {DC01|DC02}) Returned 0x{C000006A|C0000064|C0000234|C0000072}"),
            ("LOGON", r"CORP: SamLogon: Interactive logon of CORP\{user} from {wks} Returned 0x0"),
            ("SESSION", "CORP: NetrServerAuthenticate3 entered: {wks} (Workstation Secure Channel) from {wks}"),
            ("SESSION", "CORP: NetrServerAuthenticate returns Success: {wks} (Workstation Secure Channel) from {wks}"),
            ("CRITICAL", "NlPrintRpcDebug: Couldn't get EEInfo for I_NetLogonGetDomainInfo: 1761 (may be legitimate for 0xc0000022)"),
            ("SITE", "DsrGetSiteName: Returning site name Default-First-Site-Name from computer cache."),
            ("MAILSLOT", "CORP: Received ping from {wks}({ip}) CORP.LOCAL (null) on UDP LDAP"),
            ("MISC", "Eventlog: 5722 (1) \"{wks}\" \"CORP\" \"{wks}$\" 0xc0000022"),
        ],
    },
    Format {
        // DISM's log: a comma after the time, the level padded wide, the component.
        name: "dism",
        header: dism_header,
        events: &[
            ("Info", "DISM   DISM Provider Store: PID={n} TID={n2} Getting the collection of providers from a local provider store type. - CDISMProviderStore::GetProviderCollection"),
            ("Info", "DISM   DISM Provider Store: PID={n} TID={n2} Provider has not previously been encountered.  Attempting to initialize the provider. - CDISMProviderStore::Internal_GetProvider(hr:0x0)"),
            ("Info", r"DISM   DISM Provider Store: PID={n} TID={n2} Loading Provider from location C:\Windows\System32\Dism\{FolderProvider|WimProvider|CbsProvider|SmiProvider|LogProvider}.dll - CDISMProviderStore::Internal_GetProvider(hr:0x0)"),
            ("Warning", r"DISM   DISM Provider Store: PID={n} TID={n2} Failed to Load the provider: C:\Users\{user}\AppData\Local\Temp\{uuid}\PEProvider.dll. - CDISMProviderStore::Internal_GetProvider(hr:0x8007007e)"),
            ("Info", "DISM   DISM Package Manager: PID={n} TID={n2} Processing the top level command token(cleanup-image). - CPackageManagerCLIHandler::Private_ValidateCmdLine"),
            ("Error", "DISM   DISM Package Manager: PID={n} TID={n2} Failed finalizing changes. - CDISMPackageManager::Internal_Finalize(hr:0x800f081f)"),
            ("Info", "DISM   DISM.EXE: Succesfully registered commands for the provider: {OSServices|Edition Manager|SMI Package Manager|DISM Package Manager}."),
            ("Info", "DISM   DISM Manager: PID={n} TID={n2} Closing session event handle 0x{hex4} - CDISMManager::CleanupImageSessionEntry"),
            ("Info", "DISM   API: PID={n} TID={n2} Enter DismInitializeInternal - DismInitializeInternal"),
        ],
    },
    Format {
        // MySQL's general query log: the thread's connection ID, the command and its text.
        name: "mysql_general",
        header: mysql_general_header,
        events: &[
            ("Q", "{n} Connect\t{user}@{ip} on {shop|billing|auth} using {TCP/IP|SSL/TLS}"),
            ("Q", "{n} Query\tSELECT id, name, price FROM {table} WHERE id = {n2}"),
            ("Q", "{n} Query\tUPDATE {table} SET updated_at = NOW() WHERE id = {n2}"),
            ("Q", "{n} Query\tSET NAMES utf8mb4"),
            ("Q", "{n} Query\tCOMMIT"),
            ("Q", "{n} Query\tselect @@version_comment limit 1"),
            ("Q", "{n} Init DB\t{shop|billing|auth}"),
            ("Q", "{n} Quit"),
        ],
    },
    Format {
        // Elasticsearch's slow logs (their own files): the logger names the kind; the rest is
        // bracketed fields.
        name: "es_slowlog",
        header: es_slowlog_header,
        events: &[
            ("WARN index.search.slowlog.query", r#"[es-node-{small}] [{index}-2026.11.{day}][{small2}] took[{dur}], took_millis[{n}], total_hits[{n2} hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[{small3}], source[{"query":{"match":{"message":"{timeout|refused|oom}"}}}], id[],"#),
            ("INFO index.search.slowlog.fetch", "[es-node-{small}] [{index}-2026.11.{day}][{small2}] took[{dur}], took_millis[{n}], total_hits[{n2} hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[{small3}], source[], id[],"),
            ("WARN index.indexing.slowlog.index", r#"[es-node-{small}] [{index}-2026.11.{day}/{b64id}] took[{dur}], took_millis[{n}], type[_doc], id[{b64id2}], routing[], source[{"@timestamp":"{iso}","level":"error"}]"#),
        ],
    },
    Format {
        // YARN's ResourceManager: log4j, the class's short name, application and container IDs.
        name: "yarn_rm",
        header: yarn_rm_header,
        events: &[
            ("INFO rmapp.RMAppImpl", "application_1764324000000_{appseq} State change from {NEW_SAVING|SUBMITTED|ACCEPTED|RUNNING} to {SUBMITTED|ACCEPTED|RUNNING|FINISHED} on event = {APP_NEW_SAVED|APP_ACCEPTED|ATTEMPT_REGISTERED|ATTEMPT_FINISHED}"),
            ("INFO resourcemanager.ClientRMService", "Allocated new applicationId: {n}"),
            ("INFO capacity.CapacityScheduler", "Application Attempt appattempt_1764324000000_{appseq}_000001 is done. finalState={FINISHED|FAILED|KILLED}"),
            ("INFO rmcontainer.RMContainerImpl", "container_1764324000000_{appseq}_01_{containerseq} Container Transitioned from {NEW|ALLOCATED|ACQUIRED} to {ALLOCATED|ACQUIRED|RUNNING}"),
            ("INFO resourcemanager.RMAppManager$ApplicationSummary", "appId=application_1764324000000_{appseq},name={word count|etl-daily|spark-shell|pi},user={user},queue={default|etl|adhoc},state=FINISHED,trackingUrl=http://rm-1:8088/proxy/application_1764324000000_{appseq}/,appMasterHost=node-{small},submitTime={epochms},startTime={epochms2},finishTime={epochms3},finalStatus={SUCCEEDED|FAILED|KILLED},memorySeconds={n},vcoreSeconds={n2},preemptedMemorySeconds=0,preemptedVcoreSeconds=0,applicationType={MAPREDUCE|SPARK}"),
            ("WARN resourcemanager.RMAuditLogger", "USER={user}\tOPERATION=Application Finished - Failed\tTARGET=RMAppManager\tRESULT=FAILURE\tDESCRIPTION=App failed with state: FAILED\tPERMISSIONS=Application application_1764324000000_{appseq} failed 2 times due to AM Container for appattempt_1764324000000_{appseq}_000002 exited with  exitCode: {1|137|143}\tAPPID=application_1764324000000_{appseq}"),
            ("INFO scheduler.AbstractYarnScheduler", "Container container_1764324000000_{appseq}_01_{containerseq} completed with event FINISHED, but corresponding RMContainer doesn't exist."),
        ],
    },
    Format {
        // LXC's own log: the container, a compact time, the level padded, module, source and function.
        name: "lxc",
        header: lxc_header,
        events: &[
            ("lxc", "ERROR    cgfsng - cgroups/cgfsng.c:cgfsng_mount:2134 - No such file or directory - Failed to mount {/sys/fs/cgroup|/proc/sys/net|/sys/kernel/security}"),
            ("lxc", "INFO     start - start.c:lxc_spawn:1773 - Cloned {CLONE_NEWNS|CLONE_NEWPID|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWNET}"),
            ("lxc", "NOTICE   utils - utils.c:lxc_drop_groups:1367 - Dropped supplimentary groups"),
            ("lxc", "WARN     cgfsng - cgroups/cgfsng.c:fchowmodat:1252 - No such file or directory - Failed to fchownat({small}, memory.oom.group, 65536, 0, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW )"),
            ("lxc", "ERROR    network - network.c:lxc_create_network_unpriv_exec:2745 - lxc-user-nic failed to configure requested network: cmd/lxc_user_nic.c: 1296: main: Quota reached"),
            ("lxc", r#"INFO     conf - conf.c:run_script_argv:339 - Executing script "/usr/share/lxcfs/lxc.mount.hook" for container "{svc}", config section "lxc""#),
            ("lxc", r#"ERROR    start - start.c:__lxc_start:2107 - Failed to spawn container "{svc}""#),
            ("lxc", r#"TRACE    commands - commands.c:lxc_cmd_rsp_recv:172 - Command "{get_state|get_init_pid|get_cgroup|get_limit_cgroup|get_devpts_fd}" received response with {n} bytes"#),
            ("lxc", "DEBUG    network - network.c:lxc_network_move_created_netdev_priv:{3468|3469} - Moved network device \"veth{hex}\" with ifindex {n} to network namespace of {n2}"),
        ],
    },
    Format {
        // oVirt's engine.log: the command's class, the thread and a correlation ID.
        name: "ovirt_engine",
        header: ovirt_engine_header,
        events: &[
            ("INFO  org.ovirt.engine.core.bll.RunVmCommand", "Lock Acquired to object 'EngineLock:{exclusiveLocks='[{uuid}=VM]', sharedLocks=''}'"),
            ("INFO  org.ovirt.engine.core.bll.RunVmCommand", "Running command: RunVmCommand internal: false. Entities affected :  ID: {uuid} Type: VMAction group RUN_VM with role type USER"),
            ("INFO  org.ovirt.engine.core.dal.dbbroker.auditloghandling.AuditLogDirector", "EVENT_ID: USER_STARTED_VM(153), VM {vmname} was started by {user}@internal-authz (Host: {host})."),
            ("INFO  org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer", "VM '{uuid}'({vmname}) moved from '{WaitForLaunch|PoweringUp|Up|PoweringDown}' --> '{PoweringUp|Up|PoweringDown|Down}'"),
            ("INFO  org.ovirt.engine.core.bll.RunVmCommand", "Lock freed to object 'EngineLock:{exclusiveLocks='[{uuid}=VM]', sharedLocks=''}'"),
            ("ERROR org.ovirt.engine.core.dal.dbbroker.auditloghandling.AuditLogDirector", "EVENT_ID: VDS_BROKER_COMMAND_FAILURE(10,802), VDSM {host} command GetStatsAsyncVDS failed: Heartbeat exceeded"),
            ("WARN  org.ovirt.engine.core.vdsbroker.VdsManager", "Host '{host}'({uuid}) is not responding. It will stay in Connecting state for a grace period of {60|61|62|63} seconds and after that an attempt to fence the host will be issued."),
            ("ERROR org.ovirt.engine.core.vdsbroker.vdsbroker.GetStatsAsyncVDSCommand", "Failed in 'GetStatsAsyncVDS' method"),
        ],
    },
    Format {
        // JuiceFS: Go's time with microseconds, the program and its PID, the level in angle
        // brackets, and the source line last.
        name: "juicefs",
        header: juicefs_header,
        events: &[
            ("INFO", "Meta address: redis://{ip}:6379/{small} [interface.go:497]"),
            ("INFO", "Data use s3://{bucket}/{jfsvol}/ [mount.go:{605|606}]"),
            ("INFO", "Disk cache (/var/jfsCache/{uuid}/): capacity ({n} MB), free ratio (10%), max pending pages (15) [disk_cache.go:114]"),
            ("INFO", "Mounting volume {jfsvol} at /jfs ... [mount_unix.go:181]"),
            ("INFO", "OK, {jfsvol} is ready at /jfs [mount_unix.go:45]"),
            ("ERROR", "write inode:{n} indx:{small}  input/output error [writer.go:211]"),
            ("WARNING", "upload chunks/{small}/{n}/{n2}_0_4194304: RequestTimeout: Request timeout (try {small2}) [cached_store.go:526]"),
            ("WARNING", "slow request: PUT chunks/{small}/{n}/{n2}_{small2}_{n3} ({dur}) [cached_store.go:667]"),
            ("INFO", "Received signal terminated, exiting... [main.go:72]"),
        ],
    },
    Format {
        // Barman: the time, the PID in brackets, the logger and the level.
        name: "barman",
        header: barman_header,
        events: &[
            ("barman.wal_archiver INFO", "{pgsrv}: Archiving segment {small} of {small2} from {streaming|file_archival}: {pgsrv}/{walseg}"),
            ("barman.server INFO", "Starting WAL archiving for server {pgsrv}"),
            ("barman.backup INFO", "Starting backup using postgres method for server {pgsrv} in /var/lib/barman/{pgsrv}/base/{backupid}"),
            ("barman.backup INFO", "Backup end at LSN: {lsn} ({walseg}, {hex})"),
            ("barman.cli ERROR", "[Errno 2] No such file or directory: '/var/lib/barman/{pgsrv}/wals/xlog.db'"),
            ("barman.command_wrappers INFO", "{pgsrv}: pg_receivewal: finished segment at {lsn} (timeline {small})"),
            ("barman.retention_policies INFO", "Enforcing retention policy: removing backup {backupid} for server {pgsrv}"),
            ("barman.backup_executor WARNING", "{pgsrv}: WAL archiving is not working: last archived WAL is {walseg}, {n} seconds ago"),
        ],
    },
    Format {
        // WAL-G: the level first, then Go's time with microseconds.
        name: "walg",
        header: walg_header,
        events: &[
            ("INFO", "FILE PATH: {walseg}.br"),
            ("INFO", "Starting part {small} ..."),
            ("INFO", "Finished writing part {small}."),
            ("INFO", "Wrote backup with name base_{walseg}"),
            ("INFO", "Selecting the latest backup as the base for the current delta backup..."),
            ("INFO", "Calling pg_start_backup()"),
            ("WARNING", r#"retry #{small} for upload due to error: RequestError: send request failed caused by: Put "https://{bucket}.s3.amazonaws.com/wal_005/{walseg}.br": dial tcp {ipport}: i/o timeout"#),
            ("INFO", "Couldn't find previous backup. Doing full backup."),
            ("INFO", "Delta backup from base_{walseg} with LSN {lsn}."),
        ],
    },
    Format {
        // Microsoft Defender's MPLog: an RFC 3339 time, a bracketed component on some lines.
        name: "defender_mplog",
        header: iso_level_header,
        events: &[
            ("[Mini-filter]", r"Process Exclusion (Pid:{n}, ProcessStartTime:0x{hex}{hex2}) for \Device\HarddiskVolume3\Program Files\{Veeam|SQL Server|Zabbix Agent}\{agent|sqlservr|zabbix_agentd}.exe"),
            ("[RTP]", r"[Mini-filter] Unsuccessful scan status: \Device\HarddiskVolume3\Users\{user}\AppData\Local\Temp\tmp{hex4}.tmp Process: \Device\HarddiskVolume3\Windows\explorer.exe, Status: 0xc0000043, State: 16, ScanRequest #{n}, FileId: 0x{hex}{hex2}, Reason: OnOpen, IoStatusBlockForNewFile: 0x2, DeviceCharacteristics: 0x100, NetworkFileId: 0x0"),
            ("Engine:", "Signature updated to 1.401.{n}.0"),
            ("DETECTION", r"{Trojan:Win32/Wacatac.B!ml|PUA:Win32/Presenoker|HackTool:Win64/Mimikatz.D} file:C:\Users\{user}\Downloads\{setup|invoice|tool}_{hex4}.exe"),
            ("ProcessImageName:", r"{MsMpEng.exe|svchost.exe|OneDrive.exe|Teams.exe}, TotalTime: {n}, Count: {n2}, MaxTime: {n3}, MaxTimeFile: \Device\HarddiskVolume3\Windows\System32\{hex}.dll, EstimatedImpact: {small}%"),
            ("Service", "started: MsMpEng.exe version 4.18.{n}.{small}"),
            ("[RTP]", "Expensive file: C:\\Users\\{user}\\AppData\\Local\\Temp\\{hex}.zip, ScanTime: {n} ms, Reason: {OnClose|OnOpen}"),
        ],
    },
    Format {
        // macOS's system.log: BSD syslog with the program and its PID.
        name: "macos_system",
        header: journal_header,
        events: &[
            ("kernel", "Sandbox: {mdworker_shared|com.apple.WebKit|cfprefsd|QuickLookUIService}({n}) deny(1) file-read-data /Users/{user}/Library/{Mail|Messages|Safari}/{hex}.plist"),
            ("kernel", "AirPort: Link Down on en0. Reason 8 (Disassociated because station leaving)."),
            ("configd", "network changed: v4(en0-:{ip}) DNS- Proxy- SMB"),
            ("com.apple.xpc.launchd", "(com.apple.{mdworker|quicklook|photoanalysisd}.{n}) Service exited with abnormal code: {1|2|78}"),
            ("syslogd", "ASL Sender Statistics"),
            ("com.apple.xpc.launchd", "(com.apple.{mdworker|quicklook|photoanalysisd}.{n}): Service only ran for {small} seconds. Pushing respawn out by {n2} seconds."),
            ("powerd", "Sleep: Maintenance Sleep due to 'Idle Sleep' Using AC (Charge:{small}%) {n} secs"),
            ("loginwindow", "-[SessionAgentNotificationCenter sendDistributedNotification:forUID:] | sending distributed notification: com.apple.{sessionDidLogin|screenIsLocked|screenIsUnlocked}, for uid: 501"),
        ],
    },
    Format {
        // Amazon RDS for PostgreSQL: its log_line_prefix `%t:%r:%u@%d:[%p]:`, then the level.
        name: "rds_postgres",
        header: rds_postgres_header,
        events: &[
            ("LOG", "connection authorized: user={user} database={shop|billing|auth} SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"),
            ("LOG", "disconnection: session time: 0:{mmss}.{n} user={user} database={shop|billing|auth} host={ip} port={port}"),
            ("LOG", "duration: {float} ms  statement: SELECT * FROM {table} WHERE id = {n}"),
            ("ERROR", "duplicate key value violates unique constraint \"{table}_pkey\""),
            ("FATAL", "password authentication failed for user \"{user}\""),
            ("LOG", "checkpoint complete: wrote {n} buffers ({float}%); 0 WAL file(s) added, 0 removed, {small} recycled; write={float2} s, sync={float3} s, total={float4} s; sync files={small2}, longest=0.{n2} s, average=0.00{small3} s; distance={n3} kB, estimate={n4} kB"),
            ("WARNING", "there is no transaction in progress"),
            ("LOG", "automatic vacuum of table \"{shop|billing|auth}.public.{table}\": index scans: {small}"),
        ],
    },
    Format {
        // GitLab's Gitaly: logrus's text format, a gRPC call's fields after its message.
        name: "gitaly",
        header: logrus_header,
        events: &[
            ("info", "msg=\"finished unary call with code OK\" correlation_id={b64id} grpc.code=OK grpc.meta.client_name=gitlab-web grpc.method={FindCommit|TreeEntry|GetBlob|FindDefaultBranchName|RefExists} grpc.request.glProjectPath={user}/{svc} grpc.service=gitaly.{CommitService|RefService|BlobService} grpc.time_ms={float} pid={n}"),
            ("info", "msg=\"finished streaming call with code OK\" correlation_id={b64id} grpc.code=OK grpc.method={ListCommitsByOid|GetTreeEntries|FindAllBranches|ListFiles} grpc.request.glProjectPath={user}/{svc} grpc.service=gitaly.{CommitService|RefService} grpc.time_ms={float} pid={n}"),
            ("error", "msg=\"finished unary call with code NotFound\" correlation_id={b64id} error=\"rpc error: code = NotFound desc = repository does not exist\" grpc.code=NotFound grpc.method=RepositoryExists grpc.request.glProjectPath={user}/{svc} grpc.service=gitaly.RepositoryService grpc.time_ms={float} pid={n}"),
            ("info", "msg=\"spawn\" args=\"[/usr/bin/git --git-dir /var/opt/gitlab/git-data/repositories/@hashed/{hex4}/{hex}.git cat-file --batch]\" command.count={small} correlation_id={b64id} pid={n}"),
            ("warning", "msg=\"health check failed\" error=\"context deadline exceeded\" storage={default|storage-1|storage-2} virtual_storage=default"),
            ("info", "msg=\"housekeeping: pruned {n} loose objects\" repository=@hashed/{hex4}/{hex}.git"),
        ],
    },
    Format {
        // Tekton and Knative controllers: zap's JSON with Knative's keys.
        name: "tekton",
        header: tekton_header,
        events: &[
            ("info", r#""caller":"taskrun/taskrun.go:{412|413}","message":"Successfully reconciled taskrun {svc}-run-{hex4}/{ns} with status: &apis.Condition{Type:\"Succeeded\", Status:\"{True|False|Unknown}\", Severity:\"\", LastTransitionTime:apis.VolatileTime{Inner:v1.Time{Time:time.Date(2026, time.November, {day}, {small}, {small2}, {small3}, 0, time.Local)}}, Reason:\"{Succeeded|Failed|Running}\", Message:\"\"}","knative.dev/traceid":"{uuid}","knative.dev/key":"{ns}/{svc}-run-{hex4}","duration":{float}"#),
            ("info", r#""caller":"controller/controller.go:550","message":"Reconcile succeeded","knative.dev/traceid":"{uuid}","knative.dev/key":"{ns}/{svc}-run-{hex4}","duration":{float}"#),
            ("error", r#""caller":"controller/controller.go:566","message":"Reconcile error","knative.dev/traceid":"{uuid}","knative.dev/key":"{ns}/{svc}-run-{hex4}","duration":{float},"error":"pods \"{svc}-run-{hex4}-pod\" is forbidden: exceeded quota: compute-resources""#),
            ("info", r#""caller":"pipelinerun/pipelinerun.go:{790|791}","message":"PipelineRun {svc}-{hex4} status is being set to &{Succeeded Unknown  {{small}:{small2}:{small3} +0000 UTC m=+{float}} Running Tasks Completed: {small4} (Failed: 0, Cancelled 0), Incomplete: {small5}, Skipped: 0}","knative.dev/traceid":"{uuid}","knative.dev/key":"{ns}/{svc}-{hex4}""#),
            ("warn", r#""caller":"sidecarlogresults/sidecarlogresults.go:{233|234}","message":"result {digest|url|commit} was not found in the sidecar log","knative.dev/key":"{ns}/{svc}-run-{hex4}""#),
        ],
    },
    Format {
        // Pleroma and other Phoenix apps: Elixir's Logger, the time, request metadata, the level.
        name: "pleroma",
        header: pleroma_header,
        events: &[
            ("info", "GET {path}"),
            ("info", "Sent {200|201|302|404|422} in {dur}"),
            ("error", "Could not fetch \"https://{webhost}/users/{user}\", error: {:error, {:ok, %Tesla.Env{status: {404|410|500}}}}"),
            ("warning", "Object rejected while fetching https://{webhost}/objects/{uuid} {:reject, \"Filtered by SimplePolicy\"}"),
            ("info", "Running Pleroma.Workers.{PublisherWorker|ReceiverWorker|BackgroundWorker} with args %{\"op\" => \"{publish|incoming_ap_doc|fetch_data_for_activity}\"}"),
            ("error", "Postgrex.Protocol (#PID<0.{n}.0>) disconnected: ** (DBConnection.ConnectionError) owner #PID<0.{n2}.0> timed out because it owned the connection for longer than 120000ms"),
            ("debug", "QUERY OK source=\"{table}\" db={float}ms queue={float2}ms idle={float3}ms"),
        ],
    },
    Format {
        // OpenBGPD: syslog, the neighbor's address and description first.
        name: "openbgpd",
        header: journal_header,
        events: &[
            ("bgpd", "neighbor {ip} ({AS65001-core|transit-a|ix-peer-12}): state change {Idle|Connect|Active|OpenSent|OpenConfirm|Established} -> {Idle|Connect|Active|OpenSent|OpenConfirm|Established}, reason: {Start|Connection opened|Hold timer expired|OPEN message received|KEEPALIVE message received}"),
            ("bgpd", "neighbor {ip} ({AS65001-core|transit-a|ix-peer-12}): received notification: HoldTimer expired, unknown subcode 0"),
            ("bgpd", "neighbor {ip} ({AS65001-core|transit-a|ix-peer-12}): sending notification: Cease, administratively down"),
            ("bgpd", "neighbor {ip} ({AS65001-core|transit-a|ix-peer-12}): graceful restart of IPv4 unicast, keeping routes"),
            ("bgpd", "Rib Loc-RIB: neighbor {ip} ({AS65001-core|transit-a|ix-peer-12}) flushed {n} stale routes"),
            ("bgpd", "SE reconfigured"),
            ("bgpd", "RDE reconfigured"),
        ],
    },
    Format {
        // PHP-FPM's slow log: the request's header, then one line per frame of its stack.
        name: "php_fpm_slow",
        header: hms_header,
        events: &[
            ("-", "[{day}-Nov-2026 {hms}]  [pool {www|api}] pid {n}"),
            ("-", "script_filename = /var/www/{shop|blog}/public/index.php"),
            ("-", "[0x00007f{hex}{hex4}] curl_exec() /var/www/{shop|blog}/vendor/guzzlehttp/guzzle/src/Handler/CurlHandler.php:{n}"),
            ("-", "[0x00007f{hex}{hex4}] query() /var/www/{shop|blog}/vendor/doctrine/dbal/src/Connection.php:{n}"),
            ("-", "[0x00007f{hex}{hex4}] {handle|dispatch|run|__invoke|send}() /var/www/{shop|blog}/vendor/{laravel|symfony}/{framework|http-kernel}/src/{Kernel|Router|Pipeline}.php:{n}"),
            ("-", "[0x00007f{hex}{hex4}] file_get_contents() /var/www/{shop|blog}/app/Services/{Geo|Rates|Feed}Client.php:{n}"),
        ],
    },
    Format {
        // OPNsense's configd: an RFC 3339 time, the level word, the program and a request's UUID.
        name: "opnsense_configd",
        header: opnsense_header,
        events: &[
            ("Notice", "[{uuid}] Inline action: {interface|filter|dns} {list|reload|rule} {arp|ifconfig|diag} {json|}"),
            ("Notice", "[{uuid}] generate template container {OPNsense/Unbound/*|OPNsense/IDS|OPNsense/Syslog}"),
            ("Error", "[{uuid}] Script action failed with Command '/usr/local/opnsense/scripts/{filter|unbound|ids}/{update_tables|reload|rule_updates}.py' returned non-zero exit status 1. at Traceback (most recent call last):"),
            ("Notice", "[{uuid}] Returned {n} bytes in {float} seconds"),
            ("Notice", "[{uuid}] request pfctl byte/packet counters"),
            ("Notice", "[{uuid}] {OPNsense/Unbound/*|OPNsense/IDS|OPNsense/Syslog} generated /usr/local/etc/{unbound|suricata|syslog-ng}.conf"),
        ],
    },
    Format {
        // Argo Workflows' controller: logrus's text format with the workflow's fields.
        name: "argo_workflows",
        header: logrus_header,
        events: &[
            ("info", "msg=\"Processing workflow\" namespace={ns} workflow={svc}-{hex4}"),
            ("info", "msg=\"Updated phase {Pending|Running} -> {Running|Succeeded|Failed}\" namespace={ns} workflow={svc}-{hex4}"),
            ("info", "msg=\"Pod node {svc}-{hex4}-{n} initialized {Pending|Running|Succeeded} (message: {PodInitializing|ContainerCreating|})\" namespace={ns} workflow={svc}-{hex4}"),
            ("info", "msg=\"Workflow update successful\" namespace={ns} phase={Running|Succeeded|Failed} resourceVersion={n} workflow={svc}-{hex4}"),
            ("warning", "msg=\"Non-transient error: pods \\\"{svc}-{hex4}-{n}\\\" is forbidden: exceeded quota: argo-quota\" namespace={ns} workflow={svc}-{hex4}"),
            ("info", "msg=\"Created pod: {svc}-{hex4}.{fetch|build|test|deploy} ({svc}-{hex4}-{fetch|build|test|deploy}-{n})\" namespace={ns} workflow={svc}-{hex4}"),
            ("info", "msg=\"cleaning up pod\" action=labelPodCompleted key={ns}/{svc}-{hex4}-{n}/labelPodCompleted"),
        ],
    },
    Format {
        // Fly.io's log stream: the time, the app's machine and region, then the app's line.
        name: "fly_io",
        header: fly_io_header,
        events: &[
            ("app", "[info] Listening on 0.0.0.0:{8080|3000}"),
            ("proxy", "[error] could not find a good candidate within {small} attempts at load balancing. last error: no known healthy instances found for route tcp/{443|80}. (hint: is your app shutdown? is there an ongoing deployment with a volume or are you using the 'immediate' strategy? have your app's instances all reached their hard limit?)"),
            ("runner", "[info] Pulling container image registry.fly.io/{svc}:deployment-{hex}{hex2}"),
            ("app", "[info] INFO Main child exited normally with code: {0|1|137}"),
            ("app", "[info] INFO Starting init (commit: {hex})..."),
            ("health", "[error] Health check on port {8080|3000} has failed. Your app is not responding properly. Services exposed on ports [80, 443] will have intermittent failures until the health check passes."),
            ("app", "[info] {ip} - - [{day}/Nov/2026:{hms} +0000] \"GET {path} HTTP/1.1\" {200|404} {n}"),
        ],
    },
    Format {
        // Maven Surefire's report lines, as CI logs show them.
        name: "surefire",
        header: bracketed_level_header,
        events: &[
            ("INFO", "Running com.example.{svc}.{class}Test"),
            ("INFO", "Tests run: {small}, Failures: 0, Errors: 0, Skipped: {0|1|2}, Time elapsed: {float} s - in com.example.{svc}.{class}Test"),
            ("ERROR", "Tests run: {small}, Failures: {small2}, Errors: 0, Skipped: 0, Time elapsed: {float} s <<< FAILURE! - in com.example.{svc}.{class}Test"),
            ("ERROR", "{method}Should{Work|Fail|Retry}(com.example.{svc}.{class}Test)  Time elapsed: {float} s  <<< FAILURE!"),
            ("INFO", "Results:"),
            ("ERROR", "Tests run: {n}, Failures: {small}, Errors: {small2}, Skipped: {small3}"),
            ("INFO", "-------------------------------------------------------"),
        ],
    },
    Format {
        // tinc VPN: syslog, each peer named and addressed.
        name: "tinc",
        header: journal_header,
        events: &[
            ("tinc.corpnet", "Connection with {tincnode} ({ip} port 655) activated"),
            ("tinc.corpnet", "Error while connecting to {tincnode} ({ip} port 655): Connection timed out"),
            ("tinc.corpnet", "Trying to connect to {tincnode} ({ip} port 655)"),
            ("tinc.corpnet", "Timeout from {tincnode} ({ip} port 655) during authentication"),
            ("tinc.corpnet", "Closing connection with {tincnode} ({ip} port 655)"),
            ("tinc.corpnet", "Got REQ_KEY from {tincnode} ({ip} port 655) for {tincnode2} which does not exist"),
            ("tinc.corpnet", "Received signal 1 (Hangup)"),
            ("tinc.corpnet", "Flushing meta data to {tincnode} ({ip} port 655) failed: Broken pipe"),
        ],
    },
    Format {
        // HiveMQ: log4j, the level padded, a dash, and the MQTT client's ID and address.
        name: "hivemq",
        header: hivemq_header,
        events: &[
            ("INFO", "Client ID: {mqttclient}, IP: {ip} connected gracefully."),
            ("INFO", "Client ID: {mqttclient}, IP: {ip} disconnected gracefully."),
            ("INFO", "Client ID: {mqttclient}, IP: {ip} was disconnected. reason: Another client connected with the same client ID."),
            ("WARN", "Client ID: {mqttclient}, IP: {ip} sent a message to topic 'sensors/{n}/temperature' with a QoS level of 2, which exceeds the maximum QoS 1."),
            ("INFO", "Started HiveMQ in {n}ms"),
            ("WARN", "Dropped message on topic 'sensors/{n}/temperature' for client {mqttclient}: The client message queue is full."),
            ("INFO", "Cluster size = {small}, members : [{hex4}, {hex42}]."),
        ],
    },
    Format {
        // Pound: syslog, the thread's ID in parentheses, an error code on failures.
        name: "pound",
        header: journal_header,
        events: &[
            ("pound", "({hex}) e503 backend {ipport} connect: Connection refused"),
            ("pound", "({hex}) e500 for {ip} response error read from {ipport}: Connection reset by peer"),
            ("pound", "({hex}) BackEnd {ipport} dead (killed)"),
            ("pound", "({hex}) BackEnd {ipport} resurrect"),
            ("pound", "({hex}) {ip} {path} - HTTP/1.1 bad request header"),
            ("pound", "({hex}) NULL get_thr_arg"),
            ("pound", "({hex}) e414 headers: request URI too long"),
        ],
    },
    Format {
        // Tyk's gateway: logrus's text format with a time written with the month's name.
        name: "tyk",
        header: tyk_header,
        events: &[
            ("info", "msg=\"Loading API Specification from /opt/tyk-gateway/apps/{svc}.json\" prefix=main"),
            ("info", "msg=\"Checking security policy: Token\" api_id={hex}{hex2} api_name={svc} org_id={hex3} prefix=main"),
            ("error", "msg=\"http: proxy error: dial tcp {ipport}: connect: connection refused\" api_id={hex}{hex2} api_name={svc} org_id={hex3} prefix=proxy server_name=\"http://{ipport}\" user_id=\"-\" user_ip={ip}"),
            ("warning", "msg=\"Attempted access with non-existent key.\" api_id={hex}{hex2} api_name={svc} key=\"****{hex4}\" mw=AuthKey org_id={hex3} origin={ip} path={path}"),
            ("info", "msg=\"Key rate limit exceeded.\" api_id={hex}{hex2} api_name={svc} key=\"****{hex4}\" mw=RateLimitAndQuotaCheck org_id={hex3} origin={ip} path={path}"),
            ("info", "msg=\"API Reload complete\" prefix=main"),
        ],
    },
    Format {
        // WSO2's Carbon servers: the time in brackets, the level, the class in braces.
        name: "wso2",
        header: wso2_header,
        events: &[
            ("INFO org.wso2.carbon.core.init.CarbonServerManager", "Starting Carbon Server..."),
            ("INFO org.wso2.carbon.core.internal.StartupFinalizerServiceComponent", "WSO2 Carbon started in {small} sec"),
            ("INFO org.apache.synapse.mediators.builtin.LogMediator", "To: /services/{svc}Service, MessageID: urn:uuid:{uuid}, correlation_id: {uuid2}, Direction: request, Payload: <order><id>{n}</id></order>"),
            ("ERROR org.apache.synapse.transport.passthru.TargetHandler", "I/O error: Connection reset by peer"),
            ("WARN org.apache.synapse.transport.passthru.SourceHandler", "Connection time out after request is read: http-incoming-{n} Socket Timeout : 180000 Correlation ID : {uuid}"),
            ("INFO org.wso2.carbon.core.services.util.CarbonAuthenticationUtil", "'{user}@carbon.super [-1234]' logged in at [2026-11-{day} {hms},{n}+0000]"),
            ("ERROR org.apache.synapse.endpoints.EndpointContext", "Endpoint : {svc}EP with address http://{ipport}/{svc} will be marked SUSPENDED as it failed"),
        ],
    },
    Format {
        // Liferay: the level padded, the thread and the class with its line in brackets.
        name: "liferay",
        header: liferay_header,
        events: &[
            ("INFO main StartupHelperUtil:113", "Upgrading database"),
            ("INFO main ModuleFrameworkImpl:1812", "Starting dynamic bundles"),
            ("INFO main BundleStartStopLogger:46", "STARTED com.liferay.{portal|journal|blogs|wiki}.{web|api|service}_{semver} [{n}]"),
            ("WARN http-nio-8080-exec-{small} SecurityPortletContainerWrapper:341", "Invalid portlet ID com_liferay_{journal|blogs|wiki}_web_portlet_{Journal|Blogs|Wiki}Portlet"),
            ("ERROR http-nio-8080-exec-{small} PortalImpl:6389", "Current URL /web/guest/{home|search|blog} generates exception: No Group exists with the key {n}"),
            ("INFO main ServerDetector:{n}", "Detected server tomcat"),
        ],
    },
    Format {
        // Moodle's cron: a scheduled task's name of several words and its class.
        name: "moodle_cron",
        header: hms_header,
        events: &[
            ("-", "Execute scheduled task: {Cleanup old sessions|Send notifications|Update search index|Delete expired tokens|Backup courses} (core\\task\\{session_cleanup|messaging_cleanup|search_index|token_cleanup|backup_automated}_task)"),
            ("-", "... started {hms}. Current memory use {float}MB."),
            ("-", "Scheduled task complete: {Cleanup old sessions|Send notifications|Update search index|Delete expired tokens|Backup courses} (core\\task\\{session_cleanup|messaging_cleanup|search_index|token_cleanup|backup_automated}_task)"),
            ("-", "Scheduled task failed: {Cleanup old sessions|Send notifications|Update search index|Delete expired tokens|Backup courses} (core\\task\\{session_cleanup|messaging_cleanup|search_index|token_cleanup|backup_automated}_task),Error writing to database ({mysqli|pgsql})"),
            ("-", "Cron run completed correctly"),
            ("-", "Cron completed at {hms} in {float} seconds. Memory used {float2}MB."),
        ],
    },
    Format {
        // Camunda on Spring Boot: its messages start with a code (`ENGINE-00001`).
        name: "camunda",
        header: camunda_header,
        events: &[
            ("INFO org.camunda.bpm.engine", "ENGINE-00001 Process Engine default created."),
            ("INFO org.camunda.bpm.engine.jobexecutor", "ENGINE-14014 Starting up the JobExecutor[org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor]."),
            ("WARN org.camunda.bpm.engine.jobexecutor", "ENGINE-14006 Exception while executing job {uuid}: "),
            ("ERROR org.camunda.bpm.engine.context", "ENGINE-16004 Exception while closing command context: Unknown property used in expression: ${{approved|amount|customer}}. Cause: Cannot resolve identifier '{approved|amount|customer}'"),
            ("INFO org.camunda.bpm.engine.bpmn.parser", "ENGINE-01002 Ignoring unsupported activity type '{startEvent|userTask|serviceTask}'"),
            ("INFO org.camunda.bpm.container", "ENGINE-08050 Process application {svc}-process successfully deployed"),
            ("WARN org.camunda.bpm.engine.persistence", "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[{uuid}]' failed. Entity was updated by another transaction concurrently."),
        ],
    },
    Format {
        // FreeIPA's API in Apache's error log: the time as `ctime` with microseconds.
        name: "freeipa",
        header: freeipa_header,
        events: &[
            ("-", "ipa: INFO: [jsonserver_session] admin@EXAMPLE.COM: user_show/1('{user}', version='2.251'): SUCCESS"),
            ("-", "ipa: INFO: [jsonserver_session] admin@EXAMPLE.COM: user_add/1('{user}', givenname='{Alice|Bob|Carol}', sn='{Smith|Jones}', version='2.251'): DuplicateEntry"),
            ("-", "ipa: INFO: [jsonserver_kerb] {user}@EXAMPLE.COM: ping(): SUCCESS"),
            ("-", "ipa: INFO: [jsonserver_session] admin@EXAMPLE.COM: group_add_member/1('{admins|developers|ops}', version='2.251', user=('{user}',)): SUCCESS"),
            ("-", "ipa: INFO: 401 Unauthorized: Insufficient access: SASL(-1): generic failure: GSSAPI Error: Unspecified GSS failure.  Minor code may provide more information (Ticket expired)"),
            ("-", "ipa: INFO: [jsonserver_session] admin@EXAMPLE.COM: host_show/1('{host}', version='2.251'): NotFound"),
        ],
    },
    Format {
        // rtpengine: syslog, the call's ID and port in brackets, the subsystem.
        name: "rtpengine",
        header: rtpengine_header,
        events: &[
            ("INFO", "[core] Kernelizing media stream: {ipport} -> {ipport2} | {ipport3} -> {ipport4}"),
            ("INFO", "[control] Received command 'offer' from {ipport}"),
            ("INFO", "[control] Replying to 'offer' from {ipport} (elapsed time 0.000{n} sec)"),
            ("WARNING", "[core] Confirmed peer address as {ipport}"),
            ("INFO", "[core] Final packet stats:"),
            ("INFO", "[core] --- Tag '{hex}', created 0:{mmss} ago for branch '', in dialogue with '{hex2}'"),
            ("ERR", "[srtp] SRTP output wanted, but no crypto suite was negotiated"),
        ],
    },
    Format {
        // Apache APISIX: nginx's error log with the Lua file and line.
        name: "apisix",
        header: nginx_header,
        events: &[
            ("warn", "*{n} [lua] plugin.lua:{172|173}: load(): new plugins: {{\"limit-count\":true,\"jwt-auth\":true}}, context: init_worker_by_lua*"),
            ("error", "*{n} [lua] balancer.lua:{n2}: run(): failed to pick server: failed to find valid upstream server, all upstream servers tried, client: {ip}, server: _, request: \"GET {path} HTTP/1.1\", host: \"{webhost}\""),
            ("error", "*{n} connect() failed (111: Connection refused) while connecting to upstream, client: {ip}, server: _, request: \"POST {path} HTTP/1.1\", upstream: \"http://{ipport}{path}\", host: \"{webhost}\""),
            ("warn", "*{n} [lua] jwt-auth.lua:{n2}: phase_func(): failed to verify jwt: invalid signature, client: {ip}, server: _, request: \"GET {path} HTTP/1.1\", host: \"{webhost}\""),
            ("info", "*{n} [lua] config_etcd.lua:{n2}: sync_data(): waitdir [{/apisix/routes|/apisix/upstreams|/apisix/ssls}] err: timeout, context: ngx.timer"),
        ],
    },
    Format {
        // Promtail: go-kit's logfmt, a file target's labels inside a quoted value.
        name: "promtail",
        header: prometheus_header,
        events: &[
            ("info", r#"msg="Adding target" key="/var/log/{nginx|app|syslog}/*.log:{job=\"{nginx|app|syslog}\"}""#),
            ("info", r#"component=tailer msg="start tailing file" path=/var/log/{nginx|app|syslog}/{access|error|current}.log"#),
            ("info", r#"component=tailer msg="stopped tailing file" path=/var/log/{nginx|app|syslog}/{access|error|current}.log"#),
            ("warn", r#"msg="error sending batch, will retry" status=-1 tenant= error="Post \"http://{ipport}/loki/api/v1/push\": dial tcp {ipport}: connect: connection refused""#),
            ("error", r#"msg="final error sending batch" status=429 tenant= error="server returned HTTP status 429 Too Many Requests (429): Ingestion rate limit exceeded for user fake (limit: 4194304 bytes/sec) while attempting to ingest '{n}' lines totaling '{n2}' bytes, reduce log volume or contact your Loki administrator to see if the limit can be increased""#),
            ("info", r#"component=tailer msg="Re-opening moved/deleted file /var/log/{nginx|app|syslog}/{access|error|current}.log ...""#),
        ],
    },
    Format {
        // Loki's query frontend: go-kit's logfmt with a query's statistics, the query quoted.
        name: "loki_query",
        header: prometheus_header,
        events: &[
            ("info", r#"component=frontend org_id=fake latency={fast|slow} query="{{job=\"{nginx|app|syslog}\"} |= \"{error|timeout|refused}\"" query_hash={n} query_type={filter|limited} range_type=range length={1h0m0s|6h0m0s|24h0m0s} step={15s|1m0s} duration={dur} status=200 limit=1000 returned_lines={n2} throughput={float}MB total_bytes={small}MB"#),
            ("info", r#"component=frontend org_id=fake latency={fast|slow} query="sum by (level) (count_over_time({{job=\"{nginx|app|syslog}\"}[{1m|5m}]))" query_hash={n} query_type=metric range_type=range length={1h0m0s|6h0m0s|24h0m0s} step={15s|1m0s} duration={dur} status=200 limit=1000 returned_lines=0 throughput={float}MB total_bytes={small}MB"#),
            ("warn", r#"msg="max concurrency is not evenly divisible across targets, adding an extra connection" addr={ipport}"#),
            ("error", r#"component=frontend org_id=fake msg="failed to execute query" err="context canceled" query="{{job=\"{nginx|app|syslog}\"}""#),
            ("info", r#"component=querier msg="executing query" type=range query="{{job=\"{nginx|app|syslog}\"}" length={1h0m0s|6h0m0s|24h0m0s} step={15s|1m0s} query_hash={n}"#),
        ],
    },
    Format {
        // Vault's audit device: one JSON object a line, HMACs for secrets.
        name: "vault_audit",
        header: vault_audit_header,
        events: &[
            ("response", r#""auth":{"client_token":"hmac-sha256:{hex}{hex2}","accessor":"hmac-sha256:{hex3}{hex4}","display_name":"approle","policies":["default","{svc}"],"token_type":"service"},"request":{"id":"{uuid}","operation":"read","mount_type":"kv","path":"secret/data/{svc}/config","remote_address":"{ip}"},"response":{"mount_type":"kv"}}"#),
            ("response", r#""auth":{"client_token":"hmac-sha256:{hex}{hex2}","accessor":"hmac-sha256:{hex3}{hex4}","display_name":"approle","policies":["default","{svc}"],"token_type":"service"},"request":{"id":"{uuid}","operation":"update","mount_type":"kv","path":"secret/data/{svc}/config","remote_address":"{ip}"},"response":{"mount_type":"kv"}}"#),
            ("request", r#""auth":{"token_type":"default"},"request":{"id":"{uuid}","operation":"update","mount_type":"approle","path":"auth/approle/login","remote_address":"{ip}"}}"#),
            ("response", r#""auth":{"client_token":"hmac-sha256:{hex}{hex2}","accessor":"hmac-sha256:{hex3}{hex4}","display_name":"approle","policies":["default","{svc}"],"token_type":"service"},"request":{"id":"{uuid}","operation":"read","mount_type":"database","path":"database/creds/{svc}-ro","remote_address":"{ip}"},"response":{"mount_type":"database","secret":{"lease_id":"database/creds/{svc}-ro/{key}"}}}"#),
            ("response", r#""error":"permission denied","auth":{"client_token":"hmac-sha256:{hex}{hex2}","accessor":"hmac-sha256:{hex3}{hex4}","display_name":"approle","policies":["default","{svc}"],"token_type":"service"},"request":{"id":"{uuid}","operation":"read","mount_type":"kv","path":"secret/data/{svc2}/config","remote_address":"{ip}"}}"#),
        ],
    },
    Format {
        // k3s: logrus's text format; some messages quote a node's name or list a command's flags.
        name: "k3s",
        header: logrus_header,
        events: &[
            ("info", r#"msg="Starting k3s v1.{28|29|30}.{small}+k3s1 ({hex})""#),
            ("info", r#"msg="Waiting for control-plane node ip-10-0-{small}-{n} startup: nodes \"ip-10-0-{small}-{n}\" not found""#),
            ("info", r#"msg="Handling backend connection request [ip-10-0-{small}-{n}]""#),
            ("info", r#"msg="Connecting to proxy" url="wss://{ipport}/v1-k3s/connect""#),
            ("error", r#"msg="Failed to connect to proxy. Empty dialer response" error="dial tcp {ipport}: connect: connection refused""#),
            ("info", r#"msg="Tunnel server egress proxy mode: agent""#),
            ("warning", r#"msg="Unable to remove node password: secrets \"ip-10-0-{small}-{n}.node-password.k3s\" not found""#),
            ("info", r#"msg="Updated coredns node hosts entry [{ip} ip-10-0-{small}-{n}]""#),
        ],
    },
    Format {
        // Kaniko: logrus's short text format, the level and the seconds since start.
        name: "kaniko",
        header: kaniko_header,
        events: &[
            ("INFO", "Retrieving image manifest {python:3.12-slim|node:20-alpine|golang:1.23}"),
            ("INFO", "Retrieving image {python:3.12-slim|node:20-alpine|golang:1.23} from registry index.docker.io"),
            ("INFO", "Taking snapshot of full filesystem..."),
            ("INFO", "Pushing image to registry.example.com/{svc}:{semver}"),
            ("INFO", "Pushed registry.example.com/{svc}@sha256:{hex}{hex2}{hex3}{hex4}{hex5}{hex6}{hex7}{hex8}"),
            ("INFO", "Using files from context: [/workspace/{requirements.txt|package.json|go.mod}]"),
            ("WARN", "Error while retrieving image from cache: registry.example.com/cache:{hex}{hex2} GET https://registry.example.com/v2/cache/manifests/{hex}{hex2}: MANIFEST_UNKNOWN: manifest unknown"),
            ("INFO", "Unpacking rootfs as cmd {RUN pip install -r requirements.txt|RUN npm ci|RUN go build ./...} requires it."),
        ],
    },
    Format {
        // Flux's controllers: controller-runtime's JSON, the object's kind, name and revision.
        name: "flux",
        header: flux_header,
        events: &[
            ("info", r#""msg":"Reconciliation finished in {dur}, next run in {5m0s|10m0s|1h0m0s}","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"{svc}","namespace":"flux-system"},"namespace":"flux-system","name":"{svc}","reconcileID":"{uuid}","revision":"main@sha1:{hex}{hex2}"}"#),
            ("info", r#""msg":"stored artifact for commit 'Merge pull request #{n} from {user}/{branch}'","controller":"gitrepository","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"GitRepository","GitRepository":{"name":"flux-system","namespace":"flux-system"},"namespace":"flux-system","name":"flux-system","reconcileID":"{uuid}"}"#),
            ("error", r#""msg":"Reconciler error","controller":"helmrelease","controllerGroup":"helm.toolkit.fluxcd.io","controllerKind":"HelmRelease","HelmRelease":{"name":"{svc}","namespace":"{ns}"},"namespace":"{ns}","name":"{svc}","reconcileID":"{uuid}","error":"install retries exhausted"}"#),
            ("info", r#""msg":"no changes since last reconcilation: observed revision 'main@sha1:{hex}{hex2}'","controller":"gitrepository","controllerGroup":"source.toolkit.fluxcd.io","controllerKind":"GitRepository","GitRepository":{"name":"flux-system","namespace":"flux-system"},"namespace":"flux-system","name":"flux-system","reconcileID":"{uuid}"}"#),
            ("info", r#""msg":"server-side apply completed","controller":"kustomization","controllerGroup":"kustomize.toolkit.fluxcd.io","controllerKind":"Kustomization","Kustomization":{"name":"{svc}","namespace":"flux-system"},"namespace":"flux-system","name":"{svc}","reconcileID":"{uuid}","output":{"Deployment/{ns}/{svc}":"{configured|unchanged}","Service/{ns}/{svc}":"unchanged"}}"#),
        ],
    },
    Format {
        // MetalLB: go-kit's JSON, keys sorted, an `event` key beside the message.
        name: "metallb",
        header: hms_header,
        events: &[
            ("-", r#"{"caller":"service_controller.go:{64|65}","controller":"ServiceReconciler","level":"info","start reconcile":"{ns}/{svc}","ts":"{iso}"}"#),
            ("-", r#"{"caller":"main.go:{49|50}","event":"startUpdate","level":"info","msg":"start of service update","service":"{ns}/{svc}","ts":"{iso}"}"#),
            ("-", r#"{"caller":"main.go:{96|97}","event":"endUpdate","level":"info","msg":"end of service update","service":"{ns}/{svc}","ts":"{iso}"}"#),
            ("-", r#"{"caller":"service.go:{140|141}","event":"ipAllocated","ip":["{ip}"],"level":"info","msg":"IP address assigned by controller","service":"{ns}/{svc}","ts":"{iso}"}"#),
            ("-", r#"{"caller":"main.go:{371|372}","event":"serviceAnnounced","ips":["{ip}"],"level":"info","msg":"service has IP, announcing","pool":"{default|public|internal}","protocol":"layer2","ts":"{iso}"}"#),
            ("-", r#"{"caller":"bgp_controller.go:{161|162}","error":"dial \"{ipport}\": connect: connection refused","level":"error","msg":"failed to connect to peer","op":"connect","peer":"{ip}","ts":"{iso}"}"#),
        ],
    },
    Format {
        // kube-vip: logrus's text format, the subsystem in brackets inside the message.
        name: "kube_vip",
        header: logrus_header,
        events: &[
            ("info", r#"msg="[endpoint] processing {small} endpoints for service [{ns}/{svc}]""#),
            ("info", r#"msg="[service] adding VIP [{ip}] for [{ns}/{svc}]""#),
            ("info", r#"msg="[service] synchronised in {n}ms""#),
            ("info", r#"msg="Node [{node1|node2|node3}] is assuming leadership of the cluster""#),
            ("info", r#"msg="gratuitous arp broadcast on interface eth0 for {ip}""#),
            ("error", r#"msg="[endpoint] error watching endpoints: context canceled""#),
        ],
    },
    Format {
        // Thanos' compactor: go-kit's logfmt with the component first.
        name: "thanos_compact",
        header: prometheus_header,
        events: &[
            ("info", r#"component=compactor org_id=anonymous msg="compact blocks" count={small} mint={epochms} maxt={epochms2} ulid={ulid} duration={dur} duration_ms={n} cached_dir=/data/compact/0@{n2}/{ulid}"#),
            ("info", r#"component=compactor msg="deleting compacted block" old_block={ulid}"#),
            ("info", r#"component=compactor msg="marking compacted block for deletion" old_block={ulid}"#),
            ("info", r#"msg="start sync of metas""#),
            ("info", r#"msg="successfully synchronized block metadata" duration={dur} duration_ms={n} cached={n2} returned={n3} partial={small}"#),
            ("warn", r#"msg="requested to mark for deletion, but file already exists; this should not happen; investigate" err="file {ulid}/deletion-mark.json already exists in bucket""#),
        ],
    },
    Format {
        // Rocket.Chat (Meteor): the level's letter glued to a compact time, the offset in
        // parentheses and a question mark.
        name: "rocketchat",
        header: meteor_header,
        events: &[
            ("I", "Exception in callback of async function: Error: connect ECONNREFUSED {ipport}"),
            ("I", "[{uuid}] Sending push notification to {small} devices of user {user}"),
            ("W", "Rate limit exceeded for method {sendMessage|loadHistory|getUsersOfRoom} by user {user} ({ip})"),
            ("I", "LivechatAgentActivity: agent {user} went {online|offline|away}"),
            ("E", "Error sending email to {email}: Invalid login: 535 5.7.8 Username and Password not accepted"),
            ("I", "Setting {Accounts_AllowRealNameChange|FileUpload_MaxFileSize|Message_MaxAllowedSize} changed by {user}"),
        ],
    },
    Format {
        // Zulip's request log: fixed columns for the client, method, status, time and path.
        name: "zulip",
        header: zulip_header,
        events: &[
            ("INFO", "[zr] {ip}       GET     200 {n}ms /json/events ({email} via {website|ZulipMobile|ZulipElectron})"),
            ("INFO", "[zr] {ip}       POST    200 {n}ms /json/messages ({email} via {website|ZulipMobile|ZulipElectron})"),
            ("INFO", "[zr] {ip}       GET     {302|401} {n}ms /login/ (unauth@root via Mozilla)"),
            ("WARNING", "[zr] {ip}       GET     429 {n}ms (db: {n2}ms/{small}q) /api/v1/messages ({email} via python/3.11)"),
            ("INFO", "[zulip.queue] queue_processor:  received message for {email}, sending to {missedmessage_emails|email_senders|embed_links}"),
            ("ERROR", "[django.request] Internal Server Error: /json/messages/{n}"),
            ("INFO", "[zulip.retention] Archived {n} messages in {small} batches for realm {realmname}"),
        ],
    },
    Format {
        // Sentry's access log: the call's fields in parentheses, each value quoted.
        name: "sentry_access",
        header: sentry_header,
        events: &[
            ("INFO sentry.access.api", "api.access (method='{GET|POST|PUT}' view='sentry.api.endpoints.{project_events|organization_issues|group_details}.{ProjectEventsEndpoint|OrganizationGroupIndexEndpoint|GroupDetailsEndpoint}' response={200|201|404} user_id='{n}' is_app='False' token_type='None' organization_id='{small}' auth_id='None' path='/api/0/projects/{svc}/{svc2}/events/' caller_ip='{ip}' rate_limited='False' request_duration_seconds={float})"),
            ("INFO sentry.ingest.consumer", "ingest_consumer.process_event (project_id={n} event_id='{hex}{hex2}{hex3}{hex4}' event_type='{error|transaction}')"),
            ("WARNING sentry.utils.geo", "settings.GEOIP_PATH_MMDB not configured."),
            ("ERROR sentry.errors", "Unable to process log entry: Unable to parse timestamp: {n}"),
            ("INFO sentry.tasks.post_process", "post_process.process_snoozes (project_id={n} group_id={n2} event_id='{hex}{hex2}')"),
        ],
    },
    Format {
        // Nginx Proxy Manager (signale): the date and time in brackets, a padded scope, a
        // symbol and the level.
        name: "npm_signale",
        header: signale_header,
        events: &[
            ("SSL ℹ info", "Renewing SSL certs close to expiry..."),
            ("SSL ✖ error", "Error: Command failed: certbot renew --non-interactive --quiet --config \"/etc/letsencrypt.ini\" --preferred-challenges \"dns,http\" --disable-hook-validation"),
            ("Nginx ℹ info", "Reloading Nginx"),
            ("Global ⬤ debug", "CMD: /usr/sbin/nginx -t -g \"error_log off;\""),
            ("Express ✖ error", "{Certificate not found|Permission Denied|Internal Error}"),
            ("IP Ranges ℹ info", "Fetching https://ip-ranges.amazonaws.com/ip-ranges.json"),
            ("Access ℹ info", "Building Access file #{small} for: {user}"),
        ],
    },
    Format {
        // n8n: an RFC 3339 time, bars around a padded level, and JSON metadata after the message.
        name: "n8n",
        header: n8n_header,
        events: &[
            ("info", r#"Workflow execution finished successfully {"workflowId":"{n}","file":"LoggerProxy.js","function":"exports.info"}"#),
            ("info", r#"Start executing node "{HTTP Request|Slack|Postgres|Set}" {"node":"{HTTP Request|Slack|Postgres|Set}","workflowId":"{n}","file":"LoggerProxy.js","function":"exports.info"}"#),
            ("error", r#"Workflow execution failed {"workflowId":"{n}","executionId":"{n2}","error":"Request failed with status code {401|500|503}","file":"LoggerProxy.js","function":"exports.error"}"#),
            ("warn", r#"Pruning executions older than {small} days {"file":"LoggerProxy.js","function":"exports.warn"}"#),
            ("info", r#"Started execution of workflow "{user}'s {backup|sync|report}" from webhook with execution ID {n} {"executionId":"{n}","file":"LoggerProxy.js","function":"exports.info"}"#),
        ],
    },
    Format {
        // Grafana Alloy: logfmt with the component's path and ID.
        name: "grafana_alloy",
        header: alloy_header,
        events: &[
            ("info", r#"msg="scrape pool {started|stopped}" component_path=/ component_id=prometheus.scrape.{node|kubelet|cadvisor}"#),
            ("warn", r#"msg="Failed to send batch, retrying" component_path=/ component_id=prometheus.remote_write.default subcomponent=rw remote_name={hex4} url=https://{webhost}/api/prom/push err="server returned HTTP status 429 Too Many Requests: ingestion rate limit exceeded""#),
            ("info", r#"msg="finished node evaluation" controller_path=/ controller_id="" trace_id={hex}{hex2} node_id=loki.source.file.{app|nginx|syslog} duration={dur}"#),
            ("error", r#"msg="failed to open file" component_path=/ component_id=loki.source.file.{app|nginx|syslog} path=/var/log/{app|nginx|syslog}/{n}.log err="open /var/log/{app|nginx|syslog}/{n}.log: permission denied""#),
            ("info", r#"msg="tail routine: started" component_path=/ component_id=loki.source.file.{app|nginx|syslog} component=tailer path=/var/log/{app|nginx|syslog}/{n}.log"#),
        ],
    },
    Format {
        // fwupd: syslog, then its own time and the object's class padded.
        name: "fwupd",
        header: fwupd_header,
        events: &[
            ("FuEngine", "failed to add device /sys/devices/pci0000:00/0000:00:{hex4}.0/usb{small}: failed to open: USB error on device {hex4}:{hex42} : Entity not found [-5]"),
            ("FuEngine", "using {uuid} for {hex}{hex2}"),
            ("FuPluginUefiCapsule", "UEFI capsule updates not available or enabled in firmware setup"),
            ("FuMain", "Daemon ready for requests (locale {en_US.UTF-8|de_DE.UTF-8|C.UTF-8})"),
            ("FuEngine", "{Emitting PropertyChanged|Emitting DeviceChanged}('Status'='{idle|loading|decompressing}')"),
            ("FuRemoteList", "failed to load remote {lvfs|lvfs-testing|vendor-directory}: metadata signature missing"),
        ],
    },
    Format {
        // Cockpit: syslog from its web service and TLS proxy.
        name: "cockpit",
        header: journal_header,
        events: &[
            ("cockpit-ws", "logged in user session"),
            ("cockpit-ws", "New connection to session from {ip}"),
            ("cockpit-tls", "gnutls_handshake failed: A TLS fatal alert has been received."),
            ("cockpit-session", "pam_unix(cockpit:session): session opened for user {user}(uid={n}) by (uid=0)"),
            ("cockpit-ws", "received invalid HTTP request line"),
            ("cockpit-ws", "Error performing authentication: {Authentication failed|Permission denied}"),
        ],
    },
    Format {
        // sanlock: the time, the monotonic seconds and the thread in brackets.
        name: "sanlock",
        header: sanlock_header,
        events: &[
            ("-", "s{small} lockspace {uuid}:{small2}:/dev/{uuid2}/ids:0"),
            ("-", "s{small} delta_renew read timeout {small2} sec offset 0 /dev/{uuid}/ids"),
            ("-", "s{small} renewal error -202 delta_length {small2} last_success {n}"),
            ("-", "r{small} acquire_token resource exists"),
            ("-", "r{small} cmd_acquire {small2},{small3},{n} acquire_token -17"),
            ("-", "s{small} check_our_lease warning {small2} last_success {n}"),
        ],
    },
    Format {
        // thermald: syslog, and its own level in brackets.
        name: "thermald",
        header: journal_header,
        events: &[
            ("thermald", "[WARN]Unsupported cpu model or platform"),
            ("thermald", "[WARN]sysfs read failed /sys/class/thermal/thermal_zone{small}/temp"),
            ("thermald", "[INFO]Polling mode is enabled: {4|5|6}"),
            ("thermald", "[WARN]Skipping {INT3400|TCPU|B0D4} thermal zone"),
            ("thermald", "[INFO]{Set user defined config|Use Default config}"),
        ],
    },
    Format {
        // OpenSSH's sftp-server at verbose level: quoted paths, some with spaces.
        name: "sftp_server",
        header: journal_header,
        events: &[
            ("sftp-server", "session opened for local user {user} from [{ip}]"),
            ("sftp-server", "open \"/home/{user}/{docfile}\" flags {READ|WRITE,CREATE,TRUNCATE} mode 0666"),
            ("sftp-server", "close \"/home/{user}/{docfile}\" bytes read {n} written {n2}"),
            ("sftp-server", "opendir \"/home/{user}/{Documents|Photos 2026|Shared with team}\""),
            ("sftp-server", "remove name \"/home/{user}/{docfile}\""),
            ("sftp-server", "rename old \"/home/{user}/{docfile}\" new \"/home/{user}/archive/{docfile}\""),
            ("sftp-server", "session closed for local user {user} from [{ip}]"),
        ],
    },
    Format {
        // wu-ftpd's xferlog, as ProFTPD and vsftpd write it: ctime, then one-letter fields.
        name: "xferlog",
        header: ctime_header,
        events: &[
            ("x", "{n} {ip} {n2} /home/{user}/{hex}.{tar.gz|iso|csv} b _ o r {user} ftp 0 * c"),
            ("x", "{n} {ip} {n2} /home/{user}/{hex}.{tar.gz|iso|csv} b _ i r {user} ftp 0 * c"),
            ("x", "{n} {ip} {n2} /home/{user}/{hex}.{tar.gz|iso|csv} b _ o r {user} ftp 0 * i"),
            ("x", "{n} {ip} {n2} /pub/{hex}.{tar.gz|iso|csv} b _ o a {email} ftp 0 * c"),
        ],
    },
    Format {
        // journalctl -o short-monotonic: seconds since boot in brackets, padded.
        name: "journal_monotonic",
        header: monotonic_header,
        events: &[
            ("systemd[1]", "Started {unit}."),
            ("systemd[1]", "{unit}: Deactivated successfully."),
            ("systemd[1]", "{unit}: Consumed {float}s CPU time."),
            ("kernel", "EXT4-fs ({nvme0n1p2|sda1|vdb}): mounted filesystem with ordered data mode. Quota mode: none."),
            ("systemd-logind[812]", "New session {n} of user {user}."),
            ("systemd-logind[812]", "Removed session {n}."),
            ("kernel", "audit: type=1400 audit({epochs}.{n}:{n2}): apparmor=\"DENIED\" operation=\"open\" profile=\"{snap.firefox.firefox|/usr/sbin/cupsd}\" name=\"/proc/{n3}/cgroup\" pid={n3} comm=\"{firefox|cupsd}\" requested_mask=\"r\" denied_mask=\"r\" fsuid={n4} ouid={n4}"),
        ],
    },
    Format {
        // MLflow: Python's logging as MLflow sets it up, names quoted in the message.
        name: "mlflow",
        header: mlflow_header,
        events: &[
            ("INFO mlflow.tracking.fluent", "Experiment with name '{svc}-{churn|forecast|ranking}' does not exist. Creating a new experiment."),
            ("INFO mlflow.tracking.fluent", "Autologging successfully enabled for {sklearn|xgboost|pytorch}."),
            ("WARNING mlflow.utils.autologging_utils", "MLflow autologging encountered a warning: \"{pyfile}:{n}: UserWarning: Hint: Inferred schema contains integer column(s).\""),
            ("INFO mlflow.store.model_registry.abstract_store", "Waiting up to 300 seconds for model version to finish creation. Model name: {svc}-model, version {small}"),
            ("ERROR mlflow.server", "Exception on /api/2.0/mlflow/runs/get [GET]"),
            ("INFO mlflow.projects.backend.local", "=== Run (ID '{hex}{hex2}{hex3}{hex4}') succeeded ==="),
        ],
    },
    Format {
        // Flume: log4j with the day before the month's name, the thread, and the class and
        // method with their line in parentheses.
        name: "flume",
        header: flume_header,
        events: &[
            ("INFO lifecycleSupervisor-1-0 org.apache.flume.node.PollingPropertiesFileConfigurationProvider.start:62", "Configuration provider starting"),
            ("INFO SinkRunner-PollingRunner-DefaultSinkProcessor org.apache.flume.sink.hdfs.BucketWriter.open:246", "Creating hdfs://nn1:8020/flume/events/2026-11-{day}/FlumeData.{epochms}.tmp"),
            ("INFO hdfs-k1-roll-timer-0 org.apache.flume.sink.hdfs.BucketWriter.close:393", "Closing hdfs://nn1:8020/flume/events/2026-11-{day}/FlumeData.{epochms}.tmp"),
            ("WARN SinkRunner-PollingRunner-DefaultSinkProcessor org.apache.flume.sink.hdfs.HDFSEventSink.process:443", "HDFS IO error"),
            ("ERROR PollableSourceRunner-KafkaSource-r1 org.apache.flume.source.kafka.KafkaSource.doProcess:314", "KafkaSource EXCEPTION, {}"),
            ("INFO conf-file-poller-0 org.apache.flume.conf.FlumeConfiguration$AgentConfiguration.addProperty:1117", "Added sinks: k1 Agent: a1"),
        ],
    },
    Format {
        // kadmind: syslog with the level in parentheses, a request's fields after commas.
        name: "kadmind",
        header: kadmind_header,
        events: &[
            ("info", "Request: kadm5_get_principal, {user}@EXAMPLE.COM, success, client=admin/admin@EXAMPLE.COM, service=kadmin/admin@EXAMPLE.COM, addr={ip}, flavor=6"),
            ("info", "Request: kadm5_create_principal, {user}@EXAMPLE.COM, Principal or policy already exists, client=admin/admin@EXAMPLE.COM, service=kadmin/admin@EXAMPLE.COM, addr={ip}, flavor=6"),
            ("info", "Request: kadm5_randkey_principal, host/{host}@EXAMPLE.COM, success, client=admin/admin@EXAMPLE.COM, service=kadmin/admin@EXAMPLE.COM, addr={ip}, flavor=6"),
            ("Notice", "Authentication attempt failed: {ip}, GSS-API error strings are:"),
            ("info", "closing down fd {small}"),
        ],
    },
    Format {
        // Nessus' scanner log: the time and the scan's fields in brackets, names with spaces.
        name: "nessus",
        header: nessus_header,
        events: &[
            ("n", "[user={user}][name={Weekly internal scan|DMZ|PCI quarterly}][scan={uuid}] : Scan started"),
            ("n", "[user={user}][name={Weekly internal scan|DMZ|PCI quarterly}][scan={uuid}] : Scan completed in {n} seconds"),
            ("n", "[user={user}][name={Weekly internal scan|DMZ|PCI quarterly}][scan={uuid}][target={ip}] : Host is dead (did not reply to ping)"),
            ("n", "[user={user}][name={Weekly internal scan|DMZ|PCI quarterly}][scan={uuid}][target={ip}][plugin={n}] : Plugin timed out"),
            ("n", "Plugins updated: {n} plugins, feed version {n2}"),
        ],
    },
    Format {
        // Velociraptor: the level in brackets before an RFC 3339 time.
        name: "velociraptor",
        header: velociraptor_header,
        events: &[
            ("INFO", "Hunt H.{hex} started by {user}"),
            ("INFO", "Client C.{hex}{hex2} connected from {ipport}"),
            ("INFO", "Collection F.{hex} for C.{hex2}{hex3} completed: {small} artifacts, {n} rows"),
            ("ERROR", "Flow F.{hex}: artifact {Windows.System.Pslist|Generic.Client.Info|Linux.Sys.Users} failed: query timed out after {600|300} seconds"),
            ("WARN", "Client C.{hex}{hex2} sent an invalid nonce"),
        ],
    },
    Format {
        // pt-kill's --print: a comment with the time, the action, the connection and its query.
        name: "pt_kill",
        header: pt_kill_header,
        events: &[
            ("k", "KILL {n} (Query {n2} sec) SELECT * FROM {table} WHERE created_at < NOW() - INTERVAL {small} DAY"),
            ("k", "KILL {n} (Sleep {n2} sec) NULL"),
            ("k", "KILL {n} (Query {n2} sec) UPDATE {table} SET status = 'archived' WHERE id = {n3}"),
        ],
    },
    Format {
        // Cisco ISE over syslog: the category, the message's ID and severity, then
        // `Key=value` pairs whose keys hold spaces.
        name: "cisco_ise",
        header: cisco_ise_header,
        events: &[
            ("CISE_Passed_Authentications 5200 NOTICE", "Passed-Authentication: Authentication succeeded, ConfigVersionId={n}, Device IP Address={ip}, DestinationIPAddress={ip2}, UserName={user}, Protocol=Radius, NetworkDeviceName=SW-{small}, AuthenticationMethod={PAP_ASCII|MSCHAPV2|EAP-TLS}, SelectedAccessService=Default Network Access,"),
            ("CISE_Failed_Attempts 5400 NOTICE", "Failed-Attempt: Authentication failed, ConfigVersionId={n}, Device IP Address={ip}, DestinationIPAddress={ip2}, UserName={user}, Protocol=Radius, NetworkDeviceName=SW-{small}, FailureReason=24408 User authentication against Active Directory failed since user has entered the wrong password,"),
            ("CISE_RADIUS_Accounting 3000 NOTICE", "Radius-Accounting: RADIUS Accounting start request, ConfigVersionId={n}, Device IP Address={ip}, UserName={user}, NetworkDeviceName=SW-{small}, Acct-Status-Type=Start, Acct-Session-Id={hex},"),
            ("CISE_Administrative_and_Operational_Audit 51001 NOTICE", "Administrator-Login: Administrator authentication succeeded, ConfigVersionId={n}, AdminName={user}, AdminIPAddress={ip}, AdminSession={hex}{hex2}, AdminInterface=GUI,"),
        ],
    },
    Format {
        // Symantec Endpoint Protection's exported risk log: comma-separated `Name: value` fields.
        name: "symantec_sep",
        header: exim_header,
        events: &[
            ("s", r",Virus found,IP Address: {ip},Computer name: WS-{wks},Source: {Real Time Scan|Scheduled Scan|Manual scan},Risk name: {Trojan.Gen.2|W97M.Downloader|PUA.Gen.2},Occurrences: 1,File path: C:\Users\{user}\Downloads\{hex}.exe,Description: ,Actual action: {Quarantined|Deleted|Left alone},Requested action: Quarantined,Secondary action: Deleted"),
            ("s", r",Security risk found,IP Address: {ip},Computer name: WS-{wks},Source: Auto-Protect scan,Risk name: {Tracking Cookies|Adware.Gen},Occurrences: {small},File path: C:\Users\{user}\AppData\Local\Temp\{hex},Description: ,Actual action: Deleted,Requested action: Deleted,Secondary action: Left alone"),
            ("s", ",Scan started on selected drives and folders and all extensions.,IP Address: {ip},Computer name: WS-{wks},Scan ID: {n}"),
            ("s", ",Scan Complete:  Risks: {small}   Scanned: {n}   Files/Folders/Drives Omitted: {n2} Trusted Files Skipped: {n3},IP Address: {ip},Computer name: WS-{wks},Scan ID: {n4}"),
        ],
    },
    Format {
        // HPE iLO's integrated management log, as exported: class, date, description.
        name: "hp_ilo",
        header: hp_ilo_header,
        events: &[
            ("i", "Power Supply Failure (Power Supply {1|2}, Serial Number 5{hex}) "),
            ("i", "System Power Supplies Not Redundant"),
            ("i", "Corrected Memory Error threshold exceeded (Processor {1|2}, Memory Module {small})"),
            ("i", "Server Critical Fault (Service Information: Runtime Fault, System Board, Processor {1|2} DIMM {small} (0x{hex4}))"),
            ("i", "Network Adapter Link Down (Slot {small}, Port {1|2|3|4})"),
            ("i", "Fan Failure (Fan {small}, Location System Board)"),
        ],
    },
    Format {
        // SQL Server Agent's log: a mark for the kind of line and a message number in brackets.
        name: "sqlagent",
        header: sqlagent_header,
        events: &[
            ("?", "[100] Microsoft SQLServerAgent version 16.0.{n}.{small} (X64 unicode retail build) : Process ID {n2}"),
            ("?", "[101] SQL Server {host} version 16.00.{n} (0 connection limit)"),
            ("!", "[298] SQLServer Error: {small}, Login timeout expired [SQLSTATE HYT00]"),
            ("+", "[396] An idle CPU condition has not been defined - OnIdle job schedules will have no effect"),
            ("!", "[382] Logon to server '{host}' failed (DisableAgentXPs)"),
            ("?", "[146] Request servicer engine started"),
            ("!", "[165] ODBC Error: 0, Named Pipes Provider: Could not open a connection to SQL Server [{2|53}].  [SQLSTATE 08001]"),
        ],
    },
    Format {
        // duplicity's backup statistics: one statistic a line, a name and its value.
        name: "duplicity",
        header: hms_header,
        events: &[
            ("-", "Local and Remote metadata are synchronized, no sync needed."),
            ("-", "Last full backup date: {ctime}"),
            ("-", "--------------[ Backup Statistics ]--------------"),
            ("-", "StartTime {epochs}.{small} ({ctime})"),
            ("-", "ElapsedTime {float} ({float} seconds)"),
            ("-", "SourceFiles {n}"),
            ("-", "NewFiles {n}"),
            ("-", "DeletedFiles {n}"),
            ("-", "ChangedFiles {n}"),
            ("-", "TotalDestinationSizeChange {n} ({float} KB)"),
            ("-", "Errors {0|1|2}"),
        ],
    },
    Format {
        // ClickHouse's server log: a query's ID in braces (empty for a background thread), the
        // level in angle brackets, and a logger that names a table's engine.
        name: "clickhouse_server",
        header: clickhouse_server_header,
        events: &[
            ("Debug|executeQuery", "(from {ipport}) SELECT count() FROM default.{table} WHERE ts > now() - INTERVAL {small} HOUR (stage: Complete)"),
            ("Information|executeQuery", "Read {n} rows, {float} KiB in {float2} sec., {n2} rows/sec., {float3} MiB/sec."),
            ("Debug|MemoryTracker", "Peak memory usage (for query): {float} MiB."),
            ("Debug|TCPHandler", "Processed in {float} sec."),
            ("Debug|default.events (MergerMutator)", "Selected {small} parts from 202611_{n}_{n2}_{small2} to 202611_{n3}_{n4}_{small3}"),
            ("Debug|default.events (MergerMutator)", "Merged {small} parts: [202611_{n}_{n2}_{small2}, 202611_{n3}_{n4}_{small3}] -> 202611_{n}_{n4}_{small4}"),
            ("Trace|default.events ({uuid}) (MergerMutator)", "Merging {small} parts: from 202611_{n}_{n2}_{small2} to 202611_{n3}_{n4}_{small3} into Compact with storage Full"),
            ("Debug|DiskLocal", "Reserved {float} MiB on local disk `default`, having unreserved {float2} GiB."),
            ("Information|Application", "Ready for connections."),
            ("Warning|Application", "Listen [::]:{port} failed: Poco::Exception. Code: 1000, e.code() = 0, Net Exception: Address already in use: [::]:{port} (version 24.8.{small}.{n} (official build))."),
            ("Error|executeQuery", "Code: 60. DB::Exception: Table default.{table} does not exist. (UNKNOWN_TABLE) (version 24.8.{small}.{n} (official build)) (from {ipport}) (in query: SELECT * FROM {table} LIMIT {small2})"),
            ("Information|SystemLog (system.query_log)", "Flushing system log, {small} entries to flush up to offset {n}"),
            ("Information|default.events (ReplicatedMergeTreeRestartingThread)", "Replica was restarted after {float} seconds of being read-only"),
        ],
    },
    Format {
        // Gentoo's emerge.log: seconds since the epoch, a colon, then portage's own marks.
        name: "emerge_log",
        header: epoch_colon_header,
        events: &[
            ("", "Started emerge on: Nov {day}, 2026 {hms}"),
            ("", " *** emerge --ask --update --deep --newuse @world"),
            ("", " >>> emerge ({small} of {small2}) {ebuild} to /"),
            ("", " === ({small} of {small2}) Cleaning ({ebuild}::gentoo)"),
            ("", " === ({small} of {small2}) Compiling/Merging ({ebuild}::gentoo)"),
            ("", " === ({small} of {small2}) Merging ({ebuild}::gentoo)"),
            ("", " >>> AUTOCLEAN: {ebuild}"),
            ("", " === Unmerging... ({ebuild})"),
            ("", " >>> unmerge success: {ebuild}"),
            ("", " ::: completed emerge ({small} of {small2}) {ebuild} to /"),
            ("", " *** Finished. Cleaning up..."),
            ("", " *** exiting successfully."),
            ("", " *** terminating."),
            ("", " === sync"),
            ("", ">>> Syncing repository 'gentoo' into '/var/db/repos/gentoo'..."),
            ("", "=== Sync completed for gentoo"),
        ],
    },
    Format {
        // Sophos XG firewall: key=value pairs, the text values quoted, some with spaces.
        name: "sophos_xg",
        header: sophos_xg_header,
        events: &[
            ("010101600001", "log_type=\"Firewall\" log_component=\"Firewall Rule\" log_subtype=\"Allowed\" status=\"Allow\" priority=Information duration={small} fw_rule_id={small2} user_name=\"\" src_ip={ip} dst_ip={ip2} protocol=\"TCP\" src_port={port} dst_port=443 sent_bytes={n} recv_bytes={n2}"),
            ("010102600002", "log_type=\"Firewall\" log_component=\"Firewall Rule\" log_subtype=\"Denied\" status=\"Deny\" priority=Information duration=0 fw_rule_id=0 user_name=\"\" src_ip={ip} dst_ip={ip2} protocol=\"{TCP|UDP}\" src_port={port} dst_port={port2} sent_bytes=0 recv_bytes=0"),
            ("020804402036", "log_type=\"IDP\" log_component=\"Signatures\" log_subtype=\"Drop\" priority=Warning idp_policy_id={small} user_name=\"\" signature_id={n} signature_msg=\"{idpsig}\" classification=\"Web Application Attack\" rule_priority={1|2} src_ip={ip} dst_ip={ip2} protocol=\"TCP\" src_port={port} dst_port=80"),
            ("050901616001", "log_type=\"Content Filtering\" log_component=\"HTTP\" log_subtype=\"Denied\" priority=Information fw_rule_id={small} user_name=\"{user}\" web_policy_id={small2} category=\"{webcat}\" url=\"https://{webhost}/\" src_ip={ip} status_code=\"403\""),
            ("062910617701", "log_type=\"Event\" log_component=\"Firewall Authentication\" log_subtype=\"Authentication\" status=\"Successful\" priority=Information user_name=\"{user}\" usergroupname=\"Open Group\" auth_client=\"Web Client\" src_ip={ip} message=\"User {user} of group Open Group logged in successfully to Firewall through Web authentication mechanism\""),
            ("062910617703", "log_type=\"Event\" log_component=\"Firewall Authentication\" log_subtype=\"Authentication\" status=\"Failed\" priority=Information user_name=\"{user}\" usergroupname=\"\" auth_client=\"Web Client\" src_ip={ip} reason=\"Wrong credentials\" message=\"User {user} failed to login to Firewall through Local authentication mechanism because of wrong credentials\""),
            ("17801", "log_type=\"Event\" log_component=\"IPSec\" log_subtype=\"System\" status=\"Established\" priority=Notice user_name=\"\" connectionname=\"{vpnconn}\" localgateway=\"{ip}\" remotegateway=\"{ip2}\" message=\"{vpnconn} - Connection Established\""),
            ("17802", "log_type=\"Event\" log_component=\"IPSec\" log_subtype=\"System\" status=\"Terminated\" priority=Notice user_name=\"\" connectionname=\"{vpnconn}\" localgateway=\"{ip}\" remotegateway=\"{ip2}\" message=\"{vpnconn} - Connection Terminated\""),
        ],
    },
    Format {
        // Temporal's server: zap's JSON with the service's fields and where it logged.
        name: "temporal",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"msg\":\"Range updated for shardID\",\"service\":\"history\",\"shard-id\":{small},\"address\":\"{ipport}\",\"shard-range-id\":{n},\"previous-range-id\":{n2},\"logging-call-at\":\"context_impl.go:1104\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"msg\":\"history client encountered error\",\"service\":\"frontend\",\"error\":\"context deadline exceeded\",\"service-error-type\":\"serviceerror.DeadlineExceeded\",\"logging-call-at\":\"metric_client.go:104\"}"),
            ("-", "{\"level\":\"warn\",\"ts\":\"{iso}\",\"msg\":\"Workflow task timed out\",\"service\":\"history\",\"shard-id\":{small},\"address\":\"{ipport}\",\"wf-namespace-id\":\"{uuid}\",\"wf-id\":\"order-{n}\",\"wf-run-id\":\"{uuid2}\",\"logging-call-at\":\"timer_queue_active_task_executor.go:312\"}"),
            ("-", "{\"level\":\"error\",\"ts\":\"{iso}\",\"msg\":\"Unable to process new range\",\"service\":\"matching\",\"component\":\"matching-engine\",\"wf-task-queue-name\":\"{orders|payments|shipping}\",\"error\":\"Not enough hosts to serve the request\",\"logging-call-at\":\"task_queue_manager.go:{small}\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"msg\":\"Membership heartbeat upserted successfully\",\"address\":\"{ip}\",\"port\":{port},\"hostId\":\"{uuid}\",\"logging-call-at\":\"monitor.go:256\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"msg\":\"Current reachable members\",\"component\":\"service-resolver\",\"service\":\"{frontend|history|matching|worker}\",\"addresses\":[\"{ipport}\"],\"logging-call-at\":\"service_resolver.go:279\"}"),
            ("-", "{\"level\":\"warn\",\"ts\":\"{iso}\",\"msg\":\"Failed to poll for task.\",\"service\":\"worker\",\"Namespace\":\"temporal-system\",\"TaskQueue\":\"temporal-sys-tq-scanner-taskqueue-0\",\"WorkerID\":\"{small}@{hostname}@\",\"WorkerType\":\"ActivityWorker\",\"Error\":\"context deadline exceeded\",\"logging-call-at\":\"internal_worker.go:292\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"msg\":\"Started Worker\",\"Namespace\":\"default\",\"TaskQueue\":\"{orders|payments|shipping}\",\"WorkerID\":\"{small}@{hostname}@\",\"logging-call-at\":\"internal_worker.go:1045\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"msg\":\"matching client encountered error\",\"service\":\"history\",\"error\":\"Workflow is busy.\",\"service-error-type\":\"serviceerror.ResourceExhausted\",\"logging-call-at\":\"metric_client.go:219\"}"),
        ],
    },
    Format {
        // Atlassian Bamboo: log4j with a thread's name in brackets (spaces and colons inside),
        // then the class's short name in brackets.
        name: "bamboo",
        header: bamboo_header,
        events: &[
            ("INFO|agent|BuildLoggerManagerImpl", "Finished building {bambooplan}-JOB1-{n}."),
            ("INFO|agent|DefaultBuildAgent", "Build {bambooplan}-JOB1-{n} started building on agent Default Agent"),
            ("INFO|event|ChainExecutionManagerImpl", "Stage {Default Stage|Integration Tests|Deploy to staging} in {bambooplan}-{n} has completed."),
            ("INFO|http|AccessLogFilterImpl", "{user} GET http://bamboo.example.com/rest/api/latest/result/{bambooplan}.json?expand=results {n}kb"),
            ("INFO|event|PlanExecutionManagerImpl", "Plan {bambooplan} has been triggered by {user}."),
            ("ERROR|agent|TaskExecutorImpl", "Task 'Maven 3.x' of {bambooplan}-JOB1-{n} failed with exit code {small}"),
            ("INFO|sched|ChangeDetectionListenerAction", "Change detection found {small} changes for plan {bambooplan}"),
            ("INFO|event|ArtifactManagerImpl", "Publishing artifact 'build-output' for {bambooplan}-JOB1-{n}: {small} files, {float} MB"),
            ("WARN|sched|RepositoryCachingFacade", "Cache for repository {gitrepo} is stale, refreshing"),
        ],
    },
    Format {
        // Mirth Connect (an HL7 interface engine): the class and line in parentheses, and
        // channels named with spaces.
        name: "mirth",
        header: mirth_header,
        events: &[
            ("INFO|com.mirth.connect.donkey.server.channel.Channel:1532", "Channel {mirthchannel} ({uuid}) has been deployed."),
            ("INFO|com.mirth.connect.donkey.server.channel.Channel:1649", "Channel {mirthchannel} ({uuid}) has been started."),
            ("INFO|com.mirth.connect.donkey.server.channel.Channel:1725", "Channel {mirthchannel} ({uuid}) has been stopped."),
            ("WARN|com.mirth.connect.connectors.tcp.TcpDispatcher:412", "Error connecting to {ipport} for channel {uuid} (Destination {small}): Connection refused (Connection refused)"),
            ("INFO|com.mirth.connect.server.Mirth:301", "Mirth Connect 4.5.{small} (Built on November {day}, 2026) server successfully started."),
            ("ERROR|com.mirth.connect.server.util.javascript.JavaScriptTask:87", "Error evaluating filter/transformer for channel {mirthchannel}: TypeError: Cannot read property \"PID.{small}\" from undefined"),
            ("INFO|com.mirth.connect.server.controllers.DonkeyMessageController:2254", "Pruned {n} messages from channel {mirthchannel} ({uuid})"),
            ("INFO|com.mirth.connect.server.Mirth:1150", "Web server running at http://{ip}:8080/ and https://{ip}:8443/"),
        ],
    },
    Format {
        // AWS Elastic Beanstalk's eb-engine.log: a date with slashes, microseconds, a level in
        // brackets, and the platform engine's steps.
        name: "eb_engine",
        header: adguard_header,
        events: &[
            ("INFO", "Starting EBPlatform-PlatformEngine"),
            ("INFO", "Executing instruction: {ebstep}"),
            ("INFO", "Executing cleanup logic"),
            ("INFO", "Instance has NOT been bootstrapped"),
            ("INFO", "Platform Engine finished execution on command: {app-deploy|self-startup|config-deploy}"),
            ("ERROR", "An error occurred during execution of command [app-deploy] - [Use NPM to install dependencies]. Stop running the command. Error: Command /bin/sh -c npm --omit=dev install failed with error exit status {small}"),
            ("INFO", "Copying file /opt/elasticbeanstalk/config/private/rsyslog.conf to /etc/rsyslog.d/web.conf"),
            ("INFO", "Cleaned ebextensions subdirectories from app staging directory."),
            ("INFO", "Finished extracting /opt/elasticbeanstalk/deployment/app_source_bundle to /var/app/staging/ successfully."),
            ("INFO", "Running command /bin/sh -c systemctl show -p PartOf {web|nginx|healthd}.service"),
        ],
    },
    Format {
        // Foreman's production.log: the level's initial, the logger and a request's ID in
        // brackets, then Rails' own lines.
        name: "foreman",
        header: foreman_header,
        events: &[
            ("I|app", "Started GET \"/api/v2/hosts/{host}\" for {ip} at {date} {hms} +0000"),
            ("I|app", "Processing by Api::V2::HostsController#show as JSON"),
            ("I|app", "  Parameters: {\"apiv\"=>\"v2\", \"id\"=>\"{host}\"}"),
            ("I|app", "Completed 200 OK in {n}ms (Views: {float}ms | ActiveRecord: {float2}ms | Allocations: {n2})"),
            ("I|app", "Completed 404 Not Found in {n}ms (ActiveRecord: {float}ms | Allocations: {n2})"),
            ("I|app", "  Rendered api/v2/hosts/show.json.rabl (Duration: {float}ms | Allocations: {n})"),
            ("I|app", "Current user: {user} (administrator)"),
            ("W|app", "Scoped order is ignored, it's forced to be batch order."),
            ("I|audit", "Host::Managed ({small}) update event on last_report {date} {hms} UTC, {date2} {hms2} UTC"),
            ("E|bac", "Failed to run hook 'refresh_status' for Host::Managed::Jail, error: Connection refused - connect(2) for \"{host}\" port 8443"),
        ],
    },
    Format {
        // Unraid's syslog: the array's own daemons (emhttpd, shfs) beside the kernel's md
        // driver and plugins named with dots.
        name: "unraid",
        header: tag_header,
        events: &[
            ("emhttpd", "spinning down /dev/{blockdev}"),
            ("emhttpd", "read SMART /dev/{blockdev}"),
            ("kernel", "mdcmd ({small}): spindown {small2}"),
            ("kernel", "md: sync done. time={n}sec"),
            ("emhttpd", "Starting services..."),
            ("shfs", "share cache full"),
            ("webGUI", "Successful login user root from {ip}"),
            ("webGUI", "Unsuccessful login user {user} from {ip}"),
            ("unassigned.devices", "Mounting partition '{blockdev}' at mountpoint '/mnt/disks/{disklabel}'..."),
            ("root", "Fix Common Problems: Warning: Docker application {dockerapp} has an update available for it"),
        ],
    },
    Format {
        // OpenTSDB: logback with Netty's channel IDs and addresses, and a channel's state as
        // the last word.
        name: "opentsdb",
        header: opentsdb_header,
        events: &[
            ("INFO|RpcHandler|io", "[id: 0x{hex}, /{ipport} => /{ip2}:4242] OPEN"),
            ("INFO|RpcHandler|io", "[id: 0x{hex}, /{ipport} => /{ip2}:4242] BOUND: /{ip2}:4242"),
            ("INFO|RpcHandler|io", "[id: 0x{hex}, /{ipport} :> /{ip2}:4242] DISCONNECTED"),
            ("INFO|RpcHandler|io", "[id: 0x{hex}, /{ipport} :> /{ip2}:4242] UNBOUND"),
            ("INFO|RpcHandler|io", "[id: 0x{hex}, /{ipport} :> /{ip2}:4242] CLOSED"),
            ("INFO|TSDB|main", "Flushing compaction queue"),
            ("INFO|HBaseClient|hbase", "Added client for region RegionInfo(table=\"tsdb\", region_name=\"tsdb,,{epochms}.{hex}.\", stop_key=\"\"), which was added to the regions cache.  Now we know that RegionClient@{n}(chan=[id: 0x{hex2}, /{ipport2} => /{ip3}:16020], #pending_rpcs=0, #batched=0, #rpcs_inflight=0) is hosting {small} regions."),
            ("ERROR|RegionClient|hbase", "Unexpected exception from downstream on [id: 0x{hex}, /{ipport} => /{ip2}:16020]"),
            ("INFO|CompactionQueue|compaction", "Compaction thread took {n} ms to flush {n2} rows"),
            ("WARN|PutDataPointRpc|io", "Unknown metric: {statsmetric} from {ipport}"),
        ],
    },
    Format {
        // MythTV's backend: microseconds, a level's letter, the process and thread IDs, the
        // thread's name, the source file and line and the function in parentheses.
        name: "mythtv",
        header: mythtv_header,
        events: &[
            ("I|CoreContext|mythcommandlineparser.cpp:2614 (ConfigureLogging)", "Setting Log Level to LOG_INFO"),
            ("I|Scheduler|scheduler.cpp:2466 (HandleRecording)", "Started recording: {movie}: channel {n} on cardid [{small}], sourceid {small2}"),
            ("I|TVRecEvent|tv_rec.cpp:1046 (HandleStateChange)", "TVRec[{small}]: Changing from None to RecordingOnly"),
            ("I|TVRecEvent|tv_rec.cpp:1046 (HandleStateChange)", "TVRec[{small}]: Changing from RecordingOnly to None"),
            ("E|TVRecEvent|dtvchannel.cpp:290 (SetChannelByString)", "DTVChan[{small}](/dev/dvb/adapter{small2}/frontend0): SetChannelByString({n}): Failed to find channel in DB."),
            ("I|Expire|autoexpire.cpp:264 (CalcParams)", "AutoExpire: CalcParams(): Max required Free Space: {float} GB w/freq: {small} min"),
            ("I|HouseKeeping|housekeeper.cpp:640 (RunHouseKeeping)", "Running housekeeping thread"),
            ("N|CoreContext|mythbackend.cpp:623 (run_backend)", "MythBackend: Starting up as the master server."),
            ("W|ProcessRequest|mainserver.cpp:1795 (HandleAnnounce)", "MainServer: Unknown socket announcing from {ipport}"),
        ],
    },
    Format {
        // nftables' `nft monitor trace`: a trace's ID, the table and chain, then the packet,
        // the rule that matched or the chain's verdict.
        name: "nftables_trace",
        header: hms_header,
        events: &[
            ("-", "trace id {hex} inet filter input packet: iif \"eth0\" ether saddr {hwaddr} ether daddr {hwaddr2} ip saddr {ip} ip daddr {ip2} ip dscp cs0 ip ecn not-ect ip ttl {small} ip id {n} ip length {small2} tcp sport {port} tcp dport {port2} tcp flags == syn tcp window {n2}"),
            ("-", "trace id {hex} inet filter input packet: iif \"eth0\" ether saddr {hwaddr} ether daddr {hwaddr2} ip saddr {ip} ip daddr {ip2} ip dscp cs0 ip ecn not-ect ip ttl {small} ip id {n} ip length {small2} udp sport {port} udp dport 53 udp length {small3}"),
            ("-", "trace id {hex} inet filter input rule tcp dport { 22, 80, 443 } accept (verdict accept)"),
            ("-", "trace id {hex} inet filter input rule ct state established,related accept (verdict accept)"),
            ("-", "trace id {hex} inet filter input rule ip saddr @blocklist drop (verdict drop)"),
            ("-", "trace id {hex} inet filter input verdict continue"),
            ("-", "trace id {hex} inet filter input policy drop"),
            ("-", "trace id {hex} inet filter output policy accept"),
            ("-", "trace id {hex} ip nat postrouting rule oifname \"eth0\" masquerade (verdict accept)"),
        ],
    },
    Format {
        // A kernel oops in the ring buffer: the fault, the machine, the registers and the
        // call trace, a function a line.
        name: "kernel_oops",
        header: kernel_header,
        events: &[
            ("", "BUG: unable to handle page fault for address: {kaddr}"),
            ("", "#PF: supervisor read access in kernel mode"),
            ("", "#PF: error_code(0x0000) - not-present page"),
            ("", "Oops: 0000 [#1] PREEMPT SMP NOPTI"),
            ("", "CPU: {small} PID: {n} Comm: {kworker/3:1|kswapd0|systemd-journal} Tainted: G           OE      6.1.0-18-amd64 #1  Debian 6.1.76-1"),
            ("", "Hardware name: QEMU Standard PC (Q35 + ICH9, 2009), BIOS 1.16.2-debian-1.16.2-1 04/01/2014"),
            ("", "RIP: 0010:ext4_find_extent+0x{koff}/0x{koff2}"),
            ("", "RSP: 0018:{kaddr} EFLAGS: 00010246"),
            ("", "RAX: 0000000000000000 RBX: {kaddr} RCX: 0000000000000000"),
            ("", "Call Trace:"),
            ("", " <TASK>"),
            ("", " ext4_ext_map_blocks+0x{koff}/0x{koff2}"),
            ("", " ext4_map_blocks+0x{koff}/0x{koff2}"),
            ("", " ext4_mpage_readpages+0x{koff}/0x{koff2}"),
            ("", " read_pages+0x{koff}/0x{koff2}"),
            ("", " </TASK>"),
            ("", "---[ end trace 0000000000000000 ]---"),
        ],
    },
    Format {
        // Cilium's `hubble observe`: pods with their identities on both sides of an arrow,
        // the observation point and the verdict, and a summary in parentheses.
        name: "hubble",
        header: hubble_header,
        events: &[
            ("", "{ns}/{pod}:{port} (ID:{n}) -> {ns2}/{pod2}:8080 (ID:{n2}) to-endpoint FORWARDED (TCP Flags: SYN)"),
            ("", "{ns}/{pod}:{port} (ID:{n}) -> {ns2}/{pod2}:8080 (ID:{n2}) to-endpoint FORWARDED (TCP Flags: ACK, PSH)"),
            ("", "{ns}/{pod}:{port} (ID:{n}) -> {ns2}/{pod2}:8080 (ID:{n2}) policy-verdict:L3-L4 INGRESS ALLOWED (TCP Flags: SYN)"),
            ("", "{ns}/{pod}:{port} (ID:{n}) <> {ns2}/{pod2}:8080 (ID:{n2}) policy-verdict:none INGRESS DENIED (TCP Flags: SYN)"),
            ("", "{ns}/{pod}:{port} (ID:{n}) <> {ns2}/{pod2}:8080 (ID:{n2}) Policy denied DROPPED (TCP Flags: SYN)"),
            ("", "{ns}/{pod}:{port} (ID:{n}) -> kube-system/{pod2}:53 (ID:{n2}) dns-request proxy FORWARDED (DNS Query {webhost}. A)"),
            ("", "{ns}/{pod}:{port} (ID:{n}) -> {ns2}/{pod2}:8080 (ID:{n2}) http-request FORWARDED (HTTP/1.1 GET http://{svc}/api/v1/orders)"),
            ("", "{ns}/{pod}:8080 (ID:{n}) <- {ns2}/{pod2}:{port} (ID:{n2}) http-response FORWARDED (HTTP/1.1 200 {small}ms (GET http://{svc}/api/v1/orders))"),
        ],
    },
    Format {
        // ComfyUI's console: Python's prints with no time, a progress bar among them.
        name: "comfyui",
        header: hms_header,
        events: &[
            ("-", "got prompt"),
            ("-", "model_type EPS"),
            ("-", "Using pytorch attention in VAE"),
            ("-", "Requested to load {SDXLClipModel|SDXL|AutoencoderKL}"),
            ("-", "loaded completely {float} {float2} True"),
            ("-", "{small}%|{bar}| {small2}/20 [00:{mmss}<00:{mmss2}, {float}it/s]"),
            ("-", "Prompt executed in {float} seconds"),
            ("-", "Cannot execute because a node is missing the class_type property.: Node ID '#{small}'"),
            ("-", "Failed to validate prompt for output {small}:"),
        ],
    },
    Format {
        // Dragonfly: glog's header with the whole date (`I20261128`), the thread, and the
        // source file and line.
        name: "dragonfly",
        header: dragonfly_header,
        events: &[
            ("I|dfly_main.cc:691", "Starting dragonfly df-v1.25.{small}-{hex}"),
            ("I|dfly_main.cc:735", "maxmemory has not been specified. Deciding myself...."),
            ("I|dfly_main.cc:744", "Found {float}GiB available memory. Setting maxmemory to {float2}GiB"),
            ("I|proactor_pool.cc:147", "Running {small} io threads"),
            ("I|server_family.cc:835", "Loading /data/dump-summary.dfs"),
            ("I|server_family.cc:911", "Load finished, num keys read: {n}"),
            ("I|server_family.cc:1567", "Saving \"/data/dump-{date}T{hms}-summary.dfs\" finished after {small} s"),
            ("W|dragonfly_connection.cc:688", "Error parsing command from socket {small}: Protocol error: invalid multibulk length"),
            ("I|replica.cc:554", "Started full sync with {ipport}"),
        ],
    },
    Format {
        // YugabyteDB's tablet server: glog, and Raft's messages about a tablet (`T`) and a
        // peer (`P`), each a 32-digit hex ID.
        name: "yugabyte",
        header: dragonfly_header,
        events: &[
            ("I|raft_consensus.cc:3226", "T {ybid} P {ybid2} [term {small} FOLLOWER]: Advancing to term {small2}"),
            ("I|raft_consensus.cc:1042", "T {ybid} P {ybid2} [term {small} LEADER]: Becoming Leader. State: Replica: {ybid2}, State: 1, Role: LEADER"),
            ("W|log.cc:944", "Time spent Fsync log took a long time: real {float}s\tuser 0s\tsys 0s"),
            ("I|tablet_bootstrap.cc:457", "T {ybid} P {ybid2}: Bootstrap complete."),
            ("W|yb_rpc.cc:483", "Call yb.tserver.TabletServerService.Write {ipport} => {ipport2} (request call id {n}) took {n2}ms (client timeout {n3}ms)."),
            ("I|compaction_job.cc:1312", "[{ybid}/R-Regular] [default] [JOB {small}] Compacted {small2}@0 files to L0 => {n} bytes"),
            ("E|heartbeater.cc:372", "P {ybid}: Failed to heartbeat to {ipport}: Timed out (yb/rpc/outbound_call.cc:612): Heartbeat timed out"),
            ("I|tablet_service.cc:1821", "Leader stepdown request tablet_id: \"{ybid}\" new_leader_uuid: \"{ybid2}\" success"),
        ],
    },
    Format {
        // Dapr's sidecar: logrus' text with the app's ID, the instance and the logger's scope
        // after the message.
        name: "dapr",
        header: dapr_header,
        events: &[
            ("info", "msg=\"dapr initialized. Status: Running. Init Elapsed {float}ms\" app_id={daprapp} instance={daprapp}-{hex} scope=dapr.runtime type=log ver=1.14.4"),
            ("info", "msg=\"actor runtime started. actor idle timeout: 1h0m0s. actor scan interval: 30s\" app_id={daprapp} instance={daprapp}-{hex} scope=dapr.runtime.actor type=log ver=1.14.4"),
            ("warn", "msg=\"Error processing component, daprd will exit gracefully: process component {daprcomp} error: [INIT_COMPONENT_FAILURE]: initialization error occurred for {daprcomp} (state.redis/v1): redis store: error connecting to redis at {ipport}: dial tcp {ipport}: connect: connection refused\" app_id={daprapp} instance={daprapp}-{hex} scope=dapr.runtime.processor type=log ver=1.14.4"),
            ("info", "msg=\"Component loaded: {daprcomp} ({state.redis|pubsub.kafka|secretstores.kubernetes}/v1)\" app_id={daprapp} instance={daprapp}-{hex} scope=dapr.runtime.processor type=log ver=1.14.4"),
            ("info", "msg=\"gRPC server listening on TCP address: :50001\" app_id={daprapp} instance={daprapp}-{hex} scope=dapr.runtime.grpc.api type=log ver=1.14.4"),
            ("info", "msg=\"application discovered on port {port}\" app_id={daprapp} instance={daprapp}-{hex} scope=dapr.runtime type=log ver=1.14.4"),
            ("info", "msg=\"Placement tables updated, version: {small}\" app_id={daprapp} instance={daprapp}-{hex} scope=dapr.runtime.actors.placement type=log ver=1.14.4"),
            ("debug", "msg=\"subscribing to topic={topic} on pubsub={daprcomp}\" app_id={daprapp} instance={daprapp}-{hex} scope=dapr.runtime.pubsub type=log ver=1.14.4"),
        ],
    },
    Format {
        // NetBird's client: an RFC 3339 time, a level of four letters, the source file and
        // line, then the message.
        name: "netbird",
        header: netbird_header,
        events: &[
            ("INFO|client/internal/engine.go:1245", "network map updated, serial {n}"),
            ("INFO|client/internal/peer/worker_ice.go:178", "peer {b64id}: ICE connection established, local: {ipport}, remote: {ipport2}, relayed: {true|false}"),
            ("WARN|client/internal/peer/guard/guard.go:112", "peer {b64id}: failed to reconnect: context deadline exceeded"),
            ("INFO|client/internal/dns/server.go:302", "updated DNS config with {small} zones"),
            ("ERRO|signal/client/grpc.go:210", "failed to connect to the Signal Exchange: rpc error: code = Unavailable desc = connection error"),
            ("INFO|client/internal/connect.go:274", "Netbird engine started, the IP is: {ip}/16"),
            ("INFO|client/internal/routemanager/manager.go:344", "Routes added: {small}, removed: {small2}"),
        ],
    },
    Format {
        // Karpenter: zap's JSON with a controller's nested objects (`"NodeClaim":{"name":…}`)
        // beside the same name at the top level.
        name: "karpenter",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"INFO\",\"time\":\"{iso}\",\"logger\":\"controller\",\"message\":\"launched nodeclaim\",\"commit\":\"4b1c2f5\",\"controller\":\"nodeclaim.lifecycle\",\"NodeClaim\":{\"name\":\"default-{kshort}\"},\"name\":\"default-{kshort}\",\"reconcileID\":\"{uuid}\",\"provider-id\":\"aws:///{azone}/i-0{hex}{hex2}\",\"instance-type\":\"{itype}\",\"zone\":\"{azone}\",\"capacity-type\":\"{spot|on-demand}\",\"allocatable\":{\"cpu\":\"1930m\",\"memory\":\"7075Mi\",\"pods\":\"29\"}}"),
            ("-", "{\"level\":\"INFO\",\"time\":\"{iso}\",\"logger\":\"controller\",\"message\":\"registered nodeclaim\",\"commit\":\"4b1c2f5\",\"controller\":\"nodeclaim.lifecycle\",\"NodeClaim\":{\"name\":\"default-{kshort}\"},\"name\":\"default-{kshort}\",\"reconcileID\":\"{uuid}\",\"provider-id\":\"aws:///{azone}/i-0{hex}{hex2}\",\"Node\":{\"name\":\"ip-{ipdash}.ec2.internal\"}}"),
            ("-", "{\"level\":\"INFO\",\"time\":\"{iso}\",\"logger\":\"controller\",\"message\":\"initialized nodeclaim\",\"commit\":\"4b1c2f5\",\"controller\":\"nodeclaim.lifecycle\",\"NodeClaim\":{\"name\":\"default-{kshort}\"},\"name\":\"default-{kshort}\",\"reconcileID\":\"{uuid}\",\"Node\":{\"name\":\"ip-{ipdash}.ec2.internal\"},\"allocatable\":{\"cpu\":\"1930m\",\"memory\":\"7075Mi\",\"pods\":\"29\"}}"),
            ("-", "{\"level\":\"INFO\",\"time\":\"{iso}\",\"logger\":\"controller\",\"message\":\"found provisionable pod(s)\",\"commit\":\"4b1c2f5\",\"controller\":\"provisioner\",\"Pods\":\"{ns}/{pod}\",\"duration\":\"{float}ms\"}"),
            ("-", "{\"level\":\"INFO\",\"time\":\"{iso}\",\"logger\":\"controller\",\"message\":\"computed new nodeclaim(s) to fit pod(s)\",\"commit\":\"4b1c2f5\",\"controller\":\"provisioner\",\"nodeclaims\":1,\"pods\":{small}}"),
            ("-", "{\"level\":\"INFO\",\"time\":\"{iso}\",\"logger\":\"controller\",\"message\":\"disrupting nodeclaim(s) via delete, terminating 1 nodes ({small} pods) ip-{ipdash}.ec2.internal/{itype}/{spot|on-demand}\",\"commit\":\"4b1c2f5\",\"controller\":\"disruption\",\"command-id\":\"{uuid}\",\"reason\":\"{underutilized|empty|drifted}\"}"),
            ("-", "{\"level\":\"ERROR\",\"time\":\"{iso}\",\"logger\":\"controller\",\"message\":\"failed launching nodeclaim\",\"commit\":\"4b1c2f5\",\"controller\":\"nodeclaim.lifecycle\",\"NodeClaim\":{\"name\":\"default-{kshort}\"},\"name\":\"default-{kshort}\",\"reconcileID\":\"{uuid}\",\"error\":\"creating instance, insufficient capacity, all requested instance types were unavailable during launch\"}"),
            ("-", "{\"level\":\"INFO\",\"time\":\"{iso}\",\"logger\":\"controller\",\"message\":\"deleted node\",\"commit\":\"4b1c2f5\",\"controller\":\"node.termination\",\"Node\":{\"name\":\"ip-{ipdash}.ec2.internal\"},\"name\":\"ip-{ipdash}.ec2.internal\",\"reconcileID\":\"{uuid}\"}"),
        ],
    },
    Format {
        // KEDA's operator: zap's console encoder, tabs between the time, level and logger,
        // and the context as JSON after the message, keys with spaces among them.
        name: "keda",
        header: keda_header,
        events: &[
            ("INFO|scaleexecutor", "Successfully updated ScaleTarget\t{\"scaledobject.Name\": \"{kedaobj}\", \"scaledObject.Namespace\": \"{ns}\", \"scaleTarget.Name\": \"{kedaobj}\", \"Original Replicas Count\": {small}, \"New Replicas Count\": {small2}}"),
            ("INFO|scaleexecutor", "Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount\t{\"scaledobject.Name\": \"{kedaobj}\", \"scaledObject.Namespace\": \"{ns}\", \"scaleTarget.Name\": \"{kedaobj}\", \"Original Replicas Count\": {small}, \"New Replicas Count\": 0}"),
            ("INFO|controller.scaledobject", "Reconciling ScaledObject\t{\"ScaledObject.Namespace\": \"{ns}\", \"ScaledObject.Name\": \"{kedaobj}\", \"reconcileID\": \"{uuid}\"}"),
            ("ERROR|scale_handler", "error getting scale decision\t{\"scaledobject.Name\": \"{kedaobj}\", \"scaledObject.Namespace\": \"{ns}\", \"scaleTarget.Name\": \"{kedaobj}\", \"error\": \"error inspecting rabbitMQ: Exception (404) Reason: \\\"NOT_FOUND - no queue '{kedaobj}-jobs' in vhost '/'\\\"\"}"),
            ("INFO|controller.scaledobject", "Initializing Scaling logic according to ScaledObject Specification\t{\"ScaledObject.Namespace\": \"{ns}\", \"ScaledObject.Name\": \"{kedaobj}\", \"reconcileID\": \"{uuid}\"}"),
            ("INFO|grpc_server", "Starting Metrics Service gRPC Server\t{\"address\": \":9666\"}"),
            ("INFO|setup", "KEDA Version: 2.16.{small}"),
        ],
    },
    Format {
        // Longhorn's manager: logrus' text with the function and file that logged, then the
        // volume's fields.
        name: "longhorn",
        header: dapr_header,
        events: &[
            ("info", "msg=\"Volume got new owner {lhnode}\" func=\"controller.(*VolumeController).syncVolume\" file=\"volume_controller.go:335\" accessMode=rwo controller=longhorn-volume frontend=blockdev node={lhnode} owner={lhnode} state=attached volume={pvc}"),
            ("warning", "msg=\"Failed to sync Longhorn volume longhorn-system/{pvc}\" func=\"controller.(*VolumeController).handleErr\" file=\"volume_controller.go:245\" LonghornVolume=longhorn-system/{pvc} controller=longhorn-volume error=\"failed to sync volume longhorn-system/{pvc}: Operation cannot be fulfilled on volumes.longhorn.io \\\"{pvc}\\\": the object has been modified; please apply your changes to the latest version and try again\" node={lhnode}"),
            ("info", "msg=\"Replica {pvc}-r-{hex} rebuilding started\" func=\"controller.(*EngineController).rebuildNewReplica\" file=\"engine_controller.go:1812\" controller=longhorn-engine engine={pvc}-e-0 node={lhnode} volume={pvc}"),
            ("info", "msg=\"Created snapshot\" func=\"manager.(*VolumeManager).CreateSnapshot\" file=\"volume_manager.go:563\" labels=\"map[]\" snapshot={uuid} volume={pvc}"),
            ("info", "msg=\"Deleting orphaned engine image ei-{hex}\" func=\"controller.(*EngineImageController).syncEngineImage\" file=\"engine_image_controller.go:289\" controller=longhorn-engine-image node={lhnode}"),
            ("error", "msg=\"Failed to rebuild replica {ipport}\" func=\"controller.(*EngineController).startRebuilding.func2\" file=\"engine_controller.go:1871\" controller=longhorn-engine engine={pvc}-e-0 error=\"proxyServer={ipport2} destination={ipport3}: failed to add replica tcp://{ipport} for volume: rpc error: code = Unknown desc = failed to sync files\" node={lhnode} volume={pvc}"),
        ],
    },
    Format {
        // Rook's Ceph operator: microseconds, a level's letter, a bar, then the component
        // before a colon.
        name: "rook_ceph",
        header: rook_header,
        events: &[
            ("I|op-osd", "updating OSD {small} on node \"{lhnode}\""),
            ("I|op-osd", "OSD orchestration status for node {lhnode} is \"completed\""),
            ("I|ceph-cluster-controller", "done reconciling ceph cluster in namespace \"rook-ceph\""),
            ("I|op-mon", "mons running: [a b c]"),
            ("W|op-mon", "mon \"{a|b|c}\" not found in quorum, waiting for timeout ({n} seconds left) before failover"),
            ("E|ceph-crashcollector-controller", "node reconcile failed on op \"unchanged\": Operation cannot be fulfilled on deployments.apps \"rook-ceph-crashcollector-{lhnode}\": the object has been modified; please apply your changes to the latest version and try again"),
            ("I|cephclient", "writing config file /var/lib/rook/rook-ceph/rook-ceph.config"),
            ("I|op-mgr", "successful modules: {balancer|prometheus|pg_autoscaler}"),
            ("D|ceph-spec", "\"ceph-block-pool-controller\": CephCluster resource \"rook-ceph\" found in namespace \"rook-ceph\""),
        ],
    },
    Format {
        // PulseAudio with `--log-time --log-meta`: seconds since start and since the last
        // line, padded in parentheses; a level's letter, the thread, and the source file.
        name: "pulseaudio",
        header: pulseaudio_header,
        events: &[
            ("I|pulseaudio|main.c", "Daemon startup complete."),
            ("I|pulseaudio|module-alsa-card.c", "Failed to find a working profile."),
            ("E|pulseaudio|module.c", "Failed to load module \"module-alsa-card\" (argument: \"device_id=\"{small}\" name=\"pci-0000_00_1f.3\" tsched=yes\"): initialization failed."),
            ("W|alsa-sink-ALC25|alsa-sink.c", "ALSA woke us up to write new data to the device, but there was actually nothing to write."),
            ("I|pulseaudio|module-device-restore.c", "Restoring volume for sink alsa_output.pci-0000_00_1f.3.analog-stereo: front-left: {n} / {small}% / {float} dB,   front-right: {n} / {small}% / {float} dB"),
            ("I|pulseaudio|sink.c", "Created sink {small} \"alsa_output.pci-0000_00_1f.3.analog-stereo\" with sample spec s16le 2ch 48000Hz and channel map front-left,front-right"),
            ("I|pulseaudio|client.c", "Created {small} \"Native client (UNIX socket client)\""),
            ("I|pulseaudio|client.c", "Freed {small} \"{Firefox|Chromium|speech-dispatcher}\""),
            ("W|pulseaudio|bluez5-util.c", "Transport TryAcquire() failed for transport /org/bluez/hci0/dev_{hwaddr}/fd{small} (Operation Not Authorized)"),
        ],
    },
    Format {
        // OpenOCD: a level padded to five letters before a colon.
        name: "openocd",
        header: level_colon_header,
        events: &[
            ("Info ", "Listening on port {3333|4444|6666} for {gdb|telnet|tcl} connections"),
            ("Info ", "clock speed {small}000 kHz"),
            ("Info ", "SWD DPIDR 0x{hex}"),
            ("Info ", "{ocdtarget}.cpu: Cortex-M4 r0p1 processor detected"),
            ("Info ", "{ocdtarget}.cpu: target has {small} breakpoints, {small2} watchpoints"),
            ("Info ", "starting gdb server for {ocdtarget}.cpu on 3333"),
            ("Info ", "accepting 'gdb' connection on tcp/3333"),
            ("Error", "jtag status contains invalid mode value - communication failure"),
            ("Error", "Failed to read memory at 0x{hex}"),
            ("Warn ", "Prefer GDB command \"target extended-remote :3333\" instead of \"target remote :3333\""),
            ("Info ", "dropped 'gdb' connection"),
        ],
    },
    Format {
        // Stalwart's mail server: an event's text and its ID in parentheses, then its
        // fields as `key = value` with spaces around the sign, separated by commas.
        name: "stalwart",
        header: iso_level_header,
        events: &[
            ("INFO", "SMTP connection started (smtp.connection-start) listenerId = \"smtp\", localPort = 25, remoteIp = {ip}, remotePort = {port}"),
            ("INFO", "SMTP EHLO command (smtp.ehlo) listenerId = \"smtp\", localPort = 25, remoteIp = {ip}, remotePort = {port}, domain = \"{webhost}\""),
            ("INFO", "SPF EHLO check passed (spf.ehlo-pass) listenerId = \"smtp\", localPort = 25, remoteIp = {ip}, remotePort = {port}, domain = \"{webhost}\", result = \"pass\", elapsed = {small}ms"),
            ("INFO", "Message queued for delivery (queue.message-queued) queueId = {n}, from = \"{email}\", to = [\"{email2}\"], size = {n2}, nextRetry = {iso}"),
            ("INFO", "Delivery attempt started (delivery.attempt-start) queueId = {n}, from = \"{email}\", to = [\"{email2}\"], size = {n2}, total = {small}"),
            ("WARN", "Connection error (delivery.connect-error) queueId = {n}, domain = \"{webhost}\", hostname = \"mx.{webhost}\", details = \"Connection refused (os error 111)\", elapsed = {small}ms"),
            ("INFO", "IMAP connection started (imap.connection-start) listenerId = \"imaps\", localPort = 993, remoteIp = {ip}, remotePort = {port}"),
            ("INFO", "Authentication successful (auth.success) listenerId = \"imaps\", localPort = 993, remoteIp = {ip}, remotePort = {port}, accountName = \"{user}\", accountId = {small}"),
            ("WARN", "Authentication failed (auth.failed) listenerId = \"submissions\", localPort = 465, remoteIp = {ip}, remotePort = {port}, accountName = \"{user}\""),
        ],
    },
    Format {
        // Android's logcat in its brief format: a level's letter and the tag, then the
        // process ID padded inside parentheses.
        name: "logcat_brief",
        header: logcat_brief_header,
        events: &[
            ("I/flutter", "User tapped button {checkout|login|refresh}"),
            ("D/AndroidRuntime", ">>>>>> START com.android.internal.os.RuntimeInit uid 0 <<<<<<"),
            ("I/ActivityManager", "Start proc {n}:com.example.{app}/u0a{small} for activity {com.example.{app}/.MainActivity}"),
            ("W/System.err", "java.net.SocketTimeoutException: failed to connect to api.example.com/{ip} (port 443) from /{ip2} (port {port}) after 10000ms"),
            ("E/AndroidRuntime", "FATAL EXCEPTION: main"),
            ("I/Choreographer", "Skipped {small} frames!  The application may be doing too much work on its main thread."),
            ("D/OkHttp", "<-- 200 https://api.example.com/v1/items ({n}ms)"),
            ("V/FA", "Inactivity, disconnecting from the service"),
        ],
    },
    Format {
        // Selenium Grid 4: a time of day, the level, the class and method in brackets, a dash.
        name: "selenium_grid",
        header: selenium_header,
        events: &[
            ("INFO|LocalNode.newSession", "Session created by the Node. Id: {hex}{hex2}{hex3}{hex4}, Caps: Capabilities {browserName: {chrome|firefox}, platformName: linux}"),
            ("INFO|LocalDistributor.newSession", "Session request received by the Distributor: [Capabilities {browserName: {chrome|firefox}}]"),
            ("INFO|LocalSessionMap.lambda$new$0", "Deleted session from local Session Map, Id: {hex}{hex2}{hex3}{hex4}"),
            ("INFO|GridModel.setAvailability", "Switching Node {uuid} (uri: http://{ip}:5555) from DOWN to UP"),
            ("INFO|LocalDistributor.add", "Added node {uuid} at http://{ip}:5555. Health check every 120s"),
            ("WARNING|SeleniumSpanExporter$1.lambda$export$1", "Unable to create session: Could not start a new session. Response code 500. Message: session not created"),
            ("INFO|LocalNode.stopTimedOutSession", "Session id {hex}{hex2}{hex3}{hex4} timed out, stopping..."),
        ],
    },
    Format {
        // repmgr's daemon: the time and the level each in brackets.
        name: "repmgr",
        header: collectd_header,
        events: &[
            ("INFO", "monitoring connection to upstream node \"{pgnode}\" (ID: {small})"),
            ("NOTICE", "monitoring cluster primary \"{pgnode}\" (ID: {small})"),
            ("WARNING", "unable to ping \"host={pgnode} user=repmgr dbname=repmgr connect_timeout=2\""),
            ("WARNING", "unable to connect to upstream node \"{pgnode}\" (ID: {small})"),
            ("NOTICE", "promoting standby to primary"),
            ("NOTICE", "STANDBY PROMOTE successful"),
            ("INFO", "checking state of node \"{pgnode}\" (ID: {small}), {small2} of 6 attempts"),
            ("DETAIL", "PQping() returned \"PQPING_NO_RESPONSE\""),
        ],
    },
    Format {
        // MySQL Router: the time, the plugin, the level, a thread's ID in brackets, then the
        // route's name in brackets.
        name: "mysqlrouter",
        header: mysqlrouter_header,
        events: &[
            ("routing|INFO", "[routing:bootstrap_rw] started: routing strategy = first-available"),
            ("routing|INFO", "Start accepting connections for routing routing:bootstrap_ro listening on {6447|6449}"),
            ("metadata_cache|INFO", "Potential changes detected in cluster 'myCluster' after metadata refresh"),
            ("metadata_cache|WARNING", "Failed connecting with Metadata Server {ipport}: Can't connect to MySQL server on '{ip}:3306' (111) (2003)"),
            ("routing|WARNING", "[routing:bootstrap_rw] fd={small} Can't connect to remote MySQL server for client '{ipport}'"),
            ("metadata_cache|INFO", "Enabling GR notices for cluster 'myCluster' changes on node {ipport}"),
            ("io|INFO", "starting {small} io-threads, using backend 'linux_epoll'"),
        ],
    },
    Format {
        // certmonger in the journal: its own time and process ID again inside the message.
        name: "certmonger",
        header: tag_header,
        events: &[
            ("certmonger", "{date} {hms} [{n}] Wrote to /var/lib/certmonger/requests/{date2}{n2}"),
            ("certmonger", "{date} {hms} [{n}] Certificate named \"{certnick}\" in token \"NSS Certificate DB\" in database \"/etc/pki/pki-tomcat/alias\" is no longer valid."),
            ("certmonger", "{date} {hms} [{n}] Certificate named \"{certnick}\" in token \"NSS Certificate DB\" in database \"/etc/pki/pki-tomcat/alias\" issued by CA and saved."),
            ("certmonger", "{date} {hms} [{n}] Running enrollment helper \"/usr/libexec/certmonger/ipa-submit\"."),
            ("certmonger", "{date} {hms} [{n}] Server at https://{host}/ipa/xml denied our request, giving up: 2100 (RPC failed at server.  Insufficient access)."),
        ],
    },
    Format {
        // VerneMQ: lager's format, an Erlang process and the module, function and line after
        // an at sign.
        name: "vernemq",
        header: vernemq_header,
        events: &[
            ("info|vmq_mqtt_fsm:check_user:543", "can't authenticate client {[],<<\"{mqttclient}\">>} from {ipport} due to invalid_credentials"),
            ("warning|vmq_mqtt_fsm:check_connect:426", "invalid keepalive value from client {[],<<\"{mqttclient}\">>}"),
            ("info|vmq_ranch:teardown:134", "session for client {[],<<\"{mqttclient}\">>} normally stopped"),
            ("error|vmq_ranch:handle_info:192", "connection to {ipport} abnormally closed due to einval"),
            ("info|vmq_cluster_node:connect:218", "successfully connected to cluster node 'VerneMQ@{ip}'"),
            ("warning|vmq_queue:state_change:934", "client {[],<<\"{mqttclient}\">>} queue is full, dropping {small} messages"),
        ],
    },
    Format {
        // mpv's terminal output with `--msg-module`: each line the module in brackets.
        name: "mpv",
        header: hms_header,
        events: &[
            ("-", "[cplayer] Playing: /media/{movie}.mkv"),
            ("-", "[file] Opening /media/{movie}.mkv"),
            ("-", "[ffmpeg/demuxer] matroska,webm: Could not find codec parameters for stream {small} (Attachment: none): unknown codec"),
            ("-", "[vd] Using hardware decoding ({vaapi|nvdec|vdpau})."),
            ("-", "[ao/pulse] Audio device underrun detected."),
            ("-", "[cplayer] AV: 00:{mmss} / 01:{mmss2} ({small}%) A-V:  0.000 Dropped: {small2}"),
            ("-", "[cplayer] Exiting... (Quit)"),
            ("-", "[input] No key binding found for key '{x|F5|Ctrl+w}'."),
        ],
    },
    Format {
        // Buildah's (and `podman build`'s) output: the steps, the layers' IDs, the blobs
        // copied and the image committed.
        name: "buildah",
        header: hms_header,
        events: &[
            ("-", "STEP {small}/{small2}: FROM registry.access.redhat.com/ubi9/ubi:latest"),
            ("-", "STEP {small}/{small2}: RUN dnf install -y python3 && dnf clean all"),
            ("-", "STEP {small}/{small2}: COPY app/ /opt/app/"),
            ("-", "--> {hex}{small}"),
            ("-", "COMMIT localhost/{app}:{imagetag}"),
            ("-", "Successfully tagged localhost/{app}:{imagetag}"),
            ("-", "Copying blob sha256:{hex}{hex2}{hex3}{hex4}{hex5}{hex6}{hex7}{hex8}"),
            ("-", "Copying config sha256:{hex}{hex2}{hex3}{hex4}{hex5}{hex6}{hex7}{hex8}"),
            ("-", "Writing manifest to image destination"),
            ("-", "Error: building at STEP \"RUN make\": while running runtime: exit status {small}"),
        ],
    },
    Format {
        // SPIRE's server: logrus' text, the SPIFFE IDs quoted, the subsystem last.
        name: "spire",
        header: dapr_header,
        events: &[
            ("info", "msg=\"Signed X509 SVID\" entry_id={uuid} method=BatchNewX509SVID spiffe_id=\"spiffe://example.org/ns/{ns}/sa/{svc}\" subsystem_name=api"),
            ("info", "msg=\"Node attestation was successful\" agent_id=\"spiffe://example.org/spire/agent/k8s_psat/prod/{uuid}\" node_attestor_type=k8s_psat subsystem_name=api"),
            ("warning", "msg=\"Failed to rotate X509 CA\" error=\"unable to prepare next X509 CA: upstream authority unavailable\" subsystem_name=ca"),
            ("info", "msg=\"X509 CA activated\" expiration=\"{iso}\" issued_at=\"{iso2}\" local_authority_id={hex}{hex2} slot={A|B} subsystem_name=ca"),
            ("error", "msg=\"Failed to attest node\" error=\"rpc error: code = PermissionDenied desc = failed to attest: k8s-psat: token audience mismatch\" subsystem_name=api"),
            ("debug", "msg=\"Entry cache reloaded\" count={n} subsystem_name=entrycache"),
        ],
    },
    Format {
        // Open Policy Agent's server: JSON, its decision log among its requests and bundles.
        name: "opa",
        header: hms_header,
        events: &[
            ("-", "{\"decision_id\":\"{uuid}\",\"input\":{\"method\":\"GET\",\"path\":[\"api\",\"orders\",\"{n}\"],\"user\":\"{user}\"},\"labels\":{\"id\":\"{uuid2}\",\"version\":\"0.70.0\"},\"level\":\"info\",\"msg\":\"Decision Log\",\"path\":\"authz/allow\",\"requested_by\":\"{ipport}\",\"result\":{true|false},\"timestamp\":\"{iso}\",\"type\":\"openpolicyagent.org/decision_logs\"}"),
            ("-", "{\"level\":\"info\",\"msg\":\"Initializing server.\",\"time\":\"{iso}\"}"),
            ("-", "{\"client_addr\":\"{ipport}\",\"level\":\"info\",\"msg\":\"Received request.\",\"req_id\":{n},\"req_method\":\"POST\",\"req_path\":\"/v1/data/authz/allow\",\"time\":\"{iso}\"}"),
            ("-", "{\"client_addr\":\"{ipport}\",\"level\":\"info\",\"msg\":\"Sent response.\",\"req_id\":{n},\"req_method\":\"POST\",\"req_path\":\"/v1/data/authz/allow\",\"resp_bytes\":{small},\"resp_duration\":{float},\"resp_status\":200,\"time\":\"{iso}\"}"),
            ("-", "{\"level\":\"error\",\"msg\":\"Bundle load failed: request failed: Get \\\"https://bundles.example.com/authz.tar.gz\\\": dial tcp {ipport}: connect: connection refused\",\"name\":\"authz\",\"plugin\":\"bundle\",\"time\":\"{iso}\"}"),
            ("-", "{\"level\":\"info\",\"msg\":\"Bundle loaded and activated successfully. Etag updated to \\\"{hex}\\\".\",\"name\":\"authz\",\"plugin\":\"bundle\",\"time\":\"{iso}\"}"),
        ],
    },
    Format {
        // Crossplane and its providers: zap's console encoder, the context as JSON after a tab.
        name: "crossplane",
        header: keda_header,
        events: &[
            ("DEBUG|provider-aws", "Reconciling\t{\"controller\": \"managed/s3.aws.upbound.io/v1beta1, kind=bucket\", \"request\": {\"name\":\"{bucket}\"}}"),
            ("DEBUG|provider-aws", "External resource is up to date\t{\"controller\": \"managed/s3.aws.upbound.io/v1beta1, kind=bucket\", \"request\": {\"name\":\"{bucket}\"}, \"uid\": \"{uuid}\", \"version\": \"{n}\", \"external-name\": \"{bucket}\", \"requeue-after\": \"{iso}\"}"),
            ("DEBUG|provider-aws", "Cannot observe external resource\t{\"controller\": \"managed/s3.aws.upbound.io/v1beta1, kind=bucket\", \"request\": {\"name\":\"{bucket}\"}, \"uid\": \"{uuid}\", \"error\": \"failed to observe the resource: operation error S3: HeadBucket, https response error StatusCode: 403, RequestID: {hex}, api error Forbidden: Forbidden\"}"),
            ("INFO|crossplane", "Successfully created CustomResourceDefinition\t{\"controller\": \"defined/compositeresourcedefinition.apiextensions.crossplane.io\", \"name\": \"x{bucket}.example.org\"}"),
            ("DEBUG|crossplane", "Composed resource is not yet ready\t{\"controller\": \"defined/compositeresourcedefinition.apiextensions.crossplane.io\", \"composite\": \"{bucket}-{kshort}\", \"resource-template-name\": \"bucket\"}"),
        ],
    },
    Format {
        // cert-manager's controller: klog's structured form, the message quoted and the
        // logger, the object's key and details as quoted fields.
        name: "cert_manager",
        header: klog_header,
        events: &[
            ("I", "\"Certificate must be re-issued\" logger=\"cert-manager.certificates-trigger\" key=\"{ns}/{certname}\" reason=\"Renewing\" message=\"Renewing certificate as renewal was scheduled at {date} {hms} +0000 UTC\""),
            ("I", "\"Issuing certificate as Secret does not exist\" logger=\"cert-manager.certificates-trigger\" key=\"{ns}/{certname}\""),
            ("E", "\"Re-queuing item due to error processing\" err=\"Operation cannot be fulfilled on certificates.cert-manager.io \\\"{certname}\\\": the object has been modified; please apply your changes to the latest version and try again\" logger=\"cert-manager.controller\" key=\"{ns}/{certname}\""),
            ("I", "\"propagation check failed\" err=\"DNS record for \\\"{webhost}\\\" not yet propagated\" logger=\"cert-manager.challenges.Check\" resource_name=\"{certname}-1-{n}-{n2}\" resource_namespace=\"{ns}\" dnsName=\"{webhost}\" type=\"DNS-01\""),
            ("I", "\"Updated Certificate status\" logger=\"cert-manager.certificates-readiness\" key=\"{ns}/{certname}\" status=\"True\""),
        ],
    },
    Format {
        // SeaweedFS's master and volume servers: glog, as klog writes it.
        name: "seaweedfs",
        header: klog_header,
        events: &[
            ("I", "Volume server start with seed master nodes: [{ip}:9333]"),
            ("I", "Heartbeat to: {ip}:9333"),
            ("I", "Created Volume {n} on topo:DefaultDataCenter:DefaultRack:{ip}:8080"),
            ("I", "Start vacuuming {n} on {ip}:8080"),
            ("I", "Committing vacuuming volume {n}"),
            ("E", "read volume {n} needle {hex}: not found"),
            ("W", "volume {n} is full: {n2} bytes"),
        ],
    },
    Format {
        // Grafana Mimir: go-kit's logfmt, the tenant and block named as fields.
        name: "mimir",
        header: prometheus_header,
        events: &[
            ("info", "msg=\"starting module\" module={ingester|distributor|querier|store-gateway|compactor}"),
            ("info", "component=compactor msg=\"compaction job succeeded\" user={mimirtenant} groupKey=0@{n}-merge--{epochms}-{epochms2} duration={dur}"),
            ("info", "component=ingester msg=\"uploaded block\" user={mimirtenant} block={ulid} duration={dur}"),
            ("warn", "component=distributor msg=\"failed to push to ingester\" ingester={ip}:9095 err=\"rpc error: code = Unavailable desc = connection refused\""),
            ("info", "component=ingester msg=\"TSDB head compacted\" user={mimirtenant} duration={dur}"),
            ("error", "component=querier msg=\"query stats\" user={mimirtenant} err=\"the query exceeded the maximum number of chunks (limit: 2000000)\""),
        ],
    },
    Format {
        // Jaeger's collector and query service: zap's JSON, the time as epoch seconds.
        name: "jaeger",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"info\",\"ts\":{epochs},\"caller\":\"flags/service.go:{n}\",\"msg\":\"Health Check state change\",\"status\":\"ready\"}"),
            ("-", "{\"level\":\"info\",\"ts\":{epochs},\"caller\":\"grpc@v1.68.0/clientconn.go:{n}\",\"msg\":\"[core] Channel #{small} SubChannel #{small2} Subchannel Connectivity change to READY\",\"system\":\"grpc\",\"grpc_log\":true}"),
            ("-", "{\"level\":\"error\",\"ts\":{epochs},\"caller\":\"spanstore/writer.go:{n}\",\"msg\":\"Failed to save span\",\"error\":\"context deadline exceeded\",\"trace_id\":\"{hex}{hex2}\",\"span_id\":\"{hex3}\"}"),
            ("-", "{\"level\":\"warn\",\"ts\":{epochs},\"caller\":\"queue/bounded_queue.go:{n}\",\"msg\":\"Dropping span\",\"reason\":\"queue full\",\"queue_size\":{n2}}"),
            ("-", "{\"level\":\"info\",\"ts\":{epochs},\"caller\":\"app/server.go:{n}\",\"msg\":\"Archiving index\",\"index\":\"jaeger-span-2026-11-{day}\"}"),
        ],
    },
    Format {
        // authentik: structlog's JSON, the request's path written as the event.
        name: "authentik",
        header: hms_header,
        events: &[
            ("-", "{\"auth_via\": \"session\", \"domain_url\": \"auth.example.com\", \"event\": \"/api/v3/core/users/{n}/\", \"host\": \"auth.example.com\", \"level\": \"info\", \"logger\": \"authentik.asgi\", \"method\": \"GET\", \"pid\": {n2}, \"remote\": \"{ip}\", \"request_id\": \"{hex}{hex2}\", \"runtime\": {small}, \"status\": 200, \"timestamp\": \"{iso}\", \"user\": \"{user}\"}"),
            ("-", "{\"event\": \"Task started\", \"level\": \"info\", \"logger\": \"authentik.root.celery\", \"pid\": {n}, \"task_id\": \"{uuid}\", \"task_name\": \"{outpost_controller|clean_expired_models|blueprints_discovery}\", \"timestamp\": \"{iso}\"}"),
            ("-", "{\"event\": \"Task finished\", \"level\": \"info\", \"logger\": \"authentik.root.celery\", \"pid\": {n}, \"state\": \"SUCCESS\", \"task_id\": \"{uuid}\", \"task_name\": \"{outpost_controller|clean_expired_models|blueprints_discovery}\", \"timestamp\": \"{iso}\"}"),
            ("-", "{\"event\": \"login_failed\", \"level\": \"warning\", \"logger\": \"authentik.events.signals\", \"pid\": {n}, \"username\": \"{user}\", \"stage\": \"default-authentication-password\", \"timestamp\": \"{iso}\"}"),
            ("-", "{\"event\": \"Created Outpost Service\", \"level\": \"info\", \"logger\": \"authentik.outposts.controllers.k8s.base\", \"name\": \"ak-outpost-{svc}\", \"pid\": {n}, \"timestamp\": \"{iso}\"}"),
        ],
    },
    Format {
        // Woodpecker CI's server and agent: zerolog's JSON.
        name: "woodpecker",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"debug\",\"repo\":\"{user}/{svc}\",\"pipeline\":\"{n}\",\"workflow\":\"{build|test|deploy}\",\"time\":\"{iso}\",\"message\":\"workflow started\"}"),
            ("-", "{\"level\":\"info\",\"time\":\"{iso}\",\"message\":\"starting Woodpecker agent with version '2.7.1' and backend 'docker' using platform 'linux/amd64' running up to 1 pipelines in parallel\"}"),
            ("-", "{\"level\":\"error\",\"error\":\"rpc error: code = Unavailable desc = connection error\",\"time\":\"{iso}\",\"message\":\"grpc error: done(): code: Unavailable\"}"),
            ("-", "{\"level\":\"debug\",\"repo\":\"{user}/{svc}\",\"pipeline\":\"{n}\",\"workflow_id\":\"{n2}\",\"image\":\"{golang:1.23|node:22|alpine:3.20}\",\"stage\":\"{n3}\",\"time\":\"{iso}\",\"message\":\"update step status\"}"),
            ("-", "{\"level\":\"info\",\"time\":\"{iso}\",\"message\":\"received webhook from {user}/{svc}\"}"),
        ],
    },
    Format {
        // Openfire, the XMPP server: its own date with dots, the thread, the class.
        name: "openfire",
        header: openfire_header,
        events: &[
            ("INFO", "org.jivesoftware.openfire.session.LocalClientSession - Session closed: {user}@chat.example.com/{resource}"),
            ("INFO", "org.jivesoftware.openfire.net.SASLAuthentication - User {user} authenticated using PLAIN"),
            ("WARN", "org.jivesoftware.openfire.net.SocketReadingMode - Connection closed before session established: Socket[addr=/{ip},port={port},localport=5222]"),
            ("ERROR", "org.jivesoftware.openfire.server.ServerDialback - Unable to connect to remote server {host}: connection timed out"),
            ("INFO", "org.jivesoftware.openfire.muc.spi.LocalMUCRoom - User {user} joined room {room}@conference.chat.example.com"),
        ],
    },
    Format {
        // Apache Mesos's master: glog, the frameworks and agents by their IDs.
        name: "mesos",
        header: klog_header,
        events: &[
            ("I", "Sending {small} offers to framework {uuid}-0000 (marathon) at scheduler-{uuid2}@{ip}:{port}"),
            ("I", "Launching task {svc}.{uuid} of framework {uuid2}-0000 (marathon) with resources cpus(*):0.1; mem(*):{n} on agent {uuid3}-S{small}"),
            ("I", "Status update TASK_RUNNING (Status UUID: {uuid}) for task {svc}.{uuid2} of framework {uuid3}-0000"),
            ("W", "Status update TASK_FAILED (Status UUID: {uuid}) for task {svc}.{uuid2} of framework {uuid3}-0000"),
            ("I", "Registered agent {uuid}-S{small} at slave(1)@{ip}:5051 ({host}) with cpus(*):{small2}; mem(*):{n}"),
            ("I", "Processing DECLINE call for offers: [ {uuid}-O{n} ] for framework {uuid2}-0000 (marathon)"),
        ],
    },
    Format {
        // GitLab Workhorse: JSON, an access record per request and its errors.
        name: "gitlab_workhorse",
        header: hms_header,
        events: &[
            ("-", "{\"correlation_id\":\"{ulid}\",\"duration_ms\":{n},\"host\":\"gitlab.example.com\",\"level\":\"info\",\"method\":\"GET\",\"msg\":\"access\",\"proto\":\"HTTP/1.1\",\"remote_ip\":\"{ip}\",\"route\":\"^/api/v4/projects/[^/]+/repository/\",\"status\":200,\"system\":\"http\",\"time\":\"{iso}\",\"uri\":\"/api/v4/projects/{n2}/repository/files\",\"written_bytes\":{n3}}"),
            ("-", "{\"error\":\"badgateway: failed to receive response: dial unix /var/opt/gitlab/gitlab-rails/sockets/gitlab.socket: connect: connection refused\",\"level\":\"error\",\"method\":\"GET\",\"msg\":\"\",\"time\":\"{iso}\",\"uri\":\"/{user}/{svc}/-/merge_requests/{n}\"}"),
            ("-", "{\"file\":\"/var/opt/gitlab/gitlab-rails/shared/artifacts/{hex}/{n}/artifacts.zip\",\"level\":\"info\",\"method\":\"GET\",\"msg\":\"SendFile: serving file\",\"time\":\"{iso}\",\"uri\":\"/api/v4/jobs/{n2}/artifacts\"}"),
            ("-", "{\"level\":\"info\",\"msg\":\"redis: Received a new Keywatcher\",\"time\":\"{iso}\"}"),
        ],
    },
    Format {
        // Prometheus's node_exporter since 1.9: slog's text, the source file and line.
        name: "node_exporter",
        header: slog_header,
        events: &[
            ("INFO", "source=node_exporter.go:216 msg=\"Starting node_exporter\" version=\"(version=1.9.0, branch=HEAD, revision={hex})\""),
            ("INFO", "source=node_exporter.go:141 msg={arp|bcache|cpu|diskstats|filesystem|hwmon|netdev}"),
            ("INFO", "source=tls_config.go:347 msg=\"Listening on\" address=[::]:9100"),
            ("ERROR", "source=collector.go:168 msg=\"collector failed\" name={hwmon|thermal_zone|nfs} duration_seconds={float} err=\"open /sys/class/hwmon/hwmon{small}/temp1_input: no such device\""),
            ("WARN", "source=filesystem_linux.go:{n} msg=\"Mount point is in an unresponsive state\" mountpoint=/mnt/{bucket}"),
        ],
    },
    Format {
        // Dendrite, a Matrix home server: logrus' text, the event's fields after it.
        name: "dendrite",
        header: dapr_header,
        events: &[
            ("info", "msg=\"Starting external listener\" Address=\":8008\""),
            ("info", "msg=\"Sent event to roomserver\" event_id=\"${b64id}\" room_id=\"!{shortid}:example.org\" type=m.room.message"),
            ("warning", "msg=\"Failed to fetch key for server\" error=\"context deadline exceeded\" server_name={host}"),
            ("error", "msg=\"Failed to send transaction\" destination={host} error=\"502 Bad Gateway\" txn_id={n}"),
            ("info", "msg=\"Joined room\" room_id=\"!{shortid}:example.org\" user_id=\"@{user}:example.org\""),
        ],
    },
    Format {
        // A C++ service logging with spdlog's default pattern: the time, the logger, the level.
        name: "spdlog",
        header: spdlog_header,
        events: &[
            ("gateway|info", "Listening on 0.0.0.0:{port}"),
            ("session|info", "Session {n} connected from {ipport}"),
            ("session|warning", "Session {n} heartbeat missed ({small} of 3)"),
            ("feed|error", "Failed to decode packet seq={n}: unexpected message type {small}"),
            ("feed|info", "Snapshot for {AAPL|MSFT|GOOG|AMZN|TSLA|NVDA|META} applied, {n} levels"),
            ("storage|critical", "Disk usage at {small}% on /var/lib/gateway, pausing recorder"),
        ],
    },
    Format {
        // NFS-Ganesha: the time, the server's epoch, the host, the thread, then the function,
        // the component and the level, each after ` :`.
        name: "nfs_ganesha",
        header: ganesha_header,
        events: &[
            ("main", "nfs_start :NFS STARTUP :EVENT :             NFS SERVER INITIALIZED"),
            ("main", "nfs_Init_admin_thread :NFS CB :EVENT :Admin thread initialized"),
            ("reaper", "nfs_start_grace :STATE :EVENT :NFS Server Now IN GRACE, duration {small}0"),
            ("reaper", "nfs_try_lift_grace :STATE :EVENT :check grace:reclaim complete({small}) clid count({small2})"),
            ("svc", "mdcache_lru_fds_available :INODE LRU :CRIT :FD Hard Limit Exceeded, waking LRU thread."),
            ("dbus", "gsh_export_addexport :EXPORT :INFO :Export {small} created at pseudo (/export/{bucket}) with path (/srv/{bucket})"),
            ("svc", "posix2fsal_error :FSAL :CRIT :Mapping {small}(default) to ERR_FSAL_SERVERFAULT"),
        ],
    },
    Format {
        // CloudFlare's cfssl: Go's standard logger with the level in brackets.
        name: "cfssl",
        header: nginx_unit_header,
        events: &[
            ("INFO", "generate received request"),
            ("INFO", "received CSR"),
            ("INFO", "generating key: {ecdsa-256|rsa-2048|rsa-4096}"),
            ("INFO", "encoded CSR"),
            ("INFO", "signed certificate with serial number {certserial}"),
            ("WARNING", r#"This certificate lacks a "hosts" field. This makes it unsuitable for websites. For more information see the Baseline Requirements for the Issuance and Management of Publicly-Trusted Certificates, v.1.1.6, from the CA/Browser Forum (https://cabforum.org); specifically, section 10.2.3 ("Information Requirements")."#),
            ("INFO", r#"{ipport} - "POST /api/v1/cfssl/{newcert|sign|info|authsign}" 200"#),
        ],
    },
    Format {
        // Sensu Go's backend: logrus' JSON, its keys in order.
        name: "sensu",
        header: hms_header,
        events: &[
            ("-", r#"{"agent":"{host}","component":"agentd","level":"info","msg":"agent connected","namespace":"{ns}","time":"{iso}"}"#),
            ("-", r#"{"check":"{sensucheck}","component":"schedulerd","level":"info","msg":"scheduling check","namespace":"{ns}","time":"{iso}"}"#),
            ("-", r#"{"check":"{sensucheck}","component":"eventd","entity":"{host}","level":"warning","msg":"check TTL expired","time":"{iso}"}"#),
            ("-", r#"{"component":"pipeline","error":"handler \"{slack|pagerduty|email}\" failed: exit status 1","level":"error","msg":"failed to handle event","time":"{iso}"}"#),
            ("-", r#"{"component":"keepalived","entity":"{host}","level":"warning","msg":"keepalive timed out","namespace":"{ns}","time":"{iso}"}"#),
            ("-", r#"{"component":"apid","duration":"{dur}","level":"info","method":"GET","msg":"request completed","path":"/api/core/v2/namespaces/{ns}/events","status":200,"time":"{iso}"}"#),
        ],
    },
    Format {
        // Bazarr: fields joined by `|`, the level and the logger padded, a `|` to end the line.
        name: "bazarr",
        header: bazarr_header,
        events: &[
            ("INFO|root", "BAZARR is started and waiting for requests on: http://0.0.0.0:6767|"),
            ("INFO|root", "BAZARR Sonarr signalR feed has been connected.|"),
            ("DEBUG|root", "BAZARR Searching subtitles for this file: /media/tv/{show}/Season {small}/{show} - S{small}E{small2}.mkv|"),
            ("INFO|root", "BAZARR downloaded {language} subtitles for this file: /media/tv/{show}/Season {small}/{show} - S{small}E{small2}.mkv|"),
            ("ERROR|root", "BAZARR Error trying to get series from Sonarr. Http error.|"),
            ("WARNING|subliminal_patch.core", "Provider {opensubtitlescom|addic7ed|podnapisi|subdl} throttled: Too many requests|"),
        ],
    },
    Format {
        // NXLog Community Edition's own log: the time to the second and the level.
        name: "nxlog",
        header: nxlog_header,
        events: &[
            ("INFO", "nxlog-ce-3.2.2329 started"),
            ("INFO", "connecting to {ip}:514"),
            ("INFO", "successfully connected to {ip}:514"),
            ("ERROR", "couldn't connect to tcp socket on {ip}:514; Connection refused"),
            ("WARNING", "input file does not exist: /var/log/{svc}/*.log"),
            ("ERROR", "failed to open file /var/log/{svc}/app.log: Permission denied"),
            ("INFO", "reconnecting in {small} seconds"),
        ],
    },
    Format {
        // Argo Rollouts' controller: logrus' text, the rollout's fields after the message.
        name: "argo_rollouts",
        header: dapr_header,
        events: &[
            ("info", r#"msg="Started syncing rollout" generation={small} namespace={ns} resourceVersion={n} rollout={svc}"#),
            ("info", r#"msg="Reconciliation completed" generation={small} namespace={ns} resourceVersion={n} rollout={svc} time_ms={float}"#),
            ("info", r#"msg="Step Analysis Run '{svc}-{hex}-{small}-{small2}' Status New: 'Successful' Previous: 'Running'" namespace={ns} rollout={svc}"#),
            ("warning", r#"msg="Rollout aborted: metric \"success-rate\" assessed Failed due to failed ({small}) > failureLimit (0)" namespace={ns} rollout={svc}"#),
            ("info", r#"msg="Scaled up ReplicaSet {svc}-{hex} (revision {small}) from {small2} to {small3}" namespace={ns} rollout={svc}"#),
            ("info", r#"msg="Scaled down ReplicaSet {svc}-{hex} (revision {small}) from {small2} to 0" namespace={ns} rollout={svc}"#),
            ("error", r#"msg="rollout syncHandler error: Operation cannot be fulfilled on replicasets.apps \"{svc}-{hex}\": the object has been modified; please apply your changes to the latest version and try again" namespace={ns} rollout={svc}"#),
        ],
    },
    Format {
        // MarkLogic's ErrorLog.txt: the time to the millisecond and the level with a colon.
        name: "marklogic",
        header: marklogic_header,
        events: &[
            ("Info", "Merging {small} MB from /var/opt/MarkLogic/Forests/{forest}/{hex} to /var/opt/MarkLogic/Forests/{forest}/{hex2}, timestamp={n}"),
            ("Info", "Merged {small} MB at {small2} MB/sec to /var/opt/MarkLogic/Forests/{forest}/{hex}"),
            ("Info", "Saving /var/opt/MarkLogic/Forests/{forest}/{hex}, timestamp={n}"),
            ("Notice", "XDMP-DBDUPURI: URI /docs/{n}.xml found in forests {forest} and {forest2}"),
            ("Warning", "Hung {small} sec on /var/opt/MarkLogic/Forests/{forest}"),
            ("Error", "SVC-SOCRECV: Socket receive error: wait {ip}:7999-{ip2}:{port}, Connection reset by peer"),
            ("Info", "Starting MarkLogic Server 11.0.{small} x86_64 in /opt/MarkLogic with data in /var/opt/MarkLogic"),
        ],
    },
    Format {
        // Motion, the camera daemon: the time, the thread (a camera's or the main one), the
        // message's type and its class in brackets, then the function.
        name: "motion",
        header: motion_header,
        events: &[
            ("NTC|ALL|main", "conf_load: Processing thread 0 - config file /etc/motion/motion.conf"),
            ("NTC|ALL|camera", "motion_init: Camera {small} started: motion detection Enabled"),
            ("NTC|EVT|camera", "event_newfile: File of type 8 saved to: /var/lib/motion/{small}-{n}.mkv"),
            ("NTC|ALL|camera", "motion_detected: Motion detected - starting event {small}"),
            ("NTC|ALL|camera", "mlp_actions: End of event {small}"),
            ("ERR|NET|camera", "netcam_rtsp_open_context: Unable to open camera {small}: Connection refused"),
            ("WRN|VID|camera", "vid_start: Could not fetch initial image from network camera"),
        ],
    },
    Format {
        // Locust, the load tester: the time in brackets, then host, level and logger by `/`.
        name: "locust",
        header: locust_header,
        events: &[
            ("INFO/locust.main", "Starting web interface at http://0.0.0.0:8089"),
            ("INFO/locust.main", "Starting Locust 2.{small}.0"),
            ("INFO/locust.runners", "Ramping to {n} users at a rate of {small}.00 per second"),
            ("INFO/locust.runners", r#"All users spawned: {"WebsiteUser": {n}} ({n} total users)"#),
            ("WARNING/locust.runners", "CPU usage above 90%! This may constrain your throughput and may even give inconsistent response time measurements! See https://docs.locust.io/en/stable/running-distributed.html for how to distribute the load over multiple CPU cores or machines"),
            ("INFO/locust.runners", "Worker {locusthost}_{hex} (index {small}) reported as ready. {small2} workers connected."),
            ("ERROR/locust.user.users", "POST /api/orders: HTTPError('{500|502|503} Server Error for url: /api/orders')"),
        ],
    },
    Format {
        // Tarantool: the time, the process ID, the fiber (`main/103/checkpoint_daemon`) and the
        // level as a letter before `>`.
        name: "tarantool",
        header: tarantool_header,
        events: &[
            ("I|main", "Tarantool 2.11.{small}-0-g{hex} Linux-x86_64-RelWithDebInfo"),
            ("I|main", "instance uuid {uuid}"),
            ("I|main", "Recovering snapshot with schema version 2.11.{small}"),
            ("I|main", "recovering from `/var/lib/tarantool/app/000000000000{n}.snap'"),
            ("I|main", "ready to accept requests"),
            ("I|checkpoint_daemon", "scheduled next checkpoint for Sat Nov {day} {hms} 2026"),
            ("I|checkpoint_daemon", "saving snapshot `/var/lib/tarantool/app/000000000000{n}.snap.inprogress'"),
            ("I|checkpoint_daemon", "done"),
            ("W|main", "too long WAL write: {small} rows at LSN {n}: {float} sec"),
            ("I|applier", "remote master {uuid} at {ipport} running Tarantool 2.11.{small}"),
            ("I|applier", "authenticated"),
            ("I|main", "leaving orphan mode"),
            ("E|iproto", "readahead limit reached, stopping input on connection fd {small}, aka {ipport}, peer of {ipport2}"),
            ("E|applier", "SocketError: connect to {ipport}, called on fd {small}, aka {ipport2}: Connection refused"),
            ("W|iproto", "net_msg_max limit is reached"),
        ],
    },
    Format {
        // Apache Kudu: glog's header (the level letter glued to the date, the thread, the
        // source file), then a tablet and its peer (`T <tablet> P <peer>`).
        name: "kudu",
        header: kudu_header,
        events: &[
            ("I tablet_bootstrap.cc:489", "T {kuduid} P {kuduid2}: Bootstrap starting."),
            ("I tablet_bootstrap.cc:1116", "T {kuduid} P {kuduid2}: Bootstrap replayed {small}/{small2} log segments. Stats: ops{read={n} overwritten=0 applied={n2} ignored=0} inserts{seen={n3} ignored=0} mutations{seen=0 ignored=0} orphaned_commits=0. Pending: 0 replicates"),
            ("I raft_consensus.cc:491", "T {kuduid} P {kuduid2} [term {n} FOLLOWER]: Starting leader election (no leader contacted us within the election timeout)"),
            ("I raft_consensus.cc:2813", "T {kuduid} P {kuduid2} [term {n} FOLLOWER]: Advancing to term {n2}"),
            ("I leader_election.cc:304", "T {kuduid} P {kuduid2} [CANDIDATE]: Term {n} election: Election decided. Result: candidate won."),
            ("I raft_consensus.cc:2999", "T {kuduid} P {kuduid2} [term {n} LEADER]: Becoming Leader. State: Replica: {kuduid2}, State: Running, Role: LEADER"),
            ("W consensus_peers.cc:487", "T {kuduid} P {kuduid2} -> Peer {kuduid3} ({host}:7050): Couldn't send request to peer {kuduid3}. Status: Network error: Client connection negotiation failed: client connection to {ip}:7050: connect: Connection refused (error 111). This is attempt {small}: this message will repeat every 5th retry."),
            ("I maintenance_manager.cc:382", "P {kuduid2}: Scheduling FlushMRSOp({kuduid}): perf score={float}"),
            ("I maintenance_manager.cc:618", r#"P {kuduid2}: FlushMRSOp({kuduid}) complete. Timing: real {float}s	user {float2}s	sys {float3}s Metrics: {"bytes_written":{n},"cfile_init":{small}}"#),
            ("W kernel_stack_watchdog.cc:198", "Thread {n} stuck at ../../src/kudu/consensus/log.cc:664 for {small}ms:"),
            ("I tablet_service.cc:1468", "Processing CreateTablet for tablet {kuduid} (DEFAULT_TABLE table=impala::default.{table} [id={kuduid2}]), partition=HASH (id) PARTITION {small}, RANGE (ts) PARTITION UNBOUNDED"),
            ("I ts_tablet_manager.cc:1200", "T {kuduid} P {kuduid2}: Time spent bootstrapping tablet: real {float}s	user {float2}s	sys {float3}s"),
        ],
    },
    Format {
        // SurrealDB: Rust's `tracing`, the module before the message.
        name: "surrealdb",
        header: tracing_header,
        events: &[
            ("INFO", "surrealdb::env: Running 2.1.{small} for linux on x86_64"),
            ("INFO", "surrealdb::core::kvs::ds: Starting kvs store at rocksdb:///data/{bucket}.db"),
            ("INFO", "surrealdb::core::kvs::ds: Started kvs store at rocksdb:///data/{bucket}.db"),
            ("WARN", "surrealdb::core::kvs::ds: Credentials were provided, and no root users were found. The root user '{user}' will be created"),
            ("INFO", "surrealdb::net: Started web server on {ipport}"),
            ("INFO", "surrealdb::net: Listening for a system shutdown signal."),
            ("DEBUG", "surrealdb::core::kvs::ds: Executing: SELECT * FROM {table} WHERE id = {table}:{n}"),
            ("DEBUG", "surrealdb::core::kvs::ds: Executing: UPDATE {table}:{n} SET updated_at = time::now()"),
            ("ERROR", "surrealdb::rpc::response: Error processing RPC request: There was a problem with authentication"),
            ("DEBUG", "surrealdb::core::kvs::tasks: Running node membership refresh task"),
            ("WARN", "surrealdb::net::signals: CTRL+C received, starting graceful shutdown"),
        ],
    },
    Format {
        // 3proxy's default log: Unix time, the service and its port, the error code, the user,
        // the client, the remote end, bytes out and in, hops, then the request.
        name: "threeproxy",
        header: hms_header,
        events: &[
            ("-", "{epoch}.{n} PROXY.3128 00000 {user} {ipport} {ip2}:80 {n2} {n3} 0 GET http://{host}/{webfile} HTTP/1.1"),
            ("-", "{epoch}.{n} PROXY.3128 00000 {user} {ipport} {ip2}:80 {n2} {n3} 0 POST http://{host}/api/v1/{table} HTTP/1.1"),
            ("-", "{epoch}.{n} PROXY.3128 00000 {user} {ipport} {ip2}:443 {n2} {n3} 0 CONNECT {host}:443 HTTP/1.1"),
            ("-", "{epoch}.{n} SOCKS5.1080 00000 {user} {ipport} {ip2}:{port} {n2} {n3} 0 CONNECT {ip2}:{port}"),
            ("-", "{epoch}.{n} PROXY.3128 00004 - {ipport} 0.0.0.0:0 0 0 0 GET http://{host}/{webfile} HTTP/1.1"),
            ("-", "{epoch}.{n} SOCKS5.1080 00010 {user} {ipport} 0.0.0.0:0 0 0 0 CONNECT {ip2}:{port}"),
        ],
    },
    Format {
        // FileZilla Server 0.9: the connection's number, the time, who (`(not logged in)` until
        // the login), the client's address, then the FTP command or reply.
        name: "filezilla",
        header: filezilla_header,
        events: &[
            ("out", "Connected on port 21, sending welcome message..."),
            ("out", "220-FileZilla Server 0.9.60 beta"),
            ("out", "220 Please visit https://filezilla-project.org/"),
            ("out", "AUTH TLS"),
            ("out", "234 Using authentication type TLS"),
            ("out", "TLS connection established"),
            ("out", "USER {user}"),
            ("out", "331 Password required for {user}"),
            ("out", "PASS ****************"),
            ("out", "530 Login or password incorrect!"),
            ("in", "230 Logged on"),
            ("in", "PWD"),
            ("in", r#"257 "/" is current directory."#),
            ("in", "TYPE I"),
            ("in", "200 Type set to I"),
            ("in", "PASV"),
            ("in", "227 Entering Passive Mode (10,0,0,{small},{small2},{small3})"),
            ("in", "RETR {webfile}"),
            ("in", r#"150 Opening data channel for file download from server of "/{webfile}""#),
            ("in", r#"226 Successfully transferred "/{webfile}""#),
            ("in", "STOR {webfile}"),
            ("in", r#"150 Opening data channel for file upload to server of "/{webfile}""#),
            ("in", "QUIT"),
            ("in", "221 Goodbye"),
            ("in", "disconnected."),
        ],
    },
    Format {
        // Garage (S3 object store): Rust's `tracing`, the module before the message.
        name: "garage",
        header: tracing_header,
        events: &[
            ("INFO", "garage_api::generic_server: {ip} (via [::ffff:127.0.0.1]:{port}) GET /{bucket}/{webfile}"),
            ("INFO", "garage_api::generic_server: {ip} (via [::ffff:127.0.0.1]:{port}) PUT /{bucket}/{webfile}"),
            ("INFO", "garage_block::resync: Resync block {container}: offloading and deleting"),
            ("INFO", "garage_block::resync: Resync block {container}: fetching absent but needed block (refcount > 0)"),
            ("INFO", "garage_table::gc: (block_ref) GC: {small} items successfully pushed, will try to delete."),
            ("WARN", "garage_block::manager: Could not read block {container} from node {hex}: Netapp error: Not connected: {hex2}"),
            ("INFO", "netapp::peering::fullmesh: Successfully connected to {hex} at {ipport}"),
            ("INFO", "garage_rpc::system: Doing a bootstrap/discovery step (not_configured: false, no_peers: false, bad_peers: true)"),
            ("INFO", "garage_model::s3::lifecycle_worker: Starting lifecycle worker for {date}"),
            ("INFO", "garage_api::generic_server: Response: error 404 Not Found, Key not found"),
        ],
    },
    Format {
        // H2O's error log under start_server: no time, the supervisor's and the server's lines.
        name: "h2o",
        header: hms_header,
        events: &[
            ("-", "start_server (pid:{n}) starting now..."),
            ("-", "starting new worker {n}"),
            ("-", "new worker is now running, sending SIGTERM to old workers:{n}"),
            ("-", "sleep {small} secs"),
            ("-", "killing old workers"),
            ("-", "[INFO] raised RLIMIT_NOFILE to {n}"),
            ("-", "h2o server (pid:{n}) is ready to serve requests with {small} threads"),
            ("-", "[lib/core/proxy.c] in request:/api/v1/{table}:connection refused"),
            ("-", "[lib/core/proxy.c] in request:/api/v1/{table}:I/O timeout"),
            ("-", "received SIGTERM, shutting down"),
            ("-", "[h2o:ocsp-updater] successfully updated OCSP stapling data for certificate /etc/h2o/{certname}.pem"),
        ],
    },
    Format {
        // Technitium DNS Server: the time in brackets, a query log's client and protocol, then
        // the question and the answer.
        name: "technitium",
        header: technitium_header,
        events: &[
            ("x", "[{ipport}] [UDP] QNAME: {host}; QTYPE: {A|AAAA}; QCLASS: IN; RCODE: NoError; ANSWER: [{ip}]"),
            ("x", "[{ipport}] [UDP] QNAME: {host}; QTYPE: {A|AAAA}; QCLASS: IN; RCODE: NxDomain; ANSWER: []"),
            ("x", "[{ipport}] [HTTPS] QNAME: {host}; QTYPE: A; QCLASS: IN; RCODE: Refused; ANSWER: []"),
            ("x", "DNS Server was started successfully."),
            ("x", "DNS Server is loading block list zone from: https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts"),
            ("x", "DNS Server block list zone was loaded successfully with {n} domains."),
            ("x", "DNS Server failed to recursively resolve the request with QNAME: {host}; QTYPE: A; QCLASS: IN. System.Net.Sockets.SocketException (10060): Connection timed out"),
            ("x", "Web Service was started successfully."),
        ],
    },
    Format {
        // BentoML: the time, the level and the component in brackets; an API server's access
        // lines with the request, the response, the latency and the trace.
        name: "bentoml",
        header: bentoml_header,
        events: &[
            ("INFO api_server", "{ipport} (scheme=http,method=POST,path=/classify,type=application/json,length={small}) (status=200,type=application/json,length={small2}) {float}ms (trace={kuduid},span={hex}{hex2},sampled=0,service.name=iris_classifier)"),
            ("INFO api_server", "{ipport} (scheme=http,method=GET,path=/healthz,type=,length=0) (status=200,type=text/plain; charset=utf-8,length=0) {float}ms (trace={kuduid},span={hex}{hex2},sampled=0,service.name=iris_classifier)"),
            ("INFO api_server", "{ipport} (scheme=http,method=GET,path=/metrics,type=,length=0) (status=200,type=text/plain; version=0.0.4; charset=utf-8,length={n}) {float}ms (trace={kuduid},span={hex}{hex2},sampled=0,service.name=iris_classifier)"),
            ("INFO runner:iris_clf:1", "_ (scheme=http,method=POST,path=/predict,type=application/octet-stream,length={n}) (status=200,type=application/vnd.bentoml.NdarrayContainer,length={small}) {float}ms (trace={kuduid},span={hex}{hex2},sampled=0,service.name=iris_clf)"),
            ("INFO cli", r#"Starting production HTTP BentoServer from "service:IrisClassifier" listening on http://0.0.0.0:3000 (Press CTRL+C to quit)"#),
            ("ERROR api_server", "Exception on /classify [POST]"),
            ("WARNING cli", "Converting 'IrisClassifier' to lowercase: 'irisclassifier'."),
        ],
    },
    Format {
        // Radicale (CalDAV and CardDAV): the time, the process and thread, the level, then each
        // request and its response.
        name: "radicale",
        header: radicale_header,
        events: &[
            ("INFO", "PROPFIND request for '/{user}/{calendar.ics|contacts.vcf}/' with depth '1' received from {ip} using '{DAVx5/4.3.11-ose (2023/12/26; dav4jvm; okhttp/4.12.0) Android/13|Thunderbird/115.5.0|iOS/17.1 (21B80) dataaccessd/1.0}'"),
            ("INFO", "PROPFIND response status for '/{user}/{calendar.ics|contacts.vcf}/' with depth '1' in {float} seconds: 207 Multi-Status"),
            ("INFO", "REPORT request for '/{user}/calendar.ics/' received from {ip} using '{DAVx5/4.3.11-ose (2023/12/26; dav4jvm; okhttp/4.12.0) Android/13|Thunderbird/115.5.0}'"),
            ("INFO", "REPORT response status for '/{user}/calendar.ics/' in {float} seconds: 207 Multi-Status"),
            ("INFO", "PUT request for '/{user}/calendar.ics/{uuid}.ics' received from {ip} using 'Thunderbird/115.5.0'"),
            ("INFO", "Successful login: '{user}'"),
            ("WARNING", "Failed login attempt from {ip}: '{user}'"),
            ("INFO", "Listening on '0.0.0.0:5232' (IPv4)"),
            ("INFO", "Radicale server ready"),
        ],
    },
    Format {
        // Unicorn (Ruby's application server): Ruby's Logger, then the master's and the
        // workers' news, a worker by its number.
        name: "unicorn",
        header: ruby_logger_header,
        events: &[
            ("INFO", "listening on addr=0.0.0.0:8080 fd={small}"),
            ("INFO", "worker={small} spawning..."),
            ("INFO", "worker={small} spawned pid={n}"),
            ("INFO", "worker={small} ready"),
            ("INFO", "master process ready"),
            ("INFO", "reaped #<Process::Status: pid {n} exit 0> worker={small}"),
            ("ERROR", "worker={small} PID:{n} timeout ({small2}s > 60s), killing"),
            ("INFO", "master done reopening logs"),
            ("INFO", "Refreshing Gem list"),
            ("INFO", r#"executing ["/usr/local/bin/unicorn", "-c", "config/unicorn.rb", "-E", "production", "-D", {:close_others=>true}] (in /srv/app/releases/{n})"#),
            ("INFO", "forked child re-executing..."),
            ("INFO", "inherited addr=0.0.0.0:8080 fd={small}"),
        ],
    },
    Format {
        // PgCat (a PostgreSQL pooler in Rust): `tracing` with the thread's ID.
        name: "pgcat",
        header: pgcat_header,
        events: &[
            ("INFO", "pgcat: Welcome to PgCat! Meow. (Version 1.1.{small})"),
            ("INFO", "pgcat: Running on 0.0.0.0:6432"),
            ("INFO", "pgcat::client: Client {ipport} connected (database: {db}, user: {user}, application_name: {psql|pgbench|checkout})"),
            ("INFO", "pgcat::client: Client {ipport} disconnected, session duration: {small}m {small2}s {n}ms"),
            ("ERROR", r#"pgcat::pool: Banning instance Address { id: {small}, host: "{host}", port: 5432, shard: 0, database: "{db}", role: Replica, replica_number: {small2}, address_index: {small3}, username: "{user}", pool_name: "{db}" }, reason: FailedHealthCheck"#),
            ("WARN", "pgcat::client: Client {ipport} disconnected with error ClientGeneralError(\"Invalid pool name\", ClientIdentifier { application_name: \"psql\", username: \"{user}\", pool_name: \"{db}\" })"),
            ("INFO", "pgcat::config: Automatic reloading of configuration is enabled"),
            ("INFO", "pgcat::pool: [pool: {db}][user: {user}] Minimum pool size: {small}"),
        ],
    },
    Format {
        // Odyssey (Yandex's PostgreSQL pooler): the process, the time, the level, the client's
        // and server's IDs in brackets, the context in parentheses.
        name: "odyssey",
        header: odyssey_header,
        events: &[
            ("info c startup", "new client connection {ipport}"),
            ("info c startup", "route '{db}.{user}' to '{db}.{user}'"),
            ("info cs setup", "login time: {n} microseconds"),
            ("info cs main", "client disconnected (route {db}.{user})"),
            ("error c auth", "user '{db}.{user}' incorrect password"),
            ("info s main", "new server connection {ip}:5432 (connect time: {n} usec, resolve time: {small} usec)"),
            ("info - stats", "[{db}.{user}] {small} clients, {small2} active servers, {small3} idle servers, {float} tps, {n} queries/s, {n2} in bytes/s, {n3} out bytes/s, {small4} query time us, {small5} xact time us"),
            ("error s main", "server disconnected (read/write error): Connection reset by peer"),
        ],
    },
    Format {
        // HashiCorp Boundary: hclog, the subsystem before the message, key=value fields.
        name: "boundary",
        header: hclog_header,
        events: &[
            ("INFO|controller", "cluster address: addr={ipport}"),
            ("INFO|controller", "worker successfully authed: name={host}"),
            ("INFO|worker", "connected to controller: address={ipport}"),
            ("ERROR|worker", r#"error making status request to controller: error="rpc error: code = Unavailable desc = connection error""#),
            ("INFO|controller.worker-handler", "session activated: session_id=s_{boundaryid}"),
            ("INFO|worker.proxy", "session connection established: session_id=s_{boundaryid} connection_id=sc_{boundaryid2} client_tcp_address={ip} client_tcp_port={port}"),
            ("INFO|worker.proxy", "session connection closed: session_id=s_{boundaryid} connection_id=sc_{boundaryid2} bytes_up={n} bytes_down={n2}"),
            ("WARN|controller", "session expired: session_id=s_{boundaryid}"),
        ],
    },
    Format {
        // Kubo (IPFS): the daemon's own lines with no header, and go-log's tab-separated
        // time, level, subsystem and caller.
        name: "kubo",
        header: kubo_header,
        events: &[
            ("-", "Initializing daemon..."),
            ("-", "Kubo version: 0.2{small}.0"),
            // One statement, for each address it listens on.
            ("-", "Swarm listening on /ip4/{ip}/{tcp/4001|udp/4001/quic-v1}"),
            ("-", "Swarm announcing /ip4/{ip}/tcp/4001"),
            ("-", "Daemon is ready"),
            ("ERROR core/commands/cmdenv pin.go:123", "failed to pin {cid}: context canceled"),
            ("WARN bitswap network/ipfs_impl.go:390", "failed to connect to peer {peerid}: failed to dial: context deadline exceeded"),
            ("INFO dht/RtRefreshManager rtrefresh/rt_refresh_manager.go:322", "starting refreshing cpl {small} with key {peerid} (routing table size was {n})"),
            ("WARN dht/RtRefreshManager rtrefresh/rt_refresh_manager.go:187", "failed when refreshing routing table {small} errors happened, e.g. failed to query for self, err=context deadline exceeded"),
        ],
    },
    Format {
        // Starbound's dedicated server: the time of day and the level in brackets.
        name: "starbound",
        header: starbound_header,
        events: &[
            ("Info", "UniverseServer: Client '{user}' <{small}> ({ipport}) connected"),
            ("Info", "UniverseServer: Client '{user}' <{small}> ({ipport}) disconnected for reason: Disconnected"),
            ("Info", "UniverseServer: Logged in account '{user}' as player '{user}' from address {ip}"),
            ("Info", "UniverseServer: Loading celestial world {n}:{n2}:{n3}:{small}"),
            ("Info", "UniverseServer: Stopping idle world CelestialWorld:{n}:{n2}:{n3}:{small}"),
            ("Info", r"Root: Writing runtime configuration to '..\storage\starbound_server.config'"),
            ("Warn", "UniverseServer: client connection aborted, expected ProtocolRequestPacket"),
            ("Error", "UniverseServer: Could not connect client from {ipport}: Protocol version mismatch"),
        ],
    },
    Format {
        // Benthos (Redpanda Connect): logrus's text format with no time, the level first.
        name: "benthos",
        header: benthos_header,
        events: &[
            ("info", r#"msg="Running main config from specified file" @service=benthos path=/benthos.yaml"#),
            ("info", r#"msg="Listening for HTTP requests at: http://0.0.0.0:4195" @service=benthos"#),
            ("info", r#"msg="Launching a benthos instance, use CTRL+C to close" @service=benthos"#),
            ("info", r#"msg="Input type {kafka|http_server|amqp_0_9|nats_jetstream} is now active" @service=benthos label="" path=root.input"#),
            ("info", r#"msg="Output type {aws_s3|elasticsearch|http_client} is now active" @service=benthos label="" path=root.output"#),
            ("error", r#"msg="Failed to send message to {aws_s3|elasticsearch|http_client}: context deadline exceeded" @service=benthos label="" path=root.output"#),
            ("warning", r#"msg="Failed to connect to kafka: kafka: client has run out of available brokers to talk to: dial tcp {ipport}: connect: connection refused" @service=benthos label="" path=root.input"#),
            ("info", r#"msg="Received SIGTERM, the service is closing" @service=benthos"#),
            ("error", r#"msg="failed assignment (line 1): field `this.user.id`: expected number value, got null" @service=benthos label="" path=root.pipeline.processors.{small}"#),
        ],
    },
    Format {
        // MediaMTX (a media server): Go's time, a three-letter level, then the protocol and the
        // connection, session or path in brackets.
        name: "mediamtx",
        header: mediamtx_header,
        events: &[
            ("INF", "MediaMTX v1.9.{small}"),
            ("INF", "configuration loaded from /mediamtx.yml"),
            ("INF", "[RTSP] listener opened on :8554 (TCP), :8000 (UDP/RTP), :8001 (UDP/RTCP)"),
            ("INF", "[RTSP] [conn {ipport}] opened"),
            ("INF", "[RTSP] [session {hex}] created by {ipport}"),
            ("INF", "[RTSP] [session {hex}] is publishing to path '{camera}', 2 tracks (H264, Opus)"),
            ("INF", "[RTSP] [session {hex}] is reading from path '{camera}', 1 track (H264)"),
            ("INF", "[RTSP] [conn {ipport}] closed: EOF"),
            ("INF", "[HLS] [muxer {camera}] created automatically"),
            ("ERR", "[path {camera}] [RTSP source] dial tcp {ipport}: i/o timeout"),
            ("INF", "[WebRTC] [session {hex}] peer connection established, local candidate: host/udp/{ip}/8189, remote candidate: prflx/udp/{ip2}/{port}"),
        ],
    },
    Format {
        // Ignition (Fedora CoreOS's first boot) in the journal: each stage's operations,
        // numbered, each `[started]` and `[finished]`.
        name: "ignition",
        header: journal_header,
        events: &[
            ("ignition", "Ignition 2.1{small}.0"),
            ("ignition", "Stage: files"),
            ("ignition", r#"reading system config file "/usr/lib/ignition/base.d/00-core.ign""#),
            ("ignition", r#"files: createUsers: op(1): [started]  adding ssh keys to user "core""#),
            ("ignition", r#"files: createUsers: op(1): [finished] adding ssh keys to user "core""#),
            ("ignition", r#"files: createFilesystemsFiles: createFiles: op({small}): [started]  writing file "/sysroot/etc/{hostname|motd|resolv.conf}""#),
            ("ignition", r#"files: createFilesystemsFiles: createFiles: op({small}): [finished] writing file "/sysroot/etc/{hostname|motd|resolv.conf}""#),
            ("ignition", r#"files: op({small}): [started]  processing unit "{unit}""#),
            ("ignition", r#"files: op({small}): [finished] processing unit "{unit}""#),
            ("ignition", r#"files: op({small}): [started]  setting preset to enabled for "{unit}""#),
            ("ignition", r#"fetched referenced user config from "/config.ign""#),
            ("ignition", "disks: disks passed"),
            ("ignition", "GET http://169.254.169.254/latest/user-data: attempt #{small}"),
            ("ignition", "GET result: OK"),
        ],
    },
    Format {
        // Maddy (a mail server): the time, the module, the message, then a tab and the fields
        // as JSON.
        name: "maddy",
        header: maddy_header,
        events: &[
            ("smtp", r#"incoming message	{"msg_id":"{hex}","sender":"{email}","src_host":"{host}","src_ip":"{ipport}"}"#),
            ("smtp", r#"RCPT ok	{"msg_id":"{hex}","rcpt":"{email}"}"#),
            ("smtp", r#"accepted	{"msg_id":"{hex}"}"#),
            ("remote", r#"delivered	{"attempt":{small},"msg_id":"{hex}","rcpt":"{email}","remote_server":"{host}"}"#),
            ("queue", r#"delivery attempt failed	{"msg_id":"{hex}","rcpt":"{email}","reason":"450 4.2.0 Mailbox temporarily unavailable"}"#),
            ("smtp", r#"authentication failed	{"reason":"invalid credentials","src_ip":"{ipport}","username":"{user}"}"#),
            ("tls", r#"loaded certificate	{"cert":"/etc/maddy/certs/{host}/fullchain.pem"}"#),
        ],
    },
    Format {
        // Apache Derby's derby.log: Java's date, then the network server's messages after ` :`
        // or a connection's context; the boot banner and SQL errors on lines of their own.
        name: "derby",
        header: derby_header,
        events: &[
            (":", "Apache Derby Network Server - 10.16.1.1 - (1866465) started and ready to accept connections on port {port}"),
            (":", "Apache Derby Network Server - 10.16.1.1 - (1866465) shutdown"),
            (":", "Connection number: {n}."),
            ("thread", "Cleanup action starting"),
            ("thread", "Failed Statement is: {SELECT * FROM ORDERS WHERE ID = ?|UPDATE STOCK SET QTY = QTY - ? WHERE SKU = ?|INSERT INTO AUDIT_LOG VALUES (?, ?, ?)}"),
            ("thread", "Cleanup action completed"),
            ("-", "ERROR 42X05: Table/View '{ORDERS|STOCK|AUDIT_LOG}' does not exist."),
            ("-", "ERROR 40XL1: A lock could not be obtained within the time requested"),
            ("-", "ERROR 40001: A lock could not be obtained due to a deadlock, cycle of locks and waiters is:"),
            ("-", "Booting Derby version The Apache Software Foundation - Apache Derby - 10.16.1.1 - (1866465): instance {uuid}"),
            ("-", "on database directory /var/lib/derby/{shopdb|inventory} with class loader jdk.internal.loader.ClassLoaders$AppClassLoader@{hex}"),
            ("-", "Loaded from file:/opt/derby/lib/derby.jar"),
            ("-", "Database Class Loader started - derby.database.classpath=''"),
            ("-", "Shutting down instance {uuid} on database directory /var/lib/derby/{shopdb|inventory} with class loader jdk.internal.loader.ClassLoaders$AppClassLoader@{hex}"),
        ],
    },
    Format {
        // zypper's log: a level in angle brackets, the host and process, the log group, and the
        // source file, function and line.
        name: "zypper",
        header: zypper_header,
        events: &[
            ("1 zypp RepoManager.cc(refreshMetadata):1020", "Repository '{zyrepo}' is up to date."),
            ("1 zypp::media MediaCurl.cc(doGetFileCopy):1265", "Downloading 'http://download.opensuse.org/tumbleweed/repo/oss/{zyrpm}' to '/var/cache/zypp/packages/{zyrepo}/{zyrpm}'"),
            ("2 zypper main.cc(main):152", "===== Hi, me zypper 1.14.77"),
            ("2 zypper main.cc(main):204", "===== Exiting main(0) ====="),
            ("1 zypp::exec++ ExternalProgram.cc(start_program):432", "Executing 'rpm' '--root' '/' '--dbpath' '/usr/lib/sysimage/rpm' '-U' '--percent' '--noglob' '--force' '--nodeps' '--' '/var/cache/zypp/packages/{zyrepo}/{zyrpm}'"),
            ("1 zypp TargetImpl.cc(commit):1442", "commit: {small} to install, {small2} to remove"),
            ("3 zypp RepoManager.cc(refreshMetadata):1090", "Download (curl) error for 'http://download.opensuse.org/{zyrepo}/repodata/repomd.xml': Error code: Connection failed Error message: Failed to connect to download.opensuse.org port 443 after {n} ms: Couldn't connect to server"),
            ("1 zypp::solver SATResolver.cc(solving):725", "Solver run took {n}ms"),
            ("2 zypp RpmDb.cc(doInstallPackage):1863", "rpm output: warning: /var/cache/zypp/packages/{zyrepo}/{zyrpm}: Header V3 RSA/SHA256 Signature, key ID {hex}: NOKEY"),
        ],
    },
    Format {
        // Spack installing an environment: `==>` before each step, a package's spec as its name,
        // version and hash joined by dashes, the phases' times, and the prefix installed.
        name: "spack",
        header: hms_header,
        events: &[
            ("-", "==> Installing {spackspec} [{small}/{small2}]"),
            ("-", "==> No binary for {spackspec} found: installing from source"),
            ("-", "==> Fetching https://mirror.spack.io/_source-cache/archive/{spacksrc}.tar.gz"),
            ("-", "==> {spackpkg}: Executing phase: '{edit|configure|build|install|autoreconf|cmake}'"),
            ("-", "==> {spackpkg}: Successfully installed {spackspec}"),
            ("-", "  Stage: {float}s.  Configure: {float2}s.  Build: {float3}s.  Install: {float4}s.  Post-install: {float5}s.  Total: {float6}s"),
            ("-", "[+] /opt/spack/opt/spack/linux-ubuntu22.04-zen2/gcc-11.4.0/{spackspec}"),
            ("-", "==> Warning: Missing a source id for {spackpkg}@{semver}"),
            ("-", "==> Error: Failed to install {spackpkg} due to ChildError: ProcessError: Command exited with status {small}:"),
            ("-", "==> Waiting for {spackspec}"),
            ("-", "==> Updating view at /opt/spack/var/spack/environments/{hpc|dev}/.spack-env/view"),
        ],
    },
    Format {
        // Qdrant: Rust's tracing, a module's path before the message; actix's access log.
        name: "qdrant",
        header: tracing_header,
        events: &[
            ("INFO", "storage::content_manager::toc: Loading collection: {qcoll}"),
            ("INFO", "collection::shards::local_shard: Recovering shard ./storage/collections/{qcoll}/0: 0/{n} (0%)"),
            ("INFO", r#"actix_web::middleware::logger: {ip} "{PUT|POST|GET} /collections/{qcoll}/points{|/search|/scroll} HTTP/1.1" {200|404} {n} "-" "{python-httpx/0.27.2|qdrant-js/1.12.0}" {float}"#),
            ("INFO", "qdrant: Distributed mode disabled"),
            ("INFO", "qdrant: Telemetry reporting enabled, id: {uuid}"),
            ("INFO", "qdrant::tonic: Qdrant gRPC listening on 6334"),
            ("INFO", "actix_server::builder: starting {small} workers"),
            ("ERROR", "qdrant::actix::helpers: Error processing request: Not found: Collection `{qcoll}` doesn't exist!"),
            ("INFO", "storage::content_manager::toc: Creating collection {qcoll}"),
        ],
    },
    Format {
        // Milvus: the time, level and source in brackets, the message quoted in brackets, then
        // each field in brackets.
        name: "milvus",
        header: milvus_header,
        events: &[
            ("INFO querynodev2/server.go:322", r#"["QueryNode init success"] [nodeID={small}] [time={dur}]"#),
            ("INFO datacoord/services.go:112", r#"["receive flush request"] [dbID=0] [collectionID={mid}] [segmentIDs="[{mid2}]"] [isImport=false]"#),
            ("INFO proxy/impl.go:2613", r#"["Insert received"] [traceID={kuduid}] [role=proxy] [db=default] [collection={mname}] [partition=_default] [len={n}]"#),
            ("WARN proxy/task_search.go:581", r#"["failed to search"] [traceID={kuduid}] [error="collection not loaded[collection={mid}]"]"#),
            ("INFO rootcoord/root_coord.go:1012", r#"["received request to create collection"] [role=rootcoord] [dbName=default] [name={mname}] [id={mid}]"#),
            ("INFO datanode/flush_manager.go:842", r#"["SaveBinlogPath"] [SegmentID={mid}] [CollectionID={mid2}] [startPos=null] [checkPoints="[]"] [Flushed=true] [Dropped=false]"#),
            ("INFO querycoordv2/job/job_load.go:395", r#"["load collection done"] [collectionID={mid}] [elapsed={dur}]"#),
            ("WARN sessionutil/session_util.go:563", r#"["session keepalive channel closed"] [role={querynode|datanode|proxy}] [serverID={small}]"#),
            ("INFO indexnode/task.go:480", r#"["index build task finished"] [buildID={mid}] [segmentID={mid2}] [time={dur}]"#),
        ],
    },
    Format {
        // cardano-node's text tracer: host, namespace, severity and thread in brackets; Haskell's
        // `show` of records and of Aeson's values, and JSON.
        name: "cardano",
        header: cardano_header,
        events: &[
            ("ChainDB:Notice", "Chain extended, new tip: {container} at slot {n}"),
            ("ChainDB:Info", "Valid candidate {container} at slot {n}"),
            ("ChainDB:Info", "Took ledger snapshot DiskSnapshot {dsNumber = {n}, dsSuffix = Nothing} at RealPoint (SlotNo {n}) {container}"),
            ("IpSubscription:Info", "IPs: 0.0.0.0:0 [{ipport}] Connection Attempt Start, destination {ipport}"),
            ("DnsSubscription:Info", r#"Domain: "{relays.example.io|relays-new.cardano-mainnet.iohk.io}" Connection Attempt End, destination {ipport} outcome: ConnectSuccessLast"#),
            ("ErrorPolicy:Notice", r#"IP {ipport} ErrorPolicySuspendPeer (Just (ApplicationExceptionTrace (MuxError MuxBearerClosed "<socket: {small}> closed when reading data, waiting on next header True"))) 20s 20s"#),
            ("LeadershipCheck:Info", r#"{"kind":"TraceStartLeadershipCheck","chainDensity":{float},"slot":{n},"delegMapSize":{n2},"utxoSize":{n3},"credentials":"Cardano"}"#),
            ("Mempool:Info", r#"fromList [("kind",String "TraceMempoolAddedTx"),("mempoolSize",Object (fromList [("bytes",Number {n}),("numTxs",Number {small})])),("tx",Object (fromList [("txid",String "{hex}")]))]"#),
        ],
    },
    Format {
        // free5GC: the level, network function and category in brackets; a UE's context in more.
        name: "free5gc",
        header: free5gc_header,
        events: &[
            ("INFO AMF Ngap", "Handle NGSetupRequest"),
            ("INFO AMF Ngap", "Send NG-Setup response"),
            ("INFO AMF Gmm", "[amf_ue_ngap_id:RU:{small},AU:{small}(3GPP)][supi:SUPI:imsi-{imsi}] Handle Registration Request"),
            ("INFO AMF Gmm", "[amf_ue_ngap_id:RU:{small},AU:{small}(3GPP)][supi:SUPI:imsi-{imsi}] Handle event[Gmm Message], transition from [{Deregistered|Authentication|SecurityMode}] to [{Authentication|SecurityMode|ContextSetup}]"),
            ("INFO SMF PduSess", "Receive Create SM Context Request"),
            ("INFO UPF Main", "UPF started"),
            ("INFO SMF GIN", "| 201 |       {ip} | POST    | /nsmf-pdusession/v1/sm-contexts |"),
            ("INFO AUSF UeAuth", "Auth Successfully for SUPI: imsi-{imsi}"),
            ("WARN AMF Ngap", "RAN UE is nil"),
        ],
    },
    Format {
        // Osmocom's BSC: a time of digits, the category, its number and the source; a channel's
        // or a BTS's address in parentheses before the message.
        name: "osmocom",
        header: osmocom_header,
        events: &[
            ("DRLL <0000> abis_rsl.c:1527", "(bts={small},trx=0,ts={small2},ss=0) RF CHANNEL RELEASE ACK"),
            ("DRSL <0001> abis_rsl.c:2004", "(bts={small},trx=0,ts={small2},ss=0) CHANNEL ACTIVATE ACK"),
            ("DCHAN <0011> lchan_fsm.c:1413", "lchan({small}-0-{small2}-TCH_F-0)[0x{hex}]{ESTABLISHED}: (type=TCH_F) Received Event LCHAN_EV_RLL_REL_IND"),
            ("DMSC <0007> osmo_bsc_sigtran.c:330", "Initializing resources for new SCCP connection to MSC 0: RI=SSN_PC,PC=0.23.1,SSN=BSSAP"),
            ("DPAG <000a> paging.c:410", "(bts={small}) Paging request (ch. ANY) for IMSI-{imsi}"),
            ("DLINP <0013> input/ipaccess.c:563", "{ipport}: IPA CCM ID_RESP: Unit ID {n}/0/0"),
            ("DNM <0005> abis_nm.c:634", "OC=RADIO-CARRIER(02) INST=(00,00,ff): STATE CHG: OP_STATE=Enabled AVAIL=OK(ff)"),
            ("DMEAS <000e> abis_rsl.c:1880", "(bts={small},trx=0,ts={small2},ss=0) MEASUREMENT RESULT NR={n} UL_FULL_QUAL={small3} UL_FULL_LEV={n2}"),
        ],
    },
    Format {
        // Cromwell (a WDL workflow engine): actors' names, a workflow's ID, a job's key.
        name: "cromwell",
        header: cromwell_header,
        events: &[
            ("info", "WorkflowManagerActor: Successfully started WorkflowActor-{uuid}"),
            ("info", "MaterializeWorkflowDescriptorActor [UUID({hex})]: Parsing workflow as WDL 1.0"),
            ("info", "WorkflowExecutionActor-{uuid} [UUID({hex})]: Starting {wdltask}"),
            ("info", "BackgroundConfigAsyncJobExecutionActor [UUID({hex}){wdltask}:NA:{small}]: job id: {n}"),
            ("info", "BackgroundConfigAsyncJobExecutionActor [UUID({hex}){wdltask}:NA:{small}]: Status change from {-|WaitingForReturnCode} to {WaitingForReturnCode|Done}"),
            ("info", "WorkflowExecutionActor-{uuid} [UUID({hex})]: Workflow {wdlname} complete. Final Outputs:"),
            ("info", "WorkflowManagerActor: Workflow actor for {uuid} completed with status 'Succeeded'. The workflow will be removed from the workflow store."),
            ("error", "WorkflowManagerActor: Workflow {uuid} failed (during ExecutingWorkflowState): Job {wdltask}:NA:{small} exited with return code {small2} which has not been declared as a valid return code."),
        ],
    },
    Format {
        // katip (Haskell): every field in brackets, the module and source position last; a
        // record shown as Haskell writes it.
        name: "katip",
        header: katip_header,
        events: &[
            ("Info Api.Server src/Api/Server.hs:88:7", "Listening on port {port}"),
            ("Info Api.Middleware src/Api/Middleware.hs:41:3", "{GET|POST|PUT|DELETE} /api/v1/orders/{n} {200|201|404} {dur}"),
            ("Warning Db.Pool src/Db/Pool.hs:57:5", "Connection pool exhausted, waiting ({small} waiters)"),
            ("Error Api.Handlers.Orders src/Api/Handlers/Orders.hs:132:9", r#"Failed to create order for customer {n}: SqlError {sqlState = "23505", sqlExecStatus = FatalError, sqlErrorMsg = "duplicate key value violates unique constraint \"orders_pkey\"", sqlErrorDetail = "Key (id)=({n2}) already exists.", sqlErrorHint = ""}"#),
            ("Info Jobs.Scheduler src/Jobs/Scheduler.hs:73:11", "Job {reindex|cleanup-sessions|send-digest} finished in {dur}"),
            ("Debug Auth.Jwt src/Auth/Jwt.hs:29:5", "Token verified for user {user}"),
            ("Notice Main app/Main.hs:22:3", "Starting shop-api version 2.4.1 in Production"),
            ("Error Api.Server src/Api/Server.hs:104:7", "Uncaught exception: ConnectionFailure Network.Socket.connect: <socket: {small}>: does not exist (Connection refused)"),
        ],
    },
    Format {
        // Gatus: the function in brackets, then fields joined by semicolons.
        name: "gatus",
        header: gatus_header,
        events: &[
            ("watchdog.execute", "Monitored group={core|external|}; endpoint={gatusep}; key={gatuskey}; success={true|false}; errors={small}; duration={dur}"),
            ("watchdog.handleAlertsToTrigger", "Sending {slack|pagerduty|discord} alert because alert for endpoint={gatusep} with description= was triggered"),
            ("watchdog.handleAlertsToResolve", "Sending {slack|pagerduty|discord} alert because alert for endpoint={gatusep} with description= has been RESOLVED"),
            ("config.LoadConfiguration", "Reading configuration from configFile=config/config.yaml"),
            ("controller.Handle", "Listening on 0.0.0.0:8080"),
            ("watchdog.monitor", "Monitoring group={core|external|}; endpoint={gatusep}; key={gatuskey}"),
            ("store.Initialize", "Initializing store of type sqlite with path=/data/data.db"),
        ],
    },
    Format {
        // Blocky (a DNS proxy): logrus's text after the level and a prefix; a query's record.
        name: "blocky",
        header: blocky_header,
        events: &[
            ("INFO server", "http server is up and running addr=':4000'"),
            ("INFO server", "{TCP|UDP} server is up and running addr=':53'"),
            ("INFO queryLog", "query resolved answer=A ({ip}) client_ip={ip2} client_names={laptop|nas|phone}.lan question_name={webhost}. question_type={A|AAAA} response_code=NOERROR response_reason={RESOLVED|CACHED} response_type={RESOLVED|CACHED}"),
            ("INFO blocking_resolver", "blocking status changed enabled={true|false}"),
            ("INFO list_cache", "group import finished group={ads|malware|tracking} total_count={n}"),
            ("WARN upstream_resolver", "upstream resolver error resolver='tcp+udp:{ip}' error='read udp {ipport}->{ip}:53: i/o timeout'"),
            ("DEBUG caching_resolver", "domain is cached domain={webhost}"),
        ],
    },
    Format {
        // evcc (EV charging): a module padded in brackets, the level, then Go's time; figures
        // each on a line of their own.
        name: "evcc",
        header: evcc_header,
        events: &[
            ("main INFO", "evcc 0.131.4"),
            ("site DEBUG", "----"),
            ("lp-1 DEBUG", "charge power: {n}W"),
            ("site DEBUG", "pv power: {n}W"),
            ("site DEBUG", "grid power: {-|}{n}W"),
            ("lp-1 INFO", "start charging ->"),
            ("lp-1 INFO", "stop charging <-"),
            ("lp-1 DEBUG", "charger status: {A|B|C}"),
            ("lp-1 INFO", "car connected"),
            ("lp-1 INFO", "car disconnected"),
            ("site ERROR", "grid power: timeout"),
            ("lp-1 DEBUG", "vehicle soc: {small}%"),
            ("site DEBUG", "site power: {n}W"),
        ],
    },
    Format {
        // ioBroker: the host or an adapter's instance and its process before the message.
        name: "iobroker",
        header: iobroker_header,
        events: &[
            ("info", "host.iobroker instance system.adapter.{ioadapter} started with pid {n}"),
            ("info", "javascript.0 ({n}) script.js.common.Lights: Turning off hall light"),
            ("warn", "host.iobroker instance system.adapter.{ioadapter} terminated with code 11 (ADAPTER_REQUESTED_TERMINATION)"),
            ("error", "zigbee.0 ({n}) Send command to 0x{hex}{hex2} failed with no error code (Timeout)"),
            ("info", "admin.0 ({n}) <== Disconnect system.user.admin from ::ffff:{ip} admin"),
            ("info", "host.iobroker Restart adapter system.adapter.{ioadapter} because enabled"),
            ("info", "shelly.0 ({n}) [MQTT] Device {ip} ({shellydev}) connected!"),
            ("warn", "javascript.0 ({n}) script.js.common.Heating: Window open in {Kitchen|Bathroom|Office}, heating paused"),
            ("info", "host.iobroker iobroker.js-controller version 6.0.11 js-controller starting"),
        ],
    },
    Format {
        // Luanti (Minetest): players' actions with nodes and positions, the players online.
        name: "luanti",
        header: luanti_header,
        events: &[
            ("ACTION[Server]", "{user} [{ip}] joins game. List of players: {players}"),
            ("ACTION[Server]", "{user} leaves game. List of players: {players}"),
            ("ACTION[Server]", "{user} digs {mtnode} at ({mtpos})"),
            ("ACTION[Server]", "{user} places node {mtnode} at ({mtpos})"),
            ("ACTION[Server]", "CHAT: <{user}> {hello|brb|anyone online?|lag}"),
            ("ERROR[Main]", "ServerError: AsyncErr: Lua: Runtime error from mod 'mobs' in callback luaentity_Step(): attempt to index a nil value"),
            ("WARNING[Server]", "Undeclared global variable \"{spawn_pos|old_speed}\" accessed at /usr/share/luanti/games/minetest_game/mods/{default|beds}/init.lua:{n}"),
            ("ACTION[Server]", "Server: Shutting down"),
            ("ACTION[Main]", "World at [/var/games/minetest/worlds/world]"),
            ("ACTION[Server]", "{user} uses {mttool}, pointing at [node under={mtpos} above={mtpos2}]"),
        ],
    },
    Format {
        // OpenTTD's dedicated server: debug output by category and the console's messages.
        name: "openttd",
        header: openttd_header,
        events: &[
            ("net", "Starting dedicated server, version 14.1"),
            ("net", "Network online, multiplayer available"),
            ("net", "[server] Client #{n} ({ip}) joined as {user}"),
            ("console", "*** {user} has joined the game (Client #{n})"),
            ("console", "*** {user} has left the game (leaving)"),
            ("console", "*** {user} has started a new company #{small}"),
            ("console", "*** {user} has joined company #{small}"),
            ("console", "[All] {user}: {hello|gg|anyone for a train race?}"),
            ("console", "*** Game paused (not enough players)"),
            ("console", "*** Game unpaused (not enough players)"),
            ("console", "Map generated, starting game"),
        ],
    },
    Format {
        // Audiobookshelf: a component in brackets, users and titles in quotes, a scan's counts
        // joined by bars.
        name: "audiobookshelf",
        header: audiobookshelf_header,
        events: &[
            ("INFO Server", "Init v2.17.2"),
            ("INFO Database", "Db connection was successful"),
            ("INFO LibraryScanner", "Library scan {uuid} completed in {mmss}.{small} | {small2} Added | 0 Updated | {small3} Missing"),
            ("INFO SocketAuthority", "Socket {shortid} connected to client \"{user}\""),
            ("INFO PlaybackSessionManager", "Session \"play_{shortid}\" started for user \"{user}\" on \"{book}\""),
            ("WARN Watcher", "Ignoring unsupported file \"/audiobooks/{book}/cover.webp\""),
            ("ERROR ApiRouter", "Failed to get library item {uuid}: not found"),
            ("INFO BackupManager", "Backup {n} created with size {n2}"),
            ("INFO SocketAuthority", "Socket {shortid} disconnected from client \"{user}\" after {n}ms"),
        ],
    },
    Format {
        // earlyoom: figures padded to columns in its report, and the process it signals.
        name: "earlyoom",
        header: hms_header,
        events: &[
            ("-", "mem avail: {mibpad} of {mibpad2} MiB ({pctpad}%), swap free: {mibpad3} of {mibpad4} MiB ({pctpad2}%)"),
            ("-", "low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%"),
            ("-", "sending SIGTERM to process {n} uid {n2} \"{comm}\": badness {n3}, VmRSS {n4} MiB"),
            ("-", "process exited after {float} seconds"),
            ("-", "earlyoom v1.8.2"),
            ("-", "mem total: {n} MiB, swap total: {n2} MiB"),
            ("-", "sending SIGTERM when mem <= 10.00% and swap <= 10.00%,"),
            ("-", "        SIGKILL when mem <=  5.00% and swap <=  5.00%"),
            ("-", "escalating to SIGKILL after {float} seconds"),
        ],
    },
    Format {
        // SnapRAID's sync and diff: steps ending in dots, a disk's name, padded counts.
        name: "snapraid",
        header: hms_header,
        events: &[
            ("-", "Loading state from /var/snapraid/snapraid.content..."),
            ("-", "Scanning disk {d1|d2|d3|d4}..."),
            ("-", "Scanned {d1|d2|d3|d4} in {small} seconds"),
            ("-", "Using {n} MiB of memory for the file-system."),
            ("-", "Initializing..."),
            ("-", "Saving state to /var/snapraid/snapraid.content..."),
            ("-", "Saved /var/snapraid/snapraid.content with size {n} in {small} seconds"),
            ("-", "Verified /var/snapraid/snapraid.content in {small} seconds"),
            ("-", "Syncing..."),
            ("-", "{small}% completed, {n} MB accessed in {hhmm}"),
            ("-", "WARNING! All the files previously present in disk '{d1|d2}' at dir '/mnt/{disk1|disk2}/' are now missing or rewritten!"),
            ("-", "Everything OK"),
            ("-", "{countpad} equal"),
            ("-", "{countpad} added"),
            ("-", "{countpad} removed"),
            ("-", "DANGER! In the array there are {small} errors!"),
        ],
    },
    Format {
        // Wowza Streaming Engine's access log: W3C fields joined by tabs, `-` for none.
        name: "wowza",
        header: hms_header,
        events: &[
            ("-", "{date}\t{hms}\tUTC\tconnect-pending\tsession\tINFO\t100\t{ip}\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{FMLE/3.0 (compatible; FMSc/1.0)|OBS-Studio/30.1.2|LNX 9,0,124,2}\t{n}\t{n2}\t{n3}"),
            ("-", "{date}\t{hms}\tUTC\tconnect\tsession\tINFO\t200\t{ip}\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{FMLE/3.0 (compatible; FMSc/1.0)|OBS-Studio/30.1.2|LNX 9,0,124,2}\t{n}\t{n2}\t{n3}"),
            ("-", "{date}\t{hms}\tUTC\tcreate\tstream\tINFO\t200\t-\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{FMLE/3.0 (compatible; FMSc/1.0)|OBS-Studio/30.1.2|LNX 9,0,124,2}\t{n}\t{n2}\t{n3}"),
            ("-", "{date}\t{hms}\tUTC\tpublish\tstream\tINFO\t200\t{wstream}\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{FMLE/3.0 (compatible; FMSc/1.0)|OBS-Studio/30.1.2}\t{n}\t{n2}\t{n3}"),
            ("-", "{date}\t{hms}\tUTC\tplay\tstream\tINFO\t200\t{wstream}\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{LNX 9,0,124,2|WIN 32,0,0,465}\t{n}\t{n2}\t{n3}"),
            ("-", "{date}\t{hms}\tUTC\tunpublish\tstream\tINFO\t200\t{wstream}\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{FMLE/3.0 (compatible; FMSc/1.0)|OBS-Studio/30.1.2}\t{n}\t{n2}\t{n3}"),
            ("-", "{date}\t{hms}\tUTC\tstop\tstream\tINFO\t200\t{wstream}\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{LNX 9,0,124,2|WIN 32,0,0,465}\t{n}\t{n2}\t{n3}"),
            ("-", "{date}\t{hms}\tUTC\tdestroy\tstream\tINFO\t200\t{wstream}\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{LNX 9,0,124,2|WIN 32,0,0,465}\t{n}\t{n2}\t{n3}"),
            ("-", "{date}\t{hms}\tUTC\tdisconnect\tsession\tINFO\t200\t{n4}\t-\t_defaultVHost_\tlive\t_definst_\t{float}\t[any]\t1935\trtmp://{ip2}:1935/live\t{ip}\trtmp\t-\t{LNX 9,0,124,2|WIN 32,0,0,465}\t{n}\t{n2}\t{n3}"),
        ],
    },
    Format {
        // Pomerium: zerolog's JSON, a request's record and the authorizer's verdict.
        name: "pomerium",
        header: hms_header,
        events: &[
            ("-", r#"{"level":"info","service":"proxy","request-id":"{uuid}","method":"{GET|POST}","authority":"{app|grafana|wiki}.example.com","path":"{path}","user-agent":"{curl/8.4.0|Mozilla/5.0}","status":{200|302|403},"duration":{float},"size":{n},"time":"{iso}","message":"http-request"}"#),
            ("-", r#"{"level":"info","service":"authorize","request-id":"{uuid}","check-request-id":"{uuid2}","method":"GET","path":"{path}","host":"{app|grafana}.example.com","allow":{true|false},"allow-why-true":["email-ok"],"deny":false,"deny-why-true":[],"user":"{hex}","email":"{email}","time":"{iso}","message":"authorize check"}"#),
            ("-", r#"{"level":"info","config_file_source":"/pomerium/config.yaml","bootstrap":true,"time":"{iso}","message":"enabled authenticate service"}"#),
            ("-", r#"{"level":"error","error":"rpc error: code = Unavailable desc = connection error","time":"{iso}","message":"databroker: error syncing records"}"#),
            ("-", r#"{"level":"info","syncer_id":"{shortid}","syncer_type":"type.googleapis.com/pomerium.config.Config","time":"{iso}","message":"initial sync"}"#),
            ("-", r#"{"level":"warn","time":"{iso}","message":"authenticate: session cookie missing"}"#),
        ],
    },
    Format {
        // StackStorm: the thread's ID, the level and the logger; dicts as Python prints them.
        name: "stackstorm",
        header: stackstorm_header,
        events: &[
            ("AUDIT st2.actionrunner.base", "Launching action execution. (liveaction_db={'id': '{oid}', 'action': '{core.local|core.http|packs.install}'})"),
            ("INFO st2.actionrunner.scheduler", "Scheduling Liveaction \"{oid}\" (execution {oid2}) for execution."),
            ("INFO st2.notifier", "Processing notification for execution {oid}"),
            ("INFO st2.rulesengine", "Matched 1 rule(s) for trigger_instance {oid} (trigger=core.st2.webhook)"),
            ("WARNING st2.sensorcontainer", "Sensor \"{linux.FileWatchSensor|github.GithubRepositorySensor}\" exited with exit code {small}"),
            ("ERROR st2.actionrunner", "Failed to run action \"{core.local|core.http|packs.install}\": Timed out after 600 seconds"),
            ("INFO st2.api", "GET /v1/executions/{oid} with query={}"),
            ("INFO st2.workflow", "[{oid}] Workflow execution {oid2} completed with status \"{succeeded|failed}\"."),
        ],
    },
    Format {
        // pg_repack: a level, then what it repacks or why it cannot.
        name: "pg_repack",
        header: hms_header,
        events: &[
            ("-", "INFO: repacking table \"public.{table}\""),
            ("-", "INFO: repacking indexes of \"public.{table}\""),
            ("-", "INFO: repacking index \"public.{table}_pkey\""),
            ("-", "NOTICE: Waiting for {small} transactions to finish. First PID: {n}"),
            ("-", "WARNING: timed out, do not cancel conflicting backends"),
            ("-", "ERROR: pg_repack failed with error: ERROR:  relation \"{table}\" does not exist"),
            ("-", "WARNING: relation \"public.{table}\" must have a primary key or not-null unique keys"),
        ],
    },
    Format {
        // Weave Net: a level and Go's time with microseconds; a connection named by its
        // address, a peer's MAC and its name.
        name: "weave",
        header: weave_header,
        events: &[
            ("INFO", "->[{ipport}|{hwaddr}({weavepeer})]: connection ready; using protocol version 2"),
            ("INFO", "->[{ipport}|{hwaddr}({weavepeer})]: connection added (new peer)"),
            ("INFO", "->[{ipport}|{hwaddr}({weavepeer})]: connection shutting down due to error: read tcp {ipport2}->{ipport}: read: connection reset by peer"),
            ("INFO", "Discovered remote MAC {hwaddr} at {hwaddr2}({weavepeer})"),
            ("INFO", "Expired MAC {hwaddr} at {hwaddr2}({weavepeer})"),
            ("INFO", "overlay_switch ->[{hwaddr}({weavepeer})] using fastdp"),
            ("INFO", "->[{ipport}] attempting connection"),
        ],
    },
    Format {
        // Multus (a CNI meta-plugin): a pod's key, then the delegate's result as JSON.
        name: "multus",
        header: multus_header,
        events: &[
            ("verbose", r#"Add: {ns}:{pod}:{uuid}:k8s-pod-network(calico):eth0 {"cniVersion":"0.3.1","interfaces":[{"name":"{califace}"}],"ips":[{"version":"4","address":"{ip}/32"}],"dns":{}}"#),
            ("verbose", r#"Del: {ns}:{pod}:{uuid}:k8s-pod-network:eth0 {"cniVersion":"0.3.1","name":"k8s-pod-network","type":"calico"}"#),
            ("error", r#"[{ns}/{pod}/{uuid}:k8s-pod-network]: error adding container to network "k8s-pod-network": plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory"#),
            ("debug", "getKubernetesDelegate: found NetworkAttachmentDefinition {ns}/{macvlan-conf|sriov-net}"),
            ("verbose", "Readiness Indicator file check"),
            ("error", r#"GetNetworkDelegates: failed getting the delegate: getKubernetesDelegate: cannot find a network-attachment-definition ({macvlan-conf|sriov-net}) in namespace ({ns}): network-attachment-definitions.k8s.cni.cncf.io "{macvlan-conf|sriov-net}" not found"#),
        ],
    },
    Format {
        // skopeo copying an image: its steps, and a fatal error in logrus's text.
        name: "skopeo",
        header: hms_header,
        events: &[
            ("-", "Getting image source signatures"),
            ("-", "Copying blob {hex}{hex4} done"),
            ("-", "Copying blob {hex}{hex4} skipped: already exists"),
            ("-", "Copying config {hex}{hex4} done"),
            ("-", "Writing manifest to image destination"),
            ("-", "Storing signatures"),
            ("-", "time=\"{iso}\" level=fatal msg=\"initializing source docker://{registry}: reading manifest: manifest unknown\""),
        ],
    },
    Format {
        // Terragrunt's older log: a prefix, the module where several run, Go's time.
        name: "terragrunt",
        header: terragrunt_header,
        events: &[
            ("module", "Running command: terraform {init|plan|apply} -input=false"),
            ("module", "Reading Terragrunt config file at {tgmodule}/terragrunt.hcl"),
            ("module", "Downloading Terraform configurations from git::ssh://git@github.com/acme/infra-modules.git?ref=v{semver} into {tgmodule}/.terragrunt-cache/{key}"),
            ("all", "Module {tgmodule} must wait for {small} dependencies to finish"),
            ("all", "Module {tgmodule} has finished successfully!"),
            ("all", "Encountered the following errors:"),
            ("module", "Setting download directory for module {tgmodule} to {tgmodule}/.terragrunt-cache"),
        ],
    },
    Format {
        // GNU Guix: store paths (a hash, the package, its version), substitutes and builds.
        name: "guix",
        header: hms_header,
        events: &[
            ("-", "building /gnu/store/{nixhash}-{guixpkg}-{semver}.drv..."),
            ("-", "downloading from https://ci.guix.gnu.org/nar/lzip/{nixhash}-{guixpkg}-{semver} ..."),
            ("-", " {guixpkg}-{semver}  {small}.{small2}MiB  {n}KiB/s 00:0{small3} [##################] 100.0%"),
            ("-", "The following package will be upgraded:"),
            ("-", "   {guixpkg} {semver} → {semver2}"),
            ("-", "substitute: updating substitutes from 'https://ci.guix.gnu.org'... 100.0%"),
            ("-", "successfully built /gnu/store/{nixhash}-{guixpkg}-{semver}.drv"),
            ("-", "guix build: error: build of `/gnu/store/{nixhash}-{guixpkg}-{semver}.drv' failed"),
        ],
    },
    Format {
        // Pants (a build system): a time to the hundredth and a level; a list of requirements.
        name: "pants",
        header: pants_header,
        events: &[
            ("INFO", "Completed: Run Pytest - {pantstest}:tests succeeded."),
            ("ERROR", "Completed: Run Pytest - {pantstest}:tests failed (exit code 1)."),
            ("INFO", "Initializing scheduler..."),
            ("INFO", "Scheduler initialized."),
            ("INFO", "Completed: Building {small} requirements for requirements.pex from the 3rdparty/python/default.lock resolve: {pypkgs}"),
            ("WARN", "DEPRECATED: option 'interpreter_constraints' in scope 'python' will be removed in version 2.24.0.dev0."),
            ("INFO", "Filesystem changed during run: retrying `Test` in 500ms..."),
        ],
    },
    Format {
        // Elixir's Mix: dependencies fetched and compiled, a compiler's warning, ExUnit's summary.
        name: "mix",
        header: hms_header,
        events: &[
            ("-", "==> {hexpkg}"),
            ("-", "Compiling {n} files (.ex)"),
            ("-", "Generated {hexpkg} app"),
            ("-", "* Getting {hexpkg} (Hex package)"),
            ("-", "Resolving Hex dependencies..."),
            ("-", "Resolution completed in {float}s"),
            ("-", "warning: variable \"{conn|params|socket}\" is unused (if the variable is not meant to be used, prefix it with an underscore)"),
            ("-", "  lib/shop_web/controllers/{page|user|session}_controller.ex:{n}"),
            ("-", "Running ExUnit with seed: {n}, max_cases: {small}"),
            ("-", "Finished in {float} seconds ({float2}s async, {float3}s sync)"),
            ("-", "{n} tests, {small} failures"),
        ],
    },
    Format {
        // CocoaPods' `pod install`.
        name: "cocoapods",
        header: hms_header,
        events: &[
            ("-", "Analyzing dependencies"),
            ("-", "Downloading dependencies"),
            ("-", "Installing {cocoapod} ({semver})"),
            ("-", "Installing {cocoapod} {semver} (was {semver2})"),
            ("-", "Using {cocoapod} ({semver})"),
            ("-", "Generating Pods project"),
            ("-", "Integrating client project"),
            ("-", "Pod installation complete! There are {small} dependencies from the Podfile and {n} total pods installed."),
            ("-", "[!] CocoaPods could not find compatible versions for pod \"{cocoapod}\":"),
        ],
    },
    Format {
        // Flutter's tool: steps padded to a column with their time, devices by name.
        name: "flutter",
        header: hms_header,
        events: &[
            ("-", "Running Gradle task 'assemble{Release|Debug}'...{padding}{float}s"),
            ("-", "✓ Built build/app/outputs/flutter-apk/app-{release|debug}.apk ({small}.{small2}MB)."),
            ("-", "Resolving dependencies..."),
            ("-", "Got dependencies!"),
            ("-", "{small} packages have newer versions incompatible with dependency constraints."),
            ("-", "Launching lib/main.dart on {Pixel 7|sdk gphone64 x86 64|iPhone 15} in {debug|release} mode..."),
            ("-", "Syncing files to device {Pixel 7|iPhone 15}...{padding}{n}ms"),
            ("-", "Xcode build done.{padding}{float}s"),
        ],
    },
    Format {
        // RetroArch: a level and a subsystem in brackets, content and controllers by name.
        name: "retroarch",
        header: bracketed_level_header,
        events: &[
            ("INFO", "[Core]: Version of libretro API: 1, Compiled against API: 1"),
            ("INFO", "[Content]: Loading content file: \"/roms/{romfile}\"."),
            ("INFO", "[Core]: Geometry: {n}x{n2}, Aspect: {float}, FPS: {float2}, Sample rate: {float3} Hz."),
            ("INFO", "[Video]: Set video size to: {n}x{n2}."),
            ("WARN", "[Audio]: Underrun (Avail: {n} bytes, Written: {n2} bytes)."),
            ("INFO", "[SRAM]: Saving RAM type #0 to \"/saves/{romsave}.srm\"."),
            ("ERROR", "[Core]: Frontend is built for dynamic libretro cores, but path is not set. Cannot continue."),
            ("INFO", "[Input]: Found joypad driver: \"udev\"."),
            ("INFO", "[Autoconf]: {Xbox Series X Controller|8BitDo Pro 2|DualSense Wireless Controller} configured in port {small}."),
        ],
    },
    Format {
        // deCONZ (a Zigbee gateway): a clock with milliseconds after a colon; frames' fields.
        name: "deconz",
        header: deconz_header,
        events: &[
            ("x", "APS-DATA.indication srcAddr: 0x{hex4}, srcEp: 0x01 dstAddrMode: 2, profile: 0x0104, cluster: 0x0006, lqi: {n}, rssi: -{small}"),
            ("x", "ZCL attribute report 0x{hex4}{hex} for cluster: 0x0402, ep: 0x01, frame control: 0x18, mfcode: 0x0000"),
            ("x", r#"Websocket {ip}:{port} send message: {"e":"changed","id":"{small}","r":"sensors","state":{"temperature":{n}},"t":"event"} (ret = {n2})"#),
            ("x", "device state timeout ignored in state {small}"),
            ("x", "Current channel {small}"),
            ("x", "Device TTL {n} s flags: 0x7"),
            ("x", "ZDP Mgmt_Lqi_rsp zdpSeq: {n} from 0x{hex4}{hex} total: {small}, startIndex: 0, listCount: {small2}"),
        ],
    },
    Format {
        // GoBGP: logrus's text, a peer's key and the topic after the message.
        name: "gobgp",
        header: gobgp_header,
        events: &[
            ("info", "msg=\"Peer Up\" Key={ip} State=BGP_FSM_OPENCONFIRM Topic=Peer"),
            ("warning", "msg=\"Peer Down\" Key={ip} Reason=\"{notification-received code 6(cease) subcode 2(administrative shutdown)|hold-timer-expired}\" State=BGP_FSM_ESTABLISHED Topic=Peer"),
            ("info", "msg=\"Add a peer configuration\" Key={ip} Topic=Peer"),
            ("info", "msg=\"Delete a peer configuration\" Key={ip} Topic=Peer"),
            ("info", "msg=\"sent notification\" Code={small} Data=\"[]\" Key={ip} Subcode={small2} Topic=Peer"),
            ("warning", "msg=\"received notification\" Code={small} Data=\"[]\" Key={ip} Subcode={small2} Topic=Peer"),
            ("info", "msg=\"gobgpd started\""),
            ("info", "msg=\"Finished reading the config file\" Topic=Config"),
            ("debug", "msg=\"state changed\" Key={ip} Topic=Peer new={BGP_FSM_OPENSENT|BGP_FSM_ACTIVE} old={BGP_FSM_CONNECT|BGP_FSM_IDLE} reason={new-connection|idle-hold-timer-expired}"),
        ],
    },
    Format {
        // UCARP (CARP for Linux): a level in brackets, addresses in brackets; the up and down
        // scripts spawned by one statement.
        name: "ucarp",
        header: bracketed_level_header,
        events: &[
            ("INFO", "Local advertised ethernet address is [{hwaddr}]"),
            ("WARNING", "Switching to state: {MASTER|BACKUP}"),
            ("WARNING", "Spawning [/etc/ucarp/vip-{small}-{up|down}.sh eth0 {ip}]"),
            ("INFO", "Bad digest - md2=[{hex}{hex2}...] md=[{hex3}{hex4}...] - Check vhid, password and virtual IP address"),
            ("ERROR", "Unable to open interface [{eth0|bond0}]: No such device"),
            ("INFO", "Using [{ip}] as a network interface address"),
        ],
    },
    Format {
        // PeerTube: winston's text after the instance's host; an HTTP request as morgan writes it.
        name: "peertube",
        header: peertube_header,
        events: &[
            ("info", "{ip} - - [28/Nov/2026:{hms} +0000] \"GET /api/v1/videos/{uuid} HTTP/1.1\" 200 {n} \"-\" \"Mozilla/5.0\""),
            ("info", "Creating job to transcode video {uuid} in {240p|480p|720p|1080p}."),
            ("info", "Video with name {Trip to the coast|Demo|Live stream replay} and uuid {uuid} created."),
            ("warn", "Cannot fetch remote actor https://{webhost}/accounts/{user}."),
            ("error", "Error in ActivityPub signature checker."),
            ("info", "Job {n} of queue {video-transcoding|activitypub-http-broadcast|email} finished."),
            ("info", "Server listening on localhost:9000"),
        ],
    },
    Format {
        // InspIRCd: a date with the weekday before the time, and the kind of event.
        name: "inspircd",
        header: inspircd_header,
        events: &[
            ("CONNECT", "Client connecting on port {6667|6697} (class main): {user}!{user}@{ip} ({ip}) [{user}]"),
            ("QUIT", "Client exiting: {user}!{user}@{ip} ({ip}) [Quit: {Leaving|Ping timeout: 120 seconds}]"),
            ("OPER", "{user}!{user}@{ip} opered as type: NetAdmin"),
            ("STARTUP", "InspIRCd is now running as 'irc.example.net'[1AB] with {n} max open sockets"),
            ("NICK", "User {user} changed their nickname to {user2}"),
            ("BANCACHE", "Added positive hit for {ip}"),
            ("XLINE", "{user} added a timed G-line on *@{ip}, expires in {small} days: {Spamming|Botnet drone}"),
        ],
    },
    Format {
        // Galaxy (a bioinformatics platform): the logger, level, time, process and thread; a
        // job's ID in parentheses.
        name: "galaxy",
        header: galaxy_header,
        events: &[
            ("galaxy.jobs.handler INFO JobHandlerQueue.monitor_thread", "({n}) Handler 'handler_0' assigned using 'db-skip-locked' assignment method"),
            ("galaxy.jobs.handler DEBUG JobHandlerQueue.monitor_thread", "({n}) Dispatching to {local|slurm} runner"),
            ("galaxy.jobs DEBUG LocalRunner.work_thread-0", "({n}) Working directory for job is: /srv/galaxy/jobs/{n2}/{n}"),
            ("galaxy.jobs.runners DEBUG LocalRunner.work_thread-0", "({n}) command is: python '/srv/galaxy/tools/{galaxytool}/{galaxytool}.py' --input '/srv/galaxy/datasets/{n2}.dat'"),
            ("galaxy.jobs INFO LocalRunner.work_thread-1", "Collecting metrics for Job {n} in /srv/galaxy/jobs/{n2}/{n}"),
            ("galaxy.jobs DEBUG LocalRunner.work_thread-1", "job_wrapper.finish for job {n} executed (took {float} ms)"),
            ("galaxy.web_stack INFO MainThread", "Galaxy server instance 'main.web.1' is running"),
            ("galaxy.tools.actions.upload_common INFO uWSGIWorker1Core2", "tool upload1 created job id {n}"),
            ("galaxy.jobs.runners.local ERROR LocalRunner.work_thread-2", "({n}) Job failed: exit code {small}"),
        ],
    },
    Format {
        // Metaflow: a task's run, step, task and process in brackets, or the time alone.
        name: "metaflow",
        header: metaflow_header,
        events: &[
            ("task", "Task is starting."),
            ("task", "Task finished successfully."),
            ("run", "Workflow starting (run-id {n}):"),
            ("run", "Done!"),
            ("task", "Foreach yields {small} child steps."),
            ("task", "Training model with lr={float}"),
            ("task", "Task failed."),
            ("run", "Pre-launching {small} tasks..."),
        ],
    },
    Format {
        // NZBGet: C's time, the kind and the message joined by tabs.
        name: "nzbget",
        header: hms_header,
        events: &[
            ("-", "{ctime}\tINFO\tCollection {release} added to queue"),
            ("-", "{ctime}\tINFO\tDownloading {release}.part{small}.rar @ {newsserver}"),
            ("-", "{ctime}\tINFO\tSuccessfully downloaded {release}.part{small}.rar"),
            ("-", "{ctime}\tINFO\tUnpack for {release} successful"),
            ("-", "{ctime}\tWARNING\t{newsserver}: Article <{hex}@{webhost}> not found, retrying"),
            ("-", "{ctime}\tERROR\tPar-check for {release} failed: {small} blocks needed, 0 available"),
            ("-", "{ctime}\tINFO\tCollection {release} deleted from history"),
            ("-", "{ctime}\tDETAIL\tCleaning up {release}"),
        ],
    },
    Format {
        // Logitech Media Server: a short date, the Perl function and its line.
        name: "lms",
        header: lms_header,
        events: &[
            ("Slim::Networking::SqueezeNetwork::_error 385", "Unable to login to SN: Invalid username or password"),
            ("Slim::Player::StreamingController::_Stream 2116", "Track failed to start: http://{webhost}/stream/{n}.mp3"),
            ("Slim::Networking::Slimproto::slimproto_close 252", "Player {hwaddr} disconnected"),
            ("Slim::Plugin::Spotty::Connect 313", "Spotify Connect daemon for {hwaddr} started"),
            ("main::init 364", "Starting Logitech Media Server (v8.5.0, 1700000000, Mon Nov 27 10:00:00 UTC 2026) perl 5.036000 - x86_64-linux-gnu-thread-multi"),
            ("Slim::Utils::Scanner::Local::rescan 312", "Discovered {n} new files, {small} changed, {small2} deleted"),
            ("Slim::Player::Squeezebox2::directHeaders 580", "Direct stream failed: [{n}] Connection refused"),
        ],
    },
    Format {
        // acme.sh: `date`'s time in brackets, domains in quotes.
        name: "acme_sh",
        header: acme_sh_header,
        events: &[
            ("x", "Renew: '{maildomain}'"),
            ("x", "Skip, Next renewal time is: {iso}"),
            ("x", "Add '--force' to force renewal."),
            ("x", "Using CA: https://acme.zerossl.com/v2/DV90"),
            ("x", "Getting domain auth token for each domain"),
            ("x", "Verifying: {maildomain}"),
            ("x", "Success"),
            ("x", "Cert success."),
            ("x", "Your cert is in: /root/.acme.sh/{maildomain}_ecc/{maildomain}.cer"),
            ("x", "{maildomain}:Verify error:Invalid response from http://{maildomain}/.well-known/acme-challenge/{key}: 404"),
        ],
    },
    Format {
        // lego (an ACME client): Go's time, a level and the domain in brackets.
        name: "lego",
        header: lego_header,
        events: &[
            ("INFO", "[{maildomain}] acme: Obtaining bundled SAN certificate"),
            ("INFO", "[{maildomain}] AuthURL: https://acme-v02.api.letsencrypt.org/acme/authz-v3/{n}"),
            ("INFO", "[{maildomain}] acme: use dns-01 solver"),
            ("INFO", "[{maildomain}] acme: Preparing to solve DNS-01"),
            ("INFO", "[{maildomain}] acme: Waiting for DNS record propagation."),
            ("INFO", "[{maildomain}] The server validated our request"),
            ("INFO", "[{maildomain}] Server responded with a certificate."),
            ("WARN", "[{maildomain}] acme: cleaning up failed: {cloudflare|route53}: failed to find zone {maildomain}.: zone could not be found"),
            ("INFO", "retry due to: acme: error: 400 :: POST :: https://acme-v02.api.letsencrypt.org/acme/new-order :: urn:ietf:params:acme:error:badNonce :: JWS has an invalid anti-replay nonce"),
        ],
    },
    Format {
        // OpenConnect (a VPN client) connecting, and losing its peer.
        name: "openconnect",
        header: hms_header,
        events: &[
            ("-", "POST https://{webhost}/"),
            ("-", "Connected to {ipport}"),
            ("-", "SSL negotiation with {webhost}"),
            ("-", "Connected to HTTPS on {webhost} with ciphersuite (TLS1.3)-(ECDHE-SECP256R1)-(RSA-PSS-RSAE-SHA256)-(AES-256-GCM)"),
            ("-", "Got CONNECT response: HTTP/1.1 200 OK"),
            ("-", "CSTP connected. DPD {small}, Keepalive {small2}"),
            ("-", "Connected as {ip}, using SSL, with DTLS in progress"),
            ("-", "Established DTLS connection (using GnuTLS). Ciphersuite (DTLS1.2)-(ECDHE-RSA)-(AES-256-GCM)."),
            ("-", "DTLS Dead Peer Detection detected dead peer!"),
            ("-", "Failed to reconnect to host {webhost}: Connection refused"),
        ],
    },
    Format {
        // sing-box (a proxy platform): the zone, the time, the level, a connection's ID and
        // age; the component and its tag before the message.
        name: "singbox",
        header: singbox_header,
        events: &[
            ("INFO conn", "inbound/mixed[mixed-in]: inbound connection from {ipport}"),
            ("INFO conn", "inbound/mixed[mixed-in]: inbound connection to {webhost}:443"),
            ("INFO conn", "outbound/vless[{proxy-hk|proxy-jp}]: outbound connection to {webhost}:443"),
            ("INFO conn", "router: match[{small}] rule_set=[geosite-cn] => direct"),
            ("ERROR conn", "inbound/mixed[mixed-in]: process connection from {ipport}: dial tcp {ipport2}: i/o timeout"),
            ("INFO", "router: updated default interface eth0, index {small}"),
            ("INFO", "inbound/mixed[mixed-in]: tcp server started at 127.0.0.1:2080"),
            ("WARN", "dns: exchange failed for {webhost}. IN A: context deadline exceeded"),
            ("INFO", "sing-box started ({float}s)"),
        ],
    },
    Format {
        // mihomo (Clash Meta): logrus's text; a connection's rule and proxy in its message.
        name: "mihomo",
        header: gobgp_header,
        events: &[
            ("info", "msg=\"[TCP] {ipport} --> {webhost}:443 match RuleSet({proxy|direct|reject}) using {Proxy[HK-01]|DIRECT}\""),
            ("info", "msg=\"[UDP] {ipport} --> {ip}:53 match Match using DIRECT\""),
            ("warning", "msg=\"[TCP] dial {Proxy|HK-01} ({webhost}:443) to {webhost}:443 error: connect failed: dial tcp {ipport}: i/o timeout\""),
            ("info", "msg=\"Start initial configuration in progress\""),
            ("info", "msg=\"Initial configuration complete, total time: {small}ms\""),
            ("info", "msg=\"RESTful API listening at: 127.0.0.1:9090\""),
            ("error", r#"msg="[Provider] {HK-nodes|JP-nodes} pull error: Get \"https://sub.example.com/link\": EOF""#),
            ("info", "msg=\"[Sniffer] Sniff TCP [{ipport}]-->[{ip}:443] success, replace domain [{ip}]-->[{webhost}]\""),
        ],
    },
    Format {
        // SteamCMD installing a game server: its update states with their codes.
        name: "steamcmd",
        header: hms_header,
        events: &[
            ("-", "Redirecting stderr to '/home/steam/Steam/logs/stderr.txt'"),
            ("-", "[  0%] Checking for available updates..."),
            ("-", "[----] Verifying installation..."),
            ("-", "Steam Console Client (c) Valve Corporation - version {n}"),
            ("-", "Logging in user '{anonymous|steamuser}' to Steam Public...OK"),
            ("-", " Update state (0x{61|81|101}) {downloading|verifying install|committing}, progress: {float} ({n} / {n2})"),
            ("-", "Success! App '{896660|740|2394010}' fully installed."),
            ("-", "Error! App '{896660|740}' state is 0x{202|602} after update job."),
            ("-", "Waiting for user info...OK"),
        ],
    },
    Format {
        // Pterodactyl's Wings: a padded level, the time with the month's name, fields after.
        name: "wings",
        header: wings_header,
        events: &[
            ("INFO", "configured wings with system timezone timezone=UTC"),
            ("INFO", "processing server configuration server={uuid}"),
            ("INFO", "loading server configurations from the Panel"),
            ("INFO", "finished processing server configurations duration={dur}"),
            ("INFO", "updating server states on Panel: marking installing servers as normal"),
            ("INFO", "sftp server listening for connections listen=0.0.0.0:2022 public_key=\"ssh-ed25519 {fingerprint}\""),
            ("ERROR", "failed to connect to Docker daemon error=Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"),
            ("DEBUG", "power event received server={uuid} event={start|stop|restart}"),
            ("WARN", "server is not running, cannot send command server={uuid}"),
        ],
    },
    Format {
        // RStudio Server: the process in brackets (a session's named after its user), then
        // an error's cause and where it occurred.
        name: "rstudio",
        header: rstudio_header,
        events: &[
            ("rserver ERROR", "system error 2 (No such file or directory) [path: /home/{user}/.local/share/rstudio]; OCCURRED AT rstudio::core::Error rstudio::core::FilePath::remove() const src/cpp/shared_core/FilePath.cpp:1391"),
            ("rserver INFO", "Starting RStudio Server on {ipport}"),
            ("rserver WARNING", "Failed to authenticate user {user}: PAM authentication failed"),
            ("rsession ERROR", "Could not read persistent state file /home/{user}/.local/share/rstudio/monitored/user-settings/user-settings"),
            ("rserver INFO", "Session {hex} for user {user} was suspended"),
            ("rsession WARNING", "Abnormal end of session detected"),
        ],
    },
    Format {
        // shairport-sync (an AirPlay receiver) in the journal.
        name: "shairport",
        header: journal_header,
        events: &[
            ("shairport-sync", "Connection {small}: Playback started at {n}."),
            ("shairport-sync", "Connection {small}: New connection from {ip}:{port} to self at {ip2}:7000."),
            ("shairport-sync", "Connection {small}: Connection closed by client."),
            ("shairport-sync", "Connection {small}: Player thread exit on \"{Living Room|Kitchen}\"."),
            ("shairport-sync", "Volume set to -{float} dB."),
        ],
    },
    Format {
        // ddclient: a result padded to a column, then the host it updated.
        name: "ddclient",
        header: hms_header,
        events: &[
            ("-", "SUCCESS:  updating {maildomain}: good: IP address set to {ip}"),
            ("-", "WARNING:  skipping update of {maildomain} from <nothing> to {ip}."),
            ("-", "FAILED:   updating {maildomain}: Invalid reply."),
            ("-", "WARNING:  file /var/cache/ddclient/ddclient.cache, line {small}: Invalid Value for keyword 'ip' = ''"),
            ("-", "SUCCESS:  {maildomain}: skipped: IP address was already set to {ip}."),
            ("-", "WAIT:     next update of {maildomain} at {ctime}"),
        ],
    },
    Format {
        // Vitess's vttablet (glog, as klog writes it): a keyspace, a shard and a tablet type.
        name: "vitess",
        header: klog_header,
        events: &[
            ("I", "TabletServer.SetServingType: serving type {REPLICA|PRIMARY|RDONLY}, state SERVING"),
            ("I", "Starting replication from {ip}:3306 for keyspace {commerce|customer} shard {-80|80-}"),
            ("W", "healthcheck for tablet zone1-{n} failed: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing dial tcp {ip}:15999: connect: connection refused\""),
            ("E", "Code: RESOURCE_EXHAUSTED transaction pool connection limit exceeded (CallerID: {user})"),
            ("I", "Replication lag {small}s is below the threshold, tablet is healthy"),
            ("W", "Query killed after {dur}: select * from {table} where id = {n}"),
            ("I", "Applied vschema for keyspace {commerce|customer}"),
        ],
    },
    Format {
        // Atlantis (Terraform pull request automation): Go's time with its zone, the level in
        // brackets, then the repository and pull request.
        name: "atlantis",
        header: atlantis_header,
        events: &[
            ("INFO", "server: Atlantis started - listening on port 4141"),
            ("INFO", "acme/{gitrepo}#{n}: Parsing comment \"atlantis plan -d {envs/prod|envs/staging|modules/vpc}\""),
            ("INFO", "acme/{gitrepo}#{n}: Acquired lock with id \"acme/{gitrepo}/{envs/prod|envs/staging|modules/vpc}/default\""),
            ("EROR", "acme/{gitrepo}#{n}: Unable to comment: POST https://api.github.com/repos/acme/{gitrepo}/issues/{n}/comments: 403 Resource not accessible by integration []"),
            ("INFO", "acme/{gitrepo}#{n}: Successfully ran \"terraform init -input=false\" in \"/home/atlantis/.atlantis/repos/acme/{gitrepo}/{n}/default/{envs/prod|envs/staging}\""),
            ("WARN", "acme/{gitrepo}#{n}: Failed to delete lock: lock does not exist"),
            ("INFO", "acme/{gitrepo}#{n}: Plan succeeded, {small} to add, {small2} to change, {small3} to destroy"),
        ],
    },
    Format {
        // Kyverno (zap's console encoder): a message, a tab, then its fields as spaced JSON.
        name: "kyverno",
        header: zap_console_header,
        events: &[
            ("INFO", "validation passed\t{\"action\": \"validate\", \"resource\": \"{ns}/Pod/{pod}\", \"operation\": \"CREATE\", \"policy\": \"require-labels\"}"),
            ("ERROR", "validation failed\t{\"action\": \"validate\", \"resource\": \"{ns}/Deployment/{svc}\", \"operation\": \"UPDATE\", \"policy\": \"disallow-latest-tag\", \"rules\": [\"validate-image-tag\"]}"),
            ("INFO", "admission request mutated\t{\"uid\": \"{uuid}\", \"kind\": \"Pod\", \"namespace\": \"{ns}\", \"name\": \"{pod}\", \"patches\": {small}}"),
            ("INFO", "policy created\t{\"name\": \"require-labels\", \"generation\": {small}}"),
            ("ERROR", "failed to update policy status\t{\"name\": \"{require-labels|disallow-latest-tag}\", \"error\": \"Operation cannot be fulfilled on clusterpolicies.kyverno.io: the object has been modified; please apply your changes to the latest version and try again\"}"),
            ("INFO", "background scan finished\t{\"policies\": {small}, \"resources\": {n}, \"duration\": \"{dur}\"}"),
        ],
    },
    Format {
        // Grafana Tempo (go-kit's logfmt, as Prometheus writes it): a quoted message and fields.
        name: "tempo",
        header: prometheus_header,
        events: &[
            ("info", "msg=\"compacted block\" tenant={single-tenant|acme} blockID={uuid} objects={n} duration={dur}"),
            ("info", "msg=\"polling tenant\" tenant={single-tenant|acme} blocks={n} compactedBlocks={n2}"),
            ("warn", "msg=\"failed to flush block\" tenant={single-tenant|acme} blockID={uuid} err=\"context deadline exceeded\""),
            ("error", "msg=\"error querying block\" blockID={uuid} err=\"does not exist\""),
            ("info", "msg=\"flushed to backend\" tenant={single-tenant|acme} blockID={uuid} size={n}"),
            ("info", "msg=\"ingester found trace\" traceID={hex}{hex2} spans={small}"),
        ],
    },
    Format {
        // Zipkin's server (Spring Boot).
        name: "zipkin",
        header: spring_header,
        events: &[
            ("INFO", "Started ZipkinServer in {float} seconds (process running for {float2})"),
            ("WARN", "Span {hex}{hex2} from {svc} dropped: timestamp {n} is older than the retention of {small} days"),
            ("ERROR", "Failed to store {n} spans in elasticsearch: Connection refused: {ip}:9200"),
            ("INFO", "Elasticsearch index template zipkin:span_template created"),
            ("WARN", "Dropped {n} spans: queue full"),
        ],
    },
    Format {
        // LibreNMS (Laravel's log): a device's poll or discovery.
        name: "librenms",
        header: laravel_header,
        events: &[
            ("INFO", "Polling device {host} (device_id {n})"),
            ("ERROR", "SNMP query timed out for {host}: snmpget -v2c -c COMMUNITY -Oqv {ip}:161 sysUpTime.0"),
            ("WARNING", "Device {host} is down: ICMP unreachable"),
            ("INFO", "Discovered {small} new ports on {host}"),
            ("ERROR", "Alert rule \"{Devices up/down|Port utilisation over threshold|Sensor over limit}\" failed to deliver to transport mail: Connection could not be established with host smtp.example.com"),
            ("INFO", "Poller finished in {float} secs, {small} devices polled"),
        ],
    },
    Format {
        // Immich's server (NestJS): an asset's job.
        name: "immich",
        header: nestjs_header,
        events: &[
            ("LOG MetadataService", "Extracted metadata for asset {uuid}"),
            ("WARN MediaService", "Unable to generate thumbnail for asset {uuid}: Input file contains unsupported image format"),
            ("ERROR JobService", "Unable to run job handler (thumbnailGeneration/generate-thumbnail): Error: ENOENT: no such file or directory, open '/usr/src/app/upload/library/{user}/{n}/IMG_{n2}.HEIC'"),
            ("LOG StorageTemplateService", "Storage template migration complete, {n} assets moved"),
            ("LOG SmartInfoService", "Queued {n} assets for smart search"),
            ("WARN AuthService", "Failed login attempt for user {email} from ip address {ip}"),
        ],
    },
    Format {
        // Mastodon (Rails, with the request's ID as a tag).
        name: "mastodon",
        header: rails_header,
        events: &[
            ("INFO", "method=GET path=/api/v1/timelines/home format=json controller=Api::V1::Timelines::HomeController action=show status=200 duration={float} view={float2} db={float3}"),
            ("INFO", "method=POST path=/api/v1/statuses format=json controller=Api::V1::StatusesController action=create status={200|422} duration={float} view={float2} db={float3}"),
            ("WARN", "Delivery to https://{host}/inbox failed: HTTP {500|502|503|504}"),
            ("ERROR", "Error processing ActivityPub activity from https://{host}/users/{user}: Mastodon::UnexpectedResponseError"),
            ("INFO", "Fetched remote account {user}@{host}"),
            ("INFO", "[ActionCable] Broadcasting to timeline:{n}: \"{\\\"event\\\":\\\"update\\\"}\""),
        ],
    },
    Format {
        // MediaWiki's debug log: the time, the server and the wiki, then the channel's tag.
        name: "mediawiki",
        header: mediawiki_header,
        events: &[
            ("-", "[{hex}] /w/index.php?title={Main_Page|Special:RecentChanges|Help:Contents}&action=edit   MWException: Could not acquire lock for \"{Main_Page|Help:Contents}\""),
            ("-", "[DBQuery] Wikimedia\\Rdbms\\Database::query: lost connection to MySQL server during query ({ip})"),
            ("-", "[session] SessionBackend \"{hex}\" save: dataDirty={0|1} metaDirty={0|1} forcePersist=0"),
            ("-", "[ratelimit] User:{user} tripped edit rate limit"),
            ("-", "[jobqueue] Job run: refreshLinks Special: table=page pages={n} (id={n2}) t={n3} good"),
            ("-", "[exception] [{hex}] PHP Fatal Error: Allowed memory size of {n} bytes exhausted"),
        ],
    },
    Format {
        // Radarr (NLog's layout, as Sonarr writes it).
        name: "radarr",
        header: iso_level_header,
        events: &[
            ("-", "{nlogtime}|Info|RssSyncService|RSS Sync Completed. Reports found: {n}, Reports grabbed: {small}"),
            ("-", "{nlogtime}|Info|MovieService|Updating info for {Dune Part Two|Oppenheimer|Past Lives} ({2023|2024})"),
            ("-", "{nlogtime}|Warn|ImportListSyncService|Import list {Trakt Popular|IMDb Watchlist} returned no results"),
            ("-", "{nlogtime}|Error|DownloadedMovieImportService|Import failed, path does not exist or is not accessible by Radarr: /downloads/complete/{hex}"),
            ("-", "{nlogtime}|Info|DiskScanService|Completed scanning disk for {n} movies"),
        ],
    },
    Format {
        // SDDM (the display manager) in the journal.
        name: "sddm",
        header: journal_header,
        events: &[
            ("sddm", "Authentication for user  \"{user}\"  successful"),
            ("sddm", "Auth: sddm-helper exited successfully"),
            ("sddm", "Display server started."),
            ("sddm", "Socket server started."),
            ("sddm", "Session started true"),
            ("sddm-helper", "pam_unix(sddm:session): session opened for user {user}(uid={n}) by (uid=0)"),
            ("sddm", "Authentication error: SDDM::Auth::ERROR_AUTHENTICATION \"Authentication failure\""),
        ],
    },
    Format {
        // WirePlumber (PipeWire's session manager) in the journal.
        name: "wireplumber",
        header: journal_header,
        events: &[
            ("wireplumber", "spa.bluez5: BlueZ system service is not available"),
            ("wireplumber", "wp-device: SPA handle 'api.libcamera.enum.manager' could not be loaded; is it installed?"),
            ("wireplumber", "<WpSiAudioAdapter:{hex}> Object activation aborted: proxy destroyed"),
            ("wireplumber", "default: new default sink: alsa_output.pci-0000_00_1f.3.analog-stereo"),
            ("wireplumber", "spa.bluez5.native: RFCOMM receive command but modem not available: AT+CLCC"),
        ],
    },
    Format {
        // mcelog: a machine check's record, one field a line.
        name: "mcelog",
        header: journal_header,
        events: &[
            ("mcelog", "Hardware event. This is not a software error."),
            ("mcelog", "MCE {small}"),
            ("mcelog", "CPU {small} BANK {small2} TSC {hex}"),
            ("mcelog", "MISC {hex} ADDR {hex2}"),
            ("mcelog", "TIME {n} {ctime}"),
            ("mcelog", "MCG status:"),
            ("mcelog", "MCi status:"),
            ("mcelog", "Corrected error"),
            ("mcelog", "Running trigger `dimm-error-trigger' (reporter: memdb)"),
        ],
    },
    Format {
        // rasdaemon: hardware errors as the kernel reports them.
        name: "rasdaemon",
        header: journal_header,
        events: &[
            ("rasdaemon", "rasdaemon: ras:mc_event event enabled"),
            ("rasdaemon", "rasdaemon: Listening to events for cpus 0 to {small}"),
            ("rasdaemon", "           <...>-{n}   [00{small}]     {float}: mc_event: {small2} Corrected error: memory read error on CPU_SrcID#0_Ha#0_Chan#{small3}_DIMM#0 (channel:{small3} slot:0 page:0x{hex} offset:0x0 grain:32 syndrome:0x0)"),
            ("rasdaemon", "           <...>-{n}   [00{small}]     {float}: aer_event: 0000:{pcibus}:00.0 Corrected error received: Receiver Error"),
            ("rasdaemon", "rasdaemon: Recording mc_event events"),
        ],
    },
    Format {
        // irqbalance in the journal.
        name: "irqbalance",
        header: journal_header,
        events: &[
            ("irqbalance", "Cannot change IRQ {n} affinity: Input/output error"),
            ("irqbalance", "IRQ {n} affinity is now unmanaged"),
            ("irqbalance", "Balancing is ineffective on systems with a single cpu.  Shutting down"),
            ("irqbalance", "irqbalance: Failed to find irq {small} in the irq database"),
        ],
    },
    Format {
        // UPower in the journal.
        name: "upower",
        header: journal_header,
        events: &[
            ("upowerd", "treating change event as add on /sys/devices/LNXSYSTM:00/LNXSYBUS:00/PNP0C0A:00/power_supply/BAT0"),
            ("upowerd", "Battery BAT0: charge {pct} ({discharging|charging|fully-charged})"),
            ("upowerd", "unhandled action 'bind' on /sys/devices/pci0000:00/0000:00:14.0/usb1/1-{small}"),
            ("upowerd", "Could not find battery percentage for hidpp_battery_{small}"),
        ],
    },
    Format {
        // phc2sys: the system clock kept to a PTP hardware clock.
        name: "phc2sys",
        header: phc2sys_header,
        events: &[
            ("-", "CLOCK_REALTIME phc offset {n} s2 freq -{n2} delay {n3}"),
            ("-", "CLOCK_REALTIME rms {n} max {n2} freq -{n3} +/- {small} delay {n4} +/- {small2}"),
            ("-", "reconfiguring after port state change"),
            ("-", "selecting CLOCK_REALTIME for synchronization"),
            ("-", "selecting eth{small} as the master clock"),
            ("-", "Waiting for ptp4l..."),
        ],
    },
    Format {
        // Apache Impala's daemon (glog).
        name: "impala",
        header: klog_header,
        events: &[
            ("I", "Query {hex}:{hex2}0000000 finished with status OK"),
            ("I", "Registered query {hex}:{hex2}0000000 from user {user}@EXAMPLE.COM"),
            ("W", "Query {hex}:{hex2}0000000 was cancelled: Memory limit exceeded: Failed to allocate tuple buffer of {n} bytes"),
            ("E", "RPC recv timed out: dest address: {host}:27000, rpc: TransmitData"),
            ("I", "Loading metadata for table {db}.{table}"),
            ("I", "Invalidated {n} tables in {dur}"),
        ],
    },
    Format {
        // Drone CI's server (logrus's text).
        name: "drone",
        header: logrus_header,
        events: &[
            ("info", "msg=\"starting the http server\" acme=false host=ci.example.com port=\":80\" proto=https url=\"https://ci.example.com\""),
            ("debug", "msg=\"manager: accept stage\" machine={svc}-runner stage-id={n}"),
            ("error", "msg=\"cannot send status\" error=\"POST https://api.github.com/repos/acme/{gitrepo}/statuses/{hex}: 401 Bad credentials []\" repo=acme/{gitrepo}"),
            ("debug", "msg=\"api: root access granted\" name=acme/{gitrepo} namespace=acme request-admin=true"),
            ("info", "msg=\"trigger: received\" commit={hex} event=push ref=refs/heads/{branch}"),
            ("warn", "msg=\"manager: cannot find build\" build.id={n} error=\"sql: no rows in result set\""),
        ],
    },
    Format {
        // The Strimzi operator (log4j2): the class and line, then the reconciliation.
        name: "strimzi",
        header: strimzi_header,
        events: &[
            ("INFO", "Reconciliation #{n}(timer) Kafka({ns}/my-cluster): Kafka my-cluster will be checked for creation or modification"),
            ("INFO", "Reconciliation #{n}(watch) KafkaTopic({ns}/{topic}): reconciled"),
            ("WARN", "Reconciliation #{n}(timer) Kafka({ns}/my-cluster): Failed to reconcile io.strimzi.operator.common.ReconciliationException: Pod my-cluster-kafka-{small} is not ready"),
            ("INFO", "Reconciliation #{n}(timer) Kafka({ns}/my-cluster): Rolling Pod my-cluster-kafka-{small} due to [Pod has old revision]"),
            ("ERROR", "Reconciliation #{n}(timer) KafkaConnect({ns}/connect): createOrUpdate failed"),
        ],
    },
    Format {
        // Lemmy (Rust's tracing): the target first, Debug output of structs in messages.
        name: "lemmy",
        header: tracing_header,
        events: &[
            ("INFO", "lemmy_server::scheduled_tasks: Updating active site and community aggregates ..."),
            ("INFO", "lemmy_server::scheduled_tasks: Done."),
            ("WARN", "lemmy_utils: error fetching community: LemmyError { message: Some(\"couldnt_find_object\"), inner: Failed to fetch https://{host}/c/{n}: 404 }"),
            ("ERROR", "activitypub_federation::activity_queue: Sending activity https://lemmy.example.org/activities/like/{uuid} to https://{host}/inbox failed with status 403 Forbidden"),
            ("INFO", "actix_web::middleware::logger: {ip} \"GET /api/v3/post/list?sort=Hot&limit={small} HTTP/1.1\" 200 {n} \"-\" \"Jerboa\" {float}"),
            ("DEBUG", "lemmy_apub::objects::person: Fetched person Person { id: PersonId({n}), name: \"{user}\", local: false }"),
        ],
    },
    Format {
        // Discourse's production.log (Rails): requests, jobs as Ruby hashes.
        name: "discourse",
        header: hms_header,
        events: &[
            ("-", "Started GET \"/t/{welcome-to-discourse|faq|release-notes}/{n}\" for {ip} at {railstime}"),
            ("-", "Processing by TopicsController#show as HTML"),
            ("-", "Completed 200 OK in {small}ms (Views: {float}ms | ActiveRecord: {float2}ms | Allocations: {n})"),
            ("-", "Job exception: {:job=>\"Jobs::PostAlert\", :post_id=>{n}, :current_site_id=>\"default\"}"),
            ("-", "Failed to process hijacked response correctly : Redis::TimeoutError : Connection timed out"),
            ("-", "Sidekiq is consuming too much memory (using: {n}.{small}M) for 'default', restarting"),
        ],
    },
    Format {
        // Apache Camel in Spring Boot: routes, exchanges printed whole.
        name: "camel",
        header: spring_header,
        events: &[
            ("INFO", "Route: {orders-route|billing-route|audit-route|refunds-route} started and consuming from: kafka://{topic}"),
            ("INFO", "Apache Camel 4.{small}.0 (camel-1) started in {dur}"),
            ("ERROR", "Failed delivery for (MessageId: {hex}-{n} on ExchangeId: {hex}-{n}). Exhausted after delivery attempt: {small} caught: java.net.ConnectException: Connection refused"),
            ("INFO", "Exchange[Id: {hex}-{n2}, RouteGroup: null, RouteId: orders-route, ExchangePattern: InOnly, BodyType: String, Body: {\"orderId\":{n3},\"amount\":{float}}]"),
            ("WARN", "Consumer Consumer[kafka://{topic}] failed polling endpoint: kafka://{topic}. Will try again at next poll. Caused by: [org.apache.kafka.common.errors.TimeoutException - Timeout expired while fetching topic metadata]"),
        ],
    },
    Format {
        // Scrapy: the logger in brackets, requests and responses in angle brackets.
        name: "scrapy",
        header: scrapy_header,
        events: &[
            ("scrapy.core.engine DEBUG", "Crawled ({200|404|500}) <GET https://shop.example.com/product/{n}> (referer: https://shop.example.com/category/{small})"),
            ("scrapy.core.scraper DEBUG", "Scraped from <200 https://shop.example.com/product/{n}>"),
            ("scrapy.extensions.logstats INFO", "Crawled {n} pages (at {small} pages/min), scraped {n2} items (at {small2} items/min)"),
            ("scrapy.downloadermiddlewares.retry DEBUG", "Retrying <GET https://shop.example.com/product/{n}> (failed {small} times): 503 Service Unavailable"),
            ("scrapy.core.scraper ERROR", "Spider error processing <GET https://shop.example.com/product/{n}> (referer: https://shop.example.com/category/{small})"),
            ("scrapy.core.engine INFO", "Spider closed (finished)"),
        ],
    },
    Format {
        // k6's end-of-test summary (dot leaders to a column) and a warning in logrus's text.
        name: "k6",
        header: hms_header,
        events: &[
            ("-", "     ✓ status is 200"),
            ("-", "      ↳  {small}% — ✓ {n} / ✗ {n2}"),
            ("-", "     http_req_duration..............: avg={float}ms min={float2}ms med={float3}ms max={float4}ms p(90)={float5}ms p(95)={float6}ms"),
            ("-", "     http_reqs......................: {n}   {float}/s"),
            ("-", "     vus............................: {small}      min={small2}      max={small3}"),
            ("-", "     data_received..................: {float} MB {float2} kB/s"),
            ("-", "time=\"{iso}\" level=warning msg=\"Request Failed\" error=\"Get \\\"http://{ipport}/api/orders\\\": dial tcp {ipport}: connect: connection refused\""),
        ],
    },
    Format {
        // Kopia: a snapshot's progress, sizes and times in words.
        name: "kopia",
        header: hms_header,
        events: &[
            ("-", "Snapshotting {user}@{hostname}:/home/{user} ..."),
            ("-", " * {small} hashing, {n} hashed ({float} MB), {n2} cached ({float2} GB), uploaded {float3} MB, estimated {float4} GB ({small2}.{small3}%) {small4}m{small5}s left"),
            ("-", "Created snapshot with root k{hex}{hex2} and ID {hex3}{hex4} in {small}m{small2}s"),
            ("-", "ERROR upload error: unable to open snapshot: open /home/{user}/.cache/{n}: permission denied"),
            ("-", "Running full maintenance..."),
            ("-", "Finished full maintenance."),
        ],
    },
    Format {
        // Turborepo: each task's output after its package and task.
        name: "turbo",
        header: hms_header,
        events: &[
            ("-", "{web|docs|api|ui|utils}:build: cache miss, executing {hex}{hex2}"),
            ("-", "{web|docs|api|ui|utils}:build: cache hit, replaying logs {hex}{hex2}"),
            ("-", "{web|docs|api|ui|utils}:lint: > eslint . --max-warnings 0"),
            ("-", " Tasks:    {small} successful, {small2} total"),
            ("-", "Cached:    {small} cached, {small2} total"),
            ("-", "  Time:    {float}s >>> FULL TURBO"),
            ("-", "{web|docs|api|ui|utils}:build: ERROR: command finished with error: command (/repo/apps/{web|docs|api|ui|utils}) /usr/bin/pnpm run build exited (1)"),
        ],
    },
    Format {
        // The Vercel CLI: steps led by an emoji, times in brackets.
        name: "vercel",
        header: hms_header,
        events: &[
            ("-", "Vercel CLI 3{small}.{small2}.0"),
            ("-", "🔍  Inspect: https://vercel.com/acme/web/{shortid} [{small}s]"),
            ("-", "✅  Production: https://web-{shortid}-acme.vercel.app [{small}s]"),
            ("-", "Error: The deployment is still building. Retry in a few seconds."),
            ("-", "❗️  Build failed with exit code {small}"),
            ("-", "Building: Running \"vercel build\""),
            ("-", "Building: Build Completed in /vercel/output [{small}s]"),
        ],
    },
    Format {
        // Liquibase's update: change sets, then a summary aligned to a column.
        name: "liquibase",
        header: hms_header,
        events: &[
            ("-", "Running Changeset: db/changelog/changes/{n}-{add-users|add-orders|index-email|drop-legacy}.xml::{n}::{user}"),
            ("-", "UPDATE SUMMARY"),
            ("-", "Run:                          {small}"),
            ("-", "Previously run:               {small}"),
            ("-", "Filtered out:                 {small}"),
            ("-", "Liquibase: Update has been successful. Rows affected: {small}"),
            ("-", "Table {table} created"),
        ],
    },
    Format {
        // Flyway: a schema's migrations, each with its description.
        name: "flyway",
        header: hms_header,
        events: &[
            ("-", "Flyway OSS Edition 10.{small}.0 by Redgate"),
            ("-", "Database: jdbc:postgresql://{host}:5432/{db} (PostgreSQL 16.{small})"),
            ("-", "Successfully validated {small} migrations (execution time 00:00.{n}s)"),
            ("-", "Current version of schema \"public\": {small}.{small2}"),
            ("-", "Migrating schema \"public\" to version \"{small}.{small2} - {add users table|add orders index|drop legacy columns|backfill invoice totals for archived accounts}\""),
            ("-", "Successfully applied {small} migrations to schema \"public\", now at version v{small2}.{small3} (execution time 00:0{small4}.{n}s)"),
            ("-", "ERROR: Validate failed: Migrations have failed validation"),
        ],
    },
    Format {
        // xUnit.net under `dotnet test`: the runner's time in brackets, test names in full.
        name: "xunit",
        header: hms_header,
        events: &[
            ("-", "[xUnit.net 00:00:0{small}.{n}]   Discovering: {Shop.Tests|Billing.Tests|Api.Tests|Web.Tests}"),
            ("-", "[xUnit.net 00:00:0{small}.{n}]   Starting:    {Shop.Tests|Billing.Tests|Api.Tests|Web.Tests}"),
            ("-", "[xUnit.net 00:00:0{small}.{n}]     {Shop.Tests.CartTests.Add_ReturnsSum|Billing.Tests.InvoiceTests.Total_IncludesTax|Api.Tests.OrdersTests.Get_Returns404} [FAIL]"),
            ("-", "  Passed {Shop.Tests.CartTests.Add_ReturnsSum|Billing.Tests.InvoiceTests.Total_IncludesTax|Api.Tests.OrdersTests.Get_Returns404|Web.Tests.HomeTests.Index_Renders} [{small} ms]"),
            ("-", "Passed!  - Failed:     0, Passed:   {n}, Skipped:     0, Total:   {n}, Duration: {small} s - {Shop.Tests|Billing.Tests|Api.Tests|Web.Tests}.dll (net8.0)"),
        ],
    },
    Format {
        // RSpec: a run's failures, each with the spec's file, line and description.
        name: "rspec",
        header: hms_header,
        events: &[
            ("-", "rspec ./spec/{models|requests|services}/{user|order|invoice}_spec.rb:{n} # {User|Order|Invoice} {validates email|calculates the total with tax|rejects an empty cart}"),
            ("-", "Finished in {float} seconds (files took {float2} seconds to load)"),
            ("-", "{n} examples, {small} failures, {small2} pending"),
            ("-", "Randomized with seed {n}"),
            ("-", "     Failure/Error: expect(response).to have_http_status({200|201})"),
            ("-", "       expected the response to have status code {200|201} but it was {500|422}"),
        ],
    },
    Format {
        // HikariCP, the JDBC pool, in a Spring Boot service: a pool running dry.
        name: "hikari",
        header: spring_header,
        events: &[
            ("WARN", "HikariPool-1 - Connection is not available, request timed out after {n}ms (total={small}, active={small2}, idle=0, waiting={n2})"),
            ("WARN", "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={small}m{small2}s{n}ms)."),
            ("WARN", "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{hex} (This connection has been closed.). Possibly consider using a shorter maxLifetime value."),
            ("INFO", "HikariPool-1 - Start completed."),
            ("ERROR", "HikariPool-1 - Exception during pool initialization."),
            ("INFO", "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{hex}"),
        ],
    },
    Format {
        // Resilience4j in a Spring Boot service: circuit breakers, retries, bulkheads.
        name: "resilience4j",
        header: spring_header,
        events: &[
            ("INFO", "CircuitBreaker '{svc}' changed state from {CLOSED to OPEN|OPEN to HALF_OPEN|HALF_OPEN to CLOSED|HALF_OPEN to OPEN}"),
            ("WARN", "CircuitBreaker '{svc}' is OPEN and does not permit further calls"),
            ("WARN", "Retry '{svc}', waiting PT{small}S until attempt '{small2}'. Last attempt failed with exception 'java.net.SocketTimeoutException: Read timed out'."),
            ("ERROR", "Retry '{svc}' recorded a failed retry attempt. Number of retry attempts: '{small}'. Giving up. Last exception was: 'feign.RetryableException: Connection refused executing GET http://{svc}/api/v1/items/{n}'"),
            ("WARN", "Bulkhead '{svc}' is full and does not permit further calls"),
        ],
    },
    Format {
        // Go's net/http server, as its standard logger writes errors.
        name: "go_http",
        header: go_std_header,
        events: &[
            ("-", "http: TLS handshake error from {ipport}: EOF"),
            ("-", "http: TLS handshake error from {ipport}: remote error: tls: bad certificate"),
            ("-", "http: panic serving {ipport}: runtime error: invalid memory address or nil pointer dereference"),
            ("-", "http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in {small}ms"),
            ("-", "http2: server: error reading preface from client {ipport}: read tcp {ipport2}->{ipport}: read: connection reset by peer"),
            ("-", "http: superfluous response.WriteHeader call from main.(*server).handle{Orders|Users|Health} (server.go:{n})"),
        ],
    },
    Format {
        // urllib3's warnings under Python's basicConfig: retries and broken connections.
        name: "urllib3",
        header: level_colon_header,
        events: &[
            ("WARNING:urllib3.connectionpool", "Retrying (Retry(total={small}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f{hex}>: Failed to establish a new connection: [Errno 111] Connection refused')': /api/v1/orders/{n}"),
            ("WARNING:urllib3.connectionpool", "Connection pool is full, discarding connection: {host}. Connection pool size: {small}"),
            ("WARNING:urllib3.connectionpool", "Retrying (Retry(total={small}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='{host}', port=443): Read timed out. (read timeout={small2})\")': /v2/charges"),
            ("DEBUG:urllib3.connectionpool", "Starting new HTTPS connection (1): {host}:443"),
            ("DEBUG:urllib3.connectionpool", "https://{host}:443 \"GET /api/v1/orders/{n} HTTP/1.1\" {200|404|503} {n2}"),
        ],
    },
    Format {
        // SQLAlchemy's errors in a Python service: a pool at its limit, a database gone.
        name: "sqlalchemy",
        header: python_header,
        events: &[
            ("ERROR", "sqlalchemy.exc.TimeoutError: QueuePool limit of size {small} overflow {small2} reached, connection timed out, timeout {float}"),
            ("ERROR", "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"{ip}\", port 5432 failed: Connection refused"),
            ("WARNING", "sqlalchemy.pool.impl.QueuePool: Connection <psycopg2.extensions.connection object at 0x7f{hex}; dsn: 'user=app dbname={db} host={ip}', closed: 0> being returned to pool"),
            ("INFO", "sqlalchemy.engine.Engine: select pg_catalog.version()"),
            ("ERROR", "sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"{table}_pkey\""),
        ],
    },
    Format {
        // MySQL 8's InnoDB printing a deadlock, a line at a time, after its error log's header.
        name: "innodb",
        header: mysql_header,
        events: &[
            ("Note|MY-012468|InnoDB", "Transactions deadlock detected, dumping detailed information. (lock0lock.cc:{n})"),
            ("Note|MY-012469|InnoDB", "*** (1) TRANSACTION:"),
            ("Note|MY-012469|InnoDB", "TRANSACTION {n}, ACTIVE {small} sec starting index read"),
            ("Note|MY-012469|InnoDB", "mysql tables in use 1, locked 1"),
            ("Note|MY-012469|InnoDB", "LOCK WAIT {small} lock struct(s), heap size {n}, {small2} row lock(s)"),
            ("Note|MY-012469|InnoDB", "MySQL thread id {n}, OS thread handle {n2}, query id {n3} {ip} app updating"),
            ("Note|MY-012469|InnoDB", "*** WE ROLL BACK TRANSACTION (2)"),
            ("Warning|MY-012111|InnoDB", "Trying to access missing tablespace {n}"),
        ],
    },
    Format {
        // aiohttp's access log under Python's logging.
        name: "aiohttp",
        header: python_header,
        events: &[
            ("INFO", "aiohttp.access: {ip} [28/Nov/2026:{hms} +0000] \"GET /api/v1/{orders|users|items}/{n} HTTP/1.1\" {200|404} {n2} \"-\" \"python-requests/2.31.0\""),
            ("INFO", "aiohttp.access: {ip} [28/Nov/2026:{hms} +0000] \"POST /api/v1/orders HTTP/1.1\" {201|400|500} {n2} \"-\" \"okhttp/4.12.0\""),
            ("ERROR", "aiohttp.server: Error handling request"),
            ("WARNING", "aiohttp.web: Cannot write to closing transport"),
            ("ERROR", "aiohttp.internal: Task exception was never retrieved"),
        ],
    },
    Format {
        // systemd-oomd in the journal: a unit killed under memory pressure.
        name: "systemd_oomd",
        header: journal_header,
        events: &[
            ("systemd-oomd", "Killed /user.slice/user-{n}.slice/user@{n}.service/app.slice/app-{firefox|code|slack|chromium}-{n2}.scope due to memory pressure for /user.slice/user-{n}.slice/user@{n}.service being {float}% > 50.00% for > 20s with reclaim activity"),
            ("systemd-oomd", "Considered {small} cgroups for killing, top candidates were:"),
            ("systemd-oomd", "        Path: /user.slice/user-{n}.slice/user@{n}.service/app.slice/app-{firefox|code|slack|chromium}-{n2}.scope"),
            ("systemd-oomd", "                Memory Pressure Limit: 0.00%"),
            ("systemd-oomd", "                Current Memory Usage: {float}G"),
            ("systemd", "user@{n}.service: systemd-oomd killed {small} process(es) in this unit."),
        ],
    },
    Format {
        // The kubelet's eviction manager (klog's structured form) under node pressure.
        name: "kubelet_eviction",
        header: klog_header,
        events: &[
            ("W", "\"Eviction manager: attempting to reclaim\" resourceName=\"{memory|ephemeral-storage|nodefs.inodes}\""),
            ("I", "\"Eviction manager: must evict pod(s) to reclaim\" resourceName=\"{memory|ephemeral-storage|nodefs.inodes}\""),
            ("I", "\"Eviction manager: pods ranked for eviction\" pods=[\"{ns}/{pod}\",\"{ns2}/{pod2}\"]"),
            ("I", "\"Evicting pod\" pod=\"{ns}/{pod}\" podUID=\"{uuid}\" message=\"The node was low on resource: memory. Threshold quantity: 100Mi, available: {n}Ki. Container {svc} was using {n2}Ki, request is 0, has larger consumption of memory.\""),
            ("I", "\"Eviction manager: pod is evicted successfully\" pod=\"{ns}/{pod}\""),
            ("E", "\"Eviction manager: eviction thresholds have been met, but no pods are active to evict\""),
        ],
    },
    Format {
        // pgJDBC's and gRPC-Java's exceptions in a Spring Boot service, one line each.
        name: "pgjdbc",
        header: spring_header,
        events: &[
            ("ERROR", "org.postgresql.util.PSQLException: ERROR: deadlock detected  Detail: Process {n} waits for ShareLock on transaction {n2}; blocked by process {n3}."),
            ("ERROR", "org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout"),
            ("ERROR", "org.postgresql.util.PSQLException: Connection to {host}:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."),
            ("WARN", "io.grpc.StatusRuntimeException: UNAVAILABLE: io exception"),
            ("WARN", "io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after {float}s. [closed=[], open=[[buffered_nanos={n}, remote_addr={svc}/{ipport}]]]"),
        ],
    },
    Format {
        // webpack with copy-webpack-plugin: each file copied is an asset, its name written
        // again as where it came from. (Written after the rule that reads a file's whole name
        // written twice as one value.)
        name: "webpack_copy",
        header: hms_header,
        events: &[
            ("-", "asset {srcfile} {float} KiB [emitted] [from: {srcfile}] [copied]"),
            ("-", "assets by path img/ {float} KiB"),
            ("-", "runtime modules {float} KiB {small} modules"),
            ("-", "cacheable modules {float} KiB (javascript) {float2} KiB (asset)"),
            ("-", "webpack 5.{small}.{small2} compiled successfully in {n} ms"),
        ],
    },
    Format {
        // The Kubernetes cluster autoscaler (klog) when pods do not fit: scale-ups, scale-downs
        // and the utilisation it weighs.
        name: "cluster_autoscaler",
        header: klog_header,
        events: &[
            ("I", "Pod {ns}/{pod} is unschedulable"),
            ("I", "Pod {pod} can't be scheduled on {nodegroup}, predicate checking error: Insufficient cpu; predicateName=NodeResourcesFit; reasons: Insufficient cpu; debugInfo="),
            ("I", "Scale-up: setting group {nodegroup} size to {small} instead of {small2} (max: 20)"),
            ("I", "Final scale-up plan: [{{nodegroup} {small}->{small2} (max: 20)}]"),
            ("I", "Scale-down: removing empty node \"ip-{ipdash}.ec2.internal\""),
            ("I", "Node ip-{ipdash}.ec2.internal - {cpu|memory} utilization {float}"),
            ("I", "ip-{ipdash}.ec2.internal was unneeded for {dur}"),
            ("W", "Failed to scale up: failed to increase node group size: AccessDenied: User is not authorized to perform: autoscaling:SetDesiredCapacity"),
            ("I", "No unschedulable pods"),
            ("I", "Starting main loop"),
        ],
    },
    Format {
        // kube-scheduler (klog's structured form): pods that fit nowhere, bindings, retries.
        name: "kube_scheduler",
        header: klog_header,
        events: &[
            ("I", "\"Unable to schedule pod; no fit; waiting\" pod=\"{ns}/{pod}\" err=\"0/{small} nodes are available: {small2} Insufficient cpu, {small3} node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/{small} nodes are available: {small4} No preemption victims found for incoming pod.\""),
            ("I", "\"Successfully bound pod to node\" pod=\"{ns}/{pod}\" node=\"ip-{ipdash}.ec2.internal\" evaluatedNodes={small} feasibleNodes={small2}"),
            ("E", "\"Error scheduling pod; retrying\" err=\"binding rejected: running Bind plugin \\\"DefaultBinder\\\": Operation cannot be fulfilled on pods/binding \\\"{pod}\\\": pod {pod} is already assigned to node \\\"ip-{ipdash}.ec2.internal\\\"\" pod=\"{ns}/{pod}\""),
            ("I", "\"Add event for unscheduled pod\" pod=\"{ns}/{pod}\""),
            ("I", "\"Delete event for scheduled pod\" pod=\"{ns}/{pod}\""),
            ("W", "\"Failed to update pod condition\" err=\"context deadline exceeded\" pod=\"{ns}/{pod}\""),
        ],
    },
    Format {
        // The horizontal pod autoscaler in kube-controller-manager: rescales, and metrics it
        // could not get.
        name: "hpa_controller",
        header: klog_header,
        events: &[
            ("I", "\"Successful rescale\" HPA=\"{ns}/{svc}\" currentReplicas={small} desiredReplicas={small2} reason=\"cpu resource utilization (percentage of request) above target\""),
            ("I", "\"Successful rescale\" HPA=\"{ns}/{svc}\" currentReplicas={small} desiredReplicas={small2} reason=\"All metrics below target\""),
            ("W", "\"Failed to compute desired number of replicas based on listed metrics\" HPA=\"{ns}/{svc}\" err=\"failed to get cpu resource metric value: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned from resource metrics API\""),
            ("E", "\"Unhandled Error\" err=\"failed to compute desired number of replicas based on listed metrics for Deployment/{ns}/{svc}: invalid metrics (1 invalid out of 1), first error is: failed to get memory resource metric value: failed to get memory utilization: missing request for memory in container {svc} of Pod {pod}\""),
            ("I", "\"Horizontal Pod Autoscaler has been deleted\" HPA=\"{ns}/{svc}\""),
        ],
    },
    Format {
        // The kubelet's probes failing, containers restarted, a crash loop's back-off.
        name: "kubelet_probe",
        header: klog_header,
        events: &[
            ("I", "\"Probe failed\" probeType=\"{Readiness|Liveness}\" pod=\"{ns}/{pod}\" podUID=\"{uuid}\" containerName=\"{svc}\" probeResult=\"failure\" output=\"HTTP probe failed with statuscode: {500|503}\""),
            ("I", "\"Probe failed\" probeType=\"Startup\" pod=\"{ns}/{pod}\" podUID=\"{uuid}\" containerName=\"{svc}\" probeResult=\"failure\" output=\"Get \\\"http://{ip}:8080/healthz\\\": dial tcp {ip}:8080: connect: connection refused\""),
            ("I", "\"Container failed liveness probe, will be restarted\" pod=\"{ns}/{pod}\" podUID=\"{uuid}\" containerName=\"{svc}\""),
            ("I", "\"Killing container with a grace period\" pod=\"{ns}/{pod}\" podUID=\"{uuid}\" containerName=\"{svc}\" containerID=\"containerd://{container}\" gracePeriod=30"),
            ("E", "\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"{svc}\\\" with CrashLoopBackOff: \\\"back-off {10s|20s|40s|1m20s|2m40s|5m0s} restarting failed container={svc} pod={pod}_{ns}({uuid})\\\"\" pod=\"{ns}/{pod}\" podUID=\"{uuid}\""),
            ("I", "\"SyncLoop (probe)\" probe=\"readiness\" status=\"{ready|}\" pod=\"{ns}/{pod}\""),
        ],
    },
    Format {
        // kube-controller-manager's node lifecycle controller when nodes stop reporting.
        name: "node_lifecycle",
        header: klog_header,
        events: &[
            ("I", "\"Node is NotReady. Adding it to the Taint queue\" node=\"ip-{ipdash}.ec2.internal\" timeStamp=\"2026-11-28 {hms}.{n} +0000 UTC m=+{float}\""),
            ("I", "\"Node is unresponsive. Adding it to the Taint queue\" node=\"ip-{ipdash}.ec2.internal\" timeStamp=\"2026-11-28 {hms}.{n} +0000 UTC m=+{float}\""),
            ("I", "\"Node is healthy again, removing all taints\" node=\"ip-{ipdash}.ec2.internal\""),
            ("I", "\"Controller detected that all Nodes are not-Ready. Entering master disruption mode\""),
            ("I", "\"Controller detected that some Nodes are Ready. Exiting master disruption mode\""),
            ("I", "\"Controller observed a new Node\" node=\"ip-{ipdash}.ec2.internal\""),
            ("I", "\"Controller observed a Node deletion\" node=\"ip-{ipdash}.ec2.internal\""),
            ("I", "\"Updating ready status of pod to false\" pod=\"{ns}/{pod}\""),
        ],
    },
    Format {
        // kube-proxy in iptables mode: syncs, services added and removed, a failed restore.
        name: "kube_proxy",
        header: klog_header,
        events: &[
            ("I", "\"Syncing iptables rules\""),
            ("I", "\"SyncProxyRules complete\" elapsed=\"{dur}\""),
            ("I", "\"Reloading service iptables data\" numServices={small} numEndpoints={n} numFilterChains=6 numFilterRules={small2} numNATChains={n2} numNATRules={n3}"),
            ("E", "\"Failed to execute iptables-restore\" err=\"exit status 4 (iptables-restore: line {n} failed\\n)\""),
            ("I", "\"Adding new service port\" portName=\"{ns}/{svc}:{http|grpc|metrics}\" servicePort=\"{ip}:{port}/TCP\""),
            ("I", "\"Removing service port\" portName=\"{ns}/{svc}:{http|grpc|metrics}\""),
            ("W", "\"Failed to list\" err=\"Get \\\"https://{ip}:6443/api/v1/services?limit=500\\\": dial tcp {ip}:6443: i/o timeout\""),
        ],
    },
    Format {
        // flannel (klog): leases, subnets of other nodes, a node with no pod CIDR.
        name: "flannel",
        header: klog_header,
        events: &[
            ("I", "Added new lease: 10.244.{small}.0/24"),
            ("I", "Handling initial subnet events"),
            ("I", "Subnet added: 10.244.{small}.0/24 via {ip}"),
            ("I", "Subnet removed: 10.244.{small}.0/24"),
            ("I", "Lease renewed, new expiration: 2026-11-29 {hms} +0000 UTC"),
            ("E", "Error registering network: failed to acquire lease: node \"ip-{ipdash}.ec2.internal\" pod cidr not assigned"),
            ("I", "Wrote subnet file to /run/flannel/subnet.env"),
            ("I", "Running backend."),
        ],
    },
    Format {
        // The descheduler (klog): pods it evicts, nodes it finds underused, budgets in the way.
        name: "descheduler",
        header: klog_header,
        events: &[
            ("I", "\"Evicted pod\" pod=\"{ns}/{pod}\" reason=\"\" strategy=\"{RemoveDuplicates|LowNodeUtilization|RemovePodsViolatingTopologySpreadConstraint}\" node=\"ip-{ipdash}.ec2.internal\""),
            ("I", "\"Node is underutilized\" node=\"ip-{ipdash}.ec2.internal\" usage={\"cpu\":\"{small}00m\",\"memory\":\"{n}Ki\",\"pods\":\"{small2}\"} usagePercentage={\"cpu\":{float},\"memory\":{float2},\"pods\":{float3}}"),
            ("I", "\"Number of evicted pods\" totalEvicted={small}"),
            ("I", "\"Pod fits on node\" pod=\"{ns}/{pod}\" node=\"ip-{ipdash}.ec2.internal\""),
            ("E", "\"Error evicting pod\" err=\"error when evicting pod (ignoring) \\\"{pod}\\\": Cannot evict pod as it would violate the pod's disruption budget.\" pod=\"{ns}/{pod}\" reason=\"\""),
        ],
    },
    Format {
        // kube-apiserver (klog): requests at high verbosity, timeouts, an aggregated API down,
        // a slow request's trace.
        name: "kube_apiserver",
        header: klog_header,
        events: &[
            ("I", "\"HTTP\" verb=\"{GET|LIST|WATCH}\" URI=\"/api/v1/namespaces/{ns}/pods?limit=500\" latency=\"{dur}\" userAgent=\"kubectl/v1.31.2 (linux/amd64) kubernetes/5864a46\" audit-ID=\"{uuid}\" srcIP=\"{ipport}\" resp={200|429|504}"),
            ("E", "\"Timeout or abort while handling\" logger=\"UnhandledError\" method=\"GET\" URI=\"/apis/metrics.k8s.io/v1beta1/namespaces/{ns}/pods\" auditID=\"{uuid}\""),
            ("E", "\"Unhandled Error\" err=\"v1beta1.metrics.k8s.io failed with: failing or missing response from https://{ip}:10250/apis/metrics.k8s.io/v1beta1: Get \\\"https://{ip}:10250/apis/metrics.k8s.io/v1beta1\\\": context deadline exceeded\" logger=\"UnhandledError\""),
            ("I", "Trace[{n}]: ---\"Writing http response done\" count:{n2} {n3}ms ({hms}.{n4})"),
            ("I", "Trace[{n}]: [{float}s] [{float}s] END"),
            ("W", "\"Error getting keys\" err=\"empty key: \\\"\\\"\""),
        ],
    },
    Format {
        // metrics-server (klog): nodes it could not scrape, a probe before it has data.
        name: "metrics_server",
        header: klog_header,
        events: &[
            ("E", "\"Failed to scrape node\" err=\"Get \\\"https://{ip}:10250/metrics/resource\\\": context deadline exceeded\" node=\"ip-{ipdash}.ec2.internal\""),
            ("I", "\"Failed probe\" probe=\"metric-storage-ready\" err=\"no metrics to serve\""),
            ("I", "\"Scraping metrics\""),
            ("I", "\"Storing metrics\""),
            ("I", "\"Scrape finished\" duration=\"{dur}\" nodeCount={small} podCount={n}"),
            ("E", "\"Failed to scrape node, timeout to access kubelet\" err=\"Get \\\"https://{ip}:10250/metrics/resource\\\": dial tcp {ip}:10250: i/o timeout\" node=\"ip-{ipdash}.ec2.internal\" timeout=\"10s\""),
        ],
    },
    Format {
        // A Go service's log (the standard logger) when what it depends on fails: DNS,
        // expired certificates, TLS handshakes, timeouts, file descriptors.
        name: "go_deps",
        header: go_std_header,
        events: &[
            ("-", "dial tcp: lookup {host} on 10.96.0.10:53: no such host"),
            ("-", "Get \"https://{host}/v1/rates\": x509: certificate has expired or is not yet valid: current time 2026-11-28T{hms}Z is after 2026-11-27T23:59:59Z"),
            ("-", "http: TLS handshake error from {ipport}: remote error: tls: bad certificate"),
            ("-", "Post \"http://{svc}:8080/api/orders\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
            ("-", "http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in {5ms|10ms|20ms|40ms}"),
            ("-", "dial tcp {ipport}: connect: connection refused"),
            ("-", "read tcp {ipport}->{ipport2}: read: connection reset by peer"),
        ],
    },
    Format {
        // botocore and boto3 through Python's logging: retries, throttling, credentials.
        name: "botocore",
        header: python_logger_header,
        events: &[
            ("botocore.retryhandler DEBUG", "Retry needed, action of: {float}"),
            ("botocore.retryhandler DEBUG", "No retry needed."),
            ("botocore.hooks DEBUG", "Event needs-retry.dynamodb.PutItem: calling handler <botocore.retryhandler.RetryHandler object at 0x{hex}>"),
            ("botocore.credentials INFO", "Found credentials in environment variables."),
            ("app.sync ERROR", "An error occurred (ThrottlingException) when calling the PutMetricData operation (reached max retries: {small}): Rate exceeded"),
            ("app.sync ERROR", "An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: {small}): The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API."),
            ("botocore.endpoint DEBUG", "Sending http request: <AWSPreparedRequest stream_output=False, method=POST, url=https://dynamodb.{us-east-1|eu-west-1}.amazonaws.com/, headers={'X-Amz-Target': b'DynamoDB_20120810.PutItem'}>"),
        ],
    },
    Format {
        // Elasticsearch when disks fill and the heap is short: watermarks, GC overhead,
        // health changes, rejected bulk writes.
        name: "es_pressure",
        header: elasticsearch_header,
        events: &[
            ("WARN", "high disk watermark [90%] exceeded on [{key}][es-data-{small}][/var/lib/elasticsearch/nodes/0] free: {float}gb[{float2}%], shards will be relocated away from this node; currently relocating away shards totalling [0] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete"),
            ("WARN", "flood stage disk watermark [95%] exceeded on [{key}][es-data-{small}][/var/lib/elasticsearch/nodes/0] free: {float}gb[{float2}%], all indices on this node will be marked read-only"),
            ("INFO", "[gc][{n}] overhead, spent [{dur}] collecting in the last [{dur2}]"),
            ("INFO", "Cluster health status changed from [GREEN] to [YELLOW] (reason: [shards started [[{index}][{small}]]])."),
            ("INFO", "Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[{index}][{small}]]])."),
            ("WARN", "[{index}][{small}] failed to execute bulk item (index) index {[{index}][_doc][{key}], source[n/a, actual length: [{float}kb], max length: 2kb]}"),
            ("DEBUG", "rejected execution of coordinating operation [coordinating_and_primary_bytes={n}, replica_bytes=0, all_bytes={n}, coordinating_operation_bytes={n2}, max_coordinating_and_primary_bytes={n3}]"),
        ],
    },
    Format {
        // A MySQL replica losing its source: I/O thread errors, retries, GTID gaps, lag.
        name: "mysql_replica",
        header: mysql_header,
        events: &[
            ("ERROR|MY-010584|Repl", "Replica I/O for channel '': error connecting to source 'repl@{ip}:3306' - retry-time: 60 retries: {small} message: Can't connect to MySQL server on '{ip}:3306' (111), Error_code: MY-002003"),
            ("System|MY-010562|Repl", "Replica I/O thread for channel '': connected to source 'repl@{ip}:3306',replication started in log 'binlog.{n}' at position {n2}"),
            ("Warning|MY-010897|Repl", "Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended. Please consider using the USER and PASSWORD connection options for START REPLICA; see the 'START REPLICA Syntax' in the MySQL Manual for more information."),
            ("ERROR|MY-013117|Repl", "Replica I/O for channel '': Fatal error: The replica I/O thread stops because source and replica have equal MySQL server ids; these ids must be different for replication to work (or the --replicate-same-server-id option must be used on replica but this does not always make sense; please check the manual before using it). Error_code: MY-013117"),
            ("Note|MY-010581|Repl", "Replica SQL thread for channel '' initialized, starting replication in log 'binlog.{n}' at position {n2}, relay log './relay-bin.{n3}' position: {n4}"),
            ("Warning|MY-010956|Server", "Invalid replication timestamps: cannot compute replication lag for channel ''."),
        ],
    },
    Format {
        // Redis Cluster through a failover: nodes marked failing, the state flipping, a
        // replica's election.
        name: "redis_cluster",
        header: redis_header,
        events: &[
            ("M", "Marking node {nodeid} ({ip}:6379) as failing (quorum reached)."),
            ("M", "FAIL message received from {nodeid} ({ip}:6379) about {nodeid2} ({ip2}:6379)"),
            ("M", "Cluster state changed: fail"),
            ("M", "Cluster state changed: ok"),
            ("S", "Start of election delayed for {n} milliseconds (rank #{small}, offset {n2})."),
            ("S", "Starting a failover election for epoch {small}."),
            ("S", "Failover election won for epoch {small}."),
            ("M", "Clear FAIL state for node {nodeid} ({ip}:6379):replica is reachable again."),
            ("S", "Configuration change detected. Reconfiguring myself as a replica of {nodeid} ({ip}:6379)"),
        ],
    },
    Format {
        // The Kafka Java client in a Spring service: rebalances, commits that fail, produce
        // retries, a poll that took too long.
        name: "kafka_client",
        header: spring_header,
        events: &[
            ("INFO", "[Consumer clientId=consumer-{cgroup}-{small}, groupId={cgroup}] Request joining group due to: group is already rebalancing"),
            ("ERROR", "[Consumer clientId=consumer-{cgroup}-{small}, groupId={cgroup}] Offset commit failed on partition {topic}-{small2} at offset {n}: The coordinator is not aware of this member."),
            ("WARN", "[Producer clientId=producer-{small}] Got error produce response with correlation id {n} on topic-partition {topic}-{small2}, retrying ({small3} attempts left). Error: NOT_LEADER_OR_FOLLOWER"),
            ("WARN", "[Consumer clientId=consumer-{cgroup}-{small}, groupId={cgroup}] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records."),
            ("INFO", "[Consumer clientId=consumer-{cgroup}-{small}, groupId={cgroup}] Member consumer-{cgroup}-{small}-{uuid} sending LeaveGroup request to coordinator {host}:9092 (id: {n} rack: null) due to consumer poll timeout has expired."),
            ("INFO", "[Consumer clientId=consumer-{cgroup}-{small}, groupId={cgroup}] Successfully joined group with generation Generation{generationId={n}, memberId='consumer-{cgroup}-{small}-{uuid}', protocol='range'}"),
            ("WARN", "[Producer clientId=producer-{small}] Connection to node {small2} ({host}/{ip}:9092) could not be established. Node may not be available."),
        ],
    },
    Format {
        // PostgreSQL when its disk fills or clients pile up.
        name: "postgres_pressure",
        header: postgres_header,
        events: &[
            ("-", "ERROR:  could not extend file \"base/{n}/{n2}\": No space left on device"),
            ("-", "HINT:  Check free disk space."),
            ("-", "PANIC:  could not write to file \"pg_wal/xlogtemp.{n}\": No space left on device"),
            ("-", "LOG:  checkpoints are occurring too frequently ({small} seconds apart)"),
            ("-", "HINT:  Consider increasing the configuration parameter \"max_wal_size\"."),
            ("-", "FATAL:  remaining connection slots are reserved for roles with the SUPERUSER attribute"),
            ("-", "FATAL:  sorry, too many clients already"),
            ("-", "LOG:  server process (PID {n}) was terminated by signal 9: Killed"),
            ("-", "LOG:  terminating any other active server processes"),
        ],
    },
    Format {
        // sqlx and tokio in a Rust service (tracing's text): a pool that runs dry, slow
        // statements, a panic in a task.
        name: "sqlx",
        header: tracing_header,
        events: &[
            ("ERROR", "api::handlers: request failed error=pool timed out while waiting for an open connection path=/v1/orders/{n}"),
            ("WARN", "sqlx::query: slow statement: execution time exceeded alert threshold summary=\"SELECT id, status FROM {table} …\" db.statement=\"\" rows_affected=0 rows_returned={small} elapsed={dur} elapsed_secs={float} slow_threshold=1s"),
            ("INFO", "sqlx::postgres::notice: relation \"_sqlx_migrations\" already exists, skipping"),
            ("ERROR", "tokio::task: thread 'tokio-runtime-worker' panicked at src/worker.rs:{n}:{small}: called `Result::unwrap()` on an `Err` value: PoolTimedOut"),
            ("INFO", "tower_http::trace::on_response: finished processing request latency={small} ms status={200|500|503}"),
        ],
    },
    Format {
        // .NET's HttpClient with Polly's standard resilience handler (Serilog's text):
        // attempts, retries, a circuit opening, timeouts.
        name: "dotnet_resilience",
        header: serilog_text_header,
        events: &[
            ("INF", "Start processing HTTP request GET http://{svc}/api/orders/{n}"),
            ("INF", "Received HTTP response headers after {float}ms - {200|503}"),
            ("WRN", "Execution attempt. Source: '{svc}-client-standard//Standard-Retry', Operation Key: '', Result: '{500|502|503}', Handled: 'True', Attempt: '{small}', Execution Time: {float}ms"),
            ("WRN", "Resilience event occurred. EventName: 'OnRetry', Source: '{svc}-client-standard//Standard-Retry', Operation Key: '', Result: '{500|503}'"),
            ("ERR", "Resilience event occurred. EventName: 'OnCircuitOpened', Source: '{svc}-client-standard//Standard-CircuitBreaker', Operation Key: '', Result: '{500|503}'"),
            ("ERR", "Resilience event occurred. EventName: 'OnTimeout', Source: '{svc}-client-standard//Standard-AttemptTimeout', Operation Key: '', Result: 'The operation didn't complete within the allowed timeout of '00:00:10'.'"),
        ],
    },
    Format {
        // A Node.js process that runs out of heap or cannot reach what it needs: errors on
        // stderr with their frames, and V8's last GCs before the end.
        name: "node_failures",
        header: hms_header,
        events: &[
            ("-", "Error: connect ECONNREFUSED {ipport}"),
            ("-", "Error: getaddrinfo ENOTFOUND {host}"),
            ("-", "Error: read ECONNRESET"),
            ("-", "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"),
            ("-", "    at GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:120:26)"),
            ("-", "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"),
            ("-", "(node:{n}) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 error listeners added to [Socket]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit"),
            ("-", "<--- Last few GCs --->"),
            ("-", "[{n}:0x{hex}]   {n2} ms: Mark-Compact {float} ({float2}) -> {float3} ({float4}) MB, {float5} / 0.0 ms  (average mu = 0.{n3}, current mu = 0.{n4}) allocation failure; scavenge might not succeed"),
        ],
    },
    Format {
        // A JVM service running out: heap, threads, a pool's queue, sockets that time out.
        name: "java_exhaustion",
        header: spring_header,
        events: &[
            ("ERROR", "java.lang.OutOfMemoryError: Java heap space"),
            ("ERROR", "Exception in thread \"{http-nio-8080-exec-1|scheduling-1|kafka-producer-network-thread}\" java.lang.OutOfMemoryError: GC overhead limit exceeded"),
            ("ERROR", "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached"),
            ("WARN", "java.util.concurrent.RejectedExecutionException: Task java.util.concurrent.FutureTask@{hex} rejected from java.util.concurrent.ThreadPoolExecutor@{hex2}[Running, pool size = 200, active threads = 200, queued tasks = {n}, completed tasks = {n2}]"),
            ("WARN", "java.net.SocketTimeoutException: Read timed out"),
            ("ERROR", "org.springframework.web.client.ResourceAccessException: I/O error on GET request for \"http://{svc}:8080/api/stock/{n}\": Connect timed out"),
            ("ERROR", "java.io.IOException: Too many open files"),
        ],
    },
    Format {
        // Spring Batch: jobs launched and finished, each step named after its job. (Written
        // after the rule that searches a long line's first tokens for a name written twice.)
        name: "spring_batch",
        header: spring_header,
        events: &[
            ("INFO", "Job: [SimpleJob: [name={job}Job]] launched with the following parameters: [{run.id={n}, date={n2}}]"),
            ("INFO", "Executing step: [{job}Step]"),
            ("INFO", "Step: [{job}Step] executed in {dur}"),
            ("INFO", "Job: [SimpleJob: [name={job}Job]] completed with the following parameters: [{run.id={n}}] and the following status: [COMPLETED] in {dur}"),
            ("INFO", "Job: [SimpleJob: [name={job}Job]] completed with the following parameters: [{run.id={n}}] and the following status: [FAILED] in {dur}"),
            ("ERROR", "Encountered an error executing step {job}Step in job {job}Job"),
            ("INFO", "Step already complete or not restartable, so no action to execute: StepExecution: id={n}, version={small}, name={job}Step, status=COMPLETED, exitStatus=COMPLETED, readCount={n2}, filterCount=0, writeCount={n2}, readSkipCount=0, writeSkipCount=0, processSkipCount=0, commitCount={small2}, rollbackCount=0, exitDescription="),
        ],
    },
    Format {
        // Spring Data when a write breaks a constraint: the table named in the error, the
        // statement and the constraint, a long line. (Written after the same rule.)
        name: "spring_data",
        header: spring_header,
        events: &[
            ("ERROR", "org.springframework.dao.DataIntegrityViolationException: could not execute statement [ERROR: duplicate key value violates unique constraint \"{table}_pkey\"  Detail: Key (id)=({n}) already exists.] [insert into {table} (created_at,status,updated_at,version,id) values (?,?,?,?,?)]; SQL [insert into {table} (created_at,status,updated_at,version,id) values (?,?,?,?,?)]; constraint [{table}_pkey]"),
            ("ERROR", "org.springframework.dao.CannotAcquireLockException: could not execute statement [ERROR: could not obtain lock on row in relation \"{table}\"] [update {table} set status=?,version=? where id=? and version=?]; SQL [update {table} set status=?,version=? where id=? and version=?]"),
            ("WARN", "SQL Error: 0, SQLState: 23505"),
            ("ERROR", "ERROR: duplicate key value violates unique constraint \"{table}_pkey\""),
            ("WARN", "HHH000100: Fail-safe cleanup (collections) : org.hibernate.engine.loading.internal.CollectionLoadContext@{hex}<rs=HikariProxyResultSet@{n} wrapping org.postgresql.jdbc.PgResultSet@{hex2}>"),
        ],
    },
    Format {
        // The OpenTelemetry Java agent's own log when the collector is away. (Written after the
        // same rule.)
        name: "otel_javaagent",
        header: otel_javaagent_header,
        events: &[
            ("ERROR io.opentelemetry.exporter.internal.http.HttpExporter", "Failed to export spans. The request could not be executed. Full error message: Failed to connect to otel-collector/{ip}:4318"),
            ("ERROR io.opentelemetry.exporter.internal.grpc.GrpcExporter", "Failed to export metrics. Server responded with gRPC status code 14. Error message: UNAVAILABLE"),
            ("ERROR io.opentelemetry.exporter.internal.http.HttpExporter", "Failed to export logs. Server responded with HTTP status code 413. Error message: Request Entity Too Large"),
            ("INFO io.opentelemetry.javaagent.tooling.VersionLogger", "opentelemetry-javaagent - version: 2.{small}.0"),
            ("WARN io.opentelemetry.sdk.metrics.internal.state.DefaultSynchronousMetricStorage", "Instrument {http.server.request.duration|db.client.connections.usage} has exceeded the maximum allowed cardinality (1999)."),
        ],
    },
    Format {
        // Quartz's scheduler in a cluster: misfires, jobs that threw, instances recovered.
        // (Written after the same rule.)
        name: "quartz",
        header: spring_header,
        events: &[
            ("INFO", "Scheduler quartzScheduler_$_{host}{epochms} started."),
            ("INFO", "Handling {small} trigger(s) that missed their scheduled fire-time."),
            ("ERROR", "Job DEFAULT.{job}Job threw an unhandled Exception: "),
            ("INFO", "Job (DEFAULT.{job}Job threw an exception."),
            ("INFO", "ClusterManager: detected {small} failed or restarted instances."),
            ("INFO", "ClusterManager: Scanning for instance \"{host}{epochms}\"'s failed in-progress jobs."),
            ("WARN", "This scheduler instance ({host}{epochms}) is still active but was recovered by another instance in the cluster.  This may cause inconsistent behavior."),
        ],
    },
    Format {
        // A Python gRPC client's error as the traceback prints it, one line of the error per
        // log line. (Written after the same rule.)
        name: "grpc_python",
        header: python_logger_header,
        events: &[
            ("app.client ERROR", "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:"),
            ("-", "\tstatus = StatusCode.{UNAVAILABLE|DEADLINE_EXCEEDED}"),
            ("-", "\tdetails = \"failed to connect to all addresses; last error: UNKNOWN: ipv4:{ipport}: Failed to connect to remote host: Connection refused\""),
            ("-", "\tdetails = \"Deadline Exceeded\""),
            ("-", "\tdebug_error_string = \"UNKNOWN:Error received from peer  {grpc_message:\"Deadline Exceeded\", grpc_status:4, created_time:\"2026-11-28T{hms}.{n}+00:00\"}\""),
            ("-", ">"),
            ("app.server INFO", "Server started, listening on {port}"),
        ],
    },
    Format {
        // Rails under load: a connection pool that runs dry, Redis away, timeouts, slow
        // responses. (Written after the same rule.)
        name: "rails_pool",
        header: rails_header,
        events: &[
            ("ERROR", "ActiveRecord::ConnectionTimeoutError (could not obtain a connection from the pool within 5.000 seconds (waited {float} seconds); all pooled connections were in use):"),
            ("ERROR", "Redis::CannotConnectError (Error connecting to Redis on {ip}:6379 (Errno::ECONNREFUSED)):"),
            ("INFO", "Completed 503 Service Unavailable in {n}ms (ActiveRecord: {float}ms | Allocations: {n2})"),
            ("INFO", "Completed 200 OK in {n}ms (Views: {float}ms | ActiveRecord: {float2}ms | Allocations: {n2})"),
            ("ERROR", "Rack::Timeout::RequestTimeoutException (Request ran for longer than 15000ms ):"),
        ],
    },
    Format {
        // The AWS SDK for JavaScript v3 failing in a Node.js service: errors with their frames
        // and metadata. (Written after the same rule.)
        name: "aws_sdk_js",
        header: hms_header,
        events: &[
            ("-", "TimeoutError: Connection timed out after {n} ms"),
            ("-", "CredentialsProviderError: Could not load credentials from any providers"),
            ("-", "ThrottlingException: Rate exceeded"),
            ("-", "    at Timeout._onTimeout (/app/node_modules/@smithy/node-http-handler/dist-cjs/index.js:{n}:{small})"),
            ("-", "    at async /app/node_modules/@smithy/middleware-retry/dist-cjs/index.js:{n}:{small}"),
            ("-", "  '$metadata': { httpStatusCode: {400|429|500}, requestId: '{uuid}', attempts: {small}, totalRetryDelay: {n} }"),
        ],
    },
    Format {
        // `kubectl rollout status` in a deploy job: a rollout waiting, done, or past its
        // deadline. (Written after the same rule.)
        name: "kubectl_rollout",
        header: hms_header,
        events: &[
            ("-", "Waiting for deployment \"{svc}\" rollout to finish: {small} of {small2} updated replicas are available..."),
            ("-", "Waiting for deployment \"{svc}\" rollout to finish: {small} old replicas are pending termination..."),
            ("-", "Waiting for deployment spec update to be observed..."),
            ("-", "deployment \"{svc}\" successfully rolled out"),
            ("-", "error: deployment \"{svc}\" exceeded its progress deadline"),
        ],
    },
    Format {
        // The MongoDB Java driver as a replica set loses and regains its primary. (Written
        // after the rule that searches a template by up to eight names written twice.)
        name: "mongo_java_driver",
        header: spring_header,
        events: &[
            ("INFO", "Monitor thread successfully connected to server with description ServerDescription{address={host}:27017, type=REPLICA_SET_PRIMARY, state=CONNECTED, ok=true, minWireVersion=0, maxWireVersion=21, maxDocumentSize=16777216, logicalSessionTimeoutMinutes=30, roundTripTimeNanos={n}, setName='rs0', canonicalAddress={host}:27017, hosts=[{host}:27017, {host2}:27017], passives=[], arbiters=[], primary='{host}:27017', electionId=7fffffff000000000000000{small}}"),
            ("INFO", "Exception in monitor thread while connecting to server {host}:27017"),
            ("INFO", "Opened connection [connectionId{localValue:{small}, serverValue:{n}}] to {host}:27017"),
            ("INFO", "Closed connection [connectionId{localValue:{small}, serverValue:{n}}] to {host}:27017 because there was a socket exception raised by this connection."),
            ("WARN", "No server chosen by WritableServerSelector from cluster description ClusterDescription{type=REPLICA_SET, connectionMode=MULTIPLE, serverDescriptions=[ServerDescription{address={host}:27017, type=UNKNOWN, state=CONNECTING}]}. Waiting for 30000 ms before timing out"),
        ],
    },
    Format {
        // Lettuce, the Redis client in Spring, reconnecting. (Written after the same rule.)
        name: "lettuce",
        header: spring_header,
        events: &[
            ("INFO", "Reconnecting, last destination was {host}/{ip}:6379"),
            ("INFO", "Reconnected to {host}/<unresolved>:6379"),
            ("WARN", "Cannot reconnect to [{host}/<unresolved>:6379]: Connection refused: {host}/{ip}:6379"),
            ("ERROR", "io.lettuce.core.RedisCommandTimeoutException: Command timed out after 1 minute(s)"),
            ("WARN", "Unexpected exception during request: java.io.IOException: Connection reset by peer"),
        ],
    },
    Format {
        // The kubelet when a pod's volumes do not mount: a missing secret named after its
        // volume, a volume on another node. (Written after the same rule.)
        name: "k8s_volumes",
        header: klog_header,
        events: &[
            ("E", "\"Error setting up volume\" err=\"MountVolume.SetUp failed for volume \\\"{svc}-tls\\\" : secret \\\"{svc}-tls\\\" not found\" pod=\"{ns}/{pod}\" volumeName=\"{svc}-tls\""),
            ("E", "\"Unable to attach or mount volumes for pod; skipping pod\" err=\"unmounted volumes=[{svc}-data], unattached volumes=[{svc}-data kube-api-access-{kshort}]: timed out waiting for the condition\" pod=\"{ns}/{pod}\""),
            ("E", "\"Error: AttachVolume.Attach failed for volume \\\"{pvc}\\\" : rpc error: code = Internal desc = Could not attach volume \\\"vol-{hex}\\\" to node \\\"i-{hex2}\\\": attachment of disk \\\"vol-{hex}\\\" failed, expected device to be attached but was attaching\""),
            ("I", "\"MountVolume.SetUp succeeded for volume \\\"kube-api-access-{kshort}\\\" (UniqueName: \\\"kubernetes.io/projected/{uuid}-kube-api-access-{kshort}\\\") pod \\\"{pod}\\\" (UID: \\\"{uuid}\\\")\" pod=\"{ns}/{pod}\""),
            ("I", "\"operationExecutor.UnmountVolume started for volume \\\"{svc}-data\\\" (UniqueName: \\\"kubernetes.io/csi/ebs.csi.aws.com^vol-{hex}\\\") pod \\\"{uuid}\\\" (UID: \\\"{uuid}\\\")\""),
        ],
    },
    Format {
        // Istio's sidecar access log (Envoy's default format) through an outage: each
        // service named in the authority and again in the upstream cluster. (Written after
        // the same rule.)
        name: "istio_access",
        header: envoy_header,
        events: &[
            ("access", "\"GET /api/{svc}/{n} HTTP/1.1\" {200|404} - via_upstream - \"-\" 0 {n2} {small} {small2} \"-\" \"{curl/8.5.0|okhttp/4.12.0}\" \"{uuid}\" \"{svc}.{ns}:8080\" \"{ip}:8080\" outbound|8080||{svc}.{ns}.svc.cluster.local {ip2}:{port} {ip}:8080 {ip2}:{port2} - default"),
            ("access", "\"POST /api/{svc} HTTP/1.1\" 503 UF upstream_reset_before_response_started{connection_failure} - \"-\" {n} 91 {small} - \"-\" \"okhttp/4.12.0\" \"{uuid}\" \"{svc}.{ns}:8080\" \"{ip}:8080\" outbound|8080||{svc}.{ns}.svc.cluster.local - {ip}:8080 {ip2}:{port} - default"),
            ("access", "\"GET /api/{svc}/{n} HTTP/1.1\" 503 URX via_upstream - \"-\" 0 81 {small} {small2} \"-\" \"okhttp/4.12.0\" \"{uuid}\" \"{svc}.{ns}:8080\" \"-\" outbound|8080||{svc}.{ns}.svc.cluster.local - {ip}:8080 {ip2}:{port} - default"),
            ("access", "\"GET /healthz/ready HTTP/1.1\" 200 - via_upstream - \"-\" 0 0 {small} {small} \"-\" \"kube-probe/1.31\" \"{uuid}\" \"{ip}:15021\" \"{ip}:15021\" inbound|15021|| 127.0.0.6:{port} {ip}:15021 {ip2}:{port2} - default"),
        ],
    },
    Format {
        // The AWS Load Balancer Controller (zap's JSON): ingresses it cannot reconcile,
        // each named in its fields and again in the error. (Written after the same rule.)
        name: "aws_lb_controller",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"error\",\"ts\":\"{iso}\",\"msg\":\"Reconciler error\",\"controller\":\"ingress\",\"object\":{\"name\":\"{svc}\",\"namespace\":\"{ns}\"},\"namespace\":\"{ns}\",\"name\":\"{svc}\",\"reconcileID\":\"{uuid}\",\"error\":\"ingress: {ns}/{svc}: couldn't auto-discover subnets: unable to resolve at least one subnet (0 match VPC and tags: [kubernetes.io/role/elb])\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"logger\":\"controllers.ingress\",\"msg\":\"successfully deployed model\",\"ingressGroup\":\"{ns}/{svc}\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"logger\":\"controllers.ingress\",\"msg\":\"creating targetGroupBinding\",\"stackID\":\"{ns}/{svc}\",\"resourceID\":\"{ns}/{svc}-{svc}:80\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"msg\":\"registering targets\",\"arn\":\"arn:aws:elasticloadbalancing:us-east-1:{n}:targetgroup/k8s-{ns}-{svc}-{hex}/{hex2}\",\"targets\":[{\"AvailabilityZone\":null,\"Id\":\"{ip}\",\"Port\":8080}]}"),
        ],
    },
    Format {
        // External Secrets Operator (zap's JSON): secrets it cannot fetch, each named after its
        // service. (Written after the same rule.)
        name: "external_secrets",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"error\",\"ts\":{epoch}.{n},\"msg\":\"Reconciler error\",\"controller\":\"externalsecret\",\"ExternalSecret\":{\"name\":\"{svc}-db\",\"namespace\":\"{ns}\"},\"namespace\":\"{ns}\",\"name\":\"{svc}-db\",\"error\":\"error processing spec.data[0] (key: {ns}/{svc}/db-password), err: Secret does not exist\"}"),
            ("-", "{\"level\":\"info\",\"ts\":{epoch}.{n},\"logger\":\"controllers.ExternalSecret\",\"msg\":\"reconciled secret\",\"ExternalSecret\":{\"name\":\"{svc}-db\",\"namespace\":\"{ns}\"}}"),
            ("-", "{\"level\":\"error\",\"ts\":{epoch}.{n},\"logger\":\"controllers.SecretStore\",\"msg\":\"could not validate provider\",\"SecretStore\":{\"name\":\"aws-{small}\",\"namespace\":\"{ns}\"},\"error\":\"AccessDeniedException: User is not authorized to perform: secretsmanager:ListSecrets\"}"),
        ],
    },
    Format {
        // Feign clients in a Spring service (its logger at BASIC): requests, responses, time-outs,
        // a load balancer with no healthy upstream. (Written after this round's two rules.)
        name: "feign_client",
        header: spring_header,
        events: &[
            ("DEBUG", "[{InventoryClient#getStock|PaymentClient#charge|ShippingClient#quote}] ---> GET http://{svc}/api/{svc}/{n} HTTP/1.1"),
            ("DEBUG", "[{InventoryClient#getStock|PaymentClient#charge|ShippingClient#quote}] <--- HTTP/1.1 {200|503} ({n}ms)"),
            ("DEBUG", "[{InventoryClient#getStock|PaymentClient#charge|ShippingClient#quote}] <--- ERROR SocketTimeoutException: Read timed out ({n}ms)"),
            ("ERROR", "feign.RetryableException: Read timed out executing GET http://{svc}/api/{svc}/{n}"),
            ("ERROR", "feign.FeignException$ServiceUnavailable: [503 Service Unavailable] during [GET] to [http://{svc}/api/{svc}/{n}] [{InventoryClient#getStock|PaymentClient#charge|ShippingClient#quote}]: [no healthy upstream]"),
        ],
    },
    Format {
        // Spring Cloud Gateway on Reactor Netty when a backend drops: premature closes, refused
        // connections, 500s. (Written after the same rules.)
        name: "reactor_netty",
        header: spring_header,
        events: &[
            ("WARN", "[{hex}-{small}] An exception has been observed post-terminal, use DEBUG log level to see the full stack: reactor.netty.http.client.PrematureCloseException: Connection prematurely closed BEFORE response"),
            ("ERROR", "[{hex}-{small}] 500 Server Error for HTTP GET \"/api/{svc}/{n}\""),
            ("WARN", "[id: 0x{hex}, L:/{ipport} - R:{svc}/{ipport2}] The connection observed an error"),
            ("ERROR", "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: {svc}/{ipport}"),
            ("DEBUG", "Route matched: {svc}-route"),
        ],
    },
    Format {
        // Prisma in a Node.js service: its pool, a database it cannot reach, queries it logs.
        // (Written after the same rules.)
        name: "prisma",
        header: hms_header,
        events: &[
            ("-", "prisma:info Starting a postgresql pool with {small} connections."),
            ("-", "prisma:error Can't reach database server at `{host}:5432`"),
            ("-", "Invalid `prisma.{order|user|invoice}.{findMany|findUnique|update}()` invocation:"),
            ("-", "Timed out fetching a new connection from the connection pool. More info: http://pris.ly/d/connection-pool (Current connection pool timeout: 10, connection limit: {small})"),
            ("-", "prisma:query SELECT \"public\".\"{table}\".\"id\", \"public\".\"{table}\".\"status\" FROM \"public\".\"{table}\" WHERE \"public\".\"{table}\".\"id\" = $1 LIMIT $2 OFFSET $3"),
        ],
    },
    Format {
        // Amazon RDS's events as exported, each after its time and instance: failovers,
        // restarts, storage running low. (Written after the same rules.)
        name: "rds_events",
        header: hms_header,
        events: &[
            ("-", "{iso} {rdsdb} Multi-AZ instance failover started."),
            ("-", "{iso} {rdsdb} Multi-AZ instance failover completed."),
            ("-", "{iso} {rdsdb} DB instance restarted"),
            ("-", "{iso} {rdsdb} The free storage capacity for DB Instance: {rdsdb} is low at {small}% of the provisioned storage [Provisioned Storage: {n} GB, Free Storage: {float} GB]. You may want to increase the provisioned storage to address this issue."),
            ("-", "{iso} {rdsdb} Backing up DB instance"),
            ("-", "{iso} {rdsdb} Finished DB Instance backup"),
        ],
    },
    Format {
        // Node.js ORMs' errors when the database goes: Sequelize, Mongoose, TypeORM. (Written
        // after the same rules.)
        name: "node_orm_errors",
        header: hms_header,
        events: &[
            ("-", "SequelizeConnectionRefusedError: connect ECONNREFUSED {ipport}"),
            ("-", "SequelizeConnectionAcquireTimeoutError: Operation timeout"),
            ("-", "MongooseServerSelectionError: connect ECONNREFUSED {ipport}"),
            ("-", "MongoServerError: E11000 duplicate key error collection: {db}.{table} index: email_1 dup key: { email: \"{email}\" }"),
            ("-", "QueryFailedError: duplicate key value violates unique constraint \"PK_{hex}\""),
        ],
    },
    Format {
        // Laravel's queue worker: each job processing, processed or failed. (Written after the
        // same rules.)
        name: "laravel_queue",
        header: hms_header,
        events: &[
            ("-", "[2026-11-28 {hms}][{n}] Processing: App\\Jobs\\{SendInvoice|SyncInventory|NotifyCustomer}"),
            ("-", "[2026-11-28 {hms}][{n}] Processed:  App\\Jobs\\{SendInvoice|SyncInventory|NotifyCustomer}"),
            ("-", "[2026-11-28 {hms}][{n}] Failed:     App\\Jobs\\{SendInvoice|SyncInventory|NotifyCustomer}"),
        ],
    },
    Format {
        // Amazon ECS's service events: tasks started and stopped, targets registered in the
        // service's target group, tasks it cannot place. (Written after the third rule of the
        // sixty-ninth round: a value joined to a name written twice.)
        name: "ecs_service_events",
        header: hms_header,
        events: &[
            ("-", "(service {svc}) has started {small} tasks: (task {hex}{hex2}{hex3}{hex4})."),
            ("-", "(service {svc}) has stopped {small} running tasks: (task {hex}{hex2}{hex3}{hex4})."),
            ("-", "(service {svc}) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster."),
            ("-", "(service {svc}) has reached a steady state."),
            ("-", "(service {svc}) registered {small} targets in (target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/{svc}-tg/{hex}{hex2})"),
            ("-", "(service {svc}) deregistered {small} targets in (target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/{svc}-tg/{hex}{hex2})"),
            ("-", "(service {svc}) (task {hex}{hex2}{hex3}{hex4}) failed container health checks."),
        ],
    },
    Format {
        // An EC2 Auto Scaling group's activity history: launches, terminations, the capacity it
        // could not get. (Written after the same rule.)
        name: "asg_activity",
        header: hms_header,
        events: &[
            ("-", "Launching a new EC2 instance: i-0{hex}{hex2}. Cause: At {iso} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from {small} to {small2}."),
            ("-", "Terminating EC2 instance: i-0{hex}{hex2}. Cause: At {iso} an instance was taken out of service in response to an ELB system health check failure."),
            ("-", "Launching a new EC2 instance. Status Reason: We currently do not have sufficient {itype} capacity in the Availability Zone you requested ({azone}). Our system will be working on provisioning additional capacity. Launching EC2 instance failed."),
            ("-", "Terminating EC2 instance: i-0{hex}{hex2}. Cause: At {iso} a user request update of AutoScalingGroup constraints to min: {small}, max: {small2}, desired: {small3} changing the desired capacity from {small4} to {small3}."),
            ("-", "Instance refresh {uuid} for Auto Scaling group {svc}-asg is in progress: {small} of {small2} instances replaced"),
        ],
    },
    Format {
        // A Google Compute Engine managed instance group, each instance named after its group:
        // recreated on failed health checks, resized by its autoscaler. (Written after the same
        // rule.)
        name: "gce_mig",
        header: hms_header,
        events: &[
            ("-", "Instance {svc}-mig-{hex4} in zone us-central1-{a|b|f} is being recreated by instance group manager {svc}-mig because it failed its health check."),
            ("-", "Autoscaler for {svc}-mig resized the group from {small} to {small2} instances"),
            ("-", "Instance {svc}-mig-{hex4} was deleted by instance group manager {svc}-mig"),
            ("-", "Creating instance {svc}-mig-{hex4} from instance template {svc}-template-v{small}"),
            ("-", "Quota 'CPUS' exceeded. Limit: {n} in region us-central1."),
        ],
    },
    Format {
        // Kafka brokers when one of them falls behind: partitions (each a topic and a number)
        // shrink and grow their in-sync replicas, leaders move. (Written after the same rule.)
        name: "kafka_isr",
        header: kafka_header,
        events: &[
            ("INFO", "[Partition {topic}-{small} broker={small2}] Shrinking ISR from {small2},{small3},{small4} to {small2}. Leader: (highWatermark: {n}, endOffset: {n2}). Out of sync replicas: (brokerId: {small3}, endOffset: {n3}) (brokerId: {small4}, endOffset: {n4}). (kafka.cluster.Partition)"),
            ("INFO", "[Partition {topic}-{small} broker={small2}] ISR updated to {small2},{small3} and version updated to {n} (kafka.cluster.Partition)"),
            ("INFO", "[ReplicaFetcher replicaId={small}, leaderId={small2}, fetcherId=0] Partition {topic}-{small3} has an older epoch ({small4}) than the current leader. Will await the new LeaderAndIsr state before resuming fetching. (kafka.server.ReplicaFetcherThread)"),
            ("WARN", "[ReplicaManager broker={small}] Leader {small} failed to record follower {small2}'s position {n} since the replica is not recognized to be one of the assigned replicas {small},{small3} for partition {topic}-{small4} (kafka.server.ReplicaManager)"),
            ("INFO", "[Controller id={small} epoch={n}] Partition {topic}-{small2} completed preferred replica leader election. New leader is {small3} (state.change.logger)"),
        ],
    },
    Format {
        // The StatefulSet controller in kube-controller-manager, each pod named after its set
        // and ordinal. (Written after the same rule.)
        name: "statefulset_controller",
        header: klog_header,
        events: &[
            ("I", "\"StatefulSet is waiting for Pod to be Running and Ready\" statefulSet=\"{ns}/{sts}\" pod=\"{ns}/{sts}-{small}\""),
            ("I", "\"Pod of StatefulSet is terminating for scale down\" statefulSet=\"{ns}/{sts}\" pod=\"{ns}/{sts}-{small}\""),
            ("I", "\"Event occurred\" object=\"{ns}/{sts}\" fieldPath=\"\" kind=\"StatefulSet\" apiVersion=\"apps/v1\" type=\"Normal\" reason=\"SuccessfulCreate\" message=\"create Pod {sts}-{small} in StatefulSet {sts} successful\""),
            ("W", "\"Event occurred\" object=\"{ns}/{sts}\" fieldPath=\"\" kind=\"StatefulSet\" apiVersion=\"apps/v1\" type=\"Warning\" reason=\"RecreatingFailedPod\" message=\"StatefulSet {ns}/{sts} is recreating failed Pod {sts}-{small}\""),
            ("E", "\"Error syncing StatefulSet, requeuing\" statefulSet=\"{ns}/{sts}\" err=\"pod {sts}-{small} is being deleted\""),
        ],
    },
    Format {
        // CloudWatch alarms as their notifications read: state changes of alarms named after
        // the service they watch. (Written after the same rule.)
        name: "cloudwatch_alarms",
        header: hms_header,
        events: &[
            ("-", "ALARM: \"{svc}-5xx-high\" in US East (N. Virginia)"),
            ("-", "OK: \"{svc}-5xx-high\" in US East (N. Virginia)"),
            ("-", "Threshold Crossed: {small} out of the last {small2} datapoints [{float} (28/11/26 {hms})] was greater than the threshold (5.0) (minimum 1 datapoint for OK -> ALARM transition)."),
            ("-", "State Change: OK -> ALARM for alarm {svc}-5xx-high on metric HTTPCode_Target_5XX_Count in namespace AWS/ApplicationELB"),
            ("-", "INSUFFICIENT_DATA: \"{svc}-latency-p99\" in US East (N. Virginia)"),
        ],
    },
    Format {
        // Elasticsearch's daily indices when a data node leaves: shards failed and resynced,
        // cluster health. (Written after the same rule.)
        name: "es_shards",
        header: elasticsearch_header,
        events: &[
            ("INFO", "[{index}-2026.11.28][{small}] primary-replica resync completed with 0 operations"),
            ("WARN", "[{index}-2026.11.28][{small}] marking and sending shard failed due to [failed recovery]"),
            ("INFO", "Cluster health status changed from [GREEN] to [YELLOW] (reason: [shards failed [[{index}-2026.11.28][{small}]]])."),
            ("INFO", "[{index}-2026.11.28] update_mapping [_doc]"),
            ("WARN", "failing shard [failed shard, shard [{index}-2026.11.28][{small}], node[{nanoid}], [R], s[STARTED], a[id={nanoid2}], message [failed to perform indices:data/write/bulk[s] on replica [{index}-2026.11.28][{small}]], failure [NodeDisconnectedException], markAsStale [true]]"),
        ],
    },
    Format {
        // GitHub's Actions Runner Controller: scale sets, their ephemeral runners named after
        // them, a quota that stops a runner. (Written after the same rule.)
        name: "arc_runners",
        header: controller_runtime_header,
        events: &[
            ("INFO EphemeralRunnerSet", "Scaling comparison\t{\"ephemeralrunnerset\": {\"name\":\"{arcset}-{kshort}\",\"namespace\":\"arc-runners\"}, \"current\": {small}, \"desired\": {small2}}"),
            ("INFO EphemeralRunner", "Created new pod spec for ephemeral runner\t{\"ephemeralrunner\": {\"name\":\"{arcset}-{kshort}-runner-{kshort2}\",\"namespace\":\"arc-runners\"}}"),
            ("INFO EphemeralRunner", "Ephemeral runner has finished successfully, deleting ephemeral runner\t{\"ephemeralrunner\": {\"name\":\"{arcset}-{kshort}-runner-{kshort2}\",\"namespace\":\"arc-runners\"}, \"exitCode\": 0}"),
            ("ERROR EphemeralRunner", "Failed to create runner pod\t{\"ephemeralrunner\": {\"name\":\"{arcset}-{kshort}-runner-{kshort2}\",\"namespace\":\"arc-runners\"}, \"error\": \"pods \\\"{arcset}-{kshort}-runner-{kshort2}\\\" is forbidden: exceeded quota: arc-quota, requested: cpu=2, used: cpu={small}, limited: cpu=16\"}"),
            ("INFO AutoscalingListener", "Listener pod is terminated\t{\"autoscalinglistener\": {\"name\":\"{arcset}-{hex4}-listener\",\"namespace\":\"arc-systems\"}, \"reason\": \"Error\"}"),
        ],
    },
    Format {
        // Kafka Streams in a Spring service through a rebalance: its threads (named after the
        // application and its client) change state, one is fenced, the client shuts down.
        // (Written after this round's two rules: names that hyphenated names start with, and
        // codes in capitals that start a message.)
        name: "kafka_streams",
        header: spring_header,
        events: &[
            ("INFO", "stream-thread [{kapp}-{uuid}-StreamThread-{small}] State transition from {RUNNING|PARTITIONS_ASSIGNED|STARTING} to {PARTITIONS_REVOKED|PARTITIONS_ASSIGNED|RUNNING}"),
            ("INFO", "stream-client [{kapp}-{uuid}] State transition from REBALANCING to RUNNING"),
            ("WARN", "stream-thread [{kapp}-{uuid}-StreamThread-{small}] Detected that the thread is being fenced. This implies that this thread missed a rebalance and dropped out of the consumer group. Will close out all assigned tasks and rejoin the consumer group."),
            ("ERROR", "stream-thread [{kapp}-{uuid}-StreamThread-{small}] Encountered the following exception during processing and the registered exception handler opted to SHUTDOWN_CLIENT. The streams client is going to shut down now."),
            ("INFO", "[Consumer clientId={kapp}-{uuid}-StreamThread-{small}-consumer, groupId={kapp}] Request joining group due to: group is already rebalancing"),
        ],
    },
    Format {
        // Consul's agent as services' instances fail their checks and come back. (Written after
        // the same rules.)
        name: "consul_checks",
        header: hclog_header,
        events: &[
            ("WARN|agent", "Check is now critical: check=service:{svc}-{small}"),
            ("INFO|agent", "Synced check: check=service:{svc}-{small}"),
            ("INFO|agent", "Synced service: service={svc}-{small}"),
            ("WARN|agent", "Check socket connection failed: check=service:{svc}-{small} error=\"dial tcp {ipport}: connect: connection refused\""),
            ("ERROR|agent.client", "RPC failed to server: method=Catalog.Register server={ipport} error=\"rpc error making call: No cluster leader\""),
        ],
    },
    Format {
        // An uptime monitor's notifications: monitors down and up again, certificates about to
        // expire, a keyword missing. (Written after the same rules.)
        name: "uptime_monitors",
        header: hms_header,
        events: &[
            ("-", "Monitor is DOWN: {svc}-api ( https://{svc}.example.com/health ) - Reason: {Connection Timeout|502 Bad Gateway|Connection Refused}"),
            ("-", "Monitor is UP: {svc}-api ( https://{svc}.example.com/health ) - It was down for {small} minutes and {small2} seconds."),
            ("-", "SSL certificate for {svc}.example.com expires in {small} days"),
            ("-", "Keyword \"ok\" not found on https://{svc}.example.com/health"),
        ],
    },
    Format {
        // Azure Monitor's alert notifications, fired and resolved, on VMs and Application
        // Insights named after their service. (Written after the same rules.)
        name: "azure_alerts",
        header: hms_header,
        events: &[
            ("-", "Fired: Sev{0|1|2|3} Azure Monitor Alert {svc}-cpu-high on vm-{svc}-{small} ( Metric alerts )"),
            ("-", "Resolved: Sev{0|1|2|3} Azure Monitor Alert {svc}-cpu-high on vm-{svc}-{small} ( Metric alerts )"),
            ("-", "Fired: Sev{0|1|2|3} Azure Monitor Alert {svc}-failed-requests on {svc}-appinsights ( Log alerts V2 )"),
            ("-", "Resolved: Sev{0|1|2|3} Azure Monitor Alert {svc}-failed-requests on {svc}-appinsights ( Log alerts V2 )"),
        ],
    },
    Format {
        // Docker's daemon in a swarm when a node fails: tasks that exit, containers named after
        // their service and slot, the agent's session. (Written after the same rules.)
        name: "swarm_tasks",
        header: hms_header,
        events: &[
            ("-", "time=\"{iso}\" level=error msg=\"fatal task error\" error=\"task: non-zero exit ({small})\" module=node/agent/taskmanager node.id={longid} service.id={longid2} task.id={longid3}"),
            ("-", "time=\"{iso}\" level=warning msg=\"failed to deactivate service binding for container {svc}.{small}.{longid}\" error=\"No such container: {svc}.{small}.{longid}\" module=node/agent node.id={longid2}"),
            ("-", "time=\"{iso}\" level=info msg=\"Node {hex} change state NodeActive --> NodeFailed\""),
            ("-", "time=\"{iso}\" level=error msg=\"agent: session failed\" backoff={small}00ms error=\"rpc error: code = Unavailable desc = connection error\" module=node/agent node.id={longid}"),
        ],
    },
    Format {
        // Cloud Run's system logs for a service whose new revision (named after it) does not
        // start. (Written after the same rules.)
        name: "cloud_run",
        header: hms_header,
        events: &[
            ("-", "Ready condition status changed to False for Service {svc} with message: Revision '{svc}-000{small}-{kshort}' is not ready and cannot serve traffic. The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable."),
            ("-", "Container called exit({small})."),
            ("-", "The request failed because either the HTTP response was malformed or connection to the instance had an error. Additional troubleshooting documentation can be found at: https://cloud.google.com/run/docs/troubleshooting#malformed-response-or-connection-error"),
            ("-", "Default STARTUP TCP probe failed {small} time consecutively for container \"{svc}-1\" on port 8080. The instance was not started."),
            ("-", "Revision '{svc}-000{small}-{kshort}' is ready and serving 100% of traffic."),
        ],
    },
    Format {
        // Flagger walking a canary forward, halting it, rolling it back. (Written after the
        // same rules.)
        name: "flagger",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"caller\":\"controller/events.go:33\",\"msg\":\"Advance {svc}.{ns} canary weight {small}0\",\"canary\":\"{svc}.{ns}\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"caller\":\"controller/events.go:45\",\"msg\":\"Halt {svc}.{ns} advancement request duration {n}ms > 500ms\",\"canary\":\"{svc}.{ns}\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"caller\":\"controller/events.go:45\",\"msg\":\"Rolling back {svc}.{ns} failed checks threshold reached {small}\",\"canary\":\"{svc}.{ns}\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"caller\":\"controller/events.go:45\",\"msg\":\"Canary failed! Scaling down {svc}.{ns}\",\"canary\":\"{svc}.{ns}\"}"),
            ("-", "{\"level\":\"info\",\"ts\":\"{iso}\",\"caller\":\"controller/events.go:33\",\"msg\":\"Promotion completed! Scaling down {svc}-primary.{ns}\",\"canary\":\"{svc}.{ns}\"}"),
        ],
    },
    Format {
        // Apollo's GraphQL gateway when a subgraph goes: unknown fields, timings, a subgraph
        // refusing connections. (Written after this round's changes: names that hyphenated
        // names start with, codes in capitals that start a message, the padded bracket.)
        name: "apollo_gateway",
        header: hms_header,
        events: &[
            ("-", "GraphQLError: Cannot query field \"{gqlfield}\" on type \"{gqltype}\"."),
            ("-", "[{uuid}] operation {gqlfield} took {n}ms"),
            ("-", "PersistedQueryNotFoundError: PersistedQueryNotFound"),
            ("-", "Error: Subgraph \"{svc}\" is unavailable: request to http://{svc}:4001/graphql failed, reason: connect ECONNREFUSED {ipport}"),
            ("-", "Unexpected error processing request: Error: Response timed out after {n}ms"),
        ],
    },
    Format {
        // A service receiving Stripe's webhooks: events received, signatures that fail,
        // deliveries retried to its endpoint. (Written after the same changes.)
        name: "stripe_webhooks",
        header: hms_header,
        events: &[
            ("-", "Received Stripe event evt_{typedid} of type {payment_intent.succeeded|charge.refunded|invoice.paid|customer.subscription.updated}"),
            ("-", "Webhook signature verification failed: No signatures found matching the expected signature for payload"),
            ("-", "Retrying webhook delivery evt_{typedid} to https://{svc}.example.com/webhooks/stripe (attempt {small} of 3)"),
            ("-", "PaymentIntent pi_{typedid} requires_action: authentication_required"),
        ],
    },
    Format {
        // `wrangler tail` on a Cloudflare Worker: each request's outcome, then what the worker
        // logged, indented. (Written after the same changes.)
        name: "workers_tail",
        header: hms_header,
        events: &[
            ("-", "GET https://{svc}.example.com/api/{n} - Ok @ 11/28/2026, {hms} PM"),
            ("-", "POST https://{svc}.example.com/api/{n} - Exception Thrown @ 11/28/2026, {hms} PM"),
            ("-", "GET https://{svc}.example.com/api/{n} - Exceeded CPU Limit @ 11/28/2026, {hms} PM"),
            ("-", "  (error) Error: upstream {svc} returned 503"),
            ("-", "  (log) cache hit for /api/{n}"),
            ("-", "  (log) cache miss for /api/{n}"),
        ],
    },
    Format {
        // AWS Step Functions' executions of state machines named after their service: started,
        // failed in a state, succeeded, timed out. (Written after the same changes.)
        name: "step_functions",
        header: hms_header,
        events: &[
            ("-", "Execution arn:aws:states:us-east-1:123456789012:execution:{svc}-pipeline:{uuid} started"),
            ("-", "Execution arn:aws:states:us-east-1:123456789012:execution:{svc}-pipeline:{uuid} failed with States.TaskFailed in state {ValidateOrder|ChargeCard|ShipOrder}"),
            ("-", "Execution arn:aws:states:us-east-1:123456789012:execution:{svc}-pipeline:{uuid} succeeded in {n} ms"),
            ("-", "Execution arn:aws:states:us-east-1:123456789012:execution:{svc}-pipeline:{uuid} timed out after {small} retries"),
        ],
    },
    Format {
        // A Python consumer on RabbitMQ by pika, when the broker restarts: connections lost
        // and refused, consumers cancelled, messages requeued. (Written after the same
        // changes.)
        name: "pika_consumer",
        header: python_logger_header,
        events: &[
            ("pika.adapters.utils.connection_workflow ERROR", "AMQPConnector - reporting failure: AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused')"),
            ("pika.adapters.blocking_connection WARNING", "Connection workflow failed: AMQPConnectionWorkflowFailed: 1 exceptions in all; last exception - AMQPConnectorSocketConnectError: ConnectionRefusedError(111, 'Connection refused'); first exception - None"),
            ("consumer INFO", "Consumer was cancelled remotely, shutting down: <METHOD(['channel_number={small}', 'frame_type=1', \"method=<Basic.Cancel(['consumer_tag=ctag1.{hex}{hex2}', 'nowait=True'])>\"])>"),
            ("consumer WARNING", "Requeued message {n} from queue {svc}.tasks after {small} failed attempts"),
            ("pika.connection INFO", "Closing connection (320): ConnectionClosedByBroker: (320) \"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\""),
        ],
    },
    Format {
        // The CronJob controller, each job named after its CronJob and scheduled minute.
        // (Written after this round's changes.)
        name: "cronjob_controller",
        header: klog_header,
        events: &[
            ("I", "\"Created Job\" job=\"{ns}/{cronjob}-{n}\" cronjob=\"{ns}/{cronjob}\""),
            ("I", "\"Deleted job\" job=\"{ns}/{cronjob}-{n}\""),
            ("W", "\"Missed scheduled time to start a job\" cronjob=\"{ns}/{cronjob}\" scheduledTime=\"{iso}\""),
            ("E", "\"Unable to make Job from template\" cronjob=\"{ns}/{cronjob}\" err=\"admission webhook \\\"validate.kyverno.svc\\\" denied the request\""),
            ("I", "\"Saw completed job\" job=\"{ns}/{cronjob}-{n}\" status=\"Complete\""),
        ],
    },
    Format {
        // Kong's active health checks, in its nginx error log: targets named after their
        // upstream, going unhealthy and back. (Written after the same changes.)
        name: "kong_healthchecks",
        header: nginx_header,
        events: &[
            ("warn", "[lua] healthcheck.lua:1123: log(): [healthcheck] ({svc}_upstream) unhealthy TCP increment ({small}/3) for '{svc}-{small2}({ipport})', context: ngx.timer"),
            ("warn", "[lua] healthcheck.lua:1123: log(): [healthcheck] ({svc}_upstream) healthy SUCCESS increment ({small}/2) for '{svc}-{small2}({ipport})', context: ngx.timer"),
            ("error", "[lua] balancer.lua:{n}: execute(): failed to get from node cache: no healthy targets for upstream {svc}_upstream, client: {ip}, server: kong, request: \"GET /{svc}/api HTTP/1.1\", host: \"api.example.com\""),
            ("notice", "[lua] targets.lua:{n}: upstream {svc}_upstream target updated: {svc}-{small}:8000 weight=100"),
        ],
    },
    Format {
        // Envoy's outlier detection event log: hosts ejected for errors or a low success rate,
        // and returned. (Written after the same changes.)
        name: "envoy_outlier",
        header: hms_header,
        events: &[
            ("-", "{\"type\":\"CONSECUTIVE_5XX\",\"cluster_name\":\"outbound|8080||{svc}.default.svc.cluster.local\",\"upstream_url\":\"{ipport}\",\"action\":\"EJECT\",\"num_ejections\":{small},\"enforced\":true,\"timestamp\":\"{iso}\"}"),
            ("-", "{\"type\":\"CONSECUTIVE_5XX\",\"cluster_name\":\"outbound|8080||{svc}.default.svc.cluster.local\",\"upstream_url\":\"{ipport}\",\"action\":\"UNEJECT\",\"num_ejections\":{small},\"enforced\":false,\"timestamp\":\"{iso}\"}"),
            ("-", "{\"type\":\"SUCCESS_RATE\",\"cluster_name\":\"outbound|8080||{svc}.default.svc.cluster.local\",\"upstream_url\":\"{ipport}\",\"action\":\"EJECT\",\"num_ejections\":{small},\"enforced\":true,\"timestamp\":\"{iso}\",\"eject_success_rate_event\":{\"host_success_rate\":{small2}0,\"cluster_average_success_rate\":9{small3},\"cluster_success_rate_ejection_threshold\":80}}"),
        ],
    },
    Format {
        // A monolith that starts each message with its subsystem's tag in capitals, some of
        // which end as a verb's form does. (Written after codes that start a message were
        // taken for states only beside a state's word, to check that.)
        name: "subsystem_tags",
        header: hms_header,
        events: &[
            ("-", "{BILLING|SHIPPING|ORDERS|INVENTORY}: connected to database {db} at {ipport}"),
            ("-", "{BILLING|SHIPPING|ORDERS|INVENTORY}: retrying request {n} after error: context deadline exceeded"),
            ("-", "{BILLING|SHIPPING|ORDERS|INVENTORY}: worker pool started with {small} workers"),
            ("-", "HEALTH: all subsystems ready"),
        ],
    },
    Format {
        // AWS CodeBuild's build log: phases entered and completed, the commands each ran, a
        // command that failed. (Written after all of this round's changes.)
        name: "codebuild",
        header: hms_header,
        events: &[
            ("-", "[Container] 2026/11/28 {hms}.{n} Running command {npm ci|npm test|npm run build|docker build -t app .}"),
            ("-", "[Container] 2026/11/28 {hms}.{n} Entering phase {INSTALL|PRE_BUILD|BUILD|POST_BUILD}"),
            ("-", "[Container] 2026/11/28 {hms}.{n} Phase complete: {INSTALL|PRE_BUILD|BUILD|POST_BUILD} State: SUCCEEDED"),
            ("-", "[Container] 2026/11/28 {hms}.{n} Phase complete: {INSTALL|PRE_BUILD|BUILD|POST_BUILD} State: FAILED"),
            ("-", "[Container] 2026/11/28 {hms}.{n} Phase context status code: COMMAND_EXECUTION_ERROR Message: Error while executing command: npm test. Reason: exit status {small}"),
        ],
    },
    Format {
        // A Node.js consumer of SQS queues named after their service: batches received,
        // messages moved to the service's dead-letter queue, visibility extended. (Written
        // after the same changes.)
        name: "sqs_consumer",
        header: hms_header,
        events: &[
            ("-", "Received {small} messages from queue {svc}-queue"),
            ("-", "Message {uuid} moved to DLQ {svc}-dlq after {small} receives"),
            ("-", "Visibility timeout extended to {small}0s for message {uuid} on {svc}-queue"),
            ("-", "Error processing message {uuid}: TimeoutError: Connection to {svc}-db timed out after {n}ms"),
        ],
    },
    Format {
        // Vault Agent as a sidecar: authentication, tokens written for the service it serves,
        // templates rendered, a permission it lacks. (Written after the same changes.)
        name: "vault_agent",
        header: hclog_header,
        events: &[
            ("INFO|agent.auth.handler", "authentication successful, sending token to sinks"),
            ("ERROR|agent.auth.handler", "error authenticating: error=\"Error making API request. URL: PUT https://vault.example.com/v1/auth/kubernetes/login Code: 403. Errors: * permission denied\" backoff={float}s"),
            ("INFO|agent.sink.file", "token written: path=/vault/secrets/{svc}-token"),
            ("INFO|agent", "(runner) rendered \"(dynamic)\" => \"/vault/secrets/{svc}-db.env\""),
            ("WARN|agent", "(view) vault.read(database/creds/{svc}-readonly): vault.read(database/creds/{svc}-readonly): Error making API request. Code: 403. Errors: * permission denied (retry attempt {small} after \"{small2}s\")"),
        ],
    },
    Format {
        // A Go service's errors calling others, as `%v` writes an error's chain: a name it
        // cannot resolve, a certificate that expired, a timeout; TLS handshakes refused.
        // (Written before the miner saw it, this round.)
        name: "go_client_errors",
        header: golog_header,
        events: &[
            ("-", "failed to call {svc}: Get \"https://{svc}.internal:8443/v1/status\": dial tcp: lookup {svc}.internal on 10.96.0.10:53: no such host"),
            ("-", "failed to call {svc}: Post \"https://{svc}.internal:8443/v1/charge\": x509: certificate has expired or is not yet valid: current time {iso} is after 2026-11-27T23:59:59Z"),
            ("-", "failed to call {svc}: Get \"https://{svc}.internal:8443/v1/status\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
            ("-", "http: TLS handshake error from {ipport}: remote error: tls: bad certificate"),
            ("-", "http: TLS handshake error from {ipport}: EOF"),
        ],
    },
    Format {
        // Python's tenacity retrying an HTTP client: the exception each retry raised, as
        // requests and urllib3 word it, then giving up. (Written before the miner saw it.)
        name: "tenacity_retries",
        header: python_header,
        events: &[
            ("WARNING", "Retrying app.clients.{svc}.Client.call in {float} seconds as it raised ConnectionError: HTTPSConnectionPool(host='{svc}.internal', port=443): Max retries exceeded with url: /v1/{svc}/{n} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{hex}>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
            ("WARNING", "Retrying app.clients.{svc}.Client.call in {float} seconds as it raised ReadTimeout: HTTPSConnectionPool(host='{svc}.internal', port=443): Read timed out. (read timeout=10)"),
            ("INFO", "Finished call to 'app.clients.{svc}.Client.call' after {float}(s), this was the {ordinal} time calling it."),
            ("ERROR", "Giving up app.clients.{svc}.Client.call after {small} attempts"),
        ],
    },
    Format {
        // Node.js services' network errors as they reach the log: a name not found, a
        // connection refused or reset, a fetch that timed out, an HTTP client's status.
        // (Written before the miner saw it.)
        name: "node_net_errors",
        header: iso_level_header,
        events: &[
            ("error", "Error: getaddrinfo ENOTFOUND {svc}.internal"),
            ("error", "Error: connect ECONNREFUSED {ipport}"),
            ("error", "Error: read ECONNRESET"),
            ("error", "Error: socket hang up"),
            ("error", "FetchError: request to https://{svc}.internal/v1/items/{n} failed, reason: connect ETIMEDOUT {ipport}"),
            ("warn", "AxiosError: Request failed with status code {502|503|504}"),
        ],
    },
    Format {
        // Hibernate on MySQL under lock contention: the SQL error's codes, then MySQL's own
        // words; a transaction rolled back; a pooled connection marked broken. (Written
        // before the miner saw it.)
        name: "hibernate_deadlocks",
        header: spring_header,
        events: &[
            ("WARN", "SQL Error: {1213|1205}, SQLState: 40001"),
            ("ERROR", "Deadlock found when trying to get lock; try restarting transaction"),
            ("ERROR", "Lock wait timeout exceeded; try restarting transaction"),
            ("ERROR", "Transaction silently rolled back because it has been marked as rollback-only"),
            ("WARN", "HikariPool-1 - Connection com.mysql.cj.jdbc.ConnectionImpl@{hex} marked as broken because of SQLSTATE(08S01), ErrorCode(0)"),
        ],
    },
    Format {
        // A consumer-lag monitor (as Burrow evaluates groups): lag past a threshold, a group's
        // status changing, offsets no longer committed. (Written before the miner saw it.)
        name: "consumer_lag",
        header: hms_header,
        events: &[
            ("-", "consumer group {svc}-consumers lag on {topic}/{small} is {n} (threshold 10000)"),
            ("-", "consumer group {svc}-consumers status changed from {OK|WARN|ERR} to {OK|WARN|ERR}"),
            ("-", "consumer group {svc}-consumers stopped committing offsets for {topic}/{small} ({n} seconds since last commit)"),
            ("-", "evaluating {small} consumer groups on cluster {local|aggregate}"),
        ],
    },
    Format {
        // A TLS certificate checker run on a schedule: days left, a certificate about to
        // expire or expired, a chain it cannot verify. (Written before the miner saw it.)
        name: "cert_checker",
        header: iso_level_header,
        events: &[
            ("INFO", "{host}:443 certificate valid for {n} more days (not after {iso}, issuer \"{R10|R11|E5}\")"),
            ("WARN", "{host}:443 certificate expires in {small} days (not after {iso})"),
            ("ERROR", "{host}:443 certificate expired {small} days ago"),
            ("ERROR", "{host}:443 handshake failed: x509: certificate signed by unknown authority"),
            ("INFO", "checked {n} endpoints in {dur}"),
        ],
    },
    Format {
        // A feature-flag SDK in a service: its stream interrupted and reconnecting, flags it
        // does not know, its data source's state. (Written before the miner saw it.)
        name: "feature_flags",
        header: iso_level_header,
        events: &[
            ("WARN", "[LaunchDarkly] Unexpected error from stream processor: HTTP error 503 (will retry)"),
            ("INFO", "[LaunchDarkly] Reconnecting in {float} secs"),
            ("WARN", "[LaunchDarkly] Unknown feature flag \"{flag}\"; returning default value"),
            ("WARN", "[LaunchDarkly] DataSource state is now INTERRUPTED (error: NETWORK_ERROR)"),
            ("INFO", "[LaunchDarkly] DataSource state is now VALID"),
            ("INFO", "[LaunchDarkly] Received patch event for flag {flag} (version {n})"),
        ],
    },
    Format {
        // An API gateway's rate limiter: keys and addresses over their limits, quotas reset,
        // connections turned away. (Written before the miner saw it.)
        name: "rate_limits",
        header: hms_header,
        events: &[
            ("-", "rate limit exceeded for api key ak_{hex} on {path}: {n} requests in 60s (limit 1000)"),
            ("-", "rate limit exceeded for ip {ip} on POST /login: {small} requests in 60s (limit 5)"),
            ("-", "quota reset for {n} keys"),
            ("-", "rejected connection from {ip}: too many concurrent connections ({small}/100)"),
        ],
    },
    Format {
        // logrus's text formatter, some of whose lines carry a request's ID and some not.
        // (Written before the miner saw it, this round.)
        name: "logrus_fields",
        header: hms_header,
        events: &[
            ("-", "time=\"{iso}\" level=info msg=\"request completed\" method={GET|POST} path={path} status={200|201|204} duration={dur}{optreqid}"),
            ("-", "time=\"{iso}\" level=error msg=\"request failed\" method={GET|POST} path={path} status={500|502|503} error=\"upstream timeout\"{optreqid}"),
            ("-", "time=\"{iso}\" level=warning msg=\"slow query\" table={table} rows={n} took={dur}{optreqid}"),
        ],
    },
    Format {
        // zap's JSON from a cache client, a shard's number in some lines of each event.
        // (Written before the miner saw it.)
        name: "zap_json_optional",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"info\",\"ts\":{epoch}.{n},\"caller\":\"cache/cache.go:88\",\"msg\":\"cache miss\",\"key\":\"user:{n2}\"{optshard}}"),
            ("-", "{\"level\":\"warn\",\"ts\":{epoch}.{n},\"caller\":\"cache/cache.go:120\",\"msg\":\"cache eviction\",\"evicted\":{small}{optshard}}"),
            ("-", "{\"level\":\"error\",\"ts\":{epoch}.{n},\"caller\":\"store/redis.go:45\",\"msg\":\"redis command failed\",\"cmd\":\"{GET|SET|DEL}\",\"error\":\"i/o timeout\"{optshard}}"),
        ],
    },
    Format {
        // A cache's own log: the keys it evicted or invalidated, one to four in a line.
        // (Written before the miner saw it.)
        name: "cache_evictions",
        header: iso_level_header,
        events: &[
            ("INFO", "evicted {cachekeys} under memory pressure ({small}0% used)"),
            ("INFO", "invalidated {cachekeys} after write to {table}"),
            ("INFO", "warmed {n} keys in {dur}"),
        ],
    },
    Format {
        // controller-runtime's structured klog lines, a reconcile's ID on some of them.
        // (Written before the miner saw it.)
        name: "klog_structured",
        header: klog_header,
        events: &[
            ("I", "\"Reconcile successful\" controller=\"{deployment|statefulset}\" namespace=\"{ns}\" name=\"{svc}\"{optreconcile}"),
            ("E", "\"Reconciler error\" err=\"Operation cannot be fulfilled on deployments.apps \\\"{svc}\\\": the object has been modified; please apply your changes to the latest version and try again\" controller=\"deployment\" namespace=\"{ns}\" name=\"{svc}\"{optreconcile}"),
            ("I", "\"Starting workers\" controller=\"{deployment|statefulset}\" worker count={small}"),
        ],
    },
    Format {
        // Go's slog with a trace's ID on the lines of traced requests only. (Written after
        // a structured record's varying last field became an optional tail, to check it.)
        name: "slog_trace",
        header: slog_header,
        events: &[
            ("INFO", "msg=\"order placed\" order_id={n} amount={float}{opttrace}"),
            ("WARN", "msg=\"payment declined\" order_id={n} reason={insufficient_funds|card_expired|do_not_honor}{opttrace}"),
            ("INFO", "msg=\"inventory reserved\" sku=SKU-{n} qty={small}{opttrace}"),
            ("ERROR", "msg=\"fraud check timed out\" order_id={n} after={dur}{opttrace}"),
        ],
    },
    Format {
        // structlog's KeyValueRenderer, a session's ID where there is one. (Written after the
        // same change, to check it.)
        name: "structlog_kv",
        header: hms_header,
        events: &[
            ("-", "event='user logged in' user_id={n} ip='{ip}'{optsession}"),
            ("-", "event='password reset requested' user_id={n}{optsession}"),
            ("-", "event='login failed' username='{user}' attempts={small}{optsession}"),
            ("-", "event='profile updated' user_id={n} fields={small}{optsession}"),
        ],
    },
    Format {
        // The kubelet pulling images: pulled, failed, backing off. (Written before the miner
        // saw it.)
        name: "image_pulls",
        header: klog_header,
        events: &[
            ("I", "\"Pulling image\" image=\"registry.example.com/{svc}:{imagetag}\" pod=\"{ns}/{pod}\""),
            ("I", "\"Successfully pulled image\" image=\"registry.example.com/{svc}:{imagetag}\" duration=\"{dur}\" size={n}"),
            ("E", "\"Failed to pull image\" err=\"rpc error: code = NotFound desc = failed to pull and unpack image \\\"registry.example.com/{svc}:{imagetag}\\\": not found\" image=\"registry.example.com/{svc}:{imagetag}\""),
            ("I", "\"Back-off pulling image\" image=\"registry.example.com/{svc}:{imagetag}\" pod=\"{ns}/{pod}\""),
        ],
    },
    Format {
        // One host's syslog as its disk fills: the kernel's, Docker's and PostgreSQL's words
        // for it. (Written before the miner saw it.)
        name: "disk_full",
        header: tag_header,
        events: &[
            ("kernel", "EXT4-fs warning (device {disk}): ext4_dx_add_entry:2516: Directory (ino: {n}) index full, reach max htree level :2"),
            ("dockerd", "time=\"{iso}\" level=error msg=\"Error writing log: write /var/lib/docker/containers/{container}/{container}-json.log: no space left on device\""),
            ("postgres", "ERROR:  could not extend file \"base/16384/{n}\": No space left on device"),
            ("postgres", "HINT:  Check free disk space."),
            ("kernel", "EXT4-fs error (device {disk}): ext4_journal_check_start:83: comm {svc}: Detected aborted journal"),
        ],
    },
    Format {
        // A client of a cluster logging the hosts it knows, one to four by name with their
        // ports. (Written after hosts before ports became a list's items, to check it.)
        name: "cluster_hosts",
        header: iso_level_header,
        events: &[
            ("INFO", "bootstrap.servers = [{hostports}]"),
            ("INFO", "Connected to cluster nodes {hostports} in {dur}"),
            ("WARN", "Lost connection to {hostports}; retrying in {small}s"),
            ("INFO", "Cluster topology changed: {small} nodes"),
        ],
    },
    Format {
        // Node.js running out of heap: V8's last garbage collections, then the fatal error
        // and the stack it prints. (Written before the miner saw it.)
        name: "node_heap_oom",
        header: hms_header,
        events: &[
            ("-", "<--- Last few GCs --->"),
            ("-", "[1:0x{hex}]   {n} ms: Mark-Compact {float} ({float2}) -> {float3} ({float4}) MB, {float5} / 0.0 ms  (average mu = 0.{n2}, current mu = 0.{n3}) allocation failure; scavenge might not succeed"),
            ("-", "[1:0x{hex}]   {n} ms: Scavenge {float} ({float2}) -> {float3} ({float4}) MB, {float5} / 0.0 ms  (average mu = 0.{n2}, current mu = 0.{n3}) allocation failure;"),
            ("-", "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"),
            ("-", " {small}: 0x{hex} node::Abort() [node]"),
        ],
    },
    Format {
        // aiohttp's client errors in an async Python service, as its logger prints them.
        // (Written before the miner saw it.)
        name: "aiohttp_errors",
        header: python_header,
        events: &[
            ("ERROR", "request to https://{svc}.internal/v1/items failed: Cannot connect to host {svc}.internal:443 ssl:default [Connection refused]"),
            ("ERROR", "request to https://{svc}.internal/v1/items failed: Server disconnected"),
            ("WARNING", "request to https://{svc}.internal/v1/items timed out after {small}s (attempt {small2} of 5)"),
            ("ERROR", "Task exception was never retrieved: future: <Task finished name='Task-{n}' coro=<poll_{svc}() done, defined at /app/worker.py:{n2}> exception=TimeoutError()>"),
        ],
    },
    Format {
        // Go's database/sql against PostgreSQL as connections run out. (Written before the
        // miner saw it.)
        name: "go_sql_errors",
        header: logrus_header,
        events: &[
            ("error", "msg=\"query failed\" query=GetOrder err=\"pq: sorry, too many clients already\""),
            ("error", "msg=\"query failed\" query=ListOrders err=\"driver: bad connection\""),
            ("error", "msg=\"ping failed\" err=\"dial tcp {ipport}: connect: connection refused\""),
            ("warning", "msg=\"pool stats\" open={small}0 in_use={small2}0 idle=0 wait_count={n} wait_duration={dur}"),
        ],
    },
    Format {
        // Rails behind Puma as requests time out: Rack::Timeout's states, the exception, a
        // worker killed. (Written before the miner saw it.)
        name: "rack_timeouts",
        header: ruby_logger_header,
        events: &[
            ("ERROR", "source=rack-timeout id={uuid} timeout=15000ms service=15000ms state=timed_out"),
            ("INFO", "source=rack-timeout id={uuid} timeout=15000ms service={n}ms state=completed"),
            ("FATAL", "Rack::Timeout::RequestTimeoutException (Request ran for longer than 15000ms ):"),
            ("WARN", "[{n}] Worker {small} (PID: {n2}) terminating: timeout"),
        ],
    },
    Format {
        // A service's log of the bodies Envoy answered its calls with: upstream connect
        // errors with their reasons, overflow, no healthy upstream. (Written before the miner
        // saw it.)
        name: "envoy_replies",
        header: iso_level_header,
        events: &[
            ("WARN", "call to {svc} failed: 503 upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111"),
            ("WARN", "call to {svc} failed: 503 upstream connect error or disconnect/reset before headers. reset reason: overflow"),
            ("WARN", "call to {svc} failed: 503 no healthy upstream"),
            ("WARN", "call to {svc} failed: 504 upstream request timeout"),
        ],
    },
    Format {
        // A Django app's unhandled exceptions as its logger writes the last line of each:
        // a key missing, a value that is no number, an attribute of None. (Written before
        // the miner saw it.)
        name: "python_exceptions",
        header: python_header,
        events: &[
            ("ERROR", "Internal Server Error: /api/v1/orders/{n}/ KeyError: 'customer_id'"),
            ("ERROR", "Internal Server Error: /api/v1/users/{n}/ ValueError: invalid literal for int() with base 10: '{hex}'"),
            ("ERROR", "Internal Server Error: /api/v1/cart/ AttributeError: 'NoneType' object has no attribute 'items'"),
            ("WARNING", "Not Found: /api/v1/orders/{n}/"),
        ],
    },
    Format {
        // An identity provider's sign-in log during a password-spraying attempt: failures by
        // user and address, lockouts, MFA challenges. (Written before the miner saw it.)
        name: "signin_spray",
        header: iso_level_header,
        events: &[
            ("WARN", "sign-in failed for {email} from {ip}: invalid password (failures in last 10m: {small})"),
            ("WARN", "account {email} locked after {small} failed attempts, unlocks at {iso}"),
            ("INFO", "MFA challenge sent to {email} via {sms|push|totp}"),
            ("INFO", "sign-in succeeded for {email} from {ip} (mfa={sms|push|totp})"),
            ("ERROR", "blocked {ip}: {n} failed sign-ins across {small} accounts in 5m"),
        ],
    },
    Format {
        // A model server's request log: batches, queue time, a GPU out of memory, a model
        // reloaded. (Written before the miner saw it.)
        name: "model_server",
        header: python_header,
        events: &[
            ("INFO", "batch of {small} requests for model {recs-v3|ranker-v7} served in {float} ms (queue {float2} ms)"),
            ("ERROR", "inference failed for model {recs-v3|ranker-v7}: CUDA out of memory. Tried to allocate {float} GiB (GPU 0; {small} GiB total capacity; {float2} GiB already allocated)"),
            ("INFO", "loaded model {recs-v3|ranker-v7} version {n} in {float} s"),
            ("WARNING", "request {uuid} rejected: queue full ({n} pending)"),
        ],
    },
    Format {
        // A CDN's edge log as text: a cache's hit or miss for a path, an origin that timed
        // out, a purge. (Written before the miner saw it.)
        name: "cdn_edge",
        header: hms_header,
        events: &[
            ("-", "edge={FRA|IAD|SIN|GRU} cache={HIT|MISS|EXPIRED} status=200 path={path} bytes={n} ttfb_ms={small}"),
            ("-", "edge={FRA|IAD|SIN|GRU} origin timeout after {n}ms fetching {path} from origin-{small}.example.com"),
            ("-", "purge {uuid} completed: {n} objects in {float}s"),
            ("-", "edge={FRA|IAD|SIN|GRU} status=503 path={path} error=origin_unreachable"),
        ],
    },
    Format {
        // A data pipeline's batch job: partitions read, rows written, a schema mismatch,
        // a retry of a task. (Written before the miner saw it.)
        name: "batch_pipeline",
        header: iso_level_header,
        events: &[
            ("INFO", "read partition dt=2026-11-{day}/hour={small} of {table}: {n} rows in {dur}"),
            ("INFO", "wrote {n} rows to warehouse.{table} ({n2} bytes)"),
            ("ERROR", "schema mismatch in {table}: column amount expected DECIMAL(18,2) got STRING"),
            ("WARN", "task {small} of stage {small2} failed (attempt {small3}/4): java.io.IOException: Connection reset by peer"),
        ],
    },
    Format {
        // The kernel as a network link flaps: a NIC's link down and up, a bond's slave
        // disabled and enabled again. (Written before the miner saw it.)
        name: "nic_flaps",
        header: kernel_header,
        events: &[
            ("-", "ixgbe 0000:{pcibus}:00.0 {eth0|eth1}: NIC Link is Down"),
            ("-", "ixgbe 0000:{pcibus}:00.0 {eth0|eth1}: NIC Link is Up 10 Gbps, Flow Control: RX/TX"),
            ("-", "bond0: (slave {eth0|eth1}): link status definitely down, disabling slave"),
            ("-", "bond0: (slave {eth0|eth1}): link status definitely up, 10000 Mbps full duplex"),
            ("-", "bond0: (slave {eth0|eth1}): making interface the new active one"),
        ],
    },
    Format {
        // The kernel as a disk fails: I/O errors by sector, buffers it could not read, the
        // SCSI layer's failed commands. (Written before the miner saw it.)
        name: "disk_io_errors",
        header: kernel_header,
        events: &[
            ("-", "blk_update_request: I/O error, dev {disk}, sector {n} op 0x0:(READ) flags 0x0 phys_seg {small} prio class 0"),
            ("-", "Buffer I/O error on dev {disk}1, logical block {n}, async page read"),
            ("-", "sd 2:0:0:0: [{disk}] tag#{small} FAILED Result: hostbyte=DID_OK driverbyte=DRIVER_SENSE cmd_age={small2}s"),
            ("-", "sd 2:0:0:0: [{disk}] tag#{small} Sense Key : Medium Error [current]"),
            ("-", "EXT4-fs error (device {disk}1): __ext4_find_entry:1536: inode #{n}: comm {svc}: reading directory lblock 0"),
        ],
    },
    Format {
        // A service's errors as Redis runs out of memory, and its client reconnecting.
        // (Written before the miner saw it.)
        name: "redis_oom_app",
        header: iso_level_header,
        events: &[
            ("ERROR", "cache write failed for key session:{hex}: OOM command not allowed when used memory > 'maxmemory'."),
            ("WARN", "redis client reconnecting to {ipport} (attempt {small})"),
            ("INFO", "redis client connected to {ipport}"),
            ("ERROR", "cache read failed for key session:{hex}: connection closed"),
        ],
    },
    Format {
        // A WebSocket server's connections: clients connecting, closing with a code, timing
        // out on pings. (Written before the miner saw it.)
        name: "websocket_server",
        header: iso_level_header,
        events: &[
            ("INFO", "ws client {uuid} connected from {ip} (subprotocol {graphql-ws|graphql-transport-ws})"),
            ("INFO", "ws client {uuid} disconnected (code {1000|1001|1006}, reason: \"\") after {dur}"),
            ("WARN", "ws client {uuid} ping timeout after 30s, closing"),
            ("INFO", "{n} ws clients connected"),
        ],
    },
    Format {
        // A feature's canary analysis as a deploy tool logs it: metrics compared with the
        // baseline's, a verdict, a rollback. (Written before the miner saw it.)
        name: "canary_analysis",
        header: iso_level_header,
        events: &[
            ("INFO", "canary {svc}-canary step {small}/10: error rate {float}% (baseline {float2}%), p99 latency {n}ms (baseline {n2}ms)"),
            ("WARN", "canary {svc}-canary step {small}/10: error rate {float}% exceeds threshold 1.0%, failed checks {small2}/5"),
            ("ERROR", "canary {svc}-canary failed analysis, rolling back to revision {n}"),
            ("INFO", "canary {svc}-canary promoted to 100% after {small} steps"),
        ],
    },
    Format {
        // An SMTP relay's deliveries as a provider defers and bounces mail: queued, sent,
        // deferred with the remote's reply, bounced. (Written before the miner saw it.)
        name: "smtp_relay",
        header: tag_header,
        events: &[
            ("relay", "{hex}: to=<{email}>, relay=mx{small}.example.net[{ip}]:25, delay={float}, status=sent (250 2.0.0 OK)"),
            ("relay", "{hex}: to=<{email}>, relay=mx{small}.example.net[{ip}]:25, delay={float}, status=deferred (421 4.7.0 Try again later)"),
            ("relay", "{hex}: to=<{email}>, relay=none, delay={float}, status=bounced (Host or domain name not found. Name service error for name=example.invalid type=MX)"),
            ("relay", "{hex}: removed"),
        ],
    },
    Format {
        // An HTTP load generator's summary lines as a test runs: requests per second,
        // latency percentiles, errors by kind. (Written before the miner saw it.)
        name: "load_generator",
        header: hms_header,
        events: &[
            ("-", "[{small}m{small2}s] {n} requests, {n2} req/s, p50={float}ms p95={float2}ms p99={float3}ms"),
            ("-", "[{small}m{small2}s] errors: {n} timeouts, {n2} connection resets, {n3} non-2xx"),
            ("-", "ramping up to {n} virtual users over {small}m"),
        ],
    },
    Format {
        // A job queue's dead letters: a job retried, given up on, moved to the dead set.
        // (Written before the miner saw it.)
        name: "job_dead_letters",
        header: iso_level_header,
        events: &[
            ("WARN", "job {uuid} ({SendInvoiceEmail|SyncInventory|ChargeCard}) failed, retry {small} of 25 in {n}s: Net::ReadTimeout"),
            ("ERROR", "job {uuid} ({SendInvoiceEmail|SyncInventory|ChargeCard}) moved to dead set after 25 retries"),
            ("INFO", "job {uuid} ({SendInvoiceEmail|SyncInventory|ChargeCard}) done in {dur}"),
        ],
    },
    Format {
        // The OpenTelemetry Collector's own log (zap's console encoding: tabs between its
        // fields, the context as a JSON object last) as its exports fail and its memory
        // limiter refuses data. (Written before the miner saw it.)
        name: "otelcol",
        header: zap_console_header,
        events: &[
            ("error", "Exporting failed. Dropping data.\t{\"kind\": \"exporter\", \"data_type\": \"{traces|metrics|logs}\", \"name\": \"otlp/{svc}\", \"error\": \"not retryable error: Permanent error: rpc error: code = ResourceExhausted desc = grpc: received message larger than max ({n} vs. 4194304)\", \"dropped_items\": {n2}}"),
            ("info", "Exporting failed. Will retry the request after interval.\t{\"kind\": \"exporter\", \"data_type\": \"{traces|metrics|logs}\", \"name\": \"otlp/{svc}\", \"error\": \"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp {ip}:4317: connect: connection refused\\\"\", \"interval\": \"{float}s\"}"),
            ("error", "Sender failed\t{\"kind\": \"exporter\", \"data_type\": \"{traces|metrics|logs}\", \"name\": \"otlp/{svc}\", \"error\": \"sending queue is full\"}"),
            ("warn", "Memory usage is above soft limit. Refusing data.\t{\"kind\": \"processor\", \"name\": \"memory_limiter\", \"pipeline\": \"{traces|metrics|logs}\", \"cur_mem_mib\": {n}}"),
            ("info", "Memory usage back within limits. Resuming normal operation.\t{\"kind\": \"processor\", \"name\": \"memory_limiter\", \"pipeline\": \"{traces|metrics|logs}\", \"cur_mem_mib\": {n}}"),
        ],
    },
    Format {
        // The kernel's hung-task and lockup detectors as a host stalls. (Written before the
        // miner saw it.)
        name: "kernel_stalls",
        header: kernel_header,
        events: &[
            ("k", "INFO: task {comm}:{n} blocked for more than {120|240|480} seconds."),
            ("k", "\"echo 0 > /proc/sys/kernel/hung_task_timeout_secs\" disables this message."),
            ("k", "watchdog: BUG: soft lockup - CPU#{small} stuck for {small2}s! [{comm}:{n}]"),
            ("k", "rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:"),
            ("k", "NMI watchdog: Watchdog detected hard LOCKUP on cpu {small}"),
        ],
    },
    Format {
        // LitmusChaos' experiment runner (logrus' text) as it kills pods and its probes
        // judge the service. (Written before the miner saw it.)
        name: "litmus",
        header: logrus_header,
        events: &[
            ("info", "msg=\"[Chaos]: Killing the {pod-delete|container-kill|pod-cpu-hog} target\" pod={pod} namespace={ns}"),
            ("info", "msg=\"[Wait]: Wait for the chaos duration of {small}0s\""),
            ("info", "msg=\"[Status]: Checking the status of the application pods\" app={svc}"),
            ("error", "msg=\"[Probe]: {svc}-health-check probe has been Failed\" verdict=Fail"),
            ("info", "msg=\"[The End]: Updating the chaos result of {svc}-chaos experiment (EOT)\""),
        ],
    },
    Format {
        // Spinnaker's orchestrator running release pipelines. (Written before the miner saw
        // it.)
        name: "spinnaker",
        header: spring_header,
        events: &[
            ("INFO", "Stage {deploy|bake|manualJudgment|runJob} for pipeline {svc}-release (execution {ulid}) completed with status {SUCCEEDED|TERMINAL|CANCELED}"),
            ("WARN", "Task {ulid} of execution {ulid2} timed out after {small}m, retrying"),
            ("ERROR", "Failed to resolve artifact docker.io/acme/{svc}:{semver} for execution {ulid}"),
            ("INFO", "Pipeline {svc}-release triggered by {user} via {git|docker|cron|manual}"),
        ],
    },
    Format {
        // LevelDB's own LOG file as it flushes and compacts: tables by number, levels after
        // `@`, the files per level as a list. (Written before the miner saw it.)
        name: "leveldb",
        header: leveldb_header,
        events: &[
            ("l", "Recovering log #{n}"),
            ("l", "Level-0 table #{n}: started"),
            ("l", "Level-0 table #{n}: {n2} bytes OK"),
            ("l", "Delete type={0|2|3} #{n}"),
            ("l", "Compacting {small}@0 + {small2}@1 files"),
            ("l", "Generated table #{n}@{small}: {n2} keys, {n3} bytes"),
            ("l", "Compacted {small}@0 + {small2}@1 files => {n} bytes"),
            ("l", "compacted to: files[ {small} {small2} {small3} 0 0 0 0 ]"),
        ],
    },
    Format {
        // mdadm's monitor as an array degrades and rebuilds. (Written before the miner saw
        // it; then the first event was written as two, but mdadm prints every event's name
        // through one `%s event detected on md device %s`.)
        name: "mdadm",
        header: journal_header,
        events: &[
            ("mdadm", "{DegradedArray|SparesMissing|TestMessage|Rebuild20|Rebuild40|Rebuild80} event detected on md device /dev/md{small}"),
            ("mdadm", "Fail event detected on md device /dev/md{small}, component device /dev/{disk}1"),
            ("mdadm", "RebuildFinished event detected on md device /dev/md{small}, component device  mismatches found: {n} (on raid level {1|5|10})"),
        ],
    },
    Format {
        // The kernel's md driver as a RAID member fails and the array recovers. (Written
        // before the miner saw it.)
        name: "md_raid",
        header: kernel_header,
        events: &[
            ("k", "md/raid{1|10}:md{small}: Disk failure on {disk}1, disabling device."),
            ("k", "md/raid{1|10}:md{small}: Operation continuing on {small2} devices."),
            ("k", "md: recovery of RAID array md{small}"),
            ("k", "md: md{small}: recovery done."),
            ("k", "md: delaying recovery of md{small} until md{small2} has finished (they share one or more physical units)"),
        ],
    },
    Format {
        // FreeBSD's ipfw firewall logging its rules' verdicts through the kernel. (Written
        // before the miner saw it.)
        name: "ipfw",
        header: tag_header,
        events: &[
            ("kernel", "ipfw: {100|200|65000} Deny TCP {ipport} {ip}:{22|23|3389} in via {em0|em1|igb0}"),
            ("kernel", "ipfw: {300|400} Accept UDP {ip}:53 {ipport} out via {em0|em1|igb0}"),
            ("kernel", "ipfw: 500 Deny ICMP:8.0 {ip} {ip2} in via {em0|em1|igb0}"),
            ("kernel", "ipfw: limit {small}0 reached on entry {n}"),
            ("kernel", "ipfw: Entry {n} logging count reset"),
        ],
    },
    Format {
        // rpm-ostree's daemon serving its clients' transactions on an image-based host.
        // (Written before the miner saw it.)
        name: "rpm_ostree",
        header: journal_header,
        events: &[
            ("rpm-ostree", "client(id:cli dbus:1.{n} unit:session-{small}.scope uid:0) added; new total={small2}"),
            ("rpm-ostree", "client(id:cli dbus:1.{n} unit:session-{small}.scope uid:0) vanished; remaining={small2}"),
            ("rpm-ostree", "Locked sysroot"),
            ("rpm-ostree", "Unlocked sysroot"),
            ("rpm-ostree", "Initiated txn {Upgrade|Deploy|Cleanup|RefreshMd} for client(id:cli dbus:1.{n} unit:session-{small}.scope uid:0): /org/projectatomic/rpmostree1/fedora_coreos"),
            ("rpm-ostree", "Txn {Upgrade|Deploy|Cleanup|RefreshMd} on /org/projectatomic/rpmostree1/fedora_coreos successful"),
            ("rpm-ostree", "Process [pid: {n} uid: 0 unit: session-{small}.scope] connected to transaction progress"),
            ("rpm-ostree", "In idle state; will auto-exit in {small}{small2} seconds"),
        ],
    },
    Format {
        // TimescaleDB's background jobs in PostgreSQL's log: continuous aggregates refreshed,
        // compression policies run and failing. (Written before the miner saw it.)
        name: "timescaledb_jobs",
        header: postgres_header,
        events: &[
            ("pg", "LOG:  job {n} (Refresh Continuous Aggregate Policy [{n}]) exiting with success: execution time {float} ms"),
            ("pg", "LOG:  refreshing continuous aggregate \"{table}_hourly\" in window [ {iso}, {iso2} ]"),
            ("pg", "ERROR:  job {n} (Compression Policy [{n}]) failed: chunk \"_hyper_{small}_{n2}_chunk\" is already compressed"),
            ("pg", "LOG:  TimescaleDB background worker launcher connected to shared catalogs"),
            ("pg", "LOG:  job {n} (Retention Policy [{n}]) dropped {small} chunks older than {small2} days"),
        ],
    },
    Format {
        // DPDK's environment layer and a port as an application starts on a host's NICs.
        // (Written before the miner saw it.)
        name: "dpdk",
        header: hms_header,
        events: &[
            ("-", "EAL: Detected CPU lcores: {small}{small2}"),
            ("-", "EAL: Probe PCI driver: net_{mlx5|ixgbe|i40e} ({8086|15b3}:{1572|1017|10fb}) device: 0000:{pcibus}:00.{0|1} (socket {0|1})"),
            ("-", "EAL: Requested device 0000:{pcibus}:00.{0|1} cannot be used"),
            ("-", "EAL: No free 2048 kB hugepages reported on node {0|1}"),
            ("-", "Port {small}: link state change event"),
            ("-", "Port {small} Link up at {10|25|100} Gbps FDX Autoneg"),
        ],
    },
    Format {
        // dhcpcd leasing addresses on a host's interfaces. (Written before the miner saw it.)
        name: "dhcpcd",
        header: journal_header,
        events: &[
            ("dhcpcd", "{eth0|wlan0|enp3s0}: soliciting a DHCP lease"),
            ("dhcpcd", "{eth0|wlan0|enp3s0}: offered {ip} from {ip2}"),
            ("dhcpcd", "{eth0|wlan0|enp3s0}: leased {ip} for {n} seconds"),
            ("dhcpcd", "{eth0|wlan0|enp3s0}: adding default route via {ip}"),
            ("dhcpcd", "{eth0|wlan0|enp3s0}: carrier lost"),
            ("dhcpcd", "{eth0|wlan0|enp3s0}: rebinding lease of {ip}"),
        ],
    },
    Format {
        // The kernel's megaraid_sas driver passing on its controller's events as drives fail
        // and rebuild. (Written before the miner saw it.)
        name: "megaraid_sas",
        header: kernel_header,
        events: &[
            ("k", "megaraid_sas 0000:{pcibus}:00.0: {n} ({n2}s/0x0002/CRIT) - VD 0{small}/{small} is now DEGRADED"),
            ("k", "megaraid_sas 0000:{pcibus}:00.0: {n} ({n2}s/0x0004/WARN) - Predictive failure: PD {small}{small2}(e0x20/s{small})"),
            ("k", "megaraid_sas 0000:{pcibus}:00.0: {n} ({n2}s/0x0002/INFO) - Rebuild complete on PD {small}{small2}(e0x20/s{small})"),
            ("k", "megaraid_sas 0000:{pcibus}:00.0: FW provided supportMaxExtLDs: 1 max_lds: 64"),
            ("k", "megaraid_sas 0000:{pcibus}:00.0: scanning for scsi{small}..."),
        ],
    },
    Format {
        // kdump's service arming the crash kernel and saving a crashed kernel's memory.
        // (Written before the miner saw it.)
        name: "kdump",
        header: journal_header,
        events: &[
            ("kdumpctl", "kexec: loaded kdump kernel"),
            ("kdumpctl", "Starting kdump: [OK]"),
            ("kdumpctl", "No memory reserved for crash kernel"),
            ("kdumpctl", "kdump: saving to /var/crash/{ip}-2026-11-{small}{small2}-0{small3}:1{small}:2{small2}/"),
            ("kdumpctl", "kdump: saving vmcore complete"),
            ("kdumpctl", "Detected change(s) in the following file(s):  /etc/kdump.conf"),
        ],
    },
    Format {
        // acpid handling power buttons and lids and its clients. (Written before the miner
        // saw it.)
        name: "acpid",
        header: journal_header,
        events: &[
            ("acpid", "starting up with netlink and the input layer"),
            ("acpid", "{small}{small2} rules loaded"),
            ("acpid", "client connected from {n}[{n2}:{n2}]"),
            ("acpid", "client {n}[{n2}:{n2}] has disconnected"),
            ("acpid", "input device has been disconnected, fd {small}"),
            ("acpid", "received input layer event \"button/{power|sleep|lid} {PBTN|SBTN|LID} 00000080 0000000{small}\""),
        ],
    },
    Format {
        // numad placing processes on NUMA nodes. (Written before the miner saw it.)
        name: "numad",
        header: numad_header,
        events: &[
            ("n", "Advising pid {n} ({comm}) move from nodes ({0-1|0|1}) to nodes ({0|1})"),
            ("n", "Including PID: {n} in cpuset: /cgroup/cpuset/numad.{n}"),
            ("n", "Changing THP scan time in /sys/kernel/mm/transparent_hugepage/khugepaged/scan_sleep_millisecs from 10000 to 1000 ms."),
            ("n", "Nodes: {small}"),
            ("n", "PID {n} moved to node(s) {0|1|0-1} in {float} seconds"),
        ],
    },
    Format {
        // Oban, an Elixir job queue, logging its jobs as JSON through Elixir's Logger.
        // (Written before the miner saw it.)
        name: "oban",
        header: phoenix_header,
        events: &[
            ("info", "{\"args\":{\"id\":{n}},\"attempt\":1,\"duration\":{n2},\"event\":\"job:stop\",\"id\":{n3},\"max_attempts\":20,\"meta\":{},\"queue\":\"{default|mailers|events}\",\"queue_time\":{n4},\"source\":\"oban\",\"state\":\"success\",\"tags\":[],\"worker\":\"MyApp.Workers.{Mailer|Sync|Billing}\"}"),
            ("error", "{\"args\":{\"id\":{n}},\"attempt\":{small},\"duration\":{n2},\"error\":\"** (RuntimeError) upstream returned {500|502|503}\",\"event\":\"job:exception\",\"id\":{n3},\"kind\":\"error\",\"max_attempts\":20,\"meta\":{},\"queue\":\"{default|mailers|events}\",\"queue_time\":{n4},\"source\":\"oban\",\"state\":\"failure\",\"tags\":[],\"worker\":\"MyApp.Workers.{Mailer|Sync|Billing}\"}"),
            ("info", "{\"event\":\"stager:switch\",\"message\":\"job staging switched to local mode. local mode polls for jobs for every queue; restore global mode with a functional notifier\",\"mode\":\"local\",\"source\":\"oban\"}"),
            ("warning", "{\"error\":\"** (DBConnection.ConnectionError) connection not available and request was dropped from queue after {n}ms\",\"event\":\"plugin:exception\",\"plugin\":\"Oban.Plugins.{Pruner|Cron|Lifeline}\",\"source\":\"oban\"}"),
        ],
    },
    Format {
        // GNOME's display manager and its PAM conversations as users log in. (Written before
        // the miner saw it.)
        name: "gdm",
        header: journal_header,
        events: &[
            ("gdm-password]", "pam_unix(gdm-password:session): session opened for user {user}(uid={n}) by (uid=0)"),
            ("gdm-password]", "gkr-pam: unlocked login keyring"),
            ("gdm-password]", "pam_unix(gdm-password:auth): authentication failure; logname= uid=0 euid=0 tty=/dev/tty1 ruser= rhost=  user={user}"),
            ("gdm", "Gdm: GdmDisplay: Session never registered, failing"),
            ("gdm", "Gdm: Child process -{n} was already dead."),
            ("gdm", "Gdm: on_display_added: assertion 'GDM_IS_REMOTE_DISPLAY (display)' failed"),
        ],
    },
    Format {
        // Bareos' director, storage and file daemons reporting backup jobs. (Written before
        // the miner saw it.)
        name: "bareos",
        header: bareos_header,
        events: &[
            ("bareos-dir", "{n}: Start Backup JobId {n}, Job={svc}-fd.2026-11-{small}{small2}_0{small3}.1{small}.2{small2}_{small3}"),
            ("bareos-dir", "{n}: Using Device \"FileStorage\" to write."),
            ("bareos-sd", "{n}: Volume \"Full-{n2}\" previously written, moving to end of data."),
            ("bareos-fd", "{n}: Warning: stat /home/{user}/.cache/{svc}: ERR=Permission denied"),
            ("bareos-dir", "{n}: Fatal error: No Job status returned from FD."),
            ("bareos-sd", "{n}: Elapsed time=00:0{small}:{small2}{small3}, Transfer rate={float} M Bytes/second"),
        ],
    },
    Format {
        // rpcbind logging its callers (`-l`). (Written before the miner saw it; then its
        // first event was written as three, but rpcbind prints every call through one
        // `connect from %s to %s(%s)%s`.)
        name: "rpcbind",
        header: journal_header,
        events: &[
            ("rpcbind", "connect from {ip} to {getport/addr(mountd)|getport/addr(nfs)|getport/addr(status)|dump()|set(nlockmgr)}"),
            ("rpcbind", "cannot get uid of '': Success"),
        ],
    },
    Format {
        // colord, the colour daemon, as monitors come and go. (Written before the miner saw
        // it.)
        name: "colord",
        header: journal_header,
        events: &[
            ("colord", "Device added: xrandr-{Dell Inc.-DELL U2720Q|Samsung Electric Company-LC27G5xT|LG Electronics-LG HDR 4K}-{hex}"),
            ("colord", "Device removed: xrandr-{Dell Inc.-DELL U2720Q|Samsung Electric Company-LC27G5xT|LG Electronics-LG HDR 4K}-{hex}"),
            ("colord", "Profile added: icc-{hex}{hex2}"),
            ("colord", "failed to get session [pid {n}]: No data available"),
        ],
    },
    Format {
        // gssproxy serving Kerberos credentials to NFS and web servers. (Written before the
        // miner saw it.)
        name: "gssproxy",
        header: journal_header,
        events: &[
            ("gssproxy", "Client [2026/11/{small}{small2} 0{small3}:1{small}:2{small2}]: (/usr/sbin/{rpc.gssd|httpd|nfsd}) connected (fd = {small}{small2}) (pid = {n}) (uid = {0|48}) (gid = {0|48}) (context = system_u:system_r:{gssd_t|httpd_t}:s0)"),
            ("gssproxy", "(OID: { 1 2 840 113554 1 2 2 }) Unspecified GSS failure.  Minor code may provide more information, No Kerberos credentials available (default cache: KCM:{n})"),
            ("gssproxy", "Failed to read client request: Connection reset by peer"),
        ],
    },
    Format {
        // Moonraker, Klipper's API server, as a printer's web interface connects and prints.
        // (Written before the miner saw it.)
        name: "moonraker",
        header: moonraker_header,
        events: &[
            ("klippy_connection.py:_do_connect", "Klippy Connection Established"),
            ("klippy_connection.py:_do_connect", "Unable to connect to Klippy: [Errno 111] Connection refused"),
            ("websockets.py:open", "Websocket Opened: ID: {n}, Proxied: False, User Agent: Mozilla/5.0 (X11; Linux x86_64), Host Name: {ip}"),
            ("websockets.py:on_close", "Websocket Closed: ID: {n} Close Code: {1000|1001|1006}, Close Reason: None, Pong Time Elapsed: {float}"),
            ("job_queue.py:_handle_job_request", "Job Loaded: {benchy|calibration_cube|phone_stand}_{small}h{small2}m.gcode"),
        ],
    },
    Format {
        // Sysmon for Linux writing its events as XML to syslog: a process started, a
        // connection made, a process ended. (Written before the miner saw it.)
        name: "sysmon_linux",
        header: journal_header,
        events: &[
            ("sysmon", "<Event><System><Provider Name=\"Linux-Sysmon\" Guid=\"{ff032593-a8d3-4f13-b0d6-01fc615a0f97}\"/><EventID>1</EventID><Version>5</Version><Level>4</Level><Task>1</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime=\"{iso}\"/><EventRecordID>{n}</EventRecordID><Correlation/><Execution ProcessID=\"{n2}\" ThreadID=\"{n2}\"/><Channel>Linux-Sysmon/Operational</Channel><Computer>{host}</Computer><Security UserId=\"0\"/></System><EventData><Data Name=\"RuleName\">-</Data><Data Name=\"ProcessId\">{n3}</Data><Data Name=\"Image\">/usr/bin/{curl|bash|python3}</Data><Data Name=\"CommandLine\">{curl -s https://example.com|bash -c id|python3 /opt/app/run.py}</Data><Data Name=\"User\">{user}</Data></EventData></Event>"),
            ("sysmon", "<Event><System><Provider Name=\"Linux-Sysmon\" Guid=\"{ff032593-a8d3-4f13-b0d6-01fc615a0f97}\"/><EventID>3</EventID><Version>5</Version><Level>4</Level><Task>3</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime=\"{iso}\"/><EventRecordID>{n}</EventRecordID><Correlation/><Execution ProcessID=\"{n2}\" ThreadID=\"{n2}\"/><Channel>Linux-Sysmon/Operational</Channel><Computer>{host}</Computer><Security UserId=\"0\"/></System><EventData><Data Name=\"RuleName\">-</Data><Data Name=\"ProcessId\">{n3}</Data><Data Name=\"Image\">/usr/bin/{curl|bash|python3}</Data><Data Name=\"Protocol\">tcp</Data><Data Name=\"SourceIp\">{ip}</Data><Data Name=\"SourcePort\">{port}</Data><Data Name=\"DestinationIp\">{ip2}</Data><Data Name=\"DestinationPort\">{443|80|5432}</Data></EventData></Event>"),
            ("sysmon", "<Event><System><Provider Name=\"Linux-Sysmon\" Guid=\"{ff032593-a8d3-4f13-b0d6-01fc615a0f97}\"/><EventID>5</EventID><Version>3</Version><Level>4</Level><Task>5</Task><Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime=\"{iso}\"/><EventRecordID>{n}</EventRecordID><Correlation/><Execution ProcessID=\"{n2}\" ThreadID=\"{n2}\"/><Channel>Linux-Sysmon/Operational</Channel><Computer>{host}</Computer><Security UserId=\"0\"/></System><EventData><Data Name=\"RuleName\">-</Data><Data Name=\"ProcessId\">{n3}</Data><Data Name=\"Image\">/usr/bin/{curl|bash|python3}</Data><Data Name=\"User\">{user}</Data></EventData></Event>"),
        ],
    },
    Format {
        // Cilium Tetragon's process events as JSON: an exec, an exit, a kprobe on a file
        // being opened. (Written before the miner saw it.)
        name: "tetragon",
        header: hms_header,
        events: &[
            ("-", "{\"process_exec\":{\"process\":{\"exec_id\":\"{b64id}\",\"pid\":{n},\"uid\":0,\"cwd\":\"/\",\"binary\":\"/usr/bin/{curl|sh|nginx}\",\"arguments\":\"{-s https://example.com|-c id|-g daemon off;}\",\"flags\":\"execve clone\",\"start_time\":\"{iso}\",\"auid\":4294967295,\"pod\":{\"namespace\":\"{ns}\",\"name\":\"{pod}\"},\"parent_exec_id\":\"{b64id}\"}},\"node_name\":\"node{small}\",\"time\":\"{iso}\"}"),
            ("-", "{\"process_exit\":{\"process\":{\"exec_id\":\"{b64id}\",\"pid\":{n},\"uid\":0,\"binary\":\"/usr/bin/{curl|sh|nginx}\",\"pod\":{\"namespace\":\"{ns}\",\"name\":\"{pod}\"}},\"signal\":\"{SIGKILL|SIGTERM}\",\"time\":\"{iso}\"},\"node_name\":\"node{small}\",\"time\":\"{iso}\"}"),
            ("-", "{\"process_kprobe\":{\"process\":{\"exec_id\":\"{b64id}\",\"pid\":{n},\"uid\":0,\"binary\":\"/usr/bin/{curl|sh|nginx}\",\"pod\":{\"namespace\":\"{ns}\",\"name\":\"{pod}\"}},\"function_name\":\"security_file_permission\",\"args\":[{\"file_arg\":{\"path\":\"/etc/{passwd|shadow|hosts}\"}},{\"int_arg\":{4|2}}],\"action\":\"KPROBE_ACTION_POST\"},\"node_name\":\"node{small}\",\"time\":\"{iso}\"}"),
        ],
    },
    Format {
        // sslh, the protocol demultiplexer on port 443, as it hands connections on. (Written
        // before the miner saw it.)
        name: "sslh",
        header: journal_header,
        events: &[
            ("sslh", "{ssh|tls|openvpn|http}:connection from {ipport} to {ipport2} forwarded from 127.0.0.1:{port} to 127.0.0.1:{22|8443|1194|8080}"),
            ("sslh", "forward to {ssh|tls|openvpn} failed:connect: Connection refused"),
            ("sslh", "client socket closed"),
            ("sslh", "{ipport}: timed out: no protocol recognised"),
        ],
    },
    Format {
        // monerod syncing the chain and taking transactions into its pool. (Written before
        // the miner saw it.)
        name: "monerod",
        header: monero_header,
        events: &[
            ("I", "Synced {n}/{n2} ({small}{small2}%, {n3} left)"),
            ("I", "SYNCHRONIZATION started"),
            ("I", "[{ipport} OUT] Sync data returned a new top block candidate: {n} -> {n2} [Your node is {n3} blocks ({small} days) behind]"),
            ("I", "Transaction added to pool: txid <{hex}{hex2}{hex3}{hex4}> weight: {n} fee/byte: {float}"),
            ("W", "[{ipport} INC] Sync data returned a new top block candidate with lower difficulty"),
            ("W", "Failed to connect to {ipport}"),
        ],
    },
    Format {
        // Open Source Tripwire's check reported to syslog. (Written before the miner saw it.)
        name: "tripwire",
        header: journal_header,
        events: &[
            ("tripwire", "Integrity Check Complete: TWReport {node1|db2|web3} 2026112{small}0{small2}3000 V:{small} S:{small}{small2} A:{small} R:{small} C:{small} L:0 M:0 H:0"),
            ("tripwire", "### Warning: File system error. ### Filename: /proc/{n}/fd ### No such file or directory"),
            ("tripwire", "Database update complete."),
        ],
    },
    Format {
        // OpenSCAP's `oscap xccdf eval` on a terminal: each rule's title, its ID and its
        // result, one line each. (Written before the miner saw it.)
        name: "oscap",
        header: hms_header,
        events: &[
            ("-", "Title\t{Ensure /tmp Located On Separate Partition|Disable SSH Root Login|Set Password Minimum Length|Enable auditd Service|Verify Permissions on /etc/shadow}"),
            ("-", "Rule\txccdf_org.ssgproject.content_rule_{partition_for_tmp|sshd_disable_root_login|accounts_password_minlen|service_auditd_enabled|file_permissions_etc_shadow}"),
            ("-", "Ident\tCCE-{n}-{small}"),
            ("-", "Result\t{pass|fail|notapplicable|notchecked}"),
        ],
    },
    Format {
        // TORQUE's pbs_mom on a compute node: jobs started and ended, and requests it
        // turns away. (Written before the miner saw it.)
        name: "torque_mom",
        header: hms_header,
        events: &[
            ("-", "{mdy} {hms};0008;pbs_mom.{n};Job;{n2}.headnode;Started, pid = {n3}"),
            ("-", "{mdy} {hms};0080;pbs_mom.{n};Job;{n2}.headnode;task {small} terminated"),
            ("-", "{mdy} {hms};0008;pbs_mom.{n};Job;{n2}.headnode;kill_job"),
            ("-", "{mdy} {hms};0002;pbs_mom.{n};Svr;pbs_mom;Is up"),
            ("-", "{mdy} {hms};0080;pbs_mom.{n};Req;req_reject;Reject reply code=15001(Unknown Job Id MSG=job does not exist), aux=0, type=StatusJob, from PBS_Server@headnode"),
        ],
    },
    Format {
        // Amanda's log of a night's backup run: the planner starting, dumps and tape
        // writes done, an estimate that failed. (Written before the miner saw it.)
        name: "amanda",
        header: hms_header,
        events: &[
            ("-", "START planner date 2026112{small}0{small2}0001"),
            ("-", "SUCCESS dumper {node1|db2|web3} {/etc|/home|/var/lib/mysql} 2026112{small}0{small2}0001 {0|1} [sec {float} kb {n} kps {float2} orig-kb {n2}]"),
            ("-", "SUCCESS taper {node1|db2|web3} {/etc|/home|/var/lib/mysql} 2026112{small}0{small2}0001 {0|1} [sec {float} kb {n} kps {float2}]"),
            ("-", "FAIL planner {node1|db2|web3} {/etc|/home|/var/lib/mysql} 2026112{small}0{small2}0001 0 [disk {/etc|/home|/var/lib/mysql}, all estimate timed out]"),
            ("-", "INFO taper tape DailySet1-{small}{small2} kb {n} fm {small} [OK]"),
        ],
    },
    Format {
        // unison.log: a sync's files copied and its conflicts skipped. (Written before the
        // miner saw it.)
        name: "unison",
        header: hms_header,
        events: &[
            ("-", "UNISON 2.53.3 (OCAML 4.14.1) started propagating changes at {hms}.{small}{small2} on {day} Nov 2026"),
            ("-", "[BGN] Copying {docs/report.odt|photos/2026/IMG_{n}.jpg|src/main.rs} from /home/{user}/sync to //{node1|nas}//srv/sync"),
            ("-", "[END] Copying {docs/report.odt|photos/2026/IMG_{n}.jpg|src/main.rs}"),
            ("-", "[CONFLICT] Skipping {docs/report.odt|photos/2026/IMG_{n}.jpg|src/main.rs}"),
            ("-", "UNISON 2.53.3 (OCAML 4.14.1) finished propagating changes at {hms}.{small}{small2} on {day} Nov 2026"),
            ("-", "Synchronization complete at {hms}  ({small} items transferred, {0|1} skipped, {0|2} failed)"),
        ],
    },
    Format {
        // LizardFS's master as chunkservers register and chunks lose copies. (Written
        // before the miner saw it.)
        name: "lizardfs",
        header: journal_header,
        events: &[
            ("mfsmaster", "chunkserver register begin (packet version: 6) - ip: {ip}, port: 9422"),
            ("mfsmaster", "chunkserver register end (packet version: 6) - ip: {ip}, port: 9422, usedspace: {n}{n2} ({float} GiB), totalspace: {n3}{n4} ({float2} GiB)"),
            ("mfsmaster", "connection with CS({ip}) has been closed by peer"),
            ("mfsmaster", "chunk {hex}{hex2}_0000000{small}: there are no copies"),
            ("mfsmaster", "(ip:{ip}) chunk: {hex}{hex2} replication status: No space left"),
        ],
    },
    Format {
        // nvidia-persistenced keeping the GPUs initialised. (Written before the miner saw it.)
        name: "nvidia_persistenced",
        header: journal_header,
        events: &[
            ("nvidia-persistenced", "Started ({n})"),
            ("nvidia-persistenced", "Verbose syslog connection opened"),
            ("nvidia-persistenced", "device 0000:{pcibus}:00.0 - registered"),
            ("nvidia-persistenced", "device 0000:{pcibus}:00.0 - persistence mode enabled."),
            ("nvidia-persistenced", "Received signal {15|2}"),
            ("nvidia-persistenced", "Shutdown ({n})"),
        ],
    },
    Format {
        // ipmievd turning a BMC's sensor events into syslog lines. (Written before the
        // miner saw it.)
        name: "ipmievd",
        header: journal_header,
        events: &[
            ("ipmievd", "Reading sensors..."),
            ("ipmievd", "Waiting for events..."),
            ("ipmievd", "Temperature Sensor {CPU1 Temp|CPU2 Temp|System Temp|Inlet Temp} - Upper Critical going high: Reading {small}{small2} > Threshold 90 degrees C"),
            ("ipmievd", "Fan Sensor FAN{small} - Lower Critical going low: Reading {n} < Threshold 300 RPM"),
            ("ipmievd", "Power Supply sensor PS{1|2} Status - Power Supply AC lost Asserted"),
        ],
    },
    Format {
        // fprintd, the fingerprint daemon, on a laptop. (Written before the miner saw it.)
        name: "fprintd",
        header: journal_header,
        events: &[
            ("fprintd", "Launching FprintObject"),
            ("fprintd", "D-Bus service launched with name: net.reactivated.Fprint"),
            ("fprintd", "entering main loop"),
            ("fprintd", "Authorization denied to :1.{n} to call method 'Claim' for device {Synaptics Sensors|Goodix MOC Fingerprint Sensor|ELAN Fingerprint}: Not Authorized: net.reactivated.fprint.device.verify"),
            ("fprintd", "No driver found for USB device {046d|8087|27c6|06cb}:{c52b|0a2b|538d|00bd}"),
        ],
    },
    Format {
        // GeoClue, the location service, on a desktop that has no network for it. (Written
        // before the miner saw it.)
        name: "geoclue",
        header: journal_header,
        events: &[
            ("geoclue", "Failed to query location: Query location SOUP error: {Not Found|Bad Request|Service Unavailable}"),
            ("geoclue", "Service not used for 60 seconds. Shutting down.."),
            ("geoclue", "Failed to connect to avahi service: Daemon not running"),
        ],
    },
    Format {
        // gnome-keyring-daemon as a session starts. (Written before the miner saw it.)
        name: "gnome_keyring",
        header: journal_header,
        events: &[
            ("gnome-keyring-daemon", "The PKCS#11 component was already initialized"),
            ("gnome-keyring-daemon", "The Secret Service was already initialized"),
            ("gnome-keyring-daemon", "couldn't access control socket: /run/user/{n}/keyring/control: No such file or directory"),
            ("gnome-keyring-daemon", "discover_other_daemon: {0|1}"),
            ("gnome-keyring-daemon", "asked to register item /org/freedesktop/secrets/collection/login/{small}, but it's already registered"),
        ],
    },
    Format {
        // Presto's coordinator: a query's timeline, the server up, a worker unreachable, a
        // query killed. (Written before the miner saw it.)
        name: "presto",
        header: presto_header,
        events: &[
            ("INFO", "dispatcher-query-{n}\tcom.facebook.presto.event.QueryMonitor\tTIMELINE: Query 20261128_{n2}_{small}{small2}_{key} :: Transaction:[{uuid}] :: elapsed {n3}ms :: planning {small}ms :: waiting {n4}ms :: scheduling {n5}ms :: running {n6}ms :: finishing {small2}ms :: begin {iso} :: end {iso2}"),
            ("INFO", "main\tcom.facebook.presto.server.PrestoServer\t======== SERVER STARTED ========"),
            ("WARN", "node-state-poller-{small}\tcom.facebook.presto.metadata.HttpRemoteNodeState\tError fetching node state from http://{ip}:8080/v1/info/state: Server refused connection: http://{ip}:8080/v1/info/state"),
            ("INFO", "query-management-{small}\tcom.facebook.presto.execution.SqlQueryManager\tQuery 20261128_{n2}_{small}{small2}_{key} has been failed due to: Query exceeded maximum time limit of {small}.00h"),
        ],
    },
    Format {
        // Apache Geode's members: regions made, the cache server listening, a member
        // leaving the view. (Written before the miner saw it.)
        name: "geode",
        header: geode_header,
        events: &[
            ("info|main", "Initializing region {orders|customers|PdxTypes|sessions}"),
            ("info|main", "Initialization of region {orders|customers|PdxTypes|sessions} completed"),
            ("info|main", "Cache server connection listener bound to address 0.0.0.0/0.0.0.0:40404 with backlog 1280."),
            ("warn|Geode Membership View Creator", "Membership: {server1|server2|locator1}({n}:{small}:locator)<ec><v{small}>:41000 is being removed from the view"),
            ("info|ServerConnection on port 40404 Thread {small}", "ClientHealthMonitor: Unregistering client with member id identity({ip}(client-{n}:loner):{port}:{hex}:client-{n})"),
        ],
    },
    Format {
        // Apache Pinot's server and broker: segments added and committed, consumption
        // stopped, a query answered. (Written before the miner saw it.)
        name: "pinot",
        header: pinot_header,
        events: &[
            ("INFO", "[BaseTableDataManager] [HelixTaskExecutor-message_handle_thread_{small}] Added segment: {table}__{small2}__{n}__2026112{small}T0{small2}00Z to table: {table}_REALTIME"),
            ("INFO", "[PinotLLCRealtimeSegmentManager] [grizzly-http-server-{small}] Committing segment file for segment: {table}__{small2}__{n}__2026112{small}T0{small2}00Z"),
            ("INFO", "[RealtimeSegmentDataManager_{table}__{small2}__{n}__2026112{small}T0{small2}00Z] [{table}__{small2}__{n}__2026112{small}T0{small2}00Z] Stopping consumption due to row limit nRows={n2} numRowsIndexed={n2} numRowsConsumed={n2}"),
            ("INFO", "[BaseBrokerRequestHandler] [jersey-server-managed-async-executor-{small}] requestId={n},table={table}_OFFLINE,timeMs={n2},docs={n3}/{n4},entries={n5}/{n6},segments(queried/processed/matched/consuming/unavailable):{small}/{small}/{small}/0/0,consumingFreshnessTimeMs=0,servers={small2}/{small2},groupLimitReached=false,brokerReduceTimeMs={small},exceptions=0,query=SELECT COUNT(*) FROM {table}"),
            ("WARN", "[SegmentFetcherAndLoader] [HelixTaskExecutor-message_handle_thread_{small}] Failed to download segment {table}__{small2}__{n}__2026112{small}T0{small2}00Z from deep store, retrying {small}/3"),
        ],
    },
    Format {
        // SQLgrey greylisting for Postfix: new triplets, reconnects, the auto-whitelist.
        // (Written before the miner saw it.)
        name: "sqlgrey",
        header: journal_header,
        events: &[
            ("sqlgrey", "grey: new: {ip}({ip}), {email} -> {email2}"),
            ("sqlgrey", "grey: early reconnect: {ip}({ip}), {email} -> {email2}"),
            ("sqlgrey", "grey: reconnect ok: {ip}({ip}), {email} -> {email2} ({small}:{small2}:{small3})"),
            ("sqlgrey", "grey: from awl: {ip}, {email} added"),
            ("sqlgrey", "perf: spent {float}s cleaning: from_awl ({small}) domain_awl ({small2})"),
        ],
    },
    Format {
        // Dgraph's alpha, glog-style: snapshots, Raft taking long, a peer reconnected.
        // (Written before the miner saw it.)
        name: "dgraph",
        header: hms_header,
        events: &[
            ("-", "I11{day} {hms}.{n}      {small} draft.go:{n2}] Creating snapshot at Index: {n3}, ReadTs: {n4}"),
            ("-", "I11{day} {hms}.{n}      {small} groups.go:{n2}] Connected to group zero. Assigned group: {small2}"),
            ("-", "W11{day} {hms}.{n}      {small} draft.go:{n2}] Raft.Ready took too long to process: Timer Total: {dur}. Breakdown: [{disk: {dur2}} {proposals: {dur3}} {advance: 0s}] Num entries: {small2}. MustSync: true"),
            ("-", "I11{day} {hms}.{n}      {small} pool.go:{n2}] CONN: Re-established connection with {ip}:5080."),
            ("-", "I11{day} {hms}.{n}      {small} log.go:34] {small2} is starting a new election at term {small3}"),
        ],
    },
    Format {
        // accountsservice as users change their accounts in a desktop's settings. (Written
        // before the miner saw it.)
        name: "accounts_daemon",
        header: journal_header,
        events: &[
            ("accounts-daemon", "request by system-bus-name::1.{n} [/usr/bin/gnome-control-center pid:{n2} uid:1000]: change real name of user '{user}' (1000) to '{Alice Smith|Bob|Carol Ann Jones}'"),
            ("accounts-daemon", "request by system-bus-name::1.{n} [/usr/bin/gnome-control-center pid:{n2} uid:1000]: set password and hint of user '{user}' (1000)"),
            ("accounts-daemon", "request by system-bus-name::1.{n} [/usr/libexec/gnome-initial-setup pid:{n2} uid:0]: create user '{user}'"),
            ("accounts-daemon", "Failed to read /var/lib/AccountsService/users/{user}: No such file or directory"),
        ],
    },
    Format {
        // Lidarr, the music collection manager: RSS syncs, releases sent to a download
        // client, an indexer's gap. (Written before the miner saw it.)
        name: "lidarr",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{small}|Info|RssSyncService|RSS Sync Completed. Reports found: {n}, Reports grabbed: {small2}"),
            ("-", "{date} {hms}.{small}|Info|DownloadDecisionMaker|Processing {n} releases"),
            ("-", "{date} {hms}.{small}|Info|Download|Report sent to qBittorrent. {Radiohead - OK Computer|Daft Punk - Discovery|The Beatles - Abbey Road|Miles Davis - Kind of Blue|Björk - Homogenic} [FLAC]"),
            ("-", "{date} {hms}.{small}|Warn|Torznab|Indexer {RED|Orpheus|MusicBrainz Mirror} rss sync didn't cover the period between {iso} and {iso2} UTC. Search may be required."),
        ],
    },
    Format {
        // KeyDB, Redis's multithreaded fork, whose header gives the thread after the
        // process: saves to disk and a replica coming and going. (Written before the miner
        // saw it.)
        name: "keydb",
        header: hms_header,
        events: &[
            ("-", "{n}:{small}:M {day} Nov 2026 {hms}.{n2} * {small2} changes in 60 seconds. Saving..."),
            ("-", "{n}:{small}:M {day} Nov 2026 {hms}.{n2} * Background saving started by pid {n3}"),
            ("-", "{n}:{small}:C {day} Nov 2026 {hms}.{n2} * DB saved on disk"),
            ("-", "{n}:{small}:M {day} Nov 2026 {hms}.{n2} * Background saving terminated with success"),
            ("-", "{n}:{small}:M {day} Nov 2026 {hms}.{n2} # Connection with replica {ip}:6379 lost."),
            ("-", "{n}:{small}:M {day} Nov 2026 {hms}.{n2} * Replica {ip}:6379 asks for synchronization"),
        ],
    },
    Format {
        // Prowlarr, the indexer manager: searches, indexers failing and disabled, apps
        // synced. (Written before the miner saw it.)
        name: "prowlarr",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{small}|Info|ReleaseSearchService|Searching indexer(s): [{The Pirate Bay|Nyaa|RARBG Mirror|LimeTorrents|Internet Archive}] for Term: [{Dune|The Matrix|Severance}], Offset: 0, Limit: 100, Categories: [{2000|5000}]"),
            ("-", "{date} {hms}.{small}|Warn|IndexerStatusService|Indexer {The Pirate Bay|Nyaa|RARBG Mirror|LimeTorrents|Internet Archive} has been disabled till {iso} due to multiple failures"),
            ("-", "{date} {hms}.{small}|Info|ApplicationService|Syncing Indexers for {Sonarr|Radarr|Lidarr|Readarr}"),
            ("-", "{date} {hms}.{small}|Error|Cardigann|Indexer {The Pirate Bay|Nyaa|RARBG Mirror|LimeTorrents|Internet Archive} returned HTTP {403|429|503}"),
        ],
    },
    Format {
        // JanusGraph's Gremlin Server on log4j: starting, an ID taken, a script that
        // failed. (Written before the miner saw it.)
        name: "janusgraph",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{small}{small2} [main] INFO  org.janusgraph.graphdb.idmanagement.UniqueInstanceIdRetriever  - Generated unique-instance-id={hex}{n}-{host}{small}"),
            ("-", "{date} {hms},{small}{small2} [main] INFO  org.janusgraph.diskstorage.Backend  - Configuring index [{search|mixed}]"),
            ("-", "{date} {hms},{small}{small2} [gremlin-server-boss-1] INFO  org.apache.tinkerpop.gremlin.server.GremlinServer  - Channel started at port 8182."),
            ("-", "{date} {hms},{small}{small2} [gremlin-server-exec-{small}] WARN  org.apache.tinkerpop.gremlin.server.op.AbstractEvalOpProcessor  - Exception processing a script on request [RequestMessage{, requestId={uuid}, op='eval', processor='', args={gremlin=g.V().has('{user}').count(), batchSize=64}}]."),
        ],
    },
    Format {
        // `vmstat -t 5`: its two header rows, then a row of figures every five seconds.
        // (Written before the miner saw it.)
        name: "vmstat",
        header: hms_header,
        events: &[
            ("-", "procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu----- -----timestamp-----"),
            ("-", " r  b   swpd   free   buff  cache   si   so    bi    bo   in   cs us sy id wa st                 UTC"),
            ("-", " {small}  0      0 {n}{small2}  {n2} {n3}{small3}    0    0     {small}    {n4}  {n5} {n6}  {small2}  {small3} {small}{small2}  0  0 {date} {hms}"),
        ],
    },
    Format {
        // `pidstat 5`: a row per busy process, its command at the end. (Written before the
        // miner saw it.)
        name: "pidstat",
        header: hms_header,
        events: &[
            ("-", "{hms} {AM|PM}   UID       PID    %usr %system  %guest   %wait    %CPU   CPU  Command"),
            ("-", "{hms} {AM|PM}  {0|1000|33|999}     {n}    {small}.{small2}0    {small3}.00    0.00    0.{small}0    {small2}.{small3}0     {0|1|2|3}  {firefox|postgres|java|nginx|python3|sshd|kworker/0:1H|containerd}"),
            ("-", "Average:     {0|1000|33|999}     {n}    {small}.{small2}0    {small3}.00    0.00    0.{small}0    {small2}.{small3}0     -  {firefox|postgres|java|nginx|python3|sshd|kworker/0:1H|containerd}"),
        ],
    },
    Format {
        // `nvidia-smi dmon`: its two comment rows, then a row per GPU each second.
        // (Written before the miner saw it.)
        name: "nvidia_dmon",
        header: hms_header,
        events: &[
            ("-", "# gpu    pwr  gtemp  mtemp     sm    mem    enc    dec   mclk   pclk"),
            ("-", "# Idx      W      C      C      %      %      %      %    MHz    MHz"),
            ("-", "    {0|1|2|3}    {small}{small2}     {small3}{small}      -     {small2}      {small3}      0      0   {n}   {n2}"),
        ],
    },
    Format {
        // Jicofo, Jitsi's conference focus: members joining and leaving, bridges added and
        // lost. (Written before the miner saw it.)
        name: "jicofo",
        header: hms_header,
        events: &[
            ("-", "Jicofo {date} {hms}.{n} INFO: [{small}{small2}] [room={room}@conference.meet.example.com meeting_id={uuid}] JitsiMeetConferenceImpl.onMemberJoined#{n2}: Member joined:{hex}"),
            ("-", "Jicofo {date} {hms}.{n} INFO: [{small}{small2}] [room={room}@conference.meet.example.com meeting_id={uuid}] JitsiMeetConferenceImpl.onMemberLeft#{n2}: Member left:{hex}"),
            ("-", "Jicofo {date} {hms}.{n} INFO: [{small}] BridgeSelector.addJvbAddress#{n2}: Added new videobridge: Bridge[jid=jvbbrewery@internal.auth.meet.example.com/jvb{small2}, version=2.3.{n3}, relayId=null, region=null, stress=0.0{small3}]"),
            ("-", "Jicofo {date} {hms}.{n} WARNING: [{small}] [room={room}@conference.meet.example.com meeting_id={uuid}] JitsiMeetConferenceImpl.onBridgeDown#{n2}: Bridge down: jvbbrewery@internal.auth.meet.example.com/jvb{small2}"),
        ],
    },
    Format {
        // LiveKit's server, zap's console encoder: participants joining, active and
        // closed, tracks published. (Written before the miner saw it.)
        name: "livekit",
        header: hms_header,
        events: &[
            ("-", "{iso}\tINFO\tlivekit\trtc/room.go:{n}\tparticipant joined\t{\"room\": \"{room}\", \"roomID\": \"RM_{key}\", \"participant\": \"{user}\", \"pID\": \"PA_{key2}\"}"),
            ("-", "{iso}\tINFO\tlivekit\trtc/participant.go:{n}\tparticipant active\t{\"room\": \"{room}\", \"participant\": \"{user}\", \"pID\": \"PA_{key2}\", \"connectionType\": \"{udp|tcp|turn}\"}"),
            ("-", "{iso}\tINFO\tlivekit\trtc/participant.go:{n}\tclosing participant\t{\"room\": \"{room}\", \"participant\": \"{user}\", \"pID\": \"PA_{key2}\", \"reason\": \"{CLIENT_REQUEST_LEAVE|STALE|JOIN_FAILURE}\"}"),
            ("-", "{iso}\tINFO\tlivekit\trtc/mediatrack.go:{n}\tmediaTrack published\t{\"room\": \"{room}\", \"participant\": \"{user}\", \"kind\": \"{audio|video}\", \"trackID\": \"TR_{key}\"}"),
        ],
    },
    Format {
        // rebar3 building an Erlang release: dependencies fetched, apps compiled. (Written
        // before the miner saw it.)
        name: "rebar3",
        header: hms_header,
        events: &[
            ("-", "===> Verifying dependencies..."),
            ("-", "===> Fetching {cowboy|cowlib|ranch|jsx|lager|hackney} v{small}.{small2}.{small3}"),
            ("-", "===> Analyzing applications..."),
            ("-", "===> Compiling {cowboy|cowlib|ranch|jsx|lager|hackney|shop_api|shop_core}"),
            ("-", "===> Release successfully assembled: _build/prod/rel/shop"),
        ],
    },
    Format {
        // cabal-install building a Haskell project's dependencies. (Written before the miner
        // saw it.)
        name: "cabal",
        header: hms_header,
        events: &[
            ("-", "Resolving dependencies..."),
            ("-", "Starting     {aeson|text|containers|vector|attoparsec|scientific}-{small}.{small2}.{small3}.0 (lib)"),
            ("-", "Building     {aeson|text|containers|vector|attoparsec|scientific}-{small}.{small2}.{small3}.0 (lib)"),
            ("-", "Installing   {aeson|text|containers|vector|attoparsec|scientific}-{small}.{small2}.{small3}.0 (lib)"),
            ("-", "Completed    {aeson|text|containers|vector|attoparsec|scientific}-{small}.{small2}.{small3}.0 (lib)"),
            ("-", "Build profile: -w ghc-9.{4|6|8}.{small} -O1"),
        ],
    },
    Format {
        // opam installing OCaml packages. (Written before the miner saw it, with where a
        // package came from as two events; opam prints both through one `retrieved %s  (%s)`.)
        name: "opam",
        header: hms_header,
        events: &[
            ("-", "⬇ retrieved {dune|cmdliner|ppxlib|lwt|yojson|cohttp}.{small}.{small2}.{small3}  ({cached|https://opam.ocaml.org/cache})"),
            ("-", "∗ installed {dune|cmdliner|ppxlib|lwt|yojson|cohttp}.{small}.{small2}.{small3}"),
            ("-", "Done."),
        ],
    },
    Format {
        // Deno running a server: modules downloaded and checked, one missing. (Written
        // before the miner saw it.)
        name: "deno",
        header: hms_header,
        events: &[
            ("-", "Download https://deno.land/std@0.{n}.0/{http/server.ts|path/mod.ts|fs/mod.ts|async/delay.ts}"),
            ("-", "Check file:///app/{main|server|worker}.ts"),
            ("-", "Listening on http://localhost:8000/"),
            ("-", "error: Module not found \"file:///app/{missing|utils|config}.ts\"."),
        ],
    },
    Format {
        // EasyBuild installing a toolchain's software on a cluster. (Written before the
        // miner saw it.)
        name: "easybuild",
        header: hms_header,
        events: &[
            ("-", "== building and installing {GCCcore/12.3.0|Python/3.11.3-GCCcore-12.3.0|OpenMPI/4.1.5-GCC-12.3.0|zlib/1.2.13-GCCcore-12.3.0}..."),
            ("-", "== fetching files..."),
            ("-", "== configuring..."),
            ("-", "== sanity checking..."),
            ("-", "== COMPLETED: Installation ended successfully (took {small} mins {small2} secs)"),
            ("-", "== Results of the build can be found in the log file(s) /tmp/eb-{key}/easybuild-{GCCcore|Python|OpenMPI|zlib}-2026112{small}.{n}.log"),
        ],
    },
    Format {
        // pipenv creating a project's environment and installing from its lock file.
        // (Written before the miner saw it.)
        name: "pipenv",
        header: hms_header,
        events: &[
            ("-", "Creating a virtualenv for this project..."),
            ("-", "Pipfile: /home/{user}/{shop|billing|crawler}/Pipfile"),
            ("-", "Using /usr/bin/python3.{11|12} (3.{11|12}.{small}) to create virtualenv..."),
            ("-", "Installing dependencies from Pipfile.lock ({hex})..."),
            ("-", "To activate this project's virtualenv, run pipenv shell."),
        ],
    },
    Format {
        // The ngrok agent's logfmt: its session, a tunnel started, connections joined, one
        // refused by the local service. (Written before the miner saw it.)
        name: "ngrok",
        header: hms_header,
        events: &[
            ("-", "t={iso} lvl=info msg=\"client session established\" obj=csess id={hex}"),
            ("-", "t={iso} lvl=info msg=\"started tunnel\" obj=tunnels name={command_line|api|web} addr=http://localhost:{8080|3000|5000} url=https://{hex2}-{small}-{small2}.ngrok-free.app"),
            ("-", "t={iso} lvl=info msg=\"join connections\" obj=join id={hex3} l=127.0.0.1:{8080|3000|5000} r={ipport}"),
            ("-", "t={iso} lvl=warn msg=\"failed to open private leg\" id={hex3} privaddr=localhost:{8080|3000|5000} err=\"dial tcp 127.0.0.1:{8080|3000|5000}: connect: connection refused\""),
            ("-", "t={iso} lvl=info msg=\"update available\" obj=updater"),
        ],
    },
    Format {
        // i2pd, the I2P router in C++: the time, `@` the thread, `/` the level. (Written
        // before the miner saw it.)
        name: "i2pd",
        header: hms_header,
        events: &[
            ("-", "{hms}@{n}/info - NetDb: {n2} routers loaded ({small}{small2} floodfils)"),
            ("-", "{hms}@{n}/info - Transports: NTCP2 session with {ipport} established"),
            ("-", "{hms}@{n}/warn - SSU2: Connection to {ipport} timeout"),
            ("-", "{hms}@{n}/error - Tunnel: Tunnel with id {n2} already exists"),
            ("-", "{hms}@{n}/info - Destination: Publishing LeaseSet for {key}.b32.i2p"),
            ("-", "{hms}@{n}/info - Reseed: {small}{small2} router infos added from https://reseed.{i2pgit.org|diva.exchange|memcpy.io}/"),
        ],
    },
    Format {
        // syncoid replicating ZFS datasets by their sanoid snapshots. (Written before the
        // miner saw it.)
        name: "syncoid",
        header: hms_header,
        events: &[
            ("-", "Sending incremental {tank|rpool}/{data|home|vm}@autosnap_{date}_{hms}_hourly ... syncoid_{node1|node2}_{date}:{hms} (~ {small}{small2} KB):"),
            ("-", "INFO: Sending oldest full snapshot {tank|rpool}/{data|home|vm}@autosnap_{date}_{hms}_daily (~ {small}.{small2} GB) to new target filesystem:"),
            ("-", "NEWEST SNAPSHOT: autosnap_{date}_{hms}_hourly"),
            ("-", "CRITICAL ERROR: Target backup/{data|home|vm} exists but has no snapshots matching with {tank|rpool}/{data|home|vm}!"),
        ],
    },
    Format {
        // btrbk's transaction log: time, type, status, target, source, parent and a
        // comment, a dash where one is missing. (Written before the miner saw it.)
        name: "btrbk",
        header: hms_header,
        events: &[
            ("-", "{iso} startup v0.32.{small} - - - # btrbk command line client, version 0.32.{small}"),
            ("-", "{iso} snapshot starting /mnt/btr_pool/_btrbk_snap/{home|root|srv}.2026112{small}T{n} /mnt/btr_pool/{home|root|srv} - -"),
            ("-", "{iso} snapshot success /mnt/btr_pool/_btrbk_snap/{home|root|srv}.2026112{small}T{n} /mnt/btr_pool/{home|root|srv} - -"),
            ("-", "{iso} send-receive starting /mnt/backup/{home|root|srv}.2026112{small}T{n} /mnt/btr_pool/_btrbk_snap/{home|root|srv}.2026112{small}T{n} /mnt/btr_pool/_btrbk_snap/{home|root|srv}.2026112{small2}T{n2} -"),
            ("-", "{iso} delete_snapshot success /mnt/btr_pool/_btrbk_snap/{home|root|srv}.2026111{small}T{n} - - -"),
            ("-", "{iso} finished success - - - -"),
        ],
    },
    Format {
        // Timeshift taking an rsync snapshot and removing an old one. (Written before the
        // miner saw it.)
        name: "timeshift",
        header: hms_header,
        events: &[
            ("-", "[{hms}] Creating new backup...(RSYNC)"),
            ("-", "[{hms}] Saving to device: /dev/{sda2|nvme0n1p3|sdb1}, mounted at path: /run/timeshift/backup"),
            ("-", "[{hms}] Synching files with rsync..."),
            ("-", "[{hms}] Created control file: /run/timeshift/backup/timeshift/snapshots/{date}_{small}-{small2}-{small3}/info.json"),
            ("-", "[{hms}] RSYNC Snapshot saved successfully ({small}{small2}s)"),
            ("-", "[{hms}] Tagged snapshot '{date}_{small}-{small2}-{small3}': {ondemand|daily|boot}"),
            ("-", "[{hms}] Removed '{date}_{small}-{small2}-{small3}'"),
        ],
    },
    Format {
        // borgmatic backing up to Borg repositories over SSH, then pruning and checking.
        // (Written before the miner saw it.)
        name: "borgmatic",
        header: hms_header,
        events: &[
            ("-", "/etc/borgmatic/config.yaml: Running actions for repository"),
            ("-", "ssh://backup@{host}/./{web|db|mail}: Creating archive"),
            ("-", "Creating archive at \"ssh://backup@{host}/./{web|db|mail}::{web|db|mail}-{date}T{hms}.{n}\""),
            ("-", "ssh://backup@{host}/./{web|db|mail}: Pruning archives"),
            ("-", "ssh://backup@{host}/./{web|db|mail}: Compacting segments"),
            ("-", "ssh://backup@{host}/./{web|db|mail}: Running consistency checks"),
            ("-", "Number of files: {n}"),
            ("-", "/etc/borgmatic/config.yaml: Calling {postgresql_databases|mysql_databases} hook function dump_data_sources"),
        ],
    },
    Format {
        // Apache Qpid's C++ broker: a category in brackets, then the level. (Written before
        // the miner saw it.)
        name: "qpidd",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} [Broker] notice Broker (pid={n}) start-up"),
            ("-", "{date} {hms} [Network] notice Listening on TCP/TCP6 port {5672|5671}"),
            ("-", "{date} {hms} [Security] info ACL: Read file \"/etc/qpid/qpidd.acl\""),
            ("-", "{date} {hms} [Security] error Connection qpid.{ipport}-{ipport2} No protocol received after {small}s, closing"),
            ("-", "{date} {hms} [Model] info Queue \"{topic}\": Policy created: type=reject; maxCount=0; maxSize={n}"),
            ("-", "{date} {hms} [Protocol] error Connection qpid.{ipport}-{ipport2} closed by error: Queue {topic}: not-found: Queue not found: {topic}(/builddir/build/BUILD/qpid-cpp-1.39.0/src/qpid/broker/SessionAdapter.cpp:{n2})"),
        ],
    },
    Format {
        // Memgraph's log through spdlog: queries run, snapshots, the memory limit. (Written
        // before the miner saw it.)
        name: "memgraph",
        header: hms_header,
        events: &[
            ("-", "[{date} {hms}.{n}] [memgraph_log] [info] Running query: {MATCH (n) RETURN count(n);|CREATE INDEX ON :Person(id);|MATCH (a)-[r]->(b) RETURN a, r, b LIMIT 25;|MATCH (p:Person) WHERE p.age > 30 RETURN p.name;}"),
            ("-", "[{date} {hms}.{n}] [memgraph_log] [info] Snapshot creation successful!"),
            ("-", "[{date} {hms}.{n}] [memgraph_log] [warning] Memory limit exceeded. Query execution aborted."),
            ("-", "[{date} {hms}.{n}] [memgraph_log] [info] Bolt server is fully armed and operational"),
            ("-", "[{date} {hms}.{n}] [memgraph_log] [info] Bolt listening on 0.0.0.0 7687"),
            ("-", "[{date} {hms}.{n}] [memgraph_log] [info] Recovering persisted data using snapshot (/var/lib/memgraph/snapshots/2026112{small}{n2}_timestamp_{n3})"),
        ],
    },
    Format {
        // ClickHouse Keeper's server log: its Raft, snapshots and log compaction. (Written
        // before the miner saw it.)
        name: "clickhouse_keeper",
        header: hms_header,
        events: &[
            ("-", "{dotdate} {hms}.{n} [ {small2} ] {} <Information> KeeperDispatcher: Server initialized, waiting for quorum"),
            ("-", "{dotdate} {hms}.{n} [ {small2} ] {} <Information> RaftInstance: new election timeout range: {1000|1500} - {2000|3000}"),
            ("-", "{dotdate} {hms}.{n} [ {small2} ] {} <Information> KeeperStateMachine: Creating snapshot {n2}"),
            ("-", "{dotdate} {hms}.{n} [ {small2} ] {} <Information> KeeperSnapshotManager: Created persistent snapshot {n2} with path /var/lib/clickhouse-keeper/snapshots/snapshot_{n2}.bin.zstd"),
            ("-", "{dotdate} {hms}.{n} [ {small2} ] {} <Information> KeeperLogStore: Removing changelog /var/lib/clickhouse-keeper/logs/changelog_{n2}_{n3}.bin.zstd because of compaction"),
            ("-", "{dotdate} {hms}.{n} [ {small2} ] {} <Warning> RaftInstance: Election timeout, initiate leader election"),
            ("-", "{dotdate} {hms}.{n} [ {small2} ] {} <Information> KeeperServer: Preprocessing done"),
        ],
    },
    Format {
        // Smallstep's step-ca: its banner, then a logfmt line per request. (Written before
        // the miner saw it.)
        name: "step_ca",
        header: hms_header,
        events: &[
            ("-", "{slashdate} {hms} Starting Smallstep CA/0.2{small2}.{small3} (linux/amd64)"),
            ("-", "{slashdate} {hms} Documentation: https://u.step.sm/docs/ca"),
            ("-", "{slashdate} {hms} X.509 Root Fingerprint: {container}"),
            ("-", "{slashdate} {hms} Serving HTTPS on :{9000|443} ..."),
            ("-", "time=\"{iso}\" level=info duration={dur} method={POST|GET} name=ca path=/1.0/{sign|renew|revoke} protocol=HTTP/2.0 provisioner=\"{user}@example.com (JWK)\" remote-address={ip} request-id={hex} size={n} status={200|201} user-agent=\"Smallstep CLI/0.2{small}.0 (linux/amd64)\""),
            ("-", "time=\"{iso}\" level=error msg=\"authorize: token is expired\" path=/1.0/sign remote-address={ip} status=401"),
        ],
    },
    Format {
        // dehydrated renewing Let's Encrypt certificates from cron. (Written before the
        // miner saw it.)
        name: "dehydrated",
        header: hms_header,
        events: &[
            ("-", "# INFO: Using main config file /etc/dehydrated/config"),
            ("-", "Processing {host} with alternative names: www.{host}"),
            ("-", " + Checking expire date of existing cert..."),
            ("-", " + Valid till {Jan|Feb|Mar} {small}{small2} {hms} 2027 GMT (Longer than 30 days). Skipping renew!"),
            ("-", " + Signing domains..."),
            ("-", " + Responding to challenge for {host} authorization..."),
            ("-", " + Challenge is valid!"),
            ("-", " + Done!"),
        ],
    },
    Format {
        // psad reading iptables' log: scans, auto-blocks, signature matches. (Written before
        // the miner saw it.)
        name: "psad",
        header: journal_header,
        events: &[
            ("psad", "scan detected ({ip} -> {ip2}): tcp [{n}] flags: SYN tcp pkts: {small} DL: {small2}"),
            ("psad", "added iptables auto-block against {ip} for {3600|86400} seconds"),
            ("psad", "removed iptables auto-block against {ip}"),
            ("psad", "signature match: \"{P2P Napster Client Data communication attempt|SCAN nmap XMAS|ICMP PING NMAP}\" (sid: {n}) tcp port: {port}"),
        ],
    },
    Format {
        // rpc.mountd answering NFS clients. (Written before the miner saw it.)
        name: "rpc_mountd",
        header: journal_header,
        events: &[
            ("rpc.mountd", "authenticated mount request from {ip}:{n} for /srv/nfs/{home|media|backup} (/srv/nfs/{home|media|backup})"),
            ("rpc.mountd", "authenticated unmount request from {ip}:{n} for /srv/nfs/{home|media|backup} (/srv/nfs/{home|media|backup})"),
            ("rpc.mountd", "refused mount request from {ip} for /srv/nfs/{home|media|backup} (/): not exported"),
            ("rpc.mountd", "Version 2.6.{small} starting"),
        ],
    },
    Format {
        // The kernel's NVMe driver: commands timing out, aborted, a controller reset, and
        // the block layer's I/O error. (Written before the miner saw it.)
        name: "nvme_kernel",
        header: tag_header,
        events: &[
            ("kernel", "nvme nvme{0|1}: I/O {n} QID {small} timeout, aborting"),
            ("kernel", "nvme nvme{0|1}: Abort status: 0x0"),
            ("kernel", "nvme nvme{0|1}: I/O {n} QID {small} timeout, reset controller"),
            ("kernel", "nvme nvme{0|1}: {small}/0/0 default/read/poll queues"),
            ("kernel", "nvme{0|1}n1: p1 p2 p3"),
            ("kernel", "blk_update_request: I/O error, dev nvme{0|1}n1, sector {n} op 0x0:(READ) flags 0x80700 phys_seg {small} prio class 0"),
        ],
    },
    Format {
        // Incus's daemon: instances started and stopped, a console lost, backups pruned.
        // (Written before the miner saw it.)
        name: "incus",
        header: hms_header,
        events: &[
            ("-", "time=\"{iso}\" level=info msg=\"Starting instance\" action=start created=\"{date} {hms}.{n} +0000 UTC\" ephemeral=false instance={web1|db1|ci-runner} instanceType={container|virtual-machine} project=default stateful=false"),
            ("-", "time=\"{iso}\" level=info msg=\"Started instance\" action=start created=\"{date} {hms}.{n} +0000 UTC\" ephemeral=false instance={web1|db1|ci-runner} instanceType={container|virtual-machine} project=default stateful=false"),
            ("-", "time=\"{iso}\" level=info msg=\"Stopping instance\" action=stop created=\"{date} {hms}.{n} +0000 UTC\" ephemeral=false instance={web1|db1|ci-runner} instanceType={container|virtual-machine} project=default stateful=false"),
            ("-", "time=\"{iso}\" level=warning msg=\"Failed getting exec control websocket reader, killing command\" PID={n} err=\"websocket: close 1006 (abnormal closure): unexpected EOF\" instance={web1|db1|ci-runner} interactive=true number={small} project=default"),
            ("-", "time=\"{iso}\" level=info msg=\"Pruning expired instance backups\""),
            ("-", "time=\"{iso}\" level=info msg=\"Done pruning expired instance backups\""),
        ],
    },
    Format {
        // TLP applying laptop power settings on a change of supply. (Written before the miner
        // saw it.)
        name: "tlp",
        header: journal_header,
        events: &[
            ("tlp", "Applying power save settings...done."),
            ("tlp", "Setting battery charge thresholds...done."),
            ("tlp", "Switching to {AC|battery} mode...done."),
            ("tlp", "Warning: {BAT0|BAT1}: charge thresholds are not supported."),
        ],
    },
    Format {
        // saned, SANE's network scanner daemon: hosts checked, users let in or not.
        // (Written before the miner saw it.)
        name: "saned",
        header: journal_header,
        events: &[
            ("saned", "saned (AF-indep+IPv6) from sane-backends 1.{small}.{small2} ready"),
            ("saned", "check_host: access by remote host: {ip}"),
            ("saned", "init: access granted to {user}@{ip}"),
            ("saned", "init: access by {user}@{ip} denied"),
            ("saned", "process_request: bad status {small}"),
            ("saned", "do_scan: bad status {small}"),
        ],
    },
    Format {
        // Samba's winbindd log: a header line per message (time, debug level, source file,
        // line and function), the message indented on the next. (Written before the miner
        // saw it.)
        name: "winbindd",
        header: hms_header,
        events: &[
            ("-", "[{slashdate} {hms}.{n},  {0|1|3}] ../../source3/winbindd/{winbindd_cm.c|winbindd_dual.c|winbindd_pam.c}:{n2}({cm_prepare_connection|child_handler|winbindd_dual_pam_auth})"),
            ("-", "  cm_prepare_connection: connection to {DC1|DC2}.CORP.EXAMPLE.COM for domain CORP (dc={DC1|DC2}.CORP.EXAMPLE.COM) failed: NT_STATUS_IO_TIMEOUT"),
            ("-", "  winbindd_dual_pam_auth: Authentication for user [CORP\\{user}] -> [{user}] FAILED with error NT_STATUS_WRONG_PASSWORD, PAM error: PAM_AUTH_ERR (7)!"),
            ("-", "  child_handler: child process {n} exited with status {small}"),
            ("-", "  Could not fetch our SID - did we join?"),
        ],
    },
    Format {
        // autofs's automount mounting home directories over NFS on demand. (Written before
        // the miner saw it.)
        name: "automount",
        header: journal_header,
        events: &[
            ("automount", "attempting to mount entry /home/{user}"),
            ("automount", "mount(nfs): mounted nfs-{small}.corp.example.com:/export/home/{user} on /home/{user}"),
            ("automount", "expire_proc_indirect: expired /home/{user}"),
            ("automount", "mount(nfs): nfs: mount failure nfs-{small}.corp.example.com:/export/home/{user} on /home/{user}"),
            ("automount", "failed to mount /home/{user}"),
            ("automount", "key \"{user}\" not found in map source(s)."),
        ],
    },
    Format {
        // nscd watching the files its caches come from. (Written before the miner saw it.)
        name: "nscd",
        header: journal_header,
        events: &[
            ("nscd", "{n} monitoring file `/etc/{passwd|group|hosts|services|netgroup}` ({small})"),
            ("nscd", "{n} monitoring directory `/etc` ({small})"),
            ("nscd", "{n} monitored file `/etc/{passwd|group|hosts|services}` was moved into place, adding watch"),
            ("nscd", "{n} checking for monitored file `/etc/netgroup': No such file or directory"),
            ("nscd", "{n} disabled inotify-based monitoring for file `/etc/{resolv.conf|netgroup}': No such file or directory"),
        ],
    },
    Format {
        // atd running jobs queued with `at`. (Written before the miner saw it.)
        name: "atd",
        header: journal_header,
        events: &[
            ("atd", "Starting job {n} (a000{hex}) for user '{user}' ({1000|1001|1002})"),
            ("atd", "Userid {1000|1001|1002} not found - aborting job {n} (a000{hex})"),
            ("atd", "Error in fork: Resource temporarily unavailable"),
            ("atd", "Cannot open input file a000{hex}: No such file or directory"),
        ],
    },
    Format {
        // TensorBoard serving a training run's events: absl's glog-style lines. (Written
        // before the miner saw it.)
        name: "tensorboard",
        header: hms_header,
        events: &[
            ("-", "TensorBoard 2.{small}.0 at http://localhost:{6006|6007}/ (Press CTRL+C to quit)"),
            ("-", "W1128 {hms}.{n} {n2} plugin_event_accumulator.py:{small}{small2}] Found more than one graph event per run, or there was a metagraph containing a graph_def, as well as one or more graph events.  Overwriting the graph with the newest event."),
            ("-", "W1128 {hms}.{n} {n2} plugin_event_accumulator.py:{small}{small2}] Found more than one \"run metadata\" event with tag step{n3}. Overwriting it with the newest event."),
            ("-", "I1128 {hms}.{n} {n2} directory_watcher.py:{small}{small2}] Directory watcher advancing from runs/{exp1|exp2|baseline}/events.out.tfevents.{n3}.{host}.{small3}.0 to runs/{exp1|exp2|baseline}/events.out.tfevents.{n3}.{host}.{small3}.1"),
            ("-", "I1128 {hms}.{n} {n2} _internal.py:{small}{small2}] {ip} - - [28/Nov/2026 {hms}] \"GET /data/plugin/scalars/scalars?tag={loss|accuracy|lr}&run={exp1|exp2|baseline} HTTP/1.1\" 200 -"),
        ],
    },
    Format {
        // PyTorch Lightning training a model: the devices, progress, checkpoints. (Written
        // before the miner saw it.)
        name: "lightning",
        header: hms_header,
        events: &[
            ("-", "GPU available: True (cuda), used: True"),
            ("-", "TPU available: False, using: 0 TPU cores"),
            ("-", "LOCAL_RANK: {0|1} - CUDA_VISIBLE_DEVICES: [0,1]"),
            ("-", "Epoch {small}: 100%|██████████| {n}/{n} [{small2}:{small3}<00:00, {float}it/s, v_num={small3}, train_loss={float2}]"),
            ("-", "`Trainer.fit` stopped: `max_epochs={small}` reached."),
            ("-", "Restoring states from the checkpoint path at /ckpt/epoch={small}-step={n}.ckpt"),
            ("-", "Metric val_loss improved by {float} >= min_delta = 0.0. New best score: {float2}"),
            ("-", "Epoch {small}, global step {n}: 'val_loss' reached {float} (best {float}), saving model to '/ckpt/epoch={small}-step={n}.ckpt' as top 1"),
        ],
    },
    Format {
        // Bitbucket Server's access log: fields between pipes, a request's in (`i@`) and
        // out (`o@`) records, Git over SSH. (Written before the miner saw it.)
        name: "bitbucket",
        header: hms_header,
        events: &[
            ("-", "{ip} | https | i@{queue}x{n}x{small} | {user} | {date} {hms},{n2} | \"{GET|POST} /rest/api/latest/projects/{SHOP|OPS}/repos HTTP/1.1\" | \"\" \"Mozilla/5.0 (X11; Linux x86_64)\" | - | - | - | - | - | {shortid} |"),
            ("-", "{ip} | https | o@{queue}x{n}x{small} | {user} | {date} {hms},{n2} | \"{GET|POST} /rest/api/latest/projects/{SHOP|OPS}/repos HTTP/1.1\" | \"\" \"Mozilla/5.0 (X11; Linux x86_64)\" | 200 | 0 | {n3} | - | {small2} | {shortid} |"),
            ("-", "{ip} | ssh | i@{queue}x{n}x{small} | {user} | {date} {hms},{n2} | SSH - git-upload-pack '/{shop|ops}/{api|web|infra}.git' | - | - | - | - | - | - | - | {shortid} |"),
        ],
    },
    Format {
        // zot, an OCI registry, logging JSON through zerolog. (Written before the miner saw
        // it.)
        name: "zot",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"info\",\"module\":\"http\",\"component\":\"session\",\"clientIP\":\"{ipport}\",\"method\":\"{GET|HEAD}\",\"path\":\"/v2/{shop|ops}/{api|web}/manifests/{imagetag}\",\"statusCode\":{200|404},\"latency\":\"{dur}\",\"bodySize\":{n},\"goroutine\":{n2},\"caller\":\"zotregistry.dev/zot/pkg/api/session.go:{small}{small2}\",\"time\":\"{iso}\",\"message\":\"HTTP API\"}"),
            ("-", "{\"level\":\"info\",\"repository\":\"{shop|ops}/{api|web}\",\"goroutine\":{n},\"caller\":\"zotregistry.dev/zot/pkg/storage/gc/gc.go:{n2}\",\"time\":\"{iso}\",\"message\":\"gc: blobs cleanup\"}"),
            ("-", "{\"level\":\"warn\",\"blob\":\"sha256:{container}\",\"goroutine\":{n},\"caller\":\"zotregistry.dev/zot/pkg/storage/imagestore/imagestore.go:{n2}\",\"time\":\"{iso}\",\"message\":\"unable to find blob\"}"),
            ("-", "{\"level\":\"info\",\"port\":\"5000\",\"address\":\"0.0.0.0\",\"goroutine\":1,\"caller\":\"zotregistry.dev/zot/pkg/api/controller.go:{n}\",\"time\":\"{iso}\",\"message\":\"starting to listen ...\"}"),
        ],
    },
    Format {
        // OrientDB's server log: levels cut to five letters (`WARNI`, `SEVER`), the logger in
        // brackets at the end. (Written before the miner saw it.)
        name: "orientdb",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}:{n} INFO  OrientDB Server is active v3.2.{small}. [OServer]"),
            ("-", "{date} {hms}:{n} INFO  Listening binary connections on 0.0.0.0:{2424|2425} (protocol v.37, socket=default) [OServerNetworkListener]"),
            ("-", "{date} {hms}:{n} WARNI Not enough physical memory available for DISKCACHE: {n2}MB (heap={n3}MB direct={n2}MB). Set lower Maximum Heap (-Xmx setting on JVM) and restart OrientDB. Now running with DISKCACHE={small}{small2}MB [orientechnologies]"),
            ("-", "{date} {hms}:{n} INFO  Storage 'plocal:/orientdb/databases/{demodb|shop|graph}' is opened under OrientDB distribution : 3.2.{small} [OLocalPaginatedStorage]"),
            ("-", "{date} {hms}:{n} SEVER Error on client connection [OServerBinaryNetworkProtocol]"),
        ],
    },
    Format {
        // hddtemp's daemon reporting drives' temperatures, named by their models. (Written
        // before the miner saw it.)
        name: "hddtemp",
        header: journal_header,
        events: &[
            ("hddtemp", "/dev/{sda|sdb|sdc}: {WDC WD40EFRX-68N32N0|ST4000VN008-2DR166|Samsung SSD 870 EVO 1TB}: {small}{small2} C"),
            ("hddtemp", "/dev/{sda|sdb|sdc}: {WDC WD40EFRX-68N32N0|ST4000VN008-2DR166}: drive supported, but it doesn't have a temperature sensor."),
            ("hddtemp", "/dev/{sdd|sde}: {SanDisk Ultra|Kingston DataTraveler 3.0}: no sensor"),
        ],
    },
    Format {
        // PortSentry catching scans and blocking their hosts. (Written before the miner saw
        // it.)
        name: "portsentry",
        header: journal_header,
        events: &[
            ("portsentry", "attackalert: {SYN/Normal|FIN|NULL|XMAS} scan from host: {ip}/{ip} to TCP port: {port}"),
            ("portsentry", "attackalert: Host {ip} has been blocked via wrappers with string: \"ALL: {ip}\""),
            ("portsentry", "attackalert: Host {ip} has been blocked via dropped route using command: \"/sbin/iptables -I INPUT -s {ip} -j DROP\""),
            ("portsentry", "attackalert: Host: {ip}/{ip} is already blocked Ignoring"),
            ("portsentry", "adminalert: PortSentry is now active and listening."),
            ("portsentry", "adminalert: Going into listen mode on TCP port: {port}"),
        ],
    },
    Format {
        // KWin on Wayland: a framebuffer refused, X11 errors from Xwayland clients. (Written
        // before the miner saw it.)
        name: "kwin_wayland",
        header: journal_header,
        events: &[
            ("kwin_wayland", "kwin_wayland_drm: Failed to create framebuffer: Invalid argument"),
            ("kwin_wayland", "kf.windowsystem: static bool KX11Extras::mapViewport() may only be used on X11"),
            ("kwin_wayland", "kwin_core: XCB error: {3|152} ({BadWindow|BadDamage}), sequence: {n}, resource id: {n2}, major code: {small} ({GetGeometry|ChangeProperty|Damage}), minor code: {small2}"),
            ("kwin_wayland", "kwin_xwl: Failed to find xdg-activation token for window {n}"),
        ],
    },
    Format {
        // gVisor's runsc, glog-style: its arguments, syscalls it does not implement.
        // (Written before the miner saw it.)
        name: "runsc",
        header: hms_header,
        events: &[
            ("-", "I1128 {hms}.{n}  {n2} main.go:{small}] ***************************"),
            ("-", "I1128 {hms}.{n}  {n2} main.go:{small}] Args: [runsc --root=/var/run/docker/runtime-runc/moby --log-format=json create --bundle /run/containerd/io.containerd.runtime.v2.task/moby/{container} --pid-file /run/containerd/io.containerd.runtime.v2.task/moby/{container}/init.pid {container}]"),
            ("-", "W1128 {hms}.{n}  {n2} unsupported.go:{small}] [   {small2}:   {small2}] Unsupported syscall {io_uring_setup|fanotify_init|kexec_load}(0x{hex},0x{hex2},0x0,0x0,0x0,0x0)"),
            ("-", "D1128 {hms}.{n}  {n2} controller.go:{small}] containerManager.StartRoot, cid: {container}"),
        ],
    },
    Format {
        // Kata Containers' shim in containerd's journal: VMs started and stopped, a cleanup
        // that failed. (Written before the miner saw it.)
        name: "kata",
        header: journal_header,
        events: &[
            ("containerd", "time=\"{iso}\" level=info msg=\"VM started\" pid={n} sandbox={container} source=virtcontainers subsystem=sandbox"),
            ("containerd", "time=\"{iso}\" level=info msg=\"Agent started in the sandbox\" pid={n} sandbox={container} source=virtcontainers subsystem=sandbox"),
            ("containerd", "time=\"{iso}\" level=warning msg=\"Could not add /dev/mshv to the devices cgroup\" name=containerd-shim-v2 pid={n} sandbox={container} source=cgroups"),
            ("containerd", "time=\"{iso}\" level=error msg=\"failed to cleanup vm path /run/kata/{container}\" error=\"unlinkat /run/kata/{container}/shared: device or resource busy\" name=containerd-shim-v2 pid={n} sandbox={container} source=virtcontainers subsystem=sandbox"),
            ("containerd", "time=\"{iso}\" level=info msg=\"Stopping VM\" pid={n} sandbox={container} source=virtcontainers subsystem=qemu"),
        ],
    },
    Format {
        // The kernel's NFS server: its recovery directory, the grace period, a client's
        // stale state. (Written before the miner saw it.)
        name: "nfsd_kernel",
        header: tag_header,
        events: &[
            ("kernel", "NFSD: Using /var/lib/nfs/v4recovery as the NFSv4 state recovery directory"),
            ("kernel", "NFSD: Using legacy client tracking operations."),
            ("kernel", "NFSD: starting 90-second grace period (net f{hex})"),
            ("kernel", "nfsd: last server has exited, flushing export cache"),
            ("kernel", "NFSD: client {ip} testing state ID with incorrect client ID"),
            ("kernel", "nfsd: peername failed (err 107)!"),
        ],
    },
    Format {
        // DenyHosts: hosts denied, its log and sync. (Written before the miner saw it.)
        name: "denyhosts",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{n} - denyhosts   : INFO     new denied hosts: ['{ip}']"),
            ("-", "{date} {hms},{n} - denyhosts   : INFO     monitoring log: /var/log/auth.log"),
            ("-", "{date} {hms},{n} - denyhosts   : INFO     sync_time: {n2}"),
            ("-", "{date} {hms},{n} - denyfileutil: INFO     purging {small} entries from /etc/hosts.deny"),
        ],
    },
    Format {
        // ovn-controller binding logical ports to its chassis and reconnecting to the
        // southbound database. (Written before the miner saw it.)
        name: "ovn_controller",
        header: hms_header,
        events: &[
            ("-", "{iso}|{n}|binding|INFO|Claiming lport {uuid} for this chassis."),
            ("-", "{iso}|{n}|binding|INFO|{uuid}: Claiming {hwaddr} {ip}"),
            ("-", "{iso}|{n}|binding|INFO|Releasing lport {uuid} from this chassis (sb_readonly=0)"),
            ("-", "{iso}|{n}|binding|INFO|Setting lport {uuid} ovn-installed in OVS"),
            ("-", "{iso}|{n}|binding|INFO|Setting lport {uuid} up in Southbound"),
            ("-", "{iso}|{n}|reconnect|INFO|ssl:{ip}:6642: connected"),
            ("-", "{iso}|{n}|reconnect|WARN|ssl:{ip}:6642: connection dropped (Broken pipe)"),
            ("-", "{iso}|{n}|main|INFO|OVS feature set changed, force recompute."),
        ],
    },
    Format {
        // OpenStack Octavia's controller: amphorae created, failed over, unreachable.
        // (Written before the miner saw it.)
        name: "octavia",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{n} {n2} INFO octavia.controller.worker.v2.controller_worker [-] Created Amphora {uuid} in database for load balancer {uuid2}"),
            ("-", "{date} {hms}.{n} {n2} INFO octavia.controller.worker.v2.tasks.database_tasks [-] Mark ACTIVE in DB for load balancer id: {uuid}"),
            ("-", "{date} {hms}.{n} {n2} WARNING octavia.amphorae.drivers.haproxy.rest_api_driver [-] Could not connect to instance. Retrying.: requests.exceptions.ConnectionError: HTTPSConnectionPool(host='{ip}', port=9443): Max retries exceeded with url: // (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{hex}>: Failed to establish a new connection: [Errno 113] No route to host'))"),
            ("-", "{date} {hms}.{n} {n2} INFO octavia.controller.healthmanager.health_manager [-] Stale amphora's id is: {uuid}"),
            ("-", "{date} {hms}.{n} {n2} INFO octavia.controller.worker.v2.controller_worker [-] Attempting failover for amphora {uuid}"),
        ],
    },
    Format {
        // OpenStack Keystone: tokens issued, projects read, requests refused. (Written
        // before the miner saw it.)
        name: "keystone",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{n} {n2} INFO keystone.common.wsgi [req-{uuid} - - - - -] POST http://{ip}:5000/v3/auth/tokens"),
            ("-", "{date} {hms}.{n} {n2} INFO keystone.common.wsgi [req-{uuid} {hex} {hex2} - default default] GET http://{ip}:5000/v3/projects/{hex3}"),
            ("-", "{date} {hms}.{n} {n2} WARNING keystone.server.flask.application [req-{uuid} - - - - -] Authorization failed. The request you have made requires authentication. from {ip}"),
            ("-", "{date} {hms}.{n} {n2} WARNING keystone.common.password_hashing [req-{uuid} - - - - -] Truncating password to algorithm specific maximum length 72 characters."),
            ("-", "{date} {hms}.{n} {n2} WARNING keystone.server.flask.application [req-{uuid} - - - - -] Could not find project: {hex}."),
        ],
    },
    Format {
        // OCFS2 in the kernel: volumes mounted, cluster nodes joining its lock domain, a
        // slot two nodes heartbeat in. (Written before the miner saw it.)
        name: "ocfs2",
        header: tag_header,
        events: &[
            ("kernel", "ocfs2: Mounting device ({small},{small2}) on (node {small3}, slot {0|1|2}) with ordered data mode."),
            ("kernel", "ocfs2: Unmounting device ({small},{small2}) on (node {small3})"),
            ("kernel", "o2net: Connected to node {node1|node2|node3} (num {small}) at {ip}:7777"),
            ("kernel", "o2net: No longer connected to node {node1|node2|node3} (num {small}) at {ip}:7777"),
            ("kernel", "o2dlm: Joining domain {hex}{hex2} ( {0 1|0 1 2|1 2} ) {small} nodes"),
            ("kernel", "(o2hb-{queue},{n},{small}):o2hb_do_disk_heartbeat:{n2} ERROR: Device \"dm-{small2}\": another node is heartbeating in our slot!"),
        ],
    },
    Format {
        // snapperd's log: a level, the process, the source file, function and line, then
        // the message. (Written before the miner saw it.)
        name: "snapper",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} MIL:{n}:Snapper.cc(Snapper):92 - Snapper constructor"),
            ("-", "{date} {hms} MIL:{n}:Snapper.cc(Snapper):93 - snapper version 0.10.{small}"),
            ("-", "{date} {hms} MIL:{n}:Snapper.cc(Snapper):94 - config_name:{root|home} root_prefix:/ disable_filters:false"),
            ("-", "{date} {hms} MIL:{n}:snapperd(main):263 - Requesting quit"),
            ("-", "{date} {hms} ERR:{n}:Btrfs.cc(deleteSnapshot):421 - delete snapshot failed, ioctl(BTRFS_IOC_SNAP_DESTROY) failed errno:16 (Device or resource busy)"),
            ("-", "{date} {hms} MIL:{n}:Snapshot.cc(createSnapshot):862 - created snapshot {n2}"),
        ],
    },
    Format {
        // rathole's server, Rust's tracing with spans: control channels, visitors.
        // (Written before the miner saw it.)
        name: "rathole",
        header: hms_header,
        events: &[
            ("-", "{iso}  INFO rathole::server: Listening at 0.0.0.0:{2333|7000}"),
            ("-", "{iso}  INFO connection{addr={ipport}}: rathole::server: Try to handshake a control channel"),
            ("-", "{iso}  INFO connection{addr={ipport}}:service{service={ssh|nas|web}}: rathole::server: Control channel established"),
            ("-", "{iso}  WARN connection{addr={ipport}}: rathole::server: Dropping previous control channel for service {ssh|nas|web}"),
            ("-", "{iso} ERROR connection{addr={ipport}}: rathole::server: Failed to read hello: early eof"),
            ("-", "{iso}  INFO handle{service={ssh|nas|web}}: rathole::server: New visitor from {ipport}"),
        ],
    },
    Format {
        // Daphne serving Django Channels: its start, HTTP requests and WebSocket handshakes
        // as an access log. (Written before the miner saw it.)
        name: "daphne",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{n} INFO     Starting server at tcp:port=8000:interface=0.0.0.0"),
            ("-", "{date} {hms},{n} INFO     HTTP/2 support not enabled (install the http2 and tls Twisted extras)"),
            ("-", "{date} {hms},{n} INFO     Listening on TCP address 0.0.0.0:8000"),
            ("-", "{ip}:{port} - - [28/Nov/2026:{hms}] \"WSCONNECTING /ws/{chat|notifications}/\" - -"),
            ("-", "{ip}:{port} - - [28/Nov/2026:{hms}] \"WSCONNECT /ws/{chat|notifications}/\" - -"),
            ("-", "{ip}:{port} - - [28/Nov/2026:{hms}] \"WSDISCONNECT /ws/{chat|notifications}/\" - -"),
            ("-", "{ip}:{port} - - [28/Nov/2026:{hms}] \"GET /api/{orders|users}/\" 200 {n}"),
        ],
    },
    Format {
        // Hypercorn serving an ASGI app: its start, access lines, an app's error. (Written
        // before the miner saw it.)
        name: "hypercorn",
        header: hms_header,
        events: &[
            ("-", "[{date} {hms} +0000] [{n}] [INFO] Running on http://0.0.0.0:8000 (CTRL + C to quit)"),
            ("-", "[{date} {hms} +0000] [{n}] [INFO] {ip}:{port} - - [28/Nov/2026:{hms} +0000] \"GET /api/{orders|users} 1.1\" 200 {n2} \"-\" \"python-httpx/0.2{small}.0\""),
            ("-", "[{date} {hms} +0000] [{n}] [ERROR] Error in ASGI Framework"),
            ("-", "[{date} {hms} +0000] [{n}] [INFO] Shutting down"),
        ],
    },
    Format {
        // Conduit, a Matrix homeserver in Rust: federation backing off, sending, keys that
        // could not be fetched. (Written before the miner saw it.)
        name: "conduit",
        header: hms_header,
        events: &[
            ("-", "{iso}  WARN conduit::service::rooms::event_handler: Backing off from {host}"),
            ("-", "{iso}  INFO conduit::service::sending: Sending {small} events to {host}"),
            ("-", "{iso} ERROR conduit::api::server_server: Failed to fetch signing keys: Error {small}: request to {host} timed out"),
            ("-", "{iso}  INFO conduit: Loading rocksdb database at /var/lib/matrix-conduit/"),
        ],
    },
    Format {
        // OPA Gatekeeper's JSON: admissions denied, constraints updated and audited.
        // (Written before the miner saw it.)
        name: "gatekeeper",
        header: hms_header,
        events: &[
            ("-", "{\"level\":\"info\",\"ts\":{epochs},\"logger\":\"webhook\",\"msg\":\"denied admission\",\"process\":\"admission\",\"event_type\":\"violation\",\"constraint_name\":\"{require-labels|no-privileged|allowed-repos}\",\"constraint_kind\":\"{K8sRequiredLabels|K8sPSPPrivilegedContainer|K8sAllowedRepos}\",\"resource_kind\":\"{Pod|Deployment}\",\"resource_namespace\":\"{ns}\",\"resource_name\":\"{pod}\",\"request_username\":\"{user}\"}"),
            ("-", "{\"level\":\"info\",\"ts\":{epochs},\"logger\":\"controller\",\"msg\":\"handling constraint update\",\"process\":\"constraint_controller\",\"instance\":{\"apiVersion\":\"constraints.gatekeeper.sh/v1beta1\",\"kind\":\"{K8sRequiredLabels|K8sAllowedRepos}\",\"name\":\"{require-labels|allowed-repos}\"}}"),
            ("-", "{\"level\":\"info\",\"ts\":{epochs},\"logger\":\"audit\",\"msg\":\"auditing constraints and violations\",\"process\":\"audit\",\"audit_id\":\"{iso}\",\"event_type\":\"audit_started\"}"),
            ("-", "{\"level\":\"info\",\"ts\":{epochs},\"logger\":\"audit\",\"msg\":\"audit results for constraint\",\"process\":\"audit\",\"audit_id\":\"{iso}\",\"event_type\":\"constraint_audited\",\"constraint_kind\":\"{K8sRequiredLabels|K8sAllowedRepos}\",\"constraint_name\":\"{require-labels|allowed-repos}\",\"constraint_violations\":\"{small}\"}"),
        ],
    },
    Format {
        // kine, etcd's API over SQL for k3s, logging through logrus. (Written before the
        // miner saw it.)
        name: "kine",
        header: hms_header,
        events: &[
            ("-", "time=\"{iso}\" level=info msg=\"Configuring sqlite3 database connection pooling: maxIdleConns=2, maxOpenConns=0, connMaxLifetime=0s\""),
            ("-", "time=\"{iso}\" level=info msg=\"Kine available at unix://kine.sock\""),
            ("-", "time=\"{iso}\" level=error msg=\"error while range on /registry/{pods|services|leases}/{ns}/{pod} : database is locked\""),
        ],
    },
    Format {
        // Micronaut's logback console: start-up, a route's error, a scheduled job, a
        // timeout. (Written before the miner saw it.)
        name: "micronaut",
        header: hms_header,
        events: &[
            ("-", "{hms}.{n} [main] INFO  io.micronaut.runtime.Micronaut - Startup completed in {small}{small2}ms. Server Running: http://localhost:{8080|8081}"),
            ("-", "{hms}.{n} [default-nioEventLoopGroup-1-{small}] ERROR i.m.http.server.RouteExecutor - Unexpected error occurred: Connection refused: {host}/{ip}:5432"),
            ("-", "{hms}.{n} [scheduled-executor-thread-{small}] INFO  shop.jobs.CleanupJob - Removed {n2} expired carts"),
            ("-", "{hms}.{n} [io-executor-thread-{small}] WARN  i.m.h.s.netty.RoutingInBoundHandler - Request GET /api/orders/{n2} timed out after {small2}s"),
        ],
    },
    Format {
        // Helidon 4's java.util.logging lines: the thread (virtual ones too) before the
        // message. (Written before the miner saw it.)
        name: "helidon",
        header: hms_header,
        events: &[
            ("-", "{dotdate} {hms} INFO io.helidon.webserver.LoomServer Thread[#1,main,5,main]: Started all channels in {small}{small2} milliseconds. {n} milliseconds since JVM startup. Java 21.0.{small3}+12-LTS"),
            ("-", "{dotdate} {hms} INFO io.helidon.webserver.ServerListener VirtualThread[#{n},start @default,5,main]: [0x{hex}] http://0.0.0.0:{8080|8443} bound for socket '@default'"),
            ("-", "{dotdate} {hms} WARNING io.helidon.webserver.http1.Http1Connection VirtualThread[#{n},[0x{hex}] WebServer socket,5,main]: Internal server error"),
            ("-", "{dotdate} {hms} INFO io.helidon.Main Thread[#{n},shutdown-hook,5,main]: Shutdown requested by JVM shutting down"),
        ],
    },
    Format {
        // Vert.x through java.util.logging's two-line format: the time and source, then the
        // level and message. (Written before the miner saw it.)
        name: "vertx",
        header: hms_header,
        events: &[
            ("-", "{julclock} {io.vertx.core.impl.launcher.commands.VertxIsolatedDeployer|io.vertx.core.net.impl.ConnectionBase|shop.MainVerticle|io.vertx.core.impl.BlockedThreadChecker}"),
            ("-", "INFO: Succeeded in deploying verticle"),
            ("-", "SEVERE: java.io.IOException: Connection reset by peer"),
            ("-", "INFO: HTTP server started on port {8080|8888}"),
            ("-", "WARNING: Thread vert.x-eventloop-thread-{small} has been blocked for {n} ms, time limit is 2000 ms"),
        ],
    },
    Format {
        // Dropwizard: its logback lines and its access log. (Written before the miner saw
        // it.)
        name: "dropwizard",
        header: hms_header,
        events: &[
            ("-", "INFO  [{date} {hms},{n}] io.dropwizard.server.ServerFactory: Starting {shop|billing}"),
            ("-", "INFO  [{date} {hms},{n}] org.eclipse.jetty.server.AbstractConnector: Started application@{hex}{{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}"),
            ("-", "WARN  [{date} {hms},{n}] io.dropwizard.health.HealthCheckManager: Health check changed state. name={database|redis} state=UNHEALTHY critical=true"),
            ("-", "ERROR [{date} {hms},{n}] io.dropwizard.jersey.errors.LoggingExceptionMapper: Error handling a request: {hex}{hex2}"),
            ("-", "{ip} - - [28/Nov/2026:{hms} +0000] \"GET /api/{orders|users}/{n} HTTP/1.1\" 200 {n2} \"-\" \"curl/8.{small}.0\" {small2}"),
        ],
    },
    Format {
        // Apache Pekko's cluster through SLF4J: nodes joining and up, an association that
        // failed, a shutdown. (Written before the miner saw it.)
        name: "pekko",
        header: hms_header,
        events: &[
            ("-", "[{date} {hms},{n}] [INFO] [org.apache.pekko.event.slf4j.Slf4jLogger] [shop-pekko.actor.default-dispatcher-{small}] [] - Slf4jLogger started"),
            ("-", "[{date} {hms},{n}] [INFO] [org.apache.pekko.cluster.Cluster] [shop-pekko.actor.default-dispatcher-{small}] [Cluster(pekko://shop)] - Cluster Node [pekko://shop@{ip}:7355] - Node [pekko://shop@{ip2}:7355] is JOINING itself (with roles [dc-default], version [0.0.0]) and forming new cluster"),
            ("-", "[{date} {hms},{n}] [INFO] [org.apache.pekko.cluster.Cluster] [shop-pekko.actor.default-dispatcher-{small}] [Cluster(pekko://shop)] - Cluster Node [pekko://shop@{ip}:7355] - Leader is moving node [pekko://shop@{ip2}:7355] to [Up]"),
            ("-", "[{date} {hms},{n}] [WARN] [org.apache.pekko.remote.artery.Association] [shop-pekko.actor.default-dispatcher-{small}] [] - Outbound control stream to [pekko://shop@{ip}:7355] failed. Restarting it. Handshake with [pekko://shop@{ip}:7355] did not complete within 20000 ms"),
            ("-", "[{date} {hms},{n}] [INFO] [org.apache.pekko.actor.CoordinatedShutdown] [shop-pekko.actor.default-dispatcher-{small}] [] - Running CoordinatedShutdown with reason [ClusterDowningReason]"),
        ],
    },
    Format {
        // koa-logger: a request in (`<--`), its response out (`-->`), an error (`xxx`).
        // (Written before the miner saw it.)
        name: "koa",
        header: hms_header,
        events: &[
            ("-", "  <-- GET /api/users/{n}"),
            ("-", "  --> GET /api/users/{n} 200 {small}ms {small2}.{small3}kb"),
            ("-", "  <-- POST /api/orders"),
            ("-", "  --> POST /api/orders {201|400|500} {small}ms {small2}b"),
            ("-", "  xxx GET /api/users/{n} 500 {small}ms -"),
        ],
    },
    Format {
        // Sanic: workers started and stopped, its access log, a handler's exception.
        // (Written before the miner saw it.)
        name: "sanic",
        header: hms_header,
        events: &[
            ("-", "[{date} {hms} +0000] [{n}] [INFO] Starting worker [{n}]"),
            ("-", "[{date} {hms} +0000] [{n}] [INFO] Stopping worker [{n}]"),
            ("-", "[{date} {hms} +0000] - (sanic.access)[INFO][{ipport}]: GET http://localhost:8000/api/{users|orders}/{n}  200 {n2}"),
            ("-", "[{date} {hms} +0000] [{n}] [ERROR] Exception occurred while handling uri: 'http://localhost:8000/api/{users|orders}/{n2}'"),
        ],
    },
    Format {
        // Hugo building a site: its version, the table of what it built, a missing layout.
        // (Written before the miner saw it.)
        name: "hugo",
        header: hms_header,
        events: &[
            ("-", "Start building sites … "),
            ("-", "hugo v0.1{small}{small2}.0-{hex}+extended linux/amd64 BuildDate=unknown"),
            ("-", "  Pages            | {small}{small2}  "),
            ("-", "  Static files     | {small}{small2}  "),
            ("-", "  Aliases          |   {small}  "),
            ("-", "Total in {n} ms"),
            ("-", "Watching for changes in /site/{archetypes,assets,content,data,layouts,static}"),
            ("-", "WARN  found no layout file for \"{HTML|json}\" for kind \"{taxonomy|term|page}\": You should create a template file which matches Hugo Layouts Lookup Rules for this combination."),
        ],
    },
    Format {
        // Go's Echo: its request logger's JSON, its banner, an error through its logger.
        // (Written before the miner saw it.)
        name: "echo",
        header: hms_header,
        events: &[
            ("-", "{\"time\":\"{iso}\",\"id\":\"\",\"remote_ip\":\"{ip}\",\"host\":\"localhost:1323\",\"method\":\"{GET|POST}\",\"uri\":\"/api/{users|orders}/{n}\",\"user_agent\":\"curl/8.{small}.0\",\"status\":{200|404|500},\"error\":\"\",\"latency\":{n2},\"latency_human\":\"{dur}\",\"bytes_in\":0,\"bytes_out\":{n3}}"),
            ("-", "⇨ http server started on [::]:{1323|8080}"),
            ("-", "{\"time\":\"{iso}\",\"level\":\"ERROR\",\"prefix\":\"echo\",\"file\":\"{main.go|handlers.go}\",\"line\":\"{small}{small2}\",\"message\":\"code=500, message=Internal Server Error, internal=sql: no rows in result set\"}"),
        ],
    },
    Format {
        // Go's Fiber: its logger's columns between bars, an error's text last; its banner.
        // (Written before the miner saw it.)
        name: "fiber",
        header: hms_header,
        events: &[
            ("-", "{hms} | {200|201|304} | {padding}{dur} | {padding}{ip} | GET     | /api/{users|orders}/{n} | -"),
            ("-", "{hms} | {404|500} | {padding}{dur} | {padding}{ip} | POST    | /api/{users|orders} | {Cannot POST /api/users|sql: database is closed}"),
            ("-", "│                   Fiber v2.5{small}.0                   │"),
            ("-", "│               http://127.0.0.1:3000               │"),
        ],
    },
    Format {
        // Resque's workers: jobs got, done and failed, queues checked, dead workers pruned.
        // (Written before the miner saw it.)
        name: "resque",
        header: hms_header,
        events: &[
            ("-", "*** Starting worker {host}:{n}:{mailer|default|reports}"),
            ("-", "*** got: (Job{{mailer|default|reports}} | {SendWelcome|ChargeCard|BuildReport} | [{n}])"),
            ("-", "*** done: (Job{{mailer|default|reports}} | {SendWelcome|ChargeCard|BuildReport} | [{n}])"),
            ("-", "*** (Job{{mailer|default|reports}} | {SendWelcome|ChargeCard|BuildReport} | [{n}]) failed: #<Net::ReadTimeout: Net::ReadTimeout>"),
            ("-", "*** Checking {mailer|default|reports}"),
            ("-", "*** Sleeping for 5.0 seconds"),
            ("-", "*** Pruning dead worker: {host}:{n}:{mailer|default|reports}"),
        ],
    },
    Format {
        // Symfony's Monolog lines: a channel and level, the message, its context as JSON.
        // (Written before the miner saw it.)
        name: "symfony",
        header: hms_header,
        events: &[
            ("-", "[{iso}] request.INFO: Matched route \"{app_home|app_product_show|api_orders}\". {\"route\":\"{app_home|app_product_show|api_orders}\",\"route_parameters\":{\"_route\":\"{app_home|app_product_show|api_orders}\"},\"request_uri\":\"https://shop.example.com/{products|orders}/{n}\",\"method\":\"GET\"} []"),
            ("-", "[{iso}] security.DEBUG: Checking for authenticator support. {\"firewall_name\":\"main\",\"authenticators\":1} []"),
            ("-", "[{iso}] doctrine.DEBUG: SELECT t0.id AS id_1, t0.email AS email_2 FROM user t0 WHERE t0.id = ? (parameters: array{\"1\":{n}}, types: array{\"1\":1}) [] []"),
            ("-", "[{iso}] request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: \"An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused\" at /var/www/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line {small}{small2} {\"exception\":\"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException(code: 2002): An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused at /var/www/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:{small}{small2})\"} []"),
        ],
    },
    Format {
        // WordPress's debug.log: PHP's warnings, deprecations and fatal errors, a database
        // error with its call stack, a cron event. (Written before the miner saw it.)
        name: "wordpress_debug",
        header: hms_header,
        events: &[
            ("-", "[{day}-Nov-2026 {hms} UTC] PHP Warning:  Undefined array key \"{redirect_to|action|page}\" in /var/www/html/wp-content/plugins/{woocommerce|jetpack|akismet}/includes/{class-wc-cart.php|functions.php} on line {n}"),
            ("-", "[{day}-Nov-2026 {hms} UTC] PHP Deprecated:  Creation of dynamic property {WC_Cart|Jetpack_Sync}::${session|module} is deprecated in /var/www/html/wp-content/plugins/{woocommerce|jetpack}/includes/{class-wc-cart.php|functions.php} on line {n}"),
            ("-", "[{day}-Nov-2026 {hms} UTC] PHP Fatal error:  Allowed memory size of {268435456|134217728} bytes exhausted (tried to allocate {n} bytes) in /var/www/html/wp-includes/{class-wpdb.php|formatting.php} on line {n2}"),
            ("-", "[{day}-Nov-2026 {hms} UTC] WordPress database error Deadlock found when trying to get lock; try restarting transaction for query UPDATE `wp_options` SET `option_value` = '{n}' WHERE `option_name` = '{_transient_timeout_wc_count|cron}' made by do_action('init'), WP_Hook->do_action, WP_Hook->apply_filters"),
            ("-", "[{day}-Nov-2026 {hms} UTC] Cron reschedule event error for hook: {action_scheduler_run_queue|wp_version_check}, Error code: invalid_schedule, Error message: Event schedule does not exist., Data: {\"schedule\":\"every_minute\",\"args\":[],\"interval\":60}"),
        ],
    },
    Format {
        // Hangfire's server in .NET: servers announced, jobs retried and deleted, servers
        // timed out. (Written before the miner saw it.)
        name: "hangfire",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} [INFO]  (Hangfire.Server.BackgroundServerProcess) Server {host}:{n}:{hex} successfully announced in {float} ms"),
            ("-", "{date} {hms} [INFO]  (Hangfire.Server.BackgroundServerProcess) Server {host}:{n}:{hex} is starting the registered dispatchers: ServerWatchdog, ServerJobCancellationWatcher, ExpirationManager, CountersAggregator, Worker, DelayedJobScheduler, RecurringJobScheduler..."),
            ("-", "{date} {hms} [WARN]  (Hangfire.AutomaticRetryAttribute) Failed to process the job '{n}': an exception occurred. Retry attempt {small} of 10 will be performed in {small2}s."),
            ("-", "{date} {hms} [ERROR] (Hangfire.AutomaticRetryAttribute) Failed to process the job '{n}': an exception occured. Job was automatically deleted because the retry attempt count exceeded 10."),
            ("-", "{date} {hms} [INFO]  (Hangfire.Server.ServerWatchdog) {small} servers were removed due to timeout"),
        ],
    },
    Format {
        // A Java service's logback lines in Russian: orders created and paid, a pool that
        // ran dry, payments a bank declined. (Written before the miner saw it.)
        name: "logback_russian",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{n} INFO  [http-nio-8080-exec-{small}] r.s.order.OrderService - Заказ {n2} создан пользователем {user}"),
            ("-", "{date} {hms},{n} INFO  [http-nio-8080-exec-{small}] r.s.order.OrderService - Заказ {n2} оплачен, сумма {n3} руб."),
            ("-", "{date} {hms},{n} WARN  [http-nio-8080-exec-{small}] r.s.db.ConnectionPool - Не удалось получить соединение из пула за {small2} с, повтор {small3} из 5"),
            ("-", "{date} {hms},{n} ERROR [http-nio-8080-exec-{small}] r.s.payment.PaymentService - Платёж {n2} отклонён банком: {недостаточно средств|карта заблокирована|превышен лимит}"),
            ("-", "{date} {hms},{n} INFO  [scheduling-1] r.s.jobs.CleanupJob - Удалено {n2} просроченных корзин"),
            ("-", "{date} {hms},{n} INFO  [main] r.s.Application - Приложение запущено за {float} секунд"),
        ],
    },
    Format {
        // 1C:Enterprise's technological log: events as comma-separated fields, users and
        // contexts in Russian. (Written before the miner saw it.)
        name: "onec_techlog",
        header: hms_header,
        events: &[
            ("-", "{small}{small2}:{small3}.{n}-0,CONN,0,process=rphost,OSThread={n2},Txt=Clean up connections"),
            ("-", "{small}{small2}:{small3}.{n}-{n2},EXCP,{small},process=rphost,p:processName=shop,OSThread={n3},t:clientID={n4},t:applicationName=1CV8C,t:computerName={host},Usr={Иванов|Петров|Сидорова},Exception=DataBaseException,Descr='Ошибка СУБД: Microsoft SQL Server Native Client 11.0: Превышено время ожидания запроса.'"),
            ("-", "{small}{small2}:{small3}.{n}-{n2},TLOCK,{small},process=rphost,p:processName=shop,OSThread={n3},t:clientID={n4},Usr={Иванов|Петров|Сидорова},Regions=AccumRg{n5}.DIMS,Locks='AccumRg{n5}.DIMS Exclusive Fld{n6}=\"{n7}\"',WaitConnections={small2}"),
            ("-", "{small}{small2}:{small3}.{n}-{n2},CALL,{small},process=rphost,p:processName=shop,OSThread={n3},t:clientID={n4},Usr={Иванов|Петров|Сидорова},Context='Форма.Вызов : Документ.ЗаказКлиента.МодульОбъекта.ПередЗаписью',Memory={n5},MemoryPeak={n6}"),
        ],
    },
    Format {
        // A Spring Boot shop's lines in Spanish. (Written before the miner saw it.)
        name: "spring_spanish",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{n}  INFO {n2} --- [nio-8080-exec-{small}] c.e.tienda.PedidoService : Pedido {n3} creado por el usuario {user}"),
            ("-", "{date} {hms}.{n}  INFO {n2} --- [nio-8080-exec-{small}] c.e.tienda.AuthService : El usuario {user} inició sesión desde {ip}"),
            ("-", "{date} {hms}.{n}  WARN {n2} --- [nio-8080-exec-{small}] c.e.tienda.StockService : Stock bajo para el producto SKU-{n3}: quedan {small2} unidades"),
            ("-", "{date} {hms}.{n} ERROR {n2} --- [nio-8080-exec-{small}] c.e.tienda.PagoService : No se pudo procesar el pago {n3}: tarjeta rechazada"),
            ("-", "{date} {hms}.{n}  INFO {n2} --- [nio-8080-exec-{small}] c.e.tienda.EnvioService : Envío {n3} entregado en {Madrid|Sevilla|Valencia|Bilbao}"),
        ],
    },
    Format {
        // Python's logging in French: a space before the colon, apostrophes glued to words.
        // (Written before the miner saw it.)
        name: "python_french",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{n} INFO boutique.commandes: Commande {n2} expédiée à {user}"),
            ("-", "{date} {hms},{n} INFO boutique.auth: L'utilisateur {user} s'est connecté depuis {ip}"),
            ("-", "{date} {hms},{n} WARNING boutique.stock: Stock faible pour l'article {n2} : il reste {small} unités"),
            ("-", "{date} {hms},{n} ERROR boutique.paiement: Échec du paiement {n2} : carte refusée"),
            ("-", "{date} {hms},{n} ERROR boutique.db: Impossible de se connecter à {ip}:5432 : délai d'attente dépassé"),
        ],
    },
    Format {
        // A Node service's winston lines in Portuguese. (Written before the miner saw it.)
        name: "winston_portuguese",
        header: hms_header,
        events: &[
            ("-", "{iso} info: Pedido {n} criado com sucesso para o cliente {user}"),
            ("-", "{iso} info: Usuário {user} autenticado via {senha|Google|GitHub}"),
            ("-", "{iso} warn: Tentativa {small} de {small2} falhou ao chamar o serviço de frete"),
            ("-", "{iso} error: Falha ao processar pagamento {n}: cartão recusado pela operadora"),
            ("-", "{iso} info: Nota fiscal {n} emitida (série {small})"),
        ],
    },
    Format {
        // A backup daemon's journal in German. (Written before the miner saw it.)
        name: "backup_german",
        header: journal_header,
        events: &[
            ("sicherung", "Sicherung von {/home|/etc|/var/www} gestartet"),
            ("sicherung", "Sicherung von {/home|/etc|/var/www} abgeschlossen: {n} Dateien, {small},{small2} GB in {small3} Minuten"),
            ("sicherung", "Verbindung zu {ip}:22 fehlgeschlagen: Zeitüberschreitung"),
            ("sicherung", "Alte Sicherung vom {day}.11.2026 gelöscht"),
            ("sicherung", "Warnung: Nur noch {small} % freier Speicher auf /mnt/backup"),
        ],
    },
    Format {
        // A Japanese service's lines: values glued to the words around them, full-width
        // brackets and colons. (Written before the miner saw it.)
        name: "japanese_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  注文{n}を作成しました（ユーザー：{user}）"),
            ("-", "{date} {hms} INFO  ユーザー{user}がログインしました"),
            ("-", "{date} {hms} WARN  在庫が残り{small}個です（商品ID：{n}）"),
            ("-", "{date} {hms} ERROR データベースへの接続に失敗しました：タイムアウト（{small}秒）"),
            ("-", "{date} {hms} INFO  バッチ処理が完了しました（{n}件、{small}秒）"),
        ],
    },
    Format {
        // A Korean service's lines: particles glued to values (`alice님이`, `42번이`).
        // (Written before the miner saw it.)
        name: "korean_app",
        header: hms_header,
        events: &[
            ("-", "[{date} {hms}] INFO  주문 {n}번이 생성되었습니다 (사용자: {user})"),
            ("-", "[{date} {hms}] INFO  사용자 {user}님이 로그인했습니다"),
            ("-", "[{date} {hms}] WARN  결제 {n}건이 실패했습니다: 카드 한도 초과"),
            ("-", "[{date} {hms}] ERROR 데이터베이스 연결에 실패했습니다 (시간 초과 {small}초)"),
        ],
    },
    Format {
        // A service logging in Turkish, its levels too (`BİLGİ`, `UYARI`, `HATA`). (Written
        // before the miner saw it.)
        name: "turkish_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} BİLGİ Sipariş {n} oluşturuldu, kullanıcı: {user}"),
            ("-", "{date} {hms} BİLGİ Kullanıcı {user} giriş yaptı ({ip})"),
            ("-", "{date} {hms} UYARI Ödeme {n} reddedildi: yetersiz bakiye"),
            ("-", "{date} {hms} HATA Veritabanına bağlanılamadı: zaman aşımı ({small} sn)"),
        ],
    },
    Format {
        // Alluxio's master: workers registered, files not persisted, journal checkpoints, a
        // block read that timed out. (Written before the miner saw it.)
        name: "alluxio",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{n} INFO  AlluxioMasterProcess - Starting Alluxio master @{host}:19998."),
            ("-", "{date} {hms},{n} INFO  DefaultBlockMaster - Registered worker {n2} at {host}:29999"),
            ("-", "{date} {hms},{n} WARN  DefaultFileSystemMaster - Failed to persist file /{data|logs}/{n2}.parquet: UFS unavailable"),
            ("-", "{date} {hms},{n} INFO  UfsJournal - Journal checkpoint created at sequence number {n2}"),
            ("-", "{date} {hms},{n} ERROR GrpcDataReader - Failed to read block {n2} from worker {host}: DEADLINE_EXCEEDED"),
        ],
    },
    Format {
        // Apache Ozone's SCM and OM: blocks deleted, a datanode gone stale, replication.
        // (Written before the miner saw it.)
        name: "ozone",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{n} [SCMBlockDeletingService#0] INFO  block.SCMBlockDeletingService: Totally added {small} blocks to be deleted for {small2} datanodes, task elapsed time: {small3}ms"),
            ("-", "{date} {hms},{n} [EventQueue-StaleNodeForStaleNodeHandler] INFO  node.StaleNodeHandler: Datanode {uuid}({host}/{ip}) moved to stale state. Finalizing its pipelines [PipelineID={uuid2}]"),
            ("-", "{date} {hms},{n} [ReplicationMonitor] INFO  replication.ReplicationManager: Replication Monitor Thread took {small} milliseconds for processing {n2} containers."),
            ("-", "{date} {hms},{n} [IPC Server handler {small} on 9862] INFO  om.KeyManagerImpl: Key /{vol1|vol2}/{bucket}/{n2}.csv committed, size {n3}"),
        ],
    },
    Format {
        // TDengine's taosd: a module's code after the thread (`VND`, `QRY`, `TSC`), vgroups
        // committing, queries run. (Written before the miner saw it.)
        name: "tdengine",
        header: hms_header,
        events: &[
            ("-", "11/28 {hms}.{n} {n2} MND vgId:{small}, sync restore finished"),
            ("-", "11/28 {hms}.{n} {n2} VND vgId:{small}, start to commit, commitId:{n3}"),
            ("-", "11/28 {hms}.{n} {n2} QRY QID:0x{hex}{hex2}, task:0x{hex3}, query task executed, elapsed:{n3}ms"),
            ("-", "11/28 {hms}.{n} {n2} TSC 0x{hex} SQL: select avg(current) from meters where ts > now - {1h|1d|7d} interval({1m|10m}), reqId:0x{hex2}"),
            ("-", "11/28 {hms}.{n} {n2} UTL ERROR failed to connect to {host}:6030, reason:Unable to establish connection"),
        ],
    },
    Format {
        // GreptimeDB through Rust's tracing: memtables flushed, SSTs compacted, a table not
        // found. (Written before the miner saw it.)
        name: "greptimedb",
        header: hms_header,
        events: &[
            ("-", "{iso}  INFO servers::http: HTTP server is bound to 0.0.0.0:4000"),
            ("-", "{iso}  INFO mito2::flush: Successfully flush memtables, region: {n}({small}, {small2}), reason: {EngineFull|Periodically|Manual}, files: [{uuid}], cost: {float}s"),
            ("-", "{iso}  INFO mito2::compaction::task: Compacted SST files, region_id: {n}({small}, {small2}), input: [{uuid}, {uuid2}], output: [{uuid3}], window: Some({n2}), waiter_num: 0, merge_mode: LastRow, cost: {float}s"),
            ("-", "{iso} ERROR servers::grpc::flight: Failed to handle flight request, err: Table not found: greptime.public.{table}"),
        ],
    },
    Format {
        // StarRocks' frontend: backends' reports, the tablet scheduler, a statement that
        // failed, checkpoints. (Written before the miner saw it.)
        name: "starrocks_fe",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{n} INFO (thrift-server-pool-{small}|{n2}) [ReportHandler.handleReport():{n3}] receive report from be {n4}. type: {TASK|DISK|TABLET}, current queue size: {small2}"),
            ("-", "{date} {hms},{n} INFO (tablet scheduler|{n2}) [TabletScheduler.adjustPriorities():{n3}] adjust priority for all tablets. changed: {small}, total: {n4}"),
            ("-", "{date} {hms},{n} WARN (starrocks-mysql-nio-pool-{small}|{n2}) [StmtExecutor.execute():{n3}] execute Exception, sql: SELECT * FROM {table} WHERE id = {n4}, error: Unknown column 'idx' in '{table}'"),
            ("-", "{date} {hms},{n} INFO (leaderCheckpointer|{n2}) [Checkpoint.doCheckpoint():{n3}] checkpoint finished save image.{n4}"),
        ],
    },
    Format {
        // `go test -v` over a module's packages: tests run, passed, failed and skipped,
        // each package's verdict. (Written before the miner saw it.)
        name: "go_test",
        header: hms_header,
        events: &[
            ("-", "=== RUN   Test{Checkout|Refund|Login|Search}{Handler|Store|Client}"),
            ("-", "--- PASS: Test{Checkout|Refund|Login|Search}{Handler|Store|Client} (0.0{small}s)"),
            ("-", "--- FAIL: Test{Checkout|Refund|Login|Search}{Handler|Store|Client} (0.{small}{small2}s)"),
            ("-", "--- SKIP: Test{Checkout|Refund|Login|Search}{Handler|Store|Client} (0.00s)"),
            ("-", "    {handler|store|client}_test.go:{n}: expected {small}, got {small2}"),
            ("-", "ok  \texample.com/shop/{api|store|auth|search}\t0.{n}s"),
            ("-", "FAIL\texample.com/shop/{api|store|auth|search}\t0.{n}s"),
        ],
    },
    Format {
        // USBGuard's audit log: devices inserted, the policy applied to each, an IPC client
        // refused. (Written before the miner saw it.)
        name: "usbguard",
        header: hms_header,
        events: &[
            ("-", "[{iso}] uid=0 pid={n} result='SUCCESS' device.system_name='/devices/pci0000:00/0000:00:14.0/usb1/1-{small}' device.rule='{allow|block} id {hex}:{hex2} serial \"\" name \"{USB Keyboard|Flash Disk|Integrated Camera}\" via-port \"1-{small}\"' type='Device.Insert'"),
            ("-", "[{iso}] uid=0 pid={n} result='SUCCESS' device.system_name='/devices/pci0000:00/0000:00:14.0/usb1/1-{small}' target.old='block' target.new='{allow|reject}' type='Device.Policy'"),
            ("-", "[{iso}] uid={n2} pid={n} result='FAILURE' type='IPC.Authorization' reason='user not in IPCAllowedUsers'"),
            ("-", "[{iso}] uid=0 pid={n} result='SUCCESS' device.system_name='/devices/pci0000:00/0000:00:14.0/usb1/1-{small}' type='Device.Remove'"),
        ],
    },
    Format {
        // boltd, the Thunderbolt daemon: docks by their vendor's name (two or three words)
        // connected, authorised, and the domain's security level. (Written before the miner
        // saw it.)
        name: "boltd",
        header: journal_header,
        events: &[
            ("boltd", "[{uuid}:{Dell WD19TB|CalDigit TS4|OWC Thunderbolt Dock}     ] udev: device added ({host})"),
            ("boltd", "[{uuid}:{Dell WD19TB|CalDigit TS4|OWC Thunderbolt Dock}     ] authorizing"),
            ("boltd", "[{uuid}:{Dell WD19TB|CalDigit TS4|OWC Thunderbolt Dock}     ] authorized (secure mode)"),
            ("boltd", "[{uuid}:{Dell WD19TB|CalDigit TS4|OWC Thunderbolt Dock}     ] udev: device removed"),
            ("boltd", "domain{small}: security level '{user|secure}'"),
            ("boltd", "probing: timeout, done: [{n}] ({n2})"),
        ],
    },
    Format {
        // power-profiles-daemon: the driver found, profiles switched, holds taken and
        // released by applications. (Written before the miner saw it.)
        name: "power_profiles",
        header: journal_header,
        events: &[
            ("power-profiles-daemon", "Driver '{intel_pstate|amd_pstate|platform_profile}' loaded"),
            ("power-profiles-daemon", "Switching to profile '{balanced|performance|power-saver}' from '{balanced|performance|power-saver}'"),
            ("power-profiles-daemon", "Profile hold {n} for application '{org.gnome.Settings|firefox|steam}' released"),
            ("power-profiles-daemon", "Could not read platform profile choices: No such file or directory"),
        ],
    },
    Format {
        // The TPM2 access broker: the TSS's own `ERROR:tcti:file:line:function()` prefix,
        // TPM response codes. (Written before the miner saw it.)
        name: "tpm2_abrmd",
        header: journal_header,
        events: &[
            ("tpm2-abrmd", "ERROR:tcti:src/tss2-tcti/tcti-device.c:{n}:tcti_device_receive() Failed to read response from fd {small}, got errno {small2}: Input/output error"),
            ("tpm2-abrmd", "WARNING:esys:src/tss2-esys/api/Esys_{Load|Unseal|StartAuthSession}.c:{n}:Esys_{Load|Unseal|StartAuthSession}_Finish() Received TPM Error"),
            ("tpm2-abrmd", "resource_manager_flush_context: flushing context with handle 0x{hex}"),
            ("tpm2-abrmd", "tcti_conf before: \"device:/dev/tpmrm0\""),
        ],
    },
    Format {
        // Keylime's verifier (Python logging): agents attested, quotes failed, IMA
        // measurements not in the allowlist. (Written before the miner saw it.)
        name: "keylime",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{n} - keylime.verifier - INFO - Agent {uuid} attestation state set to GET_QUOTE"),
            ("-", "{date} {hms}.{n} - keylime.verifier - WARNING - Agent {uuid} failed, stopping polling"),
            ("-", "{date} {hms}.{n} - keylime.ima - WARNING - File not found in allowlist: {path}"),
            ("-", "{date} {hms}.{n} - keylime.tpm - ERROR - Checking quote of agent {uuid} failed: PCR #{small} mismatch"),
            ("-", "{date} {hms}.{n} - keylime.verifier - INFO - Checking IMA measurement list of agent {uuid} from entry {n2}"),
        ],
    },
    Format {
        // SONiC, the switch OS: each container's daemon after a `#` (`swss#orchagent`), the
        // function before `:-`. (Written before the miner saw it.)
        name: "sonic",
        header: hms_header,
        events: &[
            ("-", "Nov {day} {hms}.{n} sonic NOTICE swss#orchagent: :- updatePortOperStatus: Port Ethernet{small} oper state set from {up|down} to {down|up}"),
            ("-", "Nov {day} {hms}.{n} sonic NOTICE swss#portsyncd: :- onMsg: nlmsg type:16 key:Ethernet{small} admin:1 oper:{0|1} addr:{hwaddr} ifindex:{n2} master:0"),
            ("-", "Nov {day} {hms}.{n} sonic INFO bgp#bgpcfgd: Peer 'default|{ip}' has been added"),
            ("-", "Nov {day} {hms}.{n} sonic ERR syncd#syncd: :- process_on_fdb_event: invalid OIDs in fdb notifications, NOT translating and NOT storing in ASIC DB"),
            ("-", "Nov {day} {hms}.{n} sonic WARNING pmon#xcvrd: Got SFP removed event on port Ethernet{small}"),
        ],
    },
    Format {
        // asynq, a Go task queue on Redis: its `asynq: pid=… date time LEVEL:` prefix.
        // (Written before the miner saw it.)
        name: "asynq",
        header: hms_header,
        events: &[
            ("-", "asynq: pid={n} {slashdate} {hms}.{n2} INFO: Starting processing"),
            ("-", "asynq: pid={n} {slashdate} {hms}.{n2} INFO: Send signal TSTP to stop processing new tasks"),
            ("-", "asynq: pid={n} {slashdate} {hms}.{n2} WARN: Retry exhausted for task id={uuid}"),
            ("-", "asynq: pid={n} {slashdate} {hms}.{n2} ERROR: Failed to write server state data: UNKNOWN: redis command error: SADD failed: dial tcp {ip}:6379: i/o timeout"),
            ("-", "asynq: pid={n} {slashdate} {hms}.{n2} INFO: Waiting for all workers to finish..."),
        ],
    },
    Format {
        // Hasura's GraphQL engine: one JSON object a line, its type first. (Written before
        // the miner saw it.)
        name: "hasura",
        header: hms_header,
        events: &[
            ("-", "{\"type\":\"http-log\",\"timestamp\":\"{iso}\",\"level\":\"info\",\"detail\":{\"operation\":{\"query_execution_time\":0.00{n},\"request_id\":\"{uuid}\",\"response_size\":{n2},\"query\":{\"operationName\":\"{GetOrders|GetUser|ListProducts}\"}},\"http_info\":{\"status\":200,\"url\":\"/v1/graphql\",\"ip\":\"{ip}\",\"method\":\"POST\"}}}"),
            ("-", "{\"type\":\"websocket-log\",\"timestamp\":\"{iso}\",\"level\":\"info\",\"detail\":{\"event\":{\"type\":\"{accepted|closed}\"},\"connection_info\":{\"websocket_id\":\"{uuid}\"}}}"),
            ("-", "{\"type\":\"startup\",\"timestamp\":\"{iso}\",\"level\":\"info\",\"detail\":{\"kind\":\"server\",\"info\":{\"port\":8080,\"server_host\":\"*\"}}}"),
        ],
    },
    Format {
        // Neon's pageserver (Rust tracing): spans with a tenant and timeline in braces before
        // the message. (Written before the miner saw it.)
        name: "neon_pageserver",
        header: hms_header,
        events: &[
            ("-", "{iso}  INFO compaction_loop{tenant_id={hex} shard_id=0000}:run:compact_timeline{timeline_id={hex2}}: compaction iteration complete elapsed_ms={n}"),
            ("-", "{iso}  INFO wal_connection_manager{tenant_id={hex} shard_id=0000 timeline_id={hex2}}: Switching to new connection candidate: safekeeper {small}"),
            ("-", "{iso}  WARN gc_loop{tenant_id={hex} shard_id=0000}: Gc failed {small} times, retrying in {small2}s: timeline not found"),
            ("-", "{iso}  INFO request{method=GET path=/v1/tenant/{hex}/timeline request_id={uuid}}: Request handled, status: 200 OK"),
        ],
    },
    Format {
        // RisingWave (Rust tracing, targets by module path): barriers, recovery, blocked
        // actors. (Written before the miner saw it.)
        name: "risingwave",
        header: hms_header,
        events: &[
            ("-", "{iso}  INFO risingwave_meta::barrier::recovery: recovery success duration_ms={n}"),
            ("-", "{iso}  WARN risingwave_stream::executor::monitor::streaming_stats: actor {n} is blocked for {small}s, upstream actor {n2}"),
            ("-", "{iso} ERROR risingwave_batch::task::task_execution: failed to execute batch task task_id={n} error=Expr error: Division by zero"),
            ("-", "{iso}  INFO risingwave_meta::hummock::manager::compaction: compaction task {n} finished, input {small} SSTs, output {small2} SSTs"),
        ],
    },
    Format {
        // immudb: its name, a date with slashes, the level with a colon. (Written before the
        // miner saw it.)
        name: "immudb",
        header: hms_header,
        events: &[
            ("-", "immudb {slashdate} {hms} INFO: Started with an empty default database"),
            ("-", "immudb {slashdate} {hms} INFO: {defaultdb|orders|audit}: indexing in progress at {n}, {n2} remaining"),
            ("-", "immudb {slashdate} {hms} INFO: Flushing index '{defaultdb|orders|audit}' {n} entries"),
            ("-", "immudb {slashdate} {hms} WARNING: Error while reading from the stream: rpc error: code = Canceled desc = context canceled"),
        ],
    },
    Format {
        // Kestra's worker: a bracketed namespace, flow, task and execution before the
        // message. (Written before the miner saw it.)
        name: "kestra",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{n} INFO  WorkerThread io.kestra.core.runners.Worker [namespace: company.team] [flow: {orders|billing|etl}] [task: {extract|load|notify}] [execution: {shortid}] [taskrun: {shortid2}] Type {Log|Query|Request} started"),
            ("-", "{date} {hms}.{n} INFO  WorkerThread io.kestra.core.runners.Worker [namespace: company.team] [flow: {orders|billing|etl}] [task: {extract|load|notify}] [execution: {shortid}] [taskrun: {shortid2}] Type {Log|Query|Request} with state SUCCESS completed in {float}s"),
            ("-", "{date} {hms}.{n} WARN  WorkerThread io.kestra.core.runners.Worker [namespace: company.team] [flow: {orders|billing|etl}] [task: {extract|load|notify}] [execution: {shortid}] [taskrun: {shortid2}] Type {Log|Query|Request} with state FAILED completed in {float}s"),
            ("-", "{date} {hms}.{n} INFO  scheduler io.kestra.core.schedulers.AbstractScheduler Schedule execution '{shortid}' created for flow '{orders|billing|etl}'"),
        ],
    },
    Format {
        // Shiny Server: the time in brackets, then the level and `shiny-server -`.
        // (Written before the miner saw it.)
        name: "shiny_server",
        header: hms_header,
        events: &[
            ("-", "[{date}T{hms}.{n}] [INFO] shiny-server - Starting listener on http://[::]:3838"),
            ("-", "[{date}T{hms}.{n}] [INFO] shiny-server - Starting worker for /srv/shiny-server/{sales|ops|forecast} on port {port}"),
            ("-", "[{date}T{hms}.{n}] [WARN] shiny-server - Error getting worker: Error: The application exited during initialization."),
            ("-", "[{date}T{hms}.{n}] [INFO] shiny-server - Stopping worker {hex} after {small} seconds of inactivity"),
        ],
    },
    Format {
        // BunkerWeb on nginx: its plugins tagged in capitals inside nginx's error log.
        // (Written before the miner saw it.)
        name: "bunkerweb",
        header: hms_header,
        events: &[
            ("-", "{slashdate} {hms} [warn] {n}#{n}: *{n2} [BADBEHAVIOR] increased counter for IP {ip} ({small}/10) on URI {/wp-login.php|/.env|/admin} (403), client: {ip}, server: www.example.com"),
            ("-", "{slashdate} {hms} [warn] {n}#{n}: *{n2} [BLACKLIST] IP {ip} is banned, client: {ip}, server: www.example.com"),
            ("-", "{slashdate} {hms} [notice] {n}#{n}: [LETS-ENCRYPT] Certificates are renewed for www.example.com"),
            ("-", "{slashdate} {hms} [error] {n}#{n}: *{n2} [MODSECURITY] Access denied with code 403 (phase 2), client: {ip}, server: www.example.com"),
        ],
    },
    Format {
        // Firejail's messages on a sandboxed program's start and end. (Written before the
        // miner saw it.)
        name: "firejail",
        header: hms_header,
        events: &[
            ("-", "Reading profile /etc/firejail/{firefox|chromium|vlc|thunderbird}.profile"),
            ("-", "Parent pid {n}, child pid {n2}"),
            ("-", "Child process initialized in {float} ms"),
            ("-", "Warning: cleaning all supplementary groups"),
            ("-", "Parent is shutting down, bye..."),
        ],
    },
    Format {
        // A shop's service logging in Italian. (Written before the miner saw it.)
        name: "italian_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  L'utente {user} ha effettuato l'accesso da {ip}"),
            ("-", "{date} {hms} INFO  Ordine n. {n} creato per il cliente {user}"),
            ("-", "{date} {hms} WARN  Pagamento dell'ordine {n} rifiutato: fondi insufficienti"),
            ("-", "{date} {hms} ERROR Impossibile connettersi al database {host}: tempo scaduto dopo {small} secondi"),
            ("-", "{date} {hms} INFO  Spedizione {n} consegnata a {Milano|Roma|Torino|Napoli}"),
        ],
    },
    Format {
        // A Python service logging in Polish. (Written before the miner saw it.)
        name: "polish_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms},{n} INFO Użytkownik {user} zalogował się z adresu {ip}"),
            ("-", "{date} {hms},{n} INFO Zamówienie {n2} zostało wysłane"),
            ("-", "{date} {hms},{n} WARNING Nie udało się wysłać wiadomości do {email}: przekroczono limit czasu"),
            ("-", "{date} {hms},{n} ERROR Błąd połączenia z bazą danych: {host}:5432 odmówił połączenia"),
        ],
    },
    Format {
        // A .NET service logging in Dutch through Serilog's console sink. (Written before the
        // miner saw it.)
        name: "dutch_app",
        header: hms_header,
        events: &[
            ("-", "[{hms} INF] Gebruiker {user} is ingelogd vanaf {ip}"),
            ("-", "[{hms} INF] Bestelling {n} is verzonden naar {Amsterdam|Utrecht|Rotterdam|Den Haag}"),
            ("-", "[{hms} WRN] Betaling voor bestelling {n} is mislukt: kaart geweigerd"),
            ("-", "[{hms} ERR] Verbinding met {host} verbroken na {small} pogingen"),
        ],
    },
    Format {
        // A Go service logging in Chinese through zap's console encoder. (Written before the
        // miner saw it.)
        name: "chinese_zap",
        header: hms_header,
        events: &[
            ("-", "{iso}\tINFO\torder/service.go:{n}\t订单创建成功\t{\"order_id\": {n2}, \"user\": \"{user}\"}"),
            ("-", "{iso}\tWARN\tpay/client.go:{n}\t支付超时，正在重试\t{\"order_id\": {n2}, \"attempt\": {small}}"),
            ("-", "{iso}\tERROR\tdb/pool.go:{n}\t数据库连接失败\t{\"host\": \"{host}\", \"error\": \"connection refused\"}"),
            ("-", "{iso}\tINFO\tcache/redis.go:{n}\t缓存已刷新\t{\"keys\": {n2}, \"cost\": \"{dur}\"}"),
        ],
    },
    Format {
        // A service logging in Vietnamese. (Written before the miner saw it.)
        name: "vietnamese_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} [INFO] Người dùng {user} đã đăng nhập từ {ip}"),
            ("-", "{date} {hms} [INFO] Đơn hàng {n} đã được tạo thành công"),
            ("-", "{date} {hms} [WARN] Thanh toán cho đơn hàng {n} thất bại: số dư không đủ"),
            ("-", "{date} {hms} [ERROR] Không thể kết nối tới máy chủ {host} sau {small} lần thử"),
        ],
    },
    Format {
        // A service logging in Indonesian. (Written before the miner saw it.)
        name: "indonesian_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO Pengguna {user} berhasil masuk dari {ip}"),
            ("-", "{date} {hms} INFO Pesanan {n} telah dikirim ke {Jakarta|Bandung|Surabaya}"),
            ("-", "{date} {hms} WARN Pembayaran pesanan {n} gagal: saldo tidak mencukupi"),
            ("-", "{date} {hms} ERROR Gagal terhubung ke basis data {host}: waktu habis"),
        ],
    },
    Format {
        // fstrim's weekly timer: each mount point trimmed, with the device under it.
        // (Written before the miner saw it.)
        name: "fstrim",
        header: journal_header,
        events: &[
            ("fstrim", "{/|/home|/var|/boot/efi}: {float} GiB ({n}{n2} bytes) trimmed on /dev/{blockdev}"),
            ("fstrim", "fstrim: {/srv|/data}: the discard operation is not supported"),
            ("systemd", "fstrim.service: Deactivated successfully."),
            ("systemd", "Finished fstrim.service - Discard unused blocks on filesystems from /etc/fstab."),
        ],
    },
    Format {
        // systemd-fsck before mounting: clean file systems with their counts, a check
        // forced. (Written before the miner saw it.)
        name: "systemd_fsck",
        header: journal_header,
        events: &[
            ("systemd-fsck", "/dev/{blockdev}: clean, {n}/{n2} files, {n3}/{n4} blocks"),
            ("systemd-fsck", "/dev/{blockdev} has been mounted {small} times without being checked, check forced."),
            ("systemd-fsck", "fsck.fat 4.2 (2021-01-31)"),
            ("systemd-fsck", "/dev/{blockdev}: {n} files, {n2}/{n3} clusters"),
        ],
    },
    Format {
        // Afterburn, reading a cloud's metadata service at boot: attempts, retries, SSH keys
        // written. (Written before the miner saw it.)
        name: "afterburn",
        header: journal_header,
        events: &[
            ("afterburn", "Fetching http://169.254.169.254/{latest/meta-data/public-keys|metadata/instance/compute|computeMetadata/v1/instance/attributes/ssh-keys}: Attempt #{small}"),
            ("afterburn", "Failed to fetch: error sending request for url (http://169.254.169.254/latest/meta-data/instance-id): operation timed out"),
            ("afterburn", "Fetch successful"),
            ("afterburn", "wrote ssh authorized keys file for user: {user}"),
        ],
    },
    Format {
        // haveged, the entropy daemon: its version line, fills and the pool's level.
        // (Written before the miner saw it.)
        name: "haveged",
        header: journal_header,
        events: &[
            ("haveged", "haveged starting up"),
            ("haveged", "ver: 1.9.{small}; arch: x86; vend: {GenuineIntel|AuthenticAMD}; build: (gcc 12.2.0 ITV); collect: 128K"),
            ("haveged", "cpu: (L4 VC); data: 32K (L4 V); inst: 32K (L4 V); idx: 24/40; sz: 32154/54019"),
            ("haveged", "fills: {n}, generated: {n2}"),
        ],
    },
    Format {
        // ABRT on Fedora and RHEL: crashes caught, the spool pruned, problems reported.
        // (Written before the miner saw it.)
        name: "abrt",
        header: journal_header,
        events: &[
            ("abrt-hook-ccpp", "Process {n} ({comm}) of user {n2} killed by SIGSEGV - dumping core"),
            ("abrtd", "Size of '/var/spool/abrt' >= 5000 MB (MaxCrashReportsSize), deleting old directory 'ccpp-{date}-{hms}-{n}'"),
            ("abrt-server", "Package '{comm}' isn't signed with proper key"),
            ("abrtd", "New problem directory /var/spool/abrt/ccpp-{date}-{hms}-{n}, processing"),
            ("abrt-notification", "Process {n} ({comm}) crashed in {g_main_loop_run|__strlen_avx2|raise}()"),
        ],
    },
    Format {
        // Windows Time's events as a text export: the peer it syncs with, the offset
        // corrected, no source at all. (Written before the miner saw it.)
        name: "w32time",
        header: hms_header,
        events: &[
            ("-", "{slashdate} {hms} W32Time Information 35 The time service is now synchronizing the system time with the time source {time.windows.com|dc01.corp.example.com|pool.ntp.org} (ntp.m|0x9|{ip}:123->{ip2}:123)."),
            ("-", "{slashdate} {hms} W32Time Warning 129 NtpClient was unable to set a domain peer to use as a time source because of discovery error. NtpClient will try again in {small} minutes and double the reattempt interval thereafter."),
            ("-", "{slashdate} {hms} W32Time Information 37 The time provider NtpClient is currently receiving valid time data from {time.windows.com|dc01.corp.example.com|pool.ntp.org} (ntp.m|0x9|{ip}:123->{ip2}:123)."),
            ("-", "{slashdate} {hms} W32Time Warning 36 The time service has not synchronized the system time for 86400 seconds because none of the time service providers provided a usable time stamp."),
        ],
    },
    Format {
        // Robocopy's job log: files copied, extra files, retries on a locked file, the
        // summary's rows. (Written before the miner saw it.)
        name: "robocopy",
        header: hms_header,
        events: &[
            ("-", "\t    New File  \t\t   {n}\t{Q3 report.xlsx|notes.txt|backup 2026-11.zip}"),
            ("-", "\t*EXTRA File \t\t   {n}\t{old.log|thumbs.db|draft v2.docx}"),
            ("-", "{slashdate} {hms} ERROR 32 (0x00000020) Copying File D:\\Share\\{Finance|HR|Sales}\\{Q3 report.xlsx|notes.txt|backup 2026-11.zip}"),
            ("-", "Waiting 30 seconds... Retrying..."),
            ("-", "   Files :      {n}      {n2}         0         0         0         0"),
        ],
    },
    Format {
        // ArduPilot's messages to the ground station: pre-arm checks that failed, with their
        // reasons, the EKF's changes, arming. (Written before the miner saw it.)
        name: "ardupilot",
        header: hms_header,
        events: &[
            ("-", "{hms} APM: PreArm: {Compass not calibrated|GPS 1: Bad fix|Battery 1 below minimum arming voltage|RC not calibrated}"),
            ("-", "{hms} APM: EKF3 IMU{small} is using GPS"),
            ("-", "{hms} APM: EKF3 IMU{small} origin set"),
            ("-", "{hms} APM: Arming motors"),
            ("-", "{hms} APM: Disarming motors"),
            ("-", "{hms} APM: Mission: {small} {WP|Takeoff|RTL|Land}"),
        ],
    },
    Format {
        // go2rtc: zerolog's console writer with a module in brackets. (Written before the
        // miner saw it.)
        name: "go2rtc",
        header: hms_header,
        events: &[
            ("-", "{hms}.{n} INF [{rtsp|webrtc|api}] listen addr=:{port}"),
            ("-", "{hms}.{n} WRN [rtsp] error=\"read tcp {ip}:{port}->{ip2}:554: i/o timeout\" stream={front_door|garage|backyard}"),
            ("-", "{hms}.{n} ERR [streams] error=\"couldn't find the matching tracks\" url=rtsp://{ip}:554/stream{small}"),
            ("-", "{hms}.{n} INF [webrtc] new consumer remote_addr={ip}:{port} stream={front_door|garage|backyard}"),
        ],
    },
    Format {
        // Knot Resolver: its subsystems in brackets, padded to one width. (Written before
        // the miner saw it.)
        name: "kresd",
        header: journal_header,
        events: &[
            ("kresd", "[system] warning: hostname '{host}' resolved to {ip}, port {port}"),
            ("kresd", "[taupd ] refreshing TA for ."),
            ("kresd", "[taupd ] active refresh failed for . with rcode: {2|5}"),
            ("kresd", "[tls   ] TLS handshake with {ip}#{port} has timed out"),
            ("kresd", "[cache ] clearing error, falling back"),
        ],
    },
    Format {
        // A Kedro pipeline through rich's log handler: the time in brackets, the level
        // padded, the source file and line right-aligned at the end. (Written before the
        // miner saw it.)
        name: "kedro_rich",
        header: hms_header,
        events: &[
            ("-", "[{mdy} {hms}] INFO     Loading data from '{companies|shuttles|reviews}' (CSVDataset)...{padding}data_catalog.py:{n}"),
            ("-", "[{mdy} {hms}] INFO     Running node: {preprocess|create_model_input|train_model}: {preprocess|create|train}_{companies|shuttles}([{companies|shuttles}]) -> [{model_input|regressor}]{padding}node.py:{n}"),
            ("-", "[{mdy} {hms}] INFO     Saving data to '{model_input|regressor}' (ParquetDataset)...{padding}data_catalog.py:{n}"),
            ("-", "[{mdy} {hms}] INFO     Completed {small} out of {small2} tasks{padding}sequential_runner.py:{n}"),
            ("-", "[{mdy} {hms}] WARNING  No nodes ran. Repeat the previous command to attempt a new run.{padding}runner.py:{n}"),
        ],
    },
    Format {
        // Weights & Biases' client lines in a training job's output. (Written before the
        // miner saw it.)
        name: "wandb",
        header: hms_header,
        events: &[
            ("-", "wandb: Tracking run with wandb version 0.18.{small}"),
            ("-", "wandb: Syncing run {adjective}-{animal}-{n}"),
            ("-", "wandb: 🚀 View run at https://wandb.ai/acme/{resnet|bert|detector}/runs/{shortid}"),
            ("-", "wandb: Network error (ReadTimeout), entering retry loop."),
            ("-", "wandb: Run history:"),
            ("-", "wandb:       train/loss ▇▅▄▃▂▁"),
        ],
    },
    Format {
        // Optuna's study: each trial's value and parameters as a Python dict, the best so
        // far. (Written before the miner saw it.)
        name: "optuna",
        header: hms_header,
        events: &[
            ("-", "[I {date} {hms},{n}] A new study created in memory with name: {adjective}-{animal}"),
            ("-", "[I {date} {hms},{n}] Trial {n2} finished with value: {float} and parameters: {'lr': 0.00{small}, 'layers': {small2}, 'dropout': 0.{small3}}. Best is trial {n3} with value: {float2}."),
            ("-", "[I {date} {hms},{n}] Trial {n2} pruned. "),
            ("-", "[W {date} {hms},{n}] Trial {n2} failed with parameters: {'lr': 0.00{small}, 'layers': {small2}} because of the following error: The value nan is not acceptable."),
        ],
    },
    Format {
        // LightGBM's training messages: its name and level in brackets. (Written before the
        // miner saw it.)
        name: "lightgbm",
        header: hms_header,
        events: &[
            ("-", "[LightGBM] [Info] Number of positive: {n}, number of negative: {n2}"),
            ("-", "[LightGBM] [Info] Total Bins {n}"),
            ("-", "[LightGBM] [Info] Number of data points in the train set: {n}, number of used features: {small}"),
            ("-", "[LightGBM] [Warning] No further splits with positive gain, best gain: -inf"),
            ("-", "[LightGBM] [Info] [binary:BoostFromScore]: pavg={float} -> initscore={float2}"),
        ],
    },
    Format {
        // XGBoost: each round's metrics by tab, a warning from its C++ source. (Written
        // before the miner saw it.)
        name: "xgboost",
        header: hms_header,
        events: &[
            ("-", "[{n}]\tvalidation_0-logloss:0.{n2}\tvalidation_1-logloss:0.{n3}"),
            ("-", "[{hms}] WARNING: /workspace/src/learner.cc:{n}: Parameters: { \"{silent|verbose_eval}\" } are not used."),
            ("-", "[{hms}] WARNING: /workspace/src/c_api/c_api.cc:{n}: `ntree_limit` is deprecated, use `iteration_range` or model slicing instead."),
        ],
    },
    Format {
        // conmon, which watches each container for Podman and CRI-O: its level in angle
        // brackets after the container's ID. (Written before the miner saw it.)
        name: "conmon",
        header: journal_header,
        events: &[
            ("conmon", "conmon {hex}{hex2} <ninfo>: container {n} exited with status {small}"),
            ("conmon", "conmon {hex}{hex2} <nwarn>: Failed to open cgroups file: /sys/fs/cgroup/machine.slice/libpod-{hex}{hex2}.scope/memory.events"),
            ("conmon", "conmon {hex}{hex2} <ndebug>: couldn't find cb for pid {n}"),
            ("conmon", "conmon {hex}{hex2} <error>: Runtime did not set up terminal"),
        ],
    },
    Format {
        // Cloud Hypervisor: the time since start, the thread in angle brackets, the source
        // file and line. (Written before the miner saw it.)
        name: "cloud_hypervisor",
        header: hms_header,
        events: &[
            ("-", "cloud-hypervisor: {float}ms: <vmm> INFO:vmm/src/lib.rs:{n} -- API request event: Vm{Boot|Create|Shutdown|Pause}"),
            ("-", "cloud-hypervisor: {float}ms: <vcpu{small}> INFO:vmm/src/cpu.rs:{n} -- Entering vCPU loop"),
            ("-", "cloud-hypervisor: {float}ms: <_net{small}> WARN:virtio-devices/src/net.rs:{n} -- Failed to write to tap: Resource temporarily unavailable (os error 11)"),
            ("-", "cloud-hypervisor: {float}ms: <vmm> INFO:vmm/src/memory_manager.rs:{n} -- Creating guest memory of {n2} MiB"),
        ],
    },
    Format {
        // needrestart after an upgrade: services restarted, kernel and microcode checks.
        // (Written before the miner saw it.)
        name: "needrestart",
        header: hms_header,
        events: &[
            ("-", "Scanning processes..."),
            ("-", "Scanning candidates..."),
            ("-", "Restarting services..."),
            ("-", " systemctl restart {cron|ssh|nginx|docker|containerd}.service"),
            ("-", "Service restarts being deferred:"),
            ("-", "No VM guests are running outdated hypervisor (qemu) binaries on this host."),
        ],
    },
    Format {
        // ZeroTier One: peers, paths and networks joined. (Written before the miner saw
        // it.)
        name: "zerotier",
        header: journal_header,
        events: &[
            ("zerotier-one", "Starting Control Plane..."),
            ("zerotier-one", "{hex}: joined network {hex2}{hex3}, assigned {ip}/24"),
            ("zerotier-one", "WARNING: unable to bind to port {port} (UDP) on {ip}: Address already in use"),
            ("zerotier-one", "{hex}: path to {ip}/{port} is dead, removing"),
        ],
    },
    Format {
        // Netlify's deploy log: a twelve-hour clock and a colon before each line of the
        // build. (Written before the miner saw it.)
        name: "netlify",
        header: hms_header,
        events: &[
            ("-", "{ampm}: Build ready to start"),
            ("-", "{ampm}: build-image version: {hex}{hex2} (noble)"),
            ("-", "{ampm}: Starting to install dependencies"),
            ("-", "{ampm}: Installing npm packages using npm version {semver}"),
            ("-", "{ampm}: Finished processing build request in {small}m{small2}.{n}s"),
            ("-", "{ampm}: Site is live ✨"),
        ],
    },
    Format {
        // Earthly: each target before a bar, its commands after an arrow, cached or not.
        // (Written before the miner saw it.)
        name: "earthly",
        header: hms_header,
        events: &[
            ("-", "{+deps|+build|+test|+docker} | --> COPY go.mod go.sum ./"),
            ("-", "{+deps|+build|+test|+docker} | *cached* --> RUN go mod download"),
            ("-", "{+deps|+build|+test|+docker} | --> RUN go build -o build/{api|worker} ./cmd/{api|worker}"),
            ("-", "{+deps|+build|+test|+docker} | ERROR Earthfile line {n}:{small}"),
            ("-", "================================ SUCCESS [main] ================================"),
        ],
    },
    Format {
        // bun install: the version line, each package added, the count and time.
        // (Written before the miner saw it.)
        name: "bun_install",
        header: hms_header,
        events: &[
            ("-", "bun install v1.1.{small} ({hex})"),
            ("-", "+ {react|typescript|vite|zod|@types/node}@{semver}"),
            ("-", " {n} packages installed [{float}ms]"),
            ("-", "Saved lockfile"),
            ("-", "error: GET https://registry.npmjs.org/{react|zod|vite} - 404"),
        ],
    },
    Format {
        // pnpm's install: progress lines, packages added, deprecation warnings. (Written
        // before the miner saw it.)
        name: "pnpm",
        header: hms_header,
        events: &[
            ("-", "Progress: resolved {n}, reused {n2}, downloaded {small}, added {small2}"),
            ("-", "Packages: +{n}"),
            ("-", " WARN  deprecated {inflight|glob|rimraf}@{semver}: This module is not supported, and leaks memory."),
            ("-", "Done in {float}s using pnpm v9.{small}.{small2}"),
            ("-", "dependencies:"),
            ("-", "+ {react|typescript|vite|zod} {semver}"),
        ],
    },
    Format {
        // uv, the Python package manager: packages resolved, prepared, installed, each
        // one added. (Written before the miner saw it.)
        name: "uv",
        header: hms_header,
        events: &[
            ("-", "Resolved {n} packages in {n2}ms"),
            ("-", "Prepared {small} packages in {float}s"),
            ("-", "Installed {small} packages in {n}ms"),
            ("-", " + {pypkg}=={semver}"),
            ("-", " - {pypkg}=={semver}"),
            ("-", "Using CPython 3.12.{small} interpreter at: /usr/bin/python3.12"),
        ],
    },
    Format {
        // conda creating an environment: its steps with `done`, the download lines.
        // (Written before the miner saw it.)
        name: "conda",
        header: hms_header,
        events: &[
            ("-", "Collecting package metadata (repodata.json): done"),
            ("-", "Solving environment: done"),
            ("-", "Solving environment: failed with initial frozen solve. Retrying with flexible solve."),
            ("-", "Downloading and Extracting Packages: {n}%"),
            ("-", "Preparing transaction: done"),
            ("-", "Executing transaction: done"),
        ],
    },
    Format {
        // esbuild's build output: each file written with its size, the time taken.
        // (Written before the miner saw it.)
        name: "esbuild",
        header: hms_header,
        events: &[
            ("-", "  dist/{app|vendor|worker}.js      {n}.{small}kb"),
            ("-", "  dist/{app|vendor|worker}.js.map  {n}.{small}kb"),
            ("-", "⚡ Done in {n}ms"),
            ("-", "✘ [ERROR] Could not resolve \"{react-dom|lodash|zod}\""),
        ],
    },
    Format {
        // Nx running targets across a monorepo's projects. (Written before the miner saw
        // it.)
        name: "nx",
        header: hms_header,
        events: &[
            ("-", "> nx run {web|api|shared-ui}:{build|test|lint}"),
            ("-", "> nx run {web|api|shared-ui}:{build|test|lint}  [existing outputs match the cache, left as is]"),
            ("-", " NX   Successfully ran target {build|test|lint} for {small} projects ({n}ms)"),
            ("-", " NX   Ran target {build|test|lint} for {small} projects ({n}ms)"),
        ],
    },
    Format {
        // Orchestrator, MySQL's topology manager: audit records, recoveries, a replica
        // that lags. (Written before the miner saw it.)
        name: "orchestrator",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO auditType:register-candidate instance:{host}:3306 cluster:{host2}:3306 message:promotionRule: neutral"),
            ("-", "{date} {hms} INFO topology_recovery: detected DeadMaster failure on {host}:3306"),
            ("-", "{date} {hms} WARNING executeCheckAndRecoverFunction: ignoring analysisEntry that has no action plan: UnreachableMaster; key: {host}:3306"),
            ("-", "{date} {hms} ERROR ReadTopologyInstance({host}:3306) show slave hosts: dial tcp {ip}:3306: connect: connection refused"),
        ],
    },
    Format {
        // pg_auto_failover's monitor and keeper: nodes' states as the FSM moves them.
        // (Written before the miner saw it.)
        name: "pg_auto_failover",
        header: hms_header,
        events: &[
            ("-", "{hms} {n} INFO  Node {small} ({host}:5432) is marked as unhealthy by the monitor"),
            ("-", "{hms} {n} INFO  Setting goal state of node {small} \"node_{small}\" ({host}:5432) to {wait_primary|primary|demoted}"),
            ("-", "{hms} {n} INFO  FSM transition from \"{secondary|catchingup}\" to \"{catchingup|secondary}\": Convinced the monitor that I'm up and running"),
            ("-", "{hms} {n} WARN  Failed to connect to \"postgres://autoctl_node@{host}:5432/pg_auto_failover\", retrying until the server is ready"),
        ],
    },
    Format {
        // Manticore Search's searchd: a C time in brackets, the thread, listeners and
        // rotations. (Written before the miner saw it.)
        name: "manticore",
        header: hms_header,
        events: &[
            ("-", "[{ctime}.{n}] [{n2}] listening on {ip}:9312 for sphinx and http(s)"),
            ("-", "[{ctime}.{n}] [{n2}] accepting connections"),
            ("-", "[{ctime}.{n}] [{n2}] rotating table '{products|orders|logs}': success"),
            ("-", "[{ctime}.{n}] [{n2}] WARNING: table '{products|orders|logs}': prealloc: failed to open {path}: No such file or directory"),
        ],
    },
    Format {
        // NodeBB: the time, the process and worker, the level and the module in brackets.
        // (Written before the miner saw it.)
        name: "nodebb",
        header: hms_header,
        events: &[
            ("-", "{iso} [4567/{n}] - info: [app] NodeBB Ready"),
            ("-", "{iso} [4567/{n}] - info: [socket.io] Restricting access to origin: *:*"),
            ("-", "{iso} [4567/{n}] - warn: [plugins/{nodebb-plugin-emoji|nodebb-plugin-markdown}] Plugin is not compatible with this version of NodeBB"),
            ("-", "{iso} [4567/{n}] - error: POST /api/v3/topics/{n2} Error: [[error:too-many-posts, {small}]]"),
        ],
    },
    Format {
        // HPLIP's tray and printing helpers: devices not found, a job sent. (Written
        // before the miner saw it.)
        name: "hplip",
        header: journal_header,
        events: &[
            ("hp-systray", "hp-systray(qt5)[{n}]: warning: No hp: or hpfax: devices found in any installed CUPS queue. Exiting."),
            ("hpcups", "prnt/hpcups/HPCupsFilter.cpp {n}: DEBUG: HPCupsFilter::processRasterData: Job {n2} started"),
            ("hp", "io/hpmud/musb.c {n}: unable to open hp:/usb/{OfficeJet_Pro_9010|LaserJet_M15w|DeskJet_2700}?serial={hex}"),
            ("hpcups", "prnt/hpcups/HPCupsFilter.cpp {n}: cupsRasterReadHeader failed, status = {small}"),
        ],
    },
    Format {
        // `sensors`, lm-sensors' readings: chips by name, each input padded to a column with
        // its limits. (Written before the miner saw it.)
        name: "lm_sensors",
        header: hms_header,
        events: &[
            ("-", "coretemp-isa-0000"),
            ("-", "Adapter: ISA adapter"),
            ("-", "Package id 0:  +{small}{small2}.0°C  (high = +80.0°C, crit = +100.0°C)"),
            ("-", "Core {small}:        +{small2}{small3}.0°C  (high = +80.0°C, crit = +100.0°C)"),
            ("-", "fan{small}:        {n} RPM  (min =    0 RPM)"),
        ],
    },
    Format {
        // `ipmitool sensor`: a table of readings by pipes, each sensor named, a state.
        // (Written before the miner saw it.)
        name: "ipmi_sensors",
        header: hms_header,
        events: &[
            ("-", "CPU{small} Temp        | {small2}{small3}.000     | degrees C  | ok    | na        | 0.000     | 5.000     | 90.000    | 95.000    | na"),
            ("-", "FAN{small}            | {n}.000   | RPM        | ok    | na        | 600.000   | 800.000   | na        | na        | na"),
            ("-", "PS{small} Status      | 0x1        | discrete   | 0x0100| na        | na        | na        | na        | na        | na"),
        ],
    },
    Format {
        // Oxidized, backing up network devices' configs (Ruby's Logger). (Written before
        // the miner saw it.)
        name: "oxidized",
        header: hms_header,
        events: &[
            ("-", "I, [{iso} #{n}]  INFO -- : Configuration updated for /{sw|rtr|fw}-{small}"),
            ("-", "W, [{iso} #{n}]  WARN -- : /{sw|rtr|fw}-{small} status no_connection, retry attempt {small2}"),
            ("-", "W, [{iso} #{n}]  WARN -- : /{sw|rtr|fw}-{small} status no_connection, retries exhausted, giving up"),
            ("-", "I, [{iso} #{n}]  INFO -- : lib/oxidized/nodes.rb: Loading nodes"),
        ],
    },
    Format {
        // SmokePing: its start, alerts raised and cleared for targets by their dotted path.
        // (Written before the miner saw it.)
        name: "smokeping",
        header: journal_header,
        events: &[
            ("smokeping", "Smokeping version 2.8.2 successfully launched."),
            ("smokeping", "Alert \"{someloss|bigloss|rttdetect}\" raised for {Targets.Network.router|Targets.DNS.google|Targets.Web.shop}"),
            ("smokeping", "Alert \"{someloss|bigloss|rttdetect}\" cleared for {Targets.Network.router|Targets.DNS.google|Targets.Web.shop}"),
            ("smokeping", "FPing: probing {small} targets with step 300 s and offset {n} s."),
        ],
    },
    Format {
        // A service logging in Czech. (Written before the miner saw it.)
        name: "czech_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  Uživatel {user} se přihlásil z adresy {ip}"),
            ("-", "{date} {hms} INFO  Objednávka č. {n} byla odeslána"),
            ("-", "{date} {hms} WARN  Platba za objednávku {n} selhala: nedostatek prostředků"),
            ("-", "{date} {hms} ERROR Nelze se připojit k databázi {host}: vypršel časový limit"),
        ],
    },
    Format {
        // A service logging in Greek. (Written before the miner saw it.)
        name: "greek_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  Ο χρήστης {user} συνδέθηκε από {ip}"),
            ("-", "{date} {hms} INFO  Η παραγγελία {n} δημιουργήθηκε"),
            ("-", "{date} {hms} WARN  Η πληρωμή της παραγγελίας {n} απέτυχε"),
            ("-", "{date} {hms} ERROR Αποτυχία σύνδεσης στη βάση δεδομένων {host} μετά από {small} προσπάθειες"),
        ],
    },
    Format {
        // A service logging in Arabic. (Written before the miner saw it.)
        name: "arabic_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  تم تسجيل دخول المستخدم {user} من {ip}"),
            ("-", "{date} {hms} INFO  تم إنشاء الطلب رقم {n}"),
            ("-", "{date} {hms} WARN  فشل الدفع للطلب رقم {n}: رصيد غير كاف"),
            ("-", "{date} {hms} ERROR تعذر الاتصال بقاعدة البيانات {host} بعد {small} محاولات"),
        ],
    },
    Format {
        // A service logging in Hindi. (Written before the miner saw it.)
        name: "hindi_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  उपयोगकर्ता {user} ने {ip} से लॉग इन किया"),
            ("-", "{date} {hms} INFO  ऑर्डर {n} सफलतापूर्वक बनाया गया"),
            ("-", "{date} {hms} WARN  ऑर्डर {n} का भुगतान विफल रहा"),
            ("-", "{date} {hms} ERROR डेटाबेस {host} से कनेक्ट नहीं हो सका"),
        ],
    },
    Format {
        // arq, an asyncio job queue: each job's start with an arrow, its end with the other
        // arrow and a bullet before the result. (Written before the miner saw it.)
        name: "arq",
        header: hms_header,
        events: &[
            ("-", "{hms}:  {float}s → {hex}:{send_email|resize_image|sync_orders}({n})"),
            ("-", "{hms}:  {float}s ← {hex}:{send_email|resize_image|sync_orders} ● {None|True|done}"),
            ("-", "{hms}:  {float}s ! {hex}:{send_email|resize_image|sync_orders} failed, ConnectionError: Error connecting to {host}:6379"),
            ("-", "{hms}: Starting worker for {small} functions: {send_email|resize_image|sync_orders}, cron:cleanup"),
            ("-", "{hms}: redis_version=7.2.{small} mem_usage={float}M clients_connected={small2} db_keys={n}"),
        ],
    },
    Format {
        // Granian, a Rust HTTP server for Python apps: workers spawned and respawned.
        // (Written before the miner saw it.)
        name: "granian",
        header: hms_header,
        events: &[
            ("-", "[INFO] Starting granian (main PID: {n})"),
            ("-", "[INFO] Listening at: http://0.0.0.0:{port}"),
            ("-", "[INFO] Spawning worker-{small} with pid: {n}"),
            ("-", "[WARNING] Unexpected exit from worker-{small}"),
            ("-", "[INFO] Respawning worker-{small}"),
        ],
    },
    Format {
        // Waitress through Python's basic logging: `LEVEL:logger:message`. (Written before
        // the miner saw it.)
        name: "waitress",
        header: hms_header,
        events: &[
            ("-", "INFO:waitress:Serving on http://0.0.0.0:{port}"),
            ("-", "WARNING:waitress.queue:Task queue depth is {small}"),
            ("-", "ERROR:waitress:Exception while serving /{orders|api/users|health}"),
            ("-", "INFO:waitress:Client disconnected while serving /{orders|api/users|health}"),
        ],
    },
    Format {
        // Streamlit's server: its banner, sessions, an app's exception. (Written before the
        // miner saw it.)
        name: "streamlit",
        header: hms_header,
        events: &[
            ("-", "  You can now view your Streamlit app in your browser."),
            ("-", "  Local URL: http://localhost:{port}"),
            ("-", "  Network URL: http://{ip}:{port}"),
            ("-", "{date} {hms}.{n} Uncaught app exception"),
            ("-", "{date} {hms}.{n} Session with id {uuid} is already connected! Connecting to a new session."),
        ],
    },
    Format {
        // Javalin through SLF4J's simple logger: the thread in brackets, the level, the
        // logger and a dash. (Written before the miner saw it.)
        name: "javalin",
        header: hms_header,
        events: &[
            ("-", "[main] INFO io.javalin.Javalin - Listening on http://localhost:{port}/"),
            ("-", "[main] INFO io.javalin.Javalin - Javalin started in {n}ms \\o/"),
            ("-", "[JettyServerThreadPool-{small}] WARN io.javalin.Javalin - Uncaught exception"),
            ("-", "[JettyServerThreadPool-{small}] INFO com.example.OrderController - Order {n} created for {user}"),
            ("-", "[Thread-{small}] INFO io.javalin.Javalin - Stopping Javalin ..."),
        ],
    },
    Format {
        // Beego: the level as a letter in brackets, the source file, its router's access
        // lines in columns. (Written before the miner saw it.)
        name: "beego",
        header: hms_header,
        events: &[
            ("-", "{slashdate} {hms}.{n} [I] [server.go:{n2}]  http server Running on http://:8080"),
            ("-", "{slashdate} {hms}.{n} [D] [router.go:{n2}]  |      {ip}| 200 |   {float}ms|   match| GET      /api/orders/{n3}   r:/api/orders/:id"),
            ("-", "{slashdate} {hms}.{n} [E] [orm.go:{n2}]  register db Ping `default`, dial tcp {ip}:3306: connect: connection refused"),
            ("-", "{slashdate} {hms}.{n} [W] [config.go:{n2}]  init global config instance failed. If you do not use this, just ignore it."),
        ],
    },
    Format {
        // hapi's good-console: the time in milliseconds, the event in brackets, a request's
        // path, method and status. (Written before the miner saw it.)
        name: "hapi",
        header: hms_header,
        events: &[
            ("-", "{epochms}, [response] http://localhost:3000: {get|post} /orders/{n} {} {200|201|204} ({small}ms)"),
            ("-", "{epochms}, [log,info] data: Server running at: http://localhost:3000"),
            ("-", "{epochms}, [error] message: Cannot read properties of undefined (reading 'id'), stack: TypeError: Cannot read properties of undefined (reading 'id')"),
            ("-", "{epochms}, [ops] memory: {n}Mb, uptime (seconds): {n2}, load: [{float},{float2},{float3}]"),
        ],
    },
    Format {
        // NLog's default layout: date and time, level in capitals, logger and message
        // separated by pipes. (Written before the miner saw it.)
        name: "nlog",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{n}|INFO|Shop.Services.OrderService|Order {n2} created for customer {user}"),
            ("-", "{date} {hms}.{n}|WARN|Shop.Services.PaymentService|Payment for order {n2} declined: insufficient funds"),
            ("-", "{date} {hms}.{n}|ERROR|Shop.Data.OrderRepository|Failed to save order {n2}|System.TimeoutException: The operation has timed out."),
            ("-", "{date} {hms}.{n}|DEBUG|Shop.Api.Startup|Configured {small} routes"),
        ],
    },
    Format {
        // Boost.Log's default sink: the time and thread in brackets, the severity in
        // brackets padded. (Written before the miner saw it.)
        name: "boost_log",
        header: hms_header,
        events: &[
            ("-", "[{date} {hms}.{n}] [0x00007f{hex}] [info]    Listening on {ip}:{port}"),
            ("-", "[{date} {hms}.{n}] [0x00007f{hex}] [warning] Client {ip}:{port} sent a malformed frame ({small} bytes)"),
            ("-", "[{date} {hms}.{n}] [0x00007f{hex}] [error]   Failed to open {path}: Permission denied"),
            ("-", "[{date} {hms}.{n}] [0x00007f{hex}] [info]    Session {n2} closed after {float}s"),
        ],
    },
    Format {
        // Qt's messages on a desktop program's stderr: categories with dots, signals that
        // do not exist. (Written before the miner saw it.)
        name: "qt",
        header: hms_header,
        events: &[
            ("-", "qt.qpa.xcb: could not connect to display :{small}"),
            ("-", "qt.qpa.plugin: Could not load the Qt platform plugin \"{xcb|wayland}\" in \"\" even though it was found."),
            ("-", "QObject::connect: No such signal {QPushButton|QComboBox|QSlider}::{clicked|valueChanged}(int)"),
            ("-", "qt.svg: <input>:{n}:{small}: Could not resolve property: #linearGradient{n2}"),
            ("-", "QSocketNotifier: Can only be used with threads started with QThread"),
        ],
    },
    Format {
        // GLib's messages: the program and its PID in parentheses, the domain and level,
        // the time. (Written before the miner saw it.)
        name: "glib",
        header: hms_header,
        events: &[
            ("-", "({gnome-calculator|nautilus|evince}:{n}): Gtk-WARNING **: {hms}.{n2}: Theme parsing error: gtk.css:{small}:{small2}: Expected ';' at the end of a declaration"),
            ("-", "({gnome-calculator|nautilus|evince}:{n}): GLib-GIO-CRITICAL **: {hms}.{n2}: g_dbus_connection_call_internal: assertion 'G_IS_DBUS_CONNECTION (connection)' failed"),
            ("-", "({gnome-calculator|nautilus|evince}:{n}): dconf-WARNING **: {hms}.{n2}: failed to commit changes to dconf: The connection is closed"),
            ("-", "({gnome-calculator|nautilus|evince}:{n}): Gdk-CRITICAL **: {hms}.{n2}: gdk_window_get_state: assertion 'GDK_IS_WINDOW (window)' failed"),
        ],
    },
    Format {
        // An iPhone's syslog as idevicesyslog prints it: the process and its framework, the
        // level in angle brackets. (Written before the miner saw it.)
        name: "ios_syslog",
        header: hms_header,
        events: &[
            ("-", "Nov {day} {hms} iPhone SpringBoard(FrontBoard)[{n}] <Notice>: [app<com.example.{shop|maps|chat}>:{n2}] Workspace connection invalidated."),
            ("-", "Nov {day} {hms} iPhone kernel(AppleBiometricSensor)[0] <Notice>: AppleBiometricSensor::{matchTemplate|enroll}: result {small}"),
            ("-", "Nov {day} {hms} iPhone locationd[{n}] <Notice>: CL: Fused location update, accuracy {float}"),
            ("-", "Nov {day} {hms} iPhone {shop|maps|chat}[{n}] <Error>: nw_connection_copy_connected_local_endpoint_block_invoke [C{small}] Connection has no local endpoint"),
        ],
    },
    Format {
        // A service logging in Swedish. (Written before the miner saw it.)
        name: "swedish_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  Användaren {user} loggade in från {ip}"),
            ("-", "{date} {hms} INFO  Order {n} har skickats till {Stockholm|Göteborg|Malmö}"),
            ("-", "{date} {hms} WARN  Betalningen för order {n} misslyckades: kortet nekades"),
            ("-", "{date} {hms} ERROR Kunde inte ansluta till databasen {host} efter {small} försök"),
        ],
    },
    Format {
        // A service logging in Ukrainian. (Written before the miner saw it.)
        name: "ukrainian_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  Користувач {user} увійшов з адреси {ip}"),
            ("-", "{date} {hms} INFO  Замовлення {n} успішно створено"),
            ("-", "{date} {hms} WARN  Оплата замовлення {n} не пройшла: недостатньо коштів"),
            ("-", "{date} {hms} ERROR Не вдалося підключитися до бази даних {host}"),
        ],
    },
    Format {
        // A service logging in Hebrew. (Written before the miner saw it.)
        name: "hebrew_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  המשתמש {user} התחבר מכתובת {ip}"),
            ("-", "{date} {hms} INFO  הזמנה {n} נוצרה בהצלחה"),
            ("-", "{date} {hms} WARN  התשלום עבור הזמנה {n} נכשל"),
            ("-", "{date} {hms} ERROR לא ניתן להתחבר למסד הנתונים {host}"),
        ],
    },
    Format {
        // A service logging in Thai, a script written without spaces between words.
        // (Written before the miner saw it.)
        name: "thai_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  ผู้ใช้ {user} เข้าสู่ระบบจาก {ip}"),
            ("-", "{date} {hms} INFO  สร้างคำสั่งซื้อ {n} สำเร็จ"),
            ("-", "{date} {hms} WARN  การชำระเงินสำหรับคำสั่งซื้อ {n} ล้มเหลว"),
            ("-", "{date} {hms} ERROR ไม่สามารถเชื่อมต่อฐานข้อมูล {host} ได้"),
        ],
    },
    Format {
        // FreeBSD's kernel messages: processes killed by signals, a disk's errors, the
        // firewall's limit. (Written before the miner saw it.)
        name: "freebsd_kernel",
        header: journal_header,
        events: &[
            ("kernel", "pid {n} ({comm}), jid 0, uid {n2}: exited on signal {11|6|9} (core dumped)"),
            ("kernel", "(ada{small}:ahcich{small2}:0:0:0): READ_FPDMA_QUEUED. ACB: 60 08 {hex} 00 00 40 00 00 00 00 08 00"),
            ("kernel", "(ada{small}:ahcich{small2}:0:0:0): CAM status: Command timeout"),
            ("kernel", "ipfw: {n} Deny TCP {ip}:{port} {ip2}:22 in via em{small}"),
            ("kernel", "Limiting closed port RST response from {n} to 200 packets/sec"),
        ],
    },
    Format {
        // Vikunja: the time, the level and a triangle, the function and a counter before the
        // message. (Written before the miner saw it.)
        name: "vikunja",
        header: hms_header,
        events: &[
            ("-", "{iso}: INFO\t▶ cmd/func{small} 0{small2}{small3} Vikunja version v0.24.{small}"),
            ("-", "{iso}: INFO\t▶ migration/Migrate 0{small2}{small3} Ran all migrations successfully."),
            ("-", "{iso}: WARNING\t▶ cron/func{small} 0{small2}{small3} Could not send reminder for task {n}: dial tcp {ip}:587: i/o timeout"),
            ("-", "{iso}: ERROR\t▶ v1/CreateTask 0{small2}{small3} Error while creating task: Task title cannot be empty"),
        ],
    },
    Format {
        // Diun, watching registries for new images: an RFC 1123 time, zerolog's levels and
        // fields after the message. (Written before the miner saw it.)
        name: "diun",
        header: hms_header,
        events: &[
            ("-", "Sat, {day} Nov 2026 {hms} UTC INF Starting Diun version=v4.28.{small}"),
            ("-", "Sat, {day} Nov 2026 {hms} UTC INF New image found image=docker.io/library/{nginx|redis|postgres}:latest provider=docker"),
            ("-", "Sat, {day} Nov 2026 {hms} UTC INF Image update found image=docker.io/library/{nginx|redis|postgres}:latest provider=docker"),
            ("-", "Sat, {day} Nov 2026 {hms} UTC ERR Cannot get remote digest error=\"toomanyrequests: You have reached your pull rate limit.\" image=docker.io/library/{nginx|redis|postgres}:latest"),
            ("-", "Sat, {day} Nov 2026 {hms} UTC INF Jobs completed added={small} failed=0 skipped=0 unchanged={small2} updated=0"),
        ],
    },
    Format {
        // Duplicacy: each line's event as a code in capitals after the level. (Written before
        // the miner saw it.)
        name: "duplicacy",
        header: hms_header,
        events: &[
            ("-", "{date} {hms}.{n} INFO BACKUP_START Last backup at revision {n2} found"),
            ("-", "{date} {hms}.{n} INFO BACKUP_END Backup for /{home|srv|etc} at revision {n2} completed"),
            ("-", "{date} {hms}.{n} INFO BACKUP_STATS Files: {n2} total, {float}G bytes; {small} new, {n3}K bytes"),
            ("-", "{date} {hms}.{n} WARN SKIP_FILE Failed to read file {path}: permission denied"),
            ("-", "{date} {hms}.{n} ERROR UPLOAD_CHUNK Failed to upload the chunk {hex}{hex2}: 503 Slow Down"),
        ],
    },
    Format {
        // kind creating a cluster: steps ticked off with emoji. (Written before the miner saw
        // it.)
        name: "kind",
        header: hms_header,
        events: &[
            ("-", "Creating cluster \"{kind|dev|staging}\" ..."),
            ("-", " ✓ Ensuring node image (kindest/node:v1.31.{small}) 🖼"),
            ("-", " ✓ Preparing nodes 📦"),
            ("-", " ✓ Writing configuration 📜"),
            ("-", " ✓ Starting control-plane 🕹️"),
            ("-", "Set kubectl context to \"kind-{kind|dev|staging}\""),
        ],
    },
    Format {
        // minikube's start: an emoji before each step. (Written before the miner saw it.)
        name: "minikube",
        header: hms_header,
        events: &[
            ("-", "😄  minikube v1.34.{small} on Debian 12.{small2}"),
            ("-", "✨  Using the {docker|kvm2|podman} driver based on user configuration"),
            ("-", "🔥  Creating {docker|kvm2|podman} container (CPUs={small}, Memory={n}MB) ..."),
            ("-", "❗  This container is having trouble accessing https://registry.k8s.io"),
            ("-", "🏄  Done! kubectl is now configured to use \"minikube\" cluster and \"default\" namespace by default"),
        ],
    },
    Format {
        // Skaffold's dev loop: tags generated, images built, deployments stabilised.
        // (Written before the miner saw it.)
        name: "skaffold",
        header: hms_header,
        events: &[
            ("-", "Generating tags..."),
            ("-", " - {api|web|worker} -> registry.example.com/{api|web|worker}:{hex}"),
            ("-", "Checking cache..."),
            ("-", "Building [{api|web|worker}]..."),
            ("-", "Waiting for deployments to stabilize..."),
            ("-", "Deployments stabilized in {float} seconds"),
        ],
    },
    Format {
        // The AWS CDK deploying a stack: CloudFormation's events in a table with a 12-hour
        // clock. (Written before the miner saw it.)
        name: "aws_cdk",
        header: hms_header,
        events: &[
            ("-", "ShopStack | {small}/{small2} | {ampm} | CREATE_IN_PROGRESS   | AWS::{S3::Bucket|Lambda::Function|IAM::Role} | {Bucket|Handler|Role}{hex}"),
            ("-", "ShopStack | {small}/{small2} | {ampm} | CREATE_COMPLETE      | AWS::{S3::Bucket|Lambda::Function|IAM::Role} | {Bucket|Handler|Role}{hex}"),
            ("-", " ✅  ShopStack"),
            ("-", "✨  Deployment time: {float}s"),
            ("-", "✨  Total time: {float}s"),
        ],
    },
    Format {
        // A service logging in Finnish. (Written before the miner saw it.)
        name: "finnish_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  Käyttäjä {user} kirjautui sisään osoitteesta {ip}"),
            ("-", "{date} {hms} INFO  Tilaus {n} on lähetetty"),
            ("-", "{date} {hms} WARN  Tilauksen {n} maksu epäonnistui: kortti hylättiin"),
            ("-", "{date} {hms} ERROR Yhteys tietokantaan {host} epäonnistui {small} yrityksen jälkeen"),
        ],
    },
    Format {
        // A service logging in Romanian. (Written before the miner saw it.)
        name: "romanian_app",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} INFO  Utilizatorul {user} s-a autentificat de la {ip}"),
            ("-", "{date} {hms} INFO  Comanda {n} a fost expediată"),
            ("-", "{date} {hms} WARN  Plata pentru comanda {n} a eșuat: fonduri insuficiente"),
            ("-", "{date} {hms} ERROR Nu s-a putut conecta la baza de date {host}"),
        ],
    },
];
