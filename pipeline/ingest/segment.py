"""Segmentation: the lines of a RawDocument become headings, furniture and clauses.

``segment(raw) -> Document`` runs four small passes:

1. furniture (furniture.py, clutter.py): page numbers, running headers/footers, web clutter by its
   shape (menus, breadcrumbs, link rows, page dates...), tables of contents;
2. blocks (blocks.py): lines grouped into paragraphs, list items and table rows (wrapped lines
   joined, hyphenation repaired, list markers and paragraph numbers parsed by numbering.py);
3. structure (here): headings build the section path, numbering builds the clause ids,
   lead-ins ("Officers can expect:") are attached to their items;
4. tables (tables.py): rows become cells and cells become clause statements.

Every non-blank line is traced to where it went (``Document.trace``).
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Clause, Document, Heading, RawDocument, Trace
from .blocks import (
    Block, _ListFrame, _State, _build_blocks, _closes_items, _frame_takes, _is_bare_label, _leaves_frame, _is_heading, _is_item_candidate, _is_question,
    _patterns,
    _cut_inline_furniture, _split_run_on, _split_title, _starts_items, only_cites, split_question_labels,
)
from .clean import clause_text
from .clutter import _remove_clutter
from .complete import mark_cut_off
from .furniture import _mark_tables_of_contents, _remove_furniture, _wrapped_records
from .numbering import Marker, _bare_marker, _dec_parent, _next_labels, _own_id, _relative_id, _step_number
from .tables import _table


def segment(raw: RawDocument) -> Document:
    """Turn a read document into headings, furniture and clauses, tracing every line."""
    st = _State()
    st.furniture.extend(raw.furniture)
    for f in raw.furniture:
        st.trace.append(Trace(f.line_no, f.text, "furniture", f.reason))
    text = "\n".join(ln.text for ln in raw.lines)
    offsets: dict[int, tuple[int, int]] = {}
    pos = 0
    for ln in raw.lines:
        offsets[ln.line_no] = (pos, pos + len(ln.text))
        pos += len(ln.text) + 1
    words = set(re.findall(r"\b\w+-\w+\b", text.lower()))

    lines = _remove_clutter(_remove_furniture(raw.lines, st), st)
    blocks = _split_run_on(_cut_inline_furniture(_build_blocks(lines, st, words, plain=raw.format == "text"),
                                                      st))
    _mark_tables_of_contents(blocks, st)
    blocks = split_question_labels(_split_title([b for b in _wrapped_records(blocks, st) if b.kind != "toc"]))

    doc = Document(doc_id=raw.doc_id, source=raw.source, format=raw.format, text=text, pages=raw.pages,
                   warnings=list(raw.warnings))
    _structure(blocks, st, doc, offsets)
    doc.clauses = st.clauses
    doc.headings = st.headings
    doc.furniture = st.furniture
    doc.trace = sorted(st.trace, key=lambda t: t.line_no)
    _strip_titles(doc)
    mark_cut_off(doc)
    _note_mostly_furniture(doc)
    _note_rules_outside_main(doc)
    return doc


def _note_mostly_furniture(doc: Document) -> None:
    """A file whose lines are mostly site furniture (a saved web page with little protocol on it)
    says so: a note, shown in documents.csv. Its clauses are whole, so its status stays ok. With few
    clauses read (fewer than MANY_CLAUSES) the note asks the reader to check the file holds the protocol;
    a page that gave a protocol's worth of clauses only says how much was set aside."""
    dest = {t.line_no: t.dest for t in doc.trace}
    furniture = sum(1 for d in dest.values() if d == "furniture")
    if len(dest) >= 10 and furniture * 2 > len(dest):
        if len(doc.clauses) < MANY_CLAUSES:
            doc.notes.append(f"most lines are furniture ({furniture} of {len(dest)}): check that the file holds the "
                             "protocol itself")
        else:
            doc.notes.append(f"most lines are furniture ({furniture} of {len(dest)}: site menus, links and page "
                             f"details, set aside); {len(doc.clauses)} clauses read")


MANY_CLAUSES = 15  # a page that gave this many clauses holds a protocol, however much site furniture is around it


