//! A member's own identity, loaded from its folder, and the identity of a TLS peer read from
//! its (verified) certificate.

use std::fmt;
use std::path::Path;

use ed25519_dalek::{SigningKey, VerifyingKey};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};
use sha2::{Digest, Sha256};
use x25519_dalek::StaticSecret;

use crate::directory::read_operator_key;
use crate::layout;
use crate::member::{MemberEntry, check_code};
use crate::{Error, Result, files};

/// Prefix of the URI subject alternative name that carries the member code, beside the CN:
/// `urn:malines:member:BE-FED`.
pub const MEMBER_URI_PREFIX: &str = "urn:malines:member:";

/// Everything a member needs to talk to the federation: its TLS certificate and key, the
/// federation CA, its signing and HPKE secrets, and the operator key that signs the directory.
/// `Debug` shows no secret.
pub struct Identity {
    /// The member code, as in the certificate and `member.json`.
    pub code: String,
    /// The member's public entry (`member.json`).
    pub entry: MemberEntry,
    /// The member's certificate (the leaf first).
    pub cert_chain: Vec<CertificateDer<'static>>,
    /// The TLS private key (PKCS#8, ECDSA P-256).
    pub key: PrivateKeyDer<'static>,
    /// The federation CA: the only TLS trust anchor.
    pub ca: CertificateDer<'static>,
    /// Ed25519 key for signing messages and orders.
    pub signing: SigningKey,
    /// X25519 secret for HPKE; `to_bytes()` gives the raw 32 bytes.
    pub hpke_secret: StaticSecret,
    /// The federation operator's key, to verify the directory offline.
    pub operator: VerifyingKey,
}

impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Identity")
            .field("code", &self.code)
            .field("entry", &self.entry)
            .field("cert_chain", &self.cert_chain.len())
            .field("key", &"[redacted]")
            .field("signing", &"[redacted]")
            .field("hpke_secret", &"[redacted]")
            .field("operator", &self.operator)
            .finish()
    }
}

impl Identity {
    /// Loads a member's folder (`DIR/members/CODE`, copied to the member's machine) and checks
    /// that its parts agree: the certificate names the code of `member.json` and has its
    /// fingerprint, and the secret keys match the public keys of the entry. Secret key files
    /// readable by other users are refused.
    pub fn load(member_dir: &Path) -> Result<Identity> {
        let path = |name: &str| member_dir.join(name);

        let entry_path = path(layout::MEMBER_ENTRY);
        let entry: MemberEntry = serde_json::from_str(&files::read_to_string(&entry_path)?)
            .map_err(|e| Error::malformed(&entry_path, e.to_string()))?;
        entry
            .validate()
            .map_err(|e| Error::malformed(&entry_path, e.to_string()))?;

        let cert_path = path(layout::MEMBER_CERT);
        let cert_chain = CertificateDer::pem_file_iter(&cert_path)
            .and_then(|it| it.collect::<Result<Vec<_>, _>>())
            .map_err(|e| Error::malformed(&cert_path, e.to_string()))?;
        let leaf = cert_chain
            .first()
            .ok_or_else(|| Error::malformed(&cert_path, "no certificate"))?;
        let peer = peer_identity(leaf).map_err(|e| Error::malformed(&cert_path, e.to_string()))?;
        if peer.code != entry.code || peer.fingerprint != entry.cert_fingerprint {
            return Err(Error::malformed(
                &cert_path,
                format!(
                    "certificate of {} does not match {} ({})",
                    peer.code,
                    layout::MEMBER_ENTRY,
                    entry.code
                ),
            ));
        }

        let key_path = path(layout::MEMBER_KEY);
        files::check_private(&key_path)?;
        let key = PrivateKeyDer::from_pem_file(&key_path)
            .map_err(|e| Error::malformed(&key_path, e.to_string()))?;

        let ca_path = path(layout::CA_CERT);
        let ca = CertificateDer::from_pem_file(&ca_path)
            .map_err(|e| Error::malformed(&ca_path, e.to_string()))?;

        let signing_path = path(layout::MEMBER_SIGNING_KEY);
        let signing = SigningKey::from_bytes(&files::read_secret_key(&signing_path)?);
        if signing.verifying_key() != entry.signing_key()? {
            return Err(Error::malformed(
                &signing_path,
                format!("does not match the signing key of {}", layout::MEMBER_ENTRY),
            ));
        }

        let hpke_path = path(layout::MEMBER_HPKE_KEY);
        let hpke_secret = StaticSecret::from(files::read_secret_key(&hpke_path)?);
        if x25519_dalek::PublicKey::from(&hpke_secret).to_bytes() != entry.hpke_key()? {
            return Err(Error::malformed(
                &hpke_path,
                format!("does not match the HPKE key of {}", layout::MEMBER_ENTRY),
            ));
        }

        let operator = read_operator_key(&path(layout::OPERATOR_PUB))?;

        Ok(Identity {
            code: entry.code.clone(),
            entry,
            cert_chain,
            key,
            ca,
            signing,
            hpke_secret,
            operator,
        })
    }
}

