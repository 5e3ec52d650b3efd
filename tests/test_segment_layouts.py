"""Layouts first met in documents the segmenter was not written against (issue 4's generality).

Each test names the form it covers; the texts are short, invented and in the councils' styles.
"""

from __future__ import annotations

from dkcouncil.read.html import html_to_text
from dkcouncil.segment import Segmentation, segment
from dkcouncil.segment.flow import is_flowed


def _web(html: str) -> Segmentation:
    """A web page as the pipeline segments it: read from HTML, then segmented."""
    return segment(html_to_text(html), source_format="html")


def _web_items(html: str) -> list[tuple[str | None, str, str | None]]:
    """Number, title and access of each item of a web page."""
    return [(i.number, i.title, i.access) for i in _web(html).items]


def _when_where(seg: Segmentation) -> tuple[str | None, str | None, str | None]:
    """The meeting's date, time and place, asserting there is a meeting."""
    assert seg.meeting is not None
    return seg.meeting.date, seg.meeting.time, seg.meeting.location


# A whole meeting on one line: a PDF transcript that lost every line break.
ONE_LINE = (
    "Lemvig Kommune Referat fra mødet i Plan- og Miljøudvalget Onsdag den 9. april 2025 kl. 14.00 "
    "i Mødelokale 4 Deltagere: Karen Toft (V), Poul Helms (A) og Birgit Aagaard (F). "
    "Fraværende: Søren Dal (O). Desuden deltog: direktør Inger Munk og sekretær Ib Lind. "
    "1. Godkendelse af dagsorden Sagsnr.: 00.01.00-A00-5-25 Beslutning Godkendt. "
    "2. Lokalplan for boliger ved Vestergade Sagsnr.: 01.02.05-P16-3-25 Sagsfremstilling Planen "
    "giver mulighed for 24 rækkehuse. Indstilling Direktøren indstiller, at planen vedtages. "
    "Beslutning Godkendt. Poul Helms (A) deltog ikke i behandlingen. Bilag Kort over området "
    "Høringssvar fra naboer 3. Vejbelysning på landet Sagsnr.: 05.01.00-G01-2-25 Sagsfremstilling "
    "Forvaltningen foreslår LED-armaturer. Beslutning Udsat til næste møde."
)


def test_a_meeting_on_one_line_is_flowed_and_read_item_by_item() -> None:
    assert is_flowed(ONE_LINE)
    seg = segment(ONE_LINE)
    assert seg.body is not None and (seg.body.name, seg.body.municipality) == (
        "Plan- og Miljøudvalget",
        "Lemvig",
    )
    assert seg.meeting is not None and (seg.meeting.date, seg.meeting.time) == ("2025-04-09", "14:00")
    assert [p.name for p in seg.participants] == ["Karen Toft", "Poul Helms", "Birgit Aagaard"]
    # "Desuden deltog" names officials: they are neither members present nor absent.
    assert [(p.name, p.party) for p in seg.absent] == [("Søren Dal", "O")]
    # Item 3 follows an attachment list without a full stop.
    assert [i.number for i in seg.items] == ["1", "2", "3"]
    second = seg.items[1]
    assert [s.kind for s in second.sections] == [
        "case_presentation",
        "recommendation",
        "decision",
        "attachments",
    ]
    assert [p.name for p in second.decision.not_participating] == ["Poul Helms"]
    assert seg.items[2].decision.outcome == "postponed"


def test_a_short_text_with_long_lines_is_not_flowed() -> None:
    assert not is_flowed("Referat fra mødet i Økonomiudvalget. Beslutning Godkendt. Indstilling Ingen.")


CAPITAL = """Københavns Kommune
BORGERREPRÆSENTATIONEN

REFERAT

Ordinært møde torsdag den 15. maj 2025 kl. 17.30

Til stede: Anna Krog (A), Bo Frisk (Ø), Carl Vang (C), Dorte Holm (V)

7. Renovering af Brønshøj Bibliotek (2025-0211874)

INDSTILLING
Kultur- og Fritidsudvalget indstiller over for Borgerrepræsentationen,
1. at der gives en anlægsbevilling på 12,5 mio. kr.,
2. at projektet udbydes i efteråret 2025.

PROBLEMSTILLING
Biblioteket har et utæt tag.

LØSNING
Taget udskiftes, og ventilationen fornyes.

VIDERE PROCES
Udbuddet offentliggøres i september.

BESLUTNING
Ændringsforslaget fra C blev forkastet med 1 stemme mod 3.
For stemte: C.
Imod stemte: A, Ø og V.

Indstillingen blev herefter godkendt med 3 stemmer mod 0, idet 1 undlod at stemme.
For stemte: A, Ø og V.
Undlod at stemme: C.
"""


def test_capital_city_headings_case_numbers_and_the_vote_after_an_amendment() -> None:
    seg = segment(CAPITAL)
    assert seg.meeting is not None and (seg.meeting.date, seg.meeting.time) == ("2025-05-15", "17:30")
    (item,) = seg.items
    assert (item.number, item.case_numbers) == ("7", ["2025-0211874"])
    assert [s.kind for s in item.sections] == [
        "recommendation",
        "background",
        "case_presentation",
        "process",
        "decision",
    ]
    votes = item.decision.votes
    # The amendment's lists ("For stemte: C.") belong to the amendment, not to the proposal.
    assert (votes.for_, votes.against, votes.abstained) == (["A", "Ø", "V"], [], ["C"])
    assert item.decision.vote_counts.model_dump(by_alias=True) == {"for": 3, "against": 0, "abstained": 1}


PER_ITEM = """# Beslutningsprotokol, Regionsrådet

## Punkt 1: Budgetopfølgning

Fraværende: Jens Bak (V)

### Beslutning

Taget til efterretning.

## Punkt 2: Ny akutklinik

Fraværende: Jens Bak (V), Lis Moe (A)

### Beslutning

Godkendt.
"""


def test_absence_recorded_per_item_only_makes_the_meetings_absentees() -> None:
    seg = segment(PER_ITEM, source_format="markdown")
    assert [[p.name for p in item.absent] for item in seg.items] == [["Jens Bak"], ["Jens Bak", "Lis Moe"]]
    assert [(p.name, p.party) for p in seg.absent] == [("Jens Bak", "V"), ("Lis Moe", "A")]


WEB = """<table class="moedeinfo">
<tr><th>Udvalg</th><td>Byrådet</td></tr>
<tr><th>Mødedato</th><td>02.04.2025 kl. 18:30</td></tr>
<tr><th>Mødested</th><td>Byrådssalen, Rådhuset</td></tr>
</table>
<h2>12. Salg af grund i Nærum</h2>
<dl><dt>Sagsnr.</dt><dd>25/3310</dd><dt>Beslutningskompetence</dt><dd>Byrådet</dd></dl>
<h3>Sagsfremstilling</h3><p>Grunden sælges for 4,2 mio. kr. Udgiften til nedrivning (0,8 mio. kr.) afholdes af køber.</p>
<h3>Beslutning i Byrådet den 2. april 2025</h3><p>Godkendt.</p>
"""


def test_a_web_page_with_key_value_tables_and_definition_lists() -> None:
    text = html_to_text(WEB)
    assert "Sagsnr.: 25/3310" in text
    seg = segment(text, source_format="html")
    assert _when_where(seg) == (
        "2025-04-02",
        "18:30",
        "Byrådssalen, Rådhuset",
    )
    (item,) = seg.items
    assert item.case_numbers == ["25/3310"]
    assert [s.kind for s in item.sections] == ["competence", "case_presentation", "decision"]


# A fixed-width protocol: an attendance table, ruled items with the number right-aligned, one title
# wrapped onto two lines, and a lettered agenda's numbering inside the sections' own numbers.
TABLE_PROTOCOL = """VORDINGBORG KOMMUNE
Byrådet

Dato:   Onsdag den 14.05.2025
Tid:    Kl. 18.00 - 21.10
Sted:   Byrådssalen, Rådhuset

Navn                     Parti   Funktion        Fremmøde
-----------------------  ------  --------------  ---------
Karin Holst Bech         A       Borgmester      Til stede
Mogens Eriksen           V                       Til stede
Tove Schou               C                       Afbud

==========================================================
Godkendelse af dagsorden                           Pkt. 31
==========================================================

Beslutning Byrådet den 14.05.2025:
Godkendt.

==========================================================
Forslag fra Venstre om nye bænke langs
stranden ved Ulvshale                              Pkt. 32
==========================================================

2.1 Sagsfremstilling
Venstre foreslår 20 nye bænke.

2.2 Beslutning Byrådet den 14.05.2025:
Forslaget blev ikke godkendt med 1 stemme mod 2.
"""


