"""Cleaners: small pure ``str -> str`` functions, each testable alone."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator

# Bullet glyphs as extractors report them: PDF "(cid:N)" codes, Symbol-font
# private-use characters, and the usual typographic bullets.
BULLET_GLYPHS = "•●○◦▪▫■□◆◇►▸‣⁃∙·➢➤✓✔❖\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf06e\uf0e0"
_CID = re.compile(r"\(cid:\d+\)")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACES = re.compile(r"[ \t\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INLINE_BREAKS = re.compile(r"[\r\x0b\x0c]")
# What a one-line value (a sources.csv field, a draft parameter) may not hold: control characters,
# and the code points XML (Word, Excel) refuses.
LINE_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
# a phone number, an email address, a UK postcode or a web address in a line: contact details, not a rule
CONTACT = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b0\d{2}\s\d{4}\s\d{4}\b|(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+\b"
                     r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b"
                     r"|(?<![\w.])(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+"
                     r"|(?<![\w.@-])[\w-]+(?:\.[\w-]+)*\.(?:gov|org|co|ac|nhs)\.uk\b")  # (a London number, "020 7946
# 0388"; an address without "www.", "mes.thamesbridge.gov.uk")
# a Markdown link, "[Back to top](#main)": its words are group 1
MD_LINK = re.compile(r"\[([^\[\]]*)\]\([^()]*\)")  # (no "[" inside, no "(" in the address: linear on "[[[[…")
# a verb that makes a line a rule ("Members must not …", "Officers will …"); "May" with a capital is a month
MODAL = re.compile(r"\b(?:must|should|shall|will|can|cannot)\b|\b(?-i:may)\b", re.I)
# ... or a need ("Members need the Clerk's agreement ...")
RULE_VERB = re.compile(r"\b(?:must|should|shall|will|can|cannot|need|needs)\b|\b(?-i:may)\b", re.I)
# Characters that hide or disguise text: bidirectional controls (U+202E makes "0001" display as
# "1000"), zero-width and invisible characters, the soft hyphen, fillers and Unicode tag characters.
HIDDEN = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi controls
                    "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u3164"
                    "\ufeff\uffa0\U000e0000-\U000e007f"
                    "\ufffe\uffff\ud800-\udfff]")  # not characters at all: XML (Word, Excel) refuses them
_hidden_seen: ContextVar[Counter | None] = ContextVar("hidden_seen", default=None)


@contextmanager
def counting_hidden() -> Iterator[Counter]:
    """Count, by character name, the hidden characters ``strip_hidden`` removes inside the block
    (the build records them per document)."""
    seen: Counter = Counter()
    token = _hidden_seen.set(seen)
    try:
        yield seen
    finally:
        _hidden_seen.reset(token)


def _char_label(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')}"


def strip_hidden(text: str) -> str:
    """Remove bidi controls and invisible characters, counting them when ``counting_hidden`` is on."""
    found = HIDDEN.findall(text)
    if not found:
        return text
    seen = _hidden_seen.get()
    if seen is not None:
        seen.update(_char_label(ch) for ch in found)
    return HIDDEN.sub("", text)
_MOJIBAKE = re.compile(r"(?:â€|Ã[\x80-\xbf]|Â[\xa0-\xbf])")


def fix_glyphs(text: str) -> str:
    """Turn PDF bullet codes and private-use symbol glyphs into a plain bullet."""
    text = _CID.sub("•", text)
    return _PRIVATE_USE.sub("•", text)


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that was decoded as cp1252 somewhere upstream ("Officersâ€™")."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def strip_control(text: str) -> str:
    """Drop control, zero-width and invisible characters (keeps tabs and newlines)."""
    return _CONTROL.sub("", strip_hidden(text))


def fold_spaces(text: str) -> str:
    """Fold runs of spaces, tabs and non-breaking spaces into one space; trim."""
    return _SPACES.sub(" ", text).strip()


_SPACE_RUN = re.compile(r"(?<=\S)[ \t]{9,}(?=\S)")
_LEADING_RUN = re.compile(r"^([ \t]{64})[ \t]+")
_WIDE_SPACES = re.compile(r"[\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")  # every other space Python's \s matches


CAPPED_RUN = " " * 8  # what a run of nine spaces or more inside a line becomes


def _capped(m: re.Match) -> str:
    return "\t" if "\t" in m.group(0) else CAPPED_RUN  # a run holding a tab still separates two cells


def normalise(text: str) -> str:
    """The standard clean-up of one line of extracted text (tabs kept)."""
    text = unicodedata.normalize("NFC", text)
    # a carriage return, vertical tab (Word's manual line break) or form feed left inside one line parts two words:
    # a space, not nothing ("impartial\x0badvice" is "impartial advice")
    text = _INLINE_BREAKS.sub(" ", text)
    text = strip_control(fix_mojibake(fix_glyphs(text)))
    # a run of spaces or tabs inside a line is capped (and a line's indent): the line rules read a wide gap
    # as three spaces or more, and a hostile run of thousands (tabs or ideographic spaces too, found by
    # the round-6 review) made their `\s*` patterns backtrack for minutes
    text = _WIDE_SPACES.sub(" ", text)
    return _LEADING_RUN.sub(r"\1", _SPACE_RUN.sub(_capped, text)).rstrip()


def join_wrapped(first: str, second: str, known_words: set[str] | None = None) -> str:
    """Join two wrapped lines, repairing end-of-line hyphenation.

    ``pro-`` + ``fessional`` becomes ``professional``; a hyphen is kept where
    the hyphenated form is a known word of the document (``co-`` + ``operative``
    when ``co-operative`` appears elsewhere) or the next part starts in capitals.
    """
    first = first.rstrip()
    second = second.lstrip()
    if not first:
        return second
    if not second:
        return first
    m = re.search(r"(\w+)-$", first[-200:])  # the tail only: a paragraph of thousands of lines is joined in linear time
    if m and second[0].islower() and not first.endswith(" -"):
        head = m.group(1)
        tail = re.match(r"[\w'’]+", second)
        tail_word = tail.group(0) if tail else ""
        if known_words is not None and f"{head}-{tail_word}".lower() in known_words:
            return first + second
        return first[:-1] + second
    return first + " " + second


def clause_text(text: str) -> str:
    """Final form of a clause's text: spaces folded, stray leading punctuation trimmed."""
    text = fold_spaces(text)
    return re.sub(r"^[\s,;:" + BULLET_GLYPHS + r"\-–—]+(?=\w)", "", text)
