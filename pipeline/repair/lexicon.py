"""The Danish lexicon the repair stage checks words against.

Sources, all well-kept data rather than a hand list: spaCy's Danish lemma lookup table
(spacy-lookups-data, ~550,000 word forms), wordfreq's Danish frequencies, and our municipality
and party gazetteers.  Built once per process; the derived table is cached as one small file
under the user cache folder, so later processes load it in a fraction of the build time.
"""

from __future__ import annotations

import gzip
import json
import os
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

from dkcouncil.resources import municipalities, parties

from . import channel
from .channel import WORD_RE, load_model

# Zipf value of a word the lexicon knows but wordfreq does not list (its list stops at 3.0).
LEXICON_ZIPF = 2.0
# A compound is rarer than its rarest part.
COMPOUND_PENALTY = 1.5
# Parts of a compound: linking letters Danish puts between them (rådighed+s+beløb, børn+e+have).
LINKS = ("s", "e")
MIN_PART = 3
# Longer than any Danish word ("kommunalbestyrelsesmedlemmerne" has 30 letters): glued text or
# garbage, read as written, since every reading of it costs time quadratic in its length.
MAX_WORD_LEN = 45
CACHE_FORMAT = 4
MARKER_TOP_DA = 400
MARKER_TOP_EN = 5000


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Lowercase Danish word forms with their Zipf frequency (``LEXICON_ZIPF`` when unlisted)."""

    zipf: dict[str, float]
    # Common Danish words spelled without æ, ø, å that English lacks (og, af, det, har ...):
    # their share tells Danish text from English even when OCR took the Danish letters.
    markers: frozenset[str] = frozenset()
    # Lowercase forms only ever written with a capital (københavn, århus): names keep their capital
    # when OCR damaged the first letter.
    proper: frozenset[str] = frozenset()

    def __contains__(self, word: str) -> bool:
        return word in self.zipf

    def frequency(self, word: str) -> float:
        """Zipf frequency of a lowercase word, 0.0 when unknown: ``frequency("møde") > 4``."""
        return self.zipf.get(word, 0.0)

    def compound(self, word: str) -> float:
        """Zipf-like score of ``word`` as a compound of known parts, 0.0 when it is none.

        Parts are joined directly or by a linking -s- or -e-; the score is the rarest part's
        frequency less ``COMPOUND_PENALTY``, so common parts make a likely word and rare ones
        (that would let any suffix pass) an unlikely one.

        ``compound("mødedato")`` -> about 3.1 (møde + dato); ``compound("mgdedato")`` -> 0.0.
        """
        if len(word) > MAX_WORD_LEN:
            return 0.0
        return max(_compound(self, word, 2) - COMPOUND_PENALTY, 0.0)

    def near(self, word: str) -> list[str]:
        """Common words (wordfreq-counted) one letter lost, added or changed away from ``word``.

        ``near("komimunens")`` -> ``["kommunens"]``.  A deletion index (SymSpell's idea) keeps
        it to a few dozen lookups.
        """
        index = _deletion_index(self)
        deletes = {word[:i] + word[i + 1 :] for i in range(len(word))}
        found = {d for d in deletes if self.zipf.get(d, 0.0) > LEXICON_ZIPF}  # a letter added by OCR
        found.update(index.get(word, ()))  # a letter lost
        for d in deletes:  # a letter changed: same length, one position differs
            found.update(c for c in index.get(d, ()) if len(c) == len(word) and _one_apart(c, word))
        found.discard(word)
        return sorted(found)


def _one_apart(a: str, b: str) -> bool:
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


@cache
def _deletion_index(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Every one-letter deletion of every counted word, to the words it came from."""
    index: dict[str, list[str]] = {}
    for word, z in lex.zipf.items():
        if z > LEXICON_ZIPF:
            for d in {word[:i] + word[i + 1 :] for i in range(len(word))}:
                index.setdefault(d, []).append(word)
    return {d: tuple(ws) for d, ws in index.items()}


@lru_cache(maxsize=100_000)
def _compound(lex: Lexicon, word: str, depth: int) -> float:
    """Best over the ways to cut ``word`` of the rarest part's Zipf frequency; 0.0 for none."""
    zipf = lex.zipf
    best = 0.0
    for j in range(MIN_PART, len(word) - MIN_PART + 1):
        tail = zipf.get(word[j:], 0.0)
        if tail <= best:
            continue
        head = word[:j]
        heads = [zipf.get(head, 0.0)]
        if head[-1] in LINKS and len(head) > MIN_PART + 1:
            heads.append(zipf.get(head[:-1], 0.0))
        if depth > 1:
            # Every further part makes the reading less likely (short parts combine too freely).
            heads.append(_compound(lex, head, depth - 1) - COMPOUND_PENALTY)
        best = max(best, min(tail, max(heads)))
    return best


def _cache_path() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    # The ASCII-spelling filter reads the confusion model, so the key covers its tables and the
    # settings that shape its candidates as well.
    model = files("dkcouncil.models").joinpath("ocr/confusion.json").read_bytes()
    model += f"{channel.MIN_RULE_P} {channel.MAX_EDITS} {channel.FLOOR}".encode()
    sources = f"{version('spacy-lookups-data')}-{version('wordfreq')}-{zlib.crc32(model):08x}"
    key = f"{CACHE_FORMAT}-{sources}"
    return base / "dkcouncil" / f"lexicon-{key}.tsv"


def _spacy_forms() -> tuple[set[str], set[str]]:
    """Lowercase word forms of spaCy's Danish lookup table, and those only ever capitalised."""
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    spelled = set(table) | set(table.values())
    forms = {w.lower() for w in spelled}
    lower = {w for w in spelled if not w[:1].isupper()}
    return forms, {w.lower() for w in spelled if w[:1].isupper()} - lower


def _gazetteer_words() -> set[str]:
    names = [m.name for m in municipalities()]
    names += [p.name for p in parties()] + [s for p in parties() for s in p.short_names]
    return {w.lower() for name in names for w in WORD_RE.findall(name)}


def _is_ascii_spelling(word: str, zipf: dict[str, float]) -> bool:
    """Is ``word`` a Danish word written without æ, ø, å (``pa`` for ``på``, ``vaere`` for ``være``)?

    wordfreq counts such spellings from the web; they must not make OCR damage look right.
    """
    if not word.isascii():
        return False
    own = zipf.get(word, 0.0)
    return any(zipf.get(v, 0.0) > own + 1.0 for v in load_model().variants(word) if not v.isascii())


def build() -> Lexicon:
    """Build the lexicon from its sources (a few seconds)."""
    from wordfreq import top_n_list, zipf_frequency

    spacy_forms, proper = _spacy_forms()
    places = {w.lower() for m in municipalities() for w in WORD_RE.findall(m.name)}
    forms = spacy_forms | _gazetteer_words()
    listed = {w: zipf_frequency(w, "da") for w in top_n_list("da", 1_000_000) if WORD_RE.fullmatch(w)}
    zipf = dict.fromkeys(forms, LEXICON_ZIPF)
    zipf.update({w: z for w, z in listed.items() if w in forms})
    # wordfreq-only words are trusted when frequent and not an ASCII spelling of a Danish word.
    for w, z in listed.items():
        if w not in forms and z >= 3.5 and not _is_ascii_spelling(w, listed):
            zipf[w] = z
    english = set(top_n_list("en", MARKER_TOP_EN))
    markers = frozenset(
        w for w in top_n_list("da", MARKER_TOP_DA) if w.isascii() and w.isalpha() and w not in english
    )
    return Lexicon(zipf, markers, frozenset(proper | (places - spacy_forms)))


@cache
def load_lexicon() -> Lexicon:
    """The lexicon, from the user cache when present, else built and cached."""
    path = _cache_path()
    try:
        return _read_cache(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    lex = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(_cache_text(lex), encoding="utf-8")
        tmp.replace(path)
        for stale in path.parent.glob("lexicon-*.tsv"):  # built from older sources or settings
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home only costs the next process a rebuild
    return lex


def _cache_text(lex: Lexicon) -> str:
    """Four sections split by blank lines: the markers, the proper names, ``word<TAB>zipf`` for
    counted words, and the bare words at ``LEXICON_ZIPF`` (most, so loading is mostly a ``split``)."""
    counted = "\n".join(f"{w}\t{z:g}" for w, z in lex.zipf.items() if z != LEXICON_ZIPF)
    bare = "\n".join(w for w, z in lex.zipf.items() if z == LEXICON_ZIPF)
    return f"{' '.join(sorted(lex.markers))}\n\n{chr(10).join(sorted(lex.proper))}\n\n{counted}\n\n{bare}\n"


def _read_cache(text: str) -> Lexicon:
    markers, proper, counted, bare = text.split("\n\n")
    zipf = dict.fromkeys(bare.rstrip("\n").split("\n"), LEXICON_ZIPF)
    for line in counted.split("\n"):
        word, _, z = line.partition("\t")
        zipf[word] = float(z)
    return Lexicon(zipf, frozenset(markers.split()), frozenset(proper.split("\n")) - {""})
