"""Web clutter: site menus, breadcrumbs, link rows, share and feedback lines, page dates, sign-off
blanks and the document's own details, recognised by their shape on the lines of any format.

A page saved as text (or printed to PDF, or pasted into Word) keeps the site around the protocol.
``_remove_clutter(lines, st)`` runs after the fixed furniture patterns and records each line it
removes with its kind as the reason. Shapes, not word lists, decide:

- a line is a *breadcrumb* when short items are chained by ``>`` ``›`` ``»`` or `` / ``;
- a *link row* is three or more short items joined by ``|`` ``·`` ``•`` (Markdown links count as
  items): footer links after the protocol's last sentence, a site menu before its first; a row
  naming two share sites is *share links*; a row of "Label: value" items is *document details*;
- a *site menu* is a run of short link-like lines (capitalised, no sentence punctuation) at the
  top or bottom of the document, outside the protocol's own text; at the bottom, a heading
  followed only by such lines goes with them ("Recent posts", "Archives");
- a *page date* is a short line carrying a date and no sentence; *document details* open with a
  label such as "Adopted" or "Version" and carry a date or version number, at the top or bottom,
  or say when the document was adopted anywhere in a line with no verb of a sentence ("Part 5 –
  Codes and Protocols. Adopted by Council on 12 May 2021");
- a clutter line that a PDF wrapped in two has its kind on both lines ("… 19 September" / "2023 Page 1");
- a *signature block* is a label with a dotted or ruled blank ("Signed ......").

The thresholds and the few labels are ``clutter`` in resources/furniture.yaml.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import islice

from ..model import Furniture, Line
from ..resources import load_rules
from .blocks import _INLINE_NUM, _flattened_tables, _follows, _patterns, _pipe_cells, _State, _two_languages
from .clean import CAPPED_RUN
from .clean import CONTACT as _CONTACT
from .clean import MD_LINK as _MD_LINK
from .numbering import _BULLET, parse_marker

# (and the Welsh months of a bilingual council's lines: "Mabwysiadwyd … ar 15 Medi 2026")
_MONTH = (r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|ionawr|chwefror|mawrth|ebrill|mai|"
          r"mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)")
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}\b"       # 5 September 2023
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"      # September 5, 2023
    r"|\b" + _MONTH + r"\s+\d{4}\b"                                   # March 2024
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"                           # 05/09/2023
    r"|\b\d{4}-\d{2}-\d{2}\b", re.I)
_VERSION = re.compile(r"\b(?:version|v)\s*\d+(?:\.\d+)*\b|\bv\d+(?:\.\d+)*\b", re.I)
_CONTACT_LABEL = re.compile(r"(?:contact(?:\s+(?:officer|person|name|details))?|e-?mail|tel(?:ephone)?|phone|mobile|fax|web(?:site)?|textphone|minicom)\s*(?:no\.?|number)?\s*:",
                            re.I)
_FOOTER_PAGE = re.compile(r"^[^.;!?]{5,160}?\s\bPage\s+\d{1,4}$")  # "Council – Committee – 19 September 2023 Page 1"
_SIGN_OFF = re.compile(r"^[–—-]\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[\w'’ ]{1,40})?$")  # "– Jo Marsden, Town Clerk"
# "J. Penhaligon", "A.B. Smith-Jones"; not a lettered heading ("A. Introduction", "I. Purpose", "C. Contacts")
_INITIALS_NAME = re.compile(r"^(?!I\.)(?:[A-Z]\.\s?){1,3}(?!(?:Introduction|Purpose|Scope|Background|Summary|Definitions?|"
                            r"Principles?|Roles?|General|Overview|Contacts?|Review|Contents|Conduct|Councillors|Officers|"
                            r"Members|Staff|Complaints|Concerns|Communications?|Confidentiality|Relationships?|Training|"
                            r"Meetings?|Introductions?|Responsibilities|Procedures?|Policy|Notes?|Glossary|Appendix|"
                            r"Annex|Application|Status|Aims?|Objectives?)\b)[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$")
# a name and the post it signs for ("Eleri Vaughan, Independent Member and Chair of the Standards Committee")
_NAME_POST = re.compile(r"^[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2},\s+(?:(?:[A-Z][\w'’-]*|of|the|and|for|to|&)\s+){0,8}?"
                        r"(?:Chair(?:man)?|Clerk|Officer|Member|Mayor|Leader|Director|Executive|Manager|Secretary|Head)"
                        r"(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|to|&)){0,8}$")
_PARTY = re.compile(r"\b(?:councillors?|members?|officers?|employees?|staff|clerk|cllrs?)\b", re.I)  # a rule's subject
_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b", re.I)  # "6.30pm", "10am", "18:30"
_BACK_LINK = re.compile(r"^(?:<|←|‹|«)\s*\S")  # "< Back to Council documents"
_BACK_TO = re.compile(r"^[↑^\s]*(?:back|return|go)\s+to\s+(?:the\s+)?(?:top|contents|index|start|menu)"
                      r"(?:\s+of\s+(?:the\s+)?page)?\W*$", re.I)
# ... and back to a named index, in one language or two ("Return to Constitution index | Dychwelyd i fynegai'r
# Cyfansoddiad": b291's first run)
_BACK_TO_INDEX = re.compile(r"^[↑^\s]*(?:back|return|go)\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:index|contents|home(?:\s*page)?)"
                            r"(?:\s*[|/]\s*[^.;:|]{3,60})?\W*$", re.I)
_SENTENCE_END = re.compile(r"[.;!?]$")
_VOTE_WORDS = re.compile(r"(?:votes?\s*:?\s*)?(?:for|in\s+favour|against)\s*:?\s*\d", re.I)  # a tally's first count
# a word that binds: a note in brackets that binds is text ("may", not the month: "Held on Tuesday 14 May 2024 at 7.30pm
# in Ambrook Village Hall", b388's first run)
_MODAL = re.compile(r"\b(?:must|should|shall|will|can|cannot|need|needs)\b|\b(?-i:may)\b|(?<!\d\s)\b(?-i:May|MAY)\b(?!,?\s+\d)",
                    re.I)


# a meeting's resolution ("RESOLVED – That the work programme be approved, with ... a report in January 2027 ..."), which
# names a date and an approval as a document's details line does, but is the minute's decision (b77's minutes once the
# closing time below it was furniture, round 46)
_RESOLUTION = re.compile(r"\W*(?:it\s+was\s+|the\s+(?:committee|council|sub-committee|panel|cabinet|meeting)\s+)?"
                         r"(?:resolved|agreed|noted|that\s+the)\b", re.I)


@lru_cache(maxsize=None)
def _rules() -> dict:
    c = load_rules("furniture.yaml")["clutter"]
    full = lambda p: re.compile(r"^\s*+(?:" + p + r")\s*$", re.I)  # noqa: E731
    # a separator's leading spaces are entered only at the start of their run (a look-behind): a line
    # of thousands of spaces is split in linear time
    return {
        "items": re.compile(r"(?:(?<!\s)\s+)?(?:" + "|".join(c["item_separators"]) + r")\s*"),
        "crumbs": re.compile(r"(?:(?<!\s)\s+)?(?:" + "|".join(c["crumb_separators"]) + r")\s*"),
        "max_item_words": int(c["max_item_words"]),
        "min_row_items": int(c["min_row_items"]),
        "min_menu_run": int(c["min_menu_run"]),
        "max_menu_words": int(c["max_menu_words"]),
        "share": re.compile(r"^(?:" + "|".join(re.escape(s) for s in c["share_sites"]) + r")$", re.I),
        "details": re.compile(r"^\W*(?:" + "|".join(c["detail_labels"]) + r")\b", re.I),
        "adoption": re.compile(r"\b(?:" + "|".join(c["adoption_words"]) + r")\b", re.I),
        "document_verbs": re.compile(r"\b(?:" + "|".join(c["document_verbs"]) + r")\b", re.I),
        "sentence_verbs": re.compile(r"\b(?:" + "|".join(load_rules("structure.yaml")["cut_off"]["sentence_verbs"])
                                     + r")\b", re.I),
        "signature": full(c["signature"]),
        "signed": re.compile(r"^\s*(?:" + c["signed"] + ")", re.I),
        "copyright": full(c["copyright"]),
        "document_place": full(c["document_place"]),
        "min_name_items": int(c["min_name_items"]),
        "min_labelled_names": int(c["min_labelled_names"]),
        "max_name_words": int(c["max_name_words"]),
        "name_titles": re.compile(r"^(?:" + "|".join(c["name_titles"]) + r")\b", re.I),
        # a title before a capitalised name anywhere ("Mr C. Fairweather", "(Ms J. Sowerby)"), the title capitalised
        "titled_name": re.compile(r"\b(?:" + "|".join(re.escape(t.capitalize()) for t in c["name_titles"])
                                  + r")\.?\s+[A-Z]"),
        "attendance_label": re.compile(r"\b(?:" + c["attendance_label"] + r")\b", re.I),
        "byline": re.compile(r"^\s*(?:" + c["comment_byline"] + ")", re.I),
        "comment_heading": full(c["comment_heading"]),
        "reply": full(c["reply_link"]),
        "action_link": full(c["action_link"]),
        "control_title": full("(?:" + "|".join(c["control_titles"]) + r")\s*:?"),
        "audience_label": re.compile(r"^(?:applies\s+to|audience|intended\s+for|for\s+the\s+attention\s+of)\s*:", re.I),
        "references": re.compile(r"^(?:" + "|".join(c["reference_labels"]) + r")\s*:\s*\S", re.I),
        # (also after the Act that requires the list: "Local Government (Access to Information) Act 1985 - background
        # papers", b384's first run)
        "references_heading": full(r"(?:local\s+government\s+(?:\(access\s+to\s+information\)\s+)?act\s+\d{4}\s*[-–—:]\s*)?"
                                   "(?:" + "|".join(c["reference_labels"]) + r")\s*:?"),
        "pager": full(c["pager"]),
        "audience": full(c["audience"]),
        "bracketed_note": full(c["bracketed_note"]),
        "min_address_parts": int(c["min_address_parts"]),
        "attachment": re.compile(r"^(?:appendices\s*:\s*)?(?:" + "|".join(c["attachment_labels"]) + r")\s+[\w.]{1,4}\s*[–—:-]\s*\S", re.I),
    }


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’&-]+", text)


def _is_content(text: str) -> bool:
    """A line of the protocol's own text: a sentence, a numbered paragraph or a long line."""
    marker, _, rest = parse_marker(text)
    n = len(_words(rest))
    if marker is not None and marker.kind == "dec" and n >= 3:
        return not rest.isupper()  # ("5.6 PROTOCOL ON OFFICERS ATTENDING POLITICAL GROUP MEETINGS" is a title)
    if n >= 14:
        return True
    return n >= 6 and bool(re.search(r"[.;:!?]['\"”’)]*$", rest))


def _wrapped_content(lines: list[Line], idx: list[int], k: int) -> bool:
    """A line of the protocol's text that a PDF wrapped before its sentence ended: it runs on into
    the next line ("Officers may brief political groups on Council business when the Chief" /
    "Executive agrees."), and the two together are content."""
    i = idx[k]
    if k + 1 >= len(idx) or idx[k + 1] != i + 1 or lines[i + 1].page != lines[i].page:
        return False
    text, nxt = lines[i].text.strip(), lines[i + 1].text.strip()
    if re.search(r"[.;:!?]$", text) or len(_words(text)) < 8 or not re.search(r"[.;!?]$", nxt) or text.isupper():
        return False
    return _is_content(text + " " + nxt)


def _bullet(text: str) -> bool:
    return getattr(parse_marker(text.strip())[0], "kind", None) == "bullet"


def _lead_in_above(lines: list[Line], idx: list[int], k: int, seen: dict[int, bool]) -> bool:
    """The bulleted list that holds line ``idx[k]`` hangs from a lead-in: the first line above its bullets ends on a
    colon and is no heading. ``seen`` keeps the answer for each line of a run of bullets already read, so that a run
    of a thousand contact lines is walked once (adversarial review 38)."""
    j, walked = k - 1, []
    while j >= 0 and j not in seen and _bullet(lines[idx[j]].text):
        walked.append(j)
        j -= 1
    answer = seen[j] if j in seen else (
        j >= 0 and lines[idx[j]].style != "heading" and lines[idx[j]].text.strip().endswith(":"))
    for w in walked + [k]:
        seen[w] = answer
    return answer


def _continues(text: str) -> bool:
    """Does the line run on into the next (ends with a comma, a semicolon or a joining word)?"""
    return bool(re.search(r"(?:[,;]|\b(?:and|or|the|of|to|a|an|by|for|with|in|on))$", text.strip(), re.I))


