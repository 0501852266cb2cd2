//! Macros shared by the crate's modules.

/// Declares a closed set of values with a stable text form (stored, exchanged, imported) and
/// accepted aliases.
macro_rules! text_enum {
    ($(#[$m:meta])* $name:ident, $what:literal { $($(#[$vm:meta])* $var:ident = $text:literal $(| $alias:literal)*,)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "&'static str")]
        pub enum $name { $($(#[$vm])* $var,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var,)+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $text,)+ }
            }

            /// Parses the text form or an alias, ignoring case, spaces and hyphens.
            pub fn parse(raw: &str) -> Result<Self, String> {
                let k: String = raw.trim().to_lowercase().chars()
                    .map(|c| if c == ' ' || c == '-' { '_' } else { c }).collect();
                match k.as_str() {
                    $($text $(| $alias)* => Ok($name::$var),)+
                    _ => Err(format!(
                        "'{}' is not a known {} (expected one of: {})",
                        raw.trim(), $what, [$($text),+].join(", ")
                    )),
                }
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, String> { Self::parse(&s) }
        }

        impl From<$name> for &'static str {
            fn from(v: $name) -> &'static str { v.as_str() }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
