"""The one data model shared by every stage.

Plain dataclasses with ``to_dict``/``from_dict``. Readers produce a
:class:`RawDocument` (lines as the source gave them); segmentation turns it
into a :class:`Document` of :class:`Clause` records; tagging fills the tag
fields; rendering reads records, never spaCy objects.
"""

from __future__ import annotations

import re

from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA_VERSION = "1.0"

TAGS: tuple[str, ...] = ("role", "expectation", "prohibition", "escalation", "context")
ACTORS: tuple[str, ...] = (
    "member",
    "officer",
    "both",
    "chair",
    "group_leader",
    "leader",
    "statutory_officer",
    "council",
)

# What sources.csv's council_type and `draft --council-type` accept. A Welsh community council
# is "community" (the Welsh counterpart of an English parish); "welsh" and "scottish" are the
# principal councils of Wales and Scotland; "city" is a city council of any tier.
COUNCIL_TYPES: tuple[str, ...] = ("parish", "town", "community", "city", "district", "borough", "county",
                                  "unitary", "metropolitan", "welsh", "scottish")
# Other names people give these types in sources.csv ("London borough", "county_borough"), after
# lower-casing, "_"/"-" read as spaces and a trailing "council" or "authority" dropped.
COUNCIL_TYPE_ALIASES: dict[str, str] = {
    "london borough": "borough", "royal borough": "borough", "london": "borough", "london borough council": "borough",
    "metropolitan borough": "metropolitan",
    "metropolitan district": "metropolitan", "unitary authority": "unitary", "county borough": "welsh",
    "welsh principal": "welsh", "welsh county": "welsh", "principal welsh": "welsh", "scottish principal": "scottish",
    "scottish unitary": "scottish", "welsh unitary": "welsh", "unitary scottish": "scottish",  # (a blind set's, round 83)
    "parish meeting": "parish", "city and county": "welsh", "town and parish": "town",
    # a combined authority (of metropolitan or unitary councils) is drafted and compared as a
    # principal council of its kind; a combined county authority as a county
    "combined": "metropolitan", "mayoral combined": "metropolitan", "combined county": "county",
    # a county association of local councils writes its model protocols and advice for parish and town councils: they
    # are compared and drafted as a parish's (a helper writing a blind set gave "association", and the build failed the
    # document)
    "association": "parish", "association of local councils": "parish", "county association": "parish",
    "alc": "parish", "county association of local councils": "parish",
}


def council_type_of(value: str | None) -> str | None:
    """The council type ``value`` names (one of COUNCIL_TYPES), or None where it names none."""
    name = re.sub(r"[\s_-]+", " ", (value or "").lower()).strip()
    name = re.sub(r"\s+(council|authority)$", "", name) if name not in COUNCIL_TYPE_ALIASES else name
    name = COUNCIL_TYPE_ALIASES.get(name, name)
    return name if name in COUNCIL_TYPES else None

# Columns of a clause record, in output order: the schema's fields first.
RECORD_FIELDS: tuple[str, ...] = (
    "doc_id",
    "council",
    "council_type",
    "clause_id",
    "parent",
    "section",
    "text",
    "tag",
    "tags",
    "actor",
    "themes",
    "theme_evidence",
    "evidence",
    "confidence",
    "page",
    "source",
    "complete",
    "source_url",
    "kind",
    "lead_in",
    "column",
    "span_start",
    "span_end",
)


class IngestError(Exception):
    """A document cannot be read. The message is one line naming the reason."""


@dataclass
class Line:
    """One unit of extracted text, as a reader saw it.

    ``cells`` is set for a table row (ruled PDF table, Word or HTML table);
    ``style`` and ``level`` carry what the format itself says (an HTML
    ``<h2>``, a Word "Heading 2", a bold PDF line); ``marker`` carries list
    numbering the format renders itself (HTML ``<ol>``, Word numbering).
    """

    text: str
    line_no: int
    page: int | None = None
    indent: int = 0
    style: str = "body"  # body | heading | item | blank | footnote (a PDF page's foot) | margin (a PDF's small type in the top margin) | watermark (a PDF's slanted word across a page)
    level: int = 0
    marker: str | None = None
    cells: list[str] | None = None
    table: int | None = None
    page_pos: str | None = None  # "top" | "bottom" for the first/last lines of a PDF page
    row_label: bool = False  # a table row whose first cell the format marks as the row's header (HTML <th> beside <td>)


