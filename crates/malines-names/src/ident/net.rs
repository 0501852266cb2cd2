//! Internet identifiers: domain names, e-mail addresses and IP addresses.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};

use super::{IdentError, Result, bounded, is_invisible};

/// Longest domain input accepted (a Unicode name may be shorter than its ASCII form, which is
/// checked against the DNS limit of 253 afterwards).
const MAX_DOMAIN_INPUT: usize = 256;
/// DNS limit on a name in text form, without the trailing dot (RFC 1035 §2.3.4).
const MAX_DOMAIN: usize = 253;
/// RFC 5321 §4.5.3.1.3 limit on a forward path, less the angle brackets.
const MAX_EMAIL: usize = 254;
/// RFC 5321 §4.5.3.1.1.
const MAX_LOCAL_PART: usize = 64;
/// Longest IP input accepted: an IPv6 address in its longest text form is 45 characters.
const MAX_IP: usize = 64;

/// Normalises a domain name to its lower-case ASCII (A-label) form: `"xn--bcher-kva.example"`.
///
/// Unicode names are mapped with UTS #46 (IDNA 2008 with the usual compatibility mapping), one
/// trailing root dot is dropped, and the result must be a host name: at least two labels of 1
/// to 63 letters, digits and hyphens, not beginning or ending with a hyphen, 253 characters in
/// all, and a top-level label that is not all digits. A pasted URL or e-mail address is refused
/// with a reason rather than cut down, since what was meant is a guess.
pub fn domain(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_DOMAIN_INPUT)?;
    if s.contains("://") || s.contains('/') {
        return Err(IdentError::invalid(
            "looks like a URL; give only the domain name, such as example.org",
        ));
    }
    if s.contains('@') {
        return Err(IdentError::invalid(
            "looks like an e-mail address; give only the domain name",
        ));
    }
    if let Some(found) = s.chars().find(|&c| {
        is_invisible(c)
            || c.is_control()
            || c.is_whitespace()
            || (c.is_ascii() && !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
    }) {
        return Err(IdentError::BadCharacter { found });
    }
    let ascii = Uts46::new()
        .to_ascii(
            s.as_bytes(),
            AsciiDenyList::STD3,
            Hyphens::Allow,
            DnsLength::Ignore,
        )
        .map_err(|_| IdentError::invalid("is not a valid internationalised domain name (IDNA)"))?;
    let name = ascii.strip_suffix('.').unwrap_or(&ascii);
    check_host_name(name)?;
    Ok(name.to_owned())
}

/// The host-name rules, on a lower-case ASCII name without the root dot.
fn check_host_name(name: &str) -> Result<()> {
    if name.len() > MAX_DOMAIN {
        return Err(IdentError::TooLong { max: MAX_DOMAIN });
    }
    let labels: Vec<&str> = name.split('.').collect();
    if labels.len() < 2 {
        return Err(IdentError::invalid(
            "must have at least two labels, such as example.org",
        ));
    }
    for label in &labels {
        if label.is_empty() {
            return Err(IdentError::invalid(
                "has an empty label (two dots in a row)",
            ));
        }
        if label.len() > 63 {
            return Err(IdentError::invalid("has a label longer than 63 characters"));
        }
        if let Some(found) = label
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            return Err(IdentError::BadCharacter { found });
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(IdentError::invalid(
                "has a label that begins or ends with a hyphen",
            ));
        }
    }
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(IdentError::invalid(if name.parse::<Ipv4Addr>().is_ok() {
            "is an IP address, not a domain name"
        } else {
            "has an all-numeric top-level label"
        }));
    }
    Ok(())
}

