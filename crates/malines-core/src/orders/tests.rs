use time::macros::{date, datetime};

use super::*;

fn ctx(cc: &str) -> ValidationContext {
    ValidationContext::new(Country::parse(cc).unwrap(), date!(2026 - 11 - 29))
}

fn raw() -> RawOrder {
    RawOrder {
        framework: "e_evidence".into(),
        order_type: "production".into(),
        urgency: "emergency".into(),
        provider: "PROV-TELCO".into(),
        provider_state: "FR".into(),
        file_reference: "BE-FED-2026-0042".into(),
        offence: "Participation in a terrorist group".into(),
        max_penalty_years: "10".into(),
        terrorism: "yes".into(),
        targets: vec![RawIdentifier {
            kind: "phone".into(),
            value: "+33 6 12 34 56 78".into(),
            ..Default::default()
        }],
        categories: vec!["subscriber".into()],
        from: "2026-11-01".into(),
        to: "2026-11-28".into(),
        necessity: "A planned attack: the user of this number must be identified today.".into(),
        capacity: "prosecutor".into(),
        ..Default::default()
    }
}

fn fields(errs: &[FieldError]) -> Vec<&str> {
    errs.iter().map(|e| e.field.as_str()).collect()
}

#[test]
fn an_order_is_validated_field_by_field() {
    let o = OrderData::validate(&raw(), &ctx("BE")).unwrap();
    assert_eq!(o.issuing_state.as_str(), "BE");
    assert_eq!(o.targets[0].value, "+33612345678");
    assert!(o.confidential && o.terrorism && !o.domestic);
    assert_eq!(o.language, "en");

    let bad = RawOrder {
        framework: "gentlemen's agreement".into(),
        provider: "prov telco".into(),
        max_penalty_years: "ten".into(),
        targets: vec![RawIdentifier {
            kind: "phone".into(),
            value: "12".into(),
            ..Default::default()
        }],
        categories: vec!["dna".into()],
        from: "2026-11-20".into(),
        to: "2026-11-10".into(),
        necessity: " ".into(),
        capacity: "sheriff".into(),
        language: "de".into(),
        ..raw()
    };
    let errs = OrderData::validate(&bad, &ctx("BE")).unwrap_err();
    assert_eq!(
        fields(&errs),
        [
            "framework",
            "provider",
            "max_penalty_years",
            "capacity",
            "language",
            "necessity",
            "targets[0].value",
            "categories[0]",
            "to"
        ],
        "{errs:#?}"
    );
}

#[test]
fn under_e_evidence_a_prosecutor_orders_subscriber_data_but_traffic_needs_a_judge() {
    let mut r = raw();
    r.urgency = "standard".into();
    r.categories = vec!["subscriber".into(), "traffic".into()];
    // A prosecutor may draft it; it then needs a judge's validation before it goes.
    let drafted = OrderData::validate(&r, &ctx("BE")).unwrap();
    assert!(drafted.needs_judge());
    let errs = check_rules(&drafted, None, date!(2026 - 11 - 29)).unwrap_err();
    assert_eq!(fields(&errs), ["categories[1]"]);
    assert!(
        errs[0]
            .reason
            .contains("need an order issued or validated by a judge")
    );
    // Issued by a judge: allowed.
    r.capacity = "judge".into();
    let o = OrderData::validate(&r, &ctx("BE")).unwrap();
    assert!(!o.needs_judge());
    // Issued by a prosecutor and validated by a judge: allowed too.
    let by_prosecutor = OrderData {
        capacity: Capacity::Prosecutor,
        ..o.clone()
    };
    let today = date!(2026 - 11 - 29);
    assert!(check_rules(&by_prosecutor, Some(Capacity::Prosecutor), today).is_err());
    assert!(check_rules(&by_prosecutor, Some(Capacity::Judge), today).is_ok());
    // Traffic data for a minor offence: refused whoever issues.
    let minor = OrderData {
        terrorism: false,
        max_penalty_years: 2,
        ..o.clone()
    };
    let errs = check_rules(&minor, None, today).unwrap_err();
    assert_eq!(fields(&errs), ["max_penalty_years"]);
    // Preservation: a prosecutor may, for every category.
    let keep = OrderData {
        order_type: OrderType::Preservation,
        ..by_prosecutor
    };
    assert!(check_rules(&keep, None, today).is_ok());
    // Not before the Regulation applies, not from Morocco, not within one State.
    assert_eq!(
        fields(&check_rules(&o, None, date!(2026 - 08 - 17)).unwrap_err()),
        ["framework"]
    );
    let from_morocco = OrderData {
        issuing_state: Country::parse("MA").unwrap(),
        ..o.clone()
    };
    assert_eq!(
        fields(&check_rules(&from_morocco, None, today).unwrap_err()),
        ["issuing_state"]
    );
    let domestic = OrderData {
        provider_state: Country::parse("BE").unwrap(),
        ..o
    };
    assert_eq!(
        fields(&check_rules(&domestic, None, today).unwrap_err()),
        ["provider_state"]
    );
}