@dataclass
class Furniture:
    """Text removed from the clause stream, kept with the reason it was removed."""

    text: str
    line_no: int
    page: int | None
    reason: str


@dataclass
class RawDocument:
    doc_id: str
    source: str
    format: str
    lines: list[Line]
    pages: int | None = None
    furniture: list[Furniture] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Heading:
    text: str
    number: str | None
    level: int
    line_no: int
    page: int | None = None


@dataclass
class Trace:
    """Where one non-blank source line went: a clause, a heading, a lead-in or furniture."""

    line_no: int
    text: str
    dest: str  # clause | heading | lead-in | furniture
    ref: str  # clause id(s), heading text, or furniture reason


@dataclass
class Clause:
    doc_id: str
    clause_id: str
    text: str
    parent: str | None = None
    section: list[str] = field(default_factory=list)
    page: int | None = None
    span_start: int = 0
    span_end: int = 0
    source: str | None = None
    kind: str = "paragraph"  # paragraph | item (list item) | step (a numbered stage of a procedure) | cell
    lead_in: str | None = None
    column: str | None = None
    line_nos: list[int] = field(default_factory=list)
    complete: bool = True  # false for the last clause of a document that ends mid-sentence
    # filled by the NLP stage
    tag: str | None = None
    tags: list[str] = field(default_factory=list)
    actor: str | None = None
    themes: list[str] = field(default_factory=list)
    evidence: str | None = None
    confidence: float | None = None
    theme_evidence: dict[str, str] = field(default_factory=dict)  # theme -> the phrase that shows it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Clause:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def to_record(self, council: str | None = None, council_type: str | None = None,
                  source_url: str | None = None) -> dict[str, Any]:
        """The flat output row: the clause schema's fields plus provenance columns."""
        return {
            "doc_id": self.doc_id,
            "council": council,
            "council_type": council_type,
            "clause_id": self.clause_id,
            "parent": self.parent,
            "section": " > ".join(self.section) or None,
            "text": self.text,
            "tag": self.tag,
            "tags": list(self.tags),
            "actor": self.actor,
            "themes": list(self.themes),
            "theme_evidence": [f"{t}: {self.theme_evidence[t]}" for t in self.themes if self.theme_evidence.get(t)],
            "evidence": self.evidence,
            "confidence": self.confidence,
            "page": self.page,
            "source": self.source,
            "complete": self.complete,
            "source_url": source_url,
            "kind": self.kind,
            "lead_in": self.lead_in,
            "column": self.column,
            "span_start": self.span_start,
            "span_end": self.span_end,
        }


@dataclass
class Document:
    doc_id: str
    source: str
    format: str
    text: str
    clauses: list[Clause] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    trace: list[Trace] = field(default_factory=list)
    pages: int | None = None
    council: str | None = None
    council_type: str | None = None
    title: str | None = None
    source_url: str | None = None  # where the council publishes it (sources.csv's `source`)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # facts worth knowing that do not make it partial
    # characters removed from the text because they hide or disguise it (bidi controls,
    # invisible characters): "U+202E RIGHT-TO-LEFT OVERRIDE" -> how many
    hidden_chars: dict[str, int] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        data = dict(data)
        data["clauses"] = [Clause.from_dict(c) for c in data.get("clauses", [])]
        data["headings"] = [Heading(**h) for h in data.get("headings", [])]
        data["furniture"] = [Furniture(**f) for f in data.get("furniture", [])]
        data["trace"] = [Trace(**t) for t in data.get("trace", [])]
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def records(self) -> list[dict[str, Any]]:
        return [c.to_record(self.council, self.council_type, self.source_url) for c in self.clauses]


@dataclass
class Source:
    """One row of raw_docs/sources.csv: what is known about a file."""

    doc_id: str
    file: str
    council: str | None = None
    council_type: str | None = None
    title: str | None = None
    source: str | None = None
    notes: str | None = None
