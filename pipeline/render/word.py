"""The Word writer: a draft protocol as a .docx with real headings, numbered clauses and source notes."""

from __future__ import annotations

from pathlib import Path

from ..store import _fixed_zip, atomic_path
from .draft import Draft, _context


def write_docx(draft: Draft, path: Path) -> None:
    """The draft as a Word document: real headings, numbered clauses, and source notes."""
    import docx
    from docx.shared import Pt

    ctx = _context(draft)
    o = draft.options
    d = docx.Document()
    d.core_properties.title = f"{o.council}: Member/Officer Protocol (draft)"
    d.core_properties.author = "protocols draft"
    from datetime import datetime

    d.core_properties.created = datetime(2000, 1, 1)
    d.core_properties.modified = datetime(2000, 1, 1)
    d.core_properties.last_printed = datetime(2000, 1, 1)
    d.add_heading(f"{o.council}", 0)
    d.add_paragraph(f"Protocol on relations between {o.member_term}s and officers: draft for consultation")
    intro = d.add_paragraph(f"Prepared from {len(ctx['councils'])} published protocols. Every clause cites its "
                            f"sources in the notes at the end.")
    intro.runs[0].italic = True
    for s in ctx["sections"]:
        d.add_heading(f"{s['number']}. {s['title']}", 1)
        if s["id"] == "review":
            d.add_paragraph(f"{s['number']}.1 This protocol {ctx['adoption']}. The {o.monitoring_officer} will "
                            f"review it every {o.review_years} years and report any changes to the Council.")
        for c in s["clauses"]:
            p = d.add_paragraph()
            num = p.add_run(f"{c['number']} ")
            num.bold = True
            p.add_run(c["text"])
            if c["added"]:
                tag = p.add_run(" [added]")
                tag.italic = True
            ref = p.add_run(f" [{c['note']}]")
            ref.font.superscript = True
            ref.font.size = Pt(8)
        if s["missing"] and s["id"] != "review":
            m = d.add_paragraph("No source covers: " + ", ".join(s["missing"]) + ".")
            m.runs[0].italic = True
    d.add_heading("Themes no source covers", 1)
    for t in ctx["uncovered"] or ["None: every theme is covered."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("Sources", 1)
    for note in ctx["notes"]:
        d.add_paragraph(f"[{note['n']}] " + "; ".join(note["sources"]))
    with atomic_path(path) as tmp:
        d.save(str(tmp))
        _fixed_zip(tmp)
