"""Whether two clauses make the same point: the one place the draft measures paraphrase.

``similarity(a, b)`` scores two texts from 0 to 1: the larger of rapidfuzz's token-set
ratio and the Dice overlap of their content words (crude stems, synonyms of
``resources/similarity.yaml`` counted as one word). ``same_point(a, b)`` adds what the
clauses must share: tag, party (actor) and, when both have themes, at least one theme.
Swap ``similarity`` for a sentence encoder's cosine without touching the draft.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_rules
from .common import joined_words, words


@lru_cache(maxsize=None)
def _rules() -> tuple[float, int, frozenset[str], dict[str, str], float, int]:
    r = load_rules("similarity.yaml")
    canon: dict[str, str] = {}
    for group in r["synonyms"]:
        for w in group:
            canon.setdefault(stem(w), stem(group[0]))
    return (float(r["threshold"]), int(r["min_shared"]), frozenset(r["stop_words"]), canon,
            float(r["item_threshold"]), int(r["item_min_shared"]))


def stem(word: str) -> str:
    """A crude stem: plural, past, -ing, -ly and -ment endings off ("responsibilities" -> "responsibiliti")."""
    w = re.sub(r"['’]s$", "", word.lower()).strip("'’-")
    for suffix in ("ings", "ing", "ments", "ment", "edly", "ed", "ly", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


@lru_cache(maxsize=20000)
def content_words(text: str) -> frozenset[str]:
    """The text's content words as canonical stems (stop words dropped, synonyms merged)."""
    _, _, stops, canon, _, _ = _rules()
    out = set()
    for w in words(text):
        if w in stops or w.isdigit() or len(w) < 2:
            continue
        s = stem(w)
        out.add(canon.get(s, s))
    return frozenset(out)


@lru_cache(maxsize=None)
def _points() -> dict[str, re.Pattern]:
    return {k: re.compile(v, re.I) for k, v in load_rules("similarity.yaml").get("points", {}).items()}


def set_point(text: str) -> str | None:
    """The name of the set-form point a text states ("purpose", "read_with", "scope"), if any."""
    return next((k for k, rx in _points().items() if rx.search(text)), None)


def similarity(a: str, b: str, min_shared: int | None = None) -> float:
    """0..1: how far two texts say the same thing, in shared wording or in shared content words
    (0 when they share fewer than ``min_shared`` content words or one says more than twice as much)."""
    from rapidfuzz import fuzz

    need = _rules()[1] if min_shared is None else min_shared
    ca, cb = content_words(a), content_words(b)
    if not ca or not cb or min(len(ca), len(cb)) / max(len(ca), len(cb)) < 0.4:
        return 0.0  # one says much more than the other: not the same point
    shared = len(ca & cb)
    dice = 2 * shared / (len(ca) + len(cb)) if ca and cb else 0.0
    if shared < need:
        return 0.0
    return max(fuzz.token_set_ratio(joined_words(a), joined_words(b)) / 100, dice)


def same_point(a: dict, b: dict, item: bool = False) -> bool:
    """Two clause records make the same point: same tag and party (or one names none, or binds both), overlapping
    themes, similar text. ``item``: two items of lists whose lead-ins say the same thing, where the
    lead-in carries the context and a lower bar (``item_threshold``) applies."""
    pa, pb = a.get("actor") or "", b.get("actor") or ""
    if a.get("tag") != b.get("tag") or (pa != pb and pa and pb and "both" not in (pa, pb)):
        return False
    ta, tb = set(a.get("themes") or ()), set(b.get("themes") or ())
    if ta and tb and not ta & tb:
        return False
    sp = set_point(a["text"])
    if sp is not None and sp == set_point(b["text"]):
        return True
    if bool(ta) != bool(tb) and not item:
        return False
    r = _rules()
    if item:
        return similarity(a["text"], b["text"], r[5]) >= r[4]
    return similarity(a["text"], b["text"]) >= r[0]


def threshold() -> float:
    return _rules()[0]


