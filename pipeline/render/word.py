"""The Word writer: a draft protocol as a .docx a clerk can edit.

A4 pages; the built-in styles (Normal, Title, Heading 1, List Number); section and clause
numbers as Word's own multilevel numbering (1. / 1.1 / (a), one list definition), so that
inserting or deleting a clause renumbers the rest; every clause's sources as a real footnote
(python-docx has no footnote API, so the footnotes part is written here); and the document
properties: title, subject (the council), keywords, category and the draft's date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from ..store import _fixed_zip, atomic_path
from .draft import Draft, _context

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_URI = "/word/footnotes.xml"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
NOTE_SIZE = 18  # half-points: 9 pt

# The clause numbering: level 0 the section ("1."), level 1 the clause ("1.1"), level 2 a list item ("(a)").
_LEVELS = (("decimal", "%1.", 0, 432), ("decimal", "%1.%2", 720, 720), ("lowerLetter", "(%3)", 1440, 720))


def _numbering(d) -> int:
    """Add one multilevel list definition to the document's numbering part; returns its numId."""
    from docx.oxml import parse_xml

    numbering = d.part.numbering_part.element
    abstract_ids = [int(x) for x in numbering.xpath("./w:abstractNum/@w:abstractNumId")] or [0]
    num_ids = [int(x) for x in numbering.xpath("./w:num/@w:numId")] or [0]
    aid, nid = max(abstract_ids) + 1, max(num_ids) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left + hanging}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
        for i, (fmt, text, left, hanging) in enumerate(_LEVELS))
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{aid}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    num = parse_xml(f'<w:num xmlns:w="{W}" w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
    first_num = numbering.find(f"{{{W}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum comes before the first num
    else:
        numbering.append(abstract)
    numbering.append(num)
    return nid


def _number(paragraph, num_id: int, level: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    for old in ppr.findall(f"{{{W}}}numPr"):
        ppr.remove(old)
    num_pr = parse_xml(f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    style = ppr.find(f"{{{W}}}pStyle")
    if style is not None:
        style.addnext(num_pr)
    else:
        ppr.insert(0, num_pr)


def _footnote_ref(paragraph, note_id: int) -> None:
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(
        f'<w:r xmlns:w="{W}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'))


def _footnotes_xml(notes: list[tuple[int, str]]) -> bytes:
    """The footnotes part: Word's separator and continuation notes (ids -1, 0), then each note."""
    sep = (f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
           f'</w:p></w:footnote>')
    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="{NOTE_SIZE}"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:sz w:val="{NOTE_SIZE}"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
        f'</w:p></w:footnote>' for n, text in notes)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">{sep}{body}'
            f'</w:footnotes>').encode("utf-8")


def _add_footnotes(d, notes: list[tuple[int, str]]) -> None:
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI(FOOTNOTES_URI), FOOTNOTES_CT, _footnotes_xml(notes), d.part.package)
    d.part.relate_to(part, FOOTNOTES_RT)