/// Who is at the other end of a mutual-TLS connection.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PeerIdentity {
    /// The member code from the certificate (CN and URI SAN agree).
    pub code: String,
    /// Lower-case hex SHA-256 of the certificate (DER): compare with the directory entry.
    pub fingerprint: String,
}

/// Lower-case hex SHA-256 of a certificate's DER: the `cert_fingerprint` of the directory.
pub fn fingerprint(cert: &CertificateDer<'_>) -> String {
    hex::encode(Sha256::digest(cert.as_ref()))
}

/// Reads the member code out of a peer certificate: the subject's common name, which must be the
/// only one and equal to the only `urn:malines:member:` URI in the subject alternative names,
/// and be a valid code.
///
/// This does not verify the certificate: call it only on one that rustls has verified against
/// the federation CA (`conn.peer_certificates()` after the handshake, the first one), then ask
/// the directory ([`crate::Directory::admit`]) whether this certificate is current.
pub fn peer_identity(cert: &CertificateDer<'_>) -> Result<PeerIdentity> {
    let bad = |r: &str| Error::PeerCertificate(r.into());
    let (rest, x509) = x509_parser::parse_x509_certificate(cert.as_ref())
        .map_err(|e| Error::PeerCertificate(format!("not an X.509 certificate: {e}")))?;
    if !rest.is_empty() {
        return Err(bad("trailing bytes after the certificate"));
    }
    let mut cns = x509.subject().iter_common_name();
    let cn = cns
        .next()
        .ok_or_else(|| bad("no common name"))?
        .as_str()
        .map_err(|_| bad("the common name is not a string"))?;
    if cns.next().is_some() {
        return Err(bad("more than one common name"));
    }
    let sans = x509
        .subject_alternative_name()
        .map_err(|e| Error::PeerCertificate(format!("subject alternative names: {e}")))?
        .map(|ext| ext.value.general_names.as_slice())
        .unwrap_or_default();
    let mut uris = sans.iter().filter_map(|name| match name {
        x509_parser::extensions::GeneralName::URI(uri) => uri.strip_prefix(MEMBER_URI_PREFIX),
        _ => None,
    });
    let uri_code = uris
        .next()
        .ok_or_else(|| bad("no member URI (urn:malines:member:CODE)"))?;
    if uris.next().is_some() {
        return Err(bad("more than one member URI"));
    }
    if uri_code != cn {
        return Err(bad("the common name and the member URI differ"));
    }
    check_code(cn).map_err(|e| Error::PeerCertificate(e.to_string()))?;
    Ok(PeerIdentity {
        code: cn.to_string(),
        fingerprint: fingerprint(cert),
    })
}

#[cfg(test)]
mod tests {
    use rcgen::{CertificateParams, DnType, KeyPair, SanType};

    use super::*;

    fn self_signed(cns: &[&str], uris: &[&str]) -> CertificateDer<'static> {
        let mut p = CertificateParams::default();
        p.distinguished_name = rcgen::DistinguishedName::new();
        for (i, cn) in cns.iter().enumerate() {
            // rcgen keeps one value per type: a second CN goes in under its raw OID.
            let ty = match i {
                0 => DnType::CommonName,
                _ => DnType::CustomDnType(vec![2, 5, 4, 3]),
            };
            p.distinguished_name.push(ty, *cn);
        }
        p.subject_alt_names = uris
            .iter()
            .map(|u| SanType::URI(u.to_string().try_into().unwrap()))
            .collect();
        let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256).unwrap();
        p.self_signed(&key).unwrap().der().clone()
    }

    #[test]
    fn reads_the_code_when_cn_and_uri_agree() {
        let c = self_signed(&["BE-FED"], &["urn:malines:member:BE-FED"]);
        let p = peer_identity(&c).unwrap();
        assert_eq!(p.code, "BE-FED");
        assert_eq!(p.fingerprint, fingerprint(&c));
        assert_eq!(p.fingerprint.len(), 64);
    }

    #[test]
    fn refuses_ambiguous_or_missing_codes() {
        for (cns, uris, why) in [
            (
                &[][..],
                &["urn:malines:member:BE-FED"][..],
                "no common name",
            ),
            (&["BE-FED"], &[], "no member URI"),
            (&["BE-FED"], &["urn:malines:member:FR-PNAT"], "differ"),
            (
                &["BE-FED", "FR-PNAT"],
                &["urn:malines:member:BE-FED"],
                "more than one common name",
            ),
            (
                &["BE-FED"],
                &["urn:malines:member:BE-FED", "urn:malines:member:FR-PNAT"],
                "more than one member URI",
            ),
            (&["be-fed"], &["urn:malines:member:be-fed"], "code:"),
        ] {
            let e = peer_identity(&self_signed(cns, uris))
                .unwrap_err()
                .to_string();
            assert!(e.contains(why), "{why}: {e}");
        }
        assert!(peer_identity(&CertificateDer::from(vec![0x30, 0x03, 1, 2, 3])).is_err());
    }
}