# a word no sentence stops on: the line after one ending so goes on with it ("… met four times between" / "January
# and May 2025 to prepare the revised draft.", b324's first run: a date and "revised" below it are no document's details)
_ENDS_MID = re.compile(r"\b(?:and|or|the|of|to|a|an|by|for|with|in|on|between|from|at|into|than|that|as|about|under|"
                       r"after|before|until|within|during)$", re.I)


def _runs_on(text: str) -> bool:
    """Is a line running text that stops short of a sentence's end, so that a lower-case line after
    it continues it ("… based on the model and was" / "adopted by the Council on 9 January 2025.")?"""
    return len(_words(text)) >= 8 and not text.isupper() and "\t" not in text and not re.search(r"[.!?:;]$", text)


def _link_like(text: str, max_words: int) -> bool:
    """A short capitalised line without sentence punctuation, as menu items are."""
    t = _BULLET.sub("", text.strip(), count=1) if _BULLET.match(text.strip()) else text.strip()
    t = _MD_LINK.sub(r"\1", t).strip()
    words = _words(t)
    if not words or len(words) > max_words or re.search(r"[.;:,!?]$", t):
        return False
    if parse_marker(t)[0] is not None and not _BULLET.match(text.strip()):
        return False  # a numbered heading ("1. Introduction") is structure, not a menu
    return t[:1].isupper() or t[:1].isdigit()


def _names(text: str) -> tuple[list[str], list[str]]:
    """The items of a comma list (bracketed notes left out), and those that are names (every word capitalised)."""
    body = re.sub(r"\([^()]*\)", " ", text)  # (innermost brackets: linear on "((((…")
    items = [s.strip(" .") for s in re.split(r"[,;]|\band\b", body) if s.strip(" .")]
    names = [s for s in items if len(s.split()) <= _rules()["max_name_words"] and s[:1].isupper()
             and all(_name_word(w) for w in s.split())]
    # (an office's name keeps its small words: "Head of Internal Audit"; a line in capitals is no list of names for
    # its capitals alone: "COUNCILLORS A SUMMONS, SIGNED BY THE CLERK, SPECIFYING THE BUSINESS TO BE" is a standing
    # order wrapped, b256's first run; but "K. To" in mixed case is a name, adversarial review 57)
    return items, names


_NOT_IN_NAMES = frozenset("to be by on in at with from into is are was were shall must should not or if "
                          "that which than".split())


def _name_word(w: str) -> bool:
    """A word of a name: capitalised (but no small word in capitals, "TO", "BY"), a number, or an office's small word."""
    return (w[:1].isupper() and not (w.isupper() and w.lower() in _NOT_IN_NAMES)) or w[:1].isdigit() \
        or w in ("of", "the", "for")


# the public and the press an attendance list counts ("eight members of the public", "one representative of the press")
_PUBLIC_PRESENT = (r"(?:\d{1,3}|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|a\s+number\s+of)"
                   r"\s+(?:members?\s+of\s+the\s+(?:public|press)|representatives?\s+of\s+the\s+(?:press|media|public)|"
                   r"representatives?\s+of\s+the\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}|"
                   r"residents?|observers?|press|journalists?)")


# ... the same count as a sentence of its own after the list: "There were no members of the public present."
_PUBLIC_AFTER = re.compile(r"(?<=[.)])\s+(?:there\s+(?:were|was)\s+)?" + _PUBLIC_PRESENT
                           + r"(?:\s+(?:were|was))?\s+(?:present|in\s+attendance)\.?$", re.I)


# a post's words ("Head of Legal and Democratic Services"), and a name with its post: "I Watt, Head of Finance"
_POST_WORDS = r"(?:[A-Z][\w'’-]*|of|and|the|for|&)(?:\s+(?:[A-Z][\w'’-]*|of|and|the|for|&))*"
_POSTED_NAME = re.compile(r"(?:^|;\s*)(?:[A-Z]\.?\s?){1,3}(?:Mc|Mac|O')?[A-Z][a-z][\w'’-]*,\s+" + _POST_WORDS + r"(?=\s*(?:;|$))")


def attendance_goes_on(before: str, line: str) -> bool:
    """``line`` is the wrapped end of the attendance list ``before`` ("Present: Cllr A, Cllr B," / "Cllr C, Cllr D";
    "Mr T. Vance (Director of Law and" / "Monitoring Officer), Mrs A. Pryce"; "... H. Quigley, D." / "Rampling, I. Sefton
    and 25 others (see attendance register)"): the list is left open, and the line is names and notes only."""
    before, text = before.rstrip(), line.strip()
    open_note = before.rfind("(") > before.rfind(")")  # its last note is still open
    closes = open_note and ")" in text
    initial_name = r"(?:[A-Z]\.\s*)+[A-Z][a-z][\w'’-]*"
    # (the name that ends a note opened above may look like a list marker: "(Mr" / "N. Pemberton), Section ..."; and
    # so may a list of names with initials: "H. Oyebanjo, S. Rudd and W. Trease", their notes beside them and the last
    # note left open: "F. Barraclough (Deputy Monitoring Officer), S. Ahmed", "P. Ng and T. Ravenscroft (substitute
    # for Councillor", b235's minutes)
    noted = rf"{initial_name}(?:\s*\([^()]{{1,80}}\))?"
    initials = re.fullmatch(rf"{noted}(?:\s*(?:,|\band\b)\s*{noted})+[,.]?", re.sub(r"\([^()]*$", "", text).rstrip())
    if (parse_marker(text)[0] is not None and not initials
            and not (closes and re.fullmatch(initial_name, text.partition(")")[0].strip()))) \
            or _MODAL.search(text):
        return False  # a numbered minute or a rule is never a list's wrapped end
    # (the public it counts, wrapped after their number: "... District Cllr P. Sandhu (part); three" / "members of the
    # public", b227's minutes)
    # (... or after it, with a note: "...; three members" / "of the public (to minute 120/24)", b314's first run)
    if any(re.fullmatch(_PUBLIC_PRESENT + r"(?:\s*\([^()]{1,60}\))?\.?", " ".join(before.split()[-k:] + [text]), re.I)
           for k in (1, 2, 3)):
        return True
    titled = _rules()["titled_name"]
    # (a list set out a name a line under its label, "OFFICERS:  Mrs K. Wyld (Deputy Chief Executive)" / "Mr T. Okonedo
    # (Principal Solicitor)": a line that is one titled name and its note)
    if not open_note and re.fullmatch(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev)\.?\s+"
                                      r"(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+"
                                      r"\s*(?:\([^()]{1,80}\))?[,;.]?", text):
        return True
    # (... or the names of several under their title: "Councillors P. Brandt, C. Okafor (Vice-Chairman),")
    if not open_note and re.match(r"(?:Cllrs?|Councillors)\.?\s+[A-Z]", text):
        items, names = _names(re.sub(r"^(?:Cllrs?|Councillors)\.?\s+", "", text).rstrip(",;."))
        if len(items) >= 2 and len(names) == len(items):
            return True
    # (a name's note, or its "for minute 27 only", may open the next line: "F. Barraclough (Deputy Monitoring
    # Officer), S. Ahmed" / "(Chief Executive) for minute 28 only, and L. Trent"; "ALSO PRESENT: Councillor G. Sallis
    # (subject member) for minute 27" / "only, accompanied by Councillor V. Doherty", b235's minutes)
    noted_above = False
    lead = re.match(r"\(([^()]{1,80})\)\s*", text) if not open_note else None
    if lead and len(lead.group(1).split()) <= 8:
        text, noted_above = text[lead.end():], True
    if noted_above or re.search(r"\bfor\s+(?:minutes?|items?)\s+[\d./]+$", before, re.I):
        only = re.match(r"(?:for\s+(?:minutes?|items?)\s+[\d./]+\s+)?only\b\s*,?\s*(?:accompanied\s+by\s+|and\s+)?",
                        text, re.I)
        if only and only.end():
            text, noted_above = text[only.end():], True
        elif noted_above:
            text = re.sub(r"^,?\s*(?:and\s+)?", "", text)
        if noted_above and not text.strip(" ,;."):
            return True
    if open_note:
        note, _, text = text.partition(")")  # the rest of the note that the line above opened: a few words
        if not closes or len(note.split()) > 8:
            return False
        text = re.sub(r"^\s*for\s+(?:minutes?|items?)\s+[\d.,/ and]+$", "", text, flags=re.I)  # "... for minute 34"
    wrapped_name = text[:1].islower() and bool(re.match(r"^(?:of|and|for|to)\s", text))  # "Head" / "of HR (Ms J. Sowerby)"
    if wrapped_name:
        text = re.sub(r"^(?:of|and|for|to)\s+[^(),]*", "Office ", text, count=1)
    # (a count wrapped before what it counts goes on below: "..., 5 members of the public and 1" / "representative of the
    # Oakhurst Courier.", b302's minutes)
    text = re.sub(r"(?:,|\s+and)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)$", "", text.rstrip())
    # (a name's "for item 5 only" beside it: "Councils); Mrs K. Latham (Clerk) for item 5 only; 3 members of the public.",
    # b381's first run)
    text = re.sub(r"\s+for\s+(?:minutes?|items?)\s+[\w./]{1,8}(?:\s+only)?(?=\s*[;,.]|$)", "", text, flags=re.I)
    items, names = _names(re.sub(r"\([^()]*$", "", text))  # (a note this line opens goes on below it)
    others = [s for s in items if re.fullmatch(r"(?:\d+|many|several|some) others?|others", s, re.I)
              or re.fullmatch(_PUBLIC_PRESENT, s, re.I)]
    listed = len(items) >= 2 or bool(others) or (wrapped_name and bool(re.search(r"\(" + titled.pattern, line))) \
        or any(re.search(r"\b[A-Z]\.", s) or titled.search(s) for s in items)
    if open_note and closes and not text.strip(" ,;."):
        return True  # the note's end, and nothing after it
    # (officers set out as "Initial Surname, Post" between semicolons, a post wrapped over the line's start: "In attendance:
    # D Mackie, Chief Executive; F Ross, Head of Legal and Democratic" / "Services and Monitoring Officer; I Watt, Head of
    # Finance; S Clark, Head of People", b357's first run)
    if _POSTED_NAME.search(before) and (parts := [p.strip() for p in text.split(";")]) and len(parts) >= 2 \
            and all(_POSTED_NAME.fullmatch(p.rstrip(".,")) for p in parts[1:] if p) \
            and re.fullmatch(_POST_WORDS, parts[0]):
        return True
    return bool((before.endswith(",") or re.search(r"\band$|\b[A-Z]\.$", before) or open_note or wrapped_name or noted_above)
                and (closes or (items and listed)) and len(names) + len(others) == len(items))


# a roll call's label on a line of its own ("PRESENT:", "OFFICERS IN ATTENDANCE:", "Apologies for absence:"), and an
# entry under it that names a person with a post after a dash ("Helen Voss - Director of Corporate Services"): b377's
# first run made each of the minutes' attendance lines a clause
_ROLL_LABEL = re.compile(r"(?:[A-Za-z]+\s+){0,3}(?:present|in\s+attendance|attendance|attendees?|apologies(?:\s+for\s+absence)?|"
                         r"absent|bresennol)\s*(?:\(\d{1,3}\))?\s*:", re.I)
_NAMED_POST = re.compile(r"(?:(?:Cllr|Councillor|County\s+Councillor|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:[A-Z]\.?\s?){0,3}"
                         r"(?:Mc|Mac|O['’])?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+[-–—]\s+" + _POST_WORDS
                         + r"(?:\s*\([^()]{1,60}\))?\.?")


_ROLE_WORD = re.compile(r"\b(?:the|chair\w*|councillors|members?|clerk|officers?|council|committee|public|press|mayor|leader|"
                        r"staff|employees?|everyone|all|any|none|no)\b", re.I)


_TITLED_OR_INITIALLED = re.compile(r"(?:^|\s)(?:Cllrs?|Councillors?|County\s+Councillor|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]|\b[A-Z]\.?\s+[A-Z][a-z]")


def roll_call_label(text: str) -> bool:
    """A roll call's label alone on its line: "PRESENT:", "Officers in attendance:"; not a question or a rule ("Who may be
    present:", adversarial review 81)."""
    t = text.strip()
    return bool(_ROLL_LABEL.fullmatch(t)) and not _MODAL.search(t) and not re.match(r"(?:who|what|which|when|how|where|not)\b",
                                                                              t, re.I)


