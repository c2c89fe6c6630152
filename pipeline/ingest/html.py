"""Web pages: `read_html(path, doc_id) -> RawDocument`, the main content only (site chrome is recorded as furniture)."""

from __future__ import annotations

import re
from itertools import combinations, islice
from pathlib import Path

from ..model import Furniture, Line, RawDocument
from .blocks import _patterns
from .numbering import parse_marker
from .clean import HIDDEN, fold_spaces, normalise
from .text import _check_text, decode_bytes

_HTML_DROP = {"script", "style", "noscript", "template", "svg", "iframe", "object", "button", "select"}
_HTML_CHROME = {"nav": "site navigation", "header": "page header", "footer": "page footer",
                "aside": "sidebar", "form": "form", "figcaption": "image caption"}
_HTML_ROLES = {"navigation": "site navigation", "banner": "page header",
               "contentinfo": "page footer", "search": "search", "complementary": "sidebar",
               "toolbar": "page tools", "menubar": "site navigation",  # a document viewer's bar: its name, path, buttons
               "tablist": "page tools"}  # a tabbed page's tab labels, which repeat its panels' headings (b334)
_HTML_CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|skip|skiplink|cookie|cookies|"
    r"banner|sidebar|share|social|feedback|masthead|site-?header|site-?footer|related|page-?tools|toolbar|top-?bar|user-?bar|account-?bar|"
    r"most-?read|most-?popular|trending|ad|ads|advert|advertisement|ad-?slot|sponsored|author-?box|author-?bio|about-?the-?author|"
    r"newsletter|newsletter-?signup|subscribe|kicker)(?:$|[\s_-])", re.I)  # (a news site's "Most read" list, b192's first run)
# class names that mark chrome only on a short element (a "related links" box, a page's tools): on a wrapper
# ("related-protocol", "content with-toolbar") they would take the protocol with them
# (each name as it reads without its hyphens, as it is compared: "most-read" and "mostread" are one)
_SHORT_ONLY = {"related", "ad", "ads", "advert", "advertisement", "adslot", "sponsored", "kicker", "mostread", "mostpopular",
               "trending", "pagetools", "toolbar", "topbar", "userbar", "accountbar"}
# the parts of a reader comment round its text (the text is the commenter's own, kept): found by the comment's class
_COMMENT_PART = re.compile(r"(?:^|[\s_-])(meta|actions|byline|author|date|time|footer|header|info)(?:$|[\s_-])", re.I)
_COMMENT_BOX = re.compile(r"(?:^|[\s_-])comments?(?:$|[\s_-])", re.I)
_SHORT_CHROME = 600  # characters
_SECTION_HEADING = re.compile(r"^h[1-6]$")
_SHARE_HEADING = re.compile(r"\W*(?:share|follow|connect|find\s+us|tell\s+(?:a\s+friend|others)|spread)\b", re.I)
# ... and names that mark chrome on any short element, sentences and all: an author's biography, a newsletter's offer
# ("Sarah is a Senior Adviser ...", "Our free fortnightly round-up of guidance ...": b197's first run kept them)
_SHORT_EVEN_WITH_SENTENCES = {"authorbox", "authorbio", "abouttheauthor", "newsletter", "newslettersignup", "subscribe"}
# roles that mark chrome only on a short element without sentences (_holds_text)
_SHORT_ROLES = {"toolbar", "menubar", "tablist"}
# eight words and an end, or a rule (the words' gaps each matched one way only: "\W*" at the head of every word as well
# as "\W+" at its tail split a gap many ways, and a list of tags with no full stop took minutes, adversarial review 41)
_SENTENCE = re.compile(r"^\W*(?:\w+\W+){7,}?\w+[.!?;:]|\b(?:must|should|shall|will|may|can)\b", re.I)
_RULE = re.compile(r"\b(?:must|should|shall|will|can|cannot|ought|never|expected|required|entitled|(?:is|are)\s+(?:not\s+)?to)\b"
                   r"|(?-i:\bmay\b)|\b(?:councillors?|members?|officers?|staff|employees?|clerk|complaints?|concerns?)\b"
                   r"(?=.*\b(?:is|are|was|were|has|have|go|goes|deal|deals|decide|decides|take|takes|apply|applies|"
                   r"handle|handles|raise|raises|give|gives|act|acts)\b)", re.I)  # a rule, or a party's statement with a verb


_NUMBERED = re.compile(r"(?:^|\s)\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+[A-Za-z]")  # "2. Officers ...", "3.4 Councillors ..."
_PANEL = re.compile(r"accordion|collaps|panel|tab-?content|disclosure|toggle|expand|faq|answer|reveal", re.I)


def _revealed(el, controlled: set[str]) -> bool:
    """A hidden element a reader reveals with a click: named by a button's aria-controls, a region or tab panel,
    an accordion's or FAQ's panel by its class, or the element after a button with aria-expanded (marked
    ``data-revealed`` before the buttons are unwrapped)."""
    if el.get("id") in controlled or (el.get("role") or "").lower() in ("region", "tabpanel"):
        return True
    if _PANEL.search(" ".join(el.get("class") or []) + " " + (el.get("id") or "")):
        return True
    return el.get("data-revealed") == "1"


def _holds_sentence(el) -> bool:
    """An element holds a paragraph or list item that is a sentence (eight words and its end) or a rule."""
    return any(_SENTENCE.search(t.get_text(" ", strip=True)) for t in el.find_all(["p", "li", "td", "dd"]))


def _holds_text(el) -> bool:
    """Longer than a short piece of chrome, or holding a sentence: an element named like chrome (a class or role that
    marks chrome only when short) that wraps the page's own text."""
    return len(el.get_text(" ", strip=True)) > _SHORT_CHROME or _holds_sentence(el)


def _home_link(el) -> bool:
    """A block whose whole text is one short link to the site's home page ("<div><a href="/">Public Standards
    Ombudsman</a></div>"): the site's name, not the page's text."""
    kids = [c for c in el.children if getattr(c, "name", None) is not None or str(c).strip()]  # (its own children
    # only: a page of 20,000 nested blocks is read in linear time)
    if len(kids) != 1 or getattr(kids[0], "name", None) != "a":
        return False
    link = kids[0]
    if not re.fullmatch(r"(?:https?://[^/\s]+)?/(?:index\.\w+)?", (link.get("href") or "").strip()):
        return False
    return 0 < len(link.get_text(" ", strip=True).split()) <= 8