#[test]
fn the_second_protocol_allows_subscriber_information_only_and_no_emergency() {
    let mut r = raw();
    r.framework = "budapest".into();
    r.categories = vec!["subscriber".into(), "content".into()];
    r.capacity = "judge".into();
    let errs = OrderData::validate(&r, &ctx("MA")).unwrap_err();
    assert_eq!(fields(&errs), ["categories[1]", "urgency"], "{errs:#?}");
    r.categories = vec!["subscriber".into()];
    r.urgency = "standard".into();
    let o = OrderData::validate(&r, &ctx("MA")).unwrap();
    assert_eq!(o.response_period(), Duration::days(30));
}

#[test]
fn national_law_is_for_providers_of_the_issuing_state_and_mla_names_its_decision() {
    let mut r = raw();
    r.framework = "national".into();
    let errs = OrderData::validate(&r, &ctx("BE")).unwrap_err();
    assert_eq!(fields(&errs), ["provider_state"]);
    r.provider_state = "BE".into();
    assert!(OrderData::validate(&r, &ctx("BE")).is_ok());
    r.framework = "mla".into();
    r.provider_state = "ES".into();
    let errs = OrderData::validate(&r, &ctx("MA")).unwrap_err();
    assert_eq!(fields(&errs), ["mla_reference"]);
    r.mla_reference = "ES/AN/MLA/2026/118".into();
    assert!(OrderData::validate(&r, &ctx("MA")).is_ok());
}

#[test]
fn notification_of_the_providers_state_follows_article_8() {
    let mut o = OrderData::validate(&raw(), &ctx("BE")).unwrap();
    assert!(!o.notification_required(), "subscriber data: none");
    o.categories = vec![Category::Content];
    o.capacity = Capacity::Judge;
    assert!(o.notification_required());
    o.domestic = true;
    assert!(!o.notification_required());
}

#[test]
fn an_emergency_answered_at_7h59_is_on_time_and_at_8h01_is_late() {
    let o = OrderData::validate(&raw(), &ctx("BE")).unwrap();
    let received = datetime!(2026-11-29 10:00 UTC);
    assert_eq!(deadline(&o, received), datetime!(2026-11-29 18:00 UTC));
    let at = |h: i64, m: i64| received + Duration::hours(h) + Duration::minutes(m);
    assert_eq!(
        timing(&o, Some(received), Some(at(7, 59)), at(7, 59)),
        Timing::AnsweredOnTime(Duration::minutes(1))
    );
    assert_eq!(
        timing(&o, Some(received), None, at(8, 1)),
        Timing::Overdue(Duration::minutes(1))
    );
    assert_eq!(
        timing(&o, Some(received), Some(at(8, 1)), at(9, 0)),
        Timing::AnsweredLate(Duration::minutes(1))
    );
    assert_eq!(
        timing(&o, Some(received), None, at(2, 0)),
        Timing::Left(Duration::hours(6))
    );
    assert_eq!(timing(&o, None, None, at(20, 0)), Timing::NotStarted);
    // A standard order has ten days.
    let std = OrderData {
        urgency: Urgency::Standard,
        ..o
    };
    assert_eq!(deadline(&std, received), datetime!(2026-12-09 10:00 UTC));
}

#[test]
fn an_emergency_order_may_go_before_validation_but_is_withdrawn_without_it_at_48h() {
    let o = OrderData::validate(&raw(), &ctx("BE")).unwrap();
    assert!(!o.needs_prior_validation());
    let sent = datetime!(2026-11-29 10:00 UTC);
    assert!(!post_validation_missed(
        &o,
        sent,
        false,
        sent + Duration::hours(48)
    ));
    assert!(post_validation_missed(
        &o,
        sent,
        false,
        sent + Duration::hours(48) + Duration::seconds(1)
    ));
    assert!(!post_validation_missed(
        &o,
        sent,
        true,
        sent + Duration::days(3)
    ));
    // Traffic data, or a standard order: validated first, always.
    let standard = OrderData {
        urgency: Urgency::Standard,
        ..o.clone()
    };
    assert!(standard.needs_prior_validation());
    assert!(!post_validation_missed(
        &standard,
        sent,
        false,
        sent + Duration::days(3)
    ));
    let traffic = OrderData {
        categories: vec![Category::Subscriber, Category::Traffic],
        ..o
    };
    assert!(traffic.needs_prior_validation());
}

#[test]
fn the_lifecycle_allows_each_step_once_and_in_order() {
    use OrderStatus::*;
    assert_eq!(Draft.after(Step::Validate, true), Ok(Validated));
    assert!(
        Draft
            .after(Step::Send, true)
            .unwrap_err()
            .contains("validated by a second person")
    );
    assert_eq!(Draft.after(Step::Send, false), Ok(Sent));
    assert_eq!(Validated.after(Step::Send, true), Ok(Sent));
    // No order is sent twice.
    assert_eq!(
        Sent.after(Step::Send, true),
        Err("an order that is sent cannot be sent".into())
    );
    assert_eq!(Sent.after(Step::Receive, true), Ok(Received));
    assert_eq!(Received.after(Step::Acknowledge, true), Ok(Acknowledged));
    assert_eq!(Acknowledged.after(Step::Fulfil, true), Ok(Fulfilled));
    assert_eq!(Received.after(Step::Object, true), Ok(Objected));
    assert!(Fulfilled.after(Step::Object, true).is_err());
    assert_eq!(Objected.after(Step::Close, true), Ok(Closed));
    assert!(Closed.after(Step::Withdraw, true).is_err());
    // A post-validation leaves the status as it is.
    assert_eq!(Received.after(Step::Validate, false), Ok(Received));
    assert!(Received.after(Step::Validate, true).is_err());
}

