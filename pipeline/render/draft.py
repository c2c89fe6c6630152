"""Render II: a harmonised draft protocol for a named council, from the tagged clauses.

``build_draft(clauses, options) -> Draft`` selects clauses from the structured
dataset into the sections of ``resources/draft.yaml`` by tag, actor and theme,
merges near-identical wordings across councils, keeps the wording most councils
share (then the clearest: highest confidence, then the shortest), substitutes the
council's own terms, and cites every clause's sources. ``render_text`` fills the
Markdown and HTML templates; ``write_docx`` (word.py) writes the same structure to Word.
``write_draft`` does it all from a built folder: the library call behind ``protocols draft``.
Clause text is never reworded: only the terms below are substituted, and a list
item that cannot stand alone keeps its lead-in in front of it.

Over 600 lines on purpose: choosing, merging, ordering and numbering the points are one
chain of steps over the same records; the rules it reads are in fit.py, similarity.py and the YAML.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import combinations
from pathlib import Path

import pandas as pd

from ..ingest.clean import HIDDEN, LINE_CONTROL
from ..model import COUNCIL_TYPES
from ..nlp.themes import load_themes
from ..resources import load_rules
from .common import environment, item_letter, joined_words, plain_text, words
from .compare import coverage, step_target
from .fit import (applies_to, clause_nation, foreign_names, inferred_kinds, kind_of, nation_of_type, nations,
                  nations_of_type, not_draft_reason, own_setup_names, place_name, record_documents, type_of_kind)
from .points import points_of, read_points_once
from .similarity import (attach_vectors, bare_lead_in, candidate_pairs, canonical, comparable, complained_of, content_words, forbids,
                         item_min_shared, item_threshold, lead_in_point, mirror_rule, near_identical, opposed, overlap, reader_rule,
                         mirrored, names_party, reader_shared_words, restates, same_action, same_item, same_item_slot, same_list_point,
                         same_condition, same_opening, same_point, same_set_point, same_slot, sentence_repeats, set_points,
                         shared_beyond_parties, similarity)
CHAIR_TERMS = ("chair", "chairman", "chairperson")  # the words the sources use for the office, one chosen throughout
OPTION_FIELDS = ("council", "council_type", "member_term", "senior_officer", "monitoring_officer",
                 "personnel_committee")


class DraftError(ValueError):
    """A draft cannot be made: the message says which parameter or input is wrong."""


@dataclass
class DraftOptions:
    council: str
    council_type: str
    member_term: str
    senior_officer: str
    monitoring_officer: str
    personnel_committee: str
    chair_term: str = "Chair"  # what the draft calls the chair of the council or a committee ("Chairman" becomes it)
    executive_term: str = "Cabinet"  # a principal council's executive: "the Executive" becomes "the Cabinet", or back
    adoption_date: str | None = None
    review_years: int = 2
    base: str | None = None
    draft_date: str | None = None  # ISO date shown on the draft and in its properties; default today
    nation: str = "england"  # england, wales or scotland: set by the council type where it settles it
    pledges: bool = False  # add an annex of the first-person pledges the sources share
    committee: bool = False  # a copy for committee: the protocol's text only, without the drafting notes (see _context)

    @property
    def local(self) -> bool:
        """A parish, town or community council (by its name, then its type)."""
        return kind_of(self.council_type, self.council) == "local"

    @property
    def review_period(self) -> str:
        """How often the protocol is reviewed, in words as the draft's other figures are ("two years", "year"): readers
        of round 52 read "every 2 years" beside "five working days"."""
        words = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
        n = self.review_years
        return "year" if n == 1 else f"{words[n] if n < len(words) else n} years"

    @property
    def reviewer(self) -> str:
        """Who reviews the protocol: a local council's own Clerk (the district's Monitoring Officer
        has no say in a parish's protocol), a principal council's Monitoring Officer."""
        return self.senior_officer if self.local else self.monitoring_officer


@dataclass
class DraftItem:
    letter: str
    text: str
    sources: list[str]
    substituted: list[str] = field(default_factory=list)


@dataclass
class DraftClause:
    number: str
    text: str  # the clause, or the lead-in of a list (its items below)
    sources: list[str]  # "Council clause 2.3": every council that makes the point
    tag: str
    themes: list[str]
    added: bool = False  # with --base: taken from another council's protocol
    substituted: list[str] = field(default_factory=list)
    items: list[DraftItem] = field(default_factory=list)  # (a), (b), (c) under the lead-in
    others: list[dict] = field(default_factory=list)  # the other wordings of the point: {"ref", "text"}
    side: str | None = None  # whom it binds: member, officer, both, council, or None


@dataclass
class DraftSection:
    number: int
    id: str
    title: str
    clauses: list[DraftClause]
    missing: list[str]  # labels of the themes this section expects and no chosen clause covers
    made_above: list = field(default_factory=list)  # the clauses (DraftClause) elsewhere that make its own clauses' points


@dataclass
class Draft:
    options: DraftOptions
    sections: list[DraftSection]
    uncovered: list[str]  # theme labels the heat map shows no council covering
    sources: list[str]  # the councils drawn on
    additions: int = 0
    not_in_draft: list[str] = field(default_factory=list)  # covered by some source, in no chosen clause
    left_out: Counter = field(default_factory=Counter)  # clauses that are not draft material, by reason
    merged: int = 0  # points merged into another council's wording of the same point
    published: list[dict] = field(default_factory=list)  # {council, url}: where the sources are published
    set_aside: list[dict] = field(default_factory=list)  # {ref, text, reason}: points that could not be used whole
    pledges_left_out: int = 0  # first-person pledges in the sources not used (no pledge annex asked for)
    unnamed: int = 0  # documents drawn on whose council no sources.csv names (each counts as one council)
    sections_left_out: list[str] = field(default_factory=list)  # "The Chair: why": sections with no clause of their own
    officers_also: list[str] = field(default_factory=list)  # whom a left-out source definition of officers added


MAX_NAME = 200  # characters of a council name or title (Word's title property holds 255)


def _check_values(values: dict) -> None:
    """Every parameter is one line of text (review_years a whole number of years)."""
    for key, value in values.items():
        if key in ("pledges", "committee"):
            if not isinstance(value, bool):
                raise DraftError(f"{key} must be true or false, not {value!r:.40}")
            continue
        if key == "review_years":
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 20:
                raise DraftError(f"review_years must be a whole number of years from 1 to 20, not {value!r:.40}")
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = values[key] = str(value)
        if hasattr(value, "isoformat") and key in ("adoption_date", "draft_date"):  # YAML reads dates itself
            value = values[key] = value.isoformat()
        if not isinstance(value, str):
            raise DraftError(f"'{key}' must be a single text value, not a {type(value).__name__}")
        if LINE_CONTROL.search(value):
            raise DraftError(f"'{key}' contains a control character (line break, tab...); give it on one line")
        if HIDDEN.search(value):
            raise DraftError(f"'{key}' contains an invisible character (a direction mark, a zero-width space...); "
                             "give it as plain text")
        if key in ("council", "council_type") and not value.strip():
            raise DraftError(f"'{key}' is blank")
        if len(value) > MAX_NAME:
            raise DraftError(f"'{key}' is {len(value)} characters long; the limit is {MAX_NAME}")


def options_for(values: dict) -> DraftOptions:
    """Options from CLI/YAML values, filling the rest from the council type's defaults."""
    values = {k: v for k, v in values.items() if v not in (None, "")}
    _check_values(values)
    if not values.get("council"):
        raise DraftError("missing parameter 'council' (give --council or 'council:' in the YAML file)")
    ctype = values.get("council_type")
    if not ctype:
        raise DraftError("missing parameter 'council_type' (give --council-type or 'council_type:' in the YAML file)")
    ctype = str(ctype).lower()
    if ctype not in COUNCIL_TYPES:
        raise DraftError(f"unknown council type '{ctype}' (one of: {', '.join(COUNCIL_TYPES)})")
    merged = {**load_rules("draft.yaml")["defaults"][ctype], **values, "council_type": ctype}
    unknown = set(merged) - {f for f in DraftOptions.__dataclass_fields__}
    if unknown:
        raise DraftError(f"unknown parameter(s): {', '.join(sorted(unknown))}")
    missing = [f for f in OPTION_FIELDS if not merged.get(f)]
    if missing:
        raise DraftError(f"missing parameter '{missing[0]}'")
    if str(merged["member_term"]).lower() not in ("councillor", "member"):
        raise DraftError("member_term must be Councillor or Member")
    chair = str(merged.get("chair_term", "Chair"))
    if chair.lower() not in CHAIR_TERMS:
        raise DraftError(f"chair_term must be one of {', '.join(t.capitalize() for t in CHAIR_TERMS)}")
    merged["chair_term"] = chair.capitalize()
    executive = str(merged.get("executive_term", "Cabinet"))
    if executive.lower() not in _EXECUTIVE_NAMES:
        raise DraftError("executive_term must be Cabinet or Executive")
    merged["executive_term"] = executive.capitalize()
    merged["member_term"] = str(merged["member_term"]).capitalize()
    settled = nation_of_type(ctype)
    nation = str(merged.get("nation") or settled or "england").lower()
    if nation not in nations():
        raise DraftError(f"unknown nation '{nation}' (one of: {', '.join(nations())})")
    possible = nations_of_type(ctype)
    if possible and nation not in possible:
        raise DraftError(f"a {ctype} council is in {' or '.join(n.capitalize() for n in possible)}, "
                         f"not {nation.capitalize()}")
    merged["nation"] = nation
    if merged.get("draft_date") is not None:
        try:
            merged["draft_date"] = date.fromisoformat(str(merged["draft_date"])).isoformat()
        except ValueError:
            raise DraftError(f"draft_date '{merged['draft_date']}' is not a date (YYYY-MM-DD)") from None
    else:
        merged["draft_date"] = date.today().isoformat()
    return DraftOptions(**merged)


# ------------------------------------------------------------ terms ----

def _member_of_another_body(m: re.Match) -> bool:
    """"member" after "are a" names a body's member, not this council's councillor, where the sentence ends or "of"
    follows ("any other organisation of which they are a member.") or a relative clause names the body ("of which they
    are a member or trustee"); "The Chair is a member and must ..." is this council's term (adversarial reviews 74, 75)."""
    before = m.string[max(0, m.start() - 40):m.start()]
    if re.search(r"\bof\s+which\s+(?:they|he|she|you|we)\s+(?:are|is|was|were|become|becomes|remain|remains)\s+an?\s+$",
                 before, re.I):
        return True
    return bool(re.search(r"\b(?:are|is|be|become|becomes|remain|remains|was|were)\s+an?\s+$", before, re.I)
                and re.match(r"\s*(?:[.,;:)]|$|of\b)", m.string[m.end():]))


def _cased(repl: str, matched: str) -> str:
    """Keep a capital where the source had one ("The Clerk" -> "The Chief Executive")."""
    return repl[:1].upper() + repl[1:] if matched[:1].isupper() else repl


@lru_cache(maxsize=64)
def _phrases_pattern(phrases: tuple[str, ...], suffix: str, guard: str) -> re.Pattern:
    """One pattern for a group of phrases (the longest first), compiled once per group: with a
    thousand councils' names it was compiled again for every clause kept, most of a draft's time."""
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternation + r")" + suffix + r"\b" + guard, re.I)


_MO_OWNER = re.compile(r"\b(?:the\s+)?(?:(?-i:[A-Z][\w'-]*)\s+){0,4}(?-i:[Cc])ouncil[’']s\s+(?=monitoring\s+officer\b)", re.I)


def _owner_dropped(m: re.Match, done: list[str]) -> str:
    new = "The " if m.group(0)[:1].isupper() and m.start() == 0 else "the "
    done.append(f"{m.group(0).strip()} -> {new.strip()}")
    return new


def substitute_terms(text: str, opts: DraftOptions, council_names: list[str],
                     source: str | None = None) -> tuple[str, list[str]]:
    """Use the council's own terms throughout: its name, member term, chair ("Chairman" -> "Chair"),
    senior officer, monitoring officer title, personnel committee and the protocol's name for itself. Each group of phrases is replaced
    in one pass, so a replacement is never replaced again. ``source``: the council the text comes from, whose own name
    is this council's whatever its tier. Returns the text and what changed."""
    done: list[str] = []
    terms = load_rules("draft.yaml")["terms"]

    def one_pass(phrases: list[str], repl_for, text: str, suffix: str = "", guard: str = "",
                 not_after: frozenset[str] = frozenset(), elected_after: frozenset[str] = frozenset()) -> str:
        """``not_after``: words after which the phrase is left as it is ("staff members"); ``elected_after``:
        words after which "elected members" keeps "elected" ("newly elected members")."""
        rx = _phrases_pattern(tuple(phrases), suffix, guard)

        def repl(m: re.Match) -> str:
            word, phrase = _word_before(m).lower(), m.group(0)
            if word in not_after and not phrase.lower().startswith(("elected", "councillor")):
                return phrase
            if phrase.lower() == "member" and _member_of_another_body(m):
                return phrase
            if word in elected_after and phrase.lower().startswith("elected "):
                new = phrase[:len("elected ")] + repl_for(phrase)
                done.append(f"{phrase} -> {new}")
                return new
            new = _cased(repl_for(m.group(0)), m.group(0))
            if new != m.group(0):
                done.append(f"{m.group(0)} -> {new}")
            return new

        return rx.sub(repl, text)

    # (a council of the other tier is not this one: a parish's "Monitoring Officer at Fenbridge District Council" is
    # the District Council's, not "at Ambridge Parish Council", reader round 5 of 7 December, parish draft 9.6; the
    # split is made once per list of names, so both patterns stay compiled whatever council a clause comes from)
    same_tier, other_tier = _names_by_tier(
        tuple(n for n in council_names if n and n != opts.council and not n.startswith("(")), opts.local)
    if other_tier:
        text = _phrases_pattern(other_tier, "", "").sub(
            lambda m: _other_tier_named(m, text, done, opts.council if source is not None
                                        and m.group(0).lower() == source.lower() else None), text)
    if same_tier:
        text = one_pass(list(same_tier), lambda m: opts.council, text)
    # the source council spoken of by its kind is this draft's Council, when it is of this draft's kind: in a
    # parish draft "the District Council" is the principal authority, another body
    own = _LOCAL_KINDS if opts.local else _PRINCIPAL_KINDS
    text = one_pass([f"the {k} council" for k in own], lambda m: "the Council", text)
    # ... and "the council" in lower case is the Council, as the draft names it throughout ("set the council's
    # priorities" beside "the Council's policies": both readers of round 52 asked for one case); not council tax or
    # housing, nor another body's council ("the council of the Association", "the council concerned", "the council
    # for voluntary service")
    text, n = _LOWER_COUNCIL.subn(lambda m: m.group(1) + " Council", text)
    if n:
        done.append("the council -> the Council")
    # ... and a kind of council used as a name without one ("presides at County Council meetings")
    text = _kind_council_pattern(own).sub(lambda m: _kind_council(m, done), text)
    # ... and its area by the kind's word ("working with partners to improve the city" in a district draft)
    # only a word of the same tier ("the city" in a district draft, "the town" in a parish's), and only where the text
    # names no other area ("agreed with the county", "the county and district councils" name another tier or two)
    area = _AREA_WORDS.get(opts.council_type)
    named = set(_AREA_WORD.findall(text.lower()))
    if area and len(named) == 1:
        (word,) = named
        if word != area and any(area in tier and word in tier for tier in _AREA_TIERS):
            # (and "the whole town": "Councillors are elected to represent the whole town" stood in this session's
            # parish draft)
            text = one_pass([f"the whole {word}", f"the {word}"], lambda m: m[:-len(word)] + area, text,
                            guard=_AREA_ENDS)
    member = opts.member_term
    text = one_pass(terms["member_term"], lambda m: member + "s" if m.lower().endswith("s") else member, text,
                    guard=r"(?! of (?:the public|staff|the community|the council's staff|"
                          r"(?:the|a|an|any|that|each|their|its|his|her|our|your) (?:[\w'-]+ ){0,3}"
                          r"(?:committee|sub-committee|panel|board|cabinet|executive|team|group|staff|party|association|"
                          r"union|"
                          r"family|household|institute|institution|society|college|profession|trust|company|"
                          r"organisation|organization|body|charity|club)\b))",
                    not_after=frozenset(w.lower() for w in terms["member_not_after"]),
                    elected_after=frozenset(w.lower() for w in terms["member_elected_after"]))
    if opts.nation != "scotland":
        text = one_pass(terms["staff_code"], lambda m: "Officers' Code of Conduct", text)
        # ("officers and staff", "staff and employees", "Officers (staff)": the same people twice, once)
        text = _STAFF_PAIR.sub(lambda m: _cased("officers", m.group(0)), text)
        # (... but not in a local council's clause that names the Clerk: its staff are then the Clerk's colleagues, not
        # the Clerk, whom the draft's "officers" takes in: "A Councillor who is unhappy with the conduct or work of a
        # member of staff should raise it privately with the Clerk" became "... of an officer ...", a complaint about the
        # Clerk sent to the Clerk, to a parish reader of round 77)
        if not (opts.local and re.search(r"\bclerk\b", text, re.I)):
            text = one_pass(terms["staff_singular"] + terms["staff_plural"],
                            lambda m: m if m.isupper() else "officer" if m.lower() in terms["staff_singular"] else "officers",
                            text, guard=_STAFF_ENDS, not_after=frozenset(w.lower() for w in terms["staff_not_after"]))
            text = re.sub(r"\b([Aa]) (?=officer\b)", r"\1n ", text)  # "a member of staff" -> "an officer"
    chair = opts.chair_term
    plural = chair[:-3] + "men" if chair.lower().endswith("man") else chair + "s"
    text = one_pass(terms["chair_term"], lambda m: plural if m.lower().endswith(("men", "persons", "women"))
                    else chair, text)
    # a council's own Monitoring Officer named by its possessive ("the County Council's Monitoring Officer") is the
    # draft's: the phrase below gives the post its name for this kind of council (reader round 35's parish draft read
    # "offered by the County Council's Monitoring Officer of the District Council")
    text = _MO_OWNER.sub(lambda m: _owner_dropped(m, done), text)
    for key in ("monitoring_officer", "personnel_committee", "senior_officer"):
        target = getattr(opts, key)
        # (the council's name in capitals, matched case-sensitively: ignoring case, it ran over ordinary
        # words to the last "council" of the clause and deleted them, in time quadratic in the clause)
        # ... or the council spoken of by its kind ("the Monitoring Officer of the district council")
        # (and "at the District Council", as another tier's name became above, but not a building: "the Monitoring
        # Officer at the Guildhall Council Chamber", adversarial review 72)
        suffix = (r"(?: of (?:the |your |its )?(?:(?-i:[A-Z][\w'-]*(?: [A-Z][\w'-]*)* Council)|"
                  r"(?:district|borough|county|city|unitary|principal) council)"
                  r"| at the (?-i:(?:District|Borough|County|City|County Borough|Metropolitan Borough) Council)"
                  r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|or|if|where|who|which|when|for|about|on|to|within|by|as|in|not|using)\b))?") \
            if key == "monitoring_officer" else ""
        text = one_pass(terms[key], lambda m, t=target: ("the " + t) if m.lower().startswith("the ") else t,
                        text, suffix=suffix)
    if not opts.local:
        text = _executive_named(text, opts.executive_term, done)
    elif opts.senior_officer.lower().endswith("clerk"):
        # the Proper Officer's duties under their own lead-in, said of the Clerk in that office ("The Proper Officer
        # shall:" beside "The Clerk is responsible for:" read as the same lead-in twice to parish readers of rounds 76
        # and 77): "As Proper Officer, the Clerk shall:"
        # (a lead-in only: "The Proper Officer will be the Monitoring Officer of the District Council ..." names another
        # council's proper officer, adversarial review 80)
        m = re.match(r"The Proper Officer (?=(?:shall|will|must|should|is responsible for|is required to|has)\b)", text)
        if m and text.rstrip().endswith(":") and not re.search(r"\bMonitoring Officer\b|\b(?:District|County|Borough|"
                                                                r"Unitary|City) Council\b", text):
            text = f"As Proper Officer, {_the(opts.senior_officer)} " + text[m.end():]
            done.append(f"The Proper Officer -> As Proper Officer, {_the(opts.senior_officer)}")
    # (only where the name ends its phrase: "the charter mark", "this policy statement", "the protocol agreed by the
    # Joint Committee" and "THE PROTOCOL" in capitals are left as they are)
    text = one_pass(terms["protocol_self"], lambda m: m if m.isupper() else m.split()[0].lower() + " Protocol", text,
                    guard=_SELF_NAME_ENDS)
    # "a staffing or personnel committee" became "a staffing or Staffing Committee": the choice is one body
    text = _DOUBLED_CHOICE.sub("", text)
    # one house style for what every source writes its own way (both readers of round 52): the draft's "officers" in
    # lower case, as its definition has it, after a word in lower case ("Councillors and Officers"; not a post, "the
    # Monitoring Officer", "Senior Officers", the "Officers' Code of Conduct", nor a sentence's first word), and an
    # apostrophe inside a word straight
    if opts.nation != "scotland":
        text, n = _OFFICER_CAPITAL.subn(lambda m: m.group(1) + "o", text)
        if n:
            done.append("Officers -> officers")
    # (a plural's apostrophe, "Councillors’ rights", only where no curly quotation opens: "‘Officers’ means ...")
    text = _CURLY_APOSTROPHE.sub("'", text)
    if "‘" not in text:
        text = _PLURAL_APOSTROPHE.sub("'", text)
    return text, sorted(set(done))


