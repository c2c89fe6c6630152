"""Furniture: page numbers, running headers and footers, site chrome and tables of contents, removed and recorded."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..model import Line
from .blocks import _MONTHS, Block, _State, _norm_digits, _patterns
from .clean import MD_LINK, RULE_VERB, fold_spaces
from .clutter import _CLOCK, _DATE, _MODAL, attendance_goes_on, line_kind, roll_call_entry, roll_call_label
from .numbering import _BULLET, _DEC, parse_marker


_DUTY = re.compile(r"\b(?:must|should|shall)\b", re.I)
_CHAIR = re.compile(r"\bchair(?:man)?\b", re.I)
_MODAL_NEAR = re.compile(r"[^.]{0,80}?\b(?:must|should|shall|will|may|can|cannot|need)\b", re.I)


def _binds(text: str) -> bool:
    """A rule for either side: a duty, or a party (structure.yaml ``table_parties``, or the chair) with a modal after it in its
    sentence ("Officers will close the meeting room at 10pm.")."""
    parties = [*_patterns()["party_word"].finditer(text), *_CHAIR.finditer(text)]
    return bool(_DUTY.search(text)) or any(_MODAL_NEAR.match(text, m.end()) for m in parties)


_CLOSE = re.compile(r"^(?:dismiss|close|hide)(?:\s+(?:this\s+)?(?:alert|message|banner|notice|notification))?$|^got\s+it$", re.I)


_SIGNATURE_LINES = 8  # a signature block after a sign-off: a name, a post, a council, an address, a phone, co-signatories


def _signature_line(text: str, first: bool = False) -> bool:
    """A line of the signature block under a letter's sign-off ("Kind regards," / "Helen Okafor-Reid" / "Head of Legal
    and Democratic Services and Monitoring Officer" / "Cllr Owen Tullett, Leader of the Labour Group" / "Hallowmere Town
    Council"): a post, a name with its post, a council's name, "Co-signed by:", or, ``first`` under the sign-off, a name
    alone. Any other line ends the block (a heading, a rule line, "P.S. ...", a line in Title Case that names a
    document's part: "Member Officer Protocol", "Key Principles"), and so do eight lines (_SIGNATURE_LINES)."""
    words = text.split()
    if len(words) > 14 or parse_marker(text)[0] or _BULLET.match(text) or _binds(text) or text.startswith("#"):
        return False
    if _CONTACT_BITS.search(text):
        return False  # an address, a phone number: the contact details' own (clutter.py), read later
    if _DOC_WORDS.search(text) or re.search(r"[:;.!?]$", text) and not _CO_SIGNED.fullmatch(text):
        return False  # a document's part, a lead-in or a sentence
    if _CO_SIGNED.fullmatch(text) or _POST_LINE.match(text) or _NAME_POST.match(text) or \
            (len(words) <= 6 and re.search(r"\b(?:council|authority)$", text, re.I)):
        return True
    # a name alone, under the sign-off: one to four capitalised words ("Karen", "Cllr Martin Ashdown")
    return first and len(words) <= 4 and all(w[:1].isupper() for w in words)


_POST_SMALL = {"of", "the", "and", "for", "to", "in", "&"}  # (a post's title: "Chair of the Standards Committee")
_CO_SIGNED = re.compile(r"(?:co-?)?signed(?:\s+(?:by|on\s+behalf\s+of))?\s*:?", re.I)
_POST_LINE = re.compile(r"^(?:(?:deputy|assistant|acting|interim|senior)\s+)?(?:(?:town|parish|borough|county|district|"
                        r"city|community)\s+)?(?:clerk|head\s+of|director|chief|leader|chair\w*|vice[- ]chair\w*|mayor|"
                        r"monitoring\s+officer|proper\s+officer|responsible\s+financial|manager|secretary|solicitor)\b", re.I)
_NAME_POST = re.compile(r"^(?:(?:cllr|councillor|dr|mr|mrs|ms|miss|prof)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},\s+\S")
_DOC_WORDS = re.compile(r"\b(?:protocol|code|policy|guidance|introduction|procedures?|charter|sections?|part|appendix|"
                        r"annex|schedule|contents|principles|responsibilities|agreement|rules|roles?|purpose|scope|"
                        r"summary|background|attachment|enclosure)\b", re.I)
_SIGNED_FOR = re.compile(r"(?:[^/:]{1,60}\s/\s*)?(?:co-?)?signed\s+(?:by|for|on\s+behalf\s+of)\s+(?:the\s+)?[\w'’ -]{1,60}?\s*:?|"
                         r"(?:issued|prepared|approved|authori[sz]ed)\s+by\s*:", re.I)  # ("Issued by:" over a name and post)
_CONTACT_BITS = re.compile(r"@|https?://|\bwww\.|\d{4,}|\b\d{3,5}\s\d{3}")


def _next_filled(lines: list[Line], i: int) -> int | None:
    """The index of the first line with text among the two after ``i``, if any."""
    return next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text.strip()), None)


def _numbered_record(text: str, patterns: list[tuple[re.Pattern, str]]) -> str | None:
    """A minute's procedural record under its own number ("23.1 Apologies for absence were received from Councillor R.
    Devlin.", "7. The meeting closed at 8.42pm."): 'meeting record', as it is without the number (round 46)."""
    kind, _, rest = parse_marker(text)
    if kind is None or not rest:
        return None
    return "meeting record" if _is_record(rest, patterns) else None


def _dressed_record(text: str, patterns: list[tuple[re.Pattern, str]]) -> str | None:
    """A minute's procedural record in brackets of its own ("(Councillor Pryce asked that her vote against resolution 1
    be recorded.)", b363's first run), under a minute's reference ("25/041 Date of next meeting: Tuesday 8 April 2025
    ..."), or with its vote after it ("RESOLVED: that the minutes of the meeting held on 11 February 2025 be approved
    ... as a correct record. (Unanimous)", b369's first run): 'meeting record', as it is without them."""
    text = text.strip()
    m = re.fullmatch(r"\((.+)\)\.?", text)
    if m and "(" not in m.group(1) and _is_record(m.group(1).strip(), patterns):
        return "meeting record"
    # (a line of its own, opening with a capital: "the amendment was lost (3 for, 7 against)." wrapped from "... the
    # minutes will record that" is the rule's, test_adversarial_round71)
    bare = _VOTE_AFTER.sub("", _MINUTE_REF.sub("", text, count=1), count=1).strip()
    return "meeting record" if bare and bare != text and (text[:1].isupper() or _MINUTE_REF.match(text)) \
        and _is_record(bare, patterns) else None


# a minute's reference before its text ("25/041", "FC24/101", "C/25/07") and a vote in brackets after it ("(Unanimous)",
# "(Carried)", "(6 for, 0 against)")
_MINUTE_REF = re.compile(r"^(?:[A-Z]{1,4}\s?)?\d{2,4}/\d{1,4}(?:/\d{1,4})?\.?\s+(?=[A-Z])")
_VOTE_AFTER = re.compile(r"\s*\((?:unanimous(?:ly)?(?:\s+agreed)?|carried(?:\s+unanimously)?|agreed|nem\.?\s*con\.?|"
                         r"\d{1,3}\s+for\b[^()]{0,60})\)\.?$", re.I)


def _is_record(text: str, patterns: list[tuple[re.Pattern, str]]) -> bool:
    """Does ``text`` read whole as a meeting's procedural record (a furniture.yaml ``lines`` pattern of that reason)?"""
    return any(r == "meeting record" and rx.match(text) for rx, r in patterns)