def roll_call_entry(label: str, text: str) -> bool:
    """A line under a roll call's label that names whom it lists: a name list read with the label before it
    ("Councillor M. Okafor (Chair)"), or a person with a post after a dash; never a rule."""
    t = text.strip()
    if _MODAL.search(t) or len(t.split()) > 30:
        return False
    if _name_list(f"{label.strip()} {t}") == "attendance list" and _TITLED_OR_INITIALLED.search(t):
        return True  # (a person, by a title or an initial: not "The Chair - Decides Who Speaks", adversarial review 82)
    # (a person's name before the dash: not a role, "The Chair - decides who speaks", "Councillors - voting members only")
    m = _NAMED_POST.fullmatch(t)
    return bool(m) and not _ROLE_WORD.search(re.split(r"\s+[-–—]\s+", t, maxsplit=1)[0])


def _name_list(text: str) -> str | None:
    """"attendance list" for a list of names (after an optional "Label:" or "Label (N):"),
    "vote tally" for counts ("Against (0).", "For: 7, Against: 2"), else None."""
    r = _rules()
    t = text.strip()
    if re.match(r"^[A-Z][\w ]{0,20}\(\d+\)\s*[.:]?$", t):
        return "vote tally"  # "Against (0)."
    # (counts may stand apart without commas, a note in brackets after them: "For: 5 Against: 0 Not voting: 1 (Cllr
    # Hollins, see minute 25/042)", b284's first run; not a note that states a rule, adversarial review 62)
    # (only a vote's counts: "Acknowledgement: 2 Full reply: 10 (working days)" and "See Part 5, Section 2 (Officer
    # Employment Procedure Rules)" are text, adversarial review 64)
    voting = _VOTE_WORDS.match(t) and not _MODAL.search(t)
    core = re.sub(r"\s*\([^()]{1,60}\)\s*\.?$", "", t) if voting else t
    split = r"\s*[,;|]\s*|(?<=\d)\s+(?=[A-Z][\w ]{0,20}:)" if voting else r"\s*[,;|]\s*"
    pairs = [p for p in re.split(split, core.rstrip(".")) if p]
    if len(pairs) >= 2 and all(re.match(r"^[A-Z][\w ]{0,20}:?\s+\d+$", p) for p in pairs):
        return "vote tally"  # "For: 7, Against: 2, Abstentions: 1"
    # (a label may carry a note: "INDEPENDENT PERSONS (non-voting):  Mr D. Okonjo and Mrs H. Lister", b235's minutes)
    m = re.match(r"^([A-Z][\w'’ /-]{0,40}?)(\s*\(\d+\))?(?:\s*\([a-z][\w -]{0,20}\))?\s*:\s+(.*)$", t)
    body = m.group(3) if m else t
    if m and len(_words(m.group(1))) > 6:
        return None
    if m and re.fullmatch(r"(?:also\s+present|in\s+attendance)", m.group(1).strip(), re.I):
        # (the public counted after it, in a sentence of its own: "In attendance: Mrs A. Lindqvist (Town Clerk) for
        # items STF/24/01 to STF/24/06 only. There were no members of the public present.", round 82; the list's full
        # stop before that count is its end, and only there: "In attendance: Mrs J. Hale, the Proper Officer, attends
        # every meeting ..." is a sentence, adversarial review 86)
        one = _PUBLIC_AFTER.sub("", body)
        one = one[:-1] if one != body and one.endswith(".") and not one[:-1].endswith(".") else one
        if len(_words(one)) <= 30 and not _MODAL.search(one) and not _SENTENCE_END.search(one) \
                and not re.search(r"(?<!\b[A-Z])[.!?]\s+[A-Z]", one):
            return "attendance list"  # "Also present: Councillor H. Mottram (Leader of the Council) for minute 38"
    if m and re.search(r"\band\s+\d+\s+other\s+\w+$", body.rstrip(".")):
        return "attendance list"  # "Present: The Chair of the Council (Councillor M. Idris) and 52 other councillors"
    items, names = _names(re.sub(r"\([^()]*$", "", body) if m else body)  # (a note left open goes on below)
    if not items:
        return None
    if len(names) * 2 < len(items) or (not m and len(names) < len(items)):
        return None
    # (a title names a person only with a name after it: "Section 4: Councillors and the Clerk" is a document's title,
    # b317's first run)
    personal = [s for s in names if (r["name_titles"].match(s) and r["name_titles"].sub("", s).strip())
                or re.search(r"(?:^|\s)[A-Z]\.?\s+[A-Z]", s)]
    # offices and bodies alone ("Escalation: Line Manager, Head of Service, Director") are a list of
    # names only under an attendance label ("Officers present:"); with a person (a title or an
    # initial) or an address among them, under any label
    named = bool(personal) or bool(_CONTACT.search(t))
    if m and (m.group(2) or (len(names) >= r["min_name_items"] and (named or r["attendance_label"].search(m.group(1))))
              or (len(names) >= r["min_labelled_names"] and len(personal) * 2 >= len(names))
              or (len(names) == 1 and personal)):
        return "vote tally" if m.group(2) else "attendance list"
    if not m and len(names) >= r["min_name_items"] and len(names) == len(items) \
            and (t.endswith(",") or r["name_titles"].match(t) or (t.endswith(".") and named)):
        return "attendance list"  # a wrapped line of the list: "Grant, Harrow, Hussain, …,"
    return None


def _date_ends(text: str, date: re.Match) -> bool:
    """A page date's date ends its line, or what follows it is no sentence going on ("Published 3 June 2024 |
    Democratic Services")."""
    after = text[date.end():]
    # ("Last modified 19 February 2026 by Democratic Services" is a page's; "… January 2027, totalling" a sentence's)
    return not re.match(r",?\s*(?!(?:by|at|to|and|until|from)\b)[a-z]", after)


def line_kind(text: str) -> tuple[str | None, bool]:
    """The clutter kind a line has by its own shape, and whether that needs the line to stand
    outside the protocol's text (top or bottom of the document) to count."""
    r = _rules()
    t = text.strip()
    if not t or t.startswith("|"):  # a Markdown table row is a table
        return None, False
    plain = _MD_LINK.sub(r"\1", t)
    all_links = bool(_MD_LINK.search(t)) and not _MD_LINK.sub("", t).strip(" |·•*–-")  # "- [Code of Conduct](…)"
    names = _name_list(plain)
    if names:
        return names, False
    if (all_links and re.fullmatch(r"(?:\s*\[[^\]]{1,60}\]\(#[^)]*\)\s*)+", t) or _BACK_TO.match(plain)) \
            and len(_words(plain)) <= 6:
        return "navigation link", False  # a jump within the page: "[Back to contents](#contents)", "Back to top"
    if _BACK_TO_INDEX.match(plain) and len(_words(plain)) <= 12 and not _MODAL.search(plain):
        return "navigation link", False
    if r["document_place"].match(plain):
        return "document place", True  # "Part 4 of the Standing Orders of Little Ashcombe Parish Council" under the title
    if all_links and len(_MD_LINK.findall(t)) == 1 and len(_words(plain)) <= 10 \
            and not _MODAL.search(_DATE.sub(" ", plain)):  # ("Standing Orders (May 2025)": a month, no modal)
        return "related links", True  # one link alone on its line ("- [Code of Conduct](…)"), not a sign-off
    if r["byline"].match(plain) and _byline_only(plain):
        return "comment", False  # "Pete H. says: 15 March 2024 at 8:12 am" (its comment, on the line, is text)
    if r["comment_heading"].match(plain):
        return "comment", True
    if _BACK_LINK.match(plain) and len(_words(plain)) <= 8 and not _SENTENCE_END.search(plain):
        return "navigation link", False
    if r["references"].match(plain) and len(_words(plain)) <= 60:
        # "Background papers: Protocol … (2016); Staff Survey 2024 results": a report's list wherever it stands (at
        # the foot of the report, above its appendix); a "See also:" line only at the page's edges
        return "related documents", not re.match(r"(?:list\s+of\s+)?background\s+(?:papers|documents)", plain, re.I)
    if _DATE.search(plain) and _CLOCK.search(plain) and len(_words(plain)) <= 30 \
            and not _SENTENCE_END.search(plain) and parse_marker(plain)[0] is None and not _MODAL.search(plain) \
            and not re.match(r"minutes\b", plain, re.I):  # "Minutes of the meeting … held on …" is the title
        return "meeting details", True  # "held in the Council Chamber … on Tuesday 14 October 2025 at 6.30pm"
    if _FOOTER_PAGE.match(plain) and len(_words(plain)) <= 20:
        return "running footer", False
    if _SIGN_OFF.match(plain) or _INITIALS_NAME.match(plain):
        return "signature block", True  # "– Jo Marsden, Town Clerk"; "J. Penhaligon" under a report (not a list's "J.")
    if r["copyright"].match(plain):
        return "footer links", False
    # (a signature line is short: the pattern backtracks over a long run of dots, 10 s for 20,000)
    blanked = re.sub(r"([._…])\1{4,}", "_____", re.sub(r"\s+", " ", plain)) if len(plain) <= 400 else plain
    if len(blanked) <= 160 and len(_words(plain)) <= 12 and r["signature"].match(blanked) and not _MODAL.search(blanked) \
            and parse_marker(plain)[0] is None and not re.search(r"\b(?:is|are|was|were|has|have)\b", blanked, re.I) \
            and _form_label(blanked.split("_____")[0], blanked) \
            and not (blanked.startswith("_____") and blanked.endswith(".")
                     and len([w for w in _words(blanked) if w.strip("_")]) >= 4):
        # (a numbered point with a blank to fill, "1.4 The Clerk's hours are ...... per week.", is the protocol's, as is a
        # party's rule before its blank, "Officers reply to councillors within ______ working days.", and a sentence's
        # wrapped end after its blank, "...... working days' notice of any question.")
        return "signature block", False
    if r["signed"].match(plain) and len(_words(plain)) <= 30 and not plain[:1].islower() \
            and not re.search(r"(?:,|\b(?:and|or))\s*$", plain):
        # (not a sentence's line under way: "serve on councillors a summons," / "signed by the Clerk, confirming the
        # time, place and agenda, and" / "publish public notice of the meeting;", b264's standing orders lost both)
        return "signature block", True
    crumbs = [s for s in r["crumbs"].split(plain) if s.strip()]
    if len(crumbs) >= 3 and all(len(_words(s)) <= 8 and not _SENTENCE_END.search(s) for s in crumbs[:-1]) \
            and len(_words(crumbs[-1])) <= 12:
        return "breadcrumb", False
    # a footer's links copied with two spaces between them ("Accessibility statement  Privacy notice  Cookies  Contact
    # us"): three or more short items, two of them footer links by their words
    spaced = [s.strip() for s in re.split(r"\s{2,}", plain) if s.strip()]
    if len(spaced) >= 3 and all(len(_words(s)) <= 4 and not _SENTENCE_END.search(s) for s in spaced) \
            and sum(1 for s in spaced if _FOOTER_LINK.search(s)) >= 2:
        return "footer links", False
    # ... and a site's menu copied the same way ("Home  Bins and recycling  Council tax  Planning  Housing  Contact us"):
    # five or more short capitalised items, opening on "Home" or standing at the page's top or foot
    if len(spaced) >= 5 and all(len(_words(s)) <= 4 and s[:1].isupper() and not _SENTENCE_END.search(s) for s in spaced) \
            and not _MODAL.search(plain) and not re.search(r"\b(?:are|is|include|includes|were|was)\b", spaced[0], re.I):
        return "site menu", not re.fullmatch(r"home", spaced[0], re.I)
    items = [s.strip() for s in r["items"].split(plain) if s.strip()]
    if len(items) >= 2 and all(len(_words(s)) <= 12 and not _SENTENCE_END.search(s) for s in items) and (
            sum(1 for s in items if _DATE.search(s) or _VERSION.search(s)) >= 2
            or any(r["details"].match(s) and (_DATE.search(s) or _VERSION.search(s)) for s in items)):
        return "document details", False  # "Version 2 | Adopted 9 January 2025 | Next review January 2027"
    dashed = [s.strip() for s in re.split(r"\s[–—-]\s", plain) if s.strip()]
    if len(dashed) >= 2 and r["details"].match(dashed[0]) and not _MODAL.search(plain) \
            and all(len(_words(s)) <= 12 and not _SENTENCE_END.search(s) for s in dashed) \
            and sum(1 for s in dashed if _DATE.search(s) or _VERSION.search(s)) >= 2:
        return "document details", False  # ... parted by dashes: "Version 2.1 – approved by the Council on 14 March
        # 2024 – next review: March 2027" under a subtitle (b232's first run)
    if len(items) >= 2 and all(len(_words(s)) <= r["max_item_words"] + 2 for s in items):
        share = sum(1 for s in items if r["share"].match(re.sub(r"^share(\s+this\s+page)?\s*:?\s*", "", s, flags=re.I)))
        if share >= 2:
            return "share links", False
        if sum(1 for s in items if re.match(r"^[\w /()'-]{1,30}:\s*\S", s)) >= 2 or \
                sum(1 for s in items if _DATE.search(s) or _VERSION.search(s)) >= 2:
            return "document details", False
        short = all(len(_words(s)) <= r["max_item_words"] and not _SENTENCE_END.search(s) for s in items)
        if short and (len(items) >= r["min_row_items"] or all_links):
            return "link row", not all_links
    if all_links:
        return "link row", True
    if len(items) >= 2 and all((r["details"].match(s) or r["references"].match(s) or r["audience_label"].match(s))
                               and re.match(r"^[\w /()'’-]{1,30}:\s*\S", s) and len(_words(s)) <= 20
                               and not _MODAL.search(s) and not _SENTENCE_END.search(s) for s in items):
        return "document details", True  # a details table's row: "Applies to: all staff | Related documents: ..."
    if _DATE_ONLY.match(plain):
        return "page date", True  # "14 January 2026" alone on its line, a date not a paragraph numbered 14
    n = len(_words(plain))
    date = _DATE.search(plain)
    if r["details"].match(plain) and (date or _VERSION.search(plain)) and n <= 30:
        return "document details", n > 12 and not _all_details(plain, r)
    if n <= 30 and _all_details(plain, r):
        return "document details", False  # "Document owner: Monitoring Officer; next review: before the 2031 elections"
    if date and n <= 30 and r["adoption"].search(plain) and not r["sentence_verbs"].search(_DATE.sub(" ", plain)) \
            and not r["document_verbs"].search(plain) and parse_marker(plain)[0] is None and not _RESOLUTION.match(plain):
        # "A guide for staff, agreed by Full Council in March 2024."; a short one anywhere (a running footer)
        return "document details", n > 10
    if date and n <= 20 and parse_marker(plain)[0] is None and not re.search(r"[.;,!?]$", plain) \
            and plain[:1].isupper() and not _MODAL.search(plain) and _date_ends(plain, date):
        # ("... | May 2025 and every councillor must attend" has a modal; "RESOLVED that the schedule of payments for
        # January 2027, totalling" goes on after its date: a sentence wrapped, b97 first run)
        return "page date", n > 10
    if _CONTACT.search(plain) and n <= 20 and not _SENTENCE_END.search(plain) and not _MODAL.search(plain):
        # (labelled as one, "Email: standards@…", "Telephone: 01632 … (Monday to Friday)", it is one anywhere)
        # ... and so is a line of nothing but numbers and addresses with their one-letter labels ("T 020 7946 0401  |  E
        # chief.executive@…")
        bare = re.sub(r"(?:^|(?<=[\s|:]))(?:t|e|w|m|f|tel|email|e-mail|web|phone|mob|fax)\b\.?:?|[|:,\s]", "",
                      _CONTACT.sub("", plain), flags=re.I)
        # (and so is a post's or a team's line of numbers, "Monitoring Officer: Helen Marchetti, 01632 960 214, mo@…":
        # nothing but capitalised names beside them)
        rest = _words(_CONTACT.sub(" ", re.sub(r"^[-*•·]\s+", "", plain)))
        named = 0 < len(rest) <= 8 and all(w[:1].isupper() or w.lower() in ("and", "of", "the", "for") for w in rest)
        return "contact details", bool(bare) and not _CONTACT_LABEL.match(plain) and not named
    parts = re.split(r"\s[|·•]\s", plain)
    if _CONTACT.search(plain) and n <= 40 and len(parts) >= 3 and all(len(_words(p)) <= 10 for p in parts) \
            and not _MODAL.search(plain) and not _SENTENCE_END.search(plain):
        # a site footer's contact line ("Town Hall, Market Place, … | Tel: 01632 … | Email: … | Office hours: …")
        return "contact details", True
    if n <= 14 and not _SENTENCE_END.search(plain) and r["pager"].match(plain):
        return "navigation link", False
    if n <= 25 and r["audience"].match(plain):
        return "document details", True
    if n <= 40 and r["bracketed_note"].match(plain) and not _MODAL.search(plain):
        return "editorial note", True
    if _address(plain, r["min_address_parts"]):
        return "contact details", True
    people = re.split(r"\s+[·|•;]\s+", plain)
    if all(_NAME_POST.match(p) for p in people) and n <= 16 * len(people) and not _MODAL.search(plain):
        # "Eleri Vaughan, Independent Member and Chair of the Standards Committee"; a talk's presenters, "Siân
        # Ellery, Monitoring Officer · Matt Corby, Head of Democratic Services" (b169 first run)
        return "signature block", True
    titled = re.split(r"\s[–—|]\s", plain)
    if 3 <= len(titled) <= 6 and re.search(r"\b(?:Council|Authority)$", titled[0]) and n <= 20 and not date \
            and all(len(_words(p)) <= 6 and not _SENTENCE_END.search(p) for p in titled) and not _MODAL.search(plain):
        # a running title or a handout's footer ("Ashcombe Priors Borough Council – Member Induction 2027 – Session 5
        # speaker notes"): the council, then the document's parts
        return "running footer", True
    return None, False