_OFFICER_CAPITAL = re.compile(r"(?-i:((?<![\w-])[a-z][a-z-]*[ ]+)O(?=(?:fficers?\b|fficer['’]s\b|fficers['’])(?!['’]?s?\s+[A-Z])"
                              r"(?![\w'’]*\s*[/&])))")
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")
_PLURAL_APOSTROPHE = re.compile(r"(?<=s)’(?=\s)")


_LOWER_COUNCIL = re.compile(r"\b([Tt]he) council\b(?!\s+(?:tax|taxpayers?|houses?|housing|estates?|homes?|tenants?|of|for|"
                            r"concerned|there|in\s+question|responsible)\b)")


# A principal council's executive by one name throughout (reader round 26: "through the Cabinet" and "at meetings of
# the Executive" in one district draft): "the Executive", "the Executive's", "Executive Members" and "Executive
# Councillors" become the Cabinet's, or the reverse; not "Chief Executive", "Executive Director", "executive
# arrangements" and other posts or teams, which keep their names.
_EXECUTIVE_NAMES = ("cabinet", "executive")
_EXECUTIVE_AS = {
    # "the Executive" (its possessive too), not a post, team, body or instrument named after it ("the Executive Directors",
    # "the Executive Procedure Rules", "the Executive Committee"); "Executive Members" and "Executive Councillors"
    "Cabinet": re.compile(r"(?-i:(?<=\bthe )Executive|(?<=\bThe )Executive)(?=(?:['’]s)?\b)(?!(?:['’]s)?[ -][A-Z])"
                          r"|(?-i:(?<!Chief )(?<!Shadow )\bExecutive(?= (?:Members?|Councillors?)\b))"),
    # ... and back: "the Cabinet", "Cabinet Members", "the Cabinet's", not "the Cabinet Office", "the Cabinet Secretary",
    # "Shadow Cabinet" nor a filing cabinet (adversarial review 32)
    "Executive": re.compile(r"(?-i:(?<=\bthe )Cabinet|(?<=\bThe )Cabinet)(?=(?:['’]s)?\b)(?!(?:['’]s)?[ -][A-Z])"
                            r"|(?-i:(?<!Shadow )\bCabinet(?= (?:Members?|Councillors?)\b))"),
}


def _executive_named(text: str, term: str, done: list[str]) -> str:
    """The executive by this council's name for it (``DraftOptions.executive_term``)."""
    rx = _EXECUTIVE_AS[term]

    def repl(m: re.Match) -> str:
        done.append(f"{m.group(0)} -> {term}")
        return term

    text = rx.sub(repl, text)
    if term == "Cabinet":  # "Cabinet Councillors" is no office's name: "Cabinet Members"
        text = re.sub(r"\bCabinet Councillor(s?)\b", r"Cabinet Member\1", text)
    return text


_DOUBLED_CHOICE = re.compile(r"\b(\w+) or (?=\1 (?:Committee|Sub-Committee|Panel|Officer)\b)", re.I)


_SELF_NAME_ENDS = (r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:is|was|will|would|shall|should|must|may|might|can|cannot|could|does|do|has|"
                   r"have|applies|apply|sets|covers|explains|describes|provides|requires|and|or|at|as|from|by|are|"
                   r"itself|it|when|if|where|which|that|who|on taking|on election|on appointment|on joining)\b)")


def _word_before(m: re.Match) -> str:
    """The word just before a match (a bounded look back: a long clause is not copied per match)."""
    before = m.string[max(0, m.start() - 40):m.start()].rstrip().rsplit(None, 1)
    return before[-1] if before else ""


# a word for the staff is replaced only where it ends its phrase or a verb or a small word follows ("all staff.",
# "staff work set hours", "employees of the Council"), never where it qualifies a noun ("staff committee", "employee
# assistance programme", "staff time")
_STAFF_ENDS = (r"(?![\w'’-])(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|or|to|in|at|on|for|with|from|by|who|whom|whose|that|which|"
               r"are|is|were|was|will|would|should|must|may|might|can|cannot|could|do|does|did|have|has|had|need|needs|"
               r"work|works|working|often|always|also|know|feel|report|raise|remain|act|give|keep|take|treat|"
               r"serve|deal|make|see|use|rather|than|as|under|about|if|when|where|while|unless)\b)")


_STAFF_WORD = r"(?:officers|staff|employees)"
_STAFF_JOIN = r"(?:\s*,\s*|,?\s+(?:and|or)\s+)"
# (not a kind of officer beside the staff: "chief officers and staff" are two groups)
_STAFF_PAIR = re.compile(r"(?<!chief )(?<!senior )(?<!junior )(?<!statutory )(?<!principal )(?<!relevant )(?<!proper )"
                         rf"(?<!lead )(?<!case )(?<!other )\b{_STAFF_WORD}{_STAFF_JOIN}{_STAFF_WORD}(?:{_STAFF_JOIN}"
                         rf"{_STAFF_WORD})?\b"
                         r"|\bofficers\s+\((?:staff|employees)\)", re.I)


_AREA_WORDS = {"parish": "parish", "town": "town", "district": "district", "borough": "borough",
               "london_borough": "borough", "metropolitan": "borough", "city": "city"}
# the areas of one tier: a district, a borough and a city are one council's area; a county is the tier above them, a
# parish, a town or a village the tier below ("the community" is its residents, never replaced)
_AREA_TIERS = (("parish", "town", "village"), ("district", "borough", "city"))
_AREA_WORD = re.compile(r"\b(parish|town|village|district|borough|city|county)\b")
# an area word is the place only where nothing follows that makes it a name or a body ("the county association", "the
# district's Monitoring Officer" and "the City Council" stay)
_AREA_ENDS = r"(?=\s*(?:[.,;:)!?]|$)|\s+(?:and|or|as|in|where|which|who|that|for|to|by|with|on|at|is|are|will)\b)"
_LOCAL_KINDS = ("parish", "town", "community")
_PRINCIPAL_KINDS = ("district", "borough", "county", "city")
# the kind a council's name ends with ("Westmoor County Borough Council": "County Borough")
_KIND_IN_NAME = re.compile(r"\b((?:Metropolitan |County )?(?:Parish|Town|Community|District|Borough|County|City))"
                           r" Council$", re.I)


@lru_cache(maxsize=8)
def _names_by_tier(names: tuple[str, ...], local: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Councils' names of this draft's tier (or whose names do not say), and of the other tier."""
    other = tuple(n for n in names if _name_tier(n) not in (None, local))
    kept = set(other)
    return tuple(n for n in names if n not in kept), other


def _other_tier_named(m: re.Match, text: str, done: list[str], own: str | None = None) -> str:
    """Another tier's council by its kind: "Fenbridge District Council" -> "the District Council" ("The" opening a
    sentence, none after a "the" of its own: "the Fenbridge District Council standards committee"). ``own``: this
    draft's council, for the clause's own source council, which is this council whatever its tier."""
    if own is not None:
        new = _cased(own, m.group(0))
        if new != m.group(0):
            done.append(f"{m.group(0)} -> {new}")
        return new
    before = text[max(m.start() - 6, 0):m.start()]
    name = f"{_KIND_IN_NAME.search(m.group(0))[1].title()} Council"
    if re.search(r"\bthe\s+$", before, re.I):
        new = name
    else:
        opens = m.start() == 0 or bool(re.search(r"(?<!\be\.g)(?<!\bi\.e)[.!?]\s+$", before))
        new = f"{'The' if opens else 'the'} {name}"
    done.append(f"{m.group(0)} -> {new}")
    return new


def _name_tier(name: str) -> bool | None:
    """Whether a council's name is a local council's (True), a principal council's (False), or does not say (None)."""
    m = _KIND_IN_NAME.search(name.strip())
    return None if m is None else m[1].split()[-1].lower() in _LOCAL_KINDS


@lru_cache(maxsize=2)
def _kind_council_pattern(kinds: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(k.capitalize() for k in kinds) + r") Council\b")


_NOT_A_PLACE = {"the", "this", "a", "an", "each", "every", "our", "its", "their", "your", "any"}


def _kind_council(m: re.Match, done: list[str]) -> str:
    """"County Council" standing alone ("presides at County Council meetings") is this draft's
    "Council"; after a place name ("Borsetshire County Council") it is a council's name, left to the
    names pass."""
    word = _word_before(m)
    if word[:1].isupper() and word.lower() not in _NOT_A_PLACE:
        return m.group(0)
    done.append(f"{m.group(0)} -> Council")
    return "Council"


# -------------------------------------------------------- selection ----

def _section_of(row, by_id: dict[str, dict], claim_order: list[str]) -> str | None:
    """The first section, in claim order, whose rule the clause meets."""
    for sid in claim_order:
        s = by_id[sid]
        tags, actors, themes = s.get("tags"), s.get("actors"), s.get("themes")
        if s.get("text") and not re.search(s["text"], row["text"], re.I):
            continue
        if s.get("also") and re.search(s["also"], row["text"], re.I):
            return sid  # "Officers will not suffer any detriment for raising a concern in good faith": whatever its tag
        if s.get("not_text") and re.search(s["not_text"], row["text"], re.I):
            continue
        if s.get("not_council_to_staff") and row["actor"] == "council" and re.search(s["not_council_to_staff"], row["text"], re.I) \
                and not re.search(r"\b(?:councillors?|(?<!staff )members?(?! of (?:the )?(?:public|staff)))\b", row["text"], re.I):
            continue  # "The Council will support the Clerk in attending training" is not what councillors expect (nor
            # its action against "any member of the public who abuses its staff")
        if s.get("council_naming") and row["actor"] == "council" and not re.search(s["council_naming"], row["text"], re.I):
            continue  # "Under section 27 of the Localism Act 2011 the Council has a duty to promote ... high standards of
            # conduct by its Councillors" is no officer's role
        if tags and row["tag"] not in tags:
            continue
        # (a role stated of an officer, whoever the model read it as binding: "The Clerk is the Council's senior
        # officer ...; individual Councillors have no authority to instruct the Clerk" stood under the councillors' role,
        # reader round 55's parish draft, 2.3)
        who = actors and (row["actor"] in actors or bool(s.get("opening") and re.search(s["opening"], row["text"], re.I)))
        what = themes and bool(set(themes) & set(row["themes"]))
        if actors and themes:
            if not (who or what):
                continue
        elif actors and not who:
            continue
        elif themes and not what:
            continue
        if s.get("not_points") and set_points(row["text"]) & set(s["not_points"]):
            continue  # "A Councillor, on their own, is not anyone's manager" is a role's point, not the introduction's
        return sid
    return None


_OTHER_NUMBER = re.compile(r"^(?:[A-Z]\d+|(?:[A-Z]|\d+)(?:\.\d+)+)\.?\s+(?=[A-Z])")  # another scheme's "C.2", "C13"
# ... and a pointer in brackets to a paragraph of its own document ("... which only the Monitoring Officer can deal with
# (see paragraph 7.1)": the parish draft of 5 December, read before reader round 29, printed it beside a 7.1 on another
# subject)
# (not a law's or a standing order's number: "(under section 101)", "(see standing order 12)" stand)
_CROSS_REF = re.compile(r"\s*\((?:see(?:\s+also)?|as\s+set\s+out\s+in|cf\.?)\s+(?:paragraphs?|paras?\.?|sections?|"
                        r"clauses?|parts?|appendix|appendices|annex|schedule)\s+(?![\w.\-–]{1,10}\s+of\s+the\b)[\w.\-–]{1,10}"
                        r"(?:\([a-z0-9]{1,4}\))?(?:\s*(?:,|and|or|to|–|-)\s*[\w.]{1,10}(?:\([a-z0-9]{1,4}\))?)?"
                        r"(?:\s+(?:above|below|of\s+this\s+(?:protocol|code|document|procedure)))?\)"
                        # ... or a paragraph's number alone in brackets, which is its source's ("… except in an emergency
                        # or where the officer has agreed to it (para. 6.6).": reader round 1 of 7 December)
                        # (only a numbered paragraph, 6.6, closing its sentence: "(paragraph 3)" of Schedule 12A and "(para
                        # 4.2(b)) when dealing with gifts" name another instrument's, adversarial review 70)
                        r"|\s*\((?:paragraphs?|paras?\.?)\s+\d{1,3}(?:\.\d{1,3}){1,3}\)(?=[.;]?\s*$)", re.I)


def _tidy(text: str, last: bool = True, item: bool = False) -> str:
    """A clause or list item as the draft prints it: another scheme's paragraph number ("C.2")
    and list separators ("; and") off, a capital first letter, and the sentence's own full stop.
    ``item``: a list item, which goes on with its lead-in's sentence ("Officers can expect Councillors to:" / "not
    criticise them in public;") in lower case where it is no sentence of its own and opens with an ordinary word
    (``_lower_opening``): both readers of round 52 asked for it. A fragment never gets here."""
    text = _CROSS_REF.sub("", _OTHER_NUMBER.sub("", text.strip()))
    text = re.sub(r"\s*(?:[;,]\s*(?:and|or)?|\band|\bor)\s*$", "", text.strip()) if re.search(
        r"(?:[;,]|\band|\bor)\s*$", text.strip()) else text.strip()
    if last and text and text[-1] not in ".!?:":
        text += "."
    elif not last and text:
        text = text[:-1] + ";" if text[-1] == "." else text if text[-1] in "!?:;" else text + ";"
    if item and text and (_frame(text) != "sentence" or re.match(r"That\s", text)) and _lower_opening(text):
        return text[0].lower() + text[1:]
    return text[0].upper() + text[1:] if text else text


_NOT_VERBS = frozenset("nothing something anything everything morning evening during".split())  # (-ing, no verbs)
# what a verb's -ing form opening a list item acts on ("Putting the ...", "Keeping their ...")
_ACTED_ON = frozenset("the a an any all their its our your his her them it this that these those each every other "
                      "someone anyone officers councillors members staff information advice decisions reports "
                      "matters out up to with on in for about into from by at over themselves himself herself "
                      "itself ourselves yourself yourselves".split())  # ("Conducting themselves ...": round 77)


def _lower_opening(item: str) -> bool:
    """Does a list item open with a word that goes on with its lead-in in lower case (draft.yaml item_lowercase)?"""
    rule = load_rules("draft.yaml")["item_lowercase"]
    first = re.match(r"([A-Za-z][\w'’-]*)(?:\s+(\S))?", item)
    if not first or first.group(1)[1:] != first.group(1)[1:].lower():
        return False  # ("CCTV", "McKenzie": capitals inside the word)
    word = first.group(1).lower()
    # (and a verb's -ing form before what it acts on, or an adverb before a verb: "Putting the Council's decisions into
    # effect;" and "Deliberately excluding someone from meetings" stood in capitals among lower-case items in this
    # session's drafts; not a place, "Reading and Wokingham", "Worthing residents": adversarial review 74)
    after = re.match(r"[A-Za-z][\w'’-]*\s+([\w'’-]+)", item)
    nxt = after.group(1) if after else ""
    verb_form = len(word) > 5 and word.endswith("ing") and word not in _NOT_VERBS and (
        nxt.lower() in _ACTED_ON or bool(re.match(r"[A-Za-z][\w'’-]*,\s+[a-z]", item)))
    adverb = len(word) > 5 and word.endswith("ly") and nxt[:1].islower()
    return word in rule["always"] or (word in rule["unless_name_follows"] and bool(first.group(2))
                                      and first.group(2).islower()) or verb_form or adverb


@dataclass
class _Point:
    """A candidate for the draft: one clause, or a lead-in with its list items, from one document."""

    rows: list[dict]  # the clause (one) or the list items, in document order
    lead_in: str | None
    section: str
    doc_id: str

    @property
    def head(self) -> dict:
        """What the point is compared by: the clause, or the lead-in with the list's tag and party."""
        if self.lead_in is None:
            return self.rows[0]
        tags = Counter(r["tag"] for r in self.rows).most_common(1)[0][0]
        actor = Counter(r["actor"] or "" for r in self.rows).most_common(1)[0][0]
        return {"text": self.lead_in, "lead": True, "tag": tags, "actor": actor, "themes": [], "confidence":
                max(r["confidence"] for r in self.rows), "doc_id": self.doc_id, "council": self.rows[0]["council"],
                "council_label": self.rows[0].get("council_label"),
                "clause_id": self.rows[0]["clause_id"], "council_type": self.rows[0]["council_type"],
                "applies_to": [t for t in applies_to(self.lead_in, self.rows[0]["council_type"], self.rows[0]["council"])
                               if any(t in r["applies_to"] for r in self.rows)]}


