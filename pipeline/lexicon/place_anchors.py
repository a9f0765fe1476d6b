"""Where a document's places lie in the register: the gminas, powiats and voivodeships of the places it names
without doubt, and among a name's readings the one nearest them ("w Żarnowie" on a page about Opoczno)."""

from __future__ import annotations


def register_anchors(names: list[str]) -> set[tuple[str, str, str]]:
    """(województwo, powiat, gmina) of the places a document names without doubt: a locality the register
    holds once (or a single town of that name), "powiat X", "województwo Y", "gmina Z" (empty parts match any)."""
    from pipeline.lexicon.teryt import gminas, localities

    out: set[tuple[str, str, str]] = set()
    for name in names:
        unit, _, rest = name.partition(" ")
        if unit == "powiat" and rest:
            out.add(("", rest, ""))
        elif unit == "województwo" and rest:
            out.add((rest, "", ""))
        elif unit == "gmina" and rest:
            out.update((g.wojewodztwo, g.powiat, g.name) for g in gminas(rest))
        else:
            locs = localities(name)
            towns = [loc for loc in locs if loc.kind == "miasto"]
            if len(locs) == 1 or len(towns) == 1:
                loc = (locs if len(locs) == 1 else towns)[0]
                out.add((loc.wojewodztwo, loc.powiat, loc.gmina))
    return out


def nearest_reading(readings: list[str], anchors: set[tuple[str, str, str]]) -> str | None:
    """The reading whose register entry lies nearest the document's other places ("w Żarnowie" beside Opoczno:
    Żarnów of powiat opoczyński, not an Żarnowo elsewhere): the same gmina counts 4, powiat 2, województwo 1,
    summed over the anchors. None when no reading stands out by at least a powiat's worth: voivodeships only break
    a tie of gminas and powiats, however many of them the page names ("z Będzina" on a page listing villages of
    another voivodeship is still the town)."""
    from pipeline.lexicon.teryt import localities

    def score(name: str) -> tuple[int, int]:
        best = (0, 0)
        for loc in localities(name) or localities(name.replace(" ", "-")):
            local = wide = 0
            for woj, powiat, gmina in anchors:
                if gmina and gmina == loc.gmina and (not powiat or powiat == loc.powiat):
                    local += 4
                elif powiat and powiat == loc.powiat:
                    local += 2
                elif woj and woj == loc.wojewodztwo:
                    wide += 1
            best = max(best, (local, wide))
        return best

    scores = sorted(((score(r), r) for r in readings), reverse=True)
    if len(scores) < 2 or scores[0][0][0] < 2 or scores[0][0] == scores[1][0]:  # a voivodeship alone is too wide
        return None
    return scores[0][1]
