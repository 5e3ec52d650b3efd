"""Word-feature "static vectors" for the NER model, built offline from resources we may use.

    pip download dacy==2.9.0 --no-deps -d /tmp/dacy
    python models/ner/build_vectors.py /tmp/dacy/dacy-2.9.0-py3-none-any.whl models/ner/corpus/vectors

No pretrained embeddings can be had here, so each of the table's few dimensions is a lexical
feature of the lower-cased word: its Danish frequency (``wordfreq``), whether it is a Danish or
Muslim first name or surname and how common (DaCy's name table, Danmarks Statistik counts, read
from the dacy wheel without installing it), whether it names a municipality
(``reference/municipalities.csv``), a Danish town, country, foreign city or landscape, a party,
a well-known organisation or a word that heads organisation names ("kommune", "A/S",
"-styrelsen"), and a few cue words (titles before names, nationality adjectives, months). The
lists below are written for this project. The vocabulary is wordfreq's Danish list plus every
listed name; nothing comes from the treebank. Each word has three rows with the same features,
lower case, capitalised and capitals ("skive", "Skive", "SKIVE"), so that OCR-lower-cased and
capitalised council text find it: the table is keyed on ORTH because spaCy 3.8 does not save a
``Vectors(attr="LOWER")`` setting for default-mode vectors (it comes back as ORTH when loaded).
It is saved as a spaCy pipeline for ``[initialize] vectors``; the trained model carries it inside.
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import zipfile
from pathlib import Path

import numpy
import spacy
import wordfreq
from spacy.vectors import Vectors

HERE = Path(__file__).resolve().parent
RESOURCES = HERE.parents[1] / "pipeline" / "resources"


def _listed(text: str) -> list[str]:
    """The names of a list written one after another; ``_`` joins the words of one name."""
    return text.split()


# Danish towns beyond the municipality names (which cover the largest ones), and districts.
TOWNS = _listed(
    """
Aabybro Agerbæk Allinge Ans Augustenborg Bagenkop Bindslev Bjerringbro Bogense Bramming Brande
Broager Brædstrup Bække Christiansfeld Dronninglund Ebeltoft Egtved Ejby Farsø Fjerritslev
Frederikssund Frederiksværk Gilleleje Give Gram Grenaa Grindsted Haderup Hadsten Hadsund Hals
Hammel Hanstholm Hirtshals Hornbæk Humlebæk Hvide_Sande Højer Hørning Jelling Juelsminde Kerteminde
Klitmøller Korsør Kjellerup Kolind Kibæk Lemvig Løgstør Løgumkloster Mariager Marstal Middelfart
Nakskov Nibe Nykøbing Nysted Nørresundby Odder Otterup Padborg Præstø Ribe Ringe Rødby Rødding
Rødekro Ry Sakskøbing Silkeborg Skagen Skanderborg Skjern Skælskør Slagelse Spjald Stege Storvorde
Struer Sæby Søndersø Tarm Thisted Tinglev Tistrup Toftlund Tønder Tørring Ulfborg Vamdrup Vejen
Videbæk Viby Vinderup Vojens Vordingborg Vrå Ærøskøbing Aabenraa Åbyhøj Amager Brønshøj Hellerup
Charlottenlund Klampenborg Valby Vanløse Nørrebro Østerbro Vesterbro Frederiksberg Christianshavn
Islands_Brygge Sydhavnen Nordvest Bispebjerg Husum Risskov Tilst Brabrand Hasle Holme Højbjerg Lystrup
Skejby Trøjborg Vejlby Gellerup Hjortshøj Kastrup Dragør Ishøj Rødovre Glostrup Albertslund Taastrup
Ballerup Herlev Gladsaxe Bagsværd Lyngby Virum Holte Birkerød Hillerød Helsingør Espergærde Fredensborg
Humlebæk Hørsholm Rungsted Kokkedal Nivå Farum Værløse Stenløse Ølstykke Roskilde Køge Greve Solrød
Ringsted Sorø Næstved Holbæk Kalundborg Nykøbing_Falster Lolland Maribo Vordingborg Odense Svendborg
Nyborg Faaborg Assens Middelfart Kolding Fredericia Vejle Horsens Esbjerg Varde Herning Ikast Holstebro
Viborg Skive Randers Aalborg Hjørring Frederikshavn Brønderslev Hobro Aars Thisted Haderslev Sønderborg
Aarhus Århus København Kbh Grønland Færøerne Nuuk Tórshavn Bornholm Rønne Nexø Svaneke Gudhjem Ærø Læsø
Samsø Anholt Fanø Rømø Mors Nykøbing_Mors Thy Vendsyssel Himmerland Djursland Salling Fur Livø
"""
)

LANDSCAPES = _listed(
    """
