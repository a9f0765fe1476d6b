"""The compiled-pattern cache of the start-up: rebuilt patterns are the ones `re` compiles, in a fresh
interpreter each time (the cache is filled once per process)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from pipeline import regex_cache

PATTERNS = [
    (r"(?P<dzien>\d{1,2})\s+(?P<miesiac>stycznia|lutego|marca)", 0),
    (r"\bwójt\w*\s+gminy\s+[A-ZŁŚŻŹ]\w+", re.IGNORECASE),
    (r"^[ \t]*•\s*(.+)$", re.MULTILINE),
    (r"(?<=\d)r\.$|[\u00A6\u00A9\u00AE\u00B0]+|(?:ul|al|pl)\.(?=\s)", 0),
    (r"(?x) (\d+) \s* (os[oó]b|uczestnik\w*)", 0),
]

SCRIPT = """
import re, sys
from pipeline import regex_cache
patterns = {patterns!r}
loaded = regex_cache.prefill()
for pattern, flags in patterns:
    re.compile(pattern, flags)
for i in range(12):  # more new patterns than REWRITE_AFTER
    re.compile("zebranie sołeckie nr %d" % i)
print(loaded, regex_cache.save())
for pattern, flags in patterns:
    fresh = re._compiler.compile(pattern, flags)
    cached = re.compile(pattern, flags)
    assert cached == fresh and cached.groupindex == fresh.groupindex and cached.flags == fresh.flags
"""


def run(cache: Path | str) -> str:
    env = dict(os.environ, PL_EVENTS_CACHE=str(cache))
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1]) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(patterns=PATTERNS)], capture_output=True,
                          text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_rebuilt_pattern_is_the_compiled_one():
    for pattern, flags in PATTERNS + [(rb"(?P<n>[\x00-\x7f]+)", 0)]:
        compiled = re._compiler.compile(pattern, flags)
        key = (type(pattern), pattern, flags)
        rebuilt = regex_cache._build(key, regex_cache._entry(key, compiled))
        assert rebuilt == compiled and rebuilt.groupindex == compiled.groupindex
        assert rebuilt.flags == compiled.flags and rebuilt.groups == compiled.groups


def test_second_start_takes_the_patterns_from_the_file(tmp_path):
    assert run(tmp_path) == ["0", "True"]
    assert len(list(tmp_path.glob("regex-*.marshal"))) == 1
    loaded, written = run(tmp_path)
    assert int(loaded) >= len(PATTERNS) + 12 and written == "False"


def test_a_damaged_file_is_ignored_and_rewritten(tmp_path):
    run(tmp_path)
    (path,) = tmp_path.glob("regex-*.marshal")
    path.write_bytes(b"\x00not a cache")
    assert run(tmp_path) == ["0", "True"]
    assert run(tmp_path)[1] == "False"


def test_the_cache_can_be_switched_off(tmp_path):
    assert run("off") == ["0", "False"]
    assert not list(tmp_path.iterdir())