def test_a_fixed_width_protocol_with_an_attendance_table_and_right_aligned_numbers() -> None:
    seg = segment(TABLE_PROTOCOL)
    assert _when_where(seg) == (
        "2025-05-14",
        "18:00",
        "Byrådssalen, Rådhuset",
    )
    assert [(p.name, p.party, p.role) for p in seg.participants] == [
        ("Karin Holst Bech", "A", "borgmester"),
        ("Mogens Eriksen", "V", None),
    ]
    assert [(p.name, p.party) for p in seg.absent] == [("Tove Schou", "C")]
    assert [(i.number, i.title) for i in seg.items] == [
        ("31", "Godkendelse af dagsorden"),
        ("32", "Forslag fra Venstre om nye bænke langs stranden ved Ulvshale"),
    ]
    second = seg.items[1]
    assert [s.kind for s in second.sections] == ["case_presentation", "decision"]
    assert second.decision.outcome == "rejected"


WEEKDAY_HEADER = """Sorø Kommune

REFERAT

fra mødet i Kultur- og Fritidsudvalget
mandag den 2. juni 2025 kl. 15.30
i Mødelokale 1, Sorø Rådhus

Til stede:
Anne Lind (A), formand, Per Juhl (V), næstformand, Eva Rask (F)

## A1. Godkendelse af dagsorden

### Beslutning

Godkendt.

## B1. Orientering om sommerens arrangementer

### Beslutning

Taget til orientering.

### Bilag

1. Program for Sorø Sø-festival
"""


def test_a_weekday_header_a_list_with_role_words_and_a_lettered_agenda() -> None:
    seg = segment(WEEKDAY_HEADER, source_format="markdown")
    assert _when_where(seg) == (
        "2025-06-02",
        "15:30",
        "Mødelokale 1, Sorø Rådhus",
    )
    assert [p.name for p in seg.participants] == ["Anne Lind", "Per Juhl", "Eva Rask"]
    # The attachment list's "1. Program ..." is no item where the items are headings.
    assert [(i.number, i.decision.outcome) for i in seg.items] == [("A1", "approved"), ("B1", "noted")]


# A plain agenda whose contents list repeats the item lines without page numbers, and the place
# alone on the line below the date.
CONTENTS_WITHOUT_PAGES = """Faxe Kommune

DAGSORDEN

Miljø- og Klimaudvalget

Onsdag den 8. oktober 2025 kl. 16.00
Mødelokale 2, Faxe Rådhus, Frederiksgade 9, 4690 Haslev

Indhold

Punkt 12. Godkendelse af dagsorden
Punkt 13. Klimaplan for kommunens bygninger
Punkt 14. Eventuelt

______________________________________________________________________

Punkt 12. Godkendelse af dagsorden
Sagsnr. 25/4410 - Åben

Indstilling
Forvaltningen indstiller, at dagsordenen godkendes.

______________________________________________________________________

Punkt 13. Klimaplan for kommunens bygninger
Sagsnr. 25/3120 - Åben

Sagsfremstilling
Planen beskriver, hvordan energiforbruget i skoler og haller kan halveres inden 2030.

Kommunikation
Planen lægges på kommunens hjemmeside, når den er vedtaget.

Økonomi
Udgiften på 1,8 mio. kr. afholdes af energipuljen.

Indstilling
Forvaltningen indstiller, at planen godkendes.

______________________________________________________________________

Punkt 14. Eventuelt
Sagsnr. 25/4410 - Åben

Indstilling
Ingen.
"""


def test_a_contents_list_without_page_numbers_gives_no_items_and_the_place_is_below_the_date() -> None:
    seg = segment(CONTENTS_WITHOUT_PAGES)
    assert [(i.number, i.case_numbers) for i in seg.items] == [
        ("12", ["25/4410"]),
        ("13", ["25/3120"]),
        ("14", ["25/4410"]),
    ]
    assert _when_where(seg) == (
        "2025-10-08",
        "16:00",
        "Mødelokale 2, Faxe Rådhus, Frederiksgade 9, 4690 Haslev",
    )
    # "Kommunikation" is set like the known headings: a section of its own, of kind other.
    assert [s.kind for s in seg.items[1].sections] == [
        "case_presentation",
        "other",
        "economy",
        "recommendation",
    ]
    assert seg.items[1].sections[0].text.endswith("inden 2030.")


# A web export: header parts between middle dots, members as a bulleted list under a heading with
# roles after a dash or an ordinal, an item titled "Forslag fra ...", and a singular abstention.
DOTTED_WEB_HEADER = """**Byrådet** · Referat · Torsdag den 25. september 2025 kl. 19:00 · Byrådssalen, Ringkøbing Rådhus

## Deltagere

- Mette Ravn (V) - formand
- Lars Kjeldsen (A), 1. viceborgmester
- Sanne Bro (C)
- Jonas Hede (I), stedfortræder

## Afbud

- Ulla Vestergaard (F)

Punkt 41

## Forslag fra Konservative om gratis parkering i julen

Sagsnr.: 25/7761

#### Sagsfremstilling

Forslaget er sat på dagsordenen efter ønske fra Sanne Bro (C).

#### Indstilling

Forslaget fremsendes til Byrådets behandling.

#### Beslutning i Byrådet den 25.09.2025

Forslaget blev forkastet med 2 stemmer for (C) mod 21 stemmer (A, V og F). 1 medlem (I) undlod at stemme.
"""


def test_a_dotted_web_header_bulleted_members_and_a_proposal_titled_forslag() -> None:
    seg = segment(DOTTED_WEB_HEADER, source_format="markdown")
    assert _when_where(seg) == (
        "2025-09-25",
        "19:00",
        "Byrådssalen, Ringkøbing Rådhus",
    )
    assert [(p.name, p.party, p.role) for p in seg.participants] == [
        ("Mette Ravn", "V", "formand"),
        ("Lars Kjeldsen", "A", "1. viceborgmester"),
        ("Sanne Bro", "C", None),
        ("Jonas Hede", "I", "stedfortræder"),
    ]
    assert [p.name for p in seg.absent] == ["Ulla Vestergaard"]
    [item] = seg.items
    assert (item.number, item.title) == ("41", "Forslag fra Konservative om gratis parkering i julen")
    assert [s.kind for s in item.sections] == ["case_presentation", "recommendation", "decision"]
    assert item.decision is not None and item.decision.votes is not None
    assert item.decision.outcome == "rejected"
    assert item.decision.votes.abstained == ["I"]
    assert item.decision.vote_counts is not None
    assert item.decision.vote_counts.abstained == 1


