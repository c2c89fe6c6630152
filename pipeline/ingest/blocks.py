"""Blocks: lines grouped into paragraphs, list items and table rows; which blocks are headings, and which open or continue a list."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..model import Clause, Furniture, Heading, Line, Trace
from ..resources import load_rules
from .clean import fold_spaces, join_wrapped
from .numbering import _next_labels, Marker, _bare_marker, parse_marker


@lru_cache(maxsize=None)
def _patterns():
    furn = load_rules("furniture.yaml")
    struct = load_rules("structure.yaml")
    full = lambda p: re.compile(r"^\s*+(?:" + p + r")\s*$", re.I)  # noqa: E731
    return {
        "lines": [(full(e["pattern"]), e["reason"]) for e in furn["lines"]],
        "paragraphs": [(full(e["pattern"]), e["reason"]) for e in furn.get("paragraphs", [])],
        "labels": [(full(e["pattern"]), e["reason"]) for e in furn["labels"]],
        "nothing_to_record": full(furn["nothing_to_record"]),  # "None.", "To be arranged", under a record's heading
        "record_headings": re.compile(furn["record_headings"], re.I),
        "toc": full("(?:" + "|".join(furn["toc_headings"]) + r")\s*:?"),  # "On this page:"
        "parties": {k: full(v) for k, v in struct["table_parties"].items()},
        # a party named anywhere in a line, and a column heading that names what a party does or can expect ("What
        # councillors can expect from you", "Role of Officers"): the same party names as the table columns'
        "party_word": re.compile(_sides(struct, readers=False), re.I),
        "column_heading": re.compile(
            r"^(?:what\s+)?" + _sides(struct) + r"\s+(?:can\s+|may\s+|should\s+|will\s+)?(?:expect|will|should|must|do|"
            r"does|can)\b(?:\s+(?:from|of)\s+" + _sides(struct) + r")?$|^(?:the\s+)?(?:role|job|duties|responsibilities)"
            r"\s+of\s+" + _sides(struct) + r"$"
            # ... or the case a column is for ("Where a Member has a concern about an Officer", b220's concerns flow)
            r"|^(?!.*\b(?:must|should|shall|will|tell|contact|speak|ask|raise|report)\b)(?:where|if|when)\s+(?:an?\s+|the\s+)?"
            + _sides(struct) + r"\s+(?:has|have|raises?)\s+(?:an?\s+)?"
            r"(?:concerns?|complaints?|grievances?|problems?|issues?)\b[^.;:!?]{0,60}$"
            # ... or a column of what to do beside one of what not to ("Do | Don't": each cell a rule, none a row's
            # name; adversarial review 84 found the "Do" column lost as row labels)
            r"|^(?:do|dos|do['’]s|don['’]?t|don['’]?ts|do\s+not|always|never|acceptable|unacceptable|not\s+acceptable|"
            r"appropriate|inappropriate)\s*:?$",
            re.I),
        "openers": [re.compile(r"(?<=[a-z,])(?<!\band)(?<!\bor) (?=" + p + ")") for p in struct["statement_openers"]],
        "dangling": set(struct["dangling_words"]),
        "item_openers": frozenset(w.lower() for w in struct["item_openers"]),  # a table's item, never a band (tables._band)
        # words no heading ends with: a line ending in one stops mid-sentence ("Officer will")
        "unfinished": set(struct["dangling_words"]) | set(struct["cut_off"]["never_end_a_heading"]),
        "finished_endings": re.compile(r"\b(?:" + "|".join(re.escape(e) for e in struct["finished_endings"]) + r")$", re.I),
        # words that end no complete statement: a first line ending in one is a sentence wrapped, never a title
        "no_end": set(struct["dangling_words"]) | set(struct["cut_off"]["unfinished_words"]),
        "lead_in": re.compile(r"(?:" + "|".join(struct["lead_in_endings"]) + r")\s*$", re.I),
        "rule_lead_in": re.compile(struct["rule_lead_in"], re.I),
        "question": re.compile(r"(?:^|[.!?]\s+)[\"'“‘(]?(?:" + "|".join(struct["question_openers"])
                               + r")\b[^.!?]*\?[\"'”’)]*$", re.I),
        "question_label": re.compile(r"^(?:" + struct["question_label"] + r")$", re.I),
        "answer_label": re.compile(r"^(?:" + struct["answer_label"] + r")$", re.I),
        "question_words": int(struct["question_words"]),
        "question_request": re.compile(r"^\W*(?:" + struct["question_request"] + r")|^(?:" + struct["question_quoted"] + r")",
                                       re.I),
        "sentence_verbs": set(struct["cut_off"]["sentence_verbs"]),
        "step_title_words": int(struct["cut_off"]["step_title_words"]),
        "step_verbs": set(struct["cut_off"]["step_verbs"]),
        "step_noun_after": set(struct["cut_off"]["step_noun_after"]),
        "step_finite": set(struct["cut_off"]["step_finite"]) | set(struct["cut_off"]["sentence_verbs"]),
        "bare_label_words": int(struct["bare_label_words"]),
        "small_words": set(struct["cut_off"]["title_small_words"]),
        "cover_label": re.compile(r"^(?:" + struct["cover_labels"] + r")\s*:?$", re.I),
        "step_label": re.compile(r"^(?:" + struct["step_labels"] + r")\s*[:.]?$", re.I),
        "row_label_heading": re.compile(r"^(?:" + struct["row_label_headings"] + r")\s*:?$", re.I),
        "row_label_heading_wide": re.compile(r"^(?:" + struct["row_label_headings_wide"] + r")\s*:?$", re.I),
        "welsh": set(struct["welsh_words"]),
        "footnote_reference": re.compile(struct["footnote_citation"]["reference"]),
        "footnote_words": frozenset(struct["footnote_citation"]["words"]),
    }


def only_cites(text: str) -> bool:
    """A footnote's text only cites its authority (structure.yaml footnote_citation): it names a reference, and each of
    its words in lower case outside brackets is a citation's own ("is" and "are" only before "defined")."""
    pats = _patterns()
    if len(text) > 300 or not pats["footnote_reference"].search(text):
        return False
    if re.match(r"\W*(?:not|never|no|only|within|except|unless|must|should|shall|may)\b", text, re.I):
        return False  # (a limit or a rule opening it: "Only the Clerk, under section 101 ...": adversarial review 78)
    # (a bracket is set aside where it names or glosses the reference in three lower-case words at most, "(politically
    # restricted posts)", "(Part 5.2 of this Constitution)"; one that states a fact is read, "(six months' absence
    # disqualifies a Member)": adversarial review 78)
    bare = re.sub(r"\(([^()]*)\)|\[([^\[\]]*)\]", lambda m: " " if sum(
        1 for w in re.findall(r"[a-z][\w'’]*", m.group(1) or m.group(2) or "") if w not in pats["footnote_words"]) <= 3
        else f" {m.group(1) or m.group(2)} ", text)
    # (what a reference defines may be named first: "Politically restricted posts are defined in section 2 of ...")
    bare = re.sub(r"^\W*(?:[\w'’-]+\s+){1,5}(?=(?:is|are)\s+defined\s+in\b)", "", bare)
    words = re.findall(r"[A-Za-z][\w'’]*", bare)
    for k, w in enumerate(words):
        if not w[:1].islower():
            continue
        if w in ("is", "are") and k + 1 < len(words) and words[k + 1] == "defined":
            continue
        if w not in pats["footnote_words"]:
            return False
    return True


def _sides(struct: dict, readers: bool = True) -> str:
    """The parties of structure.yaml ``table_parties`` (members, officers) as one alternation, with the reader's
    "you" and "we" when ``readers``."""
    names = [struct["table_parties"][k] for k in ("members", "officers")] + (["you", "we", "us"] if readers else [])
    return r"\b(?:the\s+|our\s+|your\s+)?(?:" + "|".join(names) + r")\b"


@dataclass
class Block:
    kind: str  # para | heading | row
    lines: list[Line]
    text: str = ""
    marker: Marker | None = None
    indent: int = 0
    style: str = "body"
    level: int = 0
    cells: list[str] | None = None
    table: int | None = None
    gap_before: bool = True  # a blank line (or the start) stands before this block

    @property
    def page(self) -> int | None:
        return self.lines[0].page if self.lines else None

    @property
    def line_nos(self) -> list[int]:
        return [ln.line_no for ln in self.lines]


@dataclass
class _State:
    furniture: list[Furniture] = field(default_factory=list)
    trace: list[Trace] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)

    def drop(self, line: Line, reason: str) -> None:
        self.furniture.append(Furniture(text=line.text.strip(), line_no=line.line_no, page=line.page, reason=reason))
        self.trace.append(Trace(line.line_no, line.text.strip(), "furniture", reason))


def _norm_digits(text: str) -> str:
    return re.sub(r"\d+", "#", fold_spaces(text).lower())


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*(:?-{3,}:?\s*)?\|?\s*$")
# the border of a grid table drawn in text ("+---------+------------------+"), above, between and below its rows
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]{3,}\+){1,20}\s*$")


def _pipe_cells(text: str) -> list[str] | None:
    """The cells of a Markdown (pipe) table row, or None when the line is not one."""
    if not _PIPE_ROW.match(text) or text.count("|") < 3:
        return None
    # (split at the row's own pipes first, then a cell's written pipe, "&#124;" or "\\|", is a "|" in its text)
    cells = re.split(r"(?<!\\)\|", text.strip().strip("|"))
    return [re.sub(r"&(?:#124|#x7c|vert|verbar);|\\\|", "|", c, flags=re.I).strip() for c in cells]


def _close_open_rows(lines: list[Line]) -> list[Line]:
    """A Markdown table whose rows leave off their closing pipe ("| Stage 1 - Informal | Chair speaks to ...", b228's
    text copy) read as if they had it: only a run of lines that open with a pipe, hold two or more and include the
    table's "|---|" rule (a lone "| Home | Your Council | Councillors" breadcrumb is no table: adversarial review 49)."""
    out = list(lines)
    k = 0
    while k < len(out):
        j = k
        while j < len(out) and out[j].cells is None and out[j].text.lstrip().startswith("|"):
            j += 1
        if j - k >= 2 and any(_PIPE_RULE.match(ln.text) for ln in out[k:j]):
            for n in range(k, j):
                text = out[n].text.rstrip()
                if not _PIPE_RULE.match(text) and not text.endswith("|") and text.count("|") >= 2:
                    out[n] = replace(out[n], text=text + " |")
        k = max(j, k + 1)
    return out


def _is_table_line(line: Line) -> bool:
    if line.cells is not None or _pipe_cells(line.text) is not None:
        return True
    parts = [p for p in line.text.split("\t") if p.strip()]
    if len(parts) == 2 and _marker_only(parts[0]) and not re.match(r"\s*\d", parts[1]):
        # "1.1<tab>This protocol explains ...", "•<tab>include the name": a number or bullet and its text (a version
        # table's "1.0<tab>12 May 2020" stays a table)
        return False
    if len(parts) == 2 and _MINUTE_NO.fullmatch(parts[0].strip()) and not re.search(r"[.;:!?]$", parts[1].strip()) \
            and len(parts[1].split()) <= 10:
        return False  # minutes' "120/27<tab>FINANCE": a minute's number and its title, a heading
    # (one piece of text after a tab is no row: the hanging indent of a paragraph saved from Word, "1.1<tab>This
    # protocol explains ..." / "<tab>Town Council should work together"; inside a table its rows go on by
    # ``_continues_table``)
    return "\t" in line.text and len(parts) >= 2


# (not a financial year: "2024/25<tab>Basic allowance" is a table's row)
_MINUTE_NO = re.compile(r"(?:min(?:ute)?\.?\s*)?(?!(?:19|20)\d\d/\d\d\b)\d{1,4}/\d{2,4}\.?", re.I)


def _marker_only(text: str) -> bool:
    """The text is a paragraph number or a bullet and nothing else ("1.1", "2.", "(a)", "•")."""
    marker, _, rest = parse_marker(text.strip() + " x")
    return marker is not None and rest == "x"


def _carries_on(above: str, text: str, width: int) -> bool:
    """Does the line ``text``, set in bold, carry on the sentence of the line ``above`` it: that line ends on a word no
    sentence ends with, or it fills most of the text's width or ends on a comma and this one opens in lower case or on a
    bracket ("b. Unless they have been granted a dispensation, a councillor or non-councillor" / "with voting rights
    shall withdraw ...", b277; "... from the Monitoring Officer" / "(Director of Law and Governance), ...", b278)? A short
    line without a full stop over a bold line is a paragraph's end over a heading ("... the duty officer on 01234
    567890" / "e-mail and social media", adversarial review 60)."""
    above = above.strip()
    if re.search(r"[.!?:;][”\"’)]*$", above):
        return False
    if _ends_on_dangling_word(above):
        return True
    return (text[:1].islower() or text[:1] == "(") and (len(above) >= 0.7 * width or above.endswith(","))


