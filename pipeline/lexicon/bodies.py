"""Heads of public bodies' and media names that the institution rules do not look for (`ORG_HEADS`):
parliaments, commissions, unions; television, radio, newspapers and portals ("Telewizja Polska",
"Radio „Jasna Góra”", "Tygodnik Katolicki „Niedziela”"), self-governments ("Samorząd Województwa X", not inside
"Komisja Wspólna Rządu i Samorządu Terytorialnego"). "Sejm" and "Senat" name one body on their own; the others only with a word of
their own ("Komisja Europejska", "Gminna Komisja Rozwiązywania Problemów Alkoholowych"), never
alone ("Komisja" of a contest), and the European Union not as a funding source.
"""

from __future__ import annotations

#: Lemmas of the heads (lower case).
BODY_HEADS = frozenset({"sejm", "senat", "parlament", "komisja", "unia", "samorząd",
                        "telewizja", "radio", "tygodnik", "dziennik", "gazeta", "portal", "miesięcznik", "kwartalnik"})
#: Heads that are a body's whole name.
SOLE_BODIES = frozenset({"sejm", "senat"})
#: Village bodies known by their acronym, spelled out when the text names their village ("KGW Stężyca").
VILLAGE_BODY_ACRONYMS = {"KGW": "Koło Gospodyń Wiejskich", "OSP": "Ochotnicza Straż Pożarna"}
#: Heads of bodies' names that also name events ("Forum", "Kongres"), money ("Fundusz"), tools ("Platforma"), leagues
#: ("Liga") or a faith ("Wspólnota"): a name only where a sentence puts a body (`pipeline.ner.org_positions`).
POSITIONAL_HEADS = frozenset({"forum", "fundusz", "platforma", "macierz", "kongres", "wojsko", "wspólnota", "liga",
                              "porozumienie"})
