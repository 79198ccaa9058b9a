"""The codes the registers beside KOOP's use: ECLI countries and courts, CELEX sectors and types.

Facts, each with its source, that :func:`kamerstuk.validate` checks register citations against
(:mod:`kamerstuk.checks.registers`). The lists change now and then (a court merged, a country
joining the ECLI): a code outside them is a warning, not an error.

>>> "RVS" in DUTCH_COURTS, sorted(ECLI_COURTS["EU"])
(True, ['C', 'F', 'T'])
>>> sorted(CELEX_TYPES["3"])[:4]
['A', 'B', 'C', 'D']
"""

from __future__ import annotations

__all__ = ["CELEX_SECTORS", "CELEX_TYPES", "DUTCH_COURTS", "ECLI_COUNTRIES", "ECLI_COURTS"]


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: The country codes of the ECLI: the member states of the EU, as the EU writes them (EL for
#: Greece), EU for the Court of Justice of the EU, EP for the European Patent Office, CE for the
#: European Court of Human Rights of the Council of Europe. Sources: the e-Justice portal's ECLI
#: pages per member state and "International" (e-justice.europa.eu, topic 175); CE from HUDOC's
#: ECLIs (ECLI:CE:ECHR:...).
ECLI_COUNTRIES = _codes(
    "AT BE BG CY CZ DE DK EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK EU EP CE"
)

#: The court codes of Dutch ECLIs: the Rechtspraak's value list of instanties
#: (data.rechtspraak.nl/Waardelijst/Instanties), courts merged away since included, as the
#: open-source wetsuite 1.0.1 lists them (wetsuite.extras.gerechtcodes), without its "XX".
DUTCH_COURTS = _codes(
    """
    AGAMS AGARN AGGRO AGHAA AGROE AGROT AGSGR AGSHE AGUTR AGZWO CBB CRVB CVBSTUF DETARCO GHAMS
    GHARL GHARN GHDHA GHLEE GHSGR GHSHE HR KTGAAR KTGALK KTGALM KTGAMF KTGAMS KTGAPD KTGARN KTGASS
    KTGBEE KTGBOX KTGBOZ KTGBRE KTGBRI KTGDEL KTGDEV KTGDHD KTGDOR KTGEIN KTGEMM KTGENS KTGGNL
    KTGGOU KTGGRC KTGGRO KTGHAA KTGHAR KTGHFD KTGHIL KTGHMD KTGHRL KTGHRN KTGHRV KTGLDN KTGLEE
    KTGLLY KTGMAA KTGMEP KTGMID KTGNMG KTGOBL KTGOOS KTGPAR KTGROE KTGROT KTGSCH KTGSGR KTGSHE
    KTGSIT KTGSNK KTGSOM KTGSTW KTGTIE KTGTIL KTGTRB KTGTRN KTGUTR KTGVEE KTGVEN KTGWAG KTGWIN
    KTGZAA KTGZEV KTGZIE KTGZUI KTGZUT KTGZWO OCHM OGAACMB OGANA OGEAA OGEAB OGEABES OGEAC OGEAM
    OGEANA OGHACMB OGHNAA OHJNA ORBAACM ORBANAA ORBBACM ORBBNAA PHR RBALK RBALM RBAMS RBARN RBASS
    RBBRE RBDHA RBDOR RBGEL RBGRO RBHAA RBLEE RBLIM RBMAA RBMID RBMNE RBNHO RBNNE RBOBR RBONE RBOVE
    RBROE RBROT RBSGR RBSHE RBUTR RBZLY RBZUT RBZWB RBZWO RVBALK RVBAMS RVBARN RVBBRE RVBGRO RVBHAA
    RVBLDN RVBLEE RVBMID RVBROE RVBROT RVBSGR RVBSHE RVBTIL RVBUTR RVBZWO RVS TACAKN TADRAMS
    TADRARL TADRARN TADRLEE TADRSGR TADRSHE TAHVD TAKTPA TBBBKD TBPSKAL TDIVBC TDIVTC TGDKG TGFKCB
    TGZCTG TGZRAMS TGZREIN TGZRGRO TGZRSGR TGZRZWO TNOKALK TNOKALM TNOKAMS TNOKARN TNOKASS TNOKBRE
    TNOKDOR TNOKGRO TNOKHAA TNOKLEE TNOKMAA TNOKMID TNOKROE TNOKROT TNOKSGR TNOKSHE TNOKUTR TNOKZLY
    TNOKZUT TNORAMS TNORARL TNORDHA TNORSHE TPETPVE TSCTS TVSTPV TVVTPVV
    """
)

#: The court codes of the countries whose list is known: the Netherlands (above), the EU (C Court
#: of Justice, T General Court, F Civil Service Tribunal: e-Justice, "European Union"), the EPO
#: (BA, its Boards of Appeal: e-Justice, "International") and the Council of Europe (ECHR).
ECLI_COURTS: dict[str, frozenset[str]] = {
    "NL": DUTCH_COURTS,
    "EU": _codes("C T F"),
    "EP": _codes("BA"),
    "CE": _codes("ECHR"),
}

#: The sectors of EUR-Lex, by the first character of a CELEX number (EUR-Lex, "CELEX number of
#: EUR-Lex documents": eur-lex.europa.eu/content/help/faq/celex-number.html).
CELEX_SECTORS = {
    "1": "treaties",
    "2": "international agreements",
    "3": "legislation",
    "4": "complementary legislation",
    "5": "preparatory acts",
    "6": "case law",
    "7": "national transposition measures",
    "8": "references to national case law",
    "9": "parliamentary questions",
    "0": "consolidated acts",
    "C": "other documents in the Official Journal C series",
    "E": "EFTA documents",
}

_LEGISLATION = "E F R L D S M J B K O H A G C Q X Y"
#: The document types (descriptors) each sector has: EUR-Lex, "Types of documents in EUR-Lex"
#: (eur-lex.europa.eu/content/tools/TableOfSectors/types_of_documents_in_eurlex.html). A
#: consolidated act (sector 0) keeps the type of the act; sector C is left unchecked (its numbers
#: are composed otherwise), as is sector 8 (a country code where the type would be).
CELEX_TYPES: dict[str, frozenset[str]] = {
    "1": _codes("K A E F B R H I G U M N D C T V S L P J W X ME"),
    "2": _codes("A D P X"),
    "3": _codes(_LEGISLATION),
    "4": _codes("A D X Y Z"),
    "5": _codes(
        "AG KG IG XG PC DC JC SC EC FC GC M AT AS XC AP BP IP DP XP AA TA SA XA AB HB XB AE IE"
        " AC XE AR IR XR AK XK XX"
    ),
    "6": _codes("CJ CO CC CS CT CV CX CD CP CN CA CB CU CG TJ TO TC TT TN TA TB FJ FO FT FN FA FB"),
    "7": _codes("L F"),
    "9": _codes("E H O"),
    "0": _codes(_LEGISLATION + " A D P X Z"),
    "E": _codes("A C G J P X O"),
}
