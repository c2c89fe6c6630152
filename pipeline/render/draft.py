"""Render II: a harmonised draft protocol for a named council, from the tagged clauses.

``build_draft(clauses, options) -> Draft`` selects clauses from the structured
dataset into the sections of ``resources/draft.yaml`` by tag, actor and theme,
merges near-identical wordings across councils, keeps the wording most councils
share (then the clearest: highest confidence, then the shortest), substitutes the
council's own terms, and cites every clause's sources. ``render_text`` fills the
Markdown and HTML templates; ``write_docx`` (word.py) writes the same structure to Word.
``write_draft`` does it all from a built folder: the library call behind ``protocols draft``.
Clause text is never reworded: only the terms below are substituted, and a list
item that cannot stand alone keeps its lead-in in front of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..model import COUNCIL_TYPES
from ..nlp.themes import load_themes
from ..resources import load_rules
from .common import environment, joined_words
OPTION_FIELDS = ("council", "council_type", "member_term", "senior_officer", "monitoring_officer",
                 "personnel_committee")


class DraftError(ValueError):
    """A draft cannot be made: the message says which parameter or input is wrong."""


@dataclass
class DraftOptions:
    council: str
    council_type: str
    member_term: str
    senior_officer: str
    monitoring_officer: str
    personnel_committee: str
    adoption_date: str | None = None
    review_years: int = 2
    base: str | None = None


@dataclass
class DraftClause:
    number: str
    text: str
    sources: list[str]  # "Council clause 2.3"
    tag: str
    themes: list[str]
    added: bool = False  # with --base: taken from another council's protocol
    substituted: list[str] = field(default_factory=list)


@dataclass
class DraftSection:
    number: int
    id: str
    title: str
    clauses: list[DraftClause]
    missing: list[str]  # labels of the themes this section expects and no chosen clause covers


@dataclass
class Draft:
    options: DraftOptions
    sections: list[DraftSection]
    uncovered: list[str]  # theme labels no source clause covers at all
    sources: list[str]  # the councils drawn on
    additions: int = 0


MAX_NAME = 200  # characters of a council name or title (Word's title property holds 255)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _check_values(values: dict) -> None:
    """Every parameter is one line of text (review_years a whole number of years)."""
    for key, value in values.items():
        if key == "review_years":
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 20:
                raise DraftError(f"review_years must be a whole number of years from 1 to 20, not {value!r:.40}")
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = values[key] = str(value)
        if hasattr(value, "isoformat") and key == "adoption_date":
            value = values[key] = value.isoformat()
        if not isinstance(value, str):
            raise DraftError(f"'{key}' must be a single text value, not a {type(value).__name__}")
        if _CONTROL.search(value):
            raise DraftError(f"'{key}' contains a control character (line break, tab...); give it on one line")
        if len(value) > MAX_NAME:
            raise DraftError(f"'{key}' is {len(value)} characters long; the limit is {MAX_NAME}")


def options_for(values: dict) -> DraftOptions:
    """Options from CLI/YAML values, filling the rest from the council type's defaults."""
    values = {k: v for k, v in values.items() if v not in (None, "")}
    _check_values(values)
    if not values.get("council"):
        raise DraftError("missing parameter 'council' (give --council or 'council:' in the YAML file)")
    ctype = values.get("council_type")
    if not ctype:
        raise DraftError("missing parameter 'council_type' (give --council-type or 'council_type:' in the YAML file)")
    ctype = str(ctype).lower()
    if ctype not in COUNCIL_TYPES:
        raise DraftError(f"unknown council type '{ctype}' (one of: {', '.join(COUNCIL_TYPES)})")
    merged = {**load_rules("draft.yaml")["defaults"][ctype], **values, "council_type": ctype}
    unknown = set(merged) - {f for f in DraftOptions.__dataclass_fields__}
    if unknown:
        raise DraftError(f"unknown parameter(s): {', '.join(sorted(unknown))}")
    missing = [f for f in OPTION_FIELDS if not merged.get(f)]
    if missing:
        raise DraftError(f"missing parameter '{missing[0]}'")
    if str(merged["member_term"]).lower() not in ("councillor", "member"):
        raise DraftError("member_term must be Councillor or Member")
    merged["member_term"] = str(merged["member_term"]).capitalize()
    return DraftOptions(**merged)


# ------------------------------------------------------------ terms ----

def _plural(term: str) -> str:
    return term + "s"


def _cased(repl: str, matched: str) -> str:
    """Keep a capital where the source had one ("The Clerk" -> "The Chief Executive")."""
    return repl[:1].upper() + repl[1:] if matched[:1].isupper() else repl


