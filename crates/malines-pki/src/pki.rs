//! The operator's side: the federation CA, the operator key and the member folders, in one
//! directory (see [`crate::layout`]).

use std::collections::BTreeMap;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

use ed25519_dalek::{SigningKey, VerifyingKey};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SanType,
};
use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;
use time::{Duration, OffsetDateTime};
use x25519_dalek::StaticSecret;

use crate::directory::{Directory, SignedDirectory, read_operator_key};
use crate::identity::{MEMBER_URI_PREFIX, fingerprint};
use crate::member::{MemberEntry, MemberKind, check_code, check_country, check_names};
use crate::{Error, Result, files, layout};

/// Common name of the federation CA.
pub const CA_NAME: &str = "Malines federation CA";
/// Organisation in every certificate's subject.
pub const ORGANISATION: &str = "Malines federation";
/// How long the CA certificate is valid.
pub const CA_VALIDITY: Duration = Duration::days(10 * 365);
/// How long a member certificate is valid (never past the CA's end).
pub const MEMBER_VALIDITY: Duration = Duration::days(2 * 365);
/// Certificates start this long before `now`, for clocks a little behind the operator's.
pub const CLOCK_SKEW: Duration = Duration::minutes(5);

/// What [`Pki::issue`] needs to know about a new member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueRequest {
    /// See [`check_code`].
    pub code: String,
    pub kind: MemberKind,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Display names by language.
    pub names: BTreeMap<String, String>,
    /// Extra DNS names the certificate is valid for (a hub reached by name).
    pub dns_names: Vec<String>,
    /// Extra IP addresses the certificate is valid for.
    pub ip_addresses: Vec<IpAddr>,
}

impl IssueRequest {
    /// A request with no names and no extra subject alternative names.
    pub fn new(code: impl Into<String>, kind: MemberKind, country: impl Into<String>) -> Self {
        IssueRequest {
            code: code.into(),
            kind,
            country: country.into(),
            names: BTreeMap::new(),
            dns_names: Vec::new(),
            ip_addresses: Vec::new(),
        }
    }

    fn validate(&self) -> Result<()> {
        check_code(&self.code)?;
        check_country(&self.country)?;
        check_names(&self.names)?;
        for (i, name) in self.dns_names.iter().enumerate() {
            rustls_pki_types::DnsName::try_from(name.as_str()).map_err(|_| {
                Error::invalid(format!("dns[{i}]"), format!("`{name}` is not a DNS name"))
            })?;
        }
        Ok(())
    }
}

/// The operator's PKI folder, opened: the CA and operator keys are in memory. `Debug` shows no
/// secret. One operator process at a time should change a folder (there is no lock).
pub struct Pki {
    dir: PathBuf,
    ca_cert: CertificateDer<'static>,
    ca_key: KeyPair,
    ca_not_after: OffsetDateTime,
    operator: SigningKey,
}

impl fmt::Debug for Pki {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pki")
            .field("dir", &self.dir)
            .field("ca_fingerprint", &fingerprint(&self.ca_cert))
            .field("operator", &self.operator.verifying_key())
            .finish_non_exhaustive()
    }
}

