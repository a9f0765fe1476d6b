"""Regions named in the text (pipeline/extract/admin_regions.py), on our own sentences."""

from pipeline.extract.admin_regions import region_mentions


def test_regions_are_read_once_and_handed_out_as_copies(ctx_for):
    """The unit bodies and the places both ask for the regions: the second asker gets the same regions, not
    the marks and names the first one gave its copies."""
    ctx = ctx_for("Wójt gminy Brzozowo przyjechał do powiatu lipnowskiego w województwie podlaskim.")
    first = region_mentions(ctx)
    assert [r.name for r in first] == ["województwo podlaskie", "powiat lipnowski", "gmina Brzozowo"]
    first[0].listed = False
    first[0].name = "zmieniona"
    first[0].mention.rule = "zmieniona"
    second = region_mentions(ctx)
    assert [r.name for r in second] == ["województwo podlaskie", "powiat lipnowski", "gmina Brzozowo"]
    assert all(r.listed for r in second) and second[0].mention.rule == "voivodeship"


def test_the_case_blind_patterns_are_tried_on_capitals(ctx_for):
    """A text is scanned for a pattern only when it holds the pattern's first word; capitals count for the
    case-blind ones ("WOJ.", "POWIECIE")."""
    names = [r.name for r in region_mentions(ctx_for("ZAWODY W POWIECIE KŁOBUCKIM, WOJ. ŚLĄSKIE."))]
    assert set(names) == {"województwo śląskie", "powiat kłobucki"}
    # capitals are read in a readable case: they find what the same words in ordinary case find
    assert names == [r.name for r in region_mentions(ctx_for("Zawody w powiecie kłobuckim, woj. śląskie."))]
    assert region_mentions(ctx_for("Zawody odbyły się w Lipce.")) == []


def test_a_gmina_list_holds_places_not_bodies_or_people(ctx_for):
    """A list after "gminy" stays on its line, joins only by whole coordinators, and an item that is an acronym's
    body or a titled person is no gmina."""
    names = [r.name for r in region_mentions(ctx_for("Na zawody przyjechały drużyny z gmin Lipno, Brzozowo i Kołki."))]
    assert names == ["gmina Lipno", "gmina Brzozowo", "gmina Kołki"]
    units = region_mentions(ctx_for("Startowały jednostki naszej gminy: OSP Lipno, OSP Brzozowo oraz OSP Kołki."))
    assert [r.name for r in units if r.mention.rule == "gmina_list"] == []
    person = region_mentions(ctx_for("Burmistrz gminy Sveio Pani Ingrid Haugen opowiedziała o współpracy."))
    assert all("Pani" not in r.name for r in person)
    bullets = region_mentions(ctx_for("Jury:\n• Pani Ewa Kos – nauczycielka z gminy Dębno,\n• Pan Jan Wilk – dyrektor."))
    assert [r.name for r in bullets] == ["gmina Dębno"]


def test_a_gmina_list_stops_where_the_nominative_stops(ctx_for):
    """After "gminy X" a gmina's name stands in the nominative; the genitives after it hang on the preposition
    before the unit word ("z gminy Lipno, Brzozowa i Kołek": a gmina and two villages). Names that keep the
    form of the first ("gmin Lipno, Brzozowo i Kołki") or agree with the unit word all along are gminas."""
    ctx = ctx_for("Na zawody przyjechały drużyny z gminy Lipno, Brzozowa i Kołek.")
    assert {r.name for r in region_mentions(ctx)} == {"gmina Lipno"}
    ctx = ctx_for("Na zawody przyjechały drużyny z gminy Lipno i Brzozowo.")
    assert {r.name for r in region_mentions(ctx)} == {"gmina Lipno", "gmina Brzozowo"}
    ctx = ctx_for("Na zawody przyjechały drużyny z gmin Rypina, Sierpca i Mławy.")
    assert {r.name for r in region_mentions(ctx)} == {"gmina Rypin", "gmina Sierpc", "gmina Mława"}


