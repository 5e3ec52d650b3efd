"""The tag stage: council rules (with their negatives), backends, overlap priority, people linked."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from dkcouncil.patterns import (
    find_case_numbers,
    find_committees,
    find_dates,
    find_money,
    find_municipalities,
    find_parties,
)
from dkcouncil.schemas import Meeting, Person
from dkcouncil.segment import Segmentation
from dkcouncil.tag import Tagger
from dkcouncil.tag.backends import NERBackendError, resolve_model_path
from dkcouncil.tag.people import fill_person, named_with_party


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("50.000 kr.", 50000),
        ("0,950 mio. kr.", 950000),
        ("3,4 mia. kr.", 3400000000),
        ("1,1 milliarder", 1100000000),
        ("kr. 12.500", 12500),
        ("DKK 2,5 mio.", 2500000),
        ("450 t.kr.", 450000),
        ("1 mio. kr. årligt", 1000000),
    ],
)
def test_money(text: str, value: int) -> None:
    [match] = find_money(f"Udgiften er {text} i alt")
    assert match.normalized == value
    assert isinstance(match.normalized, int)


@pytest.mark.parametrize(
    "text",
    [
        "en stigning på 14 procent",
        "i 2025 og 2026",
        "sagsnr. 25/431",
        "tlf. 79 75 50 00",
        "Drift (1.000 kr.)\t2024",
    ],
)
def test_not_money(text: str) -> None:
    assert find_money(text) == []


def test_dates_take_the_meeting_year() -> None:
    found = [
        m.normalized for m in find_dates("mødet den 17. april og 4. oktober 2023, 18-06-2024 kl. 10", 2025)
    ]
    assert found == ["2024-06-18", "2025-04-17", "2023-10-04"]


def test_case_numbers() -> None:
    text = "SAG-2024-01875 chbn, Sagsnr.: 330-2018-3619, 27.00.00-A00-12-24 og 25/431; bilag (16514/25)"
    assert [m.normalized for m in find_case_numbers(text)] == [
        "SAG-2024-01875",
        "330-2018-3619",
        "27.00.00-A00-12-24",
        "25/431",
    ]


def test_parties_from_markers_votes_and_names_but_not_item_markers_or_lowercase() -> None:
    text = (
        "Kim Lund (A), Vejle\n3. Lokalplan for Egtved (B)\nFor stemte: V og Ø.\n"
        "Det Konservative Folkeparti og Radikale Venstre; drej til venstre ved kirken."
    )
    letters = sorted(m.normalized for m in find_parties(text))
    assert letters == ["A", "B", "C", "V", "Ø"]  # B is Radikale Venstre, not the agenda line's marker
    assert "venstre" not in [text[m.start : m.end] for m in find_parties(text)]


def test_municipalities_with_genitive_and_kommune_but_not_regions_or_surnames() -> None:
    text = "Ballerups budget, Høje-Taastrup Kommune, Region Midtjylland og Benny Hammer"
    assert [m.normalized for m in find_municipalities(text)] == ["Ballerup", "Høje-Taastrup"]


def test_committees() -> None:
    text = (
        "Børne- og Skoleudvalget, Teknik & Byggeudvalget, Byrådet og KKR Nordjylland; økonomiudvalgets pulje"
    )
    assert [m.normalized for m in find_committees(text)] == [
        "Børne- og Skoleudvalget",
        "Teknik & Byggeudvalget",
        "Byrådet",
        "KKR Nordjylland",
    ]


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger()


SENTENCE = (
    "Borgmester Karen Holst fra Viborg Kommune mødtes den 17. april med Dansk Sygeplejeråd. "
    "Anlægget koster 2,4 mio. kr. Økonomiudvalget anbefalede sagen; Benny Hammer (C), Norddjurs stemte imod."
)


def test_tagger_merges_model_and_rule_entities_with_valid_offsets(tagger: Tagger) -> None:
    tagging = tagger.tag(SENTENCE, Segmentation(meeting=Meeting(date="2024-06-18")))
    by_label = {(e.label, e.text): e for e in tagging.entities}
    assert by_label[("MUNICIPALITY", "Viborg Kommune")].normalized == "Viborg"
    assert by_label[("DATE", "17. april")].normalized == "2024-04-17"
    assert by_label[("MONEY", "2,4 mio. kr.")].source == "rule"
    assert by_label[("COMMITTEE", "Økonomiudvalget")].source == "rule"
    assert ("PER", "Karen Holst") in by_label and by_label[("PER", "Karen Holst")].source == "model"
    for entity in tagging.entities:
        assert SENTENCE[entity.start : entity.end] == entity.text
    assert [(a.text, a.value_dkk) for a in tagging.amounts] == [("2,4 mio. kr.", 2400000)]


def test_a_council_span_wins_over_an_overlapping_model_span(tagger: Tagger) -> None:
    text = "Mødet blev holdt i Silkeborg Kommune sammen med Region Midtjylland."
    tagging = tagger.tag(text, Segmentation())
    labels = {e.text: e.label for e in tagging.entities}
    assert labels.get("Silkeborg Kommune") == "MUNICIPALITY"
    assert not any(e.label == "LOC" and "Silkeborg" in e.text for e in tagging.entities)


def test_people_are_linked_to_party_and_municipality_from_anywhere(tagger: Tagger) -> None:
    seg = Segmentation(participants=[Person(name="Benny Hammer", party="C", municipality="Norddjurs")])
    tagging = tagger.tag("Benny Hammer deltog ikke i sagens behandling. Ib Lund (V) stemte for.", seg)
    people = {p.name: p for p in tagging.people}
    assert (people["Benny Hammer"].party, people["Benny Hammer"].municipality) == ("C", "Norddjurs")
    assert people["Ib Lund"].party == "V"
    assert fill_person(Person(name="Benny Hammer"), tagging.people).municipality == "Norddjurs"


def test_named_with_party_reads_the_list_forms() -> None:
    people = named_with_party("Peter Kjær, (Ø) Skanderborg og Lone Holm (A), Odder")
    assert [(p.name, p.party, p.municipality) for p in people] == [
        ("Peter Kjær", "Ø", "Skanderborg"),
        ("Lone Holm", "A", "Odder"),
    ]


def test_missing_dacy_says_how_to_get_it() -> None:
    try:
        import dacy  # noqa: F401
    except ImportError:
        with pytest.raises(NERBackendError, match=r'pip install "dkcouncil\[dacy\]"'):
            Tagger("dacy-small")
    else:  # DaCy installed: without its model cached the message still says how to get it
        with pytest.raises(NERBackendError, match=r"dacy\.load"):
            resolve_model_path("dacy-large")


def test_a_path_that_is_not_a_pipeline_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NERBackendError, match="no such spaCy pipeline directory"):
        Tagger(str(tmp_path / "nothing"))
    with pytest.raises(NERBackendError, match=r"no config\.cfg"):
        Tagger(str(tmp_path))


def test_any_spacy_pipeline_directory_is_a_backend(tmp_path: Path) -> None:
    nlp = spacy.blank("da")
    ruler = nlp.add_pipe("entity_ruler")
    nlp.add_pipe("ner")  # untrained, as any directory a user points at might be
    nlp.initialize()  # clears the ruler, so its patterns come after
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"LOWER": "mette"}, {"LOWER": "lund"}]}])
    nlp.to_disk(tmp_path / "pipe")
    tagger = Tagger(str(tmp_path / "pipe"))
    tagging = tagger.tag("Mette Lund fra Vejle Kommune.", Segmentation())
    assert ("PER", "Mette Lund") in {(e.label, e.text) for e in tagging.entities}  # PERSON mapped to PER


def test_a_member_whose_surname_is_a_municipality_is_no_municipality(tagger: Tagger) -> None:
    text = "Til stede: Mette Kolding (V), Per Nyborg (A). Sagen vedrører Kolding Kommune og Nyborgs havn."
    tagging = tagger.tag(text, Segmentation())
    found = [(e.text, e.normalized) for e in tagging.entities if e.label == "MUNICIPALITY"]
    assert found == [("Kolding Kommune", "Kolding"), ("Nyborgs", "Nyborg")]
    people = {p.name: p.party for p in tagging.people}
    assert people["Mette Kolding"] == "V" and people["Per Nyborg"] == "A"


def test_an_item_marker_after_a_blank_line_is_not_a_party() -> None:
    # "^\s*" used to start on the blank line above, so the item line was not recognised.
    text = "Deltagere: Anna Holm (A)\n\n3. Kommuneplantillæg for solcelleanlæg ved Egtved (B)\n\nÅben"
    assert [m.normalized for m in find_parties(text)] == ["A"]


def test_parties_of_a_numbered_member_list_and_of_a_counted_vote() -> None:
    text = (
        "1. Anne Kjærgaard (A), borgmester\n2. Flemming Ravn (V)\n3. Budget 2026 (B)\n\n"
        "Godkendt med 25 stemmer for (C og F) mod 5 stemmer (Ø og O)."
    )
    assert sorted({str(m.normalized) for m in find_parties(text)}) == ["A", "C", "F", "O", "V", "Ø"]