impl Pki {
    /// Creates a federation in `dir` (which must not exist or be empty): the CA (ECDSA P-256,
    /// self-signed, valid [`CA_VALIDITY`], may sign member certificates only), the operator
    /// key (Ed25519), an empty `members/` and an empty directory of serial 1 signed at `now`.
    pub fn init(dir: &Path, now: OffsetDateTime) -> Result<Pki> {
        let now = normalise(now);
        match std::fs::read_dir(dir) {
            Ok(mut entries) => {
                if entries.next().is_some() {
                    return Err(Error::NotEmpty { path: dir.into() });
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => files::create_private_dir(dir)?,
            Err(e) => return Err(Error::io(dir, e)),
        }

        let ca_key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
        let mut params = CertificateParams::default();
        params.distinguished_name = DistinguishedName::new();
        params
            .distinguished_name
            .push(DnType::OrganizationName, ORGANISATION);
        params.distinguished_name.push(DnType::CommonName, CA_NAME);
        // Members only: no intermediate CA may be made under it.
        params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        params.not_before = now - CLOCK_SKEW;
        params.not_after = now + CA_VALIDITY;
        let ca_cert = params.self_signed(&ca_key)?;
        let operator = SigningKey::from_bytes(&files::random32()?);

        let path = |name: &str| dir.join(name);
        files::write_new(
            &path(layout::CA_KEY),
            ca_key.serialize_pem().as_bytes(),
            files::Mode::Secret,
        )?;
        files::write_secret_key(&path(layout::OPERATOR_KEY), operator.as_bytes())?;
        files::write_new(
            &path(layout::CA_CERT),
            ca_cert.pem().as_bytes(),
            files::Mode::Public,
        )?;
        files::write_new(
            &path(layout::OPERATOR_PUB),
            operator_pub_text(&operator.verifying_key()).as_bytes(),
            files::Mode::Public,
        )?;
        files::create_private_dir(&path(layout::MEMBERS))?;
        let pki = Pki {
            dir: dir.into(),
            ca_cert: ca_cert.der().clone(),
            ca_key,
            ca_not_after: params.not_after,
            operator,
        };
        pki.write_directory(Directory {
            serial: 1,
            issued_at: now,
            members: Vec::new(),
        })?;
        Ok(pki)
    }

    /// Opens a folder made by [`Pki::init`], checking that the CA key matches the CA
    /// certificate, the operator key its public half, and the directory its signature.
    pub fn open(dir: &Path) -> Result<Pki> {
        let path = |name: &str| dir.join(name);
        let ca_key_path = path(layout::CA_KEY);
        files::check_private(&ca_key_path)?;
        let ca_key = KeyPair::from_pem(&files::read_to_string(&ca_key_path)?)
            .map_err(|e| Error::malformed(&ca_key_path, e.to_string()))?;
        let ca_path = path(layout::CA_CERT);
        let ca_cert = CertificateDer::from_pem_file(&ca_path)
            .map_err(|e| Error::malformed(&ca_path, e.to_string()))?;
        let (_, x509) = x509_parser::parse_x509_certificate(ca_cert.as_ref())
            .map_err(|e| Error::malformed(&ca_path, e.to_string()))?;
        if x509.public_key().subject_public_key.data.as_ref() != ca_key.public_key_raw() {
            return Err(Error::malformed(
                &ca_key_path,
                format!("is not the key of {}", layout::CA_CERT),
            ));
        }
        let ca_not_after = x509.validity().not_after.to_datetime();

        let operator =
            SigningKey::from_bytes(&files::read_secret_key(&path(layout::OPERATOR_KEY))?);
        let operator_pub_path = path(layout::OPERATOR_PUB);
        if read_operator_key(&operator_pub_path)? != operator.verifying_key() {
            return Err(Error::malformed(
                &operator_pub_path,
                format!("is not the public half of {}", layout::OPERATOR_KEY),
            ));
        }
        let pki = Pki {
            dir: dir.into(),
            ca_cert,
            ca_key,
            ca_not_after,
            operator,
        };
        pki.directory()?;
        Ok(pki)
    }

    /// The PKI folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The federation CA certificate.
    pub fn ca_cert(&self) -> &CertificateDer<'static> {
        &self.ca_cert
    }

    /// The operator's public key, which members use to verify the directory.
    pub fn operator(&self) -> VerifyingKey {
        self.operator.verifying_key()
    }

    /// The folder of a member: `DIR/members/CODE`.
    pub fn member_dir(&self, code: &str) -> PathBuf {
        self.dir.join(layout::MEMBERS).join(code)
    }

    /// The signed directory, read from `directory.json` and verified.
    pub fn directory(&self) -> Result<SignedDirectory> {
        let signed = SignedDirectory::load(&self.dir.join(layout::DIRECTORY))?;
        signed.verify(&self.operator.verifying_key())?;
        Ok(signed)
    }

    /// Issues a new member: its folder `members/CODE` with a certificate signed by the CA
    /// (CN and URI SAN `urn:malines:member:CODE`, serverAuth and clientAuth, valid
    /// [`MEMBER_VALIDITY`] from `now`; a hub's is also valid for `localhost`, 127.0.0.1 and ::1),
    /// its TLS, signing and HPKE keys, copies of the CA certificate and operator key, and its
    /// entry; then adds the entry to the directory and signs it again (serial + 1).
    ///
    /// A code already in the directory, or whose folder exists, is refused: keys are never
    /// replaced. If writing fails half-way the folder stays and the directory is unchanged;
    /// remove the folder before trying again.
    pub fn issue(&self, req: &IssueRequest, now: OffsetDateTime) -> Result<MemberEntry> {
        let now = normalise(now);
        req.validate()?;
        if now >= self.ca_not_after {
            return Err(Error::Certificate(format!(
                "the federation CA expired on {}",
                self.ca_not_after
            )));
        }
        let mut directory = self.directory()?.directory;
        if directory.member(&req.code).is_some() {
            return Err(Error::MemberExists(req.code.clone()));
        }

        let tls_key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P256_SHA256)?;
        let cert = member_params(req, now, self.ca_not_after)?.signed_by(
            &tls_key,
            &Issuer::from_ca_cert_der(&self.ca_cert, &self.ca_key)?,
        )?;
        let signing = SigningKey::from_bytes(&files::random32()?);
        let hpke = StaticSecret::from(files::random32()?);
        let entry = MemberEntry {
            code: req.code.clone(),
            country: req.country.clone(),
            kind: req.kind,
            names: req.names.clone(),
            cert_fingerprint: fingerprint(cert.der()),
            signing_key: files::encode_key(signing.verifying_key().as_bytes()),
            hpke_key: files::encode_key(x25519_dalek::PublicKey::from(&hpke).as_bytes()),
            revoked: false,
        };
        entry.validate()?;

        let member_dir = self.member_dir(&req.code);
        files::create_private_dir(&member_dir).map_err(|e| match e {
            Error::Exists { .. } => Error::MemberExists(req.code.clone()),
            e => e,
        })?;
        let path = |name: &str| member_dir.join(name);
        files::write_new(
            &path(layout::MEMBER_KEY),
            tls_key.serialize_pem().as_bytes(),
            files::Mode::Secret,
        )?;
        files::write_secret_key(&path(layout::MEMBER_SIGNING_KEY), signing.as_bytes())?;
        files::write_secret_key(&path(layout::MEMBER_HPKE_KEY), hpke.as_bytes())?;
        files::write_new(
            &path(layout::MEMBER_CERT),
            cert.pem().as_bytes(),
            files::Mode::Public,
        )?;
        let ca_pem = files::read_to_string(&self.dir.join(layout::CA_CERT))?;
        files::write_new(
            &path(layout::CA_CERT),
            ca_pem.as_bytes(),
            files::Mode::Public,
        )?;
        files::write_new(
            &path(layout::OPERATOR_PUB),
            operator_pub_text(&self.operator.verifying_key()).as_bytes(),
            files::Mode::Public,
        )?;
        let entry_json = serde_json::to_string_pretty(&entry)
            .map_err(|e| Error::Certificate(format!("cannot serialise the entry: {e}")))?;
        files::write_new(
            &path(layout::MEMBER_ENTRY),
            format!("{entry_json}\n").as_bytes(),
            files::Mode::Public,
        )?;

        directory.members.push(entry.clone());
        directory.serial += 1;
        directory.issued_at = now;
        self.write_directory(directory)?;
        Ok(entry)
    }

