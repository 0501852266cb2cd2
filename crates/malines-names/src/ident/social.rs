//! Social-media accounts: a platform and a handle, or a profile link.

use super::{IdentError, Result, bounded, is_invisible, phone};

/// Longest handle input accepted (a pasted profile link included).
const MAX_HANDLE: usize = 256;
/// Longest platform name accepted.
const MAX_PLATFORM: usize = 32;

/// The platforms told apart. Anything else is `Other`, compared on the handle alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Platform {
    X,
    Facebook,
    Instagram,
    Telegram,
    TikTok,
    YouTube,
    Snapchat,
    LinkedIn,
    Discord,
    Signal,
    WhatsApp,
    Threads,
    Vk,
    Other,
}

/// Names and aliases people write, with the platform they mean.
const ALIASES: [(&str, Platform); 36] = [
    ("x", Platform::X),
    ("twitter", Platform::X),
    ("x.com", Platform::X),
    ("twitter.com", Platform::X),
    ("facebook", Platform::Facebook),
    ("fb", Platform::Facebook),
    ("facebook.com", Platform::Facebook),
    ("instagram", Platform::Instagram),
    ("ig", Platform::Instagram),
    ("insta", Platform::Instagram),
    ("instagram.com", Platform::Instagram),
    ("telegram", Platform::Telegram),
    ("tg", Platform::Telegram),
    ("t.me", Platform::Telegram),
    ("tiktok", Platform::TikTok),
    ("tiktok.com", Platform::TikTok),
    ("youtube", Platform::YouTube),
    ("yt", Platform::YouTube),
    ("youtube.com", Platform::YouTube),
    ("snapchat", Platform::Snapchat),
    ("snap", Platform::Snapchat),
    ("linkedin", Platform::LinkedIn),
    ("linkedin.com", Platform::LinkedIn),
    ("discord", Platform::Discord),
    ("signal", Platform::Signal),
    ("whatsapp", Platform::WhatsApp),
    ("wa", Platform::WhatsApp),
    ("threads", Platform::Threads),
    ("threads.net", Platform::Threads),
    ("vk", Platform::Vk),
    ("vkontakte", Platform::Vk),
    ("vk.com", Platform::Vk),
    ("other", Platform::Other),
    ("autre", Platform::Other),
    ("otro", Platform::Other),
    ("web", Platform::Other),
];

impl Platform {
    fn parse(raw: &str) -> Result<Self> {
        let s = bounded(raw, MAX_PLATFORM)?;
        let key: String = s
            .chars()
            .filter(|c| !(c.is_whitespace() || *c == '-' || *c == '_'))
            .flat_map(char::to_lowercase)
            .collect();
        ALIASES
            .iter()
            .find(|(name, _)| *name == key)
            .map(|(_, p)| *p)
            .ok_or_else(|| {
                IdentError::invalid(
                    "names an unknown platform; use x, facebook, instagram, telegram, tiktok, \
                     youtube, snapchat, linkedin, discord, signal, whatsapp, threads, vk or other",
                )
            })
    }

    /// The canonical name, used as the prefix of the normalised form.
    fn name(self) -> &'static str {
        match self {
            Self::X => "x",
            Self::Facebook => "facebook",
            Self::Instagram => "instagram",
            Self::Telegram => "telegram",
            Self::TikTok => "tiktok",
            Self::YouTube => "youtube",
            Self::Snapchat => "snapchat",
            Self::LinkedIn => "linkedin",
            Self::Discord => "discord",
            Self::Signal => "signal",
            Self::WhatsApp => "whatsapp",
            Self::Threads => "threads",
            Self::Vk => "vk",
            Self::Other => "other",
        }
    }

    /// Web hosts whose links name an account of this platform (after "www.", "m.", … are
    /// dropped).
    fn hosts(self) -> &'static [&'static str] {
        match self {
            Self::X => &["x.com", "twitter.com"],
            Self::Facebook => &["facebook.com", "fb.com"],
            Self::Instagram => &["instagram.com", "instagr.am"],
            Self::Telegram => &["t.me", "telegram.me", "telegram.dog"],
            Self::TikTok => &["tiktok.com"],
            Self::YouTube => &["youtube.com"],
            Self::Snapchat => &["snapchat.com"],
            Self::LinkedIn => &["linkedin.com"],
            Self::Discord => &["discord.com", "discordapp.com"],
            Self::Signal => &["signal.me"],
            Self::WhatsApp => &["wa.me", "whatsapp.com", "api.whatsapp.com"],
            Self::Threads => &["threads.net", "threads.com"],
            Self::Vk => &["vk.com", "vk.ru"],
            Self::Other => &[],
        }
    }

    /// Path segments that are site pages rather than accounts.
    fn reserved(self) -> &'static [&'static str] {
        match self {
            Self::X => &[
                "i",
                "home",
                "search",
                "hashtag",
                "intent",
                "share",
                "explore",
                "settings",
                "messages",
                "notifications",
            ],
            Self::Facebook => &[
                "groups",
                "pages",
                "events",
                "watch",
                "share",
                "sharer",
                "photo",
                "photo.php",
                "story.php",
                "permalink.php",
                "marketplace",
                "hashtag",
            ],
            Self::Instagram => &["p", "reel", "reels", "explore", "accounts", "tv", "direct"],
            Self::Telegram => &["joinchat", "c", "addstickers", "addlist", "share", "proxy"],
            Self::Vk => &["wall", "club", "public", "photo", "video", "im", "feed"],
            _ => &[],
        }
    }
}

