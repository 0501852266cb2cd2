//! The case's own fields, in each authority's language and legal vocabulary.

use malines_core::model::{RawCase, RawOrganisation};

use crate::rng::Rng;

/// What one authority writes: its code, its country, its users and its vocabulary.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AuthorityStyle {
    pub(crate) code: &'static str,
    pub(crate) country: &'static str,
    pub(crate) users: &'static [&'static str],
    cities: &'static [&'static str],
    titles: &'static [&'static str],
    offences: &'static [&'static str],
    qualification: &'static str,
    groups: &'static [&'static str],
    /// Other terrorism types than jihadist, with their share in percent.
    other_types: &'static [(&'static str, u32)],
    organisations: &'static [&'static str],
}

/// The four authorities of the scenario, in the order of the issue.
pub(crate) const AUTHORITIES: [AuthorityStyle; 4] = [
    AuthorityStyle {
        code: "BE-FED",
        country: "BE",
        users: &[
            "a.peeters",
            "s.dubois",
            "j.janssens",
            "m.lambert",
            "k.elamrani",
        ],
        cities: &[
            "Bruxelles",
            "Molenbeek",
            "Schaerbeek",
            "Antwerpen",
            "Liège",
            "Charleroi",
            "Verviers",
            "Vilvoorde",
            "Gent",
            "Mechelen",
        ],
        titles: &[
            "Filière syrienne – {city}",
            "Recrutement en ligne – {city}",
            "Financement du terrorisme – {city}",
            "Projet d'attentat – {city}",
            "Rekrutering voor IS – {city}",
            "Financiering van terrorisme – {city}",
            "Terroristische groep – {city}",
            "Propagande sur Telegram – {city}",
        ],
        offences: &[
            "participation aux activités d'un groupe terroriste",
            "deelneming aan de activiteiten van een terroristische groep",
            "financement du terrorisme",
            "recrutement en vue de commettre une infraction terroriste",
            "incitation publique à commettre une infraction terroriste",
            "voorbereiding van een terroristisch misdrijf",
        ],
        qualification: "Code pénal, art. 137 à 141ter",
        groups: &[
            "État islamique",
            "Islamitische Staat",
            "Sharia4Belgium",
            "Al-Qaïda",
        ],
        other_types: &[("right_wing", 5), ("left_wing_anarchist", 2)],
        organisations: &[
            "ASBL Al Amal",
            "VZW Nour",
            "SPRL Atlas Import-Export",
            "BVBA Rif Trading",
            "ASBL Entraide et Solidarité",
        ],
    },
    AuthorityStyle {
        code: "FR-PNAT",
        country: "FR",
        users: &["c.martin", "p.durand", "n.moreau", "l.girard", "y.benhamou"],
        cities: &[
            "Paris",
            "Lyon",
            "Marseille",
            "Lille",
            "Toulouse",
            "Strasbourg",
            "Nice",
            "Trappes",
            "Lunel",
            "Roubaix",
        ],
        titles: &[
            "Association de malfaiteurs terroriste – {city}",
            "Filière irako-syrienne – {city}",
            "Projet d'action violente – {city}",
            "Financement du terrorisme – {city}",
            "Apologie et provocation – {city}",
            "Départs vers la zone – {city}",
        ],
        offences: &[
            "association de malfaiteurs terroriste criminelle",
            "association de malfaiteurs terroriste délictuelle",
            "financement d'entreprise terroriste",
            "provocation directe à des actes de terrorisme",
            "apologie publique d'actes de terrorisme",
            "détention d'armes en relation avec une entreprise terroriste",
        ],
        qualification: "Code pénal, art. 421-1 et 421-2-1",
        groups: &["État islamique", "Al-Qaïda", "Hayat Tahrir al-Cham"],
        other_types: &[
            ("right_wing", 6),
            ("left_wing_anarchist", 3),
            ("ethno_nationalist_separatist", 2),
        ],
        organisations: &[
            "Association Entraide Fraternelle",
            "SARL Atlas Négoce",
            "Association Culturelle An-Nour",
            "SAS Transports du Sud",
        ],
    },
    AuthorityStyle {
        code: "ES-AN",
        country: "ES",
        users: &["j.garcia", "m.lopez", "a.ruiz", "c.moreno", "f.benaisa"],
        cities: &[
            "Madrid",
            "Barcelona",
            "Ceuta",
            "Melilla",
            "Algeciras",
            "Málaga",
            "Girona",
            "Valencia",
            "Bilbao",
            "Badalona",
        ],
        titles: &[
            "Operación Jinete – {city}",
            "Operación Alacrán – {city}",
            "Operación Estrecho – {city}",
            "Operación Duna – {city}",
            "Operación Cierzo – {city}",
            "Operación Halcón – {city}",
            "Célula yihadista – {city}",
            "Financiación del terrorismo – {city}",
        ],
        offences: &[
            "integración en organización terrorista",
            "colaboración con organización terrorista",
            "adoctrinamiento y autoadoctrinamiento",
            "financiación del terrorismo",
            "enaltecimiento del terrorismo",
            "captación y adiestramiento",
        ],
        qualification: "Código Penal, arts. 571 a 580",
        groups: &["Estado Islámico", "Al Qaeda en el Magreb Islámico", "Daesh"],
        other_types: &[
            ("ethno_nationalist_separatist", 6),
            ("left_wing_anarchist", 2),
            ("right_wing", 2),
        ],
        organisations: &[
            "Asociación Cultural Al Andalus",
            "Locutorio Estrecho SL",
            "Asociación Annour",
            "Transportes del Sur SL",
        ],
    },
    AuthorityStyle {
        code: "MA-PGR",
        country: "MA",
        users: &["m.bennani", "a.tazi", "k.alaoui", "h.berrada", "s.elfassi"],
        cities: &[
            "Tanger",
            "Tétouan",
            "Casablanca",
            "Fès",
            "Nador",
            "Oujda",
            "Marrakech",
            "Rabat",
            "Salé",
            "Al Hoceïma",
            "Meknès",
            "Agadir",
        ],
        titles: &[
            "Démantèlement d'une cellule – {city}",
            "Cellule terroriste de {city}",
            "Financement du terrorisme – {city}",
            "Recrutement pour une organisation terroriste – {city}",
            "Projet d'attentat – {city}",
            "Retour de combattants – {city}",
        ],
        offences: &[
            "constitution d'une bande pour préparer et commettre des actes terroristes",
            "financement du terrorisme",
            "apologie du terrorisme",
            "incitation à commettre des actes terroristes",
            "ralliement à une organisation terroriste à l'étranger",
        ],
        qualification: "Code pénal, art. 218-1 et suivants (loi 03-03, loi 86-14)",
        groups: &["État islamique", "Al-Qaïda au Maghreb islamique"],
        other_types: &[],
        organisations: &[
            "SARL Atlas Transit",
            "Association Al Baraka",
            "SARL Rif Import-Export",
            "Coopérative Nour",
        ],
    },
];

