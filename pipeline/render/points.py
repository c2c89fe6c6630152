"""The points a protocol's clauses make (resources/similarity.yaml ``points`` and ``reader_points``): what lets
a draft read each point once.

``points_of(text)`` is the set of point ids whose pattern a text matches. ``read_points_once(sections)``
walks a draft's sections in the order they claim their clauses and drops each clause or list item whose
points were made before it, moving its wording and sources to the clause that made them first, and each
clause whose points a clause the reader meets above it (or further down its own section) makes with more. A clause is never reworded or split: it is printed whole or not at all.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable
from typing import Protocol

from ..resources import load_rules
from .common import item_letter
from .similarity import complained_of, similarity

_REASON = re.compile(r"(?:,\s*|\s+)(?:since|because|given\s+that)\s+(?=\w)|,\s*as\s+(?=(?:they|officers|councillors|members|"
                     r"staff|employees|the\s+clerk|it|this)\b)", re.I)  # where a clause's reason starts
MAX_CHARS = 5000  # a clause longer than this is matched on its first MAX_CHARS characters


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """Each point's pattern: its set form (``points``) or its reader's wordings (``reader_points``), or both,
    under the id it is read as (``same_points``)."""
    rules = load_rules("similarity.yaml")
    same = rules.get("same_points") or {}
    ids = [p for p in dict.fromkeys([*rules["points"], *rules["reader_points"]]) if p not in rules["not_read_once"]]
    return tuple((same.get(pid, pid), re.compile("|".join(f"(?:{rules[k][pid]})" for k in ("points", "reader_points")
                                           if pid in rules[k]), re.I)) for pid in ids)


@lru_cache(maxsize=20000)
def points_of(text: str) -> frozenset[str]:
    """The ids of the points (similarity.yaml) this text makes."""
    text = text[:MAX_CHARS]
    return frozenset(pid for pid, p in _patterns() if p.search(text))


class _Unit(Protocol):  # a DraftClause or a DraftItem: what is printed, and where it came from
    text: str
    sources: list[str]


def read_points_once(sections: list, whole: Callable[[str], bool] = lambda lead_in: False,
                     order: list[str] | None = None) -> int:
    """Drop, in place, every clause and list item of ``sections`` (DraftSection) whose points were all made
    by a clause or item read before it that binds the same side (``DraftClause.side``; any side for a point
    in similarity.yaml ``sideless_points``, such as protection for whoever raises a concern), or all but one of
    three or more (two for a list item) when that one is a point that rides along (similarity.yaml ``riding_points``: "undue
    pressure" in "do not press the Clerk to alter advice or a report"); every item of a list whose lead-in
    must stay ``whole`` ("four main areas of responsibility:") is kept but still makes its points. A list
    left with one item is dropped whole (a lead-in over a lone "(a)" reads as a list cut short). The
    dropped wording joins the other wordings of the clause that made the point first, its sources that
    clause's note. ``order`` (section ids) reads the sections in that order instead, the sections that claim
    their clauses first (draft.yaml ``claim_order``): "Keep confidential any information the Clerk gives them",
    an item of what officers can expect, gives way to the confidentiality section's own clause, not the
    reverse, which emptied that section. Returns the number of clauses and items dropped."""
    made: dict[str, list[tuple]] = {}  # point id -> (clause, the side it binds) of each clause that made it
    riding = frozenset(load_rules("similarity.yaml")["riding_points"])
    sideless = frozenset(load_rules("similarity.yaml")["sideless_points"])
    broad = frozenset(load_rules("similarity.yaml")["broad_points"])
    dropped = 0

    def home_of(unit: _Unit, clause, may_drop: bool, item: bool = False):
        """The clause that made ``unit``'s points before it (``unit`` is ``clause`` or one of its items), or
        None when ``unit`` is printed (its points are then made)."""
        pts, side = points_of(unit.text), getattr(clause, "side", None)
        # (a clause read later that says a dropped clause's points again is listed as making them, marked so: it
        # does not repeat itself; the items of one list do repeat each other, and are listed under their clause)
        # (nor does a concern about an officer make the point of one about a councillor: "A Councillor with a concern
        # about another Councillor should speak to them informally first" is not 9.2's concern about an officer,
        # adversarial review 42)
        about = complained_of(unit.text)
        others = {p: [m for m in made.get(p, []) if not (len(m) > 2 and m[0] is clause)
                      and not (about and complained_of(getattr(m[0], "text", "")) not in (None, about))] for p in pts}
        makers = {p: (others[p][0] if p in sideless and others[p] else _maker(others[p], side)) for p in pts}
        new = [p for p in pts if not makers[p]]
        # the clauses above in this section that made one of its pointed points for its side, or for either side where
        # one of them binds both and the point is one whoever it binds ("At meetings the Clerk will advise on law and
        # procedure. ... where they decide not to follow it, their reasons should be recorded in the minutes" under "(g)
        # ... accept that the Clerk will record in the minutes any advice that the Council decides not to follow":
        # reader round 65's parish draft rebuilt, 6.1(g) and 6.2)
        near = [m[0] for p in sorted(pts - broad) for m in others[p]
                if id(m[0]) in here and m[0] is not clause and (m[1] == side or p in sideless and "both" in (m[1], side))]
        # (not an item above it in its own list: "(b) Tell them about press releases affecting their ward" adds a rule to
        # "(a) Keep them informed of matters affecting their ward", and dropping it left a list of one, dropped whole:
        # adversarial review 48)
        # (and a clause of three points that adds one, worded much as a clause above that made one of the others, as
        # "Officers attending a group meeting will give factual information and professional advice only, and will leave
        # before any discussion of party political matters" under "Officers will not attend any part of a group meeting
        # where party business is discussed, and will not be asked to advise on ... party political strategy": reader
        # round 30's district draft, rebuilt)
        # (a list item needs only one other point: "Not to be bullied or put under undue pressure" repeats "must
        # not bully ... the Clerk"; a clause's one riding point of two may be what it is about; a clause of two
        # points that adds one to a point above, worded much as that clause is, reads as it again: see _close)
        # (and a clause or item of two points that shares one, not a broad one, with a clause above it in its own
        # section for the same side (``near``): the reader meets that point twice a few lines apart, "The Chair ... has
        # no more power to instruct the Clerk than any other Councillor" above "The Chair is not the Clerk's line
        # manager and cannot give the Clerk any instruction", "Agreeing policies ..." under "Councillors ... set its
        # policies, priorities and budget": the 400-document parish draft's 4.1 and 4.3, 2.1 and 2.2(a), read in
        # rounds 7 and 8; its wording stays among the other wordings)
        if may_drop and pts and (not new or (len(pts) >= (2 if item else 3) and len(new) == 1 and new[0] in riding) or (
                len(pts) in (2, 3) and len(new) == 1
                and (not item and _close(unit.text, pts, makers) or len(pts) == 2 and near))):
            return near[0] if near else makers[sorted(p for p in pts if makers[p])[0]][0]
        # (a clause of three or more points, at least half of them, two or more, made by one clause above: the reader
        # meets that clause again with something added: "Councillors provide strategic leadership. They set the
        # Council's policies and budget and scrutinise ...; they are not responsible for operational management" under
        # "Councillors are elected to represent their wards, to set the Council's priorities and budget and to hold the
        # Cabinet to account", the 400-document district draft's 2.2 and 2.3)
        # (a clause whose main statement makes only points made above, one of them not broad, and adds its reason,
        # "No individual Councillor has authority to instruct an officer ..., since officers are employed by the
        # Council as a whole" under "Councillors ... have no power to instruct officers other than through the
        # decision-making processes of the Council": the reader meets the rule twice, round 53's district draft 2.5)
        reason = _REASON.search(unit.text[:MAX_CHARS])
        main = points_of(unit.text[:reason.start()]) if reason is not None and reason.start() >= 30 else frozenset()
        if may_drop and not item and main and main < pts and main - broad and all(makers[p] for p in main):
            return makers[sorted(main)[0]][0]
        # (every clause above that made one of its points counts, not only the first to make it: "Employees advise
        # Councillors, put the Council's decisions into practice and deliver services" under "Officers are responsible
        # for giving advice to Councillors, for implementing the policies and decisions of the Council ...", whose advice
        # a Monitoring Officer's clause above both had made first: reader round 77's 29-document district draft, 3.2-3.3)
        shared_with = [c for p in pts for c in {id(m[0]): m[0] for m in others[p]
                                                 if p in sideless or _maker([m], side)}.values()]
        top = max(set(map(id, shared_with)), key=lambda k: sum(id(c) == k for c in shared_with), default=None)
        shared = sum(id(c) == top for c in shared_with)
        if may_drop and not item and len(pts) >= 3 and shared >= 2 and 2 * shared >= len(pts):
            return next(c for c in shared_with if id(c) == top)
        for p in pts:
            made.setdefault(p, []).append((clause, side))
        return None

    rank = {sid: k for k, sid in enumerate(order or [])}
    in_order = sorted(sections, key=lambda sec: rank.get(getattr(sec, "id", None), len(rank)))
    said_again = _said_again_below(in_order, riding, sideless, broad)
    homes_below: list[tuple] = []  # (section, clause): a clause read later makes a dropped clause's points
    for section in in_order:
        kept_clauses = []
        here: set[int] = set()  # the clauses of this section read so far
        for clause in section.clauses:
            here.add(id(clause))
            if id(clause) in said_again:  # its points count as made, by the clause that says them again
                home = said_again[id(clause)]
                for p in points_of(clause.text):
                    made.setdefault(p, []).append((home, getattr(home, "side", None), "said again"))
                _move(clause, home)
                homes_below.append((section, home))
                dropped += 1
                continue
            if clause.items:
                homes = [home_of(it, clause, not whole(clause.text), item=True) for it in clause.items]
                kept_items = [it for it, h in zip(clause.items, homes) if h is None]
                for it, h in zip(clause.items, homes):
                    if h is not None:
                        _move(it, h)
                        dropped += 1
                if len(kept_items) <= 1 < len(clause.items):
                    home = next((h for h in homes if h is not None), None)
                    clause.items = kept_items
                    if home is not None:
                        _move(clause, home)
                        _made_above(section, home)
                    dropped += 1
                    continue
                for k, item in enumerate(kept_items):
                    item.letter = item_letter(k)
                clause.items = kept_items
            else:
                home = home_of(clause, clause, True)
                if home is not None:
                    _move(clause, home)
                    _made_above(section, home)
                    dropped += 1
                    continue
            kept_clauses.append(clause)
        if kept_clauses and len(kept_clauses) != len(section.clauses):
            prefix, first = kept_clauses[0].number.rsplit(".", 1)[0], _first_number(section.clauses)
            for k, clause in enumerate(kept_clauses, first):
                clause.number = f"{prefix}.{k}"
        section.clauses = kept_clauses
    for section, home in homes_below:  # its number is final only now
        _made_above(section, home)
    return dropped


def _close(text: str, pts: frozenset, makers: dict) -> bool:
    """A clause above that made one of ``text``'s points words it much as ``text`` does (similarity.yaml
    ``read_once.similar``): "Officers attending a group meeting ... will leave before any discussion of party
    tactics" under "Officers will not attend any part of a group meeting where party business is discussed"."""
    bar = float(load_rules("similarity.yaml")["read_once"]["similar"])
    return any(makers[p] and similarity(text, makers[p][0].text) >= bar for p in pts)


