//! Finds the cases: `tests/cases/<area>/<name>.py`, one directory level deep.
//!
//! Anything whose name starts with `_` is support material, not a case, and so is everything in
//! deeper directories (helper packages such as `modules/pkg_demo/`).

use std::fs;
use std::path::Path;

use crate::case::Case;

pub fn find_cases(root: &Path) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for area_dir in sorted_entries(root)? {
        if area_dir.is_dir() && !is_support(&area_dir) {
            cases.extend(cases_in_area(&area_dir)?);
        }
    }
    Ok(cases)
}

fn cases_in_area(area_dir: &Path) -> Result<Vec<Case>, String> {
    let area = file_name(area_dir);
    let mut cases = Vec::new();
    for path in sorted_entries(area_dir)? {
        let is_script = path.extension().is_some_and(|ext| ext == "py");
        if path.is_file() && is_script && !is_support(&path) {
            let name = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            cases.push(Case {
                area: area.clone(),
                name: name.unwrap_or_default(),
                dir: area_dir.to_path_buf(),
            });
        }
    }
    Ok(cases)
}

fn sorted_entries(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn is_support(path: &Path) -> bool {
    file_name(path).starts_with(['_', '.'])
}
