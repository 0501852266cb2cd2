//! Configuration, in layers: defaults → TOML file → `MALINES_*` environment → flags.
//!
//! Each layer is parsed into a [`RawConfig`] (unknown keys refused), the layers are merged,
//! and the result is validated once into a typed [`Config`] that is passed explicitly: there
//! is no global configuration. Secrets (the database URL may hold a password) can be read
//! from a file (`database_url_file`, `MALINES_DATABASE_URL_FILE`) and are redacted in both
//! `Debug` and `Display`.

use std::fmt;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use malines_core::ids::{AuthorityCode, Country};
use serde::Deserialize;

/// One layer of configuration, as written. Every field is optional.
#[derive(Debug, Default, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// Folder for the node's files (its SQLite database by default).
    pub data_dir: Option<PathBuf>,
    /// `sqlite://PATH` or `postgres://USER:PASSWORD@HOST/DB`.
    pub database_url: Option<String>,
    /// A file holding the database URL (for secrets managers).
    pub database_url_file: Option<PathBuf>,
    /// This node's authority code, e.g. `BE-FED`.
    pub authority: Option<String>,
    /// Region for phone numbers written without country code; defaults to the authority's country.
    pub default_region: Option<String>,
    /// Log filter (tracing's `EnvFilter` syntax), e.g. `info` or `malines=debug`.
    pub log: Option<String>,
    /// The longest time between two reviews of a case at this authority, in years (1 to 3).
    pub review_every_years: Option<Setting>,
}

/// A numeric setting as written: a TOML number, or text from the environment.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Setting {
    Number(i64),
    Text(String),
}

impl Setting {
    /// The whole number written, if it is one.
    fn number(&self) -> Option<i64> {
        match self {
            Setting::Number(n) => Some(*n),
            Setting::Text(t) => t.trim().parse().ok(),
        }
    }
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Setting::Number(n) => write!(f, "{n}"),
            Setting::Text(t) => write!(f, "{t:?}"),
        }
    }
}

impl RawConfig {
    /// Reads a TOML file.
    pub fn from_toml_file(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read config file {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("config file {}", path.display()))
    }

    /// Reads the `MALINES_*` variables through `get` (the process environment, or a map in tests).
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Self {
        let get = |k: &str| get(k).filter(|v| !v.is_empty());
        RawConfig {
            data_dir: get("MALINES_DATA_DIR").map(PathBuf::from),
            database_url: get("MALINES_DATABASE_URL"),
            database_url_file: get("MALINES_DATABASE_URL_FILE").map(PathBuf::from),
            authority: get("MALINES_AUTHORITY"),
            default_region: get("MALINES_DEFAULT_REGION"),
            log: get("MALINES_LOG"),
            review_every_years: get("MALINES_REVIEW_EVERY_YEARS").map(Setting::Text),
        }
    }

    /// `self` overridden by whatever `over` sets. The database URL and its file count as one
    /// setting: the higher layer's choice wins whole.
    pub fn merge(self, over: RawConfig) -> anyhow::Result<RawConfig> {
        for layer in [&self, &over] {
            if layer.database_url.is_some() && layer.database_url_file.is_some() {
                bail!("database_url and database_url_file are both set in one place: keep one");
            }
        }
        let db_over = over.database_url.is_some() || over.database_url_file.is_some();
        Ok(RawConfig {
            data_dir: over.data_dir.or(self.data_dir),
            database_url: if db_over {
                over.database_url
            } else {
                self.database_url
            },
            database_url_file: if db_over {
                over.database_url_file
            } else {
                self.database_url_file
            },
            authority: over.authority.or(self.authority),
            default_region: over.default_region.or(self.default_region),
            log: over.log.or(self.log),
            review_every_years: over.review_every_years.or(self.review_every_years),
        })
    }
}

/// A database URL. Shown with its password replaced by `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: String) -> Self {
        DatabaseUrl(url)
    }

    /// The URL in clear, for the driver only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact_url(&self.0))
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", redact_url(&self.0))
    }
}

/// Replaces the password of `scheme://user:password@host` (a password may hold `/` or `@`:
/// everything between the first `:` of the user part and the last `@` before the query goes),
/// and the value of any `password=` parameter or keyword (`host=db password=… user=x`).
pub fn redact_url(url: &str) -> String {
    let mut out = url.to_string();
    if let Some(scheme_end) = out.find("://") {
        let rest_start = scheme_end + 3;
        let query = out
            .get(rest_start..)
            .and_then(|r| r.find('?'))
            .map_or(out.len(), |q| q + rest_start);
        if let Some(at) = out.get(rest_start..query).and_then(|a| a.rfind('@')) {
            let at = rest_start + at;
            if let Some(colon) = out.get(rest_start..at).and_then(|u| u.find(':')) {
                out.replace_range(rest_start + colon + 1..at, "***");
            }
        }
    }
    // `password=` in a query string (&-separated) or a keyword string (space-separated).
    let mut redacted = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(i) = rest.to_ascii_lowercase().find("password=") {
        let (head, tail) = rest.split_at(i + "password=".len());
        redacted.push_str(head);
        redacted.push_str("***");
        let end = tail.find(['&', ' ']).unwrap_or(tail.len());
        rest = tail.get(end..).unwrap_or("");
    }
    redacted.push_str(rest);
    redacted
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub database_url: DatabaseUrl,
    pub authority: Option<AuthorityCode>,
    pub default_region: Option<Country>,
    pub log: String,
    /// The longest time between two reviews of a case, in years.
    pub review_every_years: i32,
}