def substitute_terms(text: str, opts: DraftOptions, council_names: list[str]) -> tuple[str, list[str]]:
    """Use the council's own terms throughout: its name, member term, senior officer,
    monitoring officer title and personnel committee. Each group of phrases is replaced
    in one pass, so a replacement is never replaced again. Returns the text and what changed."""
    done: list[str] = []
    terms = load_rules("draft.yaml")["terms"]

    def one_pass(phrases: list[str], repl_for, text: str, suffix: str = "", guard: str = "") -> str:
        alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        rx = re.compile(r"\b(?:" + alternation + r")" + suffix + r"\b" + guard, re.I)

        def repl(m: re.Match) -> str:
            new = _cased(repl_for(m.group(0)), m.group(0))
            if new != m.group(0):
                done.append(f"{m.group(0)} -> {new}")
            return new

        return rx.sub(repl, text)

    names = [n for n in council_names if n and n != opts.council and not n.startswith("(")]
    if names:
        text = one_pass(names, lambda m: opts.council, text)
    text = one_pass(["the parish council", "the town council", "the community council", "the district council",
                     "the borough council", "the county council", "the city council"], lambda m: "the Council", text)
    member = opts.member_term
    text = one_pass(terms["member_term"], lambda m: member + "s" if m.lower().endswith("s") else member, text,
                    guard=r"(?! of (?:the public|staff|the community|the council's staff))")
    for key in ("monitoring_officer", "personnel_committee", "senior_officer"):
        target = getattr(opts, key)
        suffix = r"(?: of (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)* Council)?" if key == "monitoring_officer" else ""
        text = one_pass(terms[key], lambda m, t=target: ("the " + t) if m.lower().startswith("the ") else t,
                        text, suffix=suffix)
    return text, sorted(set(done))


# -------------------------------------------------------- selection ----

def _section_of(row, by_id: dict[str, dict], claim_order: list[str]) -> str | None:
    """The first section, in claim order, whose rule the clause meets."""
    for sid in claim_order:
        s = by_id[sid]
        tags, actors, themes = s.get("tags"), s.get("actors"), s.get("themes")
        if s.get("text") and not re.search(s["text"], row["text"], re.I):
            continue
        if tags and row["tag"] not in tags:
            continue
        who = actors and row["actor"] in actors
        what = themes and bool(set(themes) & set(row["themes"]))
        if actors and themes:
            if not (who or what):
                continue
        elif actors and not who:
            continue
        elif themes and not what:
            continue
        return sid
    return None


_SENTENCE = re.compile(r"^(?!(?:I|You|We)\b)(?:[A-Z][\w'’-]*\s+){1,5}(?:will|should|must|shall|may|can|are|is|have|has|do|does)\b")


def _readable(row) -> str:
    """A list item that does not stand alone keeps its lead-in in front ("Councillors should not: give ...")."""
    text = row["text"].strip()
    lead = row["lead_in"] if isinstance(row["lead_in"], str) else ""
    if lead and not _SENTENCE.match(text):
        text = f"{lead} {text}"
    text = re.sub(r"[;,]?\s*(\band|\bor)?\s*$", "", text) if text.endswith(("; and", "; or", ";", ",")) else text
    if text and text[-1] not in ".!?:":
        text += "."
    return text[0].upper() + text[1:] if text else text


def _clusters(rows: pd.DataFrame, threshold: int = 85) -> list[list[int]]:
    from rapidfuzz import fuzz

    idx = list(rows.index)
    norm = {i: joined_words(rows.at[i, "text"]) for i in idx}
    parent = {i: i for i in idx}

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a_pos, a in enumerate(idx):
        for b in idx[a_pos + 1:]:
            if fuzz.token_sort_ratio(norm[a], norm[b]) >= threshold:
                parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in idx:
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _chosen(rows: pd.DataFrame, members: list[int]) -> int:
    """The wording most councils share (closest to the others), then the clearest, then the shortest."""
    from rapidfuzz import fuzz

    def key(i):
        closeness = sum(fuzz.token_sort_ratio(joined_words(rows.at[i, "text"]), joined_words(rows.at[j, "text"]))
                        for j in members)
        conf = rows.at[i, "confidence"] if pd.notna(rows.at[i, "confidence"]) else 0
        return (-closeness, -conf, len(rows.at[i, "text"]), i)

    return min(members, key=key)


def _council(row) -> str:
    c = row["council"]
    return c if isinstance(c, str) and c else row["doc_id"]


