"""Comparison across councils: theme coverage, escalation ladders and shared wording.

Plain functions from the clause table (a DataFrame of clause records) to tables.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from functools import lru_cache

import numpy as np
import pandas as pd

from ..nlp.themes import load_themes
from .blocking import all_pairs, candidate_pairs
from .common import joined_words, typed_frame, words

MODALITY_ORDER = ("must not", "will not", "should not", "must", "will", "should", "may")

COVERAGE_DTYPES = {
    "council": "string", "doc_id": "string", "theme": "string", "theme_label": "string",
    "clauses": "Int64", "tags": "string", "strongest": "string", "status": "string",
    "clause_ids": "string", "evidence": "string",
}
ESCALATION_DTYPES = {
    "council": "string", "doc_id": "string", "step": "Int64", "clause_id": "string", "section": "string",
    "who": "string", "to_whom": "string", "level": "string", "evidence": "string", "text": "string",
}
GROUP_DTYPES = {
    "group": "Int64", "councils": "Int64", "doc_id": "string", "council": "string", "clause_id": "string",
    "tag": "string", "representative": "boolean", "similarity": "Int64", "differences": "string", "text": "string",
}


def council_name(row) -> str:
    return row["council"] if isinstance(row["council"], str) and row["council"] else row["doc_id"]


_TEXT_MODAL = re.compile(r"\b(?:(?P<mustnot>must\s+(?:not|never)|mustn[’']t|shall\s+(?:not|never)|may\s+not|cannot|can\s*not|"
                         r"can[’']t|(?:is|are)\s+not\s+(?:permitted|allowed)|(?:is|are)\s+prohibited|"
                         r"no\s+(?:\w+\s+){1,3}(?:may|can|shall|must)(?!\s+not)|"
                         r"(?:is|are)\s+not\s+(?:to|allowed\s+to|permitted\s+to))|"
                         r"(?P<willnot>will\s+(?:not|never)|won[’']t)|"
                         r"(?P<shouldnot>should\s+(?:not|never)|shouldn[’']t|ought\s+not|avoid|refrain|"
                         r"(?:under|in)\s+no\s+circumstances\s+should|no\s+(?:\w+\s+){1,3}should)|"
                         r"(?P<must>must|shall|(?:is|are)\s+(?:required|obliged)\s+to)|(?P<will>will)|"
                         r"(?P<should>should|ought\s+to|(?:is|are)\s+expected\s+to)|"
                         r"(?P<may>may(?!\s+expect)|can(?!\s+expect)|(?:is|are)\s+entitled\s+to))\b", re.I)
# a subordinate clause before the main one ("Where a councillor will be absent, they must send apologies"): its verbs
# are not the rule's
_LEADING_CLAUSE = re.compile(r"^\W*(?:where|if|when|whenever|unless|although|while|whilst|once|until|before|after)\b[^,;:]{0,160},\s*", re.I)


def modality(tag: str | None, text: str | None) -> str | None:
    """How strongly a clause binds, in its own words: must not > will not > should not > must > will > should > may;
    None for a clause that states a role, a route or context rather than an obligation, or whose text says none of
    these words. The clause's first modal verb of its tag's kind decides (a prohibition's "should not", an expectation's
    "will"), after a subordinate clause that opens it ("Where a councillor will be absent, they must ..."); "can expect"
    is no permission. Not the cue that decided the tag: a label taken from it showed "must" over clauses that say "will" or
    "can expect" (the report reader of this session: 79 of 165 "must" cells held no "must")."""
    tag = tag if isinstance(tag, str) else None
    if tag in ("prohibition", "expectation") and isinstance(text, str):
        for m in _TEXT_MODAL.finditer(_LEADING_CLAUSE.sub("", text, count=1)):
            kind = {"mustnot": "must not", "willnot": "will not", "shouldnot": "should not", "must": "must",
                    "will": "will", "should": "should", "may": "may"}[m.lastgroup]
            if (tag == "prohibition") == kind.endswith("not"):
                return kind
    return None


@lru_cache(maxsize=None)
def _phrase_patterns() -> dict[str, list[tuple[re.Pattern, re.Pattern]]]:
    """Per theme, for each phrase and weak word: its exact form, and a loose form in which every word may
    take another ending ("bully" finds "bullied"), standing in for the tagger's lemma match."""
    out: dict[str, list[tuple[re.Pattern, re.Pattern]]] = {}
    for tid, theme in load_themes().items():
        pats = []
        for phrase in sorted(list(theme["phrases"]) + list(theme.get("weak") or []), key=lambda p: -len(p)):
            ws = phrase.lower().split()
            exact = r"\b" + r"[\s-]+".join(re.escape(w) for w in ws) + r"\b"
            loose = r"\b" + r"[\s-]+".join(re.escape(w[:max(4, len(w) - 2)]) + r"[\w'’]*" for w in ws)
            pats.append((re.compile(exact, re.I), re.compile(loose, re.I)))
        out[tid] = pats
    return out