def test_a_time_range_gives_the_start() -> None:
    seg = segment(
        "Referat\n\nØkonomiudvalget\n\n- **Dato:** Tirsdag den 4. november 2025\n"
        "- **Tidspunkt:** Kl. 15.00-17.30\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    )
    assert seg.meeting is not None
    assert (seg.meeting.date, seg.meeting.time) == ("2025-11-04", "15:00")


# A regional protocol: item headings in ASCII boxes (one title wrapped inside its box), headings
# underlined with dashes, absence per item, two decisions an item and vote tables with counts.
BOXED_PROTOCOL = """REGION NORDJYLLAND

Regionsrådet
Beslutningsprotokol

Tidspunkt:  16.09.2025 kl. 14:00 - 17:30
Sted:       Regionshuset, mødesal 2, Niels Bohrs Vej 30, 9220 Aalborg Øst


+----------------------------------------------------------------------+
| Pkt. 7   Tilskud til nye busruter i landdistrikterne mellem Hobro     |
|          og Aars                                                      |
+----------------------------------------------------------------------+
Sagsnr.: 25/30117
Fraværende: Karl Emil Thorsen (V)

Sagsfremstilling
----------------
Ruterne kører fra august 2026 og koster 9 mio. kr. om året.

Forretningsudvalgets beslutning den 2. september 2025
-----------------------------------------------------
Anbefales.

Regionsrådets beslutning den 16. september 2025
-----------------------------------------------
Afstemning om ændringsforslaget fra Ø:
    For      Ø og F                              6
    Imod     A, V, C og O                       33
Ændringsforslaget blev forkastet.

Afstemning om indstillingen:
    For      A, V, C, F og Ø                    37
    Imod     O                                   2
Indstillingen blev godkendt.


+----------------------------------------------------------------------+
| Pkt. 8   Salg af grund ved Sygehus Thy (lukket punkt)                 |
+----------------------------------------------------------------------+
Sagsnr.: 25/30544
Fraværende: Ingen

Regionsrådets beslutning den 16. september 2025
-----------------------------------------------
Godkendt.
"""


def test_boxed_item_headings_underlined_sections_and_vote_tables() -> None:
    seg = segment(BOXED_PROTOCOL)
    assert seg.doc_type == "minutes"
    assert [(i.number, i.title, i.access) for i in seg.items] == [
        ("7", "Tilskud til nye busruter i landdistrikterne mellem Hobro og Aars", None),
        ("8", "Salg af grund ved Sygehus Thy", "closed"),
    ]
    first = seg.items[0]
    assert [s.kind for s in first.sections] == ["case_presentation", "decision", "decision"]
    assert [(d.body, d.date) for d in first.decisions] == [
        ("Forretningsudvalget", "2025-09-02"),
        ("Regionsrådet", "2025-09-16"),
    ]
    # The amendment's table is voted first; the item's vote is the one on the recommendation.
    assert first.decision is not None and first.decision.votes is not None
    assert first.decision.outcome == "approved"
    assert (first.decision.votes.for_, first.decision.votes.against) == (["A", "V", "C", "F", "Ø"], ["O"])
    assert first.decision.vote_counts is not None
    assert (first.decision.vote_counts.for_, first.decision.vote_counts.against) == (37, 2)
    assert [p.name for p in seg.absent] == ["Karl Emil Thorsen"]


def test_vote_forms_met_in_minutes_exports() -> None:
    from dkcouncil.segment.decisions import vote_counts, votes

    labelled = (
        "Indstillingen blev sat under afstemning.\n\n"
        "    For:                     V, A og C       (19 stemmer)\n"
        "    Imod:                    O               (3 stemmer)\n"
        "    Hverken for eller imod:  F og Ø          (5 stemmer)\n"
    )
    found = votes(labelled)
    assert found is not None
    assert (found.for_, found.against, found.abstained) == (["V", "A", "C"], ["O"], ["F", "Ø"])
    counts = vote_counts(labelled)
    assert counts is not None
    assert (counts.for_, counts.against, counts.abstained) == (19, 3, 5)
    sentence = "Forslaget blev ikke vedtaget, idet 4 stemte for (Ø og F), mens 27 stemte imod (A, V og C)."
    found = votes(sentence)
    assert found is not None and (found.for_, found.against) == (["Ø", "F"], ["A", "V", "C"])
    # An abstention's count line never takes the parties of the line above it.
    short = "For: 16 (A, F og B)\nImod: 9 (V og C)\nUndlod: 1 (I)\n\nIndstillingen er godkendt."
    found = votes(short)
    assert found is not None and found.abstained == ["I"]


def test_absent_with_reasons_and_a_header_with_bars() -> None:
    text = (
        "Byrådet | Tirsdag den 30. september 2025 kl. 17.00 | Byrådssalen, Viborg Rådhus\n\n"
        "Ikke til stede:\nLis Brandt (V) - afbud\nOle Riis (A) - sygdom\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    )
    seg = segment(text)
    assert [(p.name, p.party) for p in seg.absent] == [("Lis Brandt", "V"), ("Ole Riis", "A")]
    assert _when_where(seg) == (
        "2025-09-30",
        "17:00",
        "Byrådssalen, Viborg Rådhus",
    )


# A decision record: keys with dot leaders, "Medlemmer til stede:", and a title wrapped with a
# hanging indent under its own first word.
DOT_LEADERS = """SILKEBORG KOMMUNE

ØKONOMIUDVALGET
BESLUTNINGSPROTOKOL

Mødedato ......... mandag den 12. maj 2025
Mødetid .......... kl. 15:00 - 17:20
Mødested ......... Mødelokale 2, Silkeborg Rådhus, Søvej 1, 8600 Silkeborg

Medlemmer til stede:
    Ane Krogh (A), formand
    Bo Thygesen (V)

Afbud:
    Rie Holm (C)

________________________________________________________________________________

Pkt. 40   Ansøgning fra Gjern Idrætsforening om tilskud til en ny
          klubhusbygning ved stadion
          Sagsid: 25/07713          Åben
________________________________________________________________________________

BESLUTNING
Godkendt.
"""


def test_keys_with_dot_leaders_members_present_and_a_hanging_title() -> None:
    seg = segment(DOT_LEADERS)
    assert _when_where(seg) == (
        "2025-05-12",
        "15:00",
        "Mødelokale 2, Silkeborg Rådhus, Søvej 1, 8600 Silkeborg",
    )
    assert [p.name for p in seg.participants] == ["Ane Krogh", "Bo Thygesen"]
    assert [p.name for p in seg.absent] == ["Rie Holm"]
    [item] = seg.items
    assert item.title == "Ansøgning fra Gjern Idrætsforening om tilskud til en ny klubhusbygning ved stadion"
    assert item.case_numbers == ["25/07713"]


# Members grouped by party, a role in parentheses after a name, and an absence followed by a
# sentence about the substitute; a case number in parentheses after the title.
PARTY_GROUPS = """# Guldborgsund Kommune – Byrådet

### Fremmødte

**Socialdemokratiet (A):** Per Vinge (borgmester), Tove Lund

**Venstre (V):** Kaj Bruun, Sif Hjort (stedfortræder)

### Afbud

Ib Dam (V). Stedfortræder Sif Hjort (V) var indkaldt i hans sted.

## 5. Salg af ejendommen Østergade 12 (2025-0031188)

#### Beslutning

Godkendt.
"""


def test_members_grouped_by_party_and_an_absence_with_a_note() -> None:
    seg = segment(PARTY_GROUPS, source_format="markdown")
    assert [(p.name, p.party, p.role) for p in seg.participants] == [
        ("Per Vinge", "A", "borgmester"),
        ("Tove Lund", "A", None),
        ("Kaj Bruun", "V", None),
        ("Sif Hjort", "V", "stedfortræder"),
    ]
    assert [(p.name, p.party) for p in seg.absent] == [("Ib Dam", "V")]
    [item] = seg.items
    assert (item.title, item.case_numbers) == ("Salg af ejendommen Østergade 12", ["2025-0031188"])


# Plain-text minutes: members in two columns as "Name, Letter (role)", an absence with its reason
# and a sentence, items after a rule with the access right-aligned, and a vote phrased
# "stemte N for forslaget (...), mens M stemte imod (...)" over a line break.
TWO_COLUMNS = """                                VIBORG KOMMUNE
                                    REFERAT
                                    Byrådet

DELTAGERE
Ane Lund, A (borgmester)                  Bo Kjær, C
Per Vad, V (1. viceborgmester)            Eva Bro, F

FRAVÆR
Kim Dahl, V (forretningsforhindret). Stedfortræderen var indkaldt.

--------------------------------------------------------------------------------
31. Medlemsforslag fra Enhedslisten om gratis svømning for pensionister   Åben sag
Sagsnr.: 25/6610

Beslutning i Byrådet den 24-06-2025
Ved afstemningen stemte 3 for forslaget (Ø og F), mens 24 stemte imod (A, V,
C og O). Forslaget er dermed faldet.
"""


def test_two_column_members_right_aligned_access_and_a_fallen_proposal() -> None:
    seg = segment(TWO_COLUMNS)
    assert sorted((p.name, p.party, p.role) for p in seg.participants) == [
        ("Ane Lund", "A", "borgmester"),
        ("Bo Kjær", "C", None),
        ("Eva Bro", "F", None),
        ("Per Vad", "V", "1. viceborgmester"),
    ]
    assert [(p.name, p.party, p.role) for p in seg.absent] == [("Kim Dahl", "V", None)]
    [item] = seg.items
    assert (item.number, item.title, item.access) == (
        "31",
        "Medlemsforslag fra Enhedslisten om gratis svømning for pensionister",
        "open",
    )
    assert item.decision is not None and item.decision.votes is not None
    assert item.decision.outcome == "rejected"
    assert (item.decision.votes.for_, item.decision.votes.against) == (["Ø", "F"], ["A", "V", "C", "O"])
    assert item.decision.vote_counts is not None
    assert (item.decision.vote_counts.for_, item.decision.vote_counts.against) == (3, 24)


# Markdown minutes: "### 12 | Title" headings, case numbers in backticks, a wrapped inline list of
# members, a genitive recommendation heading, and a table whose remarks column says who was away.
PIPE_HEADINGS = """Odder Kommune
=============

Til stede: Jens Holt (A), borgmester, Mia Friis (A),
Ole Brink (V), Sara Krog (F).

| Medlem | Parti | Bemærkning |
|---|---|---|
| Lis Hald | C | Afbud |

***

### 12 | Ny busrute til Saksild

`Sag 13.05.00-G01-2-25` · Åben

**Borgmesterens indstilling:** Borgmesteren indstiller, at ruten godkendes.

**Beslutning:** Godkendt. Hverken for eller imod stemte 1: C.
"""


def test_pipe_numbered_headings_backtick_case_numbers_and_a_wrapped_inline_list() -> None:
    seg = segment(PIPE_HEADINGS, source_format="markdown")
    assert [(p.name, p.party) for p in seg.participants] == [
        ("Jens Holt", "A"),
        ("Mia Friis", "A"),
        ("Ole Brink", "V"),
        ("Sara Krog", "F"),
    ]
    assert [(p.name, p.party) for p in seg.absent] == [("Lis Hald", "C")]
    [item] = seg.items
    assert (item.number, item.title, item.case_numbers) == (
        "12",
        "Ny busrute til Saksild",
        ["13.05.00-G01-2-25"],
    )
    assert [s.kind for s in item.sections] == ["recommendation", "decision"]
    assert item.decision is not None and item.decision.votes is not None
    assert item.decision.votes.abstained == ["C"]


def test_a_case_page_numbered_by_a_key_and_an_item_number_in_its_own_span() -> None:
    seg = _web(
        "<h1>Ny skolevej i Hou</h1><p><strong>Punkt:</strong> 77 &middot; <strong>Sagsnr.:</strong> 25-30412</p>"
        "<h2>Sagsfremstilling</h2><p>Vejen får fortov.</p><h2>Beslutning i Byrådet den 2. juni 2025</h2>"
        "<p>Godkendt.</p>"
    )
    [item] = seg.items
    assert (item.number, item.case_numbers) == ("77", ["25-30412"])
    agenda = html_to_text(
        "<h1>Dagsorden</h1><p>Økonomiudvalget</p><h2><span>87</span>Godkendelse af dagsorden</h2>"
        "<p>Indstilling</p><p>Dagsordenen godkendes.</p><h2><span>88</span>Eventuelt</h2>"
    )
    assert [(i.number, i.title) for i in segment(agenda, source_format="html").items] == [
        ("87", "Godkendelse af dagsorden"),
        ("88", "Eventuelt"),
    ]


# Members by their party's full name after dot leaders, "Forfald", a dotted vote tally, a vote
# naming the counts in parentheses, and a body set apart from the municipality by a wide gap.
PARTY_NAMES = """Skive Kommune                                                      BYRÅDET

Mødedeltagere
  Ane Lund ......................... Venstre, borgmester
  Bo Kjær .......................... Socialdemokratiet
  Eva Bro .......................... SF

Forfald
  Kim Dahl ......................... Venstre (sygdom). Stedfortræder indkaldt.

-------------------------------------------------------------------------------
PUNKT 12   Lokalplan for boliger ved Fjordvej
           Sag: 2025-00412                                           Åbent punkt
-------------------------------------------------------------------------------
Beslutning, Byrådet 27.03.2025:
  For ........................ 20 (V, A)
  Imod ....................... 4 (F)
  Hverken for eller imod ..... 1 (Ø)
Lokalplanen er vedtaget.

-------------------------------------------------------------------------------
PUNKT 13   Medlemsforslag om gratis bus
-------------------------------------------------------------------------------
Beslutning, Byrådet 27.03.2025:
Forslaget blev forkastet. Ø og F (3 stemmer) stemte for forslaget, mens V, A,
C og O (24 stemmer) stemte imod.
"""


def test_party_names_after_dot_leaders_and_dotted_vote_tallies() -> None:
    seg = segment(PARTY_NAMES)
    assert seg.body is not None and (seg.body.name, seg.body.municipality) == ("Byrådet", "Skive")
    assert [(p.name, p.party, p.role) for p in seg.participants] == [
        ("Ane Lund", "V", "borgmester"),
        ("Bo Kjær", "A", None),
        ("Eva Bro", "F", None),
    ]
    assert [(p.name, p.party) for p in seg.absent] == [("Kim Dahl", "V")]
    first, second = (item.decision for item in seg.items)
    assert first is not None and first.votes is not None and first.vote_counts is not None
    assert (first.votes.for_, first.votes.against, first.votes.abstained) == (["V", "A"], ["F"], ["Ø"])
    assert (first.vote_counts.for_, first.vote_counts.against, first.vote_counts.abstained) == (20, 4, 1)
    assert second is not None and second.votes is not None and second.vote_counts is not None
    assert (second.outcome, second.votes.for_, second.votes.against) == (
        "rejected",
        ["Ø", "F"],
        ["V", "A", "C", "O"],
    )
    assert (second.vote_counts.for_, second.vote_counts.against) == (3, 24)


# Markdown minutes: italic section headings, a decision set as a quote, members as a numbered
# list, and "Godkendt af A og V." with a member voting against.
ITALIC_AND_QUOTED = """**Referat · Kultur- og Fritidsudvalget**

Tirsdag den 7. oktober 2025, kl. 17.00

**Medlemmer**

1. Tine Dam (A) – formand
2. Ole Hove (V)

Punkt 24. Tilskud til spillesteder
----------------------------------

*Sagsfremstilling*

Tre spillesteder søger om tilskud.

*Beslutning den 7. oktober 2025*

> Taget til
> efterretning. Godkendt af A og V. Ole Hove (V) stemte imod.
"""


def test_italic_headings_a_quoted_decision_and_a_numbered_member_list() -> None:
    seg = segment(ITALIC_AND_QUOTED, source_format="markdown")
    assert [(p.name, p.party, p.role) for p in seg.participants] == [
        ("Tine Dam", "A", "formand"),
        ("Ole Hove", "V", None),
    ]
    [item] = seg.items
    assert [s.kind for s in item.sections] == ["case_presentation", "decision"]
    assert item.decision is not None and item.decision.votes is not None
    assert item.decision.outcome == "noted"
    assert (item.decision.votes.for_, item.decision.votes.against) == (["A", "V"], ["V"])


def test_a_web_decision_headed_by_body_and_date_with_a_vote_table() -> None:
    seg = _web(
        "<h1>Ny helhedsplan</h1><p>Punkt: 9</p><h2>Sagsfremstilling</h2><p>Planen løber fire år.</p>"
        "<h2>Økonomiudvalget den 11. september 2025</h2><p>Anbefales.</p>"
        "<h2>Kommunalbestyrelsen den 25. september 2025</h2><p>Godkendt.</p><table>"
        "<tr><th>Stemmeafgivning</th><th>Antal</th><th>Partier</th></tr>"
        "<tr><td>For</td><td>16</td><td>C, A og B</td></tr><tr><td>Imod</td><td>3</td><td>V og O</td></tr></table>"
    )
    [item] = seg.items
    assert [(d.body, d.date) for d in item.decisions] == [
        ("Økonomiudvalget", "2025-09-11"),
        ("Kommunalbestyrelsen", "2025-09-25"),
    ]
    final = item.decisions[-1]
    assert final.votes is not None and final.vote_counts is not None
    assert (final.votes.for_, final.votes.against) == (["C", "A", "B"], ["V", "O"])
    assert (final.vote_counts.for_, final.vote_counts.against) == (16, 3)


# A Pandoc conversion of a Word file: the meeting in a simple table with wide gaps, members in a
# pipe table with the party's full name, and a plain item whose title ends in an abbreviation.
PANDOC_WORD = """**Odder Kommune**\\
Økonomiudvalget

# Referat

  ------------------ --------------------------------------------------------
  **Mødedato**       Mandag den 22. september 2025

  **Mødetid**        Kl. 16.00 -- 18.15
  ------------------ --------------------------------------------------------

| Medlem                      | Parti                 | Fremmøde  |
|-----------------------------|-----------------------|-----------|
| Lis Kjeldgaard, formand     | Venstre               | Til stede |
| Preben Thy                  | Socialdemokratiet     | Afbud     |

100. Kommunegaranti for lån til Hou Fjernvarme A.m.b.a.

Beslutning
Anbefales af C, A og V.

101. Endelig vedtagelse af lokalplan nr. 431 og kommuneplantillæg nr. 19
for boliger ved Skovbakken

Beslutning
Godkendt.
"""


def test_a_pandoc_table_header_party_names_in_a_table_and_titles_that_end_oddly() -> None:
    seg = segment(PANDOC_WORD, source_format="markdown")
    assert seg.meeting is not None and (seg.meeting.date, seg.meeting.time) == ("2025-09-22", "16:00")
    assert [(p.name, p.party) for p in seg.participants] == [("Lis Kjeldgaard", "V")]
    assert [(p.name, p.party) for p in seg.absent] == [("Preben Thy", "A")]
    assert [(i.number, i.title) for i in seg.items] == [
        ("100", "Kommunegaranti for lån til Hou Fjernvarme A.m.b.a."),
        (
            "101",
            "Endelig vedtagelse af lokalplan nr. 431 og kommuneplantillæg nr. 19 for boliger ved Skovbakken",
        ),
    ]
    decision = seg.items[0].decision
    assert decision is not None and decision.votes is not None
    assert (decision.outcome, decision.votes.for_) == ("recommended", ["C", "A", "V"])


def test_paragraphs_inside_a_table_cell_stay_in_their_cell() -> None:
    text = html_to_text(
        "<table><tr><td><p>Mødedato:</p></td><td><p>Tirsdag den 2. september 2025</p></td></tr>"
        "<tr><td><p>Mødetidspunkt:</p></td><td><p>Kl. 15.00</p></td></tr></table>"
    )
    assert [line.split() for line in text.strip().splitlines()] == [
        ["Mødedato:", "Tirsdag", "den", "2.", "september", "2025"],
        ["Mødetidspunkt:", "Kl.", "15.00"],
    ]
    seg = segment(text, source_format="html")
    assert seg.meeting is not None and (seg.meeting.date, seg.meeting.time) == ("2025-09-02", "15:00")


# pdftotext -layout: section labels in a left column with the text beside them, one label
# wrapped over two lines, and members in two columns after an inline label.
LEFT_COLUMN = """                                                                     Tårnby Kommune

ØKONOMIUDVALGET

Mødedato:           Mandag den 22. september 2025
Start kl.:          17:00

Medlemmer:          Bo Vilstrup (C), formand          Ida Sommer (Ø)
                    Anne Lynge (A)                     Kurt Vinkel (O)

Punkt 99            Budgetopfølgning pr. 31. august 2025
Sagsnr.             25/1187
Sagsfremstilling    Merforbruget skyldes flere børn i specialtilbud.
Økonomiske          Det resterende merforbrug på 2,5 mio. kr. foreslås finansieret
konsekvenser        af kassebeholdningen.
Indstilling         Direktionen indstiller, at budgetopfølgningen tages til efterretning.
Beslutning          Anbefales.
"""


def test_labels_in_a_left_column_and_members_in_two_columns_after_the_label() -> None:
    seg = segment(LEFT_COLUMN)
    assert seg.meeting is not None and seg.meeting.time == "17:00"
    assert sorted(p.name for p in seg.participants) == [
        "Anne Lynge",
        "Bo Vilstrup",
        "Ida Sommer",
        "Kurt Vinkel",
    ]
    [item] = seg.items
    assert item.case_numbers == ["25/1187"]
    assert [s.kind for s in item.sections] == ["case_presentation", "economy", "recommendation", "decision"]
    assert item.sections[0].text == "Merforbruget skyldes flere børn i specialtilbud."
    assert item.decision is not None and item.decision.outcome == "recommended"


def test_converter_marks_in_markdown_headings() -> None:
    text = (
        "## []{#_Toc2091 .anchor}Punkt 45. Godkendelse af dagsorden\n\n**Beslutning**\n\nGodkendt.\n\n"
        "## 46\\. Takster for madservice 2026\n\n**Beslutning**\n\nAnbefales.\n"
    )
    seg = segment(text, source_format="markdown")
    assert [(i.number, i.title, i.decision.outcome if i.decision else None) for i in seg.items] == [
        ("45", "Godkendelse af dagsorden", "approved"),
        ("46", "Takster for madservice 2026", "recommended"),
    ]


# An agenda system's HTML: each item a two-column table (label cell, text cell), a label with no
# contract kind among them, and Pandoc heading ids in a Markdown export.
def test_label_cells_with_an_unknown_label_and_heading_ids() -> None:
    [item] = _web(
        "<h1>Dagsorden</h1><p>Plan- og Klimaudvalget</p><h2>66. Lokalplan for boliger i Ølsted</h2><table>"
        "<tr><td>Sagsfremstilling</td><td><p>Planen giver plads til 40 boliger.</p></td></tr>"
        "<tr><td>Miljøvurdering</td><td><p>Planen er screenet.</p></td></tr>"
        "<tr><td>Sagens videre forløb</td><td><p>Byrådet beslutter i november.</p></td></tr>"
        "<tr><td>Indstilling</td><td><p>Administrationen indstiller, at planen vedtages.</p></td></tr></table>"
    ).items
    assert [(s.kind, s.text) for s in item.sections] == [
        ("case_presentation", "Planen giver plads til 40 boliger."),
        ("other", "Planen er screenet."),
        ("process", "Byrådet beslutter i november."),
        ("recommendation", "Administrationen indstiller, at planen vedtages."),
    ]
    seg = segment("## Punkt 41. Godkendelse af dagsorden {#pkt-41}\n\n### Beslutning\n\nGodkendt.\n")
    assert [(i.number, i.title) for i in seg.items] == [("41", "Godkendelse af dagsorden")]


def test_a_members_cell_a_case_sidebar_and_singular_votes() -> None:
    minutes = (
        "| **Udvalg**     | Social- og Sundhedsudvalget |\n"
        "| **Medlemmer**  | Bo Skaarup (A), formand; Lasse Rønn (V); Claus Ry (C) |\n"
        "| **Fraværende** | Claus Ry (C) |\n\n"
        "### 12. Takster 2026\n\n**Beslutning:** Godkendt med 6 stemmer for (A, V og F) og 1 stemme imod (Ø).\n"
    )
    seg = segment(minutes, source_format="markdown")
    assert [(p.name, p.role) for p in seg.participants] == [("Bo Skaarup", "formand"), ("Lasse Rønn", None)]
    assert [p.name for p in seg.absent] == ["Claus Ry"]
    counts = seg.items[0].decision.vote_counts if seg.items[0].decision else None
    assert counts is not None and (counts.for_, counts.against) == (6, 1)
    seg = _web(
        "<h1>Salg af grund til friplejehjem</h1><h3>Sagsfremstilling</h3><p>Grunden sælges.</p>"
        "<h3>Beslutning i Kommunalbestyrelsen den 26. juni 2025</h3><p>Godkendt med stemmer fra A, V og C.</p>"
        "<h2>Om mødet</h2><ul><li><strong>Mødedato:</strong> 26.06.2025</li><li><strong>Mødetid:</strong>"
        " 19:00 - 22:15</li><li><strong>Mødested:</strong> Rådhussalen, Allerød Rådhus</li>"
        "<li><strong>Sagsnr.:</strong> 25/3371</li></ul>"
    )
    assert _when_where(seg) == (
        "2025-06-26",
        "19:00",
        "Rådhussalen, Allerød Rådhus",
    )
    [item] = seg.items
    assert item.case_numbers == ["25/3371"]
    assert item.decision is not None and item.decision.votes is not None
    assert item.decision.votes.for_ == ["A", "V", "C"]


# A regional PDF transcript: the meeting sentence wrapped over three lines, absentees with their
# parties' names in parentheses wrapped onto the next line, and an amount split by a line break.
WRAPPED_HEADER = """Region Hovedstaden                                                Regionsrådet

                   fra mødet i Regionsrådet tirsdag den 14. oktober 2025
                   kl. 17.00 i Regionsrådssalen, Regionsgården,
                   Kongens Vænge 2, 3400 Hillerød

Afbud:           Maja Lind (Venstre) og Ole Bruun
                 (Socialistisk Folkeparti).

- **Medlemmer:** Eva Holm (A), formand · Bo Dyhr (V)

 1.  Godkendelse af dagsorden

     Beslutning
     Godkendt. Udgiften på 96
     mio. kr. afholdes af kassen.
"""


def test_a_wrapped_meeting_sentence_and_absentees_with_party_names() -> None:
    from dkcouncil.patterns import find_money

    seg = segment(WRAPPED_HEADER)
    assert _when_where(seg) == (
        "2025-10-14",
        "17:00",
        "Regionsrådssalen, Regionsgården, Kongens Vænge 2, 3400 Hillerød",
    )
    assert [(p.name, p.party) for p in seg.absent] == [("Maja Lind", "V"), ("Ole Bruun", "F")]
    assert [(p.name, p.party, p.role) for p in seg.participants] == [
        ("Eva Holm", "A", "formand"),
        ("Bo Dyhr", "V", None),
    ]
    assert [m.normalized for m in find_money(WRAPPED_HEADER)] == [96_000_000]


def test_padded_keys_marker_spans_in_headings_and_a_quoted_case_line() -> None:
    # Keys padded to one width with short dot leaders, a left-column "Bilag" over a numbered list.
    minutes = (
        "Referat\nTeknik- og Miljøudvalget\n\n"
        "Mødedato ........ 02.10.2025\nStarttidspunkt .. 07:45\nMødested ........ Lokale 3, Rådhuset\n\n"
        "Punkt 12 Trafikplan for skoleveje\n\n"
        "Sagen kort          Udvalget skal sende planen i høring.\n\n"
        "Sagsfremstilling    Planen samler 14 strækninger.\n\n"
        "Bilag               1. Kort over strækningerne\n"
        "                    2. Uheldsstatistik\n\n"
        "Beslutning          Godkendt.\n"
    )
    seg = segment(minutes)
    assert _when_where(seg) == ("2025-10-02", "07:45", "Lokale 3, Rådhuset")
    [item] = seg.items
    assert [s.kind for s in item.sections] == ["background", "case_presentation", "attachments", "decision"]
    # A web page's access marker set in its own span inside the heading runs into the title.
    assert _web_items(
        '<h2><span class="nr">7.</span> Køb af areal ved havnen <span class="access">Lukket punkt</span></h2>'
        "<h3>Beslutning</h3><p>Godkendt.</p>"
        '<h2><span class="nr">8.</span> Orientering om vinterberedskab <span class="access">Åbent punkt</span></h2>'
        "<h3>Beslutning</h3><p>Taget til efterretning.</p>"
    ) == [
        ("7", "Køb af areal ved havnen", "closed"),
        ("8", "Orientering om vinterberedskab", "open"),
    ]
    # The case number after a bare "Sag" in a quote line under the heading.
    quoted = (
        "### Pkt. 30 Tilskud til foreninger\n\n> Sag 25-0412 · Åbent punkt\n\n**Beslutning**\n\nGodkendt.\n"
    )
    [item] = segment(quoted, source_format="markdown").items
    assert (item.case_numbers, item.access) == (["25-0412"], "open")


def test_vote_tables_in_columns_and_in_markdown_rows_and_onward_recommendations() -> None:
    # A web page's vote table: the sides as column heads, the parties and counts in one row.
    [item] = _web(
        "<p>Mødedato: 14.05.2025</p><h2>5. Anlægsbevilling til ny bypark</h2><h3>Beslutning</h3>"
        "<p>Indstilles til Byrådets godkendelse.</p><table><tr><th>For</th><th>Imod</th>"
        "<th>Undlod at stemme</th></tr><tr><td>A, V og C (8)</td><td>Ø (2)</td><td>F (1)</td></tr></table>"
    ).items
    assert item.decision is not None and item.decision.outcome == "recommended"
    votes, counts = item.decision.votes, item.decision.vote_counts
    assert votes is not None and (votes.for_, votes.against, votes.abstained) == (
        ["A", "V", "C"],
        ["Ø"],
        ["F"],
    )
    assert counts is not None and (counts.for_, counts.against, counts.abstained) == (8, 2, 1)
    # A Markdown table a side a row, under a sentence that names only the minority.
    minutes = (
        "Start:     Kl. 09:30\nMødedato:  03-06-2025\n\n## 14. Lokalplan for Søparken\n\n### Beslutning\n\n"
        "Byrådet vedtog planen med 20 stemmer mod 4 (Ø og O).\n\n"
        "| Afstemning | Partier | Stemmer |\n|---|---|---|\n| For | A, V, B og Æ | 20 |\n| Imod | Ø og O | 4 |\n\n"
        "## 15. Orientering om trafiktælling\n\n### Beslutning\n\nForvaltningens indstilling blev fulgt.\n"
    )
    seg = segment(minutes, source_format="markdown")
    assert seg.meeting is not None and seg.meeting.time == "09:30"
    first, second = (item.decision for item in seg.items)
    assert first is not None and first.votes is not None and first.vote_counts is not None
    assert (first.votes.for_, first.votes.against) == (["A", "V", "B", "Æ"], ["Ø", "O"])
    assert (first.vote_counts.for_, first.vote_counts.against) == (20, 4)
    assert second is not None and second.outcome == "approved"


# Members grouped by party with names broken over lines, as a text export wraps them.
WRAPPED_GROUPS = """Regionsrådet

Dato:   Tirsdag den 11. marts 2025
Start:  Kl. 15.00

Medlemmer:
Socialdemokratiet (A): Lise Bonde (formand), Karl
Ejby, Hans Mørup,
Tove Krag
Venstre (V): Ib Thygesen, Rikke Aas

Fraværende: Hans Mørup (A)

Punkt 1: Godkendelse af dagsorden

Beslutning
Godkendt.
"""


def test_party_groups_wrapped_over_lines_members_one_a_line_in_a_cell_and_a_party_vote_table() -> None:
    seg = segment(WRAPPED_GROUPS)
    assert [(p.name, p.party) for p in seg.participants] == [
        ("Lise Bonde", "A"),
        ("Karl Ejby", "A"),
        ("Tove Krag", "A"),
        ("Ib Thygesen", "V"),
        ("Rikke Aas", "V"),
    ]
    assert [p.name for p in seg.absent] == ["Hans Mørup"]
    # A key/value table's members cell, one member a line after the key's first.
    seg = _web(
        "<table><tr><th>Dato:</th><td>12. maj 2025</td></tr><tr><th>Medlemmer:</th>"
        "<td>Ane Lund (V), formand<br>Bo Kjær (A)<br>Eik Dahl (S)</td></tr>"
        "<tr><th>Afbud:</th><td>Bo Kjær (A)</td></tr></table><h2>1. Godkendelse af dagsorden</h2>"
    )
    assert [(p.name, p.party) for p in seg.participants] == [("Ane Lund", "V"), ("Eik Dahl", "S")]
    # A vote table with a row a party and a column a side, and its total row.
    minutes = (
        "## 8. Lokalplan for Enghaven\n\n### Beslutning\n\nVedtaget.\n\n"
        "| Parti | For | Imod | Undlod |\n|---|---|---|---|\n| A | 6 | 0 | 0 |\n| V | 3 | 0 | 0 |\n"
        "| Ø | 0 | 2 | 0 |\n| O | 0 | 0 | 1 |\n| **I alt** | **9** | **2** | **1** |\n"
    )
    [item] = segment(minutes, source_format="markdown").items
    assert item.decision is not None and item.decision.votes is not None and item.decision.vote_counts
    votes, counts = item.decision.votes, item.decision.vote_counts
    assert (votes.for_, votes.against, votes.abstained) == (["A", "V"], ["Ø"], ["O"])
    assert (counts.for_, counts.against, counts.abstained) == (9, 2, 1)


def test_a_lead_in_to_a_list_is_no_heading_when_the_headings_have_no_colons() -> None:
    minutes = (
        "1. Regnskab 2024\n\nSagsfremstilling\nRegnskabet viser et overskud.\n\n"
        "Fordelt på områder:\n  Skole: mindreforbrug\n  Ældre: merforbrug\n\nØkonomi\nIngen.\n\nBeslutning\nGodkendt.\n"
    )
    [item] = segment(minutes).items
    assert [s.kind for s in item.sections] == ["case_presentation", "economy", "decision"]


# Text copied out of a PDF: no blank lines, headings run into the text, a page footer between items.
NO_BLANK_LINES = """Sundhedsudvalget
Mødedato: 11.06.2025 Tidspunkt: 16:00
1. Godkendelse af dagsorden
Sagsnr.: 00.22.00-A00-3-25 Åben sag
Beslutning Godkendt.
2. Ny plan for genoptræning
Sagsnr.: 27.36.00-P22-1-25 Åben sag
Sagsfremstilling Planen samler genoptræningen på to centre.
Indstilling Direktøren indstiller, at planen godkendes.
Beslutning i Sundhedsudvalget den 11-06-2025 Godkendt. Ole Krag (V) erklærede sig inhabil.
Bilag 1. Plan for genoptræning 2. Høringsnotat
Sundhedsudvalget 11.06.2025 Side 2
\f3. Aftale om madservice
Lukket sag
"""


def test_items_without_blank_lines_are_found_by_the_case_line_below_and_run_in_dated_decisions() -> None:
    seg = segment(NO_BLANK_LINES)
    assert [(i.number, i.title, i.access) for i in seg.items] == [
        ("1", "Godkendelse af dagsorden", "open"),
        ("2", "Ny plan for genoptræning", "open"),
        ("3", "Aftale om madservice", "closed"),
    ]
    second = seg.items[1]
    assert [s.kind for s in second.sections] == [
        "case_presentation",
        "recommendation",
        "decision",
        "attachments",
    ]
    assert second.decision is not None and second.decision.outcome == "approved"
    assert second.decision.text.startswith("Godkendt.")
    assert [p.name for p in second.decision.not_participating] == ["Ole Krag"]


def test_a_case_pages_fields_above_its_title_are_the_cases_sections() -> None:
    [item] = _web(
        "<p>Sagsnr.: 25/9001</p><h3>Beslutningskompetence</h3><p>Byrådet</p>"
        "<h1><span>4.</span> Salg af byggegrund på Åvej</h1><h3>Sagsfremstilling</h3><p>Grunden udbydes.</p>"
        "<h3>Beslutning i Byrådet den 2. juni 2025</h3><p>Godkendt.</p>"
    ).items
    assert [(s.kind, s.text) for s in item.sections] == [
        ("competence", "Byrådet"),
        ("case_presentation", "Grunden udbydes."),
        ("decision", "Godkendt."),
    ]
    assert item.case_numbers == ["25/9001"]


def test_members_in_a_sentence_with_roles_first_a_table_below_its_heading_and_tabbed_access() -> None:
    minutes = (
        "Økonomiudvalget\n\nDato:  Onsdag den 5. marts 2025\n\n"
        "Til stede: Udvalgets formand, borgmester Ib Holm (V), samt\n"
        "Eva Berg (A), Bo Lind (V) og Rie Dam (C).\nAfbud: Ole Vang (F). Der var ikke indkaldt stedfortræder.\n\n"
        "Punkt 1. Godkendelse af dagsorden\n\nBeslutning:\nGodkendt.\n"
    )
    seg = segment(minutes)
    assert [(p.name, p.party, p.role) for p in seg.participants] == [
        ("Ib Holm", "V", "formand"),
        ("Eva Berg", "A", None),
        ("Bo Lind", "V", None),
        ("Rie Dam", "C", None),
    ]
    assert [p.name for p in seg.absent] == ["Ole Vang"]
    # A members table under a "Deltagere" heading, and a right-aligned access after a tab.
    seg = _web(
        "<p>Dato: 7. april 2025</p><h2>Deltagere</h2><table><tr><th>Navn</th><th>Parti</th><th>Bemærkning</th></tr>"
        "<tr><td>Lis Krog</td><td>V</td><td>Formand</td></tr><tr><td>Per Ulf</td><td>C</td><td>Afbud</td></tr>"
        "<tr><td>Anne Bech</td><td>A</td><td></td></tr></table>"
        "<h2>1. Godkendelse af dagsorden</h2><p>Godkendt.</p>"
    )
    assert [(p.name, p.party) for p in seg.participants] == [("Lis Krog", "V"), ("Anne Bech", "A")]
    assert [p.name for p in seg.absent] == ["Per Ulf"]
    [item] = segment("1.  \tSalg af grund i Auning \tLukket sag\n\nBeslutning\nGodkendt.\n").items
    assert (item.title, item.access) == ("Salg af grund i Auning", "closed")


def test_left_column_decisions_abstainers_in_parentheses_and_a_case_pages_crumb_number() -> None:
    # pdftotext -layout: the label in the left column, a vote line with its colon in the right.
    minutes = (
        "4.   Lokalplan for Havnefronten\n\n"
        "Beslutning          For stemte 22: A, V, C og S\n\n"
        "                    Imod stemte 3: Ø\n\n"
        "                    Å (1) undlod at stemme. Lokalplanen blev vedtaget.\n\n"
        "5.   Køb af areal ved Nørrevej - Lukket punkt\n\nBeslutning          Godkendt.\n"
    )
    first, second = segment(minutes).items
    assert first.decision is not None and first.decision.votes is not None and first.decision.vote_counts
    votes, counts = first.decision.votes, first.decision.vote_counts
    assert (votes.for_, votes.against, votes.abstained) == (["A", "V", "C", "S"], ["Ø"], ["Å"])
    assert (counts.for_, counts.against, counts.abstained) == (22, 3, 1)
    assert (second.title, second.access) == ("Køb af areal ved Nørrevej", "closed")
    # A member named before "undlod", after a party letter ending a sentence.
    text = "### Beslutning\n\nGodkendt. Imod stemte Ø. Mads Krog (B) undlod at stemme (1).\n"
    [item] = segment("## 2. Takster for 2026\n\n" + text, source_format="markdown").items
    assert item.decision is not None and item.decision.votes is not None
    assert (item.decision.votes.against, item.decision.votes.abstained) == (["Ø"], ["B"])
    # A case page's number in a crumb line above its title.
    [item] = _web(
        "<p>Byrådet · Punkt 12 · Åben sag</p><h1>Ny svømmehal i Fensmark</h1><p>Mødedato: 24. juni 2025</p>"
        "<h2>Sagsfremstilling</h2><p>Hallen er nedslidt.</p><h2>Beslutning</h2><p>Godkendt.</p>"
    ).items
    assert (item.number, item.title) == ("12", "Ny svømmehal i Fensmark")


def test_an_agenda_naming_a_budget_agreement_in_an_item_is_an_agenda() -> None:
    agenda = (
        "Dagsorden\nKommunalbestyrelsen\n\nMødedato: 6. oktober 2025\n\n"
        "1. Godkendelse af dagsorden\n\nIndstilling\nDagsordenen godkendes.\n\n"
        "2. Budget 2026-2029, 2. behandling\n\nResumé\nDer er indgået en budgetaftale mellem V, A og C.\n"
    )
    seg = segment(agenda)
    assert seg.doc_type == "agenda"
    assert [i.number for i in seg.items] == ["1", "2"]


def test_keys_on_their_own_lines_dashes_in_vote_cells_and_bare_headings_without_blank_lines() -> None:
    # Text copied from a web page: each key on its own line, its value on the next.
    copied = (
        "Referat\n\nMødedato\nmandag den 12. maj 2025\nMødetidspunkt\n16:30\nMødested\nLokale 3, Rådhuset\n\n"
        "1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    )
    assert _when_where(segment(copied)) == ("2025-05-12", "16:30", "Lokale 3, Rådhuset")
    # A vote table's dash: nobody abstained; "Ø (2 medlemmer) undlod" names abstainers with a count.
    page = html_to_text(
        "<h2>4. Forslag om cykelbane</h2><h3>Beslutning</h3><p>Forslaget blev ikke godkendt.</p><table>"
        "<tr><th>For</th><th>Imod</th><th>Undlod</th></tr><tr><td>V, C (2)</td><td>A, F (5)</td><td>-</td></tr>"
        "</table><h2>5. Ny daginstitution</h2><h3>Beslutning</h3>"
        "<p>Godkendt med 18 stemmer for (A og V) og 1 stemme imod (O). Ø (2 medlemmer) undlod at stemme.</p>"
    )
    first, second = (item.decision for item in segment(page, source_format="html").items)
    assert first is not None and first.vote_counts is not None and first.votes is not None
    assert (first.vote_counts.for_, first.vote_counts.against, first.vote_counts.abstained) == (2, 5, None)
    assert second is not None and second.votes is not None and second.vote_counts is not None
    assert (second.votes.abstained, second.vote_counts.abstained) == (["Ø"], 2)
    # pdftotext without blank lines: a heading with no contract kind between known ones.
    minutes = (
        "3. Landzonetilladelse til maskinhus\nSagsfremstilling\nAnsøger ønsker et nyt maskinhus.\n"
        "Vurdering\nForvaltningen anbefaler en anden placering.\nLovgrundlag\nPlanloven § 35.\n"
        "Beslutning\nGodkendt.\n"
    )
    [item] = segment(minutes).items
    assert [s.kind for s in item.sections] == ["case_presentation", "other", "legal_basis", "decision"]
    # A case page's number in its key/value table.
    [item] = segment(
        "# Sauna ved havnen\n\n| Felt | Værdi |\n|---|---|\n| Mødedato | 02.06.2025 |\n| Punkt | 6 |\n\n"
        "## Sagsfremstilling\n\nForeningen søger.\n\n## Beslutning\n\nGodkendt.\n",
        source_format="markdown",
    ).items
    assert item.number == "6"


def test_a_party_vote_table_with_an_absence_column_bare_access_words_and_bold_keys_in_cells() -> None:
    [item] = _web(
        "<h2>3. Ny skolestruktur</h2><h3>Beslutning</h3><p>Indstillingen blev godkendt.</p><table>"
        "<tr><th>Parti</th><th>For</th><th>Imod</th><th>Undlod</th><th>Fraværende</th></tr>"
        "<tr><td>Socialdemokratiet (A)</td><td>9</td><td>0</td><td>0</td><td>0</td></tr>"
        "<tr><td>Venstre (V)</td><td>6</td><td>0</td><td>0</td><td>1</td></tr>"
        "<tr><td>Enhedslisten (Ø)</td><td>0</td><td>2</td><td>0</td><td>0</td></tr>"
        "<tr><td>SF (F)</td><td>0</td><td>0</td><td>1</td><td>0</td></tr></table>"
    ).items
    assert item.decision is not None and item.decision.votes is not None and item.decision.vote_counts
    votes, counts = item.decision.votes, item.decision.vote_counts
    assert (votes.for_, votes.against, votes.abstained) == (["A", "V"], ["Ø"], ["F"])
    assert (counts.for_, counts.against, counts.abstained) == (15, 2, 1)
    # An accordion's summary: the access as a bare word after the title.
    assert _web_items(
        "<details><summary>1. Takster 2026 <span>Åben</span></summary><h3>Indstilling</h3><p>Taksterne godkendes.</p>"
        "</details><details><summary>2. Salg af ejendom <span>Lukket</span></summary></details>"
    ) == [("1", "Takster 2026", "open"), ("2", "Salg af ejendom", "closed")]
    # A Word table's bold keys, the colon inside the bold.
    agenda = (
        "# DAGSORDEN\n\n| | |\n|---|---|\n| **Mødedato:** | Tirsdag den 9. september 2025 |\n"
        "| **Mødested:** | Mødelokale 3, Rådhuset |\n\n### Punkt 1: Godkendelse af dagsorden\n\n**Indstilling**\n\nGodkendes.\n"
    )
    seg = segment(agenda, source_format="markdown")
    assert seg.meeting is not None and seg.meeting.location == "Mødelokale 3, Rådhuset"


def test_a_heading_after_a_page_break_under_a_running_footer() -> None:
    minutes = (
        "4. Ny daginstitution\n\nSagsfremstilling\nInstitutionen får fire grupper.\n\n"
        "Økonomi\nUdgiften er 46,5 mio. kr.\n\nByrådet 21-05-2025                 Side 3 af 7\n"
        "\fKonsekvenser for klima\nBygningen får solceller.\n\nIndstilling\nDirektøren indstiller, at bevillingen gives.\n\n"
        "Beslutning\nGodkendt.\n"
    )
    [item] = segment(minutes).items
    assert [s.kind for s in item.sections] == [
        "case_presentation",
        "economy",
        "other",
        "recommendation",
        "decision",
    ]


def test_a_closed_item_under_its_number_a_paragraph_opening_like_a_decision_and_empty_vote_cells() -> None:
    minutes = (
        "60. Dispensation til carport\nSagsnr.: 01.02.15-P19-8-25\nSagsfremstilling\n"
        "Byrådets beslutning den 26. november 2024. Der er kommet 14 høringssvar, og\n"
        "de fleste er positive.\nBeslutning\nUdsat.\n61. Erstatning ved vejudvidelse\nLukket punkt\n"
        "Beslutning\nIndstillingen blev fulgt.\n"
    )
    first, second = segment(minutes).items
    assert [s.kind for s in first.sections] == ["case_presentation", "decision"]
    assert first.decision is not None and first.decision.outcome == "postponed"
    assert (second.number, second.access) == ("61", "closed")
    [item] = _web(
        "<h2>3. Besparelser på ældreområdet</h2><h3>Beslutning</h3><p>Godkendt.</p><table>"
        "<tr><th>Parti</th><th>For</th><th>Imod</th><th>Undlod</th></tr><tr><td>A</td><td>11</td><td></td><td></td></tr>"
        "<tr><td>F</td><td></td><td>2</td><td></td></tr><tr><td>D</td><td></td><td></td><td>1</td></tr>"
        "<tr><th>I alt</th><th>11</th><th>2</th><th>1</th></tr></table>"
    ).items
    assert item.decision is not None and item.decision.votes is not None and item.decision.vote_counts
    assert (item.decision.votes.for_, item.decision.votes.against, item.decision.votes.abstained) == (
        ["A"],
        ["F"],
        ["D"],
    )
    assert item.decision.vote_counts.for_ == 11
    seg = segment(
        "Medlemmer:\nJens Callesen (V), Niels Chr. Toft (C),\nMia Holm (A)\n\n1. Godkendelse af dagsorden\n\nBeslutning\nGodkendt.\n"
    )
    assert [p.name for p in seg.participants] == ["Jens Callesen", "Niels Chr. Toft", "Mia Holm"]


def test_a_side_nobody_took_written_with_a_capital_is_a_count_of_zero() -> None:
    # "Imod stemte: Ingen" once ended the document as an InternalError record.
    minutes = "1. Takster 2026\n\nBeslutning\nGodkendt.\nFor stemte: V, A og C (7)\nImod stemte: Ingen\n"
    [item] = segment(minutes).items
    counts = item.decision.vote_counts if item.decision else None
    assert counts is not None and (counts.for_, counts.against) == (7, 0)
    assert item.decision is not None and item.decision.votes is not None
    assert (item.decision.votes.for_, item.decision.votes.against) == (["V", "A", "C"], [])


def test_accordion_summaries_are_item_headings_and_counts_in_parentheses_after_letters() -> None:
    assert _web_items(
        "<p>Mødedato: 8. september 2025</p>"
        '<details><summary><span class="nr">1</span> Godkendelse af dagsorden <span>Åben</span></summary>'
        "<h3>Indstilling</h3><p>Dagsordenen godkendes.</p></details>"
        '<details><summary><span class="nr">2</span> Køb af areal <span>Lukket</span></summary></details>'
    ) == [
        ("1", "Godkendelse af dagsorden", "open"),
        ("2", "Køb af areal", "closed"),
    ]
    minutes = (
        "44. Lokalplan for Kirkevej\n\nBeslutning\n"
        "   Et flertal bestående af A, V, F og O (4) godkendte indstillingen.\n"
        "   Ø (1) stemte imod med henvisning til naboens indsigelse.\n"
    )
    [item] = segment(minutes).items
    assert item.decision is not None and item.decision.votes is not None and item.decision.vote_counts
    assert (item.decision.votes.for_, item.decision.votes.against) == (["A", "V", "F", "O"], ["Ø"])
    assert (item.decision.vote_counts.for_, item.decision.vote_counts.against) == (4, 1)


def test_a_web_headers_keys_run_together_an_adjective_committee_and_a_while_clause_in_a_vote() -> None:
    seg = _web(
        '<div class="head"><span>Teknisk Udvalg</span> <span>Mødedato: 03.06.2025 kl. 14:00</span> '
        "<span>Mødested: Mødelokale 2, Rådhuset</span></div><h1>5. Cykelsti mellem Løgstrup og Skals</h1>"
        "<h2>Sagsfremstilling</h2><p>Stien er 6 km.</p><h2>Beslutning i Teknisk Udvalg den 03.06.2025</h2>"
        "<p>Godkendt. For stemte A, V og C (5), mens O og D (2) stemte imod.</p>"
    )
    assert _when_where(seg) == ("2025-06-03", "14:00", "Mødelokale 2, Rådhuset")
    assert seg.body is not None and seg.body.name == "Teknisk Udvalg"
    [item] = seg.items
    assert item.decision is not None and item.decision.votes is not None
    assert (item.decision.votes.for_, item.decision.votes.against) == (["A", "V", "C"], ["O", "D"])
