//! Substring search, counting, splitting and replacing over byte slices, shared by `bytes` and
//! by `str` (UTF-8 text matches a UTF-8 needle only at character boundaries). Counterpart of
//! CPython's `Objects/stringlib/` (`fastsearch.h`, `split.h`, `partition.h`).

/// The first occurrence of `n` in `h`.
pub fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    let Some(&first) = n.first() else {
        return Some(0);
    };
    if n.len() > h.len() {
        return None;
    }
    let last_start = h.len() - n.len();
    let mut i = 0;
    while i <= last_start {
        i += h[i..=last_start].iter().position(|&b| b == first)?;
        if &h[i..i + n.len()] == n {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The last occurrence of `n` in `h`.
pub fn rfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len())
        .rev()
        .find(|&i| &h[i..i + n.len()] == n)
}

/// Non-overlapping occurrences of a non-empty `n`, at most `max`.
pub fn count(h: &[u8], n: &[u8], max: usize) -> usize {
    let mut found = 0;
    let mut i = 0;
    while found < max {
        match find(&h[i..], n) {
            Some(at) => {
                found += 1;
                i += at + n.len();
            }
            None => break,
        }
    }
    found
}

/// `split(sep, maxsplit)` with a non-empty separator (`maxsplit < 0`: no limit).
pub fn split<'h>(h: &'h [u8], sep: &[u8], maxsplit: isize) -> Vec<&'h [u8]> {
    let mut out = Vec::new();
    let mut rest = h;
    let mut left = maxsplit;
    while left != 0 {
        let Some(at) = find(rest, sep) else { break };
        out.push(&rest[..at]);
        rest = &rest[at + sep.len()..];
        left -= 1;
    }
    out.push(rest);
    out
}

/// `rsplit(sep, maxsplit)` with a non-empty separator, in left-to-right order.
pub fn rsplit<'h>(h: &'h [u8], sep: &[u8], maxsplit: isize) -> Vec<&'h [u8]> {
    let mut out = Vec::new();
    let mut rest = h;
    let mut left = maxsplit;
    while left != 0 {
        let Some(at) = rfind(rest, sep) else { break };
        out.push(&rest[at + sep.len()..]);
        rest = &rest[..at];
        left -= 1;
    }
    out.push(rest);
    out.reverse();
    out
}

/// `split()` on runs of space units; `units` are (offset, length, is_space). After `maxsplit`
/// splits the rest is kept whole, trailing spaces included.
pub fn split_runs<'h>(
    h: &'h [u8],
    units: &[(usize, usize, bool)],
    maxsplit: isize,
) -> Vec<&'h [u8]> {
    let mut out = Vec::new();
    let mut left = maxsplit;
    let mut i = 0;
    while i < units.len() {
        while i < units.len() && units[i].2 {
            i += 1;
        }
        if i == units.len() {
            break;
        }
        if left == 0 {
            out.push(&h[units[i].0..]);
            return out;
        }
        let start = units[i].0;
        while i < units.len() && !units[i].2 {
            i += 1;
        }
        let end = units.get(i).map_or(h.len(), |u| u.0);
        out.push(&h[start..end]);
        left -= 1;
    }
    out
}

/// `rsplit()` on runs of space units, in left-to-right order.
pub fn rsplit_runs<'h>(
    h: &'h [u8],
    units: &[(usize, usize, bool)],
    maxsplit: isize,
) -> Vec<&'h [u8]> {
    let mut out = Vec::new();
    let mut left = maxsplit;
    let mut i = units.len();
    while i > 0 {
        while i > 0 && units[i - 1].2 {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let end = units[i - 1].0 + units[i - 1].1;
        if left == 0 {
            out.push(&h[..end]);
            break;
        }
        while i > 0 && !units[i - 1].2 {
            i -= 1;
        }
        out.push(&h[units.get(i).map_or(0, |u| u.0)..end]);
        left -= 1;
    }
    out.reverse();
    out
}