def theme_evidence(clause: dict) -> dict[str, str]:
    """Theme -> the words of the clause that put it under that theme, for each of its themes.

    The tagger's own ``theme_evidence`` is used where the clause has it; otherwise the first
    theme phrase found in the text, else in its lead-in (longest phrases first, exact forms
    before other endings).
    A theme whose phrase cannot be found again maps to "" (the clause still counts)."""
    given = clause.get("theme_evidence")  # "theme: words" strings (the records), a dict, pairs or a JSON object
    if isinstance(given, str):
        given = json.loads(given) if given.strip().startswith("{") else given.split("|")
    if isinstance(given, (list, np.ndarray)) and all(isinstance(x, str) for x in given):
        given = [tuple(x.split(": ", 1)) for x in given if ": " in x]
    given = dict(given) if isinstance(given, dict) else dict(list(given)) if isinstance(given, (list, np.ndarray)) else {}
    texts = [x for x in (clause.get("text"), clause.get("lead_in")) if isinstance(x, str)]
    out = {}
    for tid in clause["themes"]:
        found = given.get(tid)
        pats = _phrase_patterns().get(tid, [])
        for text in texts if not found else []:  # the clause's own words, then its lead-in's
            m = next((m for exact, _ in pats if (m := exact.search(text))), None) or \
                next((m for _, loose in pats if (m := loose.search(text))), None)
            if m:
                found = m.group(0)
                break
        out[tid] = found or ""
    return out


def coverage(clauses: pd.DataFrame) -> pd.DataFrame:
    """Council x theme: how many clauses, their tags, the strongest modality and the clauses
    behind the cell (ids and the words that matched), or 'silent'. A clause counts for a theme
    when the theme is in its ``themes`` list, the same list the drafts use for their gaps; a bare figure does not (a
    statistics table's "5" is a clause, themed by its row and column, but eighteen of them made the darkest cell of
    this session's report, whose reader found lone digits under "matched words highlighted")."""
    themes = load_themes()
    hits: dict[tuple[str, str], list[tuple]] = {}
    councils: dict[str, str] = {}
    cols = [c for c in ("doc_id", "council", "clause_id", "tag", "evidence", "themes", "text", "lead_in",
                        "theme_evidence") if c in clauses.columns]
    for r in clauses[cols].to_dict("records"):
        councils.setdefault(r["doc_id"], council_name(r))
        if not re.search(r"[^\W\d_]{2,}", str(r.get("text") or "")):
            continue
        found = theme_evidence(r)
        for t in r["themes"]:
            hits.setdefault((r["doc_id"], t), []).append((r["tag"], r["evidence"], r["clause_id"], found[t], r.get("text")))
    rows = []
    for doc_id, council in sorted(councils.items(), key=lambda kv: (kv[1], kv[0])):
        for tid, theme in themes.items():
            hit = hits.get((doc_id, tid))
            row = {"council": council, "doc_id": doc_id, "theme": tid, "theme_label": theme["label"]}
            if hit:
                tags = Counter(h[0] for h in hit if isinstance(h[0], str))
                modal = [m for h in hit if (m := modality(h[0], h[4]))]
                row.update(clauses=len(hit), tags="|".join(f"{t}:{n}" for t, n in sorted(tags.items())),
                           strongest=min(modal, key=MODALITY_ORDER.index) if modal else None, status="covered",
                           clause_ids="|".join(h[2] for h in hit),
                           evidence="|".join(dict.fromkeys(h[3].lower() for h in hit if h[3])) or None)
            else:
                row.update(clauses=0, tags=None, strongest=None, status="silent", clause_ids=None, evidence=None)
            rows.append(row)
    return typed_frame(rows, COVERAGE_DTYPES)


