"""The OCR confusion model: which clean words could have been read as a damaged word.

The tables are learned by ``models/ocr/train.py`` from aligned clean/OCR text and stored in
``models/ocr/confusion.json``; see ``models/ocr/README.md``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

import regex

# One learned confusion: (clean segment, what OCR made of it), e.g. ("ø", "g").
Rule = tuple[str, str]

# A word as the repair stage sees it: letters plus the glyphs OCR puts where Danish letters were.
WORD_RE = regex.compile(r"[\p{L}@|®]+")

# Rules rarer than this only add noise candidates (and time); a rule reading a glyph Danish words
# do not have (@, |, é) is always kept, as the glyph is hardly ever right.
MIN_RULE_P = 0.005
# Search limits of the candidate generator: edits per word, and the least likely reading kept.
MAX_EDITS = 2
FLOOR = -7.0
MAX_WORD = 64  # letters; longer tokens are never candidates for correction
ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyzæøå")
# A letter seen too rarely in training to have its own survival rate.
DEFAULT_KEEP = 0.995


@dataclass(frozen=True, eq=False)
class ConfusionModel:
    """Reverse rules ``ocr segment -> [(clean segment, log P(ocr | clean))]`` and letter survival."""

    reverse: dict[str, tuple[tuple[str, float], ...]]
    rules: dict[tuple[str, str], float]
    keep: dict[str, float]
    max_seg: int

    @classmethod
    def from_json(cls, data: dict) -> ConfusionModel:
        reverse: dict[str, list[tuple[str, float]]] = {}
        for clean, ocr, _n, p in data["rules"]:
            if clean != ocr and (p >= MIN_RULE_P or not ALPHABET.issuperset(ocr)):
                reverse.setdefault(ocr, []).append((clean, math.log(p)))
        return cls(
            reverse={k: tuple(sorted(v, key=lambda r: -r[1])) for k, v in reverse.items()},
            rules={(clean, ocr): lp for ocr, pairs in reverse.items() for clean, lp in pairs},
            # Letters the engine cannot read at all (æ, ø, å) survive only where another engine read
            # them, so their learned near-zero survival says nothing about a word that has them.
            keep={ch: math.log(p) for ch, p in data["keep"].items() if p >= 0.5},
            max_seg=max((len(k) for k in reverse), default=1),
        )

    def keep_logp(self, word: str) -> float:
        """Log-probability that OCR read every letter of ``word`` right."""
        default = math.log(DEFAULT_KEEP)
        return sum(self.keep.get(ch, default) for ch in word)

    def variants(self, word: str) -> dict[str, tuple[float, tuple[Rule, ...]]]:
        """Clean words OCR could have read as ``word`` (lowercase), with log P(word | clean) and the rules used.

        ``variants("mgde")["møde"]`` is ``(log P(g | ø) + log P(m, d, e kept), (("ø", "g"),))``;
        ``word`` itself is included, with no rules, at the probability that nothing was damaged.
        """
        if len(word) > MAX_WORD:
            # No Danish word is this long: such a token is data or damage beyond repair, and the
            # walk below recurses once per letter.
            return {word: (self.keep_logp(word), ())}
        return _variants(self, word, MAX_EDITS, FLOOR)


# Each entry holds every reading of a word (~13 kB); the scored hypotheses are cached longer.
@lru_cache(maxsize=4096)
def _variants(
    model: ConfusionModel, word: str, max_edits: int, floor: float
) -> dict[str, tuple[float, tuple[Rule, ...]]]:
    out: dict[str, tuple[float, tuple[Rule, ...]]] = {}
    keep_default = math.log(DEFAULT_KEEP)
    n = len(word)

    def walk(i: int, built: str, logp: float, rules: tuple[Rule, ...]) -> None:
        if logp < floor:
            return
        if i == n:
            if built not in out or logp > out[built][0]:
                out[built] = (logp, rules)
            return
        ch = word[i]
        # A glyph that is no letter (@, |) never survives as itself in a Danish word.
        if ch.isalpha():
            walk(i + 1, built + ch, logp + model.keep.get(ch, keep_default), rules)
        if len(rules) == max_edits:
            return
        for size in range(1, min(model.max_seg, n - i) + 1):
            ocr = word[i : i + size]
            for clean, lp in model.reverse.get(ocr, ()):
                walk(i + size, built + clean, logp + lp, (*rules, (clean, ocr)))

    walk(0, "", 0.0, ())
    return out


@cache
def load_model() -> ConfusionModel:
    """The shipped model (``models/ocr/confusion.json``), loaded once per process."""
    path = files("dkcouncil.models").joinpath("ocr/confusion.json")
    return ConfusionModel.from_json(json.loads(path.read_text(encoding="utf-8")))
