-- Hover's ClickHouse schema. Applied at start-up, statement by statement, when missing.
-- Kept within what ClickHouse 18.16 (Debian 12) accepts and still valid on current releases:
-- no DateTime64, no TTL, no server-side query parameters.

-- Raw log lines, one row per line, with the template the miner gave it at ingest.
CREATE TABLE IF NOT EXISTS hover_logs (
    org String,
    stream String,
    timestamp_ms Int64,
    template_id String,
    level String,
    message String
) ENGINE = MergeTree()
PARTITION BY toYYYYMMDD(toDateTime(intDiv(timestamp_ms, 1000)))
-- Sorted for the one query that reads raw lines: a few lines of given templates in a window
-- (counts come from the rollups below). Days are partitions, so a window reads its day only.
-- Small granules: that query reads short time ranges of a few templates (the partial minutes
-- at a window's edges), and a range costs whole granules (1,024 rows: 12 -> 7.5 ms a request).
ORDER BY (org, template_id, stream, timestamp_ms)
SETTINGS index_granularity = 1024;

-- Lines per template per minute: what every query reads instead of raw lines.
-- Sorted by minute before stream, in 256-row granules: a window then reads one key range
-- however many streams it covers (with 11 streams: 10.4 -> 5.4 ms per query; 4.7 -> 5.7 ms
-- for a 3-stream mapping). Tables made by older releases keep their key and still work.
CREATE TABLE IF NOT EXISTS hover_template_counts (
    org String,
    stream String,
    minute DateTime,
    template_id String,
    lines UInt64
) ENGINE = SummingMergeTree(lines)
PARTITION BY toYYYYMMDD(minute)
ORDER BY (org, minute, stream, template_id)
SETTINGS index_granularity = 256;

-- Kept by ClickHouse itself on every insert into hover_logs.
CREATE MATERIALIZED VIEW IF NOT EXISTS hover_template_counts_mv TO hover_template_counts AS
SELECT org, stream, toStartOfMinute(toDateTime(intDiv(timestamp_ms, 1000))) AS minute, template_id, count() AS lines
FROM hover_logs
GROUP BY org, stream, minute, template_id;

-- The same counts per hour, so a long window reads a few rows per template: a query takes
-- whole hours from here and only the minutes at its edges from hover_template_counts.
CREATE TABLE IF NOT EXISTS hover_template_counts_hourly (
    org String,
    stream String,
    hour DateTime,
    template_id String,
    lines UInt64
) ENGINE = SummingMergeTree(lines)
PARTITION BY toYYYYMM(hour)
ORDER BY (org, hour, stream, template_id)
SETTINGS index_granularity = 256;

CREATE MATERIALIZED VIEW IF NOT EXISTS hover_template_counts_hourly_mv TO hover_template_counts_hourly AS
SELECT org, stream, toStartOfHour(toDateTime(intDiv(timestamp_ms, 1000))) AS hour, template_id, count() AS lines
FROM hover_logs
GROUP BY org, stream, hour, template_id;

-- The earliest lines (by time, then text) of each template, stream and minute of every insert.
-- A request's representative lines come from here for the whole minutes of its window and
-- from hover_logs only for the partial minutes at its edges, so it never scans a busy
-- template's hour of raw lines. The answer is the same as from hover_logs alone: a line among
-- a window's first 3 of its template is among the first 3 of its own insert and minute.
-- (3 = SAMPLES_PER_MINUTE in hover-store; a request for more lines reads hover_logs.)
CREATE TABLE IF NOT EXISTS hover_template_samples (
    org String,
    stream String,
    template_id String,
    line_ms Int64,
    line String
) ENGINE = MergeTree()
PARTITION BY toYYYYMMDD(toDateTime(intDiv(line_ms, 1000)))
-- A busy template keeps about 4,000 rows a day here, so 256-row granules let a request read
-- its hour rather than a whole default 8,192-row granule of texts (8.3 -> 5.1 ms a query).
ORDER BY (org, template_id, stream, line_ms)
SETTINGS index_granularity = 256;

-- Both arrayJoin calls are one expression, computed once (ClickHouse 18.16 cannot push a
-- subquery's columns into a view, and an alias named like a source column would be cyclic).
CREATE MATERIALIZED VIEW IF NOT EXISTS hover_template_samples_mv TO hover_template_samples AS
SELECT org, stream, template_id,
    tupleElement(arrayJoin(arraySlice(arraySort(groupArray((timestamp_ms, message))), 1, 3)), 1) AS line_ms,
    tupleElement(arrayJoin(arraySlice(arraySort(groupArray((timestamp_ms, message))), 1, 3)), 2) AS line
FROM hover_logs
GROUP BY org, stream, template_id, intDiv(timestamp_ms, 60000);

-- Each template's history per org and stream: first and last line, lines in all, and its
-- earliest line. Kept by ClickHouse on every insert, so listing a stream's templates reads a
-- row per template rather than scanning lines.
CREATE TABLE IF NOT EXISTS hover_template_history (
    org String,
    stream String,
    template_id String,
    first_seen_ms AggregateFunction(min, Int64),
    last_seen_ms AggregateFunction(max, Int64),
    lines AggregateFunction(count),
    example AggregateFunction(argMin, String, Int64)
) ENGINE = AggregatingMergeTree()
ORDER BY (org, stream, template_id);

CREATE MATERIALIZED VIEW IF NOT EXISTS hover_template_history_mv TO hover_template_history AS
SELECT org, stream, template_id, minState(timestamp_ms) AS first_seen_ms, maxState(timestamp_ms) AS last_seen_ms,
    countState() AS lines, argMinState(message, timestamp_ms) AS example
FROM hover_logs
GROUP BY org, stream, template_id;

-- Template texts, a row per sighting batch, folded with min, max and argMax when read.
CREATE TABLE IF NOT EXISTS hover_templates (
    template_id String,
    template String,
    first_seen_ms Int64,
    last_seen_ms Int64
) ENGINE = ReplacingMergeTree(last_seen_ms)
ORDER BY template_id;

-- IDs of templates that generalised, and the ID each became.
CREATE TABLE IF NOT EXISTS hover_template_aliases (
    old_id String,
    new_id String,
    version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY old_id;

-- The Idempotency-Key of each ingest request that had one, with its body's hash and its
-- answer: a retry with the same key gets that answer and writes nothing. The first row wins.
CREATE TABLE IF NOT EXISTS hover_ingest_keys (
    org String,
    key String,
    body_hash UInt64,
    report String,
    at_ms Int64
) ENGINE = MergeTree()
ORDER BY (org, key);

-- Which log streams belong to a dashboard panel's metric. The newest version wins,
-- deleted = 1 removes the mapping.
CREATE TABLE IF NOT EXISTS hover_mappings (
    org String,
    dashboard String,
    panel_title String,
    metric_name String,
    streams Array(String),
    deleted UInt8,
    version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (org, dashboard, panel_title, metric_name);
