//! Mutual-TLS configurations for the hub (server) and the members (clients): TLS 1.3 only, the
//! federation CA as the only trust anchor, the ring provider given explicitly (no process-wide
//! default is read or installed).
//!
//! Set `alpn_protocols` on the returned configuration if the protocol above needs it.

use std::sync::Arc;

use rustls::crypto::CryptoProvider;
use rustls::server::WebPkiClientVerifier;
use rustls::{ClientConfig, RootCertStore, ServerConfig};

use crate::identity::Identity;
use crate::{Error, Result};

/// The crypto provider of every configuration made here: rustls' ring provider.
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// Only the federation CA.
fn roots(id: &Identity) -> Result<Arc<RootCertStore>> {
    let mut roots = RootCertStore::empty();
    roots.add(id.ca.clone())?;
    Ok(Arc::new(roots))
}

/// A server configuration (the hub's) that presents `id`'s certificate and REQUIRES a client
/// certificate that chains to the federation CA, is within its validity and allows client
/// authentication. Connections without one fail in the handshake: there is no anonymous
/// access. Which member it is, and whether it is still admitted, is for the caller to ask:
/// [`crate::peer_identity`] then [`crate::Directory::admit`].
pub fn server_config(id: &Identity) -> Result<ServerConfig> {
    let provider = provider();
    let verifier = WebPkiClientVerifier::builder_with_provider(roots(id)?, provider.clone())
        .build()
        .map_err(|e| Error::Tls(e.to_string()))?;
    Ok(ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13])?
        .with_client_cert_verifier(verifier)
        .with_single_cert(id.cert_chain.clone(), id.key.clone_key())?)
}

/// A client configuration (a node's or a provider's) that trusts only the federation CA and
/// presents `id`'s certificate.
pub fn client_config(id: &Identity) -> Result<ClientConfig> {
    Ok(ClientConfig::builder_with_provider(provider())
        .with_protocol_versions(&[&rustls::version::TLS13])?
        .with_root_certificates(roots(id)?)
        .with_client_auth_cert(id.cert_chain.clone(), id.key.clone_key())?)
}

#[cfg(test)]
mod tests {
    //! Real handshakes between `rustls` connections in memory. Each refusal test also checks
    //! that the same set-up succeeds with the right credentials, so it fails if the property
    //! it guards breaks, not merely if something else does.

    use std::io::{Read, Write};

    use rustls::pki_types::ServerName;
    use rustls::{ClientConnection, ServerConnection};
    use time::OffsetDateTime;

    use super::*;
    use crate::directory::Directory;
    use crate::identity::peer_identity;
    use crate::member::MemberKind;
    use crate::pki::{IssueRequest, Pki};

    #[derive(Debug)]
    enum Failed {
        Client(rustls::Error),
        Server(rustls::Error),
    }

    /// Runs the handshake, then sends `ping` from client to server; returns what the server
    /// read, or which side failed.
    fn connect(
        client: ClientConfig,
        server: ServerConfig,
    ) -> (Result<Vec<u8>, Failed>, ServerConnection) {
        let name = ServerName::try_from("localhost").unwrap();
        let mut c = ClientConnection::new(Arc::new(client), name).unwrap();
        let mut s = ServerConnection::new(Arc::new(server)).unwrap();
        c.writer().write_all(b"ping").unwrap();
        for _ in 0..20 {
            // client → server
            let mut buf = Vec::new();
            while c.wants_write() {
                c.write_tls(&mut buf).unwrap();
            }
            if !buf.is_empty() {
                s.read_tls(&mut buf.as_slice()).unwrap();
                if let Err(e) = s.process_new_packets() {
                    return (Err(Failed::Server(e)), s);
                }
            }
            let mut plain = Vec::new();
            match s.reader().read_to_end(&mut plain) {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(e) => panic!("{e}"),
            }
            if !plain.is_empty() {
                return (Ok(plain), s);
            }
            // server → client
            let mut buf = Vec::new();
            while s.wants_write() {
                s.write_tls(&mut buf).unwrap();
            }
            if !buf.is_empty() {
                c.read_tls(&mut buf.as_slice()).unwrap();
                if let Err(e) = c.process_new_packets() {
                    return (Err(Failed::Client(e)), s);
                }
            }
        }
        panic!("the handshake did not end");
    }

    struct Federation {
        _tmp: tempfile::TempDir,
        pki: Pki,
    }

    impl Federation {
        fn new(now: OffsetDateTime) -> Self {
            let tmp = tempfile::tempdir().unwrap();
            let pki = Pki::init(&tmp.path().join("pki"), now).unwrap();
            Federation { _tmp: tmp, pki }
        }

        fn member(&self, code: &str, kind: MemberKind, now: OffsetDateTime) -> Identity {
            self.pki
                .issue(&IssueRequest::new(code, kind, "BE"), now)
                .unwrap();
            Identity::load(&self.pki.member_dir(code)).unwrap()
        }

        fn directory(&self) -> Directory {
            self.pki.directory().unwrap().directory
        }
    }