def test_one_gmina_in_the_genitive_singular_governs_no_list(ctx_for):
    """"z gminy Rypina i Sierpca": a genitive "gminy" is one gmina, the next genitive hangs on "z"; a capitalised
    plural "Gminy Rypin, Sierpc i Mława" opens a list; a person after a title's gmina is no gmina."""
    assert {r.name for r in region_mentions(ctx_for("Przyjechali goście z gminy Rypina i Sierpca."))} == {"gmina Rypin"}
    ctx = ctx_for("Gminy Rypin, Sierpc i Mława podpisały porozumienie.")
    assert {r.name for r in region_mentions(ctx)} == {"gmina Rypin", "gmina Sierpc", "gmina Mława"}
    ctx = ctx_for("Wójt Gminy Lipno, Adam Kos, powitał gości.")
    assert {r.name for r in region_mentions(ctx)} == {"gmina Lipno"}


def test_a_gmina_named_by_its_river_keeps_the_river(ctx_for):
    """"Gminy Gródek nad Dunajcem": "nad" and the instrumental go on the name when the register knows the whole;
    a river that is no part of a name stays out."""
    names = [r.name for r in region_mentions(ctx_for("Nagrody wręczył Wójt Gminy Gródek nad Dunajcem."))]
    assert names == ["gmina Gródek nad Dunajcem"]
    names = [r.name for r in region_mentions(ctx_for("Ścieżka biegnie przez gminę Rzgów nad Wartą."))]
    assert names == ["gmina Rzgów"]


def test_a_partner_gmina_abroad_unknown_to_the_dictionary(ctx_for):
    """"z partnerskiej gminy Hvaler": a word the dictionary does not know at all after the unit word is a gmina
    abroad, though the Polish register lacks it; a known common phrase the register lacks is none."""
    names = {r.name for r in region_mentions(ctx_for("Przyjechała delegacja z partnerskiej gminy Hvaler."))}
    assert names == {"gmina Hvaler"}
    assert region_mentions(ctx_for("Przyjechali przedstawiciele gminy Ochotnicza Straż.")) == []


def test_a_gmina_keeps_its_name_as_written_when_the_register_has_that_gmina(monkeypatch):
    """'w gminie Pieczarki': the name after the unit word is in apposition, so a registered gmina of the written
    name beats the town whose genitive the word also is (Pieczarka); a written genitive of no gmina still inflects."""
    from types import SimpleNamespace

    from pipeline.extract import admin_regions
    from pipeline.lexicon import teryt

    monkeypatch.setattr(teryt, "is_gmina", lambda name: name in ("Pieczarki", "Pieczarka"))
    monkeypatch.setattr(admin_regions, "register_loaded", lambda: True)
    words = [SimpleNamespace(text="Pieczarki", whitespace_="")]
    assert admin_regions._apposed_gmina(words, "Pieczarka") == "Pieczarki"
    assert admin_regions._apposed_gmina([SimpleNamespace(text="Borsuka", whitespace_="")], "Borsuk") == "Borsuk"


def test_a_chain_of_titles_after_the_unit_word_names_no_gmina(ctx_for):
    """"z Sekretarzem Gminy Barbarą Wilk oraz Skarbnikiem Gminy Zofią Mróz": a word after "Gminy" in a case the
    unit word cannot govern (the instrumental) is no gmina's name, nor a list of gminas; a first name with a
    surname after it is the title's holder. A name in apposition or agreeing in case still is a gmina."""
    chain = "Wójt spotkał się z Sekretarzem Gminy Barbarą Wilk oraz Skarbnikiem Gminy Zofią Mróz."
    assert region_mentions(ctx_for(chain)) == []
    assert region_mentions(ctx_for("Obecna była Sekretarz Gminy Anna Wilk.")) == []
    names = [r.name for r in region_mentions(ctx_for("Przyjechali goście z gmin Kłodawa, Lipno i Wolanów."))]
    assert names == ["gmina Kłodawa", "gmina Lipno", "gmina Wolanów"]
    assert [r.name for r in region_mentions(ctx_for("Umowę podpisano z Gminą Kołki."))] == ["gmina Kołki"]
