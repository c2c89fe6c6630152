"""Numbering: paragraph numbers and list markers ("1.2", "(a)", "iv.", bullets) and the clause ids built from them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clean import BULLET_GLYPHS

if TYPE_CHECKING:
    from .blocks import Block


# (Markdown's third bullet "+" only with a space after it: "+44 1632 960000" is a telephone number)
_BULLET = re.compile(r"^(?:[-–—*" + BULLET_GLYPHS + r"]|o(?=\s+[A-Za-z])|\+(?=\s+\S))\s*(?=\S)")
# paragraph numbers of any length ("1000.", "1204.3"); a number of four or more digits
# needs its full stop or bracket, so a year or a sum opening a line is not a number
_DEC = re.compile(r"^(\d{1,6}(?:\.\d{1,3})+)\.?(?:\s+|(?=[A-Z(“\"'‘])|$)")
_NUM = re.compile(r"^(\d{1,3}(?=[.)]|\s+[A-Z])|\d{4,6}(?=[.)]))[.)]?(?:\s+|$)")
_PNUM = re.compile(r"^\((\d{1,3})\)\s*")
_ROMAN_RE = r"(?=[ivxl])(?:x{0,3})(?:ix|iv|v?i{0,3})"
_PROMAN = re.compile(r"^\((" + _ROMAN_RE + r")\)\s*")
_ROMAN = re.compile(r"^(" + _ROMAN_RE + r")[.)]\s+")
_PALPHA = re.compile(r"^\(([a-z])\)\s*")
_ALPHA = re.compile(r"^([a-z])[.)]\s+")
_UALPHA = re.compile(r"^\(?([A-Z])[.)]\s+")
_UROMAN = re.compile(r"^\(?((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.)]\s+")
_ALNUM = re.compile(r"^([A-Z]\.?\d{1,3}(?:\.\d{1,3})*)[.)]?(?:\s+|$)")  # "B4", "B4.2", "A.1" (lettered parts)
# a standing order's lettered paragraph, "17(a) Councillors are collectively responsible ..." (b344's first run kept
# "19(b)" in the text of each of its clauses, and the parish draft printed "5.1 19(b) The Clerk shall ..."); a capital
# after it; a letter, not a statute's numbered subsection wrapped to a line's start ("18(1) of the Local Government Act
# 1972", "85(1) Local Government Act 1972 unless ...": adversarial review 74)
_SUBNUM = re.compile(r"^(\d{1,3}\([a-z]\))\s+(?=[A-Z“\"'‘])")
_STEP = re.compile(r"^(?:step|stage)\s+(\d{1,2}|one|two|three|four|five|six)\s*[:.)–—-]\s*", re.I)


@dataclass
class Marker:
    kind: str  # dec | num | pnum | roman | alpha | ualpha | uroman | bullet
    label: str  # as printed, without punctuation ("2.2.3", "a", "ii")


def parse_marker(text: str) -> tuple[Marker | None, bool, str]:
    """Split a leading list marker or paragraph number off a line.

    Returns (marker, had_bullet, rest). "- 1.1 Text" gives a ``dec`` marker 1.1
    with ``had_bullet`` true: a bullet before a number is a rendering artefact.
    """
    # a number printed twice ("104  104. The main roles…", a PDF's margin number and its text)
    rest = re.sub(r"^(\d{1,6}(?:\.\d{1,3})*)\.?\s+\1(?=[.)]?\s)", r"\1", text.strip())
    had_bullet = False
    m = _BULLET.match(rest)
    if m and not re.match(r"^-\s*\d+\s*-$", rest):
        had_bullet = True
        rest = rest[m.end():]
    for kind, rx in (("dec", _DEC), ("dec", _ALNUM), ("dec", _SUBNUM), ("step", _STEP), ("pnum", _PNUM),
                     ("roman", _PROMAN), ("alpha", _PALPHA), ("num", _NUM), ("roman", _ROMAN), ("alpha", _ALPHA),
                     ("uroman", _UROMAN), ("ualpha", _UALPHA)):
        m = rx.match(rest)
        if m:
            return Marker(kind, m.group(1)), had_bullet, rest[m.end():].strip()
    if had_bullet:
        return Marker("bullet", "•"), True, rest.strip()
    return None, False, rest


def _bare_marker(text: str) -> Marker | None:
    """A paragraph number or list marker standing alone on its line ("8.63", "12.", "(a)", "ii.")."""
    s = text.strip()
    if re.fullmatch(r"\d{1,6}(?:\.\d{1,3})+\.?", s):
        return Marker("dec", s.rstrip("."))
    if re.fullmatch(r"\d{1,6}[.)]", s):
        return Marker("num", s[:-1])
    m = re.fullmatch(r"\((\d{1,3}|[a-z]|" + _ROMAN_RE + r")\)|([a-z]|" + _ROMAN_RE + r")[.)]", s)
    if m:  # "(a)", "(ii)", "ii.", "b)"
        inner = m.group(1) or m.group(2)
        kind = "pnum" if inner.isdigit() else ("roman" if re.fullmatch(_ROMAN_RE, inner) and inner != "i" or inner in ("ii", "iii") else "alpha")
        return Marker(kind, inner)
    return None


def _step_number(label: str) -> str:
    words = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6"}
    return words.get(label.lower(), label)


def _own_id(b: Block, numbered, heading_num, restart_nums, last_num_label=None) -> str:
    if b.marker is None:
        return ""
    label = b.marker.label
    if b.marker.kind == "num":
        if last_num_label is not None:
            prev = last_num_label.get(0)
            # an HTML ordered list pasted as text repeats "1." for every item
            if prev is not None and label == "1" and prev.split(".")[-1].isdigit() and numbered \
                    and numbered[-1][0] == "num" and numbered[-1][1].split(".")[-1] == prev.split(".")[-1] \
                    and not restart_nums:
                label = str(int(prev.split(".")[-1]) + 1)
            last_num_label[0] = label
        if restart_nums and heading_num:
            return f"{heading_num}.{label}"
    return label


def _relative_id(b: Block, numbered: list, frame, heading_num) -> str:
    """Id of an (a)/(i)/(1) item: its label appended to the paragraph it belongs to."""
    kind = b.marker.kind
    label = b.marker.label
    # a roman "i" ("v", "x") is a letter when it follows "h" ("u", "w") in the list it would start
    if kind == "roman" and len(label) == 1 and numbered and numbered[-1][0] == "alpha" \
            and label in _next_labels(numbered[-1][1].rsplit(".", 1)[-1]):
        kind = "alpha"
    for k, cid, _ in reversed(numbered):
        if k == kind:
            while numbered and numbered[-1][0] != kind:
                numbered.pop()
            numbered.pop()
            break
    parent = numbered[-1][1] if numbered else heading_num
    cid = f"{parent}.{label}" if parent else label
    numbered.append((kind, cid, b.indent))
    return cid


_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
           "xvii", "xviii", "xix", "xx"]


def _next_labels(label: str) -> set[str]:
    """The labels that can follow ``label`` in its list: the next number, letter or roman numeral ("i" may be
    either: after "i" come "ii" and "j")."""
    if label.isdigit():
        return {str(int(label) + 1)}
    out = set()
    low = label.lower()
    if low in _ROMANS[:-1]:
        nxt = _ROMANS[_ROMANS.index(low) + 1]
        out.add(nxt if label.islower() else nxt.upper())
    if len(label) == 1 and label.isalpha() and low != "z":
        out.add(chr(ord(label) + 1))
    return out


def _dec_parent(cid: str, heading_num: str | None) -> str | None:
    if "." in cid:
        return cid.rsplit(".", 1)[0]
    return heading_num if heading_num and heading_num != cid else None
