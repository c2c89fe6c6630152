"""Which clauses a draft may use: the council types a clause fits, and whether it is draft material.

Plain functions over one clause record (a dict with text, lead_in, kind, council_type and,
when the build has them, ``complete``). The rules are data: ``resources/applies_to.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_rules


@lru_cache(maxsize=None)
def _rules() -> dict:
    r = load_rules("applies_to.yaml")
    flags = re.I
    return {
        "kinds": {k: tuple(v) for k, v in r["kinds"].items()},
        "mentions": {k: [re.compile(p, flags) for p in v] for k, v in r["mentions"].items()},
        "own_name": re.compile(r["own_names"]["pattern"]),
        "generic": [re.compile(p, re.I) for p in r["own_names"]["generic"]],
        "council": re.compile(r["own_names"]["council"]),
        "bare_council": re.compile(r["own_names"]["bare_council"]),
        "bare_council_generic": frozenset(w.lower() for w in r["own_names"]["bare_council_generic"]),
        "not_draft": {k: [re.compile(p, flags) for p in v] for k, v in r["not_draft"].items()},
        "name_kinds": {k: re.compile(p) for k, p in r.get("name_kinds", {}).items()},
        "no_council": re.compile(r.get("no_council_names") or r"(?!)"),
        "generic_words": frozenset(w.lower() for w in r.get("generic_words") or []),
        "types": [(re.compile(t["pattern"], 0 if t.get("case") else re.I), tuple(t["types"]))
                  for t in r.get("types") or []],
        "english": (int(r["english"]["min_words"]), float(r["english"]["min_share"]),
                    frozenset(w.lower() for w in r["english"]["words"])),
    }


def kind_of(council_type: str | None, council: str | None = None) -> str | None:
    """'local' or 'principal' for a council (its name, when it names its kind, then its type),
    None when neither tells."""
    for kind, rx in _rules()["name_kinds"].items():
        if isinstance(council, str) and rx.search(council):
            return kind
    for kind, types in _rules()["kinds"].items():
        if isinstance(council_type, str) and council_type.lower() in types:
            return kind
    return None


def mentioned_kinds(text: str) -> set[str]:
    """The kinds of council a text's wording belongs to (a Cabinet: principal; a sole Clerk: local)."""
    return {kind for kind, patterns in _rules()["mentions"].items() if any(p.search(text) for p in patterns)}


def type_of_kind(kind: str) -> str:
    """A council type of the kind ('local' -> 'parish'), to stand for a source whose kind is known but not its type."""
    return _rules()["kinds"][kind][0]


def inferred_kinds(texts_by_doc: dict[str, list[str]], known: dict[str, str | None]) -> dict[str, str]:
    """The kind of council ('local' or 'principal') that wrote each document whose type and name do not tell
    (``known`` maps a document to its kind, None where unknown), read from what its clauses mention: a document
    with three or more clauses that name only one kind's features (the Clerk as sole officer, the Staffing Committee,
    the RFO; or the Cabinet, directors, the Head of Paid Service), three times as many as name the other's, is of
    that kind. A clause of such a document that mentions neither kind's features then fits only that kind: a parish
    note's "The Staffing Committee sets the Clerk's objectives" no longer reaches a district draft as the Chief
    Executive's (reader round 18)."""
    out = {}
    for doc_id, texts in texts_by_doc.items():
        if known.get(doc_id) is not None:
            continue
        counts = {"local": 0, "principal": 0}
        for text in texts:
            said = mentioned_kinds(text)
            if len(said) == 1:
                counts[next(iter(said))] += 1
        for kind, other in (("local", "principal"), ("principal", "local")):
            if counts[kind] >= 3 and counts[kind] >= 3 * counts[other]:
                out[doc_id] = kind
    return out


def applies_to(text: str, council_type: str | None, council: str | None = None) -> list[str]:
    """The council types a clause fits: its source council's kind, narrowed by what it mentions (the
    features of one kind; the offices and bodies only some types have, applies_to.yaml ``types``: a
    Town Mayor fits a town). A clause that mentions both kinds' features (or neither and has no known
    source type) fits every type of the kinds, less those its offices rule out."""
    kinds = _rules()["kinds"]
    if isinstance(council, str) and _rules()["no_council"].search(council):
        return []  # (a parish meeting: no council, applies_to.yaml no_council_names)
    said = mentioned_kinds(text)
    if len(said) == 1:
        kind = next(iter(said))
    else:
        kind = kind_of(council_type, council)
    fit = [t for types in kinds.values() for t in types] if kind is None else list(kinds[kind])
    for rx, types in _rules()["types"]:
        if rx.search(text):
            fit = [t for t in fit if t in types]
    return fit


