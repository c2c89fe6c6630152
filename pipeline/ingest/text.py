"""Plain text and Markdown: `read_text(path, doc_id) -> RawDocument`, and the text decoding every reader shares."""

from __future__ import annotations

import codecs
import html
import re
from pathlib import Path

from ..model import Furniture, IngestError, Line, RawDocument
from .clean import RULE_VERB, normalise
from .numbering import parse_marker


def decode_bytes(data: bytes) -> str:
    """Decode text whatever its encoding: UTF-8 (with or without BOM), UTF-16, cp1252, latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if len(data) >= 4 and data.count(b"\x00") >= len(data) // 4:
        # UTF-16 without a byte-order mark: the zero bytes tell the order.
        even = data[0::2].count(b"\x00")
        odd = data[1::2].count(b"\x00")
        return data.decode("utf-16-be" if even > odd else "utf-16-le", errors="replace")
    if b"\x00" in data:
        raise IngestError("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = data.decode("utf-8", errors="replace")
    if _damaged_utf8(mostly):  # a UTF-8 file with a few bad bytes: reading it all as cp1252 garbles every accent
        return mostly
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _damaged_utf8(text: str) -> bool:
    """Text decoded as UTF-8 with replacements is UTF-8 with damaged bytes, not another encoding,
    when its well-formed non-ASCII characters outnumber the bytes that could not be decoded."""
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return good > bad


def invalid_utf8_note(text: str) -> str | None:
    """The warning for a text decoded as damaged UTF-8 (``decode_bytes``), or None."""
    bad = text.count("\ufffd")
    if bad and _damaged_utf8(text):
        return f"{bad} byte(s) are not valid UTF-8 and were replaced by U+FFFD: the file may be damaged"
    return None


def _check_text(text: str) -> None:
    if not text.strip():
        raise IngestError("no text: the file is empty or blank")
    sample = text[:20000]
    junk = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if junk > max(8, len(sample) // 50):
        raise IngestError("binary data, not text")


def _indent_of(raw: str) -> int:
    """The line's indent in columns: a tab counts to the next multiple of 8, as a text editor shows it (the
    hanging indent of "1.1<tab>This protocol ..." / "<tab>Town Council should ..." saved from Word)."""
    n = 0
    for ch in raw:
        if ch == " " or ch == "\u00a0":
            n += 1
        elif ch == "\t":
            n = (n // 8 + 1) * 8
        else:
            break
    return n


def _mark_page_edges(lines: list[Line], edge: int = 2) -> None:
    """Mark the first and last non-blank lines of each page (running header/footer candidates)."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        if line.page is not None and line.text.strip():
            by_page.setdefault(line.page, []).append(line)
    for page_lines in by_page.values():
        for line in page_lines[:edge]:
            line.page_pos = "top"
        for line in page_lines[-edge:]:
            line.page_pos = "bottom"


