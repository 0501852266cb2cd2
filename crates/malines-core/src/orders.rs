//! Disclosure and preservation orders to providers (SPEC §6): what an order says, which legal
//! framework allows what, the deadlines, the lifecycle, and the checks a provider runs before
//! it answers.
//!
//! Everything here is a pure function of the order and of the time it is given: the node that
//! issues an order and the provider that receives it run the same rules, and tests move the
//! clock. Signatures and encryption are `malines-pki::seal`'s; this module reads an order
//! whose signature has already been checked.
//!
//! The rules (see `docs/orders.md` for the text behind each):
//!
//! | framework | production ordered by a prosecutor | needs a judge | emergency | answer within | notification of the provider's State |
//! | --- | --- | --- | --- | --- | --- |
//! | e-Evidence (Regulation (EU) 2023/1543) | subscriber, identification | traffic, content | 8 hours | 10 days | traffic and content, unless the offence and the person are both in the issuing State |
//! | Budapest Convention, Second Protocol (Art. 7) | subscriber only | — (nothing else directly) | not directly (Art. 9–10 go authority to authority) | 30 days | — |
//! | bilateral mutual legal assistance (executing a request granted by the provider's State) | subscriber, identification, traffic | content | 8 hours | 10 days | — (the State granted it) |
//! | national law (provider in the issuing State) | subscriber, identification | traffic, content | 8 hours | 10 days | — |
//!
//! A preservation order (keep the data, disclose nothing) may be issued by a prosecutor for
//! every category, under every framework; the data are kept 60 days, extendable once by 30.
//! Every order is validated by a second person before it is sent, except an emergency
//! production order for subscriber or identification data only: it may go first, and must be
//! validated within 48 hours of being sent or it is withdrawn.

use serde::{Deserialize, Serialize};
use time::{Date, Duration, OffsetDateTime};

use crate::date::parse_full_date;
use crate::ids::Country;
use crate::model::{Identifier, RawIdentifier, ValidationContext};
use crate::validate::{self, Errors, FieldError, MAX_LIST, MAX_NAME};

text_enum!(
    /// The legal basis an order is issued under.
    Framework, "legal framework" {
        /// Regulation (EU) 2023/1543 on European Production and Preservation Orders.
        EEvidence = "e_evidence" | "eevidence" | "e_evidence_regulation",
        /// Council of Europe Budapest Convention on Cybercrime and its Second Additional
        /// Protocol (direct co-operation with providers, Art. 7).
        Budapest = "budapest" | "budapest_convention" | "second_protocol",
        /// A bilateral mutual legal assistance request, granted by the provider's State.
        Mla = "mla" | "mutual_legal_assistance",
        /// The issuing State's own law, for a provider established there.
        National = "national" | "national_law",
    }
);

text_enum!(
    /// Disclose data, or only keep them for a later order.
    OrderType, "order type" {
        Production = "production" | "disclosure",
        Preservation = "preservation",
    }
);

text_enum!(
    /// Categories of data (e-Evidence, Art. 3).
    Category, "data category" {
        /// Name, address, contact details, the service subscribed to.
        Subscriber = "subscriber",
        /// Data asked for the sole purpose of identifying the user (an IP address and port
        /// at a given time).
        Identification = "identification" | "ip_identification",
        /// Traffic data: who communicated with whom, when, from where.
        Traffic = "traffic",
        /// The content of communications and stored data.
        Content = "content",
    }
);

text_enum!(
    /// How fast an order must be answered.
    Urgency, "urgency" {
        /// An imminent threat to life, physical integrity or safety, or to critical
        /// infrastructure.
        Emergency = "emergency",
        Standard = "standard",
    }
);

text_enum!(
    /// In what capacity someone issues or validates an order.
    Capacity, "capacity" {
        Prosecutor = "prosecutor",
        Judge = "judge" | "court" | "investigating_judge",
    }
);

text_enum!(
    /// Where an order stands.
    OrderStatus, "order status" {
        Draft = "draft",
        Validated = "validated",
        Sent = "sent",
        Received = "received",
        Acknowledged = "acknowledged",
        Fulfilled = "fulfilled",
        Objected = "objected",
        Closed = "closed",
        Withdrawn = "withdrawn",
    }
);

/// States bound by the e-Evidence Regulation: the Union's Member States but Denmark.
pub const E_EVIDENCE_STATES: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT",
    "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The day the e-Evidence Regulation applies from (Art. 34).
pub const E_EVIDENCE_FROM: Date = time::macros::date!(2026 - 08 - 18);

