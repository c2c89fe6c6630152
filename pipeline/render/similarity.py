"""Whether two clauses make the same point: the one place the draft measures paraphrase.

Two signals, combined by ``same_point(a, b)`` after the gates (same tag; same party, or one
names none, or one binds both; overlapping themes when both have some):

- ``overlap(a, b)``: the Dice overlap of the two texts' content words (crude stems, stop words
  dropped, the synonyms of ``resources/similarity.yaml`` counted as one word); weighting words by
  rarity was tried and lost recall on the labelled pairs;
- the cosine of their sentence vectors (``sentence_vectors``): the pretrained sentence
  encoder's token vectors (pipeline.nlp.encoder), averaged with weights that favour rare tokens
  and centred on the texts' own mean, so that what every protocol says ("councillors",
  "officers", "the Council") does not make two clauses look alike.

Two statements of opposite polarity never make the same point: when both texts' first modal is the
same verb and one negates it ("should" / "should not", "may" / "may not", ``opposed``).

A pair makes the same point when its overlap reaches ``overlap_alone``, or its overlap reaches
``overlap_with_vector`` and its cosine ``cosine``; the thresholds were chosen on a labelled set of
clause pairs (tests/data/draft_pairs/, scripts/measure_pairs.py). ``candidate_pairs`` finds the
pairs worth testing without testing every pair. ``similarity`` (the larger of the token-set ratio
and the overlap) still decides list items under lead-ins that say the same thing, and which
wording of a group is the most typical.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from ..resources import load_rules
from .common import joined_words, words


class _Words(NamedTuple):
    """The word-level settings of similarity.yaml."""

    min_shared: int  # content words two clauses must share
    stop_words: frozenset[str]
    canon: dict[str, str]  # a stem -> the stem of the first word of its synonym group
    item_threshold: float  # the bar for two items of lists whose lead-ins say the same thing
    item_min_shared: int
    item_same_themes: float  # ... for items of different councils' lists with the same themes
    modal: re.Pattern  # a text's first modal verb, and whether it is negated
    negated: dict[str, str]  # contracted negations -> their modal ("cannot" -> "can")
    parties: frozenset[str]  # the canonical words of the parties ("councillor", "officer"): shared, they prove nothing


@lru_cache(maxsize=None)
def _rules() -> _Words:
    r = load_rules("similarity.yaml")
    canon: dict[str, str] = {}
    for group in r["synonyms"]:
        for w in group:
            canon.setdefault(stem(w), stem(group[0]))
    negated = {k.lower(): v for k, v in r["polarity"]["negated"].items()}
    modals = "|".join(map(re.escape, r["polarity"]["modals"]))
    neg = "|".join(map(re.escape, sorted(negated, key=len, reverse=True)))
    modal = re.compile(rf"\b(?:({modals})\b(\s+(?:not|never)\b)?|({neg})(?![\w'’]))", re.I)
    return _Words(int(r["min_shared"]), frozenset(r["stop_words"]), canon, float(r["item_threshold"]),
                  int(r["item_min_shared"]), float(r["item_same_themes"]), modal, negated,
                  frozenset(canon.get(stem(w), stem(w)) for w in r["party_words"]))


@lru_cache(maxsize=100000)
def polarity(text: str) -> tuple[str, bool] | None:
    """The text's first modal verb and whether it is negated ("Councillors should not ..." ->
    ("should", True); "Officers cannot ..." -> ("can", True)); None without a modal."""
    m = _rules().modal.search(text)
    return _modal_of(m) if m is not None else None


def _modal_of(m: re.Match) -> tuple[str, bool]:
    """A modal's match as its verb and whether it is negated ("cannot" -> ("can", True))."""
    if m.group(3):
        return _rules().negated[m.group(3).lower()], True
    return m.group(1).lower(), bool(m.group(2))


_NEXT_WORD = re.compile(r"\s+(?:(?:also|always|normally|usually|only|then|still|now|never|be|not)\s+)*([a-z][\w'’-]*)", re.I)


def _modal_verbs(text: str) -> list[tuple[str, bool, str]]:
    """Each modal of the text, in order, with whether it is negated and the verb it governs ("will not tolerate" ->
    ("will", True, "tolerate"))."""
    out = []
    for m in _rules().modal.finditer(text[:2000]):
        verb = _NEXT_WORD.match(text, m.end())
        out.append((*_modal_of(m), verb.group(1).lower() if verb else ""))
    return out


def forbids(text: str) -> bool:
    """The text forbids: its first modal is negated ("should not"), or it is a list item that opens with "Not" or
    "Never" under its lead-in's modal ("Not criticise the Clerk in public or on social media")."""
    found = polarity(text)
    return found[1] if found is not None else bool(re.match(r"\W*(?:not|never)\b", text, re.I))