# a form of the site's own, whatever sentences it holds: cookie consent, feedback, search, login, sign-up, contact
_CHROME_FORM = re.compile(r"cookie|consent|feedback|search|login|log-in|signin|sign-in|subscribe|newsletter|contact|"
                          r"comment|rating|survey|poll", re.I)
_SHOWS_ANSWER = re.compile(r"^\W*(?:check|show|reveal|see|view)\s+(?:the\s+|my\s+|your\s+)?(?:answers?|explanations?|"
                           r"feedback|results?)\W*$", re.I)


# a word that makes a short point a rule ("Never involve staff in campaigning", "Declare any gift over £50")
_RULE_WORD = re.compile(r"\b(?:must|should|shall|cannot|never|always|do\s+not|don['’]t)\b|^(?:declare|keep|ask|tell|"
                        r"raise|respect|treat|take|avoid|criticise|report|refer|follow|give|leave|check|speak|let|make|"
                        r"remember|use|send|put|seek|get)\b", re.I)


def _note_box(el) -> bool:
    """The box round a text field to take notes in: a short label and a prompt ("Your notes" / "Jot down anything you
    want to ask your mentor."), naming no party and stating no rule; no section heading, list or numbered point in it."""
    text = _short_text(el, 200)
    return el.name in ("div", "form", "label", "p") and text is not None and len(text.split()) <= 20 \
        and not _patterns()["party_word"].search(text) and not _RULE_WORD.search(text) \
        and not re.search(r"(?:^|\s)\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s|(?:^|\s)\([a-z]\)\s", text) \
        and el.find(["h1", "h2", "ul", "ol", "li"]) is None


def _call_out(el, revealed: set[str] | None = None) -> bool:
    """An aside set inside an article (or a quiz's form: ``revealed``, the panels a click shows) that carries the
    article's own text: three or more paragraphs or items that
    are sentences about the parties (structure.yaml table_parties) or to the reader ("you"), an FAQ box's answers;
    or a box of key points, two of them such sentences and most of its items sentences ("Key points: You are employed
    by the council as a corporate body …"); not a list of links or a teaser or two."""
    party = _patterns()["party_word"]
    # (a form's text: only what a reader sees or reveals, not a hidden honeypot)
    texts = [t.get_text(" ", strip=True) for t in el.find_all(["p", "li", "dd"], limit=200)
             if revealed is None or not any((p.get("hidden") is not None or p.get("aria-hidden") == "true")
                                            and not _revealed(p, revealed) for p in [t, *t.parents] if p is not el)]
    sentences = [t for t in texts if _SENTENCE.search(t) and len(t.split()) >= 8]
    about = sum(1 for t in sentences if party.search(t) or re.search(r"\byou\b", t, re.I))
    links = len(el.find_all("a", limit=200))
    heading = el.find(["h2", "h3", "h4", "h5", "h6", "strong"])
    label = " ".join(el.get("class") or []) + " " + (el.get("id") or "") + " " + \
        (heading.get_text(" ", strip=True) if heading else "")
    summary = bool(_KEY_POINTS.search(label)) and not _CHROME_BOX.search(label)
    # (a key point may be short: "Councillors decide; officers advise and deliver.", "Never involve staff in
    # campaigning, even informally.": half the box's points are short sentences that name the parties or state a rule;
    # "You can pay your council tax online." in a "Did you know?" box does neither)
    # (and a box's facts need no full stop: "Complaints about councillors' behaviour towards staff down from 14 to 3 a
    # year" under "At a glance", b180 first run)
    points = sum(1 for t in texts if len(t.split()) >= 4 and (re.search(r"[.!?]$", t) or len(t.split()) >= 6)
                 and (party.search(t) or _RULE_WORD.search(t)))
    # (a tip box's points must name the parties: "Use the search box ..." is a command, and the site's, adversarial
    # review 85)
    named = sum(1 for t in texts if len(t.split()) >= 4 and party.search(t))
    if summary and _TIP.search(label) and not (texts and named * 2 >= len(texts)):
        return about >= 3
    return about >= 3 or (summary and links * 2 < len(texts)
                          and ((about >= 2 and len(sentences) * 3 >= len(texts) * 2)
                               or (texts and points * 2 >= len(texts))))


# a tip box: <aside class="tip-box"><h3>Top tip</h3><p>Treat officers as you would wish to be treated ...</p> (b385's first
# run); its text the article's only where its points name the parties or state a rule, not the site's "You can search
# the whole of this website" (adversarial review 84)
_TIP = re.compile(r"\b(?:top[\s_-]*)?tips?\b|\bhints?\b", re.I)
# a box of the article's own points, by its class or heading ("Key points", "In brief", "Summary"), and the boxes that
# are the site's (related stories, an author's biography, a promotion, a cookie notice)
_KEY_POINTS = re.compile(r"key[\s_-]*(?:points|facts|messages)|in[\s_-]*(?:brief|short|summary)|summary|"
                         r"at[\s_-]*a[\s_-]*glance|remember|important|callout|call-out|highlights?|takeaways?|faq|"
                         r"did[\s_-]*you[\s_-]*know|info[\s_-]*box|good[\s_-]*to[\s_-]*know|fact[\s_-]*(?:box|file)|explainer|"
                         r"(?:^|\s)what\s+(?:is|are|does|do)\s+(?:an?\s+|the\s+)?[\w\s]{2,40}\?|" + _TIP.pattern, re.I)
# (and an explainer box headed by its question: "What does a town clerk do?" beside a news report, b192's first run)
_CHROME_BOX = re.compile(r"related|also[\s_-]*like|read[\s_-]*more|author|bio|promo|advert|cookie|newsletter|subscribe|"
                         r"teaser|latest|popular|share|social", re.I)


_HTML_BLOCK = {"p", "div", "section", "article", "main", "body", "blockquote", "dl", "dt", "dd",
               "pre", "figure", "figcaption", "address", "center", "fieldset", "details", "summary",
               "hr", "html"}
_HEADING_TAGS = {f"h{i}": i for i in range(1, 7)}


def _roman(n: int) -> str:
    if not 1 <= n <= 3999:  # (a start value taken from the file, "start=100000000000": no roman numeral, no long loop)
        return str(n)
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def _list_label(n: int, kind: str) -> str:
    if kind == "a":
        return chr(ord("a") + (n - 1) % 26)
    if kind == "A":
        return chr(ord("A") + (n - 1) % 26)
    if kind == "i":
        return _roman(n)
    if kind == "I":
        return _roman(n).upper()
    return str(n)


