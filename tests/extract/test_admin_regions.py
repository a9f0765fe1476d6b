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
    assert names == ["województwo śląskie", "powiat kłobucki"]
    assert region_mentions(ctx_for("Zawody odbyły się w Lipce.")) == []