/// An emergency order answers within this.
pub const EMERGENCY_PERIOD: Duration = Duration::hours(8);
/// A standard order under e-Evidence, mutual assistance or national law answers within this.
pub const STANDARD_PERIOD: Duration = Duration::days(10);
/// A direct request under the Second Protocol (Art. 7) answers within this.
pub const BUDAPEST_PERIOD: Duration = Duration::days(30);
/// An emergency order sent before validation must be validated within this of being sent.
pub const POST_VALIDATION_WITHIN: Duration = Duration::hours(48);
/// Data under a preservation order are kept this long…
pub const PRESERVATION_PERIOD: Duration = Duration::days(60);
/// …extendable once by this.
pub const PRESERVATION_EXTENSION: Duration = Duration::days(30);

/// Most targets of one order.
pub const MAX_TARGETS: usize = 20;
/// Longest necessity statement, in characters.
pub const MAX_STATEMENT: usize = 4000;

/// An order as a form or an API call proposes it: nothing checked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RawOrder {
    pub framework: String,
    pub order_type: String,
    pub urgency: String,
    /// The provider's member code (`PROV-TELCO`).
    pub provider: String,
    /// The State where the provider is established or has its legal representative.
    pub provider_state: String,
    /// The issuing authority's file number.
    pub file_reference: String,
    /// The offence, as the file qualifies it.
    pub offence: String,
    /// Maximum custodial sentence of the offence, in years.
    pub max_penalty_years: String,
    /// A terrorist offence (Directive (EU) 2017/541, Art. 3–12).
    pub terrorism: String,
    pub targets: Vec<RawIdentifier>,
    pub categories: Vec<String>,
    /// The period the data are asked for.
    pub from: String,
    pub to: String,
    /// Why the data are necessary and the order proportionate.
    pub necessity: String,
    /// The provider must not tell the user.
    pub confidential: String,
    /// The offence was committed, and the person lives, in the issuing State (e-Evidence,
    /// Art. 8: then no notification).
    pub domestic: String,
    /// The decision granting the mutual assistance request, for an order under it.
    pub mla_reference: String,
    /// The issuer's capacity.
    pub capacity: String,
    /// The provider's language for the certificate (`fr`, `en`…).
    pub language: String,
}

/// An order, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderData {
    pub framework: Framework,
    pub order_type: OrderType,
    pub urgency: Urgency,
    pub provider: String,
    pub provider_state: Country,
    pub issuing_state: Country,
    pub file_reference: String,
    pub offence: String,
    pub max_penalty_years: u32,
    pub terrorism: bool,
    pub targets: Vec<Identifier>,
    pub categories: Vec<Category>,
    pub from: Date,
    pub to: Date,
    pub necessity: String,
    pub confidential: bool,
    pub domestic: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mla_reference: Option<String>,
    pub capacity: Capacity,
    pub language: String,
}

/// The languages a certificate can be printed in.
pub const LANGUAGES: &[&str] = &["en", "fr", "es", "nl", "ar"];

fn flag(errs: &mut Errors, field: &str, raw: &str, default: bool) -> bool {
    match raw.trim() {
        "" => default,
        s => match validate::yes_no(s) {
            Ok(v) => v,
            Err(_) => {
                errs.push(field, format!("'{s}' is not yes or no"));
                default
            }
        },
    }
}

