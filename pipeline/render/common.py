"""Helpers the render modules share: typed DataFrames, word tokens for similarity, and the strict
Jinja2 environment of the report and the drafts (templates found by pipeline.resources)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..resources import templates_dir


def typed_frame(rows: list[dict], dtypes: dict[str, str]) -> pd.DataFrame:
    """A frame with exactly these columns, in this order, of these dtypes."""
    return pd.DataFrame(rows, columns=list(dtypes)).astype(dtypes)


def words(text: str) -> list[str]:
    """Lower-cased word tokens, as the similarity measures compare them."""
    return re.findall(r"[\w'’-]+", text.lower())


@lru_cache(maxsize=100000)  # a draft compares each wording with every other of its group
def joined_words(text: str) -> str:
    """The word tokens joined by single spaces: text normalised for fuzzy matching."""
    return " ".join(words(text))


def markdown_text(text: str) -> str:
    """Untrusted text in Markdown: backslashes, HTML tags, link brackets, asterisks, backticks and underscores that
    could open or close emphasis are backslash-escaped, and line breaks are spaces, so the text prints as it reads (a backslash first: "\\<img>"
    would otherwise escape the escape)."""
    # (a line break in the text would let what follows open a heading or a list item: it is a space, as it reads)
    text = " ".join(str(text).splitlines())
    return re.sub(r"([\\<>\[\]*`])|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])", lambda m: "\\" + m.group(0), text)


# Each opening mark searches only up to the next mark that could open again (a label stops at "[", a
# bold run at the next "**x"): a line of 10,000 marks that never close is read in linear time, not
# one scan to the line's end per mark.
_MARKUP = [  # (pattern, replacement): inline Markdown a source saved as text may still carry
    (re.compile(r"!?\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"), r"\1"),  # [label](url), ![alt](src)
    (re.compile(r"<((?:https?|mailto):[^<>\s]+)>"), r"\1"),  # <https://...>
    (re.compile(r"(\*\*|__)(?=\S)((?:(?!\1\S).)+?)(?<=\S)\1"), r"\2"),  # **bold**, __bold__
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *emphasis*
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # _emphasis_
    (re.compile(r"~~(?=\S)((?:(?!~~\S).)+?)(?<=\S)~~"), r"\1"),  # ~~struck~~
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # `code`
]


def plain_text(text: str) -> str:
    """Text without inline Markdown markup: emphasis, strikes and code marks dropped, links as their
    label ("See the **Code** and [the guide](https://x)" -> "See the Code and the guide")."""
    for rx, repl in _MARKUP:
        text = rx.sub(repl, text)
    return text


def environment(templates: str | Path | None = None) -> Environment:
    """Strict templates: an undefined field is an error, and HTML is autoescaped (clause text is
    untrusted); Markdown templates escape it with the `md` filter. ``templates`` overrides the
    folder (else $PROTOCOLS_TEMPLATES, else the shipped templates)."""
    env = Environment(loader=FileSystemLoader(str(templates_dir(templates))), undefined=StrictUndefined,
                      autoescape=select_autoescape(["html", "htm", "html.j2", "htm.j2"], default=False),
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["md"] = markdown_text
    return env


def item_letter(k: int) -> str:
    """A list item's letter by its place: (a) to (z), then numbers."""
    return chr(ord("a") + k) if k < 26 else str(k + 1)