def lines_from_text(text: str) -> tuple[list[Line], int | None]:
    """Split decoded text into lines; form feeds mark pages (text extracted from PDFs)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paged = "\f" in text.strip("\f\n ")
    lines: list[Line] = []
    raws: list[str] = []  # each line as it came, its spacing whole (normalise caps a run of spaces)
    page = 1
    for raw in text.split("\n"):
        parts = raw.split("\f")
        for i, part in enumerate(parts):
            if i > 0:
                page += 1
            if len(parts) > 1 and not part.strip():
                continue  # a form feed alone is a page break, not a line
            raws.append(part)
            cleaned = normalise(part)
            lines.append(Line(text=cleaned, line_no=len(lines) + 1,
                              page=page if paged else None, indent=_indent_of(cleaned)))
    for i in _boxed_lines(raws):
        raws[i] = _BOX_BARS.sub(r"\1 \2 ", raws[i])  # (its two bars become spaces, so its columns stay where they were)
        lines[i].text = normalise(raws[i])
        lines[i].indent = _indent_of(lines[i].text)
    for i, (table, cells) in _aligned_rows(raws).items():
        lines[i].cells, lines[i].table = cells, table
    if paged:
        _mark_page_edges(lines)
    return lines, (page if paged else None)


_BOX_EDGE = re.compile(r"\s*\+[-=]{3,}\+\s*")  # the top or foot of a box drawn in text, one cell wide
_BOX_LINE = re.compile(r"\s*\|[^|]*\|\s*")
_BOX_BARS = re.compile(r"^(\s*)\|([^|]*)\|")  # a box line's two bars


def _boxed_lines(raws: list[str]) -> list[int]:
    """The lines inside each box drawn in text with one cell, "+----+" above and below and each line set between two
    bars ("| NEVER MISS AN ISSUE |" / "| Get The Bridge by email every quarter. Sign up at |"): a panel of lines, not a
    table of one column, so that its lines are read as any others are (its bars and edges are layout; b344's and b347's
    first runs kept "| CONTACTS |" and "| Post: ... |" as clauses). A box any of whose lines holds a third bar, or that
    is not closed, is left as it is."""
    out: list[int] = []
    k = 0
    while k < len(raws):
        if not _BOX_EDGE.fullmatch(raws[k]):
            k += 1
            continue
        end = k + 1
        while end < len(raws) and _BOX_LINE.fullmatch(raws[end]):
            end += 1
        if end > k + 1 and end < len(raws) and _BOX_EDGE.fullmatch(raws[end]):
            out.extend(range(k + 1, end))
        k = end
    return out


_CELL = re.compile(r"\S+(?:[ ]{1,2}\S+)*")  # a cell of a table set out with spaces: its words, one or two spaces apart
_RULE = re.compile(r"\s*[-=_]{5,}\s*")
_MIN_ROWS = 3  # a table's rows, with its heading row
_MAX_CELLS = 12  # a line of more such cells is no table row
_TABLE_IDS = 1_000_000  # a text table's number is its first line's index past this, apart from any reader's own
_LABEL_ONLY = re.compile(r"(?:step|stage|q|question|part|section|item)\s*\d{1,3}[.:)]?", re.I)  # "Step 1   Raise it ..."


def _prose_columns(rows: list[list[tuple[int, str]]]) -> bool:
    """Are these rows text set in columns, each column's line going on in the line below it ("Councillors must not
    bully officers" / "improperly in any way at all,"), not a table's cells?"""
    for above, below in zip(rows, rows[1:]):
        for (_, a), (_, b) in zip(above, below):
            if not re.search(r"[.;:!?)]$", a) and b[:1].islower():
                return True
    return False


def _same_columns(cells: list[tuple[int, str]] | None, starts: list[int]) -> bool:
    """Does a line's cells start where the table's columns start (two characters either way)?"""
    return cells is not None and len(cells) == len(starts) and all(abs(c[0] - s) <= 2 for c, s in zip(cells[1:], starts[1:]))