impl OrderData {
    /// Validates an order for `issuing_state`. Every error names its field. The legal rules
    /// ([`check_rules`]) are checked too, as far as the order alone decides them.
    pub fn validate(raw: &RawOrder, ctx: &ValidationContext) -> Result<Self, Vec<FieldError>> {
        let mut errs = Errors::default();
        let framework = errs.take("framework", Framework::parse(&raw.framework));
        let order_type = errs.take("order_type", OrderType::parse(&raw.order_type));
        let urgency = match raw.urgency.trim() {
            "" => Some(Urgency::Standard),
            s => errs.take("urgency", Urgency::parse(s)),
        };
        let provider = errs.take(
            "provider",
            validate::required_text(&raw.provider, 64).and_then(|p| {
                if p.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
                {
                    Ok(p)
                } else {
                    Err(format!("'{p}' is not a member code (like PROV-TELCO)"))
                }
            }),
        );
        let provider_state = errs.take("provider_state", Country::parse(&raw.provider_state));
        let file_reference = errs.take(
            "file_reference",
            validate::required_text(&raw.file_reference, MAX_NAME),
        );
        let offence = errs.take("offence", validate::required_text(&raw.offence, MAX_NAME));
        let max_penalty_years = match raw.max_penalty_years.trim() {
            "" => {
                errs.push("max_penalty_years", "is required");
                None
            }
            s => match s.parse::<u32>() {
                Ok(n) if n <= 99 => Some(n),
                _ => {
                    errs.push(
                        "max_penalty_years",
                        format!("'{s}' is not a number of years (0 to 99)"),
                    );
                    None
                }
            },
        };
        let terrorism = flag(&mut errs, "terrorism", &raw.terrorism, true);
        let confidential = flag(&mut errs, "confidential", &raw.confidential, true);
        let domestic = flag(&mut errs, "domestic", &raw.domestic, false);
        let capacity = errs.take("capacity", Capacity::parse(&raw.capacity));
        let language = match raw.language.trim() {
            "" => Some("en".to_string()),
            l if LANGUAGES.contains(&l) => Some(l.to_string()),
            l => {
                errs.push(
                    "language",
                    format!("'{l}' is not one of {}", LANGUAGES.join(", ")),
                );
                None
            }
        };
        let necessity = errs.take(
            "necessity",
            validate::required_text(&raw.necessity, MAX_STATEMENT),
        );
        let mla_reference = errs
            .take(
                "mla_reference",
                validate::text(&raw.mla_reference, MAX_NAME),
            )
            .flatten();

        let mut targets = Vec::new();
        if raw.targets.is_empty() {
            errs.push("targets", "at least one target identifier is required");
        }
        if raw.targets.len() > MAX_TARGETS {
            errs.push(
                "targets",
                format!(
                    "has too many entries ({}, at most {MAX_TARGETS})",
                    raw.targets.len()
                ),
            );
        }
        for (i, t) in raw.targets.iter().take(MAX_TARGETS).enumerate() {
            match Identifier::parse(t, ctx) {
                Ok(id) => targets.push(id),
                Err(e) => errs.extend_under(&format!("targets[{i}]"), e),
            }
        }
        let mut categories = Vec::new();
        if raw.categories.is_empty() {
            errs.push("categories", "at least one category of data is required");
        }
        for (i, c) in raw.categories.iter().take(MAX_LIST).enumerate() {
            if let Some(c) = errs.take(&format!("categories[{i}]"), Category::parse(c))
                && !categories.contains(&c)
            {
                categories.push(c);
            }
        }
        categories.sort_by_key(|c| Category::ALL.iter().position(|x| x == c));
        let from = errs.take("from", parse_full_date(&raw.from));
        let to = errs.take("to", parse_full_date(&raw.to));
        if let (Some(f), Some(t)) = (from, to)
            && t < f
        {
            errs.push("to", format!("is before the start of the period {f}"));
        }
        if let Some(t) = to
            && t > ctx.today
        {
            errs.push(
                "to",
                format!("'{t}' is in the future: an order asks for data that exist"),
            );
        }
        let order = errs.finish(|| {
            Some(OrderData {
                framework: framework?,
                order_type: order_type?,
                urgency: urgency?,
                provider: provider?,
                provider_state: provider_state?,
                issuing_state: ctx.default_region.clone(),
                file_reference: file_reference?,
                offence: offence?,
                max_penalty_years: max_penalty_years?,
                terrorism,
                targets,
                categories,
                from: from?,
                to: to?,
                necessity: necessity?,
                confidential,
                domestic,
                mla_reference,
                capacity: capacity?,
                language: language?,
            })
        })?;
        // What a judge's validation would allow is allowed in a draft: the validation is
        // then required before it is sent (`needs_judge`).
        check_rules(&order, Some(Capacity::Judge), ctx.today)?;
        Ok(order)
    }

    /// Whether the order needs a judge (its issuer, or its validator) under its framework.
    pub fn needs_judge(&self) -> bool {
        self.capacity != Capacity::Judge
            && self
                .categories
                .iter()
                .any(|c| needs_judge(self.framework, self.order_type, *c))
    }

    /// How long the provider has to answer, from receipt.
    pub fn response_period(&self) -> Duration {
        match (self.urgency, self.framework) {
            (Urgency::Emergency, _) => EMERGENCY_PERIOD,
            (Urgency::Standard, Framework::Budapest) => BUDAPEST_PERIOD,
            (Urgency::Standard, _) => STANDARD_PERIOD,
        }
    }