def opposed(a: str, b: str) -> bool:
    """Two texts whose first modal is the same verb, negated in one only: "should" against "should
    not" is never the same point, however many words they share; nor are a breach by a councillor and a
    breach by an officer ("A breach of this protocol by a councillor may be referred to the Monitoring Officer",
    "Breaches of this protocol by staff may be dealt with under the disciplinary procedure")."""
    pa, pb = polarity(a), polarity(b)
    # (unless one says the other's first modal, negated or not, of the same verb: "The Council will support the Clerk
    # and will not tolerate abusive behaviour ..." and "The Council will not tolerate abusive behaviour ...", reader
    # round 26; "Councillors may not attend staff interviews, as the panel may need ..." and "Councillors may attend
    # staff interviews" stay opposed, adversarial review 32; or the two verbs say one thing, _negation_says_one_thing)
    if pa is not None and pb is not None and pa[0] == pb[0] and pa[1] != pb[1]:
        va, vb = _modal_verbs(a), _modal_verbs(b)
        if not (va and vb and (vb[0] in va or va[0] in vb)) and not _negation_says_one_thing(a, b):
            return True
    ba, bb = _breacher(a), _breacher(b)
    if ba is not None and bb is not None and ba != bb:
        return True
    # nor a concern about a councillor and one about an officer ("Complaints about the Clerk should be sent to the Chair
    # of the Staffing Committee", "The Clerk may raise a grievance about a councillor with the Chairman of the Staffing
    # Committee": reader round 40's parish draft cited the second for the first)
    ca, cb = complained_of(a), complained_of(b)
    return ca is not None and cb is not None and ca != cb


def _negation_says_one_thing(a: str, b: str) -> bool:
    """The first modals of two texts are the same verb, negated in one only, and the verbs they govern say one thing
    (similarity.yaml polarity.same_when_negated: "must not disclose" and "must keep ... confidential", the other's verb
    followed within six words by one of the pair's words), with no other negation in either text."""
    va, vb = _modal_verbs(a), _modal_verbs(b)
    if not va or not vb or va[0][0] != vb[0][0] or va[0][1] == vb[0][1]:
        return False
    (negated, other), positive = ((va[0], vb[0]), b) if va[0][1] else ((vb[0], va[0]), a)
    if sum(w in _contrast()[0] for w in words(a) + words(b)) != 1:
        return False
    for neg, pos, then in load_rules("similarity.yaml")["polarity"].get("same_when_negated") or ():
        if negated[2] in set(neg) and other[2] in set(pos):
            after = re.search(rf"\b{re.escape(other[2])}\b((?:\W+\w+){{1,6}})", positive, re.I)
            if after and any(re.search(rf"\b{re.escape(w)}\b", after.group(1), re.I) for w in then):
                return True
    return False


_BREACHER = re.compile(r"\bbreach\w*\b[^.;]{0,50}?\bby\s+(?:an?\s+|the\s+|any\s+)?(?:individual\s+)?"
                       r"(councillors?|members?|officers?|employees?|staff|clerk)\b|"
                       r"\b(councillors?|members?|officers?|employees?|staff|clerk)\s+who\s+(?:is\s+found\s+to\s+have\s+)?breach", re.I)


@lru_cache(maxsize=100000)  # (asked of both texts of every compared pair: once per text)
def _breacher(text: str) -> str | None:
    """Whose breach a text speaks of: 'member' or 'officer', or None."""
    m = _BREACHER.search(text[:2000])
    if m is None:
        return None
    who = (m.group(1) or m.group(2)).lower()
    return "member" if who.startswith(("councillor", "member")) else "officer"


# ("with" only straight after the concern: "unhappy with an officer", not "raise a concern ... with the Clerk", where the
# concern goes, adversarial review 42)
_COMPLAINED_OF = re.compile(r"\b(?:concerns?|complain\w*|grievances?|unhappy|dissatisfied|problems?)\b"
                           r"(?:[^.;]{0,60}?\b(?:about|against)|\s+with)\s+"
                           r"(?:the\s+(?:conduct|behaviou?r|work|performance|actions?)"
                           r"(?:\s+(?:or|and)\s+(?:conduct|behaviou?r|work|performance|actions?))?\s+of\s+)?"
                           r"(?:an?|the|any|their|his|her|that|another|other|a\s+fellow|fellow)\s+"
                           r"(?:individual\s+|named\s+|fellow\s+|other\s+)?"
                           r"(councillors?|member\s+of\s+staff|members?|officers?|employees?|staff|clerk)\b", re.I)


@lru_cache(maxsize=100000)
def complained_of(text: str) -> str | None:
    """Whom a concern, complaint or grievance in a text is about: 'member' or 'officer', or None."""
    m = _COMPLAINED_OF.search(text[:2000])
    if m is None:
        return None
    who = m.group(1).lower()
    return "member" if who.startswith(("councillor", "member")) and not who.startswith("member of") else "officer"


@lru_cache(maxsize=None)
def _point_rule() -> dict[str, float]:
    """The thresholds of the same-point rule (similarity.yaml ``same_point``)."""
    return {k: float(v) for k, v in load_rules("similarity.yaml")["same_point"].items()}


@lru_cache(maxsize=None)
def reader_rule() -> dict[str, float]:
    """The lower bar two clauses printed in one section of a draft must reach to be one point
    (similarity.yaml ``reader_point``): the section already holds one tag and party."""
    return {**_point_rule(), **{k: float(v) for k, v in load_rules("similarity.yaml")["reader_point"].items()}}


def same_slot(a: dict, b: dict) -> bool:
    """Two clauses of one draft section fill the same slot: the same tag (a role, expectation or
    prohibition), comparable parties, the same themes (or both none), not opposed, and content words
    that overlap by similarity.yaml ``reader_point.same_themes_overlap``. A reader of the section sees
    them as one point said twice."""
    if a["tag"] != b["tag"] or a["tag"] in ("context", "escalation") or not comparable(a, b) or \
            opposed(a["text"], b["text"]):
        return False  # context is every kind of background, escalation a ladder of steps in the same words
    if set(a.get("themes") or ()) != set(b.get("themes") or ()):
        return False
    return overlap(a["text"], b["text"]) >= reader_rule()["same_themes_overlap"]