/// A case reference as the authority numbers its files, for sequence number `n` of `year`.
pub(crate) fn reference(code: &str, year: i32, n: usize) -> String {
    let yy = year % 100;
    match code {
        "BE-FED" => format!("FED {year}/{n:04}"),
        "FR-PNAT" => format!("PNAT {yy:02}/{n}"),
        "ES-AN" => format!("DP {n}/{year}"),
        _ => format!("PGR {year}/T/{n:03}"),
    }
}

/// The case's own fields (no subjects yet).
pub(crate) fn new_case(
    a: &AuthorityStyle,
    reference: String,
    opened: (i32, u8, u8),
    rng: &mut Rng,
) -> RawCase {
    let city = rng.pick_str(a.cities);
    let title = rng.pick_str(a.titles).replace("{city}", city);
    let mut offences = vec![rng.pick_str(a.offences).to_string()];
    if rng.chance(0.4) {
        let more = rng.pick_str(a.offences).to_string();
        if !offences.contains(&more) {
            offences.push(more);
        }
    }
    let other: u32 = a.other_types.iter().map(|(_, w)| w).sum();
    let mut weights: Vec<u32> = vec![100u32.saturating_sub(other)];
    weights.extend(a.other_types.iter().map(|(_, w)| *w));
    let k = rng.weighted(&weights);
    let terrorism_type = if k == 0 {
        "jihadist"
    } else {
        a.other_types.get(k - 1).map_or("unspecified", |(t, _)| *t)
    };
    let group = if terrorism_type == "jihadist" && rng.chance(0.7) {
        Some(rng.pick_str(a.groups).to_string())
    } else {
        None
    };
    let stage = match rng.weighted(&[62, 18, 12, 8]) {
        0 => "investigation",
        1 => "prosecution",
        2 => "trial",
        _ => "final_judgment",
    };
    let mut team: Vec<String> = Vec::new();
    for _ in 0..rng.range(1, 3) {
        let u = rng.pick_str(a.users).to_string();
        if !team.contains(&u) {
            team.push(u);
        }
    }
    RawCase {
        reference,
        title,
        offences,
        legal_qualification: Some(a.qualification.to_string()),
        terrorism_type: Some(terrorism_type.to_string()),
        group_affiliation: group,
        stage: Some(stage.to_string()),
        status: Some("open".to_string()),
        opened_on: format!("{:04}-{:02}-{:02}", opened.0, opened.1, opened.2),
        review_due: None,
        decided_on: None,
        team,
        persons: Vec::new(),
        organisations: Vec::new(),
        identifiers: Vec::new(),
    }
}

/// An organisation of the authority's country (an association, a company).
pub(crate) fn new_organisation(
    a: &AuthorityStyle,
    subject_ref: &str,
    rng: &mut Rng,
) -> RawOrganisation {
    RawOrganisation {
        subject_ref: Some(subject_ref.to_string()),
        name: rng.pick_str(a.organisations).to_string(),
        aliases: Vec::new(),
        shared: rng.chance(0.9),
        identifiers: Vec::new(),
    }
}
