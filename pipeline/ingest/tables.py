"""Tables: Members | Officers rows become cells, and cells become clause statements (garbled duplicate cells dropped)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Clause, Document, Line, Trace
from ..resources import load_rules
from .blocks import _ABBREVIATION_END, _GRID_RULE, _ROMANS, Block, _State, _ends_on_dangling_word, _patterns
from .clean import BULLET_GLYPHS, MODAL, clause_text, fold_spaces, join_wrapped
from .clutter import _DATE, control_title, line_kind
from .furniture import _signature_line
from .numbering import parse_marker

_WORD = re.compile(r"[a-z0-9]+")
# a bullet that opens a line of a cell, or any glyph bullet inside it ("▪ one ▪ two"): a cell's list items
_CELL_BULLET = re.compile(r"\s*(?:\n\s*[" + BULLET_GLYPHS + r"\-–*]\s*|(?:^|\s)[" + BULLET_GLYPHS + r"]\s*)")



_NEGATION = re.compile(r"\b(?:not|never|cannot|nor)\b|n['’]t\b", re.I)

def _party_of(text: str) -> str | None:
    for party, rx in _patterns()["parties"].items():
        if rx.match(text.strip().rstrip(":")):
            return party
    return None


def _garbled_duplicate(a: str, b: str) -> tuple[bool, str]:
    """Is cell ``a`` a garbled copy of cell ``b``: its words, some cut short, in ``b``'s order?

    PDF extraction of overlapping table cells yields text like "their relationship with
    othe advance their personal inte" beside the full cell. Returns (garbled, the words
    of ``a`` that lead into ``b``'s first word, which are kept).
    """
    ta = _WORD.findall(a.lower())
    tb = _WORD.findall(b.lower())
    if len(ta) < 3 or len(tb) < len(ta) * 0.8:
        return False, ""
    # (a number of its own is no copy: "Within 1 working day" beside "Within 10 working days", b306's table)
    if any(w.isdigit() and w not in tb for w in ta):
        return False, ""
    matched = 0
    truncated = 0
    pos = 0
    first_hit = None
    span = []  # where in ``b`` the words were found
    for n, w in enumerate(ta):
        for k in range(pos, len(tb)):
            if tb[k] == w or (len(w) >= 2 and tb[k].startswith(w)):
                matched += 1
                # (a cut of three letters or more is evidence of garbling; a two-letter one may be a word of its own:
                # "in" is no cut of "individual", b270's first run, though "th" and "gi" are cuts where most words match)
                truncated += tb[k] != w and len(w) >= 3
                pos = k + 1
                span.append(k)
                if first_hit is None:
                    first_hit = n
                break
    ratio = matched / len(ta)
    if not (ratio >= 0.9 or (ratio >= 0.7 and truncated >= 1)):
        return False, ""
    # (a copy runs together in ``b``: "Leader of the Council and Chief Executive" is no copy of a commentary whose
    # sentences hold those words far apart, b155's action plan)
    if span and span[-1] - span[0] + 1 > 2 * len(ta) + 2:
        return False, ""
    lead = a.split()[:first_hit] if first_hit else []
    return True, " ".join(lead) if 0 < len(lead) <= 4 else ""


def _cell_paragraphs(part: str) -> list[str]:
    """A Word or web table cell's paragraphs, each a statement where the one before it ends a sentence and it starts
    another: the author's own break ("Keep personal information secure." / "Tell the Chair at once if …"). Not after
    an abbreviation ("No.", "Cllr.", "e.g.") or a bare marker ("1."), and not in a cell whose lead-in ends on a colon
    (its items stay with it)."""
    lines = part.split("\n")
    if len(lines) < 2 or any(ln.rstrip().endswith(":") for ln in lines):
        return [part]
    out = [lines[0]]
    for ln in lines[1:]:
        prev = out[-1].rstrip()
        ends = re.search(r"[.!?][\"”’')]*$", prev) and not _ABBREVIATION_END.search(prev) \
            and not re.fullmatch(r"\(?[\w.]{1,8}[.)]", prev.strip())
        if ends and re.match(r"[\"“‘(]?[A-Z]", ln.strip()):
            out.append(ln)
        else:
            out[-1] = out[-1] + "\n" + ln
    return out



_BR = re.compile(r"<br\s*/?>", re.I)
# a title's next word, carrying on a name broken by a "<br>" ("the Council<br>Leader", "the Standards<br>Committee")
_TITLE_GOES_ON = re.compile(r"(?:Leader|Officers?|Members?|Committee|Council|Chair(?:man)?|Executive|Services?|Director|"
                            r"Manager|Team|Cabinet|Clerk)\b(?!\s+(?:must|should|shall|will|may|can|cannot|is|are)\b)")


def _split_statements(cell: str, paragraphs: bool = False, hard_breaks: bool = False) -> list[str]:
    """A cell may hold several statements: bullets, sentences run together without punctuation, or (with
    ``paragraphs``: a Word or web table, whose line breaks are the author's) paragraphs that each end a sentence;
    with ``hard_breaks`` (a PDF's cell) a blank line is where the author broke a line (pdf._hard_breaks)."""
    if hard_breaks and "\n\n" in cell:
        parts = [p for p in cell.split("\n\n") if p.strip()]
        if len(parts) > 1 and all(re.search(r"[.!?][\"”’')]*$", a.rstrip()) and re.match(r"[\"“‘(]?[A-Z]", b.strip())
                                  for a, b in zip(parts, parts[1:])):
            return [st for part in parts for st in _split_statements(part)]
    if _BR.search(cell):
        # a Markdown table's "<br>": the author's break between two statements ("Acknowledgement within 2 working
        # days<br>Full reply within 10 working days"), unless the text goes on in lower case or after a joining word
        pieces: list[str] = []
        for seg in (x.strip() for x in _BR.split(cell)):
            if pieces and seg and (not seg[:1].isupper() or _ends_on_dangling_word(pieces[-1])
                                   or _TITLE_GOES_ON.match(seg)):
                pieces[-1] = f"{pieces[-1]} {seg}"
            elif seg:
                pieces.append(seg)
        return [st for piece in pieces for st in _split_statements(piece, paragraphs)]
    cell = re.sub(r"\n\s*\n+", "\n", cell)  # (blank lines say nothing more, and a run of them made the bullet split slow)
    parts = [p for p in _CELL_BULLET.split(cell) if p and p.strip()]
    if paragraphs:
        parts = [q for p in parts for q in _cell_paragraphs(p) if q.strip()]
    out: list[str] = []
    for part in parts:
        lines = [l.strip() for l in part.split("\n") if l.strip()]
        merged = ""
        for l in lines:
            merged = join_wrapped(merged, l)
        pieces = [merged]
        for rx in _patterns()["openers"]:
            pieces = [s for p in pieces for s in rx.split(p) if s is not None]
        out.extend(p.strip() for p in pieces if p.strip())
    return out


_CELL_ITEM = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,4})\)\s+(?=\S)")