class _HtmlWalker:
    """Walks the content of a page in order, emitting one Line per block of text."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.link_only = True
        self.pending: dict | None = None  # marker/style for the next flushed block
        self.table_no = 0

    def emit(self, text: str, **kw) -> None:
        for i, part in enumerate(text.split("\n")):
            part = fold_spaces(normalise(part))
            if not part:
                continue
            extra = kw if i == 0 else {k: v for k, v in kw.items() if k in ("indent", "level")}
            self.lines.append(Line(text=part, line_no=len(self.lines) + 1, **extra))
            if i == 0:
                kw = {k: v for k, v in kw.items() if k not in ("marker", "style")}
        self.lines.append(Line(text="", line_no=len(self.lines) + 1, style="blank"))

    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        if text.strip():
            kw = dict(self.pending or {})
            if self.link_only and not kw.get("style"):
                kw["style"] = "link"
            self.emit(text, **kw)
            # (a list item's later paragraphs keep its indent, not its marker: where the indent drops, its list has
            # ended, and the paragraph after it is no part of its last item, b337's first run)
            item = kw.get("style") == "item"
            self.pending = {k: v for k, v in kw.items() if k in ("indent", "level")} if item else None
        self.link_only = True

    # The walk is iterative: each method below is a generator that yields the generators of the
    # children it would otherwise call, and ``walk`` runs them from an explicit stack. So a page
    # nested 100,000 levels deep costs time in proportion to its size and never hits Python's
    # recursion limit.

    def walk(self, root) -> None:
        stack = [self.node(root)]
        while stack:
            try:
                stack.append(next(stack[-1]))
            except StopIteration:
                stack.pop()

    def inline(self, node, in_link: bool = False):
        from bs4 import NavigableString, Tag

        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                    continue
                text = str(child)
                if text.strip() and not in_link:
                    self.link_only = False
                self.buffer.append(text.replace("\n", " "))
            elif isinstance(child, Tag):
                yield self.node(child, in_link)

    def node(self, el, in_link: bool = False):
        name = el.name
        if name in _HEADING_TAGS or name in ("p", "div") and _bold_title(el):
            # (a paragraph that is all bold and short is a title, as committee systems and page builders print one:
            # "<p><strong>Declarations of Interest</strong></p>", "<p><b>Resolved:</b></p>")
            self.flush()
            yield self.inline(el)
            text = "".join(self.buffer)
            self.buffer = []
            if text.strip():
                self.emit(text, style="heading", level=_HEADING_TAGS.get(name, 5))
            self.link_only = True
        elif name in ("ul", "ol"):
            self.flush()
            yield self.list(el, depth=1)
        elif name == "table" and el.get("data-layout") == "1":
            # a page laid out in a table (a committee system's minutes: the item number in one cell, its title,
            # "Minutes:" and paragraphs in the next) is read as the paragraphs it holds, not as one cell a line
            self.flush()
            yield self.inline(el, in_link)
            self.flush()
        elif name == "table":
            self.flush()
            self.table(el)
        elif name == "br":
            self.buffer.append("\n")
        elif name == "a":
            if self.link_only and "".join(self.buffer).strip():
                self.flush()  # links side by side with nothing but space between them: a bar of links, one a line
            yield self.inline(el, in_link=True)
        elif name in _HTML_BLOCK or name in ("li", "tr", "td", "th"):
            self.flush()
            yield self.inline(el, in_link)
            self.flush()
        else:
            yield self.inline(el, in_link)

    def list(self, el, depth: int):
        kind = el.get("type") or "1"
        try:
            n = int(el.get("start", 1))
        except ValueError:
            n = 1
        from bs4 import Tag

        for li in el.children:
            if not (isinstance(li, Tag) and li.name == "li"):
                # anything else in a list (a paragraph, a heading, a nested list, text: what an unclosed
                # <ol> swallows of the page below it) is read as it stands, never dropped
                self.flush()
                self.pending = None
                if isinstance(li, Tag):
                    yield self.list(li, depth + 1) if li.name in ("ul", "ol") else self.node(li)
                else:
                    self.inline_text(li)
                self.flush()
                continue
            marker = (_list_label(n, kind) + ".") if el.name == "ol" else "•"
            n += 1
            self.pending = {"style": "item", "marker": marker, "indent": 2 * depth, "level": depth}
            for child in li.children:
                if getattr(child, "name", None) in ("ul", "ol"):
                    self.flush()
                    yield self.list(child, depth + 1)
                elif getattr(child, "name", None) is not None:
                    yield self.node(child)
                else:
                    self.inline_text(child)
            self.flush()
            self.pending = None

    def inline_text(self, text) -> None:
        if type(text).__name__ in ("Comment", "Doctype"):
            return
        if str(text).strip():
            self.link_only = False
        self.buffer.append(str(text).replace("\n", " "))

    def table(self, el) -> None:
        numbered = _numbered_rows(el)
        if numbered:
            # a table that only lays out numbered paragraphs ("<td><b>1.</b></td><td>Councillors are ...</td>", the
            # lettered items a cell further in): its rows are the paragraphs, read as a page of text reads them
            for marker, text, depth in numbered:
                if marker == "":
                    self.emit(text, style="heading", level=3)
                    continue
                first, *items = text.split("\n")
                self.emit(first if marker is None else f"{marker} {first}", indent=2 * depth)
                for item in items:  # the lettered items a cell holds under its lead-in, each in a block of its own
                    self.emit(item, indent=2 * depth + 2)
            return
        if _links_only(el):
            # a table of lone links, one a cell (an old page's menu): a bar of links, as a list of links reads
            for a in el.find_all("a"):
                self.emit(fold_spaces(normalise(a.get_text(" "))), style="link")
            return
        if _in_layout_table(el) and (_links_only(el, mostly=True) or _one_cell_rows(el)):
            # in a page laid out in tables, a table of one filled cell a row (the banner's name and motto) or of links
            # with a note under them (the menu, then the Clerk's telephone number) is read as the lines it shows
            for tr in _rows_of(el):
                for cell in tr.find_all(["td", "th"], recursive=False):
                    link = _lone_link(cell)
                    if link is not None:
                        self.emit(link, style="link")
                        continue
                    for part in _cell_lines(cell):
                        self.emit(part)
            return
        self.table_no += 1
        for tr in _rows_of(el):
            cells = []
            found = tr.find_all(["td", "th"], recursive=False)
            for cell in found:
                parts = [fold_spaces(normalise(s)) for s in cell.get_text("\n").split("\n")]
                cells.append("\n".join(p for p in parts if p))
            # (a row headed by its own <th>, "<th scope="row">Press enquiries</th><td>Communications team ...</td>":
            # the page says the first cell names the row)
            # (but a rule in the row's header is a clause: "<th scope=row>Councillors must not instruct officers</th>")
            label = len(found) >= 2 and found[0].name == "th" and any(c.name == "td" for c in found[1:]) \
                and not _ROW_RULE.search(cells[0])
            if any(cells):
                self.lines.append(Line(text="\t".join(c.replace("\n", " ") for c in cells),
                                       line_no=len(self.lines) + 1, cells=cells, table=self.table_no,
                                       row_label=label))
        self.lines.append(Line(text="", line_no=len(self.lines) + 1, style="blank"))


# a paragraph's or an item's marker standing in a cell of its own, with its full stop or bracket ("1.", "2.3", "(a)", "ii)"):
# a bare "1" beside "Give impartial advice" numbers the rows of a table of data
_MARKER_CELL = re.compile(r"^(?:\d{1,5}(?:\.\d{1,3}){0,3}\.|\d{1,5}(?:\.\d{1,3}){1,3}|\(?(?:\d{1,5}|[a-z]|[ivx]{1,5})\)"
                          r"|(?:[a-z]|[ivx]{1,5})\.)$", re.I)


_BLOCKS = ("div", "p", "li")


def _cell_blocks(cell) -> str | None:
    """A cell's paragraph and the lettered items under it, a line each, where the cell sets each in a block of its own
    ("<div>… The Clerk is responsible for:</div><div><div>(a)</div><div>giving the Council …</div></div>"): a block's
    lone marker goes with the block after it. None where the cell is one block, or holds text outside its blocks."""
    leaves = [b for b in cell.find_all(_BLOCKS) if b.find(_BLOCKS) is None]
    texts = [fold_spaces(normalise(b.get_text(" "))) for b in leaves]
    whole = fold_spaces(" ".join(t for t in texts if t))
    # (a list item keeps its bullet: "<p>... will not:</p><ul><li>write speeches ...</li>", b159's numbered table)
    texts = [("• " + t if b.name == "li" and parse_marker(t)[0] is None else t) for b, t in zip(leaves, texts) if t]
    if len(texts) < (2 if any(b.name == "li" for b in leaves) else 3) \
            or whole != fold_spaces(normalise(cell.get_text(" "))):
        return None
    lines: list[str] = []
    for t in texts:
        if lines and _MARKER_CELL.match(lines[-1]):
            lines[-1] = f"{lines[-1]} {t}"
        else:
            lines.append(t)
    return "\n".join(lines) if len(lines) > 1 and any(parse_marker(t)[0] is not None for t in lines[1:]) else None


def _lone_link(cell) -> str | None:
    """The cell's text where it is one short link and nothing else ("Home", "Contact Us"), else None."""
    links = cell.find_all("a", limit=2)
    text = cell.get_text(" ", strip=True)
    if len(links) != 1 or not text or links[0].get_text(" ", strip=True) != text or len(text.split()) > 6 \
            or re.search(r"[.;:!?]$", text):
        return None
    return fold_spaces(normalise(text))