    /// Whether a second person must validate the order before it is sent: always, except an
    /// emergency production order for subscriber or identification data only, which may be
    /// validated within [`POST_VALIDATION_WITHIN`] of being sent.
    pub fn needs_prior_validation(&self) -> bool {
        !(self.urgency == Urgency::Emergency
            && self.order_type == OrderType::Production
            && self
                .categories
                .iter()
                .all(|c| matches!(c, Category::Subscriber | Category::Identification)))
    }

    /// Whether the provider's State must be notified (e-Evidence, Art. 8): production of
    /// traffic or content data, unless the offence was committed, and the person lives, in
    /// the issuing State.
    pub fn notification_required(&self) -> bool {
        self.framework == Framework::EEvidence
            && self.order_type == OrderType::Production
            && self
                .categories
                .iter()
                .any(|c| matches!(c, Category::Traffic | Category::Content))
            && !self.domestic
    }
}

/// Why a category may not be ordered by a prosecutor alone under `framework`, if it may not.
fn needs_judge(framework: Framework, order_type: OrderType, c: Category) -> bool {
    order_type == OrderType::Production
        && match framework {
            Framework::EEvidence | Framework::National => {
                matches!(c, Category::Traffic | Category::Content)
            }
            Framework::Mla => c == Category::Content,
            // Only subscriber data, which needs no judge; the rest is refused outright.
            Framework::Budapest => false,
        }
}

/// The rules of the order's framework. `validator` is the capacity of the person who
/// validated it, if someone did; `today` the day it is issued (or checked).
pub fn check_rules(
    o: &OrderData,
    validator: Option<Capacity>,
    today: Date,
) -> Result<(), Vec<FieldError>> {
    let mut errs = Errors::default();
    let judge = o.capacity == Capacity::Judge || validator == Some(Capacity::Judge);
    let issuing = o.issuing_state.as_str();
    let provider = o.provider_state.as_str();
    match o.framework {
        Framework::EEvidence => {
            for (field, state) in [("issuing_state", issuing), ("provider_state", provider)] {
                if !E_EVIDENCE_STATES.contains(&state) {
                    errs.push(
                        field,
                        format!(
                            "{state} is not bound by the e-Evidence Regulation (the EU Member States but Denmark)"
                        ),
                    );
                }
            }
            if issuing == provider {
                errs.push(
                    "provider_state",
                    format!(
                        "is the issuing State {issuing}: the e-Evidence Regulation is for providers in another Member State; use national law"
                    ),
                );
            }
            if today < E_EVIDENCE_FROM {
                errs.push(
                    "framework",
                    format!("the e-Evidence Regulation applies from {E_EVIDENCE_FROM}"),
                );
            }
            if o.order_type == OrderType::Production
                && o.categories
                    .iter()
                    .any(|c| matches!(c, Category::Traffic | Category::Content))
                && o.max_penalty_years < 3
                && !o.terrorism
            {
                errs.push(
                    "max_penalty_years",
                    "traffic and content data may be ordered under e-Evidence only for offences punishable by at least 3 years, or terrorist offences (Art. 5(4))",
                );
            }
        }
        Framework::Budapest => {
            if o.order_type == OrderType::Production {
                for (i, c) in o.categories.iter().enumerate() {
                    if *c != Category::Subscriber {
                        errs.push(
                            &format!("categories[{i}]"),
                            format!(
                                "{c} data cannot be ordered directly from a provider under the Second Protocol, which allows subscriber information only (Art. 7); ask through mutual assistance"
                            ),
                        );
                    }
                }
            }
            if o.urgency == Urgency::Emergency {
                errs.push(
                    "urgency",
                    "the Second Protocol has no emergency order to providers: emergency disclosure goes authority to authority (Art. 9-10)",
                );
            }
            if issuing == provider {
                errs.push(
                    "provider_state",
                    format!(
                        "is the issuing State {issuing}: the Second Protocol is for providers in another Party; use national law"
                    ),
                );
            }
        }
        Framework::Mla => {
            if o.mla_reference.is_none() {
                errs.push(
                    "mla_reference",
                    "is required: an order under mutual assistance executes a request the provider's State granted",
                );
            }
        }
        Framework::National => {
            if issuing != provider {
                errs.push(
                    "provider_state",
                    format!(
                        "is {provider}, not the issuing State {issuing}: national law reaches providers established in the issuing State"
                    ),
                );
            }
        }
    }
    if !judge {
        for (i, c) in o.categories.iter().enumerate() {
            if needs_judge(o.framework, o.order_type, *c) {
                errs.push(
                    &format!("categories[{i}]"),
                    format!(
                        "{c} data need an order issued or validated by a judge under {}; a prosecutor may order subscriber and identification data",
                        o.framework
                    ),
                );
            }
        }
    }
    if errs.is_empty() {
        Ok(())
    } else {
        Err(errs.into_vec())
    }
}