def _said_again_below(in_order: list, riding: frozenset, sideless: frozenset = frozenset(),
                      broad: frozenset = frozenset()) -> dict[int, object]:
    """id(clause) -> the clause read after it that makes every one of its points and more, for the same
    side (or, for points all in ``sideless``, a council body's clause in a section above it): "It is not the role of Councillors to involve themselves in day-to-day management", read first (its
    section claims its clauses first), is said again by "Councillors set policy and scrutinise; they are not
    responsible for the operational management of services", which the reader meets above it. Only clauses
    without a list, and not a clause of one point that rides along (a clause that only says "do not put officers under
    undue pressure" stays beside one that says so about their advice; one that says "do not pressure the Clerk to
    change their advice" is said again by "The Clerk gives independent advice ...; Councillors should not pressure the
    Clerk to change it", the 400-document parish draft's 7.6 and 2.3, read in rounds 17 to 19), nor one whose every point
    is in ``broad``."""
    plain = [(c, points_of(c.text), (getattr(sec, "number", 0), k)) for sec in in_order
             for k, c in enumerate(sec.clauses) if not c.items]
    out: dict[int, object] = {}
    said: set[str] = set()  # the points of the clauses read before: a clause they make is read_points_once's
    for k, (clause, pts, at) in enumerate(plain):
        before, said = said, said | pts
        # (nor a clause whose every point is a broad one: "Officer support to political groups must not extend beyond
        # ... Council business. Officers must not be involved in advising on matters of party business" makes only the
        # broad point that officers advise, and is not said again by "Officers are responsible for giving professional
        # advice to Councillors, for implementing the decisions ...": the 670-document district draft of round 77)
        if not pts or (len(pts) == 1 and pts <= riding) or pts <= before or pts <= broad:
            continue
        side = getattr(clause, "side", None)
        for later, later_pts, later_at in plain[k + 1:]:
            # in a section printed above it, or further down its own section (the reader meets it, then it again
            # with more: "Officers serve the Council as a whole", then "Officers are employed by the Council as a
            # body. Their role is to give advice, to carry out its decisions ..."); every point of it and more, not
            # only points that ride along; or, from a section above, all but one of three or more, two of them
            # shared, and more besides (the forward rule of read_points_once, read the other way)
            superset = pts < later_pts and not later_pts - pts <= riding
            again = (later_at[0] < at[0] and (superset or (len(pts) >= 3 and len(pts - later_pts) == 1
                                                            and len(pts & later_pts) >= 2 and len(later_pts) > len(pts))))\
                or (later_at[0] == at[0] and superset)
            # (any side, where every point of it is one whoever it binds, the clause that says it again stands in a section
            # above it and binds the council: "the Clerk may raise a formal grievance ..., which will be heard by
            # the Staffing Committee" is said again by "The Staffing Committee is responsible for the Clerk's appraisal ...
            # and for hearing any grievance", reader round 65's parish draft, 9.4 and 3.2; not "Councillors must not ask
            # officers to help with ... campaigning" by "Officers will not attend any part of a group meeting where party
            # business is discussed")
            body = pts <= sideless and later_at[0] < at[0] and getattr(later, "side", None) == "council"
            if again and id(later) not in out and (body or _maker([(later, getattr(later, "side", None))], side)):
                out[id(clause)] = later
                break
    return out


