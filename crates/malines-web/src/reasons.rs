//! Reasons of refusal in the user's language.
//!
//! The domain crates (`malines-core`, and the identifier normalisers of `malines-names`)
//! explain a refused value with an English phrase meant to follow a field name: `is required`,
//! `month 13 does not exist`, `is not a valid number for region BE`. Scripts read those
//! phrases through the JSON API, so they stay English there. The pages show them next to
//! translated labels, so [`translate`] recognises each phrase by its shape and renders it
//! through a `reason-…` Fluent message of the user's locale, with the variable parts (the
//! value the user typed, a date, a number, a region, a list of accepted values) passed as
//! Fluent arguments, unchanged. A phrase of no known shape is returned as it is: a reason in
//! English is better than none.
//!
//! # The table
//!
//! [`REASONS`] holds one entry per shape: the English pattern, exactly as the code that
//! produces it writes it, and the message key. Adding a reason is one line here and one
//! message in each `locales/*/main.ftl`; `locales/en/main.ftl` holds the English text, so
//! an English page shows exactly what the domain crate wrote.
//!
//! A pattern is literal text with placeholders `{name}` or `{name:conversion}`. A
//! placeholder matches any non-empty text (trying each place where the literal text after it
//! occurs, so a quoted value may itself contain quotes) and becomes the Fluent variable
//! `$name`. Two placeholders may not follow each other without literal text between them.
//! The conversions:
//!
//! - none: the text as a string;
//! - `n`: ASCII digits only, passed as a number, so that messages can select plural forms;
//! - `reason`: a nested reason (`entry 2: is too long …`), translated through [`REASONS`];
//! - `part`: a fragment such as `14 to 16 digits` or `a string`, translated through
//!   [`PARTS`] when it has a known shape, passed unchanged otherwise;
//! - `kind`, `stage`: a stored value (`vehicle_plate`, `trial`), passed unchanged as `$name`
//!   and also as `$name_label`, the interface's label for it (`kind-…`, `stage-…`);
//! - `month`: an English month name, passed unchanged as `$name` and as `$name_label`, the
//!   name in the user's language (message `reason-month`).
//!
//! Entries are tried in order and the first that matches wins, so a more specific shape must
//! come before a more general one that would also match it.

use crate::i18n::{Arg, I18n, Locale};