/// Normalises a social-media account to `"platform:handle"`, e.g. `"telegram:abu_example"`.
///
/// `platform` is matched case-insensitively against the known names and aliases (`twitter` is
/// `x`); `other` (or an alias of it) is for any platform not listed, compared on the handle
/// alone. `handle` is trimmed and loses its leading `@`s; a profile link of the platform
/// (`https://t.me/name`, `x.com/name`, `instagram.com/name/`, `tiktok.com/@name`,
/// `youtube.com/@name`, `linkedin.com/in/name`, `wa.me/212…`, …) is reduced to the handle, and
/// a link to another site or to a post, group or invitation is refused.
///
/// All listed platforms treat handles case-insensitively, so handles are lower-cased (YouTube
/// channel ids, `channel/UC…`, excepted); Facebook ignores dots in user names, so they are
/// dropped. Where the platform's rules for characters and length are published they are
/// applied. WhatsApp accounts, and Telegram or Signal accounts given as `+…`, are phone
/// numbers in E.164.
pub fn social_account(platform: &str, handle: &str) -> Result<String> {
    let platform = Platform::parse(platform)?;
    let h = bounded(handle, MAX_HANDLE)?;
    if let Some(found) = h.chars().find(|&c| c.is_control() || is_invisible(c)) {
        return Err(IdentError::BadCharacter { found });
    }
    let handle = if platform == Platform::Other {
        other(h)?
    } else {
        let candidate = match from_link(platform, h)? {
            Some(c) => c,
            None => h.trim_start_matches('@').trim().to_owned(),
        };
        check(platform, &candidate)?
    };
    Ok(format!("{}:{handle}", platform.name()))
}

/// A handle on a platform we know nothing about: trimmed, leading `@`s dropped, lower-cased.
fn other(h: &str) -> Result<String> {
    let s = h.trim_start_matches('@').trim();
    if s.is_empty() {
        return Err(IdentError::Empty);
    }
    Ok(s.to_lowercase())
}

