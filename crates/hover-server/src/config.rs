//! `config.toml`, in the seed's format (`[server] host, port`, `[clickhouse] url, user,
//! password, database`) plus Hover's own sections. Environment variables override the file;
//! the command line overrides both.

use hover_store::ClickHouseConfig;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The whole configuration: the file, then the environment, then flags.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Where to listen.
    pub server: ServerConfig,
    /// Present: logs live in ClickHouse. Absent: the embedded store.
    pub clickhouse: Option<ClickHouseConfig>,
    /// The embedded store, used when `[clickhouse]` is absent.
    pub store: EmbeddedConfig,
    /// Limits and defaults of `/query_logs`.
    pub query: QueryConfig,
    /// Browser access, body size and time limits.
    pub http: HttpConfig,
    /// Bearer tokens, each for one org.
    pub auth: AuthConfig,
    /// Ingest on every path.
    pub ingest: IngestConfig,
    /// Loki's push API.
    pub loki: LokiConfig,
}

/// `[server]`, in the seed's format.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct ServerConfig {
    /// The address to listen on.
    pub host: String,
    /// The port (0 picks a free one).
    pub port: u16,
}

/// `[store]`: the embedded store.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct EmbeddedConfig {
    /// The SQLite file of the embedded store.
    pub path: PathBuf,
}

/// `[query]`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct QueryConfig {
    /// Longest current or baseline window a request may ask for, e.g. "7d".
    #[serde(with = "humantime_serde_compat")]
    pub max_window: Duration,
    /// Groups returned when a request does not say.
    pub default_limit: usize,
    /// Representative lines per group when a request does not say.
    pub representatives: usize,
}

/// `[http]`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    /// Origins allowed to call the API from a browser; "*" allows any.
    pub cors_origins: Vec<String>,
    /// Largest request body accepted.
    pub body_limit_bytes: usize,
    /// Longest a request may take.
    #[serde(with = "humantime_serde_compat")]
    pub request_timeout: Duration,
}

/// `[ingest]`.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct IngestConfig {
    /// The org of records that name none, sent with no `X-Scope-OrgID` and no token.
    pub default_org: String,
}

impl Default for IngestConfig {
    fn default() -> Self {
        Self { default_org: "default".into() }
    }
}

/// `[loki]`: how `POST /loki/api/v1/push` reads a stream's labels.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct LokiConfig {
    /// The labels that name a stream, first present wins.
    pub stream_labels: Vec<String>,
}

impl Default for LokiConfig {
    fn default() -> Self {
        Self { stream_labels: ["service_name", "service", "app", "job", "container"].map(String::from).to_vec() }
    }
}

/// `[auth]`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    /// Bearer token → the org it may read and write. Empty: no authentication, and the org
    /// comes from each request.
    pub tokens: BTreeMap<String, String>,
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self { host: "127.0.0.1".into(), port: 8080 }
    }
}

impl Default for EmbeddedConfig {
    fn default() -> Self {
        Self { path: PathBuf::from("hover-data/hover.db") }
    }
}

impl Default for QueryConfig {
    fn default() -> Self {
        Self { max_window: Duration::from_secs(7 * 86_400), default_limit: 10, representatives: 3 }
    }
}

impl Default for HttpConfig {
    fn default() -> Self {
        Self { cors_origins: vec!["*".into()], body_limit_bytes: 16 << 20, request_timeout: Duration::from_secs(30) }
    }
}

/// Durations as text ("30s", "7d") in the file.
mod humantime_serde_compat {
    use serde::{Deserialize, Deserializer};
    use std::time::Duration;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        let text = String::deserialize(d)?;
        humantime::parse_duration(&text).map_err(serde::de::Error::custom)
    }
}

/// Why the configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("cannot read {0}: {1}")]
    Read(PathBuf, std::io::Error),
    /// The file is not valid TOML of this shape (an unknown key is named).
    #[error("{0} is not a valid config: {1}")]
    Parse(PathBuf, String),
    /// An environment variable's value is not valid.
    #[error("environment variable {0}={1:?} is not valid: {2}")]
    Env(&'static str, String, String),
}