_FOOTER_LINK = re.compile(r"\b(?:accessibility|privacy|cookies?|contact\s+us|terms(?:\s+(?:and|&)\s+conditions|\s+of\s+use)?|"
                          r"site\s*map|copyright|disclaimer|freedom\s+of\s+information|modern\s+slavery)\b", re.I)


def _adopts_or_signs(text: str) -> bool:
    """A line that says a document was adopted or is signed ("This protocol was adopted by … at its meeting held on",
    "Signed on behalf of the Council"): the head of a form's blank, not a rule running on into one."""
    return bool(_rules()["adoption"].search(text) or re.search(r"\b(?:signed|dated)\b", text, re.I))


def _form_label(before: str, line: str) -> bool:
    """What stands before a form's first blank: a label ("Print name:", "Signed on behalf of the Council:", "Member's
    signature", "Chairman", a signatory's "Cllr Margaret Pengelly, Chair" with a "Date" blank after), not the opening of
    a rule ("Officers reply to councillors within", "The Council reviews this protocol every")."""
    if re.search(r"\b(?:sign\w*|name|date|print|ward|position|title|witness)\b", line, re.I) or before.rstrip().endswith(":"):
        return True
    return len(_words(before)) <= 5 and not _PARTY.search(before)


def _all_details(plain: str, r: dict) -> bool:
    """Two or more parts ("... . ", "; "), each opening with a document-details label ("Adopted by Council on 20 March
    2026 (Minute C/112). Document owner: Head of Legal. Next review: March 2027.")."""
    parts = [s for s in re.split(r"(?<=[.;|])\s+", plain) if s.strip(" .;|")]
    # each a label with its value ("Next review: March 2027", "Adopted by Council on 20 March 2026 (Minute C/112)"),
    # not a sentence that opens on a label's word ("Effective communication between councillors and officers is ...")
    return len(parts) >= 2 and all(r["details"].match(s) and (re.match(r"^[^:]{1,40}:\s*\S", s) or _DATE.search(s)
                                                             or _VERSION.search(s) or len(s.split()) <= 4)
                                   and not _MODAL.search(_DATE.sub(" ", s))  # "21 May 2026" is no modal
                                   and not r["sentence_verbs"].search(_DATE.sub(" ", s)) for s in parts)


def _address(text: str, min_parts: int) -> bool:
    """A postal address on one line: comma-separated parts of at most five words, each word opening
    in a capital or a digit ("The Reading Room, Church Lane, Ashby St Mary"), at most eight parts and
    two of them of two words or more (a list of surnames, "Vance, Wade, Walsh, …", is no address). A Welsh council's
    gives it in both languages, parted by " / " ("Swyddfa'r Cyngor, Neuadd y Dref, … / Council Office, Town Hall, …")."""
    sides = text.rstrip(".").split(" / ")
    if len(sides) == 2:
        return all(_address(side, min_parts) for side in sides)
    parts = [p.strip() for p in text.rstrip(".").split(",")]
    return min_parts <= len(parts) <= 8 and sum(len(p.split()) >= 2 for p in parts) >= 2 and all(
        p and len(p.split()) <= 5 and all(w[:1].isupper() or w[:1].isdigit()
                                          or w in ("of", "the", "and", "upon", "on", "y", "yr") for w in p.split())
        for p in parts)


def _one_line_chrome(lines: list[Line], st: _State) -> list[Line]:
    """The site menu before, and the footer after, the numbered points of a page copied as one long line
    (furniture.yaml ``one_line_page``) are recorded as furniture, and the line keeps the points."""
    rule = load_rules("furniture.yaml")["clutter"]["one_line_page"]
    most = int(rule["max_chars"])
    out = []
    for ln in lines:
        text = ln.text
        if len(text) < int(rule["min_chars"]) or ln.cells is not None:
            out.append(ln)
            continue
        own = re.match(r"\s*(\d{1,6}(?:\.\d{1,3})*)\.?\s+(?=[A-Z(])", text)  # the line opens on its first point
        cuts = _chain(text, own if own and _follows(None, own.group(1)) else None)
        if len(cuts) < 3:
            # (the second of two long lines opens inside a point, "… full reply will be sent. 6.5 Ward Members …": its
            # points count on from the first number that the next one follows)
            seeds = [m for m in islice(_INLINE_NUM.finditer(text), 8) if "." in m.group(1)]
            cuts = max([cuts] + [_chain(text, m) for m in seeds], key=len)
        # a number in the menu ("Step 1 Register") or the footer ("8 Market Place") is not a point: the first
        # point is the last of its number before the second, and a first or last "point" that is all chrome
        # belongs to the menu or the footer
        if len(cuts) >= 3:
            cuts[0] = ([m for m in _INLINE_NUM.finditer(text, cuts[0].end(), cuts[1].start())
                        if m.group(1) == cuts[0].group(1)] or [cuts[0]])[-1]
        while len(cuts) >= 3 and _bare(cuts[0]) and cuts[1].start() - cuts[0].start() <= most \
                and _chrome(text[:cuts[1].start()], rule):
            cuts = cuts[1:]
        while len(cuts) >= 3 and _bare(cuts[-1]) and len(text) - cuts[-1].start() <= most \
                and _chrome(text[cuts[-1].start():], rule):
            cuts = cuts[:-1]
        if len(cuts) < 3:
            out.append(ln)
            continue
        begin, end = 0, len(text)
        if 0 < cuts[0].start() <= most and _chrome(text[:cuts[0].start()], rule):
            begin = cuts[0].start()
            st.drop(Line(text=text[:begin], line_no=ln.line_no, page=ln.page), "site menu")
        last_point = cuts[-1].end() if cuts[-1].end() >= len(text) - most else len(text) - most
        stops = [m.end() for m in re.finditer(r"[.!?][”’\"')]*(?=\s)", text[last_point:])]
        stop = next((k for k in stops if _chrome(text[last_point + k:], rule)), None)  # the first sentence end after which all is chrome
        if stop is not None:
            end = last_point + stop
            st.drop(Line(text=text[end:], line_no=ln.line_no, page=ln.page), "page footer")
        if (begin, end) != (0, len(text)):
            ln = replace(ln, text=text[begin:end].strip())
        out.append(ln)
    return out


def _chain(text: str, first: re.Match | None) -> list[re.Match]:
    """The numbered points of a long line, each continuing the numbering from ``first`` (or from the start)."""
    last = first.group(1) if first else None
    cuts = [first] if first else []
    for m in _INLINE_NUM.finditer(text, first.end() if first else 0):
        if _follows(last, m.group(1)):
            cuts.append(m)
            last = m.group(1)
    return cuts


def _bare(cut: re.Match) -> bool:
    """A number without its point's full stop ("8 Market Place", "Step 1 Register"): it may be the chrome's."""
    return "." not in cut.group(0).strip().rsplit(cut.group(1), 1)[-1]


def _chrome(text: str, rule: dict) -> bool:
    """Text of a site's chrome: a cue of one (a menu's "Home", a footer's "©"), mostly capitalised words, and
    no sentence (no verb of one, no word that ends one: "... review this Protocol annually.")."""
    ws = re.findall(r"[^\W\d_][\w'’&-]*", text)
    plain = re.sub(r"\b\d{1,2}(?:st|nd|rd|th)?\s+May\b|\bMay\s+\d{4}\b", " ", re.sub(rule["widgets"], " ", text, flags=re.I))  # the month
    if len(ws) < int(rule["min_words"]) or re.search(rule["verbs"], plain, re.I) or _has_sentence(plain) \
            or not re.search(rule["cues"], text, re.I):
        return False
    return sum(1 for w in ws if w[0].isupper()) / len(ws) >= float(rule["title_share"])


