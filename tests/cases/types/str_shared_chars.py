"""One-character strs from iterating and indexing text: the shared latin-1 strs (the same
object each time, also from other threads), ASCII bytes taken without decoding, and new
objects above U+00FF."""
import sys
import threading

text = "kalo Mine\tsuta.\n" + "é\xff\u0100ǅ€\U0001F600" + "\x00\x7f"
chars = [c for c in text]
print(len(chars), chars)
print([ord(c) for c in reversed(text)])
print(all(a is b for a, b in zip(text, "".join(text))))
print(text[0] is text[0], text[16] is chars[16], text[17] is chars[17], text[-1] is chars[-1])
print(text[18] is text[18], text[18] == "\u0100", text[21] == "\U0001F600")
print([c for c in "ab"] == ["a", "b"], list("") == [], "".join(list("xyz")))
e = "é"
before = sys.getrefcount(e)
tmp = [c for c in "ééé"]
print(sys.getrefcount(e) - before)
del tmp
print(sys.getrefcount(e) - before)

hist = {}
for ch in text * 3:
    if ch.isalpha():
        hist[ch] = hist.get(ch, 0) + 1
print(sorted(hist.items()))

results = []


def worker(n):
    s = "".join(chr(97 + (i % 26)) for i in range(n)) + "é"
    seen = {}
    for ch in s:
        seen[ch] = seen.get(ch, 0) + 1
    results.append((n, len(seen), seen["a"], s[0] is s[26 if n > 26 else 0], s[-1] is s[-1]))


for n in (5, 30, 60):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
print(results)
print([c for c in "after threads"][:5], "ab"[0] is "ba"[1])