@lru_cache(maxsize=None)
def _nation_rules() -> dict:
    r = load_rules("nations.yaml")
    return {"nations": tuple(r["nations"]), "council_types": dict(r["council_types"]),
            "also_in": {k: tuple(v) for k, v in (r.get("also_in") or {}).items()},
            "mentions": {k: [re.compile(p, re.I) for p in v] for k, v in r["mentions"].items()},
            "source_bound": [re.compile(p, re.I) for p in r.get("source_bound") or []]}


def nations() -> tuple[str, ...]:
    """The nations a draft may be for (resources/nations.yaml)."""
    return _nation_rules()["nations"]


def nation_of_type(council_type: str | None) -> str | None:
    """The nation a council type settles ('welsh', 'community' -> wales; 'scottish' -> scotland), if any."""
    return _nation_rules()["council_types"].get(str(council_type or "").lower())


def nations_of_type(council_type: str | None) -> tuple[str, ...]:
    """The nations a council of this type can be in: the one it settles, then its ``also_in`` (a
    Scottish community council); empty for a type that settles none (it can be in any)."""
    settled = nation_of_type(council_type)
    return (settled, *_nation_rules()["also_in"].get(str(council_type).lower(), ())) if settled else ()


def clause_nation(text: str, council_type: str | None) -> str | None:
    """The nation a clause is bound to: the one whose bodies, codes or laws it names; when it names
    several, its source council's nation; None when it names none (it fits every nation). A clause that
    names a body by a title every nation uses for its own ("the Ombudsman", "the Commissioner",
    nations.yaml ``source_bound``) means its source's: a Welsh council's "report to the Ombudsman" is
    the Ombudsman for Wales."""
    said = {n for n, patterns in _nation_rules()["mentions"].items() if any(p.search(text) for p in patterns)}
    if not said and any(p.search(text) for p in _nation_rules()["source_bound"]):
        return nation_of_type(council_type)
    if len(said) == 1:
        return next(iter(said))
    if said:
        own = nation_of_type(council_type)
        return own if own in said else None
    return None


def not_draft_reason(row: dict, first_person: bool = False) -> str | None:
    """Why a clause is not draft material ('incomplete', 'another language', 'title', 'contents', 'background',
    'first_person', or another not_draft key of applies_to.yaml), or None when it is. ``first_person``: first-person text is allowed (a pledge annex)."""
    text = (row.get("text") or "").strip()
    complete = row.get("complete", True)
    if complete is False or (complete is not None and complete is not True and str(complete).lower() == "false"):
        return "incomplete"
    if not text:
        return "incomplete"
    if not in_english(f"{row.get('lead_in') or ''} {text}"):
        return "another language"
    text, whole = _read_as(row, text)
    for reason, patterns in _rules()["not_draft"].items():
        if first_person and reason == "first_person":
            continue
        if any(p.search(text if reason == "contents" else whole) for p in patterns):
            return reason
    if row.get("kind") == "cell" and not _SUBJECT_VERB.match(text):
        return "incomplete"  # a table cell whose subject is its column heading: not a sentence on its own
    if text[:1].islower() and not (row.get("lead_in") or "").strip():
        return "incomplete"  # starts mid-sentence: the rest of its sentence is elsewhere
    if row.get("kind", "paragraph") not in ("item", "step") and re.match(
            r"(?:must|should|shall|will|may|can|to|and|or|but|are|is|have|has)\b", text, re.I):
        return "incomplete"  # a list item cut off from its lead-in: no subject
    if row.get("kind", "paragraph") not in ("item", "step") and text[-1] == ":":
        return "incomplete"  # a lead-in whose list is not with it
    if text[-1] == "?" and not (row.get("lead_in") or "").strip():
        return "title"  # a question as a heading ("What if the Clerk is unhappy ...?")
    if row.get("kind", "paragraph") != "item" and text[-1] not in ".!?:;)\"'”’":
        # a paragraph that does not end a sentence is a title or was cut off
        return "title" if _title_like(text) else "incomplete"
    if text[-1] not in ".!?" and _title_like(text):
        return "title"
    return None