/// The reasons the domain crates and this crate produce: `(English pattern, message key)`.
const REASONS: &[(&str, &str)] = &[
    // malines-core: validate.rs
    ("is required", "reason-required"),
    (
        "is too long ({n} characters, at most {max})",
        "reason-text-too-long",
    ),
    ("contains control characters", "reason-control-characters"),
    (
        "contains a text-direction control character",
        "reason-direction-control",
    ),
    (
        "has too many entries ({n}, at most {max})",
        "reason-too-many-entries-counted",
    ),
    (
        "has too many entries (at most {max})",
        "reason-too-many-entries",
    ),
    ("entry {i}: {reason:reason}", "reason-list-entry"),
    (
        "shared: '{value}' is not yes or no",
        "reason-shared-not-yes-no",
    ),
    ("'{value}' is not yes or no", "reason-not-yes-no"),
    ("incomplete record", "reason-incomplete-record"),
    // malines-core: date.rs
    (
        "'{value}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
        "reason-date-malformed",
    ),
    (
        "'{value}' is not a date: {month:month} {year} has no day {day}",
        "reason-date-no-such-day",
    ),
    ("'{value}' is not a year", "reason-year-malformed"),
    (
        "year {year} is out of range ({min}–{max})",
        "reason-year-out-of-range",
    ),
    ("'{value}' is not a month", "reason-month-malformed"),
    ("month {month:n} does not exist", "reason-month-unknown"),
    (
        "'{value}' is not a full date (expected YYYY-MM-DD)",
        "reason-date-not-full",
    ),
    // malines-core: model.rs
    (
        "'{value}' is not a known stage (expected one of: {expected})",
        "reason-unknown-stage",
    ),
    (
        "'{value}' is not a known status (expected one of: {expected})",
        "reason-unknown-status",
    ),
    (
        "'{value}' is not a known terrorism type (expected one of: {expected})",
        "reason-unknown-terrorism-type",
    ),
    (
        "'{value}' is not a known sex (expected one of: {expected})",
        "reason-unknown-sex",
    ),
    (
        "'{value}' is not a known identifier type (expected one of: {expected})",
        "reason-unknown-identifier-type",
    ),
    (
        "'{value}' is not a known document type (expected one of: {expected})",
        "reason-unknown-document-type",
    ),
    (
        "is required for a {kind:kind} identifier",
        "reason-required-for-kind",
    ),
    (
        "a person needs a family name, a given name or a name in original script",
        "reason-person-needs-name",
    ),
    ("'{date}' is in the future", "reason-date-in-future"),
    (
        "'{ref}' is used by two subjects of this case",
        "reason-ref-used-twice",
    ),
    (
        "'{ref}' is not a person or organisation of this case",
        "reason-subject-unknown",
    ),
    ("is before the opening date {date}", "reason-before-opening"),
    (
        "is after {latest}: a case is reviewed here at least once a year, so its next review is due by then; it was {date}",
        "reason-review-too-far-yearly",
    ),
    (
        "is after {latest}: a case is reviewed here at least every {n:n} years, so its next review is due by then; it was {date}",
        "reason-review-too-far",
    ),
    (
        "is only for a final judgment, an acquittal or a decision not to prosecute (the stage is {stage:stage}); it was {date}",
        "reason-decision-date-stage",
    ),
    // malines-core: ids.rs (and the names crate's `TooLong`, which reads the same)
    (
        "is too long (at most {max} characters)",
        "reason-too-long-max",
    ),
    (
        "may hold only letters, digits, spaces and - _ / . :",
        "reason-case-ref-characters",
    ),
    (
        "must be 1 to 32 ASCII letters, digits, '-', '_' or '.'",
        "reason-subject-ref-format",
    ),
    ("must be 1 to 64 characters", "reason-username-length"),
    (
        "may hold only a-z, 0-9, '.', '_' and '-'",
        "reason-username-characters",
    ),
    // malines-core: users.rs
    (
        "must be at least {min} characters",
        "reason-password-too-short",
    ),
    ("must be at most {max} bytes", "reason-password-too-long"),
    // malines-core: import/mod.rs
    (
        "is too large ({size} bytes, at most {max})",
        "reason-file-too-large",
    ),
    ("is not valid UTF-8 text", "reason-not-utf8"),
    ("holds no case", "reason-no-case"),
    (
        "case '{ref}' already appears at line {line}",
        "reason-case-repeated",
    ),
    // malines-core: import/csv.rs
    (
        "is not a known column (known: {known})",
        "reason-csv-unknown-column",
    ),
    (
        "column is missing from the header",
        "reason-csv-missing-column",
    ),
    (
        "column appears twice in the header",
        "reason-csv-repeated-column",
    ),
    (
        "is required (case, person, organisation or identifier)",
        "reason-csv-record-required",
    ),
    (
        "'{value}' is not a record type (expected case, person, organisation or identifier)",
        "reason-csv-record-unknown",
    ),
    (
        "does not apply to a {record} row",
        "reason-csv-column-not-applicable",
    ),
    (
        "case '{ref}' already has a case row at line {line}",
        "reason-csv-case-row-repeated",
    ),
    (
        "no case row for '{ref}' in this file",
        "reason-csv-no-case-row",
    ),
    (
        "has {cells:n} cells where the header has {columns:n}",
        "reason-csv-cell-count",
    ),
    ("cannot be read as CSV", "reason-csv-unreadable"),
    // malines-core: import/json.rs, serde_json's own messages
    ("EOF while parsing a list", "reason-json-eof-list"),
    ("EOF while parsing an object", "reason-json-eof-object"),
    ("EOF while parsing a string", "reason-json-eof-string"),
    ("EOF while parsing a value", "reason-json-eof-value"),
    ("expected `:`", "reason-json-expected-colon"),
    (
        "expected `,` or `]`",
        "reason-json-expected-comma-or-bracket",
    ),
    ("expected `,` or `}`", "reason-json-expected-comma-or-brace"),
    ("expected ident", "reason-json-expected-ident"),
    ("expected value", "reason-json-expected-value"),
    ("expected `\"`", "reason-json-expected-quote"),
    ("invalid escape", "reason-json-invalid-escape"),
    ("invalid number", "reason-json-invalid-number"),
    ("number out of range", "reason-json-number-out-of-range"),
    (
        "invalid unicode code point",
        "reason-json-invalid-code-point",
    ),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "reason-json-control-character",
    ),
    ("key must be a string", "reason-json-key-not-string"),
    (
        "lone leading surrogate in hex escape",
        "reason-json-lone-surrogate",
    ),
    ("trailing comma", "reason-json-trailing-comma"),
    ("trailing characters", "reason-json-trailing-characters"),
    ("unexpected end of hex escape", "reason-json-hex-escape-end"),
    ("recursion limit exceeded", "reason-json-recursion-limit"),
    (
        "invalid type: {found:part}, expected {expected:part}",
        "reason-json-invalid-type",
    ),
    (
        "unknown field `{field}`, expected one of {expected}",
        "reason-json-unknown-field-one-of",
    ),
    (
        "unknown field `{field}`, there are no fields",
        "reason-json-unknown-field-none",
    ),
    (
        "unknown field `{field}`, expected {expected}",
        "reason-json-unknown-field",
    ),
    ("missing field `{field}`", "reason-json-missing-field"),
    ("duplicate field `{field}`", "reason-json-duplicate-field"),
    (
        "data did not match any variant of untagged enum {name}",
        "reason-json-no-variant",
    ),
    // malines-names: IdentError
    ("is empty", "reason-ident-empty"),
    (
        "contains a character that is not allowed here: {char}",
        "reason-ident-bad-character",
    ),
    (
        "has {found:n} characters where {expected:part} are expected",
        "reason-ident-bad-length",
    ),
    (
        "fails its {check:part} check, so it was probably mistyped",
        "reason-ident-checksum",
    ),
    (
        "{code} is not an ISO 3166-1 country code",
        "reason-ident-unknown-country",
    ),
    // malines-names: country.rs
    (
        "must be a two-letter ISO 3166-1 country code, such as MA or FR",
        "reason-country-format",
    ),
    // malines-names: crypto.rs
    (
        "has an unknown chain prefix (known: btc, ltc, eth, trx)",
        "reason-crypto-unknown-prefix",
    ),
    (
        "is a {chain} address, but its prefix says {claimed}",
        "reason-crypto-prefix-mismatch",
    ),
    (
        "is not a valid bech32 address (mixed case, or a character outside its alphabet)",
        "reason-crypto-bech32",
    ),
    (
        "is not a valid segwit address (witness version or length)",
        "reason-crypto-segwit",
    ),
    (
        "is a test-network address, not a real one",
        "reason-crypto-testnet",
    ),
    (
        "is not a recognised crypto-currency address (Bitcoin, Litecoin, Ethereum or Tron)",
        "reason-crypto-unrecognised",
    ),
    (
        "has a base58check version byte of no supported chain",
        "reason-crypto-version-byte",
    ),
    // malines-names: device.rs
    (
        "must start with a mobile country code (MCC), which never begins with 0",
        "reason-imsi-mcc",
    ),
    // malines-names: iban.rs
    (
        "must start with a two-letter country code, such as MA or FR",
        "reason-iban-country-code",
    ),
    ("country {code} does not issue IBANs", "reason-iban-no-iban"),
    (
        "must have two check digits after the country code",
        "reason-iban-check-digits",
    ),
    // malines-names: net.rs
    (
        "looks like a URL; give only the domain name, such as example.org",
        "reason-domain-url",
    ),
    (
        "looks like an e-mail address; give only the domain name",
        "reason-domain-email",
    ),
    (
        "is not a valid internationalised domain name (IDNA)",
        "reason-domain-idna",
    ),
    (
        "must have at least two labels, such as example.org",
        "reason-domain-two-labels",
    ),
    (
        "has an empty label (two dots in a row)",
        "reason-domain-empty-label",
    ),
    (
        "has a label longer than 63 characters",
        "reason-domain-long-label",
    ),
    (
        "has a label that begins or ends with a hyphen",
        "reason-domain-hyphen",
    ),
    ("is an IP address, not a domain name", "reason-domain-ip"),
    (
        "has an all-numeric top-level label",
        "reason-domain-numeric-tld",
    ),
    ("must contain an @", "reason-email-no-at"),
    ("must contain only one @", "reason-email-several-at"),
    ("has nothing before the @", "reason-email-nothing-before"),
    ("has nothing after the @", "reason-email-nothing-after"),
    (
        "has a misplaced dot before the @ (at an end, or two in a row)",
        "reason-email-misplaced-dot",
    ),
    (
        "has more than 64 characters before the @",
        "reason-email-local-too-long",
    ),
    (
        "must be a single address, without a prefix length (CIDR)",
        "reason-ip-cidr",
    ),
    (
        "must not include a zone index (the part after %)",
        "reason-ip-zone",
    ),
    ("must not include a port", "reason-ip-port"),
    ("is not a valid IPv4 or IPv6 address", "reason-ip-invalid"),
    // malines-names: phone.rs
    (
        "must start with + or 00 and the country code when no region is given",
        "reason-phone-no-region",
    ),
    (
        "has an unknown country calling code",
        "reason-phone-calling-code",
    ),
    (
        "is too short to be a phone number",
        "reason-phone-too-short",
    ),
    ("is too long to be a phone number", "reason-phone-too-long"),
    ("is not a phone number", "reason-phone-invalid"),
    (
        "is not a valid number for region {region}",
        "reason-phone-invalid-for-region",
    ),
    (
        "is not a valid international number",
        "reason-phone-invalid-international",
    ),
    (
        "region {region} has no telephone numbering plan",
        "reason-phone-no-plan",
    ),
    // malines-names: plate.rs
    (
        "has the Arabic letter {letter}, which is not one of the Moroccan series letters (أ ب د ه و ط ي); type the plate as its Latin form reads",
        "reason-plate-arabic-letter",
    ),
    // malines-names: social.rs
    (
        "names an unknown platform; use x, facebook, instagram, telegram, tiktok, youtube, snapchat, linkedin, discord, signal, whatsapp, threads, vk or other",
        "reason-social-unknown-platform",
    ),
    (
        "is a link to another site, not to a {platform} account",
        "reason-social-other-site",
    ),
    (
        "is a Signal link, which cannot be read; give the username or the phone number",
        "reason-social-signal-link",
    ),
    (
        "is a link to {platform}, but not to an account",
        "reason-social-not-account",
    ),
    (
        "is an old Discord tag (name#1234), which is no longer unique; give the current username or the numeric user id",
        "reason-social-discord-tag",
    ),
    (
        "must start with a letter ({platform} username)",
        "reason-social-letter-first",
    ),
    (
        "must be a Signal username such as name.01 (a name, a dot and at least two digits)",
        "reason-social-signal-username",
    ),
    (
        "is not a YouTube channel id (UC and 22 letters, digits, '_' or '-')",
        "reason-social-youtube-channel",
    ),
    // malines-web: pages/case_form.rs
    (
        "'{user}' is not a prosecutor, clerk or validator of this node",
        "reason-team-not-member",
    ),
    ("must include you ({user})", "reason-team-must-include-you"),
    (
        "is not available: another case has it",
        "reason-reference-taken",
    ),
    (
        "the case was changed by someone else since you opened this form (now version {version}); open it again to see their changes, then make yours",
        "reason-version-conflict",
    ),
    // malines-core: orders.rs; malines-node: orders.rs (the steps of an order)
    (
        "it is signed by {signer}, which is not a prosecution authority of the directory",
        "reason-order-signer-not-authority",
    ),
    (
        "it names {issuer} as issuer but was signed by {signer}",
        "reason-order-issuer-mismatch",
    ),
    (
        "it is addressed to {to}, not to {me}",
        "reason-order-not-for-me",
    ),
    (
        "this order ({id}) was already received on {at}: a second copy is not a new order",
        "reason-order-replayed",
    ),
    (
        "it expired on {at} (issued {issued}, to be received within its response period)",
        "reason-order-expired",
    ),
    (
        "it needs validation by a second person before it is sent, and none is recorded",
        "reason-order-not-validated",
    ),
    (
        "it was validated by its own issuer ({name}): validation is by a second person",
        "reason-order-validated-by-issuer",
    ),
    (
        "the order says it is issued by a {a}, its signatory is a {b}",
        "reason-order-capacity-mismatch",
    ),
    (
        "{reference} already named another order of {from}: one reference, one order",
        "reason-order-reference-reused",
    ),
    (
        "{state} is not bound by the e-Evidence Regulation (the EU Member States but Denmark)",
        "reason-order-not-eevidence-state",
    ),
    (
        "is the issuing State {state}: the e-Evidence Regulation is for providers in another Member State; use national law",
        "reason-order-eevidence-same-state",
    ),
    (
        "the e-Evidence Regulation applies from {date}",
        "reason-order-eevidence-from",
    ),
    (
        "traffic and content data may be ordered under e-Evidence only for offences punishable by at least 3 years, or terrorist offences (Art. 5(4))",
        "reason-order-threshold",
    ),
    (
        "{category} data cannot be ordered directly from a provider under the Second Protocol, which allows subscriber information only (Art. 7); ask through mutual assistance",
        "reason-order-budapest-category",
    ),
    (
        "the Second Protocol has no emergency order to providers: emergency disclosure goes authority to authority (Art. 9-10)",
        "reason-order-budapest-emergency",
    ),
    (
        "is the issuing State {state}: the Second Protocol is for providers in another Party; use national law",
        "reason-order-budapest-same-state",
    ),
    (
        "is required: an order under mutual assistance executes a request the provider's State granted",
        "reason-order-mla-reference",
    ),
    (
        "is {provider}, not the issuing State {state}: national law reaches providers established in the issuing State",
        "reason-order-national-state",
    ),
    (
        "{category} data need an order issued or validated by a judge under {framework}; a prosecutor may order subscriber and identification data",
        "reason-order-needs-judge",
    ),
    (
        "'{value}' is not a member code (like PROV-TELCO)",
        "reason-order-member-code",
    ),
    (
        "'{value}' is not a number of years (0 to 99)",
        "reason-order-years",
    ),
    (
        "at least one target identifier is required",
        "reason-order-no-target",
    ),
    (
        "at least one category of data is required",
        "reason-order-no-category",
    ),
    (
        "is before the start of the period {date}",
        "reason-order-before-start",
    ),
    (
        "'{date}' is in the future: an order asks for data that exist",
        "reason-order-to-future",
    ),
    (
        "the order was changed by someone else meanwhile; open it again",
        "reason-order-changed",
    ),
    (
        "capacity: the order says {a}, the drafter acts as {b}",
        "reason-order-drafter-capacity",
    ),
    (
        "an order is validated by a second person, not by whoever drafted or sent it",
        "reason-order-second-person",
    ),
    (
        "the order is validated already",
        "reason-order-validated-already",
    ),
    (
        "you have no capacity recorded to validate orders",
        "reason-order-no-capacity-validate",
    ),
    (
        "you have no capacity recorded to issue orders",
        "reason-order-no-capacity-issue",
    ),
    (
        "the order is issued by a {a}, you act as {b}",
        "reason-order-issuer-capacity",
    ),
    (
        "the person who validated the order cannot also issue it",
        "reason-order-validator-issues",
    ),
    (
        "a preservation order is answered by keeping the data (preserve), not by disclosing it",
        "reason-order-preserve-not-fulfil",
    ),
    (
        "only a preservation order is answered by preserving",
        "reason-order-preserve-only",
    ),
    (
        "file: a data package needs at least one file",
        "reason-order-no-file",
    ),
    (
        "an order that is {status} cannot be {step}",
        "reason-order-step",
    ),
    (
        "it must be validated by a second person before it is sent",
        "reason-order-validate-first",
    ),
    (
        "only a preservation order is extended",
        "reason-order-extend-preservation-only",
    ),
    (
        "a preservation order is extended once only",
        "reason-order-extend-once",
    ),
    (
        "the provider has not received it yet",
        "reason-order-not-received-yet",
    ),
    (
        "its preservation period ended on {date}",
        "reason-order-preservation-ended",
    ),
    // malines-web: purpose.rs
    (
        "is required when the purpose is 'other'",
        "reason-purpose-other-detail",
    ),
    // Last: a general shape that more specific ones above must win over.
    ("'{value}' is not one of {list}", "reason-not-one-of"),
    // A field named before a nested reason (an order's rules, as the node reports them).
    ("{field}: {reason:reason}", "reason-field"),
];