def _points(df: pd.DataFrame) -> list[_Point]:
    """Clauses as draft points: a list item joins the other items under its lead-in (the lead-in
    once, the items beneath it); any other clause is a point of its own."""
    points: list[_Point] = []
    lists: dict[tuple, _Point] = {}
    for r in df.to_dict("records"):
        lead = r["lead_in"] if isinstance(r["lead_in"], str) and r["lead_in"].strip() else None
        # (a numbered sub-paragraph that goes on from its lead-in in lower case is an item of it: "2.2 The role of
        # Members is to:" over "2.2.3 monitor and review the performance of the Council ...", printed alone as "Monitor
        # and review ..." in the district draft of round 76's 29 documents, 2.3)
        if lead is None or r["kind"] not in ("item", "step") and not str(r["text"])[:1].islower():
            points.append(_Point([r], None, r["section"], r["doc_id"]))
            continue
        key = (r["doc_id"], r["parent"], lead)
        if key not in lists:
            lists[key] = _Point([], lead.strip(), r["section"], r["doc_id"])
            points.append(lists[key])
        lists[key].rows.append(r)
    return points


def _near(records: list[dict], same, pairs=None) -> list[set[int]]:
    """For each record, the others it makes the same point as: ``same`` tested on ``pairs``
    (similarity.candidate_pairs: every pair that could pass), or on every pair when not given."""
    near: list[set[int]] = [set() for _ in records]
    for i, j in (pairs if pairs is not None else combinations(range(len(records)), 2)):
        if same(records[i], records[j]):
            near[i].add(j)
            near[j].add(i)
    return near


def _wording_key(r: dict) -> tuple:
    """What makes two records one wording for clustering: the same normalised words (common.joined_words),
    the same list-or-clause kind, tag, party and themes."""
    return (r.get("lead", False), r.get("tag"), r.get("actor") or "", tuple(sorted(r.get("themes") or ())),
            joined_words(r["text"]))


def _collapsed(records: list[dict], same) -> tuple[list[int], list[list[int]]]:
    """The records with identical wordings (``_wording_key``) collapsed: one representative of each
    wording (the first), and the records each stands for. Thousands of councils adopting one model
    protocol word for word give one wording to cluster, not a million pairs to test. A wording that
    would not make the same point as itself under ``same`` (a bare "Councillors will:" names no point)
    is not collapsed: each of its records stays apart, as the pairwise test would keep them."""
    first: dict[tuple, int] = {}
    collapses: dict[tuple, bool] = {}  # asked only of wordings that occur twice: most occur once
    reps: list[int] = []
    members: list[list[int]] = []
    for i, r in enumerate(records):
        k = _wording_key(r)
        if k in first and k not in collapses:
            rep = records[reps[first[k]]]
            collapses[k] = same(rep, {**rep, "doc_id": None})
        if k in first and not collapses[k]:
            k = (k, i)  # a wording that makes no point of its own: never one with another record
        if k not in first:
            first[k] = len(reps)
            reps.append(i)
            members.append([])
        members[first[k]].append(i)
    return reps, members


def _cluster_collapsed(records: list[dict], same, pairs_of) -> tuple[list[list[int]], list[int], list[set[int]]]:
    """``_cluster`` over one representative of each identical wording (``_collapsed``), each group then
    holding every record of its wordings. ``pairs_of(reps)``: the candidate pairs among the representatives.
    Returns the groups (record indices, in order), each record's representative's position, and the
    representatives' same-point neighbours (positions)."""
    reps, members = _collapsed(records, same)
    rep_records = [records[i] for i in reps]
    near = _near(rep_records, same, pairs_of(rep_records))
    groups = [sorted(i for r in g for i in members[r]) for g in _cluster(rep_records, same, near=near)]
    rep_of = [0] * len(records)
    for r, ms in enumerate(members):
        for i in ms:
            rep_of[i] = r
    return groups, rep_of, near


def _cluster(records: list[dict], same, pairs=None, near: list[set[int]] | None = None) -> list[list[int]]:
    """Groups of records that make the same point. A record joins the group it makes the same
    point as with at least half of its members (the largest share wins, then the oldest group),
    else starts a group: one loose likeness never chains unrelated points together. A document
    that makes a point twice is merged too. ``near`` (from ``_near``) saves testing pairs again."""
    near = _near(records, same, pairs) if near is None else near
    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    for i in range(len(records)):
        counts = Counter(group_of[j] for j in near[i] if j in group_of)
        best = max((g for g, n in counts.items() if n / len(groups[g]) >= 0.5),
                   key=lambda g: (counts[g] / len(groups[g]), -g), default=None)
        if best is None:
            group_of[i] = len(groups)
            groups.append([i])
        else:
            group_of[i] = best
            groups[best].append(i)
    return groups


def _chosen(records: list[dict], members: list[int], fits: set[int]) -> int:
    """The stated rule: among the wordings that fit the council type, the one most councils share
    (its near-identical variants counted by council), then the clearest: the most typical of the
    group (closest to all the other wordings), then the most confidently tagged, then the shortest.
    Identical (normalised) wordings are compared once, counted as often as they occur: a thousand
    councils sharing one wording cost one comparison, not a million."""
    from rapidfuzz import fuzz

    by_words: dict[str, list[int]] = {}
    for j in members:
        by_words.setdefault(joined_words(records[j]["text"]), []).append(j)
    docs = {w: {records[j]["doc_id"] for j in js} for w, js in by_words.items()}
    text_of = {w: records[js[0]]["text"] for w, js in by_words.items()}
    sharing: dict[str, int] = {}
    typical: dict[str, float] = {}

    def score(i: int) -> tuple:
        w = joined_words(records[i]["text"])
        if w not in sharing:
            sharing[w] = len(set().union(*(docs[v] for v in by_words if v == w or fuzz.token_sort_ratio(w, v) >= 85)))
            # how close the wording is to all the others: the clearest statement of the point
            others = len(by_words[w]) - 1  # the same wording elsewhere in the group, then every other wording
            typical[w] = (others * similarity(text_of[w], text_of[w]) if others else 0.0) + \
                sum(len(by_words[v]) * similarity(text_of[w], text_of[v]) for v in by_words if v != w)
        return (-sharing[w], -round(typical[w], 2), -records[i]["confidence"], len(records[i]["text"]), i)

    return min((i for i in members if i in fits), key=score)


_NUMBERS = {w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), 2)}


def _counted(lead_in: str) -> int | None:
    """How many items a lead-in says its list has ("four main areas" -> 4), if it says."""
    # a number of things ("four main areas", "3 key duties"), not a date, a time or a period ("in spring 2027",
    # "within 5 working days")
    # (the words between the number and its noun are adjectives, never a period's; a number after "within", "by",
    # "on", "section" or "paragraph" is a time, a date or a reference: "Within 5 working days officers will:",
    # "By 31 March councillors must:", "Under paragraph 12 councillors must:")
    period = r"(?:working|calendar|clear|days?|weeks?|months?|years?|hours?|minutes?|per)\b"
    m = re.search(r"(?<!\bwithin )(?<!\bby )(?<!\bon )(?<!\bsection )(?<!\bparagraph )(?<!\bpara )(?<!\bclause )"
                  r"(?<!\bpage )(?<!\bappendix )\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                  r"(?:(?!" + period + r")[a-z-]+\s+){0,2}?(?!" + period + r")[a-z]+s\b", lead_in, re.I)
    return None if m is None else int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1).lower()]


def _council(row) -> str:
    """The council a clause's note names: its name, or for a source published without one ("(a parish
    council)") the readable label ``_prepare`` gave it ("A parish council", "A parish council (2)")."""
    label = row.get("council_label")
    if isinstance(label, str) and label:
        return label
    c = row["council"]
    return c if isinstance(c, str) and c and not c.startswith("(") else row["doc_id"]


def _council_labels(df: pd.DataFrame) -> list[str]:
    """Each row's council as a note names it: the council's name, or for an anonymised source the words of
    its placeholder ("(a parish council)" -> "A parish council"; "A district council" from the council type
    when it has none), numbered in doc_id order when several documents share it; never a raw doc_id."""
    def base(council, council_type) -> str | None:
        if isinstance(council, str) and council.strip() and not council.startswith("("):
            return None
        words = council.strip().strip("()").strip() if isinstance(council, str) else ""
        if not words:
            kind = council_type if isinstance(council_type, str) and council_type else "unnamed"
            words = f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} council"
        return words[0].upper() + words[1:]

    docs = df[["doc_id", "council", "council_type"]].drop_duplicates("doc_id")
    bases = {d: base(c, t) for d, c, t in zip(docs.doc_id, docs.council, docs.council_type)}
    shared = Counter(b for b in bases.values() if b)
    # a label is never a council's own name ("A Parish Council" may be one): numbered past any name it meets
    taken = {c.strip().lower() for d, c in zip(docs.doc_id, docs.council) if bases[d] is None}
    seen: Counter = Counter()
    labels: dict = {}
    for d in sorted(bases, key=str):
        b = bases[d]
        if b is None:
            labels[d] = None
            continue
        label = b
        if shared[b] > 1 or b.lower() in taken:
            seen[b] += 1
            while (label := f"{b} ({seen[b]})").lower() in taken:
                seen[b] += 1
        taken.add(label.lower())
        labels[d] = label
    return [labels[d] if labels[d] is not None else (c if isinstance(c, str) else "")
            for d, c in zip(df.doc_id, df.council)]


def _ref(row) -> str:
    return f"{_council(row)} clause {row['clause_id']}"


def _published(df: pd.DataFrame, councils: list[str]) -> list[dict]:
    """Where each council drawn on publishes its protocol (its http(s) address in sources.csv)."""
    from .report import link_url

    if "source_url" not in df.columns:
        return []
    out = {}
    for row in df.to_dict("records"):
        name, url = _council(row), link_url(row.get("source_url"))
        if url and name in councils:
            out.setdefault(name, url)
    return [{"council": c, "url": out[c]} for c in sorted(out)]


def _fits(row: dict, opts: DraftOptions) -> bool:
    return opts.council_type in row["applies_to"]


def _other_councils_pairs(items: list[dict]) -> Iterator[tuple[int, int]]:
    """The pairs of items from different documents: the only ones ``same_item`` can merge. Testing
    every pair took four minutes for one list of 20,000 items, whose items never merge."""
    by_doc: dict = {}
    for i, it in enumerate(items):
        by_doc.setdefault(it.get("doc_id") if it.get("doc_id") is not None else ("no id", i), []).append(i)
    return ((i, j) for a, b in combinations(list(by_doc.values()), 2) for i in a for j in b)


def _merge_items(items: list[dict], opts: DraftOptions, council_names: list[str], allowed: tuple[str, ...],
                 places: tuple[str, ...], own_doc: str | None = None) -> tuple[list[DraftItem], list[dict]]:
    """The items of one or more lists with the same lead-in: items making the same point merged,
    the chosen wording of each kept; returns the items and the other wordings. With ``own_doc`` (the
    kept lead-in's document), an item of the other lists joins only when draft.yaml ``min_councils``
    documents make its point: one council's extra item goes to the other wordings, so that a list
    does not grow into fifteen items, several of them one point said again."""
    out: list[DraftItem] = []
    kept: list[dict] = []  # the item record behind each of ``out``
    kept_by_themes: dict[frozenset, list[int]] = {}
    others: list[dict] = []
    groups, _, _ = _cluster_collapsed(items, same_item, _other_councils_pairs)
    least = int(load_rules("draft.yaml")["min_councils"])
    for members in groups:
        fits = {i for i in members if _fits(items[i], opts)}
        docs = {items[i].get("doc_id") for i in members}
        if own_doc is not None and own_doc not in docs and len(docs) < least:
            fits = set()
            others += [_other_wording(items[i]) for i in members]
        if not fits:
            continue
        pick = _chosen(items, members, fits)
        text, changed = substitute_terms(items[pick]["text"], opts, council_names, items[pick].get("council"))
        if foreign_names(text, opts.council, allowed, places):
            continue
        refs = sorted({_ref(items[i]) for i in members})
        themes = frozenset(items[pick].get("themes") or ())
        # compared only with the kept items of the same themes (the first 200: a list is read, not searched)
        twin = next((k for k in kept_by_themes.get(themes, [])[:200] if same_item_slot(kept[k], items[pick])),
                    None) if themes else None
        if twin is None:  # ... or in nearly the same words, whatever themes the tagger gave each (the first 200 too)
            twin = next((k for k in range(min(len(kept), 200)) if kept[k].get("doc_id") != items[pick].get("doc_id")
                         and (near_identical(kept[k]["text"], items[pick]["text"])
                              or restates(kept[k]["text"], items[pick]["text"])
                              or same_action(kept[k]["text"], items[pick]["text"])
                              or same_list_point(kept[k]["text"], items[pick]["text"]))), None)
        if twin is not None:  # the list already has this point in other words: one item, both sources
            out[twin].sources = sorted(set(out[twin].sources) | set(refs))
            others += [_other_wording(items[i]) for i in members]
            continue
        out.append(DraftItem("", text, refs, changed))
        kept_by_themes.setdefault(themes, []).append(len(kept))
        kept.append(items[pick])
        others += [_other_wording(items[i]) for i in members
                   if i != pick and joined_words(items[i]["text"]) != joined_words(items[pick]["text"])]
    return out, others


def _other_wording(item: dict) -> dict:
    """An item record as the appendix of other wordings lists it: its reference and its wording as its list reads it."""
    return {"ref": _ref(item), "text": _as_read(item["text"], item.get("lead_in"))}


def _as_read(text: str, lead_in: str | None) -> str:
    """An item's wording as its list reads it, for the appendix of other wordings: with its lead-in before it where the
    lead-in turns it round ("Councillors should not:" + "give the Clerk instructions on their own"; filed bare under
    "Councillors should:", reader round 41 read it as the opposite of its source)."""
    lead = (lead_in or "").strip()
    if not lead.endswith(":") or not re.search(r"\b(?:must|should|shall|may|will|can|are|is)\s+(?:not|never)\b|"
                                               r"\b(?:mustn|shouldn|can|won)[’']t\b|\bcannot\b|\bavoid\b|\brefrain\b", lead, re.I) \
            or text.lower().startswith(lead[:-1].lower()) or re.match(r"\W*(?:not|never|no|avoid|refrain)\b", text, re.I):
        return text
    return f"{lead} {text[:1].lower() + text[1:] if text[1:2].islower() else text}"


def _at_most(c: DraftClause, limit: int) -> None:
    """Keep, in place, the ``limit`` items of a printed list that most councils make, in their order; the rest go to
    the clause's other wordings."""
    councils = [len({_source_of(ref) for ref in it.sources}) for it in c.items]
    keep = set(sorted(range(len(c.items)), key=lambda i: (-councils[i], i))[:limit])
    c.others += [{"ref": ref, "text": it.text} for i, it in enumerate(c.items) if i not in keep for ref in it.sources[:1]]
    c.items = [it for i, it in enumerate(c.items) if i in keep]
    _reletter(c.items)


def _prepare(clauses: pd.DataFrame) -> pd.DataFrame:
    """The clause table with the columns the draft reads, missing optional ones filled."""
    df = clauses.copy().reset_index(drop=True)
    for col in ("doc_id", "clause_id", "text", "tag", "actor", "lead_in", "council", "council_type", "kind",
                "parent"):
        if col not in df.columns:
            df[col] = None
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    # inline Markdown a source still carries (**bold**, _emphasis_, [links](...)) is not drafted
    for col in ("text", "lead_in"):
        df[col] = pd.Series([plain_text(t) if isinstance(t, str) else None for t in df[col]], index=df.index,
                            dtype=object)
    # a heading printed at the start of a clause ("Stage 1 – informal. Where ...") is not its wording
    # ... nor is a step's own title ("The Chief Executive. Serious or repeated concerns go ...")
    rules = load_rules("draft.yaml")
    heading, title = re.compile(rules["heading_prefix"]), re.compile(rules["step_title"])
    df["text"] = [(title.sub("", heading.sub("", t)) if k == "step" else _run_in_title(heading.sub("", t), title))
                  if isinstance(t, str) else t for t, k in zip(df["text"], df["kind"])]
    df["confidence"] = pd.to_numeric(df["confidence"]).astype(float).fillna(0.0)
    df["council_label"] = _council_labels(df)
    df["themes"] = df["themes"].map(list)
    # `complete` (a cut-off last clause is False) may be absent from older builds: then every clause is whole
    df["complete"] = df["complete"].map(lambda v: not (v is False or str(v).lower() == "false")) \
        if "complete" in df.columns else True
    whole = [" ".join(x for x in (r["lead_in"] or "", r["text"] or "") if x) for r in df.to_dict("records")]
    # (a source whose type and name do not say its kind: the kind its clauses' features say, fit.inferred_kinds)
    texts: dict[str, list[str]] = {}
    known: dict[str, str | None] = {}
    for w, d, t, c in zip(whole, df.doc_id, df.council_type, df.council):
        texts.setdefault(d, []).append(w)
        known[d] = kind_of(t, c)
    inferred = inferred_kinds(texts, known)
    types = [t if d not in inferred else type_of_kind(inferred[d]) for d, t in zip(df.doc_id, df.council_type)]
    df["applies_to"] = [applies_to(w, t, c) for w, t, c in zip(whole, types, df.council)]
    df["nation"] = [clause_nation(w, t) for w, t in zip(whole, df.council_type)]
    return df


def _run_in_title(text: str, title: re.Pattern) -> str:
    """A paragraph without its run-in title where the sentence after it opens by naming the title again, its words in
    order ("Cabinet Members. Each Cabinet Member will meet the director ...": a source's bold "**Cabinet Members.**"
    stood at the head of the district draft's 4.4, reader round 55); a first sentence that is not a title stays ("Yes.
    Pass the details ...", "Councillor J. Patel ...": draft.yaml step_title), as does an instruction whose object the
    next sentence names ("Notify the Monitoring Officer. The Monitoring Officer will log the complaint.": adversarial
    review 55)."""
    m = title.match(text)
    if not m:
        return text
    stems = [w.lower()[:5] for w in re.findall(r"[A-Za-z]+", m.group(0)) if w.lower() not in ("the", "and", "of")]
    opening = [w.lower() for w in re.findall(r"[A-Za-z]+", text[m.end():])[:8]]
    k = 0
    for w in opening:
        if k < len(stems) and w.startswith(stems[k]):
            k += 1
    return text[m.end():] if stems and k == len(stems) else text