def _has_sentence(text: str) -> bool:
    """A run ending like a sentence: three or more of its last eight words in lower case ("... review this
    Protocol annually."), or six words or more and no figure ("Share Personal Data Only With Officers Who
    Need It."); a footer's "... Cookie Settings © 2026 Saltmarsh Regis Town Council." or "Adopted by Full
    Council on 12 May 2025 (Minute 25/041)." is not one."""
    start = 0
    for m in re.finditer(r"[.!?;](?=\s|$)", text):  # each run from the last end to this one (linear)
        run, start = text[start:m.end()], m.end()
        words = re.findall(r"\b[^\W\d_][\w'’-]*", run)
        if sum(1 for w in words[-8:] if w[0].islower() and len(w) > 1) >= 3:
            return True
        if m.group(0) != ";" and len(words) >= 6 and not re.search(r"\d", run):
            return True  # "Share Personal Data Only With Officers Who Need It."
    return False


# an email address and a telephone number, and nothing else, continue no sentence ("- Further advice: ... in your Member
# Handbook" / "members.support@eastmoor.gov.uk | 01632 960 771", b308's slides)
_ADDRESS_AND_NUMBER = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[|,/·•–-]\s*(?:tel(?:ephone)?[:.]?\s*)?\+?[\d ()]{9,16}")


# (or "(c) London Borough of Kingsholt 2024", its year after the name: b344's web page, under its contact details)
_COPYRIGHT_NAME = re.compile(r"(?:\(c\)|©)\s+(?:(?:[A-Z][\w&'’-]*|of|and)\s+){0,6}"
                             r"(?:Council|Authority|Cyngor|Comhairle|[A-Z][\w'’-]*\s+(?:19|20)\d\d)\.?")


def control_title(text: str) -> bool:
    """Is ``text`` the title a document's own record stands under ("Document control", "Version history"), alone or
    as one half of a bilingual title ("Rheoli Dogfen / Document control", b373's first run)?"""
    halves = text.split(" / ")
    # (a half only where the other is its Welsh: "Issue log / How concerns are handled" is a table of the protocol's,
    # adversarial review 81)
    bilingual = len(halves) == 2 and _two_languages(*halves)
    return any(_rules()["control_title"].match(half.strip()) for half in [text, *(halves if bilingual else [])]
               if half.strip())


_LABEL_VERB = re.compile(r"\b(?:is|are|was|were|be|been|can|could|may|might|will|would|shall|should|must|available|raise|"
                         r"write|speak|ask|please|contact|call|email|phone|go|send|see|visit|find|get|need|want|have|has|"
                         r"only|not|except|unless|complaints?|concerns?|emergenc\w*|out\s+of\s+hours)\b", re.I)


_DATED_ROW = re.compile(r"[A-Z][\w '’/()-]{2,60}:\s+\S")  # "Polling day: Thursday 7 May 2026, 7am to 10pm"


def _schedule_dates(lines: list[Line], idx: list[int], kinds: dict[int, tuple[str, bool]]) -> None:
    """A page date that is a row of a schedule is its text: "Notice of election published: Friday 27 March 2026" beside
    "Deadline for nominations: 4pm, Thursday 9 April 2026" under "Key dates" (round 83's first run kept two rows of the
    box and recorded three as the page's dates). A row is "Label: value" with a date; in a run of two or more such rows
    (each within two lines of the one before) where one is text, or furniture only outside the document's text (a
    meeting's details), the run's page dates are read as that row is."""
    rows = {i for i in idx if _DATED_ROW.match(lines[i].text.strip()) and _DATE.search(lines[i].text)}
    # (runs of such rows, each within two lines of the one before, read in one pass: adversarial review 86 found a loop
    # that spread one row a pass quadratic, 194 s for 4,000 rows)
    runs: list[list[int]] = []
    for k, i in enumerate(idx):
        if i not in rows:
            continue
        if runs and k and idx[k - 1] == runs[-1][-1] and i - runs[-1][-1] <= 2:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        like = next((j for j in run if j not in kinds or kinds[j][1]), None)
        if like is None or len(run) < 2:
            continue
        for i in run:
            if kinds.get(i, ("",))[0] == "page date" and not kinds[i][1]:
                if like in kinds:
                    kinds[i] = kinds[like]
                else:
                    del kinds[i]


def _contact_label(text: str) -> bool:
    """A short label ending in a colon, with no verb in it: "Enquiries about this protocol:", "For further details:"."""
    t = text.strip()
    return t.endswith(":") and 1 <= len(_words(t)) <= 6 and not _LABEL_VERB.search(t) and not _bullet(t) \
        and parse_marker(t)[0] is None


def _block_is(lines: list[Line], idx: list[int], k: int, kinds: dict[int, tuple[str, bool]], kind: str) -> bool:
    """The lines from ``idx[k]`` to the next blank line (or the end) all have ``kind``."""
    for m in range(k, len(idx)):
        i = idx[m]
        if m > k and idx[m - 1] != i - 1:
            return True  # a gap (a blank line) ends the block
        if kinds.get(i, ("",))[0] != kind:
            return False
    return True


def _document_history(lines: list[Line], idx: list[int], kinds: dict[int, tuple[str, bool]]) -> None:
    """A document's history under its title ("Document history" / "Issue 5 - May 2018 - Protocol adopted as part of
    the revised Constitution." / "Issue 6 - July 2021 - Section 10 updated …", b313's first run): the title and the
    lines of details beneath it, up to the first line that is not, are the document's record, wherever they stand."""
    for k, i in enumerate(idx):
        if not control_title(lines[i].text):
            continue
        rows = []
        for j in idx[k + 1:]:
            text = lines[j].text.strip()
            if line_kind(text)[0] != "document details" and not re.match(
                    r"\W*(?:issue|version|v|revision|rev\.?)\s*\d+(?:\.\d+)*\s*[-–—:|,]", text, re.I):
                break
            rows.append(j)
        if rows:
            for j in (i, *rows):
                kinds[j] = ("document details", False)