def _links_only(table, mostly: bool = False) -> bool:
    """Every filled cell of the table is one short link and nothing else: a menu laid out in a table (a table of linked
    sentences is no menu). ``mostly``: at least three such cells, two in three of the filled ones, and no other
    cell a sentence (a menu with the office's address under it)."""
    cells = [c for tr in _rows_of(table) for c in tr.find_all(["td", "th"], recursive=False)
             if c.get_text(" ", strip=True)]
    others = [c for c in cells if _lone_link(c) is None]  # the filled cells that are not a lone link
    links = len(cells) - len(others)
    if not mostly:
        return len(cells) >= 2 and not others
    return links >= 3 and 3 * links >= 2 * len(cells) and not any(_RULE.search(c.get_text(" ", strip=True)) for c in others)


def _cell_lines(cell) -> list[str]:
    """A cell's lines as a reader sees them: broken at its <br>s and its blocks, not at its inline tags ("Councillors
    <b>contact</b> officers through the <a>Clerk</a>" is one line)."""
    from bs4 import NavigableString

    parts: list[str] = [""]
    for node in cell.descendants:
        if isinstance(node, NavigableString):
            parts[-1] += str(node)
        elif node.name == "br" or node.name in _BLOCKS + _CELL_BLOCKS + ("tr", "td", "th", "table"):
            parts.append("")
    return [t for t in (fold_spaces(normalise(p)) for p in parts) if t]


def _one_cell_rows(table) -> bool:
    """Each row of the table fills one cell at most, and holds no sentence of a rule: a block of the layout."""
    rows = _rows_of(table)
    return bool(rows) and all(
        sum(1 for c in tr.find_all(["td", "th"], recursive=False) if c.get_text(" ", strip=True)) <= 1
        and not _RULE.search(tr.get_text(" ", strip=True)) for tr in rows)


def _link_list(el) -> bool:
    """A list of links and nothing else ("Further guidance": the code, the commission's guidance, the scheme of
    delegation, each an <a> alone in its item) under no lead-in: the page's links onward, not its text. A list a lead-in
    introduces ("This protocol is to be read with:") is its items, linked or not."""
    items = el.find_all("li", recursive=False)
    links = []
    for li in items:  # (each item's own children only: a list nested 20,000 deep is read in linear time)
        kids = [c for c in li.children if c.name is not None or str(c).strip()]
        if len(kids) != 1 or kids[0].name != "a" or kids[0].find(_BLOCKS + ("ul", "ol")) is not None:
            return False
        links.append(kids[0].get_text(" ", strip=True))
    if len(items) < 2 or any(_RULE.search(t) or re.search(r"[.;!?]$", t) or not _TITLE_LIKE.search(t) for t in links):
        return False
    before = el.find_previous_sibling()
    return before is None or not before.get_text(" ", strip=True).endswith(":")


# what a link's text names when it names a document or a page: a code, a guidance note, a commission (not "Treat officers
# with respect" nor "Reply to councillors within five days", a list of rules that happen to be links: adversarial review 32)
_TITLE_LIKE = re.compile(r"\b(?:code|codes|guidance|guide|protocol|policy|policies|scheme|procedure|note|notes|regulations|"
                         r"act|constitution|standards|commission|commissioner|ombudsman|charter|handbook|register|"
                         r"framework|strategy|report|minutes|agenda|form|faqs?|pdf|docx?|kb|mb|website|page)\b", re.I)