def _wrap_width(lines: list[Line]) -> int:
    lengths = sorted(len(ln.text.strip()) for ln in lines if ln.text.strip() and ln.cells is None
                     and "\t" not in ln.text and not ln.text.lstrip().startswith("|"))  # (a Markdown table's rows are no prose)
    if len(lengths) < 5:
        return 10_000
    return lengths[int(len(lengths) * 0.9) - 1]


def _sentence_lines(lines: list[Line]) -> bool:
    """A plain text that sets each sentence on a line of its own and parts its paragraphs with blank lines: of its
    numbered paragraphs (three or more), nearly all follow a blank line, and some sentence's next line opens another
    sentence of the same paragraph ("3. The Clerk is the Council's Proper Officer ..." / "The Clerk is employed by
    the Council as a whole ..."), and hardly any line holds two sentences or stops mid-sentence. A page whose lines are
    its paragraphs sets its numbered paragraphs one under another, or puts several sentences on a line; a page wrapped
    at its width stops its lines mid-sentence."""
    numbered = gapped = follows = prose = several = 0
    blank, in_numbered = True, False  # (in_numbered: the lines since the last blank line opened on a paragraph number)
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        if not text or ln.style == "blank":
            blank, in_numbered = True, False
            continue
        if len(text) >= 40:  # (its lines are one sentence each: a line of two is a paragraph of its own, a line
            prose += 1        # that stops mid-sentence is a wrapped page's)
            several += bool(re.search(r"[a-z][.!?]\s+[A-Z]", text)) or not re.search(r"[.!?:;]['\"”’)]*$", text)
        marker, _, _ = parse_marker(text)
        if marker is not None and marker.kind in ("num", "dec"):
            numbered += 1
            gapped += blank
            in_numbered = blank and bool(re.search(r"[.!?]$", text)) and len(text.split()) >= 4  # (a sentence, no title)
        elif in_numbered and marker is None and text[:1].isupper() and re.search(r"[.!?]$", lines[k - 1].text.strip()) \
                and len(lines[k - 1].text.split()) >= 4:  # (not the line after a bare "31.")
            follows += 1
        if marker is not None and marker.kind not in ("num", "dec") or not re.search(r"[.!?]$", text):
            in_numbered = False  # (each line of such a paragraph is a whole sentence)
        blank = False
    return numbered >= 3 and gapped >= 0.9 * numbered and follows >= max(2, 0.25 * numbered) and several <= 0.1 * prose