# whom a step goes to: a post, body or team after "raise it with", "refer it to", "complain to", "contact", "ask" ...
# (in any case, with up to four words before its title: "their line manager", "the relevant Director", "the officer's
# Director"; several titles run together, "Public Services Ombudsman for Wales"; and "of"/"for" a named body). The
# report reader of this session found "to whom" blank for 99 of 166 steps, most of them naming a lower-case manager.
_NOUN = (r"(?:officer|director|executive|service|manager|clerk|chair(?:man|person)?|vice-chair(?:man)?|committee|"
         r"sub-committee|leader|ombudsman|commissioner|panel|team|representative|council|mayor|convener|person|adviser|"
         r"advisor|hr|acas)s?\b(?![’']s\b)")
# the words a title may open with: a capitalised word ("Local Government and Social Care Ombudsman", "Head of Legal and
# Democratic Services"), or one of these (not any word: "take care not to criticise officers" named no one, adversarial
# review 49)
_TITLE_WORD = (r"(?:(?-i:[A-Z])[\w'’-]*|line|relevant|appropriate|own|senior|chief|head|deputy|assistant|monitoring|proper|"
               r"town|parish|district|county|borough|city|democratic|legal|corporate|group|staffing|personnel|standards|"
               r"local|independent|scrutiny|communications|member|councillor|officer|employee)(?:[’']s)?")
_TITLE = (r"(?:" + _TITLE_WORD + r"\s+(?:(?:and|of|for)\s+(?=(?-i:[A-Z])))?){0,5}?" + _NOUN + r"(?:\s+" + _NOUN + r")*"
          r"(?:\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'’]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’]*){0,5})?")
_TARGET = re.compile(
    r"\b(?:(?:raise[sd]?|raising|refer(?:red|s|ring)?|report(?:ed|s|ing)?|speak|speaks|talk|discuss|made|make|sent|send|"
    r"write|passed|pass|go|goes|escalated|escalate|put in writing|heard|dealt with|considered|investigated|complain\w*|"
    r"take|taken|seek \w+)\b[^.;]{0,60}?\b(?:with|to)|(?:heard|dealt\s+with|considered|investigated|decided)\s+by|"
    r"(?:contact|tell|inform|notify|ask|approach|consult)(?:s|ed|ing)?)"
    r"\s+((?:the|their|your|his|her|my|a|an|that|its)\s+)?(" + _TITLE + ")", re.I)
_FORMAL = re.compile(r"\bformal(?:ly)?\b|disciplinary|grievance procedure|standards committee|ombudsman|"
                     r"commissioner|complaint (?:under|to)|code of conduct|investigat|hearing|tribunal", re.I)
_INFORMAL = re.compile(r"\binformal(?:ly)?\b|in the first instance|\bfirst\b|discuss|speak|talk|conciliation|"
                       r"mediation|settle", re.I)


def _level(text: str) -> str:
    informal = _INFORMAL.search(text)
    formal = _FORMAL.search(text)
    if informal and formal:
        return "informal then formal"
    return "formal" if formal else ("informal" if informal else "unspecified")


def step_target(text: str) -> str | None:
    """Whom a step sends a matter to ("their line manager", "the Chair of the Staffing Committee"), or None."""
    m = _TARGET.search(text)
    return re.sub(r"\s+", " ", m.group(2)).strip() if m else None


def escalation(clauses: pd.DataFrame) -> pd.DataFrame:
    """Per council, its escalation clauses in document order: who raises what with whom, informal or formal. Only
    clauses whose tag is escalation, as the tag mix counts them (a clause with escalation as its second tag, "If you
    want to comment publicly, speak to the Communications Team first", made a protocol's ladder longer than its
    escalation count, this session's report reader)."""
    rows = []
    esc = clauses[clauses.tag == "escalation"]
    by_doc: dict[str, list[dict]] = {}
    for c in esc.to_dict("records"):
        by_doc.setdefault(c["doc_id"], []).append(c)
    for doc_id, steps in sorted(by_doc.items(), key=lambda kv: (council_name(kv[1][0]), kv[0])):
        for n, c in enumerate(steps, 1):
            text = c["text"]
            lead_in = c["lead_in"] if isinstance(c["lead_in"], str) else ""
            target = step_target(text)
            if target is None and re.search(r"\b(with|to)\s*:\s*-?\s*$", lead_in):
                target = re.sub(r"^for\s+\w+(\s+\w+)?\s+(?=the\b)", "", text, flags=re.I)  # "raise issues with:-" items
            context = " ".join(x for x in (c["section"], lead_in, text) if isinstance(x, str))
            rows.append({"council": council_name(c), "doc_id": doc_id, "step": n, "clause_id": c["clause_id"],
                         "section": c["section"], "who": c["actor"], "to_whom": target, "level": _level(context),
                         "evidence": c["evidence"], "text": text})
    return typed_frame(rows, ESCALATION_DTYPES)