Jylland Sønderjylland Nordjylland Midtjylland Vestjylland Østjylland Sydjylland Sjælland Nordsjælland
Vestsjælland Sydsjælland Fyn Sydfyn Lolland Falster Møn Hovedstadsområdet Storkøbenhavn Europa Asien
Afrika Amerika Nordamerika Sydamerika Latinamerika Mellemøsten Skandinavien Norden Balkan Baltikum
Vesteuropa Østeuropa Sydeuropa Nordeuropa Kaukasus Sibirien Arktis Antarktis Middelhavet Østersøen
Nordsøen Atlanterhavet Stillehavet Kattegat Skagerrak Limfjorden Øresund Storebælt Lillebælt Alperne
Sahara Gaza Vestbredden Kurdistan Bayern Skåne Californien Texas Florida Manhattan Kashmir Darfur
Gudenåen Mols Vadehavet Rhinen Donau Themsen Seinen Nilen Amazonas Himalaya Sinai Krim Golan
"""
)

COUNTRIES = _listed(
    """
Danmark Sverige Norge Finland Island Tyskland Frankrig England Storbritannien Skotland Wales Irland
Nordirland Holland Nederlandene Belgien Luxembourg Schweiz Østrig Italien Spanien Portugal Grækenland
Tyrkiet Cypern Malta Polen Tjekkiet Slovakiet Ungarn Rumænien Bulgarien Serbien Kroatien Slovenien
Bosnien Montenegro Makedonien Albanien Kosovo Estland Letland Litauen Rusland Ukraine Hviderusland
Moldova Georgien Armenien Aserbajdsjan Kasakhstan Usbekistan Afghanistan Pakistan Indien Bangladesh
Nepal Kina Japan Korea Nordkorea Sydkorea Taiwan Mongoliet Vietnam Thailand Cambodja Laos Burma
Myanmar Malaysia Singapore Indonesien Filippinerne Australien New_Zealand Iran Irak Syrien Libanon Israel
Palæstina Jordan Saudi-Arabien Arabien Kuwait Qatar Emiraterne Yemen Oman Egypten Libyen Tunesien
Algeriet Marokko Sudan Etiopien Eritrea Somalia Kenya Uganda Tanzania Rwanda Congo Nigeria Ghana
Senegal Mali Niger Tchad Cameroun Angola Zambia Zimbabwe Mozambique Sydafrika Namibia Botswana
Madagaskar USA Amerika Canada Mexico Cuba Haiti Jamaica Guatemala Nicaragua Panama Colombia
Venezuela Ecuador Peru Bolivia Brasilien Chile Argentina Uruguay Paraguay Sovjetunionen Jugoslavien
Tjekkoslovakiet Østtyskland Vesttyskland DDR Tibet Tchetjenien Grønland Færøerne Island
"""
)

CITIES = _listed(
    """
Stockholm Göteborg Malmö Lund Oslo Bergen Trondheim Helsinki Reykjavik Berlin Hamborg Hamburg München
Frankfurt Köln Kiel Flensborg Flensburg Bremen Dresden Leipzig Paris Marseille Lyon Nice London
Manchester Liverpool Birmingham Glasgow Edinburgh Dublin Amsterdam Rotterdam Haag Bruxelles Bryssel
Antwerpen Genève Zürich Bern Wien Rom Milano Venedig Napoli Firenze Madrid Barcelona Sevilla Lissabon
Athen Istanbul Ankara Warszawa Prag Budapest Bukarest Sofia Beograd Zagreb Sarajevo Riga Tallinn Vilnius
Moskva Skt._Petersborg Kiev Kyiv Minsk Tbilisi Kabul Islamabad Delhi Mumbai Beijing Peking Shanghai
Hongkong Tokyo Seoul Bangkok Jakarta Manila Sydney Melbourne Teheran Bagdad Damaskus Beirut Jerusalem
Tel_Aviv Amman Riyadh Kairo Tripoli Tunis Algier Casablanca Nairobi Mogadishu Johannesburg Kapstaden
Washington New_York Boston Chicago Los_Angeles San_Francisco Miami Houston Dallas Atlanta Seattle Detroit
Philadelphia Toronto Montreal Vancouver Havana Rio_de_Janeiro Buenos_Aires Santiago Lima Bogotá Caracas
Mexico Strasbourg Luxembourg Bruxelles Genf Haag Sarajevo Srebrenica Kosovo Gaza Hebron Bethlehem
"""
)

# Whole organisations and organisation-name tokens that are common in Danish news and council text.
ORGANISATIONS = _listed(
    """
