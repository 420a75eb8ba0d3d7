//! A small line diff of expected and actual output, printed in the style of `diff -u`.

/// Past this many lines a side, the diff falls back to the first differing line.
const MAX_LINES: usize = 3_000;
/// Unchanged lines shown around each change.
const CONTEXT: usize = 3;

#[derive(Clone, Copy, PartialEq)]
enum Edit {
    Same,
    Removed,
    Added,
}

pub fn unified_diff(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let old: Vec<&str> = expected.split_inclusive('\n').collect();
    let new: Vec<&str> = actual.split_inclusive('\n').collect();
    if old.len() > MAX_LINES || new.len() > MAX_LINES {
        return first_difference(&old, &new);
    }
    let script = edit_script(&old, &new);
    render(&script, &old, &new)
}

/// The shortest edit script via the longest common subsequence table.
fn edit_script(old: &[&str], new: &[&str]) -> Vec<Edit> {
    let (n, m) = (old.len(), new.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut script) = (0, 0, Vec::with_capacity(n + m));
    while i < n || j < m {
        if i < n && j < m && old[i] == new[j] {
            script.push(Edit::Same);
            (i, j) = (i + 1, j + 1);
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            script.push(Edit::Removed);
            i += 1;
        } else {
            script.push(Edit::Added);
            j += 1;
        }
    }
    script
}

fn render(script: &[Edit], old: &[&str], new: &[&str]) -> String {
    let near_change = |k: usize| {
        let low = k.saturating_sub(CONTEXT);
        let high = (k + CONTEXT + 1).min(script.len());
        script[low..high].iter().any(|edit| *edit != Edit::Same)
    };
    let mut text = String::from("--- expected\n+++ actual\n");
    let (mut i, mut j, mut skipping) = (0, 0, false);
    for (k, edit) in script.iter().enumerate() {
        let shown = near_change(k);
        if !shown && !skipping {
            text.push_str("@@ ... @@\n");
        }
        skipping = !shown;
        match edit {
            Edit::Same => {
                if shown {
                    push_line(&mut text, ' ', old[i]);
                }
                (i, j) = (i + 1, j + 1);
            }
            Edit::Removed => {
                push_line(&mut text, '-', old[i]);
                i += 1;
            }
            Edit::Added => {
                push_line(&mut text, '+', new[j]);
                j += 1;
            }
        }
    }
    text
}

/// Marks a line without a final newline the way `diff` does.
fn push_line(text: &mut String, sign: char, line: &str) {
    text.push(sign);
    text.push_str(line);
    if !line.ends_with('\n') {
        text.push_str("\n\\ No newline at end of file\n");
    }
}

fn first_difference(old: &[&str], new: &[&str]) -> String {
    let index = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    format!(
        "outputs first differ at line {} of {} expected and {} actual\n-{}\n+{}\n",
        index + 1,
        old.len(),
        new.len(),
        old.get(index)
            .copied()
            .unwrap_or("<end of output>")
            .trim_end(),
        new.get(index)
            .copied()
            .unwrap_or("<end of output>")
            .trim_end(),
    )
}