/// `replace(old, new, count)` with a non-empty `old` (`count < 0`: all).
pub fn replace(h: &[u8], old: &[u8], new: &[u8], count: isize) -> Vec<u8> {
    let mut out = Vec::with_capacity(h.len());
    let mut rest = h;
    let mut left = count;
    while left != 0 {
        let Some(at) = find(rest, old) else { break };
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(new);
        rest = &rest[at + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    out
}

/// `replace("", new, count)`: `new` before each unit and at the end; `starts` are the units'
/// offsets.
pub fn replace_empty(
    h: &[u8],
    starts: impl Iterator<Item = usize>,
    new: &[u8],
    count: isize,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(h.len() + new.len());
    let mut left = count;
    let mut last = 0;
    for at in starts.chain(std::iter::once(h.len())) {
        if left == 0 {
            break;
        }
        out.extend_from_slice(&h[last..at]);
        out.extend_from_slice(new);
        last = at;
        left -= 1;
    }
    out.extend_from_slice(&h[last..]);
    out
}

/// Expands tabs to the next multiple of `tabsize` columns; columns restart after `\n`/`\r`.
/// `None` when the result would pass `alloc::MAX_BYTES`.
pub fn expandtabs<T: Copy + PartialEq>(
    units: impl Iterator<Item = T>,
    tabsize: isize,
    [tab, space, nl, cr]: [T; 4],
) -> Option<Vec<T>> {
    let mut out = Vec::new();
    let mut column: usize = 0;
    for u in units {
        if u == tab {
            if tabsize > 0 {
                let n = tabsize as usize - column % tabsize as usize;
                if !crate::alloc::fits::<T>(out.len().saturating_add(n)) {
                    return None;
                }
                out.extend(std::iter::repeat_n(space, n));
                column += n;
            }
        } else {
            out.push(u);
            column = if u == nl || u == cr { 0 } else { column + 1 };
        }
    }
    Some(out)
}

/// A haystack for the `find` family: bytes, or UTF-8 text indexed by code point.
pub struct Hay<'a> {
    pub data: &'a [u8],
    /// Length in units (bytes, or code points of text).
    pub len: usize,
    /// Whether units are bytes (`bytes`, or ASCII-only text).
    pub bytewise: bool,
}

fn is_char_start(b: u8) -> bool {
    (b & 0xC0) != 0x80
}

impl Hay<'_> {
    /// The byte offset of unit `i` (`i <= len`).
    pub fn to_byte(&self, i: usize) -> usize {
        if self.bytewise {
            return i.min(self.data.len());
        }
        let mut starts = self
            .data
            .iter()
            .enumerate()
            .filter(|(_, b)| is_char_start(**b));
        starts.nth(i).map_or(self.data.len(), |(k, _)| k)
    }

    /// The unit index of byte offset `b`.
    pub fn to_unit(&self, b: usize) -> usize {
        if self.bytewise {
            b
        } else {
            self.data[..b].iter().filter(|b| is_char_start(**b)).count()
        }
    }

    /// `find`/`rfind` of `sub` within units `start..end` (as adjusted by `bounds`).
    pub fn find(
        &self,
        sub: &[u8],
        sub_units: usize,
        start: usize,
        end: usize,
        reverse: bool,
    ) -> Option<usize> {
        if end < start || end - start < sub_units {
            return None;
        }
        let (bs, be) = (self.to_byte(start), self.to_byte(end));
        let window = &self.data[bs..be];
        let at = if reverse {
            rfind(window, sub)
        } else {
            find(window, sub)
        }?;
        Some(self.to_unit(bs + at))
    }

    /// `count` of `sub` within units `start..end`.
    pub fn count(&self, sub: &[u8], start: usize, end: usize) -> usize {
        if end < start {
            return 0;
        }
        if sub.is_empty() {
            return end - start + 1;
        }
        let (bs, be) = (self.to_byte(start), self.to_byte(end));
        count(&self.data[bs..be], sub, usize::MAX)
    }

    /// `startswith`/`endswith` of one candidate within units `start..end`.
    pub fn tailmatch(
        &self,
        sub: &[u8],
        sub_units: usize,
        start: usize,
        end: usize,
        at_end: bool,
    ) -> bool {
        if end < start || end - start < sub_units {
            return false;
        }
        let (bs, be) = (self.to_byte(start), self.to_byte(end));
        let window = &self.data[bs..be];
        if at_end {
            window.ends_with(sub)
        } else {
            window.starts_with(sub)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search() {
        assert_eq!(find(b"banana", b"na"), Some(2));
        assert_eq!(rfind(b"banana", b"na"), Some(4));
        assert_eq!(find(b"banana", b"x"), None);
        assert_eq!(count(b"aaaa", b"aa", usize::MAX), 2);
        assert_eq!(split(b"a,b,,c", b",", -1), vec![&b"a"[..], b"b", b"", b"c"]);
        assert_eq!(rsplit(b"a,b,c", b",", 1), vec![&b"a,b"[..], b"c"]);
        assert_eq!(replace(b"aaa", b"a", b"b", 2), b"bba");
        assert_eq!(replace_empty(b"ab", 0..2, b"-", -1), b"-a-b-");
    }

    #[test]
    fn runs() {
        let h = b"  a b  c ";
        let units: Vec<_> = h
            .iter()
            .enumerate()
            .map(|(i, &b)| (i, 1, b == b' '))
            .collect();
        assert_eq!(split_runs(h, &units, -1), vec![&b"a"[..], b"b", b"c"]);
        assert_eq!(split_runs(h, &units, 1), vec![&b"a"[..], b"b  c "]);
        assert_eq!(rsplit_runs(h, &units, 1), vec![&b"  a b"[..], b"c"]);
    }
}
