//! The formats' table, its first 600 formats: each format's name, header and events (see the
//! parent module). The rest are in `table_later.rs` (one file would be over 1 MiB).

use super::*;

pub(super) static FIRST_FORMATS: [Format; 600] = [
    Format {
        name: "klog",
        header: klog_header,
        events: &[
            ("I", r#""Reconciling" pod="{ns}/{pod}" attempt={small}"#),
            ("I", r#""Successfully synced" key="{ns}/{pod}" duration="{dur}""#),
            ("E", r#"k8s.io/client-go/informers/factory.go:{n}: Failed to watch *v1.Pod: failed to list *v1.Pod: Get "https://{ipport}/api/v1/pods?limit=500&resourceVersion=0": dial tcp {ipport2}: connect: connection refused"#),
            ("W", r#""Readiness probe failed" pod="{ns}/{pod}" containerName="{svc}" probeResult="failure" output="HTTP probe failed with statuscode: {500|502|503}""#),
            ("I", r#""Killing container with a grace period" pod="{ns}/{pod}" podUID={uuid} containerName="{svc}" gracePeriod={10|30|60}"#),
            ("E", r#""Error syncing pod, skipping" err="failed to \"StartContainer\" for \"{svc}\" with CrashLoopBackOff: \"back-off {10|20|40|80|160|300}s restarting failed container={svc} pod={svc}-{hex}-{hex2}_{ns}({uuid})\"" pod="{ns}/{svc}-{hex}-{hex2}" podUID={uuid}"#),
            ("I", "Starting {small} workers for {deployment|replicaset|endpoint|namespace|job|cronjob} controller"),
            ("I", "Caches are synced for {deployment|replicaset|endpoint|namespace|job|cronjob} controller"),
            ("W", r#"Unable to retrieve pull secret {ns}/{regcred|ghcr-token|ecr-creds} for {ns2}/{pod} due to secret "{regcred|ghcr-token|ecr-creds}" not found.  The image pull may not succeed."#),
            ("I", r#""Observed a panic" panic="runtime error: invalid memory address or nil pointer dereference" panicGoValue="0x{hex}""#),
            ("E", r#"leaderelection.go:{n}] error retrieving resource lock kube-system/kube-controller-manager: Get "https://{ipport}/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s": context deadline exceeded"#),
        ],
    },
    Format {
        name: "spring",
        header: spring_header,
        events: &[
            ("INFO", "Order {n} placed by {user} for {float} EUR"),
            ("INFO", "Completed initialization in {small} ms"),
            ("WARN", "Payment provider responded slowly: {dur} for order {n}"),
            ("ERROR", "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: {exception}: Connection reset] with root cause"),
            ("WARN", "HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@{hex} marked as broken because of SQLSTATE(08006), ErrorCode(0)"),
            ("INFO", "Started ShopApplication in {float} seconds (process running for {float2})"),
            ("-", "\tat {class}.{method}({OrderService|PaymentClient|FrameworkServlet|HikariPool}.java:{n})"),
            ("-", "\t... {n} common frames omitted"),
            ("-", "Caused by: {exception}: Read timed out"),
            ("DEBUG", "Mapped to {class}#{method}(Long, Principal)"),
        ],
    },
    Format {
        name: "python",
        header: python_header,
        events: &[
            ("INFO", "Task {uuid} succeeded in {float}s: None"),
            ("INFO", "Received task: tasks.{send_email|resize_image|sync_account|charge_card}[{uuid}]"),
            ("ERROR", "Task tasks.{send_email|resize_image|sync_account|charge_card}[{uuid}] raised unexpected: {KeyError('user_id')|ConnectionError('timed out')|ValueError('bad size')}"),
            ("-", "Traceback (most recent call last):"),
            ("-", r#"  File "{pyfile}", line {n}, in {pyfunction}"#),
            ("-", "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: {path} (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x{hex}>: Failed to establish a new connection: [Errno 111] Connection refused'))"),
            ("WARNING", "Retrying in {1|2|4|8|16} seconds (attempt {small}/5)"),
            ("INFO", "Connected to redis://{ipport}/0"),
            ("INFO", "worker {celery|worker}@{host} ready."),
        ],
    },
    Format {
        name: "rfc5424",
        header: rfc5424_header,
        events: &[
            ("sshd", "- Accepted publickey for {user} from {ip} port {port} ssh2: ED25519 SHA256:{fingerprint}"),
            ("sshd", "- pam_unix(sshd:session): session closed for user {user}"),
            ("app", r#"[meta sequenceId="{n}"] [origin ip="{ip}"] user {user} downloaded report {q3|monthly|audit}-{n2}.pdf"#),
            ("app", r#"[meta sequenceId="{n}"] cache miss for key {user|cart|price}:{n2}"#),
            ("postfix/smtp", "- {queue}: to=<{email}>, relay={host}[{ip}]:25, delay={float}, delays={float}/0.01/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as {queue2})"),
            ("postfix/smtp", "- {queue}: to=<{email}>, relay=none, delay={float}, delays={float}/0/30/0, dsn=4.4.1, status=deferred (connect to {host}[{ip}]:25: Connection timed out)"),
            ("CRON", "- ({root|www-data|postgres}) CMD ({/usr/local/bin/backup.sh|/usr/lib/php/sessionclean|/opt/app/bin/sync})"),
            ("kernel", "- [{float}] Out of memory: Killed process {n} ({java|python3|node|postgres}) total-vm:{n2}kB, anon-rss:{n3}kB, file-rss:0kB, shmem-rss:0kB, UID:{n4} pgtables:{n5}kB oom_score_adj:0"),
            ("systemd", "- {unit}: Main process exited, code=exited, status={1/FAILURE|2/INVALIDARGUMENT|137/n/a}"),
            ("systemd", "- Started Session {n} of User {user}."),
        ],
    },
    Format {
        name: "envoy",
        header: envoy_header,
        events: &[
            ("access", r#""GET {path} HTTP/1.1" {200|201|204} - via_upstream - "-" 0 {n} {n2} {n3} "{ip}" "{curl/8.4.0|Go-http-client/1.1|okhttp/4.12.0}" "{uuid}" "{svc}.{ns}.svc.cluster.local:8080" "{ipport}""#),
            ("access", r#""GET {path} HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 0 91 {n} - "{ip}" "{curl/8.4.0|Go-http-client/1.1|okhttp/4.12.0}" "{uuid}" "{svc}.{ns}.svc.cluster.local:8080" "{ipport}""#),
            ("info", "cds: add {small} cluster(s), remove {small2} cluster(s)"),
            ("info", "lds: add/update listener '{ip}_{8080|9090|15006|443}'"),
            ("warning", "gRPC config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: Error adding/updating cluster(s) outbound|{8080|9090|443}||{svc}.{ns}.svc.cluster.local: LOGICAL_DNS clusters must have a single locality_lb_endpoint and a single lb_endpoint"),
            ("debug", "[C{n}] closing data_to_write={n2} type={0|1}"),
            ("debug", "[C{n}] remote close"),
            ("info", "all clusters initialized. initializing init manager"),
        ],
    },
    Format {
        name: "journal",
        header: journal_header,
        events: &[
            ("systemd", "{unit}: Deactivated successfully."),
            ("systemd", "{unit}: Consumed {float}s CPU time."),
            ("systemd", "{unit}: Scheduled restart job, restart counter is at {small}."),
            ("dockerd", r#"time="{iso}" level=error msg="Handler for POST /v1.43/containers/{container}/start returned error: driver failed programming external connectivity on endpoint {svc}_{small} ({container2}): Bind for 0.0.0.0:{80|443|8080|5432} failed: port is already allocated""#),
            ("dockerd", r#"time="{iso}" level=info msg="ignoring event" container={container} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete""#),
            ("kubelet", r#"E1128 {float}    {n} kubelet_node_status.go:{n2}] "Error updating node status, will retry" err="error getting node \"{node1|node2|ip-10-0-3-17}\": Get \"https://{ipport}/api/v1/nodes/{node1|node2|ip-10-0-3-17}?timeout=10s\": net/http: request canceled (Client.Timeout exceeded while awaiting headers)""#),
            ("sshd", "Invalid user {user} from {ip} port {port}"),
            ("sshd", "Connection closed by authenticating user {user} {ip} port {port} [preauth]"),
            ("kernel", "EXT4-fs ({sda1|nvme0n1p2|vdb|dm-0}): mounted filesystem {uuid} r/w with ordered data mode. Quota mode: none."),
            ("kernel", "TCP: request_sock_TCP: Possible SYN flooding on port {ip}:{80|443|8080}. Sending cookies."),
            ("CRON", "pam_unix(cron:session): session opened for user {root|www-data|postgres|backup}(uid={n}) by (uid=0)"),
        ],
    },
    Format {
        name: "golog",
        header: golog_header,
        events: &[
            ("", "http: TLS handshake error from {ipport}: EOF"),
            ("", "http: TLS handshake error from {ipport}: remote error: tls: bad certificate"),
            ("", "processed batch {n} ({n2} events) in {dur}"),
            ("", "listening on :{8080|9090|2112}"),
            ("", "upstream {host} unhealthy: dial tcp {ipport}: i/o timeout"),
            ("", "cache: evicted {n} entries, size now {n2} MiB"),
            ("-", "panic: runtime error: index out of range [{small}] with length {small2}"),
            ("-", "goroutine {n} [running]:"),
            ("-", "main.(*Server).{handle|serveHTTP|flush|loop}(0x{hex}, {0x{hex2}, 0x{hex3}})"),
            ("-", "\t/src/{server|worker|store|main}.go:{n} +0x{hex}"),
            ("", "user {email} authenticated via {password|oidc|api-key}"),
        ],
    },
    Format {
        name: "elasticsearch",
        header: elasticsearch_header,
        events: &[
            ("INFO", "Cluster health status changed from [{RED|YELLOW}] to [{YELLOW|GREEN}] (reason: [shards started [[{index}][{small}]]])."),
            ("WARN", "high disk watermark [90%] exceeded on [{key}][{es-node-1|es-node-2|es-data-3}][/var/lib/elasticsearch/nodes/0] free: {float}gb[{float2}%], shards will be relocated away from this node"),
            ("INFO", "[{index}] creating index, cause [auto(bulk api)], templates [], shards [{small}]/[{small2}]"),
            ("WARN", "[{index}][{small}] failed to perform indices:data/write/bulk[s] on replica [{index}][{small}], node[{key}], [R], s[STARTED], a[id={key2}]"),
            ("ERROR", "fatal error in thread [{main|elasticsearch[es-node-1][write][T#3]|elasticsearch[es-node-2][search][T#1]}], exiting"),
            ("INFO", "stopping ..."),
        ],
    },
    Format {
        name: "log4j_padded",
        header: log4j_padded_header,
        events: &[
            ("INFO|WARN|ERROR", "com.example.batch.Importer - Imported {n} rows from {table} in {dur}"),
            ("WARN|ERROR", "com.example.batch.Importer - Retrying {table} after {exception}"),
            ("INFO|DEBUG", "com.example.cache.Warmer - Cache {table} warmed"),
            ("ERROR|FATAL", "com.example.Main - Shutting down: {exception}"),
        ],
    },
    Format {
        // A database's audit log as comma-separated fields with no space between them (time,
        // server, user, client, connection, query, operation, database, statement, code).
        name: "csv_audit",
        header: journal_header,
        events: &[
            ("-", "{iso},{svc},{user},{ip},{n},{n2},CONNECT,{table},,0"),
            ("-", "{iso},{svc},{user},{ip},{n},{n2},DISCONNECT,{table},,0"),
            ("-", "{iso},{svc},{user},{ip},{n},{n2},QUERY,{table},'SELECT id FROM {topic} WHERE owner = {n3}',0"),
            ("-", "{iso},{svc},{user},{ip},{n},{n2},QUERY,{table},'DELETE FROM sessions WHERE expires < {n3}',0"),
            ("-", "{iso},{svc},{user},{ip},{n},{n2},FAILED_CONNECT,,,1045"),
        ],
    },
    Format {
        // uvicorn (FastAPI's server): a level padded after its colon, and an access line whose
        // status has its reason phrase.
        name: "uvicorn",
        header: uvicorn_header,
        events: &[
            ("INFO", r#"{ipport} - "GET {path} HTTP/1.1" {200 OK|404 Not Found|307 Temporary Redirect|500 Internal Server Error}"#),
            ("INFO", "Started server process [{n}]"),
            ("INFO", "Waiting for application startup."),
            ("INFO", "Application startup complete."),
            ("ERROR", "Exception in ASGI application"),
            ("WARNING", "Invalid HTTP request received."),
        ],
    },
    Format {
        name: "cassandra",
        header: cassandra_header,
        events: &[
            ("INFO", "Compacted ({uuid}) {small} sstables to [/var/lib/cassandra/data/shop/{table}-{container}/nb-{n}-big,] to level=0.  {float}MiB to {float2}MiB (~{small2}% of original) in {n2}ms.  Read Throughput = {float3}MiB/s, Write Throughput = {float4}MiB/s, Row Throughput = ~{n3}/s.  {n4} total partitions merged to {n5}."),
            ("INFO", "Writing Memtable-{table}@{n}({float}MiB serialized bytes, {n2} ops, {small}%/0% of on/off-heap limit), flushed range = (min(-9223372036854775808), max(9223372036854775807)]"),
            ("INFO", "InetAddress /{ip} is now DOWN"),
            ("INFO", "InetAddress /{ip} is now UP"),
            ("WARN", "Some operations timed out, details available at debug level (debug.log)"),
            ("WARN", "Read {n} live rows and {n2} tombstone cells for query SELECT * FROM shop.{table} WHERE id = {uuid} LIMIT 5000; token {n3} (see tombstone_warn_threshold)"),
            ("INFO", "Enqueuing flush of {table}: {float}MiB ({small}%) on-heap, 0.000KiB (0%) off-heap"),
        ],
    },
    Format {
        name: "kafka",
        header: kafka_header,
        events: &[
            ("INFO", "[Partition {topic}-{small} broker={1|2|3}] Shrinking ISR from {1,2,3|2,3,1} to {1,2|2,3}. Leader: (highWatermark: {n}, endOffset: {n2}). Out of sync replicas: (brokerId: {1|2|3}, endOffset: {n3}). (kafka.cluster.Partition)"),
            ("INFO", "[Partition {topic}-{small} broker={1|2|3}] Expanding ISR from {1,2|2,3} to {1,2,3|2,3,1} (kafka.cluster.Partition)"),
            ("INFO", "[GroupCoordinator {1|2|3}]: Preparing to rebalance group {billing-workers|search-indexer|email-sender} in state PreparingRebalance with old generation {n} (__consumer_offsets-{small}) (reason: Adding new member {consumer-billing-1|rdkafka}-{uuid} with group instance id None) (kafka.coordinator.group.GroupCoordinator)"),
            ("INFO", "[GroupCoordinator {1|2|3}]: Stabilized group {billing-workers|search-indexer|email-sender} generation {n} (__consumer_offsets-{small}) with {small2} members (kafka.coordinator.group.GroupCoordinator)"),
            ("INFO", "[Log partition={topic}-{small}, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset={n}, size={n2}, lastModifiedTime={n3}, largestRecordTimestamp=Some({n4})) (kafka.log.LocalLog$)"),
            ("INFO", "[Controller id={1|2|3}] Processing automatic preferred replica leader election (kafka.controller.KafkaController)"),
            ("ERROR", "[KafkaApi-{1|2|3}] Error when handling request: clientId={consumer-billing-1|rdkafka|producer-7}, correlationId={n}, api=FETCH, version=13, body={replica_id=-1,max_wait_ms=500} (kafka.server.KafkaApis)"),
        ],
    },
    Format {
        name: "nginx",
        header: nginx_header,
        events: &[
            ("error", r#"*{n} open() "/var/www/html/{webfile}" failed (2: No such file or directory), client: {ip}, server: {shop|api}.example.com, request: "GET /{webfile} HTTP/1.1", host: "{shop|api}.example.com""#),
            ("error", r#"*{n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip}, server: api.example.com, request: "{GET|POST|PUT|DELETE|PATCH} {path} HTTP/1.1", upstream: "http://{ipport}{path}", host: "api.example.com""#),
            ("error", r#"*{n} connect() failed (111: Connection refused) while connecting to upstream, client: {ip}, server: api.example.com, request: "{GET|POST|PUT|DELETE|PATCH} {path} HTTP/1.1", upstream: "http://{ipport}{path}", host: "api.example.com""#),
            ("warn", "*{n} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{small}/{n2}/{n3} while reading upstream, client: {ip}, server: shop.example.com, request: \"GET {path} HTTP/1.1\", upstream: \"http://{ipport}{path}\", host: \"shop.example.com\""),
            ("notice", "signal process started"),
            ("crit", "*{n} SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: {ip}, server: 0.0.0.0:443"),
            ("error", r#"*{n} limiting requests, excess: {float} by zone "{api|login}", client: {ip}, server: api.example.com, request: "POST {path} HTTP/1.1", host: "api.example.com""#),
            ("warn", r#"conflicting server name "{host}" on 0.0.0.0:80, ignored"#),
        ],
    },
    Format {
        name: "postgres",
        header: postgres_header,
        events: &[
            ("", "LOG:  checkpoint starting: time"),
            ("", "LOG:  checkpoint complete: wrote {n} buffers ({float}%); 0 WAL file(s) added, 0 removed, {small} recycled; write={float2} s, sync={float3} s, total={float4} s; sync files={small2}, longest={float5} s, average={float6} s; distance={n2} kB, estimate={n3} kB"),
            ("", r#"{user}@{shop|analytics} ERROR:  duplicate key value violates unique constraint "{table}_pkey""#),
            ("", "{user}@{shop|analytics} DETAIL:  Key (id)=({n}) already exists."),
            ("", r#"{user}@{shop|analytics} FATAL:  password authentication failed for user "{user}""#),
            ("", "[unknown]@[unknown] LOG:  connection received: host={ip} port={port}"),
            ("", "{user}@{shop|analytics} LOG:  connection authorized: user={user} database={shop|analytics} application_name={psql|pgbouncer|metabase}"),
            ("", "{user}@{shop|analytics} LOG:  duration: {float} ms  statement: SELECT * FROM {table} WHERE id = {n}"),
            ("", r#"{user}@{shop|analytics} ERROR:  relation "{table}" does not exist at character {small}"#),
            ("", r#"LOG:  automatic vacuum of table "{shop|analytics}.public.{table}": index scans: {small}"#),
        ],
    },
    Format {
        name: "redis",
        header: redis_header,
        events: &[
            ("M", "* Background saving started by pid {n}"),
            ("C", "* DB saved on disk"),
            ("C", "* Fork CoW for RDB: current {small} MB, peak {small2} MB, average {small3} MB"),
            ("M", "* Background saving terminated with success"),
            ("M", "* {n} changes in {60|300|900} seconds. Saving..."),
            ("M", "# Connection with replica {ipport} lost."),
            ("M", "* Replica {ipport} asks for synchronization"),
            ("M", "* Synchronization with replica {ipport} succeeded"),
            ("S", "* MASTER <-> REPLICA sync: Finished with success"),
            ("S", "# Error condition on socket for SYNC: Connection refused"),
            ("any", "- Accepted {ipport}"),
        ],
    },
    Format {
        name: "mongodb",
        header: mongodb_header,
        events: &[
            ("I", r#""c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"{ipport}","uuid":{"uuid":{"$uuid":"{uuid}"}},"connectionId":{n},"connectionCount":{small}}}"#),
            ("I", r#""c":"NETWORK",  "id":22944,   "ctx":"conn{n}","msg":"Connection ended","attr":{"remote":"{ipport}","uuid":{"uuid":{"$uuid":"{uuid}"}},"connectionId":{n},"connectionCount":{small}}}"#),
            ("I", r#""c":"NETWORK",  "id":51800,   "ctx":"conn{n}","msg":"client metadata","attr":{"remote":"{ipport}","client":"conn{n}","doc":{"driver":{"name":"{PyMongo|nodejs|mongo-go-driver}","version":"4.{small}.{small2}"},"os":{"type":"Linux","architecture":"x86_64"}}}}"#),
            ("I", r#""c":"COMMAND",  "id":51803,   "ctx":"conn{n}","msg":"Slow query","attr":{"type":"command","ns":"shop.{table}","command":{"find":"{table}","filter":{"_id":{"$oid":"{oid}"}}},"planSummary":"IDHACK","keysExamined":{small},"docsExamined":{small},"durationMillis":{n2}}}"#),
            ("I", r#""c":"ACCESS",   "id":20250,   "ctx":"conn{n}","msg":"Authentication succeeded","attr":{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"{user}","authenticationDatabase":"admin","remote":"{ipport}"}}"#),
            ("W", r#""c":"ACCESS",   "id":20436,   "ctx":"conn{n}","msg":"Checking authorization failed","attr":{"error":{"code":13,"codeName":"Unauthorized","errmsg":"not authorized on {shop|admin} to execute command { find: "{table}" }"}}}"#),
            ("I", r#""c":"REPL",     "id":21340,   "ctx":"ReplCoord-{small}","msg":"Replica set state transition","attr":{"newState":"{PRIMARY|SECONDARY}","oldState":"{SECONDARY|RECOVERING}"}}"#),
            ("I", r#""c":"STORAGE",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":{"ts_sec":{n},"ts_usec":{n2},"thread":"{small}:0x{hex}","session_name":"WT_SESSION.checkpoint","category":"WT_VERB_CHECKPOINT_PROGRESS","category_id":6,"verbose_level":"DEBUG_1","verbose_level_id":1,"msg":"saving checkpoint snapshot min: {n3}, snapshot max: {n3} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: {n4}"}}}"#),
        ],
    },
    Format {
        name: "mysql",
        header: mysql_header,
        events: &[
            ("Warning|MY-010055|Server", "IP address '{ip}' could not be resolved: Name or service not known"),
            ("Note|MY-010914|Server", "Aborted connection {n} to db: '{shop|analytics}' user: '{user}' host: '{ip}' (Got an error reading communication packets)."),
            ("System|MY-010931|Server", "/usr/sbin/mysqld: ready for connections. Version: '8.0.35'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL."),
            ("Warning|MY-013360|Server", "Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'"),
            ("Warning|MY-012111|InnoDB", "Trying to access page number {n} in space {small}, space name {shop|analytics}/{table}, which is outside the tablespace bounds. Byte offset 0, len 16384, i/o type read."),
            ("ERROR|MY-012592|InnoDB", "Operating system error number 28 in a file operation."),
            ("Note|MY-010926|Server", "Access denied for user '{user}'@'{ip}' (using password: {YES|NO})"),
            ("ERROR|MY-010584|Repl", "Replica SQL for channel '': Worker {small} failed executing transaction 'ANONYMOUS' at source log binlog.{n}, end_log_pos {n2}; Could not execute Write_rows event on table {shop|analytics}.{table}; Duplicate entry '{n3}' for key '{table}.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY, Error_code: MY-001062"),
        ],
    },
    Format {
        name: "pino",
        header: pino_header,
        events: &[
            ("30", r#""reqId":"req-{n}","req":{"method":"GET","url":"{path}","hostname":"api.example.com","remoteAddress":"{ip}","remotePort":{port}},"msg":"incoming request"}"#),
            ("30", r#""reqId":"req-{n}","res":{"statusCode":{200|201|204}},"responseTime":{float},"msg":"request completed"}"#),
            ("50", r#""reqId":"req-{n}","err":{"type":"Error","message":"connect ECONNREFUSED {ipport}","stack":"Error: connect ECONNREFUSED {ipport}\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)","errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"{ip}","port":{port}},"msg":"connect ECONNREFUSED {ipport}"}"#),
            ("40", r#""query":"SELECT * FROM {table} WHERE id = $1","durationMs":{n},"msg":"slow query"}"#),
            ("30", r#""msg":"Server listening at http://{ip}:{3000|8080}"}"#),
            ("30", r#""userId":{n},"msg":"user {user} signed in"}"#),
            ("60", r#""err":{"type":"TypeError","message":"Cannot read properties of undefined (reading '{id|name|length}')"},"msg":"uncaught exception, exiting"}"#),
        ],
    },
    Format {
        name: "rails",
        header: rails_header,
        events: &[
            ("INFO", r#"Started GET "{path}" for {ip} at {railstime}"#),
            ("INFO", "Processing by {Users|Orders|Sessions}Controller#{show|create|index} as {HTML|JSON|*/*}"),
            ("INFO", r#"  Parameters: {"id"=>"{n}"}"#),
            ("INFO", "Completed {200 OK|201 Created|302 Found} in {n}ms (Views: {float}ms | ActiveRecord: {float2}ms | Allocations: {n2})"),
            ("FATAL", "ActiveRecord::RecordNotFound (Couldn't find {User|Order|Session} with 'id'={n}):"),
            ("WARN", "Can't verify CSRF token authenticity."),
            ("INFO", "Redirected to https://shop.example.com{path}"),
            ("FATAL", r#"ActionController::RoutingError (No route matches [GET] "{path}"):"#),
        ],
    },
    Format {
        name: "hclog",
        header: hclog_header,
        events: &[
            ("INFO|agent", "Synced node info"),
            ("WARN|agent.server.raft", "heartbeat timeout reached, starting election: last-leader-addr={ipport} last-leader-id={uuid}"),
            ("INFO|agent.server.raft", r#"entering candidate state: node="Node at {ipport} [Candidate]" term={n}"#),
            ("INFO|agent.server.raft", "election won: term={n} tally={small}"),
            ("ERROR|agent.anti_entropy", r#"failed to sync remote state: error="No cluster leader""#),
            ("INFO|agent.server.serf.lan", "serf: EventMemberJoin: {host} {ip}"),
            ("INFO|agent.server.serf.lan", "serf: EventMemberFailed: {host} {ip}"),
            ("WARN|agent", "Check is now critical: check=service:{svc}-{small}"),
            ("ERROR|core", r#"failed to lookup token: error="permission denied" accessor={key}"#),
        ],
    },
    Format {
        name: "prometheus",
        header: prometheus_header,
        events: &[
            ("info", r#"component=tsdb msg="Head GC completed" caller=head.go:{n} duration={dur}"#),
            ("info", r#"component=tsdb msg="write block" mint={n} maxt={n2} ulid=01H{key} duration={dur}"#),
            ("warn", r#"component="scrape manager" scrape_pool={node|kubelet|cadvisor|blackbox} target=http://{ipport}/metrics msg="Append failed" err="out of bounds""#),
            ("warn", r#"component="scrape manager" scrape_pool={node|kubelet|cadvisor|blackbox} target=http://{ipport}/metrics msg="Error on ingesting samples that are too old or are too far into the future" num_dropped={n}"#),
            ("error", r#"component=notifier alertmanager=http://{ipport}/api/v2/alerts count={small} msg="Error sending alert" err="Post \"http://{ipport}/api/v2/alerts\": context deadline exceeded""#),
            ("info", r#"msg="Server is ready to receive web requests.""#),
            ("info", r#"component=tsdb msg="Deleting obsolete block" block=01H{key}"#),
        ],
    },
    Format {
        name: "grafana",
        header: grafana_header,
        events: &[
            ("info", r#"msg="Request Completed" method=GET path=/api/{dashboards|datasources|search|annotations}/{n} status={200|304} remote_addr={ip} time_ms={n2} duration={dur} size={n3} referer= handler=/api/{dashboards|datasources|search|annotations}/:id"#),
            ("info", r#"msg="Completed cleanup jobs" duration={dur}"#),
            ("warn", r#"msg="Tick dropped because alert rule evaluation is too slow" rule_uid={key} org_id=1 time={iso}"#),
            ("info", r#"msg="Detected stale state entry" cacheID="[[\"__alert_rule_uid__\",\"{key}\"],[\"alertname\",\"{HighLatency|DiskFull|PodCrashLooping}\"]]" state=Normal reason="""#),
            ("error", r#"msg="Error received from Loki" duration={dur} stage=databaseRequest statusCode=400 contentLength={n} start={iso} end={iso} step={small}s query="sum(rate({app=\"{svc}\"}[5m]))" queryType=range direction=backward maxLines=1000 error="parse error at line 1, col {small2}: syntax error: unexpected IDENTIFIER" status=error"#),
            ("warn", r#"msg="Plugin is unsigned" pluginId=hover-{svc}-panel"#),
        ],
    },
    Format {
        name: "apache",
        header: apache_header,
        events: &[
            ("proxy:error", "[client {ipport}] (111)Connection refused: AH00957: http: attempt to connect to {ipport2} ({host}:8080) failed"),
            ("proxy_http:error", "[client {ipport}] AH01114: HTTP: failed to make connection to backend: {host}"),
            ("core:error", "[client {ipport}] AH00126: Invalid URI in request GET /cgi-bin/.%2e/.%2e/{webfile} HTTP/1.1"),
            ("ssl:warn", "AH01909: {host}:443:0 server certificate does NOT include an ID which matches the server name"),
            ("mpm_event:notice", "AH00489: Apache/2.4.62 (Debian) OpenSSL/3.0.15 configured -- resuming normal operations"),
            ("authz_core:error", "[client {ipport}] AH01630: client denied by server configuration: /var/www/html/{webfile}"),
            ("php:error", "[client {ipport}] PHP Warning:  Undefined variable ${user} in /var/www/html/index.php on line {n}"),
        ],
    },
    Format {
        name: "jvm_gc",
        header: jvm_gc_header,
        events: &[
            ("gc", "GC({n}) Pause Young (Normal) (G1 Evacuation Pause) {heap} {float}ms"),
            ("gc", "GC({n}) Pause Young (Concurrent Start) (G1 Humongous Allocation) {heap} {float}ms"),
            ("gc", "GC({n}) Pause Remark {heap} {float}ms"),
            ("gc", "GC({n}) Pause Cleanup {heap} {float}ms"),
            ("gc", "GC({n}) Concurrent Mark Cycle {float}ms"),
            ("gc,cpu", "GC({n}) User={float}s Sys={float2}s Real={float3}s"),
            ("gc,heap", "GC({n}) Eden regions: {n2}->0({n3})"),
            ("gc,heap", "GC({n}) Survivor regions: {small}->{small2}({n3})"),
            ("gc,heap,exit", "Heap"),
        ],
    },
    Format {
        name: "haproxy",
        header: journal_header,
        // Loghub's truth keeps a request's method apart (OpenStack's `"GET <*>"`, `"POST
        // <*>"`), so the access log is an event per method.
        events: &[
            ("haproxy", r#"{ipport} [{hatime}] http-in {app|api|static}_backend/web{small} {small2}/0/{small3}/{n}/{n2} {200|304|404|502} {n3} - - ---- {small4}/{small4}/0/0/0 0/0 "GET {path} HTTP/1.1""#),
            ("haproxy", r#"{ipport} [{hatime}] http-in {app|api|static}_backend/web{small} {small2}/0/{small3}/{n}/{n2} {200|304|404|502} {n3} - - ---- {small4}/{small4}/0/0/0 0/0 "POST {path} HTTP/1.1""#),
            ("haproxy", "Server {app|api}_backend/web{small} is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: {small2}ms. {small3} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue."),
            ("haproxy", "Server {app|api}_backend/web{small} is UP, reason: Layer7 check passed, code: 200, check duration: {small2}ms. {small3} active and 0 backup servers online. 0 sessions requeued, 0 total in queue."),
            ("haproxy", "Proxy http-in started."),
            ("haproxy", "backend {app|api}_backend has no server available!"),
            ("haproxy", "{ipport} [{hatime}] http-in/1: SSL handshake failure"),
        ],
    },
    Format {
        name: "postfix",
        header: journal_header,
        events: &[
            ("postfix/smtpd", "connect from {host}[{ip}]"),
            ("postfix/smtpd", "disconnect from {host}[{ip}] ehlo=1 mail=1 rcpt={small}/1 data=1 quit=1 commands={small2}/5"),
            ("postfix/smtpd", "{queue}: client={host}[{ip}]"),
            ("postfix/cleanup", "{queue}: message-id=<{hex}@{host}>"),
            ("postfix/qmgr", "{queue}: from=<{email}>, size={n}, nrcpt=1 (queue active)"),
            ("postfix/smtp", "{queue}: to=<{email}>, relay={host}[{ip}]:25, delay={float}, delays={float2}/0/{float3}/0.1, dsn=2.0.0, status=sent (250 2.0.0 OK {n} - gsmtp)"),
            ("postfix/smtp", "{queue}: to=<{email}>, relay=none, delay={float}, delays={float2}/0/30/0, dsn=4.4.1, status=deferred (connect to {host}[{ip}]:25: Connection timed out)"),
            ("postfix/qmgr", "{queue}: removed"),
            ("postfix/smtpd", "NOQUEUE: reject: RCPT from {host}[{ip}]: 554 5.7.1 <{email}>: Relay access denied; from=<{email2}> to=<{email}> proto=ESMTP helo=<{host2}>"),
            ("postfix/anvil", "statistics: max connection rate {small}/60s for (smtp:{ip}) at Nov 28 12:{small2}:00"),
        ],
    },
    Format {
        name: "docker",
        header: logrus_header,
        events: &[
            ("info", r#"msg="Container failed to exit within 10s of signal 15 - using the force" container={container}"#),
            ("info", r#"msg="ignoring event" container={container} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete""#),
            ("warning", r#"msg="Health check for container {container} error: context deadline exceeded""#),
            ("error", r#"msg="Handler for POST /v1.43/containers/{hex}/start returned error: driver failed programming external connectivity on endpoint {svc}-{small}: Bind for 0.0.0.0:{port} failed: port is already allocated""#),
            ("info", r#"msg="Loading containers: done.""#),
            ("info", r#"msg="API listen on /run/docker.sock""#),
            ("info", r#"msg="shim disconnected" id={container} namespace=moby"#),
            ("error", r#"msg="Not continuing with pull after error: context canceled""#),
        ],
    },
    Format {
        name: "etcd",
        header: etcd_header,
        events: &[
            ("warn", r#""msg":"apply request took too long","took":"{dur}","expected-duration":"100ms","prefix":"read-only range ","request":"key:\"/registry/pods/{ns}/{pod}\" ","response":"range_response_count:1 size:{n}"}"#),
            ("info", r#""msg":"compact tree index","revision":{n}}"#),
            ("info", r#""msg":"finished scheduled compaction","compact-revision":{n},"took":"{dur}","current-db-size-bytes":{n2},"current-db-size":"{small} MB"}"#),
            ("warn", r#""msg":"slow fdatasync","took":"{dur}","expected-duration":"1s"}"#),
            ("warn", r#""msg":"rejected connection","remote-addr":"{ipport}","server-name":"","error":"tls: failed to verify certificate: x509: certificate signed by unknown authority"}"#),
            ("info", r#""msg":"saved snapshot","snapshot-index":{n}}"#),
            ("warn", r#""msg":"leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk","to":"{hex}","heartbeat-interval":"100ms","expected-duration":"200ms","exceeded-duration":"{dur}"}"#),
        ],
    },
    Format {
        name: "celery",
        header: celery_header,
        events: &[
            ("INFO", "Task {tasks.send_email|tasks.charge_card|tasks.rebuild_index}[{uuid}] received"),
            ("INFO", "Task {tasks.send_email|tasks.charge_card|tasks.rebuild_index}[{uuid}] succeeded in {float}s: None"),
            ("ERROR", r#"Task {tasks.send_email|tasks.charge_card}[{uuid}] raised unexpected: ConnectionError("HTTPSConnectionPool(host='api.example.com', port=443): Read timed out. (read timeout={small})")"#),
            ("WARNING", "Task {tasks.send_email|tasks.charge_card|tasks.rebuild_index}[{uuid}] retry: Retry in {small}s: OperationalError('server closed the connection unexpectedly')"),
            ("INFO", "Connected to redis://{host}:6379/0"),
            ("INFO", "mingle: searching for neighbors"),
            ("INFO", "celery@{host} ready."),
            ("ERROR", "consumer: Cannot connect to redis://{host}:6379/0: Error 111 connecting to {host}:6379. Connection refused.. Trying again in {small}.00 seconds... ({small2}/100)"),
        ],
    },
    Format {
        name: "squid",
        header: journal_header,
        events: &[
            ("-", "{epochs}    {n} {ip} TCP_{MISS|HIT|REFRESH_MODIFIED}/{200|304} {n2} GET http://{host}/{webfile} - HIER_DIRECT/{ip2} text/html"),
            ("-", "{epochs}    {n} {ip} TCP_TUNNEL/200 {n2} CONNECT {host}:443 - HIER_DIRECT/{ip2} -"),
            ("-", "{epochs}      0 {ip} TCP_DENIED/403 {n2} GET http://{host}/{webfile} - HIER_NONE/- text/html"),
        ],
    },
    Format {
        name: "rabbitmq",
        header: rabbitmq_header,
        events: &[
            ("info", "accepting AMQP connection <0.{n}.0> ({ipport} -> {ip}:5672)"),
            ("info", "connection <0.{n}.0> ({ipport} -> {ip}:5672): user '{user}' authenticated and granted access to vhost '/'"),
            ("warning", "closing AMQP connection <0.{n}.0> ({ipport} -> {ip}:5672, vhost: '/', user: '{user}'): client unexpectedly closed TCP connection"),
            ("error", "Error on AMQP connection <0.{n}.0> ({ipport} -> {ip}:5672, state: starting): PLAIN login refused: user '{user}' - invalid credentials"),
            ("info", "Server startup complete; {small} plugins started."),
            ("warning", "memory resource limit alarm set on node 'rabbit@{host}'."),
        ],
    },
    Format {
        name: "zap_console",
        header: zap_console_header,
        events: &[
            ("INFO", "started gRPC server\t{\"addr\": \":{port}\"}"),
            ("INFO", "request completed\t{\"method\": \"/orders.v1.OrderService/{Get|List|Create}Order\", \"code\": \"{OK|NotFound|Unavailable}\", \"duration\": \"{dur}\"}"),
            ("WARN", "retrying upstream call\t{\"attempt\": {small}, \"upstream\": \"{svc}\", \"error\": \"rpc error: code = Unavailable desc = connection refused\"}"),
            ("ERROR", "failed to publish event\t{\"topic\": \"{topic}\", \"error\": \"kafka: client has run out of available brokers to talk to\"}"),
            ("INFO", "cache refreshed\t{\"entries\": {n}, \"took\": \"{dur}\"}"),
        ],
    },
    Format {
        name: "tomcat",
        header: tomcat_header,
        events: &[
            ("INFO", "Server startup in [{n}] milliseconds"),
            ("INFO", "Deploying web application archive [/opt/tomcat/webapps/{svc}.war]"),
            ("WARNING", "The web application [{svc}] appears to have started a thread named [pool-{small}-thread-{small2}] but has failed to stop it. This is very likely to create a memory leak."),
            ("SEVERE", "Servlet.service() for servlet [dispatcherServlet] in context with path [/{svc}] threw exception"),
            ("INFO", r#"Starting ProtocolHandler ["http-nio-{port}"]"#),
            ("WARNING", "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [{n}] milliseconds."),
        ],
    },
    Format {
        name: "caddy",
        header: journal_header,
        events: &[
            ("-", r#"{"level":"info","ts":{epochs},"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"{ip}","remote_port":"{port}","proto":"HTTP/2.0","method":"{GET|POST}","host":"shop.example.com","uri":"{path}","headers":{"User-Agent":["curl/8.{small}.0"]}},"bytes_read":0,"user_id":"","duration":{float},"size":{n},"status":{200|404}}"#),
            ("-", r#"{"level":"error","ts":{epochs},"logger":"http.log.error","msg":"dial tcp {ipport}: connect: connection refused","request":{"remote_ip":"{ip}","method":"GET","uri":"{path}"},"duration":{float},"status":502}"#),
            ("-", r#"{"level":"info","ts":{epochs},"logger":"tls.obtain","msg":"certificate obtained successfully","identifier":"{host}"}"#),
            ("-", r#"{"level":"warn","ts":{epochs},"logger":"tls","msg":"stapling OCSP","error":"no OCSP stapling for [{host}]: no OCSP server specified in certificate"}"#),
        ],
    },
    Format {
        name: "openvpn",
        header: journal_header,
        events: &[
            ("ovpn-server", "{user}/{ipport} MULTI_sva: pool returned IPv4={ip}, IPv6=(Not enabled)"),
            ("ovpn-server", "{ipport} TLS: Initial packet from [AF_INET]{ipport}, sid={hex} {hex2}"),
            ("ovpn-server", "{user}/{ipport} SIGUSR1[soft,ping-restart] received, client-instance restarting"),
            ("ovpn-server", "{ipport} VERIFY OK: depth=0, CN={user}"),
            ("ovpn-server", "{ipport} TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)"),
        ],
    },
    Format {
        name: "nagios",
        header: journal_header,
        events: &[
            ("-", "[{epochs}] SERVICE ALERT: {host};{HTTP|SSH|Disk Usage};CRITICAL;{SOFT|HARD};{small};CRITICAL - Socket timeout after 10 seconds"),
            ("-", "[{epochs}] SERVICE ALERT: {host};{HTTP|SSH|Disk Usage};OK;HARD;{small};OK - {float} second response time"),
            ("-", "[{epochs}] HOST ALERT: {host};DOWN;HARD;{small};CRITICAL - Host Unreachable ({ip})"),
            ("-", "[{epochs}] SERVICE NOTIFICATION: {user};{host};{HTTP|SSH|Disk Usage};CRITICAL;notify-service-by-email;CRITICAL - Socket timeout after 10 seconds"),
            ("-", "[{epochs}] Auto-save of retention data completed successfully."),
            ("-", "[{epochs}] Warning: Check of service '{HTTP|SSH|Disk Usage}' on host '{host}' did not exit properly!"),
        ],
    },
    Format {
        name: "fail2ban",
        header: fail2ban_header,
        events: &[
            ("INFO", "[{sshd|nginx-http-auth|postfix}] Found {ip} - {railstime}"),
            ("NOTICE", "[{sshd|nginx-http-auth|postfix}] Ban {ip}"),
            ("NOTICE", "[{sshd|nginx-http-auth|postfix}] Unban {ip}"),
            ("INFO", "Starting Fail2ban v1.0.2"),
            ("INFO", "Jail '{sshd|nginx-http-auth|postfix}' started"),
            ("WARNING", "[{sshd|nginx-http-auth|postfix}] {ip} already banned"),
        ],
    },
    Format {
        name: "dovecot",
        header: journal_header,
        events: &[
            ("dovecot", "imap-login: Login: user=<{email}>, method=PLAIN, rip={ip}, lip={ip2}, mpid={n}, TLS, session=<{session}>"),
            ("dovecot", "imap-login: Disconnected (auth failed, {small} attempts in {small2} secs): user=<{email}>, method=PLAIN, rip={ip}, lip={ip2}, TLS, session=<{session}>"),
            ("dovecot", "imap({email})<{n}><{key}>: Logged out in={n2} out={n3} deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0"),
            ("dovecot", "auth: pam_unix(dovecot:auth): authentication failure; logname= uid=0 euid=0 tty=dovecot ruser={email} rhost={ip}"),
            ("dovecot", "lmtp({email})<{n}><{key}>: msgid=<{hex}@{host}>: saved mail to INBOX"),
        ],
    },
    Format {
        name: "bind",
        header: journal_header,
        events: &[
            ("named", "client @0x7f{hex} {ip}#{port} ({host}): query: {host} IN {A|AAAA|MX} +E(0)K ({ip2})"),
            ("named", "client @0x7f{hex} {ip}#{port} ({host}): query (cache) '{host}/A/IN' denied"),
            ("named", "resolver priming query complete: success"),
            ("named", "zone example.com/IN: loaded serial {n}"),
            ("named", "network unreachable resolving '{host}/AAAA/IN': 2001:500:{small}::{small2}#53"),
            ("named", "lame-server: connection refused resolving '{host}/A/IN': {ip}#53"),
        ],
    },
    Format {
        name: "jenkins",
        header: jenkins_header,
        events: &[
            ("INFO", "{svc}-pipeline #{n} main build action completed: {SUCCESS|FAILURE|ABORTED}"),
            ("INFO", "Finished Download metadata. {n} ms"),
            ("INFO", "Completed initialization"),
            ("WARNING", "Failed to fetch from https://git.example.com/{svc}.git"),
            ("INFO", "Computer.threadPoolForRemoting [#{small}] for agent-{small2} terminated: java.nio.channels.ClosedChannelException"),
        ],
    },
    Format {
        name: "flink",
        header: flink_header,
        events: &[
            ("INFO", "Completed checkpoint {n} for job {hex}{hex2}{hex3}{hex4} ({n2} bytes, checkpointDuration={n3} ms, finalizationTime=0 ms)."),
            ("INFO", "Source: {topic} -> Map ({small}/{small2}) ({hex}{hex2}_{hex3}{hex4}_{small3}_0) switched from RUNNING to FAILED on {host}:{port}."),
            ("WARN", "{svc}-enrich ({small}/{small2})#0 ({hex}{hex2}_{hex3}{hex4}_{small3}_0) switched from RUNNING to FAILED with failure cause: java.io.IOException: Connection reset by peer"),
            ("INFO", "Received resource requirements from job {hex}{hex2}{hex3}{hex4}: [ResourceRequirement{resourceProfile=ResourceProfile{UNKNOWN}, numberOfRequiredSlots={small}}]"),
        ],
    },
    Format {
        name: "mssql",
        header: mssql_header,
        events: &[
            ("Logon", "Error: 18456, Severity: 14, State: {small}."),
            ("Logon", "Login failed for user '{sa|app_user|reporting}'. Reason: Password did not match that for the login provided. [CLIENT: {ip}]"),
            ("spids", "SQL Server is now ready for client connections. This is an informational message; no user action is required."),
            ("Backup", "Log was backed up. Database: {shop|analytics|hr}, creation date(time): 2026/11/01(10:00:00), first LSN: {n}:{n2}:1, last LSN: {n3}:{n2}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'/var/opt/mssql/backup/log.trn'}). This is an informational message only. No user action is required."),
            ("spid", "Setting database option RECOVERY to SIMPLE for database '{shop|analytics|hr}'."),
        ],
    },
    Format {
        name: "alb",
        header: journal_header,
        // An event per method, as in HAProxy's access log.
        events: &[
            ("-", r#"{https|h2} {iso} app/shop-alb/{hex} {ipport} {ipport2} 0.00{small} 0.0{small2} 0.000 {200|201|304} {200|201|304} {n} {n2} "GET https://shop.example.com:443{path} HTTP/2.0" "Mozilla/5.0 (X11; Linux x86_64)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/{svc}-tg/{hex2} "Root=1-{hex3}-{key}" "shop.example.com" "arn:aws:acm:eu-west-1:123456789012:certificate/{uuid}" 0 {iso} "forward" "-" "-" "{ipport2}" "{200|201|304}" "-" "-""#),
            ("-", r#"{https|h2} {iso} app/shop-alb/{hex} {ipport} {ipport2} 0.00{small} 0.0{small2} 0.000 {200|201|304} {200|201|304} {n} {n2} "POST https://shop.example.com:443{path} HTTP/2.0" "Mozilla/5.0 (X11; Linux x86_64)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/{svc}-tg/{hex2} "Root=1-{hex3}-{key}" "shop.example.com" "arn:aws:acm:eu-west-1:123456789012:certificate/{uuid}" 0 {iso} "forward" "-" "-" "{ipport2}" "{200|201|304}" "-" "-""#),
            ("-", r#"{https|h2} {iso} app/shop-alb/{hex} {ipport} - -1 -1 -1 503 - {n} {n2} "GET https://shop.example.com:443{path} HTTP/2.0" "Mozilla/5.0 (X11; Linux x86_64)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/{svc}-tg/{hex2} "Root=1-{hex3}-{key}" "shop.example.com" "-" 0 {iso} "forward" "-" "-" "-" "-" "-" "-""#),
            ("-", r#"{https|h2} {iso} app/shop-alb/{hex} {ipport} - -1 -1 -1 503 - {n} {n2} "POST https://shop.example.com:443{path} HTTP/2.0" "Mozilla/5.0 (X11; Linux x86_64)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/{svc}-tg/{hex2} "Root=1-{hex3}-{key}" "shop.example.com" "-" 0 {iso} "forward" "-" "-" "-" "-" "-" "-""#),
        ],
    },
    Format {
        name: "dotnet",
        header: dotnet_header,
        // An event per method, as in HAProxy's access log.
        events: &[
            ("info", "Now listening on: http://[::]:{port}"),
            ("fail", r#"Connection id "{key}", Request id "{key}:0000000{small}": An unhandled exception was thrown by the application."#),
            ("info", "Executed DbCommand ({n}ms) [Parameters=[@__id_0='{n2}'], CommandType='Text', CommandTimeout='30']"),
            ("warn", "Order {n} for customer {user} has no shipping address"),
            ("info", "Request finished HTTP/1.1 GET http://shop.example.com{path} - {200|404|500} {n} application/json {float}ms"),
            ("info", "Request finished HTTP/1.1 POST http://shop.example.com{path} - {200|404|500} {n} application/json {float}ms"),
        ],
    },
    Format {
        name: "sidekiq",
        header: sidekiq_header,
        events: &[
            ("INFO", "start"),
            ("INFO", "done: {float} sec"),
            ("WARN", r#"{"context":"Job raised exception","job":{"retry":true,"queue":"{default|mailers|low}","class":"MailerJob","jid":"{hex}"}}"#),
            ("WARN", "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>"),
            ("INFO", "fail: {float} sec"),
        ],
    },
    Format {
        name: "php_fpm",
        header: php_fpm_header,
        events: &[
            ("WARNING", "[pool {www|api}] server reached pm.max_children setting ({small}), consider raising it"),
            ("NOTICE", "[pool {www|api}] child {n} exited with code 0 after {float} seconds from start"),
            ("NOTICE", "[pool {www|api}] child {n} started"),
            ("WARNING", "[pool {www|api}] child {n} said into stderr: \"PHP Warning:  Undefined array key \"{user}\" in /var/www/html/index.php on line {n2}\""),
            ("NOTICE", "fpm is running, pid {n}"),
            ("NOTICE", "ready to handle connections"),
        ],
    },
    Format {
        name: "cisco_asa",
        header: journal_header,
        events: &[
            ("%ASA-6-302013", "Built inbound TCP connection {n} for outside:{ip}/{port} ({ip}/{port}) to inside:{ip2}/{port2} ({ip2}/{port2})"),
            ("%ASA-6-302014", "Teardown TCP connection {n} for outside:{ip}/{port} to inside:{ip2}/{port2} duration 0:00:{small} bytes {n2} TCP FINs"),
            ("%ASA-4-106023", r#"Deny tcp src outside:{ip}/{port} dst inside:{ip2}/{port2} by access-group "outside_access_in" [0x0, 0x0]"#),
            ("%ASA-6-305011", "Built dynamic TCP translation from inside:{ip}/{port} to outside:{ip2}/{port2}"),
            ("%ASA-3-710003", "TCP access denied by ACL from {ip}/{port} to outside:{ip2}/22"),
        ],
    },
    Format {
        name: "ceph",
        header: ceph_header,
        events: &[
            ("WRN", "Health check failed: {small} osds down (OSD_DOWN)"),
            ("INF", "Health check cleared: OSD_DOWN (was: {small} osds down)"),
            ("INF", "osd.{small} marked itself down and dead"),
            ("WRN", "Health check update: Degraded data redundancy: {n}/{n2} objects degraded ({float}%), {small} pgs degraded (PG_DEGRADED)"),
            ("INF", "Cluster is now healthy"),
            ("DBG", "pgmap v{n}: {n2} pgs: {n2} active+clean; {float} GiB data, {float2} GiB used, {n3} GiB / {n3} GiB avail; {n4} B/s rd, {n5} B/s wr, {small} op/s"),
        ],
    },
    Format {
        name: "supervisord",
        header: supervisord_header,
        events: &[
            ("INFO", "spawned: '{svc}_0{small}' with pid {n}"),
            ("INFO", "success: {svc}_0{small} entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"),
            ("WARN", "exited: {svc}_0{small} (exit status 1; not expected)"),
            ("INFO", "gave up: {svc}_0{small} entered FATAL state, too many start retries too quickly"),
            ("INFO", "waiting for {svc}_0{small} to stop"),
            ("INFO", "stopped: {svc}_0{small} (terminated by SIGTERM)"),
        ],
    },
    Format {
        // One event from several threads, named or numbered: one slot.
        name: "home_assistant",
        header: home_assistant_header,
        events: &[
            ("INFO", "Setting up sensor.{svc}_{table}"),
            ("ERROR", "Error fetching met data: Timeout"),
            ("WARNING", "Updating {svc} sensor took longer than the scheduled update interval 0:00:30"),
            ("INFO", "Executing step call service"),
            ("ERROR", "[{hex}] Failed to read attribute on_off: Timeout"),
            ("INFO", "Recorder database upgraded to schema version {small}"),
        ],
    },
    Format {
        name: "gunicorn",
        header: gunicorn_header,
        events: &[
            ("INFO", "Booting worker with pid: {n}"),
            ("CRITICAL", "WORKER TIMEOUT (pid:{n})"),
            ("ERROR", "Worker (pid:{n}) was sent SIGKILL! Perhaps out of memory?"),
            ("INFO", "Worker exiting (pid: {n})"),
            ("INFO", "Listening at: http://0.0.0.0:{port} ({n})"),
            ("INFO", "Handling signal: {term|hup|ttin}"),
            ("INFO", "Using worker: {sync|gthread}"),
        ],
    },
    Format {
        name: "go_panic",
        header: journal_header,
        events: &[
            ("-", "panic: runtime error: invalid memory address or nil pointer dereference"),
            ("-", "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{hex}]"),
            ("-", "goroutine {n} [{running|select|chan receive|IO wait}]:"),
            ("-", "main.(*Server).{handle|serve|dispatch}(0xc000{hex}, {0x{hex2}, 0xc000{hex3}})"),
            ("-", "\t/app/{server|handler|store}.go:{n} +0x{small}{small2}"),
            ("-", "created by net/http.(*Server).Serve in goroutine {n}"),
        ],
    },
    Format {
        name: "nodejs",
        header: journal_header,
        events: &[
            ("-", "Error: connect ECONNREFUSED {ipport}"),
            ("-", "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:{n}:{small})"),
            ("-", "    at {Object.<anonymous>|Module._compile|processTicksAndRejections|async Promise.all} (/app/src/{server|routes/orders|db/pool}.js:{n}:{small})"),
            ("-", "TypeError: Cannot read properties of undefined (reading '{id|name|total}')"),
            ("-", "(node:{n}) UnhandledPromiseRejectionWarning: Error: timeout of {n2}ms exceeded"),
            ("-", "Server listening on port {port}"),
        ],
    },
    Format {
        name: "k8s_events",
        header: k8s_events_header,
        events: &[
            ("Warning|BackOff", "Back-off restarting failed container {svc} in pod {pod}_{ns}({uuid})"),
            ("Normal|Pulled", r#"Container image "registry.example.com/{svc}:v1.{small}.{small2}" already present on machine"#),
            ("Normal|Scheduled", "Successfully assigned {ns}/{pod} to {host}"),
            ("Warning|Unhealthy", "Readiness probe failed: Get \"http://{ipport}/healthz\": dial tcp {ipport}: connect: connection refused"),
            ("Warning|FailedScheduling", "0/{small} nodes are available: {small2} Insufficient memory. preemption: 0/{small} nodes are available: {small2} No preemption victims found for incoming pod."),
            ("Normal|Killing", "Stopping container {svc}"),
            // A deployment's name alone and joined to its replica set's hash.
            ("Normal|ScalingReplicaSet", "Scaled up replica set {svc}-{hex} to {small} for deployment {svc}"),
        ],
    },
    Format {
        name: "iis",
        header: journal_header,
        events: &[
            ("-", "2026-11-{small}{small2} {small3}:{small4}:{small5} {ip} GET {path} - 443 - {ip2} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - {200|304|404} 0 0 {n}"),
            ("-", "2026-11-{small}{small2} {small3}:{small4}:{small5} {ip} POST {path} - 443 {user} {ip2} Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) https://shop.example.com/ {200|302|500} 0 0 {n}"),
        ],
    },
    Format {
        name: "zeek",
        header: journal_header,
        events: &[
            ("-", "{epochs}{n}\tC{key}\t{ip}\t{port}\t{ip2}\t443\ttcp\tssl\t{float}\t{n2}\t{n3}\tSF\tT\tF\t0\tShADadFf\t{small}\t{n4}\t{small2}\t{n5}\t-"),
            ("-", "{epochs}{n}\tC{key}\t{ip}\t{port}\t{ip2}\t53\tudp\tdns\t{float}\t{small}\t{small2}\tSF\tT\tF\t0\tDd\t1\t{n4}\t1\t{n5}\t-"),
            ("-", "{epochs}{n}\tC{key}\t{ip}\t{port}\t{ip2}\t22\ttcp\t-\t{float}\t0\t0\tREJ\tT\tF\t0\tSr\t1\t44\t1\t40\t-"),
        ],
    },
    Format {
        name: "unbound",
        header: unbound_header,
        events: &[
            ("info", "{ip} {host}. {A|AAAA|MX} IN"),
            ("info", "validation failure <{host}. {A|AAAA} IN>: no signatures from {ip}"),
            ("error", "SERVFAIL <{host}. {A|AAAA} IN>: all servers for this domain failed, at zone example.com. upstream server timeout"),
            ("notice", "init module 0: validator"),
            ("info", "server stats for thread {small}: {n} queries, {n2} answers from cache, {n3} recursions, 0 prefetch, 0 rejected by ip ratelimiting"),
        ],
    },
    Format {
        name: "keepalived",
        header: journal_header,
        events: &[
            ("Keepalived_vrrp", "(VI_{small}) Entering MASTER STATE"),
            ("Keepalived_vrrp", "(VI_{small}) Entering BACKUP STATE"),
            ("Keepalived_vrrp", "(VI_{small}) received lower priority ({n}) advert from {ip} - discarding"),
            ("Keepalived_vrrp", "Script `chk_{svc}` now returning {small}"),
            ("Keepalived_vrrp", "VRRP_Script(chk_{svc}) failed (exited with status {small})"),
            ("Keepalived_healthcheckers", "TCP connection to [{ip}]:tcp:{port} success."),
            ("Keepalived_healthcheckers", "TCP_CHECK on service [{ip}]:tcp:{port} failed."),
        ],
    },
    Format {
        name: "airflow",
        header: airflow_header,
        events: &[
            ("INFO", "Marking task as SUCCESS. dag_id={etl_daily|reports|sync_crm}, task_id={extract|load_orders|notify}, execution_date=20261128T{n}, start_date=20261128T{n2}, end_date=20261128T{n3}"),
            ("INFO", "Started process {n} to run task"),
            ("INFO", "Task exited with return code {0|1}"),
            ("ERROR", "Received SIGTERM. Terminating subprocesses."),
            ("INFO", "Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: {etl_daily|reports|sync_crm}.{extract|load_orders|notify} scheduled__2026-11-{small}T00:00:00+00:00 [queued]>"),
        ],
    },
    Format {
        name: "traefik",
        header: journal_header,
        events: &[
            ("-", r#"{ip} - - [{hatime} +0000] "GET {path} HTTP/1.1" {200|304|404} {n} "-" "curl/8.{small}.0" {n2} "{svc}@docker" "http://{ipport}" {small2}ms"#),
            ("-", r#"{ip} - - [{hatime} +0000] "POST {path} HTTP/1.1" {200|201|502} {n} "-" "Go-http-client/1.1" {n2} "{svc}@docker" "http://{ipport}" {small2}ms"#),
        ],
    },
    Format {
        name: "nginx_access",
        header: journal_header,
        events: &[
            ("-", r#"{ip} - - [{hatime} +0000] "GET {path} HTTP/1.1" {200|304|404} {n} "https://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0""#),
            ("-", r#"{ip} - {user} [{hatime} +0000] "POST {path} HTTP/1.1" {200|201|400} {n} "-" "okhttp/4.{small}.0""#),
        ],
    },
    Format {
        name: "sentinel",
        header: sentinel_header,
        events: &[
            ("sentinel", "# +sdown master {mymaster|cache} {ip} 6379"),
            ("sentinel", "# +odown master {mymaster|cache} {ip} 6379 #quorum {small}/2"),
            ("sentinel", "# +switch-master {mymaster|cache} {ip} 6379 {ip2} 6379"),
            ("sentinel", "* +slave slave {ipport} {ipport} @ {mymaster|cache} {ip} 6379"),
            ("sentinel", "# +try-failover master {mymaster|cache} {ip} 6379"),
        ],
    },
    Format {
        name: "cri",
        header: cri_header,
        events: &[
            ("app", "GET {path} {200|201|204} {n}ms"),
            ("app", "retrying payment for user {user} attempt {small}"),
            ("app", "connection from {ipport} closed after {small}s"),
            ("app", r#"level=info msg="order placed" order_id={n} user={user}"#),
            ("app", "cache miss for key session:{n}"),
            ("app", "Listening on 0.0.0.0:{8080|9090|3000}"),
        ],
    },
    Format {
        name: "filebeat",
        header: filebeat_header,
        events: &[
            ("INFO", "Non-zero metrics in the last 30s\t{\"monitoring\": {\"metrics\": {\"beat\":{\"cpu\":{\"total\":{\"ticks\":{n}}}},\"libbeat\":{\"output\":{\"events\":{\"acked\":{n2}}}}}}}"),
            ("INFO", "Harvester started for paths: [/var/log/{nginx|app|postgresql}/*.log]\t{\"input_id\": \"{uuid}\", \"source_file\": \"/var/log/app/{svc}.log\"}"),
            ("ERROR", "Failed to publish events caused by: write tcp {ipport}->{ipport2}: write: connection reset by peer"),
            ("WARN", "Cannot index event (status=400): dropping event! Enable debug logs to view the event and cause."),
        ],
    },
    Format {
        name: "logcat",
        header: logcat_header,
        events: &[
            ("D/OkHttp", "--> GET https://api.example.com/v1/items/{n} http/1.1"),
            ("D/OkHttp", "<-- {200|404|503} https://api.example.com/v1/items/{n} ({n2}ms)"),
            ("W/SyncWorker", "sync failed for account {email}, retry in {small}s"),
            ("E/AndroidRuntime", "FATAL EXCEPTION: main"),
            ("E/AndroidRuntime", "Process: com.example.shop, PID: {n}"),
            ("I/Choreographer", "Skipped {n} frames!  The application may be doing too much work on its main thread."),
            ("D/CartViewModel", "cart updated: items={small} total={float} currency=EUR"),
            ("I/Telemetry", "uploaded batch of {n} events ({n2} bytes) in {small}ms"),
        ],
    },
    Format {
        name: "coredns",
        header: coredns_header,
        events: &[
            // The query's type is a value of the event, as its name is; the answer's code is
            // what happened.
            ("query", r#""{A|AAAA|SRV} IN {svc}.default.svc.cluster.local. udp {n} false 512" NOERROR qr,aa,rd {n2} {float}s"#),
            ("query", r#""{A|AAAA|SRV} IN {svc}.{ns}.svc.cluster.local.example.com. udp {n} false 512" NXDOMAIN qr,rd,ra {n2} {float}s"#),
            ("query", r#""{A|AAAA|SRV} IN {svc}.example.com. udp {n} false 1232" SERVFAIL qr,rd {n2} {float}s"#),
            ("WARNING", r#"plugin/kubernetes: Kubernetes API connection failure: Get "https://10.96.0.1:443/version": dial tcp 10.96.0.1:443: i/o timeout"#),
            ("INFO", "Reloading complete"),
        ],
    },
    Format {
        name: "cockroach",
        header: cockroach_header,
        events: &[
            ("I", "node {small} started with engine type 2"),
            ("W", "have been waiting {float}s for proposing command RequestLease [/Table/{n}/1/{n2},/Min)"),
            ("I", r#"Structured entry: {"Timestamp":{epochms},"EventType":"node_restart","NodeID":{small}}"#),
            ("E", "job {n}{n2}: adoption completed with error: context canceled"),
        ],
    },
    Format {
        name: "kernel",
        header: kernel_header,
        events: &[
            ("k", "[UFW BLOCK] IN=eth0 OUT= MAC={mac} SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL={small} ID={n2} DF PROTO=TCP SPT={port} DPT={22|80|443|3306} WINDOW={n3} RES=0x00 SYN URGP=0"),
            ("k", "[UFW BLOCK] IN=eth0 OUT= MAC={mac} SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL={small} ID={n2} PROTO=UDP SPT={port} DPT={53|123|161} LEN={n3}"),
            ("k", "usb {small}-{small2}: new high-speed USB device number {small3} using xhci_hcd"),
            ("k", "EXT4-fs (sda{small}): mounted filesystem with ordered data mode. Quota mode: none."),
            ("k", "Out of memory: Killed process {n} ({java|python3|node|postgres}) total-vm:{n2}kB, anon-rss:{n3}kB, file-rss:0kB, shmem-rss:0kB, UID:{0|33|999|1000} pgtables:{n4}kB oom_score_adj:0"),
        ],
    },
    Format {
        name: "vpc_flow",
        header: vpc_flow_header,
        events: &[
            ("f", "{ip} {ip2} {port} {port2} 6 {small} {n} {epochms} {epochms2} ACCEPT OK"),
            ("f", "{ip} {ip2} {port} {port2} 17 {small} {n} {epochms} {epochms2} REJECT OK"),
            ("f", "- - - - - - - {epochms} {epochms2} - NODATA"),
        ],
    },
    Format {
        name: "auth_log",
        header: auth_header,
        events: &[
            ("sudo", "   {user} : TTY=pts/{small} ; PWD=/home/{user} ; USER=root ; COMMAND=/usr/bin/systemctl restart {unit}"),
            ("sudo", "pam_unix(sudo:session): session opened for user root(uid=0) by {user}(uid={n})"),
            ("CRON", "pam_unix(cron:session): session closed for user root"),
            ("sshd", "Accepted publickey for {user} from {ip} port {port} ssh2: ED25519 SHA256:{fingerprint}"),
            ("sshd", "Connection closed by authenticating user {user} {ip} port {port} [preauth]"),
            ("systemd-logind", "New session {n} of user {user}."),
            ("systemd-logind", "Removed session {n}."),
        ],
    },
    Format {
        name: "windows_cbs",
        header: windows_cbs_header,
        events: &[
            ("Info CBS", "Session: {n}_{n2} initialized by client WindowsUpdateAgent, external staging directory: (null), external registry directory: (null)"),
            ("Info CBS", "Exec: Processing complete, session(Corruption Repairing): 0x0 [HRESULT = 0x{hex} - ERROR_SUCCESS]"),
            ("Error CSI", r#"0000{hex} (F) STATUS_OBJECT_NAME_NOT_FOUND #{n}# from Windows::Rtl::SystemImplementation::DirectFileSystemProvider::SysCreateFile(flags = 0, handle = {provider=NULL, handle=0, name= ("null")}, da = (SYNCHRONIZE|FILE_READ_ATTRIBUTES|0x{hex2}), oa = @0x{hex3}->OBJECT_ATTRIBUTES"#),
            ("Info CBS", "Appl: detect Parent, Package: Package_for_KB{n}~31bf3856ad364e35~amd64~~10.0.1.{small}, Parent: Microsoft-Windows-Client-Features-Package~31bf3856ad364e35~amd64~~10.0.{n2}.1, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present"),
            ("Warning CBS", "Failed to get session package state [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]"),
        ],
    },
    Format {
        name: "us_clock",
        header: us_clock_header,
        events: &[
            ("Information", "Service started. Listening on http://+:{8080|5000}/"),
            ("Information", "Processed {n} messages from queue orders-{small} in {n2} ms"),
            ("Warning", "Retrying SMTP delivery to {email} (attempt {small} of 5)"),
            ("Error", "Unhandled exception in job ReportExport: System.TimeoutException: The operation has timed out."),
            ("Information", "Heartbeat OK"),
            // A folder's name with a space in it, in some of the paths.
            ("Information", r"Loaded plugin {C:\Program Files\Contoso\Agent\plugins|C:\ProgramData\Contoso\plugins|D:\Contoso\plugins}\{svc}.dll in {n} ms"),
            // Several words, a bracket, and one level after a space.
            ("Information", r"Found runtime at {C:\Program Files (x86)\Contoso Runtime\bin|C:\Program Files\Common Files\Contoso|C:\Users\Ann Lee\AppData\Local\Contoso|C:\Contoso\bin}\{svc}.exe"),
        ],
    },
    Format {
        // A backup job whose nouns agree with their counts (`1 file`, `3 files`), and whose
        // durations are in the unit that suits them.
        name: "counts",
        header: python_header,
        events: &[
            ("INFO", "Deleted {1 file|2 files|17 files|40 files} from cache"),
            ("INFO", "Backed up {1 database|3 databases|12 databases} in {n} ms"),
            ("WARNING", "Retrying upload in {1 second|5 seconds|30 seconds}"),
            ("INFO", "Found {1 match|4 matches|9 matches} for pattern {hex}"),
            ("INFO", "Pruned {1 entry|6 entries|20 entries} older than {small} days"),
            ("INFO", "Snapshot {uuid} completed"),
            ("INFO", "Uploaded {n} KB to bucket backups in {n2} {ms|s}"),
        ],
    },
    Format {
        // What `kubectl apply` and `kubectl wait` print: an object's kind and name, then what
        // happened to it.
        name: "kubectl",
        header: python_header,
        events: &[
            ("-", "deployment.apps/{api|web} configured"),
            ("-", "service/{api|web} created"),
            ("-", "configmap/{api|web}-config unchanged"),
            ("-", "pod/{api|web}-{hex} condition met"),
            ("-", "Warning: resource deployments/{api|web} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply."),
        ],
    },
    Format {
        // Python's logging through python-json-logger, which spaces the members as
        // `json.dumps` does: `"key": value`.
        name: "python_json",
        header: python_header,
        events: &[
            ("-", r#"{"asctime": "{iso}", "levelname": "INFO", "name": "app.api", "message": "user {user} logged in", "user_id": {n}}"#),
            ("-", r#"{"asctime": "{iso}", "levelname": "WARNING", "name": "app.db", "message": "slow query took {n} ms", "table": "{orders|users}"}"#),
            ("-", r#"{"asctime": "{iso}", "levelname": "ERROR", "name": "app.pay", "message": "payment failed", "order_id": {n}, "retry": {true|false}}"#),
            ("-", r#"{"asctime": "{iso}", "levelname": "INFO", "name": "app.cache", "message": "cache warmed"}"#),
            ("-", r#"{"asctime": "{iso}", "levelname": "INFO", "name": "app.worker", "message": "processed batch {n}", "size": {small}}"#),
        ],
    },
    Format {
        // ISC dhcpd through syslog: a client by its MAC address, some of whose groups are
        // letters only (`ec:af:…`).
        name: "dhcpd",
        header: journal_header,
        events: &[
            ("dhcpd", "DHCPDISCOVER from {hwaddr} via {eth0|eth1|br0}"),
            ("dhcpd", "DHCPOFFER on {ip} to {hwaddr} ({printer|laptop-anna|nas|tv|desk-kim}) via {eth0|eth1|br0}"),
            ("dhcpd", "DHCPREQUEST for {ip} ({ip2}) from {hwaddr} ({printer|laptop-anna|nas|tv|desk-kim}) via {eth0|eth1|br0}"),
            ("dhcpd", "DHCPACK on {ip} to {hwaddr} ({printer|laptop-anna|nas|tv|desk-kim}) via {eth0|eth1|br0}"),
            ("dhcpd", "DHCPRELEASE of {ip} from {hwaddr} via {eth0|eth1|br0} (found)"),
            ("dhcpd", "reuse_lease: lease age {n} (secs) under 25% threshold, reply with unaltered, existing lease for {ip}"),
        ],
    },
    Format {
        // hostapd through syslog: no process ID after its name, and two radios, `wlan0` and
        // `wlan1`, before each message.
        name: "hostapd",
        header: tag_header,
        events: &[
            ("hostapd", "{wlan0|wlan1}: STA {hwaddr} IEEE 802.11: authenticated"),
            ("hostapd", "{wlan0|wlan1}: STA {hwaddr} IEEE 802.11: associated (aid {small})"),
            ("hostapd", "{wlan0|wlan1}: AP-STA-CONNECTED {hwaddr}"),
            ("hostapd", "{wlan0|wlan1}: AP-STA-DISCONNECTED {hwaddr}"),
            ("hostapd", "{wlan0|wlan1}: STA {hwaddr} WPA: pairwise key handshake completed (RSN)"),
        ],
    },
    Format {
        // yum's log of what it installed, updated and erased: one event each, whatever the
        // package.
        name: "yum",
        header: yum_header,
        events: &[
            ("yum", "Installed: {nginx|redis|curl|openssl|vim}-{small}.{small2}.{small3}-{n}.el9.x86_64"),
            ("yum", "Updated: {nginx|redis|curl|openssl|vim}-{small}.{small2}.{small3}-{n}.el9.x86_64"),
            ("yum", "Erased: {nginx|redis|curl|openssl|vim}-{small}.{small2}.{small3}-{n}.el9.noarch"),
        ],
    },
    Format {
        // ClickHouse's error log: an exception, then its stack trace, a frame a line, whose
        // call takes several arguments (each frame's function is an event of its own).
        name: "clickhouse_trace",
        header: clickhouse_header,
        events: &[
            ("executeQuery", "Code: 60, e.displayText() = DB::Exception: Table default.t{n} doesn't exist., e.what() = DB::Exception (from {ipport})"),
            ("-", "{small}. /usr/lib/x86_64-linux-gnu/libclickhouse.so.18.16(StackTrace::StackTrace()+0x{small2}) [0x7f0f{hex}]"),
            ("-", "{small}. /usr/lib/x86_64-linux-gnu/libclickhouse.so.18.16(DB::Context::getTable(std::string const&, std::string const&) const+0x{small2}) [0x7f0f{hex}]"),
            ("-", "{small}. /usr/lib/x86_64-linux-gnu/libclickhouse.so.18.16(DB::ExpressionAnalyzer::appendSelect(DB::ExpressionActionsChain&, bool)+0x{small2}) [0x7f0f{hex}]"),
            ("-", "{small}. /usr/lib/x86_64-linux-gnu/libclickhouse.so.18.16(DB::InterpreterSelectQuery::analyzeExpressions(DB::QueryProcessingStage::Enum, bool)+0x{small2}) [0x7f0f{hex}]"),
            ("-", "{small}. /usr/lib/x86_64-linux-gnu/libPocoNet.so.80(Poco::Net::TCPServerConnection::start()+0x{small2}) [0x7f0f{hex}]"),
        ],
    },
    Format {
        // Unreal Engine's log: its frame counter is padded with spaces inside its brackets,
        // glued to the time before it and the category after it.
        name: "unreal",
        header: unreal_header,
        events: &[
            ("LogNet", "Join succeeded: Player_{n}"),
            ("LogNet", "Login request: ?Name=Player_{n} userId: NULL:{hex} platform: NULL"),
            ("LogWorld", "Bringing World /Game/Maps/{Lobby|Arena|Desert}.{Lobby|Arena|Desert} up for play (max tick rate 30)"),
            ("LogGameMode", "Display: Match State Changed from {WaitingToStart|InProgress|WaitingPostMatch} to {InProgress|WaitingPostMatch|LeavingMap}"),
            ("LogNet", "NotifyAcceptingConnection accepted from: {ip}:{port}"),
        ],
    },
    Format {
        // SSSD: a domain name nested in brackets in every line's header, two domains.
        name: "sssd",
        header: sssd_header,
        events: &[
            ("sdap_process_result", "(0x1000): Received result on id {small}"),
            ("sdap_get_generic_op_finished", "(0x0400): Search result: Success(0), no errmsg set"),
            ("be_ptask_execute", "(0x0400): Task [Refresh Records]: executing task, timeout {small} seconds"),
            ("dp_req_done", "(0x0400): DP Request [Account #{n}]: Request handler finished [0]: Success"),
            ("sdap_process_result", "(0x2000): Trace: sh[0x{hex}], connected[1], ops[(nil)], ldap[0x{hex}]"),
        ],
    },
    Format {
        // Two machines' logs in one file: each line names its host, a word with no digit,
        // between the time and the level.
        name: "host_level",
        header: host_level_header,
        events: &[
            ("INFO", "Accepted connection from {ip}:{port}"),
            ("INFO", "Request {n} served in {dur}"),
            ("WARN", "Upstream {ip} slow, retrying in {small} s"),
            ("ERROR", "Health check failed for {svc}"),
            ("INFO", "Configuration reloaded"),
        ],
    },
    Format {
        // systemd's messages as `journalctl -o cat` prints them, with no header: a unit's
        // name, then what happened to it, sometimes in one word.
        name: "journal_cat",
        header: python_header,
        events: &[
            ("-", "{nginx.service|apt-daily.timer|dbus.socket|home.mount|logrotate.service|docker.socket|fstrim.timer}: Succeeded."),
            ("-", "{nginx.service|apt-daily.timer|dbus.socket|home.mount|logrotate.service|docker.socket|fstrim.timer}: Deactivated successfully."),
            ("-", "{nginx.service|apt-daily.timer|dbus.socket|home.mount|logrotate.service|docker.socket|fstrim.timer}: Consumed {float}s CPU time."),
            ("-", "Started {nginx.service|apt-daily.timer|dbus.socket|home.mount|logrotate.service|docker.socket|fstrim.timer}."),
            ("-", "Reached target {Timers|Sockets|Network|Paths|Swap}."),
        ],
    },
    Format {
        // A CI runner's step log (GitHub Actions'): after the time, a message whose first
        // word is capitalised and whose second ends in a colon, as a syslog host and tag do.
        name: "actions_runner",
        header: actions_header,
        events: &[
            ("step", "Syncing repository: {acme/api|acme/web|tools/lint|acme/infra|ops/runbooks}"),
            ("step", "Starting service: {api|web|worker|cron|db}"),
            ("step", "Stopping service: {api|web|worker|cron|db}"),
            ("step", "##[group]Run {actions/checkout@v4|actions/setup-node@v4|actions/cache@v4|docker/login-action@v3}"),
            ("step", "##[error]Process completed with exit code {small}."),
            ("step", "Post job cleanup."),
            ("step", "Cache restored from key: {node|cargo|pip}-Linux-{container}"),
        ],
    },
    Format {
        // Exim: the sending host written inside two tokens (its HELO name and the message
        // ID's domain), so one event has one name in two places.
        name: "exim",
        header: exim_header,
        events: &[
            ("", "{queue} <= {email} H=({svc}-{small}) [{ip}] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=plain:{user} S={n} id={hex}@{svc}-{small}"),
            ("", r#"{queue} => {email} R=dnslookup T=remote_smtp H=mx.example.org [{ip}] C="250 2.0.0 Ok: queued as {queue2}""#),
            ("", "{queue} Completed"),
            ("", "{queue} == {email} R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host"),
            ("", "H=({svc}-{small}) [{ip}] F=<{email}> rejected RCPT <{email2}>: relay not permitted"),
            ("", "SMTP connection from [{ip}]:{port} lost D={dur}"),
            ("", "Start queue run: pid={n}"),
        ],
    },
    Format {
        // S3's server access log: the bucket written in three places (alone, in the request
        // and in the host's name), and a user per line.
        name: "s3_access",
        header: s3_header,
        events: &[
            ("", r#"{bucket} [{hatime} +0000] {ip} arn:aws:iam::{n}:user/{user} {queue} REST.GET.OBJECT {webfile} "GET /{bucket}/{webfile} HTTP/1.1" 200 - {n2} {n3} {small} {small2} "-" "aws-sdk-go/1.44" - SigV4 AuthHeader {bucket}.s3.amazonaws.com TLSv1.2"#),
            ("", r#"{bucket} [{hatime} +0000] {ip} arn:aws:iam::{n}:user/{user} {queue} REST.HEAD.OBJECT {webfile} "HEAD /{bucket}/{webfile} HTTP/1.1" 404 NoSuchKey 342 - {small} - "-" "Boto3/1.28" - SigV4 AuthHeader {bucket}.s3.amazonaws.com TLSv1.2"#),
            ("", r#"{bucket} [{hatime} +0000] {ip} arn:aws:iam::{n}:user/{user} {queue} REST.PUT.OBJECT {webfile} "PUT /{bucket}/{webfile} HTTP/1.1" 200 - - {n2} {small} {small2} "-" "aws-cli/2.13" - SigV4 AuthHeader {bucket}.s3.amazonaws.com TLSv1.2"#),
        ],
    },
    Format {
        // Laravel: a user's name in a message and again, escaped, in its JSON context; an
        // HTTP route of one part.
        name: "laravel",
        header: laravel_header,
        events: &[
            ("ERROR", r#"Undefined array key "{user}" {"userId":{n},"exception":"[object] (ErrorException(code: 0): Undefined array key \"{user}\" at /var/www/app/Services/Billing.php:{small})"}"#),
            ("INFO", "Processing invoice {n} for user {user}"),
            ("WARNING", "Payment gateway slow: {n}ms"),
            ("INFO", "GET {/login|/health|/cart|/api/orders} {200|302|404} {dur}"),
            ("INFO", "Job App\\Jobs\\SendInvoice dispatched"),
        ],
    },
    Format {
        // A file server's audit log: fields separated by bars, no spaces, a user and a share
        // per line.
        name: "file_audit",
        header: journal_header,
        events: &[
            ("smbd_audit", "{user}|{ip}|{home|public|media}|openat|ok|r|{user}/{hex}.docx"),
            ("smbd_audit", "{user}|{ip}|{home|public|media}|unlinkat|ok|{user}/{hex}.tmp"),
            ("smbd_audit", "{user}|{ip}|{home|public|media}|renameat|ok|{user}/{hex}.tmp|{user}/{hex}.docx"),
            ("smbd_audit", "{user}|{ip}|{home|public|media}|mkdirat|fail (Permission denied)|{user}/new"),
            ("smbd_audit", "{user}|{ip}|{home|public|media}|disconnect|ok|{n}"),
        ],
    },
    Format {
        // Windows' service control manager, as an event log export writes it: services named
        // in one to four words. (The two states are two events, as two words at one place are.)
        name: "windows_services",
        header: host_level_header,
        events: &[
            ("Information", "7036 The {Windows Update|Print Spooler|Themes|Background Intelligent Transfer Service|Windows Defender Antivirus Service|DHCP Client} service entered the running state."),
            ("Information", "7036 The {Windows Update|Print Spooler|Themes|Background Intelligent Transfer Service|Windows Defender Antivirus Service|DHCP Client} service entered the stopped state."),
            ("Error", "7031 The {Windows Update|Print Spooler|Themes|Background Intelligent Transfer Service|Windows Defender Antivirus Service|DHCP Client} service terminated unexpectedly. It has done this {small} time(s)."),
            ("Information", "7040 The start type of the {Windows Update|Print Spooler|Themes|Background Intelligent Transfer Service} service was changed from demand start to auto start."),
            ("Warning", "7023 The {Print Spooler|DHCP Client|Windows Update} service terminated with the following error: The system cannot find the file specified."),
        ],
    },
    Format {
        // systemd's units by their descriptions: names of several words, some in small letters.
        name: "systemd_units",
        header: journal_header,
        events: &[
            ("systemd", "Starting {Daily apt download activities|Cleanup of Temporary Directories|OpenBSD Secure Shell server|Message of the Day|Rotate log files|Create Volatile Files and Directories}..."),
            ("systemd", "Finished {Daily apt download activities|Cleanup of Temporary Directories|OpenBSD Secure Shell server|Message of the Day|Rotate log files|Create Volatile Files and Directories}."),
            ("systemd", "Failed to start {Daily apt download activities|Cleanup of Temporary Directories|OpenBSD Secure Shell server|Message of the Day|Rotate log files}."),
            ("systemd", "{unit}: Deactivated successfully."),
            ("systemd", "{unit}: Main process exited, code=exited, status={small}/FAILURE"),
        ],
    },
    Format {
        // cloud-init: commands as Python writes a list of strings, of any length.
        name: "cloud_init",
        header: python_header,
        events: &[
            ("DEBUG", "subp.py: Running command {['netplan', 'apply']|['systemctl', 'restart', 'ssh']|['growpart', '/dev/sda', '1']|['locale-gen', 'en_US.UTF-8']|['cloud-init-per', 'once', 'resize']} with allowed return codes [0] (shell=False, capture=True)"),
            ("DEBUG", "handlers.py: finish: modules-config/config-{cc_ssh|cc_users_groups|cc_write_files}: SUCCESS: config-{cc_ssh|cc_users_groups|cc_write_files} ran successfully"),
            ("WARNING", "util.py: Failed to read /etc/cloud/cloud.cfg.d/{n}.cfg"),
        ],
    },
    Format {
        // An object store's audit log: the API called is the event, a call with named arguments.
        name: "object_audit",
        header: host_level_header,
        events: &[
            ("INFO", "API: PutObject(bucket={bucket}, object={hex}.json) RequestID={hex} RemoteHost={ip}"),
            ("INFO", "API: GetObject(bucket={bucket}, object={hex}.json) RequestID={hex} RemoteHost={ip}"),
            ("INFO", "API: DeleteObject(bucket={bucket}, object={hex}.json) RequestID={hex} RemoteHost={ip}"),
            ("ERROR", "Storage resources are insufficient for the write operation {bucket}/{hex}"),
        ],
    },
    Format {
        // Docker's and Podman's events: the thing, what happened to it (a bare verb), its ID.
        name: "container_events",
        // No header but the time: `-` writes the message alone.
        header: host_level_header,
        events: &[
            ("-", "{iso} container create {container} (image={nginx:1.25|redis:7|postgres:16}, name={web|cache|db})"),
            ("-", "{iso} container start {container} (image={nginx:1.25|redis:7|postgres:16}, name={web|cache|db})"),
            ("-", "{iso} container stop {container} (image={nginx:1.25|redis:7|postgres:16}, name={web|cache|db})"),
            ("-", "{iso} container remove {container} (image={nginx:1.25|redis:7|postgres:16}, name={web|cache|db})"),
            ("-", "{iso} container die {container} (exitCode={small}, image={nginx:1.25|redis:7|postgres:16}, name={web|cache|db})"),
            ("-", "{iso} network connect {hex} (container={container}, name={bridge|backend|frontend}, type=bridge)"),
        ],
    },
    Format {
        // unattended-upgrades: lists of packages of any length.
        name: "package_upgrades",
        header: python_header,
        events: &[
            ("INFO", "Packages that will be upgraded: {packages}"),
            ("INFO", "Removing unused kernel packages: {packages}"),
            ("INFO", "Starting unattended upgrades script"),
            ("INFO", "All upgrades installed"),
            ("WARNING", "Package {sudo|openssh-server|nginx} has conffile prompt and needs to be upgraded manually"),
        ],
    },
    Format {
        // Kafka's consumers, named after their group: one value in two places.
        name: "kafka_groups",
        header: spring_header,
        events: &[
            ("INFO", "[Consumer clientId=consumer-{svc}-{small}, groupId={svc}] Revoke previously assigned partitions {topic}-{small}"),
            ("INFO", "[Consumer clientId=consumer-{svc}-{small}, groupId={svc}] Adding newly assigned partitions: {topic}-{small}"),
            ("WARN", "[Consumer clientId=consumer-{svc}-{small}, groupId={svc}] Offset commit failed on partition {topic}-{small} at offset {n}: The request timed out."),
            ("INFO", "[Consumer clientId=consumer-{svc}-{small}, groupId={svc}] Request joining group due to: need to re-join with the given member-id"),
        ],
    },
    Format {
        // A load balancer's health checks: one event whatever the address family.
        name: "lb_health",
        header: iso_level_header,
        events: &[
            ("WARN", "backend {backend} marked down after {small} failed checks"),
            ("INFO", "backend {backend} marked up"),
            ("INFO", "routing GET {path} to {backend}"),
            ("ERROR", "upstream {backend} reset connection"),
            ("INFO", "draining {backend}"),
        ],
    },
    Format {
        // An HPC job scheduler's controller: a time in brackets, no level; two events of one
        // function told apart by their last words (`WEXITSTATUS 1` / `done`).
        name: "scheduler",
        header: bracketed_time_header,
        events: &[
            ("", "_slurm_rpc_submit_batch_job: JobId={n} InitPrio={n2} usec={n3}"),
            ("", "sched: Allocate JobId={n} NodeList=node[{small}-{n2}] #CPUs={small2} Partition={batch|gpu|debug}"),
            ("", "_job_complete: JobId={n} WEXITSTATUS {small}"),
            ("", "_job_complete: JobId={n} done"),
            ("", "error: Nodes node{small} not responding"),
            ("", "Node node{small} now responding"),
            ("", "backfill: Started JobId={n} in {batch|gpu|debug} on node{small}"),
            ("", "job_time_limit: inactivity time limit reached for JobId={n}"),
        ],
    },
    Format {
        // A configuration-management agent's run: the level as a word and a colon, resources
        // as paths of bracketed names.
        name: "config_agent",
        header: level_colon_header,
        events: &[
            (
                "Notice",
                "/Stage[main]/{Nginx|Ntp|Sshd}/Service[{nginx|ntpd|sshd}]/ensure: ensure changed '{stopped|running}' to '{running|stopped}'",
            ),
            ("Notice", "/Stage[main]/{Nginx|Ntp|Sshd}/File[/etc/{nginx.conf|ntp.conf|motd}]/content: content changed '{hex}' to '{hex2}'"),
            ("Info", "Applying configuration version '{n}'"),
            ("Notice", "Applied catalog in {float} seconds"),
            ("Info", "Caching catalog for {host}"),
            (
                "Error",
                "Could not retrieve catalog from remote server: Error 500 on SERVER: Server Error: Evaluation Error: Unknown variable: '{port|listen|user}'",
            ),
            ("Warning", "Unable to fetch my node definition, but the agent run will continue:"),
            ("Info", "Retrieving pluginfacts"),
        ],
    },
    Format {
        // A peer-to-peer node: a time to the second, then `key=value` fields, a size glued to
        // its unit and a count in brackets (`cache=12.345MiB(4321txo)`).
        name: "chain_node",
        header: seconds_time_header,
        events: &[
            (
                "",
                "UpdateTip: new best=000000000000{container} height={n} version=0x{hex} log2_work={float} tx={n2} date='{iso}' progress={float2} cache={float3}MiB({n3}txo)",
            ),
            ("", "New outbound peer connected: version: 70016, blocks={n}, peer={small} (outbound-full-relay)"),
            ("", "Saw new header hash=000000000000{container} height={n}"),
            ("", "Socket closed for peer={small}"),
            ("", "Pre-allocating up to position 0x{small}00000 in rev0{n}.dat"),
            ("", "[net] ERROR: Requested more than max block size: requested={small}, max={n}"),
        ],
    },
    Format {
        // Terraform's apply: a resource's address, then what happens to it.
        name: "terraform",
        header: bracketed_time_header,
        events: &[
            ("-", "{aws_instance|aws_security_group|google_compute_disk|kubernetes_deployment}.{web|api|db|cache}: Creating..."),
            ("-", "{aws_instance|aws_security_group|google_compute_disk}.{web|api|db|cache}: Still creating... [{small}0s elapsed]"),
            ("-", "{aws_instance|aws_security_group|google_compute_disk}.{web|api|db|cache}: Creation complete after {small}s [id={hex}]"),
            ("-", "module.{vpc|eks}.{aws_subnet|aws_route_table}.{private|public}[{small}]: Destroying... [id={hex}]"),
            ("-", "module.{vpc|eks}.{aws_subnet|aws_route_table}.{private|public}[{small}]: Destruction complete after {small2}s"),
            ("-", "{aws_instance|aws_security_group|google_compute_disk}.{web|api|db|cache}: Modifying... [id={hex}]"),
            ("-", "{aws_instance|aws_security_group|aws_route53_record}.{web|api|db|cache}: Refreshing state... [id={hex}]"),
            ("-", "Apply complete! Resources: {small} added, {small2} changed, {small3} destroyed."),
        ],
    },
    Format {
        // npm's install output: warnings with a package and its version, and sums.
        name: "npm",
        header: bracketed_time_header,
        events: &[
            ("-", "npm WARN deprecated {inflight|glob|rimraf|uuid|request}@{small}.{small2}.{n}: This module is not supported, and leaks memory. Do not use it."),
            ("-", "added {n} packages, and audited {n2} packages in {small}s"),
            ("-", "{n} packages are looking for funding"),
            ("-", "{small} vulnerabilities ({small2} low, {small3} moderate, {small4} high)"),
            ("-", "npm http fetch GET 200 https://registry.npmjs.org/{inflight|glob|rimraf|uuid|request} {n}ms (cache {hit|miss|revalidated})"),
            ("-", "npm timing reify:loadTrees Completed in {n}ms"),
        ],
    },
    Format {
        // CUPS's error log: a job's number in brackets before what happened to it.
        name: "cups",
        header: cups_header,
        events: &[
            ("I", "[Job {n}] Queued on \"{HP_LaserJet_4250|office-color|lab_printer}\" by \"{user}\"."),
            ("I", "[Job {n}] Started filter /usr/lib/cups/filter/{pdftopdf|gstoraster|rastertopclx} (PID {n2})"),
            ("I", "[Job {n}] Job completed."),
            ("D", "[Job {n}] PAGE: {small} {small2}"),
            ("E", "[Job {n}] Backend returned status {small} ({failed|hold|stop})"),
            ("I", "Expiring subscriptions..."),
            ("I", "Saving job.cache..."),
        ],
    },
    Format {
        // NetworkManager: a device in brackets, states changed from one to another.
        name: "network_manager",
        header: network_manager_header,
        events: &[
            ("info", "device ({wlan0|eth0|wlp2s0|enp0s31f6}): state change: {disconnected|prepare|config|activated} -> {prepare|config|ip-config|deactivating} (reason '{none|user-requested|carrier-changed}', sys-iface-state: '{managed|external|assume}')"),
            ("info", "dhcp4 ({wlan0|eth0|wlp2s0}): state changed new lease, address={ip}"),
            ("info", "device ({wlan0|eth0|wlp2s0}): Activation: successful, device activated."),
            ("info", "policy: set '{Home WiFi|Wired connection 1|office-5G}' ({wlan0|eth0|wlp2s0}) as default for IPv4 routing and DNS"),
            ("info", "manager: NetworkManager state is now {CONNECTED_GLOBAL|CONNECTING|DISCONNECTED}"),
            ("warn", "device ({wlan0|eth0|wlp2s0}): supplicant interface state: {scanning|associating|completed} -> {disconnected|inactive|scanning}"),
        ],
    },
    Format {
        // An MQTT broker: clients by name, connections by address and port.
        name: "mqtt_broker",
        header: epoch_colon_header,
        events: &[
            ("", "New connection from {ipport} on port {1883|8883}."),
            ("", "New client connected from {ipport} as {sensor|thermo|door}-{n} (p{small}, c{0|1}, k{15|30|60}, u'{user}')."),
            ("", "Client {sensor|thermo|door}-{n} disconnected."),
            ("", "Client {sensor|thermo|door}-{n} closed its connection."),
            ("", "Client {sensor|thermo|door}-{n} has exceeded timeout, disconnecting."),
            ("", "Saving in-memory database to /var/lib/mosquitto/mosquitto.db."),
            ("", "Denied PUBLISH from {sensor|thermo|door}-{n} (d0, q{0|1|2}, r0, m{n2}, '{home|plant|lab}/{temp|door}/{small}', ... ({n3} bytes))"),
        ],
    },
    Format {
        // PHP's error log: a variable, a key or a function in the message, a file and a line.
        name: "php_errors",
        header: php_error_header,
        events: &[
            ("Warning", " Undefined variable ${user|row|id|config|item} in /var/www/html/{index|admin/ajax|lib/db}.php on line {n}"),
            ("Warning", " Undefined array key \"{id|name|email|page|sort}\" in /var/www/html/{index|admin/ajax|lib/db}.php on line {n}"),
            ("Fatal error", " Uncaught Error: Call to undefined function {mysql_connect|each|create_function|split}() in /var/www/html/{index|lib/db}.php:{n}"),
            ("Deprecated", " Creation of dynamic property {Item|User|Order}::${id|config|item} is deprecated in /var/www/html/{index|lib/db}.php on line {n}"),
            ("Fatal error", " Allowed memory size of {134217728|268435456} bytes exhausted (tried to allocate {n} bytes) in /var/www/html/{index|lib/db}.php on line {n2}"),
        ],
    },
    Format {
        // A backup tool's summary: counts padded into columns, sizes with binary units.
        name: "backup_summary",
        header: bracketed_time_header,
        events: &[
            ("-", "Files:        {n} new,  {n2} changed, {n3} unmodified"),
            ("-", "Dirs:         {small} new,  {small2} changed, {n} unmodified"),
            ("-", "Added to the repository: {float} {KiB|MiB|GiB} ({float2} {KiB|MiB|GiB} stored)"),
            ("-", "processed {n} files, {float} {MiB|GiB|TiB} in {small}:{small2}"),
            ("-", "snapshot {hex} saved"),
            ("-", "error: open /home/{user}/.{ssh|gnupg|cache}/{hex}: permission denied"),
        ],
    },
    Format {
        // Rust's `tracing`: spans with their fields in braces before the target's path.
        name: "rust_tracing",
        header: tracing_header,
        events: &[
            ("INFO", "request{method={GET|POST} uri={path} version=HTTP/1.1}: tower_http::trace::on_request: started processing request"),
            ("INFO", "request{method={GET|POST} uri={path} version=HTTP/1.1}: tower_http::trace::on_response: finished processing request latency={small} ms status={200|201|404}"),
            ("WARN", "hyper::proto::h1::role: received unexpected {small} bytes on an idle connection"),
            ("ERROR", "ingest{source={svc}}: app::ingest: rejected batch: line {n} is not valid UTF-8"),
            ("DEBUG", "sqlx::query: summary=\"SELECT id FROM {table} …\" rows_affected=0 rows_returned={small} elapsed={dur}"),
            ("INFO", "app::worker: job finished job_id={uuid} attempts={small}"),
            ("WARN", "reqwest::connect: retrying connection to {backend} after error: connection refused"),
        ],
    },
    Format {
        // Zabbix server: items quoted as `host:key[parameters]`.
        name: "zabbix",
        header: zabbix_header,
        events: &[
            ("", "item \"{host}:{system.cpu.load|vfs.fs.size|net.if.in}[{small}]\" became not supported: Timeout while executing a shell script."),
            ("", "item \"{host}:agent.ping\" became supported"),
            ("", "Zabbix agent item \"{system.cpu.load|vfs.fs.size|net.if.in}[{small}]\" on host \"{host}\" failed: first network error, wait for {small2} seconds"),
            ("", "resuming Zabbix agent checks on host \"{host}\": connection restored"),
            ("", "executing housekeeper"),
            ("", "housekeeper [deleted {n} hist/trends, {n2} items/triggers, {small} events, {small2} problems, 0 sessions, 0 alarms, 0 audit, 0 records in {float} sec, idle for 1 hour(s)]"),
            ("", "cannot send list of active checks to \"{ip}\": host [{host}] not found"),
        ],
    },
    Format {
        // Asterisk: the source file and line, the function, SIP addresses in quotes.
        name: "asterisk",
        header: asterisk_header,
        events: &[
            ("NOTICE", "chan_sip.c:28090 in handle_request_register: Registration from '\"{n}\" <sip:{n}@{ip}:5060>' failed for '{ipport}' - Wrong password"),
            ("NOTICE", "chan_sip.c:28090 in handle_request_register: Registration from '\"{n}\" <sip:{n}@{ip}:5060>' failed for '{ipport}' - No matching peer found"),
            ("VERBOSE", "pbx.c:4420 in pbx_extension_helper: -- Executing [{n}@from-internal:1] Dial(\"SIP/{n2}-{hex}\", \"SIP/{n}\") in new stack"),
            ("WARNING", "chan_sip.c:4078 in retrans_pkt: Retransmission timeout reached on transmission {hex}@{ip}:5060 for seqno {small} (Critical Request)"),
            ("VERBOSE", "app_dial.c:1090 in dial_exec_full: -- SIP/{n}-{hex} is ringing"),
            ("VERBOSE", "app_dial.c:1205 in dial_exec_full: -- SIP/{n}-{hex} answered SIP/{n2}-{hex2}"),
            ("NOTICE", "res_pjsip/pjsip_distributor.c:676 in log_failed_request: Request 'INVITE' from '<sip:{n}@{ip}>' failed for '{ipport}' (callid: {hex}) - No matching endpoint found"),
        ],
    },
    Format {
        // OpenLDAP's slapd through syslog: a connection and an operation, then the request.
        name: "slapd",
        header: journal_header,
        events: &[
            ("slapd", "conn={n} fd={small} ACCEPT from IP={ipport} (IP=0.0.0.0:389)"),
            ("slapd", "conn={n} op={small} BIND dn=\"uid={user},ou=people,dc=example,dc=com\" method=128"),
            ("slapd", "conn={n} op={small} BIND dn=\"uid={user},ou=people,dc=example,dc=com\" mech=SIMPLE ssf=0"),
            ("slapd", "conn={n} op={small} RESULT tag=97 err={0|49} text="),
            ("slapd", "conn={n} op={small} SRCH base=\"dc=example,dc=com\" scope=2 deref=0 filter=\"(uid={user})\""),
            ("slapd", "conn={n} op={small} SEARCH RESULT tag=101 err=0 nentries={small2} text="),
            ("slapd", "conn={n} op={small} UNBIND"),
            ("slapd", "conn={n} fd={small} closed"),
            ("slapd", "conn={n} fd={small} closed (connection lost)"),
        ],
    },
    Format {
        // vsftpd's own log: the user in brackets, then whether it went well and what it was.
        name: "vsftpd",
        header: vsftpd_header,
        events: &[
            ("", "CONNECT: Client \"{ip}\""),
            ("", "[{user}] OK LOGIN: Client \"{ip}\""),
            ("", "[{user}] FAIL LOGIN: Client \"{ip}\""),
            ("", "[{user}] OK UPLOAD: Client \"{ip}\", \"/home/{user}/{webfile}\", {n} bytes, {float}Kbyte/sec"),
            ("", "[{user}] OK DOWNLOAD: Client \"{ip}\", \"/home/{user}/{webfile}\", {n} bytes, {float}Kbyte/sec"),
            ("", "[{user}] FAIL DOWNLOAD: Client \"{ip}\", \"/home/{user}/{webfile}\", 0.00Kbyte/sec"),
            ("", "[{user}] OK MKDIR: Client \"{ip}\", \"/home/{user}/{table}\""),
        ],
    },
    Format {
        // fluentd: the worker's number, then the message with Ruby's error classes.
        name: "fluentd",
        header: fluentd_header,
        events: &[
            ("info", "#0 starting fluentd worker pid={n} ppid={small} worker=0"),
            ("warn", "#0 failed to flush the buffer. retry_times={small} next_retry_time={railstime} chunk=\"{hex}\" error_class=Errno::ECONNREFUSED error=\"Connection refused - connect(2) for {ip}:{port}\""),
            ("warn", "#0 retry succeeded. chunk_id=\"{hex}\""),
            ("info", "#0 following tail of /var/log/containers/{pod}_{ns}_{svc}-{hex}.log"),
            ("warn", "#0 pattern not matched: \"{n} {user} {path}\""),
            ("error", "#0 unexpected error error_class=Fluent::Plugin::Buffer::BufferOverflowError error=\"buffer space has too many data\""),
            ("info", "#0 detected rotation of /var/log/containers/{pod}_{ns}_{svc}-{hex}.log; waiting 5 seconds"),
        ],
    },
    Format {
        // A game server's console: players by name, events as sentences.
        name: "game_server",
        header: game_server_header,
        events: &[
            ("Server thread/INFO", "{user} joined the game"),
            ("Server thread/INFO", "{user} left the game"),
            ("Server thread/INFO", "{user}[/{ipport}] logged in with entity id {n} at ({float}, {small}.0, {float2})"),
            ("Server thread/INFO", "{user} lost connection: Disconnected"),
            ("Server thread/WARN", "Can't keep up! Is the server overloaded? Running {n}ms or {small} ticks behind"),
            ("Server thread/INFO", "{user} has made the advancement [{Stone Age|Hot Stuff|Ice Bucket Challenge}]"),
            ("User Authenticator #{small}/INFO", "UUID of player {user} is {uuid}"),
            ("Server thread/INFO", "{user} was slain by {Zombie|Skeleton|Creeper}"),
        ],
    },
    Format {
        // An Ansible run's output: one line a host, its task's result first.
        name: "ansible",
        header: level_colon_header,
        events: &[
            // Each line 80 columns wide, padded with stars (`TASK [x] ****…`).
            ("-", "TASK [{common|nginx|postgres} : {Install base packages|Copy main configuration|Restart the service}] {rule}*"),
            ("-", "ok: [{host}]"),
            ("-", "changed: [{host}]"),
            ("-", "changed: [{host}] => (item={curl|openssl|rsync})"),
            ("-", "skipping: [{host}]"),
            ("-", "fatal: [{host}]: UNREACHABLE! => {\"changed\": false, \"msg\": \"Failed to connect to the host via ssh: ssh: connect to host {ip} port 22: Connection timed out\", \"unreachable\": true}"),
            ("-", "{host} : ok={small} changed={small2} unreachable=0 failed={0|1} skipped={small3} rescued=0 ignored=0"),
        ],
    },
    Format {
        // PgBouncer: client and server connections by their address in memory, as
        // `database/user@address:port`.
        name: "pgbouncer",
        header: pgbouncer_header,
        events: &[
            ("LOG", "C-0x{hex}: {table}/{user}@{ipport} login attempt: db={table} user={user} tls={no|TLSv1.3/TLS_AES_256_GCM_SHA384}"),
            ("LOG", "C-0x{hex}: {table}/{user}@{ipport} closing because: client close request (age={small}s)"),
            ("LOG", "S-0x{hex}: {table}/{user}@{ip}:5432 new connection to server (from {ipport})"),
            ("LOG", "S-0x{hex}: {table}/{user}@{ip}:5432 closing because: server idle timeout (age={n}s)"),
            ("LOG", "stats: {small} xacts/s, {n} queries/s, in {n2} B/s, out {n3} B/s, xact {n4} us, query {n5} us, wait {small2} us"),
            ("WARNING", "C-0x{hex}: {table}/{user}@{ipport} pooler error: no more connections allowed (max_client_conn)"),
            ("ERROR", "S-0x{hex}: {table}/{user}@{ip}:5432 server login failed: FATAL password authentication failed for user \"{user}\""),
        ],
    },
    Format {
        // The BIRD routing daemon: protocols by name and number, states as words.
        name: "bird",
        header: bird_header,
        events: &[
            ("INFO", "{bgp|ospf}{small}: State changed to {up|down|start|feed}"),
            ("RMT", "bgp{small}: Received: Hold timer expired"),
            ("INFO", "{bgp|ospf}{small}: Connected to table master"),
            ("ERR", "bgp{small}: Error: Bad peer AS: {n}"),
            ("INFO", "Reconfiguring"),
            ("INFO", "Reconfigured"),
            ("WARN", "Kernel dropped some netlink messages, will resync on next scan."),
            ("TRACE", "bgp{small}: Sending KEEPALIVE"),
            ("TRACE", "bgp{small}: Got UPDATE"),
        ],
    },
    Format {
        // Keycloak's events: a record of fields separated by commas, one field naming the
        // event's type.
        name: "keycloak",
        header: keycloak_header,
        events: &[
            ("WARN|org.keycloak.events", "type=LOGIN_ERROR, realmId={shop|master}, clientId={account|web-app}, userId=null, ipAddress={ip}, error=user_not_found, username={user}"),
            ("WARN|org.keycloak.events", "type=LOGIN_ERROR, realmId={shop|master}, clientId={account|web-app}, userId={uuid}, ipAddress={ip}, error=invalid_user_credentials, auth_method=openid-connect, redirect_uri=https://app.example.com/callback, code_id={uuid2}, username={user}"),
            ("INFO|org.keycloak.services", "KC-SERVICES0050: Initializing master realm"),
            ("INFO|io.quarkus", "Keycloak 24.0.{small} on JVM (powered by Quarkus 3.8.{small2}) started in {float}s. Listening on: http://0.0.0.0:8080"),
            ("ERROR|org.keycloak.services.error.KeycloakErrorHandler", "Uncaught server error: java.lang.NullPointerException"),
            ("INFO|org.infinispan.CLUSTER", "ISPN000094: Received new cluster view for channel ISPN: [{host}-{n}|{small}] ({small2}) [{host}-{n}]"),
        ],
    },
    Format {
        // Icinga 2: objects named `host!service` in quotes.
        name: "icinga",
        header: icinga_header,
        events: &[
            ("information/Checkable", "Checking for configured notifications for object '{host}!{http|disk|load|ssh}'"),
            ("warning/PluginCheckTask", "Check command for object '{host}!{http|disk}' (PID: {n}, arguments: '/usr/lib/nagios/plugins/check_{http|disk}' '-H' '{ip}') terminated with exit code 128, output: Terminated by signal 9 (Killed)."),
            ("information/ApiListener", "New client connection for identity '{host}' from [{ip}]:{port}"),
            ("warning/ApiListener", "Removing API client for endpoint '{host}'. {small} API clients left."),
            ("information/WorkQueue", "#{small} (ApiListener, RelayQueue) items: {n}, rate: {float}/s ({n2}/min {n3}/5min {n4}/15min);"),
            ("critical/ApiListener", "Cannot connect to host '{host}' on port '5665': Connection refused"),
            ("information/ConfigObject", "Dumping program state to file '/var/lib/icinga2/icinga2.state'"),
        ],
    },
    Format {
        // chronyd: time sources by address and name; two events told apart by their last word.
        name: "chronyd",
        header: journal_header,
        events: &[
            ("chronyd", "Selected source {ip} ({host})"),
            ("chronyd", "System clock wrong by {float} seconds"),
            ("chronyd", "Source {ip} replaced with {ip2} ({host})"),
            ("chronyd", "Can't synchronise: no selectable sources"),
            ("chronyd", "Forward time jump detected!"),
            ("chronyd", "System clock TAI offset set to 37 seconds"),
            ("chronyd", "Source {ip} online"),
            ("chronyd", "Source {ip} offline"),
        ],
    },
    Format {
        // smartd: devices by path (no digit in `/dev/sda`), attributes by number and name.
        name: "smartd",
        header: journal_header,
        events: &[
            ("smartd", "Device: /dev/sd{a|b|c} [SAT], SMART Usage Attribute: 194 Temperature_Celsius changed from {small} to {small2}"),
            ("smartd", "Device: /dev/sd{a|b|c} [SAT], SMART Prefailure Attribute: 1 Raw_Read_Error_Rate changed from {n} to {n2}"),
            ("smartd", "Device: /dev/sd{a|b|c} [SAT], {small} Currently unreadable (pending) sectors"),
            ("smartd", "Device: /dev/sd{a|b|c} [SAT], {small} Offline uncorrectable sectors"),
            ("smartd", "Device: /dev/nvme{small}, opened"),
            ("smartd", "Device: /dev/sd{a|b|c} [SAT], starting scheduled Short Self-Test."),
            ("smartd", "Device: /dev/sd{a|b|c} [SAT], previous self-test completed without error"),
        ],
    },
    Format {
        // memcached's verbose output: a connection's descriptor glued after `<` (a request)
        // or `>` (an answer), no header.
        name: "memcached",
        header: level_colon_header,
        events: &[
            ("-", "<{small} new auto-negotiating client connection"),
            ("-", "{small}: Client using the ascii protocol"),
            ("-", "<{small} get {user}:{n}"),
            ("-", ">{small} END"),
            ("-", "<{small} set {user}:{n} 0 {n2} {small2}"),
            ("-", ">{small} STORED"),
            ("-", "<{small} connection closed."),
        ],
    },
    Format {
        // Gitea: Go's log with the caller, requests with their status's reason phrase (a
        // request's method is its event's verb, as in an access log).
        name: "gitea",
        header: gitea_header,
        events: &[
            ("I", "router: completed GET {path} for {ipport}, {200 OK|404 Not Found} in {float}ms @ repo/view.go:{n}(repo.Home)"),
            ("I", "router: completed POST {path} for {ipport}, {201 Created|422 Unprocessable Entity} in {float}ms @ api/repo.go:{n}(api.CreateRepo)"),
            ("W", "router: slow      GET {path} for {ipport}, elapsed {n}ms @ repo/view.go:{n2}(repo.Home)"),
            ("E", "Failed to open repository: /var/lib/gitea/repositories/{user}/{table}.git: repository does not exist"),
            ("I", "Starting new Web server: tcp:0.0.0.0:3000 on PID {n}"),
            ("I", "PING DATABASE {sqlite3|postgres}"),
            ("W", "Table {table} column {id|name} db type is {INTEGER|TEXT}, struct type is {BIGINT|VARCHAR(255)}"),
        ],
    },
    Format {
        // Tor: sentences with counts and sizes, a version string of many libraries.
        name: "tor",
        header: tor_header,
        events: &[
            ("notice", "Bootstrapped {small}% (loading_descriptors): Loading relay descriptors"),
            ("notice", "Tor 0.4.8.{small} running on Linux with Libevent 2.1.12-stable, OpenSSL 3.0.{small2}, Zlib 1.2.13, Liblzma 5.4.1, Libzstd 1.5.4 and Glibc 2.36 as libc."),
            ("warn", "Problem bootstrapping. Stuck at {small}% (conn): Connecting to a relay. (Connection refused; CONNECTREFUSED; count {small2}; recommendation warn; host {hex} at {ipport})"),
            ("notice", "Heartbeat: Tor's uptime is {small} days {small2}:{n} hours, with {n2} circuits open. I've sent {float} MB and received {float2} MB."),
            ("notice", "Heartbeat: Circuit handshake stats since last time: {n}/{n2} TAP, {n3}/{n4} NTor."),
            ("notice", "New control connection opened from 127.0.0.1."),
            ("notice", "Received reload signal (hup). Reloading config and resetting internal state."),
        ],
    },
    Format {
        // WireGuard in the kernel's ring buffer: peers by number and endpoint.
        name: "wireguard",
        header: kernel_header,
        events: &[
            ("", "wireguard: wg0: Handshake for peer {small} ({ipport}) did not complete after 5 seconds, retrying (try {small2})"),
            ("", "wireguard: wg0: Sending handshake initiation to peer {small} ({ipport})"),
            ("", "wireguard: wg0: Receiving handshake response from peer {small} ({ipport})"),
            ("", "wireguard: wg0: Keypair {n} created for peer {small}"),
            ("", "wireguard: wg0: Keypair {n} destroyed for peer {small}"),
            ("", "wireguard: wg0: Sending keepalive packet to peer {small} ({ipport})"),
            ("", "wireguard: wg0: Zeroing out all keys for peer {small} ({ipport}), since we haven't received a new one in 540 seconds"),
        ],
    },
    Format {
        // Suricata's `fast.log`: a rule's ID and its name in words, its class, the flow.
        name: "suricata",
        header: suricata_header,
        events: &[
            ("", "[1:2010935:3] ET POLICY Suspicious inbound to MSSQL port 1433 [**] [Classification: Potentially Bad Traffic] [Priority: 2] {TCP} {ipport} -> {ip}:1433"),
            ("", "[1:2001219:20] ET SCAN Potential SSH Scan [**] [Classification: Attempted Information Leak] [Priority: 2] {TCP} {ipport} -> {ip}:22"),
            ("", "[1:2100498:7] GPL ATTACK_RESPONSE id check returned root [**] [Classification: Potentially Bad Traffic] [Priority: 2] {TCP} {ipport} -> {ipport2}"),
            ("", "[1:2013028:7] ET POLICY curl User-Agent Outbound [**] [Classification: Attempted Information Leak] [Priority: 2] {TCP} {ipport} -> {ipport2}"),
            ("", "[1:2027865:4] ET INFO Observed DNS Query to .cloud TLD [**] [Classification: Potentially Bad Traffic] [Priority: 2] {UDP} {ipport} -> {ip}:53"),
            ("", "[1:2402000:6789] ET DROP Dshield Block Listed Source [**] [Classification: Misc Attack] [Priority: 2] {TCP} {ipport} -> {ipport2}"),
        ],
    },
    Format {
        // syslog-ng: fields in single quotes after a sentence and a semicolon.
        name: "syslog_ng",
        header: journal_header,
        events: &[
            ("syslog-ng", "Log statistics; processed='src.internal(s_sys#0)={n}', stamp='src.internal(s_sys#0)={epochs}', processed='destination(d_auth)={n2}', dropped='dst.network(d_remote#0,tcp,{ip}:514)={small}'"),
            ("syslog-ng", "syslog-ng starting up; version='4.{small}.{small2}'"),
            ("syslog-ng", "syslog-ng shutting down; version='4.{small}.{small2}'"),
            ("syslog-ng", "Syslog connection established; fd='{small}', server='AF_INET({ip}:514)', local='AF_INET(0.0.0.0:0)'"),
            ("syslog-ng", "Syslog connection broken; fd='{small}', server='AF_INET({ip}:514)', time_reopen='60'"),
            ("syslog-ng", "Configuration reload request received, reloading configuration;"),
        ],
    },
    Format {
        // anacron through syslog: jobs named in a backquote and a quote.
        name: "anacron",
        header: journal_header,
        events: &[
            ("anacron", "Job `cron.{daily|weekly|monthly}' started"),
            ("anacron", "Job `cron.{daily|weekly|monthly}' terminated"),
            ("anacron", "Job `cron.{daily|weekly|monthly}' terminated (produced output)"),
            ("anacron", "Will run job `cron.{daily|weekly|monthly}' in {small} min."),
            ("anacron", "Jobs will be executed sequentially"),
            ("anacron", "Normal exit ({small} jobs run)"),
            ("anacron", "Anacron 2.3 started on 2026-11-{small}"),
        ],
    },
    Format {
        // logrotate's verbose run: a rule's pattern, then indented lines for each log.
        name: "logrotate",
        header: level_colon_header,
        events: &[
            ("-", "rotating pattern: /var/log/{nginx|apache2|mysql}/*.log  after 1 days ({small} rotations)"),
            ("-", "considering log /var/log/{nginx|apache2|mysql}/{access|error}.log"),
            ("-", "  Now: {railstime}"),
            ("-", "  Last rotated at {railstime}"),
            ("-", "  log needs rotating"),
            ("-", "  log does not need rotating (log has been rotated at {railstime}, which is less than a day ago)"),
            ("-", "rotating log /var/log/{nginx|apache2|mysql}/{access|error}.log, log->rotateCount is {small}"),
            ("-", "renaming /var/log/{nginx|apache2|mysql}/{access|error}.log.{small} to /var/log/{nginx|apache2|mysql}/{access|error}.log.{small2}"),
        ],
    },
    Format {
        // certbot: sentences about certificates named by their domain.
        name: "certbot",
        header: python_header,
        events: &[
            ("INFO", "Renewing an existing certificate for {host}"),
            ("INFO", "Certificate not yet due for renewal"),
            ("INFO", "Cert is due for renewal, auto-renewing..."),
            ("WARNING", "Attempting to renew cert ({host}) from /etc/letsencrypt/renewal/{host}.conf produced an unexpected error: Some challenges have failed.. Skipping."),
            ("INFO", "Reloading nginx server after certificate renewal"),
            ("DEBUG", "Storing nonce: {key}"),
            ("INFO", "Waiting for verification..."),
        ],
    },
    Format {
        // rsyslog's own messages: actions named in quotes, an error's URL in brackets.
        name: "rsyslog",
        header: journal_header,
        events: &[
            ("rsyslogd", "action 'action-{small}-builtin:omfwd' suspended (module 'builtin:omfwd'), retry {small2}. There should be messages before this one giving the reason for suspension. [v8.2302.0 try https://www.rsyslog.com/e/2007 ]"),
            ("rsyslogd", "action 'action-{small}-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2302.0 try https://www.rsyslog.com/e/2359 ]"),
            ("rsyslogd", "omfwd: remote server at {ip}:514 seems to have closed connection. This often happens when the remote peer (or an interim system like a load balancer or firewall) shuts down or aborts a connection. Rsyslog will re-open the connection if configured to do so (we saw a generic IO Error, which usually goes along with that behaviour). [v8.2302.0 try https://www.rsyslog.com/e/2027 ]"),
            ("rsyslogd", "[origin software=\"rsyslogd\" swVersion=\"8.2302.0\" x-pid=\"{n}\" x-info=\"https://www.rsyslog.com\"] rsyslogd was HUPed"),
            ("rsyslogd", "imjournal: {n} messages lost due to rate-limiting (20000 allowed within 600 seconds)"),
        ],
    },
    Format {
        // Maven's build output: a level in brackets, plugins and modules by coordinates.
        name: "maven",
        header: level_colon_header,
        events: &[
            ("-", "[INFO] Building {shop-api|shop-core|shop-web} 1.0.{small}-SNAPSHOT [{small2}/7]"),
            ("-", "[INFO] --- maven-{compiler|surefire|jar}-plugin:3.{small}.0:{compile|test|jar} (default-{compile|test|jar}) @ {shop-api|shop-core|shop-web} ---"),
            ("-", "[ERROR] /build/src/main/java/com/example/shop/{Order|Cart|Payment}Service.java:[{n},{small}] cannot find symbol"),
            ("-", "[INFO] Tests run: {n}, Failures: {small}, Errors: 0, Skipped: {small2}, Time elapsed: {float} s - in com.example.shop.{Order|Cart|Payment}ServiceTest"),
            ("-", "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/{junit|slf4j|mockito}/{hex}/{small}.{small2}/{hex}-{small}.{small2}.pom"),
            ("-", "[INFO] BUILD SUCCESS"),
            ("-", "[INFO] Total time:  {small}:{small2} min"),
        ],
    },
    Format {
        // pytest's verbose output: a test by its file and name, its outcome and progress.
        name: "pytest",
        header: level_colon_header,
        events: &[
            ("-", "tests/test_{api|db|worker}.py::test_{create|delete|list}_{order|user|cart} PASSED{padding}[{pct}]"),
            ("-", "tests/test_{api|db|worker}.py::test_{create|delete|list}_{order|user|cart} FAILED{padding}[{pct}]"),
            ("-", "tests/test_{api|db|worker}.py::test_{create|delete|list}_{order|user|cart} SKIPPED (needs {postgres|redis}){padding}[{pct}]"),
            ("-", "FAILED tests/test_{api|db|worker}.py::test_{create|delete|list}_{order|user|cart} - AssertionError: assert {small} == {small2}"),
            // The summary centred between two rules on a line of 80 columns.
            ("-", "{rule}= {small} passed, {small2} failed, {n} warnings in {float}s {rule}="),
        ],
    },
    Format {
        // `go test -v`: runs, passes and failures by test name, packages by import path.
        name: "gotest",
        header: level_colon_header,
        events: &[
            ("-", "=== RUN   Test{Order|Cart|Payment}{Create|Delete|List}"),
            ("-", "--- PASS: Test{Order|Cart|Payment}{Create|Delete|List} ({float}s)"),
            ("-", "--- FAIL: Test{Order|Cart|Payment}{Create|Delete|List} ({float}s)"),
            ("-", "    {order|cart|payment}_test.go:{n}: expected {small} items, got {small2}"),
            ("-", "ok  \texample.com/shop/{api|store|worker}\t{float}s"),
            ("-", "FAIL\texample.com/shop/{api|store|worker}\t{float}s"),
        ],
    },
    Format {
        // rclone: files by path, then what happened to each.
        name: "rclone",
        header: rclone_header,
        events: &[
            ("INFO", " {photos|docs|backup}/{user}/{webfile}: Copied (new)"),
            ("INFO", " {photos|docs|backup}/{user}/{webfile}: Copied (replaced existing)"),
            ("INFO", " {photos|docs|backup}/{user}/{webfile}: Deleted"),
            ("ERROR", " {photos|docs|backup}/{user}/{webfile}: Failed to copy: googleapi: Error 403: Rate Limit Exceeded, rateLimitExceeded"),
            ("NOTICE", " {photos|docs|backup}/{user}/{webfile}: Duplicate object found in source - ignoring"),
            ("INFO", " There was nothing to transfer"),
        ],
    },
    Format {
        // Gin's request log: the method padded, the path quoted. As in an access log, a
        // request's method is its event's verb; its status and path are values.
        name: "gin",
        header: gin_header,
        events: &[
            ("", "GET      \"{path}\""),
            ("", "POST     \"/api/v1/orders\""),
            ("", "DELETE   \"{path}\""),
        ],
    },
    Format {
        // uWSGI's request log: the client, the variables' count and size in braces, the time
        // in brackets, then the response (its status a value, its method the event's verb).
        name: "uwsgi",
        header: uwsgi_header,
        events: &[
            ("", "{ip} () {{small}0 vars in {n} bytes} [Sat Nov 28 10:00:{small2} 2026] GET {path} => generated {n2} bytes in {small3} msecs (HTTP/1.1 {200|304|404}) {small} headers in {n3} bytes (1 switches on core 0)"),
            ("", "{ip} () {{small}0 vars in {n} bytes} [Sat Nov 28 10:00:{small2} 2026] POST {path} => generated {n2} bytes in {small3} msecs (HTTP/1.1 {201|400|500}) {small} headers in {n3} bytes (1 switches on core 0)"),
            ("", "SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request {path} (ip {ip}) !!!"),
            ("", "uwsgi_response_writev_headers_and_body_do(): Broken pipe [core/writer.c line 306] during GET {path} ({ip})"),
        ],
    },
    Format {
        // sendmail: a queue ID, then fields separated by commas, some with spaces in them.
        name: "sendmail",
        header: journal_header,
        events: &[
            ("sm-mta", "{queue}: from=<{email}>, size={n}, class=0, nrcpts={small}, msgid=<{hex}@{host}>, proto=ESMTP, daemon=MTA, relay={host} [{ip}]"),
            ("sm-mta", "{queue}: to=<{email}>, delay=00:00:{small}, xdelay=00:00:{small2}, mailer=esmtp, pri={n}, relay={host}. [{ip}], dsn=2.0.0, stat=Sent (Ok: queued as {queue2})"),
            ("sm-mta", "{queue}: to=<{email}>, delay=00:00:{small}, mailer=esmtp, pri={n}, dsn=4.0.0, stat=Deferred: Connection refused by {host}."),
            ("sm-mta", "{queue}: lost input channel from {host} [{ip}] to MTA after rcpt"),
            ("sm-mta", "ruleset=check_rcpt, arg1=<{email}>, relay={host} [{ip}], reject=550 5.7.1 <{email}>... Relaying denied"),
            ("sm-mta", "starting daemon (8.17.1): SMTP+queueing@00:10:00"),
        ],
    },
    Format {
        // A BMC's event log as `ipmitool sel list` prints it: columns between bars, a
        // sensor's name of one to three words.
        name: "ipmi_sel",
        header: level_colon_header,
        events: &[
            ("-", "{n} | 11/{small}/2026 | {small2}:{n2}:{small3} | Temperature #0x30 | Upper Critical going high | Asserted"),
            ("-", "{n} | 11/{small}/2026 | {small2}:{n2}:{small3} | Temperature #0x30 | Upper Critical going high | Deasserted"),
            ("-", "{n} | 11/{small}/2026 | {small2}:{n2}:{small3} | Power Supply #0x{small4}{small5} | Power Supply AC lost | Asserted"),
            ("-", "{n} | 11/{small}/2026 | {small2}:{n2}:{small3} | Fan #0x{small4}{small5} | Lower Critical going low | Asserted"),
            ("-", "{n} | 11/{small}/2026 | {small2}:{n2}:{small3} | Memory #0x{small4}{small5} | Correctable ECC | Asserted"),
            ("-", "{n} | 11/{small}/2026 | {small2}:{n2}:{small3} | Event Logging Disabled #0x{small4}{small5} | Log area reset/cleared | Asserted"),
        ],
    },
    Format {
        // USB and SCSI disks in the kernel's ring buffer: devices by their bus path.
        name: "usb_storage",
        header: kernel_header,
        events: &[
            ("", "usb {small}-{small2}.{small3}: new high-speed USB device number {small4} using xhci_hcd"),
            ("", "usb {small}-{small2}.{small3}: New USB device found, idVendor={hex}, idProduct={hex2}, bcdDevice= {small4}.00"),
            ("", "usb {small}-{small2}.{small3}: New USB device strings: Mfr=1, Product=2, SerialNumber=3"),
            ("", "usb {small}-{small2}.{small3}: USB disconnect, device number {small4}"),
            ("", "usb-storage {small}-{small2}.{small3}:1.0: USB Mass Storage device detected"),
            ("", "sd {small}:0:0:0: [sd{a|b|c}] {n} 512-byte logical blocks: ({float} GB/{float2} GiB)"),
            ("", "sd {small}:0:0:0: [sd{a|b|c}] Attached SCSI removable disk"),
        ],
    },
    Format {
        // The Linux audit log: records of fields, the first naming the record's type.
        name: "auditd",
        header: level_colon_header,
        events: &[
            ("-", "type=SYSCALL msg=audit({epochs}:{n}): arch=c000003e syscall=59 success=yes exit=0 a0={hex} a1={hex2} a2={hex3} a3=0 items=2 ppid={n2} pid={n3} auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts{small} ses={small2} comm=\"{bash|curl|python3}\" exe=\"/usr/bin/{bash|curl|python3}\" key=\"exec\""),
            ("-", "type=EXECVE msg=audit({epochs}:{n}): argc={small} a0=\"{bash|curl|python3}\" a1=\"-c\""),
            ("-", "type=CWD msg=audit({epochs}:{n}): cwd=\"/home/{user}\""),
            ("-", "type=PATH msg=audit({epochs}:{n}): item=0 name=\"/usr/bin/{bash|curl|python3}\" inode={n2} dev=fd:00 mode=0100755 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0"),
            ("-", "type=USER_LOGIN msg=audit({epochs}:{n}): pid={n2} uid=0 auid={n3} ses={small} msg='op=login id={n3} exe=\"/usr/sbin/sshd\" hostname=? addr={ip} terminal=sshd res={success|failed}'"),
            ("-", "type=PROCTITLE msg=audit({epochs}:{n}): proctitle={hex}{hex2}"),
        ],
    },
    Format {
        // Xorg's log: seconds since start in brackets, a marker of the message's kind, then
        // drivers and devices by name, some names of several words.
        name: "xorg",
        header: kernel_header,
        events: &[
            ("", "(II) modeset(0): Modeline \"{1920x1080|2560x1440}\"x60.0  {float}  {1920|2560} 2008 2052 2200  {1080|1440} 1084 1089 1125 +hsync +vsync ({float2} kHz eP)"),
            ("", "(WW) modeset(0): Option \"{AccelMethod|TearFree|SWcursor}\" is not used"),
            ("", "(EE) Failed to load module \"{fbdev|vesa|nvidia}\" (module does not exist, 0)"),
            ("", "(II) Initializing extension {GLX|RANDR|XINPUT|DPMS}"),
            ("", "(II) config/udev: Adding input device {Power Button|Sleep Button|Video Bus} (/dev/input/event{small})"),
            ("", "(II) Loading /usr/lib/xorg/modules/drivers/{modesetting|intel|amdgpu}_drv.so"),
        ],
    },
    Format {
        // `docker compose up`: each container's lines behind its name and a bar.
        name: "compose",
        header: compose_header,
        events: &[
            ("", "GET {path} 200 {small}ms"),
            ("", "connected to postgres at {ipport}"),
            ("", "worker {small} picked job {uuid}"),
            ("", "Error: connect ECONNREFUSED {ipport}"),
            ("", "ready in {small}ms"),
        ],
    },
    Format {
        // The NFS client in the kernel's ring buffer: servers named with no digit.
        name: "nfs_client",
        header: kernel_header,
        events: &[
            ("", "nfs: server {fileserver|nas|backup} not responding, still trying"),
            ("", "nfs: server {fileserver|nas|backup} OK"),
            ("", "NFS: state manager: check lease failed on NFSv4 server {fileserver|nas|backup} with error {small}"),
            ("", "nfs: server {fileserver|nas|backup} not responding, timed out"),
            ("", "NFS: nfs4_reclaim_open_state: Lock reclaim failed!"),
        ],
    },
    Format {
        // An application's webhooks: a JSON payload inside a line of fields.
        name: "webhooks",
        header: iso_level_header,
        events: &[
            ("INFO", "received webhook event=push repo={user}/{table} payload={\"ref\":\"refs/heads/main\",\"commits\":{small}}"),
            ("INFO", "received webhook event=pull_request repo={user}/{table} payload={\"action\":\"{opened|closed}\",\"number\":{n}}"),
            ("WARN", "webhook signature mismatch from {ip}: expected sha256={hex}, got sha256={hex2}"),
            ("ERROR", "failed to deliver webhook {uuid} to https://{host}/hooks: context deadline exceeded (Client.Timeout exceeded while awaiting headers)"),
            ("INFO", "retrying webhook {uuid} in {small}s (attempt {small2}/5)"),
        ],
    },
    Format {
        // Puppet's agent in the system log: catalog runs and the resources they changed.
        name: "puppet",
        header: journal_header,
        events: &[
            ("puppet-agent", "Applied catalog in {float} seconds"),
            ("puppet-agent", "(/Stage[main]/{Ntp|Nginx|Sshd}/Service[{ntpd|nginx|sshd}]/ensure) ensure changed 'stopped' to 'running'"),
            ("puppet-agent", "Using environment '{production|staging}'"),
            ("puppet-agent", "Retrieving pluginfacts"),
            ("puppet-agent", "Caching catalog for {host}"),
            ("puppet-agent", "Could not retrieve catalog from remote server: Error 500 on SERVER: Server Error: Evaluation Error: Unknown variable: '{user}' (file: /etc/puppetlabs/code/environments/production/manifests/site.pp, line: {n}, column: {small}) on node {host}"),
            ("puppet-agent", "(/Stage[main]/Profile::Base/File[/etc/{motd|hosts|resolv.conf}]/mode) mode changed '0{small}44' to '0{small2}44'"),
        ],
    },
    Format {
        // dnsmasq as a home router's or Pi-hole's resolver and DHCP server.
        name: "dnsmasq",
        header: journal_header,
        events: &[
            ("dnsmasq", "query[{A|AAAA|PTR|SRV}] {host} from {ip}"),
            ("dnsmasq", "forwarded {host} to {ip}"),
            ("dnsmasq", "reply {host} is {ip}"),
            ("dnsmasq", "cached {host} is <CNAME>"),
            ("dnsmasq", "config {host} is NXDOMAIN"),
            ("dnsmasq-dhcp", "DHCPACK(eth0) {ip} {hwaddr} {user}-laptop"),
            ("dnsmasq-dhcp", "DHCPREQUEST(eth0) {ip} {hwaddr}"),
            ("dnsmasq-dhcp", "DHCPDISCOVER(eth0) {hwaddr} no address available"),
        ],
    },
    Format {
        // Logstash: Ruby hashes of details after the message.
        name: "logstash",
        header: logstash_header,
        events: &[
            ("INFO|logstash.agent", "Pipelines running {:count=>{small}, :running_pipelines=>[:main], :non_running_pipelines=>[]}"),
            ("INFO|logstash.javapipeline", "Starting pipeline {:pipeline_id=>\"{main|ingest}\", \"pipeline.workers\"=>{small}, \"pipeline.batch.size\"=>125}"),
            ("WARN|logstash.outputs.elasticsearch", "Restored connection to ES instance {:url=>\"http://{host}:9200/\"}"),
            ("WARN|logstash.outputs.elasticsearch", "Could not index event to Elasticsearch. {:status=>400, :action=>[\"index\", {:_id=>nil, :_index=>\"{index}\"}], :response=>{\"index\"=>{\"status\"=>400, \"error\"=>{\"type\"=>\"mapper_parsing_exception\"}}}}"),
            ("ERROR|logstash.outputs.elasticsearch", "Attempted to send a bulk request but there are no living connections in the pool (perhaps Elasticsearch is unreachable or down?) {:message=>\"No Available connections\", :will_retry_in_seconds=>{small}}"),
            ("INFO|logstash.agent", "Successfully started Logstash API endpoint {:port=>{port}, :ssl_enabled=>false}"),
        ],
    },
    Format {
        // Akka: dead letters and a cluster's membership.
        name: "akka",
        header: akka_header,
        events: &[
            ("INFO|deadLetters", "Message [com.example.{Ping|Tick|Flush}] from Actor[akka://shop/user/worker-{small}#{n}] to Actor[akka://shop/deadLetters] was not delivered. [{n2}] dead letters encountered."),
            ("INFO|system/cluster/core/daemon", "Cluster Node [akka://shop@{ipport}] - Node [akka://shop@{ipport2}] is JOINING, roles [dc-default]"),
            ("INFO|system/cluster/core/daemon", "Cluster Node [akka://shop@{ipport}] - Leader is moving node [akka://shop@{ipport2}] to [Up]"),
            ("WARNING|system/cluster/core/daemon", "Cluster Node [akka://shop@{ipport}] - Marking node as UNREACHABLE [Member(address = akka://shop@{ipport2}, status = Up)]."),
            ("ERROR|user/orders", "Restarting actor after {exception}: order {n} not found"),
            ("INFO|user/orders", "Recovered {n} events for persistence id order-{n2} in {small} ms"),
        ],
    },
    Format {
        // Tornado's access and application log.
        name: "tornado",
        header: tornado_header,
        events: &[
            // A request's method is its event, as Loghub's truth keeps `GET` and `POST` apart.
            ("I|web", "{200|304} GET {path} ({ip}) {float}ms"),
            ("I|web", "{201|204} POST {path} ({ip}) {float}ms"),
            ("W|web", "Invalid cookie signature '{key}'"),
            ("E|web", "Uncaught exception POST {path} ({ip})"),
            ("W|web", "400 POST {path} ({ip}): Missing argument token"),
            ("I|ioloop", "Starting worker {small} on port {port}"),
            ("E|iostream", "Uncaught exception, closing connection."),
        ],
    },
    Format {
        // Jupyter Server: kernels started, restarted and saved notebooks.
        name: "jupyter",
        header: jupyter_header,
        events: &[
            ("I", "Kernel started: {uuid}, name: python3"),
            ("I", "Saving file at /{user}/notebooks/{table}.ipynb"),
            ("I", "Kernel restarted: {uuid}"),
            ("I", "Starting buffering for {uuid}:{uuid2}"),
            ("I", "Kernel shutdown: {uuid}"),
            ("W", "404 GET /api/kernels/{uuid}/channels?session_id={hex} ({ip}): Kernel does not exist: {uuid2}"),
            ("I", "Adapting from protocol version 5.3 (kernel {uuid}) to 5.4 (client)."),
        ],
    },
    Format {
        // Phoenix (Elixir): requests, each with its ID, and the database pool.
        name: "phoenix",
        header: phoenix_header,
        events: &[
            ("info|request", "GET {path}"),
            ("info|request", "POST {path}"),
            ("info|request", "Sent {200|201|404} in {small}ms"),
            ("debug|request", "Processing with ShopWeb.{OrderController|UserController}.{index|show|create}/2"),
            ("error", "Postgrex.Protocol (#PID<0.{n}.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.{n2}.0> timed out because it queued and checked out the connection for longer than 15000ms"),
            ("info", "Running ShopWeb.Endpoint with cowboy 2.10.0 at 0.0.0.0:{port} (http)"),
            ("info", "[libcluster:k8s] connected to :\"shop@{ip}\""),
        ],
    },
    Format {
        // containerd (logrus): sandboxes and containers as the kubelet asks for them.
        name: "containerd",
        header: logrus_header,
        events: &[
            ("info", "msg=\"StartContainer for \\\"{container}\\\" returns successfully\""),
            ("info", "msg=\"RunPodSandbox for &PodSandboxMetadata{Name:{pod},Uid:{uuid},Namespace:{ns},Attempt:0,} returns sandbox id \\\"{container}\\\"\""),
            ("info", "msg=\"PullImage \\\"docker.io/library/{nginx|redis|postgres}:{small}.{small2}\\\"\""),
            ("error", "msg=\"ContainerStatus for \\\"{container}\\\" failed\" error=\"rpc error: code = NotFound desc = an error occurred when try to find container \\\"{container}\\\": not found\""),
            ("info", "msg=\"TearDown network for sandbox \\\"{container}\\\" successfully\""),
            ("warning", "msg=\"cleaning up after shim disconnected\" id={container} namespace=k8s.io"),
        ],
    },
    Format {
        // BuildKit's plain progress (`docker build --progress=plain`): steps by number.
        name: "buildkit",
        header: compose_header,
        events: &[
            ("-", "#{small} DONE {float}s"),
            ("-", "#{small} CACHED"),
            ("-", "#{small} transferring context: {float}MB {float2}s done"),
            ("-", "#{small} sha256:{container} {float}MB / {float2}MB {float3}s"),
            ("-", "#{small} exporting layers {float}s done"),
            ("-", "#{small} writing image sha256:{container} done"),
            ("-", "#{small} ERROR: process \"/bin/sh -c make build\" did not complete successfully: exit code: {small2}"),
            ("-", "#{small} naming to docker.io/library/{svc}:latest done"),
        ],
    },
    Format {
        // Tailscale's daemon: its paths to peers, and its control connection.
        name: "tailscale",
        header: journal_header,
        events: &[
            ("tailscaled", "magicsock: disco: node [{queue}] d:{hex} now using {ipport} mtu={1280|1360} tx={hex2}"),
            ("tailscaled", "wgengine: Reconfig: configuring userspace WireGuard config (with {small}/{small2} peers)"),
            ("tailscaled", "netcheck: report: udp=true v6=false mapvarydest=false hair=false portmap=? v4a={ipport} derp=1 derpdist=1v4:{small}ms,2v4:{small2}ms"),
            ("tailscaled", "control: map response long-poll timed out!"),
            ("tailscaled", "Accept: TCP{{ipport} > {ipport2}} {small} tcp ok"),
            ("tailscaled", "health(warnable=network-status): error: not in map poll"),
        ],
    },
    Format {
        // ZFS's event daemon.
        name: "zed",
        header: journal_header,
        events: &[
            ("zed", "Invoking \"all-syslog.sh\" eid={n} pid={n2}"),
            ("zed", "Finished \"all-syslog.sh\" eid={n} pid={n2} time={float}s exit=0"),
            ("zed", "Processing events since eid={n}"),
            ("zed", "ZFS Event Daemon 2.1.11-1 (PID {n})"),
            ("zed", "eid={n} class=statechange pool='{tank|backup}' vdev={sda|sdb|sdc}1 vdev_state=FAULTED"),
        ],
    },
    Format {
        // MariaDB with Galera replication (WSREP) and aborted clients.
        name: "galera",
        header: mariadb_header,
        events: &[
            ("Note", "WSREP: Member {small}.0 (node{small2}) synced with group."),
            ("Note", "WSREP: Shifting JOINED -> SYNCED (TO: {n})"),
            ("Note", "WSREP: ({hex}, 'tcp://{ipport}') turning message relay requesting on, nonlive peers: tcp://{ipport2}"),
            ("Note", "WSREP: Quorum results: version = 6, component = PRIMARY, conf_id = {small}, members = {small2}/3 (primary/total), act_id = {n}, last_appl. = {n2}, protocols = 2/10/4 (gcs/repl/appl), vote policy= 0, group UUID = {uuid}"),
            ("Warning", "Aborted connection {n} to db: '{table}' user: '{user}' host: '{ip}' (Got timeout reading communication packets)"),
            ("Note", "WSREP: SST complete, seqno: {n}"),
        ],
    },
    Format {
        // ProFTPD: sessions and logins, each after its client.
        name: "proftpd",
        header: proftpd_header,
        events: &[
            ("", "USER {user}: Login successful."),
            ("", "USER {user} (Login failed): Incorrect password"),
            ("", "FTP session opened."),
            ("", "FTP session closed."),
            ("", "Preparing to chroot to directory '/home/{user}'"),
            ("", "Refused PORT 10,{small},{small2},{small3},{n},{small4} (address mismatch)"),
        ],
    },
    Format {
        // snapd in the system log, its source file and line before each message.
        name: "snapd",
        header: journal_header,
        events: &[
            ("snapd", "storehelpers.go:{n}: cannot refresh: snap has no updates available: \"{core|core20|lxd|snapd}\""),
            ("snapd", "autorefresh.go:{n}: auto-refresh: all snaps are up-to-date"),
            ("snapd", "daemon.go:{n}: started snapd/2.61.2 (series 16; classic) debian/12 (amd64) linux/6.1.0-13-amd64."),
            ("snapd", "stateengine.go:{n}: state ensure error: cannot refresh snap-declaration for \"{core|core20|lxd}\": Get \"https://api.snapcraft.io/api/v1/snaps/assertions/snap-declaration/16/{key}?max-format=5\": dial tcp: lookup api.snapcraft.io: Temporary failure in name resolution"),
            ("snapd", "snapmgr.go:{n}: cannot prepare auto-refresh change: persistent network error"),
        ],
    },
    Format {
        // Vault (hclog): mounts, leases and the cluster listener.
        name: "vault",
        header: hclog_header,
        events: &[
            ("INFO|core", "successful mount: namespace=\"\" path={secret|pki|transit}/ type={kv|pki|transit} version=\"\""),
            ("INFO|expiration", "revoked lease: lease_id=auth/token/create/{hex}"),
            ("INFO|core", "vault is unsealed"),
            ("INFO|core.cluster-listener", "serving cluster requests: cluster_listen_address={ipport}"),
            ("ERROR|core", "failed to lookup token: error=\"failed to read entry: context deadline exceeded\""),
            ("INFO|rollback", "starting rollback manager"),
        ],
    },
    Format {
        // Salt's minion: jobs it ran and the states they applied.
        name: "salt",
        header: salt_header,
        events: &[
            ("INFO|salt.minion", "Returning information for job: {epochms}{small}"),
            ("INFO|salt.minion", "User root Executing command {state.apply|test.ping|cmd.run} with jid {epochms}"),
            ("INFO|salt.loaded.int.module.cmdmod", "Executing command ['systemctl', 'is-active', '{svc}.service'] in directory '/root'"),
            ("INFO|salt.state", "Completed state [/etc/{svc}/config.yml] at time {n}.{n2} (duration_in_ms={float})"),
            ("ERROR|salt.state", "Unable to manage file: none of the specified sources were found"),
            ("WARNING|salt.minion", "The minion function caused an exception"),
        ],
    },
    Format {
        // lighttpd's error log: the source file and line of each message.
        name: "lighttpd",
        header: lighttpd_header,
        events: &[
            ("server.c", "server started (lighttpd/1.4.69)"),
            ("gw_backend.c", "connect() {ipport}: Connection refused"),
            ("mod_fastcgi.c", "all handlers for /index.php? on .php are down."),
            ("server.c", "[note] graceful shutdown started"),
            ("connections.c", "SSL: {small} error:0A000126:SSL routines::unexpected eof while reading"),
        ],
    },
    Format {
        // Jetty's own log: connectors, contexts and the server's start.
        name: "jetty",
        header: jetty_header,
        events: &[
            ("INFO|oejs.Server", "Started @{n}ms"),
            ("INFO|oejs.AbstractConnector", "Started ServerConnector@{hex}{HTTP/1.1, (http/1.1)}{0.0.0.0:{port}}"),
            ("INFO|oejsh.ContextHandler", "Started o.e.j.w.WebAppContext@{hex}{/{svc},file:///tmp/jetty-{n}/webapp/,AVAILABLE}{/{svc}.war}"),
            ("WARN|oejs.HttpChannel", "/{svc}/api/{table}/{n}: java.io.IOException: Broken pipe"),
            ("INFO|oejs.session", "node0 Scavenging every {n}ms"),
            ("WARN|oejs.AbstractConnector", "Stopped ServerConnector@{hex}{HTTP/1.1, (http/1.1)}{0.0.0.0:{port}}"),
        ],
    },
    Format {
        // Kong on nginx's error log: its plugins' messages, with the request they were for.
        name: "kong",
        header: nginx_header,
        events: &[
            ("warn", "*{n} [kong] handler.lua:{small} [rate-limiting] failed to get usage: timeout, client: {ip}, server: kong, request: \"GET {path} HTTP/1.1\", host: \"api.example.com\""),
            ("error", "*{n} [kong] init.lua:{n2} [jwt] token expired, client: {ip}, server: kong, request: \"POST {path} HTTP/1.1\", host: \"api.example.com\""),
            ("notice", "*{n} [kong] init.lua:{n2} declarative config loaded from /etc/kong/kong.yml, context: init_worker_by_lua*"),
            ("error", "*{n} [lua] balancer.lua:{n2}: [healthchecks] ({svc}.upstream) unhealthy TCP increment (1/3) for '({ipport})', context: ngx.timer"),
            ("info", "*{n} [kong] cache.lua:{small} purging (local) cache, context: ngx.timer"),
        ],
    },
    Format {
        // Velero (logrus): backups and the items they hold, with fields after the message.
        name: "velero",
        header: logrus_header,
        events: &[
            ("info", "msg=\"Backup completed\" backup=velero/daily-{n} logSource=\"pkg/controller/backup_controller.go:{small}\""),
            ("info", "msg=\"Processing item\" backup=velero/daily-{n} logSource=\"pkg/backup/backup.go:{small}\" name={pod} namespace={ns} progress= resource=pods"),
            ("error", "msg=\"Error backing up item\" backup=velero/daily-{n} error=\"timed out waiting for the condition\" logSource=\"pkg/backup/backup.go:{small}\" name={pod}"),
            ("warning", "msg=\"Namespace {ns}, resource restore warning: could not restore, ConfigMap \\\"kube-root-ca.crt\\\" already exists. Warning: the in-cluster version is different than the backed-up version\" logSource=\"pkg/controller/restore_controller.go:{small}\" restore=velero/restore-{n}"),
            ("info", "msg=\"Checking for expired DeleteBackupRequests\" controller=backup-deletion logSource=\"pkg/controller/backup_deletion_controller.go:{small}\""),
        ],
    },
    Format {
        // Argo CD's application controller (logrus).
        name: "argocd",
        header: logrus_header,
        events: &[
            ("info", "msg=\"Refreshing app status (controller refresh requested), level ({small})\" application=argocd/{svc}"),
            ("info", "msg=\"Comparing app state (cluster: https://kubernetes.default.svc, namespace: {ns})\" application=argocd/{svc}"),
            ("info", "msg=\"Update successful\" application=argocd/{svc}"),
            ("info", "msg=\"Reconciliation completed\" application=argocd/{svc} dedup_ms=0 dest-name= dest-namespace={ns} diff_ms={small} fields.level={small2} git_ms={n} health_ms={small3} live_ms={small4} settings_ms=0 sync_ms=0 time_ms={n2}"),
            ("warning", "msg=\"Failed to get cached managed resources for tree reconciliation, fall back to full reconciliation\" application=argocd/{svc}"),
            ("info", "msg=\"Initiated automated sync to '{hex}{hex2}'\" application=argocd/{svc} dest-namespace={ns} dest-server=\"https://kubernetes.default.svc\" reason=ResourceUpdated type=Normal"),
        ],
    },
    Format {
        // Consul (hclog): the agent, gossip and Raft.
        name: "consul",
        header: hclog_header,
        events: &[
            ("INFO|agent", "Synced node info"),
            ("INFO|agent", "Synced service: service={svc}-{small}"),
            ("WARN|agent.server.raft", "heartbeat timeout reached, starting election: last-leader-addr={ipport} last-leader-id={uuid}"),
            ("INFO|agent.server.serf.lan", "serf: EventMemberJoin: node-{small} {ip}"),
            ("INFO|agent.server.serf.lan", "serf: EventMemberFailed: node-{small} {ip}"),
            ("ERROR|agent.anti_entropy", "failed to sync remote state: error=\"No cluster leader\""),
            ("INFO|agent", "(LAN) joined: number_of_nodes={small}"),
        ],
    },
    Format {
        // OpenSMTPD: each SMTP session by its ID.
        name: "opensmtpd",
        header: journal_header,
        events: &[
            ("smtpd", "{hex}{hex2} smtp connected address={ip} host={host}"),
            ("smtpd", "{hex}{hex2} smtp message msgid={hex3} size={n} nrcpt=1 proto=ESMTP"),
            ("smtpd", "{hex}{hex2} smtp disconnected reason=quit"),
            ("smtpd", "{hex}{hex2} mda delivery evpid={hex3}{hex4} from=<{email}> to=<{user}@example.org> rcpt=<-> user={user} delay={small}s result=Ok stat=Delivered"),
            ("smtpd", "{hex}{hex2} smtp failed-command command=\"RCPT TO:<{email}>\" result=\"550 Invalid recipient: <{email}>\""),
        ],
    },
    Format {
        // Prosody (XMPP): each session by its ID, then the level.
        name: "prosody",
        header: short_time_header,
        events: &[
            ("", "c2s{hex}\tinfo\tClient connected"),
            ("", "c2s{hex}\tinfo\tAuthenticated as {email}"),
            ("", "c2s{hex}\tinfo\tClient disconnected: connection closed"),
            ("", "s2sout{hex}\tinfo\tOutgoing s2s connection {host}->example.org complete"),
            ("", "c2s{hex}\tdebug\tReceived[c2s]: <iq id='{key}' type='get'>"),
            ("", "mod_posix\twarn\tReceived SIGHUP"),
        ],
    },
    Format {
        // FreeRADIUS: each request by its number, the user in brackets.
        name: "freeradius",
        header: ctime_header,
        events: &[
            ("", ": Auth: ({n}) Login OK: [{user}] (from client wifi port {small} cli {hwaddr})"),
            ("", ": Auth: ({n}) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [{user}] (from client wifi port {small} via TLS tunnel)"),
            ("", ": Info: Ready to process requests"),
            ("", ": Error: ({n}) eap_peap: ERROR: TLS Alert read:fatal:unknown CA"),
            ("", ": Warning: ({n}) Ignoring duplicate packet from client wifi port {port} - ID: {small} due to unfinished request in component authenticate module eap"),
        ],
    },
    Format {
        // strongSwan's charon: IKE negotiations, packets and SAs.
        name: "strongswan",
        header: charon_header,
        events: &[
            ("IKE", "IKE_SA conn{small}[{n}] established between {ip}[gw.example.com]...{ip2}[{user}]"),
            ("NET", "received packet: from {ip}[{port}] to {ip2}[500] ({n} bytes)"),
            ("ENC", "parsed IKE_SA_INIT request 0 [ SA KE No N(NATD_S_IP) N(NATD_D_IP) ]"),
            ("IKE", "retransmit {small} of request with message ID {n}"),
            ("CFG", "selected peer config 'conn{small}'"),
            ("IKE", "deleting IKE_SA conn{small}[{n}] between {ip}[gw.example.com]...{ip2}[{user}]"),
        ],
    },
    Format {
        // Patroni: a PostgreSQL cluster's leader election.
        name: "patroni",
        header: patroni_header,
        events: &[
            ("INFO", "no action. I am (pg-{small}), the leader with the lock"),
            ("INFO", "no action. I am (pg-{small}), a secondary, and following a leader (pg-{small2})"),
            ("INFO", "Lock owner: pg-{small}; I am pg-{small2}"),
            ("INFO", "promoted self to leader by acquiring session lock"),
            ("WARNING", "Request failed to pg-{small}: GET http://{ipport}/patroni (HTTPConnectionPool(host='{ip}', port=8008): Read timed out. (read timeout=2))"),
            ("INFO", "establishing a new patroni connection to the postgres cluster"),
        ],
    },
    Format {
        // GlusterFS's daemon: message IDs, sources and translators before each message.
        name: "glusterfs",
        header: gluster_header,
        events: &[
            ("I", "Received cli list req"),
            ("I", "starting a fresh brick process for brick /data/brick{small}/{table}"),
            ("W", "failed to set keep idle {n} on socket {small} [Invalid argument]"),
            ("I", "Completed data selfheal on {uuid}. sources=[0] 1  sinks=2"),
        ],
    },
    Format {
        // Fluent Bit: inputs, the engine's retries and outputs.
        name: "fluentbit",
        header: fluentbit_header,
        events: &[
            ("info|input:tail:tail.0", "inotify_fs_add(): inode={n} watch_fd={small} name=/var/log/containers/{pod}_{ns}_app-{container}.log"),
            ("warn|engine", "failed to flush chunk '{small}-{epochs}.flb', retry in {small2} seconds: task_id={small3}, input=tail.0 > output=es.0 (out_id=0)"),
            ("info|engine", "flush chunk '{small}-{epochs}.flb' succeeded at retry {small2}: task_id={small3}, input=tail.0 > output=es.0 (out_id=0)"),
            ("error|output:es:es.0", "HTTP status=429 URI=/_bulk, response:"),
            ("info|input:tail:tail.0", "inotify_fs_remove(): inode={n} watch_fd={small}"),
        ],
    },
    Format {
        // ntpd in the system log: servers it asks, and the kernel's clock.
        name: "ntpd",
        header: journal_header,
        events: &[
            ("ntpd", "Soliciting pool server {ip}"),
            ("ntpd", "kernel reports TIME_ERROR: 0x41: Clock Unsynchronized"),
            ("ntpd", "Listen normally on {small} eth0 {ip}:123"),
            ("ntpd", "{ip} local addr {ip2} -> <null>"),
            ("ntpd", "new interface(s) found: waking up resolver"),
        ],
    },
    Format {
        // OpenSearch's slow log: a query's shard, its times and its source.
        name: "slowlog",
        header: elasticsearch_header,
        events: &[
            ("WARN", "[{index}][{small}] took[{float}s], took_millis[{n}], total_hits[{n2} hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[{small2}], source[{\"query\":{\"match\":{\"user\":\"{user}\"}}}]"),
            ("INFO", "[{index}][{small}] took[{float}ms], took_millis[{small2}], type[_doc], id[{key}], routing[], source[{\"user\":\"{user}\"}]"),
            ("TRACE", "[{index}][{small}] took[{float}ms], took_millis[{small2}], total_hits[0 hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[{small3}], source[{\"size\":0}]"),
        ],
    },
    Format {
        // Nextcloud: a JSON record per line, the message among the request's fields.
        name: "nextcloud",
        header: python_header,
        events: &[
            ("-", r#"{"reqId":"{key}","level":2,"time":"{iso}","remoteAddr":"{ip}","user":"{user}","app":"files","method":"PROPFIND","url":"/remote.php/dav/files/{user}/","message":"File with id \"{n}\" not found","userAgent":"Mozilla/5.0 (Linux) mirall/3.10.1","version":"27.1.3.2"}"#),
            ("-", r#"{"reqId":"{key}","level":3,"time":"{iso}","remoteAddr":"{ip}","user":"--","app":"core","method":"POST","url":"/login","message":"Login failed: {user} (Remote IP: {ip})","userAgent":"Mozilla/5.0","version":"27.1.3.2"}"#),
            ("-", r#"{"reqId":"{key}","level":1,"time":"{iso}","remoteAddr":"","user":"--","app":"cron","method":"","url":"--","message":"Finished background job, the job took : {small} seconds, this job is an instance of class : OCA\\Files\\BackgroundJob\\ScanFiles with arguments : []","userAgent":"--","version":"27.1.3.2"}"#),
            ("-", r#"{"reqId":"{key}","level":2,"time":"{iso}","remoteAddr":"{ip}","user":"{user}","app":"no app in context","method":"GET","url":"/ocs/v2.php/apps/notifications/api/v2/notifications","message":"Could not connect to Redis at {ipport}","userAgent":"Mozilla/5.0","version":"27.1.3.2"}"#),
        ],
    },
    Format {
        // systemd-networkd: links gained and lost, and their DHCP leases.
        name: "networkd",
        header: journal_header,
        events: &[
            ("systemd-networkd", "{eth0|ens3|wlan0}: Gained carrier"),
            ("systemd-networkd", "{eth0|ens3|wlan0}: Lost carrier"),
            ("systemd-networkd", "{eth0|ens3|wlan0}: DHCPv4 address {ip}/24, gateway {ip2} acquired from {ip3}"),
            ("systemd-networkd", "{eth0|ens3|wlan0}: Gained IPv6LL"),
            ("systemd-networkd", "{eth0|ens3|wlan0}: Configuring with /usr/lib/systemd/network/{80-container-host0|99-default}.network."),
        ],
    },
    Format {
        // wpa_supplicant: a Wi-Fi client's association, keys and scans.
        name: "wpa_supplicant",
        header: journal_header,
        events: &[
            ("wpa_supplicant", "wlan0: CTRL-EVENT-CONNECTED - Connection to {hwaddr} completed [id={small} id_str=]"),
            ("wpa_supplicant", "wlan0: CTRL-EVENT-DISCONNECTED bssid={hwaddr} reason={small} locally_generated=1"),
            ("wpa_supplicant", "wlan0: SME: Trying to authenticate with {hwaddr} (SSID='{HomeNet|Office-5G|Guest}' freq={2412|5180|5745} MHz)"),
            ("wpa_supplicant", "wlan0: Associated with {hwaddr}"),
            ("wpa_supplicant", "wlan0: WPA: Key negotiation completed with {hwaddr} [PTK=CCMP GTK=CCMP]"),
            ("wpa_supplicant", "wlan0: CTRL-EVENT-SCAN-STARTED"),
            ("wpa_supplicant", "wlan0: CTRL-EVENT-SIGNAL-CHANGE above=1 signal=-{small}0 noise=9999 txrate={n}"),
        ],
    },
    Format {
        // stunnel: connections accepted, forwarded and closed, and TLS failures.
        name: "stunnel",
        header: stunnel_header,
        events: &[
            ("5", "Service [{https|imaps|redis}] accepted connection from {ipport}"),
            ("5", "s_connect: connected {ipport}"),
            ("5", "Connection closed: {n} byte(s) sent to TLS, {n2} byte(s) sent to socket"),
            ("3", "SSL_accept: ../ssl/record/rec_layer_s3.c:1584: error:0A000412:SSL routines::sslv3 alert bad certificate"),
            ("5", "Service [{https|imaps|redis}] connected remote server from {ipport}"),
        ],
    },
    Format {
        // dbt's console: models started and done, dot leaders padding each to a column.
        name: "dbt",
        header: dbt_header,
        events: &[
            ("", "{small} of {small2} START sql {view|table} model analytics.{table} {rule}. [RUN]"),
            ("", "{small} of {small2} OK created sql {view|table} model analytics.{table} {rule}. [CREATE {VIEW|TABLE} in {float}s]"),
            ("", "{small} of {small2} ERROR creating sql table model analytics.{table} {rule}. [ERROR in {float}s]"),
            ("", "Finished running {small} view models, {small2} table models in 0 hours 0 minutes and {float} seconds ({float2}s)."),
            ("", "Completed with {small} error and {small2} warnings:"),
        ],
    },
    Format {
        // Packer: a builder's steps, each under its name, and the build's end.
        name: "packer",
        header: python_header,
        events: &[
            ("-", "==> amazon-ebs.{ubuntu|debian}: Creating temporary keypair: packer_{hex}-{hex2}"),
            ("-", "    amazon-ebs.{ubuntu|debian}: Waiting for SSH to become available..."),
            ("-", "==> amazon-ebs.{ubuntu|debian}: Stopping the source instance..."),
            ("-", "    amazon-ebs.{ubuntu|debian}: Instance ID: i-{hex}{hex2}"),
            ("-", "Build 'amazon-ebs.{ubuntu|debian}' finished after {small} minutes {n} seconds."),
            ("-", "==> amazon-ebs.{ubuntu|debian}: Creating AMI {svc}-{epochs} from instance i-{hex}"),
        ],
    },
    Format {
        // rsync's summary after each transfer.
        name: "rsync",
        header: iso_level_header,
        events: &[
            ("INFO", "sent {n} bytes  received {n2} bytes  {float} bytes/sec"),
            ("INFO", "total size is {n}  speedup is {float}"),
            ("ERROR", "rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c({n}) [sender=3.2.7]"),
            ("WARN", "file has vanished: \"/srv/data/{table}/{n}.parquet\""),
        ],
    },
    Format {
        // WildFly: each message starts with its code (`WFLYSRV0025:`); the thread follows the logger.
        name: "wildfly",
        header: wildfly_header,
        events: &[
            ("INFO", "[org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full 30.0.1.Final (WildFly Core 22.0.2.Final) started in {n}ms - Started {n2} of {n3} services ({small} services are lazy, passive or on-demand)"),
            ("INFO", "[org.jboss.as.server.deployment] (MSC service thread 1-{small}) WFLYSRV0027: Starting deployment of \"{svc}.war\" (runtime-name: \"{svc}.war\")"),
            ("INFO", "[org.wildfly.extension.undertow] (ServerService Thread Pool -- {n}) WFLYUT0021: Registered web context: '/{svc}' for server 'default-server'"),
            ("INFO", "[org.jboss.as.server] (ServerService Thread Pool -- {n}) WFLYSRV0010: Deployed \"{svc}.war\" (runtime-name : \"{svc}.war\")"),
            ("WARN", "[org.jboss.as.txn] (ServerService Thread Pool -- {n}) WFLYTX0013: The node-identifier attribute on the /subsystem=transactions is set to the default value. This is a danger for environments running multiple servers. Please make sure the attribute value is unique."),
            ("INFO", "[org.jboss.as.connector.subsystems.datasources] (MSC service thread 1-{small}) WFLYJCA0001: Bound data source [java:jboss/datasources/{svc}DS]"),
            ("INFO", "[org.jboss.as.server] (Thread-{n}) WFLYSRV0220: Server shutdown has been requested via an OS signal"),
            ("INFO", "[org.jboss.as.server.deployment] (MSC service thread 1-{small}) WFLYSRV0028: Stopped deployment {svc}.war (runtime-name: {svc}.war) in {n}ms"),
            ("ERROR", "[org.jboss.as.controller.management-operation] (DeploymentScanner-threads - {small}) WFLYCTL0013: Operation (\"deploy\") failed - address: ([(\"deployment\" => \"{svc}.war\")])"),
            ("INFO", "[org.jboss.as.ejb3.deployment] (MSC service thread 1-{small}) WFLYEJB0473: JNDI bindings for session bean named '{method}Bean' in deployment unit 'deployment \"{svc}.war\"' are as follows:"),
        ],
    },
    Format {
        // Jellyfin's log file (Serilog): the logger's full name, then the message.
        name: "jellyfin",
        header: jellyfin_header,
        events: &[
            ("INF", "Emby.Server.Implementations.ScheduledTasks.TaskManager: \"{Scan Media Library|Refresh People|Clean Transcode Directory|Extract Chapter Images}\" Completed after {small} minute(s) and {n} seconds"),
            ("INF", "Jellyfin.Server.Implementations.Users.UserManager: Authentication request for \"{user}\" has succeeded."),
            ("INF", "Jellyfin.Server.Implementations.Users.UserManager: Authentication request for \"{user}\" has been denied (IP: \"{ip}\")."),
            ("INF", "Emby.Server.Implementations.Session.SessionManager: Playback stopped reported by app \"{Jellyfin Web|Jellyfin Android|Infuse}\" \"{small}.{small2}.{small3}\" playing \"{Episode 3|The Long Night|Track 07}\". Stopped at \"{n}\" ms"),
            ("WRN", "MediaBrowser.Controller.Entities.BaseItem: Unable to find linked item at path /media/{table}/{n}.mkv"),
            ("ERR", "Emby.Server.Implementations.HttpServer.WebSocketConnection: WS \"{ip}\" error receiving data: \"The remote party closed the WebSocket connection without completing the close handshake.\""),
            ("INF", "Emby.Server.Implementations.Library.LibraryManager: Validating media library"),
            ("INF", "MediaBrowser.MediaEncoding.Transcoding.TranscodeManager: Deleting partial stream file(s) \"/var/cache/jellyfin/transcodes/{hex}.m3u8\""),
            ("INF", "Emby.Server.Implementations.ScheduledTasks.TaskManager: Daily trigger for \"{Scan Media Library|Refresh People|Clean Transcode Directory|Extract Chapter Images}\" set to fire at {railstime}, which is {small} minutes from now."),
        ],
    },
    Format {
        // Sonarr (NLog): the time, the level, the logger and the message joined by `|`.
        name: "sonarr",
        header: iso_level_header,
        events: &[
            ("-", "{nlogtime}|Info|RssSyncService|RSS Sync Starting"),
            ("-", "{nlogtime}|Info|RssSyncService|RSS Sync Completed. Reports found: {n}, Reports grabbed: {small}"),
            ("-", "{nlogtime}|Info|DownloadDecisionMaker|Processing {n} releases"),
            ("-", "{nlogtime}|Info|DownloadService|Report sent to qBittorrent from indexer {Nyaa|Torznab|NZBgeek}. {The.Expanse|Severance|Slow.Horses}.S0{small}E{n}.1080p.WEB.h264-{GROUP|NTb|FLUX}"),
            ("-", "{nlogtime}|Warn|DiskSpaceService|Unable to get free space for: /mnt/{table}"),
            ("-", "{nlogtime}|Info|RefreshSeriesService|Updating Info for {The Expanse|Severance|Slow Horses|Andor}"),
            ("-", "{nlogtime}|Info|DiskScanService|Completed scanning disk for {The Expanse|Severance|Slow Horses|Andor}"),
            ("-", "{nlogtime}|Warn|HttpClient|HTTP Error - Res: HTTP/1.1 [GET] https://indexer.example.com/api?t=tvsearch&cat=5030&offset=0&limit=100: 429.TooManyRequests ({n} bytes)"),
            ("-", "{nlogtime}|Info|Database|Vacuuming database"),
        ],
    },
    Format {
        // Samba's log.smbd: each message on its own line, indented under a header line.
        name: "samba",
        header: iso_level_header,
        events: &[
            ("-", "  smbd version 4.17.12-Debian started."),
            ("-", "  Copyright Andrew Tridgell and the Samba Team 1992-2022"),
            ("-", "  check_ntlm_password:  Authentication for user [{user}] -> [{user}] FAILED with error NT_STATUS_WRONG_PASSWORD, authoritative=1"),
            ("-", "  {user} opened file {table}/{n}.xlsx read=Yes write={Yes|No} (numopen={small})"),
            ("-", "  {user} closed file {table}/{n}.xlsx (numopen={small}) NT_STATUS_OK"),
            ("-", "  DESKTOP-{queue} ({ip}) connect to service {home|public|media} initially as user {user} (uid={n}, gid={n2}) (pid {n3})"),
            ("-", "  DESKTOP-{queue} ({ip}) closed connection to service {home|public|media}"),
            ("-", "  daemon_ready: daemon 'smbd' finished starting up and ready to serve connections"),
            ("-", "  exit_server_common: smbd_exit: exit status {small}, reason: {NT_STATUS_CONNECTION_RESET|NT_STATUS_END_OF_FILE}"),
        ],
    },
    Format {
        // MIT Kerberos' KDC: a request, its encryption types, the client and the service.
        name: "krb5kdc",
        header: journal_header,
        events: &[
            ("krb5kdc", "AS_REQ ({small} etypes {18 17 20 19 16 23}) {ip}: ISSUE: authtime {n}, etypes {rep=18 tkt=18 ses=18}, {user}@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM"),
            ("krb5kdc", "TGS_REQ ({small} etypes {18 17}) {ip}: ISSUE: authtime {n}, etypes {rep=18 tkt=18 ses=18}, {user}@EXAMPLE.COM for host/{host}@EXAMPLE.COM"),
            ("krb5kdc", "AS_REQ ({small} etypes {18 17 20 19 16 23}) {ip}: NEEDED_PREAUTH: {user}@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM, Additional pre-authentication required"),
            ("krb5kdc", "AS_REQ ({small} etypes {18 17 20 19 16 23}) {ip}: CLIENT_NOT_FOUND: {user}@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM, Client not found in Kerberos database"),
            ("krb5kdc", "preauth (encrypted_timestamp) verify failure: Preauthentication failed"),
            ("krb5kdc", "TGS_REQ ({small} etypes {18 17}) {ip}: LOOKING_UP_SERVER: authtime 0,  {user}@EXAMPLE.COM for HTTP/{host}@EXAMPLE.COM, Server not found in Kerberos database"),
            ("krb5kdc", "closing down fd {small}"),
        ],
    },
    Format {
        // Apache Solr: a request's handler, parameters, hits and time.
        name: "solr",
        header: solr_header,
        events: &[
            ("INFO", "o.a.s.c.S.Request webapp=/solr path=/select params={q=*:*&rows={small}&wt=json} hits={n} status=0 QTime={small2}"),
            ("INFO", "o.a.s.u.p.LogUpdateProcessorFactory webapp=/solr path=/update params={wt=javabin&version=2}{add=[{n} (17{n2})]} 0 {small}"),
            ("INFO", "o.a.s.u.DirectUpdateHandler2 start commit{_version_=17{n},optimize=false,openSearcher=true,waitSearcher=true,expungeDeletes=false,softCommit=false,prepareCommit=false}"),
            ("INFO", "o.a.s.u.DirectUpdateHandler2 end_commit_flush"),
            ("INFO", "o.a.s.s.SolrIndexSearcher Opening [Searcher@{hex}[{table}_shard1_replica_n1] main]"),
            ("WARN", "o.a.s.c.SolrCore PERFORMANCE WARNING: Overlapping onDeckSearchers={small}"),
            ("ERROR", "o.a.s.h.RequestHandlerBase org.apache.solr.common.SolrException: undefined field {user}_s"),
        ],
    },
    Format {
        // OpenWrt's `logread`: dropbear, netifd and the firewall.
        name: "openwrt",
        header: openwrt_header,
        events: &[
            ("authpriv.info", "dropbear[{n}]: Child connection from {ipport}"),
            ("authpriv.notice", "dropbear[{n}]: Password auth succeeded for 'root' from {ipport}"),
            ("authpriv.warn", "dropbear[{n}]: Bad password attempt for 'root' from {ipport}"),
            ("authpriv.info", "dropbear[{n}]: Exit (root) from <{ipport}>: Disconnect received"),
            ("daemon.notice", "netifd: Interface '{wan|lan|wwan}' is now up"),
            ("daemon.notice", "netifd: Interface '{wan|lan|wwan}' has lost the connection"),
            ("daemon.notice", "netifd: {wan|wwan} ({n}): udhcpc: sending renew to {ip}"),
            ("user.notice", "firewall: Reloading firewall due to ifup of {wan|lan|wwan} ({pppoe-wan|br-lan|phy0-sta0})"),
        ],
    },
    Format {
        // ESXi's hostd: an opID and a sub-system in the Originator's brackets.
        name: "esxi",
        header: esxi_header,
        events: &[
            ("info", "[Originator@6876 sub=Vimsvc.TaskManager opID={hex}-{n} user=vpxuser] Task Created : haTask-{small}-vim.VirtualMachine.{powerOn|createSnapshot|reconfigure}-{n2}"),
            ("info", "[Originator@6876 sub=Vimsvc.TaskManager opID={hex}-{n} user=vpxuser] Task Completed : haTask-{small}-vim.VirtualMachine.{powerOn|createSnapshot|reconfigure}-{n2} Status success"),
            ("info", "[Originator@6876 sub=Vmsvc.vm:/vmfs/volumes/{hex}-{hex2}/{svc}-vm/{svc}-vm.vmx opID={hex3}-{n}] State Transition (VM_STATE_OFF -> VM_STATE_POWERING_ON)"),
            ("warning", "[Originator@6876 sub=Default] Failed to get storage info for datastore {svc}-ds: Not connected"),
            ("error", "[Originator@6876 sub=SoapAdapter.HTTPService] HttpRequest not processed: Connection reset by peer"),
            ("info", "[Originator@6876 sub=Solo.Vmomi opID={hex}-{n} user=root] Activation finished; <<{n2}, <TCP '127.0.0.1 : 8307'>, <TCP '127.0.0.1 : {port}'>>>"),
        ],
    },
    Format {
        // NATS: a client's address and connection ID before what happened to it.
        name: "nats",
        header: nats_header,
        events: &[
            ("INF", "Starting nats-server"),
            ("INF", "Listening for client connections on 0.0.0.0:4222"),
            ("INF", "Server is ready"),
            ("ERR", "{ipport} - cid:{n} - \"v1.37.0\" - Slow Consumer Detected: WriteDeadline of 10s exceeded with {small} chunks of {n2} total bytes."),
            ("INF", "{ipport} - rid:{n} - Route connection created"),
            ("ERR", "{ipport} - cid:{n} - authentication error - User \"{user}\""),
            ("WRN", "{ipport} - cid:{n} - \"v1.37.0\" - Readloop processing time: {dur}"),
            ("INF", "JetStream cluster new stream leader for '$G > {ORDERS|PAYMENTS|EVENTS}'"),
        ],
    },
    Format {
        // InfluxDB 1.x: logfmt with a quoted message and trace fields.
        name: "influxdb",
        header: influxdb_header,
        events: &[
            ("info", "msg=\"Executing query\" log_id=0{queue} service=query query=\"SELECT mean(usage) FROM {table} WHERE time > now() - {small}h GROUP BY time(1m)\""),
            ("info", "msg=\"Compacted file\" log_id=0{queue} service=storage-engine engine=tsm1 tsm1_level={small} tsm1_strategy=level trace_id=0{queue2} op_name=tsm1_compact_group tsm1_index={small2} tsm1_file=/var/lib/influxdb/data/telegraf/autogen/{n}/00000{n2}-00000000{small}.tsm"),
            ("info", "msg=\"Write failed\" log_id=0{queue} service=write shard={n} error=\"partial write: field type conflict: input field \\\"value\\\" on measurement \\\"{table}\\\" is type float, already exists as type integer dropped={small}\""),
            ("info", "msg=\"Retention policy shard deletion check commenced\" log_id=0{queue} service=retention trace_id=0{queue2} op_name=retention_delete_check op_event=start"),
            ("info", "msg=\"Retention policy deletion check (end)\" log_id=0{queue} service=retention trace_id=0{queue2} op_name=retention_delete_check op_event=end op_elapsed={float}ms"),
            ("error", "msg=\"Failed to open shard\" log_id=0{queue} service=store trace_id=0{queue2} op_name=tsdb_open db_shard_id={n} error=\"[shard {n}] error opening memory map for file /var/lib/influxdb/data/telegraf/autogen/{n}/000000001-000000001.tsm: init: read tombstones: EOF\""),
        ],
    },
    Format {
        // GitLab Runner under systemd: logrus's text, the message padded before its fields.
        name: "gitlab_runner",
        header: journal_header,
        events: &[
            ("gitlab-runner", "Checking for jobs... received                         job={n} repo_url=https://gitlab.example.com/{svc}/{svc2}.git runner={hex}"),
            ("gitlab-runner", "Job succeeded                                       duration_s={float} job={n} project={small} runner={hex}"),
            ("gitlab-runner", "Appending trace to coordinator...ok                 code=202 job={n} job-log=0-{n2} job-status=running runner={hex} sent-log=0-{n2} status=202 Accepted update-interval=3s"),
            ("gitlab-runner", "Submitting job to coordinator...ok                  bytesize={n} code=200 job={n2} job-status=success runner={hex} update-interval=0s"),
            ("gitlab-runner", "Configuration loaded                                builds=0 max_builds={small}"),
            ("gitlab-runner", "WARNING: Job failed: exit code 1                    duration_s={float} job={n} project={small} runner={hex}"),
            ("gitlab-runner", "ERROR: Checking for jobs... forbidden                runner={hex} status=POST https://gitlab.example.com/api/v4/jobs/request: 403 Forbidden"),
        ],
    },
    Format {
        // Ray: the source file and line, `--`, the message.
        name: "ray",
        header: ray_header,
        events: &[
            ("INFO", "worker.py:1642 -- Connecting to existing Ray cluster at address: {ip}:6379..."),
            ("INFO", "worker.py:1816 -- Connected to Ray cluster. View the dashboard at http://{ip}:8265 "),
            ("INFO", "tune.py:1009 -- Total run time: {float} seconds ({float2} seconds for the tuning loop)."),
            ("ERROR", "tune_controller.py:1331 -- Trial task failed for trial train_fn_{hex}_{small}"),
            ("WARNING", "util.py:244 -- The `process_trial_result` operation took {float} s, which may be a performance bottleneck."),
            ("INFO", "trainable.py:161 -- Trainable.setup took {float} seconds. If your trainable is slow to initialize, consider setting reuse_actors=True to reduce actor creation overheads."),
            ("INFO", "experiment_state.py:{n} -- Wrote the latest version of all result files and experiment state to '/tmp/ray_results/train_fn_2026-11-{small}' in {float}s."),
        ],
    },
    Format {
        // Keras' `fit`: epochs, progress bars with metrics, and callbacks' messages.
        name: "keras",
        header: iso_level_header,
        events: &[
            ("-", "Epoch {small}/{small2}"),
            ("-", "{n}/{n} [==============================] - {small}s {small2}ms/step - loss: {float} - accuracy: {float2} - val_loss: {float3} - val_accuracy: {float4}"),
            ("-", "Epoch {small}: val_loss improved from {float} to {float2}, saving model to /tmp/checkpoints/model.keras"),
            ("-", "Epoch {small}: val_loss did not improve from {float}"),
            ("-", "Epoch {small}: early stopping"),
            ("-", "Restoring model weights from the end of the best epoch: {small}."),
            ("-", "Epoch {small}: ReduceLROnPlateau reducing learning rate to {float}."),
        ],
    },
    Format {
        // Helm's `--debug`: Go's log with the source file and line, then `[debug]`.
        name: "helm",
        header: iso_level_header,
        events: &[
            ("-", "install.go:222: [debug] Original chart version: \"\""),
            ("-", "install.go:239: [debug] CHART PATH: /root/.cache/helm/repository/{svc}-{small}.{small2}.0.tgz"),
            ("-", "client.go:142: [debug] creating {small} resource(s)"),
            ("-", "wait.go:48: [debug] beginning wait for {small} resources with timeout of 5m0s"),
            ("-", "ready.go:277: [debug] Deployment is not ready: {ns}/{svc}. 0 out of {small} expected pods are ready"),
            ("-", "upgrade.go:153: [debug] preparing upgrade for {svc}"),
            ("-", "Error: INSTALLATION FAILED: cannot re-use a name that is still in use"),
            ("-", "helm.go:84: [debug] failed pre-install: timed out waiting for the condition"),
        ],
    },
    Format {
        // ActiveMQ Artemis: each message starts with its code (`AMQ221007:`).
        name: "artemis",
        header: iso_level_header,
        events: &[
            ("INFO", "[org.apache.activemq.artemis.core.server] AMQ221007: Server is now live"),
            ("INFO", "[org.apache.activemq.artemis.core.server] AMQ221020: Started EPOLL Acceptor at 0.0.0.0:{61616|5672|1883} for protocols [CORE,MQTT,AMQP,STOMP,HORNETQ,OPENWIRE]"),
            ("INFO", "[org.apache.activemq.artemis.core.server] AMQ221080: Deploying address {orders|payments|DLQ|ExpiryQueue} supporting [ANYCAST]"),
            ("INFO", "[org.apache.activemq.artemis.core.server] AMQ221003: Deploying ANYCAST queue {orders|payments|DLQ|ExpiryQueue} on address {orders|payments|DLQ|ExpiryQueue}"),
            ("WARN", "[org.apache.activemq.artemis.core.server] AMQ222210: Free storage space is at {float}GB of {float2}GB total. Usage rate is {float3}% which is beyond the configured <max-disk-usage>. System will start blocking producers."),
            ("WARN", "[org.apache.activemq.artemis.core.client] AMQ212037: Connection failure to /{ipport} has been detected: AMQ219014: Timed out after waiting 30000 ms for response when sending packet 71 [code=CONNECTION_TIMEDOUT]"),
            ("ERROR", "[org.apache.activemq.artemis.core.server] AMQ224088: Timeout (10 seconds) on acceptor \"artemis\" during protocol handshake with /{ipport} has occurred."),
            ("INFO", "[org.apache.activemq.artemis] AMQ241004: Artemis Console available at http://localhost:8161/console"),
        ],
    },
    Format {
        // Synapse (Matrix): the request's name, the client and the timings of its access log.
        name: "synapse",
        header: synapse_header,
        events: &[
            ("synapse.access.http.8008|465|INFO", "GET-{n} - {ip} - 8008 - {@{user}:example.org} Processed request: {float}sec/0.000sec ({float2}sec, 0.000sec) (0.000sec/{float3}sec/{small}) {n2}B 200 \"GET /_matrix/client/v3/sync?timeout=30000 HTTP/1.1\" \"Element/1.11.{small2}\" [0 dbevts]"),
            ("synapse.federation.sender.per_destination_queue|357|WARNING", "federation_transaction_transmission_loop-{n} - TX [{host}] Failed to send transaction: Failed to send request: TimeoutError: User timeout caused connection failure."),
            ("synapse.storage.background_updates|345|INFO", "background_updates-0 - No more background updates to do. Unscheduling background update task."),
            ("synapse.handlers.device|1025|INFO", "PUT-{n} - Received device list update for {@{user}:example.org}, requiring resync: True. Devices: {hex}, {hex2}"),
            ("synapse.http.matrixfederationclient|736|INFO", "PUT-{n} - {{host}} [{n2}] Got response headers: 200 OK"),
            ("synapse.util.caches.lrucache|154|INFO", "LruCache._expire_old_entries-{n} - Dropped {n2} items from caches"),
        ],
    },
    Format {
        // A Rust program's panic with its backtrace (`RUST_BACKTRACE=1`). In this and the next
        // three, a frame's function is its event, fixed as a logger's name is: frames of one
        // function recur across traces, and which functions a spike's traces pass through is
        // what an answer should show.
        name: "rust_panic",
        header: iso_level_header,
        events: &[
            ("-", "thread '{main|tokio-runtime-worker|actix-rt|worker-3}' panicked at src/{server|handler|store}.rs:{n}:{small}:"),
            ("-", "called `Option::unwrap()` on a `None` value"),
            ("-", "called `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }"),
            ("-", "stack backtrace:"),
            ("-", "  {small}: rust_begin_unwind"),
            ("-", "  {small}: core::panicking::panic_fmt"),
            ("-", "  {small}: shop::server::handle"),
            ("-", "  {small}: tokio::runtime::task::harness::poll_future"),
            ("-", "  {small}: shop::store::Store::open"),
            ("-", "             at /rustc/{hex}/library/{std|core}/src/{panicking|option|result|rt}.rs:{n}:{small}"),
            ("-", "note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace."),
            ("-", "error: process didn't exit successfully: `target/release/{svc}` (exit status: 101)"),
        ],
    },
    Format {
        // A .NET exception's stack trace, an inner exception's after it.
        name: "dotnet_stack",
        header: iso_level_header,
        events: &[
            ("-", "System.InvalidOperationException: Sequence contains no elements"),
            ("-", "   at System.Linq.ThrowHelper.ThrowNoElementsException()"),
            ("-", "   at Shop.Api.Services.{OrderService|PaymentService|CartService}.{GetAsync|ChargeAsync|SaveAsync}(Int32 id) in /src/Shop.Api/Services/{OrderService|PaymentService|CartService}.cs:line {n}"),
            ("-", "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)"),
            ("-", "--- End of stack trace from previous location ---"),
            ("-", "   --- End of inner exception stack trace ---"),
            ("-", "Npgsql.NpgsqlException (0x80004005): Exception while reading from stream"),
            ("-", " ---> System.TimeoutException: Timeout during reading attempt"),
        ],
    },
    Format {
        // A Rails request that failed, and its backtrace.
        name: "ruby_backtrace",
        header: iso_level_header,
        events: &[
            ("-", "Completed 500 Internal Server Error in {n}ms (ActiveRecord: {float}ms | Allocations: {n2})"),
            ("-", "NoMethodError (undefined method `{total|price|name}' for nil):"),
            ("-", "app/models/order.rb:{n}:in `charge'"),
            ("-", "app/services/billing.rb:{n}:in `save'"),
            ("-", "/usr/local/bundle/gems/actionpack-7.1.3/lib/action_controller/metal/basic_implicit_render.rb:{n}:in `send_action'"),
            ("-", "ActionView::Template::Error (undefined local variable or method `{user}' for an instance of #<Class:0x000{hex}>):"),
            ("-", "Started GET \"/orders/{n}\" for {ip} at {railstime}"),
            ("-", "Started POST \"/orders/{n}\" for {ip} at {railstime}"),
        ],
    },
    Format {
        // PHP's uncaught error and its stack trace, as php-fpm's log holds it.
        name: "php_stack",
        header: iso_level_header,
        events: &[
            ("-", "PHP Fatal error:  Uncaught Error: Call to a member function charge() on null in /var/www/html/app/Services/Billing.php:{n}"),
            ("-", "Stack trace:"),
            ("-", "#{small} /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Router.php({n}): Illuminate\\Routing\\Router->dispatch(Object(Illuminate\\Http\\Request))"),
            ("-", "#{small} /var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php({n}): Illuminate\\Pipeline\\Pipeline->then(Object(Closure))"),
            ("-", "#{small} [internal function]: App\\Jobs\\SendInvoice->handle()"),
            ("-", "  thrown in /var/www/html/app/Services/Billing.php on line {n}"),
        ],
    },
    Format {
        // A Java service logging in Chinese (Japanese and Korean too): words without spaces
        // between them, numbers and names glued to them, full-width punctuation.
        name: "logback_cjk",
        header: logback_cjk_header,
        events: &[
            ("INFO", "订单创建成功，订单号：{n}，用户：{cnuser}"),
            ("WARN", "支付失败，订单号：{n}，原因：余额不足"),
            ("INFO", "用户{cnuser}登录成功，IP：{ip}"),
            ("INFO", "缓存命中率：{float}%"),
            ("WARN", "第{small}次重试，等待{n}毫秒"),
            ("INFO", "処理が完了しました（{n}件、{small}秒）"),
            ("ERROR", "사용자 {user} 로그인 실패 {small}회"),
            ("ERROR", "数据库连接失败：连接超时（{n}ms）"),
            ("INFO", "定时任务【{数据同步|报表生成|缓存清理}】执行完成，耗时{n}ms"),
            ("INFO", "收到消息：topic={topic}，partition={small}，offset={n}"),
            ("ERROR", "调用https://api.example.com/v1/orders/{n}失败，状态码{500|502|503}"),
            ("INFO", "文件/data/export/{table}-{n}.csv已上传"),
        ],
    },
    Format {
        // libvirtd's daemon log.
        name: "libvirt",
        header: libvirt_header,
        events: &[
            ("error|virNetSocketReadWire:1806", "End of file while reading data: Input/output error"),
            ("error|qemuMonitorIO:620", "internal error: End of file from qemu monitor"),
            ("warning|qemuDomainObjTaint:6075", "Domain id={small} name='{svc}-vm{small2}' uuid={uuid} is tainted: high-privileges"),
            ("error|virDomainObjListAdd:302", "operation failed: domain '{svc}-vm{small}' already exists with uuid {uuid}"),
            ("info|qemuProcessStop:8133", "Stopping domain '{svc}-vm{small}' (reason: {shutdown|crashed|destroyed})"),
            ("error|virNetDevTapCreate:389", "Unable to create tap device vnet{small}: Device or resource busy"),
            ("warning|virSecurityDACSetOwnership:797", "Unable to set ownership of '/var/lib/libvirt/images/{svc}-vm{small}.qcow2' to 64055:108: Read-only file system"),
        ],
    },
    Format {
        // Proxmox VE's daemons in the journal, with their tasks' IDs.
        name: "proxmox",
        header: journal_header,
        events: &[
            ("pvedaemon", "<root@pam> starting task {upid}"),
            ("pvedaemon", "<root@pam> end task {upid} OK"),
            ("pvedaemon", "worker {n} finished"),
            ("pvedaemon", "worker {n} started"),
            ("pveproxy", "proxy detected vanished client connection"),
            ("pvedaemon", "authentication failure; rhost=::ffff:{ip} user={user}@pam msg=Authentication failure"),
            ("pvestatd", "VM {vmid} qmp command failed - VM {vmid} qmp command 'query-proxmox-support' failed - unable to connect to VM {vmid} qmp socket - timeout after {small} retries"),
            ("pvestatd", "status update time ({float} seconds)"),
            ("pvedaemon", "<root@pam> successful auth for user '{user}@pve'"),
        ],
    },
    Format {
        // Trino's coordinator: tab-separated fields, queries by their IDs.
        name: "trino",
        header: trino_header,
        events: &[
            ("INFO|io.trino.event.QueryMonitor", "TIMELINE: Query {trinoid} :: FINISHED :: elapsed {n}ms :: planning {n2}ms :: waiting 0ms :: scheduling {small}ms :: running {n3}ms :: finishing {small2}ms :: begin {iso} :: end {iso2}"),
            ("INFO|io.trino.event.QueryMonitor", "TIMELINE: Query {trinoid} :: FAILED (EXCEEDED_GLOBAL_MEMORY_LIMIT) :: elapsed {n}ms :: planning {n2}ms :: waiting 0ms :: scheduling {small}ms :: running {n3}ms :: finishing 0ms :: begin {iso} :: end {iso2}"),
            ("WARN|io.trino.execution.SqlTaskManager", "Switching coordinator affinity from {hex}-{hex2} to {hex3}-{hex4}"),
            ("INFO|io.trino.server.PluginManager", "-- Finished loading plugin {hive|iceberg|postgresql|memory} --"),
            ("ERROR|io.trino.execution.StageStateMachine", "Stage {trinoid}.{small} failed"),
            ("INFO|io.trino.memory.ClusterMemoryManager", "Killing query {trinoid} because cluster is out of memory"),
            ("WARN|io.trino.execution.QueryStateMachine", "Query {trinoid} exceeded the maximum planning time limit of 10.00m"),
        ],
    },
    Format {
        // HBase's region server.
        name: "hbase",
        header: hbase_header,
        events: &[
            ("INFO|regionserver.HRegion", "Onlined {hex}{hex2}{hex3}{hex4}; next sequenceid={n}"),
            ("INFO|regionserver.HStore", "Completed compaction of {small} (all) file(s) in {info|d} of {region} into {hex}(size={float} M), total size for store is {float2} M. This selection was in queue for 0sec, and took {small2}sec to execute."),
            ("INFO|regionserver.HRegion", "Finished flush of dataSize ~{float} MB/{n}, heapSize ~{float2} MB/{n2}, currentSize={n3}/{n3} for {hex}{hex2}{hex3}{hex4} in {n4}ms, sequenceid={n5}, compaction requested=true"),
            ("WARN|ipc.RpcServer", "(responseTooSlow): {\"call\":\"Multi(org.apache.hadoop.hbase.shaded.protobuf.generated.ClientProtos$MultiRequest)\",\"starttimems\":\"{epochms}\",\"responsesize\":\"{n}\",\"method\":\"Multi\",\"processingtimems\":{n2},\"client\":\"{ipport}\",\"queuetimems\":0,\"class\":\"HRegionServer\"}"),
            ("INFO|regionserver.HRegionServer", "Post open deploy tasks for {region}"),
            ("WARN|wal.AbstractFSWAL", "Slow sync cost: {n} ms, current pipeline: [DatanodeInfoWithStorage[{ipport},DS-{uuid},DISK]]"),
        ],
    },
    Format {
        // Kafka Connect: the connector and task as a context, the class and line at the end.
        name: "kafka_connect",
        header: kafka_header,
        events: &[
            ("INFO", "[{orders-sink|pg-source|s3-archive}|task-{small}] Committing offsets for {n} acknowledged messages (org.apache.kafka.connect.runtime.WorkerSourceTask:518)"),
            ("INFO", "[{orders-sink|pg-source|s3-archive}|task-{small}] {orders-sink|pg-source|s3-archive}-{small2} Committing offsets asynchronously using sequence number {n}: {{topic}-{small3}=OffsetAndMetadata{offset={n2}, leaderEpoch=null, metadata=''}} (org.apache.kafka.connect.runtime.WorkerSinkTask:352)"),
            ("ERROR", "[{orders-sink|pg-source|s3-archive}|task-{small}] WorkerSinkTask{id={orders-sink|pg-source|s3-archive}-{small}} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:196)"),
            ("INFO", "[Worker clientId=connect-1, groupId=connect-cluster] Rebalance started (org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:228)"),
            ("INFO", "[Worker clientId=connect-1, groupId=connect-cluster] Finished starting connectors and tasks (org.apache.kafka.connect.runtime.distributed.DistributedHerder:1689)"),
            ("WARN", "[{orders-sink|pg-source|s3-archive}|task-{small}] Commit of offsets timed out (org.apache.kafka.connect.runtime.WorkerSourceTask:603)"),
        ],
    },
    Format {
        // Calico's Felix on a Kubernetes node.
        name: "felix",
        header: felix_header,
        events: &[
            ("INFO", "Applying dataplane updates"),
            ("INFO", "Finished applying updates to dataplane. msecToApply={float}"),
            ("INFO", "Reporting endpoint status. dirtyEndpoints=set.Set{}"),
            ("INFO", "Linux interface state changed. ifIndex={n} ifaceName=\"{califace}\" state=\"{up|down}\""),
            ("WARN", "Failed to add route error=Failed to add route to {califace}: file exists ifaceName=\"{califace}\" ipVersion=0x4 tableIndex=254"),
            ("INFO", "Summarising {small} dataplane reconciliation loops over {float}s: avg={small2}ms longest={n}ms (resync-filter-v4,resync-routes-v4)"),
            ("INFO", "Overall health status changed newStatus=&health.HealthReport{Live:true, Ready:{true|false}, Detail:\"\"}"),
        ],
    },
    Format {
        // ModSecurity in Apache's error log: a rule's fields in brackets, quoted.
        name: "modsecurity",
        header: apache_header,
        events: &[
            ("security2:error", "[client {ip}:{port}] [client {ip}] ModSecurity: Warning. Matched phrase \"{sqlmap|nikto|nmap}\" at REQUEST_HEADERS:User-Agent. [file \"/usr/share/modsecurity-crs/rules/REQUEST-913-SCANNER-DETECTION.conf\"] [line \"33\"] [id \"913100\"] [msg \"Found User-Agent associated with security scanner\"] [severity \"CRITICAL\"] [ver \"OWASP_CRS/3.3.4\"] [hostname \"shop.example.com\"] [uri \"/{webfile}\"] [unique_id \"{b64id}\"]"),
            ("security2:error", "[client {ip}:{port}] [client {ip}] ModSecurity: Access denied with code 403 (phase 2). Operator GE matched 5 at TX:anomaly_score. [file \"/usr/share/modsecurity-crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf\"] [line \"81\"] [id \"949110\"] [msg \"Inbound Anomaly Score Exceeded (Total Score: {small})\"] [severity \"CRITICAL\"] [hostname \"shop.example.com\"] [uri \"/{webfile}\"] [unique_id \"{b64id}\"]"),
            ("security2:error", "[client {ip}:{port}] [client {ip}] ModSecurity: Warning. detected SQLi using libinjection with fingerprint '{s&sos|1UE|sUEf}' [file \"/usr/share/modsecurity-crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [line \"46\"] [id \"942100\"] [msg \"SQL Injection Attack Detected via libinjection\"] [severity \"CRITICAL\"] [hostname \"shop.example.com\"] [uri \"/{webfile}\"] [unique_id \"{b64id}\"]"),
            ("security2:notice", "ModSecurity for Apache/2.9.7 (http://www.modsecurity.org/) configured."),
            ("security2:notice", "ModSecurity: PCRE compiled version=\"8.39 \"; loaded version=\"8.39 2016-06-14\""),
        ],
    },
    Format {
        // SpamAssassin's spamd: a scan's result line with the rules it hit.
        name: "spamd",
        header: journal_header,
        events: &[
            ("spamd", "spamd: connection from localhost [127.0.0.1]:{port} to port 783, fd {small}"),
            ("spamd", "spamd: setuid to debian-spamd succeeded"),
            ("spamd", "spamd: processing message <{hex}.{n}@{host}> for debian-spamd:113"),
            ("spamd", "spamd: clean message (-{float}/5.0) for debian-spamd:113 in {float2} seconds, {n} bytes."),
            ("spamd", "spamd: identified spam ({float}/5.0) for debian-spamd:113 in {float2} seconds, {n} bytes."),
            ("spamd", "spamd: result: {.|Y} {small} - {sarules} scantime={float},size={n},user=debian-spamd,uid=113,required_score=5.0,rhost=localhost,raddr=127.0.0.1,rport={port},mid=<{hex}.{n2}@{host}>,autolearn={no|ham|spam}"),
            ("spamd", "prefork: child states: {I|II|BI|IB|III}"),
        ],
    },
    Format {
        // ClamAV's clamd: a ctime, then `->` and the message.
        name: "clamd",
        header: ctime_header,
        events: &[
            ("-", "-> SelfCheck: Database status OK."),
            // One format string for a file and a stream: `%s: %s FOUND`.
            ("-", "-> {scanned}: {signature} FOUND"),
            ("-", "-> Reading databases from /var/lib/clamav"),
            ("-", "-> Database correctly reloaded ({n} signatures)"),
            ("-", "-> SelfCheck: Database modification detected. Forcing reload."),
        ],
    },
    Format {
        // zerolog's console output: a message, then its fields.
        name: "zerolog",
        header: zerolog_header,
        events: &[
            ("INF", "Starting HTTP server addr=:{8080|9090}"),
            ("INF", "request completed duration={dur} method=GET path=/api/orders/{n} request_id={uuid} status=200"),
            ("WRN", "slow query query_ms={n} table={table}"),
            ("ERR", "failed to publish event error=\"context deadline exceeded\" attempt={small} topic={topic}"),
            ("DBG", "cache hit key=user:{n}"),
            ("INF", "worker started worker_id={small}"),
            ("ERR", "upstream unavailable error=\"dial tcp {ipport}: connect: connection refused\" service={svc}"),
        ],
    },
    Format {
        // Django's development server: requests, and what went wrong with some.
        name: "django",
        header: django_header,
        events: &[
            ("I", "\"GET /api/orders/{n}/ HTTP/1.1\" {200|304|404} {n2}"),
            ("I", "\"POST /api/login/ HTTP/1.1\" {302|400} {n}"),
            ("I", "Not Found: /{webfile}"),
            ("I", "Internal Server Error: /api/orders/{n}/"),
            ("I", "Broken pipe from ('{ip}', {port})"),
        ],
    },
    Format {
        // Oracle's alert log: each entry's time on a line of its own.
        name: "oracle_alert",
        header: iso_level_header,
        events: &[
            ("-", "{oratime}"),
            ("-", "Thread 1 advanced to log sequence {n} (LGWR switch)"),
            ("-", "  Current log# {small} seq# {n} mem# 0: /u01/app/oracle/oradata/ORCL/redo0{small}.log"),
            ("-", "ORA-00600: internal error code, arguments: [kcbz_check_objd_typ_3], [0], [0], [1], [], [], [], [], [], [], [], []"),
            ("-", "Errors in file /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/ORCL_ora_{n}.trc:"),
            ("-", "ORA-01555: snapshot too old: rollback segment number {small} with name \"_SYSSMU{small2}_{n}$\" too small"),
            ("-", "Completed checkpoint up to RBA [0x{hex}.2.10], SCN: {n}"),
            ("-", "Archived Log entry {n} added for T-1.S-{n2} ID 0x{hex} LAD:1"),
        ],
    },
    Format {
        // Snort's fast alerts: a rule's ID, message, class and priority, then the flow.
        name: "snort",
        header: iso_level_header,
        events: &[
            ("-", "{snorttime}  [**] [1:2013028:7] ET POLICY curl User-Agent Outbound [**] [Classification: Attempted Information Leak] [Priority: 2] {TCP} {ipport} -> {ipport2}"),
            ("-", "{snorttime}  [**] [1:2001219:20] ET SCAN Potential SSH Scan [**] [Classification: Attempted Information Leak] [Priority: 2] {TCP} {ipport} -> {ip}:22"),
            ("-", "{snorttime}  [**] [1:2402000:6543] ET DROP Dshield Block Listed Source group 1 [**] [Classification: Misc Attack] [Priority: 2] {UDP} {ipport} -> {ipport2}"),
            ("-", "{snorttime}  [**] [1:384:5] PROTOCOL-ICMP PING [**] [Classification: Misc activity] [Priority: 3] {ICMP} {ip} -> {ip2}"),
            ("-", "{snorttime}  [**] [1:2100498:7] GPL ATTACK_RESPONSE id check returned root [**] [Classification: Potentially Bad Traffic] [Priority: 2] {TCP} {ipport} -> {ipport2}"),
        ],
    },
    Format {
        // Cisco IOS: a facility, severity and mnemonic name each event.
        name: "cisco_ios",
        header: cisco_ios_header,
        events: &[
            // A link that went down and one that came up are two events, as Loghub's truth
            // keeps `up` / `down` apart, though IOS names both with one mnemonic.
            ("-", "%LINK-3-UPDOWN: Interface GigabitEthernet0/{small}, changed state to up"),
            ("-", "%LINK-3-UPDOWN: Interface GigabitEthernet0/{small}, changed state to down"),
            ("-", "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/{small}, changed state to up"),
            ("-", "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/{small}, changed state to down"),
            ("-", "%SYS-5-CONFIG_I: Configured from console by {user} on vty{small} ({ip})"),
            ("-", "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: {user}] [Source: {ip}] [localport: 22] at {ciscoclock}"),
            ("-", "%OSPF-5-ADJCHG: Process 1, Nbr {ip} on GigabitEthernet0/{small} from FULL to DOWN, Neighbor Down: Dead timer expired"),
            ("-", "%SSH-5-SSH2_SESSION: SSH2 Session request from {ip} (tty = {small}) using crypto cipher 'aes256-ctr', hmac 'hmac-sha2-256' Succeeded"),
        ],
    },
    Format {
        // pfSense's firewall log: one comma-separated record a packet, its tail by protocol.
        name: "filterlog",
        header: journal_header,
        events: &[
            ("filterlog", "5,,,1000000103,igb0,match,block,in,4,0x0,,{small},{n},0,DF,6,tcp,60,{ip},{ip2},{port},{22|443|3389},0,S,{n2},,64240,,mss;sackOK;TS;nop;wscale"),
            ("filterlog", "77,,,1770009112,igb1,match,pass,out,4,0x0,,{small},{n},0,none,17,udp,{n2},{ip},{ip2},{port},53,{n3}"),
            ("filterlog", "4,,,1000000103,igb0,match,block,in,4,0x0,,{small},{n},0,none,1,icmp,84,{ip},{ip2},request,{n2},{n3}"),
        ],
    },
    Format {
        // FortiGate: a record of fields, quoted where they are text.
        name: "fortigate",
        header: iso_level_header,
        events: &[
            ("-", "date=2026-11-28 time={hms} devname=\"FGT60F\" devid=\"FGT60FTK2109A0B1\" eventtime={epochns} tz=\"+0000\" logid=\"0000000013\" type=\"traffic\" subtype=\"forward\" level=\"notice\" vd=\"root\" srcip={ip} srcport={port} srcintf=\"internal\" dstip={ip2} dstport=443 dstintf=\"wan1\" proto=6 action=\"{close|accept|timeout}\" policyid={small} service=\"HTTPS\" sentbyte={n3} rcvdbyte={n4}"),
            ("-", "date=2026-11-28 time={hms} devname=\"FGT60F\" devid=\"FGT60FTK2109A0B1\" eventtime={epochns} tz=\"+0000\" logid=\"0100032001\" type=\"event\" subtype=\"system\" level=\"information\" vd=\"root\" logdesc=\"Admin login successful\" sn=\"{n3}\" user=\"{user}\" ui=\"https({ip})\" method=\"https\" srcip={ip} dstip={ip2} action=\"login\" status=\"success\" msg=\"Administrator {user} logged in successfully from https({ip})\""),
            ("-", "date=2026-11-28 time={hms} devname=\"FGT60F\" devid=\"FGT60FTK2109A0B1\" eventtime={epochns} tz=\"+0000\" logid=\"0419016384\" type=\"utm\" subtype=\"ips\" eventtype=\"signature\" level=\"alert\" vd=\"root\" severity=\"high\" srcip={ip} dstip={ip2} action=\"dropped\" attack=\"HTTP.URI.SQL.Injection\" attackid=15621 ref=\"http://www.fortinet.com/ids/VID15621\" msg=\"web_misc: HTTP.URI.SQL.Injection,\""),
        ],
    },
    Format {
        // CouchDB: its access log and the replicator's errors.
        name: "couchdb",
        header: couchdb_header,
        events: &[
            ("notice", "{hex} couch1.example.com:5984 {ip} admin GET /{orders|users|sessions}/_all_docs?include_docs=true 200 ok {n}"),
            ("notice", "{hex} couch1.example.com:5984 {ip} admin PUT /{orders|users|sessions}/{uuid} 201 ok {n}"),
            ("error", "-------- Replicator, request GET to \"http://{host}:5984/{orders|users}/_changes?feed=continuous\" failed due to error {conn_failed,{error,econnrefused}}"),
            ("warning", "-------- mem3_sync shards/00000000-7fffffff/{orders|users}.{n} couchdb@{ip} {noproc|timeout}"),
            ("notice", "-------- Starting compaction for db \"shards/80000000-ffffffff/{orders|users}.{n}\" at {n2}"),
        ],
    },
    Format {
        // apt's history: what each run of apt installed and upgraded, as lists of any length.
        name: "apt_history",
        header: iso_level_header,
        events: &[
            ("-", "Start-Date: {aptdate}"),
            ("-", "Install: {aptinstalls}"),
            ("-", "Upgrade: {aptupgrades}"),
            ("-", "End-Date: {aptdate}"),
        ],
    },
    Format {
        // Slurm's controller: jobs submitted, allocated, started by backfill and completed.
        name: "slurmctld",
        header: bracketed_time_header,
        events: &[
            ("x", "_slurm_rpc_submit_batch_job: JobId={n} InitPrio={n2} usec={n3}"),
            ("x", "sched: Allocate JobId={n} NodeList={nodelist} #CPUs={small} Partition={batch|gpu|debug}"),
            ("x", "backfill: Started JobId={n} in {batch|gpu|debug} on {nodelist}"),
            ("x", "_job_complete: JobId={n} WEXITSTATUS {small}"),
            ("x", "_job_complete: JobId={n} done"),
            ("x", "error: Nodes {nodelist} not responding"),
            ("x", "Resending TERMINATE_JOB request JobId={n} Nodelist={nodelist}"),
            ("x", "job_time_limit: Configured JobId={n} TimeLimit={small}:00:00 exceeded"),
        ],
    },
    Format {
        // A desktop's journal: logind sessions, Bluetooth, PipeWire, udev and the shell.
        name: "desktop",
        header: journal_header,
        events: &[
            ("systemd-logind", "New session {n} of user {user}."),
            ("systemd-logind", "Session {n} logged out. Waiting for processes to exit."),
            ("systemd-logind", "Removed session {n}."),
            ("bluetoothd", "src/service.c:btd_service_connect() a2dp-sink profile connect failed for {hwaddr}: Protocol not available"),
            ("bluetoothd", "Endpoint registered: sender=:1.{n} path=/MediaEndpoint/A2DPSource/{sbc|aac|ldac}"),
            ("pipewire", "mod.rt: RTKit error: org.freedesktop.DBus.Error.AccessDenied"),
            ("systemd-udevd", "{sdb|sdc|sdd}: Process '/usr/bin/unshare -m /usr/bin/snap auto-import --mount=/dev/{sdb|sdc|sdd}1' failed with exit code 1."),
            ("gnome-shell", "Window manager warning: Overwriting existing binding of keysym {small} with keysym {small} (keycode {small})."),
            ("gnome-shell", "JS ERROR: TypeError: this._{item|icon|label} is null"),
        ],
    },
    Format {
        // AWS CloudTrail's records, one per line as a trail ships them to a log store.
        name: "cloudtrail",
        header: iso_level_header,
        events: &[
            ("-", "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::123456789012:user/{user}\",\"accountId\":\"123456789012\",\"userName\":\"{user}\"},\"eventTime\":\"{iso}\",\"eventSource\":\"s3.amazonaws.com\",\"eventName\":\"GetObject\",\"awsRegion\":\"eu-west-1\",\"sourceIPAddress\":\"{ip}\",\"requestParameters\":{\"bucketName\":\"{bucket}\",\"key\":\"reports/{n}.csv\"},\"requestID\":\"{queue}\",\"eventID\":\"{uuid}\"}"),
            ("-", "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::123456789012:assumed-role/deploy/{user}\",\"accountId\":\"123456789012\"},\"eventTime\":\"{iso}\",\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\",\"awsRegion\":\"eu-west-1\",\"sourceIPAddress\":\"{ip}\",\"requestParameters\":{\"instanceType\":\"{t3.micro|m5.large|c6g.xlarge}\",\"minCount\":1,\"maxCount\":1},\"requestID\":\"{uuid}\",\"eventID\":\"{uuid2}\"}"),
            ("-", "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::123456789012:user/{user}\",\"accountId\":\"123456789012\",\"userName\":\"{user}\"},\"eventTime\":\"{iso}\",\"eventSource\":\"signin.amazonaws.com\",\"eventName\":\"ConsoleLogin\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"{ip}\",\"errorMessage\":\"Failed authentication\",\"responseElements\":{\"ConsoleLogin\":\"Failure\"},\"eventID\":\"{uuid}\"}"),
            ("-", "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"AWSService\",\"invokedBy\":\"lambda.amazonaws.com\"},\"eventTime\":\"{iso}\",\"eventSource\":\"sts.amazonaws.com\",\"eventName\":\"AssumeRole\",\"awsRegion\":\"eu-west-1\",\"sourceIPAddress\":\"lambda.amazonaws.com\",\"requestParameters\":{\"roleArn\":\"arn:aws:iam::123456789012:role/{svc}-lambda\",\"roleSessionName\":\"{svc}-{n}\"},\"eventID\":\"{uuid}\"}"),
        ],
    },
    Format {
        // Palo Alto's traffic, threat and system logs, as CSV records after a syslog header.
        name: "paloalto",
        header: paloalto_header,
        events: &[
            ("x", "1,2026/11/28 {hms},012801012345,TRAFFIC,end,2561,2026/11/28 {hms},{ip},{ip2},0.0.0.0,0.0.0.0,allow-web,,{user},{ssl|web-browsing|dns},vsys1,trust,untrust,ethernet1/2,ethernet1/1,default,2026/11/28 {hms},{n},1,{port},443,0,0,0x400019,tcp,allow,{n2},{n3},{n4},{small},2026/11/28 {hms},{small},any,0,{n5},0x0,10.0.0.0-10.255.255.255,United States,0,{small},{small},tcp-fin"),
            ("x", "1,2026/11/28 {hms},012801012345,THREAT,url,2561,2026/11/28 {hms},{ip},{ip2},0.0.0.0,0.0.0.0,allow-web,,{user},web-browsing,vsys1,trust,untrust,ethernet1/2,ethernet1/1,default,2026/11/28 {hms},{n},1,{port},80,0,0,0x208000,tcp,alert,\"{host}/{webfile}\",(9999),{business-systems|news|social-networking},informational,client-to-server,{n2},0x0,10.0.0.0-10.255.255.255,United States,0,text/html"),
            ("x", "1,2026/11/28 {hms},012801012345,SYSTEM,general,0,2026/11/28 {hms},,general,,0,0,general,informational,\"User {user} logged in via Web from {ip} using https\",{n},0x0,0,0,0,0,,PA-3220"),
            ("x", "1,2026/11/28 {hms},012801012345,SYSTEM,auth,0,2026/11/28 {hms},,auth-fail,,0,0,general,medium,\"failed authentication for user '{user}'. Reason: Invalid username/password. From: {ip}.\",{n},0x0,0,0,0,0,,PA-3220"),
        ],
    },
    Format {
        // Juniper's Junos: flow sessions, commits, logins, ARP and BGP.
        name: "junos",
        header: junos_header,
        events: &[
            ("RT_FLOW", "RT_FLOW_SESSION_CREATE: session created {ip}/{port}->{ip2}/443 0x0 junos-https {ip}/{port}->{ip2}/443 0x0 N/A N/A N/A N/A 6 trust-to-untrust trust untrust {n} N/A(N/A) ge-0/0/1.0 UNKNOWN UNKNOWN UNKNOWN N/A N/A -1"),
            ("RT_FLOW", "RT_FLOW_SESSION_CLOSE: session closed TCP FIN: {ip}/{port}->{ip2}/443 0x0 junos-https {ip}/{port}->{ip2}/443 0x0 N/A N/A N/A N/A 6 trust-to-untrust trust untrust {n} {small}({n2}) {small}({n3}) {n4} UNKNOWN UNKNOWN N/A(N/A) ge-0/0/1.0 UNKNOWN N/A N/A -1"),
            ("mgd", "UI_COMMIT: User '{user}' requested 'commit' operation (comment: none)"),
            ("mgd", "UI_CMDLINE_READ_LINE: User '{user}', command 'show {route|interfaces terse|bgp summary}'"),
            ("sshd", "SSHD_LOGIN_FAILED: Login failed for user '{user}' from host '{ip}'"),
            ("/kernel", "KERN_ARP_ADDR_CHANGE: arp info overwritten for {ip} from {hwaddr} to {hwaddr2}"),
            ("rpd", "RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer {ip} (External AS {n}) changed state from {Established|OpenConfirm|Active} to {Idle|Connect} (event {RecvNotify|HoldTime|Stop}) (instance master)"),
        ],
    },
    Format {
        // Gradle's console output: tasks as they run, with and without an outcome (each
        // outcome its own event, as a verdict is), and the end.
        name: "gradle",
        header: iso_level_header,
        events: &[
            ("-", "> Task {gradletask}"),
            ("-", "> Task {gradletask} UP-TO-DATE"),
            ("-", "> Task {gradletask} NO-SOURCE"),
            ("-", "> Task {gradletask} FROM-CACHE"),
            ("-", "BUILD SUCCESSFUL in {small}s"),
            ("-", "{small} actionable tasks: {small} executed, {small} up-to-date"),
            ("-", "{small} tests completed, {small} failed"),
            ("-", "Execution failed for task '{gradletask}'."),
            ("-", "Starting a Gradle Daemon, {small} incompatible and {small} stopped Daemons could not be reused, use --status for details"),
        ],
    },
    Format {
        // NVIDIA's driver in the kernel's ring buffer: Xid errors and the GPUs found.
        name: "nvidia",
        header: kernel_header,
        events: &[
            ("k", "NVRM: Xid (PCI:0000:{pcibus}:00): {13|31|43|79}, pid={n}, name={python3|nvidia-smi|trainer}, Ch {hex}"),
            ("k", "NVRM: GPU at PCI:0000:{pcibus}:00: GPU-{uuid}"),
            ("k", "NVRM: GPU Board Serial Number: {n}{n2}"),
            ("k", "NVRM: Xid (PCI:0000:{pcibus}:00): 79, pid='<unknown>', name=<unknown>, GPU has fallen off the bus."),
            ("k", "nvidia-nvlink: Nvlink Core is being initialized, major device number {small}"),
        ],
    },
    Format {
        // Lustre's client and server messages in the kernel's ring buffer.
        name: "lustre",
        header: kernel_header,
        events: &[
            ("k", "LustreError: 11-0: lustre-OST{ostidx}-osc-ffff{hex}: operation ost_connect to node {ip}@o2ib failed: rc = -{small}"),
            ("k", "Lustre: lustre-MDT0000: Client {uuid} (at {ip}@o2ib) reconnecting"),
            ("k", "LustreError: {n}:0:(ldlm_lockd.c:256:expired_lock_main()) ### lock callback timer expired after {n2}s: evicting client at {ip}@o2ib ns: mdt-lustre-MDT0000_UUID lock: ffff{hex}{hex2}/0x{hex3}{hex4} lrc: 3/0,0 mode: PR/PR"),
            ("k", "Lustre: lustre-OST{ostidx}: Connection restored to {uuid} (at {ip}@o2ib)"),
            ("k", "Lustre: {n}:0:(client.c:2282:ptlrpc_expire_one_request()) @@@ Request sent has timed out for slow reply: [sent {epochs}/real {epochs2}]"),
        ],
    },
    Format {
        // Bazel's console: analysis, the build's summary and a failed action.
        name: "bazel",
        header: level_colon_header,
        events: &[
            ("INFO", "Analyzed target {bazeltarget} ({n} packages loaded, {n2} targets configured)."),
            ("INFO", "Found 1 target..."),
            ("INFO", "Elapsed time: {float}s, Critical Path: {float2}s"),
            ("INFO", "{n} processes: {n2} internal, {n3} linux-sandbox."),
            ("INFO", "Build completed successfully, {n} total actions"),
            ("ERROR", "/home/{user}/src/{bazeltarget}/BUILD:{small}:10: Compiling src/{main|util|server}.cc failed: (Exit 1): gcc failed: error executing command /usr/bin/gcc -U_FORTIFY_SOURCE -fstack-protector -Wall"),
            ("WARNING", "Download from https://mirror.bazel.build/github.com/{user}/rules_go/archive/v0.{small}.0.tar.gz failed: class java.io.FileNotFoundException GET returned 404 Not Found"),
        ],
    },
    Format {
        // Telegraf: plugins' errors, the agent's notices and outputs' batches.
        name: "telegraf",
        header: telegraf_header,
        events: &[
            ("E", "[inputs.mysql] Error in plugin: dial tcp {ip}:3306: connect: connection refused"),
            ("I", "[agent] Hang on, flushing any cached metrics before shutdown"),
            ("W", "[outputs.influxdb] When writing to [http://{host}:8086]: received error partial write: field type conflict: input field \"value\" on measurement \"cpu\" is type float, already exists as type integer dropped={small}; discarding points"),
            ("D", "[outputs.prometheus_client] Wrote batch of {n} metrics in {dur}"),
            ("D", "[outputs.influxdb] Buffer fullness: {n} / 10000 metrics"),
            ("I", "Loaded inputs: cpu disk diskio mem net system"),
            ("E", "[inputs.http_response] Error in plugin: Get \"https://{host}/healthz\": context deadline exceeded"),
        ],
    },
    Format {
        // Oracle WebLogic's server log: every field in angle brackets.
        name: "weblogic",
        header: iso_level_header,
        events: &[
            ("-", "####<{wltime}> <Error> <HTTP> <wls{small}> <AdminServer> <[ACTIVE] ExecuteThread: '{small}' for queue: 'weblogic.kernel.Default (self-tuning)'> <<WLS Kernel>> <> <{uuid}-{hex}> <{epochms}> <[severity-value: 8] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <BEA-101020> <[ServletContext@{n}[app:console module:console path:null spec-version:3.1]] Servlet failed with an Exception>"),
            ("-", "####<{wltime}> <Info> <Health> <wls{small}> <AdminServer> <weblogic.GCMonitor> <<anonymous>> <> <{uuid}-{hex}> <{epochms}> <[severity-value: 64] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <BEA-310002> <{small}% of the total memory in the server is free.>"),
            ("-", "####<{wltime}> <Notice> <WebLogicServer> <wls{small}> <ManagedServer_{small}> <main> <<WLS Kernel>> <> <{uuid}-{hex}> <{epochms}> <[severity-value: 32] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <BEA-000365> <Server state changed to RUNNING.>"),
            ("-", "####<{wltime}> <Warning> <JDBC> <wls{small}> <ManagedServer_{small}> <[ACTIVE] ExecuteThread: '{small}' for queue: 'weblogic.kernel.Default (self-tuning)'> <<anonymous>> <> <{uuid}-{hex}> <{epochms}> <[severity-value: 16] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <BEA-001129> <Received exception while creating connection for pool \"{orders|users}DS\": IO Error: The Network Adapter could not establish the connection>"),
        ],
    },
    Format {
        // IBM WebSphere's SystemOut.log.
        name: "websphere",
        header: websphere_header,
        events: &[
            ("SystemOut O", "Order {n} placed by {user}"),
            ("WSVR0001I I", "WSVR0001I: Server {server1|member1} open for e-business"),
            ("SRVE0242I I", "SRVE0242I: [{shop|admin}] [/{shop|admin}] [{OrderServlet|LoginServlet}]: Initialization successful."),
            ("J2CA0045E E", "J2CA0045E: Connection not available while invoking method createOrWaitForConnection for resource jdbc/{orders|users}DS."),
            ("HMGR0152W W", "HMGR0152W: CPU Starvation detected. Current thread scheduling delay is {small} seconds."),
            ("SystemErr R", "java.sql.SQLException: ORA-{n}: TNS:connection closed"),
        ],
    },
    Format {
        // An application's domain events as JSON, each named by a dotted event name (as
        // Segment, Stripe's webhooks and event-sourced services name them), or one call's
        // name with a colon in it.
        name: "domain_events",
        header: iso_level_header,
        events: &[
            ("-", r#"{"ts":"{iso}","level":"info","event":"user.created","user_id":{n},"plan":"{free|pro|team}"}"#),
            ("-", r#"{"ts":"{iso}","level":"info","event":"user.deleted","user_id":{n}}"#),
            ("-", r#"{"ts":"{iso}","level":"info","event":"user.suspended","user_id":{n}}"#),
            ("-", r#"{"ts":"{iso}","level":"info","event":"session.expired","user_id":{n}}"#),
            ("-", r#"{"ts":"{iso}","level":"info","event":"order.paid","order_id":{n},"amount":{float}}"#),
            ("-", r#"{"ts":"{iso}","level":"warn","event":"payment.failed","order_id":{n},"reason":"{card_declined|insufficient_funds|expired_card}"}"#),
            ("-", r#"{"ts":"{iso}","level":"info","event":"invoice.sent","invoice":"in_{key}","to":"{email}"}"#),
            ("-", r#"{"ts":"{iso}","level":"error","msg":"db::pool::acquire","waited_ms":{n}}"#),
            ("-", r#"{"ts":"{iso}","level":"info","msg":"http::server::listen","addr":"{ipport}"}"#),
        ],
    },
    Format {
        // Python's logging of a dict (`logger.info(event)`): its repr, in single quotes, each
        // record named by its `event` key.
        name: "python_dict",
        header: python_header,
        events: &[
            ("INFO", "{'event': 'task.started', 'task_id': '{uuid}', 'queue': '{default|mailers|low}'}"),
            ("INFO", "{'event': 'task.succeeded', 'task_id': '{uuid}', 'runtime': {float}}"),
            ("WARNING", "{'event': 'task.retried', 'task_id': '{uuid}', 'attempt': {small}}"),
            ("ERROR", "{'event': 'task.failed', 'task_id': '{uuid}', 'exc': 'TimeoutError'}"),
            ("INFO", "{'event': 'worker.online', 'hostname': 'celery@{host}'}"),
            ("INFO", "{'event': 'worker.heartbeat', 'hostname': 'celery@{host}'}"),
        ],
    },
    Format {
        // AWS Lambda's CloudWatch lines: a request's start, end and report (the first of a
        // container also reports its init), and the function's own lines.
        name: "aws_lambda",
        header: iso_level_header,
        events: &[
            ("-", "START RequestId: {uuid} Version: $LATEST"),
            ("-", "END RequestId: {uuid}"),
            ("-", "REPORT RequestId: {uuid}\tDuration: {float} ms\tBilled Duration: {n} ms\tMemory Size: 128 MB\tMax Memory Used: {small}{small} MB\t"),
            ("-", "REPORT RequestId: {uuid}\tDuration: {float} ms\tBilled Duration: {n} ms\tMemory Size: 128 MB\tMax Memory Used: {small}{small} MB\tInit Duration: {float2} ms\t"),
            ("-", "{iso}\t{uuid}\tINFO\tprocessing order {n} for {email}"),
            ("-", "{iso}\t{uuid}\tERROR\tInvoke Error \t{\"errorType\":\"TimeoutError\",\"errorMessage\":\"Task timed out after {small}.00 seconds\"}"),
        ],
    },
    Format {
        // Heroku's router: one logfmt line per request, and its errors by code.
        name: "heroku_router",
        header: iso_level_header,
        events: &[
            ("-", "heroku[router]: at=info method={GET|POST} path=\"{path}\" host=shop.herokuapp.com request_id={uuid} fwd=\"{ip}\" dyno=web.{small} connect={small}ms service={n}ms status=200 bytes={n2} protocol=https"),
            ("-", "heroku[router]: at=error code=H12 desc=\"Request timeout\" method=GET path=\"{path}\" host=shop.herokuapp.com request_id={uuid} fwd=\"{ip}\" dyno=web.{small} connect={small}ms service=30000ms status=503 bytes=0 protocol=https"),
            ("-", "heroku[web.{small}]: State changed from starting to up"),
            ("-", "heroku[web.{small}]: Process exited with status {small}"),
            ("-", "app[web.{small}]: Completed 200 OK in {n}ms (Views: {float} | ActiveRecord: {float2} | Allocations: {n2})"),
        ],
    },
    Format {
        // Chef Infra Client: resources processed, changed and failed.
        name: "chef",
        header: bracketed_time_header,
        events: &[
            ("x", "INFO: Processing package[{curl|nginx|htop}] action install (base::default line {small})"),
            ("x", "INFO: Processing template[/etc/nginx/sites-enabled/{svc}.conf] action create (nginx::site line {small})"),
            ("x", "INFO: template[/etc/nginx/sites-enabled/{svc}.conf] updated file contents /etc/nginx/sites-enabled/{svc}.conf"),
            ("x", "INFO: Chef Infra Client Run complete in {float} seconds"),
            ("x", "ERROR: Running exception handlers"),
            ("x", "FATAL: Chef::Exceptions::ChildConvergeError: Chef run process exited unsuccessfully (exit code 1)"),
        ],
    },
    Format {
        // ingress-nginx's access log: the combined format, then the request's length, time,
        // upstream and its figures.
        name: "nginx_ingress",
        header: iso_level_header,
        events: &[
            ("-", "{ip} - - [28/Nov/2026:{hms} +0000] \"GET {path} HTTP/1.1\" 200 {n} \"-\" \"curl/8.5.0\" {n2} 0.00{small} [{ns}-{svc}-80] [] {ip2}:8080 {n} 0.00{small} 200 {hex}{hex2}"),
            ("-", "{ip} - - [28/Nov/2026:{hms} +0000] \"POST {path} HTTP/2.0\" 502 150 \"https://shop.example.com/\" \"Mozilla/5.0 (X11; Linux x86_64)\" {n2} 0.0{small} [{ns}-{svc}-80] [] {ip2}:8080 0 0.0{small} 502 {hex}{hex2}"),
            ("-", "Error obtaining Endpoints for Service \"{ns}/{svc}\": no object matching key \"{ns}/{svc}\" in local store"),
            ("-", "Configuration changes detected, backend reload required"),
        ],
    },
    Format {
        // PM2's merged logs: each line behind the process's ID and name.
        name: "pm2",
        header: iso_level_header,
        events: &[
            ("-", "{small}|api      | {iso}: GET {path} 200 {float} ms - {n}"),
            ("-", "{small}|api      | {iso}: POST {path} 500 {float} ms - {n}"),
            ("-", "{small}|worker   | {iso}: job {n} done in {dur}"),
            ("-", "{small}|worker   | {iso}: Error: connect ECONNREFUSED {ip}:6379"),
            ("-", "PM2        | App [api:{small}] exited with code [1] via signal [SIGINT]"),
            ("-", "PM2        | App [api:{small}] starting in -fork mode-"),
        ],
    },
    Format {
        // Symfony's Monolog: channel.LEVEL, the message, then its context and extra as JSON.
        name: "monolog",
        header: iso_level_header,
        events: &[
            ("-", "[{iso}] request.INFO: Matched route \"{app_home|app_cart|app_login}\". {\"route\":\"app_home\",\"route_parameters\":{\"_route\":\"app_home\"},\"request_uri\":\"http://localhost{path}\",\"method\":\"GET\"} []"),
            ("-", "[{iso}] security.DEBUG: Checking for authenticator support. {\"firewall_name\":\"main\",\"authenticators\":{small}} []"),
            ("-", "[{iso}] doctrine.DEBUG: SELECT t0.id AS id_1 FROM {table} t0 WHERE t0.id = ? [{n}] []"),
            ("-", "[{iso}] request.CRITICAL: Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: \"An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused\" at /app/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php line {n} {\"exception\":\"[object] (Doctrine\\\\DBAL\\\\Exception\\\\ConnectionException(code: 0))\"} []"),
            ("-", "[{iso}] app.INFO: Order {n} paid by {email} {\"amount\":{float}} []"),
        ],
    },
    Format {
        // Serilog's compact JSON (CLEF): the message template in `@mt`, its values as members.
        name: "serilog_clef",
        header: iso_level_header,
        events: &[
            ("-", "{\"@t\":\"{iso}\",\"@mt\":\"User {UserId} logged in from {Ip}\",\"UserId\":{n},\"Ip\":\"{ip}\",\"SourceContext\":\"Shop.Auth\"}"),
            ("-", "{\"@t\":\"{iso}\",\"@mt\":\"HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms\",\"RequestMethod\":\"GET\",\"RequestPath\":\"{path}\",\"StatusCode\":200,\"Elapsed\":{float}}"),
            ("-", "{\"@t\":\"{iso}\",\"@mt\":\"Order {OrderId} failed\",\"@l\":\"Error\",\"@x\":\"System.TimeoutException: The operation has timed out.\",\"OrderId\":{n}}"),
            ("-", "{\"@t\":\"{iso}\",\"@mt\":\"Cache warmed with {Count} items\",\"Count\":{n}}"),
        ],
    },
    Format {
        // Graylog's GELF over a line: the message in `short_message`, extra fields with `_`.
        name: "gelf",
        header: iso_level_header,
        events: &[
            ("-", "{\"version\":\"1.1\",\"host\":\"{host}\",\"short_message\":\"User login failed\",\"timestamp\":{epochs},\"level\":4,\"_user\":\"{user}\",\"_ip\":\"{ip}\"}"),
            ("-", "{\"version\":\"1.1\",\"host\":\"{host}\",\"short_message\":\"Payment accepted\",\"timestamp\":{epochs},\"level\":6,\"_order\":{n},\"_amount\":{float}}"),
            ("-", "{\"version\":\"1.1\",\"host\":\"{host}\",\"short_message\":\"Disk usage above {small}0%\",\"timestamp\":{epochs},\"level\":4,\"_mount\":\"/var/lib/{svc}\"}"),
            ("-", "{\"version\":\"1.1\",\"host\":\"{host}\",\"short_message\":\"worker::queue::drain\",\"timestamp\":{epochs},\"level\":7}"),
        ],
    },
    Format {
        // The JVM's unified logging (`-Xlog:gc*`): time, level and tags in brackets.
        name: "jvm_unified",
        header: iso_level_header,
        events: &[
            ("-", "[{iso}][info][gc] GC({n}) Pause Young (Normal) (G1 Evacuation Pause) {heap} {float}ms"),
            ("-", "[{iso}][info][gc] GC({n}) Pause Young (Concurrent Start) (G1 Humongous Allocation) {heap} {float}ms"),
            ("-", "[{iso}][info][gc,heap] GC({n}) Eden regions: {small}->0({n2})"),
            ("-", "[{iso}][info][gc,cpu] GC({n}) User=0.0{small}s Sys=0.00s Real=0.0{small}s"),
            ("-", "[{iso}][warning][gc] GC({n}) To-space exhausted"),
            ("-", "[{iso}][info][safepoint] Safepoint \"G1CollectForAllocation\", Time since last: {n} ns, Reaching safepoint: {n2} ns, At safepoint: {n3} ns, Total: {n4} ns"),
        ],
    },
    Format {
        // Prometheus' Alertmanager: go-kit's logfmt, the caller and component before the message.
        name: "alertmanager",
        header: iso_level_header,
        events: &[
            ("-", "ts={iso} caller=dispatch.go:{small}{small} level=info component=dispatcher msg=\"Notify success\" receiver={slack|pagerduty|email} integration={slack|pagerduty|email}[0] attempts={small}"),
            ("-", "ts={iso} caller=notify.go:{small}{small} level=warn component=dispatcher receiver={slack|pagerduty} integration=slack[0] msg=\"Notify attempt failed, will retry later\" attempts={small} err=\"Post \\\"<redacted>\\\": context deadline exceeded\""),
            ("-", "ts={iso} caller=cluster.go:{small}{small} level=info component=cluster msg=\"gossip settled; proceeding\" elapsed={float}s"),
            ("-", "ts={iso} caller=silence.go:{small}{small} level=debug component=silences msg=\"Running maintenance\""),
        ],
    },
    Format {
        // The OpenTelemetry Collector: zap's production console, tab-separated, context as JSON.
        name: "otel_collector",
        header: iso_level_header,
        events: &[
            ("-", "{iso}\tinfo\texporterhelper/retry_sender.go:{small}{small}\tExporting failed. Will retry the request after interval.\t{\"kind\": \"exporter\", \"data_type\": \"{traces|metrics|logs}\", \"name\": \"otlp\", \"error\": \"rpc error: code = Unavailable desc = connection error\", \"interval\": \"{float}s\"}"),
            ("-", "{iso}\tinfo\tservice@v0.{small}{small}.0/service.go:{small}{small}\tEverything is ready. Begin running and processing data."),
            ("-", "{iso}\twarn\tbatchprocessor@v0.{small}{small}.0/batch_processor.go:{small}{small}\tSender failed\t{\"kind\": \"processor\", \"name\": \"batch\", \"pipeline\": \"{traces|metrics|logs}\", \"error\": \"sending queue is full\"}"),
            ("-", "{iso}\terror\tscraperhelper/scrapercontroller.go:{small}{small}\tError scraping metrics\t{\"kind\": \"receiver\", \"name\": \"prometheus\", \"error\": \"Get \\\"http://{ipport}/metrics\\\": dial tcp {ipport}: connect: connection refused\"}"),
        ],
    },
    Format {
        // log4j2's JSON layout: the time as an object of seconds and nanoseconds.
        name: "log4j2_json",
        header: iso_level_header,
        events: &[
            ("-", "{\"instant\":{\"epochSecond\":{epochms},\"nanoOfSecond\":{n}},\"thread\":\"http-nio-8080-exec-{small}\",\"level\":\"INFO\",\"loggerName\":\"com.example.shop.OrderService\",\"message\":\"Order {n2} placed by {user}\",\"endOfBatch\":false,\"loggerFqcn\":\"org.apache.logging.log4j.spi.AbstractLogger\",\"threadId\":{small},\"threadPriority\":5}"),
            ("-", "{\"instant\":{\"epochSecond\":{epochms},\"nanoOfSecond\":{n}},\"thread\":\"main\",\"level\":\"INFO\",\"loggerName\":\"com.example.shop.App\",\"message\":\"Started App in {float} seconds\",\"endOfBatch\":true,\"loggerFqcn\":\"org.apache.logging.log4j.spi.AbstractLogger\",\"threadId\":1,\"threadPriority\":5}"),
            ("-", "{\"instant\":{\"epochSecond\":{epochms},\"nanoOfSecond\":{n}},\"thread\":\"pool-{small}-thread-{small}\",\"level\":\"ERROR\",\"loggerName\":\"com.example.shop.PaymentClient\",\"message\":\"Payment {n2} declined\",\"thrown\":{\"commonElementCount\":0,\"localizedMessage\":\"card declined\",\"message\":\"card declined\",\"name\":\"com.example.shop.PaymentException\"},\"endOfBatch\":false,\"loggerFqcn\":\"org.apache.logging.log4j.spi.AbstractLogger\",\"threadId\":{small},\"threadPriority\":5}"),
        ],
    },
    Format {
        // Elastic Common Schema's JSON: dotted keys.
        name: "ecs_json",
        header: iso_level_header,
        events: &[
            ("-", "{\"@timestamp\":\"{iso}\",\"log.level\":\"info\",\"message\":\"Request completed\",\"ecs.version\":\"1.6.0\",\"service.name\":\"{svc}\",\"event.dataset\":\"{svc}.log\",\"http.response.status_code\":200,\"url.path\":\"{path}\",\"event.duration\":{n}}"),
            ("-", "{\"@timestamp\":\"{iso}\",\"log.level\":\"warn\",\"message\":\"Retrying connection\",\"ecs.version\":\"1.6.0\",\"service.name\":\"{svc}\",\"event.dataset\":\"{svc}.log\",\"destination.address\":\"{ip}\",\"retry.attempt\":{small}}"),
            ("-", "{\"@timestamp\":\"{iso}\",\"log.level\":\"error\",\"message\":\"Connection lost\",\"ecs.version\":\"1.6.0\",\"service.name\":\"{svc}\",\"event.dataset\":\"{svc}.log\",\"error.type\":\"java.net.SocketException\",\"error.message\":\"Connection reset\"}"),
        ],
    },
    Format {
        // `journalctl -o json`: the journal's fields, the message in `MESSAGE`.
        name: "journal_json",
        header: iso_level_header,
        events: &[
            ("-", "{\"__CURSOR\":\"s={hex}{hex2};i={hex3};b={hex4}\",\"__REALTIME_TIMESTAMP\":\"{epochms}000\",\"_PID\":\"{n}\",\"_COMM\":\"sshd\",\"PRIORITY\":\"6\",\"_HOSTNAME\":\"web-1\",\"SYSLOG_IDENTIFIER\":\"sshd\",\"MESSAGE\":\"Accepted publickey for {user} from {ip} port {port} ssh2\"}"),
            ("-", "{\"__CURSOR\":\"s={hex}{hex2};i={hex3};b={hex4}\",\"__REALTIME_TIMESTAMP\":\"{epochms}000\",\"_PID\":\"1\",\"_COMM\":\"systemd\",\"PRIORITY\":\"6\",\"_HOSTNAME\":\"web-1\",\"SYSLOG_IDENTIFIER\":\"systemd\",\"MESSAGE\":\"Started {unit}.\"}"),
            ("-", "{\"__CURSOR\":\"s={hex}{hex2};i={hex3};b={hex4}\",\"__REALTIME_TIMESTAMP\":\"{epochms}000\",\"_PID\":\"{n}\",\"_COMM\":\"kernel\",\"PRIORITY\":\"4\",\"_HOSTNAME\":\"web-1\",\"SYSLOG_IDENTIFIER\":\"kernel\",\"MESSAGE\":\"Out of memory: Killed process {n2} ({python3|java|node})\"}"),
            ("-", "{\"__CURSOR\":\"s={hex}{hex2};i={hex3};b={hex4}\",\"__REALTIME_TIMESTAMP\":\"{epochms}000\",\"_PID\":\"{n}\",\"_COMM\":\"cron\",\"PRIORITY\":\"6\",\"_HOSTNAME\":\"web-1\",\"SYSLOG_IDENTIFIER\":\"CRON\",\"MESSAGE\":\"pam_unix(cron:session): session closed for user root\"}"),
        ],
    },
    Format {
        // Kubernetes' API server audit log: one JSON event per request, each verb and
        // resource its own event.
        name: "k8s_audit",
        header: iso_level_header,
        events: &[
            ("-", "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"{uuid}\",\"stage\":\"ResponseComplete\",\"requestURI\":\"/api/v1/namespaces/{ns}/pods/{pod}\",\"verb\":\"get\",\"user\":{\"username\":\"system:serviceaccount:{ns}:default\"},\"sourceIPs\":[\"{ip}\"],\"userAgent\":\"kubectl/v1.31.0\",\"objectRef\":{\"resource\":\"pods\",\"namespace\":\"{ns}\",\"name\":\"{pod}\"},\"responseStatus\":{\"code\":200},\"requestReceivedTimestamp\":\"{iso}\"}"),
            ("-", "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"{uuid}\",\"stage\":\"ResponseComplete\",\"requestURI\":\"/apis/apps/v1/namespaces/{ns}/deployments/{svc}\",\"verb\":\"patch\",\"user\":{\"username\":\"{user}@example.com\"},\"sourceIPs\":[\"{ip}\"],\"userAgent\":\"argocd-application-controller\",\"objectRef\":{\"resource\":\"deployments\",\"namespace\":\"{ns}\",\"name\":\"{svc}\",\"apiGroup\":\"apps\"},\"responseStatus\":{\"code\":200},\"requestReceivedTimestamp\":\"{iso}\"}"),
            ("-", "{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"auditID\":\"{uuid}\",\"stage\":\"ResponseComplete\",\"requestURI\":\"/api/v1/namespaces/{ns}/secrets/{svc}-tls\",\"verb\":\"get\",\"user\":{\"username\":\"{user}@example.com\"},\"sourceIPs\":[\"{ip}\"],\"userAgent\":\"kubectl/v1.31.0\",\"objectRef\":{\"resource\":\"secrets\",\"namespace\":\"{ns}\",\"name\":\"{svc}-tls\"},\"responseStatus\":{\"metadata\":{},\"status\":\"Failure\",\"reason\":\"Forbidden\",\"code\":403},\"requestReceivedTimestamp\":\"{iso}\"}"),
        ],
    },
    Format {
        // Python's loguru: the level padded to 8 between bars, then where the call was made
        // (module, function and line, fixed per call).
        name: "loguru",
        header: loguru_header,
        events: &[
            ("INFO", "Started worker pid={n} concurrency={small}"),
            ("INFO", "Task {uuid} received from queue '{default|mailers|low}'"),
            ("SUCCESS", "Task {uuid} finished in {float}s"),
            ("WARNING", "Retrying request to {host} (attempt {small}/5)"),
            ("ERROR", "An error has been caught in function 'run', process 'MainProcess' ({n}), thread 'MainThread' ({n2}):"),
            ("DEBUG", "Cache hit for key user:{n}"),
            ("DEBUG", "Cache miss for key user:{n}"),
            ("CRITICAL", "Database {table} is unreachable, giving up"),
        ],
    },
    Format {
        // structlog's console renderer: the level padded in brackets, the event padded to 30
        // columns, then its key=value pairs.
        name: "structlog",
        header: structlog_header,
        events: &[
            ("info", "request finished               method={GET|POST} path={path} status={200|201|204} duration_ms={float}"),
            ("info", "order placed                   order_id={n} user={user} total={float}"),
            ("warning", "payment declined               order_id={n} reason={card_declined|insufficient_funds}"),
            ("error", "upstream timeout               service={svc} timeout_s={small}"),
            ("debug", "cache lookup                   key=session:{hex} hit={True|False}"),
            ("info", "worker started                 pid={n} queue={default|mailers}"),
            ("info", "worker stopped                 pid={n} reason=shutdown"),
        ],
    },
    Format {
        // A Minecraft server's console: a clock in brackets, the thread and level, a colon.
        name: "minecraft",
        header: minecraft_header,
        events: &[
            ("Server thread/INFO", "{user} joined the game"),
            ("Server thread/INFO", "{user} left the game"),
            ("Server thread/INFO", "{user}[/{ipport}] logged in with entity id {n} at ({float}, {float2}, {float3})"),
            ("Server thread/INFO", "{user} lost connection: Disconnected"),
            ("User Authenticator #/INFO", "UUID of player {user} is {uuid}"),
            ("Server thread/WARN", "Can't keep up! Is the server overloaded? Running {n}ms or {small} ticks behind"),
            ("Server thread/INFO", "Saving chunks for level 'ServerLevel[world]'/minecraft:{overworld|the_nether|the_end}"),
            ("Server thread/INFO", "{user} has made the advancement [{Stone Age|Getting an Upgrade|Acquire Hardware|Hot Stuff}]"),
            ("Server thread/INFO", "{user} was slain by {Zombie|Skeleton|Creeper|Spider|Enderman}"),
            ("Server Watchdog/FATAL", "A single server tick took {float} seconds (should be max 0.05)"),
        ],
    },
    Format {
        // Serilog's default console and file output: `[10:00:00 INF]`. Each request method
        // its own event, as Loghub's truth keeps them.
        name: "serilog_text",
        header: serilog_text_header,
        events: &[
            ("INF", "Starting web host"),
            ("INF", "Now listening on: http://[::]:{port}"),
            ("INF", "Hosting environment: {Production|Staging|Development}"),
            ("INF", "HTTP GET {path} responded {200|201|404} in {float} ms"),
            ("INF", "HTTP POST {path} responded {200|201|404} in {float} ms"),
            ("INF", "HTTP PUT {path} responded {200|201|404} in {float} ms"),
            ("WRN", "Slow query on {table} took {n} ms"),
            ("ERR", "Failed to publish message {uuid} to topic {topic}"),
            ("INF", "Executed DbCommand ({n}ms) [Parameters=[@__p_0='{n2}'], CommandType='Text', CommandTimeout='30']"),
            ("FTL", "Host terminated unexpectedly"),
            ("DBG", "Health check {svc} completed after {float}ms with status Healthy"),
        ],
    },
    Format {
        // MikroTik RouterOS to a remote syslog: the time and router, then the message's topics
        // joined by commas.
        name: "mikrotik",
        header: mikrotik_header,
        events: &[
            ("system,info,account", "user {user} logged in from {ip} via {ssh|winbox|web}"),
            ("system,info,account", "user {user} logged out from {ip} via {ssh|winbox|web}"),
            ("system,error,critical", "login failure for user {user} from {ip} via {ssh|winbox|web}"),
            ("dhcp,info", "dhcp1 assigned {ip} to {hwaddr}"),
            ("dhcp,info", "dhcp1 deassigned {ip} from {hwaddr}"),
            ("interface,info", "ether{small} link up (speed 1G, full duplex)"),
            ("interface,info", "ether{small} link down"),
            ("firewall,info", "input: in:ether1 out:(unknown 0), src-mac {hwaddr}, proto TCP (SYN), {ipport}->{ipport2}, len {n}"),
            ("system,info", "address changed by {user}"),
        ],
    },
    Format {
        // F5 BIG-IP's LTM log: syslog with the level before the program, and a message ID
        // and its severity before each daemon's message.
        name: "bigip",
        header: bigip_header,
        events: &[
            ("notice mcpd", "01070638:5: Pool /Common/pool_{web|api|auth} member /Common/{ipport} monitor status down."),
            ("notice mcpd", "01070727:5: Pool /Common/pool_{web|api|auth} member /Common/{ipport} monitor status up."),
            ("err tmm", "01010028:3: No members available for pool /Common/pool_{web|api|auth}"),
            ("warning tmm1", "011e0003:4: Aggressive mode sweeper: /Common/default-eviction-policy ({hex}) (global memory) {n} Connections killed"),
            ("info tmm", "Rule /Common/irule_{log|redirect} <HTTP_REQUEST>: Client {ip} requested {path}"),
            ("err mcpd", "01020036:3: The requested pool (/Common/pool_{n}) was not found."),
            ("notice httpd", "01070417:5: AUDIT - user {user} - RAW: httpd(pam_audit): User={user} tty=(none) host={ip} failures=1 attempts=1 success=0 msg=User=admin tty=(none) host={ip}: authentication failure"),
        ],
    },
    Format {
        // strace's output: one system call a line with its arguments and result, or its error.
        name: "strace",
        header: iso_level_header,
        events: &[
            ("-", "openat(AT_FDCWD, \"{pyfile}\", O_RDONLY|O_CLOEXEC) = {small}"),
            ("-", "openat(AT_FDCWD, \"{pyfile}\", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)"),
            ("-", "read({small}, \"{key}\"..., 4096) = {n}"),
            ("-", "write({small}, \"{key}\", {n}) = {n}"),
            ("-", "close({small}) = 0"),
            ("-", "mmap(NULL, {n}, PROT_READ, MAP_PRIVATE, {small}, 0) = 0x7f{hex}"),
            ("-", "futex(0x7f{hex}, FUTEX_WAIT_PRIVATE, 0, NULL) = -1 EAGAIN (Resource temporarily unavailable)"),
            ("-", "brk(NULL) = 0x5{hex}"),
            ("-", "exit_group(0) = ?"),
            ("-", "+++ exited with 0 +++"),
        ],
    },
    Format {
        // rspamd: the time, the process and its type, a tag, the module and function.
        name: "rspamd",
        header: rspamd_header,
        events: &[
            ("normal", "task; rspamd_task_write_log: id: <{uuid}@example.com>, qid: <{queue}>, ip: {ip}, from: <{email}>, (default: F (no action): [{float}/15.00] [BAYES_HAM,R_SPF_ALLOW]), len: {n}, time: {float2}ms, dns req: {small}"),
            ("normal", "task; rspamd_task_write_log: id: <{uuid}@example.com>, qid: <{queue}>, ip: {ip}, from: <{email}>, (default: T (reject): [{float}/15.00] [BAYES_SPAM,RBL_SPAMHAUS_XBL]), len: {n}, time: {float2}ms, dns req: {small}"),
            ("controller", "csession; rspamd_controller_handle_stat: stat request from {ip}"),
            ("normal", "lua; greylist.lua:364: greylisted until \"{iso}\", new record"),
            ("normal", "proxy; rspamd_milter_process_command: got connection from {ipport}"),
            ("main", "main; rspamd_fork_worker: prepare to fork process normal ({small}); listen on: localhost:11333"),
            ("main", "main; rspamd_main_reload: reloading rspamd configuration"),
        ],
    },
    Format {
        // Falco's JSON alerts: each rule its own event, its output a sentence and the fields
        // in parentheses.
        name: "falco",
        header: iso_level_header,
        events: &[
            ("-", "{\"hostname\":\"{host}\",\"output\":\"{hms}.{n}: Notice A shell was spawned in a container with an attached terminal (user=root shell=bash container_id={hex} image={svc})\",\"priority\":\"Notice\",\"rule\":\"Terminal shell in container\",\"source\":\"syscall\",\"time\":\"{iso}\"}"),
            ("-", "{\"hostname\":\"{host}\",\"output\":\"{hms}.{n}: Warning Sensitive file opened for reading by non-trusted program (user={user} file=/etc/shadow command=cat container_id={hex})\",\"priority\":\"Warning\",\"rule\":\"Read sensitive file untrusted\",\"source\":\"syscall\",\"time\":\"{iso}\"}"),
            ("-", "{\"hostname\":\"{host}\",\"output\":\"{hms}.{n}: Error File below /etc opened for writing (user={user} command=sed file=/etc/{hosts|passwd|resolv.conf} container_id={hex})\",\"priority\":\"Error\",\"rule\":\"Write below etc\",\"source\":\"syscall\",\"time\":\"{iso}\"}"),
            ("-", "{\"hostname\":\"{host}\",\"output\":\"{hms}.{n}: Notice Unexpected connection to K8s API Server from container (command=curl connection={ipport}->{ipport2} container_id={hex})\",\"priority\":\"Notice\",\"rule\":\"Contact K8S API Server From Container\",\"source\":\"syscall\",\"time\":\"{iso}\"}"),
            ("-", "{\"hostname\":\"{host}\",\"output\":\"{hms}.{n}: Informational Privileged container started (user=root command=container:{hex} image={svc})\",\"priority\":\"Informational\",\"rule\":\"Launch Privileged Container\",\"source\":\"syscall\",\"time\":\"{iso}\"}"),
        ],
    },
    Format {
        // UFW's entries in the kernel log: the rule's verdict in brackets, then the packet's
        // fields.
        name: "ufw",
        header: ufw_header,
        events: &[
            ("kernel", "[UFW BLOCK] IN=eth0 OUT= MAC={mac} SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL={small} ID={n2} DF PROTO=TCP SPT={port} DPT={22|3389|5432} WINDOW={n3} RES=0x00 SYN URGP=0"),
            ("kernel", "[UFW BLOCK] IN=eth0 OUT= MAC={mac} SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL={small} ID={n2} PROTO=UDP SPT={port} DPT={53|123|161} LEN={n3}"),
            ("kernel", "[UFW ALLOW] IN= OUT=eth0 SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL=64 ID={n2} DF PROTO=TCP SPT={port} DPT={80|443} WINDOW={n3} RES=0x00 SYN URGP=0"),
            ("kernel", "[UFW AUDIT] IN=eth0 OUT= MAC={mac} SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL={small} ID={n2} PROTO=ICMP TYPE=8 CODE=0 ID={n3} SEQ={small2}"),
            ("kernel", "[UFW LIMIT BLOCK] IN=eth0 OUT= MAC={mac} SRC={ip} DST={ip2} LEN={n} TOS=0x00 PREC=0x00 TTL={small} ID={n2} DF PROTO=TCP SPT={port} DPT=22 WINDOW={n3} RES=0x00 SYN URGP=0"),
        ],
    },
    Format {
        // Bitcoin Core's debug.log: an RFC 3339 time to the second, then the message,
        // mostly key=value fields.
        name: "bitcoind",
        header: seconds_time_header,
        events: &[
            ("tip", "UpdateTip: new best={container} height={n} version=0x20000000 log2_work={float} tx={n2} date='{iso}' progress=1.000000 cache={float2}MiB({n3}txo)"),
            ("peer", "New outbound peer connected: version: 70016, blocks={n}, peer={small} (outbound-full-relay)"),
            ("header", "Saw new header hash={container} height={n}"),
            ("socks", "Socks5() connect to {ip}:8333 failed: general failure"),
            ("rpc", "ThreadRPCServer method={getblockchaininfo|getnetworkinfo|getmempoolinfo} user=__cookie__"),
            ("ibd", "Leaving InitialBlockDownload (latching to false)"),
            ("flush", "FlushStateToDisk: write coins cache to disk ({n} coins, {n2}kB) started"),
            ("flush", "FlushStateToDisk: write coins cache to disk ({n} coins, {n2}kB) completed ({float}s)"),
        ],
    },
    Format {
        // Cisco NX-OS: a time with the year first, the switch, then `%FACILITY-SEVERITY-MNEMONIC:`.
        name: "nxos",
        header: nxos_header,
        events: &[
            ("ETHPORT-5-IF_DOWN_LINK_FAILURE", "Interface Ethernet1/{small} is down (Link failure)"),
            ("ETHPORT-5-IF_UP", "Interface Ethernet1/{small} is up in mode {access|trunk}"),
            ("ETHPORT-5-SPEED", "Interface Ethernet1/{small}, operational speed changed to 10 Gbps"),
            ("VSHD-5-VSHD_SYSLOG_CONFIG_I", "Configured from vty by {user} on {ip}@pts/{small}"),
            ("DAEMON-3-SYSTEM_MSG", "error: PAM: Authentication failure for illegal user {user} from {ip} - dcos_sshd[{n}]"),
            ("BGP-5-ADJCHANGE", "bgp- [{n}] (default) neighbor {ip} Up"),
            ("BGP-5-ADJCHANGE", "bgp- [{n}] (default) neighbor {ip} Down - sent: holdtimer expired error"),
            ("SYSMGR-2-SERVICE_CRASHED", "Service \"{snmpd|ntp|lldp}\" (PID {n}) hasn't caught signal 6 (core will be saved)."),
        ],
    },
    Format {
        // `podman events`: a time to the nanosecond with its zone, the object's type, what
        // happened to it, its ID, then its attributes in parentheses.
        name: "podman_events",
        header: podman_header,
        events: &[
            ("podman", "container create {container} (image=docker.io/library/{nginx|redis|postgres}:latest, name={svc})"),
            ("podman", "container init {container} (image=docker.io/library/{nginx|redis|postgres}:latest, name={svc})"),
            ("podman", "container start {container} (image=docker.io/library/{nginx|redis|postgres}:latest, name={svc})"),
            ("podman", "container died {container} (image=docker.io/library/{nginx|redis|postgres}:latest, name={svc}, containerExitCode={small})"),
            ("podman", "container remove {container} (image=docker.io/library/{nginx|redis|postgres}:latest, name={svc})"),
            ("podman", "image pull {container} docker.io/library/{nginx|redis|postgres}:latest"),
            ("podman", "pod create {hex} (image=, name={svc}-pod)"),
        ],
    },
    Format {
        // Cargo's output: a verb right-aligned to 12 columns, then the crate; warnings,
        // errors and the tests' results.
        name: "cargo",
        header: iso_level_header,
        events: &[
            ("-", "   Compiling {crate} v{semver}"),
            ("-", "    Checking {crate} v{semver}"),
            ("-", "  Downloaded {crate} v{semver}"),
            ("-", "    Finished `{dev|release}` profile [optimized] target(s) in {float}s"),
            ("-", "     Running unittests src/lib.rs (target/debug/deps/{crate}-{hex}{hex2})"),
            ("-", "warning: unused variable: `{count|buf|index|name}`"),
            ("-", "error[E0308]: mismatched types"),
            ("-", "test result: ok. {n} passed; 0 failed; {small} ignored; 0 measured; 0 filtered out; finished in {float}s"),
            ("-", "test {crate}::tests::{method} ... ok"),
        ],
    },
    Format {
        // Windows Defender Firewall's pfirewall.log: W3C fields separated by spaces, `-` for
        // none.
        name: "windows_firewall",
        header: windows_firewall_header,
        events: &[
            ("DROP TCP", "{ip} {ip2} {port} {3389|445|22} {n} S {n2} 0 {n3} - - - RECEIVE"),
            ("DROP UDP", "{ip} {ip2} {port} {137|138|1900} {n} - - - - - - - RECEIVE"),
            ("ALLOW TCP", "{ip} {ip2} {port} {443|80} 0 - - - - - - - SEND"),
            ("ALLOW UDP", "{ip} {ip2} {port} 53 0 - - - - - - - SEND"),
            ("DROP ICMP", "{ip} {ip2} - - {n} - - - - 8 0 - RECEIVE"),
        ],
    },
    Format {
        // Linkerd's proxy (Rust's `tracing`): seconds since start in brackets, the level
        // right-aligned, the thread and the span or module.
        name: "linkerd_proxy",
        header: linkerd_header,
        events: &[
            ("INFO linkerd2_proxy::rt:", "Using single-threaded proxy runtime"),
            ("INFO linkerd2_proxy:", "Admin interface on 0.0.0.0:4191"),
            ("INFO linkerd2_proxy:", "Inbound interface on 0.0.0.0:4143"),
            ("INFO linkerd2_proxy:", "Local identity is {svc}.{ns}.serviceaccount.identity.linkerd.cluster.local"),
            ("WARN inbound:server:rescue:", "linkerd_app_core::errors::respond: HTTP/1.1 request failed error=error trying to connect: Connection refused (os error 111)"),
            ("INFO daemon:identity:", "linkerd_app: Certified identity id={svc}.{ns}.serviceaccount.identity.linkerd.cluster.local"),
            ("WARN outbound:proxy:", "linkerd_reconnect: Failed to connect error=connect timed out after {n}ms"),
        ],
    },
    Format {
        // pip's output: what it collects, downloads and installs.
        name: "pip",
        header: iso_level_header,
        events: &[
            ("-", "Collecting {pypkg}=={semver}"),
            ("-", "  Downloading {pypkg}-{semver}-py3-none-any.whl ({n} kB)"),
            ("-", "  Using cached {pypkg}-{semver}-py3-none-any.whl ({n} kB)"),
            ("-", "Requirement already satisfied: {pypkg} in /usr/lib/python3/dist-packages ({semver})"),
            ("-", "Installing collected packages: {pypkgs}"),
            ("-", "Successfully installed {pypkgversions}"),
            ("-", "ERROR: Could not find a version that satisfies the requirement {pypkg}=={semver} (from versions: none)"),
            ("-", "WARNING: Retrying (Retry(total={small}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError': /simple/{pypkg}/"),
        ],
    },
    Format {
        // A C build: make's directories, the compiler's command lines and diagnostics.
        name: "gcc",
        header: iso_level_header,
        events: &[
            ("-", "{cfile}:{n}:{small}: warning: unused variable '{cvar}' [-Wunused-variable]"),
            ("-", "{cfile}:{n}:{small}: warning: implicit declaration of function '{cfunc}' [-Wimplicit-function-declaration]"),
            ("-", "{cfile}:{n}:{small}: error: '{cvar}' undeclared (first use in this function)"),
            ("-", "{cfile}: In function '{cfunc}':"),
            ("-", "gcc -O2 -Wall -c {cfile} -o build/{cvar}.o"),
            ("-", "make[{small}]: Entering directory '/home/{user}/src/{crate}'"),
            ("-", "make[{small}]: Leaving directory '/home/{user}/src/{crate}'"),
            ("-", "make: *** [Makefile:{n}: all] Error {small}"),
        ],
    },
    Format {
        // BlueZ's bluetoothd: most messages start with the source file and function.
        name: "bluetoothd",
        header: journal_header,
        events: &[
            ("bluetoothd", "src/device.c:device_bonding_failed() status {small}"),
            ("bluetoothd", "profiles/audio/avdtp.c:avdtp_connect_cb() connect to {hwaddr}: Connection refused (111)"),
            ("bluetoothd", "src/service.c:btd_service_connect() a2dp-sink profile connect failed for {hwaddr}: Protocol not available"),
            ("bluetoothd", "Endpoint registered: sender=:1.{n} path=/MediaEndpoint/A2DPSink/sbc"),
            ("bluetoothd", "Endpoint unregistered: sender=:1.{n} path=/MediaEndpoint/A2DPSink/sbc"),
            ("bluetoothd", "Battery Provider Manager created"),
            ("bluetoothd", "src/profile.c:ext_connect() Hands-Free Voice gateway failed connect to {hwaddr}: Input/output error (5)"),
        ],
    },
    Format {
        // GNOME Shell in the journal: JavaScript errors and their stack frames, Mutter's
        // warnings and libinput's.
        name: "gnome_shell",
        header: journal_header,
        events: &[
            ("gnome-shell", "JS ERROR: TypeError: this._{cvar} is null"),
            ("gnome-shell", "{jsfunc}@resource:///org/gnome/shell/ui/{jsfile}:{n}:{small}"),
            ("gnome-shell", "Window manager warning: Overwriting existing binding of keysym {n} with keysym {n2} (keycode {small})."),
            ("gnome-shell", "meta_window_set_stack_position_no_sync: assertion 'window->stack_position >= 0' failed"),
            ("gnome-shell", "libinput error: event{small} - {Logitech USB Receiver|SYNA8004:00 06CB:CD8B Touchpad}: client bug: event processing lagging behind by {n}ms, your system is too slow"),
            ("gnome-shell", "Can't update stage views actor {unnamed [StWidget]|unnamed [MetaWindowActorX11]} is on because it needs an allocation."),
        ],
    },
    Format {
        // Chromium's log: process, thread, date and time, level, and the source file and
        // line that logged, in one bracket.
        name: "chromium",
        header: chromium_header,
        events: &[
            ("ERROR:gpu_init.cc(523)", "Passthrough is not supported, GL is disabled, ANGLE is"),
            ("WARNING:sandbox_linux.cc(430)", "InitializeSandbox() called with multiple threads in process gpu-process."),
            ("ERROR:bus.cc(407)", "Failed to connect to the bus: Could not parse server address: Unknown address type (examples of valid types are \"tcp\" and on UNIX \"unix\")"),
            ("INFO:CONSOLE(1)", "\"Uncaught TypeError: Cannot read properties of undefined (reading '{cvar}')\", source: https://{host}/static/app.js (1)"),
            ("ERROR:ssl_client_socket_impl.cc(878)", "handshake failed; returned -1, SSL error code 1, net_error -202"),
            ("WARNING:dns_config_service_linux.cc(427)", "Failed to read DnsConfig."),
            ("ERROR:object_proxy.cc(576)", "Failed to call method: org.freedesktop.DBus.Properties.Get: object_path= /org/freedesktop/UPower: org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.UPower was not provided by any .service files"),
        ],
    },
    Format {
        // Zigbee2MQTT: its name and the level glued, a time, then what it published or did.
        name: "zigbee2mqtt",
        header: zigbee2mqtt_header,
        events: &[
            ("info", "MQTT publish: topic 'zigbee2mqtt/{room}', payload '{\"temperature\":{float},\"humidity\":{float2},\"linkquality\":{n}}'"),
            ("warn", "Device '0x00158d00{hex}' left the network"),
            ("info", "Successfully interviewed '0x00158d00{hex}', device has successfully been paired"),
            ("error", "Publish 'set' 'state' to '{room}' failed: 'Error: Command 0x00158d00{hex}/1 genOnOff.on({}, {\"timeout\":10000,\"disableResponse\":false}) failed (Delivery failed for '{n}')'"),
            ("info", "Zigbee: allowing new devices to join."),
            ("info", "Zigbee: disabling joining new devices."),
        ],
    },
    Format {
        // Plex Media Server: a time with the month's name, the thread's address, the level.
        name: "plex",
        header: plex_header,
        events: &[
            ("DEBUG", "Request: [{ipport} (Subnet)] GET /library/sections/{small}/all (12 live) Signed-in Token ({user})"),
            ("DEBUG", "Completed: [{ipport}] 200 GET /library/sections/{small}/all (12 live) {n}ms {n2} bytes (pipelined: {small2})"),
            ("INFO", "Library section {small} ({Movies|TV Shows|Music}) scanned in {float} sec"),
            ("WARN", "Transcoder: Cannot find a decoder for stream {small}"),
            ("ERROR", "Failed to find metadata item {n}"),
            ("INFO", "Plex Media Server v1.40.{small}.{n} - ubuntu PC x86_64 - build: linux-x86_64 debian - GMT 00:00"),
        ],
    },
    Format {
        // Google Cloud Logging's structured JSON: the severity, the message, then fields.
        name: "gcp_logging",
        header: iso_level_header,
        events: &[
            ("-", "{\"severity\":\"INFO\",\"message\":\"Request served\",\"httpRequest\":{\"requestMethod\":\"GET\",\"requestUrl\":\"{path}\",\"status\":200,\"latency\":\"{float}s\"},\"logging.googleapis.com/trace\":\"projects/shop-prod/traces/{hex}{hex2}\",\"timestamp\":\"{iso}\"}"),
            ("-", "{\"severity\":\"ERROR\",\"message\":\"Failed to charge card\",\"error\":\"{card_declined|expired_card}\",\"orderId\":\"{n}\",\"timestamp\":\"{iso}\"}"),
            ("-", "{\"severity\":\"WARNING\",\"message\":\"Cache miss\",\"key\":\"user:{n}\",\"timestamp\":\"{iso}\"}"),
            ("-", "{\"severity\":\"INFO\",\"message\":\"Worker started\",\"pid\":{n},\"timestamp\":\"{iso}\"}"),
            ("-", "{\"severity\":\"INFO\",\"message\":\"Worker stopped\",\"pid\":{n},\"timestamp\":\"{iso}\"}"),
            ("-", "{\"severity\":\"DEBUG\",\"message\":\"Query executed\",\"sql\":\"SELECT * FROM {table} WHERE id = $1\",\"durationMs\":{n},\"timestamp\":\"{iso}\"}"),
        ],
    },
    Format {
        // Go's log/slog with its text handler and the caller's source.
        name: "slog",
        header: slog_header,
        events: &[
            ("INFO", "source=/app/server.go:57 msg=\"server started\" addr=:{port}"),
            ("INFO", "source=/app/handler.go:112 msg=\"request handled\" method={GET|POST} path={path} status={200|201} dur={dur}"),
            ("WARN", "source=/app/db.go:88 msg=\"slow query\" table={table} dur={dur}"),
            ("ERROR", "source=/app/worker.go:203 msg=\"job failed\" job={n} err=\"context deadline exceeded\""),
            ("DEBUG", "source=/app/cache.go:31 msg=\"cache hit\" key=user:{n}"),
            ("DEBUG", "source=/app/cache.go:35 msg=\"cache miss\" key=user:{n}"),
            ("INFO", "source=/app/server.go:71 msg=\"shutting down\" signal=terminated"),
        ],
    },
    Format {
        // OpenDKIM: a mail's queue ID, then what was checked or signed.
        name: "opendkim",
        header: journal_header,
        events: &[
            ("opendkim", "{queue}: DKIM-Signature field added (s=default, d=example.com)"),
            ("opendkim", "{queue}: DKIM verification successful"),
            ("opendkim", "{queue}: s={default|mail|google} d={host} SSL error:04091068:rsa routines:int_rsa_verify:bad signature"),
            ("opendkim", "{queue}: no signing table match for '{email}'"),
            ("opendkim", "{queue}: bad signature data"),
            ("opendkim", "OpenDKIM Filter v2.11.0 starting (args: -P /run/opendkim/opendkim.pid -p local:/run/opendkim/opendkim.sock)"),
        ],
    },
    Format {
        // Puma's start-up banner and its workers.
        name: "puma",
        header: iso_level_header,
        events: &[
            ("-", "Puma starting in single mode..."),
            ("-", "* Puma version: 6.4.{small} (ruby 3.2.{small2}-p{n}) (\"The Eagle of Durango\")"),
            ("-", "*  Min threads: {small}"),
            ("-", "*  Max threads: {small}"),
            ("-", "*  Environment: {production|staging}"),
            ("-", "*          PID: {n}"),
            ("-", "* Listening on http://0.0.0.0:{port}"),
            ("-", "Use Ctrl-C to stop"),
            ("-", "- Gracefully stopping, waiting for requests to finish"),
            ("-", "[{n}] - Worker {small} (PID: {n2}) booted in {float}s, phase: 0"),
        ],
    },
    Format {
        // PipeWire and WirePlumber in the journal: a module's name, then its message.
        name: "pipewire",
        header: journal_header,
        events: &[
            ("wireplumber", "spa.bluez5: BlueZ system service is not available"),
            ("pipewire", "mod.rt: RTKit error: org.freedesktop.DBus.Error.AccessDenied"),
            ("pipewire", "pw.node: (alsa_output.pci-0000_00_1f.3.analog-stereo-{n}) graph xrun not-triggered (0 suppressed)"),
            ("pipewire", "spa.alsa: front:0p: snd_pcm_avail after recover: Broken pipe"),
            ("wireplumber", "default: Failed to get percentage from UPower: org.freedesktop.DBus.Error.NameHasNoOwner"),
        ],
    },
    Format {
        // Huawei's VRP: the module, severity and name of each message, its sequence number,
        // then a sentence and its details as `key=value` pairs in brackets.
        name: "huawei_vrp",
        header: huawei_header,
        events: &[
            ("SHELL/5/CMDRECORD(s)", "Recorded command information. (Task=VT{small}, Ip={ip}, VpnName=, User={user}, AuthenticationMethod=\"Local-user\", Command=\"{display current-configuration|display interface brief|save}\")"),
            ("IFNET/4/IF_STATE(l)", "Interface GigabitEthernet0/0/{small} has turned into DOWN state."),
            ("IFNET/4/IF_STATE(l)", "Interface GigabitEthernet0/0/{small} has turned into UP state."),
            ("SSH/5/SSH_USER_LOGIN(s)", "The SSH user succeeded in logging in. (UserName={user}, IPAddress={ip}, VpnInstanceName=_public_)"),
            ("SSH/5/SSH_USER_LOGOUT(s)", "The SSH user logged out. (ServiceType=stelnet, LogoutReason=Client logout, UserName={user}, Tei=0, TransNo=1, IPAddress={ip}, VpnInstanceName=_public_)"),
            ("OSPF/6/NBR_CHANGE_E(l)", "Neighbor changes event: neighbor status changed. (ProcessId={small}, NeighborAddress={ip}, NeighborEvent=KillNbr, NeighborPreviousState=Full, NeighborCurrentState=Down)"),
            ("ARP/4/ARP_DUPLICATE_IPADDR(l)", "Received an ARP packet with a duplicate IP address from the interface. (IpAddress={ip}, InterfaceName=Vlanif{n}, MacAddress={huaweimac})"),
        ],
    },
    Format {
        // Sophos UTM: each record's fields in quotes, `name` saying what happened.
        name: "sophos_utm",
        header: sophos_header,
        events: &[
            ("ulogd", "id=\"2001\" severity=\"info\" sys=\"SecureNet\" sub=\"packetfilter\" name=\"Packet dropped\" action=\"drop\" fwrule=\"60001\" initf=\"eth1\" srcmac=\"{hwaddr}\" srcip=\"{ip}\" dstip=\"{ip2}\" proto=\"6\" length=\"{n}\" srcport=\"{port}\" dstport=\"{22|445|3389}\" tcpflags=\"SYN\""),
            ("ulogd", "id=\"2002\" severity=\"info\" sys=\"SecureNet\" sub=\"packetfilter\" name=\"Packet accepted\" action=\"accept\" fwrule=\"{small}\" initf=\"eth0\" srcip=\"{ip}\" dstip=\"{ip2}\" proto=\"17\" length=\"{n}\" srcport=\"{port}\" dstport=\"53\""),
            ("httpproxy", "id=\"0001\" severity=\"info\" sys=\"SecureWeb\" sub=\"http\" name=\"http access\" action=\"pass\" method=\"GET\" srcip=\"{ip}\" dstip=\"{ip2}\" user=\"{user}\" statuscode=\"200\" url=\"https://{host}{path}\" size=\"{n}\""),
            ("httpproxy", "id=\"0002\" severity=\"info\" sys=\"SecureWeb\" sub=\"http\" name=\"web request blocked\" action=\"block\" method=\"GET\" srcip=\"{ip}\" user=\"{user}\" statuscode=\"403\" url=\"https://{host}{path}\" reason=\"category\""),
            ("confd", "id=\"3100\" severity=\"info\" sys=\"System\" sub=\"confd\" name=\"Configuration changed\" user=\"{user}\" srcip=\"{ip}\""),
            ("afcd", "id=\"2021\" severity=\"info\" sys=\"SecureNet\" sub=\"ips\" name=\"Application control\" app=\"{Dropbox|Skype|Spotify}\" srcip=\"{ip}\""),
        ],
    },
    Format {
        // Windows DNS Server's debug log: a US date and 12-hour clock, the thread, then each
        // packet's fields in columns padded with spaces, the name in DNS's length encoding.
        name: "windows_dns",
        header: windows_dns_header,
        events: &[
            ("PACKET", "{hex}{hex2} UDP Rcv {ip}   {hex4} Q [0001   D   NOERROR] {A|AAAA}      {(3)www(7)example(3)com(0)|(3)api(4)corp(5)local(0)|(4)mail(7)example(3)org(0)}"),
            ("PACKET", "{hex}{hex2} UDP Snd {ip}   {hex4} R Q [8081   DR  NOERROR] {A|AAAA}      {(3)www(7)example(3)com(0)|(3)api(4)corp(5)local(0)|(4)mail(7)example(3)org(0)}"),
            ("PACKET", "{hex}{hex2} UDP Snd {ip}   {hex4} R Q [8385 A DR NXDOMAIN] {A|AAAA}      {(3)www(7)example(3)com(0)|(3)api(4)corp(5)local(0)|(4)mail(7)example(3)org(0)}"),
            ("EVENT", "The DNS server has finished the background loading of zones. All zones are now available for DNS updates and zone transfers, as allowed by their individual zone configuration."),
        ],
    },
    Format {
        // Kibana's JSON log: a record's type, tags that say its level and plugin, a message.
        name: "kibana_json",
        header: iso_level_header,
        events: &[
            ("-", "{\"type\":\"log\",\"@timestamp\":\"{iso}\",\"tags\":[\"info\",\"plugins\",\"reporting\"],\"pid\":{n},\"message\":\"Generating a random key for xpack.reporting.encryptionKey\"}"),
            ("-", "{\"type\":\"response\",\"@timestamp\":\"{iso}\",\"tags\":[],\"pid\":{n},\"method\":\"get\",\"statusCode\":200,\"req\":{\"url\":\"/api/status\",\"method\":\"get\"},\"res\":{\"statusCode\":200,\"responseTime\":{n2}},\"message\":\"GET /api/status 200 {n2}ms - {n3}.0B\"}"),
            ("-", "{\"type\":\"log\",\"@timestamp\":\"{iso}\",\"tags\":[\"warning\",\"plugins\",\"alerting\"],\"pid\":{n},\"message\":\"Alerting rule {uuid} failed: Request timeout\"}"),
            ("-", "{\"type\":\"log\",\"@timestamp\":\"{iso}\",\"tags\":[\"error\",\"elasticsearch-service\"],\"pid\":{n},\"message\":\"Unable to retrieve version information from Elasticsearch nodes. connect ECONNREFUSED {ipport}\"}"),
            ("-", "{\"type\":\"log\",\"@timestamp\":\"{iso}\",\"tags\":[\"info\",\"http\",\"server\",\"Kibana\"],\"pid\":{n},\"message\":\"http server running at http://0.0.0.0:5601\"}"),
        ],
    },
    Format {
        // Wazuh's alerts.log: each alert's lines (its ID and groups, where and when, the rule,
        // its details), each line an event; the rule's number, level and description are
        // values of one, as Wazuh's format string writes them.
        name: "wazuh",
        header: iso_level_header,
        events: &[
            ("-", "** Alert {epochs}: - syslog,sshd,authentication_failed,"),
            ("-", "** Alert {epochs}: mail  - ossec,syscheck,"),
            ("-", "2026 Nov {small} {hms} {host}->/var/log/auth.log"),
            ("-", "Rule: {n} (level {small}) -> '{sshd: authentication failed.|Integrity checksum changed.|Listened ports status (netstat) changed.}'"),
            ("-", "Src IP: {ip}"),
            ("-", "User: {user}"),
            ("-", "File '/etc/{hosts|passwd|resolv.conf}' checksum changed."),
            ("-", "Old md5sum was: '{hex}{hex2}{hex3}{hex4}'"),
            ("-", "New md5sum is : '{hex}{hex2}{hex3}{hex4}'"),
        ],
    },
    Format {
        // osquery's differential results as JSON: the query's name and what happened to a
        // row, with the row's columns.
        name: "osquery",
        header: iso_level_header,
        events: &[
            ("-", "{\"name\":\"pack_incident-response_listening_ports\",\"hostIdentifier\":\"{host}\",\"calendarTime\":\"Sat Nov 28 {hms} 2026 UTC\",\"unixTime\":{n},\"epoch\":0,\"counter\":{small},\"numerics\":false,\"columns\":{\"pid\":\"{n2}\",\"port\":\"{port}\",\"address\":\"0.0.0.0\"},\"action\":\"added\"}"),
            ("-", "{\"name\":\"pack_incident-response_listening_ports\",\"hostIdentifier\":\"{host}\",\"calendarTime\":\"Sat Nov 28 {hms} 2026 UTC\",\"unixTime\":{n},\"epoch\":0,\"counter\":{small},\"numerics\":false,\"columns\":{\"pid\":\"{n2}\",\"port\":\"{port}\",\"address\":\"0.0.0.0\"},\"action\":\"removed\"}"),
            ("-", "{\"name\":\"pack_incident-response_logged_in_users\",\"hostIdentifier\":\"{host}\",\"calendarTime\":\"Sat Nov 28 {hms} 2026 UTC\",\"unixTime\":{n},\"epoch\":0,\"counter\":{small},\"numerics\":false,\"columns\":{\"user\":\"{user}\",\"tty\":\"pts/{small2}\",\"host\":\"{ip}\"},\"action\":\"added\"}"),
            ("-", "{\"name\":\"pack_incident-response_process_events\",\"hostIdentifier\":\"{host}\",\"calendarTime\":\"Sat Nov 28 {hms} 2026 UTC\",\"unixTime\":{n},\"epoch\":0,\"counter\":{small},\"numerics\":false,\"columns\":{\"cmdline\":\"/usr/bin/curl -s https://{host2}{path}\",\"path\":\"/usr/bin/curl\"},\"action\":\"added\"}"),
        ],
    },
    Format {
        // FreeSWITCH: a time to the microsecond, the level in brackets, the source file and
        // line, then the message.
        name: "freeswitch",
        header: freeswitch_header,
        events: &[
            ("NOTICE switch_channel.c:1104", "New Channel sofia/internal/{ext}@{ip} [{uuid}]"),
            ("NOTICE switch_channel.c:3337", "Hangup sofia/internal/{ext}@{ip} [CS_EXECUTE] [NORMAL_CLEARING]"),
            ("WARNING sofia_reg.c:1780", "SIP auth failure (REGISTER) on sofia profile 'internal' for [{ext}@{ip}] from ip {ip2}"),
            ("DEBUG switch_rtp.c:7567", "Correct audio ip/port confirmed."),
            ("INFO switch_ivr_originate.c:3925", "Originate Resulted in Success: [sofia/internal/{ext}@{ip}] Peer UUID: {uuid}"),
            ("ERR mod_dptools.c:2170", "Could not find application [{bridge_x|playback_x}]"),
        ],
    },
    Format {
        // Vagrant's output: each machine's name before its steps, details indented.
        name: "vagrant",
        header: iso_level_header,
        events: &[
            ("-", "==> {default|web|db}: Booting VM..."),
            ("-", "==> {default|web|db}: Waiting for machine to boot. This may take a few minutes..."),
            ("-", "    {default|web|db}: SSH address: 127.0.0.1:{port}"),
            ("-", "    {default|web|db}: SSH username: vagrant"),
            ("-", "==> {default|web|db}: Machine booted and ready!"),
            ("-", "==> {default|web|db}: Mounting shared folders..."),
            ("-", "    {default|web|db}: /vagrant => /home/{user}/src/{crate}"),
            ("-", "==> {default|web|db}: Forwarding ports..."),
            ("-", "    {default|web|db}: {22|80} (guest) => {port} (host) (adapter 1)"),
        ],
    },
    Format {
        // gRPC-Go's logger: the component and channel in brackets; the state a channel
        // changes to is a value, as NetworkManager's is (and gRPC's format string writes it).
        name: "grpc_go",
        header: grpc_header,
        events: &[
            ("INFO", "[core] [Channel #{small}] Channel created"),
            ("INFO", "[core] [Channel #{small}] original dial target is: \"{host}:443\""),
            ("INFO", "[core] [Channel #{small} SubChannel #{small2}] Subchannel Connectivity change to {READY|CONNECTING|IDLE|TRANSIENT_FAILURE}"),
            ("INFO", "[core] [Channel #{small}] Channel Connectivity change to {READY|CONNECTING|IDLE|TRANSIENT_FAILURE}"),
            ("WARNING", "[core] [Channel #{small} SubChannel #{small2}] grpc: addrConn.createTransport failed to connect to {Addr: \"{ipport}\", ServerName: \"{host}\", }. Err: connection error: desc = \"transport: Error while dialing: dial tcp {ipport}: connect: connection refused\""),
        ],
    },
    Format {
        // Hibernate's SQL log: each statement, with its parameters as `?`, its own event.
        name: "hibernate_sql",
        header: iso_level_header,
        events: &[
            ("-", "Hibernate: select u1_0.id,u1_0.email,u1_0.name from users u1_0 where u1_0.id=?"),
            ("-", "Hibernate: insert into orders (created_at,total,user_id,id) values (?,?,?,?)"),
            ("-", "Hibernate: update orders set status=?,updated_at=? where id=?"),
            ("-", "Hibernate: delete from sessions where expires_at<?"),
            ("-", "Hibernate: select next value for orders_seq"),
            ("-", "Hibernate: select o1_0.id,o1_0.total from orders o1_0 where o1_0.user_id=? order by o1_0.created_at desc fetch first ? rows only"),
        ],
    },
    Format {
        // QEMU's log of one guest, as libvirt keeps it: an RFC 3339 time, then the message.
        name: "qemu",
        header: iso_level_header,
        events: &[
            ("-", "{iso} qemu-system-x86_64: terminating on signal 15 from pid {n} (/usr/sbin/libvirtd)"),
            ("-", "{iso} qemu-system-x86_64: warning: host doesn't support requested feature: CPUID.80000001H:ECX.svm [bit 2]"),
            ("-", "{iso} qemu-system-x86_64: -device vfio-pci,host=0000:{pcibus}:00.0,id=hostdev0,bus=pci.0,addr=0x{small}: vfio 0000:{pcibus}:00.0: failed to open /dev/vfio/{small2}: No such file or directory"),
            ("-", "char device redirected to /dev/pts/{small} (label charserial0)"),
            ("-", "{iso} shutting down, reason=shutdown"),
            ("-", "{iso} qemu-system-x86_64: Slirp: external icmpv6 not supported yet"),
        ],
    },
    Format {
        // Linux's software RAID in the kernel's ring buffer: failures and checks of arrays
        // (the kind of check a value, as the kernel's format string writes it).
        name: "mdraid",
        header: kernel_header,
        events: &[
            ("kernel", "md/raid1:md{small}: Disk failure on sd{b|c|d}1, disabling device."),
            ("kernel", "md/raid1:md{small}: Operation continuing on {small2} devices."),
            ("kernel", "md: {recovery|data-check|resync} of RAID array md{small}"),
            ("kernel", "md: md{small}: {recovery|data-check|resync} done."),
            ("kernel", "md/raid:md{small}: device sd{b|c|d}1 operational as raid disk {small2}"),
        ],
    },
    Format {
        // A Jenkins pipeline's console: each step's name after `[Pipeline]` (a value, as
        // Jenkins writes it from one format string), its shell commands traced.
        name: "jenkins_pipeline",
        header: iso_level_header,
        events: &[
            ("-", "[Pipeline] {step}"),
            ("-", "[Pipeline] {{ ({Build|Test|Deploy|Lint})"),
            ("-", "+ make {test|build|lint} -j{small}"),
            ("-", "Running on {host} in /var/lib/jenkins/workspace/{svc}_{branch}"),
            ("-", "Finished: {SUCCESS|FAILURE|UNSTABLE}"),
        ],
    },
    Format {
        // Nix building and fetching store paths, each named by its hash.
        name: "nix",
        header: iso_level_header,
        events: &[
            ("-", "building '/nix/store/{nixhash}-{crate}-{semver}.drv'..."),
            ("-", "copying path '/nix/store/{nixhash}-{crate}-{semver}' from 'https://cache.nixos.org'..."),
            ("-", "these {small} derivations will be built:"),
            ("-", "  /nix/store/{nixhash}-{crate}-{semver}.drv"),
            ("-", "error: builder for '/nix/store/{nixhash}-{crate}-{semver}.drv' failed with exit code {small}"),
            ("-", "warning: Git tree '/home/{user}/src/{crate}' is dirty"),
        ],
    },
    Format {
        // Homebrew's output: its steps after arrows, and a summary of each keg poured.
        name: "homebrew",
        header: iso_level_header,
        events: &[
            ("-", "==> Downloading https://ghcr.io/v2/homebrew/core/{crate}/manifests/{semver}"),
            ("-", "==> Fetching {crate}"),
            ("-", "==> Pouring {crate}--{semver}.arm64_sonoma.bottle.tar.gz"),
            ("-", "🍺  /opt/homebrew/Cellar/{crate}/{semver}: {n} files, {float}MB"),
            ("-", "==> Running `brew cleanup {crate}`..."),
            ("-", "Warning: {crate} {semver} is already installed and up-to-date."),
            ("-", "Error: No available formula with the name \"{crate}x\"."),
        ],
    },
    Format {
        // The classic `docker build`: each step's number and instruction, its layers.
        name: "docker_build",
        header: iso_level_header,
        events: &[
            ("-", "Step {small}/12 : RUN apt-get update && apt-get install -y {packages}"),
            ("-", "Step {small}/12 : COPY . /app"),
            ("-", " ---> Running in {hex}{hex2}"),
            ("-", " ---> {hex}{hex2}"),
            ("-", " ---> Using cache"),
            ("-", "Removing intermediate container {hex}{hex2}"),
            ("-", "Successfully built {hex}{hex2}"),
            ("-", "Successfully tagged {svc}:{latest|v1.2.3|dev}"),
        ],
    },
    Format {
        // FFmpeg's report: its input's streams, and its progress line padded in columns.
        name: "ffmpeg",
        header: iso_level_header,
        events: &[
            ("-", "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from '/media/{crate}/{n}.mp4':"),
            ("-", "  Duration: {hms}.{small}, start: 0.000000, bitrate: {n} kb/s"),
            ("-", "  Stream #0:0(und): Video: h264 (High) (avc1 / 0x31637661), yuv420p, 1920x1080, {n} kb/s, 30 fps"),
            ("-", "  Stream #0:1(und): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo, fltp, {small} kb/s"),
            ("-", "frame={padding}{n} fps={small} q=28.0 size={padding}{n2}kB time={hms}.{small2} bitrate={float}kbits/s speed={float2}x"),
            ("-", "[libx264 @ 0x55{hex}] using cpu capabilities: MMX2 SSE2Fast SSSE3 SSE4.2 AVX FMA3 BMI2 AVX2"),
        ],
    },
    Format {
        // PBS's server log: fields separated by semicolons (the time, an event code, the
        // server, the kind of object, its ID, then the message).
        name: "pbs",
        header: pbs_header,
        events: &[
            ("0008;PBS_Server;Job", "Job Queued at request of {user}@login{small}, owner = {user}@login{small}, job name = {crate}, queue = {batch|gpu|debug}"),
            ("0008;PBS_Server;Job", "Job Run at request of Scheduler@head1 on exec_vnode (cn{n}:ncpus={small})"),
            ("0010;PBS_Server;Job", "Exit_status=0 resources_used.cpupercent={n} resources_used.cput={hms} resources_used.mem={n2}kb"),
            ("0100;PBS_Server;Job", "dequeuing from {batch|gpu|debug}, state 5"),
            ("0080;PBS_Server;Req", "req_reject: Reject reply code=15001, aux=0, type=23, from Scheduler@head1"),
        ],
    },
    Format {
        // HTCondor's daemons: a US date, the process in parentheses, then the message.
        name: "htcondor",
        header: htcondor_header,
        events: &[
            ("-", "Started DaemonCore process \"/usr/sbin/condor_startd\", pid and pgroup = {n}"),
            ("-", "Number of Active Workers 0"),
            ("-", "slot1_{small}: Changing state and activity: Claimed/Idle -> Claimed/Busy"),
            ("-", "slot1_{small}: Changing state and activity: Claimed/Busy -> Claimed/Idle"),
            ("-", "Starting a VANILLA universe job with ID: {n}.0"),
            ("-", "Process exited, pid={n}, status=0"),
            ("-", "ERROR \"Failed to connect to <{ipport}?addrs={ipport2}>\" at line {n2} in file ./src/condor_io/sock.cpp"),
        ],
    },
    Format {
        // Nextflow's log: a short date, the thread in brackets, the level and logger.
        name: "nextflow",
        header: nextflow_header,
        events: &[
            ("DEBUG nextflow.cli.Launcher", "$> nextflow run main.nf -profile {docker|slurm}"),
            ("INFO  nextflow.cli.CmdRun", "Launching `main.nf` [{adjective}_{scientist}] DSL2 - revision: {hex}"),
            ("DEBUG n.processor.TaskPollingMonitor", "Task completed > TaskHandler[id: {n}; name: {ALIGN|SORT|INDEX} ({sample}); status: COMPLETED; exit: 0; error: -; workDir: /work/{hex}]"),
            ("INFO  nextflow.Session", "[{hex2}] Submitted process > {ALIGN|SORT|INDEX} ({sample})"),
            ("WARN  nextflow.processor.TaskProcessor", "[{ALIGN|SORT|INDEX} ({sample})] Process requirement exceeds available memory -- req: {small} GB; avail: {small2} GB"),
            ("DEBUG nextflow.Session", "Session await > all processes finished"),
        ],
    },
    Format {
        // Snakemake's log: a ctime in brackets, each job's rule and its details indented.
        name: "snakemake",
        header: iso_level_header,
        events: &[
            ("-", "[{ctime}]"),
            ("-", "rule {align|sort|index|call_variants}:"),
            ("-", "    input: data/{sample}.fq"),
            ("-", "    output: out/{sample}.bam"),
            ("-", "    jobid: {n}"),
            ("-", "Finished job {n}."),
            ("-", "{n} of {n2} steps ({small}%) done"),
            ("-", "Error in rule {align|sort|index|call_variants}:"),
        ],
    },
    Format {
        // tqdm's progress bars as a training loop writes them to a log.
        name: "tqdm",
        header: iso_level_header,
        events: &[
            ("-", "Epoch {small}: {pct}|{bar}| {n}/938 [{mmss}<{mmss2}, {float}it/s, loss={float2}, v_num=0]"),
            ("-", "Validation DataLoader 0: {pct}|{bar}| {n}/157 [{mmss}<{mmss2}, {float}it/s]"),
            ("-", "Epoch {small}, global step {n}: 'val_loss' reached {float} (best {float2}), saving model to '/ckpt/epoch={small}-step={n}.ckpt' as top 1"),
            ("-", "`Trainer.fit` stopped: `max_epochs={small}` reached."),
        ],
    },
    Format {
        // Hugging Face's Trainer: level, file and line in brackets before the time, `>>`.
        name: "hf_trainer",
        header: hf_header,
        events: &[
            ("INFO|trainer.py:2048", "***** Running training *****"),
            ("INFO|trainer.py:2049", "  Num examples = {n}"),
            ("INFO|trainer.py:2050", "  Num Epochs = {small}"),
            ("INFO|trainer.py:3719", "Saving model checkpoint to /out/checkpoint-{n}"),
            ("INFO|configuration_utils.py:472", "Configuration saved in /out/checkpoint-{n}/config.json"),
            ("WARNING|modeling_utils.py:4225", "Some weights of BertForSequenceClassification were not initialized from the model checkpoint at bert-base-uncased and are newly initialized: ['classifier.bias', 'classifier.weight']"),
        ],
    },
    Format {
        // Dask's distributed scheduler and workers: the logger, the level, the message.
        name: "dask",
        header: dask_header,
        events: &[
            ("distributed.worker - INFO", "Start worker at: tcp://{ipport}"),
            ("distributed.worker - INFO", "Registered to: tcp://{ipport}"),
            ("distributed.scheduler - INFO", "Register worker <WorkerState 'tcp://{ipport}', name: {small}, status: init, memory: 0, processing: 0>"),
            ("distributed.scheduler - INFO", "Remove worker <WorkerState 'tcp://{ipport}', name: {small}, status: closing, memory: {n}, processing: {n2}>"),
            ("distributed.worker.memory - WARNING", "Unmanaged memory use is high. This may indicate a memory leak or the memory may not be released to the OS; see https://distributed.dask.org/en/latest/worker-memory.html#memory-not-released-back-to-the-os for more information. -- Unmanaged memory: {float} GiB -- Worker memory limit: 4.00 GiB"),
            ("distributed.core - INFO", "Event loop was unresponsive in Worker for {float}s.  This is often caused by long-running GIL-holding functions or moving large chunks of data. This can cause timeouts and instability."),
        ],
    },
    Format {
        // Rust's env_logger: the time, the level padded to five and the module in brackets.
        name: "env_logger",
        header: env_logger_header,
        events: &[
            ("INFO app::server", "listening on {ipport}"),
            ("DEBUG hyper::proto::h1::io", "flushed {n} bytes"),
            ("DEBUG hyper::proto::h1::io", "parsed {small} headers"),
            ("INFO app::handlers", "request completed status={200|404|503} path={path} elapsed={dur}"),
            ("WARN app::db", "slow query took {dur}: SELECT * FROM {table} WHERE id = {n}"),
            ("ERROR app::worker", "job {uuid} failed: connection reset by peer (os error 104)"),
            ("TRACE mio::poll", "registering event source with poller: token=Token({n}), interests=READABLE | WRITABLE"),
        ],
    },
    Format {
        // Flask's development server (werkzeug): an access line, and its own notes after ` * `.
        name: "werkzeug",
        header: iso_level_header,
        events: &[
            ("-", "{ip} - - [{wztime}] \"GET {path} HTTP/1.1\" {200|304} -"),
            ("-", "{ip} - - [{wztime}] \"POST /login HTTP/1.1\" {302|401} -"),
            ("-", " * Running on http://{ip}:5000"),
            ("-", " * Debugger PIN: {n}-{n2}"),
            ("-", " * Restarting with stat"),
            ("-", " * Detected change in '{pyfile}', reloading"),
            ("-", "{ip} - - [{wztime}] code 400, message Bad request syntax ('{hex}')"),
        ],
    },
    Format {
        // ScyllaDB: the level first, a time with a comma, the shard, the logger.
        name: "scylla",
        header: scylla_header,
        events: &[
            ("INFO compaction", "[Compact shop.{table} {uuid}] Compacted {small} sstables to {n} bytes (~{small2}% of original) in {n2}ms"),
            ("INFO compaction", "[Compact shop.{table} {uuid}] Compacting {small} sstables"),
            ("INFO cql_server", "Connection from {ipport} closed"),
            ("WARN gossip", "Fail to send EchoMessage to {ip}: seastar::rpc::closed_error (connection is closed)"),
            ("INFO database", "Flushing memtable of shop.{table}, {n} bytes"),
            ("WARN query_processor", "Too many tombstones: read {n} tombstones from shop.{table}, threshold {n2}"),
        ],
    },
    Format {
        // Apache Pulsar's broker: log4j2 with the thread in brackets before the level.
        name: "pulsar",
        header: pulsar_header,
        events: &[
            ("INFO  org.apache.pulsar.broker.service.ServerCnx", "[/{ipport}] Subscribing on topic persistent://public/default/{topic} / sub-{small}"),
            ("INFO  org.apache.pulsar.broker.service.ServerCnx", "[/{ipport}] Closed connection from /{ipport}"),
            ("INFO  org.apache.pulsar.broker.service.persistent.PersistentTopic", "[persistent://public/default/{topic}] There are no replicated subscriptions on the topic"),
            ("WARN  org.apache.bookkeeper.client.PendingAddOp", "Failed to write entry ({n}, {n2}) to bookie ({ipport}): Bookie handle is not available"),
            ("INFO  org.apache.pulsar.broker.loadbalance.impl.ModularLoadManagerImpl", "Writing local data to metadata store because maximum change {float}% exceeded threshold 10%"),
            ("ERROR org.apache.pulsar.broker.web.PulsarWebResource", "Policies not found for public/{ns} namespace"),
        ],
    },
    Format {
        // Erlang/OTP's reports: a heading with the report's kind and time, then indented fields.
        name: "erlang_report",
        header: iso_level_header,
        events: &[
            // The report's kind is a value: the heading's format string is `=~s REPORT==== ~s ===`.
            ("-", "={ERROR|INFO|CRASH} REPORT==== {erltime} ==="),
            ("-", "    crasher:"),
            ("-", "    initial call: {shop_worker|cache_srv|ranch_acceptor}:init/{small}"),
            ("-", "    pid: <0.{n}.0>"),
            ("-", "    registered_name: []"),
            ("-", "** Generic server {shop_worker|cache_srv|ranch_acceptor} terminating"),
            ("-", "** Last message in was {'$gen_cast',{refresh,{n}}}"),
            ("-", "** Reason for termination == {timeout,{gen_server,call,[<0.{n}.0>,ping,5000]}}"),
        ],
    },
    Format {
        // MongoDB before 4.4: the time, a severity letter, the component padded, the context.
        name: "mongodb_text",
        header: mongodb_text_header,
        events: &[
            ("I NETWORK listener", "connection accepted from {ipport} #{n} ({small} connections now open)"),
            ("I NETWORK conn", "end connection {ipport} ({small} connections now open)"),
            ("I NETWORK conn", "received client metadata from {ipport} conn{n}: { driver: { name: \"PyMongo\", version: \"4.6.1\" }, os: { type: \"Linux\" } }"),
            ("I COMMAND conn", "command shop.{table} command: find { find: \"{table}\", filter: { status: \"open\" } } planSummary: COLLSCAN keysExamined:0 docsExamined:{n} numYields:{small} nreturned:{small2} reslen:{n2} protocol:op_msg {n3}ms"),
            ("I ACCESS conn", "Successfully authenticated as principal {user} on admin from client {ipport}"),
            ("W NETWORK ReplicaSetMonitor-TaskExecutor", "Unable to reach primary for set rs0"),
            ("I STORAGE WTCheckpointThread", "WiredTiger message [{epochs}:{n}][{n2}:0x7f{hex}], WT_SESSION.checkpoint: Checkpoint has been running for {small} seconds and wrote: {n3} pages ({small2} MB)"),
        ],
    },
    Format {
        // java.util.logging's SimpleFormatter: a line with the time and the caller (its class
        // and method, fixed per call), then the level and the message on a line of its own.
        name: "jul",
        header: iso_level_header,
        events: &[
            ("-", "{julclock} com.example.shop.OrderService placeOrder"),
            ("-", "{julclock} com.zaxxer.hikari.pool.HikariPool getConnection"),
            ("-", "{julclock} org.apache.catalina.startup.Catalina start"),
            ("-", "INFO: Order {n} placed by {user}"),
            ("-", "WARNING: Connection pool exhausted, waiting {small} seconds"),
            ("-", "SEVERE: Failed to process request {uuid}"),
            ("-", "INFO: Server started on port {port}"),
            ("-", "FINE: Cache hit for key {key}"),
        ],
    },
    Format {
        // Prefect's flows: a time of day, the level padded, the logger (a flow or task run's
        // name in quotes), then the message.
        name: "prefect",
        header: prefect_header,
        events: &[
            ("INFO prefect.engine", "Created flow run '{adjective}-{animal}' for flow '{etl-daily|sync-users|refresh-cache}'"),
            ("INFO flow", "Created task run '{extract|transform|load}-{small}' for task '{extract|transform|load}'"),
            ("INFO flow", "Executing '{extract|transform|load}-{small}' immediately..."),
            ("INFO task", "Finished in state Completed()"),
            ("ERROR task", "Encountered exception during execution:"),
            ("ERROR flow", "Finished in state Failed('Flow run encountered an exception. ValueError: bad row {n}')"),
            ("WARNING prefect.agent", "Flow run {uuid} was cancelled"),
        ],
    },
    Format {
        // MariaDB's error log: the time, the thread's ID, the level in brackets.
        name: "mariadb",
        header: mariadb_header,
        events: &[
            ("Warning", "Aborted connection {n} to db: '{shop|analytics}' user: '{user}' host: '{ip}' (Got an error reading communication packets)"),
            ("Note", "InnoDB: Buffer pool(s) load completed at 261128 {hms}"),
            ("Note", "Server socket created on IP: '0.0.0.0', port: '3306'."),
            ("Warning", "Access denied for user '{user}'@'{ip}' (using password: YES)"),
            ("ERROR", "Slave SQL: Error 'Duplicate entry '{n}' for key 'PRIMARY'' on query. Default database: 'shop'. Query: 'INSERT INTO {table} VALUES ({n}, 1)', Gtid 0-1-{n2}, Internal MariaDB error code: 1062"),
            ("Note", "Event Scheduler: Loaded {small} events"),
            ("Warning", "Aborted connection {n} to db: 'unconnected' user: 'unauthenticated' host: '{ip}' (This connection closed normally without authentication)"),
        ],
    },
    Format {
        // IBM MQ's AMQERR01.LOG: each entry's header over several indented lines, then the
        // message with its ID, and the explanation's headings.
        name: "ibm_mq",
        header: iso_level_header,
        events: &[
            ("-", "{mqclock} - Process({n}.{small}) User(mqm) Program({amqrmppa|runmqchl|amqzlaa0})"),
            ("-", "                    Host(mqhost{small}) Installation(Installation1)"),
            ("-", "                    VRMF(9.3.0.0) QMgr(QM{small})"),
            ("-", "                    Time({iso})"),
            ("-", "                    ArithInsert1({small}) ArithInsert2({n})"),
            ("-", "                    CommentInsert1({CH1|TO.QM2|SYSTEM.DEF.SVRCONN})"),
            ("-", "AMQ9209E: Connection to host '{host} ({ip})({port})' for channel '{CH1|TO.QM2|SYSTEM.DEF.SVRCONN}' closed."),
            ("-", "AMQ9999E: Channel '{CH1|TO.QM2}' to host '{ip}' ended abnormally."),
            ("-", "AMQ9002I: Channel '{CH1|TO.QM2}' is starting."),
            ("-", "EXPLANATION:"),
            ("-", "ACTION:"),
        ],
    },
    Format {
        // cloudflared: the time, a three-letter level, the message and its fields.
        name: "cloudflared",
        header: cloudflared_header,
        events: &[
            ("INF", "Registered tunnel connection connIndex={0|1|2|3} connection={uuid} event=0 ip={ip} location={ams01|fra08|lhr01} protocol=quic"),
            ("INF", "Starting metrics server on 127.0.0.1:{port}/metrics"),
            ("ERR", "failed to serve incoming request error=\"Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: dial tcp {ipport}: connect: connection refused\""),
            ("WRN", "Connection terminated error=\"control stream encountered a failure while serving\" connIndex={0|1|2|3}"),
            ("ERR", " error=\"Incoming request ended abruptly: context canceled\" cfRay={hex}{hex2}-{AMS|FRA} event=1 originService=http://localhost:{port}"),
            ("INF", "Tunnel connection curve preferences: [X25519MLKEM768 CurveP256] connIndex={0|1|2|3} event=0 ip={ip}"),
        ],
    },
    Format {
        // pgBackRest: the time, the process (`P00` the main one, `P01` a worker), the level
        // right-aligned, then the message.
        name: "pgbackrest",
        header: pgbackrest_header,
        events: &[
            ("P00 INFO", "backup command begin 2.49: --exec-id={n}-{hex} --log-level-console=info --pg1-path=/var/lib/postgresql/15/main --stanza=main --type={full|diff|incr}"),
            ("P00 INFO", "execute non-exclusive backup start: backup begins after the next regular checkpoint completes"),
            ("P00 INFO", "backup start archive = {walseg}, lsn = {lsn}"),
            ("P01 DETAIL", "backup file /var/lib/postgresql/15/main/base/{n}/{n2} ({small}MB, {small2}%) checksum {hex}{hex2}"),
            ("P00 INFO", "new backup label = {pglabel}"),
            ("P00 INFO", "expire command end: completed successfully ({n}ms)"),
            ("P00 WARN", "option 'repo1-retention-full' is not set for 'repo1-retention-full-type=count'"),
        ],
    },
    Format {
        // macOS's `log show`: the time with its offset, the thread, the type, the activity,
        // the process's ID and TTL in columns, then the process.
        name: "macos_log_show",
        header: log_show_header,
        events: &[
            ("kernel", "(AppleACPIPlatform) AppleACPICPU: ProcessorId={small} LocalApicId={n} Enabled"),
            ("mDNSResponder", "[R{n}] DNSServiceQueryRecord({hex}, 0, <private>, Addr) START PID[{n2}](Safari)"),
            ("WindowServer", "[com.apple.windowserver:display] Display {n} changed mode to {1920x1080|2560x1440}"),
            ("sharingd", "[com.apple.sharing:Browser] Found device {uuid}"),
            ("kernel", "Sandbox: {mdworker|Safari|Slack}({n}) deny(1) file-read-data /Users/{user}/Library/Mail"),
            ("powerd", "[com.apple.powerd:assertions] Process {bluetoothd|coreaudiod}.{n} Created PreventUserIdleSystemSleep \"com.apple.audio.context{n2}.preventuseridlesleep\" age:00:00:00  id:{n3} [System: PrevIdle]"),
        ],
    },
    Format {
        // `wevtutil qe /f:text`: each Windows event over several lines, a field to a line.
        name: "wevtutil",
        header: iso_level_header,
        events: &[
            ("-", "Event[{n}]:"),
            ("-", "  Log Name: {System|Application|Security}"),
            ("-", "  Source: {Service Control Manager|Microsoft-Windows-Kernel-General|MSSQLSERVER}"),
            ("-", "  Date: {iso}"),
            ("-", "  Event ID: {n}"),
            ("-", "  Task: N/A"),
            ("-", "  Level: {Information|Warning|Error}"),
            ("-", "  User: S-1-5-{small}"),
            ("-", "  Computer: {host}"),
            ("-", "  Description:"),
            ("-", "The {Windows Update|Print Spooler|Windows Search} service entered the {running|stopped} state."),
        ],
    },
    Format {
        // Jira's application log: the time, the thread, the request's URL and user, the
        // level padded, the logger in brackets.
        name: "jira",
        header: jira_header,
        events: &[
            ("WARN", "[c.a.j.issue.index.DefaultIndexManager] Index for issue {ABC|OPS|WEB}-{n} is out of date"),
            ("INFO", "[c.a.jira.bc.issue.DefaultIssueService] Issue {ABC|OPS|WEB}-{n} transitioned from To Do to In Progress"),
            ("ERROR", "[c.a.j.web.servlet.ApplicationServlet] Unable to render request: java.io.IOException: Broken pipe"),
            ("INFO", "[c.a.jira.auth.LoginManager] Authentication failed for user {user}: bad password"),
            ("WARN", "[c.a.jira.index.AccumulatingResultBuilder] Slow query took {n}ms: project = {ABC|OPS|WEB} ORDER BY updated DESC"),
        ],
    },
    Format {
        // log4j 1's default layout: milliseconds since start, the thread, the level padded,
        // the logger, ` - `.
        name: "log4j_relative",
        header: log4j_relative_header,
        events: &[
            ("INFO  com.example.App", "Starting application version {semver}"),
            ("DEBUG com.example.db.ConnectionPool", "Borrowed connection {small} of 20 ({n}ms)"),
            ("WARN  com.example.cache.LruCache", "Evicted {n} entries to stay under {n2} bytes"),
            ("ERROR com.example.web.RequestHandler", "Request {uuid} failed with status 500"),
            ("INFO  com.example.jobs.Scheduler", "Job {svc} finished in {n}ms"),
        ],
    },
    Format {
        // Python's `logging.basicConfig()`: the level, the logger, the message, joined by colons.
        name: "python_basic",
        header: level_colon_header,
        events: &[
            ("INFO:root", "Loaded {n} records from {pyfile}"),
            ("WARNING:root", "Retrying in {small} seconds"),
            ("ERROR:app.db", "Connection to {ipport} failed: timed out"),
            ("DEBUG:urllib3.connectionpool", "Starting new HTTPS connection ({small}): api.example.com:443"),
            ("DEBUG:urllib3.connectionpool", "https://api.example.com:443 \"GET {path} HTTP/1.1\" {200|404} {n}"),
            ("INFO:app.worker", "Processed batch {n} of {n2}"),
            ("CRITICAL:root", "Out of disk space on /var/lib/app"),
        ],
    },
    Format {
        // PowerDNS's authoritative server, through syslog.
        name: "powerdns",
        header: journal_header,
        events: &[
            ("pdns_server", "Remote {ip} wants '{host}|{A|AAAA|MX}', do = 0, bufsize = 1232: packetcache MISS"),
            ("pdns_server", "Remote {ip} wants '{host}|{A|AAAA|MX}', do = 1, bufsize = 4096: packetcache HIT"),
            ("pdns_server", "AXFR-out zone '{example.com|example.org}', client '{ipport}', transfer initiated"),
            ("pdns_server", "gmysql Connection successful. Connected to database 'pdns' on '127.0.0.1'."),
            ("pdns_server", "Not authoritative for '{host}', sending servfail to {ip} (recursion was desired)"),
        ],
    },
    Format {
        // Bacula's director: a short date, the daemon, the job's ID, then the message.
        name: "bacula",
        header: bacula_header,
        events: &[
            ("-", "Start Backup JobId {n}, Job=BackupClient{small}.2026-11-28_{hms}_0{small2}"),
            ("-", "Using Device \"FileStorage{small}\" to write."),
            ("-", "Sending Accurate information to the FD."),
            ("-", "Volume \"Vol-{n}\" previously written, moving to end of data."),
            ("-", "Elapsed time: {small} mins {small2} secs"),
            ("-", "Fatal error: Network error with FD during Backup: ERR=Connection reset by peer"),
            ("-", "Bacula bacula-dir 13.0.1 (05Aug22):"),
        ],
    },
    Format {
        // Kamailio through syslog: the level, the module in angle brackets, the source file
        // and line, the function.
        name: "kamailio",
        header: journal_header,
        events: &[
            ("/usr/sbin/kamailio", "ERROR: <core> [core/tcp_main.c:4790]: tcpconn_main_timeout(): connect {ipport} failed (timeout)"),
            ("/usr/sbin/kamailio", "WARNING: <core> [core/udp_server.c:604]: udp_rcv_loop(): error while receiving from {ip}: Connection refused"),
            ("/usr/sbin/kamailio", "NOTICE: <script>: REGISTER from sip:{user}@{ip} accepted"),
            ("/usr/sbin/kamailio", "ERROR: tm [t_fwd.c:1543]: t_forward_nonack(): failure to add branches"),
            ("/usr/sbin/kamailio", "INFO: <core> [main.c:2908]: main(): processes (at least): {small} - shm size: 67108864 - pkg size: 8388608"),
        ],
    },
    Format {
        // Oracle's listener.log: a time, then fields in nested parentheses between `*`.
        name: "oracle_listener",
        header: iso_level_header,
        events: &[
            ("-", "{oralistime} * (CONNECT_DATA=(SERVICE_NAME=orcl)(CID=(PROGRAM={sqlplus|JDBC Thin Client})(HOST={host})(USER={user}))) * (ADDRESS=(PROTOCOL=tcp)(HOST={ip})(PORT={port})) * establish * orcl * 0"),
            ("-", "{oralistime} * service_update * orcl * 0"),
            ("-", "{oralistime} * (CONNECT_DATA=(CID=(PROGRAM=)(HOST=)(USER=oracle))(COMMAND=status)(ARGUMENTS=64)(SERVICE=LISTENER)(VERSION=318767104)) * status * 0"),
            ("-", "TNS-12505: TNS:listener does not currently know of SID given in connect descriptor"),
            ("-", "{oralistime} * (CONNECT_DATA=(SID=orcl2)(CID=(PROGRAM={sqlplus|JDBC Thin Client})(HOST={host})(USER={user}))) * (ADDRESS=(PROTOCOL=tcp)(HOST={ip})(PORT={port})) * establish * orcl2 * 12505"),
        ],
    },
    Format {
        // Luigi's workers: the level, the worker's process, then the message.
        name: "luigi",
        header: luigi_header,
        events: &[
            ("INFO", "Worker Worker(salt={n}, workers=1, host=etl{small}, username={user}, pid={n2}) running   {Extract|Transform|Load}Task(date=2026-11-{small2})"),
            ("INFO", "Worker Worker(salt={n}, workers=1, host=etl{small}, username={user}, pid={n2}) done      {Extract|Transform|Load}Task(date=2026-11-{small2})"),
            ("ERROR", "Worker Worker(salt={n}, workers=1, host=etl{small}, username={user}, pid={n2}) failed    {Extract|Transform|Load}Task(date=2026-11-{small2})"),
            ("INFO", "Informed scheduler that task   {Extract|Transform|Load}Task_2026_11_{small}_{hex}   has status   PENDING"),
            ("INFO", "Done scheduling tasks"),
        ],
    },
    Format {
        // Monit: the time in brackets with its zone, the level padded, ` : `.
        name: "monit",
        header: monit_header,
        events: &[
            ("error", "'{nginx|postgres|redis}' process is not running"),
            ("info", "'{nginx|postgres|redis}' trying to restart"),
            ("info", "'{nginx|postgres|redis}' start: '/usr/bin/systemctl start {nginx|postgres|redis}'"),
            ("error", "'rootfs' space usage {float}% matches resource limit [space usage > 90.0%]"),
            ("info", "'{host}' Monit 5.33.0 started"),
            ("error", "'api' failed protocol test [HTTP] at [localhost]:{port}{path} [TCP/IP] -- HTTP error: Server returned status 503"),
        ],
    },
    Format {
        // `dmesg -T`: the kernel's messages with a ctime in brackets.
        name: "dmesg_t",
        header: dmesg_t_header,
        events: &[
            ("-", "usb 1-{small}: new high-speed USB device number {n} using xhci_hcd"),
            ("-", "usb 1-{small}: USB disconnect, device number {n}"),
            ("-", "EXT4-fs (sda{small}): mounted filesystem with ordered data mode. Quota mode: none."),
            ("-", "e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: None"),
            ("-", "Out of memory: Killed process {n} ({java|postgres|chrome}) total-vm:{n2}kB, anon-rss:{n3}kB, file-rss:0kB, shmem-rss:0kB, UID:{small} pgtables:{n4}kB oom_score_adj:0"),
            ("-", "audit: type=1400 audit({epochs}:{n}): apparmor=\"DENIED\" operation=\"open\" profile=\"/usr/sbin/cupsd\" name=\"/etc/ssl/private/\" pid={n2} comm=\"cupsd\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0"),
        ],
    },
    Format {
        // TiDB's unified log: the time, the level and the source in brackets, the message in
        // quoted brackets, then fields, each in brackets.
        name: "tidb",
        header: tidb_header,
        events: &[
            ("INFO server.go:632", "[\"new connection\"] [conn={n}] [remoteAddr={ipport}]"),
            ("INFO conn.go:1151", "[\"read packet timeout, close this connection\"] [conn={n}] [idle={dur}] [waitTimeout=28800]"),
            ("WARN session.go:1945", "[\"compile SQL failed\"] [conn={n}] [error=\"[planner:1054]Unknown column 'x' in 'field list'\"] [SQL=\"SELECT x FROM {table}\"]"),
            ("INFO ddl_worker.go:1219", "[\"[ddl] wait latest schema version changed\"] [ver={n}] [\"take time\"={dur}] [job=\"ID:{n2}, Type:add index, State:done\"]"),
            ("WARN expensivequery.go:145", "[\"expensive_query during bootstrap phase\"] [cost_time={float}s] [conn={n}] [user={user}] [database=shop] [table_ids=\"[{n2}]\"]"),
        ],
    },
    Format {
        // JFrog Artifactory: the time, the service, the level and the trace ID, the class and
        // line, the thread, each in brackets padded.
        name: "artifactory",
        header: artifactory_header,
        events: &[
            ("INFO o.a.s.ArtifactoryApplication:123", "Artifactory started"),
            ("WARN o.a.r.RemoteRepoBase:1012", "{maven-remote|npm-remote|docker-remote}: Error occurred while downloading '{path}': connect timed out"),
            ("INFO o.a.e.UploadServiceImpl:453", "Deploy to '{libs-release-local|libs-snapshot-local}:com/example/{svc}/{semver}/{svc}-{semver}.jar' Content-Length: {n}"),
            ("ERROR o.a.s.a.AccessServiceImpl:1421", "Could not ping access server: Connection refused"),
            ("INFO o.a.s.StorageServiceImpl:301", "Garbage collection finished: {n} binaries removed, {n2} bytes freed"),
        ],
    },
    Format {
        // SonarQube: a date with dots, the level padded, the process and its request ID in
        // brackets glued to the logger in brackets.
        name: "sonarqube",
        header: sonarqube_header,
        events: &[
            ("INFO web o.s.s.p.Platform", "Web Server is operational"),
            ("INFO ce o.s.c.t.CeWorkerImpl", "Executed task | project={svc} | type=REPORT | id={key} | submitter={user} | status=SUCCESS | time={n}ms"),
            ("WARN web o.s.s.a.TomcatAccessLog", "Request {path} took {n}ms"),
            ("ERROR ce o.s.c.t.CeWorkerImpl", "Failed to execute task {key}"),
            ("INFO es o.e.n.Node", "started"),
        ],
    },
    Format {
        // Veeam's job logs: a day-first date in brackets, the thread in angle brackets, the
        // level padded.
        name: "veeam",
        header: veeam_header,
        events: &[
            ("Info", "[BackupJob] Job '{Daily|Weekly|SQL}' started, session {uuid}"),
            ("Info", "Processing VM '{vm-web|vm-db|vm-dc}' ({small} of {small2})"),
            ("Warning", "[Agent] Failed to create snapshot of '{vm-web|vm-db|vm-dc}': VSSControl: -2147212529 Backup job failed"),
            ("Info", "Transferred {float} GB at {n} MB/s, bottleneck: {Source|Proxy|Network|Target}"),
            ("Error", "Job '{Daily|Weekly|SQL}' finished with error: Task failed unexpectedly"),
            ("Info", "Retention policy: {small} restore points to keep, {small2} removed"),
        ],
    },
    Format {
        // Zimbra's mailbox log: log4j with the thread, then the account and client as
        // `;`-separated fields in brackets.
        name: "zimbra",
        header: zimbra_header,
        events: &[
            ("INFO soap", "AuthRequest elapsed={n}"),
            ("INFO imap", "IMAP client identified as: Thunderbird {semver}"),
            ("WARN mailop", "Error while moving message {n} to folder {small}: mail.NO_SUCH_FOLDER"),
            ("INFO lmtp", "Delivering message: size={n} bytes, nrcpts=1, sender={email}, msgid=<{uuid}@example.com>"),
            ("INFO mailop", "Deleting items: {n}."),
        ],
    },
    Format {
        // Apache NiFi: log4j with the thread in brackets, the abbreviated logger, and the
        // processor named with its type and ID.
        name: "nifi",
        header: nifi_header,
        events: &[
            ("INFO o.a.n.c.s.StandardProcessScheduler", "Starting {PutHDFS|ConsumeKafka_2_6|InvokeHTTP}[id={uuid}]"),
            ("INFO o.a.n.c.s.StandardProcessScheduler", "Stopping {PutHDFS|ConsumeKafka_2_6|InvokeHTTP}[id={uuid}]"),
            ("ERROR o.a.nifi.processors.standard.InvokeHTTP", "InvokeHTTP[id={uuid}] Routing to Failure due to exception: java.net.SocketTimeoutException: timeout"),
            ("INFO o.a.n.c.r.WriteAheadFlowFileRepository", "Successfully checkpointed FlowFile Repository with {n} records in {small} milliseconds"),
            ("WARN o.a.n.c.queue.StandardFlowFileQueue", "FlowFile Queue with identifier {uuid} has {n} FlowFiles queued, exceeding its back pressure threshold of 10000"),
        ],
    },
    Format {
        // Node-RED: a day and month, the time, ` - `, the level and the node in brackets.
        name: "node_red",
        header: node_red_header,
        events: &[
            ("info mqtt-broker:local", "Connected to broker: mqtt://localhost:1883"),
            ("warn function:parse", "Unexpected token in JSON at position {small}"),
            ("info http request:api", "Request {n} completed in {n2}ms"),
            ("error mqtt-broker:local", "Connection failed to broker: mqtt://localhost:1883"),
            ("info -", "Started flows"),
            ("info -", "Stopping flows"),
        ],
    },
    Format {
        // Pi-hole's FTL: the time and the process (`M` the main thread) in brackets.
        name: "pihole_ftl",
        header: pihole_header,
        events: &[
            ("-", "Resizing \"FTL-strings\" from {n} to ({n2} * 1) == {n3} (/dev/shm: {float}MB used, 2.1GB total, FTL uses {float2}MB)"),
            ("-", "Imported {n} queries from the long-term database"),
            ("-", "Blocking status is enabled"),
            ("-", "Reloading DNS cache"),
            ("-", "Compiled {small} allow and {n} deny regex for {small2} clients in {float} msec"),
            ("-", "WARNING: Long-term load (15min avg) larger than number of processors: {float} > 4"),
        ],
    },
    Format {
        // Sonatype Nexus: logback with the thread, then the user (or `*SYSTEM`) before the logger.
        name: "nexus",
        header: nexus_header,
        events: &[
            ("INFO org.sonatype.nexus.repository.httpbridge.internal.ViewServlet", "Repository {maven-central|npm-proxy|docker-hosted} GET {path} 200"),
            ("WARN org.sonatype.nexus.repository.proxy.ProxyFacetSupport", "Exception org.apache.http.conn.ConnectTimeoutException: Connect to repo1.maven.org:443 failed: connect timed out checking remote for update, proxy repo {maven-central|npm-proxy} failed to fetch {path}"),
            ("INFO org.sonatype.nexus.blobstore.file.FileBlobStore", "Compacting blob store default, {n} blobs deleted"),
            ("INFO org.sonatype.nexus.quartz.internal.task.QuartzTaskInfo", "Task 'Cleanup service' [repository.cleanup] state change WAITING -> RUNNING"),
        ],
    },
    Format {
        // PostgreSQL's `csvlog`: every field of a line in one comma-separated record.
        name: "pg_csvlog",
        header: iso_level_header,
        events: &[
            ("-", "{pgcsvtime},\"{user}\",\"shop\",{n},\"{ipport}\",{hex}.{hex4},{small},\"SELECT\",{pgcsvtime2},3/{n2},0,LOG,00000,\"duration: {float} ms  statement: SELECT * FROM {table} WHERE id = {n3}\",,,,,,,,,\"psql\",\"client backend\",,0"),
            ("-", "{pgcsvtime},\"{user}\",\"shop\",{n},\"{ipport}\",{hex}.{hex4},1,\"authentication\",{pgcsvtime2},3/{n2},0,FATAL,28P01,\"password authentication failed for user \"\"{user}\"\"\",\"Connection matched pg_hba.conf line 99: \"\"host all all 0.0.0.0/0 scram-sha-256\"\"\",,,,,,,,,\"\",\"client backend\",,0"),
            ("-", "{pgcsvtime},,,{n},,{hex}.{hex4},{small},,{pgcsvtime2},,0,LOG,00000,\"checkpoint complete: wrote {n2} buffers ({float}%); 0 WAL file(s) added, 0 removed, {small2} recycled\",,,,,,,,,\"\",\"checkpointer\",,0"),
            ("-", "{pgcsvtime},\"{user}\",\"shop\",{n},\"{ipport}\",{hex}.{hex4},{small},\"idle in transaction\",{pgcsvtime2},3/{n2},{n3},ERROR,40P01,\"deadlock detected\",\"Process {n} waits for ShareLock on transaction {n3}; blocked by process {n2}.\",,,,,,\"UPDATE {table} SET total = total + 1 WHERE id = 1\",,,\"psql\",\"client backend\",,0"),
        ],
    },
    Format {
        // openHAB's event log: the time, the level in brackets padded, the event's logger.
        name: "openhab",
        header: openhab_header,
        events: &[
            ("INFO openhab.event.ItemStateChangedEvent", "Item '{LivingRoom_Temp|Kitchen_Humidity|Garage_Door}' changed from {float} to {float2}"),
            ("INFO openhab.event.ItemCommandEvent", "Item '{Hallway_Light|Porch_Light|TV_Power}' received command {ON|OFF}"),
            ("INFO openhab.event.ThingStatusInfoChangedEvent", "Thing 'mqtt:topic:broker:{room}' changed from OFFLINE to ONLINE"),
            ("WARN openhab.event.ThingStatusInfoChangedEvent", "Thing 'mqtt:topic:broker:{room}' changed from ONLINE to OFFLINE (COMMUNICATION_ERROR): Connection refused"),
        ],
    },
    Format {
        // Apache Guacamole: logback's default pattern, the time of day first.
        name: "guacamole",
        header: guacamole_header,
        events: &[
            ("INFO  o.a.g.r.auth.AuthenticationService", "User \"{user}\" successfully authenticated from {ip}."),
            ("WARN  o.a.g.r.auth.AuthenticationService", "Authentication attempt from {ip} for user \"{user}\" failed."),
            ("INFO  o.a.g.tunnel.TunnelRequestService", "User \"{user}\" connected to connection \"{small}\"."),
            ("INFO  o.a.g.tunnel.TunnelRequestService", "User \"{user}\" disconnected from connection \"{small}\". Duration: {n} milliseconds"),
            ("ERROR o.a.g.w.GuacamoleWebSocketTunnelEndpoint", "Connection to guacd terminated abnormally: Connection to guacd timed out."),
        ],
    },
    Format {
        // Cisco Meraki's syslog: a Unix time with nanoseconds, the device, the event's type,
        // then its fields.
        name: "meraki",
        header: meraki_header,
        events: &[
            ("flows", "src={ip} dst={ip2} protocol={tcp|udp} sport={port} dport={53|443|123} pattern: allow all"),
            ("flows", "src={ip} dst={ip2} protocol={tcp|udp} sport={port} dport={23|445} pattern: 1 (dst port {23|445})"),
            ("urls", "src={ipport} dst={ipport2} mac={hwaddr} request: GET https://{host}{path}"),
            ("events", "type=vpn_connectivity_change vpn_type='site-to-site' peer_contact='{ipport}' peer_ident='{hex}{hex2}' connectivity='{true|false}'"),
            ("ids-alerts", "signature=1:{n}:{small} priority={small2} timestamp={epochs} dhost={hwaddr} direction=ingress protocol=tcp/ip src={ipport} dst={ipport2} message: ET SCAN Suspicious inbound to mySQL port 3306"),
        ],
    },
    Format {
        // A UniFi access point's syslog: its model, MAC and firmware as the host, then hostapd.
        name: "unifi",
        header: unifi_header,
        events: &[
            ("hostapd", "ath{0|1}: STA {hwaddr} IEEE 802.11: associated"),
            ("hostapd", "ath{0|1}: STA {hwaddr} IEEE 802.11: disassociated"),
            ("hostapd", "ath{0|1}: STA {hwaddr} WPA: pairwise key handshake completed (RSN)"),
            // Its `event_type` names the event, as an `event` key does in a record.
            ("stahtd", "stahtd[{n}]: [STA-TRACKER].stahtd_dump_event(): {\"message_type\":\"STA_ASSOC_TRACKER\",\"mac\":\"{hwaddr}\",\"vap\":\"ath{0|1}\",\"event_type\":\"fixup\",\"assoc_status\":\"0\"}"),
            ("stahtd", "stahtd[{n}]: [STA-TRACKER].stahtd_dump_event(): {\"message_type\":\"STA_ASSOC_TRACKER\",\"mac\":\"{hwaddr}\",\"vap\":\"ath{0|1}\",\"event_type\":\"soft failure\",\"assoc_status\":\"0\"}"),
                        ("mcad", "mcad[{n}]: ace_reporter.reporter_fail(): initial contact failed #{small}, url=http://unifi:8080/inform, rc=2"),
        ],
    },
    Format {
        // log4net's default pattern: the time, the thread's number in brackets, the level
        // padded, the logger, ` - `.
        name: "log4net",
        header: log4net_header,
        events: &[
            ("INFO  Shop.Services.OrderService", "Order {n} placed by {user}"),
            ("WARN  Shop.Data.SqlRepository", "Command timeout after {small} s: EXEC dbo.GetOrders @CustomerId={n}"),
            ("ERROR Shop.Web.Global", "Unhandled exception in request {path}"),
            ("DEBUG Shop.Services.CacheService", "Cache miss for key orders:{n}"),
            ("INFO  Shop.Web.Global", "Application started"),
        ],
    },
    Format {
        // Ktor: logback with the event loop's thread, its call logging's `status: method - path`.
        name: "ktor",
        header: ktor_header,
        events: &[
            ("INFO  Application", "200 OK: GET - {path} in {n}ms"),
            ("INFO  Application", "404 Not Found: GET - {path} in {n}ms"),
            ("INFO  Application", "201 Created: POST - /api/orders in {n}ms"),
            ("INFO  ktor.application", "Responding at http://0.0.0.0:8080"),
            ("ERROR Application", "Unhandled: POST - /api/orders. Exception class java.lang.IllegalStateException: Order {n} is closed"),
        ],
    },
    Format {
        // NestJS: the app's tag, the process padded, a US date and 12-hour time, the level
        // padded, the context in brackets, and the time since the last line.
        name: "nestjs",
        header: nestjs_header,
        events: &[
            ("LOG RoutesResolver", "{OrdersController|UsersController|HealthController} {/api/orders|/api/users|/health}: +{small}ms"),
            ("LOG RouterExplorer", "Mapped {/api/orders|/api/users|/health}, GET route +{small}ms"),
            ("LOG NestApplication", "Nest application successfully started +{small}ms"),
            ("ERROR ExceptionsHandler", "Cannot read properties of undefined (reading 'id') +{small}ms"),
            ("WARN OrdersService", "Order {n} has no items +{small}ms"),
        ],
    },
    Format {
        // Vite's dev server: a 12-hour time, `[vite]`, then what it did.
        name: "vite",
        header: vite_header,
        events: &[
            ("vite", "hmr update /src/{App|components/Header|components/Cart}.vue"),
            ("vite", "page reload src/main.ts"),
            ("vite", "✨ new dependencies optimized: {lodash-es|axios|dayjs}"),
            ("vite", "Internal server error: /src/{App|components/Header}.vue: Unexpected token ({small}:{n})"),
            ("vite", "vite.config.ts changed, restarting server..."),
        ],
    },
    Format {
        // Next.js's dev server: a mark, then what it compiled or served.
        name: "nextjs",
        header: iso_level_header,
        events: &[
            ("-", " ✓ Compiled {/api/orders|/dashboard|/login} in {n}ms ({n2} modules)"),
            ("-", " ○ Compiling {/api/orders|/dashboard|/login} ..."),
            ("-", " GET {/api/orders|/dashboard|/login} 200 in {n}ms"),
            ("-", " ⚠ Fast Refresh had to perform a full reload. Read more: https://nextjs.org/docs/messages/fast-refresh-reload"),
            ("-", " ⨯ Error: connect ECONNREFUSED {ipport}"),
        ],
    },
    Format {
        // Pulumi's update: resources indented with their operation's mark, and a summary.
        name: "pulumi",
        header: iso_level_header,
        events: &[
            ("-", "    + aws:s3:Bucket {svc}-assets creating ({small}s)"),
            ("-", "    + aws:s3:Bucket {svc}-assets created ({small}s)"),
            ("-", "    ~ aws:ec2:Instance {svc}-web updating ({small}s) [diff: ~tags]"),
            ("-", "    - aws:iam:Role {svc}-role deleting ({small}s)"),
            ("-", "Duration: {small}m{small2}s"),
            ("-", "    {small} changes. {n} unchanged"),
        ],
    },
    Format {
        // systemd-resolved, through the journal.
        name: "resolved",
        header: journal_header,
        events: &[
            ("systemd-resolved", "Using degraded feature set UDP instead of UDP+EDNS0 for DNS server {ip}."),
            ("systemd-resolved", "Using degraded feature set TCP instead of UDP for DNS server {ip}."),
            ("systemd-resolved", "Grace period over, resuming full feature set (UDP+EDNS0) for DNS server {ip}."),
            ("systemd-resolved", "Clock change detected. Flushing caches."),
            ("systemd-resolved", "{eth0|wlan0}: Bus client set DNS server list to: {ip}, {ip2}"),
        ],
    },
    Format {
        // Pgpool-II: the time, the process, the level, two spaces, the message.
        name: "pgpool",
        header: pgpool_header,
        events: &[
            ("LOG", "new connection received"),
            ("LOG", "failover: set new primary node: {0|1}"),
            ("LOG", "health check retrying on DB node: {0|1} (round:{small})"),
            ("ERROR", "failed to authenticate with backend using SCRAM"),
            ("LOG", "frontend disconnection: session time: 0:{mmss}.{small} user={user} database=shop host={ip} port={port}"),
        ],
    },
    Format {
        // coturn's TURN server: the uptime in seconds, the session's ID, its realm and user in
        // angle brackets.
        name: "coturn",
        header: coturn_header,
        events: &[
            ("turn", "session 0010000000000{n}: realm <example.org> user <{user}>: incoming packet BINDING processed, success"),
            ("turn", "session 0010000000000{n}: realm <example.org> user <{user}>: incoming packet ALLOCATE processed, error 401: Unauthorized"),
            ("turn", "session 0010000000000{n}: new, realm=<example.org>, username=<{user}>, lifetime={n2}"),
            ("turn", "session 0010000000000{n}: closed (2nd stage), user <{user}> realm <example.org> origin <>, local {ipport}, remote {ipport2}, reason: allocation timeout"),
            ("turn", "IPv4. tcp or tls connected to: {ipport}"),
        ],
    },
    Format {
        // Knot DNS: the time with its offset, the level, the zone in brackets.
        name: "knot",
        header: knot_header,
        events: &[
            ("info", "[{example.com.|example.org.}] zone file updated, serial {n} -> {n2}"),
            ("info", "[{example.com.|example.org.}] AXFR, outgoing, remote {ipport}, started, serial {n}"),
            ("warning", "[{example.com.|example.org.}] notify, outgoing, remote {ipport}, server responded with error 'REFUSED'"),
            ("info", "[{example.com.|example.org.}] DNSSEC, signing zone"),
            ("error", "[{example.com.|example.org.}] refresh, remote {ipport}, failed (connection timeout)"),
        ],
    },
    Format {
        // A Twisted application (the Cowrie honeypot): the time, the system that wrote the line
        // in brackets (a protocol's instance with its session and peer, or a factory).
        name: "twisted",
        header: twisted_header,
        events: &[
            ("transport", "login attempt [b'{user}'/b'{key}'] succeeded"),
            ("transport", "login attempt [b'{user}'/b'{key}'] failed"),
            ("factory", "New connection: {ip}:{port} ({ip2}:2222) [session: {hex}{hex4}]"),
            ("transport", "Remote SSH version: b'SSH-2.0-{Go|libssh_0.9.6|OpenSSH_8.9p1|PUTTY}'"),
            ("transport", "Connection lost after {small} seconds"),
            ("channel", "Command found: {uname|whoami|nproc|free|ls}"),
            ("channel", "Command not found: {enable|system|shell|sh}"),
            ("-", "Log opened."),
        ],
    },
    Format {
        // ISC Kea's DHCP server: the level padded to 5, the logger with its process and thread,
        // and a message ID per event before the message.
        name: "kea",
        header: kea_header,
        events: &[
            ("INFO leases", "DHCP4_LEASE_ALLOC [hwtype=1 {hwaddr}], cid=[no info], tid=0x{hex}: lease {ip} has been allocated for {4000|7200} seconds"),
            ("INFO leases", "DHCP4_LEASE_ADVERT [hwtype=1 {hwaddr}], cid=[no info], tid=0x{hex}: lease {ip} will be advertised"),
            ("INFO packets", "DHCP4_PACKET_RECEIVED [hwtype=1 {hwaddr}], cid=[no info], tid=0x{hex}: {DHCPDISCOVER|DHCPREQUEST|DHCPINFORM} (type {1|3|8}) received from 0.0.0.0 to 255.255.255.255 on interface eth0"),
            ("INFO dhcpsrv", "DHCPSRV_MEMFILE_LFC_START starting Lease File Cleanup"),
            ("WARN alloc-engine", "ALLOC_ENGINE_V4_ALLOC_FAIL [hwtype=1 {hwaddr}], cid=[no info], tid=0x{hex}: failed to allocate an IPv4 address after {small} attempt(s)"),
            ("INFO bad-packets", "DHCP4_PACKET_DROP_0001 failed to parse packet from {ip} to 255.255.255.255, received over interface eth0, reason: truncated option"),
        ],
    },
    Format {
        // ArangoDB: the process ID, the level, a log ID per message in brackets and the topic
        // in braces.
        name: "arangodb",
        header: arangodb_header,
        events: &[
            ("INFO cf3f4 general", "ArangoDB (version 3.11.{small} [linux]) is ready for business. Have fun!"),
            ("WARN 3ad54 memory", "maximum number of memory mappings per process is {n}, which seems too low. it is recommended to set it to at least {n2}"),
            ("INFO 99d80 queries", "slow query: '{FOR d IN orders FILTER d.user == @u RETURN d|FOR u IN users RETURN u|RETURN LENGTH(sessions)}', bind vars: {\"u\":\"{user}\"}, took: {float} s"),
            ("ERROR 64f33 replication", "cannot connect to leader tcp://{ipport}: connection refused"),
            ("INFO 2a6e2 cluster", "Starting up with role SINGLE"),
            ("WARN 25362 authentication", "{small} failed login attempts for user '{user}' from {ip}"),
        ],
    },
    Format {
        // The BOINC client: the date with the month's name, the project in brackets (several
        // words, or `---` for the client's own lines).
        name: "boinc",
        header: boinc_header,
        events: &[
            ("project", "Starting task {boinctask}"),
            ("project", "Computation for task {boinctask} finished"),
            ("project", "Sending scheduler request: To fetch work."),
            ("project", "Scheduler request completed: got {small} new tasks"),
            ("project", "Started download of MCM1_0{n}.dat"),
            ("project", "Finished upload of {boinctask}_r{n}_0"),
            ("---", "Suspending computation - CPU is busy"),
            ("---", "Resuming computation"),
        ],
    },
    Format {
        // Transmission's daemon: the torrent's name (a file's, or words with spaces) after the
        // time, the source file and line at the end.
        name: "transmission",
        header: transmission_header,
        events: &[
            ("torrent", "Starting DHT announce ({poor|good|firewalled}, {small} nodes) (tr-dht.c:791)"),
            ("torrent", "Scrape error: Could not connect to tracker (announcer.c:1358)"),
            ("torrent", "Announce done (announcer.c:1042)"),
            ("torrent", "Got {small} peers from tracker (announcer.c:1068)"),
            ("torrent", "Verifying torrent (verify.c:218)"),
            ("torrent", "Piece {n}, which was just downloaded, failed its checksum test (torrent.c:3245)"),
        ],
    },
    Format {
        // Kodi: the thread after `T:` padded to 8, the level right-aligned in 7, the component
        // in angle brackets.
        name: "kodi",
        header: kodi_header,
        events: &[
            ("info", "Loading skin file: {DialogBusy.xml|Home.xml|MyVideoNav.xml|DialogSettings.xml}, load type: {KEEP_IN_MEMORY|LOAD_ON_GUI_INIT}"),
            ("info", "VideoPlayer::OpenFile: {path}"),
            ("error", "CCurlFile::Open - <http://{ipport}/jsonrpc> Failed with code {404|500|503}:"),
            ("warning", "CSkinInfo: failed to load skin settings"),
            ("debug", "CAddonMgr::FindAddons: {script.module.requests|plugin.video.youtube|service.xbmc.versioncheck} v{small}.{small2}.0 installed"),
            ("info", "CApplication::Stop: Stopping all"),
        ],
    },
    Format {
        // Syncthing: the device's short ID in brackets, the time with slashes, the level.
        name: "syncthing",
        header: syncthing_header,
        events: &[
            ("INFO", "Established secure connection to {syncdevice} at {ipport}-{ipport2}/tcp-client/TLS1.3-TLS_AES_128_GCM_SHA256"),
            ("INFO", "Device {syncdevice} client is \"syncthing v1.{small}.{small2}\" named \"{host}\" at {ipport}-{ipport2}/tcp-client/TLS1.3-TLS_AES_128_GCM_SHA256"),
            ("INFO", "Completed initial scan of sendreceive folder \"{Default Folder|Photos|Documents}\" ({folderid})"),
            ("INFO", "Ready to synchronize \"{Photos|Documents|Music}\" ({folderid}) (sendreceive)"),
            ("INFO", "Lost primary connection to {syncdevice} at {ipport}-{ipport2}/tcp-client/TLS1.3-TLS_AES_128_GCM_SHA256: reading length: EOF ({small} remaining connections)"),
            ("WARNING", "Listen (BEP/tcp): Accepting connection: accept tcp [::]:22000: too many open files"),
            ("INFO", "Detected {small} NAT services"),
        ],
    },
    Format {
        // Dropbear's SSH server in the foreground: the process ID first, then the time.
        name: "dropbear",
        header: dropbear_header,
        events: &[
            ("d", "Child connection from {ipport}"),
            ("d", "Password auth succeeded for '{user}' from {ipport}"),
            ("d", "Bad password attempt for '{user}' from {ipport}"),
            ("d", "Exit ({user}) from <{ipport}>: Disconnect received"),
            ("d", "Exit before auth from <{ipport}>: Exited normally"),
            ("d", "Login attempt for nonexistent user from {ipport}"),
        ],
    },
    Format {
        // Windows Installer's verbose log: `MSI (s) (A4:B8) [10:00:00:123]:` on the engine's
        // lines, none on the actions' starts and ends and the property dump.
        name: "msi",
        header: msi_header,
        events: &[
            ("s", "Doing action: {InstallInitialize|CostFinalize|InstallFiles|RegisterProduct|PublishFeatures}"),
            ("-", "Action start {hms}: {InstallInitialize|CostFinalize|InstallFiles|RegisterProduct}."),
            ("-", "Action ended {hms}: {InstallInitialize|CostFinalize|InstallFiles}. Return value {1|3}."),
            ("c", "Product: Contoso Agent -- Installation completed successfully."),
            ("s", "Windows Installer installed the product. Product Name: Contoso Agent. Product Version: 4.{small}.{n}. Product Language: 1033. Manufacturer: Contoso Ltd.. Installation success or error status: {0|1603}."),
            ("-", "Property(S): {INSTALLDIR|TARGETDIR|SourceDir} = C:\\Program Files\\Contoso\\{small}\\"),
            ("s", "Executing op: FileCopy(SourceName={webfile},SourceCabKey={webfile2},DestName={webfile3},Attributes=512,FileSize={n},PerTick=65536,,VerifyMedia=1,,,,,CheckCRC=0,Version=4.{small}.{n2}.0,Language=0,InstallMode=58982400,,,,,,,)"),
        ],
    },
    Format {
        // Steam's content log: the time in brackets, then the app's ID and what changed.
        name: "steam",
        header: steam_header,
        events: &[
            ("s", "AppID {570|730|440|1091500} update started : download 0/{n}, store 0/{n2}, reuse 0/0, delta 0/0, stage 0/0"),
            ("s", "AppID {570|730|440} update changed : Running Update,Downloading,"),
            ("s", "AppID {570|730} scheduler finished : removed from schedule (result No Error, state 0xc)"),
            ("s", "AppID {570|730|440} state changed : Fully Installed,"),
            ("s", "Created download interface of type 'SteamCache' ({small}) to host {host} ({host2})"),
            ("s", "Depot download complete : \"C:\\Program Files (x86)\\Steam\\steamapps\\downloading\\{570|730}\" (Installed,)"),
        ],
    },
    Format {
        // git with GIT_TRACE=1: the time to the microsecond, the source's file and line padded
        // to a column.
        name: "git_trace",
        header: git_trace_header,
        events: &[
            ("git.c:455", "trace: built-in: git {fetch|status|pull|log} {--quiet|origin|-v}"),
            ("run-command.c:668", "trace: run_command: git maintenance run --auto --no-quiet"),
            ("exec-cmd.c:244", "trace: resolved executable dir: /usr/lib/git-core"),
            ("git.c:744", "trace: exec: git-{lfs|credential-cache} {version|get}"),
            ("trace.c:414", "performance: 0.{n} s: git command: git {status|fetch} {--porcelain|origin}"),
            ("run-command.c:659", "trace: run_command: GIT_INDEX_FILE=.git/index git read-tree -m {hex}"),
        ],
    },
    Format {
        // amavisd-new through syslog: the process and message counter in parentheses, the
        // verdict, where the message came from in braces.
        name: "amavis",
        header: amavis_header,
        events: &[
            ("a", "({amavisid}) Passed CLEAN {amavisroute}, [{ip}]:{port} <{email}> -> <{email2}>, Message-ID: <{hex}@{mail.example.com|example.org}>, mail_id: {key}, Hits: -{float}, size: {n}, queued_as: {queue}, {n2} ms"),
            ("a", "({amavisid}) Blocked SPAM {amavisroute}, [{ip}]:{port} <{email}> -> <{email2}>, quarantine: spam-{key}.gz, Message-ID: <{hex}@example.org>, mail_id: {key2}, Hits: {float}, size: {n}, {n2} ms"),
            ("a", "({amavisid}) Blocked INFECTED ({signature}) {amavisroute}, [{ip}]:{port} <{email}> -> <{email2}>, quarantine: virus-{key}, Message-ID: <{hex}@example.org>, mail_id: {key2}, Hits: -, size: {n}, {n2} ms"),
            ("a", "starting. /usr/sbin/amavisd-new at mx1.example.com amavisd-new-2.13.0 (20230106), Unicode aware, LC_CTYPE=\"C.UTF-8\""),
            ("a", "({amavisid}) Checking: {key} ORIGINATING/MYNETS [{ip}] <{email}> -> <{email2}>"),
        ],
    },
    Format {
        // Teleport: the level, the component in brackets padded to a column, the source file
        // and line at the end.
        name: "teleport",
        header: teleport_header,
        events: &[
            ("INFO AUTH", "Auth service 15.1.{small} is starting on 0.0.0.0:3025. service/service.go:1926"),
            ("INFO AUDIT", "session.start addr.remote:{ipport} cluster_name:example.teleport.sh ei:0 event:session.start login:{user} namespace:default server_hostname:{host} server_id:{uuid} sid:{uuid2} user:{user2}@example.com events/emitter.go:263"),
            ("INFO AUDIT", "user.login attempt:{small} cluster_name:example.teleport.sh method:local success:{true|false} user:{user}@example.com events/emitter.go:263"),
            ("WARN PROXY:SER", "Failed to connect to node {host}: dial tcp {ipport}: i/o timeout reversetunnel/localsite.go:651"),
            ("INFO NODE:BEAT", "Service is ready. srv/heartbeat.go:185"),
            ("ERRO CA:ROTATE", "Failed to perform rotation check: connection error: desc = \"transport: Error while dialing: dial tcp {ipport}: connect: connection refused\". auth/rotate.go:316"),
        ],
    },
    Format {
        // Mule 4: the level padded to 5, then the time, the thread (brackets in brackets, a
        // colon inside) and the logger's class.
        name: "mule",
        header: mule_header,
        events: &[
            ("INFO org.mule.runtime.core.internal.processor.LoggerMessageProcessor", "Order {n} received from {svc}"),
            ("INFO org.mule.runtime.core.internal.processor.LoggerMessageProcessor", "Payment {uuid} settled in {dur}"),
            ("WARN org.mule.runtime.core.internal.exception.OnErrorContinueHandler", "HTTP:TIMEOUT: HTTP POST on resource 'http://{ipport}/api/orders' failed: Timeout exceeded."),
            ("INFO org.mule.runtime.module.deployment.internal.DefaultArchiveDeployer", "Started app 'orders-api-1.0.{small}-mule-application'"),
            ("INFO com.mulesoft.agent.configuration.postconfigure.DefaultPostConfigureRunner", "mule.agent.tracking.handler.cloudhub.source initialized successfully."),
            ("ERROR org.mule.runtime.core.internal.exception.OnErrorPropagateHandler", "DB:CONNECTIVITY: Could not obtain connection from data source"),
        ],
    },
    Format {
        // Neo4j: the time with its offset, the level padded to 5, the logger's abbreviated
        // class in brackets.
        name: "neo4j",
        header: neo4j_header,
        events: &[
            ("INFO o.n.b.BoltServer", "Bolt enabled on {ipport}."),
            ("INFO o.n.s.AbstractNeoWebServer", "Remote interface available at http://{ipport}/"),
            ("WARN o.n.k.i.c.VmPauseMonitorComponent", "Detected VM stop-the-world pause: {pauseTime={n}, gcTime={n2}, gcCount={small}}"),
            ("INFO o.n.k.a.DatabaseAvailabilityGuard", "[{neo4j|system}/{hex}] Requirement `Database unavailable` makes database {neo4j|system} unavailable."),
            ("ERROR o.n.b.t.p.ProtocolHandshaker", "Fatal error occurred during protocol handshaking: [id: 0x{hex}, L:/{ipport} - R:/{ipport2}]"),
            ("INFO o.n.k.i.t.l.c.CheckPointerImpl", "[{neo4j|system}/{hex}] Checkpoint triggered by \"Scheduled checkpoint for every 15 minutes threshold\" @ txId: {n} checkpoint completed in {n2}ms"),
        ],
    },
    Format {
        // Riak through lager: the level in brackets, the Erlang process and, for most, the
        // module, function and line that logged.
        name: "riak_lager",
        header: riak_lager_header,
        events: &[
            ("info", "<0.{n}.0>@riak_core_handoff_sender:start_fold:282 ownership transfer of riak_kv_vnode from 'riak@{ip}' {n2} to 'riak@{ip2}' {n3} completed: sent {n4} objects in {float} seconds"),
            ("warning", "<0.{n}.0>@riak_kv_vnode:handle_info:1210 Dropped {small} messages for vnode {n2}"),
            ("error", "<0.{n}.0> gen_server riak_core_ring_manager terminated with reason: no function clause matching"),
            ("info", "<0.{n}.0>@riak_core_ring_handler:ensure_vnodes_started:148 riak_kv started"),
            ("info", "<0.{n}.0> Application riak_kv started on node 'riak@{ip}'"),
        ],
    },
    Format {
        // VictoriaMetrics: the time, the level and the source file and line, tab-separated.
        name: "victoriametrics",
        header: victoriametrics_header,
        events: &[
            ("info lib/storage/partition.go:1543", "merged {n} rows across {small} blocks in {float} seconds at {n2} rows/sec to \"/victoria-metrics-data/data/small/2026_11/{hex}\""),
            ("info app/vmselect/main.go:123", "started vmselect at http://{ipport}/"),
            ("warn lib/promscrape/scrapework.go:387", "cannot scrape target \"http://{ipport}/metrics\" 1 out of 1 times during -promscrape.suppressScrapeErrorsDelay=0s; the last error: cannot read data: dial tcp4 {ipport}: connect: connection refused"),
            ("error lib/storage/storage.go:2217", "cannot create new series: too many series"),
            ("info lib/storage/storage.go:1123", "Loading {small} parts from \"/victoria-metrics-data/data/small/2026_11\"..."),
            ("info app/vmstorage/main.go:90", "successfully opened storage \"victoria-metrics-data\" in {float} seconds; partsCount: {small}; blocksCount: {n}; rowsCount: {n2}; sizeBytes: {n3}"),
        ],
    },
    Format {
        // Icecast's error log: the date and time apart by two spaces in brackets, the level,
        // the module and function that logged.
        name: "icecast",
        header: icecast_header,
        events: &[
            ("INFO source/source_main", "listener count on /{stream|live|radio.mp3} now {small}"),
            ("INFO connection/_handle_source_request", "Source logging in at mountpoint \"/{stream|live}\" from {ip}"),
            ("WARN source/get_next_buffer", "Disconnecting source due to socket timeout"),
            ("INFO admin/admin_handle_request", "Received admin command metadata on mount \"/{stream|live}\""),
            ("INFO source/source_shutdown", "Source from {ip} at \"/{stream|live}\" exited"),
            ("EROR connection/connection_check_pass", "Source ({ip}) attempted to login with invalid or missing password"),
        ],
    },
    Format {
        // Mumble's server (Murmur): the level in angle brackets glued to the time, the virtual
        // server's number, the session and user.
        name: "murmur",
        header: murmur_header,
        events: &[
            ("W", "1 => <{small}:{user}(-1)> Authenticated"),
            ("W", "1 => <{small}:{user}(-1)> Connection closed: The remote host closed the connection [1]"),
            ("W", "1 => <{small}:(-1)> New connection: {ipport}"),
            ("W", "1 => <{small}:{user}(-1)> Moved {user2}:{small2}({small3}) to {Lobby|Gaming|AFK}[{small4}:0]"),
            ("I", "Murmur 1.4.{small} running on X11: Ubuntu 24.04 LTS [x64]: Booting servers"),
            ("W", "1 => <{small}:{user}(-1)> Rejected connection from {ipport}: Invalid server password"),
        ],
    },
    Format {
        // ejabberd: the time with its offset, the level in brackets, the Erlang process with
        // the module, function and line.
        name: "ejabberd",
        header: ejabberd_header,
        events: &[
            ("info", "<0.{n}.0>@ejabberd_listener:accept:321 (<0.{n2}.0>) Accepted connection {ipport} -> {ipport2}"),
            ("info", "<0.{n}.0>@ejabberd_c2s:handle_auth_success:441 (tls|<0.{n2}.0>) Accepted c2s SCRAM-SHA-1 authentication for {user}@example.com by sql backend from {ip}"),
            ("warning", "<0.{n}.0>@ejabberd_c2s:handle_auth_failure:458 (tls|<0.{n2}.0>) Failed c2s PLAIN authentication for {user}@example.com from {ip}: Invalid username or password"),
            ("info", "<0.{n}.0>@ejabberd_c2s:process_terminated:284 (tls|<0.{n2}.0>) Closing c2s session for {user}@example.com/{hex}: Connection failed: connection closed"),
            ("info", "<0.{n}.0>@ejabberd_app:start:63 ejabberd 24.{small} is started in the node ejabberd@localhost in {float}s"),
            ("error", "<0.{n}.0>@ejabberd_sql:check_error:1056 SQL query 'Q{n2}' at {mod_mam_sql,{small}} failed: <<\"Timeout\">>"),
        ],
    },
    Format {
        // NGINX Unit: the time with slashes, the level in brackets, the process and thread.
        name: "nginx_unit",
        header: nginx_unit_header,
        events: &[
            ("info", "{n}#{n2} \"{svc}\" application started"),
            ("info", "{n}#{n2} \"{svc}\" prototype started"),
            ("notice", "{n}#{n2} process {n3} exited with code 0"),
            ("alert", "{n}#{n2} process {n3} exited on signal {9|11}"),
            ("info", "{n}#{n2} discovery started"),
            ("error", "{n}#{n2} *{n3} connect({small}, {ipport}) failed (111: Connection refused)"),
            ("notice", "{n}#{n2} module: python 3.{small}.{small2} \"/usr/lib/unit/modules/python3.{small}.unit.so\""),
        ],
    },
    Format {
        // djbdns' dnscache under runit's svlogd: a TAI64N label, then the cache's terse records
        // (addresses and ports in hex).
        name: "dnscache",
        header: tai64n_header,
        events: &[
            ("t", "query {n} {hex}:{hex2}:{hex3} {1|28|15} {host}."),
            ("t", "cached {1|28|15} {host}."),
            ("t", "tx 0 {1|28} {host}. example.com. {hex}"),
            ("t", "rr {hex} {n} {1|28} {host}. {hex2}"),
            ("t", "stats {n} {n2} {small} 0"),
            ("t", "sent {n} {small}"),
            ("t", "starting"),
        ],
    },
    Format {
        // VirtualBox's VM log: the time since the VM started, the component before a colon.
        name: "vbox",
        header: vbox_header,
        events: &[
            ("t", "VMMDev: Guest Additions information report: Version 7.0.{small} r{n} '7.0.{small}'"),
            ("t", "VUSB: Attached '{hex}[proxy {1d6b|0781}:{0002|5567}]' to port {small}"),
            ("t", "Changing the VM state from '{RUNNING|SUSPENDED}' to '{SUSPENDING|RESUMING}'"),
            ("t", "NAT: Old socket recv size: {small}KB"),
            ("t", "GUI: UIMachineViewNormal::resendSizeHint: Restoring guest size-hint for screen {0|1} to {n}x{n2}"),
            ("t", "AIOMgr: Endpoint for file '/home/{user}/VirtualBox VMs/{Ubuntu|Win11}/disk{small}.vdi' (flags 000c0781) created successfully"),
        ],
    },
    Format {
        // TeamCity's server log: the time in brackets, the level right-aligned, the category.
        name: "teamcity",
        header: teamcity_header,
        events: &[
            ("INFO jetbrains.buildServer.SERVER", "Build finished: #{n} id={n2} buildTypeId={Backend_Build|Frontend_Tests|Docs_Publish} status=SUCCESS"),
            ("INFO jetbrains.buildServer.AGENT", "Agent \"{agent-1|agent-2|agent-linux-3}\" has been registered with id {small}, not running a build"),
            ("WARN jetbrains.buildServer.VCS", "Error while loading changes for root \"{git@github.com:example/api.git|https://github.com/example/web.git}#refs/heads/main\": Connection timed out"),
            ("INFO jetbrains.buildServer.SERVER", "Build added to queue; Queued build {n}"),
            ("ERROR jetbrains.buildServer.SERVER", "Build {n} failed to start on agent \"agent-{small}\": Agent is disconnected"),
            ("INFO jetbrains.buildServer.CLEANUP", "Cleanup finished in {n} ms, removed {n2} builds"),
        ],
    },
    Format {
        // A Kubernetes operator on controller-runtime (KEDA): zap's console encoder, the
        // context as JSON after the message.
        name: "controller_runtime",
        header: controller_runtime_header,
        events: &[
            ("INFO scaleexecutor", "Successfully updated ScaleTarget\t{\"scaledobject.Name\": \"{svc}\", \"scaledObject.Namespace\": \"{ns}\", \"scaleTarget.Name\": \"{svc}\", \"Original Replicas Count\": {small}, \"New Replicas Count\": {small2}}"),
            ("INFO controller.scaledobject", "Reconciling ScaledObject\t{\"ScaledObject.Namespace\": \"{ns}\", \"ScaledObject.Name\": \"{svc}\"}"),
            ("ERROR controller.scaledobject", "Reconciler error\t{\"reconciler group\": \"keda.sh\", \"reconciler kind\": \"ScaledObject\", \"name\": \"{svc}\", \"namespace\": \"{ns}\", \"error\": \"error getting scaler for trigger #0: prometheus query api returned error. status: 503\"}"),
            ("INFO setup", "Starting manager"),
            ("INFO scaleexecutor", "Successfully set ScaleTarget replicas count to ScaledObject fallback.replicas\t{\"scaledobject.Name\": \"{svc}\", \"Original Replicas Count\": {small}, \"New Replicas Count\": {small2}}"),
            ("DEBUG prometheus_scaler", "prometheus query returned {small} samples\t{\"type\": \"ScaledObject\", \"namespace\": \"{ns}\", \"name\": \"{svc}\"}"),
        ],
    },
    Format {
        // Vapor (Swift): the level in brackets padded with spaces, a request's ID in brackets.
        name: "vapor",
        header: vapor_header,
        events: &[
            ("INFO", "GET /api/{users|orders}/{n} [request-id: {uuid}]"),
            ("INFO", "POST /api/orders [request-id: {uuid}]"),
            ("NOTICE", "Server starting on http://{ipport}"),
            ("WARNING", "Abort.404: Not Found [request-id: {uuid}]"),
            ("ERROR", "Abort.500: Internal Server Error [request-id: {uuid}] (Vapor/Middleware/ErrorMiddleware.swift:42)"),
            ("INFO", "Migrating '{CreateUser|CreateTodo|AddIndex}' on default"),
        ],
    },
    Format {
        // Mojolicious (Perl): the time, the process and the level in brackets, a request's ID
        // in brackets.
        name: "mojolicious",
        header: mojolicious_header,
        events: &[
            ("debug", "[{hex}] GET \"/{users|orders|login}\""),
            ("debug", "[{hex}] POST \"/login\""),
            ("debug", "[{hex}] Routing to controller \"MyApp::Controller::{Users|Orders|Auth}\" and action \"{list|show|login}\""),
            ("debug", "[{hex}] Rendering template \"{users/list|orders/show|auth/login}.html.ep\""),
            ("debug", "[{hex}] {200|302} {OK|Found} ({float}s, {n}/s)"),
            ("info", "Listening at \"http://*:{port}\""),
            ("error", "[{hex}] Can't locate object method \"{name|id}\" via package \"MyApp::Model::User\" at lib/MyApp/Controller/Users.pm line {n}."),
        ],
    },
    Format {
        // Pacemaker's own log: the time to the millisecond, the node, the daemon padded, its
        // process ID, the function in parentheses and the level after a tab.
        name: "pacemaker",
        header: pacemaker_header,
        events: &[
            ("pacemaker-controld do_state_transition notice", "State transition {S_IDLE|S_POLICY_ENGINE|S_TRANSITION_ENGINE} -> {S_POLICY_ENGINE|S_TRANSITION_ENGINE|S_IDLE} | input={I_PE_CALC|I_PE_SUCCESS|I_TE_SUCCESS} cause={C_FSA_INTERNAL|C_IPC_MESSAGE|C_TIMER_POPPED} origin={abort_transition_graph|handle_response|crm_timer_popped}"),
            ("pacemaker-schedulerd log_list_item notice", "Actions: Start      {svc}     ( node{small} )"),
            ("pacemaker-controld te_rsc_command notice", "Initiating {start|stop|monitor} operation {svc}_{start|stop|monitor}_0 on node{small} | action {n}"),
            ("pacemaker-fenced remote_op_done notice", "Operation 'reboot' targeting node{small1} by node{small2} for pacemaker-controld.{n}@node{small2}: OK"),
            ("pacemaker-based cib_perform_op info", "Diff: --- 0.{n1}.{small1} 2"),
            ("pacemaker-attrd attrd_peer_update info", "Setting fail-count-{svc}#monitor_10000[node{small1}]: (unset) -> {small2}"),
            ("pacemaker-controld process_lrm_event error", "Result of monitor operation for {svc} on node{small}: not running | call={n} key={svc}_monitor_10000 confirmed=false status=complete"),
        ],
    },
    Format {
        // Arista EOS: syslog's time and the switch, the agent, then the message's
        // facility, severity and mnemonic.
        name: "arista_eos",
        header: tag_header,
        events: &[
            ("Ebra", "%LINEPROTO-5-UPDOWN: Line protocol on Interface Ethernet{small}/1, changed state to {up|down}"),
            ("Bgp", "%BGP-5-ADJCHANGE: peer {ip} (VRF default AS {n}) old state {Established|OpenConfirm|Active} event {Stop|HoldTimerExpired|RecvNotify} new state {Idle|Active|Connect}"),
            ("Stp", "%SPANTREE-6-INTERFACE_STATE: Interface Ethernet{small} has moved from {forwarding|discarding|learning} to {discarding|forwarding|learning} in instance MST0"),
            ("ConfigAgent", "%SYS-5-CONFIG_E: Enter configuration mode from console by {user} on vty{small} ({ip})"),
            ("ConfigAgent", "%SYS-5-CONFIG_I: Configured from console by {user} on vty{small} ({ip})"),
            ("Lldp", "%LLDP-5-NEIGHBOR_NEW: LLDP neighbor with chassisId {hwaddr} and portId \"Ethernet{small1}\" added on interface Ethernet{small2}"),
            ("Fhrp", "%VRRP-6-STATECHANGE: Vlan{n} vrid {small} {ip}: state {master|backup|init}"),
        ],
    },
    Format {
        // A Source engine game server's log (Counter-Strike): `L`, the date and time, then
        // players written as name, slot, Steam ID and team in angle brackets.
        name: "srcds",
        header: srcds_header,
        events: &[
            ("L", "\"{user1}<{small1}><STEAM_1:0:{n1}><{CT|TERRORIST}>\" killed \"{user2}<{small2}><STEAM_1:1:{n2}><{TERRORIST|CT}>\" with \"{ak47|m4a1|awp|deagle|glock}\""),
            ("L", "\"{user}<{small}><STEAM_1:0:{n}><>\" connected, address \"{ipport}\""),
            ("L", "\"{user}<{small}><STEAM_1:0:{n}><{CT|TERRORIST}>\" say \"{gg|nice shot|rush b|wp all}\""),
            ("L", "\"{user}<{small}><STEAM_1:0:{n}><{CT|TERRORIST}>\" disconnected (reason \"{Disconnect|Kicked by Console|Timed out}\")"),
            ("L", "World triggered \"Round_Start\""),
            ("L", "Team \"{CT|TERRORIST}\" triggered \"{SFUI_Notice_Target_Bombed|SFUI_Notice_CTs_Win|SFUI_Notice_Terrorists_Win}\" (CT \"{small1}\") (T \"{small2}\")"),
            ("L", "\"{user}<{small}><STEAM_1:0:{n}><{CT|TERRORIST}>\" purchased \"{ak47|m4a1|awp|vesthelm|hegrenade}\""),
        ],
    },
    Format {
        // Dagster: the time with its offset, `dagster`, the level and the job, then the
        // run's ID, the process and the step, each after ` - `.
        name: "dagster",
        header: dagster_header,
        events: &[
            ("DEBUG", "{n} - {extract|transform|load} - STEP_START - Started execution of step \"{extract|transform|load}\"."),
            ("DEBUG", "{n} - {extract|transform|load} - STEP_OUTPUT - Yielded output \"result\" of type \"{DataFrame|Any|Nothing}\". (Type check passed)."),
            ("DEBUG", "{n1} - {extract|transform|load} - STEP_SUCCESS - Finished execution of step \"{extract|transform|load}\" in {n2}ms."),
            ("DEBUG", "{n} - {extract|transform|load} - HANDLED_OUTPUT - Handled output \"result\" using IO manager \"io_manager\""),
            ("DEBUG", "{n} - {transform|load} - LOADED_INPUT - Loaded input \"df\" using input manager \"io_manager\", from output \"result\" of step \"{extract|transform}\""),
            ("ERROR", "{n} - {extract|transform|load} - STEP_FAILURE - Execution of step \"{extract|transform|load}\" failed."),
            ("DEBUG", "{n} - RUN_SUCCESS - Finished execution of run for \"{daily_etl|hourly_sync}\"."),
        ],
    },
    Format {
        // RQ's worker: the time, then the queue and the job, or what the worker did.
        name: "rq",
        header: hms_header,
        events: &[
            ("rq", "{default|high|low}: jobs.{send_email|resize_image|sync_account}({n}) ({uuid})"),
            ("rq", "{default|high|low}: Job OK ({uuid})"),
            ("rq", "Result is kept for {500|86400} seconds"),
            ("rq", "Cleaning registries for queue: {default|high|low}"),
            ("rq", "*** Listening on {default|high,default,low}..."),
            ("rq", "Worker rq:worker:{hex}: started with PID {n}, version 1.16.2"),
            ("rq", "[Job {uuid}]: exception raised while executing (jobs.{send_email|resize_image|sync_account})"),
        ],
    },
    Format {
        // Odoo: the time, the process, the level, the database (`?` for none) and the
        // logger; werkzeug's access lines inside.
        name: "odoo",
        header: odoo_header,
        events: &[
            ("INFO prod werkzeug", "{ip} - - [28/Nov/2026 {hms}] \"POST /web/dataset/call_kw/{res.partner|sale.order|account.move}/{search_read|web_read|write} HTTP/1.1\" 200 - {n} {float1} {float2}"),
            ("INFO prod odoo.addons.base.models.ir_cron", "Starting job `{Mail: Email Queue Manager|Base: Auto-vacuum internal data|Calendar: Event Reminder}`."),
            ("INFO prod odoo.addons.base.models.ir_cron", "Job `{Mail: Email Queue Manager|Base: Auto-vacuum internal data|Calendar: Event Reminder}` done."),
            ("INFO ? odoo.service.server", "HTTP service (werkzeug) running on {host}:8069"),
            ("INFO prod odoo.addons.base.models.res_users", "Login successful for db:prod login:{email} from {ip}"),
            ("ERROR prod odoo.sql_db", "bad query: UPDATE \"res_partner\" SET \"write_date\"=now() WHERE id IN ({n}) ERROR: could not serialize access due to concurrent update"),
            ("INFO prod odoo.modules.registry", "Registry loaded in {float}s"),
        ],
    },
    Format {
        // munin-update: the time with slashes, the level in brackets.
        name: "munin",
        header: nginx_unit_header,
        events: &[
            ("INFO", "Starting munin-update"),
            ("INFO", "Munin-update finished ({float} sec)"),
            ("WARNING", "Service {df|cpu|memory|if_eth0} on {host}/{ip}:4949 returned no data for label {_dev_sda1|user|apps|down}"),
            ("INFO", "Reaping Munin::Master::UpdateWorker<example.com;{host}>.  Exit value/signal: 0/0"),
            ("ERROR", "Error occured in updating {host}: Connection refused"),
            ("WARNING", "Call to accept timed out on {host}"),
        ],
    },
    Format {
        // collectd: the time and the level in brackets, a plugin's name before most messages.
        name: "collectd",
        header: collectd_header,
        events: &[
            ("info", "plugin_load: plugin \"{cpu|memory|df|interface|load|network}\" successfully loaded."),
            ("info", "Initialization complete, entering read-loop."),
            ("warning", "read-function of plugin `{df|interface|snmp}' failed. Will suspend it for {n}.000 seconds."),
            ("error", "network plugin: getaddrinfo ({host}, 25826) failed: Name or service not known"),
            ("info", "Exiting normally."),
            ("error", "rrdcached plugin: rrdc_update (/var/lib/collectd/rrd/{host}/cpu-{small}/cpu-idle.rrd, [1764324000:{n}], 1) failed: rrdcached: No such file or directory (status=-1)"),
        ],
    },
    Format {
        // Graphite's carbon-cache: a day-first date and the time, then `::`.
        name: "carbon",
        header: carbon_header,
        events: &[
            ("carbon", "Sorted {n} cache queues in {float} seconds"),
            ("carbon", "MetricCache is full: self.size={n}"),
            ("carbon", "new metric servers.web-{small}.{cpu|memory|disk}.{user|free|used} matched schema {default_1min_for_1day|carbon}"),
            ("carbon", "creating database file /var/lib/graphite/whisper/servers/web-{small}/{cpu|memory|disk}/{user|free|used}.wsp (archive=[(60, 1440)] xff=0.5 agg=average)"),
            ("carbon", "MetricLineReceiver connection with {ipport} established"),
            ("carbon", "MetricLineReceiver connection with {ipport} closed cleanly"),
        ],
    },
    Format {
        // Graylog's server log: the time, the level padded to five and the class in brackets.
        name: "graylog",
        header: graylog_header,
        events: &[
            ("INFO InputStateListener", "Input [{Syslog UDP|GELF TCP|Beats}/{oid}] is now {RUNNING|STARTING|STOPPED}"),
            ("INFO AbstractIndexCountBasedRetentionStrategy", "Number of indices ({small1}) higher than limit ({small2}). Running retention for {small3} indices."),
            ("INFO AbstractRotationStrategy", "Deflector index <{Default index set|Audit log|Events}> (index set <{graylog|audit|events}_deflector>) should be rotated, Pointing deflector to new index now!"),
            ("WARN ProxiedResource", "Unable to call http://{ip}:9000/api/system/metrics/multiple on node <{uuid}>: Read timed out"),
            ("INFO MongoIndexSet", "Cycling from <graylog_{n1}> to <graylog_{n2}>."),
            ("ERROR Messages", "Failed to index [{small}] messages. Please check the index error log in your web interface for the reason. Error: failure in bulk execution"),
        ],
    },
    Format {
        // open-iscsi's daemon in syslog.
        name: "iscsid",
        header: journal_header,
        events: &[
            ("iscsid", "Connection{small}:0 to [target: iqn.2026-11.com.example:{storage|backup|vmstore}, portal: {ip},3260] through [iface: default] is operational now"),
            ("iscsid", "connection{small}:0: ping timeout of 5 secs expired, recv timeout 5, last rx {n1}, last ping {n2}, now {n3}"),
            ("iscsid", "Kernel reported iSCSI connection {small}:0 error (1022 - ISCSI_ERR_NOP_TIMEDOUT: A NOP has timed out) state (3)"),
            ("iscsid", "cannot make a connection to {ip}:3260 (-1,111)"),
            ("iscsid", "iSCSI daemon with pid={n} started!"),
            ("iscsid", "connect to {ip}:3260 failed (No route to host)"),
        ],
    },
    Format {
        // multipathd in syslog: paths by their device or major:minor, maps by their alias.
        name: "multipathd",
        header: journal_header,
        events: &[
            ("multipathd", "{sda|sdb|sdc|sdd|sde}: mark as failed"),
            ("multipathd", "mpath{a|b|c}: remaining active paths: {small}"),
            ("multipathd", "{8:16|8:32|8:48|65:0}: reinstated"),
            ("multipathd", "checker failed path {8:16|8:32|8:48|65:0} in map mpath{a|b|c}"),
            ("multipathd", "mpath{a|b|c}: load table [0 {n} multipath 1 queue_if_no_path 1 alua 2 1 service-time 0 1 1 8:16 1 service-time 0 1 1 8:32 1]"),
            ("multipathd", "{sda|sdb|sdc|sdd|sde}: tur checker reports path is down"),
            ("multipathd", "{sda|sdb|sdc|sdd|sde}: path state = running"),
        ],
    },
    Format {
        // ISC dhclient in syslog.
        name: "dhclient",
        header: journal_header,
        events: &[
            ("dhclient", "DHCPREQUEST for {ip1} on {eth0|ens3|wlan0} to {ip2} port 67"),
            ("dhclient", "DHCPACK of {ip1} from {ip2}"),
            ("dhclient", "bound to {ip} -- renewal in {n} seconds."),
            ("dhclient", "DHCPDISCOVER on {eth0|ens3|wlan0} to 255.255.255.255 port 67 interval {small}"),
            ("dhclient", "No DHCPOFFERS received."),
            ("dhclient", "DHCPOFFER of {ip1} from {ip2}"),
        ],
    },
    Format {
        // avahi-daemon in syslog.
        name: "avahi",
        header: journal_header,
        events: &[
            ("avahi-daemon", "Joining mDNS multicast group on interface {eth0|wlan0|docker0|virbr0}.IPv4 with address {ip}."),
            ("avahi-daemon", "New relevant interface {eth0|wlan0|docker0|virbr0}.IPv4 for mDNS."),
            ("avahi-daemon", "Registering new address record for {ip} on {eth0|wlan0|docker0|virbr0}.IPv4."),
            ("avahi-daemon", "Withdrawing address record for {ip} on {eth0|wlan0|docker0|virbr0}."),
            ("avahi-daemon", "Leaving mDNS multicast group on interface {eth0|wlan0|docker0|virbr0}.IPv4 with address {ip}."),
            ("avahi-daemon", "Server startup complete. Host name is {host}.local. Local service cookie is {n}."),
            ("avahi-daemon", "Service \"{host}\" (/services/{ssh|sftp-ssh|smb}.service) successfully established."),
        ],
    },
    Format {
        // polkitd in syslog.
        name: "polkit",
        header: journal_header,
        events: &[
            ("polkitd", "Registered Authentication Agent for unix-session:{small} (system bus name :1.{n} [/usr/bin/gnome-shell], object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale en_US.UTF-8)"),
            ("polkitd", "Unregistered Authentication Agent for unix-session:{small} (system bus name :1.{n}, object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale en_US.UTF-8) (disconnected from bus)"),
            ("polkitd", "Operator of unix-session:{small} successfully authenticated as unix-user:{user} to gain TEMPORARY authorization for action org.freedesktop.{packagekit.package-install|systemd1.manage-units|login1.reboot} for system-bus-name::1.{n} [/usr/bin/gnome-software --gapplication-service] (owned by unix-user:{user})"),
            ("polkitd", "Loading rules from directory /etc/polkit-1/rules.d"),
            ("polkitd", "Finished loading, compiling and executing {small} rules"),
            ("polkitd", "Acquired the name org.freedesktop.PolicyKit1 on the system bus"),
        ],
    },
    Format {
        // dbus-daemon in syslog: the bus in brackets, then what it did.
        name: "dbus",
        header: journal_header,
        events: &[
            ("dbus-daemon", "[system] Activating via systemd: service name='org.freedesktop.{hostname1|timedate1|locale1}' unit='dbus-org.freedesktop.{hostname1|timedate1|locale1}.service' requested by ':1.{n1}' (uid=0 pid={n2} comm=\"{hostnamectl|timedatectl|localectl}\")"),
            ("dbus-daemon", "[system] Successfully activated service 'org.freedesktop.{hostname1|timedate1|locale1}'"),
            ("dbus-daemon", "[session uid=1000 pid={n1}] Activating service name='org.gnome.{Nautilus|Terminal|Calculator}' requested by ':1.{n2}' (uid=1000 pid={n3} comm=\"/usr/bin/gnome-shell\" label=\"unconfined\")"),
            ("dbus-daemon", "[system] Reloaded configuration"),
            ("dbus-daemon", "[system] Rejected send message, 0 matched rules; type=\"method_call\", sender=\":1.{n1}\" (uid=1000 pid={n2} comm=\"{nm-applet|gnome-shell}\") interface=\"org.freedesktop.DBus.Properties\" member=\"GetAll\" error name=\"(unset)\" requested_reply=\"0\" destination=\"org.freedesktop.NetworkManager\" (uid=0 pid={n3} comm=\"/usr/sbin/NetworkManager\")"),
        ],
    },
    Format {
        // HiveServer2: the time with a comma, the level after two spaces, the thread in
        // brackets and the logger's short name.
        name: "hive",
        header: hive_header,
        events: &[
            ("INFO ql.Driver", "Compiling command(queryId=hive_{epochms}_{uuid}): SELECT count(*) FROM {table}"),
            ("INFO ql.Driver", "Completed compiling command(queryId=hive_{epochms}_{uuid}); Time taken: {float} seconds"),
            ("INFO ql.Driver", "Executing command(queryId=hive_{epochms}_{uuid}): INSERT INTO {table} SELECT * FROM staging_{table}"),
            ("INFO session.SessionState", "Hive Session ID = {uuid}"),
            ("WARN metastore.ObjectStore", "Failed to get database {default|sales|staging}, returning NoSuchObjectException"),
            ("INFO exec.Task", "Starting task [Stage-{small}:MAPRED] in serial mode"),
            ("ERROR ql.Driver", "FAILED: SemanticException [Error 10001]: Line 1:14 Table not found '{table}'"),
        ],
    },
    Format {
        // Apache Druid: the time, the level, the thread in brackets and the class's full
        // name before ` - `.
        name: "druid",
        header: druid_header,
        events: &[
            ("INFO org.apache.druid.server.coordinator.duty.BalanceSegments", "[{_default_tier|hot}]: Moved {n} segment(s)"),
            ("INFO org.apache.druid.indexing.common.task.IndexTask", "Pushed segments [{wikipedia|metrics|clicks}_{iso1}_{iso2}_{iso3}]"),
            ("WARN org.apache.druid.server.coordination.ChangeRequestHttpSyncer", "Sync failed for server [http://{ip}:8083/]. Will retry in [{n}] ms"),
            ("INFO org.apache.druid.server.coordinator.duty.LogUsedSegments", "Found [{n}] used segments."),
            ("ERROR org.apache.druid.indexing.overlord.TaskQueue", "Failed to run task: index_parallel_{wikipedia|metrics|clicks}_{hex}_{iso}"),
            ("INFO org.apache.druid.query.lookup.LookupReferencesManager", "Loaded lookup [{country_names|product_lookup}] with spec [{uuid}]"),
        ],
    },
    Format {
        // Gerrit's error_log: the time and the thread in brackets, the level padded and the
        // class before ` : `.
        name: "gerrit",
        header: gerrit_header,
        events: &[
            ("INFO com.google.gerrit.server.git.receive.AsyncReceiveCommits", "Processing changes: refs: {small1}, new: {small2}, done"),
            ("WARN com.google.gerrit.server.git.SearchingChangeCacheImpl", "Cannot load changes for project {infra/puppet|apps/web|platform/build}, assuming no changes are visible"),
            ("ERROR com.google.gerrit.server.index.change.ReindexAfterRefUpdate", "Failed to reindex changes after ref update in {infra/puppet|apps/web|platform/build}"),
            ("INFO com.google.gerrit.pgm.Daemon", "Gerrit Code Review 3.{small1}.{small2} ready"),
            ("INFO com.google.gerrit.server.plugins.PluginLoader", "Loaded plugin {replication|webhooks|download-commands}, version v3.{small1}.{small2}"),
            ("WARN com.googlesource.gerrit.plugins.replication.ReplicationTasksStorage", "Error while deleting task {hex}"),
        ],
    },
    Format {
        // Factorio's server log: seconds since start padded, the level and the source line.
        name: "factorio",
        header: factorio_header,
        events: &[
            ("Info ServerMultiplayerManager.cpp:893", "updateTick({n}) received stateChanged peerID({small}) oldState({ConnectedWaitingForMap|ConnectedDownloadingMap|ConnectedLoadingMap}) newState({ConnectedDownloadingMap|ConnectedLoadingMap|TryingToCatchUp})"),
            ("Info GameActionHandler.cpp:4996", "UpdateTick ({n}) processed PlayerJoinGame peerID({small1}) playerIndex({small2}) mode(connect)"),
            ("Info AppManagerStates.cpp:1843", "Saving game as /opt/factorio/saves/_autosave{small}.zip"),
            ("Info AsyncScenarioSaver.cpp:171", "Saving finished"),
            ("Info ServerRouter.cpp:612", "Own address is IP ADDR:({{ipport}}) confirmed by pingpong{small}"),
            ("Warning ServerMultiplayerManager.cpp:1421", "Received peer info for unknown peer({small}). Disconnecting."),
        ],
    },
    Format {
        // restic's output of a backup: no header, columns padded with spaces.
        name: "restic",
        header: hms_header,
        events: &[
            ("-", "open repository"),
            ("-", "repository {hex} opened (version 2, compression level auto)"),
            ("-", "using parent snapshot {hex}"),
            ("-", "Files:         {n1} new,     {n2} changed, {n3} unmodified"),
            ("-", "Dirs:          {n1} new,     {n2} changed, {n3} unmodified"),
            ("-", "Added to the repository: {float1} {MiB|KiB|GiB} ({float2} {MiB|KiB|GiB} stored)"),
            ("-", "processed {n} files, {float} {MiB|GiB} in {small}:{n2}"),
            ("-", "snapshot {hex} saved"),
            ("-", "error: lstat /home/{user}/.cache/{pip|thumbnails|mozilla}/{hex}: no such file or directory"),
        ],
    },
    Format {
        // Privoxy: the time, the thread's ID in hex, and what kind of message, before a colon.
        name: "privoxy",
        header: privoxy_header,
        events: &[
            ("Request", "{www.example.com|cdn.example.net|api.example.org}/{index.html|app.js|api/v1/items}"),
            ("Crunch", "Blocked: {ads.example.net|tracker.example.com|pixel.example.io}/{banner.gif|pixel.png|js/track.js}"),
            ("Connect", "Connected to {www.example.com|cdn.example.net|api.example.org}[{ip}]:{443|80}."),
            ("Error", "Empty server or forwarder response received on socket {n}."),
            ("Connect", "Closing server socket {n} connected to {www.example.com|cdn.example.net|api.example.org}. Keep-alive: 1. Tainted: 0. Socket alive: 1. Timeout: 60. Configuration file change detected: 0"),
            ("Info", "Loading filter file: /etc/privoxy/{default|user}.filter"),
        ],
    },
    Format {
        // Network UPS Tools: upsmon and upsd in syslog.
        name: "nut",
        header: journal_header,
        events: &[
            ("upsmon", "UPS {ups@localhost|rack1@nas|rack2@nas} on battery"),
            ("upsmon", "UPS {ups@localhost|rack1@nas|rack2@nas} on line power"),
            ("upsmon", "UPS {ups@localhost|rack1@nas|rack2@nas} battery is low"),
            ("upsmon", "Communications with UPS {ups@localhost|rack1@nas|rack2@nas} lost"),
            ("upsmon", "Communications with UPS {ups@localhost|rack1@nas|rack2@nas} established"),
            ("upsd", "User {monuser|upsmon|admin}@{ip} logged into UPS [{ups|rack1|rack2}]"),
            ("upsd", "Poll UPS [{ups|rack1|rack2}] failed - Data stale"),
        ],
    },
    Format {
        // rkhunter's log: the time in brackets, checks padded to a column with their result.
        name: "rkhunter",
        header: rkhunter_header,
        events: &[
            ("rkhunter", "  Checking for {prerequisites|hidden files|passwd file changes|group file changes|suspicious shared memory segments}{padding}[ {OK|Warning|None found} ]"),
            ("rkhunter", "Warning: The file properties have changed:"),
            ("rkhunter", "         File: /usr/bin/{ls|ps|netstat|ss|lsof}"),
            ("rkhunter", "Info: Starting test name '{filesystem|properties|rootkits|malware|network}'"),
            ("rkhunter", "  Rootkit checks..."),
            ("rkhunter", "Info: Found file '/usr/bin/{ls|ps|netstat|ss|lsof}': it is whitelisted for the 'script replacement' check."),
        ],
    },
    Format {
        // Open vSwitch's daemon: the time, a sequence number, the module and the level, each
        // ending in `|`.
        name: "ovs",
        header: ovs_header,
        events: &[
            ("bridge INFO", "bridge {br0|br-int|br-ex}: added interface {eth1|patch-int|tap{hex}} on port {small}"),
            ("bridge INFO", "bridge {br0|br-int|br-ex}: using datapath ID {hex}{hex2}"),
            ("connmgr INFO", "{br0|br-int|br-ex}<->tcp:{ip}:6653: {small1} flow_mods in the last {small2} s ({small1} adds)"),
            ("rconn INFO", "{br0|br-int|br-ex}<->tcp:127.0.0.1:6633: connected"),
            ("netdev_linux WARN", "ethtool command ETHTOOL_GFLAGS on network device tap{hex} failed: No such device"),
            ("ofproto_dpif_upcall WARN", "Dropped {n} log messages in last {small1} seconds (most recently, {small2} seconds ago) due to excessive rate"),
            ("timeval WARN", "Unreasonably long {n1}ms poll interval ({n2}ms user, {n3}ms system)"),
        ],
    },
    Format {
        // Configuration Manager's client logs (CMTrace's format): the message inside
        // `<![LOG[…]LOG]!>`, then the time, date, component, type and thread as attributes.
        name: "cmtrace",
        header: hms_header,
        events: &[
            ("-", r#"<![LOG[Successfully connected to \\{host}\SMS_DP$]LOG]!><time="{hms}.{n}+000" date="{mdy}" component="ContentTransferManager" context="" type="1" thread="{n2}" file="ctmjob.cpp:1412">"#),
            ("-", r#"<![LOG[CTM job {{uuid}} successfully processed download completion.]LOG]!><time="{hms}.{n}+000" date="{mdy}" component="ContentTransferManager" context="" type="1" thread="{n2}" file="ctmjob.cpp:2817">"#),
            ("-", r#"<![LOG[DTSJob {{uuid}} created to download from 'http://{host}:80/SMS_DP_SMSPKG$/{hex}' to 'C:\Windows\ccmcache\{small}'.]LOG]!><time="{hms}.{n}+000" date="{mdy}" component="DataTransferService" context="" type="1" thread="{n2}" file="dtsjob.cpp:6093">"#),
            ("-", r#"<![LOG[Download completed for content {hex}.{small} under context System]LOG]!><time="{hms}.{n}+000" date="{mdy}" component="ContentAccess" context="" type="1" thread="{n2}" file="contentaccessservice.cpp:2127">"#),
            ("-", r#"<![LOG[Failed to download content {hex}.{small} with error 0x80070005]LOG]!><time="{hms}.{n}+000" date="{mdy}" component="ContentAccess" context="" type="3" thread="{n2}" file="contentaccessservice.cpp:1581">"#),
            ("-", r#"<![LOG[Update (Site_{uuid}/SUM_{uuid2}) Progress: Status = ciStateInstalling, PercentComplete = {small}, Result = 0x0]LOG]!><time="{hms}.{n}+000" date="{mdy}" component="UpdatesDeploymentAgent" context="" type="1" thread="{n2}" file="updatesmanager.cpp:1065">"#),
        ],
    },
    Format {
        // CrowdSec's agent (logrus's text format): alerts, decisions and its API's access log.
        name: "crowdsec",
        header: logrus_header,
        events: &[
            ("info", r#"msg="Ip {ip} performed '{crowdsecurity/ssh-bf|crowdsecurity/http-probing|crowdsecurity/http-crawl-non_statics}' ({small} events over {dur}) at {iso}""#),
            ("info", r#"msg="(localhost/crowdsec) {crowdsecurity/ssh-bf|crowdsecurity/http-probing} by ip {ip} ({FR|US|DE|CN}/{n}) : 4h ban on Ip {ip}""#),
            ("info", r#"msg="Signal push: {small} signals to push""#),
            ("info", r#"msg="Adding file /var/log/{auth.log|nginx/access.log|syslog} to datasources" type=file"#),
            ("info", r#"msg="{ip} - [{Sat|Sun|Mon}, {day} Nov 2026 {hms} UTC] \"GET /v1/decisions/stream?startup={true|false} HTTP/1.1 200 {dur} \"crowdsec-firewall-bouncer/v0.0.28\" \"""#),
            ("warning", r#"msg="failed to get decisions from https://api.crowdsec.net/: context deadline exceeded""#),
            ("info", r#"msg="Loaded {small} parser nodes""#),
        ],
    },
    Format {
        // BorgBackup's `create --stats`: an archive's summary, sizes in columns.
        name: "borg",
        header: hms_header,
        events: &[
            ("-", "Archive name: {host}-{iso}"),
            ("-", "Archive fingerprint: {container}"),
            ("-", "Time (start): {Sat|Sun|Mon|Tue}, {date} {hms}"),
            ("-", "Time (end):   {Sat|Sun|Mon|Tue}, {date} {hms}"),
            ("-", "Duration: {small} minutes {float} seconds"),
            ("-", "Number of files: {n}"),
            ("-", "Utilization of max. archive size: {small}%"),
            ("-", "                       Original size      Compressed size    Deduplicated size"),
            ("-", "This archive:               {float1} {GB|MB}             {float2} {GB|MB}            {float3} {MB|kB}"),
            ("-", "All archives:                {float1} {TB|GB}            {float2} {GB|TB}             {float3} {GB|MB}"),
            ("-", "Chunk index:                  {n1}              {n2}"),
            ("-", "terminating with success status, rc 0"),
        ],
    },
    Format {
        // ocserv, the OpenConnect VPN server, in syslog.
        name: "ocserv",
        header: journal_header,
        events: &[
            ("ocserv", "main[{user}]:{ip}:{port} user logged in"),
            ("ocserv", "worker: {ip} worker-auth.c:1423: failed authentication for '{user}'"),
            ("ocserv", "main[{user}]:{ip}:{port} user disconnected (reason: user disconnected, rx: {n1}, tx: {n2})"),
            ("ocserv", "worker[{user}]: {ip} suggesting DPD of {small} secs"),
            ("ocserv", "main:{ip}:{port} user of group '{vpnusers|staff|contractors}' authenticated (using cookie)"),
            ("ocserv", "sec-mod: using 'plain' authentication to authenticate user (session: {hex})"),
            ("ocserv", "main:{ip}:{port} main-sec-mod-cmd.c:208: command socket for sec-mod closed"),
        ],
    },
    Format {
        // Windows Update's log (`Get-WindowsUpdateLog`): the time to 100 ns, process and thread
        // IDs, the component padded to a column.
        name: "windows_update",
        header: windows_update_header,
        events: &[
            ("Agent", "* START * Finding updates CallerId = {UpdateOrchestrator|MoUsoCoreWorker|WindowsDefender}  Id = {small}"),
            ("Agent", "Found {small} updates and {n} categories in search; evaluated appl. rules of {n2} out of {n3} deployed entities"),
            ("Agent", "* END * Finding updates CallerId = {UpdateOrchestrator|MoUsoCoreWorker|WindowsDefender}  Id = {small}"),
            ("ProtocolTalker", "ServerId = {{uuid}}, ServerUrl = https://fe2.update.microsoft.com/v6/ClientWebService/client.asmx"),
            ("DownloadManager", "Download job {{uuid}} completed successfully"),
            ("Handler", "Installing update {{uuid}}.{small} for CBS"),
            ("ComApi", "* RESUMED * Download ClientId = {UpdateOrchestrator|MoUsoCoreWorker}"),
        ],
    },
    Format {
        // Netdata's error.log: the time, the program, the level padded to five and the thread.
        name: "netdata",
        header: netdata_header,
        events: &[
            ("ERROR : PLUGIN[proc]", "Cannot refresh interface eth{small} duplex state by reading '/sys/class/net/eth{small}/duplex'. I will stop updating it. (errno 22, Invalid argument)"),
            ("INFO  : MAIN", "Created file '/var/lib/netdata/dbengine/datafile-1-{n}.ndf' to store data."),
            ("INFO  : MAIN", "Health configuration: cleaning up alarm '{disk_space_usage|ram_in_use|10min_cpu_usage}' of chart '{disk_space._|system.ram|system.cpu}'"),
            ("INFO  : PLUGIN[diskspace]", "Cannot read mount point '/run/user/{n}/doc' (errno 13, Permission denied)"),
            ("ERROR : PLUGINSD[go.d]", "read failed: end of file"),
            ("INFO  : WEB_SERVER[static4]", "POLLFD: LISTENER: client slot {small} is empty."),
            ("INFO  : DBENGINE", "DBENGINE: datafile-1-{n}.ndf size {n2} bytes, journal size {n3} bytes"),
        ],
    },
    Format {
        // Haraka's mail server: the level, the connection's UUID and the plugin in brackets.
        name: "haraka",
        header: haraka_header,
        events: &[
            ("NOTICE core", " connect ip={ip} port={port} local_ip={ip2} local_port=25"),
            ("NOTICE core", " disconnect ip={ip} rdns={host} helo={host} relay=N early=N esmtp=Y tls={Y|N} pipe=N errors=0 txns=1 rcpts=1/0/0 msgs=1/0/0 bytes={n} lr=\"\" time={float}"),
            ("INFO dns-list", "zen.spamhaus.org: {ip} listed"),
            ("NOTICE outbound", "delivered file={epochms}_{epochms2}_0_{n}_{hex}_1_mx domain={example.com|mail.example.org} host={host} ip={ip} port=25 mode=SMTP tls=Y auth=N response=\"Ok: queued as {queue}\" delay={float} fails=0 rcpts=1/0/0"),
            ("INFO spf", "identity=mfrom ip={ip} domain=\"{example.com|mail.example.org}\" rdns=\"{host}\" helo=\"{host}\" result={Pass|SoftFail|None}"),
            ("NOTICE tls", "secured: cipher=TLS_AES_256_GCM_SHA384 version=TLSv1.3 verified=false error=\"Error: unable to verify the first certificate\""),
        ],
    },
    Format {
        // qBittorrent's log: the kind of message in parentheses, the time, then a dash.
        name: "qbittorrent",
        header: qbittorrent_header,
        events: &[
            ("N", "qBittorrent v4.6.{small} started"),
            ("N", "Added new torrent. Torrent: \"{ubuntu-24.04.1-desktop-amd64.iso|debian-12.8.0-amd64-netinst.iso|Big Buck Bunny (2008)|archlinux-2026.11.01-x86_64.iso}\""),
            ("N", "Torrent download finished. Torrent: \"{ubuntu-24.04.1-desktop-amd64.iso|debian-12.8.0-amd64-netinst.iso|Big Buck Bunny (2008)|archlinux-2026.11.01-x86_64.iso}\""),
            ("I", "Successfully listening on IP. IP: \"{ip}\". Port: \"{TCP|UTP}/{port}\""),
            ("W", "Failed to load torrent. Source: \"/home/{user}/Downloads/{webfile}.torrent\". Reason: \"Torrent is already present\""),
            ("C", "Tracker error. Torrent: \"{ubuntu-24.04.1-desktop-amd64.iso|debian-12.8.0-amd64-netinst.iso}\". Tracker: \"udp://tracker.opentrackr.org:1337/announce\". Error: \"{Connection timed out|Host not found (authoritative)}\""),
            ("I", "Detected external IP. IP: \"{ip}\""),
        ],
    },
    Format {
        // fetchmail's daemon in syslog: word-written times when it sleeps and wakes.
        name: "fetchmail",
        header: journal_header,
        events: &[
            ("fetchmail", "{small} messages for {user} at pop.{example.com|mail.example.org} ({n} octets)."),
            ("fetchmail", "reading message {user}@pop.example.com:{small1} of {small2} ({n} octets) flushed"),
            ("fetchmail", "Authorization failure on {user}@pop.example.com"),
            ("fetchmail", "Query status=3 (AUTHFAIL)"),
            ("fetchmail", "sleeping at {Sat|Sun|Mon} Nov {day} {hms} 2026 for {300|600|900} seconds"),
            ("fetchmail", "awakened at {Sat|Sun|Mon} Nov {day} {hms} 2026"),
            ("fetchmail", "No mail for {user} at pop.example.com"),
            ("fetchmail", "Server CommonName mismatch: {host} != pop.example.com"),
        ],
    },
    Format {
        // Postgrey, the greylisting policy server: its decisions as comma-separated fields.
        name: "postgrey",
        header: journal_header,
        events: &[
            ("postgrey", "action=greylist, reason=new, client_name={host}, client_address={ip}, sender={email}, recipient={email2}"),
            ("postgrey", "action=greylist, reason=early-retry ({n}s missing), client_name={host}, client_address={ip}, sender={email}, recipient={email2}"),
            ("postgrey", "action=pass, reason=triplet found, delay={n}, client_name={host}, client_address={ip}, sender={email}, recipient={email2}"),
            ("postgrey", "action=pass, reason=client whitelist, client_name={host}, client_address={ip}, recipient={email}"),
            ("postgrey", "cleaning up old logs..."),
            ("postgrey", "cleaning up old entries..."),
            ("postgrey", "cleaning main database finished. before: {n1}, after: {n2}"),
        ],
    },
    Format {
        // autofs's automounter in syslog.
        name: "autofs",
        header: journal_header,
        events: &[
            ("automount", "attempting to mount entry /home/{user}"),
            ("automount", "mount(nfs): mounted {nfs1|nfs2}.example.com:/export/home/{user} on /home/{user}"),
            ("automount", "expired /home/{user}"),
            ("automount", "key \"{user}\" not found in map source(s)."),
            ("automount", "failed to mount /home/{user}"),
            ("automount", "mount(nfs): nfs: mount failure {nfs1|nfs2}.example.com:/export/home/{user} on /home/{user}"),
            ("automount", "umount_autofs_indirect: ask umount returned busy /home"),
        ],
    },
    Format {
        // LightDM: seconds since it started, then the level.
        name: "lightdm",
        header: lightdm_header,
        events: &[
            ("DEBUG", "Session pid={n}: Started with service '{lightdm|lightdm-greeter|lightdm-autologin}', username '{user}'"),
            ("DEBUG", "Seat seat0: Greeter stopped, running session"),
            ("DEBUG", "Process {n} exited with return value {0|1}"),
            ("DEBUG", "Session pid={n}: Authentication complete with return value 0: Success"),
            ("DEBUG", "Registering seat with bus path /org/freedesktop/DisplayManager/Seat0"),
            ("DEBUG", "Loading users from org.freedesktop.Accounts"),
            ("DEBUG", "User /org/freedesktop/Accounts/User{n} added"),
            ("DEBUG", "Seat seat0: Display server ready, starting session authentication"),
        ],
    },
    Format {
        // dracut building an initramfs, in the journal.
        name: "dracut",
        header: journal_header,
        events: &[
            ("dracut", "*** Including module: {systemd|i18n|network|kernel-modules|lvm|crypt|rootfs-block} ***"),
            ("dracut", "Executing: /usr/bin/dracut --kver 6.1.0-{small}-amd64 -f /boot/initrd.img-6.1.0-{small}-amd64"),
            ("dracut", "*** Creating image file '/boot/initrd.img-6.1.0-{small}-amd64' ***"),
            ("dracut", "*** Creating initramfs image file '/boot/initrd.img-6.1.0-{small}-amd64' done ***"),
            ("dracut", "dracut module '{biosdevname|busybox|dmraid|nbd}' will not be installed, because command '{biosdevname|busybox|dmraid|nbd-client}' could not be found!"),
            ("dracut", "*** Stripping files ***"),
            ("dracut", "*** Store current command line parameters ***"),
        ],
    },
    Format {
        // LXD's daemon (log15's logfmt): the time, the level as four letters, the message.
        name: "lxd",
        header: hms_header,
        events: &[
            ("-", r#"t={iso} lvl=info msg="Starting container" action=start created="{iso2}" ephemeral=false instance={web1|db1|cache1|runner-7} instanceType=container project=default stateful=false used="{iso3}""#),
            ("-", r#"t={iso} lvl=info msg="Started container" action=start created="{iso2}" ephemeral=false instance={web1|db1|cache1|runner-7} instanceType=container project=default stateful=false used="{iso3}""#),
            ("-", r#"t={iso} lvl=info msg="Stopping container" action=stop created="{iso2}" ephemeral=false instance={web1|db1|cache1|runner-7} instanceType=container project=default stateful=false used="{iso3}""#),
            ("-", r#"t={iso} lvl=info msg="Creating container" ephemeral=false instance={web1|db1|cache1|runner-7} instanceType=container project=default"#),
            ("-", r#"t={iso} lvl=eror msg="Failed starting container" action=start created="{iso2}" ephemeral=false instance={web1|db1|cache1|runner-7} instanceType=container project=default stateful=false used="{iso3}""#),
            ("-", r#"t={iso} lvl=info msg="Pruning expired images""#),
            ("-", r#"t={iso} lvl=info msg="Done pruning expired images""#),
        ],
    },
    Format {
        // NSQ's daemon: its name in brackets, the time to the microsecond, the level.
        name: "nsqd",
        header: nsqd_header,
        events: &[
            ("INFO", "TCP: new client({ipport})"),
            ("INFO", "CLIENT({ipport}): desired protocol magic '  V2'"),
            ("INFO", "[{ipport}] IDENTIFY: {ClientID:{host} Hostname:{host} HeartbeatInterval:30000 OutputBufferSize:16384 OutputBufferTimeout:250 FeatureNegotiation:true TLSv1:false Deflate:false DeflateLevel:6 Snappy:false SampleRate:0 UserAgent:go-nsq/1.1.0 MsgTimeout:0}"),
            ("INFO", "TOPIC({events|orders|clicks}): new channel({archive|consumer|metrics})"),
            ("INFO", "PROTOCOL(V2): [{ipport}] exiting ioloop"),
            ("INFO", "PROTOCOL(V2): [{ipport}] exiting messagePump"),
            ("ERROR", "client({ipport}) - failed to read command - read tcp {ipport2}->{ipport}: i/o timeout"),
            ("INFO", "LOOKUP({ip}:4160): peer info {TCPPort:4160 HTTPPort:4161 Version:1.3.0 BroadcastAddress:{host}}"),
        ],
    },
    Format {
        // Vector, the observability pipeline (Rust's tracing): components' spans before the
        // module.
        name: "vector",
        header: tracing_header,
        events: &[
            ("INFO", "vector::topology::running: Running healthchecks."),
            ("INFO", r#"vector: Vector has started. debug="false" version="0.43.{small}" arch="x86_64" revision="{hex} 2026-11-{day} {hms}.{n} UTC""#),
            ("INFO", "vector::topology::builder: Healthcheck passed."),
            ("WARN", r#"sink{component_kind="sink" component_id={out|es|loki} component_type={http|elasticsearch|loki}}: vector::sinks::util::retries: Retrying after error. error=Server responded with an error: 503 Service Unavailable internal_log_rate_limit=true"#),
            ("ERROR", r#"sink{component_kind="sink" component_id={out|es|loki} component_type={http|elasticsearch|loki}}:request{request_id={n}}: vector::sinks::util::retries: Non-retriable error; dropping the request. error=Server responded with an error: 400 Bad Request internal_log_rate_limit=true"#),
            ("INFO", r#"source{component_kind="source" component_id={in|syslog|journald} component_type={file|syslog|journald}}:file_server: file_source::checkpointer: Loaded checkpoint data."#),
            ("INFO", r#"source{component_kind="source" component_id=in component_type=file}:file_server: vector::internal_events::file::source: Found new file to watch. file=/var/log/{svc}/{svc2}.log"#),
            ("INFO", r#"vector::app: Log level is enabled. level="info""#),
        ],
    },
    Format {
        // A CMake project built by Ninja: CMake's `--` lines, Ninja's `[n/total]` steps.
        name: "ninja",
        header: hms_header,
        events: &[
            ("-", "[{n1}/{n2}] Building CXX object src/{core|net|storage|ui}/CMakeFiles/{core|net|storage|ui}.dir/{main|server|client|codec|buffer}.cpp.o"),
            ("-", "[{n1}/{n2}] Building C object third_party/{zlib|lz4|zstd}/CMakeFiles/{zlib|lz4|zstd}.dir/{inflate|deflate|lz4hc|compress}.c.o"),
            ("-", "[{n1}/{n2}] Linking CXX static library lib/lib{core|net|storage}.a"),
            ("-", "[{n1}/{n2}] Linking CXX executable bin/{server|client|benchmark}"),
            ("-", "FAILED: src/{core|net}/CMakeFiles/{core|net}.dir/{main|server}.cpp.o"),
            ("-", "ninja: build stopped: subcommand failed."),
            ("-", "ninja: no work to do."),
            ("-", "-- Configuring done ({float}s)"),
            ("-", "-- Build files have been written to: /home/{user}/src/{svc}/build"),
            ("-", "-- Found {OpenSSL|ZLIB|CURL}: /usr/lib/x86_64-linux-gnu/lib{ssl|z|curl}.so (found version \"{small}.{small2}.{n}\")"),
            ("-", "-- The CXX compiler identification is GNU 12.2.0"),
        ],
    },
    Format {
        // The TypeScript compiler: errors as `file(line,column): error TSnnnn:`, and watch mode.
        name: "tsc",
        header: hms_header,
        events: &[
            ("-", "src/{components|pages|lib}/{App|Header|client|format}.{ts|tsx}({n},{small}): error TS2322: Type '{string|number|undefined}' is not assignable to type '{number|string|boolean}'."),
            ("-", "src/{components|pages|lib}/{App|Header|client|format}.{ts|tsx}({n},{small}): error TS2304: Cannot find name '{foo|React|process|describe}'."),
            ("-", "src/{components|pages|lib}/{App|Header|client|format}.{ts|tsx}({n},{small}): error TS2339: Property '{id|name|value|items}' does not exist on type '{User|Order|Props|Response}'."),
            ("-", "src/{components|pages|lib}/{App|Header|client|format}.{ts|tsx}({n},{small}): error TS7006: Parameter '{e|x|item|props}' implicitly has an 'any' type."),
            ("-", "src/{components|pages|lib}/{App|Header|client|format}.{ts|tsx}({n},{small}): error TS2345: Argument of type '{string|number}' is not assignable to parameter of type '{number|Date}'."),
            ("-", "Found {small} errors in {small2} files."),
            ("-", "[{hms}] File change detected. Starting incremental compilation..."),
            ("-", "[{hms}] Found {small} errors. Watching for file changes."),
        ],
    },
    Format {
        // GNU make's own messages, recursive makes numbered.
        name: "gnu_make",
        header: hms_header,
        events: &[
            ("-", "make[{small}]: Entering directory '/home/{user}/src/{svc}/{lib|tests|src|docs}'"),
            ("-", "make[{small}]: Leaving directory '/home/{user}/src/{svc}/{lib|tests|src|docs}'"),
            ("-", "make[{small}]: *** [Makefile:{n}: {all|install|check}] Error {1|2}"),
            ("-", "make: Nothing to be done for '{all|install|check}'."),
            ("-", "make[{small}]: *** No rule to make target '{config.h|version.o|libfoo.a}', needed by '{all|main.o}'.  Stop."),
            ("-", "make[{small}]: warning: jobserver unavailable: using -j1.  Add '+' to parent make rule."),
            ("-", "make: *** Waiting for unfinished jobs...."),
        ],
    },
    Format {
        // Grid Engine's messages file: date, time, daemon, host and level joined by bars.
        name: "sge",
        header: hms_header,
        events: &[
            ("-", "{mdy} {hms}|worker|{host}|I|job {n}.1 finished on host {host2}"),
            ("-", "{mdy} {hms}|worker|{host}|W|job {n}.1 failed on host {host2} general assumedly after job because: job {n}.1 died through signal KILL (9)"),
            ("-", "{mdy} {hms}|listener|{host}|E|commlib error: got read error (closing \"{host2}/execd/1\")"),
            ("-", "{mdy} {hms}|timer|{host}|W|failed to deliver job {n}.1 to queue \"{all.q|gpu.q|long.q}@{host2}\""),
            ("-", "{mdy} {hms}|worker|{host}|I|removing trigger to terminate job {n}.1"),
            ("-", "{mdy} {hms}|event_master|{host}|E|no event client with id {small}"),
        ],
    },
    Format {
        // FRRouting: the time, the daemon, and each message's unique ID in brackets.
        name: "frr",
        header: frr_header,
        events: &[
            ("BGP", "[M59KS-A3ZXZ] bgp_update_receive: rcvd End-of-RIB for {IPv4|IPv6} Unicast from {ip} in vrf default"),
            ("BGP", "[HZN6M-XRM1G] %ADJCHANGE: neighbor {ip}({spine1|spine2|Unknown}) in vrf default Up"),
            ("BGP", "[RZMGQ-A03CG] %ADJCHANGE: neighbor {ip}({spine1|spine2|Unknown}) in vrf default Down {BGP Notification received|Peer closed the session|Interface down}"),
            ("BGP", "[P6Q6M-12EEF] {ip}({spine1|spine2}) rcvd UPDATE w/ attr: nexthop {ip2}, origin i, metric 0, path {n}"),
            ("ZEBRA", "[VYKYC-709DP] if_zebra_speed_update: {swp1|swp2|eth0} old speed: 0 new speed: {1000|10000|25000}"),
            ("ZEBRA", "[HSYZM-HV7HF] Extended Error: Carrier for nexthop device is down"),
            ("BGP", "[GJPH5-RNYA5] Connection from {ip}({spine1|spine2}) refused: Max-prefix exceeded"),
        ],
    },
    Format {
        // Cyrus IMAP in syslog: logins, deliveries and the master process.
        name: "cyrus",
        header: journal_header,
        events: &[
            ("imap", "login: {host} [{ip}] {user} plaintext+TLS User logged in SESSIONID=<cyrus-{n}-{n2}-1-{n3}>"),
            ("imap", "badlogin: {host} [{ip}] plaintext {user} SASL(-13): authentication failure: checkpass failed"),
            ("lmtpunix", "Delivered: <{hex}@{host}> to mailbox: user.{user}"),
            ("master", "process type:SERVICE name:imap path:/usr/lib/cyrus/bin/imapd age:{float}s pid:{n} exited, status 0"),
            ("imap", "USAGE {user} user: {float1} sys: {float2}"),
            ("imap", "Expunged {small} messages from user.{user}"),
            ("ctl_cyrusdb", "checkpointing cyrus databases"),
            ("ctl_cyrusdb", "done checkpointing cyrus databases"),
        ],
    },
    Format {
        // Jest's test output: a suite's verdict, a failed test's name, the summary.
        name: "jest",
        header: hms_header,
        events: &[
            ("-", "PASS src/{utils|api|components}/{format|client|Button|store}.test.{ts|tsx|js} ({float} s)"),
            ("-", "FAIL src/{utils|api|components}/{format|client|Button|store}.test.{ts|tsx|js}"),
            ("-", "  ● {Client|Button|store} › {retries on 503|renders the label|handles empty input}"),
            ("-", "Tests:       {small} failed, {n} passed, {n2} total"),
            ("-", "Test Suites: {small} failed, {n} passed, {n2} total"),
            ("-", "Snapshots:   {small} passed, {small} total"),
            ("-", "Time:        {float} s"),
            ("-", "Ran all test suites."),
            ("-", "    Expected: {200|201|204}"),
            ("-", "    Received: {500|503|404}"),
        ],
    },
    Format {
        // AIDE's report: the summary's counts, changed files with their flags.
        name: "aide",
        header: hms_header,
        events: &[
            ("-", "Start timestamp: {date} {hms} +0000 (AIDE 0.18.6)"),
            ("-", "AIDE found differences between database and filesystem!!"),
            ("-", "  Total number of entries:\t{n}"),
            ("-", "  Added entries:\t\t{small}"),
            ("-", "  Removed entries:\t\t{small}"),
            ("-", "  Changed entries:\t\t{small}"),
            ("-", "f++++++++++++++++: /etc/{cron.d/backup|sudoers.d/deploy|ssh/sshd_config.d/hardening.conf}"),
            ("-", "f   ...    .C... : /etc/{passwd|shadow|group|hosts}"),
            ("-", "File: /etc/{passwd|shadow|group|hosts}"),
            ("-", " Size      : {n1}                             | {n2}"),
            ("-", " SHA512    : {digest} | {digest2}"),
            ("-", "End timestamp: {date} {hms} +0000 (run time: {small}m {small2}s)"),
        ],
    },
    Format {
        // SonicWall's syslog: every field as key=value, the message's ID in `m=`.
        name: "sonicwall",
        header: hms_header,
        events: &[
            ("-", r#"id=firewall sn=0017C5{queue} time="{date} {hms} UTC" fw={ip} pri=6 c=262144 m=98 msg="Connection Opened" app={n} n={n2} src={ip2}:{port}:X1 dst={ip3}:{443|80|53}:X0 proto={tcp/https|tcp/http|udp/dns}"#),
            ("-", r#"id=firewall sn=0017C5{queue} time="{date} {hms} UTC" fw={ip} pri=6 c=1024 m=537 msg="Connection Closed" app={n} n={n2} src={ip2}:{port}:X1 dst={ip3}:{443|80|53}:X0 proto={tcp/https|tcp/http|udp/dns} sent={n3} rcvd={n4}"#),
            ("-", r#"id=firewall sn=0017C5{queue} time="{date} {hms} UTC" fw={ip} pri=1 c=32 m=82 msg="Possible port scan detected" n={n2} src={ip2}:{port}:X1 dst={ip3}:{n3}:X0 note="TCP scanned port list, {n4}, {n5}, {n6}""#),
            ("-", r#"id=firewall sn=0017C5{queue} time="{date} {hms} UTC" fw={ip} pri=5 c=4 m=1080 msg="SSL VPN zone remote user login allowed" n={n2} src={ip2}:{port}:X1 dst={ip3}:443:X0 user="{user}""#),
            ("-", r#"id=firewall sn=0017C5{queue} time="{date} {hms} UTC" fw={ip} pri=6 c=16 m=1153 msg="SSL VPN Traffic" n={n2} src={ip2}:{port}:X1 dst={ip3}:443:X0 sent={n3} rcvd={n4}"#),
        ],
    },
    Format {
        // MinIO's server: its banner, and an error's fields over several lines.
        name: "minio",
        header: hms_header,
        events: &[
            ("-", "API: SYSTEM()"),
            ("-", "Time: {hms} UTC {mdy}"),
            ("-", "DeploymentID: {uuid}"),
            ("-", "Error: Marking http://{minio1|minio2|minio3}:9000/minio/storage/data{small}/v1 offline temporarily; caused by Post \"http://{minio1|minio2|minio3}:9000/minio/storage/data{small}/v1/diskinfo\": dial tcp {ip}:9000: connect: connection refused (*fmt.wrapError)"),
            ("-", "       {small}: internal/logger/logger.go:{n}:logger.LogIf()"),
            ("-", "MinIO Object Storage Server"),
            ("-", "Copyright: 2015-2026 MinIO, Inc."),
            ("-", "Status:         {small} Online, {small2} Offline."),
            ("-", "S3-API: http://{ip}:9000  http://127.0.0.1:9000"),
            ("-", "Waiting for all MinIO sub-systems to be initialized.. lock acquired"),
        ],
    },
    Format {
        // A payments API's request log: Stripe-style IDs, a type's prefix and random base62.
        name: "payments_api",
        header: iso_level_header,
        events: &[
            ("INFO", "POST /v1/charges 200 req_{typedid} customer=cus_{typedid} charge=ch_{longid} amount={n} currency={usd|eur|gbp}"),
            ("INFO", "POST /v1/refunds 200 req_{typedid} charge=ch_{longid} refund=re_{typedid} amount={n}"),
            ("WARN", "POST /v1/charges 402 req_{typedid} customer=cus_{typedid} code=card_declined decline_code={insufficient_funds|do_not_honor|expired_card}"),
            ("INFO", "webhook evt_{typedid} type={charge.succeeded|charge.refunded|invoice.paid} delivered to endpoint we_{typedid} in {n}ms"),
            ("ERROR", "webhook evt_{typedid} delivery to we_{typedid} failed: status {500|502|503} after {small} attempts"),
            ("INFO", "GET /v1/customers/cus_{typedid} 200 req_{typedid}"),
        ],
    },
    Format {
        // yt-dlp: the extractor in brackets, a video's 11-character ID.
        name: "ytdlp",
        header: hms_header,
        events: &[
            ("-", "[youtube] Extracting URL: https://www.youtube.com/watch?v={videoid}"),
            ("-", "[youtube] {videoid}: Downloading webpage"),
            ("-", "[youtube] {videoid}: Downloading ios player API JSON"),
            ("-", "[info] {videoid}: Downloading 1 format(s): {137|22|18}+{140|251}"),
            ("-", "[download] Destination: /home/{user}/Videos/{videoid}.{f137|f22|f18}.mp4"),
            ("-", "[download] 100% of {float}MiB in 00:00:{n} at {float2}MiB/s"),
            ("-", "[Merger] Merging formats into \"/home/{user}/Videos/{videoid}.mp4\""),
            ("-", "ERROR: [youtube] {videoid}: Video unavailable. This video is private"),
        ],
    },
    Format {
        // A token service: JWTs in base64url, nanoid token IDs.
        name: "token_service",
        header: iso_level_header,
        events: &[
            ("INFO", "issued access token jti={nanoid} sub={user} aud=api exp={epochs}"),
            ("INFO", "refreshed session sid={nanoid} for {user}"),
            ("WARN", "rejected token {jwt}: signature invalid"),
            ("WARN", "rejected token {jwt}: expired at {iso}"),
            ("INFO", "revoked {small} tokens for {user} (jti={nanoid})"),
        ],
    },
    Format {
        // A URL shortener's redirects: short codes of seven base62 characters.
        name: "shortener",
        header: bracketed_time_header,
        events: &[
            ("-", "GET /{shortid} 301 -> https://{www.example.com|docs.example.org}/{webfile} {n}us"),
            ("-", "GET /{shortid} 404 code not found"),
            ("-", "POST /api/links 201 created {shortid} for {user}"),
            ("-", "DELETE /api/links/{shortid} 204 by {user}"),
        ],
    },
    Format {
        // An application logging in German: the verb at the end of the sentence.
        name: "german_app",
        header: iso_level_header,
        events: &[
            ("INFO", "Benutzer {user} hat sich angemeldet (Sitzung {n})"),
            ("INFO", "Verbindung zu {ip}:{port} hergestellt"),
            ("WARN", "Verbindung zu {ip}:{port} getrennt: Zeitüberschreitung nach {small} Sekunden"),
            ("ERROR", "Datei {path} konnte nicht geöffnet werden: Zugriff verweigert"),
            ("INFO", "Sicherung abgeschlossen: {n} Dateien, {float} GB in {small} Minuten"),
            ("INFO", "Dienst {svc} wurde gestartet"),
            ("INFO", "Dienst {svc} wurde beendet"),
            ("WARN", "Speicherplatz auf {/|/var|/home} fast erschöpft: {small} % frei"),
        ],
    },
    Format {
        // An application logging in French: elided articles (`l'`, `d'`) and a space before
        // a colon.
        name: "french_app",
        header: iso_level_header,
        events: &[
            ("INFO", "Connexion de l'utilisateur {user} depuis {ip}"),
            ("WARN", "Échec de l'authentification pour l'utilisateur {user} depuis {ip} : mot de passe incorrect"),
            ("INFO", "Le service {svc} a démarré en {n} ms"),
            ("INFO", "Le service {svc} s'est arrêté"),
            ("ERROR", "Impossible d'ouvrir le fichier {path} : permission refusée"),
            ("INFO", "Sauvegarde terminée : {n} fichiers copiés en {float} s"),
            ("WARN", "La requête {uuid} a dépassé le délai d'attente ({small} s)"),
        ],
    },
    Format {
        // An application logging in Spanish.
        name: "spanish_app",
        header: iso_level_header,
        events: &[
            ("INFO", "El usuario {user} inició sesión desde {ip}"),
            ("INFO", "El usuario {user} cerró la sesión"),
            ("ERROR", "No se pudo conectar a {ip}:{port}: tiempo de espera agotado"),
            ("INFO", "Copia de seguridad completada: {n} archivos, {float} GB"),
            ("WARN", "Uso de memoria alto en {host}: {small}%"),
            ("INFO", "Pedido {n} enviado a {email}"),
        ],
    },
    Format {
        // English with contractions and quoted names: apostrophes that open no quote.
        name: "contractions",
        header: iso_level_header,
        events: &[
            ("ERROR", "Couldn't resolve host '{host}'"),
            ("ERROR", "Can't connect to {ip}:{port}: connection refused"),
            ("WARN", "Config file '/etc/{svc}/config.yaml' doesn't exist, using defaults"),
            ("INFO", "User '{user}' isn't a member of group '{admins|staff|wheel}'"),
            ("WARN", "Won't retry job {n}: it's already been attempted {small} times"),
            ("INFO", "Plugin '{svc}' loaded, it'll run every {small} minutes"),
        ],
    },
    Format {
        // PostgreSQL's statement log: each query shape an event, its literals values.
        name: "pg_statements",
        header: postgres_header,
        events: &[
            ("LOG", "duration: {float} ms  statement: SELECT id, email FROM users WHERE id = {n} LIMIT 1"),
            ("LOG", "duration: {float} ms  statement: SELECT * FROM orders WHERE customer_id = {n} AND status = '{pending|shipped|cancelled}' ORDER BY created_at DESC"),
            ("LOG", "duration: {float} ms  statement: UPDATE sessions SET last_seen = now() WHERE token = '{hex}'"),
            ("LOG", "duration: {float} ms  statement: INSERT INTO audit_log (user_id, action, at) VALUES ({n}, '{login|logout|export}', '{iso}')"),
            ("LOG", "duration: {float} ms  statement: DELETE FROM carts WHERE updated_at < now() - interval '{small} days'"),
            ("LOG", "duration: {float} ms  execute <unnamed>: SELECT name FROM products WHERE sku IN ('{hex}', '{hex2}', '{hex3}')"),
            ("ERROR", "duplicate key value violates unique constraint \"users_email_key\""),
            ("DETAIL", "Key (email)=({email}) already exists."),
        ],
    },
    Format {
        // A service that prints each request as pretty-printed JSON: a member a line.
        name: "json_pretty",
        header: hms_header,
        events: &[
            ("-", "{"),
            ("-", "}"),
            ("-", "  \"request_id\": \"{uuid}\","),
            ("-", "  \"status\": {200|201|404|500},"),
            ("-", "  \"path\": \"/api/v1/{svc}/{n}\","),
            ("-", "  \"duration_ms\": {float},"),
            ("-", "  \"user\": \"{user}\""),
        ],
    },
    Format {
        // `kubectl describe pod`: a field a line, its value padded to a column.
        name: "kubectl_describe",
        header: hms_header,
        events: &[
            ("-", "Name:             {pod}"),
            ("-", "Namespace:        {ns}"),
            ("-", "Node:             node-{small}/{ip}"),
            ("-", "Start Time:       {Sat|Sun|Mon}, {day} Nov 2026 {hms} +0000"),
            ("-", "Status:           {Running|Pending|Succeeded|Failed}"),
            ("-", "IP:               {ip}"),
            ("-", "    Image:          {nginx|redis|postgres}:{small}.{small2}"),
            ("-", "    Restart Count:  {small}"),
            ("-", "  Normal   Pulled     {small}m   kubelet  Container image \"{nginx|redis|postgres}:{small2}.{small3}\" already present on machine"),
            ("-", "  Warning  BackOff    {small}m   kubelet  Back-off restarting failed container {svc} in pod {pod}_{ns}({uuid})"),
        ],
    },
    Format {
        // `kubectl get pods` in a CI job's log: a table's rows, padded to columns.
        name: "kubectl_get",
        header: hms_header,
        events: &[
            ("-", "NAME                                READY   STATUS    RESTARTS   AGE"),
            ("-", "{pod}   {0|1}/1     {Running|Pending|CrashLoopBackOff|Completed}   {small}          {small2}{m|h|d}"),
            ("-", "No resources found in {ns} namespace."),
        ],
    },
    Format {
        // tcpdump: addresses with their ports after a full stop, TCP's flags in brackets.
        name: "tcpdump",
        header: hms_header,
        events: &[
            ("-", "{hms}.{n} IP {ip}.{port} > {ip2}.{443|80|22}: Flags [{S|S.|.|P.|F.|R.}], seq {n2}:{n3}, ack {n4}, win {n5}, options [nop,nop,TS val {n6} ecr {n7}], length {small}"),
            ("-", "{hms}.{n} IP {ip}.{port} > {ip2}.53: {n2}+ {A|AAAA}? {host}. ({small})"),
            ("-", "{hms}.{n} IP {ip}.53 > {ip2}.{port}: {n2} {small}/0/0 A {ip3} ({small2})"),
            ("-", "{hms}.{n} ARP, Request who-has {ip} tell {ip2}, length 28"),
            ("-", "{hms}.{n} IP {ip} > {ip2}: ICMP echo request, id {n2}, seq {small}, length 64"),
        ],
    },
    Format {
        // `curl -v`: what it connects to, the request's and the response's headers.
        name: "curl_verbose",
        header: hms_header,
        events: &[
            ("-", "*   Trying {ip}:{443|80}..."),
            ("-", "* Connected to {host} ({ip}) port {443|80} (#0)"),
            ("-", "> GET /api/v1/{svc}/{n} HTTP/1.1"),
            ("-", "> Host: {host}"),
            ("-", "> User-Agent: curl/8.{small}.0"),
            ("-", "< HTTP/1.1 {200 OK|404 Not Found|503 Service Unavailable}"),
            ("-", "< Content-Length: {n}"),
            ("-", "< Date: {Sat|Sun|Mon}, {day} Nov 2026 {hms} GMT"),
            ("-", "* Connection #0 to host {host} left intact"),
        ],
    },
    Format {
        // `git push` in a CI job's log.
        name: "git_push",
        header: hms_header,
        events: &[
            ("-", "Enumerating objects: {n}, done."),
            ("-", "Counting objects: 100% ({n}/{n}), done."),
            ("-", "Writing objects: 100% ({n}/{n}), {float} KiB | {float2} MiB/s, done."),
            ("-", "remote: Resolving deltas: 100% ({small}/{small}), completed with {small2} local objects."),
            ("-", "To github.com:{svc}/{svc2}.git"),
            ("-", "   {hex}..{hex2}  main -> main"),
            ("-", " * [new branch]      {feature|fix|release}/{svc}-{n} -> {feature|fix|release}/{svc}-{n}"),
            ("-", " ! [rejected]        main -> main (fetch first)"),
        ],
    },
    Format {
        // An iOS device's console: the process, its subsystem in parentheses and its ID, the
        // level in angle brackets.
        name: "ios_console",
        header: ios_header,
        events: &[
            ("SpringBoard(FrontBoard)", "<Notice>: [app<com.example.{shop|mail|maps}>:{n}] Workspace assertion state did change: 4 (acquireAssertion = YES)"),
            ("locationd", "<Notice>: Client {com.apple.weather|com.example.maps} disconnected"),
            ("wifid(WiFiPolicy)", "<Notice>: WiFi:[{n}.{n2}]: Processing link event UP for {en0|en1}"),
            ("kernel(AppleBCMWLANCore)", "<Error>: wl0: setPowerSave: Error setting power save mode {small}"),
            ("dasd", "<Notice>: Trigger: <com.apple.{backup|photos|spotlight}.trigger> is now {true|false}"),
            ("mediaserverd", "<Notice>: -CMSessionMgr- CMSessionMgrHandleApplicationStateChange: CMSession: Client com.example.{shop|mail|maps} with pid '{n}' is now {Foreground|Background}"),
        ],
    },
    Format {
        // Unity's player log: a message, its managed stack (a frame's function its event), and
        // where the call to log was.
        name: "unity_player",
        header: hms_header,
        events: &[
            ("-", "Loading scene {MainMenu|Level{small}|Arena} took {n} ms"),
            ("-", "UnityEngine.Debug:Log (object)"),
            ("-", "PlayerController:Update () (at Assets/Scripts/PlayerController.cs:42)"),
            ("-", "EnemySpawner:Spawn (int) (at Assets/Scripts/EnemySpawner.cs:117)"),
            ("-", "(Filename: ./Runtime/Export/Debug/Debug.bindings.h Line: 35)"),
            ("-", "NullReferenceException: Object reference not set to an instance of an object"),
            ("-", "Unloading {n} unused Assets to reduce memory usage. Loaded Objects now: {n2}."),
            ("-", "UnloadTime: {float} ms"),
        ],
    },
    Format {
        // ESP-IDF's firmware log: the level's letter, milliseconds since boot, the component.
        name: "esp_idf",
        header: esp_header,
        events: &[
            ("I wifi", "wifi driver task: {hex}, prio:23, stack:6656, core=0"),
            ("I wifi", "connected with {home-net|office|iot-2g}, aid = {small}, channel {small2}, BW20, bssid = {hwaddr}"),
            ("I esp_netif_handlers", "sta ip: {ip}, mask: 255.255.255.0, gw: {ip2}"),
            ("E HTTP_CLIENT", "Connection failed, sock < 0"),
            ("W wifi", "Haven't to connect to a suitable AP now!"),
            ("I MQTT_CLIENT", "Sending MQTT CONNECT message, type: 1, id: 0000"),
            ("E MQTT_CLIENT", "Error transport connect"),
            ("I app", "temperature={float} C humidity={float2} %"),
        ],
    },
    Format {
        // Zephyr RTOS: uptime to the microsecond in brackets, the level in angle brackets.
        name: "zephyr",
        header: zephyr_header,
        events: &[
            ("inf main", "Booting Zephyr OS build v3.{small}.0"),
            ("inf net_config", "Initializing network"),
            ("inf net_config", "IPv4 address: {ip}"),
            ("wrn bt_hci_core", "No ID address. App must call settings_load()"),
            ("err sensor", "Failed to fetch sample from {bme280@76|sht3xd@44} ({small})"),
            ("inf app", "Button pressed at {n}"),
        ],
    },
    Format {
        // VS Code's logs: the time, the level in brackets (as lager writes its own), the
        // component's message.
        name: "vscode",
        header: riak_lager_header,
        events: &[
            ("info", "ExtensionService#_doActivateExtension {vscode.git|ms-python.python|rust-lang.rust-analyzer}, startup: {true|false}, activationEvent: '{*|onLanguage:python|workspaceContains:Cargo.toml}'"),
            ("info", "Started local extension host with pid {n}."),
            ("error", "[{ms-python.python|rust-lang.rust-analyzer}]: Activating extension failed: Error: spawn {python3|rust-analyzer} ENOENT"),
            ("warning", "Settings pattern \"{editor.*|files.exclude}\" doesn't match any settings"),
            ("info", "Extension host with pid {n} exited with code: 0, signal: unknown."),
        ],
    },
    Format {
        // JetBrains IDEs' idea.log: the uptime in milliseconds padded in brackets, the level
        // padded, the logger shortened with `#`.
        name: "jetbrains",
        header: jetbrains_header,
        events: &[
            ("INFO - #c.i.o.a.i.ActionManagerImpl", "Cannot find action by id {EditorCopy|RunClass|GotoFile}"),
            ("INFO - #c.i.i.StartupUtil", "JVM: 17.0.{small}+{small2}-b{n} (OpenJDK 64-Bit Server VM)"),
            ("WARN - #c.i.o.v.n.p.FSRecords", "Indexes will be rebuilt after {small} failed attempts"),
            ("INFO - #c.i.u.i.UnindexedFilesScanner", "Scanning completed for {svc}. Number of scanned files: {n}; number of files for indexing: {n2} took {n3}ms"),
            ("ERROR - #c.i.o.p.i.ProjectManagerImpl", "Cannot load project: /home/{user}/src/{svc}/.idea/misc.xml (No such file or directory)"),
        ],
    },
    Format {
        // go-ethereum: the level, the day and time in brackets, a message padded to a column,
        // then its fields, numbers with thousands separators and hashes shortened with `…`.
        name: "geth",
        header: geth_header,
        events: &[
            ("INFO", "Imported new chain segment               number={thousands} hash={ethhash} blocks=1 txs={n} mgas={float} elapsed={float2}ms mgasps={float3} age={small}m{small2}s"),
            ("INFO", "Looking for peers                        peercount={small} tried={n} static=0"),
            ("WARN", "Snapshot extension registration failed   peer={hex} err=\"peer connected on snap without compatible eth support\""),
            ("INFO", "Chain head was updated                   number={thousands} hash={ethhash} root={ethhash2} elapsed={float}ms"),
            ("INFO", "Imported new potential chain segment     number={thousands} hash={ethhash} blocks=1 txs={n} mgas={float} elapsed={float2}ms mgasps={float3} snapdiffs={float4}MiB triedirty={float5}MiB"),
        ],
    },
    Format {
        // lnd, a Lightning node: the time, the level in three capitals, the subsystem.
        name: "lnd",
        header: lnd_header,
        events: &[
            ("INF HSWC", "Sent {n} satoshis and received {n2} satoshis in the last 10 seconds ({float} tx/sec)"),
            ("INF PEER", "Peer({container}): Loading ChannelPoint({container2}:{small}), isPending={true|false}"),
            ("INF CRTR", "Processed channels={small} updates={n} nodes={small2} in last {float}s"),
            ("ERR RPCS", "[/lnrpc.Lightning/SendPaymentSync]: unable to find a path to destination"),
            ("INF DISC", "GossipSyncer({container}): applying new update horizon: start={iso}, end={iso2}, backlog_size={n}"),
        ],
    },
    Format {
        // An OAuth gateway: authorisation codes in a query string, plus-tagged addresses.
        name: "oauth_gateway",
        header: iso_level_header,
        events: &[
            ("INFO", "GET /oauth/callback?code=4/0A{fingerprint}&state={nanoid}&scope=email%20profile 302 {dur}"),
            ("INFO", "token exchange for client {uuid} took {dur}"),
            ("INFO", "user {plusemail} granted scopes [openid email profile]"),
            ("WARN", "invalid_grant for client {uuid}: code already redeemed"),
        ],
    },
    Format {
        // A billing service: amounts in currencies as people write them, masked card numbers.
        name: "billing",
        header: iso_level_header,
        events: &[
            ("INFO", "charged {money} to customer {user} (card **** **** **** {card})"),
            ("INFO", "refunded {money} to customer {user}, balance now {money2}"),
            ("WARN", "card **** **** **** {card} declined for {user}: insufficient funds"),
            ("INFO", "invoice INV-{n} paid in full: {money}"),
        ],
    },
    Format {
        // A container registry: images by digest, tags as semantic versions.
        name: "registry",
        header: iso_level_header,
        events: &[
            ("INFO", "pulling registry.example.com:5000/team/{svc}@sha256:{container}"),
            ("INFO", "tagged team/{svc}:{imagetag} as latest"),
            ("INFO", "pushed team/{svc}:{imagetag} ({n} bytes, {small} layers)"),
            ("WARN", "manifest unknown: team/{svc}:{imagetag}"),
        ],
    },
    Format {
        // Cisco switches' MAC flapping and learning, with MACs in dotted groups of four.
        name: "cisco_mac",
        header: tag_header,
        events: &[
            ("%SW_MATM-4-MACFLAP_NOTIF", "Host {ciscomac} in vlan {small} is flapping between port Gi1/0/{small2} and port Gi1/0/{small3}"),
            ("%PORT_SECURITY-2-PSECURE_VIOLATION", "Security violation occurred, caused by MAC address {ciscomac} on port GigabitEthernet1/0/{small}."),
            ("%LINK-3-UPDOWN", "Interface GigabitEthernet1/0/{small}, changed state to down"),
        ],
    },
    Format {
        // A training job: losses and learning rates in scientific notation.
        name: "training",
        header: iso_level_header,
        events: &[
            ("INFO", "epoch {small} step {n} loss={sci} lr={sci2} grad_norm={float}"),
            ("INFO", "validation: accuracy={float}% loss={sci}"),
            ("WARN", "gradient overflow, scaling loss by {sci}"),
            ("INFO", "saved checkpoint to /checkpoints/{svc}/step-{n}.pt"),
        ],
    },
    Format {
        // A chat service: handles with letters beyond ASCII, mentions and channels.
        name: "chat",
        header: iso_level_header,
        events: &[
            ("INFO", "@{handle} mentioned @{handle2} in #{general|random|ops|café}"),
            ("INFO", "@{handle} joined #{general|random|ops|café}"),
            ("INFO", "message {n} from @{handle} edited after {small}s"),
            ("WARN", "rate limited @{handle}: {small} messages in 10s"),
        ],
    },
    Format {
        // z/OS SYSLOG: message IDs, upper-case job names, RACF user IDs padded to eight.
        name: "zos_syslog",
        header: zos_header,
        events: &[
            ("JOB", "IEF403I {jobname} - STARTED - TIME={zostime}"),
            ("JOB", "IEF404I {jobname} - ENDED - TIME={zostime}"),
            ("JOB", "$HASP373 {jobname} STARTED - INIT {small}    - CLASS {A|B|C} - SYS SYSA"),
            ("JOB", "$HASP395 {jobname} ENDED - RC={0000|0004|0008|0012}"),
            ("JOB", "IEF450I {jobname} STEP{small} - ABEND=S0C{4|7|B} U0000 REASON=00000000"),
            ("TSU", "ICH408I USER({racfpadded}) GROUP(PAYGRP  ) NAME(###) LOGON/JOB INITIATION - INVALID PASSWORD ENTERED"),
            ("JOB", "IRR010I  USERID {racfpadded} IS ASSIGNED TO THIS JOB."),
            ("JOB", "IEC070I 034-220,{jobname},STEP{small},SYSUT2,{hex4},VOL{n},{dsn}"),
            ("STC", "IEA995I SYMPTOM DUMP OUTPUT  SYSTEM COMPLETION CODE=0C4  REASON CODE={00000011|00000004|0000000C}"),
            ("STC", "$HASP100 {jobname} ON INTRDR      FROM TSU{n} {racfpadded}"),
        ],
    },
    Format {
        // ArcSight CEF over syslog: the event's class and name between pipes, then its fields.
        name: "cef",
        header: device_host_header,
        events: &[
            ("fw01", "CEF:0|Acme|Firewall|3.2|100|Connection allowed|3|src={ip} spt={port} dst={ip2} dpt=443 proto=TCP act=allow"),
            ("fw01", "CEF:0|Acme|Firewall|3.2|101|Connection denied|5|src={ip} spt={port} dst={ip2} dpt={port2} proto=UDP act=deny"),
            ("ids01", "CEF:0|Acme|IDS|3.2|2001|Port scan detected|8|src={ip} dst={ip2} cnt={n}"),
            ("auth01", "CEF:0|Acme|Auth|3.2|300|Login failed|6|suser={user} src={ip} reason=Bad password"),
            ("auth01", "CEF:0|Acme|Auth|3.2|301|Login succeeded|2|suser={user} src={ip}"),
            ("proxy01", "CEF:0|Acme|Proxy|3.2|400|URL blocked|4|request=https://{host}{path} requestMethod=GET cat=Malware"),
        ],
    },
    Format {
        // IBM QRadar LEEF 1.0: the event ID in the header's last field, fields split by tabs.
        name: "leef",
        header: device_host_header,
        events: &[
            ("pa01", "LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|10.1.6|TRAFFIC|cat=end\tsrc={ip}\tdst={ip2}\tsrcPort={port}\tdstPort=443\tproto=tcp\tusrName={user}"),
            ("pa01", "LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|10.1.6|THREAT|cat=vulnerability\tsrc={ip}\tdst={ip2}\tsev={small}\tthreatName=Apache Log4j Remote Code Execution"),
            ("ex01", "LEEF:1.0|Microsoft|MSExchange|2016|15345|src={ip}\tdst={ip2}\tsender={email}\trecipient={email2}\ttotalSize={n}"),
            ("ex01", "LEEF:1.0|Microsoft|MSExchange|2016|15346|src={ip}\tsender={email}\treason=Message rejected as spam"),
            ("lnx01", "LEEF:2.0|Linux|auditd|3.0|USER_LOGIN|usrName={user}\tsrc={ip}\tres=failed"),
        ],
    },
    Format {
        // vLLM's OpenAI-compatible server: metrics lines full of values, request IDs.
        name: "vllm",
        header: vllm_header,
        events: &[
            ("INFO metrics.py:351", "Avg prompt throughput: {float} tokens/s, Avg generation throughput: {float2} tokens/s, Running: {small} reqs, Swapped: 0 reqs, Pending: {small2} reqs, GPU KV cache usage: {float3}%, CPU KV cache usage: 0.0%."),
            ("INFO engine.py:267", "Added request chatcmpl-{cmplid}."),
            ("INFO engine.py:291", "Finished request chatcmpl-{cmplid}."),
            ("INFO api_server.py:912", "{ip}:{port} - \"POST /v1/chat/completions HTTP/1.1\" 200 OK"),
            ("INFO api_server.py:912", "{ip}:{port} - \"GET /metrics HTTP/1.1\" 200 OK"),
            ("WARNING scheduler.py:1089", "Sequence group chatcmpl-{cmplid} is preempted by PreemptionMode.RECOMPUTE mode because there is not enough KV cache space. total_num_cumulative_preemption={n}"),
            ("INFO model_runner.py:1060", "Loading model weights took {float} GB"),
            ("INFO gpu_executor.py:122", "# GPU blocks: {n}, # CPU blocks: {n2}"),
            ("ERROR async_llm_engine.py:65", "Engine background task failed"),
        ],
    },
    Format {
        // NetApp ONTAP's EMS events: node, daemon and the event's dotted name in brackets.
        name: "netapp_ems",
        header: netapp_header,
        events: &[
            ("wafl_exempt01: wafl.vol.autoSize.done:notice", "Volume autosize: Automatic grow of volume '{table}@vserver:{uuid}' by {n}KB complete."),
            ("vifmgr: vifmgr.lifs.noredundancy:error", "No redundancy in the failover configuration for {small} LIFs assigned to node \"cluster1-0{small2}\"."),
            ("mgwd: sshd.auth.loginDenied:notice", "Login attempt by user {user} from {ip} was denied."),
            ("kernel: callhome.spares.low:error", "Call home for SPARES_LOW"),
            ("monitor: disk.failmsg:error", "Disk {small}.{small2}.{n} (S/N {queue}) failed."),
            ("scsiblade: scsiblade.san.config.active:notice", "The SAN configuration is active on node cluster1-0{small}."),
        ],
    },
    Format {
        // Brocade Fabric OS RASLog: the message ID in brackets, a sequence number, the switch.
        name: "brocade",
        header: brocade_header,
        events: &[
            ("SEC-1203 INFO", "Login information: Login successful via TELNET/SSH/RSH. IP Addr: {ip}"),
            ("SEC-1193 WARNING", "Security violation: Login failure attempt via SSH. IP Addr: {ip}"),
            ("FW-1424 WARNING", "Switch status changed from HEALTHY to MARGINAL."),
            ("PORT-1003 WARNING", "Port {small} Faulted because of many Link Failures."),
            ("ZONE-1022 INFO", "The effective configuration has changed to cfg_{svc}."),
            ("SNMP-1008 INFO", "The last device change happened at : {ctime}"),
            ("FABR-1001 WARNING", "port {small}, incompatible switch."),
        ],
    },
    Format {
        // IBM Spectrum LSF's mbatchd: the daemon's function, job IDs and hosts in angle brackets.
        name: "lsf",
        header: lsf_header,
        events: &[
            ("6", "do_submitReq: job <{n}> submitted by user <{user}> to queue <{normal|short|gpu}>"),
            ("6", "dispatchJob: job <{n}> dispatched to host <{host}>"),
            ("6", "job_finish: job <{n}> exited with status {small}"),
            ("3", "replyHostInfo: host <{host}> is unreachable; mark it unavail"),
            ("5", "chkpnt_job: checkpoint of job <{n}> failed: {No space left on device|Permission denied}"),
            ("6", "switchJobQueue: job <{n}> moved from queue <short> to queue <normal> by user <{user}>"),
        ],
    },
    Format {
        // Open MPI: a rank's crash, its frames, and mpirun's summary.
        name: "openmpi",
        header: hms_header,
        events: &[
            ("-", "[{host}:{n}] *** Process received signal ***"),
            ("-", "[{host}:{n}] Signal: Segmentation fault (11)"),
            ("-", "[{host}:{n}] Failing at address: 0x{hex}"),
            ("-", "[{host}:{n}] [ {small}] /usr/lib/x86_64-linux-gnu/libc.so.6(+0x{hex})[0x{hex2}]"),
            ("-", "[{host}:{n}] *** End of error message ***"),
            ("-", "mpirun noticed that process rank {small} with PID {n} on node {host} exited on signal 11 (Segmentation fault)."),
            ("-", "[{host}:{n}] {small} more processes have sent help message help-mpi-btl-openib.txt / no active ports found"),
        ],
    },
    Format {
        // xcodebuild: build steps with paths and targets, compiler diagnostics.
        name: "xcodebuild",
        header: hms_header,
        events: &[
            ("-", "CompileSwift normal arm64 /Users/{user}/src/Shop/Sources/{swiftfile} (in target 'Shop' from project 'Shop')"),
            ("-", "Ld /Users/{user}/Library/Developer/Xcode/DerivedData/Shop-{nixhash}/Build/Products/Debug-iphonesimulator/Shop.app/Shop normal (in target 'Shop' from project 'Shop')"),
            ("-", "/Users/{user}/src/Shop/Sources/{swiftfile}:{n}:{small}: warning: variable '{cvar}' was never mutated; consider changing to 'let' constant"),
            ("-", "/Users/{user}/src/Shop/Sources/{swiftfile}:{n}:{small}: error: cannot find '{cvar}' in scope"),
            ("-", "CodeSign /Users/{user}/Library/Developer/Xcode/DerivedData/Shop-{nixhash}/Build/Products/Debug-iphonesimulator/Shop.app (in target 'Shop' from project 'Shop')"),
            ("-", "** BUILD SUCCEEDED ** [{float} sec]"),
            ("-", "** BUILD FAILED **"),
        ],
    },
    Format {
        // webpack 5's build summary: assets with sizes and flags, warnings with positions.
        name: "webpack",
        header: hms_header,
        events: &[
            ("-", "asset {bundle} {float} KiB [emitted] [minimized] (name: {main|vendor|runtime})"),
            ("-", "orphan modules {float} KiB [orphan] {n} modules"),
            ("-", "webpack 5.89.0 compiled successfully in {n} ms"),
            ("-", "webpack 5.89.0 compiled with {small} warnings in {n} ms"),
            ("-", "WARNING in ./src/components/{jsfile} {small}:{small2}-{n}"),
            ("-", "Module not found: Error: Can't resolve '{pypkg}' in '/app/src/components'"),
        ],
    },
    Format {
        // A Solana validator: Rust targets, slots, and metrics as InfluxDB integers.
        name: "solana",
        header: solana_header,
        events: &[
            ("INFO  solana_core::replay_stage", "new fork:{n} parent:{n2} root:{n3}"),
            ("INFO  solana_metrics::metrics", "datapoint: cost_tracker_stats is_leader=false bank_slot={n}i total_cost={n2}i"),
            ("WARN  solana_core::repair::serve_repair", "serve_repair: ignored {small} packets"),
            ("INFO  solana_ledger::blockstore", "slot {n} is full, {n2} shreds"),
            ("ERROR solana_core::replay_stage", "Failed to replay slot {n}: InvalidAccountIndex"),
            ("INFO  solana_core::consensus", "voting: {n} {float}%"),
        ],
    },
    Format {
        // ArubaOS-CX: an event's number, severity and module between pipes after the daemon.
        name: "aruba_cx",
        header: aruba_header,
        events: &[
            ("lldpd", "Event|1301|LOG_INFO|AMM|1/1|LLDP neighbor {hwaddr} added on 1/1/{small}"),
            ("lldpd", "Event|1302|LOG_INFO|AMM|1/1|LLDP neighbor {hwaddr} deleted on 1/1/{small}"),
            ("intfd", "Event|403|LOG_INFO|AMM|1/1|Link status for interface 1/1/{small} is up"),
            ("intfd", "Event|404|LOG_WARN|AMM|1/1|Link status for interface 1/1/{small} is down"),
            ("hpe-restd", "Event|2601|LOG_INFO|AMM|-|User {user} logged in from {ip} through SSH session."),
            ("hpe-config", "Event|6801|LOG_INFO|AMM|-|Configuration changes were saved by {user}"),
        ],
    },
    Format {
        // `pulumi up`: resource types with colons and slashes, names, states and durations.
        name: "pulumi_resources",
        header: hms_header,
        events: &[
            ("-", " +  {pulumitype} {svc}-{table} creating ({small}s)"),
            ("-", " +  {pulumitype} {svc}-{table} created ({small}s)"),
            ("-", " ~  {pulumitype} {svc}-{table} updating ({small}s) [diff: ~tags]"),
            ("-", " -  {pulumitype} {svc}-{table} deleting ({small}s)"),
            ("-", "    pulumi:pulumi:Stack {svc}-{stage} running"),
            ("-", "Updating ({stage})"),
            ("-", "    + {small} created"),
            ("-", "    {n} unchanged"),
            ("-", "Duration: {small}m{small2}s"),
        ],
    },
    Format {
        // Fedora's dnf.log: packages as name-version-release.dist.arch.
        name: "dnf",
        header: dnf_header,
        events: &[
            ("DEBUG", "Installed: {rpm}"),
            ("DEBUG", "Upgraded: {rpm}"),
            ("DDEBUG", "Command: dnf {install|remove|upgrade} -y {pypkg}"),
            ("INFO", "Last metadata expiration check: {small}:{mmss} ago on {ctime}."),
            ("DEBUG", "Cannot download 'https://mirrors.fedoraproject.org/metalink?repo={fedorarepo}&arch=x86_64': Cannot prepare internal mirrorlist: Curl error (6): Couldn't resolve host name"),
            ("SUBDEBUG", "Upgrade: {rpm}"),
            ("DEBUG", "Completion plugin: Generating completion cache..."),
            ("INFO", "Metadata cache created."),
        ],
    },
    Format {
        // Arch Linux's pacman.log: packages and versions with epochs, scriptlets' output.
        name: "pacman",
        header: pacman_header,
        events: &[
            ("ALPM", "upgraded {archpkg} ({archver} -> {archver2})"),
            ("ALPM", "installed {archpkg} ({archver})"),
            ("ALPM", "removed {archpkg} ({archver})"),
            ("PACMAN", "Running 'pacman -Syu'"),
            ("PACMAN", "synchronizing package lists"),
            ("PACMAN", "starting full system upgrade"),
            ("ALPM-SCRIPTLET", "==> Building image from preset: /etc/mkinitcpio.d/linux.preset: '{default|fallback}'"),
            ("ALPM", "warning: /etc/{pacman.conf|makepkg.conf|locale.gen} installed as /etc/{pacman.conf|makepkg.conf|locale.gen}.pacnew"),
            ("ALPM", "transaction started"),
            ("ALPM", "transaction completed"),
        ],
    },
    Format {
        // Alpine's apk: a counter of packages before each step.
        name: "apk",
        header: hms_header,
        events: &[
            ("-", "({small}/{n}) Installing {apkpkg} ({apkver})"),
            ("-", "({small}/{n}) Upgrading {apkpkg} ({apkver} -> {apkver2})"),
            ("-", "({small}/{n}) Purging {apkpkg} ({apkver})"),
            ("-", "Executing busybox-1.36.1-r15.trigger"),
            ("-", "OK: {n} MiB in {small} packages"),
            ("-", "fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/{main|community}/x86_64/APKINDEX.tar.gz"),
            ("-", "ERROR: unable to select packages:"),
        ],
    },
    Format {
        // sshguard: attackers' addresses in quotes, blocks with counts and durations.
        name: "sshguard",
        header: journal_header,
        events: &[
            ("sshguard", "Attack from \"{ip}\" on service {100|110|260} with danger {5|10}."),
            ("sshguard", "Blocking \"{ip}/32\" for {n} secs ({small} attacks in {small2} secs, after {small3} abuses over {n2} secs.)"),
            ("sshguard", "Blocking \"{ip}/24\" forever ({small} attacks in {small2} secs, after {small3} abuses over {n} secs.)"),
            ("sshguard", "Monitoring attacks from {ip}"),
            ("sshguard", "Now monitoring attacks."),
            ("sshguard", "Exiting on signal."),
        ],
    },
    Format {
        // ProxySQL: the source file, line and function before the level.
        name: "proxysql",
        header: proxysql_header,
        events: &[
            ("INFO MySQL_HostGroups_Manager.cpp:1523:commit()", "Generating runtime mysql servers table"),
            ("INFO MySQL_HostGroups_Manager.cpp:1890:generate_mysql_servers_table()", "Dumping current MySQL Servers structures for hostgroup ALL"),
            ("WARNING MySQL_Monitor.cpp:2342:monitor_ping_thread()", "Server {ip}:3306 missed {small} heartbeats, shunning it and killing all the connections. Disabling other checks until the node comes back online."),
            ("ERROR MySQL_Monitor.cpp:1456:monitor_read_only_thread()", "Timeout on read_only check for {ip}:3306 after {n}ms. Unable to create a connection. If the server is overload, increase mysql-monitor_connect_timeout."),
            ("INFO MySQL_Session.cpp:4321:handler()", "Received query to be killed. Thread id: {n}"),
            ("INFO ProxySQL_Admin.cpp:5678:flush_mysql_variables___database_to_runtime()", "Computed checksum for 'LOAD MYSQL VARIABLES TO RUNTIME' was '0x{hex}{hex2}', with epoch '{n}'"),
        ],
    },
    Format {
        // Percona XtraBackup 8: MySQL's error-log header, files copied, the redo log scanned.
        name: "xtrabackup",
        header: xtrabackup_header,
        events: &[
            ("Note", "Copying ./{db}/{table}.ibd to /backup/{db}/{table}.ibd"),
            ("Note", "Done: Copying ./{db}/{table}.ibd to /backup/{db}/{table}.ibd"),
            ("Note", ">> log scanned up to ({n})"),
            ("Warning", "Backup locks are not supported; using FLUSH TABLES WITH READ LOCK"),
            ("Note", "Executing FLUSH NO_WRITE_TO_BINLOG BINARY LOGS"),
            ("Note", "completed OK!"),
        ],
    },
    Format {
        // `iostat` every few seconds: a heading, the CPU's figures, a row per device.
        name: "iostat",
        header: hms_header,
        events: &[
            ("-", "Linux 6.1.0-13-amd64 ({host}) \t11/28/2026 \t_x86_64_\t({small} CPU)"),
            ("-", "avg-cpu:  %user   %nice %system %iowait  %steal   %idle"),
            ("-", "          {float}    {float2}    {float3}    {float4}    0.00   {float5}"),
            ("-", "Device             tps    kB_read/s    kB_wrtn/s    kB_dscd/s    kB_read    kB_wrtn    kB_dscd"),
            ("-", "{disk}  {float}  {float2}  {float3}  0.00  {n}  {n2}  0"),
        ],
    },
    Format {
        // OSSEC's alerts.log: an alert's lines, its groups listed with commas.
        name: "ossec",
        header: hms_header,
        events: &[
            ("-", "** Alert {epochs}: - {syslog,sshd,authentication_failed,|syslog,sshd,invalid_login,authentication_failed,|syslog,attacks,}"),
            ("-", "2026 Nov {day} {hms} ({host}) {ip}->/var/log/auth.log"),
            ("-", "Rule: {5716|5710|5712} (level {5|10}) -> '{SSHD authentication failed.|Attempt to login using a non-existent user|SSHD brute force trying to get access to the system.}'"),
            ("-", "Src IP: {ip}"),
            ("-", "User: {user}"),
            ("-", "Nov {day} {hms} {host} sshd[{n}]: Failed password for {user} from {ip} port {port} ssh2"),
        ],
    },
    Format {
        // Renovate's bot: repositories and branches in the context after each message.
        name: "renovate",
        header: renovate_header,
        events: &[
            ("INFO", "Repository started (repository=acme/{svc})"),
            ("INFO", "Dependency extraction complete (repository=acme/{svc}, baseBranch={branch})"),
            ("INFO", "Branch created (repository=acme/{svc}, branch=renovate/{pypkg}-{small}.x)"),
            ("WARN", "Package lookup failures (repository=acme/{svc})"),
            ("INFO", "PR created (repository=acme/{svc}, branch=renovate/{pypkg}-{small}.x)"),
            ("INFO", "Repository finished (repository=acme/{svc})"),
            ("DEBUG", "Found {small} package files (repository=acme/{svc})"),
        ],
    },
    Format {
        // Cloud SQL Auth Proxy: instance connection names, project:region:instance.
        name: "cloudsql_proxy",
        header: go_std_header,
        events: &[
            ("-", "Authorizing with Application Default Credentials"),
            ("", "[{sqlinstance}] Listening on 127.0.0.1:{5432|3306}"),
            ("", "[{sqlinstance}] Accepted connection from 127.0.0.1:{port}"),
            ("", "[{sqlinstance}] client closed the connection"),
            ("", "[{sqlinstance}] failed to connect to instance: Dial error: failed to dial (connection name = \"{sqlinstance}\"): dial tcp {ip}:3307: i/o timeout"),
            ("", "The proxy has started successfully and is ready for new connections!"),
        ],
    },
    Format {
        // Corosync: a subsystem's tag padded to six in brackets, membership and links.
        name: "corosync",
        header: journal_header,
        events: &[
            ("corosync", "  [TOTEM ] A new membership ({ip}:{n}) was formed. Members joined: {small}"),
            ("corosync", "  [TOTEM ] A new membership ({ip}:{n}) was formed. Members left: {small}"),
            ("corosync", "  [QUORUM] Members[3]: 1 2 3"),
            ("corosync", "  [QUORUM] This node is within the primary component and will provide service."),
            ("corosync", "  [KNET  ] link: host: {small} link: 0 is down"),
            ("corosync", "  [KNET  ] host: host: {small} (passive) best link: 0 (pri: 1)"),
            ("corosync", "  [MAIN  ] Completed service synchronization, ready to provide service."),
        ],
    },
    Format {
        // DRBD through the kernel's log: resources named with a digit or not, state changes.
        name: "drbd",
        header: journal_header,
        events: &[
            ("kernel", "drbd {drbdres}/0 drbd{small}: disk( UpToDate -> Outdated )"),
            ("kernel", "drbd {drbdres}/0 drbd{small}: disk( Outdated -> UpToDate )"),
            ("kernel", "drbd {drbdres}: conn( Connected -> NetworkFailure ) peer( Primary -> Unknown )"),
            ("kernel", "drbd {drbdres}: Connection closed"),
            ("kernel", "drbd {drbdres}: helper command: /sbin/drbdadm fence-peer"),
            ("kernel", "drbd {drbdres}/0 drbd{small}: Resync done (total {small2} sec; paused 0 sec; {n} K/sec)"),
        ],
    },
    Format {
        // varnishlog: a tag padded to a column, then its value.
        name: "varnishlog",
        header: hms_header,
        events: &[
            ("-", "*   << Request  >> {n}"),
            ("-", "-   Begin          req {n} rxreq"),
            ("-", "-   Timestamp      Start: {epochs}{n2} 0.000000 0.000000"),
            ("-", "-   ReqMethod      {GET|POST}"),
            ("-", "-   ReqURL         {path}"),
            ("-", "-   ReqHeader      Host: {host}"),
            ("-", "-   RespStatus     {200|404|503}"),
            ("-", "-   VCL_call       {RECV|HASH|MISS|DELIVER}"),
            ("-", "-   End"),
        ],
    },
    Format {
        // Solaris SMF's service logs: each line in brackets, the time inside.
        name: "solaris_smf",
        header: hms_header,
        events: &[
            ("-", "[ Nov {day} {hms} Executing start method (\"/lib/svc/method/{svcmethod}\"). ]"),
            ("-", "[ Nov {day} {hms} Method \"start\" exited with status {0|1|95}. ]"),
            ("-", "[ Nov {day} {hms} Stopping because service restarting. ]"),
            ("-", "[ Nov {day} {hms} Enabled. ]"),
            ("-", "[ Nov {day} {hms} Stopping because all processes in service exited. ]"),
            ("-", "[ Nov {day} {hms} Rereading configuration. ]"),
        ],
    },
    Format {
        // AIX's errpt: an error's ID, a packed time, type and class letters, the resource.
        name: "aix_errpt",
        header: hms_header,
        events: &[
            ("-", "A6DF45AA   {errpttime} I O RMCdaemon      The daemon is started."),
            ("-", "2BFA76F6   {errpttime} T S SYSPROC        SYSTEM SHUTDOWN BY USER"),
            ("-", "9DBCFDEE   {errpttime} T O errdemon       ERROR LOGGING TURNED ON"),
            ("-", "DE3B8540   {errpttime} P H hdisk{small}         PATH HAS FAILED"),
            ("-", "4865FA9B   {errpttime} P H ent{small}           ETHERNET NETWORK RECOVERY MODE"),
            ("-", "E87EF1BE   {errpttime} P O dumpcheck      The largest dump device is too small."),
        ],
    },
    Format {
        // Dell iDRAC's Lifecycle log: message IDs and severities between bars.
        name: "idrac",
        header: idrac_header,
        events: &[
            ("PSU0003 Critical", "The power input for power supply {small} is lost."),
            ("PSU0022 Informational", "The power input for power supply {small} has been restored."),
            ("USR0030 Informational", "Successfully logged in using {user}, from {ip} and GUI."),
            ("USR0031 Warning", "Unable to log in for {user} from {ip} using GUI."),
            ("TMP0120 Warning", "The system board Inlet temperature is greater than the upper warning threshold."),
            ("LOG007 Informational", "The previous log entry was repeated {small} times."),
            ("FAN0001 Warning", "Fan {small} RPM is less than the lower warning threshold."),
        ],
    },
    Format {
        // Apache Storm's worker log: executors with their task ranges, Netty clients.
        name: "storm",
        header: storm_header,
        events: &[
            ("INFO o.a.s.d.executor", "Opened spout spout:({small})"),
            ("INFO o.a.s.d.executor", "Activating spout spout:({small})"),
            ("INFO o.a.s.d.task", "Emitting Tuple: taskId={small} componentId=count stream=default values=[{animal}, {n}]"),
            ("INFO o.a.s.d.worker", "Launching worker for {svc}-topology-{small}-{n} on {uuid}:{port} with id {uuid2}"),
            ("WARN o.a.s.m.n.Client", "connection attempt {small} to Netty-Client-{host}/{ip}:6700 failed: java.net.ConnectException: Connection refused"),
            ("INFO o.a.s.d.executor", "Shutting down executor count:[{small} {small}]"),
        ],
    },
    Format {
        // Metabase: a namespace before `::`, its API log's long line of counters.
        name: "metabase",
        header: metabase_header,
        events: &[
            ("INFO metabase.core", "Metabase Initialization COMPLETE"),
            ("INFO sync.util", "FINISHED: Sync metadata for postgres Database {small} '{svc}' ({float} s)"),
            ("DEBUG middleware.log", "GET /api/card/{n} 200 {float} ms ({small} DB calls) App DB connections: {small2}/15 Jetty threads: {small3}/50 (idle) Jetty queue: 0/8 (6 total active threads) Queries in flight: 0 (0 queued)"),
            ("WARN metabase.email", "Failed to send email: Couldn't connect to host, port: {host}, 587; timeout -1"),
            ("ERROR middleware.catch-exceptions", "Error processing query: ERROR: relation \"{table}\" does not exist"),
            ("INFO task.send-pulses", "Sending Pulse {n} to {small} channels"),
        ],
    },
    Format {
        // Airbyte's sync log: which side wrote the line, streams and record counts.
        name: "airbyte",
        header: airbyte_header,
        events: &[
            ("source", "Syncing stream: {table}"),
            ("source", "Read {n} records from {table} stream"),
            ("destination", "Writing {n} records to {table}"),
            ("replication-orchestrator", "Records read: {n} ({float} MB)"),
            ("destination", "Table {table} created"),
            ("source", "Finished syncing {table}"),
        ],
    },
    Format {
        // Vaultwarden: the module path and level glued in brackets, values before a full stop.
        name: "vaultwarden",
        header: vaultwarden_header,
        events: &[
            ("vaultwarden::api::identity ERROR", "Username or password is incorrect. Try again. IP: {ip}. Username: {email}."),
            ("vaultwarden::api::core::accounts INFO", "User {email} logged in successfully. IP: {ip}"),
            ("request INFO", "POST /identity/connect/token => 200 OK"),
            ("request INFO", "GET /api/sync?excludeDomains=true => 200 OK"),
            ("vaultwarden::util WARN", "Failed to fetch icon for {host}: Request error"),
            ("vaultwarden INFO", "Rocket has launched from http://0.0.0.0:80"),
        ],
    },
    Format {
        // Authelia: logfmt, the request's method, path and address as fields.
        name: "authelia",
        header: hms_header,
        events: &[
            ("-", "time=\"{iso}\" level=error msg=\"Unsuccessful 1FA authentication attempt by user '{user}'\" error=\"authentication failed\" method={POST|PUT} path=/api/firstfactor remote_ip={ip}"),
            ("-", "time=\"{iso}\" level=info msg=\"Successful 1FA authentication attempt by user '{user}'\" method=POST path=/api/firstfactor remote_ip={ip}"),
            ("-", "time=\"{iso}\" level=debug msg=\"Check authorization of subject username={user} groups=admins ip={ip} and object https://{host}/ (method {GET|HEAD})\""),
            ("-", "time=\"{iso}\" level=warning msg=\"User {user} is banned until {iso2}\" method=POST path=/api/firstfactor remote_ip={ip}"),
            ("-", "time=\"{iso}\" level=info msg=\"Authelia v4.38.0 is starting\""),
        ],
    },
    Format {
        // Uptime Kuma: a monitor's number and name in quotes, details after bars.
        name: "uptime_kuma",
        header: uptime_kuma_header,
        events: &[
            ("MONITOR WARN", "Monitor #{small} '{svc}': Failing: Request failed with status code {500|502|503} | Interval: 60 seconds | Type: http | Down Count: 0 | Resend Interval: 0"),
            ("MONITOR WARN", "Monitor #{small} '{svc}': Failing: timeout of 48000ms exceeded | Interval: 60 seconds | Type: http | Down Count: 0 | Resend Interval: 0"),
            ("MONITOR INFO", "Monitor #{small} '{svc}': Successful Response: {n} ms | Interval: 60 seconds | Type: http"),
            ("AUTH INFO", "Login by token. IP={ip}"),
            ("SERVER INFO", "Listening on 3001"),
        ],
    },
    Format {
        // Frigate NVR: a camera's name starts the message after the logger.
        name: "frigate",
        header: frigate_header,
        events: &[
            ("INFO frigate.video", "{camera}: ffmpeg process is not running. exiting capture thread..."),
            ("ERROR frigate.video", "{camera}: Unable to read frames from ffmpeg process."),
            ("INFO frigate.record.maintainer", "Copied {small} recordings for {camera}"),
            ("WARNING frigate.events.maintainer", "Event {epochs}-{nanoid} for {camera} ended without a clip"),
            ("INFO frigate.app", "Starting Frigate (0.14.1-f4f3cfa)"),
        ],
    },
    Format {
        // ESPHome: time, level letter and component glued in brackets; names of several words.
        name: "esphome",
        header: esphome_header,
        events: &[
            ("D sensor:094", "'{Living Room|Kitchen|Garage} Temperature': Sending state {float} °C with 1 decimals of accuracy"),
            ("D binary_sensor:036", "'{Front Door|Back Door} Contact': Sending state {ON|OFF}"),
            ("W wifi:071", "WiFi Connection lost... Reconnecting..."),
            ("I wifi:617", "WiFi Connected!"),
            ("D api.connection:1121", "Home Assistant {2024.11.2|2024.12.0} ({ip}): Connected successfully"),
        ],
    },
    Format {
        // Tasmota's console: a topic, then its JSON payload after `=`.
        name: "tasmota",
        header: tasmota_header,
        events: &[
            ("MQT", "tele/tasmota_{hex}/STATE = {\"Time\":\"{date}T{hms}\",\"Uptime\":\"0T{hms2}\",\"Heap\":{small},\"POWER\":\"{ON|OFF}\"}"),
            ("MQT", "tele/tasmota_{hex}/SENSOR = {\"Time\":\"{date}T{hms}\",\"ENERGY\":{\"Power\":{n},\"Voltage\":{small}}}"),
            ("MQT", "stat/tasmota_{hex}/RESULT = {\"POWER\":\"{ON|OFF}\"}"),
            ("WIF", "Connecting to AP1 {IoT|HomeNet} Channel {small} BSSId {hwaddr} in mode 11n as tasmota-{hex}-{n}..."),
            ("HTP", "Web server active on tasmota-{hex}-{n} with IP address {ip}"),
        ],
    },
    Format {
        // OctoPrint: a logger's dotted name between dashes, a job's details after the message.
        name: "octoprint",
        header: octoprint_header,
        events: &[
            ("octoprint.printer.standard.job INFO", "Print job started - origin: local, path: {gcode}, owner: {user}"),
            ("octoprint.printer.standard.job INFO", "Print job done - origin: local, path: {gcode}, owner: {user}, time: {n}.{small}"),
            ("octoprint.util.comm WARNING", "Printer seems to support the busy protocol, will adjust timeouts and set busy interval accordingly"),
            ("octoprint.server.api INFO", "Logging in user {user} from {ip} via credentials"),
            ("octoprint.plugins.tracking INFO", "Sent tracking event ping, payload: {'octoprint_uptime': {n}}"),
        ],
    },
    Format {
        // Klipper's stats: long lines of key=value counters, MCUs named before their own.
        name: "klipper",
        header: hms_header,
        events: &[
            ("-", "Stats {n}.{small}: gcodein=0 mcu: mcu_awake=0.00{small2} mcu_task_avg=0.0000{small3} mcu_task_stddev=0.0000{small4} bytes_write={n2} bytes_read={n3} bytes_retransmit=9 bytes_invalid=0 send_seq={n4} receive_seq={n5} retransmit_seq=2 srtt=0.00{small5} rttvar=0.000{small6} rto=0.025 ready_bytes=0 upcoming_bytes=0 freq={n6} sysload={float} cputime={float2} memavail={n7} print_time={float3} buffer_time=0.{small7} print_stall=0 extruder: target=0 temp={float4} pwm=0.000"),
            ("-", "Starting serial connect"),
            ("-", "Loaded MCU 'mcu' {n} commands (v0.12.0-{n2}-g{hex} / gcc: (GCC) 5.4.0 binutils: (GNU Binutils) 2.26.20160125)"),
            ("-", "MCU 'mcu' shutdown: Timer too close"),
            ("-", "Exiting (print time {float}s)"),
        ],
    },
    Format {
        // Headscale: zerolog's console, a three-letter level and fields after the message.
        name: "headscale",
        header: headscale_header,
        events: &[
            ("INF", "Successfully authenticated via AuthKey machine={host}"),
            ("INF", "Node has been updated node={host} node_key=nodekey:{hex}{hex2}"),
            ("WRN", "Node is not registered, asking to login machine={host}"),
            ("ERR", "Failed to fetch node from database error=\"record not found\" node_key=nodekey:{hex}{hex2}"),
            ("INF", "listening and serving HTTP on: 0.0.0.0:8080"),
        ],
    },
    Format {
        // AdGuard Home: a level in brackets, upstreams as host:port and DNS names.
        name: "adguard",
        header: adguard_header,
        events: &[
            ("info", "dnsproxy: upstream {1.1.1.1:53|9.9.9.9:53|dns.google:53} is added"),
            ("error", "dnsproxy: upstream {1.1.1.1:53|9.9.9.9:53|dns.google:53} failed to exchange ;{host}.\tIN\t A in {n}ms: read udp {ip}:{port}->1.1.1.1:53: i/o timeout"),
            ("info", "filtering: saving contents of filter #{small} into /opt/AdGuardHome/data/filters/{small2}.txt"),
            ("info", "home: tls: certificate chain verified"),
            ("debug", "querylog: rotated {n} entries"),
        ],
    },
    Format {
        // QuickFIX's logs: FIX messages with bars for SOH, a message's type in tag 35.
        name: "quickfix",
        header: quickfix_header,
        events: &[
            ("-", "8=FIX.4.4|9={n}|35=D|34={n2}|49=CLIENT|52={fixtime}|56=BROKER|11=ORD{n3}|21=1|38={small}00|40=2|44={float}|54={1|2}|55={ticker}|60={fixtime}|10={n4}|"),
            ("-", "8=FIX.4.4|9={n}|35=8|34={n2}|49=BROKER|52={fixtime}|56=CLIENT|6={float}|11=ORD{n3}|14={small}00|17=EXEC{n5}|31={float2}|32={small}00|37={n6}|39=2|54={1|2}|55={ticker}|150=F|151=0|10={n4}|"),
            ("-", "8=FIX.4.4|9=55|35=0|34={n2}|49=CLIENT|52={fixtime}|56=BROKER|10={n4}|"),
            ("-", "Created session: FIX.4.4:CLIENT->BROKER"),
            ("-", "Initiated logon request"),
            ("-", "Received logon"),
            ("-", "Sent ResendRequest FROM: {n} TO: 0"),
        ],
    },
    Format {
        // Kannel's access log: every detail in brackets, named before a colon.
        name: "kannel",
        header: windows_firewall_header,
        events: &[
            ("Receive SMS", "[SMSC:{smsc}] [SVC:] [ACT:] [BINF:] [FID:{hex}] [META:] [from:+1555{n}] [to:+1555{n2}] [flags:-1:0:-1:0:-1] [msg:{small}:{animal}] [udh:0:]"),
            ("Sent SMS", "[SMSC:{smsc}] [SVC:{svc}] [ACT:] [BINF:] [FID:{hex}] [META:] [from:+1555{n}] [to:+1555{n2}] [flags:-1:0:-1:0:-1] [msg:{small}:{animal}] [udh:0:]"),
            ("DLR[8]", "[SMSC:{smsc}] [SVC:{svc}] [ACT:] [BINF:] [FID:{hex}] [META:] [from:+1555{n}] [to:+1555{n2}] [flags:-1:0:-1:0:8] [msg:{small}:ACK/] [udh:0:]"),
            ("Receive DLR", "[SMSC:{smsc}] [SVC:] [ACT:] [BINF:] [FID:{hex}] [META:] [from:+1555{n}] [to:+1555{n2}] [flags:-1:-1:-1:-1:1] [msg:{n3}:id:{hex} sub:001 dlvrd:001 stat:DELIVRD err:000] [udh:0:]"),
        ],
    },
    Format {
        // oVirt's vdsm: a thread in brackets, an API call with its caller and VM, the source line.
        name: "vdsm",
        header: vdsm_header,
        events: &[
            ("INFO (jsonrpc/{small}) [api.virt]", "START getStats() from=::ffff:{ip},{port}, vmId={uuid} (api:48)"),
            ("INFO (jsonrpc/{small}) [api.virt]", "FINISH getStats return={'status': {'code': 0, 'message': 'Done'}} from=::ffff:{ip},{port}, vmId={uuid} (api:54)"),
            ("WARN (periodic/{small}) [virt.periodic.VmDispatcher]", "could not run <class 'vdsm.virt.periodic.DriveWatermarkMonitor'> on ['{uuid}'] (periodic:289)"),
            ("ERROR (vm/{hex}) [virt.vm]", "(vmId='{uuid}') The vm start process failed (vm:1000)"),
            ("INFO (MainThread) [vds]", "(PID: {n}) I am the actual vdsm 4.50.3.4-1.el8 {host} (4.18.0-408.el8.x86_64) (vdsmd:162)"),
        ],
    },
    Format {
        // TrueNAS's middlewared: the plugin's function and line before the message.
        name: "truenas",
        header: truenas_header,
        events: &[
            ("DEBUG middlewared.plugins.pool_.scrub.__run():{n}", "Scrub of pool {tank|backup} started"),
            ("INFO middlewared.plugins.smart.smart_run():{n}", "SMART test {SHORT|LONG} started on /dev/{sd}"),
            ("WARNING middlewared.plugins.alert.load():{n}", "Alert ZpoolCapacityWarning: Space usage for pool \"{tank|backup}\" is {small}0%."),
            ("ERROR middlewared.main.call():{n}", "Exception while calling disk.temperatures(*[['{sd}']])"),
            ("INFO middlewared.plugins.service_.services.all.start():{n}", "Service nfs started"),
        ],
    },
    Format {
        // linuxptp's ptp4l: a monotonic time in brackets, offsets, port states changing.
        name: "ptp4l",
        header: ptp4l_header,
        events: &[
            ("-", "rms {n} max {n2} freq -{n3} +/- {small} delay {n4} +/- {small2}"),
            ("-", "port 1: UNCALIBRATED to SLAVE on MASTER_CLOCK_SELECTED"),
            ("-", "port 1: SLAVE to UNCALIBRATED on SYNCHRONIZATION_FAULT"),
            ("-", "port 1: LISTENING to UNCALIBRATED on RS_SLAVE"),
            ("-", "selected best master clock {hex}.fffe.{hex2}"),
            ("-", "clockcheck: clock jumped backward or running slower than expected!"),
        ],
    },
    Format {
        // MUNGE's daemon: a time with its zone, a level with a colon, credentials' owners.
        name: "munge",
        header: munge_header,
        events: &[
            ("Info", "Unauthorized credential for client UID={n} GID={n2}"),
            ("Info", "Replayed credential for client UID={n} GID={n2}"),
            ("Notice", "Running on \"{host}\" ({ip})"),
            ("Notice", "Starting munge-0.5.15 daemon (pid {n})"),
            ("Info", "Updating supplementary group mapping"),
        ],
    },
    Format {
        // Go's chi router, its Logger middleware: the request, its client, status and size.
        name: "chi",
        header: go_std_header,
        events: &[
            ("-", "\"GET http://{host}{path} HTTP/1.1\" from {ip}:{port} - 200 {n}B in {dur}"),
            ("-", "\"POST http://{host}/api/v1/orders HTTP/1.1\" from {ip}:{port} - 201 {n}B in {dur}"),
            ("-", "\"GET http://{host}/healthz HTTP/1.1\" from {ip}:{port} - 200 2B in {dur}"),
            ("-", "\"DELETE http://{host}/api/v1/sessions/{n2} HTTP/1.1\" from {ip}:{port} - 204 0B in {dur}"),
        ],
    },
    Format {
        // Couchbase's ns_server: the logger, level, time, node and Erlang process ID in brackets.
        name: "couchbase",
        header: couchbase_header,
        events: &[
            ("ns_server:info menelaus_web", "Approaching full Indexer RAM warning. Indexer RAM on node \"{ip}\" is {small}0%."),
            ("ns_server:warn ns_memcached", "Bucket \"{bucket}\" is not ready, retrying in {small}s"),
            ("ns_server:info ns_doctor", "Node 'ns_1@{ip}' is healthy"),
            ("ns_server:error menelaus_web_alerts_srv", "Disk space used by \"/opt/couchbase/var/lib/couchbase/data\" on node 'ns_1@{ip}' is over {small}0%"),
            ("ns_server:debug compaction_daemon", "Start compaction of vbuckets for bucket {bucket} with config: [{database_fragmentation_threshold,{30,undefined}}]"),
        ],
    },
    Format {
        // EMQX 5: the level in brackets, then fields of the MQTT client and its message.
        name: "emqx",
        header: emqx_header,
        events: &[
            ("warning", "clientid: {nanoid}, peername: {ip}:{port}, username: {user}, msg: client_disconnected, reason: {keepalive_timeout|tcp_closed}"),
            ("info", "clientid: {nanoid}, peername: {ip}:{port}, msg: mqtt_packet_received, packet: CONNECT(Q0, R0, D0, ClientId={nanoid}, ProtoName=MQTT, ProtoVsn=5, CleanStart=true, KeepAlive=60)"),
            ("warning", "msg: alarm_is_activated, message: <<\"high_system_memory_usage\">>, name: high_system_memory_usage"),
            ("error", "clientid: {nanoid}, msg: authentication_failed, reason: bad_username_or_password"),
        ],
    },
    Format {
        // Cilium's agent: logfmt, an endpoint's IDs and a container's, subsystems.
        name: "cilium",
        header: hms_header,
        events: &[
            ("-", "level=info msg=\"Rewrote endpoint BPF program\" containerID={hex} datapathPolicyRevision=0 desiredPolicyRevision={small} endpointID={n} identity={n2} ipv4={ip} k8sPodName={ns}/{pod} subsys=endpoint"),
            ("-", "level=info msg=\"Delete endpoint request\" containerID={hex} endpointID={n} k8sNamespace={ns} k8sPodName={pod} subsys=daemon"),
            ("-", "level=warning msg=\"Unable to update ipcache map entry on pod add\" error=\"ipcache entry for podIP {ip} owned by kvstore or agent\" hostIP={ip2} k8sNamespace={ns} k8sPodName={pod} podIP={ip} subsys=k8s-watcher"),
            ("-", "level=info msg=\"Policy imported via API, recalculating...\" policyAddRequest={uuid} policyRevision={small} subsys=daemon"),
        ],
    },
    Format {
        // Valgrind's memcheck: the process ID between `==`, frames with addresses and files.
        name: "valgrind",
        header: hms_header,
        events: &[
            ("-", "=={n}== Invalid read of size {4|8}"),
            ("-", "=={n}== Invalid write of size {4|8}"),
            ("-", "=={n}==    at 0x{hex}: {cfunc} ({cfile}:{small})"),
            ("-", "=={n}==    by 0x{hex}: {cfunc} ({cfile}:{small})"),
            ("-", "=={n}==  Address 0x{hex} is 0 bytes after a block of size {n2} alloc'd"),
            ("-", "=={n}== {n2} bytes in {small} blocks are definitely lost in loss record {small2} of {small3}"),
            ("-", "=={n}== HEAP SUMMARY:"),
            ("-", "=={n}==     in use at exit: {n2} bytes in {small} blocks"),
        ],
    },
    Format {
        // AddressSanitizer: its report's heading, frames numbered with `#`, the shadow bytes.
        name: "asan",
        header: hms_header,
        events: &[
            ("-", "=={n}==ERROR: AddressSanitizer: heap-use-after-free on address 0x{hex} at pc 0x{hex2} bp 0x{hex3} sp 0x{hex4}"),
            ("-", "=={n}==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x{hex} at pc 0x{hex2} bp 0x{hex3} sp 0x{hex4}"),
            ("-", "READ of size {4|8} at 0x{hex} thread T{small}"),
            ("-", "    #{small} 0x{hex} in {cfunc} /src/{cfile}:{small2}:{small3}"),
            ("-", "0x{hex} is located {small} bytes inside of {n}-byte region [0x{hex2},0x{hex3})"),
            ("-", "SUMMARY: AddressSanitizer: heap-use-after-free /src/{cfile}:{small} in {cfunc}"),
        ],
    },
    Format {
        // Go's race detector: the two accesses, each with its goroutine and frames.
        name: "go_race",
        header: hms_header,
        events: &[
            ("-", "WARNING: DATA RACE"),
            ("-", "Write at 0x{hex} by goroutine {small}:"),
            ("-", "Previous read at 0x{hex} by goroutine {small}:"),
            ("-", "  main.{gofunc}()"),
            ("-", "      /app/{gofile}:{small} +0x{hex}"),
            ("-", "Goroutine {small} (running) created at:"),
            ("-", "=================="),
        ],
    },
    Format {
        // Swift's runtime errors and a crash's thread list.
        name: "swift_crash",
        header: hms_header,
        events: &[
            ("-", "Fatal error: Unexpectedly found nil while unwrapping an Optional value: file Shop/{swiftfile}, line {n}"),
            ("-", "Fatal error: Index out of range: file Swift/ContiguousArrayBuffer.swift, line {n}"),
            ("-", "Thread {small} Crashed:: Dispatch queue: com.apple.main-thread"),
            ("-", "{small}   Shop                          0x{hex} {swiftsymbol} + {n}"),
            ("-", "{small}   libswiftCore.dylib            0x{hex} _assertionFailure(_:_:file:line:flags:) + {n}"),
        ],
    },
    Format {
        // A Java thread dump: each thread's heading, state and frames.
        name: "java_threaddump",
        header: hms_header,
        events: &[
            ("-", "\"{javathread}\" #{small} prio=5 os_prio=0 cpu={float}ms elapsed={n}.{small2}s tid=0x{hex} nid=0x{hex2} waiting on condition  [0x{hex3}]"),
            ("-", "   java.lang.Thread.State: {TIMED_WAITING (sleeping)|WAITING (parking)|RUNNABLE}"),
            ("-", "\tat {class}.{method}({javafile}:{n})"),
            ("-", "\t- parking to wait for  <0x{hex}> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)"),
            ("-", "\t- locked <0x{hex}> (a java.lang.Object)"),
        ],
    },
    Format {
        // An Elixir process's crash: the GenServer, the last message, the state.
        name: "elixir_crash",
        header: elixir_header,
        events: &[
            ("error", "GenServer {elixirmodule} terminating"),
            ("error", "** (ArgumentError) argument error"),
            ("error", "    (stdlib 5.2) :ets.lookup(:{table}_cache, {n})"),
            ("error", "Last message: {:refresh, {n}}"),
            ("info", "Running ShopWeb.Endpoint with cowboy 2.10.0 at 0.0.0.0:4000 (http)"),
            ("warning", "Process {elixirpid} terminating with reason :killed"),
        ],
    },
    Format {
        // asyncio's complaints, each with the task or handle it is about.
        name: "asyncio",
        header: level_colon_header,
        events: &[
            ("ERROR:asyncio", "Task exception was never retrieved"),
            ("ERROR:asyncio", "future: <Task finished name='Task-{n}' coro=<{pyfunction}() done, defined at {pyfile}:{small}> exception=ConnectionResetError(104, 'Connection reset by peer')>"),
            ("WARNING:asyncio", "Executing <Task pending name='Task-{n}' coro=<{pyfunction}() running at {pyfile}:{small}>> took {float} seconds"),
            ("ERROR:asyncio", "Unclosed client session"),
            ("ERROR:asyncio", "client_session: <aiohttp.client.ClientSession object at 0x{hex}>"),
        ],
    },
    Format {
        // Node's unhandled rejections and warnings with their process ID.
        name: "node_unhandled",
        header: hms_header,
        events: &[
            ("-", "(node:{n}) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED {ip}:{5432|6379}"),
            ("-", "(node:{n}) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. {small} error listeners added to [Socket]. Use emitter.setMaxListeners() to increase limit"),
            ("-", "(node:{n}) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues."),
            ("-", "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:{n2}:{small})"),
            ("-", "(Use `node --trace-warnings ...` to show where the warning was created)"),
        ],
    },
    Format {
        // NCCL's INFO lines from a training job: host, process and thread, then the device.
        name: "nccl",
        header: hms_header,
        events: &[
            ("-", "gpu-node{small}:{n}:{n2} [{gpu}] NCCL INFO Bootstrap : Using eth0:{ip}<0>"),
            ("-", "gpu-node{small}:{n}:{n2} [{gpu}] NCCL INFO NET/IB : Using [0]mlx5_{gpu2}:1/IB ; OOB eth0:{ip}<0>"),
            ("-", "gpu-node{small}:{n}:{n2} [{gpu}] NCCL INFO Channel {cc}/{cc2} : {gpu3}[{gpu4}] -> {gpu5}[{gpu6}] via P2P/IPC"),
            ("-", "gpu-node{small}:{n}:{n2} [{gpu}] NCCL INFO Connected all rings"),
            ("-", "gpu-node{small}:{n}:{n2} [{gpu}] NCCL INFO comm 0x{hex} rank {gpu2} nranks {8|16} cudaDev {gpu3} busId {pcibus}000 - Init COMPLETE"),
            ("-", "gpu-node{small}:{n}:{n2} [{gpu}] NCCL INFO NCCL_SOCKET_IFNAME set by environment to eth0"),
            ("-", "gpu-node{small}:{n}:{n2} [{gpu}] NCCL WARN Call to connect returned Connection refused, retrying"),
        ],
    },
    Format {
        // torchrun's elastic agent: the time in brackets, the module, the level in brackets.
        name: "torchrun",
        header: bracketed_comma_time_header,
        events: &[
            ("x", "torch.distributed.elastic.agent.server.api: [INFO] [default] Starting worker group"),
            ("x", "torch.distributed.elastic.agent.server.api: [INFO] [default] Rendezvous complete for workers. Result:"),
            ("x", "torch.distributed.elastic.multiprocessing.api: [WARNING] Sending process {n} closing signal SIGTERM"),
            ("x", "torch.distributed.elastic.multiprocessing.api: [ERROR] failed (exitcode: {1|-9}) local_rank: {gpu} (pid: {n}) of binary: /usr/bin/python3"),
            ("x", "torch.distributed.elastic.agent.server.api: [INFO] [default] worker group successfully finished. Waiting 300 seconds for other agents to finish."),
            ("x", "torch.distributed.elastic.rendezvous.dynamic_rendezvous: [INFO] The node 'gpu-node{small}_{n}_0' has joined round {small2} of the rendezvous '{n2}' as rank {gpu} in a world of size {gpu2}."),
            ("x", "torch.distributed.elastic.agent.server.api: [WARNING] [default] Received Signals.SIGTERM death signal, shutting down workers"),
        ],
    },
    Format {
        // Check Point's log exporter: `key:"value";` pairs in brackets after the product.
        name: "checkpoint_fw",
        header: device_host_header,
        events: &[
            ("cpgw01", "CheckPoint {n} - [action:\"Accept\"; flags:\"{n2}\"; ifdir:\"inbound\"; ifname:\"eth{small}\"; origin:\"{ip}\"; time:\"{epoch}\"; version:\"5\"; dst:\"{ip2}\"; proto:\"6\"; s_port:\"{port}\"; service:\"{dport}\"; src:\"{ip3}\"]"),
            ("cpgw01", "CheckPoint {n} - [action:\"Drop\"; flags:\"{n2}\"; ifdir:\"inbound\"; ifname:\"eth{small}\"; origin:\"{ip}\"; time:\"{epoch}\"; version:\"5\"; dst:\"{ip2}\"; proto:\"{6|17}\"; rule_name:\"Cleanup rule\"; s_port:\"{port}\"; service:\"{dport}\"; src:\"{ip3}\"]"),
            ("cpgw01", "CheckPoint {n} - [action:\"Log In\"; origin:\"{ip}\"; time:\"{epoch}\"; version:\"5\"; administrator:\"{user}\"; client_ip:\"{ip2}\"; product:\"SmartConsole\"]"),
            ("cpgw01", "CheckPoint {n} - [action:\"Detect\"; origin:\"{ip}\"; time:\"{epoch}\"; version:\"5\"; attack:\"{cpattack}\"; severity:\"{High|Medium|Low}\"; dst:\"{ip2}\"; src:\"{ip3}\"; product:\"IPS\"]"),
            ("cpgw01", "CheckPoint {n} - [action:\"Install\"; origin:\"{ip}\"; time:\"{epoch}\"; version:\"5\"; administrator:\"{user}\"; policy_name:\"Standard\"; product:\"Policy Installation\"]"),
        ],
    },
    Format {
        // Juniper SRX's RT_FLOW session records and screen alarms.
        name: "srx_rtflow",
        header: device_host_header,
        events: &[
            ("srx1", "RT_FLOW: RT_FLOW_SESSION_CREATE: session created {ip}/{port}->{ip2}/{dport} 0x0 {junosapp} {ip3}/{port2}->{ip2}/{dport} 0x0 N/A N/A N/A N/A {6|17} {policy} trust untrust {n} N/A(N/A) ge-0/0/{small} UNKNOWN UNKNOWN UNKNOWN N/A N/A -1"),
            ("srx1", "RT_FLOW: RT_FLOW_SESSION_CLOSE: session closed {TCP FIN|TCP RST|idle Timeout}: {ip}/{port}->{ip2}/{dport} 0x0 {junosapp} {ip3}/{port2}->{ip2}/{dport} 0x0 N/A N/A N/A N/A 6 {policy} trust untrust {n} {small}({n2}) {small2}({n3}) {small3} UNKNOWN UNKNOWN N/A(N/A) ge-0/0/{small} UNKNOWN N/A N/A -1"),
            ("srx1", "RT_FLOW: RT_FLOW_SESSION_DENY: session denied {ip}/{port}->{ip2}/{dport} 0x0 None {6|17}({small}) default-deny trust untrust UNKNOWN UNKNOWN N/A(N/A) ge-0/0/{small2} No Policy is not found -1"),
            ("srx1", "RT_SCREEN_ICMP: ICMP flood! source: {ip}, destination: {ip2}, zone name: untrust, interface name: ge-0/0/{small}, action: drop"),
            ("srx1", "RT_SCREEN_TCP: SYN flood! source: {ip}:{port}, destination: {ip2}:{dport}, zone name: untrust, interface name: ge-0/0/{small}, action: drop"),
        ],
    },
    Format {
        // DB2's db2diag.log: a record's lines, each a field block padded to columns.
        name: "db2diag",
        header: hms_header,
        events: &[
            ("-", "{db2time}+060 I{n}E{n2}          LEVEL: {Warning|Error|Info|Event}"),
            ("-", "PID     : {n}                 TID : {n2}          PROC : db2sysc 0"),
            ("-", "INSTANCE: db2inst1             NODE : 000          DB   : {SAMPLE|PRODDB}"),
            ("-", "APPHDL  : 0-{n}                APPID: *LOCAL.db2inst1.{n2}"),
            ("-", "FUNCTION: DB2 UDB, base sys utilities, sqleStartStopSingleNode, probe:{n}"),
            ("-", "FUNCTION: DB2 UDB, buffer pool services, sqlbAllocateExtent, probe:{n}"),
            ("-", "MESSAGE : ADM7513W  Database manager has started."),
            ("-", "MESSAGE : ZRC=0x{hex}=-{n} SQLB_END_OF_CONTAINER \"DMS Container space full\""),
            ("-", "DATA #1 : String, {small} bytes"),
        ],
    },
    Format {
        // Informix's online.log: the time, then the server's message.
        name: "informix",
        header: hms_header,
        events: &[
            ("x", "Checkpoint Completed:  duration was {small} seconds."),
            ("x", "Checkpoint loguniq {n}, logpos 0x{hex}, timestamp: 0x{hex2} Interval: {n2}"),
            ("x", "Logical Log {n} Complete, timestamp: 0x{hex}."),
            ("x", "Maximum server connections {small}"),
            ("x", "Checkpoint Statistics - Avg. Txn Block Time {float}, # Txns blocked {small}, Plog used {n}, Llog used {n2}"),
            ("x", "Dynamically allocated new virtual shared memory segment (size {n}KB)"),
            ("x", "Memory sizes:resident:{n} KB, virtual:{n2} KB, no SHMTOTAL limit"),
            ("x", "Listener-thread err = -{n}: Network driver cannot accept a connection on the port."),
        ],
    },
    Format {
        // Firebird's firebird.log: a heading with the host and a ctime, the message indented.
        name: "firebird",
        header: hms_header,
        events: &[
            ("-", "db-{small} (Server)\t{ctime}"),
            ("-", "\tINET/inet_error: read errno = {10054|104}, client host = {winhost}, address = {ip}/{port}, user = {user}"),
            ("-", "\tINET/inet_error: connect errno = 111"),
            ("-", "\tDatabase: /data/{fbdb}.fdb"),
            ("-", "\tSweep is started by SYSDBA"),
            ("-", "\tDatabase \"/data/{fbdb}.fdb\" shutdown in {small} seconds"),
            ("-", "\tGuardian starting: /opt/firebird/bin/fbserver"),
            ("-", "\tAuthentication error"),
            ("-", "\tNo matching plugins on server"),
        ],
    },
    Format {
        // BeeGFS: the level in parentheses, a compact date, the thread and its context.
        name: "beegfs",
        header: beegfs_header,
        events: &[
            ("3", "Worker{small} [Node registration] >> New node: beegfs-{storage|meta} {host} [ID: {small2}]; RDMA; Source: {ip}"),
            ("2", "XNodeSync [Node sync] >> Node was removed: beegfs-storage {host} [ID: {small}]"),
            ("1", "Worker{small} [MsgHelperClose (close file)] >> Unable to close file. FileID: {beegfsid}; Error: Communication error"),
            ("3", "Main [App] >> Version: 7.4.{small}"),
            ("2", "DirectWorker{small} [StorageTargets] >> Target {n} reached low free space threshold: {small2}%"),
            ("3", "ConnAcceptor [Listen] >> Accepted new connection from {ip}:{port} [SockFD: {small}]"),
        ],
    },
    Format {
        // apcupsd's events file: a time with its zone, then a sentence.
        name: "apcupsd",
        header: apcupsd_header,
        events: &[
            ("x", "Power failure."),
            ("x", "Running on UPS batteries."),
            ("x", "Mains returned. No longer on UPS batteries."),
            ("x", "Power is back. UPS running on mains."),
            ("x", "Battery power exhausted."),
            ("x", "Reached remaining time percentage limit on batteries."),
            ("x", "Initiating system shutdown!"),
            ("x", "apcupsd 3.14.14 (31 May 2016) debian startup succeeded"),
            ("x", "Communications with UPS lost."),
            ("x", "Communications with UPS restored."),
            ("x", "UPS Self Test switch to battery."),
            ("x", "UPS Self Test completed: Battery OK"),
        ],
    },
    Format {
        // U-Boot's console as a board boots.
        name: "uboot",
        header: hms_header,
        events: &[
            ("-", "U-Boot SPL 2024.01 (Jan 08 2024 - 12:00:00 +0000)"),
            ("-", "DRAM:  {1|2|4} GiB"),
            ("-", "MMC:   mmc@{hex}: 0, mmc@{hex2}: 1"),
            ("-", "Loading Environment from {FAT|MMC|SPIFlash}... OK"),
            ("-", "Hit any key to stop autoboot:  {0|1|2}"),
            ("-", "switch to partitions #0, OK"),
            ("-", "mmc{0|1} is current device"),
            ("-", "Scanning mmc {0|1}:{1|2}..."),
            ("-", "Found U-Boot script /boot/boot.scr"),
            ("-", "{n} bytes read in {small} ms ({float} MiB/s)"),
            ("-", "## Executing script at {hex}"),
            ("-", "Starting kernel ..."),
        ],
    },
    Format {
        // The Buildkite agent: time, level padded, the agent's name.
        name: "buildkite",
        header: buildkite_header,
        events: &[
            ("INFO", "{bkagent} Registering agent with Buildkite..."),
            ("INFO", "{bkagent} Successfully registered agent \"{bkagent}\" with tags [queue=default, os=linux]"),
            ("INFO", "{bkagent} Assigned job {uuid}. Accepting..."),
            ("INFO", "{bkagent} Starting job {uuid}"),
            ("INFO", "{bkagent} Finished job {uuid}"),
            ("WARN", "{bkagent} Failed to ping (POST https://agent.buildkite.com/v3/ping: 502 Bad Gateway) (Attempt {small}/60 Retrying in 5s)"),
            ("INFO", "{bkagent} Waiting for work..."),
            ("ERROR", "{bkagent} Job {uuid} exited with status {small}"),
        ],
    },
    Format {
        // Nokia SR OS's event log: sequence, time, severity, application and event number.
        name: "nokia_sros",
        header: hms_header,
        events: &[
            ("-", "{n} {srostime} UTC MINOR: SNMP #2004 Base {sport} \"Interface {sport} is not operational\""),
            ("-", "{n} {srostime} UTC WARNING: SNMP #2005 Base {sport} \"Interface {sport} is operational\""),
            ("-", "{n} {srostime} UTC MAJOR: BGP #2002 Base Peer 1: {ip} \"The previously established BGP connection with the peer {ip} has been closed\""),
            ("-", "{n} {srostime} UTC WARNING: SYSTEM #2006 Base CLI \"User {user} from {ip} logged in\""),
            ("-", "{n} {srostime} UTC MINOR: CHASSIS #2002 Base Card {small} \"Class IO Module : temperature high\""),
            ("-", "{n} {srostime} UTC INDETERMINATE: LOGGER #2010 Base Clear LOGGER \"Clear function clearRtrArp has been run with parameters: none.\""),
        ],
    },
    Format {
        // Cumulus Linux: switchd with its source file and line, clagd, ptmd.
        name: "cumulus",
        header: journal_header,
        events: &[
            ("switchd", "sync_port.c:{n} ERR swp{small}: port speed {10000|25000|100000} not supported"),
            ("switchd", "hal_bcm_port.c:{n} swp{small} link up"),
            ("switchd", "hal_bcm_port.c:{n} swp{small} link down"),
            ("switchd", "sync_route.c:{n} route {ip}/{24|32} vrf default added"),
            ("switchd", "netlink.c:{n} ERR nl_recv returned -{small}"),
            ("clagd", "Role is now {primary|secondary}"),
            ("clagd", "Peer link swp{small} is down"),
            ("ptmd", "swp{small}: LLDP neighbor {host} port swp{small2} mismatch expected {host2} port swp{small3}"),
        ],
    },
    Format {
        // Extreme EXOS: date and time, then the event's severity and name in angle brackets.
        name: "exos",
        header: exos_header,
        events: &[
            ("Info:vlan.msgs.portLinkStateUp", "Port {xport} link UP at speed {1|10|100} Gbps and full-duplex"),
            ("Info:vlan.msgs.portLinkStateDown", "Port {xport} link down"),
            ("Warn:AAA.authFail", "Login failed for user {user} through {telnet|ssh} ({ip})"),
            ("Info:AAA.logout", "Administrative account ({user}) logout from {ssh|telnet} ({ip})"),
            ("Notice:FDB.MACTracking.MACMove", "The MAC address {hwaddr} on VLAN '{vlan}' has moved from port {xport} to port {xport2}"),
            ("Crit:HAL.Card.Error", "Slot-{small} card error detected"),
            ("Info:cm.sys.actionStart", "Configuration save started by {user}"),
        ],
    },
    Format {
        // A Valheim dedicated server: date and time, then the event.
        name: "valheim",
        header: valheim_header,
        events: &[
            ("x", "Got connection SteamID {steamid}"),
            ("x", "Got handshake from client {steamid}"),
            ("x", "Closing socket {steamid}"),
            ("x", "Got character ZDOID from {viking} : -{n}:{small}"),
            ("x", "World saved ( {float}ms )"),
            ("x", "Connections {small} ZDOS:{n}  sent:{small2} recv:{small3}"),
            ("x", "Peer {steamid} has wrong password"),
            ("x", "Random event set:{army_eikthyr|army_theelder|skeletons|foresttrolls}"),
        ],
    },
    Format {
        // Open5GS: month/day and time, the network function and level, the source at the end.
        name: "open5gs",
        header: open5gs_header,
        events: &[
            ("amf INFO", "[imsi-{imsi}] Registration complete (../src/amf/gmm-sm.c:{n})"),
            ("amf INFO", "InitialUEMessage (../src/amf/ngap-handler.c:{n})"),
            ("amf INFO", "[Added] Number of gNB-UEs is now {small} (../src/amf/context.c:{n})"),
            ("smf INFO", "UE SUPI[imsi-{imsi}] DNN[internet] IPv4[{ip}] IPv6[] (../src/smf/npcf-handler.c:{n})"),
            ("amf WARNING", "[imsi-{imsi}] Authentication failure [MAC failure] (../src/amf/gmm-sm.c:{n})"),
            ("upf INFO", "[Removed] Number of UPF-sessions is now {small} (../src/upf/context.c:{n})"),
            ("amf INFO", "gNB-N2 accepted[{ip}]:{port} in ng-path module (../src/amf/ngap-sctp.c:{n})"),
        ],
    },
    Format {
        // 389 Directory Server's access log: the time in brackets, connection and operation.
        name: "ds389",
        header: ds389_header,
        events: &[
            ("x", "conn={n} fd={small} slot={small2} connection from {ip} to {ip2}"),
            ("x", "conn={n} op={small} BIND dn=\"uid={user},ou=people,dc=example,dc=com\" method=128 version=3"),
            ("x", "conn={n} op={small} RESULT err={0|32|49} tag={97|101|103} nentries={small2} wtime={float} optime={float2} etime={float3}"),
            ("x", "conn={n} op={small} SRCH base=\"dc=example,dc=com\" scope=2 filter=\"(uid={user})\" attrs=ALL"),
            ("x", "conn={n} op={small} UNBIND"),
            ("x", "conn={n} op={small} fd={small2} closed - U1"),
            ("x", "conn={n} op={small} MOD dn=\"uid={user},ou=people,dc=example,dc=com\""),
        ],
    },
    Format {
        // Tinyproxy: the level padded, syslog's time with milliseconds, the process ID.
        name: "tinyproxy",
        header: tinyproxy_header,
        events: &[
            ("CONNECT", "Connect (file descriptor {small}): {ip}"),
            ("CONNECT", "Request (file descriptor {small}): {method} http://{webhost}{path} HTTP/1.1"),
            ("INFO", "No upstream proxy for {webhost}"),
            ("INFO", "opensock: opening connection to {webhost}:{80|443}"),
            ("INFO", "opensock: getaddrinfo returned for {webhost}:{80|443}"),
            ("INFO", "Established connection to host \"{webhost}\" using file descriptor {small}."),
            ("INFO", "Closed connection between local client (fd:{small}) and remote client (fd:{small2})"),
            ("ERROR", "read_request_line: Client (file descriptor: {small}) closed socket before read."),
            ("NOTICE", "Waiting servers ({small}) is less than MinSpareServers ({small2}). Creating new child."),
        ],
    },
    Format {
        // Jitsi Videobridge: the component, time and level, a thread, the context in brackets.
        name: "jitsi_jvb",
        header: jvb_header,
        events: &[
            ("INFO", "[{small}] [confId={hex} gid={n} conf_name={room}@conference.meet.example.com] Conference.dominantSpeakerChanged#{n2}: ds_change ds_id={hex2}"),
            ("INFO", "[{small}] [confId={hex} gid={n} conf_name={room}@conference.meet.example.com] Conference.expire#{n2}: Expiring."),
            ("INFO", "[{small}] [confId={hex} gid={n} conf_name={room}@conference.meet.example.com epId={hex2} stats_id={statsid}] Endpoint.expire#{n2}: Expired."),
            ("WARNING", "[{small}] [confId={hex} epId={hex2} local_ufrag={shortid} ufrag={shortid}] Agent.iceFailed#{n}: ICE failed"),
            ("INFO", "[{small}] HealthChecker.run#{n}: Performed a successful health check in PT0.{n2}S. Sticky failure: false"),
            ("INFO", "[{small}] VideobridgeExpireThread.expire#{n}: Running expire()"),
        ],
    },
    Format {
        // Domoticz: the time, then a status or error, often from a hardware plugin in parentheses.
        name: "domoticz",
        header: domoticz_header,
        events: &[
            ("x", "Status: Domoticz V2024.{small} (c)2012-2024 GizMoCuz"),
            ("x", "Status: WebServer(HTTP) started on address: :: with port {8080|8443}"),
            ("x", "({RFXCOM|Zwave|Dummy}) Temp ({Outside|Kitchen|Garage})"),
            ("x", "Status: User: {user} (IP: {ip}) initiated a switch command ({n}/{lightname}/{On|Off})"),
            ("x", "Error: {RFXCOM|Zwave}: Serial port open failed"),
            ("x", "Status: EventSystem: Script event triggered: {script}"),
            ("x", "Status: Notification sent ({email}) => Success"),
        ],
    },
    Format {
        // CICS messages: the message ID, date and time, the region's APPLID.
        name: "cics",
        header: hms_header,
        events: &[
            ("-", "DFHSI1517 {mdy} {hms} {applid} Control is being given to CICS."),
            ("-", "DFHAP1203I {mdy} {hms} {applid} Language Environment is being initialized."),
            ("-", "DFHZC3437 I {mdy} {hms} {applid} Node {luname} action taken: CLSDST ABTASK ABSEND"),
            ("-", "DFHAC2236 {mdy} {hms} {applid} Transaction {tran} abend {abcode} backout successful."),
            ("-", "DFHSN1100 {mdy} {hms} {applid} Signon at terminal {term} by user {racfuser} is complete."),
            ("-", "DFHSN1200 {mdy} {hms} {applid} Signoff at terminal {term} by user {racfuser} is complete. {small} transactions entered with {0|1} errors."),
            ("-", "DFHTM1715 {mdy} {hms} {applid} CICS is being quiesced by userid {racfuser} in transaction CEMT."),
        ],
    },
    Format {
        // Clojure's Timbre: a two-digit year, the host and level, the namespace and line.
        name: "timbre",
        header: timbre_header,
        events: &[
            ("INFO", "[app.handler:42] - {method} {path} {200|201|204} in {small}ms"),
            ("INFO", "[app.db:18] - Connection pool initialised with {small} connections"),
            ("WARN", "[app.cache:77] - Cache miss for key :user/{n}"),
            ("ERROR", "[app.worker:103] - Job {uuid} failed: clojure.lang.ExceptionInfo: Timeout after {n}ms"),
            ("INFO", "[app.core:12] - Started server on port {port}"),
            ("DEBUG", "[app.auth:56] - Token refreshed for {user}"),
        ],
    },
    Format {
        // Julia's logging: a box drawn around a message and its key-value pairs.
        name: "julia",
        header: hms_header,
        events: &[
            ("-", "┌ Info: Epoch {small} finished"),
            ("-", "│   loss = {float}"),
            ("-", "│   accuracy = {float}"),
            ("-", "└ @ Main ~/train.jl:{42|57}"),
            ("-", "┌ Warning: CUDA.jl found cuda, but did not find libcudnn. Some functionality will not be available."),
            ("-", "└ @ CUDA ~/.julia/packages/CUDA/{shortid}/src/initialization.jl:{n}"),
            ("-", "[ Info: Precompiling {Flux|CUDA|DataFrames} [{uuid}]"),
            ("-", "┌ Error: Exception while generating log record in module Main at ~/train.jl:{n}"),
        ],
    },
    Format {
        // Godot: errors with the engine's source below them, and script errors.
        name: "godot",
        header: hms_header,
        events: &[
            ("-", "ERROR: Condition \"{godotcond}\" is true."),
            ("-", "   at: {godotfn} ({godotfile}:{n})"),
            ("-", "WARNING: {n} RIDs of type \"{CanvasItem|Texture}\" were leaked."),
            ("-", "ERROR: Resource file not found: res://{assetpath}"),
            ("-", "ERROR: Failed loading resource: res://{assetpath}. Make sure resources have been imported by opening the project in the editor at least once."),
            ("-", "Godot Engine v4.2.{small}.stable.official.{hex} - https://godotengine.org"),
            ("-", "SCRIPT ERROR: Invalid get index '{prop}' (on base: 'Nil')."),
            ("-", "          at: {gdfunc} (res://scripts/{gdscript}:{n})"),
        ],
    },
    Format {
        // Drupal's syslog module: fields joined with `|`, the message last.
        name: "drupal",
        header: tag_header,
        events: &[
            ("drupal", "https://www.example.com|{epoch}|php|{ip}|https://www.example.com/node/{n}|https://www.example.com/|{0|1|12}||Warning: Undefined array key \"{phpkey}\" in {phpfn}() (line {n2} of /var/www/html/modules/custom/shop/shop.module)."),
            ("drupal", "https://www.example.com|{epoch}|user|{ip}|https://www.example.com/user/login|https://www.example.com/|{n}||Session opened for {user}."),
            ("drupal", "https://www.example.com|{epoch}|user|{ip}|https://www.example.com/user/logout|https://www.example.com/|{n}||Session closed for {user}."),
            ("drupal", "https://www.example.com|{epoch}|page not found|{ip}|https://www.example.com/{webfile}||0||{webfile}"),
            ("drupal", "https://www.example.com|{epoch}|cron|{ip}|https://www.example.com/cron/{key}||0||Cron run completed."),
            ("drupal", "https://www.example.com|{epoch}|access denied|{ip}|https://www.example.com/admin/config||0||admin/config"),
        ],
    },
    Format {
        // Xen's hypervisor console: `(XEN)`, the uptime in brackets, then the message.
        name: "xen",
        header: hms_header,
        events: &[
            ("-", "(XEN) [{xenup}] d{small}v{0|1} Unhandled invalid opcode fault/trap [#6, ec=ffffffff]"),
            ("-", "(XEN) [{xenup}] HVM d{small}v{0|1} save: CPU"),
            ("-", "(XEN) [{xenup}] HVM{small} restore: CPU {0|1}"),
            ("-", "(XEN) [{xenup}] memory.c:{n}:d{small}v0 Could not allocate order=9 extent: id={small} memflags=0x{hex} ({n2} of {n3})"),
            ("-", "(XEN) [{xenup}] Dom{small} callback via changed to Direct Vector 0x{hex}"),
            ("-", "(XEN) [{xenup}] Freed {n}kB init memory"),
        ],
    },
    Format {
        // Firecracker: the time to the nanosecond, the instance and thread in brackets.
        name: "firecracker",
        header: firecracker_header,
        events: &[
            ("x", "[{vmname}:main] Running Firecracker v1.{small}.0"),
            ("x", "[{vmname}:fc_api] The API server received a Put request on \"/{boot-source|machine-config|actions}\"."),
            ("x", "[{vmname}:fc_api] The request was executed successfully. Status code: 204 No Content."),
            ("x", "[{vmname}:main] Artificially kick devices."),
            ("x", "[{vmname}:fc_vcpu {0|1}] Received KVM_EXIT_SHUTDOWN signal"),
            ("x", "[{vmname}:main] Vmm is stopping."),
            ("x", "[{vmname}:main] Firecracker exiting successfully. exit_code=0"),
            ("x", "[{vmname}:fc_vcpu {0|1}] Failed to write metrics: Failed to write logs. Error: Broken pipe (os error 32)"),
        ],
    },
    Format {
        // snmptrapd's default output: a heading with the agent, then the variables on one line.
        name: "snmptrapd",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} {swhost} [UDP: [{ip}]:{port}->[{ip2}]:162]:"),
            ("-", "SNMPv2-MIB::sysUpTime.0 = Timeticks: ({n}) {small}:{mmss}.{small2}\tSNMPv2-MIB::snmpTrapOID.0 = OID: IF-MIB::linkDown\tIF-MIB::ifIndex.{small3} = INTEGER: {small3}"),
            ("-", "SNMPv2-MIB::sysUpTime.0 = Timeticks: ({n}) {small}:{mmss}.{small2}\tSNMPv2-MIB::snmpTrapOID.0 = OID: IF-MIB::linkUp\tIF-MIB::ifIndex.{small3} = INTEGER: {small3}"),
            ("-", "SNMPv2-MIB::sysUpTime.0 = Timeticks: ({n}) {small}:{mmss}.{small2}\tSNMPv2-MIB::snmpTrapOID.0 = OID: SNMPv2-MIB::coldStart"),
            ("-", "NET-SNMP version 5.9.3"),
            ("-", "Stopping snmptrapd"),
        ],
    },
    Format {
        // Music Player Daemon: a short date and time, the component, then the song in quotes.
        name: "mpd",
        header: hms_header,
        events: &[
            ("-", "Nov {day} {hhmm} : player: played \"{song}\""),
            ("-", "Nov {day} {hhmm} : update: added {song}"),
            ("-", "Nov {day} {hhmm} : client: [{n}] opened from {ipport}"),
            ("-", "Nov {day} {hhmm} : client: [{n}] closed"),
            ("-", "Nov {day} {hhmm} : exception: Failed to open \"{song}\": No such file or directory"),
            ("-", "Nov {day} {hhmm} : alsa_output: Decoder is too slow; playing silence to avoid xrun"),
        ],
    },
    Format {
        // Sybase ASE's errorlog: engine, family, process IDs and time glued by colons.
        name: "sybase",
        header: hms_header,
        events: &[
            ("-", "00:000{small}:00000:{spid}:{srostime} server  Configuration file '/opt/sybase/ASE-16_0/PROD.cfg' has been written and the previous version has been renamed to '/opt/sybase/ASE-16_0/PROD.{n}'."),
            ("-", "00:000{small}:00000:{spid}:{srostime} server  Error: {1105|1204|3475}, Severity: {17|19}, State: {small2}"),
            ("-", "00:000{small}:00000:{spid}:{srostime} kernel  Cannot read, host process disconnected: {host} spid: {n}"),
            ("-", "00:000{small}:00000:{spid}:{srostime} server  Started checkpoint on database '{sybdb}'."),
            ("-", "00:000{small}:00000:{spid}:{srostime} server  Recovery of database '{sybdb}' ({small2}) started at {srostime}."),
            ("-", "00:000{small}:00000:{spid}:{srostime} kernel  Network and device connection limit is {n}."),
        ],
    },
    Format {
        // OpenSIPS: the level, module and function glued by colons before the message.
        name: "opensips",
        header: journal_header,
        events: &[
            ("opensips", "ERROR:tm:t_check_trans: no such transaction for {sipmethod} from {ip}:{port}"),
            ("opensips", "WARNING:core:utimer_ticker: utimer task <tm-utimer> already scheduled {n} ms ago (now {n2} ms), delaying execution"),
            ("opensips", "NOTICE:core:main: version: opensips 3.4.{small} (x86_64/linux)"),
            ("opensips", "INFO:core:probe_max_sock_buff: using snd buffer of {n} kb"),
            ("opensips", "ERROR:core:tcp_connect_blocking_timeout: connect timed out, {n} us elapsed out of {n2} us"),
            ("opensips", "NOTICE:auth:authorize: user {sipuser} authorised for {sipmethod} from {ip}"),
            ("opensips", "ERROR:registrar:save: failed to extract Address Of Record of {sipuser}"),
        ],
    },
    Format {
        // Squid's cache.log: the date with slashes, the worker, then the message.
        name: "squid_cache",
        header: go_std_header,
        events: &[
            ("x", "kid1| WARNING: Forwarding loop detected for:"),
            ("x", "kid1| Starting Squid Cache version 6.{small} for x86_64-pc-linux-gnu..."),
            ("x", "kid1| Accepting HTTP Socket connections at conn{n} local=[::]:3128 remote=[::] FD {small} flags=9"),
            ("x", "kid1| ERROR: failure while accepting a TLS connection on conn{n} local={ipport} remote={ipport2} FD {small} flags=1: SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=A000418+TLS_IO_ERR=1"),
            ("x", "kid1| WARNING: {small} swapin MD5 mismatches"),
            ("x", "kid1| Logfile: opening log daemon:/var/log/squid/access.log"),
            ("x", "kid1| storeDirWriteCleanLogs: Starting..."),
            ("x", "kid1| Finished.  Wrote {n} entries."),
        ],
    },
    Format {
        // `zpool events -v`-style lines: the time, then the event's class.
        name: "zfs_events",
        header: zfs_header,
        events: &[
            ("x", "ereport.fs.zfs.checksum"),
            ("x", "ereport.fs.zfs.io"),
            ("x", "ereport.fs.zfs.delay"),
            ("x", "resource.fs.zfs.statechange"),
            ("x", "sysevent.fs.zfs.scrub_start"),
            ("x", "sysevent.fs.zfs.scrub_finish"),
            ("x", "sysevent.fs.zfs.history_event"),
            ("x", "sysevent.fs.zfs.config_sync"),
        ],
    },
    Format {
        // The kernel on file systems and memory: Btrfs, XFS, ext4 and the OOM killer.
        name: "kernel_fs",
        header: kernel_header,
        events: &[
            ("x", "BTRFS info (device {blockdev}): using crc32c (crc32c-intel) checksum algorithm"),
            ("x", "BTRFS warning (device {blockdev}): csum failed root 5 ino {n} off {n2} csum 0x{hex} expected csum 0x{hex2} mirror 1"),
            ("x", "XFS ({blockdev}): Mounting V5 Filesystem {uuid}"),
            ("x", "XFS ({blockdev}): Metadata corruption detected at xfs_{xfsfn}+0x{hex4}/0x1f0 [xfs], xfs_inode block 0x{hex} xfs_inode_buf_verify"),
            ("x", "EXT4-fs ({blockdev}): mounted filesystem {uuid} r/w with ordered data mode. Quota mode: none."),
            ("x", "EXT4-fs error (device {blockdev}): ext4_lookup:{n}: inode #{n2}: comm {comm}: deleted inode referenced: {n3}"),
            ("x", "Out of memory: Killed process {n} ({comm}) total-vm:{n2}kB, anon-rss:{n3}kB, file-rss:0kB, shmem-rss:0kB, UID:{n4} pgtables:{n5}kB oom_score_adj:0"),
            ("x", "{comm} invoked oom-killer: gfp_mask=0x{hex4}(GFP_KERNEL), order=0, oom_score_adj=0"),
        ],
    },
    Format {
        // SELinux denials in the audit log: the time and serial, the permission in braces.
        name: "selinux_avc",
        header: hms_header,
        events: &[
            ("-", "type=AVC msg=audit({epochs}:{n}): avc:  denied  { {read|write|open|getattr} } for  pid={n2} comm=\"{comm}\" name=\"{selfile}\" dev=\"{blockdev}\" ino={n3} scontext=system_u:system_r:{setype}:s0 tcontext=unconfined_u:object_r:user_home_t:s0 tclass=file permissive=0"),
            ("-", "type=AVC msg=audit({epochs}:{n}): avc:  denied  { name_connect } for  pid={n2} comm=\"{comm}\" dest={port} scontext=system_u:system_r:{setype}:s0 tcontext=system_u:object_r:unreserved_port_t:s0 tclass=tcp_socket permissive=0"),
            ("-", "type=SYSCALL msg=audit({epochs}:{n}): arch=c000003e syscall={small} success=no exit=-13 a0={hex} a1={hex2} items=0 ppid={n2} pid={n3} auid=4294967295 uid={n4} comm=\"{comm}\" exe=\"/usr/sbin/{comm}\" subj=system_u:system_r:{setype}:s0 key=(null)"),
            ("-", "type=PROCTITLE msg=audit({epochs}:{n}): proctitle={hex}{hex2}"),
            ("-", "type=MAC_POLICY_LOAD msg=audit({epochs}:{n}): auid=4294967295 ses=4294967295 lsm=selinux res=1"),
        ],
    },
    Format {
        // AppArmor's denials as the kernel's audit lines.
        name: "apparmor",
        header: kernel_header,
        events: &[
            ("x", "audit: type=1400 audit({epochs}:{n}): apparmor=\"DENIED\" operation=\"open\" profile=\"{aaprofile}\" name=\"{aapath}\" pid={n2} comm=\"{comm}\" requested_mask=\"{r|w|rw}\" denied_mask=\"{r|w|rw}\" fsuid={n3} ouid=0"),
            ("x", "audit: type=1400 audit({epochs}:{n}): apparmor=\"STATUS\" operation=\"profile_load\" profile=\"unconfined\" name=\"{aaprofile}\" pid={n2} comm=\"apparmor_parser\""),
            ("x", "audit: type=1400 audit({epochs}:{n}): apparmor=\"STATUS\" operation=\"profile_replace\" profile=\"unconfined\" name=\"{aaprofile}\" pid={n2} comm=\"apparmor_parser\""),
            ("x", "audit: type=1400 audit({epochs}:{n}): apparmor=\"DENIED\" operation=\"capable\" profile=\"{aaprofile}\" pid={n2} comm=\"{comm}\" capability={small}  capname=\"{net_admin|sys_ptrace|dac_override}\""),
            ("x", "audit: type=1400 audit({epochs}:{n}): apparmor=\"ALLOWED\" operation=\"exec\" profile=\"{aaprofile}\" name=\"/usr/bin/{comm}\" pid={n2} comm=\"{comm}\" requested_mask=\"x\" denied_mask=\"x\" fsuid={n3} ouid=0 target=\"{aaprofile}//null-/usr/bin/{comm}\""),
        ],
    },
    Format {
        // SAP HANA's trace files: thread, connection and transaction, time, a level letter and
        // component, the source file and line.
        name: "sap_hana",
        header: hms_header,
        events: &[
            ("-", "[{n}]{-1}[-1/-1] {hanatime} i Basis            TraceContext.cpp(01234) : UTC timestamp: {hanatime}"),
            ("-", "[{n}]{{n2}}[{small}/-1] {hanatime} w SQLSession       sm_handler.cc(01045) : connection {n3} idle for {n4} seconds, closing"),
            ("-", "[{n}]{-1}[-1/-1] {hanatime} i PersistenceManag PersistenceManagerImpl.cpp(03012) : Savepoint {n2} finished in {float}s"),
            ("-", "[{n}]{{n2}}[{small}/{n3}] {hanatime} e Authentication   manager.cpp(00876) : Authentication failed for user {hanauser}"),
            ("-", "[{n}]{-1}[-1/-1] {hanatime} i Backup           BackupMonitor_TransferQueue.cpp(00112) : log backup of volume {small} finished ({n2} bytes)"),
            ("-", "[{n}]{-1}[-1/-1] {hanatime} w Memory           MemoryManager.cpp(00534) : memory usage {pct} of global allocation limit"),
        ],
    },
    Format {
        // Cloud Foundry's gorouter: an access record with quoted fields and `key:"value"` pairs.
        name: "gorouter",
        header: hms_header,
        events: &[
            ("-", "{cfapp}.apps.example.com - [{iso}] \"{method} {path} HTTP/1.1\" {200|201|204|302} {n} {n2} \"-\" \"{agent}\" \"{ipport}\" \"{ipport2}\" x_forwarded_for:\"{ip}\" x_forwarded_proto:\"https\" vcap_request_id:\"{uuid}\" response_time:{float} gorouter_time:0.000{small} app_id:\"{uuid2}\" app_index:\"{small2}\""),
            ("-", "{cfapp}.apps.example.com - [{iso}] \"{method} {path} HTTP/1.1\" {502|503} 0 {n} \"-\" \"{agent}\" \"{ipport}\" \"-\" x_forwarded_for:\"{ip}\" x_forwarded_proto:\"https\" vcap_request_id:\"{uuid}\" response_time:{float} gorouter_time:0.000{small} app_id:\"{uuid2}\" app_index:\"-\""),
            ("-", "{\"log_level\":1,\"timestamp\":\"{iso}\",\"message\":\"endpoint-registered\",\"source\":\"vcap.gorouter.registry\",\"data\":{\"uri\":\"{cfapp}.apps.example.com\",\"backend\":\"{ipport}\"}}"),
            ("-", "{\"log_level\":1,\"timestamp\":\"{iso}\",\"message\":\"endpoint-unregistered\",\"source\":\"vcap.gorouter.registry\",\"data\":{\"uri\":\"{cfapp}.apps.example.com\",\"backend\":\"{ipport}\"}}"),
        ],
    },
    Format {
        // CloudFront's standard log: tab-separated fields.
        name: "cloudfront",
        header: hms_header,
        events: &[
            ("-", "{date}\t{hms}\t{edge}\t{n}\t{ip}\tGET\td111111abcdef8.cloudfront.net\t{path}\t200\t-\t{agent}\t-\t-\tHit\t{cfid}==\texample.com\thttps\t{n2}\t0.00{small}\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tHit\tHTTP/2.0\t-\t-\t{port}\t0.00{small}\tHit\ttext/html\t{n3}\t-\t-"),
            ("-", "{date}\t{hms}\t{edge}\t{n}\t{ip}\tGET\td111111abcdef8.cloudfront.net\t{path}\t200\t-\t{agent}\t-\t-\tMiss\t{cfid}==\texample.com\thttps\t{n2}\t0.{small}\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tMiss\tHTTP/2.0\t-\t-\t{port}\t0.{small}\tMiss\ttext/html\t{n3}\t-\t-"),
            ("-", "{date}\t{hms}\t{edge}\t{n}\t{ip}\tGET\td111111abcdef8.cloudfront.net\t/{webfile}\t403\t-\t{agent}\t-\t-\tError\t{cfid}==\texample.com\thttps\t{n2}\t0.00{small}\t-\tTLSv1.2\tECDHE-RSA-AES128-GCM-SHA256\tError\tHTTP/1.1\t-\t-\t{port}\t0.00{small}\tError\ttext/html\t{n3}\t-\t-"),
        ],
    },
    Format {
        // ExaBGP: the time, process ID and source in columns split by bars.
        name: "exabgp",
        header: hms_header,
        events: &[
            ("-", "{hms} | {n}   | reactor       | connected to peer-{small} with outgoing-{small2} {ip}-{ip2}"),
            ("-", "{hms} | {n}   | reactor       | peer {ip} ASN {n2}   closing connection: {Cease|Hold timer expired}"),
            ("-", "{hms} | {n}   | outgoing-{small} | << message of type OPEN"),
            ("-", "{hms} | {n}   | outgoing-{small} | >> {small2} UPDATE(s)"),
            ("-", "{hms} | {n}   | api           | route added to neighbor {ip} local-ip {ip2} local-as {n2} peer-as {n3} router-id {ip3} family-allowed in-open : {ip4}/32 next-hop self"),
            ("-", "{hms} | {n}   | welcome       | Thank you for using ExaBGP"),
        ],
    },
    Format {
        // Courier's IMAP and POP3 daemons: the event, then `key=value` pairs with commas.
        name: "courier",
        header: journal_header,
        events: &[
            ("imapd", "LOGIN, user={user}, ip=[::ffff:{ip}], port=[{port}], protocol=IMAP"),
            ("imapd", "LOGOUT, user={user}, ip=[::ffff:{ip}], headers=0, body={n}, rcvd={n2}, sent={n3}, time={small}"),
            ("imapd", "LOGIN FAILED, user={user}, ip=[::ffff:{ip}]"),
            ("imapd-ssl", "DISCONNECTED, user={user}, ip=[::ffff:{ip}], headers=0, body=0, rcvd={n}, sent={n2}, time={small}, starttls=1"),
            ("pop3d", "Connection, ip=[::ffff:{ip}]"),
            ("pop3d", "TIMEOUT, user={user}, ip=[::ffff:{ip}], port=[{port}], top=0, retr=0, rcvd={n}, sent={n2}, time={n3}"),
        ],
    },
    Format {
        // Rust's test harness: each test's verdict, then the summary.
        name: "rust_test",
        header: hms_header,
        events: &[
            ("-", "running {n} tests"),
            ("-", "test {rusttest} ... ok"),
            ("-", "test {rusttest} ... FAILED"),
            ("-", "test {rusttest} ... ignored"),
            ("-", "---- {rusttest} stdout ----"),
            ("-", "test result: ok. {n} passed; 0 failed; {small} ignored; 0 measured; 0 filtered out; finished in {float}s"),
            ("-", "test result: FAILED. {n} passed; {small} failed; 0 ignored; 0 measured; 0 filtered out; finished in {float}s"),
        ],
    },
    Format {
        // Anaconda, the installer: the time, a three-letter level and the component.
        name: "anaconda",
        header: anaconda_header,
        events: &[
            ("INF", "packaging: Downloading packages..."),
            ("INF", "packaging: Installing {rpm}"),
            ("DBG", "storage: Looking up device {blockdev}"),
            ("INF", "anaconda: Thread Done: AnaStorageThread ({n})"),
            ("WRN", "packaging: Failed to download {rpm}: Curl error (28): Timeout was reached"),
            ("INF", "program: Running... systemctl enable {unit}"),
            ("DBG", "ui.gui.spokes.{storage|network|software_selection}: Entering spoke"),
        ],
    },
    Format {
        // MaxScale: the time, the priority padded, the module in brackets.
        name: "maxscale",
        header: maxscale_header,
        events: &[
            ("notice", "(MariaDB-Monitor); Server changed state: {dbserver}[{ip}:3306]: master_up. [Down] -> [Master, Running]"),
            ("notice", "(MariaDB-Monitor); Server changed state: {dbserver}[{ip}:3306]: slave_down. [Slave, Running] -> [Down]"),
            ("error", "(MariaDB-Monitor); Monitor was unable to connect to server {dbserver}[{ip}:3306] : 'Can't connect to server on '{ip}' (115)'"),
            ("warning", "(Read-Write-Service); [readwritesplit] Replacing failed master '{dbserver}'"),
            ("notice", "MaxScale started with {small} worker threads, each with a stack size of {n} bytes."),
            ("info", "({n}) [readwritesplit] (Read-Write-Service); Route query to {master|slave}: {dbserver} <"),
        ],
    },
    Format {
        // Hazelcast: the member's address, cluster and version before each message.
        name: "hazelcast",
        header: iso_level_header,
        events: &[
            ("INFO", "[{ip}]:5701 [dev] [5.3.{small}] Members {size:{small2}, ver:{small3}} ["),
            ("INFO", "[{ip}]:5701 [dev] [5.3.{small}] Hazelcast 5.3.{small} (20231010 - {hex}) starting at [{ip}]:5701"),
            ("WARNING", "[{ip}]:5701 [dev] [5.3.{small}] Member [{ip2}]:5701 - {uuid} is suspected to be dead for reason: Suspecting Member [{ip2}]:5701 because it has not sent any heartbeats since {iso}."),
            ("INFO", "[{ip}]:5701 [dev] [5.3.{small}] Initialized new cluster connection between /{ipport} and /{ip2}:5701"),
            ("INFO", "[{ip}]:5701 [dev] [5.3.{small}] Repartitioning cluster data. Migration tasks count: {n}"),
            ("INFO", "[{ip}]:5701 [dev] [5.3.{small}] All migration tasks have been completed. ({n} completed)"),
        ],
    },
    Format {
        // Meilisearch: env_logger's bracket, then actix-web's access line.
        name: "meilisearch",
        header: hms_header,
        events: &[
            ("-", "[{iso} INFO  actix_web::middleware::logger] {ip} \"{GET|POST} /indexes/{meiliindex}/search HTTP/1.1\" 200 {n} \"-\" \"{agent}\" {float}"),
            ("-", "[{iso} INFO  actix_web::middleware::logger] {ip} \"POST /indexes/{meiliindex}/documents HTTP/1.1\" 202 {n} \"-\" \"{agent}\" {float}"),
            ("-", "[{iso} INFO  index_scheduler] A batch of tasks was successfully completed."),
            ("-", "[{iso} INFO  index_scheduler::batch] Indexing {n} documents in index `{meiliindex}`"),
            ("-", "[{iso} ERROR meilisearch::error] Index `{meiliindex}` not found."),
            ("-", "[{iso} INFO  actix_server::builder] starting {small} workers"),
        ],
    },
    Format {
        // llama.cpp's server: the model loader's key-value dump, then slots and tasks.
        name: "llama_cpp",
        header: hms_header,
        events: &[
            ("-", "llama_model_loader: - kv  {small}: {ggufkey} {str|u32|f32|bool} = {ggufvalue}"),
            ("-", "print_info: {printkey} = {n}"),
            ("-", "slot launch_slot_: id  {small} | task {n} | processing task"),
            ("-", "slot update_slots: id  {small} | task {n} | prompt done, n_past = {n2}, n_tokens = {n3}"),
            ("-", "slot      release: id  {small} | task {n} | stop processing: n_past = {n2}, truncated = 0"),
            ("-", "srv  update_slots: all slots are idle"),
            ("-", "srv  log_server_r: request: POST /completion {ip} 200"),
            ("-", "prompt eval time =   {float} ms /   {n} tokens (    {float2} ms per token,   {float3} tokens per second)"),
        ],
    },
    Format {
        // Apache Traffic Server's diags.log: the time in brackets, the program and severity.
        name: "trafficserver",
        header: trafficserver_header,
        events: &[
            ("NOTE", "cache enabled"),
            ("NOTE", "traffic server running"),
            ("WARNING", "Connection refused to {webhost}:{80|443} after {small} attempts"),
            ("NOTE", "loading plugin '/usr/lib/trafficserver/modules/{atsplugin}.so'"),
            ("ERROR", "[ReverseProxy] No mapping for request to {webhost}"),
            ("NOTE", "{n} cache hits, {n2} misses in the last {small} minutes"),
            ("WARNING", "disk {blockdev} (/dev/{blockdev}) is offline"),
        ],
    },
    Format {
        // TACACS+ (tac_plus): logins and authorisations, the user in quotes.
        name: "tac_plus",
        header: journal_header,
        events: &[
            ("tac_plus", "login query for '{user}' port tty{small} from {ip} accepted"),
            ("tac_plus", "login query for '{user}' port tty{small} from {ip} rejected"),
            ("tac_plus", "connect from {ip} [{ip}]"),
            ("tac_plus", "authorization query for '{user}' tty{small} from {ip} accepted"),
            ("tac_plus", "Error {ip} {user}: Invalid AUTHEN/START packet (check keys)"),
            ("tac_plus", "Reading config"),
        ],
    },
    Format {
        // Nmap's normal output: a report per host, its ports in a table.
        name: "nmap",
        header: hms_header,
        events: &[
            ("-", "Starting Nmap 7.94SVN ( https://nmap.org ) at {date} {hhmm} UTC"),
            ("-", "Nmap scan report for {host} ({ip})"),
            ("-", "Host is up (0.00{n}s latency)."),
            ("-", "Not shown: {n} closed tcp ports (reset)"),
            ("-", "PORT     STATE SERVICE"),
            ("-", "{22|80|443|3306|5432}/tcp open  {ssh|http|https|mysql|postgresql}"),
            ("-", "{8080|9090|6379}/tcp filtered {http-proxy|zeus-admin|redis}"),
            ("-", "Nmap done: {small} IP addresses ({small2} hosts up) scanned in {float} seconds"),
        ],
    },
    Format {
        // masscan: ports found, as they come.
        name: "masscan",
        header: hms_header,
        events: &[
            ("-", "Discovered open port {port}/tcp on {ip}"),
            ("-", "Discovered open port {port}/udp on {ip}"),
            ("-", "Starting masscan 1.3.2 (http://bit.ly/14GZzcT) at {date} {hms} GMT"),
            ("-", "Initiating SYN Stealth Scan"),
            ("-", "Scanning {n} hosts [{small} ports/host]"),
            ("-", "rate: {float}-kpps, {float2}% done, {mmss}:{small} remaining, found={n}"),
        ],
    },
    Format {
        // Trivy: the time, the level, the message and its fields split by tabs.
        name: "trivy",
        header: seconds_time_header,
        events: &[
            ("x", "\tINFO\tDetected OS\tfamily=\"{debian|alpine|ubuntu}\" version=\"{semver}\""),
            ("x", "\tINFO\t[vuln] Vulnerability scanning is enabled"),
            ("x", "\tINFO\tNumber of language-specific files\tnum={small}"),
            ("x", "\tWARN\tThis OS version is no longer supported by the distribution\tfamily=\"{debian|alpine|ubuntu}\" version=\"{semver}\""),
            ("x", "\tINFO\t[{npm|pip|gomod}] To collect the license information of packages, \"npm install\" needs to be performed beforehand\tdir=\"{path}\""),
            ("x", "\tINFO\tDownloading vulnerability DB..."),
        ],
    },
    Format {
        // Pure-FTPd: the user and address in brackets, the level in brackets.
        name: "pureftpd",
        header: tag_header,
        events: &[
            ("pure-ftpd", "({user}@{ip}) [INFO] Logout."),
            ("pure-ftpd", "(?@{ip}) [INFO] New connection from {ip}"),
            ("pure-ftpd", "({user}@{ip}) [INFO] {user} is now logged in"),
            ("pure-ftpd", "(?@{ip}) [WARNING] Authentication failed for user [{user}]"),
            ("pure-ftpd", "({user}@{ip}) [NOTICE] /srv/ftp/{user}//{ftpfile} uploaded  ({n} bytes, {float}KB/sec)"),
            ("pure-ftpd", "({user}@{ip}) [NOTICE] /srv/ftp/{user}//{ftpfile} downloaded  ({n} bytes, {float}KB/sec)"),
            ("pure-ftpd", "(?@{ip}) [INFO] Timeout - try typing a little faster next time"),
        ],
    },
    Format {
        // Seafile: a 12-hour clock in brackets, the C source and line.
        name: "seafile",
        header: seafile_header,
        events: &[
            ("x", "../common/block-backend-fs.c({n}): [block bend] failed to open block {hex}{hex2} for read: No such file or directory."),
            ("x", "repo-mgr.c({n}): Repo {uuid} is not found."),
            ("x", "http-server.c({n}): Bad repo id {uuid}."),
            ("x", "seaf-server.c({n}): Seafile server started, listening on port {port}"),
            ("x", "size-sched.c({n}): Compute size for repo {uuid} finished: {n2} bytes"),
            ("x", "../common/seaf-db.c({n}): Failed to connect to MySQL: Too many connections"),
        ],
    },
    Format {
        // Harbor: the time, the level in brackets, the Go source in brackets.
        name: "harbor",
        header: seconds_time_header,
        events: &[
            ("x", " [INFO] [/controller/artifact/controller.go:{n}]: artifact {hproject}/{hrepo}@sha256:{container} pushed"),
            ("x", " [INFO] [/server/middleware/log/log.go:{n}]: attach request id {uuid} to the logger for the request {method} {path}"),
            ("x", " [ERROR] [/lib/http/error.go:{n}]: {\"errors\":[{\"code\":\"NOT_FOUND\",\"message\":\"artifact {hproject}/{hrepo}:{imagetag} not found\"}]}"),
            ("x", " [WARNING] [/jobservice/runtime/bootstrap.go:{n}]: job service is not ready, retrying in {small}s"),
            ("x", " [INFO] [/pkg/scan/job.go:{n}]: scan job {n2} of artifact {hproject}/{hrepo}@sha256:{container} done"),
        ],
    },
    Format {
        // Portainer: zerolog's console writer, a short time, the source, then fields after `|`.
        name: "portainer",
        header: portainer_header,
        events: &[
            ("INF", "github.com/portainer/portainer/api/cmd/portainer/main.go:{n} > starting Portainer | build_number={n2} version=2.{small}.{small2}"),
            ("INF", "github.com/portainer/portainer/api/http/server.go:{n} > starting HTTPS server | bind_address=:9443"),
            ("ERR", "github.com/portainer/portainer/api/internal/snapshot/snapshot.go:{n} > background schedule error (environment snapshot), unable to create snapshot | error=\"{dockererr}\" environment={hostname}"),
            ("WRN", "github.com/portainer/portainer/api/http/handler/auth/authenticate.go:{n} > invalid credentials | username={user}"),
            ("INF", "github.com/portainer/portainer/api/datastore/backup.go:{n} > creating DB backup"),
        ],
    },
    Format {
        // The Datadog agent: fields split by bars, the source and function in brackets.
        name: "datadog_agent",
        header: hms_header,
        events: &[
            ("-", "{date} {hms} UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:{n} in CheckStarted) | check:{ddcheck} | Running check..."),
            ("-", "{date} {hms} UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:{n} in CheckFinished) | check:{ddcheck} | Done running check"),
            ("-", "{date} {hms} UTC | CORE | ERROR | (pkg/collector/worker/check_logger.go:{n} in Error) | check:{ddcheck} | Error running check: [{\"message\": \"connection refused\"}]"),
            ("-", "{date} {hms} UTC | TRACE | INFO | (pkg/trace/info/stats.go:{n} in LogAndResetStats) | No data received"),
            ("-", "{date} {hms} UTC | CORE | WARN | (pkg/forwarder/transaction/transaction.go:{n} in internalProcess) | Error while processing transaction: error \"503 Service Unavailable\" while sending transaction to \"https://{n2}-app.agent.datadoghq.com/api/v1/series\", rescheduling it"),
            ("-", "{date} {hms} UTC | PROCESS | INFO | (collector.go:{n} in runner) | Finish container check #{n2} in {float}ms"),
        ],
    },
    Format {
        // Splunk's splunkd.log: the time with its zone, the level padded, the component.
        name: "splunkd",
        header: splunkd_header,
        events: &[
            ("INFO  TailReader", "[{n} tailreader0] - Batch input finished reading file='{splunkfile}'"),
            ("WARN  TailReader", "[{n} tailreader0] - Could not send data to output queue (parsingQueue), retrying..."),
            ("INFO  WatchedFile", "[{n} tailreader0] - Will begin reading at offset={n2} for file='{splunkfile}'."),
            ("ERROR TcpOutputFd", "[{n} TcpOutEloop] - Connection to host={ip}:9997 failed"),
            ("INFO  TcpOutputProc", "[{n} TcpOutEloop] - Connected to idx={ip}:9997, pset=0, reuse=0."),
            ("WARN  DateParserVerbose", "[{n} merging_0] - Failed to parse timestamp in first MAX_TIMESTAMP_LOOKAHEAD ({small}) characters of event. Defaulting to timestamp of previous event ({ctime}). Context: source={splunkfile}|host={hostname}|syslog|{n2}"),
        ],
    },
    Format {
        // Citrix NetScaler (ADC): the time with its zone, the appliance, then the module's event
        // with ` - `-separated details.
        name: "netscaler",
        header: hms_header,
        events: &[
            ("-", "{mdy}:{hms} GMT ns01 0-PPE-{small} : default SSLVPN LOGIN {n} 0 : Context {user}@{ip} - SessionId: {n2} - User {user} - Client_ip {ip} - Nat_ip \"Mapped Ip\" - Vserver {ip2}:443 - Browser_type \"{agent}\" - SSLVPN_client_type ClientlessVPN - Group(s) \"N/A\""),
            ("-", "{mdy}:{hms} GMT ns01 0-PPE-{small} : default SSLVPN LOGOUT {n} 0 : Context {user}@{ip} - SessionId: {n2} - User {user} - Client_ip {ip} - Nat_ip \"Mapped Ip\" - Vserver {ip2}:443 - Start_time \"{mdy} {hms}\" - End_time \"{mdy} {hms}\" - Duration {hms}  - Http_resources_accessed {n3} - NonHttp_services_accessed 0 - Total_TCP_connections {n4} - Total_UDP_flows 0 - Total_policies_allowed {n5} - Total_policies_denied 0 - Total_bytes_send {n6} - Total_bytes_recv {n7} - Total_compressedbytes_send 0 - Total_compressedbytes_recv 0 - Compression_ratio_send 0.00% - Compression_ratio_recv 0.00% - LogoutMethod \"Explicit\" - Group(s) \"N/A\""),
            ("-", "{mdy}:{hms} GMT ns01 0-PPE-{small} : default EVENT DEVICEDOWN {n} 0 :  Device \"server_svc_{svc}\" - State DOWN"),
            ("-", "{mdy}:{hms} GMT ns01 0-PPE-{small} : default EVENT DEVICEUP {n} 0 :  Device \"server_svc_{svc}\" - State UP"),
            ("-", "{mdy}:{hms} GMT ns01 0-PPE-{small} : default AAA LOGIN_FAILED {n} 0 :  User {user} - Client_ip {ip} - Failure_reason \"Invalid credentials\" - Browser \"{agent}\""),
        ],
    },
    Format {
        // Debezium in Kafka Connect: the context after `||`, the logger in brackets at the end.
        name: "debezium",
        header: debezium_header,
        events: &[
            ("INFO", "||  Snapshot step {small} - Locking captured tables [{dbztable}]   [io.debezium.relational.RelationalSnapshotChangeEventSource]"),
            ("INFO", "||  Exported {n} records for table '{dbztable}' after 00:00:{mmss}   [io.debezium.relational.RelationalSnapshotChangeEventSource]"),
            ("INFO", "||  Snapshot completed   [io.debezium.pipeline.ChangeEventSourceCoordinator]"),
            ("WARN", "||  Received {n} events which were all filtered out, so no offset could be committed.   [io.debezium.connector.common.BaseSourceTask]"),
            ("INFO", "||  {n} records sent during previous 00:01:{mmss}, last recorded offset of {pgslot} partition is {lsn}   [io.debezium.connector.common.BaseSourceTask]"),
            ("ERROR", "||  Producer failure   [io.debezium.pipeline.ErrorHandler]"),
        ],
    },
    Format {
        // RethinkDB: the time, the seconds since start, the level, then the message.
        name: "rethinkdb",
        header: rethinkdb_header,
        events: &[
            ("notice", "Running rethinkdb 2.4.{small} (GCC 12.2.0)..."),
            ("notice", "Listening for client driver connections on port {28015|28016}"),
            ("notice", "Connected to server \"{rdbserver}\" {uuid}"),
            ("notice", "Disconnected from server \"{rdbserver}\" {uuid}"),
            ("warn", "Cache size is very low ({n} MB), performance may suffer"),
            ("error", "Table `{rdbtable}` is not available for writes: no primary replica."),
            ("notice", "Server ready, \"{rdbserver}\" {uuid}"),
        ],
    },
    Format {
        // FoundationDB's trace files: an XML element of attributes per event.
        name: "foundationdb",
        header: hms_header,
        events: &[
            ("-", "<Event Severity=\"10\" Time=\"{epochs}\" DateTime=\"{iso}\" Type=\"Role\" ID=\"{hex}{hex2}\" As=\"{StorageServer|TLog|Resolver}\" Transition=\"Begin\" Origination=\"Recruited\" Machine=\"{ipport}\" LogGroup=\"default\" Roles=\"SS\" />"),
            ("-", "<Event Severity=\"10\" Time=\"{epochs}\" DateTime=\"{iso}\" Type=\"StorageMetrics\" ID=\"{hex}{hex2}\" Elapsed=\"5\" BytesQueried=\"{n} {float} {n2}\" Version=\"{n3}\" Machine=\"{ipport}\" LogGroup=\"default\" Roles=\"SS\" />"),
            ("-", "<Event Severity=\"20\" Time=\"{epochs}\" DateTime=\"{iso}\" Type=\"SlowTask\" ID=\"0000000000000000\" TaskID=\"{n}\" MClocks=\"{float}\" Duration=\"{float2}\" Machine=\"{ipport}\" LogGroup=\"default\" />"),
            ("-", "<Event Severity=\"30\" Time=\"{epochs}\" DateTime=\"{iso}\" Type=\"N2_ReadError\" ID=\"0000000000000000\" SuppressedEventCount=\"{small}\" ErrorCode=\"{54|1026}\" Message=\"{Connection reset by peer|Operation canceled}\" Machine=\"{ipport}\" LogGroup=\"default\" />"),
            ("-", "<Event Severity=\"40\" Time=\"{epochs}\" DateTime=\"{iso}\" Type=\"MasterRecoveryState\" ID=\"{hex}{hex2}\" StatusCode=\"{small}\" Status=\"reading_coordinated_state\" Machine=\"{ipport}\" LogGroup=\"default\" />"),
        ],
    },
    Format {
        // QuestDB: the time, a level letter, the logger abbreviated, then the message.
        name: "questdb",
        header: questdb_header,
        events: &[
            ("I i.q.c.TableWriter", "o3 commit [table={qtable}, maxUncommittedRows={n}, o3TimestampMin={iso}, o3TimestampMax={iso2}]"),
            ("I i.q.c.TableWriter", "merged partition [table=`{qtable}`, ts={date}, txn={n}]"),
            ("I http-server", "connected [ip={ip}, fd={n}]"),
            ("I http-server", "disconnected [ip={ip}, fd={n}, src=queue]"),
            ("E i.q.c.h.p.JsonQueryProcessorState", "[{n}] error [msg=`table does not exist [table={qtable}]`, errno=0]"),
            ("I i.q.c.p.WriterPool", "closed [table=`{qtable}`, reason=IDLE, by=0]"),
        ],
    },
    Format {
        // dnsdist: its backends and rules, through the journal.
        name: "dnsdist",
        header: journal_header,
        events: &[
            ("dnsdist", "Marking downstream {ipport} as 'down'"),
            ("dnsdist", "Marking downstream {ipport} as 'up'"),
            ("dnsdist", "Added downstream server {ipport}"),
            ("dnsdist", "Listening on {ipport}"),
            ("dnsdist", "Got control connection from {ipport}"),
            ("dnsdist", "Error reading from socket: Resource temporarily unavailable"),
            ("dnsdist", "Polled security status of version 1.8.{small} at startup, no known issues reported: OK"),
        ],
    },
    Format {
        // NSD: the time in brackets, the program, the level word.
        name: "nsd",
        header: bracketed_clock_header,
        events: &[
            ("x", "nsd[{n}]: info: zone {zone} serial {n2} is updated."),
            ("x", "nsd[{n}]: info: zone {zone} received notify response from {ip} port 53"),
            ("x", "nsd[{n}]: error: xfrd: zone {zone}: received notify response error REFUSED from {ip}"),
            ("x", "nsd[{n}]: info: xfrd: zone {zone} committed \"received update to serial {n2} at {date}T{hms} from {ip} TSIG verified with key transfer-key\""),
            ("x", "nsd[{n}]: notice: nsd starting (NSD 4.7.0)"),
            ("x", "nsd[{n}]: warning: zone {zone} file {zone}.zone does not exist"),
        ],
    },
    Format {
        // OpenDMARC: the queue ID, then the verdict for the sender's domain.
        name: "opendmarc",
        header: journal_header,
        events: &[
            ("opendmarc", "{queue}: {maildomain} pass"),
            ("opendmarc", "{queue}: {maildomain} fail"),
            ("opendmarc", "{queue}: {maildomain} none"),
            ("opendmarc", "{queue}: SPF(mailfrom): {maildomain} pass"),
            ("opendmarc", "{queue}: ignoring Authentication-Results at {small} from {host}"),
            ("opendmarc", "OpenDMARC Filter v1.4.2 starting (args: -c /etc/opendmarc.conf -P /run/opendmarc/opendmarc.pid)"),
        ],
    },
    Format {
        // Roundcube's errors log: the time in brackets, a session ID in angle brackets.
        name: "roundcube",
        header: roundcube_header,
        events: &[
            ("x", "<{shortid}> IMAP Error: Login failed for {user} against imap.example.com from {ip}. AUTHENTICATE PLAIN: Authentication failed. in /var/www/roundcube/program/lib/Roundcube/rcube_imap.php on line {n} (POST /?_task=login&_action=login)"),
            ("x", "<{shortid}> SMTP Error: Authentication failure: SMTP server does not support authentication (Code: ) in /var/www/roundcube/program/lib/Roundcube/rcube.php on line {n} (POST /?_task=mail&_unlock=loading{epochms}&_framed=1&_action=send)"),
            ("x", "<{shortid}> Successful login for {user} (ID: {small}) from {ip} in session {shortid}"),
            ("x", "PHP Error: Failed to connect to IMAP server imap.example.com:{143|993} in /var/www/roundcube/program/lib/Roundcube/rcube_imap.php on line {n}"),
            ("x", "DB Error: SQLSTATE[HY000] [2002] Connection refused in /var/www/roundcube/program/lib/Roundcube/rcube_db.php on line {n}"),
        ],
    },
    Format {
        // Paperless-ngx: the time, the level and the logger, each in brackets.
        name: "paperless",
        header: paperless_header,
        events: &[
            ("INFO] [paperless.consumer", "Consuming {scan}"),
            ("INFO] [paperless.consumer", "Document {n} saved as {scan}"),
            ("ERROR] [paperless.consumer", "Cannot consume {scan}: The following error occurred while parsing {scan}: Ghostscript PDF/A rendering failed"),
            ("INFO] [paperless.tasks", "Retrieved document count: {n}"),
            ("WARNING] [paperless.parsing.tesseract", "Error while getting text from PDF document with pdfminer.six"),
            ("INFO] [celery.worker.strategy", "Task documents.tasks.consume_file[{uuid}] received"),
        ],
    },
    Format {
        // Z-Wave JS: the time, the component padded, the node in brackets.
        name: "zwavejs",
        header: seconds_time_header,
        events: &[
            ("x", "CNTRLR   [Node {zwnode}] The node is alive."),
            ("x", "CNTRLR   [Node {zwnode}] The node is now asleep."),
            ("x", "CNTRLR   [Node {zwnode}] Beginning interview - last completed stage: {ProtocolInfo|NodeInfo|CommandClasses}"),
            ("x", "CNTRLR   [Node {zwnode}] Interview completed"),
            ("x", "DRIVER   Dropping message because it could not be sent (Timeout)"),
            ("x", "SERIAL « 0x{hex}{hex2}                                   (9 bytes)"),
            ("x", "CNTRLR « [Node {zwnode}] received wakeup notification"),
        ],
    },
    Format {
        // Vertica's vertica.log: the thread, the level in angle brackets, the node, a code.
        name: "vertica",
        header: vertica_header,
        events: &[
            ("Init Session:0x7f", "<INFO> @v_db_node000{small}: 00000/2705: Connection received: host={ip} port={port} (connCnt {small2})"),
            ("Init Session:0x7f", "<INFO> @v_db_node000{small}: 00000/4540: Received SSL negotiation startup packet"),
            ("Init Session:0x7f", "<FATAL> @v_db_node000{small}: {SessionRun} 28000/4131: Invalid username or password"),
            ("TM Moveout:0x7f", "<INFO> Tuple Mover: moving out projection {vprojection}"),
            ("TM Mergeout(00):0x7f", "@v_db_node000{small}: 00000/3298: Event Posted: Event Code:{small2} Event Id:0 Event Severity: Notice [5] PostedTimestamp: {date} {hms}.{n} ExpirationTimestamp: 2126-11-28 10:00:00 EventCodeDescription: Timer Service Task Error ProblemDescription: Mergeout failed for projection {vprojection}"),
            ("Spread Client:0x7f", "<INFO> @v_db_node000{small}: 00000/3297: Event Cleared: Event Code:{small2} Event Id:0 Event Severity: Warning [4]"),
        ],
    },
    Format {
        // Oracle GoldenGate's ggserr.log: the time, the level padded, the message ID.
        name: "goldengate",
        header: goldengate_header,
        events: &[
            ("INFO    OGG-00987", "Oracle GoldenGate Command Interpreter for Oracle:  GGSCI command ({oracleuser}): start extract {ggprocess}."),
            ("INFO    OGG-00963", "Oracle GoldenGate Manager for Oracle, mgr.prm:  Command received from GGSCI on host [{ip}]:{port} (START EXTRACT {ggprocess} )."),
            ("INFO    OGG-00975", "Oracle GoldenGate Manager for Oracle, mgr.prm:  EXTRACT {ggprocess} starting."),
            ("WARNING OGG-01223", "Oracle GoldenGate Capture for Oracle, {ggprocess}.prm:  TCP/IP error {111|104} (Connection refused), endpoint: {ip}:{port}."),
            ("ERROR   OGG-01668", "Oracle GoldenGate Delivery for Oracle, {ggprocess}.prm:  PROCESS ABENDING."),
            ("INFO    OGG-02911", "Oracle GoldenGate Capture for Oracle, {ggprocess}.prm:  Processing table {ggtable}."),
        ],
    },
    Format {
        // OpenVMS messages: `%FACILITY-L-IDENT, text`, and `-` for the lines that follow.
        name: "openvms",
        header: hms_header,
        events: &[
            ("-", "%SYSTEM-F-NOPRIV, insufficient privilege or object protection violation"),
            ("-", "%RMS-E-FNF, file not found"),
            ("-", "%DCL-W-UNDFIL, file has not been opened by DCL - check logical name"),
            ("-", "-RMS-E-FNF, file not found"),
            ("-", "%SET-I-INTSET, login interactive limit = {small}, current interactive value = {small2}"),
            ("-", "%%%%%%%%%%%  OPCOM  {vmstime}  %%%%%%%%%%%"),
            ("-", "Message from user {vmsuser} on {vmsnode}"),
            ("-", "%LICENSE-I-NOLICENSE, no license is active for this software product"),
        ],
    },
    Format {
        // IBM i's history log (QHST): message ID, then the job, user and time in the text.
        name: "ibmi_qhst",
        header: hms_header,
        events: &[
            ("-", "CPF1124 Job {n6}/{ibmiuser}/{ibmijob} started on {mdyshort} at {hms} in subsystem {ibmisbs} in QSYS. Job entered system on {mdyshort} at {hms}."),
            ("-", "CPF1164 Job {n6}/{ibmiuser}/{ibmijob} ended on {mdyshort} at {hms}; {small} seconds used; end code 0 ."),
            ("-", "CPF1393 Subsystem {ibmisbs} disabled user profile {ibmiuser} on device {ibmidev}."),
            ("-", "CPI1117 Damaged job schedule QDFTJOBSCD in library QUSRSYS deleted."),
            ("-", "CPF0907 Serious storage condition may exist. Press HELP."),
            ("-", "CPI0953 ASP storage threshold reached."),
        ],
    },
    Format {
        // A Cisco wireless LAN controller: the task, its time, then a facility code.
        name: "cisco_wlc",
        header: hms_header,
        events: &[
            ("-", "*apfMsConnTask_{small}: Nov {day} {hms}.{n3}: %APF-3-VALIDATE_DOT11_FAILED: apf_80211.c:{n}  Failed to validate dot11 for mobile station {hwaddr}"),
            ("-", "*apfReceiveTask: Nov {day} {hms}.{n3}: %APF-6-USER_NAME_CREATED: apf_ms_radius.c:{n} Username entry ({user}) created for mobile, length = {small}"),
            ("-", "*Dot1x_NW_MsgTask_{small}: Nov {day} {hms}.{n3}: %DOT1X-3-MAX_EAP_RETRANSMITS: 1x_auth_pae.c:{n} Max EAP identity request retries ({small2}) exceeded for client {hwaddr}"),
            ("-", "*spamApTask{small}: Nov {day} {hms}.{n3}: %LWAPP-3-ECHO_TIMEOUT: spam_lrad.c:{n} AP {hwaddr} echo timer expired"),
            ("-", "*DHCP Socket Task: Nov {day} {hms}.{n3}: %DHCP-3-PARSE_FAILED: dhcp_parse.c:{n} Received DHCP packet with invalid option from {ip}"),
        ],
    },
    Format {
        // CMake configuring a project.
        name: "cmake",
        header: hms_header,
        events: &[
            ("-", "-- The {C|CXX} compiler identification is GNU 12.2.0"),
            ("-", "-- Detecting {C|CXX} compiler ABI info - done"),
            ("-", "-- Found {OpenSSL|ZLIB|Threads|PkgConfig}: {cmakelib}"),
            ("-", "-- Could NOT find {Doxygen|GTest|Boost} (missing: {DOXYGEN_EXECUTABLE|GTEST_LIBRARY|Boost_INCLUDE_DIR})"),
            ("-", "-- Configuring done ({float}s)"),
            ("-", "-- Generating done ({float}s)"),
            ("-", "-- Build files have been written to: /home/{user}/src/app/build"),
            ("-", "CMake Warning at CMakeLists.txt:{n} (find_package):"),
        ],
    },
    Format {
        // Meson's setup: project facts, checks with their answers, dependencies found.
        name: "meson",
        header: hms_header,
        events: &[
            ("-", "The Meson build system"),
            ("-", "Version: 1.{small}.0"),
            ("-", "Project name: {app}"),
            ("-", "Checking for function \"{cfunction}\" : {YES|NO}"),
            ("-", "Has header \"{cheader}\" : {YES|NO}"),
            ("-", "Run-time dependency {mesondep} found: YES {semver}"),
            ("-", "Run-time dependency {mesondep} found: NO (tried pkgconfig and cmake)"),
            ("-", "Found ninja-1.11.1 at /usr/bin/ninja"),
        ],
    },
    Format {
        // An autoconf `configure` script's checks.
        name: "autoconf",
        header: hms_header,
        events: &[
            ("-", "checking for {cheader}... {yes|no}"),
            ("-", "checking for {cfunction}... {yes|no}"),
            ("-", "checking whether the C compiler works... yes"),
            ("-", "checking for gcc... gcc"),
            ("-", "checking size of {long|int|void *}... {4|8}"),
            ("-", "config.status: creating {Makefile|src/Makefile|config.h|lib/Makefile}"),
            ("-", "configure: WARNING: {libfoo|libbar} not found, disabling {feature}"),
        ],
    },
    Format {
        // Poetry installing a lock file.
        name: "poetry",
        header: hms_header,
        events: &[
            ("-", "Installing dependencies from lock file"),
            ("-", "Package operations: {small} installs, {small2} updates, 0 removals"),
            ("-", "  - Installing {pypkg} ({semver})"),
            ("-", "  - Updating {pypkg} ({semver} -> {semver2})"),
            ("-", "Installing the current project: {app} ({semver})"),
            ("-", "Writing lock file"),
        ],
    },
    Format {
        // Yarn (classic) installing: its steps, warnings and the total time.
        name: "yarn",
        header: hms_header,
        events: &[
            ("-", "yarn install v1.22.{small}"),
            ("-", "[1/4] Resolving packages..."),
            ("-", "[2/4] Fetching packages..."),
            ("-", "[3/4] Linking dependencies..."),
            ("-", "[4/4] Building fresh packages..."),
            ("-", "warning \" > {npmpkg}@{semver}\" has unmet peer dependency \"{npmpkg2}@^{semver2}\"."),
            ("-", "success Saved lockfile."),
            ("-", "Done in {float}s."),
        ],
    },
    Format {
        // Composer installing PHP packages.
        name: "composer",
        header: hms_header,
        events: &[
            ("-", "Installing dependencies from lock file (including require-dev)"),
            ("-", "Package operations: {small} installs, 0 updates, 0 removals"),
            ("-", "  - Downloading {phppkg} (v{semver})"),
            ("-", "  - Installing {phppkg} (v{semver}): Extracting archive"),
            ("-", "Generating optimized autoload files"),
            ("-", "{small} packages you are using are looking for funding."),
        ],
    },
    Format {
        // Go modules: downloads and the module graph's messages.
        name: "gomod",
        header: hms_header,
        events: &[
            ("-", "go: downloading {gomodule} v{semver}"),
            ("-", "go: finding module for package {gomodule}"),
            ("-", "go: found {gomodule} in {gomodule} v{semver}"),
            ("-", "go: upgraded {gomodule} v{semver} => v{semver2}"),
            ("-", "go: added {gomodule} v{semver}"),
            ("-", "verifying {gomodule}@v{semver}: checksum mismatch"),
        ],
    },
    Format {
        // LVM's commands and warnings.
        name: "lvm",
        header: hms_header,
        events: &[
            ("-", "  Logical volume \"{lvname}\" created."),
            ("-", "  Logical volume {vgname}/{lvname} successfully resized."),
            ("-", "  Size of logical volume {vgname}/{lvname} changed from {float} GiB ({n} extents) to {float2} GiB ({n2} extents)."),
            ("-", "  WARNING: Device /dev/{blockdev} has size of {n} sectors which is smaller than corresponding PV size of {n2} sectors. Was device resized?"),
            ("-", "  Volume group \"{vgname}\" successfully created"),
            ("-", "  Physical volume \"/dev/{blockdev}\" successfully created."),
            ("-", "  {small} logical volume(s) in volume group \"{vgname}\" now active"),
        ],
    },
];