def write_docx(draft: Draft, path: Path) -> None:
    """The draft as a Word document (see the module docstring)."""
    import docx
    from docx.shared import Mm, Pt

    ctx = _context(draft)
    o = draft.options
    when = o.draft_date or date.today().isoformat()
    d = docx.Document()
    for section in d.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
    d.styles["Normal"].font.size = Pt(11)
    props = d.core_properties
    props.title = f"{o.council}: Protocol on relations between {o.member_term}s and officers (draft)"[:255]  # Word's limit
    props.subject = o.council
    props.keywords = f"member/officer protocol; {o.council_type} council; draft"
    props.category = "Draft protocol"
    props.comments = f"Draft of {ctx['date']}, prepared from {ctx['drawn_from']} source documents."
    props.author = "protocols draft"
    num_id = _numbering(d)
    notes: list[tuple[int, str]] = []

    d.add_paragraph(o.council, style="Title")
    d.add_paragraph(f"Protocol on relations between {o.member_term}s and officers: draft of {ctx['date']} for "
                    f"consultation", style="Subtitle")
    if ctx["terms_note"]:
        d.add_paragraph(ctx["terms_note"]).runs[0].italic = True
    if not o.committee:  # (a copy for committee: the protocol's text only, draft._context)
        lede = d.add_paragraph("Drafting note (not part of the protocol; the copy for committee leaves out these "
                               f"notes): prepared from {ctx['drawn_from']} source documents"
                               + (f" ({ctx['cited_from']} of them cited in the notes)"
                                  if ctx["cited_from"] < ctx["drawn_from"] else "")
                               + (f", starting from {o.base} ({ctx['additions']} clauses added from other councils "
                                  f"are marked [added])" if o.base else "")
                               + f". Only clauses that fit a {o.council_type} council in {o.nation.capitalize()} are used; "
                                 "where several councils make the same point, one wording is kept and its footnote cites "
                                 "them all, though a point put in quite other words may still stand twice."
                               + (" " + ctx["pledges_note"] if ctx["pledges_note"] else "")
                               + (" " + ctx["coverage_note"] if ctx["coverage_note"] else ""))
        lede.runs[0].italic = True
    for s in ctx["sections"]:
        _number(d.add_heading(s["title"], 1), num_id, 0)
        if s["id"] == "review":
            p = d.add_paragraph(f"This Protocol {ctx['adoption']}. The {o.reviewer} will review it every "
                                f"{o.review_period} and report any changes to the Council.", style="List Number")
            _number(p, num_id, 1)
        for c in s["clauses"]:
            p = d.add_paragraph(c["text"], style="List Number")
            _number(p, num_id, 1)
            if c["added"]:
                p.add_run(" [added]").italic = True
            if not o.committee:
                notes.append((c["note"], "; ".join(ctx["notes"][c["note"] - 1]["sources"])))
                _footnote_ref(p, c["note"])
            for item in c["list"]:
                _number(d.add_paragraph(item["text"], style="List Number 2"), num_id, 2)
        for line in ([s["empty"]] if s["empty"] else []) + (
                ["Drafting note: no source covers " + ", ".join(s["missing"]) + "."] if s["missing"] and s["id"] != "review"
                and not o.committee else []):
            d.add_paragraph(line).runs[0].italic = True
    if not o.committee:
        _drafting_notes(d, ctx)
    _add_footnotes(d, notes)
    with atomic_path(path) as tmp:
        d.save(str(tmp))
        _fixed_zip(tmp, core_date=when)


def _drafting_notes(d, ctx: dict) -> None:
    """The full draft's closing notes and appendices: the gap lists, the other wordings, the points set aside, every
    source of each clause and where the sources are published (not in a copy for committee)."""
    if ctx["uncovered"]:  # (none uncovered: the opening note says so)
        d.add_heading("Drafting note: themes no source covers", 1)
        for t in ctx["uncovered"]:
            d.add_paragraph(t, style="List Bullet")
    if ctx["sections_left_out"]:
        d.add_heading("Drafting note: sections this draft leaves out", 1)
        for t in ctx["sections_left_out"]:
            d.add_paragraph(t, style="List Bullet")
    if ctx["not_in_draft"]:
        d.add_heading("Drafting note: themes the sources cover that this draft leaves out", 1)
        for t in ctx["not_in_draft"]:
            d.add_paragraph(t, style="List Bullet")
    if ctx["others"]:
        d.add_heading("Appendix: other wordings of the same points", 1)
        for x in ctx["others"]:
            d.add_heading(f"Clause {x['number']}", 2)
            for w in x["wordings"]:
                p = d.add_paragraph(style="List Bullet")
                p.add_run(w["ref"] + ": ").bold = True
                p.add_run(w["text"])
            if x["more"]:
                d.add_paragraph(f"and {x['more']} other wording{'s' if x['more'] > 1 else ''} (every source "
                                "clause is in clauses.csv)", style="List Bullet")
    if ctx["set_aside"]:
        d.add_heading("Appendix: points that could not be used whole", 1)
        for x in ctx["set_aside"]:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(f"{x['ref']} ({x['reason']}): ").bold = True
            p.add_run(x["text"])
    if ctx["every_source"]:
        d.add_heading(ctx["all_sources_title"], 1)
        for x in ctx["every_source"]:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(f"Clause {x['number']}: ").bold = True
            p.add_run("; ".join(x["sources"]))
    if ctx["published"]:
        d.add_heading("Where the sources are published", 1)
        d.add_paragraph(ctx["published_note"])
        for pub in ctx["published"]:
            d.add_paragraph(f"{pub['council']}: {pub['url']}", style="List Bullet")
