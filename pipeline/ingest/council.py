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

HEAD_CHARS = 1500  # the opening of the text, where a document names its council
MAX_CHARS = 200_000  # the text searched for names: a 50 MB page costs no more than its first 200,000 characters
# furniture reasons of the lines where a document often names its council: running headers and footers, a
# version or approval line, a site's masthead (the ``edges`` given to council_of)
EDGE_REASONS = ("repeated header/footer", "running header", "running footer", "page header", "page footer",
                "document details", "site masthead")
UNPLACED_MENTIONS = 3  # a plain "<Name> Council" named only in the body counts from this many mentions
LEAD_CHARS = 200  # a title or first line longer than this is prose, not a heading
WEIGHT_TITLE, WEIGHT_HEAD, WEIGHT_EDGE = 5, 3, 2  # a mention in the title, the opening, a page's header or footer


@lru_cache(maxsize=1)
def _rules() -> dict:
    r = load_rules("councils.yaml")
    # joining words are lower case and a word starts with a capital, so a run splits one way only; every part is
    # bounded, so a hostile line of "St St St …" or "A-A-A-…" costs linear time
    join = "|".join(re.escape(w) for w in r["joining_words"] if w[:1].islower())
    # (a full stop ends a sentence, not a word of a name, but for an abbreviation: "May. Ashbury Parish Council" is
    # Ashbury's, "St. Albans City Council" St. Albans's)
    word = r"(?:(?:St|Gt|Mt|Ste)\.|[A-Z][\w'’]{0,40}(?:-[\w'’]{1,40}){0,4})"
    run = rf"{word}(?:[ \t]{{1,3}}(?:(?:{join})[ \t]{{1,3}}){{0,3}}{word}){{0,5}}"
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
    "Each Parish"); None when nothing of a place is left or the run ends in a joining word."""
    r = _rules()
    words = name.split()
    # ("Constitution of Kestermoor", "MINUTES of the Ordinary Meeting of Wrenholt", "Hearing Sub-Committee of")
    while words and (_word(words[0]) in r["not_a_place"] or words[0] in r["joining"]):
        words.pop(0)
    if words and words[-1] in r["joining"]:
        return None  # "Contacting the Town Council": a reference to a kind of council, not a name
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
    """The council a document is by and its type. A council the title names, or else the document's first line,
    is its council however often others are named ("Evilton Parish Council" above a protocol that sends complaints
    to its district nine times). Otherwise the name mentioned most, a mention in the opening text and the page
    edges (running headers and footers) counting more. A plain "<Name> Council" with no type ("Fife Council",
    but also "the Security Council") counts where a council names itself (the title, the opening, the page
    edges) or from three mentions; words that never name a place ("Security", "Premier") are in councils.yaml.
    None where no name is mentioned twice nor in the title or opening."""
    title, text, edges = _uncapped(title or ""), _uncapped(text[:MAX_CHARS]), [_uncapped(e) for e in edges]
    score: Counter[str] = Counter()
    kinds: dict[str, str | None] = {}
    first: dict[str, int] = {}
    placed: set[str] = set()  # names seen in the title, the opening or the edges
    mentions: Counter[str] = Counter()  # how often each is named in the text
    on_edges: Counter[str] = Counter()  # ... and in the running headers and footers
    for where, weight, part in (("title", WEIGHT_TITLE, title or ""), ("opening", WEIGHT_HEAD - 1, text[:HEAD_CHARS]),
                                ("text", 1, text[:MAX_CHARS]), ("edge", WEIGHT_EDGE, "\n".join(edges)[:MAX_CHARS])):
        for name, kind in councils_named(part):
            score[name] += weight
            kinds.setdefault(name, kind)
            first.setdefault(name, len(first))
            if where == "text":
                mentions[name] += 1
            else:
                placed.add(name)
            if where == "edge":
                on_edges[name] += 1
    for name in [n for n in score if kinds[n] is None and n not in placed and mentions[n] < UNPLACED_MENTIONS]:
        del score[name]
    if not score:
        return None, None
    # "Kestonbury Council" in the text and "Kestonbury Metropolitan Borough Council" on its cover: one council, the
    # full name with its type
    merged: dict[str, str] = {}
    for name in [n for n in score if n.endswith(" Council") and kinds[n] is None]:
        place = name[: -len(" Council")]
        fuller = [n for n in score if n != name and kinds[n] is not None
                  and (n.startswith(place + " ") or n.endswith(" of " + place))]
        if len(fuller) == 1:
            score[fuller[0]] += score.pop(name)
            merged[name] = fuller[0]
    lead = _lead(title, text)
    lead = merged.get(lead, lead) if lead else None
    if lead and any(n != lead and k >= 2 and k > on_edges[lead] for n, k in on_edges.items()):
        lead = None  # the running headers of every page name another council: they say whose document it is
    if lead in score:
        name = lead
    else:
        # (an authority that does not head the document is one the council works with: "Devon and Somerset Fire and
        # Rescue Authority" in Mid Devon District Council's protocol, "the Greater Manchester Combined Authority" in
        # Bolton Council's; a council named twice or more wins over it)
        councils = [n for n in score if not n.endswith(" Authority") and score[n] >= 2]
        name = max(councils or score, key=lambda n: (score[n], -first[n]))
    if score[name] < 2:
        return None, None
    return name, _nation(kinds[name], text)


def _uncapped(text: str) -> str:
    """Short lines set in capitals written as names are ("LITTLE BRACKWELL PARISH COUNCIL" is "Little Brackwell Parish
    Council", "LONDON BOROUGH OF KELSTEAD" "London Borough of Kelstead"), so that a title in capitals names its council."""
    if not re.search(r"\b(?:COUNCIL|BOROUGH|CYNGOR)\b", text):
        return text
    joining = _rules()["joining"]

    def name_case(m: re.Match) -> str:
        line = m.group(0)
        if len(line) > LEAD_CHARS or not line.isupper():
            return line
        return " ".join(w.lower() if w.lower() in joining else w[:1] + w[1:].lower() for w in line.split(" "))

    return re.sub(r"[^\n]+", name_case, text)


def _lead(title: str | None, text: str) -> str | None:
    """The council that heads the document: the one its title or else its first line opens with ("Evilton Parish
    Council", "The Kelsworth District Council – Member/Officer Protocol"), when that line is a heading (at most
    LEAD_CHARS characters) and names no other council. "Model protocol produced by Kelsworth District Council" heads
    nothing: it names whose model the document is."""
    for part in (title or "", _first_line(text)):
        part = part.strip()
        if not part or len(part) > LEAD_CHARS:
            continue
        named = councils_named(part)
        names = {n for n, _ in named}
        if len(names) > 1:
            return None
        if names and re.match(r"(?:the\s+)?" + re.escape(named[0][0].split()[0]), part, re.I):
            return named[0][0]
    return None


def _first_line(text: str) -> str:
    return next((line for line in text[:HEAD_CHARS].splitlines() if line.strip()), "")


def _nation(kind: str | None, text: str) -> str | None:
    """A county or borough council in Wales is `welsh`; a plain "<Name> Council" in Scotland is `scottish`."""
    nations = _rules()["nations"]
    if kind in ("county", "borough") and len(nations["welsh"].findall(text, 0, MAX_CHARS)) >= 2:
        return "welsh"
    if kind is None and len(nations["scottish"].findall(text, 0, MAX_CHARS)) >= 2:
        return "scottish"
    return kind