/// Someone who issued or validated an order, as the order states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    pub capacity: Capacity,
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// The order as its authority signs and sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderDocument {
    /// The order's id (the letter's id when it is sent).
    pub id: String,
    /// The issuing authority's code.
    pub issuer: String,
    /// The authority's own reference of the order.
    pub reference: String,
    pub order: OrderData,
    pub issued_by: Signatory,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validated_by: Option<Signatory>,
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: OffsetDateTime,
    /// A provider refuses the order once this has passed without it being received.
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
}

impl OrderDocument {
    /// When an order issued at `at` stops being valid if nobody received it: its response
    /// period after issue.
    pub fn expiry(order: &OrderData, at: OffsetDateTime) -> OffsetDateTime {
        at + order.response_period()
    }
}

/// Why a provider refuses an order. Each has a short code (for the log and the API) and a
/// reason in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    pub code: &'static str,
    pub reason: String,
}

/// What the provider knows when it checks an order.
#[derive(Debug, Clone)]
pub struct Receipt<'a> {
    /// The provider's own member code.
    pub me: &'a str,
    /// The signer is an authority of the directory (not a provider, not revoked): the
    /// signature itself was checked when the letter was opened.
    pub signer_is_authority: bool,
    /// The letter's sender (who signed it).
    pub signer: &'a str,
    pub now: OffsetDateTime,
    /// When the same order id was received before, if it was.
    pub seen_before: Option<OffsetDateTime>,
}

/// The provider's checks (SPEC §6): signed by an authority of the directory, addressed to
/// this provider, validated where the rules want it, the categories allowed to the issuer
/// under the framework, not expired, not replayed. Empty: the order is good to answer.
pub fn verify(doc: &OrderDocument, r: &Receipt<'_>) -> Vec<Refusal> {
    let mut out = Vec::new();
    let mut refuse = |code: &'static str, reason: String| out.push(Refusal { code, reason });
    if !r.signer_is_authority {
        refuse(
            "signer_not_authority",
            format!(
                "it is signed by {}, which is not a prosecution authority of the directory",
                r.signer
            ),
        );
    }
    if doc.issuer != r.signer {
        refuse(
            "issuer_mismatch",
            format!(
                "it names {} as issuer but was signed by {}",
                doc.issuer, r.signer
            ),
        );
    }
    if doc.order.provider != r.me {
        refuse(
            "not_for_me",
            format!("it is addressed to {}, not to {}", doc.order.provider, r.me),
        );
    }
    if let Some(at) = r.seen_before {
        refuse(
            "replayed",
            format!(
                "this order ({}) was already received on {at}: a second copy is not a new order",
                doc.id
            ),
        );
    }
    if r.now > doc.expires_at {
        refuse(
            "expired",
            format!(
                "it expired on {} (issued {}, to be received within its response period)",
                doc.expires_at, doc.issued_at
            ),
        );
    }
    if doc.order.needs_prior_validation() && doc.validated_by.is_none() {
        refuse(
            "not_validated",
            "it needs validation by a second person before it is sent, and none is recorded".into(),
        );
    }
    if let Some(v) = &doc.validated_by
        && v.name == doc.issued_by.name
    {
        refuse(
            "validated_by_issuer",
            format!(
                "it was validated by its own issuer ({}): validation is by a second person",
                v.name
            ),
        );
    }
    if let Err(errors) = check_rules(
        &doc.order,
        doc.validated_by.as_ref().map(|v| v.capacity),
        doc.issued_at.date(),
    ) {
        for e in errors {
            refuse("not_allowed", format!("{}: {}", e.field, e.reason));
        }
    }
    if doc.order.capacity != doc.issued_by.capacity {
        refuse(
            "capacity_mismatch",
            format!(
                "the order says it is issued by a {}, its signatory is a {}",
                doc.order.capacity, doc.issued_by.capacity
            ),
        );
    }
    out
}

/// A step of an order's life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Validate,
    Send,
    Receive,
    Acknowledge,
    Fulfil,
    Object,
    Close,
    Withdraw,
}