def build_draft(clauses: pd.DataFrame, opts: DraftOptions) -> Draft:
    """Choose, merge and order the points of every section for the council type; record gaps."""
    spec = load_rules("draft.yaml")
    sections = spec["sections"]
    themes = load_themes()
    df = _prepare(clauses)
    if opts.base and opts.base not in set(df.doc_id):
        raise DraftError(f"--base: no document with doc_id '{opts.base}' in the dataset")
    covered = _covered_themes(clauses)
    council_names = sorted({c for c in df.council.dropna()})
    allowed = (opts.personnel_committee, opts.monitoring_officer, opts.senior_officer)
    places = tuple(sorted({p for p in map(place_name, council_names) if p}))
    is_base = df.doc_id == opts.base
    # draft material only: whole clauses, no titles, contents, background or (but in the base) pledges
    reasons = [not_draft_reason(r) for r in df.to_dict("records")]
    df["left_out"] = [None if (why is None or (why == "first_person" and b)) else why
                      for why, b in zip(reasons, is_base)]
    df.loc[df.doc_id.isin(record_documents(list(df.doc_id), reasons)) & ~is_base, "left_out"] = "minutes or report"
    pledge = re.compile(spec["pledge"], re.I)
    is_pledge = (df.left_out == "first_person") & pd.Series(
        [bool(pledge.search(f"{r['lead_in'] or ''} {r['text']}")) for r in df.to_dict("records")], index=df.index)
    df.loc[is_pledge, "left_out"] = "pledge"
    df.loc[df.nation.map(lambda n: isinstance(n, str) and n != opts.nation) & ~is_base & df.left_out.isna(),
           "left_out"] = "another nation"
    df.loc[df.text.map(lambda t: len(t.split()) < 3), "left_out"] = df.left_out.fillna("too short")
    df.loc[(df.confidence < float(spec.get("min_confidence", 0.45))) & ~is_base, "left_out"] = df.left_out.fillna("low confidence")
    usable = df[df.left_out.isna()]
    by_id = {s["id"]: s for s in sections}
    usable = usable.assign(section=[_section_of(r, by_id, spec["claim_order"]) for r in usable.to_dict("records")])
    points = _points(usable)
    for p in points:
        if p.lead_in is not None:  # a list is filed by its lead-in's frame ("Officers can expect from ...")
            p.section = _section_of(p.head, by_id, spec["claim_order"]) or \
                Counter(r["section"] for r in p.rows).most_common(1)[0][0]
    points = [p for p in points if p.section is not None]
    base_themes = set(t for ts in df[is_base].themes for t in ts) if opts.base else set()
    out: list[DraftSection] = []
    shown: list[tuple[DraftClause, dict]] = []  # the clauses printed so far, with the points they stand for
    used_themes: set[str] = set()
    additions = 0
    merged_points = 0
    own_setup = 0
    min_councils = int(spec.get("min_councils", 1))
    rare = _rare_words(df, float(spec.get("generic_min_share", 0.0)))
    set_aside: list[dict] = []
    names = (council_names, allowed, places)
    source_types = dict(zip(df.council, df.council_type))  # (a source council's type, for another wording's fit)

    def own(c: DraftClause) -> bool:
        """The --base council's own clause (its place and wording are kept as it has them)."""
        return bool(opts.base) and not c.added
    # points that make the same point are merged across councils and sections; a merged point
    # is filed in the section of the wording kept
    pts = points
    heads, clusters, kept = _grouped(pts, opts)
    plan = [_plan(members, k, pts, heads, opts) for members, k in zip(clusters, kept)]  # (in_base, fits, pick)
    for n, s in enumerate(sections, 1):
        title = (s.get("title_local") if opts.local else None) or s["title"]  # a parish has a Chair, no leaders or groups
        title = title.format(member_term=opts.member_term)
        base_has_section = bool(opts.base) and any(p.doc_id == opts.base and p.section == s["id"] for p in pts)
        chosen: list[tuple[tuple, DraftClause]] = []
        for members, (in_base, fits, pick) in zip(clusters, plan):
            if pick is None or pts[pick].section != s["id"]:
                continue  # a point only other kinds of council make, or one for another section
            cluster_themes = {t for i in members for r in pts[i].rows for t in r["themes"]}
            if opts.base and not in_base and base_has_section and not (cluster_themes - base_themes):
                continue  # another council's point is added only where it covers what the base does not
            if s["id"] == "review" and re.search(spec["review_period"], pts[pick].lead_in or pts[pick].rows[0]["text"],
                                                 re.I):
                continue  # the draft's own review statement sets the period
            clause = _draft_clause(members, in_base, fits, pick, pts, heads, opts, names, set_aside)
            if clause is None:
                continue
            if not in_base and _own_setup(clause, members, pts, opts, min_councils, rare):
                own_setup += 1
                continue  # one council's own arrangements: the section is left short rather than filled with them
            merged_points += len(members) - 1
            docs = {pts[i].doc_id for i in members}
            order = (0, pick, 0.0) if in_base else (1, -len(docs), -heads[pick]["confidence"], pick)
            chosen.append((order, clause, heads[pick]))
        chosen.sort(key=lambda c: c[0])
        candidates = [(c, h) for o, c, h in chosen if o[0] == 1]
        if s.get("each_side"):
            candidates = _each_side_read(candidates, s.get("max", 10))
        picked = _read_once([(c, h) for o, c, h in chosen if o[0] == 0] if opts.base else [],
                            candidates, shown, s.get("max", 10), used_themes)
        if s["id"] == "elections":  # what the period is and what goes on as normal, then what changes in it
            picked.sort(key=lambda c: not (c.tag == "context" or _GOES_ON.search(c.text)))
        if s["id"] == "when_things_go_wrong":
            picked.sort(key=_step_order)
            picked, n_merged = _one_first_step(picked, own)
            merged_points += n_merged

            def as_drafted(other: dict) -> str | None:
                """Another source's wording (an entry of a clause's ``others``) as this draft would print it, or None
                where it does not fit this council's type and nation or is no draft material."""
                source = _source_of(other["ref"])
                kind = source_types.get(source)
                if opts.council_type not in applies_to(other["text"], kind, source) \
                        or clause_nation(other["text"], kind) not in (None, opts.nation):
                    return None
                text = _tidy(substitute_terms(other["text"], opts, council_names, source)[0])
                if foreign_names(text, opts.council, allowed, places) or not_draft_reason({"text": text}):
                    return None
                return text
            _first_step_agrees(picked, own, as_drafted)
        first = 2 if s["id"] == "review" else 1  # the review section opens with the adoption statement
        for k, c in enumerate(picked, first):
            c.number = f"{n}.{k}"
            used_themes.update(c.themes)
            additions += c.added
        # a section's note names only what the heat map shows no council covering
        missing = [themes[t]["label"] for t in s.get("expects", []) if t in themes and t not in covered]
        out.append(DraftSection(n, s["id"], title, picked, missing))
    # a point another clause has made is not made again: the sections that claim their clauses first keep theirs
    merged_points += read_points_once(out, lambda lead_in: _counted(lead_in) is not None,
                                      spec.get("read_order") or spec["claim_order"])
    merged_points += _fold_into_lists(out, own)
    _review_said_once(out, re.compile(spec["review_elsewhere"], re.I), own)
    merged_points += _routes_said_once(out, own)
    merged_points += _mutual_items(out, own, spec, opts)
    merged_points += _one_reply_time(out, own)
    merged_points += _one_list_per_lead_in(out, own)
    officers_also = _definitions_used(out, re.compile(spec["definition"], re.I), own,
                                      frozenset() if opts.nation == "scotland" else frozenset({"officer"}))
    for sec, s in zip(out, sections):  # a heading that names (committee) chairs needs a clause about them
        said = [" ".join([c.text] + [i.text for i in c.items]) for c in sec.clauses]
        if opts.local and s.get("title_local_alone") and not any(re.search(s["committee_chairs"], t, re.I) for t in said):
            sec.title = s["title_local_alone"]
        if not opts.local and s.get("title_no_chairs") and said and not any(re.search(s["chairs"], t, re.I) for t in said):
            sec.title = s["title_no_chairs"]
            if s.get("title_groups_only") and not any(re.search(s["leaders"], t, re.I) for t in said):
                sec.title = s["title_groups_only"]
    # a list drawn from several councils' lists holds at most draft.yaml ``list_max`` items, counted once the points
    # said above are gone (one council's own list, a list whose lead-in counts its items and the --base council's own
    # are printed whole)
    limit = int(spec["list_max"])
    for c in (c for sec in out for c in sec.clauses if len(c.items) > limit):
        if _counted(c.text) is None and not (opts.base and not c.added) \
                and len({_source_of(ref) for it in c.items for ref in it.sources}) > 1:
            _at_most(c, limit)
    for c in (c for sec in out for c in sec.clauses if c.items):  # a list that lost its last item ends anew
        for k, it in enumerate(c.items):
            it.text = _tidy(it.text.rstrip(";."), last=k == len(c.items) - 1, item=True)
    # (the sections some source has a clause for, used or not: a section left out says which of the two it is; read only
    # where a section is empty, as filing every clause left out costs seconds on a large dataset)
    sourced = set(usable.section) | {_section_of(r, by_id, spec["claim_order"])
                                     for r in df[df.left_out.notna()].to_dict("records")} \
        if any(not sec.clauses and sec.id != "review" for sec in out) else set()
    out, sections_left_out = _without_empty_sections(out, opts, sourced)
    if opts.pledges:
        out += _pledge_annex(df, opts, names, len(out) + 1, int(spec.get("pledge_max", 15)), set_aside)
    uncovered = [t["label"] for tid, t in themes.items() if tid not in covered]
    not_in_draft = [t["label"] for tid, t in themes.items() if tid in covered and tid not in used_themes]
    cited = {ref.split(" clause ")[0] for sec in out for c in sec.clauses for ref in c.sources}
    return Draft(opts, out, uncovered, council_names, additions, not_in_draft,
                 left_out=Counter(x for x in df.left_out if isinstance(x, str)) +
                 Counter({"one council's own arrangements": own_setup}), merged=merged_points,
                 published=_published(df, sorted(cited)), set_aside=set_aside,
                 pledges_left_out=0 if opts.pledges else int(is_pledge.sum()),
                 unnamed=int(df.loc[df.council.isna(), "doc_id"].nunique()), sections_left_out=sections_left_out,
                 officers_also=officers_also)


def _without_empty_sections(sections: list[DraftSection], opts: DraftOptions, sourced: set
                            ) -> tuple[list[DraftSection], list[str]]:
    """The sections that print a clause (and the review section, which opens with the adoption statement), numbered
    anew, and a line for each section left out: its title and why (its points are made in other clauses, by the
    numbers they are printed under; or the sources' clauses there, a section id in ``sourced``, are none of them this
    kind of council's protocol wording; or no source has a clause there). An empty heading over "No source covers this
    section" read as a placeholder to the clerks of reader round 77 (the Chair of a parish draft built from 29
    documents), and the themes note did not say the section was missing."""
    kept: list[DraftSection] = []
    for sec in sections:
        if not sec.clauses and sec.id != "review":
            continue
        sec.number = len(kept) + 1
        for c in sec.clauses:
            c.number = f"{sec.number}.{c.number.split('.', 1)[1]}" if "." in c.number else c.number
        kept.append(sec)
    printed = {id(c) for sec in kept for c in sec.clauses}
    left_out = []
    for sec in sections:
        if sec.clauses or sec.id == "review":
            continue
        # (the clauses that make its points, by the numbers they are printed under; one folded into another since
        # is no longer printed, and its points are then made "elsewhere")
        above = sorted({c.number for c in sec.made_above if id(c) in printed},
                       key=lambda n: [int(x) for x in n.split(".") if x.isdigit()])
        if above:
            where = ", ".join(above[:-1]) + " and " + above[-1] if len(above) > 1 else above[0]
            left_out.append(f"{sec.title}: the points the sources make here are made in "
                            f"{'clause' if len(above) == 1 else 'clauses'} {where}")
        elif sec.made_above:
            left_out.append(f"{sec.title}: the points the sources make here are made elsewhere in this draft")
        elif sec.id in sourced:
            # (the sources' clauses here are another kind of council's, a guide's advice to its reader, cut off ...:
            # adversarial review 79)
            left_out.append(f"{sec.title}: none of the sources' clauses here fits a {opts.council_type} council as "
                            "protocol wording")
        else:
            left_out.append(f"{sec.title}: no source has a clause here")
    return kept, left_out


def _reletter(items: list[DraftItem]) -> None:
    """Letter a list's items (a), (b), (c) ... in their order, once some have left it."""
    for k, it in enumerate(items):
        it.letter = item_letter(k)


def _renumber(sec: DraftSection) -> None:
    """Number a section's clauses in their order, as build_draft does (the review section's from 2: its adoption
    statement is 1), once some have left it."""
    for k, c in enumerate(sec.clauses, 2 if sec.id == "review" else 1):
        c.number = f"{sec.number}.{k}"


def _fold_into_lists(sections: list[DraftSection], own: Callable[[DraftClause], bool]) -> int:
    """Fold, in place, each one-sentence clause that opens with the lead-in of a list in its own section into that
    list as its first item, so that the reader meets the lead-in once: "Officers are responsible for giving impartial
    and professional advice ..." above "Officers are responsible for:" (reader round 37's district draft, 3.3 and
    3.4). A list whose lead-in counts its items and the --base council's ``own`` clauses are left as they are.
    Returns the number of clauses folded."""
    folded = 0
    for sec in sections:
        lists = [c for c in sec.clauses if c.items and _counted(c.text) is None and not own(c)]
        kept: list[DraftClause] = []
        for c in sec.clauses:
            home = None if c.items or own(c) else next((lst for lst in lists if _opens_with(c.text, lst.text)), None)
            if home is None:
                kept.append(c)
                continue
            rest = c.text[len(_lead_stem(home.text)):].strip()
            home.items.insert(0, DraftItem("", rest, list(c.sources), list(c.substituted)))
            home.sources = sorted(set(home.sources) | set(c.sources))
            home.themes = sorted(set(home.themes) | set(c.themes))
            home.others.extend(c.others)
        if len(kept) != len(sec.clauses):
            folded += len(sec.clauses) - len(kept)
            sec.clauses = kept
            _renumber(sec)
            for c in (c for c in kept if c.items):
                _reletter(c.items)
    return folded


_DAYS = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+(?:clear\s+)?working\s+"
                   r"days?\b", re.I)
_REPLY_WORD = re.compile(r"\b(?:repl(?:y|ies|ied)|respon(?:d|ds|se|ses)|answer(?:s|ed)?|acknowledg\w*)\b", re.I)
_NOT_A_MESSAGE = re.compile(r"\b(?:complaints?|grievances?|appeals?|stage|hearing|investigat\w*|freedom of information|"
                            r"subject access|request for information under)\b", re.I)


_STANDARD_TIME = re.compile(r"\bwithin\s+(?:the\s+)?(?:agreed|published|set|target|normal|council[’']s|service)?\s*"
                            r"(?:timescales?|response\s+times|times|deadlines|service\s+standards)\b", re.I)


# (only a reply to an enquiry or a message; a consultation, a question at a meeting or a statutory return keeps its own
# deadline: adversarial review 86)
_ENQUIRY = re.compile(r"\b(?:enquir\w*|correspondence|e-?mails?|messages?|casework|letters?)\b", re.I)
_OTHER_MESSAGE = re.compile(r"\b(?:consultations?|declarations?|standing\s+orders|by\s+law|statutory|questions?\s+at)\b",
                            re.I)


def _reply_times(text: str) -> set[tuple[str, str]]:
    """The reply times a clause gives for a message between the two sides: ("acknowledge", "three") and ("reply",
    "ten") for "Officers will acknowledge an enquiry within three working days and send a full response within ten
    working days"; none for a complaint's or a request under the law's time limits (those are a procedure's own)."""
    if _NOT_A_MESSAGE.search(text):
        return set()
    out = set()
    # (a standard's time without its figure, after a time given above: "respond to enquiries within the timescales set
    # out in the Council's customer standards", round 83's district draft, 5.3(b) under 5.1's three and ten days)
    standards = _STANDARD_TIME.finditer(text) if _ENQUIRY.search(text) and not _OTHER_MESSAGE.search(text) else []
    for m in standards:
        word = list(_REPLY_WORD.finditer(text[max(0, m.start() - 80):m.start()]))
        if word:
            out.add(("acknowledge" if word[-1].group(0).lower().startswith("acknowledg") else "reply", "the standard"))
    for m in _DAYS.finditer(text):
        before = list(_REPLY_WORD.finditer(text[max(0, m.start() - 80):m.start()]))
        after = _REPLY_WORD.search(text[m.end():m.end() + 25])  # ("... allow at least three working days for a reply")
        word = before[-1] if before else after
        if word is not None:
            out.add(("acknowledge" if word.group(0).lower().startswith("acknowledg") else "reply", m.group(1).lower()))
    return out


def _list_point(lead_in: str) -> str | None:
    """What a list's lead-in sets out: a set-form point ("expectations", "roles") or a party's modal alone ("must not")."""
    return lead_in_point(lead_in) or bare_lead_in(lead_in)


def _one_list_per_lead_in(sections: list[DraftSection], own: Callable[[DraftClause], bool]) -> int:
    """One list under each lead-in in a section: a list whose lead-in states the same set form for the same holder as
    a list above it in its section that binds the same side ("Officers can expect Councillors:" over "(a) To treat
    them with courtesy ..." and "Officers can expect Councillors to:" over "(a) Understand that officers cannot always
    give them the answer they want": this session's district draft, 6.1 and 6.5, read as a repeated lead-in) joins
    that list: its items that continue the first lead-in in the same frame as its items are added to them, the others
    go to its other wordings (an item is never reworded to fit), an item both lists hold once; a lead-in that says
    "not" joins only another that does (adversarial review 49). The --base council's ``own`` lists are left as they
    are. Returns how many lists were joined."""
    joined = 0
    for sec in sections:
        kept: list[DraftClause] = []
        for c in sec.clauses:
            point = _list_point(c.text) if c.items else None
            first = next((k for k in kept if k.items and point is not None and k.side == c.side
                          and _list_point(k.text) == point and _same_holder(k.text, c.text)
                          and _lead_form(k.text) == _lead_form(c.text)
                          and bool(_NEGATED.search(k.text)) == bool(_NEGATED.search(c.text))), None)
            if first is None or own(c) or own(first):
                kept.append(c)
                continue
            frame = Counter(_frame(it.text) for it in first.items).most_common(1)[0][0]
            held = {joined_words(x.text): x for x in first.items}
            for it in c.items:
                same = held.get(joined_words(it.text))
                if same is not None:  # the same item in both lists: once, its sources joined
                    same.sources += [s for s in it.sources if s not in same.sources]
                elif _frame(it.text) == frame:
                    first.items.append(DraftItem("", it.text, it.sources, it.substituted))
                else:
                    first.others.append({"ref": "; ".join(it.sources), "text": _as_read(it.text, c.text)})
            first.sources += [s for s in c.sources if s not in first.sources]
            first.others += c.others
            for k, it in enumerate(first.items):
                it.letter = item_letter(k)
            joined += 1
        if len(kept) != len(sec.clauses) and "." in kept[0].number:
            prefix, start = kept[0].number.rsplit(".", 1)
            for k, c in enumerate(kept, int(start)):
                c.number = f"{prefix}.{k}"
        sec.clauses = kept
    return joined


def _one_reply_time(sections: list[DraftSection], own: Callable[[DraftClause], bool]) -> int:
    """One reply time in a draft: a clause or list item read after one that set how soon a message is answered (or
    acknowledged), that gives another time for the same, goes to that clause's other wordings ("The Clerk will reply to
    Councillors' emails ... within five working days" above "... Councillors should allow at least three working days
    for a reply": the 276-document parish draft's 5.1 and 6.3, read as a contradiction, session of 6 December 2026; the
    readers of rounds 45 and 47 found the same). The --base council's ``own`` clauses are left as they are, and a list
    keeps one item at least. Returns how many were moved."""
    said: dict[str, tuple[str, DraftClause]] = {}  # kind -> (the time, the clause that gave it first)
    moved = 0
    for sec in sections:
        kept = []
        for c in sec.clauses:
            if c.items:
                items = []
                for k, it in enumerate(c.items):
                    times = _reply_times(it.text)
                    clash = _clash(times, said)
                    if clash is not None and not own(c) and len(items) + len(c.items) - k > 1:  # (one item stays)
                        clash.others.append({"ref": "; ".join(it.sources), "text": _as_read(it.text, c.text)})
                        moved += 1
                        continue
                    _record(times, c, said)
                    items.append(it)
                if len(items) != len(c.items):
                    c.items = items
                    _reletter(c.items)
                kept.append(c)
                continue
            times = _reply_times(c.text)
            clash = _clash(times, said)
            if clash is not None and not own(c):
                clash.others.append({"ref": "; ".join(c.sources), "text": c.text})
                moved += 1
                continue
            _record(times, c, said)
            kept.append(c)
        if len(kept) != len(sec.clauses):
            sec.clauses = kept
            _renumber(sec)
    return moved


