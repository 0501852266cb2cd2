//! Places of birth across languages and scripts: a gazetteer of the places these cases
//! name most, each with its written forms (French, Spanish, Dutch, English, Arabic and the
//! local ones), so that « Tanger », « Tánger », « Tangier » and « طنجة » are one place.
//!
//! A place the gazetteer does not know gives no key: a written form alone cannot say whether
//! « Valence » and « Valencia » are one town, and a place that looks different when it is the
//! same would count against the pair. Unknown places are therefore left out of matching
//! (`docs/encoding.md`, "Place of birth").

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::name::canonicalise;

/// One place: its key (ISO country code and a name, lower case) and the ways it is written.
struct Place {
    key: &'static str,
    names: &'static [&'static str],
}

const fn p(key: &'static str, names: &'static [&'static str]) -> Place {
    Place { key, names }
}

/// The gazetteer. Keys are stable: they are what the node encodes. A name must not belong
/// to two places (a test checks it): an ambiguous exonym (Valence, Tripoli, Bergen) is left
/// out rather than guessed.
///
/// An Arabic name of a capital is also that of its country (الجزائر, تونس): as a place of
/// birth it is read as the capital, as people write it.
const PLACES: &[Place] = &[
    // Morocco
    p(
        "ma-tanger",
        &["Tanger", "Tánger", "Tangier", "Tangiers", "Tangér", "طنجة"],
    ),
    p(
        "ma-tetouan",
        &[
            "Tétouan",
            "Tetouan",
            "Tetuán",
            "Tetuan",
            "Tittawin",
            "تطوان",
        ],
    ),
    p("ma-nador", &["Nador", "الناظور", "الناضور"]),
    p(
        "ma-al-hoceima",
        &[
            "Al Hoceïma",
            "Al Hoceima",
            "Al-Hoceima",
            "Alhucemas",
            "Hoceima",
            "الحسيمة",
        ],
    ),
    p(
        "ma-casablanca",
        &[
            "Casablanca",
            "Dar el Beida",
            "Dar al-Bayda",
            "الدار البيضاء",
            "كازابلانكا",
        ],
    ),
    p("ma-rabat", &["Rabat", "الرباط"]),
    p("ma-sale", &["Salé", "Sale", "Salé-Rabat", "سلا"]),
    p("ma-fes", &["Fès", "Fes", "Fez", "فاس"]),
    p("ma-meknes", &["Meknès", "Meknes", "Mequinez", "مكناس"]),
    p("ma-oujda", &["Oujda", "Ujda", "Uchda", "Oudja", "وجدة"]),
    p(
        "ma-marrakech",
        &[
            "Marrakech",
            "Marrakesh",
            "Marraquech",
            "Marrakesch",
            "مراكش",
        ],
    ),
    p("ma-agadir", &["Agadir", "أكادير", "اكادير"]),
    p(
        "ma-larache",
        &["Larache", "Larrache", "Al Araich", "العرائش"],
    ),
    p(
        "ma-kenitra",
        &["Kénitra", "Kenitra", "Quenitra", "القنيطرة"],
    ),
    p("ma-berkane", &["Berkane", "Berkan", "بركان"]),
    p("ma-khouribga", &["Khouribga", "Jouribga", "خريبكة"]),
    p(
        "ma-beni-mellal",
        &["Béni Mellal", "Beni Mellal", "Beni-Mellal", "بني ملال"],
    ),
    p(
        "ma-el-jadida",
        &["El Jadida", "El-Jadida", "Mazagan", "الجديدة"],
    ),
    p("ma-safi", &["Safi", "Asfi", "آسفي"]),
    p(
        "ma-ksar-el-kebir",
        &[
            "Ksar El Kébir",
            "Ksar el-Kebir",
            "Alcazarquivir",
            "القصر الكبير",
        ],
    ),
    p(
        "ma-chefchaouen",
        &["Chefchaouen", "Chaouen", "Xauen", "Chauen", "شفشاون"],
    ),
    p("ma-fnideq", &["Fnideq", "Fnidek", "Castillejos", "الفنيدق"]),
    p("ma-mohammedia", &["Mohammédia", "Mohammedia", "المحمدية"]),
    p("ma-taza", &["Taza", "تازة"]),
    p("ma-settat", &["Settat", "سطات"]),
    // Algeria
    p(
        "dz-alger",
        &[
            "Alger",
            "Argel",
            "Algiers",
            "Algier",
            "El Djazaïr",
            "الجزائر",
            "الجزائر العاصمة",
        ],
    ),
    p("dz-oran", &["Oran", "Orán", "Wahran", "وهران"]),
    p(
        "dz-constantine",
        &["Constantine", "Constantina", "Qacentina", "قسنطينة"],
    ),
    p("dz-annaba", &["Annaba", "Bône", "Anaba", "عنابة"]),
    p("dz-tlemcen", &["Tlemcen", "Tremecén", "تلمسان"]),
    p("dz-setif", &["Sétif", "Setif", "سطيف"]),
    p("dz-blida", &["Blida", "البليدة"]),
    p(
        "dz-bejaia",
        &["Béjaïa", "Bejaia", "Bougie", "Bugía", "بجاية"],
    ),
    p("dz-tizi-ouzou", &["Tizi Ouzou", "Tizi-Ouzou", "تيزي وزو"]),
    // Tunisia, Libya, Egypt
    p("tn-tunis", &["Tunis", "Túnez", "تونس", "تونس العاصمة"]),
    p("tn-sfax", &["Sfax", "صفاقس"]),
    p("tn-sousse", &["Sousse", "Susa", "سوسة"]),
    p("tn-bizerte", &["Bizerte", "Bizerta", "Binzart", "بنزرت"]),
    p(
        "tn-kairouan",
        &["Kairouan", "Cairuán", "Kairuan", "القيروان"],
    ),
    p(
        "tn-ben-gardane",
        &["Ben Gardane", "Ben Guerdane", "بن قردان"],
    ),
    p("ly-benghazi", &["Benghazi", "Bengasi", "Bengazi", "بنغازي"]),
    p(
        "eg-cairo",
        &["Le Caire", "El Cairo", "Caïro", "Cairo", "القاهرة"],
    ),
    // Belgium
    p(
        "be-bruxelles",
        &[
            "Bruxelles",
            "Brussel",
            "Brussels",
            "Bruselas",
            "Brüssel",
            "بروكسل",
        ],
    ),
    p(
        "be-antwerpen",
        &[
            "Anvers",
            "Antwerpen",
            "Antwerp",
            "Amberes",
            "أنتويرب",
            "أنفرس",
        ],
    ),
    p(
        "be-liege",
        &["Liège", "Liege", "Luik", "Lieja", "Lüttich", "لييج"],
    ),
    p("be-gent", &["Gand", "Gent", "Ghent", "Gante", "غنت"]),
    p("be-charleroi", &["Charleroi", "شارلروا"]),
    p(
        "be-molenbeek",
        &[
            "Molenbeek-Saint-Jean",
            "Sint-Jans-Molenbeek",
            "Molenbeek",
            "مولنبيك",
        ],
    ),
    p("be-schaerbeek", &["Schaerbeek", "Schaarbeek", "سكاربيك"]),
    p("be-anderlecht", &["Anderlecht", "أندرلخت"]),
    p("be-vilvoorde", &["Vilvorde", "Vilvoorde"]),
    p("be-mechelen", &["Malines", "Mechelen", "Malinas"]),
    p("be-leuven", &["Louvain", "Leuven", "Lovaina"]),
    p("be-brugge", &["Bruges", "Brugge", "Brujas"]),
    p("be-namur", &["Namur", "Namen"]),
    p("be-verviers", &["Verviers"]),
    // France
    p("fr-paris", &["Paris", "París", "Parijs", "باريس"]),
    p(
        "fr-marseille",
        &["Marseille", "Marsella", "Marseilles", "مرسيليا"],
    ),
    p("fr-lyon", &["Lyon", "Lyons", "ليون"]),
    p("fr-toulouse", &["Toulouse", "Tolosa", "تولوز"]),
    p("fr-nice", &["Nice", "Niza", "نيس"]),
    p("fr-lille", &["Lille", "Rijsel", "ليل"]),
    p("fr-roubaix", &["Roubaix", "Robaais", "روبيه"]),
    p("fr-tourcoing", &["Tourcoing", "Toerkonje"]),
    p(
        "fr-strasbourg",
        &["Strasbourg", "Estrasburgo", "Straatsburg", "ستراسبورغ"],
    ),
    p("fr-bordeaux", &["Bordeaux", "Burdeos", "بوردو"]),
    p("fr-nantes", &["Nantes", "نانت"]),
    p("fr-montpellier", &["Montpellier", "Montpelier", "مونبلييه"]),
    p(
        "fr-saint-denis",
        &["Saint-Denis", "Saint Denis", "سان دوني"],
    ),
    p("fr-toulon", &["Toulon", "Tolón", "تولون"]),
    p("fr-grenoble", &["Grenoble", "غرونوبل"]),
    p("fr-trappes", &["Trappes"]),
    p("fr-nimes", &["Nîmes", "Nimes", "نيم"]),
    p("fr-mulhouse", &["Mulhouse", "ميلوز"]),
    // Spain
    p("es-madrid", &["Madrid", "مدريد"]),
    p("es-barcelona", &["Barcelone", "Barcelona", "برشلونة"]),
    p("es-ceuta", &["Ceuta", "Sebta", "Sebtah", "سبتة"]),
    p("es-melilla", &["Melilla", "Mélilla", "Mlilya", "مليلية"]),
    p("es-valencia", &["Valencia", "València"]),
    p("es-sevilla", &["Séville", "Sevilla", "Seville", "إشبيلية"]),
    p("es-malaga", &["Malaga", "Málaga", "مالقة"]),
    p(
        "es-zaragoza",
        &["Saragosse", "Zaragoza", "Saragossa", "سرقسطة"],
    ),
    p("es-bilbao", &["Bilbao", "Bilbo", "بلباو"]),
    p("es-girona", &["Gérone", "Girona", "Gerona"]),
    p("es-tarragona", &["Tarragone", "Tarragona"]),
    p(
        "es-algeciras",
        &["Algésiras", "Algeciras", "الجزيرة الخضراء"],
    ),
    p("es-almeria", &["Almería", "Almeria", "Alméria", "المرية"]),
    p("es-murcia", &["Murcie", "Murcia", "مرسية"]),
    p("es-alicante", &["Alicante", "Alacant"]),
    // Netherlands
    p("nl-amsterdam", &["Amsterdam", "Ámsterdam", "أمستردام"]),
    p("nl-rotterdam", &["Rotterdam", "Róterdam", "روتردام"]),
    p(
        "nl-den-haag",
        &[
            "La Haye",
            "Den Haag",
            "'s-Gravenhage",
            "The Hague",
            "La Haya",
            "لاهاي",
        ],
    ),
    p("nl-utrecht", &["Utrecht", "أوتريخت"]),
    // Elsewhere
    p("sy-damascus", &["Damas", "Damasco", "Damascus", "دمشق"]),
    p("sy-aleppo", &["Alep", "Alepo", "Aleppo", "Halab", "حلب"]),
    p("sy-homs", &["Homs", "حمص"]),
    p("sy-raqqa", &["Raqqa", "Rakka", "Raqa", "الرقة"]),
    p("iq-baghdad", &["Bagdad", "Baghdad", "بغداد"]),
    p("iq-mosul", &["Mossoul", "Mosul", "Mosoel", "الموصل"]),
    p(
        "tr-istanbul",
        &["Istanbul", "İstanbul", "Estambul", "إسطنبول"],
    ),
    p("tr-gaziantep", &["Gaziantep", "غازي عنتاب"]),
    p("ru-grozny", &["Grozny", "Grozni", "Groznyï", "غروزني"]),
    p("sn-dakar", &["Dakar", "Dakkar", "داكار"]),
    p("ml-bamako", &["Bamako", "باماكو"]),
    p("gn-conakry", &["Conakry", "Konakry", "كوناكري"]),
    p("gb-london", &["Londres", "London", "Londen", "لندن"]),
];

/// How a written place name is looked up: its canonical name's sound symbols, word by word,
/// joined (the name canonicaliser folds case, accents, scripts and articles alike on both
/// sides).
fn lookup_form(text: &str) -> String {
    canonicalise(text).phonetic_keys().concat()
}

fn table() -> &'static HashMap<String, &'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        for place in PLACES {
            for name in place.names {
                t.insert(lookup_form(name), place.key);
            }
        }
        t
    })
}

