//! The case data model of SPEC §3.
//!
//! Three layers, one per trust level:
//! - `Raw*`: what a file, a form or an API call proposes — plain strings, nothing checked;
//! - `*Data` and [`CaseDraft`]: validated and normalised, ready to store;
//! - [`StoredCase`], [`CaseSummary`]: what the database holds, with keys and versions.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{Date, OffsetDateTime};

use crate::date::{PartialDate, parse_full_date};
use crate::ids::{AuthorityCode, CaseId, CaseRef, Country, SubjectRef, Username};
use crate::validate::{self, Errors, FieldError, MAX_NAME, MAX_TEXT};

text_enum!(
    /// Where a case stands in the proceedings (SPEC §3). Retention depends on it (SPEC §7).
    Stage, "stage" {
        Investigation = "investigation" | "enquete" | "instruction",
        Prosecution = "prosecution",
        Trial = "trial",
        FinalJudgment = "final_judgment" | "judgment" | "conviction",
        Acquittal = "acquittal",
        /// Decision not to prosecute (dismissal, classement sans suite, sobreseimiento).
        NotProsecuted = "not_prosecuted" | "dismissed",
    }
);

text_enum!(
    /// Whether the case is still worked on. A closed case leaves the hub (SPEC §7).
    CaseStatus, "status" {
        Open = "open",
        Closed = "closed",
    }
);

text_enum!(
    /// Type of terrorism, in Europol's TE-SAT categories.
    TerrorismType, "terrorism type" {
        Jihadist = "jihadist" | "religiously_inspired",
        EthnoNationalistSeparatist = "ethno_nationalist_separatist" | "separatist",
        LeftWingAnarchist = "left_wing_anarchist" | "left_wing" | "anarchist",
        RightWing = "right_wing",
        SingleIssue = "single_issue",
        Other = "other",
        Unspecified = "unspecified",
    }
);

text_enum!(
    /// Sex as recorded in identity documents: F, M, or X (unspecified / unknown).
    Sex, "sex" {
        Female = "f" | "female" | "femme" | "mujer" | "vrouw",
        Male = "m" | "male" | "homme" | "hombre" | "man",
        Unknown = "x" | "u" | "unknown" | "",
    }
);

text_enum!(
    /// Kind of a typed identifier (SPEC §3). The hub later compares identifiers only within a kind.
    IdentifierKind, "identifier type" {
        Phone = "phone" | "telephone" | "mobile",
        Email = "email" | "e_mail",
        IdentityDocument = "identity_document" | "document",
        Iban = "iban",
        Imei = "imei",
        Imsi = "imsi",
        IpAddress = "ip_address" | "ip",
        CryptoAddress = "crypto_address" | "crypto" | "wallet",
        SocialMedia = "social_media" | "social",
        VehiclePlate = "vehicle_plate" | "plate",
        Domain = "domain",
    }
);

text_enum!(
    /// Type of identity document.
    DocumentType, "document type" {
        Passport = "passport" | "passeport" | "pasaporte" | "paspoort",
        NationalId = "national_id" | "id_card" | "cni" | "dni" | "cnie" | "eid",
        ResidencePermit = "residence_permit" | "titre_de_sejour" | "nie",
        DrivingLicence = "driving_licence" | "driving_license" | "permis",
        Other = "other",
    }
);

/// A validated, normalised identifier. `value` is the canonical text that the node will later
/// encode: the same real identifier written in different national habits gives the same value.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Identifier {
    pub kind: IdentifierKind,
    pub value: String,
}

/// Context for validation: where the data comes from and what day it is.
#[derive(Debug, Clone)]
pub struct ValidationContext {
    /// Region for phone numbers written without a country code (the authority's country).
    pub default_region: Country,
    /// Today, to refuse dates of birth in the future and review dates too far ahead.
    pub today: Date,
    /// The longest time this authority allows between two reviews of a case, in years
    /// (SPEC §7: at most [`REVIEW_INTERVAL_YEARS`]; an authority may ask for less).
    pub review_every_years: i32,
}

impl ValidationContext {
    /// A context with the longest review interval the specification allows.
    pub fn new(default_region: Country, today: Date) -> Self {
        ValidationContext {
            default_region,
            today,
            review_every_years: REVIEW_INTERVAL_YEARS,
        }
    }

    /// Sets the authority's review interval; refuses one outside 1 to
    /// [`REVIEW_INTERVAL_YEARS`] years.
    pub fn review_every(mut self, years: i32) -> Result<Self, String> {
        if !(1..=REVIEW_INTERVAL_YEARS).contains(&years) {
            return Err(format!(
                "must be from 1 to {REVIEW_INTERVAL_YEARS} years (SPEC §7: a case is reviewed at least every {REVIEW_INTERVAL_YEARS} years); it was {years}"
            ));
        }
        self.review_every_years = years;
        Ok(self)
    }
}

