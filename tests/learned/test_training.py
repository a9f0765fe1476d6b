"""Training helpers: folds by site, rule features left out, cross-validation on held-out sites."""

from __future__ import annotations

from pipeline.learned.training import Example, cross_validate, default_trainer, fold_of, strip_rule_features


def _example(site: str, cue: str, label: str, rule: str) -> Example:
    return Example("001", site, {f"cue={cue}": 1.0, f"rule={rule}": 1.0, f"title=x+rule={rule}": 1.0}, rule, label)


def test_a_site_stays_in_one_fold() -> None:
    assert len({fold_of("gmina-lipno.pl", 5) for _ in range(3)}) == 1
    assert {fold_of(f"site{i}.pl", 5) for i in range(50)} == set(range(5))


def test_rule_features_are_left_out() -> None:
    stripped = strip_rule_features([_example("a.pl", "speaker", "speaker", "guest")])[0]
    assert stripped.features == {"cue=speaker": 1.0}
    assert stripped.rule == "guest"  # the rules' decision stays known, for the comparison


def test_cross_validation_learns_what_the_rules_miss() -> None:
    examples = [_example(f"s{i}.pl", "speaker" if i % 2 else "guest", "speaker" if i % 2 else "guest", "other")
                for i in range(40)]
    result = cross_validate(strip_rule_features(examples), default_trainer(l2=0.3), folds=5)
    assert result["rules"] == 0.0
    assert result["model"] == 1.0


def test_extra_examples_train_every_fold_and_are_never_scored() -> None:
    """The team corpus (`--corpus`) teaches what the cards rarely show (here: the only "staff" examples), and the
    figure stays one of held-out card pages."""
    cards = [_example(f"s{i}.pl", "speaker", "speaker", "other") for i in range(20)]
    cards += [_example(f"t{i}.pl", "staff", "organizer_staff", "other") for i in range(2)]
    corpus = [_example(f"corpus:{i}", "staff", "organizer_staff", "other") for i in range(30)]
    alone = cross_validate(strip_rule_features(cards), default_trainer(l2=3), folds=5)
    helped = cross_validate(strip_rule_features(cards), default_trainer(l2=3), folds=5,
                            extra=strip_rule_features(corpus))
    assert helped["examples"] == alone["examples"] == 22
    assert helped["model"] > alone["model"]