def same_item_slot(a: dict, b: dict) -> bool:
    """Two items of one draft list, from two councils' lists, fill the same slot: the same themes (at least
    one), not opposed, and two or more content words in common that overlap by similarity.yaml
    ``reader_point.same_themes_overlap`` ("Give them impartial, professional advice, whatever their
    political party" and "Give the same quality of advice to Councillors of every political group"), or
    a short item half of whose words the other has. Their tags may differ: a lead-in sets the frame."""
    ta, tb = set(a.get("themes") or ()), set(b.get("themes") or ())
    if not ta or ta != tb or opposed(a["text"], b["text"]):
        return False
    if a.get("doc_id") is not None and a.get("doc_id") == b.get("doc_id"):
        return False  # one council's own list says each of its points once
    ca, cb = content_words(a["text"]) - _rules().parties, content_words(b["text"]) - _rules().parties
    shared = len(ca & cb)
    if shared >= 2 and overlap(a["text"], b["text"]) >= reader_rule()["same_themes_overlap"]:
        return True  # ("Give access to information" / "Refuse access to personal data" share one word: two points)
    # short items of very different length ("not to be bullied, harassed or put under undue pressure" / "not to
    # be subjected to bullying"), which the Dice overlap leaves at 0: half the shorter one's words are the other's
    return shared >= 1 and shared >= reader_rule()["item_containment"] * min(len(ca), len(cb))


def reader_shared_words() -> int:
    """The content words, besides the parties' names, two printed clauses of different tags or parties
    must share before the same-point rule compares them (similarity.yaml ``reader_shared_words``)."""
    return int(load_rules("similarity.yaml")["reader_shared_words"])


