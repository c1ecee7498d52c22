-- Hover's schema on a replicated, sharded ClickHouse cluster (`[clickhouse] cluster`). The
-- same tables as clickhouse.sql under the same names, so every query is the same: each name
-- is a Distributed table over a Replicated*MergeTree table `<name>_local` on every node, and
-- each rollup is filled by a materialized view on its shard's local lines. $CLUSTER and
-- $DATABASE are replaced by Hover (names are qualified: ON CLUSTER runs each statement in a
-- node's default database); {shard} and {replica} are each server's macros.
-- Applied on a fresh database (an existing single-server database is not converted).

-- Raw lines, per shard, replicated. Sorted and partitioned as on one server.
CREATE TABLE IF NOT EXISTS $DATABASE.hover_logs_local ON CLUSTER $CLUSTER (
    org String,
    stream String,
    timestamp_ms Int64,
    template_id String,
    level String,
    message String
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/$DATABASE/hover_logs', '{replica}')
PARTITION BY toYYYYMMDD(toDateTime(intDiv(timestamp_ms, 1000)))
ORDER BY (org, template_id, stream, timestamp_ms)
SETTINGS index_granularity = 1024;

-- Writes and reads go through here. Sharding key: a template's lines of one stream stay on
-- one shard, so each rollup row (org, stream, minute or hour, template) is summed on one shard
-- only and its merges there finish it; a window's read still asks every shard, which adds
-- the partial sums of the streams and templates each holds. Lines of a busy template spread
-- over shards by stream, not all onto one.
CREATE TABLE IF NOT EXISTS $DATABASE.hover_logs ON CLUSTER $CLUSTER AS $DATABASE.hover_logs_local
ENGINE = Distributed($CLUSTER, $DATABASE, hover_logs_local, cityHash64(org, stream, template_id));

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_counts_local ON CLUSTER $CLUSTER (
    org String,
    stream String,
    minute DateTime,
    template_id String,
    lines UInt64
) ENGINE = ReplicatedSummingMergeTree('/clickhouse/tables/{shard}/$DATABASE/hover_template_counts', '{replica}', lines)
PARTITION BY toYYYYMMDD(minute)
ORDER BY (org, minute, stream, template_id)
SETTINGS index_granularity = 256;

CREATE MATERIALIZED VIEW IF NOT EXISTS $DATABASE.hover_template_counts_mv ON CLUSTER $CLUSTER TO $DATABASE.hover_template_counts_local AS
SELECT org, stream, toStartOfMinute(toDateTime(intDiv(timestamp_ms, 1000))) AS minute, template_id, count() AS lines
FROM $DATABASE.hover_logs_local
GROUP BY org, stream, minute, template_id;

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_counts ON CLUSTER $CLUSTER AS $DATABASE.hover_template_counts_local
ENGINE = Distributed($CLUSTER, $DATABASE, hover_template_counts_local, rand());

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_counts_hourly_local ON CLUSTER $CLUSTER (
    org String,
    stream String,
    hour DateTime,
    template_id String,
    lines UInt64
) ENGINE = ReplicatedSummingMergeTree('/clickhouse/tables/{shard}/$DATABASE/hover_template_counts_hourly', '{replica}', lines)
PARTITION BY toYYYYMM(hour)
ORDER BY (org, hour, stream, template_id)
SETTINGS index_granularity = 256;

CREATE MATERIALIZED VIEW IF NOT EXISTS $DATABASE.hover_template_counts_hourly_mv ON CLUSTER $CLUSTER TO $DATABASE.hover_template_counts_hourly_local AS
SELECT org, stream, toStartOfHour(toDateTime(intDiv(timestamp_ms, 1000))) AS hour, template_id, count() AS lines
FROM $DATABASE.hover_logs_local
GROUP BY org, stream, hour, template_id;

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_counts_hourly ON CLUSTER $CLUSTER AS $DATABASE.hover_template_counts_hourly_local
ENGINE = Distributed($CLUSTER, $DATABASE, hover_template_counts_hourly_local, rand());

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_samples_local ON CLUSTER $CLUSTER (
    org String,
    stream String,
    template_id String,
    line_ms Int64,
    line String
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/$DATABASE/hover_template_samples', '{replica}')
PARTITION BY toYYYYMMDD(toDateTime(intDiv(line_ms, 1000)))
ORDER BY (org, template_id, stream, line_ms)
SETTINGS index_granularity = 256;

CREATE MATERIALIZED VIEW IF NOT EXISTS $DATABASE.hover_template_samples_mv ON CLUSTER $CLUSTER TO $DATABASE.hover_template_samples_local AS
SELECT org, stream, template_id,
    tupleElement(arrayJoin(arraySlice(arraySort(groupArray((timestamp_ms, message))), 1, 3)), 1) AS line_ms,
    tupleElement(arrayJoin(arraySlice(arraySort(groupArray((timestamp_ms, message))), 1, 3)), 2) AS line
FROM $DATABASE.hover_logs_local
GROUP BY org, stream, template_id, intDiv(timestamp_ms, 60000);

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_samples ON CLUSTER $CLUSTER AS $DATABASE.hover_template_samples_local
ENGINE = Distributed($CLUSTER, $DATABASE, hover_template_samples_local, rand());

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_history_local ON CLUSTER $CLUSTER (
    org String,
    stream String,
    template_id String,
    first_seen_ms AggregateFunction(min, Int64),
    last_seen_ms AggregateFunction(max, Int64),
    lines AggregateFunction(count),
    example AggregateFunction(argMin, String, Int64)
) ENGINE = ReplicatedAggregatingMergeTree('/clickhouse/tables/{shard}/$DATABASE/hover_template_history', '{replica}')
ORDER BY (org, stream, template_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS $DATABASE.hover_template_history_mv ON CLUSTER $CLUSTER TO $DATABASE.hover_template_history_local AS
SELECT org, stream, template_id, minState(timestamp_ms) AS first_seen_ms, maxState(timestamp_ms) AS last_seen_ms,
    countState() AS lines, argMinState(message, timestamp_ms) AS example
FROM $DATABASE.hover_logs_local
GROUP BY org, stream, template_id;

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_history ON CLUSTER $CLUSTER AS $DATABASE.hover_template_history_local
ENGINE = Distributed($CLUSTER, $DATABASE, hover_template_history_local, rand());

-- The catalog is small and read whole: one replicated table on every node (no {shard} in
-- the path), so each node answers it alone.
CREATE TABLE IF NOT EXISTS $DATABASE.hover_templates ON CLUSTER $CLUSTER (
    template_id String,
    template String,
    first_seen_ms Int64,
    last_seen_ms Int64
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/all/$DATABASE/hover_templates', '{replica}', last_seen_ms)
ORDER BY template_id;

CREATE TABLE IF NOT EXISTS $DATABASE.hover_template_aliases ON CLUSTER $CLUSTER (
    old_id String,
    new_id String,
    version UInt64
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/all/$DATABASE/hover_template_aliases', '{replica}', version)
ORDER BY old_id;

CREATE TABLE IF NOT EXISTS $DATABASE.hover_ingest_keys ON CLUSTER $CLUSTER (
    org String,
    key String,
    body_hash UInt64,
    report String,
    at_ms Int64
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/all/$DATABASE/hover_ingest_keys', '{replica}')
ORDER BY (org, key);

CREATE TABLE IF NOT EXISTS $DATABASE.hover_mappings ON CLUSTER $CLUSTER (
    org String,
    dashboard String,
    panel_title String,
    metric_name String,
    streams Array(String),
    deleted UInt8,
    version UInt64
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/all/$DATABASE/hover_mappings', '{replica}', version)
ORDER BY (org, dashboard, panel_title, metric_name);