/// The gazetteer's key of a written place of birth (`ma-tanger` for « Tánger »), if it knows
/// the place. What follows a comma or a parenthesis (« Tanger (Maroc) », « Fès, Morocco ») is
/// the country or region and is not read.
pub fn place_key(written: &str) -> Option<&'static str> {
    let head = written
        .split([',', '(', '/'])
        .next()
        .unwrap_or_default()
        .trim();
    if head.is_empty() {
        return None;
    }
    table().get(&lookup_form(head)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_place_in_every_language_and_script() {
        for (written, key) in [
            ("Tánger", "ma-tanger"),
            ("TANGIER", "ma-tanger"),
            ("طنجة", "ma-tanger"),
            ("Tanger (Maroc)", "ma-tanger"),
            ("Alhucemas", "ma-al-hoceima"),
            ("الحسيمة", "ma-al-hoceima"),
            ("Sint-Jans-Molenbeek", "be-molenbeek"),
            ("molenbeek-saint-jean", "be-molenbeek"),
            ("Uchda", "ma-oujda"),
            ("وجدة", "ma-oujda"),
            ("Amberes", "be-antwerpen"),
            ("'s-Gravenhage", "nl-den-haag"),
            ("Fez, Morocco", "ma-fes"),
        ] {
            assert_eq!(place_key(written), Some(key), "{written}");
        }
    }

    #[test]
    fn unknown_or_ambiguous_places_give_no_key() {
        for written in [
            "",
            "  ",
            "Valence",
            "Tripoli",
            "Bergen",
            "Ouled Teima",
            "(Maroc)",
        ] {
            assert_eq!(place_key(written), None, "{written:?}");
        }
    }

    #[test]
    fn no_written_form_belongs_to_two_places() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for place in PLACES {
            for name in place.names {
                let form = lookup_form(name);
                assert!(!form.is_empty(), "{name} folds to nothing");
                if let Some(other) = seen.insert(form.clone(), place.key) {
                    assert_eq!(other, place.key, "{name} ({form}) is also {other}");
                }
            }
        }
        let keys: std::collections::HashSet<&str> = PLACES.iter().map(|p| p.key).collect();
        assert_eq!(keys.len(), PLACES.len(), "a key used twice");
    }
}
