//! Crypto-currency addresses: Bitcoin, Litecoin, Ethereum (and every EVM chain), Tron.

use bech32::{Hrp, segwit};
use sha2::{Digest as _, Sha256};
use sha3::Keccak256;

use super::{IdentError, Result, bounded};

/// Longest input accepted: a bech32 segwit address is at most 90 characters, plus a URI scheme.
const MAX_LEN: usize = 128;

/// The chains told apart, with their output prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chain {
    Btc,
    Ltc,
    Eth,
    Trx,
}

impl Chain {
    fn prefix(self) -> &'static str {
        match self {
            Self::Btc => "btc",
            Self::Ltc => "ltc",
            Self::Eth => "eth",
            Self::Trx => "trx",
        }
    }

    /// The chain a written prefix or URI scheme names (`btc:`, `bitcoin:`, …).
    fn from_prefix(p: &str) -> Option<Self> {
        match p.to_ascii_lowercase().as_str() {
            "btc" | "bitcoin" => Some(Self::Btc),
            "ltc" | "litecoin" => Some(Self::Ltc),
            "eth" | "ethereum" => Some(Self::Eth),
            "trx" | "tron" => Some(Self::Trx),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Self::Btc => "Bitcoin",
            Self::Ltc => "Litecoin",
            Self::Eth => "Ethereum",
            Self::Trx => "Tron",
        }
    }
}

/// Normalises a crypto-currency address to `"<chain>:<address>"`.
///
/// - Bitcoin, `btc:`: base58check P2PKH (`1…`) and P2SH (`3…`), double-SHA-256 checksum
///   verified, kept as written (base58 is case-sensitive); bech32/bech32m segwit (`bc1…`),
///   checksum and witness rules (BIP-173, BIP-350) verified, lower-cased.
/// - Litecoin, `ltc:`: base58check `L…`/`M…` and segwit `ltc1…`. A `3…` P2SH address is the
///   same for both chains and is read as Bitcoin unless written `ltc:3…` or `litecoin:3…`.
/// - Ethereum and every EVM chain, `eth:`: `0x` and 40 hex digits, lower-cased; a mixed-case
///   address carries an EIP-55 checksum, which is verified.
/// - Tron, `trx:`: base58check `T…` (version byte 0x41).
///
/// A chain prefix or URI scheme (`bitcoin:…`, `eth:0x…`) is accepted and must agree with the
/// address; a URI query (`?amount=…`) is dropped. Test-network addresses are refused.
pub fn crypto_address(raw: &str) -> Result<String> {
    let s = bounded(raw, MAX_LEN)?;
    let (claimed, addr) = match s.split_once(':') {
        Some((p, rest)) => match Chain::from_prefix(p) {
            Some(chain) => (
                Some(chain),
                rest.split('?').next().unwrap_or_default().trim(),
            ),
            None => {
                return Err(IdentError::invalid(
                    "has an unknown chain prefix (known: btc, ltc, eth, trx)",
                ));
            }
        },
        None => (None, s),
    };
    if addr.is_empty() {
        return Err(IdentError::Empty);
    }
    if let Some(found) = addr.chars().find(|c| !c.is_ascii_alphanumeric()) {
        return Err(IdentError::BadCharacter { found });
    }
    let (chain, canonical) = if addr.starts_with("0x") || addr.starts_with("0X") {
        (Chain::Eth, ethereum(addr)?)
    } else if let Some(segwit) = segwit_chain(addr) {
        // Bech32 is never mixed case; a mixed-case "TB1…" or "Bc1…" may be a base58 address
        // (TRON addresses start with T) that happens to begin like a bech32 prefix.
        let mixed = addr != addr.to_ascii_lowercase() && addr != addr.to_ascii_uppercase();
        match base58check(addr, claimed) {
            Ok(found) if mixed => found,
            _ => (segwit, segwit_address(addr)?),
        }
    } else {
        base58check(addr, claimed)?
    };
    if let Some(claimed) = claimed
        && claimed != chain
    {
        return Err(IdentError::invalid(format!(
            "is a {} address, but its prefix says {}",
            chain.name(),
            claimed.name()
        )));
    }
    Ok(format!("{}:{canonical}", chain.prefix()))
}