def _clash(times: set[tuple[str, str]], said: dict[str, tuple[str, DraftClause]]) -> DraftClause | None:
    """The clause that gave, for a kind of reply these ``times`` give, another time."""
    return next((said[kind][1] for kind, n in sorted(times) if kind in said and said[kind][0] != n), None)


def _record(times: set[tuple[str, str]], c: DraftClause, said: dict[str, tuple[str, DraftClause]]) -> None:
    for kind, n in sorted(times):
        if n != "the standard":  # (a time without its figure never sets one a clause below must keep to)
            said.setdefault(kind, (n, c))


def _mutual_items(sections: list[DraftSection], own: Callable[[DraftClause], bool], spec: dict,
                  opts: DraftOptions) -> int:
    """Print once, in place, what both sides can expect of each other: the items of the "can expect" lists of the
    sections draft.yaml ``mutual.sections`` names (what councillors can expect from officers, and the reverse) that
    say the same thing besides the parties' names (``mirrored``) leave both lists for one list under draft.yaml
    ``mutual.lead_in``, first in the first of those sections, in the wording of the pair that names no party (a pair
    whose wordings both name a party says one thing of each side: "That Officers will not use their contact with
    Councillors ..." / "That Councillors will not use their position ..."). Reader round 42 read "A working
    partnership" and "Respect, courtesy, integrity and appropriate confidentiality" in both lists of the parish draft as
    repeats. Done only for ``mutual.min_items`` such pairs or more; a list left empty goes; the --base council's own
    lists are left as they are. Returns the number of items merged."""
    rule = spec["mutual"]
    first, second = (next((s for s in sections if s.id == sid), None) for sid in rule["sections"])
    if first is None or second is None:
        return 0
    items = [[(c, it) for c in sec.clauses if c.items and not own(c) for it in c.items] for sec in (first, second)]
    pairs: list[tuple[tuple[DraftClause, DraftItem], tuple[DraftClause, DraftItem]]] = []
    taken: set[int] = set()
    for a in items[0]:
        b = next((b for b in items[1] if id(b[1]) not in taken and mirrored(a[1].text, b[1].text) and
                  not (names_party(a[1].text) and names_party(b[1].text))), None)
        if b is not None:
            taken.update((id(a[1]), id(b[1])))
            pairs.append((a, b))
    if len(pairs) < int(rule["min_items"]):
        return 0
    left = [c for c in second.clauses if not c.items or own(c) or any(id(it) not in taken for it in c.items)]
    if not left:
        return 0  # (a section the shared list would empty says what its side can expect as it is: adversarial review 45)
    mutual = DraftClause("", rule["lead_in"].format(member_term=opts.member_term), [], "expectation", [], side="both")
    for (ca, a), (cb, b) in pairs:
        keep, other, other_lead = (b, a, ca.text) if names_party(a.text) else (a, b, cb.text)
        mutual.items.append(DraftItem("", keep.text, sorted(set(a.sources) | set(b.sources)),
                                      sorted(set(a.substituted) | set(b.substituted))))
        if content_words(other.text) != content_words(keep.text):  # the same words are no other wording
            mutual.others.append({"ref": "; ".join(other.sources), "text": _as_read(other.text, other_lead)})
        mutual.sources = sorted(set(mutual.sources) | set(a.sources) | set(b.sources))
        mutual.themes = sorted(set(mutual.themes) | set(ca.themes) | set(cb.themes))
    for sec in (first, second):
        emptied = set()
        for c in (c for c in sec.clauses if c.items and not own(c)):
            c.items = [it for it in c.items if id(it) not in taken]
            _reletter(c.items)
            if not c.items:
                emptied.add(id(c))
        sec.clauses = [c for c in sec.clauses if id(c) not in emptied]
    _reletter(mutual.items)
    first.clauses.insert(0, mutual)
    for sec in (first, second):
        _renumber(sec)
    return len(pairs)


def _review_said_once(sections: list[DraftSection], rx: re.Pattern, own: Callable[[DraftClause], bool]) -> None:
    """Leave out, in place, each clause and list item that gives this protocol's review to someone (draft.yaml
    ``review_elsewhere``): the review section's own statement says who reviews it and when, and a source's other
    arrangement beside it contradicts it ("This Protocol will be reviewed by the Staffing Committee twelve months after
    its adoption" under "The Clerk will review it every two years": round 68's parish draft, 10.1 and 10.3). A list
    keeps its other items; the --base council's ``own`` clauses are left as they are."""
    for sec in sections:
        kept = []
        for c in sec.clauses:
            if own(c):
                kept.append(c)
            elif c.items:
                items = [it for it in c.items if not rx.search(it.text)]
                if 0 < len(items) < len(c.items) and _counted(c.text) is None:
                    _reletter(items)
                    c.items = items
                kept.append(c)
            elif not all(rx.search(x) for x in re.split(r"(?<=[.;!?])\s+", c.text.strip()) if x) \
                    or re.search(r"\b(?:and|but|or)\s+(?:\w+\s+)?(?:must|should|shall|will|may|can)\b|\b(?:never|not)\b", c.text):
                # (a clause that says more than who reviews the protocol keeps its place: "... review the protocol
                # with any councillor who raises a concern, and must never share ...", adversarial review 41)
                kept.append(c)
        if len(kept) != len(sec.clauses):
            sec.clauses = kept
            _renumber(sec)


_OPENS_DEFINITION = re.compile(r"(?:in\s+this\s+(?:protocol|code|policy|procedure|document|guidance),?\s+)?[\"“‘']", re.I)
_DEFINES = (r"(?:means|includes|has\s+the\s+(?:same\s+)?meaning|is\s+defined\s+as|refers\s+to|"
            r"shall\s+(?:mean|include))\b")
_DEFINING_VERB = re.compile(r"\b" + _DEFINES, re.I)
_BINDS = re.compile(r"\b(?:must|should|shall\s+not|will|may|can|cannot)\b", re.I)  # (a permission adds a rule too)
# the terms a clause defines, each in its quotation marks ("'Councillor' includes …, and 'the Clerk' means …")
_DEFINED = re.compile(r"[\"“‘'](?P<term>[A-Za-z][\w’' -]{0,40}?)[\"”’']\s+" + _DEFINES, re.I)


def _definitions_used(sections: list[DraftSection], rx: re.Pattern, own: Callable[[DraftClause], bool],
                      preset: frozenset[str] = frozenset()) -> list[str]:
    """Leave out, in place, each clause that defines a term (draft.yaml ``definition``) that no other clause or list
    item of the draft uses: a definition is there for the clauses that use its term; and each clause that does nothing
    but define, in quotation marks, terms a clause above has defined already (one definition of each term). The
    --base council's ``own`` clauses are left as they are. Returns whom the left-out definitions of a ``preset`` term
    add to it ("agency staff", "contractors"), for the draft's own definition to name (adversarial review 80)."""
    widened: list[str] = []
    # ("officers" the draft defines itself, over its first section: a source's "'Officer' means any person employed by
    # the Council, including agency staff and contractors" under "In this Protocol:" said it twice, and differently, to
    # both district readers of round 78)
    defined: set[str] = set(preset)
    repeated: set[int] = set()
    for sec in sections:
        for c in sec.clauses:
            if c.items and not own(c):
                items, added = [], set()
                for it in c.items:
                    terms = _terms_defined(it.text)
                    gone = _gives_way(terms, it.text, defined, preset)
                    if gone is None:
                        items.append(it)
                        added |= terms
                    else:
                        widened += gone
                if len(items) != len(c.items):
                    c.items = items
                    _reletter(items)
                if not items:
                    repeated.add(id(c))
                defined |= added
            terms = _only_definitions(c) if not own(c) else set()
            gone = _gives_way(terms, c.text, defined, preset)
            if gone is not None:
                widened += gone
                repeated.add(id(c))  # ("1.3 In this Protocol, 'Councillor' includes … and 'the Clerk' means …" /
                # "1.5 In this protocol "Councillor" includes any co-opted member …, and "the Clerk" includes any
                # deputy …": reader round 1 of 7 December)
            defined |= terms
    said = [(c, " ".join([c.text, *(it.text for it in c.items)])) for sec in sections for c in sec.clauses
            if id(c) not in repeated]
    for sec in sections:
        kept = []
        for c in sec.clauses:
            if id(c) in repeated:
                continue
            m = None if own(c) else rx.match(c.text)
            used = re.compile(r"\b" + re.escape(m["term"].strip().strip("’'\"”")) + r"s?\b", re.I) if m else None
            if used is None or any(used.search(t) for d, t in said if d is not c):
                kept.append(c)
        if len(kept) != len(sec.clauses):
            sec.clauses = kept
            _renumber(sec)
    return list(dict.fromkeys(widened))


def _gives_way(terms: set[str], text: str, defined: set[str], preset: frozenset[str]) -> list[str] | None:
    """Whether a definition of ``terms`` (a clause's or a list item's ``text``) gives way to one above or to the draft's
    own: None where it stays (a term not yet defined, or a ``preset`` term it widens in words the note cannot name,
    ``_widened``); else whom it adds to a ``preset`` term, for the note to name ([] for none)."""
    if not terms or not terms <= defined:
        return None
    return _widened(text) if terms & preset else []


def _only_definitions(c: DraftClause) -> set[str]:
    """The terms a clause defines, where it does nothing else: it opens with a term in quotation marks (after "In
    this Protocol," or not), every "means" or "includes" in it defines a quoted term, it binds nobody and has no list
    ("'Councillor' includes a co-opted member, who must also follow this protocol" adds a rule: adversarial review
    70)."""
    return set() if c.items else _terms_defined(c.text)


def _terms_defined(text: str) -> set[str]:
    """The terms ``text`` defines, where it does nothing else (``_only_definitions``): a clause's or a list item's."""
    text = text.strip()
    if _BINDS.search(text) or not _OPENS_DEFINITION.match(text):
        return set()
    found = _DEFINED.findall(text)
    if len(found) != len(_DEFINING_VERB.findall(text)):
        return set()
    return {re.sub(r"^the\s+|s$", "", t.strip().lower()) for t in found}


def _lead_stem(lead_in: str) -> str:
    """A list's lead-in without its colon: "Officers are responsible for"."""
    return re.sub(r"\s*:\s*$", "", lead_in.strip())


def _opens_with(text: str, lead_in: str) -> bool:
    """``text`` is one sentence that opens with ``lead_in``'s words (three or more) and goes on."""
    stem = _lead_stem(lead_in)
    body = text.strip().rstrip(".")
    return (len(stem.split()) >= 3 and body.lower().startswith(stem.lower() + " ") and len(body) > len(stem) + 3
            and not re.search(r"[.;:]\s+\S", body))


def _own_setup(clause: DraftClause, members: list[int], pts: list[_Point], opts: DraftOptions,
               min_councils: int, rare: set[str]) -> bool:
    """One council's own arrangements, not a point for this draft: the kept wording names an office,
    body, service or page of its own (fit.own_setup_names: "the Caretaker", "the Councillors' Enquiry
    Service"; not the generic ones nor this council's own terms) that fewer than ``min_councils``
    councils of the group name, even where other councils make the point in their own words; or
    fewer than ``min_councils`` councils make the point and its wording uses a word of the ``rare``
    vocabulary (draft.yaml generic_min_share: "Appointees are asked to report on the outside body")."""
    allowed = (opts.council, opts.member_term, opts.senior_officer, opts.monitoring_officer, opts.personnel_committee,
               opts.chair_term, f"Vice-{opts.chair_term}")
    texts = [(_council(r), " ".join([pts[i].lead_in or ""] + [r["text"]])) for i in members for r in pts[i].rows]

    def own(text: str) -> bool:
        return any(len({c for c, t in texts if re.search(r"\b" + re.escape(name) + r"\b", t)}) < min_councils
                   for name in own_setup_names(text, allowed))

    if own(clause.text):
        return True
    if clause.items:
        # an item naming one council's own body ("Authority business affecting their area") leaves the list, not
        # the list the draft: the whole "Councillors can expect officers to:" list had gone for one such item
        gone = [it for it in clause.items if own(it.text)]
        if gone and len(gone) < len(clause.items):
            clause.others += [{"ref": ref, "text": it.text} for it in gone for ref in it.sources[:1]]
            clause.items = [it for it in clause.items if it not in gone]
            _reletter(clause.items)
        elif gone:
            return True
    text = " ".join([clause.text] + [it.text for it in clause.items])
    if len({c for c, _ in texts}) >= min_councils:
        return False
    for name in allowed:
        text = text.replace(name, " ")
    return bool(content_words(text) & rare)


def _rare_words(df: pd.DataFrame, share: float) -> set[str]:
    """The content words (similarity.content_words) fewer than ``share`` of the documents use: none
    in a dataset so small that ``share`` of it is less than one document (every word is some council's)."""
    docs: Counter = Counter()
    for _, texts in df.groupby("doc_id")["text"]:
        docs.update(frozenset().union(*(content_words(t) for t in texts if isinstance(t, str))))
    floor = share * df.doc_id.nunique()
    return {w for w, n in docs.items() if n < floor}


def _pledge_annex(df: pd.DataFrame, opts: DraftOptions, names: tuple, number: int, limit: int,
                  set_aside: list[dict]) -> list[DraftSection]:
    """The annex of first-person pledges ("I will ...") that at least two sources share, clustered
    and chosen like the draft's clauses (fit for the council type and nation, the council's terms),
    the most widely shared first: one section for the pledges councillors make, one for officers'
    and one for pledges that bind both (or say not whom), each only when it has any."""
    from dataclasses import replace

    rows = df[(df.left_out == "pledge") & df.nation.map(lambda n: not isinstance(n, str) or n == opts.nation)]
    rows = rows[[not_draft_reason(r, first_person=True) is None for r in rows.to_dict("records")]]
    pts = _points(rows.assign(section="pledges"))
    o = replace(opts, base=None)
    heads, clusters, kept = _grouped(pts, o) if pts else ([], [], [])
    chosen: dict[str, list] = {"member": [], "officer": [], "both": []}
    for members, k in zip(clusters, kept):
        docs = {pts[i].doc_id for i in members}
        _, fits, pick = _plan(members, k, pts, heads, o)
        if len(docs) < 2 or pick is None:
            continue
        clause = _draft_clause(members, False, fits, pick, pts, heads, o, names, set_aside)
        if clause is not None:
            party = _SIDES.get(heads[pick]["actor"] or "", "both")
            chosen[party].append(((-len(docs), pick), clause))
    titles = {"member": f"Annex: pledges {opts.member_term}s make", "officer": "Annex: pledges officers make",
              "both": "Annex: pledges for everyone"}
    annex = []
    for party, found in chosen.items():
        picked = [c for _, c in sorted(found, key=lambda c: c[0])][:limit]
        if picked:
            for k, c in enumerate(picked, 1):
                c.number = f"{number + len(annex)}.{k}"
            annex.append(DraftSection(number + len(annex), "pledges", titles[party], picked, []))
    return annex or [DraftSection(number, "pledges", "Annex: pledges the sources share", [], [])]


# Merging groups whose kept wordings repeat one another: at most MERGE_ROUNDS passes (each changes which
# wordings are kept), and only where each kept wording makes the point of at least 1/SPEAKS_FOR of the
# other group. Without that check, groups snowballed on the gold build into one of 74 wordings whose kept
# one ("if unresolved, the formal procedure") hid the informal first step. With 1/4 the largest groups
# hold 34 (parish) and 46 (district) wordings of one point; the drafts' clauses that the same-point rule
# still pairs up are 19 and 14 pairs (22 and 16 with 1/3; 10 and 4 without the check).
MERGE_ROUNDS = 4
SPEAKS_FOR = 4


def _read_once(own: list[tuple[DraftClause, dict]], candidates: list[tuple[DraftClause, dict]],
               shown: list[tuple[DraftClause, dict]], limit: int, used_themes: set[str]) -> list[DraftClause]:
    """A section's clauses as a reader meets them: the --base protocol's own clauses as they are,
    then the ``candidates`` (best first) that repeat nothing printed before, in this section or an
    earlier one, out of the first ``limit`` candidates (a repeat uses up its slot). A candidate repeats a printed clause when the two wordings make
    the same point (``_same_head``, compared with the printed wording itself, so that one loose
    likeness never chains points together; whatever their tags and parties when they share at least
    similarity.yaml ``reader_shared_words`` content words besides the parties' names, as a reader sees "The Clerk takes instructions only
    from the Council as a whole" and "No individual councillor may instruct the Clerk; instructions come
    only from the Council as a whole" as one point, though never a step of a procedure and a clause that is none
    ("A breach of this protocol by a Councillor may be referred to the Monitoring Officer" is not "The Monitoring
    Officer will advise on this Protocol ... and keep a record of any breach"); within
    one section, whose clauses share their tag and party, by the reader's bar of similarity.yaml
    ``reader_point``); a clause repeats an item of a printed list of its tag
    when it says what the item says (``_says_item``), and of any tag in nearly the same words; a list's item that repeats an item of a printed
    list is dropped from it, and a list left with fewer than two items repeats that list. A repeat is
    not printed: its sources join the printed clause's note and its wording that clause's other wordings."""
    out = [c for c, _ in own]
    own_ids = {id(c) for c, _ in own}  # the --base protocol's own clauses keep their wording
    first = len(shown)  # shown[first:] are this section's
    shown.extend(own)
    reader = reader_rule()
    taken = 0  # candidates printed or merged into a printed clause: a repeat uses up its slot, so that
    # the slot is not refilled by a weaker candidate that is often another wording of the same point
    for c, head in candidates:
        if taken >= limit:
            break
        taken += 1
        printed_items = [(dc, it) for dc, _ in shown if dc.items for it in dc.items]
        if c.items:
            home = next((dc for dc, h in shown if dc.items and _same_head(head, h)), None)
            if home is None:  # an item repeats an item of a list that binds the same side: "Officers can expect
                # Councillors: to respect the advice they give" does not repeat "Officers are responsible for: giving advice"
                same_side = [(dc, it) for dc, h in shown if dc.items and _one_side(head, h) for it in dc.items]
                home = _drop_repeated_items(c, same_side, [dc for dc, _ in shown if not dc.items])
        else:
            home = next((dc for k, (dc, h) in enumerate(shown) if not dc.items and (
                _same_head(head, h) or k >= first and (_same_head(head, h, reader) or same_slot(head, h) or
                                                       head["tag"] == h["tag"] == "escalation" and
                                                       head["actor"] == h["actor"] and same_condition(c.text, dc.text)) or
                shared_beyond_parties(head["text"], h["text"]) >= reader_shared_words() and _one_side(head, h) and
                (head["tag"] == "escalation") == (h["tag"] == "escalation") and
                _same_head(head, {**h, "tag": head["tag"], "actor": head["actor"]}) or
                same_set_point(head["text"], h["text"]) or same_set_point(c.text, dc.text) or
                same_opening(c.text, dc.text) and _one_side(head, h) or
                (near_identical(c.text, dc.text) or restates(c.text, dc.text) or sentence_repeats(dc.text, c.text)
                 or mirror_rule(c.text, dc.text)) and
                (head["tag"] == "escalation") == (h["tag"] == "escalation"))),
                None) or next(
                (dc for dc, it in printed_items if dc.tag == c.tag and _says_item(c.text, it.text) or
                 same_set_point(c.text, it.text) or _holds(c.text, it.text) or near_identical(c.text, it.text)), None)
        # (whatever their tags: the district draft's 8.4 was a step, "Any dispute ... will be decided by the Monitoring
        # Officer", and 8.6 a limit that said it again)
        held = None if home is not None or c.items else next(
            (dc for dc, h in shown if not dc.items and id(dc) not in own_ids and sentence_repeats(c.text, dc.text)),
            None)
        if held is not None:
            # the candidate says all that a printed clause says, and more ("Any dispute ... will be decided by the
            # Monitoring Officer" printed, then "A Councillor does not have a right to information out of curiosity,
            # and any dispute ... will be determined by the Monitoring Officer"): its wording takes the printed one's
            # place, so that the point is read once and the addition is not lost
            held.others.append({"ref": "; ".join(held.sources), "text": held.text})
            held.text, held.substituted = c.text, sorted(set(held.substituted) | set(c.substituted))
            home = held
        if home is None:
            out.append(c)
            shown.append((c, head))
            continue
        home.sources = sorted(set(home.sources) | set(c.sources))
        if home is not held:  # (a held clause's wording is now the candidate's own)
            home.others.append({"ref": "; ".join(c.sources), "text": " ".join([c.text] + [i.text for i in c.items])})
        home.others.extend(c.others)
        home.themes = sorted(set(home.themes) | set(c.themes))
        used_themes.update(c.themes)
    return out