def _remove_clutter(lines: list[Line], st: _State) -> list[Line]:
    """Record web clutter as furniture with its kind; return the lines that remain."""
    r = _rules()
    lines = _one_line_chrome(lines, st)
    idx = [i for i, ln in enumerate(lines) if ln.text.strip() and ln.cells is None]
    kinds: dict[int, tuple[str, bool]] = {}
    lead_ins: dict[int, bool] = {}  # _lead_in_above's answers by position in idx
    # a signature line that stands word for word on several pages is each page's foot, not a wrapped line of the
    # sentence it interrupts ("2. The Deputy Town Clerk will deal with urgent matters on days when" / "Mayor's initials:
    # .........." / "the Town Clerk is not working.", b318's first run)
    repeated = Counter(lines[i].text.strip() for i in idx)
    for k, i in enumerate(idx):
        kind, zoned = line_kind(lines[i].text)
        nxt = lines[idx[k + 1]].text.strip() if k + 1 < len(idx) else ""
        prev = lines[idx[k - 1]].text.strip() if k else ""
        # (a lower-case line that is clutter of its own, "clerk@… | 01632 …", continues nothing)
        page_foot = kind == "signature block" and repeated[lines[i].text.strip()] >= 2
        if kind and kind not in _LISTS and not page_foot and ((nxt[:1].islower() and not line_kind(nxt)[0])
                                                                or _continues(lines[i].text)
                                            or (kind == "document details" and lines[i].text.strip()[:1].islower()
                                                and _runs_on(prev))
                                            or (kind == "document details" and k and idx[k - 1] == i - 1
                                                and _runs_on(prev) and _ENDS_MID.search(prev) and not line_kind(prev)[0])

                                            or (kind == "contact details" and k and idx[k - 1] == i - 1
                                                and _runs_on(prev) and not line_kind(prev)[0]
                                                and not _CONTACT_LABEL.match(lines[i].text.strip())
                                                and not _ADDRESS_AND_NUMBER.fullmatch(lines[i].text.strip()))):
            continue  # a wrapped line of a paragraph ("… held on 11 January 2024 were confirmed", "… and was /
            # adopted by the Council at its meeting on 9 January 2025.", "… from the Engagement Manager" /
            # "(communications@…) or the Monitoring Officer")
        if kind == "breadcrumb" and k and idx[k - 1] == i - 1 and _runs_on(prev) and not line_kind(prev)[0] \
                and lines[i].text.strip().endswith("."):
            continue  # a sentence's end ("… on the intranet under" / "Policies > Governance > Constitution.", b180
            # first run); a breadcrumb ends on no full stop
        if kind == "contact details" and _bullet(lines[i].text) and any(
                _bullet(t) and not line_kind(t)[0] for t in (prev, nxt)) and _lead_in_above(lines, idx, k, lead_ins):
            continue  # an item of a lead-in's list of people that gives a number ("You can raise a concern with:" /
            # "• your line manager" / "• HR Advice: 0161 496 0730, hr.advice@…", b170 first run); not a number among a
            # slide's points under a heading ("## Where to get help", b151)
        if kind == "signature block" and k and idx[k - 1] == i - 1 and re.match(r"\s*[._…]{5,}", lines[i].text) \
                and lines[i].text.strip().endswith(".") and len(_words(prev)) >= 4 and not re.search(r"[.:;!?]$", prev) \
                and not _adopts_or_signs(prev):
            continue  # a rule's wrapped end after its blank ("The Council reviews this protocol every" / "______ years.")
        if kind == "attendance list" and k and idx[k - 1] == i - 1 and _runs_on(prev) and not line_kind(prev)[0] \
                and re.search(r"\b(?:were|was|are|is|included?|includes|comprised?|comprises|being|namely)$", prev.strip(), re.I):
            continue  # a sentence that names its members on the next line ("The Group met six times ... Its members
            # were" / "Councillors Tregarthen (Chair), Bolitho, Hussain, Pascoe and Webber.": b146's review)
        if kind == "attendance list" and k and idx[k - 1] == i - 1 and _runs_on(prev) and _continues(prev) \
                and not line_kind(prev)[0] and not re.match(r"^[A-Z][\w'’ /-]{0,40}:\s", lines[i].text.strip()) \
                and not _rules()["name_titles"].match(lines[i].text.strip()):  # ("… attended by the Clerk and" /
            # "Cllr F Black, Cllr G Grey." stays the attendance list it is)
            continue  # the end of a sentence that names offices and a telephone number ("… from the Monitoring
            # Officer, Legal and" / "Democratic Services, County Hall, Harrowfell (telephone 01632 961 220).")
        if kind:
            kinds[i] = (kind, zoned)
    _document_history(lines, idx, kinds)
    for k, i in enumerate(idx):
        # a call to action: a short link alone between lines that are no links ("Make a complaint about a councillor")
        if lines[i].style == "link" and i not in kinds and len(_words(lines[i].text)) <= 8 \
                and r["action_link"].match(lines[i].text.strip()) \
                and all(lines[j].style != "link" for j in idx[max(k - 1, 0):k + 2] if j != i):
            kinds[i] = ("call to action", False)
    for k, i in enumerate(idx[1:], 1):
        prev = idx[k - 1]
        # (a kind that holds only at the page's edges yields: "L. Novak, D. Quinlan, ... and H. Yardley" reads as
        # contact details alone, and under "Councillors S. Adeyemi, ... P. Marsh," it is the list's end)
        if (i not in kinds or kinds[i][1]) and kinds.get(prev, ("",))[0] in ("attendance list", "vote tally") \
                and attendance_goes_on(lines[prev].text, lines[i].text):
            kinds[i] = (kinds[prev][0], False)
    for k, i in enumerate(idx):
        # two or more links alone on their lines, one after another, are a list of related links
        # wherever they stand (a guide's "Useful documents" list before its closing line)
        near = [j for j in idx[max(k - 1, 0):k + 2] if j != i and abs(j - i) <= 2]
        if kinds.get(i, ("",))[0] == "related links" and any(kinds.get(j, ("",))[0] == "related links" for j in near):
            kinds[i] = ("related links", False)
    for k, i in enumerate(idx[:-1]):
        # a clutter line wrapped in two by a PDF or a narrow page ("A guide for councillors and staff,
        # agreed by the Standards Committee in" / "March 2024"): the two lines together have the kind
        j = idx[k + 1]
        # (or "… Audit and Standards Committee – 19 September" / "2023 Page 1", "… Proudly powered" / "by WordPress")
        # (a line that opens with a bullet is an item of its own, not a wrapped line's end: "• Councillors: set policy,
        # represent residents" / "• Officers: advise, implement" are no "Label: value" details)
        if i not in kinds and j == i + 1 and lines[j].page == lines[i].page and len(_words(lines[j].text)) <= 6 \
                and not _bullet(lines[j].text) \
                and (_continues(lines[i].text) or (len(_words(lines[i].text)) >= 6
                                                   and not re.search(r"[.;:!?]$", lines[i].text.strip()))):
            kind, zoned = line_kind(lines[i].text.strip() + " " + lines[j].text.strip())
            if kind == "document details" and lines[j].text.strip()[:1].islower():
                continue  # details running on into a lower-case line are a sentence ("Adopted … on 14 May
                # 2023. To be reviewed every" / "two years."), as the test above keeps them
            if kind in _WRAPPING + ("running footer",) and kind not in _LISTS:
                kinds[i] = kinds[j] = (kind, zoned)
    for k, i in enumerate(idx[:-1]):
        # a label over a block of contact details, itself no sentence ("Enquiries about this protocol:" / "Committee
        # Services, Council Headquarters, ..." / "Tel: 01546 555 730 | ...", round 82); not a lead-in that says
        # something ("Further advice is available from:", "Concerns should be raised with:")
        if i not in kinds and idx[k + 1] == i + 1 and kinds.get(i + 1, ("",))[0] == "contact details" \
                and _contact_label(lines[i].text) and _block_is(lines, idx, k + 1, kinds, "contact details"):
            kinds[i] = ("contact details", False)
    _schedule_dates(lines, idx, kinds)
    comment_texts = _comments(lines, idx, kinds)
    content = [i for k, i in enumerate(idx) if i not in kinds and i not in comment_texts
               and (_is_content(lines[i].text) or (idx[k + 1:k + 2] and idx[k + 1] not in kinds
                                                   and _wrapped_content(lines, idx, k)))]
    first = content[0] if content else len(lines)
    last = content[-1] if content else -1

    def outside(i: int) -> bool:
        return i < first or i > last

    drop: dict[int, str] = {}
    for i, (kind, zoned) in kinds.items():
        if zoned and not outside(i):
            continue
        if kind == "link row":
            kind = "footer links" if i > last else "site menu"
        drop[i] = kind

    top_no = lines[first].line_no if first < len(lines) else float("inf")
    _label_blocks(lines, idx, first, drop, sum(1 for f in st.furniture if f.reason == "document details"
                                               and f.line_no < top_no))
    _cover_table(lines, first, drop)
    _reference_list(lines, idx, drop)
    _tag_list(lines, idx, drop, outside)
    _contact_block(lines, idx, drop)
    _signature_table(lines, drop)
    _contact_table(lines, drop)

    # runs of short link-like lines at the top or the bottom: a site menu, footer links; the cells
    # of a table that arrived one cell a line are not a menu, nor a Markdown table's lines (its "|---|" rule under the
    # header of a table that ends the page read as footer links, and the header as a row: adversarial review 82)
    cells = {ln.line_no for rows in _flattened_tables(lines).values() for row in rows for ln in row}
    run: list[int] = []
    for i in idx + [None]:
        if i is not None and i not in drop and outside(i) and lines[i].style != "heading" \
                and lines[i].line_no not in cells and "\t" not in lines[i].text and not lines[i].text.lstrip().startswith("|") \
                and not _patterns()["toc"].match(lines[i].text.strip()) \
                and _link_like(lines[i].text, r["max_menu_words"]):
            run.append(i)
            continue
        if run:
            _menu(run, lines, drop, first, last, r["min_menu_run"])
        run = []
    _repeated_title(lines, idx, first, last, drop)
    _title_beside_page_label(lines, idx, first, drop, {f.line_no for f in st.furniture if f.reason == "page number"})
    for k, i in enumerate(idx):
        # "(c) Fernleigh Borough Council" without a year, under the page's footer lines (b374's first run read it as item
        # (c) of a list); a council's name after "(c)" among the text stays the item it is
        # (never under an item "(b)" of its list, adversarial review 81)
        if i > last and i not in drop and k and idx[k - 1] in drop and _COPYRIGHT_NAME.fullmatch(lines[i].text.strip()) \
                and not re.match(r"\s*\(?[a-zA-Z]\)", lines[idx[k - 1]].text):
            drop[i] = "footer links"
    for i in idx:  # a report's list of appendices, below the protocol
        t = lines[i].text.strip()
        if i > last and i not in drop and r["attachment"].match(t) and not _SENTENCE_END.search(t) \
                and len(_words(t)) <= 25:
            drop[i] = "list of appendices"
    _call_to_action(lines, idx, drop)
    _share_widget(lines, idx, drop)
    _title_from_breadcrumb(lines, idx, first, drop, [f.text for f in st.furniture if f.reason == "breadcrumb"])
    _hanging_values(lines, idx, drop, {f.line_no: f for f in st.furniture})
    for k, i in enumerate(idx[1:], 1):
        # the wrapped end of a clutter line ("Related documents: … · Part B" / "(Gifts and Hospitality)
        # · Social Media Policy"): straight under it, short, closing its paragraph without a full stop,
        # and plainly a list's continuation (opening with a bracket or the line above ending on "·" or ",")
        prev, nxt = idx[k - 1], idx[k + 1] if k + 1 < len(idx) else None
        t = lines[i].text.strip()
        # (or a reference number alone, full stop and all: "… Minute ref." / "24/061.")
        ref_end = not re.search(r"[^\W\d_]{2,}", t) and len(_words(t)) <= 2
        if i not in drop and drop.get(prev) in _WRAPPING and prev == i - 1 and (nxt is None or nxt > i + 1) \
                and (ref_end or (not re.search(r"[.!?]$", lines[prev].text.strip()) and not _SENTENCE_END.search(t))) \
                and len(_words(t)) <= 12 and lines[i].style != "heading" and lines[i].page == lines[prev].page \
                and parse_marker(t)[0] is None and (not t[:1].isalpha() or re.search(r"[·|•,–-]$", lines[prev].text.strip())
                                               or (lines[prev].text.strip().endswith(";") and t[:1].islower())):
            drop[i] = drop[prev]
    for k, i in enumerate(idx[:-1]):
        # the labelled head of a contact line that wrapped ("Contact: Democratic Services, Town Hall, Market Square," /
        # "Pellingford PG1 1TH ·" / "democratic.services@… · 01632 960 225", b179 first run): straight above its contact
        # lines (a blank between, where a page set each line as a paragraph), on the same page, going on at a comma or
        # a separator, with no rule in it
        t, nxt = lines[i].text.strip(), idx[k + 1]
        if i not in drop and drop.get(nxt) == "contact details" and lines[nxt].page == lines[i].page \
                and _CONTACT_LABEL.match(t) and re.search(r"[,·|•–-]$", t) and len(_words(t)) <= 14 \
                and not _MODAL.search(t) and parse_marker(t)[0] is None:
            drop[i] = "contact details"
    for k, i in enumerate(idx[:-1]):
        # the head of a signing line that wrapped before its blank ("This protocol was adopted by … at its meeting held
        # on" / "______ (minute no. ____)."): unfinished, straight above the blank, no rule of its own
        nxt, t = idx[k + 1], lines[i].text.strip()
        starts = i == 0 or not lines[i - 1].text.strip() or bool(re.search(r"[.:;!?]$", lines[i - 1].text.strip()))
        if i not in drop and nxt == i + 1 and drop.get(nxt) == "signature block" and len(_words(t)) <= 30 \
                and re.match(r"\s*[._…]{5,}", lines[nxt].text) and not re.search(r"[.:;!?]$", t) and starts \
                and not re.search(r"[.!?]\s", t) and not _MODAL.search(t) and lines[i].style != "heading" \
                and parse_marker(t)[0] is None and _adopts_or_signs(t):
            drop[i] = "signature block"
    keep = []
    for i, ln in enumerate(lines):
        if i in drop:
            st.drop(ln, drop[i])
            if drop[i] == "comment" and keep and keep[-1].text.strip():
                # a byline or a "Reply" link stands between a comment and what is above or below it
                keep.append(Line(text="", line_no=ln.line_no, page=ln.page, style="blank"))
        else:
            keep.append(ln)
    return keep


_LISTS = ("breadcrumb", "attendance list", "vote tally", "comment")  # kinds a wrapped line can have
# kinds of one long line that a PDF or a narrow page wraps, its end on the next line
_WRAPPING = ("related documents", "document details", "contact details", "signature block", "meeting details",
             "attendance list", "footer links", "link row", "share links", "breadcrumb")


_TIME = r"(?:\s*(?:at|,|-|–)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?"
_DATE_ONLY = re.compile(r"^(?:[A-Z][a-z]+day,?\s+)?(?:" + _DATE.pattern + r")" + _TIME + r"$", re.I)


def _byline_only(text: str) -> bool:
    """A comment's byline and nothing more: a name, "says:" and a date or time ("Pete H. says:
    15 March 2024 at 8:12 am"). A line that carries the comment after it is the reader's text."""
    rest = _rules()["byline"].sub("", text, count=1)
    if not _DATE.search(rest) and not re.search(r"\d{1,2}[:.]\d{2}", rest):
        return False
    rest = _DATE.sub(" ", rest)
    rest = re.sub(r"\b(?:at|on)\b|\d{1,2}[:.]\d{2}\s*(?:am|pm)?|[A-Z][a-z]+day\b|[\W_]+", " ", rest, flags=re.I)
    return not rest.strip()


def _split_byline(lines: list[Line], idx: list[int], k: int) -> bool:
    """A comment's byline laid out as a web page does, its name above a line holding only the date
    ("Dave Pritchard" / "14 March 2026 at 7:42 pm"), with a "Reply" link a few lines below."""
    r = _rules()
    if k == 0 or not _DATE_ONLY.match(lines[idx[k]].text.strip()):
        return False
    name = lines[idx[k - 1]].text.strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or re.search(r"[;:!?,]|\w\w\.$", name):
        return False
    for j in idx[k + 1:k + 10]:
        t = lines[j].text.strip()
        if r["reply"].match(t):
            return True
        if _DATE_ONLY.match(t):
            return False
    return False


def _comments(lines: list[Line], idx: list[int], kinds: dict[int, tuple[str, bool]]) -> set[int]:
    """A comment's byline (a name and a date, on one line or two) and its "Reply" link are the
    site's; the lines between are the comment itself, a reader's text, kept as content
    (docs/annotation-decisions.md: comments are context clauses). Returns those lines: they are
    no part of the protocol's own text when telling what stands above or below it."""
    r = _rules()
    texts: set[int] = set()

    def up_to_reply(k: int) -> None:
        body = []
        for j in idx[k + 1:k + 12]:
            t = lines[j].text.strip()
            if r["reply"].match(t):
                kinds[j] = ("comment", False)
                texts.update(body)
                return
            if kinds.get(j, ("",))[0] == "comment" or _DATE_ONLY.match(t):
                texts.update(body)
                return
            body.append(j)

    for k in range(1, len(idx)):
        if _split_byline(lines, idx, k):
            kinds[idx[k - 1]] = kinds[idx[k]] = ("comment", False)
            if k >= 2 and r["comment_heading"].match(lines[idx[k - 2]].text.strip()):
                kinds[idx[k - 2]] = ("comment", False)  # "3 thoughts on …" over the first comment
            up_to_reply(k)
    for k, i in enumerate(idx):
        t = lines[i].text.strip()
        if kinds.get(i, ("",))[0] == "comment" and r["byline"].match(t):
            up_to_reply(k)  # under a one-line byline
        elif r["byline"].match(t) and _DATE.search(t) and len(_words(t)) <= 80 and k + 1 < len(idx) \
                and any(r["reply"].match(lines[j].text.strip()) for j in idx[k + 1:k + 12]):
            texts.add(i)  # a byline and its comment on one line: the comment is text, its "Reply" link is not
            up_to_reply(k)
    return texts


def _title_key(text: str) -> str:
    """A line as a title is compared: its words, lower case, without punctuation."""
    return re.sub(r"\W+", " ", text).strip().lower()