def _aligned_rows(raws: list[str]) -> dict[int, tuple[int, list[str]]]:
    """The rows of tables set out with spaces in plain text, by line index, with their table's number: cells three or
    more spaces apart, each column starting where it starts in the rows around it, at least three such rows running on
    (a rule line of dashes between them is the table's). "Stage 2 - written outcome          15 working days from
    receipt" is two cells, not one sentence. A numbered paragraph's number and its text ("5.3   The Monitoring Officer
    ...") is no row."""
    shapes: list[list[tuple[int, str]] | None] = []
    for raw in raws:
        cells = [(m.start(), m.group()) for m in _CELL.finditer(raw)] if "\t" not in raw and len(raw) <= 2000 else []
        ok = 2 <= len(cells) <= _MAX_CELLS and not _LABEL_ONLY.fullmatch(cells[0][1])
        if ok:
            marker, _, rest = parse_marker(cells[0][1] + " x")
            ok = marker is None or rest != "x"  # a list's "1)", "(a)", "A.", "o" set apart from its text
        shapes.append(cells if ok else None)
    rows: dict[int, tuple[int, list[str]]] = {}
    i = 0
    while i < len(raws):
        if shapes[i] is None:
            i += 1
            continue
        starts = [c[0] for c in shapes[i]]
        run, rules, j = [i], [], i + 1
        while j < len(raws):
            if _RULE.fullmatch(raws[j]):
                rules.append(j)
                j += 1
                continue
            if rules and not raws[j].strip() and j + 1 < len(raws) and _same_columns(shapes[j + 1], starts):
                j += 1  # (a ruled table's rows set a blank line apart, each row's cells wrapped in their columns)
                continue
            if not _same_columns(shapes[j], starts):
                break
            run.append(j)
            j += 1
        # (text in columns is no table, unless a rule of dashes sets its heading row apart and its rows stand a blank
        # line apart, each a few lines: "You can expect officers to…   Officers can expect you to…" / "-----" / cells
        # wrapped in their columns; a page of two columns of prose under a ruled running header is prose)
        groups: list[list[int]] = []
        for k in run:
            if groups and all(r in rules for r in range(groups[-1][-1] + 1, k)):  # (next to it, or a rule between)
                groups[-1].append(k)
            else:
                groups.append([k])
        rows_apart = len(groups) >= 3 and all(len(g) <= 3 for g in groups[1:])
        if len(run) >= _MIN_ROWS and (not _prose_columns([shapes[k] for k in run])
                                      or (rules and rules[0] <= run[1] and rows_apart)):
            rows.update({k: (_TABLE_IDS + i, [c[1] for c in shapes[k]]) for k in run})
            rows.update({k: (_TABLE_IDS + i, [raws[k].strip()]) for k in rules if k < run[-1]})  # dropped as its rule
        i = max(j, i + 1)
    return rows


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_WROTE = re.compile(r"\s*on\s.{0,120}\swrote\s*:\s*$", re.I)  # "On Fri, 4 Sept 2026 at 16:12, Rachel … wrote:"
_EMAIL_LINE = re.compile(r"\s*(?:>\s*)*(?:(?:from|sent|to|subject|date)\s*:|on\s.{0,120}\swrote\s*:)", re.I)
# "> 5 days: the Clerk must be told", a threshold, not a quote ("> 4. Councillors must ..." is a quoted point)
_THRESHOLD = re.compile(r"\s*>\s*=?\s*[£$]?\d(?!\d*(?:\.\d+)*(?:[.)]\s|\s+[A-Z(]))")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>[ \t]?)+")  # a blockquote's marks: "> (a) ..." is the item "(a) ..."
MAX_FRONT_MATTER = 60  # lines a Markdown file's YAML front matter may run to
_FRONT_MATTER_LINE = re.compile(r"\s*(?:[A-Za-z_][\w-]{0,40}\s*:(?:\s.*)?|-\s.*|#.*)$")  # "version: 2.1", "- tag"
_FRONT_MATTER_KEY = re.compile(r"\s*(?:title|version|date|author|owner|status|layout|tags|categories|description|"
                               r"last_(?:reviewed|modified|updated)|review(?:_date)?|lang|permalink|council|"
                               r"constitution_ref|section|slug)\s*:", re.I)
_MD_ATTRIBUTION = re.compile(r"(?:[—―–]|--)\s+[A-Z]")  # "— Councillor Priya Nandra, oral evidence" (a "- " is a list item)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_BOLD_LINE = re.compile(r"(\*\*|__)([A-Z0-9][^*_]{0,100}?)\1")
_RULE_VERB = re.compile(r"\b(?:must|should|shall|will|may|can|cannot|is|are|do|does|not|never)\b", re.I)