DR TV2 TV3 SAS DSB Maersk Mærsk Novo_Nordisk Carlsberg Lego Danfoss Grundfos Vestas Ørsted Dong
Arla Danish_Crown Tryg Topdanmark Nykredit Realkredit_Danmark Danske_Bank Jyske_Bank Sydbank Nordea
Spar_Nord Coop Netto Føtex Bilka Irma Fakta Brugsen Magasin Illum Politiken Berlingske
Berlingske_Tidende Jyllands-Posten Ekstra_Bladet BT Information Børsen Ritzau Kristeligt_Dagblad
Weekendavisen Folketinget Folketing Christiansborg Regeringen Højesteret Landsretten Byretten Rigsretten
Østre_Landsret Vestre_Landsret Rigspolitiet Politiet PET FE Forsvaret Hæren Søværnet Flyvevåbnet
Beredskabsstyrelsen Skat Udbetaling_Danmark Statsministeriet Udenrigsministeriet Finansministeriet
Justitsministeriet Kirkeministeriet Folkekirken Rigsrevisionen Ombudsmanden Nationalbanken
Finanstilsynet Konkurrencestyrelsen Forbrugerrådet EU FN NATO WHO Unesco Unicef OECD IMF WTO EF
Europa-Parlamentet Europaparlamentet Kommissionen EU-Kommissionen Røde_Kors Dansk_Røde_Kors Redd_Barna
Amnesty Greenpeace Folkekirkens_Nødhjælp Mellemfolkeligt_Samvirke LO FTF 3F HK Dansk_Metal DI
Dansk_Industri Dansk_Arbejdsgiverforening DA Landbrug_&_Fødevarer Landbrugsraadet KL Danske_Regioner
FOA BUPL DGI DBU DIF Ældre_Sagen Movia Midttrafik Sydtrafik AGF FCK F.C._København Brøndby
Brøndby_IF OB AaB FCM FC_Midtjylland FC_Nordsjælland Randers_FC Esbjerg_fB Silkeborg_IF Viborg_FF
Vejle_Boldklub Lyngby_Boldklub AC_Horsens Hobro_IK Sønderjyske SønderjyskE GOG KIF Juventus
Real_Madrid Manchester_United Chelsea Arsenal Ajax PSV Microsoft Apple Google IBM Nokia Ericsson Volvo
Saab Ikea H&M Statoil Shell BP Esso Q8 Fiat Ford Toyota Mercedes BMW Volkswagen Opel Peugeot Renault
Sony Philips Siemens Nike Adidas Tivoli Nationalmuseet Statens_Museum_for_Kunst Louisiana Arken
Ny_Carlsberg_Glyptotek Rigshospitalet Skejby_Sygehus Herlev_Hospital Hvidovre_Hospital
Odense_Universitetshospital Aarhus_Universitet Københavns_Universitet KU DTU CBS RUC SDU AAU AU ITU
Handelshøjskolen Danmarks_Radio Kongehuset Det_Kongelige_Teater Operaen Venstre Socialdemokratiet
Socialdemokraterne Konservative Det_Konservative_Folkeparti Radikale_Venstre SF Enhedslisten
Dansk_Folkeparti DF Liberal_Alliance Kristendemokraterne Fremskridtspartiet Centrum-Demokraterne CD
Retsforbundet Moderaterne Alternativet Nye_Borgerlige Danmarksdemokraterne Slesvigsk_Parti
Republikanerne Demokraterne Labour ANC PLO Hamas Hizbollah Taliban al-Qaeda Fatah Likud ETA IRA KGB
CIA FBI Pentagon Kreml Bundesbank Bundestag
"""
)

# Words that head or end organisation names; single tokens, lower-cased on use.
ORG_HEADS = _listed(
    """
