"""Sentence-structure cues for the organizer (pipeline/extract/organizer_cues.py), on our own sentences."""

from pipeline.extract.organizer_cues import organizing_subject
from pipeline.models import Mention


def _mention(text: str, name: str) -> Mention:
    start = text.index(name)
    return Mention(text=name, start=start, end=start + len(name), extractor="test", confidence=1.0, rule="test")


def test_organizing_subject_needs_the_verb_after_the_name_and_an_event_object(ctx_for):
    text = "Stowarzyszenie Lipa zrealizowało cykl warsztatów. Fundacja Most prowadzi sklep z pamiątkami."
    ctx = ctx_for(text)
    assert organizing_subject(ctx, _mention(text, "Stowarzyszenie Lipa"))
    assert not organizing_subject(ctx, _mention(text, "Fundacja Most"))


def test_organizing_subject_stops_at_the_sentence_end(ctx_for):
    text = "Przyjechała Fundacja Most. Przygotowano warsztaty."
    ctx = ctx_for(text)
    assert not organizing_subject(ctx, _mention(text, "Fundacja Most"))


def test_an_organizing_agent_through_the_bodys_people(ctx_for):
    from pipeline.extract.organizer_cues import organizing_agent

    text = "Seminarium zorganizowane przez pracowników Ośrodka Pomocy Społecznej odbyło się w Lipnie."
    ctx = ctx_for(text)
    assert organizing_agent(ctx, _mention(text, "Ośrodka Pomocy Społecznej"), frozenset())
    text = "Seminarium zorganizowane w pobliżu Ośrodka Pomocy Społecznej odbyło się w Lipnie."
    assert not organizing_agent(ctx_for(text), _mention(text, "Ośrodka Pomocy Społecznej"), frozenset())


def test_a_preparing_participle_agrees_with_the_event_noun_past_a_quoted_title(ctx_for):
    from pipeline.extract.organizer_cues import organizing_agent

    text = "Trzydzieści osób wzięło udział w projekcie „Lato pod lipą”, przygotowanym przez Fundację Zielony Gaj."
    assert organizing_agent(ctx_for(text), _mention(text, "Fundację Zielony Gaj"), frozenset())
    text = "Goście zjedli tort „Malinowy sen”, przygotowany przez Fundację Zielony Gaj."
    assert not organizing_agent(ctx_for(text), _mention(text, "Fundację Zielony Gaj"), frozenset())


def test_a_body_inviting_to_the_event_scores_as_its_organizer(ctx_for):
    """"X zaprasza na spotkanie": the imperfective invitation says what the perfective "zaprosił" says."""
    from pipeline.extract.organizer_scores import organizer_score

    text = "Gminna Biblioteka w Lipnie zaprasza na spotkanie z podróżnikiem. Fundacja Most zaprasza do sklepu."
    ctx = ctx_for(text)
    assert organizer_score(ctx, _mention(text, "Gminna Biblioteka w Lipnie")) >= 0.85  # a strong cue
    assert organizer_score(ctx, _mention(text, "Fundacja Most")) == 0.0  # no event named in its sentence


def test_a_body_celebrating_its_anniversary_is_the_subject_of_its_event(ctx_for):
    text = "Ochotnicza Straż Pożarna w Brzezinach obchodziła 90-lecie istnienia. Jubileusz zgromadził gości."
    assert organizing_subject(ctx_for(text), _mention(text, "Ochotnicza Straż Pożarna w Brzezinach"))
    text = "Koło Gospodyń Wiejskich „Kalina” świętowało jubileusz. Przyszli sąsiedzi."
    assert organizing_subject(ctx_for(text), _mention(text, "Koło Gospodyń Wiejskich „Kalina”"))


def test_celebrating_something_else_or_a_persons_birthday_is_no_cue(ctx_for):
    text = "Szkoła Podstawowa w Brzezinach obchodziła Dzień Ziemi na boisku."
    assert not organizing_subject(ctx_for(text), _mention(text, "Szkoła Podstawowa w Brzezinach"))
    text = "Prezes Fundacji Most obchodził 60. urodziny w gronie rodziny."
    assert not organizing_subject(ctx_for(text), _mention(text, "Fundacji Most"))


def test_an_anniversary_told_as_an_aside_is_no_cue(ctx_for):
    text = ("Nagrody dla bibliotekarzy wręczono w tym roku w Gminnym Domu Kultury w Lipnie. Gminny Dom Kultury w Lipnie "
            "świętuje swoje 40-lecie.")
    name = "Gminny Dom Kultury w Lipnie"
    start = text.rindex(name)
    second = Mention(text=name, start=start, end=start + len(name), extractor="test", confidence=1.0, rule="test")
    assert not organizing_subject(ctx_for(text), second)