def _cell_items(cell: str) -> tuple[str, str, list[str], str] | None:
    """A cell that holds a lead-in and its lettered items, each on a line of its own ("Officers must be impartial. In
    giving advice they will:" / "(a) set out the options fairly;" / "(b) give their honest view"): the text before
    the lead-in, the lead-in (its last sentence, ending on a colon) and the items; None for any other cell."""
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    first = next((i for i, ln in enumerate(lines) if _CELL_ITEM.match(ln)), None)
    if not first or not lines[first - 1].endswith(":") or not re.match(r"\(?[ai]\)", lines[first]):
        return None
    roman = re.match(r"\(?i\)", lines[first]) is not None
    order = _ROMANS if roman else [chr(c) for c in range(ord("a"), ord("z") + 1)]
    items: list[str] = []
    after = ""  # what follows the items: a line marked out of their order, and all below it
    for k, ln in enumerate(lines[first:], first):
        m = _CELL_ITEM.match(ln)
        if m and len(items) < len(order) and re.sub(r"[()\s]", "", m.group(0)) == order[len(items)]:
            items.append(_CELL_ITEM.sub("", ln, count=1))
        elif m:
            after = "\n".join(lines[k:])
            break
        else:
            items[-1] = join_wrapped(items[-1], ln)
    if len(items) < 2:
        return None
    # (the last item ends at its sentence's end: "give their honest view. Councillors must not press them to change
    # it." is an item and a rule of its own)
    tail = re.search(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z])", items[-1])
    if tail:
        items[-1], after = items[-1][:tail.start() + 1].strip(), (items[-1][tail.end():] + "\n" + after).strip()
    before = ""
    for ln in lines[:first]:
        before = join_wrapped(before, ln)
    cut = max((m.end() for m in re.finditer(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z])", before)), default=0)
    return before[:cut].strip(), before[cut:].strip(), items, after


def _clean_cell(cell: str) -> str:
    """A cell's lines, spaces folded; a blank line between two (a PDF cell's hard break, pdf._hard_breaks) kept once."""
    return re.sub(r"\n{3,}", "\n\n", "\n".join(fold_spaces(l) for l in cell.split("\n")).strip("\n"))


_FIGURE = re.compile(r"[£$]?\d[\d.,]*%?")  # a statistics table's cell: "27", "£450", "12.5%"


_COVER_CELL = re.compile(r"\b(?:version|v\d|ref(?:erence)?|issue|constitution|part\s+\d+|document|date|updated|owner|"
                         r"council)\b", re.I)


# ... and one cell at least that only a document's details hold: a reference, a version, a date or a part of a
# constitution ("| Role | Council |" over "| Councillors | Set policy for the council |" names no document, review 41)
_COVER_MARK = re.compile(r"\b(?:version|v\d[\d.]*|ref(?:erence)?\b|issue\s+\d|constitution|part\s+\d+\w?|updated|"
                         r"(?:19|20)\d\d)\b|\b[A-Z]{2,}/[\w/.-]+", re.I)


def _is_cover_table(grid: list[list[str]]) -> bool:
    """A small table of short labels above the text, at least half of its cells naming the document (its council,
    reference, constitution part, version or date), none a sentence or a rule."""
    cells = [c.strip() for row in grid for c in row if c.strip()]
    return 2 <= len(cells) <= 12 and len(grid) <= 4 and all(
        len(c.split()) <= 10 and not re.search(r"[.;!?]$", c) and not MODAL.search(c) for c in cells) \
        and sum(1 for c in cells if _COVER_CELL.search(c)) * 2 >= len(cells) and any(_COVER_MARK.search(c) for c in cells)


def _short_heads(cells: list[str]) -> bool:
    """Two or more cells, each a few words and no sentence: a column's heading."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 2 and all(len(c.split()) <= 6 and not re.search(r"[.;:!?]$", c) and not MODAL.search(c)
                                    for c in filled)


def _is_header_row(cells: list[str], rest: list[list[str]]) -> bool:
    """A first row of short, unpunctuated cells over longer ones is the table's header."""
    filled = [c for c in cells if c]
    heads = [c for c in filled if _patterns()["column_heading"].match(c.strip())]
    if len(heads) >= 2 and all(c in heads or len(c.split()) <= 2 and not re.search(r"[.;:!?]$", c) for c in filled):
        return True  # "What councillors can expect from you | What you can expect from councillors" (after a rows'
        # label's heading: "Step | Where a Member has a concern about an Officer | Where an Officer has a concern ...")
    # (an abbreviation is no sentence's end: "Ref. | Agreed action | Target date", "No. | Provision")
    if len(filled) < 2 or any(len(c.split()) > 5 or (re.search(r"[.;:]\s*-?$", c)
                                                     and not re.fullmatch(r"[A-Za-z]{1,5}\.", c.strip())) for c in filled):
        return False
    if any(_party_of(c) for c in filled):
        return True
    if rest and not any(_FIGURE.fullmatch(c.strip()) for c in filled) and all(
            any(row[1:]) and all(_FIGURE.fullmatch(c.strip()) for c in row[1:] if c) for row in rest):
        return True  # words over rows of figures: a statistics table ("Type of complaint | Received | Resolved")
    return any(len(c.split()) > 5 for row in rest for c in row)


# a version history's cell besides a date (clutter's _DATE: "12 March 2024", "March 2024", "12/03/2024"): a month and year
# in figures ("03/2024") or a version or issue number alone ("1.0", "v2", "Issue 3", "III"); a blank to sign on is read
# as table noise and left empty
_RECORD_CELL = re.compile(r"\b\d{1,2}[/.-](?:19|20)\d\d\b"
                          r"|^\s*(?:v(?:ersion)?\s*|issue\s+)?(?:\d{1,2}(?:\.\d{1,2}){0,2}|[ivx]{1,5})\s*$", re.I)


_BULLET_CELL = re.compile(r"[•●▪■◦‣∙]")  # (not a dash or an asterisk: a table's "none", adversarial review 62)


def _is_control_table(grid: list[list[str]]) -> bool:
    """A document-control table: at least two of its first row's cells, and two thirds of them, are
    control labels (furniture.yaml clutter.control_labels: "Version", "Date", "Author", "Summary of
    changes"; "Issue" alone only over rows of dates and numbers), or a two-column table of two or more rows whose
    first cells are such labels ("Owner", "Review date")."""
    rx, key, signed = _control_labels()
    title = [c for c in grid[0] if c] if grid else []
    if len(title) == 1 and control_title(title[0]) and not any(MODAL.search(c) for cells in grid for c in cells):
        return True  # "| Document control | |" over its rows (which the line reader may have taken already)
    if len(grid) < 2:
        return False
    # its cells record the document, they bind nobody: a table with a rule in it ("Members must ...") is
    # the protocol's, whatever its header says
    if sum(1 for cells in grid for c in cells if MODAL.search(c)) > 1:
        return False
    head = [c for c in grid[0] if c]
    # "Version | Date | Author", not "Stage | Description | Contact"; and where "Issue" is its only key label, its rows
    # record issues: a date or a version number in at least half of them, or a blank to sign on (not "Issue | Contact"
    # over "Concerns about an officer | The officer's Director", nor over telephone numbers)
    keys = [c for c in head if key.fullmatch(c)]
    # (a table headed only "Signed", over the names and posts of those who sign: "| Signed | |" / "| Cllr R. Ngata, Leader
    # of the Council | H. Farouk, Chief Executive |", b306's first run)
    # (and only names and posts beneath: a row that says anything else is the protocol's, adversarial review 66)
    if head and all(signed.fullmatch(c) for c in head) and all(
            _signature_line(c.strip(), first=True) for cells in grid[1:] for c in cells if c.strip()):
        return True
    if len(head) >= 2 and sum(bool(rx.fullmatch(c)) for c in head) * 3 >= 2 * len(head) and keys:
        if not all(re.fullmatch(r"\s*issue\s*:?\s*", c, re.I) for c in keys):
            return True
        recorded = sum(1 for cells in grid[1:] if len(cells) < len(grid[0]) or any(
            not c or _DATE.search(c) or _RECORD_CELL.search(c) for c in cells))
        if recorded * 2 >= len(grid) - 1:
            return True
    firsts = [cells[0] for cells in grid if len([c for c in cells if c]) == 2 and cells[0]]
    return len(firsts) == len(grid) and sum(bool(rx.fullmatch(c)) for c in firsts) * 3 >= 2 * len(grid) \
        and sum(bool(key.fullmatch(c)) for c in firsts) >= 2


def _is_attendance_table(grid: list[list[str]]) -> bool:
    """Minutes' attendance laid out as a table: two cells a row, a label ending in a colon and who it lists
    ("Present: | Councillor D. Marchetti (Chair); …", "Officers: | Chief Executive (Ms R. Quartey)"); an attendance
    label among them ("Present:", "Apologies:"), half the rows read as an attendance list when label and names are
    put on one line, and no cell states a rule."""
    if len(grid) < 2 or any(len([c for c in cells if c]) != 2 or not cells[0].rstrip().endswith(":")
                            or len(cells[0].split()) > 6 for cells in grid):
        return False
    if any(MODAL.search(c) for cells in grid for c in cells):
        return False
    listed = sum(line_kind(f"{cells[0]} {cells[1]}")[0] == "attendance list" for cells in grid)
    return listed * 2 >= len(grid) and any(_MEETING_LABEL.match(cells[0]) for cells in grid)


@lru_cache(maxsize=1)
def _cell_words() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """How a councillor voted, alone in a cell ("For", "Abstained"), a voter's title ("Cllr", "Councillor"), and a
    table's value beside its row's name (a time, a period or a figure): furniture.yaml clutter vote_values, voter_titles
    and lookup_value_words."""
    c = load_rules("furniture.yaml")["clutter"]
    vote = re.compile(r"\s*(?:" + "|".join(c["vote_values"]) + r")\s*\.?\s*", re.I)
    voter = re.compile(r"\s*(?:" + "|".join(c["voter_titles"]) + r")\s", re.I)
    value = re.compile(r"\d|\b(?:" + "|".join(c["lookup_value_words"]) + r")\b", re.I)
    return vote, voter, value


def _is_vote_table(grid: list[list[str]]) -> bool:
    """A recorded vote laid out as a table: each row a councillor's name and how they voted ("Cllr J. Whitcombe | For",
    "Cllr R. Dunmore | Abstain"), under an optional header ("Councillor | Vote"). b383's first run made each cell a
    clause; a table whose cells state anything else ("Attend group meetings | Yes") is none."""
    vote, voter, _ = _cell_words()
    rows = [[c for c in cells if c.strip()] for cells in grid]
    if rows and re.search(r"\bvot", " ".join(rows[0]), re.I) and not any(vote.fullmatch(c) for c in rows[0]):
        rows = rows[1:]  # its header
    return len(rows) >= 2 and all(len(r) == 2 and vote.fullmatch(r[1]) and voter.match(r[0]) and len(r[0].split()) <= 6
                                  and not MODAL.search(r[0]) for r in rows)


# a label only minutes have ("Officers:" also heads a table of contacts, "Complaints: | the Monitoring Officer")
_MEETING_LABEL = re.compile(r"\s*(?:present|also\s+present|in\s+attendance|attendance|attendees?|"
                            r"apologies(?:\s+for\s+absence)?|absent|bresennol)\s*:", re.I)


@lru_cache(maxsize=1)
def _control_labels() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Any document-control label, the labels only such a table has (version, owner, review date), and the labels that
    head a table of signatories ("Signed")."""
    c = load_rules("furniture.yaml")["clutter"]
    return _full(c["control_labels"]), _full(c["control_key_labels"]), _full(c["signed_labels"])


def _full(labels: list[str]) -> re.Pattern:
    """A pattern that matches one of ``labels`` whole, with an optional colon."""
    return re.compile(r"\s*(?:" + "|".join(labels) + r")\s*:?\s*", re.I)




def _is_open(cell: str) -> bool:
    """Does a cell's text stop mid-sentence (no closing punctuation, not a lead-in)?"""
    return bool(cell) and not re.search(r"[.!?;]$|:\s*-?$", cell)


_PAGE_CELL = re.compile(r"(?i)page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}")


_GRID_WRAP = 60  # the most lines one grid row's cells are taken to wrap to


def _grid_rows(rows: list[Block], rules: list[int]) -> list[Block]:
    """The rows of a grid table drawn in text, its cells' wrapped lines joined: a line whose first cell is empty goes on
    with the row above where no border parts them ("| Acknowledgement | Within 2 working days, sent by the |" / "|  |
    system and naming the officer. |"); where a border stands above every line that starts a row, the lines between
    two borders are one row, whatever their first cells hold ("| Complaint from a | Reply in 10 days |" / "| resident |
    and copy the Clerk. |"); elsewhere a line whose first cell goes on from the one above joins it. Each line is looked up once among the sorted borders (a bisection)."""
    from bisect import bisect_right

    def between(a: Block, b: Block) -> bool:
        k = bisect_right(rules, a.lines[-1].line_no)
        return k < len(rules) and rules[k] < b.lines[0].line_no

    cells_of = [[c.strip() for c in (row.cells or [])] for row in rows]
    starts = [k for k, cells in enumerate(cells_of) if cells and cells[0]]
    ruled = len(starts) >= 2 and all(between(rows[k - 1], rows[k]) for k in starts[1:] if k)

    def first_goes_on(k: int) -> bool:
        """The first cell of line k goes on from the line above: in lower case after a cell without a stop, or after a
        word no phrase ends on ("| Quality or | ..." / "| timeliness of | ..." / "| officer advice to a | ..." / "|
        Cabinet Member | ...", b236's text copy; "| Late advice | ..." / "| Missing papers | ..." are two rows)."""
        a, b = cells_of[k - 1][0] if cells_of[k - 1] else "", cells_of[k][0] if cells_of[k] else ""
        return bool(a and b and not re.search(r"[.!?;:]$", a) and (b[:1].islower() or _ends_on_dangling_word(a)))
    groups: list[list[int]] = []
    for k, cells in enumerate(cells_of):
        # (a cell wraps to a few lines, never to hundreds: a longer run is rows whose first cells are empty)
        if groups and not between(rows[k - 1], rows[k]) and any(cells) and len(groups[-1]) < _GRID_WRAP \
                and len(cells) == len(cells_of[groups[-1][0]]) and (ruled or not cells[0] or first_goes_on(k)):
            groups[-1].append(k)
        else:
            groups.append([k])
    out: list[Block] = []
    for group in groups:
        first = rows[group[0]]
        merged = list(cells_of[group[0]])
        for k in group[1:]:
            merged = [join_wrapped(a, b) if a and b else (a or b) for a, b in zip(merged, cells_of[k])]
        out.append(Block("row", [ln for k in group for ln in rows[k].lines],
                         text=" ".join(rows[k].text for k in group), cells=merged, table=first.table,
                         gap_before=first.gap_before))
    return out


def _band(cells: list[str], width: int, below: list[list]) -> bool:
    """Is a row of a two-or-more-column table, with words in its first cell alone, a band naming the rows under it: a
    few capitalised words, no sentence, no rule and no lead-in, over a row that fills two or more cells?"""
    full = [c for c in cells if c]
    if width < 2 or len(full) != 1 or not cells or not cells[0] or not below:
        return False
    t = cells[0].strip()
    words = t.split()
    return 1 <= len(words) <= 6 and t[:1].isupper() and not re.search(r"[.;:!?,]$", t) and not MODAL.search(t) \
        and words[0].lower() not in _patterns()["item_openers"] and parse_marker(t)[0] is None \
        and sum(1 for c in below[0][1] if c) >= 2 and not below[0][2]


# a table's data cell: a figure, a share or a sum ("186", "76%", "£1,250", "n/a", "–"), or a rating ("High", "Amber",
# "Complete"); not "Yes" or "No", which answer the row's question
_DATA_VALUE = re.compile(r"(?:[£$€]\s?)?[-+]?\d[\d,]*(?:\.\d+)?\s*%?|n/?a|[-–—]|nil|(?:high|medium|low|red|amber|green|"
                        r"complete|completed|ongoing|in\s+progress|not\s+started|on\s+track|overdue)\.?", re.I)


# a statistics table's column head: a year or a period ("2023/24", "Q2 2024")
_YEAR_HEAD = re.compile(r"(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?|q[1-4](?:\s+(?:19|20)\d\d)?", re.I)


def _row_label_only(cell: str) -> bool:
    """A row's label: a few words, no sentence and no rule ("Waste and Street Scene", "Total")."""
    return len(cell.split()) <= 8 and not re.search(r"[.;:!?]$", cell.strip()) and not MODAL.search(cell) \
        and not re.search(r"\b(?:never|not|no|more\s+than|less\s+than|above|below|over|under|within)\b", cell, re.I)


@lru_cache(maxsize=1)
def _tracking_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """An action plan's tracking cell (a status, a date, or a status with its revised date), the column headings that
    make a table an action plan (its actions, or their progress), and an owner's column heading (furniture.yaml clutter
    tracking_statuses, tracking_action_heads, tracking_progress_heads, tracking_owner_heads)."""
    c = load_rules("furniture.yaml")["clutter"]
    status = "(?:" + "|".join(c["tracking_statuses"]) + ")"
    date = r"(?:(?:by|due|target)\s+)?(?:" + _DATE.pattern + r"|q[1-4]\s+(?:19|20)\d\d|(?:19|20)\d\d\s*/\s*\d\d)"
    value = re.compile(rf"\s*(?:{date}|{status}(?:\s*[-–—:,(]?\s*(?:(?:revised|new|target|due)\s+)?(?:date\s*:?\s*)?"
                       rf"{date}\)?)?)\s*\.?\s*", re.I)
    return value, _full(c["tracking_action_heads"] + c["tracking_progress_heads"]), _full(c["tracking_owner_heads"])


# a post alone, as an owner's cell gives it: capitalised words and the small words between them ("Head of Democratic
# Services", "Member Services Manager", "Clerk / RFO", "Manager (HR)")
_POST = re.compile(r"(?:the\s+)?[A-Z][\w&’'-]*(?:\s+(?:[A-Z][\w&’'-]*|of|and|for|the|&|/|\([A-Z]{2,}\)))*\s*")


def _tracking_columns(columns: list[str], rows: list[list[str]]) -> dict[int, str]:
    """The columns of an action plan that record progress, not rules, and the kind recorded for each: in a table of three
    columns or more with a column headed as its actions or their progress ("Agreed action", "Status"), each column whose
    every cell (two or more) is a date or a status, and then an owner's column (headed as one, or of posts alone)."""
    value, plan_head, owner_head = _tracking_patterns()
    width = max((len(r) for r in rows), default=0)
    cells = [[r[k] for r in rows if k < len(r) and r[k]] for k in range(width)]
    if width < 3 or not any(plan_head.fullmatch(h or "") for h in columns):
        return {}
    found = {k: "action table: status or date" for k in range(width)
             if len(cells[k]) >= 2 and all(value.fullmatch(c) for c in cells[k])}
    if not found:
        return found
    for k in range(width):
        head = columns[k] if k < len(columns) else ""
        if k in found or plan_head.fullmatch(head or "") or len(cells[k]) < 2 \
                or any(MODAL.search(c) or len(c.split()) > 8 for c in cells[k]):
            continue
        if owner_head.fullmatch(head or "") or all(_POST.fullmatch(c) and len(c.split()) <= 6 for c in cells[k]):
            found[k] = "action table: owner"
    # (never every column: a table of dates and posts alone has no action in it to record progress on)
    return found if len(found) < width else {}


def _numbered_steps(rows: list[list[str]]) -> bool:
    """The boxes of a drawn flowchart, each step's number beside the step ("1 | Where the Clerk feels able to, raise the
    matter informally ...": b336's first run made each number a clause of its own): the numbers count on by one, from
    wherever a table continued from a page before starts, and a lone box starts a sentence; a table of figures, "10 |
    working days to answer ...", keeps its numbers (adversarial reviews 72 and 73)."""
    if not rows or not all(len(c) == 2 and re.fullmatch(r"\d{1,2}[.)]?", c[0]) and len(c[1].split()) >= 4 for c in rows):
        return False
    numbers = [int(c[0].rstrip(".)")) for c in rows]
    if len(rows) == 1:
        return numbers[0] <= 20 and rows[0][1][:1].isupper()
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _table(rows: list[Block], st: _State, doc: Document, offsets, section: list[str], unique) -> None:
    """Pass 4: a table's rows become cells, and each cell's statements become clauses."""
    pats = _patterns()
    table_no = len({c.clause_id.split(".")[0] for c in st.clauses if c.kind == "cell"}) + 1
    per_line = doc.format == "pdf" and all(r.lines[0].cells is None for r in rows)  # an unruled PDF table
    # a Markdown table (a |---| rule among its lines), a web page's or a Word table holds one row a
    # line, a <tr> or a <w:tr>: a row of lower-case unpunctuated cells is the next item of a list,
    # not the row above's end
    first, last = rows[0].lines[0].line_no, rows[-1].lines[-1].line_no
    # ... and so does a text table of tab-separated lines under column lead-ins: each line an item of each column
    # ("X can expect officers to:<tab>Officers can expect X to:" over "give accurate advice<tab>respect the neutrality
    # of officers"; under a plain "Members<tab>Officers" header a Word table saved as text may wrap a cell's words onto
    # the next line, " representing the Council externally<tab> implementing Council policy")
    heads = [c.strip() for c in (rows[0].cells or []) if c.strip()]
    one_row_a_line = doc.format in ("html", "docx") or any(
        f.reason == "table rule" and first <= f.line_no <= last for f in st.furniture) or (
        doc.format == "text" and all(len(r.lines) == 1 and "\t" in r.lines[0].text for r in rows)
        and ((len(heads) >= 2 and all(h.endswith(":") for h in heads))
             or not any(r.lines[0].text[:1].isspace() for r in rows)))  # (wrapped cells go on indented)

    # a grid drawn in text ("+----+----+" borders, tables.py _grid_rows): its wrapped lines are put back into rows
    # (a border drawn alike three times in a short file reads as a repeated header first: it is the grid's all the same)
    rules = sorted(f.line_no for f in st.furniture if (f.reason == "grid rule" or _GRID_RULE.match(f.text))
                   and first - 1 <= f.line_no <= last + 1)
    if rules and doc.format == "text":
        rows = _grid_rows(rows, rules)
        one_row_a_line = True

    def drop_text(row: Block, text: str, reason: str) -> None:
        ln = row.lines[0]
        st.drop(Line(text=text, line_no=ln.line_no, page=ln.page), reason)

    grid: list[tuple[Block, list[str]]] = []
    traced = {t.line_no for t in st.trace}  # (a set: a table of 40,000 rule rows took a minute, searching the trace for each)
    for row in rows:
        cells = [_clean_cell(c) for c in (row.cells or [])]
        while cells and not cells[-1]:
            cells.pop()
        for k, c in enumerate(cells):
            if c and not re.search(r"[A-Za-z]{2,}|\d", c):
                drop_text(row, c, "table noise")
                cells[k] = ""
        # (a bullet set apart from its item's text is the item's mark, not a column: "• Set policy and the budget | • |
        # Give impartial professional advice" under "Councillors | Officers" made its first cell a row label, lost as
        # a heading, b291's slides)
        bullets = [k for k, c in enumerate(row.cells or []) if k + 1 < len(cells) and cells[k + 1]
                   and _BULLET_CELL.fullmatch(c.strip())]
        if bullets and len(cells) - len(bullets) >= 2:
            cells = [(row.cells[k - 1].strip() + " " + c if k - 1 in bullets and c else c)
                     for k, c in enumerate(cells) if k not in bullets]
        if not any(cells):
            if row.lines[0].line_no not in traced:
                st.drop(row.lines[0], "table rule")
                traced.add(row.lines[0].line_no)
            continue
        grid.append((row, cells))

    # a PDF page's footer or header laid out in columns ("Members' Enquiries Protocol – Version 2.0 | Page 1 of 2"),
    # read as a row at the page's edge, is the page's furniture
    numbered = [(row, cells) for row, cells in grid if doc.format == "pdf" and row.lines[0].page_pos is not None
                and any(_PAGE_CELL.fullmatch(c.strip()) for c in cells if c)]
    for row, _ in numbered:
        for ln in row.lines:
            st.drop(ln, "running footer")
    grid = [(row, cells) for row, cells in grid if all(row is not r for r, _ in numbered)]
    if not grid:
        return

    # (a row of a statistics table, "Social media | 4 | 2 | 1 | 1", has more than one number: no contents entry)
    page_refs = sum(1 for _, cells in grid if len(cells) >= 2 and re.fullmatch(r"\d{1,4}", cells[-1] or "")
                    and sum(1 for c in cells[:-1] if re.fullmatch(r"\d{1,6}", (c or "").strip())) == 0)
    if grid and page_refs >= max(2, 0.6 * len(grid)):
        for row, _ in grid:  # "Introduction ...... 3" laid out as two columns
            for ln in row.lines:
                st.drop(ln, "table of contents")
        return
    if _is_control_table([cells for _, cells in grid]):
        for row, cells in grid:  # "Version | Date | Author | Summary of changes": the document's own history
            if doc.format == "docx":  # a Word table's cells are lines of their own
                for c in cells:
                    if c:
                        drop_text(row, c, "document control")
            else:  # a row of a text, Markdown, web or PDF table is one line
                for ln in row.lines:
                    st.drop(ln, "document control")
        return
    if not st.clauses and _is_cover_table([cells for _, cells in grid]):
        for row, cells in grid:  # "Westmarch County Council | Document reference: CON/5/07" / "Constitution Part 5 |
            # Version 3.2 – April 2027": a header table above the text names the document (b195's first run)
            if doc.format == "docx":
                for c in cells:
                    if c:
                        drop_text(row, c, "document details")
            else:
                for ln in row.lines:
                    st.drop(ln, "document details")
        return
    # how each councillor voted ("Cllr J. Whitcombe | For"), or who came to the meeting ("Present: | Councillor D.
    # Marchetti (Chair); ..."): every cell the minutes' record
    record = "vote tally" if _is_vote_table([cells for _, cells in grid]) else \
        "attendance list" if _is_attendance_table([cells for _, cells in grid]) else None
    if record:
        for row, cells in grid:
            for c in cells:
                if c:
                    drop_text(row, c, record)
        return
    header: list[str] | None = None
    # (a Markdown table's first row is its header by the syntax, the "|---|" rule under it, where its cells are short
    # and no sentence: "Type of contact | Acknowledgement | Full reply" over "Ward casework | Within 2 working days | ...",
    # b195's first run read it as three clauses)
    # (and a text grid's first row with a "+----+" rule under it and none under the rows below it: b356's first run)
    rules = {f.line_no for f in st.furniture if f.reason in ("table rule", "grid rule") or _GRID_RULE.match(f.text)}
    under_rule = bool(grid) and grid[0][0].lines[-1].line_no + 1 in rules and not any(
        row.lines[-1].line_no + 1 in rules for row, _ in grid[1:-1])  # (not a grid table's rule under every row)
    if grid and (_is_header_row(grid[0][1], [c for _, c in grid[1:4]]) or under_rule and _short_heads(grid[0][1])):
        header = grid[0][1]
        row = grid.pop(0)[0]
        for ln in row.lines:
            st.trace.append(Trace(ln.line_no, ln.text.strip(), "heading", "table header: " + " | ".join(c for c in header if c)))
        key = [c.lower() for c in header]
        kept = []
        for row, cells in grid:
            if [c.lower() for c in cells] == key:  # the header repeated after a page break
                for ln in row.lines:
                    st.drop(ln, "repeated table header")
            else:
                kept.append((row, cells))
        grid = kept

    columns = [h for h in header if h] if header else []
    width = len(columns)
    # align each row to the header: an extra leading cell is a row label
    aligned: list[tuple[Block, list[str], str | None]] = []
    # (a label names a row: a few words, no sentence and no rule, "Officers must remain politically neutral" being a
    # cell however short; a table of three or more columns may name its rows at more length, "Enquiry needing
    # investigation or a site visit"; a table without a header has labels only where each first cell is a cover
    # field's, structure.yaml cover_labels, "Purpose of report | To ask Council ...", while "Be courteous | Always"
    # and "Members | Officers" rows are cells)
    firsts = [c[0] for _, c in grid if c and c[0]]
    label_words = 10 if width >= 3 else 5
    long_names = bool(header and header[0] and (_patterns()["row_label_heading"].match(header[0]) or width >= 3
                                                and _patterns()["row_label_heading_wide"].match(header[0])))
    # ("Situation | …": a first column headed as the rows' names names them at length, but a long one with a rule's
    # "not" or "never" is a statement: "Councillors are not entitled to see the personnel files of officers" under
    # "Issue" is a clause)
    labels_only = all((len(f.split()) <= label_words or long_names and len(f.split()) <= 16 and not _NEGATION.search(f))
                      and not re.search(r"[.;:!?]$", f) and not MODAL.search(f) for f in firsts)
    # (or where the format marks every row's first cell as its header: an HTML <th scope="row">)
    # ... when they read as labels: not a sentence, beside a cell with content; a rule in a <th> stays a cell:
    # "Councillors must not instruct officers directly; all requests go through the Clerk.")
    marked = all(any(ln.row_label for ln in row.lines) and len(cells) >= 2 and any(cells[1:])
                 and len(cells[0].split()) <= 20 and not re.search(r"[.;!?]$", cells[0]) for row, cells in grid)
    has_label = marked or (bool(header) and len(header) >= 2 and not _party_of(header[0])
                 and not _patterns()["column_heading"].match(header[0]) and labels_only) or (
        not header and labels_only and all(len(c) == 2 for _, c in grid) and bool(firsts)
        and all(pats["cover_label"].match(f) for f in firsts)) or (not header and _numbered_steps([c for _, c in grid]))
    # a procedure's rows named by their steps ("Step 1 | The Officer holding the information will ..."), wherever the
    # name's column falls (an unruled PDF table may give each row an empty first cell)
    # (its wrapped lines, one cell each, go on below the rows they belong to)
    def step_of(cells: list[str]) -> int | None:
        full = [k for k, c in enumerate(cells) if c]
        return full[0] if len(full) >= 2 and pats["step_label"].match(cells[full[0]]) else None
    starts = [step_of(cells) for _, cells in grid]
    step_named = not header and sum(k is not None for k in starts) >= 2 and starts[0] is not None and all(
        k is not None or sum(1 for c in cells if c) == 1 for k, (_, cells) in zip(starts, grid))
    for (row, cells), start in zip(grid, starts):
        lab = None
        if width and len(cells) > width:
            lab = cells[0] or None
            cells = cells[1:1 + width] if len(cells) - width >= 1 else cells
        elif step_named and start is not None:
            lab, cells = cells[start], cells[:start] + [""] + cells[start + 1:]
        elif has_label and cells:
            lab = cells[0] or None
            cells = [""] + cells[1:]
        aligned.append((row, cells, lab))

    # continuation rows: they carry on the cells of the row above
    merged: list[list] = []
    for row, cells, lab in aligned:
        nonempty = [(k, c) for k, c in enumerate(cells) if c]
        prev = merged[-1] if merged else None
        cont = False
        # in a PDF, a row set apart by space (or after a row whose cells all stopped short) is a new row
        # (a ruled PDF table's rows are its rows, each cell's wrapped lines inside it: only a row at the top of the
        # next page may carry on the one above, "give impartial advice, even" | "where it is unwelcome" over a
        # page break; "give impartial advice" over "respond to enquiries" are two items of a column)
        ruled_same_page = doc.format == "pdf" and not per_line and prev is not None \
            and row.lines[0].page == prev[0][-1].lines[-1].page
        if prev is not None and not lab and nonempty and not one_row_a_line and not (per_line and row.gap_before) \
                and not ruled_same_page:
            if all(c[:1].islower() for _, c in nonempty) and any(_is_open(pc) for pc in prev[1]):
                cont = True
            elif per_line and all(k < len(prev[1]) and _is_open(prev[1][k]) for k, _ in nonempty):
                cont = True
        if cont:
            for k, c in nonempty:
                target = k if k < len(prev[1]) and _is_open(prev[1][k]) else None
                if target is not None and len(nonempty) == 1 and pats["step_label"].match(prev[1][k].strip()):
                    # a step's label beside a wrapped sentence ("Step 1 | The Officer holding the information will first
                    # establish whether it is sought in" over "connection with the Member's duties ..."): the line
                    # goes on with the sentence, not with the label (b242's first run; not any short cell: "10 working" /
                    # "days" under it, adversarial review 53)
                    longer = [m for m, pc in enumerate(prev[1]) if m > k and _is_open(pc) and len(pc.split()) >= 5]
                    target = longer[-1] if longer else target
                if target is None:
                    open_cells = [m for m, pc in enumerate(prev[1]) if _is_open(pc)]
                    target = open_cells[-1] if open_cells else None
                if target is None:
                    while len(prev[1]) <= k:
                        prev[1].append("")
                    prev[1][k] = (prev[1][k] + "\n" + c).strip()
                else:
                    prev[1][target] = join_wrapped(prev[1][target], c)
            prev[0] = prev[0] + [row]
            continue
        merged.append([[row], list(cells), lab])

    label = None
    leadins: dict[int, str] = {}
    # (only a table of statistics: years or periods for its columns, or a total row among shares; a table of times to meet,
    # "Type of enquiry | Acknowledge | Full reply" over "Casework | 2 | 10", of stages with their total, of quorums and
    # majorities, or of limits, "Declare any gift worth more than | £50", is the rule its figures give, and its cells stay
    # clauses as any cell does: adversarial reviews 75 and 76)
    labels = [lab or (cells[0] if cells else "") for _, cells, lab in merged]
    statistics = any(_YEAR_HEAD.fullmatch(c.strip()) for c in columns) or (
        any(re.fullmatch(r"totals?", c.strip(), re.I) for c in labels)
        and any("%" in c for _, cells, _ in merged for c in cells))
    # (bands only where the table opens with one: a row with one column filled among full ones is otherwise an item
    # that the other column has no counterpart for, "Attend induction training" | "")
    banded = bool(merged) and _band(merged[0][1], width, merged[1:2])
    # a two-column table of short values under their rows' names ("Type of enquiry | Response within" over "General casework
    # enquiry | 10 working days"): each row is one clause, its name and its value, "General casework enquiry: 10 working
    # days", for the value alone says nothing (b381's first run read the names as headings)
    # (a value: a time, a period or a figure; "Councillors | Set policy for the council" is a party's duty, its cell a
    # clause, adversarial review 41)
    time_or_figure = _cell_words()[2]
    lookup = width == 2 and has_label and len(merged) >= 2 and all(
        lab and not cells[0] and cells[-1] and len(cells[-1].split()) <= 8 and not MODAL.search(cells[-1])
        and not re.search(r"[;:!?]", cells[-1]) and time_or_figure.search(cells[-1]) and not _party_of(lab)
        for _, cells, lab in merged)
    # an action plan's owners, dates and statuses beside each action
    tracking = _tracking_columns(columns, [cells for _, cells, _ in merged]) if header else {}
    for r, (row_blocks, cells, lab) in enumerate(merged, 1):
        if banded and _band(cells, width, merged[r:r + 1]):
            # a band across the table naming the rows below it ("Role and responsibilities" over the Members | Officers
            # rows on roles, "Working together" over the next: b325's first run) is their heading, not a cell
            label, leadins = clause_text(cells[0]), {}
            for ln in (ln for b in row_blocks for ln in b.lines):
                st.trace.append(Trace(ln.line_no, ln.text.strip(), "heading", "table band: " + label))
            continue
        if lab and lookup:
            cells = ["", f"{clause_text(lab)}: {cells[-1]}"]
            lab = None
        if lab:
            label = clause_text(lab)
            leadins = {}
        # a sentence split across two cells of the row: "…responsibilities of" + "the statutory officers"
        for k, c in enumerate(cells):
            last = c.split()[-1].lower() if c.split() else ""
            if last in pats["dangling"]:
                for m, other in enumerate(cells):
                    if m != k and other and other[:1].islower() and not other.endswith(":-"):
                        cells[k] = join_wrapped(c, other)
                        cells[m] = ""
                        break
        # garbled cells: truncated duplicates of a neighbour's text, as PDF extraction makes them (a cell of a
        # Markdown, web or Word table is what its author wrote: "Within 5 working days" beside
        # "... written decision within 5 working days" is a cell of its own)
        for k, c in enumerate(cells):
            if not c or one_row_a_line:
                continue
            for m, other in enumerate(cells):
                if m == k or not other or len(other) <= len(c):
                    continue
                garbled, lead = _garbled_duplicate(c, other)
                if garbled:
                    if lead:
                        cells[m] = lead + " " + other
                    drop_text(row_blocks[0], c, "garbled duplicate of a neighbouring cell")
                    cells[k] = ""
                    break
        block = Block("row", [ln for b in row_blocks for ln in b.lines])
        spans = [offsets[n] for n in block.line_nos if n in offsets]
        # a row of a table of figures ("Housing | 212 | 149 | 70%", "Total | 611 | 479 | 78%") is data, not statements:
        # recorded, no clause (b319's and b352's first runs made 40 clauses of such cells); every cell a figure or a
        # rating but a short label first; a figure beside a statement stays ("10 | working days to answer a
        # councillor's written enquiry", adversarial review 72), as does a rating beside a finding
        data = [k for k, c in enumerate(cells) if c and _DATA_VALUE.fullmatch(c.strip())] if statistics else []
        if sum(1 for k in data if k > 0 and re.search(r"\d", cells[k])) >= 2 and all(
                not c or k in data or k == 0 and _row_label_only(c) for k, c in enumerate(cells)):
            for k, c in enumerate(cells):
                if c:
                    drop_text(block, c, "table data")
                    cells[k] = ""
        elif len(figures := [k for k in data if k > 0 and _FIGURE.fullmatch(cells[k].strip())]) >= 2:
            # (counts under years beside a note of their outcome: "Bullying or harassment | 1 | 2 | One resolved
            # informally; one investigated ...": the counts are data, the note a clause, round 83's first run; a count
            # is a statistics table's cell as the header test reads one, _FIGURE)
            for k in figures:
                drop_text(block, cells[k], "table data")
                cells[k] = ""
        for k, c in enumerate(cells):
            if not c:
                continue
            if k in tracking:
                drop_text(block, c, tracking[k])
                continue
            column = columns[k] if k < len(columns) else None
            if re.search(r":\s*-?\s*$", c) and len(c.split()) <= 14:  # a column's lead-in ("Officers can expect the Mayor and Portfolio Leads to:")
                leadins[k] = clause_text(c)
                for ln in block.lines:
                    st.trace.append(Trace(ln.line_no, ln.text.strip(), "lead-in", f"table {table_no} column {k + 1}"))
                continue
            split = _cell_items(c)
            if split is not None:
                # the cell's own lead-in over its lettered items: each item a clause under it, the lead-in none
                head, lead, items, after = split
                pairs = [(st_, leadins.get(k)) for st_ in (_split_statements(head) if head else [])] \
                    + [(item, clause_text(lead)) for item in items] \
                    + [(st_, leadins.get(k)) for st_ in (_split_statements(after) if after else [])]
                for ln in block.lines:
                    st.trace.append(Trace(ln.line_no, ln.text.strip(), "lead-in", f"table {table_no} row {r} column {k + 1}"))
            else:
                pairs = [(st_, leadins.get(k)) for st_ in _split_statements(
                    c, paragraphs=doc.format in ("docx", "html"), hard_breaks=doc.format == "pdf")]
            for s_no, (statement, lead_in) in enumerate(pairs, 1):
                body = clause_text(statement)
                if not re.search(r"\w", body):
                    continue
                cid = unique(f"t{table_no}.r{r}.c{k + 1}" + (f".s{s_no}" if len(pairs) > 1 else ""))
                st.clauses.append(Clause(
                    doc_id=doc.doc_id, clause_id=cid, text=body, parent=None,
                    section=section + ([label] if label else []), page=block.page,
                    span_start=min(s for s, _ in spans) if spans else 0,
                    span_end=max(e for _, e in spans) if spans else 0,
                    source=doc.source, kind="cell", lead_in=lead_in, column=column,
                    line_nos=block.line_nos))
                for ln in block.lines:
                    st.trace.append(Trace(ln.line_no, ln.text.strip(), "clause", cid))
        if lab:
            for ln in block.lines:
                st.trace.append(Trace(ln.line_no, ln.text.strip(), "heading", "row label: " + label))