fn document(order: OrderData) -> OrderDocument {
    let at = datetime!(2026-11-29 10:00 UTC);
    OrderDocument {
        id: "00112233445566778899aabbccddeeff".into(),
        issuer: "BE-FED".into(),
        reference: "BE-FED-ORD-2026-0001".into(),
        expires_at: OrderDocument::expiry(&order, at),
        issued_by: Signatory {
            name: "A. Martin".into(),
            capacity: order.capacity,
            at,
        },
        validated_by: None,
        issued_at: at,
        order,
    }
}

fn receipt(now: OffsetDateTime) -> Receipt<'static> {
    Receipt {
        me: "PROV-TELCO",
        signer_is_authority: true,
        signer: "BE-FED",
        now,
        seen_before: None,
    }
}

fn codes(r: &[Refusal]) -> Vec<&'static str> {
    r.iter().map(|r| r.code).collect()
}

#[test]
fn a_provider_refuses_each_forgery_with_its_own_reason() {
    let o = OrderData::validate(&raw(), &ctx("BE")).unwrap();
    let good = document(o.clone());
    let now = datetime!(2026-11-29 11:00 UTC);
    assert!(verify(&good, &receipt(now)).is_empty());

    // Replayed: the same order id a second time.
    let mut r = receipt(now);
    r.seen_before = Some(datetime!(2026-11-29 10:05 UTC));
    assert_eq!(codes(&verify(&good, &r)), ["replayed"]);
    // Expired: received after its validity.
    assert_eq!(
        codes(&verify(&good, &receipt(datetime!(2026-11-29 18:01 UTC)))),
        ["expired"]
    );
    // Signed by a provider, or by another authority than the issuer it names.
    let mut r = receipt(now);
    r.signer_is_authority = false;
    r.signer = "PROV-OTHER";
    assert_eq!(
        codes(&verify(&good, &r)),
        ["signer_not_authority", "issuer_mismatch"]
    );
    // Addressed to another provider.
    let mut r = receipt(now);
    r.me = "PROV-MAIL";
    assert_eq!(codes(&verify(&good, &r)), ["not_for_me"]);
    // Traffic data under e-Evidence, issued by a prosecutor, with no judge.
    let traffic = document(OrderData {
        categories: vec![Category::Traffic],
        urgency: Urgency::Standard,
        ..o.clone()
    });
    let mut traffic = traffic;
    traffic.validated_by = Some(Signatory {
        name: "B. Peeters".into(),
        capacity: Capacity::Prosecutor,
        at: now,
    });
    let refusals = verify(&traffic, &receipt(now));
    assert_eq!(codes(&refusals), ["not_allowed"]);
    assert!(
        refusals[0]
            .reason
            .contains("need an order issued or validated by a judge")
    );
    // A standard order that nobody validated; one validated by its own issuer.
    let mut unvalidated = document(OrderData {
        urgency: Urgency::Standard,
        ..o
    });
    assert_eq!(
        codes(&verify(&unvalidated, &receipt(now))),
        ["not_validated"]
    );
    unvalidated.validated_by = Some(Signatory {
        name: "A. Martin".into(),
        capacity: Capacity::Prosecutor,
        at: now,
    });
    assert_eq!(
        codes(&verify(&unvalidated, &receipt(now))),
        ["validated_by_issuer"]
    );
}

#[test]
fn a_preservation_order_keeps_the_data_60_days_extendable_once_by_30() {
    let mut o = OrderData::validate(&raw(), &ctx("BE")).unwrap();
    let received = datetime!(2026-11-29 10:00 UTC);
    assert!(
        may_extend(&o, Some(received), false, received).is_err(),
        "production"
    );
    o.order_type = OrderType::Preservation;
    assert_eq!(
        preserved_until(received, false),
        datetime!(2027-01-28 10:00 UTC)
    );
    assert_eq!(
        preserved_until(received, true),
        datetime!(2027-02-27 10:00 UTC)
    );
    assert!(may_extend(&o, Some(received), false, datetime!(2027-01-28 10:00 UTC)).is_ok());
    assert!(
        may_extend(&o, Some(received), true, received)
            .unwrap_err()
            .contains("once")
    );
    assert!(
        may_extend(&o, Some(received), false, datetime!(2027-01-28 10:01 UTC))
            .unwrap_err()
            .contains("ended")
    );
    assert!(may_extend(&o, None, false, received).is_err());
}