def _remove_furniture(lines: list[Line], st: _State) -> list[Line]:
    """Pass 1: drop page furniture, recording each removed line and why."""
    pats = _patterns()
    records = [rx for rx, r in pats["lines"] if r == "meeting record"]  # a meeting's procedural records, read whole
    keep: list[Line] = []
    pages = {ln.page for ln in lines if ln.page is not None}
    edge_pages: dict[str, set] = defaultdict(set)
    for ln in lines:
        if ln.page_pos and ln.text.strip():
            edge_pages[_norm_digits(ln.text)].add(ln.page)
    repeat_min = 2 if len(pages) <= 4 else max(2, int(len(pages) * 0.3))
    # repeated short lines in unpaged text (headers/footers of a PDF pasted as text)
    counts = Counter(_norm_digits(ln.text) for ln in lines if ln.text.strip() and ln.cells is None)
    at_page_edges, beside_page_numbers = _page_edges(lines)
    # a reader's own page headers and footers (Word's): the same line in the body is one of them
    known = {_norm_digits(f.text): "running header" if f.reason == "page header" else "running footer"
             for f in st.furniture if f.reason in ("page header", "page footer")}
    filled = [(i, ln.page) for i, ln in enumerate(lines) if ln.text.strip() and ln.page is not None]
    page_ends = {i for k, (i, page) in enumerate(filled)
                 if (k == 0 or filled[k - 1][1] != page) or (k + 1 == len(filled) or filled[k + 1][1] != page)}
    # lines among the first or last three of their page, and on which pages each such line stands:
    # a header or footer set a little inside the page's margin zone
    near_edge: dict[str, set] = defaultdict(set)
    edge_lines: dict[int, str] = {}
    for k, (i, page) in enumerate(filled):
        before = sum(1 for _, p in filled[max(0, k - 3):k] if p == page)
        after = sum(1 for _, p in filled[k + 1:k + 4] if p == page)
        if before < 3 or after < 3:
            edge_lines[i] = "running header" if before < 3 else "running footer"
            near_edge[_norm_digits(lines[i].text)].add(page)
    filled_after = [0] * len(lines)  # how many lines with text follow each line
    for i in range(len(lines) - 2, -1, -1):
        filled_after[i] = filled_after[i + 1] + bool(lines[i + 1].text.strip())
    skip_next = False
    label_reason = ""  # the reason of a label line ("Page updated:") whose value is on the next line
    attending, attending_reason = "", ""  # the last line dropped as an attendance list, while its next line may go on with it
    roll_call = ""  # a roll call's label ("PRESENT:") over its entries, a line each, to a blank line
    signing = 0  # lines left of a sign-off's signature block (_signature_line)
    email_tail = False  # under an email's sign-off: its signature, contact lines and disclaimer, to the end
    control = False  # under a "Document control" line: its details lines, to a blank line
    disclaimer = False  # inside an email's disclaimer paragraph, to a blank line
    signed_at = -100  # the line of the last sign-off ("Kind regards,"), whose signature a disclaimer may follow
    quoted_from = ""  # under an "... wrote:" line: the words of the text above it, which a quoted line repeats
    quotes, quote_at = 0, 0  # "... wrote:" lines read so far (each reads the text above it once), and the last one's
    record_to = -1  # the last line of a meeting's record wrapped over several lines, read whole from its first
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if i <= record_to and text:
            st.drop(ln, "meeting record")  # ("On being put to the vote, the recommendation was carried" / "unanimously.")
            continue
        if not text:
            attending = roll_call = ""  # a blank line ends an attendance list
            control = disclaimer = False
            keep.append(ln)
            continue
        if disclaimer and (parse_marker(text)[0] or _BULLET.match(text)):
            disclaimer = False  # (a numbered or bulleted point ends it: the rules after a disclaimer, review 42)
        if disclaimer or (email_tail and _DISCLAIMER.match(text)) or (
                i - signed_at <= _SIGNATURE_LINES + 4 and _DISCLAIMER.match(text) and _disclaimer_paragraph(lines, i)):
            # (and one under a signature block in the middle of a thread, b197's first run)
            st.drop(ln, "email disclaimer")  # the disclaimer's paragraph, however many lines it wraps to
            disclaimer = True
            continue
        if email_tail and _signature_tail(text):
            st.drop(ln, next((r for rx, r in pats["lines"] if rx.match(text)), None) or "email signature")
            continue
        email_tail = False
        if ln.cells is None and (roll_call and roll_call_entry(roll_call, text) or roll_call_label(text) and (
                i + 1 < len(lines) and roll_call_entry(text, lines[i + 1].text))):
            # a roll call's label and the entries under it, a line each ("PRESENT:" / "Councillor M. Okafor (Chair)" /
            # "Councillor S. Lindqvist (Vice-Chair)"; "OFFICERS IN ATTENDANCE:" / "Helen Voss - Director of ...")
            roll_call = roll_call or text
            st.drop(ln, "attendance list")
            continue
        roll_call = ""
        if ln.style == "body" and _CONTROL_HEADING.fullmatch(text):
            st.drop(ln, "document details")  # "Document control" over its lines, to the next blank line
            control = True
            continue
        if control and ln.cells is None and len(text.split()) <= 40 and not RULE_VERB.search(text) \
                and (_CONTROL_DETAIL.search(text) or _DATE.search(text)):
            # (a label and its value, a row, a version or a date: a line with a rule in it, or a sentence such as "This
            # policy applies to all Members and officers", is the protocol's, and the block ends there)
            st.drop(ln, "document details")
            continue
        control = False
        if ln.style == "margin":  # a PDF's small type in the top margin
            st.drop(ln, "running header")
            continue
        if ln.style == "watermark":  # a PDF's slanted word across the page (pdf.py)
            st.drop(ln, "watermark")
            continue
        if skip_next:
            skip_next = False
            if len(text.split()) <= 6:
                st.drop(ln, label_reason)
                continue
        if ln.cells is None:
            # a sentence is content even where the page header repeats it, as at the page edges below
            sentence = bool(_DEC.match(text)) or bool(re.search(r"[.;:,!?]$", text) and len(text.split()) > 3)
            plain = MD_LINK.sub(r"\1", text)  # "[Back to top](#main)" is "Back to top"
            # (a line of more than MAX_LINE_CHARS is never one furniture line: a page that arrived as one line keeps its
            # chrome for clutter.py, and 100,000 marks are not matched against every pattern twice)
            matched = len(text) <= MAX_LINE_CHARS and next(
                (r for rx, r in pats["lines"] if rx.match(text) or (plain != text and rx.match(plain))), None)
            reason = matched or (known.get(_norm_digits(text)) if not sentence else None) \
                or _numbered_record(text, pats["lines"]) or _dressed_record(text, pats["lines"])
            if reason in ("flowchart arrow", "flowchart connector") and _LETTER_ARROW.fullmatch(text) \
                    and not _between_boxes(lines, i):
                reason = None  # ("v" or "OR" alone is a chart's only between its boxes: "(iv) ..." / "v" / "... text",
                # and an "OR" between two rules a reader must choose from, stay text: adversarial review 77)
            if not reason and _nothing_to_record(lines, i, text, pats):
                reason = "meeting record"  # "Declarations of interest" / "None.", "Date of next meeting" / "To be arranged"
            if reason == "meeting record" and _goes_on_below(lines, i):
                # the paragraph is judged whole: "The Mayor thanked officers in the Waste and Street Scene service for
                # maintaining collections" / "throughout the flooding ... and asked that ..." says more than thanks
                # (b261's first run); a record whole takes its lines with it
                end = _record_paragraph_end(lines, i, pats["lines"], records)
                reason, record_to = ("meeting record", end) if end is not None else (None, record_to)
            elif reason == "meeting record" and _ends_on_initial(lines, i) \
                    and _is_record(text + " " + lines[i + 1].text.strip(), pats["lines"]):
                record_to = i + 1  # the surname after a councillor's initial, and no further ("... and Cllr E." /
                # "Yates (illness).", b272's first run; not a rule on the line after it, adversarial review 58)
            elif reason == "meeting record" and (_ENDS_ON_INITIAL.search(text) or _ENDS_ON_FIRST_NAME.search(text)) \
                    and i + 1 < len(lines) \
                    and _SURNAME_FIRST.match(lines[i + 1].text.strip()) \
                    and _records_only(fold_spaces(text + " " + lines[i + 1].text.strip()), records):
                record_to = i + 1  # and where the line after the surname goes on with another record ("... Cllr F." /
                # "Singh (illness). Cllr V. Doran was absent without apology.", b302's first run)
            elif reason == "meeting record" and i + 1 < len(lines) and _DAY_END.search(text) \
                    and _MONTH_GOES_ON.fullmatch(lines[i + 1].text.strip()):
                record_to = i + 1  # a date wrapped after its day ("The next ordinary meeting of the Council will be held
                # on Tuesday 25" / "March 2025 at 7.00pm.", b318's first run)
            elif reason == "meeting record" and _last_name_below(lines, i) \
                    and _is_record(fold_spaces(text + " " + lines[i + 1].text.strip()), pats["lines"]):
                record_to = i + 1  # the list's last name alone on the next line, the tier of its council before it
                # ("Apologies were received from Cllr P Morley (work commitments) and District" / "Cllr A Fenn.", round 82)
            elif reason == "meeting record" and re.search(r"(?:,|\band)$", text):
                below = _titled_names_below(lines, i)
                if below is not None and _records_only(fold_spaces(text + " " + lines[below].text.strip()), records):
                    record_to = below  # a list of names left open, its last name and another record on the next line,
                    # a blank between them as a PDF may set it ("Apologies were received ... from Cllr V Lockwood (work
                    # commitments) and" / "" / "Cllr N Pryce (illness). Cllr C Tarrant was absent.", b312's first run)
            if not reason and (end := _next_meeting_date(lines, i, text, pats)) is not None:
                reason, record_to = "meeting record", end  # "Date of next meeting" / "Annual Meeting of the Council:
                # Monday 20 May 2024 at 7.00pm in the Council" / "Chamber." (b353's first run)
            if reason == "meeting record" and _BARE_TIME.fullmatch(text) and i and keep and keep[-1] is lines[i - 1] \
                    and not _ENDS_SENTENCE.search(lines[i - 1].text.strip()):
                reason = None  # ("... before 8.00am or after" / "6.30pm.": a time ends the sentence above it, kept
                # text, adversarial review 57; under a record taken as furniture it is the record's end)
            if reason in _MID_SENTENCE and _inside_sentence(lines, i, keep, text):
                reason = None  # "... before 08:30 or after" / "17:30" / "and councillors must not expect a reply ...",
                # "Thanks," / "as agreed at the last meeting, please note ..." (adversarial review 39)
            if reason in _OWN_LINE and i and keep and keep[-1] is lines[i - 1] and _runs_into(lines[i - 1].text, text):
                # a line that carries on the sentence above it is that sentence's ("1.4 All contracts must be" /
                # "signed on behalf of the Council" / "by two councillors and the Clerk.": adversarial review 35)
                reason = None
            above = _text_above(keep) if reason == "date line" else ""
            if reason == "date line" and re.search(r"[^.!?:;)\]”\"]$", above or ".") \
                    and not (re.search(r"\bnext\s+meeting$", above, re.I) and pats["record_headings"].match(above)):
                reason = None  # ... and a date under text that has not ended its sentence, on the line above or
                # across a blank line as Word and Markdown set paragraphs ("... received on or after" / "" / "Monday 1
                # April 2024 at 9am": adversarial review 55); under its heading the date is the heading's only where
                # the heading is itself the record ("Date of next meeting", "SC25/07  Date of next meeting": b326's
                # first run; not a sentence that ends "... before the next meeting", adversarial review 70), or ends in
                # a colon
            if reason == "document details" and _BY_LINE.match(text) and keep:
                above = _text_above(keep)
                if re.search(r"[:?]\s*$", above) or (len(above.split()) >= 6 and re.search(r"\b[a-z][\w'’-]*,?\s*$", above)):
                    # "Prepared by the Clerk." under "The agenda for each meeting is:", after "Who issues press
                    # releases?" or going on from a sentence under way ("... kept up to date by the Monitoring Officer
                    # and is") is content (adversarial review 48); under a title it is the page's details
                    reason = None
            if signing:  # "Helen Okafor-Reid" / "Head of Legal and Democratic Services and Monitoring Officer"
                # (a name alone as the first or the second line: the closing first name over the full name, "Anita" /
                # "Anita Okafor" / "Director of Law and Governance", b197's first run)
                reason = reason or ("signature" if ln.style == "body" and _signature_line(
                    text, first=signing >= _SIGNATURE_LINES - 1) else None)
                # (or signatories side by side, a row of names over a row of posts: "Cllr Margaret Oduya | Daniel Firth" /
                # "Leader of the Council | Chief Executive and Head of Paid Service", b304's joint letter)
                cells = ln.cells or (text.split("\t") if "\t" in text else None)
                if not reason and ln.style in ("body", "heading") and cells and any(c.strip() for c in cells) and all(
                        _signature_line(c.strip(), first=True) for c in cells if c.strip()):
                    reason = "signature"
                signing = signing - 1 if reason == "signature" else 0
            if not reason and ln.style == "body" and _NAMES_GREETING.fullmatch(text) and _after_header(lines, i, st):
                reason = "greeting"  # a message's greeting without "Dear", under its header: "Ruth," / "Mark, Ruth,"
            if quoted_from and i - quote_at > _QUOTE_LINES:
                quoted_from = ""
            after_quoted = bool(i and st.furniture and st.furniture[-1].line_no == lines[i - 1].line_no
                                and st.furniture[-1].reason == "quoted message")
            if quoted_from and not reason and ln.style == "body" and f" {_words_of(text)} " in quoted_from and (
                    len(text.split()) >= 4 or after_quoted) and (
                    after_quoted or i - 1 == quote_at or not lines[i - 1].text.strip()
                    or re.search(r"[.;:!?]\W*$", lines[i - 1].text.strip())) and _quote_ends(lines, i, quoted_from):
                # a reply's quote of a message the document holds above it (b188's thread); a short line only where it
                # goes on with a quoted line ("meeting." ending a point quoted for the first time is the point's), and
                # a line only where a quote may begin, not inside a sentence a line above began (a point wrapped at
                # the words of the covering email's summary: adversarial review 41)
                reason = "quoted message"
            if not reason and ln.style == "body" and not parse_marker(text)[0] and not _BULLET.match(text) \
                    and len(text.split()) <= 60 and not _binds(text):
                # a site's alert banner: the line its close control ("Dismiss") follows, neither a list's item
                # nor a rule for either side ("Officers will close the meeting room at 10pm." / "Close")
                j = _next_filled(lines, i)
                if j is not None and lines[j].style == "body" and _CLOSE.match(lines[j].text.strip()):
                    reason = "site alert"
            if not reason and _NOTES_LABEL.fullmatch(text):
                # a handout's space to write in: "Notes:" over ruled lines ("________")
                j = _next_filled(lines, i)
                if j is not None and _RULED.fullmatch(lines[j].text.strip()):
                    reason = "space for notes"
            if not reason and ln.style == "body" and _SIGNED_FOR.fullmatch(text):
                # "Signed on behalf of the council:" over the names and posts that sign, wherever the block stands
                j = _next_filled(lines, i)
                nxt = lines[j].text.strip() if j is not None else ""
                # (a name, or a name with its post: "Chair and one other councillor sign every cheque" is a rule)
                # (or a blank to sign on: "Llofnodwyd ar ran y Cyngor / Signed on behalf of the Council:" / "........")
                if nxt and (_signature_line(nxt, first=True) and not _POST_LINE.match(nxt) or
                            re.fullmatch(r"[._…\s]{5,}", nxt)):
                    reason, signing = "signature", _SIGNATURE_LINES
            if not reason and ln.style == "body" and _signature_line(text, first=True) and not _POST_LINE.match(text) \
                    and not _NAME_POST.match(text):
                # a name alone over its post among the document's last lines, no sign-off above it ("Eleri Prosser" /
                # "Chair of the Standards Committee (Independent Member)" / "15 June 2026"): the report's signature
                j = _next_filled(lines, i)
                post = lines[j].text.strip() if j is not None else ""
                if j is not None and filled_after[i] <= 6 and lines[j].style == "body" and _POST_LINE.match(post) \
                        and _signature_line(post) and all(w[:1].isupper() or w.lower() in _POST_SMALL
                                                          for w in re.findall(r"[\w'’-]+", post)):
                    reason, signing = "signature", _SIGNATURE_LINES
            name = _QUOTED.sub("", text)
            if not reason and ln.style == "body" and len(name.split()) <= 2 and _signature_line(name, first=True) \
                    and not _POST_LINE.match(name) and any(f.reason == "email header" for f in st.furniture):
                # a message's closing name with no sign-off above it ("> 17. The Council will review ..." / "> Rachel"
                # / "--"): the last line of the message, under a full sentence, before the next message or the end
                j = _next_filled(lines, i)
                nxt = lines[j].text.strip() if j is not None else ""
                prv = next((q for q in (_QUOTED.sub("", l.text).strip() for l in reversed(keep)) if q), "")
                # (or over the sender's full name that holds it: "Ruth" / "Ruth Penhaligon" / "Clerk and RFO")
                full_name = len(nxt.split()) <= 5 and _signature_line(nxt, first=True) and \
                    re.search(rf"(?<!\w){re.escape(name.strip())}(?!\w)", nxt) is not None and nxt != name.strip()
                if re.search(r"[.!?]$", prv) and (not filled_after[i] or re.fullmatch(r"--\s*", nxt) or full_name or any(
                        r == "email header" and rx.match(nxt) for rx, r in pats["lines"])):
                    reason = "signature"
            if not reason and attending and attendance_goes_on(attending, text):
                # its wrapped end ("Monitoring Officer), Mrs A. Pryce (Director of"), or a vote's names wrapped ("For (9):
                # Cllrs Adebayo, ..., Quarrie," / "Sheldon and Thornley", b353's first run)
                reason = attending_reason
            attending, attending_reason = (text, reason) if reason in ("attendance list", "vote tally") else ("", "")
            if reason == "email header" or _QUOTE_END.fullmatch(text):
                quoted_from = ""  # a quote ends at the next message's header, a rule line or "[Quoted text hidden]"
                if reason == "email header" and _WROTE_LINE.search(text) and quotes < _MAX_QUOTES:
                    quotes, quote_at = quotes + 1, i
                    quoted_from = f" {_words_of(' '.join(l.text for l in lines[:i]))} "
            if reason:
                st.drop(ln, reason)
                if reason == "sign-off":
                    # (the names and posts under it are the signature's, to the first line with an address or a phone
                    # number: the contact block's, read whole later, clutter.py; "Many thanks," / "Ruth" / "Ruth
                    # Penhaligon" / "Clerk and RFO" / "The Old School Room, ...", b188's first run)
                    signing, signed_at = _SIGNATURE_LINES, i
                    # an email's sign-off near its end: what follows is its signature, the sender's contact lines and
                    # the council's disclaimer, however many lines they wrap to (a "P.S." is the sender's own text)
                    rest = [l for l in lines[i + 1:] if l.text.strip()]
                    if any(f.reason == "email header" for f in st.furniture) and len(rest) <= _EMAIL_TAIL_LINES:
                        email_tail = True
                if reason == "email footer" and text.startswith("--") and len(text) <= 3 and filled_after[i] <= _EMAIL_TAIL_LINES:
                    email_tail = True  # "-- " over the sender's signature, contact lines and disclaimer
                elif reason == "email footer" and _DISCLAIMER.match(text) and not re.search(r"[.!?]$", text):
                    disclaimer = True  # the disclaimer's paragraph goes on on the lines below, to a blank line
                continue
            label = next((r for rx, r in pats["labels"] if rx.match(text)), None)
            if label:
                st.drop(ln, label)
                skip_next, label_reason = True, label
                continue
            key = _norm_digits(text)
            if re.fullmatch(r"\d{1,4}", text) and (ln.page_pos or i in page_ends):
                st.drop(ln, "page number")  # in the page margin, or the first or last line of its page
                continue
            # a sentence is content even where it happens to open or close several pages
            body_like = bool(_DEC.match(text)) or bool(re.search(r"[.;:,!?]$", text) and len(text.split()) > 3)
            # (a longer one where it stands on every page of three or more: "Guidance Note 7 · March 2026 · For members
            # of the Society – this note is not legal advice")
            longest = 22 if len(pages) >= 3 and edge_pages[key] >= pages else 15
            if ln.page_pos and len(edge_pages[key]) >= repeat_min and len(text.split()) <= longest and not body_like:
                st.drop(ln, "running header" if ln.page_pos == "top" else "running footer")
                continue
            if i in edge_lines and len(pages) >= 2 and len(near_edge[key]) >= max(2, repeat_min) \
                    and len(near_edge[key]) * 2 >= len(pages) and len(text.split()) <= 12 and not body_like \
                    and not re.search(r"[.;:,!?]$", text) and not parse_marker(text)[0] and not _BULLET.match(text):
                st.drop(ln, edge_lines[i])  # the same line at the edge of most pages
                continue
            if (not pages and counts[key] >= 3 and len(text.split()) <= 12
                    and ("#" in key or len(text.split()) <= 8) and not re.search(r"[.;:,!?]$", text)
                    and not _BULLET.match(text) and not parse_marker(text)[0]
                    and at_page_edges(key)) or \
                    (counts[key] >= (2 if not pages else 3) and len(text.split()) <= 20
                     and not re.search(r"[.;:,!?]$", text) and not parse_marker(text)[0] and beside_page_numbers(key)):
                # (in a PDF too, where several slides stand on a page, each over its number and the deck's footer:
                # "3" / "Ashgarth County Council · Councillor Induction 2027", b188's first run made them headings)
                st.drop(ln, "repeated header/footer")
                continue
            if counts[key] >= 3 and beside_page_numbers(key) and line_kind(text)[0] == "document details":
                # (and a document's details over each page's number, a sentence though it is: "Adopted by the Town
                # Council on 11 March 2024 (Minute 24/061). Review: March 2026." / "Page 1 of 4", b310's first run)
                st.drop(ln, "repeated header/footer")
                continue
            if re.fullmatch(r"\d{1,4}", text) and (not pages or _slide_number(lines, i, counts, pages)):
                nxt = next((l.text.strip() for l in lines[i + 1:] if l.text.strip()), "")
                prv = next((l.text.strip() for l in reversed(lines[:i]) if l.text.strip()), "")
                # (a number ending the text after "... a quorum is:" is its answer; one over the running title that
                # heads each page is the page's: "2" / "Sedgeham Town Council – Protocol for Councillors and Staff")
                if (not nxt and not prv.endswith(":")) or nxt[:1].islower() or not re.search(r"[.:;!?]$", prv) \
                        or parse_marker(nxt)[0] or (counts[_norm_digits(nxt)] >= 2 and beside_page_numbers(_norm_digits(nxt))):
                    st.drop(ln, "page number")
                    continue
        keep.append(ln)
    return keep


