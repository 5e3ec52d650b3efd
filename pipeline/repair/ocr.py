"""Noisy-channel correction of Danish OCR damage: words, run-together words, line-break hyphens, bullets.

A damaged word ``w`` is replaced by the clean word ``c`` maximising P(w | c) · P(c): the channel
P(w | c) is the learned confusion model (:mod:`.channel`), the prior P(c) the word's frequency
(:mod:`.lexicon`).  Competing with every candidate is the hypothesis that ``w`` is right as
written; a change is made only when its posterior reaches the threshold.

Word corrections happen only in Danish text that looks OCR-damaged: many words the lexicon does
not know become known once Danish letters are put back.  In a clean document an unknown word is
far more likely a name or a foreign word than damage, so it is left alone.  A first pass over the
document learns which readings of æ, ø, å its font and scan produced; the second pass uses them.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

import regex

from dkcouncil.schemas import Repair

from .channel import WORD_RE, ConfusionModel, Rule, load_model
from .lexicon import LEXICON_ZIPF, MAX_WORD_LEN, Lexicon, load_lexicon

LN10 = math.log(10)
# Prior (Zipf) of "a word the lexicon does not know is right as written" (names, rare words).
UNKNOWN_ZIPF = 0.0
UNKNOWN_PRIOR = (UNKNOWN_ZIPF - 9.0) * math.log(10)
# A word spelled with æ, ø or å elsewhere in the document is at least this common in it.
DOC_WORD_ZIPF = 3.5
# Log-odds bonus of two words having run together over one unknown token; see README (tuned on train).
SPLIT_BONUS = 2.0
# In a split one part must be a common short word (i, en, på, og ...): OCR drops narrow spaces there.
SPLIT_HINGE_ZIPF = 6.5
# Readings of a word less likely than this (log P(ocr | clean)) are not analysed as compounds or splits.
LIKELY_LOGP = -4.0
# The one-letter words of Danish a run-together word may hold ("Debatindlæg i").
SINGLE_LETTER_WORDS = frozenset("iåø")
# Rarer OCR slips (a letter lost, added or misread) are tried on unknown words this long, towards
# words this common, at this log-probability.
GENERIC_MIN_LEN = 6
GENERIC_MIN_ZIPF = 3.0
GENERIC_LOGP = math.log(1e-3)
GENERIC_READINGS = 3
GENERIC_RULE: Rule = ("", "")
# A known word is changed only when the change is this sure, whatever the threshold.
KNOWN_MIN_CONFIDENCE = 0.8
# Share of words that are unknown but become known with Danish letters put back, above which the
# document counts as OCR-damaged (clean council text: < 0.5 %; OCR without Danish: 10-20 %).
DAMAGE_RATIO = 0.02
DAMAGE_MIN_WORDS = 3
# Words with æ, ø, å allowed per fixable word in a damaged text (mojibake repaired, a stray name).
LETTERED_SHARE = 0.25
# Share of common Danish words (og, af, det ...) below which a text is not taken for Danish
# (council text: 15-25 %; English: none).
DANISH_RATIO = 0.05
DANISH = frozenset("æøå")
# Pseudo-count of the shipped model when a document's own confusions re-weight it.
ADAPT_WEIGHT = 10.0
# Log-bonus of a reading whose Danish letters all stand where the document's sure repairs put them.
CONTEXT_BONUS = 1.5
# Repairs at least this sure teach the document's confusions.
ADAPT_MIN_CONFIDENCE = 0.9

# A word broken across a line end: "erhvervsøko-\nnomiske".
JOIN_RE = regex.compile(r"(?<![\p{L}@|®])([\p{L}@|®]+)-[ \t]*(\r?\n)[ \t]*(\p{Ll}[\p{L}@|®]*)")
# Chunks that are addresses, not prose: the @ of an e-mail address is no damaged Ø. Table rows
# ("| --- | --- |", "Aalborg   | Lasse Dyhr   | A") are protected too: their bars are no damaged "I".
# The row pattern cannot cross a bar before its spaced ones, so it stays linear.
PROTECTED_RE = regex.compile(
    r"(?<!\S)\S*(?:://|www\.|@[\w-]+\.[a-z])\S*|^[ \t]*\|[^\n]*\|[ \t]*$"
    r"|^[^\n|]*[ \t]\|[ \t][^\n|]*[ \t]\|[ \t][^\n]*$",
    regex.I | regex.M,
)
# A member named before a party letter ("Ejner Mose (O)"): a rare given name is no damaged word
# ("Øjner"), and an attendance list is where a wrong letter would misname a person.
MEMBER_RE = regex.compile(r"(?<![\p{L}-])\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,3},?\s\([A-ZÆØÅ]\)")
# A line starting with a glyph OCR makes of a bullet, followed by the item's first character.
# Letters (e, o) only count before a capital or digit; other glyphs before any word.
BULLET_RE = regex.compile(
    r"(?m)^([ \t]*)(?:([eo])([ \t]+)(?=[\p{Lu}\d|@])|([*+¢«»©®])([ \t]+)(?=[\p{L}\d|@]))"
)
# Punctuation OCR put where a space was, between two lowercase-led words: "finansieres.af".
GLUE_RE = regex.compile(r"(?<=\p{L})[.\-:;,'‘’](?=\p{Ll})")
# ... accepted when a word beside it is this common (af, og, har, i): rare words glue legitimately.
GLUE_ZIPF = 5.0
# A lone speck read as punctuation between words: " : ", " ~ ", " ‘ " (only removed in damaged text).
SPECK_RE = regex.compile(r"(?<=\S)[ \t]+([:;~_‘`^°]+)(?=[ \t]+\S)")
# Glyphs with a meaning of their own (Markdown markers, »Danish quotes«): only normalised in damaged text.
MARKUP_BULLETS = frozenset("*+«»©®")
BULLET = "•"


@dataclass(frozen=True)
class Hypothesis:
    """One reading of a word: ``text`` (lowercase; a space in a split) and why."""

    text: str
    kind: str  # "keep", "ocr" or "split"
    channel: float  # log P(word as read | text) under the shipped model
    rules: tuple[Rule, ...]
    prior: float  # log P(text)


@dataclass(frozen=True)
class Decision:
    replacement: str
    kind: str
    confidence: float
    rules: tuple[Rule, ...]


@dataclass
class Corrector:
    """Word-level corrector for one document.

    ``adapt`` re-weights the confusions of Danish letters to what this document's confident
    repairs show (a serif font reads ø as o, a sans font as g or a), so the same word can be
    read differently in two documents; decisions are cached per word form and document.
    """

    lexicon: Lexicon
    model: ConfusionModel
    threshold: float = 0.5
    doc_words: frozenset[str] = frozenset()
    deltas: dict[Rule, float] = field(default_factory=dict)
    contexts: frozenset[str] = frozenset()
    _cache: dict[str, Decision | None] = field(default_factory=dict)

    def known(self, word: str) -> bool:
        return word in self.lexicon or word in self.doc_words or self.lexicon.compound(word) > 0

    def fixable(self, word: str) -> bool:
        """Is ``word`` unknown but a known word once OCR damage is undone? ``fixable("mgde")`` -> True."""
        if self.known(word):
            return False
        # Only the learned confusions count: one-letter slips are no sign of missing Danish letters.
        return any(
            h.kind != "keep" and GENERIC_RULE not in h.rules
            for h in _hypotheses(self.lexicon, self.model, word)
        )

    def decide(self, word: str) -> Decision | None:
        """The repair of a lowercase word, or ``None``: ``decide("mgde").replacement == "møde"``."""
        if word not in self._cache:
            self._cache[word] = self._decide(word)
        return self._cache[word]

    def _decide(self, word: str) -> Decision | None:
        hyps = _hypotheses(self.lexicon, self.model, word)
        if self.doc_words:
            hyps = self._with_doc_words(word, hyps)
        known = hyps[0].prior > UNKNOWN_PRIOR
        deltas = self.deltas
        scores = [
            h.channel + h.prior + sum(deltas.get(r, 0.0) for r in h.rules) + self._context_bonus(h)
            for h in hyps
        ]
        top = max(scores)
        best = hyps[scores.index(top)]
        if best.kind == "keep":
            return None
        confidence = 1.0 / sum(math.exp(x - top) for x in scores)
        if confidence < (max(self.threshold, KNOWN_MIN_CONFIDENCE) if known else self.threshold):
            return None
        return Decision(best.text, best.kind, round(confidence, 4), best.rules)

    def _with_doc_words(self, word: str, hyps: tuple[Hypothesis, ...]) -> tuple[Hypothesis, ...]:
        """Raise the prior of readings spelled that way elsewhere in the document (and add missing ones)."""
        floor = (DOC_WORD_ZIPF - 9.0) * LN10
        out = [replace(h, prior=max(h.prior, floor)) if h.text in self.doc_words else h for h in hyps]
        seen = {h.text for h in hyps}
        for cand, (logp, rules) in self.model.variants(word).items():
            if cand in self.doc_words and cand not in seen:
                out.append(Hypothesis(cand, "ocr", logp, rules, floor))
        return tuple(out)

    def _context_bonus(self, hyp: Hypothesis) -> float:
        """Log-bonus for a reading whose every Danish letter sits in a context this document's sure
        repairs showed (``mødet`` repaired elsewhere makes ``møder`` likelier than ``måder``)."""
        if not self.contexts or hyp.kind == "keep":
            return 0.0
        grams = _danish_trigrams(hyp.text)
        return CONTEXT_BONUS if grams and grams <= self.contexts else 0.0

    def adapt(self, counts: Counter[Rule], words: Counter[str] | None = None) -> None:
        """Re-weight the Danish letters' confusions by the rules this document's sure repairs used,
        and remember where those repairs put Danish letters (``words``, for the context bonus).

        P_doc(ocr | clean) = (n(clean -> ocr) + A · P(ocr | clean)) / (n(clean) + A): a smoothed
        estimate that needs a handful of repairs to move away from the shipped model.
        """
        by_clean: Counter[str] = Counter()
        for (clean, _ocr), n in counts.items():
            by_clean[clean] += n
        self.deltas = {}
        for rule, base in self.model.rules.items():
            clean = rule[0]
            if clean in DANISH and by_clean[clean]:
                p = (counts[rule] + ADAPT_WEIGHT * math.exp(base)) / (by_clean[clean] + ADAPT_WEIGHT)
                self.deltas[rule] = math.log(p) - base
        self.contexts = frozenset(g for w in words or () for g in _danish_trigrams(w))
        self._cache.clear()


def _danish_trigrams(word: str) -> frozenset[str]:
    """The three letters around each æ, ø, å: ``_danish_trigrams("møder")`` -> ``{"mød"}``."""
    return frozenset(word[max(i - 1, 0) : i + 2] for i, ch in enumerate(word) if ch in DANISH)


@lru_cache(maxsize=100_000)  # ~0.8 kB a word
def _hypotheses(lexicon: Lexicon, model: ConfusionModel, word: str) -> tuple[Hypothesis, ...]:
    """Every reading of ``word`` worth scoring; the first is "right as written"."""
    own = _prior(lexicon, word)
    keep_channel = model.keep_logp(word) if word.isalpha() else -math.inf
    hyps = [Hypothesis(word, "keep", keep_channel, (), UNKNOWN_PRIOR if own is None else own)]
    if len(word) > MAX_WORD_LEN:
        return tuple(hyps)
    for cand, (logp, rules) in model.variants(word).items():
        if cand == word:
            continue
        # Compound analysis and splits only for likely readings: an unlikely one cannot win anyway.
        likely = logp > LIKELY_LOGP
        p = _prior(lexicon, cand, compounds=likely)
        if p is not None:
            hyps.append(Hypothesis(cand, "ocr", logp, rules, p))
        elif likely and own is None:
            split = _split(lexicon, cand)
            if split is not None:
                hyps.append(Hypothesis(split[1], "split", logp, rules, split[0]))
    if own is None and word.isalpha():
        split = _split(lexicon, word)
        if split is not None:
            hyps.append(Hypothesis(split[1], "split", keep_channel, (), split[0]))
    if own is None and len(word) >= GENERIC_MIN_LEN:
        hyps += _generic(lexicon, model, word, {h.text for h in hyps})
    return tuple(hyps)


def _generic(lexicon: Lexicon, model: ConfusionModel, word: str, seen: set[str]) -> list[Hypothesis]:
    """Readings one letter away from the word or its likeliest Danish readings (``komimunens`` ->
    ``kommunens``): OCR's rarer slips, offered only for long unknown words and common targets."""
    readings = sorted(model.variants(word).items(), key=lambda kv: -kv[1][0])[:GENERIC_READINGS]
    out: list[Hypothesis] = []
    for base, (logp, rules) in readings:
        for cand in lexicon.near(base):
            # The first letter stays: losing it turns "ufleksibel" into its opposite.
            if cand[0] == base[0] and cand not in seen and lexicon.frequency(cand) >= GENERIC_MIN_ZIPF:
                seen.add(cand)
                prior = (lexicon.frequency(cand) - 9.0) * LN10
                out.append(Hypothesis(cand, "ocr", logp + GENERIC_LOGP, (*rules, GENERIC_RULE), prior))
    return out