def _build_blocks(lines: list[Line], st: _State, known_words: set[str], plain: bool = False) -> list[Block]:
    """Pass 2: group lines into paragraphs, items and table rows. ``plain``: a text or Markdown file, whose blank
    lines may be all that parts its paragraphs."""
    lines = _close_open_rows(lines)
    width = _wrap_width(lines)
    body = [len(ln.text.strip()) for ln in lines if ln.text.strip() and "\t" not in ln.text]
    near_full = sum(1 for n in body if n >= width - 15)
    hard_wrapped = width <= 120 and near_full >= max(3, 0.3 * len(body))
    sentence_lines = plain and _sentence_lines(lines)
    blocks: list[Block] = []
    cur: Block | None = None
    pending: tuple[Marker, Line] | None = None
    in_table = False
    gap = True  # a blank line since the last block
    run_mode = False  # consecutive lines after a lead-in: one item per line
    lead_indent: int | None = None  # the indent of a lead-in that a blank line follows
    left_open: Block | None = None  # the paragraph a blank line ended, while it may go on over a page break
    ended: Block | None = None  # the numbered point a blank line ended, whose own indented paragraph may follow

    flat = _flattened_tables(lines)
    skip: set[int] = set()
    page_breaks = sorted(f.line_no for f in st.furniture if f.reason in _PAGE_EDGE)
    other_furniture = sorted(f.line_no for f in st.furniture if f.reason not in _PAGE_EDGE)
    for idx, ln in enumerate(lines):
        if ln.line_no in skip:
            continue
        if ln.line_no in flat:  # a Members | Officers table that arrived one cell a line
            for group in flat[ln.line_no]:
                blocks.append(Block("row", group, text=" | ".join(g.text.strip() for g in group),
                                    cells=[g.text.strip() for g in group], table=-ln.line_no, gap_before=gap))
                skip.update(g.line_no for g in group)
                gap = False
            cur, pending, in_table, run_mode = None, None, False, False
            continue
        raw = ln.text
        text = raw.strip()
        if not text or ln.style == "blank":
            if cur is not None and cur.kind == "para" and cur.style != "heading" and not run_mode \
                    and _ends_on_dangling_word(cur.lines[-1].text) \
                    and not re.search(r";\s*(?:and|or)\s*$", cur.lines[-1].text, re.I):
                continue  # "... the lawfulness of the" / page break / "Council's decisions ...": one sentence
                # (but "...; and" ends an item of a list: the paragraph after it is the next item)
            if cur is not None and not run_mode and _first_line_set_apart(
                    cur, next((x for x in lines[idx + 1:idx + 4] if x.text.strip()), None)):
                continue
            if cur is not None and cur.kind == "para" and re.search(r":\s*$", cur.lines[-1].text) \
                    and _patterns()["lead_in"].search(cur.lines[-1].text.strip()):
                lead_indent = cur.lines[-1].indent
            elif cur is not None:
                lead_indent = None
            if cur is not None and _may_go_on(cur):
                left_open = cur
            if cur is not None:
                ended = cur if plain and cur.kind == "para" and cur.marker is not None and cur.style != "heading" \
                    and re.search(r"[.;!?”\"’)]\s*$", cur.lines[-1].text) and not _looks_like_heading(cur.text) else None
            cur = None
            gap = True
            run_mode = False
            continue
        # a paragraph that stopped on a comma or a word at the foot of a page goes on, in lower case, at the top of the
        # next ("... formal procedures for consultation," / footer / "grievances and discipline, and ...")
        # (a text copied from a PDF viewer has no pages, but its page number and running title between the two lines
        # are the break: "… Where the Clerk" / "1" / "Councillor and Clerk Protocol" / "considers that …")
        if gap and left_open is not None and (
                (ln.page is not None and left_open.lines[-1].page is not None and ln.page > left_open.lines[-1].page)
                or (ln.page is None and any(left_open.lines[-1].line_no < n < ln.line_no for n in page_breaks))) \
                and (text[:1].islower() or _cut_at_full_width(left_open, ln, width, hard_wrapped, other_furniture)) \
                and parse_marker(text)[0] is None \
                and ln.style == "body" and not re.search(r"\bwww\.|https?://", text):
            left_open.lines.append(ln)
            left_open.text = join_wrapped(left_open.text, text, known_words)
            cur, gap, left_open = left_open, False, None
            continue
        left_open = None
        if gap and lead_indent is not None:
            # lines indented under a lead-in and its blank line are its items, one a line (a web
            # list copied without its bullets), however short and unpunctuated
            # ... or, in a page whose lines are its paragraphs (not hard-wrapped), lines at the lead-in's own indent:
            # a list copied from a browser without its bullets ("Councillors can expect staff to:" / "" /
            # "be polite and helpful" / "reply to emails within five working days")
            # (a text too short to tell whether it is wrapped keeps its lines together)
            run_mode = ln.indent > lead_indent or (not hard_wrapped and width < 10_000 and ln.indent == lead_indent
                                                   and not _wrapped_group(lines, idx, width))
            lead_indent = None
        if _PIPE_RULE.match(text):
            st.drop(ln, "table rule")  # the |---|---| line under a Markdown table's header
            continue
        if _GRID_RULE.match(text):
            st.drop(ln, "grid rule")
            continue
        if _is_table_line(ln) or in_table and _continues_table(raw, gap, blocks[-1].cells or []):
            cur = None
            cells = ln.cells if ln.cells is not None else (_pipe_cells(raw) or raw.split("\t"))
            table = ln.table
            if ln.cells is not None and any(c.strip().startswith("|") for c in ln.cells) and _pipe_cells(raw):
                # a pipe table's row whose spaces also lined up as columns ("| 1.0     | 14 March 2017 |"): its pipes
                # part the cells, and one table holds its rows, however its wrapped lines align
                cells = _pipe_cells(raw)
                if in_table and blocks and blocks[-1].kind == "row":
                    table = blocks[-1].table
            if table is None and _pipe_cells(raw) and (gap or not in_table) and idx + 1 < len(lines) \
                    and _PIPE_RULE.match(lines[idx + 1].text):
                # a Markdown table's header row, over its "|---|" rule, starts a table of its own, even after another
                # table and a blank line: "| Situation | What to do |" below a table of response times (a grid table's
                # rule between every two rows, with no blank line, parts no table: adversarial review 41)
                table = -ln.line_no  # (numbered below 0 by its first line, as a flattened table is)
            elif table is None and in_table and blocks and blocks[-1].kind == "row" and (blocks[-1].table or 0) < 0:
                table = blocks[-1].table  # (and its rows below it are that table's)
            blocks.append(Block("row", [ln], text=fold_spaces(raw), cells=list(cells), table=table, gap_before=gap))
            in_table = True
            gap = False
            continue
        in_table = False
        bare = _bare_marker(text) if ln.marker is None and ln.style not in ("heading",) else None
        if bare and not gap and cur is not None and cur.kind == "para" and cur.style != "heading" and (
                re.fullmatch(r"(?:19|20)\d\d[.,;]?", text) and not re.search(r"[.;:!?]$", cur.lines[-1].text.strip())
                or re.fullmatch(r"\d{3,4}[.,;]?", text) and re.search(r"\b0\d{2,4}\s?\d{3,4}$", cur.lines[-1].text.strip())
                and not (cur.marker is not None and _follows(cur.marker.label, text.rstrip(".,;")))):
            # a year wrapped onto a line of its own ("... to the Council in July" / "2027."), or a phone number's last
            # digits ("... Legal and Democratic Services on 01632 960" / "418.", b221's first run): no number
            cur.lines.append(ln)
            cur.text = join_wrapped(cur.text, text, known_words)
            continue
        if bare:
            cur = None
            if pending is not None:
                st.drop(pending[1], _stray(pending[0]))
            pending = (bare, ln)
            continue
        marker, had_bullet, rest = parse_marker(text)
        reference = attribution = False
        # (a number right under a paragraph's line may be that paragraph's words, wrapped: the cases below)
        under_para = not gap and cur is not None and cur.kind == "para"
        if marker is not None and marker.kind == "num" and under_para \
                and re.match(r"\d{1,6}\)", text) and cur.text.count("(") > cur.text.count(")") \
                and not cur.lines[-1].text.rstrip().endswith(":") and (len(marker.label) >= 3 or rest[:1].islower()):
            # a bracket that the line above opened, closing here: "(extension" / "2260) or …" (a lead-in's own
            # "(unless …:" over "1) …", "2) …" keeps its list)
            marker, rest = None, text
        if marker is not None and under_para and cur.style != "heading" \
                and (marker.kind == "dec" and rest[:1].islower() or marker.kind == "num" and re.match(r"\d+\s", text)
                     and (len(marker.label) >= 3 or rest[:1].islower() or re.match(r"[^\s,()]+[),]", rest))) \
                and _REFERENCE_END.search(cur.lines[-1].text) \
                and not _follows(cur.marker.label if cur.marker is not None else None, marker.label):
            # a cross-reference wrapped at its number: "... although the new paragraph" / "7.3 is expected to ..." (a
            # number that comes next in the numbering, or a list's "1.", starts its own point: "... in this section" /
            # "1. where the information is needed"); a whole number without its full stop that no sentence starts after:
            # "... the Chief Finance Officer (Section" / "151 Officer) and ...", b237's PDF (but "... outside the Financial
            # Regulations" / "5 Councillors must treat officers with courtesy." is point 5, adversarial review 52)
            marker, rest, reference = None, text, True
        if marker is not None and marker.kind == "num" and under_para \
                and _DATE_WRAPPED.match(text) and not re.search(r"[.;:!?]\s*$", cur.lines[-1].text):
            marker, rest = None, text  # a date wrapped at its day: "... held on Tuesday" / "17 September 2024 at 6.00 pm"
        if marker is not None and marker.kind == "num" and under_para \
                and re.fullmatch(r"(?:19|20)\d\d", marker.label.rstrip(".")) \
                and (_MONTH_END.search(cur.lines[-1].text) or _STATUTE_END.search(cur.lines[-1].text)) \
                and not _numbered_near(blocks, int(marker.label.rstrip("."))):
            marker, rest = None, text  # a year wrapped after its month: "... between April and September" / "2024.
            # Thirty-one (78%) received a full response ...", b240's first run took the year for point 2024; but in
            # minutes numbered 2030, 2031, ... the number after "... in November" is the next minute, adversarial review 53)
        if marker is not None and marker.kind == "bullet" and had_bullet and text[:1] in "—―" and cur is not None \
                and cur.kind == "para" and cur.style != "heading" and re.search(r"[”\"’]\s*$", cur.lines[-1].text) \
                and len(rest.split()) <= 12 and not re.search(r"[.;:!?]$", rest.strip()) and rest[:1].isupper() \
                and not (idx + 1 < len(lines) and lines[idx + 1].text.strip()[:1] == text[:1]):
            # a quotation's attribution under it ("… who I'd be upsetting.”" / "— Officer, Environmental Services,
            # survey response"): the quotation's, not an item of a list
            marker, rest, attribution = None, text, True
        if ln.marker and ln.style == "item" and not attribution:
            # the format numbered this item itself; a number typed in the text wins
            if marker is None or marker.kind == "bullet":
                fmt_marker, _, _ = parse_marker(ln.marker + " x")
                marker = fmt_marker or Marker("bullet", "•")
                rest = text if marker.kind != "bullet" or not had_bullet else rest
        if gap and ended is not None and marker is None and pending is None and ln.style == "body" \
                and ln.indent >= 2 and ln.indent > ended.indent and not _looks_like_heading(text) \
                and re.match(r"[^\W_]", text) and not _translates(ended.text, text):
            # a numbered point's own second paragraph, indented under it after a blank line (Markdown's continuation
            # paragraph: "10) Councillors must not bully ..." / "" / "   This includes sending ..."): the point goes on
            # (a quotation set under a finding is a statement of its own, and so is a point's Welsh translation under it;
            # a box drawn under it, "┌────┐", holds something else)
            cur, gap, ended = ended, False, None
            cur.lines.append(ln)
            cur.text = cur.text + " " + text
            continue
        ended = None
        pending_line = None
        if pending is not None:
            if marker is None:
                marker, rest = pending[0], text
                pending_line = pending[1]
            else:
                st.drop(pending[1], _stray(pending[0]))
        if ln.style == "heading" and marker is None and not gap and cur is not None and cur.kind == "para" \
                and cur.style != "heading" and pending is None and cur.lines[-1].page == ln.page \
                and _carries_on(cur.lines[-1].text, text, width):
            ln.style = "body"  # a bold sentence going on from the line above ("b. Unless they have been granted a
            # dispensation, a councillor or non-councillor" / "with voting rights shall withdraw ...": a standing order
            # in bold type as the statutory ones are, b277's first run cut it into three clauses)
        if ln.style == "heading" and marker is None and not gap and cur is not None and cur.kind == "para" \
                and cur.style == "heading" and cur.level == ln.level and cur.lines[0].page == ln.page and pending is None \
                and len(cur.lines) <= 5 and (_carries_on(cur.lines[-1].text, text, width) or len(cur.lines) == 1
                                             and (text[:1].islower() or _ends_on_dangling_word(cur.lines[-1].text))):
            cur.lines.append(ln)  # a heading wrapped onto a second line ("1. Purpose of this protocol and the" /
            cur.text = join_wrapped(cur.text, text, known_words)  # "principles which underpin it"); and a sentence in a
            # box set in bold, line by line ("Further advice on this protocol is available from the Monitoring Officer" /
            # "(Director of Law and Governance), ..." / "telephone ...", b278's first run): read whole as a sentence below
            continue
        starts_new = (marker is not None or ln.style in ("heading", "item", "link") or cur is None
                      or cur.kind != "para" or cur.style == "heading" or pending_line is not None)
        note = not starts_new and re.search(r"[.!?]$", cur.lines[-1].text.strip()) and _NOTE_OPENS.match(text)
        if note:
            starts_new = True  # "… repeated bullying." / "Note: where the complaint is about the Leader …": a note of its own
        elif reference or attribution:
            starts_new = False
        elif not starts_new and len(cur.lines) == 1 and marker is None and _capitals_title(cur.lines[-1].text) \
                and text[:1].isupper() and re.search(r"[a-z]", text):
            starts_new = True  # a minute's heading in capitals over its first line, no blank between ("121/24  PLANNING
            # APPLICATIONS" / "Councillors must not ...": round 68's tests; one word alone was read so already)
        elif not starts_new and cur.marker is not None and ln.indent > cur.indent:
            starts_new = False  # a hanging indent continues the item above
        elif not starts_new and cur.marker is not None and ln.page is None and cur.lines[-1].style == "item" \
                and cur.lines[-1].marker and ln.style == "body" and ln.indent < cur.lines[-1].indent:
            starts_new = True  # a web page's list item ends where its list does: "<li>... the answer you were hoping
            # for</li></ul>" / "<p>Officers will not:</p>", b337's first run read both as one lead-in
        elif not starts_new and cur.marker is not None and ln.indent < cur.indent and text[:1].isupper() and (
                len(cur.lines[-1].text.rstrip()) + 1 + len(text.split()[0]) <= width - 5
                and (ln.page is not None or text.rstrip().endswith(":") and not _RUNS_ON.search(cur.lines[-1].text))
                or ln.page is None and cur.marker.kind == "bullet" and text.rstrip().endswith(":")
                and not _RUNS_ON.search(cur.lines[-1].text) and not re.search(r"[,;]$", cur.lines[-1].text.rstrip())):
            # a PDF line set back left of a short item ("• serve the whole council, whichever party is in control" /
            # "Key point: you set the direction; ..."): the item ended where the next word would have fitted
            # ... and so, in a text file, a lead-in set back under an item that does not run on ("  - give advice on
            # procedure before a meeting" / "But councillors cannot ask staff to:", b344's first run read both as one
            # lead-in; not "(a) work for a political party, or work on" / "Council business for party purposes;",
            # adversarial review 74), however long the item: a bullet's line of 77 characters, "  * hold the Executive
            # and officers to account through overview and scrutiny", then "The role of officers is to:" at the page's
            # left edge (b380's first run joined them into one lead-in, and the item was lost)
            starts_new = True
        elif not starts_new:
            # (a sentence ends inside its closing quotation mark too: "... under pressure from members?”" at a page's
            # foot, then "The Cabinet Member replied ...": b261's minutes)
            prev = re.sub(r"(?<=[.!?])[”\"’]+$", "", cur.lines[-1].text.strip())
            lower_next = text[:1].islower() or text[:1] in "(\"'“‘"
            # (a line that ends a sentence where the next line's first word would have fitted ended its paragraph:
            # text copied from a PDF viewer has no blank lines, "... Responsible Financial Officer." / "This guide
            # sets out ..."; a margin for a proportional font's letters)
            fits = len(cur.lines[-1].text.rstrip()) + 1 + len(text.split()[0]) <= width - 5 \
                and not _ABBREVIATION_END.search(prev) and not (text[:1].islower() or text[:1].isdigit())
            full_prev = hard_wrapped and len(prev) >= width - 15 and not (fits and re.search(r"[.!?]$", prev))
            # (a bulleted item wrapped at the page's width after a colon goes on in lower case: "• No councillor
            # ... can give the Clerk instructions on their own:" / "only the Council ... can do that.")
            wrapped_item = hard_wrapped and lower_next and cur.marker is not None and cur.marker.kind == "bullet" \
                and not fits and len(cur.lines[-1].text.rstrip()) >= width - 15
            if wrapped_item:
                starts_new = False
            elif len(cur.lines) == 1 and prev.endswith(":") and _is_bare_label(prev) and len(prev.split()) <= 3 \
                    and text[:1].isupper() and marker is None and len(text) >= 0.6 * min(width, 120) \
                    and len(text.split()) >= 8 and re.search(r"[a-z][.,!?](?:\s|$)", text):
                # a label over its own paragraph of prose ("Speaker notes:" / "Welcome, everyone. This session is
                # about ..."): a heading, not the lead-in of a list of one-line items
                cur.style, cur.level = "heading", 3
                starts_new = True
            elif _patterns()["lead_in"].search(prev) and not (lower_next and not re.search(r"[:\-–—]$", prev)):
                # a lead-in; but one without a colon ("... and include") followed by a lower-case
                # line is a sentence wrapped at that word
                starts_new = True
                run_mode = True
            elif full_prev and re.search(r"[.!?]$", prev) and _is_question(text) and len(text) < width - 15:
                starts_new = True  # a question under the last answer of a Q&A page whose lines are paragraphs
            elif full_prev and not re.search(r"[:;?]$", prev):
                starts_new = False
            elif full_prev and prev.endswith(";") and lower_next and not run_mode \
                    and not _in_semicolon_list(blocks, cur):
                starts_new = False  # a sentence wrapped after its semicolon, outside any list: "... within three
                # working days;" / "if something will take longer, the Clerk will let you know." (under a lead-in
                # ending in a colon, lines that end on semicolons are its items, one a line)
            elif re.search(r"[.;:!?]\s+\d{1,3}(?:\.\d{1,3})*\.?$", prev):
                starts_new = False  # "… recommendation. 5." / "Resolving difficulties 5.1 …": the number's text wrapped
            elif run_mode and not (lower_next and width < 10_000 and not re.search(r"[.;:!?]$", prev)
                                   and (cur.marker is not None and len(prev) >= 0.75 * width or full_prev)):
                starts_new = True  # (but a numbered point quoted under "Paragraph 6.3 reads:" wraps at the width and
                # goes on in lower case: "... to comment adversely on, the" / "conduct, ability or performance ...")
            elif _ends_on_dangling_word(prev) and not ln.page_pos and ln.line_no == cur.lines[-1].line_no + 1:
                starts_new = False  # "Support for Political Groups and" / "Group Leaders": one line wrapped; and a
                # page wrapped at a narrow width, "... and should be read" / "with the Members' Code of" / "Conduct, ..."
            elif lower_next and not re.search(r"[.;!?]$", prev):
                starts_new = False
            elif not re.search(r"[.;:!?,]$", prev) and not _looks_like_heading(prev) and len(prev.split()) > 6:
                starts_new = False
            elif sentence_lines and marker is None and re.search(r"[.!?]$", prev) and not _looks_like_heading(text):
                starts_new = False  # the next sentence of the paragraph, on its own line
            else:
                starts_new = True
        if starts_new:
            body = rest if marker is not None else text
            cur = Block("para", [ln], text=body, marker=marker, indent=ln.indent, style=ln.style,
                        level=ln.level, gap_before=gap or pending_line is not None)
            if pending_line is not None:
                cur.lines.insert(0, pending_line)
            blocks.append(cur)
            pending = None
            gap = False
        else:
            cur.lines.append(ln)
            cur.text = join_wrapped(cur.text, text, known_words)
    if pending is not None:
        st.drop(pending[1], _stray(pending[0]))
    return blocks


# the words a cross-reference's number follows ("the new paragraph" / "7.3 is expected …"; not "…; and" / "3. tell
# the Clerk …", the next item of a list)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_WRAPPED = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b(?!\s*[.:])")
_MONTH_END = re.compile(rf"\b(?:{_MONTHS})\s*$")
# ... or a statute's name, whose year comes next ("... under the Local Government and Housing Act" / "1989. The holders
# of those posts ...", b333's first run took the year for point 1989 and the line above for a heading)
_STATUTE_END = re.compile(r"\b(?:Act|Regulations|Order|Measure)\s*$")
# a line that goes on to the next: it ends on a comma, a dash, an open bracket or a word no sentence ends on
_RUNS_ON = re.compile(r"(?:[,(\u2013\u2014-]|\b(?:and|or|of|on|to|the|a|an|for|with|in|by|at|from|that|which|who|is|"
                      r"are|be|not|nor|but))\s*$", re.I)
_REFERENCE_END = re.compile(r"\b(?:paragraphs?|paras?|sections?|clauses?|parts?|appendix|appendices|annex|rules?|"
                            r"standing orders?|items?|minutes?|pages?|schedules?|articles?|regulations?|chapters?)\s*$",
                            re.I)