def _numbered_rows(table) -> list[tuple[str | None, str, int]] | None:
    """The rows of a table that numbers paragraphs, each as (marker, text, depth: the marker's cell): every row is
    empty cells, a list marker ("1.", "(a)", "ii)") and one cell of text, and some marker is a number; None for a
    table of data. A title row's marker is "", and a paragraph's whose number cell is empty None."""
    out = []
    rows = _rows_of(table)
    # (its header row, "<th>Section</th><th>Text</th>", names the columns: a heading over the paragraphs; a row of <th>
    # cells that holds a number is a paragraph, "<th>1.</th><th>Councillors must be polite.</th>")
    head = rows[0].find_all(["td", "th"], recursive=False) if rows else []
    if head and all(c.name == "th" for c in head) and len(rows[0].get_text(" ", strip=True).split()) <= 6 \
            and not any(_MARKER_CELL.match(fold_spaces(normalise(c.get_text(" ")))) for c in head):
        out.append(("", " | ".join(t for t in (fold_spaces(normalise(c.get_text(" "))) for c in head) if t), 0))
        rows = rows[1:]
    for tr in rows:
        cells = tr.find_all(["td", "th"], recursive=False)
        texts = [fold_spaces(normalise(c.get_text(" "))) for c in cells]
        filled = [(k, t) for k, t in enumerate(texts) if t]
        if not filled:
            continue
        title = re.sub(r"^\d{1,3}(?:\.\d{1,3})?\.?\s+(?=\S)", "", filled[0][1]) if len(filled) == 1 else ""
        # (a numbered title is short: "4. Officers give impartial advice at every meeting" is a paragraph)
        if len(filled) == 1 and _title_row(title) and (title == filled[0][1] or len(title.split()) <= 6) \
                and (len(cells) == 1 or filled[0][0] == 0):
            out.append(("", filled[0][1], 0))  # a row that titles the paragraphs below it ("Purpose and scope", "2. Principles")
            continue
        numbered = re.match(r"(\d{1,3}(?:\.\d{1,3}){0,3}\.?)\s+(\S.*)", filled[0][1]) if len(filled) == 1 else None
        if numbered and (len(cells) == 1 or filled[0][0] == 0):
            # a merged row that numbers a paragraph of its own ("4. Officers give impartial advice at every meeting")
            out.append((numbered.group(1), numbered.group(2), 0))
            continue
        if len(filled) == 1 and len(cells) >= 2 and filled[0][0] == len(cells) - 1 and out:
            # a paragraph whose number cell is empty goes on under the number above, as a paragraph of its own
            out.append((None, _cell_blocks(cells[-1]) or filled[0][1], 0))
            continue
        if len(filled) != 2 or filled[1][0] != len(texts) - 1 or not _MARKER_CELL.match(filled[0][1]):
            return None
        out.append((filled[0][1], _cell_blocks(tr.find_all(["td", "th"], recursive=False)[-1]) or filled[1][1],
                    filled[0][0]))
    # (paragraphs are sentences: most of the text cells end like one, or run on to a lead-in's colon or an item's
    # semicolon; a numbered table of short duties, "1. | Give impartial advice", is data)
    paragraphs = [t for m, t, _ in out if m is None or m]
    ends = sum(1 for t in paragraphs if re.search(r"[.;:!?][\"”’')]*$", t))
    return out if paragraphs and any((m or "")[:1].isdigit() for m, _, _ in out) and ends * 3 >= len(paragraphs) * 2 \
        and len(paragraphs) >= len(out) - len(paragraphs) else None  # (no more titles than paragraphs)


def _title_row(text: str) -> bool:
    """A short line in capitals' case without a sentence's end or a statement's verb, or one that asks: a row titling
    the numbered paragraphs below it ("What councillors and staff can expect of each other"; not "The Clerk answers to
    the Council as a whole", adversarial review 32)."""
    return len(text.split()) <= 10 and not re.search(r"[.;:!?,]$", text) and text[:1].isupper() \
        and not _MARKER_CELL.match(text) and (not _ROW_RULE.search(text) and not _TITLE_VERB.search(text)
                                              or bool(re.match(r"(?:what|how|when|who|where|why)\b", text, re.I)))


_TITLE_VERB = re.compile(r"\b(?:is|are|answers|reports|takes|gives|deals|decides|acts|works|serves|has|have)\b", re.I)
_ROW_RULE = re.compile(r"\b(?:must|should|shall|will|may|can|cannot|never|not)\b", re.I)
_TITLE_MODAL = re.compile(r"\b(?:must|should|shall|will|may|can|cannot|is|are)\b", re.I)


def _bold_title(el) -> bool:
    """The element's whole text is one <strong> or <b> of at most 12 words that starts with a capital or a digit,
    holds no verb of a rule ("Officers will") and does not close on a full stop or comma; a label with a colon is
    one word ("Resolved:"), not a lead-in ("Members will:"). The walk is bounded: a page of thousands of nested
    bold blocks is read in linear time."""
    from bs4 import NavigableString, Tag

    kids = []
    for c in el.children:
        if isinstance(c, NavigableString) and not c.strip():
            continue
        kids.append(c)
        if len(kids) > 1:
            return False
    # (or, in a table laid out as minutes, a paragraph that is one link: the item's title linking to its papers,
    # "<p class="mgAiTitleTxt"><a href=...>Declarations of interest</a></p>")
    if len(kids) != 1 or not isinstance(kids[0], Tag) or kids[0].name not in ("strong", "b", "a"):
        return False
    if kids[0].name == "a" and not _in_layout_table(el):
        return False
    parts = []
    for k, d in enumerate(kids[0].descendants):
        if k > 40 or isinstance(d, Tag) and (d.name in _CELL_BLOCKS or d.name in ("br", "div", "table")):
            return False
        if isinstance(d, NavigableString):
            parts.append(str(d))
    text = " ".join(" ".join(parts).split())
    words = text.split()
    if not words or len(words) > 12 or text[-1] in ".,;!?" or not (text[0].isupper() or text[0].isdigit()):
        return False
    if _TITLE_MODAL.search(text):
        return False
    return not text.endswith(":") or len(words) == 1


def _in_layout_table(el) -> bool:
    """Is the element in a cell of a table laid out as minutes, a few levels up (a bounded look: a page nested
    20,000 deep is not walked to its root once per paragraph)?"""
    for parent in islice(el.parents, 8):
        if parent.name == "table":
            return parent.get("data-layout") == "1"
    return False