def build_draft(clauses: pd.DataFrame, opts: DraftOptions) -> Draft:
    """Choose, merge and order the clauses of every section; record gaps."""
    spec = load_rules("draft.yaml")
    sections = spec["sections"]
    themes = load_themes()
    df = clauses.copy().reset_index(drop=True)
    for col in ("doc_id", "clause_id", "text", "tag", "actor", "lead_in", "council"):
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    df["confidence"] = pd.to_numeric(df["confidence"]).astype(float).fillna(0.0)
    df["themes"] = df["themes"].map(list)
    if opts.base and opts.base not in set(df.doc_id):
        raise DraftError(f"--base: no document with doc_id '{opts.base}' in the dataset")
    df = df[df.text.map(lambda t: len(t.split()) >= 3)]
    df = df[(df.confidence >= 0.6) | (df.doc_id == opts.base)]
    by_id = {s["id"]: s for s in sections}
    df["section"] = [_section_of(r, by_id, spec["claim_order"]) for r in df.to_dict("records")]
    council_names = sorted({c for c in df.council.dropna()})
    base_themes = set(t for ts in df[df.doc_id == opts.base].themes for t in ts) if opts.base else set()
    out: list[DraftSection] = []
    used_themes: set[str] = set()
    additions = 0
    for n, s in enumerate(sections, 1):
        title = s["title"].format(member_term=opts.member_term)
        rows = df[df.section == s["id"]]
        base_has_section = bool(opts.base) and bool((rows.doc_id == opts.base).any())
        chosen: list[tuple[tuple, DraftClause]] = []
        for members in _clusters(rows) if len(rows) else []:
            docs = {rows.at[i, "doc_id"] for i in members}
            in_base = bool(opts.base) and opts.base in docs
            if opts.base and not in_base:
                # another council's clause is added only where it covers what the base does not
                new_themes = {t for i in members for t in rows.at[i, "themes"]} - base_themes
                if base_has_section and not new_themes:
                    continue
            if in_base:
                pick = min(i for i in members if rows.at[i, "doc_id"] == opts.base)
            else:
                pick = _chosen(rows, members)
            row = rows.loc[pick]
            text, changed = substitute_terms(_readable(row), opts, council_names)
            refs = sorted({f"{_council(rows.loc[i])} clause {rows.at[i, 'clause_id']}" for i in members})
            conf = row["confidence"] if pd.notna(row["confidence"]) else 0
            order = (0, int(pick), 0.0) if in_base else (1, -len(docs), -conf, int(pick))
            chosen.append((order, DraftClause("", text, refs, row["tag"], sorted(row["themes"]),
                                              bool(opts.base) and not in_base, changed)))
        chosen.sort(key=lambda c: c[0])
        limit = s.get("max", 10)
        own = [c for o, c in chosen if o[0] == 0]
        others = [c for o, c in chosen if o[0] == 1][:limit]
        picked = own + others if opts.base else others
        if s["id"] == "when_things_go_wrong":
            picked.sort(key=lambda c: (_formality(c.text), 0))
        first = 2 if s["id"] == "review" else 1  # the review section opens with the adoption statement
        for k, c in enumerate(picked, first):
            c.number = f"{n}.{k}"
            used_themes.update(c.themes)
            additions += c.added
        missing = [themes[t]["label"] for t in s.get("expects", []) if t in themes and
                   not any(t in c.themes for c in picked)]
        out.append(DraftSection(n, s["id"], title, picked, missing))
    uncovered = [t["label"] for tid, t in themes.items() if tid not in used_themes]
    return Draft(opts, out, uncovered, council_names, additions)


def _formality(text: str) -> int:
    """Order an escalation ladder: informal steps first, formal ones last."""
    t = text.lower()
    if re.search(r"\binformal|first instance|\bfirst\b|speak to|discuss|talk", t):
        return 0
    if re.search(r"\bformal|disciplinary|standards committee|ombudsman|commissioner|hearing", t):
        return 2
    return 1


# -------------------------------------------------------- rendering ----

def _context(draft: Draft) -> dict:
    notes: list[dict] = []
    sections = []
    for s in draft.sections:
        clauses = []
        for c in s.clauses:
            notes.append({"n": len(notes) + 1, "sources": c.sources})
            clauses.append({"number": c.number, "text": c.text, "note": len(notes), "added": c.added,
                            "tag": c.tag})
        sections.append({"number": s.number, "id": s.id, "title": s.title, "clauses": clauses,
                         "missing": s.missing})
    o = draft.options
    return {"o": o, "sections": sections, "notes": notes, "uncovered": draft.uncovered,
            "councils": draft.sources, "base": o.base, "additions": draft.additions,
            "adoption": f"was adopted by {o.council} on {o.adoption_date}" if o.adoption_date
            else f"takes effect when {o.council} adopts it"}