def _slide_number(lines: list[Line], i: int, counts: Counter, pages: set) -> bool:
    """A bare number inside a PDF page over (or under) a line that stands three times or more in the document and on
    fewer pages than that: a slide's number beside the deck's footer, several slides to a page."""
    near = [ln.text.strip() for ln in (lines[i - 1] if i else None, lines[i + 1] if i + 1 < len(lines) else None)
            if ln is not None and ln.text.strip()]
    return any(counts[_norm_digits(t)] >= max(3, len(pages) + 1) and len(t.split()) <= 20
               and not re.search(r"[.;:!?]$", t) for t in near)


_CONTROL_HEADING = re.compile(r"[#*_\s]*(?:document|version|policy)\s+(?:control|details|information|history)[*_\s]*:?", re.I)
_CONTROL_DETAIL = re.compile(r"^[\w ()/'’&-]{1,40}:\s*\S|\t|\s\|\s|\bversion\b|\bv\d|\bissue\s+\d|\bminute\b|"
                             r"\b(?:approved|adopted|agreed|noted|reviewed|revised|ratified)\b", re.I)  # ... or a date
_QUOTED = re.compile(r"^\s*(?:>\s?)+")  # an email reply's quote marks ("> > ")
# a greeting that is only names: "Ruth," / "Mark, Ruth," / "Geoffrey and Ruth,"
_NAMES_GREETING = re.compile(r"(?:>\s?)*(?-i:[A-Z][\w'’-]{1,20})(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?-i:[A-Z][\w'’-]{1,20})){0,3}\s*,")
_WROTE_LINE = re.compile(r"\bwrote\s*:\s*$", re.I)
def _quote_ends(lines: list[Line], i: int, quoted_from: str) -> bool:
    """The lines from ``i`` on repeat the text above down to the end of a sentence or of their paragraph: a quote, not
    the head of a new paragraph that opens with the covering email's words and goes on with its own (review 41)."""
    for ln in lines[i:i + 50]:
        text = ln.text.strip()
        if not text:
            return True
        if f" {_words_of(text)} " not in quoted_from:
            return False
        if re.search(r"[.;:!?]\W*$", text):
            return True
    return True


