"""Cut-off documents: content that ends in the middle of a word or sentence is flagged, never passed as whole.

A download or copy that stopped early ("… Officers give advice to the Co") still reads as a
document. ``mark_cut_off(doc)`` looks at the last piece of content (what follows it is only page
furniture). The signal is the one a reader uses: the last content does not close like a sentence
and is not one of the shapes that normally end without punctuation.

- A clause is cut when it stops on a comma, a dash, an open bracket, or a lead-in's colon with no
  items; when it lacks closing punctuation and stops on an unfinished word ("the", "will") or on
  the start of a longer word ("Co"); or when it lacks closing punctuation and is none of: an item or
  cell of a list or table that does not punctuate, a short label, a title-case line (a heading, a
  name, an address), a line ending in a number or date, contact details, a "Term: definition" line,
  or a paragraph of a document whose paragraphs do not punctuate. Then it gets ``complete = False``.
- A heading is a normal ending only where it heads no text (an appendix, a flowchart, "End of
  document") or names a signatory or a date; a section heading after the clauses with nothing under
  it ("8. Training and development"), one that stops on an unfinished word or fragment, or one that
  holds a verb (a short cut sentence taken for a heading: "Officers will respond") ends a cut document.
- A number or list marker with nothing after it ("3.") ends a cut document.

A cut document gets the warning ``CUT_OFF`` (status ``partial``). The rules are ``cut_off`` in
resources/structure.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Clause, Document
from ..resources import load_rules
from .clean import CONTACT as _CONTACT

CUT_OFF = "ends mid-sentence: the document may be incomplete"

# a quotation closed on its full stop, then a dash and whom or where it is from (a short attribution, no sentence)
_ATTRIBUTED = re.compile(r"[.!?][\"”’']\s*[-–—]\s*((?:[^.!?\"”]|\.(?=\d)){1,80})$")
_LABEL = re.compile(r"^[A-Z][\w'’/&() -]{0,40}?\s*[:–—-]\s+\S")


@lru_cache(maxsize=None)
def _rules() -> dict:
    struct = load_rules("structure.yaml")
    rules = struct["cut_off"]
    return {
        "closing": re.compile(rules["closing_punctuation"] + r"\s*$"),
        "open": re.compile(rules["open_punctuation"] + r"\s*$"),
        "lead_in": re.compile(r"(?:" + "|".join(struct["lead_in_endings"]) + r")\s*$", re.I),
        "closed_share": float(rules["closed_share"]),
        "label_words": int(rules["label_words"]),
        "title_words": int(rules["title_words"]),
        "unfinished": {w.lower() for w in rules["unfinished_words"]} | set(struct["dangling_words"]),
        "verbs": {w.lower() for w in rules["sentence_verbs"]},
        "small": {w.lower() for w in rules["title_small_words"]},
        "page": set(rules["page_furniture"]),
        "markers": set(rules["cut_markers"]),
        "terminal_heading": re.compile(rules["terminal_heading"], re.I),
        "closing_heading": re.compile(rules["closing_heading"], re.I),
    }


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'’-]*", text)


def last_clause(doc: Document) -> Clause | None:
    """The clause holding the document's last line of content, or None when a heading or
    lead-in comes after every clause."""
    # (a table row's label is read with its cells: the row ends on its last cell, not on its label)
    content = [t for t in doc.trace if t.dest != "furniture" and not t.ref.startswith("row label: ")]
    if not content or not doc.clauses:
        return None
    last_line = max(t.line_no for t in content)
    return next((c for c in reversed(doc.clauses) if last_line in c.line_nos), None)


def _closes(text: str) -> bool:
    return bool(_rules()["closing"].search(text.strip()))


def _stops_short(text: str, doc_text: str) -> bool:
    """Does the text stop on an unfinished word or in the middle of a word?"""
    tokens = re.findall(r"[\w'’-]+", text)
    if not tokens or _closes(text) or not tokens[-1][:1].isalpha():
        return False
    return tokens[-1].lower() in _rules()["unfinished"] or _is_fragment(tokens[-1], doc_text)


def _is_fragment(word: str, doc_text: str) -> bool:
    """A word the document never uses on its own but uses as the start of longer words ("Co", "consid")."""
    if len(word) > 12 or not word.isalpha():
        return False
    own = len(re.findall(r"\b" + re.escape(word) + r"\b", doc_text, re.I))
    longer = re.search(r"\b" + re.escape(word) + r"[a-z]", doc_text, re.I)
    return own <= 1 and longer is not None


def _ends_without_punctuation_normally(text: str) -> bool:
    """Shapes that end without punctuation in complete documents: a short label, a title-case line,
    a line ending in a number or date, contact details, a "Term: definition" line."""
    rules = _rules()
    words = _words(text)
    lower = {w.lower() for w in words}
    if len(words) <= rules["label_words"] and not lower & rules["verbs"]:
        return True  # "End of document", "Appendix A", "Cllr Jane Smith"
    big = [w for w in words if w.lower() not in rules["small"]]
    if len(words) <= rules["title_words"] and big and sum(1 for w in big if w[:1].isupper()) >= 0.75 * len(big):
        return True  # "Appendix A: Flowchart of the Complaints Procedure", "Hollybank HB1 2AB"
    if re.search(r"\d\w*\s*$", text) and len(words) <= rules["title_words"]:
        return True  # "Adopted by Full Council on 12 March 2025", "1 Localism Act 2011, section 27"
    if _CONTACT.search(text):
        return True
    attributed = _ATTRIBUTED.search(text)
    if attributed and len(_words(attributed[1])) <= 8 \
            and not {w.lower() for w in _words(attributed[1])} & (rules["verbs"] | rules["unfinished"]):
        return True  # a quotation and whom it is from: '"... the best asset a town council can have." - Protocol, 1.3'
    return bool(_LABEL.match(text)) and not lower & rules["verbs"]  # "Member: an elected councillor"


def ends_mid_sentence(clause: Clause, doc_text: str, siblings: list[Clause] | None = None,
                      closed_share: float = 1.0, furniture_after: bool = False) -> bool:
    """Does this (last) clause stop in the middle of a word or sentence? ``siblings`` are the
    other items of its list or cells of its table, ``closed_share`` the share of the document's
    other paragraphs that close with punctuation, ``furniture_after`` whether lines recorded as
    furniture (other than page furniture) follow it."""
    rules = _rules()
    text = clause.text.strip()
    if not _words(text):
        return False
    if rules["lead_in"].search(text):
        return not furniture_after  # a lead-in with no items (unless its items were furniture: "Contact:")
    if rules["open"].search(text):
        return True  # "… should not, in any circumstances,"
    if _closes(text):
        return False
    if clause.kind == "cell" and siblings and sum(1 for c in siblings if _closes(c.text)) * 2 <= len(siblings):
        # a cell of a column of short entries ("Monitoring Officer, using the online complaint form"):
        # cut only when it stops on a joining word, not on a word met once elsewhere as part of a longer
        words = re.findall(r"[\w'’-]+", text)
        return bool(words) and words[-1].lower() in rules["unfinished"]
    if _stops_short(text, doc_text):
        return True
    if siblings:
        # an item or cell: cut when its list or table closes its entries with punctuation
        return sum(1 for c in siblings if _closes(c.text)) * 2 > len(siblings)
    if _ends_without_punctuation_normally(text):
        return False
    return closed_share >= rules["closed_share"]


def _heading_cut(text: str, doc_text: str) -> bool:
    """A heading that ends the document is cut when it stops short or is a short sentence
    (it holds a verb: "Officers will respond"). A heading that is only a closing section's name ("Document control"
    over its version table, "Appendix A") is not cut, though its last word begins a longer one ("controllers")."""
    if _closes(text) or _rules()["closing_heading"].fullmatch(text.strip()):
        return False
    return _stops_short(text, doc_text) or bool(set(_words(text)) & _rules()["verbs"])


def _empty_section(doc: Document, line_no: int, text: str) -> bool:
    """A document that ends on a section heading with nothing under it ("8. Training and development")
    stopped before that section's text: the heading follows a clause (it is not the title) and does not
    head something other than text (an appendix, a flowchart, the end) nor name a signatory or date."""
    if _rules()["terminal_heading"].search(text) or _CONTACT.search(text) or _LABEL.match(text):
        return False
    # the content just above is a clause: the heading closes no run of headings (a glossary or a
    # table taken for headings, "Member: an elected councillor")
    # and nothing but page furniture between them (site clutter above it: the heading is the page's)
    before = [t for t in doc.trace if t.line_no < line_no and not (t.dest == "furniture" and t.ref in _rules()["page"])]
    return bool(before) and max(before, key=lambda t: t.line_no).dest == "clause"


def mark_cut_off(doc: Document) -> None:
    """Flag a document whose content ends mid-sentence, and its last clause."""
    rules = _rules()
    # (a table row's label is read with its cells: the row ends on its last cell, not on its label)
    content = [t for t in doc.trace if t.dest != "furniture" and not t.ref.startswith("row label: ")]
    if not content:
        return
    last = max(reversed(content), key=lambda t: t.line_no)  # (the last of a line that ran several points together)
    after = [t for t in doc.trace if t.dest == "furniture" and t.line_no > last.line_no]
    cut = False
    clause = last_clause(doc)
    if any(t.ref in rules["markers"] and not any(u.ref == "meeting record" and u.line_no > t.line_no for u in after)
           for t in after):
        cut = True  # "3." with nothing after it (a minute's number over its procedural record, "36." / "Date of next
        # meeting" / "The next meeting ... will be held on ...", has its record after it: round 46)
    elif last.dest == "heading":
        # site clutter after it: the heading belongs to the page's footer ("Why did I get this?")
        cut = _heading_cut(last.text, doc.text) or (
            _empty_section(doc, last.line_no, last.text) and not any(t.ref not in rules["page"] for t in after))
    elif clause is not None:
        siblings = _siblings(doc, clause)
        paras = [c for c in doc.clauses if c.kind in ("paragraph", "step") and c is not clause] or \
            [c for c in doc.clauses if c is not clause]
        closed_share = sum(1 for c in paras if _closes(c.text)) / len(paras) if paras else 1.0
        furniture_after = any(t.ref not in rules["page"] for t in after)
        if ends_mid_sentence(clause, doc.text, siblings, closed_share, furniture_after):
            clause.complete = False
            cut = True
    if cut and CUT_OFF not in doc.warnings:
        doc.warnings.append(CUT_OFF)


def _siblings(doc: Document, clause: Clause) -> list[Clause]:
    """The other items of the clause's list (up to four before it), or the other cells of its table."""
    if clause.kind == "item":
        return [c for c in doc.clauses if c is not clause and c.kind == "item"
                and c.lead_in == clause.lead_in and c.parent == clause.parent][-4:]
    if clause.kind == "cell":
        # the cells of its own column: a table whose first column closes its cells with full stops may
        # end on a column that never does ("Who to contact": "Monitoring Officer, using the online form")
        table, column = clause.clause_id.split(".")[0], clause.clause_id.split(".")[-1]
        cells = [c for c in doc.clauses if c is not clause and c.kind == "cell" and c.clause_id.split(".")[0] == table]
        return [c for c in cells if c.clause_id.split(".")[-1] == column] or cells
    return []