def stem(word: str) -> str:
    """A crude stem: plural, past, -ing, -ly and -ment endings off ("responsibilities" -> "responsibiliti")."""
    w = re.sub(r"['’]s$", "", word.lower()).strip("'’-")
    for suffix in ("ings", "ing", "ments", "ment", "edly", "ed", "ly", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def same_item(a: dict, b: dict) -> bool:
    """Two list items under lead-ins that say the same thing make the same point (never two items of
    one council's list): by ``same_point``'s item bar, or, for items of different councils' lists with the same themes, by a content-word
    overlap of ``item_same_themes`` counting a single shared word ("Act impartially and with political
    neutrality" and "Carry out their duties with political impartiality")."""
    if a.get("doc_id") is not None and a.get("doc_id") == b.get("doc_id"):
        return False  # one council's own list: its items are its distinct points
    if same_point(a, b, item=True):
        return True
    ta, tb = set(a.get("themes") or ()), set(b.get("themes") or ())
    return bool(ta) and ta == tb and a.get("doc_id") != b.get("doc_id") and comparable(a, b) and \
        overlap(a["text"], b["text"], 1) >= _rules().item_same_themes


def item_threshold() -> float:
    """The bar two list items (or an item and a clause) must reach to make the same point."""
    return _rules().item_threshold


def item_min_shared() -> int:
    return _rules().item_min_shared


def canonical(word: str) -> str:
    """A word's stem, or the first word of its synonym group ("Clerk" -> "officer")."""
    s = stem(word)
    return _rules().canon.get(s, s)


@lru_cache(maxsize=20000)
def content_words(text: str) -> frozenset[str]:
    """The text's content words as canonical stems (stop words dropped, synonyms merged)."""
    stops, canon = _rules().stop_words, _rules().canon
    out = set()
    for w in words(text):
        if w in stops or w.isdigit() or len(w) < 2:
            continue
        s = stem(w)
        if s not in stops:  # "Council's" is "council"
            out.add(canon.get(s, s))
    return frozenset(out)


@lru_cache(maxsize=None)
def _points() -> dict[str, re.Pattern]:
    return {k: re.compile(v, re.I) for k, v in load_rules("similarity.yaml").get("points", {}).items()}


@lru_cache(maxsize=100000)  # asked of both texts of every candidate pair: once per text
def set_points(text: str) -> frozenset[str]:
    """Every set-form point a text states (a clause may state two: "balanced advice" that no one may
    "influence")."""
    return frozenset(k for k, rx in _points().items() if rx.search(text))


def same_set_point(a: str, b: str) -> bool:
    """Two texts state a same set-form point (similarity.yaml ``points``: "accountable to the electorate"
    and "responsible to the electorate"), and their first modals are not opposed: a reader sees one point
    twice, whatever the tags and parties the tagger gave them."""
    return bool(set_points(a) & set_points(b)) and not opposed(a, b)


@lru_cache(maxsize=None)
def _lead_in_points() -> dict[str, re.Pattern]:
    return {k: re.compile(v, re.I) for k, v in load_rules("similarity.yaml").get("lead_in_points", {}).items()}


def lead_in_point(text: str) -> str | None:
    """The name of the set-form point a list's lead-in states ("expectations": "X can expect Y to:",
    "X are entitled to:"), if any: two such lead-ins that bind the same party introduce the same list."""
    return next((k for k, rx in _lead_in_points().items() if rx.search(text)), None)


@lru_cache(maxsize=1)
def _bare_lead_in() -> tuple[re.Pattern, dict[str, str]]:
    rule = load_rules("similarity.yaml")["bare_lead_ins"]
    modals = rule["modals"]
    # (both parties, and "at all times": "Councillors and officers must at all times:" over "(a) act with honesty" and
    # "Councillors and officers must:" over "(b) be open and honest with one another", round 83's district draft, 6.4
    # and 6.5, read as one lead-in said twice)
    rx = re.compile(rf"(?P<parties>{rule['party']}(?P<both>\s+and\s+{rule['party']})?)\s+(?P<modal>{'|'.join(modals)})"
                    r"(?P<neg>\s+(?:not|never))?(?:\s+(?:always|also|at\s+all\s+times))?\s*:", re.I)
    return rx, modals


def bare_lead_in(text: str) -> str | None:
    """The kind of a list's lead-in that is a party and its modal alone ("must not": "Councillors shall not:"; "should":
    "Officers should:"), if it is one (similarity.yaml ``bare_lead_ins``); two parties' lead-in names them too ("must
    (councillors and officers)": "Councillors and officers must at all times:")."""
    rx, modals = _bare_lead_in()
    m = rx.fullmatch(text.strip())
    if m is None:
        return None
    kind = modals[m["modal"].lower()] + (" not" if m["neg"] else "")
    # (two parties are a holder of their own: "The Clerk and staff must:" does not join "The Clerk must:", adversarial
    # review 86)
    return kind + " (" + " ".join(m["parties"].lower().split()) + ")" if m["both"] else kind


_ASKS_TO = re.compile(r"(?P<asker>[^,;:]{2,60}?)\s+(?:must|should|shall|will|may)\s+not\s+(?:ask|expect|require|request|"
                      r"press|pressure|instruct|encourage|invite)\s+(?P<asked>[^,;:]{2,40}?)\s+to\s+(?P<rest>.+)", re.I)
_NOT_TO = re.compile(r"(?P<who>[^,;:]{2,60}?)\s+(?:must|should|shall|will|may)\s+not\s+(?:be\s+asked\s+to\s+)?(?P<rest>.+)",
                     re.I)


def mirror_rule(a: str, b: str) -> bool:
    """One side's rule and the other's that says it from the other side: "Councillors should not ask officers to attend a
    group meeting at which people who are not Councillors are present" and "Officers must not attend a political group
    meeting at which people who are not Councillors ... are present, unless the Chief Executive has agreed" (reader round
    x80's district draft, 4.2 and 4.3): the party asked is the one forbidden, and what each forbids overlaps by
    similarity.yaml ``mirror_rule`` (content words besides the parties' names)."""
    rule = load_rules("similarity.yaml")["mirror_rule"]
    parties = _rules().parties
    for x, y in ((a, b), (b, a)):
        m, n = _ASKS_TO.match(x.strip()), _NOT_TO.match(y.strip())
        if not m or not n or _ASKS_TO.match(y.strip()):
            continue
        asked, who = content_words(m["asked"]) & parties, content_words(n["who"]) & parties
        if not asked or asked != who:
            continue
        ca, cb = content_words(m["rest"]) - parties, content_words(n["rest"]) - parties
        shared = len(ca & cb)
        if shared >= int(rule["min_shared"]) and 2 * shared / (len(ca) + len(cb)) >= float(rule["overlap"]):
            return True
    return False


def near_identical(a: str, b: str) -> bool:
    """Two wordings so alike that a reader sees one statement twice, whatever tag, party and themes the tagger gave
    each: their content words besides the parties' names overlap by similarity.yaml ``near_identical`` (at least
    ``min_shared`` of them in common), the first party each names is the same (or one names none) and their first
    modals are not opposed ("Officers will not attend a group meeting at which persons who are not Councillors are
    present, unless the Chief Executive has agreed" and "Officers must not be asked to attend a group meeting at which
    people who are not Councillors are present, unless the Chief Executive has agreed"; but not "If the Clerk has a
    concern about a Councillor, the Clerk should raise it with the Chair" and "A Councillor who has a concern about
    the Clerk should raise it with the Chair of the Staffing Committee": one route each way)."""
    rule = load_rules("similarity.yaml")["near_identical"]
    ca, cb = content_words(a) - _rules().parties, content_words(b) - _rules().parties
    shared = len(ca & cb)
    if shared < int(rule["min_shared"]) or 2 * shared / (len(ca) + len(cb)) < float(rule["overlap"]):
        return False
    return not opposed(a, b) and not contrasts(a, b)


def names_party(text: str) -> bool:
    """The text names a party (a councillor, member, officer, the Clerk, staff: similarity.yaml ``party_words`` with
    their synonyms)."""
    return bool(content_words(text) & _rules().parties)


def mirrored(a: str, b: str) -> bool:
    """Two items, one of each side's "can expect" list, that say the same thing besides the parties' names ("A working
    partnership" under "Councillors can expect from officers:" and under "Officers can expect from Councillors:";
    "Respect, courtesy, integrity and appropriate confidentiality from Officers" and "Respect, courtesy, integrity and
    appropriate confidentiality"): their content words besides the parties' names are the same, or overlap by
    similarity.yaml ``mirrored.overlap`` with ``mirrored.min_shared`` in common, and their modals are not opposed."""
    rule = load_rules("similarity.yaml")["mirrored"]
    ca, cb = content_words(a) - _rules().parties, content_words(b) - _rules().parties
    if not ca or not cb or opposed(a, b) or contrasts(a, b):
        return False
    shared = len(ca & cb)
    return ca == cb or shared >= int(rule["min_shared"]) and 2 * shared / (len(ca) + len(cb)) >= float(rule["overlap"])


_SENTENCE_SPLIT = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
_AND_SPLIT = re.compile(r",\s+and\s+(?=(?:\S+\s+){4,})")  # ", and" before a clause of five words or more


def sentence_repeats(printed: str, candidate: str) -> bool:
    """Every sentence of ``candidate`` is near-identical (``near_identical``) to a sentence of ``printed``, one of them
    holding two or more: "Any dispute about whether a Councillor needs to see a document will be determined by the
    Monitoring Officer." says again the second sentence of a printed "A Councillor may not see information out of
    curiosity. Any dispute about ... will be decided by the Monitoring Officer." The candidate adds nothing, so
    nothing is lost when it is not printed; a candidate that adds a sentence ("Complaints go to the Monitoring Officer.
    Councillors must contact staff directly.") is printed. On the 340 labelled pairs of tests/data/draft_pairs, taken
    both ways, the rule joins only paraphrases."""
    sp, sc = _parts(printed), _parts(candidate)
    if len(sp) == 1 and len(sc) == 1:
        return False
    return all(any(near_identical(x, y) for y in sp) for x in sc)


def _parts(text: str) -> list[str]:
    """A text's sentences, and the halves of a sentence joined by ", and" ("A Councillor does not have a right to
    information simply out of curiosity, and any dispute about whether a Councillor needs to know will be determined by
    the Monitoring Officer": reader round 21 met its second half printed on its own just above)."""
    return [p for s in _SENTENCE_SPLIT.split(text.strip()) for p in _AND_SPLIT.split(s) if p.strip()]


def _opening_verb(text: str) -> str | None:
    """The stem of a list item's first word, the verb it opens on ("Managing the Council's finances" -> "manag")."""
    first = text.split()[:1]
    return stem(first[0].strip(",;:").lower()) if first else None


def same_action(a: str, b: str) -> bool:
    """Two list items that open with the same verb and share what it acts on (similarity.yaml ``same_action``), not
    contrasting: "Managing the Council's finances in accordance with the Financial Regulations" and "Managing the
    Council's finances, accounts and insurance" are one item of a role list; "Managing the staff" and "Managing the
    finances" are two."""
    verb = _opening_verb(a)
    if verb is None or verb != _opening_verb(b):
        return False
    rule = load_rules("similarity.yaml")["same_action"]
    ca, cb = content_words(a) - _rules().parties, content_words(b) - _rules().parties
    shared = ca & cb
    objects = {w for w in shared if not w.startswith(verb[:4])}
    limits = set(rule["limits"])
    if re.findall(r"\d+", a) != re.findall(r"\d+", b) or bool(limits & set(words(a))) != bool(limits & set(words(b))):
        return False
    return len(objects) >= int(rule["min_object"]) and len(shared) >= int(rule["min_shared"]) \
        and len(shared) >= float(rule["containment"]) * min(len(ca), len(cb)) and not opposed(a, b) \
        and not contrasts(a, b)


def same_list_point(a: str, b: str) -> bool:
    """Two items of one printed list make one point (similarity.yaml ``list_item``): they open on the same verb and
    share at least ``min_shared`` content words besides the parties' names, one of them what the verb acts on (more
    than the verb or a light word), with a content-word overlap at the list bar, their modals not opposed and nothing
    contrasting. "Publish the agenda three clear days before the meeting" and "Publish the minutes within one month of
    the meeting" share only the verb and "meeting"; "Approve staff leave requests" and "Refuse …" open on two verbs."""
    verb = _opening_verb(a)
    if verb is None or verb != _opening_verb(b):
        return False
    rule = load_rules("similarity.yaml")["list_item"]
    shared = (content_words(a) & content_words(b)) - _rules().parties
    if len(shared) < int(rule["min_shared"]) or not shared - set(rule["light_words"]) - {canonical(a.split()[0])} \
            or overlap(a, b, 1) < float(rule["overlap"]):
        return False
    # (a route's trailing ", not with the officer in front of others", in one of them only, says where not to go, no
    # opposite of the route: "Raise any concern about their work with their manager" is the same item; where both have
    # one, they are compared whole: "… with the Clerk, not with the Chair" / "… with the Chair, not with the Clerk")
    ta, tb = (a, b) if bool(_TRAILING_NOT.search(a)) == bool(_TRAILING_NOT.search(b)) else \
        (_TRAILING_NOT.sub("", a), _TRAILING_NOT.sub("", b))
    return not opposed(ta, tb) and not contrasts(ta, tb)


_TRAILING_NOT = re.compile(r",\s*(?:and\s+)?(?:not|rather\s+than)\s+(?:with|in|at|through|to|by|via|from|on|directly)\b"
                           r"[^.;,]{0,200}[.;]?$", re.I)


@lru_cache(maxsize=None)
def _contrast() -> tuple[frozenset[str], tuple[str, ...], tuple[frozenset[str], ...], re.Pattern, dict[str, str]]:
    c = load_rules("similarity.yaml")["contrast"]
    roles = sorted(c["roles"], key=len, reverse=True)
    return (frozenset(c["negators"]), tuple(c["opposite_prefixes"]), tuple(frozenset(p) for p in c["opposites"]),
            re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")(?:s|es)?\b", re.I), dict(c["same_role"]))