impl Identifier {
    /// Validates and normalises an identifier from its raw parts.
    ///
    /// `qualifier` is the document's issuing country or the plate's country (`country`), and
    /// `platform` the social-media platform. Errors name the part that is wrong.
    pub fn parse(raw: &RawIdentifier, ctx: &ValidationContext) -> Result<Self, Vec<FieldError>> {
        use malines_names::ident;

        let mut errs = Errors::default();
        let Some(kind) = errs.take("type", IdentifierKind::parse(&raw.kind)) else {
            return Err(errs.into_vec());
        };
        let value = raw.value.trim();
        if value.is_empty() {
            errs.push("value", "is required");
            return Err(errs.into_vec());
        }
        let need = |errs: &mut Errors, field: &str, v: &Option<String>| -> Option<String> {
            match v.as_deref().map(str::trim) {
                Some(s) if !s.is_empty() => Some(s.to_string()),
                _ => {
                    errs.push(field, format!("is required for a {kind} identifier"));
                    None
                }
            }
        };
        let normalised = match kind {
            IdentifierKind::Phone => {
                errs.take("value", ident::phone(value, ctx.default_region.as_str()))
            }
            IdentifierKind::Email => errs.take("value", ident::email(value)),
            IdentifierKind::Iban => errs.take("value", ident::iban(value)),
            IdentifierKind::Imei => errs.take("value", ident::imei(value)),
            IdentifierKind::Imsi => errs.take("value", ident::imsi(value)),
            IdentifierKind::IpAddress => errs.take("value", ident::ip(value)),
            IdentifierKind::CryptoAddress => errs.take("value", ident::crypto_address(value)),
            IdentifierKind::Domain => errs.take("value", ident::domain(value)),
            IdentifierKind::SocialMedia => need(&mut errs, "platform", &raw.platform)
                .and_then(|p| errs.take("value", ident::social_account(&p, value))),
            IdentifierKind::VehiclePlate => need(&mut errs, "country", &raw.country)
                .and_then(|c| errs.take("value", ident::vehicle_plate(&c, value))),
            IdentifierKind::IdentityDocument => {
                let doc_type = need(&mut errs, "doc_type", &raw.doc_type)
                    .and_then(|t| errs.take("doc_type", DocumentType::parse(&t)));
                let country = need(&mut errs, "country", &raw.country)
                    .and_then(|c| errs.take("country", Country::parse(&c)));
                let number = errs.take("value", ident::document_number(value));
                match (doc_type, country, number) {
                    // Issuing country first: numbers are unique per issuing State and type.
                    (Some(t), Some(c), Some(n)) => Some(format!("{c}:{t}:{n}")),
                    _ => None,
                }
            }
        };
        errs.finish(|| normalised.map(|value| Identifier { kind, value }))
    }
}

/// An identifier as proposed by a file or a form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIdentifier {
    /// The identifier type (`phone`, `iban`, …).
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    /// Document type, for identity documents.
    #[serde(default)]
    pub doc_type: Option<String>,
    /// Issuing country (documents) or registration country (vehicle plates).
    #[serde(default)]
    pub country: Option<String>,
    /// Platform, for social-media accounts.
    #[serde(default)]
    pub platform: Option<String>,
    /// The person or organisation it belongs to (its `ref` in the case), if any.
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default = "yes", deserialize_with = "shared_flag")]
    pub shared: bool,
}

fn yes() -> bool {
    true
}

/// `shared` as a JSON boolean or as the words the CSV format accepts (yes/no, oui/non, …).
fn shared_flag<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Flag {
        Bool(bool),
        Text(String),
    }
    match Flag::deserialize(d)? {
        Flag::Bool(b) => Ok(b),
        Flag::Text(t) => crate::validate::yes_no(&t).map_err(serde::de::Error::custom),
    }
}

/// A person as proposed by a file or a form. `I` is the type of its nested identifiers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPerson<I = RawIdentifier> {
    #[serde(default, rename = "ref")]
    pub subject_ref: Option<String>,
    #[serde(default)]
    pub family_names: String,
    #[serde(default)]
    pub given_names: String,
    /// The name in its original script (e.g. Arabic), as written in that script.
    #[serde(default)]
    pub original_script_name: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub birth_date: Option<String>,
    #[serde(default)]
    pub place_of_birth: Option<String>,
    #[serde(default)]
    pub nationalities: Vec<String>,
    #[serde(default)]
    pub sex: Option<String>,
    #[serde(default)]
    pub residence: Option<String>,
    #[serde(default = "yes", deserialize_with = "shared_flag")]
    pub shared: bool,
    /// Identifiers that belong to this person.
    #[serde(default = "Vec::new")]
    pub identifiers: Vec<I>,
}

