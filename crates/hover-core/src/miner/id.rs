//! Template IDs: derived from the template text, so equal across restarts and processes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A template's ID: the first 64 bits of XXH3 of its text, as 16 lowercase hex digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct TemplateId(pub u64);

impl TemplateId {
    /// The ID of a template text.
    pub fn of_text(template: &str) -> Self {
        Self(xxhash_rust::xxh3::xxh3_64(template.as_bytes()))
    }
}

impl fmt::Display for TemplateId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl From<TemplateId> for String {
    fn from(id: TemplateId) -> String {
        id.to_string()
    }
}

impl TryFrom<String> for TemplateId {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        text.parse()
    }
}

impl std::str::FromStr for TemplateId {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        // Digit by digit, once the length fits: from_str_radix would also take a leading `+`.
        let digits = |text: &str| text.chars().try_fold(0u64, |id, c| Some(id << 4 | u64::from(c.to_digit(16)?)));
        match (text.len() == 16).then(|| digits(text)).flatten() {
            Some(id) => Ok(Self(id)),
            None => Err(format!("template id \"{text}\" is not 16 hex digits")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::TemplateId;

    #[test]
    fn parses_its_own_text_and_nothing_else() {
        let id = TemplateId::of_text("disk <*> full");
        assert_eq!(id.to_string().parse(), Ok(id));
        assert_eq!("00000000000000aF".parse(), Ok(TemplateId(0xaf)));
        for bad in ["+00000000000000a", "00000000000000a", "00000000000000000", "000000000000000g", ""] {
            assert_eq!(bad.parse::<TemplateId>(), Err(format!("template id \"{bad}\" is not 16 hex digits")));
        }
    }
}