_INCLUDING = re.compile(r"\bincluding\b[^.;:,()]*", re.I)  # the phrase, to its clause's end or its next comma
_POSSESSIVE = re.compile(r"['’]s?\b")


def _institutions(text: str, m: re.Match) -> bool:
    """Is this role the council's own possessive ("the Council's policies")?"""
    return m.group(1).lower() == "council" and bool(_POSSESSIVE.match(text, m.end()))


def contrasts(a: str, b: str) -> bool:
    """Two wordings that say different things however many words they share (similarity.yaml ``contrast``): a negation
    in one only, a word beside its opposite ("acceptable" / "unacceptable", "permitted" / "prohibited"), different
    figures, or a different role named first ("The Clerk must inform the Chair" / "The Chair must inform the Clerk")."""
    negators, prefixes, opposites, roles, same_role = _contrast()
    wa, wb = words(a), words(b)
    sa, sb = set(wa), set(wb)
    # (a negation inside an "including …" phrase that one wording adds says who is included, not the opposite:
    # "Representing the views of the whole community, including those who did not vote for them" / "Representing the
    # interests of all the residents"; where both have one, their negations are compared as they stand)
    na, nb = (a, b) if _INCLUDING.search(a) and _INCLUDING.search(b) else (_INCLUDING.sub(" ", a), _INCLUDING.sub(" ", b))
    if bool(set(words(na)) & negators) != bool(set(words(nb)) & negators) and not _negation_says_one_thing(a, b):
        return True
    na, nb = {w for w in wa if w.isdigit()}, {w for w in wb if w.isdigit()}
    if na and nb and na != nb:
        return True
    for x, y in ((sa - sb, sb - sa), (sb - sa, sa - sb)):
        if any(w.startswith(p) and w[len(p):] in y for w in x for p in prefixes if len(w) > len(p) + 3):
            return True
    ja, jb = " ".join(wa), " ".join(wb)
    for pair in opposites:
        in_a = {p for p in pair if re.search(r"\b" + re.escape(p) + r"\b", ja)}
        in_b = {p for p in pair if re.search(r"\b" + re.escape(p) + r"\b", jb)}
        if in_a and in_b and in_a != in_b:
            return True
    # the roles each names: the same roles in another order ("The Clerk must inform the Chair" / "The Chair must inform
    # the Clerk"), or each a role the other does not name ("The Mayor may ..." / "The Leader may ...")
    # ("staff" and "officers" are one; "the Council's policies" names a thing of the institution, not who acts:
    # "Decline any request to act outside the law or the Council's policies" / "Officers may refuse a request … that
    # would breach the law", reader round 20; a person's possessive, "the Chair's casting vote", still names the Chair)
    ma = [m for m in roles.finditer(a) if not _institutions(a, m)]
    mb = [m for m in roles.finditer(b) if not _institutions(b, m)]
    ra = list(dict.fromkeys(same_role.get(m.group(1).lower(), canonical(m.group(1))) for m in ma))
    rb = list(dict.fromkeys(same_role.get(m.group(1).lower(), canonical(m.group(1))) for m in mb))
    shared = set(ra) & set(rb)
    # (roles listed one after another, "through the Cabinet, committees and full Council" / "at meetings of the
    # Council, the Executive and committees", name the same bodies in any order: reader round 26)
    if not (_listed(a, ma) and _listed(b, mb)) and [r for r in ra if r in shared] != [r for r in rb if r in shared]:
        return True  # the roles both name, in another order: "The Chair must inform the Clerk (and the Council)"
    return bool(set(ra) - set(rb)) and bool(set(rb) - set(ra))