/// An organisation as proposed by a file or a form. `I` is the type of its nested identifiers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrganisation<I = RawIdentifier> {
    #[serde(default, rename = "ref")]
    pub subject_ref: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default = "yes", deserialize_with = "shared_flag")]
    pub shared: bool,
    #[serde(default = "Vec::new")]
    pub identifiers: Vec<I>,
}

/// A case as proposed by a file or a form, with its subjects and identifiers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCase<P = RawPerson, O = RawOrganisation, I = RawIdentifier> {
    pub reference: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub offences: Vec<String>,
    #[serde(default)]
    pub legal_qualification: Option<String>,
    #[serde(default)]
    pub terrorism_type: Option<String>,
    #[serde(default)]
    pub group_affiliation: Option<String>,
    #[serde(default)]
    pub stage: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub opened_on: String,
    #[serde(default)]
    pub review_due: Option<String>,
    /// Date of the final judgment, the acquittal or the decision not to prosecute: when the
    /// retention period starts (SPEC §7).
    #[serde(default)]
    pub decided_on: Option<String>,
    #[serde(default)]
    pub team: Vec<String>,
    #[serde(default = "Vec::new")]
    pub persons: Vec<P>,
    #[serde(default = "Vec::new")]
    pub organisations: Vec<O>,
    /// Identifiers of the case not tied to a subject (or tied through their `subject`).
    #[serde(default = "Vec::new")]
    pub identifiers: Vec<I>,
}

/// The case's own fields, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseData {
    pub reference: CaseRef,
    pub title: String,
    pub offences: Vec<String>,
    pub legal_qualification: Option<String>,
    pub terrorism_type: TerrorismType,
    pub group_affiliation: Option<String>,
    pub stage: Stage,
    pub status: CaseStatus,
    pub opened_on: Date,
    pub review_due: Date,
    /// Date of the decision that ends the proceedings (final judgment, acquittal, decision
    /// not to prosecute); the retention period runs from it. Left out of the content hash
    /// when absent, so cases stored before it existed keep their hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<Date>,
    /// Users with need-to-know access (SPEC §7).
    pub team: Vec<Username>,
}

/// A person, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonData {
    pub subject_ref: SubjectRef,
    pub family_names: Option<String>,
    pub given_names: Option<String>,
    pub original_script_name: Option<String>,
    pub aliases: Vec<String>,
    pub birth_date: Option<PartialDate>,
    pub place_of_birth: Option<String>,
    pub nationalities: Vec<Country>,
    pub sex: Sex,
    pub residence: Option<String>,
    pub shared: bool,
}

/// An organisation, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrganisationData {
    pub subject_ref: SubjectRef,
    pub name: String,
    pub aliases: Vec<String>,
    pub shared: bool,
}

/// An identifier of a case, validated, with the subject it belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentifierData {
    pub subject: Option<SubjectRef>,
    pub identifier: Identifier,
    pub shared: bool,
}

/// A whole case, validated: what an import or an edit writes in one transaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseDraft {
    pub case: CaseData,
    pub persons: Vec<PersonData>,
    pub organisations: Vec<OrganisationData>,
    pub identifiers: Vec<IdentifierData>,
}

/// Longest time between reviews (SPEC §7: at least every 3 years). An authority may choose
/// less ([`ValidationContext::review_every`]).
pub const REVIEW_INTERVAL_YEARS: i32 = 3;

