"""The organizer policy: which of the rules' cues stand, and when the model names or drops an organizer."""

from __future__ import annotations

from pipeline.learned.linear import LinearModel
from pipeline.learned.organizer import OrganizerModel, cue_strength, rerank_organizer
from pipeline.learned.training import Candidate, OrganizerPage, organizer_decisions, scalar_f1

EXPLICIT = ("Warsztaty zorganizowane przez Stowarzyszenie Dolina Kwiatów odbyły się 5 maja 2022 r. w Lipnie.\n"
            "Zajęcia prowadziła Ewa Marczak z Fundacji Jasny Horyzont.\n")
SILENT = ("Fundacja Jasny Horyzont zaprasza do lektury relacji.\n"
          "Warsztaty rękodzieła odbyły się 5 maja 2022 r. w Lipnie. Zajęcia prowadziła Ewa Marczak.\n")


def _scorer(weights: dict[str, float]) -> LinearModel:
    return LinearModel(("no", "yes"), {k: (0.0, w) for k, w in weights.items()}, (0.0, -1.0))


def test_explicit_cue_is_strong(event_of) -> None:
    event = event_of(EXPLICIT)
    assert event.organizer == "Stowarzyszenie Dolina Kwiatów"
    assert cue_strength(event) == "strong"


def test_a_kept_cue_stands_against_the_model(extractor, ctx_for) -> None:
    report = extractor.extract(EXPLICIT)
    ctx, event, orgs = ctx_for(EXPLICIT), report.event, report.organizations
    assert {o.name for o in orgs} >= {"Stowarzyszenie Dolina Kwiatów", "Fundacja Jasny Horyzont"}
    prefers_second = _scorer({"rank=1": 9.0})  # the model would pick the second organization named
    assert rerank_organizer(ctx, event, orgs, report.people, OrganizerModel(prefers_second, frozenset({"strong"}), 0.4)) is None
    chosen, p = rerank_organizer(ctx, event, orgs, report.people, OrganizerModel(prefers_second, frozenset(), 0.4))
    assert chosen is not None and chosen.name == "Fundacja Jasny Horyzont" and p > 0.9


def test_the_model_names_an_organizer_the_rules_left_out(ctx_for) -> None:
    from pipeline.models import Event, Mention, Organization

    ctx = ctx_for(SILENT)
    start = SILENT.index("Fundacja")
    org = Organization(name="Fundacja Jasny Horyzont", mentions=[
        Mention(text=SILENT[start:start + 23], start=start, end=start + 23, extractor="t", confidence=1.0)])
    event = Event(type="warsztaty")
    model = OrganizerModel(_scorer({"early": 3.0}), frozenset({"strong"}), 0.5)
    org_chosen, p = rerank_organizer(ctx, event, [org], [], model=model)
    assert org_chosen is org and p > 0.8
    shy = OrganizerModel(_scorer({"early": 3.0}), frozenset({"strong"}), 0.95)
    assert rerank_organizer(ctx, event, [org], [], model=shy) is None  # below `adopt`: still none


def test_policy_scoring_counts_a_wrong_name_twice() -> None:
    cand = Candidate("001", "a.pl", "X", {"early": 1.0}, picked=False, label=False)
    page = OrganizerPage("001", "a.pl", gold=True, rules_right=False, rules_named=False, strength="none",
                         candidates=(cand,))
    decisions = organizer_decisions([page], _scorer({"early": 5.0}), frozenset({"strong"}), 0.5)
    assert decisions == [(True, False, True)]
    assert scalar_f1(decisions) == 0.0
    assert scalar_f1([(True, True, True), (False, False, True)]) == 2 / 3
