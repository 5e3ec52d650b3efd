"""Noisy-channel correction of Danish OCR damage: words, run-together words, line-break hyphens, bullets.

A damaged word ``w`` is replaced by the clean word ``c`` maximising P(w | c) · P(c): the channel
P(w | c) is the learned confusion model (:mod:`.channel`), the prior P(c) the word's frequency
(:mod:`.lexicon`).  Competing with every candidate is the hypothesis that ``w`` is right as
written; a change is made only when its posterior reaches the threshold.

Word corrections happen only in a document that looks OCR-damaged: many words the lexicon does
not know become known once Danish letters are put back.  In a clean document an unknown word is
far more likely a name or a foreign word than damage, so it is left alone.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass, field

import regex

from dkcouncil.schemas import Repair

from .channel import WORD_RE, ConfusionModel, load_model
from .lexicon import Lexicon, load_lexicon

LN10 = math.log(10)
# Prior (Zipf) of "a word the lexicon does not know is right as written" (names, rare words).
UNKNOWN_ZIPF = 0.0
# Prior (Zipf) of a word known only as a compound of known parts.
COMPOUND_ZIPF = 1.5
# A word spelled with æ, ø or å elsewhere in the document is at least this common in it.
DOC_WORD_ZIPF = 3.5
# Log-odds bonus of two words having run together over one unknown token; see README (tuned on train).
SPLIT_BONUS = 2.0
# In a split one part must be a common short word (i, en, på, og ...): OCR drops narrow spaces there.
SPLIT_HINGE_ZIPF = 5.0
# Readings of a word less likely than this (log P(ocr | clean)) are not analysed as compounds or splits.
LIKELY_LOGP = -6.0
# The one-letter words of Danish a run-together word may hold ("Debatindlæg i").
SINGLE_LETTER_WORDS = frozenset("iåø")
# A known word is changed only when the change is this sure, whatever the threshold.
KNOWN_MIN_CONFIDENCE = 0.8
# Share of words that are unknown but become known with Danish letters put back, above which the
# document counts as OCR-damaged (clean council text: < 0.5 %; OCR without Danish: 10-20 %).
DAMAGE_RATIO = 0.02
DAMAGE_MIN_WORDS = 3
DANISH = frozenset("æøå")

# A word broken across a line end: "erhvervsøko-\nnomiske".
JOIN_RE = regex.compile(r"(?<![\p{L}@|®])([\p{L}@|®]+)-[ \t]*\n[ \t]*(\p{Ll}[\p{L}@|®]*)")
# Chunks that are addresses, not prose: the @ of an e-mail address is no damaged Ø.
PROTECTED_RE = regex.compile(r"\S*(?:://|www\.|@[\w-]+\.[a-z])\S*", regex.IGNORECASE)
# A line starting with a glyph OCR makes of a bullet, followed by the item's first character.
# Letters (e, o) only count before a capital or digit; other glyphs before any word.
BULLET_RE = regex.compile(
    r"(?m)^([ \t]*)(?:([eo])([ \t]+)(?=[\p{Lu}\d|@])|([*+¢«»©®])([ \t]+)(?=[\p{L}\d|@]))"
)
# Glyphs with a meaning of their own (Markdown markers, »Danish quotes«): only normalised in damaged text.
MARKUP_BULLETS = frozenset("*+«»©®")
BULLET = "•"


@dataclass
class _Decision:
    replacement: str
    kind: str
    confidence: float


@dataclass
class Corrector:
    """Word-level corrector for one document (caches decisions per word form)."""

    lexicon: Lexicon
    model: ConfusionModel
    threshold: float = 0.5
    doc_words: frozenset[str] = frozenset()
    _cache: dict[str, _Decision | None] = field(default_factory=dict)

    def known(self, word: str) -> bool:
        return word in self.lexicon or word in self.doc_words or self.lexicon.compound(word)

    def prior(self, word: str, compounds: bool = True) -> float | None:
        """Log prior of a lowercase word, ``None`` when it is no known word."""
        zipf = self.lexicon.frequency(word)
        if word in self.doc_words:
            zipf = max(zipf, DOC_WORD_ZIPF)
        if not zipf and compounds and self.lexicon.compound(word):
            zipf = COMPOUND_ZIPF
        return (zipf - 9.0) * LN10 if zipf else None

    def fixable(self, word: str) -> bool:
        """Is ``word`` unknown but a known word once OCR damage is undone? ``fixable("mgde")`` -> True."""
        if self.known(word):
            return False
        return any(c != word and self.known(c) for c in self.model.variants(word))

    def decide(self, word: str) -> _Decision | None:
        """The repair of a lowercase word, or ``None``: ``decide("mgde").replacement == "møde"``."""
        if word not in self._cache:
            self._cache[word] = self._decide(word)
        return self._cache[word]

    def _decide(self, word: str) -> _Decision | None:
        hyps: list[tuple[float, str, str]] = []
        own = self.prior(word)
        known = own is not None
        keep = self.model.keep_logp(word) if word.replace("|", "").replace("@", "").isalpha() else -math.inf
        hyps.append((keep + (own if known else (UNKNOWN_ZIPF - 9.0) * LN10), word, "keep"))
        for cand, (logp, _edits) in self.model.variants(word).items():
            if cand == word:
                continue
            # Compound analysis and splits only for likely readings: an unlikely one cannot win anyway.
            likely = logp > LIKELY_LOGP
            p = self.prior(cand, compounds=likely)
            if p is not None:
                hyps.append((logp + p, cand, "ocr"))
            elif likely and not known:
                split = self._split(cand)
                if split is not None:
                    hyps.append((logp + split[0], split[1], "split"))
        if not known and word.isalpha():
            split = self._split(word)
            if split is not None:
                hyps.append((keep + split[0], split[1], "split"))
        best = max(hyps)
        if best[2] == "keep":
            return None
        top = best[0]
        confidence = 1.0 / sum(math.exp(h[0] - top) for h in hyps)
        if confidence < (max(self.threshold, KNOWN_MIN_CONFIDENCE) if known else self.threshold):
            return None
        return _Decision(best[1], best[2], round(confidence, 4))

    def _split(self, word: str) -> tuple[float, str] | None:
        """Best reading of ``word`` as two words run together: ``"enannonce"`` -> ``(logp, "en annonce")``."""
        freq = self.lexicon.frequency
        best: tuple[float, str] | None = None
        for j in range(1, len(word)):
            a, b = word[:j], word[j:]
            za, zb = freq(a), freq(b)
            if not za or not zb or max(za, zb) < SPLIT_HINGE_ZIPF:
                continue
            if (len(a) < 2 and a not in SINGLE_LETTER_WORDS) or (len(b) < 2 and b not in SINGLE_LETTER_WORDS):
                continue
            score = (za - 9.0) * LN10 + (zb - 9.0) * LN10 + SPLIT_BONUS
            if best is None or score > best[0]:
                best = (score, f"{a} {b}")
        return best


def match_case(original: str, fixed: str, sentence_start: bool = True) -> str:
    """Give ``fixed`` the case pattern of ``original``.

    ``match_case("Kebenhavn", "københavn")`` -> ``"København"``; ``match_case("KEBENHAVN",
    "københavn")`` -> ``"KØBENHAVN"``.  When OCR damaged the first letter its case says little
    (``@`` and ``O`` stand for ``ø`` as well as ``Ø``, ``I`` for ``l``), so the position decides:
    ``match_case("@konomi", "økonomi")`` -> ``"Økonomi"``,
    ``match_case("@konomi", "økonomi", sentence_start=False)`` -> ``"økonomi"``.
    """
    letters = [ch for ch in original if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return fixed.upper()
    first = original[0]
    if first.lower() == fixed[:1]:
        upper = first.isupper()
    elif first in "@®|" or first.isupper():
        upper = sentence_start or (first == "|" and fixed == "i")
    else:
        upper = False
    return fixed[:1].upper() + fixed[1:] if upper else fixed


def _sentence_start(text: str, pos: int) -> bool:
    """Is ``pos`` where a capital is expected: a line's or sentence's first word, after a bullet?"""
    k = pos - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n.:!?•-–(*¢" or (k > 0 and text[k - 1] == "\n")


def _danish_words(text: str) -> frozenset[str]:
    """Lowercase words written with æ, ø or å: the document's own, trustworthy spellings."""
    return frozenset(w for w in (m.lower() for m in WORD_RE.findall(text)) if DANISH.intersection(w))


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted, non-overlapping)?"""
    k = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def correct(text: str, *, threshold: float = 0.5) -> list[Repair]:
    """OCR repairs of ``text`` (offsets into ``text``), non-overlapping and sorted.

    ``correct("Et mgde pa Radhuset i Kebenhavn.")`` repairs ``mgde``, ``pa``, ``Radhuset`` and
    ``Kebenhavn``; ``correct("Et møde på Rådhuset.")`` -> ``[]``.
    """
    corrector = Corrector(load_lexicon(), load_model(), threshold, _danish_words(text))
    protected = [m.span() for m in PROTECTED_RE.finditer(text)]
    joins = [m for m in JOIN_RE.finditer(text) if not _in_spans(m.start(), protected)]
    bullets = _bullets(text, damaged=True)
    skip = sorted([m.span() for m in joins] + [(r.start, r.end) for r in bullets])
    words = [
        m
        for m in WORD_RE.finditer(text)
        if not _in_spans(m.start(), protected)
        and not _in_spans(m.start(), skip)
        # "K29", "2a": codes, not words.
        and not (m.start() and text[m.start() - 1].isdigit())
        and not (m.end() < len(text) and text[m.end()].isdigit())
    ]
    damaged = _looks_damaged(corrector, [m.group() for m in words])
    repairs: list[Repair] = []
    for m in joins:
        repairs.extend(_join(corrector, text, m, damaged))
    if damaged:
        for m in words:
            original = m.group()
            decision = corrector.decide(original.lower())
            # "Sagsnr." is an abbreviation, not "Sags nr.".
            if decision is not None and decision.kind == "split" and text[m.end() : m.end() + 1] == ".":
                continue
            if decision is not None:
                fixed = match_case(original, decision.replacement, _sentence_start(text, m.start()))
                if fixed != original:
                    repairs.append(Repair(start=m.start(), end=m.end(), original=original,
                                          replacement=fixed, kind=decision.kind,
                                          confidence=decision.confidence))  # fmt: skip
    repairs.extend(bullets if damaged else _bullets(text, damaged=False))
    repairs.sort(key=lambda r: r.start)
    return repairs


def _looks_damaged(corrector: Corrector, words: list[str]) -> bool:
    """Do many words become known with Danish letters put back? (the document-level OCR signal)"""
    counts = Counter(w.lower() for w in words if len(w) > 1 or w in "|@")
    total = sum(counts.values())
    if not total:
        return False
    fixable = sum(n for w, n in counts.items() if corrector.fixable(w))
    return fixable >= DAMAGE_MIN_WORDS and fixable / total >= DAMAGE_RATIO


def _join(corrector: Corrector, text: str, m: regex.Match, damaged: bool) -> list[Repair]:
    """Join a word hyphenated across a line end when the whole is a known word.

    The word moves to the first line and the line break follows it, so lines keep their shape:
    ``"erhvervsøko-\\nnomiske forhold"`` -> ``"erhvervsøkonomiske\\nforhold"``.
    """
    head, tail = m.group(1), m.group(2)
    whole = (head + tail).lower()
    fixed = whole if corrector.known(whole) else None
    if fixed is None and damaged:
        decision = corrector.decide(whole)
        if decision is not None and decision.kind == "ocr":
            fixed = decision.replacement
    if fixed is None:
        return []
    end = m.end()
    rest = regex.match(r"[ \t]*", text[end:]).end()
    more = end + rest < len(text) and text[end + rest] != "\n"
    replacement = match_case(head, fixed) + ("\n" if more else "")
    return [Repair(start=m.start(), end=end + (rest if more else 0), original=text[m.start() : end + (rest if more else 0)],
                   replacement=replacement, kind="join", confidence=0.95)]  # fmt: skip


def _bullets(text: str, damaged: bool) -> list[Repair]:
    """Bullet glyphs OCR made of "•" at line starts, when at least two lines look like a list."""
    found = [
        (m.start(g), m.group(g))
        for m in BULLET_RE.finditer(text)
        for g in (2, 4)
        if m.group(g) and (damaged or m.group(g) not in MARKUP_BULLETS)
    ]
    if len(found) < 2:
        return []
    return [
        Repair(start=pos, end=pos + 1, original=glyph, replacement=BULLET, kind="ocr", confidence=0.9)
        for pos, glyph in found
    ]