_NOTE_OPENS = re.compile(r"(?:please\s+)?(?:note|n\.?\s?b\.?)\s*[:–—-]\s*\S", re.I)  # a note of its own under a paragraph
_ABBREVIATION_END = re.compile(r"\b(?:s|ss|e\.g|i\.e|etc|cllr|para|paras|no|nos|art|reg|regs|sch|cf|vs|approx|dept|mr|mrs|"
                               r"ms|dr|st|cl|p|pp|vol|ch|ref)\.$", re.I)  # "... under s." / "151, and ...": one sentence


def _continues_table(raw: str, gap: bool, above: list[str]) -> bool:
    """Is this tabbed line, right under a table row whose cells are ``above``, a row of that table? A row with an
    empty first or last cell is; so is "1.1<tab>Adopted ..." right under the rows of a two-column table (as many
    cells); "1.<tab>Introduction" under a contents table ("1.<tab>Introduction<tab>2", "Introduction<tab>2": rows
    that end on a page number) is the body's."""
    if raw.startswith("\t") or raw.endswith("\t"):
        return True
    cells = raw.strip().split("\t")
    if gap or len(cells) < 2 or len(cells) != len(above):
        return False
    return not (_marker_only(cells[0]) and re.fullmatch(r"\d{1,4}", (above or [""])[-1].strip()))


_PAGE_EDGE = ("page number", "repeated header/footer", "running footer", "running header", "page header", "page footer")


_SENTENCE_VERB = re.compile(r"\b(?:must|should|shall|will|may|can|cannot|is|are|has|have)\b")


def _may_go_on(b: Block) -> bool:
    """A paragraph that a page foot may have cut: a body paragraph (not a heading, a contents entry or a signature line)
    that stops on a comma or a joining word, or a long one that stops without punctuation (a list item only when it
    stops on a comma or a word no statement ends with); never one already long (a page that ran on page after page
    stays a page)."""
    last = b.lines[-1].text.strip()
    if b.kind != "para" or b.style != "body" or len(b.text) > 5000:
        return False
    # (a sentence under way is no heading: "8. The Monitoring Officer must report to Council if any proposal, decision"
    # at a page's foot, b153)
    sentence = len(b.text.split()) >= 8 and _SENTENCE_VERB.search(b.text) is not None
    # (nor is a line a heading that stops on a word no heading ends on: "27. The Independent Person's view was that the
    # breaches were serious because" at a page's foot, b169)
    unfinished = bool(last.split()) and last.split()[-1].lower() in _patterns()["no_end"]
    # (nor is a labelled paragraph of ten words or more, whatever its capitals: "8.2 Legal: Section 37 of the Local
    # Government Act 2000 requires the Council" at a page's foot, its sentence going on in lower case on the next, b234;
    # "5. Examples of conduct that were raised in the 2022 review of complaints" stays a heading, adversarial review 38)
    labelled = len(b.text.split()) >= 10 and re.match(r"\W*(?:\d[\d.]*\s+)?[A-Z][\w ]{0,25}:\s+\S", b.text) is not None
    if re.search(r"[.!?:;]\W*$", last) or _looks_like_heading(b.text) and not sentence and not unfinished \
            and not labelled:
        return False
    if b.marker is not None and b.marker.kind != "dec" and not (b.marker.kind == "num" and sentence):
        # a list item: only one that stops mid-phrase ("... longer than"); not any long one that stops without
        # punctuation: "(b) ask officers to carry out work for a political group or party" / page foot and head / "unless
        # the Chief Executive has agreed to it in advance." qualifies the whole list (adversarial review 52)
        return last.endswith(",") or _ends_on_dangling_word(last) or last.split()[-1].lower() in _patterns()["no_end"]
    return last.endswith(",") or _ends_on_dangling_word(last) or len(b.text.split()) >= 12 or sentence


def _wrapped_group(lines: list[Line], start: int, width: int) -> bool:
    """Do the lines from ``start`` to the next blank line look like one paragraph wrapped at a width (all but the
    last of about the same length, near the page's usual line length ``width``), rather than a list copied without
    its bullets ("be polite and helpful" / "reply to emails within five working days")?"""
    lengths = []
    for ln in lines[start:start + 200]:
        text = ln.text.strip()
        if not text or ln.style == "blank":
            break
        lengths.append(len(text))
    if len(lengths) < 2:
        return False
    top = max(lengths)
    return top >= max(50, 0.8 * width) and all(n >= 0.8 * top for n in lengths[:-1])


def _in_semicolon_list(blocks: list[Block], cur: Block) -> bool:
    """Is ``cur`` a one-line item of a list under a lead-in: the blocks back from it each one line ending on a
    semicolon, and the one before them ending on a colon ("... carry out their duties:" / "" / "a commitment to
    the Council as a whole;" / "a working partnership ...;")."""
    if not blocks or blocks[-1] is not cur:
        return False
    k = len(blocks) - 1
    while k >= 0 and len(blocks[k].lines) == 1 and blocks[k].text.rstrip().endswith(";") and len(blocks) - k <= 200:
        k -= 1
    return k >= 0 and k < len(blocks) - 1 and blocks[k].text.rstrip().endswith(":")


def _cut_at_full_width(b: Block, ln: Line, width: int, hard_wrapped: bool, other_furniture: list[int]) -> bool:
    """In a hard-wrapped text copied from a PDF, a sentence cut by a page's foot goes on in a capital where its next word
    is a name ("... must be made by the Group" / footer and header / "Leader to the Chief Executive, ...", b223's first
    run): the cut line ran to the full width, without a stop (a footnote's number after one is a stop: "... requires.3"),
    and stopped on a capitalised word after the line's first, in a paragraph with a verb; nothing but the page's edges
    lies between (no signature block); and the line below stands at the paragraph's own indent (its second line's, or
    where the first line's words begin after its number), is no heading, no lead-in ending in a colon, no quoted term,
    no "Note:" and no sentence of its own ("Officers will report ...": adversarial review 48)."""
    last = b.lines[-1].text.rstrip()
    nxt = ln.text.strip()
    words = last.split()
    if not hard_wrapped or len(last.strip()) < width - 15 or re.search(r"[.!?:;]\W*$|[.!?][\"”’)]*\d{1,3}$", last) \
            or len(words) < 2 or not re.match(r"[A-Z][\w’'-]*$", words[-1]) \
            or _SENTENCE_VERB.search(b.text) is None or ln.indent <= 0 or _looks_like_heading(nxt) \
            or nxt.endswith(":") or re.match(r"[\"“‘']|\W*[A-Z][\w’'-]*\s*:", nxt) or _NEW_SENTENCE.match(nxt) \
            or _title_cased(nxt) or any(b.lines[-1].line_no < n < ln.line_no for n in other_furniture):
        return False
    first = b.lines[0].text
    hang = re.match(r"\s*\S+\s+", first) if b.marker is not None else None
    return ln.indent in {b.lines[-1].indent, *(x.indent for x in b.lines[1:2]), *([hang.end()] if hang else [])}


# a line that opens a sentence of its own: a subject and its verb ("Officers will report any misuse ...")
_NEW_SENTENCE = re.compile(r"(?:The\s+|A\s+|An\s+|All\s+|Any\s+)?[A-Z][\w’'-]*\s+(?:will|must|should|shall|may|can|cannot|"
                           r"are|is|was|were|have|has|do|does|need|needs)\b")