def _note_rules_outside_main(doc: Document) -> None:
    """A web page whose rules stand outside its <main> element (read as furniture, "outside the main content") says
    so in documents.csv: two or more sentences there in which a party must, should or must not do something are
    the protocol's, left unread. The pieces are joined first (a link or bold words inside a sentence split it), and a
    site's own duties ("cookies must be enabled", "you must be signed in") name no party."""
    outside = " ".join(f.text for f in doc.furniture if f.reason == "outside the main content")
    if not outside:
        return
    party, duty = _patterns()["party_word"], _PARTY_DUTY
    rules = [s for s in re.split(r"(?<=[.!?])\s+", outside)
             if len(s.split()) >= 6 and any(duty.match(s, m.end()) for m in party.finditer(s))]
    if len(rules) >= 2:
        doc.notes.append(f"{len(rules)} rules stand outside the page's main content and are not read as clauses "
                         f"(the first: \"{rules[0][:60]}\"): check the page")


_PARTY_DUTY = re.compile(r"[^.!?]{0,60}?\b(?:must|should|shall|will|cannot|(?:may|can|do|does) not)\b", re.I)


def _is_form_label(b: Block) -> bool:
    """A form's field label: one short line ending in a colon, without a sentence verb ("Name:", "Date of birth:")."""
    text = b.text.strip()
    return b.kind == "para" and len(b.lines) == 1 and text.endswith(":") and _is_bare_label(text)


def _form_at(blocks: list[Block], i: int) -> bool:
    """Do two or more form field labels run from ``blocks[i]``, with no body paragraph right after them ("Name:"
    "Email:" over a signature line or the next numbered paragraph; not "Exceptions:" "Emergencies:" over "In these
    cases the Chief Executive decides.", labels of the paragraph they stand over)?"""
    j = i
    while j < len(blocks) and blocks[j].marker is None and blocks[j].style != "heading" and _is_form_label(blocks[j]):
        j += 1
    after = blocks[j] if j < len(blocks) else None
    return j - i >= 2 and (after is None or after.kind != "para" or after.marker is not None or after.style == "heading")


_DOCUMENT_KIND = re.compile(r"\b(?:protocol|code|guidance|guide|procedure|policy|charter|minutes|report|handbook|faqs?|"
                            r"questions|arrangements|relations|rules|note|briefing|commitments?|pledges?|handout)\b", re.I)
_NOT_A_DOCUMENT_TITLE = re.compile(r"\W*(?:document control|version control|contents|table of contents|"
                                   r"part \d+\w?\s*[–—:-]?\s*codes? and protocols?|codes? and protocols?|constitution)\W*$",
                                   re.I)