_QUOTE_END = re.compile(r"[-_=*~–—]{3,}|\[\s*quoted\s+text\s+hidden\s*\]|-{2,}\s*(?:original|forwarded)\s+message\s*-{2,}", re.I)
_MAX_QUOTES = 50  # "... wrote:" lines whose quotes are compared with the text above them (each reads that text once)
_QUOTE_LINES = 200  # lines under an "... wrote:" line compared with the text above it (a quote is a message's length)


def _words_of(text: str) -> str:
    """``text``'s words, lower case, one space apart: what a quoted line is compared by."""
    return " ".join(re.findall(r"\w+", _QUOTED.sub("", text).lower()))


def _after_header(lines: list[Line], i: int, st: _State) -> bool:
    """The line above line ``i`` that has text, a few blank lines up at most, was set aside as an email's header
    ("To: …", "Cc: …")."""
    above = next((lines[j] for j in range(i - 1, max(i - 6, -1), -1) if lines[j].text.strip()), None)
    return above is not None and bool(st.furniture) and st.furniture[-1].line_no == above.line_no \
        and st.furniture[-1].reason == "email header"


def _disclaimer_paragraph(lines: list[Line], i: int) -> bool:
    """The paragraph from line ``i`` reads as an email's disclaimer (it speaks of its intended recipient, of receiving it
    in error, of privilege or viruses) and names neither side of a protocol."""
    text = " ".join(_paragraph_from(lines, i, 10))
    return bool(re.search(r"\b(?:intended\s+recipient|addressee|in\s+error|privileged|viruses?)\b", text, re.I)) \
        and not re.search(r"\b(?:councillors?|cllrs?|members?|officers?|clerk|staff|employees?|chair(?:man)?)\b", text,
                          re.I)