def _title_cased(text: str) -> bool:
    """Most of a line's words capitalised, and no stop: a heading however long ("Use of Council Resources by Members
    During the Pre-Election Period and at Other Times")."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if w.lower() not in _SMALL_WORDS]
    return bool(words) and not re.search(r"[.!?;:,]\s*$", text) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from"})


def _ends_on_dangling_word(text: str) -> bool:
    """A line that stops on a word no sentence ends on ("of the", "and", "to"): the sentence goes on."""
    words = re.findall(r"[\w'’]+|[^\w\s]", text.strip())
    return bool(words) and words[-1].lower() in _patterns()["dangling"]


def _flattened_tables(lines: list[Line]) -> dict[int, list[list[Line]]]:
    """A two- or three-column table copied from a web page arrives one cell a line: its party
    headers ("Members", "Officers") on lines of their own, then the cells row by row, up to a
    blank line (or, a paragraph a cell, up to a heading or a sentence: _flattened_tables' ``spaced`` runs). Returns the
    rows (header row first) by the line number of the first header."""
    parties = _patterns()["parties"]

    def party(ln: Line) -> str | None:
        t = ln.text.strip().rstrip(":")
        if ln.cells is not None:
            return None
        # a party's name, or a column heading that names what a party does or can expect ("What councillors can
        # expect from you" / "What you can expect from councillors", "Role of Members" / "Role of Officers")
        # (not a lead-in: "Councillors will:" under "Role of Councillors" is a list's lead-in, not a column)
        return next((k for k, rx in parties.items() if rx.match(t)), None) or \
            ("heading: " + t.lower() if _patterns()["column_heading"].match(t) and not ln.text.strip().endswith(":")
             and _patterns()["party_word"].search(t) else None)

    runs: list[list[Line]] = [[]]
    for ln in lines:
        if ln.text.strip() and ln.style != "blank" and ln.cells is None and "\t" not in ln.text:
            runs[-1].append(ln)
        elif runs[-1]:
            runs.append([])
    # ... or a paragraph a cell, each on one line with a blank line between (a web page's <p class="td"> cells, a
    # copy that keeps its paragraph breaks), up to a heading, a paragraph of several lines or a sentence's end
    spaced: list[list[Line]] = [[]]
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        if not text or ln.style == "blank":
            continue
        alone = (k == 0 or not lines[k - 1].text.strip()) and (k + 1 == len(lines) or not lines[k + 1].text.strip())
        if alone and ln.style == "body" and ln.cells is None and "\t" not in ln.text and len(text.split()) <= 30 \
                and not re.search(r"[.!?]$", text):
            spaced[-1].append(ln)
        elif spaced[-1]:
            spaced.append([])
    # (a list of what both sides do under the two names, or a lead-in, is no table: "Treat each other with courtesy")
    runs += [run for run in spaced if len(run) >= 4 and not any(_NOT_CELLS.search(ln.text) for ln in run)]
    out: dict[int, list[list[Line]]] = {}
    used: set[int] = set()  # the lines of the tables found (a run without blank lines is read first)
    for run in runs:
        run = [ln for ln in run if ln.line_no not in used]
        names_of = [party(ln) for ln in run]  # each line's column name, once
        numbered_from = [False] * (len(run) + 1)  # a numbered line at or after each position
        for j in range(len(run) - 1, -1, -1):
            numbered_from[j] = numbered_from[j + 1] or parse_marker(run[j].text)[0] is not None
        for k in range(len(run) - 1):
            n = 0
            while k + n < len(run) and names_of[k + n] and n < 3:
                n += 1
            if n < 2:
                continue  # no party headers here (and nothing copied: a long run stays linear)
            names = names_of[k:k + n]
            left = len(run) - k - n
            if len(set(names)) == n and left >= n and left % n == 0 and not numbered_from[k + n]:
                cells = run[k + n:]
                out[run[k].line_no] = [run[k:k + n]] + [cells[j:j + n] for j in range(0, len(cells), n)]
                used.update(ln.line_no for ln in run[k:])
                break
    return out


_NOT_CELLS = re.compile(r"\b(?:each\s+other|one\s+another|both\s+(?:sides|parties|councillors|members|officers))\b|:\s*$", re.I)


def _stray(marker: Marker) -> str:
    """The furniture reason of a number or list marker left with no text ("12.", "ii.")."""
    return "stray number" if marker.kind in ("dec", "num", "pnum") else "empty list marker"


def _capitals_title(text: str) -> bool:
    """A numbered line's text in capitals, two words or more, and no sentence's end ("12. PLANNING APPLICATIONS",
    "121/24  MEMBER AND OFFICER PROTOCOL")."""
    m = re.match(r"\s*(?:\d{1,4}(?:[/.]\d{1,4})*[.)]?|[A-Z]{1,4}\d{1,4}(?:[/.]\d{1,4})*[.)]?)\s+(?=\S)", text)
    rest = text[m.end():].strip() if m else ""
    # (not a rule set in capitals and wrapped: "7.1 NO COUNCILLOR SHALL GIVE INSTRUCTIONS TO" / "Officers other than
    # through the Clerk.", adversarial review 68)
    return len(re.findall(r"[A-Z]{2,}", rest)) >= 2 and rest.isupper() and not re.search(r"[.;:!?,]$", rest.strip()) \
        and not _HEADING_MODAL.search(rest) and not re.search(r"\b(?:NOT|NO|ANY|TO|OF|THE|AND|OR|FOR|WITH|BY|IN)$", rest)


def _looks_like_heading(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 12:
        return False
    if re.search(r"[.;:,!]$", text):
        return False
    first = text.lstrip("\"'“‘(")[:1]
    return first.isupper() or first.isdigit()


_INLINE_NUM = re.compile(r"(?<=[\w.;:,)”\"'’])\s+([A-Z]?\d{1,6}(?:\.\d{1,3})*)\.?\s+(?=[A-Z(“\"‘'])"
                         r"(?!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b)")  # "on 3 March 2025" is a date
_INLINE_ITEM = re.compile(r"(?:(?<=[:;,])|(?<=\band)|(?<=\bor))\s+\(?([a-z]|[ivx]{1,4})\)\s+(?=\S)")


@lru_cache(maxsize=None)
def _welsh_only() -> frozenset[str]:
    """structure.yaml's Welsh words less those English has too ("a", "y", "am", "ar")."""
    return frozenset(_patterns()["welsh"] - {"a", "y", "am", "ar"})


def _translates(above: str, text: str) -> bool:
    """``text`` is in Welsh where ``above`` is not: a bilingual document's translation of the point above it (a share
    of its words in lower case in Welsh, where the point above has next to none: "Cyngor Cymuned Llanfair" in an
    English point is a name)."""
    welsh = _welsh_only()

    def share(t: str) -> float:
        words = [w for w in re.findall(r"[\w'’-]+", t[:400]) if w[:1].islower()]
        return sum(w in welsh for w in words) / max(len(words), 1)

    return share(text) >= 0.12 and share(above) < 0.05


def _numbered_near(blocks: list[Block], n: int) -> bool:
    """Has a block above a number within three of ``n`` (minutes numbered 2030, 2031, ...)?"""
    labels = (b.marker.label.rstrip(".") for b in blocks if b.marker is not None)
    return any(label.isdigit() and abs(int(label) - n) <= 3 for label in labels)


def _follows(prev: str | None, cur: str) -> bool:
    """Can number ``cur`` come straight after ``prev`` (the next at some level, or a first child)? An annex's
    points numbered with its letter ("A1 Councillors will ... A2 ...") count on from A1, in their own letter."""
    lettered, before = (re.fullmatch(r"([A-Z])(\d{1,3})", n or "") for n in (cur, prev))
    if lettered is not None or before is not None:
        if lettered is None or before is None:
            return lettered is not None and prev is None and lettered[2] == "1"
        return before[1] == lettered[1] and int(lettered[2]) == int(before[2]) + 1
    if prev is None:
        return cur in ("1", "1.1")
    p, c = prev.split("."), cur.split(".")
    if c == p + ["1"]:
        return True
    # (a number with a letter in it, an action list's "A2", continues nothing by counting)
    return any(p[k].isdigit() and c == p[:k] + [str(int(p[k]) + 1)] for k in range(len(p)))


def _house_number(text: str, m: re.Match) -> bool:
    """An inline number that is part of the sentence, not a point of its own: a whole number (not an annex's "A2") with
    no full stop of its own after a comma or a word that leads into an address ("should be sent to the Clerk, 3 Orchard
    Close, ..." split at "3" when the paragraph was numbered 2; "write to the Clerk at 3 Orchard Close"). A point run on
    after its neighbour follows a sentence's end or a title's last word ("1 Introduction ... 2 Roles ... 3 Councillors
    must ...", adversarial review 45)."""
    if not m.group(1).isdigit() or text[m.end(1):m.end()].lstrip().startswith("."):
        return False
    head = text[max(m.start() - 40, 0):m.start()].rstrip()  # (a bounded look back: a page of 100,000 numbers stays linear)
    return head.endswith(",") or bool(_ADDRESS_WORD.search(head))


# a word that makes the number after it a cross-reference
_REFERENCE_WORD = re.compile(r"\b(?:paragraphs?|paras?\.?|sections?|clauses?|rules?|standing\s+orders?|parts?|appendix|"
                             r"appendices|annex(?:es)?|schedules?|regulations?|articles?|notes?|minutes?|items?|see)\s*$", re.I)


def _cross_reference(text: str, start: int) -> bool:
    """The number at ``start`` is a cross-reference: a word such as "paragraph" or "section" stands before it."""
    return _REFERENCE_WORD.search(text[max(start - 30, 0):start]) is not None


_ADDRESS_WORD = re.compile(r"\b(?:at|to|in|on|of|from|by|near|opposite|behind|c/o)$", re.I)


def _split_inline(blocks: list[Block]) -> list[Block]:
    """A paragraph holding a run of numbered points ("1. Introduction 1.1 The purpose … 1.2 The
    protocol …", a page whose line breaks were lost) is split into one block per point; lettered
    items after a lead-in ("Members will: (a) …; (b) …") become items. A number counts only where
    it continues the numbering (so "paragraph 12 of this protocol" stays), and a paragraph with no
    number of its own needs three such points in a row."""
    out: list[Block] = []
    numbering = None  # the document's last point number so far: a line that runs on from it ("STANDARDS 7. ... 8. ...")
    for b in blocks:
        if b.kind != "para" or b.style == "heading":
            out.append(b)
            continue
        own = b.marker.label if b.marker is not None and b.marker.kind in ("dec", "num") else None
        cuts, last, restarted, carried = [], own, False, False
        carry = numbering if own is None else None
        for m in _INLINE_NUM.finditer(b.text):
            if _house_number(b.text, m) or _cross_reference(b.text, m.start()):
                continue  # (nor "... subject to paragraph 7.11. You should ..." in 7.10: b224's first run)
            if re.search(r"(?:\.{3}|…)$", b.text[max(0, m.start() - 3):m.start()]):
                continue  # a contents entry's page after its dot leader, "10. When things go wrong ....... 11" over
                # "Appendix A. Raising a concern: flowchart ..... 12" (b332's first run), is no point 11
            if carried and not _after_point_end(b.text, m.start()):
                continue  # (a count in a sentence is no point: "At least 4 Councillors must be present", review 54)
            if _follows(last, m.group(1)) or (not cuts and carry is not None and _follows(carry, m.group(1))
                                              and _after_point_end(b.text, m.start())):
                carried = carried or not cuts and not _follows(last, m.group(1))
                cuts.append(m)
                last = m.group(1)
            elif not restarted and _restarts(b.text, own, cuts, m):  # (once: a contents list heads a page once)
                cuts.append(m)
                last, restarted = m.group(1), True
        # a paragraph with no number of its own splits at three points in a row, or at two that go on from the
        # numbering above, or at one after a title ("RAISING CONCERNS 7. ...")
        head = b.text[:cuts[0].start()].strip() if cuts else ""
        enough = len(cuts) >= 3 or carried and (len(cuts) >= 2 or _looks_like_heading(head))
        if not cuts or (own is None and not enough):
            numbering = own or numbering
            out.extend(_split_items(b))
            continue
        numbering = last
        if head and own is None:
            # a line whose breaks were lost: its title, its words before the first point, and the next section's
            # title ("COUNCILLORS AND STAFF – HOW WE WORK TOGETHER This note is ... of them. ROLES 1. The Town Clerk")
            at = 0
            for text, is_title in _titled_run(head):
                at = b.text.find(text, at)
                out.extend([Block("para", _lines_in(b, at, at + len(text))[:1], text=text, style="heading", level=0,
                                  gap_before=True)] if is_title else
                           _split_items(Block("para", _lines_in(b, at, at + len(text)), text=text, indent=b.indent,
                                              style=b.style, level=b.level, gap_before=b.gap_before)))
                at += len(text)
            head = ""
        if head:
            # "4. OFFICERS 4.1 Officers will: ...": a numbered title followed by its own first point is a heading
            titled = own is not None and cuts[0].group(1) == own + ".1" and _looks_like_heading(head) \
                and len(head.split()) <= 8
            out.extend(_split_items(Block("para", _lines_in(b, 0, cuts[0].start()), text=head, marker=b.marker,
                                          indent=b.indent,
                                          style="body" if titled else "run-on" if b.marker is not None else b.style,
                                          level=b.level, gap_before=b.gap_before)))
        for k, m in enumerate(cuts):
            end = cuts[k + 1].start() if k + 1 < len(cuts) else len(b.text)
            label = m.group(1)
            piece = Block("para", _lines_in(b, m.start(), end), text=b.text[m.end():end].strip(),
                          marker=Marker("dec" if "." in label else "num", label), indent=b.indent,
                          level=b.level, gap_before=True)
            # "1. Introduction" followed by its own 1.1 is a heading; any other piece is a paragraph
            nxt = cuts[k + 1].group(1) if k + 1 < len(cuts) else None
            heading = nxt == label + ".1" and _looks_like_heading(piece.text) and len(piece.text.split()) <= 8
            piece.style = "body" if heading else "run-on"
            if heading:
                piece.lines = _lines_in(b, m.end(), end)[:1]  # a heading is the one line its title starts on
            title_at = _trailing_title(b.text, m.end(), end) if nxt is not None and not heading else None
            if title_at is not None:  # "… after the meeting. Information and Confidentiality 16. Councillors …"
                piece.text = b.text[m.end():title_at].strip()
                out.extend(_split_items(piece))  # (the title is on the piece's last line: no second search for it)
                out.append(Block("para", piece.lines[-1:], text=b.text[title_at:end].strip(), style="heading",
                                 level=0, gap_before=True))
                continue
            out.extend(_split_items(piece))
    return out


_CAPS_TITLE = re.compile(r"^((?:[A-Z][A-Z'’&/-]+(?:\s+(?:[–—-]|&))?\s+){2,9}?)(?=[A-Z][a-z])")


def _after_point_end(text: str, at: int) -> bool:
    """A number at ``at`` that goes on from the numbering above stands where a point may start: after a sentence's end
    or after a title in capitals ("... line manager. 7. Councillors ...", "STANDARDS 7. Councillors ..."), not inside a
    sentence ("At least 4 Councillors must be present", "on Tuesday 6 May", "The Council's 5 Committees")."""
    head = text[max(at - 40, 0):at].rstrip()
    return not head or head[-1] in ".;:!?\"”’)" or bool(re.search(r"(?:^|\s)[A-Z][A-Z'’&-]{2,}$", head))


def _titled_run(head: str) -> list[tuple[str, bool]]:
    """The text before a run-on line's first point, as (text, is a title) pieces: a title in capitals that opens it, the
    words that follow, and a section title that closes it; the whole of it is a title where it looks like one."""
    if _looks_like_heading(head) and len(head.split()) <= 8:
        return [(head, True)]
    pieces = []
    m = _CAPS_TITLE.match(head)
    if m is not None and sum(ch.isalpha() for ch in m.group(1)) >= 8:
        pieces.append((m.group(1).strip(), True))
        head = head[m.end():]
    at = _trailing_title(head, 0, len(head))
    body, title = (head[:at].strip(), head[at:].strip()) if at is not None else (head.strip(), "")
    return pieces + [(body, False)] * bool(body) + [(title, True)] * bool(title)


def _restarts(text: str, own: str | None, cuts: list[re.Match], m: re.Match) -> bool:
    """The numbering starts again after a run of short titles: "On this page: 1. Introduction 2. Roles … 9. Review
    1. Introduction 1.1 This Protocol …", a page's contents run into its text when its line breaks were lost."""
    first = own if own is not None else cuts[0].group(1) if cuts else None
    if not 3 <= len(cuts) <= 60 or m.group(1) != first:
        return False
    starts = ([0] if own is not None else []) + [c.end() for c in cuts]
    ends = [c.start() for c in cuts] + [m.start()]
    ends = ends[len(ends) - len(starts):]
    return all(len(text[a:e].split()) <= 8 and not re.search(r"[.;:!?]\s*$", text[a:e]) for a, e in zip(starts, ends))


_TITLE_SMALL = {"and", "of", "the", "to", "for", "in", "on", "with", "a", "an", "or", "at", "by", "from", "&"}


def _trailing_title(text: str, start: int, end: int) -> int | None:
    """Where a section title run in after a point's last sentence starts, on a page whose line breaks were
    lost ("… discussed privately after the meeting. Information and Confidentiality" before "16."): one to
    eight words in Title Case after a full stop, none of them a sentence's; None when there is none."""
    m = re.search(r"(\S+)[.!?][\"'”’)]?\s+((?:[\w'’&-]+\s+){0,7}[\w'’-]+)\s*$", text[start:end])
    if m is None:
        return None
    before, words = m.group(1), m.group(2).split()
    # the full stop ends a sentence, not an initial or an abbreviation ("Ms A. Pryce", "St. Albans", "i.e.", "U.K.")
    if "." in before or len(before) < 2 or before[:1].isupper() and (len(before) < 4 or _TITLED.search(
            text[max(start, m.start(1) + start - 12):start + m.start(1)])):
        return None
    if not all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words) or not words[0][:1].isupper() \
            or (len(words) == 1 and len(words[0]) < 4) or words[-1].lower() in _TITLE_SMALL \
            or words[-1].lower() in _patterns()["unfinished"] or any(w.isdigit() for w in words) \
            or _NOT_A_TITLE.match(" ".join(words)):
        return None
    return start + m.start(2)


