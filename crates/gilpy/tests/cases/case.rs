//! One behaviour case: a `.py` file and the expectation files beside it.

use std::fs;
use std::path::PathBuf;

/// A case found at `tests/cases/<area>/<name>.py`.
pub struct Case {
    pub area: String,
    pub name: String,
    pub dir: PathBuf,
}

/// What CPython did when it ran the case.
pub struct Expected {
    pub stdout: Vec<u8>,
    pub exit_code: i32,
    /// The last line of stderr, checked only when the case has a `.err` file.
    pub last_stderr_line: Option<String>,
}

impl Case {
    /// The case's name in `KNOWN_FAILURES`: `area/name`.
    pub fn id(&self) -> String {
        format!("{}/{}", self.area, self.name)
    }

    pub fn script_file(&self) -> String {
        format!("{}.py", self.name)
    }

    fn sibling(&self, extension: &str) -> PathBuf {
        self.dir.join(format!("{}.{extension}", self.name))
    }

    pub fn out_path(&self) -> PathBuf {
        self.sibling("out")
    }

    /// Reads `.out`, `.code` and `.err`; only `.out` is required.
    pub fn expected(&self) -> Result<Expected, String> {
        let out_path = self.out_path();
        let stdout = fs::read(&out_path).map_err(|e| {
            format!(
                "cannot read {}: {e} (run scripts/regen-cases)",
                out_path.display()
            )
        })?;
        let exit_code = match fs::read_to_string(self.sibling("code")) {
            Ok(text) => text
                .trim()
                .parse()
                .map_err(|e| format!("bad exit code in {}.code: {e}", self.name))?,
            Err(_) => 0,
        };
        let last_stderr_line = fs::read_to_string(self.sibling("err"))
            .ok()
            .map(|text| text.trim_end_matches(['\n', '\r']).to_owned());
        Ok(Expected {
            stdout,
            exit_code,
            last_stderr_line,
        })
    }
}

/// The last non-blank line of a process's stderr, as `scripts/regen-cases` records it.
pub fn last_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
        .trim_end_matches('\r')
        .to_owned()
}