def in_english(text: str) -> bool:
    """A text is English unless it has enough words and too few of them are common English words
    (applies_to.yaml ``english``): a Welsh paragraph of a bilingual protocol is not."""
    min_words, min_share, words = _rules()["english"]
    tokens = re.findall(r"[^\W\d_]+", text.lower())
    if len(tokens) < min_words:
        return True
    return sum(t in words for t in tokens) >= min_share * len(tokens)


def _read_as(row: dict, text: str) -> tuple[str, str]:
    """A clause's text as the not-draft patterns read it, and with its lead-in before it."""
    if row.get("kind") in ("item", "step"):
        text = re.sub(r"[;,]\s*(?:and|or)\s*$", ";", text)  # a list's "; and" before its last item is no cut
    return text, " ".join(x for x in (row.get("lead_in") or "", text) if x)


_SUBJECT_VERB = re.compile(r"(?:[A-Z][\w'’-]*\s+)(?:[\w'’-]+\s+){0,5}?(?:will|should|must|shall|may|can|are|is|has|have|do|does|"
                           r"need|needs|expects?|gives?|makes?|provides?|ensures?|sets?|takes?|acts?|leads?)\b")
_VERB = re.compile(r"\b(?:is|are|was|were|be|been|will|shall|should|must|may|can|could|would|has|have|had|do|does|"
                   r"need|needs|expect|expects|ensure|ensures|sets?|gives?|provides?|means?|applies|apply|"
                   r"covers?|aims?|describes?|explains?)\b", re.I)


def _title_like(text: str) -> bool:
    """Short, no verb of its own, and mostly capitalised words: a document or section title."""
    words = re.findall(r"[A-Za-z][\w'’/-]*", text)
    if not words or len(words) > 14 or _VERB.search(text):
        return False
    small = {"and", "of", "the", "for", "between", "on", "to", "in", "a", "an", "with", "at", "by"}
    caps = sum(w[0].isupper() for w in words if w.lower() not in small)
    content = sum(w.lower() not in small for w in words)
    return content > 0 and caps / content >= 0.6


_MID_SENTENCE_NAME = re.compile(r"(?<![.!?:;()\]]\s)(?<!^)(?<![.!?:;()\]])\b[A-Z][\w'’-]*")


def own_setup_names(text: str, allowed: tuple[str, ...] = ()) -> list[str]:
    """The capitalised words of a text, past the start of each sentence, that are neither one of
    applies_to.yaml ``generic_words`` nor a word of ``allowed`` (the draft's council and own terms):
    the names of one council's own offices, bodies, services and pages ("Caretaker", "Enquiry").
    An empty list: the text is generic in wording."""
    generic = _rules()["generic_words"] | {w.lower() for a in allowed for w in re.findall(r"[\w'’-]+", a)}
    found = []
    for m in _MID_SENTENCE_NAME.finditer(text.strip()):
        word = re.sub(r"(?:['’]s|s['’]|['’])$", "", m.group(0)).lower()
        if not {word, word + "s", word[:-1] if word.endswith("s") else word} & generic and len(word) > 1:
            found.append(_name_around(text.strip(), m.start(), m.end()))
    found += [m.group(1) for m in _own_setup_words().finditer(text)]
    return list(dict.fromkeys(found))