def _bold_label(text: str) -> bool:
    """A Markdown line that is one bold label of at most three words closing on a colon ("**Speaker notes:**"), with
    no verb of a rule: not a lead-in ("**Members will:**", "**Councillors must not:**"). (A bold line without a colon
    is left to the heading rules: "**Contact the Monitoring Officer before accepting any gift**" is a rule, adversarial
    review 38.)"""
    m = _MD_BOLD_LINE.fullmatch(text)
    if not m:
        return False
    inner = m.group(2).strip()
    # (or a transcript's speaker, in capitals with a post or a name in brackets: "**COUNCILLOR DAVID OKORO (Chair of the
    # Standards Committee):**", "**THE MONITORING OFFICER (Rachel Ibekwe):**", b180 first run)
    speaker = re.fullmatch(r"(?-i:[A-Z][A-Z'’. -]{1,60})(?:\s*\([^()]{1,80}\))?\s*:", inner)
    return inner.endswith(":") and (len(inner.split()) <= 3 or bool(speaker)) and not _RULE_VERB.search(inner)
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_]+?)(?<=\S)\1(?![\w*])")  # "*approved on 19 March 2026*"
# a picture, "![The Town Office](images/office.jpg "title")", and a link, "[the Code](https://...)": the link's words
# are the text; a picture's are not (a line of pictures alone is furniture, and so is the italic caption under it)
# (no "[" in a link's text and no bracket in its address but one balanced pair, "(disambiguation)": each "[" is looked
# at once, so a line of a million "[a](" costs time in proportion to its length)
_MD_TARGET = r"(?:[^()\s\[\]]|\([^()\s]{0,200}\)){0,2000}(?:\s+[\"'][^\"'\n]{0,300}[\"'])?"
# (with pandoc's attributes after it: "![logo](media/image1.png){width="1.6in" height="0.7in"}")
_MD_IMAGE = re.compile(r"!\[[^\[\]\n]{0,500}\]\(" + _MD_TARGET + r"\)(?:\{[^{}\n]{0,300}\})?")
_MD_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,500})\]\(" + _MD_TARGET + r"\)|"
                      r"(?<!!)\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,100}\]|<((?:https?://|mailto:)[^<>\s]{1,2000})>")
# "[1]: https://...": a target that is an address, and a title that closes the line
_WIKI_EDIT = re.compile(r"\s*\[\s*edit(?:\s+source)?\s*\]\s*$", re.I)
_MD_LINK_DEF = re.compile(r"\s{0,3}\[[^\]\n]{1,100}\]:\s+<?(?:[a-z][a-z0-9+.-]{1,20}:|/|#|\.{1,2}/|www\.)[^\s<>]{0,2000}>?"
                          r"(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^)\n]{0,300}\)))?\s*", re.I)
_MD_CAPTION = re.compile(r"([*_])(?=\S)[^*_\n]{1,200}(?<=\S)\1")  # a line in italics alone
# ... unless the italic line is a rule or a sentence about the parties ("*Officers are not to be asked to canvass*",
# "*Never ask an officer to do private work.*")
_MD_NOT_CAPTION = re.compile(r"\b(?:must|should|shall|will|can|cannot|may|ought|need|needs|expected|required|"
                             r"prohibited|entitled|never|do not|don[’']t|always)\b|\b(?:is|are)\s+(?:not\s+)?to\b|"
                             r"\b(?:councillors?|members?|officers?|staff|employees?|clerk|chair(?:man)?)\b[^.]*\.\W*$", re.I)


# HTML left in Markdown converted from a web page: inline elements ("<span class=\"para-num\">4.2</span>&nbsp;Officers
# will ...", "<strong>", a line break "<br>") show only their text, and entities ("&nbsp;", "&gt;") the characters they
# stand for (b195's first run kept the tags in the clauses and missed the paragraph numbers)
_MD_INLINE_TAG = re.compile(r"</?(?:span|strong|b|em|i|u|small|sup|sub|abbr|mark|font|div|p|a|label|time|cite|q|"
                            r"ins|section|article|header|footer|main|aside|nav)(?=[\s/>])"
                            r"[^<>\"']{0,300}(?:(?:\"[^\"]{0,300}\"|'[^']{0,300}')[^<>\"']{0,300}){0,20}>", re.I)
# (a tag only where its name ends at a space, "/" or ">": "<s.khan@council.gov.uk>" is an address and "<https://...>" a
# link; "<del>" and "<s>" are left as they are, as their words are struck out, not the rule's: adversarial review 41)
_MD_BREAK = re.compile(r"<br\s*/?>", re.I)
# an entity with its ";" ("&nbsp;", "&#8217;"), not "&para" or "&sect" inside a web address; in a table row not a pipe's
# ("&#124;" is how a cell holds a "|"), which stays as written so that the row's cells stay as they are
_MD_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.I)
_PIPE_ENTITY = re.compile(r"&(?:#124|#x7c|vert|verbar|VerticalLine);", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ufffd\u2028\u2029]")