/// Normalises an e-mail address: trimmed, lower-cased, domain as by [`domain`].
///
/// Lower-casing the local part is not what RFC 5321 promises, but every large provider treats
/// it so and it is how the same address, typed twice, meets. Provider-specific aliases (Gmail
/// dots, "+tag" suffixes) are kept: they are different addresses elsewhere. The local part is
/// the RFC 5322 dot-atom in ASCII; quoted local parts and display names ("Name <a@b.c>") are
/// refused. A leading "mailto:" is dropped.
pub fn email(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_EMAIL)?;
    let s = match s.get(..7) {
        Some(scheme) if scheme.eq_ignore_ascii_case("mailto:") => s.get(7..).unwrap_or_default(),
        _ => s,
    };
    let Some((local, host)) = s.split_once('@') else {
        return Err(IdentError::invalid("must contain an @"));
    };
    if host.contains('@') {
        return Err(IdentError::invalid("must contain only one @"));
    }
    if local.is_empty() {
        return Err(IdentError::invalid("has nothing before the @"));
    }
    if host.is_empty() {
        return Err(IdentError::invalid("has nothing after the @"));
    }
    if let Some(found) = local.chars().find(|&c| !is_atext(c) && c != '.') {
        return Err(IdentError::BadCharacter { found });
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return Err(IdentError::invalid(
            "has a misplaced dot before the @ (at an end, or two in a row)",
        ));
    }
    if local.len() > MAX_LOCAL_PART {
        return Err(IdentError::invalid(
            "has more than 64 characters before the @",
        ));
    }
    let host = domain(host)?;
    let out = format!("{}@{host}", local.to_ascii_lowercase());
    if out.len() > MAX_EMAIL {
        return Err(IdentError::TooLong { max: MAX_EMAIL });
    }
    Ok(out)
}

/// RFC 5322 `atext`.
fn is_atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~-".contains(c)
}

/// Normalises an IP address to its canonical text: dotted decimal for IPv4, RFC 5952 for IPv6.
///
/// An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) is the IPv4 address it carries, so both
/// spellings meet. A port, a prefix length (CIDR) or a zone index is refused: each names
/// something else than one address. Surrounding brackets (`[2001:db8::1]`) are dropped.
pub fn ip(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_IP)?;
    if s.contains('/') {
        return Err(IdentError::invalid(
            "must be a single address, without a prefix length (CIDR)",
        ));
    }
    if s.contains('%') {
        return Err(IdentError::invalid(
            "must not include a zone index (the part after %)",
        ));
    }
    let inner = s
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .unwrap_or(s);
    match inner.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => Ok(v4.to_string()),
        Ok(IpAddr::V6(v6)) => Ok(match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => v6.to_string(),
        }),
        Err(_) if has_port(s) => Err(IdentError::invalid("must not include a port")),
        Err(_) => {
            if let Some(found) = s
                .chars()
                .find(|c| !(c.is_ascii_hexdigit() || matches!(c, '.' | ':' | '[' | ']')))
            {
                return Err(IdentError::BadCharacter { found });
            }
            Err(IdentError::invalid("is not a valid IPv4 or IPv6 address"))
        }
    }
}