@lru_cache(maxsize=None)
def _own_setup_words() -> re.Pattern:
    """applies_to.yaml ``own_setup_words`` after "the" or "its": a facility or service of one council's own."""
    words = sorted(load_rules("applies_to.yaml").get("own_setup_words", []), key=len, reverse=True)
    return re.compile(r"\b(?:the|its|our) (" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _name_around(text: str, start: int, end: int) -> str:
    """The whole capitalised name a word belongs to ("Enquiry" in "the Councillors' Enquiry Service")."""
    before = re.search(r"(?:[A-Z][\w'’-]*\s+)*$", text[:start])
    after = re.match(r"(?:\s+[A-Z][\w'’-]*)*", text[end:])
    return (text[before.start():start] + text[start:end] + after.group(0)).strip()


def place_name(council: str) -> str | None:
    """The place in a council's name ("Oakhollow County Council" -> "Oakhollow")."""
    if not isinstance(council, str) or council.startswith("("):
        return None
    place = re.sub(r"\b(?:(?:Metropolitan |County |City |London )?Borough|Parish|Town|Community|District|County|City|"
                   r"Metropolitan|Unitary|Village)?\s*Council\b|^(?:The )?(?:City|Royal Borough|Borough|"
                   r"County) of\s+", "", council).strip(" ,")
    return place if len(place) > 2 else None


@lru_cache(maxsize=None)
def _whole_word(phrase: str) -> re.Pattern:
    """A phrase as a whole-word pattern, compiled once: a draft from a thousand councils tests every
    place name against every clause it keeps, and compiling them each time took minutes."""
    return re.compile(r"\b" + re.escape(phrase) + r"\b")


def foreign_names(text: str, council: str, allowed: tuple[str, ...] = (), places: tuple[str, ...] = ()
                  ) -> list[str]:
    """Names in a (substituted) text that belong to another council: a council other than
    ``council``, one of the other councils' ``places``, or a committee, panel, protocol or policy
    of its own that is neither a generic name nor one of ``allowed`` (the draft's own terms, such
    as its personnel committee)."""
    r = _rules()
    own = place_name(council) or council
    found = [p for p in places if p != own and p not in own and _whole_word(p).search(text)]
    found += [m.group(0) for m in r["council"].finditer(text) if m.group(0) not in council and
             not re.match(r"(?:The|A|An|Each|Every|Any|This)\s", m.group(0))]
    for m in r["bare_council"].finditer(text):  # ("Glenlochy Council": a council named by its place alone)
        words = m.group(0).split()[:-1]
        while words and words[0].lower() in r["bare_council_generic"]:
            words = words[1:]  # ("In Glenlochy Council": the name after the small words)
        name = " ".join(words)
        if words and not any(w.lower() in r["bare_council_generic"] for w in words) and name not in council \
                and name not in own:
            found.append(name + " Council")
    for m in r["own_name"].finditer(text):
        name = m.group(0).strip()
        name = re.sub(r"^(?:The|A|An|Each|Every|Any|And|Or|Of|To|With|By|For|In|On|At)\s+", "", name)
        if any(name.lower() == a.lower() or name.lower().endswith(" " + a.lower()) for a in allowed):
            continue
        if not any(g.search(name) for g in r["generic"]) and not re.search(r"[a-z]", name.split()[0][:1]):
            found.append(name)
    return found


def record_documents(doc_ids: list[str], reasons: list[str | None]) -> dict[str, float]:
    """The documents that record a meeting, a report or news rather than state a protocol, with the share of their
    clauses that are background (``not_draft_reason`` "background": what a meeting noted or resolved, what a report
    found): at least draft.yaml ``narrative_share`` of them and ``narrative_min_background`` in all, of at least
    ``narrative_min_clauses`` clauses. A draft takes none of their clauses; the report marks them."""
    spec = load_rules("draft.yaml")
    counts: dict[str, list[int]] = {}
    for doc, why in zip(doc_ids, reasons):
        n = counts.setdefault(doc, [0, 0])
        n[0] += 1
        n[1] += why == "background"
    return {doc: bg / n for doc, (n, bg) in counts.items()
            if n >= int(spec["narrative_min_clauses"]) and bg >= int(spec["narrative_min_background"])
            and bg / n >= float(spec["narrative_share"])}


def records_among(rows: list[dict]) -> dict[str, float]:
    """``record_documents`` of a clause table's rows (dicts with doc_id, text, kind, lead_in, complete), reading every
    clause against the background patterns alone first: a document that falls short on them cannot be a record (the
    full reasons only ever count fewer clauses as background), so only the few that pass are read in full."""
    background = _rules()["not_draft"]["background"]
    maybe = record_documents([r["doc_id"] for r in rows], [
        "background" if any(p.search(_read_as(r, (r.get("text") or "").strip())[1]) for p in background) else None
        for r in rows])
    few = [r for r in rows if r["doc_id"] in maybe]
    return record_documents([r["doc_id"] for r in few], [not_draft_reason(r) for r in few])