_EMAIL_TAIL_LINES = 40  # lines after an email's sign-off that may all be its signature and disclaimer
# the opening of an email's disclaimer ("This email and any attachments are intended only for ...")
_DISCLAIMER = re.compile(r"(?:this\s+e-?mail|this\s+message|the\s+information\s+(?:in|contained\s+in)\s+this\s+"
                         r"(?:e-?mail|message)|if\s+you\s+(?:have\s+)?received\s+this|confidentiality\s+(?:notice|"
                         r"warning)|disclaimer)\b", re.I)


MAX_LINE_CHARS = 5000
_BY_LINE = re.compile(r"(?:prepared|written|produced|published|issued|maintained)\s+by\b(?!\W*:)", re.I)  # who made a page


# furniture whose pattern reads like words of a sentence: a line matching one is furniture only where it stands on its own
_OWN_LINE = frozenset({"form", "speaker line", "attendance list", "page updated", "copy status", "availability note",
                       "signature", "security marking", "meeting listing", "comment widget"})


_MID_SENTENCE = frozenset({"time stamp", "editorial note", "source note", "sign-off"})  # kinds a sentence may hold


def _text_above(keep: list[Line]) -> str:
    """The last line kept so far that has text, stripped ("" where none has)."""
    return next((k.text.strip() for k in reversed(keep) if k.text.strip()), "")


def _inside_sentence(lines: list[Line], i: int, keep: list[Line], text: str) -> bool:
    """Line ``i`` stands inside a sentence: the next line goes on in lower case, and the line above (where it is
    text, not furniture) does not end one, or carries on into this one."""
    j = _next_filled(lines, i)
    below = j is not None and j == i + 1 and bool(re.match(r"[a-z]", lines[j].text.strip()))
    above = bool(i and keep and keep[-1] is lines[i - 1] and lines[i - 1].text.strip())
    if above and _runs_into(lines[i - 1].text, text):
        return True
    return below and (not above or not re.search(r"[.!?:;]$", lines[i - 1].text.strip()))


def _goes_on_below(lines: list[Line], i: int) -> bool:
    """Line ``i`` stops short of a sentence's end and the next line goes on with it in lower case."""
    text = lines[i].text.strip()
    below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    # (or in a bracket, or after a word that cannot end it: "... and Cllr E Pollard" / "(illness). It was resolved to
    # accept the reasons given.", "... at 7.30pm in the" / "Village Hall.", round 83)
    return not _ENDS_SENTENCE.search(text) and bool(
        re.match(r"[a-z]|\([a-z]", below)
        or (below and re.search(r"\b(?:the|in|at|of|on|to|for|and|by|from|with)$", text, re.I)))


def _ends_on_initial(lines: list[Line], i: int) -> bool:
    """Line ``i`` stops on a councillor's initial and the next line holds only the surname, with its reason in brackets
    ("... and Cllr E." / "Yates (illness)."; not "Yates (illness). The Council adopted ...": adversarial review 58)."""
    below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return bool(_ENDS_ON_INITIAL.search(lines[i].text.strip())
                and re.fullmatch(_SURNAME + r"[.;]?", below))


_DAY_END = re.compile(r"\b(?:on|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s+\d{1,2}(?:st|nd|rd|th)?$", re.I)
_MONTH_GOES_ON = re.compile(rf"(?:{_MONTHS})"
                            r"(?:\s+\d{4})?(?:,?\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)?"
                            r"(?:\s+in\s+[^.;]{1,60})?\.?", re.I)


def _last_name_below(lines: list[Line], i: int) -> bool:
    """Line ``i`` leaves a list of names open ("... and", "... and District") and the next line is one titled name, with
    its reason, that ends the sentence ("Cllr A Fenn.", "Mrs P Lowe (holiday).")."""
    below = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    return bool(_LIST_LEFT_OPEN.search(lines[i].text.strip()) and _TITLED_NAME_ENDS.fullmatch(below))


def _titled_names_below(lines: list[Line], i: int) -> int | None:
    """The next line with text after line ``i`` (across one blank line at most) where it opens on a titled name and its
    reason ("Cllr N Pryce (illness). ..."), else None."""
    for j in (i + 1, i + 2):
        if j < len(lines) and lines[j].text.strip():
            return j if _TITLED_NAME_FIRST.match(lines[j].text.strip()) else None
    return None


