"""The repair stage on realistic council text: encoding, OCR words, splits, joins, bullets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dkcouncil.bench.repair import score_pair
from dkcouncil.repair import repair_text
from dkcouncil.repair.align import segments, word_errors
from dkcouncil.repair.channel import load_model
from dkcouncil.repair.encoding import fix_encoding
from dkcouncil.repair.lexicon import LEXICON_ZIPF, Lexicon, _cache_text, _read_cache, load_lexicon
from dkcouncil.repair.ocr import correct, match_case

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# OCR of a Danish page by an engine without Danish letters, written for these tests.
DAMAGED = """Referat fra mgdet i @konomiudvalget
Udvalget drgftede pa mgdet den 4. marts forslaget om at nedszette en arbejdsgruppe, der skal
se pa kommunens udgifter til leengerevarende opgaver. Borgmesteren i Kebenhavn deltog ogsa, og
| forbindelse med sagen blev det besluttet at gennemga budgettet for 2026.
e Borgerne skal have bedre radighedsbelgb
o Kommunen skal sende en samlet plan til byradet
e Enannonce i de lokale aviser skal forklare Igbende beslutninger
Tobias Brunsgaard (V) fik sin stemme fgrt til protokol.
"""

CLEAN = """Beslutning i Økonomiudvalget den 12. februar 2025:
Anbefales. Udvalget lægger vægt på, at forvaltningen følger op på udgifterne til
specialundervisning, og at Ældrerådet høres, før sagen går videre til Byrådet i Hørsholm.
Søren Kjærgaard (Ø) og Tove Ålund (Å) tog forbehold, jf. bl.a. notatet på www.eksempel-kommune.dk.
»Det er en god aftale for alle parter«, sagde formanden, Helle Østrup, efter mødet.
* Bilag 1: “Økonomisk oversigt” (pdf)
* Bilag 2: Høringssvar fra skolebestyrelsen på Ørkildskolen
Kontakt: sekretariat@eksempel-kommune.dk, tlf. 72 36 00 00.
"""


def _check_offsets(text: str) -> None:
    result = repair_text(text)
    last = 0
    for r in result.repairs:
        assert text[r.start : r.end] == r.original
        assert r.start >= last, "repairs overlap"
        last = r.end
        assert 0.0 <= r.confidence <= 1.0


def test_clean_danish_text_passes_unchanged() -> None:
    assert repair_text("").text == ""
    result = repair_text(CLEAN)
    assert result.repairs == []
    assert result.text == CLEAN


def test_ocr_words_are_repaired_in_damaged_text() -> None:
    text = repair_text(DAMAGED).text
    for right in ("mødet", "Økonomiudvalget", "drøftede", "nedsætte", "København", "også", "gennemgå"):
        assert right in text
    assert "Udvalget drøftede på mødet" in text
    assert "se på kommunens" in text
    assert "Kebenhavn" not in text and " pa " not in text


def test_damaged_appendix_behind_a_clean_report_is_repaired_alone() -> None:
    report = CLEAN * 8
    text = report + "\nBilag 3 (skannet)\n" + DAMAGED
    result = repair_text(text)
    assert result.text.startswith(report)
    assert all(r.start >= len(report) for r in result.repairs)
    assert "Borgmesteren i København deltog også" in result.text


def test_capital_i_read_as_bar_and_l_read_as_capital_i() -> None:
    text = repair_text(DAMAGED).text
    assert "\nI forbindelse med sagen" in text
    assert "forklare løbende beslutninger" in text


def test_run_together_words_are_split() -> None:
    result = repair_text(DAMAGED)
    assert "En annonce i de lokale aviser" in result.text
    split = [r for r in result.repairs if r.kind == "split"]
    assert [(r.original, r.replacement) for r in split] == [("Enannonce", "En annonce")]


def test_bullets_read_as_letters_become_bullets() -> None:
    text = repair_text(DAMAGED).text
    assert "\n• Borgerne skal have bedre rådighedsbeløb" in text
    assert "\n• Kommunen skal sende" in text
    assert "\n• En annonce" in text


def test_unknown_names_are_left_alone() -> None:
    text = repair_text(DAMAGED).text
    assert "Tobias Brunsgaard (V) fik sin stemme ført til protokol." in text


def test_pa_is_left_alone_in_text_that_is_not_damaged_danish() -> None:
    english = "The council used a pa system at the meeting, and the pa was loud.\n"
    assert repair_text(english).repairs == []
    danish = "Mødet blev holdt på rådhuset, hvor Anna Pa fra Vejle fremlagde sagen om skolerne.\n"
    assert repair_text(danish).repairs == []


def test_word_broken_across_lines_is_joined() -> None:
    text = "Sagen har store erhvervsøko-\nnomiske konsekvenser for byen.\nSocial-\nog Sundhedsudvalget\n"
    result = repair_text(text)
    assert (
        result.text
        == "Sagen har store erhvervsøkonomiske\nkonsekvenser for byen.\nSocial-\nog Sundhedsudvalget\n"
    )
    assert [r.kind for r in result.repairs] == ["join"]
    crlf = text.replace("\n", "\r\n")
    assert repair_text(crlf).text == result.text.replace("\n", "\r\n")


def test_specks_and_spaces_read_as_punctuation() -> None:
    text = repair_text(
        DAMAGED + "Forslaget blev sendt videre til : Byradet, der finansieres.af kassen.\n"
    ).text
    assert "Forslaget blev sendt videre til Byrådet, der finansieres af kassen." in text
    assert repair_text("Tid: 16.00, sted: Rådhuset. Se bl.a. side 4.\n").repairs == []


def test_rarer_ocr_slips_are_repaired_in_long_words() -> None:
    text = repair_text(DAMAGED + "Sagen om daginstitutioier i komimunens budget blev udsat.\n").text
    assert "Sagen om daginstitutioner i kommunens budget blev udsat." in text
    assert load_lexicon().near("komimunens") == ["kommunens"]


def test_encoding_repair_offsets_index_the_input() -> None:
    text = "Mødet i KÃ¸benhavn â€“ Ã¦ldrerÃ¥det var til stede.\n"
    fixed, repairs = fix_encoding(text)
    assert fixed == "Mødet i København – ældrerådet var til stede.\n"
    assert {r.kind for r in repairs} == {"encoding"}
    for r in repairs:
        assert text[r.start : r.end] == r.original
    assert repair_text(text).text == fixed


def test_encoding_repair_leaves_clean_typography_alone() -> None:
    text = "“Citat” – og ‘enkelte’ anførselstegn, ﬁ-ligatur og ＡＢＣ bredt.\n"
    assert fix_encoding(text) == (text, [])


def test_mojibake_and_ocr_damage_together() -> None:
    text = DAMAGED.replace("4. marts", "4. marts â€“ kl. 16 â€“").replace("Referat fra", "Referat â€¢ fra")
    result = repair_text(text)
    assert "4. marts – kl. 16 –" in result.text
    assert "Referat • fra mødet i Økonomiudvalget" in result.text
    assert "Borgmesteren i København deltog også" in result.text
    _check_offsets(text)


def test_offsets_are_valid_and_repairs_do_not_overlap() -> None:
    for text in (DAMAGED, CLEAN, "Ã¸konomi: mgde pa @konomi og KÃ¸benhavn.\n" + DAMAGED):
        _check_offsets(text)


def test_repair_is_idempotent() -> None:
    for text in (DAMAGED, CLEAN, "Ã¦ndringer i KÃ¸benhavn.\n" + DAMAGED):
        once = repair_text(text).text
        assert repair_text(once).text == once


def test_higher_threshold_makes_no_more_changes() -> None:
    low = {(r.start, r.replacement) for r in repair_text(DAMAGED, threshold=0.3).repairs}
    high = {(r.start, r.replacement) for r in repair_text(DAMAGED, threshold=0.99).repairs}
    assert high <= low
    assert len(high) < len(low)


def test_match_case() -> None:
    assert match_case("Kebenhavn", "københavn") == "København"
    assert match_case("@konomi", "økonomi") == "Økonomi"
    assert match_case("KEBENHAVN", "københavn") == "KØBENHAVN"
    assert match_case("Igbende", "løbende", sentence_start=False) == "løbende"
    assert match_case("|", "i", sentence_start=False) == "I"
    assert match_case("Arligt", "årligt", sentence_start=False) == "årligt"
    assert match_case("Arhus", "århus", sentence_start=False, proper=True) == "Århus"
    assert match_case("Aldreradet", "ældrerådet", sentence_start=False) == "Ældrerådet"


def test_segments_learn_anchored_edits() -> None:
    assert segments("længe", "leenge") == [("æ", "ee")]
    assert segments("løbende", "Igbende") == [("l", "I"), ("ø", "g")]
    assert segments("møde", "møde") == []
    assert word_errors(["et", "møde", "på", "rådhuset"], ["et", "mgde", "pa", "rådhuset"]) == 2


def test_channel_offers_danish_readings() -> None:
    model = load_model()
    assert "møde" in model.variants("mgde")
    assert "længe" in model.variants("leenge")
    assert "økonomi" in model.variants("@konomi")


def test_lexicon_knows_danish_and_its_compounds() -> None:
    lex = load_lexicon()
    assert "på" in lex and "pa" not in lex and "vaere" not in lex
    assert lex.frequency("møde") > 4
    assert lex.compound("mødedato") > 0
    assert lex.compound("mgdedato") == 0
    assert "taastrup" in lex  # from the municipality gazetteer
    assert "københavn" in lex.proper and "økonomi" not in lex.proper


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="shared seeds not present")
def test_seed_002_obvious_words_are_fixed() -> None:
    path = next((SHARED / "seeds").glob("002_*.txt"))
    text = path.read_text(encoding="utf-8")
    result = repair_text(text)
    for right in ("København", "Høje-Taastrup", "Økonomi", "møde", "rådighedsbeløb", "længe", "på tværs"):
        assert right in result.text, right
    for wrong in ("Kebenhavn", "Hgje-Taastrup", " mgde", "leenge", " pa "):
        assert wrong not in result.text, wrong
    assert "En annonce" in result.text
    assert "\n• Borgernes" in result.text
    last = 0
    for r in result.repairs:
        assert text[r.start : r.end] == r.original and r.start >= last
        last = r.end


def test_lexicon_cache_round_trip() -> None:
    lex = Lexicon(
        {"møde": 4.9, "rådighedsbeløb": LEXICON_ZIPF, "a priori": LEXICON_ZIPF}, frozenset({"og", "af"})
    )
    back = _read_cache(_cache_text(lex))
    assert back.zipf == lex.zipf and back.markers == lex.markers


_FRAGMENTS = [
    *DAMAGED.splitlines(keepends=True),
    *CLEAN.splitlines(keepends=True),
    "Mødet i KÃ¸benhavn â€“ Ã¦ldrerÃ¥det\n",
    "erhvervsgko-\nnomiske forhold pa @konomi : mgdet\r\n",
    "kontakt: navn@kommune.dk eller www.kommune.dk/@konomi\n",
]


@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=12), st.floats(0.0, 1.0))
def test_repairs_rebuild_the_output_from_the_input(parts: list[str], threshold: float) -> None:
    text = "".join(parts)
    result = repair_text(text, threshold=threshold)
    out, pos = [], 0
    for r in result.repairs:
        assert text[r.start : r.end] == r.original and r.start >= pos
        out += [text[pos : r.start], r.replacement]
        pos = r.end
    assert "".join([*out, text[pos:]]) == result.text


def test_bench_scores_a_pair() -> None:
    clean = "Der var møde på Rådhuset i København, og det blev godt.\nUdvalget drøftede længe sagen.\n" * 3
    ocr = "Der var mgde pa Radhuset i Kebenhavn, og det blev godt.\nUdvalget drgftede leenge sagen.\n" * 3
    stats = score_pair(clean, ocr, 0.5)
    assert stats["words"] == 45 and stats["before"] == 18
    assert stats["after"] == 0 and stats["damaged"] == 0


def test_an_endless_token_is_left_alone_not_a_crash() -> None:
    # Found by the fuzz corpus: the candidate walk recursed once per letter.
    text = "Mødet blev holdt på rådhuset.\n" + "x" * 5000 + "\nGodkendt."
    assert repair_text(text).text == text


def test_a_bar_after_an_item_number_is_no_capital_i() -> None:
    """Found by the property test on a heading of the corpus: "54 | Title" lost its bar to "I"."""
    text = "### 54 | Godkendelse af dagsorden\n### 55 | Lokalplan for boliger ved skolen\n"
    assert [(r.original, r.replacement) for r in correct(text)] == []
    damaged = "| dag blev mgdet holdt pa radhuset, og der var enighed om at udsaette sagen"
    assert ("|", "I") in [(r.original, r.replacement) for r in correct(damaged)]