    /// Marks a member revoked and signs the directory again (serial + 1). Its files stay; the
    /// hub refuses it from the moment it loads the new directory.
    pub fn revoke(&self, code: &str, now: OffsetDateTime) -> Result<()> {
        let mut directory = self.directory()?.directory;
        let entry = directory
            .members
            .iter_mut()
            .find(|m| m.code == code)
            .ok_or_else(|| Error::UnknownMember(code.into()))?;
        if entry.revoked {
            return Err(Error::AlreadyRevoked(code.into()));
        }
        entry.revoked = true;
        directory.serial += 1;
        directory.issued_at = normalise(now);
        self.write_directory(directory)
    }

    fn write_directory(&self, directory: Directory) -> Result<()> {
        let signed = SignedDirectory::sign(directory, &self.operator)?;
        let json = signed.to_json()?;
        files::replace(
            &self.dir.join(layout::DIRECTORY),
            format!("{json}\n").as_bytes(),
        )
    }
}

fn member_params(
    req: &IssueRequest,
    now: OffsetDateTime,
    ca_not_after: OffsetDateTime,
) -> Result<CertificateParams> {
    let mut p = CertificateParams::default();
    p.distinguished_name = DistinguishedName::new();
    p.distinguished_name
        .push(DnType::CountryName, req.country.as_str());
    p.distinguished_name
        .push(DnType::OrganizationName, ORGANISATION);
    p.distinguished_name
        .push(DnType::CommonName, req.code.as_str());

    let uri = format!("{MEMBER_URI_PREFIX}{}", req.code);
    let mut sans = vec![SanType::URI(uri.try_into()?)];
    let (mut dns, mut ips) = (Vec::new(), Vec::new());
    if req.kind == MemberKind::Hub {
        // The demo and the tests reach the hub on loopback.
        dns.push("localhost".to_string());
        ips.extend([
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(Ipv6Addr::LOCALHOST),
        ]);
    }
    dns.extend(req.dns_names.iter().cloned());
    ips.extend(req.ip_addresses.iter().copied());
    for name in dns {
        let san = SanType::DnsName(name.try_into()?);
        if !sans.contains(&san) {
            sans.push(san);
        }
    }
    for ip in ips {
        let san = SanType::IpAddress(ip);
        if !sans.contains(&san) {
            sans.push(san);
        }
    }
    p.subject_alt_names = sans;

    p.is_ca = IsCa::ExplicitNoCa;
    p.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    // Every member may be a TLS client (nodes, providers) and a server (the hub).
    p.extended_key_usages = vec![
        ExtendedKeyUsagePurpose::ServerAuth,
        ExtendedKeyUsagePurpose::ClientAuth,
    ];
    p.use_authority_key_identifier_extension = true;
    p.not_before = now - CLOCK_SKEW;
    p.not_after = (now + MEMBER_VALIDITY).min(ca_not_after);
    Ok(p)
}