impl Config {
    /// Validates merged settings; errors name the setting and the reason.
    pub fn from_raw(raw: RawConfig, default_data_dir: PathBuf) -> anyhow::Result<Self> {
        let data_dir = raw.data_dir.unwrap_or(default_data_dir);
        let database_url = match (raw.database_url, raw.database_url_file) {
            (Some(u), _) => u,
            (None, Some(f)) => std::fs::read_to_string(&f)
                .with_context(|| format!("database_url_file: cannot read {}", f.display()))?
                .trim()
                .to_string(),
            (None, None) => format!("sqlite://{}", data_dir.join("malines.sqlite").display()),
        };
        if malines_store::Backend::of_url(&database_url).is_err() {
            // Not echoed: a value that is not a URL may hold a password in any form.
            bail!("database_url: must start with sqlite: or postgres:");
        }
        let authority = raw
            .authority
            .map(|a| AuthorityCode::parse(&a).map_err(|e| anyhow::anyhow!("authority: {e}")))
            .transpose()?;
        let default_region = raw
            .default_region
            .map(|r| Country::parse(&r).map_err(|e| anyhow::anyhow!("default_region: {e}")))
            .transpose()?;
        let max = malines_core::model::REVIEW_INTERVAL_YEARS;
        let review_every_years = match &raw.review_every_years {
            None => max,
            Some(v) => match v.number().and_then(|n| i32::try_from(n).ok()) {
                Some(n) if (1..=max).contains(&n) => n,
                _ => bail!(
                    "review_every_years: must be a whole number of years from 1 to {max} \
                     (SPEC §7: a case is reviewed at least every {max} years); it was {v}"
                ),
            },
        };
        Ok(Config {
            data_dir,
            database_url: DatabaseUrl(database_url),
            authority,
            default_region,
            log: raw.log.unwrap_or_else(|| "warn".into()),
            review_every_years,
        })
    }

    /// The authority this node acts for; commands that touch case data need one.
    pub fn authority(&self) -> anyhow::Result<&AuthorityCode> {
        self.authority.as_ref().ok_or_else(|| {
            crate::Exit {
                code: 2,
                message: Some(
                    "authority: not set; pass --authority CODE (e.g. BE-FED), set \
                     MALINES_AUTHORITY, or put `authority = \"BE-FED\"` in the config file"
                        .into(),
                ),
            }
            .into()
        })
    }

    /// How cases entered at this authority are validated on `today`.
    pub fn validation_context(
        &self,
        today: time::Date,
    ) -> anyhow::Result<malines_core::model::ValidationContext> {
        Ok(malines_core::model::ValidationContext {
            default_region: self.default_region()?,
            today,
            review_every_years: self.review_every_years,
        })
    }

    /// Region for phone numbers without country code: configured, else the authority's country.
    pub fn default_region(&self) -> anyhow::Result<Country> {
        match &self.default_region {
            Some(r) => Ok(r.clone()),
            None => Ok(self.authority()?.country()),
        }
    }
}

impl fmt::Display for Config {
    /// The effective configuration as TOML, secrets redacted.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "data_dir = {:?}", self.data_dir.display().to_string())?;
        writeln!(f, "database_url = {:?}", self.database_url.to_string())?;
        match &self.authority {
            Some(a) => writeln!(f, "authority = \"{a}\"")?,
            None => writeln!(f, "# authority is not set")?,
        }
        match &self.default_region {
            Some(r) => writeln!(f, "default_region = \"{r}\"")?,
            None => writeln!(f, "# default_region: the authority's country")?,
        }
        writeln!(f, "log = {:?}", self.log)?;
        writeln!(f, "review_every_years = {}", self.review_every_years)
    }
}

