//! Arabic script to a Latin canonical form.
//!
//! The target is not a scholarly transliteration but the Latin form that sits closest to how
//! French, Spanish, Dutch and English administrations write the same name, so that the phonetic
//! comparison afterwards has the least distance to cover: ث → th, ج → j, خ → kh, ش → sh,
//! ص → s, ض → d, ط → t, ظ → z, ع and ء vanish (Latin spellings rarely mark them), غ → gh,
//! ق → q, و → w or u, ي → y or i, ة → a, ى → a. Short vowels are rarely written in names;
//! when they are (harakat), fatha → a, kasra → i, damma → u; sukun and shadda leave no letter
//! (doubled consonants are not distinctive in Latin spellings). The definite article ال is
//! reported separately ([`Word::article`]) so that the caller can drop it whatever sun letter
//! follows. Persian, Urdu and Maghrebi letters (پ چ ژ ڤ گ ڭ) are mapped too.

/// One Arabic-script word, transliterated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Word {
    /// Whether the word began with the definite article (ال, possibly after a particle letter).
    pub(crate) article: bool,
    /// The rest of the word in Latin letters.
    pub(crate) latin: String,
}

/// True for characters of the Arabic blocks (letters, marks, presentation forms).
pub(crate) fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Transliterates one word already in NFKC-like form (presentation forms decomposed).
pub(crate) fn transliterate(word: &str) -> Word {
    let chars: Vec<char> = word
        .chars()
        .filter(|c| !matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}'))
        .collect();
    let mut i = 0;
    let mut article = false;
    // ال at the start (also آل is a family, not an article: leave it).
    if chars.len() > 3 && chars.first() == Some(&'ا') && chars.get(1) == Some(&'ل') {
        article = true;
        i = 2;
    }
    let start = i;
    let mut out = String::with_capacity(chars.len() * 2);
    while let Some(&c) = chars.get(i) {
        let at_start = i == start;
        let before_alif = matches!(chars.get(i + 1), Some('ا' | 'آ' | 'أ'));
        let s: &str = match c {
            // Alif: a long "a", or the seat of an initial hamza (أ → a, إ → i).
            'ا' | 'آ' | 'أ' | 'ٱ' => "a",
            'إ' => "i",
            'ب' => "b",
            'ت' => "t",
            'ث' => "th",
            'ج' => "j",
            // After t, d, k, s, g or z an apostrophe keeps "t'h" from reading as "th".
            'ه' | 'ھ' | 'ح'
                if out.ends_with(['t', 'd', 'k', 's', 'g', 'z', 'c', 'p'])
                    && !(i + 1 == chars.len() && i > start + 1 && c != 'ح') =>
            {
                "'h"
            }
            'ح' => "h",
            'خ' => "kh",
            'د' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' => "z",
            'س' | 'ص' => "s",
            'ش' => "sh",
            'ض' => "d",
            'ط' => "t",
            'ظ' => "z",
            // An initial ayn carries a vowel, almost always written "a" (Ali, Aziz, Abbas).
            'ع' if at_start => "a",
            // Elsewhere ayn and hamza seldom show in Latin spellings.
            'ع' | 'ء' | 'ئ' | 'ؤ' => "",
            'غ' => "gh",
            'ف' => "f",
            'ڤ' => "v",
            'ق' => "q",
            'ك' | 'ک' => "k",
            'گ' | 'ڭ' => "g",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            // A final ه after a consonant stands for ta marbuta, a common spelling (حمزه).
            'ه' | 'ھ'
                if i + 1 == chars.len() && i > start + 1 && !out.ends_with(['a', 'i', 'u']) =>
            {
                "a"
            }
            'ه' | 'ھ' => "h",
            'ة' | 'ى' => "a",
            // A consonant at the start or before alif ("Walid", "Jawad"), else a long u.
            'و' if at_start || before_alif => "w",
            'و' => "u",
            // Likewise y at the start or before alif ("Yassine", "Zakariya"), else a long i.
            'ي' | 'ی' if at_start || before_alif => "y",
            'ي' | 'ی' => "i",
            'پ' => "p",
            'چ' => "ch",
            'ژ' => "zh",
            '\u{064E}' => "a",
            '\u{0650}' => "i",
            '\u{064F}' => "u",
            '\u{0670}' => "a",
            // Sukun, shadda, tanwin and any other mark or sign leave no letter.
            _ => "",
        };
        out.push_str(s);
        i += 1;
    }
    Word {
        article,
        latin: out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> (bool, String) {
        let w = transliterate(s);
        (w.article, w.latin)
    }

    #[test]
    fn letters_and_the_article() {
        assert_eq!(t("خالد"), (false, "khald".into()));
        assert_eq!(t("الإدريسي"), (true, "idrisi".into()));
        assert_eq!(t("القادر"), (true, "qadr".into()));
        assert_eq!(t("علي"), (false, "ali".into()));
        assert_eq!(t("سعيد"), (false, "sid".into()));
        assert_eq!(t("جواد"), (false, "jwad".into()));
        assert_eq!(t("يوسف"), (false, "yusf".into()));
        assert_eq!(t("وليد"), (false, "wlid".into()));
        assert_eq!(t("فاطمة"), (false, "fatma".into()));
        assert_eq!(t("مصطفى"), (false, "mstfa".into()));
        assert_eq!(t("الشريف"), (true, "shrif".into()));
        assert_eq!(t("حمزه"), (false, "hmza".into()));
        assert_eq!(t("طه"), (false, "t'h".into()));
        assert_eq!(t("إسحاق"), (false, "is'haq".into()));
    }

    #[test]
    fn harakat_are_read_when_present() {
        assert_eq!(t("مُحَمَّد"), (false, "muhamad".into()));
    }

    #[test]
    fn detects_arabic() {
        assert!(is_arabic('خ') && is_arabic('\u{FEE1}') && !is_arabic('k'));
    }
}