def _repeated_title(lines: list[Line], idx: list[int], first: int, last: int, drop: dict[int, str]) -> None:
    """Below the protocol, a line repeating a line above it (its title, in a "Recent posts" list) is the site's."""
    if last < first:
        return  # no protocol text found: nothing to stand above or below it
    titles = {_title_key(lines[i].text) for i in idx if i < first}
    for i in idx:
        # (a line of no words, a Markdown table's "|---|" rule, repeats no title: adversarial review 82)
        if i > last and i not in drop and _title_key(lines[i].text) and _title_key(lines[i].text) in titles \
                and len(_words(lines[i].text)) >= 3:
            drop[i] = "footer links"


def _title_beside_page_label(lines: list[Line], idx: list[int], first: int, drop: dict[int, str], numbers: set[int]) -> None:
    """A line beside a page's number ("Page 1 of 2") that holds the document's title from above the text is the page's
    running footer or header, though it stands there once ("Kilbrannan and Glenary CC - Code for community councillors
    and the Secretary" under "Page 1 of 2", b384's first run); a heading beside the number that is no title stays."""
    # (its title: one of the first three lines above the text, not a contents entry further down, adversarial review 85)
    head_lines = [j for j in idx if j < first and j not in drop][:3]
    titles = {_title_key(lines[i].text) for i in head_lines if len(_words(lines[i].text)) >= 3}
    if not titles or not numbers:
        return
    near = {n + d for n in numbers for d in range(-2, 3)}
    for k, i in enumerate(idx):
        text = lines[i].text.strip()
        if i < first or i in drop or len(_words(text)) > 20 or _SENTENCE_END.search(text) or parse_marker(text)[0] \
                or lines[i].line_no not in near:
            continue
        # (not a sentence's wrapped line: "... must read it with the" / "Councillor and Officer Relations - Planning
        # Supplement" / "which the Council adopted in 2022.", adversarial review 84)
        above = lines[idx[k - 1]].text.strip() if k else ""
        below = lines[idx[k + 1]].text.strip() if k + 1 < len(idx) else ""
        # (nor an item under a lead-in: "Councillors should contact:" over "Raising concerns ... - the Chair of ...")
        if (k and idx[k - 1] not in drop and above and not re.search(r"[.!?;]$", above)
                and lines[idx[k - 1]].style != "heading") or below[:1].islower():
            continue
        # (the title one part of the line, the other set off by a dash or a bar: not a sentence's wrapped line that opens
        # on the title's words, "Member/Officer relations, including the number ...", b371's scrutiny report)
        parts = re.split(r"\s+[-–—|·•]\s+", text)
        if len(parts) >= 2 and any(_title_key(p) in titles for p in parts):
            drop[i] = "running footer"


def _call_to_action(lines: list[Line], idx: list[int], drop: dict[int, str]) -> None:
    """A page that ends with a heading, a line or two and a lone short link ("Sign up for our
    e-newsletter" / "Get the latest news …" / "Subscribe") ends with a sign-up widget, not the protocol."""
    rest = [i for i in idx if i not in drop]
    if len(rest) < 4 or lines[rest[-1]].style != "link" or len(_words(lines[rest[-1]].text)) > 3:
        return
    for k in (2, 3):  # the heading, one or two lines, the link
        head = rest[-k - 1]
        body = rest[-k:-1]
        if lines[head].style == "heading" and parse_marker(lines[head].text.strip())[0] is None \
                and all(lines[i].style != "heading" and len(_words(lines[i].text)) <= 25 for i in body):
            for i in [head, *body, rest[-1]]:
                drop[i] = "sign-up widget"
            return
    if re.match(r"^(subscribe|sign\s*up|join|register)\b", lines[rest[-1]].text.strip(), re.I):
        drop[rest[-1]] = "sign-up widget"  # its heading and lines were already known by their words


def _share_widget(lines: list[Line], idx: list[int], drop: dict[int, str]) -> None:
    """A label ("Share this:") over a run of one- or two-word lines, two or more of them share
    sites ("Facebook", "X", "Email", "Print"), is a share widget wherever it stands: the label and
    the run are share links, not a lead-in and its list."""
    r = _rules()
    for k, i in enumerate(idx):
        label = lines[i].text.strip()
        if i in drop or not label.endswith(":") or len(_words(label)) > 4:
            continue
        run = []
        for j in idx[k + 1:]:
            t = _BULLET.sub("", lines[j].text.strip(), count=1)
            if j in drop or len(_words(t)) > 2 or _SENTENCE_END.search(t):
                break
            run.append((j, t))
        if sum(1 for _, t in run if r["share"].match(t)) >= 2:
            for j in [i, *(j for j, _ in run)]:
                drop[j] = "share links"


def _title_from_breadcrumb(lines: list[Line], idx: list[int], first: int, drop: dict[int, str],
                           recorded: list[str]) -> None:
    """The line above the protocol that repeats the breadcrumb's last step is the page's title: a
    heading. ``recorded`` are breadcrumbs the fixed furniture patterns already removed."""
    trails = recorded + [lines[i].text for i, kind in drop.items() if kind == "breadcrumb"]
    crumbs = {_title_key(steps[-1]) for t in trails
              if (steps := [c for c in _rules()["crumbs"].split(_MD_LINK.sub(r"\1", t)) if c.strip()])}
    for i in idx:
        if i <= first and i not in drop and _title_key(lines[i].text) in crumbs and lines[i].cells is None:
            lines[i].style = "heading"


_LABEL = re.compile(r"^[A-Z][\w'’ /()-]{0,40}:$")
_LABEL_VALUE = re.compile(r"^[A-Z][\w'’ /()-]{0,40}:\s+\S")


_ALIGNED_LABEL = re.compile(r"[A-Z][\w'’ /()-]{0,40}:\s{2,}(?=\S)")


def _hanging_values(lines: list[Line], idx: list[int], drop: dict[int, str], removed: dict[int, Furniture]) -> None:
    """A report's details block sets each value in a column after its label, and a long value wraps onto the next
    line set under that column ("Contact officer:  Helen Marsh, Head of Legal and Democratic Services" /
    "                  and Monitoring Officer", "Appendices:       A - Revised Protocol …" / "                  B -
    Consultation responses …": b324's first run): such a line is its label's value where it goes on in lower case or
    names the next appendix by its letter, is short, has no number of its own, binds nobody and ends no sentence."""
    kinds: dict[int, tuple[int, str, bool]] = {}  # line number -> (value column, kind, spaces capped) of a details line
    for no, f in removed.items():
        m = _ALIGNED_LABEL.match(f.text.lstrip())
        if m and f.reason in ("document details", "contact details"):
            kinds[no] = (len(f.text) - len(f.text.lstrip()) + m.end(), f.reason, m.group().endswith(CAPPED_RUN))
    for i in idx:
        ln = lines[i]
        if i in drop:
            m = _ALIGNED_LABEL.match(ln.text.lstrip())
            if m and drop[i] in ("document details", "contact details"):
                kinds[ln.line_no] = (ln.indent + m.end(), drop[i], m.group().endswith(CAPPED_RUN))
            continue
        above = kinds.get(ln.line_no - 1)
        t = ln.text.strip()
        # (within a few columns, or anywhere right of a capped run: a line's runs of nine spaces or more come back as
        # eight; and only a value's going on, in lower case or an appendix's letter, not a sentence set in the column,
        # "Councillors and officers work together …": adversarial review 70)
        if above and ln.indent >= 8 and (abs(ln.indent - above[0]) <= 3 or above[2] and ln.indent > above[0]) \
                and len(_words(t)) <= 12 and (t[:1].islower() or re.match(r"[A-Z]\s*[-–—.)]\s", t)) \
                and not _SENTENCE_END.search(t) and not _MODAL.search(t) and parse_marker(t)[0] is None:
            drop[i] = above[1]
            kinds[ln.line_no] = above  # (and the line under it, set in the same column)


def _label_blocks(lines: list[Line], idx: list[int], first: int, drop: dict[int, str], found: int = 0) -> None:
    """Above the protocol's first sentence, a block of "Label:" / value lines (a report's or a
    meeting's details: "Date:", "23 November 2023", "Report of: …") holds no clauses; ``found`` counts the details
    lines above it the furniture rules took already ("Prepared by: Democratic Services, 3 March 2027" over "Status:
    unofficial extract – the minutes are the formal record of the meeting", b180 first run)."""
    top = [i for i in idx if i < first and i not in drop]
    # (a heading such as "## Slide 2: Why this matters" is the text's own, whatever its colon)
    labels = [i for i in top if lines[i].style != "heading" and (
              _LABEL.match(lines[i].text.strip()) and len(_words(lines[i].text)) <= 5
              or _LABEL_VALUE.match(lines[i].text.strip()) and len(_words(lines[i].text)) <= 25
              and not _SENTENCE_END.search(lines[i].text.strip()))]
    details = sum(1 for i in idx if i < first and drop.get(i) == "meeting details")
    if len(labels) + details + found < 2:  # a meeting's details already found count ("… – 19 May 2027, 10.00am")
        return
    for k, i in enumerate(top):
        if i in labels:
            drop[i] = "document details"
        elif k > 0 and top[k - 1] in labels \
                and (_LABEL.match(lines[top[k - 1]].text.strip()) or lines[i].text.count(",") >= 2) \
                and len(_words(lines[i].text)) <= 12 and not _SENTENCE_END.search(lines[i].text.strip()) \
                and parse_marker(lines[i].text.strip())[0] is None:
            drop[i] = "document details"  # the value under its label


def _cover_table(lines: list[Line], first: int, drop: dict[int, str]) -> None:
    """Above the protocol's first sentence, a table of label | value rows (a committee report's cover:
    "Report to: | Standards Committee", "Key decision: | No") holds no clauses: two or more such rows
    with the label ending in a colon, or three or more without."""
    # (a Markdown table's rows are still lines of text here: "| Page owner | Governance and Democratic Services |"; one
    # counts only above the text's first sentence, not in a page that is nothing but a table)
    rows = {i: ln.cells if ln.cells is not None else _pipe_cells(ln.text) if first < len(lines) else None
            for i, ln in enumerate(lines[:first]) if i not in drop}
    labelled = []
    for i, row in rows.items():
        if row is None:
            continue
        cells = [c.strip() for c in row if c and c.strip()]
        if len(cells) == 2 and len(_words(cells[0])) <= 6 and cells[0][:1].isupper() \
                and not _SENTENCE_END.search(cells[0]) and len(_words(cells[1])) <= 25 \
                and not re.search(r"[.!?]$", cells[1]) and parse_marker(cells[0])[0] is None \
                and (lines[i].cells is not None or len(_words(cells[1])) <= 8 and not re.search(r"[,;]", cells[1])
                     and not _patterns()["party_word"].search(cells[0])):
            # (a text table's value is a short one, "Last reviewed | January 2027", and no party's: "| Councillors |
            # Set the council's policy |" is a table of roles, adversarial review 40)
            labelled.append(i)
        elif len(cells) >= 2 and all(_cover_field(c) for c in cells):
            labelled.append(i)  # fields side by side, each its label and value ("Report of: Director of Legal and
            # Governance | Wards affected: All", b337's first run)
    colons = sum(rows[i][0].strip().endswith(":") for i in labelled)
    if colons >= 2 or len(labelled) >= 3:
        for i in labelled:
            drop[i] = "document details"


# a cover field's value in lower case ("Key decision: no", "Wards affected: all", "Exempt information: none")
_COVER_VALUE = re.compile(r"yes|no|all|none|nil|n/a|na|open|exempt|not|public|various|tbc|tba", re.I)


def _cover_field(cell: str) -> bool:
    """A report cover's field, its label (structure.yaml cover_labels) and a short value that names or dates something
    ("Key decision: No", "Report of: Director of Legal and Governance"); not a role described after its label
    ("Portfolio holder: sets the priorities for the service ...", adversarial review 72)."""
    m = re.match(r"^([\w /()'’-]{1,30}?)\s*:\s*(\S+)", cell)
    return bool(m) and bool(_patterns()["cover_label"].match(m[1])) \
        and (not m[2][:1].islower() or _COVER_VALUE.fullmatch(m[2].rstrip(".,;"))) \
        and len(_words(cell[m.end(1):])) <= 14 and not _SENTENCE_END.search(cell) and not _MODAL.search(cell)