/// Fragments inside reasons (`{…:part}`): the expected length of an identifier, the name of
/// a check, the JSON types serde names.
const PARTS: &[(&str, &str)] = &[
    ("{min} to {max} digits", "reason-part-digits-range"),
    ("{a} or {b} digits", "reason-part-digits-either"),
    (
        "{n} hexadecimal digits after 0x",
        "reason-part-hex-after-0x",
    ),
    ("at most {max}", "reason-part-at-most"),
    ("{min} to {max} ({platform})", "reason-part-range-platform"),
    ("{min} to {max}", "reason-part-range"),
    ("EIP-55 mixed-case", "reason-part-eip55"),
    ("a string", "reason-part-string-type"),
    ("a sequence", "reason-part-sequence"),
    ("sequence", "reason-part-sequence-found"),
    ("map", "reason-part-map"),
    ("struct {name}", "reason-part-struct"),
    ("integer {value}", "reason-part-integer"),
    ("floating point {value}", "reason-part-float"),
    ("boolean {value}", "reason-part-boolean"),
    ("string {value}", "reason-part-string"),
];

/// Deepest nesting of `{…:reason}` followed (real reasons nest once).
const MAX_DEPTH: usize = 3;

/// `reason` in `locale`'s language; unchanged when its shape is unknown.
/// Several reasons, one per line (as the node reports an order's refused rules), each in the
/// user's language, joined with "; ".
pub fn translate_lines(i18n: &I18n, locale: Locale, reasons: &str) -> String {
    reasons
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| translate(i18n, locale, l))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn translate(i18n: &I18n, locale: Locale, reason: &str) -> String {
    translate_in(i18n, locale, REASONS, reason, 0).unwrap_or_else(|| reason.to_owned())
}