impl CaseDraft {
    /// Validates a whole case. Every error is returned, each naming its field by path
    /// (`persons[1].birth_date`).
    pub fn validate(raw: &RawCase, ctx: &ValidationContext) -> Result<Self, Vec<FieldError>> {
        let mut errs = Errors::default();
        let case = validate_case_fields(raw, ctx, &mut errs);

        // Subjects are known by their reference, explicit or by position (`P1`, `O2`).
        let person_refs: Vec<String> = raw
            .persons
            .iter()
            .enumerate()
            .map(|(i, p)| ref_text(&p.subject_ref, 'P', i))
            .collect();
        let org_refs: Vec<String> = raw
            .organisations
            .iter()
            .enumerate()
            .map(|(i, o)| ref_text(&o.subject_ref, 'O', i))
            .collect();
        let all_refs: Vec<(String, String)> = person_refs
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("persons[{i}].ref"), r.clone()))
            .chain(
                org_refs
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (format!("organisations[{i}].ref"), r.clone())),
            )
            .collect();
        for (i, (path, r)) in all_refs.iter().enumerate() {
            if all_refs.iter().take(i).any(|(_, earlier)| earlier == r) {
                errs.push(path, format!("'{r}' is used by two subjects of this case"));
            }
        }

        let mut persons = Vec::with_capacity(raw.persons.len());
        let mut identifiers = Vec::new();
        for (i, (p, r)) in raw.persons.iter().zip(&person_refs).enumerate() {
            let path = format!("persons[{i}]");
            match validate_person(p, r, ctx) {
                Ok(person) => persons.push(person),
                Err(e) => errs.extend_under(&path, e),
            }
            for (j, id) in p.identifiers.iter().enumerate() {
                let mut id = id.clone();
                id.subject = Some(r.clone());
                push_identifier(
                    &mut identifiers,
                    &mut errs,
                    &id,
                    &format!("{path}.identifiers[{j}]"),
                    ctx,
                );
            }
        }
        let mut organisations = Vec::with_capacity(raw.organisations.len());
        for (i, (o, r)) in raw.organisations.iter().zip(&org_refs).enumerate() {
            let path = format!("organisations[{i}]");
            match validate_organisation(o, r) {
                Ok(org) => organisations.push(org),
                Err(e) => errs.extend_under(&path, e),
            }
            for (j, id) in o.identifiers.iter().enumerate() {
                let mut id = id.clone();
                id.subject = Some(r.clone());
                push_identifier(
                    &mut identifiers,
                    &mut errs,
                    &id,
                    &format!("{path}.identifiers[{j}]"),
                    ctx,
                );
            }
        }
        for (j, id) in raw.identifiers.iter().enumerate() {
            let path = format!("identifiers[{j}]");
            if let Some(s) = id
                .subject
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                && !all_refs.iter().any(|(_, r)| r == s)
            {
                errs.push(
                    &format!("{path}.subject"),
                    format!("'{s}' is not a person or organisation of this case"),
                );
                continue;
            }
            push_identifier(&mut identifiers, &mut errs, id, &path, ctx);
        }

        // What belongs to a subject kept at the node stays at the node too.
        for id in &mut identifiers {
            if let Some(s) = &id.subject {
                let subject_shared = persons
                    .iter()
                    .find(|p| &p.subject_ref == s)
                    .map(|p| p.shared)
                    .or_else(|| {
                        organisations
                            .iter()
                            .find(|o| &o.subject_ref == s)
                            .map(|o| o.shared)
                    })
                    .unwrap_or(true);
                id.shared &= subject_shared;
            }
        }

        errs.finish(|| {
            case.map(|case| CaseDraft {
                case,
                persons,
                organisations,
                identifiers,
            })
        })
    }

    /// SHA-256 of the draft's canonical JSON. Equal drafts have equal hashes, so a re-import
    /// of unchanged data can be recognised and left alone.
    pub fn content_hash(&self) -> String {
        // Serialising plain structs of strings, dates and enums cannot fail; if it ever did,
        // an empty input still yields a hash that differs from every real draft's.
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        hex::encode(Sha256::digest(&bytes))
    }
}

