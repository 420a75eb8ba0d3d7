# Word frequencies over generated text: str splitting, case mapping, joins and dict updates.

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el", "or", "ui", "th", "qu", "z"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    for _ in range(size):
        parts = []
        for _ in range(1 + rng.next(3)):
            parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
        word = "".join(parts)
        if rng.next(5) == 0:
            word = word.capitalize()
        words.append(word)
    return words


def make_text(rng, vocabulary, lines, words_per_line):
    out = []
    n = len(vocabulary)
    for _ in range(lines):
        line = []
        for _ in range(words_per_line):
            a = rng.next(n)
            b = rng.next(n)
            line.append(vocabulary[a if a < b else b])
        if rng.next(4) == 0:
            line[-1] = line[-1] + "."
        out.append(" ".join(line))
    return "\n".join(out)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".,").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def count_bigrams(text):
    pairs = {}
    words = text.lower().replace(".", " ").split()
    for i in range(len(words) - 1):
        key = words[i] + " " + words[i + 1]
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def letter_histogram(text):
    hist = {}
    for ch in text:
        if ch.isalpha():
            hist[ch] = hist.get(ch, 0) + 1
    return hist


def main():
    rng = Lcg(42)
    vocabulary = make_vocabulary(rng, 2000)
    text = make_text(rng, vocabulary, 110000, 12)
    counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print(f"chars={len(text)} distinct={len(counts)} total={sum(counts.values())}")
    for word, n in top:
        print(f"{word:>12} {n}")
    pairs = count_bigrams(text)
    best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    print(f"bigrams={len(pairs)} most={best[0]!r}x{best[1]}")
    hist = letter_histogram(text)
    print(" ".join(f"{ch}:{hist[ch]}" for ch in sorted(hist)))
    upper_words = [w.upper() for w in counts if w.startswith("ka")]
    print(len(upper_words), ",".join(sorted(upper_words)[:5]))


main()
