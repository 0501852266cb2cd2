//! The node's client of the hub: HTTPS with the member's certificate (mutual TLS), trusting
//! only the federation CA.

use std::time::Duration;

use malines_pki::Identity;
use malines_proto::{ApiError, Batch, BatchOutcome, Feed};

/// Why a call to the hub failed.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// The hub could not be reached (down, network): retry later.
    #[error("the hub cannot be reached: {0}")]
    Unreachable(String),
    /// The hub refused the request, with its reason.
    /// The directory the hub served is not signed by the federation operator.
    #[error("the directory served by the hub does not verify: {0}")]
    Directory(String),
    #[error("the hub refused ({status}): {}{}", .body.error, .body.field.as_deref().map(|f| format!(" (field {f})")).unwrap_or_default())]
    Refused { status: u16, body: ApiError },
}

/// A client of one hub.
#[derive(Debug, Clone)]
pub struct HubClient {
    http: reqwest::Client,
    base: String,
    code: String,
    /// The federation operator's key, to verify the directory the hub serves.
    operator: malines_pki::ed25519_dalek::VerifyingKey,
}

impl HubClient {
    /// A client for the hub at `base` (`https://127.0.0.1:8440`), as member `id`.
    pub fn new(base: &str, id: &Identity) -> Result<Self, HubError> {
        let tls =
            malines_pki::client_config(id).map_err(|e| HubError::Unreachable(e.to_string()))?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| HubError::Unreachable(e.to_string()))?;
        Ok(HubClient {
            http,
            base: base.trim_end_matches('/').to_string(),
            code: id.code.clone(),
            operator: id.operator,
        })
    }

    /// The member code this client speaks for.
    pub fn code(&self) -> &str {
        &self.code
    }

    async fn answer<T: serde::de::DeserializeOwned>(
        r: Result<reqwest::Response, reqwest::Error>,
    ) -> Result<T, HubError> {
        let r = r.map_err(|e| HubError::Unreachable(e.to_string()))?;
        let status = r.status();
        if status.is_success() {
            return r
                .json::<T>()
                .await
                .map_err(|e| HubError::Unreachable(format!("unreadable answer: {e}")));
        }
        let body = r.json::<ApiError>().await.unwrap_or(ApiError {
            error: status.canonical_reason().unwrap_or("error").to_string(),
            field: None,
        });
        Err(HubError::Refused {
            status: status.as_u16(),
            body,
        })
    }

    /// Pushes a batch of changes.
    pub async fn push(&self, batch: &Batch) -> Result<BatchOutcome, HubError> {
        let r = self
            .http
            .post(format!("{}/v1/records", self.base))
            .timeout(Duration::from_secs(120))
            .json(batch)
            .send()
            .await;
        Self::answer(r).await
    }

    /// Gives the hub a sealed letter.
    pub async fn post_letter(
        &self,
        env: &malines_proto::Envelope,
    ) -> Result<malines_proto::PostOutcome, HubError> {
        let r = self
            .http
            .post(format!("{}/v1/letters", self.base))
            .timeout(Duration::from_secs(120))
            .json(env)
            .send()
            .await;
        Self::answer(r).await
    }

    /// Reads the mailbox of `code` after `after`, waiting up to `wait` seconds.
    pub async fn mailbox(
        &self,
        code: &str,
        after: u64,
        wait: u64,
    ) -> Result<malines_proto::Mailbox, HubError> {
        let r = self
            .http
            .get(format!(
                "{}/v1/mailboxes/{code}?after={after}&wait={wait}",
                self.base
            ))
            .timeout(Duration::from_secs(wait + 120))
            .send()
            .await;
        Self::answer(r).await
    }

    /// Tells the hub the letters of `code` up to `through` are kept here.
    pub async fn mail_ack(&self, code: &str, through: u64) -> Result<serde_json::Value, HubError> {
        let r = self
            .http
            .post(format!("{}/v1/mailboxes/{code}/ack", self.base))
            .timeout(Duration::from_secs(30))
            .json(&malines_proto::MailAck { through })
            .send()
            .await;
        Self::answer(r).await
    }

    /// Reads the feed of `code` after `after`, waiting up to `wait` seconds.
    pub async fn feed(&self, code: &str, after: u64, wait: u64) -> Result<Feed, HubError> {
        let r = self
            .http
            .get(format!(
                "{}/v1/feeds/{code}?after={after}&wait={wait}",
                self.base
            ))
            .timeout(Duration::from_secs(wait + 30))
            .send()
            .await;
        Self::answer(r).await
    }

    /// The signed directory, as served (verify it before use).
    pub async fn directory(&self) -> Result<malines_pki::SignedDirectory, HubError> {
        let r = self
            .http
            .get(format!("{}/v1/directory", self.base))
            .timeout(Duration::from_secs(30))
            .send()
            .await;
        Self::answer(r).await
    }
}

impl HubClient {
    /// The directory, verified with the federation operator's key: a hub (or anyone between)
    /// cannot add, remove or change a member unseen.
    pub async fn verified_directory(&self) -> Result<malines_pki::Directory, HubError> {
        let signed = self.directory().await?;
        signed
            .verify(&self.operator)
            .cloned()
            .map_err(|e| HubError::Directory(e.to_string()))
    }
}