_LIST_WORDS = frozenset({"and", "or", "the", "full", "its", "their", "committee", "committees", "panel", "panels",
                         "sub-committee", "sub-committees"})


def _list_gap(gap: str) -> bool:
    """Only commas, "and", "or", articles and other bodies ("Planning committees") between two roles, read word by
    word (a pattern of nested repeats took seconds on a long gap: adversarial review 32)."""
    words = gap.lower().split()
    return not re.search(r"[^\w\s,&-]", gap) and all(
        w.strip(",&") in _LIST_WORDS or not w.strip(",&") or k + 1 < len(words)
        and words[k + 1].strip(",&") in ("committee", "committees") for k, w in enumerate(words))


def _listed(text: str, matches: list[re.Match]) -> bool:
    """Are all the roles a text names one list ("the Cabinet, committees and full Council"): between each and the next,
    only commas, "and", "or", articles and other bodies?"""
    return len(matches) > 1 and all(_list_gap(text[x.end():y.start()]) for x, y in zip(matches, matches[1:]))


def restates(a: str, b: str) -> bool:
    """One text says the other whole, word for word, and adds to it (similarity.yaml ``restates``: at least ``words``
    words, all of them in one run of the longer): "Councillors are entitled to the information they
    reasonably need to carry out their duties" and the same "..., but they do not have a right to see documents out of
    curiosity" (reader round 16: "8.5 repeats 8.1 word for word"). The reader meets the shorter again, whatever the
    longer adds, so a contrast in the addition does not part them."""
    rule = load_rules("similarity.yaml")["restates"]
    wa, wb = words(a), words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < int(rule["words"]) or len(long_) > 4 * len(short) + 40:
        return False
    # the shorter's words, every one and in one run, inside the longer: a "not" or another figure inside the run parts
    # them ("may attend" / "may not attend", "within 5" / "within 15 working days": adversarial review 21)
    return f" {' '.join(short)} " in f" {' '.join(long_)} "