/// How a placeholder's text becomes Fluent arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Conversion {
    Text,
    Number,
    Reason,
    Part,
    /// The interface's label: the message `<prefix><value>`.
    Label(&'static str),
    /// A message that selects on `$value`.
    Choice(&'static str),
}

impl Conversion {
    fn named(name: &str) -> Option<Conversion> {
        Some(match name {
            "" => Conversion::Text,
            "n" => Conversion::Number,
            "reason" => Conversion::Reason,
            "part" => Conversion::Part,
            "kind" => Conversion::Label("kind-"),
            "stage" => Conversion::Label("stage-"),
            "month" => Conversion::Choice("reason-month"),
            _ => return None,
        })
    }

    /// Whether `text` may fill a placeholder of this conversion.
    fn accepts(self, text: &str) -> bool {
        !text.is_empty() && (self != Conversion::Number || text.bytes().all(|b| b.is_ascii_digit()))
    }
}

/// A piece of a parsed pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Segment {
    Literal(&'static str),
    Placeholder(&'static str, Conversion),
}

/// A placeholder's name, conversion and the text it matched.
type Capture<'s> = (&'static str, Conversion, &'s str);

/// Splits a pattern into literals and placeholders; `None` for a malformed pattern (an
/// unclosed brace, an unknown conversion, two placeholders in a row), which then matches
/// nothing (a test checks that every pattern of the tables parses).
fn parse(pattern: &'static str) -> Option<Vec<Segment>> {
    let mut segments = Vec::new();
    let mut rest = pattern;
    while !rest.is_empty() {
        let Some(open) = rest.find('{') else {
            segments.push(Segment::Literal(rest));
            break;
        };
        let literal = rest.get(..open)?;
        if !literal.is_empty() {
            segments.push(Segment::Literal(literal));
        }
        let inside = rest.get(open + 1..)?;
        let close = inside.find('}')?;
        let spec = inside.get(..close)?;
        let (name, conversion) = spec.split_once(':').unwrap_or((spec, ""));
        let name_ok = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !name_ok || matches!(segments.last(), Some(Segment::Placeholder(..))) {
            return None;
        }
        segments.push(Segment::Placeholder(name, Conversion::named(conversion)?));
        rest = inside.get(close + 1..)?;
    }
    Some(segments)
}

/// Whether `text` is all of `segments`, filling `captures`; each placeholder tries every
/// place where the literal after it occurs, leftmost first.
fn fill<'s>(segments: &[Segment], text: &'s str, captures: &mut Vec<Capture<'s>>) -> bool {
    let Some((first, rest)) = segments.split_first() else {
        return text.is_empty();
    };
    match *first {
        Segment::Literal(literal) => text
            .strip_prefix(literal)
            .is_some_and(|after| fill(rest, after, captures)),
        Segment::Placeholder(name, conversion) => {
            let next = match rest.first() {
                None => {
                    let ok = conversion.accepts(text);
                    if ok {
                        captures.push((name, conversion, text));
                    }
                    return ok;
                }
                Some(Segment::Literal(next)) => *next,
                Some(Segment::Placeholder(..)) => return false,
            };
            for (at, _) in text.match_indices(next) {
                let (Some(value), Some(after)) = (text.get(..at), text.get(at..)) else {
                    continue;
                };
                if !conversion.accepts(value) {
                    continue;
                }
                let kept = captures.len();
                captures.push((name, conversion, value));
                if fill(rest, after, captures) {
                    return true;
                }
                captures.truncate(kept);
            }
            false
        }
    }
}

/// The first entry of `table` whose pattern matches `text`, with what its placeholders
/// matched.
fn recognise<'s>(
    table: &[(&'static str, &'static str)],
    text: &'s str,
) -> Option<(&'static str, Vec<Capture<'s>>)> {
    table.iter().find_map(|(pattern, key)| {
        let segments = parse(pattern)?;
        let mut captures = Vec::new();
        fill(&segments, text, &mut captures).then_some((*key, captures))
    })
}

