"""Kinds of titles that say what part a person plays: shared by the rules (`pipeline.resolve`) and the
learned part model (`pipeline.learned.part_features`)."""

#: Titles of the organizer's own people when their institution is not named ("animatorka", "koordynator projektu").
STAFF_TITLES = frozenset({"animator", "koordynator", "doradca", "asystent", "opiekun", "specjalista", "mentor",
                          "konsultant", "trener", "pracownik", "instruktor"})


#: Staff titles of people hired to teach (docs/annotation.md, Lecturers): when they speak and no institution
#: ties them to the organizer, they are speakers; coordinators and carers stay staff.
LECTURER_TITLES = STAFF_TITLES - {"koordynator", "opiekun", "asystent"}


#: Public offices: their holders, when not the organizer's own people, are the event's guests.
OFFICIAL_TITLES = frozenset({"wójt", "wicewójt", "burmistrz", "wiceburmistrz", "starosta", "wicestarosta", "marszałek",
                             "wicemarszałek", "wojewoda", "wicewojewoda", "prezydent", "wiceprezydent", "poseł",
                             "senator", "minister", "wiceminister", "sekretarz stanu", "podsekretarz", "radny",
                             "przewodniczący rady", "europoseł", "premier", "sołtys", "konsul", "ambasador",
                             "biskup", "arcybiskup", "komendant"})


#: Titles of a body's head: the head who opens or hosts an event speaks for the body that runs it.
HEAD_TITLES = frozenset({"dyrektor", "prezes", "kierownik", "rektor", "prorektor", "dziekan", "przewodniczący",
                         "proboszcz", "komendant", "naczelnik", "kanclerz", "wójt", "burmistrz", "starosta",
                         "marszałek", "prezydent", "sołtys", "szef", "zastępca", "wicedyrektor", "wiceprezes"})
