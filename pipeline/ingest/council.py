"""The council a document is by, read from its own text: for a build without sources.csv, or a row that leaves
the council blank. A name is a run of capitalised words and a council ending ("Ashbury Parish Council",
"Kelsworth Metropolitan Borough Council", "London Borough of Glebeham"); the one the document names most, counting
its title and its opening lines more, is its council, and the ending says its type. A parish protocol that names its
district's Monitoring Officer a few times still names itself in its title and opening. Rules: resources/councils.yaml.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..model import council_type_of
from ..resources import load_rules

HEAD_CHARS = 1500
MAX_CHARS = 200_000  # the text searched for names: a 50 MB page costs no more than its first 200,000 characters  # the opening of the text, where a document names its council
# furniture reasons of the lines where a document often names its council: running headers and footers, a
# version or approval line, a site's masthead (the ``edges`` given to council_of)
EDGE_REASONS = ("repeated header/footer", "running header", "running footer", "page header", "page footer",
                "document details", "site masthead")
WEIGHT_TITLE, WEIGHT_HEAD, WEIGHT_EDGE = 5, 3, 2  # a mention in the title, the opening, a page's header or footer


@lru_cache(maxsize=1)
def _rules() -> dict:
    r = load_rules("councils.yaml")
    join = "|".join(re.escape(w) for w in r["joining_words"])
    word = r"[A-Z][\w'’]*(?:-[\w'’]+)*\.?"
    run = rf"{word}(?:[ \t]+(?:(?:{join})[ \t]+)*{word}){{0,5}}"
    endings = "|".join(re.escape(e) for e in sorted(r["endings"], key=len, reverse=True))
    prefixes = "|".join(re.escape(p) for p in sorted(r["prefixes"], key=len, reverse=True))
    return {
        "named": re.compile(rf"\b(?P<name>{run})[ \t]+(?P<end>{endings})\b"),
        "prefixed": re.compile(rf"\b(?P<pre>{prefixes})[ \t]+(?P<name>{run})"),
        "prefix_types": dict(r["prefixes"]),
        "not_a_place": set(r["not_a_place"]),
        "joining": set(r["joining_words"]),
        "endings": sorted(r["endings"], key=len, reverse=True),
        "nations": {nation: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
                    for nation, words in r["nation_signals"].items()},
    }


def _place(name: str) -> str | None:
    """The place in a run of capitalised words, without the words before it that are no place ("The", "Full",
    "Each Parish") and without trailing joining words; None when nothing of a place is left."""
    r = _rules()
    words = name.split()
    # ("Constitution of Kestermoor", "MINUTES of the Ordinary Meeting of Wrenholt", "Hearing Sub-Committee of")
    while words and (_word(words[0]) in r["not_a_place"] or words[0] in r["joining"]):
        words.pop(0)
    while words and words[-1] in r["joining"]:
        words.pop()
    if not words or any(_word(w) in r["not_a_place"] for w in words):
        return None
    return " ".join(words)


def _word(w: str) -> str:
    """A word as the not-a-place list spells it: "MINUTES" and "Constitution." are "Minutes", "Constitution"."""
    w = w.rstrip(".")
    return w.capitalize() if w.isupper() and len(w) > 1 else w


def councils_named(text: str) -> list[tuple[str, str | None]]:
    """Every council the text names, in order: (full name, its type or None)."""
    r = _rules()
    found: list[tuple[int, str, str | None]] = []
    covered: set[int] = set()  # where a prefixed name's run starts: "London Borough of X Council" is named once
    for m in r["prefixed"].finditer(text):
        place = _place(m["name"])
        if place:
            found.append((m.start(), f"{m['pre']} {place}", council_type_of(r["prefix_types"][m["pre"]])))
            covered.update(range(m.start(), m.end() + 1))
    for m in r["named"].finditer(text):
        # (the run of capitals takes "Parish" of "Ashbury Parish Council" greedily: the longest ending wins)
        full = f"{m['name']} {m['end']}"
        end = next(e for e in r["endings"] if full.endswith(" " + e))
        place = _place(full[:-len(end) - 1])
        if not place or m.start() in covered or m.start("name") in covered:
            continue
        kind = None if end == "Council" else council_type_of(end.replace("City and District", "district"))
        found.append((m.start(), f"{place} {end}", kind))
    return [(n, k) for _, n, k in sorted(found)]


def council_of(title: str | None, text: str, edges: list[str]) -> tuple[str | None, str | None]:
    """The council a document is by and its type: the name mentioned most, a mention in the title, the opening
    text and the page edges (running headers and footers) counting more. None where no name is mentioned twice
    nor in the title or opening."""
    score: Counter[str] = Counter()
    kinds: dict[str, str | None] = {}
    first: dict[str, int] = {}
    for weight, part in ((WEIGHT_TITLE, title or ""), (WEIGHT_HEAD - 1, text[:HEAD_CHARS]), (1, text[:MAX_CHARS]),
                         (WEIGHT_EDGE, "\n".join(edges)[:MAX_CHARS])):
        for name, kind in councils_named(part):
            score[name] += weight
            kinds.setdefault(name, kind)
            first.setdefault(name, len(first))
    if not score:
        return None, None
    # "Kestonbury Council" in the text and "Kestonbury Metropolitan Borough Council" on its cover: one council, the
    # full name with its type
    for name in [n for n in score if n.endswith(" Council") and kinds[n] is None]:
        place = name[: -len(" Council")]
        fuller = [n for n in score if n != name and kinds[n] is not None
                  and (n.startswith(place + " ") or n.endswith(" of " + place))]
        if len(fuller) == 1:
            score[fuller[0]] += score.pop(name)
    name = max(score, key=lambda n: (score[n], -first[n]))
    if score[name] < 2:
        return None, None
    return name, _nation(kinds[name], text)


def _nation(kind: str | None, text: str) -> str | None:
    """A county or borough council in Wales is `welsh`; a plain "<Name> Council" in Scotland is `scottish`."""
    nations = _rules()["nations"]
    if kind in ("county", "borough") and len(nations["welsh"].findall(text, 0, MAX_CHARS)) >= 2:
        return "welsh"
    if kind is None and len(nations["scottish"].findall(text, 0, MAX_CHARS)) >= 2:
        return "scottish"
    return kind
