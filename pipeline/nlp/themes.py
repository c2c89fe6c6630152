"""Themes: resources/themes.yaml loaded and checked, and a plain phrase finder.

``find_theme_phrases(text)`` returns, for every theme one of whose phrases the text
holds, the phrase as it stands in the text. The trained models (classifier.py) decide
the themes from these matches in the clause, its lead-in and its section together with
the clause's words, so that no single common word decides a theme alone; the phrase
found is kept as the theme's evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_rules


@lru_cache(maxsize=None)
def load_themes() -> dict[str, dict]:
    """resources/themes.yaml: theme id -> {label, phrases} (strict: every theme needs both)."""
    themes = load_rules("themes.yaml").get("themes") or {}
    for tid, t in themes.items():
        if not isinstance(t, dict) or not t.get("label") or not t.get("phrases"):
            raise ValueError(f"themes.yaml: theme '{tid}' needs a label and a list of phrases")
    return themes


def theme_ids() -> list[str]:
    return list(load_themes())


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    """One pattern per theme: its phrases, longest first, words joined by spaces or hyphens,
    with an optional plural or verb ending ("briefing" also finds "briefings")."""
    out = {}
    for tid, theme in load_themes().items():
        phrases = sorted({str(p).lower() for p in theme["phrases"]}, key=len, reverse=True)
        alts = "|".join(r"[\s-]+".join(map(re.escape, p.split())) for p in phrases)
        out[tid] = re.compile(rf"\b(?:{alts})(?:s|es|d|ed|ing)?\b", re.I)
    return out


@lru_cache(maxsize=50000)
def find_theme_phrases(text: str) -> dict[str, str]:
    """theme id -> the first phrase of that theme found in ``text`` (as written there)."""
    found = {}
    for tid, pattern in _patterns().items():
        m = pattern.search(text or "")
        if m:
            found[tid] = m.group(0)
    return found
