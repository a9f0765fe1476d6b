"""The organizer cues of one mention (`pipeline.extract.organizer_scores`)."""

import pytest

from pipeline.extract.organizer_scores import _organizer_score, organizer_score


def test_organizer_score_is_kept_per_span(ctx_for):
    """The score is computed once per document and span (the rules and the reranker ask for the same mentions):
    a second call, or another Mention object over the same span, answers what the cues say."""
    text = ("Organizatorem pikniku było Stowarzyszenie Zielony Brzeg. We współpracy z Fundacją Nowy Dom "
            "przygotowano konkursy. Koło Gospodyń Wiejskich z Lipówki zorganizowało festyn.")
    ctx = ctx_for(text)
    spans = [(text.index(name), text.index(name) + len(name))
             for name in ("Stowarzyszenie Zielony Brzeg", "Fundacją Nowy Dom", "Koło Gospodyń Wiejskich z Lipówki")]
    first = [organizer_score(ctx, ctx.mention(s, e, "test", 0.5)) for s, e in spans]
    again = [organizer_score(ctx, ctx.mention(s, e, "other", 0.9, "rule")) for s, e in spans]
    plain = [_organizer_score(ctx, ctx.mention(s, e, "test", 0.5)) for s, e in spans]
    assert first == again == plain
    assert first[0] == 1.0 and first[1] < first[0] and first[2] == 0.9
    assert len(ctx.memo(organizer_score)) == 3


def test_people_of_a_body_after_an_organizer_cue_stand_for_it(ctx_for):
    """"na zaproszenie słuchaczy X": the cue names the body's people, so the body is the organizer; a body after
    a people noun with no cue before it is not."""
    text = ("Na zaproszenie słuchaczy Uniwersytetu Trzeciego Wieku w Lipnie przyjechali goście. "
            "Wśród gości byli słuchacze Uniwersytetu Trzeciego Wieku w Brzozowie.")
    ctx = ctx_for(text)
    first, second = (text.index("Uniwersytetu Trzeciego Wieku w Lipnie"),
                     text.index("Uniwersytetu Trzeciego Wieku w Brzozowie"))
    assert _organizer_score(ctx, ctx.mention(first, first + 37, "test", 0.5)) == 1.0
    assert _organizer_score(ctx, ctx.mention(second, second + 40, "test", 0.5)) < 0.5


def test_a_colon_after_przez_keeps_the_cue(ctx_for):
    """"zorganizowane przez: X": a colon opening the list of organizers does not cut the cue from the name."""
    text = "W sobotę odbył się festyn zorganizowany przez: Stowarzyszenie Zielony Brzeg."
    ctx = ctx_for(text)
    start = text.index("Stowarzyszenie")
    assert _organizer_score(ctx, ctx.mention(start, start + len("Stowarzyszenie Zielony Brzeg"), "test", 0.5)) == 1.0


def test_a_predicate_instrumental_reaches_past_a_longer_complement(ctx_for):
    """"Organizatorem i zarazem partnerem projektu jest X": the copula's instrumental predicate names the
    organizer even with coordinated nouns before the copula, and a kind word with a dash before the name; a
    genitive "organizatorów" several words before a copula does not."""
    text = ("Podkreśliła, że organizatorem i jednocześnie partnerem projektu jest Stowarzyszenie – Klub Sportowy "
            "Orlik w Lipnie. Dane organizatorów w celu rejestracji dostępne są Fundacji Nowy Dom.")
    ctx = ctx_for(text)
    club = text.index("Klub Sportowy")
    found = text.index("Fundacji Nowy Dom")
    assert _organizer_score(ctx, ctx.mention(club, club + len("Klub Sportowy Orlik w Lipnie"), "test", 0.5)) == 1.0
    assert _organizer_score(ctx, ctx.mention(found, found + len("Fundacji Nowy Dom"), "test", 0.5)) < 0.85


def test_the_projects_operator_named_by_the_noun(ctx_for):
    """"Realizatorem projektu było X": the operator of the project, as "realizowany przez X" (0.85)."""
    text = "Realizatorem projektu było Stowarzyszenie Zielony Brzeg we współpracy z Gminą Lipno."
    ctx = ctx_for(text)
    start = text.index("Stowarzyszenie")
    assert _organizer_score(ctx, ctx.mention(start, start + len("Stowarzyszenie Zielony Brzeg"), "test", 0.5)) == 0.85


def test_a_name_as_the_subject_of_organizatorem_or_gospodarzem_organized_or_hosted(ctx_for):
    """"X było organizatorem pikniku": the copula's subject organized; "X był gospodarzem przeglądu" hosted; the
    genitive of a title's body ("prezes Fundacji X był organizatorem") is not the subject."""
    text = ("Fundacja Stary Sad była głównym organizatorem pikniku. Dom Kultury w Lipie był gospodarzem przeglądu. "
            "Prezes Stowarzyszenia Brzoza był organizatorem rajdu.")
    ctx = ctx_for(text)
    scores = [_organizer_score(ctx, ctx.mention(text.index(n), text.index(n) + len(n), "test", 0.5))
              for n in ("Fundacja Stary Sad", "Dom Kultury w Lipie", "Stowarzyszenia Brzoza")]
    assert scores[0] == 1.0
    assert scores[1] == 0.7
    assert scores[2] < 0.7