def _opening_sentences(lead_in: str) -> tuple[str | None, str]:
    """A lead-in's full sentences before its last ("Officer support is limited to Council business." before "In
    particular, officers will not:"), and that last: (None, the lead-in) for a bare lead-in. An answer's "Yes." or
    "No." is no sentence of its own: it goes with the sentence after it, the lead-in."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z])", lead_in)
    if len(sentences) > 1 and len(" ".join(sentences[:-1]).split()) > 2:
        return " ".join(sentences[:-1]), sentences[-1]
    return None, lead_in


def _item_ending_on_include(b: Block, nxt: Block) -> bool:
    """A bullet that ends on a plain "include", no colon, over the next bullet of its own list: an item, not a lead-in
    ("- reply to the councillor directly, copying in any ward colleagues they have asked you to include" / "- give a
    clear answer ...": b373's first run lost the item). Not ":-", "as follows" or "the following", nor "Examples ...
    include" over its examples (adversarial review 83)."""
    return re.search(r"\binclude\s*$", b.text) is not None \
        and not re.match(r"\W*(?:examples?|these|those|others?)\b", b.text, re.I) \
        and b.marker is not None and b.marker.kind == "bullet" \
        and nxt.marker is not None and nxt.marker.kind == "bullet" and nxt.indent == b.indent


def _strip_titles(doc: Document) -> None:
    """Headings above the first clause, all but the last, are the document's titles:
    level 0, and not part of any clause's section path."""
    firsts = [c.line_nos[0] for c in doc.clauses if c.line_nos]
    if not doc.headings:
        return
    first = min(firsts) if firsts else 10**9
    before = [h for h in doc.headings if h.line_no < first]
    # (a heading numbered as the text's first section is its section, not a title: "1. Chair of the Authority" /
    # "Key tasks" / "1.1 To chair meetings ...", b278's role descriptions, lost the office the tasks are for)
    # (but a numbered heading that names a document is its title still: "15. Protocol on Member/Officer Relations", a
    # constitution part's number, adversarial review 60)
    titles = [h for h in before[:-1] if not (h.number and h.number[:1].isdigit() and not _DOCUMENT_KIND.search(h.text))] \
        if len(before) > 1 else []
    if titles:
        # (the title that names the document, over a council's name, a constitution part's label or a document-control
        # table's heading: "Ambercross Council" / "Document control" / "Member and Officer Protocol")
        # (the last that names one, nearest the text: a menu item above it, "Code of conduct", is no title, review 25)
        named = [h for h in titles if _DOCUMENT_KIND.search(h.text) and not _NOT_A_DOCUMENT_TITLE.match(h.text)]
        # (an unnumbered one before a numbered one: minutes' "33. MINUTES OF THE PREVIOUS MEETING", an item above the
        # first clause, is no title of "Minutes of the meeting held ...", b373's report)
        named = [h for h in named if not (h.number and h.number[:1].isdigit())] or named
        plain = [h for h in titles if not _NOT_A_DOCUMENT_TITLE.match(h.text)]
        doc.title = named[-1].text if named else (plain or titles)[0].text
    elif before and (not firsts or len(before) == 1 and before[0].level <= 1):
        doc.title = before[0].text  # (one heading over the text, a page's h1: it names the page and heads its section)
    for h in titles:
        h.level = 0
    names = [h.text for h in titles]
    for c in doc.clauses:
        k = 0
        while c.section and k < len(names) and c.section[0] == names[k]:
            c.section = c.section[1:]
            k += 1
        # a title may sit above only some clauses
        c.section = [s for s in c.section if s not in names] if names else c.section


def _structure(blocks: list[Block], st: _State, doc: Document, offsets) -> None:
    """Pass 3: headings, numbering, lead-ins and items become clauses."""
    pats = _patterns()
    sections: list[tuple[int, str, str | None]] = []  # (level, text, number)
    used: Counter = Counter()
    numbered: list[tuple[str, str, int]] = []  # stack of (kind, id, indent) for the current list nesting
    frame: _ListFrame | None = None
    dec_lead: tuple[str, str, bool] | None = None  # a numbered lead-in over its own sub-points ("6.2 … will not:" over
    # 6.2.1), or an unnumbered one over its section's points (True: they may open in capitals)
    plain_count: Counter = Counter()
    restart_nums = sum(1 for b in blocks if b.kind == "para" and b.marker and b.marker.kind == "num"
                       and b.marker.label == "1") > 1
    i = 0
    last_num_label: dict[int, str] = {}
    form_run = False  # the block before was a form's field label
    late: list[tuple[int, int, Clause]] = []  # (place, order, clause): lead-ins printed when their list ended
    untraced: set[tuple[int, str]] = set()  # the lines of those lead-ins: clauses now, no longer lead-ins

    def section_path() -> list[str]:
        return [t for _, t, _ in sections]

    def heading_number() -> str | None:
        for _, _, n in reversed(sections):
            if n:
                return n
        return None

    def generated(base: str | None) -> str:
        """Id of an unnumbered paragraph or bullet: its nearest number and a count ("2.3-1"), or "p1"."""
        plain_count[base] += 1
        return f"{base}-{plain_count[base]}" if base else f"p{plain_count[base]}"

    def unique(cid: str) -> str:
        used[cid] += 1
        return cid if used[cid] == 1 else f"{cid}#{used[cid]}"

    def emit(b: Block, cid: str, parent: str | None, kind: str, lead_in: str | None, text: str | None = None,
             extra_section: list[str] | None = None, at: int | None = None, section: list[str] | None = None) -> None:
        body = clause_text(text if text is not None else b.text)
        if not re.search(r"\w", body):
            for ln in b.lines:
                st.drop(ln, "no text")
            return
        if _bare_marker(body) is not None and not b.style == "run-on":
            for ln in b.lines:
                st.drop(ln, "empty list marker")  # "ii." left at the foot of a page
            return
        cid = unique(cid)
        spans = [offsets[n] for n in b.line_nos if n in offsets]
        clause = Clause(
            doc_id=doc.doc_id, clause_id=cid, text=body, parent=parent,
            section=(section_path() if section is None else section) + (extra_section or []), page=b.page,
            span_start=min(s for s, _ in spans) if spans else 0, span_end=max(e for _, e in spans) if spans else 0,
            source=doc.source, kind=kind, lead_in=lead_in, line_nos=b.line_nos)
        if at is None:
            st.clauses.append(clause)
        else:  # a lead-in printed when its list ended: placed where it stood, once the pass is over (linear)
            late.append((at, len(late), clause))
        for ln in b.lines:
            st.trace.append(Trace(ln.line_no, ln.text.strip(), "clause", cid))

    def close(f: _ListFrame | None, keep: _ListFrame | None = None) -> None:
        """End the list ``f`` and the lists it is nested in, up to ``keep``, which stays open: a lead-in that no item
        showed is printed as a clause of its own, in its place, an item under its parent lead-in if it has one (a
        lead-in whose list never came, "Councillors must not:" / "• in the press:"), or recorded as furniture when it
        is a bare label ("Share this:"), so that no line is lost."""
        ending = []
        while f is not None and f is not keep:
            ending.append(f)
            f = f.parent
        for g in reversed(ending):
            if g.shown or g.block is None:
                continue
            if g.tail == g.own:  # the whole block goes elsewhere: it is no longer a lead-in
                untraced.update((ln.line_no, ln.text.strip()) for ln in g.block.lines)
            if _is_bare_label(g.tail) and g.tail == g.own and g.lead_kind is None:
                for ln in g.block.lines:
                    st.drop(ln, "label with nothing under it")
                continue
            up = g.parent
            cid = g.base if g.lead_kind in ("dec", "num") and g.base else generated(g.base)
            parent = up.base if up is not None else (g.base if g.base != cid else None)
            emit(g.block, cid, parent if parent != cid else None, "item" if up is not None else "paragraph",
                 up.own if up is not None else None, text=g.tail, at=g.at, section=g.section)
            if up is not None:
                up.shown = True

    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        is_lead_in = bool(pats["lead_in"].search(b.text.strip())) and nxt is not None and _starts_items(nxt) and not (
            # (not over the document's next numbered paragraph: "2. The Clerk will reply …" after "1." under "Telephone:")
            nxt.marker is not None and nxt.marker.kind == "num" and nxt.style != "item" and nxt.marker.label != "1"
            and nxt.text.strip()[:1].isupper()
            and (last_num_label.get(0) or "").isdigit() and nxt.marker.label in _next_labels(last_num_label[0])) \
            and not _item_ending_on_include(b, nxt)
        popped = False
        while frame is not None and _leaves_frame(frame, b, is_lead_in):
            close(frame, frame.parent)
            frame, popped = frame.parent, True
        if b.kind == "row":
            j = i
            while j < len(blocks) and blocks[j].kind == "row" and (blocks[j].table == b.table):
                j += 1
            close(frame)
            _table(blocks[i:j], st, doc, offsets, section_path(), unique)
            frame = None
            i = j
            continue
        # (or a block that opens on a superscript number, as a PDF sets a footnote in the body's own type: "¹ Local
        # Government and Housing Act 1989, ss. 4-5; ...", round 83's first run)
        superscript = re.match(r"\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*", b.text)
        note = b.text[superscript.end():] if superscript else b.text
        if (b.style == "footnote" or superscript) and only_cites(note.strip()):
            for ln in b.lines:  # a footnote that only cites its authority: the document's apparatus
                st.drop(ln, "footnote citation")
            i += 1
            continue
        if b.style == "footnote":
            # a footnote: its own number ("fn1"), outside the paragraph numbering and any list
            emit(b, f"fn{b.marker.label}" if b.marker is not None and b.marker.kind != "bullet" else generated("fn"),
                 None, "paragraph", None)
            i += 1
            continue
        if b.marker is None and b.style != "heading" and _is_form_label(b) and (form_run or _form_at(blocks, i)):
            for ln in b.lines:  # a form's field labels in a row ("Name:" "Email:" "Telephone:"): not a list
                st.drop(ln, "form field label")
            form_run = True
            i += 1
            continue
        form_run = False
        in_items = frame is not None and _frame_takes(frame, b) and not _closes_items(frame, b, nxt)
        if b.marker is not None and b.marker.kind == "ualpha" and _is_question(b.text.strip()) \
                and pats["question_label"].match(b.marker.label):
            b.marker = None  # "Q." labels a question: no section letter
        if b.marker is not None and b.marker.kind == "ualpha" and pats["answer_label"].match(b.marker.label) \
                and st.headings and _is_question(st.headings[-1].text) \
                and (not st.clauses or (st.clauses[-1].line_nos or [0])[-1] < st.headings[-1].line_no):
            b.marker = None  # "A." under a question labels its answer, not a list item
        if _is_heading(b, nxt, in_items and not (b.marker and b.marker.kind in ("dec", "num"))):
            number = b.marker.label if b.marker and b.marker.kind in ("dec", "num", "uroman", "ualpha") else None
            if b.marker and b.marker.kind in ("uroman", "ualpha"):
                b.marker = Marker("num", b.marker.label)  # a lettered heading is a top-level section
            title = clause_text(b.text)
            if number and b.marker.kind in ("dec", "num"):
                level = number.count(".") + 1
            elif b.style == "heading" and b.level:
                level = b.level
            else:
                top_num = next((lv for lv, _, n in reversed(sections) if n), 0)
                level = top_num + 1 if top_num else 1
            while sections and sections[-1][0] >= level:
                sections.pop()
            sections.append((level, title, number))
            st.headings.append(Heading(text=title, number=number, level=level, line_no=b.lines[0].line_no, page=b.page))
            for ln in b.lines:
                st.trace.append(Trace(ln.line_no, ln.text.strip(), "heading", title))
            numbered = []
            close(frame)
            frame = None
            i += 1
            continue

        # a lead-in: ends with ':' (or 'as follows') and items follow
        if is_lead_in:
            # a lead-in right after a lead-in, or an item of an outer list that is itself a lead-in ("councillors
            # should: a) in meetings: i. be courteous …; b) in correspondence: …"): its items keep both lead-ins
            # (its own and its parent's, not a chain: a run of a thousand "x:" lines gave every item a lead-in of all
            # of them). A lettered lead-in nests only where its label continues the list ("b)" after "a)"); a
            # paragraph number ("2." "3.1") starts a list of its own, unless the list is one of numbers
            labelled = b.marker is not None and b.marker.kind not in ("bullet", "dec", "step")
            nests = frame is not None and (popped or (frame.count == 0 and not (
                b.marker is not None and (b.marker.kind == "dec" or b.marker.kind == "num" and b.marker.label != "1")))
                or (
                labelled and frame.last_label is not None and b.marker.label in _next_labels(frame.last_label)
                and _frame_takes(frame, b)))
            base = _own_id(b, numbered, heading_number(), restart_nums)
            if nests and b.marker is not None and b.marker.kind == "num":
                cid = f"{frame.base}.{b.marker.label}" if frame.base else b.marker.label
            elif b.marker is not None and b.marker.kind in ("dec", "num"):
                cid = base
                numbered = [(b.marker.kind, cid, b.indent)]
            elif b.marker is not None and b.marker.kind != "bullet":
                cid = _relative_id(b, numbered, frame, heading_number())
            elif nxt.marker is not None and nxt.marker.kind != "bullet":
                cid = generated(heading_number())  # labelled items hang from the lead-in's own id
            else:
                cid = None
            parent_base = cid or (frame.base if frame and _is_item_candidate(b) else None) or \
                (numbered[-1][1] if numbered else heading_number())
            lead_text = clause_text(b.text)
            own, tail = _opening_sentences(lead_text)
            own = own or (tail if pats["rule_lead_in"].search(tail) else None)  # it states a rule of its own
            if own:
                # "Senior officers can be invited to brief a group. When they do so:" -- the first
                # sentence is also a clause of its own; the items keep the whole lead-in as context.
                emit(b, parent_base or generated(heading_number()), None, "paragraph", None, text=own)
            parent = None
            if nests:
                parent = frame
                parent.count += 1
                parent.last_label = b.marker.label if labelled else parent.last_label
            else:
                close(frame)
            frame = _ListFrame(text=f"{parent.own} {lead_text}" if parent else lead_text, base=parent_base,
                               indent=b.indent, section=section_path(), bare=nxt.marker is None and nxt.style != "item",
                               numbered=nxt.marker is not None and nxt.marker.kind == "num", parent=parent,
                               own=lead_text, label=b.marker.label if labelled else None,
                               lead_kind=b.marker.kind if b.marker is not None else None, block=b, tail=tail,
                               at=len(st.clauses))
            refs = f"lead-in of {parent_base or 'the list that follows'}"
            for ln in b.lines:
                st.trace.append(Trace(ln.line_no, ln.text.strip(), "lead-in", refs))
            i += 1
            continue

        if frame is not None and _frame_takes(frame, b):
            frame.count += 1
            frame.lower += b.text.strip()[:1].islower()
            if b.marker is not None and b.marker.kind != "bullet":
                label = b.marker.label
                if b.marker.kind == "num":
                    # an HTML ordered list pasted as text shows "1." for every item
                    if label == "1" and frame.last_num >= 1:
                        label = str(frame.last_num + 1)
                    frame.last_num = int(label)
                frame.last_label = label
                cid = f"{frame.base}.{label}" if frame.base else label
            else:
                cid = generated(frame.base)
            if frame.item_indent is None:
                frame.item_indent = b.indent
            frame.shown = True
            if frame.parent is not None:
                frame.parent.shown = True
            emit(b, cid, frame.base, "item", frame.text)
            i += 1
            continue
        close(frame)
        frame = None

        section = heading_number()
        if b.marker is None and b.kind == "para" and b.style != "heading" and section and nxt is not None \
                and nxt.marker is not None and nxt.marker.kind == "dec" and nxt.marker.label == section + ".1" \
                and re.search(r":\s*$", b.text) and pats["lead_in"].search(b.text.strip()) \
                and _opening_sentences(clause_text(b.text))[0] is None:
            # an unnumbered lead-in over its section's numbered points ("In relation to councillors, the Clerk's duties
            # are:" over 1.1, 1.2 ... under "1. The Clerk's duties in relation to councillors", b262's first run): no
            # clause, as a list's lead-in is not; the points keep it as their lead-in
            dec_lead = (section, clause_text(b.text), True)
            for ln in b.lines:
                st.trace.append(Trace(ln.line_no, ln.text.strip(), "lead-in", f"lead-in of {nxt.marker.label}"))
            i += 1
            continue

        if b.marker is not None and b.marker.kind in ("dec", "num"):
            cid = _own_id(b, numbered, heading_number(), restart_nums, last_num_label)
            parent = _dec_parent(cid, heading_number())
            numbered = [(b.marker.kind, cid, b.indent)]
            # (its points go on from the lead-in in lower case, "6.2.1 attend …": "2.1.1 This paragraph was amended …"
            # or "3.3.1 Councillors must not …" under "… officers will:" are paragraphs of their own, review 24)
            under = dec_lead is not None and b.marker.label.startswith(dec_lead[0] + ".") \
                and (dec_lead[2] or b.text.strip()[:1].islower())
            text = None
            if not under and b.marker.kind == "dec" and pats["lead_in"].search(b.text.strip()) and nxt is not None \
                    and nxt.marker is not None and nxt.marker.label == b.marker.label + ".1" \
                    and nxt.text.strip()[:1].islower():
                # "6.2 Officer support … is limited to Council business. In particular, officers will not:" over 6.2.1,
                # 6.2.2: the points below are its items; the full sentence is the clause, the items keep the lead-in
                dec_lead = (b.marker.label, clause_text(b.text), False)
                for ln in b.lines:
                    st.trace.append(Trace(ln.line_no, ln.text.strip(), "lead-in", f"lead-in of {cid}"))
                text = _opening_sentences(dec_lead[1])[0]
                if text is None:  # a bare lead-in ("2.2 Members and officers will:") is no clause, as a list's is not
                    i += 1
                    continue
            elif not under:
                dec_lead = None
            emit(b, cid, parent, "paragraph", dec_lead[1] if under else None, text=text)
        elif b.marker is not None and b.marker.kind == "step":
            base = numbered[-1][1] if numbered else heading_number()
            label = "step" + _step_number(b.marker.label)
            cid = f"{base}.{label}" if base else label
            emit(b, cid, base, "step", None)
        elif b.marker is not None and b.marker.kind != "bullet":
            cid = _relative_id(b, numbered, None, heading_number())
            parent = cid.rsplit(".", 1)[0] if "." in cid else None
            emit(b, cid, parent, "item", None)
        else:
            base = numbered[-1][1] if numbered else heading_number()
            emit(b, generated(base), base, "item" if b.marker is not None else "paragraph", None)
        i += 1
    close(frame)
    if late:  # each in its place: before the clause that was next when its lead-in was read
        late.sort(key=lambda x: (x[0], x[1]))
        merged, k = [], 0
        for pos, clause in enumerate(st.clauses):
            while k < len(late) and late[k][0] <= pos:
                merged.append(late[k][2])
                k += 1
            merged.append(clause)
        st.clauses[:] = merged + [c for _, _, c in late[k:]]
    if untraced:
        st.trace[:] = [t for t in st.trace if not (t.dest == "lead-in" and (t.line_no, t.text) in untraced)]