impl Config {
    /// Reads a config file; a missing file at the default path means all defaults.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        let (path, required) = match path {
            Some(p) => (p.to_path_buf(), true),
            None => (PathBuf::from("config.toml"), false),
        };
        let mut config = match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|e| ConfigError::Parse(path.clone(), e.to_string()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => Config::default(),
            Err(e) => return Err(ConfigError::Read(path, e)),
        };
        config.apply_env(|name| std::env::var(name).ok())?;
        Ok(config)
    }

    /// Overrides from `HOVER_*` environment variables (a getter, so tests need no real env).
    pub fn apply_env(&mut self, get: impl Fn(&str) -> Option<String>) -> Result<(), ConfigError> {
        if let Some(host) = get("HOVER_HOST") {
            self.server.host = host;
        }
        if let Some(port) = get("HOVER_PORT") {
            self.server.port = port
                .parse()
                .map_err(|e: std::num::ParseIntError| ConfigError::Env("HOVER_PORT", port, e.to_string()))?;
        }
        if let Some(path) = get("HOVER_DATA") {
            self.store.path = path.into();
        }
        if let Some(url) = get("HOVER_CLICKHOUSE_URL") {
            self.clickhouse.get_or_insert_with(ClickHouseConfig::default).url = url;
        }
        if let Some(ch) = self.clickhouse.as_mut() {
            if let Some(user) = get("HOVER_CLICKHOUSE_USER") {
                ch.user = user;
            }
            if let Some(password) = get("HOVER_CLICKHOUSE_PASSWORD") {
                ch.password = password;
            }
            if let Some(database) = get("HOVER_CLICKHOUSE_DATABASE") {
                ch.database = database;
            }
            if let Some(cluster) = get("HOVER_CLICKHOUSE_CLUSTER") {
                ch.cluster = Some(cluster).filter(|c| !c.is_empty());
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_format_parses() {
        let config: Config = toml::from_str(
            r#"
            [server]
            host = "0.0.0.0"
            port = 8081
            [clickhouse]
            url = "http://ch:8123"
            user = "u"
            password = "p"
            database = "logs"
            "#,
        )
        .unwrap();
        assert_eq!(config.server.port, 8081);
        assert_eq!(config.clickhouse.unwrap().database, "logs");
    }

    #[test]
    fn hover_sections_and_env_overrides() {
        let mut config: Config = toml::from_str(
            r#"
            [query]
            max_window = "2d"
            [http]
            request_timeout = "5s"
            cors_origins = ["https://grafana.example.com"]
            [auth.tokens]
            "t-1" = "org-a"
            "#,
        )
        .unwrap();
        assert_eq!(config.query.max_window, Duration::from_secs(2 * 86_400));
        assert_eq!(config.auth.tokens["t-1"], "org-a");
        assert!(config.clickhouse.is_none());
        let env = |name: &str| match name {
            "HOVER_PORT" => Some("9000".to_string()),
            "HOVER_CLICKHOUSE_URL" => Some("http://127.0.0.1:1".to_string()),
            _ => None,
        };
        config.apply_env(env).unwrap();
        assert_eq!(config.server.port, 9000);
        assert_eq!(config.clickhouse.unwrap().url, "http://127.0.0.1:1");
        assert!(config_error_for("[server]\nport = \"x\"").contains("invalid type"));
        assert!(config_error_for("[nonsense]\n").contains("unknown field"));
        // A misspelt key in any section is named, never silently ignored.
        for (text, key) in
            [("[server]\nprot = 1", "prot"), ("[clickhouse]\nurll = \"x\"", "urll"), ("[query]\nlimit = 3", "limit")]
        {
            let error = config_error_for(text);
            assert!(error.contains("unknown field") && error.contains(key), "{text}: {error}");
        }
    }

    fn config_error_for(text: &str) -> String {
        toml::from_str::<Config>(text).unwrap_err().to_string()
    }
}
