"""Media named as someone's employer without quotes (pipeline/ner/press_employers.py), in invented sentences;
a title named only as where a text appeared or as a cited source is no organization (docs/annotation.md)."""

import pytest


def _orgs(extractor, text: str) -> set[str]:
    return {o.name for o in extractor.extract(text).organizations}


def test_the_genitive_after_a_media_worker_is_the_medium(extractor):
    assert "Tydzień" in _orgs(extractor, "Panel poprowadziła Ewa Lis, dziennikarka Tygodnia, a zamknął go wójt.")


def test_a_list_after_a_verb_of_working_gives_each_medium_in_its_base_form(extractor):
    orgs = _orgs(extractor, "Anna Kos - reporterka (pracowała m.in. w TV Mewa - jako wydawca, Radiu Fala, "
                            "Kurierze Porannym i Glosowniku).")
    assert {"TV Mewa", "Radio Fala", "Kurier Poranny", "Glosownik"} <= orgs


def test_a_post_held_after_the_medium_names_the_employer(extractor):
    assert "Echo" in _orgs(extractor, "Jan Bąk (wcześniej w Echu, jako szef działu sportu) prowadził debatę.")


def test_a_press_title_after_w_in_a_clause_naming_a_post(extractor):
    assert "Gazeta Nadmorska" in _orgs(extractor, "Gościem był Piotr Mak (zastępca szefa działu w Gazecie Nadmorskiej).")


@pytest.mark.parametrize("text,name", [
    ("Piotr Mak publikował w Echu, Kurierze Porannym i Glosowniku.", "Echo"),
    ("Piotr Mak publikował w Echu, Kurierze Porannym i Glosowniku.", "Glosownik"),
    ("Jak podaje dziennikarz Glosownika, festyn udał się.", "Glosownik"),
    ("O festynie pisał jako pierwszy w Glosowniku.", "Glosownik"),
    ("Przez lata mieszkała w Radomiu, jako emerytka udziela się w kole.", "Radom"),
])
def test_where_a_text_appeared_or_a_town_is_no_employer(extractor, text, name):
    assert name not in _orgs(extractor, text)


def test_press_employer_name_undoes_the_case(ctx_for):
    from pipeline.ner.press_employers import press_employer_name

    ctx = ctx_for("w Gazecie Nadmorskiej i Radiu Fala")
    toks = ctx.light_tokens
    assert press_employer_name(toks[1:3]) == "Gazeta Nadmorska"
    assert press_employer_name(toks[4:6]) == "Radio Fala"


def test_only_the_names_own_clause_decides(extractor):
    """A verb of publishing in the sentence before does not make the medium a place of publication."""
    orgs = _orgs(extractor, "Anna Kos pisała wiersze. Potem pracowała w Glosowniku, jako szefowa działu.")
    assert "Glosownik" in orgs
    assert "Glosownik" not in _orgs(extractor, "Anna Kos pracowała, pisała wiersze w Glosowniku.")