_CONDITION = re.compile(r"\s*(?:if|where|when|should)\s+(?P<cond>[^,;:]{5,120}),", re.I)


def same_condition(a: str, b: str) -> bool:
    """Two steps that open on the same condition about a matter, whatever they call it (similarity.yaml
    ``same_condition``): "If the matter cannot be resolved informally, ..." and "If a problem cannot be resolved
    informally, ..." (reader round x80's parish draft, 9.4 and 9.5, read as the next step said twice). A condition of
    fewer than ``min_words`` content words (besides the matter's name) says too little to tell, and one about no matter
    ("When the Clerk is absent") tells nothing of the step. The draft asks the same party too (render/draft.py
    _read_once): two parties' steps on one condition, the officer's grievance and the Staffing Committee's procedure,
    stay two (adversarial review 81)."""
    rule = load_rules("similarity.yaml")["same_condition"]
    ma, mb = _CONDITION.match(a), _CONDITION.match(b)
    if not ma or not mb:
        return False
    generic = frozenset(stem(w) for w in rule["matter_words"])
    # (a condition about a matter, a concern or a complaint, not "When the Clerk is absent": adversarial review 81)
    if not (content_words(ma["cond"]) & generic and content_words(mb["cond"]) & generic):
        return False
    ca, cb = content_words(ma["cond"]) - generic, content_words(mb["cond"]) - generic
    return ca == cb and len(ca) >= int(rule["min_words"]) and not opposed(ma["cond"], mb["cond"])


def same_opening(a: str, b: str) -> bool:
    """Two texts open with the same words (similarity.yaml ``same_opening``: at least ``words`` of them, holding at
    least ``content`` words that are neither stop words nor the parties' names, and at least ``share`` of the shorter
    text's words) and their first modals are not opposed: "The Clerk is the Proper Officer of the Council and ..."
    twice, "Councillors are entitled to the information they reasonably need to carry out their duties" twice, the
    second with a limit added: the reader meets the same statement again. ("Councillors should not ask officers to
    ..." opens many different points: it holds one content word; "The Monitoring Officer of the District Council ..."
    opens a long name, a small share of either text.)"""
    rule = load_rules("similarity.yaml")["same_opening"]
    n = int(rule["words"])
    wa, wb = words(a), words(b)
    common = 0
    while common < min(len(wa), len(wb)) and wa[common] == wb[common]:
        common += 1
    if common < n or common < float(rule["share"]) * min(len(wa), len(wb)) or opposed(a, b) or contrasts(a, b):
        return False
    content = {stem(w) for w in wa[:common] if w not in _rules().stop_words} - _opening_parties()
    return len(content) >= int(rule["content"])


@lru_cache(maxsize=None)
def _opening_parties() -> frozenset[str]:
    """The stems of the parties' names that ``same_opening`` does not count as content words."""
    return frozenset(stem(w) for w in load_rules("similarity.yaml")["same_opening"]["parties"])


def overlap(a: str, b: str, min_shared: int | None = None) -> float:
    """0..1: the Dice overlap of two texts' content words; 0 when they share fewer than
    ``min_shared`` content words, or none but the parties' names (similarity.yaml ``party_words``:
    nearly every clause names councillors or officers), or one has less than 0.4 times the content
    words of the other."""
    need = _rules().min_shared if min_shared is None else min_shared
    ca, cb = content_words(a), content_words(b)
    if not ca or not cb or min(len(ca), len(cb)) / max(len(ca), len(cb)) < 0.4:
        return 0.0
    shared = len(ca & cb)
    if shared < need or (need and not (ca & cb) - _rules().parties):
        return 0.0
    return 2 * shared / (len(ca) + len(cb))


def shared_beyond_parties(a: str, b: str) -> int:
    """How many content words two texts share besides the parties' names (``party_words``)."""
    return len((content_words(a) & content_words(b)) - _rules().parties)


def sentence_vectors(texts: list[str]) -> np.ndarray:
    """Unit vectors of ``texts`` for the cosine of ``same_point``: each text's tokens' vectors from
    the sentence encoder's static table, weighted a / (a + p) by each token's share p of all the
    tokens of ``texts`` (a common token counts for little), then centred on the texts' mean.
    The weights and centre come from the texts compared, so the same texts give the same vectors."""
    from ..nlp.encoder import static_encoder

    enc = static_encoder()
    encoded = enc.tok.encode_batch(list(texts), add_special_tokens=False)
    counts: dict[int, int] = {}
    for e in encoded:
        for i in e.ids:
            counts[i] = counts.get(i, 0) + 1
    total = max(sum(counts.values()), 1)
    a = _point_rule()["rare_weight"]
    out = np.zeros((len(encoded), enc.table.shape[1]), np.float64)
    for row, e in enumerate(encoded):
        if e.ids:
            w = np.array([a / (a + counts[i] / total) for i in e.ids])
            out[row] = (enc.table[e.ids] * w[:, None]).sum(0) / w.sum()
    if len(out) > 1:
        out -= out.mean(0)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms > 0, norms, 1.0)