_CELL_BLOCKS = ("p", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")


def _pieces(el, reason: str) -> list[tuple[str, str]]:
    """The lines of an element removed from the page, each with the reason it is furniture."""
    return [(piece, reason) for piece in (fold_spaces(normalise(p)) for p in el.get_text("\n").split("\n")) if piece]


def _layout_table(table) -> bool:
    """A table used for layout: no header cells, and one of its cells holds a heading or three or more paragraphs
    or lists, found among the cell's children and grandchildren (a bounded look: nested tables are not searched
    once per level)."""
    from bs4 import Tag

    rows = _rows_of(table)
    # a header row makes a table of data ("Members | Officers"), unless a cell holds a heading: a committee system's
    # "No. | Item" table of minutes, each item's cell a heading and its minute
    header = any(tr.find("th", recursive=False) is not None for tr in rows)
    for tr in rows:
        # (a heading in a header cell heads a column of data: "<th><h3>Councillors will:</h3></th>")
        for cell in tr.find_all("td" if header else ["td", "th"], recursive=False):
            blocks = 0
            for child in cell.children:
                if not isinstance(child, Tag):
                    continue
                if not header and (child.name == "table" or child.name in ("div", "center", "font", "form")
                                   and child.find("table", recursive=False)):
                    return True  # a table in a cell: an old page laid out in tables (a menu in one cell, the article in
                    # the next); a table with a header row stays data, whatever a cell holds (review 24)
                inner = [child] if child.name in _CELL_BLOCKS else \
                    [g for g in child.children if isinstance(g, Tag) and g.name in _CELL_BLOCKS] if child.name == "div" else []
                for b in inner:
                    if b.name.startswith("h"):
                        return True
                    blocks += 1
                if blocks >= 3 and (not header or _beside_short_cells(tr, cell)):
                    return True
    return False


def _beside_short_cells(tr, cell) -> bool:
    """Every other cell of the row is a label of the layout (empty, or a number, a date, a minute reference: a few
    words with a digit): a header table whose one cell holds a whole minute or section ("No. | Item", "15." beside
    the minute's paragraphs) is laid out, not a table of data. A Members | Officers row is data, whether the other
    side holds paragraphs or a short duty ("Give advice")."""
    others = [c for c in tr.find_all(["td", "th"], recursive=False) if c is not cell]
    texts = [c.get_text(" ", strip=True) for c in others]
    return bool(others) and all(len(t.split()) <= 3 and (not t or any(ch.isdigit() for ch in t) or _ITEM_LABEL.match(t))
                                for t in texts)


_ITEM_LABEL = re.compile(r"^\(?(?:[ivxlcdm]{1,6}|[a-z])[.)]\)?$", re.I)  # a minute or section lettered "iv." or "A."


def _rows_of(table) -> list:
    """The rows of a table, not of the tables nested in its cells (an iterative walk)."""
    from bs4 import Tag

    rows, stack = [], list(reversed([c for c in table.children if isinstance(c, Tag)]))
    while stack:
        el = stack.pop()
        if el.name == "tr":
            rows.append(el)
        elif el.name != "table":
            stack.extend(reversed([c for c in el.children if isinstance(c, Tag)]))
    return rows


_CSS_HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em|rem|%)?\s*(?:;|!|$)",
                        re.I)
_CSS_SIMPLE = re.compile(r"^(?:[a-z][a-z0-9]*)?([.#])([\w-]+)$", re.I)


def _css_hidden_selectors(css: str) -> tuple[set[str], set[str], dict]:
    """Classes and ids that a page's own <style> rules hide (display: none, visibility: hidden,
    font-size: 0), and the sets of classes that show again what one of them hid (".answer.revealed
    {display: block}" after ".answer {display: none}"), indexed by each of their classes. Only simple
    selectors (.class, #id, tag.class, .class.class) are understood; rules inside @media blocks are left
    out (they hide for print or small screens only). Read in one pass, whatever the braces: a style
    block with a brace missing is read as far as it makes sense, in linear time."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    css = re.sub(r"@media[^{}]{0,500}\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", "", css)
    classes: set[str] = set()
    ids: set[str] = set()
    shown: dict = {}  # each set of classes a rule shows, and each class -> the sets it is part of
    for chunk in css.split("}"):
        if "{" not in chunk:
            continue
        selectors, body = chunk.rsplit("{", 1)
        selectors = selectors.rsplit("{", 1)[-1]  # (an unclosed rule before it is left behind)
        if len(selectors) > 2000:
            continue
        if _CSS_SHOWS.search(body) and not _CSS_HIDES.search(body):
            for sel in selectors.split(","):
                if _CSS_COMPOUND.match(sel.strip()):
                    together = frozenset(re.findall(r"\.([\w-]+)", sel))
                    if together not in shown:
                        shown[together] = []  # (looked up whole)
                        for name in together:
                            shown.setdefault(name, []).append(together)
            continue
        if not _CSS_HIDES.search(body):
            continue
        for sel in selectors.split(","):
            m = _CSS_SIMPLE.match(sel.strip())
            if m:
                (classes if m.group(1) == "." else ids).add(m.group(2))
    return classes, ids, shown


_CSS_SHOWS = re.compile(r"display\s*:\s*(?!none)[a-z-]+|visibility\s*:\s*visible", re.I)
_CSS_COMPOUND = re.compile(r"^(?:[a-z][a-z0-9]*)?(?:\.[\w-]+){2,}$", re.I)  # div.answer.revealed


def _css_hidden(el, hidden_classes: set[str], hidden_ids: set[str], shown: dict) -> bool:
    """Whether the page's own style rules hide ``el``: an id or a class they hide, unless a rule naming
    several of the element's classes (more specific) shows it again."""
    if hidden_ids and el.get("id") in hidden_ids:
        return True
    own = set(el.get("class") or [])
    if not hidden_classes & own:
        return False
    if len(own) <= 8:  # the element's own sets of two or more classes, looked up (not every rule scanned)
        return not any(frozenset(c) in shown for r in range(2, len(own) + 1) for c in combinations(sorted(own), r))
    return not any(s <= own for name in own for s in shown.get(name, ()))


def _short_text(el, limit: int) -> str | None:
    """``el``'s text when it is at most ``limit`` characters, else None (read no further than the limit)."""
    got, size = [], 0
    for piece in el.strings:
        size += len(piece)
        if size > limit:
            return None
        got.append(piece)
    return " ".join(" ".join(got).split())