fn validate_case_fields(
    raw: &RawCase,
    ctx: &ValidationContext,
    errs: &mut Errors,
) -> Option<CaseData> {
    let reference = errs.take("reference", CaseRef::parse(&raw.reference));
    let title = errs.take("title", validate::required_text(&raw.title, MAX_TEXT));
    let offences = errs.take("offences", validate::text_list(&raw.offences, MAX_TEXT));
    let legal_qualification = errs.take(
        "legal_qualification",
        opt_text(&raw.legal_qualification, MAX_TEXT),
    );
    let terrorism_type = errs.take(
        "terrorism_type",
        or_default(
            &raw.terrorism_type,
            TerrorismType::Unspecified,
            TerrorismType::parse,
        ),
    );
    let group_affiliation = errs.take(
        "group_affiliation",
        opt_text(&raw.group_affiliation, MAX_NAME),
    );
    let stage = errs.take(
        "stage",
        or_default(&raw.stage, Stage::Investigation, Stage::parse),
    );
    let status = errs.take(
        "status",
        or_default(&raw.status, CaseStatus::Open, CaseStatus::parse),
    );
    let opened_on = if raw.opened_on.trim().is_empty() {
        errs.push("opened_on", "is required");
        None
    } else {
        match errs.take("opened_on", parse_full_date(&raw.opened_on)) {
            Some(d) if d > ctx.today => {
                errs.push("opened_on", format!("'{d}' is in the future"));
                None
            }
            d => d,
        }
    };
    let review_due = match raw.review_due.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => errs.take("review_due", parse_full_date(s)),
        _ => opened_on.map(|d| add_years(d, ctx.review_every_years)),
    };
    if let (Some(o), Some(r)) = (opened_on, review_due)
        && r < o
    {
        errs.push("review_due", format!("is before the opening date {o}"));
    }
    let latest_review = add_years(ctx.today, ctx.review_every_years);
    if let Some(r) = review_due
        && r > latest_review
    {
        let every = match ctx.review_every_years {
            1 => "once a year".to_string(),
            n => format!("every {n} years"),
        };
        errs.push(
            "review_due",
            format!(
                "is after {latest_review}: a case is reviewed here at least {every}, so its next review is due by then; it was {r}"
            ),
        );
    }
    let decided_on = match raw.decided_on.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => match errs.take("decided_on", parse_full_date(s)) {
            Some(d) if d > ctx.today => {
                errs.push("decided_on", format!("'{d}' is in the future"));
                None
            }
            d => d,
        },
        _ => None,
    };
    if let (Some(d), Some(Ok(st))) = (decided_on, stage_value(raw))
        && !st.is_decided()
    {
        errs.push(
            "decided_on",
            format!(
                "is only for a final judgment, an acquittal or a decision not to prosecute (the stage is {st}); it was {d}"
            ),
        );
    }
    if let (Some(o), Some(d)) = (opened_on, decided_on)
        && d < o
    {
        errs.push("decided_on", format!("is before the opening date {o}"));
    }
    if raw.team.len() > validate::MAX_LIST {
        errs.push(
            "team",
            format!("has too many entries (at most {})", validate::MAX_LIST),
        );
    }
    let mut team = Vec::new();
    for (i, u) in raw.team.iter().enumerate().take(validate::MAX_LIST) {
        if let Some(u) = errs.take(&format!("team[{i}]"), Username::parse(u))
            && !team.contains(&u)
        {
            team.push(u);
        }
    }
    Some(CaseData {
        reference: reference?,
        title: title?,
        offences: offences?,
        legal_qualification: legal_qualification?,
        terrorism_type: terrorism_type?,
        group_affiliation: group_affiliation?,
        stage: stage?,
        status: status?,
        opened_on: opened_on?,
        review_due: review_due?,
        decided_on,
        team,
    })
}

fn stage_value(raw: &RawCase) -> Option<Result<Stage, String>> {
    match raw.stage.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => Some(Stage::parse(s)),
        _ => Some(Ok(Stage::Investigation)),
    }
}

impl Stage {
    /// Whether the proceedings are over: a final judgment, an acquittal or a decision not to
    /// prosecute. Retention runs from such a decision.
    pub fn is_decided(self) -> bool {
        matches!(
            self,
            Stage::FinalJudgment | Stage::Acquittal | Stage::NotProsecuted
        )
    }
}

/// How long a node keeps a case after the decision that ended it (SPEC §7; configurable per
/// authority).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retention {
    /// Years after a final judgment.
    pub after_judgment_years: i32,
    /// Years after an acquittal or a decision not to prosecute.
    pub after_acquittal_years: i32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            after_judgment_years: 5,
            after_acquittal_years: 2,
        }
    }
}

impl Retention {
    /// The last day a case may be kept, if its proceedings are over and the date of the
    /// decision is known.
    pub fn keep_until(&self, case: &CaseData) -> Option<Date> {
        let decided = case.decided_on?;
        match case.stage {
            Stage::FinalJudgment => Some(add_years(decided, self.after_judgment_years)),
            Stage::Acquittal | Stage::NotProsecuted => {
                Some(add_years(decided, self.after_acquittal_years))
            }
            _ => None,
        }
    }
}

