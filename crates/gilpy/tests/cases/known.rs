//! The list of cases gilpy does not pass yet: `tests/cases/KNOWN_FAILURES`.
//!
//! One case per line, `area/name  # reason`; blank lines and lines starting with `#` are comments.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

#[derive(Default)]
pub struct KnownFailures {
    reasons: BTreeMap<String, String>,
}

impl KnownFailures {
    /// A missing file means no known failures.
    pub fn load(path: &Path) -> Result<Self, String> {
        match fs::read_to_string(path) {
            Ok(text) => Self::parse(&text),
            Err(_) => Ok(Self::default()),
        }
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let mut reasons = BTreeMap::new();
        for (index, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (id, reason) = line.split_once('#').unwrap_or((line, ""));
            let id = id.trim();
            if id.split('/').count() != 2 {
                return Err(format!(
                    "KNOWN_FAILURES line {}: expected `area/name  # reason`",
                    index + 1
                ));
            }
            reasons.insert(id.to_owned(), reason.trim().to_owned());
        }
        Ok(Self { reasons })
    }

    pub fn reason(&self, id: &str) -> Option<&str> {
        self.reasons.get(id).map(String::as_str)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.reasons.keys().map(String::as_str)
    }
}