/// `192.0.2.1:80` or `[2001:db8::1]:443`.
fn has_port(s: &str) -> bool {
    let Some((host, port)) = s.rsplit_once(':') else {
        return false;
    };
    if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    host.parse::<Ipv4Addr>().is_ok()
        || host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .is_some_and(|h| h.parse::<Ipv6Addr>().is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn domains() {
        for (raw, want) in [
            ("example.org", "example.org"),
            ("  Example.ORG. ", "example.org"),
            ("bücher.example", "xn--bcher-kva.example"),
            ("BÜCHER.example", "xn--bcher-kva.example"),
            ("xn--bcher-kva.example", "xn--bcher-kva.example"),
            // IANA's Arabic IDN test name.
            ("مثال.إختبار", "xn--mgbh0fb.xn--kgbechtv"),
            ("example。org", "example.org"),
            (
                "sub-domain.r3---sn-abc.googlevideo.com",
                "sub-domain.r3---sn-abc.googlevideo.com",
            ),
            ("a.b", "a.b"),
        ] {
            assert_eq!(domain(raw).as_deref(), Ok(want), "{raw:?}");
        }
    }

    #[test]
    fn domain_refusals() {
        assert_eq!(
            domain("https://example.org/path"),
            Err(IdentError::invalid(
                "looks like a URL; give only the domain name, such as example.org"
            ))
        );
        assert_eq!(
            domain("example.org/path"),
            Err(IdentError::invalid(
                "looks like a URL; give only the domain name, such as example.org"
            ))
        );
        assert_eq!(
            domain("someone@example.org"),
            Err(IdentError::invalid(
                "looks like an e-mail address; give only the domain name"
            ))
        );
        assert_eq!(
            domain("localhost"),
            Err(IdentError::invalid(
                "must have at least two labels, such as example.org"
            ))
        );
        assert_eq!(
            domain("example..org"),
            Err(IdentError::invalid(
                "has an empty label (two dots in a row)"
            ))
        );
        assert_eq!(
            domain("-example.org"),
            Err(IdentError::invalid(
                "has a label that begins or ends with a hyphen"
            ))
        );
        assert_eq!(
            domain(&format!("{}.org", "a".repeat(64))),
            Err(IdentError::invalid("has a label longer than 63 characters"))
        );
        assert_eq!(
            domain(&format!("{}orgx", "abcdefghi.".repeat(25))),
            Err(IdentError::TooLong { max: 253 })
        );
        assert_eq!(
            domain("192.0.2.1"),
            Err(IdentError::invalid("is an IP address, not a domain name"))
        );
        assert_eq!(
            domain("example.123"),
            Err(IdentError::invalid("has an all-numeric top-level label"))
        );
        assert_eq!(
            domain("exa_mple.org"),
            Err(IdentError::BadCharacter { found: '_' })
        );
        assert_eq!(
            domain("exa mple.org"),
            Err(IdentError::BadCharacter { found: ' ' })
        );
        assert_eq!(
            domain("xn--zz.example"),
            Err(IdentError::invalid(
                "is not a valid internationalised domain name (IDNA)"
            ))
        );
    }

    #[test]
    fn emails() {
        for (raw, want) in [
            ("Someone@Example.ORG", "someone@example.org"),
            (" mailto:someone@example.org ", "someone@example.org"),
            (
                "first.last+tag@sub.example.co.uk",
                "first.last+tag@sub.example.co.uk",
            ),
            ("x@bücher.example", "x@xn--bcher-kva.example"),
            ("o'brien@example.ie", "o'brien@example.ie"),
        ] {
            assert_eq!(email(raw).as_deref(), Ok(want), "{raw:?}");
        }
    }

    #[test]
    fn email_refusals() {
        assert_eq!(
            email("someone.example.org"),
            Err(IdentError::invalid("must contain an @"))
        );
        assert_eq!(
            email("a@b@example.org"),
            Err(IdentError::invalid("must contain only one @"))
        );
        assert_eq!(
            email("@example.org"),
            Err(IdentError::invalid("has nothing before the @"))
        );
        assert_eq!(
            email("someone@"),
            Err(IdentError::invalid("has nothing after the @"))
        );
        assert_eq!(
            email("some one@example.org"),
            Err(IdentError::BadCharacter { found: ' ' })
        );
        assert_eq!(
            email("Some One <someone@example.org>"),
            Err(IdentError::BadCharacter { found: ' ' })
        );
        assert_eq!(
            email("\"quoted\"@example.org"),
            Err(IdentError::BadCharacter { found: '"' })
        );
        assert_eq!(
            email("some..one@example.org"),
            Err(IdentError::invalid(
                "has a misplaced dot before the @ (at an end, or two in a row)"
            ))
        );
        assert_eq!(
            email(&format!("{}@example.org", "a".repeat(65))),
            Err(IdentError::invalid(
                "has more than 64 characters before the @"
            ))
        );
        assert_eq!(
            email("someone@localhost"),
            Err(IdentError::invalid(
                "must have at least two labels, such as example.org"
            ))
        );
    }

    #[test]
    fn ips() {
        for (raw, want) in [
            ("192.0.2.1", "192.0.2.1"),
            (" 192.0.2.1 ", "192.0.2.1"),
            ("::ffff:192.0.2.1", "192.0.2.1"),
            ("::FFFF:C000:0201", "192.0.2.1"),
            ("2001:DB8:0:0:0:0:0:1", "2001:db8::1"),
            (
                "2001:0db8:0000:0000:0000:ff00:0042:8329",
                "2001:db8::ff00:42:8329",
            ),
            ("[2001:db8::1]", "2001:db8::1"),
            ("::1", "::1"),
        ] {
            assert_eq!(ip(raw).as_deref(), Ok(want), "{raw:?}");
        }
    }

    #[test]
    fn ip_refusals() {
        assert_eq!(
            ip("192.0.2.1:8080"),
            Err(IdentError::invalid("must not include a port"))
        );
        assert_eq!(
            ip("[2001:db8::1]:443"),
            Err(IdentError::invalid("must not include a port"))
        );
        assert_eq!(
            ip("192.0.2.0/24"),
            Err(IdentError::invalid(
                "must be a single address, without a prefix length (CIDR)"
            ))
        );
        assert_eq!(
            ip("fe80::1%eth0"),
            Err(IdentError::invalid(
                "must not include a zone index (the part after %)"
            ))
        );
        assert_eq!(
            ip("256.0.0.1"),
            Err(IdentError::invalid("is not a valid IPv4 or IPv6 address"))
        );
        // Leading zeros are ambiguous (octal in some tools), so refused.
        assert_eq!(
            ip("192.000.002.001"),
            Err(IdentError::invalid("is not a valid IPv4 or IPv6 address"))
        );
        assert_eq!(
            ip("example.org"),
            Err(IdentError::BadCharacter { found: 'x' })
        );
    }

    proptest! {
        #![proptest_config(crate::ident::proptest_config())]

        #[test]
        fn ip_spellings_agree(bits in any::<u32>(), v6 in any::<u128>()) {
            let v4 = Ipv4Addr::from(bits);
            let want = v4.to_string();
            prop_assert_eq!(ip(&want), Ok(want.clone()));
            prop_assert_eq!(ip(&v4.to_ipv6_mapped().to_string()), Ok(want.clone()));
            let full = v4.to_ipv6_mapped().segments().map(|s| format!("{s:04X}")).join(":");
            prop_assert_eq!(ip(&full), Ok(want));
            let v6 = Ipv6Addr::from(v6);
            let once = ip(&v6.to_string());
            prop_assert!(once.is_ok());
            let long = v6.segments().map(|s| format!("{s:04X}")).join(":");
            prop_assert_eq!(ip(&long), once.clone());
            prop_assert_eq!(ip(&format!("[{long}]")), once);
        }

        #[test]
        fn domain_idempotent_and_case_blind(raw in "[a-zA-Z0-9-]{1,20}(\\.[a-zA-Zà-ÿ0-9-]{1,20}){1,3}\\.?") {
            if let Ok(once) = domain(&raw) {
                prop_assert_eq!(domain(&once), Ok(once.clone()));
                prop_assert_eq!(domain(&raw.to_uppercase()), Ok(once));
            }
        }

        #[test]
        fn email_idempotent_and_case_blind(local in "[a-zA-Z0-9._%+-]{1,20}", host in "[a-zA-Z0-9-]{1,12}\\.[a-zA-Z]{2,6}") {
            let raw = format!("{local}@{host}");
            if let Ok(once) = email(&raw) {
                prop_assert_eq!(email(&once), Ok(once.clone()));
                prop_assert_eq!(email(&raw.to_uppercase()), Ok(once));
            }
        }

        #[test]
        fn ip_idempotent(raw in "[0-9a-fA-F:.\\[\\]]{1,45}") {
            if let Ok(once) = ip(&raw) {
                prop_assert_eq!(ip(&once), Ok(once));
            }
        }

        #[test]
        fn never_panics(raw in ".*") {
            let _ = domain(&raw);
            let _ = email(&raw);
            let _ = ip(&raw);
        }

        #[test]
        fn never_panics_printable(raw in "\\PC*") {
            let _ = domain(&raw);
            let _ = email(&raw);
            let _ = ip(&raw);
        }
    }
}