_SURNAME = r"[A-Z][a-z'’-]+(?:\s*\([^()]{1,60}\))?"  # a surname after an initial, with its reason: "Yates (illness)"
_SURNAME_FIRST = re.compile(_SURNAME + r"[.;]\s+\S")  # ... and a sentence after it
_TITLE = r"(?i:cllrs?|councillors?|mr|mrs|ms|miss|dr)\.?"  # a councillor's or a person's title
_TITLED_NAME = _TITLE + r"\s+(?:[A-Z]\.?\s+){0,3}" + _SURNAME  # "Cllr N Pryce (illness)"
_TITLED_NAME_FIRST = re.compile(_TITLED_NAME + r"[.;]\s+\S")  # ... and a sentence after it
_TITLED_NAME_ENDS = re.compile(_TITLED_NAME + r"\.")  # ... ending the sentence: "Cllr A Fenn."
# a list of names left open at a line's end, or before the tier of its last councillor's council ("... and District")
_LIST_LEFT_OPEN = re.compile(r"(?:,|\band(?:\s+(?:District|County|Borough|Parish|Town|City))?)$")
_ENDS_ON_INITIAL = re.compile(r"\b" + _TITLE + r"\s+(?:[A-Z]\.\s*){1,3}$", re.I)
# ... or on a first name ("... and Councillor Ian" / "Bastow. Councillor Nandra attended as substitute ...", round 83)
_ENDS_ON_FIRST_NAME = re.compile(r"\b" + _TITLE + r"\s+[A-Z][a-z]+$")


def _record_paragraph_end(lines: list[Line], i: int, patterns, records: list[re.Pattern]) -> int | None:
    """The last line of the paragraph from line ``i`` (six lines at most) where that paragraph is a meeting's record
    whole, or two records or more (``records``, the patterns of that reason), else None."""
    para = _paragraph_from(lines, i, 6)
    whole = fold_spaces(" ".join(para))
    # (two records or more: "Apologies were received ... and from the" / "Clerk. Cllr V Doran was absent without
    # apology.", adversarial review 86)
    return i + len(para) - 1 if _is_record(whole, patterns) or _records_only(whole, records) else None


def _paragraph_from(lines: list[Line], i: int, most: int) -> list[str]:
    """The stripped lines of the paragraph from line ``i`` to the next blank line, ``most`` lines at most."""
    para = []
    for ln in lines[i:i + most]:
        if not ln.text.strip():
            break
        para.append(ln.text.strip())
    return para


_ENDS_SENTENCE = re.compile(r"[.!?:;)\]”\"]$")  # a line that ends its sentence (or a bracket, a quotation)
_BARE_TIME = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\.?", re.I)


def _runs_into(above: str, text: str) -> bool:
    """Does ``text`` carry on the sentence of the line above it: that line stops on a comma or a word no statement ends
    with, or this one starts in lower case?"""
    above = above.strip()
    if not above or _ENDS_SENTENCE.search(above):
        return False
    last = above.split()[-1].lower()
    return above.endswith(",") or last in _patterns()["no_end"] or bool(re.match(r"[a-z][a-z'’-]*\b", text))


def _signature_tail(text: str) -> bool:
    """A line of what follows an email's sign-off: a name, a post, an address, a phone number, a web address, a rule,
    a note of working days; not a new message's header, a heading in capitals, a numbered or bulleted point, a
    "RESOLVED" line or a sentence with a rule in it ("N.B. Members must not …", "P.S. …"): the sender's own text goes
    on there (adversarial review 27: a protocol pasted under the sign-off, minutes quoting an email)."""
    if re.fullmatch(r"[-_=*~–—]{3,}", text):
        return True  # the rule above a disclaimer
    if RULE_VERB.search(text) and not _CONTACT_BITS.search(text) or parse_marker(text)[0] or _BULLET.match(text):
        return False
    if re.match(r"(?:-{2,}\s*(?:original|forwarded)|(?:from|sent|to|subject|date)\s*:|p\.?\s?s\b|n\.?\s?b\b)", text, re.I):
        return False
    if re.match(r"[A-Z]{4,}\b", text) and not _CONTACT_BITS.search(text):
        return False  # "RESOLVED that ...", "PROTOCOL ON MEMBER/OFFICER RELATIONS"
    if _WROTE_LINE.search(text) or re.match(r"dear\b", text, re.I):
        return False  # the message it replied to, quoted below ("On Tue, 3 Mar 2026 ... wrote:" / "Dear Anita,"): a short
        # thread's earlier message is no part of the signature (b197's first run)
    return len(text.split()) <= 25
_NOTES_LABEL = re.compile(r"(?:your\s+|my\s+)?notes?\s*:?", re.I)
_RULED = re.compile(r"[_.…-]{10,}")
# ("Page 3", "Page 3 of 9", and a page numbered within its part: "Page 5F/3", "Page C-12")
_ENDS_IN_PAGE = re.compile(r"\bpage\s+(?:(?:\d{1,3}[a-z]{1,2}|[a-z]{1,2}\d{0,3})\s?[/.–-]\s?)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$", re.I)


# a chart's arrow or connector drawn in letters ("v", "| v", "OR", "-- OR --"), which furniture.yaml records as such
_LETTER_ARROW = re.compile(r"[|│]?\s*(?:v|V|OR)\s*|[-–—\s]*OR[-–—\s]*")
_BOX_LINE = re.compile(r"\s*(?:\+[-=+]{3,}\+?|[|│]|[▼▲↓↑⬇→←⇒➔➜]+)\s*")


def _filled(lines: list[Line], i: int, step: int) -> int | None:
    """The index of the nearest line with text above ``i`` (``step`` -1) or below it (1), if any."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].text.strip():
        j += step
    return j if 0 <= j < len(lines) else None


def _record_heading_above(lines: list[Line], i: int, pats: dict) -> str | None:
    """The heading of a meeting's record (furniture.yaml ``record_headings``: "Declarations of interest", "Date of next
    meeting") that is the nearest line with text above line ``i``, not a table's cell; None when there is none."""
    j = _filled(lines, i, -1)
    above = lines[j].text.strip() if j is not None and lines[j].cells is None else ""
    return above if above and pats["record_headings"].match(above) else None