def _each_side_read(candidates: list[tuple[DraftClause, dict]], limit: int) -> list[tuple[DraftClause, dict]]:
    """The candidates (best first) with the best one of each side (councillors, officers) among the first ``limit``: a
    side that none of them binds has its best candidate moved to the last place read, before the rest."""
    out = list(candidates)
    seen = {_SIDES.get(h.get("actor") or "") for _, h in out[:limit]}
    moved = 0
    for side in ("member", "officer"):
        k = next((k for k, (_, h) in enumerate(out) if _SIDES.get(h.get("actor") or "") == side), None)
        if side not in seen and k is not None and k >= limit:
            out.insert(max(limit - 1 - moved, 0), out.pop(k))
            moved += 1
    return out


def _one_side(a: dict, b: dict) -> bool:
    """Two points bind one side: their actors' sides are the same, or one names none or binds both."""
    # (the council is a side too; a point that binds both is one side with either: "Councillors and officers are
    # expected to: avoid personal criticism of each other ..." repeats "Officers can expect Councillors to: not criticise
    # the Clerk at public meetings ...", reader round 7's parish draft, 6.5 and 6.1)
    sa, sb = (None if x.get("actor") == "both" else _SIDES.get(x.get("actor") or "", x.get("actor") or None)
              for x in (a, b))
    return sa is None or sb is None or sa == sb


def _says_item(text: str, item: str) -> bool:
    """A clause says what a list item says: their content words overlap by item_threshold
    (similarity.yaml), or the clause holds at least item_min_shared of the item's content words
    and item_threshold of them ("The Clerk will serve all councillors equally and without favour"
    holds "Treat all councillors fairly and without favouritism"), unless their modals are opposed."""
    if opposed(text, item):
        return False
    if overlap(text, item, item_min_shared()) >= item_threshold():
        return True
    ci, ct = content_words(item), content_words(text)
    shared = len(ci & ct)
    return bool(ci) and shared >= item_min_shared() and shared / len(ci) >= item_threshold() + 0.15


def _holds(text: str, item: str) -> bool:
    """A clause holds a list item whatever their tags: it has at least similarity.yaml ``holds_min_shared``
    of the item's content words besides the parties' names, and ``holds_share`` of all of them ("The Clerk
    is the Council's principal adviser on procedure and the law" holds "Advising the Council on the law and
    its procedures"), and their modals are not opposed (a clause that forbids does not hold an item that
    forbids nothing: "Councillors must not give advice on the law" is not "Advising the Council on the law")."""
    rule = load_rules("similarity.yaml")["holds"]
    ci = content_words(item)
    shared = shared_beyond_parties(text, item)
    negated = forbids(text) != forbids(item)
    return bool(ci) and shared >= rule["min_shared"] and len(ci & content_words(text)) >= rule["share"] * len(ci) \
        and not negated


def _drop_repeated_items(c: DraftClause, printed: list[tuple[DraftClause, DraftItem]],
                         clauses: list[DraftClause]) -> DraftClause | None:
    """Drop from list ``c`` the items that repeat an item already printed (``similarity`` at the item
    bar) or that a printed clause of the list's tag says (``_says_item``), or of any tag in nearly the same words
    (``near_identical``: "Not use their position to seek favourable treatment for themselves, their families or
    friends" under "Officers can expect Councillors to:" and a prohibition printed below it, reader round 25); their
    wording goes to that
    clause's other wordings. When fewer than two items are left, or any item of a list whose lead-in counts its
    items, the list or clause it repeats most (None when it repeats none or keeps two or more)."""
    kept, homes = [], Counter()
    for it in c.items:
        home = next((dc for dc, other in printed if not opposed(it.text, other.text) and
                     similarity(it.text, other.text, item_min_shared()) >= item_threshold() or
                     same_set_point(it.text, other.text)), None) or next(
            (dc for dc in clauses if dc.tag == c.tag and _says_item(dc.text, it.text) or
             same_set_point(dc.text, it.text) or _holds(dc.text, it.text) or near_identical(dc.text, it.text)), None)
        if home is None:
            kept.append(it)
        else:
            homes[id(home)] += 1
            home.others.append({"ref": "; ".join(it.sources), "text": _as_read(it.text, c.text)})
    if len(kept) == len(c.items):
        return None
    # (a list whose lead-in counts its items, "four main areas of responsibility:", is printed whole or not at all:
    # one of its items said already makes it the list it repeats)
    if len(kept) < 2 or _counted(c.text) is not None:
        best = homes.most_common(1)[0][0]
        return next(dc for dc in [dc for dc, _ in printed] + clauses if id(dc) == best)
    for k, it in enumerate(kept):
        it.letter = item_letter(k)
        it.text = _tidy(it.text.rstrip(";."), last=k == len(kept) - 1, item=True)
    c.items = kept
    return None


def _grouped(pts: list[_Point], opts: DraftOptions) -> tuple[list[dict], list[list[int]], list[int | None]]:
    """The points' heads (each with its sentence vector), the groups of points that make the same
    point (clustered, then merged where the wordings a reader would see repeat one another), and
    each group's kept wording for this council type (None when none fits). Only the candidate
    pairs of similarity.candidate_pairs are tested, and a group's kept wording is chosen once."""
    heads = [p.head for p in pts]
    attach_vectors(heads)  # linear: centred on the mean of every wording, each counted as often as it occurs
    clusters, rep_of, near = _cluster_collapsed(heads, _same_head, candidate_pairs)
    memo: dict[tuple[int, ...], int | None] = {}

    def kept(members: list[int]) -> int | None:
        key = tuple(members)
        if key not in memo:
            fits = {i for i in members if _fits(heads[i], opts)}
            memo[key] = _chosen(heads, members, _making_main_point(heads, members, fits)) if fits else None
        return memo[key]

    for _ in range(MERGE_ROUNDS):  # merging changes which wording is kept: repeat while groups merge
        before = len(clusters)
        clusters = _merge_shown(clusters, [kept(m) for m in clusters], near, rep_of)
        if len(clusters) == before:
            break
    return heads, clusters, [kept(m) for m in clusters]


def _making_main_point(heads: list[dict], members: list[int], fits: set[int]) -> set[int]:
    """The wordings of a group that may be kept: those that fit the council and make the point (similarity.yaml
    ``points``) that most of the group's documents make, where one point is made by at least half of them; else all
    that fit. A group drawn together from two points keeps a wording of the main one: the 216-document parish draft
    kept "The Chair of the Staffing Committee is the Clerk's line manager ..." for a group of 79 clauses, most of them
    "No individual councillor may instruct the Clerk", and the rule itself went unsaid (reader round 45)."""
    docs: dict[str, set] = {}
    for i in members:
        for k in set_points(heads[i]["text"]):
            docs.setdefault(k, set()).add(heads[i].get("doc_id"))
    if not docs:
        return fits
    point, by = max(docs.items(), key=lambda kv: (len(kv[1]), kv[0]))
    if 2 * len(by) < len({heads[i].get("doc_id") for i in members}):
        return fits
    making = {i for i in fits if point in set_points(heads[i]["text"])}
    return making or fits


SHARED_SAFEGUARD = 3  # councils that make a point leaning on its source before it is printed as they word it


def _plan(members: list[int], kept: int | None, pts: list[_Point], heads: list[dict], opts: DraftOptions
          ) -> tuple[bool, set[int], int | None]:
    """For one group and its kept wording (from _grouped): whether the --base protocol makes the
    point, the wordings that fit the council (the base's own, when it makes it), and the wording
    kept (the base's first, when it makes it; None when none fits)."""
    in_base = bool(opts.base) and any(pts[i].doc_id == opts.base for i in members)
    fits = {i for i in members if pts[i].doc_id == opts.base} if in_base else \
        {i for i in members if _fits(heads[i], opts)}
    if not fits:
        return in_base, fits, None
    if in_base:
        return in_base, fits, min(fits)
    leans = re.compile(load_rules("draft.yaml")["leans_on_source"], re.I)
    if kept is not None and leans.search(_wording(pts[kept])):
        other = next((i for i in sorted(fits - {kept}) if not leans.search(_wording(pts[i]))), None)
        # (a safeguard: a point SHARED_SAFEGUARD councils that fit word alike is printed as they word it, never dropped
        # unseen; the councils that do not fit do not count: reader round 52 had "Of course - but at work they must
        # remain politically neutral." printed for a group of seven pre-election wordings, the only one fitting a parish)
        if other is not None or len({pts[i].doc_id for i in fits}) < SHARED_SAFEGUARD:
            kept = other
    return in_base, fits, kept


def _wording(p: _Point) -> str:
    """A point's printed wording: its lead-in, or its one clause's text."""
    return p.lead_in if p.lead_in is not None else p.rows[0]["text"]


def _frame(item: str) -> str:
    """How a list item continues its lead-in (draft.yaml item_frames): 'to' ("to give advice"),
    'sentence' ("Officers will ..."), 'noun' ("A commitment to ...") or 'verb' ("Treat them ...")."""
    for name, rx in _item_frames():
        if rx.search(item.strip()):
            return name
    return "verb"


def _item_frames() -> list[tuple[str, re.Pattern]]:
    return _named_patterns("item_frames")


@lru_cache(maxsize=None)
def _named_patterns(key: str) -> list[tuple[str, re.Pattern]]:
    """draft.yaml ``key``'s patterns by name, in order: each a pattern, or {pattern, case} (case: true
    matches case-sensitively); the others ignore case."""
    out = []
    for name, f in load_rules("draft.yaml")[key].items():
        pattern, case = (f["pattern"], f.get("case")) if isinstance(f, dict) else (f, False)
        out.append((name, re.compile(pattern, 0 if case else re.I)))
    return out


def _list_items(pick: int, sources: list[int], pts: list[_Point], opts: DraftOptions, names: tuple
                ) -> tuple[list[DraftItem], list[dict]]:
    """The items under the kept lead-in: its own list's, then those of the other ``sources``' lists
    that continue the lead-in in the same grammatical frame as its own items (the rest go to the
    other wordings), and that bind the same side (``_side``); items that make the same point merged."""
    own = pts[pick].rows
    frame = Counter(_frame(r["text"]) for r in own).most_common(1)[0][0]
    side = _side(own)
    form = _lead_form(pts[pick].lead_in or "")
    rows = list(own)
    misfits: list[dict] = []
    if frame != "to" and re.search(r"\bto\s*:?\s*$", pts[pick].lead_in or ""):
        # (an item of the list's own that says "to" again after a lead-in ending in it reads as a broken sentence:
        # "Officers can expect Members to: not to be criticised in public", reader round 42; it goes to the other
        # wordings)
        rows = [r for r in own if _frame(r["text"]) != "to"]
        misfits = [r for r in own if _frame(r["text"]) == "to"]
    for i in sources:
        if i != pick and pts[i].lead_in is not None:
            same_form = form is None or _lead_form(pts[i].lead_in) in (None, form)
            for r in pts[i].rows:
                fits_side = same_form and (side is None or _item_side(r) in (None, side))
                (rows if _frame(r["text"]) == frame and fits_side else misfits).append(r)
    # (an item that leans on its source, as a kept wording may, goes to the other wordings while two items stay: "respect
    # the Clerk's contracted hours, which are 15 hours a week;" stood in the parish draft of round 74's 30 documents)
    leans = re.compile(load_rules("draft.yaml")["leans_on_source_items"], re.I)
    leaning = [r for r in rows if leans.search(r["text"])]
    if leaning and len(rows) - len(leaning) >= 2:
        rows = [r for r in rows if all(r is not x for x in leaning)]
        misfits += leaning
    items, others = _merge_items(rows, opts, *names, own_doc=own[0].get("doc_id") if own else None)
    return items, others + [{"ref": _ref(r), "text": r["text"]} for r in misfits]


def _side(rows: list[dict]) -> str | None:
    """The side a list's items bind, when most of them bind councillors or most bind officers: an
    item of another council's list that binds the other side does not continue this lead-in
    ("Councillors can expect officers to:" is not continued by "Ask the Clerk for information")."""
    sides = Counter(_SIDES.get(r.get("actor") or "") for r in rows)
    sides.pop(None, None)
    if not sides:
        return None
    side, n = sides.most_common(1)[0]
    return side if n * 2 > sum(sides.values()) else None


def _lead_form(lead_in: str) -> str | None:
    """Whose verbs a lead-in's items are (draft.yaml lead_in_forms): 'provider' ("Councillors can expect
    officers to:" + what officers do), 'holder' ("Councillors are entitled to:" + what councillors do or
    receive) or 'from' ("Officers can expect from members:" + nouns); None for other lead-ins. Items of
    another council's list of another form do not continue this one ("Councillors can expect officers
    to: ask the Clerk for any information")."""
    for name, rx in _named_patterns("lead_in_forms"):
        if rx.search(lead_in.strip()):
            return name
    return None


def _item_side(row: dict) -> str | None:
    """The side one item binds: its actor's, 'both' for an item of both sides ("Respect each other's
    time" of a "Councillors and officers will:" list does not continue "Councillors can expect officers
    to:"), None when it names none."""
    actor = row.get("actor") or ""
    if actor == "both" or re.search(r"\b(?:each other|one another)\b", row["text"], re.I):
        return "both"
    return _SIDES.get(actor)


_SIDES = {"member": "member", "chair": "member", "leader": "member", "group_leader": "member",
          "officer": "officer", "statutory_officer": "officer"}


@lru_cache(maxsize=1)
def _whole_clause() -> re.Pattern:
    """draft.yaml whole_clause_item: an item that is a whole clause of its own, after which a lone item's lead-in keeps
    its colon."""
    return re.compile(load_rules("draft.yaml")["whole_clause_item"])


def _draft_clause(members: list[int], in_base: bool, fits: set[int], pick: int, pts: list[_Point],
                  heads: list[dict], opts: DraftOptions, names: tuple, set_aside: list[dict]) -> DraftClause | None:
    """The draft's clause for one group of points (None when it cannot be used: it names another
    council's own body, or it is a list none of whose sources can be used whole or at all; such a
    list goes to ``set_aside``, so that no point is dropped without trace)."""
    council_names, allowed, places = names
    items: list[DraftItem] = []
    item_others: list[dict] = []
    counted = _counted(pts[pick].lead_in) if pts[pick].lead_in is not None else None
    if pts[pick].lead_in is not None:
        if counted and not in_base:
            # a lead-in that counts its items ("four main areas") is used with one council's whole list:
            # the kept wording's, else the next that fits and is whole
            for i in [pick] + sorted(fits - {pick}):
                if _counted(pts[i].lead_in or "") == counted:
                    items, item_others = _list_items(i, [i], pts, opts, names)
                    if len(items) == counted:
                        pick = i
                        break
            else:
                set_aside.append({"ref": _refs(heads, pick, members), "text": " ".join([pts[pick].lead_in] + [
                    r["text"] for r in pts[pick].rows]), "reason": f"its lead-in counts {counted} items and no "
                                                                    "source's list fits this draft whole"})
                return None
        else:
            items, item_others = _list_items(pick, [pick] if in_base else members, pts, opts, names)
            if not items:
                set_aside.append({"ref": _refs(heads, pick, members), "text": " ".join([pts[pick].lead_in] + [
                    r["text"] for r in pts[pick].rows]),
                    # (as worded: the draft may make their points in other councils' words, which readers of rounds
                    # 4, 6 and 7 of 7 December took the note to deny)
                    "reason": "none of its items fits this draft as worded; the draft may make their points in other "
                              "councils' words"})
                return None
    p = pts[pick]
    text, changed = substitute_terms(p.lead_in if p.lead_in is not None else p.rows[0]["text"], opts, council_names,
                                     p.rows[0].get("council"))
    if foreign_names(text, opts.council, allowed, places) and not in_base:
        return None  # names another council's own committee or document
    others = [{"ref": _ref(heads[i]), "text": pts[i].lead_in or pts[i].rows[0]["text"]} for i in members
              if i != pick and joined_words(heads[i]["text"]) != joined_words(heads[pick]["text"])]
    if p.lead_in is not None:
        others += item_others + [{"ref": _ref(r), "text": r["text"]} for i in members
                                 if i != pick and (counted or in_base) for r in pts[i].rows]
        lone_opening = items[0].text.lstrip()[:1] if len(items) == 1 else ""  # (a lone item's own first letter)
        for k, it in enumerate(items):
            it.letter = item_letter(k)
            it.text = _tidy(it.text, last=k == len(items) - 1, item=True)
        text = _OTHER_NUMBER.sub("", text.strip())  # a lead-in's own paragraph number ("C13 In using social media ...:")
        text = text.rstrip() if text.rstrip().endswith(":") else text.rstrip().rstrip(".;,-") + ":"
    else:
        text = _tidy(text)
    refs = sorted({_ref(r) for i in members for r in (pts[i].rows if pts[i].lead_in is None else [heads[i]])})
    # (a list cites the clauses of the items it prints, not only the first item its lead-in is known by: "The Proper
    # Officer shall:" cited only its summons item, which another clause had made, reader of round 76's parish draft)
    refs = sorted(set(refs) | {ref for it in items for ref in it.sources})
    if p.lead_in is not None and len(items) == 1 and not in_base:
        # a list left with one item (its other items fit another kind of council, or say what a list above says) reads
        # as a list cut short under its "(a)": it is printed as one sentence, its lead-in before it ("The Chair is
        # responsible for:" + "keeping order at meetings ...": the parish draft of round 76's 29 documents, 4.1)
        only = items[0].text  # (its sources are cited with the list's, above)
        only = only[:1].lower() + only[1:] if _lower_opening(only) or lone_opening.islower() else only
        # (a lead-in loses its colon before an item that goes on from it, "... is responsible for" + "keeping order ...";
        # it keeps it before an item that is a whole clause: "Some senior officers have roles set by law: the Chief
        # Executive is the Head of Paid Service ...")
        lead = text.rstrip()
        if only[:1].islower() and not _whole_clause().match(only):
            lead = lead.rstrip(":").rstrip()
        text, items = _tidy(f"{lead} {only}"), []
    row_themes = sorted({t for r in p.rows for t in r["themes"]})
    return DraftClause("", text, refs, heads[pick]["tag"], row_themes, bool(opts.base) and not in_base, changed,
                       items, others, _SIDES.get(heads[pick].get("actor") or "", heads[pick].get("actor")))