fn validate_person(
    raw: &RawPerson,
    subject_ref: &str,
    ctx: &ValidationContext,
) -> Result<PersonData, Vec<FieldError>> {
    let mut errs = Errors::default();
    let subject_ref = errs.take("ref", SubjectRef::parse(subject_ref));
    let family_names = errs.take("family_names", validate::text(&raw.family_names, MAX_NAME));
    let given_names = errs.take("given_names", validate::text(&raw.given_names, MAX_NAME));
    let original = errs.take(
        "original_script_name",
        opt_text(&raw.original_script_name, MAX_NAME),
    );
    if matches!(
        (&family_names, &given_names, &original),
        (Some(None), Some(None), Some(None))
    ) {
        errs.push(
            "family_names",
            "a person needs a family name, a given name or a name in original script",
        );
    }
    let aliases = errs.take("aliases", validate::text_list(&raw.aliases, MAX_NAME));
    let birth_date = match raw.birth_date.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => match PartialDate::parse(s) {
            Ok(d) if d.earliest() > ctx.today => {
                errs.push("birth_date", format!("'{d}' is in the future"));
                None
            }
            Ok(d) => Some(Some(d)),
            Err(e) => {
                errs.push("birth_date", e);
                None
            }
        },
        _ => Some(None),
    };
    let place_of_birth = errs.take("place_of_birth", opt_text(&raw.place_of_birth, MAX_NAME));
    if raw.nationalities.len() > validate::MAX_LIST {
        errs.push(
            "nationalities",
            format!("has too many entries (at most {})", validate::MAX_LIST),
        );
    }
    let mut nationalities = Vec::new();
    for (i, n) in raw
        .nationalities
        .iter()
        .enumerate()
        .take(validate::MAX_LIST)
    {
        if n.trim().is_empty() {
            continue;
        }
        if let Some(c) = errs.take(&format!("nationalities[{i}]"), Country::parse(n))
            && !nationalities.contains(&c)
        {
            nationalities.push(c);
        }
    }
    let sex = errs.take("sex", Sex::parse(raw.sex.as_deref().unwrap_or("")));
    let residence = errs.take("residence", opt_text(&raw.residence, MAX_TEXT));
    errs.finish(|| {
        Some(PersonData {
            subject_ref: subject_ref?,
            family_names: family_names?,
            given_names: given_names?,
            original_script_name: original?,
            aliases: aliases?,
            birth_date: birth_date?,
            place_of_birth: place_of_birth?,
            nationalities,
            sex: sex?,
            residence: residence?,
            shared: raw.shared,
        })
    })
}

fn validate_organisation(
    raw: &RawOrganisation,
    subject_ref: &str,
) -> Result<OrganisationData, Vec<FieldError>> {
    let mut errs = Errors::default();
    let subject_ref = errs.take("ref", SubjectRef::parse(subject_ref));
    let name = errs.take("name", validate::required_text(&raw.name, MAX_NAME));
    let aliases = errs.take("aliases", validate::text_list(&raw.aliases, MAX_NAME));
    errs.finish(|| {
        Some(OrganisationData {
            subject_ref: subject_ref?,
            name: name?,
            aliases: aliases?,
            shared: raw.shared,
        })
    })
}

fn push_identifier(
    out: &mut Vec<IdentifierData>,
    errs: &mut Errors,
    raw: &RawIdentifier,
    path: &str,
    ctx: &ValidationContext,
) {
    let subject = match raw.subject.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => match SubjectRef::parse(s) {
            Ok(r) => Some(r),
            Err(e) => {
                errs.push(&format!("{path}.subject"), e);
                return;
            }
        },
        _ => None,
    };
    match Identifier::parse(raw, ctx) {
        Ok(identifier) => {
            // The same identifier twice in a case (say, typed in two spellings) is one
            // identifier, shared only if every mention allows it.
            if let Some(d) = out
                .iter_mut()
                .find(|d| d.identifier == identifier && d.subject == subject)
            {
                d.shared &= raw.shared;
            } else {
                out.push(IdentifierData {
                    subject,
                    identifier,
                    shared: raw.shared,
                });
            }
        }
        Err(e) => errs.extend_under(path, e),
    }
}

/// A subject's reference: the one given, or its position in the case (`P1`, `O2`).
fn ref_text(raw: &Option<String>, prefix: char, index: usize) -> String {
    match raw.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => format!("{prefix}{}", index + 1),
    }
}

/// Parses an optional field, taking `default` when it is absent or blank.
fn or_default<T>(
    raw: &Option<String>,
    default: T,
    parse: impl Fn(&str) -> Result<T, String>,
) -> Result<T, String> {
    match raw.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => parse(s),
        _ => Ok(default),
    }
}

fn opt_text(raw: &Option<String>, max: usize) -> Result<Option<String>, String> {
    raw.as_deref().map_or(Ok(None), |s| validate::text(s, max))
}

/// `d` plus `years`, with 29 February falling back to 28 February.
pub fn add_years(d: Date, years: i32) -> Date {
    let y = d.year() + years;
    Date::from_calendar_date(y, d.month(), d.day())
        .or_else(|_| Date::from_calendar_date(y, d.month(), 28))
        .unwrap_or(d)
}

/// A case as stored at its node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredCase {
    pub id: CaseId,
    pub authority: AuthorityCode,
    /// Incremented on every change of content; unchanged re-imports keep it.
    pub version: i64,
    pub content_hash: String,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub draft: CaseDraft,
}

