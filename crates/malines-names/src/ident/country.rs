//! ISO 3166-1 alpha-2 country codes.

use super::{IdentError, Result, bounded};

/// Longest input accepted before any work is done.
const MAX_LEN: usize = 16;

/// Every officially assigned ISO 3166-1 alpha-2 code (249), plus `XK` (Kosovo), the
/// user-assigned code that the European Commission, SWIFT and most registries use. Sorted, so
/// it can be binary-searched; a test guards both the order and the count.
const ASSIGNED: [&str; 250] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Normalises an ISO 3166-1 alpha-2 country code: trimmed, case-insensitive → `"MA"`.
///
/// Only assigned codes (and `XK`) are accepted. `UK`, which ISO reserves for the United Kingdom
/// at its request and which people write constantly, is read as `GB` so that both spellings
/// meet.
pub fn country(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_LEN)?;
    if let Some(found) = s.chars().find(|c| !c.is_ascii_alphabetic()) {
        return Err(IdentError::BadCharacter { found });
    }
    if s.len() != 2 {
        return Err(IdentError::invalid(
            "must be a two-letter ISO 3166-1 country code, such as MA or FR",
        ));
    }
    let code = s.to_ascii_uppercase();
    if code == "UK" {
        return Ok("GB".to_owned());
    }
    if ASSIGNED.binary_search(&code.as_str()).is_ok() {
        Ok(code)
    } else {
        Err(IdentError::UnknownCountry { code })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn table_is_sorted_and_complete() {
        assert!(ASSIGNED.windows(2).all(|w| w[0] < w[1]));
        // 249 officially assigned codes + XK.
        assert_eq!(ASSIGNED.len(), 250);
        assert!(ASSIGNED.iter().all(|c| c.len() == 2));
    }

    #[test]
    fn accepts_the_four_and_normalises_case() {
        for (raw, want) in [
            ("MA", "MA"),
            ("ma", "MA"),
            (" Be ", "BE"),
            ("fr", "FR"),
            ("es\n", "ES"),
            ("xk", "XK"),
            ("uk", "GB"),
            ("GB", "GB"),
        ] {
            assert_eq!(country(raw).as_deref(), Ok(want), "{raw:?}");
        }
    }

    #[test]
    fn refuses_unassigned_and_malformed() {
        assert_eq!(
            country("ZZ"),
            Err(IdentError::UnknownCountry { code: "ZZ".into() })
        );
        // Exceptionally reserved or withdrawn codes are not countries.
        for code in ["EU", "EZ", "UN", "AN", "YU", "CS", "QO"] {
            assert_eq!(
                country(code),
                Err(IdentError::UnknownCountry { code: code.into() })
            );
        }
        assert_eq!(
            country("FRA"),
            Err(IdentError::invalid(
                "must be a two-letter ISO 3166-1 country code, such as MA or FR"
            ))
        );
        assert_eq!(country("F1"), Err(IdentError::BadCharacter { found: '1' }));
        assert_eq!(country("  "), Err(IdentError::Empty));
        assert_eq!(
            country(&"A".repeat(17)),
            Err(IdentError::TooLong { max: 16 })
        );
    }

    proptest! {
        #![proptest_config(crate::ident::proptest_config())]

        #[test]
        fn idempotent(raw in "[a-zA-Z]{2}") {
            if let Ok(once) = country(&raw) {
                prop_assert_eq!(country(&once), Ok(once.clone()));
                prop_assert_eq!(country(&raw.to_lowercase()), Ok(once));
            }
        }

        #[test]
        fn never_panics(raw in ".*") {
            let _ = country(&raw);
        }

        #[test]
        fn never_panics_printable(raw in "\\PC*") {
            let _ = country(&raw);
        }
    }
}