/// Whole seconds, UTC: the directory's `issued_at` then reads the same in every file.
fn normalise(now: OffsetDateTime) -> OffsetDateTime {
    let utc = now.to_offset(time::UtcOffset::UTC);
    utc.replace_nanosecond(0).unwrap_or(utc)
}

fn operator_pub_text(key: &VerifyingKey) -> String {
    format!("{}\n", files::encode_key(key.as_bytes()))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use x509_parser::extensions::GeneralName;

    use super::*;
    use crate::identity::{Identity, peer_identity};

    fn request(code: &str, kind: MemberKind, country: &str) -> IssueRequest {
        let mut r = IssueRequest::new(code, kind, country);
        r.names = BTreeMap::from([("en".into(), format!("{code} office"))]);
        r
    }

    fn now() -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }

    #[test]
    fn init_issue_load_round_trip() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("pki");
        let pki = Pki::init(&dir, now()).unwrap();
        let d0 = pki.directory().unwrap();
        assert_eq!(d0.directory.serial, 1);
        assert!(d0.directory.members.is_empty());

        let mut req = request("FR-PNAT", MemberKind::Authority, "FR");
        req.names
            .insert("fr".into(), "Parquet national antiterroriste".into());
        let entry = pki.issue(&req, now()).unwrap();
        assert_eq!(entry.code, "FR-PNAT");
        assert_eq!(entry.kind, MemberKind::Authority);
        assert!(!entry.revoked);

        // Reopened from disk, the directory lists the new member.
        let pki = Pki::open(&dir).unwrap();
        let signed = pki.directory().unwrap();
        assert_eq!(signed.directory.serial, 2);
        assert_eq!(signed.directory.member("FR-PNAT"), Some(&entry));

        // The member's folder is self-sufficient.
        let id = Identity::load(&pki.member_dir("FR-PNAT")).unwrap();
        assert_eq!(id.code, "FR-PNAT");
        assert_eq!(id.entry, entry);
        assert_eq!(&id.ca, pki.ca_cert());
        assert_eq!(id.operator, pki.operator());
        assert_eq!(fingerprint(&id.cert_chain[0]), entry.cert_fingerprint);
        assert_eq!(id.signing.verifying_key(), entry.signing_key().unwrap());
        assert_eq!(
            x25519_dalek::PublicKey::from(&id.hpke_secret).to_bytes(),
            entry.hpke_key().unwrap()
        );
        // …including for verifying the directory offline.
        let copy = SignedDirectory::from_json(
            &std::fs::read_to_string(dir.join(layout::DIRECTORY)).unwrap(),
        )
        .unwrap();
        assert!(copy.verify(&id.operator).is_ok());
        let dbg = format!("{id:?} {pki:?}");
        assert!(dbg.contains("[redacted]"));
        assert!(!dbg.contains(&files::encode_key(id.signing.as_bytes())));
    }

    #[cfg(unix)]
    #[test]
    fn secrets_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let pki = Pki::init(tmp.path(), now()).unwrap();
        pki.issue(&request("BE-FED", MemberKind::Authority, "BE"), now())
            .unwrap();
        let mode = |p: PathBuf| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let m = pki.member_dir("BE-FED");
        for secret in [
            tmp.path().join(layout::CA_KEY),
            tmp.path().join(layout::OPERATOR_KEY),
            m.join(layout::MEMBER_KEY),
            m.join(layout::MEMBER_SIGNING_KEY),
            m.join(layout::MEMBER_HPKE_KEY),
        ] {
            assert_eq!(mode(secret.clone()), 0o600, "{}", secret.display());
        }
        assert_eq!(mode(m.clone()), 0o700);
        assert_eq!(mode(tmp.path().join(layout::MEMBERS)), 0o700);
        // A key made readable by others is refused when loaded.
        std::fs::set_permissions(
            m.join(layout::MEMBER_KEY),
            std::fs::Permissions::from_mode(0o640),
        )
        .unwrap();
        assert!(matches!(Identity::load(&m), Err(Error::NotPrivate { .. })));
    }

    #[test]
    fn init_refuses_a_non_empty_folder() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("notes.txt"), "x").unwrap();
        assert!(matches!(
            Pki::init(tmp.path(), now()),
            Err(Error::NotEmpty { .. })
        ));
        // Nor over an existing PKI.
        let other = tmp.path().join("pki");
        Pki::init(&other, now()).unwrap();
        let ca = std::fs::read(other.join(layout::CA_KEY)).unwrap();
        assert!(matches!(
            Pki::init(&other, now()),
            Err(Error::NotEmpty { .. })
        ));
        assert_eq!(std::fs::read(other.join(layout::CA_KEY)).unwrap(), ca);
    }

    #[test]
    fn issue_refuses_an_existing_code_and_keeps_its_keys() {
        let tmp = tempfile::tempdir().unwrap();
        let pki = Pki::init(tmp.path(), now()).unwrap();
        let req = request("ES-AN", MemberKind::Authority, "ES");
        pki.issue(&req, now()).unwrap();
        let key = std::fs::read(pki.member_dir("ES-AN").join(layout::MEMBER_KEY)).unwrap();
        assert!(matches!(
            pki.issue(&req, now()),
            Err(Error::MemberExists(c)) if c == "ES-AN"
        ));
        assert_eq!(
            std::fs::read(pki.member_dir("ES-AN").join(layout::MEMBER_KEY)).unwrap(),
            key
        );
        assert_eq!(pki.directory().unwrap().directory.serial, 2);

        // A left-over folder (a failed issue) is refused too, and the directory is unchanged.
        std::fs::create_dir(pki.member_dir("MA-PGR")).unwrap();
        assert!(matches!(
            pki.issue(&request("MA-PGR", MemberKind::Authority, "MA"), now()),
            Err(Error::MemberExists(_))
        ));
        assert!(
            pki.directory()
                .unwrap()
                .directory
                .member("MA-PGR")
                .is_none()
        );
    }

    #[test]
    fn issue_names_the_bad_field() {
        let tmp = tempfile::tempdir().unwrap();
        let pki = Pki::init(tmp.path(), now()).unwrap();
        let ok = request("BE-FED", MemberKind::Authority, "BE");
        let cases: Vec<(IssueRequest, &str)> = vec![
            (
                IssueRequest {
                    code: "be-fed".into(),
                    ..ok.clone()
                },
                "code: ",
            ),
            (
                IssueRequest {
                    country: "BEL".into(),
                    ..ok.clone()
                },
                "country: ",
            ),
            (
                IssueRequest {
                    names: BTreeMap::from([("French".into(), "x".into())]),
                    ..ok.clone()
                },
                "names.French: ",
            ),
            (
                IssueRequest {
                    dns_names: vec!["hub.example".into(), "not a name".into()],
                    ..ok.clone()
                },
                "dns[1]: ",
            ),
        ];
        for (req, field) in cases {
            let e = pki.issue(&req, now()).unwrap_err().to_string();
            assert!(e.starts_with(field), "{field}: {e}");
        }
        assert!(!pki.member_dir("BE-FED").exists());
        assert_eq!(pki.directory().unwrap().directory.serial, 1);
    }

    #[test]
    fn certificates_carry_the_code_names_and_usages() {
        let tmp = tempfile::tempdir().unwrap();
        let pki = Pki::init(tmp.path(), now()).unwrap();
        let mut hub = request("HUB", MemberKind::Hub, "BE");
        hub.dns_names = vec!["hub.malines.example".into(), "localhost".into()];
        hub.ip_addresses = vec!["10.0.0.7".parse().unwrap()];
        pki.issue(&hub, now()).unwrap();
        pki.issue(&request("PROV-TELCO", MemberKind::Provider, "ES"), now())
            .unwrap();

        let sans = |code: &str| {
            let id = Identity::load(&pki.member_dir(code)).unwrap();
            let der = id.cert_chain[0].clone();
            let (_, x) = x509_parser::parse_x509_certificate(der.as_ref()).unwrap();
            assert_eq!(peer_identity(&der).unwrap().code, code);
            let eku = x.extended_key_usage().unwrap().unwrap().value.clone();
            assert!(eku.server_auth && eku.client_auth, "{code}");
            assert!(!x.is_ca());
            let ku = x.key_usage().unwrap().unwrap().value;
            assert!(ku.digital_signature() && !ku.key_cert_sign());
            let days = (x.validity().not_after.to_datetime()
                - x.validity().not_before.to_datetime())
            .whole_days();
            assert_eq!(days, 730);
            x.subject_alternative_name()
                .unwrap()
                .unwrap()
                .value
                .general_names
                .iter()
                .map(|n| match n {
                    GeneralName::DNSName(d) => format!("dns:{d}"),
                    GeneralName::IPAddress(ip) => format!("ip:{ip:?}"),
                    GeneralName::URI(u) => format!("uri:{u}"),
                    other => format!("{other:?}"),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            sans("HUB"),
            [
                "uri:urn:malines:member:HUB",
                "dns:localhost",
                "dns:hub.malines.example",
                "ip:[127, 0, 0, 1]",
                "ip:[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]",
                "ip:[10, 0, 0, 7]",
            ]
        );
        assert_eq!(sans("PROV-TELCO"), ["uri:urn:malines:member:PROV-TELCO"]);

        let (_, ca) = x509_parser::parse_x509_certificate(pki.ca_cert().as_ref()).unwrap();
        assert!(ca.is_ca());
        assert_eq!(
            ca.basic_constraints()
                .unwrap()
                .unwrap()
                .value
                .path_len_constraint,
            Some(0)
        );
    }

    #[test]
    fn revoke_marks_the_member_and_raises_the_serial() {
        let tmp = tempfile::tempdir().unwrap();
        let pki = Pki::init(tmp.path(), now()).unwrap();
        pki.issue(&request("MA-PGR", MemberKind::Authority, "MA"), now())
            .unwrap();
        pki.issue(&request("BE-FED", MemberKind::Authority, "BE"), now())
            .unwrap();
        let later = now() + Duration::hours(1);
        pki.revoke("MA-PGR", later).unwrap();
        let d = pki.directory().unwrap().directory;
        assert_eq!(d.serial, 4);
        assert_eq!(d.issued_at, normalise(later));
        assert!(d.member("MA-PGR").unwrap().revoked);
        assert!(!d.member("BE-FED").unwrap().revoked);
        assert!(matches!(
            pki.revoke("MA-PGR", now()),
            Err(Error::AlreadyRevoked(_))
        ));
        assert!(matches!(
            pki.revoke("ES-AN", now()),
            Err(Error::UnknownMember(_))
        ));
        assert_eq!(pki.directory().unwrap().directory.serial, 4);
        // A revoked code is not issued again: its keys stay retired.
        assert!(matches!(
            pki.issue(&request("MA-PGR", MemberKind::Authority, "MA"), now()),
            Err(Error::MemberExists(_))
        ));
    }

    #[test]
    fn open_refuses_a_tampered_directory_or_mismatched_keys() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("a");
        let pki = Pki::init(&a, now()).unwrap();
        pki.issue(&request("BE-FED", MemberKind::Authority, "BE"), now())
            .unwrap();
        let path = a.join(layout::DIRECTORY);
        let original = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            original.replace("\"revoked\": false", "\"revoked\": true"),
        )
        .unwrap();
        assert!(matches!(Pki::open(&a), Err(Error::BadSignature)));
        std::fs::write(&path, &original).unwrap();
        assert!(Pki::open(&a).is_ok());

        // Another federation's CA certificate beside this one's key.
        let b = tmp.path().join("b");
        Pki::init(&b, now()).unwrap();
        std::fs::copy(b.join(layout::CA_CERT), a.join(layout::CA_CERT)).unwrap();
        let e = Pki::open(&a).unwrap_err().to_string();
        assert!(e.contains("is not the key of ca.crt.pem"), "{e}");
    }

    #[test]
    fn identity_load_refuses_mixed_up_files() {
        let tmp = tempfile::tempdir().unwrap();
        let pki = Pki::init(tmp.path(), now()).unwrap();
        pki.issue(&request("BE-FED", MemberKind::Authority, "BE"), now())
            .unwrap();
        pki.issue(&request("ES-AN", MemberKind::Authority, "ES"), now())
            .unwrap();
        let be = pki.member_dir("BE-FED");
        let es = pki.member_dir("ES-AN");
        for file in [
            layout::MEMBER_CERT,
            layout::MEMBER_SIGNING_KEY,
            layout::MEMBER_HPKE_KEY,
        ] {
            let keep = std::fs::read(be.join(file)).unwrap();
            std::fs::remove_file(be.join(file)).unwrap();
            std::fs::copy(es.join(file), be.join(file)).unwrap();
            assert!(
                matches!(Identity::load(&be), Err(Error::Malformed { .. })),
                "{file}"
            );
            std::fs::remove_file(be.join(file)).unwrap();
            files::write_new(&be.join(file), &keep, files::Mode::Secret).unwrap();
            assert!(Identity::load(&be).is_ok(), "{file}");
        }
    }
}