    fn now() -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }

    /// A client that trusts `trust`'s CA (so it accepts the hub) and presents `cert_of`'s
    /// certificate, or none.
    fn client_presenting(trust: &Identity, cert_of: Option<&Identity>) -> ClientConfig {
        let b = ClientConfig::builder_with_provider(provider())
            .with_protocol_versions(&[&rustls::version::TLS13])
            .unwrap()
            .with_root_certificates(roots(trust).unwrap());
        match cert_of {
            Some(id) => b
                .with_client_auth_cert(id.cert_chain.clone(), id.key.clone_key())
                .unwrap(),
            None => b.with_no_client_auth(),
        }
    }

    #[test]
    fn a_member_is_accepted_and_identified() {
        let fed = Federation::new(now());
        let hub = fed.member("HUB", MemberKind::Hub, now());
        let be = fed.member("BE-FED", MemberKind::Authority, now());
        let (got, s) = connect(client_config(&be).unwrap(), server_config(&hub).unwrap());
        assert_eq!(got.unwrap(), b"ping");
        let certs = s.peer_certificates().unwrap();
        let peer = peer_identity(&certs[0]).unwrap();
        assert_eq!(peer.code, "BE-FED");
        let dir = fed.directory();
        assert_eq!(
            peer.fingerprint,
            dir.member("BE-FED").unwrap().cert_fingerprint
        );
        assert_eq!(dir.admit(&peer).unwrap().code, "BE-FED");
    }

    #[test]
    fn a_client_without_certificate_is_refused() {
        let fed = Federation::new(now());
        let hub = fed.member("HUB", MemberKind::Hub, now());
        let be = fed.member("BE-FED", MemberKind::Authority, now());
        // Control: the same client with its certificate gets in.
        let (ok, _) = connect(
            client_presenting(&be, Some(&be)),
            server_config(&hub).unwrap(),
        );
        assert_eq!(ok.unwrap(), b"ping");

        let (got, s) = connect(client_presenting(&be, None), server_config(&hub).unwrap());
        assert!(
            matches!(
                got,
                Err(Failed::Server(rustls::Error::NoCertificatesPresented))
            ),
            "{got:?}"
        );
        assert!(s.peer_certificates().is_none());
    }

    #[test]
    fn a_client_from_another_federation_is_refused() {
        let fed = Federation::new(now());
        let hub = fed.member("HUB", MemberKind::Hub, now());
        let other = Federation::new(now());
        let other_hub = other.member("HUB", MemberKind::Hub, now());
        // Same code, same CA name, another CA key.
        let intruder = other.member("BE-FED", MemberKind::Authority, now());
        // Control: the intruder's certificate is good in its own federation.
        let (ok, _) = connect(
            client_config(&intruder).unwrap(),
            server_config(&other_hub).unwrap(),
        );
        assert_eq!(ok.unwrap(), b"ping");

        // It trusts our hub (so the client side goes on) but presents its own certificate.
        let (got, s) = connect(
            client_presenting(&hub, Some(&intruder)),
            server_config(&hub).unwrap(),
        );
        assert!(
            matches!(
                got,
                Err(Failed::Server(rustls::Error::InvalidCertificate(
                    rustls::CertificateError::BadSignature
                        | rustls::CertificateError::UnknownIssuer
                )))
            ),
            "{got:?}"
        );
        assert!(s.peer_certificates().is_none());
    }

    #[test]
    fn a_hub_from_another_federation_is_refused_by_the_client() {
        let fed = Federation::new(now());
        let be = fed.member("BE-FED", MemberKind::Authority, now());
        let other = Federation::new(now());
        let fake_hub = other.member("HUB", MemberKind::Hub, now());
        let (got, _) = connect(
            client_config(&be).unwrap(),
            server_config(&fake_hub).unwrap(),
        );
        assert!(
            matches!(
                got,
                Err(Failed::Client(rustls::Error::InvalidCertificate(_)))
            ),
            "{got:?}"
        );
    }

    #[test]
    fn an_expired_member_certificate_is_refused() {
        let three_years_ago = now() - time::Duration::days(3 * 365);
        let fed = Federation::new(three_years_ago);
        let hub = fed.member("HUB", MemberKind::Hub, now());
        let old = fed.member("ES-AN", MemberKind::Authority, three_years_ago);
        let fresh = fed.member("MA-PGR", MemberKind::Authority, now());
        let (ok, _) = connect(client_config(&fresh).unwrap(), server_config(&hub).unwrap());
        assert_eq!(ok.unwrap(), b"ping");
        let (got, _) = connect(client_config(&old).unwrap(), server_config(&hub).unwrap());
        assert!(
            matches!(
                got,
                Err(Failed::Server(rustls::Error::InvalidCertificate(
                    rustls::CertificateError::Expired
                        | rustls::CertificateError::ExpiredContext { .. }
                )))
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_revoked_member_passes_tls_but_not_the_directory() {
        let fed = Federation::new(now());
        let hub = fed.member("HUB", MemberKind::Hub, now());
        let ma = fed.member("MA-PGR", MemberKind::Authority, now());
        fed.pki.revoke("MA-PGR", now()).unwrap();
        let (got, s) = connect(client_config(&ma).unwrap(), server_config(&hub).unwrap());
        assert!(got.is_ok());
        let peer = peer_identity(&s.peer_certificates().unwrap()[0]).unwrap();
        let e = fed.directory().admit(&peer).unwrap_err().to_string();
        assert_eq!(e, "peer MA-PGR refused: revoked");
    }
}