def _maker(makers: list[tuple], side: str | None):
    """The clause above that made a point for ``side``: one that binds the same side (none counts as a side,
    unlike draft._one_side, where a head that names none matches any) or both; for a clause that binds both,
    a clause that binds both or one for each side ("Officers keep confidences" and "Councillors keep confidences"
    are two points; "Everyone keeps confidences" is each, and repeats them only once both are made; a step that
    names no party does not repeat a councillor's or an officer's route)."""
    hit = next((m for m in makers if m[1] == side or m[1] == "both"), None)
    if hit is not None or side != "both":
        return hit
    member = next((m for m in makers if m[1] == "member"), None)
    officer = next((m for m in makers if m[1] == "officer"), None)
    return member if member is not None and officer is not None else None


def _made_above(section, home) -> None:
    """Note, on the section, the clause that now makes one of its points (the clause itself: later steps may number it
    anew, or fold it into another, before the draft is printed; adversarial review 79)."""
    if not any(h is home for h in section.made_above):
        section.made_above.append(home)


def _first_number(clauses: list) -> int:
    try:
        return int(clauses[0].number.rsplit(".", 1)[1])
    except (IndexError, ValueError):
        return 1


def _move(unit: _Unit, home) -> None:
    """``unit``'s wording becomes one of ``home``'s other wordings, its sources ``home``'s too."""
    home.sources = sorted(set(home.sources) | set(unit.sources))
    items = getattr(unit, "items", None) or []
    home.others.append({"ref": "; ".join(unit.sources), "text": " ".join([unit.text] + [i.text for i in items])})
    home.others.extend(getattr(unit, "others", None) or [])
    if hasattr(unit, "themes"):
        home.themes = sorted(set(home.themes) | set(unit.themes))
