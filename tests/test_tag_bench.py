"""The tag bench scores people with their party against gold lists by name."""

from __future__ import annotations

from dkcouncil.bench.tag import people_with_party
from dkcouncil.schemas import Person
from dkcouncil.tag import Tagging


def test_people_with_party_scores_only_gold_people_that_have_a_party() -> None:
    tagging = Tagging(
        people=[
            Person(name="Lone Vestergaard", party="F"),
            Person(name="Kasper Juhl", party="O"),
            Person(name="Nanna Brix", party="B"),
        ]
    )
    gold = {
        "participants": [{"name": "Lone Vestergaard", "party": "F"}, {"name": "Kasper Juhl", "party": "V"}],
        "absent": [{"name": "Ole Dam", "party": None}],
    }
    predicted, expected = people_with_party(tagging, gold)
    assert predicted == {("lone vestergaard", "F"): 1, ("kasper juhl", "O"): 1}
    assert expected == {("lone vestergaard", "F"): 1, ("kasper juhl", "V"): 1}