def _contact_block(lines: list[Line], idx: list[int], drop: dict[int, str]) -> None:
    """A sender's signature or a contact box set as a block of short lines with no blank between them, a name or a
    post at its head and an address, phone number, email or web address among them ("Rachel Okonjo" / "Town Clerk
    and RFO" / "The Guildhall, Quay Street, SQ3 1AB" / "Tel: 01632 960 735" / "My working hours are Monday to
    Thursday."), wherever it stands: every line of it is contact details. A line that binds anyone (a modal), a
    numbered or bulleted line, a lead-in or a long line ends the block."""
    runs: list[list[int]] = []
    for i in idx:
        if runs and runs[-1][-1] == i - 1 and lines[i].page == lines[i - 1].page:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        texts = [lines[i].text.strip() for i in run]
        if len(run) < 3 or not _is_name_or_post(texts[0]) or not any(_CONTACT.search(t) for t in texts[1:]):
            continue
        if all(len(_words(t)) <= 14 and not _MODAL.search(t) and parse_marker(t)[0] is None
               and not t.endswith(":") and lines[i].style != "heading" and _contact_shaped(t) for i, t in zip(run, texts)):
            for i in run:
                drop.setdefault(i, "contact details")


def _signature_table(lines: list[Line], drop: dict[int, str]) -> None:
    """The rows of a table that lays out a signature block ("Signed: ........ | Chairman | Date: ......"), and the
    header of such a table ("Role | Signature | Date")."""
    signed = {i for i, ln in enumerate(lines) if ln.cells is not None and _signature_row(ln.cells)}
    signed |= _signatories_table(lines)
    tables = {lines[i].table for i in signed} - {None}
    for i, ln in enumerate(lines):
        if i in signed or (ln.cells is not None and ln.table in tables and all(
                _SIGNATURE_HEADER.fullmatch(c.strip()) for c in ln.cells if c and c.strip())):
            drop[i] = "signature block"


def _signatories_table(lines: list[Line]) -> set[int]:
    """The rows of a table of the signatories alone, closing the document: two rows, one of names and one of posts, with
    no blank to sign in ("Cllr Priya Hallam | Martin Coulthard" / "Leader of the Council | Chief Executive" under a joint
    statement, b273's first run read four clauses). A "who to contact" table, or one of the statutory officers or of
    committee chairs, pairs a post with a name in each row, or stands above the text's end (adversarial review 58)."""
    rows_of: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.cells is not None and ln.table is not None:
            rows_of.setdefault(ln.table, []).append(i)
    last = [i for i, ln in enumerate(lines) if ln.text.strip()][-6:]
    out: set[int] = set()
    for rows in rows_of.values():
        if len(rows) == 2 and rows[-1] in last and sorted(_signatory_row(lines[i].cells) or "" for i in rows) == [
                "names", "posts"]:
            out.update(rows)
    return out


def _signatory_row(cells: list[str]) -> str | None:
    """"posts" for a row of signatories' posts, "names" for a row of their names, else None."""
    said = [c.strip() for c in cells if c and c.strip()]
    if len(said) < 2:
        return None
    if all(_is_name_or_post(c) and _SIGNATORY_POST.search(c) for c in said):
        return "posts"
    if all(_PERSON.fullmatch(c) and not _SIGNATORY_POST.search(c) for c in said):
        return "names"
    return None


def _contact_table(lines: list[Line], drop: dict[int, str]) -> None:
    """A table of contacts ("Member Services | 020 7946 0388 | member.services@…"): every row a telephone number, an
    email or a web address, and beside them one short name of a team or a post at most (a "who to contact" table whose
    rows say what goes where, "Concerns about an officer | The officer's Director | 01632 …", holds clauses)."""
    tables: dict[object, list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.cells is not None:  # (a row of no numbered table, "T 020 7946 0401 | E ceo@…", is a table of its own)
            tables.setdefault(ln.table if ln.table is not None else ("row", i), []).append(i)
    for rows in tables.values():
        body = rows[1:] if rows and _contact_header(lines[rows[0]].cells) else rows  # ("Role | Name | Contact")
        if any(_contact_row(lines[i].cells) for i in body) and all(
                _contact_row(lines[i].cells) or _contact_name_row(lines[i].cells) for i in body):
            for i in rows:
                drop[i] = "contact details"


_CONTACT_HEAD = re.compile(r"(?:role|post|job\s+title|title|name|contact(?:\s+details)?|telephone|phone|tel\.?|e-?mail|"
                           r"address|team|service|extension|ext\.?|who|for)", re.I)


def _contact_header(cells: list[str] | None) -> bool:
    """A contacts table's header row: every cell a column name of one ("Role | Name | Contact")."""
    said = [c.strip() for c in cells or [] if c and c.strip()]
    return len(said) >= 2 and all(_CONTACT_HEAD.fullmatch(c) for c in said)


def _contact_row(cells: list[str]) -> bool:
    """A row of a contacts table: a telephone number, an email or a web address, and one short name at most, or a
    post and the person who holds it ("Monitoring Officer | Fiona Gallacher | 01632 960214 ...", b210's appendix)."""
    said = [c.strip() for c in cells if c and c.strip()]
    other = [c for c in said if not _CONTACT.search(c)]
    return len(other) < len(said) and (len(other) <= 1 or len(other) == 2 and any(_PERSON.fullmatch(c) for c in other)) \
        and all(len(c.split()) <= 8 and not _SENTENCE_END.search(c) and not _MODAL.search(c) for c in other)


# a person's name alone: "Fiona Gallacher", "Cllr Rhys Penhaligon", "Dr A. Patel" (not "The officer's Director")
_PERSON = re.compile(r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:[A-Z]\.\s*)*[A-Z][a-z’'-]+"
                     r"(?:\s+(?:[A-Z]\.\s*)*[A-Z][a-z’'-]+){0,2}")


# the label of a report's contact box row that names the person ("Contact officer: | Helen Marchbank, Monitoring Officer")
_CONTACT_NAME_LABEL = re.compile(r"(?:(?:report\s+)?(?:contact(?:\s+(?:officer|person|name|details))?|author)|name|post|"
                            r"job\s+title|(?:role|position)|department|service|directorate|address)\s*:?", re.I)


def _contact_name_row(cells: list[str]) -> bool:
    """A contact box's row that names its person or post beside a label ("Contact officer: | Helen Marchbank,
    Monitoring Officer and Head of Legal Services"): a label, and a name, a post or an address with no rule in it."""
    said = [c.strip() for c in cells if c and c.strip()]
    return len(said) == 2 and bool(_CONTACT_NAME_LABEL.fullmatch(said[0])) and len(said[1].split()) <= 14 \
        and not _SENTENCE_END.search(said[1]) and not _MODAL.search(said[1])


# a post that signs a council's statement (a signatory's name is a _PERSON)
_SIGNATORY_POST = re.compile(r"\b(?:leader|chief\s+executive|chair(?:man|woman|person)?|vice-chair\w*|mayor|clerk|"
                             r"monitoring\s+officer|head\s+of\s+paid\s+service|managing\s+director|convener|provost)\b",
                             re.I)
_SIGNATURE_HEADER = re.compile(r"(?:role|name|print\s+name|signature|signed|date|position|title|post|on\s+behalf\s+of)"
                               r"\s*:?", re.I)


def _signature_row(cells: list[str]) -> bool:
    """A table row of a signature block: "Signed: ........ | Chairman | Date: ......" (a blank to sign or date in, and
    nothing else but a name or a post)."""
    said = [c.strip() for c in cells if c and c.strip()]
    kinds = [line_kind(c)[0] == "signature block" for c in said]
    return any(kinds) and all(k or _is_name_or_post(c) for k, c in zip(kinds, said))


def _contact_shaped(text: str) -> bool:
    """A line a signature or a contact box holds: a name or a post, an address, a phone number, an email or a web
    address, or when someone can be reached ("My working hours are Monday to Thursday, 9am to 3pm."); a sentence
    of other words ("Councillors raise concerns with these posts first") is not."""
    return _is_name_or_post(text) or bool(_CONTACT.search(text)) or _address(text, 2) or bool(
        _CLOCK.search(text) or re.search(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", text, re.I))


def _is_name_or_post(text: str) -> bool:
    """A person's name or a post, as a signature opens: a few words, each capitalised, no full stop."""
    words = text.split()
    return 1 <= len(words) <= 6 and not re.search(r"[.;:!?]$", text) \
        and all(w[:1].isupper() or w.lower() in ("and", "of", "to", "the", "for") for w in words)


_TAGS_LABEL = re.compile(r"(?:tags|tagged(?:\s+with)?|categories|category|filed\s+under|topics|keywords)\s*:", re.I)


def _tag_list(lines: list[Line], idx: list[int], drop: dict[int, str], outside: Callable[[int], bool]) -> None:
    """A page's tags set as a list under their label after the text ("Topics:" / "Governance" / "Member development" /
    "Workforce", b180 first run): the label and the short items under it, each a few words with no rule and no
    sentence's end; the label on one line with its tags is furniture.yaml's "page tags". (Within the text, "Topics:"
    over "Planning" / "Licensing" is a training programme's list: adversarial review 40.)"""
    for k, i in enumerate(idx):
        if i in drop or not outside(i) or not _TAGS_LABEL.fullmatch(lines[i].text.strip()):
            continue
        items = []
        for j in idx[k + 1:]:
            t = _MD_LINK.sub(r"\1", re.sub(r"^\s*[-*•·]\s+", "", lines[j].text.strip()))
            if j in drop or lines[j].style == "heading" or len(_words(t)) > 4 or _SENTENCE_END.search(t) \
                    or re.search(r"[.;:!?]$", t) or _MODAL.search(t) or parse_marker(t)[0] is not None:
                break
            items.append(j)
        if items:
            for j in [i, *items]:
                drop[j] = "page tags"


# kinds a title of the list may have been read as, where another kind ends it (a share widget, a page's edge: adversarial
# review 84)
_TITLE_KINDS = ("page date", "document details", "document place", "meeting details", "related documents")
_MAX_REFERENCES = 40


def _reference_list(lines: list[Line], idx: list[int], drop: dict[int, str]) -> None:
    """A "Background papers" or "Related documents" heading with the list of titles under it (each
    short, with no full sentence) is the report's or the page's references, heading and all."""
    for k, i in enumerate(idx):
        if i in drop or not _rules()["references_heading"].match(parse_marker(lines[i].text.strip())[2]):
            continue  # "Background papers", "8. Background Papers"
        under = []
        verbs = _rules()["sentence_verbs"]
        for j in idx[k + 1:]:
            t = lines[j].text.strip()
            # a title may close with a full stop ("Notes of the member working group, 4 November 2025."),
            # a sentence has a verb ("The 2019 protocol is attached."); a numbered paragraph ("6.1 None.")
            # is the report's own text
            marker = parse_marker(t)[0]
            if j in drop and drop[j] in _TITLE_KINDS and len(under) < _MAX_REFERENCES:
                under.append(j)  # a title read as another kind of clutter ("... minutes, 18 March 2024 and 9 July 2024")
                continue
            if j in drop or lines[j].style == "heading" or len(_words(t)) > 25 \
                    or (marker is not None and marker.kind == "dec") \
                    or (_SENTENCE_END.search(t) and (not t.endswith(".") or verbs.search(_DATE.sub(" ", t)))):
                break
            under.append(j)
        if under:
            for j in [i] + under:
                drop[j] = "related documents"


def _menu(run: list[int], lines: list[Line], drop: dict[int, str], first: int, last: int, min_run: int) -> None:
    """Mark a run of short link-like lines as a site menu (top) or footer links (bottom)."""
    top = run[0] < first
    before = next((lines[j].text.strip() for j in range(run[0] - 1, -1, -1) if lines[j].text.strip()), "")
    if before.endswith((":", ":-")):
        return  # the items of a lead-in ("Contact:") are its list
    if _patterns()["toc"].match(before):
        return  # a table of contents or "In this section" list: the contents pass records it
    if top:
        if all(lines[i].text.strip().isupper() for i in run):
            return  # lines in capitals at the top are the document's title block, not links
        # the line just above the protocol's first sentence is its title, not a menu item
        nxt = next((j for j in range(run[-1] + 1, len(lines)) if lines[j].text.strip()), None)
        if nxt is None or nxt == first or (nxt not in drop and (nxt >= first or (
                parse_marker(lines[nxt].text.strip())[0] and not _BULLET.match(lines[run[-1]].text.strip())))):
            # (or, not a list's bulleted entry, just above the first numbered heading: "Revised
            # Member/Officer Protocol" / "1. Purpose")
            run = run[:-1]
        if len(run) < min_run:
            return
        for i in run:
            drop[i] = "site menu"
        return
    # at the bottom: a run, or a single line between clutter lines, or a heading over such lines
    filled = [j for j, ln in enumerate(lines) if ln.text.strip()]
    k0, k1 = filled.index(run[0]), filled.index(run[-1])
    near = (k0 > 0 and filled[k0 - 1] in drop) or (k1 + 1 < len(filled) and filled[k1 + 1] in drop)
    if len(run) >= 2 or near:
        for i in run:
            drop[i] = "footer links"