_TITLED = re.compile(r"\b(?:mr|mrs|ms|miss|dr|cllr|st|prof)\.?\s+\S+$", re.I)
# a sentence, a pointer or a rule in Title Case is no title ("See Appendix B", "Councillors Must Not Bully Staff")
_NOT_A_TITLE = re.compile(r"(?:see|please|note|contact|read|visit|call|email|click|go)\b|.*\b(?:must|should|shall|will|"
                          r"may|can|cannot|is|are|do|does)\b", re.I)


def _lines_in(b: Block, start: int, end: int) -> list[Line]:
    """The lines of a block whose text falls in ``b.text[start:end]`` (found in order by their
    first words), so a split point is traced to the lines it came from."""
    return _pick_lines(b, _line_spans(b), start, end)


def _line_spans(b: Block) -> list[tuple[Line, int, int]]:
    """Each line of a block with where its text starts and the next line's starts in ``b.text`` (computed once for
    a block split into many pieces: per piece, a wrapped paragraph of thousands of lines was quadratic)."""
    spans, pos = [], 0
    for ln in b.lines:
        head = fold_spaces(ln.text.strip()[:200])[:12]  # (folding the whole of a one-line page per piece was quadratic)
        at = b.text.find(head, pos) if head else -1
        at = pos if at < 0 else at
        spans.append((ln, at))
        pos = at
    starts = [a for _, a in spans[1:]] + [len(b.text)]
    return [(ln, a, e) for (ln, a), e in zip(spans, starts)]


def _pick_lines(b: Block, spans: list[tuple[Line, int, int]], start: int, end: int) -> list[Line]:
    # a line whose words are not in the text (a number alone on its line) goes with the text that follows it
    lo = bisect.bisect_left([e for _, _, e in spans], start) if len(spans) > 64 else 0
    hi = bisect.bisect_left([a for _, a, _ in spans], end) if len(spans) > 64 else len(spans)
    picked = [ln for ln, a, e in spans[lo:hi + 1] if (a < end and e > start) or (a == e and start <= a < end)]
    return picked or b.lines[-1:]


# A line that holds several paragraphs and a bulleted list, as text copied from a page whose line breaks were lost
# arrives ("…the Member Enquiry system.  You should acknowledge … When you reply, you should: • be factual …; • copy
# in your manager …"): two spaces between sentences of one line, and bullets inside it, are where its paragraphs
# and items began. A lone bullet or one double space in a short line is left alone.
_FLAT_BREAK = re.compile(r"(?<=[a-z0-9)\]'’\"”][.!?])[ \t]{2,}(?=[A-Z“\"‘(])")
_FLAT_BULLET = re.compile(r"(?:(?<=\s)|(?<=:))[•▪●◦‣][ \t]+(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])(?<!Mr\.)(?<!Mrs\.)(?<!Ms\.)(?<!Dr\.)(?<!Cllr\.)(?<!St\.)(?<!No\.)"
                           r"(?<!etc\.)\s+(?=[A-Z][a-z])")
FLAT_MIN_CHARS = 200
FLAT_BREAK_MIN_CHARS = 500


def _split_flattened(b: Block) -> list[Block]:
    """The paragraphs and items of one flattened line (see _FLAT_BREAK), each its own block: a part before the
    first bullet is a paragraph (a lead-in where it ends with a colon), each bullet an item, and the sentences
    after the last item of a list (which starts in lower case) a paragraph again."""
    if b.kind != "para" or b.style == "heading" or len(b.text) < FLAT_MIN_CHARS:
        return [b]
    bullets = _FLAT_BULLET.findall(b.text)
    # (a paragraph typed with two spaces after each full stop is one paragraph: only a long line with several such
    # breaks, a section run together, is split at them)
    breaks = len(b.lines) == 1 and len(b.text) >= FLAT_BREAK_MIN_CHARS and len(_FLAT_BREAK.findall(b.text)) >= 2
    if len(bullets) < 2 and not breaks:
        return [b]
    pieces: list[tuple[str, bool]] = []  # (text, is an item)
    for part in (_FLAT_BREAK.split(b.text) if breaks else [b.text]):
        found = list(_FLAT_BULLET.finditer(part))
        if len(found) < 2:
            pieces.append((part.strip(), False))
            continue
        if part[:found[0].start()].strip():
            pieces.append((part[:found[0].start()].strip(), False))
        for k, m in enumerate(found):
            item = part[m.end():found[k + 1].start() if k + 1 < len(found) else len(part)].strip()
            tail = _SENTENCE_END.search(item) if k + 1 == len(found) and item[:1].islower() else None
            pieces.append((item[:tail.start()].strip() if tail else item, True))
            if tail:
                pieces.append((item[tail.end():].strip(), False))
    pieces = [(t, item) for t, item in pieces if t]
    if len(pieces) < 2:
        return [b]
    out, pos = [], 0
    spans = _line_spans(b)
    for k, (text, item) in enumerate(pieces):
        at = b.text.find(text[:40], pos)
        at = pos if at < 0 else at
        pos = at + len(text)
        lines = _pick_lines(b, spans, at, pos)
        if k == 0:
            out.append(Block("para", lines, text=text, marker=b.marker, indent=b.indent, style=b.style, level=b.level,
                             gap_before=b.gap_before))
        else:
            out.append(Block("para", lines, text=text, marker=Marker("bullet", "•") if item else None,
                             indent=b.indent + (1 if item else 0), style="run-on", level=b.level, gap_before=False))
    return out


_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _split_items(b: Block) -> list[Block]:
    """ "3.2 Members will: (a) recognise …; (b) accept …" -> the lead-in and one block per item."""
    flat = _split_flattened(b)
    if len(flat) > 1:
        return [piece for f in flat for piece in _split_items(f)]
    ms = list(_INLINE_ITEM.finditer(b.text))
    if not ms and b.style == "run-on":
        return _split_semicolon_items(b)
    if not ms or ms[0].group(1) not in ("a", "i") or ":" not in b.text[:ms[0].start() + 1]:
        return [b]
    # lettered "(a) … (b) …", or numbered in Roman numerals "i) … ii) … iii) …"
    roman = ms[0].group(1) == "i"
    order = _ROMANS if roman else [chr(c) for c in range(ord("a"), ord("z") + 1)]
    keep = []
    for m in ms:
        if len(keep) < len(order) and m.group(1) == order[len(keep)]:
            keep.append(m)
    # (Roman items stand straight after the colon and part at semicolons: "section 28(6), (i) and (ii) of the Act" and
    # "the panel may adjourn, i) if …, and ii) if …" are one sentence each)
    if roman and (not b.text[:keep[0].start()].rstrip().endswith(":")
                  or any(not b.text[:m.start()].rstrip().endswith((";", "; and", "; or")) for m in keep[1:])):
        return [b]
    if len(keep) < 2:
        return [b]
    out = [Block("para", b.lines, text=b.text[:keep[0].start()].strip(), marker=b.marker, indent=b.indent,
                 style=b.style, level=b.level, gap_before=b.gap_before)]
    for k, m in enumerate(keep):
        end = keep[k + 1].start() if k + 1 < len(keep) else len(b.text)
        out.append(Block("para", b.lines[-1:], text=b.text[m.end():end].strip(),
                         marker=Marker("roman" if roman else "alpha", m.group(1)), indent=b.indent + 1, style="run-on",
                         level=b.level, gap_before=False))
    return out


def _split_semicolon_items(b: Block) -> list[Block]:
    """A point of a page whose line breaks were lost ("2.2 The Clerk is responsible for: preparing the
    agendas; giving impartial advice; carrying out the decisions.") is its lead-in and one item per
    part: three or more parts after the colon, separated by semicolons, each of two to 30 words with
    no sentence ending inside. Only run-on pieces: a printed paragraph keeps its inline list."""
    head, colon, rest = b.text.partition(": ")
    if not colon or len(head.split()) > 40 or re.search(r"[.!?]\s", head):
        return [b]
    parts = [p.strip() for p in re.split(r";\s+(?:and\s+|or\s+)?", rest)]
    if len(parts) < 3 or not all(2 <= len(p.split()) <= 30 and not re.search(r"[.!?]\s", p) for p in parts):
        return [b]
    out = [Block("para", b.lines, text=head + ":", marker=b.marker, indent=b.indent, style=b.style, level=b.level,
                 gap_before=b.gap_before)]
    for k, part in enumerate(parts):
        text = part if k + 1 == len(parts) else part + ";"
        out.append(Block("para", b.lines[-1:], text=text, marker=Marker("bullet", "•"), indent=b.indent + 1,
                         style="run-on", level=b.level, gap_before=False))
    return out


# Furniture that a page whose line breaks were lost carries inside its text: a page number with the running title
# after it ("... campaign.  Page 1 of 2 Pellingstoke Parish Council – Member and Officer Protocol 3.3 Councillors
# ..."), and a signature block of dotted lines ("Signed ........ Chairman Date ........").
_INLINE_PAGE = re.compile(r"(?<=[.;:!?)])\s+(Page\s+\d{1,4}\s+of\s+\d{1,4}"
                          r"((?:\s+(?!\d)[^\s.!?;]+){1,16}?(?=\s+\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z]|\s*$))?)(?=\s|$)", re.I)
# ... a running title is title-case words and joining words, never a sentence ("Page 2 of 4 The Clerk must reply within");
# a colon may part its title from its subtitle ("... Councillors and Employees: Local Guidance")
_TITLE_WORD = re.compile(r"^(?:[A-Z0-9][\w'’/&-]*:?|of|and|the|for|on|in|to|a|an|between|with|by|at|from|under|–|—|-|&|\|)$")
_SENTENCE_WORD = re.compile(r"^(?:must|should|shall|will|may|can|is|are|be|not)$", re.I)
# a signature block: "Signed" or "Signature" and a dotted or ruled blank, a few words (a title, "Date") and blanks
_INLINE_SIGNATURE = re.compile(r"(?<=[.;:!?)])\s+((?:Signed|Signature)\b\W{0,3}[._…]{4,}"
                               r"(?:(?:\s+[^\s._…]+){0,4}?\s+(?:Date|Dated|Name|Position)\b\W{0,3}[._…]{4,})?)(?=\s|$)", re.I)


def _cut_inline_furniture(blocks: list[Block], st: _State) -> list[Block]:
    """Take the page numbers, running titles and signature blocks out of a paragraph that ran several
    points together, recording each as furniture (with the line it was on)."""
    for b in blocks:
        if b.kind != "para" or len(b.text) < 200:
            continue
        cuts = []
        for m in _INLINE_PAGE.finditer(b.text):
            title = (m.group(2) or "").split()
            if title and all(_TITLE_WORD.match(w) and not _SENTENCE_WORD.match(w) for w in title):
                # the page number and the running title after it, each recorded as what it is
                cuts.append((m.start(), m.start(2), b.text[m.start(1):m.start(2)], "page number"))
                cuts.append((m.start(2), m.end(), m.group(2).strip(), "running header"))
            else:  # the words after it are the page's text: only the page number is furniture
                end = m.start(2) if m.group(2) else m.end(1)
                cuts.append((m.start(), end, b.text[m.start(1):end], "page number"))
        cuts += [(m.start(), m.end(), m.group(1), "signature block") for m in _INLINE_SIGNATURE.finditer(b.text)]
        if not cuts:
            continue
        kept: list[tuple[int, int, str, str]] = []
        for cut in sorted(cuts):
            if kept and cut[0] < kept[-1][1]:
                continue  # "Signed .... Date .... Page 2 of 2": the signature block holds the page number
            kept.append(cut)
        pieces, pos = [], 0
        for start, end, found, reason in kept:
            line = next((ln for ln in b.lines if found[:12] in ln.text), b.lines[-1])
            st.furniture.append(Furniture(text=found, line_no=line.line_no, page=line.page, reason=reason))
            st.trace.append(Trace(line.line_no, found, "furniture", reason))
            pieces.append(b.text[pos:start])
            pos = end
        b.text = "".join(pieces) + b.text[pos:]  # (one pass: a page of thousands of page marks is not copied per mark)
    return blocks


