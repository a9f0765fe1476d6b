"""Small readers of a report's people shared by the roles and parts tests."""


def people(extractor, text):
    """The report's people by name."""
    return {p.name: p for p in extractor.extract(text).people}


def titles(person):
    """The person's role titles."""
    return [r.title for r in person.roles]


def titles_with_orgs(person):
    """The person's roles as (title, organization) pairs."""
    return [(r.title, r.organization) for r in person.roles]