/// `0x` + 40 hex digits; EIP-55 verified when the letters are of mixed case.
fn ethereum(addr: &str) -> Result<String> {
    let hex = addr.get(2..).unwrap_or_default();
    if hex.len() != 40 {
        return Err(IdentError::BadLength {
            expected: "40 hexadecimal digits after 0x".into(),
            found: hex.len(),
        });
    }
    if let Some(found) = hex.chars().find(|c| !c.is_ascii_hexdigit()) {
        return Err(IdentError::BadCharacter { found });
    }
    let lower = hex.to_ascii_lowercase();
    let has_upper = hex.bytes().any(|b| b.is_ascii_uppercase());
    let has_lower = hex.bytes().any(|b| b.is_ascii_lowercase());
    if has_upper && has_lower && eip55(&lower) != hex {
        return Err(IdentError::BadChecksum {
            what: "EIP-55 mixed-case",
        });
    }
    Ok(format!("0x{lower}"))
}

/// The EIP-55 spelling of a lower-case 40-digit hex address: a letter is upper-cased where the
/// matching nibble of keccak256(address) is 8 or more.
fn eip55(lower: &str) -> String {
    let hash = Keccak256::digest(lower.as_bytes());
    lower
        .char_indices()
        .map(|(i, c)| {
            let byte = hash.get(i / 2).copied().unwrap_or(0);
            let nibble = if i % 2 == 0 { byte >> 4 } else { byte & 0x0f };
            if nibble >= 8 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

/// The chain of a segwit-looking address, by its human-readable part.
fn segwit_chain(addr: &str) -> Option<Chain> {
    let lower = addr.to_ascii_lowercase();
    if lower.starts_with("bc1") || lower.starts_with("tb1") || lower.starts_with("bcrt1") {
        Some(Chain::Btc)
    } else if lower.starts_with("ltc1") || lower.starts_with("tltc1") {
        Some(Chain::Ltc)
    } else {
        None
    }
}

/// Decodes and re-encodes a segwit address (lower case), refusing test networks.
fn segwit_address(addr: &str) -> Result<String> {
    let (hrp, version, program) = segwit::decode(addr).map_err(|e| {
        use bech32::primitives::decode::SegwitHrpstringError as E;
        match e.0 {
            E::Checksum(_) => IdentError::BadChecksum { what: "bech32" },
            E::Unchecked(_) => IdentError::invalid(
                "is not a valid bech32 address (mixed case, or a character outside its alphabet)",
            ),
            _ => IdentError::invalid("is not a valid segwit address (witness version or length)"),
        }
    })?;
    let mainnet = hrp == Hrp::parse_unchecked("bc") || hrp == Hrp::parse_unchecked("ltc");
    if !mainnet {
        return Err(IdentError::invalid(
            "is a test-network address, not a real one",
        ));
    }
    segwit::encode(hrp, version, &program).map_err(|_| {
        IdentError::invalid("is not a valid segwit address (witness version or length)")
    })
}

/// A base58check address: 1 version byte, 20-byte hash, 4-byte double-SHA-256 checksum.
fn base58check(addr: &str, claimed: Option<Chain>) -> Result<(Chain, String)> {
    // 25 bytes take 26 to 35 base58 characters ("1" for each leading zero byte).
    if !(26..=35).contains(&addr.len()) {
        return Err(IdentError::invalid(
            "is not a recognised crypto-currency address (Bitcoin, Litecoin, Ethereum or Tron)",
        ));
    }
    let bytes = bs58::decode(addr).into_vec().map_err(|_| {
        IdentError::invalid(
            "is not a recognised crypto-currency address (Bitcoin, Litecoin, Ethereum or Tron)",
        )
    })?;
    if bytes.len() != 25 {
        return Err(IdentError::invalid(
            "is not a recognised crypto-currency address (Bitcoin, Litecoin, Ethereum or Tron)",
        ));
    }
    let (payload, check) = bytes.split_at(21);
    let digest = Sha256::digest(Sha256::digest(payload));
    if digest.get(..4) != Some(check) {
        return Err(IdentError::BadChecksum {
            what: "base58check",
        });
    }
    let chain = match payload.first() {
        Some(0x00) => Chain::Btc,
        // P2SH: the same version byte on Bitcoin and on Litecoin's legacy form.
        Some(0x05) if claimed == Some(Chain::Ltc) => Chain::Ltc,
        Some(0x05) => Chain::Btc,
        Some(0x30 | 0x32) => Chain::Ltc,
        Some(0x41) => Chain::Trx,
        Some(0x6f | 0xc4) => {
            return Err(IdentError::invalid(
                "is a test-network address, not a real one",
            ));
        }
        _ => {
            return Err(IdentError::invalid(
                "has a base58check version byte of no supported chain",
            ));
        }
    };
    Ok((chain, bs58::encode(&bytes).into_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(raw: &str) -> String {
        match crypto_address(raw) {
            Ok(s) => s,
            Err(e) => panic!("{raw:?}: {e}"),
        }
    }

    #[test]
    fn bitcoin_base58() {
        // The genesis block's coinbase address, and the bitcoin wiki's P2SH example.
        assert_eq!(
            ok("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
            "btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
        );
        assert_eq!(
            ok(" bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=0.1 "),
            "btc:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
        );
        assert_eq!(
            ok("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
            "btc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"
        );
        assert_eq!(
            ok("ltc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"),
            "ltc:3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"
        );
        assert_eq!(
            crypto_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb"),
            Err(IdentError::BadChecksum {
                what: "base58check"
            })
        );
        // Base58 has no 0, O, I or l.
        assert_eq!(
            crypto_address("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0"),
            Err(IdentError::invalid(
                "is not a recognised crypto-currency address (Bitcoin, Litecoin, Ethereum or Tron)"
            ))
        );
    }

    #[test]
    fn bitcoin_segwit() {
        // BIP-173 examples (P2WPKH upper and lower case, P2WSH) and BIP-350 (taproot, v16).
        for (raw, want) in [
            (
                "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
                "btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            ),
            (
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                "btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            ),
            (
                "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
                "btc:bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
            ),
            (
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
                "btc:bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
            ),
            ("BC1SW50QGDZ25J", "btc:bc1sw50qgdz25j"),
        ] {
            assert_eq!(ok(raw), want, "{raw:?}");
        }
        for bad in [
            // Wrong checksum.
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
            // BIP-350: version 1 with a bech32 (not bech32m) checksum.
            "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx",
        ] {
            assert_eq!(
                crypto_address(bad),
                Err(IdentError::BadChecksum { what: "bech32" }),
                "{bad:?}"
            );
        }
        assert_eq!(
            crypto_address("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7KV8f3t4"),
            Err(IdentError::invalid(
                "is not a valid bech32 address (mixed case, or a character outside its alphabet)"
            ))
        );
        // BIP-173: v0 with a 16-byte program.
        assert_eq!(
            crypto_address("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P"),
            Err(IdentError::invalid(
                "is not a valid segwit address (witness version or length)"
            ))
        );
        assert_eq!(
            crypto_address("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"),
            Err(IdentError::invalid(
                "is a test-network address, not a real one"
            ))
        );
    }

    #[test]
    fn ethereum_eip55() {
        // The test vectors of EIP-55.
        for addr in [
            "0x52908400098527886E0F7030069857D2E4169EE7",
            "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
            "0xde709f2102306220921060314715629080e2fb77",
            "0x27b1fdb04752bbc536007a920d24acb045561c26",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
        ] {
            let want = format!("eth:0x{}", addr[2..].to_ascii_lowercase());
            assert_eq!(ok(addr), want, "{addr}");
            assert_eq!(
                eip55(&addr[2..].to_ascii_lowercase()),
                addr[2..].to_string()
            );
        }
        assert_eq!(
            ok("ethereum:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
            "eth:0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
        );
        // One letter's case flipped.
        assert_eq!(
            crypto_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"),
            Err(IdentError::BadChecksum {
                what: "EIP-55 mixed-case"
            })
        );
        assert_eq!(
            crypto_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea"),
            Err(IdentError::BadLength {
                expected: "40 hexadecimal digits after 0x".into(),
                found: 38
            })
        );
        assert_eq!(
            crypto_address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg"),
            Err(IdentError::BadCharacter { found: 'g' })
        );
    }

    #[test]
    fn tron_and_litecoin() {
        // Tether's TRC-20 contract; Litecoin addresses from public block explorers.
        assert_eq!(
            ok("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
            "trx:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
        );
        assert_eq!(
            ok("LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1"),
            "ltc:LM2WMpR1Rp6j3Sa59cMXMs1SPzj9eXpGc1"
        );
        assert_eq!(
            ok("litecoin:LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz"),
            "ltc:LaMT348PWRnrqeeWArpwQPbuanpXDZGEUz"
        );
    }

    #[test]
    fn prefixes_must_agree() {
        assert_eq!(
            crypto_address("eth:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
            Err(IdentError::invalid(
                "is a Bitcoin address, but its prefix says Ethereum"
            ))
        );
        assert_eq!(
            crypto_address("doge:DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L"),
            Err(IdentError::invalid(
                "has an unknown chain prefix (known: btc, ltc, eth, trx)"
            ))
        );
        assert_eq!(crypto_address("btc:"), Err(IdentError::Empty));
        assert_eq!(
            crypto_address("hello world"),
            Err(IdentError::BadCharacter { found: ' ' })
        );
    }

    /// A base58check address with the given version byte and hash.
    fn make(version: u8, hash: &[u8; 20]) -> String {
        let mut bytes = vec![version];
        bytes.extend_from_slice(hash);
        let digest = Sha256::digest(Sha256::digest(&bytes));
        bytes.extend_from_slice(&digest[..4]);
        bs58::encode(bytes).into_string()
    }

    /// Found by the property test below: a TRON address that begins like a testnet bech32
    /// one ("TB1…") was read as bech32 and refused.
    #[test]
    fn a_base58_address_beginning_like_bech32_is_read_as_base58() {
        let mut hash = [0u8; 20];
        hash[0] = 11;
        hash[1] = 79;
        let addr = make(0x41, &hash);
        assert!(addr.to_ascii_lowercase().starts_with("tb1"), "{addr}");
        assert_eq!(crypto_address(&addr), Ok(format!("trx:{addr}")));
    }

    proptest! {
        #![proptest_config(crate::ident::proptest_config())]

        #[test]
        fn base58_round_trip(version in prop::sample::select(vec![0x00u8, 0x05, 0x30, 0x32, 0x41]), hash in any::<[u8; 20]>()) {
            let addr = make(version, &hash);
            let once = crypto_address(&addr).unwrap();
            prop_assert!(once.ends_with(&addr));
            prop_assert_eq!(crypto_address(&once), Ok(once.clone()));
            prop_assert_eq!(crypto_address(&format!("  {addr}\t")), Ok(once));
        }

        #[test]
        fn segwit_round_trip(program in any::<[u8; 20]>(), wsh in any::<[u8; 32]>()) {
            for (hrp, prog) in [("bc", &program[..]), ("ltc", &program[..]), ("bc", &wsh[..])] {
                let addr = segwit::encode_v0(Hrp::parse_unchecked(hrp), prog).unwrap();
                let once = crypto_address(&addr).unwrap();
                prop_assert_eq!(crypto_address(&addr.to_ascii_uppercase()), Ok(once.clone()));
                prop_assert_eq!(crypto_address(&once), Ok(once));
            }
            let taproot = segwit::encode_v1(Hrp::parse_unchecked("bc"), &wsh).unwrap();
            prop_assert!(crypto_address(&taproot).is_ok());
        }

        #[test]
        fn eth_case_variants_agree(addr in any::<[u8; 20]>()) {
            let lower: String = addr.iter().map(|b| format!("{b:02x}")).collect();
            let want = format!("eth:0x{lower}");
            prop_assert_eq!(crypto_address(&format!("0x{lower}")), Ok(want.clone()));
            prop_assert_eq!(crypto_address(&format!("0x{}", lower.to_ascii_uppercase())), Ok(want.clone()));
            prop_assert_eq!(crypto_address(&format!("0x{}", eip55(&lower))), Ok(want.clone()));
            prop_assert_eq!(crypto_address(&want), Ok(want));
        }

        #[test]
        fn idempotent(raw in "[0-9a-zA-Z:]{20,70}") {
            if let Ok(once) = crypto_address(&raw) {
                prop_assert_eq!(crypto_address(&once), Ok(once));
            }
        }

        #[test]
        fn never_panics(raw in ".*") {
            let _ = crypto_address(&raw);
        }

        #[test]
        fn never_panics_printable(raw in "\\PC*") {
            let _ = crypto_address(&raw);
        }
    }
}