/// If `h` is a web link, the account it names on `platform`: `Ok(None)` when `h` is not a
/// link at all, an error when it is a link to something else.
fn from_link(platform: Platform, h: &str) -> Result<Option<String>> {
    let (had_scheme, rest) = strip_scheme(h);
    let (host_part, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host_part.to_ascii_lowercase();
    let host = ["www.", "m.", "mobile.", "web.", "mbasic.", "business."]
        .iter()
        .find_map(|p| host.strip_prefix(p))
        .unwrap_or(&host)
        .to_owned();
    let is_link = had_scheme
        || platform.hosts().contains(&host.as_str())
        || (host.contains('.') && !path.is_empty());
    if !is_link {
        return Ok(None);
    }
    let name = platform_display(platform);
    if !platform.hosts().contains(&host.as_str()) {
        return Err(IdentError::invalid(format!(
            "is a link to another site, not to a {name} account"
        )));
    }
    if platform == Platform::Signal {
        return Err(IdentError::invalid(
            "is a Signal link, which cannot be read; give the username or the phone number",
        ));
    }
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let path = path.split('#').next().unwrap_or_default();
    let query = query.split('#').next().unwrap_or_default();
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let first = segs.first().copied().unwrap_or_default();
    let second = segs.get(1).copied();
    let not_profile = || IdentError::invalid(format!("is a link to {name}, but not to an account"));
    if platform
        .reserved()
        .iter()
        .any(|r| r.eq_ignore_ascii_case(first))
    {
        return Err(not_profile());
    }
    let picked: Option<String> = match platform {
        Platform::Facebook => {
            if first.eq_ignore_ascii_case("profile.php") {
                query_param(query, "id").map(str::to_owned)
            } else if first.eq_ignore_ascii_case("people") {
                segs.last().map(|s| (*s).to_owned())
            } else {
                Some(first.to_owned())
            }
        }
        Platform::Instagram if first.eq_ignore_ascii_case("stories") => second.map(str::to_owned),
        Platform::Telegram => {
            if first.starts_with('+') && !first.bytes().skip(1).all(|b| b.is_ascii_digit()) {
                // t.me/+AbCd… is a private invitation.
                return Err(not_profile());
            }
            if first.eq_ignore_ascii_case("s") {
                second.map(str::to_owned)
            } else {
                Some(first.to_owned())
            }
        }
        Platform::TikTok | Platform::Threads => first.starts_with('@').then(|| first.to_owned()),
        Platform::YouTube => {
            if first.starts_with('@') {
                Some(first.to_owned())
            } else if first.eq_ignore_ascii_case("channel") {
                second.map(|id| format!("channel/{id}"))
            } else {
                None
            }
        }
        Platform::LinkedIn => {
            if first.eq_ignore_ascii_case("in") {
                second.map(str::to_owned)
            } else {
                None
            }
        }
        Platform::Snapchat => {
            if first.eq_ignore_ascii_case("add") {
                second.map(str::to_owned)
            } else {
                None
            }
        }
        Platform::Discord => {
            if first.eq_ignore_ascii_case("users") {
                second.map(str::to_owned)
            } else {
                None
            }
        }
        Platform::WhatsApp => {
            if host == "wa.me" {
                Some(format!("+{first}"))
            } else {
                query_param(query, "phone").map(|p| format!("+{}", p.trim_start_matches('+')))
            }
        }
        Platform::X | Platform::Instagram | Platform::Vk => Some(first.to_owned()),
        Platform::Signal | Platform::Other => None,
    };
    match picked {
        Some(p) if !p.is_empty() => Ok(Some(p)),
        _ => Err(not_profile()),
    }
}

/// The platform's name as people write it, for messages.
fn platform_display(platform: Platform) -> &'static str {
    match platform {
        Platform::X => "X",
        Platform::Facebook => "Facebook",
        Platform::Instagram => "Instagram",
        Platform::Telegram => "Telegram",
        Platform::TikTok => "TikTok",
        Platform::YouTube => "YouTube",
        Platform::Snapchat => "Snapchat",
        Platform::LinkedIn => "LinkedIn",
        Platform::Discord => "Discord",
        Platform::Signal => "Signal",
        Platform::WhatsApp => "WhatsApp",
        Platform::Threads => "Threads",
        Platform::Vk => "VK",
        Platform::Other => "other",
    }
}

/// `http://` or `https://`, case-insensitively; says whether one was there.
fn strip_scheme(h: &str) -> (bool, &str) {
    for scheme in ["https://", "http://"] {
        if let Some(head) = h.get(..scheme.len())
            && head.eq_ignore_ascii_case(scheme)
        {
            return (true, h.get(scheme.len()..).unwrap_or_default());
        }
    }
    (false, h)
}

/// The value of `key` in a URL query string.
fn query_param<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