def _refs(heads: list[dict], pick: int, members: list[int]) -> str:
    """The sources of a point set aside: the wording shown first, then every other council's list of it."""
    return "; ".join(dict.fromkeys([_ref(heads[pick])] + sorted(_ref(heads[i]) for i in members)))


def _merge_shown(clusters: list[list[int]], shown: list[int | None], near: list[set[int]], rep_of: list[int]
                 ) -> list[list[int]]:
    """Groups whose wordings a reader would see side by side are one point: where the wordings
    that would be kept for this council type make the same point (``near``, between the wordings'
    representatives ``rep_of``: an identical wording makes the same point), and each makes the
    point of at least 1/SPEAKS_FOR of the other's group (so that unlike groups are not joined through
    two similar wordings), their groups are merged."""
    merged: list[list[int]] = []
    counts: list[Counter] = []  # each merged group's wordings, by representative
    rep_of_group: list[int] = []  # the kept wording of each merged group

    def speaks_for(rep: int, group: Counter, size: int) -> bool:  # the wording makes the point of enough of the group
        r = rep_of[rep]
        return (sum(group[x] for x in near[r]) + group[r]) * SPEAKS_FOR >= size

    def close(a: int, b: int) -> bool:
        return rep_of[a] == rep_of[b] or rep_of[a] in near[rep_of[b]]

    for members, rep in zip(clusters, shown):
        mine = Counter(rep_of[i] for i in members)
        if rep is not None:
            for k, r in enumerate(rep_of_group):
                if close(r, rep) and speaks_for(rep, counts[k], len(merged[k])) and speaks_for(r, mine, len(members)):
                    merged[k].extend(members)
                    counts[k].update(mine)
                    break
            else:
                merged.append(list(members))
                counts.append(mine)
                rep_of_group.append(rep)
                continue
        else:
            merged.append(list(members))
            counts.append(mine)
            rep_of_group.append(members[0])
    return merged


def _last_word(lead_in: str) -> str:
    """The word a lead-in ends on, "to" aside, as a canonical stem ("the Clerk to:" -> "officer")."""
    last = [w for w in words(lead_in) if w != "to"][-1:]
    return canonical(last[0]) if last else ""


def _same_head(a: dict, b: dict, rule: dict | None = None) -> bool:
    """Two points make the same point: a clause a clause, and a lead-in a lead-in that states the same
    set-form point (similarity.yaml lead_in_points: "X can expect Y to:", "X are entitled to:") or
    that ends the same way and makes the same point."""
    la, lb = a.get("lead", False), b.get("lead", False)
    if la != lb:
        return False
    if la:
        point = lead_in_point(a["text"])
        if point is not None and point == lead_in_point(b["text"]):
            # the same list (its items keep the kept lead-in's frame, _list_items), of the same holder:
            # "The Monitoring Officer is responsible for:" is not "The Head of Paid Service is responsible for:"
            return comparable(a, b) and _same_holder(a["text"], b["text"])
        if _last_word(a["text"]) != _last_word(b["text"]):
            return False
    return same_point(a, b, rule=rule)


def _same_holder(a: str, b: str) -> bool:
    """Two set-form lead-ins name the same holder: their content words, less the words of the set form
    itself (similarity.yaml lead_in_words: "main", "roles", "responsible" ...), meet, or neither has any. An
    expectation names two parties, who expects and of whom, and both must meet: "The chair can expect the scrutiny
    officer to:" and "Councillors on an Appointments Panel can expect the Head of HR to:" are not "Councillors can
    expect officers to:" (their items, "treat as confidential any discussion with the chair about lines of
    questioning", "provide application forms ... and references", stood under it: reader round 19)."""
    rules = load_rules("similarity.yaml")
    form = {canonical(w) for w in rules["lead_in_words"]}
    narrow = {canonical(w) for w in rules["holder_qualifiers"]}

    def qualifiers(x: str) -> set[str]:
        # (read on the holder's own name, before an apposition or a second title of the same person: "The Clerk, as
        # Proper Officer, is responsible for:" and "The Clerk and Responsible Financial Officer is ..." are the Clerk)
        return content_words(re.split(r",|\s+as\s+|\s+and\s+", x, maxsplit=1)[0]) & narrow

    def meet(x: str, y: str) -> bool:
        hx, hy = content_words(x) - form, content_words(y) - form
        if hx and hy and qualifiers(x) != qualifiers(y):
            return False  # a narrower holder: "Cabinet Members are responsible for:" beside "Councillors are ..."
        return bool(hx & hy) or not hx or not hy

    ma, mb = _EXPECTS.search(a), _EXPECTS.search(b)
    if ma and mb:
        return meet(a[:ma.start()], b[:mb.start()]) and meet(a[ma.end():], b[mb.end():])
    # ("Officers can expect Councillors to:" and "Councillors are expected to:": the one expected of is the holder)
    ea, eb = _EXPECTED.search(a), _EXPECTED.search(b)
    if bool(ea) != bool(eb) and not (ma or mb):
        return False  # what a side must do is not what it is entitled to ("Councillors are entitled to:")
    if ma and eb or ea and mb:
        (x, m), (y, e) = ((a, ma), (b, eb)) if ma else ((b, mb), (a, ea))
        # (and names no one else: "Councillors and officers are expected to:" is both sides' list)
        provider, holder = content_words(x[m.end():]) - form, content_words(y[:e.start()]) - form
        return bool(provider) and bool(holder) and holder <= provider and meet(x[m.end():], y[:e.start()])
    return meet(a, b)


_EXPECTS = re.compile(r"\b(?:can|may|should|will) (?:reasonably )?expect\b|\bhave a right to expect\b", re.I)
_EXPECTED = re.compile(r"\b(?:are|is) (?:also |generally )?expected to\s*:?\s*$", re.I)


def _covered_themes(clauses: pd.DataFrame) -> set[str]:
    """The themes the report's heat map shows some council covering (render/compare.py coverage)."""
    cov = coverage(clauses)
    return set(cov.loc[cov.status == "covered", "theme"])


_GOES_ON = re.compile(r"\b(?:as\s+(?:normal|usual)|normal\s+business|business\s+(?:continues|carries\s+on|goes\s+on)|remain\s+in\s+office)\b",
                      re.I)  # what the pre-election period leaves as it was ("Council business carries on as normal ...")


def _step_order(clause: DraftClause) -> tuple[int, int, int]:
    """Where an escalation clause stands in its section: a word for everyone first, then each side's route whole (a
    councillor's first, then an officer's, each by ``_formality``), then the formal procedures that bind neither side,
    then advice and protection ("If the Clerk has a concern about a Councillor ..." and "If the matter is not resolved
    informally, the Clerk may raise a formal grievance" side by side, not a councillor's route between them: reader
    rounds 9 and 10)."""
    formality = _formality(clause.text)
    raiser = {"member": 0, "officer": 1}.get(clause.side or "")
    if raiser is None:
        raiser = _raiser_by_procedure(clause.text, formality)
    if formality == 4:
        return 3, 0, formality  # advice, and the protection of whoever raises a concern, last
    if formality == 3:
        return 2, 2 if raiser is None else raiser, formality  # the formal procedures after the sides' routes
    if raiser is None:
        # a word for everyone ("Most concerns can be settled informally") first; the formal procedures after the
        # sides' routes
        return (0, 0, formality) if formality == 0 else (2, 0, formality)
    # each side's route whole, its informal first step, its named person, its step after that fails and its formal
    # procedure together: "9.3 If informal resolution fails, the Director may refer the matter to the Monitoring
    # Officer" had stood after a councillor's route, away from the officer's 9.1 it goes on from (reader round 42)
    return 1, raiser, formality


_DISCIPLINARY = re.compile(r"\bdisciplinary\b", re.I)
_GRIEVANCE = re.compile(r"\bgrievances?\b", re.I)


def _raiser_by_procedure(text: str, formality: int | None = None) -> int | None:
    """The side whose route a step that names no party goes on: "If the concern cannot be resolved informally it will be
    referred to the Staffing Committee, which will deal with it under the Council's disciplinary procedure" is a
    councillor's concern about an officer (a disciplinary procedure is the staff's), one that names the grievance
    procedure an officer's (reader rounds 5 and 6 of 7 December read it after the Clerk's grievance, as if it sent a
    councillor to a disciplinary hearing); one that names both, "the Grievance and Disciplinary Procedure", neither.
    ``formality``: the step's ``_formality``, when its caller has read it already."""
    if (_formality(text) if formality is None else formality) != 2:  # (only the step after an informal one failed)
        return None
    disciplinary, grievance = bool(_DISCIPLINARY.search(text)), bool(_GRIEVANCE.search(text))
    return 0 if disciplinary and not grievance else 1 if grievance and not disciplinary else None


_CONCERN = re.compile(r"\b(?:concerns?|complain\w*|grievances?|unhappy|dissatisfied|problems?|issues?|disagree\w*|"
                      r"disputes?|breach\w*|worried|upset)\b", re.I)
# a route for someone other than a councillor or an officer: a resident's, the public's (not either side's first step)
_OTHER_RAISER = re.compile(r"\b(?:residents?|members of the public|the public|customers?|service users?|constituents?)\b",
                           re.I)


def _route_key(c: DraftClause) -> tuple[str, str | None] | None:
    """Who raises the matter a route clause is about, and about whom: ("member", "officer") for "A Councillor with a
    concern about the Clerk's work should raise it with the Chair" and for "Complaints about the Clerk should be sent to
    the Chair of the Staffing Committee"; None where neither can be told."""
    opening = re.split(r"(?<=[.;])\s+", c.text.strip(), maxsplit=1)[0]
    if not _CONCERN.search(opening):
        return None  # (a route for a concern, not "Send any request for information about an officer's work to the Clerk")
    if c.side not in ("member", "officer") and _OTHER_RAISER.search(opening):
        return None  # ("Complaints from residents about an officer ...": not a councillor's step, adversarial review 42)
    about = complained_of(opening)  # (whom the concern is about, as similarity reads it for "the same point")
    raiser = c.side if c.side in ("member", "officer") else {"officer": "member", "member": "officer"}.get(about or "")
    formality = _formality(opening)
    if raiser is None or formality > 1 or formality == 1 and about is None:
        return None  # (a route to a named person counts only where it says about whom: not "Data breaches go to the DPO")
    return raiser, about


# a text that says "not" ("Officers can expect Councillors not to:" is no "... to:", _one_list_per_lead_in)
_NEGATED = re.compile(r"\b(?:not|never|no|don[’']t|avoid|refrain)\b", re.I)
_DOERS = re.compile(r"\b(?:councillors?|members?(?!\s+of\s+(?:staff|the\s+public))|officers?|staff|employees?|the\s+clerk)\b"
                    r"(?![^:]*\b(?:councillors?|members?|officers?|staff|employees?|clerk)\b)", re.I)
_TAIL_NOT = re.compile(r",\s*(?:and\s+)?(?:not|never|rather\s+than)\s+(?:with|in|at|through|to|by|via|from|on|directly|"
                       r"publicly)\b[^.;]{0,200}[.;]?\s*$", re.I)
_THEIR_WORK = re.compile(r"\babout\s+(?:their|his\s+or\s+her)\s+(?:work|conduct|performance|behaviou?r|actions?)\b", re.I)
_ROUTE_VERB = re.compile(r"\b(?:raise|raises|raising|refer|refers|report|reports|take|takes|send|sends|discuss)\b[^.;]{0,80}"
                         r"\b(?:with|to)\b", re.I)


def _routes_said_once(sections: list[DraftSection], own: Callable[[DraftClause], bool]) -> int:
    """A list item outside the escalation section that gives a first step the escalation section gives for the same
    side and the same party ("(d) Raise any concern about an Officer's work with that Officer's manager" in "Officers
    can expect Councillors to:", beside 9.2 "A Councillor who is unhappy with the actions of an officer should first
    raise it with the relevant Head of Service"): the route is said once, in its section, and the item becomes one of
    its other wordings (readers of round 40 and 41 read two first steps). A list keeps one item at least; the --base
    council's ``own`` clauses are left as they are. Returns how many items were folded away."""
    wrong = next((sec for sec in sections if sec.id == "when_things_go_wrong"), None)
    if wrong is None:
        return 0
    routes = {}
    for c in wrong.clauses:
        key = None if c.items else _route_key(c)
        if key is not None:
            routes.setdefault(key, c)
    folded = 0
    for sec in (s for s in sections if s is not wrong):
        for c in sec.clauses:
            if not c.items or own(c) or _counted(c.text) is not None:
                continue
            if _NEGATED.search(c.text):
                continue  # (a "should not:" list's items are rules, not routes: adversarial review 42)
            # (who does the items: "Officers can expect Councillors to:" names them after "expect")
            doers = _DOERS.search(re.sub(r"^.*?\bexpect\b", "", c.text) if _EXPECTS.search(c.text) else c.text)
            # (the list must name the side its items bind: "Officers can expect Councillors to:" binds councillors)
            party = None if doers is None else "member" if doers.group(0).lower().startswith(("councillor", "member")) \
                else "officer"
            homes = []
            for it in c.items:
                # (a trailing "…, not in public or on social media" says where not to go: "(b) Raise any concerns about
                # their work with their manager, not in public or on social media" is a route, and "their work" is the
                # work of the side that expects it: the 276-document district draft's 6.1(b) beside 9.2's route to the
                # Director, read as two routes and as 8.1 again, session of 6 December 2026)
                text = _TAIL_NOT.sub("", it.text)
                key = None
                if _ROUTE_VERB.search(text) and not _NEGATED.search(text):
                    key = _route_key(DraftClause("", text, it.sources, "escalation", []))
                    if (key is None or key[1] is None) and party and _CONCERN.search(text) and _THEIR_WORK.search(text):
                        key = (party, "officer" if party == "member" else "member")
                homes.append(routes.get(key) if key and key[1] and party == key[0] else None)
            if not any(homes) or all(homes):
                continue  # (nothing said in the escalation section, or a list that would be left empty)
            for it, home in zip(c.items, homes):
                if home is not None:
                    home.others.append({"ref": "; ".join(it.sources), "text": _as_read(it.text, c.text)})
                    folded += 1
            c.items = [it for it, home in zip(c.items, homes) if home is None]
            _reletter(c.items)
    return folded


def _one_first_step(clauses: list[DraftClause], own: Callable[[DraftClause], bool]) -> tuple[list[DraftClause], int]:
    """One first step for each side that raises a matter about the other: of two clauses that each tell a councillor
    (or each tell an officer) where to take a concern first (their first sentence an informal word or "in the first
    instance", or a route to a named person that says about whom), the one more councils make is kept, or the fuller
    where as many make each, and the other goes to its other wordings in the appendix (reader round 40: a councillor's
    concern about the Clerk went to the Chair in 9.1, to the Clerk "in the first instance" in 9.4 and to the Chair of the
    Staffing Committee in 9.5; an officer's to their Director and to their line manager). The --base council's ``own``
    clauses are left as they are. Returns the clauses kept, in order, and how many were folded away."""
    first_steps: dict[tuple, int] = {}  # (raiser, about) -> index in ``kept`` of its first step
    kept: list[DraftClause] = []
    folded = 0
    for c in clauses:
        key = None if c.items or own(c) else _route_key(c)
        if key is None:
            kept.append(c)
            continue
        match = next((k for k in first_steps if k[0] == key[0] and (k[1] is None or key[1] is None or k[1] == key[1])),
                     None)
        if match is None:
            first_steps[key] = len(kept)
            kept.append(c)
            continue
        k = first_steps[match]
        held = kept[k]
        if (len({_source_of(r) for r in c.sources}), len(c.text)) > (len({_source_of(r) for r in held.sources}),
                                                                     len(held.text)):
            held, c = c, held
            kept[k] = held
        held.others.append({"ref": "; ".join(c.sources), "text": c.text})
        held.others += c.others
        folded += 1
    return kept, folded


# a first step that sends a concern to the other person ("raise it directly with the other person", "with the councillor
# or officer concerned, face to face")
_DIRECT_FIRST = re.compile(r"\bdirectly\b|\bface\s+to\s+face\b|\b(?:with|between|to)\s+(?:the\s+other\s+(?:person|party)|"
                           r"each\s+other|one\s+another|the\s+(?:[\w'’]+\s+(?:or\s+[\w'’]+\s+)?)?(?:people|person|parties|"
                           r"councillor|officer|member|clerk)s?\s+concerned)\b", re.I)
# ... and a route that says not to go to someone directly ("... and not with the Clerk directly at a meeting"), not any
# "not ... directly" ("matters which do not relate directly to a councillor's conduct": adversarial review 49)
_NOT_DIRECT = re.compile(r"\bnot\s+(?:with|to)\b[^.;]{0,50}?\bdirectly\b|\bnot\s+(?:raise|go|contact|approach|complain|"
                         r"speak|talk|take)\w*\b[^.;]{0,60}?\bdirectly\b|\b(?:rather\s+than|instead\s+of)\s+(?:going|"
                         r"raising|complaining|speaking|talking|approaching)\b[^.;]{0,60}?\bdirectly\b", re.I)


def _first_step_agrees(clauses: list[DraftClause], own: Callable[[DraftClause], bool],
                       as_drafted: Callable[[dict], str | None]) -> int:
    """A first step that tells both sides to raise a concern "directly" with the other person, beside a route that
    says not to go to that person directly ("... raise it with the Chair of the Staffing Committee, and not with the
    Clerk directly at a meeting"), takes another source's wording of the same informal first step (the parish readers
    of three sessions read 9.1 against 9.2 as a contradiction); its own wording goes to the other wordings. Only a
    first step that names no one to go to (not a later step: "If an informal conversation ... does not resolve the
    matter, raise it with the Chairman"), and only a wording that says nothing of going to the other person or to anyone
    else, and that fits this draft (``as_drafted``: its council's type and nation, substituted, draft material, naming
    no other council); none, and the clause is left as it is (adversarial review 49). Returns how many were changed."""
    changed = 0
    for c in clauses:
        if own(c) or c.items or not _DIRECT_FIRST.search(c.text) or _NOT_DIRECT.search(c.text) \
                or "informal_first" not in points_of(c.text) or step_target(c.text) \
                or not any(_NOT_DIRECT.search(o.text) for o in clauses if o is not c):
            continue
        alt = next(((o, t) for o in c.others if not _DIRECT_FIRST.search(o["text"]) and not step_target(o["text"])
                    and (t := as_drafted(o)) and "informal_first" in points_of(t)), None)
        if alt is None:
            continue
        other, text = alt
        theirs = {r for o in c.others for r in o["ref"].split("; ")}
        mine = [r for r in c.sources if r not in theirs]
        c.others = [o for o in c.others if o is not other] + [{"ref": "; ".join(mine), "text": c.text}]
        c.sources += [r for r in other["ref"].split("; ") if r not in c.sources]
        c.text = text
        changed += 1
    return changed