impl OrderStatus {
    /// The status after `step`, if the step is allowed now. A validation after sending (the
    /// emergency track) leaves the status as it is.
    pub fn after(self, step: Step, needs_prior_validation: bool) -> Result<OrderStatus, String> {
        use OrderStatus::*;
        let next = match (self, step) {
            (Draft, Step::Validate) => Validated,
            (Sent | Received | Acknowledged | Fulfilled | Objected, Step::Validate)
                if !needs_prior_validation =>
            {
                self
            }
            (Validated, Step::Send) => Sent,
            (Draft, Step::Send) if !needs_prior_validation => Sent,
            (Draft, Step::Send) => {
                return Err("it must be validated by a second person before it is sent".to_string());
            }
            (Sent, Step::Receive) => Received,
            (Received, Step::Acknowledge) => Acknowledged,
            (Received | Acknowledged, Step::Fulfil) => Fulfilled,
            (Received | Acknowledged, Step::Object) => Objected,
            (Fulfilled | Objected, Step::Close) => Closed,
            (Draft | Validated | Sent | Received | Acknowledged, Step::Withdraw) => Withdrawn,
            (s, step) => {
                return Err(format!(
                    "an order that is {s} cannot be {}",
                    match step {
                        Step::Validate => "validated",
                        Step::Send => "sent",
                        Step::Receive => "received",
                        Step::Acknowledge => "acknowledged",
                        Step::Fulfil => "fulfilled",
                        Step::Object => "objected to",
                        Step::Close => "closed",
                        Step::Withdraw => "withdrawn",
                    }
                ));
            }
        };
        Ok(next)
    }

    /// Still waiting for the provider's answer.
    pub fn awaits_answer(self) -> bool {
        matches!(
            self,
            OrderStatus::Sent | OrderStatus::Received | OrderStatus::Acknowledged
        )
    }
}

/// Where an order stands against its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Timing {
    /// Not received yet: the clock has not started.
    NotStarted,
    /// Time left before the deadline.
    Left(Duration),
    /// Past the deadline without an answer.
    Overdue(Duration),
    /// Answered this long before the deadline.
    AnsweredOnTime(Duration),
    /// Answered this long after the deadline.
    AnsweredLate(Duration),
}

/// The deadline of an order received at `received_at`.
pub fn deadline(order: &OrderData, received_at: OffsetDateTime) -> OffsetDateTime {
    received_at + order.response_period()
}

/// The order's timing at `now`: `answered_at` is when it was fulfilled or objected to.
pub fn timing(
    order: &OrderData,
    received_at: Option<OffsetDateTime>,
    answered_at: Option<OffsetDateTime>,
    now: OffsetDateTime,
) -> Timing {
    let Some(received) = received_at else {
        return Timing::NotStarted;
    };
    let due = deadline(order, received);
    match answered_at {
        Some(a) if a <= due => Timing::AnsweredOnTime(due - a),
        Some(a) => Timing::AnsweredLate(a - due),
        None if now <= due => Timing::Left(due - now),
        None => Timing::Overdue(now - due),
    }
}

/// Until when a provider keeps the data of a preservation order received at `received_at`:
/// [`PRESERVATION_PERIOD`], and [`PRESERVATION_EXTENSION`] more once extended.
pub fn preserved_until(received_at: OffsetDateTime, extended: bool) -> OffsetDateTime {
    received_at
        + PRESERVATION_PERIOD
        + if extended {
            PRESERVATION_EXTENSION
        } else {
            Duration::ZERO
        }
}

/// Whether a preservation order may be extended at `now`: once, before its period ends.
pub fn may_extend(
    order: &OrderData,
    received_at: Option<OffsetDateTime>,
    extended: bool,
    now: OffsetDateTime,
) -> Result<(), String> {
    if order.order_type != OrderType::Preservation {
        return Err("only a preservation order is extended".into());
    }
    if extended {
        return Err("a preservation order is extended once only".into());
    }
    let Some(received) = received_at else {
        return Err("the provider has not received it yet".into());
    };
    let until = preserved_until(received, false);
    if now > until {
        return Err(format!("its preservation period ended on {until}"));
    }
    Ok(())
}

/// Whether an order sent at `sent_at` without validation must now be withdrawn: no
/// validation came within [`POST_VALIDATION_WITHIN`].
pub fn post_validation_missed(
    order: &OrderData,
    sent_at: OffsetDateTime,
    validated: bool,
    now: OffsetDateTime,
) -> bool {
    !order.needs_prior_validation() && !validated && now > sent_at + POST_VALIDATION_WITHIN
}

#[cfg(test)]
mod tests;