def _differences(rep: str, other: str) -> str:
    """Word-level differences of ``other`` from ``rep``: 'for "x": "y"; adds "z"; drops "w"'."""
    a, b = words(rep), words(other)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        old, new = " ".join(a[i1:i2]), " ".join(b[j1:j2])
        if op == "replace":
            out.append(f'for "{old}": "{new}"')
        elif op == "delete":
            out.append(f'drops "{old}"')
        elif op == "insert":
            out.append(f'adds "{new}"')
    return "; ".join(out)


MAX_COMPARED_CHARS = 3000


def shared_wording(clauses: pd.DataFrame, threshold: int = 85, min_words: int = 6) -> pd.DataFrame:
    """Groups of near-identical clauses in different documents (rapidfuzz token-sort ratio >= threshold).

    Each group names its representative wording (the one closest to all the others,
    ties to the most common) and, for every other member, its word-level differences.
    """
    from rapidfuzz import fuzz, process

    cand = clauses[clauses.text.map(lambda t: len(t.split()) >= min_words)].reset_index(drop=True)
    if cand.empty:
        return typed_frame([], GROUP_DTYPES)
    norm = [joined_words(t) for t in cand.text]
    parent = list(range(len(cand)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # identical wordings are joined directly; similar ones are searched for among distinct
    # wordings of the same tag only (model wording keeps its meaning, and so its tag)
    first_of: dict[str, int] = {}
    for i, t in enumerate(norm):
        if t in first_of:
            parent[find(i)] = find(first_of[t])
        else:
            first_of[t] = i
    # (a clause longer than MAX_COMPARED_CHARS is a page that ran on, not a wording to compare: its identical copies are
    # joined above, but a token-sort ratio on it costs time in the square of its length)
    distinct = sorted(i for i in first_of.values() if len(norm[i]) <= MAX_COMPARED_CHARS)
    tags = cand.tag.astype(object).where(cand.tag.notna(), "").tolist()
    for tag in sorted(set(tags[i] for i in distinct)):
        idx = [i for i in distinct if tags[i] == tag]
        if len(idx) < 2:
            continue
        if all_pairs(len(idx)):  # few wordings: every pair, in one vectorised call
            scores = process.cdist([norm[i] for i in idx], [norm[i] for i in idx], scorer=fuzz.token_sort_ratio,
                                   score_cutoff=threshold, dtype=np.uint8, workers=1)
            pairs = ((int(a), int(b)) for a, b in np.argwhere(np.triu(scores, 1) >= threshold))
        else:  # many: only the candidates of blocking.py, so the search grows near-linearly
            pairs = ((a, b) for a, b in candidate_pairs([norm[i] for i in idx])
                     if fuzz.token_sort_ratio(norm[idx[a]], norm[idx[b]], score_cutoff=threshold) >= threshold)
        for a, b in pairs:
            parent[find(idx[a])] = find(idx[b])
    docs = cand.doc_id.tolist()
    groups: dict[int, list[int]] = {}
    for i in range(len(cand)):
        groups.setdefault(find(i), []).append(i)
    rows = []
    numbered = sorted((m for m in groups.values() if len({docs[i] for i in m}) > 1),
                      key=lambda m: (-len({docs[i] for i in m}), cand.text[m[0]]))
    recs = cand.to_dict("records")
    for g, members in enumerate(numbered, 1):
        wordings = Counter(norm[i] for i in members)
        best = max(wordings, key=lambda w: (sum(n * fuzz.token_sort_ratio(w, o) for o, n in wordings.items()),
                                            -len(w), w))
        rep = min(i for i in members if norm[i] == best)
        n_councils = len({docs[i] for i in members})
        for i in sorted(members, key=lambda i: (i != rep, docs[i], recs[i]["clause_id"])):
            c = recs[i]
            same = norm[i] == norm[rep]
            rows.append({"group": g, "councils": n_councils, "doc_id": c["doc_id"], "council": council_name(c),
                         "clause_id": c["clause_id"], "tag": c["tag"], "representative": i == rep,
                         "similarity": 100 if same else round(fuzz.token_sort_ratio(norm[rep], norm[i])),
                         "differences": None if i == rep or same else _differences(recs[rep]["text"], c["text"]),
                         "text": c["text"]})
    return typed_frame(rows, GROUP_DTYPES)