def _formality(text: str) -> int:
    """Order an escalation section as a reader follows it: trying an informal word first (0), the route to a
    named person (1), the step after an informal one has failed (2), formal procedures and outside bodies (3), and
    last where to find advice and the protection of whoever raises a concern (4)."""
    t = text.lower()
    # the step after an informal one has failed ("Where the matter is not resolved informally, the Clerk may raise a
    # formal grievance") is formal, though it names the informal step
    if re.search(r"\b(?:not|cannot be|can't be|never)\s+(?:been\s+)?(?:resolved|settled|dealt with)\s+informally\b|"
                 r"\binformal\w*(?:\s+\w+){0,2}\s+(?:fails|has failed|does not work|has not worked|is unsuccessful)\b|"
                 r"\b(?:still|remains?)\s+(?:dissatisfied|unhappy|unresolved)\b|^(?:if|where)\s+the\s+(?:matter|concern|issue)\s+"
                 r"is\s+(?:still\s+)?not\s+(?:resolved|settled)\b|\bif\s+(?:this|that)\s+(?:does\s+not|doesn't)\s+"
                 r"(?:work|resolve)", t):
        return 2
    if re.search(r"\binformal|\bconversation\b|\bin the first instance\b", t):
        return 0
    if re.search(r"\bformal|disciplinary|standards committee|ombudsman|commissioner|hearing|code of conduct|"
                 r"grievance procedure|complaints? procedure", t):
        return 3
    # (or asks for it: "Councillors who are unsure how this Protocol applies ... should ask the Clerk for advice" stood
    # between a concern and its next step, reader round 2 of 7 December, parish draft 9.2)
    if re.search(r"\badvice\b[^.;]{0,60}\b(?:available|obtain\w*|from)\b|\b(?:obtain|seek|ask for)\s+(?:\w+\s+)?advice\b|"
                 r"\bask\s+(?:\w+\s+){1,3}for\s+(?:\w+\s+)?advice\b|"
                 r"\bdetriment\b|\bvictimi[sz]", t):
        return 4
    return 1


# -------------------------------------------------------- rendering ----

def _context(draft: Draft) -> dict:
    notes: list[dict] = []
    sections = []
    others = []
    o = draft.options
    every_source = []
    rules = load_rules("draft.yaml")
    cap, o_cap = int(rules.get("note_councils", 8)), int(rules.get("other_wordings", 3))
    for s in draft.sections:
        clauses = []
        for c in s.clauses:
            cited = _cited(c)
            shown, more = _capped(cited, cap)
            if more:
                # (every reference the note gives, as it gives it: reader round 58's parish draft rebuilt found the
                # note citing a list's first printed item, "p22", where the appendix gave the lead-in's own number,
                # "p21"; and nothing the note does not give, a list's lead-in "p9" beside its items: a district
                # reader of round 79)
                every_source.append({"number": c.number, "sources": cited})
            notes.append({"n": len(notes) + 1, "sources": shown + ([_and_more(more)] if more else [])})
            clauses.append({"number": c.number, "text": c.text, "note": len(notes), "added": c.added,
                            "tag": c.tag, "list": [{"letter": i.letter, "text": i.text} for i in c.items]})
            if c.others:
                shown_others, more_others = _some_wordings(c.others, c.text, o_cap)
                others.append({"number": c.number, "wordings": shown_others, "more": more_others})
        # (a section with no clause was left out, _without_empty_sections, but the pledge annex, which says so)
        empty = "No pledge is shared by two or more sources." if not s.clauses and s.id == "pledges" else ""
        sections.append({"number": s.number, "id": s.id, "title": s.title, "clauses": clauses,
                         "missing": s.missing, "empty": empty})
    cited_from = len({_source_of(ref) for sec in draft.sections for c in sec.clauses
                      for ref in _cited(c) + [r for it in c.items for r in it.sources]})
    when = date.fromisoformat(o.draft_date) if o.draft_date else date.today()
    # a copy for committee (``committee``): the protocol's own text, its definition of "officers" and a note over an
    # empty section, without the drafting note, the source notes, the gap lists and the appendices (every reader of the
    # drafts asked for them to go before committee; the full draft keeps them as its provenance)
    return {"o": o, "committee": o.committee, "sections": sections, "notes": notes, "uncovered": draft.uncovered,
            "date": f"{when.day} {when:%B %Y}",
            "not_in_draft": draft.not_in_draft, "sections_left_out": draft.sections_left_out, "others": others,
            "set_aside": draft.set_aside,
            "every_source": every_source, "all_sources_title": ALL_SOURCES,
            "pledges_note": _pledges_note(draft.pledges_left_out),
            # (with no theme uncovered the closing gap list would say only "None": the opening note says it instead,
            # reader round 38 read that list as an empty section)
            "coverage_note": "" if draft.uncovered else "Every theme the comparison tracks is covered by at least one source.",
            # (a local council's sources say "officers", "staff", "employees" and "the Clerk" for the same people)
            "terms_note": _terms_note(draft),
            # (how many of those the notes cite: "prepared from 9 published protocols" over notes naming 8 read as a
            # miscount to reader round 40's clerk)
            "cited_from": cited_from,
            "published_note": f"Read from a web address: {len(draft.published)} of the {cited_from} cited councils' "
                              "documents (the others were supplied as files).",
            "councils": draft.sources, "drawn_from": len(draft.sources) + draft.unnamed, "base": o.base, "additions": draft.additions, "published": draft.published,
            "adoption": f"was adopted by {o.council} on {o.adoption_date}" if o.adoption_date
            else f"takes effect when {o.council} adopts it"}


ALL_SOURCES = "Appendix: every source of each clause"

# a clause that brings people the Council does not employ under the protocol ("This Protocol applies to all Councillors
# ... and to all officers employed by the Council, including agency staff and consultants working on its behalf"): this
# protocol the subject, or "it" after it in the same clause; not "does not apply to contractors", "... but not to
# contractors", "except agency staff", nor another code's or policy's reach (adversarial review 80 and its second)
_WIDER_SCOPE = re.compile(r"\b(?:this|the)\s+protocol\b(?:[^.;]{0,300}?[.;]\s+it\b)?\s+(?:also\s+|equally\s+)?"
                          r"appl(?:y|ies)\s+(?:also\s+|equally\s+)?to\b"
                          r"(?:(?!\b(?:but|except|excluding|other\s+than|not)\b)[^.;]){0,240}?\b(?:agency|contractors?|"
                          r"consultants?|volunteers|secondees?|interims?|temporary\s+staff|casual\s+staff)\b", re.I)
# whom a source's definition of officers adds to the Council's employees, each as the draft's note names them
_WIDER_WHO = (("agency staff", r"\bagency\s+(?:staff|workers?|employees)\b"),
              ("contractors", r"\bcontractors?\b|\bcontracts?\s+for\s+services\b"),
              ("consultants", r"\bconsultants?\b"), ("volunteers", r"\bvolunteers?\b"),
              ("seconded staff", r"\bsecond(?:ees?|ed\s+(?:staff|officers|employees))\b"),
              ("interim staff", r"\binterims?\b|\binterim\s+(?:staff|managers?|officers)\b"),
              ("apprentices", r"\bapprentices?\b"), ("temporary staff", r"\btemporary\s+(?:staff|workers?|employees)\b"),
              ("casual staff", r"\bcasual\s+(?:staff|workers?)\b"))
# ... and a definition that leaves people out, or reaches further in words the note cannot name, stays as it is
_NARROWS = re.compile(r"\b(?:not|except|excluding|other\s+than)\b|\b(?:agency|contract\w*|consult\w*|volunt\w*|"
                      r"second\w*|interim\w*|apprentic\w*|temporary|casual|workers?|self-employed|partners?)\b", re.I)


def _widened(text: str) -> list[str] | None:
    """Whom a source's definition of officers adds, as the note names them ([] when it adds no one); None where it
    leaves people out, or adds people the note cannot name: then the definition stays (adversarial review 80)."""
    found = [name for name, rx in _WIDER_WHO if re.search(rx, text, re.I)]
    rest = text
    for _, rx in _WIDER_WHO:
        rest = re.sub(rx, " ", rest, flags=re.I)
    return None if _NARROWS.search(rest) else found


def _terms_note(draft: Draft) -> str:
    """The protocol's own definition of "officers", over its first section. Where a clause of the draft applies the
    protocol to people the Council does not employ (agency staff, consultants, volunteers), the definition takes them in
    by that clause's number, so that the two read together (both district readers of round 77 found "officers means
    everyone the Council employs" contradicted by "including agency staff and consultants"); else it names whom a source
    definition left out for it added (``Draft.officers_also``)."""
    o = draft.options
    if o.nation == "scotland":
        return ""  # (its sources say "employees", and so does the draft)
    note = (f"In this protocol “officers” means {_the(o.senior_officer)} and anyone else the Council employs"
            if o.local else "In this protocol “officers” means everyone the Council employs")
    # ("It also applies to volunteers ..." after "The Protocol applies to all Councillors ...": a clause that names the
    # protocol)
    wider = next((c.number for s in draft.sections for c in s.clauses
                  if _WIDER_SCOPE.search(" ".join([c.text, *(it.text for it in c.items)]))), None)
    # (said as part of the definition: "; clause 1.2 says whom else it applies to" still read as a contradiction to a
    # district reader of round 78)
    if wider:
        return f"{note}, and the others clause {wider} brings under this protocol."
    if draft.officers_also:  # (a source's wider definition, left out for this one: its people are named here)
        who = draft.officers_also
        listed = who[0] if len(who) == 1 else ", ".join(who[:-1]) + " and " + who[-1]
        return f"{note}, and {listed} working on its behalf."
    return f"{note}."


def _the(post: str) -> str:
    """A post as a sentence names it: "Clerk" -> "the Clerk" ("the Town Clerk" stays)."""
    return post if re.match(r"(?:the|a|an)\s", post, re.I) else f"the {post}"


def _some_wordings(others: list[dict], printed: str, cap: int) -> tuple[list[dict], int]:
    """A point's other wordings as the appendix shows them: each different text once (not the printed one), those
    of at most ``cap`` sources (named councils' before unnamed documents'; all of a source's wordings, so that a
    list stays with its lead-in; at most OTHER_LINES lines; none that names a person, draft.yaml ``names_a_person``);
    and how many more different wordings there are. A wording's reference names its first source and how many others
    share it."""
    seen = {joined_words(printed)}
    unique = []
    named = _names_a_person()
    for w in others:
        key = joined_words(w["text"])
        if key not in seen:
            seen.add(key)
            unique.append(w)
    # (a wording that names a person, "... spoke to Councillor Farrant and asked him ...", is another council's case, not
    # a wording to draft from: counted among the more, never printed; round 64's district reader)
    printable = [w for w in unique if not named.search(w["text"])]
    order = list(dict.fromkeys(sorted((_source_of(w["ref"]) for w in printable),
                                      key=lambda s: s.startswith("An unnamed"))))
    chosen = set(order[:cap])
    shown = []
    for w in printable:
        if _source_of(w["ref"]) in chosen and len(shown) < OTHER_LINES:
            refs = w["ref"].split("; ")
            ref = refs[0] if len(refs) == 1 else f"{refs[0]} and {len(refs) - 1} other{'s' if len(refs) > 2 else ''}"
            shown.append({"ref": ref, "text": w["text"]})
    return shown, len(unique) - len(shown)


OTHER_LINES = 12  # lines of other wordings shown for one point, at most


@lru_cache(maxsize=1)
def _names_a_person() -> re.Pattern:
    """draft.yaml ``names_a_person``: a wording that names a councillor or an officer by name."""
    return re.compile(load_rules("draft.yaml")["names_a_person"])


def _source_of(ref: str) -> str:
    """The council of a clause reference ("Ashwell Parish Council clause 2.5"; the first of "A clause 1; B clause 2")."""
    return ref.split("; ")[0].split(" clause ")[0]


def _note_sources(c: DraftClause) -> list[str]:
    """What a clause's note cites: its sources, where a list's lead-in cited by the number of its council's first item
    ("Councillors should:" over "treat the Clerk with courtesy", both clause p8) is cited by the first item printed
    from that council once the first has gone elsewhere (reader round 40: the note still cited p8, an item now in
    another section, for the list's other items)."""
    if not c.items:
        return c.sources
    items: dict[str, list[str]] = {}
    for ref in (ref for it in c.items for ref in it.sources):
        items.setdefault(_source_of(ref), []).append(ref.rsplit(" clause ", 1)[-1])
    out = []
    for ref in c.sources:
        council, _, number = ref.rpartition(" clause ")
        ids = items.get(_source_of(ref), [])
        if ids and number not in ids and not any(i.startswith(number) for i in ids):
            ref = f"{council} clause {ids[0]}"  # (a lead-in numbered as its items' parent, "2.2.2" over "2.2.2-1", stays)
        out.append(ref)
    return list(dict.fromkeys(out))


def _cited(c: DraftClause) -> list[str]:
    """Every reference a clause's note cites: its own sources (``_note_sources``), then those of the other wordings of
    its point the appendix lists under it (a parish reader of round 78 found the appendix's "Netherwick Parish Council
    clause p7" under 3.2, and the note of 3.2 not citing it, against the opening note's "its note cites them all")."""
    own = _note_sources(c)
    return sorted(dict.fromkeys(own + [ref for w in c.others for ref in w["ref"].split("; ")]))


def _and_more(more: int) -> str:
    """The end of a capped note: how many other councils make the point ("and 1 other council": a parish reader of
    round 78 read "and 1 other councils" as a count of clauses)."""
    return f"and {more} other council{'s' if more != 1 else ''} (all in {ALL_SOURCES})"


def _capped(sources: list[str], cap: int) -> tuple[list[str], int]:
    """A clause's note as a reader can use it: the references of its first ``cap`` councils, and how
    many other councils make the point (0 when there are no more); the full list goes to the appendix."""
    councils = list(dict.fromkeys(_source_of(ref) for ref in sources))
    if len(councils) <= cap:
        return sources, 0
    first = set(councils[:cap])
    return [ref for ref in sources if _source_of(ref) in first], len(councils) - cap


def _pledges_note(n: int) -> str:
    """The lede's count of the first-person pledges left out (no pledge annex asked for)."""
    if not n:
        return ""
    return (f"{n} first-person pledge{'s' if n > 1 else ''} in the sources {'are' if n > 1 else 'is'} not used; "
            "a pledge annex can be asked for.")


def render_text(draft: Draft, fmt: str, templates: str | Path | None = None) -> str:
    """The draft as Markdown (fmt 'md') or HTML (fmt 'html'), from templates/draft.<fmt>.j2."""
    from jinja2 import TemplateError

    try:
        template = environment(templates).get_template(f"draft.{fmt}.j2")
        out = template.render(**_context(draft))
        # the delimiter check runs on a rendering whose data holds no braces, so that braces
        # in a clause ("{{name}}" in a source) are printed as text and never blamed on the template
        check = template.render(**_without_braces(_context(draft)))
    except TemplateError as exc:
        raise DraftError(f"template draft.{fmt}.j2: {exc}") from None
    if re.search(r"\{\{|\{%|\}\}|%\}", check):
        raise DraftError(f"template draft.{fmt}.j2 left a template delimiter in the output")
    return out


def _without_braces(value):
    """A copy of the template data with braces and percent signs in its text replaced."""
    if isinstance(value, str):
        return value.replace("{", "(").replace("}", ")").replace("%", "pc")
    if isinstance(value, dict):
        return {k: _without_braces(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_braces(v) for v in value]
    if isinstance(value, DraftOptions):
        return DraftOptions(**_without_braces(dict(value.__dict__)))
    return value


def render_diff(draft: Draft) -> str:
    """With --base: point by point, what the base protocol lacks that other councils' protocols
    say, and the themes no source covers."""
    lines = [f"# Additions to {draft.options.base} for {draft.options.council}", ""]
    for s in draft.sections:
        added = [c for c in s.clauses if c.added]
        if added:
            lines.append(f"## {s.number}. {s.title}")
            for c in added:
                lines.append(f"- {c.number} {c.text} (from {'; '.join(c.sources)})")
                lines.extend(f"  ({i.letter}) {i.text}" for i in c.items)
            lines.append("")
    lines += ["# Gaps: themes no source covers", ""]
    lines += [f"- {t}" for t in draft.uncovered] or ["- none"]
    return "\n".join(lines) + "\n"


class DraftFormatError(DraftError):
    """The output file's suffix names no format a draft can be written in."""


DRAFT_SUFFIXES = (".md", ".html", ".htm", ".docx")


def write_draft(structured_dir: Path, values: dict, output: Path | None = None, diff: bool = False,
                templates: str | Path | None = None) -> tuple[Draft, str | None]:
    """Make a draft from ``structured_dir/clauses.parquet`` with the parameters in ``values``
    (council, council_type, member_term, ..., base) and write it to ``output``, whose suffix
    (.md, .html, .docx) picks the format. Returns the draft and, when ``output`` is None, the
    text (Markdown, or the additions and gaps with ``diff``) instead of writing it.

    Raises DraftError with a one-line reason (DraftFormatError for an unknown suffix)."""
    from ..store import write_text

    if diff and not values.get("base"):
        raise DraftError("--diff needs --base DOC_ID")
    from .datasets import DamagedDataset, read_clauses

    parquet = Path(structured_dir) / "clauses.parquet"
    if not parquet.exists():
        raise DraftError(f"{parquet}: not found (run 'protocols build' first)")
    if diff and output is not None and output.suffix.lower() not in (".md", ".txt"):
        raise DraftFormatError(f"-o {output}: --diff writes Markdown; the suffix must be .md")
    opts = options_for(values)
    try:
        clauses = read_clauses(structured_dir)
    except DamagedDataset as exc:
        raise DraftError(str(exc)) from None
    result = build_draft(clauses, opts)
    if diff:
        text = render_diff(result)
    elif output is not None and output.suffix.lower() == ".docx":
        from .word import write_docx

        try:
            write_docx(result, output)
        except OSError as exc:
            raise DraftError(f"{output}: cannot write the draft ({exc.strerror or type(exc).__name__})") from None
        return result, None
    else:
        suffix = output.suffix.lower() if output is not None else ".md"
        if suffix not in (".md", ".html", ".htm"):
            raise DraftFormatError(f"-o {output}: the suffix must be .md, .html or .docx")
        text = render_text(result, "html" if suffix in (".html", ".htm") else "md", templates)
    if output is None:
        return result, text
    try:
        write_text(output, text)
    except OSError as exc:
        raise DraftError(f"{output}: cannot write the draft ({exc.strerror or type(exc).__name__})") from None
    return result, None