fn translate_in(
    i18n: &I18n,
    locale: Locale,
    table: &[(&'static str, &'static str)],
    text: &str,
    depth: usize,
) -> Option<String> {
    if depth > MAX_DEPTH {
        return None;
    }
    let (key, captures) = recognise(table, text)?;
    let mut args: Vec<(String, Arg)> = Vec::with_capacity(captures.len() + 1);
    for (name, conversion, value) in captures {
        let label = |key: &str, label: String| (label != key).then_some(label);
        match conversion {
            Conversion::Text => args.push((name.into(), value.into())),
            Conversion::Number => args.push((
                name.into(),
                value.parse::<f64>().map_or_else(|_| value.into(), Arg::Num),
            )),
            Conversion::Reason | Conversion::Part => {
                let nested = if conversion == Conversion::Reason {
                    REASONS
                } else {
                    PARTS
                };
                let text = translate_in(i18n, locale, nested, value, depth + 1)
                    .unwrap_or_else(|| value.to_owned());
                args.push((name.into(), text.into()));
            }
            Conversion::Label(prefix) => {
                let key = format!("{prefix}{value}");
                let text = label(&key, i18n.tr(locale, &key)).unwrap_or_else(|| value.into());
                args.push((name.into(), value.into()));
                args.push((format!("{name}_label"), text.into()));
            }
            Conversion::Choice(key) => {
                let text = i18n.tr_args(locale, key, &[("value", value.into())]);
                args.push((name.into(), value.into()));
                args.push((format!("{name}_label"), text.into()));
            }
        }
    }
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, value)| (name.as_str(), value.clone()))
        .collect();
    let text = i18n.tr_args(locale, key, &args);
    // A key missing from every locale comes back as itself: keep the English then.
    (text != key).then_some(text)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use malines_core::date::{PartialDate, parse_full_date};
    use malines_core::ids::{CaseRef, Country, SubjectRef, Username};
    use malines_core::import::{self, Format};
    use malines_core::model::{
        CaseDraft, CaseStatus, DocumentType, Identifier, IdentifierKind, RawCase, RawIdentifier,
        RawPerson, Sex, Stage, TerrorismType, ValidationContext,
    };
    use malines_core::users::check_new_password;
    use malines_core::validate::{self, MAX_TEXT};
    use time::macros::date;

    use super::*;

    fn i18n() -> I18n {
        I18n::load().unwrap()
    }

    fn ctx() -> ValidationContext {
        ValidationContext::new(Country::parse("BE").unwrap(), date!(2026 - 01 - 15))
    }

    /// The reasons `Identifier::parse` gives for one raw identifier.
    fn identifier(
        kind: &str,
        value: &str,
        country: Option<&str>,
        platform: Option<&str>,
    ) -> Vec<String> {
        let raw = RawIdentifier {
            kind: kind.into(),
            value: value.into(),
            doc_type: Some("passport".into()),
            country: country.map(Into::into),
            platform: platform.map(Into::into),
            ..Default::default()
        };
        let errors = Identifier::parse(&raw, &ctx()).unwrap_err();
        errors.into_iter().map(|e| e.reason).collect()
    }

    fn import_reasons(file: &str, format: Format) -> Vec<String> {
        import::parse(file.as_bytes(), format, &ctx())
            .unwrap_err()
            .errors
            .into_iter()
            .map(|e| e.reason)
            .collect()
    }

    /// Real reasons, produced by the real validators wherever they can be.
    fn samples() -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut err = |r: Result<(), String>| out.push(r.unwrap_err());
        // Dates.
        err(PartialDate::parse("1990-13").map(drop));
        err(PartialDate::parse("2023-02-30").map(drop));
        err(PartialDate::parse("12/04/1987").map(drop));
        err(PartialDate::parse("1700").map(drop));
        err(parse_full_date("1990-04").map(drop));
        // Text and lists.
        err(validate::text(&"x".repeat(MAX_TEXT + 1), MAX_TEXT).map(drop));
        err(validate::text("a\u{7}b", 50).map(drop));
        err(validate::text("Ali \u{202E}ffo", 50).map(drop));
        err(validate::required_text("  ", 50).map(drop));
        err(validate::text_list(&vec!["a".to_string(); 101], 50).map(drop));
        err(validate::text_list(&["ok".to_string(), "x".repeat(60)], 50).map(drop));
        err(validate::yes_no("maybe").map(drop));
        // Closed sets.
        err(Stage::parse("appeal").map(drop));
        err(CaseStatus::parse("pending").map(drop));
        err(TerrorismType::parse("cyber").map(drop));
        err(Sex::parse("q").map(drop));
        err(IdentifierKind::parse("fax").map(drop));
        err(DocumentType::parse("visa").map(drop));
        // Identifiers of the core.
        err(CaseRef::parse(&"R".repeat(65)).map(drop));
        err(CaseRef::parse("a;b").map(drop));
        err(SubjectRef::parse("P 1").map(drop));
        err(Username::parse("").map(drop));
        err(Username::parse("a martin").map(drop));
        err(check_new_password("short"));
        err(check_new_password(&"x".repeat(300)));

        // A whole case, wrong in many ways.
        let raw = RawCase {
            reference: String::new(),
            title: String::new(),
            stage: Some("trial".into()),
            opened_on: "2025-01-15".into(),
            review_due: Some("2024-12-31".into()),
            decided_on: Some("2025-02-01".into()),
            team: vec!["a.martin".to_string(); 101],
            persons: vec![
                RawPerson {
                    subject_ref: Some("P1".into()),
                    birth_date: Some("2030".into()),
                    nationalities: vec!["ZZ".into(), "FRA".into()],
                    ..Default::default()
                },
                RawPerson {
                    subject_ref: Some("P1".into()),
                    family_names: "Benali".into(),
                    nationalities: vec!["MA".to_string(); 101],
                    ..Default::default()
                },
            ],
            identifiers: vec![
                RawIdentifier {
                    kind: "email".into(),
                    value: "a@example.org".into(),
                    subject: Some("P9".into()),
                    ..Default::default()
                },
                RawIdentifier {
                    kind: "vehicle_plate".into(),
                    value: "AB-123-CD".into(),
                    ..Default::default()
                },
            ],
            ..Default::default()
        };
        let errors = CaseDraft::validate(&raw, &ctx()).unwrap_err();
        out.extend(errors.into_iter().map(|e| e.reason));
        // Orders: the form's checks, the rules of each framework, the provider's checks.
        {
            use malines_core::orders::{
                Capacity, Category, Framework, OrderData, OrderDocument, OrderType, RawOrder,
                Receipt, Signatory, Urgency, check_rules, verify,
            };
            let order_ctx =
                ValidationContext::new(Country::parse("BE").unwrap(), date!(2026 - 11 - 29));
            let raw = RawOrder {
                framework: "e_evidence".into(),
                order_type: "production".into(),
                provider: "prov telco".into(),
                provider_state: "ES".into(),
                file_reference: "BE-1".into(),
                offence: "x".into(),
                max_penalty_years: "ten".into(),
                terrorism: "perhaps".into(),
                from: "2026-11-20".into(),
                to: "2026-12-20".into(),
                necessity: "n".into(),
                capacity: "prosecutor".into(),
                ..Default::default()
            };
            let errors = OrderData::validate(&raw, &order_ctx).unwrap_err();
            out.extend(errors.into_iter().map(|e| e.reason));
            let raw = RawOrder {
                provider: "PROV-TELCO".into(),
                max_penalty_years: "10".into(),
                terrorism: "yes".into(),
                from: "2026-11-20".into(),
                to: "2026-11-10".into(),
                targets: vec![RawIdentifier {
                    kind: "phone".into(),
                    value: "+34 612 34 56 78".into(),
                    ..Default::default()
                }],
                categories: vec!["traffic".into()],
                ..raw
            };
            out.extend(
                OrderData::validate(&raw, &order_ctx)
                    .unwrap_err()
                    .into_iter()
                    .map(|e| e.reason),
            );
            let good = OrderData::validate(
                &RawOrder {
                    to: "2026-11-25".into(),
                    ..raw
                },
                &order_ctx,
            )
            .unwrap();
            let today = date!(2026 - 11 - 29);
            let mut rules = |o: OrderData, validator, day| {
                if let Err(errs) = check_rules(&o, validator, day) {
                    out.extend(errs.into_iter().map(|e| e.reason));
                }
            };
            rules(good.clone(), None, today);
            rules(
                OrderData {
                    max_penalty_years: 1,
                    terrorism: false,
                    ..good.clone()
                },
                Some(Capacity::Judge),
                date!(2026 - 08 - 01),
            );
            rules(
                OrderData {
                    issuing_state: Country::parse("MA").unwrap(),
                    provider_state: Country::parse("MA").unwrap(),
                    ..good.clone()
                },
                Some(Capacity::Judge),
                today,
            );
            rules(
                OrderData {
                    framework: Framework::Budapest,
                    urgency: Urgency::Emergency,
                    provider_state: Country::parse("BE").unwrap(),
                    categories: vec![Category::Content],
                    ..good.clone()
                },
                Some(Capacity::Judge),
                today,
            );
            rules(
                OrderData {
                    framework: Framework::Mla,
                    ..good.clone()
                },
                Some(Capacity::Judge),
                today,
            );
            rules(
                OrderData {
                    framework: Framework::National,
                    ..good.clone()
                },
                Some(Capacity::Judge),
                today,
            );
            let at = time::macros::datetime!(2026-11-29 10:00 UTC);
            let doc = OrderDocument {
                id: "00112233445566778899aabbccddeeff".into(),
                issuer: "BE-FED".into(),
                reference: "BE-FED-ORD-2026-0001".into(),
                expires_at: at,
                issued_by: Signatory {
                    name: "A".into(),
                    capacity: Capacity::Judge,
                    at,
                },
                validated_by: Some(Signatory {
                    name: "A".into(),
                    capacity: Capacity::Prosecutor,
                    at,
                }),
                issued_at: at,
                order: OrderData {
                    order_type: OrderType::Production,
                    ..good
                },
            };
            for r in verify(
                &doc,
                &Receipt {
                    me: "PROV-MAIL",
                    signer_is_authority: false,
                    signer: "FR-PNAT",
                    now: at + time::Duration::hours(1),
                    seen_before: Some(at),
                },
            ) {
                out.push(r.reason);
            }
            // What the node says of a step it refuses (`malines-node::orders`), as it says it.
            for r in [
                "the order was changed by someone else meanwhile; open it again",
                "capacity: the order says prosecutor, the drafter acts as judge",
                "an order is validated by a second person, not by whoever drafted or sent it",
                "the order is validated already",
                "you have no capacity recorded to validate orders",
                "you have no capacity recorded to issue orders",
                "the order is issued by a prosecutor, you act as judge",
                "the person who validated the order cannot also issue it",
                "a preservation order is answered by keeping the data (preserve), not by disclosing it",
                "only a preservation order is answered by preserving",
                "file: a data package needs at least one file",
                "BE-FED-ORD-2026-0001 already named another order of BE-FED: one reference, one order",
            ] {
                out.push(r.to_string());
            }
            let st = malines_core::orders::OrderStatus::Sent;
            out.push(
                st.after(malines_core::orders::Step::Send, true)
                    .unwrap_err(),
            );
            out.push(
                malines_core::orders::OrderStatus::Draft
                    .after(malines_core::orders::Step::Send, true)
                    .unwrap_err(),
            );
            let p = OrderData {
                order_type: OrderType::Preservation,
                ..doc.order.clone()
            };
            for (o, recv, ext) in [
                (&doc.order, Some(at), false),
                (&p, Some(at), true),
                (&p, None, false),
                (&p, Some(at - time::Duration::days(90)), false),
            ] {
                out.push(malines_core::orders::may_extend(o, recv, ext, at).unwrap_err());
            }
        }
        // Purposes of reading.
        for (code, detail) in [("other", ""), ("curiosity", "")] {
            out.push(crate::purpose::Purpose::parse(code, detail).unwrap_err().1);
        }
        // Review dates too far ahead, and dates in the future.
        let raw = RawCase {
            reference: "BE-1".into(),
            title: "t".into(),
            opened_on: "2026-02-01".into(),
            stage: Some("acquittal".into()),
            decided_on: Some("2026-03-01".into()),
            review_due: Some("2030-01-01".into()),
            ..Default::default()
        };
        for years in [1, 2, 3] {
            let c = ctx().review_every(years).unwrap();
            let errors = CaseDraft::validate(&raw, &c).unwrap_err();
            out.extend(errors.into_iter().map(|e| e.reason));
        }

        // Identifiers of the names crate, one or more faults of each type.
        for (kind, value, country, platform) in [
            ("phone", "12345", None, None),
            ("phone", "+999 1234 5678", None, None),
            ("phone", "+32 4", None, None),
            ("phone", "+32 470 12 34 56 78 90 12 34", None, None),
            ("phone", "+1 ---", None, None),
            ("phone", "+32 12", None, None),
            ("email", "nobody", None, None),
            ("email", "a@b@c.org", None, None),
            ("email", "@example.org", None, None),
            ("email", "a@", None, None),
            ("email", "a..b@example.org", None, None),
            ("email", "a b@example.org", None, None),
            ("domain", "https://example.org/x", None, None),
            ("domain", "a@example.org", None, None),
            ("domain", "example", None, None),
            ("domain", "a..org", None, None),
            ("domain", "-a.org", None, None),
            ("domain", "1.2.3.4", None, None),
            ("domain", "example.123", None, None),
            ("ip_address", "192.0.2.0/24", None, None),
            ("ip_address", "fe80::1%eth0", None, None),
            ("ip_address", "192.0.2.1:80", None, None),
            ("ip_address", "192.0.2.999", None, None),
            ("iban", "BE68 5390 0754 7035", None, None),
            ("iban", "BE69 5390 0754 7034", None, None),
            ("iban", "12345", None, None),
            ("iban", "US12 3456 7890", None, None),
            ("iban", "BEXX 5390 0754 7034", None, None),
            ("imei", "12345", None, None),
            ("imei", "490154203237519", None, None),
            ("imsi", "012345678901234", None, None),
            ("imsi", "123", None, None),
            ("crypto_address", "doge:abc", None, None),
            ("crypto_address", "0x1234", None, None),
            ("crypto_address", "1111", None, None),
            ("identity_document", "1", Some("ZZ"), None),
            ("identity_document", "AB123456", Some("FRA"), None),
            ("vehicle_plate", "12345 ج 6", Some("MA"), None),
            ("vehicle_plate", " - ", Some("FR"), None),
            ("vehicle_plate", &"1".repeat(40), Some("FR"), None),
            ("social_media", "abc", None, Some("myspace")),
            ("social_media", "1abcd", None, Some("telegram")),
            (
                "social_media",
                "https://example.com/someone",
                None,
                Some("instagram"),
            ),
            (
                "social_media",
                "https://signal.me/#eu/abc",
                None,
                Some("signal"),
            ),
            ("social_media", "https://x.com/explore", None, Some("x")),
            ("social_media", "name#1234", None, Some("discord")),
            ("social_media", "abcdef", None, Some("signal")),
            ("social_media", "channel/xyz", None, Some("youtube")),
            ("social_media", "@", None, Some("other")),
            ("social_media", "a", None, Some("tiktok")),
        ] {
            out.extend(identifier(kind, value, country, platform));
        }

        // Files.
        for (file, format) in [
            ("{\"cases\": [ {\"reference\": } ]}", Format::Json),
            ("{\"cases\": [ {\"reference\": \"a\" ]}", Format::Json),
            ("{\"cases\": [ {\"reference\" \"a\"} ]}", Format::Json),
            ("[ {\"reference\": \"a\"} ] x", Format::Json),
            ("[ {\"reference\": 5} ]", Format::Json),
            (
                "[ {\"reference\": \"a\", \"offences\": \"x\"} ]",
                Format::Json,
            ),
            (
                "[ {\"reference\": \"a\", \"persons\": [{\"family_names\": null}]} ]",
                Format::Json,
            ),
            (
                "[ {\"reference\": \"a\", \"persons\": [{\"shared\": 3}]} ]",
                Format::Json,
            ),
            ("[ {\"reference\": \"a\", \"persons\": [5]} ]", Format::Json),
            ("[ {\"title\": \"a\"} ]", Format::Json),
            (
                "[ {\"reference\": \"a\", \"reference\": \"b\"} ]",
                Format::Json,
            ),
            ("[ {\"reference\": \"a\", \"bogus\": 1} ]", Format::Json),
            (
                "[ {\"reference\": \"a\", \"identifiers\": [{\"type\": \"x\", \"value\": 1.5}]} ]",
                Format::Json,
            ),
            (
                "[ {\"reference\": \"a\", \"identifiers\": [{\"type\": true, \"value\": \"1\"}]} ]",
                Format::Json,
            ),
            (
                "[ {\"reference\": \"a\", \"opened_on\": {}} ]",
                Format::Json,
            ),
            ("{\"casez\": []}", Format::Json),
            ("", Format::Json),
            ("[ {\"reference\": \"a\\q\"} ]", Format::Json),
            ("[ {\"reference\": \"a\n\"} ]", Format::Json),
            ("[ {\"reference\": \"a\",} ]", Format::Json),
            ("[]", Format::Json),
            (
                "[{\"reference\": \"X-1\", \"title\": \"T\", \"opened_on\": \"2024-01-01\"}, {\"reference\": \"X-1\", \"title\": \"T\", \"opened_on\": \"2024-01-01\"}]",
                Format::Json,
            ),
            ("record,case_ref,bogus\n", Format::Csv),
            ("record,title\ncase,x\n", Format::Csv),
            ("record,case_ref,title,title\n", Format::Csv),
            ("record,case_ref,title\ncase,A,t,extra\n", Format::Csv),
            ("record,case_ref,title\n,A,t\n", Format::Csv),
            ("record,case_ref,title\nfoo,A,t\n", Format::Csv),
            (
                "record,case_ref,title,family_names\nperson,A,t,x\n",
                Format::Csv,
            ),
            ("record,case_ref,family_names\nperson,A,x\n", Format::Csv),
            ("record,case_ref,family_names\nperson,,x\n", Format::Csv),
            (
                "record,case_ref,title,opened_on\ncase,A,t,2024-01-01\ncase,A,t,2024-01-01\n",
                Format::Csv,
            ),
            ("record,case_ref,shared\nperson,A,maybe\n", Format::Csv),
        ] {
            out.extend(import_reasons(file, format));
        }
        let not_utf8 = import::parse(b"record,case_ref\n\xff", Format::Csv, &ctx()).unwrap_err();
        out.extend(not_utf8.errors.into_iter().map(|e| e.reason));
        // Too large a file takes 64 MiB to produce: its reason as `import::parse` writes it.
        out.push(format!(
            "is too large ({} bytes, at most {})",
            import::MAX_FILE_BYTES + 1,
            import::MAX_FILE_BYTES
        ));

        // This crate's own, as pages/case_form.rs writes them.
        out.push(format!(
            "'{}' is not a prosecutor, clerk or validator of this node",
            "j.doe"
        ));
        out.push(format!("must include you ({})", "a.martin"));
        out.push("is not available: another case has it".into());
        out.push(format!(
            "the case was changed by someone else since you opened this form (now version {}); open it again to see their changes, then make yours",
            7
        ));
        let mut seen = BTreeSet::new();
        out.retain(|r| seen.insert(r.clone()));
        out
    }

    const OTHERS: [Locale; 4] = [Locale::Fr, Locale::Es, Locale::Nl, Locale::Ar];

    #[test]
    fn every_sample_is_recognised_and_translated() {
        let i18n = i18n();
        let samples = samples();
        assert!(samples.len() > 100, "only {} samples", samples.len());
        let mut failures = Vec::new();
        for reason in &samples {
            if recognise(REASONS, reason).is_none() {
                failures.push(format!("not recognised: {reason:?}"));
                continue;
            }
            for locale in OTHERS {
                let t = translate(&i18n, locale, reason);
                if t == *reason || t.contains("{ $") || t.contains("{$") || t.trim().is_empty() {
                    failures.push(format!("{locale}: {reason:?} -> {t:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn english_reads_exactly_as_the_domain_wrote_it() {
        let i18n = i18n();
        for reason in samples() {
            assert_eq!(translate(&i18n, Locale::En, &reason), reason);
        }
    }

    #[test]
    fn variable_parts_are_passed_unchanged() {
        let i18n = i18n();
        let mut failures = Vec::new();
        for reason in samples() {
            let Some((key, captures)) = recognise(REASONS, &reason) else {
                continue;
            };
            for locale in OTHERS {
                let t = translate(&i18n, locale, &reason);
                for (name, conversion, value) in &captures {
                    let kept = matches!(conversion, Conversion::Text | Conversion::Number);
                    if kept && !t.contains(value) {
                        failures.push(format!(
                            "{locale} {key}: ${name} {value:?} missing in {t:?}"
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{failures:#?}");
    }

    #[test]
    fn dates_regions_and_nested_reasons_read_in_the_language() {
        let i18n = i18n();
        let fr = |r: &str| translate(&i18n, Locale::Fr, r);
        let day = PartialDate::parse("2023-02-30").unwrap_err();
        assert_eq!(
            fr(&day),
            "«\u{a0}2023-02-30\u{a0}» n’est pas une date\u{a0}: le 30 février 2023 n’existe pas"
        );
        let es = translate(&i18n, Locale::Es, &day);
        assert!(es.contains("30 de febrero de 2023"), "{es}");
        let ar = translate(&i18n, Locale::Ar, &day);
        assert!(ar.contains("فبراير") && ar.contains("2023-02-30"), "{ar}");

        let month = PartialDate::parse("1990-13").unwrap_err();
        assert_eq!(fr(&month), "le mois 13 n’existe pas");
        assert_eq!(
            translate(&i18n, Locale::Nl, &month),
            "maand 13 bestaat niet"
        );

        let phone = identifier("phone", "12345", None, None);
        assert_eq!(phone, ["is not a valid number for region BE"]);
        assert_eq!(
            fr(&phone[0]),
            "n’est pas un numéro valide pour la région BE"
        );
        assert!(translate(&i18n, Locale::Ar, &phone[0]).contains("BE"));

        let entry = validate::text_list(&["ok".to_string(), "x".repeat(60)], 50).unwrap_err();
        assert_eq!(
            fr(&entry),
            "entrée 2\u{a0}: dépasse la longueur autorisée (60 caractères, 50 au maximum)"
        );

        // Stored values get the interface's label, in each language.
        let plate = "is required for a vehicle_plate identifier";
        assert!(
            fr(plate).contains("Plaque d’immatriculation"),
            "{}",
            fr(plate)
        );
        assert!(translate(&i18n, Locale::Es, plate).contains("Matrícula de vehículo"));

        // Lengths: plural forms and the expected length in the language.
        let imei = identifier("imei", "12345", None, None);
        assert_eq!(
            fr(&imei[0]),
            "comporte 5 caractères\u{a0}; attendu\u{a0}: de 14 à 16 chiffres"
        );
        let one = "has 1 characters where 14 to 16 digits are expected";
        assert_eq!(
            translate(&i18n, Locale::Nl, one),
            "heeft 1 teken; verwacht: 14 tot 16 cijfers"
        );
    }

    #[test]
    fn unknown_reasons_come_back_unchanged() {
        let i18n = i18n();
        for reason in [
            "",
            "something nobody wrote",
            "is required!",
            "est obligatoire",
            "month x does not exist",
            "has x characters where 3 are expected",
            "entry 2: something new",
        ] {
            for locale in Locale::ALL {
                let t = translate(&i18n, locale, reason);
                if reason == "entry 2: something new" {
                    // The list entry is known, the nested reason is kept in English.
                    assert!(t.contains("something new"), "{locale}: {t}");
                } else {
                    assert_eq!(t, reason, "{locale}");
                }
            }
        }
    }

    #[test]
    fn patterns_parse_keys_exist_everywhere_and_no_entry_hides_another() {
        let i18n = i18n();
        let fill = |conversion: Conversion| match conversion {
            Conversion::Text => "x1",
            Conversion::Number => "7",
            Conversion::Reason => "is required",
            Conversion::Part => "a string",
            Conversion::Label(_) => "trial",
            Conversion::Choice(_) => "March",
        };
        let mut used = BTreeSet::from(["reason-month".to_string()]);
        for table in [REASONS, PARTS] {
            for (pattern, key) in table {
                let segments = parse(pattern).unwrap_or_else(|| panic!("bad pattern {pattern:?}"));
                used.insert(key.to_string());
                let example: String = segments
                    .iter()
                    .map(|s| match *s {
                        Segment::Literal(l) => l,
                        Segment::Placeholder(_, c) => fill(c),
                    })
                    .collect();
                let found = recognise(table, &example).map(|(k, _)| k);
                assert_eq!(
                    found,
                    Some(*key),
                    "{example:?} is taken by an earlier entry"
                );
                for locale in Locale::ALL {
                    assert!(
                        i18n.keys(locale).contains(&key.to_string()),
                        "{key} missing in {locale}"
                    );
                    let t = translate_in(&i18n, locale, table, &example, 0).unwrap();
                    assert!(
                        !t.contains("{$") && !t.contains("{ $"),
                        "{locale} {key}: {t}"
                    );
                }
            }
        }
        // No `reason-…` message without an entry of the tables.
        for locale in Locale::ALL {
            let orphans: Vec<String> = i18n
                .keys(locale)
                .into_iter()
                .filter(|k| k.starts_with("reason-") && !used.contains(k))
                .collect();
            assert!(orphans.is_empty(), "{locale}: {orphans:?}");
        }
    }

    #[test]
    fn months_have_their_name_in_every_language() {
        let i18n = i18n();
        for month in [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ] {
            for locale in OTHERS {
                let name = i18n.tr_args(locale, "reason-month", &[("value", month.into())]);
                assert_ne!(name, month, "{locale}");
            }
        }
    }
}