kommune kommunes region regionen a/s aps i/s a.m.b.a. amba k/s p/s fmba as ab gmbh inc ltd plc co.
koncern koncernen gruppen group holding fonden fond forening foreningen forbund forbundet
selskab selskabet universitet universitetet universitets hospital hospitalet sygehus sygehuset
ministeriet ministerium styrelsen direktoratet tilsynet rådet nævnet udvalget udvalg instituttet institut
centret center centeret akademi akademiet skole skolen gymnasium gymnasiet højskole højskolen
partiet parti bank banken sparekasse sparekassen klub klubben fc bk if ik boldklub boldklubben
teater teatret museum museet avis avisen dagblad bladet radio tv kompagni kompagniet
fagforening fagforeningen landsforening landsforeningen organisation organisationen
råd byråd byrådet kommunalbestyrelsen regionsrådet folketinget tinget ministerium parlament
parlamentet kommissionen domstol domstolen byret byretten landsret landsretten
"""
)
ORG_SUFFIXES = (
    "styrelsen",
    "ministeriet",
    "direktoratet",
    "udvalget",
    "foreningen",
    "forening",
    "forbundet",
    "forbund",
    "rådet",
    "selskabet",
    "selskab",
    "partiet",
    "instituttet",
    "centret",
    "centeret",
    "skolen",
    "gymnasium",
    "gymnasiet",
    "hospital",
    "hospitalet",
    "sygehus",
    "fonden",
    "banken",
    "kassen",
    "klubben",
    "boldklub",
    "kompagni",
    "teatret",
    "museet",
    "tilsynet",
    "nævnet",
    "universitet",
    "kommune",
    "koncernen",
    "gruppen",
    "avisen",
    "bladet",
    "posten",
    "tidende",
)
PLACE_SUFFIXES = (
    "gade",
    "vej",
    "vejen",
    "torv",
    "plads",
    "pladsen",
    "allé",
    "stræde",
    "rup",
    "strup",
    "torp",
    "lev",
    "sted",
    "købing",
    "bjerg",
    "havn",
    "borg",
    "holm",
    "bæk",
    "skov",
    "by",
    "høj",
    "lund",
    "ager",
    "inge",
    "ø",
    "fjord",
    "sø",
    "land",
    "landet",
)
TITLES = _listed(
    """
hr. hr fru frk. frøken dr. dr professor prof. minister ministeren statsminister statsministeren
udenrigsminister finansminister justitsminister borgmester borgmesteren viceborgmester rådmand
formand formanden næstformand direktør direktøren adm. administrerende chef chefen sekretær
præsident præsidenten premierminister kansler kansleren dronning dronningen konge kongen prins
prinsesse kronprins kronprinsesse biskop pastor præst træner træneren spiller angriber forsvarer
kaptajn general oberst major løjtnant kommissær ordfører ordføreren folketingsmedlem
byrådsmedlem medlem sagsbehandler afdelingschef kommunaldirektør overlæge læge advokat
forfatter forfatteren sanger sangeren skuespiller journalist redaktør redaktøren ceo
"""
)
NATIONALITY = _listed(
    """
dansk danske danskere dansker svensk svenske svenskere norsk norske nordmænd finsk finske tysk
tyske tyskere tysker fransk franske franskmænd engelsk engelske englændere britisk britiske
amerikansk amerikanske amerikanere amerikaner russisk russiske russere italiensk italienske
spansk spanske polsk polske tyrkisk tyrkiske kinesisk kinesiske japansk japanske indisk indiske
irakisk irakiske iransk iranske israelsk israelske palæstinensisk palæstinensiske arabisk arabiske
europæisk europæiske vestlig vestlige nordisk nordiske jysk jyske københavnsk københavnske
muslimsk muslimske kristen kristne jødisk jødiske grønlandsk grønlandske færøsk færøske islandsk
hollandsk hollandske belgisk belgiske græsk græske serbisk serbiske bosnisk bosniske kroatisk
somalisk somaliske afghansk afghanske pakistansk pakistanske sovjetisk sovjetiske
"""
)
TIME_WORDS = _listed(
    """