def attach_vectors(records: list[dict]) -> None:
    """Give each record its sentence vector (``vec``), computed over all of them together."""
    if records:
        for r, v in zip(records, sentence_vectors([r["text"] for r in records])):
            r["vec"] = v


def candidate_pairs(records: list[dict]) -> list[tuple[int, int]]:
    """The pairs (i, j), i < j, of ``records`` that could make the same point: the same tag, and
    enough content words in common for the lower overlap bar (or the same set-form point).
    Every other pair fails ``same_point``, so testing only these gives the same answer, without
    comparing every clause with every other."""
    from scipy.sparse import csr_matrix, triu

    rule = _point_rule()
    need = _rules().min_shared
    low = min(rule["overlap_alone"], rule["overlap_with_vector"])
    sets = [content_words(r["text"]) for r in records]
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, ws in enumerate(sets):
        for w in ws:
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
    pairs: set[tuple[int, int]] = set()
    if vocab:
        x = csr_matrix((np.ones(len(rows), np.float32), (rows, cols)), shape=(len(records), len(vocab)))
        sizes = np.array([len(ws) for ws in sets], np.float64)
        by_tag: dict = {}
        for i, r in enumerate(records):
            by_tag.setdefault(r.get("tag"), []).append(i)
        for members in by_tag.values():  # one tag at a time, filtered in arrays: no Python loop over the product
            idx = np.array(members)
            shared = triu(x[idx] @ x[idx].T, k=1).tocoo()
            i, j, n = idx[shared.row], idx[shared.col], shared.data
            a, b = sizes[i], sizes[j]
            keep = (n >= need) & (2 * n / (a + b) >= low) & (np.minimum(a, b) / np.maximum(a, b) >= 0.4)
            pairs.update(zip(np.minimum(i, j)[keep].tolist(), np.maximum(i, j)[keep].tolist()))
    by_point: dict[tuple, list[int]] = {}
    for i, r in enumerate(records):
        sp = lead_in_point(r["text"]) if r.get("lead") else None
        for point in [sp] if sp is not None else set_points(r["text"]):
            by_point.setdefault((point, r.get("tag")), []).append(i)
    for members in by_point.values():
        pairs.update((i, j) for k, i in enumerate(members) for j in members[k + 1:])
    return sorted(pairs)


def similarity(a: str, b: str, min_shared: int | None = None) -> float:
    """0..1: how far two texts say the same thing, in shared wording or in shared content words:
    the larger of the token-set ratio and ``overlap`` (0 whenever ``overlap`` is)."""
    from rapidfuzz import fuzz

    d = overlap(a, b, min_shared)
    return 0.0 if d == 0 else max(fuzz.token_set_ratio(joined_words(a), joined_words(b)) / 100, d)


def _party(actor: str | None) -> str:
    """The party a clause binds, with the parties of similarity.yaml ``same_party`` as one."""
    return _parties().get(actor or "", actor or "")


@lru_cache(maxsize=None)
def _parties() -> dict[str, str]:
    return {p: group[0] for group in load_rules("similarity.yaml").get("same_party", []) for p in group}


def comparable(a: dict, b: dict) -> bool:
    """The gates two records pass before their words are compared: the same tag; the same party, or
    one names none or binds both; overlapping themes when both have some."""
    pa, pb = _party(a.get("actor")), _party(b.get("actor"))
    if a.get("tag") != b.get("tag") or (pa != pb and pa and pb and "both" not in (pa, pb)):
        return False
    ta, tb = set(a.get("themes") or ()), set(b.get("themes") or ())
    return not (ta and tb and not ta & tb)


def same_point(a: dict, b: dict, item: bool = False, rule: dict | None = None) -> bool:
    """Two clause records make the same point: same tag and party (or one names none, or binds both), overlapping
    themes, and the rule of the module docstring (the cosine counts only when both records carry
    their ``vec``, see ``attach_vectors``). ``item``: two items of lists whose lead-ins say the same
    thing, where the lead-in carries the context and a lower bar (``item_threshold``) applies.
    ``rule``: other thresholds than similarity.yaml's (scripts/measure_pairs.py tries them)."""
    if not comparable(a, b) or opposed(a["text"], b["text"]):
        return False
    ta, tb = set(a.get("themes") or ()), set(b.get("themes") or ())
    pa, pb = set_points(a["text"]), set_points(b["text"])
    if pa & pb:
        return True
    if pa and pb:
        return False  # each states a set-form point, not the same one: "impartial advice" is not "equal treatment"
    if item:
        return similarity(a["text"], b["text"], item_min_shared()) >= item_threshold()
    rule = rule or _point_rule()
    d = overlap(a["text"], b["text"])
    if d >= rule["overlap_alone"]:
        return True
    if bool(ta) != bool(tb):
        return False  # one names a theme the other lacks: only their words can tell
    va, vb = a.get("vec"), b.get("vec")
    return d >= rule["overlap_with_vector"] and va is not None and vb is not None and \
        float(np.dot(va, vb)) >= rule["cosine"]