def render_text(draft: Draft, fmt: str, templates: str | Path | None = None) -> str:
    """The draft as Markdown (fmt 'md') or HTML (fmt 'html'), from templates/draft.<fmt>.j2."""
    from jinja2 import TemplateError

    try:
        template = environment(templates).get_template(f"draft.{fmt}.j2")
        out = template.render(**_context(draft))
        # the delimiter check runs on a rendering whose data holds no braces, so that braces
        # in a clause ("{{name}}" in a source) are printed as text and never blamed on the template
        check = template.render(**_without_braces(_context(draft)))
    except TemplateError as exc:
        raise DraftError(f"template draft.{fmt}.j2: {exc}") from None
    if re.search(r"\{\{|\{%|\}\}|%\}", check):
        raise DraftError(f"template draft.{fmt}.j2 left a template delimiter in the output")
    return out


def _without_braces(value):
    """A copy of the template data with braces and percent signs in its text replaced."""
    if isinstance(value, str):
        return value.replace("{", "(").replace("}", ")").replace("%", "pc")
    if isinstance(value, dict):
        return {k: _without_braces(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_braces(v) for v in value]
    if isinstance(value, DraftOptions):
        return DraftOptions(**_without_braces(dict(value.__dict__)))
    return value


def render_diff(draft: Draft) -> str:
    """With --base: only what the draft adds to the base protocol, and what no source covers."""
    lines = [f"# Additions to {draft.options.base} for {draft.options.council}", ""]
    for s in draft.sections:
        added = [c for c in s.clauses if c.added]
        if added:
            lines.append(f"## {s.number}. {s.title}")
            lines.extend(f"- {c.number} {c.text} (from {'; '.join(c.sources)})" for c in added)
            lines.append("")
    lines += ["# Gaps: themes no source covers", ""]
    lines += [f"- {t}" for t in draft.uncovered] or ["- none"]
    return "\n".join(lines) + "\n"


class DraftFormatError(DraftError):
    """The output file's suffix names no format a draft can be written in."""


DRAFT_SUFFIXES = (".md", ".html", ".htm", ".docx")


def write_draft(structured_dir: Path, values: dict, output: Path | None = None, diff: bool = False,
                templates: str | Path | None = None) -> tuple[Draft, str | None]:
    """Make a draft from ``structured_dir/clauses.parquet`` with the parameters in ``values``
    (council, council_type, member_term, ..., base) and write it to ``output``, whose suffix
    (.md, .html, .docx) picks the format. Returns the draft and, when ``output`` is None, the
    text (Markdown, or the additions and gaps with ``diff``) instead of writing it.

    Raises DraftError with a one-line reason (DraftFormatError for an unknown suffix)."""
    from ..store import write_text

    if diff and not values.get("base"):
        raise DraftError("--diff needs --base DOC_ID")
    from .datasets import DamagedDataset, read_clauses

    parquet = Path(structured_dir) / "clauses.parquet"
    if not parquet.exists():
        raise DraftError(f"{parquet}: not found (run 'protocols build' first)")
    if diff and output is not None and output.suffix.lower() not in (".md", ".txt"):
        raise DraftFormatError(f"-o {output}: --diff writes Markdown; the suffix must be .md")
    opts = options_for(values)
    try:
        clauses = read_clauses(structured_dir)
    except DamagedDataset as exc:
        raise DraftError(str(exc)) from None
    result = build_draft(clauses, opts)
    if diff:
        text = render_diff(result)
    elif output is not None and output.suffix.lower() == ".docx":
        from .word import write_docx

        try:
            write_docx(result, output)
        except OSError as exc:
            raise DraftError(f"{output}: cannot write the draft ({exc.strerror or type(exc).__name__})") from None
        return result, None
    else:
        suffix = output.suffix.lower() if output is not None else ".md"
        if suffix not in (".md", ".html", ".htm"):
            raise DraftFormatError(f"-o {output}: the suffix must be .md, .html or .docx")
        text = render_text(result, "html" if suffix in (".html", ".htm") else "md", templates)
    if output is None:
        return result, text
    try:
        write_text(output, text)
    except OSError as exc:
        raise DraftError(f"{output}: cannot write the draft ({exc.strerror or type(exc).__name__})") from None
    return result, None