def test_a_bodys_people_opening_the_sentence_of_an_organizing_verb_stand_for_it(ctx_for):
    """"Wolontariusze z Fundacji X przygotowali piknik": the body's people organized it; the same people only
    watching ("obejrzeli piknik") organized nothing."""
    text = ("Wolontariusze z Fundacji Złoty Kłos przygotowali piknik dla seniorów. "
            "Członkowie Stowarzyszenia Jarzębina obejrzeli piknik z boku.")
    ctx = ctx_for(text)
    first, second = text.index("Fundacji Złoty Kłos"), text.index("Stowarzyszenia Jarzębina")
    assert _organizer_score(ctx, ctx.mention(first, first + len("Fundacji Złoty Kłos"), "test", 0.5)) == 0.87  # weak verb
    assert _organizer_score(ctx, ctx.mention(second, second + len("Stowarzyszenia Jarzębina"), "test", 0.5)) == 0.0


def test_a_signature_line_with_its_address_after_a_comma(ctx_for):
    """"Gminny Ośrodek Kultury w Lipie, tel. …" closing the report signs it, like the name above its address; the
    same name in a running sentence at the end does not."""
    body = "W sobotę w Lipie odbył się koncert kolęd. Śpiewało pięć chórów z całej okolicy i wielu solistów.\n"
    text = body + "Gminny Ośrodek Kultury w Lipie, tel. 12 345 67 89"
    ctx = ctx_for(text)
    start = text.index("Gminny")
    assert _organizer_score(ctx, ctx.mention(start, start + 30, "test", 0.5)) == 0.55
    text = body + "Gminny Ośrodek Kultury w Lipie, dziękuje chórom."
    ctx = ctx_for(text)
    assert _organizer_score(ctx, ctx.mention(start, start + 30, "test", 0.5)) < 0.55


@pytest.mark.parametrize("text,body", [
    ("Rajd rowerowy zorganizował Piotr Wrona ze Stowarzyszenia Rowerowy Radzyń.", "Stowarzyszenie Rowerowy Radzyń"),
    ("Spotkanie zorganizowała Pani Halina Sowa z Gminnego Ośrodka Kultury w Radzyniu.",
     "Gminny Ośrodek Kultury w Radzyniu"),
    ("Kiermasz przygotowały panie z Koła Gospodyń Wiejskich w Zalesiu.", "Koło Gospodyń Wiejskich w Zalesiu"),
    ("Warsztaty przygotowały i poprowadziły pracownice Gminnego Ośrodka Kultury w Zalesiu.",
     "Gminny Ośrodek Kultury w Zalesiu"),
])
def test_people_after_the_organizing_verb_stand_for_their_body(event_of, text, body):
    assert event_of(text).organizer == body


def test_a_person_leading_the_meeting_does_not_make_her_body_the_organizer(event_of):
    assert event_of("Spotkanie prowadziła Halina Sowa z Fundacji Lipa.").organizer is None
    assert event_of("Spotkanie prowadziły i komentowały pracownice Fundacji Lipa.").organizer is None


def test_bodies_inviting_to_a_talk_organize_it(event_of):
    event = event_of('Gminna Biblioteka Publiczna oraz Towarzystwo Miłośników Lipna zaprasza na wykład pt. "Śladami '
                     'poetów". Spotkanie odbędzie się 11 października o godz. 17.00.')
    assert event.organizer == "Gminna Biblioteka Publiczna"
    assert event.co_organizers == ["Towarzystwo Miłośników Lipna"]


def test_a_body_inviting_to_no_event_organizes_nothing(event_of):
    assert event_of("Gminna Biblioteka Publiczna zaprasza do korzystania z nowych książek.").organizer is None


@pytest.mark.parametrize("text,name", [
    ("Gminny Ośrodek Kultury w Dębinie zaprasza na VII Przegląd Zespołów Ludowych.", "Gminny Ośrodek Kultury w Dębinie"),
    ("Dom Kultury „Iskra” zaprasza artystów na plener malarski nad jeziorem.", "Dom Kultury „Iskra”"),
])
def test_a_cultural_centre_inviting_to_its_own_review_or_plein_air_organizes(ctx_for, text, name):
    ctx = ctx_for(text)
    s = text.index(name)
    assert _organizer_score(ctx, ctx.mention(s, s + len(name), "test", 0.5)) == 0.87  # a weak verb, still a strong cue


def test_an_invitation_to_no_event_is_no_cue(ctx_for):
    text = "Gminny Ośrodek Kultury w Dębinie zaprasza do odwiedzenia strony internetowej."
    ctx = ctx_for(text)
    name = "Gminny Ośrodek Kultury w Dębinie"
    assert _organizer_score(ctx, ctx.mention(0, len(name), "test", 0.5)) == 0.0


def test_partners_of_the_project_and_the_last_of_their_list_co_organize(ctx_for):
    """"Partnerami projektu byli X, Y oraz Z": the project's partners co-organize its events, and the name after the
    closing "oraz" is in the list as much as the ones after commas; the partners of the event itself ("Partnerami
    festynu byli", "Partnerem medialnym był") are sponsors and supporters, no co-organizers (settled 414)."""
    from pipeline.extract.organizer_scores import co_organizer_score

    text = ("Partnerami projektu byli Fundacja Lipa, Stowarzyszenie Brzeg oraz Klub Seniora Wrzos. Zupę ugotował Jan "
            "Kos. Partnerami festynu byli Bank Spółdzielczy w Lipnie oraz Hurtownia Orzech. Partnerem medialnym było "
            "Radio Brzeg.")
    ctx = ctx_for(text)
    scores = [co_organizer_score(ctx, ctx.mention(text.index(n), text.index(n) + len(n), "test", 0.5))
              for n in ("Fundacja Lipa", "Klub Seniora Wrzos", "Jan Kos", "Bank Spółdzielczy w Lipnie",
                        "Hurtownia Orzech", "Radio Brzeg")]
    assert scores == [1.0, 1.0, 0.0, 0.4, 0.4, 0.4]  # the event's partners act as bodies, below a co-organizer