/// Where data lives when nothing says otherwise: `$XDG_DATA_HOME/malines`,
/// `~/.local/share/malines`, or `./malines-data`.
pub fn default_data_dir(get: impl Fn(&str) -> Option<String>) -> PathBuf {
    if let Some(x) = get("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(x).join("malines");
    }
    if let Some(h) = get("HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(h).join(".local/share/malines");
    }
    PathBuf::from("malines-data")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let m: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| m.get(k).cloned()
    }

    #[test]
    fn layers_override_in_order() {
        let file: RawConfig =
            toml::from_str("authority = \"BE-FED\"\nlog = \"info\"\ndata_dir = \"/f\"").unwrap();
        let envl = RawConfig::from_env(env(&[("MALINES_AUTHORITY", "FR-PNAT")]));
        let flags = RawConfig {
            data_dir: Some("/flag".into()),
            ..Default::default()
        };
        let raw = RawConfig::default()
            .merge(file)
            .unwrap()
            .merge(envl)
            .unwrap()
            .merge(flags)
            .unwrap();
        let c = Config::from_raw(raw, "/default".into()).unwrap();
        assert_eq!(c.authority.unwrap().as_str(), "FR-PNAT");
        assert_eq!(c.log, "info");
        assert_eq!(c.data_dir, PathBuf::from("/flag"));
        assert_eq!(c.database_url.expose(), "sqlite:///flag/malines.sqlite");
    }

    #[test]
    fn the_review_interval_is_at_most_three_years() {
        let from_file: RawConfig = toml::from_str("review_every_years = 2").unwrap();
        let c = Config::from_raw(from_file, "/d".into()).unwrap();
        assert_eq!(c.review_every_years, 2);
        assert!(c.to_string().contains("review_every_years = 2"));
        let unset = Config::from_raw(RawConfig::default(), "/d".into()).unwrap();
        assert_eq!(unset.review_every_years, 3);
        for bad in ["4", "0", "two", "-1"] {
            let raw = RawConfig::from_env(env(&[("MALINES_REVIEW_EVERY_YEARS", bad)]));
            let e = Config::from_raw(raw, "/d".into()).unwrap_err().to_string();
            assert!(e.starts_with("review_every_years: must be"), "{e}");
            assert!(e.contains(bad), "{e}");
        }
    }

    #[test]
    fn unknown_keys_are_refused() {
        let e = toml::from_str::<RawConfig>("autority = \"BE-FED\"").unwrap_err();
        assert!(e.to_string().contains("unknown field `autority`"), "{e}");
    }

    #[test]
    fn database_url_from_a_file_and_not_both() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("db");
        std::fs::write(&f, "postgres://malines:s3cret@db/malines\n").unwrap();
        let raw = RawConfig::from_env(env(&[("MALINES_DATABASE_URL_FILE", f.to_str().unwrap())]));
        let c = Config::from_raw(raw, "/d".into()).unwrap();
        assert_eq!(
            c.database_url.expose(),
            "postgres://malines:s3cret@db/malines"
        );
        let both = RawConfig {
            database_url: Some("sqlite://x".into()),
            database_url_file: Some(f),
            ..Default::default()
        };
        assert!(RawConfig::default().merge(both).is_err());
    }

    #[test]
    fn secrets_are_redacted_in_debug_and_display() {
        let raw = RawConfig {
            database_url: Some(
                "postgres://malines:s3cret@db:5432/m?sslmode=require&password=p2".into(),
            ),
            authority: Some("MA-PGR".into()),
            ..Default::default()
        };
        let c = Config::from_raw(raw, "/d".into()).unwrap();
        let shown = format!("{c} {c:?}");
        assert!(
            !shown.contains("s3cret") && !shown.contains("p2"),
            "{shown}"
        );
        assert!(shown.contains("postgres://malines:***@db:5432/m?sslmode=require&password=***"));
    }

    #[test]
    fn odd_passwords_are_redacted_too() {
        for (url, secret) in [
            ("postgres://malines:pa/ss@db/m", "pa/ss"),
            ("postgres://malines:p@ss@db/m?sslmode=require", "p@ss"),
            (
                "postgres://db/m?user=x&password=S3cret&sslmode=require",
                "S3cret",
            ),
            (
                "host=db user=malines password=S3cretPW dbname=m",
                "S3cretPW",
            ),
        ] {
            let shown = redact_url(url);
            assert!(!shown.contains(secret), "{url} -> {shown}");
        }
        let raw = RawConfig {
            database_url: Some("host=db password=S3cretPW".into()),
            ..Default::default()
        };
        let e = Config::from_raw(raw, "/d".into()).unwrap_err();
        assert!(!format!("{e:#}").contains("S3cret"), "{e:#}");
    }

    #[test]
    fn invalid_settings_name_the_setting() {
        let raw = RawConfig {
            authority: Some("Belgium".into()),
            ..Default::default()
        };
        let e = Config::from_raw(raw, "/d".into()).unwrap_err();
        assert!(e.to_string().starts_with("authority: "), "{e}");
        let raw = RawConfig {
            database_url: Some("mysql://x".into()),
            ..Default::default()
        };
        let e = Config::from_raw(raw, "/d".into()).unwrap_err();
        assert!(e.to_string().starts_with("database_url: "), "{e}");
    }

    #[test]
    fn default_region_follows_the_authority() {
        let raw = RawConfig {
            authority: Some("ma-pgr".into()),
            ..Default::default()
        };
        let c = Config::from_raw(raw, "/d".into()).unwrap();
        assert_eq!(c.default_region().unwrap().as_str(), "MA");
    }
}