/// One line of a case list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseSummary {
    pub id: CaseId,
    pub reference: CaseRef,
    pub title: String,
    pub stage: Stage,
    pub status: CaseStatus,
    pub opened_on: Date,
    pub review_due: Date,
    pub persons: i64,
    pub organisations: i64,
    pub identifiers: i64,
    pub version: i64,
    /// SHA-256 of the case's content ([`CaseDraft::content_hash`]).
    pub content_hash: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn ctx() -> ValidationContext {
        ValidationContext::new(Country::parse("MA").unwrap(), date!(2026 - 11 - 29))
    }

    #[test]
    fn a_decision_date_belongs_to_a_decided_stage_and_starts_the_retention() {
        let mut raw = raw_case();
        raw.decided_on = Some("2026-01-10".into());
        let errs = CaseDraft::validate(&raw, &ctx()).unwrap_err();
        assert!(
            errs.iter()
                .any(|e| e.field == "decided_on" && e.reason.contains("only for"))
        );
        raw.stage = Some("acquittal".into());
        let d = CaseDraft::validate(&raw, &ctx()).unwrap();
        let r = Retention::default();
        assert_eq!(r.keep_until(&d.case), Some(date!(2028 - 01 - 10)));
        raw.stage = Some("final_judgment".into());
        let d = CaseDraft::validate(&raw, &ctx()).unwrap();
        assert_eq!(r.keep_until(&d.case), Some(date!(2031 - 01 - 10)));
        raw.decided_on = Some("2020-01-01".into());
        let errs = CaseDraft::validate(&raw, &ctx()).unwrap_err();
        assert!(
            errs.iter()
                .any(|e| e.field == "decided_on" && e.reason.contains("before the opening"))
        );
        // Without a decision date, nothing starts.
        raw.decided_on = None;
        let d = CaseDraft::validate(&raw, &ctx()).unwrap();
        assert_eq!(r.keep_until(&d.case), None);
    }

    #[test]
    fn reviews_are_at_most_the_authority_s_interval_apart() {
        let mut raw = raw_case();
        // By default the next review is due three years after the opening.
        let d = CaseDraft::validate(&raw, &ctx()).unwrap();
        assert_eq!(d.case.review_due, date!(2028 - 03 - 01));
        // An authority that reviews every year gets one year.
        let yearly = ctx().review_every(1).unwrap();
        let d = CaseDraft::validate(&raw, &yearly).unwrap();
        assert_eq!(d.case.review_due, date!(2026 - 03 - 01));
        // A review set further ahead than the interval allows, from today, is refused.
        raw.review_due = Some("2029-11-30".into());
        let errs = CaseDraft::validate(&raw, &ctx()).unwrap_err();
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert_eq!(errs[0].field, "review_due");
        assert!(
            errs[0].reason.starts_with("is after 2029-11-29")
                && errs[0].reason.contains("every 3 years"),
            "{}",
            errs[0].reason
        );
        raw.review_due = Some("2029-11-29".into());
        assert!(CaseDraft::validate(&raw, &ctx()).is_ok());
        let errs = CaseDraft::validate(&raw, &yearly).unwrap_err();
        assert!(errs[0].reason.contains("once a year"), "{errs:?}");
        // The interval itself is bounded by the specification.
        for bad in [0, 4, -3] {
            let e = ctx().review_every(bad).unwrap_err();
            assert!(e.contains("from 1 to 3"), "{e}");
        }
    }

    #[test]
    fn opening_and_decision_dates_are_not_in_the_future() {
        let mut raw = raw_case();
        raw.opened_on = "2026-11-30".into();
        raw.stage = Some("acquittal".into());
        raw.decided_on = Some("2027-01-01".into());
        let errs = CaseDraft::validate(&raw, &ctx()).unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["opened_on", "decided_on"], "{errs:?}");
        assert!(errs.iter().all(|e| e.reason.contains("is in the future")));
    }

    fn raw_case() -> RawCase {
        RawCase {
            reference: "MA-2025-17".into(),
            title: "Cellule de Tanger".into(),
            opened_on: "2025-03-01".into(),
            persons: vec![RawPerson {
                family_names: "El Idrissi".into(),
                given_names: "Khalid".into(),
                birth_date: Some("1990-04".into()),
                identifiers: vec![RawIdentifier {
                    kind: "phone".into(),
                    value: "0612345678".into(),
                    shared: true,
                    ..Default::default()
                }],
                shared: true,
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn a_valid_case_gets_defaults_and_normalised_identifiers() {
        let d = CaseDraft::validate(&raw_case(), &ctx()).unwrap();
        assert_eq!(d.case.stage, Stage::Investigation);
        assert_eq!(d.case.status, CaseStatus::Open);
        assert_eq!(d.case.review_due, date!(2028 - 03 - 01));
        assert_eq!(d.persons[0].subject_ref.as_str(), "P1");
        assert_eq!(d.identifiers[0].identifier.value, "+212612345678");
        assert_eq!(d.identifiers[0].subject.as_ref().unwrap().as_str(), "P1");
    }

    #[test]
    fn every_error_is_reported_with_its_path() {
        let mut raw = raw_case();
        raw.opened_on = "2023-02-30".into();
        raw.persons[0].birth_date = Some("2030".into());
        raw.persons[0].identifiers[0].value = "12".into();
        raw.identifiers.push(RawIdentifier {
            kind: "iban".into(),
            value: "BE68 5390 0754 7035".into(),
            ..Default::default()
        });
        let errs = CaseDraft::validate(&raw, &ctx()).unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            vec![
                "opened_on",
                "persons[0].birth_date",
                "persons[0].identifiers[0].value",
                "identifiers[0].value"
            ],
            "{errs:?}"
        );
        assert!(errs[0].reason.contains("February 2023 has no day 30"));
        assert!(errs[1].reason.contains("in the future"));
    }

    #[test]
    fn identity_documents_need_type_and_country() {
        let raw = RawIdentifier {
            kind: "document".into(),
            value: "12ab 34567".into(),
            ..Default::default()
        };
        let errs = Identifier::parse(&raw, &ctx()).unwrap_err();
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].field, "doc_type");
        assert_eq!(errs[1].field, "country");
        let raw = RawIdentifier {
            doc_type: Some("passeport".into()),
            country: Some("fr".into()),
            ..raw
        };
        let id = Identifier::parse(&raw, &ctx()).unwrap();
        assert_eq!(id.value, "FR:passport:12AB34567");
    }

    #[test]
    fn unknown_references_and_duplicate_refs_are_refused() {
        let mut raw = raw_case();
        raw.identifiers.push(RawIdentifier {
            kind: "email".into(),
            value: "a@example.org".into(),
            subject: Some("P9".into()),
            ..Default::default()
        });
        raw.organisations.push(RawOrganisation {
            subject_ref: Some("P1".into()),
            name: "Groupe".into(),
            ..Default::default()
        });
        let errs = CaseDraft::validate(&raw, &ctx()).unwrap_err();
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert_eq!(errs[0].field, "organisations[0].ref");
        assert!(errs[0].reason.contains("used by two subjects"));
        assert_eq!(errs[1].field, "identifiers[0].subject");
        assert!(
            errs[1]
                .reason
                .contains("'P9' is not a person or organisation")
        );
    }

    #[test]
    fn what_belongs_to_an_unshared_subject_is_not_shared() {
        let mut raw = raw_case();
        raw.persons[0].shared = false;
        raw.identifiers.push(RawIdentifier {
            kind: "email".into(),
            value: "a@example.org".into(),
            subject: Some("P1".into()),
            shared: true,
            ..Default::default()
        });
        // The same identifier twice: kept once, not shared if either mention says so.
        for (v, shared) in [("b@example.org", true), ("B@Example.org", false)] {
            raw.identifiers.push(RawIdentifier {
                kind: "email".into(),
                value: v.into(),
                shared,
                ..Default::default()
            });
        }
        let d = CaseDraft::validate(&raw, &ctx()).unwrap();
        assert_eq!(d.identifiers.len(), 3);
        assert!(
            d.identifiers.iter().all(|i| !i.shared),
            "{:?}",
            d.identifiers
        );
    }

    #[test]
    fn content_hash_is_stable_and_sensitive() {
        let a = CaseDraft::validate(&raw_case(), &ctx()).unwrap();
        let b = CaseDraft::validate(&raw_case(), &ctx()).unwrap();
        assert_eq!(a.content_hash(), b.content_hash());
        let mut raw = raw_case();
        raw.title = "Autre".into();
        let c = CaseDraft::validate(&raw, &ctx()).unwrap();
        assert_ne!(a.content_hash(), c.content_hash());
    }

    #[test]
    fn enums_accept_aliases_and_name_the_choices() {
        assert_eq!(Stage::parse("Final judgment"), Ok(Stage::FinalJudgment));
        assert_eq!(Sex::parse("Femme"), Ok(Sex::Female));
        let e = Stage::parse("appeal").unwrap_err();
        assert!(e.starts_with("'appeal' is not a known stage (expected one of: investigation"));
    }

    #[test]
    fn add_years_handles_leap_days() {
        assert_eq!(add_years(date!(2024 - 02 - 29), 3), date!(2027 - 02 - 28));
    }
}