def _inline_html(text: str) -> str:
    """A Markdown line without its inline HTML tags, its ``<br>`` a space (outside a table) and its entities decoded
    (a control character, a line break or an invalid character among them a space)."""
    if "<" not in text and "&" not in text:
        return text
    row = text.lstrip().startswith("|")
    # (a table row keeps its "<br>": the table reader breaks its cell there, between two statements)
    text = _MD_INLINE_TAG.sub("", text if row else _MD_BREAK.sub(" ", text))

    def decoded(m: re.Match) -> str:
        if row and _PIPE_ENTITY.fullmatch(m.group(0)):
            return m.group(0)
        return _CONTROL.sub(" ", html.unescape(m.group(0)))

    return _MD_ENTITY.sub(decoded, text).replace("\xa0", " ")


def _unquoted_email(text: str) -> str:
    """A text quoted in an email reply ("> 3. WORKING TOGETHER", "> (c) acting as …") without its marks, where the text
    is an email's (a line of its header or "… wrote:") and a third of its lines or more are quoted, or three or more
    under an "… wrote:" line; a stray "> " line, and a threshold ("> 5 days"), stay as they are."""
    said = [ln for ln in text.splitlines() if ln.strip()]
    quoted = sum(1 for ln in said if _MD_QUOTE.match(ln) and not _THRESHOLD.match(ln))
    if not any(_EMAIL_LINE.match(ln) for ln in said) or quoted < 3 or \
            quoted < len(said) / 3 and not any(_WROTE.match(ln) for ln in said):
        return text
    return "".join(ln if _THRESHOLD.match(ln) else _MD_QUOTE.sub("", ln) for ln in text.splitlines(keepends=True))


def _closes(lines: list[Line], k: int) -> bool:
    """Whether every comment open on line ``k`` closes within its paragraph (before a blank line): an unclosed "<!--"
    is text as written, not a comment that hides the rest of the file; nor is one inside a code span ("`<!-- -->`")."""
    if "`" in lines[k].text:
        return False
    commented = False
    for n, ln in enumerate(lines[k:k + 40]):
        if n and not ln.text.strip():
            return False
        commented = _still_open(ln.text, commented)
        if not commented:
            return True
    return False


def _still_open(text: str, commented: bool) -> bool:
    """Whether a comment is open at the end of ``text``, given whether one was open at its start."""
    pos = 0
    while True:
        mark = "-->" if commented else "<!--"
        at = text.find(mark, pos)
        if at < 0:
            return commented
        commented, pos = not commented, at + len(mark)


def _hide_comments(line: Line, commented: bool, furniture: list[Furniture]) -> bool:
    """Take a Markdown line's HTML comments out of its text into the furniture ("<!-- TODO: add the link -->", an
    editor's note no reader of the page sees); returns whether a comment is still open at the line's end."""
    kept, hidden, rest = [], [], line.text
    while rest:
        if commented:
            end = rest.find("-->")
            hidden.append(rest if end < 0 else rest[:end + 3])
            rest, commented = ("", True) if end < 0 else (rest[end + 3:], False)
        else:
            start = rest.find("<!--")
            kept.append(rest if start < 0 else rest[:start])
            rest, commented = ("", False) if start < 0 else (rest[start:], True)
    if any(h.strip() for h in hidden):
        furniture.append(Furniture(text=" ".join(h.strip() for h in hidden if h.strip()), line_no=line.line_no,
                                   page=line.page, reason="hidden comment"))
    line.text = re.sub(r"(?<=\S)\s{2,}(?=\S)", " ", "".join(kept)) if hidden else line.text
    return commented