def _plain(text: str) -> str:
    """A piece of text as the walker writes it, for comparison only (hidden characters not counted)."""
    return fold_spaces(normalise(HIDDEN.sub("", text)))


def _remove_choices(soup) -> list[tuple[str, str]]:
    """A quiz's or a form's choices ("Your answer True False"): the page's controls, removed with their lines
    recorded. Each choice's nearest fieldset only, read no further than 80 characters, innermost first; a fieldset
    that holds a sentence or a numbered point stays text, and so do the fieldsets around it (nested fieldsets are
    not read again and again)."""
    removed: list[tuple[str, str]] = []
    choices = {}
    for box in soup.find_all("input", attrs={"type": re.compile(r"^(?:radio|checkbox)$", re.I)}):
        field = box.find_parent("fieldset")
        if field is not None:
            choices[id(field)] = field
    holds_text: set[int] = set()
    for el in reversed(list(choices.values())):
        if el.__dict__.get("_decomposed") or id(el) in holds_text:
            continue
        text = _short_text(el, 80)
        if text is not None and not _SENTENCE.search(text) and not _NUMBERED.search(text):
            removed.extend(_pieces(el, "page control"))
            el.decompose()
            continue
        for outer in el.find_parents("fieldset"):  # (each marked once: the walk stops at one already marked)
            if id(outer) in holds_text:
                break
            holds_text.add(id(outer))
    return removed


