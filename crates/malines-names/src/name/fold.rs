//! From any written name to lower-case ASCII words and transliterated Arabic words.
//!
//! Latin letters lose their diacritics (Abdelkáder → abdelkader, Aït → ait, Ibáñez → ibanez)
//! except where a letter stands for another sound (ç → s, ß → ss, æ → ae, ø → o, ł → l);
//! apostrophes and ayn/hamza marks vanish inside a word (Sa'id → said, Ma'moun → mamoun);
//! hyphens, dots, commas and other punctuation separate words. Arabic-script words go through
//! [`super::arabic`]. "Arabizi" digits written inside Latin words are read as the letters they
//! stand for (7 → h, 5 → kh, 9 → q, 3 and 2 → nothing). Other scripts (Cyrillic, Greek, …)
//! are transliterated with `deunicode`.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::arabic;

/// A word of a name after folding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawWord {
    /// Lower-case ASCII letters only.
    pub(crate) text: String,
    /// The word was Arabic script and began with the definite article.
    pub(crate) arabic_article: bool,
    /// The word was written in Arabic script.
    pub(crate) arabic: bool,
    /// The word was followed by a comma ("EL IDRISSI, Khalid"): family name first.
    pub(crate) before_comma: bool,
}

/// Longest name we look at, in characters; the rest is ignored.
pub(crate) const MAX_NAME_CHARS: usize = 256;
/// Most words we keep from a name.
pub(crate) const MAX_WORDS: usize = 12;

/// Splits and folds a written name into words.
pub(crate) fn words(name: &str) -> Vec<RawWord> {
    let mut out: Vec<RawWord> = Vec::new();
    let mut current = String::new();
    let mut arabic_buf = String::new();
    let flush = |latin: &mut String, arabic: &mut String, out: &mut Vec<RawWord>, comma: bool| {
        if !arabic.is_empty() {
            let w = arabic::transliterate(arabic);
            if !w.latin.is_empty() || w.article {
                out.push(RawWord {
                    text: w.latin,
                    arabic_article: w.article,
                    arabic: true,
                    before_comma: comma,
                });
            }
            arabic.clear();
        }
        if !latin.is_empty() {
            let text = arabizi(latin);
            if !text.is_empty() {
                out.push(RawWord {
                    text,
                    arabic_article: false,
                    arabic: false,
                    before_comma: comma,
                });
            }
            latin.clear();
        }
    };
    for c in name.chars().take(MAX_NAME_CHARS) {
        if arabic::is_arabic(c) {
            if !current.is_empty() {
                flush(&mut current, &mut String::new(), &mut out, false);
            }
            // Arabic presentation forms (ﻣﺤﻤﺪ) decompose to the base letters under NFKC.
            for d in std::iter::once(c).nfkc() {
                if d == ' ' {
                    flush(&mut current, &mut arabic_buf, &mut out, false);
                } else {
                    arabic_buf.push(d);
                }
            }
            continue;
        }
        match c {
            // Marks inside a word: apostrophes, ayn and hamza signs, modifier letters.
            '\'' | '’' | '‘' | 'ʼ' | 'ʻ' | 'ʿ' | 'ʾ' | '`' | '´' | 'ʹ' | '′' => {}
            ',' => flush(&mut current, &mut arabic_buf, &mut out, true),
            c if c.is_alphanumeric() => {
                if !arabic_buf.is_empty() {
                    flush(&mut String::new(), &mut arabic_buf, &mut out, false);
                }
                fold_char(c, &mut current);
            }
            // Combining marks typed separately (e + U+0301) just vanish.
            c if is_combining_mark(c) => {}
            _ => flush(&mut current, &mut arabic_buf, &mut out, false),
        }
    }
    flush(&mut current, &mut arabic_buf, &mut out, false);
    // A very long name keeps its first words and its last one (usually the family name).
    if out.len() > MAX_WORDS
        && let Some(last) = out.pop()
    {
        out.truncate(MAX_WORDS - 1);
        out.push(last);
    }
    out
}

/// Appends the folded, lower-case ASCII form of one letter or digit.
fn fold_char(c: char, out: &mut String) {
    match c {
        'ç' | 'Ç' => out.push('s'),
        'ß' | 'ẞ' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'þ' | 'Þ' => out.push_str("th"),
        'ı' | 'İ' => out.push('i'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            let mut any = false;
            for d in std::iter::once(c).nfkd() {
                if d.is_ascii_alphanumeric() {
                    out.push(d.to_ascii_lowercase());
                    any = true;
                } else if !is_combining_mark(d) && !d.is_ascii() {
                    // Another script: transliterate.
                    for t in deunicode::deunicode_char(d).unwrap_or("").chars() {
                        if t.is_ascii_alphanumeric() {
                            out.push(t.to_ascii_lowercase());
                            any = true;
                        }
                    }
                }
            }
            let _ = any;
        }
    }
}

/// Reads Arabizi digits inside a word; a word of digits only is dropped.
fn arabizi(word: &str) -> String {
    if !word.bytes().any(|b| b.is_ascii_alphabetic()) {
        return String::new();
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '7' => out.push('h'),
            '5' => out.push_str("kh"),
            '9' => out.push('q'),
            '8' => out.push_str("gh"),
            '6' => out.push('t'),
            '0'..='9' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        words(s).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn folds_latin_spellings() {
        assert_eq!(
            texts("Jalid Ben Abdelkáder Idrisi"),
            ["jalid", "ben", "abdelkader", "idrisi"]
        );
        assert_eq!(texts("Aït-Baha, Noureddine"), ["ait", "baha", "noureddine"]);
        assert_eq!(
            texts("Sa'id Ibáñez Müller-Łukasz"),
            ["said", "ibanez", "muller", "lukasz"]
        );
        assert_eq!(
            texts("François Œuvrard Straße"),
            ["fransois", "oeuvrard", "strasse"]
        );
    }

    #[test]
    fn marks_the_comma_of_family_name_first() {
        let w = words("EL IDRISSI, Khalid");
        assert!(w[1].before_comma && !w[0].before_comma);
    }

    #[test]
    fn reads_arabic_script_and_presentation_forms() {
        let w = words("خالد بن عبد القادر الإدريسي");
        let t: Vec<&str> = w.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(t, ["khald", "bn", "abd", "qadr", "idrisi"]);
        assert!(w[3].arabic_article && w[4].arabic_article && w[0].arabic);
        assert_eq!(texts("\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}"), ["mhmd"]);
    }

    #[test]
    fn a_very_long_name_keeps_its_last_word() {
        let long = "A B C D E F G H I J K L M Tazi";
        let t = texts(long);
        assert_eq!(t.len(), MAX_WORDS);
        assert_eq!(t.last().map(String::as_str), Some("tazi"));
    }

    #[test]
    fn reads_arabizi_and_drops_numbers() {
        assert_eq!(texts("Mo7amed 3ali 1234"), ["mohamed", "ali"]);
    }

    #[test]
    fn other_scripts_are_transliterated() {
        assert_eq!(texts("Мухаммад"), ["mukhammad"]);
    }
}