januar februar marts april maj juni juli august september oktober november december mandag tirsdag
onsdag torsdag fredag lørdag søndag jul julen påske påsken pinse nytår
"""
)

FEATURES = (
    "zipf",  # wordfreq's Zipf frequency of the lower-cased word, / 8
    "unlisted",  # not in wordfreq at all (names only)
    "first_name_da",  # log10 count among Danish first names, / 6
    "last_name_da",  # log10 count among Danish surnames, / 6
    "first_name_muslim",
    "last_name_muslim",
    "municipality",  # a word of a municipality name
    "town",
    "landscape",
    "country",
    "foreign_city",
    "place_part",  # a word of a place name of several words ("Hvide Sande", "Los Angeles")
    "place_suffix",
    "organisation",  # a listed one-word organisation ("KL", "Folketinget")
    "org_part",  # a word of a listed organisation of several words
    "party",  # a word of a party name (reference/parties.csv)
    "org_head",  # a word that heads or ends organisation names
    "org_suffix",  # a compound ending in -styrelsen, -udvalget, ...
    "title",  # a word that precedes a person's name
    "nationality",
    "time",
    "function_word",  # among the 300 most frequent words
)


def read_names(wheel: Path) -> list[dict[str, str]]:
    """Rows of ``dacy/resources/lookup_tables/names.csv`` from the dacy wheel (or an unpacked folder)."""
    member = "dacy/resources/lookup_tables/names.csv"
    if wheel.is_dir():
        return list(csv.DictReader((wheel / member).open(encoding="utf-8")))
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(member).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def words_of(entries: list[str]) -> set[str]:
    return {w.lower() for entry in entries for w in entry.replace("_", " ").split()}


def single(entries: list[str]) -> set[str]:
    """The entries of one word, lower-cased (in the lists above, ``_`` joins the words of a name)."""
    return {e.lower() for e in entries if "_" not in e}


def parts(entries: list[str]) -> set[str]:
    """The words of the entries of several words, lower-cased: ``Hvide_Sande`` gives hvide, sande."""
    return {w.lower() for e in entries if "_" in e for w in e.split("_")}


def build_table(wheel: Path) -> tuple[list[str], numpy.ndarray]:
    index = {f: i for i, f in enumerate(FEATURES)}
    rows: dict[str, numpy.ndarray] = {}

    def row(word: str) -> numpy.ndarray:
        if word not in rows:
            rows[word] = numpy.zeros(len(FEATURES), dtype="float32")
        return rows[word]

    def flag(words: set[str], feature: str, value: float = 1.0) -> None:
        for w in words:
            vec = row(w)
            vec[index[feature]] = max(vec[index[feature]], value)

    vocabulary = wordfreq.top_n_list("da", 1_000_000)
    for w in vocabulary:
        row(w)
    flag(set(vocabulary[:300]), "function_word")
    for name in read_names(wheel):
        count = float(name["count"] or 0)
        first = name["first_name"] == "True"
        kind = ("first_name_" if first else "last_name_") + (
            "da" if name["ethnicity"] == "danish" else "muslim"
        )
        value = min(1.0, math.log10(count + 1) / 6) if kind.endswith("da") else 1.0
        flag(words_of([name["name"]]), kind, value)
    with (RESOURCES / "municipalities.csv").open(encoding="utf-8") as handle:
        munis = [r["name"] for r in csv.DictReader(handle)]
    flag({p for m in munis for p in m.lower().replace("-", " ").split()} | words_of(munis), "municipality")
    with (RESOURCES / "parties.csv").open(encoding="utf-8") as handle:
        parties = [n for r in csv.DictReader(handle) for n in [r["name"], *r["short_names"].split(";")]]
    flag(words_of(parties), "party")
    flag(single(TOWNS), "town")
    flag(single(LANDSCAPES), "landscape")
    flag(single(COUNTRIES), "country")
    flag(single(CITIES), "foreign_city")
    flag(parts(TOWNS + CITIES), "place_part")
    flag(single(ORGANISATIONS), "organisation")
    flag(parts(ORGANISATIONS), "org_part")
    flag(words_of(ORG_HEADS), "org_head")
    flag(words_of(TITLES), "title")
    flag(words_of(NATIONALITY), "nationality")
    flag(words_of(TIME_WORDS), "time")
    for w, vec in rows.items():
        vec[index["zipf"]] = wordfreq.zipf_frequency(w, "da") / 8
        vec[index["unlisted"]] = float(vec[index["zipf"]] == 0)
        if len(w) > 5 and w.isalpha():
            vec[index["org_suffix"]] = float(any(w.endswith(s) and len(w) > len(s) + 2 for s in ORG_SUFFIXES))
            vec[index["place_suffix"]] = float(
                any(w.endswith(s) and len(w) > len(s) + 2 for s in PLACE_SUFFIXES)
            )
    keys: list[str] = []
    vectors: list[numpy.ndarray] = []
    for w in sorted(rows):
        for variant in dict.fromkeys((w, w.capitalize(), w.upper())):
            keys.append(variant)
            vectors.append(rows[w])
    return keys, numpy.stack(vectors)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dacy", type=Path, help="the dacy wheel (pip download dacy==2.9.0 --no-deps)")
    parser.add_argument("output", type=Path, help="where the vectors pipeline goes (gitignored)")
    args = parser.parse_args()
    keys, data = build_table(args.dacy)
    nlp = spacy.blank("da")
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=data, keys=keys, name="da_features")
    for key in keys:
        nlp.vocab.strings.add(key)
    nlp.to_disk(args.output)
    print(f"{len(keys):,} rows x {len(FEATURES)} features -> {args.output}")


if __name__ == "__main__":
    main()