def read_html(path: Path, doc_id: str) -> RawDocument:
    """A web page: the content area only; site chrome is recorded as furniture."""
    from bs4 import BeautifulSoup

    text = decode_bytes(path.read_bytes())
    _check_text(text)
    soup = BeautifulSoup(text, "html.parser")
    hidden_classes, hidden_ids, shown = _css_hidden_selectors(" ".join(st.get_text() for st in soup.find_all("style")))
    # a collapsed accordion or tab panel (hidden until its button is clicked, the button's aria-controls naming
    # it) holds the page's own text: a saved page keeps it, and so does the reader
    revealed = {i for el in soup.find_all(attrs={"aria-controls": True}) for i in el["aria-controls"].split()}
    for el in soup.find_all(attrs={"aria-expanded": True}):  # ... or the panel after its button (or its heading)
        panel = (el.find_parent(list(_HEADING_TAGS)) or el).find_next_sibling()
        if panel is not None:
            panel["data-revealed"] = "1"
    for el in soup.find_all("button"):  # ... or after a quiz's "Check answer" button: the answer a click shows
        if _SHOWS_ANSWER.search(el.get_text(" ", strip=True)):
            panel = el.find_next_sibling()
            if panel is not None:
                panel["data-revealed"] = "1"
    for el in soup.find_all("button"):
        if el.find_parent(list(_HEADING_TAGS)) is not None:
            el.unwrap()  # an accordion's heading is a button inside the heading: its title is the heading's text
    removed: list[tuple[str, str]] = []
    for cap in soup.find_all("figcaption"):  # (a caption's picture is dropped below: whether it had one is kept)
        if cap.parent is not None and cap.parent.find(["img", "picture", "video", "svg"]) is not None:
            cap["data-pictured"] = "1"
    for el in soup.find_all(_HTML_DROP):
        if el.__dict__.get("_decomposed"):
            continue
        if el.name in ("button", "select"):  # a control's words ("Accept analytics cookies", "Yes", "No") are recorded
            removed.extend(_pieces(el, "page control"))
        el.decompose()
    removed.extend(_remove_choices(soup))
    in_article: set[int] = set()  # ids of elements inside <main> or <article>, marked in document order
    # the elements that hold the page's own <main>: a wrapper <div class="container layout-sidebar"> round it is the
    # page's layout, not its sidebar. Of several <main>s, the longest not itself classed as chrome nor inside a
    # sidebar, menu, header or footer element ("<div class=sidebar><main class=sidebar-main>" holds a menu); a teaser
    # <article> makes nothing content. One walk up, however deep the page.
    def own_main(m) -> bool:
        return not _HTML_CHROME_CLASS.search(" ".join(m.get("class") or []) + " " + (m.get("id") or "")) and \
            m.find_parent(list(_HTML_CHROME)) is None
    mains = [m for m in soup.find_all("main", limit=10) + soup.find_all(attrs={"role": "main"}, limit=10) if own_main(m)]
    first_main = max(mains, key=lambda m: len(m.get_text())) if mains else None
    holds_main = {id(p) for p in first_main.parents} if first_main is not None else set()

    shown_panels: set[int] = set()  # ids of hidden panels read as the page's text

    def chrome_reason(el) -> str | None:
        style = el.get("style") or ""
        if style and _CSS_HIDES.search(style) or _css_hidden(el, hidden_classes, hidden_ids, shown):
            # an accordion's or a quiz's panel that a click reveals is the page's own text (and so is all that
            # it holds), unless it is a menu, a sidebar, a banner or any other chrome: the checks below still run
            if id(el.parent) not in shown_panels and not (
                    _revealed(el, revealed) and el.name not in _HTML_CHROME
                    and (el.get("role") or "").lower() not in _HTML_ROLES
                    and not _HTML_CHROME_CLASS.search(" ".join(el.get("class") or []) + " " + (el.get("id") or ""))
                    and _SENTENCE.search(el.get_text(" ", strip=True))):
                return "hidden with CSS"
            shown_panels.add(id(el))
        if el.name in ("header", "footer") and id(el.parent) in in_article:
            return None  # an article's own header holds its title, not site chrome
        if el.name == "figcaption":  # a picture's caption; a flowchart's or a table's may hold the protocol's text
            pictured = bool(el.get("data-pictured"))
            text = el.get_text(" ", strip=True)
            # (a caption is a caption, a sentence or not: "Angela with colleagues from the elections team at the count in
            # May 2023.", "Councillors and staff at the annual town meeting"; one that states a rule, or what a party or
            # a complaint does, or a flowchart's steps in several sentences, is the protocol's text: "Officers are not to
            # be asked to attend ...", "Complaints by officers go first to the Monitoring Officer")
            several = bool(re.search(r"[.!?;:]\s+\S", text))
            # (what a relative clause says of the place or the people pictured is the caption's: "The Town Council
            # office at 12 Bridge Street, where the Clerk and staff are based.")
            main = re.split(r",\s+(?:where|which|who|whose|when)\b", text, maxsplit=1)[0]
            modal = re.search(r"\b(?:must|should|shall|will|can|cannot|ought)\b|(?-i:\bmay\b)", text, re.I)
            return "image caption" if pictured and len(text) <= _SHORT_CHROME and not _RULE.search(main) \
                and not modal and not several else None
        if el.name in ("div", "p") and _home_link(el):
            return "site navigation"  # the site's name linking to its home page, alone in its block
        role = (el.get("role") or "").lower()
        if (el.name == "aside" or role == "complementary") and id(el.parent) in in_article and _call_out(el):
            return None  # a call-out box of the article's own ("Your questions answered" and their answers)
        if el.name == "form" and id(el.parent) in in_article and not _CHROME_FORM.search(
                " ".join(el.get("class") or []) + " " + (el.get("id") or "") + " " + (el.get("action") or "")) \
                and _call_out(el, revealed):
            return None  # a quiz on the protocol inside the article: its statements and their answers are its text
        if el.name in _HTML_CHROME:
            return _HTML_CHROME[el.name]
        if id(el) in note_boxes and _note_box(el):
            return "form"  # a box to type notes in ("Your notes: Jot down anything you want to ask …" over a text field)
        if el.name in ("ul", "ol") and _link_list(el):
            return "link list"
        if el.name == "a" and re.search(r"reply", " ".join(el.get("class") or []), re.I) \
                and re.fullmatch(r"\s*reply(?:\s+to\s+(?:this\s+)?comment)?\s*", el.get_text(" "), re.I) \
                and not (el.previous_sibling and str(el.previous_sibling).strip() and el.previous_sibling.name is None
                         or el.next_sibling and str(el.next_sibling).strip() and el.next_sibling.name is None):
            return "comment widget"  # a comment's reply link (WordPress's "comment-reply-link")
        if role in _HTML_ROLES:
            if role in _SHORT_ROLES and (id(el) in holds_main or _holds_text(el) or role == "tablist" and any(
                    _SENTENCE.search(t) for t in islice(el.stripped_strings, 200))):
                # (a tab that states a rule is text: "Councillors must never instruct staff directly", adversarial
                # review 72; a bar of document titles is not, review 73)
                return None  # a viewer's bar round the document, an accordion marked up as a menu bar: the text
            return _HTML_ROLES[role]
        if (el.get("aria-hidden") == "true" or el.get("hidden") is not None) and not _revealed(el, revealed):
            return "hidden element"
        ident = " ".join(el.get("class") or []) + " " + (el.get("id") or "")
        if _COMMENT_PART.search(ident) and not _holds_text(el) and any(
                _COMMENT_BOX.search(" ".join(p.get("class") or [])) for p in islice(el.parents, 3)):
            return "comment widget"  # a reader comment's author and time, its Reply / Report links (b192's first run)
        m = _HTML_CHROME_CLASS.search(ident)
        if not m or id(el) in holds_main:
            return None
        name = m.group(1).lower()
        key = name.replace("-", "")  # ("abouttheauthor", "newslettersignup": the same names without their hyphens)
        if key in _SHORT_ONLY and _holds_text(el) or key in _SHORT_EVEN_WITH_SENTENCES \
                and len(el.get_text(" ", strip=True)) > _SHORT_CHROME:
            return None  # "related-protocol", "with-toolbar": a wrapper of the page's own text
        heading = el.find(_SECTION_HEADING) if key in ("social", "share") else None
        if heading is not None and not _SHARE_HEADING.match(heading.get_text(" ", strip=True)) and _holds_text(el):
            return None  # a section about social media, with its own heading and sentences ('<details id="social-media">'
            # / "Social media and the press" / "Your posts on social media can be seen as council business ...": b290's
            # first run lost its three clauses as a share widget)
        if name.startswith("breadcrumb"):
            return "breadcrumb"
        if name in ("nav", "navbar", "navigation", "menu", "skip", "skiplink"):
            return "site navigation"
        return f"site {name}"

    # the boxes round a text field (a textarea's parent: "Your notes" over the field), found from the fields up, not by
    # searching every element's subtree (quadratic on a deep page)
    note_boxes = {id(t.parent) for t in soup.find_all("textarea", limit=50) if t.parent is not None}
    for el in list(soup.find_all(True)):
        if el.__dict__.get("_decomposed"):  # inside chrome removed a moment ago (not el.decomposed: bs4 searches the subtree for it)
            continue
        if el.name in ("main", "article") or id(el.parent) in in_article:
            in_article.add(id(el))
        if el.name in ("html", "body", "main", "article"):
            continue
        reason = chrome_reason(el)
        if reason and el.parent is not None:
            removed.extend(_pieces(el, reason))
            el.decompose()
    # a footnote's link back to its marker ("… gives further examples. ↩"): a control, not the note's last word
    for a in soup.find_all("a", href=True):
        if a.get("href", "").startswith("#") and a.get_text(strip=True) in ("↩", "↩\ufe0e", "↩\ufe0f", "↑", "^"):
            removed.append((a.get_text(strip=True), "navigation link"))
            a.decompose()
    # the header row of a table laid out as minutes ("No. | Item") labels its columns: furniture, not a paragraph;
    # whether a table is layout is decided here, once (the walker reads the mark)
    for table in soup.find_all("table"):
        if _layout_table(table):
            table["data-layout"] = "1"
            for tr in _rows_of(table):
                if tr.find("th", recursive=False) is not None and tr.find("td", recursive=False) is None:
                    removed.extend(_pieces(tr, "table header"))
                    tr.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find("article") or soup.body or soup
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    walker = _HtmlWalker()
    walker.walk(root)
    walker.flush()
    lines = walker.lines
    if not any(l.text for l in lines) and title:
        lines.append(Line(text=title, line_no=1, style="heading", level=1))
    furniture: list[Furniture] = []
    n = len(lines)
    for i, (piece, reason) in enumerate(removed):
        # Removed chrome gets line numbers after the content lines so every line is accounted for.
        furniture.append(Furniture(text=piece, line_no=n + i + 1, page=None, reason=reason))
    # outside <main>: whatever was not chrome still counts as removed page text
    if root is not soup.body and soup.body is not None and root is not soup:
        root_text = set(_plain(p) for p in root.get_text("\n").split("\n"))
        for piece in soup.body.get_text("\n").split("\n"):
            if not _plain(piece) or _plain(piece) in root_text:
                continue
            piece = fold_spaces(normalise(piece))
            if piece:
                furniture.append(Furniture(text=piece, line_no=n + len(furniture) + 1, page=None,
                                           reason="outside the main content"))
    return RawDocument(doc_id=doc_id, source=str(path), format="html", lines=lines, furniture=furniture)