/// Applies the platform's published rules to a handle (leading `@` allowed) and returns its
/// canonical form.
fn check(platform: Platform, raw: &str) -> Result<String> {
    let h = raw.trim_start_matches('@');
    if h.is_empty() {
        return Err(IdentError::Empty);
    }
    let phone_ok = matches!(
        platform,
        Platform::WhatsApp | Platform::Telegram | Platform::Signal
    );
    if platform == Platform::WhatsApp || (phone_ok && h.starts_with('+')) {
        return phone(h, "");
    }
    let name = platform_display(platform);
    let lower = h.to_lowercase();
    let (allowed, min, max): (fn(char) -> bool, usize, usize) = match platform {
        // help.x.com: "Your username cannot be longer than 15 characters … can only contain
        // alphanumeric characters (letters A-Z, numbers 0-9) with the exception of underscores".
        Platform::X => (ascii_word, 1, 15),
        // Instagram and Threads: letters, numbers, periods and underscores, 30 at most.
        Platform::Instagram | Platform::Threads => (|c| ascii_word(c) || c == '.', 1, 30),
        // core.telegram.org: a-z, 0-9 and underscores, 5 to 32 (4 for auctioned names).
        Platform::Telegram => (ascii_word, 4, 32),
        // TikTok: letters, numbers, underscores and periods, 2 to 24.
        Platform::TikTok => (|c| ascii_word(c) || c == '.', 2, 24),
        // YouTube handles: 3 to 30 letters (of any script), digits, '_', '-', '.'.
        Platform::YouTube => (
            |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'),
            3,
            30,
        ),
        // Snapchat: 3 to 15, letters, numbers, '-', '_', '.'.
        Platform::Snapchat => (|c| ascii_word(c) || matches!(c, '-' | '.'), 3, 15),
        // LinkedIn public profile URL: 3 to 100 letters or numbers (any script) and '-'.
        Platform::LinkedIn => (|c: char| c.is_alphanumeric() || c == '-', 3, 100),
        // Discord (2023 usernames): 2 to 32 of a-z, 0-9, '_' and '.'; or a numeric user id.
        Platform::Discord => (|c| ascii_word(c) || c == '.', 2, 32),
        // Signal usernames: a nickname and a numeric discriminator, "name.01".
        Platform::Signal => (|c| ascii_word(c) || c == '.', 5, 42),
        // Facebook: letters, numbers and periods, at least 5; periods do not count.
        Platform::Facebook => (
            |c: char| c.is_ascii_lowercase() || c.is_ascii_digit(),
            5,
            50,
        ),
        // VK short names: letters, numbers, '_' and '.', 32 at most.
        Platform::Vk => (|c| ascii_word(c) || c == '.', 2, 32),
        Platform::WhatsApp | Platform::Other => (|_| true, 1, MAX_HANDLE),
    };
    if platform == Platform::YouTube
        && let Some(id) = h.strip_prefix("channel/")
    {
        return youtube_channel(id);
    }
    if platform == Platform::Discord && h.contains('#') {
        return Err(IdentError::invalid(
            "is an old Discord tag (name#1234), which is no longer unique; give the current \
             username or the numeric user id",
        ));
    }
    let canonical: String = if platform == Platform::Facebook {
        lower.chars().filter(|c| *c != '.').collect()
    } else {
        lower
    };
    if let Some(found) = canonical.chars().find(|&c| !allowed(c)) {
        return Err(IdentError::BadCharacter { found });
    }
    let n = canonical.chars().count();
    if n < min || n > max {
        return Err(IdentError::BadLength {
            expected: format!("{min} to {max} ({name})"),
            found: n,
        });
    }
    match platform {
        Platform::Telegram if !canonical.starts_with(|c: char| c.is_ascii_lowercase()) => Err(
            IdentError::invalid("must start with a letter (Telegram username)"),
        ),
        Platform::Snapchat if !canonical.starts_with(|c: char| c.is_ascii_lowercase()) => Err(
            IdentError::invalid("must start with a letter (Snapchat username)"),
        ),
        Platform::Signal if !is_signal_username(&canonical) => Err(IdentError::invalid(
            "must be a Signal username such as name.01 (a name, a dot and at least two digits)",
        )),
        _ => Ok(canonical),
    }
}

/// a-z, 0-9 and '_', the core of most platforms' user-name alphabets.
fn ascii_word(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
}

/// A YouTube channel id, `UC` and 22 characters of the URL-safe base64 alphabet; case is
/// significant.
fn youtube_channel(id: &str) -> Result<String> {
    let valid = id.len() == 24
        && id.starts_with("UC")
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if valid {
        Ok(format!("channel/{id}"))
    } else {
        Err(IdentError::invalid(
            "is not a YouTube channel id (UC and 22 letters, digits, '_' or '-')",
        ))
    }
}

