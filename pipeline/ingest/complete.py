"""Cut-off documents: content that ends in the middle of a word or sentence is flagged, never passed as whole.

A download or copy that stopped early ("… Officers give advice to the Co") still reads as a
document. ``mark_cut_off(doc)`` looks at the last piece of content (what follows it is only
furniture): when it is a clause that ends mid-sentence, that clause gets ``complete = False``
and the document the warning ``CUT_OFF`` (which makes its status ``partial``). The rules are
``cut_off`` in resources/structure.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Clause, Document
from ..resources import load_rules

CUT_OFF = "ends mid-sentence: the document may be incomplete"


@lru_cache(maxsize=None)
def _rules() -> dict:
    struct = load_rules("structure.yaml")
    rules = struct["cut_off"]
    return {
        "closing": re.compile(rules["closing_punctuation"] + r"\s*$"),
        "open_words": int(rules["open_ending_words"]),
        "unfinished": {w.lower() for w in rules["unfinished_words"]} | set(struct["dangling_words"]),
    }


def last_clause(doc: Document) -> Clause | None:
    """The clause holding the document's last line of content, or None when a heading or
    lead-in comes after every clause."""
    content = [t for t in doc.trace if t.dest != "furniture"]
    if not content or not doc.clauses:
        return None
    last_line = max(t.line_no for t in content)
    return next((c for c in reversed(doc.clauses) if last_line in c.line_nos), None)


def ends_mid_sentence(clause: Clause, doc_text: str, siblings: list[Clause] | None = None,
                      closed_share: float = 0.0) -> bool:
    """Does this (last) clause stop in the middle of a word or sentence? ``siblings`` are the
    other items of its list, ``closed_share`` the share of the document's paragraphs that end
    with closing punctuation."""
    rules = _rules()
    text = clause.text.strip()
    if not text or rules["closing"].search(text):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if not words:
        return False
    last = words[-1]
    if last.lower() in rules["unfinished"]:
        return True
    if _is_fragment(last, doc_text):
        return True
    if siblings and all(rules["closing"].search(c.text.strip()) for c in siblings):
        return True  # "…; • asks you to…; • tries to … or conta" -- every other item of its list closes
    # a long paragraph stopping on a lower-case word, in a document where the document's paragraphs end with punctuation
    return (clause.kind == "paragraph" and len(words) > rules["open_words"] and last[:1].islower() and text[-1:].isalpha()
            and closed_share >= 0.9)


def _is_fragment(word: str, doc_text: str) -> bool:
    """A word the document never uses on its own but uses as the start of longer words ("Co", "consid")."""
    if len(word) > 12 or not word.isalpha():
        return False
    own = len(re.findall(r"\b" + re.escape(word) + r"\b", doc_text, re.I))
    longer = re.search(r"\b" + re.escape(word) + r"[a-z]", doc_text, re.I)
    return own <= 1 and longer is not None


def mark_cut_off(doc: Document) -> None:
    """Flag a document whose content ends mid-sentence, and its last clause."""
    clause = last_clause(doc)
    if clause is None:
        return
    closing = _rules()["closing"]
    siblings = [c for c in doc.clauses if c is not clause and c.kind == "item" and clause.kind == "item"
                and c.lead_in == clause.lead_in and c.parent == clause.parent][-4:]
    paras = [c for c in doc.clauses if c.kind == "paragraph" and c is not clause]
    closed_share = sum(1 for c in paras if closing.search(c.text.strip())) / len(paras) if paras else 0.0
    if ends_mid_sentence(clause, doc.text, siblings, closed_share):
        clause.complete = False
        if CUT_OFF not in doc.warnings:
            doc.warnings.append(CUT_OFF)