def _split_run_on(blocks: list[Block]) -> list[Block]:
    """Split "…work together 1.3 The Protocol must…" where the next paragraph number ran on."""
    out: list[Block] = []
    for b in _split_inline(blocks):
        while b.kind == "para" and b.marker is not None and b.marker.kind == "dec":
            parts = b.marker.label.split(".")
            if not parts[-1].isdigit():
                break
            nxt = ".".join(parts[:-1] + [str(int(parts[-1]) + 1)])
            child = b.marker.label + ".1"
            if nxt not in b.text and child not in b.text:  # cheap test first: the pattern is built per paragraph
                break
            m = next((m for m in re.finditer(r"(?<=[\w.;:,)])\s+(" + re.escape(nxt) + "|" + re.escape(child)
                                             + r")\.?\s+(?=[A-Z])", b.text)
                      if not _cross_reference(b.text, m.start())), None)
            if not m:
                break  # (not "... subject to paragraph 7.11. You should ..." in 7.10: b224's first run)
            head = Block("para", _lines_in(b, 0, m.start()), text=b.text[:m.start()].strip(), marker=b.marker,
                         indent=b.indent,
                         style="run-on", level=b.level)
            out.append(head)
            b = Block("para", _lines_in(b, m.start(), len(b.text)), text=b.text[m.end():].strip(),
                      marker=Marker("dec", m.group(1)),
                      indent=b.indent, style=b.style, level=b.level)
        out.append(b)
    return out


_ITEM_KINDS = {"bullet", "alpha", "roman", "pnum", "ualpha", "uroman"}


# a set of minutes' own title, wrapped or not: which meeting, where and when, with no full stop (a
# sentence about minutes ends as one: "Minutes of the council record the decisions taken on each item, not the
# debate.", "Minutes of any meeting of a committee held on a weekday go to the next full council.")
_MINUTES_TITLE = re.compile(r"(?![^\n]*[.;:!?]$)minutes\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,6}?"
                            r"(?:meeting|committee|sub-committee|council|panel|board)\b[^.!?;:]{0,250}?"
                            r"\b(?:held\b|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d))[^!?;:]{0,250}", re.I)


_APPENDIX_TITLE = re.compile(r"(?i:appendix|annex|schedule|attachment)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\s*[:.–—-]\s+[A-Z]"
                             r"(?![^.]*\b(?i:must|should|shall|will|may|can|cannot|need|needs|is|are|not)\b)[^.;!?]{2,160}")
# a rule's words, which no title in capitals holds ("1. NEVER ASK AN OFFICER TO ACT OUTSIDE THE LAW")
_RULE_WORD = re.compile(r"\b(?:must|should|shall|will|may|can|cannot|never|not|do|don'?t|always|need)\b", re.I)


# (a line with a modal is a rule cut short, whatever verb it ends on: "Requests must be complied with")
_HEADING_MODAL = re.compile(r"\b(?:must|should|shall|will|may|can|cannot|would|could)\b", re.I)


def _is_heading(b: Block, nxt: Block | None, in_items: bool) -> bool:
    text = b.text.strip()
    words = text.split()
    if not words or len(b.lines) > 2 or b.style == "run-on":
        return False
    if b.style == "heading":  # a bold or styled line: still not a heading if it reads as a sentence,
        # nor when it is a lead-in whose items follow ("This protocol covers:")
        if _patterns()["lead_in"].search(text) and nxt is not None and _starts_items(nxt):
            return False
        return len(words) <= 25 and not (re.search(r"[.;]$", text) and len(words) > 6)
    if (b.marker is None or b.marker.kind == "bullet" and not in_items and not (nxt is not None and nxt.marker is not None
                                                                               and nxt.marker.kind == "bullet")) \
            and len(b.lines) == 1 and _APPENDIX_TITLE.fullmatch(text) and len(words) <= 20:
        return True  # "Appendix A: Extract from the Protocol on Member and Officer Relations (Part 5D of the Constitution)"
        # (in a list style of its own too, over the appendix's text; a list of such lines, or the items of a lead-in, is a
        # report's appendices)
    if b.marker is None and _MINUTES_TITLE.fullmatch(text):
        return True  # "Minutes of the meeting of the Standards Committee held in the Council Chamber, ... on 14 January 2026"
    if len(b.lines) <= 2 and not in_items and _is_question(text) and text[:1].isupper() \
            and len(words) <= _patterns()["question_words"] and not _THANKS.match(text) \
            and not _patterns()["question_request"].match(text) \
            and (b.marker is None or _patterns()["question_label"].match(b.marker.label)) \
            and nxt is not None and nxt.kind == "para" and not _is_question(nxt.text.strip()):
        return True  # a Q&A page's question over its answer ("Can I ask the Clerk to write a letter for me?")
    if b.marker is not None and b.marker.kind in ("ualpha", "uroman") and len(b.lines) == 1 \
            and _looks_like_heading(b.text) and len(words) <= 8 and (not in_items or text.isupper()):
        return True  # "A. General principles", "IV. Breaches" (in capitals, even after a list: "B. THE ROLE OF …")
    if b.marker is not None and b.marker.kind in ("num", "dec") and len(b.lines) == 1 and text.isupper() \
            and len(words) <= 15 and not re.search(r"[.;:,!?]$", text) and not _RULE_WORD.search(text) \
            and words[-1].lower() not in _patterns()["unfinished"]:
        return True  # a minute's or a part's title in capitals ("41.  OFFICER SUPPORT FOR COUNCILLORS – FINAL REPORT …")
    if b.marker is not None and b.marker.kind in _ITEM_KINDS:
        return False
    if b.style in ("item", "link"):
        return False
    if in_items and b.marker is None:
        return False
    if len(b.lines) == 2 and _wrapped_heading(b, nxt):
        return True
    if len(b.lines) > 1:
        return False
    # (a bilingual title counts each language's half, "4. Y Berthynas rhwng Aelodau a Swyddogion / The Relationship
    # between Members and Officers", b364's first run; only halves in two languages, one of them Welsh: "Councillors must
    # not instruct contractors / agency staff directly or give them work ..." is one rule, adversarial review 80)
    halves = text.split(" / ") if text.count(" / ") == 1 and _two_languages(*text.split(" / ")) else [text]
    if re.search(r"[.;:,!]$", text) or _patterns()["lead_in"].search(text) or any(len(h.split()) > 12 for h in halves) \
            or len(halves) == 2 and any(len(h.split()) > 10 for h in halves) \
            or _patterns()["question_request"].match(text):
        return False  # (nor a request or a quoted question: 'Someone asks: "Should officers ever attend ...?"')
    if words[-1].lower() in _patterns()["unfinished"] and not (_patterns()["finished_endings"].search(text)
                                                               and not _HEADING_MODAL.search(text)):
        return False  # "Officer will", "… matters of": a sentence cut short, not a heading
    first = text.lstrip("\"'“‘(")[:1]
    # (a stage's or step's title may go on in lower case, "Stage 2: formal complaint", as "Stage 2: Formal complaint",
    # where it is no step itself, _step_itself; a title in capitals after an arrow, "STEP 1 -> TALK IT THROUGH", is one)
    if not (first.isupper() or first.isdigit() or b.marker is not None and b.marker.kind == "step" and (
            re.sub(r"^\W+", "", text)[:1].isupper() or len(words) <= _patterns()["step_title_words"]
            and not _step_itself(words))):
        return False
    if b.marker is not None:  # "1. Background", "2.1. Councillors"
        # …but not a numbered point that stops short ("2.3 Officers give advice to the"), nor one
        # with nothing after it but a few words ("2.3 Officers give advice to the Co" ending the file)
        # ... nor one whose sentence goes on in lower case below, over a page's foot and head ("8. The Monitoring
        # Officer must report to Council if any proposal, decision" / "Page 1 of 4" / "or omission would be ...": b153)
        return words[-1].lower() not in _patterns()["unfinished"] and (nxt is not None or len(words) <= 4) \
            and not (nxt is not None and nxt.kind == "para" and nxt.marker is None and len(words) >= 6
                     and re.match(r"[a-z][a-z'’-]*\b", nxt.text) is not None)  # ("iPads ..." opens a paragraph)
    if text.isupper() and len(words) <= 15:
        return True
    # an unnumbered short line: a heading when what follows is not its continuation
    if nxt is None:
        return len(words) <= 8
    if nxt.kind == "para" and nxt.lines[0].line_no == b.lines[-1].line_no + 1 and nxt.marker is None \
            and nxt.text[:1].islower():
        return False
    # (a bilingual title counts each language's half: "Pan fydd Pethau'n Mynd o Chwith / When Things Go Wrong")
    return all(len(half.split()) <= 10 for half in text.split(" / ")) if text.count(" / ") == 1 else len(words) <= 10


def _step_itself(words: list[str]) -> bool:
    """Is a stage's title in lower case the step itself: it opens with a command (structure.yaml step_verbs, not a noun
    before step_noun_after: "phone call from the Chair"), or a verb follows its subject (step_finite: "complaints about
    the Clerk go to the Chair")?"""
    pats = _patterns()
    low = [w.lower().strip(",;:.") for w in words]
    command = bool(low) and low[0] in pats["step_verbs"] and not (len(low) > 1 and low[1] in pats["step_noun_after"])
    return command or any(w in pats["step_finite"] for w in low[1:])


_ENGLISH_SMALL = frozenset({"the", "of", "and", "to", "in", "on", "for", "with", "between", "by", "from", "is", "are",
                            "be", "must", "will", "should", "not", "or", "an"})


def _two_languages(first: str, second: str) -> bool:
    """Are the halves of "Welsh / English" a title in two languages: one half with a Welsh word and none of English's
    small words, the other with no Welsh word ("Yn seiliedig ar fodel Un Llais Cymru / Based on the One Voice Wales model
    protocol", "... / Part 5.1 – Member Officer Relations Protocol"; not "Councillors must not instruct contractors /
    agency staff directly ...": adversarial review 80 and its second)."""
    words = [{w.lower() for w in re.findall(r"[\w'’-]+", h)} for h in (first, second)]
    welsh = [bool(ws & _welsh_only()) and not ws & _ENGLISH_SMALL for ws in words]
    return welsh[0] and not words[1] & _welsh_only() or welsh[1] and not words[0] & _welsh_only()


def _wrapped_heading(b: Block, nxt: Block | None) -> bool:
    """A heading wrapped onto a second line in plain text or an unstyled PDF ("2. The role of councillors
    and the role of" / "officers in the Council"): short, no sentence punctuation or verb, its first line
    stopping on a joining word or its second opening in lower case, and standing as a heading stands:
    a numbered one over its own first point ("2.1"), an unnumbered one in title case between blank lines."""
    pats = _patterns()
    text = b.text.strip()
    words = re.findall(r"[\w'’-]+", text)
    first, second = b.lines[0].text.strip(), b.lines[1].text.strip()
    # (or a title over its Welsh translation, "Procedure for the Appraisal of the Clerk" / "Gweithdrefn ar gyfer
    # Arfarnu'r Clerc", each line up to 15 words)
    welsh = {w.lower() for w in re.findall(r"[\w'’-]+", second)} & pats["welsh"]
    bilingual = len(welsh) >= 2 and not any(w.lower() in _welsh_only() for w in re.findall(r"[\w'’-]+", first))
    # (or a title block whose every line is "Welsh / English": "Protocol Perthynas Aelodau a Swyddogion / Member and
    # Officer Relations Protocol" over "Cyfansoddiad - Rhan 5.3 / Constitution - Part 5.3 (English version)")
    # ("Trin swyddogion gyda pharch / Treat officers with respect" over another rule is no title: a title names the
    # document or its part)
    bilingual = bilingual or all(ln.text.count(" / ") == 1 and len({w.lower() for w in re.findall(r"[\w'’-]+", ln.text)}
                                                                    & pats["welsh"]) >= 2
                                 and _NAMES_A_DOCUMENT.search(ln.text) for ln in b.lines)
    if not words or len(words) > (30 if bilingual else 15) or re.search(r"[.;:,!?]$", text) or nxt is None \
            or any(w.lower() in pats["sentence_verbs"] for w in words) \
            or not (second[:1].islower() or _ends_on_dangling_word(first) or bilingual) \
            or words[-1].lower() in pats["unfinished"]:
        return False
    if b.marker is not None and b.marker.kind in ("dec", "num"):
        return nxt.marker is not None and nxt.marker.kind == "dec" and nxt.marker.label.startswith(b.marker.label + ".")
    if b.marker is not None:
        return False
    title_case = bilingual or all(w[:1].isupper() or w.lower() in pats["small_words"] for w in words)
    return title_case and text[:1].isupper() and b.gap_before and nxt.gap_before