/// Signal: a nickname of 3 to 32 characters not starting with a digit, a dot, and a
/// discriminator of 2 to 9 digits.
fn is_signal_username(s: &str) -> bool {
    let Some((nick, disc)) = s.rsplit_once('.') else {
        return false;
    };
    (3..=32).contains(&nick.len())
        && !nick.starts_with(|c: char| c.is_ascii_digit())
        && nick
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && (2..=9).contains(&disc.len())
        && disc.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ok(p: &str, h: &str) -> String {
        match social_account(p, h) {
            Ok(s) => s,
            Err(e) => panic!("{p:?} {h:?}: {e}"),
        }
    }

    #[test]
    fn handles_and_links_meet() {
        for (p, h, want) in [
            ("telegram", "@Abu_Example", "telegram:abu_example"),
            (
                "Telegram",
                "https://t.me/abu_example",
                "telegram:abu_example",
            ),
            ("tg", "t.me/s/Abu_Example", "telegram:abu_example"),
            (
                "telegram",
                "telegram.me/abu_example?start=1",
                "telegram:abu_example",
            ),
            ("telegram", "+212 6 12 34 56 78", "telegram:+212612345678"),
            ("twitter", "@JackDorsey", "x:jackdorsey"),
            ("X", "https://x.com/jackdorsey/status/20", "x:jackdorsey"),
            ("x", "https://mobile.twitter.com/JackDorsey", "x:jackdorsey"),
            (
                "instagram",
                "instagram.com/some.user_1/",
                "instagram:some.user_1",
            ),
            (
                "instagram",
                "https://www.instagram.com/Some.User_1?hl=fr",
                "instagram:some.user_1",
            ),
            (
                "instagram",
                "https://www.instagram.com/stories/some.user_1/3141",
                "instagram:some.user_1",
            ),
            (
                "tiktok",
                "https://www.tiktok.com/@Some.User/video/123",
                "tiktok:some.user",
            ),
            ("tiktok", "@some.user", "tiktok:some.user"),
            (
                "youtube",
                "https://www.youtube.com/@SomeChannel",
                "youtube:somechannel",
            ),
            (
                "youtube",
                "https://www.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw",
                "youtube:channel/UC_x5XG1OV2P6uZZ5FSM9Ttw",
            ),
            (
                "youtube",
                "channel/UC_x5XG1OV2P6uZZ5FSM9Ttw",
                "youtube:channel/UC_x5XG1OV2P6uZZ5FSM9Ttw",
            ),
            ("facebook", "John.Smith.75", "facebook:johnsmith75"),
            (
                "fb",
                "https://www.facebook.com/john.smith.75",
                "facebook:johnsmith75",
            ),
            (
                "facebook",
                "https://m.facebook.com/profile.php?id=100012345678901",
                "facebook:100012345678901",
            ),
            (
                "linkedin",
                "https://www.linkedin.com/in/Jean-Dupont-123/",
                "linkedin:jean-dupont-123",
            ),
            (
                "snapchat",
                "https://www.snapchat.com/add/Some_User",
                "snapchat:some_user",
            ),
            ("discord", "Some.User", "discord:some.user"),
            (
                "discord",
                "https://discord.com/users/80351110224678912",
                "discord:80351110224678912",
            ),
            ("signal", "Abu.01", "signal:abu.01"),
            ("signal", "+32 470 12 34 56", "signal:+32470123456"),
            (
                "whatsapp",
                "https://wa.me/212612345678",
                "whatsapp:+212612345678",
            ),
            ("whatsapp", "+212 612-345678", "whatsapp:+212612345678"),
            (
                "WhatsApp",
                "https://api.whatsapp.com/send?phone=212612345678&text=hi",
                "whatsapp:+212612345678",
            ),
            (
                "threads",
                "https://www.threads.net/@some.user",
                "threads:some.user",
            ),
            ("vk", "https://vk.com/Some_User", "vk:some_user"),
            ("other", "  @@SomeOne  ", "other:someone"),
            (
                "autre",
                "Mastodon.social/@Someone",
                "other:mastodon.social/@someone",
            ),
        ] {
            assert_eq!(ok(p, h), want, "{p:?} {h:?}");
        }
    }

    #[test]
    fn refusals_say_why() {
        assert_eq!(
            social_account("myspace", "tom"),
            Err(IdentError::invalid(
                "names an unknown platform; use x, facebook, instagram, telegram, tiktok, \
                 youtube, snapchat, linkedin, discord, signal, whatsapp, threads, vk or other"
            ))
        );
        assert_eq!(
            social_account("telegram", "https://x.com/abu"),
            Err(IdentError::invalid(
                "is a link to another site, not to a Telegram account"
            ))
        );
        assert_eq!(
            social_account("telegram", "https://t.me/+AbCdEfGh123"),
            Err(IdentError::invalid(
                "is a link to Telegram, but not to an account"
            ))
        );
        assert_eq!(
            social_account("telegram", "https://t.me/joinchat/AbCdEf"),
            Err(IdentError::invalid(
                "is a link to Telegram, but not to an account"
            ))
        );
        assert_eq!(
            social_account("instagram", "https://www.instagram.com/p/CxYz123/"),
            Err(IdentError::invalid(
                "is a link to Instagram, but not to an account"
            ))
        );
        assert_eq!(
            social_account("telegram", "abu"),
            Err(IdentError::BadLength {
                expected: "4 to 32 (Telegram)".into(),
                found: 3
            })
        );
        assert_eq!(
            social_account("telegram", "1abu_example"),
            Err(IdentError::invalid(
                "must start with a letter (Telegram username)"
            ))
        );
        assert_eq!(
            social_account("x", "jack-dorsey"),
            Err(IdentError::BadCharacter { found: '-' })
        );
        assert_eq!(
            social_account("x", "a_very_long_name_indeed"),
            Err(IdentError::BadLength {
                expected: "1 to 15 (X)".into(),
                found: 23
            })
        );
        assert_eq!(
            social_account("discord", "someone#1234"),
            Err(IdentError::invalid(
                "is an old Discord tag (name#1234), which is no longer unique; give the current \
                 username or the numeric user id"
            ))
        );
        assert_eq!(
            social_account("signal", "abu"),
            Err(IdentError::BadLength {
                expected: "5 to 42 (Signal)".into(),
                found: 3
            })
        );
        assert_eq!(
            social_account("signal", "abuabu"),
            Err(IdentError::invalid(
                "must be a Signal username such as name.01 (a name, a dot and at least two digits)"
            ))
        );
        assert_eq!(
            social_account("signal", "https://signal.me/#eu/abc"),
            Err(IdentError::invalid(
                "is a Signal link, which cannot be read; give the username or the phone number"
            ))
        );
        assert_eq!(
            social_account("whatsapp", "0612345678"),
            Err(IdentError::invalid(
                "must start with + or 00 and the country code when no region is given"
            ))
        );
        assert_eq!(
            social_account("youtube", "channel/UCshort"),
            Err(IdentError::invalid(
                "is not a YouTube channel id (UC and 22 letters, digits, '_' or '-')"
            ))
        );
        assert_eq!(social_account("x", "@"), Err(IdentError::Empty));
        assert_eq!(social_account("", "abu"), Err(IdentError::Empty));
        assert_eq!(
            social_account("x", "ab\u{202E}c"),
            Err(IdentError::BadCharacter { found: '\u{202E}' })
        );
    }

    const PLATFORMS: [&str; 14] = [
        "x",
        "facebook",
        "instagram",
        "telegram",
        "tiktok",
        "youtube",
        "snapchat",
        "linkedin",
        "discord",
        "signal",
        "whatsapp",
        "threads",
        "vk",
        "other",
    ];

    proptest! {
        #![proptest_config(crate::ident::proptest_config())]

        #[test]
        fn idempotent(i in 0..PLATFORMS.len(), h in "@?[a-zA-Z][a-zA-Z0-9_.]{2,20}") {
            if let Ok(once) = social_account(PLATFORMS[i], &h) {
                let (p, rest) = once.split_once(':').unwrap();
                prop_assert_eq!(social_account(p, rest), Ok(once.clone()));
            }
        }

        #[test]
        fn handle_and_link_agree(name in "[a-z][a-z0-9_]{4,14}", upper in any::<bool>()) {
            let typed = if upper { name.to_uppercase() } else { name.clone() };
            for (p, link) in [
                ("telegram", format!("https://t.me/{typed}")),
                ("x", format!("https://x.com/{typed}")),
                ("instagram", format!("instagram.com/{typed}/")),
                ("tiktok", format!("https://www.tiktok.com/@{typed}")),
                ("youtube", format!("https://youtube.com/@{typed}")),
            ] {
                let want = format!("{p}:{name}");
                prop_assert_eq!(social_account(p, &link), Ok(want.clone()));
                prop_assert_eq!(social_account(p, &format!("@{typed}")), Ok(want));
            }
        }

        #[test]
        fn never_panics(i in 0..PLATFORMS.len(), p in ".{0,10}", h in ".*") {
            let _ = social_account(PLATFORMS[i], &h);
            let _ = social_account(&p, &h);
        }

        #[test]
        fn never_panics_printable(i in 0..PLATFORMS.len(), h in "\\PC*") {
            let _ = social_account(PLATFORMS[i], &h);
        }

        #[test]
        fn never_panics_on_links(i in 0..PLATFORMS.len(), h in "(https?://)?(www\\.)?(t\\.me|x\\.com|facebook\\.com|wa\\.me|youtube\\.com|linkedin\\.com)/[a-zA-Z0-9@+?=&/#._-]{0,30}") {
            let _ = social_account(PLATFORMS[i], &h);
        }
    }
}