def read_text(path: Path, doc_id: str) -> RawDocument:
    """Plain text or Markdown, in any common encoding."""
    text = decode_bytes(path.read_bytes())
    _check_text(text)
    if path.suffix.lower() not in {".md", ".markdown"}:
        text = _unquoted_email(text)
    lines, pages = lines_from_text(text)
    furniture: list[Furniture] = []
    if path.suffix.lower() in {".md", ".markdown"}:
        after_picture = False
        quoted: Line | None = None  # the last line of a blockquote, while the quote goes on
        # a YAML front matter block ("---" / "title: …" / "version: 2.1" / "---") at the top: the file's own details
        if lines and lines[0].text.strip() == "---":
            end = next((k for k in range(1, min(len(lines), MAX_FRONT_MATTER)) if lines[k].text.strip() == "---"), None)
            inside = [ln.text for ln in lines[1:end or 0] if ln.text.strip()]
            # (YAML keys, one of them a document's own, and no rule among the values: a "Summary: Members must not …"
            # box between two rules is text)
            if end is not None and all(_FRONT_MATTER_LINE.match(t) for t in inside) \
                    and any(_FRONT_MATTER_KEY.match(t) for t in inside) and not any(RULE_VERB.search(t) for t in inside):
                for ln in lines[:end + 1]:
                    if ln.text.strip():
                        furniture.append(Furniture(text=ln.text.strip(), line_no=ln.line_no, page=ln.page,
                                                   reason="front matter"))
                    ln.text = ""
        commented = False  # inside an HTML comment ("<!-- ... -->"): Markdown shows none of it
        fence = ""  # the marker of the fenced code block the line is in ("```", "~~~~"), where "<!--" is the code's
        for k, line in enumerate(lines):
            opener = re.match(r"\s{0,3}(`{3,}|~{3,})", line.text)
            if opener and not commented:
                if not fence:
                    fence = opener.group(1)
                elif opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence) \
                        and not line.text.strip().strip(fence[0]):
                    fence = ""
                    continue
            if not fence and (commented or ("<!--" in line.text and _closes(lines, k))):
                commented = _hide_comments(line, commented, furniture)
                if not line.text.strip():
                    continue
            if not fence:
                shown = line.text.strip()
                line.text = _inline_html(line.text)
                if shown and not line.text.strip():  # an anchor alone ('<a id="top"></a>'): markup a reader never sees
                    furniture.append(Furniture(text=shown, line_no=line.line_no, page=line.page, reason="html markup"))
                    continue
            in_quote = bool(_MD_QUOTE.match(line.text))
            line.text = _MD_QUOTE.sub("", line.text)
            bare = line.text.strip()
            if in_quote and quoted is not None and _MD_ATTRIBUTION.match(bare) \
                    and re.search(r"[”\"’']\s*$", quoted.text):
                # a quotation's source on the line under it ("> — Councillor P. Nandra, oral evidence"): the quotation's
                # end, not a list item marked by a dash
                quoted.text, line.text = f"{quoted.text.rstrip()} {bare}", ""
                quoted = None
                continue
            quoted = line if in_quote and bare else None
            pictures_only = bool(bare) and not _MD_IMAGE.sub("", bare).strip()
            caption = after_picture and bool(_MD_CAPTION.fullmatch(bare)) and not _MD_NOT_CAPTION.search(bare)
            if pictures_only or caption or (bare and _MD_LINK_DEF.fullmatch(line.text)):
                reason = "image" if pictures_only else "image caption" if caption else "link reference"
                furniture.append(Furniture(text=bare, line_no=line.line_no, page=line.page, reason=reason))
                line.text, after_picture = "", pictures_only
                continue
            after_picture = after_picture and not bare  # (a blank line may stand between a picture and its caption)
            # (a line of links alone keeps its marks: the furniture rules read it as the page's navigation)
            if _MD_LINK.sub("", _MD_IMAGE.sub("", bare)).strip(" |/·•-–—"):
                line.text = _MD_LINK.sub(lambda m: m.group(1) or m.group(2) or m.group(3), _MD_IMAGE.sub("", line.text))
            m = _MD_HEADING.match(line.text.strip())
            if m:  # (a wiki's section-edit link after the heading's words, "About this page[edit]", is not one of them)
                line.text, line.style, line.level = _WIKI_EDIT.sub("", m.group(2)), "heading", len(m.group(1))
            elif _bold_label(line.text.strip()):
                line.style, line.level = "heading", 6  # "**Speaker notes:**" over a slide's notes (b169 first run)
            line.text = _MD_ITALIC.sub(r"\2", _MD_EMPHASIS.sub(r"\2", line.text))
    note = invalid_utf8_note(text)
    return RawDocument(doc_id=doc_id, source=str(path), format="text", lines=lines, pages=pages,
                       furniture=furniture, warnings=[note] if note else [])