def _prior(lexicon: Lexicon, word: str, compounds: bool = True) -> float | None:
    """Log prior of a lowercase word, ``None`` when it is no known word."""
    zipf = lexicon.frequency(word)
    if zipf <= LEXICON_ZIPF and compounds:
        # A listed form wordfreq does not count may still be a compound of common parts.
        zipf = max(zipf, lexicon.compound(word))
    return (zipf - 9.0) * LN10 if zipf else None


def _split(lexicon: Lexicon, word: str) -> tuple[float, str] | None:
    """Best reading of ``word`` as two words run together: ``"enannonce"`` -> ``(log prior, "en annonce")``."""
    freq = lexicon.frequency
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


def match_case(original: str, fixed: str, sentence_start: bool = True, proper: bool = False) -> str:
    """Give ``fixed`` the case pattern of ``original``.

    ``match_case("Kebenhavn", "københavn")`` -> ``"København"``; ``match_case("KEBENHAVN",
    "københavn")`` -> ``"KØBENHAVN"``; ``match_case("@konomi", "økonomi")`` -> ``"Økonomi"`` (OCR
    reads a capital Ø as @, a small one as g, o or e; an A for Æ is always a capital).  ``A`` stands
    for ``å`` as well as ``Å``, ``I`` and ``|`` for ``l`` as well as ``I``, so there the position (or
    a ``proper`` name) decides:
    ``match_case("Arligt", "årligt", sentence_start=False)`` -> ``"årligt"``,
    ``match_case("Igbende", "løbende", sentence_start=False)`` -> ``"løbende"``.
    """
    letters = [ch for ch in original if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return fixed.upper()
    first = original[0]
    if first.lower() == fixed[:1]:
        upper = first.isupper()
    elif first in "I|" or (first == "A" and fixed[:1] == "å"):
        upper = sentence_start or proper or fixed == "i"
    else:
        upper = first.isupper() or first in "@®"
    return fixed[:1].upper() + fixed[1:] if upper else fixed


def _sentence_start(text: str, pos: int) -> bool:
    """Is ``pos`` where a capital is expected: a line's or sentence's first word, after a bullet?"""
    k = pos - 1
    while k >= 0 and text[k] in " \t\r":
        k -= 1
    return k < 0 or text[k] in "\n.:!?•-–(*¢" or (k > 0 and text[k - 1] == "\n")


def _danish_words(text: str) -> frozenset[str]:
    """Lowercase words written with æ, ø or å: the document's own, trustworthy spellings."""
    return frozenset(w for w in (m.lower() for m in WORD_RE.findall(text)) if DANISH.intersection(w))


# A capitalised word mid-sentence is repaired only into a word this common, or a compound of parts
# this common ("skoleudvalget" 2.6; "kløtrup", klø + trup, 2.15).
NAME_ZIPF = 2.0
NEXT_CAPITAL_RE = regex.compile(r"[ \t]+\p{Lu}")
SEPARATOR_BAR_RE = regex.compile(
    r".{0,2}\d[ \t]\|[ \t]+\p{Lu}"
)  # matched from up to 3 characters before the bar
NAME_COMPOUND = 2.5


def _known_name(lexicon: Lexicon, replacement: str) -> bool:
    """Whether a repair of a capitalised word inside a sentence reads as a known word or name.

    A town the lexicon lacks ("Klarup") must not become another unknown one ("Kløtrup"); a known
    name ("København") or a word built of common parts ("Økonomiudvalget") may.
    """
    word = replacement.lower()
    if word in lexicon.proper:
        return True
    parts = word.split()
    return all(lexicon.frequency(p) >= NAME_ZIPF or lexicon.compound(p) >= NAME_COMPOUND for p in parts)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged, sorted: ``_union([(5, 9), (0, 6), (12, 13)])`` is ``[(0, 9), (12, 13)]``."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted, non-overlapping)?"""
    k = bisect.bisect_right(spans, (pos, math.inf)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def correct(text: str, *, threshold: float = 0.5) -> list[Repair]:
    """OCR repairs of ``text`` (offsets into ``text``), non-overlapping and sorted.

    ``correct("Udvalget drgftede pa mgdet i Kebenhavn, og det blev vedtaget.")`` repairs ``drgftede``,
    ``pa``, ``mgdet`` and ``Kebenhavn``; the same sentence spelled right gives ``[]``.
    """
    corrector = Corrector(load_lexicon(), load_model(), threshold, _danish_words(text))
    protected = _union([m.span() for pattern in (PROTECTED_RE, MEMBER_RE) for m in pattern.finditer(text)])
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
    regions = _damaged_regions(corrector, text, words)
    repairs: list[Repair] = []
    for m in joins:
        repairs.extend(_join(corrector, text, m, _in_spans(m.start(), regions)))
    if regions:
        words = [m for m in words if _in_spans(m.start(), regions)]
        # First pass with the shipped model teaches this document's confusions; the second uses them.
        counts: Counter[Rule] = Counter()
        sure: Counter[str] = Counter()
        for m in words:
            decision = corrector.decide(m.group().lower())
            if decision is not None and decision.confidence >= ADAPT_MIN_CONFIDENCE:
                counts.update(decision.rules)
                sure[decision.replacement] += 1
        corrector.adapt(counts, sure)
        for m in words:
            original = m.group()
            decision = corrector.decide(original.lower())
            # "Sagsnr." is an abbreviation, not "Sags nr."; "mellem Arden og" names a town, which
            # split words ("år den") would begin with a small letter: only a sentence's first word
            # may be two words glued ("Enannonce"), and not before a capital ("Frode Kjeldsen").
            if decision is None or (
                decision.kind == "split"
                and (
                    text[m.end() : m.end() + 1] == "."
                    or (
                        original[0].isupper()
                        and (not _sentence_start(text, m.start()) or NEXT_CAPITAL_RE.match(text, m.end()))
                    )
                )
            ):
                continue
            if (
                original[0].isupper()
                and not _sentence_start(text, m.start())
                and not _known_name(corrector.lexicon, decision.replacement)
            ):
                continue  # "Klarup Skole": a capitalised word inside a sentence is a name unless known
            if original == "|" and SEPARATOR_BAR_RE.match(text, max(0, m.start() - 3)):
                continue  # "### 54 | Godkendelse": a bar after a number separates, it is no "I"
            fixed = match_case(
                original,
                decision.replacement,
                _sentence_start(text, m.start()),
                decision.replacement in corrector.lexicon.proper,
            )
            if fixed != original:
                repairs.append(Repair(start=m.start(), end=m.end(), original=original, replacement=fixed,
                                      kind=decision.kind, confidence=decision.confidence))  # fmt: skip
        repairs.extend(r for r in _glued(corrector, text, protected) if _in_spans(r.start, regions))
        repairs.extend(r for r in _specks(text) if _in_spans(r.start, regions))
    repairs.extend(r for r in bullets if _in_spans(r.start, regions))
    repairs.extend(r for r in _bullets(text, damaged=False) if not _in_spans(r.start, regions))
    # Bullets, joins and specks carry fixed confidences; the threshold governs them as well.
    return sorted((r for r in repairs if r.confidence >= threshold), key=lambda r: r.start)


def _damaged_regions(corrector: Corrector, text: str, words: list[regex.Match]) -> list[tuple[int, int]]:
    """The stretches of text that look OCR-damaged: the whole document, or runs of lines without
    æ, ø, å inside it (a scanned appendix behind a born-digital report)."""
    if _looks_damaged(corrector, [m.group() for m in words]):
        return [(0, len(text))]
    regions: list[tuple[int, int]] = []
    run: list[str] = []
    run_start = pos = k = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        line_words = []
        while k < len(words) and words[k].start() < end:
            line_words.append(words[k].group())
            k += 1
        if DANISH.intersection(line.lower()):
            if run and _looks_damaged(corrector, run):
                regions.append((run_start, pos))
            run, run_start = [], end
        else:
            run += line_words
        pos = end
    if run and _looks_damaged(corrector, run):
        regions.append((run_start, pos))
    return regions


def _looks_damaged(corrector: Corrector, words: list[str]) -> bool:
    """Is this Danish text that lost its Danish letters? (the document-level OCR signal)

    Many words must become known with Danish letters put back, common Danish words must be there
    (og, af, det ...: English with a stray "pa" is no damaged Danish), and few words may have kept
    æ, ø or å.
    """
    counts = Counter(w.lower() for w in words if len(w) > 1 or w in "|@")
    total = sum(counts.values())
    if not total:
        return False
    markers = corrector.lexicon.markers
    danish = sum(n for w, n in counts.items() if w in markers)
    fixable = sum(n for w, n in counts.items() if corrector.fixable(w))
    # Text that kept its Danish letters was not read by an engine without them (its few unknown
    # words are names); a damaged stretch inside it is found window by window.
    lettered = sum(n for w, n in counts.items() if DANISH.intersection(w))
    return (
        fixable >= DAMAGE_MIN_WORDS
        and fixable / total >= DAMAGE_RATIO
        and danish / total >= DANISH_RATIO
        and lettered <= fixable * LETTERED_SHARE
    )


def _join(corrector: Corrector, text: str, m: regex.Match, damaged: bool) -> list[Repair]:
    """Join a word hyphenated across a line end when the whole is a known word.

    The word moves to the first line and the line break follows it, so lines keep their shape:
    ``"erhvervsøko-\\nnomiske forhold"`` -> ``"erhvervsøkonomiske\\nforhold"``.
    """
    head, newline, tail = m.group(1), m.group(2), m.group(3)
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
    more = end + rest < len(text) and text[end + rest] not in "\r\n"
    replacement = match_case(head, fixed) + (newline if more else "")
    return [Repair(start=m.start(), end=end + (rest if more else 0), original=text[m.start() : end + (rest if more else 0)],
                   replacement=replacement, kind="join", confidence=0.95)]  # fmt: skip


def _glued(corrector: Corrector, text: str, protected: list[tuple[int, int]]) -> list[Repair]:
    """Spaces OCR read as punctuation: ``"finansieres.af"`` -> ``"finansieres af"`` (kind ``split``).

    Both sides must be words (as read or as repaired) and one of them common; a hyphen needs a
    very common word beside it, as ``tæt-lav`` and ``it-udstyr`` are written so.
    """
    out: list[Repair] = []
    freq = corrector.lexicon.frequency
    for m in GLUE_RE.finditer(text):
        if _in_spans(m.start(), protected):
            continue
        left = regex.search(r"[\p{L}@|®]+$", text[max(0, m.start() - 40) : m.start()])
        right = regex.match(r"[\p{L}@|®]+", text[m.end() : m.end() + 40])
        # "MED-udvalg", "EU-midler": a capital before a hyphen is an acronym, not damage.
        if left is None or right is None or (m.group() == "-" and not left.group()[0].islower()):
            continue
        words = []
        for w in (left.group().lower(), right.group().lower()):
            decision = corrector.decide(w)
            words.append(decision.replacement if decision is not None and decision.kind == "ocr" else w)
        if not all(corrector.known(w) and (len(w) > 1 or w in SINGLE_LETTER_WORDS) for w in words):
            continue
        common = max(freq(words[0]), freq(words[1]))
        if common < (SPLIT_HINGE_ZIPF if m.group() == "-" else GLUE_ZIPF):
            continue
        out.append(Repair(start=m.start(), end=m.end(), original=m.group(), replacement=" ", kind="split",
                          confidence=0.8))  # fmt: skip
    return out


def _specks(text: str) -> list[Repair]:
    """Drop lone punctuation specks with the space before them: ``"mødet : blev"`` -> ``"mødet blev"``."""
    return [
        Repair(start=m.start(), end=m.end(), original=m.group(), replacement="", kind="ocr", confidence=0.7)
        for m in SPECK_RE.finditer(text)
    ]


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