def _between_boxes(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands in a chart drawn in text: the nearest filled lines above it and below it are each a box's edge
    ("+-----+"), a lone "|" or an arrow (not a line of text between bars, which may be a table's row)."""
    for step in (-1, 1):
        j = _filled(lines, i, step)
        if not (j is not None and lines[j].cells is None and _BOX_LINE.fullmatch(lines[j].text)):
            return False  # (on both sides, and never a table's row: an "OR" between two rows of a table, or under a
            # table's row over text, is a choice the reader must see: adversarial review 78)
    return True


# how the next meeting's date opens: the meeting named before a colon, a day or a date first, or "The next meeting ..."
_MEETING_WHEN = re.compile(r"\W*(?:[\w ]{0,40}\bmeeting\b[^:.]{0,40}:|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|"
                           r"rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:the\s+)?next\s+(?:\w+\s+)?meeting\b|"
                           r"(?:date|time|venue)\s*:)", re.I)


def _next_meeting_date(lines: list[Line], i: int, text: str, pats: dict) -> int | None:
    """The date, time and place of the next meeting as the first paragraph under the record's heading ("Date of next
    meeting" / "Annual Meeting of the Council: Monday 20 May 2024 at 7.00pm in the Council" / "Chamber."): the index of
    its last line (it may wrap over two more), or None. A paragraph that binds anyone (a modal) is text."""
    above = _record_heading_above(lines, i, pats)
    if above is None or lines[i].cells is not None or not re.search(r"\bnext\s+meeting\b", above, re.I) \
            or len(above.split()) > 10:
        return None
    end = i
    while end + 1 < len(lines) and end - i < 2 and lines[end + 1].text.strip() and lines[end + 1].cells is None \
            and not re.search(r"[.!?]$", lines[end].text.strip()):
        end += 1
    para = " ".join(ln.text.strip() for ln in lines[i:end + 1])
    if not (_DATE.search(para) and _CLOCK.search(para)) or _MODAL.search(_DATE.sub(" ", para)) or len(para.split()) > 40 \
            or not _MEETING_WHEN.match(para) or re.search(r"[.;]\s+\S", para):
        return None  # (a rule with a date, "Councillors are required to submit agenda items ... by 5pm on 3 June 2024",
        # stays text: adversarial review 77; so does a paragraph that goes on after the date, "Thursday 12 June 2024 at
        # 7pm. No filming ... is permitted without the prior consent of the Chair.": adversarial review 78)
    return end


def _nothing_to_record(lines: list[Line], i: int, text: str, pats: dict) -> bool:
    """An item of a meeting with nothing to record ("None.", "Nil", "To be arranged if required.", numbered or not) as the
    first line under a heading of the record ("Declarations of interest", "6. Background Papers", "Date of next meeting":
    furniture.yaml ``record_headings``); under a question, as a list's item or a table's cell it is an answer."""
    marker, bullet, rest = parse_marker(text)
    if bullet or marker is not None and marker.kind not in ("dec", "num"):
        return False  # ("(c) to be arranged as required.", "• None": a list's item)
    if not pats["nothing_to_record"].match(rest) or lines[i].cells is not None:
        return False
    return _record_heading_above(lines, i, pats) is not None


def _page_edges(lines: list[Line]):
    """In unpaged text, is a repeated line a page's header or footer: does each occurrence stand at
    a page edge (the start or end of the text, beside a page number or a break of two blank lines)?
    A content line repeated inside the body ("Stage 1 reply within 5 working days.") is not.

    Returns that test ``key -> bool`` and a stricter one (every occurrence beside a page number); the
    text is indexed once and each key's answer kept, so a document of many repeated lines costs linear
    time (it was quadratic in them, and hung on a page of 20,000 nested list items)."""
    texts = [ln.text.strip() for ln in lines]
    filled = [i for i, t in enumerate(texts) if t]
    order = {i: k for k, i in enumerate(filled)}
    hits_of: dict[str, list[int]] = defaultdict(list)
    for i in filled:
        hits_of[_norm_digits(texts[i])].append(i)
    pats = _patterns()
    answers: dict[str, bool] = {}

    page_rx = [rx for rx, r in pats["lines"] if r == "page number"]
    labels: dict[int, bool] = {}

    def page_label(j: int) -> bool:  # "Page 2 of 5", not a bare "2" (a list's own step number); each line once
        # (or a footer that ends in its page number: "HR Policy HR-03 | Uncontrolled when printed | Page 14 of 31")
        if j not in labels:
            labels[j] = any(rx.match(texts[j]) for rx in page_rx) or bool(_ENDS_IN_PAGE.search(texts[j]))
        return labels[j]

    def page_mark(j: int) -> bool:
        return bool(re.fullmatch(r"\d{1,4}", texts[j])) or page_label(j)

    def edge(i: int, key: str) -> bool:
        k = order[i]
        if _ENDS_IN_PAGE.search(texts[i]):
            return True  # the line carries its page number ("Guidance v3.1    Page 2 of 3")
        if k < 2 or k >= len(filled) - 2:
            return True
        prev_i, next_i = filled[k - 1], filled[k + 1]
        if i - prev_i > 2 or next_i - i > 2:
            return True
        return page_mark(prev_i) or page_mark(next_i) or \
            (_norm_digits(texts[prev_i]) != key and page_mark(filled[k - 2])) or \
            (k + 2 < len(filled) and page_mark(filled[k + 2]))

    def at_page_edges(key: str) -> bool:
        if key not in answers:
            hits = hits_of.get(key, [])
            answers[key] = sum(edge(i, key) for i in hits) >= max(2, (2 * len(hits) + 2) // 3)
        return answers[key]

    beside: dict[str, bool] = {}

    def beside_page_numbers(key: str) -> bool:
        """Every occurrence stands next to a page label ("Page 1 of 5" / "Council – Protocol …"), or opens the
        text: a running header however long, where a break of blank lines alone would not do."""
        if key not in beside:
            hits = hits_of.get(key, [])
            same_words = len(hits) >= 3 and len({texts[i] for i in hits}) == 1
            # (or, a title's words, under a bare page number: "2" / "Sedgeham Town Council – Protocol for Councillors
            # and Staff" / "6.3 Councillors must not ...", a PDF viewer's copy, b182 first run)
            beside[key] = len(hits) >= 2 and any(order[i] > 0 for i in hits) and all(
                order[i] == 0 or (order[i] > 0 and page_label(filled[order[i] - 1])) or
                (order[i] > 0 and page_mark(filled[order[i] - 1]) and title_like(i)) or
                (order[i] + 1 < len(filled) and page_label(filled[order[i] + 1])) or
                # (or over one: a slide deck's footer over the slide's number, "Strelby District Council | Councillor
                # Induction 2024 | Session 3: Working with officers" / "4", under the slide's last bullet, b267; the same
                # words each time, three times or more, not a table's row labels over their values, "Stage 1 Response
                # Time In Working Days" / "5", "Stage 2 ..." / "10": adversarial review 58)
                (same_words and order[i] + 1 < len(filled) and page_mark(filled[order[i] + 1]) and title_like(i)) or
                interrupting(i) for i in hits)
        return beside[key]

    def title_like(i: int) -> bool:
        """Most words capitalised, no sentence's end: "Wraxby District Council – Member/Officer Protocol", not a
        step's "Speak to the officer concerned"."""
        words = re.findall(r"[A-Za-z][\w'’/-]*", texts[i])
        return bool(words) and sum(1 for w in words if w[0].isupper()) * 5 >= len(words) * 3 \
            and not re.search(r"[.:;!?]$", texts[i])

    def interrupting(i: int) -> bool:
        """A line after a bare page number ("1") that stands inside a sentence: the line before the number
        does not end it, and the line after goes on in lower case ("... must not become involved in the" / "1" /
        "Wraxby District Council – Member/Officer Protocol" / "day-to-day management ..."). (A step's text after
        its own number, "1" / "Raise the concern with the line manager", is followed by the next step.)"""
        k = order[i]
        if k < 2 or k + 1 >= len(filled) or not re.fullmatch(r"\d{1,4}", texts[filled[k - 1]]):
            return False
        return title_like(i) and not re.search(r"[.:;!?]$", texts[filled[k - 2]]) and texts[filled[k + 1]][:1].islower()

    return at_page_edges, beside_page_numbers


def _drop_entry(b: Block, st: _State, reason: str) -> None:
    """Record a contents entry as furniture: its line, or, where the entry is a piece of a longer line (a page whose
    line breaks were lost, "On this page: 1. Introduction 2. Roles …"), the entry itself."""
    whole = " ".join(ln.text.strip() for ln in b.lines)
    if len(b.lines) == 1 and len(whole) > 2 * len(b.text) + 40:
        label = f"{b.marker.label}. " if b.marker is not None else ""
        st.drop(Line(text=label + b.text.strip(), line_no=b.lines[0].line_no, page=b.lines[0].page), reason)
        return
    for ln in b.lines:
        st.drop(ln, reason)


_TITLED = re.compile(r"(?:slide|session|module|part|section|step|unit|chapter|topic)\s+\w{1,4}\s*[–—:-]\s*(\S.*)$", re.I)


_GOES_ON = re.compile(r"\s*(?:he|she|they|his|her|their|this|that|it)\b", re.I)


def _wrapped_records(blocks: list[Block], st: _State) -> list[Block]:
    """A meeting's procedural record wrapped over two or more lines ("RESOLVED that the minutes of the meeting held on 16
    July 2024 be confirmed as a correct record and" / "signed by the Chair."), which no line holds whole, is furniture as
    it is on one line (b232's first run: a PDF's minutes). Only a paragraph without a number of its own, read whole.
    The records furniture.yaml ``paragraphs`` lists (a councillor's declaration of interest) are matched here alone, on a
    paragraph of one to six lines, numbered or not, and never on one of its lines (adversarial review 56)."""
    patterns = _patterns()
    pats = [rx for rx, r in patterns["lines"] if r == "meeting record"]
    whole_only = patterns["paragraphs"]
    out = []
    for k, b in enumerate(blocks):
        if b.kind == "para" and 1 <= len(b.lines) <= 6 and b.style == "body":
            whole = fold_spaces(" ".join(ln.text.strip() for ln in b.lines))
            reason = None
            if b.marker is None and len(b.lines) >= 2 and len(whole) <= 400 and any(rx.match(whole) for rx in pats):
                reason = "meeting record"
            elif len(whole) <= 700 and not (k + 1 < len(blocks) and _GOES_ON.match(blocks[k + 1].text)):
                # (not where the next paragraph goes on about the councillor: "He then remained in the room and voted")
                text = parse_marker(whole)[2] or whole if b.marker is not None else whole
                reason = next((r for rx, r in whole_only if rx.match(text)), None)
                if reason is None and b.marker is None and _records_only(text, pats + [rx for rx, _ in whole_only]):
                    reason = "meeting record"
            if reason:
                for ln in b.lines:
                    st.drop(ln, reason)
                continue
        out.append(b)
    return out


_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z(“\"'])")


def _records_only(text: str, patterns: list[re.Pattern]) -> bool:
    """Is ``text`` two or more sentences, each of them a meeting's procedural record on its own ("The members of the public
    left the meeting at 8.41 pm. Cllr Prentice left the meeting.", "RESOLVED that the minutes ... be approved as a correct
    record. Proposed Cllr Fenwick, seconded Cllr Marsh; all in favour.": b274's and b277's first runs)? A sentence that
    says anything more keeps the paragraph a clause."""
    sentences = _SENTENCE_BREAK.split(text.strip())
    return len(sentences) >= 2 and all(any(rx.match(s) for rx in patterns) for s in sentences)


def _mark_tables_of_contents(blocks: list[Block], st: _State) -> None:
    """Tables of contents and "In this section" lists are not clauses: mark them furniture."""
    pats = _patterns()
    # where each paragraph text last stands, so that "recurs later" is one look-up (blocks after
    # the current run are not changed before the loop reaches them)
    last_at: dict[str, int] = {}
    body_before = [0]  # body_before[k]: blocks before k that are no contents entry (each block tested once)
    for k, b2 in enumerate(blocks):
        if b2.kind == "para":
            last_at[fold_spaces(b2.text).lower()] = k
            # (a heading numbered in words points back too: "Slide 3 – Who does what" is the entry "Who does what")
            titled = _TITLED.match(b2.text) if len(b2.lines) == 1 and not re.search(r"[.;,!?]$", b2.text) else None
            if titled:
                last_at[fold_spaces(titled.group(1)).lower()] = k
        body_before.append(body_before[-1] + (not _toc_entry(b2)))
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "para" and pats["toc"].match(parse_marker(b.text)[2] or b.text) and len(b.lines) == 1:
            b.kind = "toc"
            _drop_entry(b, st, "table of contents")
            j = i + 1
            kind0 = blocks[j].marker.kind if j < len(blocks) and blocks[j].marker else None
            dotted = j < len(blocks) and bool(_DOTTED.search(blocks[j].text))
            seen: set[str] = set()
            # (an "In this section" list whose entries pair off as "The role of Members" / "The role of Officers" was
            # read as a table flattened one cell a line: its rows are entries too)
            while j < len(blocks) and (blocks[j].kind == "para" and _toc_entry(blocks[j]) or _toc_row(blocks[j])) \
                    and blocks[j].style != "heading" and (blocks[j].marker.kind if blocks[j].marker else None) == kind0 \
                    and (not dotted or _DOTTED.search(blocks[j].text)) \
                    and _toc_key(blocks[j].text) not in seen:
                seen.add(_toc_key(blocks[j].text))
                blocks[j].kind = "toc"
                _drop_entry(blocks[j], st, "table of contents")
                j += 1
            _entries_are_headings(blocks[j:], seen)
            i = j
            continue
        # a run of short unpunctuated entries, some of which recur later as headings
        if b.kind == "para" and _toc_entry(b):
            j = i
            kind0 = b.marker.kind if b.marker else None
            in_run: set[str] = set()  # an entry standing again is the body's first heading: the run ends
            # (a "Contents" heading ends the run: its own list follows it)
            while j < len(blocks) and blocks[j].kind == "para" and _toc_entry(blocks[j]) \
                    and (blocks[j].marker.kind if blocks[j].marker else None) == kind0 \
                    and _toc_key(blocks[j].text) not in in_run \
                    and not (j > i and len(blocks[j].lines) == 1 and pats["toc"].match(parse_marker(blocks[j].text)[2] or blocks[j].text)):
                in_run.add(_toc_key(blocks[j].text))
                j += 1
            run = blocks[i:j]
            if len(run) >= 3:
                texts = [fold_spaces(parse_marker(r.text)[2] if r.marker else r.text).lower() for r in run]
                # an entry recurs when it stands again as the heading it points to, over body text or below
                # it; a cell value repeated in the next rows of a table flattened one cell a line ("2
                # working days" among more short cells) is no contents entry
                recurs = sum(1 for t in texts if last_at.get(t, -1) >= j and (
                    body_before[last_at[t]] > body_before[j]
                    or (last_at[t] + 1 < len(blocks) and body_before[last_at[t] + 2] > body_before[last_at[t] + 1])))
                # (a count after its label's colon is a figure, not a page: "referred for formal investigation: 4"
                # under "The complaints were dealt with as follows:", b338's first run lost four such items)
                dotted = sum(1 for r in run if re.search(r"(\.{3,}|…)\s*\d+$|(?<!:)\s\d{1,3}$", r.text))
                links = sum(1 for r in run if r.style == "link")
                if recurs >= 1 or dotted >= 2 or links == len(run):
                    for r in run:
                        r.kind = "toc"
                        _drop_entry(r, st, "table of contents" if links < len(run) else "link list")
                    _entries_are_headings(blocks[j:], {_toc_key(t) for t in texts})
                    i = j
                    continue
                # a shorter run starting inside this one recurs no more and is no more dotted; it can
                # only pass as a list of links, so start after the last entry that is not a link
                i += max(k for k, r in enumerate(run) if r.style != "link") + 1
                continue
        i += 1


def _entries_are_headings(rest: list[Block], entries: set[str]) -> None:
    """Where an entry of a contents or "On this page" list stands again below it, on a line of its
    own, it is the heading it points to, whatever its shape (a question, a sentence ending in "?")."""
    for b in rest:
        if b.kind == "para" and len(b.lines) == 1 and b.marker is None \
                and _toc_key(fold_spaces(b.text)) in entries:
            b.style = "heading"


# a leader before a closing page number; each run is entered only at its start (a look-behind), so a
# line of thousands of spaces or dots is read in linear time
_DOTTED = re.compile(r"(?:(?<!\.)\.{3,}\s*|…\s*|(?<!\s)\s{2,}|(?<!\s)\t)\d{1,3}$")


def _toc_row(b: Block) -> bool:
    """A row of a table flattened one cell a line (its table numbered below 0) whose cells are all contents entries
    (short, unpunctuated)."""
    return b.kind == "row" and (b.table is None or b.table < 0) and bool(b.cells) and all(
        len(c.split()) <= 12 and not re.search(r"[.;:,!]$", c.strip()) for c in b.cells)


def _toc_key(text: str) -> str:
    return re.sub(r"[\s.…]*\d*$", "", text).strip().lower()


def _toc_entry(b: Block) -> bool:
    text = b.text.strip()
    if re.search(r"(\.{3,}|…)\s*\d+$", text):
        return True
    if b.marker is not None and b.marker.kind not in ("bullet", "dec", "num"):
        return False
    if len(b.lines) > 1 or len(text.split()) > 20:
        return False
    return not re.search(r"[.;:,!]$", text)