_NAMES_A_DOCUMENT = re.compile(r"\b(?:protocol|constitution|council|part|policy|code|procedure|guidance|cyngor|"
                               r"cyfansoddiad|rhan|polisi|cod|gweithdrefn|canllawiau|perthynas)\b", re.I)


# a reader's comment under a news item opens with thanks ("Useful reminder. Could the system …?", "Really useful,
# thanks. Does …?"): a comment, never a Q&A page's question over its answer
_THANKS = re.compile(r"\W*(?:thanks|thank you|many thanks|really (?:useful|helpful)|useful|helpful|great)\b", re.I)


def _is_question(text: str) -> bool:
    """Does the line ask a question: its last sentence opens with a question word and ends with '?'."""
    return text.endswith(("?", "?”", "?'", "?\"", "?)")) and bool(_patterns()["question"].search(text))


def _is_item_candidate(b: Block) -> bool:
    if b.kind != "para":
        return False
    if b.marker is not None:
        return b.marker.kind in _ITEM_KINDS
    return b.style == "item"


def _is_bare_item(b: Block) -> bool:
    """An unmarked line in a list after a lead-in ("a working partnership;")."""
    if b.kind != "para" or b.marker is not None or b.style == "heading":
        return False
    text = b.text.strip()
    if text[:1].islower():
        return True
    if re.search(r"(;|,|;\s*(and|or)|\band|\bor)$", text):
        return True
    return len(text.split()) <= 14 and not text.endswith(".") and len(b.lines) == 1


@dataclass
class _ListFrame:
    text: str
    base: str | None  # id the items hang from
    indent: int
    section: list[str]
    count: int = 0
    bare: bool = False
    numbered: bool = False  # items are "1." "2." (num markers), not letters or bullets
    last_num: int = 0
    lower: int = 0  # how many of its items open in lower case
    parent: "_ListFrame | None" = None  # the list whose item this lead-in is ("councillors should:" over "b) in meetings:")
    own: str = ""  # the lead-in's own words (``text`` adds its parent's)
    label: str | None = None  # the lead-in's own list label ("b"), if it has one
    lead_kind: str | None = None  # the lead-in's marker kind (None when unmarked)
    last_label: str | None = None  # the label of its last labelled item
    item_indent: int | None = None  # the indent of its first item
    shown: bool = False  # its words reached a clause (as the lead-in of an item, or of a nested lead-in's item)
    block: "Block | None" = None  # the lead-in's block, printed as a clause of its own if no item ever shows it
    tail: str = ""  # what that clause would print (a lead-in's first sentences may be a clause already)
    at: int = 0  # where in the clause list that clause goes


def _closes_items(frame: _ListFrame, b: Block, nxt: Block | None) -> bool:
    """Does ``b``, a capitalised short line after a list whose items all open in lower case, stand over a capitalised
    paragraph or lead-in: the next section's heading, not one more item ("stay out of party politics in their work"
    / "What officers can expect from councillors" / "Officers can expect councillors to:", a page copied from a
    browser, where items and headings alike lose their marks)? (Not a capitalised item, "Declare any close relationship",
    over another: what follows a heading is a lead-in or a sentence.)"""
    text = b.text.strip()
    return frame.count >= 2 and frame.lower == frame.count and b.marker is None and b.style not in ("item", "link") \
        and len(b.lines) == 1 and text[:1].isupper() and _looks_like_heading(text) and len(text.split()) <= 10 \
        and nxt is not None and nxt.kind == "para" and nxt.text.strip()[:1].isupper() \
        and (nxt.text.strip().endswith(":") or (re.search(r"[.!?]$", nxt.text.strip()) and len(nxt.text.split()) > 8))


def _first_line_set_apart(cur: Block, after: Line | None) -> bool:
    """A PDF paragraph's numbered first line set apart by a wider line space, its sentence going on in lower case on the
    line ``after`` the gap ("4.3 Members who receive confidential" / "" / "information must not disclose it ...": b376's
    first run made the line a heading and lost the paragraph's number); not a title in capitals over "iPads ...",
    "e-mail ..." or an address (adversarial review 83)."""
    words = cur.text.split()
    return cur.kind == "para" and cur.style != "heading" and len(cur.lines) == 1 and cur.marker is not None \
        and cur.marker.kind == "dec" and cur.lines[-1].page is not None \
        and not re.search(r"[.;:!?)\]]\s*$", cur.lines[-1].text) and after is not None \
        and after.page == cur.lines[-1].page and re.match(r"[a-z]{2,}\s", after.text.strip()) is not None \
        and parse_marker(after.text.strip())[0] is None and len(words) >= 4 \
        and sum(w[:1].isupper() for w in words[1:]) * 2 < len(words) - 1


def _starts_items(b: Block) -> bool:
    """Can this block be the first item of a list after a lead-in?"""
    if b.kind != "para" or b.style == "heading":
        return False
    if b.marker is not None and b.marker.kind == "num":
        return not _looks_like_heading(b.text) or b.style == "item"
    return _is_item_candidate(b) or _is_bare_item(b)


def _leaves_frame(frame: _ListFrame, b: Block, lead_in: bool) -> bool:
    """Does ``b`` go back out of the list ``frame`` introduced, to the list its lead-in is an item of: "c)" after
    "b) when making requests: i. … ii. …", a bullet back at the indent of the lead-in "• in meetings:" over deeper
    items, or the lead-in's next sibling ("• in correspondence:" after "• in meetings: • …")? A lettered or numbered
    ``b`` must continue the outer list's labels and not this one's."""
    if b.kind != "para" or b.style == "heading":
        return False
    if b.marker is not None and b.marker.kind not in ("bullet", "dec", "step"):
        outer_last = frame.parent.last_label if frame.parent is not None else frame.label
        if frame.last_label is None:  # a lead-in with no items yet: its next sibling ends it ("1. in the press:" / "2.")
            return frame.parent is not None and frame.label is not None and b.indent <= frame.indent \
                and b.marker.label in _next_labels(frame.label)
        if outer_last is None or b.marker.label not in _next_labels(outer_last):
            return False
        # ("3." may continue either list of numbers: back at the lead-in's indent, over deeper items, it is the outer's)
        return b.marker.label not in _next_labels(frame.last_label) or (
            frame.item_indent is not None and frame.item_indent > frame.indent >= b.indent)
    if frame.parent is None or b.indent > frame.indent:
        return False
    if b.marker is not None and frame.count and frame.item_indent is not None and frame.item_indent > frame.indent:
        return True
    kind = b.marker.kind if b.marker is not None else None
    return lead_in and frame.lead_kind == kind


def _is_bare_label(text: str) -> bool:
    """Is ``text``, a lead-in whose list never came, a label with nothing under it ("Name:", "Share this:")?"""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    pats = _patterns()
    return 0 < len(words) <= pats["bare_label_words"] and not any(w.lower() in pats["sentence_verbs"] for w in words) \
        and not pats["lead_in"].search(text.rstrip(":").rstrip())


def _frame_takes(frame: _ListFrame, b: Block) -> bool:
    """Does block ``b`` continue the list that ``frame`` introduced?"""
    if b.kind != "para" or b.style == "heading":
        return False
    if b.marker is not None:
        if b.marker.kind == "dec":
            return False
        if b.marker.kind == "num" and not frame.numbered:
            return False
        return b.indent >= frame.indent - 1 or b.style == "item"
    if b.style == "item":
        return True
    if not frame.bare or not _is_bare_item(b):
        return False
    text = b.text.strip()
    strong = text[:1].islower() or bool(re.search(r"(;|,|;\s*(and|or)|\band|\bor)$", text))
    # (a bare number right under its lead-in answers it: "The number of members needed for a quorum is:" / "3")
    return strong or not b.gap_before or (frame.count == 0 and text.isdigit())


def _split_title(blocks: list[Block]) -> list[Block]:
    """A document's first line, when it reads as a title, is a heading even if a paragraph follows it."""
    if not blocks or blocks[0].kind != "para" or blocks[0].marker is not None or blocks[0].style == "heading":
        return blocks
    first = blocks[0]
    line = first.lines[0].text.strip()
    # (a line of its own over a heading, naming the council and the document without a verb, is the title over the
    # document's own heading: "Great Ashby Parish Council – Contract of Employment: Clerk and Responsible Financial
    # Officer" over "# Schedule 2: Working relationships with councillors", b285's first run)
    if len(first.lines) == 1 and len(blocks) > 1 and "heading" in (blocks[1].kind, blocks[1].style) \
            and _looks_like_title(line) and _TITLE_WORDS.search(line) and _KICKER.match(line) \
            and not _SENTENCE_VERB.search(line.lower()) \
            and not any(w.lower() in _patterns()["sentence_verbs"] for w in line.split()):
        return [Block("para", first.lines, text=line, style="heading", level=1)] + blocks[1:]
    if len(first.lines) < 2 or not _looks_like_title(line):
        return blocks
    following = first.lines[1].text.strip()
    title_case = all(w[0].isupper() for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3)
    if (not title_case and line.split()[-1].lower() in _patterns()["no_end"]) or (
            following[:1].islower() and ((not title_case and re.search(r",\s", line))
                                         or len(line) >= _wrap_width(first.lines) - 12
                                         or re.match(r"(?:I|We)\s+(?:am|are|was|were|have|had|write|would|wish|want)\b",
                                                     line))):
        return blocks  # a sentence wrapped at the page's width ("Please see below the protocol on ... between", an
        # email's "Following the elections on 7 May, and with four new members joining us, I" / "thought it would ...",
        # "I am writing to all Members following an incident at the Planning Committee" / "on 4 March, ...": b301)
    title = Block("para", first.lines[:1], text=line, style="heading", level=1)
    rest_text = " ".join(ln.text.strip() for ln in first.lines[1:])
    rest = Block("para", first.lines[1:], text=rest_text, indent=first.indent)
    return [title, rest] + blocks[1:]


# a member's question in minutes, labelled by who asked whom, over the question in quotation marks ("(b) Question from
# Councillor R. Mistry to the Cabinet Member for Resources, Councillor L." / "Fairbairn" / "“How many working days ...")
_ASKED_LABEL = re.compile(r"(?:supplementary\s+)?(?:question|petition|statement|deputation)\s+(?:from|by)\s+"
                          r"(?:[^.?!:;“”\"]|\.(?=\s*[A-Z])){3,200}", re.I)  # (initials: "Councillor L. Fairbairn")
_OPENS_QUOTE = re.compile(r"[“\"‘]")


def split_question_labels(blocks: list[Block]) -> list[Block]:
    """A paragraph that opens with a member's question's label (one or two lines, no sentence of its own) and goes on
    with the question in quotation marks is the label, a heading, over the question, which keeps the paragraph's
    number (b261's council minutes: the label, the question and, across a page break, the answer were one clause)."""
    out = []
    for b in blocks:
        at = next((k for k, ln in enumerate(b.lines[:3]) if k and _OPENS_QUOTE.match(ln.text.strip())), None) \
            if b.kind == "para" and b.style == "body" and len(b.lines) >= 2 else None
        label = " ".join(ln.text.strip() for ln in b.lines[:at]) if at else ""
        if b.marker is not None and label:
            label = parse_marker(label)[2] or label
        quoted = b.lines[at].text.strip()[1:] if at else ""
        closed = re.search(r"[”\"]|’(?!\w)", quoted)  # (not the apostrophe of "the Council’s")
        # (the label ends on the name of whom it was asked, and the quotation opens a sentence of its own: "... about the
        # review of the" / "“Member/Officer Protocol” which ..." is one sentence, adversarial review 57)
        if not at or not _ASKED_LABEL.fullmatch(label) or not re.search(r"\b[A-Z][\w'’-]*\)?$", label) \
                or not quoted[:1].isupper() or (closed and re.match(r"\s*[a-z]", quoted[closed.end():])):
            out.append(b)
            continue
        out.append(Block("para", b.lines[:at], text=label, style="heading", level=0))
        rest = b.lines[at:]
        text = rest[0].text.strip()
        for ln in rest[1:]:
            text = join_wrapped(text, ln.text.strip())
        out.append(Block("para", rest, text=text, marker=b.marker, indent=b.indent))
    return out


_KICKER = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){1,8}(?:[–—|:]|-\s)")  # "Great Ashby Parish Council – ..."
_TITLE_WORDS = re.compile(r"\b(?:council|protocol|code|policy|guidance|guide|contract|schedule|procedure|handbook)\b", re.I)


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 25 and not re.search(r"[.;:,!]$", text) and text[:1].isupper()
